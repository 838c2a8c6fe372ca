// The executions and approvals API, and `homeostat approve|reject` as users run them (the CLI in
// a child process against an API served by this process), over a real recover stage.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../src/api/server.ts';
import { makeBearerCheck } from '../../src/auth/index.ts';
import { parseCatalog, RecoverStage } from '../../src/recover/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { Metrics } from '../../src/telemetry/metrics.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { testInfra, type TestInfra } from '../helpers/stages.ts';
import { diagnosisFor, insertEvent, recoverOptions, startFlaky, type Flaky } from '../recover/helpers.ts';
import { runCli, type CliResult } from '../helpers/cli.ts';

const TOKEN = 'approver-token-0123456789';
// A guard against hangs, not a speed target: the CLI starts through tsx twice.
const CLI_TEST_TIMEOUT_MS = 180_000;

let dir: string;
let pg: PostgresHandle;
let infra: TestInfra;
let recover: RecoverStage;
let svc: Flaky;
let app: FastifyInstance;
let open: FastifyInstance;
let api: string;

function cli(...args: string[]): Promise<CliResult> {
  return runCli(dir, args);
}

async function awaitingFor(ev: DetectedEvent): Promise<string> {
  infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'CONFIGURATION' }));
  let id = '';
  await vi.waitFor(
    async () => {
      const r = await pg.pool.query(`SELECT id FROM recovery_executions WHERE error_event_id = $1 AND execution_status = 'AWAITING_APPROVAL'`, [ev.id]);
      expect(r.rows).toHaveLength(1);
      id = r.rows[0].id;
    },
    { timeout: 10_000, interval: 50 },
  );
  return id;
}

const auth = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'homeostat-api-exec-'));
  pg = await openPostgres({ dataDir: path.join(dir, 'pg') });
  await migratePostgres(pg.pool);
  svc = await startFlaky([]);
  infra = testInfra({ pool: pg.pool });
  const o = recoverOptions({ cooldownMs: 0 });
  const catalog = parseCatalog(
    `
scenarios:
  - { name: bad push, category: CONFIGURATION, actions: [rollback_deployment] }
actions:
  - name: rollback_deployment
    verification: { within: 30s }
    executors: [{ service: "*", http: { method: POST, url: "${svc.url}/admin/actions/rollback_deployment" } }]
`,
    { commandAllowlist: [], maxTimeoutMs: o.timeoutMs },
  );
  recover = new RecoverStage(o, { pool: pg.pool, ...infra, catalog });
  await recover.start();
  app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth: makeBearerCheck([TOKEN]) }, { pool: pg.pool, recovery: recover });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  api = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  open = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool, recovery: recover });
});

afterAll(async () => {
  await app?.close();
  await open?.close();
  await recover?.stop();
  await infra?.delivery.drained();
  await svc?.stop();
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('executions API', () => {
  it('lists executions and approvals, and approving needs a token and a name', async () => {
    const ev = await insertEvent(pg.pool, 'checkout');
    const id = await awaitingFor(ev);
    expect((await app.inject({ method: 'GET', url: '/api/approvals' })).statusCode).toBe(401);
    const approvals = await app.inject({ method: 'GET', url: '/api/approvals', headers: auth });
    expect(approvals.json().approvals).toMatchObject([{ id, action: 'rollback_deployment', execution_status: 'AWAITING_APPROVAL', risk_level: 'HIGH', approval_reason: 'HIGH risk actions require approval' }]);
    const one = await app.inject({ method: 'GET', url: `/api/executions/${id}`, headers: auth });
    expect(one.json()).toMatchObject({ id, error_event_id: ev.id, target_service: 'checkout', call: { kind: 'http', method: 'POST', url: `${svc.url}/admin/actions/rollback_deployment` } });
    expect((await app.inject({ method: 'GET', url: '/api/executions/00000000-0000-0000-0000-000000000000', headers: auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/executions?status=BOGUS', headers: auth })).statusCode).toBe(400);

    // Without a token, and on an API that has none configured, nobody approves anything.
    expect((await app.inject({ method: 'POST', url: `/api/executions/${id}/approve`, payload: { by: 'mallory' } })).statusCode).toBe(401);
    const unprotected = await open.inject({ method: 'POST', url: `/api/executions/${id}/approve`, payload: { by: 'mallory' } });
    expect(unprotected.statusCode).toBe(403);
    expect(unprotected.json().error).toMatch(/api.auth.bearer_tokens/);
    expect((await app.inject({ method: 'POST', url: `/api/executions/${id}/approve`, headers: auth, payload: {} })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `/api/executions/${id}/reject`, headers: auth, payload: { by: 'dave' } })).statusCode).toBe(400);
    expect(await svc.calls()).toEqual([]);

    const ok = await app.inject({ method: 'POST', url: `/api/executions/${id}/approve`, headers: auth, payload: { by: 'dave' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id, approved_by: 'dave', decision: 'approved' });
    expect((await app.inject({ method: 'POST', url: `/api/executions/${id}/approve`, headers: auth, payload: { by: 'dave' } })).statusCode).toBe(409);
    await vi.waitFor(async () => expect((await svc.calls()).map((c) => c.action)).toEqual(['rollback_deployment']), { timeout: 10_000, interval: 50 });
    // The service has the call before its answer is back and the row says so: wait for that too
    // (on a busy machine the list came between the two, still `executing`).
    await vi.waitFor(
      async () => {
        const list = await app.inject({ method: 'GET', url: `/api/executions?event_id=${ev.id}`, headers: auth });
        expect(list.json().executions).toMatchObject([{ id, execution_status: 'RUNNING', phase: 'verifying' }]);
      },
      { timeout: 10_000, interval: 50 },
    );
  });

  it(
    'homeostat reject and approve decide through the API',
    async () => {
      const a = await awaitingFor(await insertEvent(pg.pool, 'inventory'));
      const b = await awaitingFor(await insertEvent(pg.pool, 'payments'));
      const noReason = await cli('reject', a, '--api', api, '--token', TOKEN);
      expect(noReason.status).toBe(2);
      const rejected = await cli('reject', a, '--reason', 'freeze window', '--by', 'erin', '--api', api, '--token', TOKEN);
      expect(rejected.stderr).toBe('');
      expect(rejected).toMatchObject({ status: 0, stdout: `${a} rollback_deployment: CANCELLED\n` });
      const noToken = await cli('approve', b, '--by', 'erin', '--api', api);
      expect(noToken.status).toBe(1);
      expect(noToken.stderr).toMatch(/401/);
      const approved = await cli('approve', b, '--by', 'frank', '--api', api, '--token', TOKEN);
      // The engine may pick the approved execution up before the CLI reads it back: either state is the truth at that moment.
      expect(approved.status).toBe(0);
      expect(approved.stdout).toMatch(new RegExp(`^${b} rollback_deployment: (PENDING|RUNNING)\n$`));
      const rows = await pg.pool.query(`SELECT id, decision, approved_by, decision_reason FROM recovery_executions WHERE id = ANY($1) ORDER BY approved_by`, [[a, b]]);
      expect(rows.rows).toEqual([
        { id: a, decision: 'rejected', approved_by: 'erin', decision_reason: 'freeze window' },
        { id: b, decision: 'approved', approved_by: 'frank', decision_reason: null },
      ]);
    },
    CLI_TEST_TIMEOUT_MS,
  );
});

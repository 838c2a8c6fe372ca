// `homeostat label EVENT_ID not_an_incident` as a person runs it (bin/homeostat.js in a child
// process) against a running API: the verdict is stored with who and when, closes the event,
// lands in the audit trail, and `homeostat report --api` then prints the false-positive rate.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.ts';
import type { DiagnoseStage } from '../../src/diagnose/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { Metrics } from '../../src/telemetry/metrics.ts';
import { testDiagnoseStage, type TestInfra } from '../helpers/stages.ts';
import { runCli, type CliResult } from '../helpers/cli.ts';

// A guard against hangs, not a speed target: each run starts tsx in a child process.
const CLI_TEST_TIMEOUT_MS = 180_000;

function run(...args: string[]): Promise<CliResult> {
  return runCli(dir, args);
}

let dir: string;
let pg: PostgresHandle;
let stage: DiagnoseStage;
let infra: Omit<TestInfra, 'logger'>;
let app: FastifyInstance;
let api: string;
let eventId: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'homeostat-cli-label-'));
  pg = await openPostgres({ dataDir: path.join(dir, 'pg') });
  await migratePostgres(pg.pool);
  const ev = await pg.pool.query<{ id: string }>(
    `INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint) VALUES (now(), 'HIGH', 'p99 up', 'cart', 'fp-cli-fp') RETURNING id::text AS id`,
  );
  eventId = ev.rows[0].id;
  await pg.pool.query(`INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint) VALUES (now(), 'LOW', 'real one', 'cart', 'fp-cli-real')`);
  ({ stage, ...infra } = testDiagnoseStage({ pool: pg.pool }));
  app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool, bus: infra.bus, diagnose: stage });
  api = await app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await app?.close();
  await stage?.stop();
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

it('labels an event not an incident, and the report counts it', async () => {
  const r = await run('label', eventId, 'not_an_incident', '--by', 'carol', '--api', api);
  expect(r.status, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({ event_id: eventId, not_an_incident: true, source: 'human', labelled_by: 'carol', closed: true, escalation_acknowledged: false });
  const { rows } = await pg.pool.query(
    `SELECT l.labelled_by, l.not_an_incident, l.created_at > now() - interval '5 minutes' AS recent, e.status
       FROM diagnosis_labels l JOIN error_events e ON e.id = l.error_event_id WHERE l.error_event_id = $1`,
    [eventId],
  );
  expect(rows).toEqual([{ labelled_by: 'carol', not_an_incident: true, recent: true, status: 'closed' }]);
  await infra.delivery.drained();
  const audit = await pg.pool.query(`SELECT actor, action_type, result FROM healing_audit_trail WHERE entity_id = $1`, [eventId]);
  expect(audit.rows).toEqual([{ actor: 'carol', action_type: 'diagnosis.labelled', result: 'not_an_incident_closed' }]);

  const today = new Date().toISOString().slice(0, 10);
  const report = await run('report', '--api', api, '--date', today, '--days', '1');
  expect(report.status, report.stderr).toBe(0);
  expect(report.stdout).toContain('false positive rate       50.0% (1/2)  (labelled not an incident / errors; 1 of 2 labelled; target < 5%)');
}, CLI_TEST_TIMEOUT_MS);

it('the CLI accepts not-an-incident in any case, and still rejects an unknown word with the API\'s 400', async () => {
  const again = await run('label', eventId, 'Not-An-Incident', '--by', 'carol', '--api', api);
  expect(again.status, again.stderr).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({ not_an_incident: true, closed: false });
  const bad = await run('label', eventId, 'not_a_problem', '--by', 'carol', '--api', api);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('body.category');
}, CLI_TEST_TIMEOUT_MS);

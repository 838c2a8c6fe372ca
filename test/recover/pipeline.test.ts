// The recover stage as the pipeline wires it from configuration: the catalog file named in
// self_healing.recovery.catalog, the delivery queue's `recovery` target, the audit stage and the
// API. A diagnosis published on the pipeline's bus (as the diagnose stage does) leads to a real
// call to a real service, a verified execution, audit rows and the API showing it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/index.ts';
import { Pipeline } from '../../src/pipeline.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { closeWhenHealthy, diagnosisFor, insertEvent, startFlaky, type Flaky } from './helpers.ts';

const TOKEN = 'pipeline-api-token-0123456789';
let dir: string;
let svc: Flaky;
let pipeline: Pipeline;
let api: string;
let catalogFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-recover-pipeline-'));
  svc = await startFlaky(['restart_service']);
  catalogFile = join(dir, 'recovery.yaml');
  await writeFile(
    catalogFile,
    `vars: { svc: "${svc.url}" }
scenarios:
  - { name: api, category: API, actions: [restart_service] }
actions:
  - name: restart_service
    verification: { within: 20s }
    executors: [{ service: "*", http: { method: POST, url: "{{vars.svc}}/admin/actions/restart_service" } }]
`,
  );
  const config = parseConfig(
    {
      receiver: { grpc: { host: '127.0.0.1', port: 0 }, http: { host: '127.0.0.1', port: 0 } },
      storage: { clickhouse: { data_dir: join(dir, 'clickhouse') }, postgres: { data_dir: join(dir, 'postgres') } },
      api: { host: '127.0.0.1', port: 0, auth: { bearer_tokens: [TOKEN] } },
      telemetry: { log_level: 'silent' },
      self_healing: { monitoring: { enabled: false }, escalation: { enabled: false }, learning: { enabled: false }, recovery: { catalog: catalogFile, cooldown: '1s' } },
    },
    {},
  );
  pipeline = new Pipeline(config, createLogger('silent'));
  const ports = await pipeline.start();
  api = `http://127.0.0.1:${ports.api}`;
}, 180_000);

afterAll(async () => {
  await pipeline?.stop();
  await svc?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('recover in the pipeline', () => {
  it('runs, verifies and audits a recovery configured by file, and the API shows it', async () => {
    const pool = pipeline.postgresHandle!.pool;
    expect(pipeline.recoverStage).toBeDefined();
    const ev = await insertEvent(pool, 'checkout');
    closeWhenHealthy(svc, pool, [pipeline.bus], ev);
    pipeline.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'API' }));

    await vi.waitFor(
      async () => {
        const r = await fetch(`${api}/api/executions?event_id=${ev.id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
        expect(((await r.json()) as { executions: Array<{ execution_status: string }> }).executions).toMatchObject([{ execution_status: 'COMPLETED' }]);
      },
      { timeout: 20_000, interval: 100 },
    );
    expect((await svc.calls()).map((c) => c.action)).toEqual(['restart_service']);
    await vi.waitFor(
      async () => {
        const a = await pool.query(`SELECT action_type, actor, result FROM healing_audit_trail WHERE error_event_id = $1 AND action_type LIKE 'execution.%' ORDER BY seq`, [ev.id]);
        expect(a.rows.map((r) => r.action_type)).toEqual(['execution.planned', 'execution.started', 'execution.executed', 'execution.verified']);
      },
      { timeout: 10_000, interval: 100 },
    );
    // The verified outcome moved restart_service from the document's prior (0.85, worth 2 outcomes by default) to the posterior mean; an action never run keeps its prior.
    await vi.waitFor(async () => {
      const actions = await pool.query(`SELECT name, risk_level, success_rate::float8 AS success_rate, action_type FROM recovery_actions ORDER BY name`);
      expect(actions.rows).toContainEqual({ name: 'restart_service', risk_level: 'MEDIUM', success_rate: 0.9, action_type: 'http' });
    });
    const actions = await pool.query(`SELECT name, risk_level, success_rate::float8 AS success_rate, action_type FROM recovery_actions ORDER BY name`);
    expect(actions.rows).toContainEqual({ name: 'rollback_deployment', risk_level: 'HIGH', success_rate: 0.8, action_type: 'unbound' });
  });

  it('warns at config check only while no catalog is set', async () => {
    const withCatalog = join(dir, 'with.yaml');
    await writeFile(withCatalog, `self_healing:\n  recovery:\n    catalog: ${catalogFile}\n`);
    const without = join(dir, 'without.yaml');
    await writeFile(without, `self_healing:\n  recovery:\n    enabled: true\n`);
    expect(loadConfig({ file: withCatalog, env: {} }).warnings.filter((w) => w.startsWith('self_healing.recovery'))).toEqual([]);
    expect(loadConfig({ file: without, env: {} }).warnings.filter((w) => w.startsWith('self_healing.recovery'))).toEqual([
      'self_healing.recovery: accepted but has no effect yet (no recovery catalog is set (self_healing.recovery.catalog), so no action has an executor and nothing is executed)',
    ]);
  });
});

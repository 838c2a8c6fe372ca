// Two Homeostat replicas on one real PostgreSQL server both receive the same diagnoses: each
// recovery is planned once, each action reaches the service once, and each is verified once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditStage } from '../../src/audit/index.ts';
import { parseCatalog, RecoverStage } from '../../src/recover/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.ts';
import { testInfra, type TestInfra } from '../helpers/stages.ts';
import { closeWhenHealthy, diagnosisFor, insertEvent, recoverOptions, startFlaky, type Flaky } from './helpers.ts';

let server: PostgresServer;
const handles: PostgresHandle[] = [];
const replicas: Array<{ recover: RecoverStage; audit: AuditStage; infra: TestInfra; pg: PostgresHandle }> = [];
const services: Flaky[] = [];

beforeAll(async () => {
  server = await startPostgresServer();
}, 120_000);

afterAll(async () => {
  for (const r of replicas) {
    await r.recover.stop();
    await r.infra.delivery.drained();
    await r.audit.stop();
  }
  for (const s of services) await s.stop();
  for (const h of handles) await h.close();
  await server?.stop();
});

describe('two replicas on one PostgreSQL', () => {
  it('run each recovery once', async () => {
    const EVENTS = 6;
    for (let i = 0; i < EVENTS; i++) services.push(await startFlaky(['clear_cache']));
    const yaml = `
scenarios:
  - { name: cache, category: RESOURCE, actions: [clear_cache] }
actions:
  - name: clear_cache
    verification: { within: 20s }
    executors:
${services.map((s, i) => `      - { service: "svc${i}", http: { method: POST, url: "${s.url}/admin/actions/clear_cache" } }`).join('\n')}
`;
    const first = await openPostgres({ url: server.url, dataDir: '' });
    handles.push(first);
    await migratePostgres(first.pool);
    for (const name of ['replica-a', 'replica-b']) {
      const pg = name === 'replica-a' ? first : await openPostgres({ url: server.url, dataDir: '' });
      if (pg !== first) handles.push(pg);
      const infra = testInfra({ pool: pg.pool });
      const audit = new AuditStage({ pool: pg.pool, ...infra });
      await audit.start();
      const o = recoverOptions({ instanceId: name });
      const recover = new RecoverStage(o, { pool: pg.pool, ...infra, catalog: parseCatalog(yaml, { commandAllowlist: [], maxTimeoutMs: o.timeoutMs }) });
      await recover.start();
      replicas.push({ recover, audit, infra, pg });
    }
    const buses = replicas.map((r) => r.infra.bus);
    const events = [];
    for (let i = 0; i < EVENTS; i++) {
      const ev = await insertEvent(first.pool, `svc${i}`);
      events.push(ev);
      closeWhenHealthy(services[i], first.pool, buses, ev);
    }
    // Both replicas hear every diagnosis, at the same moment.
    for (const ev of events) {
      const d = diagnosisFor(ev);
      for (const b of buses) b.publish('diagnosis.made', d);
    }
    await vi.waitFor(
      async () => {
        const r = await first.pool.query(`SELECT count(*)::int AS n FROM recovery_executions WHERE execution_status = 'COMPLETED'`);
        expect(r.rows[0].n).toBe(EVENTS);
      },
      { timeout: 30_000, interval: 100 },
    );
    await new Promise((r) => setTimeout(r, 300));
    for (const s of services) expect((await s.calls()).map((c) => c.action)).toEqual(['clear_cache']);
    const rows = await first.pool.query(`SELECT error_event_id, owner, execution_status FROM recovery_executions`);
    expect(rows.rows).toHaveLength(EVENTS);
    for (const r of replicas) await r.infra.delivery.drained();
    const verified = await first.pool.query(`SELECT count(*)::int AS n FROM healing_audit_trail WHERE action_type = 'execution.verified'`);
    expect(verified.rows[0].n).toBe(EVENTS);
    const started = await first.pool.query(`SELECT count(*)::int AS n FROM healing_audit_trail WHERE action_type = 'execution.started'`);
    expect(started.rows[0].n).toBe(EVENTS);
  }, 120_000);
});

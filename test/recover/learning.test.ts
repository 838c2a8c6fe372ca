// Learning: the sampler's arithmetic (seeded, Beta draws with the right mean), and the recover
// stage against a real flaky service on embedded Postgres: an action whose prior looks better
// but never fixes the service loses its place to the one that does after a few incidents; the
// outcome counts, recovery_actions.success_rate / average_execution_time and the error pattern's
// associated actions follow the outcomes; the catalog's order stands until there is a record.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditStage } from '../../src/audit/index.ts';
import { parseCatalog, RecoverStage } from '../../src/recover/index.ts';
import { LearningStore, posterior, sampleBeta, thompson } from '../../src/recover/learning.ts';
import { seededRandom } from '../../src/random.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { testInfra } from '../helpers/stages.ts';
import { closeWhenHealthy, diagnosisFor, insertEvent, recoverOptions, startFlaky } from './helpers.ts';

describe('Thompson sampling', () => {
  it('is reproducible from its seed and draws Beta variates with the right mean', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
    const r = seededRandom(11);
    for (const [alpha, beta] of [[2, 5], [0.3, 0.7], [17, 3], [1, 1]]) {
      const n = 20_000;
      let sum = 0;
      let lo = 1;
      let hi = 0;
      for (let i = 0; i < n; i++) {
        const x = sampleBeta(alpha, beta, r);
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
        sum += x;
      }
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(1);
      // Standard error of the mean is below 0.004 for these; 0.01 is a loose, non-flaky band.
      expect(Math.abs(sum / n - alpha / (alpha + beta))).toBeLessThan(0.01);
    }
  });

  it('seeds each candidate with the catalog prior and moves it with the outcomes', () => {
    expect(posterior(0.85, { successes: 0, failures: 0, level: 'none' }, 2)).toEqual({ alpha: 1.7, beta: expect.closeTo(0.3, 10) });
    expect(posterior(0.85, { successes: 1, failures: 4, level: 'category' }, 2)).toEqual({ alpha: 2.7, beta: expect.closeTo(4.3, 10) });
    // A strong record beats a strong prior in nearly every draw.
    const r = seededRandom(3);
    let firsts = 0;
    for (let i = 0; i < 1000; i++) {
      const d = thompson(
        [
          { action: 'restart_service', prior: 0.95, record: { successes: 0, failures: 5, level: 'category' } },
          { action: 'clear_cache', prior: 0.5, record: { successes: 5, failures: 0, level: 'category' } },
        ],
        2,
        r,
      );
      if (d[0].action === 'clear_cache') firsts++;
    }
    expect(firsts).toBeGreaterThan(980);
  });
});

describe('learning in the recover stage', () => {
  let dir: string;
  let pg: PostgresHandle;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'homeostat-learning-'));
    pg = await openPostgres({ dataDir: join(dir, 'pg') });
    await migratePostgres(pg.pool);
  });
  afterAll(async () => {
    await pg?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prefers the action that worked after a few outcomes, and keeps the figures the document names', async () => {
    const svc = await startFlaky(['clear_cache']);
    const infra = testInfra({ pool: pg.pool });
    const audit = new AuditStage({ pool: pg.pool, ...infra });
    await audit.start();
    const action = (name: string, prior: number, within: string) => `
  - name: ${name}
    success_rate: ${prior}
    verification: { within: ${within} }
    executors: [{ service: "*", http: { method: POST, url: "${svc.url}/admin/actions/${name}", expect_status: [200], timeout: 2s } }]`;
    // The action that never fixes this problem has the better prior and comes first in the catalog.
    const catalog = parseCatalog(
      `
scenarios: [{ name: api, category: API, actions: [restart_service, clear_cache] }]
default_scenarios: false
actions:${action('restart_service', 0.95, '300ms')}${action('clear_cache', 0.6, '10s')}
`,
      { commandAllowlist: [], maxTimeoutMs: 10_000 },
    );
    const signature = 'sig-conn-refused';
    await pg.pool.query(`INSERT INTO error_patterns (pattern_signature, pattern_description, occurrence_count) VALUES ($1, 'connection refused to <*>', 3)`, [signature]);
    const recover = new RecoverStage(recoverOptions({ cooldownMs: 0, learning: { enabled: true, priorStrength: 2, seed: 1234 } }), { pool: pg.pool, ...infra, catalog });
    await recover.start();
    const firsts: string[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        await fetch(`${svc.url}/admin/break`, { method: 'POST' });
        const ev = await insertEvent(pg.pool, 'checkout');
        const stopClosing = closeWhenHealthy(svc, pg.pool, [infra.bus], ev);
        infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'API', probableCauses: [], rule: { id: null, category: 'API', confidence: 0.9 }, template: { signature, text: 'connection refused to <*>' } }));
        await vi.waitFor(
          async () => {
            const r = await pg.pool.query(`SELECT execution_status FROM recovery_executions WHERE error_event_id = $1 AND execution_status = 'COMPLETED'`, [ev.id]);
            expect(r.rowCount).toBe(1);
          },
          { timeout: 15_000, interval: 50 },
        );
        stopClosing();
        const r = await pg.pool.query(`SELECT a.name FROM recovery_executions e JOIN recovery_actions a ON a.id = e.recovery_action_id WHERE e.error_event_id = $1 AND e.attempt = 0`, [ev.id]);
        firsts.push(r.rows[0].name as string);
      }
    } finally {
      await recover.stop();
      await infra.delivery.drained();
      await audit.stop();
      await svc.stop();
    }
    // The first incident follows the catalog (no record yet). After that Thompson sampling still
    // explores the failing action now and then while its record is thin (each try thickens it);
    // the action that works goes first in most incidents.
    expect(firsts[0]).toBe('restart_service');
    expect(firsts.slice(1).filter((f) => f === 'clear_cache').length).toBeGreaterThanOrEqual(7);

    const counts = await pg.pool.query(
      `SELECT o.signature, a.name, o.successes, o.failures, o.total_ms > 0 AS timed FROM recovery_action_outcomes o JOIN recovery_actions a ON a.id = o.recovery_action_id WHERE o.category = 'API' ORDER BY 1, 2`,
    );
    const restarts = firsts.filter((f) => f === 'restart_service').length;
    // Every incident ended with clear_cache verified; each restart tried first failed verification.
    expect(counts.rows).toEqual([
      { signature: '', name: 'clear_cache', successes: 10, failures: 0, timed: true },
      { signature: '', name: 'restart_service', successes: 0, failures: restarts, timed: true },
      { signature, name: 'clear_cache', successes: 10, failures: 0, timed: true },
      { signature, name: 'restart_service', successes: 0, failures: restarts, timed: true },
    ]);
    const actions = await pg.pool.query(`SELECT name, success_rate::float8 AS rate, average_execution_time IS NOT NULL AS timed FROM recovery_actions WHERE name IN ('restart_service', 'clear_cache') ORDER BY name`);
    // Posterior means: (p·n0 + s) / (n0 + s + f).
    expect(actions.rows).toEqual([
      { name: 'clear_cache', rate: expect.closeTo((0.6 * 2 + 10) / (2 + 10), 4), timed: true },
      { name: 'restart_service', rate: expect.closeTo((0.95 * 2) / (2 + restarts), 4), timed: true },
    ]);
    const pattern = await pg.pool.query(`SELECT associated_recovery_actions AS assoc, success_rate::float8 AS rate FROM error_patterns WHERE pattern_signature = $1`, [signature]);
    expect(pattern.rows[0].assoc).toEqual({
      clear_cache: { successes: 10, failures: 0, success_rate: 1 },
      restart_service: { successes: 0, failures: restarts, success_rate: 0 },
    });
    expect(pattern.rows[0].rate).toBeCloseTo(10 / (10 + restarts), 4);
    // Each learned choice is in the audit trail with its draws.
    const chosen = await pg.pool.query(`SELECT action_details AS d FROM healing_audit_trail WHERE action_type = 'recovery.learned_choice' ORDER BY seq`);
    expect(chosen.rowCount).toBe(firsts.length - 1);
    expect(chosen.rows.at(-1).d).toMatchObject({ order: [firsts.at(-1), expect.any(String)], signature, draws: [expect.objectContaining({ record: 'signature' }), expect.objectContaining({ record: 'signature' })] });
  });
  it('never puts first an action the policy forbids, nor one that waits for a person ahead of one that may run now', async () => {
    const infra = testInfra({ pool: pg.pool });
    const bound = (name: string, risk = '') => `
  - name: ${name}
    ${risk}
    executors: [{ service: "*", http: { method: POST, url: "http://127.0.0.1:9/admin/actions/${name}" } }]`;
    const catalog = parseCatalog(
      `
scenarios: [{ name: db, category: DATABASE, actions: [restart_service, rollback_deployment, clear_cache] }]
default_scenarios: false
actions:${bound('clear_cache')}${bound('restart_service')}${bound('rollback_deployment')}
`,
      { commandAllowlist: [], maxTimeoutMs: 10_000 },
    );
    const o = recoverOptions({ dryRun: true, learning: { enabled: true, priorStrength: 2, seed: 99 } });
    // MEDIUM risk switched off; HIGH waits for approval (the document's default).
    o.riskLevels.MEDIUM = { ...o.riskLevels.MEDIUM, enabled: false };
    const recover = new RecoverStage(o, { pool: pg.pool, ...infra, catalog });
    await recover.start();
    try {
      // The record says: restart always works, rollback always works, clear_cache never does.
      for (const [name, s, f] of [['restart_service', 50, 0], ['rollback_deployment', 50, 0], ['clear_cache', 0, 50]] as const) {
        await pg.pool.query(
          `INSERT INTO recovery_action_outcomes (category, signature, recovery_action_id, successes, failures) SELECT 'DATABASE', '', id, $2, $3 FROM recovery_actions WHERE name = $1`,
          [name, s, f],
        );
      }
      const ev = await insertEvent(pg.pool, 'inventory');
      infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE', probableCauses: [], rule: { id: null, category: 'DATABASE', confidence: 0.9 } }));
      await vi.waitFor(async () => {
        const r = await pg.pool.query(`SELECT a.name, e.context FROM recovery_executions e JOIN recovery_actions a ON a.id = e.recovery_action_id WHERE e.error_event_id = $1`, [ev.id]);
        expect(r.rows).toEqual([{ name: 'clear_cache', context: expect.objectContaining({ candidates: ['clear_cache', 'restart_service', 'rollback_deployment'], dryRun: true }) }]);
      }, { timeout: 15_000, interval: 50 });
    } finally {
      await recover.stop();
      await infra.delivery.drained();
    }
  });
  it('counts each execution once, and the action\'s figures over every category', async () => {
    const store = new LearningStore(pg.pool);
    const action = (await pg.pool.query(`SELECT id FROM recovery_actions WHERE name = 'update_configuration'`)).rows[0]?.id
      ?? (await pg.pool.query(`INSERT INTO recovery_actions (name, action_type, risk_level) VALUES ('update_configuration', 'http', 'MEDIUM') RETURNING id`)).rows[0].id;
    const ev = await insertEvent(pg.pool, 'billing');
    const execution = async (attempt: number, ms: number) =>
      (
        await pg.pool.query(
          `INSERT INTO recovery_executions (error_event_id, recovery_action_id, execution_status, attempt, started_at, completed_at) VALUES ($1, $2, 'COMPLETED', $3, now() - make_interval(secs => $4::float8 / 1000), now()) RETURNING id`,
          [ev.id, action, attempt, ms],
        )
      ).rows[0].id as string;
    const outcomes: Array<[string, boolean, number]> = [['API', true, 1000], ['DATABASE', false, 3000], ['DATABASE', true, 2000], ['API', true, 2000]];
    for (const [i, [category, success, ms]] of outcomes.entries()) {
      const id = await execution(i, ms);
      expect(await store.record({ executionId: id, category, signature: null, success, prior: 0.75, priorStrength: 2 })).toBe(true);
      // A second replica (or a restart) seeing the same outcome counts nothing.
      expect(await store.record({ executionId: id, category, signature: null, success, prior: 0.75, priorStrength: 2 })).toBe(false);
    }
    let r = await pg.pool.query(`SELECT success_rate::float8 AS rate, EXTRACT(EPOCH FROM average_execution_time)::float8 AS secs FROM recovery_actions WHERE id = $1`, [action]);
    expect(r.rows[0].rate).toBeCloseTo((0.75 * 2 + 3) / (2 + 4), 4);
    expect(r.rows[0].secs).toBeCloseTo(2, 1);
    expect((await store.records('DATABASE', null, ['update_configuration'])).get('update_configuration')).toEqual({ successes: 1, failures: 1, level: 'category' });
    // A batch (outcomes that finished while a write was in flight): two on one row, one already counted.
    const [a, b] = [await execution(10, 1000), await execution(11, 1000)];
    const again = (await pg.pool.query(`SELECT id FROM recovery_executions WHERE recovery_action_id = $1 AND attempt = 0`, [action])).rows[0].id as string;
    const batch = [a, b, again].map((id) => ({ executionId: id, category: 'DATABASE', signature: null, success: false, prior: 0.75 }));
    expect(await store.recordMany(batch, 2)).toBe(2);
    expect((await store.records('DATABASE', null, ['update_configuration'])).get('update_configuration')).toEqual({ successes: 1, failures: 3, level: 'category' });
    r = await pg.pool.query(`SELECT success_rate::float8 AS rate FROM recovery_actions WHERE id = $1`, [action]);
    expect(r.rows[0].rate).toBeCloseTo((0.75 * 2 + 3) / (2 + 6), 4);
  });
});

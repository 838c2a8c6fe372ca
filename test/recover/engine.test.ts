// The recover stage against a real flaky service (a child process) on embedded Postgres: an
// action that fixes it is verified; one that does not is rolled back and the next candidate
// runs; a HIGH risk action waits for a person; a command action runs a real program and
// telemetry cannot inject into it; dry run executes nothing; a claim left by a dead process is
// reconciled, not re-run.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditStage } from '../../src/audit/index.ts';
import { parseCatalog, RecoverStage, type RecoverStageOptions } from '../../src/recover/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { insertClassification, saveNotAnIncident } from '../../src/store/index.ts';
import { testDiagnoseStage, testInfra, type TestInfra } from '../helpers/stages.ts';
import { closeWhenHealthy, diagnosisFor, FIXTURES, insertEvent, recoverOptions, startFlaky, type Flaky } from './helpers.ts';

let dir: string;
let pg: PostgresHandle;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-recover-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
});

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

afterAll(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A recover stage and an audit stage on one bus, as the pipeline wires them. */
async function stages(catalogYaml: string, over: Partial<RecoverStageOptions> = {}): Promise<{ recover: RecoverStage; infra: TestInfra }> {
  const infra = testInfra({ pool: pg.pool });
  const audit = new AuditStage({ pool: pg.pool, ...infra });
  await audit.start();
  const o = recoverOptions(over);
  const catalog = parseCatalog(catalogYaml, { commandAllowlist: o.commandAllowlist, maxTimeoutMs: o.timeoutMs });
  // The real diagnose stage takes the label a verified recovery gives (it never reads telemetry for that).
  const { stage: diagnose } = testDiagnoseStage({ pool: pg.pool, infra });
  const recover = new RecoverStage(o, { pool: pg.pool, ...infra, catalog, labeller: diagnose });
  await recover.start();
  cleanups.push(async () => {
    await recover.stop();
    await infra.delivery.drained();
    await audit.stop();
  });
  return { recover, infra };
}

async function flaky(fixes: string[]): Promise<Flaky> {
  const f = await startFlaky(fixes);
  cleanups.push(() => f.stop());
  return f;
}

async function executions(eventId: string) {
  const r = await pg.pool.query(
    `SELECT e.*, a.name FROM recovery_executions e JOIN recovery_actions a ON a.id = e.recovery_action_id WHERE error_event_id = $1 ORDER BY attempt`,
    [eventId],
  );
  return r.rows;
}

async function auditSteps(eventId: string): Promise<string[]> {
  const r = await pg.pool.query(`SELECT action_type FROM healing_audit_trail WHERE error_event_id = $1 AND action_type NOT LIKE 'event.%' AND action_type NOT LIKE 'diagnosis.%' ORDER BY seq`, [eventId]);
  return r.rows.map((x) => x.action_type as string);
}

/** The reasons of the incident's `recovery.revised` audit rows, in the order written. */
async function revisedReasons(eventId: string): Promise<string[]> {
  const r = await pg.pool.query(`SELECT action_details AS details FROM healing_audit_trail WHERE error_event_id = $1 AND action_type = 'recovery.revised' ORDER BY seq`, [eventId]);
  return r.rows.map((x) => x.details.reason as string);
}

/** An action bound to the flaky service's admin endpoint for every service. */
function httpAction(name: string, url: string, extra = ''): string {
  return `
  - name: ${name}
    ${extra}
    executors:
      - service: "*"
        http:
          method: POST
          url: "${url}/admin/actions/${name}?service={{service}}"
          body: { service: "{{service}}" }
          expect_status: [200]
          timeout: 2s`;
}

/** A catalog of one action, clear_cache for RESOURCE incidents, bound to the flaky service. */
function cacheCatalog(url: string, within?: string): string {
  return `
scenarios:
  - { name: cache, category: RESOURCE, actions: [clear_cache] }
actions:${httpAction('clear_cache', url, within ? `verification: { within: ${within} }` : '')}
`;
}

describe('recover stage', () => {
  it('fixes a failing service with an http action and verifies it by the incident closing', async () => {
    const svc = await flaky(['clear_cache']);
    const { recover, infra } = await stages(`
scenarios:
  - name: cache trouble
    category: RESOURCE
    causes: [memory_leak]
    actions: [clear_cache]
actions:${httpAction('clear_cache', svc.url, 'verification: { within: 10s }')}
`);
    const ev = await insertEvent(pg.pool, 'catalog');
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    expect(await svc.healthy()).toBe(false);
    const d = diagnosisFor(ev);
    await insertClassification(pg.pool, d);
    infra.bus.publish('diagnosis.made', d);

    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    const [x] = await executions(ev.id);
    expect(x).toMatchObject({ name: 'clear_cache', success: true, rollback_executed: false, target_service: 'catalog' });
    expect(x.verification).toMatchObject({ ok: true, signal: 'incident closed' });
    expect(await svc.calls()).toEqual([{ action: 'clear_cache', query: { service: 'catalog' }, body: { service: 'catalog' }, auth: null }]);
    expect(await svc.healthy()).toBe(true);
    await infra.delivery.drained();
    expect(await auditSteps(ev.id)).toEqual(['execution.planned', 'execution.started', 'execution.executed', 'execution.verified']);
    // The verified recovery confirms the diagnosis for the next retrain.
    await vi.waitFor(async () => {
      const labels = await pg.pool.query(`SELECT category::text, source, labelled_by FROM diagnosis_labels WHERE error_event_id = $1`, [ev.id]);
      expect(labels.rows).toEqual([{ category: 'RESOURCE', source: 'recovery', labelled_by: 'homeostat/recover' }]);
    });
    // A second diagnosis of the same incident does not start another recovery.
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { action: 'update' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(await executions(ev.id)).toHaveLength(1);
    expect(recover.catalog.actions.get('clear_cache')?.risk).toBe('LOW');
  });

  it('verifies by an update that shows the series back inside its baseline band', async () => {
    const svc = await flaky(['clear_cache']);
    const { infra } = await stages(cacheCatalog(svc.url, '10s'));
    const ev = await insertEvent(pg.pool, 'recommendations');
    // Detection's updates: the error rate as the service really answers, against a fixed band.
    let stopped = false;
    cleanups.push(() => void (stopped = true));
    void (async () => {
      while (!stopped) {
        const value = (await svc.healthy().catch(() => false)) ? 0.01 : 0.6;
        infra.bus.publish('event.updated', { ...ev, action: 'update', updatedAt: Date.now(), context: { ...ev.context, baselines: { value, ewma_lower: 0, ewma_upper: 0.05 } } });
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    const [x] = await executions(ev.id);
    expect(x.verification).toMatchObject({ ok: true, signal: 'series within baseline', value: 0.01, ewma_upper: 0.05 });
    // The incident itself is still open: the series said so first.
    expect((await pg.pool.query(`SELECT status FROM error_events WHERE id = $1`, [ev.id])).rows[0].status).toBe('open');
  });

  it("verifies on detection's settled update only when the normal run began after the action", async () => {
    const svc = await flaky(['clear_cache']);
    const { infra } = await stages(cacheCatalog(svc.url, '10s'));
    const ev = await insertEvent(pg.pool, 'ratings');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 15_000, interval: 50 });
    const executedAt = Date.now();
    const settled = (sinceMs: number) =>
      infra.bus.publish('event.updated', {
        ...ev,
        action: 'update',
        updatedAt: Date.now() + 1,
        context: { ...ev.context, settled: { steps: 2, stepMs: 1000, since: new Date(sinceMs).toISOString() } },
      });
    // Normal since well before the action: it calmed by itself; says nothing about the action.
    settled(executedAt - 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect((await executions(ev.id))[0]).toMatchObject({ execution_status: 'RUNNING', phase: 'verifying' });
    settled(executedAt);
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    expect((await executions(ev.id))[0].verification).toMatchObject({ ok: true, signal: 'every paging series within baseline for 2 steps' });
  });

  it('verifies an incident of error records alone on their silence, and says what the silence weighed', async () => {
    const svc = await flaky(['clear_cache']);
    const { infra } = await stages(cacheCatalog(svc.url, '10s'));
    const ev = await insertEvent(pg.pool, 'vault');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 15_000, interval: 50 });
    const lastRecord = Date.now();
    infra.bus.publish('event.updated', {
      ...ev,
      action: 'update',
      updatedAt: lastRecord + 8000,
      context: { ...ev.context, settled: { steps: 2, stepMs: 2000, since: new Date(lastRecord).toISOString(), silence: { requests: 2, overMs: 2100, quietMs: 8000, chance: 0.0432 } } },
    });
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    const v = (await executions(ev.id))[0].verification as { ok: boolean; signal: string };
    expect(v.ok).toBe(true);
    expect(v.signal).toMatch(/^no error record for 8 s while its services served requests, after 2 failed requests in 2 s \(chance of that silence at their rate: 0\.0432\)$/);
  });

  it('does not verify on a series back inside a band that climbed with it', async () => {
    // A leak: clearing the cache did nothing, memory kept climbing, and the EWMA band followed it
    // up until the value sat inside it. Verified, the incident was left to run out of memory.
    const svc = await flaky([]);
    const { infra } = await stages(`
scenarios:
  - { name: memory, category: RESOURCE, actions: [clear_cache] }
actions:${httpAction('clear_cache', svc.url, 'verification: { within: 30s }')}
`);
    const ev = await insertEvent(pg.pool, 'ledger-heap');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 15_000, interval: 50 });
    const ended = new Date((await executions(ev.id))[0].deadline_at).getTime() - 30_000;
    const update = (values: Array<[number, number]>, upper: number) =>
      infra.bus.publish('event.updated', { ...ev, action: 'update', updatedAt: Date.now(), context: { ...ev.context, worse: 'higher', values, baselines: { value: values[values.length - 1][1], ewma_lower: 0.1, ewma_upper: upper } } });
    update([[ended - 2000, 0.59], [ended + 2000, 0.63]], 0.64);
    await new Promise((r) => setTimeout(r, 300));
    expect((await executions(ev.id))[0]).toMatchObject({ execution_status: 'RUNNING', phase: 'verifying' });
    // Below where it was when the action ran, and inside the band: the action helped.
    update([[ended - 2000, 0.59], [ended + 2000, 0.63], [ended + 4000, 0.31]], 0.64);
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('COMPLETED'), { timeout: 10_000, interval: 50 });
  });

  it('fails an action early when the series it is judged on keeps climbing after it, and runs the next candidate', async () => {
    const svc = await flaky(['restart_service']);
    const { infra } = await stages(`
scenarios:
  - { name: memory, category: RESOURCE, actions: [clear_cache, restart_service] }
actions:${httpAction('clear_cache', svc.url, 'verification: { within: 30s }')}${httpAction('restart_service', svc.url, 'risk: LOW\n    verification: { within: 30s }')}
`);
    const ev = await insertEvent(pg.pool, 'ledger-cache');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 15_000, interval: 50 });
    // When the action ended, by the deadline it was given (30 s after it).
    const ended = new Date((await executions(ev.id))[0].deadline_at).getTime() - 30_000;
    const update = (at: number, values: Array<[number, number]>, worse = 'higher') =>
      infra.bus.publish('event.updated', { ...ev, action: 'update', updatedAt: at, context: { ...ev.context, worse, values } });
    const climbing: Array<[number, number]> = [[ended - 2000, 0.8], [ended + 2000, 0.86], [ended + 4000, 0.9], [ended + 6000, 0.93], [ended + 8000, 0.95]];
    // Too early in its window (a third of 30 s), and a series whose worse way is not known: no verdict.
    update(ended + 8000, climbing);
    update(ended + 12_000, climbing, '');
    await new Promise((r) => setTimeout(r, 300));
    expect((await executions(ev.id))[0]).toMatchObject({ execution_status: 'RUNNING', phase: 'verifying' });
    update(ended + 12_000, climbing);
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.name).toBe('restart_service'), { timeout: 10_000, interval: 50 });
    const [first] = await executions(ev.id);
    expect(first).toMatchObject({ name: 'clear_cache', execution_status: 'FAILED', success: false });
    expect(first.error_message).toMatch(/^verification failed early: the incident's series kept worsening after the action \(0\.8 when it ran, 0\.95 12 s later\)$/);
  });

  it('rolls back an action that does not help and runs the next candidate', async () => {
    const svc = await flaky(['clear_cache']);
    const { infra } = await stages(`
scenarios:
  - name: cache trouble
    category: RESOURCE
    actions: [restart_service, clear_cache]
actions:${httpAction('restart_service', svc.url, 'rollback: undo_restart\n    verification: { within: 600ms }')}${httpAction('undo_restart', svc.url, 'risk: LOW')}${httpAction('clear_cache', svc.url, 'verification: { within: 10s }')}
`);
    const ev = await insertEvent(pg.pool, 'checkout');
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));

    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    const [first, second] = await executions(ev.id);
    expect(first).toMatchObject({ name: 'restart_service', execution_status: 'ROLLED_BACK', success: false, rollback_executed: true, rollback_success: true });
    expect(first.error_message).toMatch(/verification failed/);
    expect(second).toMatchObject({ name: 'clear_cache', success: true, attempt: 1 });
    expect((await svc.calls()).map((c) => c.action)).toEqual(['restart_service', 'undo_restart', 'clear_cache']);
    await infra.delivery.drained();
    expect(await auditSteps(ev.id)).toEqual([
      'execution.planned',
      'execution.started',
      'execution.executed',
      'execution.verification_failed',
      'execution.rolled_back',
      'execution.planned',
      'execution.started',
      'execution.executed',
      'execution.verified',
    ]);
  });

  it('holds a HIGH risk action for approval, runs it once approved, and records who approved', async () => {
    const svc = await flaky(['rollback_deployment']);
    const { recover, infra } = await stages(`
scenarios:
  - name: bad push
    category: CONFIGURATION
    actions: [rollback_deployment]
actions:${httpAction('rollback_deployment', svc.url, 'verification: { within: 10s }')}
`);
    const ev = await insertEvent(pg.pool, 'payments');
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'CONFIGURATION' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('AWAITING_APPROVAL'), { timeout: 10_000, interval: 50 });
    // Waiting is waiting: nothing reaches the service meanwhile.
    await new Promise((r) => setTimeout(r, 300));
    expect(await svc.calls()).toEqual([]);
    const [x] = await executions(ev.id);
    expect(x.context.approvalReason).toBe('HIGH risk actions require approval');

    await expect(recover.approve('00000000-0000-4000-8000-000000000000', 'alice')).rejects.toThrow(/no execution/);
    await recover.approve(x.id, 'alice');
    await expect(recover.approve(x.id, 'bob')).rejects.toThrow(/not awaiting approval/);
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    expect(await executions(ev.id)).toMatchObject([{ approved_by: 'alice', decision: 'approved', success: true }]);
    expect((await svc.calls()).map((c) => c.action)).toEqual(['rollback_deployment']);
    await infra.delivery.drained();
    const granted = await pg.pool.query(`SELECT actor FROM healing_audit_trail WHERE error_event_id = $1 AND action_type = 'approval.granted'`, [ev.id]);
    expect(granted.rows).toEqual([{ actor: 'alice' }]);
  });

  it('a later diagnosis of another category replaces an attempt that has not started', async () => {
    const svc = await flaky(['add_index']);
    const { infra } = await stages(`
scenarios:
  - { name: pool, category: DATABASE, actions: [failover_database] }
  - { name: slow statements, category: PERFORMANCE, actions: [add_index] }
actions:${httpAction('failover_database', svc.url, 'risk: HIGH')}${httpAction('add_index', svc.url, 'risk: LOW\n    verification: { within: 10s }')}
`);
    const ev = await insertEvent(pg.pool, 'warehouse');
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('AWAITING_APPROVAL'), { timeout: 10_000, interval: 50 });
    // The same category again changes nothing; a different one replaces the waiting attempt.
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE', action: 'update' }));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'PERFORMANCE', action: 'update' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    const [first, second] = await executions(ev.id);
    expect(first).toMatchObject({ name: 'failover_database', execution_status: 'CANCELLED', attempt: 0 });
    expect(first.error_message).toMatch(/superseded: a later diagnosis says PERFORMANCE, not DATABASE/);
    expect(second).toMatchObject({ name: 'add_index', success: true, attempt: 1 });
    expect(second.context).toMatchObject({ category: 'PERFORMANCE', attemptBase: 1 });
    expect(second.context.candidates[0]).toBe('add_index');
    expect((await svc.calls()).map((c) => c.action)).toEqual(['add_index']);
    await infra.delivery.drained();
    expect(await auditSteps(ev.id)).toEqual(['execution.awaiting_approval', 'execution.superseded', 'execution.planned', 'execution.started', 'execution.executed', 'execution.verified']);
  });

  it('a later diagnosis of another category gives up the verification of an action that ran, and the new one runs', async () => {
    const svc = await flaky(['add_index']);
    const { infra } = await stages(`
scenarios:
  - { name: pool, category: DATABASE, actions: [reset_connection_pool, failover_database] }
  - { name: slow statements, category: PERFORMANCE, actions: [add_index] }
actions:${httpAction('reset_connection_pool', svc.url, 'risk: LOW\n    verification: { within: 10s }')}${httpAction('failover_database', svc.url, 'risk: LOW')}${httpAction('add_index', svc.url, 'risk: LOW\n    verification: { within: 10s }')}
`);
    const ev = await insertEvent(pg.pool, 'ledger');
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'PERFORMANCE', action: 'update' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.execution_status).toBe('COMPLETED'), { timeout: 8_000, interval: 50 });
    const rows = await executions(ev.id);
    expect(rows.map((r) => [r.name, r.execution_status, r.attempt])).toEqual([
      ['reset_connection_pool', 'FAILED', 0],
      ['add_index', 'COMPLETED', 1],
    ]);
    expect(rows[0].error_message).toMatch(/superseded: a later diagnosis says PERFORMANCE, not DATABASE; its verification is given up/);
    expect(rows[0].rollback_executed).toBe(false);
    // The old plan's second candidate never ran.
    expect((await svc.calls()).map((c) => c.action)).toEqual(['reset_connection_pool', 'add_index']);
  });

  it('a later, less sure diagnosis made when no symptom has been seen since the action ran does not give its verification up', async () => {
    // A slow query fixed by add_index: its statements are fast again, and the window's evidence
    // is left with the pool timeouts they caused, which read as DATABASE with less confidence.
    const svc = await flaky(['failover_database']);
    const { infra } = await stages(`
scenarios:
  - { name: pool, category: DATABASE, actions: [failover_database] }
  - { name: slow statements, category: PERFORMANCE, actions: [add_index] }
actions:${httpAction('failover_database', svc.url, 'risk: LOW')}${httpAction('add_index', svc.url, 'risk: LOW\n    verification: { within: 30s }')}
`);
    const ev = await insertEvent(pg.pool, 'stockroom');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'PERFORMANCE', confidence: 0.94 }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    const ended = new Date((await executions(ev.id))[0].deadline_at).getTime() - 30_000;
    const seen = (lastSymptom: number) => infra.bus.publish('event.updated', { ...ev, action: 'update', updatedAt: Date.now(), context: { ...ev.context, lastSymptom } });
    // The last failed request was logged just after the action, within its transient (a third of 30 s).
    seen(ended + 2000);
    await new Promise((r) => setTimeout(r, 100));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE', confidence: 0.85, action: 'update' }));
    await infra.delivery.drained();
    await vi.waitFor(async () => {
      expect(await revisedReasons(ev.id)).toEqual([expect.stringMatching(/says DATABASE, not PERFORMANCE with confidence 0\.85, below the 0\.94 .*no symptom has been seen since add_index ran: its verification goes on/)]);
    }, { timeout: 5_000, interval: 50 });
    expect((await executions(ev.id)).map((r) => [r.name, r.execution_status, r.phase])).toEqual([['add_index', 'RUNNING', 'verifying']]);
    // A symptom after the transient: the same diagnosis now gives the verification up.
    seen(ended + 12_000);
    await new Promise((r) => setTimeout(r, 100));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE', confidence: 0.85, action: 'update' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.name).toBe('failover_database'), { timeout: 8_000, interval: 50 });
    const [first] = await executions(ev.id);
    expect(first.execution_status).toBe('FAILED');
    expect(first.error_message).toMatch(/superseded: a later diagnosis says DATABASE, not PERFORMANCE; its verification is given up/);
  });

  it("a later diagnosis made during an action's transient, on errors that began after it started, is held: the action's own doing unless a symptom outlasts it", async () => {
    // Seen on the scoreboard: restarting checkout for a latency creep made its callers time out
    // on its pool for a moment; those errors read as DATABASE (0.92 > 0.70), gave the working
    // restart up, and reset_connection_pool took the credit.
    const svc = await flaky([]);
    const { infra } = await stages(`
scenarios:
  - { name: slow, category: PERFORMANCE, actions: [restart_service] }
  - { name: pool, category: DATABASE, actions: [reset_connection_pool] }
actions:${httpAction('restart_service', svc.url, 'risk: LOW\n    verification: { within: 30s }')}${httpAction('reset_connection_pool', svc.url, 'risk: LOW')}
`);
    const ev = await insertEvent(pg.pool, 'tills');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'PERFORMANCE', confidence: 0.7 }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    const [first] = await executions(ev.id);
    const ended = new Date(first.deadline_at).getTime() - 30_000;
    const update = (lastSymptom: number, signatureAt: number) =>
      infra.bus.publish('event.updated', { ...ev, action: 'update', updatedAt: Date.now(), context: { ...ev.context, lastSymptom, signatures: [{ key: 'signature|tills|timeout', message: 'timeout exceeded when trying to connect', at: new Date(signatureAt).toISOString() }] } });
    // The pool timeouts began once the restart had started.
    update(ended + 500, ended + 200);
    await new Promise((r) => setTimeout(r, 100));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE', confidence: 0.92, action: 'update' }));
    await vi.waitFor(async () => {
      expect(await revisedReasons(ev.id)).toEqual([expect.stringMatching(/says DATABASE, not PERFORMANCE, made during restart_service's transient on errors that began after it started: held until/)]);
    }, { timeout: 5_000, interval: 50 });
    expect((await executions(ev.id)).map((r) => [r.name, r.execution_status, r.phase])).toEqual([['restart_service', 'RUNNING', 'verifying']]);
    // A symptom within the transient changes nothing; one after it takes the held diagnosis up.
    update(ended + 5_000, ended + 200);
    await new Promise((r) => setTimeout(r, 200));
    expect((await executions(ev.id)).map((r) => r.name)).toEqual(['restart_service']);
    update(ended + 11_000, ended + 200);
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.name).toBe('reset_connection_pool'), { timeout: 8_000, interval: 50 });
    expect((await executions(ev.id))[0].error_message).toMatch(/superseded: a later diagnosis says DATABASE, not PERFORMANCE; its verification is given up/);
  });

  it('a later diagnosis that moves the root to another service gives up the action aimed at the first', async () => {
    // Errors logged in billing, first charged to a peer it calls (the records' own traces were
    // not stored yet), then to billing itself: the configuration update must reach billing.
    const svc = await flaky(['update_configuration@billing']);
    const { infra } = await stages(`
scenarios:
  - { name: bad configuration, category: CONFIGURATION, actions: [update_configuration] }
actions:${httpAction('update_configuration', svc.url, 'risk: LOW\n    verification: { within: 10s }')}
`);
    const ev = await insertEvent(pg.pool, 'billing');
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    const at = (service: string) => ({ service, kind: 'service' as const, score: 0.5, evidence: null, alternatives: [] });
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'CONFIGURATION', rootCause: at('pricing') }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    // The same problem again changes nothing; the root moving to billing does.
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'CONFIGURATION', rootCause: at('pricing'), action: 'update' }));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'CONFIGURATION', rootCause: at('billing'), action: 'update' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.execution_status).toBe('COMPLETED'), { timeout: 8_000, interval: 50 });
    const rows = await executions(ev.id);
    expect(rows.map((r) => [r.name, r.target_service, r.execution_status, r.attempt])).toEqual([
      ['update_configuration', 'pricing', 'FAILED', 0],
      ['update_configuration', 'billing', 'COMPLETED', 1],
    ]);
    expect(rows[0].error_message).toMatch(/superseded: a later diagnosis says CONFIGURATION at billing, not at pricing; its verification is given up/);
    expect((await svc.calls()).map((c) => c.query.service)).toEqual(['pricing', 'billing']);
  });

  it('a later diagnosis that moves the root keeps verifying an action that makes the very same call for it', async () => {
    // The catalog refreshes tokens at auth whichever service showed the symptom: the first
    // diagnosis (root storefront, the records' traces not stored yet) already sent the fix.
    // (Service names of their own: other cases' actions leave their targets in cooldown.)
    const svc = await flaky(['refresh_tokens@auth']);
    const { infra } = await stages(`
scenarios:
  - { name: sessions, category: AUTHENTICATION, actions: [refresh_tokens, restart_service] }
actions:
  - name: refresh_tokens
    risk: LOW
    verification: { within: 10s }
    executors:
      - service: "*"
        http:
          method: POST
          url: "${svc.url}/admin/actions/refresh_tokens?service=auth"
          body: { service: auth }
          expect_status: [200]
          timeout: 2s${httpAction('restart_service', svc.url, 'risk: LOW')}
`);
    const ev = await insertEvent(pg.pool, 'webshop');
    const at = (service: string) => ({ service, kind: 'service' as const, score: 0.5, evidence: null, alternatives: [] });
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'AUTHENTICATION', rootCause: at('storefront') }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'AUTHENTICATION', rootCause: at('identity'), action: 'update' }));
    await vi.waitFor(async () => expect(await auditSteps(ev.id)).toContain('recovery.revised'), { timeout: 8_000, interval: 50 });
    // The fix took hold: the incident closes and the one call made is verified.
    expect(await svc.healthy()).toBe(true);
    await pg.pool.query(`UPDATE error_events SET status = 'closed', closed_at = now() WHERE id = $1`, [ev.id]);
    infra.bus.publish('event.closed', { ...ev, action: 'close', updatedAt: Date.now(), closedAt: Date.now() });
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('COMPLETED'), { timeout: 8_000, interval: 50 });
    expect((await executions(ev.id)).map((r) => [r.name, r.target_service, r.execution_status])).toEqual([['refresh_tokens', 'storefront', 'COMPLETED']]);
    expect(await svc.calls()).toHaveLength(1);
  });

  it('when a later diagnosis changes category while an action is executing, the action gives its verification up once it has run and the attempt after it follows the new one', async () => {
    const svc = await flaky(['add_index']);
    const slow = `${svc.url}/admin/actions/reset_connection_pool?delay_ms=1500&x=`;
    const { infra } = await stages(`
scenarios:
  - { name: pool, category: DATABASE, actions: [reset_connection_pool, failover_database] }
  - { name: slow statements, category: PERFORMANCE, actions: [add_index] }
actions:
  - name: reset_connection_pool
    risk: LOW
    verification: { within: 60s }
    executors:
      - service: "*"
        http: { method: POST, url: "${slow}{{service}}", expect_status: [200], timeout: 5s }${httpAction('failover_database', svc.url, 'risk: LOW')}${httpAction('add_index', svc.url, 'risk: LOW\n    verification: { within: 10s }')}
`);
    const ev = await insertEvent(pg.pool, 'journal');
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'DATABASE' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('executing'), { timeout: 10_000, interval: 20 });
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'PERFORMANCE', action: 'update' }));
    // Well before the first action's 60 s window would have run out.
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    const rows = await executions(ev.id);
    expect(rows.map((r) => [r.name, r.attempt])).toEqual([
      ['reset_connection_pool', 0],
      ['add_index', 1],
    ]);
    expect(rows[0].execution_status).toBe('FAILED');
    expect(rows[0].error_message).toMatch(/superseded: a later diagnosis says PERFORMANCE, not DATABASE; its verification is given up/);
    expect((await svc.calls()).map((c) => c.action)).toEqual(['reset_connection_pool', 'add_index']);
    await infra.delivery.drained();
    const revised = await revisedReasons(ev.id);
    expect(revised).toHaveLength(1);
    expect(revised[0]).toMatch(/later diagnosis says PERFORMANCE, not DATABASE: reset_connection_pool is already running/);
  });

  it('an event labelled not an incident cancels its recovery instead of counting the close as verified', async () => {
    const svc = await flaky([]);
    const { infra } = await stages(cacheCatalog(svc.url, '30s'), { pollMs: 100 });
    const ev = await insertEvent(pg.pool, 'loadtest');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    // The API's label: the stored event is closed, the verdict recorded.
    expect(await saveNotAnIncident(pg.pool, ev.id, 'alice')).toMatchObject({ found: true, closed: true });
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('CANCELLED'), { timeout: 10_000, interval: 50 });
    const [x] = await executions(ev.id);
    expect(x).toMatchObject({ success: false, error_message: 'the event was labelled not an incident' });
    await infra.delivery.drained();
    expect(await auditSteps(ev.id)).toContain('execution.cancelled');
    expect(await auditSteps(ev.id)).not.toContain('execution.verified');
  });

  it('an incident resting on one error record waits for it to come back before a MEDIUM risk action; a LOW risk one runs at once', async () => {
    const svc = await flaky([]);
    const { infra } = await stages(`
scenarios:
  - { name: network, category: NETWORK, actions: [route_to_healthy_instances] }
  - { name: cache, category: RESOURCE, actions: [clear_cache] }
actions:${httpAction('route_to_healthy_instances', svc.url, 'risk: MEDIUM')}${httpAction('clear_cache', svc.url, 'risk: LOW')}
`);
    /** A new error signature seen once (a connection reset), as detection opens it. */
    const once = async (service: string) => {
      const ev = await insertEvent(pg.pool, service);
      const lone = { ...ev, severity: 'MEDIUM' as const, context: { ...ev.context, detectKind: 'signature', count: 1, finding: 'novel' } };
      infra.bus.publish('event.opened', lone);
      return lone;
    };
    const reset = await once('gateway');
    infra.bus.publish('diagnosis.made', diagnosisFor(reset, { category: 'NETWORK', probableCauses: [] }));
    await vi.waitFor(async () => expect(await auditSteps(reset.id)).toContain('recovery.deferred'), { timeout: 10_000, interval: 50 });
    expect(await executions(reset.id)).toEqual([]);
    // The same error again: detection says the incident is recurring, and the action runs.
    infra.bus.publish('event.updated', { ...reset, action: 'update', context: { ...reset.context, recurring: true } });
    await vi.waitFor(async () => expect((await executions(reset.id))[0]?.name).toBe('route_to_healthy_instances'), { timeout: 10_000, interval: 50 });

    // A LOW risk action does not wait. (Services of their own: each target has a cooldown.)
    const bloat = await once('thumbnails');
    infra.bus.publish('diagnosis.made', diagnosisFor(bloat));
    await vi.waitFor(async () => expect((await executions(bloat.id))[0]?.name).toBe('clear_cache'), { timeout: 10_000, interval: 50 });
    // One that closes before its error came back never ran anything.
    const gone = await once('ledger');
    infra.bus.publish('diagnosis.made', diagnosisFor(gone, { category: 'NETWORK', probableCauses: [] }));
    await vi.waitFor(async () => expect(await auditSteps(gone.id)).toContain('recovery.deferred'), { timeout: 10_000, interval: 50 });
    infra.bus.publish('event.closed', { ...gone, action: 'close', closedAt: Date.now() });
    infra.bus.publish('event.updated', { ...gone, action: 'update', context: { ...gone.context, recurring: true } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await executions(gone.id)).toEqual([]);
    expect((await svc.calls()).map((c) => c.action)).toEqual(['route_to_healthy_instances', 'clear_cache']);
  });

  it('after a LOW risk action that did not help, the next candidate above LOW still waits for the error to come back', async () => {
    const svc = await flaky([]);
    const { infra } = await stages(`
scenarios:
  - { name: cache, category: RESOURCE, actions: [clear_cache, restart_service] }
actions:${httpAction('clear_cache', svc.url, 'risk: LOW\n    verification: { within: 500ms }')}${httpAction('restart_service', svc.url, 'risk: MEDIUM')}
`);
    const ev = await insertEvent(pg.pool, 'gallery');
    const lone = { ...ev, severity: 'MEDIUM' as const, context: { ...ev.context, detectKind: 'signature', count: 1, finding: 'novel' } };
    infra.bus.publish('event.opened', lone);
    infra.bus.publish('diagnosis.made', diagnosisFor(lone));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('FAILED'), { timeout: 10_000, interval: 50 });
    await vi.waitFor(async () => expect(await auditSteps(ev.id)).toContain('recovery.deferred'), { timeout: 10_000, interval: 50 });
    expect((await executions(ev.id)).map((x) => x.name)).toEqual(['clear_cache']);
    infra.bus.publish('event.updated', { ...lone, action: 'update', context: { ...lone.context, recurring: true } });
    await vi.waitFor(async () => expect((await executions(ev.id)).map((x) => x.name)).toEqual(['clear_cache', 'restart_service']), { timeout: 10_000, interval: 50 });
  });

  it('an incident resting on one error record that has not come back is not escalated when its actions are used up, until the error recurs', async () => {
    const svc = await flaky([]);
    const { infra } = await stages(`
scenarios:
  - { name: third party, category: INTEGRATION, actions: [enable_circuit_breaker] }
actions:${httpAction('enable_circuit_breaker', svc.url, 'risk: LOW\n    verification: { within: 500ms }')}
`);
    const ev = await insertEvent(pg.pool, 'charges');
    const lone = { ...ev, severity: 'MEDIUM' as const, context: { ...ev.context, detectKind: 'signature', count: 1, finding: 'novel' } };
    infra.bus.publish('event.opened', lone);
    infra.bus.publish('diagnosis.made', diagnosisFor(lone, { category: 'INTEGRATION', probableCauses: [] }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('FAILED'), { timeout: 10_000, interval: 50 });
    await vi.waitFor(async () => expect(await auditSteps(ev.id)).toContain('recovery.deferred'), { timeout: 10_000, interval: 50 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await auditSteps(ev.id)).not.toContain('recovery.exhausted');
    // The error comes back: now the incident needs a person.
    infra.bus.publish('event.updated', { ...lone, action: 'update', context: { ...lone.context, recurring: true } });
    await vi.waitFor(async () => expect(await auditSteps(ev.id)).toContain('recovery.exhausted'), { timeout: 10_000, interval: 50 });
    expect((await executions(ev.id)).map((x) => x.name)).toEqual(['enable_circuit_breaker']);
  });

  it('an incident whose actions are all in their target cooldown waits for it to lapse instead of escalating', async () => {
    const svc = await flaky([]);
    const { infra } = await stages(cacheCatalog(svc.url, '10s'), { cooldownMs: 1500, pollMs: 100 });
    const first = await insertEvent(pg.pool, 'basket');
    infra.bus.publish('diagnosis.made', diagnosisFor(first));
    await vi.waitFor(async () => expect((await executions(first.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    // A second incident on the same service moments later: the action just ran there.
    const second = await insertEvent(pg.pool, 'basket');
    infra.bus.publish('diagnosis.made', diagnosisFor(second));
    await vi.waitFor(async () => expect(await auditSteps(second.id)).toContain('recovery.deferred'), { timeout: 10_000, interval: 50 });
    expect(await auditSteps(second.id)).not.toContain('recovery.exhausted');
    expect(await executions(second.id)).toEqual([]);
    // Once the cooldown lapses it is planned again and runs.
    await vi.waitFor(async () => expect((await executions(second.id))[0]?.phase).toBe('verifying'), { timeout: 10_000, interval: 50 });
    expect((await svc.calls()).map((c) => c.action)).toEqual(['clear_cache', 'clear_cache']);
  });

  it('asks for approval of any action when the diagnosis is below the confidence threshold, and a rejection moves on', async () => {
    const svc = await flaky([]);
    const { recover, infra } = await stages(cacheCatalog(svc.url));
    const ev = await insertEvent(pg.pool, 'auth');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { confidence: 0.4, needsApproval: true }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('AWAITING_APPROVAL'), { timeout: 10_000, interval: 50 });
    const [x] = await executions(ev.id);
    expect(x.context.approvalReason).toMatch(/confidence 0.40 is below learning.confidence_threshold 0.7/);
    await recover.reject(x.id, 'carol', 'not during the sale');
    await infra.delivery.drained();
    expect(await executions(ev.id)).toMatchObject([{ execution_status: 'CANCELLED', decision: 'rejected', decision_reason: 'not during the sale', approved_by: 'carol' }]);
    expect(await svc.calls()).toEqual([]);
    expect(await auditSteps(ev.id)).toEqual(['execution.awaiting_approval', 'approval.rejected', 'recovery.exhausted']);
  });

  it('expires an approval nobody gives and hands the incident to escalation', async () => {
    const svc = await flaky([]);
    const { infra } = await stages(
      `
scenarios:
  - { name: bad push, category: CONFIGURATION, actions: [rollback_deployment] }
actions:${httpAction('rollback_deployment', svc.url)}
`,
      { approvalTimeoutMs: 300 },
    );
    const ev = await insertEvent(pg.pool, 'frontend');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'CONFIGURATION' }));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('CANCELLED'), { timeout: 10_000, interval: 50 });
    expect(await executions(ev.id)).toMatchObject([{ decision: 'expired', success: false }]);
    expect(await svc.calls()).toEqual([]);
    await infra.delivery.drained();
    expect(await auditSteps(ev.id)).toEqual(['execution.awaiting_approval', 'approval.expired', 'recovery.escalation_needed']);
  });

  it('runs an allow-listed program with argv only, and a crafted service name changes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'homeostat-cmd-')), 'calls.jsonl');
    const pwned = join(dir, 'pwned');
    const { infra } = await stages(
      `
vars: { script: "${FIXTURES}record-args.mjs", out: "${out}" }
scenarios:
  - { name: restart, category: RESOURCE, actions: [restart_service] }
actions:
  - name: restart_service
    verification: { within: 300ms }
    executors:
      - service: "*"
        command:
          program: "${process.execPath}"
          args: ["{{vars.script}}", "{{vars.out}}", "restart", "{{service}}", "{{event_id}}"]
          timeout: 10s
`,
      { commandAllowlist: [process.execPath], rollbackOnFailure: false },
    );
    const ev = await insertEvent(pg.pool, 'inventory');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[0]?.execution_status).toBe('FAILED'), { timeout: 15_000, interval: 50 });
    // The program really ran, once, with exactly these argv elements; its output was captured.
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual([['restart', 'inventory', ev.id]]);
    const [x] = await executions(ev.id);
    expect(x.result).toMatchObject({ ok: true, exitCode: 0, output: 'recorded 3 args\n' });
    expect(x.error_message).toMatch(/verification failed/);

    // Telemetry names the service; a name crafted as a shell or SQL payload fails the parameter
    // schema and nothing runs (the log message and causes are never used at all).
    for (const evil of [`inventory; touch ${pwned}`, `$(touch ${pwned})`, `x'); DROP TABLE recovery_actions; --`]) {
      const bad = await insertEvent(pg.pool, evil);
      infra.bus.publish('diagnosis.made', diagnosisFor(bad, { probableCauses: [`\`touch ${pwned}\``], explanation: `'; DROP TABLE error_events; --` }));
      await infra.delivery.drained();
      await vi.waitFor(async () => expect(await auditSteps(bad.id)).toContain('recovery.exhausted'), { timeout: 10_000, interval: 50 });
      const reasons = await pg.pool.query(`SELECT action_details->>'reason' AS reason FROM healing_audit_trail WHERE error_event_id = $1 AND action_type = 'recovery.skipped'`, [bad.id]);
      expect(reasons.rows[0].reason).toMatch(/parameter service refused: not a plain service name/);
      expect(await executions(bad.id)).toEqual([]);
    }
    expect(existsSync(pwned)).toBe(false);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
    expect((await pg.pool.query(`SELECT count(*)::int AS n FROM recovery_actions`)).rows[0].n).toBeGreaterThan(0);
  });

  it('refuses a catalog whose program is not allow-listed or whose URL host comes from a parameter', () => {
    const opts = { commandAllowlist: ['/usr/bin/true'], maxTimeoutMs: 1000 };
    expect(() => parseCatalog(`actions: [{ name: restart_service, executors: [{ service: "*", command: { program: /bin/sh, args: ["-c", "reboot"] } }] }]`, opts)).toThrow(
      /not in self_healing.recovery.command_allowlist/,
    );
    expect(() => parseCatalog(`actions: [{ name: clear_cache, executors: [{ service: "*", http: { url: "http://{{service}}.internal/x" } }] }]`, opts)).toThrow(/host may not come from a parameter/);
    expect(() => parseCatalog(`actions: [{ name: clear_cache, executors: [{ service: "*", http: { url: "http://h/{{nope}}" } }] }]`, opts)).toThrow(/\{\{nope\}\} is not a declared parameter/);
    expect(() => parseCatalog(`actions: [{ name: my_action, executors: [] }]`, opts)).toThrow(/risk is required/);
  });

  it('dry run records what would run and executes nothing', async () => {
    const svc = await flaky(['clear_cache']);
    const { infra } = await stages(
      `
scenarios:
  - { name: cache, category: RESOURCE, actions: [clear_cache, restart_service] }
actions:${httpAction('clear_cache', svc.url)}${httpAction('restart_service', svc.url)}
`,
      { dryRun: true },
    );
    const ev = await insertEvent(pg.pool, 'search');
    infra.bus.publish('diagnosis.made', diagnosisFor(ev));
    await vi.waitFor(async () => expect(await executions(ev.id)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await new Promise((r) => setTimeout(r, 300));
    const rows = await executions(ev.id);
    expect(rows).toMatchObject([{ name: 'clear_cache', execution_status: 'CANCELLED', started_at: null, error_message: 'dry run: recorded, not executed' }]);
    expect(rows[0].result).toEqual({ dry_run: true, would_run: { kind: 'http', method: 'POST', url: `${svc.url}/admin/actions/clear_cache?service=search`, headers: [] } });
    expect(await svc.calls()).toEqual([]);
    await infra.delivery.drained();
    expect(await auditSteps(ev.id)).toEqual(['recovery.dry_run']);
  });

  it('marks an execution a dead process left RUNNING as failed (never re-run) and moves to the next candidate', async () => {
    const svc = await flaky(['clear_cache']);
    const catalog = `
scenarios:
  - { name: cache, category: RESOURCE, actions: [restart_service, clear_cache] }
actions:${httpAction('restart_service', svc.url)}${httpAction('clear_cache', svc.url, 'verification: { within: 10s }')}
`;
    // What a process killed mid-action leaves: attempt 0 claimed, RUNNING, its deadline passed.
    const seed = await stages(catalog);
    await seed.recover.stop();
    const ev = await insertEvent(pg.pool, 'orders');
    const ids = await pg.pool.query(`SELECT id FROM recovery_actions WHERE name = 'restart_service'`);
    await pg.pool.query(
      `INSERT INTO recovery_executions (error_event_id, recovery_action_id, execution_status, attempt, target_service, phase, owner, started_at, deadline_at, context)
       VALUES ($1, $2, 'RUNNING', 0, 'orders', 'executing', 'dead-host:1:x', now() - interval '10 minutes', now() - interval '5 minutes', $3)`,
      [ev.id, ids.rows[0].id, JSON.stringify({ diagnosisId: ev.id, category: 'RESOURCE', confidence: 0.9, candidates: ['restart_service', 'clear_cache'], risk: 'MEDIUM', params: { service: 'orders' }, call: {} })],
    );
    const { infra } = await stages(catalog);
    cleanups.push(closeWhenHealthy(svc, pg.pool, [infra.bus], ev));
    await vi.waitFor(async () => expect((await executions(ev.id))[1]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    const [first] = await executions(ev.id);
    expect(first).toMatchObject({ execution_status: 'FAILED', success: false });
    expect(first.error_message).toMatch(/interrupted while executing .* not re-run/);
    expect((await svc.calls()).map((c) => c.action)).toEqual(['clear_cache']);
  });
});

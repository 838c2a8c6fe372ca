import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventDetail } from '../../examples/shop/harness/api.ts';
import { loadScenario, loadScenarios, parseDuration, type Scenario } from '../../bench/lib/scenario-file.ts';
import type { RunResult } from '../../bench/lib/scenario-run.ts';
import { percentile, rootMatches, scoreRun, summarize } from '../../bench/lib/scenario-score.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'scenario-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.parse('2026-12-01T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function ev(id: string, service: string, openedMs: number, o: { severity?: string; category?: string; root?: string; closedMs?: number } = {}): EventDetail {
  return {
    event: {
      id,
      status: o.closedMs ? 'closed' : 'open',
      severity: o.severity ?? 'HIGH',
      category: o.category ?? null,
      message: `m-${id}`,
      service_name: service,
      source_component: null,
      series_key: null,
      fingerprint: null,
      occurrence_count: 1,
      occurred_at: iso(T0 + openedMs),
      closed_at: o.closedMs ? iso(T0 + o.closedMs) : null,
      created_at: iso(T0 + openedMs),
      updated_at: iso(T0 + openedMs),
    },
    diagnoses: o.category
      ? [{ id: `d-${id}`, category: o.category, confidence: 0.9, probable_causes: [], classifier_version: 'rules-v1', explanation: { rootCause: { service: o.root ?? service, kind: 'service', score: 1 } }, created_at: iso(T0 + openedMs + 100) }]
      : [],
  };
}

const scenario: Scenario = {
  name: 's',
  warmup: 120_000,
  observe: 300_000,
  faults: [
    { kind: 'db_down', service: 'inventory', at: 0, duration: 100_000, intensity: 1 },
    { kind: 'traffic_surge', service: 'frontend', at: 0, duration: 100_000, intensity: 1 },
  ],
  expect: [{ detect_within: 60_000, category: 'DATABASE', root_service: ['inventory', 'postgresql'], actions: [], escalate: false }],
};

function run(events: EventDetail[], acted: Partial<Pick<RunResult, 'executions' | 'escalations'>> | null = null): RunResult {
  return {
    name: 's', t0: T0, endedAt: T0 + 300_000, startupMs: 1000, startedAhead: false, injected: [{ kind: 'db_down', service: 'inventory', startedAt: T0, durationMs: 100_000 }], events,
    executions: acted?.executions ?? [], escalations: acted ? acted.escalations ?? [] : null, recovery: acted !== null, traffic: { sent: 0, byStatus: {} },
  };
}

function exec(eventId: string, action: string, status: string, completedMs: number | null, success: boolean | null): RunResult['executions'][number] {
  return {
    id: `x-${eventId}-${action}`, error_event_id: eventId, action, execution_status: status, attempt: 0, dry_run: false, created_at: iso(T0 + 1000),
    started_at: iso(T0 + 2000), completed_at: completedMs === null ? null : iso(T0 + completedMs), success, error_message: null,
  };
}

describe('scenario scoring', () => {
  it('detects a fault through a related event in time and scores its latest diagnosis', () => {
    const s = scoreRun(scenario, run([ev('a', 'checkout', 12_000, { category: 'DATABASE', root: 'postgresql/postgres' }), ev('b', 'frontend', 20_000, { category: 'API' })]), { timeScale: 1, stepMs: 2000 });
    expect(s.faults[0]).toMatchObject({ detected: true, time_to_detect_s: 12, incidents: 2, category_ok: true, root_service_ok: true, event_id: 'a' });
    expect(s.false_positives).toBe(0);
  });

  it('does not count events after detect_within, nor unrelated services, as detections', () => {
    const s = scoreRun(scenario, run([ev('late', 'inventory', 70_000, { category: 'DATABASE' }), ev('other', 'catalog', 5_000, { category: 'RESOURCE' })]), { timeScale: 1, stepMs: 2000 });
    expect(s.faults[0].detected).toBe(false);
    expect(s.faults[0].incidents).toBe(1); // the late one is still an incident of this fault
    expect(s.false_positives).toBe(1); // catalog at HIGH, attributed to nothing
  });

  it('reports an earlier open event that absorbed the fault, without calling it a detection', () => {
    const old = ev('old', 'inventory', -50_000, { category: 'RESOURCE' });
    old.diagnoses.unshift({ ...old.diagnoses[0], id: 'd2', created_at: iso(T0 + 5_000) });
    const s = scoreRun(scenario, run([old]), { timeScale: 1, stepMs: 2000 });
    expect(s.faults[0].detected).toBe(false);
    expect(s.faults[0].absorbed_by).toContain('old'.slice(0, 8));
    expect(s.false_positives).toBe(1); // opened on healthy traffic during warm-up
  });

  it('scales times back to scenario seconds', () => {
    const s = scoreRun({ ...scenario }, run([ev('a', 'inventory', 3_000, { category: 'DATABASE' })]), { timeScale: 0.2, stepMs: 2000 });
    expect(s.faults[0].time_to_detect_real_s).toBe(3);
    expect(s.faults[0].time_to_detect_s).toBe(15);
  });

  it('summarises with null recovery figures and fractions in 0..1', () => {
    const a = scoreRun(scenario, run([ev('a', 'inventory', 10_000, { category: 'NETWORK' })]), { timeScale: 1, stepMs: 2000 });
    const b = scoreRun(scenario, run([]), { timeScale: 1, stepMs: 2000 });
    const m = summarize([a, b]);
    expect(m).toMatchObject({ detection_rate: 0.5, category_accuracy: 0, root_service_accuracy: 1, incidents_per_fault: 1, automated_recovery_rate: null, mttr_p50_s: null, mttr_p95_s: null, false_escalations: null });
    expect(m.false_positive_events_per_hour).toBe(0);
  });

  it('scores recovery: an accepted action verified before the fault would have ended by itself, MTTR from injection', () => {
    const sc: Scenario = { ...scenario, expect: [{ ...scenario.expect[0], actions: ['failover_database'] }] };
    const opts = { timeScale: 0.5, stepMs: 2000 };
    const fixed = scoreRun(sc, run([ev('a', 'inventory', 10_000, { category: 'DATABASE' })], { executions: [exec('a', 'reset_connection_pool', 'FAILED', 30_000, false), exec('a', 'failover_database', 'COMPLETED', 40_000, true)] }), opts);
    expect(fixed.faults[0]).toMatchObject({ recovered: true, mttr_s: 80, actions_run: ['reset_connection_pool:FAILED', 'failover_database:COMPLETED'], escalated: false });
    // The fault ended by itself (at 100 s) before the action's verification: not a recovery.
    const late = scoreRun(sc, run([ev('a', 'inventory', 10_000)], { executions: [exec('a', 'failover_database', 'COMPLETED', 150_000, true)] }), opts);
    // An action the scenario does not accept, even if it "worked".
    const wrong = scoreRun(sc, run([ev('a', 'inventory', 10_000)], { executions: [exec('a', 'restart_service', 'COMPLETED', 40_000, true)] }), opts);
    expect([late.faults[0].recovered, wrong.faults[0].recovered]).toEqual([false, false]);
    const m = summarize([fixed, late, wrong]);
    expect(m).toMatchObject({ automated_recovery_rate: 0.333, mttr_p50_s: 80, mttr_p95_s: 80, false_escalations: 0 });
    // Without recovery in the run, nothing is claimed.
    expect(summarize([scoreRun(sc, run([ev('a', 'inventory', 10_000)]), opts)])).toMatchObject({ automated_recovery_rate: null, false_escalations: null });
  });

  it('counts escalations of faults that expect none, and of unattributed incidents, as false', () => {
    const esc = (incidentId: string) => ({ id: `e-${incidentId}`, incidentId, rule: 'critical_errors', reason: 'r', raisedAt: T0 });
    const s = scoreRun(scenario, run([ev('a', 'inventory', 10_000), ev('noise', 'catalog', 5_000)], { escalations: [esc('a'), esc('noise')] }), { timeScale: 1, stepMs: 2000 });
    expect(s.false_escalations).toBe(2);
    expect(s.faults[0].escalated).toBe(true);
    const wanted = scoreRun({ ...scenario, expect: [{ ...scenario.expect[0], escalate: true }] }, run([ev('a', 'inventory', 10_000)], { escalations: [esc('a')] }), { timeScale: 1, stepMs: 2000 });
    expect(wanted.false_escalations).toBe(0);
  });

  it('matches dependency ids by prefix and takes nearest-rank percentiles', () => {
    expect(rootMatches('postgresql/postgres', ['postgresql'])).toBe(true);
    expect(rootMatches('postgresqlx', ['postgresql'])).toBe(false);
    expect(rootMatches(null, ['inventory'])).toBe(false);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0.95)).toBe(4);
  });
});

describe('scenario files', () => {
  it('parses the issue format and the project set', () => {
    expect(parseDuration('2m')).toBe(120_000);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios')).length).toBeGreaterThanOrEqual(15);
    // The held-out sets (see their READMEs).
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout')).length).toBeGreaterThanOrEqual(10);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-2')).length).toBeGreaterThanOrEqual(10);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-3')).length).toBeGreaterThanOrEqual(10);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-4')).length).toBeGreaterThanOrEqual(11);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-5')).length).toBeGreaterThanOrEqual(11);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-6')).length).toBeGreaterThanOrEqual(11);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-7')).length).toBeGreaterThanOrEqual(11);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-8')).length).toBeGreaterThanOrEqual(11);
    expect(loadScenarios(path.resolve(import.meta.dirname, '../../examples/shop/scenarios-heldout-9')).length).toBeGreaterThanOrEqual(11);
  });

  it('rejects a missing expectation with the field path', () => {
    const f = path.join(dir, 'bad.yaml');
    writeFileSync(f, 'name: bad\nwarmup: 10s\nfaults:\n  - {kind: db_down, service: inventory, at: 0s, duration: 10s, intensity: 1}\nexpect: []\nobserve: 30s\n');
    expect(() => loadScenario(f)).toThrow(/expect: one entry per non-decoy fault/);
  });
});

describe('runs whose stack failed', () => {
  it('are left out of the summary', () => {
    const ok = scoreRun(scenario, run([ev('a', 'inventory', 10_000, { category: 'DATABASE' })]), { timeScale: 1, stepMs: 2000 });
    const failed = { ...scoreRun(scenario, run([]), { timeScale: 1, stepMs: 2000 }), error: 'stack did not start: x' };
    expect(summarize([ok, failed])).toMatchObject({ detection_rate: 1, category_accuracy: 1 });
  });
});

// Scores scenario runs against their expectations. Matching rules (also in examples/shop/README.md):
// - An event is attributed to a real (non-decoy) fault when it opens (created_at) inside the fault's
//   window [start − 2 steps, end + detect_within + 2 steps] (scaled) and relates to it: its service
//   is the fault's service, or its diagnosed root service is one the scenario accepts, or its
//   service calls the fault's service (directly or through others). Several candidates: same
//   service first, then accepted root, then caller; ties go to the earliest fault.
// - A fault is detected when an attributed event opens within detect_within (+2 steps) of its start;
//   time to detect is from injection to that event's created_at. The first such event is the
//   fault's incident: its latest diagnosis gives the category and root service that are scored.
// - Incidents per fault: attributed events (every one an on-call person would see), per detected fault.
// - False positives: events at HIGH or CRITICAL attributed to no real fault (so every one in a
//   control run or during a decoy), warm-up included since the traffic is healthy then too, per
//   hour of scenario time (warm-up + observe).
// - An event that was already open and took a fault's symptoms in as updates is reported as
//   `absorbed_by` on an undetected fault: it does not count as a detection.
// - Recovery (runs with the shop's catalog): a fault is recovered when an execution for one of its
//   incidents completed with success (the action ran and its verification held) before the fault
//   would have ended by itself, with an action the scenario accepts. MTTR is from injection to that
//   completion. The rate is over faults that expect actions and no escalation.
// - False escalations: escalations of incidents attributed to a fault that expects none, or to no
//   fault at all (controls, decoys).
// - Accuracy figures are over detected faults; times are reported in scenario seconds (real
//   seconds divided by the time scale) and, per scenario, also in real seconds.
import type { EventDetail } from '../../examples/shop/harness/api.ts';
import { isDecoy, realFaults, type Scenario } from './scenario-file.ts';
import type { RunResult } from './scenario-run.ts';

const CALLERS: Record<string, string[]> = {
  frontend: [],
  checkout: ['frontend'],
  inventory: ['frontend', 'checkout'],
  catalog: ['frontend'],
  auth: ['frontend', 'checkout', 'payments'],
  payments: ['checkout'],
};

function ancestors(svc: string): Set<string> {
  const out = new Set<string>();
  const walk = (s: string) => {
    for (const c of CALLERS[s] ?? []) if (!out.has(c)) (out.add(c), walk(c));
  };
  walk(svc);
  return out;
}

/** `inventory` matches inventory; `postgresql` matches a dependency id such as postgresql/postgres. */
export function rootMatches(root: string | null, accepted: string[]): boolean {
  if (!root) return false;
  const r = root.toLowerCase();
  return accepted.some((a) => {
    const x = a.toLowerCase();
    return r === x || r.startsWith(`${x}/`) || r.startsWith(`${x}:`);
  });
}

const HIGH = new Set(['HIGH', 'CRITICAL']);

export interface EventRow {
  id: string;
  severity: string;
  service: string | null;
  category: string | null;
  root: string | null;
  diagnoses: number;
  /** Scenario seconds after t=0 (negative: during warm-up). */
  opened_s: number;
  message: string;
  status: string;
  attributed_to: string | null;
  false_positive: boolean;
}

export interface FaultScore {
  kind: string;
  service: string;
  detected: boolean;
  time_to_detect_s: number | null;
  time_to_detect_real_s: number | null;
  incidents: number;
  category: string | null;
  expected_category: string;
  category_ok: boolean | null;
  root_service: string | null;
  expected_root_service: string[];
  root_service_ok: boolean | null;
  event_id: string | null;
  /** Recovery executions of this fault's incidents, `action:STATUS` in order (absent without recovery). */
  actions_run?: string[];
  /** Null without recovery, or when the scenario expects a person (escalate) or names no action. */
  recovered?: boolean | null;
  mttr_s?: number | null;
  escalated?: boolean | null;
  /** Undetected, but an earlier open event on a related service was updated during the fault. */
  absorbed_by?: string;
  injection_error?: string;
}

export interface ScenarioScore {
  name: string;
  /** Seconds this scenario waited for its stack at its turn. */
  startup_s: number;
  /** Its stack was started ahead, at idle priority, while the scenario before ran. */
  started_ahead: boolean;
  observed_h: number;
  faults: FaultScore[];
  decoys: Array<{ kind: string; service: string }>;
  false_positives: number;
  /** Escalations a person should not have received (null when escalation was off). */
  false_escalations: number | null;
  warmup_events: number;
  events: EventRow[];
  traffic: RunResult['traffic'];
  error?: string;
}

export function scoreRun(s: Scenario, run: RunResult, o: { timeScale: number; stepMs: number }): ScenarioScore {
  const scaled = (ms: number) => ms * o.timeScale;
  const slop = 2 * o.stepMs;
  const real = realFaults(s).map(({ fault, expect, index }) => {
    const inj = run.injected.find((i) => i.kind === fault.kind && i.service === fault.service) ?? { startedAt: run.t0 + scaled(fault.at), durationMs: scaled(fault.duration), error: 'not injected' };
    return { fault, expect, index, start: inj.startedAt, end: inj.startedAt + inj.durationMs, error: inj.error, callers: ancestors(fault.service) };
  });
  const attributed = new Map<string, number>();
  const rows: EventRow[] = run.events.map((d) => {
    const e = d.event;
    const opened = Date.parse(e.created_at);
    const root = d.diagnoses[0]?.explanation?.rootCause?.service ?? null;
    const svc = e.service_name ?? '';
    let best: { i: number; rank: number } | null = null;
    real.forEach((f, i) => {
      if (opened < f.start - slop || opened > f.end + scaled(f.expect.detect_within) + slop) return;
      const rank = svc === f.fault.service ? 0 : rootMatches(root, f.expect.root_service) ? 1 : f.callers.has(svc) ? 2 : -1;
      if (rank < 0) return;
      if (!best || rank < best.rank) best = { i, rank };
    });
    const b = best as { i: number; rank: number } | null;
    if (b) attributed.set(e.id, b.i);
    return {
      id: e.id,
      severity: e.severity,
      service: e.service_name,
      category: d.diagnoses[0]?.category ?? null,
      root,
      diagnoses: d.diagnoses.length,
      opened_s: Math.round((opened - run.t0) / o.timeScale / 100) / 10,
      message: e.message,
      status: e.status,
      attributed_to: b ? `${real[b.i].fault.kind}@${real[b.i].fault.service}` : null,
      false_positive: !b && HIGH.has(e.severity),
    };
  });
  const byId = new Map(run.events.map((d) => [d.event.id, d] as const));
  const faults: FaultScore[] = real.map((f, i) => {
    const mine = run.events.filter((d) => attributed.get(d.event.id) === i);
    const inTime = mine.filter((d) => Date.parse(d.event.created_at) <= f.start + scaled(f.expect.detect_within) + slop);
    const first = inTime[0] ?? null;
    const d = first ? byId.get(first.event.id)! : null;
    const category = d?.diagnoses[0]?.category ?? null;
    const root = d?.diagnoses[0]?.explanation?.rootCause?.service ?? null;
    let absorbed: string | undefined;
    if (!first) {
      const hit = run.events.find((x) => {
        const svc = x.event.service_name ?? '';
        if (svc !== f.fault.service && !f.callers.has(svc)) return false;
        if (Date.parse(x.event.created_at) >= f.start) return false;
        const closed = x.event.closed_at ? Date.parse(x.event.closed_at) : Infinity;
        return closed > f.start && x.diagnoses.some((dx) => Date.parse(dx.created_at) >= f.start && Date.parse(dx.created_at) <= f.end + slop);
      });
      if (hit) absorbed = `${hit.event.id.slice(0, 8)} (${hit.event.severity} ${hit.event.service_name}, opened before the fault; now ${hit.diagnoses[0]?.category ?? '-'})`;
    }
    const ttdReal = first ? Math.max(0, Date.parse(first.event.created_at) - f.start) / 1000 : null;
    const recovery = run.recovery ? recoveryOf(f, mine.map((x) => x.event.id), run, o.timeScale) : {};
    return {
      kind: f.fault.kind,
      service: f.fault.service,
      detected: !!first,
      time_to_detect_s: ttdReal === null ? null : round1(ttdReal / o.timeScale),
      time_to_detect_real_s: ttdReal === null ? null : round1(ttdReal),
      incidents: mine.length,
      category,
      expected_category: f.expect.category,
      category_ok: first ? category === f.expect.category : null,
      root_service: root,
      expected_root_service: f.expect.root_service,
      root_service_ok: first ? rootMatches(root, f.expect.root_service) : null,
      event_id: first?.event.id ?? null,
      ...recovery,
      ...(absorbed ? { absorbed_by: absorbed } : {}),
      ...(f.error ? { injection_error: f.error } : {}),
    };
  });
  return {
    name: s.name,
    startup_s: round1(run.startupMs / 1000),
    started_ahead: run.startedAhead,
    observed_h: (s.warmup + s.observe) / 3_600_000,
    faults,
    decoys: s.faults.filter((f) => isDecoy(f.kind)).map((f) => ({ kind: f.kind, service: f.service })),
    false_positives: rows.filter((r) => r.false_positive).length,
    false_escalations: run.escalations === null ? null : run.escalations.filter((x) => {
      const i = attributed.get(x.incidentId);
      return i === undefined || !real[i].expect.escalate;
    }).length,
    warmup_events: rows.filter((r) => r.opened_s < 0).length,
    events: rows,
    traffic: run.traffic,
    ...(run.error ? { error: run.error } : {}),
  };
}

export interface Summary {
  detection_rate: number | null;
  time_to_detect_p50_s: number | null;
  time_to_detect_p95_s: number | null;
  incidents_per_fault: number | null;
  category_accuracy: number | null;
  root_service_accuracy: number | null;
  false_positive_events_per_hour: number | null;
  automated_recovery_rate: number | null;
  mttr_p50_s: number | null;
  mttr_p95_s: number | null;
  false_escalations: number | null;
}

/** Runs whose stack failed measure the machine, not Homeostat: they are left out (and listed). */
export function summarize(all: ScenarioScore[]): Summary {
  const scores = all.filter((s) => !s.error);
  const faults = scores.flatMap((s) => s.faults);
  const detected = faults.filter((f) => f.detected);
  const ttd = detected.map((f) => f.time_to_detect_s!).sort((a, b) => a - b);
  const hours = scores.reduce((a, s) => a + s.observed_h, 0);
  const recoverable = faults.filter((f) => f.recovered === true || f.recovered === false);
  const mttr = recoverable.filter((f) => f.recovered).map((f) => f.mttr_s!).sort((a, b) => a - b);
  const withEscalation = scores.filter((s) => s.false_escalations !== null);
  const frac = (n: number, d: number) => (d ? round3(n / d) : null);
  return {
    detection_rate: frac(detected.length, faults.length),
    time_to_detect_p50_s: percentile(ttd, 0.5),
    time_to_detect_p95_s: percentile(ttd, 0.95),
    incidents_per_fault: detected.length ? round3(detected.reduce((a, f) => a + f.incidents, 0) / detected.length) : null,
    category_accuracy: frac(detected.filter((f) => f.category_ok).length, detected.length),
    root_service_accuracy: frac(detected.filter((f) => f.root_service_ok).length, detected.length),
    false_positive_events_per_hour: hours ? round3(scores.reduce((a, s) => a + s.false_positives, 0) / hours) : null,
    automated_recovery_rate: frac(recoverable.filter((f) => f.recovered).length, recoverable.length),
    mttr_p50_s: percentile(mttr, 0.5),
    mttr_p95_s: percentile(mttr, 0.95),
    false_escalations: withEscalation.length ? withEscalation.reduce((a, s) => a + (s.false_escalations ?? 0), 0) : null,
  };
}

type RealFault = { fault: { kind: string; service: string }; expect: { actions: string[]; escalate: boolean }; start: number; end: number };

function recoveryOf(f: RealFault, eventIds: string[], run: RunResult, timeScale: number): Pick<FaultScore, 'actions_run' | 'recovered' | 'mttr_s' | 'escalated'> {
  const ids = new Set(eventIds);
  const mine = run.executions.filter((x) => ids.has(x.error_event_id)).sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  const fixed = mine.find(
    (x) => x.execution_status === 'COMPLETED' && x.success === true && !x.dry_run && x.completed_at !== null
      && Date.parse(x.completed_at) <= f.end && (f.expect.actions.length === 0 || f.expect.actions.includes(x.action)),
  );
  const scored = f.expect.actions.length > 0 && !f.expect.escalate;
  return {
    actions_run: mine.map((x) => `${x.action}:${x.execution_status}`),
    recovered: scored ? !!fixed : null,
    mttr_s: fixed ? round1((Date.parse(fixed.completed_at!) - f.start) / 1000 / timeScale) : null,
    escalated: run.escalations === null ? null : run.escalations.some((x) => ids.has(x.incidentId)),
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

// Labelled diagnosis corpus: each case is one fault scenario in its own time slot (baseline
// traffic, then incident traffic with the fault in a share of traces, decoy noise throughout),
// plus the event detection would raise for it, with exemplar traces and scores.

import { randomUUID } from 'node:crypto';
import type { SpanRow } from '../../src/diagnose/graph-types.ts';
import type { Category, DetectedEvent } from '../../src/records.ts';
import { buildTrace, nextTraceId, type LogSpec } from './diagnose-traces.ts';
import { SCENARIOS, VENDORS, type Scenario } from './diagnose-scenarios.ts';
import { buildShop } from './diagnose-topology.ts';
import { Rng } from './patterns-rng.ts';

export interface Case {
  scenario: Scenario;
  truth: { category: Category; root: string };
  obscured: boolean;
  event: DetectedEvent;
  spans: SpanRow[];
  logs: LogSpec[];
}

export interface CorpusOptions {
  cases: number;
  seed: number;
  nowMs: number;
  /** Time slot of the first case; slots are SLOT_MS apart going back from now. */
  firstSlot: number;
  tracesPerWindow?: number;
  obscuredShare?: number;
}

export const SLOT_MS = 50 * 60_000;
const ENDPOINT: Record<string, string> = { frontend: 'GET /checkout', checkout: 'POST /checkout', orders: 'GET /orders', payments: 'POST /charge' };

export function generateCorpus(o: CorpusOptions): Case[] {
  const rng = new Rng(o.seed);
  const per = o.tracesPerWindow ?? 30;
  const out: Case[] = [];
  for (let i = 0; i < o.cases; i++) {
    const scenario = SCENARIOS[(i + o.seed) % SCENARIOS.length];
    const vendor = rng.pick(VENDORS);
    const t = o.nowMs - (o.firstSlot + i + 1) * SLOT_MS;
    const obscured = rng.next() < (o.obscuredShare ?? 0.35);
    const spans: SpanRow[] = [];
    const logs: LogSpec[] = [];

    for (let k = 0; k < per; k++) spans.push(...buildTrace(nextTraceId(), t - 35 * 60_000 + k * 50_000, buildShop(rng, vendor).root));
    const baselineRows = spans.length;

    const rate = scenario.signal === 'latency' ? 0.5 + 0.5 * rng.next() : 0.2 + 0.5 * rng.next();
    // A third of incidents coincide with an unrelated blip of the noisy decoy.
    const noise = rng.next() < 0.33 ? { decoyErrorRate: 0.6, decoySlowdown: 3 } : {};
    const decoyTraces: string[] = [];
    const planted: string[] = [];
    for (let k = 0; k < per; k++) {
      const shop = buildShop(rng, vendor, noise);
      const traceId = nextTraceId();
      if (shop.node.recommendation.status === 'Error') decoyTraces.push(traceId);
      const at = t - 4 * 60_000 + k * 8_000;
      const hit = rng.next() < rate;
      const plant = hit ? scenario.plant(shop, rng, obscured) : {};
      const rows = buildTrace(traceId, at, shop.root);
      spans.push(...rows);
      if (hit) planted.push(traceId);
      if (plant.log) {
        const owner = rows.find((r) => r.service === plant.log!.service) ?? rows[0];
        logs.push({ traceId, spanId: owner.spanId, service: plant.log.service, timeMs: at + 1, severity: 'ERROR', body: plant.log.body, ...(plant.log.attrs ? { attrs: plant.log.attrs } : {}) });
      }
    }
    const service = rng.pick(scenario.eventServices);
    out.push({
      scenario,
      truth: { category: scenario.category, root: scenario.root(vendor) },
      obscured,
      event: makeEvent(rng, scenario, service, t, spans.slice(0, baselineRows), spans.slice(baselineRows), exemplarsFor(rng, planted, decoyTraces), logs),
      spans,
      logs,
    });
  }
  return out;
}

function makeEvent(
  rng: Rng, scenario: Scenario, service: string, t: number,
  baseline: SpanRow[], incident: SpanRow[], planted: string[], logs: LogSpec[],
): DetectedEvent {
  const endpoint = ENDPOINT[service] ?? 'GET /';
  const entry = (rows: SpanRow[]) => rows.filter((r) => r.service === service && r.kind === 'Server');
  let seriesKey: string;
  let message: string;
  let category: Category;
  let values: Array<[number, number]>;
  let expected: number;
  const extra: Record<string, unknown> = {};
  if (scenario.signal === 'latency') {
    const p95 = (rows: SpanRow[]) => quantile(entry(rows).map((r) => r.durationMs), 0.95);
    expected = p95(baseline);
    const now = p95(incident);
    seriesKey = `span|${service}|${endpoint}|p95_ms`;
    values = [[t - 60_000, expected], [t, now]];
    message = `p95 latency of ${service} ${endpoint} is ${Math.round(now)} ms (expected ${Math.round(expected)} ms)`;
    category = 'PERFORMANCE';
  } else {
    const ratio = (rows: SpanRow[]) => {
      const e = entry(rows);
      return e.length ? e.filter((r) => r.status === 'Error').length / e.length : 0;
    };
    expected = ratio(baseline);
    const now = ratio(incident);
    const fromLogs = logs.length > 0 && rng.next() < 0.3;
    if (fromLogs) {
      seriesKey = `log|${logs[0].service}|ERROR|rate`;
      message = logs[0].body;
      if (logs[0].attrs?.['exception.type']) extra.exceptionType = logs[0].attrs['exception.type'];
    } else {
      seriesKey = `span|${service}|${endpoint}|error_rate`;
      message = `error rate of ${service} ${endpoint} is ${now.toFixed(2)} (expected ${expected.toFixed(2)})`;
    }
    values = [[t - 60_000, expected], [t, now]];
    category = fromLogs ? 'UNKNOWN' : 'API';
  }
  return {
    id: randomUUID(),
    action: 'open',
    fingerprint: `${seriesKey}#${t}`,
    severity: rng.pick(['MEDIUM', 'HIGH', 'CRITICAL'] as const),
    category,
    message,
    sourceComponent: 'detect',
    serviceName: service,
    seriesKey,
    openedAt: t - 3 * 60_000,
    updatedAt: t,
    context: {
      series: seriesKey,
      values,
      baselines: { expected },
      scores: { combined: 0.8 + 0.2 * rng.next(), spike: rng.next(), multivariate_isolation: 0.5 + 0.5 * rng.next() },
      exemplarTraceIds: planted.slice(0, 3),
      ...extra,
    },
  };
}

/** What detection hands over is imperfect: sometimes no exemplars, sometimes a decoy trace among them. */
function exemplarsFor(rng: Rng, planted: string[], decoy: string[]): string[] {
  const r = rng.next();
  if (r < 0.25) return [];
  const picked = planted.slice(0, 3);
  if (r < 0.4 && decoy.length > 0) picked.unshift(decoy[0]);
  return picked;
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

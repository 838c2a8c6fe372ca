// One diagnosis, end to end: read the trace window around the event, locate the root cause
// on the trace graph, measure the impact, run the rules over the event plus the origin
// span's attributes, let the model weigh in, fuse, explain. Storage and fan-out live in
// stage.ts; this function only needs a way to read traces, so the bench and tests drive it
// directly.

import { randomUUID } from 'node:crypto';
import type { DetectedEvent } from '../records.ts';
import type { TemplateMiner } from '../patterns/index.ts';
import { fuse } from './classifier-fusion.ts';
import type { CategoryClassifier, Prediction } from './classifier.ts';
import { buildDiagnosisInput, memoryIncident, ownResource, signalOf } from './diagnosis-input.ts';
import type { Diagnosis, Impact, RootCause } from '../records.ts';

import { explain } from './explain.ts';
import { extractFeatures, FEATURE_VERSION } from './features.ts';
import { awaitsAnswer, groupTraces, rankRootCauses } from './graph.ts';
import type { Busyness, TraceWindow, WindowRequest } from './graph-query.ts';
import type { RootCandidate, SpanRow } from './graph-types.ts';
import { computeImpact } from './impact.ts';
import { evaluateRules, type CompiledRule } from './rules/index.ts';

export interface EngineWindows {
  /** Incident window starts this long before the event opened... */
  lookbackMs: number;
  /** ...and ends this long after its last update. */
  afterMs: number;
  /** Baseline window, ending where the incident window starts. */
  baselineMs: number;
  maxTraces: number;
  /**
   * When none of the traces detection pointed at is stored yet, the window is read once more
   * after this long. A log record reaches detection before its request's spans (SDKs batch
   * spans for seconds; the OpenTelemetry default is 5 s), and a diagnosis of the message alone
   * (a refused connection: NETWORK) is not what the spans would say (the database's pool).
   */
  traceWaitMs: number;
}

/** How often the window is read again while the records' traces are on their way. */
const TRACE_POLL_MS = 500;

export const DEFAULT_WINDOWS: EngineWindows = { lookbackMs: 5 * 60_000, afterMs: 60_000, baselineMs: 30 * 60_000, maxTraces: 100, traceWaitMs: 5_000 };

export interface EngineDeps {
  rules: readonly CompiledRule[];
  /** Reads traces and logs; null runs on the event alone (the rules-only reference does). */
  fetchWindow: ((req: WindowRequest) => Promise<TraceWindow>) | null;
  classifier: CategoryClassifier | null;
  miner: TemplateMiner | null;
  confidenceThreshold: number;
  windows?: Partial<EngineWindows>;
  now?: () => number;
}

/** The rules' version, recorded in classifier_version (with the model's version when one weighed in). */
export const RULES_VERSION = 'rules-v1';

const EMPTY_IMPACT: Impact = { affectedServices: [], affectedEndpoints: [], systemImpact: 0, userFacing: false, affectedTraces: 0, sampledTraces: 0 };

export async function diagnoseEvent(event: DetectedEvent, deps: EngineDeps): Promise<Diagnosis> {
  const w = { ...DEFAULT_WINDOWS, ...deps.windows };
  const signal = signalOf(event);
  const exemplars = (event.context?.exemplarTraceIds ?? []).filter((t): t is string => typeof t === 'string');

  let window: TraceWindow | null = null;
  let degraded: string | undefined;
  if (deps.fetchWindow) {
    const opened = Number.isFinite(event.openedAt) ? event.openedAt : Date.now();
    const updated = Number.isFinite(event.updatedAt) ? Math.max(event.updatedAt, opened) : opened;
    const req: WindowRequest = {
      service: event.serviceName,
      fromMs: Math.round(opened - w.lookbackMs),
      onsetMs: Math.round(opened),
      toMs: Math.round(updated + w.afterMs),
      baselineMs: w.baselineMs,
      exemplarTraceIds: exemplars,
      maxTraces: w.maxTraces,
      busy: signal === 'latency',
      memory: memoryIncident(event),
    };
    try {
      window = await deps.fetchWindow(req);
      // The records' traces tell where they failed once the reporting service's own spans of
      // them are stored (the logs come first; spans are exported in batches, each service its
      // own). Read earlier, a trace holds only what others exported (the frontend's session
      // check at auth), and the diagnosis would blame that. Likewise a failed call the callee
      // answered: until the callee's spans are stored, "inventory answered 503" hides that
      // inventory's database refused it. Read again until then, a while at most.
      const pointedAt = new Set(exemplars);
      const stored = (win: TraceWindow) => {
        if (!win.incident.some((s) => pointedAt.has(s.traceId) && s.service === event.serviceName)) return false;
        return !groupTraces(win.incident.filter((s) => pointedAt.has(s.traceId)), win.incident).some(awaitsAnswer);
      };
      for (let waited = 0; pointedAt.size > 0 && waited < w.traceWaitMs && !stored(window); ) {
        const pause = Math.min(TRACE_POLL_MS, w.traceWaitMs - waited);
        await new Promise((r) => setTimeout(r, pause));
        waited += pause;
        window = await deps.fetchWindow(req);
      }
    } catch (err) {
      // Diagnosis still helps without traces (rules over the event); say so instead of failing.
      degraded = `trace data unavailable: ${(err as Error)?.message ?? String(err)}`.slice(0, 300);
    }
    degraded ??= window?.busyUnavailable;
  }

  const own = window ? ownTraces(event, window.incident, exemplars) : [];
  const ranked = window ? rankRootCauses(own, window.baseline, { signal, exemplarTraceIds: exemplars, scopeService: event.serviceName, window: window.incident }) : [];
  const candidates = ownResource(event) ? reporterFirst(event, ranked) : signal === 'latency' ? busiestFirst(ranked, window?.busy ?? []) : ranked;
  const root: RootCandidate | null = candidates[0] ?? null;
  const impact = window && root
    ? computeImpact(window.incident, root.node, {
        signal,
        baselineSelfMsPerTrace: root.evidence.baselineSelfMsPerTrace,
        sampledTraceIds: window.sampledTraceIds,
        trafficShare: window.trafficShare,
      })
    : null;

  const { input, originSpan } = buildDiagnosisInput({ event, signal, root, incident: own, window: window?.incident ?? [], baseline: window?.baseline ?? [], logs: window?.logs ?? [], statements: window?.statements, memoryGrowth: window?.memoryGrowth, impact });
  const rule = evaluateRules(deps.rules, input);

  let template: Diagnosis['template'] = null;
  if (deps.miner && input.message) {
    const t = deps.miner.add(input.message, event.updatedAt);
    template = { signature: t.signature, text: t.template };
  }
  const features = extractFeatures({ event, signal, rule, input, root, impact, template: template?.text });

  let model: Prediction | null = null;
  if (deps.classifier) {
    try {
      model = deps.classifier.predict(features);
    } catch {
      model = null;
    }
  }
  const fusion = fuse(rule, model, deps.classifier?.doc.holdoutAccuracy ?? null);
  const exemplarTraceIds = root?.evidence.exemplarTraceIds.length ? root.evidence.exemplarTraceIds : exemplars.slice(0, 5);

  // A dependency without telemetry cannot be restarted or paged: name the service that calls it too.
  const caller = root && originSpan && originSpan.service !== root.node.id ? originSpan.service : null;
  const rootCause: RootCause = root
    ? {
        service: root.node.id,
        ...(caller ? { caller } : {}),
        kind: root.node.kind,
        score: root.score,
        evidence: root.evidence,
        alternatives: candidates.slice(1).map((c) => ({ service: c.node.id, kind: c.node.kind, score: c.score })),
      }
    : { service: event.serviceName, kind: 'service', score: 0, evidence: null, alternatives: [] };

  // Causes and actions come from the rules; when the model overrides the rule's category, use
  // the best matching rule of the chosen category, if any fired.
  const sameCategory = rule.matches.find((m) => m.category === fusion.category);
  const causes = sameCategory ?? (rule.category === fusion.category ? rule : null);

  return {
    id: randomUUID(),
    eventId: event.id,
    fingerprint: event.fingerprint,
    action: event.action,
    serviceName: event.serviceName,
    category: fusion.category,
    probableCauses: causes ? [...causes.probableCauses] : [],
    recommendedActions: causes ? [...causes.recommendedActions] : [],
    confidence: fusion.confidence,
    rootCause,
    impact: impact ?? EMPTY_IMPACT,
    needsApproval: fusion.confidence < deps.confidenceThreshold,
    classifierVersion: deps.classifier ? `${RULES_VERSION}+${deps.classifier.version}` : RULES_VERSION,
    explanation: explain({
      fusion, rule, model, modelVersion: deps.classifier?.version ?? null, root, originSpan, impact,
      exemplarTraceIds, threshold: deps.confidenceThreshold, degraded,
    }),
    rule: { id: rule.ruleId, category: rule.category, confidence: rule.confidence },
    model: model && deps.classifier ? { version: deps.classifier.version, category: model.category, probability: model.probability } : null,
    disagreement: fusion.disagreement,
    features,
    featureVersion: FEATURE_VERSION,
    template,
    exemplarTraceIds,
    diagnosedAt: (deps.now ?? Date.now)(),
    ...(degraded ? { degraded } : {}),
  };
}

const NO_EVIDENCE: RootCandidate['evidence'] = {
  spans: 0, errorSpans: 0, errorRatio: 0, baselineErrorRatio: 0, originRate: 0, baselineOriginRate: 0,
  latencyRatio: 0, selfMsPerTrace: 0, baselineSelfMsPerTrace: 0, p50Ms: 0, baselineP50Ms: 0, exemplarTraceIds: [],
};

function reporterFirst(event: DetectedEvent, ranked: readonly RootCandidate[]): RootCandidate[] {
  const service = event.serviceName;
  const own = ranked.find((c) => c.node.id === service && c.node.kind === 'service');
  const because = `its own resource series ${JSON.stringify(event.seriesKey.split('|')[2] ?? '')} is what paged`;
  const first: RootCandidate = own ? { ...own, because } : { node: { id: service, kind: 'service' }, score: 0, evidence: NO_EVIDENCE, because };
  return [first, ...ranked.filter((c) => c !== own)];
}

/** A process at least this busy (event loop or CPU, 0..1) since the onset... */
const BUSY_MIN = 0.4;
/** ...and this many times busier than before it is saturated. */
const BUSY_RATIO = 3;
/** Utilisation below this before the onset counts as this (an idle process tripling is not news). */
const BUSY_FLOOR = 0.05;

/**
 * Slow requests while a process of the system is saturated: a busy event loop or CPU slows all
 * it serves, and on a shared host every process beside it, so the spans that got long can be
 * anyone's (a client span to a third party waits for the starved caller as much as for the
 * callee). The saturated process is the root unless the trace graph already names it; one
 * whose requests are not in the incident's window at all still counts, as a neighbour.
 */
function busiestFirst(ranked: readonly RootCandidate[], busy: readonly Busyness[]): RootCandidate[] {
  const ratioOf = (b: Busyness) => b.incident / Math.max(b.baseline, BUSY_FLOOR);
  let best: Busyness | null = null;
  for (const b of busy) {
    if (b.incident < BUSY_MIN || ratioOf(b) < BUSY_RATIO) continue;
    if (!best || b.incident - b.baseline > best.incident - best.baseline) best = b;
  }
  if (!best) return [...ranked];
  const own = ranked.find((c) => c.node.id === best!.service && c.node.kind === 'service');
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const because = `its ${best.metric} was ${pct(best.incident)} since the onset against ${pct(best.baseline)} before: a saturated process slows what it serves and what shares its host`;
  const busyInfo = { metric: best.metric, incident: round4(best.incident), baseline: round4(best.baseline), ratio: round4(ratioOf(best)) };
  const first: RootCandidate = own ? { ...own, because, busy: busyInfo } : { node: { id: best.service, kind: 'service' }, score: 0, evidence: NO_EVIDENCE, because, busy: busyInfo };
  return [first, ...ranked.filter((c) => c !== own)];
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Distinct traces of its own records below which the service's own failing traces are added. */
const MIN_OWN_TRACES = 3;

/**
 * The spans a diagnosis reads. An incident opened by a log finding (a new or bursting error
 * signature, a FATAL record) is about the records detection saw: their traces say where those
 * errors came from. The service's other traces in the window may be failing for another reason
 * at the same time (a database outage while sessions expire), and would outvote them. While too
 * few of the records' traces are stored (the logs arrive first; their spans are still being
 * exported), the traces in which the service itself failed stand in for them: every trace of the
 * window would let whatever else fails there decide. A series incident is about all of the
 * service's requests, so it reads them all.
 */
function ownTraces(event: DetectedEvent, spans: readonly SpanRow[], exemplars: readonly string[]): readonly SpanRow[] {
  const kind = event.context?.detectKind;
  if ((kind !== 'signature' && kind !== 'fatal') || exemplars.length === 0) return spans;
  const ids = new Set(exemplars);
  const stored = new Set(spans.filter((s) => ids.has(s.traceId)).map((s) => s.traceId));
  if (stored.size < MIN_OWN_TRACES) {
    // Its own work failed (a call it made that failed is the callee's answer, e.g. a 401).
    for (const s of spans) if (s.service === event.serviceName && s.status === 'Error' && s.kind !== 'Client' && s.kind !== 'Producer') stored.add(s.traceId);
  }
  return stored.size > 0 ? spans.filter((s) => stored.has(s.traceId)) : spans;
}

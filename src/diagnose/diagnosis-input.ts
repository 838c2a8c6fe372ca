// Maps a detected event plus what the trace graph found into the rules engine's input:
// the message, exception and semantic-convention attributes of the span where the problem
// originates (and its caller's client span), error logs of the exemplar traces, and the
// measurements the default rules expect (response_time in s, error_rate, latency_ratio,
// system_impact as fractions).

import type { DetectedEvent } from '../records.ts';
import { errorOrigins, groupTraces, httpStatus, median, nodeOf, selfTimeMs, type Signal } from './graph.ts';
import type { LogRow, MemoryGrowth, StatementTimes } from './graph-query.ts';
import type { RootCandidate, SpanRow } from './graph-types.ts';
import type { Impact } from './impact.ts';
import type { DiagnosisInput } from './rules/index.ts';

// Rules read at most 4096 characters with regexes; a little more leaves `contains` some room
// without carrying megabytes through diagnosis.
export const MESSAGE_CAP = 8192;

export function signalOf(event: DetectedEvent): Signal {
  const last = event.seriesKey.split('|').pop() ?? '';
  return /p\d{2}|latency|duration|_ms$|_seconds$/i.test(last) ? 'latency' : 'errors';
}

/**
 * A resource gauge (memory, CPU, disk of a process) that pages is about the process reporting
 * it, not about the requests failing around it.
 */
export function ownResource(event: DetectedEvent): boolean {
  return event.category === 'RESOURCE' && event.seriesKey.startsWith('metric|');
}

/** A memory gauge of a process or container opened the incident (`metric|svc|process.memory.utilization|…`). */
export function memoryIncident(event: DetectedEvent): boolean {
  return ownResource(event) && resourceKind(event.seriesKey) === 'memory';
}

/** Which resource rule a metric series (`metric|svc|<name>|…`) feeds, by its name; null for none. */
function resourceKind(seriesKey: string): 'cpu' | 'pool_usage' | 'memory' | 'disk' | null {
  const name = seriesKey.split('|')[2] ?? '';
  if (/cpu|event_?loop\.utili[sz]ation/i.test(name)) return 'cpu';
  // A connection pool's share in use (detection derives db.client.connection.utilization).
  if (/connection\.utili[sz]ation|pool/i.test(name)) return 'pool_usage';
  if (/mem/i.test(name)) return 'memory';
  if (/disk|filesystem/i.test(name)) return 'disk';
  return null;
}

export interface InputSource {
  event: DetectedEvent;
  signal: Signal;
  root: RootCandidate | null;
  incident: readonly SpanRow[];
  /** Spans of the window before the incident; only the database-time comparison reads them. */
  baseline?: readonly SpanRow[];
  /**
   * Every incident-window span of the service, when `incident` is narrowed to the records'
   * own traces: statement time is the service's, and the slow statements behind a pool
   * timeout are not in the traces that timed out.
   */
  window?: readonly SpanRow[];
  logs: readonly LogRow[];
  /** Statement time per service over the whole windows; preferred to the sampled spans when present. */
  statements?: readonly StatementTimes[];
  /** Where the service's memory went, for a memory incident. */
  memoryGrowth?: MemoryGrowth;
  impact: Impact | null;
}

export interface BuiltInput {
  input: DiagnosisInput;
  /** The span the attributes came from, for the explanation. */
  originSpan: SpanRow | null;
}

export function buildDiagnosisInput(src: InputSource): BuiltInput {
  const { event, root } = src;
  const ctx = (event.context ?? {}) as Record<string, unknown>;
  // A resource gauge that paged is judged on its own numbers: the window's failing requests
  // (a peer's resets, a client's 401s) are someone else's story and would outrank it.
  const own = ownResource(event);
  const origin = root && !own ? originSpan(src.incident, root.node.id, event.context?.exemplarTraceIds ?? [], src.signal !== 'latency') : null;
  const where = origin ? new Set([origin.span.service, ...(root?.node.kind === 'service' ? [root.node.id] : [])]) : null;
  const logs = src.signal === 'latency' ? toldByLatency(src.logs, origin?.span.traceId, where, src.window ?? src.incident) : src.logs;
  const log = own ? undefined : pickLog(logs, origin?.span ?? null, root?.node.id, event.serviceName);

  const attributes = Object.create(null) as Record<string, string>;
  if (log) assign(attributes, log.attributes);
  if (origin?.caller) assign(attributes, origin.caller.attributes);
  if (origin) {
    assign(attributes, origin.span.attributes);
    if (origin.span.exception) assign(attributes, origin.span.exception);
    if (origin.span.status === 'Error') attributes['otel.status_code'] = 'ERROR';
  }
  if (root) attributes['service.name'] = root.node.kind === 'service' ? root.node.id : event.serviceName;
  // What the root is (service, database, messaging, external): rules tell a third party that
  // answers with errors (INTEGRATION) from a service of one's own failing.
  if (root) attributes['root.kind'] = root.node.kind;

  const exceptionType = str(ctx.exceptionType) || attributes['exception.type'] || undefined;
  const exceptionMessage = str(ctx.exceptionMessage) || attributes['exception.message'] || undefined;
  // The span's own words first; the error log written in the same trace is added when it says
  // something else, because instrumentations often replace the cause with a generic status
  // ("PostgreSQL error of type 'Error' occurred") that the service's own log still names.
  const spanMessage = first(str(ctx.exceptionMessage), origin?.span.exception?.['exception.message'], origin?.span.statusMessage);
  const logMessage = log && (!origin || log.traceId === origin.span.traceId || !spanMessage) ? log.body : '';
  const message = cap(
    spanMessage && logMessage && !spanMessage.includes(logMessage)
      ? `${spanMessage}\n${logMessage}`
      : first(spanMessage, logMessage, log?.body, withoutNames(event)),
  );

  const metrics = Object.create(null) as Record<string, number>;
  const values = event.context?.values ?? [];
  const last = values.length > 0 ? Number(values[values.length - 1][1]) : NaN;
  const baselines = event.context?.baselines ?? {};
  // Detection's baselines (seasonal, EWMA, median) in order of preference; other producers may say `expected`.
  const expected = [baselines.expected, baselines.seasonal_expected, baselines.ewma_expected, baselines.median, baselines.mean, baselines.baseline]
    .map(Number)
    .find((x) => Number.isFinite(x) && x > 0) ?? NaN;
  if (src.signal === 'latency') {
    if (Number.isFinite(last) && /_ms$/i.test(event.seriesKey)) metrics.response_time = last / 1000;
    else if (Number.isFinite(last) && /_seconds$/i.test(event.seriesKey)) metrics.response_time = last;
    if (Number.isFinite(last) && expected > 0) metrics.latency_ratio = last / expected;
  } else if (Number.isFinite(last) && last >= 0 && last <= 1 && /error|fail/i.test(event.seriesKey)) {
    metrics.error_rate = last;
  }
  if (root) {
    metrics.error_rate ??= root.evidence.errorRatio;
    if (root.evidence.latencyRatio > 0) metrics.latency_ratio ??= root.evidence.latencyRatio;
  }
  if (src.impact) metrics.system_impact = src.impact.systemImpact;
  const dbRatio = src.statements?.length
    ? statementRatio(src.statements, servicesOf(src.window ?? src.incident, event.serviceName))
    : dbQueryRatio(src.window ?? src.incident, src.baseline ?? []);
  if (Number.isFinite(dbRatio)) metrics.db_query_ratio = dbRatio;
  // Resource metric series (`metric|svc|system.cpu.utilization|...`) feed the cpu/memory rules,
  // at their peak in the incident: an update after the gauge eased is about the same saturation.
  const resource = event.seriesKey.startsWith('metric|') ? peakOf(values, last) : NaN;
  if (Number.isFinite(resource) && resource >= 0 && resource <= 1) {
    const kind = resourceKind(event.seriesKey);
    if (kind) metrics[kind] = resource;
    // A CPU that paged far over its usual level while under its limit: how busy, and how much more
    // than its window's median, as for a saturated process found behind slow requests (below).
    const usual = Number(baselines.median);
    if (kind === 'cpu' && usual > 0) {
      metrics.busy = resource;
      metrics.busy_ratio = resource / usual;
    }
  }
  // Against the operator's limit (memory 85 %, CPU 80 % by default) and the trend's forecast:
  // a leak is a memory problem before it reaches 90 %, and the detector has already said so.
  if (Number.isFinite(resource)) {
    const limit = Number(baselines.limit);
    if (limit > 0) metrics.limit_ratio = resource / limit;
    const tte = Number(baselines.time_to_exhaustion_ms);
    if (Number.isFinite(tte) && tte >= 0) metrics.exhaustion_s = tte / 1000;
  }
  // Of the memory the service gained, the share its caches gained: a bloating cache holds most
  // of it, a leak leaves the caches as they were.
  const g = src.memoryGrowth;
  if (g && g.service === event.serviceName && g.memoryBytes > 0 && metrics.memory !== undefined) metrics.cache_share = g.cacheBytes / g.memoryBytes;
  // A saturated process named the root (engine's busiestFirst): how busy, and how much more than before.
  if (root?.busy) {
    metrics.busy = root.busy.incident;
    metrics.busy_ratio = root.busy.ratio;
  }
  for (const k of ['cpu', 'memory', 'disk']) {
    const x = Number(ctx[k]);
    if (typeof ctx[k] === 'number' && Number.isFinite(x)) metrics[k] = x;
  }

  const input: DiagnosisInput = {
    message,
    ...(exceptionType ? { exceptionType: cap(exceptionType) } : {}),
    ...(exceptionMessage ? { exceptionMessage: cap(exceptionMessage) } : {}),
    service: event.serviceName,
    series: event.seriesKey,
    categoryHint: event.category,
    attributes,
    metrics,
  };
  return { input, originSpan: origin?.span ?? null };
}

/**
 * The span where the root's trouble shows, whose words and attributes the rules read: in the
 * event's exemplar traces first, an error origin charged to the root, else the root's span with
 * the most self time. A latency incident goes by time alone: the few requests a service always
 * refuses (a 401 for an expired session) are not why it got slow, and their status would decide.
 */
function originSpan(rows: readonly SpanRow[], rootId: string, exemplars: readonly string[], errorsFirst: boolean): { span: SpanRow; caller: SpanRow | null } | null {
  const preferred = new Set(exemplars);
  const trees = groupTraces(rows).sort((a, b) => Number(preferred.has(b.traceId)) - Number(preferred.has(a.traceId)));
  // Where the time went: a request that was answered as usual first (a refusal is not what got slow).
  type Slow = { span: SpanRow; caller: SpanRow | null; self: number };
  let slow: Slow | null = null;
  let slowRefused: Slow | null = null;
  for (const tree of trees) {
    const hit = errorsFirst ? errorOrigins(tree).find((s) => nodeOf(s, tree).id === rootId) : undefined;
    if (hit) return { span: hit, caller: callerOf(hit, tree.byId) };
    for (const s of tree.spans) {
      if (nodeOf(s, tree).id !== rootId) continue;
      const self = selfTimeMs(s, tree.children.get(s.spanId) ?? []);
      const caller = callerOf(s, tree.byId);
      const refused = failed(s) || (caller !== null && failed(caller));
      if (refused ? !slowRefused || self > slowRefused.self : !slow || self > slow.self) {
        if (refused) slowRefused = { span: s, caller, self };
        else slow = { span: s, caller, self };
      }
    }
  }
  return slow ?? slowRefused;
}

function failed(s: SpanRow): boolean {
  const code = Number(httpStatus(s.attributes));
  return s.status === 'Error' || code >= 400;
}

const MIN_QUERIES = 5;
/**
 * Statements since the onset that make a median: a slowdown that pages is seen moments after it
 * began, when only a few slow statements have finished (the rest are still running).
 */
const MIN_ONSET_QUERIES = 3;

/**
 * Median duration of database statements in the incident over the baseline's. Connection
 * acquisition (pg-pool.connect and the like) is left out: a pool that runs dry makes callers
 * wait there while each statement stays as fast as ever, whereas a lost index slows the
 * statements themselves, and the pool then runs dry as a consequence.
 */
export function dbQueryRatio(incident: readonly SpanRow[], baseline: readonly SpanRow[]): number {
  const inc = statementDurations(incident);
  const base = statementDurations(baseline);
  if (inc.length < MIN_QUERIES || base.length < MIN_QUERIES) return NaN;
  const b = median(base);
  return b > 0 ? median(inc) / b : NaN;
}

/**
 * The largest slowdown of statement time among the services the incident's traces pass through:
 * a database that turned slow behind one of them is this incident's business, one behind a
 * service the incident never touches is not.
 */
export function statementRatio(times: readonly StatementTimes[], services: ReadonlySet<string>): number {
  let best = NaN;
  for (const t of times) {
    if (!services.has(t.service) || t.incident.count < MIN_ONSET_QUERIES || t.baseline.count < MIN_QUERIES || !(t.baseline.p50Ms > 0)) continue;
    const r = t.incident.p50Ms / t.baseline.p50Ms;
    if (Number.isFinite(r) && !(r <= best)) best = r;
  }
  return best;
}

function servicesOf(spans: readonly SpanRow[], service: string): Set<string> {
  const out = new Set<string>([service]);
  for (const s of spans) out.add(s.service);
  return out;
}

function statementDurations(rows: readonly SpanRow[]): number[] {
  const out: number[] = [];
  for (const s of rows) {
    if (s.kind !== 'Client' || /connect/i.test(s.name)) continue;
    const a = s.attributes;
    if (a['db.system'] === undefined && a['db.system.name'] === undefined) continue;
    if (Number.isFinite(s.durationMs) && s.durationMs >= 0) out.push(s.durationMs);
  }
  return out;
}

/** The client span in another service that called this server span, which carries peer.service and the like. */
function callerOf(span: SpanRow, byId: Map<string, SpanRow>): SpanRow | null {
  const p = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
  return p && p.service !== span.service && p.kind === 'Client' ? p : null;
}

/** Records alike (numbers aside) that make an error logged outside the origin's trace part of a latency incident's story. */
const MIN_LOG_REPEATS = 3;

/**
 * The error logs that may explain a latency incident: those of the request where the time went,
 * and those that recur. An error logged once in another request is that request's story: a
 * restart that cut one slow request off (`socket hang up`) read as a network fault in a window
 * of hundreds of slow requests answered as usual. A recurring error whose requests are seen
 * and none of them reached the services where the time went (`where`) is another incident's
 * story: sessions expiring at the front door while a service behind it slows (seen on the
 * scoreboard: the frontend's recurring `jwt expired` named the slowdown AUTHENTICATION). When
 * none of its requests is among the window's traces, nothing says where they went, and it stays.
 */
function toldByLatency(logs: readonly LogRow[], originTrace: string | undefined, where: ReadonlySet<string> | null, spans: readonly SpanRow[]): LogRow[] {
  const shapes = logs.map((l) => `${l.service}\u0000${l.body.replace(/\d+/g, '0')}`);
  const counts = new Map<string, number>();
  for (const k of shapes) counts.set(k, (counts.get(k) ?? 0) + 1);
  const elsewhere = where ? shapesElsewhere(logs, shapes, where, spans) : new Set<string>();
  return logs.filter(
    (l, i) =>
      (originTrace !== undefined && l.traceId === originTrace && l.traceId !== '') ||
      (counts.get(shapes[i])! >= MIN_LOG_REPEATS && !elsewhere.has(shapes[i])),
  );
}

/** Shapes of log whose requests were seen, none of them in a service of `where`. */
function shapesElsewhere(logs: readonly LogRow[], shapes: readonly string[], where: ReadonlySet<string>, spans: readonly SpanRow[]): Set<string> {
  const reached = new Map<string, boolean>();
  for (const s of spans) if (s.traceId) reached.set(s.traceId, (reached.get(s.traceId) ?? false) || where.has(s.service));
  const seen = new Map<string, boolean>();
  logs.forEach((l, i) => {
    const r = l.traceId ? reached.get(l.traceId) : undefined;
    if (r === undefined && !where.has(l.service)) return;
    seen.set(shapes[i], (seen.get(shapes[i]) ?? false) || r === true || where.has(l.service));
  });
  return new Set([...seen].filter(([, r]) => !r).map(([k]) => k));
}

/** The error log of the origin span's own trace, else one of the root's, the origin's or the event's service. */
function pickLog(logs: readonly LogRow[], origin: SpanRow | null, rootId: string | undefined, service: string): LogRow | undefined {
  return (
    (origin ? logs.find((l) => l.traceId === origin.traceId && l.traceId !== '') : undefined) ??
    logs.find((l) => l.service === rootId && l.traceId) ??
    logs.find((l) => l.service === rootId) ??
    (origin ? logs.find((l) => l.service === origin.service) : undefined) ??
    logs.find((l) => l.service === service)
  );
}

function assign(into: Record<string, string>, from: Record<string, string>): void {
  for (const k of Object.keys(from)) into[k] = cap(String(from[k]));
}

function peakOf(values: ReadonlyArray<readonly [number, unknown]>, fallback: number): number {
  let peak = -Infinity;
  for (const [, v] of values) {
    const x = Number(v);
    if (Number.isFinite(x) && x > peak) peak = x;
  }
  return peak === -Infinity ? fallback : peak;
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

/**
 * The event's headline with the names in it blanked. Detection writes it from identifiers (`p95
 * latency (ms) of GET /verify (auth) at 266`): the words there are the names someone gave a
 * service and a series, not what the telemetry said, and rules that read words as evidence
 * would take a service called auth for an authentication failure.
 */
export function withoutNames(event: Pick<DetectedEvent, 'message' | 'serviceName' | 'sourceComponent'>): string {
  let text = event.message ?? '';
  const names = [[event.sourceComponent, '<series>'], [event.serviceName, '<service>']] as const;
  for (const [name, by] of names) if (name) text = replaceName(text, name, by);
  return text;
}

/** Replaces `name` where it stands as a name (not inside a longer word). */
function replaceName(text: string, name: string, by: string): string {
  const word = (c: string | undefined) => c !== undefined && /[\w./-]/.test(c);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at < from || word(text[at - 1]) || word(text[at + name.length])) continue;
    out += text.slice(from, at) + by;
    from = at + name.length;
  }
  return out + text.slice(from);
}

function first(...xs: Array<string | undefined>): string {
  for (const x of xs) if (x && x.trim() !== '') return x;
  return '';
}

function cap(s: string): string {
  return s.length > MESSAGE_CAP ? s.slice(0, MESSAGE_CAP) : s;
}

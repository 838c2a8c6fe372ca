// Fetches what the graph analysis needs for one event from ClickHouse: a deterministic sample
// of traces through the event's service in the incident and baseline windows, the event's
// exemplar traces, their spans, error logs, and traffic counts. Every value from telemetry or
// events travels as a bound query parameter; only the validated database name is spliced in.

import type { ClickHouseClient } from '@clickhouse/client';
import { ident } from '../store/index.ts';
import type { SpanKindName, SpanRow, SpanStatus } from './graph-types.ts';

export interface LogRow {
  traceId: string;
  spanId: string;
  service: string;
  severity: string;
  body: string;
  attributes: Record<string, string>;
}

export interface TraceWindow {
  incident: SpanRow[];
  baseline: SpanRow[];
  /** Traces of the unbiased incident sample (exemplars excluded unless sampled too). */
  sampledTraceIds: Set<string>;
  /** Share of all traces in the incident window that touch the event's service. */
  trafficShare: number;
  logs: LogRow[];
  /**
   * Database statement time per service, over every client statement span in the incident and
   * baseline windows rather than the sampled traces: the requests that timed out waiting for a
   * pooled connection carry no statement, and a sample of them says nothing about the database.
   */
  statements?: StatementTimes[];
  /** Runtime utilisation per service and metric; absent when the store keeps no such gauges. */
  busy?: Busyness[];
  /**
   * Why the utilisation could not be read (a store without the gauge table, a failed query):
   * the diagnosis goes on without that evidence and says so.
   */
  busyUnavailable?: string;
  /** Where a service's memory went over the window (see MemoryGrowth); absent unless asked for and both are reported. */
  memoryGrowth?: MemoryGrowth;
}

/**
 * How much a service's resident memory and its caches (gauges in bytes whose name says cache)
 * grew over the window, each from its first value to its peak: a cache that kept its size while
 * memory climbed is not where the memory went.
 */
export interface MemoryGrowth {
  service: string;
  memoryBytes: number;
  cacheBytes: number;
  cacheMetrics: string[];
}

/** How busy a service's process was (event-loop or CPU utilisation, 0..1), before the onset and since. */
export interface Busyness {
  service: string;
  metric: string;
  incident: number;
  baseline: number;
}

export interface StatementTimes {
  service: string;
  incident: { count: number; p50Ms: number };
  baseline: { count: number; p50Ms: number };
}

export interface WindowRequest {
  service: string;
  /** Incident window, epoch ms. */
  fromMs: number;
  toMs: number;
  /** Baseline window length ending where the incident window starts. */
  baselineMs: number;
  /**
   * The incident's onset (after `fromMs`, which looks back a little before it): statement time
   * is compared from here on, as the look-back's normal statements would outvote a slowdown
   * that began moments ago. Absent: `fromMs`.
   */
  onsetMs?: number;
  exemplarTraceIds: readonly string[];
  /** Traces sampled per window. */
  maxTraces: number;
  /** Also read how busy each process was (TraceWindow.busy); only latency incidents use it. */
  busy?: boolean;
  /** Also read where the service's memory went (TraceWindow.memoryGrowth); only memory incidents use it. */
  memory?: boolean;
}

// Long values are cut in the query: a 1 MB attribute must not travel, and rules only read
// the first few KB anyway.
const VALUE_CAP = 4096;
const MESSAGE_CAP = 8192;
const MAX_SPANS = 20_000;
const MAX_EXEMPLARS = 20;
// Invalid UTF-8 in stored telemetry comes back as U+FFFD rather than breaking JSON parsing.
const SETTINGS = { output_format_json_validate_utf8: 1 } as const;

export async function fetchTraceWindow(client: ClickHouseClient, database: string, req: WindowRequest): Promise<TraceWindow> {
  const traces = `${ident(database)}.otel_traces`;
  const logs = `${ident(database)}.otel_logs`;
  const baseFrom = req.fromMs - req.baselineMs;
  const exemplars = [...new Set(req.exemplarTraceIds.filter((t) => typeof t === 'string' && t.length > 0 && t.length <= 64))].slice(0, MAX_EXEMPLARS);

  const sample = await rows<{ id: string; inc: number }>(client, {
    query:
      `SELECT TraceId AS id, toUInt8(max(Timestamp >= fromUnixTimestamp64Milli({inc:Int64}))) AS inc FROM ${traces} ` +
      `WHERE ServiceName = {svc:String} AND Timestamp >= fromUnixTimestamp64Milli({from:Int64}) AND Timestamp < fromUnixTimestamp64Milli({to:Int64}) ` +
      `GROUP BY TraceId ORDER BY inc DESC, cityHash64(TraceId) LIMIT {n:UInt32} BY inc`,
    query_params: { svc: req.service, inc: req.fromMs, from: baseFrom, to: req.toMs, n: req.maxTraces },
  });
  const sampledTraceIds = new Set(sample.filter((r) => Number(r.inc) === 1).map((r) => r.id));
  const incidentIds = new Set([...sampledTraceIds, ...exemplars]);
  const baselineIds = new Set(sample.filter((r) => Number(r.inc) !== 1 && !incidentIds.has(r.id)).map((r) => r.id));

  const onset = Math.max(req.fromMs, Math.min(req.onsetMs ?? req.fromMs, req.toMs));
  let busyUnavailable: string | undefined;
  const [spanRows, counts, logRows, statementRows, busyRows, memoryRows] = await Promise.all([
    incidentIds.size + baselineIds.size === 0
      ? Promise.resolve([])
      : rows<RawSpan>(client, {
          query:
            `SELECT TraceId AS traceId, SpanId AS spanId, ParentSpanId AS parentSpanId, ServiceName AS service, ` +
            `substring(SpanName, 1, 512) AS name, SpanKind AS kind, StatusCode AS status, ` +
            `substring(StatusMessage, 1, ${MESSAGE_CAP}) AS statusMessage, ` +
            `toFloat64(toUnixTimestamp64Nano(Timestamp)) / 1e6 AS startMs, Duration / 1e6 AS durationMs, ` +
            `mapApply((k, v) -> (k, substring(v, 1, ${VALUE_CAP})), SpanAttributes) AS attributes, ` +
            `mapApply((k, v) -> (k, substring(v, 1, ${VALUE_CAP})), Events.Attributes[indexOf(Events.Name, 'exception')]) AS exception ` +
            `FROM ${traces} WHERE TraceId IN {ids:Array(String)} ` +
            `AND Timestamp >= fromUnixTimestamp64Milli({from:Int64}) AND Timestamp < fromUnixTimestamp64Milli({to:Int64}) ` +
            `LIMIT {max:UInt32}`,
          query_params: { ids: [...incidentIds, ...baselineIds], from: baseFrom, to: req.toMs, max: MAX_SPANS },
        }),
    rows<{ total: string | number; svc: string | number }>(client, {
      query:
        `SELECT uniqExact(TraceId) AS total, uniqExactIf(TraceId, ServiceName = {svc:String}) AS svc FROM ${traces} ` +
        `WHERE Timestamp >= fromUnixTimestamp64Milli({from:Int64}) AND Timestamp < fromUnixTimestamp64Milli({to:Int64})`,
      query_params: { svc: req.service, from: req.fromMs, to: req.toMs },
    }),
    rows<RawLog>(client, {
      query:
        `SELECT TraceId AS traceId, SpanId AS spanId, ServiceName AS service, SeverityText AS severity, ` +
        `substring(Body, 1, ${MESSAGE_CAP}) AS body, mapApply((k, v) -> (k, substring(v, 1, ${VALUE_CAP})), LogAttributes) AS attributes ` +
        `FROM ${logs} WHERE (TraceId IN {ids:Array(String)} OR ServiceName = {svc:String}) ` +
        `AND Timestamp >= fromUnixTimestamp64Milli({from:Int64}) AND Timestamp < fromUnixTimestamp64Milli({to:Int64}) ` +
        `AND (SeverityNumber >= 13 OR upper(SeverityText) IN ('WARN', 'WARNING', 'ERROR', 'FATAL', 'CRITICAL')) ` +
        `ORDER BY (TraceId IN {ids:Array(String)}) DESC, SeverityNumber DESC, Timestamp LIMIT 50`,
      query_params: { ids: [...incidentIds], svc: req.service, from: req.fromMs, to: req.toMs },
    }),
    rows<{ service: string; inc: number; n: string | number; p50: number }>(client, {
      query:
        `SELECT ServiceName AS service, toUInt8(Timestamp >= fromUnixTimestamp64Milli({onset:Int64})) AS inc, count() AS n, ` +
        `quantile(0.5)(Duration) / 1e6 AS p50 FROM ${traces} ` +
        `WHERE Timestamp >= fromUnixTimestamp64Milli({from:Int64}) AND Timestamp < fromUnixTimestamp64Milli({to:Int64}) ` +
        `AND (Timestamp < fromUnixTimestamp64Milli({inc:Int64}) OR Timestamp >= fromUnixTimestamp64Milli({onset:Int64})) ` +
        `AND SpanKind = 'Client' AND (SpanAttributes['db.system'] != '' OR SpanAttributes['db.system.name'] != '') ` +
        // Opening a connection is the pool's time, not the statement's.
        `AND positionCaseInsensitive(SpanName, 'connect') = 0 ` +
        `GROUP BY service, inc LIMIT 1000`,
      query_params: { inc: req.fromMs, onset, from: baseFrom, to: req.toMs },
    }),
    // Everything before the onset is the baseline here: a process's utilisation is steady
    // enough, and a short look-back (a fresh install) still has some.
    !req.busy
      ? Promise.resolve([])
      : rows<{ service: string; metric: string; inc: number; v: number }>(client, {
      query:
        `SELECT ServiceName AS service, MetricName AS metric, toUInt8(TimeUnix >= fromUnixTimestamp64Milli({onset:Int64})) AS inc, avg(Value) AS v ` +
        `FROM ${ident(database)}.otel_metrics_gauge ` +
        `WHERE MetricName IN {names:Array(String)} AND TimeUnix >= fromUnixTimestamp64Milli({from:Int64}) AND TimeUnix < fromUnixTimestamp64Milli({to:Int64}) ` +
        `GROUP BY service, metric, inc LIMIT 1000`,
      query_params: { names: BUSY_METRICS, onset, from: baseFrom, to: req.toMs },
    }).catch((err: unknown) => {
      busyUnavailable = `process busyness unavailable: ${(err as Error)?.message ?? String(err)}`.slice(0, 300);
      return [];
    }),
    // The whole window, look-back included: a leak or a bloating cache starts well before the
    // detector is sure of it. A failed read only leaves this evidence out.
    !req.memory
      ? Promise.resolve([])
      : rows<{ metric: string; instance: string; grew: number }>(client, {
      query:
        // Per instance: replicas of one service differ in size, and one of them leaks.
        `SELECT MetricName AS metric, ResourceAttributes['service.instance.id'] AS instance, max(Value) - argMin(Value, TimeUnix) AS grew ` +
        `FROM ${ident(database)}.otel_metrics_gauge ` +
        `WHERE ServiceName = {svc:String} AND TimeUnix >= fromUnixTimestamp64Milli({from:Int64}) AND TimeUnix < fromUnixTimestamp64Milli({to:Int64}) ` +
        `AND (MetricName IN {memory:Array(String)} OR (MetricUnit = 'By' AND positionCaseInsensitive(MetricName, 'cache') > 0)) ` +
        `GROUP BY metric, instance LIMIT 1000`,
      query_params: { svc: req.service, memory: MEMORY_METRICS, from: req.fromMs, to: req.toMs },
    }).catch(() => []),
  ]);

  const incident: SpanRow[] = [];
  const baseline: SpanRow[] = [];
  for (const r of spanRows) {
    const s = toSpan(r);
    if (incidentIds.has(s.traceId)) incident.push(s);
    else baseline.push(s);
  }
  const total = Number(counts[0]?.total ?? 0);
  const svc = Number(counts[0]?.svc ?? 0);
  return {
    incident,
    baseline,
    sampledTraceIds,
    trafficShare: total > 0 ? svc / total : 1,
    logs: logRows.map((l) => ({ ...l, attributes: plain(l.attributes) })),
    statements: statementTimes(statementRows),
    busy: busyness(busyRows),
    ...(busyUnavailable ? { busyUnavailable } : {}),
    ...memoryGrowthOf(req.service, memoryRows),
  };
}

/** Resident memory of a process or container, in bytes (OpenTelemetry semantic conventions). */
const MEMORY_METRICS = ['process.memory.usage', 'container.memory.usage', 'container.memory.working_set'];

/** The instance whose memory grew most, with its caches' growth; nothing unless it reports both. */
function memoryGrowthOf(service: string, rs: readonly { metric: string; instance: string; grew: number }[]): { memoryGrowth?: MemoryGrowth } {
  const by = new Map<string, MemoryGrowth>();
  for (const r of rs) {
    const grew = Number(r.grew);
    if (!Number.isFinite(grew)) continue;
    let g = by.get(r.instance);
    if (!g) by.set(r.instance, (g = { service, memoryBytes: NaN, cacheBytes: 0, cacheMetrics: [] }));
    if (MEMORY_METRICS.includes(r.metric)) g.memoryBytes = Number.isFinite(g.memoryBytes) ? Math.max(g.memoryBytes, grew) : grew;
    else {
      g.cacheBytes += Math.max(0, grew);
      g.cacheMetrics.push(r.metric);
    }
  }
  let best: MemoryGrowth | undefined;
  for (const g of by.values()) if (Number.isFinite(g.memoryBytes) && g.cacheMetrics.length > 0 && !(best && best.memoryBytes >= g.memoryBytes)) best = g;
  return best ? { memoryGrowth: best } : {};
}

/** Ratio gauges of how busy a process is (OpenTelemetry runtime and host-metrics names). */
const BUSY_METRICS = ['nodejs.eventloop.utilization', 'process.cpu.utilization'];

function busyness(rs: readonly { service: string; metric: string; inc: number; v: number }[]): Busyness[] {
  const by = new Map<string, Busyness>();
  for (const r of rs) {
    const k = `${r.service}\u0000${r.metric}`;
    let b = by.get(k);
    if (!b) by.set(k, (b = { service: r.service, metric: r.metric, incident: NaN, baseline: NaN }));
    if (Number(r.inc) === 1) b.incident = Number(r.v);
    else b.baseline = Number(r.v);
  }
  return [...by.values()].filter((b) => Number.isFinite(b.incident) && Number.isFinite(b.baseline));
}

function statementTimes(rs: readonly { service: string; inc: number; n: string | number; p50: number }[]): StatementTimes[] {
  const by = new Map<string, StatementTimes>();
  for (const r of rs) {
    let t = by.get(r.service);
    if (!t) by.set(r.service, (t = { service: r.service, incident: { count: 0, p50Ms: NaN }, baseline: { count: 0, p50Ms: NaN } }));
    (Number(r.inc) === 1 ? t.incident : t.baseline).count = Number(r.n);
    (Number(r.inc) === 1 ? t.incident : t.baseline).p50Ms = Number(r.p50);
  }
  return [...by.values()];
}

interface RawSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  service: string;
  name: string;
  kind: string;
  status: string;
  statusMessage: string;
  startMs: number;
  durationMs: number;
  attributes: Record<string, string>;
  exception: Record<string, string>;
}

type RawLog = LogRow;

const KINDS = new Set(['Server', 'Client', 'Internal', 'Producer', 'Consumer']);

function toSpan(r: RawSpan): SpanRow {
  const exception = plain(r.exception);
  return {
    traceId: r.traceId,
    spanId: r.spanId,
    parentSpanId: r.parentSpanId,
    service: r.service,
    name: r.name,
    kind: (KINDS.has(r.kind) ? r.kind : 'Unspecified') as SpanKindName,
    status: (r.status === 'Error' || r.status === 'Ok' ? r.status : 'Unset') as SpanStatus,
    statusMessage: r.statusMessage,
    startMs: Number(r.startMs),
    durationMs: Number(r.durationMs),
    attributes: plain(r.attributes),
    ...(Object.keys(exception).length > 0 ? { exception } : {}),
  };
}

/** Copies into a null-prototype object so keys like "__proto__" stay plain data. */
function plain(m: Record<string, string> | null | undefined): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (m) for (const k of Object.keys(m)) out[k] = String(m[k]);
  return out;
}

async function rows<T>(client: ClickHouseClient, q: { query: string; query_params: Record<string, unknown> }): Promise<T[]> {
  const rs = await client.query({ ...q, format: 'JSONEachRow', clickhouse_settings: SETTINGS });
  return rs.json<T>();
}

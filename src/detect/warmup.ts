// Warm-up after a restart: read the last hours of series_rollups and replay them through the
// engine's learning path (no events), so baselines are ready at once instead of after hours of
// fresh traffic. Series with a day or more of hourly history also get a seasonal profile.
// The replay is read in slices and gives the event loop a turn every few milliseconds: a
// restart with hours of history for hundreds of series used to hold the loop for seconds.
import type { ClickHouseClient } from '@clickhouse/client';
import type { LogRecordItem, MetricPoint, SpanRecord, StoredConsumer } from '../records.ts';
import { ident } from '../store/index.ts';
import type { DetectEngine } from './engine.ts';
import { ROLES } from './metric-roles.ts';
import { learnProfile } from './seasonal.ts';
import type { GroupKind, StepRollup } from './series-types.ts';

export interface WarmupOptions {
  database: string;
  stepMs: number;
  hours: number;
  /** Most rollup rows read (newest first), so a huge history cannot exhaust memory at start. */
  maxRows: number;
  /** Days of hourly history for seasonal profiles (0 = none) and how many series get one. */
  seasonalDays: number;
  maxSeasonal: number;
  /** Newest error log records replayed into the error-signature detector. */
  maxSignatureRows: number;
  /** Rows read per query (default SLICE_ROWS) and the longest replay stretch between event-loop turns (default YIELD_AFTER_MS). */
  sliceRows?: number;
  yieldAfterMs?: number;
  /** Checked between steps: true ends the replay early (the stage is stopping). */
  stopped?: () => boolean;
}

export const DEFAULT_WARMUP: Omit<WarmupOptions, 'database' | 'stepMs'> = { hours: 2, maxRows: 2_000_000, seasonalDays: 7, maxSeasonal: 1000, maxSignatureRows: 20_000 };

type Row = [string, string, GroupKind, string, string, string, string, number, string, string, ...Array<number | null>];

const num = (x: number | null | undefined): number => (x === null || x === undefined ? NaN : Number(x));

/** Rows read per query: one slice is parsed and replayed before the next is read. */
const SLICE_ROWS = 10_000;
/** Longest stretch of replay before the event loop gets a turn (receivers, timers, probes). */
const YIELD_AFTER_MS = 20;

/**
 * Gives the event loop a turn when this stretch of synchronous work has run long enough. A
 * restart replays hundreds of thousands of rollups; in one go that held the loop for seconds.
 */
export function loopYielder(afterMs = YIELD_AFTER_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < afterMs) return;
    await new Promise<void>((r) => setImmediate(r));
    since = performance.now();
  };
}

/**
 * Reads history and feeds it to `engine.warmStep`, oldest step first; returns what was replayed.
 * The newest `maxRows` rows are read in slices of whole steps, oldest slice first, yielding to
 * the event loop between steps, so a long replay never stalls the process.
 */
export async function warmFromHistory(client: ClickHouseClient, engine: DetectEngine, o: WarmupOptions): Promise<{ rows: number; steps: number; seasonal: number; signatures: number }> {
  const table = `${ident(o.database)}.series_rollups`;
  const window = { secs: Math.round(o.hours * 3600), step: o.stepMs / 1000 };
  const where = `StepStart >= now64(3) - toIntervalSecond({secs:UInt32}) AND StepSeconds = {step:Float64}`;
  // Where the newest maxRows rows begin: the bound the single newest-first read used to give.
  const first = await client.query({
    query: `SELECT toString(toUnixTimestamp64Milli(min(StepStart))), count() FROM (SELECT StepStart FROM ${table} WHERE ${where} ORDER BY StepStart DESC LIMIT {n:UInt32})`,
    query_params: { ...window, n: o.maxRows },
    format: 'JSONCompactEachRow',
  });
  const [[fromText, total]] = await first.json<[string, string]>();
  const pause = loopYielder(o.yieldAfterMs);
  const sliceRows = o.sliceRows ?? SLICE_ROWS;
  let rows = 0;
  let steps = 0;
  let from = Number(fromText);
  const stopped = o.stopped ?? (() => false);
  while (Number(total) > 0 && rows < o.maxRows && !stopped()) {
    const rs = await client.query({
      query:
        `SELECT ServiceName, SeriesKey, Kind, Name, Attributes, Unit, toString(toUnixTimestamp64Milli(StepStart)), StepSeconds, toString(Count), toString(Errors), ` +
        `Value, P50, P95, P99, Min, Max, ExemplarTraceIds FROM ${table} ` +
        `WHERE ${where} AND StepStart >= fromUnixTimestamp64Milli({from:Int64}) ORDER BY StepStart LIMIT {n:UInt32}`,
      query_params: { ...window, from, n: sliceRows },
      format: 'JSONCompactEachRow',
    });
    let slice = await rs.json<Row>();
    const full = slice.length === sliceRows;
    if (full) {
      // The last step may be cut off by the limit: it is read whole with the next slice, unless
      // it is the only step in the slice (a step wider than a slice is replayed as read).
      const last = slice[slice.length - 1][6];
      const cut = slice.findIndex((r) => r[6] === last);
      if (cut > 0) slice = slice.slice(0, cut);
    }
    let batch: StepRollup[] = [];
    let current = NaN;
    for (const r of slice) {
      if (stopped()) break;
      const t = Number(r[6]);
      if (t !== current) {
        if (batch.length) {
          engine.warmStep(current, batch);
          steps++;
          await pause();
        }
        batch = [];
        current = t;
      }
      batch.push(rollupOf(r, t));
    }
    // A step cut short by a stop is not replayed half.
    if (batch.length && !stopped()) {
      engine.warmStep(current, batch);
      steps++;
      await pause();
    }
    rows += slice.length;
    if (!full) break;
    from = current + 1;
  }
  if (stopped()) return { rows, steps, seasonal: 0, signatures: 0 };
  const seasonal = o.seasonalDays > 0 ? await seasonalProfiles(client, engine, o) : 0;
  const signatures = await errorSignatures(client, engine, o, pause);
  return { rows, steps, seasonal, signatures };
}

function rollupOf(r: Row, t: number): StepRollup {
  return {
    service: r[0],
    key: r[1],
    kind: r[2],
    name: r[3],
    attrs: r[4],
    unit: r[5],
    stepStart: t,
    stepMs: Number(r[7]) * 1000,
    count: Number(r[8]),
    errors: Number(r[9]),
    value: num(r[10] as number | null),
    p50: num(r[11] as number | null),
    p95: num(r[12] as number | null),
    p99: num(r[13] as number | null),
    min: num(r[14] as number | null),
    max: num(r[15] as number | null),
    exemplars: (r[16] as unknown as string[]) ?? [],
  };
}

/** The newest stored error records (bounded), replayed into the error-signature detector. */
async function errorSignatures(client: ClickHouseClient, engine: DetectEngine, o: WarmupOptions, pause: () => Promise<void>): Promise<number> {
  const table = `${ident(o.database)}.otel_logs`;
  const rs = await client.query({
    query:
      `SELECT ServiceName, LogAttributes['exception.type'], if(LogAttributes['exception.message'] != '', LogAttributes['exception.message'], Body), ` +
      `toString(toUnixTimestamp64Milli(Timestamp)) FROM ${table} WHERE SeverityNumber >= 17 AND Timestamp >= now64(9) - toIntervalSecond({secs:UInt32}) ` +
      `AND ResourceAttributes['homeostat.self'] != 'true' ORDER BY Timestamp DESC LIMIT {n:UInt32}`,
    query_params: { secs: Math.round(Math.max(o.hours, 24) * 3600), n: o.maxSignatureRows },
    format: 'JSONCompactEachRow',
  });
  const rows = (await rs.json<[string, string, string, string]>()).reverse();
  for (const [svc, type, msg, t] of rows) {
    engine.logPath.learn(svc, type, msg, Number(t));
    await pause();
  }
  return rows.length;
}

/** Hourly request rates per route over the last days → hour-of-week profiles for the rate series. */
async function seasonalProfiles(client: ClickHouseClient, engine: DetectEngine, o: WarmupOptions): Promise<number> {
  const table = `${ident(o.database)}.series_rollups`;
  const rs = await client.query({
    query:
      `SELECT SeriesKey, groupArray((toUnixTimestamp(h) * 1000, rate)) FROM (` +
      `SELECT SeriesKey, toStartOfHour(StepStart) AS h, sum(Count) / sum(StepSeconds) AS rate FROM ${table} ` +
      `WHERE Kind = 'span' AND StepStart >= now64(3) - toIntervalDay({days:UInt32}) GROUP BY SeriesKey, h) ` +
      `GROUP BY SeriesKey HAVING count() >= 24 LIMIT {n:UInt32}`,
    query_params: { days: o.seasonalDays, n: o.maxSeasonal },
    format: 'JSONCompactEachRow',
  });
  const rows = await rs.json<[string, Array<[number | string, number]>]>();
  for (const [key, pts] of rows) {
    engine.setSeasonal(`${key}|${ROLES.rate.suffix}`, learnProfile(pts.map(([t, v]) => ({ t: Number(t), v: Number(v) }))));
  }
  return rows.length;
}

type Kind = 'traces' | 'logs' | 'metrics';
type Batch = [kind: 'traces', items: SpanRecord[]] | [kind: 'logs', items: LogRecordItem[]] | [kind: 'metrics', items: MetricPoint[]];

/**
 * Stands between the stored records and detection while the warm-up replays history: what
 * arrives meanwhile waits here, in order, and is handed on once the history is in, so the
 * receivers can take OTLP from the first second without live steps landing before replayed
 * ones. Beyond `maxRecords` waiting, newer batches are dropped (and counted): detection misses
 * them, storage does not.
 */
export class WarmupGate implements StoredConsumer {
  private waiting: Batch[] | null = [];
  private queued = 0;
  dropped = 0;

  constructor(private readonly to: Required<StoredConsumer>, private readonly maxRecords: number) {}

  traces(spans: SpanRecord[]): void {
    if (!this.hold(['traces', spans])) this.to.traces(spans);
  }

  logs(logs: LogRecordItem[]): void {
    if (!this.hold(['logs', logs])) this.to.logs(logs);
  }

  metrics(points: MetricPoint[]): void {
    if (!this.hold(['metrics', points])) this.to.metrics(points);
  }

  get open(): boolean {
    return this.waiting === null;
  }

  /** Hands on what waited, in arrival order (giving the loop turns), then lets everything straight through. */
  async release(pause: () => Promise<void> = loopYielder()): Promise<void> {
    while (this.waiting && this.waiting.length > 0) {
      const [kind, items] = this.waiting.shift()!;
      this.queued -= items.length;
      (this.to[kind as Kind] as (x: typeof items) => void)(items);
      await pause();
    }
    this.waiting = null;
  }

  /** True when the batch was kept (or dropped) for later. */
  private hold(b: Batch): boolean {
    if (this.waiting === null) return false;
    if (this.queued + b[1].length > this.maxRecords) this.dropped += b[1].length;
    else {
      this.waiting.push(b);
      this.queued += b[1].length;
    }
    return true;
  }
}

// Warm-up after a restart: read the last hours of series_rollups and replay them through the
// engine's learning path (no events), so baselines are ready at once instead of after hours of
// fresh traffic. Series with a day or more of hourly history also get a seasonal profile.
import type { ClickHouseClient } from '@clickhouse/client';
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
}

export const DEFAULT_WARMUP: Omit<WarmupOptions, 'database' | 'stepMs'> = { hours: 2, maxRows: 2_000_000, seasonalDays: 7, maxSeasonal: 1000, maxSignatureRows: 20_000 };

type Row = [string, string, GroupKind, string, string, string, string, number, string, string, ...Array<number | null>];

const num = (x: number | null | undefined): number => (x === null || x === undefined ? NaN : Number(x));

/** Reads history and feeds it to `engine.warmStep`, oldest step first; returns what was replayed. */
export async function warmFromHistory(client: ClickHouseClient, engine: DetectEngine, o: WarmupOptions): Promise<{ rows: number; steps: number; seasonal: number; signatures: number }> {
  const table = `${ident(o.database)}.series_rollups`;
  const rs = await client.query({
    query:
      `SELECT ServiceName, SeriesKey, Kind, Name, Attributes, Unit, toString(toUnixTimestamp64Milli(StepStart)), StepSeconds, toString(Count), toString(Errors), ` +
      `Value, P50, P95, P99, Min, Max, ExemplarTraceIds FROM ${table} ` +
      `WHERE StepStart >= now64(3) - toIntervalSecond({secs:UInt32}) AND StepSeconds = {step:Float64} ORDER BY StepStart DESC LIMIT {n:UInt32}`,
    query_params: { secs: Math.round(o.hours * 3600), step: o.stepMs / 1000, n: o.maxRows },
    format: 'JSONCompactEachRow',
  });
  const rows = (await rs.json<Row>()).reverse();
  let steps = 0;
  let batch: StepRollup[] = [];
  let current = NaN;
  for (const r of rows) {
    const t = Number(r[6]);
    if (t !== current) {
      if (batch.length) {
        engine.warmStep(current, batch);
        steps++;
      }
      batch = [];
      current = t;
    }
    batch.push({
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
    });
  }
  if (batch.length) {
    engine.warmStep(current, batch);
    steps++;
  }
  const seasonal = o.seasonalDays > 0 ? await seasonalProfiles(client, engine, o) : 0;
  const signatures = await errorSignatures(client, engine, o);
  return { rows: rows.length, steps, seasonal, signatures };
}

/** The newest stored error records (bounded), replayed into the error-signature detector. */
async function errorSignatures(client: ClickHouseClient, engine: DetectEngine, o: WarmupOptions): Promise<number> {
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
  for (const [svc, type, msg, t] of rows) engine.logPath.learn(svc, type, msg, Number(t));
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

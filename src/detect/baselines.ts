// Seasonal baselines kept in PostgreSQL (performance_baselines): learned periodically from the
// hourly request rates in ClickHouse series_rollups, and loaded back at start so the engine's
// seasonal detector has its hour-of-week profiles at once, even when ClickHouse is slow or down
// after a restart. Operators and dashboards can read the same rows.
import type { Logger } from '../telemetry/index.ts';
import type { ClickHouseClient } from '@clickhouse/client';
import type pg from 'pg';
import { ident } from '../store/index.ts';
import type { DetectEngine } from './engine.ts';
import { ROLES } from './metric-roles.ts';
import { DEFAULT_PROFILE, learnProfile, SLOTS, type SlotProfile } from './seasonal.ts';
import { mad, median } from './stats.ts';

export interface BaselineOptions {
  database: string;
  /** Days of history learned from, and the period stored in calculation_period (an interval: '7d' is 7 days). */
  days: number;
  period: string;
  /** Time between recomputations. */
  intervalMs: number;
  /** Series with fewer hourly points are skipped: a profile from a few hours is noise. */
  minHours: number;
  /** Most series learned or loaded per run, so a huge key space cannot exhaust memory. */
  maxSeries: number;
  /** Rows per INSERT statement (9 parameters each; PostgreSQL allows 65535 per statement). */
  batchRows: number;
}

export const DEFAULT_BASELINES: Omit<BaselineOptions, 'database'> = { days: 7, period: '7d', intervalMs: 3_600_000, minHours: 24, maxSeries: 1000, batchRows: 500 };

export interface BaselineCounters {
  runs: number;
  failures: number;
  series: number;
  rowsWritten: number;
  loaded: number;
}

/** Stored hour_of_week counts from Monday 00:00 UTC (the table's convention); slotOf counts from Sunday. */
export const slotToHourOfWeek = (slot: number): number => (slot + SLOTS - 24) % SLOTS;
export const hourOfWeekToSlot = (how: number): number => (how + 24) % SLOTS;

/** What the rate series are measured in; series_key names the route. */
const METRIC_NAME = 'requests_per_second';
const COLUMNS = 9;

interface SeriesHistory {
  service: string;
  key: string;
  points: { t: number; v: number }[];
}

export class BaselineStore {
  readonly opts: BaselineOptions;
  readonly counters: BaselineCounters = { runs: 0, failures: 0, series: 0, rowsWritten: 0, loaded: 0 };
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly pool: pg.Pool,
    private readonly clickhouse: ClickHouseClient,
    private readonly engine: DetectEngine,
    opts: Partial<BaselineOptions> & { database: string },
    private readonly logger?: Logger,
  ) {
    this.opts = { ...DEFAULT_BASELINES, ...opts };
  }

  /**
   * Load the stored profiles, then recompute in the background when they are missing or older
   * than one interval (a restart must not pay for a fresh 7-day scan every time), and keep
   * recomputing every interval. Never rejects.
   */
  async start(o: { recompute?: boolean } = {}): Promise<void> {
    let newest = -Infinity;
    try {
      newest = (await this.load()).newest;
    } catch (err) {
      this.counters.failures++;
      this.logger?.warn({ err }, 'detect: could not load seasonal baselines');
    }
    if (o.recompute !== false && !(Date.now() - newest < this.opts.intervalMs)) void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), this.opts.intervalMs);
    this.timer.unref();
  }

  /** Clears the timer and waits for a run in flight, so the pool is not closed under it. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One recomputation unless one is already in flight; failures are logged and counted, never thrown. */
  runOnce(): Promise<unknown> {
    if (this.running) return this.running;
    this.running = this.recompute()
      .then((r) => this.logger?.info(r, 'detect: seasonal baselines recomputed'))
      .catch((err) => {
        this.counters.failures++;
        this.logger?.warn({ err }, 'detect: seasonal baseline recomputation failed');
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Learn profiles from ClickHouse, upsert them, and hand them to the engine. Rejects on failure. */
  async recompute(): Promise<{ series: number; rows: number }> {
    this.counters.runs++;
    const history = await this.history();
    const profiles = history.map((h) => ({ ...h, key: `${h.key}|${ROLES.rate.suffix}`, profile: learnProfile(h.points), all: allHours(h.points) }));
    let rows: unknown[][] = [];
    let written = 0;
    const flush = async () => {
      if (!rows.length) return;
      await this.upsert(rows);
      written += rows.length;
      rows = [];
    };
    for (const p of profiles) {
      const row = (v: { baseline_value: number; threshold_warning: number; threshold_critical: number }, how: number | null, samples: number) =>
        [p.service, METRIC_NAME, p.key, v.baseline_value, v.threshold_warning, v.threshold_critical, this.opts.period, how, samples];
      for (const s of p.profile) if (Number.isFinite(s.baseline_value)) rows.push(row(s, slotToHourOfWeek(s.slot), s.samples));
      if (Number.isFinite(p.all.baseline_value)) rows.push(row(p.all, null, p.points.length));
      if (rows.length >= this.opts.batchRows) await flush();
    }
    await flush();
    // The engine switches only after every row is stored, so what it uses is what a restart loads.
    for (const p of profiles) this.engine.setSeasonal(p.key, p.profile);
    this.counters.series = profiles.length;
    this.counters.rowsWritten += written;
    return { series: profiles.length, rows: written };
  }

  /** Stored profiles of this period → engine. Rows not refreshed within the period belong to series that went away. */
  async load(): Promise<{ series: number; newest: number }> {
    const { rows } = await this.pool.query<{ series_key: string; hour_of_week: number | null; baseline_value: number; threshold_warning: number | null; threshold_critical: number | null; sample_count: string; updated_ms: string }>(
      `SELECT series_key, hour_of_week, baseline_value, threshold_warning, threshold_critical, sample_count, ` +
        `(extract(epoch FROM last_updated) * 1000)::bigint AS updated_ms FROM performance_baselines ` +
        `WHERE calculation_period = $1 AND last_updated >= now() - make_interval(days => $2) AND series_key IN (` +
        `SELECT DISTINCT series_key FROM performance_baselines WHERE calculation_period = $1 ORDER BY series_key LIMIT $3)`,
      [this.opts.period, Math.ceil(this.opts.days), this.opts.maxSeries],
    );
    const bySeries = new Map<string, SlotProfile[]>();
    let newest = -Infinity;
    for (const r of rows) {
      newest = Math.max(newest, Number(r.updated_ms));
      // The all-hours row is for readers of the table; the detector works per slot.
      if (r.hour_of_week === null || r.threshold_warning === null || r.threshold_critical === null) continue;
      let profile = bySeries.get(r.series_key);
      if (!profile) {
        // Slots without a row score as 'no_profile' (NaN baseline) rather than as anomalies.
        profile = Array.from({ length: SLOTS }, (_, slot) => ({ slot, baseline_value: NaN, threshold_warning: NaN, threshold_critical: NaN, samples: 0 }));
        bySeries.set(r.series_key, profile);
      }
      const slot = hourOfWeekToSlot(r.hour_of_week);
      profile[slot] = { slot, baseline_value: r.baseline_value, threshold_warning: r.threshold_warning, threshold_critical: r.threshold_critical, samples: Number(r.sample_count) };
    }
    for (const [key, profile] of bySeries) this.engine.setSeasonal(key, profile);
    this.counters.loaded = bySeries.size;
    return { series: bySeries.size, newest };
  }

  /** One query: hourly request rate per span series over the period, as (hour start, rate) points. */
  private async history(): Promise<SeriesHistory[]> {
    const table = `${ident(this.opts.database)}.series_rollups`;
    const rs = await this.clickhouse.query({
      query:
        `SELECT SeriesKey, any(svc), groupArray((toUnixTimestamp(h) * 1000, rate)) FROM (` +
        `SELECT SeriesKey, any(ServiceName) AS svc, toStartOfHour(StepStart) AS h, sum(Count) / sum(StepSeconds) AS rate FROM ${table} ` +
        `WHERE Kind = 'span' AND StepStart >= now64(3) - toIntervalDay({days:UInt32}) GROUP BY SeriesKey, h) ` +
        `GROUP BY SeriesKey HAVING count() >= {minHours:UInt32} ORDER BY SeriesKey LIMIT {n:UInt32}`,
      query_params: { days: this.opts.days, minHours: this.opts.minHours, n: this.opts.maxSeries },
      format: 'JSONCompactEachRow',
    });
    const rows = await rs.json<[string, string, Array<[number | string, number]>]>();
    return rows.map(([key, service, pts]) => ({ key, service, points: pts.map(([t, v]) => ({ t: Number(t), v: Number(v) })) }));
  }

  /** A single multi-row statement: atomic on its own, and no transaction held across awaits (PGlite has one connection). */
  private async upsert(rows: unknown[][]): Promise<void> {
    const values = rows.map((_, i) => `(${Array.from({ length: COLUMNS }, (_, j) => `$${i * COLUMNS + j + 1}`).join(', ')}, now())`).join(', ');
    await this.pool.query(
      `INSERT INTO performance_baselines (component, metric_name, series_key, baseline_value, threshold_warning, threshold_critical, ` +
        `calculation_period, hour_of_week, sample_count, last_updated) VALUES ${values} ` +
        `ON CONFLICT ON CONSTRAINT performance_baselines_series_period_hour_key DO UPDATE SET component = EXCLUDED.component, ` +
        `metric_name = EXCLUDED.metric_name, baseline_value = EXCLUDED.baseline_value, threshold_warning = EXCLUDED.threshold_warning, ` +
        `threshold_critical = EXCLUDED.threshold_critical, sample_count = EXCLUDED.sample_count, last_updated = EXCLUDED.last_updated`,
      rows.flat(),
    );
  }
}

/** The all-hours row: same robust bands as the slots, over every hourly point. */
function allHours(points: { v: number }[]): { baseline_value: number; threshold_warning: number; threshold_critical: number } {
  const vals = points.map((p) => p.v).filter(Number.isFinite);
  const base = median(vals);
  const scale = Math.max(mad(vals, base), Math.abs(base) * 1e-3, 1e-9);
  return { baseline_value: base, threshold_warning: base + DEFAULT_PROFILE.warningSigma * scale, threshold_critical: base + DEFAULT_PROFILE.criticalSigma * scale };
}

// Seasonal baselines: learned from series_rollups in embedded ClickHouse, upserted into
// performance_baselines in PGlite, and loaded back by a new detect stage.
import { silentLogger } from '../../src/telemetry/logger.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaselineStore, hourOfWeekToSlot, slotToHourOfWeek } from '../../src/detect/baselines.ts';
import { DetectEngine } from '../../src/detect/engine.ts';
import { slotOf } from '../../src/detect/seasonal.ts';
import { DetectStage } from '../../src/detect/stage.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';

const HOUR = 3_600_000;
const KEY = 'span|api|GET /orders';
const RATE_KEY = `${KEY}|rate`;
// Busy from 09:00 to 17:59 UTC, quiet otherwise; three days of complete past hours.
const busy = (t: number) => new Date(t).getUTCHours() >= 9 && new Date(t).getUTCHours() < 18;
const HOURS = 72;
const now = Math.floor(Date.now() / HOUR) * HOUR;
const hourStarts = Array.from({ length: HOURS }, (_, k) => now - (k + 1) * HOUR);

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-baselines-'));
let ch: ClickHouseHandle;
let pgh: PostgresHandle;

interface Row {
  id: string;
  hour_of_week: number | null;
  baseline_value: number;
  threshold_warning: number;
  threshold_critical: number;
  sample_count: string;
  service_name: string;
  metric_name: string;
}

async function stored(): Promise<Row[]> {
  const { rows } = await pgh.pool.query<Row>(
    `SELECT id, hour_of_week, baseline_value, threshold_warning, threshold_critical, sample_count, component AS service_name, metric_name
     FROM performance_baselines WHERE series_key = $1 AND calculation_period = '7d' ORDER BY hour_of_week NULLS LAST`,
    [RATE_KEY],
  );
  return rows;
}

beforeAll(async () => {
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: path.join(dir, 'ch'), requestTimeoutMs: 60_000 });
  await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  pgh = await openPostgres({ dataDir: path.join(dir, 'pg') });
  await migratePostgres(pgh.pool);
  // Six 10-minute steps per hour; the per-hour rate is count / seconds, with a little deterministic jitter.
  const values = hourStarts.flatMap((h, k) =>
    Array.from({ length: 6 }, (_, j) => ({
      ServiceName: 'api',
      SeriesKey: KEY,
      Kind: 'span',
      Name: 'GET /orders',
      Attributes: '',
      Unit: '',
      StepStart: new Date(h + j * 600_000).toISOString(),
      StepSeconds: 600,
      Count: 600 * ((busy(h) ? 100 : 10) + (k % 3)),
      Errors: 0,
      Value: 0,
      P50: 20,
      P95: 40,
      P99: 60,
      Min: 1,
      Max: 80,
      ExemplarTraceIds: [],
    })),
  );
  await ch.client.insert({ table: 'otel.series_rollups', values, format: 'JSONEachRow', clickhouse_settings: { date_time_input_format: 'best_effort', input_format_skip_unknown_fields: 1 } });
});

afterAll(async () => {
  await pgh?.close();
  await ch?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seasonal baselines', () => {
  it('maps slots (Sunday-based) to stored hour_of_week (Monday-based) and back', () => {
    const monday = Date.UTC(2024, 0, 1, 5); // a Monday, 05:00 UTC
    expect(slotToHourOfWeek(slotOf(monday))).toBe(5);
    expect(slotToHourOfWeek(slotOf(monday - 24 * HOUR))).toBe(6 * 24 + 5); // Sunday 05:00
    for (let s = 0; s < 168; s++) expect(hourOfWeekToSlot(slotToHourOfWeek(s))).toBe(s);
  });

  it('learns a per-hour profile from ClickHouse and stores 168 slots plus an all-hours row', async () => {
    const engine = new DetectEngine({ stepMs: 600_000 });
    const store = new BaselineStore(pgh.pool, ch.client, engine, { database: 'otel' });
    expect(await store.recompute()).toEqual({ series: 1, rows: 169 });
    const rows = await stored();
    expect(rows).toHaveLength(169);
    const slots = rows.filter((r) => r.hour_of_week !== null);
    expect(slots.map((r) => r.hour_of_week)).toEqual(Array.from({ length: 168 }, (_, i) => i));
    for (const r of rows) {
      expect(r.service_name).toBe('api');
      expect(r.metric_name).toBe('requests_per_second');
      expect(r.baseline_value).toBeLessThan(r.threshold_warning);
      expect(r.threshold_warning).toBeLessThan(r.threshold_critical);
    }
    // The daily shape: every busy hour of the week sits near 100/s, every quiet one near 10/s.
    for (const r of slots) {
      const hourOfDay = r.hour_of_week! % 24;
      if (hourOfDay >= 9 && hourOfDay < 18) expect(r.baseline_value).toBeGreaterThanOrEqual(100);
      else expect(r.baseline_value).toBeLessThanOrEqual(12);
      if (hourOfDay >= 9 && hourOfDay < 18) expect(r.baseline_value).toBeLessThanOrEqual(102);
      else expect(r.baseline_value).toBeGreaterThanOrEqual(10);
    }
    // Each stored hour counts its own hourly points: one per hour we inserted, in the hour_of_week it fell on.
    const perHow = new Map<number, number>();
    for (const h of hourStarts) perHow.set(slotToHourOfWeek(slotOf(h)), (perHow.get(slotToHourOfWeek(slotOf(h))) ?? 0) + 1);
    for (const r of slots) expect(Number(r.sample_count)).toBe(perHow.get(r.hour_of_week!) ?? 0);
    const all = rows.find((r) => r.hour_of_week === null)!;
    expect(Number(all.sample_count)).toBe(HOURS);
    // The engine got the same profile it stored.
    const profile = engine.seasonalProfile(RATE_KEY)!;
    expect(profile).toHaveLength(168);
    for (const r of slots) expect(profile[hourOfWeekToSlot(r.hour_of_week!)].baseline_value).toBe(r.baseline_value);
  });

  it('a second run updates the same rows instead of adding new ones', async () => {
    const before = await stored();
    await pgh.pool.query(`UPDATE performance_baselines SET baseline_value = -1, sample_count = 0 WHERE series_key = $1`, [RATE_KEY]);
    const store = new BaselineStore(pgh.pool, ch.client, new DetectEngine({ stepMs: 600_000 }), { database: 'otel', batchRows: 50 });
    await store.recompute();
    const after = await stored();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.map((r) => [r.baseline_value, r.sample_count])).toEqual(before.map((r) => [r.baseline_value, r.sample_count]));
    const { rows } = await pgh.pool.query<{ n: string }>(`SELECT count(*) AS n FROM performance_baselines`);
    expect(Number(rows[0].n)).toBe(169);
  });

  it('a new stage loads the stored baselines into its engine without recomputing fresh ones', async () => {
    // A value only PostgreSQL knows: if the stage recomputed from ClickHouse instead, it would be gone.
    const how = slotToHourOfWeek(slotOf(now));
    await pgh.pool.query(`UPDATE performance_baselines SET baseline_value = 4242, threshold_warning = 4300, threshold_critical = 4400 WHERE series_key = $1 AND hour_of_week = $2`, [RATE_KEY, how]);
    const stage = new DetectStage(
      { stepMs: 600_000, latenessMs: 600_000, maxSeries: 100, database: 'otel', warmupHours: 0, engine: { multivariate: false }, baselines: {} },
      { pool: pgh.pool, clickhouse: ch.client },
    );
    expect(stage.engine.seasonalProfile(RATE_KEY)).toBeUndefined();
    await stage.start();
    await stage.stop();
    const profile = stage.engine.seasonalProfile(RATE_KEY)!;
    expect(profile[slotOf(now)]).toMatchObject({ baseline_value: 4242, threshold_warning: 4300, threshold_critical: 4400 });
    expect(stage.baselines!.counters).toMatchObject({ loaded: 1, runs: 0, failures: 0 });
  });

  it('a stage without the option, or without Postgres, has no baseline store', () => {
    const base = { stepMs: 600_000, latenessMs: 600_000, maxSeries: 100, database: 'otel', warmupHours: 0, engine: {} };
    expect(new DetectStage(base, { pool: pgh.pool, clickhouse: ch.client }).baselines).toBeUndefined();
    expect(new DetectStage({ ...base, baselines: {} }, { clickhouse: ch.client }).baselines).toBeUndefined();
  });

  it('a failing recompute is logged and counted, never thrown', async () => {
    const warnings: object[] = [];
    const logger = { ...silentLogger, warn: (o: object | string) => void warnings.push(o as object) };
    const store = new BaselineStore(pgh.pool, ch.client, new DetectEngine(), { database: 'no_such_db', period: '13d' /* a period never stored */ }, logger);
    await expect(store.runOnce()).resolves.toBeUndefined();
    expect(store.counters).toMatchObject({ runs: 1, failures: 1 });
    expect(warnings).toHaveLength(1);
    // start() with nothing stored kicks off a recompute in the background; stop() waits for it.
    await store.start();
    await store.stop();
    expect(store.counters.failures).toBe(2);
  });
});

// The warm-up after a restart, on a real embedded ClickHouse: history is read in slices of whole
// steps, oldest first, bounded by maxRows (the newest rows), giving the event loop a turn between
// steps, and it ends early when the stage stops. And the gate that holds live records meanwhile:
// the stage starts (so the receivers can) before the history is in, and what arrived meanwhile is
// analysed after it, in order.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetectEngine } from '../../src/detect/engine.ts';
import { DetectStage } from '../../src/detect/stage.ts';
import type { StepRollup } from '../../src/detect/series-types.ts';
import { DEFAULT_WARMUP, warmFromHistory, WarmupGate } from '../../src/detect/warmup.ts';
import type { StoredConsumer } from '../../src/records.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { span } from '../../bench/lib/detect-records.ts';

const STEP = 10_000;
const SERIES = 30;
const STEPS = 50;
let dir: string;
let ch: ClickHouseHandle;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'homeostat-warmup-'));
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: path.join(dir, 'ch'), requestTimeoutMs: 60_000 });
  await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  // SERIES span series over the last STEPS steps, and one step of another step width (not read).
  await ch.client.command({
    query:
      `INSERT INTO otel.series_rollups (ServiceName, SeriesKey, Kind, Name, Attributes, Unit, StepStart, StepSeconds, Count, Errors, Value, P50, P95, P99, Min, Max, ExemplarTraceIds) ` +
      `SELECT 'svc', concat('span|svc|GET /', toString(s)), 'span', concat('GET /', toString(s)), '', '', ` +
      `toDateTime64(toStartOfInterval(now(), INTERVAL 10 SECOND), 3) - toIntervalSecond((step + 1) * 10), 10, 100, 0, nan, 20, 40, 60, 1, 90, [] ` +
      `FROM (SELECT number % ${SERIES} AS s, intDiv(number, ${SERIES}) AS step FROM numbers(${SERIES * STEPS}))`,
  });
  await ch.client.command({
    query: `INSERT INTO otel.series_rollups (ServiceName, SeriesKey, Kind, Name, StepStart, StepSeconds, Count) VALUES ('svc', 'span|svc|x', 'span', 'x', now64(3) - 60, 60, 1)`,
  });
});

afterAll(async () => {
  await ch?.close();
  await rm(dir, { recursive: true, force: true });
});

/** An engine that records what the warm-up feeds it. */
function recorder() {
  const steps: Array<{ t: number; keys: string[] }> = [];
  const engine = { warmStep: (t: number, batch: StepRollup[]) => steps.push({ t, keys: batch.map((b) => b.key).sort() }), setSeasonal() {}, logPath: { learn() {} } } as unknown as DetectEngine;
  return { engine, steps };
}

const options = { ...DEFAULT_WARMUP, database: 'otel', stepMs: STEP, hours: 1, seasonalDays: 0 };

describe('warmFromHistory', () => {
  it('replays every step whole and once, oldest first, across slice boundaries that cut steps', async () => {
    const { engine, steps } = recorder();
    // 64 rows a slice: every slice ends inside a step of 30 series.
    const r = await warmFromHistory(ch.client, engine, { ...options, sliceRows: 64 });
    expect(r).toMatchObject({ rows: SERIES * STEPS, steps: STEPS });
    expect(steps).toHaveLength(STEPS);
    for (const s of steps) expect(s.keys).toHaveLength(SERIES);
    for (let i = 1; i < steps.length; i++) expect(steps[i].t - steps[i - 1].t).toBe(STEP);
  });

  it('reads only the newest maxRows rows', async () => {
    const { engine, steps } = recorder();
    const all = recorder();
    await warmFromHistory(ch.client, all.engine, options);
    await warmFromHistory(ch.client, engine, { ...options, maxRows: 10 * SERIES, sliceRows: 64 });
    expect(steps.map((s) => s.t)).toEqual(all.steps.slice(-10).map((s) => s.t));
  });

  it('gives the event loop a turn between steps, and stops early when asked', async () => {
    let turns = 0;
    let done = false;
    const spin = () => {
      turns++;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    const { engine, steps } = recorder();
    await warmFromHistory(ch.client, engine, { ...options, yieldAfterMs: 0 });
    done = true;
    // A turn after (nearly) every step: in one go, the spinner would not have run in between.
    expect(turns).toBeGreaterThanOrEqual(STEPS - 1);
    const early = recorder();
    const r = await warmFromHistory(ch.client, early.engine, { ...options, sliceRows: 64, stopped: () => early.steps.length >= 5 });
    expect(early.steps).toHaveLength(5);
    expect(r.signatures).toBe(0);
    expect(steps).toHaveLength(STEPS);
  });
});

describe('WarmupGate', () => {
  it('holds batches in order, hands them on at release, then lets everything through; drops beyond its bound', async () => {
    const seen: string[] = [];
    const to: Required<StoredConsumer> = {
      traces: (s) => seen.push(`traces:${s.length}`),
      logs: (l) => seen.push(`logs:${l.length}`),
      metrics: (m) => seen.push(`metrics:${m.length}`),
    };
    const gate = new WarmupGate(to, 5);
    const t = Date.now();
    gate.traces([span('a', 'GET /', t, 10), span('a', 'GET /', t, 10)]);
    gate.metrics([]);
    gate.logs([]);
    gate.traces([span('a', 'GET /', t, 10), span('a', 'GET /', t, 10), span('a', 'GET /', t, 10), span('a', 'GET /', t, 10)]);
    expect(seen).toEqual([]);
    expect(gate.dropped).toBe(4);
    await gate.release();
    expect(gate.open).toBe(true);
    gate.traces([span('a', 'GET /', t, 10)]);
    expect(seen).toEqual(['traces:2', 'metrics:0', 'logs:0', 'traces:1']);
  });
});

describe('detect stage start', () => {
  it('returns before the warm-up is done; records stored meanwhile are analysed after the history', async () => {
    let letWarmupRead!: () => void;
    const reading = new Promise<void>((r) => (letWarmupRead = r));
    // A ClickHouse whose answers wait until the test says so: the warm-up cannot finish before.
    const slow = {
      query: async () => {
        await reading;
        return { json: async () => [['0', '0']] };
      },
    } as unknown as ClickHouseClient;
    let consumer: StoredConsumer | undefined;
    const stage = new DetectStage(
      { stepMs: STEP, latenessMs: STEP, maxSeries: 1000, database: 'otel', warmupHours: 1, engine: { multivariate: false } },
      { clickhouse: slow, stored: { subscribe: (c) => void (consumer = c) } },
    );
    await stage.start();
    let warmed = false;
    void stage.warmedUp.then(() => (warmed = true));
    // Started, subscribed, still warming: the pipeline goes on to start the receivers now.
    expect(consumer).toBeDefined();
    const t0 = Math.floor(Date.now() / STEP) * STEP - 5 * STEP;
    consumer!.traces!([span('api', 'GET /', t0, 10), span('api', 'GET /', t0 + STEP, 10), span('api', 'GET /', t0 + 2 * STEP, 10)]);
    await new Promise((r) => setTimeout(r, 50));
    expect(warmed).toBe(false);
    expect(stage.series.size).toBe(0);
    letWarmupRead();
    await stage.warmedUp;
    // The held spans reached the series once the history was in.
    expect(stage.series.size).toBeGreaterThan(0);
    await stage.stop();
  });
});

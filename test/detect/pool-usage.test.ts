// A connection pool running dry shows in no request until its last connection goes: the share of
// its connections in use (db.client.connection.count{state=used} over db.client.connection.max,
// as the pg instrumentation exports them) is a series of its own, judged like a resource.
import { describe, expect, it } from 'vitest';
import { PoolUsage, POOL_USAGE_METRIC } from '../../src/detect/pool-usage.ts';
import { Temporality, type MetricPoint, type NumberPoint } from '../../src/records.ts';
import { gauge, latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage, STAGE_STEP } from './helpers.ts';

const POOL = 'db.client.connection.pool.name';
const upDown = (service: string, name: string, tMs: number, value: number, attrs: string[], temporality: number = Temporality.CUMULATIVE): MetricPoint => ({
  ...(gauge(service, name, tMs, value, attrs, '{connection}') as NumberPoint),
  type: 'sum', temporality, isMonotonic: false,
});
const used = (svc: string, t: number, n: number) => upDown(svc, 'db.client.connection.count', t, n, ['db.client.connection.state', 'used', POOL, 'pg:5432/shop']);
const idle = (svc: string, t: number, n: number) => upDown(svc, 'db.client.connection.count', t, n, ['db.client.connection.state', 'idle', POOL, 'pg:5432/shop']);
const max = (svc: string, t: number, n: number) => upDown(svc, 'db.client.connection.max', t, n, [POOL, 'pg:5432/shop']);

describe('a pool share in use', () => {
  it('is the connections in use over the maximum, per service and pool, once both are known', () => {
    const u = new PoolUsage();
    expect(u.observe(used('inventory', 1000, 2))).toBeNull();
    expect(u.observe(idle('inventory', 1000, 3))).toBeNull();
    const d = u.observe(max('inventory', 1000, 5));
    expect(d).toMatchObject({ name: POOL_USAGE_METRIC, unit: '1', value: 0.4, type: 'gauge', attributes: [POOL, 'pg:5432/shop'] });
    expect(u.observe(used('inventory', 2000, 5))?.value).toBe(1);
    // Another service's pool of the same name is another pool.
    expect(u.observe(used('checkout', 2000, 5))).toBeNull();
    // The earlier conventions' names.
    const old = new PoolUsage();
    old.observe(upDown('api', 'db.client.connections.max', 1000, 10, ['pool.name', 'main']));
    expect(old.observe(upDown('api', 'db.client.connections.usage', 1000, 8, ['state', 'used', 'pool.name', 'main']))).toMatchObject({ value: 0.8, attributes: [POOL, 'main'] });
    expect(old.observe(upDown('api', 'db.client.connections.usage', 1000, 2, ['state', 'idle', 'pool.name', 'main']))).toBeNull();
    // A delta up-down counter carries changes, not the count.
    const u2 = new PoolUsage();
    u2.observe(max('inventory', 1000, 5));
    expect(u2.observe(upDown('inventory', 'db.client.connection.count', 1000, 1, ['db.client.connection.state', 'used'], Temporality.DELTA))).toBeNull();
  });

  /** Steady traffic at inventory, its pool of 5 reported each second; `held(i)` connections held from step i on. */
  function run(steps: number, held: (i: number) => number) {
    const { s, events } = recordingStage({ novelWarmupMs: 10 * STAGE_STEP });
    const r = rng(11);
    const T0 = Math.floor(Date.now() / STAGE_STEP) * STAGE_STEP - 3 * 3_600_000;
    for (let i = 0; i < steps; i++) {
      const t = T0 + i * STAGE_STEP;
      s.traces(Array.from({ length: 30 }, (_, j) => span('inventory', 'GET /stock/:sku', t + j * 300, latency(r, 12, 0.15))));
      const points: MetricPoint[] = [];
      for (let k = 0; k < 10; k++) {
        // One connection busy now and then, as a few queries a second find it.
        const n = Math.min(5, held(i) + (r() < 0.3 ? 1 : 0));
        points.push(used('inventory', t + k * 1000, n), idle('inventory', t + k * 1000, 5 - n), max('inventory', t + k * 1000, 5));
      }
      s.metrics(points);
    }
    void s.stop();
    return events.filter((e) => e.seriesKey.includes(POOL_USAGE_METRIC) || JSON.stringify(e.context).includes(POOL_USAGE_METRIC));
  }

  it('opens an incident when a leak holds most of the pool, while requests are still answered as usual', () => {
    const events = run(120, (i) => (i >= 90 ? 4 : 0));
    const opened = events.find((e) => e.action === 'open');
    expect(opened).toBeDefined();
    expect(opened!.serviceName).toBe('inventory');
  });

  it('stays quiet while the pool is used as usual, fills to three fifths in a surge, or always runs near full', () => {
    expect(run(120, () => 0).some((e) => e.action === 'open')).toBe(false);
    expect(run(120, (i) => (i >= 90 && i < 100 ? 2 : 0)).some((e) => e.action === 'open')).toBe(false);
    expect(run(120, () => 4).some((e) => e.action === 'open')).toBe(false);
  });

  it('stays quiet when a restart fills the pool over its limit for one step, and pages when it stays there', () => {
    // Seen on the scoreboard: a deploy queued inventory's requests; its pool read 0.6, 0.5, then
    // 0.8 for one step, and let go by itself. That paged (CRITICAL) in a decoy run.
    const blip = (i: number) => (i === 90 || i === 91 ? 3 : i === 92 ? 4 : 0);
    expect(run(120, blip).some((e) => e.action === 'open')).toBe(false);
    const stays = (i: number) => (i === 90 || i === 91 ? 3 : i >= 92 && i < 95 ? 4 : 0);
    expect(run(120, stays).some((e) => e.action === 'open')).toBe(true);
  });
});

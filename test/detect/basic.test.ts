import { describe, expect, it } from 'vitest';
import { EwmaDetector } from '../../src/detect/ewma.ts';
import { resolveLimit, scoreAgainst } from '../../src/detect/threshold.ts';
import type { Detector } from '../../src/detect/detector.ts';
import { MIN, noise, rng } from './helpers.ts';

function run<S>(d: Detector<S>, values: number[]): number[] {
  return values.map((v, i) => d.update(i * MIN, v).score);
}

describe('threshold limits (what the live engine scores ratio and latency series against)', () => {
  it('uses seed defaults and per-service overrides', () => {
    const rt = resolveLimit({}, 'api', 'response_time_ms');
    expect(scoreAgainst(rt, 1999)).toBe(0);
    expect(scoreAgainst(rt, 2001)).toBeGreaterThanOrEqual(0.5);
    expect(scoreAgainst(resolveLimit({ services: { batch: { cpu_percent: { max: 95 } } } }, 'batch', 'cpu_percent'), 90)).toBe(0);
    expect(scoreAgainst(resolveLimit({}, 'x', 'error_rate'), 0.06)).toBeGreaterThan(0);
    expect(scoreAgainst(resolveLimit({}, 'x', 'memory_percent'), 86)).toBeGreaterThan(0);
  });
});

describe('input guard', () => {
  it('skips and counts NaN, Inf, duplicates and out-of-order points', () => {
    const d = new EwmaDetector();
    d.update(1000, 1);
    expect(d.update(2000, NaN).reason).toBe('skipped:nan');
    d.update(3000, Infinity);
    d.update(500, 5); // earlier than the last accepted point (1000)
    d.update(1000, 5);
    expect(d.counters).toEqual({ nan: 1, infinite: 1, outOfOrder: 1, duplicate: 1 });
  });
});

describe('EWMA', () => {
  it('fires once on a level shift, then re-baselines', () => {
    const r = rng(2);
    const xs = Array.from({ length: 300 }, (_, i) => (i < 150 ? 50 : 80) + noise(r));
    const d = new EwmaDetector();
    const s = run(d, xs);
    const fired = s.map((x, i) => (x > 0.5 ? i : -1)).filter((i) => i >= 0);
    expect(fired).toEqual([150]);
    // Well after the shift the expectation follows the new level.
    expect(d.update(300 * MIN, 80).expected).toBeGreaterThan(75);
  });

  it('keeps a fixed field count (≈ 64 bytes per series)', () => {
    const d = new EwmaDetector();
    run(d, Array.from({ length: 5000 }, (_, i) => Math.sin(i)));
    expect(Object.keys(d.state()).length).toBe(7);
  });

  it('survives NaN bursts and dropouts', () => {
    const d = new EwmaDetector();
    const xs = Array.from({ length: 100 }, (_, i) => (i >= 40 && i < 50 ? NaN : 10 + (i % 3) * 0.1));
    const s = run(d, xs);
    expect(d.counters.nan).toBe(10);
    expect(s.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(s.slice(50).every((x) => x === 0)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { DecayingRecord } from '../../../src/detect/offline/record.ts';
import { EnsembleScorer } from '../../../src/detect/offline/ensemble.ts';
import { noise, rng } from '../helpers.ts';

describe('DecayingRecord', () => {
  it('compares each value with the record before it, then folds it in', () => {
    const r = new DecayingRecord(1e9); // no forgetting within the test
    expect(r.push(4, 0.5)).toBe(1); // first value: nothing to compare with
    expect(r.push(1, 0.5)).toBeCloseTo(0.5, 6); // 1 / (0.5 × 4)
    expect(r.push(2, 0.5)).toBe(1); // 2 ≥ 0.5 × 4
    expect(r.push(3, 1)).toBeCloseTo(0.75, 6); // 3 / 4
    expect(r.push(8, 1)).toBe(1);
    expect(r.push(4, 1)).toBeCloseTo(0.5, 6); // the record is now 8
  });

  it('forgets: after one half-life an old record counts half', () => {
    const r = new DecayingRecord(100);
    r.push(10, 1);
    for (let i = 0; i < 99; i++) r.push(0, 1);
    // record = 10 × 0.5^(99/100) just before the 100th push; compare against exactly 10 × 0.5
    expect(r.push(5, 1)).toBeCloseTo(5 / (10 * Math.pow(0.5, 99 / 100)), 9);
    for (let i = 0; i < 1000; i++) r.push(0, 1);
    expect(r.push(0.1, 1)).toBe(1);
  });
});

describe('EnsembleScorer with the pattern record', () => {
  // Noise with a burst of wild values every 600 rows. The first burst is large; the later ones
  // are smaller: each still surprises a ~1,000-row likelihood, but is of a size already seen.
  function bursty(n: number, seed: number): number[] {
    const r = rng(seed);
    return Array.from({ length: n }, (_, i) => 50 + noise(r) + (i % 600 >= 300 && i % 600 < 306 ? (i < 1000 ? 40 : 6) * noise(r) : 0));
  }

  // Rows after the first burst where the pattern signal alone would fire (before suppression).
  function patternRows(xs: number[], opts: object): number {
    const s = new EnsembleScorer(opts);
    let n = 0;
    xs.forEach((v, i) => {
      s.push(v);
      if (i >= 1500 && s.last.pattern >= 0.3) n++;
    });
    return n;
  }

  it('reports far fewer pattern surprises of a size the series has shown before', () => {
    const xs = bursty(6000, 21);
    const without = patternRows(xs, { recRho: 0 });
    const withRecord = patternRows(xs, {});
    expect(without).toBeGreaterThan(20);
    expect(withRecord).toBeLessThan(0.6 * without);
  });

  it('still fires on a surprise larger than any before', () => {
    const xs = bursty(6000, 22);
    for (let i = 5000; i < 5006; i++) xs[i] += 80 * (i % 2 ? 1 : -1);
    const s = new EnsembleScorer();
    const out = xs.map((v) => s.push(v));
    expect(Math.max(...out.slice(5000, 5010))).toBeGreaterThanOrEqual(0.3);
  });
});

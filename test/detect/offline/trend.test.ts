import { describe, expect, it } from 'vitest';
import { TrendRecord } from '../../../src/detect/offline/trend.ts';
import { EnsembleScorer } from '../../../src/detect/offline/ensemble.ts';
import { UnivariateDetector } from '../../../src/detect/offline/univariate.ts';
import { noise, rng } from '../helpers.ts';

const DAY = 288; // five-minute rows
const FIRE = 0.3;

/**
 * A machine-temperature-like series: a daily swing of ±10 around 80 with noise, two short sensor
 * dips to about 10 (so the raw range is wide and a later low value is no raw extreme), and, when
 * declineAt ≥ 0, a slow decline of 50 over 600 rows from there (to 30: below every smoothed level
 * of history, above the dips).
 */
function machine(seed: number, days: number, declineAt = -1): number[] {
  const r = rng(seed);
  const xs: number[] = [];
  for (let i = 0; i < days * DAY; i++) {
    let x = 80 + 10 * Math.sin((2 * Math.PI * i) / DAY) + 3 * noise(r);
    if ((i >= 700 && i < 720) || (i >= 2100 && i < 2115)) x = 10 + 3 * noise(r);
    if (declineAt >= 0 && i >= declineAt) x -= 50 * Math.min(1, (i - declineAt) / 600);
    xs.push(x);
  }
  return xs;
}

describe('TrendRecord', () => {
  it('stays silent on an ordinary daily swing, and reports a slow new decline once', () => {
    const quiet = new TrendRecord(200, 200, 1000, 0.25);
    expect(Math.max(...machine(1, 20).map((v) => quiet.push(v)))).toBeLessThan(0.25);

    const at = 14 * DAY;
    const tr = new TrendRecord(200, 200, 1000, 0.25);
    const out = machine(1, 20, at).map((v) => tr.push(v));
    const hits = out.map((x, i) => (x >= 0.25 ? i : -1)).filter((i) => i >= 0);
    // One row, partway down: the 200-row mean has left the old lows by a quarter of their range.
    expect(hits.length).toBe(1);
    expect(hits[0]).toBeGreaterThan(at + 200);
    expect(hits[0]).toBeLessThan(at + 600);
  });

  it('does not report a level that is already outside the record when the record becomes trusted', () => {
    const tr = new TrendRecord(50, 50, 100, 0.25);
    const out: number[] = [];
    // A steady climb: every smoothed level is beyond the record, from the first trusted row on.
    for (let i = 0; i < 1000; i++) out.push(tr.push(i));
    expect(Math.max(...out)).toBe(0);
  });
});

describe('EnsembleScorer trend signal', () => {
  it('reports a slow new decline that no other signal sees, and not the daily swing', () => {
    const at = 14 * DAY;
    const xs = machine(1, 20, at);
    const fired = (opts = {}) => {
      const s = new EnsembleScorer(opts);
      const out: { i: number; trend: number }[] = [];
      xs.forEach((v, i) => {
        if (s.push(v) >= FIRE && i >= at) out.push({ i, trend: s.last.trend });
      });
      return out;
    };
    const withTrend = fired();
    expect(withTrend.length).toBe(1);
    expect(withTrend[0].trend).toBe(0.5);
    expect(withTrend[0].i).toBeLessThan(at + 600);
    // Without the trend record the decline goes unreported.
    expect(fired({ trendScale: 0 })).toEqual([]);
    // The same series without the decline: the trend record never fires.
    const s = new EnsembleScorer();
    let maxTrend = 0;
    for (const v of machine(1, 20)) {
      s.push(v);
      maxTrend = Math.max(maxTrend, s.last.trend);
    }
    expect(maxTrend).toBe(0);
  });
});

describe('UnivariateDetector state with the trend record', () => {
  it('carries the smoothed levels\' range of all history, which the replayed rows alone do not show', () => {
    const xs = machine(2, 20).map((v, i) => (i < 1500 ? v - 30 : v)); // early levels far below the later ones
    const a = new UnivariateDetector();
    xs.forEach((v, i) => a.update(i * 300_000, v));
    const st = a.state();
    expect(st.trendRange![0]).toBeLessThan(55);
    const b = new UnivariateDetector();
    b.restore(st);
    expect(b.state().trendRange).toEqual(st.trendRange);
  });
});

import { describe, expect, it } from 'vitest';
import { EnsembleScorer } from '../../../src/detect/offline/ensemble.ts';
import { noise, rng } from '../helpers.ts';

const FIRE = 0.3;

function run(xs: number[], opts = {}): number[] {
  const s = new EnsembleScorer(opts);
  return xs.map((v) => s.push(v));
}

// A square wave with period 200 plus a little noise: its jumps are big but entirely routine.
function square(n: number, seed = 3): number[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => (Math.floor(i / 100) % 2 ? 20 : 0) + 0.2 * noise(r));
}

describe('EnsembleScorer', () => {
  it('stays quiet on routine jumps once it has seen them, and fires on a new spike', () => {
    const xs = square(3000);
    xs[2550] += 15;
    const s = run(xs);
    const fired = s.map((x, i) => (x >= FIRE ? i : -1)).filter((i) => i >= 1000);
    expect(fired).toEqual([2550]);
  });

  it('reports a lasting change once, then stays silent for the suppression period', () => {
    const r = rng(5);
    const xs = Array.from({ length: 2000 }, (_, i) => (i < 1500 ? 10 : 10 + 8 * Math.sin(i)) + 0.3 * noise(r));
    const s = run(xs, { suppressRows: 120 });
    const first = s.findIndex((x, i) => i >= 1500 && x >= FIRE);
    expect(first).toBeGreaterThanOrEqual(1500);
    expect(first).toBeLessThan(1510);
    expect(s.slice(first + 1, first + 121).every((x) => x === 0)).toBe(true);
  });

  it('fires on the spike row itself, not only once a moving average has caught up', () => {
    const r = rng(9);
    const xs = Array.from({ length: 1500 }, () => 50 + noise(r));
    xs[1200] = 80;
    const s = run(xs);
    expect(s[1200]).toBeGreaterThanOrEqual(FIRE);
  });

  it('reports a daily jump that does not come, once, while the stay is still going on', () => {
    const r = rng(13);
    const xs: number[] = [];
    for (let k = 0; k < 14; k++) {
      const low = k === 10 ? 500 : 180; // day 10: the jump is skipped
      for (let i = 0; i < low; i++) xs.push(20 + noise(r));
      for (let i = 0; i < 108; i++) xs.push(75 + 2 * noise(r));
    }
    const s = run(xs);
    const start = 10 * 288;
    const fired = s.map((x, i) => (x >= FIRE ? i : -1)).filter((i) => i >= 1000);
    // Once the stay is 1.3× the usual 180 rows, well before the late jump at start + 500.
    expect(fired).toContain(start + 233);
    expect(fired.filter((i) => i > start && i < start + 500)).toEqual([start + 233]);
  });

  it('fires on the row that goes beyond every earlier value, on a series full of routine spikes', () => {
    const r = rng(21);
    // A spike of 8–10 every 37 rows: routine, so the likelihoods learn to expect big surprises.
    const xs = Array.from({ length: 3000 }, (_, i) => 50 + noise(r) + (i % 37 === 0 ? 8 + 2 * r() : 0));
    xs[2500] = 66; // 16 up: beyond every earlier spike by about a third of the range
    // The volatility record (off here) also reports one chance cluster of noise and spikes.
    const s = run(xs, { volScale: 0 });
    expect(s.map((x, i) => (x >= FIRE && i >= 1000 ? i : -1)).filter((i) => i >= 0)).toEqual([2500]);
    expect(run(xs)[2500]).toBeGreaterThanOrEqual(FIRE);
    // Without the new-extreme signal the row itself is not reported.
    expect(run(xs, { extScale: 0, volScale: 0 })[2500]).toBeLessThan(FIRE);
  });

  it('reports a change of variance that keeps every value in range, by the volatility record', () => {
    const r = rng(31);
    // A daily swing of ±20 with noise that doubles at row 2500: no value leaves the usual range.
    const xs = Array.from({ length: 3000 }, (_, i) => 50 + 20 * Math.sin((2 * Math.PI * i) / 288) + (i >= 2500 ? 2 : 1) * noise(r));
    const s = new EnsembleScorer();
    const fired: number[] = [];
    xs.forEach((v, i) => {
      if (s.push(v) >= FIRE && i >= 1000) {
        fired.push(i);
        expect(s.last.volatility).toBe(1);
      }
    });
    expect(fired.length).toBe(1);
    expect(fired[0]).toBeGreaterThanOrEqual(2500);
    expect(fired[0]).toBeLessThan(2515);
    // Without the volatility signal the change goes unreported.
    expect(run(xs, { volScale: 0 }).slice(1000).every((x) => x < FIRE)).toBe(true);
  });

  it('discounts a busy hour of the day in the volatility record when given timestamps', () => {
    // Five-minute rows; every day from 18:00 to 19:00 the noise is 4–8 times its usual size.
    const DAY = 288;
    const days = (withTime: boolean) => {
      const seen = new Set<string>();
      for (let seed = 1; seed <= 20; seed++) {
        const r = rng(seed);
        const s = new EnsembleScorer();
        let amp = 6;
        for (let i = 0; i < 30 * DAY; i++) {
          if (i % DAY === 0) amp = 4 + 4 * r();
          const x = 50 + 20 * Math.sin((2 * Math.PI * i) / DAY) + (Math.floor((i % DAY) / 12) === 18 ? amp : 1) * noise(r);
          if (withTime) s.push(x, Date.UTC(2024, 0, 1) + i * 300_000);
          else s.push(x);
          // The volatility signal alone at a level that fires (its weight is 0.5).
          if (i >= 5 * DAY && s.last.volatility >= 2 * FIRE) seen.add(`${seed}/${Math.floor(i / DAY)}`);
        }
      }
      return seen.size;
    };
    const plain = days(false);
    expect(plain).toBeGreaterThanOrEqual(20);
    expect(days(true)).toBeLessThanOrEqual(plain / 2);
  });

  it('keeps every score in [0,1]', () => {
    const r = rng(11);
    const s = run(Array.from({ length: 1500 }, (_, i) => (i % 97 === 0 ? 1e9 : r())));
    expect(s.every((x) => x >= 0 && x <= 1)).toBe(true);
  });
});

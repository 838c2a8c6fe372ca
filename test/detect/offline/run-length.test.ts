import { describe, expect, it } from 'vitest';
import { RunLengthNovelty } from '../../../src/detect/offline/run-length.ts';
import { noise, rng } from '../helpers.ts';

// Low for `low` rows, high for 100 rows, repeated; with noise well inside one level.
function cycles(n: number, low: (k: number) => number, seed = 1): number[] {
  const r = rng(seed);
  const xs: number[] = [];
  for (let k = 0; xs.length < n; k++) {
    for (let i = 0; i < low(k); i++) xs.push(10 + 0.3 * noise(r));
    for (let i = 0; i < 100; i++) xs.push(90 + 0.3 * noise(r));
  }
  return xs.slice(0, n);
}

function ratios(xs: number[]): number[] {
  const d = new RunLengthNovelty({ minRun: 20 });
  return xs.map((v) => d.push(v));
}

describe('RunLengthNovelty', () => {
  it('stays below 1 while every stay is as long as before', () => {
    const r = ratios(cycles(3000, () => 150));
    expect(Math.max(...r.slice(1000))).toBeLessThanOrEqual(1);
  });

  it('exceeds 1.3 when a low stay lasts far longer than any before (a jump that did not come)', () => {
    const xs = cycles(3000, (k) => (k === 8 ? 400 : 150));
    const r = ratios(xs);
    const start = 8 * 250; // start of the long stay
    const first = r.findIndex((x, i) => i > start && x >= 1.3);
    expect(first).toBe(start + Math.ceil(1.3 * 150) - 1);
    // Before the long stay nothing looked unusual.
    expect(Math.max(...r.slice(1000, start + 150))).toBeLessThanOrEqual(1);
  });

  it('is silent for levels it has not seen often enough and for a flat series', () => {
    const flat = ratios(Array.from({ length: 2000 }, () => 5));
    expect(Math.max(...flat)).toBe(0);
    const once = ratios([...Array.from({ length: 50 }, () => 0), ...Array.from({ length: 1000 }, () => 100)]);
    expect(Math.max(...once)).toBe(0);
  });
});

describe('RunLengthNovelty with cvMax (stays judged only where they are regular, or flat)', () => {
  // Low stays of irregular length (four short, one long: CV ≈ 1.7), high stays of 100 rows, then
  // one low stay of 500 rows: noisy like the others, or stuck at one value.
  function irregular(last: 'noisy' | 'flat'): number[] {
    const r = rng(4);
    const xs: number[] = [];
    for (let k = 0; k < 15; k++) {
      const len = k % 5 === 4 ? 300 : 10;
      for (let i = 0; i < len; i++) xs.push(10 + noise(r));
      for (let i = 0; i < 100; i++) xs.push(90 + noise(r));
    }
    for (let i = 0; i < 500; i++) xs.push(last === 'flat' ? 10.5 : 10 + noise(r));
    return xs;
  }
  const peak = (xs: number[], cvMax: number) => {
    const d = new RunLengthNovelty({ minRun: 20, cvMax });
    const r = xs.map((v) => d.push(v));
    return Math.max(...r.slice(xs.length - 500));
  };

  it('does not call a long stay a record at a level whose stays vary widely', () => {
    const xs = irregular('noisy');
    expect(peak(xs, 0)).toBeGreaterThanOrEqual(1.3); // the plain record fires
    expect(peak(xs, 1)).toBe(0);
  });

  it('still calls a stuck value a record there', () => {
    expect(peak(irregular('flat'), 1)).toBeGreaterThanOrEqual(1.3);
  });
});

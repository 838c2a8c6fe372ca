import { describe, expect, it } from 'vitest';
import { VolatilityRecord } from '../../../src/detect/offline/volatility.ts';
import { noise, rng } from '../helpers.ts';

describe('VolatilityRecord', () => {
  it('is silent on steady noise and fires when the series becomes noisier than ever', () => {
    const r = rng(11);
    const vol = new VolatilityRecord(12, 100);
    const out: number[] = [];
    for (let i = 0; i < 3000; i++) out.push(vol.push(50 + (i >= 2500 ? 3 : 1) * noise(r)));
    // Steady noise: after the first thousand rows only tiny new records, by chance.
    expect(Math.max(...out.slice(1000, 2500))).toBeLessThan(0.1);
    // Three times the usual swing: a clear record within a few rows of the change.
    const first = out.findIndex((x, i) => i >= 2500 && x > 0.1);
    expect(first).toBeGreaterThanOrEqual(2500);
    expect(first).toBeLessThan(2520);
  });

  it('is not fooled by a level shift or a value beyond the range when the steps stay ordinary', () => {
    const r = rng(12);
    const vol = new VolatilityRecord(12, 100);
    let max = 0;
    for (let i = 0; i < 3000; i++) {
      const x = vol.push(i * 0.01 + noise(r)); // drifts far beyond its old range, one ordinary step at a time
      if (i >= 1000) max = Math.max(max, x);
    }
    // Only the chance records of steady noise (well below what a real change gives).
    expect(max).toBeLessThan(0.15);
  });

  it('counts a single big jump only while it is inside the window', () => {
    const r = rng(13);
    const vol = new VolatilityRecord(12, 100);
    const out: number[] = [];
    for (let i = 0; i < 2000; i++) out.push(vol.push(10 + noise(r) + (i >= 1500 ? 20 : 0)));
    // One jump of 20 (about 30 usual steps) lifts the 12-row mean for 12 rows, then nothing more.
    expect(Math.max(...out.slice(1500, 1512))).toBeGreaterThan(0.3);
    expect(Math.max(...out.slice(1512))).toBe(0);
  });
});

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

describe('VolatilityRecord with the hour-of-day discount', () => {
  const STEP = 5 * 60_000;
  const DAY = 288; // rows
  const T0 = Date.UTC(2024, 0, 1);
  /** A daily swing; every day from 18:00 to 19:00 the noise is 4–8 times its usual size (a busy hour). */
  function busyHour(seed: number, burstAt = -1): number[] {
    const r = rng(seed);
    let amp = 6;
    const xs: number[] = [];
    for (let i = 0; i < 30 * DAY; i++) {
      if (i % DAY === 0) amp = 4 + 4 * r();
      const hour = Math.floor((i % DAY) / 12);
      let x = 50 + 20 * Math.sin((2 * Math.PI * i) / DAY) + (hour === 18 ? amp : 1) * noise(r);
      if (burstAt >= 0 && i >= burstAt && i < burstAt + 12) x += 30 * noise(r);
      xs.push(x);
    }
    return xs;
  }
  /** Days (seed/day) after the fifth on which the record goes far enough to fire in the ensemble. */
  function recordDays(phaseK: number): number {
    const days = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const vol = new VolatilityRecord(12, 100, phaseK);
      busyHour(seed).forEach((x, i) => {
        if (vol.push(x, T0 + i * STEP) >= 0.06 && i >= 5 * DAY) days.add(`${seed}/${Math.floor(i / DAY)}`);
      });
    }
    return days.size;
  }

  it('stops a routine busy hour from setting firing-level records by chance', () => {
    const plain = recordDays(0);
    const phased = recordDays(2);
    // The busy hour's peak varies from day to day, so it beats its earlier best every few days.
    expect(plain).toBeGreaterThanOrEqual(20);
    // Only a record well beyond that hour's usual day-to-day spread still counts.
    expect(phased).toBeLessThanOrEqual(plain / 2);
  });

  it('still reports a burst of noise at a quiet hour in full', () => {
    const at = 25 * DAY + 36; // 03:00 on day 25
    const excess = (phaseK: number) => {
      const vol = new VolatilityRecord(12, 100, phaseK);
      return Math.max(...busyHour(5, at).map((x, i) => vol.push(x, T0 + i * STEP)).slice(at, at + 24));
    };
    expect(excess(0)).toBeGreaterThan(0.3);
    expect(excess(2)).toBe(excess(0));
  });

  it('does not discount without timestamps or on rows more than an hour apart', () => {
    const xs = busyHour(3);
    const plain = new VolatilityRecord(12, 100, 0);
    const noTime = new VolatilityRecord(12, 100, 2);
    const daily = new VolatilityRecord(12, 100, 2);
    xs.forEach((x, i) => {
      const e = plain.push(x);
      expect(noTime.push(x)).toBe(e);
      expect(daily.push(x, T0 + i * 86_400_000)).toBe(e);
    });
  });
});

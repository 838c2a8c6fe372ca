import { describe, expect, it } from 'vitest';
import { NewExtreme } from '../../../src/detect/offline/extreme.ts';

describe('NewExtreme', () => {
  it('measures how far a value lies beyond the range seen before it, as a fraction of that range', () => {
    const e = new NewExtreme(0);
    expect(e.push(10)).toBe(0);
    expect(e.push(20)).toBe(0); // no range yet before this value
    expect(e.push(15)).toBe(0); // inside
    expect(e.push(25)).toBeCloseTo(0.5, 12); // 5 beyond a range of 10
    expect(e.push(0)).toBeCloseTo(10 / 15, 12); // 10 below a range of 15 (10..25)
    expect(e.range()).toEqual([0, 25]);
  });

  it('stays silent while the range is still being learned', () => {
    const e = new NewExtreme(3);
    const out = [1, 2, 3, 100, 200].map((v) => e.push(v));
    expect(out.slice(0, 3)).toEqual([0, 0, 0]);
    expect(out[3]).toBeCloseTo(97 / 2, 12); // the first row after minRows is judged
    expect(out[4]).toBeCloseTo(100 / 99, 12);
  });

  it('gives a slow drift (a tenth of the swing per cycle) only small excesses, a jump a large one', () => {
    const drift = new NewExtreme(100);
    let maxDrift = 0;
    for (let i = 0; i < 1000; i++) maxDrift = Math.max(maxDrift, drift.push(i * 0.001 + Math.sin(i / 5)));
    expect(maxDrift).toBeLessThan(0.02);
    const jump = new NewExtreme(10);
    for (let i = 0; i < 1000; i++) jump.push(Math.sin(i / 5));
    expect(jump.push(1.6)).toBeGreaterThan(0.25);
  });

  it('restores a range that recent rows alone would not show', () => {
    const e = new NewExtreme(0);
    e.push(5);
    e.push(6);
    e.include(0, 10);
    expect(e.range()).toEqual([0, 10]);
    expect(e.push(12)).toBeCloseTo(0.2, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { mad, median, medianMadOf, Ring } from '../../src/detect/stats.ts';
import { rng } from './helpers.ts';

describe('medianMadOf', () => {
  it('gives the same median and MAD as median/mad of the ring, filling, full and wrapped', () => {
    const r = rng(11);
    const out = new Float64Array(2);
    for (const cap of [1, 2, 7, 24]) {
      const ring = new Ring(cap);
      expect(medianMadOf(ring)).toBeNaN();
      for (let i = 0; i < 3 * cap + 5; i++) {
        // Ties and repeated values too: a quarter of the points are rounded to a few levels.
        ring.push(r() < 0.25 ? Math.round(r() * 3) : 100 * r() - 20);
        const vals = ring.toArray();
        const m = median(vals);
        expect(medianMadOf(ring, out)).toBe(m);
        expect(out[0]).toBe(m);
        expect(out[1]).toBe(mad(vals, m));
      }
    }
  });
});

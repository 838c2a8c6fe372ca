import { describe, expect, it } from 'vitest';
import { mad, median, medianMadOf, Ring, ValueRing } from '../../src/detect/stats.ts';
import { rng } from './helpers.ts';

describe('medianMadOf', () => {
  it('gives the same median and MAD as median/mad of the ring, filling, full and wrapped', () => {
    const r = rng(11);
    const out = new Float64Array(2);
    // A ValueRing also inside a larger array, as a series model keeps it.
    for (const [cap, ring] of [1, 2, 7, 24].flatMap((c) => [[c, new Ring(c)] as const, [c, new ValueRing(c)] as const, [c, new ValueRing(c, new Array<number>(c + 9).fill(-1), 5)] as const])) {
      const offset = ring instanceof ValueRing ? ring.offset : 0;
      expect(medianMadOf(ring.buf, offset, ring.size)).toBeNaN();
      for (let i = 0; i < 3 * cap + 5; i++) {
        // Ties and repeated values too: a quarter of the points are rounded to a few levels.
        ring.push(r() < 0.25 ? Math.round(r() * 3) : 100 * r() - 20);
        const vals = ring.toArray();
        expect(vals).toHaveLength(Math.min(i + 1, cap));
        const m = median(vals);
        expect(medianMadOf(ring.buf, offset, ring.size, out)).toBe(m);
        expect(out[0]).toBe(m);
        expect(out[1]).toBe(mad(vals, m));
      }
    }
  });
});

describe('ValueRing', () => {
  it('keeps the newest values oldest first, like Ring', () => {
    const store = new Array<number>(12).fill(-1);
    for (const b of [new ValueRing(5), new ValueRing(5, store, 4)]) {
      const a = new Ring(5);
      for (let i = 0; i < 13; i++) {
        a.push(i * 1.5);
        b.push(i * 1.5);
        expect(b.toArray()).toEqual(a.toArray());
        expect(b.size).toBe(a.size);
        for (let j = 0; j < b.size; j++) expect(b.at(j)).toBe(a.at(j));
      }
    }
    // Slots outside its own stay untouched.
    expect([...store.slice(0, 4), ...store.slice(9)]).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });
});

import { describe, expect, it } from 'vitest';
import { FifoMap } from '../../src/detect/service-graph.ts';
import { rng } from './helpers.ts';

/** What the graph did before: evict the Map's first key when full. */
function referenceSet(m: Map<string, string>, k: string, v: string, cap: number): void {
  if (m.size >= cap) m.delete(m.keys().next().value as string);
  m.set(k, v);
}

describe('FifoMap', () => {
  it('holds exactly what a Map evicting its first key holds, through sets, re-sets and deletes', () => {
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const cap = 50;
      const ref = new Map<string, string>();
      const f = new FifoMap<string>(cap);
      for (let i = 0; i < 20_000; i++) {
        // A small key space so keys are re-set, deleted and re-inserted often.
        const k = `k${Math.floor(r() * 120)}`;
        if (r() < 0.3) {
          expect(f.delete(k)).toBe(ref.delete(k));
        } else {
          referenceSet(ref, k, `v${i}`, cap);
          f.set(k, `v${i}`);
        }
        if (i % 97 === 0) expect([...f.keys()]).toEqual([...ref.keys()]);
      }
      expect([...f.keys()].map((k) => f.get(k))).toEqual([...ref.values()]);
    }
  });

  it('keeps its key queue bounded when keys leave by delete and the map never fills', () => {
    const f = new FifoMap<string>(1000);
    for (let i = 0; i < 100_000; i++) {
      f.set(`s${i}`, 'svc');
      f.delete(`s${i}`);
    }
    expect(f.size).toBe(0);
    expect((f as unknown as { queue: string[] }).queue.length).toBeLessThan(200);
  });
});

import { describe, expect, it } from 'vitest';
import { averagePathLength, IsolationForest } from '../../src/detect/isolation-forest.ts';
import { seededRandom } from '../../src/random.ts';
import { MultivariateDetector } from '../../src/detect/multivariate.ts';
import { MIN, rng } from './helpers.ts';

const T0 = Date.UTC(2024, 0, 7);

function rows(n: number, r: () => number): Float64Array {
  const out = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) out.set([100 + 10 * r(), 1 + r(), 200 + 20 * r()], i * 3);
  return out;
}

describe('isolation forest', () => {
  it('isolates a point far from the training rows sooner than one among them', () => {
    const f = new IsolationForest(rows(64, rng(1)), 64, 3, 50, seededRandom(7));
    const inside = f.score([105, 1.5, 210]);
    const outside = f.score([100, 30, 900]);
    expect(inside).toBeLessThan(0.5);
    expect(outside).toBeGreaterThan(0.6);
  });

  it('is the same forest when trained twice with the same seed', () => {
    const data = rows(64, rng(2));
    const a = new IsolationForest(data, 64, 3, 20, seededRandom(3));
    const b = new IsolationForest(data, 64, 3, 20, seededRandom(3));
    expect(a.nodes).toBe(b.nodes);
    for (const p of [[104, 1.2, 190], [150, 1, 200], [100, 2, 260]]) expect(a.score(p)).toBe(b.score(p));
  });

  it('stops splitting rows that are all equal only at the depth limit, as the library it replaces did', () => {
    // 8 identical rows: every split puts all rows right, so each tree is a chain of depth ⌈log2 8⌉ + 1.
    const same = new Float64Array(8).fill(5);
    const f = new IsolationForest(same, 8, 1, 1, seededRandom(1));
    expect(f.nodes).toBe(2 * 4 + 1);
    // The rows themselves end in the deepest leaf: path 4 + c(8).
    expect(f.score([5])).toBeCloseTo(2 ** (-(4 + averagePathLength(8)) / averagePathLength(8)), 12);
    expect(f.score([4])).toBeGreaterThan(f.score([5]));
  });
});

describe('multivariate window', () => {
  it('keeps the newest `window` normal vectors, oldest first, across growth and wrap-around', () => {
    const d = new MultivariateDetector({ window: 40, minTrain: 1000 });
    for (let i = 0; i < 100; i++) d.update(T0 + i * MIN, [i, 2 * i]);
    const s = d.state();
    expect(s.normal).toHaveLength(40);
    expect(s.normal[0]).toEqual([60, 120]);
    expect(s.normal[39]).toEqual([99, 198]);
    const e = new MultivariateDetector({ window: 40, minTrain: 10 });
    e.restore(s);
    expect(e.state()).toEqual(s);
  });
});

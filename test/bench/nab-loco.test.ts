import { describe, expect, it } from 'vitest';
import { gridOf, leaveOneCategoryOut, type Candidate, type CategorisedFile } from '../../bench/lib/nab-loco.ts';

// 200 rows → probation 30; one window [100, 109] per category file except D (no windows).
function file(category: string, detections: number[], windows = [{ start: 100, end: 109 }]): CategorisedFile {
  const scores = new Array<number>(200).fill(0);
  for (const i of detections) scores[i] = 1;
  return { name: `${category}/f.csv`, category, scores, windows };
}

// cand0 finds A and B, misses C, and fires once in the window-free D (a false positive);
// cand1 finds A and C, misses B, and is silent in D.
const candidates: Candidate<{ k: number }>[] = [
  { cfg: { k: 0 }, files: [file('A', [100]), file('B', [100]), file('C', []), file('D', [150], [])] },
  { cfg: { k: 1 }, files: [file('A', [100]), file('B', []), file('C', [100]), file('D', [], [])] },
];

describe('leave-one-category-out', () => {
  const r = leaveOneCategoryOut(candidates);
  const by = Object.fromEntries(r.categories.map((c) => [c.category, c]));

  it('chooses each held-out category\'s configuration on the other categories only', () => {
    // Held out C: on A, B, D cand0 scores 1 + 1 − 0.11 against cand1's 1 − 1, so cand0, which misses C.
    expect(by.C.chosen).toBe(0);
    expect(by.C.profiles[0].heldOut).toBeCloseTo(0, 9); // a miss: the null score
    // Held out A: on B, C, D cand0 scores 1 − 1 − 0.11 and cand1 −1 + 1: cand1.
    expect(by.A.chosen).toBe(1);
    expect(by.A.profiles[0].heldOut).toBeCloseTo(100, 9);
    // Held out B: cand1 again (2 finds on A, C), and it misses B.
    expect(by.B.chosen).toBe(1);
    expect(by.B.profiles[0].heldOut).toBeCloseTo(0, 9);
    // Held out D: both score 2 − 1 on A, B, C: a tie keeps the first candidate, whose FP in D costs A_FP.
    expect(by.D.chosen).toBe(0);
    expect(by.D.profiles[0].heldOut).toBeNull();
    expect(by.D.profiles[0].raw).toBeCloseTo(-0.11, 9);
  });

  it('pools the held-out raw scores and normalises them over every window', () => {
    // A +1, B −1, C −1, D −0.11 → −1.11 between null −3 and perfect 3.
    expect(r.pooled[0]).toBeCloseTo((100 * (-1.11 + 3)) / 6, 9);
    // low-FP charges the FP in D 0.22; low-FN charges a miss 2.
    expect(r.pooled[1]).toBeCloseTo((100 * (1 - 1 - 1 - 0.22 + 3)) / 6, 9);
    expect(r.pooled[2]).toBeCloseTo((100 * (1 - 2 - 2 - 0.11 + 6)) / 9, 9);
    expect(r.meanOfCategories[0]).toBeCloseTo(100 / 3, 9);
  });
});

describe('gridOf', () => {
  it('lists every combination, the first value of every axis first', () => {
    expect(gridOf<{ a: number; b: number }>({ a: [1, 2], b: [10, 20, 30] })).toEqual([
      { a: 1, b: 10 }, { a: 1, b: 20 }, { a: 1, b: 30 },
      { a: 2, b: 10 }, { a: 2, b: 20 }, { a: 2, b: 30 },
    ]);
  });
});

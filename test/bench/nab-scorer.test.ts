import { describe, expect, it } from 'vitest';
import { PROFILES, fpReward, scoreFile, sigmoidA, sweep, tpReward, type ScoredFile } from '../../bench/lib/nab-scorer.ts';
import { probationLength, windowsToIndices } from '../../bench/lib/nab-windows.ts';
import { parseTimestamp } from '../../src/detect/timestamp.ts';

const std = PROFILES[0];
const lowFp = PROFILES[1];
const lowFn = PROFILES[2];

// 200 rows → probation = min(floor(0.15·200), 750) = 30. One window [100, 109], W = 10.
function file(detections: number[], windows = [{ start: 100, end: 109 }], n = 200): ScoredFile {
  const scores = new Array<number>(n).fill(0);
  for (const i of detections) scores[i] = 1;
  return { name: 'f', scores, windows };
}

describe('NAB scorer', () => {
  it('A(y) matches the scaled sigmoid', () => {
    // A(0) = 2/(1+1) − 1 = 0; A(−1) = 2/(1+e^−5) − 1 = 2/1.0067379 − 1 = 0.9866143
    expect(sigmoidA(0)).toBe(0);
    expect(sigmoidA(-1)).toBeCloseTo(0.9866143, 6);
    expect(sigmoidA(3.0001)).toBe(-1);
  });

  it('probation is min(floor(0.15 n), 750)', () => {
    expect(probationLength(200)).toBe(30);
    expect(probationLength(10_000)).toBe(750);
  });

  it('a detection at the window start scores exactly A_TP', () => {
    // y = −(109 − 100 + 1)/10 = −1 → A_TP · A(−1)/A(−1) = 1
    expect(scoreFile(file([100]), 0.5, std)).toEqual({ score: 1, tp: 1, fp: 0, fn: 0 });
    // Later in the window earns less: i = 109 → y = −1/10, A(−0.1) = 2/(1+e^−0.5) − 1 = 0.2449187,
    // divided by 0.9866143 → 0.2482416.
    expect(tpReward(109, { start: 100, end: 109 }, std)).toBeCloseTo(0.2482416, 6);
  });

  it('only the earliest detection in a window counts', () => {
    expect(scoreFile(file([100, 101, 105]), 0.5, std).score).toBe(1);
  });

  it('a missed window costs −A_FN', () => {
    expect(scoreFile(file([]), 0.5, std).score).toBe(-1);
    expect(scoreFile(file([]), 0.5, lowFn).score).toBe(-2);
  });

  it('an FP far from any window costs −A_FP', () => {
    // Before the window, no preceding window: −0.11 (standard), −0.22 (low FP). Window caught at start: +1.
    expect(scoreFile(file([50, 100]), 0.5, std).score).toBeCloseTo(1 - 0.11, 12);
    expect(scoreFile(file([50, 100]), 0.5, lowFp).score).toBeCloseTo(1 - 0.22, 12);
    // After the window, far: y = (160 − 109)/(10 − 1) = 5.67 > 3 → A = −1 → −0.11.
    expect(fpReward(160, { start: 100, end: 109 }, std)).toBeCloseTo(-0.11, 12);
  });

  it('an FP right after a wide window costs ≈ 0', () => {
    // W = 101, i = R + 1: y = 1/100 = 0.01, A(0.01) = 2/(1+e^0.05) − 1 = −0.0249948; × 0.11 = −0.0027494.
    const w = { start: 100, end: 200 };
    expect(fpReward(201, w, std)).toBeCloseTo(-0.0027494, 6);
  });

  it('detections in the probationary period are ignored', () => {
    // Row 10 < 30 would be an FP (−0.11) outside probation; here it is ignored → only the FN remains.
    expect(scoreFile(file([10]), 0.5, std)).toEqual({ score: -1, tp: 0, fp: 0, fn: 1 });
  });

  it('sweep normalises the null detector to 0 and the perfect one to 100', () => {
    const nullRun = sweep([file([])], std);
    expect(nullRun.normalised).toBe(0);
    const perfect = sweep([file([100]), file([40], [{ start: 40, end: 60 }])], std);
    expect(perfect.normalised).toBeCloseTo(100, 12);
    expect(perfect.perfectScore).toBe(2);
    expect(perfect.nullScore).toBe(-2);
  });

  it('sweep picks the threshold maximising the total', () => {
    // Scores: window start 0.9, an FP at 0.95, another FP at 0.5.
    // thr 0.95: −1 − 0.11 = −1.11; thr 0.9: 1 − 0.11 = 0.89; thr 0.5: 0.89 − 0.11 = 0.78 → 0.9 wins.
    const f = file([]);
    (f.scores as number[])[100] = 0.9;
    (f.scores as number[])[50] = 0.95;
    (f.scores as number[])[150] = 0.5; // y = 41/9 > 3 → −0.11
    const r = sweep([f], std);
    expect(r.threshold).toBe(0.9);
    expect(r.raw).toBeCloseTo(0.89, 12);
    // normalised = 100 · (0.89 + 1)/(1 + 1) = 94.5
    expect(r.normalised).toBeCloseTo(94.5, 9);
  });

  it('maps label timestamps onto row indices', () => {
    const ts = ['2014-04-10 00:00:00', '2014-04-10 00:05:00', '2014-04-10 00:10:00', '2014-04-10 00:15:00'].map(parseTimestamp);
    expect(windowsToIndices(ts, [['2014-04-10 00:04:00.000000', '2014-04-10 00:10:00.000000']])).toEqual([{ start: 1, end: 2 }]);
  });
});

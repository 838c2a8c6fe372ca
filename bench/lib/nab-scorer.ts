// NAB scoring (Ahmad et al., Neurocomputing 2017), implemented from the rules in
// the NAB dataset README (shared/datasets/README.md): window-relative sigmoid rewards, FP cost relative to the
// preceding window, probation ignored, a corpus-wide threshold swept per profile, and
// normalisation between a never-firing and a perfect detector.

import { probationLength, type IndexWindow } from './nab-windows.ts';

export interface Profile {
  name: string;
  tp: number;
  fp: number;
  fn: number;
}

export const PROFILES: Profile[] = [
  { name: 'standard', tp: 1, fp: 0.11, fn: 1 },
  { name: 'reward_low_FP_rate', tp: 1, fp: 0.22, fn: 1 },
  { name: 'reward_low_FN_rate', tp: 1, fp: 0.11, fn: 2 },
];

/** One scored file: per-row detector scores plus its label windows. */
export interface ScoredFile {
  name: string;
  scores: ArrayLike<number>;
  windows: IndexWindow[];
  /** Defaults to the NAB rule min(floor(0.15 n), 750). */
  probation?: number;
}

/** Scaled sigmoid: +1 far before the window end (y → −∞), 0 at y = 0, −1 for y > 3. */
export function sigmoidA(y: number): number {
  if (y > 3) return -1;
  return 2 / (1 + Math.exp(5 * y)) - 1;
}

/** Reward for the first detection at row i inside window w. Equals tp exactly at w.start. */
export function tpReward(i: number, w: IndexWindow, p: Profile): number {
  const width = w.end - w.start + 1;
  const y = -(w.end - i + 1) / width;
  return (p.tp * sigmoidA(y)) / sigmoidA(-1);
}

/** Cost (negative) of a detection at row i outside every window; prev = latest window ending before i. */
export function fpReward(i: number, prev: IndexWindow | undefined, p: Profile): number {
  if (!prev) return -p.fp;
  const width = prev.end - prev.start + 1;
  // A one-row window has W−1 = 0: any later detection is then infinitely far (full cost).
  const y = width > 1 ? Math.abs(i - prev.end) / (width - 1) : Infinity;
  return p.fp * sigmoidA(y);
}

/** Per-row role: -1 = ignored (probation), -2 = outside windows, k ≥ 0 = inside window k. */
interface RowRoles {
  role: Int32Array;
  /** Reward if this row is a detection (TP reward for window rows, FP cost otherwise). */
  value: Float64Array;
}

function rowRoles(f: ScoredFile, p: Profile): RowRoles {
  const n = f.scores.length;
  const probation = f.probation ?? probationLength(n);
  const role = new Int32Array(n).fill(-2);
  const value = new Float64Array(n);
  let prev: IndexWindow | undefined;
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < f.windows.length && f.windows[k].end < i) prev = f.windows[k++];
    const w = f.windows[k];
    const inside = w !== undefined && i >= w.start && i <= w.end;
    if (i < probation) role[i] = -1;
    else if (inside) {
      role[i] = k;
      value[i] = tpReward(i, w, p);
    } else value[i] = fpReward(i, prev, p);
  }
  return { role, value };
}

export interface FileScore {
  score: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Raw (unnormalised) score of one file at a fixed threshold. */
export function scoreFile(f: ScoredFile, threshold: number, p: Profile): FileScore {
  const { role, value } = rowRoles(f, p);
  const detected = new Array<boolean>(f.windows.length).fill(false);
  let score = 0;
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < role.length; i++) {
    if (!(f.scores[i] >= threshold) || role[i] === -1) continue;
    if (role[i] === -2) {
      score += value[i];
      fp++;
    } else if (!detected[role[i]]) {
      // Rows are visited in order, so the first detection seen is the earliest = best.
      detected[role[i]] = true;
      score += value[i];
      tp++;
    }
  }
  const fn = detected.filter((d) => !d).length;
  return { score: score - fn * p.fn, tp, fp, fn };
}

export interface SweepResult {
  profile: string;
  threshold: number;
  raw: number;
  normalised: number;
  nullScore: number;
  perfectScore: number;
}

export function normalise(raw: number, nullScore: number, perfectScore: number): number {
  return (100 * (raw - nullScore)) / (perfectScore - nullScore);
}

/**
 * Find the threshold that maximises the corpus score for one profile. Rows are visited in
 * descending score order; lowering the threshold past a row adds its FP cost, or improves its
 * window's reward if it is earlier than that window's current best detection. O(N log N).
 */
export function sweep(files: ScoredFile[], p: Profile): SweepResult {
  type Row = { s: number; file: number; i: number };
  const rows: Row[] = [];
  const roles = files.map((f) => rowRoles(f, p));
  let windowsTotal = 0;
  const best: Int32Array[] = [];
  for (let fi = 0; fi < files.length; fi++) {
    const f = files[fi];
    windowsTotal += f.windows.length;
    best.push(new Int32Array(f.windows.length).fill(-1));
    for (let i = 0; i < f.scores.length; i++) if (roles[fi].role[i] !== -1) rows.push({ s: f.scores[i], file: fi, i });
  }
  rows.sort((a, b) => b.s - a.s);
  const nullScore = -windowsTotal * p.fn;
  const perfectScore = windowsTotal * p.tp;
  let total = nullScore;
  let bestTotal = nullScore;
  let bestThreshold = Infinity;
  for (let r = 0; r < rows.length; ) {
    const s = rows[r].s;
    // All rows with the same score switch on together at threshold s.
    for (; r < rows.length && rows[r].s === s; r++) {
      const { file, i } = rows[r];
      const role = roles[file].role[i];
      const v = roles[file].value[i];
      if (role === -2) total += v;
      else {
        const cur = best[file][role];
        if (cur === -1) total += v + p.fn;
        else if (i < cur) total += v - roles[file].value[cur];
        if (cur === -1 || i < cur) best[file][role] = i;
      }
    }
    if (total > bestTotal) {
      bestTotal = total;
      bestThreshold = s;
    }
  }
  return {
    profile: p.name,
    threshold: bestThreshold,
    raw: bestTotal,
    normalised: normalise(bestTotal, nullScore, perfectScore),
    nullScore,
    perfectScore,
  };
}

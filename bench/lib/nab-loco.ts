// Leave-one-category-out (LOCO) model selection for NAB: for each category, the detector
// configuration and the per-profile thresholds are chosen on the other categories only, and the
// held-out category is scored with them. Pooled over every category, this is what the detector
// would score on series whose kind its knobs never saw, which is the figure that matters for
// telemetry nobody here has looked at.

import { PROFILES, normalise, scoreFile, sweep, type Profile, type ScoredFile } from './nab-scorer.ts';

export interface CategorisedFile extends ScoredFile {
  category: string;
}

/** One configuration's scores for every corpus file (same file order for every candidate). */
export interface Candidate<C> {
  cfg: C;
  files: CategorisedFile[];
}

export interface HeldOutProfile {
  profile: string;
  /** Threshold swept on the training categories. */
  threshold: number;
  /** Normalised training score at that threshold. */
  train: number;
  /** Raw score of the held-out files at that threshold. */
  raw: number;
  windows: number;
  /** Normalised held-out score; null for a category without windows (only its raw FP cost counts). */
  heldOut: number | null;
}

export interface HeldOutCategory<C> {
  category: string;
  /** Index into the candidate list of the configuration chosen without this category. */
  chosen: number;
  cfg: C;
  profiles: HeldOutProfile[];
}

export interface LocoResult<C> {
  categories: HeldOutCategory<C>[];
  /** Per profile: every category's held-out raw score summed, normalised over the whole corpus. */
  pooled: number[];
  /** Per profile: mean of the normalised held-out scores of the categories that have windows. */
  meanOfCategories: number[];
}

/**
 * The configuration is chosen by the standard profile's training score (NAB runs one detector
 * configuration and only sweeps the threshold per profile); the thresholds are then swept per
 * profile, also on the training categories. Ties keep the earlier candidate, so put the
 * defaults first and a tie never moves away from them.
 */
export function leaveOneCategoryOut<C>(candidates: Candidate<C>[], profiles: Profile[] = PROFILES): LocoResult<C> {
  if (candidates.length === 0) throw new Error('no candidates');
  const categories = [...new Set(candidates[0].files.map((f) => f.category))];
  const out: HeldOutCategory<C>[] = [];
  for (const c of categories) {
    let chosen = 0;
    let bestTrain = -Infinity;
    candidates.forEach((cand, k) => {
      const s = sweep(cand.files.filter((f) => f.category !== c), profiles[0]).normalised;
      if (s > bestTrain) {
        bestTrain = s;
        chosen = k;
      }
    });
    const files = candidates[chosen].files;
    const train = files.filter((f) => f.category !== c);
    const held = files.filter((f) => f.category === c);
    const windows = held.reduce((a, f) => a + f.windows.length, 0);
    out.push({
      category: c,
      chosen,
      cfg: candidates[chosen].cfg,
      profiles: profiles.map((p) => {
        const sw = sweep(train, p);
        const raw = held.reduce((a, f) => a + scoreFile(f, sw.threshold, p).score, 0);
        return { profile: p.name, threshold: sw.threshold, train: sw.normalised, raw, windows, heldOut: windows ? normalise(raw, -windows * p.fn, windows * p.tp) : null };
      }),
    });
  }
  const totalWindows = candidates[0].files.reduce((a, f) => a + f.windows.length, 0);
  const pooled = profiles.map((p, k) => normalise(out.reduce((a, c) => a + c.profiles[k].raw, 0), -totalWindows * p.fn, totalWindows * p.tp));
  const meanOfCategories = profiles.map((_, k) => {
    const xs = out.map((c) => c.profiles[k].heldOut).filter((x): x is number => x !== null);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  });
  return { categories: out, pooled, meanOfCategories };
}

/** Every combination of the listed values, in order (the first combination first). */
export function gridOf<C extends Record<string, number>>(axes: { [K in keyof C]: C[K][] }): C[] {
  let out: Record<string, number>[] = [{}];
  for (const [k, values] of Object.entries(axes) as [string, number[]][]) out = out.flatMap((c) => values.map((v) => ({ ...c, [k]: v })));
  return out as C[];
}

// The single-series streaming detector behind `homeostat detect` and the NAB benchmark.
// One pass, no look-ahead: the score for a row depends only on rows seen so far.
//
// Scoring lives in ensemble.ts (spike and subsequence-pattern surprise as anomaly
// likelihoods, plus "stayed at a level longer than ever", "beyond the range of all history",
// "noisier than ever" and "drifted further than ever",
// max-combined, one report per event);
// this class adds the input guard, reasons and a replayable state.
//
// Memory: ≈ 6,600 doubles in the scorer plus a replay buffer of 2 × (knnHistory + knnWidth +
// warmup) ≈ 8,100 doubles: ≈ 115 KB per instance with defaults. This is the CSV/benchmark
// detector; for 100,000 live series the engine should use the O(1) detectors (EWMA ≈ 64 B,
// hysteresis ≈ 40 B, threshold ≈ 40 B per series).
import { InputGuard, output, type Detector, type DetectorOutput, type InputCounters } from '../detector.ts';
import { Ring } from '../stats.ts';
import { DEFAULT_ENSEMBLE, EnsembleScorer, type EnsembleOptions } from './ensemble.ts';

export type UnivariateOptions = EnsembleOptions;

export const DEFAULT_UNIVARIATE: UnivariateOptions = DEFAULT_ENSEMBLE;

/**
 * Warm-up state: the latest rows themselves. Restoring replays them, which rebuilds every
 * internal window exactly as if the detector had run through them (deterministic, no drift).
 * The stay records (longest stay per level) are relearned from these rows only, so after a
 * restore that signal is quieter until it has seen a few more stays: the safe direction.
 * The volatility record's hour-of-day peaks are relearned from these rows too (14 days of
 * five-minute rows, under 3 of one-minute ones): until more days pass its discount is smaller
 * or absent, i.e. the record behaves as it did without the discount, never more eagerly.
 */
export interface UnivariateState {
  t: number[];
  v: number[];
  /**
   * Lowest and highest value ever seen. The new-extreme signal judges against all history, and
   * a replay of recent rows alone would narrow it (more firing after a restore, the unsafe
   * direction). Optional so that states written before it still restore.
   */
  range?: [number, number];
  /** Lowest and highest short-term volatility ever seen, for the same reason (optional likewise). */
  volRange?: [number, number];
  /** Lowest and highest smoothed level in the trend record, for the same reason (optional likewise). */
  trendRange?: [number, number];
}

export class UnivariateDetector implements Detector<UnivariateState> {
  readonly opts: UnivariateOptions;
  private readonly guard = new InputGuard();
  private readonly scorer: EnsembleScorer;
  private readonly histT: Ring;
  private readonly histV: Ring;
  private n = 0;

  constructor(opts?: Partial<UnivariateOptions>) {
    this.scorer = new EnsembleScorer(opts);
    this.opts = this.scorer.opts;
    // Enough rows to refill the NN history; the likelihood windows refill from it too.
    const keep = Math.max(this.opts.longWindow, this.opts.knnHistory + this.opts.knnWidth) + this.opts.warmup;
    this.histT = new Ring(keep);
    this.histV = new Ring(keep);
  }

  get counters(): InputCounters {
    return this.guard.counters;
  }

  update(t: number, v: number): DetectorOutput {
    const bad = this.guard.check(t, v);
    if (bad) return bad;
    this.histT.push(t);
    this.histV.push(v);
    const score = this.scorer.push(v, t);
    if (++this.n <= this.opts.warmup) return output(0, NaN, NaN, NaN, 'warming_up');
    let reason = 'ok';
    if (score >= this.opts.fireLevel) {
      const { spike, pattern, stay, extreme, volatility, trend } = this.scorer.last;
      const o = this.opts;
      const parts: [string, number][] = [['stay', o.wRun * stay], ['extreme', o.wExt * extreme], ['volatility', o.wVol * volatility], ['trend', o.wTrend * trend], ['spike', o.wDiff * spike], ['pattern', o.wKnn * pattern]];
      reason = parts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    }
    return output(score, NaN, NaN, NaN, reason);
  }

  state(): UnivariateState {
    const [lo, hi] = this.scorer.extreme.range();
    const [vlo, vhi] = this.scorer.volatility.record.range();
    const [tlo, thi] = this.scorer.trend ? this.scorer.trend.record.range() : [Infinity, -Infinity];
    return {
      t: this.histT.toArray(),
      v: this.histV.toArray(),
      ...(lo <= hi ? { range: [lo, hi] as [number, number] } : {}),
      ...(vlo <= vhi ? { volRange: [vlo, vhi] as [number, number] } : {}),
      ...(tlo <= thi ? { trendRange: [tlo, thi] as [number, number] } : {}),
    };
  }

  /** Replay history into a fresh instance: `new UnivariateDetector(opts).restore(old.state())`. */
  restore(s: UnivariateState): void {
    if (s.range) this.scorer.extreme.include(s.range[0], s.range[1]);
    if (s.volRange) this.scorer.volatility.record.include(s.volRange[0], s.volRange[1]);
    if (s.trendRange && this.scorer.trend) this.scorer.trend.record.include(s.trendRange[0], s.trendRange[1]);
    for (let i = 0; i < s.t.length && i < s.v.length; i++) this.update(s.t[i], s.v[i]);
  }
}

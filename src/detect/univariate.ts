// The single-series streaming detector behind `homeostat detect` and the NAB benchmark.
// One pass, no look-ahead: the score for a row depends only on rows seen so far.
//
// Signals, each turned into an "anomaly likelihood" (recent surprise vs. the series' own
// history of surprise, so one corpus-wide threshold fits very different series):
//   - first differences against their robust EW scale (spikes) and the value against a long
//     window (level shifts, never-seen values);
//   - nearest-neighbour distance of the latest subsequence to the last ~2000 rows (patterns
//     that never happened before, e.g. a missing daily peak).
// After a detection (score ≥ fireLevel) outputs are damped for suppressRows rows: a lasting
// anomaly is reported once, which is what both operators and NAB reward.
//
// Memory: ≈ 8,800 doubles ≈ 70 KB per instance with defaults (the NN history and the replay
// buffer dominate). This is the CSV/benchmark detector; for 100,000 live series the engine
// should use the O(1) detectors (EWMA ≈ 64 B, hysteresis ≈ 40 B, threshold ≈ 40 B per series).
import { InputGuard, clamp01, output, type Detector, type DetectorOutput, type InputCounters } from './detector.ts';
import { Ring, normalTail } from './stats.ts';
import { Likelihood } from './likelihood.ts';
import { SubsequenceNN } from './knn.ts';

export interface UnivariateOptions {
  /** Rows scored 0 while statistics settle. */
  warmup: number;
  /** EW smoothing for the scale of first differences. */
  diffAlpha: number;
  /** Long window for the level/likelihood baseline. */
  longWindow: number;
  /** Short window averaged against the long one (anomaly-likelihood style). */
  shortWindow: number;
  /** After an output ≥ fireLevel, outputs are damped for this many rows. */
  suppressRows: number;
  fireLevel: number;
  damp: number;
  rawMode: 'prob' | 'lin';
  zCap: number;
  wDiff: number;
  wVal: number;
  valWindow: number;
  knnWidth: number;
  knnHistory: number;
  wKnn: number;
  wBase: number;
  /** Experimental alternative to fixed-length suppression (off: it scored lower on NAB). */
  peakMode: boolean;
  peakMargin: number;
}

export const DEFAULT_UNIVARIATE: UnivariateOptions = {
  warmup: 30,
  diffAlpha: 0.02,
  longWindow: 1000,
  shortWindow: 10,
  suppressRows: 200,
  fireLevel: 0.3,
  damp: 0,
  rawMode: 'lin',
  zCap: 8,
  wDiff: 1,
  wVal: 1,
  valWindow: 500,
  knnWidth: 10,
  knnHistory: 2000,
  wKnn: 1,
  wBase: 1,
  peakMode: false,
  peakMargin: 1,
};

/**
 * Warm-up state: the latest rows themselves. Restoring replays them, which rebuilds every
 * internal window exactly as if the detector had run through them (deterministic, no drift).
 */
export interface UnivariateState {
  t: number[];
  v: number[];
}

export class UnivariateDetector implements Detector<UnivariateState> {
  readonly opts: UnivariateOptions;
  private readonly guard = new InputGuard();
  private n = 0;
  private prev = NaN;
  private absDiff = 0;
  private readonly raw: Ring;
  private readonly short: Ring;
  private sinceFire = Infinity;
  private readonly vals: Ring;
  private readonly nn: SubsequenceNN;
  private readonly recent: Ring;
  private readonly histT: Ring;
  private readonly histV: Ring;
  private readonly nnLik: Likelihood;

  constructor(opts?: Partial<UnivariateOptions>) {
    this.opts = { ...DEFAULT_UNIVARIATE, ...opts };
    this.raw = new Ring(this.opts.longWindow);
    this.short = new Ring(this.opts.shortWindow);
    this.vals = new Ring(this.opts.valWindow);
    const keep = Math.max(this.opts.longWindow, this.opts.valWindow, this.opts.knnHistory + this.opts.knnWidth) + this.opts.warmup;
    this.histT = new Ring(keep);
    this.histV = new Ring(keep);
    this.recent = new Ring(this.opts.suppressRows);
    this.nn = new SubsequenceNN(this.opts.knnWidth, this.opts.knnHistory);
    this.nnLik = new Likelihood(this.opts.longWindow, this.opts.shortWindow);
  }

  get counters(): InputCounters {
    return this.guard.counters;
  }

  update(t: number, v: number): DetectorOutput {
    const bad = this.guard.check(t, v);
    if (bad) return bad;
    const o = this.opts;
    this.n++;
    this.histT.push(t);
    this.histV.push(v);
    const d = Number.isNaN(this.prev) ? 0 : v - this.prev;
    this.prev = v;
    const scale = this.absDiff * 1.2533 + 1e-9;
    const zd = Math.abs(d) / scale;
    if (this.n <= 2) this.absDiff = Math.abs(d);
    else this.absDiff += o.diffAlpha * (Math.min(Math.abs(d), 6 * scale) - this.absDiff);
    // Value against the long window: catches level shifts and values never seen before.
    const lm = this.vals.mean();
    const ls = this.vals.std() + 1e-9;
    const zv = this.vals.size > 10 ? Math.abs(v - lm) / ls : 0;
    this.vals.push(v);
    const sd_ = o.rawMode === 'prob' ? 1 - 2 * normalTail(zd) : Math.min(1, zd / o.zCap);
    const sv_ = o.rawMode === 'prob' ? 1 - 2 * normalTail(zv) : Math.min(1, zv / o.zCap);
    const rawScore = Math.max(o.wDiff * sd_, o.wVal * sv_);
    // Anomaly likelihood: is the recent average surprise unusually high for this series?
    const mu = this.raw.mean();
    const sd = Math.max(this.raw.std(), 1e-3);
    this.short.push(rawScore);
    this.raw.push(rawScore);
    if (this.n <= o.warmup) return output(0, NaN, NaN, NaN, 'warming_up');
    const L = 1 - normalTail((this.short.mean() - mu) / sd);
    const nnd = this.nn.push(v);
    const nnScore = Number.isNaN(nnd) || o.wKnn === 0 ? 0 : this.nnLik.push(nnd);
    let score = Math.max(o.wBase * clamp01(Math.log(1.0000000001 - L) / -23.02585084720009), o.wKnn * nnScore);
    this.sinceFire++;
    if (o.peakMode) {
      // Only a new high over the recent past fires: a lasting anomaly is reported once.
      const peak = this.recent.size ? Math.max(...this.recent.buf.subarray(0, this.recent.size)) : 0;
      this.recent.push(score);
      if (score <= peak * o.peakMargin) score *= o.damp;
    } else if (this.sinceFire <= o.suppressRows) score *= o.damp;
    else if (score >= o.fireLevel) this.sinceFire = 0;
    return output(score, NaN, NaN, NaN, score >= o.fireLevel ? 'anomaly' : 'ok');
  }

  state(): UnivariateState {
    return { t: this.histT.toArray(), v: this.histV.toArray() };
  }

  /** Replay history into a fresh instance: `new UnivariateDetector(opts).restore(old.state())`. */
  restore(s: UnivariateState): void {
    for (let i = 0; i < s.t.length && i < s.v.length; i++) this.update(s.t[i], s.v[i]);
  }
}

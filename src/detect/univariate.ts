// The single-series streaming detector behind `homeostat detect` and the NAB benchmark.
// One pass, no look-ahead: the score for a row depends only on rows seen so far.
import { InputGuard, clamp01, output, type Detector, type DetectorOutput, type InputCounters } from './detector.ts';
import { Ring, normalTail } from './stats.ts';

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
}

export const DEFAULT_UNIVARIATE: UnivariateOptions = {
  warmup: 30,
  diffAlpha: 0.02,
  longWindow: 1000,
  shortWindow: 10,
  suppressRows: 200,
  fireLevel: 0.5,
  damp: 0.2,
  rawMode: 'lin',
  zCap: 8,
  wDiff: 1,
  wVal: 0,
  valWindow: 500,
};

export interface UnivariateState {
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

  constructor(opts?: Partial<UnivariateOptions>) {
    this.opts = { ...DEFAULT_UNIVARIATE, ...opts };
    this.raw = new Ring(this.opts.longWindow);
    this.short = new Ring(this.opts.shortWindow);
    this.vals = new Ring(this.opts.valWindow);
  }

  get counters(): InputCounters {
    return this.guard.counters;
  }

  update(t: number, v: number): DetectorOutput {
    const bad = this.guard.check(t, v);
    if (bad) return bad;
    const o = this.opts;
    this.n++;
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
    let score = clamp01(Math.log(1.0000000001 - L) / -23.02585084720009);
    this.sinceFire++;
    if (this.sinceFire <= o.suppressRows) score *= o.damp;
    else if (score >= o.fireLevel) this.sinceFire = 0;
    return output(score, NaN, NaN, NaN, score >= o.fireLevel ? 'anomaly' : 'ok');
  }

  state(): UnivariateState {
    return { v: [] };
  }

  restore(_s: UnivariateState): void {}
}

// The scoring core behind UnivariateDetector, in the style of NAB's better detectors: raw
// surprise signals, each turned into an anomaly likelihood against its own history (so one
// corpus-wide threshold fits very different series), combined by max, reported once per event.
//
// Signals:
//   - spike: the first difference against its robust EW scale;
//   - pattern: nearest-neighbour distance of the latest subsequence to the recent past. A jump
//     that happens every day has a close neighbour and stays quiet; a spike, a missing daily
//     peak or a new shape does not. Its likelihood averages only a few rows, because NAB's
//     reward decays with delay and a 10-row average dilutes an isolated spike tenfold.
//
// Memory: knnHistory + knnWidth + longWindow + shortWindow + longWindow + nnShort doubles
// (≈ 4,000 ≈ 32 KB with defaults) plus a few scalars.
import { Likelihood } from '../likelihood.ts';
import { SubsequenceNN } from '../knn.ts';

export interface EnsembleOptions {
  /** Rows scored 0 while statistics settle (the detector does not know the series length). */
  warmup: number;
  /** EW smoothing for the scale of first differences. */
  diffAlpha: number;
  /** History of raw scores each likelihood compares against. */
  longWindow: number;
  /** Rows of spike surprise averaged against that history. */
  shortWindow: number;
  /** Rows of pattern surprise averaged against that history. */
  nnShort: number;
  /** Spike z-scores are capped at zCap and scaled to [0,1]. */
  zCap: number;
  knnWidth: number;
  knnHistory: number;
  wDiff: number;
  wKnn: number;
  /** Pattern likelihood's spread floor relative to the typical NN distance. */
  nnRelFloor: number;
  /** After an output ≥ fireLevel, outputs are 0 for this many rows. */
  suppressRows: number;
  fireLevel: number;
}

// Tuned on the 31-file NAB subset with leave-one-category-out checks (see the commit log).
export const DEFAULT_ENSEMBLE: EnsembleOptions = {
  warmup: 30,
  diffAlpha: 0.02,
  longWindow: 1000,
  shortWindow: 10,
  nnShort: 3,
  zCap: 8,
  knnWidth: 10,
  knnHistory: 2000,
  wDiff: 1,
  wKnn: 1,
  nnRelFloor: 0.5,
  suppressRows: 120,
  fireLevel: 0.3,
};

export class EnsembleScorer {
  readonly opts: EnsembleOptions;
  private n = 0;
  private prev = NaN;
  private absDiff = 0;
  private readonly spikeLik: Likelihood;
  private readonly nn: SubsequenceNN;
  private readonly nnLik: Likelihood;
  private sinceFire = Infinity;
  /** Per-signal likelihoods of the latest row, before suppression (for reasons and tests). */
  readonly last = { spike: 0, pattern: 0 };

  constructor(opts?: Partial<EnsembleOptions>) {
    const o = (this.opts = { ...DEFAULT_ENSEMBLE, ...opts });
    this.spikeLik = new Likelihood(o.longWindow, o.shortWindow);
    this.nn = new SubsequenceNN(o.knnWidth, o.knnHistory);
    this.nnLik = new Likelihood(o.longWindow, o.nnShort, o.nnRelFloor);
  }

  /** Score one finite value; returns a score in [0,1]. */
  push(v: number): number {
    const o = this.opts;
    this.n++;
    const d = Number.isNaN(this.prev) ? 0 : v - this.prev;
    this.prev = v;
    const scale = this.absDiff * 1.2533 + 1e-9; // mean |N(0,σ)| · √(π/2) = σ
    const zd = Math.abs(d) / scale;
    if (this.n <= 2) this.absDiff = Math.abs(d);
    // Clipped update: one outlier must not inflate the scale that judges the next one.
    else this.absDiff += o.diffAlpha * (Math.min(Math.abs(d), 6 * scale) - this.absDiff);
    const spike = this.spikeLik.push(Math.min(1, zd / o.zCap));
    const nnd = this.nn.push(v);
    const pattern = Number.isNaN(nnd) ? 0 : this.nnLik.push(nnd);
    this.last.spike = spike;
    this.last.pattern = pattern;
    if (this.n <= o.warmup) return 0;
    let score = Math.max(o.wDiff * spike, o.wKnn * pattern);
    // NAB credits only the first detection in a window and charges every other one as a false
    // positive; operators likewise want one alert per incident.
    this.sinceFire++;
    if (this.sinceFire <= o.suppressRows) score = 0;
    else if (score >= o.fireLevel) this.sinceFire = 0;
    return Math.min(1, Math.max(0, score));
  }

  /** Whether the latest row was inside the post-detection quiet period. */
  get suppressing(): boolean {
    return this.sinceFire <= this.opts.suppressRows && this.sinceFire > 0;
  }
}

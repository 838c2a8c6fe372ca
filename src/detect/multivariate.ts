// Isolation forest over per-service feature vectors (rate, errors, p95, saturation): catches
// combinations that are each unremarkable alone. Trained on a rolling window of points the
// forest itself judged normal, and retrained periodically so it follows slow drift.
import { IsolationForest } from 'ml-isolation-forest';
import { InputGuard, output, type DetectorOutput, type InputCounters } from './detector.ts';
import { ramp } from './stats.ts';

export const FEATURES = ['rate', 'errors', 'p95', 'saturation'] as const;

export interface MultivariateOptions {
  /** Rolling window of normal vectors kept for training. */
  window: number;
  minTrain: number;
  retrainEvery: number;
  /** Subsample per training run: isolation forests need few points, and training is O(n log n · trees). */
  sampleSize: number;
  trees: number;
  /** Forest score (≈0.5 normal) where our score starts rising and where it saturates. */
  low: number;
  high: number;
}

export const DEFAULT_MULTIVARIATE: MultivariateOptions = { window: 1024, minTrain: 64, retrainEvery: 256, sampleSize: 256, trees: 50, low: 0.55, high: 0.65 };

/** Memory: window × dims × 8 bytes (1024 × 4 → 32 KB per service) plus the forest; per service, not per series. */
export class MultivariateDetector {
  readonly opts: MultivariateOptions;
  private readonly guard = new InputGuard();
  private readonly normal: number[][] = [];
  private forest: IsolationForest | null = null;
  private sinceTrain = 0;
  private dims = -1;

  constructor(opts?: Partial<MultivariateOptions>) {
    this.opts = { ...DEFAULT_MULTIVARIATE, ...opts };
  }

  get counters(): InputCounters {
    return this.guard.counters;
  }

  update(t: number, x: number[]): DetectorOutput {
    const bad = this.guard.checkVector(t, x);
    if (bad) return bad;
    if (this.dims < 0) this.dims = x.length;
    if (x.length !== this.dims) return output(0, NaN, NaN, NaN, 'skipped:dimension');
    let score = 0;
    let raw = NaN;
    if (this.forest) {
      raw = this.forest.predict([x])[0];
      score = ramp(raw, this.opts.low, this.opts.high);
    }
    // Only normal-looking points teach the forest, otherwise an incident becomes the new normal.
    if (score === 0) {
      this.normal.push(x.slice());
      if (this.normal.length > this.opts.window) this.normal.shift();
    }
    this.sinceTrain++;
    if (this.normal.length >= this.opts.minTrain && (!this.forest || this.sinceTrain >= this.opts.retrainEvery)) this.retrain();
    return output(score, NaN, NaN, raw, this.forest ? (score > 0 ? 'multivariate_outlier' : 'ok') : 'warming_up');
  }

  retrain(): void {
    const n = this.normal.length;
    const k = Math.min(this.opts.sampleSize, n);
    // Evenly spaced subsample: deterministic and covers the whole window.
    const sample: number[][] = [];
    for (let i = 0; i < k; i++) sample.push(this.normal[Math.floor((i * n) / k)]);
    // The library appends trees on every train() call, so a retrain needs a fresh forest.
    const f = new IsolationForest({ nEstimators: this.opts.trees });
    f.train(sample);
    this.forest = f;
    this.sinceTrain = 0;
  }

  /** Training window snapshot; the forest itself is cheap to rebuild from it on restore. */
  state(): { normal: number[][]; lastT: number } {
    return { normal: this.normal.map((r) => r.slice()), lastT: this.guard.lastT };
  }

  restore(s: { normal: number[][]; lastT: number }): void {
    this.normal.length = 0;
    this.normal.push(...s.normal.slice(-this.opts.window));
    this.guard.lastT = s.lastT;
    this.dims = this.normal[0]?.length ?? -1;
    this.forest = null;
    if (this.normal.length >= this.opts.minTrain) this.retrain();
  }
}

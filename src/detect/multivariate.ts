// Isolation forest over per-service feature vectors (rate, errors, p95, saturation): catches
// combinations that are each unremarkable alone. Trained on a rolling window of points the
// forest itself judged normal, and retrained periodically so it follows slow drift.
import { seededRandom } from '../random.ts';
import { IsolationForest } from './isolation-forest.ts';
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

/**
 * Memory per service: the window as one Float64Array (window × dims × 8 bytes, 16 KB at 512 × 4
 * when full; it grows by doubling, so a young service holds what it has seen) plus the forest's
 * nodes at 13 bytes each (≈ 1,000 nodes for 20 trees of 64 rows: 13 KB).
 */
export class MultivariateDetector {
  readonly opts: MultivariateOptions;
  private readonly guard = new InputGuard();
  /** Ring of normal vectors, row-major; `head` is the next row written. */
  private normal = new Float64Array(0);
  private size = 0;
  private head = 0;
  private forest: IsolationForest | null = null;
  private sinceTrain = 0;
  private dims = -1;
  private readonly random = seededRandom(0x5eed);

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
    if (x.length !== this.dims || x.length === 0) return output(0, NaN, NaN, NaN, 'skipped:dimension');
    let score = 0;
    let raw = NaN;
    if (this.forest) {
      raw = this.forest.score(x);
      score = ramp(raw, this.opts.low, this.opts.high);
    }
    // Only normal-looking points teach the forest, otherwise an incident becomes the new normal.
    if (score === 0) this.remember(x);
    this.sinceTrain++;
    if (this.size >= this.opts.minTrain && (!this.forest || this.sinceTrain >= this.opts.retrainEvery)) this.retrain();
    return output(score, NaN, NaN, raw, this.forest ? (score > 0 ? 'multivariate_outlier' : 'ok') : 'warming_up');
  }

  retrain(): void {
    const n = this.size;
    const d = this.dims;
    const k = Math.min(this.opts.sampleSize, n);
    // Evenly spaced subsample (oldest first): deterministic and covers the whole window.
    const sample = new Float64Array(k * d);
    for (let i = 0; i < k; i++) {
      const row = this.rowAt(Math.floor((i * n) / k));
      for (let j = 0; j < d; j++) sample[i * d + j] = this.normal[row * d + j];
    }
    this.forest = new IsolationForest(sample, k, d, this.opts.trees, this.random);
    this.sinceTrain = 0;
  }

  /** Training window snapshot; the forest itself is cheap to rebuild from it on restore. */
  state(): { normal: number[][]; lastT: number } {
    const rows: number[][] = [];
    for (let i = 0; i < this.size; i++) {
      const row = this.rowAt(i);
      rows.push(Array.from(this.normal.subarray(row * this.dims, (row + 1) * this.dims)));
    }
    return { normal: rows, lastT: this.guard.lastT };
  }

  restore(s: { normal: number[][]; lastT: number }): void {
    this.normal = new Float64Array(0);
    this.size = 0;
    this.head = 0;
    this.guard.lastT = s.lastT;
    this.dims = s.normal[0]?.length ?? -1;
    for (const r of s.normal.slice(-this.opts.window)) if (r.length === this.dims) this.remember(r);
    this.forest = null;
    if (this.size >= this.opts.minTrain) this.retrain();
  }

  /** Ring slot of the i-th oldest row. */
  private rowAt(i: number): number {
    const cap = this.normal.length / this.dims;
    return this.size === cap ? (this.head + i) % cap : i;
  }

  private remember(x: readonly number[]): void {
    const d = this.dims;
    let cap = this.normal.length / d;
    if (this.size === cap && cap < this.opts.window) {
      // Not yet full-sized and not yet wrapped (growth stops before the first wrap): rows stay in order.
      const grown = new Float64Array(Math.min(this.opts.window, Math.max(16, cap * 2)) * d);
      grown.set(this.normal);
      this.normal = grown;
      cap = grown.length / d;
      this.head = this.size;
    }
    for (let j = 0; j < d; j++) this.normal[this.head * d + j] = x[j];
    this.head = (this.head + 1) % cap;
    if (this.size < cap) this.size++;
  }
}

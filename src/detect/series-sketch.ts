// Fixed-size quantile sketch for one step of one series. Most series see a handful of spans per
// step, so the first EXACT values are kept as is (exact quantiles); past that the values move
// into log-spaced buckets with ±2 % relative error. The bucket array is only allocated for busy
// series and comes from a free list, so steady state allocates nothing.

const EXACT = 32;
const EXACT_START = 8;
const GAMMA = 1.04;
const LOG_GAMMA = Math.log(GAMMA);
/** Values at or below MIN_V share bucket 0 (1 µs when values are milliseconds). */
const MIN_V = 1e-3;
/** Buckets up to MIN_V·γ^(B-1) ≈ 1e8 (≈ 28 hours in ms); larger values clamp to the last bucket. */
export const SKETCH_BUCKETS = Math.ceil(Math.log(1e8 / MIN_V) / LOG_GAMMA) + 2;

const freeBuckets: Uint32Array[] = [];
const MAX_FREE = 4096;

/**
 * Memory: up to 32 × 8 bytes exact (grown by doubling from 8, which V8 keeps inside the heap
 * object; the full 256 bytes need a separate buffer) + (when busy) SKETCH_BUCKETS × 4 bytes ≈ 2.7 KB.
 */
export class QuantileSketch {
  count = 0;
  min = Infinity;
  max = -Infinity;
  sum = 0;
  private exact = new Float64Array(EXACT_START);
  private buckets: Uint32Array | null = null;

  add(v: number): void {
    if (!Number.isFinite(v)) return;
    if (this.count < EXACT) {
      if (this.count === this.exact.length) {
        const grown = new Float64Array(Math.min(EXACT, 2 * this.exact.length));
        grown.set(this.exact);
        this.exact = grown;
      }
      this.exact[this.count] = v;
    } else {
      if (!this.buckets) {
        this.buckets = freeBuckets.pop() ?? new Uint32Array(SKETCH_BUCKETS);
        for (let i = 0; i < EXACT; i++) this.buckets[bucketOf(this.exact[i])]++;
      }
      this.buckets[bucketOf(v)]++;
    }
    this.count++;
    this.sum += v;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /** q in [0,1]; NaN when empty. Exact (linear interpolation) up to 32 values. */
  quantile(q: number): number {
    const n = this.count;
    if (n === 0) return NaN;
    if (!this.buckets) {
      const a = this.exact.subarray(0, n).slice().sort();
      const r = q * (n - 1);
      const lo = Math.floor(r);
      const hi = Math.min(n - 1, lo + 1);
      return a[lo] + (a[hi] - a[lo]) * (r - lo);
    }
    const rank = q * (n - 1);
    let seen = 0;
    const b = this.buckets;
    for (let i = 0; i < b.length; i++) {
      seen += b[i];
      if (seen > rank) return Math.min(this.max, Math.max(this.min, representative(i)));
    }
    return this.max;
  }

  /**
   * A value the step's p95 is at least, with 95 % confidence: the order statistic a binomial
   * bound allows (exact up to EXACT values, the normal approximation past that). With two
   * requests it is the faster one: one slow request out of two says little about the p95,
   * as one failure out of two says little about the error rate (the Wilson bound's job).
   */
  p95LowerBound(): number {
    const n = this.count;
    if (n === 0) return NaN;
    if (n <= EXACT) {
      const r = P95_LOWER_RANK[n];
      return n === 1 ? this.quantile(0) : this.quantile((r - 1) / (n - 1));
    }
    return this.quantile(Math.max(0, 0.95 - 1.645 * Math.sqrt((0.95 * 0.05) / n)));
  }

  /** Returns the bucket array to the free list; the sketch is empty afterwards. */
  release(): void {
    if (this.buckets) {
      this.buckets.fill(0);
      if (freeBuckets.length < MAX_FREE) freeBuckets.push(this.buckets);
      this.buckets = null;
    }
    this.count = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.sum = 0;
  }
}

/**
 * P95_LOWER_RANK[n]: the largest rank r (1-based, ascending) whose order statistic lies above
 * the true p95 with probability at most 5 %, i.e. P(Binomial(n, 0.95) < r) ≤ 0.05.
 */
const P95_LOWER_RANK: readonly number[] = (() => {
  const out = [0];
  for (let n = 1; n <= EXACT; n++) {
    // cdf(k) = P(B ≤ k), walked up from k = 0 in log space so 0.05^n cannot underflow the sum.
    let logPmf = n * Math.log(0.05);
    let cdf = 0;
    let r = 1;
    for (let k = 0; k < n; k++) {
      cdf += Math.exp(logPmf);
      if (cdf > 0.05) break;
      r = k + 1; // P(B < k + 1) = cdf(k) ≤ 0.05
      logPmf += Math.log((n - k) / (k + 1)) + Math.log(0.95 / 0.05);
    }
    out.push(r);
  }
  return out;
})();

function bucketOf(v: number): number {
  if (!(v > MIN_V)) return 0;
  const i = 1 + Math.floor(Math.log(v / MIN_V) / LOG_GAMMA);
  return i < SKETCH_BUCKETS ? i : SKETCH_BUCKETS - 1;
}

function representative(i: number): number {
  // Geometric middle of the bucket keeps the relative error symmetric.
  return i === 0 ? MIN_V : MIN_V * Math.pow(GAMMA, i - 0.5);
}

/**
 * Quantile from explicit-bounds histogram counts (OTel semantics: bucket i holds values in
 * (bounds[i-1], bounds[i]]), interpolating linearly inside the bucket. The open-ended first and
 * last buckets are clamped to min/max when known, else to their one finite bound.
 */
export function histogramQuantile(bounds: ArrayLike<number>, counts: ArrayLike<number>, q: number, min = NaN, max = NaN): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  if (!(total > 0)) return NaN;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (c <= 0) continue;
    if (seen + c >= rank) {
      let lo = i === 0 ? (Number.isFinite(min) ? min : bounds[0] ?? 0) : bounds[i - 1];
      let hi = i < bounds.length ? bounds[i] : Number.isFinite(max) ? max : bounds[bounds.length - 1] ?? lo;
      if (Number.isFinite(min) && lo < min) lo = Math.min(min, hi);
      if (Number.isFinite(max) && hi > max) hi = Math.max(max, lo);
      return lo + (hi - lo) * Math.max(0, Math.min(1, (rank - seen) / c));
    }
    seen += c;
  }
  return Number.isFinite(max) ? max : bounds[bounds.length - 1] ?? NaN;
}

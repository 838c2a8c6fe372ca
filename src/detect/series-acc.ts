// One group's accumulator for one step. Pooled: a closed step's accumulator is reset and reused,
// so the aggregator allocates nothing per point once warm.
import { QuantileSketch, histogramQuantile } from './series-sketch.ts';
import type { StepRollup } from './series-types.ts';

const EXEMPLARS = 3;

/** Memory: ~30 numbers + 6 short strings + the sketch (64 B for up to 8 values, 256 B to 32, 2.7 KB busier) ≈ 0.4 KB while open. */
export class StepAcc {
  stepStart = 0;
  count = 0;
  errors = 0;
  valueSum = 0;
  valueN = 0;
  last = NaN;
  readonly sketch = new QuantileSketch();
  /** Metric histograms: merged delta bucket counts, or quantiles given by the point itself. */
  hBounds: number[] | null = null;
  hCounts: number[] | null = null;
  hMin = NaN;
  hMax = NaN;
  q50 = NaN;
  q95 = NaN;
  q99 = NaN;
  /**
   * Slowest spans (duration, trace id), sorted descending, and failing trace ids: arrays of
   * exactly EXEMPLARS slots with counts beside them (a growing array reserves 17 slots, and
   * these three were a third of an open group's memory).
   */
  private readonly slowDur: number[] = new Array<number>(EXEMPLARS).fill(0);
  private readonly slowIds: string[] = new Array<string>(EXEMPLARS).fill('');
  private readonly failIds: string[] = new Array<string>(EXEMPLARS).fill('');
  private slowN = 0;
  private failN = 0;

  reset(stepStart: number): this {
    this.stepStart = stepStart;
    this.count = 0;
    this.errors = 0;
    this.valueSum = 0;
    this.valueN = 0;
    this.last = NaN;
    this.sketch.release();
    this.hBounds = null;
    this.hCounts = null;
    this.hMin = NaN;
    this.hMax = NaN;
    this.q50 = this.q95 = this.q99 = NaN;
    // Trace ids are dropped, not just uncounted: a pooled accumulator must not keep them alive.
    for (let i = 0; i < this.slowN; i++) this.slowIds[i] = '';
    for (let i = 0; i < this.failN; i++) this.failIds[i] = '';
    this.slowN = 0;
    this.failN = 0;
    return this;
  }

  addSlow(dur: number, traceId: string): void {
    if (!traceId) return;
    const d = this.slowDur;
    const ids = this.slowIds;
    let n = this.slowN;
    if (n === EXEMPLARS && dur <= d[EXEMPLARS - 1]) return;
    let i = n;
    while (i > 0 && d[i - 1] < dur) i--;
    // Shift the shorter ones down one slot (the last falls off when full), then insert.
    if (n === EXEMPLARS) n--;
    for (let j = n; j > i; j--) {
      d[j] = d[j - 1];
      ids[j] = ids[j - 1];
    }
    d[i] = dur;
    ids[i] = traceId;
    this.slowN = n + 1;
  }

  addFailing(traceId: string): void {
    if (!traceId || this.failN >= EXEMPLARS) return;
    for (let i = 0; i < this.failN; i++) if (this.failIds[i] === traceId) return;
    this.failIds[this.failN++] = traceId;
  }

  /** Merge delta bucket counts; a change of bounds starts over (the newest layout wins). */
  addBuckets(bounds: number[], counts: ArrayLike<number>, min: number, max: number): void {
    if (!this.hBounds || !sameBounds(this.hBounds, bounds) || !this.hCounts || this.hCounts.length !== counts.length) {
      this.hBounds = bounds;
      this.hCounts = Array.from(counts);
    } else for (let i = 0; i < counts.length; i++) this.hCounts[i] += counts[i];
    if (Number.isFinite(min)) this.hMin = Number.isFinite(this.hMin) ? Math.min(this.hMin, min) : min;
    if (Number.isFinite(max)) this.hMax = Number.isFinite(this.hMax) ? Math.max(this.hMax, max) : max;
  }

  /** Failing trace ids first, then the slowest spans' that are not among them. */
  private exemplars(): string[] {
    const fail = this.failIds.slice(0, this.failN);
    const out = fail.slice();
    for (let i = 0; i < this.slowN; i++) if (!fail.includes(this.slowIds[i])) out.push(this.slowIds[i]);
    return out;
  }

  toRollup(base: Omit<StepRollup, 'stepStart' | 'count' | 'errors' | 'value' | 'p50' | 'p95' | 'p99' | 'min' | 'max' | 'exemplars'>): StepRollup {
    const r: StepRollup = {
      ...base,
      stepStart: this.stepStart,
      count: this.count,
      errors: this.errors,
      value: NaN,
      p50: NaN,
      p95: NaN,
      p95Low: NaN,
      p99: NaN,
      min: NaN,
      max: NaN,
      exemplars: this.exemplars(),
    };
    const sk = this.sketch;
    if (sk.count > 0) {
      r.p50 = sk.quantile(0.5);
      r.p95 = sk.quantile(0.95);
      r.p95Low = sk.p95LowerBound();
      r.p99 = sk.quantile(0.99);
      r.min = sk.min;
      r.max = sk.max;
      r.value = sk.sum / sk.count;
    } else if (this.hCounts && this.hBounds) {
      r.p50 = histogramQuantile(this.hBounds, this.hCounts, 0.5, this.hMin, this.hMax);
      r.p95 = histogramQuantile(this.hBounds, this.hCounts, 0.95, this.hMin, this.hMax);
      r.p99 = histogramQuantile(this.hBounds, this.hCounts, 0.99, this.hMin, this.hMax);
      r.min = this.hMin;
      r.max = this.hMax;
    } else {
      r.p50 = this.q50;
      r.p95 = this.q95;
      r.p99 = this.q99;
    }
    if (base.kind === 'metric' && this.valueN > 0) r.value = this.valueSum / this.valueN;
    return r;
  }
}

function sameBounds(a: number[], b: number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

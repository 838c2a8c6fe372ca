// Small numeric helpers shared by detectors. Kept allocation-free on the hot path.

/** Upper tail of the standard normal, Q(z) = P(Z > z); Abramowitz–Stegun 7.1.26 via erfc. */
export function normalTail(z: number): number {
  if (z < 0) return 1 - normalTail(-z);
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 0.5 * poly * Math.exp(-x * x);
}

/**
 * Fixed-capacity ring of plain doubles, oldest dropped first: a JS array of doubles (stored
 * unboxed) costs about half a small Float64Array with its buffer, which matters at one per live
 * series. No running sums (see Ring when mean/std are needed).
 */
export class ValueRing {
  readonly buf: number[];
  /** First slot of the ring in `buf` (a series model keeps it inside its own number array). */
  readonly offset: number;
  size = 0;
  head = 0;

  constructor(readonly capacity: number, store?: number[], at = 0) {
    // Filled with a non-integer so a new array is created as doubles, not converted from small integers later.
    this.buf = store ?? new Array<number>(capacity).fill(0.5);
    this.offset = store ? at : 0;
  }

  push(x: number): void {
    this.buf[this.offset + this.head] = x;
    this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    if (this.size < this.capacity) this.size++;
  }

  /** i = 0 is the oldest value. */
  at(i: number): number {
    const start = this.size === this.capacity ? this.head : 0;
    return this.buf[this.offset + ((start + i) % this.capacity)];
  }

  toArray(): number[] {
    const out = new Array<number>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }
}

/** Fixed-capacity ring of numbers; running sum and sum of squares make mean/std O(1). */
export class Ring {
  readonly buf: Float64Array;
  size = 0;
  head = 0; // next write position
  sum = 0;
  sumSq = 0;

  constructor(readonly capacity: number) {
    this.buf = new Float64Array(capacity);
  }

  push(x: number): void {
    if (this.size === this.capacity) {
      const old = this.buf[this.head];
      this.sum -= old;
      this.sumSq -= old * old;
    } else {
      this.size++;
    }
    this.buf[this.head] = x;
    this.sum += x;
    this.sumSq += x * x;
    this.head = (this.head + 1) % this.capacity;
  }

  /** i = 0 is the oldest value. */
  at(i: number): number {
    const start = this.size === this.capacity ? this.head : 0;
    return this.buf[(start + i) % this.capacity];
  }

  mean(): number {
    return this.size ? this.sum / this.size : NaN;
  }

  std(): number {
    if (this.size < 2) return 0;
    const m = this.sum / this.size;
    // Running sums drift with cancellation; clamp so a flat series reports 0, not NaN.
    return Math.sqrt(Math.max(0, this.sumSq / this.size - m * m));
  }

  toArray(): number[] {
    const out = new Array<number>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }

  /** Recompute sums from the buffer; called after restore and periodically against float drift. */
  resum(): void {
    let s = 0;
    let q = 0;
    for (let i = 0; i < this.size; i++) {
      const x = this.at(i);
      s += x;
      q += x * x;
    }
    this.sum = s;
    this.sumSq = q;
  }

  static from(capacity: number, values: number[]): Ring {
    const r = new Ring(capacity);
    for (const v of values.slice(-capacity)) r.push(v);
    r.resum();
    return r;
  }
}

/** Median of a copy (the input is left untouched). */
export function median(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n === 0) return NaN;
  const a = Float64Array.from(xs).sort();
  const mid = n >> 1;
  return n % 2 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
}

// Scratch for medianMadOf: detection is synchronous, so one pair serves every series.
let sortA = new Float64Array(64);
let sortB = new Float64Array(64);

/** Ascending insertion sort of a[0..n): for the few dozen values of a baseline window it beats a copy and a native sort. */
function sortSmall(a: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

function medianSorted(a: Float64Array, n: number): number {
  const mid = n >> 1;
  return n % 2 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
}

/**
 * Median of values[at..at+n), and their MAD when `out` is given (out[0] = median, out[1] = MAD),
 * with the same values as `median`/`mad` but no allocation: the robust z-score runs on every
 * out-of-band step of every series. Values must be finite (series models only keep those). For
 * a ring, its first `size` slots: they hold its values until it wraps, then all slots do, and
 * the order does not matter for a median.
 */
export function medianMadOf(values: ArrayLike<number>, at: number, n: number, out?: Float64Array): number {
  if (n === 0) {
    if (out) out[0] = out[1] = NaN;
    return NaN;
  }
  if (sortA.length < n) {
    sortA = new Float64Array(n);
    sortB = new Float64Array(n);
  }
  const a = sortA;
  for (let i = 0; i < n; i++) a[i] = values[at + i];
  sortSmall(a, n);
  const med = medianSorted(a, n);
  if (out) {
    const d = sortB;
    for (let i = 0; i < n; i++) d[i] = Math.abs(a[i] - med);
    sortSmall(d, n);
    out[0] = med;
    out[1] = 1.4826 * medianSorted(d, n);
  }
  return med;
}

/** Median absolute deviation scaled to be a consistent estimator of sigma for normal data. */
export function mad(xs: ArrayLike<number>, med = median(xs)): number {
  const d = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) d[i] = Math.abs(xs[i] - med);
  return 1.4826 * median(d);
}

/** Map a z-like magnitude onto [0,1]: 0 below `lo`, 1 at or above `hi`, linear between. */
export function ramp(z: number, lo: number, hi: number): number {
  if (!(z > lo)) return 0;
  if (z >= hi) return 1;
  return (z - lo) / (hi - lo);
}

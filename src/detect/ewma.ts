// EWMA with an exponentially weighted variance. Level-shift aware: when the series stays on
// one side of the band for `shiftSteps` points it is a new normal, so the baseline jumps to
// it and the detector goes quiet instead of alarming on every point of the new level.
import { clamp01, InputGuard, type Detector, type DetectorOutput, type InputCounters } from './detector.ts';
import { ramp } from './stats.ts';

export interface EwmaOptions {
  alpha: number;
  /** Band half-width in standard deviations. */
  k: number;
  /** z at which the score saturates. */
  zHigh: number;
  shiftSteps: number;
  minPoints: number;
}

export const DEFAULT_EWMA: Readonly<EwmaOptions> = Object.freeze({ alpha: 0.1, k: 3, zHigh: 6, shiftSteps: 5, minPoints: 10 });

/**
 * What `next` returns: one object for all detectors, overwritten by the next call. A series
 * model reads it at once, so a hundred thousand series steps allocate no output objects.
 */
const scratch: DetectorOutput = { score: 0, expected: NaN, lower: NaN, upper: NaN, reason: 'ok' };

function put(score: number, expected: number, lower: number, upper: number, reason: string): DetectorOutput {
  scratch.score = clamp01(score);
  scratch.expected = expected;
  scratch.lower = lower;
  scratch.upper = upper;
  scratch.reason = reason;
  return scratch;
}

/** Eight numbers ≈ 64 bytes per series (plus the 4 guard counters). */
export interface EwmaState {
  mean: number;
  variance: number;
  n: number;
  /** Consecutive out-of-band points on the same side (+ above, − below). */
  run: number;
  runSum: number;
  runSumSq: number;
  lastT: number;
}

/** Slots of an EWMA's state in its number array (see EwmaDetector's `store`). */
const MEAN = 0;
const VAR = 1;
const N = 2;
const RUN = 3;
const RUN_SUM = 4;
const RUN_SUM_SQ = 5;
export const EWMA_SLOTS = 6;

export class EwmaDetector implements Detector<EwmaState> {
  readonly opts: Readonly<EwmaOptions>;
  private readonly guard = new InputGuard();
  /**
   * State as unboxed doubles in a JS number array (an object's number fields are each a separate
   * heap box): its own, or EWMA_SLOTS slots from `at` in an owner's array, so a series model keeps
   * all its numbers in one contiguous block (fewer objects and cache lines per series step).
   */
  private readonly st: number[];
  private readonly at: number;

  constructor(opts?: Partial<EwmaOptions>, store?: number[], at = 0) {
    // Options are shared unless given: one copy per series was 80 bytes each.
    this.opts = opts ? { ...DEFAULT_EWMA, ...opts } : DEFAULT_EWMA;
    this.st = store ?? newDoubles(EWMA_SLOTS);
    this.at = store ? at : 0;
    for (let i = 0; i < EWMA_SLOTS; i++) this.st[this.at + i] = 0;
  }

  get counters(): InputCounters {
    return this.guard.counters;
  }

  /**
   * `hold`: the series is inside an open incident. An out-of-band point is then scored like a
   * spike every step and never counts towards a level shift, so the outage does not become the
   * baseline (and the incident closes when the series is back in band, not when EWMA gave up).
   */
  update(t: number, v: number, hold = false): DetectorOutput {
    const o = this.next(t, v, hold);
    return { score: o.score, expected: o.expected, lower: o.lower, upper: o.upper, reason: o.reason };
  }

  /** `update` without allocating: the result is shared and valid until the next call on any EwmaDetector. */
  next(t: number, v: number, hold = false): DetectorOutput {
    const bad = this.guard.check(t, v);
    if (bad) return bad;
    const s = this.st;
    const a = this.at;
    const o = this.opts;
    const n = ++s[a + N];
    const mean = s[a + MEAN];
    if (n === 1) {
      s[a + MEAN] = v;
      return put(0, NaN, NaN, NaN, 'warming_up');
    }
    const variance = s[a + VAR];
    // Floor the std relative to the level so a perfectly flat series does not make any wiggle infinite.
    const std = Math.max(Math.sqrt(variance), Math.abs(mean) * 1e-3, 1e-9);
    const z = (v - mean) / std;
    const expected = mean;
    const lower = mean - o.k * std;
    const upper = mean + o.k * std;
    const warm = n > o.minPoints;
    if (warm && hold) {
      // Scored against the baseline from before the incident; nothing is learned from it.
      if (Math.abs(z) <= o.k) return put(0, expected, lower, upper, 'held');
      return put(ramp(Math.abs(z), o.k, o.zHigh), expected, lower, upper, z > 0 ? 'spike_up' : 'spike_down');
    }
    if (warm && Math.abs(z) > o.k) {
      const side = Math.sign(z);
      let run = s[a + RUN];
      let runSum = s[a + RUN_SUM];
      let runSumSq = s[a + RUN_SUM_SQ];
      if (Math.sign(run) !== side) {
        run = 0;
        runSum = 0;
        runSumSq = 0;
      }
      run += side;
      runSum += v;
      runSumSq += v * v;
      if (Math.abs(run) >= o.shiftSteps) {
        // Re-baseline on the run itself: its mean becomes the level, its spread the variance.
        const m = runSum / Math.abs(run);
        s[a + MEAN] = m;
        s[a + VAR] = Math.max(runSumSq / Math.abs(run) - m * m, variance);
        s[a + RUN] = 0;
        s[a + RUN_SUM] = 0;
        s[a + RUN_SUM_SQ] = 0;
        return put(0, expected, lower, upper, 'rebaselined');
      }
      s[a + RUN] = run;
      s[a + RUN_SUM] = runSum;
      s[a + RUN_SUM_SQ] = runSumSq;
      // Out-of-band points do not move the baseline, otherwise a spike would widen the band.
      const first = Math.abs(run) === 1;
      return put(first ? ramp(Math.abs(z), o.k, o.zHigh) : 0, expected, lower, upper, first ? (z > 0 ? 'spike_up' : 'spike_down') : 'shift_pending');
    }
    s[a + RUN] = 0;
    s[a + RUN_SUM] = 0;
    s[a + RUN_SUM_SQ] = 0;
    const d = v - mean;
    s[a + MEAN] = mean + o.alpha * d;
    s[a + VAR] = (1 - o.alpha) * (variance + o.alpha * d * d);
    return put(0, expected, lower, upper, warm ? 'ok' : 'warming_up');
  }

  state(): EwmaState {
    const s = this.st;
    const a = this.at;
    return { mean: s[a + MEAN], variance: s[a + VAR], n: s[a + N], run: s[a + RUN], runSum: s[a + RUN_SUM], runSumSq: s[a + RUN_SUM_SQ], lastT: this.guard.lastT };
  }

  restore(st: EwmaState): void {
    const s = this.st;
    const a = this.at;
    s[a + MEAN] = st.mean;
    s[a + VAR] = st.variance;
    s[a + N] = st.n;
    s[a + RUN] = st.run;
    s[a + RUN_SUM] = st.runSum;
    s[a + RUN_SUM_SQ] = st.runSumSq;
    this.guard.lastT = st.lastT;
  }
}

/**
 * A number array V8 stores as unboxed doubles from the start (filled with a non-integer: an
 * array of small integers would be converted, and copied, on its first fractional value).
 */
export function newDoubles(n: number): number[] {
  return new Array<number>(n).fill(0.5);
}

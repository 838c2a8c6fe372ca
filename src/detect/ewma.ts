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

export class EwmaDetector implements Detector<EwmaState> {
  readonly opts: Readonly<EwmaOptions>;
  private readonly guard = new InputGuard();
  private s: EwmaState = { mean: 0, variance: 0, n: 0, run: 0, runSum: 0, runSumSq: 0, lastT: -Infinity };

  constructor(opts?: Partial<EwmaOptions>) {
    // Options are shared unless given: one copy per series was 80 bytes each.
    this.opts = opts ? { ...DEFAULT_EWMA, ...opts } : DEFAULT_EWMA;
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
    const s = this.s;
    const o = this.opts;
    s.n++;
    if (s.n === 1) {
      s.mean = v;
      return put(0, NaN, NaN, NaN, 'warming_up');
    }
    // Floor the std relative to the level so a perfectly flat series does not make any wiggle infinite.
    const std = Math.max(Math.sqrt(s.variance), Math.abs(s.mean) * 1e-3, 1e-9);
    const z = (v - s.mean) / std;
    const expected = s.mean;
    const lower = s.mean - o.k * std;
    const upper = s.mean + o.k * std;
    const warm = s.n > o.minPoints;
    if (warm && hold) {
      // Scored against the baseline from before the incident; nothing is learned from it.
      if (Math.abs(z) <= o.k) return put(0, expected, lower, upper, 'held');
      return put(ramp(Math.abs(z), o.k, o.zHigh), expected, lower, upper, z > 0 ? 'spike_up' : 'spike_down');
    }
    if (warm && Math.abs(z) > o.k) {
      const side = Math.sign(z);
      if (Math.sign(s.run) !== side) {
        s.run = 0;
        s.runSum = 0;
        s.runSumSq = 0;
      }
      s.run += side;
      s.runSum += v;
      s.runSumSq += v * v;
      if (Math.abs(s.run) >= o.shiftSteps) {
        // Re-baseline on the run itself: its mean becomes the level, its spread the variance.
        const m = s.runSum / Math.abs(s.run);
        s.mean = m;
        s.variance = Math.max(s.runSumSq / Math.abs(s.run) - m * m, s.variance);
        s.run = 0;
        s.runSum = 0;
        s.runSumSq = 0;
        return put(0, expected, lower, upper, 'rebaselined');
      }
      // Out-of-band points do not move the baseline, otherwise a spike would widen the band.
      const first = Math.abs(s.run) === 1;
      return put(first ? ramp(Math.abs(z), o.k, o.zHigh) : 0, expected, lower, upper, first ? (z > 0 ? 'spike_up' : 'spike_down') : 'shift_pending');
    }
    s.run = 0;
    s.runSum = 0;
    s.runSumSq = 0;
    const d = v - s.mean;
    s.mean += o.alpha * d;
    s.variance = (1 - o.alpha) * (s.variance + o.alpha * d * d);
    return put(0, expected, lower, upper, warm ? 'ok' : 'warming_up');
  }

  state(): EwmaState {
    return { ...this.s, lastT: this.guard.lastT };
  }

  restore(st: EwmaState): void {
    this.s = { ...st };
    this.guard.lastT = st.lastT;
  }
}

// The one contract every detector in DETECT implements. Detectors are pure and storage-free:
// the engine feeds points, persists `state()` and warms a new instance with `restore()`.

/** What a detector says about one point. `score` is always in [0,1]; 0 = normal. */
export interface DetectorOutput {
  score: number;
  /** Value the detector expected at this step (NaN when it has no opinion yet). */
  expected: number;
  /** Normal band; NaN when unknown. */
  lower: number;
  upper: number;
  /** Short machine-friendly reason: 'spike', 'level_shift', 'warming_up', 'skipped:nan', ... */
  reason: string;
}

/** Counts of inputs a detector refused; exposed so bad feeds are visible, never fatal. */
export interface InputCounters {
  nan: number;
  infinite: number;
  outOfOrder: number;
  duplicate: number;
}

export interface Detector<S> {
  update(t: number, v: number): DetectorOutput;
  /** Plain JSON-able snapshot, small and fixed-size (see each module's byte estimate). */
  state(): S;
  restore(s: S): void;
  readonly counters: InputCounters;
}

export function newCounters(): InputCounters {
  return { nan: 0, infinite: 0, outOfOrder: 0, duplicate: 0 };
}

export function output(score: number, expected = NaN, lower = NaN, upper = NaN, reason = 'ok'): DetectorOutput {
  return { score: clamp01(score), expected, lower, upper, reason };
}

export function clamp01(x: number): number {
  if (!(x > 0)) return 0; // also maps NaN to 0 so a bad computation never raises an alarm
  return x > 1 ? 1 : x;
}

/**
 * Shared input gate: streaming detectors must see strictly increasing timestamps and finite
 * values. Anything else is counted and answered with a neutral output instead of throwing,
 * because one broken exporter must not take detection down for every other series.
 */
export class InputGuard {
  lastT = -Infinity;
  /** Created on the first refusal: a detector per live series mostly never refuses anything. */
  private refused: InputCounters | null = null;

  get counters(): InputCounters {
    return (this.refused ??= newCounters());
  }

  /** Returns null when the point is usable, otherwise the neutral output to return. */
  check(t: number, v: number): DetectorOutput | null {
    return this.gate(t, Number.isNaN(v), !Number.isFinite(v));
  }

  /** The same gate for a point with several values (one per dimension). */
  checkVector(t: number, x: readonly number[]): DetectorOutput | null {
    return this.gate(t, x.some(Number.isNaN), x.some((v) => !Number.isFinite(v)));
  }

  private gate(t: number, nan: boolean, nonFinite: boolean): DetectorOutput | null {
    if (nan || Number.isNaN(t)) {
      this.counters.nan++;
      return output(0, NaN, NaN, NaN, 'skipped:nan');
    }
    if (nonFinite || !Number.isFinite(t)) {
      this.counters.infinite++;
      return output(0, NaN, NaN, NaN, 'skipped:infinite');
    }
    if (t === this.lastT) {
      this.counters.duplicate++;
      return output(0, NaN, NaN, NaN, 'skipped:duplicate');
    }
    if (t < this.lastT) {
      this.counters.outOfOrder++;
      return output(0, NaN, NaN, NaN, 'skipped:out_of_order');
    }
    this.lastT = t;
    return null;
  }
}

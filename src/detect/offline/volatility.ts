// "Noisier than ever": the series' short-term volatility (mean absolute first difference over
// the last few rows) against the highest volatility of all history, as a fraction of that
// volatility's range (see extreme.ts, which does the same for the values themselves).
//
// Why: a change of variance (a price that starts to swing, a sensor that gets noisy, a burst of
// retries) keeps every value inside its usual range and every single step of an ordinary size
// for that series' worst moments, so the value, spike and pattern signals judge each row as
// familiar. What is new is that the series has never been this restless for this long. The
// spike likelihood sees part of it, but its own scale and its 1,000-row history absorb a
// sustained change within a few dozen rows; a record over all history does not forget.
//
// Memory: width + a few numbers.
import { Ring } from '../stats.ts';
import { NewExtreme } from './extreme.ts';

export class VolatilityRecord {
  private readonly ring: Ring;
  readonly record: NewExtreme;
  private prev = NaN;
  private pushes = 0;

  /**
   * @param width rows of absolute first differences averaged
   * @param minRows rolling-volatility values before their range is trusted
   */
  constructor(readonly width: number, minRows: number) {
    this.ring = new Ring(width);
    this.record = new NewExtreme(minRows);
  }

  /** Push v; returns how far the latest volatility lies beyond all earlier ones, over their range (0 inside). */
  push(v: number): number {
    const d = Number.isNaN(this.prev) ? NaN : Math.abs(v - this.prev);
    this.prev = v;
    if (Number.isNaN(d)) return 0;
    this.ring.push(d);
    // Running sums drift over millions of rows; recompute them now and then.
    if (++this.pushes % (this.width * 1000) === 0) this.ring.resum();
    if (this.ring.size < this.width) return 0;
    return this.record.push(this.ring.mean());
  }
}

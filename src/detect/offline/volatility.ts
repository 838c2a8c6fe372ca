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
// Memory: width + a few numbers (+ 6 × 24 with the phase discount).
import { Ring } from '../stats.ts';
import { NewExtreme } from './extreme.ts';

export class VolatilityRecord {
  private readonly ring: Ring;
  readonly record: NewExtreme;
  readonly phase: PhaseVolatility | null;
  private prev = NaN;
  private pushes = 0;

  /**
   * @param width rows of absolute first differences averaged
   * @param minRows rolling-volatility values before their range is trusted
   * @param phaseK > 0: discount a record set at an hour of the day that was already the
   *   restless hour (see PhaseVolatility); 0 = off
   */
  constructor(readonly width: number, minRows: number, phaseK = 0) {
    this.ring = new Ring(width);
    this.record = new NewExtreme(minRows);
    this.phase = phaseK > 0 ? new PhaseVolatility(phaseK) : null;
  }

  /** Push v (at time t, ms); returns how far the latest volatility lies beyond all earlier ones, over their range (0 inside). */
  push(v: number, t = NaN): number {
    const d = Number.isNaN(this.prev) ? NaN : Math.abs(v - this.prev);
    this.prev = v;
    if (Number.isNaN(d)) return 0;
    this.ring.push(d);
    // Running sums drift over millions of rows; recompute them now and then.
    if (++this.pushes % (this.width * 1000) === 0) this.ring.resum();
    if (this.ring.size < this.width) return 0;
    const vol = this.ring.mean();
    const [, hi] = this.record.range();
    const excess = this.record.push(vol);
    const f = this.phase ? this.phase.push(vol, t) : 1;
    // The discount is for new highs only; a new low ("quieter than ever") counts as before.
    return vol > hi ? excess * f : excess;
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Hour-of-day memory of volatility: per hour bucket, the highest volatility of each earlier day
 * (their maximum, mean and spread). On a daily series the restless hour (a daily drop, a busy
 * hour) sets the all-time record by chance every few days, each time by about the day-to-day
 * spread of that hour's peak. push() returns a factor in [0,1]: how far the volatility lies
 * beyond its hour's highest earlier peak, in units of k × that hour's day-to-day spread. As a
 * new record beats the all-time high, the factor is below 1 only where the hour's own best lies
 * within k spreads of that high, i.e. at an hour that has (nearly) been the restless one; a
 * burst at any other hour counts in full. It needs three earlier days at the hour and the
 * latest row at most an hour after the one before; otherwise 1 (no discount). Hours are UTC
 * hours of the row's timestamp; only the daily period is learnt (no weekly one).
 *
 * Memory: 6 × 24 numbers.
 */
export class PhaseVolatility {
  private readonly n = new Float64Array(24);
  private readonly mean = new Float64Array(24);
  private readonly m2 = new Float64Array(24);
  private readonly max = new Float64Array(24).fill(-Infinity);
  private readonly day = new Float64Array(24).fill(NaN);
  private readonly dayMax = new Float64Array(24).fill(-Infinity);
  private prevT = NaN;

  constructor(readonly k: number, readonly minDays = 3) {}

  push(vol: number, t: number): number {
    const dt = t - this.prevT;
    this.prevT = t;
    if (!Number.isFinite(t)) return 1;
    const b = Math.floor((((t % DAY) + DAY) % DAY) / HOUR);
    const day = Math.floor(t / DAY);
    if (this.day[b] !== day) {
      if (!Number.isNaN(this.day[b])) this.fold(b, this.dayMax[b]);
      this.day[b] = day;
      this.dayMax[b] = -Infinity;
    }
    let f = 1;
    if (dt > 0 && dt <= HOUR && this.n[b] >= this.minDays) {
      const sd = Math.sqrt(this.m2[b] / (this.n[b] - 1));
      if (sd > 0) f = Math.min(1, Math.max(0, vol - this.max[b]) / (this.k * sd));
    }
    if (vol > this.dayMax[b]) this.dayMax[b] = vol;
    return f;
  }

  private fold(b: number, x: number): void {
    const n = ++this.n[b];
    const d = x - this.mean[b];
    this.mean[b] += d / n;
    this.m2[b] += d * (x - this.mean[b]);
    if (x > this.max[b]) this.max[b] = x;
  }
}

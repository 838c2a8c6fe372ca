// "Drifted further than ever": the series' smoothed level (the mean of the last `width` rows)
// against the lowest and highest smoothed level of all history up to `lag` rows ago, as a
// fraction of that range (see extreme.ts, which does the same for the raw values).
//
// Why: a slow decline or rise (a machine cooling over a day before it fails) sets new extremes
// of the raw values, but each one barely passes the last, so the extreme signal's excess stays
// near 0; every step and every short shape is ordinary, so the likelihoods stay quiet too. Two
// things make the drift visible: smoothing removes the noise and short dips (which on a spiky
// series set a raw record no level ever reaches), and comparing with the record as it stood
// `lag` rows ago measures how far the level has moved past it, not the last row's increment.
//
// Memory: width + lag doubles and a few numbers.
import { Ring } from '../stats.ts';
import { NewExtreme } from './extreme.ts';

export class TrendRecord {
  private readonly ring: Ring;
  private readonly lagged: Ring;
  readonly record: NewExtreme;
  private pushes = 0;
  private folded = 0;
  private armed = false;

  /**
   * @param width rows averaged into the smoothed level
   * @param lag the record holds smoothed levels at least this many rows old
   * @param minRows smoothed levels in the record before its range is trusted
   * @param once > 0: one report per excursion. Once the excess reaches `once`, push returns 0
   *   until the level has come back inside the record; it also starts disarmed (a level
   *   already outside the record when the record becomes trusted is no event). 0 = off.
   */
  constructor(readonly width: number, readonly lag: number, readonly minRows: number, readonly once = 0) {
    this.ring = new Ring(width);
    this.lagged = new Ring(Math.max(1, lag));
    this.record = new NewExtreme(minRows);
  }

  /** Push v; returns how far the smoothed level lies beyond the lagged record, over its range (0 inside or while filling). */
  push(v: number): number {
    this.ring.push(v);
    if (++this.pushes % (this.width * 1000) === 0) this.ring.resum();
    if (this.ring.size < this.width) return 0;
    const level = this.ring.mean();
    let excess = 0;
    if (this.lagged.size === this.lagged.capacity) {
      const old = this.lagged.at(0);
      this.record.push(old);
      this.folded++;
      const [lo, hi] = this.record.range();
      if (this.folded > this.minRows && hi > lo) excess = Math.max(level - hi, lo - level, 0) / (hi - lo);
    }
    this.lagged.push(level);
    if (this.once <= 0) return excess;
    if (this.folded <= this.minRows) return 0;
    if (excess === 0) this.armed = true;
    if (!this.armed) return 0;
    if (excess >= this.once) this.armed = false;
    return excess;
  }
}

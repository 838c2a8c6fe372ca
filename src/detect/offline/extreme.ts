// "Beyond anything this series has shown": how far a value lies outside the highest and lowest
// values seen so far, as a fraction of that range.
//
// Why: many incidents on real series are new extremes (a machine's temperature falling below
// every earlier reading, a latency or a price spiking past all earlier spikes). On a noisy or
// spiky series the likelihood and pattern signals judge such a value against a history full of
// large surprises and stay quiet, but none of those surprises went this far. Detectors that
// encode values against the range seen so far (CAD OSE's and ARTime's range-normalised inputs,
// where an out-of-range value activates nothing learned) fire on exactly this. A slow drift
// makes new extremes too, but each one barely passes the last, so its excess stays near 0.
//
// Memory: two numbers and a counter.
export class NewExtreme {
  private lo = Infinity;
  private hi = -Infinity;
  private n = 0;

  /** @param minRows rows before the range is trusted (the first rows set new extremes all the time) */
  constructor(readonly minRows: number) {}

  /** Push v; returns its distance beyond the range seen before it, over that range (0 inside). */
  push(v: number): number {
    this.n++;
    const range = this.hi - this.lo;
    const excess = this.n > this.minRows && range > 0 ? Math.max(v - this.hi, this.lo - v, 0) / range : 0;
    if (v > this.hi) this.hi = v;
    if (v < this.lo) this.lo = v;
    return excess;
  }

  /** The range seen so far, for a replayable state ([Infinity, -Infinity] before any value). */
  range(): [number, number] {
    return [this.lo, this.hi];
  }

  /** Widen the range to include [lo, hi]: restores what a replay of recent rows alone cannot know. */
  include(lo: number, hi: number): void {
    if (lo < this.lo) this.lo = lo;
    if (hi > this.hi) this.hi = hi;
  }
}

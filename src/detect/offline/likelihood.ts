// Anomaly likelihood: is the recent average of a raw surprise signal unusually high compared
// with that signal's own longer history? Standardising per series is what lets one
// corpus-wide threshold work across very different series (idea from Numenta's NAB work).
import { Ring, normalTail } from '../stats.ts';

/** Memory: (long + short) × 8 bytes. */
export class Likelihood {
  private readonly long: Ring;
  private readonly short: Ring;

  /**
   * @param relFloor lower bound on the fitted spread as a fraction of the fitted mean. Signals
   *   that are nearly constant (e.g. NN distances on a clean periodic series) would otherwise
   *   turn a mere doubling into a many-sigma event.
   */
  constructor(longWindow: number, shortWindow: number, private readonly relFloor = 1e-3) {
    this.long = new Ring(longWindow);
    this.short = new Ring(shortWindow);
  }

  /** Push a raw value; returns a log-scaled score in [0,1] (0.5 ≈ tail probability 1e-5). */
  push(raw: number): number {
    const mu = this.long.mean();
    const sd = Math.max(this.long.std(), this.relFloor * Math.abs(mu) + 1e-6);
    this.short.push(raw);
    this.long.push(raw);
    if (this.long.size < 3 || Number.isNaN(mu)) return 0;
    const tail = normalTail((this.short.mean() - mu) / sd);
    // log10 of the tail probability over 10 decades: small tails spread out over [0,1].
    return Math.min(1, Math.max(0, -Math.log10(Math.max(tail, 1e-10)) / 10));
  }
}

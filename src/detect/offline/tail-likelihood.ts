// Anomaly likelihood with a fitted upper tail: how improbable is the recent average of a raw
// surprise signal, judged by the peaks-over-threshold fit of that signal's own recent history.
//
// Why not a normal tail: surprise signals (nearest-neighbour distances, jump sizes) are skewed
// and heavy-tailed. A normal fit to them puts a value a few spreads above the mean at 1e-3 or
// less, so on a noisy series ordinary peaks look like rare events and a corpus-wide threshold
// fires on them at a steady rate per row; long noisy series pay it as false positives. Fitting
// the excesses over the series' own 90th percentile with a generalised Pareto distribution
// (method of moments) follows each series' tail instead (the usual extreme-value approach).
//
// Memory: (long + short) × 8 bytes plus a scratch copy of the long window (refit every
// refitEvery rows, so the sort costs long × log(long) / refitEvery per row).
import { Ring } from '../stats.ts';

const Q = 0.9;

export class TailLikelihood {
  private readonly long: Ring;
  private readonly short: Ring;
  private readonly scratch: Float64Array;
  private sinceFit = Infinity;
  private u = NaN; // the 90th percentile
  private sigma = 0;
  private xi = 0;

  /**
   * @param relFloor lower bound on the tail scale as a fraction of the window's mean, so a
   *   nearly constant signal does not turn a small rise into a many-decade event.
   * @param maxShape largest generalised Pareto shape the fit may use (0 = exponential tail). The
   *   moment estimate of the shape is noisy on 100 excesses; a large one would make every
   *   later value look ordinary.
   * @param refitEvery rows between refits (the fit moves slowly; sorting every row would cost
   *   more than the NN search).
   */
  constructor(longWindow: number, shortWindow: number, private readonly relFloor: number, private readonly maxShape: number, private readonly refitEvery = 25) {
    this.long = new Ring(longWindow);
    this.short = new Ring(shortWindow);
    this.scratch = new Float64Array(longWindow);
  }

  /** Push a raw value ≥ 0; returns a log-scaled score in [0,1] (0.5 ≈ tail probability 1e-5). */
  push(raw: number): number {
    const n = this.long.size;
    if (n >= 20 && ++this.sinceFit >= this.refitEvery) this.fit();
    this.short.push(raw);
    const ready = n >= 20 && !Number.isNaN(this.u);
    const x = this.short.mean();
    this.long.push(raw);
    if (!ready || x <= this.u) return 0;
    const y = (x - this.u) / this.sigma;
    const logTail = Math.log10(1 - Q) + (this.xi > 1e-6 ? (-1 / this.xi) * Math.log10(1 + this.xi * y) : -y * Math.LOG10E);
    return Math.min(1, Math.max(0, -logTail / 10));
  }

  private fit(): void {
    this.sinceFit = 0;
    const n = this.long.size;
    const s = this.scratch.subarray(0, n);
    for (let i = 0; i < n; i++) s[i] = this.long.buf[i];
    s.sort();
    const k = Math.floor(Q * (n - 1));
    this.u = s[k];
    let m = 0;
    let m2 = 0;
    let cnt = 0;
    for (let i = k + 1; i < n; i++) {
      const e = s[i] - this.u;
      m += e;
      m2 += e * e;
      cnt++;
    }
    const floor = this.relFloor * Math.abs(this.long.mean()) + 1e-9;
    if (cnt < 2 || m <= 0) {
      this.sigma = floor;
      this.xi = 0;
      return;
    }
    m /= cnt;
    const v = Math.max(m2 / cnt - m * m, 1e-18);
    // Method-of-moments generalised Pareto fit (valid for shape < 1/2).
    this.xi = Math.min(this.maxShape, Math.max(0, 0.5 * (1 - (m * m) / v)));
    this.sigma = Math.max(floor, 0.5 * m * ((m * m) / v + 1));
  }
}

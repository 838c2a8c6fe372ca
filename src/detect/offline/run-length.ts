// "Stayed too long": how long the series has now sat at one level, against the longest stay
// ever seen at that level. A daily jump that does not come, a metric that flatlines in the
// middle of its usual swing, a queue stuck at a value: each point is ordinary, only the
// duration is new, so value- and shape-based signals stay quiet.
//
// Levels are a quantisation of the range seen so far. A run keeps its level while values stay
// within one level-width of its centre (hysteresis), so noise at a boundary does not split it.
//
// A record is only evidence where stays are regular. Where a level's stays vary widely (a slow,
// wandering series: temperatures, a random walk, noisy utilisation), a new longest stay turns up
// every few visits by chance, and each one was a false positive. With cvMax set, a level whose
// completed stays have a coefficient of variation above it reports a stay only when the stay is
// also flat (it moves less than flatShare of the series' usual step per row: a stuck sensor or
// queue), which no amount of wandering produces.
//
// Memory: 4 × levels numbers plus a few scalars (≈ 560 B with 16 levels).

export interface RunLengthOptions {
  levels: number;
  /** A level needs this many completed runs before its record is trusted. */
  minVisits: number;
  /** Runs shorter than this are never reported (noise flickers are not "stays"). */
  minRun: number;
  /** Stays count only at levels whose stays are regular (CV ≤ this; 0 = every level)... */
  cvMax: number;
  /** ...or when the stay moves less than this share of the series' usual step (a flat line). */
  flatShare: number;
}

export const DEFAULT_RUN_LENGTH: RunLengthOptions = { levels: 16, minVisits: 3, minRun: 10, cvMax: 0, flatShare: 0.25 };

export class RunLengthNovelty {
  readonly opts: RunLengthOptions;
  private lo = Infinity;
  private hi = -Infinity;
  private readonly longest: Float64Array;
  private readonly visits: Float64Array;
  private readonly sum: Float64Array;
  private readonly sumSq: Float64Array;
  private prevV = NaN;
  private step = 0;
  private runMove = 0;
  private level = -1;
  private run = 0;

  constructor(opts?: Partial<RunLengthOptions>) {
    this.opts = { ...DEFAULT_RUN_LENGTH, ...opts };
    this.longest = new Float64Array(this.opts.levels);
    this.visits = new Float64Array(this.opts.levels);
    this.sum = new Float64Array(this.opts.levels);
    this.sumSq = new Float64Array(this.opts.levels);
  }

  /**
   * Push v; returns the current run's length divided by the longest completed run at its level
   * (0 while that level has too little history). Values above 1 mean "longer than ever".
   */
  push(v: number): number {
    const o = this.opts;
    const dv = Number.isNaN(this.prevV) ? 0 : Math.abs(v - this.prevV);
    this.prevV = v;
    this.step += 0.01 * (dv - this.step);
    if (v < this.lo || v > this.hi) this.widen(v);
    const width = (this.hi - this.lo) / o.levels;
    const centre = this.lo + (this.level + 0.5) * width;
    if (this.level >= 0 && width > 0 && Math.abs(v - centre) <= width) {
      this.run++;
      this.runMove += dv;
    }
    else {
      this.close();
      this.level = width > 0 ? Math.min(o.levels - 1, Math.floor((v - this.lo) / width)) : 0;
      this.run = 1;
      this.runMove = 0;
    }
    const rec = this.longest[this.level];
    if (this.visits[this.level] < o.minVisits || this.run < o.minRun || rec <= 0) return 0;
    if (o.cvMax > 0) {
      const k = this.visits[this.level];
      const mean = this.sum[this.level] / k;
      const cv = Math.sqrt(Math.max(0, this.sumSq[this.level] / k - mean * mean)) / mean;
      const flat = this.runMove / this.run <= o.flatShare * this.step;
      if (cv > o.cvMax && !flat) return 0;
    }
    return this.run / rec;
  }

  private close(): void {
    if (this.level < 0) return;
    this.visits[this.level]++;
    this.sum[this.level] += this.run;
    this.sumSq[this.level] += this.run * this.run;
    if (this.run > this.longest[this.level]) this.longest[this.level] = this.run;
  }

  /**
   * A new extreme re-draws the levels. Old records no longer map onto the new levels, so they
   * are forgotten: the signal goes quiet until it has relearned, which is the safe direction.
   * The margin makes this rare once the usual range has been seen.
   */
  private widen(v: number): void {
    if (this.lo === Infinity) {
      this.lo = v;
      this.hi = v;
      return;
    }
    const span = Math.max(this.hi - this.lo, Math.abs(v) * 1e-3, 1e-9);
    if (v < this.lo) this.lo = v - 0.1 * span;
    else this.hi = v + 0.1 * span;
    this.longest.fill(0);
    this.visits.fill(0);
    this.sum.fill(0);
    this.sumSq.fill(0);
    this.level = -1;
    this.run = 0;
  }
}

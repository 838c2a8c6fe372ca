// "Stayed too long": how long the series has now sat at one level, against the longest stay
// ever seen at that level. A daily jump that does not come, a metric that flatlines in the
// middle of its usual swing, a queue stuck at a value: each point is ordinary, only the
// duration is new, so value- and shape-based signals stay quiet.
//
// Levels are a quantisation of the range seen so far. A run keeps its level while values stay
// within one level-width of its centre (hysteresis), so noise at a boundary does not split it.
//
// Memory: 2 × levels numbers plus a few scalars (≈ 300 B with 16 levels).

export interface RunLengthOptions {
  levels: number;
  /** A level needs this many completed runs before its record is trusted. */
  minVisits: number;
  /** Runs shorter than this are never reported (noise flickers are not "stays"). */
  minRun: number;
}

export const DEFAULT_RUN_LENGTH: RunLengthOptions = { levels: 16, minVisits: 3, minRun: 10 };

export class RunLengthNovelty {
  readonly opts: RunLengthOptions;
  private lo = Infinity;
  private hi = -Infinity;
  private readonly longest: Float64Array;
  private readonly visits: Float64Array;
  private level = -1;
  private run = 0;

  constructor(opts?: Partial<RunLengthOptions>) {
    this.opts = { ...DEFAULT_RUN_LENGTH, ...opts };
    this.longest = new Float64Array(this.opts.levels);
    this.visits = new Float64Array(this.opts.levels);
  }

  /**
   * Push v; returns the current run's length divided by the longest completed run at its level
   * (0 while that level has too little history). Values above 1 mean "longer than ever".
   */
  push(v: number): number {
    const o = this.opts;
    if (v < this.lo || v > this.hi) this.widen(v);
    const width = (this.hi - this.lo) / o.levels;
    const centre = this.lo + (this.level + 0.5) * width;
    if (this.level >= 0 && width > 0 && Math.abs(v - centre) <= width) this.run++;
    else {
      this.close();
      this.level = width > 0 ? Math.min(o.levels - 1, Math.floor((v - this.lo) / width)) : 0;
      this.run = 1;
    }
    const rec = this.longest[this.level];
    if (this.visits[this.level] < o.minVisits || this.run < o.minRun || rec <= 0) return 0;
    return this.run / rec;
  }

  private close(): void {
    if (this.level < 0) return;
    this.visits[this.level]++;
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
    this.level = -1;
    this.run = 0;
  }
}

// Nearest-neighbour distance of the latest subsequence to every earlier subsequence in a
// bounded history: a pattern that never happened before (a missed daily peak, a new shape)
// has no close neighbour even when every single value is within its usual range.
export class SubsequenceNN {
  private readonly buf: Float64Array;
  private n = 0;

  constructor(readonly width: number, readonly history: number) {
    this.buf = new Float64Array(history + width);
  }

  /** Push a value; returns the squared-distance-based NN distance (NaN until enough history). */
  push(v: number): number {
    const cap = this.buf.length;
    this.buf[this.n % cap] = v;
    this.n++;
    const w = this.width;
    // Candidates end at least w rows before now so they never overlap the query.
    const newestEnd = this.n - 1 - w;
    const oldestEnd = Math.max(w - 1, this.n - cap + w - 1);
    if (newestEnd < oldestEnd) return NaN;
    let best = Infinity;
    const qEnd = this.n - 1;
    for (let e = newestEnd; e >= oldestEnd; e--) {
      let d = 0;
      for (let k = 0; k < w && d < best; k++) {
        const diff = this.buf[(qEnd - k) % cap] - this.buf[(e - k) % cap];
        d += diff * diff;
      }
      if (d < best) best = d;
    }
    return Math.sqrt(best / w);
  }
}

// "Is this surprise as large as the largest ones this series has already shown?" A slowly
// forgetting record (running maximum with a half-life) of a raw surprise signal, and the
// latest value's size against it.
//
// Why: a likelihood fitted on the last ~1,000 rows fires at a roughly constant rate per row, so
// on a long, busy series it keeps reporting surprises of a size the series produced many times
// before (NAB's long real files and, by the numbers, the unseen AWS and Twitter files
// lose most of their score to such false positives). Detectors that remember what they have
// seen (ARTime's categories, CAD OSE's contexts) only fire on what is new against all history;
// a decaying record is the O(1)-memory version of that memory for one scalar signal.
//
// Memory: three numbers.
export class DecayingRecord {
  private record = 0;
  private readonly decay: number;

  /** @param halfLife rows after which an old record counts half */
  constructor(halfLife: number) {
    this.decay = Math.pow(0.5, 1 / halfLife);
  }

  /**
   * Push a raw value ≥ 0; returns min(1, raw / (rho × record so far)), then folds raw into the
   * record. 1 means "at least rho of the largest surprise remembered".
   */
  push(raw: number, rho: number): number {
    const ratio = Math.min(1, raw / (rho * this.record + 1e-12));
    this.record = Math.max(this.record * this.decay, raw);
    return ratio;
  }
}

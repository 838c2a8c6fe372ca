// Where one table has been read up to, and which rows near that point were already seen.
//
// Rows are tailed by their own timestamp, which is when the span started or the log was
// written, not when the row was inserted; a row can land after newer ones (collector
// batching, retries, slow agents). So each poll re-reads a look-back window behind the
// watermark W, and rows are classified by time:
//
//   ... ─────────┬──────────────┬──────────────┬──────────────▶ time
//             W − 2L         W − L            W          now
//                 └ late zone ─┘└─ delivered ──┴── new rows ───┘
//
// Unseen rows after W − L are delivered; unseen rows in the late zone are counted as late
// and skipped (they fell behind the allowance L); rows already seen are duplicates of an
// earlier poll. Rows more than 2L behind are never looked at again. The identity hashes of
// rows within 2L are kept (and saved with W), so nothing is delivered twice, even after a
// restart.

export type Verdict = 'deliver' | 'duplicate' | 'late';

export interface SavedPosition {
  /** Every row with time ≤ watermark has been read (ns since the epoch). */
  watermark: bigint;
  /** Rows at or before this predate the tailer and are not its concern (the start point). */
  since: bigint;
  /** Identity hash → time of the rows seen within the look-back. */
  seen: Map<string, bigint>;
}

export class Position {
  private readonly seen: Map<string, bigint>;
  private watermarkNs: bigint;
  private readonly sinceNs: bigint;
  /** True when there is something new to save. */
  dirty: boolean;
  /** Keys dropped because the table had more than maxKeys rows within the look-back. */
  evicted = 0;

  constructor(saved: SavedPosition, private readonly latenessNs: bigint, private readonly maxKeys: number, dirty = false) {
    this.watermarkNs = saved.watermark;
    this.sinceNs = saved.since;
    this.seen = new Map(saved.seen);
    this.dirty = dirty;
  }

  /** A table never read before: from `nowNs` less the allowance, or from the beginning. */
  static start(from: 'now' | 'earliest', nowNs: bigint, latenessNs: bigint, maxKeys: number): Position {
    // −1 rather than 0 so a row stamped exactly at the epoch (an unset time) is read too.
    const since = from === 'now' ? nowNs - latenessNs : -1n;
    const watermark = from === 'now' ? nowNs : -1n;
    return new Position({ watermark, since, seen: new Map() }, latenessNs, maxKeys, true);
  }

  get watermark(): bigint {
    return this.watermarkNs;
  }

  get seenCount(): number {
    return this.seen.size;
  }

  /** Exclusive lower bound of the next scan. */
  scanFrom(): bigint {
    const back = this.watermarkNs - 2n * this.latenessNs;
    return back > this.sinceNs ? back : this.sinceNs;
  }

  /** Unseen rows at or before this are late. Taken once per poll, before the watermark moves. */
  deliverAfter(): bigint {
    return this.watermarkNs - this.latenessNs;
  }

  classify(key: string, timeNs: bigint, deliverAfter: bigint): Verdict {
    if (this.seen.has(key)) return 'duplicate';
    // Late rows are remembered too, so each is counted once.
    this.seen.set(key, timeNs);
    this.dirty = true;
    return timeNs > deliverAfter ? 'deliver' : 'late';
  }

  /** Every row up to `hi` has been read: move the watermark and forget rows behind the look-back. */
  advance(hi: bigint): void {
    if (hi > this.watermarkNs) {
      this.watermarkNs = hi;
      this.dirty = true;
    }
    const floor = this.scanFrom();
    for (const [key, t] of this.seen) if (t <= floor) this.seen.delete(key);
    if (this.seen.size > this.maxKeys) this.evictOldest(this.seen.size - this.maxKeys);
  }

  saved(): SavedPosition {
    return { watermark: this.watermarkNs, since: this.sinceNs, seen: new Map(this.seen) };
  }

  // Memory bound for a table that takes in more rows per look-back than maxKeys: the oldest
  // keys go first, since their rows are the least likely to be read again.
  private evictOldest(n: number): void {
    const oldest = [...this.seen].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).slice(0, n);
    for (const [key] of oldest) this.seen.delete(key);
    this.evicted += n;
    this.dirty = true;
  }
}

// Templates into error_patterns. The miner sees every error line, but a row per line would make
// PostgreSQL the bottleneck of ingest, so occurrences are summed per signature in memory and
// written as one multi-row UPSERT per flush (periodic and at stop). The pending map is bounded:
// a signature that does not fit is dropped and counted, never queued without limit. One statement
// per batch and no explicit transaction: the embedded PGlite pool has a single connection, and a
// transaction held across awaits would starve every other writer.
import type pg from 'pg';
import type { Category } from '../records.ts';

export interface PatternStoreOptions {
  /** Period of the background flush. */
  flushMs: number;
  /** Distinct signatures waiting for the next flush; new ones beyond this are dropped. */
  maxPending: number;
  /** Rows per UPSERT statement, so one flush of a full map is not one huge statement. */
  batchRows: number;
  /** Characters of the sample line kept (sample_message). */
  sampleChars: number;
}

export const DEFAULT_PATTERN_STORE: PatternStoreOptions = { flushMs: 5000, maxPending: 10_000, batchRows: 500, sampleChars: 1000 };

export interface PatternStoreObserver {
  /** A flush failed; its occurrences are kept for the next one (as far as they fit). */
  failed?(err: unknown, rows: number): void;
  /** Occurrences of a signature that did not fit into the pending map. */
  dropped?(occurrences: number): void;
}

/** A template already in error_patterns. */
export interface KnownTemplate {
  template: string;
  lastSeenMs: number;
}

/** One template occurrence (or several) to persist. */
export interface PatternOccurrence {
  signature: string;
  template: string;
  timeMs: number;
  /** Kept only for the first occurrence of a signature: later samples never overwrite it. */
  sample: string;
  category?: Category;
  /** Merged key by key into the row's metadata. */
  metadata?: Record<string, unknown>;
  count?: number;
}

interface Pending {
  template: string;
  count: number;
  firstSeen: number;
  lastSeen: number;
  sample: string;
  category: Category | null;
  metadata: Record<string, unknown> | null;
}

// GREATEST/LEAST on both ends keep the row's seen-order constraint even when a batch carries
// event times older than what is stored (late records, a replay). The first sample and category
// win: a row's sample should be the line that created it, not whichever arrived last.
const UPSERT = `
INSERT INTO error_patterns AS p (pattern_signature, template, category, occurrence_count, first_seen, last_seen, sample_message, metadata)
SELECT s, t, c, n, f, l, m, d
FROM unnest($1::text[], $2::text[], $3::error_category_enum[], $4::bigint[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::jsonb[])
  AS x(s, t, c, n, f, l, m, d)
ON CONFLICT (pattern_signature) DO UPDATE SET
  occurrence_count = p.occurrence_count + EXCLUDED.occurrence_count,
  first_seen = LEAST(p.first_seen, EXCLUDED.first_seen),
  last_seen = GREATEST(p.last_seen, EXCLUDED.last_seen),
  template = EXCLUDED.template,
  category = COALESCE(p.category, EXCLUDED.category),
  sample_message = COALESCE(p.sample_message, EXCLUDED.sample_message),
  metadata = p.metadata || EXCLUDED.metadata`;

export class PatternStore {
  readonly opts: PatternStoreOptions;
  private pending = new Map<string, Pending>();
  private inflight: Promise<void> | null = null;
  private timer?: NodeJS.Timeout;
  /** Occurrences dropped because the pending map was full. */
  dropped = 0;
  /** Flushes (statements) that failed. */
  failed = 0;
  /** Rows written (one per signature per flush). */
  written = 0;

  constructor(private readonly pool: pg.Pool, private readonly observer: PatternStoreObserver = {}, opts?: Partial<PatternStoreOptions>) {
    this.opts = { ...DEFAULT_PATTERN_STORE, ...opts };
  }

  get pendingSize(): number {
    return this.pending.size;
  }

  /** Never throws and never waits: false when the occurrence was dropped. */
  record(o: PatternOccurrence): boolean {
    const n = o.count ?? 1;
    if (!(n > 0) || !Number.isFinite(o.timeMs)) return false;
    const p = this.pending.get(o.signature);
    if (p) {
      p.count += n;
      if (o.timeMs < p.firstSeen) p.firstSeen = o.timeMs;
      if (o.timeMs > p.lastSeen) p.lastSeen = o.timeMs;
      if (o.metadata) p.metadata = { ...p.metadata, ...o.metadata };
      return true;
    }
    if (this.pending.size >= this.opts.maxPending) {
      this.drop(n);
      return false;
    }
    this.pending.set(o.signature, {
      template: o.template,
      count: n,
      firstSeen: o.timeMs,
      lastSeen: o.timeMs,
      sample: o.sample.slice(0, this.opts.sampleChars),
      category: o.category ?? null,
      metadata: o.metadata ?? null,
    });
    return true;
  }

  /** The most recently seen stored templates, oldest first, so a restarted miner knows them. */
  async loadKnown(limit: number): Promise<KnownTemplate[]> {
    const r = await this.pool.query<{ template: string; last_seen: Date }>(
      'SELECT template, last_seen FROM error_patterns ORDER BY last_seen DESC LIMIT $1',
      [limit],
    );
    return r.rows.reverse().map((row) => ({ template: row.template, lastSeenMs: row.last_seen.getTime() }));
  }

  /** Start the periodic flush (unref'd: it never keeps the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.opts.flushMs);
    this.timer.unref();
  }

  /** Stop the timer and write what is pending. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  /** Write everything pending so far; flushes run one at a time. Never rejects. */
  async flush(): Promise<void> {
    // Chained rather than skipped, so `await flush()` guarantees what was recorded before the call is written.
    while (this.inflight) await this.inflight;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.inflight = this.write(batch).finally(() => {
      this.inflight = null;
    });
    await this.inflight;
  }

  private async write(batch: Map<string, Pending>): Promise<void> {
    const entries = [...batch];
    for (let i = 0; i < entries.length; i += this.opts.batchRows) {
      const rows = entries.slice(i, i + this.opts.batchRows);
      try {
        await this.pool.query(UPSERT, [
          rows.map(([s]) => s),
          rows.map(([, p]) => p.template),
          rows.map(([, p]) => p.category),
          rows.map(([, p]) => p.count),
          rows.map(([, p]) => new Date(p.firstSeen)),
          rows.map(([, p]) => new Date(p.lastSeen)),
          rows.map(([, p]) => p.sample),
          rows.map(([, p]) => JSON.stringify(p.metadata ?? {})),
        ]);
        this.written += rows.length;
      } catch (err) {
        // One statement is atomic: none of these rows landed, so they go back for the next flush.
        this.failed++;
        for (const [sig, p] of entries.slice(i)) this.requeue(sig, p);
        try {
          this.observer.failed?.(err, entries.length - i);
        } catch {
          // An observer bug must not turn into an unhandled rejection of the timer's flush.
        }
        return;
      }
    }
  }

  private requeue(sig: string, p: Pending): void {
    const cur = this.pending.get(sig);
    if (cur) {
      cur.count += p.count;
      cur.firstSeen = Math.min(cur.firstSeen, p.firstSeen);
      cur.lastSeen = Math.max(cur.lastSeen, p.lastSeen);
      cur.sample = p.sample;
      cur.category ??= p.category;
      if (p.metadata) cur.metadata = { ...p.metadata, ...cur.metadata };
    } else if (this.pending.size < this.opts.maxPending) this.pending.set(sig, p);
    else this.drop(p.count);
  }

  private drop(n: number): void {
    this.dropped += n;
    try {
      this.observer.dropped?.(n);
    } catch {
      // See write(): observers never break the caller.
    }
  }
}

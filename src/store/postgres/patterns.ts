// Templates into error_patterns (the template's text is the seed's pattern_description). The
// miner sees every error line, but a row per line would make
// PostgreSQL the bottleneck of ingest, so occurrences are summed per signature in memory and
// written as one multi-row UPSERT per flush (periodic and at stop), handed to the delivery queue.
// The pending map is bounded: a signature that does not fit is dropped and counted, never queued
// without limit. A batch Postgres rejects as bad data is cut into single rows, so only the bad
// row is set aside. One statement per batch and no explicit transaction: the embedded PGlite pool
// has a single connection, and a transaction held across awaits would starve every other writer.
import type pg from 'pg';
import type { DeliveryItem, DeliveryQueue } from '../../delivery/index.ts';
import type { Category } from '../../records.ts';
import { pgJson, pgText } from './sanitize.ts';

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
INSERT INTO error_patterns AS p (pattern_signature, pattern_description, category, occurrence_count, first_seen, last_seen, sample_message, metadata)
SELECT s, t, c, n, f, l, m, d
FROM unnest($1::text[], $2::text[], $3::error_category_enum[], $4::bigint[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::jsonb[])
  AS x(s, t, c, n, f, l, m, d)
ON CONFLICT (pattern_signature) DO UPDATE SET
  occurrence_count = p.occurrence_count + EXCLUDED.occurrence_count,
  first_seen = LEAST(p.first_seen, EXCLUDED.first_seen),
  last_seen = GREATEST(p.last_seen, EXCLUDED.last_seen),
  pattern_description = EXCLUDED.pattern_description,
  updated_at = now(),
  category = COALESCE(p.category, EXCLUDED.category),
  sample_message = COALESCE(p.sample_message, EXCLUDED.sample_message),
  metadata = p.metadata || EXCLUDED.metadata`;

export class PatternStore {
  readonly opts: PatternStoreOptions;
  private pending = new Map<string, Pending>();
  private timer?: NodeJS.Timeout;
  private batches = 0;
  /** Occurrences dropped because the pending map was full. */
  dropped = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly delivery: Pick<DeliveryQueue, 'send'>,
    private readonly observer: PatternStoreObserver = {},
    opts?: Partial<PatternStoreOptions>,
  ) {
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
    const r = await this.pool.query<{ pattern_description: string; last_seen: Date }>(
      'SELECT pattern_description, last_seen FROM error_patterns ORDER BY last_seen DESC LIMIT $1',
      [limit],
    );
    return r.rows.reverse().map((row) => ({ template: row.pattern_description, lastSeenMs: row.last_seen.getTime() }));
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

  /**
   * Hands everything pending to the delivery queue, a statement per `batchRows` signatures;
   * resolves once those batches are written or set aside. Never rejects.
   */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const entries = [...this.pending];
    this.pending = new Map();
    const done: Promise<unknown>[] = [];
    for (let i = 0; i < entries.length; i += this.opts.batchRows) {
      const rows = entries.slice(i, i + this.opts.batchRows);
      done.push(new Promise<void>((resolve) => this.delivery.send(this.batchItem(rows, () => resolve()))));
    }
    await Promise.all(done);
  }

  private batchItem(rows: Array<[string, Pending]>, settled?: () => void): DeliveryItem {
    return {
      target: 'postgres',
      // Upserts add up, so batches need no order among themselves: each is its own key.
      key: `patterns:${++this.batches}`,
      kind: 'patterns.upsert',
      payload: rows.map(([signature, p]) => ({ signature, ...p })),
      bytes: rows.reduce((n, [sig, p]) => n + sig.length + p.template.length + p.sample.length + 64, 0),
      run: () => this.upsert(rows),
      split: () => (rows.length > 1 ? rows.map((r) => this.batchItem([r])) : []),
      ...(settled ? { settled } : {}),
    };
  }

  private async upsert(rows: Array<[string, Pending]>): Promise<void> {
    await this.pool.query(UPSERT, [
      rows.map(([s]) => pgText(s)),
      rows.map(([, p]) => pgText(p.template)),
      rows.map(([, p]) => p.category),
      rows.map(([, p]) => p.count),
      rows.map(([, p]) => new Date(p.firstSeen)),
      rows.map(([, p]) => new Date(p.lastSeen)),
      rows.map(([, p]) => pgText(p.sample)),
      rows.map(([, p]) => pgJson(p.metadata ?? {})),
    ]);
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

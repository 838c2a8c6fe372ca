import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';
import { RetryableError } from '../../errors.ts';
import type { LogRecordItem, MetricPoint, SpanRecord } from '../../records.ts';
import { TableBatcher, type BatcherOptions, type InsertFn } from './batcher.ts';
import { encodeLogsToBytes, LOG_COLUMNS } from './encode-logs.ts';
import { encodeMetricPoint, METRIC_TABLES, type MetricType } from './encode-metrics.ts';
import { encodeSpansToBytes, TRACE_COLUMNS } from './encode-traces.ts';

export interface WriterObserver {
  queueDepth(rows: number): void;
  stored(table: string, rows: number, seconds: number): void;
  storageError(table: string, err: unknown, willRetry: boolean): void;
}

export interface WriterOptions extends BatcherOptions {
  database: string;
  /** Rows waiting (collected or being inserted) before new writes are refused with "retry later". */
  maxQueueRows: number;
}

// Parse in parallel with small chunks: a 10,000-row batch (~8 MB of CSV) is below the 10 MiB
// default chunk, so one thread would parse it alone; measured, 1 MiB chunks about doubled the
// rows/s of an insert for the same CPU.
const INSERT_SETTINGS = {
  // Needed for the timestamp encoding in encode-csv.ts (ticks or ISO-8601 UTC).
  date_time_input_format: 'best_effort',
  input_format_parallel_parsing: 1,
  min_chunk_bytes_for_parallel_parsing: '1048576',
} as const;

/**
 * Inserts through the one ClickHouse client. Over HTTP a lost response can hide an insert that
 * did commit, so each batch carries an insert_deduplication_token and a retry is a no-op then.
 * In-process (embedded chdb) an insert commits or fails atomically with nothing in between, so
 * the token is left out: in our measurements it added 25–45 % to the insert CPU there.
 */
export function clientInsert(client: ClickHouseClient, dedup = true): InsertFn {
  return async (table, columns, body, token) => {
    await client.insert({
      table,
      columns: columns as [string, ...string[]],
      values: Readable.from([body], { objectMode: false }),
      format: 'CSV',
      clickhouse_settings: dedup ? { ...INSERT_SETTINGS, insert_deduplication_token: token } : INSERT_SETTINGS,
    });
  };
}

/**
 * Encodes records into per-table batches and writes them. A write's promise resolves once
 * its rows are stored; when the queue is full or storage is failing it rejects at once with
 * a RetryableError, so the receiver answers "retry later" instead of buffering without bound.
 */
export class ClickHouseWriter {
  private queued = 0;
  private failing: boolean;
  private readonly batchers = new Map<string, TableBatcher>();

  constructor(
    private readonly insert: InsertFn,
    private readonly opts: WriterOptions,
    private readonly observer: WriterObserver,
    /** Checks storage answers again after a failure (and is ready for writes); writes resume once it does. */
    private readonly probe: () => Promise<boolean>,
    /** Start refusing writes until the first probe succeeds (storage not reachable at start). */
    startUnavailable = false,
  ) {
    this.failing = startUnavailable;
  }

  /** False while writes are refused because storage failed or is not ready yet. */
  get available(): boolean {
    return !this.failing;
  }

  writeSpans(spans: SpanRecord[]): Promise<void> {
    if (spans.length === 0) return Promise.resolve();
    this.admit(spans.length);
    return this.batcher('otel_traces', TRACE_COLUMNS).add(encodeSpansToBytes(spans), spans.length);
  }

  writeLogs(logs: LogRecordItem[]): Promise<void> {
    if (logs.length === 0) return Promise.resolve();
    this.admit(logs.length);
    return this.batcher('otel_logs', LOG_COLUMNS).add(encodeLogsToBytes(logs), logs.length);
  }

  writeMetrics(points: MetricPoint[]): Promise<void> {
    if (points.length === 0) return Promise.resolve();
    this.admit(points.length);
    const bodies = new Map<MetricType, { body: string; rows: number }>();
    for (const p of points) {
      const b = bodies.get(p.type) ?? { body: '', rows: 0 };
      b.body += encodeMetricPoint(p);
      b.rows++;
      bodies.set(p.type, b);
    }
    const writes: Promise<void>[] = [];
    for (const [type, b] of bodies) {
      const t = METRIC_TABLES[type];
      writes.push(this.batcher(t.table, t.columns).add(Buffer.from(b.body), b.rows));
    }
    return Promise.all(writes).then(() => undefined);
  }

  get queueDepth(): number {
    return this.queued;
  }

  /** Inserts everything collected so far and waits for it. */
  async flush(): Promise<void> {
    await Promise.all([...this.batchers.values()].map((b) => b.flush()));
  }

  private admit(rows: number): void {
    if (this.failing) {
      void this.recheck();
      throw new RetryableError('storage unavailable: ClickHouse is not answering; retry later', 5);
    }
    if (this.queued + rows > this.opts.maxQueueRows) {
      throw new RetryableError(`write queue full (${this.queued} rows waiting); retry later`, 1);
    }
    this.queued += rows;
    this.observer.queueDepth(this.queued);
  }

  private probing = false;
  private async recheck(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      if (await this.probe().catch(() => false)) this.failing = false;
    } finally {
      this.probing = false;
    }
  }

  private batcher(table: string, columns: readonly string[]): TableBatcher {
    let b = this.batchers.get(table);
    if (!b) {
      b = new TableBatcher(`${this.opts.database}.${table}`, columns, this.insert, this.opts, {
        onSettled: (rows) => {
          this.queued -= rows;
          this.observer.queueDepth(this.queued);
        },
        onStored: (t, rows, seconds) => {
          this.failing = false;
          this.observer.stored(t, rows, seconds);
        },
        onError: (t, err, willRetry, outage) => {
          if (outage) this.failing = true;
          this.observer.storageError(t, err, willRetry);
        },
      });
      this.batchers.set(table, b);
    }
    return b;
  }
}

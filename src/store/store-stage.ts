// The store stage: writes to ClickHouse, then hands the same items downstream. Downstream runs
// after the write so detection never sees data that could still be lost, and a slow or failing
// consumer never delays the acknowledgement.
import type { ClickHouseClient } from '@clickhouse/client';
import type { LogRecordItem, MetricPoint, SpanRecord, StoredConsumer, StoredFanout, TelemetrySink } from '../records.ts';
import { RetryableError } from '../errors.ts';
import type { Stage } from '../stage.ts';
import type { Logger } from '../telemetry/index.ts';
import { signalOfTable, type Metrics } from '../telemetry/index.ts';
import { clientInsert, ClickHouseWriter, type WriterObserver } from './clickhouse/writer.ts';

export interface StoreStageOptions {
  database: string;
  maxRows: number;
  maxDelayMs: number;
  minIntervalMs: number;
  /** See BatcherOptions.minIntervalRows. */
  minIntervalRows?: number;
  maxInflight: number;
  maxRetries: number;
  retryBaseMs: number;
  maxQueueRows: number;
  /** storage.clickhouse.ttl_days (0: no TTL): items older than this on arrival are counted. */
  ttlDays?: number;
}

const DAY_NS = 86_400_000_000_000n;

export interface StoreStageDeps {
  clickhouse: ClickHouseClient;
  /** Embedded chdb: no dedup tokens (its inserts commit or fail atomically). */
  embedded: boolean;
  /** False when ClickHouse was not reachable at start: the writer starts unavailable. */
  ready: boolean;
  /** Checked while unavailable: true once ClickHouse answers and its migrations have run. */
  probe: () => Promise<boolean>;
  metrics: Metrics;
  logger: Logger;
  /**
   * Why downstream cannot take more now (the delivery queue is past its soft bound), or null.
   * Writes are then refused with "retry later": collectors hold the data instead of Homeostat
   * dropping incidents it cannot record.
   */
  backpressure?: () => string | null;
}

export class StoreStage implements TelemetrySink, StoredFanout, Stage {
  readonly name = 'store';
  readonly writer: ClickHouseWriter;
  private readonly downstream: StoredConsumer[] = [];
  private stopping?: Promise<void>;
  private readonly ttlNs: bigint;

  constructor(opts: StoreStageOptions, private readonly deps: StoreStageDeps) {
    this.ttlNs = BigInt(opts.ttlDays ?? 0) * DAY_NS;
    this.writer = new ClickHouseWriter(
      clientInsert(deps.clickhouse, !deps.embedded),
      opts,
      writerMetrics(deps.metrics, deps.logger),
      deps.probe,
      !deps.ready,
    );
  }

  /** False while ClickHouse is away, or downstream pushes back: receivers answer "retry later". */
  get available(): boolean {
    return this.writer.available && !this.deps.backpressure?.();
  }

  private admit(): void {
    const why = this.deps.backpressure?.();
    if (why) throw new RetryableError(`${why}; retry later`, 5);
  }

  subscribe(consumer: StoredConsumer): void {
    this.downstream.push(consumer);
  }

  async start(): Promise<void> {}

  /** Writes every batch collected so far; safe twice. Receivers stop before this, so nothing new arrives. */
  stop(): Promise<void> {
    this.stopping ??= this.writer.flush();
    return this.stopping;
  }

  async consumeTraces(spans: SpanRecord[]): Promise<void> {
    this.admit();
    await this.writer.writeSpans(spans);
    this.countExpired('traces', spans, (s) => s.startNs);
    this.publishTraces(spans);
  }

  async consumeLogs(logs: LogRecordItem[]): Promise<void> {
    this.admit();
    await this.writer.writeLogs(logs);
    // The stored time: the event time, or the observed time when that was unset.
    this.countExpired('logs', logs, (l) => (l.timeNs !== 0n ? l.timeNs : l.observedTimeNs));
    this.publishLogs(logs);
  }

  async consumeMetrics(points: MetricPoint[]): Promise<void> {
    this.admit();
    await this.writer.writeMetrics(points);
    this.countExpired('metrics', points, (p) => p.timeNs);
    this.publishMetrics(points);
  }

  // Fan-out only, for items that are stored already (source: clickhouse tails what a
  // Collector wrote): downstream sees them exactly as if they had come through the writer.
  publishTraces(spans: SpanRecord[]): void {
    for (const c of this.downstream) this.safely(() => c.traces?.(spans));
  }

  publishLogs(logs: LogRecordItem[]): void {
    for (const c of this.downstream) this.safely(() => c.logs?.(logs));
  }

  publishMetrics(points: MetricPoint[]): void {
    for (const c of this.downstream) this.safely(() => c.metrics?.(points));
  }

  /**
   * Items stored with a time already past the TTL: the table's TTL (ttl_only_drop_parts)
   * removes them with their part, so a request of only such items is acknowledged and then
   * vanishes. Counted, since the sender got a success.
   */
  private countExpired<T>(signal: 'traces' | 'logs' | 'metrics', items: T[], time: (item: T) => bigint): void {
    if (this.ttlNs === 0n) return;
    const cutoff = BigInt(Date.now()) * 1_000_000n - this.ttlNs;
    let n = 0;
    for (let i = 0; i < items.length; i++) if (time(items[i]) <= cutoff) n++;
    if (n > 0) this.deps.metrics.expiredOnArrival.inc({ signal }, n);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.deps.logger.error({ err }, 'downstream stage failed');
    }
  }
}

/** Metrics for every writer event, plus a log line when a batch is given up (not per retry). */
function writerMetrics(m: Metrics, logger: Logger): WriterObserver {
  return {
    queueDepth: (rows) => m.queueDepth.set(rows),
    stored: (table, rows, seconds) => {
      m.insertSeconds.observe({ table }, seconds);
      m.stored.inc({ signal: signalOfTable(table) }, rows);
    },
    storageError: (table, err, willRetry) => {
      m.storageErrors.inc({ store: 'clickhouse', retried: String(willRetry) });
      if (!willRetry) logger.error({ table, err }, 'clickhouse insert failed after retries; receivers answer "retry later"');
    },
  };
}

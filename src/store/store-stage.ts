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
  maxInflight: number;
  maxRetries: number;
  retryBaseMs: number;
  maxQueueRows: number;
}

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

  constructor(opts: StoreStageOptions, private readonly deps: StoreStageDeps) {
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
    this.publishTraces(spans);
  }

  async consumeLogs(logs: LogRecordItem[]): Promise<void> {
    this.admit();
    await this.writer.writeLogs(logs);
    this.publishLogs(logs);
  }

  async consumeMetrics(points: MetricPoint[]): Promise<void> {
    this.admit();
    await this.writer.writeMetrics(points);
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

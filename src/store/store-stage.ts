import type { LogRecordItem, MetricPoint, SpanRecord } from '../records.ts';
import type { TelemetrySink } from '../receive/sink.ts';
import type { ClickHouseWriter } from './clickhouse/writer.ts';

/** What a downstream stage (detect) sees: items that are already stored. */
export interface StoredConsumer {
  traces?(spans: SpanRecord[]): void;
  logs?(logs: LogRecordItem[]): void;
  metrics?(points: MetricPoint[]): void;
}

/**
 * The store stage: writes to ClickHouse, then hands the same items downstream. Downstream
 * runs after the write so detection never sees data that could still be lost, and a slow
 * or failing consumer never delays the acknowledgement.
 */
export class StoreStage implements TelemetrySink {
  private readonly downstream: StoredConsumer[] = [];

  constructor(private readonly writer: ClickHouseWriter, private readonly onConsumerError: (err: unknown) => void) {}

  subscribe(consumer: StoredConsumer): void {
    this.downstream.push(consumer);
  }

  async consumeTraces(spans: SpanRecord[]): Promise<void> {
    await this.writer.writeSpans(spans);
    for (const c of this.downstream) this.safely(() => c.traces?.(spans));
  }

  async consumeLogs(logs: LogRecordItem[]): Promise<void> {
    await this.writer.writeLogs(logs);
    for (const c of this.downstream) this.safely(() => c.logs?.(logs));
  }

  async consumeMetrics(points: MetricPoint[]): Promise<void> {
    await this.writer.writeMetrics(points);
    for (const c of this.downstream) this.safely(() => c.metrics?.(points));
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
      this.onConsumerError(err);
    }
  }
}

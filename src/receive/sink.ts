import type { LogRecordItem, MetricPoint, SpanRecord } from '../records.ts';

/**
 * Where receivers hand decoded items. Each call resolves only once the items are stored,
 * so a receiver that awaits it acknowledges nothing it could still lose.
 */
export interface TelemetrySink {
  consumeTraces(spans: SpanRecord[]): Promise<void>;
  consumeLogs(logs: LogRecordItem[]): Promise<void>;
  consumeMetrics(points: MetricPoint[]): Promise<void>;
}

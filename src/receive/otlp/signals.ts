import type { Decoded, DecodeLimits, Signal } from '../../records.ts';
import type { TelemetrySink } from '../../records.ts';
import { decodeLogsJson, decodeLogsProto } from './decode-logs.ts';
import { decodeMetricsJson, decodeMetricsProto } from './decode-metrics.ts';
import { decodeTracesJson, decodeTracesProto } from './decode-traces.ts';

/** Everything that differs between the three OTLP signals, in one table. */
export interface SignalSpec {
  signal: Signal;
  httpPath: string;
  grpcService: string;
  /** Name of the rejected-count field in partial_success (JSON spelling). */
  partialField: string;
  decodeProto(buf: Uint8Array, limits: DecodeLimits): Decoded<unknown>;
  decodeJson(text: string, limits: DecodeLimits): Decoded<unknown>;
  consume(sink: TelemetrySink, items: unknown[]): Promise<void>;
}

export const SIGNALS: readonly SignalSpec[] = [
  {
    signal: 'traces',
    httpPath: '/v1/traces',
    grpcService: 'opentelemetry.proto.collector.trace.v1.TraceService',
    partialField: 'rejectedSpans',
    decodeProto: decodeTracesProto,
    decodeJson: decodeTracesJson,
    consume: (sink, items) => sink.consumeTraces(items as never),
  },
  {
    signal: 'logs',
    httpPath: '/v1/logs',
    grpcService: 'opentelemetry.proto.collector.logs.v1.LogsService',
    partialField: 'rejectedLogRecords',
    decodeProto: decodeLogsProto,
    decodeJson: decodeLogsJson,
    consume: (sink, items) => sink.consumeLogs(items as never),
  },
  {
    signal: 'metrics',
    httpPath: '/v1/metrics',
    grpcService: 'opentelemetry.proto.collector.metrics.v1.MetricsService',
    partialField: 'rejectedDataPoints',
    decodeProto: decodeMetricsProto,
    decodeJson: decodeMetricsJson,
    consume: (sink, items) => sink.consumeMetrics(items as never),
  },
];

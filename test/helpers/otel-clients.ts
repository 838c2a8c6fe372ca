// Real clients for the whole-system tests: the official OTel JS exporters (gRPC, HTTP
// protobuf, HTTP JSON) for what the SDK can produce, plus raw gRPC / HTTP senders for
// hand-made requests (summaries, broken bytes) built with protobufjs from the repo's protos.
import { flat } from '../receive/otlp/expected.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { credentials, makeGenericClientConstructor, Metadata, type ServiceError } from '@grpc/grpc-js';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPLogExporter as LogsGrpc } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPLogExporter as LogsJson } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as LogsProto } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPMetricExporter as MetricsGrpc } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { AggregationTemporalityPreference, OTLPMetricExporter as MetricsJson } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as MetricsProto } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter as TracesGrpc } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as TracesJson } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as TracesProto } from '@opentelemetry/exporter-trace-otlp-proto';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { MetricReader, type PushMetricExporter, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import protobuf from 'protobufjs';

export { AggregationTemporalityPreference };

/** The three ways an OTel SDK ships OTLP. */
export type Transport = 'grpc' | 'http/protobuf' | 'http/json';
export const TRANSPORTS: readonly Transport[] = ['grpc', 'http/protobuf', 'http/json'];

export interface Ports {
  grpc: number;
  http: number;
}

type Exporter<T> = { export(items: T, cb: (r: ExportResult) => void): void; shutdown(): Promise<void> };

function url(transport: Transport, ports: Ports, path: string): string {
  return transport === 'grpc' ? `http://127.0.0.1:${ports.grpc}` : `http://127.0.0.1:${ports.http}${path}`;
}

// Generous for a shared 2-core machine; a refused export still ends as a FAILED result.
const common = { timeoutMillis: 20_000 };

export function traceExporter(transport: Transport, ports: Ports): Exporter<ReadableSpan[]> {
  const u = url(transport, ports, '/v1/traces');
  if (transport === 'grpc') return new TracesGrpc({ url: u, ...common });
  if (transport === 'http/protobuf') return new TracesProto({ url: u, ...common });
  return new TracesJson({ url: u, ...common });
}

export function logExporter(transport: Transport, ports: Ports): Exporter<ReadableLogRecord[]> {
  const u = url(transport, ports, '/v1/logs');
  if (transport === 'grpc') return new LogsGrpc({ url: u, ...common });
  if (transport === 'http/protobuf') return new LogsProto({ url: u, ...common });
  return new LogsJson({ url: u, ...common });
}

export function metricExporter(
  transport: Transport,
  ports: Ports,
  temporalityPreference: AggregationTemporalityPreference,
): PushMetricExporter {
  const u = url(transport, ports, '/v1/metrics');
  const opts = { url: u, temporalityPreference, ...common };
  if (transport === 'grpc') return new MetricsGrpc(opts);
  if (transport === 'http/protobuf') return new MetricsProto(opts);
  return new MetricsJson(opts);
}

/** Calls exporter.export() once and resolves with its result (then shuts the exporter down). */
export async function exportOnce<T>(exporter: Exporter<T>, items: T): Promise<ExportResult> {
  const result = await new Promise<ExportResult>((resolve) => exporter.export(items, resolve));
  await exporter.shutdown();
  return result;
}

export function isSuccess(r: ExportResult): boolean {
  return r.code === ExportResultCode.SUCCESS;
}

/**
 * A reader that collects only when asked, so a test gets the SDK's ResourceMetrics and hands
 * them to an exporter itself (and sees the export result, which a periodic reader swallows).
 * It asks the exporter which temporality and aggregation to use, as PeriodicExportingMetricReader does.
 */
export class ManualReader extends MetricReader {
  constructor(exporter: PushMetricExporter) {
    super({
      aggregationTemporalitySelector: (t) => exporter.selectAggregationTemporality!(t),
      aggregationSelector: exporter.selectAggregation ? (t) => exporter.selectAggregation!(t) : undefined,
    });
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  async collectOnce(): Promise<ResourceMetrics> {
    const { resourceMetrics, errors } = await this.collect();
    if (errors.length) throw new Error(`metric collection failed: ${errors.map(String).join('; ')}`);
    return resourceMetrics;
  }
}

/** One export of collected metrics; the exporter stays open for the next collection. */
export function exportMetrics(exporter: PushMetricExporter, rm: ResourceMetrics): Promise<ExportResult> {
  return new Promise<ExportResult>((resolve) => exporter.export(rm, resolve));
}

// ---- raw senders for hand-made requests -----------------------------------------------

export const SERVICES = {
  traces: 'opentelemetry.proto.collector.trace.v1.TraceService',
  logs: 'opentelemetry.proto.collector.logs.v1.LogsService',
  metrics: 'opentelemetry.proto.collector.metrics.v1.MetricsService',
} as const;
export type SignalName = keyof typeof SERVICES;

export interface GrpcAnswer {
  error: ServiceError | null;
  /** Raw ExportXServiceResponse bytes when the call succeeded. */
  response?: Buffer;
}

const identity = (b: Buffer): Buffer => b;

/** One unary Export call with raw bytes, through @grpc/grpc-js, so any bytes can be sent. */
export function grpcExport(port: number, signal: SignalName, body: Uint8Array, token?: string, opts: { gzip?: boolean } = {}): Promise<GrpcAnswer> {
  const Client = makeGenericClientConstructor({}, 'raw');
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure(), {
    // The client's own default (4 MiB) must not hide the server's limit.
    'grpc.max_send_message_length': -1,
    // 2 = gzip: the message travels compressed (grpc-encoding: gzip).
    ...(opts.gzip ? { 'grpc.default_compression_algorithm': 2 } : {}),
  });
  const md = new Metadata();
  if (token !== undefined) md.set('authorization', `Bearer ${token}`);
  return new Promise((resolve) => {
    client.makeUnaryRequest<Buffer, Buffer>(
      `/${SERVICES[signal]}/Export`,
      identity,
      identity,
      Buffer.from(body),
      md,
      { deadline: Date.now() + 30_000 },
      (error, response) => {
        client.close();
        resolve({ error: error ?? null, response: response ?? undefined });
      },
    );
  });
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

/** POSTs to /v1/<signal> on the HTTP receiver with the given headers. */
export async function httpExport(port: number, signal: SignalName, body: Uint8Array | string, headers: Record<string, string>): Promise<HttpAnswer> {
  const res = await fetch(`http://127.0.0.1:${port}/v1/${signal}`, { method: 'POST', headers, body });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

// ---- hand-made requests: protobufjs over the repo's own proto/ definitions ------------

const PROTO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../proto');
const REQUEST_TYPES: Record<SignalName, string> = {
  traces: 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest',
  logs: 'opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest',
  metrics: 'opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest',
};
const RESPONSE_TYPES: Record<SignalName, string> = {
  traces: 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse',
  logs: 'opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse',
  metrics: 'opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse',
};

let protoRoot: protobuf.Root | undefined;
function otlpRoot(): protobuf.Root {
  if (protoRoot) return protoRoot;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(PROTO_DIR, target);
  root.loadSync(
    ['trace', 'logs', 'metrics'].map((s) => `opentelemetry/proto/collector/${s}/v1/${s}_service.proto`),
    { keepCase: false },
  );
  root.resolveAll();
  return (protoRoot = root);
}

/** Encodes a plain object (camelCase fields, Buffers for bytes, strings for 64-bit ints) as an Export request. */
export function encodeRequest(signal: SignalName, obj: Record<string, unknown>): Uint8Array {
  const t = otlpRoot().lookupType(REQUEST_TYPES[signal]);
  return t.encode(t.fromObject(obj)).finish();
}

/** Decodes an Export response into { partialSuccess?: { rejected…, errorMessage } } with longs as numbers. */
export function decodeResponse(signal: SignalName, bytes: Uint8Array): { partialSuccess?: Record<string, unknown> } {
  const t = otlpRoot().lookupType(RESPONSE_TYPES[signal]);
  return t.toObject(t.decode(bytes), { longs: Number, defaults: false }) as { partialSuccess?: Record<string, unknown> };
}

/** google.rpc.Status as the HTTP receiver answers a protobuf request it refuses: { code, message }. */
export function decodeRpcStatus(bytes: Uint8Array): { code: number; message: string } {
  // Hand-parsed (two fields) so the test does not need google/rpc/status.proto.
  const r = protobuf.Reader.create(bytes);
  let code = 0;
  let message = '';
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 0) code = r.int32();
    else if (tag >>> 3 === 2 && (tag & 7) === 2) message = r.string();
    else r.skipType(tag & 7);
  }
  return { code, message };
}

export const PROTOBUF = { 'Content-Type': 'application/x-protobuf' };
export const JSON_CT = { 'Content-Type': 'application/json' };

// ---- expectations, written from the Collector exporter's rules ------------------------

// The flattening rules are written once, in the decoder tests' independent expectations.
export { flat as flatValue, hrNs } from '../receive/otlp/expected.ts';

/** SDK attributes → the Map(String, String) a JSONEachRow read returns. */
export function flatAttributes(a: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(a ?? {})) if (v !== undefined) out[k] = flat(v);
  return out;
}

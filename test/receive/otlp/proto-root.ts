// Loads the project's proto/ definitions through protobufjs: the tests' independent encoder
// for fields the OTel SDK never sets, and the schema the contract test checks.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const protoDir = path.join(repoRoot, 'proto');

export const PROTO_FILES = [
  'opentelemetry/proto/common/v1/common.proto',
  'opentelemetry/proto/resource/v1/resource.proto',
  'opentelemetry/proto/trace/v1/trace.proto',
  'opentelemetry/proto/logs/v1/logs.proto',
  'opentelemetry/proto/metrics/v1/metrics.proto',
  'opentelemetry/proto/collector/trace/v1/trace_service.proto',
  'opentelemetry/proto/collector/logs/v1/logs_service.proto',
  'opentelemetry/proto/collector/metrics/v1/metrics_service.proto',
];

export function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(protoDir, target);
  root.loadSync(PROTO_FILES, { keepCase: false });
  root.resolveAll();
  return root;
}

let cached: protobuf.Root | undefined;
export function root(): protobuf.Root {
  return (cached ??= loadRoot());
}

export const TRACE_REQ = 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest';
export const LOGS_REQ = 'opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest';
export const METRICS_REQ = 'opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest';

/** Encodes a plain object (camelCase fields, Buffers for bytes) as the named message. */
export function encode(typeName: string, obj: Record<string, unknown>): Uint8Array {
  const t = root().lookupType(typeName);
  return t.encode(t.fromObject(obj)).finish();
}

export function hexBytes(hex: string): Buffer {
  return Buffer.from(hex, 'hex');
}

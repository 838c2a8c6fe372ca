// Row encoding benchmark: `npm run bench:encode`. The writer's CSV encoder (straight to UTF-8
// bytes, src/store/clickhouse/csv-bytes.ts) against, in the same run, what @clickhouse/client does
// with row objects: JSON.stringify per row (JSONEachRow) into one Buffer. Same decoded spans and
// log records as bench:ingest (512 per request).
import { decodeLogsProto } from '../src/receive/otlp/decode-logs.ts';
import { decodeTracesProto } from '../src/receive/otlp/decode-traces.ts';
import { encodeLogsToBytes } from '../src/store/clickhouse/encode-logs.ts';
import { encodeSpansToBytes, spanKindName, statusCodeName } from '../src/store/clickhouse/encode-traces.ts';
import type { Attrs, LogRecordItem, SpanRecord } from '../src/records.ts';
import { loadProtoRoot, logRequest, traceRequest } from './lib/otlp-requests.ts';

const DURATION_MS = 3000;
const limits = { maxAttributes: 128, maxValueLength: 65_536, maxDepth: 32 };
const root = loadProtoRoot();
const now = BigInt(Date.now()) * 1_000_000n;
const spans = Array.from({ length: 20 }, (_, r) => decodeTracesProto(traceRequest(root, r, now), limits).items);
const logs = Array.from({ length: 20 }, (_, r) => decodeLogsProto(logRequest(root, r, now), limits).items);

const obj = (a: Attrs) => {
  const o: Record<string, string> = {};
  for (let i = 0; i < a.length; i += 2) o[a[i]] = a[i + 1];
  return o;
};
const ts = (ns: bigint) => ns.toString();

function spansAsJson(items: SpanRecord[]): Buffer {
  let out = '';
  for (const s of items) {
    out += JSON.stringify({
      Timestamp: ts(s.startNs), TraceId: s.traceId, SpanId: s.spanId, ParentSpanId: s.parentSpanId, TraceState: s.traceState,
      SpanName: s.name, SpanKind: spanKindName(s.kind), ServiceName: s.resource.serviceName, ResourceAttributes: obj(s.resource.attributes),
      ScopeName: s.scope.name, ScopeVersion: s.scope.version, SpanAttributes: obj(s.attributes), Duration: ts(s.endNs - s.startNs),
      StatusCode: statusCodeName(s.statusCode), StatusMessage: s.statusMessage,
      'Events.Timestamp': s.events.map((e) => ts(e.timeNs)), 'Events.Name': s.events.map((e) => e.name), 'Events.Attributes': s.events.map((e) => obj(e.attributes)),
      'Links.TraceId': s.links.map((l) => l.traceId), 'Links.SpanId': s.links.map((l) => l.spanId), 'Links.TraceState': s.links.map((l) => l.traceState),
      'Links.Attributes': s.links.map((l) => obj(l.attributes)),
    }) + '\n';
  }
  return Buffer.from(out);
}

function logsAsJson(items: LogRecordItem[]): Buffer {
  let out = '';
  for (const l of items) {
    out += JSON.stringify({
      Timestamp: ts(l.timeNs), TraceId: l.traceId, SpanId: l.spanId, TraceFlags: l.flags, SeverityText: l.severityText, SeverityNumber: l.severityNumber,
      ServiceName: l.resource.serviceName, Body: l.body, ResourceSchemaUrl: l.resource.schemaUrl, ResourceAttributes: obj(l.resource.attributes),
      ScopeSchemaUrl: l.scope.schemaUrl, ScopeName: l.scope.name, ScopeVersion: l.scope.version, ScopeAttributes: obj(l.scope.attributes),
      LogAttributes: obj(l.attributes), EventName: l.eventName,
    }) + '\n';
  }
  return Buffer.from(out);
}

function rate<T>(label: string, batches: T[][], fn: (b: T[]) => Buffer): number {
  for (let i = 0; i < 40; i++) fn(batches[i % batches.length]);
  let items = 0;
  let bytes = 0;
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < DURATION_MS) {
    const b = batches[n++ % batches.length];
    bytes += fn(b).length;
    items += b.length;
    t = performance.now();
  }
  const perS = items / ((t - t0) / 1000);
  console.log(`${label.padEnd(40)} ${Math.round(perS).toLocaleString('en-US').padStart(12)} items/s  ${((t - t0) * 1000 / items).toFixed(2)} µs/item  ${Math.round(bytes / items)} B/item`);
  return perS;
}

const sOurs = rate('spans: CSV bytes (writer)', spans, encodeSpansToBytes);
const sJson = rate('spans: JSONEachRow via JSON.stringify', spans, spansAsJson);
const lOurs = rate('logs: CSV bytes (writer)', logs, encodeLogsToBytes);
const lJson = rate('logs: JSONEachRow via JSON.stringify', logs, logsAsJson);
console.log(`spans_encode_per_s=${Math.round(sOurs)} spans_json_ratio=${(sOurs / sJson).toFixed(2)} logs_encode_per_s=${Math.round(lOurs)} logs_json_ratio=${(lOurs / lJson).toFixed(2)}`);

// The benchmark's reference pipeline, run as its own process: the obvious way to build an
// OTLP-to-ClickHouse receiver in Node. @grpc/proto-loader decodes each request into objects,
// rows are plain objects inserted as JSONEachRow. It batches the way Homeostat does (one insert
// at a time, the next one collecting meanwhile; acknowledge after
// the insert), so the comparison isolates decoding and encoding.
// Usage: node --import tsx bench/lib/naive-server.ts <port> <clickhouse-data-dir>
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { openClickHouse } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';

const [portArg, dataDir] = process.argv.slice(2);
const protoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../proto');
const def = protoLoader.loadSync(
  ['opentelemetry/proto/collector/trace/v1/trace_service.proto', 'opentelemetry/proto/collector/logs/v1/logs_service.proto'],
  { includeDirs: [protoDir], keepCase: false, longs: String, enums: Number, bytes: Buffer, defaults: true, oneofs: true },
);
const pkg = grpc.loadPackageDefinition(def) as any;
const ch = openClickHouse({ url: '', username: '', password: '', dataDir, requestTimeoutMs: 60_000 });
await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });

type Row = Record<string, unknown>;
const anyValue = (v: any): string => {
  if (!v) return '';
  if (v.stringValue !== undefined && v.value === 'stringValue') return v.stringValue;
  const k = v.value as string;
  const x = v[k];
  return typeof x === 'object' ? JSON.stringify(x) : String(x);
};
const attrs = (kvs: any[]) => Object.fromEntries((kvs ?? []).map((kv: any) => [kv.key, anyValue(kv.value)]));
const hex = (b: Buffer) => (b && b.length ? b.toString('hex') : '');
const KIND = ['Unspecified', 'Internal', 'Server', 'Client', 'Producer', 'Consumer'];
const STATUS = ['Unset', 'Ok', 'Error'];

class Batch {
  rows: Row[] = [];
  waiters: Array<(err?: Error) => void> = [];
  timer?: NodeJS.Timeout;
  constructor(private table: string) {}
  busy = false;
  add(rows: Row[], done: (err?: Error) => void) {
    for (const r of rows) this.rows.push(r);
    this.waiters.push(done);
    if (!this.busy) this.timer ??= setTimeout(() => void this.flush(), 0);
  }
  async flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.busy = true;
    const rows = this.rows;
    const waiters = this.waiters;
    this.rows = [];
    this.waiters = [];
    try {
      await ch.client.insert({ table: this.table, values: rows, format: 'JSONEachRow' });
      for (const w of waiters) w();
    } catch (err) {
      for (const w of waiters) w(err as Error);
    }
    this.busy = false;
    if (this.rows.length) void this.flush();
  }
}
const traces = new Batch('otel.otel_traces');
const logs = new Batch('otel.otel_logs');

const server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
server.addService(pkg.opentelemetry.proto.collector.trace.v1.TraceService.service, {
  Export: (call: any, cb: any) => {
    const rows: Row[] = [];
    for (const rs of call.request.resourceSpans) {
      const res = attrs(rs.resource?.attributes);
      for (const ss of rs.scopeSpans) {
        for (const sp of ss.spans) {
          rows.push({
            Timestamp: sp.startTimeUnixNano, TraceId: hex(sp.traceId), SpanId: hex(sp.spanId), ParentSpanId: hex(sp.parentSpanId),
            TraceState: sp.traceState, SpanName: sp.name, SpanKind: KIND[sp.kind], ServiceName: res['service.name'] ?? '',
            ResourceAttributes: res, ScopeName: ss.scope?.name ?? '', ScopeVersion: ss.scope?.version ?? '',
            SpanAttributes: attrs(sp.attributes), Duration: String(BigInt(sp.endTimeUnixNano) - BigInt(sp.startTimeUnixNano)),
            StatusCode: STATUS[sp.status?.code ?? 0], StatusMessage: sp.status?.message ?? '',
            'Events.Timestamp': sp.events.map((e: any) => e.timeUnixNano), 'Events.Name': sp.events.map((e: any) => e.name),
            'Events.Attributes': sp.events.map((e: any) => attrs(e.attributes)),
            'Links.TraceId': sp.links.map((l: any) => hex(l.traceId)), 'Links.SpanId': sp.links.map((l: any) => hex(l.spanId)),
            'Links.TraceState': sp.links.map((l: any) => l.traceState), 'Links.Attributes': sp.links.map((l: any) => attrs(l.attributes)),
          });
        }
      }
    }
    traces.add(rows, (err) => (err ? cb({ code: grpc.status.UNAVAILABLE, details: err.message }) : cb(null, {})));
  },
});
server.addService(pkg.opentelemetry.proto.collector.logs.v1.LogsService.service, {
  Export: (call: any, cb: any) => {
    const rows: Row[] = [];
    for (const rl of call.request.resourceLogs) {
      const res = attrs(rl.resource?.attributes);
      for (const sl of rl.scopeLogs) {
        for (const lr of sl.logRecords) {
          rows.push({
            Timestamp: lr.timeUnixNano, TraceId: hex(lr.traceId), SpanId: hex(lr.spanId), TraceFlags: lr.flags & 0xff,
            SeverityText: lr.severityText, SeverityNumber: lr.severityNumber, ServiceName: res['service.name'] ?? '',
            Body: anyValue(lr.body), ResourceSchemaUrl: rl.schemaUrl, ResourceAttributes: res, ScopeSchemaUrl: sl.schemaUrl,
            ScopeName: sl.scope?.name ?? '', ScopeVersion: sl.scope?.version ?? '', ScopeAttributes: attrs(sl.scope?.attributes),
            LogAttributes: attrs(lr.attributes), EventName: lr.eventName ?? '',
          });
        }
      }
    }
    logs.add(rows, (err) => (err ? cb({ code: grpc.status.UNAVAILABLE, details: err.message }) : cb(null, {})));
  },
});
await new Promise<void>((resolve, reject) =>
  server.bindAsync(`127.0.0.1:${portArg}`, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())),
);
process.stdout.write('ready\n');
process.on('SIGTERM', () => server.tryShutdown(() => void ch.close().then(() => process.exit(0))));

// Realistic OTLP export requests for the ingest benchmark, encoded once with protobufjs from
// the repository's proto/ definitions: 512 items each, ~10 attributes per item, 5 resource
// attributes, a few span events. Timestamps are "now" so the 30-day TTL keeps the rows.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

export const ITEMS_PER_REQUEST = 512;
const protoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../proto');

export function loadProtoRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => path.join(protoDir, target);
  root.loadSync([
    'opentelemetry/proto/collector/trace/v1/trace_service.proto',
    'opentelemetry/proto/collector/logs/v1/logs_service.proto',
  ]);
  root.resolveAll();
  return root;
}

let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
const s = (key: string, v: string) => ({ key, value: { stringValue: v } });
const i = (key: string, v: number) => ({ key, value: { intValue: v } });
const SERVICES = ['checkout', 'cart', 'payments', 'catalog', 'shipping', 'auth', 'search', 'recommendations'];
const ROUTES = ['/api/orders/{id}', '/api/cart', '/api/pay', '/api/items/{sku}', '/api/ship', '/login', '/search', '/recs'];

function resource(r: number) {
  const svc = SERVICES[r % SERVICES.length];
  return {
    attributes: [
      s('service.name', svc), s('service.version', '1.4.2'), s('host.name', `ip-10-0-${r % 16}-${r % 200}`),
      s('k8s.pod.name', `${svc}-7d9f8c-${(r * 7919).toString(36)}`), s('deployment.environment', 'production'),
    ],
  };
}

export function traceRequest(root: protobuf.Root, r: number, nowNs: bigint): Uint8Array {
  const Req = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
  const spans = [];
  for (let k = 0; k < ITEMS_PER_REQUEST; k++) {
    const start = nowNs - BigInt(k) * 1_000_000n;
    const route = ROUTES[(r + k) % ROUTES.length];
    const status = k % 50 === 0 ? 500 : 200;
    spans.push({
      traceId: bytes(16), spanId: bytes(8), parentSpanId: k % 4 === 0 ? undefined : bytes(8),
      name: k % 4 === 0 ? `GET ${route}` : 'SELECT orders',
      kind: k % 4 === 0 ? 2 : 3,
      startTimeUnixNano: start.toString(),
      endTimeUnixNano: (start + BigInt(200_000 + Math.floor(rnd() * 5_000_000))).toString(),
      attributes: [
        s('http.request.method', 'GET'), s('http.route', route), i('http.response.status_code', status),
        s('url.full', `https://shop.example.com${route.replace('{id}', String(k))}?page=${k % 7}`),
        s('server.address', 'shop.example.com'), i('server.port', 443), s('network.protocol.version', '1.1'),
        s('user_agent.original', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36'),
        s('client.address', `10.1.${k % 250}.${r % 250}`), s('db.system', 'postgresql'),
      ],
      events: k % 3 === 0 ? [{ timeUnixNano: (start + 1000n).toString(), name: 'cache.miss', attributes: [s('cache.key', `order:${k}`)] }] : [],
      status: status === 500 ? { code: 2, message: 'upstream returned 500' } : {},
    });
  }
  const msg = { resourceSpans: [{ resource: resource(r), scopeSpans: [{ scope: { name: '@opentelemetry/instrumentation-http', version: '0.57.0' }, spans }] }] };
  return Req.encode(Req.fromObject(msg)).finish();
}

export function logRequest(root: protobuf.Root, r: number, nowNs: bigint): Uint8Array {
  const Req = root.lookupType('opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest');
  const logRecords = [];
  for (let k = 0; k < ITEMS_PER_REQUEST; k++) {
    const t = nowNs - BigInt(k) * 1_000_000n;
    const error = k % 40 === 0;
    logRecords.push({
      timeUnixNano: t.toString(), observedTimeUnixNano: t.toString(),
      severityNumber: error ? 17 : 9, severityText: error ? 'ERROR' : 'INFO',
      body: { stringValue: error ? `payment ${k} failed: connection refused to db-${k % 3}:5432 after 3 retries` : `handled request ${k} for user ${(k * 31) % 1000} in ${k % 90} ms` },
      attributes: [
        s('code.function', 'handleRequest'), s('code.filepath', 'src/server/handler.ts'), i('code.lineno', 120 + (k % 40)),
        s('http.route', ROUTES[k % ROUTES.length]), s('user.id', String((k * 31) % 1000)), s('thread.name', 'main'),
        s('log.logger', 'app'), s('request.id', bytes(8).toString('hex')), i('attempt', k % 3), s('region', 'eu-west-1'),
      ],
      traceId: bytes(16), spanId: bytes(8), flags: 1,
    });
  }
  const msg = { resourceLogs: [{ resource: resource(r), scopeLogs: [{ scope: { name: 'app-logger', version: '2.0.0' }, logRecords }] }] };
  return Req.encode(Req.fromObject(msg)).finish();
}

/**
 * Where the request's first item timestamp (a fixed64 equal to `nowNs`) sits in its encoding.
 * The load generator rewrites it on every send, so no two requests (and no two batches formed
 * from them) are identical: real traffic never repeats, and ClickHouse's block deduplication
 * would otherwise skip repeated batches and make "stored" differ from "acknowledged".
 */
export function timestampOffset(req: Uint8Array, nowNs: bigint): number {
  const le = Buffer.alloc(8);
  le.writeBigUInt64LE(nowNs);
  const at = Buffer.from(req.buffer, req.byteOffset, req.byteLength).indexOf(le);
  if (at < 0) throw new Error('request does not contain its timestamp');
  return at;
}

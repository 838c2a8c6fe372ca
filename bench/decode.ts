// Micro-benchmark: decodeTracesProto vs protobufjs's own decode + toObject on the same bytes,
// and decodeTracesJson vs a bare JSON.parse of the same requests as OTLP/JSON.
// Requests look like real SDK batches: 512 spans, ~10 span attributes, 5 resource attributes,
// a few events. Prints spans/s for each and the ratios; no thresholds.
// Run: npm run bench:decode  (node --import tsx bench/decode.ts)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { decodeTracesJson, decodeTracesProto } from '../src/receive/otlp/decode-traces.ts';
import { jsonNestingDepth, jsonNestingLimit } from '../src/receive/otlp/json-nesting.ts';
import { DEFAULT_DECODE_LIMITS } from '../src/records.ts';

const SPANS_PER_REQUEST = 512;
const REQUESTS = 20;
const DURATION_MS = 3000;

const protoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../proto');
const root = new protobuf.Root();
root.resolvePath = (_origin, target) => path.join(protoDir, target);
root.loadSync(['opentelemetry/proto/collector/trace/v1/trace_service.proto']);
root.resolveAll();
const Request = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');

let seed = 42;
const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const randBytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
const str = (k: string, v: string) => ({ key: k, value: { stringValue: v } });
const int = (k: string, v: number) => ({ key: k, value: { intValue: v } });

function buildRequest(r: number): { proto: Uint8Array; json: string } {
  const base = 1_700_000_000_000_000_000n + BigInt(r) * 1_000_000_000n;
  const spans = [];
  for (let i = 0; i < SPANS_PER_REQUEST; i++) {
    const start = base + BigInt(i) * 1_000_000n;
    spans.push({
      traceId: randBytes(16),
      spanId: randBytes(8),
      parentSpanId: i % 8 === 0 ? undefined : randBytes(8),
      name: i % 3 === 0 ? 'GET /api/v1/orders/{id}' : 'SELECT orders',
      kind: 1 + (i % 3),
      startTimeUnixNano: start.toString(),
      endTimeUnixNano: (start + 250_000n + BigInt(i * 1000)).toString(),
      flags: 0x101,
      attributes: [
        str('http.request.method', 'GET'),
        str('url.path', `/api/v1/orders/${i}`),
        int('http.response.status_code', i % 50 === 0 ? 500 : 200),
        str('server.address', 'orders.internal'),
        int('server.port', 8080),
        str('network.protocol.version', '1.1'),
        str('user_agent.original', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'),
        str('db.system', 'postgresql'),
        str('db.statement', 'SELECT id, total, status FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20'),
        { key: 'cache.hit', value: { boolValue: i % 2 === 0 } },
      ],
      events: i % 4 === 0 ? [
        { timeUnixNano: (start + 1000n).toString(), name: 'cache.lookup', attributes: [str('cache.key', `order:${i}`)] },
        { timeUnixNano: (start + 2000n).toString(), name: 'exception', attributes: [str('exception.type', 'TimeoutError'), str('exception.message', 'upstream timed out after 250ms')] },
      ] : [],
      status: { code: i % 50 === 0 ? 2 : 0, message: i % 50 === 0 ? 'upstream error' : '' },
    });
  }
  const req = {
    resourceSpans: [{
      resource: { attributes: [str('service.name', 'orders'), str('service.version', '4.2.0'), str('deployment.environment.name', 'prod'), str('host.name', 'orders-7d9f8-abcde'), str('telemetry.sdk.language', 'nodejs')] },
      scopeSpans: [{ scope: { name: '@opentelemetry/instrumentation-http', version: '0.301.0' }, spans }],
    }],
  };
  // OTLP/JSON spells ids as hex and int64 as strings; everything else maps as is.
  const json = JSON.stringify(req, (k, v) => {
    if (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer') return Buffer.from((v as { data: number[] }).data).toString('hex');
    if (k === 'intValue') return String(v);
    return v;
  });
  return { proto: Request.encode(Request.fromObject(req)).finish(), json };
}

function time<B>(label: string, fn: (b: B) => number, bodies: B[]): number {
  // Warm up so both sides are measured optimized.
  for (let i = 0; i < 30; i++) fn(bodies[i % bodies.length]);
  let spans = 0;
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < DURATION_MS) {
    spans += fn(bodies[n++ % bodies.length]);
    if ((n & 7) === 0) t = performance.now();
  }
  t = performance.now();
  const rate = spans / ((t - t0) / 1000);
  console.log(`${label.padEnd(34)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} spans/s  (${((t - t0) / n).toFixed(2)} ms per ${SPANS_PER_REQUEST}-span request)`);
  return rate;
}

const built = Array.from({ length: REQUESTS }, (_, r) => buildRequest(r));
const bodies = built.map((b) => b.proto);
const jsonBodies = built.map((b) => b.json);
const avg = bodies.reduce((s, b) => s + b.length, 0) / bodies.length;
const avgJson = jsonBodies.reduce((s, b) => s + b.length, 0) / jsonBodies.length;
console.log(`node ${process.version}; ${REQUESTS} requests of ${SPANS_PER_REQUEST} spans, ${Math.round(avg / 1024)} KiB each (${Math.round(avgJson / 1024)} KiB as JSON)\n`);

// `--only=homeostat` skips the protobufjs runs (handy under --cpu-prof).
const onlyOurs = process.argv.includes('--only=homeostat');
const ours = time('homeostat decodeTracesProto', (b: Uint8Array) => decodeTracesProto(b, DEFAULT_DECODE_LIMITS).items.length, bodies);
const oursJson = time('homeostat decodeTracesJson', (b: string) => decodeTracesJson(b, DEFAULT_DECODE_LIMITS).items.length, jsonBodies);
if (onlyOurs) process.exit(0);
const parseOnly = time('JSON.parse alone (reference)', (b: string) => {
  const o = JSON.parse(b) as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] };
  return o.resourceSpans[0].scopeSpans[0].spans.length;
}, jsonBodies);
// The nesting pre-scan decodeTracesJson runs before JSON.parse, alone (spans/s as if it were the whole decode).
const scanOnly = time('JSON nesting pre-scan alone', (b: string) => (jsonNestingDepth(b, jsonNestingLimit(DEFAULT_DECODE_LIMITS.maxDepth)) > 0 ? SPANS_PER_REQUEST : 0), jsonBodies);
const theirs = time('protobufjs decode + toObject', (b: Uint8Array) => {
  const o = Request.toObject(Request.decode(b), { longs: String, bytes: Buffer, enums: Number }) as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] };
  let n = 0;
  for (const rs of o.resourceSpans) for (const ss of rs.scopeSpans) n += ss.spans.length;
  return n;
}, bodies);
const pbDecodeOnly = time('protobufjs decode (no toObject)', (b: Uint8Array) => {
  const m = Request.decode(b) as unknown as { resourceSpans: { scopeSpans: { spans: unknown[] }[] }[] };
  return m.resourceSpans[0].scopeSpans[0].spans.length;
}, bodies);
console.log(`\nratio homeostat / protobufjs+toObject: ${(ours / theirs).toFixed(2)}x; / protobufjs decode only: ${(ours / pbDecodeOnly).toFixed(2)}x`);
console.log(`ratio homeostat JSON / JSON.parse alone: ${(oursJson / parseOnly).toFixed(2)}x; pre-scan time / JSON.parse time: ${(parseOnly / scanOnly).toFixed(2)}`);

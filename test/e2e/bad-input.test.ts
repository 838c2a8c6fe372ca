// Whole system, hostile and broken input over HTTP and gRPC: each refusal has the right
// status and a message naming the problem, nothing from a refused request is stored,
// everything from an accepted one is (exact counts), and /metrics tells the story.
// Every request carries a per-test service.name (the marker rows are counted by).
import { gzipSync } from 'node:zlib';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeResponse,
  decodeRpcStatus,
  encodeRequest,
  grpcExport,
  httpExport,
  JSON_CT,
  PROTOBUF,
  type SignalName,
} from '../helpers/otel-clients.ts';
import { metricValue, startTestPipeline, type TestPipeline } from '../helpers/pipeline.ts';
import { ld } from '../helpers/otlp-bytes.ts';

const TOKEN = 'e2e-token-Zq8v';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const API_TOKEN = 'e2e-api-token-7Hw2';
const MAX_BYTES = 256 * 1024;
const MAX_ATTRIBUTES = 64;
const MAX_DEPTH = 32;

let p: TestPipeline;

beforeAll(async () => {
  p = await startTestPipeline({
    max_request_bytes: MAX_BYTES,
    max_attributes: MAX_ATTRIBUTES,
    max_any_value_depth: MAX_DEPTH,
    bearer_tokens: ['another-token', TOKEN],
    api_bearer_tokens: [API_TOKEN],
  });
});

afterAll(async () => {
  await p?.stop();
});

/** Rows each marker service must have in each table by the end of the file; checked again at the end. */
const ledger = new Map<string, Map<string, number>>();

async function expectRows(table: string, service: string, n: number): Promise<void> {
  const t = ledger.get(table) ?? new Map<string, number>();
  ledger.set(table, t);
  t.set(service, n);
  expect(await p.count(table, 'ServiceName = {s:String}', { s: service }), `${table} rows of ${service}`).toBe(n);
}

const expectSpans = (service: string, n: number) => expectRows('otel_traces', service, n);

function ledgerTotal(table: string): number {
  return [...(ledger.get(table)?.values() ?? [])].reduce((a, b) => a + b, 0);
}

// ---- request builders -------------------------------------------------------------------

let idCounter = 1;
/** Distinct ids that never contain the byte 'Q' (0x51), which the UTF-8 test uses as a placeholder. */
function id(bytes: number): Buffer {
  const b = Buffer.alloc(bytes, 0xab);
  b.writeUInt32BE(idCounter++, bytes - 4);
  return b;
}

function nowNs(): bigint {
  return BigInt(Date.now() - 10_000) * 1_000_000n;
}

function span(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const start = nowNs();
  return {
    traceId: id(16),
    spanId: id(8),
    name,
    kind: 2,
    startTimeUnixNano: start.toString(),
    endTimeUnixNano: (start + 1_000_000n).toString(),
    ...extra,
  };
}

function traceRequest(service: string, spans: Record<string, unknown>[]): Record<string, unknown> {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
        scopeSpans: [{ scope: { name: 'bad-input' }, spans }],
      },
    ],
  };
}

function traceProto(service: string, spans: Record<string, unknown>[]): Uint8Array {
  return encodeRequest('traces', traceRequest(service, spans));
}

/** The same request in OTLP/JSON: ids as hex, 64-bit integers as strings. */
function traceJson(service: string, spans: Record<string, unknown>[]): string {
  return JSON.stringify(traceRequest(service, spans), (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer') return Buffer.from((v as { data: number[] }).data).toString('hex');
    return v;
  });
}

function httpTraces(body: Uint8Array | string, headers: Record<string, string> = PROTOBUF) {
  return httpExport(p.ports.http, 'traces', body, { ...AUTH, ...headers });
}

function grpcTraces(body: Uint8Array) {
  return grpcExport(p.ports.grpc, 'traces', body, TOKEN);
}

// Hand-written protobuf pieces (ld, varint from helpers), for shapes protobufjs would not build (5,000-deep values).
function fixed64(field: number, v: bigint): Buffer {
  const b = Buffer.alloc(9);
  b[0] = (field << 3) | 1;
  b.writeBigUInt64LE(v, 1);
  return b;
}

/** AnyValue{array_value{values[AnyValue{...}]}} nested `depth` arrays deep around a string. */
function deepAnyValue(depth: number): Buffer {
  let v = ld(1, 'bottom');
  for (let i = 0; i < depth; i++) v = ld(5, ld(1, v));
  return v;
}

function deepTraceProto(service: string, depth: number): Buffer {
  const t = nowNs();
  const s = Buffer.concat([ld(1, id(16)), ld(2, id(8)), ld(5, 'deep'), fixed64(7, t), fixed64(8, t + 1n), ld(9, Buffer.concat([ld(1, 'deep.attr'), ld(2, deepAnyValue(depth))]))]);
  // ResourceSpans.resource → Resource.attributes → KeyValue{key, value: AnyValue{string_value}}.
  const resource = ld(1, ld(1, Buffer.concat([ld(1, 'service.name'), ld(2, ld(1, service))])));
  return ld(1, Buffer.concat([resource, ld(2, ld(2, s))]));
}

function deepJsonValue(depth: number): string {
  return '{"arrayValue":{"values":['.repeat(depth) + '{"stringValue":"bottom"}' + ']}}'.repeat(depth);
}

function deepTraceJson(service: string, depth: number): string {
  const t = nowNs();
  return (
    `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"${service}"}}]},` +
    `"scopeSpans":[{"spans":[{"traceId":"${id(16).toString('hex')}","spanId":"${id(8).toString('hex')}","name":"deep",` +
    `"startTimeUnixNano":"${t}","endTimeUnixNano":"${t + 1n}","attributes":[{"key":"deep.attr","value":${deepJsonValue(depth)}}]}]}]}]}`
  );
}

// ---- metrics ------------------------------------------------------------------------------

type Sample = [name: string, labels: Record<string, string>];
const received = (signal: SignalName): Sample => ['homeostat_items_received_total', { signal }];
const stored = (signal: SignalName): Sample => ['homeostat_items_stored_total', { signal }];
const rejected = (signal: SignalName, reason: string): Sample => ['homeostat_items_rejected_total', { signal, reason }];
const truncated = (signal: SignalName, kind: string): Sample => ['homeostat_attributes_truncated_total', { signal, kind }];

/** Runs `fn` and returns how much each sample grew on /metrics meanwhile. */
async function growth(samples: Sample[], fn: () => Promise<void>): Promise<number[]> {
  const before = await p.scrape();
  await fn();
  const after = await p.scrape();
  return samples.map(([name, labels]) => metricValue(after, name, labels) - metricValue(before, name, labels));
}

async function expectAlive(): Promise<void> {
  const health = await fetch(`http://127.0.0.1:${p.ports.api}/healthz`);
  expect(health.status).toBe(200);
  const service = `bad-alive-${idCounter}`;
  const res = await httpTraces(traceProto(service, [span('after')]));
  expect(res.status).toBe(200);
  await expectSpans(service, 1);
}

// ---- tests ----------------------------------------------------------------------------------

describe('truncated protobuf', () => {
  const full = () => traceProto('bad-truncated', [span('a'), span('b', { attributes: [{ key: 'k', value: { stringValue: 'v'.repeat(50) } }] }), span('c')]);

  it('HTTP: 400 with a google.rpc.Status naming the problem; nothing stored; counted as malformed_request', async () => {
    const body = full();
    const cut = body.subarray(0, body.length - 20);
    let res!: Awaited<ReturnType<typeof httpTraces>>;
    const [recv, bad] = await growth([received('traces'), rejected('traces', 'malformed_request')], async () => {
      res = await httpTraces(cut);
    });
    expect(res.status).toBe(400);
    expect(res.contentType).toBe('application/x-protobuf');
    const st = decodeRpcStatus(res.body);
    expect(st.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(st.message).toMatch(/^malformed protobuf: .*runs past the end of the message \(byte \d+\)$/);
    expect(recv).toBe(0);
    expect(bad).toBe(1);
    await expectSpans('bad-truncated', 0);
  });

  it('gRPC: INVALID_ARGUMENT naming the problem; nothing stored', async () => {
    const body = full();
    const ans = await grpcTraces(body.subarray(0, body.length - 7));
    expect(ans.error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(ans.error?.details).toMatch(/^malformed protobuf: .*\(byte \d+\)$/);
    await expectSpans('bad-truncated', 0);
  });
});

describe('wrong Content-Type and invalid JSON', () => {
  it('HTTP text/plain (and no Content-Type at all) → 415 naming the accepted types; nothing stored', async () => {
    // A valid request body: only the header is wrong, so a stored row would be a leak.
    const body = traceProto('bad-content-type', [span('x')]);
    for (const headers of [{ 'Content-Type': 'text/plain' }, {}] as Record<string, string>[]) {
      const res = await httpExport(p.ports.http, 'traces', body, { ...AUTH, ...headers });
      expect(res.status).toBe(415);
      expect(decodeRpcStatus(res.body).message).toMatch(/unsupported Content-Type .*application\/x-protobuf or application\/json/);
    }
    await expectSpans('bad-content-type', 0);
  });

  it('HTTP application/json with broken JSON → 400 with a JSON Status; nothing stored', async () => {
    const good = traceJson('bad-json', [span('x')]);
    let res!: Awaited<ReturnType<typeof httpTraces>>;
    const [bad] = await growth([rejected('traces', 'malformed_request')], async () => {
      res = await httpTraces(good.slice(0, -3), JSON_CT);
    });
    expect(res.status).toBe(400);
    expect(res.contentType).toBe('application/json');
    const st = JSON.parse(res.body.toString()) as { code: number; message: string };
    expect(st.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(st.message).toMatch(/JSON/);
    expect(bad).toBe(1);
    await expectSpans('bad-json', 0);
  });

  it('HTTP JSON with a field of the wrong type → 400 naming the field path', async () => {
    const body = JSON.stringify({ resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bad-json-type' } }] }, scopeSpans: [{ spans: [{ name: 42 }] }] }] });
    const res = await httpTraces(body, JSON_CT);
    expect(res.status).toBe(400);
    expect((JSON.parse(res.body.toString()) as { message: string }).message).toMatch(/name/);
    await expectSpans('bad-json-type', 0);
  });
});

describe('size limits', () => {
  /** A valid trace request of more than MAX_BYTES. */
  const oversize = () =>
    traceProto('bad-oversize', [span('big', { attributes: Array.from({ length: 60 }, (_, i) => ({ key: `blob.${i}`, value: { stringValue: 'x'.repeat(5000) } })) })]);

  it('HTTP: a body over receiver.max_request_bytes → 413 naming the limit; nothing stored', async () => {
    const body = oversize();
    expect(body.length).toBeGreaterThan(MAX_BYTES);
    const res = await httpTraces(body);
    expect(res.status).toBe(413);
    expect(decodeRpcStatus(res.body)).toEqual({ code: GrpcStatus.RESOURCE_EXHAUSTED, message: `request body exceeds the ${MAX_BYTES}-byte limit` });
    await expectSpans('bad-oversize', 0);
  });

  it('HTTP: a small gzip body that inflates past the limit → 413; nothing stored', async () => {
    const plain = traceProto('bad-gzip-bomb', [span('bomb', { attributes: [{ key: 'zeros', value: { stringValue: '0'.repeat(4 * MAX_BYTES) } }] })]);
    const body = gzipSync(plain);
    expect(body.length).toBeLessThan(MAX_BYTES / 64);
    const res = await httpTraces(body, { ...PROTOBUF, 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect(decodeRpcStatus(res.body).message).toBe(`request body exceeds the ${MAX_BYTES}-byte limit after gzip decompression`);
    await expectSpans('bad-gzip-bomb', 0);
  });

  it('HTTP: a gzip body that inflates within the limit is accepted and stored', async () => {
    const body = gzipSync(traceProto('ok-gzip', [span('g1'), span('g2', { attributes: [{ key: 'pad', value: { stringValue: '0'.repeat(MAX_BYTES / 2) } }] })]));
    const res = await httpTraces(body, { ...PROTOBUF, 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    await expectSpans('ok-gzip', 2);
  });

  // Refused in readBody(), before decoding: still counted (fixed in 35b6c3c; before it, a 413
  // moved no counter at all).
  it('HTTP: 413 and gzip-bomb refusals are counted on /metrics as rejected{reason="too_large"} and requests{outcome="too_large"}', async () => {
    const bomb = gzipSync(traceProto('bad-gzip-bomb', [span('bomb', { attributes: [{ key: 'zeros', value: { stringValue: '0'.repeat(4 * MAX_BYTES) } }] })]));
    const [tooLarge, requests, recv] = await growth(
      [rejected('traces', 'too_large'), ['homeostat_receiver_requests_total', { signal: 'traces', transport: 'http', outcome: 'too_large' }], received('traces')],
      async () => {
        expect((await httpTraces(oversize())).status).toBe(413);
        expect((await httpTraces(bomb, { ...PROTOBUF, 'Content-Encoding': 'gzip' })).status).toBe(413);
      },
    );
    expect(tooLarge).toBe(2);
    expect(requests).toBe(2);
    expect(recv).toBe(0);
    await expectSpans('bad-oversize', 0);
    await expectSpans('bad-gzip-bomb', 0);
  });

  it('gRPC: a small gzip-compressed message that inflates past the limit → RESOURCE_EXHAUSTED; nothing stored', async () => {
    const plain = traceProto('bad-grpc-gzip-bomb', [span('bomb', { attributes: [{ key: 'zeros', value: { stringValue: '0'.repeat(4 * MAX_BYTES) } }] })]);
    expect(gzipSync(plain).length).toBeLessThan(MAX_BYTES / 64);
    let ans!: Awaited<ReturnType<typeof grpcExport>>;
    const [tooLarge, requests] = await growth(
      [rejected('traces', 'too_large'), ['homeostat_receiver_requests_total', { signal: 'traces', transport: 'grpc', outcome: 'too_large' }]],
      async () => {
        ans = await grpcExport(p.ports.grpc, 'traces', plain, TOKEN, { gzip: true });
      },
    );
    expect(ans.error?.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    // This wording proves the message travelled compressed and the limit applied after inflating.
    expect(ans.error?.details).toBe(`Received message that decompresses to a size larger than ${MAX_BYTES}`);
    // grpc-js refuses these before any handler runs; the refusal is still counted.
    expect(tooLarge).toBe(1);
    expect(requests).toBe(1);
    await expectSpans('bad-grpc-gzip-bomb', 0);
  });

  it('gRPC: a gzip-compressed message within the limit is accepted and stored', async () => {
    const ans = await grpcExport(p.ports.grpc, 'traces', traceProto('ok-grpc-gzip', [span('g1'), span('g2')]), TOKEN, { gzip: true });
    expect(ans.error).toBeNull();
    await expectSpans('ok-grpc-gzip', 2);
  });

  it('gRPC: a message over the limit → RESOURCE_EXHAUSTED, counted on /metrics; nothing stored', async () => {
    let ans!: Awaited<ReturnType<typeof grpcTraces>>;
    const [tooLarge, requests, recv] = await growth(
      [rejected('traces', 'too_large'), ['homeostat_receiver_requests_total', { signal: 'traces', transport: 'grpc', outcome: 'too_large' }], received('traces')],
      async () => {
        ans = await grpcTraces(oversize());
      },
    );
    expect(ans.error?.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(ans.error?.details).toMatch(/larger than max/);
    expect(tooLarge).toBe(1);
    expect(requests).toBe(1);
    expect(recv).toBe(0);
    await expectSpans('bad-oversize', 0);
  });
});

describe('partial success: a span with a zero-length trace id', () => {
  const spans = () => [span('good-1'), span('no-trace-id', { traceId: Buffer.alloc(0) }), span('good-2')];

  it('HTTP protobuf: rejected 1 with a message; the two valid spans are stored; metrics count all three', async () => {
    const service = 'partial-http-protobuf';
    let res!: Awaited<ReturnType<typeof httpTraces>>;
    const [recv, invalid, st] = await growth([received('traces'), rejected('traces', 'invalid_item'), stored('traces')], async () => {
      res = await httpTraces(traceProto(service, spans()));
    });
    expect(res.status).toBe(200);
    expect(decodeResponse('traces', res.body).partialSuccess).toEqual({
      rejectedSpans: 1,
      errorMessage: "span 1 of scope 'bad-input': trace_id is 0 bytes, want 16",
    });
    expect(recv).toBe(3);
    expect(invalid).toBe(1);
    expect(st).toBe(2);
    await expectSpans(service, 2);
    const names = await p.query<{ SpanName: string }>('SELECT SpanName FROM otel.otel_traces WHERE ServiceName = {s:String} ORDER BY SpanName', { s: service });
    expect(names.map((r) => r.SpanName)).toEqual(['good-1', 'good-2']);
  });

  it('gRPC: rejected 1 with a message; the two valid spans are stored', async () => {
    const service = 'partial-grpc';
    const ans = await grpcTraces(traceProto(service, spans()));
    expect(ans.error).toBeNull();
    expect(decodeResponse('traces', ans.response!).partialSuccess).toEqual({
      rejectedSpans: 1,
      errorMessage: "span 1 of scope 'bad-input': trace_id is 0 bytes, want 16",
    });
    await expectSpans(service, 2);
  });

  it('HTTP JSON: rejectedSpans "1" with a message; the two valid spans are stored', async () => {
    const service = 'partial-http-json';
    const res = await httpTraces(traceJson(service, spans()), JSON_CT);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body.toString()) as { partialSuccess: { rejectedSpans: string; errorMessage: string } };
    expect(body.partialSuccess.rejectedSpans).toBe('1');
    expect(body.partialSuccess.errorMessage).toMatch(/^span 1 of scope 'bad-input': traceId /);
    await expectSpans(service, 2);
  });
});

describe('deeply nested AnyValue', () => {
  it('HTTP protobuf, 5,000 levels: 400 naming the depth limit; nothing stored; process alive', async () => {
    const res = await httpTraces(deepTraceProto('bad-deep-http', 5_000));
    expect(res.status).toBe(400);
    expect(decodeRpcStatus(res.body)).toEqual({ code: GrpcStatus.INVALID_ARGUMENT, message: `AnyValue nesting exceeds the depth limit of ${MAX_DEPTH}` });
    await expectSpans('bad-deep-http', 0);
    await expectAlive();
  });

  it('gRPC, just over the limit: INVALID_ARGUMENT naming the depth limit; exactly at the limit is stored', async () => {
    const ans = await grpcTraces(deepTraceProto('bad-deep-grpc', MAX_DEPTH + 1));
    expect(ans.error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(ans.error?.details).toBe(`AnyValue nesting exceeds the depth limit of ${MAX_DEPTH}`);
    await expectSpans('bad-deep-grpc', 0);
    const ok = await grpcTraces(deepTraceProto('ok-deep-grpc', MAX_DEPTH));
    expect(ok.error).toBeNull();
    await expectSpans('ok-deep-grpc', 1);
    const rows = await p.query<{ v: string }>("SELECT SpanAttributes['deep.attr'] AS v FROM otel.otel_traces WHERE ServiceName = 'ok-deep-grpc'");
    expect(rows[0].v).toBe('['.repeat(MAX_DEPTH) + '"bottom"' + ']'.repeat(MAX_DEPTH));
  });

  it('HTTP JSON, 5,000 levels: 400 naming the depth limit; nothing stored; process alive', async () => {
    const res = await httpTraces(deepTraceJson('bad-deep-json', 5_000), JSON_CT);
    expect(res.status).toBe(400);
    // Refused by the nesting pre-scan, before JSON.parse ran.
    expect((JSON.parse(res.body.toString()) as { message: string }).message).toMatch(/^invalid OTLP\/JSON: nesting deeper than \d+ levels \(beyond the AnyValue depth limit of 32\)$/);
    expect(MAX_DEPTH).toBe(32);
    await expectSpans('bad-deep-json', 0);
    await expectAlive();
  });
});

describe('10,000 attributes on one span', () => {
  const attrs = Array.from({ length: 10_000 }, (_, i) => ({ key: `attr.${String(i).padStart(5, '0')}`, value: { intValue: String(i) } }));

  for (const transport of ['HTTP protobuf', 'gRPC'] as const) {
    it(`${transport}: stored with the first ${MAX_ATTRIBUTES} kept, the rest counted as attribute_dropped`, async () => {
      const service = `attrs-${transport === 'gRPC' ? 'grpc' : 'http'}`;
      const body = traceProto(service, [span('many-attrs', { attributes: attrs })]);
      let message = '';
      const [dropped] = await growth([truncated('traces', 'attribute_dropped')], async () => {
        if (transport === 'gRPC') {
          const ans = await grpcTraces(body);
          expect(ans.error).toBeNull();
          const ps = decodeResponse('traces', ans.response!).partialSuccess;
          expect(ps?.rejectedSpans ?? 0).toBe(0);
          message = String(ps?.errorMessage);
        } else {
          const res = await httpTraces(body);
          expect(res.status).toBe(200);
          const ps = decodeResponse('traces', res.body).partialSuccess;
          expect(ps?.rejectedSpans ?? 0).toBe(0);
          message = String(ps?.errorMessage);
        }
      });
      expect(message).toBe(`${10_000 - MAX_ATTRIBUTES} attributes dropped over the limit of ${MAX_ATTRIBUTES} per item`);
      expect(dropped).toBe(10_000 - MAX_ATTRIBUTES);
      await expectSpans(service, 1);
      const [row] = await p.query<{ attrs: Record<string, string> }>('SELECT SpanAttributes AS attrs FROM otel.otel_traces WHERE ServiceName = {s:String}', { s: service });
      const want: Record<string, string> = {};
      for (let i = 0; i < MAX_ATTRIBUTES; i++) want[`attr.${String(i).padStart(5, '0')}`] = String(i);
      expect(row.attrs).toEqual(want);
    });
  }
});

describe('invalid UTF-8', () => {
  /** Encodes with 'QQ' placeholders, then swaps each for two bytes that are not UTF-8. */
  function withInvalidUtf8(service: string): Buffer {
    const b = Buffer.from(traceProto(service, [span('name-QQ-end', { attributes: [{ key: 'note', value: { stringValue: 'val-QQ' } }] })]));
    let n = 0;
    for (let i = b.indexOf('QQ'); i >= 0; i = b.indexOf('QQ', i + 2), n++) b.set([0xff, 0xfe], i);
    expect(n).toBe(2);
    return b;
  }

  it('HTTP protobuf: stored with U+FFFD and a warning in partial_success', async () => {
    const service = 'utf8-http';
    const res = await httpTraces(withInvalidUtf8(service));
    expect(res.status).toBe(200);
    expect(decodeResponse('traces', res.body).partialSuccess).toEqual({ errorMessage: '2 string fields held invalid UTF-8 and were repaired' });
    await expectSpans(service, 1);
    const [row] = await p.query<{ name: string; note: string }>("SELECT SpanName AS name, SpanAttributes['note'] AS note FROM otel.otel_traces WHERE ServiceName = {s:String}", { s: service });
    expect(row).toEqual({ name: 'name-\uFFFD\uFFFD-end', note: 'val-\uFFFD\uFFFD' });
  });

  it('gRPC: stored with U+FFFD and a warning in partial_success', async () => {
    const service = 'utf8-grpc';
    const ans = await grpcTraces(withInvalidUtf8(service));
    expect(ans.error).toBeNull();
    expect(decodeResponse('traces', ans.response!).partialSuccess).toEqual({ errorMessage: '2 string fields held invalid UTF-8 and were repaired' });
    await expectSpans(service, 1);
    const [row] = await p.query<{ name: string }>('SELECT SpanName AS name FROM otel.otel_traces WHERE ServiceName = {s:String}', { s: service });
    expect(row.name).toBe('name-\uFFFD\uFFFD-end');
  });
});

describe('bearer auth (receiver.auth.bearer_tokens)', () => {
  it('HTTP: 401 with WWW-Authenticate without a token, with a wrong one, or a non-Bearer scheme; stored with a right one', async () => {
    const body = traceProto('auth-http-refused', [span('x')]);
    for (const auth of [undefined, 'Bearer wrong-token', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`]) {
      const res = await fetch(`http://127.0.0.1:${p.ports.http}/v1/traces`, { method: 'POST', headers: { ...PROTOBUF, ...(auth ? { Authorization: auth } : {}) }, body });
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(decodeRpcStatus(Buffer.from(await res.arrayBuffer())).message).toBe('missing or invalid bearer token');
    }
    await expectSpans('auth-http-refused', 0);
    // Both configured tokens work.
    for (const token of [TOKEN, 'another-token']) {
      const res = await httpExport(p.ports.http, 'traces', traceProto('auth-http-ok', [span('ok')]), { ...PROTOBUF, Authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
    }
    await expectSpans('auth-http-ok', 2);
  });

  // Fixed in 35b6c3c: HTTP-only errors used to carry google.rpc.Status code 0 (OK).
  it('HTTP 401 and 415 bodies carry a google.rpc.Status with a matching error code, not OK', async () => {
    const body = traceProto('auth-status-code', [span('x')]);
    const unauth = await httpExport(p.ports.http, 'traces', body, PROTOBUF);
    expect(unauth.status).toBe(401);
    expect(decodeRpcStatus(unauth.body).code).toBe(GrpcStatus.UNAUTHENTICATED);
    const media = await httpExport(p.ports.http, 'traces', body, { ...AUTH, 'Content-Type': 'text/plain' });
    expect(media.status).toBe(415);
    expect(decodeRpcStatus(media.body).code).not.toBe(GrpcStatus.OK);
    await expectSpans('auth-status-code', 0);
  });

  it('the API takes its own token: /api/* answers 401 without it or with a receiver token; probes and /metrics stay open', async () => {
    const api = `http://127.0.0.1:${p.ports.api}`;
    for (const headers of [{}, AUTH, { Authorization: 'Bearer nope' }]) {
      const res = await fetch(`${api}/api/events`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual({ error: 'missing or invalid bearer token' });
    }
    const ok = await fetch(`${api}/api/events`, { headers: { Authorization: `Bearer ${API_TOKEN}` } });
    expect(ok.status).toBe(200);
    for (const path of ['/healthz', '/readyz', '/metrics']) expect((await fetch(`${api}${path}`)).status).toBe(200);
  });

  it('gRPC: UNAUTHENTICATED without a token or with a wrong one; stored with the right one', async () => {
    const body = traceProto('auth-grpc-refused', [span('x')]);
    for (const token of [undefined, 'wrong-token']) {
      const ans = await grpcExport(p.ports.grpc, 'traces', body, token);
      expect(ans.error?.code).toBe(GrpcStatus.UNAUTHENTICATED);
      expect(ans.error?.details).toBe('missing or invalid bearer token');
    }
    await expectSpans('auth-grpc-refused', 0);
    const ok = await grpcExport(p.ports.grpc, 'traces', traceProto('auth-grpc-ok', [span('ok'), span('ok2')]), TOKEN);
    expect(ok.error).toBeNull();
    await expectSpans('auth-grpc-ok', 2);
  });

  it('logs and metrics endpoints are guarded too', async () => {
    for (const signal of ['logs', 'metrics'] as const) {
      const res = await httpExport(p.ports.http, signal, new Uint8Array(0), PROTOBUF);
      expect(res.status).toBe(401);
      const ans = await grpcExport(p.ports.grpc, signal, new Uint8Array(0));
      expect(ans.error?.code).toBe(GrpcStatus.UNAUTHENTICATED);
    }
  });
});

describe('logs and metrics', () => {
  function logsRequest(service: string, records: Record<string, unknown>[]): Record<string, unknown> {
    return {
      resourceLogs: [
        { resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] }, scopeLogs: [{ scope: { name: 'bad-input' }, logRecords: records }] },
      ],
    };
  }
  const log = (body: string, extra: Record<string, unknown> = {}) => ({ timeUnixNano: nowNs().toString(), severityNumber: 9, body: { stringValue: body }, ...extra });

  function gaugeRequest(service: string, points: Record<string, unknown>[]): Record<string, unknown> {
    return {
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
          scopeMetrics: [{ scope: { name: 'bad-input' }, metrics: [{ name: 'bad.gauge', gauge: { dataPoints: points } }] }],
        },
      ],
    };
  }
  // Points carry a start time, as cumulative sources send them; unset times are covered in ingest-metrics.test.ts.
  const point = (v: number, extra: Record<string, unknown> = {}) => ({ startTimeUnixNano: (nowNs() - 1000n).toString(), timeUnixNano: nowNs().toString(), asDouble: v, ...extra });

  it('truncated protobuf: HTTP 400 and gRPC INVALID_ARGUMENT per signal; nothing stored; rejected{reason="malformed_request"} per signal', async () => {
    const bodies = {
      logs: encodeRequest('logs', logsRequest('bad-truncated-logs', [log('a'), log('b')])),
      metrics: encodeRequest('metrics', gaugeRequest('bad-truncated-metrics', [point(1), point(2)])),
    };
    for (const signal of ['logs', 'metrics'] as const) {
      const cut = bodies[signal].subarray(0, bodies[signal].length - 5);
      const [bad, recv] = await growth([rejected(signal, 'malformed_request'), received(signal)], async () => {
        const res = await httpExport(p.ports.http, signal, cut, { ...AUTH, ...PROTOBUF });
        expect(res.status).toBe(400);
        expect(decodeRpcStatus(res.body).message).toMatch(/^malformed protobuf: /);
        const ans = await grpcExport(p.ports.grpc, signal, cut, TOKEN);
        expect(ans.error?.code).toBe(GrpcStatus.INVALID_ARGUMENT);
        expect(ans.error?.details).toMatch(/^malformed protobuf: /);
      });
      expect(bad, signal).toBe(2);
      expect(recv, signal).toBe(0);
    }
    await expectRows('otel_logs', 'bad-truncated-logs', 0);
    await expectRows('otel_metrics_gauge', 'bad-truncated-metrics', 0);
  });

  it('logs, HTTP protobuf and gRPC: a record with a 5-byte trace id is rejected alone; the others are stored', async () => {
    const records = () => [log('ok-1'), log('bad-id', { traceId: Buffer.from('0102030405', 'hex') }), log('ok-2', { traceId: id(16), spanId: id(8) })];
    const [recv, invalid, st] = await growth([received('logs'), rejected('logs', 'invalid_item'), stored('logs')], async () => {
      const res = await httpExport(p.ports.http, 'logs', encodeRequest('logs', logsRequest('partial-logs-http', records())), { ...AUTH, ...PROTOBUF });
      expect(res.status).toBe(200);
      expect(decodeResponse('logs', res.body).partialSuccess).toEqual({ rejectedLogRecords: 1, errorMessage: expect.stringMatching(/trace_id is 5 bytes, want 0 or 16/) });
      const ans = await grpcExport(p.ports.grpc, 'logs', encodeRequest('logs', logsRequest('partial-logs-grpc', records())), TOKEN);
      expect(ans.error).toBeNull();
      expect(decodeResponse('logs', ans.response!).partialSuccess).toEqual({ rejectedLogRecords: 1, errorMessage: expect.stringMatching(/trace_id is 5 bytes, want 0 or 16/) });
    });
    expect([recv, invalid, st]).toEqual([6, 2, 4]);
    await expectRows('otel_logs', 'partial-logs-http', 2);
    await expectRows('otel_logs', 'partial-logs-grpc', 2);
    const bodies = await p.query<{ Body: string }>("SELECT Body FROM otel.otel_logs WHERE ServiceName = 'partial-logs-grpc' ORDER BY Body");
    expect(bodies.map((r) => r.Body)).toEqual(['ok-1', 'ok-2']);
  });

  it('metrics, HTTP JSON and gRPC: a point whose exemplar has a 3-byte trace id is rejected alone; the others are stored', async () => {
    const points = () => [point(1.5), point(2.5, { exemplars: [{ timeUnixNano: nowNs().toString(), asDouble: 2.5, traceId: Buffer.from('010203', 'hex') }] }), point(3.5)];
    const [recv, invalid, st] = await growth([received('metrics'), rejected('metrics', 'invalid_item'), stored('metrics')], async () => {
      const json = JSON.stringify(gaugeRequest('partial-metrics-json', points()), (_k, v: unknown) =>
        v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' ? Buffer.from((v as { data: number[] }).data).toString('hex') : v,
      );
      const res = await httpExport(p.ports.http, 'metrics', json, { ...AUTH, ...JSON_CT });
      expect(res.status, res.body.toString()).toBe(200);
      const ps = (JSON.parse(res.body.toString()) as { partialSuccess: { rejectedDataPoints: string; errorMessage: string } }).partialSuccess;
      expect(ps.rejectedDataPoints).toBe('1');
      expect(ps.errorMessage).toMatch(/bad\.gauge/);
      const ans = await grpcExport(p.ports.grpc, 'metrics', encodeRequest('metrics', gaugeRequest('partial-metrics-grpc', points())), TOKEN);
      expect(ans.error).toBeNull();
      expect(decodeResponse('metrics', ans.response!).partialSuccess).toEqual({ rejectedDataPoints: 1, errorMessage: expect.stringMatching(/bad\.gauge/) });
    });
    expect([recv, invalid, st]).toEqual([6, 2, 4]);
    await expectRows('otel_metrics_gauge', 'partial-metrics-json', 2);
    await expectRows('otel_metrics_gauge', 'partial-metrics-grpc', 2);
    const values = await p.query<{ Value: number }>("SELECT Value FROM otel.otel_metrics_gauge WHERE ServiceName = 'partial-metrics-grpc' ORDER BY Value");
    expect(values.map((r) => r.Value)).toEqual([1.5, 3.5]);
  });
});

describe('after everything', () => {
  const TABLES = ['otel_traces', 'otel_logs', 'otel_metrics_gauge', 'otel_metrics_sum', 'otel_metrics_histogram', 'otel_metrics_exponential_histogram', 'otel_metrics_summary'];

  it('nothing from refused requests was stored and everything from accepted ones was (exact counts, every table)', async () => {
    for (const table of TABLES) {
      const rows = await p.query<{ s: string; n: string }>(`SELECT ServiceName AS s, toString(count()) AS n FROM otel.${table} GROUP BY ServiceName`);
      const got = Object.fromEntries(rows.map((r) => [r.s, Number(r.n)]));
      const want = Object.fromEntries([...(ledger.get(table) ?? [])].filter(([, n]) => n > 0));
      expect(got, table).toEqual(want);
    }
    expect(ledgerTotal('otel_traces')).toBeGreaterThan(10);
  });

  it('/metrics agrees with the ledger: received, stored and rejected by signal and reason', async () => {
    const text = await p.scrape();
    const spans = ledgerTotal('otel_traces');
    const logs = ledgerTotal('otel_logs');
    const points = ledgerTotal('otel_metrics_gauge');
    expect(metricValue(text, 'homeostat_items_stored_total', { signal: 'traces' })).toBe(spans);
    expect(metricValue(text, 'homeostat_items_stored_total', { signal: 'logs' })).toBe(logs);
    expect(metricValue(text, 'homeostat_items_stored_total', { signal: 'metrics' })).toBe(points);
    // Three partial-success trace requests and two each for logs and metrics, one bad item each.
    expect(metricValue(text, 'homeostat_items_rejected_total', { signal: 'traces', reason: 'invalid_item' })).toBe(3);
    expect(metricValue(text, 'homeostat_items_rejected_total', { signal: 'logs', reason: 'invalid_item' })).toBe(2);
    expect(metricValue(text, 'homeostat_items_rejected_total', { signal: 'metrics', reason: 'invalid_item' })).toBe(2);
    // Received counts every decoded item, valid or not.
    expect(metricValue(text, 'homeostat_items_received_total', { signal: 'traces' })).toBe(spans + 3);
    expect(metricValue(text, 'homeostat_items_received_total', { signal: 'logs' })).toBe(logs + 2);
    expect(metricValue(text, 'homeostat_items_received_total', { signal: 'metrics' })).toBe(points + 2);
    // Traces: truncated (HTTP + gRPC), broken JSON, wrong-type JSON, too deep (3). Logs, metrics: truncated (2).
    expect(metricValue(text, 'homeostat_items_rejected_total', { signal: 'traces', reason: 'malformed_request' })).toBe(7);
    expect(metricValue(text, 'homeostat_items_rejected_total', { signal: 'logs', reason: 'malformed_request' })).toBe(2);
    expect(metricValue(text, 'homeostat_items_rejected_total', { signal: 'metrics', reason: 'malformed_request' })).toBe(2);
    // HTTP 413s: oversize twice, gzip bomb twice; gRPC: oversize and gzip bomb, refused inside grpc-js.
    expect(metricValue(text, 'homeostat_items_rejected_total', { signal: 'traces', reason: 'too_large' })).toBe(6);
    expect(metricValue(text, 'homeostat_receiver_requests_total', { signal: 'traces', transport: 'grpc', outcome: 'too_large' })).toBe(2);
    expect(metricValue(text, 'homeostat_attributes_truncated_total', { signal: 'traces', kind: 'attribute_dropped' })).toBe(2 * (10_000 - MAX_ATTRIBUTES));
    expect(metricValue(text, 'homeostat_receiver_requests_total', { signal: 'traces', transport: 'grpc', outcome: 'partial' })).toBe(1);
    expect(metricValue(text, 'homeostat_receiver_requests_total', { signal: 'traces', transport: 'http', outcome: 'partial' })).toBe(2);
    // HTTP: truncated, broken JSON, wrong-type JSON, two too deep; gRPC: truncated, too deep.
    expect(metricValue(text, 'homeostat_receiver_requests_total', { signal: 'traces', transport: 'http', outcome: 'invalid' })).toBe(5);
    expect(metricValue(text, 'homeostat_receiver_requests_total', { signal: 'traces', transport: 'grpc', outcome: 'invalid' })).toBe(2);
  });
});

// Limits across requests: one in-flight byte budget shared by both receivers (retryable
// refusals past it), a connection cap on the HTTP receiver, and gRPC auth decided on the
// metadata, before grpc-js buffers or inflates the message.
import { connect, type Socket } from 'node:net';
import { Client, credentials, Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBearerCheck } from '../../../src/auth/bearer.ts';
import type { ExportContext } from '../../../src/receive/otlp/export.ts';
import { GrpcReceiver } from '../../../src/receive/otlp/grpc.ts';
import { HttpReceiver } from '../../../src/receive/otlp/http.ts';
import { InflightBudget } from '../../../src/receive/otlp/inflight.ts';
import type { TelemetrySink } from '../../../src/records.ts';
import { DEFAULT_DECODE_LIMITS } from '../../../src/records.ts';
import { Metrics } from '../../../src/telemetry/metrics.ts';
import { encode, hexBytes, TRACE_REQ } from './proto-root.ts';

const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const TOKEN = 'tok';

function traceBody(valueLength: number): Buffer {
  return Buffer.from(
    encode(TRACE_REQ, {
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: hexBytes('0102030405060708090a0b0c0d0e0f10'),
                  spanId: hexBytes('1112131415161718'),
                  name: 'op',
                  startTimeUnixNano: '1',
                  endTimeUnixNano: '2',
                  attributes: [{ key: 'pad', value: { stringValue: 'x'.repeat(valueLength) } }],
                },
              ],
            },
          ],
        },
      ],
    }),
  );
}

/** A sink that holds every call until release() is called, so requests stay in flight. */
function gatedSink() {
  let open!: () => void;
  let gate = new Promise<void>((r) => (open = r));
  let stored = 0;
  const wait = async (items: unknown[]) => {
    await gate;
    stored += items.length;
  };
  const sink: TelemetrySink = { consumeTraces: wait, consumeLogs: wait, consumeMetrics: wait };
  return {
    sink,
    stored: () => stored,
    release: () => open(),
    close: () => (gate = new Promise<void>((r) => (open = r))),
  };
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

async function start(ctx: ExportContext, opts: { maxRequestBytes?: number; maxConnections?: number; tokens?: string[] } = {}) {
  const checkAuth = makeBearerCheck(opts.tokens ?? [TOKEN]);
  const grpc = new GrpcReceiver(ctx, { host: '127.0.0.1', port: 0, maxRequestBytes: opts.maxRequestBytes ?? 4 << 20, checkAuth, isServing: () => true });
  const http = new HttpReceiver(ctx, { host: '127.0.0.1', port: 0, maxRequestBytes: opts.maxRequestBytes ?? 4 << 20, checkAuth, maxConnections: opts.maxConnections });
  const ports = { grpc: await grpc.start(), http: await http.start() };
  const client = new Client(`127.0.0.1:${ports.grpc}`, credentials.createInsecure(), { 'grpc.default_compression_algorithm': 2 });
  cleanup.push(async () => {
    client.close();
    await http.stop();
    await grpc.stop();
  });
  return { ports, client };
}

function grpcExport(client: Client, body: Buffer, token?: string): Promise<{ err: ServiceError | null }> {
  const md = new Metadata();
  if (token) md.set('authorization', `Bearer ${token}`);
  return new Promise((resolve) => {
    client.makeUnaryRequest(EXPORT, (b: Buffer) => b, (b: Buffer) => b, body, md, (err) => resolve({ err: err ?? null }));
  });
}

function httpExport(port: number, body: Buffer, token = TOKEN) {
  return fetch(`http://127.0.0.1:${port}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${token}` },
    body,
  });
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
}

describe('gRPC auth comes before the message is read', () => {
  it('an unauthenticated request over the size limit, or a gzip bomb, is UNAUTHENTICATED, not read and inflated', async () => {
    const metrics = new Metrics();
    const { client } = await start({ sink: gatedSink().sink, limits: DEFAULT_DECODE_LIMITS, metrics }, { maxRequestBytes: 64 * 1024 });
    // 8 MiB of one repeated byte: the client gzips it to a few KiB, which would inflate past the limit.
    for (const token of [undefined, 'wrong']) {
      const { err } = await grpcExport(client, Buffer.alloc(8 << 20, 0x41), token);
      expect(err?.code, String(token)).toBe(GrpcStatus.UNAUTHENTICATED);
    }
    // Had grpc-js read the message, its size refusal would have been counted.
    expect(await metrics.registry.metrics()).not.toMatch(/outcome="too_large"/);
    // With the token the same request reaches the size limit as before.
    const { err } = await grpcExport(client, Buffer.alloc(8 << 20, 0x41), TOKEN);
    expect(err?.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
  });

  it('health checks stay open', async () => {
    const { client } = await start({ sink: gatedSink().sink, limits: DEFAULT_DECODE_LIMITS, metrics: new Metrics() });
    const res = await new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest('/grpc.health.v1.Health/Check', (b: Buffer) => b, (b: Buffer) => b, Buffer.alloc(0), new Metadata(), (e, r) => (e ? reject(e) : resolve(r!))),
    );
    expect([...res]).toEqual([0x08, 1]);
  });
});

describe('one in-flight byte budget across both receivers', () => {
  it('while it is spent, gRPC gets UNAVAILABLE with RetryInfo and HTTP gets 503 + Retry-After; nothing is lost once it frees', async () => {
    const gated = gatedSink();
    const budget = new InflightBudget(10_000);
    const metrics = new Metrics();
    const { ports, client } = await start({ sink: gated.sink, limits: DEFAULT_DECODE_LIMITS, metrics, budget });
    const big = traceBody(12_000);

    // A lone request larger than the whole budget still gets in (it could never succeed otherwise) and holds it.
    const first = grpcExport(client, big, TOKEN);
    await until(() => budget.full);

    const refusedGrpc = await grpcExport(client, traceBody(10), TOKEN);
    expect(refusedGrpc.err?.code).toBe(GrpcStatus.UNAVAILABLE);
    expect(refusedGrpc.err?.metadata.get('grpc-status-details-bin')).toHaveLength(1);
    const refusedHttp = await httpExport(ports.http, traceBody(10));
    expect(refusedHttp.status).toBe(503);
    expect(refusedHttp.headers.get('retry-after')).toBe('1');
    expect(await metrics.registry.metrics()).toMatch(/homeostat_receiver_requests_total\{signal="traces",transport="http",outcome="unavailable"\} 1/);

    gated.release();
    expect((await first).err).toBeNull();
    expect(budget.inUse).toBe(0);
    expect((await httpExport(ports.http, traceBody(10))).status).toBe(200);
    expect((await grpcExport(client, traceBody(10), TOKEN)).err).toBeNull();
    expect(gated.stored()).toBe(3);
  });

  it('HTTP requests that together pass the budget: the one that does not fit is refused, the others are stored', async () => {
    const gated = gatedSink();
    const budget = new InflightBudget(5_000);
    const { ports } = await start({ sink: gated.sink, limits: DEFAULT_DECODE_LIMITS, metrics: new Metrics(), budget });
    const first = httpExport(ports.http, traceBody(3_000));
    await until(() => budget.inUse > 0);
    const second = await httpExport(ports.http, traceBody(3_000));
    expect(second.status).toBe(503);
    gated.release();
    expect((await first).status).toBe(200);
    expect(budget.inUse).toBe(0);
  });
});

describe('HTTP connection cap', () => {
  it('connections past max_connections are closed on accept; a freed slot takes a new one', async () => {
    const { ports } = await start({ sink: gatedSink().sink, limits: DEFAULT_DECODE_LIMITS, metrics: new Metrics() }, { maxConnections: 2 });
    const open = (): Promise<Socket> =>
      new Promise((resolve, reject) => {
        const s = connect(ports.http, '127.0.0.1', () => resolve(s));
        s.once('error', reject);
      });
    const closed = (s: Socket) => new Promise<void>((resolve) => (s.destroyed ? resolve() : s.once('close', () => resolve())));
    const a = await open();
    const b = await open();
    try {
      // Wait until the server has counted both before the third arrives.
      await new Promise((r) => setTimeout(r, 50));
      const c = await open();
      c.on('error', () => {});
      let answered = '';
      c.on('data', (d) => (answered += d.toString()));
      c.write('POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n');
      await closed(c);
      expect(answered).toBe('');
      a.destroy();
      await new Promise((r) => setTimeout(r, 100));
      // The freed slot answers (401 here: the request carries no token).
      const d = await open();
      const reply = await new Promise<string>((resolve) => {
        d.once('data', (buf) => resolve(buf.toString()));
        d.write('POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      });
      expect(reply).toMatch(/^HTTP\/1\.1 401 /);
      d.destroy();
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});

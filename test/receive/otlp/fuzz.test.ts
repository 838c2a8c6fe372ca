// Fuzz pass over both decoders and all three signals: seeded random truncations and byte / char
// mutations of valid requests. Every answer must be one the OTLP docs allow (200 with or
// without partial_success, 400, 413, and 415 at the HTTP door), nothing may crash (a 500 is a
// crash here), and a refused request stores nothing.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { handleExport } from '../../../src/receive/otlp/export.ts';
import { HttpReceiver } from '../../../src/receive/otlp/http.ts';
import { SIGNALS, type SignalSpec } from '../../../src/receive/otlp/signals.ts';
import { classify } from '../../../src/receive/otlp/status.ts';
import type { TelemetrySink } from '../../../src/records.ts';
import { DEFAULT_DECODE_LIMITS, type Signal } from '../../../src/records.ts';
import { Metrics } from '../../../src/telemetry/metrics.ts';
import { encode, hexBytes, LOGS_REQ, METRICS_REQ, TRACE_REQ } from './proto-root.ts';
import { seededRandom } from '../../../src/random.ts';

const CASES_PER_INPUT = 120;
const LIMITS = { ...DEFAULT_DECODE_LIMITS, maxNameLength: 64, maxValueLength: 256 };


const T = '0102030405060708090a0b0c0d0e0f10';
const S = '1112131415161718';
const attrs = [
  { key: 'service.name', value: { stringValue: 'checkout' } },
  { key: 'i', value: { intValue: '-42' } },
  { key: 'b', value: { boolValue: true } },
  { key: 'd', value: { doubleValue: 1.5 } },
  { key: 'arr', value: { arrayValue: { values: [{ stringValue: 'x' }, { intValue: '7' }] } } },
  { key: 'kv', value: { kvlistValue: { values: [{ key: 'n', value: { stringValue: 'é😀' } }] } } },
  { key: 'bytes', value: { bytesValue: 'AAEC' } },
];
const resource = { attributes: attrs, droppedAttributesCount: 1 };
const scope = { name: 'lib', version: '1.0', attributes: [{ key: 's', value: { stringValue: 'v' } }] };

const JSON_REQ: Record<Signal, unknown> = {
  traces: {
    resourceSpans: [
      {
        resource,
        scopeSpans: [
          {
            scope,
            spans: [
              {
                traceId: T,
                spanId: S,
                parentSpanId: '2122232425262728',
                name: 'GET /orders',
                kind: 2,
                startTimeUnixNano: '1700000000000000000',
                endTimeUnixNano: '1700000000250000000',
                attributes: attrs,
                events: [{ timeUnixNano: '1700000000100000000', name: 'exception', attributes: attrs.slice(0, 2) }],
                links: [{ traceId: T, spanId: '3132333435363738', attributes: attrs.slice(0, 1) }],
                status: { code: 2, message: 'boom' },
              },
              { traceId: T, spanId: '4142434445464748', name: 'child', startTimeUnixNano: '1', endTimeUnixNano: '2' },
            ],
          },
        ],
      },
    ],
  },
  logs: {
    resourceLogs: [
      {
        resource,
        scopeLogs: [
          {
            scope,
            logRecords: [
              { timeUnixNano: '1700000000000000000', severityNumber: 17, severityText: 'ERROR', body: { stringValue: 'db timeout' }, attributes: attrs, traceId: T, spanId: S, eventName: 'e' },
              { observedTimeUnixNano: '1700000000000000001', body: { kvlistValue: { values: [{ key: 'k', value: { intValue: '1' } }] } } },
            ],
          },
        ],
      },
    ],
  },
  metrics: {
    resourceMetrics: [
      {
        resource,
        scopeMetrics: [
          {
            scope,
            metrics: [
              { name: 'g', unit: 'ms', gauge: { dataPoints: [{ timeUnixNano: '1', asDouble: 2.5, attributes: attrs.slice(0, 2), exemplars: [{ timeUnixNano: '1', asDouble: 1, traceId: T, spanId: S }] }] } },
              { name: 's', sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: [{ timeUnixNano: '1', asInt: '10' }] } },
              { name: 'h', histogram: { aggregationTemporality: 1, dataPoints: [{ timeUnixNano: '1', count: '3', sum: 6, bucketCounts: ['1', '2'], explicitBounds: [5] }] } },
              {
                name: 'eh',
                exponentialHistogram: {
                  aggregationTemporality: 2,
                  dataPoints: [{ timeUnixNano: '1', count: '2', scale: 1, zeroCount: '0', positive: { offset: 1, bucketCounts: ['1', '1'] } }],
                },
              },
              { name: 'sm', summary: { dataPoints: [{ timeUnixNano: '1', count: '2', sum: 3, quantileValues: [{ quantile: 0.5, value: 1.5 }] }] } },
            ],
          },
        ],
      },
    ],
  },
};

const PROTO_TYPE: Record<Signal, string> = { traces: TRACE_REQ, logs: LOGS_REQ, metrics: METRICS_REQ };
const ID_FIELDS = new Set(['traceId', 'spanId', 'parentSpanId']);

/** The same request as protobuf: ids become bytes, bytesValue base64 becomes bytes. */
function protoOf(signal: Signal): Buffer {
  const fix = (o: unknown): unknown => {
    if (Array.isArray(o)) return o.map(fix);
    if (!o || typeof o !== 'object') return o;
    return Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, ID_FIELDS.has(k) ? hexBytes(v as string) : k === 'bytesValue' ? Buffer.from(v as string, 'base64') : fix(v)]),
    );
  };
  return Buffer.from(encode(PROTO_TYPE[signal], fix(JSON_REQ[signal]) as Record<string, unknown>));
}

function mutateBytes(src: Buffer, rnd: () => number): Buffer {
  const b = Buffer.from(src);
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return b.subarray(0, Math.floor(rnd() * b.length));
    case 1: {
      const n = 1 + Math.floor(rnd() * 4);
      for (let i = 0; i < n; i++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      return b;
    }
    case 2: {
      // Varint-looking junk (continuation bits set) spliced in.
      const at = Math.floor(rnd() * b.length);
      const junk = Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 10) }, () => 0x80 | Math.floor(rnd() * 256)));
      return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
    }
    default: {
      const at = Math.floor(rnd() * b.length);
      return Buffer.concat([b.subarray(0, at), b.subarray(Math.floor(rnd() * b.length))]);
    }
  }
}

const JSON_CHARS = ['{', '}', '[', ']', '"', ':', ',', '\\', '0', '9', '-', 'e', '.', 'a', ' ', 'n', '\u0000', '\ud800', '😀', '"intValue":"', '1'.repeat(30)];

function mutateText(src: string, rnd: () => number): string {
  const at = Math.floor(rnd() * src.length);
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return src.slice(0, at);
    case 1:
      return src.slice(0, at) + JSON_CHARS[Math.floor(rnd() * JSON_CHARS.length)] + src.slice(at + 1);
    case 2:
      return src.slice(0, at) + JSON_CHARS[Math.floor(rnd() * JSON_CHARS.length)] + src.slice(at);
    default:
      return src.slice(0, at) + src.slice(Math.floor(rnd() * src.length));
  }
}

function recordingSink() {
  const stored: unknown[] = [];
  const push = async (items: unknown[]) => void stored.push(...items);
  const sink: TelemetrySink = { consumeTraces: push, consumeLogs: push, consumeMetrics: push };
  return { sink, stored };
}

/** The status a transport would answer with, plus what reached the sink. */
async function answer(spec: SignalSpec, body: Buffer | string, json: boolean): Promise<{ status: number; partial: boolean; stored: number; decoded?: number }> {
  const { sink, stored } = recordingSink();
  try {
    const r = await handleExport({ sink, limits: LIMITS, metrics: new Metrics() }, spec, body, json, 'http');
    return { status: 200, partial: r.rejected > 0 || r.message !== '', stored: stored.length };
  } catch (err) {
    return { status: classify(err).http, partial: false, stored: stored.length };
  }
}

describe('fuzzed requests', () => {
  for (const spec of SIGNALS) {
    it(`${spec.signal}: mutated protobuf and JSON answer 200/400/413 only, and a refusal stores nothing`, async () => {
      const rnd = seededRandom(0x5eed ^ spec.signal.length);
      const proto = protoOf(spec.signal);
      const json = JSON.stringify(JSON_REQ[spec.signal]);
      // The unmutated requests are accepted whole: the mutations start from valid input.
      for (const [body, isJson] of [[proto, false], [json, true]] as const) {
        const ok = await answer(spec, body, isJson);
        expect(ok.status).toBe(200);
        expect(ok.stored).toBeGreaterThan(1);
      }
      const seen = new Map<number, number>();
      for (let i = 0; i < CASES_PER_INPUT; i++) {
        for (const [body, isJson] of [[mutateBytes(proto, rnd), false], [mutateText(json, rnd), true]] as const) {
          const a = await answer(spec, body, isJson);
          seen.set(a.status, (seen.get(a.status) ?? 0) + 1);
          expect([200, 400, 413], `case ${i} ${isJson ? 'json' : 'proto'}`).toContain(a.status);
          if (a.status !== 200) expect(a.stored, `case ${i}`).toBe(0);
        }
      }
      // The run exercised both outcomes, or it tested nothing.
      expect(seen.get(200)).toBeGreaterThan(0);
      expect(seen.get(400)).toBeGreaterThan(0);
    });
  }

  it('over HTTP, mutated bodies, encodings and content types answer 200/400/413/415 and the receiver stays up', async () => {
    const rnd = seededRandom(0xf00d);
    const { sink, stored } = recordingSink();
    const r = new HttpReceiver({ sink, limits: LIMITS, metrics: new Metrics() }, { host: '127.0.0.1', port: 0, maxRequestBytes: 64 * 1024, checkAuth: () => true });
    const port = await r.start();
    try {
      const types = ['application/x-protobuf', 'application/json', 'application/json; charset=utf-8', 'text/plain', '', 'application/protobuf'];
      for (let i = 0; i < 60; i++) {
        const spec = SIGNALS[i % 3];
        const type = types[Math.floor(rnd() * types.length)];
        const isJson = type.startsWith('application/json') || (type === 'text/plain' && rnd() < 0.5);
        let body: Buffer = isJson ? Buffer.from(mutateText(JSON.stringify(JSON_REQ[spec.signal]), rnd)) : mutateBytes(protoOf(spec.signal), rnd);
        const headers: Record<string, string> = type ? { 'content-type': type } : {};
        const enc = Math.floor(rnd() * 4);
        if (enc === 1) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
        } else if (enc === 2) {
          body = mutateBytes(gzipSync(body), rnd);
          headers['content-encoding'] = 'gzip';
        } else if (enc === 3 && rnd() < 0.3) {
          body = gzipSync(Buffer.alloc(1 << 20));
          headers['content-encoding'] = 'gzip';
        }
        const before = stored.length;
        const res = await fetch(`http://127.0.0.1:${port}${spec.httpPath}`, { method: 'POST', headers, body });
        expect([200, 400, 413, 415], `case ${i} ${type} enc ${enc}`).toContain(res.status);
        await res.arrayBuffer();
        if (res.status !== 200) expect(stored.length, `case ${i}`).toBe(before);
      }
    } finally {
      await r.stop();
    }
  });
});

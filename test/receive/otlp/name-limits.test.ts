// Names and attribute keys become series keys and map keys downstream: a 2 MiB span name or key
// must arrive cut to max_name_length, be counted, and be reported as a partial_success warning.
import { describe, expect, it } from 'vitest';
import { decodeLogsJson, decodeLogsProto } from '../../../src/receive/otlp/decode-logs.ts';
import { decodeMetricsJson, decodeMetricsProto } from '../../../src/receive/otlp/decode-metrics.ts';
import { decodeTracesJson, decodeTracesProto } from '../../../src/receive/otlp/decode-traces.ts';
import { handleExport } from '../../../src/receive/otlp/export.ts';
import { SIGNALS } from '../../../src/receive/otlp/signals.ts';
import type { TelemetrySink } from '../../../src/records.ts';
import { DEFAULT_DECODE_LIMITS, type LogRecordItem, type MetricPoint, type SpanRecord } from '../../../src/records.ts';
import { Metrics } from '../../../src/telemetry/metrics.ts';
import { encode, hexBytes, LOGS_REQ, METRICS_REQ, TRACE_REQ } from './proto-root.ts';

const BIG = 'n'.repeat(2 * 1024 * 1024);
const KEY = 'k'.repeat(2 * 1024 * 1024);
const MAX = 100;
const L = { ...DEFAULT_DECODE_LIMITS, maxNameLength: MAX };
const T = '0102030405060708090a0b0c0d0e0f10';
const S = '1112131415161718';
const attrs = [{ key: KEY, value: { stringValue: 'v' } }];

const traceReq = {
  resourceSpans: [
    {
      resource: { attributes: attrs },
      scopeSpans: [
        {
          scope: { name: BIG, attributes: attrs },
          spans: [{ traceId: T, spanId: S, name: BIG, startTimeUnixNano: '1', endTimeUnixNano: '2', attributes: attrs, events: [{ name: BIG, timeUnixNano: '1', attributes: attrs }] }],
        },
      ],
    },
  ],
};
const logReq = {
  resourceLogs: [{ scopeLogs: [{ scope: { name: BIG }, logRecords: [{ timeUnixNano: '1', eventName: BIG, body: { stringValue: 'b' }, attributes: attrs }] }] }],
};
const metricReq = {
  resourceMetrics: [{ scopeMetrics: [{ scope: { name: BIG }, metrics: [{ name: BIG, gauge: { dataPoints: [{ timeUnixNano: '1', asDouble: 1, attributes: attrs }] } }] }] }],
};

/** The same request as protobuf (ids as bytes). */
function proto(type: string, req: unknown): Uint8Array {
  const fixIds = (o: unknown): unknown =>
    Array.isArray(o) ? o.map(fixIds) : o && typeof o === 'object'
      ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'traceId' || k === 'spanId' ? hexBytes(v as string) : fixIds(v)]))
      : o;
  return encode(type, fixIds(req) as Record<string, unknown>);
}

function keysOf(flat: string[]): string[] {
  return flat.filter((_, i) => i % 2 === 0);
}

describe('names and attribute keys are cut to maxNameLength', () => {
  it('traces: span, event and scope names and every attribute key, in both encodings', () => {
    for (const d of [decodeTracesJson(JSON.stringify(traceReq), L), decodeTracesProto(proto(TRACE_REQ, traceReq), L)]) {
      const s = d.items[0] as SpanRecord;
      expect(s.name).toHaveLength(MAX);
      expect(s.scope.name).toHaveLength(MAX);
      expect(s.events[0].name).toHaveLength(MAX);
      for (const flat of [s.attributes, s.resource.attributes, s.scope.attributes, s.events[0].attributes]) expect(keysOf(flat)).toEqual(['k'.repeat(MAX)]);
      // span, scope, event names + 4 keys
      expect(d.truncatedNames).toBe(7);
      expect(d.warnings.join('; ')).toContain(`7 names or attribute keys cut to ${MAX} characters`);
    }
  });

  it('logs: event name, scope name and attribute keys', () => {
    for (const d of [decodeLogsJson(JSON.stringify(logReq), L), decodeLogsProto(proto(LOGS_REQ, logReq), L)]) {
      const l = d.items[0] as LogRecordItem;
      expect(l.eventName).toHaveLength(MAX);
      expect(l.scope.name).toHaveLength(MAX);
      expect(keysOf(l.attributes)).toEqual(['k'.repeat(MAX)]);
      expect(d.truncatedNames).toBe(3);
    }
  });

  it('metrics: metric name, scope name and point attribute keys', () => {
    for (const d of [decodeMetricsJson(JSON.stringify(metricReq), L), decodeMetricsProto(proto(METRICS_REQ, metricReq), L)]) {
      const p = d.items[0] as MetricPoint;
      expect(p.name).toHaveLength(MAX);
      expect(p.scope.name).toHaveLength(MAX);
      expect(keysOf(p.attributes)).toEqual(['k'.repeat(MAX)]);
      expect(d.truncatedNames).toBe(3);
    }
  });

  it('names at the limit are untouched and not counted; the default limit is 4096', () => {
    const exact = structuredClone(traceReq);
    exact.resourceSpans[0].scopeSpans[0].spans[0].name = 'x'.repeat(MAX);
    const d = decodeTracesJson(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [exact.resourceSpans[0].scopeSpans[0].spans[0]] }] }] }), {
      ...L,
      maxNameLength: 1 << 30,
    });
    expect((d.items[0] as SpanRecord).name).toHaveLength(MAX);
    expect(d.truncatedNames).toBe(0);
    const byDefault = decodeTracesJson(JSON.stringify(traceReq), DEFAULT_DECODE_LIMITS);
    expect((byDefault.items[0] as SpanRecord).name).toHaveLength(4096);
  });

  it('counts truncations in /metrics and answers with a partial_success warning', async () => {
    const metrics = new Metrics();
    const stored: SpanRecord[] = [];
    const sink = { consumeTraces: async (s: SpanRecord[]) => void stored.push(...s) } as unknown as TelemetrySink;
    const traces = SIGNALS.find((s) => s.signal === 'traces')!;
    const r = await handleExport({ sink, limits: L, metrics }, traces, JSON.stringify(traceReq), true, 'http');
    expect(r.rejected).toBe(0);
    expect(r.message).toContain(`names or attribute keys cut to ${MAX} characters`);
    expect(stored[0].name).toHaveLength(MAX);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/homeostat_attributes_truncated_total\{signal="traces",kind="name_truncated"\} 7/);
  });
});

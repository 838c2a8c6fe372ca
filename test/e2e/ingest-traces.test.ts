// Whole system, traces: spans recorded by the OTel JS SDK, shipped by the official OTLP
// exporters over each transport, must come back out of ClickHouse field by field in the
// Collector ClickHouse exporter's layout.
import { context, createTraceState, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOnce, flatAttributes, hrNs, isSuccess, TRANSPORTS, traceExporter, type Transport } from '../helpers/otel-clients.ts';
import { startTestPipeline, type TestPipeline } from '../helpers/pipeline.ts';

let p: TestPipeline;

beforeAll(async () => {
  p = await startTestPipeline();
});

afterAll(async () => {
  await p?.stop();
});

const KIND_NAMES: Record<SpanKind, string> = {
  [SpanKind.INTERNAL]: 'Internal',
  [SpanKind.SERVER]: 'Server',
  [SpanKind.CLIENT]: 'Client',
  [SpanKind.PRODUCER]: 'Producer',
  [SpanKind.CONSUMER]: 'Consumer',
};
const STATUS_NAMES: Record<SpanStatusCode, string> = {
  [SpanStatusCode.UNSET]: 'Unset',
  [SpanStatusCode.OK]: 'Ok',
  [SpanStatusCode.ERROR]: 'Error',
};

/** Records a small trace with every field the SDK can set; timestamps are recent (TTL) with odd nanoseconds. */
async function recordSpans(serviceName: string): Promise<ReadableSpan[]> {
  const memory = new InMemorySpanExporter();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'service.version': '1.2.3', 'host.cpus': 8, 'sample.ratio': 0.25, canary: true }),
    spanProcessors: [new SimpleSpanProcessor({ exporter: memory })],
  });
  const web = provider.getTracer('e2e-web', '2.0.1');
  const db = provider.getTracer('e2e-db');
  const sec = Math.floor(Date.now() / 1000) - 120;
  // A remote parent carrying a trace state: the root span inherits both.
  const remote = trace.setSpanContext(ROOT_CONTEXT, {
    traceId: randomHex(16),
    spanId: randomHex(8),
    traceFlags: TraceFlags.SAMPLED,
    isRemote: true,
    traceState: createTraceState('vendor=abc,other=42'),
  });
  const root = web.startSpan(
    'GET /cart',
    {
      kind: SpanKind.SERVER,
      startTime: [sec, 123_456_789],
      attributes: {
        'http.method': 'GET',
        'http.status_code': 500,
        'latency.ratio': 0.125,
        'cache.hit': false,
        'big.int': 2 ** 40,
        negative: -17,
        tags: ['a', 'b', 'ü'],
        retries: [1, 2, 3],
        ratios: [0.5, 1.5],
        flags: [true, false],
      },
    },
    remote,
  );
  root.addEvent('exception', { 'exception.type': 'Error', 'exception.message': 'boom', attempt: 2, fatal: true, weight: 0.75 }, [sec, 200_000_001]);
  root.addEvent('plain', [sec, 300_000_002]);
  root.setStatus({ code: SpanStatusCode.ERROR, message: 'upstream failed' });
  const ctx = trace.setSpan(context.active(), root);
  const linked = {
    traceId: randomHex(16),
    spanId: randomHex(8),
    traceFlags: TraceFlags.SAMPLED,
    traceState: createTraceState('linked=yes'),
  };
  const child = db.startSpan(
    'SELECT cart',
    {
      kind: SpanKind.CLIENT,
      startTime: [sec, 400_000_003],
      attributes: { 'db.system': 'postgresql' },
      links: [
        { context: linked, attributes: { 'link.reason': 'batch', 'link.n': 3 } },
        { context: { traceId: randomHex(16), spanId: randomHex(8), traceFlags: TraceFlags.NONE } },
      ],
    },
    ctx,
  );
  child.setStatus({ code: SpanStatusCode.OK });
  child.end([sec + 1, 999_999_999]);
  for (const [i, kind] of [SpanKind.INTERNAL, SpanKind.PRODUCER, SpanKind.CONSUMER].entries()) {
    web.startSpan(`kind-${kind}`, { kind, startTime: [sec, 500_000_000 + i] }, ctx).end([sec, 600_000_000 + i]);
  }
  root.end([sec + 2, 7]);
  await provider.forceFlush();
  const spans = memory.getFinishedSpans();
  await provider.shutdown();
  expect(spans.length).toBe(5);
  return spans;
}

function randomHex(bytes: number): string {
  let s = '';
  for (let i = 0; i < bytes; i++) s += Math.floor(Math.random() * 256).toString(16).padStart(2, '0');
  return s;
}

interface SpanRow {
  TraceId: string;
  SpanId: string;
  ParentSpanId: string;
  TraceState: string;
  SpanName: string;
  SpanKind: string;
  ServiceName: string;
  ResourceAttributes: Record<string, string>;
  ScopeName: string;
  ScopeVersion: string;
  SpanAttributes: Record<string, string>;
  StartNs: string;
  DurationNs: string;
  StatusCode: string;
  StatusMessage: string;
  EventTimes: string[];
  EventNames: string[];
  EventAttributes: Record<string, string>[];
  LinkTraceIds: string[];
  LinkSpanIds: string[];
  LinkTraceStates: string[];
  LinkAttributes: Record<string, string>[];
}

async function storedSpans(serviceName: string): Promise<Map<string, SpanRow>> {
  const rows = await p.query<SpanRow>(
    `SELECT TraceId, SpanId, ParentSpanId, TraceState, SpanName, SpanKind, ServiceName, ResourceAttributes,
            ScopeName, ScopeVersion, SpanAttributes,
            toString(toUnixTimestamp64Nano(Timestamp)) AS StartNs, toString(Duration) AS DurationNs,
            StatusCode, StatusMessage,
            arrayMap(t -> toString(toUnixTimestamp64Nano(t)), Events.Timestamp) AS EventTimes,
            Events.Name AS EventNames, Events.Attributes AS EventAttributes,
            Links.TraceId AS LinkTraceIds, Links.SpanId AS LinkSpanIds, Links.TraceState AS LinkTraceStates,
            Links.Attributes AS LinkAttributes
     FROM otel.otel_traces WHERE ServiceName = {svc:String}`,
    { svc: serviceName },
  );
  return new Map(rows.map((r) => [r.SpanId, r]));
}

function expectStored(spans: ReadableSpan[], stored: Map<string, SpanRow>, serviceName: string): void {
  // Exactly one row per span: nothing lost, nothing duplicated.
  expect(stored.size).toBe(spans.length);
  for (const s of spans) {
    const id = s.spanContext();
    const row = stored.get(id.spanId);
    expect(row, `span ${s.name}`).toBeDefined();
    if (!row) continue;
    expect(row.TraceId).toBe(id.traceId);
    expect(row.ParentSpanId).toBe(s.parentSpanContext?.spanId ?? '');
    expect(row.TraceState).toBe(id.traceState?.serialize() ?? '');
    expect(row.SpanName).toBe(s.name);
    expect(row.SpanKind).toBe(KIND_NAMES[s.kind]);
    expect(row.ServiceName).toBe(serviceName);
    expect(row.ResourceAttributes).toEqual(flatAttributes(s.resource.attributes));
    expect(row.ScopeName).toBe(s.instrumentationScope.name);
    expect(row.ScopeVersion).toBe(s.instrumentationScope.version ?? '');
    expect(row.SpanAttributes).toEqual(flatAttributes(s.attributes));
    expect(row.StartNs).toBe(hrNs(s.startTime).toString());
    expect(row.DurationNs).toBe((hrNs(s.endTime) - hrNs(s.startTime)).toString());
    expect(row.StatusCode).toBe(STATUS_NAMES[s.status.code]);
    expect(row.StatusMessage).toBe(s.status.message ?? '');
    expect(row.EventNames).toEqual(s.events.map((e) => e.name));
    expect(row.EventTimes).toEqual(s.events.map((e) => hrNs(e.time).toString()));
    expect(row.EventAttributes).toEqual(s.events.map((e) => flatAttributes(e.attributes)));
    expect(row.LinkTraceIds).toEqual(s.links.map((l) => l.context.traceId));
    expect(row.LinkSpanIds).toEqual(s.links.map((l) => l.context.spanId));
    expect(row.LinkTraceStates).toEqual(s.links.map((l) => l.context.traceState?.serialize() ?? ''));
    expect(row.LinkAttributes).toEqual(s.links.map((l) => flatAttributes(l.attributes)));
  }
}

describe('traces through the official OTLP exporters', () => {
  it.each(TRANSPORTS)('%s exporter: every span field is stored as sent', async (transport: Transport) => {
    const service = `e2e-traces-${transport.replace('/', '-')}`;
    const spans = await recordSpans(service);
    const result = await exportOnce(traceExporter(transport, p.ports), spans);
    expect(result.error).toBeUndefined();
    expect(isSuccess(result)).toBe(true);
    // The export is acknowledged only once stored, so the rows are there now.
    const stored = await storedSpans(service);
    expectStored(spans, stored, service);

    // Spot checks against literal values, so a shared mistake in the expectation helpers shows up.
    const root = [...stored.values()].find((r) => r.SpanName === 'GET /cart')!;
    expect(root.SpanKind).toBe('Server');
    expect(root.StatusCode).toBe('Error');
    expect(root.StatusMessage).toBe('upstream failed');
    expect(root.TraceState).toBe('vendor=abc,other=42');
    expect(root.SpanAttributes).toEqual({
      'http.method': 'GET',
      'http.status_code': '500',
      'latency.ratio': '0.125',
      'cache.hit': 'false',
      'big.int': '1099511627776',
      negative: '-17',
      tags: '["a","b","ü"]',
      retries: '[1,2,3]',
      ratios: '[0.5,1.5]',
      flags: '[true,false]',
    });
    expect(root.StartNs.endsWith('123456789')).toBe(true);
    expect(root.DurationNs).toBe(String(2_000_000_000 - 123_456_789 + 7));
    expect(root.EventAttributes[0]).toEqual({ 'exception.type': 'Error', 'exception.message': 'boom', attempt: '2', fatal: 'true', weight: '0.75' });
    expect(root.ResourceAttributes).toMatchObject({ 'service.name': service, 'host.cpus': '8', 'sample.ratio': '0.25', canary: 'true' });
    const child = [...stored.values()].find((r) => r.SpanName === 'SELECT cart')!;
    expect(child.ParentSpanId).toBe(root.SpanId);
    expect(child.TraceId).toBe(root.TraceId);
    expect(child.StatusCode).toBe('Ok');
    expect(child.SpanKind).toBe('Client');
    expect(child.ScopeName).toBe('e2e-db');
    expect(child.ScopeVersion).toBe('');
    expect(child.LinkTraceStates).toEqual(['linked=yes', '']);
    expect(child.LinkAttributes[0]).toEqual({ 'link.reason': 'batch', 'link.n': '3' });

    // The trace-id lookup table (fed by a materialized view) knows the trace.
    const lookup = await p.count('otel_traces_trace_id_ts', 'TraceId = {t:String}', { t: root.TraceId });
    expect(lookup).toBeGreaterThanOrEqual(1);
  });
});

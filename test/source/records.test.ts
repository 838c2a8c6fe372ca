// Rows inserted straight into the exporter tables (as a Collector's ClickHouse exporter
// writes them) come back from the tailer as the records the receivers would have produced,
// field by field, for every table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpanKind, StatusCode, type HistogramPoint, type NumberPoint } from '../../src/records.ts';
import { CollectingSink, fakeClock, insertRows, MAP, MAPS, MS, openTestStore, spanRow, tailer, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('source-records');
});
afterAll(async () => store?.close());

const clock = fakeClock();
const T = clock.value - 1000n * MS + 123_456_789n % MS; // within the first poll's window, with sub-ms digits

describe('clickhouse source: rows to records', () => {
  it('delivers spans, logs and every metric type with their fields', async () => {
    const c = store.client;
    await insertRows(c, 'otel_traces', [
      spanRow(T, 'B7AD6B7169203331', {
        ParentSpanId: ['String', '00f067aa0ba902b7'],
        TraceState: ['String', 'k=v'],
        SpanKind: ['String', 'Server'],
        StatusCode: ['String', 'Error'],
        StatusMessage: ['String', 'boom'],
        ScopeName: ['String', 'io.opentelemetry.http'],
        ScopeVersion: ['String', '1.2.3'],
        ResourceAttributes: [MAP, { 'service.name': 'checkout', 'host.name': 'h1' }],
        // A Map, so the integer-like key stays second: map order must survive the round trip.
        SpanAttributes: [MAP, new Map([['http.route', '/orders'], ['404', 'numeric key'], ['q', "it's \"quoted\""]])],
        Duration: ['UInt64', 2_500_000],
        'Events.Timestamp': ['ns[]', [T + 7n, T + 9n]],
        'Events.Name': ['Array(String)', ['exception', 'retry']],
        'Events.Attributes': [MAPS, [{ 'exception.type': 'IOError' }, {}]],
        'Links.TraceId': ['Array(String)', ['1af7651916cd43dd8448eb211c80319c']],
        'Links.SpanId': ['Array(String)', ['c7ad6b7169203331']],
        'Links.TraceState': ['Array(String)', ['a=b']],
        'Links.Attributes': [MAPS, [{ why: 'fan-in' }]],
      }),
      // Enum names as older exporters write them.
      spanRow(T + 1n, 'c7ad6b7169203331', { SpanKind: ['String', 'SPAN_KIND_CLIENT'], StatusCode: ['String', 'STATUS_CODE_OK'] }),
      spanRow(T + 2n, 'd7ad6b7169203331', { SpanKind: ['String', 'weird'], StatusCode: ['String', ''] }),
    ]);
    await insertRows(c, 'otel_logs', [{
      Timestamp: ['ns', T + 3n],
      TraceId: ['String', '0af7651916cd43dd8448eb211c80319c'],
      SpanId: ['String', 'b7ad6b7169203331'],
      TraceFlags: ['UInt8', 1],
      SeverityText: ['String', 'ERROR'],
      SeverityNumber: ['UInt8', 17],
      ServiceName: ['String', 'checkout'],
      Body: ['String', 'payment failed:\n\t"card declined"'],
      ResourceSchemaUrl: ['String', 'https://opentelemetry.io/schemas/1.26.0'],
      ResourceAttributes: [MAP, { 'service.name': 'checkout' }],
      ScopeSchemaUrl: ['String', 'https://s'],
      ScopeName: ['String', 'logger'],
      ScopeVersion: ['String', '2'],
      ScopeAttributes: [MAP, { sa: '1' }],
      LogAttributes: [MAP, { 'user.id': '42' }],
      EventName: ['String', 'payment.failed'],
    }]);
    const head = (name: string, ts: bigint) => ({
      ResourceAttributes: [MAP, { 'service.name': 'checkout' }],
      ResourceSchemaUrl: ['String', 'https://r'],
      ScopeName: ['String', 'meter'],
      ScopeVersion: ['String', '0.9'],
      ScopeAttributes: [MAP, { ms: 'x' }],
      ScopeDroppedAttrCount: ['UInt32', 2],
      ScopeSchemaUrl: ['String', 'https://sc'],
      ServiceName: ['String', 'checkout'],
      MetricName: ['String', name],
      MetricDescription: ['String', `${name} description`],
      MetricUnit: ['String', 'ms'],
      Attributes: [MAP, { route: '/orders' }],
      StartTimeUnix: ['ns', ts - 60_000n * MS],
      TimeUnix: ['ns', ts],
      Flags: ['UInt32', 1],
    } as const);
    const exemplar = {
      'Exemplars.FilteredAttributes': [MAPS, [{ 'user.id': '7' }]],
      'Exemplars.TimeUnix': ['ns[]', [T - 5n]],
      'Exemplars.Value': ['Array(Float64)', [12.5]],
      'Exemplars.SpanId': ['Array(String)', ['b7ad6b7169203331']],
      'Exemplars.TraceId': ['Array(String)', ['0af7651916cd43dd8448eb211c80319c']],
    } as const;
    await insertRows(c, 'otel_metrics_gauge', [{ ...head('queue.depth', T + 4n), Value: ['Float64', 3.5], ...exemplar }]);
    await insertRows(c, 'otel_metrics_sum', [{
      ...head('requests', T + 4n), Value: ['Float64', 120], AggregationTemporality: ['Int32', 2], IsMonotonic: ['Bool', true],
    }]);
    await insertRows(c, 'otel_metrics_histogram', [{
      ...head('latency', T + 4n), Count: ['UInt64', 6], Sum: ['Float64', 'nan'], BucketCounts: ['Array(UInt64)', [1, 2, 3]],
      ExplicitBounds: ['Array(Float64)', [10, 100]], Min: ['Float64', 1], Max: ['Float64', 'inf'], AggregationTemporality: ['Int32', 1],
      ...exemplar,
    }]);
    await insertRows(c, 'otel_metrics_exponential_histogram', [{
      ...head('latency.exp', T + 4n), Count: ['UInt64', 5], Sum: ['Float64', 50], Scale: ['Int32', -2], ZeroCount: ['UInt64', 1],
      PositiveOffset: ['Int32', -3], PositiveBucketCounts: ['Array(UInt64)', [1, 2]], NegativeOffset: ['Int32', 4],
      NegativeBucketCounts: ['Array(UInt64)', [1]], Min: ['Float64', 0], Max: ['Float64', 30], AggregationTemporality: ['Int32', 2],
    }]);
    await insertRows(c, 'otel_metrics_summary', [{
      ...head('gc.pause', T + 4n), Count: ['UInt64', 9], Sum: ['Float64', 4.5],
      'ValueAtQuantiles.Quantile': ['Array(Float64)', [0.5, 0.99]], 'ValueAtQuantiles.Value': ['Array(Float64)', [0.25, 2]],
    }]);

    const sink = new CollectingSink();
    const t = tailer(c, sink, clock);
    await t.pollOnce();
    for (const [table, s] of t.stats) expect(s.errors, `${table}: ${s.lastError}`).toBe(0);

    expect(sink.spans.map((s) => s.spanId)).toEqual(['b7ad6b7169203331', 'c7ad6b7169203331', 'd7ad6b7169203331']);
    const [a, b, d] = sink.spans;
    expect(a).toEqual({
      resource: { serviceName: 'checkout', attributes: ['service.name', 'checkout', 'host.name', 'h1'], schemaUrl: '', droppedAttributesCount: 0 },
      scope: { name: 'io.opentelemetry.http', version: '1.2.3', attributes: [], schemaUrl: '', droppedAttributesCount: 0 },
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      parentSpanId: '00f067aa0ba902b7',
      traceState: 'k=v',
      flags: 0,
      name: 'GET /orders',
      kind: SpanKind.SERVER,
      startNs: T,
      endNs: T + 2_500_000n,
      attributes: ['http.route', '/orders', '404', 'numeric key', 'q', "it's \"quoted\""],
      droppedAttributesCount: 0,
      events: [
        { timeNs: T + 7n, name: 'exception', attributes: ['exception.type', 'IOError'], droppedAttributesCount: 0 },
        { timeNs: T + 9n, name: 'retry', attributes: [], droppedAttributesCount: 0 },
      ],
      droppedEventsCount: 0,
      links: [{ traceId: '1af7651916cd43dd8448eb211c80319c', spanId: 'c7ad6b7169203331', traceState: 'a=b', attributes: ['why', 'fan-in'], droppedAttributesCount: 0, flags: 0 }],
      droppedLinksCount: 0,
      statusCode: StatusCode.ERROR,
      statusMessage: 'boom',
    });
    expect([b.kind, b.statusCode]).toEqual([SpanKind.CLIENT, StatusCode.OK]);
    expect([d.kind, d.statusCode]).toEqual([SpanKind.UNSPECIFIED, StatusCode.UNSET]);
    // Equal resources within a page are one object, as the OTLP decoder hands them out.
    expect(b.resource).toBe(d.resource);
    expect(b.scope).toBe(d.scope);

    expect(sink.logs).toEqual([{
      resource: { serviceName: 'checkout', attributes: ['service.name', 'checkout'], schemaUrl: 'https://opentelemetry.io/schemas/1.26.0', droppedAttributesCount: 0 },
      scope: { name: 'logger', version: '2', attributes: ['sa', '1'], schemaUrl: 'https://s', droppedAttributesCount: 0 },
      timeNs: T + 3n,
      observedTimeNs: T + 3n,
      severityNumber: 17,
      severityText: 'ERROR',
      body: 'payment failed:\n\t"card declined"',
      attributes: ['user.id', '42'],
      droppedAttributesCount: 0,
      flags: 1,
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      eventName: 'payment.failed',
    }]);

    const byType = new Map(sink.points.map((p) => [p.type, p]));
    expect([...byType.keys()].sort()).toEqual(['exponential_histogram', 'gauge', 'histogram', 'sum', 'summary']);
    const base = {
      resource: { serviceName: 'checkout', attributes: ['service.name', 'checkout'], schemaUrl: 'https://r', droppedAttributesCount: 0 },
      scope: { name: 'meter', version: '0.9', attributes: ['ms', 'x'], schemaUrl: 'https://sc', droppedAttributesCount: 2 },
      description: expect.stringContaining('description'),
      unit: 'ms',
      attributes: ['route', '/orders'],
      startTimeNs: T + 4n - 60_000n * MS,
      timeNs: T + 4n,
      flags: 1,
    };
    const ex = [{ filteredAttributes: ['user.id', '7'], timeNs: T - 5n, value: 12.5, spanId: 'b7ad6b7169203331', traceId: '0af7651916cd43dd8448eb211c80319c' }];
    expect(byType.get('gauge')).toEqual({ ...base, type: 'gauge', name: 'queue.depth', value: 3.5, exemplars: ex, temporality: 0, isMonotonic: false });
    expect(byType.get('sum')).toEqual({ ...base, type: 'sum', name: 'requests', value: 120, exemplars: [], temporality: 2, isMonotonic: true });
    const h = byType.get('histogram') as HistogramPoint;
    expect({ ...h, sum: 0 }).toEqual({
      ...base, type: 'histogram', name: 'latency', count: 6, sum: 0, bucketCounts: [1, 2, 3], explicitBounds: [10, 100],
      exemplars: ex, min: 1, max: Infinity, temporality: 1,
    });
    expect(h.sum).toBeNaN();
    expect(byType.get('exponential_histogram')).toEqual({
      ...base, type: 'exponential_histogram', name: 'latency.exp', count: 5, sum: 50, scale: -2, zeroCount: 1,
      positiveOffset: -3, positiveBucketCounts: [1, 2], negativeOffset: 4, negativeBucketCounts: [1], exemplars: [], min: 0, max: 30, temporality: 2,
    });
    expect(byType.get('summary')).toEqual({ ...base, type: 'summary', name: 'gc.pause', count: 9, sum: 4.5, quantiles: [0.5, 0.99], quantileValues: [0.25, 2] });
    expect((byType.get('gauge') as NumberPoint).resource).toBe((byType.get('gauge') as NumberPoint).resource);

    // Counted per table: one of each metric type, three spans, one log; nothing late or doubled.
    expect(t.stats.get('otel_traces')).toMatchObject({ read: 3, delivered: 3, deduplicated: 0, late: 0, invalid: 0 });
    expect(t.stats.get('otel_logs')).toMatchObject({ read: 1, delivered: 1 });
    expect(t.stats.get('otel_metrics_summary')).toMatchObject({ read: 1, delivered: 1 });
    await t.stop();
  });
});

// Row encoding against the real engine: hostile strings (quotes, backslashes, newlines, tabs,
// SQL, braces, NUL, emoji) in every string position come back byte for byte, and numbers
// including NaN/±Inf and nanosecond times survive. Embedded chdb, one data dir for this file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogRecordItem, MetricPoint, Resource, Scope, SpanRecord } from '../../../src/records.ts';
import { openClickHouse, type ClickHouseHandle } from '../../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../../src/store/clickhouse/migrate.ts';
import { clientInsert, ClickHouseWriter } from '../../../src/store/clickhouse/writer.ts';

const NASTY = ['a"b', "c'd", 'e\\f', 'g\nh', 'i\tj\r', 'k,l', '{m}:[n]', "'); DROP TABLE otel.otel_traces; --", 'z\0z', '\\N', 'ü€😀', '$(rm -rf /)', ''];
const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-roundtrip-'));
let ch: ClickHouseHandle;
let writer: ClickHouseWriter;
const now = BigInt(Date.now()) * 1_000_000n + 123_456_789n % 1_000_000n;

beforeAll(async () => {
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: dir, requestTimeoutMs: 60_000 });
  // No TTL: rows timestamped in 1970 or 2001 would otherwise be dropped by retention before they are read.
  await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 0 });
  writer = new ClickHouseWriter(
    clientInsert(ch.client),
    { database: 'otel', maxRows: 10_000, maxDelayMs: 10, minIntervalMs: 0, maxRetries: 0, retryBaseMs: 1, maxQueueRows: 100_000 },
    { queueDepth: () => {}, stored: () => {}, storageError: () => {} },
    async () => true,
  );
});
afterAll(async () => {
  await ch?.close();
  rmSync(dir, { recursive: true, force: true });
});

const q = async <T>(query: string) => (await ch.client.query({ query, format: 'JSONEachRow' })).json<T>();
const pairs = (prefix: string) => NASTY.flatMap((v, i) => [`${prefix}${v}${i}`, v]);
const resource = (svc: string): Resource => ({ attributes: ['service.name', svc, ...pairs('r')], droppedAttributesCount: 0, schemaUrl: 'https://s/"1', serviceName: svc });
const scope: Scope = { name: 'sc"o\'pe', version: 'v\\1', attributes: pairs('s'), droppedAttributesCount: 2, schemaUrl: 'u\n' };

describe('CSV row encoding round-trips through ClickHouse', () => {
  it('spans: every string field, attributes, events, links, nanosecond times', async () => {
    const span: SpanRecord = {
      resource: resource('svc"\'\\'), scope,
      traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', parentSpanId: '00f067aa0ba902b7',
      traceState: 'a=b,"c"', flags: 1, name: NASTY.join('|'), kind: 3, startNs: now, endNs: now + 1_234_567n,
      attributes: pairs('a'), droppedAttributesCount: 0,
      events: [{ timeNs: now + 1n, name: 'ev"\'\n', attributes: pairs('e'), droppedAttributesCount: 0 }], droppedEventsCount: 0,
      links: [{ traceId: '1af7651916cd43dd8448eb211c80319c', spanId: 'c7ad6b7169203331', traceState: 't"s\\', attributes: pairs('l'), droppedAttributesCount: 0, flags: 0 }],
      droppedLinksCount: 0, statusCode: 2, statusMessage: 'bad "thing"\n\ttab',
    };
    await writer.writeSpans([span]);
    const [r] = await q<Record<string, any>>(
      "SELECT *, toString(toUnixTimestamp64Nano(Timestamp)) AS ns, toString(Duration) AS dur, arrayMap(x -> toString(toUnixTimestamp64Nano(x)), `Events.Timestamp`) AS evns FROM otel.otel_traces WHERE SpanId = 'b7ad6b7169203331'",
    );
    expect(r.ServiceName).toBe('svc"\'\\');
    expect(r.SpanName).toBe(span.name);
    expect(r.TraceState).toBe(span.traceState);
    expect(r.StatusMessage).toBe(span.statusMessage);
    expect(r.ScopeName).toBe(scope.name);
    expect(r.ScopeVersion).toBe(scope.version);
    expect(r.ns).toBe(now.toString());
    expect(r.dur).toBe('1234567');
    expect(r.SpanKind).toBe('Client');
    expect(r.StatusCode).toBe('Error');
    expect(r.ParentSpanId).toBe('00f067aa0ba902b7');
    expect(Object.entries(r.SpanAttributes).flat()).toEqual(span.attributes);
    expect(Object.entries(r.ResourceAttributes).flat()).toEqual(span.resource.attributes);
    expect(r['Events.Name']).toEqual(['ev"\'\n']);
    expect(r.evns).toEqual([(now + 1n).toString()]);
    expect(Object.entries(r['Events.Attributes'][0]).flat()).toEqual(pairs('e'));
    expect(r['Links.TraceId']).toEqual(['1af7651916cd43dd8448eb211c80319c']);
    expect(r['Links.TraceState']).toEqual(['t"s\\']);
    expect(Object.entries(r['Links.Attributes'][0]).flat()).toEqual(pairs('l'));
    // The attempted injection is data, not SQL: the table is still there with the row in it.
    expect(await q<{ n: string }>('SELECT toString(count()) AS n FROM otel.otel_traces')).toEqual([{ n: '1' }]);
  });

  it('log records: body, severity, flags, ids, scope and resource', async () => {
    const log: LogRecordItem = {
      resource: resource('logsvc'), scope, timeNs: 0n, observedTimeNs: now, severityNumber: 17, severityText: 'ERROR"',
      body: NASTY.join('\n'), attributes: pairs('x'), droppedAttributesCount: 0, flags: 0x101,
      traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', eventName: 'ev,"1"',
    };
    await writer.writeLogs([log]);
    const [r] = await q<Record<string, any>>("SELECT *, toString(toUnixTimestamp64Nano(Timestamp)) AS ns FROM otel.otel_logs WHERE ServiceName = 'logsvc'");
    expect(r.Body).toBe(log.body);
    expect(r.ns).toBe(now.toString()); // time 0 falls back to the observed time
    expect(r).toMatchObject({ SeverityText: 'ERROR"', SeverityNumber: 17, TraceFlags: 1, TraceId: log.traceId, SpanId: log.spanId, EventName: 'ev,"1"' });
    expect(r).toMatchObject({ ScopeName: scope.name, ScopeVersion: scope.version, ScopeSchemaUrl: 'u\n', ResourceSchemaUrl: 'https://s/"1' });
    expect(Object.entries(r.LogAttributes).flat()).toEqual(pairs('x'));
    expect(Object.entries(r.ScopeAttributes).flat()).toEqual(pairs('s'));
  });

  it('metric points of every type, with NaN and infinities', async () => {
    const base = { resource: resource('msvc'), scope, description: 'd"', unit: 'ms', attributes: pairs('m'), startTimeNs: now - 10n, timeNs: now, flags: 0 };
    const ex = [{ filteredAttributes: ['k"', 'v\n'], timeNs: now, value: 1.5, spanId: 'b7ad6b7169203331', traceId: '0af7651916cd43dd8448eb211c80319c' }];
    const points: MetricPoint[] = [
      { ...base, type: 'gauge', name: 'g', value: Number.NaN, exemplars: ex, temporality: 0, isMonotonic: false },
      { ...base, type: 'sum', name: 's', value: 42, exemplars: [], temporality: 1, isMonotonic: true },
      { ...base, type: 'histogram', name: 'h', count: 6, sum: 12.5, bucketCounts: [1, 2, 3], explicitBounds: [1, 5], exemplars: [], min: 0.1, max: Number.POSITIVE_INFINITY, temporality: 2 },
      { ...base, type: 'exponential_histogram', name: 'e', count: 5, sum: 9, scale: -2, zeroCount: 1, positiveOffset: -3, positiveBucketCounts: [1, 2], negativeOffset: 4, negativeBucketCounts: [1], exemplars: [], min: Number.NEGATIVE_INFINITY, max: 7, temporality: 1 },
      { ...base, type: 'summary', name: 'q', count: 10, sum: 20, quantiles: [0.5, 0.99], quantileValues: [1.5, 9] },
    ];
    await writer.writeMetrics(points);
    const [g] = await q<Record<string, any>>("SELECT toString(Value) AS Value, toString(toUnixTimestamp64Nano(TimeUnix)) AS t, Exemplars.FilteredAttributes AS fa, MetricDescription FROM otel.otel_metrics_gauge WHERE MetricName = 'g'");
    expect(g).toMatchObject({ Value: 'nan', t: now.toString(), fa: [{ 'k"': 'v\n' }], MetricDescription: 'd"' });
    expect(await q("SELECT Value, AggregationTemporality, IsMonotonic FROM otel.otel_metrics_sum WHERE MetricName = 's'")).toEqual([{ Value: 42, AggregationTemporality: 1, IsMonotonic: true }]);
    expect(await q("SELECT toString(Count) AS Count, Sum, arrayMap(x -> toString(x), BucketCounts) AS BucketCounts, ExplicitBounds, Min, toString(Max) AS Max FROM otel.otel_metrics_histogram WHERE MetricName = 'h'")).toEqual([
      { Count: '6', Sum: 12.5, BucketCounts: ['1', '2', '3'], ExplicitBounds: [1, 5], Min: 0.1, Max: 'inf' },
    ]);
    expect(await q("SELECT Scale, toString(ZeroCount) AS ZeroCount, PositiveOffset, arrayMap(x -> toString(x), PositiveBucketCounts) AS PositiveBucketCounts, NegativeOffset, arrayMap(x -> toString(x), NegativeBucketCounts) AS NegativeBucketCounts, toString(Min) AS Min FROM otel.otel_metrics_exponential_histogram WHERE MetricName = 'e'")).toEqual([
      { Scale: -2, ZeroCount: '1', PositiveOffset: -3, PositiveBucketCounts: ['1', '2'], NegativeOffset: 4, NegativeBucketCounts: ['1'], Min: '-inf' },
    ]);
    expect(await q("SELECT ValueAtQuantiles.Quantile AS qs, ValueAtQuantiles.Value AS vs, ScopeDroppedAttrCount FROM otel.otel_metrics_summary WHERE MetricName = 'q'")).toEqual([
      { qs: [0.5, 0.99], vs: [1.5, 9], ScopeDroppedAttrCount: 2 },
    ]);
  });

  it('timestamps anywhere in the uint64 range: epoch, small values, and past DateTime64(9) (clamped)', async () => {
    const mk = (name: string, startNs: bigint, endNs: bigint, eventNs: bigint): SpanRecord => ({
      resource: resource('times'), scope, traceId: '2af7651916cd43dd8448eb211c80319c', spanId: name.padStart(16, '0'), parentSpanId: '',
      traceState: '', flags: 0, name, kind: 1, startNs, endNs, attributes: [], droppedAttributesCount: 0,
      events: [{ timeNs: eventNs, name: 'e', attributes: [], droppedAttributesCount: 0 }], droppedEventsCount: 0,
      links: [], droppedLinksCount: 0, statusCode: 0, statusMessage: '',
    });
    await writer.writeSpans([
      mk('1', 0n, 5n, 0n),
      mk('2', 1_000_000_000n, 1_000_000_007n, 999_999_999_999_999_999n),
      mk('3', 18_446_744_073_709_551_615n, 18_446_744_073_709_551_615n, 1_700_000_000_000_000_001n),
    ]);
    const rows = await q<{ SpanName: string; ns: string; ev: string[] }>(
      "SELECT SpanName, toString(toUnixTimestamp64Nano(Timestamp)) AS ns, arrayMap(x -> toString(toUnixTimestamp64Nano(x)), `Events.Timestamp`) AS ev FROM otel.otel_traces WHERE ServiceName = 'times' ORDER BY SpanName",
    );
    expect(rows).toEqual([
      { SpanName: '1', ns: '0', ev: ['0'] },
      { SpanName: '2', ns: '1000000000', ev: ['999999999999999999'] },
      { SpanName: '3', ns: '9223372036854775807', ev: ['1700000000000000001'] },
    ]);
  });
});


// Whole system on the tables the Collector ClickHouse exporter creates today (DDL fixtures in
// test/fixtures/clickhouse-exporter/, made in the empty engine before Homeostat starts, as a
// Collector would): Homeostat keeps them as they are, writes every signal and metric type into
// them through OTLP (the official SDK exporters; summaries and exemplars hand-built, which the
// JS SDK cannot produce), and its ClickHouse source (source.type: clickhouse) tails every one of
// them back, DateTime metric times included. The Grafana plugin's log and trace-id queries run
// on them. Also: items older than ttl_days are counted in /metrics.
import { ROOT_CONTEXT, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationType, MeterProvider } from '@opentelemetry/sdk-metrics';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricPoint } from '../../src/records.ts';
import { ClickHouseTailer, sourceStreams } from '../../src/source/clickhouse/index.ts';
import { openClickHouse } from '../../src/store/clickhouse/client.ts';
import { createExporterTables } from '../helpers/exporter-layout.ts';
import { pluginLogQueries, pluginTraceIdQuery } from '../helpers/grafana-plugin-queries.ts';
import {
  AggregationTemporalityPreference,
  encodeRequest,
  exportMetrics,
  exportOnce,
  grpcExport,
  hrNs,
  isSuccess,
  logExporter,
  ManualReader,
  metricExporter,
  traceExporter,
} from '../helpers/otel-clients.ts';
import { metricValue, startTestPipeline, type TestPipeline } from '../helpers/pipeline.ts';

let p: TestPipeline;
let layoutBefore: unknown;

const TABLE_LAYOUT = `SELECT name, engine, sorting_key, partition_key FROM system.tables WHERE database = 'otel' AND name LIKE 'otel_%' ORDER BY name`;
const COLUMN_TYPES = `SELECT table, name, type FROM system.columns WHERE database = 'otel' AND table LIKE 'otel_%' AND default_kind != 'ALIAS' ORDER BY table, name`;

beforeAll(async () => {
  p = await startTestPipeline({}, {
    beforeStart: async (dataDir) => {
      // The same data directory Homeostat then opens: chdb keeps one per process.
      const ch = openClickHouse({ url: '', username: '', password: '', dataDir, requestTimeoutMs: 60_000 });
      await createExporterTables(ch.client, 'otel');
      const q = async (query: string) => (await ch.client.query({ query, format: 'JSONEachRow' })).json();
      layoutBefore = { tables: await q(TABLE_LAYOUT), columns: await q(COLUMN_TYPES) };
      await ch.close();
    },
  });
});

afterAll(async () => {
  await p?.stop();
});

const SEC = Math.floor(Date.now() / 1000) - 300;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

async function spans(service: string, startSec: number): Promise<ReadableSpan[]> {
  const memory = new InMemorySpanExporter();
  const provider = new TracerProvider({ resource: resourceFromAttributes({ 'service.name': service }), spanProcessors: [new SimpleSpanProcessor({ exporter: memory })] });
  const tracer = provider.getTracer('exporter-layout');
  const parent = trace.setSpanContext(ROOT_CONTEXT, { traceId: TRACE_ID, spanId: 'a1a2a3a4a5a6a7a8', traceFlags: TraceFlags.SAMPLED, isRemote: true });
  const root = tracer.startSpan('GET /orders', { kind: SpanKind.SERVER, startTime: [startSec, 123_456_789] }, parent);
  const child = tracer.startSpan('SELECT orders', { kind: SpanKind.CLIENT, startTime: [startSec, 200_000_001] }, trace.setSpan(parent, root));
  child.addEvent('retry', { n: 1 }, [startSec, 300_000_002]);
  child.end([startSec + 1, 5]);
  root.end([startSec + 2, 0]);
  await provider.forceFlush();
  const out = memory.getFinishedSpans();
  await provider.shutdown();
  return out;
}

/** A gauge point with an exemplar and a summary point: what the JS SDK cannot make. */
function handBuiltMetrics(service: string, timeNs: bigint): Record<string, unknown> {
  return {
    resourceMetrics: [{
      resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
      scopeMetrics: [{
        scope: { name: 'hand-built' },
        metrics: [
          {
            name: 'hand.gauge',
            gauge: { dataPoints: [{
              timeUnixNano: timeNs.toString(), asDouble: 7.5,
              exemplars: [{ timeUnixNano: (timeNs - 1_500_000_000n).toString(), asDouble: 9, traceId: Buffer.from(TRACE_ID, 'hex'), spanId: Buffer.from('a1a2a3a4a5a6a7a8', 'hex') }],
            }] },
          },
          {
            name: 'hand.summary',
            summary: { dataPoints: [{
              startTimeUnixNano: (timeNs - 60_000_000_000n).toString(), timeUnixNano: timeNs.toString(), count: '12', sum: 34.5,
              quantileValues: [{ quantile: 0.5, value: 1.5 }, { quantile: 0.99, value: 9.25 }],
            }] },
          },
        ],
      }],
    }],
  };
}

describe('on the exporter\'s current tables', () => {
  it('Homeostat keeps them as the Collector made them (otel_logs gains only the TimestampTime alias)', async () => {
    const after = { tables: await p.query(TABLE_LAYOUT), columns: await p.query(COLUMN_TYPES) };
    expect(after).toEqual(layoutBefore);
    expect(await p.query(`SELECT type, default_kind FROM system.columns WHERE database = 'otel' AND table = 'otel_logs' AND name = 'TimestampTime'`))
      .toEqual([{ type: 'DateTime', default_kind: 'ALIAS' }]);
    expect(await p.query(`SELECT type FROM system.columns WHERE database = 'otel' AND table = 'otel_metrics_sum' AND name = 'TimeUnix'`)).toEqual([{ type: 'DateTime' }]);
  });

  it('takes every signal and metric type through OTLP, and the ClickHouse source tails each back', async () => {
    const service = 'exporter-layout';
    const sent = await spans(service, SEC);
    expect(isSuccess(await exportOnce(traceExporter('grpc', p.ports), sent))).toBe(true);

    const logsMemory = new InMemoryLogRecordExporter();
    const loggers = new LoggerProvider({ resource: resourceFromAttributes({ 'service.name': service, 'k8s.namespace.name': 'shop' }), processors: [new SimpleLogRecordProcessor({ exporter: logsMemory })] });
    loggers.getLogger('exporter-layout').emit({ timestamp: [SEC, 987_654_321], severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: 'payment FAILED', attributes: { k: 'v' } });
    await loggers.forceFlush();
    expect(isSuccess(await exportOnce(logExporter('http/protobuf', p.ports), logsMemory.getFinishedLogRecords()))).toBe(true);

    const exporter = metricExporter('http/json', p.ports, AggregationTemporalityPreference.CUMULATIVE);
    const reader = new ManualReader(exporter);
    const meters = new MeterProvider({
      resource: resourceFromAttributes({ 'service.name': service }),
      views: [{ instrumentName: 'sizes', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } }],
      readers: [reader],
    });
    const meter = meters.getMeter('exporter-layout');
    meter.createObservableGauge('temperature').addCallback((r) => r.observe(21.5));
    meter.createCounter('requests').add(3, { route: '/a' });
    meter.createHistogram('latency').record(42);
    meter.createHistogram('sizes').record(3);
    const collected = await reader.collectOnce();
    expect(isSuccess(await exportMetrics(exporter, collected))).toBe(true);
    const handNs = BigInt(SEC) * 1_000_000_000n + 555_000_000n;
    expect((await grpcExport(p.ports.grpc, 'metrics', encodeRequest('metrics', handBuiltMetrics(service, handNs)))).error).toBeNull();

    // Stored in the exporter's tables, times in their own types.
    expect(await p.count('otel_traces', 'ServiceName = {s:String}', { s: service })).toBe(2);
    expect(await p.count('otel_logs', "ServiceName = {s:String} AND `__otel_materialized_k8s.namespace.name` = 'shop'", { s: service })).toBe(1);
    for (const t of ['gauge', 'sum', 'histogram', 'exponential_histogram', 'summary']) {
      expect(await p.count(`otel_metrics_${t}`, 'ServiceName = {s:String}', { s: service }), t).toBeGreaterThan(0);
    }
    expect(await p.query(`SELECT toUnixTimestamp(TimeUnix) AS t, arrayMap(x -> toUnixTimestamp(x), Exemplars.TimeUnix) AS ex FROM otel.otel_metrics_gauge WHERE MetricName = 'hand.gauge'`))
      .toEqual([{ t: SEC, ex: [SEC - 1] }]);

    // Tailed back by the source, from the earliest row.
    const got = { spans: [] as unknown[], logs: [] as unknown[], points: [] as MetricPoint[] };
    const tailer = new ClickHouseTailer(
      p.ch,
      { database: 'otel', streams: sourceStreams({ traces: 'otel_traces', logs: 'otel_logs', metrics: 'otel_metrics' }), pollIntervalMs: 1000, latenessMs: 5000, startFrom: 'earliest' },
      { traces: (s) => got.spans.push(...s), logs: (l) => got.logs.push(...l), metrics: (m) => got.points.push(...m) },
    );
    await tailer.pollOnce();
    await tailer.stop();
    for (const [table, s] of tailer.stats) expect({ table, errors: s.errors, lastError: s.lastError }).toEqual({ table, errors: 0, lastError: undefined });

    const tailedSpans = got.spans as Array<{ name: string; startNs: bigint; traceId: string; events: Array<{ timeNs: bigint }> }>;
    expect(tailedSpans.map((s) => [s.name, s.startNs, s.traceId]).sort()).toEqual(sent.map((s) => [s.name, hrNs(s.startTime), TRACE_ID]).sort());
    expect(tailedSpans.find((s) => s.name === 'SELECT orders')!.events.map((e) => e.timeNs)).toEqual([BigInt(SEC) * 1_000_000_000n + 300_000_002n]);
    expect((got.logs as Array<{ body: string; timeNs: bigint }>).map((l) => [l.body, l.timeNs])).toEqual([['payment FAILED', BigInt(SEC) * 1_000_000_000n + 987_654_321n]]);

    const byName = new Map(got.points.filter((m) => m.resource.serviceName === service).map((m) => [m.name, m]));
    expect([...byName.keys()].sort()).toEqual(['hand.gauge', 'hand.summary', 'latency', 'requests', 'sizes', 'temperature']);
    expect(byName.get('temperature')).toMatchObject({ type: 'gauge', value: 21.5 });
    expect(byName.get('requests')).toMatchObject({ type: 'sum', value: 3, isMonotonic: true, temporality: 2, attributes: ['route', '/a'] });
    expect(byName.get('latency')).toMatchObject({ type: 'histogram', count: 1, sum: 42 });
    expect(byName.get('sizes')).toMatchObject({ type: 'exponential_histogram', count: 1, sum: 3 });
    expect(byName.get('hand.summary')).toMatchObject({ type: 'summary', count: 12, sum: 34.5, quantiles: [0.5, 0.99], quantileValues: [1.5, 9.25] });
    // DateTime columns keep whole seconds.
    const gauge = byName.get('hand.gauge')!;
    expect(gauge).toMatchObject({ type: 'gauge', value: 7.5, timeNs: BigInt(SEC) * 1_000_000_000n });
    expect(gauge.type === 'gauge' && gauge.exemplars.map((e) => [e.timeNs, e.value, e.traceId])).toEqual([[BigInt(SEC - 1) * 1_000_000_000n, 9, TRACE_ID]]);
  });

  it("runs the Grafana plugin's log queries and trace-id lookup", async () => {
    for (const sql of pluginLogQueries('otel')) expect(Array.isArray(await p.query(sql)), sql).toBe(true);
    const rows = await p.query<{ operationName: string }>(pluginTraceIdQuery('otel', TRACE_ID));
    expect(rows.map((r) => r.operationName).sort()).toEqual(['GET /orders', 'SELECT orders']);
    const logs = await p.query<{ body: string }>(pluginLogQueries('otel')[1]);
    expect(logs.map((r) => r.body)).toContain('payment FAILED');
  });

  it('counts items older than ttl_days (30 by default) that were acknowledged anyway', async () => {
    const old = await spans('expired-on-arrival', Math.floor(Date.now() / 1000) - 40 * 86_400);
    expect(isSuccess(await exportOnce(traceExporter('grpc', p.ports), old))).toBe(true);
    expect(metricValue(await p.scrape(), 'homeostat_items_expired_on_arrival_total', { signal: 'traces' })).toBe(2);
    expect(metricValue(await p.scrape(), 'homeostat_items_expired_on_arrival_total', { signal: 'logs' })).toBe(0);
  });
});

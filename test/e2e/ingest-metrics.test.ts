// Whole system, metrics: every metric type the OTel JS SDK produces (gauge, monotonic and
// non-monotonic sums, explicit and exponential histograms), in both temporalities, shipped by
// the official exporters over each transport; plus summaries (which the SDK cannot produce),
// hand-built with protobufjs / OTLP-JSON. Each stored point is compared field by field.
import { ValueType } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AggregationTemporality,
  AggregationType,
  DataPointType,
  MeterProvider,
  type DataPoint,
  type ExponentialHistogram,
  type Histogram,
  type MetricData,
  type ResourceMetrics,
} from '@opentelemetry/sdk-metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AggregationTemporalityPreference,
  decodeResponse,
  encodeRequest,
  exportMetrics,
  flatAttributes,
  grpcExport,
  hrNs,
  httpExport,
  isSuccess,
  JSON_CT,
  ManualReader,
  metricExporter,
  PROTOBUF,
  TRANSPORTS,
  type Transport,
} from '../helpers/otel-clients.ts';
import { startTestPipeline, type TestPipeline } from '../helpers/pipeline.ts';

let p: TestPipeline;

beforeAll(async () => {
  p = await startTestPipeline();
});

afterAll(async () => {
  await p?.stop();
});

/** SDK temporality → the OTLP enum value the Collector stores (DELTA = 1, CUMULATIVE = 2). */
function otlpTemporality(t: AggregationTemporality): number {
  return t === AggregationTemporality.DELTA ? 1 : 2;
}

interface Run {
  service: string;
  /** Every ResourceMetrics exported, in order. */
  exported: ResourceMetrics[];
}

/**
 * Records every instrument type, collects and exports twice (with more measurements in
 * between, so delta and cumulative points differ), asserting each export succeeded.
 */
async function recordAndExport(transport: Transport, preference: AggregationTemporalityPreference, service: string): Promise<Run> {
  const exporter = metricExporter(transport, p.ports, preference);
  const reader = new ManualReader(exporter);
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'service.namespace': 'e2e', 'host.cpus': 2 }),
    views: [
      { instrumentName: 'e2e.latency', aggregation: { type: AggregationType.EXPLICIT_BUCKET_HISTOGRAM, options: { boundaries: [0, 10, 100] } } },
      { instrumentName: 'e2e.sizes', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM, options: { maxSize: 160 } } },
    ],
    readers: [reader],
  });
  const meter = provider.getMeter('e2e-meter', '4.5.6');
  let temperature = 42.5;
  meter
    .createObservableGauge('e2e.temperature', { description: 'core temperature', unit: 'Cel' })
    .addCallback((r) => {
      r.observe(temperature, { core: '0' });
      r.observe(-7, { core: '1' });
    });
  const requests = meter.createCounter('e2e.requests', { description: 'requests served', unit: '{request}', valueType: ValueType.INT });
  const queue = meter.createUpDownCounter('e2e.queue', { description: 'queued jobs' });
  const latency = meter.createHistogram('e2e.latency', { description: 'request latency', unit: 'ms' });
  const sizes = meter.createHistogram('e2e.sizes', { description: 'payload sizes', unit: 'By' });

  requests.add(5, { route: '/a', code: 200 });
  requests.add(3, { route: '/a', code: 200 });
  requests.add(1, { route: '/b', code: 500 });
  queue.add(10);
  queue.add(-4);
  for (const v of [5, 50, 500, 7]) latency.record(v, { route: '/a' });
  for (const v of [0, 1.5, 3, 3, 100, 1000]) sizes.record(v);

  const exported: ResourceMetrics[] = [];
  exported.push(await reader.collectOnce());
  requests.add(2, { route: '/a', code: 200 });
  queue.add(-1);
  latency.record(20, { route: '/a' });
  sizes.record(0.25);
  temperature = 43.25;
  // The second collection must have a later end time than the first.
  await new Promise((r) => setTimeout(r, 5));
  exported.push(await reader.collectOnce());

  for (const rm of exported) {
    const result = await exportMetrics(exporter, rm);
    expect(result.error).toBeUndefined();
    expect(isSuccess(result)).toBe(true);
  }
  await exporter.shutdown();
  await provider.shutdown();
  return { service, exported };
}

const HEAD = `ServiceName, MetricName, MetricDescription, MetricUnit, ResourceAttributes, ScopeName, ScopeVersion, Attributes,
  toString(toUnixTimestamp64Nano(StartTimeUnix)) AS StartNs, toString(toUnixTimestamp64Nano(TimeUnix)) AS TimeNs`;

const TABLE_QUERIES: Record<DataPointType, string> = {
  [DataPointType.GAUGE]: `SELECT ${HEAD}, Value FROM otel.otel_metrics_gauge`,
  [DataPointType.SUM]: `SELECT ${HEAD}, Value, AggregationTemporality, IsMonotonic FROM otel.otel_metrics_sum`,
  [DataPointType.HISTOGRAM]: `SELECT ${HEAD}, toString(Count) AS Count, Sum, arrayMap(x -> toString(x), BucketCounts) AS BucketCounts,
      ExplicitBounds, Min, Max, AggregationTemporality FROM otel.otel_metrics_histogram`,
  [DataPointType.EXPONENTIAL_HISTOGRAM]: `SELECT ${HEAD}, toString(Count) AS Count, Sum, Scale, toString(ZeroCount) AS ZeroCount,
      PositiveOffset, arrayMap(x -> toString(x), PositiveBucketCounts) AS PositiveBucketCounts,
      NegativeOffset, arrayMap(x -> toString(x), NegativeBucketCounts) AS NegativeBucketCounts,
      Min, Max, AggregationTemporality FROM otel.otel_metrics_exponential_histogram`,
};

type Row = Record<string, unknown> & { MetricName: string; Attributes: Record<string, string>; TimeNs: string };

function pointKey(name: string, attrs: Record<string, string>, timeNs: string): string {
  return `${name} ${JSON.stringify(Object.entries(attrs).sort())} @${timeNs}`;
}

/** What the row for one SDK data point must hold, by table. */
function expectedRow(rm: ResourceMetrics, scope: { name: string; version?: string }, m: MetricData, dp: DataPoint<unknown>, service: string): Record<string, unknown> {
  const head = {
    ServiceName: service,
    MetricName: m.descriptor.name,
    MetricDescription: m.descriptor.description,
    MetricUnit: m.descriptor.unit,
    ResourceAttributes: flatAttributes(rm.resource.attributes),
    ScopeName: scope.name,
    ScopeVersion: scope.version ?? '',
    Attributes: flatAttributes(dp.attributes),
    StartNs: hrNs(dp.startTime).toString(),
    TimeNs: hrNs(dp.endTime).toString(),
  };
  switch (m.dataPointType) {
    case DataPointType.GAUGE:
      return { ...head, Value: dp.value };
    case DataPointType.SUM:
      return { ...head, Value: dp.value, AggregationTemporality: otlpTemporality(m.aggregationTemporality), IsMonotonic: m.isMonotonic };
    case DataPointType.HISTOGRAM: {
      const h = dp.value as Histogram;
      return {
        ...head,
        Count: String(h.count),
        Sum: h.sum,
        BucketCounts: h.buckets.counts.map(String),
        ExplicitBounds: h.buckets.boundaries,
        Min: h.min,
        Max: h.max,
        AggregationTemporality: otlpTemporality(m.aggregationTemporality),
      };
    }
    case DataPointType.EXPONENTIAL_HISTOGRAM: {
      const h = dp.value as ExponentialHistogram;
      return {
        ...head,
        Count: String(h.count),
        Sum: h.sum,
        Scale: h.scale,
        ZeroCount: String(h.zeroCount),
        PositiveOffset: h.positive.offset,
        PositiveBucketCounts: h.positive.bucketCounts.map(String),
        NegativeOffset: h.negative.offset,
        NegativeBucketCounts: h.negative.bucketCounts.map(String),
        Min: h.min,
        Max: h.max,
        AggregationTemporality: otlpTemporality(m.aggregationTemporality),
      };
    }
  }
}

async function expectStored(run: Run): Promise<Map<string, Row>> {
  const all = new Map<string, Row>();
  const expected = new Map<string, Record<string, unknown>>();
  for (const rm of run.exported) {
    for (const sm of rm.scopeMetrics) {
      for (const m of sm.metrics) {
        for (const dp of m.dataPoints as DataPoint<unknown>[]) {
          const want = expectedRow(rm, sm.scope, m, dp, run.service);
          expected.set(pointKey(m.descriptor.name, want.Attributes as Record<string, string>, want.TimeNs as string), want);
        }
      }
    }
  }
  for (const sql of Object.values(TABLE_QUERIES)) {
    for (const row of await p.query<Row>(`${sql} WHERE ServiceName = {svc:String}`, { svc: run.service })) {
      const key = pointKey(row.MetricName, row.Attributes, row.TimeNs);
      expect(all.has(key), `duplicate row ${key}`).toBe(false);
      all.set(key, row);
    }
  }
  // Exactly the SDK's points, each in its type's table with every column as sent.
  expect([...all.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, want] of expected) expect(all.get(key), key).toEqual(want);
  return all;
}

function rowsOf(all: Map<string, Row>, name: string): Row[] {
  return [...all.values()].filter((r) => r.MetricName === name).sort((a, b) => (BigInt(a.TimeNs) < BigInt(b.TimeNs) ? -1 : 1));
}

describe('metrics through the official OTLP exporters', () => {
  const cases = TRANSPORTS.flatMap((t) => [
    { transport: t, preference: AggregationTemporalityPreference.CUMULATIVE, label: 'cumulative' },
    { transport: t, preference: AggregationTemporalityPreference.DELTA, label: 'delta' },
  ]);

  it.each(cases)('$transport exporter, $label temporality: gauge, sums, histograms stored as sent', async ({ transport, preference, label }) => {
    const service = `e2e-metrics-${transport.replace('/', '-')}-${label}`;
    const run = await recordAndExport(transport, preference, service);
    const all = await expectStored(run);

    // Literal spot checks, independent of the SDK-derived expectations.
    const delta = label === 'delta';
    const gauge = rowsOf(all, 'e2e.temperature').filter((r) => r.Attributes.core === '0');
    expect(gauge.map((r) => r.Value)).toEqual([42.5, 43.25]);
    expect(gauge[0].MetricUnit).toBe('Cel');
    expect(gauge[0].ScopeName).toBe('e2e-meter');
    expect(gauge[0].ScopeVersion).toBe('4.5.6');

    const counter = rowsOf(all, 'e2e.requests').filter((r) => r.Attributes.route === '/a');
    expect(counter[0].Attributes).toEqual({ route: '/a', code: '200' });
    expect(counter.map((r) => r.Value)).toEqual(delta ? [8, 2] : [8, 10]);
    expect(counter.every((r) => r.IsMonotonic === true)).toBe(true);
    expect(counter.every((r) => r.AggregationTemporality === (delta ? 1 : 2))).toBe(true);

    // Up-down counters stay cumulative even under a delta preference (the SDK's rule).
    const queue = rowsOf(all, 'e2e.queue');
    expect(queue.map((r) => r.Value)).toEqual([6, 5]);
    expect(queue.every((r) => r.IsMonotonic === false && r.AggregationTemporality === 2)).toBe(true);

    const hist = rowsOf(all, 'e2e.latency');
    expect(hist[0]).toMatchObject({ Count: '4', Sum: 562, Min: 5, Max: 500, ExplicitBounds: [0, 10, 100], BucketCounts: ['0', '2', '1', '1'] });
    expect(hist[1]).toMatchObject(delta ? { Count: '1', Sum: 20, Min: 20, Max: 20, BucketCounts: ['0', '0', '1', '0'] } : { Count: '5', Sum: 582, BucketCounts: ['0', '2', '2', '1'] });
    expect(hist[0].AggregationTemporality).toBe(delta ? 1 : 2);

    const exp = rowsOf(all, 'e2e.sizes');
    expect(exp[0]).toMatchObject({ Count: '6', ZeroCount: '1', Sum: 1107.5, Min: 0, Max: 1000 });
    expect((exp[0].PositiveBucketCounts as string[]).reduce((a, b) => a + Number(b), 0)).toBe(5);
    expect(exp[1]).toMatchObject(delta ? { Count: '1', Sum: 0.25 } : { Count: '7', Sum: 1107.75 });
  });
});

describe('summaries (hand-built: the SDK cannot produce them)', () => {
  function summaryRequest(service: string, startNs: bigint, timeNs: bigint): Record<string, unknown> {
    return {
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }, { key: 'pid', value: { intValue: '4242' } }] },
          scopeMetrics: [
            {
              scope: { name: 'legacy-client', version: '0.9' },
              metrics: [
                {
                  name: 'e2e.rpc.duration',
                  description: 'rpc duration quantiles',
                  unit: 's',
                  summary: {
                    dataPoints: [
                      {
                        attributes: [{ key: 'method', value: { stringValue: 'Get' } }, { key: 'ok', value: { boolValue: true } }],
                        startTimeUnixNano: startNs.toString(),
                        timeUnixNano: timeNs.toString(),
                        count: '1234',
                        sum: 567.125,
                        quantileValues: [
                          { quantile: 0, value: 0.001 },
                          { quantile: 0.5, value: 0.25 },
                          { quantile: 0.99, value: 2.5 },
                          { quantile: 1, value: 9.75 },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
  }

  async function expectSummary(service: string, startNs: bigint, timeNs: bigint): Promise<void> {
    const rows = await p.query(
      `SELECT ServiceName, MetricName, MetricDescription, MetricUnit, ResourceAttributes, ScopeName, ScopeVersion, Attributes,
              toString(toUnixTimestamp64Nano(StartTimeUnix)) AS StartNs, toString(toUnixTimestamp64Nano(TimeUnix)) AS TimeNs,
              toString(Count) AS Count, Sum, ValueAtQuantiles.Quantile AS Quantiles, ValueAtQuantiles.Value AS Values
       FROM otel.otel_metrics_summary WHERE ServiceName = {svc:String}`,
      { svc: service },
    );
    expect(rows).toEqual([
      {
        ServiceName: service,
        MetricName: 'e2e.rpc.duration',
        MetricDescription: 'rpc duration quantiles',
        MetricUnit: 's',
        ResourceAttributes: { 'service.name': service, pid: '4242' },
        ScopeName: 'legacy-client',
        ScopeVersion: '0.9',
        Attributes: { method: 'Get', ok: 'true' },
        StartNs: startNs.toString(),
        TimeNs: timeNs.toString(),
        Count: '1234',
        Sum: 567.125,
        Quantiles: [0, 0.5, 0.99, 1],
        Values: [0.001, 0.25, 2.5, 9.75],
      },
    ]);
  }

  // Recent times with every nanosecond digit significant (beyond a double's precision).
  const now = () => BigInt(Date.now() - 30_000) * 1_000_000n + 123_457n;

  it('protobuf over gRPC (raw @grpc/grpc-js call)', async () => {
    const service = 'e2e-summary-grpc';
    const timeNs = now();
    const answer = await grpcExport(p.ports.grpc, 'metrics', encodeRequest('metrics', summaryRequest(service, timeNs - 60_000_000_001n, timeNs)));
    expect(answer.error).toBeNull();
    expect(decodeResponse('metrics', answer.response!).partialSuccess).toBeUndefined();
    await expectSummary(service, timeNs - 60_000_000_001n, timeNs);
  });

  it('protobuf over HTTP', async () => {
    const service = 'e2e-summary-http-protobuf';
    const timeNs = now();
    const res = await httpExport(p.ports.http, 'metrics', encodeRequest('metrics', summaryRequest(service, timeNs - 1n, timeNs)), PROTOBUF);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/x-protobuf');
    expect(decodeResponse('metrics', res.body).partialSuccess).toBeUndefined();
    await expectSummary(service, timeNs - 1n, timeNs);
  });

  it('OTLP/JSON over HTTP', async () => {
    const service = 'e2e-summary-http-json';
    const timeNs = now();
    const res = await httpExport(p.ports.http, 'metrics', JSON.stringify(summaryRequest(service, timeNs - 5n, timeNs)), JSON_CT);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json');
    expect(JSON.parse(res.body.toString())).toEqual({});
    await expectSummary(service, timeNs - 5n, timeNs);
  });
});

describe('times the SDK never sends', () => {
  // DateTime64(9) values go to ClickHouse as CSV text; an unset (0) or tiny time must still be
  // stored exactly, not fail the whole insert or be read as seconds. (At commit 7a741de,
  // encode-csv.ts wrote bare integers: '0' failed the insert with 503 "Cannot read DateTime"
  // and '1000000000' was stored as 1e18 ns.)
  function gauge(service: string, startNs: bigint, timeNs: bigint): Uint8Array {
    return encodeRequest('metrics', {
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
          scopeMetrics: [{ metrics: [{ name: 'e2e.no_start', gauge: { dataPoints: [{ startTimeUnixNano: startNs.toString(), timeUnixNano: timeNs.toString(), asDouble: 1.25 }] } }] }],
        },
      ],
    });
  }

  async function stored(service: string): Promise<{ StartNs: string; TimeNs: string }[]> {
    return p.query(
      `SELECT toString(toUnixTimestamp64Nano(StartTimeUnix)) AS StartNs, toString(toUnixTimestamp64Nano(TimeUnix)) AS TimeNs
       FROM otel.otel_metrics_gauge WHERE ServiceName = {svc:String}`,
      { svc: service },
    );
  }

  it('HTTP protobuf: a start time of 1,000,000,000 ns (one second after the epoch) is stored as sent', async () => {
    const timeNs = BigInt(Date.now()) * 1_000_000n + 19n;
    const res = await httpExport(p.ports.http, 'metrics', gauge('e2e-tiny-start', 1_000_000_000n, timeNs), PROTOBUF);
    expect(res.status, res.body.toString()).toBe(200);
    expect(await stored('e2e-tiny-start')).toEqual([{ StartNs: '1000000000', TimeNs: timeNs.toString() }]);
  });

  it('HTTP protobuf: a gauge point with start_time_unix_nano = 0 (optional for gauges) is stored with StartTimeUnix at the epoch', async () => {
    const timeNs = BigInt(Date.now()) * 1_000_000n + 17n;
    const res = await httpExport(p.ports.http, 'metrics', gauge('e2e-no-start', 0n, timeNs), PROTOBUF);
    expect(res.status, res.body.toString()).toBe(200);
    expect(await stored('e2e-no-start')).toEqual([{ StartNs: '0', TimeNs: timeNs.toString() }]);
  });

  it('HTTP protobuf: a span event and an exemplar with time 0 are stored at the epoch', async () => {
    const t = BigInt(Date.now()) * 1_000_000n + 3n;
    const spanReq = encodeRequest('traces', {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'e2e-zero-event' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: Buffer.alloc(16, 7),
                  spanId: Buffer.alloc(8, 9),
                  name: 'zero-event',
                  startTimeUnixNano: t.toString(),
                  endTimeUnixNano: (t + 5n).toString(),
                  events: [{ name: 'untimed' }, { name: 'timed', timeUnixNano: (t + 1n).toString() }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect((await httpExport(p.ports.http, 'traces', spanReq, PROTOBUF)).status).toBe(200);
    const spans = await p.query<{ times: string[] }>(
      "SELECT arrayMap(x -> toString(toUnixTimestamp64Nano(x)), Events.Timestamp) AS times FROM otel.otel_traces WHERE ServiceName = 'e2e-zero-event'",
    );
    expect(spans).toEqual([{ times: ['0', (t + 1n).toString()] }]);

    const metricReq = encodeRequest('metrics', {
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'e2e-zero-exemplar' } }] },
          scopeMetrics: [
            { metrics: [{ name: 'e2e.ex', gauge: { dataPoints: [{ startTimeUnixNano: (t - 1n).toString(), timeUnixNano: t.toString(), asDouble: 2, exemplars: [{ asDouble: 2 }] }] } }] },
          ],
        },
      ],
    });
    expect((await httpExport(p.ports.http, 'metrics', metricReq, PROTOBUF)).status).toBe(200);
    const points = await p.query<{ times: string[] }>(
      "SELECT arrayMap(x -> toString(toUnixTimestamp64Nano(x)), Exemplars.TimeUnix) AS times FROM otel.otel_metrics_gauge WHERE ServiceName = 'e2e-zero-exemplar'",
    );
    expect(points).toEqual([{ times: ['0'] }]);
  });
});

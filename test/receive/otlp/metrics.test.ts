// Metrics: the SDK + official serializers as oracle for gauges, sums, histograms and
// exponential histograms; protobufjs for what the SDK never sends (summaries, exemplars,
// negative scales, unpacked repeated fields, NO_RECORDED_VALUE, bad exemplar ids).
import { JsonMetricsSerializer, ProtobufMetricsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationType, DataPointType, MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import protobuf from 'protobufjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeMetricsJson, decodeMetricsProto } from '../../../src/receive/otlp/decode-metrics.ts';
import { DEFAULT_DECODE_LIMITS, type Decoded, type MetricPoint } from '../../../src/records.ts';
import { flatAttrs, hrNs } from './expected.ts';
import { jsonText } from './otlp-json.ts';
import { encode, hexBytes, METRICS_REQ } from './proto-root.ts';

class TestReader extends MetricReader {
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

let rm: ResourceMetrics;

beforeAll(async () => {
  const reader = new TestReader();
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': 'inventory' }),
    readers: [reader],
    views: [{ instrumentName: 'latency.exp', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } }],
  });
  const meter = provider.getMeter('meter-a', '1.0.0');
  const counter = meter.createCounter('requests', { description: 'served requests', unit: '{request}' });
  counter.add(3, { route: '/a' });
  counter.add(4, { route: '/b', code: 200 });
  meter.createUpDownCounter('queue.depth').add(-5);
  meter.createGauge('temperature', { unit: 'Cel' }).record(21.5, { room: 'lab' });
  const hist = meter.createHistogram('latency', { unit: 'ms', advice: { explicitBucketBoundaries: [1, 10, 100] } });
  for (const v of [0.5, 5, 50, 500, 7]) hist.record(v);
  const exp = meter.createHistogram('latency.exp', { unit: 's' });
  for (const v of [0.001, 0.2, 3, 3, -1]) exp.record(v);
  meter.createObservableGauge('cpu.util').addCallback((r) => r.observe(0.75, { cpu: 1 }));
  const res = await reader.collect();
  rm = res.resourceMetrics;
});

interface Expected { name: string; type: string; attrs: string[] }

function sdkPoints(): Expected[] {
  const out: Expected[] = [];
  for (const sm of rm.scopeMetrics)
    for (const m of sm.metrics)
      for (const dp of m.dataPoints as { attributes: Record<string, unknown> }[]) {
        const type = m.dataPointType === DataPointType.SUM ? 'sum' : m.dataPointType === DataPointType.GAUGE ? 'gauge' : m.dataPointType === DataPointType.HISTOGRAM ? 'histogram' : 'exponential_histogram';
        out.push({ name: m.descriptor.name, type, attrs: flatAttrs(dp.attributes) });
      }
  return out;
}

function check(d: Decoded<MetricPoint>): void {
  expect(d.rejected).toBe(0);
  expect(sdkPoints().length).toBe(7);
  expect(new Set(sdkPoints().map((p) => p.type))).toEqual(new Set(['sum', 'gauge', 'histogram', 'exponential_histogram']));
  expect(d.items.map((p) => ({ name: p.name, type: p.type, attrs: p.attributes }))).toEqual(sdkPoints());
  for (const sm of rm.scopeMetrics)
    for (const m of sm.metrics) {
      const pts = d.items.filter((p) => p.name === m.descriptor.name);
      m.dataPoints.forEach((dp, i) => {
        const p = pts[i];
        expect(p.description).toBe(m.descriptor.description);
        expect(p.unit).toBe(m.descriptor.unit);
        expect(p.startTimeNs).toBe(hrNs(dp.startTime));
        expect(p.timeNs).toBe(hrNs(dp.endTime));
        expect(p.scope.name).toBe('meter-a');
        expect(p.resource.serviceName).toBe('inventory');
        if (m.dataPointType === DataPointType.SUM && p.type === 'sum') {
          expect(p.value).toBe(dp.value);
          expect(p.isMonotonic).toBe(m.isMonotonic);
          expect(p.temporality).toBe(m.aggregationTemporality + 1);
        } else if (m.dataPointType === DataPointType.GAUGE && p.type === 'gauge') {
          expect(p.value).toBe(dp.value);
        } else if (m.dataPointType === DataPointType.HISTOGRAM && p.type === 'histogram') {
          const h = dp.value as { count: number; sum?: number; min?: number; max?: number; buckets: { boundaries: number[]; counts: number[] } };
          expect(p).toMatchObject({ count: h.count, sum: h.sum, min: h.min, max: h.max, bucketCounts: h.buckets.counts, explicitBounds: h.buckets.boundaries, temporality: m.aggregationTemporality + 1 });
        } else if (m.dataPointType === DataPointType.EXPONENTIAL_HISTOGRAM && p.type === 'exponential_histogram') {
          const e = dp.value as { count: number; sum?: number; scale: number; zeroCount: number; min?: number; max?: number; positive: { offset: number; bucketCounts: number[] }; negative: { offset: number; bucketCounts: number[] } };
          expect(p).toMatchObject({
            count: e.count, sum: e.sum, scale: e.scale, zeroCount: e.zeroCount, min: e.min, max: e.max,
            positiveOffset: e.positive.offset, positiveBucketCounts: e.positive.bucketCounts,
            negativeOffset: e.negative.offset, negativeBucketCounts: e.negative.bucketCounts,
          });
        } else throw new Error(`type mismatch for ${m.descriptor.name}: ${p.type}`);
      });
    }
}

describe('metrics: SDK + official serializers as oracle', () => {
  it('protobuf', () => check(decodeMetricsProto(ProtobufMetricsSerializer.serializeRequest(rm)!, DEFAULT_DECODE_LIMITS)));
  it('JSON', () => check(decodeMetricsJson(new TextDecoder().decode(JsonMetricsSerializer.serializeRequest(rm)!), DEFAULT_DECODE_LIMITS)));
});

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

const request = {
  resourceMetrics: [{
    resource: { attributes: [{ key: 'service.name', value: { stringValue: 'm' } }] },
    scopeMetrics: [{
      scope: { name: 'raw' },
      metrics: [
        {
          name: 'rpc.sum', unit: '1', description: 'd',
          sum: {
            aggregationTemporality: 1, isMonotonic: true,
            dataPoints: [
              { asInt: '-12', timeUnixNano: '10', startTimeUnixNano: '5', attributes: [{ key: 'k', value: { stringValue: 'v' } }],
                exemplars: [{ asDouble: 2.5, timeUnixNano: '9', spanId: hexBytes(SPAN), traceId: hexBytes(TRACE), filteredAttributes: [{ key: 'user', value: { stringValue: 'u1' } }] }, { asInt: '7' }] },
              { asDouble: 1.25, flags: 1 },
              { asDouble: 3, exemplars: [{ asDouble: 1, spanId: hexBytes('0102') }] },
            ],
          },
        },
        { name: 'g', gauge: { dataPoints: [{ asDouble: -0.5 }] } },
        {
          name: 'h', histogram: {
            aggregationTemporality: 2,
            dataPoints: [{ count: '6', sum: 12.5, bucketCounts: ['1', '2', '3'], explicitBounds: [0.5, 5], min: 0.1, max: 9, flags: 0 }, { count: '0' }],
          },
        },
        {
          name: 'e', exponentialHistogram: {
            aggregationTemporality: 1,
            dataPoints: [{ count: '9', sum: 1.5, scale: -3, zeroCount: '2', zeroThreshold: 0.001, positive: { offset: -2, bucketCounts: ['1', '4'] }, negative: { offset: 5, bucketCounts: ['2'] }, min: -4, max: 8 }],
          },
        },
        {
          name: 's', summary: {
            dataPoints: [{ count: '4', sum: 10, quantileValues: [{ quantile: 0.5, value: 2 }, { quantile: 0.99, value: 4.5 }], timeUnixNano: '1700000000000000000' }],
          },
        },
      ],
    }],
  }],
};

describe('metrics: protobufjs-built requests', () => {
  const proto = decodeMetricsProto(encode(METRICS_REQ, request), DEFAULT_DECODE_LIMITS);

  it('decodes sums with exemplars, keeps NO_RECORDED_VALUE points, rejects a bad exemplar id', () => {
    expect(proto.rejected).toBe(1);
    expect(proto.errors).toEqual(["point 2 of metric 'rpc.sum': exemplar 0 span_id is 2 bytes, want 0 or 8"]);
    const sums = proto.items.filter((p) => p.name === 'rpc.sum');
    expect(sums.length).toBe(2);
    expect(sums[0]).toMatchObject({ type: 'sum', value: -12, temporality: 1, isMonotonic: true, unit: '1', description: 'd', startTimeNs: 5n, timeNs: 10n, attributes: ['k', 'v'] });
    if (sums[0].type !== 'sum') throw new Error('type');
    expect(sums[0].exemplars).toEqual([
      { filteredAttributes: ['user', 'u1'], timeNs: 9n, value: 2.5, spanId: SPAN, traceId: TRACE },
      { filteredAttributes: [], timeNs: 0n, value: 7, spanId: '', traceId: '' },
    ]);
    expect(sums[1]).toMatchObject({ value: 1.25, flags: 1 });
  });

  it('decodes gauges, histograms, exponential histograms (negative zigzag scale) and summaries', () => {
    const by = new Map(proto.items.map((p) => [p.name + ':' + (p.type === 'histogram' ? p.count : ''), p]));
    expect(by.get('g:')).toMatchObject({ type: 'gauge', value: -0.5, temporality: 0, isMonotonic: false });
    expect(by.get('h:6')).toMatchObject({ type: 'histogram', count: 6, sum: 12.5, bucketCounts: [1, 2, 3], explicitBounds: [0.5, 5], min: 0.1, max: 9, temporality: 2 });
    expect(by.get('h:0')).toMatchObject({ type: 'histogram', count: 0, sum: 0, bucketCounts: [], explicitBounds: [], min: 0, max: 0 });
    expect(by.get('e:')).toMatchObject({
      type: 'exponential_histogram', count: 9, sum: 1.5, scale: -3, zeroCount: 2, positiveOffset: -2, positiveBucketCounts: [1, 4],
      negativeOffset: 5, negativeBucketCounts: [2], min: -4, max: 8, temporality: 1,
    });
    expect(by.get('s:')).toMatchObject({ type: 'summary', count: 4, sum: 10, quantiles: [0.5, 0.99], quantileValues: [2, 4.5], timeNs: 1700000000000000000n });
  });

  it('reads unpacked repeated bucket counts and bounds like packed ones', () => {
    const root = new protobuf.Root();
    // Same field numbers and types as proto/, declared without packing.
    root.add(new protobuf.Type('H')
      .add(new protobuf.Field('count', 4, 'fixed64'))
      .add(new protobuf.Field('bucketCounts', 6, 'fixed64', 'repeated', undefined, { packed: false }))
      .add(new protobuf.Field('explicitBounds', 7, 'double', 'repeated', undefined, { packed: false })));
    root.add(new protobuf.Type('B').add(new protobuf.Field('offset', 1, 'sint32')).add(new protobuf.Field('bucketCounts', 2, 'uint64', 'repeated', undefined, { packed: false })));
    const H = root.lookupType('H');
    const B = root.lookupType('B');
    const hBytes = H.encode(H.fromObject({ count: 3, bucketCounts: [1, 2], explicitBounds: [2.5] })).finish();
    const bBytes = B.encode(B.fromObject({ offset: -1, bucketCounts: [3, 300] })).finish();
    // Wrap by hand: ExportMetricsServiceRequest{1: ResourceMetrics{2: ScopeMetrics{2: Metric{1: name, 9: Histogram{1: dp}}}}}, and likewise for an exp histogram with Buckets at field 8.
    const ld = (field: number, body: Uint8Array): Buffer => Buffer.concat([Buffer.from([(field << 3) | 2]), varint(body.length), body]);
    const hist = ld(1, ld(2, ld(2, Buffer.concat([ld(1, Buffer.from('u')), ld(9, ld(1, hBytes))]))));
    const expo = ld(1, ld(2, ld(2, Buffer.concat([ld(1, Buffer.from('x')), ld(10, ld(1, ld(8, bBytes)))]))));
    expect(hBytes.includes(0x31)).toBe(true); // tag 6 / wire 1: really unpacked
    const d = decodeMetricsProto(Buffer.concat([hist, expo]), DEFAULT_DECODE_LIMITS);
    expect(d.items[0]).toMatchObject({ name: 'u', count: 3, bucketCounts: [1, 2], explicitBounds: [2.5] });
    expect(d.items[1]).toMatchObject({ name: 'x', positiveOffset: -1, positiveBucketCounts: [3, 300] });
  });

  it('the JSON decoder agrees', () => {
    const json = decodeMetricsJson(jsonText(request), DEFAULT_DECODE_LIMITS);
    expect(json.items).toEqual(proto.items);
    expect(json.rejected).toBe(1);
  });
});

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

// ExportMetricsServiceRequest (protobuf) → MetricPoint[], one record per data point with the
// metric's name, description and unit copied on. A point carrying an exemplar with an id of
// the wrong length is rejected alone. Points flagged NO_RECORDED_VALUE are kept (flags stored).
// The OTLP/JSON decoder lives in decode-metrics-json.ts and is re-exported here.
import type { Decoded, DecodeLimits, Exemplar, MetricPoint, Resource, Scope } from '../../records.ts';
import { readAttribute } from './attributes.ts';
import { DecodeState } from './decode-state.ts';
import {
  newExpHistogramPoint,
  newHistogramPoint,
  newNumberPoint,
  newSummaryPoint,
  pointReason,
  stampMetric,
  stampTemporality,
} from './metric-points.ts';
import { ProtoReader } from './proto-reader.ts';
import { newResource, newScope, readResource, readScope } from './resource-scope.ts';

export { decodeMetricsJson } from './decode-metrics-json.ts';

const PKG = 'opentelemetry.proto.metrics.v1.';
const REQUEST = 'opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest';
const RESOURCE_METRICS = PKG + 'ResourceMetrics';
const SCOPE_METRICS = PKG + 'ScopeMetrics';
const METRIC = PKG + 'Metric';
const GAUGE = PKG + 'Gauge';
const SUM = PKG + 'Sum';
const HISTOGRAM = PKG + 'Histogram';
const EXP_HISTOGRAM = PKG + 'ExponentialHistogram';
const SUMMARY = PKG + 'Summary';
const NUMBER_DP = PKG + 'NumberDataPoint';
const HISTOGRAM_DP = PKG + 'HistogramDataPoint';
const EXP_HISTOGRAM_DP = PKG + 'ExponentialHistogramDataPoint';
const BUCKETS = PKG + 'ExponentialHistogramDataPoint.Buckets';
const SUMMARY_DP = PKG + 'SummaryDataPoint';
const QUANTILE = PKG + 'SummaryDataPoint.ValueAtQuantile';
const EXEMPLAR = PKG + 'Exemplar';

const bits = (...fields: number[]): number => fields.reduce((m, f) => m | (1 << f), 0);
const REQUEST_KNOWN = bits(1);
const CONTAINER_KNOWN = bits(1, 2, 3);
const METRIC_KNOWN = bits(1, 2, 3, 5, 7, 9, 10, 11, 12);
const GAUGE_KNOWN = bits(1);
const SUM_KNOWN = bits(1, 2, 3);
const HISTOGRAM_KNOWN = bits(1, 2);
const SUMMARY_KNOWN = bits(1);
const NUMBER_DP_KNOWN = bits(2, 3, 4, 5, 6, 7, 8);
const HISTOGRAM_DP_KNOWN = bits(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
const EXP_HISTOGRAM_DP_KNOWN = bits(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
const BUCKETS_KNOWN = bits(1, 2);
const SUMMARY_DP_KNOWN = bits(2, 3, 4, 5, 6, 7, 8);
const QUANTILE_KNOWN = bits(1, 2);
const EXEMPLAR_KNOWN = bits(2, 3, 4, 5, 6, 7);

// Tags are literals (field * 8 + wire type, annotated) so each switch compiles to a jump table.

type St = DecodeState<MetricPoint>;

export function decodeMetricsProto(buf: Uint8Array, limits: DecodeLimits): Decoded<MetricPoint> {
  const r = new ProtoReader(buf);
  const st = new DecodeState<MetricPoint>(limits);
  const end = r.length;
  r.msg = REQUEST;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 10 /* 1:LEN */) readResourceMetrics(r, r.lenEnd(end), st);
    else r.skip(t, end, REQUEST_KNOWN);
  }
  return st.finish(r.repairedStrings);
}

function readResourceMetrics(r: ProtoReader, end: number, st: St): void {
  const outer = r.msg;
  r.msg = RESOURCE_METRICS;
  const res = newResource();
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 18 /* 2:LEN */) readScopeMetrics(r, r.lenEnd(end), st, res);
    else if (t === 10 /* 1:LEN */) readResource(r, r.lenEnd(end), st, res);
    else if (t === 26 /* 3:LEN */) res.schemaUrl = r.string(end);
    else r.skip(t, end, CONTAINER_KNOWN);
  }
  r.msg = outer;
}

function readScopeMetrics(r: ProtoReader, end: number, st: St, res: Resource): void {
  const outer = r.msg;
  r.msg = SCOPE_METRICS;
  const scope = newScope();
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 18 /* 2:LEN */) readMetric(r, r.lenEnd(end), st, res, scope);
    else if (t === 10 /* 1:LEN */) readScope(r, r.lenEnd(end), st, scope);
    else if (t === 26 /* 3:LEN */) scope.schemaUrl = r.string(end);
    else r.skip(t, end, CONTAINER_KNOWN);
  }
  r.msg = outer;
}

function readMetric(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope): void {
  const outer = r.msg;
  r.msg = METRIC;
  const from = st.items.length;
  let name = '';
  let description = '';
  let unit = '';
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 10 /* 1:LEN */:
        name = st.capName(r.string(end));
        break;
      case 18 /* 2:LEN */:
        description = r.string(end);
        break;
      case 26 /* 3:LEN */:
        unit = r.string(end);
        break;
      case 42 /* 5:LEN gauge */:
        readNumberData(r, r.lenEnd(end), st, res, scope, name, false);
        break;
      case 58 /* 7:LEN sum */:
        readNumberData(r, r.lenEnd(end), st, res, scope, name, true);
        break;
      case 74 /* 9:LEN histogram */:
        readHistogramData(r, r.lenEnd(end), st, res, scope, name, false);
        break;
      case 82 /* 10:LEN exponential_histogram */:
        readHistogramData(r, r.lenEnd(end), st, res, scope, name, true);
        break;
      case 90 /* 11:LEN summary */:
        readSummaryData(r, r.lenEnd(end), st, res, scope);
        break;
      default:
        // metadata (12) is not stored; skip() also checks its wire type.
        r.skip(t, end, METRIC_KNOWN);
    }
  }
  stampMetric(st.items, from, name, description, unit);
  r.msg = outer;
}

/** Gauge or Sum: data points, then (for Sum) temporality and monotonicity. */
function readNumberData(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope, metric: string, isSum: boolean): void {
  r.msg = isSum ? SUM : GAUGE;
  const from = st.items.length;
  let temporality = 0;
  let monotonic = false;
  let index = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 10 /* 1:LEN */) {
      readNumberPoint(r, r.lenEnd(end), st, res, scope, metric, index++, isSum);
      r.msg = isSum ? SUM : GAUGE;
    } else if (isSum && t === 16 /* 2:VARINT */) temporality = r.int32(end);
    else if (isSum && t === 24 /* 3:VARINT */) monotonic = r.bool(end);
    else r.skip(t, end, isSum ? SUM_KNOWN : GAUGE_KNOWN);
  }
  if (isSum) stampTemporality(st.items, from, temporality, monotonic);
  r.msg = METRIC;
}

function readNumberPoint(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope, metric: string, index: number, isSum: boolean): void {
  r.msg = NUMBER_DP;
  const p = newNumberPoint(res, scope, isSum ? 'sum' : 'gauge');
  let bad = '';
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 58 /* 7:LEN */:
        readAttribute(r, end, st, p.attributes);
        break;
      case 17 /* 2:I64 */:
        p.startTimeNs = r.fixed64Big(end);
        break;
      case 25 /* 3:I64 */:
        p.timeNs = r.fixed64Big(end);
        break;
      case 33 /* 4:I64 as_double */:
        p.value = r.double(end);
        break;
      case 49 /* 6:I64 as_int */:
        p.value = r.sfixed64Number(end);
        break;
      case 42 /* 5:LEN */:
        bad = addExemplar(r, r.lenEnd(end), st, p.exemplars, bad);
        r.msg = NUMBER_DP;
        break;
      case 64 /* 8:VARINT */:
        p.flags = r.uint32(end);
        break;
      default:
        r.skip(t, end, NUMBER_DP_KNOWN);
    }
  }
  if (bad !== '') st.reject(pointReason(index, metric, bad));
  else st.items.push(p);
}

/** Histogram or ExponentialHistogram: data points, then temporality. */
function readHistogramData(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope, metric: string, exponential: boolean): void {
  const self = exponential ? EXP_HISTOGRAM : HISTOGRAM;
  r.msg = self;
  const from = st.items.length;
  let temporality = 0;
  let index = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 10 /* 1:LEN */) {
      if (exponential) readExpHistogramPoint(r, r.lenEnd(end), st, res, scope, metric, index++);
      else readHistogramPoint(r, r.lenEnd(end), st, res, scope, metric, index++);
      r.msg = self;
    } else if (t === 16 /* 2:VARINT */) temporality = r.int32(end);
    else r.skip(t, end, HISTOGRAM_KNOWN);
  }
  stampTemporality(st.items, from, temporality, false);
  r.msg = METRIC;
}

function readHistogramPoint(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope, metric: string, index: number): void {
  r.msg = HISTOGRAM_DP;
  const p = newHistogramPoint(res, scope);
  let bad = '';
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 74 /* 9:LEN */:
        readAttribute(r, end, st, p.attributes);
        break;
      case 17 /* 2:I64 */:
        p.startTimeNs = r.fixed64Big(end);
        break;
      case 25 /* 3:I64 */:
        p.timeNs = r.fixed64Big(end);
        break;
      case 33 /* 4:I64 */:
        p.count = r.fixed64Number(end);
        break;
      case 41 /* 5:I64 */:
        p.sum = r.double(end);
        break;
      case 50 /* 6:LEN packed */:
        r.packedFixed64(end, p.bucketCounts);
        break;
      case 49 /* 6:I64 unpacked */:
        p.bucketCounts.push(r.fixed64Number(end));
        break;
      case 58 /* 7:LEN packed */:
        r.packedDouble(end, p.explicitBounds);
        break;
      case 57 /* 7:I64 unpacked */:
        p.explicitBounds.push(r.double(end));
        break;
      case 66 /* 8:LEN */:
        bad = addExemplar(r, r.lenEnd(end), st, p.exemplars, bad);
        r.msg = HISTOGRAM_DP;
        break;
      case 80 /* 10:VARINT */:
        p.flags = r.uint32(end);
        break;
      case 89 /* 11:I64 */:
        p.min = r.double(end);
        break;
      case 97 /* 12:I64 */:
        p.max = r.double(end);
        break;
      default:
        r.skip(t, end, HISTOGRAM_DP_KNOWN);
    }
  }
  if (bad !== '') st.reject(pointReason(index, metric, bad));
  else st.items.push(p);
}

function readExpHistogramPoint(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope, metric: string, index: number): void {
  r.msg = EXP_HISTOGRAM_DP;
  const p = newExpHistogramPoint(res, scope);
  let bad = '';
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 10 /* 1:LEN */:
        readAttribute(r, end, st, p.attributes);
        break;
      case 17 /* 2:I64 */:
        p.startTimeNs = r.fixed64Big(end);
        break;
      case 25 /* 3:I64 */:
        p.timeNs = r.fixed64Big(end);
        break;
      case 33 /* 4:I64 */:
        p.count = r.fixed64Number(end);
        break;
      case 41 /* 5:I64 */:
        p.sum = r.double(end);
        break;
      case 48 /* 6:VARINT sint32 */:
        p.scale = r.sint32(end);
        break;
      case 57 /* 7:I64 */:
        p.zeroCount = r.fixed64Number(end);
        break;
      case 66 /* 8:LEN positive */:
        p.positiveOffset = readBuckets(r, r.lenEnd(end), p.positiveBucketCounts);
        break;
      case 74 /* 9:LEN negative */:
        p.negativeOffset = readBuckets(r, r.lenEnd(end), p.negativeBucketCounts);
        break;
      case 80 /* 10:VARINT */:
        p.flags = r.uint32(end);
        break;
      case 90 /* 11:LEN */:
        bad = addExemplar(r, r.lenEnd(end), st, p.exemplars, bad);
        r.msg = EXP_HISTOGRAM_DP;
        break;
      case 97 /* 12:I64 */:
        p.min = r.double(end);
        break;
      case 105 /* 13:I64 */:
        p.max = r.double(end);
        break;
      case 113 /* 14:I64 zero_threshold, not stored */:
        r.double(end);
        break;
      default:
        r.skip(t, end, EXP_HISTOGRAM_DP_KNOWN);
    }
  }
  if (bad !== '') st.reject(pointReason(index, metric, bad));
  else st.items.push(p);
}

/** Reads Buckets into `counts`; returns the offset. */
function readBuckets(r: ProtoReader, end: number, counts: number[]): number {
  r.msg = BUCKETS;
  let offset = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 8 /* 1:VARINT sint32 */) offset = r.sint32(end);
    else if (t === 18 /* 2:LEN packed */) r.packedUint64(end, counts);
    else if (t === 16 /* 2:VARINT unpacked */) counts.push(r.uint64Number(end));
    else r.skip(t, end, BUCKETS_KNOWN);
  }
  r.msg = EXP_HISTOGRAM_DP;
  return offset;
}

function readSummaryData(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope): void {
  r.msg = SUMMARY;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 10 /* 1:LEN */) {
      readSummaryPoint(r, r.lenEnd(end), st, res, scope);
      r.msg = SUMMARY;
    } else r.skip(t, end, SUMMARY_KNOWN);
  }
  r.msg = METRIC;
}

function readSummaryPoint(r: ProtoReader, end: number, st: St, res: Resource, scope: Scope): void {
  r.msg = SUMMARY_DP;
  const p = newSummaryPoint(res, scope);
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 58 /* 7:LEN */:
        readAttribute(r, end, st, p.attributes);
        break;
      case 17 /* 2:I64 */:
        p.startTimeNs = r.fixed64Big(end);
        break;
      case 25 /* 3:I64 */:
        p.timeNs = r.fixed64Big(end);
        break;
      case 33 /* 4:I64 */:
        p.count = r.fixed64Number(end);
        break;
      case 41 /* 5:I64 */:
        p.sum = r.double(end);
        break;
      case 50 /* 6:LEN */:
        readQuantile(r, r.lenEnd(end), p.quantiles, p.quantileValues);
        break;
      case 64 /* 8:VARINT */:
        p.flags = r.uint32(end);
        break;
      default:
        r.skip(t, end, SUMMARY_DP_KNOWN);
    }
  }
  // Summaries carry no ids, so nothing in one can be rejected.
  st.items.push(p);
}

function readQuantile(r: ProtoReader, end: number, quantiles: number[], values: number[]): void {
  r.msg = QUANTILE;
  let q = 0;
  let v = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 9 /* 1:I64 */) q = r.double(end);
    else if (t === 17 /* 2:I64 */) v = r.double(end);
    else r.skip(t, end, QUANTILE_KNOWN);
  }
  quantiles.push(q);
  values.push(v);
  r.msg = SUMMARY_DP;
}

/**
 * Reads an Exemplar into `out`; returns the point's rejection reason so far (the first bad
 * exemplar's, or `bad` unchanged).
 */
function addExemplar(r: ProtoReader, end: number, st: St, out: Exemplar[], bad: string): string {
  r.msg = EXEMPLAR;
  const e: Exemplar = { filteredAttributes: [], timeNs: 0n, value: 0, spanId: '', traceId: '' };
  let spanLen = 0;
  let traceLen = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 58 /* 7:LEN */:
        readAttribute(r, end, st, e.filteredAttributes);
        break;
      case 17 /* 2:I64 */:
        e.timeNs = r.fixed64Big(end);
        break;
      case 25 /* 3:I64 as_double */:
        e.value = r.double(end);
        break;
      case 49 /* 6:I64 as_int */:
        e.value = r.sfixed64Number(end);
        break;
      case 34 /* 4:LEN */:
        spanLen = r.bytesLen(end);
        e.spanId = spanLen === 8 ? r.hex(r.pos - 8, r.pos) : '';
        break;
      case 42 /* 5:LEN */:
        traceLen = r.bytesLen(end);
        e.traceId = traceLen === 16 ? r.hex(r.pos - 16, r.pos) : '';
        break;
      default:
        r.skip(t, end, EXEMPLAR_KNOWN);
    }
  }
  if (bad !== '') return bad;
  if (spanLen !== 0 && spanLen !== 8) return `exemplar ${out.length} span_id is ${spanLen} bytes, want 0 or 8`;
  if (traceLen !== 0 && traceLen !== 16) return `exemplar ${out.length} trace_id is ${traceLen} bytes, want 0 or 16`;
  out.push(e);
  return '';
}

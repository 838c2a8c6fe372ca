// ExportMetricsServiceRequest in OTLP/JSON → MetricPoint[], with the same rules as the
// protobuf decoder (one record per point, exemplar ids checked, absent sum/min/max = 0).
import type { Decoded, DecodeLimits, Exemplar, MetricPoint, Resource, Scope } from '../../records.ts';
import { jsonAttributes } from './attributes.ts';
import { walkJson, type JsonEnvelope, type JsonObj } from './decode-json-common.ts';
import { DecodeState } from './decode-state.ts';
import {
  BAD_ID,
  describeJsonId,
  jsonArray,
  jsonBoolean,
  jsonCount,
  jsonEnum,
  jsonId,
  jsonNanos,
  jsonNumber,
  jsonInt64Number,
  jsonObject,
  jsonString,
  jsonU32,
} from './json-fields.ts';
import {
  newExpHistogramPoint,
  newHistogramPoint,
  newNumberPoint,
  newSummaryPoint,
  pointReason,
  stampMetric,
  stampTemporality,
} from './metric-points.ts';

type St = DecodeState<MetricPoint>;

const ENVELOPE: JsonEnvelope = {
  resources: 'resourceMetrics',
  resourcesSnake: 'resource_metrics',
  scopes: 'scopeMetrics',
  scopesSnake: 'scope_metrics',
  items: 'metrics',
  itemsSnake: 'metrics',
};

const TEMPORALITY_NAMES = ['AGGREGATION_TEMPORALITY_UNSPECIFIED', 'AGGREGATION_TEMPORALITY_DELTA', 'AGGREGATION_TEMPORALITY_CUMULATIVE'];

export function decodeMetricsJson(text: string, limits: DecodeLimits): Decoded<MetricPoint> {
  const st = new DecodeState<MetricPoint>(limits);
  walkJson(text, st, ENVELOPE, jsonMetric);
  return st.finish(0);
}

function jsonMetric(o: JsonObj, st: St, res: Resource, scope: Scope): void {
  const from = st.items.length;
  const name = st.capName(jsonString(o.name, st, 'name'));
  const description = jsonString(o.description, st, 'description');
  const unit = jsonString(o.unit, st, 'unit');
  let x: unknown;
  if ((x = o.gauge) !== undefined && x !== null) jsonNumberData(jsonObject(x, st, 'gauge'), st, res, scope, name, 'gauge');
  else if ((x = o.sum) !== undefined && x !== null) jsonNumberData(jsonObject(x, st, 'sum'), st, res, scope, name, 'sum');
  else if ((x = o.histogram) !== undefined && x !== null) jsonHistogramData(jsonObject(x, st, 'histogram'), st, res, scope, name, 'histogram');
  else if ((x = o.exponentialHistogram ?? o.exponential_histogram) !== undefined && x !== null)
    jsonHistogramData(jsonObject(x, st, 'exponentialHistogram'), st, res, scope, name, 'exponentialHistogram');
  else if ((x = o.summary) !== undefined && x !== null) jsonSummaryData(jsonObject(x, st, 'summary'), st, res, scope);
  stampMetric(st.items, from, name, description, unit);
}

function dataPoints(o: JsonObj, st: St): unknown[] {
  return jsonArray(o.dataPoints ?? o.data_points, st, 'dataPoints');
}

function jsonNumberData(o: JsonObj, st: St, res: Resource, scope: Scope, metric: string, kind: 'gauge' | 'sum'): void {
  const from = st.items.length;
  st.path.push(kind);
  const points = dataPoints(o, st);
  st.path.push('dataPoints');
  for (let i = 0; i < points.length; i++) {
    const po = jsonObject(points[i], st, i);
    st.path.push(i);
    const p = newNumberPoint(res, scope, kind);
    jsonPointBase(po, st, p);
    const asInt = po.asInt ?? po.as_int;
    if (asInt !== undefined && asInt !== null) p.value = jsonInt64Number(asInt, st, 'asInt');
    else p.value = jsonNumber(po.asDouble ?? po.as_double, st, 'asDouble');
    const bad = jsonExemplars(po.exemplars, st, p.exemplars);
    st.path.pop();
    if (bad !== '') st.reject(pointReason(i, metric, bad));
    else st.items.push(p);
  }
  st.path.pop();
  if (kind === 'sum') {
    const temporality = jsonEnum(o.aggregationTemporality ?? o.aggregation_temporality, st, 'aggregationTemporality', TEMPORALITY_NAMES);
    stampTemporality(st.items, from, temporality, jsonBoolean(o.isMonotonic ?? o.is_monotonic, st, 'isMonotonic'));
  }
  st.path.pop();
}

function jsonHistogramData(o: JsonObj, st: St, res: Resource, scope: Scope, metric: string, kind: 'histogram' | 'exponentialHistogram'): void {
  const from = st.items.length;
  st.path.push(kind);
  const points = dataPoints(o, st);
  st.path.push('dataPoints');
  for (let i = 0; i < points.length; i++) {
    const po = jsonObject(points[i], st, i);
    st.path.push(i);
    let bad: string;
    let p: MetricPoint;
    if (kind === 'histogram') {
      const h = newHistogramPoint(res, scope);
      jsonPointBase(po, st, h);
      h.count = jsonCount(po.count, st, 'count');
      h.sum = jsonNumber(po.sum, st, 'sum');
      jsonCounts(po.bucketCounts ?? po.bucket_counts, st, 'bucketCounts', h.bucketCounts);
      jsonDoubles(po.explicitBounds ?? po.explicit_bounds, st, 'explicitBounds', h.explicitBounds);
      h.min = jsonNumber(po.min, st, 'min');
      h.max = jsonNumber(po.max, st, 'max');
      bad = jsonExemplars(po.exemplars, st, h.exemplars);
      p = h;
    } else {
      const e = newExpHistogramPoint(res, scope);
      jsonPointBase(po, st, e);
      e.count = jsonCount(po.count, st, 'count');
      e.sum = jsonNumber(po.sum, st, 'sum');
      e.scale = jsonU32(po.scale, st, 'scale');
      e.zeroCount = jsonCount(po.zeroCount ?? po.zero_count, st, 'zeroCount');
      e.positiveOffset = jsonBuckets(po.positive, st, 'positive', e.positiveBucketCounts);
      e.negativeOffset = jsonBuckets(po.negative, st, 'negative', e.negativeBucketCounts);
      e.min = jsonNumber(po.min, st, 'min');
      e.max = jsonNumber(po.max, st, 'max');
      bad = jsonExemplars(po.exemplars, st, e.exemplars);
      p = e;
    }
    st.path.pop();
    if (bad !== '') st.reject(pointReason(i, metric, bad));
    else st.items.push(p);
  }
  st.path.pop();
  const temporality = jsonEnum(o.aggregationTemporality ?? o.aggregation_temporality, st, 'aggregationTemporality', TEMPORALITY_NAMES);
  stampTemporality(st.items, from, temporality, false);
  st.path.pop();
}

function jsonSummaryData(o: JsonObj, st: St, res: Resource, scope: Scope): void {
  st.path.push('summary');
  const points = dataPoints(o, st);
  st.path.push('dataPoints');
  for (let i = 0; i < points.length; i++) {
    const po = jsonObject(points[i], st, i);
    st.path.push(i);
    const p = newSummaryPoint(res, scope);
    jsonPointBase(po, st, p);
    p.count = jsonCount(po.count, st, 'count');
    p.sum = jsonNumber(po.sum, st, 'sum');
    const qs = jsonArray(po.quantileValues ?? po.quantile_values, st, 'quantileValues');
    st.path.push('quantileValues');
    for (let k = 0; k < qs.length; k++) {
      const q = jsonObject(qs[k], st, k);
      p.quantiles.push(jsonNumber(q.quantile, st, k));
      p.quantileValues.push(jsonNumber(q.value, st, k));
    }
    st.path.pop();
    st.path.pop();
    st.items.push(p);
  }
  st.path.pop();
  st.path.pop();
}

function jsonPointBase(po: JsonObj, st: St, p: MetricPoint): void {
  jsonAttributes(po.attributes, st, 'attributes', p.attributes);
  p.startTimeNs = jsonNanos(po.startTimeUnixNano ?? po.start_time_unix_nano, st, 'startTimeUnixNano');
  p.timeNs = jsonNanos(po.timeUnixNano ?? po.time_unix_nano, st, 'timeUnixNano');
  p.flags = jsonU32(po.flags, st, 'flags');
}

function jsonCounts(v: unknown, st: St, leaf: string, out: number[]): void {
  const a = jsonArray(v, st, leaf);
  for (let i = 0; i < a.length; i++) out.push(jsonCount(a[i], st, leaf));
}

function jsonDoubles(v: unknown, st: St, leaf: string, out: number[]): void {
  const a = jsonArray(v, st, leaf);
  for (let i = 0; i < a.length; i++) out.push(jsonNumber(a[i], st, leaf));
}

function jsonBuckets(v: unknown, st: St, leaf: string, out: number[]): number {
  if (v === undefined || v === null) return 0;
  const o = jsonObject(v, st, leaf);
  st.path.push(leaf);
  const offset = jsonU32(o.offset, st, 'offset');
  jsonCounts(o.bucketCounts ?? o.bucket_counts, st, 'bucketCounts', out);
  st.path.pop();
  return offset;
}

/** Reads exemplars into `out`; returns the first bad exemplar's description or ''. */
function jsonExemplars(v: unknown, st: St, out: Exemplar[]): string {
  const a = jsonArray(v, st, 'exemplars');
  if (a.length === 0) return '';
  let bad = '';
  st.path.push('exemplars');
  for (let i = 0; i < a.length; i++) {
    const o = jsonObject(a[i], st, i);
    st.path.push(i);
    const e: Exemplar = { filteredAttributes: [], timeNs: 0n, value: 0, spanId: '', traceId: '' };
    jsonAttributes(o.filteredAttributes ?? o.filtered_attributes, st, 'filteredAttributes', e.filteredAttributes);
    e.timeNs = jsonNanos(o.timeUnixNano ?? o.time_unix_nano, st, 'timeUnixNano');
    const asInt = o.asInt ?? o.as_int;
    e.value = asInt !== undefined && asInt !== null ? jsonInt64Number(asInt, st, 'asInt') : jsonNumber(o.asDouble ?? o.as_double, st, 'asDouble');
    const spanRaw = o.spanId ?? o.span_id;
    const traceRaw = o.traceId ?? o.trace_id;
    e.spanId = jsonId(spanRaw, 8);
    e.traceId = jsonId(traceRaw, 16);
    st.path.pop();
    if (bad !== '') continue;
    if (e.spanId === BAD_ID) bad = `exemplar ${i} spanId ${describeJsonId(spanRaw, 8)}`;
    else if (e.traceId === BAD_ID) bad = `exemplar ${i} traceId ${describeJsonId(traceRaw, 16)}`;
    else out.push(e);
  }
  st.path.pop();
  return bad;
}

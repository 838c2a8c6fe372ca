import type { Exemplar, MetricPoint } from '../../records.ts';
import type { SharedObjects } from './shared.ts';
import { big, flat, hexId, nanos, nanosEach, num, nums, str, strs, type Row } from './sql.ts';
import type { StreamSpec } from './stream.ts';

// The exporter's five metric tables, one per point type, named <prefix>_<suffix>.

const HEAD = [
  'ResourceSchemaUrl', 'ScopeName', 'ScopeVersion', 'ScopeDroppedAttrCount', 'ScopeSchemaUrl', 'ServiceName', 'MetricName',
  'MetricDescription', 'MetricUnit', 'Flags',
  `${flat('ResourceAttributes')} AS _resource`,
  `${flat('ScopeAttributes')} AS _scope_attributes`,
  `${flat('Attributes')} AS _attributes`,
  `${nanos('StartTimeUnix')} AS _start`,
];

const EXEMPLARS = [
  `arrayMap(m -> ${flat('m')}, \`Exemplars.FilteredAttributes\`) AS _ex_attributes`,
  `${nanosEach('`Exemplars.TimeUnix`')} AS _ex_times`,
  '`Exemplars.Value` AS _ex_values',
  '`Exemplars.SpanId` AS _ex_span_ids',
  '`Exemplars.TraceId` AS _ex_trace_ids',
];

// A point's identity: its series, its times and its values (a rewritten point with a
// different value is a different row).
const IDENTITY = ['ServiceName', 'MetricName', 'Attributes', 'ResourceAttributes', 'ScopeName', 'ScopeVersion', 'StartTimeUnix'];

// Scope details older exporter versions did not keep.
const OPTIONAL = {
  ResourceSchemaUrl: "''",
  ScopeSchemaUrl: "''",
  ScopeDroppedAttrCount: '0',
  ScopeAttributes: "CAST(map(), 'Map(String, String)')",
};

const u64s = (col: string) => `arrayMap(x -> toString(x), ${col})`;

const TYPES = {
  gauge: { extra: ['Value', ...EXEMPLARS], identity: ['Value'] },
  sum: { extra: ['Value', 'AggregationTemporality', 'IsMonotonic', ...EXEMPLARS], identity: ['Value', 'AggregationTemporality'] },
  histogram: {
    extra: ['toString(Count) AS _count', 'Sum', `${u64s('BucketCounts')} AS _buckets`, 'ExplicitBounds', 'Min', 'Max', 'AggregationTemporality', ...EXEMPLARS],
    identity: ['Count', 'Sum', 'BucketCounts', 'ExplicitBounds'],
  },
  exponential_histogram: {
    extra: [
      'toString(Count) AS _count', 'Sum', 'Scale', 'toString(ZeroCount) AS _zero_count', 'PositiveOffset',
      `${u64s('PositiveBucketCounts')} AS _pos_buckets`, 'NegativeOffset', `${u64s('NegativeBucketCounts')} AS _neg_buckets`,
      'Min', 'Max', 'AggregationTemporality', ...EXEMPLARS,
    ],
    identity: ['Count', 'Sum', 'Scale', 'ZeroCount', 'PositiveBucketCounts', 'NegativeBucketCounts'],
  },
  summary: {
    extra: ['toString(Count) AS _count', 'Sum', '`ValueAtQuantiles.Quantile` AS _quantiles', '`ValueAtQuantiles.Value` AS _quantile_values'],
    identity: ['Count', 'Sum', '`ValueAtQuantiles.Value`'],
  },
} as const;

export type MetricTableType = keyof typeof TYPES;
export const METRIC_TABLE_TYPES = Object.keys(TYPES) as MetricTableType[];

export function metricStreams(prefix: string): StreamSpec[] {
  return METRIC_TABLE_TYPES.map((type) => ({
    table: `${prefix}_${type}`,
    signal: 'metrics' as const,
    timeColumn: 'TimeUnix',
    columns: [...HEAD, ...TYPES[type].extra].join(', '),
    identity: [...IDENTITY, ...TYPES[type].identity],
    optional: OPTIONAL,
    toRecord: (r: Row, shared: SharedObjects) => toPoint(type, r, shared),
  }));
}

function exemplars(r: Row): Exemplar[] {
  const attrs = (r._ex_attributes ?? []) as unknown[];
  const values = nums(r._ex_values);
  const spans = strs(r._ex_span_ids);
  const traces = strs(r._ex_trace_ids);
  return strs(r._ex_times).map((t, i) => ({
    filteredAttributes: strs(attrs[i]),
    timeNs: big(t),
    value: values[i] ?? 0,
    spanId: hexId(spans[i]),
    traceId: hexId(traces[i]),
  }));
}

function toPoint(type: MetricTableType, r: Row, shared: SharedObjects): MetricPoint {
  const base = {
    resource: shared.resource(str(r.ServiceName), strs(r._resource), str(r.ResourceSchemaUrl)),
    scope: shared.scope(str(r.ScopeName), str(r.ScopeVersion), strs(r._scope_attributes), str(r.ScopeSchemaUrl), num(r.ScopeDroppedAttrCount)),
    name: str(r.MetricName),
    description: str(r.MetricDescription),
    unit: str(r.MetricUnit),
    attributes: strs(r._attributes),
    startTimeNs: big(r._start),
    timeNs: big(r._ts),
    flags: num(r.Flags),
  };
  switch (type) {
    case 'gauge':
      return { ...base, type, value: num(r.Value), exemplars: exemplars(r), temporality: 0, isMonotonic: false };
    case 'sum':
      return {
        ...base, type, value: num(r.Value), exemplars: exemplars(r),
        temporality: num(r.AggregationTemporality), isMonotonic: r.IsMonotonic === true || r.IsMonotonic === 1 || r.IsMonotonic === 'true',
      };
    case 'histogram':
      return {
        ...base, type, count: num(r._count), sum: num(r.Sum), bucketCounts: nums(r._buckets), explicitBounds: nums(r.ExplicitBounds),
        exemplars: exemplars(r), min: num(r.Min), max: num(r.Max), temporality: num(r.AggregationTemporality),
      };
    case 'exponential_histogram':
      return {
        ...base, type, count: num(r._count), sum: num(r.Sum), scale: num(r.Scale), zeroCount: num(r._zero_count),
        positiveOffset: num(r.PositiveOffset), positiveBucketCounts: nums(r._pos_buckets),
        negativeOffset: num(r.NegativeOffset), negativeBucketCounts: nums(r._neg_buckets),
        exemplars: exemplars(r), min: num(r.Min), max: num(r.Max), temporality: num(r.AggregationTemporality),
      };
    case 'summary':
      return { ...base, type, count: num(r._count), sum: num(r.Sum), quantiles: nums(r._quantiles), quantileValues: nums(r._quantile_values) };
  }
}

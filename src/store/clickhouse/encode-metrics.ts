import type { Exemplar, ExpHistogramPoint, HistogramPoint, MetricPoint, NumberPoint, SummaryPoint } from '../../records.ts';
import { csv, float, floatArray, inner, map, mapText, nanos, nanosInnerQuoted, uintArray } from './encode-csv.ts';

// One table per metric type, as the Collector exporter lays them out.

const HEAD = [
  'ResourceAttributes', 'ResourceSchemaUrl', 'ScopeName', 'ScopeVersion', 'ScopeAttributes', 'ScopeDroppedAttrCount',
  'ScopeSchemaUrl', 'ServiceName', 'MetricName', 'MetricDescription', 'MetricUnit', 'Attributes', 'StartTimeUnix', 'TimeUnix',
];
const EXEMPLARS = [
  'Exemplars.FilteredAttributes', 'Exemplars.TimeUnix', 'Exemplars.Value', 'Exemplars.SpanId', 'Exemplars.TraceId',
];

export const METRIC_TABLES = {
  gauge: { table: 'otel_metrics_gauge', columns: [...HEAD, 'Value', 'Flags', ...EXEMPLARS] },
  sum: {
    table: 'otel_metrics_sum',
    columns: [...HEAD, 'Value', 'Flags', ...EXEMPLARS, 'AggregationTemporality', 'IsMonotonic'],
  },
  histogram: {
    table: 'otel_metrics_histogram',
    columns: [...HEAD, 'Count', 'Sum', 'BucketCounts', 'ExplicitBounds', ...EXEMPLARS, 'Flags', 'Min', 'Max', 'AggregationTemporality'],
  },
  exponential_histogram: {
    table: 'otel_metrics_exponential_histogram',
    columns: [
      ...HEAD, 'Count', 'Sum', 'Scale', 'ZeroCount', 'PositiveOffset', 'PositiveBucketCounts', 'NegativeOffset',
      'NegativeBucketCounts', ...EXEMPLARS, 'Flags', 'Min', 'Max', 'AggregationTemporality',
    ],
  },
  summary: {
    table: 'otel_metrics_summary',
    columns: [...HEAD, 'Count', 'Sum', 'ValueAtQuantiles.Quantile', 'ValueAtQuantiles.Value', 'Flags'],
  },
} as const;

export type MetricType = keyof typeof METRIC_TABLES;

function head(p: MetricPoint): string {
  return (
    map(p.resource.attributes) + ',' + csv(p.resource.schemaUrl) + ',' + csv(p.scope.name) + ',' + csv(p.scope.version) + ',' +
    map(p.scope.attributes) + ',' + p.scope.droppedAttributesCount + ',' + csv(p.scope.schemaUrl) + ',' +
    csv(p.resource.serviceName) + ',' + csv(p.name) + ',' + csv(p.description) + ',' + csv(p.unit) + ',' +
    map(p.attributes) + ',' + nanos(p.startTimeNs) + ',' + nanos(p.timeNs)
  );
}

function exemplars(ex: Exemplar[]): string {
  let a = '', t = '', v = '', s = '', tr = '';
  for (let i = 0; i < ex.length; i++) {
    const e = ex[i];
    const sep = i === 0 ? '' : ',';
    a += sep + mapText(e.filteredAttributes);
    t += sep + nanosInnerQuoted(e.timeNs);
    v += sep + float(e.value);
    s += sep + inner(e.spanId);
    tr += sep + inner(e.traceId);
  }
  return '"[' + a + ']","[' + t + ']","[' + v + ']","[' + s + ']","[' + tr + ']"';
}

function encodeNumber(p: NumberPoint, withSumFields: boolean): string {
  let row = head(p) + ',' + float(p.value) + ',' + p.flags + ',' + exemplars(p.exemplars);
  if (withSumFields) row += ',' + p.temporality + ',' + (p.isMonotonic ? 'true' : 'false');
  return row + '\n';
}

function encodeHistogram(p: HistogramPoint): string {
  return (
    head(p) + ',' + Math.trunc(p.count) + ',' + float(p.sum) + ',' + uintArray(p.bucketCounts) + ',' +
    floatArray(p.explicitBounds) + ',' + exemplars(p.exemplars) + ',' + p.flags + ',' + float(p.min) + ',' +
    float(p.max) + ',' + p.temporality + '\n'
  );
}

function encodeExpHistogram(p: ExpHistogramPoint): string {
  return (
    head(p) + ',' + Math.trunc(p.count) + ',' + float(p.sum) + ',' + p.scale + ',' + Math.trunc(p.zeroCount) + ',' +
    p.positiveOffset + ',' + uintArray(p.positiveBucketCounts) + ',' + p.negativeOffset + ',' +
    uintArray(p.negativeBucketCounts) + ',' + exemplars(p.exemplars) + ',' + p.flags + ',' + float(p.min) + ',' +
    float(p.max) + ',' + p.temporality + '\n'
  );
}

function encodeSummary(p: SummaryPoint): string {
  return (
    head(p) + ',' + Math.trunc(p.count) + ',' + float(p.sum) + ',' + floatArray(p.quantiles) + ',' +
    floatArray(p.quantileValues) + ',' + p.flags + '\n'
  );
}

export function encodeMetricPoint(p: MetricPoint): string {
  switch (p.type) {
    case 'gauge':
      return encodeNumber(p, false);
    case 'sum':
      return encodeNumber(p, true);
    case 'histogram':
      return encodeHistogram(p);
    case 'exponential_histogram':
      return encodeExpHistogram(p);
    case 'summary':
      return encodeSummary(p);
  }
}

// Constructors for the four metric point shapes. Each literal lists every field in one
// order so all points of a type share a hidden class, whichever decoder built them.
// Absent optional doubles (histogram sum, min, max) read as 0: the ClickHouse schema has no
// NULLs there either, and a consumer can tell "absent" from count = 0 or from flags.
import type { ExpHistogramPoint, HistogramPoint, MetricPoint, NumberPoint, Resource, Scope, SummaryPoint } from '../../records.ts';

export function newNumberPoint(res: Resource, scope: Scope, type: 'gauge' | 'sum'): NumberPoint {
  return {
    resource: res,
    scope,
    name: '',
    description: '',
    unit: '',
    attributes: [],
    startTimeNs: 0n,
    timeNs: 0n,
    flags: 0,
    type,
    value: 0,
    exemplars: [],
    temporality: 0,
    isMonotonic: false,
  };
}

export function newHistogramPoint(res: Resource, scope: Scope): HistogramPoint {
  return {
    resource: res,
    scope,
    name: '',
    description: '',
    unit: '',
    attributes: [],
    startTimeNs: 0n,
    timeNs: 0n,
    flags: 0,
    type: 'histogram',
    count: 0,
    sum: 0,
    bucketCounts: [],
    explicitBounds: [],
    exemplars: [],
    min: 0,
    max: 0,
    temporality: 0,
  };
}

export function newExpHistogramPoint(res: Resource, scope: Scope): ExpHistogramPoint {
  return {
    resource: res,
    scope,
    name: '',
    description: '',
    unit: '',
    attributes: [],
    startTimeNs: 0n,
    timeNs: 0n,
    flags: 0,
    type: 'exponential_histogram',
    count: 0,
    sum: 0,
    scale: 0,
    zeroCount: 0,
    positiveOffset: 0,
    positiveBucketCounts: [],
    negativeOffset: 0,
    negativeBucketCounts: [],
    exemplars: [],
    min: 0,
    max: 0,
    temporality: 0,
  };
}

export function newSummaryPoint(res: Resource, scope: Scope): SummaryPoint {
  return {
    resource: res,
    scope,
    name: '',
    description: '',
    unit: '',
    attributes: [],
    startTimeNs: 0n,
    timeNs: 0n,
    flags: 0,
    type: 'summary',
    count: 0,
    sum: 0,
    quantiles: [],
    quantileValues: [],
  };
}

/**
 * Copies metric-level fields onto the points decoded for it, items[from..]. Done after the
 * Metric message is read because protobuf allows name/unit and a Sum's temporality to
 * arrive after the points.
 */
export function stampMetric(items: MetricPoint[], from: number, name: string, description: string, unit: string): void {
  for (let i = from; i < items.length; i++) {
    const p = items[i];
    p.name = name;
    p.description = description;
    p.unit = unit;
  }
}

export function stampTemporality(items: MetricPoint[], from: number, temporality: number, isMonotonic: boolean): void {
  for (let i = from; i < items.length; i++) {
    const p = items[i];
    if (p.type === 'summary') continue;
    p.temporality = temporality;
    if (p.type === 'sum' || p.type === 'gauge') p.isMonotonic = isMonotonic;
  }
}

export function pointReason(index: number, metric: string, problem: string): string {
  return `point ${index} of metric '${metric}': ${problem}`;
}

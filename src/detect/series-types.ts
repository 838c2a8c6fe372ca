// What the series aggregator hands on when a step closes: one row per group and step. The same
// shape is written to ClickHouse (series_rollups) and read back for warm-up, so history and
// live data feed the engine identically.

export type GroupKind = 'span' | 'log' | 'metric';

export interface StepRollup {
  /** Group key: `span|svc|name`, `log|svc|SEVERITY`, `metric|svc|name|k=v,...`. */
  key: string;
  kind: GroupKind;
  service: string;
  /** Span name, severity bucket or metric name. */
  name: string;
  /** Canonical metric attribute set ('' for spans and logs). */
  attrs: string;
  /** Epoch ms, aligned to the step. */
  stepStart: number;
  stepMs: number;
  /** Spans / log records / metric points (histograms: observations) in the step. */
  count: number;
  /** Failing spans / error-level log records. */
  errors: number;
  /** Metric value for the step (gauge mean, sum increase or level, histogram mean); NaN otherwise. */
  value: number;
  p50: number;
  p95: number;
  /** Spans: what the p95 is at least with 95 % confidence given the step's count (operator limits compare with it); absent or NaN means p95. */
  p95Low?: number;
  p99: number;
  min: number;
  max: number;
  /** A few trace ids: slowest and failing spans, or metric exemplars. */
  exemplars: string[];
  /** Metric unit, used to recognise percentages and utilisation ratios ('' when unknown). */
  unit: string;
}

/** Points the aggregator refused, by reason; exported as metrics, never fatal. */
export interface SeriesCounters {
  late: number;
  future: number;
  nan: number;
  outOfOrder: number;
  droppedSeries: number;
  selfTelemetry: number;
}

export function newSeriesCounters(): SeriesCounters {
  return { late: 0, future: 0, nan: 0, outOfOrder: 0, droppedSeries: 0, selfTelemetry: 0 };
}

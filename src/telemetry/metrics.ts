import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Signal } from '../records.ts';

/** Homeostat's own Prometheus metrics, served on the API port at /metrics. */
export class Metrics {
  readonly registry = new Registry();
  readonly received = new Counter({
    name: 'homeostat_items_received_total',
    help: 'Spans, log records and metric points received, before validation.',
    labelNames: ['signal'] as const,
    registers: [this.registry],
  });
  readonly stored = new Counter({
    name: 'homeostat_items_stored_total',
    help: 'Items written to ClickHouse.',
    labelNames: ['signal'] as const,
    registers: [this.registry],
  });
  readonly expiredOnArrival = new Counter({
    name: 'homeostat_items_expired_on_arrival_total',
    help: 'Items stored and acknowledged although already older than storage.clickhouse.ttl_days: retention drops them with their part, so queries may not find them.',
    labelNames: ['signal'] as const,
    registers: [this.registry],
  });
  readonly rejected = new Counter({
    name: 'homeostat_items_rejected_total',
    help: 'Items not stored, by reason (invalid item, malformed request, storage unavailable, ...).',
    labelNames: ['signal', 'reason'] as const,
    registers: [this.registry],
  });
  readonly requests = new Counter({
    name: 'homeostat_receiver_requests_total',
    help: 'OTLP export requests by transport and outcome.',
    labelNames: ['signal', 'transport', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly truncated = new Counter({
    name: 'homeostat_attributes_truncated_total',
    help: 'Attributes dropped over the per-item limit (attribute_dropped), values cut to the length limit (value_truncated), names and attribute keys cut to max_name_length (name_truncated).',
    labelNames: ['signal', 'kind'] as const,
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'homeostat_write_queue_rows',
    help: 'Rows collected or being inserted into ClickHouse.',
    registers: [this.registry],
  });
  readonly insertSeconds = new Histogram({
    name: 'homeostat_clickhouse_insert_seconds',
    help: 'Time from a batch being sent to ClickHouse until it is stored, retries included.',
    labelNames: ['table'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly storageErrors = new Counter({
    name: 'homeostat_storage_errors_total',
    help: 'Failed storage operations, by store and whether they were retried.',
    labelNames: ['store', 'retried'] as const,
    registers: [this.registry],
  });
  readonly sourceRows = new Counter({
    name: 'homeostat_source_rows_total',
    help: 'Rows the clickhouse source read from the exporter tables, by table and outcome (read, delivered, deduplicated, late, invalid).',
    labelNames: ['table', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly sourceErrors = new Counter({
    name: 'homeostat_source_errors_total',
    help: 'Failed reads (or position saves) of the clickhouse source; each is retried on the next poll.',
    labelNames: ['table'] as const,
    registers: [this.registry],
  });

  readonly detectSeries = new Gauge({
    name: 'homeostat_detect_series',
    help: 'Live detection series: groups derived from records (series) and scored derived series (engine).',
    labelNames: ['layer'] as const,
    registers: [this.registry],
  });
  readonly detectSeriesDropped = new Counter({
    name: 'homeostat_detect_series_dropped_total',
    help: 'New series refused because the live-series limit (max_series) was reached.',
    labelNames: ['layer'] as const,
    registers: [this.registry],
  });
  readonly detectRejected = new Counter({
    name: 'homeostat_detect_points_rejected_total',
    help: 'Points detection did not use: late, future, NaN/Inf, out of order, self-telemetry.',
    labelNames: ['layer', 'reason'] as const,
    registers: [this.registry],
  });
  readonly detectSeriesSteps = new Counter({
    name: 'homeostat_detect_series_steps_total',
    help: 'Derived-series steps scored by the detection engine.',
    registers: [this.registry],
  });
  readonly detectEvents = new Counter({
    name: 'homeostat_detect_events_total',
    help: 'Detected events emitted, by action (open/update/close) and severity.',
    labelNames: ['action', 'severity'] as const,
    registers: [this.registry],
  });
  readonly detectOpenIncidents = new Gauge({
    name: 'homeostat_detect_open_incidents',
    help: 'Incidents currently open in the detection engine.',
    registers: [this.registry],
  });
  readonly detectDropped = new Counter({
    name: 'homeostat_detect_queue_dropped_total',
    help: 'Items dropped because their write queue was full, by queue (events, rollups, patterns).',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly diagnoses = new Counter({
    name: 'homeostat_diagnoses_total',
    help: 'Diagnoses by outcome: made, degraded (made without trace data), failed, skipped (queue full), unchanged (an update that concluded the same), inconclusive (an update that found nothing; the earlier diagnosis stands), confirmed (an update of an incident whose diagnosis a verified recovery confirmed; not diagnosed again).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly notifications = new Counter({
    name: 'homeostat_notifications_total',
    help: 'Notifications (Grafana annotations, …) by channel and outcome: delivered, set_aside.',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly deliveryDepth = new Gauge({
    name: 'homeostat_delivery_queue_depth',
    help: 'Side effects waiting in the delivery queue, by target (postgres, grafana, …).',
    labelNames: ['target'] as const,
    registers: [this.registry],
  });
  readonly deliveryDelivered = new Counter({
    name: 'homeostat_delivery_delivered_total',
    help: 'Side effects delivered, by target and kind.',
    labelNames: ['target', 'kind'] as const,
    registers: [this.registry],
  });
  readonly deliveryRetried = new Counter({
    name: 'homeostat_delivery_retried_total',
    help: 'Failed attempts that will be retried, by target and error class (unavailable, retryable).',
    labelNames: ['target', 'class'] as const,
    registers: [this.registry],
  });
  readonly deliveryDeadLettered = new Counter({
    name: 'homeostat_delivery_dead_lettered_total',
    help: 'Side effects set aside in delivery_dead_letters (or the spool file), by target, kind and class (data, permanent, retryable = gave up, overflow, shutdown).',
    labelNames: ['target', 'kind', 'class'] as const,
    registers: [this.registry],
  });
  readonly deliveryAvailable = new Gauge({
    name: 'homeostat_delivery_target_available',
    help: '1 while the target answers, 0 while the delivery queue waits for it to come back.',
    labelNames: ['target'] as const,
    registers: [this.registry],
  });
  // The design document's SelfHealingMetrics, set by the daily metrics job (src/report) from Postgres.
  readonly errorsDetectedPerMinute = new Gauge({
    name: 'homeostat_errors_detected_per_minute',
    help: 'Incidents opened per minute over the last hour.',
    registers: [this.registry],
  });
  readonly recoverySuccessRate = new Gauge({
    name: 'homeostat_recovery_success_rate',
    help: 'Recovery executions started in the last 7 days that completed and were verified, as a share of those started (absent with none).',
    registers: [this.registry],
  });
  readonly diagnosisAccuracy = new Gauge({
    name: 'homeostat_diagnosis_accuracy_ratio',
    help: 'Share of incidents labelled by a person in the last 30 days whose latest diagnosis had the category the person gave (absent with no label).',
    registers: [this.registry],
  });
  readonly falsePositiveRate = new Gauge({
    name: 'homeostat_false_positive_ratio',
    help: 'Share of incidents opened in the last 30 days that a person labelled not an incident (absent with none opened; unlabelled ones count as real).',
    registers: [this.registry],
  });
  readonly systemAvailability = new Gauge({
    name: 'homeostat_system_availability_ratio',
    help: 'Share of today (UTC, so far) with no HIGH or CRITICAL incident open.',
    registers: [this.registry],
  });
  readonly timeToRecovery = new Histogram({
    name: 'homeostat_time_to_recovery_seconds',
    help: 'From an incident opening to the end of the recovery execution that recovered it, per verified recovery.',
    buckets: [30, 60, 120, 300, 600, 900, 1800, 3600, 7200],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'homeostat_' });
    for (const signal of ['traces', 'logs', 'metrics'] as const) {
      // Export zero-valued series up front so dashboards and alerts see them from the start.
      this.received.inc({ signal }, 0);
      this.stored.inc({ signal }, 0);
    }
  }
}

export function signalOfTable(table: string): Signal {
  if (table.endsWith('otel_traces')) return 'traces';
  if (table.endsWith('otel_logs')) return 'logs';
  return 'metrics';
}

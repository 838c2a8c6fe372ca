-- The Collector ClickHouse exporter's current otel_logs (v0.151.0 and later) and trace-id
-- lookup layouts, adopted in place of the ones 0001/0002 created. A statement starting with
-- {{relayout NAME}} is run by src/store/clickhouse/relayout.ts: when NAME exists with an older
-- layout (Homeostat's before this migration, or one an older exporter created) it is swapped
-- for an empty table of this layout and every row of the old one is copied over, partition by
-- partition; when NAME already has this layout (a current exporter made it) nothing changes.

-- Differences from the exporter's table: TimestampTime stays as an ALIAS, so queries and
-- Grafana's "1.2.9" (exporter v0.150) log view that filter on it keep working; the TTL and
-- non_replicated_deduplication_window are Homeostat's (see README, Storage).
{{relayout otel_logs}}
CREATE TABLE IF NOT EXISTS {{table otel_logs}} {{on_cluster}} (
    Timestamp DateTime64(9) CODEC(Delta(8), ZSTD(1)),
    TraceId String CODEC(ZSTD(1)),
    SpanId String CODEC(ZSTD(1)),
    TraceFlags UInt8,
    SeverityText LowCardinality(String) CODEC(ZSTD(1)),
    SeverityNumber UInt8,
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    Body String CODEC(ZSTD(1)),
    ResourceSchemaUrl LowCardinality(String) CODEC(ZSTD(1)),
    ResourceAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    ScopeSchemaUrl LowCardinality(String) CODEC(ZSTD(1)),
    ScopeName String CODEC(ZSTD(1)),
    ScopeVersion LowCardinality(String) CODEC(ZSTD(1)),
    ScopeAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    LogAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
    EventName String CODEC(ZSTD(1)),
    `__otel_materialized_k8s.cluster.name` LowCardinality(String) MATERIALIZED ResourceAttributes['k8s.cluster.name'] CODEC(ZSTD(1)),
    `__otel_materialized_k8s.container.name` LowCardinality(String) MATERIALIZED ResourceAttributes['k8s.container.name'] CODEC(ZSTD(1)),
    `__otel_materialized_k8s.deployment.name` LowCardinality(String) MATERIALIZED ResourceAttributes['k8s.deployment.name'] CODEC(ZSTD(1)),
    `__otel_materialized_k8s.namespace.name` LowCardinality(String) MATERIALIZED ResourceAttributes['k8s.namespace.name'] CODEC(ZSTD(1)),
    `__otel_materialized_k8s.node.name` LowCardinality(String) MATERIALIZED ResourceAttributes['k8s.node.name'] CODEC(ZSTD(1)),
    `__otel_materialized_k8s.pod.name` LowCardinality(String) MATERIALIZED ResourceAttributes['k8s.pod.name'] CODEC(ZSTD(1)),
    `__otel_materialized_k8s.pod.uid` LowCardinality(String) MATERIALIZED ResourceAttributes['k8s.pod.uid'] CODEC(ZSTD(1)),
    `__otel_materialized_deployment.environment.name` LowCardinality(String) MATERIALIZED ResourceAttributes['deployment.environment.name'] CODEC(ZSTD(1)),
    TimestampTime DateTime ALIAS toDateTime(Timestamp),
    INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
    INDEX idx_res_attr_key mapKeys(ResourceAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_res_attr_value mapValues(ResourceAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_scope_attr_key mapKeys(ScopeAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_scope_attr_value mapValues(ScopeAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_log_attr_key mapKeys(LogAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_log_attr_value mapValues(LogAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_lower_body lower(Body) TYPE tokenbf_v1(32768, 3, 0) GRANULARITY 8
) ENGINE = {{engine}}
PARTITION BY toDate(Timestamp)
ORDER BY (toStartOfFiveMinutes(Timestamp), ServiceName, Timestamp)
{{ttl toDateTime(Timestamp)}}
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000;

-- A table a current exporter created has no TimestampTime at all; old queries get the alias.
ALTER TABLE {{source otel_logs}} {{on_cluster}} ADD COLUMN IF NOT EXISTS TimestampTime DateTime ALIAS toDateTime(Timestamp);

-- One row per trace after merges (min/max collapse the rows each insert block adds); readers
-- still aggregate (min(Start), max(End) ... GROUP BY TraceId), as the Grafana plugin does.
{{relayout otel_traces_trace_id_ts}}
CREATE TABLE IF NOT EXISTS {{table otel_traces_trace_id_ts}} {{on_cluster}} (
    TraceId String CODEC(ZSTD(1)),
    Start SimpleAggregateFunction(min, DateTime) CODEC(ZSTD(1)),
    End SimpleAggregateFunction(max, DateTime) CODEC(ZSTD(1))
) ENGINE = {{engine AggregatingMergeTree}}
PARTITION BY toStartOfWeek(Start)
ORDER BY (TraceId)
{{ttl Start}}
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000;

-- Recreated by the relayout when an older exporter's view (min(Timestamp), a DateTime64) was there.
CREATE MATERIALIZED VIEW IF NOT EXISTS {{view otel_traces_trace_id_ts_mv}} {{on_cluster}}
TO {{target otel_traces_trace_id_ts}}
AS SELECT
    TraceId,
    min(toDateTime(Timestamp)) AS Start,
    max(toDateTime(Timestamp)) AS End
FROM {{source otel_traces}}
WHERE TraceId != ''
GROUP BY TraceId;

-- Closed detection steps, one row per series group and step: what the detect stage derived from
-- spans (RED per route), logs (rate per severity) and metrics (value / quantiles per stream).
-- Grafana charts them, and the detect stage warms its detectors from them after a restart.
-- NaN marks a value the step did not have (no latency for a step without spans, ...).
CREATE TABLE IF NOT EXISTS {{table series_rollups}} {{on_cluster}} (
    ServiceName LowCardinality(String) CODEC(ZSTD(1)),
    SeriesKey String CODEC(ZSTD(1)),
    Kind LowCardinality(String) CODEC(ZSTD(1)),
    Name String CODEC(ZSTD(1)),
    Attributes String CODEC(ZSTD(1)),
    Unit LowCardinality(String) CODEC(ZSTD(1)),
    StepStart DateTime64(3) CODEC(Delta, ZSTD(1)),
    StepSeconds Float64 CODEC(ZSTD(1)),
    Count UInt64 CODEC(T64, ZSTD(1)),
    Errors UInt64 CODEC(T64, ZSTD(1)),
    Value Float64 CODEC(ZSTD(1)),
    P50 Float64 CODEC(ZSTD(1)),
    P95 Float64 CODEC(ZSTD(1)),
    P99 Float64 CODEC(ZSTD(1)),
    Min Float64 CODEC(ZSTD(1)),
    Max Float64 CODEC(ZSTD(1)),
    ExemplarTraceIds Array(String) CODEC(ZSTD(1)),
    INDEX idx_step_minmax StepStart TYPE minmax GRANULARITY 1
) ENGINE = {{engine}}
{{ttl toDateTime(StepStart)}}
PARTITION BY toDate(StepStart)
ORDER BY (ServiceName, SeriesKey, StepStart)
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1, non_replicated_deduplication_window = 1000;

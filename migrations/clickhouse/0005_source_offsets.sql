-- Positions of the ClickHouse source (source.type: clickhouse), which tails the otel_*
-- tables a Collector writes: per table, the watermark (ns) every row up to which has been
-- read, the start point, and the identity hashes (with their row times) of rows seen within
-- the look-back, so a restarted Homeostat delivers nothing twice. One row per save; merges
-- keep the newest version, and reads take the newest without waiting for them.
-- The engine is fixed rather than {{engine}}: replacing by version is what this table needs,
-- whatever engine the telemetry tables use.
CREATE TABLE IF NOT EXISTS {{table homeostat_source_offsets}} {{on_cluster}} (
    stream String,
    watermark Int64,
    since Int64,
    seen_times Array(Int64) CODEC(Delta, ZSTD(1)),
    seen_keys Array(UInt64) CODEC(ZSTD(1)),
    version UInt64,
    updated_at DateTime64(3) DEFAULT now64(3)
) ENGINE = ReplacingMergeTree(version)
ORDER BY stream;

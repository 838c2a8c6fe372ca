-- Homeostat's relational store: audit and event data for the self-healing loop.
--
-- The schema follows the project's seed schema (enums, error events and their classifications,
-- baselines, the recovery catalogue and its executions, metrics about healing itself, a
-- hash-chained audit trail and learned error patterns). The seed's system_metrics table is
-- deliberately absent: it is a high-volume time series and lives in ClickHouse with the rest of
-- the telemetry.
--
-- Each file runs inside one transaction and is recorded in homeostat_schema_migrations with its
-- checksum: never edit a file once released, add a new one instead. Files must not contain their
-- own BEGIN/COMMIT or statements that refuse to run in a transaction (CREATE INDEX CONCURRENTLY).
-- Everything here has to run on both PGlite and PostgreSQL 15+.

CREATE TYPE error_severity_enum AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

CREATE TYPE error_category_enum AS ENUM (
  'AUTHENTICATION',
  'DATABASE',
  'API',
  'PERFORMANCE',
  'INTEGRATION',
  'RESOURCE',
  'CONFIGURATION',
  'NETWORK',
  'UNKNOWN'
);

CREATE TYPE risk_level_enum AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

CREATE TYPE execution_status_enum AS ENUM (
  'PENDING',
  'AWAITING_APPROVAL',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'ROLLED_BACK',
  'CANCELLED'
);

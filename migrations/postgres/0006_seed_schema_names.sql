-- The design document's schema under its own names (issue 12). Earlier migrations followed the
-- seed loosely and renamed some of its columns; this one renames them back, adds the seed's
-- missing columns, enum labels and indexes, and moves what is already stored: no row is lost and
-- every value that had a seed counterpart is found under the seed's name afterwards. Where a
-- Homeostat column meant the same as a seed column there is now one column, under the seed's
-- name. Homeostat's own additions (columns, labels, tables) stay.
--
-- Types are the seed's or strictly wider: text for VARCHAR(n), bigint for INTEGER counts,
-- numeric(5,4) for DECIMAL(3,2), double precision for DECIMAL(10,4) baselines; user_id is text
-- because enduser.id is an application's user name or number far more often than a UUID.
-- test/fixtures/seed-schema.sql is the document's DDL and test/store/postgres/seed-schema.test.ts
-- checks the result against it.

-- Enums: the seed's INFO severity (ordered below LOW, so ORDER BY severity still ranks by
-- gravity), and COMPLETED where Homeostat said SUCCEEDED (a rename: stored rows follow it).
ALTER TYPE error_severity_enum ADD VALUE IF NOT EXISTS 'INFO' BEFORE 'LOW';
ALTER TYPE execution_status_enum RENAME VALUE 'SUCCEEDED' TO 'COMPLETED';

-- error_events: occurred_at is the seed's timestamp; the request identity and stack trace of
-- the record that opened an event (from its semantic-convention attributes) get columns.
ALTER TABLE error_events RENAME COLUMN occurred_at TO "timestamp";
ALTER TABLE error_events ALTER COLUMN "timestamp" SET DEFAULT now();
ALTER TABLE error_events
  ADD COLUMN stack_trace text,
  ADD COLUMN user_id     text,
  ADD COLUMN session_id  text,
  ADD COLUMN request_id  text;
CREATE INDEX idx_error_events_timestamp ON error_events ("timestamp");
CREATE INDEX idx_error_events_severity ON error_events (severity);
CREATE INDEX idx_error_events_category ON error_events (category);

-- error_classifications: the seed's classification_type is free text (VARCHAR(100)), not the
-- category enum; classification_timestamp is when the diagnosis was made (created_at is when
-- the row was stored; the same instant for rows written before this migration).
ALTER TABLE error_classifications ALTER COLUMN classification_type TYPE text USING classification_type::text;
ALTER TABLE error_classifications ADD COLUMN classification_timestamp timestamptz;
UPDATE error_classifications SET classification_timestamp = created_at;
ALTER TABLE error_classifications
  ALTER COLUMN classification_timestamp SET DEFAULT now(),
  ALTER COLUMN classification_timestamp SET NOT NULL;

-- performance_baselines: service_name is the seed's component, updated_at its last_updated, and
-- calculation_period an INTERVAL ('7d' as stored so far reads as 7 days). The seed's
-- UNIQUE (component, metric_name) is not added: Homeostat keeps one baseline per series and
-- hour of the week (up to 169 rows per series, many series per component and metric), so that
-- pair is indexed for lookups but cannot be unique without throwing baselines away.
ALTER TABLE performance_baselines RENAME COLUMN service_name TO component;
ALTER TABLE performance_baselines RENAME COLUMN updated_at TO last_updated;
ALTER TABLE performance_baselines DROP CONSTRAINT performance_baselines_calculation_period_check;
ALTER TABLE performance_baselines ALTER COLUMN calculation_period TYPE interval USING calculation_period::interval;
ALTER TABLE performance_baselines
  ADD CONSTRAINT performance_baselines_calculation_period_check CHECK (calculation_period > interval '0');
ALTER TABLE performance_baselines ADD COLUMN created_at timestamptz;
UPDATE performance_baselines SET created_at = last_updated;
ALTER TABLE performance_baselines
  ALTER COLUMN created_at SET DEFAULT now(),
  ALTER COLUMN created_at SET NOT NULL;
CREATE INDEX performance_baselines_component_metric_idx ON performance_baselines (component, metric_name);

-- recovery_actions: parameters is the seed's configuration.
ALTER TABLE recovery_actions RENAME COLUMN parameters TO configuration;
ALTER TABLE recovery_actions
  ADD COLUMN average_execution_time interval,
  ADD COLUMN prerequisites jsonb,
  ADD COLUMN updated_at timestamptz;
UPDATE recovery_actions SET updated_at = created_at;
ALTER TABLE recovery_actions
  ALTER COLUMN updated_at SET DEFAULT now(),
  ALTER COLUMN updated_at SET NOT NULL;

-- recovery_executions: status is the seed's execution_status, rolled_back its rollback_executed;
-- execution_time is derived from the two instants (never a second truth), success is the
-- outcome (a COMPLETED run whose verification failed is not a success).
ALTER TABLE recovery_executions RENAME COLUMN status TO execution_status;
ALTER TABLE recovery_executions RENAME COLUMN rolled_back TO rollback_executed;
ALTER INDEX recovery_executions_status_idx RENAME TO recovery_executions_execution_status_idx;
ALTER INDEX recovery_executions_event_idx RENAME TO idx_recovery_executions_error_event;
ALTER TABLE recovery_executions
  ADD COLUMN execution_time interval GENERATED ALWAYS AS (completed_at - started_at) STORED,
  ADD COLUMN success boolean,
  ADD COLUMN context jsonb,
  ADD COLUMN rollback_success boolean;
UPDATE recovery_executions
   SET success = CASE execution_status WHEN 'COMPLETED' THEN true WHEN 'FAILED' THEN false WHEN 'ROLLED_BACK' THEN false END,
       rollback_success = CASE WHEN execution_status = 'ROLLED_BACK' THEN true END;

-- self_healing_metrics: the seed's shape is one row per day. The earlier name/value samples
-- table keeps its rows under a new name; the daily table is maintained by a trigger on
-- error_events (total_errors: events opened that day, UTC) and filled from the events already
-- stored. Recovery and escalation figures stay 0 (and the averages NULL) until those stages
-- exist and write them.
ALTER TABLE self_healing_metrics RENAME TO self_healing_metric_samples;
ALTER TABLE self_healing_metric_samples RENAME CONSTRAINT self_healing_metrics_pkey TO self_healing_metric_samples_pkey;
ALTER INDEX self_healing_metrics_name_recorded_idx RENAME TO self_healing_metric_samples_name_recorded_idx;

CREATE TABLE self_healing_metrics (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  date                  date NOT NULL UNIQUE,
  total_errors          integer NOT NULL DEFAULT 0 CHECK (total_errors >= 0),
  automated_recoveries  integer NOT NULL DEFAULT 0 CHECK (automated_recoveries >= 0),
  successful_recoveries integer NOT NULL DEFAULT 0 CHECK (successful_recoveries >= 0),
  escalated_errors      integer NOT NULL DEFAULT 0 CHECK (escalated_errors >= 0),
  average_recovery_time interval,
  system_availability   numeric(5, 4) CHECK (system_availability >= 0 AND system_availability <= 1),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION homeostat_count_error_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO self_healing_metrics AS m (date, total_errors)
  VALUES ((NEW."timestamp" AT TIME ZONE 'UTC')::date, 1)
  ON CONFLICT (date) DO UPDATE SET total_errors = m.total_errors + 1, updated_at = now();
  RETURN NULL;
END
$$;

-- AFTER INSERT only: a repeat folded into an open event (INSERT ... ON CONFLICT DO UPDATE) is
-- not a new error event and does not count.
CREATE TRIGGER error_events_count_daily AFTER INSERT ON error_events
  FOR EACH ROW EXECUTE FUNCTION homeostat_count_error_event();

INSERT INTO self_healing_metrics (date, total_errors)
SELECT ("timestamp" AT TIME ZONE 'UTC')::date, count(*) FROM error_events GROUP BY 1;

-- healing_audit_trail: the seed's names (timestamp, action_type, action_details), its uuid id,
-- error_event_id, result, impact_assessment and created_at. The chain's order was the bigserial
-- id; it is now seq (same values, so keyed checkpoints, which name their head row by it, stay
-- valid). Hashes cover the row's content, not column names, so every stored row re-hashes as
-- before; result and impact_assessment are hashed when set (see src/audit/trail.ts).
-- error_event_id is derived from entity_type/entity_id, so it cannot disagree with them; it has
-- no foreign key because an audit row may be committed before the event row it describes (they
-- are delivered on different keys), and an audit row must never be refused.
ALTER TABLE healing_audit_trail RENAME COLUMN id TO seq;
ALTER TABLE healing_audit_trail RENAME COLUMN occurred_at TO "timestamp";
ALTER TABLE healing_audit_trail RENAME COLUMN action TO action_type;
ALTER TABLE healing_audit_trail RENAME COLUMN details TO action_details;
ALTER TABLE healing_audit_trail DROP CONSTRAINT healing_audit_trail_pkey;
ALTER TABLE healing_audit_trail ALTER COLUMN seq SET NOT NULL;
ALTER TABLE healing_audit_trail ADD CONSTRAINT healing_audit_trail_seq_key UNIQUE (seq);
-- A volatile default is evaluated per existing row: every stored row gets its own id.
ALTER TABLE healing_audit_trail ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE healing_audit_trail ADD CONSTRAINT healing_audit_trail_pkey PRIMARY KEY (id);
ALTER TABLE healing_audit_trail
  ADD COLUMN error_event_id uuid GENERATED ALWAYS AS (
    CASE WHEN entity_type = 'error_event'
          AND entity_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
         THEN entity_id::uuid END) STORED,
  ADD COLUMN result text,
  ADD COLUMN impact_assessment jsonb,
  ADD COLUMN created_at timestamptz;
UPDATE healing_audit_trail SET created_at = "timestamp";
ALTER TABLE healing_audit_trail
  ALTER COLUMN created_at SET DEFAULT now(),
  ALTER COLUMN created_at SET NOT NULL;
ALTER INDEX healing_audit_trail_occurred_idx RENAME TO idx_healing_audit_trail_timestamp;
CREATE INDEX healing_audit_trail_error_event_idx ON healing_audit_trail (error_event_id);

-- error_patterns: the mined template is the seed's pattern_description. Recovery figures
-- (associated_recovery_actions, success_rate) wait for the recovery stage; confidence_score is
-- NULL until something scores patterns.
ALTER TABLE error_patterns RENAME COLUMN template TO pattern_description;
ALTER TABLE error_patterns
  ADD COLUMN associated_recovery_actions jsonb,
  ADD COLUMN success_rate numeric(5, 4) CHECK (success_rate >= 0 AND success_rate <= 1),
  ADD COLUMN confidence_score numeric(5, 4) CHECK (confidence_score >= 0 AND confidence_score <= 1),
  ADD COLUMN created_at timestamptz,
  ADD COLUMN updated_at timestamptz;
UPDATE error_patterns SET created_at = first_seen, updated_at = last_seen;
ALTER TABLE error_patterns
  ALTER COLUMN created_at SET DEFAULT now(),
  ALTER COLUMN created_at SET NOT NULL,
  ALTER COLUMN updated_at SET DEFAULT now(),
  ALTER COLUMN updated_at SET NOT NULL;

-- Seed tables. gen_random_uuid() is core since PostgreSQL 13, so no extension is needed on
-- PostgreSQL 15 or on PGlite.

CREATE TABLE error_events (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  occurred_at      timestamptz NOT NULL,
  closed_at        timestamptz,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  severity         error_severity_enum NOT NULL,
  category         error_category_enum NOT NULL DEFAULT 'UNKNOWN',
  message          text NOT NULL,
  source_component text,
  service_name     text NOT NULL,
  series_key       text,
  fingerprint      text NOT NULL,
  -- Repeats of an open event bump this instead of adding rows (see the partial unique index).
  occurrence_count bigint NOT NULL DEFAULT 1 CHECK (occurrence_count >= 1),
  context          jsonb NOT NULL DEFAULT '{}'::jsonb,
  trace_ids        text[] NOT NULL DEFAULT '{}',
  -- A closed event always says when; an open one never does.
  CONSTRAINT error_events_closed_at_matches_status CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX error_events_status_created_idx ON error_events (status, created_at);
CREATE INDEX error_events_service_created_idx ON error_events (service_name, created_at);
-- At most one open event per fingerprint; closed history may repeat it.
CREATE UNIQUE INDEX error_events_open_fingerprint_uidx ON error_events (fingerprint) WHERE status = 'open';

CREATE TABLE error_classifications (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  error_event_id      uuid NOT NULL REFERENCES error_events (id) ON DELETE CASCADE,
  classification_type error_category_enum NOT NULL,
  confidence_score    numeric(5, 4) NOT NULL CHECK (confidence_score >= 0 AND confidence_score <= 1),
  probable_causes     jsonb NOT NULL DEFAULT '[]'::jsonb,
  classifier_version  text NOT NULL,
  explanation         jsonb,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX error_classifications_event_idx ON error_classifications (error_event_id);

CREATE TABLE performance_baselines (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_name       text NOT NULL,
  metric_name        text NOT NULL,
  series_key         text NOT NULL,
  baseline_value     double precision NOT NULL,
  threshold_warning  double precision,
  threshold_critical double precision,
  -- A window label chosen by the baseline calculator (for example '7d'), kept as text so
  -- callers read back exactly what they wrote.
  calculation_period text NOT NULL CHECK (calculation_period <> ''),
  -- NULL for a baseline over all hours, else 0..167 counted from Monday 00:00 UTC.
  hour_of_week       integer CHECK (hour_of_week BETWEEN 0 AND 167),
  sample_count       bigint NOT NULL DEFAULT 0 CHECK (sample_count >= 0),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  -- NULLS NOT DISTINCT so the all-hours baseline is unique too, and upserts can target it.
  CONSTRAINT performance_baselines_series_period_hour_key
    UNIQUE NULLS NOT DISTINCT (series_key, calculation_period, hour_of_week)
);

CREATE TABLE recovery_actions (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name              text NOT NULL UNIQUE,
  description       text NOT NULL DEFAULT '',
  action_type       text NOT NULL,
  risk_level        risk_level_enum NOT NULL,
  -- Defaults to asking a human: an action inserted without thought must not run unattended.
  requires_approval boolean NOT NULL DEFAULT true,
  timeout_seconds   integer NOT NULL DEFAULT 300 CHECK (timeout_seconds > 0),
  rollback_action   text,
  parameters        jsonb NOT NULL DEFAULT '{}'::jsonb,
  success_rate      numeric(5, 4) CHECK (success_rate >= 0 AND success_rate <= 1),
  enabled           boolean NOT NULL DEFAULT true,
  created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE recovery_executions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- No cascade: what was done to the system outlives the event that triggered it.
  error_event_id     uuid NOT NULL REFERENCES error_events (id),
  recovery_action_id uuid NOT NULL REFERENCES recovery_actions (id),
  status             execution_status_enum NOT NULL DEFAULT 'PENDING',
  created_at         timestamptz NOT NULL DEFAULT now(),
  started_at         timestamptz,
  completed_at       timestamptz,
  result             jsonb,
  error_message      text,
  approved_by        text,
  rolled_back        boolean NOT NULL DEFAULT false,
  verification       jsonb,
  CONSTRAINT recovery_executions_completed_after_start CHECK (completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at)
);
CREATE INDEX recovery_executions_event_idx ON recovery_executions (error_event_id);
CREATE INDEX recovery_executions_action_idx ON recovery_executions (recovery_action_id);
CREATE INDEX recovery_executions_status_idx ON recovery_executions (status);

CREATE TABLE self_healing_metrics (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  metric_name  text NOT NULL,
  metric_value double precision NOT NULL,
  dimensions   jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX self_healing_metrics_name_recorded_idx ON self_healing_metrics (metric_name, recorded_at);

-- Append-only, hash-chained: each row's hash covers its content and prev_hash, so an edited or
-- removed row breaks the chain. A serial id (not a uuid) gives the chain its order.
CREATE TABLE healing_audit_trail (
  id          bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  action      text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text NOT NULL,
  details     jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash   text,
  hash        text NOT NULL UNIQUE
);
CREATE INDEX healing_audit_trail_entity_idx ON healing_audit_trail (entity_type, entity_id);
CREATE INDEX healing_audit_trail_occurred_idx ON healing_audit_trail (occurred_at);

CREATE TABLE error_patterns (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pattern_signature text NOT NULL UNIQUE,
  template          text NOT NULL,
  category          error_category_enum,
  occurrence_count  bigint NOT NULL DEFAULT 0 CHECK (occurrence_count >= 0),
  first_seen        timestamptz NOT NULL DEFAULT now(),
  last_seen         timestamptz NOT NULL DEFAULT now(),
  sample_message    text,
  metadata          jsonb NOT NULL DEFAULT '{}'::jsonb,
  CONSTRAINT error_patterns_seen_order CHECK (last_seen >= first_seen)
);

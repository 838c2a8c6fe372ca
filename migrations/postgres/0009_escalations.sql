-- Escalations survive a restart (src/escalate/persist.ts). One row per incident that was
-- escalated: its rule, level, status and when the next re-escalation is due, plus the snapshot of
-- the incident the pages were built from (headline, diagnosis, actions tried), so a restarted
-- instance can re-page at the next level with the same content before detection says anything.
-- incident_id is text without a foreign key: an escalation row may be committed before the
-- error_events row it is about (they are delivered on different keys).
CREATE TABLE escalations (
  id                uuid PRIMARY KEY,
  incident_id       text NOT NULL UNIQUE,
  rule              text NOT NULL,
  action            text NOT NULL,
  reason            text NOT NULL,
  level             integer NOT NULL CHECK (level >= 0),
  status            text NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
  channels          text[] NOT NULL,
  timeout_ms        bigint NOT NULL CHECK (timeout_ms > 0),
  raised_at         timestamptz NOT NULL,
  notified_at       timestamptz NOT NULL,
  due_at            timestamptz,
  acknowledged_by   text,
  acknowledged_at   timestamptz,
  acknowledged_via  text,
  resolved_at       timestamptz,
  resolved_why      text,
  incident          jsonb NOT NULL,
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX escalations_status_idx ON escalations (status, due_at);

-- What each channel last delivered per incident (the SentMarks of src/escalate/page.ts:
-- trigger:<level>, notify:<level>, acknowledge, resolve). Written once the channel's call was
-- accepted, so after a restart a page is neither repeated nor, if it never went out, forgotten.
CREATE TABLE escalation_deliveries (
  incident_id  text NOT NULL,
  channel      text NOT NULL,
  mark         text NOT NULL,
  delivered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, channel)
);

-- Code-fix proposals (src/escalate/codefix.ts, the design document's CodegenRecoveryAgent): one
-- per error pattern (pattern_key), started as a Codegen agent run and polled until it ends.
-- incident_ids lists every incident of the pattern, the first one first (error_event_id). A
-- proposal is shown to people, never applied.
CREATE TABLE code_fix_proposals (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pattern_key       text NOT NULL UNIQUE,
  error_event_id    text NOT NULL,
  incident_ids      text[] NOT NULL,
  service_name      text NOT NULL,
  status            text NOT NULL CHECK (status IN ('pending', 'running', 'complete', 'failed', 'refused', 'timed_out')),
  run_id            bigint,
  run_status        text,
  web_url           text,
  result_url        text,
  pull_request_urls text[] NOT NULL DEFAULT '{}',
  summary           text,
  result            text,
  confidence        numeric(5, 4) CHECK (confidence >= 0 AND confidence <= 1),
  prompt            text NOT NULL,
  error_context     jsonb NOT NULL,
  error             text,
  polls             integer NOT NULL DEFAULT 0,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  completed_at      timestamptz
);
CREATE INDEX code_fix_proposals_incidents_idx ON code_fix_proposals USING gin (incident_ids);
CREATE INDEX code_fix_proposals_status_idx ON code_fix_proposals (status);

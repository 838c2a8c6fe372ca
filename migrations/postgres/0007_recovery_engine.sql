-- The recovery engine's bookkeeping on recovery_executions (issue 13). Homeostat additions next
-- to the seed's columns:
-- - attempt: the candidate's place in the incident's ordered list. One row per (event, attempt)
--   is what makes two replicas that both see a diagnosis plan its recovery once: the second
--   INSERT meets the unique index and does nothing.
-- - target_service: the service the action acts on, for the per-target cooldown.
-- - phase: where a RUNNING execution is (executing the action, verifying it, rolling it back), so a
--   restart knows which ones may be resumed (verifying) and which must not be re-run (executing).
-- - owner: the instance that claimed it; deadline_at: verification or approval deadline.
-- - decision, decided_at, decision_reason: a person's approval or rejection, or its expiry
--   (approved_by, from the first schema, names who decided).
ALTER TABLE recovery_executions
  ADD COLUMN attempt         integer NOT NULL DEFAULT 0 CHECK (attempt >= 0),
  ADD COLUMN target_service  text,
  ADD COLUMN phase           text CHECK (phase IN ('executing', 'verifying', 'rolling_back')),
  ADD COLUMN owner           text,
  ADD COLUMN deadline_at     timestamptz,
  ADD COLUMN decision        text CHECK (decision IN ('approved', 'rejected', 'expired')),
  ADD COLUMN decided_at      timestamptz,
  ADD COLUMN decision_reason text;
CREATE UNIQUE INDEX recovery_executions_event_attempt_uidx ON recovery_executions (error_event_id, attempt);
CREATE INDEX recovery_executions_target_started_idx ON recovery_executions (target_service, started_at);

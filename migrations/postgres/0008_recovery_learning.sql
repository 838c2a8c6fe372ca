-- What recovery learns (issue 13, learning): each action's verified outcomes per diagnosis
-- category, and per (category, error pattern signature) when the diagnosis carried one. The
-- signature '' row is the category-wide record. The recover stage samples each candidate's
-- success probability from Beta(prior + successes, prior + failures) over these counts, and
-- derives recovery_actions.success_rate / average_execution_time and
-- error_patterns.associated_recovery_actions / success_rate from them.
CREATE TABLE recovery_action_outcomes (
  category           text NOT NULL,
  signature          text NOT NULL DEFAULT '',
  recovery_action_id uuid NOT NULL REFERENCES recovery_actions (id),
  successes          integer NOT NULL DEFAULT 0 CHECK (successes >= 0),
  failures           integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  -- Start to outcome, summed over the counted executions (average_execution_time's numerator).
  total_ms           double precision NOT NULL DEFAULT 0 CHECK (total_ms >= 0),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (category, signature, recovery_action_id)
);
CREATE INDEX recovery_action_outcomes_action_idx ON recovery_action_outcomes (recovery_action_id);

-- Set when an execution's outcome was counted: the count is made once even if two replicas (or
-- a restarted one) both see the execution finish.
ALTER TABLE recovery_executions ADD COLUMN learned_at timestamptz;

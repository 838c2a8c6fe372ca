-- Keyed checkpoints of the audit trail (src/audit/checkpoint.ts): each row is an HMAC, under a key
-- that is never stored in the database, over (row count, head id, head hash, time). A copy of the
-- latest also goes to a file outside the database, so deleting rows here does not hide truncation.

CREATE TABLE audit_checkpoints (
  id          bigserial PRIMARY KEY,
  written_at  timestamptz NOT NULL,
  row_count   bigint NOT NULL CHECK (row_count >= 0),
  head_id     bigint NOT NULL CHECK (head_id >= 0),
  head_hash   text,
  mac         text NOT NULL
);
CREATE INDEX audit_checkpoints_head_idx ON audit_checkpoints (head_id);

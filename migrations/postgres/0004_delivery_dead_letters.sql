-- Items the delivery queue set aside: a write Postgres rejected as bad data, a call a target
-- refused for good, or what an unreachable target still held at shutdown. Kept with the reason
-- so an operator can see what was not delivered and why, and replay it if wanted.
CREATE TABLE IF NOT EXISTS delivery_dead_letters (
  id BIGSERIAL PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  target TEXT NOT NULL,
  kind TEXT NOT NULL,
  item_key TEXT NOT NULL,
  error_class TEXT NOT NULL,
  reason TEXT NOT NULL,
  -- JSON text, not jsonb: the payload may hold exactly what jsonb refused (e.g. U+0000 escapes).
  payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_delivery_dead_letters_created ON delivery_dead_letters (created_at);

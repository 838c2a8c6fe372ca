-- Learning for diagnosis: labels (a diagnosis confirmed by a recovery outcome or corrected by a
-- person, with the feature vector the model saw) and versioned random-forest models.

CREATE TABLE diagnosis_labels (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  error_event_id  uuid NOT NULL REFERENCES error_events (id) ON DELETE CASCADE,
  category        error_category_enum NOT NULL,
  root_service    text,
  -- A person's word outranks a recovery outcome when both exist for one event.
  source          text NOT NULL CHECK (source IN ('recovery', 'human')),
  labelled_by     text,
  feature_version integer NOT NULL,
  features        jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT diagnosis_labels_event_source_key UNIQUE (error_event_id, source)
);
CREATE INDEX diagnosis_labels_created_idx ON diagnosis_labels (created_at);

CREATE TABLE diagnosis_models (
  id                bigserial PRIMARY KEY,
  version           text NOT NULL UNIQUE,
  created_at        timestamptz NOT NULL DEFAULT now(),
  feature_version   integer NOT NULL,
  training_samples  integer NOT NULL CHECK (training_samples >= 0),
  holdout_accuracy  numeric(5, 4) CHECK (holdout_accuracy >= 0 AND holdout_accuracy <= 1),
  model             jsonb NOT NULL,
  active            boolean NOT NULL DEFAULT false
);
-- At most one model serves at a time.
CREATE UNIQUE INDEX diagnosis_models_active_uidx ON diagnosis_models (active) WHERE active;

-- A person's verdict that a detected event was not an incident (a false positive of detection):
-- the human row of diagnosis_labels, with no category and nothing to train on. It is the source
-- of the design document's false-positive rate. A person's later category label replaces it
-- (one human row per event), and the reverse.
ALTER TABLE diagnosis_labels
  ADD COLUMN not_an_incident boolean NOT NULL DEFAULT false,
  ALTER COLUMN category DROP NOT NULL,
  ALTER COLUMN feature_version DROP NOT NULL,
  ALTER COLUMN features DROP NOT NULL,
  ADD CONSTRAINT diagnosis_labels_verdict_check CHECK (
    CASE WHEN not_an_incident THEN source = 'human' AND category IS NULL AND features IS NULL
         ELSE category IS NOT NULL AND feature_version IS NOT NULL AND features IS NOT NULL END);
CREATE INDEX diagnosis_labels_not_an_incident_idx ON diagnosis_labels (error_event_id) WHERE not_an_incident;

-- Per day, of the events opened that day: how many a person labelled at all, and how many of
-- those as not an incident (false_positives / total_errors is the false-positive rate).
ALTER TABLE self_healing_metrics
  ADD COLUMN labelled_errors integer NOT NULL DEFAULT 0 CHECK (labelled_errors >= 0),
  ADD COLUMN false_positives integer NOT NULL DEFAULT 0 CHECK (false_positives >= 0);

// Diagnosis learning data in Postgres: labels with the features they were diagnosed on, and
// versioned model documents with exactly one active at a time.

import type pg from 'pg';
import type { AssignedCategory, DiagnosisLabel } from '../../records.ts';

/** The columns a model document fills; the document itself is stored whole, as diagnosis wrote it. */
export interface StoredModelHead {
  version: string;
  featureVersion: number;
  samples: number;
  holdoutAccuracy: number | null;
}

/**
 * Stores a label, copying the feature vector from the event's latest classification. Returns
 * false when the event has no classification to copy from (nothing to learn from yet).
 */
export async function saveLabel(pool: pg.Pool, req: DiagnosisLabel): Promise<boolean> {
  const res = await pool.query(
    `INSERT INTO diagnosis_labels (error_event_id, category, root_service, source, labelled_by, feature_version, features)
     SELECT c.error_event_id,
            COALESCE($2::error_category_enum, c.classification_type::error_category_enum),
            COALESCE($3, c.explanation->'rootCause'->>'service'),
            $4, $5,
            (c.explanation->>'featureVersion')::integer,
            c.explanation->'features'
       FROM error_classifications c
      WHERE c.error_event_id = $1 AND c.explanation ? 'features' AND ($6::text IS NULL OR c.id::text = $6)
      ORDER BY c.created_at DESC
      LIMIT 1
     ON CONFLICT (error_event_id, source) DO UPDATE
        SET category = EXCLUDED.category, root_service = EXCLUDED.root_service,
            labelled_by = EXCLUDED.labelled_by, created_at = now(),
            -- A category replaces an earlier "not an incident" from the same source.
            not_an_incident = false, feature_version = EXCLUDED.feature_version, features = EXCLUDED.features`,
    [req.eventId, req.category ?? null, req.rootService ?? null, req.source, req.labelledBy ?? null, req.diagnosisId ?? null],
  );
  return (res.rowCount ?? 0) > 0;
}

/**
 * A person's verdict that the event was not an incident: the event's human label (replacing a
 * category the person gave before), and the event closed if it was still open. Needs no
 * diagnosis. Returns false when the event does not exist, else whether this closed it.
 */
export async function saveNotAnIncident(pool: pg.Pool, eventId: string, labelledBy: string): Promise<{ found: boolean; closed: boolean }> {
  // One statement, so the label and the close land together (the embedded pool has one connection).
  const { rows } = await pool.query<{ found: boolean; closed: boolean }>(
    `WITH ev AS (SELECT id FROM error_events WHERE id = $1),
     label AS (
       INSERT INTO diagnosis_labels (error_event_id, category, root_service, source, labelled_by, not_an_incident, feature_version, features)
       SELECT id, NULL, NULL, 'human', $2, true, NULL, NULL FROM ev
       ON CONFLICT (error_event_id, source) DO UPDATE
          SET category = NULL, root_service = NULL, labelled_by = EXCLUDED.labelled_by, created_at = now(),
              not_an_incident = true, feature_version = NULL, features = NULL
       RETURNING 1),
     closing AS (
       UPDATE error_events SET status = 'closed', closed_at = now(), updated_at = now()
        WHERE id IN (SELECT id FROM ev) AND status = 'open'
       RETURNING 1)
     SELECT EXISTS (SELECT 1 FROM label) AS found, EXISTS (SELECT 1 FROM closing) AS closed`,
    [eventId, labelledBy],
  );
  return rows[0];
}

export interface StoredLabel {
  eventId: string;
  category: AssignedCategory;
  features: number[];
}

/**
 * One label per event of the given feature version, a person's over a recovery's; the newest
 * `limit` events only, which bounds training time (it runs on the pipeline's thread). An event a
 * person said was not an incident teaches no category, also not through a recovery's label.
 */
export async function loadLabels(pool: pg.Pool, featureVersion: number, limit = 3_000): Promise<StoredLabel[]> {
  const { rows } = await pool.query<{ event_id: string; category: AssignedCategory; features: number[] }>(
    `SELECT event_id, category, features FROM (
       SELECT DISTINCT ON (error_event_id) error_event_id AS event_id, category::text AS category, features, created_at
         FROM diagnosis_labels l
        WHERE feature_version = $1
          AND NOT EXISTS (SELECT 1 FROM diagnosis_labels n WHERE n.error_event_id = l.error_event_id AND n.not_an_incident)
        ORDER BY error_event_id, (source = 'human') DESC, created_at DESC
     ) latest
     ORDER BY created_at DESC
     LIMIT $2`,
    [featureVersion, limit],
  );
  return rows.map((r) => ({ eventId: r.event_id, category: r.category, features: r.features }));
}

/** Stores a model and makes it the active one, atomically. */
export async function saveActiveModel(pool: pg.Pool, doc: StoredModelHead): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE diagnosis_models SET active = false WHERE active');
    await client.query(
      `INSERT INTO diagnosis_models (version, feature_version, training_samples, holdout_accuracy, model, active)
       VALUES ($1, $2, $3, $4, $5, true)`,
      [doc.version, doc.featureVersion, doc.samples, doc.holdoutAccuracy, JSON.stringify(doc)],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

export async function loadActiveModel<T extends StoredModelHead>(pool: pg.Pool): Promise<T | null> {
  const { rows } = await pool.query<{ model: T }>('SELECT model FROM diagnosis_models WHERE active LIMIT 1');
  return rows[0]?.model ?? null;
}

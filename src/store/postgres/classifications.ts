// Records a diagnosis: one error_classifications row, idempotent on the diagnosis id, so the
// delivery queue can retry it blindly after a lost acknowledgement.

import type pg from 'pg';
import type { Diagnosis } from '../../records.ts';
import { DataError } from '../../errors.ts';
import { pgJson, pgText } from './sanitize.ts';

/**
 * One error_classifications row, idempotent on the diagnosis id. The event is found by id, or by
 * the fingerprint's open row when detection's open met one already there. No event row at all
 * (its write was set aside) is a data error: the classification cannot be stored.
 */
export async function insertClassification(pool: pg.Pool, d: Diagnosis): Promise<void> {
  const r = await pool.query(
    `INSERT INTO error_classifications
       (id, error_event_id, classification_type, confidence_score, probable_causes, classifier_version, explanation, classification_timestamp)
     SELECT $1, e.id, $3, $4, $5, $6, $7, COALESCE($9, now())
       FROM error_events e
      WHERE e.id = $2 OR (e.fingerprint = $8 AND e.status = 'open' AND NOT EXISTS (SELECT 1 FROM error_events WHERE id = $2))
      ORDER BY (e.id = $2) DESC
      LIMIT 1
     ON CONFLICT (id) DO NOTHING`,
    [d.id, d.eventId, d.category, d.confidence.toFixed(4), pgJson(d.probableCauses), pgText(d.classifierVersion), pgJson(explanationDoc(d)), pgText(d.fingerprint), Number.isFinite(d.diagnosedAt) ? new Date(d.diagnosedAt) : null],
  );
  if ((r.rowCount ?? 0) === 0) {
    const dup = await pool.query('SELECT 1 FROM error_classifications WHERE id = $1', [d.id]);
    if ((dup.rowCount ?? 0) === 0) throw new DataError(`no error_events row for event ${d.eventId}: the classification has nothing to refer to`);
  }
  // One category per incident: the event's is its latest conclusive diagnosis' (error_classifications
  // keeps the history). A diagnosis that found nothing (UNKNOWN) does not undo an earlier finding,
  // also after a restart, when the diagnose stage no longer remembers what it said.
  await pool.query(
    `UPDATE error_events SET category = $2 WHERE id = (SELECT error_event_id FROM error_classifications WHERE id = $1)
       AND category IS DISTINCT FROM $2 AND $2 <> 'UNKNOWN'`,
    [d.id, d.category],
  );
}

/** Everything but the headline fields goes into the explanation document. */
export function explanationDoc(d: Diagnosis): Record<string, unknown> {
  return {
    text: d.explanation,
    diagnosisId: d.id,
    fingerprint: d.fingerprint,
    action: d.action,
    needsApproval: d.needsApproval,
    recommendedActions: d.recommendedActions,
    rootCause: d.rootCause,
    impact: d.impact,
    rule: d.rule,
    model: d.model,
    disagreement: d.disagreement,
    template: d.template,
    exemplarTraceIds: d.exemplarTraceIds,
    featureVersion: d.featureVersion,
    features: d.features,
    ...(d.degraded ? { degraded: d.degraded } : {}),
  };
}


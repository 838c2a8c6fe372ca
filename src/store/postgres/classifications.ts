// Records a diagnosis: one error_classifications row (idempotent on the diagnosis id) and one
// healing_audit_trail entry through the shared AuditTrail (src/audit/trail.ts), skipped when
// an entry for the same diagnosis already exists, so the stage can retry either step blindly
// after a lost acknowledgement.

import type pg from 'pg';
import type { AuditTrail } from '../../audit/trail.ts';
import type { Diagnosis } from '../../diagnose/engine-types.ts';

export async function insertClassification(pool: pg.Pool, d: Diagnosis): Promise<void> {
  await pool.query(
    `INSERT INTO error_classifications
       (id, error_event_id, classification_type, confidence_score, probable_causes, classifier_version, explanation)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO NOTHING`,
    [d.id, d.eventId, d.category, d.confidence.toFixed(4), JSON.stringify(d.probableCauses), d.classifierVersion, pgJson(explanationDoc(d))],
  );
}

export async function auditDiagnosis(pool: pg.Pool, trail: AuditTrail, d: Diagnosis): Promise<void> {
  const dup = await pool.query(
    `SELECT 1 FROM healing_audit_trail
      WHERE entity_type = 'error_event' AND entity_id = $1 AND action = 'diagnosis.recorded' AND details->>'diagnosisId' = $2
      LIMIT 1`,
    [d.eventId, d.id],
  );
  if ((dup.rowCount ?? 0) > 0) return;
  await trail.append({
    actor: 'diagnose',
    action: 'diagnosis.recorded',
    entityType: 'error_event',
    entityId: d.eventId,
    details: {
      diagnosisId: d.id,
      category: d.category,
      confidence: d.confidence,
      needsApproval: d.needsApproval,
      classifierVersion: d.classifierVersion,
      rootCause: { service: pgText(d.rootCause.service), kind: d.rootCause.kind },
    },
  });
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

// PostgreSQL text and jsonb cannot hold NUL, and jsonb rejects unpaired surrogate escapes;
// telemetry can carry both, so they become U+FFFD on the way in.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function pgText(s: string): string {
  return s.replace(UNSTORABLE, '\uFFFD');
}

export function pgJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? pgText(v) : v));
}

// What the /api routes need from the rest of Homeostat, kept narrow so tests can hand in a pool
// and a stage without starting a whole pipeline.
import type pg from 'pg';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { AuditVerifier } from '../../audit/index.ts';
import type { DiagnoseStage } from '../../diagnose/index.ts';
import type { EscalationStage } from '../../escalate/index.ts';
import type { RecoverStage } from '../../recover/index.ts';
import type { Bus } from '../../topics.ts';

export interface ApiDeps {
  pool: pg.Pool;
  /** What a person does through the API that belongs in the audit trail is published here. */
  bus?: Pick<Bus, 'publish'>;
  /** Absent when self_healing.diagnosis (or monitoring) is disabled: labelling and retraining answer 503. */
  diagnose?: Pick<DiagnoseStage, 'label' | 'retrain'>;
  /** Absent when self_healing.recovery.enabled is false: approving and rejecting answer 503. */
  recovery?: Pick<RecoverStage, 'approve' | 'reject'>;
  /** Verifies against the keyed checkpoints; absent: the hash chain only (no key). */
  audit?: AuditVerifier;
  /** Absent when self_healing.escalation is disabled: the escalation routes answer 503. */
  escalation?: {
    stage: Pick<EscalationStage, 'list' | 'get' | 'acknowledge' | 'pagerdutyEvent'>;
    /** PagerDuty webhook v3 signing secret; '' leaves /api/integrations/pagerduty off. */
    pagerdutyWebhookSecret: string;
  };
}

/**
 * Parses `value` or answers 400 naming every offending field, so a client (or the CLI) can say
 * which argument was wrong instead of "bad request". Returns undefined once the reply is sent.
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body' | 'params', reply: FastifyReply): z.output<S> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  void reply.code(400).send({
    error: `invalid ${where}`,
    issues: r.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })),
  });
  return undefined;
}

// Recovery executions and approvals: what recovery did or wants to do, and a person's yes or no.
// Approving and rejecting change what happens to production systems, so they are refused
// outright when the API has no bearer tokens configured (even on loopback), rather than open.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ApprovalError, ExecutionStore, type ExecutionRow } from '../../recover/index.ts';
import { parseOr400, type ApiDeps } from './deps.ts';

const MAX_LIMIT = 500;
const STATUSES = ['PENDING', 'AWAITING_APPROVAL', 'RUNNING', 'COMPLETED', 'FAILED', 'ROLLED_BACK', 'CANCELLED'] as const;

const listQuery = z.strictObject({
  status: z.enum(STATUSES).optional(),
  event_id: z.guid().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
});
const executionId = z.guid();
const person = z.string().trim().min(1).max(200);
const approveBody = z.strictObject({ by: person });
const rejectBody = z.strictObject({ by: person, reason: z.string().trim().min(1).max(2000) });

export function registerExecutionRoutes(app: FastifyInstance, deps: ApiDeps, opts: { tokensConfigured: boolean }): void {
  const store = new ExecutionStore(deps.pool);

  app.get('/api/executions', async (req, reply) => {
    const q = parseOr400(listQuery, req.query, 'query', reply);
    if (!q) return reply;
    return { executions: (await store.list({ status: q.status, eventId: q.event_id, limit: q.limit })).map(view) };
  });

  app.get('/api/approvals', async () => ({ approvals: (await store.list({ status: 'AWAITING_APPROVAL', limit: MAX_LIMIT })).map(view) }));

  app.get<{ Params: { id: string } }>('/api/executions/:id', async (req, reply) => {
    const id = executionId.safeParse(req.params.id);
    const row = id.success ? await store.get(id.data) : null;
    if (!row) return reply.code(404).send({ error: `no execution ${req.params.id}` });
    return view(row);
  });

  for (const verb of ['approve', 'reject'] as const) {
    app.post<{ Params: { id: string } }>(`/api/executions/:id/${verb}`, async (req, reply) => {
      if (!opts.tokensConfigured) return reply.code(403).send({ error: `${verb} needs the API to require a token: set api.auth.bearer_tokens` });
      if (!deps.recovery) return reply.code(503).send({ error: 'recovery is disabled in this configuration' });
      const id = executionId.safeParse(req.params.id);
      if (!id.success) return reply.code(404).send({ error: `no execution ${req.params.id}` });
      try {
        if (verb === 'approve') {
          const b = parseOr400(approveBody, req.body ?? {}, 'body', reply);
          if (!b) return reply;
          return view(await deps.recovery.approve(id.data, b.by));
        }
        const b = parseOr400(rejectBody, req.body ?? {}, 'body', reply);
        if (!b) return reply;
        return view(await deps.recovery.reject(id.data, b.by, b.reason));
      } catch (err) {
        return approvalError(err, reply);
      }
    });
  }
}

function approvalError(err: unknown, reply: FastifyReply): FastifyReply {
  if (err instanceof ApprovalError) return reply.code(err.code === 'not_found' ? 404 : 409).send({ error: err.message });
  throw err;
}

/** The API's shape of an execution: the seed's names, snake_case. */
function view(r: ExecutionRow): Record<string, unknown> {
  return {
    id: r.id,
    error_event_id: r.eventId,
    action: r.actionName,
    execution_status: r.status,
    attempt: r.attempt,
    target_service: r.targetService,
    phase: r.phase,
    risk_level: r.context.risk,
    approval_reason: r.context.approvalReason ?? null,
    dry_run: r.context.dryRun ?? false,
    call: r.context.call,
    candidates: r.context.candidates,
    diagnosis_id: r.context.diagnosisId,
    created_at: r.createdAt,
    started_at: r.startedAt,
    completed_at: r.completedAt,
    deadline_at: r.deadlineAt,
    success: r.success,
    error_message: r.errorMessage,
    result: r.result,
    verification: r.verification,
    rollback_executed: r.rollbackExecuted,
    rollback_success: r.rollbackSuccess,
    approved_by: r.approvedBy,
    decision: r.decision,
    decided_at: r.decidedAt,
    decision_reason: r.decisionReason,
  };
}

// Escalations: list them, acknowledge one (re-escalation stops and the other channels hear who),
// and PagerDuty's webhook v3, through which an acknowledge or resolve in PagerDuty does the same.
// The webhook carries no bearer token: its HMAC signature over the raw body is its credential.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { verifyPagerDutySignature } from '../../escalate/index.ts';
import { PROBE } from '../guard.ts';
import { parseOr400, type ApiDeps } from './deps.ts';

const ackBody = z.strictObject({
  by: z.string().trim().min(1).max(200),
  via: z.enum(['api', 'cli']).default('api'),
});

const webhookBody = z.object({
  event: z.object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    occurred_at: z.string().optional(),
    agent: z.object({ summary: z.string().optional() }).passthrough().nullable().optional(),
    data: z.object({ incident_key: z.string().nullable().optional() }).passthrough().nullable().optional(),
  }).passthrough(),
});

export function registerEscalationRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const off = (reply: FastifyReply) => reply.code(503).send({ error: 'escalation is disabled in this configuration' });

  app.get('/api/escalations', async (_req, reply) => {
    if (!deps.escalation) return off(reply);
    return { escalations: deps.escalation.stage.list() };
  });

  app.get<{ Params: { id: string } }>('/api/escalations/:id', async (req, reply) => {
    if (!deps.escalation) return off(reply);
    const e = deps.escalation.stage.get(req.params.id);
    if (!e) return reply.code(404).send({ error: 'no such escalation', id: req.params.id });
    return { escalation: e };
  });

  app.post<{ Params: { id: string } }>('/api/escalations/:id/ack', async (req, reply) => {
    const body = parseOr400(ackBody, req.body, 'body', reply);
    if (!body) return reply;
    if (!deps.escalation) return off(reply);
    const e = deps.escalation.stage.acknowledge(req.params.id, body.by, body.via);
    if (!e) return reply.code(404).send({ error: 'no such escalation', id: req.params.id });
    return { escalation: e };
  });

  // Any Host: PagerDuty calls from outside with the public name; the signature is the check.
  app.post('/api/integrations/pagerduty', { config: PROBE }, async (req, reply) => {
    const secret = deps.escalation?.pagerdutyWebhookSecret;
    if (!deps.escalation || !secret) return reply.code(404).send({ error: 'the PagerDuty webhook is not configured (self_healing.escalation.pagerduty.webhook_secret)' });
    const raw = (req as { rawBody?: string }).rawBody ?? '';
    const sig = req.headers['x-pagerduty-signature'];
    if (!verifyPagerDutySignature(raw, Array.isArray(sig) ? sig.join(',') : sig, secret)) return reply.code(401).send({ error: 'bad or missing X-PagerDuty-Signature' });
    const body = parseOr400(webhookBody, req.body, 'body', reply);
    if (!body) return reply;
    const outcome = deps.escalation.stage.pagerdutyEvent(body.event);
    // 2xx for everything signed: PagerDuty retries non-2xx, and an event we do not act on will not change on a retry.
    return { outcome };
  });
}

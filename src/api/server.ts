import Fastify, { type FastifyInstance } from 'fastify';
import type { Metrics } from '../telemetry/index.ts';
import { guardHook, hostCheck, PROBE, PUBLIC } from './guard.ts';
import { registerAuditRoutes } from './routes/audit.ts';
import type { ApiDeps } from './routes/deps.ts';
import { registerDiagnosisRoutes } from './routes/diagnosis.ts';
import { registerEscalationRoutes } from './routes/escalations.ts';
import { registerEventRoutes } from './routes/events.ts';
import { registerExecutionRoutes } from './routes/executions.ts';
import { registerProposalRoutes } from './routes/proposals.ts';
import { registerReportRoutes } from './routes/report.ts';

export type { ApiDeps } from './routes/deps.ts';

export interface ApiOptions {
  host: string;
  port: number;
  metrics: Metrics;
  /** Each named check answers whether a dependency responds; /readyz is ready only when all do. */
  readiness: Record<string, () => Promise<boolean>>;
  /** Checks the Authorization header on every route but the probes (and /metrics unless protectMetrics); absent means open. */
  checkAuth?: (authorization: string | undefined) => boolean;
  protectMetrics?: boolean;
  /** Host names accepted besides loopback names and IP literals (api.allowed_hosts); `*` accepts any. */
  allowedHosts?: string[];
}

/**
 * The API port: health, readiness and Prometheus metrics, plus the /api routes (events, their
 * diagnoses and labels, retraining, audit verification) when `deps` gives them a database.
 */
export function buildApi(opts: ApiOptions, deps?: ApiDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  app.addHook('onRequest', guardHook({ checkAuth: opts.checkAuth, allowHost: hostCheck(opts.allowedHosts ?? [], opts.host) }));
  // POSTs must say application/json (guard.ts); one with no body at all is still accepted.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    // Kept for routes that verify a signature over the exact bytes (the PagerDuty webhook).
    (req as { rawBody?: string }).rawBody = body as string;
    if (body === '') return done(null, undefined);
    return json(req, body as string, done);
  });
  // Probes stay open: an orchestrator's liveness and readiness checks carry no credentials.
  app.get('/healthz', { config: PROBE }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: PROBE }, async (_req, reply) => {
    const entries = await Promise.all(
      Object.entries(opts.readiness).map(async ([name, check]) => [name, await check().catch(() => false)] as const),
    );
    const checks = Object.fromEntries(entries);
    const ready = entries.every(([, ok]) => ok);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get('/metrics', { config: opts.protectMetrics ? {} : PUBLIC }, async (_req, reply) => {
    reply.header('Content-Type', opts.metrics.registry.contentType);
    return opts.metrics.registry.metrics();
  });
  if (deps) {
    registerEventRoutes(app, deps);
    registerDiagnosisRoutes(app, deps);
    registerAuditRoutes(app, deps);
    registerEscalationRoutes(app, deps);
    registerProposalRoutes(app, deps);
    registerReportRoutes(app, deps);
    registerExecutionRoutes(app, deps, { tokensConfigured: opts.checkAuth !== undefined });
  }
  return app;
}

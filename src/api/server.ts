import Fastify, { type FastifyInstance } from 'fastify';
import type { Metrics } from '../telemetry/index.ts';
import { registerAuditRoutes } from './routes/audit.ts';
import type { ApiDeps } from './routes/deps.ts';
import { registerDiagnosisRoutes } from './routes/diagnosis.ts';
import { registerEventRoutes } from './routes/events.ts';

export type { ApiDeps } from './routes/deps.ts';

export interface ApiOptions {
  host: string;
  port: number;
  metrics: Metrics;
  /** Each named check answers whether a dependency responds; /readyz is ready only when all do. */
  readiness: Record<string, () => Promise<boolean>>;
  /** Checks the Authorization header on /api/* (and /metrics with protectMetrics); absent means open. */
  checkAuth?: (authorization: string | undefined) => boolean;
  protectMetrics?: boolean;
}

/**
 * The API port: health, readiness and Prometheus metrics, plus the /api routes (events, their
 * diagnoses and labels, retraining, audit verification) when `deps` gives them a database.
 */
export function buildApi(opts: ApiOptions, deps?: ApiDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  const checkAuth = opts.checkAuth;
  if (checkAuth) {
    // Probes stay open: an orchestrator's liveness and readiness checks carry no credentials.
    app.addHook('onRequest', async (req, reply) => {
      const path = req.url.split('?', 1)[0];
      const guarded = path.startsWith('/api/') || (opts.protectMetrics === true && path === '/metrics');
      if (guarded && !checkAuth(req.headers.authorization)) {
        return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'missing or invalid bearer token' });
      }
    });
  }
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const entries = await Promise.all(
      Object.entries(opts.readiness).map(async ([name, check]) => [name, await check().catch(() => false)] as const),
    );
    const checks = Object.fromEntries(entries);
    const ready = entries.every(([, ok]) => ok);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get('/metrics', async (_req, reply) => {
    reply.header('Content-Type', opts.metrics.registry.contentType);
    return opts.metrics.registry.metrics();
  });
  if (deps) {
    registerEventRoutes(app, deps);
    registerDiagnosisRoutes(app, deps);
    registerAuditRoutes(app, deps);
  }
  return app;
}

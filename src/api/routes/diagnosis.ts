// Retraining on demand, so a person who has just labelled events need not wait for the schedule.
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from './deps.ts';

export function registerDiagnosisRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.post('/api/diagnosis/retrain', async (_req, reply) => {
    if (!deps.diagnose) return reply.code(503).send({ error: 'diagnosis is disabled in this configuration' });
    return deps.diagnose.retrain();
  });
}

// Integrity check of the hash-chained healing audit trail. A broken chain is still a 200: the
// check itself worked, and the body (ok: false, firstBroken) is the finding.
import type { FastifyInstance } from 'fastify';
import { verifyAuditTrail } from '../../audit/index.ts';
import type { ApiDeps } from './deps.ts';

export function registerAuditRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/api/audit/verify', async () => verifyAuditTrail(deps.pool));
}

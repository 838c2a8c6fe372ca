// Integrity check of the hash-chained healing audit trail. A broken chain is still a 200: the
// check itself worked, and the body (ok: false, firstBroken) is the finding.
//
// By default only the rows after the latest keyed checkpoint are re-hashed (the checkpoint
// anchors the rest); `?full=true` re-hashes every row. Either way rows are read in bounded pages
// with writes let through between them, and one verification runs at a time: a second request
// while one runs gets 429 instead of queueing more scans on the database.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AuditVerifier } from '../../audit/index.ts';
import { parseOr400, type ApiDeps } from './deps.ts';

const verifyQuery = z.strictObject({ full: z.enum(['true', 'false']).optional() });
const RETRY_AFTER_S = 5;

export function registerAuditRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const verifier = deps.audit ?? new AuditVerifier(deps.pool);
  app.get('/api/audit/verify', async (req, reply) => {
    const q = parseOr400(verifyQuery, req.query, 'query', reply);
    if (!q) return reply;
    const result = await verifier.tryVerify(q.full === 'true' ? 'full' : 'since_checkpoint');
    if (!result) {
      return reply.code(429).header('retry-after', String(RETRY_AFTER_S)).send({ error: 'an audit verification is already running; retry later' });
    }
    return result;
  });
}

// Code-fix proposals (src/escalate/codefix.ts): what Codegen was asked to fix, where the run and
// its pull request are, and how it ended. Read-only: a proposal is reviewed by people, never
// applied by Homeostat.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ProposalStore } from '../../escalate/index.ts';
import { parseOr400, type ApiDeps } from './deps.ts';

const listQuery = z.strictObject({
  incident: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export function registerProposalRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const store = new ProposalStore(deps.pool);

  app.get('/api/proposals', async (req, reply) => {
    const q = parseOr400(listQuery, req.query, 'query', reply);
    if (!q) return reply;
    return { proposals: q.incident ? await store.forIncident(q.incident) : await store.list(q.limit) };
  });

  app.get<{ Params: { id: string } }>('/api/proposals/:id', async (req, reply) => {
    const p = await store.get(req.params.id);
    if (!p) return reply.code(404).send({ error: 'no such proposal', id: req.params.id });
    return { proposal: p };
  });
}

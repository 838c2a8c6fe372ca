// The daily self-healing metrics (src/report), recomputed for the asked period and returned:
// what `homeostat report --api` prints when the database is the server's embedded one.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { dayOf, dayStart, refreshDays } from '../../report/index.ts';
import { parseOr400, type ApiDeps } from './deps.ts';

const DAY_MS = 86_400_000;
const MAX_DAYS = 400;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-01-31').refine((d) => Number.isFinite(Date.parse(`${d}T00:00:00Z`)), 'not a calendar date');
const query = z.strictObject({ from: date.optional(), to: date.optional() });

export function registerReportRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/api/report', async (req, reply) => {
    const q = parseOr400(query, req.query, 'query', reply);
    if (!q) return reply;
    const now = Date.now();
    const to = q.to ?? dayOf(now);
    const from = q.from ?? dayOf(dayStart(to) - 6 * DAY_MS);
    if (from > to) return reply.code(400).send({ error: 'from is after to', from, to });
    // Bounded: each day is recomputed (a handful of indexed counts) before it is returned.
    if (dayStart(to) - dayStart(from) >= MAX_DAYS * DAY_MS) return reply.code(400).send({ error: `at most ${MAX_DAYS} days at once` });
    return { from, to, days: await refreshDays(deps.pool, from, to, now) };
  });
}

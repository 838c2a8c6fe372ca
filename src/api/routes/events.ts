// Detected error events and their diagnoses, and a person's correction of a diagnosis (a label
// that outranks recovery outcomes at the next retrain) or verdict that the event was not an
// incident (the source of the false-positive rate).
import { ProposalStore } from '../../escalate/index.ts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { CATEGORIES } from '../../records.ts';
import { saveNotAnIncident } from '../../store/index.ts';
import { parseOr400, type ApiDeps } from './deps.ts';

const MAX_LIMIT = 500;

const listQuery = z.strictObject({
  status: z.enum(['open', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
});

// z.guid rather than z.uuid: Postgres accepts any 8-4-4-4-12 hex id, not only RFC 9562 versions.
const eventId = z.guid();

// UNKNOWN is a valid enum value but not a lesson: the trainer drops such labels, so a person
// has to name a real category, or say the event was not an incident at all.
const labelBody = z
  .strictObject({
    category: z.enum(CATEGORIES).optional(),
    not_an_incident: z.literal(true).optional(),
    labelled_by: z.string().trim().min(1).max(200),
  })
  .superRefine((b, ctx) => {
    if ((b.category === undefined) === (b.not_an_incident === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'give either a category or not_an_incident: true' });
    }
  });

// bigint and numeric arrive from pg as strings; float8 casts make them JSON numbers. The column is
// the seed's "timestamp"; the API has always answered occurred_at, and keeps doing so beside it.
const EVENT_COLUMNS = `id, status, severity, category, message, service_name, source_component, series_key, fingerprint,
  occurrence_count::float8 AS occurrence_count, "timestamp", "timestamp" AS occurred_at, closed_at, created_at, updated_at, context, trace_ids,
  stack_trace, user_id, session_id, request_id`;

export function registerEventRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/api/events', async (req, reply) => {
    const q = parseOr400(listQuery, req.query, 'query', reply);
    if (!q) return reply;
    const { rows } = await deps.pool.query(
      `SELECT ${EVENT_COLUMNS} FROM error_events
        WHERE ($1::text IS NULL OR status = $1::text)
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      [q.status ?? null, q.limit],
    );
    return { events: rows };
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', async (req, reply) => {
    const id = eventId.safeParse(req.params.id);
    if (!id.success) return notFound(reply, req.params.id);
    // Separate queries, no transaction: the embedded pool has one connection (see client.ts).
    const ev = await deps.pool.query(`SELECT ${EVENT_COLUMNS} FROM error_events WHERE id = $1`, [id.data]);
    if (ev.rows.length === 0) return notFound(reply, id.data);
    const diagnoses = await deps.pool.query(
      `SELECT id, classification_type AS category, confidence_score::float8 AS confidence, probable_causes,
              classifier_version, explanation, classification_timestamp, created_at
         FROM error_classifications WHERE error_event_id = $1
        ORDER BY created_at DESC, id DESC`,
      [id.data],
    );
    const labels = await deps.pool.query(
      `SELECT category, not_an_incident, source, labelled_by, created_at FROM diagnosis_labels
        WHERE error_event_id = $1 ORDER BY created_at DESC`,
      [id.data],
    );
    // Code-fix proposals for the incident's error pattern (never applied; links for review).
    const proposals = await new ProposalStore(deps.pool).forIncident(id.data);
    return { event: ev.rows[0], diagnoses: diagnoses.rows, labels: labels.rows, proposals };
  });

  app.post<{ Params: { id: string } }>('/api/events/:id/label', async (req, reply) => {
    const id = eventId.safeParse(req.params.id);
    if (!id.success) return notFound(reply, req.params.id);
    const body = parseOr400(labelBody, req.body, 'body', reply);
    if (!body) return reply;
    if (body.not_an_incident) return notAnIncident(deps, id.data, body.labelled_by, reply);
    if (!deps.diagnose) return reply.code(503).send({ error: 'diagnosis is disabled in this configuration' });
    const ev = await deps.pool.query('SELECT 1 FROM error_events WHERE id = $1', [id.data]);
    if (ev.rows.length === 0) return notFound(reply, id.data);
    const saved = await deps.diagnose.label({ eventId: id.data, category: body.category!, source: 'human', labelledBy: body.labelled_by });
    // A label copies the feature vector of the latest diagnosis; without one there is nothing to learn from.
    if (!saved) return reply.code(409).send({ error: 'event has no diagnosis to label yet', event_id: id.data });
    return reply.code(202).send({ event_id: id.data, category: body.category, source: 'human', labelled_by: body.labelled_by });
  });
}

/**
 * A false positive: the label (who, when), the event closed if it was open, its open escalation
 * acknowledged so nobody is paged again for it, one audit row. Works without diagnosis: there is
 * nothing to learn a category from.
 */
async function notAnIncident(deps: ApiDeps, eventId: string, by: string, reply: FastifyReply) {
  const { found, closed } = await saveNotAnIncident(deps.pool, eventId, by);
  if (!found) return notFound(reply, eventId);
  deps.bus?.publish('diagnosis.labelled', { eventId, source: 'human', labelledBy: by, notAnIncident: true, closed });
  const esc = deps.escalation?.stage;
  const acknowledged = esc?.get(eventId)?.status === 'open' && esc.acknowledge(eventId, `${by} (not an incident)`, 'api') !== undefined;
  return reply.code(202).send({ event_id: eventId, not_an_incident: true, source: 'human', labelled_by: by, closed, escalation_acknowledged: acknowledged === true });
}

function notFound(reply: FastifyReply, id: string) {
  return reply.code(404).send({ error: 'event not found', event_id: id });
}

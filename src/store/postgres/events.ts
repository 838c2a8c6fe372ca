// Detected events in error_events: one row per incident. An open reuses the fingerprint's open
// row if one exists (ON CONFLICT on the partial unique index: a replica or an earlier run already
// opened it), and updates/closes address the open row by id, or by fingerprint when the open met
// such a row. Writes are delivery items keyed by incident, so one incident's open, updates and
// close land in order while other incidents' writes go ahead.
//
// The stack trace and request identity of the record that opened an event (detection puts them
// in the context as stackTrace, userId, sessionId, requestId) are stored in the seed's columns
// and not also in context, so each has one place. The first value an event gets is kept.
import type pg from 'pg';
import type { DeliveryItem } from '../../delivery/index.ts';
import type { Category, DetectedEvent, EventContext, OpenIncident, Severity } from '../../records.ts';
import { canonicalize } from './canonical.ts';
import { pgJson, pgText } from './sanitize.ts';

/** The delivery item that writes one open, update or close. */
export function eventWrite(pool: pg.Pool, ev: DetectedEvent): DeliveryItem {
  const context = pgJson(canonicalize(storedContext(ev.context).context));
  return {
    target: 'postgres',
    key: `event:${ev.id}`,
    kind: `event.${ev.action}`,
    payload: { ...ev, context: undefined, contextJson: context.length > 4096 ? `${context.slice(0, 4096)}…` : context },
    bytes: context.length + ev.message.length + 512,
    run: () => writeEvent(pool, ev, context),
  };
}

/** Context members that have columns of their own (the seed's error_events columns). */
export interface EventRecordFields {
  stackTrace: string | null;
  userId: string | null;
  sessionId: string | null;
  requestId: string | null;
}

/** Splits the members stored in their own columns off the context. */
export function storedContext(ctx: EventContext): { context: Record<string, unknown>; fields: EventRecordFields } {
  const { stackTrace, userId, sessionId, requestId, ...context } = ctx;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? pgText(v) : null);
  return { context, fields: { stackTrace: text(stackTrace), userId: text(userId), sessionId: text(sessionId), requestId: text(requestId) } };
}

export async function writeEvent(pool: pg.Pool, ev: DetectedEvent, context?: string): Promise<void> {
  const split = storedContext(ev.context);
  const ctx = context ?? pgJson(canonicalize(split.context));
  const f = split.fields;
  const traceIds = (ev.context.exemplarTraceIds ?? []).map(pgText);
  if (ev.action === 'open') {
    await pool.query(
      `INSERT INTO error_events (id, "timestamp", updated_at, severity, category, message, source_component, service_name, series_key, fingerprint, context, trace_ids,
                                 stack_trace, user_id, session_id, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16)
       ON CONFLICT (fingerprint) WHERE status = 'open'
       DO UPDATE SET updated_at = EXCLUDED.updated_at, severity = EXCLUDED.severity, context = EXCLUDED.context,
                     trace_ids = EXCLUDED.trace_ids, occurrence_count = error_events.occurrence_count + 1,
                     ${KEEP_FIRST.map((c) => `${c} = COALESCE(error_events.${c}, EXCLUDED.${c})`).join(', ')}`,
      [ev.id, new Date(ev.openedAt), new Date(ev.updatedAt), ev.severity, ev.category, pgText(ev.message), pgText(ev.sourceComponent), pgText(ev.serviceName), pgText(ev.seriesKey), pgText(ev.fingerprint), ctx, traceIds,
        f.stackTrace, f.userId, f.sessionId, f.requestId],
    );
    return;
  }
  // By id, or (when the open met an existing open row) by the fingerprint's open row.
  const target = `(id = $1 OR (fingerprint = $2 AND NOT EXISTS (SELECT 1 FROM error_events WHERE id = $1))) AND status = 'open'`;
  const keep = KEEP_FIRST.map((c, i) => `${c} = COALESCE(${c}, $${i + 3})`).join(', ');
  const fields = [f.stackTrace, f.userId, f.sessionId, f.requestId];
  if (ev.action === 'update') {
    await pool.query(
      `UPDATE error_events SET ${keep}, updated_at = $7, severity = $8, message = $9, context = $10::jsonb, trace_ids = $11,
              occurrence_count = occurrence_count + 1
       WHERE ${target}`,
      [ev.id, pgText(ev.fingerprint), ...fields, new Date(ev.updatedAt), ev.severity, pgText(ev.message), ctx, traceIds],
    );
  } else {
    await pool.query(
      `UPDATE error_events SET ${keep}, status = 'closed', closed_at = $7, updated_at = $7, severity = $8, context = $9::jsonb, trace_ids = $10
       WHERE ${target}`,
      [ev.id, pgText(ev.fingerprint), ...fields, new Date(ev.closedAt ?? ev.updatedAt), ev.severity, ctx, traceIds],
    );
  }
}

/** Columns that keep the first value an event was given. */
const KEEP_FIRST = ['stack_trace', 'user_id', 'session_id', 'request_id'] as const;

/** Open events written by detection, to resume after a restart. */
export async function loadOpenIncidents(pool: pg.Pool): Promise<OpenIncident[]> {
  const r = await pool.query<{
    id: string; fingerprint: string; severity: Severity; category: Category; message: string; source_component: string | null;
    service_name: string; series_key: string | null; timestamp: Date; updated_at: Date; context: EventContext;
  }>(
    `SELECT id::text AS id, fingerprint, severity::text AS severity, category::text AS category, message, source_component, service_name,
            series_key, "timestamp", updated_at, context
     FROM error_events WHERE status = 'open' AND fingerprint LIKE 'det:%' ORDER BY "timestamp"`,
  );
  return r.rows.map((x) => ({
    id: x.id,
    fingerprint: x.fingerprint,
    severity: x.severity,
    category: x.category,
    message: x.message,
    sourceComponent: x.source_component ?? '',
    serviceName: x.service_name,
    seriesKey: x.series_key ?? '',
    openedAt: x.timestamp.getTime(),
    updatedAt: x.updated_at.getTime(),
    context: x.context,
  }));
}

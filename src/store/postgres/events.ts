// Detected events in error_events: one row per incident. An open reuses the fingerprint's open
// row if one exists (ON CONFLICT on the partial unique index: a replica or an earlier run already
// opened it), and updates/closes address the open row by id, or by fingerprint when the open met
// such a row. Writes are delivery items keyed by incident, so one incident's open, updates and
// close land in order while other incidents' writes go ahead.
import type pg from 'pg';
import type { DeliveryItem } from '../../delivery/index.ts';
import type { Category, DetectedEvent, EventContext, OpenIncident, Severity } from '../../records.ts';
import { canonicalize } from './canonical.ts';
import { pgJson, pgText } from './sanitize.ts';

/** The delivery item that writes one open, update or close. */
export function eventWrite(pool: pg.Pool, ev: DetectedEvent): DeliveryItem {
  const context = pgJson(canonicalize(ev.context));
  return {
    target: 'postgres',
    key: `event:${ev.id}`,
    kind: `event.${ev.action}`,
    payload: { ...ev, context: undefined, contextJson: context.length > 4096 ? `${context.slice(0, 4096)}…` : context },
    bytes: context.length + ev.message.length + 512,
    run: () => writeEvent(pool, ev, context),
  };
}

export async function writeEvent(pool: pg.Pool, ev: DetectedEvent, context = pgJson(canonicalize(ev.context))): Promise<void> {
  const traceIds = (ev.context.exemplarTraceIds ?? []).map(pgText);
  if (ev.action === 'open') {
    await pool.query(
      `INSERT INTO error_events (id, occurred_at, updated_at, severity, category, message, source_component, service_name, series_key, fingerprint, context, trace_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12)
       ON CONFLICT (fingerprint) WHERE status = 'open'
       DO UPDATE SET updated_at = EXCLUDED.updated_at, severity = EXCLUDED.severity, context = EXCLUDED.context,
                     trace_ids = EXCLUDED.trace_ids, occurrence_count = error_events.occurrence_count + 1`,
      [ev.id, new Date(ev.openedAt), new Date(ev.updatedAt), ev.severity, ev.category, pgText(ev.message), pgText(ev.sourceComponent), pgText(ev.serviceName), pgText(ev.seriesKey), pgText(ev.fingerprint), context, traceIds],
    );
    return;
  }
  // By id, or (when the open met an existing open row) by the fingerprint's open row.
  const target = `(id = $1 OR (fingerprint = $2 AND NOT EXISTS (SELECT 1 FROM error_events WHERE id = $1))) AND status = 'open'`;
  if (ev.action === 'update') {
    await pool.query(
      `UPDATE error_events SET updated_at = $3, severity = $4, message = $5, context = $6::jsonb, trace_ids = $7,
              occurrence_count = occurrence_count + 1
       WHERE ${target}`,
      [ev.id, pgText(ev.fingerprint), new Date(ev.updatedAt), ev.severity, pgText(ev.message), context, traceIds],
    );
  } else {
    await pool.query(
      `UPDATE error_events SET status = 'closed', closed_at = $3, updated_at = $3, severity = $4, context = $5::jsonb, trace_ids = $6
       WHERE ${target}`,
      [ev.id, pgText(ev.fingerprint), new Date(ev.closedAt ?? ev.updatedAt), ev.severity, context, traceIds],
    );
  }
}

/** Open events written by detection, to resume after a restart. */
export async function loadOpenIncidents(pool: pg.Pool): Promise<OpenIncident[]> {
  const r = await pool.query<{
    id: string; fingerprint: string; severity: Severity; category: Category; message: string; source_component: string | null;
    service_name: string; series_key: string | null; occurred_at: Date; updated_at: Date; context: EventContext;
  }>(
    `SELECT id::text AS id, fingerprint, severity::text AS severity, category::text AS category, message, source_component, service_name,
            series_key, occurred_at, updated_at, context
     FROM error_events WHERE status = 'open' AND fingerprint LIKE 'det:%' ORDER BY occurred_at`,
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
    openedAt: x.occurred_at.getTime(),
    updatedAt: x.updated_at.getTime(),
    context: x.context,
  }));
}

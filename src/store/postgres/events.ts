// Detected events into error_events, plus one audit-trail entry per open/update/close. Writes are
// queued and run one at a time by a background worker, so ingest never waits on PostgreSQL; the
// queue is bounded and what does not fit is dropped and counted. One row per incident: an open
// reuses the fingerprint's open row if one exists (ON CONFLICT on the partial unique index), and
// updates/closes address the row by id.
import type pg from 'pg';
import { AuditTrail } from '../../audit/trail.ts';
import type { Category, DetectedEvent, EventContext, Severity } from '../../records.ts';
import type { ResumeRow } from '../../detect/engine-incidents.ts';
import { canonicalize } from '../../audit/canonical.ts';

export interface EventStoreOptions {
  maxQueue: number;
  maxRetries: number;
  retryBaseMs: number;
}

export interface EventStoreObserver {
  dropped?(ev: DetectedEvent): void;
  failed?(ev: DetectedEvent, err: unknown): void;
  written?(ev: DetectedEvent, ms: number): void;
}

export const DEFAULT_EVENT_STORE: EventStoreOptions = { maxQueue: 10_000, maxRetries: 5, retryBaseMs: 200 };

interface Job {
  ev: DetectedEvent;
  queuedAt: number;
}

export class EventStore {
  readonly opts: EventStoreOptions;
  readonly audit: AuditTrail;
  private readonly queue: Job[] = [];
  private running: Promise<void> | null = null;
  /** In-process id → stored id (differs only when an open met an existing open row for its fingerprint). */
  private readonly ids = new Map<string, string>();
  dropped = 0;
  failed = 0;
  written = 0;

  constructor(private readonly pool: pg.Pool, private readonly observer: EventStoreObserver = {}, opts?: Partial<EventStoreOptions>) {
    this.opts = { ...DEFAULT_EVENT_STORE, ...opts };
    this.audit = new AuditTrail(pool);
  }

  get depth(): number {
    return this.queue.length;
  }

  /** Never blocks and never throws: false when the queue is full and the event was dropped. */
  enqueue(ev: DetectedEvent): boolean {
    if (this.queue.length >= this.opts.maxQueue) {
      this.dropped++;
      this.observer.dropped?.(ev);
      return false;
    }
    this.queue.push({ ev, queuedAt: performance.now() });
    this.running ??= this.work().finally(() => {
      this.running = null;
    });
    return true;
  }

  /** Resolves when everything queued so far is written (or given up). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Open events written by detection, to resume after a restart. */
  async loadOpen(): Promise<ResumeRow[]> {
    const r = await this.pool.query<{
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

  private async work(): Promise<void> {
    for (let job = this.queue.shift(); job; job = this.queue.shift()) {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.write(job.ev);
          this.written++;
          this.observer.written?.(job.ev, performance.now() - job.queuedAt);
          break;
        } catch (err) {
          if (attempt >= this.opts.maxRetries) {
            this.failed++;
            this.observer.failed?.(job.ev, err);
            break;
          }
          await new Promise((r) => setTimeout(r, this.opts.retryBaseMs * 2 ** attempt));
        }
      }
    }
  }

  private async write(ev: DetectedEvent): Promise<void> {
    const context = JSON.stringify(canonicalize(ev.context));
    const traceIds = ev.context.exemplarTraceIds ?? [];
    let id = this.ids.get(ev.id) ?? ev.id;
    if (ev.action === 'open') {
      const r = await this.pool.query<{ id: string }>(
        `INSERT INTO error_events (id, occurred_at, updated_at, severity, category, message, source_component, service_name, series_key, fingerprint, context, trace_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12)
         ON CONFLICT (fingerprint) WHERE status = 'open'
         DO UPDATE SET updated_at = EXCLUDED.updated_at, severity = EXCLUDED.severity, context = EXCLUDED.context,
                       trace_ids = EXCLUDED.trace_ids, occurrence_count = error_events.occurrence_count + 1
         RETURNING id::text AS id`,
        [ev.id, new Date(ev.openedAt), new Date(ev.updatedAt), ev.severity, ev.category, ev.message, ev.sourceComponent, ev.serviceName, ev.seriesKey, ev.fingerprint, context, traceIds],
      );
      id = r.rows[0].id;
      if (id !== ev.id) this.ids.set(ev.id, id);
    } else if (ev.action === 'update') {
      await this.pool.query(
        `UPDATE error_events SET updated_at = $2, severity = $3, message = $4, context = $5::jsonb, trace_ids = $6,
                occurrence_count = occurrence_count + 1
         WHERE id = $1 AND status = 'open'`,
        [id, new Date(ev.updatedAt), ev.severity, ev.message, context, traceIds],
      );
    } else {
      await this.pool.query(
        `UPDATE error_events SET status = 'closed', closed_at = $2, updated_at = $2, severity = $3, context = $4::jsonb, trace_ids = $5
         WHERE id = $1 AND status = 'open'`,
        [id, new Date(ev.closedAt ?? ev.updatedAt), ev.severity, context, traceIds],
      );
      this.ids.delete(ev.id);
    }
    await this.audit.append({
      actor: 'homeostat/detect',
      action: `event.${ev.action}`,
      entityType: 'error_event',
      entityId: id,
      details: { fingerprint: ev.fingerprint, severity: ev.severity, category: ev.category, series: ev.seriesKey, service: ev.serviceName, message: ev.message, scores: ev.context.scores },
    });
  }
}

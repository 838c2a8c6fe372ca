// Escalations in Postgres (migration 0009), so a restart neither forgets an open escalation nor
// pages twice: the stage writes an escalation's row whenever it notifies, is acknowledged or is
// resolved, and each channel writes the mark of what it delivered once the call was accepted.
// On start the stage reads both back (see EscalationStage.start): due re-escalations resume, and
// a channel whose last delivered mark is behind the escalation's state is sent what it missed.
// Row writes go through the delivery queue on the incident's key, so a Postgres outage delays
// them in order instead of losing them; marks are written inside the channel's own delivery item.
import type pg from 'pg';
import type { DeliveryQueue } from '../delivery/index.ts';
import { pgSafe, pgText } from '../store/index.ts';
import type { Category, Severity } from '../records.ts';
import type { ActionTried, ChannelName, Page } from './page.ts';

/** What a page is built from, kept with the escalation so a restarted instance can page again. */
export interface IncidentSnapshot {
  event: { id: string; action: 'open' | 'update' | 'close'; severity: Severity; category: Category; message: string; serviceName: string; openedAt: number };
  diagnosis?: Page['diagnosis'];
  actions: ActionTried[];
  failedExecutions: string[];
  steps: string[];
}

export type EscalationStatus = 'open' | 'acknowledged' | 'resolved';

/** One incident's escalation as people and the API see it. */
export interface Escalation {
  id: string;
  incidentId: string;
  rule: string;
  action: string;
  reason: string;
  level: number;
  status: EscalationStatus;
  channels: ChannelName[];
  raisedAt: number;
  /** When the current level was notified; re-escalation is due `timeoutMs` later. */
  notifiedAt: number;
  dueAt: number | null;
  acknowledgedBy?: string;
  acknowledgedAt?: number;
  /** api, cli, pagerduty */
  acknowledgedVia?: string;
  resolvedAt?: number;
  resolvedWhy?: string;
}

/** The escalation's row: plus its rule's timeout and what its pages are built from. */
export interface StoredEscalation extends Escalation {
  timeoutMs: number;
  incident: IncidentSnapshot;
}

/** Where a channel records what it delivered. */
export interface MarkStore {
  delivered(incidentId: string, channel: ChannelName, mark: string): Promise<void>;
}

/** Resolved escalations are read back this long after resolving, so the API still lists them. */
const KEEP_RESOLVED_MS = 24 * 3_600_000;

export class EscalationStore implements MarkStore {
  constructor(private readonly pool: pg.Pool, private readonly delivery: Pick<DeliveryQueue, 'send'>) {}

  /** Queues the escalation's current state (the whole row: the last write wins, in order per incident). */
  save(e: StoredEscalation): void {
    const row = pgSafe(e) as StoredEscalation;
    this.delivery.send({
      target: 'postgres',
      key: `escalation:${e.incidentId}`,
      kind: 'escalation.save',
      payload: { escalationId: e.id, incidentId: e.incidentId, level: e.level, status: e.status },
      bytes: 512 + JSON.stringify(row.incident).length,
      run: () => this.upsert(row),
    });
  }

  async delivered(incidentId: string, channel: ChannelName, mark: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO escalation_deliveries (incident_id, channel, mark, delivered_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (incident_id, channel) DO UPDATE SET mark = EXCLUDED.mark, delivered_at = EXCLUDED.delivered_at`,
      [pgText(incidentId), channel, mark],
    );
  }

  /** Escalations still open or acknowledged, and those resolved lately; with each channel's last delivered mark. */
  async load(now: number): Promise<Array<{ escalation: StoredEscalation; marks: Partial<Record<ChannelName, string>> }>> {
    const r = await this.pool.query<{
      id: string; incident_id: string; rule: string; action: string; reason: string; level: number; status: StoredEscalation['status'];
      channels: ChannelName[]; timeout_ms: string; raised_at: Date; notified_at: Date; due_at: Date | null; acknowledged_by: string | null;
      acknowledged_at: Date | null; acknowledged_via: string | null; resolved_at: Date | null; resolved_why: string | null; incident: IncidentSnapshot;
      marks: Record<string, string> | null;
    }>(
      `SELECT e.*, (SELECT jsonb_object_agg(d.channel, d.mark) FROM escalation_deliveries d WHERE d.incident_id = e.incident_id) AS marks
         FROM escalations e
        WHERE e.status <> 'resolved' OR e.resolved_at > $1
        ORDER BY e.raised_at`,
      [new Date(now - KEEP_RESOLVED_MS)],
    );
    return r.rows.map((x) => ({
      escalation: {
        id: x.id,
        incidentId: x.incident_id,
        rule: x.rule,
        action: x.action,
        reason: x.reason,
        level: x.level,
        status: x.status,
        channels: x.channels,
        timeoutMs: Number(x.timeout_ms),
        raisedAt: x.raised_at.getTime(),
        notifiedAt: x.notified_at.getTime(),
        dueAt: x.due_at ? x.due_at.getTime() : null,
        ...(x.acknowledged_by !== null ? { acknowledgedBy: x.acknowledged_by } : {}),
        ...(x.acknowledged_at ? { acknowledgedAt: x.acknowledged_at.getTime() } : {}),
        ...(x.acknowledged_via !== null ? { acknowledgedVia: x.acknowledged_via } : {}),
        ...(x.resolved_at ? { resolvedAt: x.resolved_at.getTime() } : {}),
        ...(x.resolved_why !== null ? { resolvedWhy: x.resolved_why } : {}),
        incident: x.incident,
      },
      marks: (x.marks ?? {}) as Partial<Record<ChannelName, string>>,
    }));
  }

  private async upsert(e: StoredEscalation): Promise<void> {
    const ts = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms));
    await this.pool.query(
      `INSERT INTO escalations (id, incident_id, rule, action, reason, level, status, channels, timeout_ms, raised_at, notified_at, due_at,
                                acknowledged_by, acknowledged_at, acknowledged_via, resolved_at, resolved_why, incident, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, now())
       ON CONFLICT (incident_id) DO UPDATE SET
         id = EXCLUDED.id, rule = EXCLUDED.rule, action = EXCLUDED.action, reason = EXCLUDED.reason, level = EXCLUDED.level,
         status = EXCLUDED.status, channels = EXCLUDED.channels, timeout_ms = EXCLUDED.timeout_ms, raised_at = EXCLUDED.raised_at,
         notified_at = EXCLUDED.notified_at, due_at = EXCLUDED.due_at, acknowledged_by = EXCLUDED.acknowledged_by,
         acknowledged_at = EXCLUDED.acknowledged_at, acknowledged_via = EXCLUDED.acknowledged_via, resolved_at = EXCLUDED.resolved_at,
         resolved_why = EXCLUDED.resolved_why, incident = EXCLUDED.incident, updated_at = now()`,
      [e.id, e.incidentId, e.rule, e.action, e.reason, e.level, e.status, e.channels, e.timeoutMs, ts(e.raisedAt), ts(e.notifiedAt), ts(e.dueAt),
        e.acknowledgedBy ?? null, ts(e.acknowledgedAt), e.acknowledgedVia ?? null, ts(e.resolvedAt), e.resolvedWhy ?? null, JSON.stringify(e.incident)],
    );
  }
}

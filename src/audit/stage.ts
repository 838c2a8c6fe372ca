// The audit stage: every decision the pipeline publishes (an incident opened, updated or closed,
// a diagnosis made, a diagnosis labelled, a recovery decision or step, an escalation raised,
// acknowledged or resolved) becomes one row of the hash-chained healing_audit_trail.
// Appends go through the delivery queue on one key, so the chain's order is the order things
// were published in, and a Postgres outage delays rows instead of losing them. What is published
// while one write is under way goes in the next one, together.
import type pg from 'pg';
import type { DeliveryItem, DeliveryQueue } from '../delivery/index.ts';
import type { DetectedEvent, Diagnosis, DiagnosisLabel, EscalationAcknowledged, EscalationRaised, EscalationResolved, ExecutionChange } from '../records.ts';
import type { Stage } from '../stage.ts';
import { pgSafe, pgText } from '../store/index.ts';
import { EVENT_TOPICS, type Bus } from '../topics.ts';
import type { AuditCheckpoints } from './checkpoints.ts';
import { AuditTrail, type AuditEntry } from './trail.ts';

export interface AuditStageDeps {
  pool: pg.Pool;
  bus: Bus;
  delivery: Pick<DeliveryQueue, 'send'>;
  /** Keyed checkpoints over the trail; the last one is written at stop, after the last append. */
  checkpoints?: AuditCheckpoints;
  /** How long stop() waits for queued appends before the final checkpoint (an unreachable Postgres). */
  drainMs?: number;
}

/** One key for every append: the chain must be written in publish order. */
const KEY = 'audit';

export class AuditStage implements Stage {
  readonly name = 'audit';
  readonly trail: AuditTrail;
  private readonly unsubscribe: Array<() => void> = [];
  /** Appends queued and not yet delivered or set aside. */
  private pending = 0;
  private idle: Array<() => void> = [];
  private stopping?: Promise<void>;
  /** The batch of entries waiting to be written, still taking more; null once its write began. */
  private open: AuditEntry[] | null = null;

  constructor(private readonly deps: AuditStageDeps) {
    this.trail = new AuditTrail(deps.pool);
  }

  async start(): Promise<void> {
    await this.deps.checkpoints?.start();
    const { bus } = this.deps;
    for (const topic of EVENT_TOPICS) this.unsubscribe.push(bus.subscribe(topic, (ev) => this.append(eventEntry(ev))));
    this.unsubscribe.push(
      bus.subscribe('diagnosis.made', (d) => this.diagnosis(d)),
      bus.subscribe('diagnosis.labelled', (l) => this.append(labelEntry(l))),
      bus.subscribe('execution.changed', (c) => this.append(executionEntry(c))),
      bus.subscribe('escalation.raised', (r) => this.append(escalationEntry(r))),
      bus.subscribe('escalation.acknowledged', (a) => this.append(acknowledgedEntry(a))),
      bus.subscribe('escalation.resolved', (r) => this.append(resolvedEntry(r))),
    );
  }

  /**
   * Stops listening, waits (bounded) for the appends already queued, then writes the final
   * checkpoint over them. Safe twice.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const u of this.unsubscribe.splice(0)) u();
      if (this.pending > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([new Promise<void>((r) => this.idle.push(r)), new Promise<void>((r) => (timer = setTimeout(r, this.deps.drainMs ?? 10_000)))]);
        clearTimeout(timer);
      }
      await this.deps.checkpoints?.stop();
    })();
    return this.stopping;
  }

  private append(entry: AuditEntry): void {
    // Storable before it is hashed, so the stored row re-hashes to the same value.
    const safe = { ...entry, details: pgSafe(entry.details) };
    if (this.open && this.open.length < MAX_BATCH) {
      this.open.push(safe);
      return;
    }
    // Entries published while the previous write is open (or queued behind a retry) join one
    // batch, written in one transaction when its turn comes: group commit, in publish order.
    const batch = [safe];
    this.open = batch;
    this.send(batchItem(this.trail, batch, () => {
      if (this.open === batch) this.open = null;
    }));
  }

  private diagnosis(d: Diagnosis): void {
    // Published after the open batch's entries: they go first, and later ones after it.
    this.open = null;
    // Skips the append when a lost acknowledgement already wrote it.
    this.send({ kind: 'audit.diagnosis.recorded', payload: { diagnosisId: d.id, eventId: d.eventId }, run: () => auditDiagnosis(this.deps.pool, this.trail, d) });
  }

  private send(item: Pick<DeliveryItem, 'kind' | 'payload' | 'run' | 'split'>): void {
    this.pending++;
    this.deps.delivery.send({
      target: 'postgres',
      key: KEY,
      ...item,
      settled: () => {
        if (--this.pending === 0) for (const r of this.idle.splice(0)) r();
      },
    });
  }
}

/** Entries appended together in one transaction at most: a short hold on the database. */
const MAX_BATCH = 100;

/**
 * A delivery item for a batch of entries. The batch takes no more entries once its write begins
 * (`closed`). A data error (an entry the database refuses) splits it into one item per entry,
 * so only that one is set aside; the transaction makes a failed write leave nothing behind.
 */
function batchItem(trail: AuditTrail, batch: AuditEntry[], closed: () => void): Pick<DeliveryItem, 'kind' | 'payload' | 'run' | 'split'> {
  return {
    kind: batch.length === 1 ? `audit.${batch[0].action}` : 'audit.entries',
    payload: batch,
    run: async () => {
      closed();
      await trail.appendMany(batch);
    },
    split: () => (batch.length > 1 ? batch.map((e) => ({ target: 'postgres', key: KEY, ...batchItem(trail, [e], () => undefined) })) : []),
  };
}

function eventEntry(ev: DetectedEvent): AuditEntry {
  return {
    actor: 'homeostat/detect',
    action: `event.${ev.action}`,
    entityType: 'error_event',
    entityId: ev.id,
    details: { fingerprint: ev.fingerprint, severity: ev.severity, category: ev.category, series: ev.seriesKey, service: ev.serviceName, message: ev.message, scores: ev.context.scores },
  };
}

/** A recovery decision or step, on the incident it is for (so error_event_id links it). */
function executionEntry(c: ExecutionChange): AuditEntry {
  return {
    actor: c.actor,
    action: c.step,
    entityType: 'error_event',
    entityId: c.eventId,
    occurredAt: new Date(c.at),
    details: { executionId: c.executionId, action: c.actionName, status: c.status, ...c.details },
    result: c.result,
  };
}

function labelEntry(l: DiagnosisLabel): AuditEntry {
  const details = { source: l.source, category: l.category ?? null, rootService: l.rootService ?? null };
  if (!l.notAnIncident) return { actor: l.labelledBy ?? l.source, action: 'diagnosis.labelled', entityType: 'error_event', entityId: l.eventId, details };
  return {
    actor: l.labelledBy ?? l.source,
    action: 'diagnosis.labelled',
    entityType: 'error_event',
    entityId: l.eventId,
    details: { ...details, notAnIncident: true, closed: l.closed === true },
    result: l.closed ? 'not_an_incident_closed' : 'not_an_incident',
  };
}

/** Who was told about an incident, by which rule and at which level. */
function escalationEntry(r: EscalationRaised): AuditEntry {
  return {
    actor: 'escalate',
    action: 'escalation.raised',
    entityType: 'error_event',
    entityId: r.eventId,
    occurredAt: new Date(r.at),
    details: { escalationId: r.escalationId, rule: r.rule, action: r.action, level: r.level, channels: r.channels, reason: r.reason },
    result: r.level === 0 ? 'sent' : 're_escalated',
  };
}

/** Who took an escalated incident, and where (api, cli, pagerduty): the person is the actor. */
function acknowledgedEntry(a: EscalationAcknowledged): AuditEntry {
  return {
    actor: a.by,
    action: 'escalation.acknowledged',
    entityType: 'error_event',
    entityId: a.eventId,
    occurredAt: new Date(a.at),
    details: { escalationId: a.escalationId, via: a.via, level: a.level },
    result: 'acknowledged',
  };
}

function resolvedEntry(r: EscalationResolved): AuditEntry {
  return {
    actor: 'escalate',
    action: 'escalation.resolved',
    entityType: 'error_event',
    entityId: r.eventId,
    occurredAt: new Date(r.at),
    details: { escalationId: r.escalationId, why: r.why, level: r.level, channels: r.channels },
    result: 'resolved',
  };
}

/** One diagnosis.recorded entry, skipped when one exists already (a retry after a lost acknowledgement). */
async function auditDiagnosis(pool: pg.Pool, trail: AuditTrail, d: Diagnosis): Promise<void> {
  const dup = await pool.query(
    `SELECT 1 FROM healing_audit_trail
      WHERE entity_type = 'error_event' AND entity_id = $1 AND action_type = 'diagnosis.recorded' AND action_details->>'diagnosisId' = $2
      LIMIT 1`,
    [d.eventId, d.id],
  );
  if ((dup.rowCount ?? 0) > 0) return;
  await trail.append({
    actor: 'diagnose',
    action: 'diagnosis.recorded',
    entityType: 'error_event',
    entityId: d.eventId,
    details: {
      diagnosisId: d.id,
      category: d.category,
      confidence: d.confidence,
      needsApproval: d.needsApproval,
      classifierVersion: d.classifierVersion,
      rootCause: { service: pgText(d.rootCause.service), kind: d.rootCause.kind },
    },
    result: diagnosisResult(d),
    impactAssessment: pgSafe(impactAssessment(d)),
  });
}

/** What a diagnosis came to, for the seed's result column. */
function diagnosisResult(d: Diagnosis): string {
  if (d.degraded) return 'degraded';
  return d.needsApproval ? 'needs_approval' : 'diagnosed';
}

/** The diagnosis's impact, under the seed's impact_assessment. */
function impactAssessment(d: Diagnosis): Record<string, unknown> {
  const i = d.impact;
  return {
    affected_services: i.affectedServices,
    affected_endpoints: i.affectedEndpoints,
    system_impact: i.systemImpact,
    user_facing: i.userFacing,
    affected_traces: i.affectedTraces,
    sampled_traces: i.sampledTraces,
  };
}


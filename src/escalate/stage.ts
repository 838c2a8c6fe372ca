// The escalation stage (the design document's EscalationManager). It follows every incident on
// the bus (events, diagnoses, recovery steps), evaluates the policy whenever something about an
// incident changes, and when a rule matches tells people once on the rule's channels. An
// escalation nobody acknowledges within its rule's timeout is re-escalated one level up, until
// someone acknowledges it (API, CLI, or PagerDuty through its webhook) or the incident is over
// (closed, or a recovery verified), which resolves it on every channel that was told.
//
// One escalation per incident (a higher-priority rule matching later raises its level); every
// outbound call is a delivery item (the channels queue them).
// With a Postgres pool, escalations survive a restart (persist.ts): start() reads back the open
// ones with what each channel last delivered, re-escalates those that fell due meanwhile, and
// sends a channel only what it missed, so nothing is paged twice.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CodeFixChange, DetectedEvent, Diagnosis, ExecutionChange } from '../records.ts';
import type { Stage } from '../stage.ts';
import type { Logger, Metrics } from '../telemetry/index.ts';
import { onEvents, type Bus } from '../topics.ts';
import type { DeliveryQueue } from '../delivery/index.ts';
import { EmailChannel, type EmailOptions } from './email.ts';
import { headline, markBehind, type ActionTried, type Channel, type ChannelName, type Page } from './page.ts';
import { EscalationStore, type Escalation, type IncidentSnapshot, type StoredEscalation } from './persist.ts';

export type { Escalation, EscalationStatus } from './persist.ts';
import { PagerDutyChannel, type PagerDutyOptions } from './pagerduty.ts';
import { evaluate, type EscalationRule } from './policy.ts';
import { SlackChannel, type SlackOptions } from './slack.ts';

export interface EscalationStageOptions {
  rules: EscalationRule[];
  /** The channels that are configured (a rule naming another one skips it). */
  pagerduty?: PagerDutyOptions;
  slack?: SlackOptions;
  email?: EmailOptions;
  /** Base URLs people can open, for the links in every page; '' for none. */
  links: { grafanaUrl: string; apiUrl: string };
  /** How often timeouts and open-duration rules are checked. */
  tickMs: number;
  /** Re-escalations stop at this level (the last page says so). */
  maxLevel: number;
  /**
   * A recover stage runs: a CRITICAL incident waits this long for it to plan an action (an
   * action under way then holds the page until it fails). 0: recovery is off, page at once.
   */
  recoveryGraceMs?: number;
}

export interface EscalationDeps {
  bus: Bus;
  delivery: Pick<DeliveryQueue, 'send' | 'drained'>;
  logger: Logger;
  metrics?: Metrics;
  now?: () => number;
  /** Channels to use instead of the ones built from the options (tests). */
  channels?: Channel[];
  /** Where escalations are kept across restarts; absent: in memory only. */
  pool?: pg.Pool;
}

interface Tracked {
  event?: IncidentSnapshot['event'];
  diagnosis?: Page['diagnosis'];
  failedExecutions: Set<string>;
  /** Executions planned, running or being verified: Homeostat is acting. */
  acting: Set<string>;
  /** Recovery has said what it will do (planned, needs approval, nothing applies, exhausted). */
  decided: boolean;
  /**
   * When an attempt failed and recovery has not yet said what comes next (the next candidate,
   * or that none is left): a CRITICAL incident still waits, since recovery acts on it again
   * within moments. NaN: nothing pending.
   */
  nextPendingSince: number;
  steps: Set<string>;
  actions: ActionTried[];
  escalation?: Escalation;
  rule?: EscalationRule;
  codeFix?: Page['codeFix'];
}

const MAX_TRACKED = 10_000;
const MAX_SEEN_WEBHOOKS = 10_000;
const FAILED_STATUSES = new Set(['FAILED', 'ROLLED_BACK']);
/** Steps that end an action, shown to people as "actions tried". */
const ACTING_STEPS = new Set(['execution.planned', 'execution.started', 'execution.executed']);
const DECIDING_STEPS = new Set(['execution.planned', 'execution.awaiting_approval', 'recovery.exhausted', 'recovery.dry_run']);
const OUTCOME_STEPS = new Set(['execution.failed', 'execution.rolled_back', 'execution.verified', 'execution.verification_failed', 'execution.reconciled', 'execution.superseded']);
/** Steps after which the recover stage says what comes next: the next attempt, or none left. */
const NEXT_PENDING_STEPS = new Set(['execution.verification_failed', 'execution.failed', 'execution.rolled_back', 'execution.superseded']);

export class EscalationStage implements Stage {
  readonly name = 'escalate';
  private readonly incidents = new Map<string, Tracked>();
  private readonly channels: Channel[];
  private readonly unsubscribe: Array<() => void> = [];
  private readonly seenWebhooks = new Set<string>();
  private readonly now: () => number;
  private timer?: NodeJS.Timeout;
  private readonly store?: EscalationStore;

  constructor(private readonly opts: EscalationStageOptions, private readonly deps: EscalationDeps) {
    this.now = deps.now ?? Date.now;
    this.store = deps.pool ? new EscalationStore(deps.pool, deps.delivery) : undefined;
    const cd = { delivery: deps.delivery, logger: deps.logger, metrics: deps.metrics, marks: this.store };
    this.channels = deps.channels ?? [
      ...(opts.pagerduty ? [new PagerDutyChannel(opts.pagerduty, cd)] : []),
      ...(opts.slack ? [new SlackChannel(opts.slack, cd)] : []),
      ...(opts.email ? [new EmailChannel(opts.email, cd)] : []),
    ];
  }

  async start(): Promise<void> {
    await this.resume();
    const bus = this.deps.bus;
    this.unsubscribe.push(
      onEvents(bus, (ev) => this.event(ev)),
      bus.subscribe('diagnosis.made', (d) => this.diagnosis(d)),
      bus.subscribe('execution.changed', (c) => this.execution(c)),
      bus.subscribe('codefix.changed', (f) => this.codeFix(f)),
    );
    this.timer = setInterval(() => this.tick(), Math.max(100, this.opts.tickMs));
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    for (const u of this.unsubscribe.splice(0)) u();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const c of this.channels) (c as { close?: () => void }).close?.();
  }

  drained(): Promise<void> {
    return this.deps.delivery.drained();
  }

  /** Escalations, newest first (open, acknowledged and recently resolved ones still remembered). */
  list(): Escalation[] {
    return [...this.incidents.values()].flatMap((t) => (t.escalation ? [{ ...t.escalation }] : [])).sort((a, b) => b.raisedAt - a.raisedAt);
  }

  /** By escalation id or incident id. */
  get(id: string): Escalation | undefined {
    const e = this.find(id);
    return e ? { ...e.escalation! } : undefined;
  }

  event(ev: DetectedEvent): void {
    const t = this.track(ev.id);
    t.event = { id: ev.id, action: ev.action, severity: ev.severity, category: ev.category, message: ev.message, serviceName: ev.serviceName, openedAt: ev.openedAt };
    if (ev.action === 'close') return this.resolve(t, 'the incident closed');
    this.consider(t);
  }

  diagnosis(d: Diagnosis): void {
    const t = this.track(d.eventId);
    t.diagnosis = {
      category: d.category,
      confidence: d.confidence,
      explanation: d.explanation,
      rootService: d.rootCause.service,
      probableCauses: d.probableCauses,
      recommendedActions: d.recommendedActions,
      systemImpact: d.impact.systemImpact,
    };
    // What a re-page after a restart would say (an open escalation's snapshot).
    if (t.escalation?.status === 'open') this.save(t);
    this.consider(t);
  }

  execution(c: ExecutionChange): void {
    const t = this.track(c.eventId);
    t.steps.add(c.step);
    if (c.executionId && c.status && FAILED_STATUSES.has(c.status)) t.failedExecutions.add(c.executionId);
    if (c.executionId) {
      if (ACTING_STEPS.has(c.step)) t.acting.add(c.executionId);
      else t.acting.delete(c.executionId);
    }
    // A skip naming an action is one candidate passed over; without one, nothing applies, unless
    // the diagnosis found nothing yet (UNKNOWN): a later one may still name an action in the grace.
    if (DECIDING_STEPS.has(c.step) || (c.step === 'recovery.skipped' && !c.actionName && t.diagnosis?.category !== 'UNKNOWN')) t.decided = true;
    // The recover stage reports a failed verification, then the failure or rollback, then plans
    // the next attempt or says none is left; an action given up for a later diagnosis is followed
    // by that diagnosis's first action. Until it says which, the incident is not unattended:
    // paging in that moment called a person about an action that was about to be tried.
    if (NEXT_PENDING_STEPS.has(c.step)) t.nextPendingSince = this.now();
    else if (DECIDING_STEPS.has(c.step) || ACTING_STEPS.has(c.step) || c.step === 'recovery.deferred' || c.step === 'execution.verified') t.nextPendingSince = NaN;
    if (OUTCOME_STEPS.has(c.step)) t.actions.push({ action: c.actionName ?? c.step, outcome: c.result || (c.status ?? c.step), at: c.at });
    if (c.step === 'execution.verified') return this.resolve(t, `recovered by ${c.actionName ?? 'an action'}`);
    if (t.escalation?.status === 'open' && OUTCOME_STEPS.has(c.step)) this.save(t);
    this.consider(t);
  }

  /** A code-fix proposal for the incident: in every later page, and a follow-up when it ends while the escalation is live. */
  codeFix(f: CodeFixChange): void {
    const t = this.track(f.eventId);
    t.codeFix = { proposalId: f.proposalId, status: f.status, url: f.resultUrl ?? f.webUrl, confidence: f.confidence, summary: f.summary };
    const e = t.escalation;
    if (!e || e.status === 'resolved' || !t.event || f.status === 'pending' || f.status === 'running') return;
    const page = this.page(t, e);
    for (const c of this.channelsFor(e)) c.codeFix?.(page);
  }

  /** Re-escalates what is overdue and applies time-based rules. Called by the stage's timer; public for tests. */
  tick(): void {
    const now = this.now();
    for (const t of this.incidents.values()) {
      const e = t.escalation;
      if (!e) {
        this.consider(t);
        continue;
      }
      if (e.status !== 'open' || e.dueAt === null || now < e.dueAt) continue;
      if (e.level >= this.opts.maxLevel) {
        e.dueAt = null;
        this.save(t);
        this.deps.logger.error({ escalationId: e.id, incidentId: e.incidentId, level: e.level }, 'escalation: still not acknowledged at the last level; no further re-escalation');
        continue;
      }
      e.level++;
      e.reason = `not acknowledged within ${Math.round(t.rule!.timeoutMs / 60_000)} min of level ${e.level - 1}; ${e.reason.replace(/^not acknowledged[^;]*; /, '')}`;
      this.notify(t, e, t.rule!);
    }
  }

  /**
   * Someone took the incident: re-escalation stops and the other channels hear who.
   * Idempotent: acknowledging again (or after the incident is resolved) changes nothing.
   */
  acknowledge(id: string, by: string, via: 'api' | 'cli' | 'pagerduty'): Escalation | undefined {
    const t = this.find(id);
    if (!t) return undefined;
    const e = t.escalation!;
    if (e.status !== 'open') return { ...e };
    e.status = 'acknowledged';
    e.acknowledgedBy = by;
    e.acknowledgedAt = this.now();
    e.acknowledgedVia = via;
    e.dueAt = null;
    this.save(t);
    const page = this.page(t, e);
    // PagerDuty told us: it already knows.
    for (const c of this.channelsFor(e)) if (!(via === 'pagerduty' && c.name === 'pagerduty')) c.acknowledge(page, by);
    this.deps.logger.info({ escalationId: e.id, incidentId: e.incidentId, by, via }, 'escalation acknowledged');
    this.deps.bus.publish('escalation.acknowledged', { escalationId: e.id, eventId: e.incidentId, by, via, level: e.level, at: e.acknowledgedAt });
    return { ...e };
  }

  /**
   * A PagerDuty webhook v3 event whose signature the caller has verified. Acknowledged or
   * resolved in PagerDuty stops re-escalation here. Returns what it did, for the HTTP answer.
   */
  pagerdutyEvent(event: { id?: unknown; event_type?: unknown; agent?: { summary?: unknown } | null; data?: { incident_key?: unknown } | null }): 'acknowledged' | 'ignored' | 'duplicate' | 'unknown incident' {
    const id = typeof event.id === 'string' ? event.id : '';
    if (id && this.seenWebhooks.has(id)) return 'duplicate';
    if (id) {
      this.seenWebhooks.add(id);
      if (this.seenWebhooks.size > MAX_SEEN_WEBHOOKS) this.seenWebhooks.delete(this.seenWebhooks.values().next().value!);
    }
    if (event.event_type !== 'incident.acknowledged' && event.event_type !== 'incident.resolved') return 'ignored';
    const key = typeof event.data?.incident_key === 'string' ? event.data.incident_key : '';
    const t = [...this.incidents.values()].find((x) => x.escalation && dedupKeyOf(x.escalation.incidentId) === key);
    if (!t) return 'unknown incident';
    const who = typeof event.agent?.summary === 'string' && event.agent.summary ? event.agent.summary : 'PagerDuty';
    this.acknowledge(t.escalation!.id, `${who} (PagerDuty ${event.event_type === 'incident.resolved' ? 'resolve' : 'acknowledge'})`, 'pagerduty');
    return 'acknowledged';
  }

  private consider(t: Tracked): void {
    // Closed incidents are not escalated.
    if (!t.event || t.event.action === 'close') return;
    const current = t.escalation;
    // Acknowledged or resolved: someone has it; nothing more to decide.
    if (current && current.status !== 'open') return;
    const facts = {
      severity: t.event.severity,
      systemImpact: t.diagnosis?.systemImpact ?? null,
      failedRecoveries: t.failedExecutions.size,
      steps: t.steps,
      openForMs: this.now() - t.event.openedAt,
      // Fixed (verified) counts too: the incident closes once detection sees it back to normal.
      recovering:
        t.acting.size > 0 ||
        t.steps.has('execution.verified') ||
        (!t.decided && this.now() - t.event.openedAt < (this.opts.recoveryGraceMs ?? 0)) ||
        this.now() - t.nextPendingSince < (this.opts.recoveryGraceMs ?? 0),
    };
    const m = evaluate(this.opts.rules, facts);
    if (!m) return;
    if (current) {
      // One escalation per incident. A rule earlier in the policy than the one that raised it
      // now matching (the incident turned CRITICAL, recoveries failed) escalates it one level
      // at once, under that rule's channels and timeout; a later or the same rule changes nothing.
      if (this.opts.rules.indexOf(m.rule) >= this.opts.rules.indexOf(t.rule!)) return;
      current.level++;
      current.rule = m.rule.name;
      current.action = m.rule.action;
      current.reason = m.reason;
      current.channels = m.rule.channels;
      t.rule = m.rule;
      this.notify(t, current, m.rule);
      return;
    }
    const now = this.now();
    const e: Escalation = {
      id: randomUUID(),
      incidentId: t.event.id,
      rule: m.rule.name,
      action: m.rule.action,
      reason: m.reason,
      level: 0,
      status: 'open',
      channels: m.rule.channels,
      raisedAt: now,
      notifiedAt: now,
      dueAt: null,
    };
    t.escalation = e;
    t.rule = m.rule;
    this.notify(t, e, m.rule);
  }

  private notify(t: Tracked, e: Escalation, rule: EscalationRule): void {
    const now = this.now();
    e.notifiedAt = now;
    e.dueAt = now + rule.timeoutMs;
    this.save(t);
    const page = this.page(t, e);
    const used = this.channelsFor(e);
    for (const c of used) c.notify(page);
    if (!used.length) this.deps.logger.error({ escalationId: e.id, incidentId: e.incidentId, wanted: e.channels }, 'escalation: none of the rule\'s channels is configured; nobody was told');
    this.deps.logger.warn({ escalationId: e.id, incidentId: e.incidentId, rule: e.rule, level: e.level, channels: used.map((c) => c.name) }, e.level ? 'incident re-escalated' : 'incident escalated');
    this.deps.bus.publish('escalation.raised', { escalationId: e.id, eventId: e.incidentId, rule: e.rule, action: e.action, level: e.level, channels: used.map((c) => c.name), reason: e.reason, at: now });
  }

  private resolve(t: Tracked, why: string): void {
    const e = t.escalation;
    if (!e || e.status === 'resolved') return;
    e.status = 'resolved';
    e.resolvedAt = this.now();
    e.resolvedWhy = why;
    e.dueAt = null;
    this.save(t);
    const page = this.page(t, e);
    const used = this.channelsFor(e);
    for (const c of used) c.resolve(page, why);
    this.deps.bus.publish('escalation.resolved', { escalationId: e.id, eventId: e.incidentId, why, level: e.level, channels: used.map((c) => c.name), at: e.resolvedAt });
  }

  /** Queues the escalation's state (and the incident snapshot its pages are built from) for Postgres. */
  private save(t: Tracked): void {
    const e = t.escalation;
    if (!this.store || !e || !t.event || !t.rule) return;
    this.store.save({
      ...e,
      timeoutMs: t.rule.timeoutMs,
      incident: { event: t.event, ...(t.diagnosis ? { diagnosis: t.diagnosis } : {}), actions: t.actions, failedExecutions: [...t.failedExecutions], steps: [...t.steps] },
    });
  }

  /**
   * Reads back the escalations a previous run left (open, acknowledged, lately resolved) and
   * what each channel delivered for them. A channel that missed a page or follow-up (the process
   * stopped before it went out) is sent it now; one that has it is sent nothing. Re-escalations
   * that fell due while nothing ran happen at the next tick.
   */
  private async resume(): Promise<void> {
    if (!this.store) return;
    const rows = await this.store.load(this.now());
    let missed = 0;
    for (const { escalation: s, marks } of rows) {
      const t = this.track(s.incidentId);
      t.event = s.incident.event;
      t.diagnosis = s.incident.diagnosis;
      t.actions = [...s.incident.actions];
      t.failedExecutions = new Set(s.incident.failedExecutions);
      t.steps = new Set(s.incident.steps);
      t.rule = this.opts.rules.find((r) => r.name === s.rule) ?? { name: s.rule, action: s.action, when: {}, channels: s.channels, timeoutMs: s.timeoutMs };
      t.escalation = escalationOf(s);
      const e = t.escalation;
      const page = this.page(t, e);
      for (const c of this.channelsFor(e)) {
        const mark = marks[c.name];
        if (mark !== undefined) c.restore(e.incidentId, mark);
        if (!markBehind(mark, e.status, e.level)) continue;
        // Acknowledged in PagerDuty: it needs no acknowledge from us.
        if (e.status === 'acknowledged' && e.acknowledgedVia === 'pagerduty' && c.name === 'pagerduty') continue;
        missed++;
        if (e.status === 'open') c.notify(page);
        else if (e.status === 'acknowledged') c.acknowledge(page, e.acknowledgedBy ?? 'someone');
        else c.resolve(page, e.resolvedWhy ?? 'resolved');
      }
    }
    if (rows.length) this.deps.logger.info({ escalations: rows.length, open: rows.filter((r) => r.escalation.status === 'open').length, resent: missed }, 'escalation: resumed escalations from Postgres');
  }

  private channelsFor(e: Escalation): Channel[] {
    return this.channels.filter((c) => e.channels.includes(c.name));
  }

  private find(id: string): Tracked | undefined {
    const direct = this.incidents.get(id);
    if (direct?.escalation) return direct;
    return [...this.incidents.values()].find((t) => t.escalation?.id === id);
  }

  private track(id: string): Tracked {
    let t = this.incidents.get(id);
    if (!t) {
      t = { failedExecutions: new Set(), acting: new Set(), decided: false, nextPendingSince: NaN, steps: new Set(), actions: [] };
      this.incidents.set(id, t);
      // The oldest incident is forgotten first (Maps iterate in insertion order).
      while (this.incidents.size > MAX_TRACKED) this.incidents.delete(this.incidents.keys().next().value!);
    }
    return t;
  }

  private page(t: Tracked, e: Escalation): Page {
    const ev = t.event!;
    const d = t.diagnosis;
    const category = d?.category ?? ev.category;
    const base = { severity: ev.severity, category, service: ev.serviceName };
    const grafana = this.opts.links.grafanaUrl.replace(/\/+$/, '');
    const api = this.opts.links.apiUrl.replace(/\/+$/, '');
    return {
      incidentId: ev.id,
      dedupKey: dedupKeyOf(ev.id),
      ...base,
      headline: headline(base),
      message: ev.message,
      ...(d ? { diagnosis: { ...d, probableCauses: [...d.probableCauses], recommendedActions: [...d.recommendedActions] } } : {}),
      actionsTried: [...t.actions],
      rule: e.rule,
      level: e.level,
      reason: e.reason,
      openedAt: ev.openedAt,
      ...(t.codeFix ? { codeFix: { ...t.codeFix } } : {}),
      links: {
        ...(grafana ? { grafana: `${grafana}/d/homeostat-detection?from=${Math.max(0, ev.openedAt - 15 * 60_000)}&to=now` } : {}),
        ...(api ? { api: `${api}/api/events/${encodeURIComponent(ev.id)}` } : {}),
      },
    };
  }
}

/** PagerDuty's dedup_key (and so its incident_key) for an incident. */
export function dedupKeyOf(incidentId: string): string {
  return `homeostat-${incidentId}`;
}

function escalationOf(s: StoredEscalation): Escalation {
  const { timeoutMs: _t, incident: _i, ...e } = s;
  return { ...e, channels: [...e.channels] };
}

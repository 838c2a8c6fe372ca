// Turns per-series open/update/close decisions into incidents: one event per incident, not per
// point or per series. A series of the same service turning anomalous while another is open joins
// that incident (one root cause, one page); the incident closes when its last member recovers.
import { createHash, randomUUID } from 'node:crypto';
import type { Category, DetectedEvent, EventContext, OpenIncident, Severity } from '../records.ts';
import { severityOf } from './combiner.ts';
import type { IncidentCorrelator } from './correlation.ts';
import type { SeriesModel } from './series-model.ts';

export type IncidentKind = 'series' | 'signature' | 'fatal';

/** An open error_events row as loaded at start: an event without the per-step action. */
/** What a restart resumes from (error_events rows still open). */
/** Correlated series an event's context lists (the rest are counted in correlatedTotal). */
const MAX_CORRELATED = 32;

export type ResumeRow = OpenIncident;

/** One log-driven finding: a FATAL record, or a new, bursting or surging error signature or template. */
export interface LogSignal {
  kind: 'signature' | 'fatal';
  /** What makes two findings the same incident (service plus signature or template). */
  identity: string;
  service: string;
  component: string;
  category: Category;
  message: string;
  /** Event time, epoch ms. */
  t: number;
  score: number;
  /** Merged into the incident's context. */
  extra: Record<string, unknown>;
  /** The record's trace, kept as an exemplar ('' when none). */
  traceId: string;
}

export interface Incident {
  id: string;
  fingerprint: string;
  kind: IncidentKind;
  service: string;
  seriesKey: string;
  component: string;
  category: Category;
  message: string;
  severity: Severity;
  openedAt: number;
  updatedAt: number;
  /** Event time of the latest anomalous evidence (stale incidents close from it). */
  lastActive: number;
  peak: number;
  /** An operator limit was crossed: severity is not capped while the incident is young. */
  thresholdHit: boolean;
  steps: number;
  members: Map<string, SeriesModel>;
  exemplars: string[];
  context: EventContext;
  emittedSeverity: Severity;
  emittedPeak: number;
  emittedMembers: number;
}

const MAX_EXEMPLARS = 10;
const SEV_RANK: Record<Severity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

export function fingerprintOf(identity: string): string {
  return 'det:' + createHash('sha256').update(identity).digest('hex').slice(0, 40);
}

export interface IncidentOptions {
  stepMs: number;
  /** Steps a statistical-only incident must last before it may be HIGH or CRITICAL. */
  sustainSteps: number;
  /** A new anomalous series of a service joins its open incident when that was active this recently. */
  joinWindowMs: number;
}

export class IncidentManager {
  readonly open = new Map<string, Incident>();
  private readonly byService = new Map<string, Set<Incident>>();
  /** Incidents opened inside heldOpens(), whose open event waits for the end of it; the value is when one closed meanwhile (NaN while open). */
  private held: Map<Incident, number> | null = null;

  constructor(
    private readonly opts: IncidentOptions,
    private readonly emit: (ev: DetectedEvent) => void,
    private readonly correlator: IncidentCorrelator,
  ) {}

  get size(): number {
    return this.open.size;
  }

  seriesOpened(m: SeriesModel, t: number, openedAt: number, peak: number): void {
    const join = this.joinable(m.service, t);
    if (join) {
      join.members.set(m.key, m);
      m.incident = join;
      this.absorb(join, m, t, peak);
      this.maybeUpdate(join, t, true);
      return;
    }
    const inc = this.create('series', m.key, m.service, m.component, m.role.category, openedAt, t);
    inc.members.set(m.key, m);
    m.incident = inc;
    this.absorb(inc, m, t, peak);
    inc.message = seriesMessage(m);
    this.publish(inc, 'open', t);
  }

  seriesUpdated(m: SeriesModel, t: number, peak: number): void {
    const inc = m.incident as Incident | null;
    if (!inc) return;
    this.absorb(inc, m, t, peak);
    if (m.key === inc.seriesKey) inc.message = seriesMessage(m);
    this.maybeUpdate(inc, t, false);
  }

  seriesClosed(m: SeriesModel, t: number): void {
    const inc = m.incident as Incident | null;
    m.incident = null;
    if (!inc) return;
    inc.members.delete(m.key);
    if (inc.members.size === 0) this.close(inc, t, 'recovered');
  }

  /** Log-driven incidents: opened (or refreshed) at once by a FATAL record or an error-signature finding. */
  signal(sig: LogSignal): void {
    const { kind, identity, service, component, category, message, t, score, extra, traceId } = sig;
    const fp = fingerprintOf(`${kind}|${identity}`);
    let inc = this.open.get(fp);
    if (!inc) {
      inc = this.create(kind, identity, service, component, category, t, t, fp);
      inc.message = message;
      inc.peak = score;
      inc.thresholdHit = kind === 'fatal';
      Object.assign(inc.context, extra);
      if (traceId) inc.exemplars.push(traceId);
      inc.lastActive = t;
      this.publish(inc, 'open', t);
      return;
    }
    inc.lastActive = Math.max(inc.lastActive, t);
    inc.peak = Math.max(inc.peak, score);
    inc.context.occurrences = ((inc.context.occurrences as number) ?? 1) + 1;
    if (traceId && inc.exemplars.length < MAX_EXEMPLARS && !inc.exemplars.includes(traceId)) inc.exemplars.push(traceId);
    this.maybeUpdate(inc, t, false);
  }

  /** The open incident of a log identity, if any. */
  find(kind: 'signature' | 'fatal', identity: string): Incident | undefined {
    return this.open.get(fingerprintOf(`${kind}|${identity}`));
  }

  /** Adds context to an open log incident without counting an occurrence (another view of the same record). */
  annotate(kind: 'signature' | 'fatal', identity: string, extra: Record<string, unknown>): void {
    const inc = this.open.get(fingerprintOf(`${kind}|${identity}`));
    if (inc) Object.assign(inc.context, extra);
  }

  /**
   * Per closed step: series incidents whose series stopped reporting for `staleMs` close (their
   * hysteresis can no longer recover), and log incidents quiet for their window close.
   */
  tick(stepEnd: number, staleMs: number, fatalQuietMs: number, signatureQuietMs: number): void {
    for (const inc of [...this.open.values()]) {
      if (Number.isNaN(inc.lastActive)) inc.lastActive = stepEnd;
      if (inc.kind === 'series') {
        if (stepEnd - inc.lastActive >= staleMs) {
          for (const m of inc.members.values()) {
            m.incident = null;
            m.hyst.restore({ open: false, above: 0, below: 0, peak: 0, openedAt: NaN, firstAbove: NaN });
          }
          inc.members.clear();
          this.close(inc, stepEnd, 'no_data');
        }
      } else if (stepEnd - inc.lastActive >= (inc.kind === 'fatal' ? fatalQuietMs : signatureQuietMs)) this.close(inc, stepEnd, 'quiet');
    }
  }

  /**
   * Re-adopt an event that was open in Postgres when the previous process stopped, so the same
   * row is updated and closed instead of a second one being opened. Its activity clock starts
   * at the first step after the restart (NaN until then).
   */
  resume(row: ResumeRow): Incident {
    const kind = (row.context.detectKind as IncidentKind | undefined) ?? 'series';
    const peak = { LOW: 0.5, MEDIUM: 0.7, HIGH: 0.85, CRITICAL: 0.95 }[row.severity];
    const inc: Incident = {
      id: row.id,
      fingerprint: row.fingerprint,
      kind,
      service: row.serviceName,
      seriesKey: row.seriesKey,
      component: row.sourceComponent,
      category: row.category,
      message: row.message,
      severity: row.severity,
      openedAt: row.openedAt,
      updatedAt: row.updatedAt,
      lastActive: NaN,
      peak,
      thresholdHit: Number((row.context.scores as Record<string, number> | undefined)?.threshold ?? 0) > 0,
      steps: this.opts.sustainSteps,
      members: new Map(),
      exemplars: [...(row.context.exemplarTraceIds ?? [])].slice(0, MAX_EXEMPLARS),
      context: { ...row.context, detectKind: kind },
      emittedSeverity: row.severity,
      emittedPeak: peak,
      emittedMembers: 1,
    };
    this.open.set(inc.fingerprint, inc);
    this.serviceSet(inc.service).add(inc);
    return inc;
  }

  /** Attach a resumed series incident to its (possibly new) series model. */
  adopt(m: SeriesModel, inc: Incident): void {
    inc.members.set(m.key, m);
    m.incident = inc;
    m.hyst.restore({ open: true, above: 0, below: 0, peak: inc.peak, openedAt: inc.openedAt, firstAbove: inc.openedAt });
  }

  private create(kind: IncidentKind, identity: string, service: string, component: string, category: Category, openedAt: number, t: number, fp = fingerprintOf(`${kind === 'series' ? 'series' : kind}|${identity}`)): Incident {
    const inc: Incident = {
      id: randomUUID(),
      fingerprint: fp,
      kind,
      service,
      seriesKey: identity,
      component,
      category,
      message: '',
      severity: 'LOW',
      openedAt,
      updatedAt: t,
      lastActive: t,
      peak: 0,
      thresholdHit: false,
      steps: 0,
      members: new Map(),
      exemplars: [],
      context: { series: identity, values: [], baselines: {}, scores: {}, exemplarTraceIds: [], detectKind: kind },
      emittedSeverity: 'LOW',
      emittedPeak: 0,
      emittedMembers: 0,
    };
    this.open.set(inc.fingerprint, inc);
    this.serviceSet(service).add(inc);
    return inc;
  }

  private joinable(service: string, t: number): Incident | undefined {
    for (const inc of this.byService.get(service) ?? []) if (inc.kind === 'series' && t - inc.lastActive <= this.opts.joinWindowMs) return inc;
    return undefined;
  }

  private absorb(inc: Incident, m: SeriesModel, t: number, peak: number): void {
    inc.steps++;
    // Any step of a member (normal or not) proves the series still reports; see tick().
    inc.lastActive = Number.isNaN(inc.lastActive) ? t : Math.max(inc.lastActive, t);
    inc.peak = Math.max(inc.peak, peak);
    const ev = m.evidence;
    if (ev && (ev.scores.threshold ?? 0) > 0) inc.thresholdHit = true;
    if (m.key === inc.seriesKey && ev) {
      inc.context.scores = ev.scores;
      inc.context.baselines = ev.baselines;
    }
    if (m.key === inc.seriesKey) inc.context.values = m.recent();
    if (ev) for (const id of m.exemplars) if (inc.exemplars.length < MAX_EXEMPLARS && !inc.exemplars.includes(id)) inc.exemplars.push(id);
  }

  private severityFor(inc: Incident): Severity {
    const s = severityOf(inc.peak);
    // A statistical anomaly must be sustained before it pages as HIGH; crossing an operator limit need not be.
    if (!inc.thresholdHit && inc.steps < this.opts.sustainSteps && SEV_RANK[s] > SEV_RANK.MEDIUM) return 'MEDIUM';
    return s;
  }

  private maybeUpdate(inc: Incident, t: number, force: boolean): void {
    const sev = this.severityFor(inc);
    if (force || sev !== inc.emittedSeverity || inc.members.size !== inc.emittedMembers || inc.peak >= inc.emittedPeak + 0.05) this.publish(inc, 'update', t);
  }

  private close(inc: Incident, t: number, reason: string): void {
    this.open.delete(inc.fingerprint);
    this.byService.get(inc.service)?.delete(inc);
    inc.context.closeReason = reason;
    this.publish(inc, 'close', t);
  }

  /**
   * Runs fn with open events held back until it returns. Several detectors read the same batch
   * of records one after another (the frequency detector, then the template miner); what a later
   * one adds to an incident an earlier one opened (annotate) must be in the open event that goes
   * to diagnosis, storage and notification, not only in a later update. An update or close of a
   * held incident inside fn is folded into its open event.
   */
  heldOpens<T>(fn: () => T): T {
    if (this.held) return fn();
    const held = new Map<Incident, number>();
    this.held = held;
    try {
      return fn();
    } finally {
      this.held = null;
      for (const [inc, closedAt] of held) {
        this.publish(inc, 'open', inc.updatedAt);
        if (!Number.isNaN(closedAt)) this.publish(inc, 'close', closedAt);
      }
    }
  }

  private publish(inc: Incident, action: DetectedEvent['action'], t: number): void {
    if (this.held && (action === 'open' || this.held.has(inc))) {
      inc.updatedAt = Math.max(inc.updatedAt, t);
      this.held.set(inc, action === 'close' ? t : NaN);
      return;
    }
    inc.severity = this.severityFor(inc);
    inc.updatedAt = Math.max(inc.updatedAt, t);
    inc.emittedSeverity = inc.severity;
    inc.emittedPeak = inc.peak;
    inc.emittedMembers = inc.members.size;
    const correlated: Array<{ series: string; score: number }> = [];
    for (const k of inc.members.keys()) {
      // The event names a bounded sample of its members; the count says how many there are.
      if (correlated.length >= MAX_CORRELATED) break;
      if (k !== inc.seriesKey) correlated.push({ series: k, score: round(this.correlator.jaccard(inc.seriesKey, k)) });
    }
    const context: EventContext = { ...inc.context, exemplarTraceIds: [...inc.exemplars] };
    if (correlated.length) context.correlated = correlated;
    if (inc.members.size > MAX_CORRELATED + 1) context.correlatedTotal = inc.members.size - 1;
    this.emit({
      id: inc.id,
      action,
      fingerprint: inc.fingerprint,
      severity: inc.severity,
      category: inc.category,
      message: inc.message,
      sourceComponent: inc.component,
      serviceName: inc.service,
      seriesKey: inc.seriesKey,
      openedAt: inc.openedAt,
      updatedAt: inc.updatedAt,
      ...(action === 'close' ? { closedAt: t } : {}),
      context,
    });
  }

  private serviceSet(service: string): Set<Incident> {
    let s = this.byService.get(service);
    if (!s) {
      s = new Set();
      this.byService.set(service, s);
    }
    return s;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function fmt(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '?';
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

export function seriesMessage(m: SeriesModel): string {
  const b = m.evidence?.baselines ?? {};
  const what: Record<string, string> = {
    latency: 'p95 latency (ms)',
    error_rate: 'error rate',
    rate: 'request rate (/s)',
    log_rate: 'log rate (/s)',
    metric: 'value',
    resource: 'utilisation',
    hist_p95: 'p95',
  };
  const expected = b.median ?? b.ewma_expected ?? b.seasonal_expected;
  const limit = b.limit !== undefined ? `, limit ${fmt(b.limit)}` : '';
  return `${what[m.role.name]} of ${m.component} (${m.service}) at ${fmt(b.value)}, expected ≈ ${fmt(expected)}${limit}`;
}

// Shows every open incident as an alert in a Prometheus Alertmanager, which Grafana reads
// through an Alertmanager data source (Grafana's own Alertmanager takes no posted alerts:
// contracts, section 2). Alertmanager forgets an alert that is not re-sent, so every open
// incident is posted again each `resendMs` with an `endsAt` a few intervals ahead: if Homeostat
// stops, the alerts resolve by themselves instead of staying red forever. A close posts the
// alert once more with `endsAt` = the close time, which resolves it.
//
// Labels are the alert's identity in Alertmanager. When an incident's severity or category
// changes (detection raises it, diagnosis decides the category), the old label set is resolved
// in the same post, so one incident never shows as two firing alerts.
//
// Every post goes through the delivery queue, keyed by incident. Telemetry text only travels in
// label and annotation values (JSON strings); the URL is the configured base.

import type { DeliveryItem, DeliveryQueue } from '../delivery/index.ts';
import { HttpStatusError } from '../errors.ts';
import type { DetectedEvent, Diagnosis } from '../records.ts';
import type { Stage } from '../stage.ts';
import type { Logger, Metrics } from '../telemetry/index.ts';
import { onEvents, type Bus } from '../topics.ts';

export interface AlertmanagerOptions {
  /** Alertmanager base URL, e.g. http://alertmanager:9093 (a sub-path is kept). */
  url: string;
  /** How often open incidents are posted again (Alertmanager's docs: every 30 s to 3 min). */
  resendMs: number;
  /** alertname label of every alert. */
  alertName?: string;
  /** Link from the alert back to the incident in Homeostat's API (`generatorURL`); '' for none. */
  apiUrl?: string;
  requestTimeoutMs?: number;
  /** Open incidents remembered; the oldest are forgotten first. */
  maxTracked?: number;
}

export interface AlertmanagerDeps {
  bus: Bus;
  delivery: Pick<DeliveryQueue, 'send' | 'drained'>;
  logger: Logger;
  metrics?: Metrics;
  now?: () => number;
}

/** One alert as Alertmanager's API v2 takes it (postableAlert). */
export interface PostableAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL?: string;
}

interface Tracked {
  event: DetectedEvent;
  diagnosis?: Diagnosis;
  /** Label sets posted while open that are no longer current: resolved with the next post. */
  stale: Array<Record<string, string>>;
  lastLabels?: Record<string, string>;
}

export const ALERTMANAGER_TARGET = 'alertmanager';
/** An open alert's endsAt is this many resend intervals ahead, so one lost re-send does not resolve it. */
const ENDS_AFTER_RESENDS = 4;
const MAX_LABEL_CHARS = 200;
const MAX_ANNOTATION_CHARS = 4000;

export class AlertmanagerNotifier implements Stage {
  readonly name = 'notify.alertmanager';
  private readonly base: string;
  private readonly open = new Map<string, Tracked>();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly now: () => number;
  private timer?: NodeJS.Timeout;

  constructor(private readonly opts: AlertmanagerOptions, private readonly deps: AlertmanagerDeps) {
    this.base = opts.url.replace(/\/+$/, '');
    this.now = deps.now ?? Date.now;
  }

  async start(): Promise<void> {
    const bus = this.deps.bus;
    this.unsubscribe.push(
      onEvents(bus, (ev) => this.event(ev)),
      bus.subscribe('diagnosis.made', (d) => this.diagnosis(d)),
    );
    this.timer = setInterval(() => this.resendOpen(), Math.max(1000, this.opts.resendMs));
    this.timer.unref?.();
  }

  /** Stops listening and re-sending; posts already queued are the delivery queue's to drain. Safe twice. */
  async stop(): Promise<void> {
    for (const u of this.unsubscribe.splice(0)) u();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  drained(): Promise<void> {
    return this.deps.delivery.drained();
  }

  /** Incidents currently shown as firing. */
  get openCount(): number {
    return this.open.size;
  }

  event(ev: DetectedEvent): void {
    if (ev.action === 'close') {
      const t = this.open.get(ev.id) ?? { event: ev, stale: [] };
      this.open.delete(ev.id);
      t.event = ev;
      this.post(ev.id, 'alert.resolve', t, epochIso(ev.closedAt ?? ev.updatedAt));
      return;
    }
    let t = this.open.get(ev.id);
    const first = !t;
    if (!t) {
      t = { event: ev, stale: [] };
      this.open.set(ev.id, t);
      while (this.open.size > (this.opts.maxTracked ?? 10_000)) this.open.delete(this.open.keys().next().value!);
    } else t.event = ev;
    // An update that changes nothing shown waits for the periodic re-send.
    if (first || this.labelsChanged(t)) this.post(ev.id, first ? 'alert.open' : 'alert.update', t);
  }

  diagnosis(d: Diagnosis): void {
    const t = this.open.get(d.eventId);
    // A diagnosis of a closed (or unknown) incident has no alert to add to.
    if (!t) return;
    t.diagnosis = d;
    this.post(d.eventId, 'alert.diagnosis', t);
  }

  /** Posts every open incident again (Alertmanager forgets alerts that are not re-sent). */
  resendOpen(): void {
    for (const [id, t] of this.open) this.post(id, 'alert.resend', t);
  }

  /** The alerts for one incident as they stand: current labels (firing, or ended at `endsAt`), plus stale label sets resolved. */
  alertsFor(t: Tracked, endsAt?: string): PostableAlert[] {
    const now = this.now();
    const labels = this.labels(t);
    const startsAt = epochIso(t.event.openedAt);
    const end = endsAt ?? epochIso(now + ENDS_AFTER_RESENDS * this.opts.resendMs);
    const annotations = alertAnnotations(t.event, t.diagnosis);
    const generatorURL = this.opts.apiUrl ? `${this.opts.apiUrl.replace(/\/+$/, '')}/api/events/${encodeURIComponent(t.event.id)}` : undefined;
    const one = (l: Record<string, string>, e: string): PostableAlert => ({ labels: l, annotations, startsAt, endsAt: e, ...(generatorURL ? { generatorURL } : {}) });
    const nowIso = epochIso(now);
    return [...t.stale.map((l) => one(l, nowIso)), one(labels, end)];
  }

  private labels(t: Tracked): Record<string, string> {
    const ev = t.event;
    return {
      alertname: this.opts.alertName ?? 'HomeostatIncident',
      service: clip(ev.serviceName, MAX_LABEL_CHARS),
      category: t.diagnosis?.category ?? ev.category,
      severity: ev.severity,
      incident_id: ev.id,
    };
  }

  private labelsChanged(t: Tracked): boolean {
    const now = this.labels(t);
    return !!t.lastLabels && JSON.stringify(t.lastLabels) !== JSON.stringify(now);
  }

  private post(eventId: string, kind: string, t: Tracked, endsAt?: string): void {
    const current = this.labels(t);
    if (t.lastLabels && JSON.stringify(t.lastLabels) !== JSON.stringify(current)) t.stale.push(t.lastLabels);
    t.lastLabels = current;
    const alerts = this.alertsFor(t, endsAt);
    // Stale sets are resolved by this post; later posts need not repeat them.
    t.stale = [];
    const body = JSON.stringify(alerts);
    const item: DeliveryItem = {
      target: ALERTMANAGER_TARGET,
      key: `alertmanager:${eventId}`,
      kind,
      payload: { eventId, alerts },
      bytes: 512 + body.length,
      run: () => this.request(body),
      settled: (outcome) => {
        this.deps.metrics?.notifications.inc({ channel: 'alertmanager', outcome: outcome === 'delivered' ? 'delivered' : 'set_aside' });
        if (outcome === 'set-aside') this.deps.logger.error({ eventId, kind }, 'alertmanager post set aside (see delivery_dead_letters)');
      },
    };
    this.deps.delivery.send(item);
  }

  /** POST /api/v2/alerts; 200 is success, 400 a data error (set aside), 5xx retried by the queue. */
  private async request(body: string): Promise<void> {
    const res = await fetch(`${this.base}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(this.opts.requestTimeoutMs ?? 10_000),
    });
    const text = await res.text();
    if (res.ok) return;
    throw new HttpStatusError(res.status, `alertmanager answered ${res.status}: ${text.slice(0, 200)}`);
  }
}

/** summary: one line; description: what detection saw, then the diagnosis. */
export function alertAnnotations(ev: DetectedEvent, d?: Diagnosis): Record<string, string> {
  const summary = `${ev.severity} ${d?.category ?? ev.category} in ${ev.serviceName}`;
  const parts = [ev.message];
  if (d) {
    const root = d.rootCause.service && d.rootCause.service !== d.serviceName ? ` Root cause: ${d.rootCause.service}.` : '';
    parts.push(`Diagnosis: ${d.category} (confidence ${Math.round(d.confidence * 100)}%).${root}`);
    if (d.explanation) parts.push(d.explanation);
    if (d.recommendedActions.length) parts.push(`Recommended: ${d.recommendedActions.join(', ')}`);
  }
  const out: Record<string, string> = { summary: clip(summary, MAX_LABEL_CHARS), description: clip(parts.join('\n\n'), MAX_ANNOTATION_CHARS) };
  if (d) {
    out.diagnosis = d.category;
    out.confidence = d.confidence.toFixed(2);
  }
  return out;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function epochIso(ms: number): string {
  return new Date(Math.max(0, Math.round(ms))).toISOString();
}

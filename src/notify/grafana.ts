// Shows every incident in Grafana as a region annotation: created when detection opens it
// (starting at the event's openedAt), retexted with each diagnosis and with the recovery story
// (each action started, verified, rolled back or failed, from execution.changed, tagged
// recovery:<latest>) and a code-fix proposal's link (codefix.changed), closed (timeEnd) when
// detection closes it. It subscribes to the event and diagnosis topics, so annotations appear
// whether or not diagnosis is enabled, and every call goes through the delivery queue, keyed by
// incident: the create lands before the patches that need its id. Grafana's annotations HTTP API:
// POST /api/annotations, PATCH /api/annotations/:id (contracts, section 1).
//
// Telemetry is attacker-controlled text, so it only ever travels inside JSON string fields;
// URLs are built from the configured base and the numeric id Grafana returned.

import type { DeliveryItem, DeliveryQueue } from '../delivery/index.ts';
import { HttpStatusError } from '../errors.ts';
import type { CodeFixChange, DetectedEvent, Diagnosis, ExecutionChange, Severity } from '../records.ts';
import type { Stage } from '../stage.ts';
import type { Logger } from '../telemetry/index.ts';
import type { Metrics } from '../telemetry/index.ts';
import { onEvents, type Bus } from '../topics.ts';

export interface GrafanaOptions {
  /** Grafana base URL, e.g. http://grafana:3000 (a sub-path is kept). */
  url: string;
  /** Service-account token, sent as `Authorization: Bearer`. */
  token: string;
  /** '' for an organization-wide annotation. */
  dashboardUid: string;
  /** Tags every annotation carries besides category:, service:, severity:. */
  tags: string[];
  requestTimeoutMs?: number;
  /** Incidents remembered (eventId → annotation); the oldest are forgotten first. */
  maxTracked?: number;
}

export interface GrafanaDeps {
  bus: Bus;
  delivery: Pick<DeliveryQueue, 'send' | 'drained'>;
  logger: Logger;
  metrics?: Metrics;
}

interface Tracked {
  openedAt?: number;
  closedAt?: number;
  severity?: Severity;
  /** Set once Grafana has answered the create; null when the create was set aside for good. */
  annotationId?: number | null;
  /** Whether a create has been queued (by the open or, for a resumed incident, by its first diagnosis). */
  created: boolean;
  lastText?: string;
  /** What detection or the latest diagnosis says, and its tags; the story is appended to it. */
  base?: string;
  baseTags?: string[];
  /** One line per recovery step worth telling, oldest first (bounded). */
  story: string[];
  /** The latest recovery state, as a recovery:<state> tag. */
  recovery?: string;
  codeFix?: { line: string; status: string };
}

/** Recovery steps told on the annotation, with the state each one leaves the recovery in. */
const STORY_STEPS: Record<string, string> = {
  'execution.started': 'started',
  'execution.verified': 'verified',
  'execution.verification_failed': 'verification_failed',
  'execution.rolled_back': 'rolled_back',
  'execution.superseded': 'superseded',
  'execution.failed': 'failed',
  'execution.awaiting_approval': 'awaiting_approval',
  'approval.expired': 'approval_expired',
  'recovery.exhausted': 'exhausted',
};
const MAX_STORY_LINES = 30;

/** Grafana rejects overlong tags with 400 (tag-limit-exceeded); service names are not ours to bound. */
const MAX_TAG_CHARS = 100;
const MAX_TEXT_CHARS = 8000;
export const TARGET = 'grafana';

export class GrafanaAnnotator implements Stage {
  readonly name = 'notify.grafana';
  private readonly base: string;
  private readonly incidents = new Map<string, Tracked>();
  private readonly timeoutMs: number;
  private readonly maxTracked: number;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(private readonly opts: GrafanaOptions, private readonly deps: GrafanaDeps) {
    this.base = opts.url.replace(/\/+$/, '');
    this.timeoutMs = opts.requestTimeoutMs ?? 10_000;
    this.maxTracked = Math.max(1, opts.maxTracked ?? 10_000);
  }

  async start(): Promise<void> {
    const bus = this.deps.bus;
    this.unsubscribe.push(
      onEvents(bus, (ev) => this.event(ev)),
      bus.subscribe('diagnosis.made', (d) => this.diagnosis(d)),
      bus.subscribe('execution.changed', (c) => this.execution(c)),
      bus.subscribe('codefix.changed', (f) => this.codeFix(f)),
    );
  }

  /** Stops listening; the calls already queued are the delivery queue's to drain. Safe twice. */
  async stop(): Promise<void> {
    for (const u of this.unsubscribe.splice(0)) u();
  }

  /** Resolves when every call queued so far has been delivered or set aside (tests). */
  drained(): Promise<void> {
    return this.deps.delivery.drained();
  }

  /** An open creates the region; a close ends it; an update only refreshes what later calls say. */
  event(ev: DetectedEvent): void {
    const t = this.track(ev.id);
    t.openedAt ??= ev.openedAt;
    t.severity = ev.severity;
    if (ev.action === 'open' && !t.created) {
      t.base = eventText(ev);
      t.baseTags = this.tags(ev.category, ev.serviceName, ev.severity);
      this.create(ev.id, t, this.text(t), this.allTags(t), { eventId: ev.id });
    }
    if (ev.action !== 'close') return;
    t.closedAt = ev.closedAt ?? ev.updatedAt;
    const timeEnd = epochMs(t.closedAt);
    this.send(ev.id, 'annotation.close', { timeEnd }, async () => {
      // The create was set aside: there is no region to end.
      if (typeof t.annotationId === 'number') await this.request('PATCH', t.annotationId, { timeEnd });
    });
  }

  /** Retexts the incident's region with the diagnosis (creates it for an incident opened before a restart). */
  diagnosis(d: Diagnosis): void {
    const t = this.track(d.eventId);
    t.base = annotationText(d, t.severity);
    t.baseTags = this.tags(d.category, d.serviceName, t.severity);
    const text = this.text(t);
    const tags = this.allTags(t);
    if (!t.created) {
      this.create(d.eventId, t, text, tags, { eventId: d.eventId, confidence: d.confidence, rootCause: d.rootCause.service }, d.diagnosedAt);
      return;
    }
    this.send(d.eventId, 'annotation.diagnosis', { text, tags }, async () => {
      if (typeof t.annotationId === 'number') await this.request('PATCH', t.annotationId, { text, tags });
    });
  }

  /** A recovery step: one more line of the story on the incident's region, and its recovery:<state> tag. */
  execution(c: ExecutionChange): void {
    const state = STORY_STEPS[c.step];
    if (!state) return;
    const t = this.track(c.eventId);
    const at = new Date(c.at).toISOString().slice(11, 19);
    const what = c.actionName ?? 'recovery';
    const detail = c.result && c.result !== state ? ` (${c.result})` : '';
    t.story.push(`${at} ${what}: ${state.replace(/_/g, ' ')}${detail}`);
    if (t.story.length > MAX_STORY_LINES) t.story.splice(0, t.story.length - MAX_STORY_LINES);
    t.recovery = state;
    this.retext(c.eventId, t, 'annotation.recovery');
  }

  /** A code-fix proposal's outcome and link on the region (never applied: for review). */
  codeFix(f: CodeFixChange): void {
    const t = this.track(f.eventId);
    const url = f.resultUrl ?? f.webUrl;
    const conf = f.confidence !== null ? `, confidence ${Math.round(f.confidence * 100)}%` : '';
    t.codeFix = { status: f.status, line: `Code-fix proposal (not applied): ${f.status.replace(/_/g, ' ')}${conf}${url ? ` ${url}` : ''}` };
    this.retext(f.eventId, t, 'annotation.codefix');
  }

  /** Patches text and tags of a region this process created; an unknown incident's region is left alone. */
  private retext(eventId: string, t: Tracked, kind: string): void {
    if (!t.created || t.base === undefined) return;
    const text = this.text(t);
    const tags = this.allTags(t);
    this.send(eventId, kind, { text, tags }, async () => {
      if (typeof t.annotationId === 'number') await this.request('PATCH', t.annotationId, { text, tags });
    });
  }

  private text(t: Tracked): string {
    const story = t.story.length ? `\n\nRecovery:\n${t.story.map((l) => `• ${l}`).join('\n')}` : '';
    const fix = t.codeFix ? `\n\n${t.codeFix.line}` : '';
    const text = `${t.base ?? ''}${story}${fix}`;
    return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1)}…` : text;
  }

  private allTags(t: Tracked): string[] {
    const tags = [...(t.baseTags ?? [])];
    if (t.recovery) tags.push(`recovery:${t.recovery}`);
    if (t.codeFix) tags.push(`codefix:${t.codeFix.status}`);
    return tags;
  }

  private create(eventId: string, t: Tracked, text: string, tags: string[], data: Record<string, unknown>, fallbackTime = Date.now()): void {
    t.created = true;
    const time = epochMs(t.openedAt ?? fallbackTime);
    const body: Record<string, unknown> = { text, tags, time, data };
    if (this.opts.dashboardUid) body.dashboardUID = this.opts.dashboardUid;
    this.send(eventId, 'annotation.create', body, async () => {
      // A close that came first creates the region already ended.
      if (t.closedAt !== undefined) body.timeEnd = Math.max(time, epochMs(t.closedAt));
      const res = await this.request('POST', null, body);
      const id = (res as { id?: unknown } | undefined)?.id;
      t.annotationId = typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
      if (t.annotationId === null) this.deps.logger.warn({ eventId }, 'grafana: annotation created without a usable id');
    }, () => {
      t.annotationId ??= null;
    });
  }

  private send(eventId: string, kind: string, body: unknown, run: () => Promise<void>, onSetAside?: () => void): void {
    const item: DeliveryItem = {
      target: TARGET,
      key: `grafana:${eventId}`,
      kind,
      payload: { eventId, body },
      bytes: 1024 + (typeof (body as { text?: unknown }).text === 'string' ? (body as { text: string }).text.length : 0),
      run,
      settled: (outcome) => {
        this.deps.metrics?.notifications.inc({ channel: 'grafana', outcome: outcome === 'delivered' ? 'delivered' : 'set_aside' });
        if (outcome === 'set-aside') {
          onSetAside?.();
          this.deps.logger.error({ eventId, kind }, 'grafana annotation call set aside (see delivery_dead_letters)');
        } else this.deps.logger.debug({ eventId, kind }, 'grafana annotation delivered');
      },
    };
    this.deps.delivery.send(item);
  }

  private track(eventId: string): Tracked {
    let t = this.incidents.get(eventId);
    if (!t) {
      t = { created: false, story: [] };
      this.incidents.set(eventId, t);
      // Maps iterate in insertion order, so the first key is the oldest incident.
      while (this.incidents.size > this.maxTracked) this.incidents.delete(this.incidents.keys().next().value!);
    }
    return t;
  }

  private tags(category: string, service: string, severity: Severity | undefined): string[] {
    const tags = [...this.opts.tags, `category:${category}`, `service:${service}`];
    if (severity) tags.push(`severity:${severity}`);
    return [...new Set(tags.map((s) => s.slice(0, MAX_TAG_CHARS)))];
  }

  /** One call; a non-2xx answer throws HttpStatusError, which the delivery queue classifies (5xx/429 retried, 4xx set aside). */
  private async request(method: 'POST' | 'PATCH', id: number | null, body: unknown): Promise<unknown> {
    const url = id === null ? `${this.base}/api/annotations` : `${this.base}/api/annotations/${id}`;
    const res = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${this.opts.token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const payload = await res.text();
    if (res.ok) return parseJson(payload);
    const message = String((parseJson(payload) as { message?: unknown } | undefined)?.message ?? '').slice(0, 200);
    throw new HttpStatusError(res.status, `grafana answered ${res.status} to ${method}: ${message}`);
  }
}

/** The region's text before any diagnosis: what detection saw. */
export function eventText(ev: DetectedEvent): string {
  const text = `Homeostat: ${ev.severity} ${ev.category} in ${ev.serviceName} (detected)\n\n${ev.message}`;
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1)}…` : text;
}

/** A short headline, then the diagnosis's own plain explanation. */
export function annotationText(d: Diagnosis, severity?: Severity): string {
  const where = d.rootCause.service && d.rootCause.service !== d.serviceName ? `, root cause ${d.rootCause.service}` : '';
  const sev = severity ? ` ${severity}` : '';
  const headline = `Homeostat:${sev} ${d.category} in ${d.serviceName}${where} (confidence ${Math.round(d.confidence * 100)}%)`;
  const text = d.explanation ? `${headline}\n\n${d.explanation}` : headline;
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS - 1)}…` : text;
}

/** Grafana's time fields are int64 epoch milliseconds. */
function epochMs(t: number): number {
  return Math.max(0, Math.round(t));
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

// Shows every diagnosis in Grafana as a region annotation: created when the first diagnosis of
// an incident arrives (starting at the event's openedAt), retexted on later diagnoses, closed
// (timeEnd) when detection closes the event. Grafana's annotations HTTP API: POST /api/annotations,
// PATCH /api/annotations/:id (see /work/shared/contracts section 1).
//
// Telemetry is attacker-controlled text, so it only ever travels inside JSON string fields;
// URLs are built from the configured base and the numeric id Grafana returned.

import type { Diagnosis } from '../diagnose/engine-types.ts';
import type { DetectedEvent, Severity } from '../records.ts';
import type { Logger } from '../telemetry/logger.ts';

export interface GrafanaAnnotatorOptions {
  /** Grafana base URL, e.g. http://grafana:3000 (a sub-path is kept). */
  url: string;
  /** Service-account token, sent as `Authorization: Bearer`. */
  token: string;
  /** '' for an organization-wide annotation. */
  dashboardUid: string;
  /** Tags every annotation carries besides category:, service:, severity:. */
  tags: string[];
  logger: Pick<Logger, 'warn' | 'error'>;
  /** Attempts per request, retries included (only 5xx and network errors are retried). */
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  requestTimeoutMs?: number;
  /** Incidents remembered (eventId → annotation); the oldest are forgotten first. */
  maxTracked?: number;
}

interface Tracked {
  openedAt?: number;
  closedAt?: number;
  severity?: Severity;
  /** Set once Grafana has answered the create; null when the create failed for good. */
  annotationId?: number | null;
  /** Operations for one incident run in order, so a close never overtakes the create. */
  chain: Promise<void>;
}

/** Grafana rejects overlong tags with 400 (tag-limit-exceeded); service names are not ours to bound. */
const MAX_TAG_CHARS = 100;
const MAX_TEXT_CHARS = 8000;

class PermanentError extends Error {}

export class GrafanaAnnotator {
  private readonly base: string;
  private readonly incidents = new Map<string, Tracked>();
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly timeoutMs: number;
  private readonly maxTracked: number;

  constructor(private readonly opts: GrafanaAnnotatorOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 4);
    this.retryBaseMs = opts.retryBaseMs ?? 500;
    this.retryMaxMs = opts.retryMaxMs ?? 10_000;
    this.timeoutMs = opts.requestTimeoutMs ?? 10_000;
    this.maxTracked = Math.max(1, opts.maxTracked ?? 10_000);
  }

  /** Detect-stage listener: remembers when and how bad the incident is; a close ends the region. */
  event(ev: DetectedEvent): void {
    const t = this.track(ev.id);
    t.openedAt ??= ev.openedAt;
    t.severity = ev.severity;
    if (ev.action !== 'close') return;
    t.closedAt = ev.closedAt ?? ev.updatedAt;
    const timeEnd = epochMs(t.closedAt);
    this.enqueue(t, async () => {
      // No annotation yet: the diagnosis has not arrived (it will be created already closed) or creating failed.
      if (typeof t.annotationId !== 'number') return;
      await this.send('PATCH', t.annotationId, { timeEnd }, ev.id);
    });
  }

  /** Diagnose-stage listener. Returns at once: Grafana being slow must not hold diagnosis up. */
  diagnosis(d: Diagnosis): void {
    const t = this.track(d.eventId);
    this.enqueue(t, async () => {
      const text = annotationText(d, t.severity);
      const tags = this.tagsFor(d, t.severity);
      if (typeof t.annotationId === 'number') {
        await this.send('PATCH', t.annotationId, { text, tags }, d.eventId);
        return;
      }
      const time = epochMs(t.openedAt ?? d.diagnosedAt);
      const body: Record<string, unknown> = {
        text,
        tags,
        time,
        data: { eventId: d.eventId, confidence: d.confidence, rootCause: d.rootCause.service },
      };
      // A diagnosis that lands after the close creates the region already ended.
      if (t.closedAt !== undefined) body.timeEnd = Math.max(time, epochMs(t.closedAt));
      if (this.opts.dashboardUid) body.dashboardUID = this.opts.dashboardUid;
      const res = await this.send('POST', null, body, d.eventId);
      const id = (res as { id?: unknown } | undefined)?.id;
      t.annotationId = typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
      if (res && t.annotationId === null) this.opts.logger.warn({ eventId: d.eventId }, 'grafana: annotation created without a usable id');
    });
  }

  /** Resolves when every request started so far has finished (tests, shutdown). */
  async drained(): Promise<void> {
    await Promise.all([...this.incidents.values()].map((t) => t.chain));
  }

  private track(eventId: string): Tracked {
    let t = this.incidents.get(eventId);
    if (!t) {
      t = { chain: Promise.resolve() };
      this.incidents.set(eventId, t);
      // Maps iterate in insertion order, so the first key is the oldest incident.
      while (this.incidents.size > this.maxTracked) this.incidents.delete(this.incidents.keys().next().value!);
    }
    return t;
  }

  private enqueue(t: Tracked, op: () => Promise<void>): void {
    t.chain = t.chain.then(op).catch((err: unknown) => this.opts.logger.error({ err: String(err) }, 'grafana annotation failed'));
  }

  private tagsFor(d: Diagnosis, severity: Severity | undefined): string[] {
    const tags = [...this.opts.tags, `category:${d.category}`, `service:${d.serviceName}`];
    if (severity) tags.push(`severity:${severity}`);
    return [...new Set(tags.map((s) => s.slice(0, MAX_TAG_CHARS)))];
  }

  /**
   * One request with bounded retries on 5xx and network errors; 4xx is final. Never throws:
   * failures are logged and the result is undefined.
   */
  private async send(method: 'POST' | 'PATCH', id: number | null, body: unknown, eventId: string): Promise<unknown> {
    const url = id === null ? `${this.base}/api/annotations` : `${this.base}/api/annotations/${id}`;
    let lastError = '';
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const res = await fetch(url, {
          method,
          headers: { authorization: `Bearer ${this.opts.token}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        const payload = await res.text();
        if (res.ok) return parseJson(payload);
        const message = `${res.status} ${String((parseJson(payload) as { message?: unknown } | undefined)?.message ?? '').slice(0, 200)}`;
        if (res.status < 500) throw new PermanentError(message);
        lastError = message;
      } catch (err) {
        if (err instanceof PermanentError) {
          this.opts.logger.error({ method, status: err.message, eventId }, 'grafana rejected the annotation request; not retrying');
          return undefined;
        }
        lastError = String(err);
      }
      if (attempt < this.maxAttempts) await sleep(Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** (attempt - 1)));
    }
    this.opts.logger.error({ method, err: lastError, eventId, attempts: this.maxAttempts }, 'grafana annotation request failed after retries');
    return undefined;
  }
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

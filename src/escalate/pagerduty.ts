// PagerDuty Events API v2 (contracts, section 4): trigger with a dedup_key stable per
// incident, acknowledge and resolve with the same key. Every call is one delivery item keyed
// by incident, so one incident's trigger, ack and resolve reach PagerDuty in order.
// 202 is success; 429 and 5xx are retried by the delivery queue with backoff; 400 is PagerDuty
// refusing the event: it is never retried and is logged with PagerDuty's own message.
// The routing key is a secret: it is only ever in the request body, never in a log line,
// a dead letter or an error message.
import type { DeliveryItem, DeliveryQueue } from '../delivery/index.ts';
import { DataError, HttpStatusError } from '../errors.ts';
import type { Severity } from '../records.ts';
import type { Logger, Metrics } from '../telemetry/index.ts';
import { delivered, SentMarks, type Channel, type Page } from './page.ts';
import type { MarkStore } from './persist.ts';

export interface PagerDutyOptions {
  /** Events API v2 integration key (secret). */
  routingKey: string;
  /** https://events.pagerduty.com/v2/enqueue */
  url: string;
  requestTimeoutMs?: number;
}

export interface ChannelDeps {
  delivery: Pick<DeliveryQueue, 'send'>;
  logger: Logger;
  metrics?: Metrics;
  /** Where delivered marks are kept across restarts (absent: memory only). */
  marks?: MarkStore;
}

export const PAGERDUTY_TARGET = 'pagerduty';
const MAX_SUMMARY = 1024;
const MAX_DEDUP_KEY = 255;

const SEVERITY: Record<Severity, 'critical' | 'error' | 'warning' | 'info'> = { CRITICAL: 'critical', HIGH: 'error', MEDIUM: 'warning', LOW: 'info' };

type Action = 'trigger' | 'acknowledge' | 'resolve';

export class PagerDutyChannel implements Channel {
  readonly name = 'pagerduty' as const;
  /** What was last sent per incident, so the same event is never queued twice. */
  private readonly sent = new SentMarks();

  constructor(private readonly opts: PagerDutyOptions, private readonly deps: ChannelDeps) {}

  notify(page: Page): void {
    this.enqueue(page, 'trigger', `trigger:${page.level}`, triggerEvent(page));
  }

  acknowledge(page: Page, _by: string): void {
    this.enqueue(page, 'acknowledge', 'acknowledge', { event_action: 'acknowledge', dedup_key: dedupKey(page) });
  }

  resolve(page: Page, _why: string): void {
    this.enqueue(page, 'resolve', 'resolve', { event_action: 'resolve', dedup_key: dedupKey(page) });
  }

  restore(incidentId: string, mark: string): void {
    this.sent.restore(incidentId, mark);
  }

  private enqueue(page: Page, action: Action, mark: string, event: Record<string, unknown>): void {
    // Nothing after a resolve (a resolved key would open a new alert); an ack or resolve for an
    // incident never triggered here would be dropped by PagerDuty anyway.
    if (!this.sent.take(page.incidentId, mark)) return;
    const item: DeliveryItem = {
      target: PAGERDUTY_TARGET,
      key: `pagerduty:${page.incidentId}`,
      kind: `pagerduty.${action}`,
      // Kept for the dead-letter record: the event without its routing key.
      payload: { incidentId: page.incidentId, event },
      bytes: 1024 + JSON.stringify(event).length,
      run: async () => {
        await this.post(event);
        await delivered(this.deps, page.incidentId, 'pagerduty', mark);
      },
      settled: (outcome) => {
        this.deps.metrics?.notifications.inc({ channel: 'pagerduty', outcome: outcome === 'delivered' ? 'delivered' : 'set_aside' });
        if (outcome === 'delivered') this.deps.logger.info({ incidentId: page.incidentId, action, level: page.level }, 'pagerduty: event accepted');
      },
    };
    this.deps.delivery.send(item);
  }

  private async post(event: Record<string, unknown>): Promise<void> {
    const res = await fetch(this.opts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ routing_key: this.opts.routingKey, ...event }),
      signal: AbortSignal.timeout(this.opts.requestTimeoutMs ?? 10_000),
    });
    const text = await res.text();
    if (res.status === 202) return;
    const answer = parse(text);
    const said = [answer?.message, ...(Array.isArray(answer?.errors) ? answer.errors : [])].filter((s) => typeof s === 'string' && s).join('; ').slice(0, 500);
    const message = `pagerduty answered ${res.status} to ${String(event.event_action)}: ${said || text.slice(0, 200)}`;
    if (res.status === 400) {
      // PagerDuty refuses the event itself: resending the same bytes cannot help.
      this.deps.logger.error({ status: 400, pagerduty: said, action: event.event_action }, 'pagerduty: event refused; not retried');
      throw new DataError(message);
    }
    // 2xx other than 202 is not PagerDuty's contract; treat like a 5xx (retried a bounded number of times).
    throw new HttpStatusError(res.status >= 200 && res.status < 300 ? 502 : res.status, message, retryAfterMs(res.headers.get('retry-after')));
  }
}

export function dedupKey(page: Page): string {
  return page.dedupKey.slice(0, MAX_DEDUP_KEY);
}

/** The trigger event (without routing_key). */
export function triggerEvent(page: Page): Record<string, unknown> {
  const d = page.diagnosis;
  const details: Record<string, unknown> = {
    incident_id: page.incidentId,
    service: page.service,
    category: page.category,
    detected: page.message,
    escalation_rule: page.rule,
    escalation_level: page.level,
    reason: page.reason,
    actions_tried: page.actionsTried.map((a) => `${a.action}: ${a.outcome} at ${new Date(a.at).toISOString()}`),
  };
  if (page.codeFix) details.code_fix_proposal = { status: page.codeFix.status, url: page.codeFix.url, note: 'not applied; for review' };
  if (d) {
    details.diagnosis = `${d.category} (confidence ${Math.round(d.confidence * 100)}%)`;
    details.explanation = d.explanation;
    details.root_service = d.rootService;
    details.probable_causes = d.probableCauses;
    details.recommended_actions = d.recommendedActions;
    details.system_impact = d.systemImpact;
  }
  const links = [
    ...(page.links.grafana ? [{ href: page.links.grafana, text: 'Grafana' }] : []),
    ...(page.links.api ? [{ href: page.links.api, text: 'Incident in Homeostat' }] : []),
  ];
  return {
    event_action: 'trigger',
    dedup_key: dedupKey(page),
    payload: {
      summary: clip(page.level > 0 ? `[re-escalation ${page.level}] ${page.headline}` : page.headline, MAX_SUMMARY),
      source: clip(page.service || 'homeostat', MAX_SUMMARY),
      severity: SEVERITY[page.severity],
      timestamp: new Date(page.openedAt).toISOString(),
      component: d?.rootService ?? page.service,
      group: page.service,
      class: d?.category ?? page.category,
      custom_details: details,
    },
    client: 'Homeostat',
    ...(page.links.api ? { client_url: page.links.api } : {}),
    ...(links.length ? { links } : {}),
  };
}

function retryAfterMs(h: string | null): number | undefined {
  if (!h) return undefined;
  const s = Number(h);
  return Number.isFinite(s) ? s * 1000 : undefined;
}

function parse(text: string): { message?: unknown; errors?: unknown } | undefined {
  try {
    return JSON.parse(text) as { message?: unknown; errors?: unknown };
  } catch {
    return undefined;
  }
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

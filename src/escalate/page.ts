// What a person is told when Homeostat cannot fix an incident: one value built by the
// escalation stage from the incident, its latest diagnosis and the recovery attempts, and
// rendered by each channel (PagerDuty, Slack, email) in its own format. Every field is text
// from telemetry or our own records: channels put it only into JSON strings or escaped HTML.
import type { Category, Severity } from '../records.ts';
import type { Logger } from '../telemetry/index.ts';
import type { MarkStore } from './persist.ts';

export interface ActionTried {
  action: string;
  /** SUCCESS, FAILED, ROLLED_BACK, … as the recovery stage reports it. */
  outcome: string;
  at: number;
}

export interface Page {
  /** The incident (error_events.id). */
  incidentId: string;
  /** Stable per incident, so every channel's repeats update one alert (PagerDuty's dedup_key). */
  dedupKey: string;
  severity: Severity;
  category: Category;
  service: string;
  /** One line: what is wrong where. */
  headline: string;
  /** What detection saw. */
  message: string;
  diagnosis?: {
    category: Category;
    confidence: number;
    explanation: string;
    rootService: string | null;
    probableCauses: string[];
    recommendedActions: string[];
    systemImpact: number;
  };
  actionsTried: ActionTried[];
  /** Which rule escalated and at which level (0 = first notification, 1 = first re-escalation, …). */
  rule: string;
  level: number;
  /** Why this rule matched, in words. */
  reason: string;
  openedAt: number;
  links: { grafana?: string; api?: string };
  /** A code-fix proposal for the incident's error pattern (never applied: for people to review). */
  codeFix?: { proposalId: string; status: string; url: string | null; confidence: number | null; summary: string | null };
}

/** Channels that a page can go to. */
export type ChannelName = 'pagerduty' | 'slack' | 'email';

/** One channel's side of an escalation; every call queues delivery items and returns at once. */
export interface Channel {
  readonly name: ChannelName;
  /** Tell people (again, at a higher level) about an incident. */
  notify(page: Page): void;
  /** Someone took it (ack in Homeostat or in PagerDuty): stop the paging tool from escalating. */
  acknowledge(page: Page, by: string): void;
  /** The incident is over (recovered or closed). */
  resolve(page: Page, why: string): void;
  /** A code-fix proposal for an escalated incident ended (channels that can add a message to what they sent). */
  codeFix?(page: Page): void;
  /** After a restart: what this channel last delivered for the incident (from escalation_deliveries). */
  restore(incidentId: string, mark: string): void;
}

export function headline(p: Pick<Page, 'severity' | 'category' | 'service'>): string {
  return `${p.severity} ${p.category} incident in ${p.service}`;
}

/**
 * What a channel last sent for each incident (`notify:<level>` or `trigger:<level>`, then
 * `acknowledge`, `resolve`): never the same message twice, nothing after a resolve, and no
 * follow-up to an incident this channel never paged. Bounded; the incident least recently paged
 * is forgotten first (Maps iterate in insertion order).
 */
export class SentMarks {
  private readonly last = new Map<string, string>();

  constructor(private readonly max = 10_000) {}

  /** Whether anything was sent for the incident. */
  has(incidentId: string): boolean {
    return this.last.has(incidentId);
  }

  /** Sets what was delivered before a restart, without sending anything. */
  restore(incidentId: string, mark: string): void {
    this.last.delete(incidentId);
    this.last.set(incidentId, mark);
    while (this.last.size > this.max) this.last.delete(this.last.keys().next().value!);
  }

  /** Records `mark` for the incident and says whether it is to be sent. */
  take(incidentId: string, mark: string): boolean {
    const last = this.last.get(incidentId);
    if (last === mark || last === 'resolve') return false;
    if ((mark === 'resolve' || mark === 'acknowledge') && last === undefined) return false;
    this.last.delete(incidentId);
    this.last.set(incidentId, mark);
    while (this.last.size > this.max) this.last.delete(this.last.keys().next().value!);
    return true;
  }
}

/**
 * Whether a channel whose last delivered mark is `mark` has missed something an escalation in
 * this state and level has sent (after a restart, the page or follow-up that never went out).
 */
export function markBehind(mark: string | undefined, status: 'open' | 'acknowledged' | 'resolved', level: number): boolean {
  // Never paged here: an acknowledge or resolve would be a follow-up to nothing.
  if (mark === undefined) return status === 'open';
  if (mark === 'resolve') return false;
  if (status === 'resolved') return true;
  if (mark === 'acknowledge') return false;
  if (status === 'acknowledged') return true;
  const m = /^(?:notify|trigger):(\d+)$/.exec(mark);
  return !m || Number(m[1]) < level;
}

/**
 * Records that a channel's call for an incident was accepted. Called inside the delivery item,
 * after the call: a failed write is logged, not thrown, because throwing would send the call
 * again. At worst the page is repeated once after a restart, never lost.
 */
export async function delivered(deps: { marks?: MarkStore; logger: Logger }, incidentId: string, channel: ChannelName, mark: string): Promise<void> {
  if (!deps.marks) return;
  try {
    await deps.marks.delivered(incidentId, channel, mark);
  } catch (err) {
    deps.logger.warn({ err, incidentId, channel, mark }, 'escalation: could not record a delivered notification; after a restart it may be sent again');
  }
}

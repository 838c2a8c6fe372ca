// Slack incoming webhook (contracts, section 5): one Block Kit message per escalation (headline,
// severity, service, diagnosis, actions tried, buttons to Grafana and to the incident in the
// API), and a short follow-up when someone acknowledges or the incident is resolved (an
// incoming webhook cannot edit what it posted). Success is 200 with the body `ok`; 429 (with
// Retry-After) and 5xx are retried by the delivery queue; any other answer is permanent.
// The webhook URL is the secret: it appears in no log line, error or dead letter.
// Telemetry text is escaped for mrkdwn, so it cannot @-mention a channel or forge a link.
import type { DeliveryItem } from '../delivery/index.ts';
import { HttpStatusError, PermanentError } from '../errors.ts';
import type { ChannelDeps } from './pagerduty.ts';
import { delivered, SentMarks, type Channel, type Page } from './page.ts';

export interface SlackOptions {
  webhookUrl: string;
  requestTimeoutMs?: number;
}

export const SLACK_TARGET = 'slack';
const MAX_SECTION = 2900;
const SEVERITY_ICON: Record<Page['severity'], string> = { CRITICAL: ':red_circle:', HIGH: ':large_orange_circle:', MEDIUM: ':large_yellow_circle:', LOW: ':white_circle:' };

export class SlackChannel implements Channel {
  readonly name = 'slack' as const;
  private readonly sent = new SentMarks();
  private readonly codeFixSent = new Set<string>();

  constructor(private readonly opts: SlackOptions, private readonly deps: ChannelDeps) {}

  notify(page: Page): void {
    this.enqueue(page, `notify:${page.level}`, 'slack.notify', slackMessage(page));
  }

  acknowledge(page: Page, by: string): void {
    this.enqueue(page, 'acknowledge', 'slack.acknowledge', followUp(page, `:eyes: Acknowledged by ${mrkdwn(by)}: ${mrkdwn(page.headline)}`));
  }

  resolve(page: Page, why: string): void {
    this.enqueue(page, 'resolve', 'slack.resolve', followUp(page, `:white_check_mark: Resolved (${mrkdwn(why)}): ${mrkdwn(page.headline)}`));
  }

  /** A follow-up with the proposal's link, once per proposal and outcome, only for an incident paged here. */
  codeFix(page: Page): void {
    const f = page.codeFix;
    if (!f || !this.sent.has(page.incidentId)) return;
    const key = `${page.incidentId}|${f.proposalId}|${f.status}`;
    if (this.codeFixSent.has(key)) return;
    this.codeFixSent.add(key);
    if (this.codeFixSent.size > 10_000) this.codeFixSent.delete(this.codeFixSent.values().next().value!);
    const message: SlackMessage = { text: `Code-fix proposal ${f.status}: ${mrkdwn(page.headline)}`, blocks: [codeFixBlock(f), ...(f.url ? [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Review the proposed fix' }, url: f.url, action_id: 'codefix' }] }] : [])] };
    const body = JSON.stringify(message);
    this.deps.delivery.send({
      target: SLACK_TARGET,
      key: `slack:${page.incidentId}`,
      kind: 'slack.codefix',
      payload: { incidentId: page.incidentId, message },
      bytes: 512 + body.length,
      run: () => this.post(body),
    });
  }

  restore(incidentId: string, mark: string): void {
    this.sent.restore(incidentId, mark);
  }

  private enqueue(page: Page, mark: string, kind: string, message: SlackMessage): void {
    if (!this.sent.take(page.incidentId, mark)) return;
    const body = JSON.stringify(message);
    const item: DeliveryItem = {
      target: SLACK_TARGET,
      key: `slack:${page.incidentId}`,
      kind,
      payload: { incidentId: page.incidentId, message },
      bytes: 512 + body.length,
      run: async () => {
        await this.post(body);
        await delivered(this.deps, page.incidentId, 'slack', mark);
      },
      settled: (outcome) => this.deps.metrics?.notifications.inc({ channel: 'slack', outcome: outcome === 'delivered' ? 'delivered' : 'set_aside' }),
    };
    this.deps.delivery.send(item);
  }

  private async post(body: string): Promise<void> {
    const res = await fetch(this.opts.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(this.opts.requestTimeoutMs ?? 10_000),
    });
    const text = (await res.text()).slice(0, 200);
    if (res.status === 200 && text.trim() === 'ok') return;
    const message = `slack answered ${res.status}: ${text}`;
    if (res.status === 429 || res.status >= 500) {
      const after = Number(res.headers.get('retry-after'));
      throw new HttpStatusError(res.status, message, Number.isFinite(after) && after > 0 ? after * 1000 : undefined);
    }
    this.deps.logger.error({ status: res.status, slack: text }, 'slack: message refused; not retried');
    throw new PermanentError(message);
  }
}

export interface SlackMessage {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

/** The escalation message: `text` is the notification fallback, `blocks` the message. */
export function slackMessage(page: Page): SlackMessage {
  const d = page.diagnosis;
  const title = page.level > 0 ? `Re-escalation ${page.level}: ${page.headline}` : page.headline;
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, 150) } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Severity*\n${SEVERITY_ICON[page.severity]} ${page.severity}` },
        { type: 'mrkdwn', text: `*Service*\n${mrkdwn(clip(page.service, 200))}` },
        { type: 'mrkdwn', text: `*Category*\n${page.category}` },
        { type: 'mrkdwn', text: `*Why escalated*\n${mrkdwn(page.reason)}` },
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*Detected*\n${mrkdwn(page.message)}`, MAX_SECTION) } },
  ];
  if (d) {
    const root = d.rootService ? `\nRoot cause: \`${mrkdwn(d.rootService)}\`` : '';
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*Diagnosis*: ${d.category} (confidence ${Math.round(d.confidence * 100)}%)${root}\n${mrkdwn(d.explanation)}`, MAX_SECTION) } });
  }
  const tried = page.actionsTried.length ? page.actionsTried.map((a) => `• ${mrkdwn(a.action)}: ${mrkdwn(a.outcome)}`).join('\n') : 'none yet';
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*Actions tried*\n${tried}`, MAX_SECTION) } });
  const buttons = [
    ...(page.links.grafana ? [{ type: 'button', text: { type: 'plain_text', text: 'Open in Grafana' }, url: page.links.grafana, action_id: 'grafana' }] : []),
    ...(page.links.api ? [{ type: 'button', text: { type: 'plain_text', text: 'Incident in Homeostat' }, url: page.links.api, action_id: 'incident' }] : []),
  ];
  if (page.codeFix) {
    blocks.push(codeFixBlock(page.codeFix));
    if (page.codeFix.url) buttons.push({ type: 'button', text: { type: 'plain_text', text: 'Review the proposed fix' }, url: page.codeFix.url, action_id: 'codefix' });
  }
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  return { text: mrkdwn(title), blocks };
}

/** The proposal in a section: status, confidence when the run reported one, and its summary. */
function codeFixBlock(f: NonNullable<Page['codeFix']>): Record<string, unknown> {
  const conf = f.confidence !== null ? ` (confidence ${Math.round(f.confidence * 100)}%)` : '';
  const summary = f.summary ? `\n${mrkdwn(f.summary)}` : '';
  return { type: 'section', text: { type: 'mrkdwn', text: clip(`*Proposed code fix* (not applied; for review): ${f.status}${conf}${summary}`, MAX_SECTION) } };
}

function followUp(page: Page, text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: clip(text, MAX_SECTION) } }] };
}

/** Slack's mrkdwn control characters (& < >) escaped, so `<!channel>` or `<url|text>` in telemetry is shown, not acted on. */
export function mrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

// Email over SMTP through nodemailer: one message per escalation (plain text and HTML), and a
// short one when the incident is acknowledged or resolved. smtp_url carries the server and its
// credentials (smtp://user:pass@host:587, smtps://… for implicit TLS); it is a secret and is
// never logged. SMTP's own answer decides the retry: a 4xx reply or a lost connection is
// passing (retried by the delivery queue), a 5xx reply or a refused login is not.
// Telemetry text is HTML-escaped in the HTML part.
import { createTransport } from 'nodemailer';
import type { DeliveryItem } from '../delivery/index.ts';
import { PermanentError, RetryableError } from '../errors.ts';
import type { ChannelDeps } from './pagerduty.ts';
import { delivered, SentMarks, type Channel, type Page } from './page.ts';

export interface EmailOptions {
  smtpUrl: string;
  from: string;
  to: string[];
  /** Connection, greeting and socket timeouts. */
  timeoutMs?: number;
}

export const EMAIL_TARGET = 'email';

interface Mail {
  subject: string;
  text: string;
  html: string;
}

type Transport = ReturnType<typeof createTransport>;

export class EmailChannel implements Channel {
  readonly name = 'email' as const;
  private readonly sent = new SentMarks();
  private transport?: Transport;

  constructor(private readonly opts: EmailOptions, private readonly deps: ChannelDeps) {}

  notify(page: Page): void {
    this.enqueue(page, `notify:${page.level}`, 'email.notify', emailMessage(page));
  }

  acknowledge(page: Page, by: string): void {
    const line = `Acknowledged by ${by}: ${page.headline}`;
    this.enqueue(page, 'acknowledge', 'email.acknowledge', { subject: `[Homeostat] Acknowledged: ${page.headline}`, text: line, html: `<p>${html(line)}</p>` });
  }

  resolve(page: Page, why: string): void {
    const line = `Resolved (${why}): ${page.headline}`;
    this.enqueue(page, 'resolve', 'email.resolve', { subject: `[Homeostat] Resolved: ${page.headline}`, text: line, html: `<p>${html(line)}</p>` });
  }

  /** Closes the SMTP connection pool (stage stop). */
  close(): void {
    this.transport?.close();
    this.transport = undefined;
  }

  restore(incidentId: string, mark: string): void {
    this.sent.restore(incidentId, mark);
  }

  private enqueue(page: Page, mark: string, kind: string, mail: Mail): void {
    if (!this.sent.take(page.incidentId, mark)) return;
    const item: DeliveryItem = {
      target: EMAIL_TARGET,
      key: `email:${page.incidentId}`,
      kind,
      payload: { incidentId: page.incidentId, subject: mail.subject, to: this.opts.to },
      bytes: 512 + mail.text.length + mail.html.length,
      run: async () => {
        await this.send(mail);
        await delivered(this.deps, page.incidentId, 'email', mark);
      },
      settled: (outcome) => this.deps.metrics?.notifications.inc({ channel: 'email', outcome: outcome === 'delivered' ? 'delivered' : 'set_aside' }),
    };
    this.deps.delivery.send(item);
  }

  private async send(mail: Mail): Promise<void> {
    const t = Math.max(1000, this.opts.timeoutMs ?? 30_000);
    this.transport ??= createTransport({ url: this.opts.smtpUrl, connectionTimeout: t, greetingTimeout: t, socketTimeout: t });
    try {
      await this.transport.sendMail({
        from: this.opts.from,
        to: this.opts.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'X-Homeostat': 'escalation' },
      });
    } catch (err) {
      throw classifySmtp(err);
    }
  }
}

/** An SMTP failure as the delivery queue classifies it, with nothing of the URL in the message. */
function classifySmtp(err: unknown): Error {
  const e = err as { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const reply = typeof e.responseCode === 'number' ? e.responseCode : 0;
  const said = typeof e.response === 'string' ? e.response.slice(0, 200) : String(e.message ?? err).slice(0, 200);
  const message = `smtp ${code || 'error'}${reply ? ` ${reply}` : ''}: ${said}`;
  // The server's reply code decides first: 4xx is "try again later", 5xx is "no".
  if (reply >= 400 && reply < 500) return new RetryableError(message);
  if (reply >= 500 || code === 'EAUTH' || code === 'ENOAUTH' || code === 'EENVELOPE' || code === 'EMESSAGE') return new PermanentError(message);
  // Lost connections, timeouts: passing.
  return new RetryableError(message);
}

export function emailMessage(page: Page): Mail {
  const d = page.diagnosis;
  const subject = `[Homeostat] ${page.level > 0 ? `Re-escalation ${page.level}: ` : ''}${page.headline}`;
  const lines: Array<[string, string]> = [
    ['Severity', page.severity],
    ['Service', page.service],
    ['Category', page.category],
    ['Why escalated', page.reason],
    ['Opened', new Date(page.openedAt).toISOString()],
    ['Detected', page.message],
  ];
  if (d) {
    lines.push(['Diagnosis', `${d.category} (confidence ${Math.round(d.confidence * 100)}%)${d.rootService ? `, root cause ${d.rootService}` : ''}`]);
    lines.push(['Explanation', d.explanation]);
    if (d.recommendedActions.length) lines.push(['Recommended', d.recommendedActions.join(', ')]);
  }
  lines.push(['Actions tried', page.actionsTried.length ? page.actionsTried.map((a) => `${a.action}: ${a.outcome}`).join('; ') : 'none yet']);
  if (page.links.grafana) lines.push(['Grafana', page.links.grafana]);
  if (page.links.api) lines.push(['Incident', page.links.api]);
  const text = lines.map(([k, v]) => `${k}: ${v}`).join('\n');
  const rows = lines.map(([k, v]) => `<tr><th align="left">${html(k)}</th><td>${/^https?:\/\//.test(v) && (k === 'Grafana' || k === 'Incident') ? `<a href="${html(v)}">${html(v)}</a>` : html(v)}</td></tr>`).join('');
  return { subject: subject.replace(/[\r\n]+/g, ' '), text, html: `<h2>${html(page.headline)}</h2><table>${rows}</table>` };
}

function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// A contract stand-in for a Slack incoming webhook (not Slack): it enforces what the project's
// contracts, section 5, and Block Kit's documented limits require, and answers as Slack does
// (200 `ok`, plain-text errors). `faults` are answered before the real handling: 429 (with
// Retry-After), 500, or 'timeout' (no answer at all).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SLACK_PATH = '/services/T0001/B0001/abcdefSECRETtoken123';

export class SlackStandIn {
  readonly messages: Array<{ text: string; blocks?: any[] }> = [];
  readonly statuses: Array<number | 'timeout'> = [];
  faults: Array<number | 'timeout'> = [];
  private server?: Server;
  private readonly hung: ServerResponse[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}${SLACK_PATH}`;
  }

  async stop(): Promise<void> {
    for (const r of this.hung.splice(0)) r.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const reply = (status: number, text: string, headers: Record<string, string> = {}) => {
      this.statuses.push(status);
      res.writeHead(status, { 'content-type': 'text/plain', ...headers });
      res.end(text);
    };
    if (req.method !== 'POST' || req.url !== SLACK_PATH) return reply(404, 'no_service');
    const fault = this.faults.shift();
    if (fault === 'timeout') {
      this.statuses.push('timeout');
      this.hung.push(res);
      return;
    }
    if (fault === 429) return reply(429, 'rate_limited', { 'retry-after': '1' });
    if (fault !== undefined) return reply(fault, 'rollup_error');
    if (!String(req.headers['content-type']).startsWith('application/json')) return reply(400, 'invalid_payload');
    let m: any;
    try {
      m = JSON.parse(raw);
    } catch {
      return reply(400, 'invalid_payload');
    }
    if (!m || typeof m !== 'object' || Array.isArray(m)) return reply(400, 'invalid_payload');
    if (typeof m.text !== 'string' || !m.text) return reply(400, 'no_text');
    for (const k of ['channel', 'username', 'icon_emoji', 'icon_url']) if (k in m) return reply(400, 'invalid_payload');
    if (m.blocks !== undefined && blockProblems(m.blocks).length) return reply(400, 'invalid_blocks');
    this.messages.push(m);
    reply(200, 'ok');
  }
}

const plain = (t: any, max: number) => t?.type === 'plain_text' && typeof t.text === 'string' && t.text.length > 0 && t.text.length <= max;
const textObj = (t: any, max: number) => (t?.type === 'plain_text' || t?.type === 'mrkdwn') && typeof t.text === 'string' && t.text.length > 0 && t.text.length <= max;

/** Block Kit's documented limits for the block types a message here may use. */
export function blockProblems(blocks: unknown): string[] {
  if (!Array.isArray(blocks) || blocks.length > 50) return ['blocks must be an array of at most 50'];
  const out: string[] = [];
  blocks.forEach((b: any, i) => {
    if (b?.type === 'header') {
      if (!plain(b.text, 150)) out.push(`${i}: header text must be plain_text ≤150`);
    } else if (b?.type === 'section') {
      if (b.text === undefined && b.fields === undefined) out.push(`${i}: section needs text or fields`);
      if (b.text !== undefined && !textObj(b.text, 3000)) out.push(`${i}: section text ≤3000`);
      if (b.fields !== undefined && (!Array.isArray(b.fields) || b.fields.length > 10 || !b.fields.every((f: any) => textObj(f, 2000)))) out.push(`${i}: fields`);
    } else if (b?.type === 'actions') {
      if (!Array.isArray(b.elements) || !b.elements.length || b.elements.length > 25) out.push(`${i}: actions elements`);
      for (const e of b.elements ?? []) {
        if (e?.type !== 'button' || !plain(e.text, 75) || (e.url !== undefined && (typeof e.url !== 'string' || e.url.length > 3000))) out.push(`${i}: button`);
      }
    } else if (b?.type === 'divider' || b?.type === 'context') {
      // allowed
    } else out.push(`${i}: unknown block type ${String(b?.type)}`);
  });
  return out;
}

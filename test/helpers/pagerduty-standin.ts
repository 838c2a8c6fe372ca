// A contract stand-in for PagerDuty's Events API v2 (not PagerDuty): it enforces what the
// project's contracts, section 4, say a real endpoint requires and answers as PagerDuty does,
// so a client that drifts from the contract gets the 400 PagerDuty would give. `faults` are
// answered before the real handling: a status (429, 500, …) or 'timeout' (no answer at all).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PagerDutyEvent {
  routing_key: string;
  event_action: 'trigger' | 'acknowledge' | 'resolve';
  dedup_key?: string;
  payload?: { summary: string; source: string; severity: string; custom_details?: Record<string, unknown>; [k: string]: unknown };
  links?: Array<{ href: string; text?: string }>;
  [k: string]: unknown;
}

const TOP_FIELDS = new Set(['routing_key', 'event_action', 'dedup_key', 'payload', 'images', 'links', 'client', 'client_url']);
const PAYLOAD_FIELDS = new Set(['summary', 'source', 'severity', 'timestamp', 'component', 'group', 'class', 'custom_details']);
const SEVERITIES = new Set(['critical', 'error', 'warning', 'info']);

export class PagerDutyStandIn {
  /** Events accepted (202), in arrival order. */
  readonly accepted: PagerDutyEvent[] = [];
  /** Every request with the status answered ('timeout' when none was). */
  readonly requests: Array<{ status: number | 'timeout'; body: string }> = [];
  faults: Array<number | 'timeout'> = [];
  private server?: Server;
  private readonly hung: ServerResponse[] = [];

  constructor(readonly routingKey = 'R0123456789abcdef0123456789abcde') {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v2/enqueue`;
  }

  async stop(): Promise<void> {
    for (const r of this.hung.splice(0)) r.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Open alerts by dedup_key and their state, as PagerDuty would hold them. */
  state(): Map<string, 'triggered' | 'acknowledged' | 'resolved'> {
    const s = new Map<string, 'triggered' | 'acknowledged' | 'resolved'>();
    for (const e of this.accepted) {
      const k = e.dedup_key!;
      if (e.event_action === 'trigger') s.set(k, 'triggered');
      else if (s.has(k) && s.get(k) !== 'resolved') s.set(k, e.event_action === 'acknowledge' ? 'acknowledged' : 'resolved');
    }
    return s;
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const reply = (status: number, body: unknown) => {
      this.requests.push({ status, body: raw });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const invalid = (...errors: string[]) => reply(400, { status: 'invalid event', message: 'Event object is invalid', errors });
    if (req.method !== 'POST' || req.url !== '/v2/enqueue') return reply(404, { status: 'not found', message: 'Not found' });
    const fault = this.faults.shift();
    if (fault === 'timeout') {
      this.requests.push({ status: 'timeout', body: raw });
      this.hung.push(res);
      return;
    }
    if (fault !== undefined) return reply(fault, { status: 'error', message: fault === 429 ? 'Too many requests' : 'Internal error' });
    if (!String(req.headers['content-type']).startsWith('application/json')) return invalid('Content-Type must be application/json');
    let e: PagerDutyEvent;
    try {
      e = JSON.parse(raw) as PagerDutyEvent;
    } catch {
      return invalid('Malformed JSON');
    }
    if (!e || typeof e !== 'object' || Array.isArray(e)) return invalid('Event must be an object');
    const errors: string[] = [];
    for (const k of Object.keys(e)) if (!TOP_FIELDS.has(k)) errors.push(`Unknown field '${k}'`);
    if (typeof e.routing_key !== 'string' || e.routing_key.length !== 32) errors.push("'routing_key' is missing or invalid");
    if (!['trigger', 'acknowledge', 'resolve'].includes(e.event_action)) errors.push("'event_action' is invalid");
    if (e.dedup_key !== undefined && (typeof e.dedup_key !== 'string' || e.dedup_key.length > 255)) errors.push("'dedup_key' is invalid");
    if (e.event_action === 'trigger') {
      const p = e.payload;
      if (!p || typeof p !== 'object') errors.push("'payload' is missing");
      else {
        for (const k of Object.keys(p)) if (!PAYLOAD_FIELDS.has(k)) errors.push(`Unknown field 'payload.${k}'`);
        if (typeof p.summary !== 'string' || !p.summary || p.summary.length > 1024) errors.push("'payload.summary' is missing or too long");
        if (typeof p.source !== 'string' || !p.source) errors.push("'payload.source' is missing");
        if (!SEVERITIES.has(p.severity)) errors.push("'payload.severity' is invalid");
        if (p.timestamp !== undefined && Number.isNaN(Date.parse(String(p.timestamp)))) errors.push("'payload.timestamp' is invalid");
        if (p.custom_details !== undefined && (typeof p.custom_details !== 'object' || Array.isArray(p.custom_details))) errors.push("'payload.custom_details' must be an object");
      }
      for (const l of e.links ?? []) if (typeof l?.href !== 'string' || !l.href) errors.push("'links[].href' is required");
    } else if (typeof e.dedup_key !== 'string' || !e.dedup_key) errors.push("'dedup_key' is required for acknowledge and resolve");
    if (errors.length) return invalid(...errors);
    if (e.routing_key !== this.routingKey) return invalid('Invalid routing key');
    const dedup = e.dedup_key ?? `pd-${this.accepted.length + 1}`;
    this.accepted.push({ ...e, dedup_key: dedup });
    reply(202, { status: 'success', message: 'Event processed', dedup_key: dedup });
  }
}

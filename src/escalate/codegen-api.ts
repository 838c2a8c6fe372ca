// The Codegen agent API (contracts, section 6): POST /v1/organizations/{org_id}/agent/run with
// {prompt, metadata, repo_id?} starts a run; GET .../agent/run/{id} reads it back. Bearer token
// auth. 200 is the only success; 429 and 5xx are passing (retried by the delivery queue with
// backoff, Retry-After honoured); 402 (plan exhausted), 403, 404 and 422 are refusals that
// resending cannot change. The token is a secret: it is only ever in the Authorization header.
import { HttpStatusError, PermanentError } from '../errors.ts';

export interface CodegenApiOptions {
  /** https://api.codegen.com (a sub-path is kept). */
  apiUrl: string;
  orgId: string;
  /** API token (secret). */
  token: string;
  requestTimeoutMs?: number;
}

/** What Homeostat keeps of an AgentRunResponse. */
export interface AgentRun {
  id: number;
  /** Upper-cased (the API's CLI and SDK disagree on case). */
  status: string;
  webUrl: string | null;
  result: string | null;
  summary: string | null;
  pullRequestUrls: string[];
  metadata: Record<string, unknown> | null;
}

/** Statuses after which a run changes no more. */
export const TERMINAL_STATUSES = new Set(['COMPLETE', 'COMPLETED', 'FAILED', 'ERROR', 'CANCELLED', 'STOPPED']);

export class CodegenApi {
  private readonly base: string;

  constructor(private readonly opts: CodegenApiOptions) {
    this.base = `${opts.apiUrl.replace(/\/+$/, '')}/v1/organizations/${encodeURIComponent(opts.orgId)}/agent/run`;
  }

  startRun(body: { prompt: string; metadata?: Record<string, unknown>; repo_id?: number }): Promise<AgentRun> {
    return this.call('POST', this.base, body);
  }

  getRun(id: number): Promise<AgentRun> {
    return this.call('GET', `${this.base}/${encodeURIComponent(String(id))}`);
  }

  private async call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<AgentRun> {
    const res = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${this.opts.token}`, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(this.opts.requestTimeoutMs ?? 30_000),
    });
    const text = await res.text();
    const json = parse(text);
    if (res.status === 200) {
      const run = agentRun(json);
      if (!run) throw new PermanentError(`codegen answered 200 to ${method} without a run id`);
      return run;
    }
    const said = describe(json) || text.slice(0, 200);
    const message = `codegen answered ${res.status} to ${method} agent/run: ${said}`;
    if (res.status === 429 || res.status >= 500) {
      const after = Number(res.headers.get('retry-after'));
      throw new HttpStatusError(res.status, message, Number.isFinite(after) && after > 0 ? after * 1000 : undefined);
    }
    throw new PermanentError(message);
  }
}

function agentRun(j: unknown): AgentRun | null {
  if (!j || typeof j !== 'object') return null;
  const o = j as Record<string, unknown>;
  if (typeof o.id !== 'number' || !Number.isSafeInteger(o.id)) return null;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const prs = Array.isArray(o.github_pull_requests) ? o.github_pull_requests : [];
  return {
    id: o.id,
    status: (str(o.status) ?? 'PENDING').toUpperCase(),
    webUrl: httpUrl(o.web_url),
    result: str(o.result),
    summary: str(o.summary),
    pullRequestUrls: prs.map((p) => httpUrl((p as { url?: unknown } | null)?.url)).filter((u): u is string => u !== null),
    metadata: o.metadata && typeof o.metadata === 'object' && !Array.isArray(o.metadata) ? (o.metadata as Record<string, unknown>) : null,
  };
}

/** Only http(s) links are kept: they are shown to people as buttons and links. */
function httpUrl(v: unknown): string | null {
  if (typeof v !== 'string' || !v) return null;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function describe(j: unknown): string {
  if (!j || typeof j !== 'object') return '';
  const o = j as { message?: unknown; detail?: unknown };
  if (typeof o.message === 'string') return o.message.slice(0, 300);
  if (Array.isArray(o.detail)) return o.detail.map((d) => `${((d as { loc?: unknown[] }).loc ?? []).join('.')}: ${String((d as { msg?: unknown }).msg ?? '')}`).join('; ').slice(0, 300);
  return '';
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

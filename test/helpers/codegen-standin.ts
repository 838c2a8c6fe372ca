// A contract stand-in for the Codegen agent API (not Codegen): it enforces what the project's
// contracts, section 6, say the API requires (Bearer token, the organization in the path, JSON
// with a non-empty `prompt` and only CreateAgentRunInput's fields, 10 run creations a minute) and
// answers with Codegen's documented bodies (AgentRunResponse, 403/404/422/429 messages). Each run
// moves through `script` one status per GET. `faults` are answered before the real handling:
// a status code, or 'timeout' (no answer at all).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CODEGEN_TOKEN = 'sk-codegen-test-token';
export const CODEGEN_ORG = '4242';
const CREATE_FIELDS = new Set(['prompt', 'images', 'metadata', 'repo_id', 'model', 'agent_type']);

export interface StandInRun {
  id: number;
  prompt: string;
  metadata: Record<string, unknown> | null;
  repoId: number | null;
  gets: number;
}

export class CodegenStandIn {
  readonly runs: StandInRun[] = [];
  readonly statuses: Array<number | 'timeout'> = [];
  faults: Array<number | 'timeout'> = [];
  /** The statuses a run shows on successive GETs; the last one stays. */
  script = ['ACTIVE', 'ACTIVE', 'COMPLETE'];
  /** Runs that end with a pull request. */
  pullRequests = true;
  private creations: number[] = [];
  private server?: Server;
  private readonly hung: ServerResponse[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const r of this.hung.splice(0)) r.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const reply = (status: number, body: unknown) => {
      this.statuses.push(status);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const invalid = (loc: string[], msg: string) => reply(422, { detail: [{ loc, msg, type: 'value_error' }] });
    const m = /^\/v1\/organizations\/([^/]+)\/agent\/run(?:\/([^/?]+))?$/.exec(req.url ?? '');
    if (!m) return reply(404, { detail: 'Not Found' });
    if (req.headers.authorization !== `Bearer ${CODEGEN_TOKEN}` || m[1] !== CODEGEN_ORG) {
      return reply(403, { message: 'You do not have access to this organization.', status_code: 403 });
    }
    const fault = this.faults.shift();
    if (fault === 'timeout') {
      this.statuses.push('timeout');
      this.hung.push(res);
      return;
    }
    if (fault !== undefined) return reply(fault, { message: fault === 429 ? 'Rate limit exceeded. Please try again later.' : 'Internal Server Error', status_code: fault });

    if (req.method === 'GET' && m[2]) {
      const run = this.runs.find((r) => String(r.id) === m[2]);
      if (!run) return reply(404, { message: 'Agent run not found', status_code: 404 });
      run.gets++;
      return reply(200, this.response(run));
    }
    if (req.method !== 'POST' || m[2]) return reply(405, { detail: 'Method Not Allowed' });
    if (!String(req.headers['content-type']).startsWith('application/json')) return invalid(['body'], 'body must be JSON');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return invalid(['body'], 'JSON decode error');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return invalid(['body'], 'body must be an object');
    const b = body as Record<string, unknown>;
    const extra = Object.keys(b).find((k) => !CREATE_FIELDS.has(k));
    if (extra) return invalid(['body', extra], 'extra fields not permitted');
    if (typeof b.prompt !== 'string' || !b.prompt.trim()) return invalid(['body', 'prompt'], 'field required');
    if (b.metadata !== undefined && (b.metadata === null || typeof b.metadata !== 'object' || Array.isArray(b.metadata))) return invalid(['body', 'metadata'], 'value is not a valid dict');
    if (b.repo_id !== undefined && !Number.isInteger(b.repo_id)) return invalid(['body', 'repo_id'], 'value is not a valid integer');
    const now = Date.now();
    this.creations = this.creations.filter((t) => now - t < 60_000);
    if (this.creations.length >= 10) return reply(429, { message: 'Rate limit exceeded. Please try again later.', status_code: 429 });
    this.creations.push(now);
    const run: StandInRun = { id: 1000 + this.runs.length, prompt: b.prompt, metadata: (b.metadata as Record<string, unknown>) ?? null, repoId: (b.repo_id as number) ?? null, gets: 0 };
    this.runs.push(run);
    return reply(200, { ...this.response(run), status: 'PENDING' });
  }

  private response(run: StandInRun): Record<string, unknown> {
    const status = this.script[Math.min(run.gets, this.script.length) - 1] ?? 'PENDING';
    const done = status === 'COMPLETE';
    return {
      id: run.id,
      organization_id: Number(CODEGEN_ORG),
      status,
      created_at: new Date().toISOString(),
      web_url: `https://codegen.example/agent/trace/${run.id}`,
      result: done ? 'Added a null check before reading cart.items; test added.' : null,
      summary: done ? 'Guard against an empty cart in checkout' : null,
      source_type: 'API',
      github_pull_requests: done && this.pullRequests ? [{ id: run.id, title: 'Fix empty cart crash', url: `https://github.example/acme/shop/pull/${run.id}`, created_at: new Date().toISOString(), head_branch_name: `codegen-${run.id}` }] : [],
      metadata: run.metadata,
    };
  }
}

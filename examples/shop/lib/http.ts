// Plain node:http servers and clients for the shop. `http` is required (not imported) so the
// OpenTelemetry HTTP instrumentation, which hooks require, traces every call.
import { createRequire } from 'node:module';
import type * as Http from 'node:http';

const require = createRequire(import.meta.url);
const http = require('node:http') as typeof Http;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown = { error: message },
  ) {
    super(message);
  }
}

export interface Req {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Http.IncomingHttpHeaders;
  body: unknown;
  raw: Http.IncomingMessage;
  res: Http.ServerResponse;
}

type Handler = (req: Req) => Promise<unknown> | unknown;
interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];
  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | null {
    const segs = path.split('/').filter(Boolean);
    for (const r of this.routes) {
      if (r.method !== method || r.parts.length !== segs.length) continue;
      const params: Record<string, string> = {};
      if (r.parts.every((p, i) => (p.startsWith(':') ? ((params[p.slice(1)] = decodeURIComponent(segs[i])), true) : p === segs[i]))) return { handler: r.handler, params };
    }
    return null;
  }
}

const MAX_BODY = 1 << 20;

function readBody(req: Http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'body too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      if (!chunks.length) return resolve(undefined);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

export interface ServeOptions {
  port: number;
  /** Runs before routing; may answer (return true) or throw. */
  before?: (req: Http.IncomingMessage, res: Http.ServerResponse) => boolean | Promise<boolean>;
  onError?: (err: unknown, req: Req) => void;
}

export function serve(router: Router, o: ServeOptions): Promise<Http.Server> {
  const server = http.createServer(async (raw, res) => {
    const url = new URL(raw.url ?? '/', 'http://x');
    const r: Req = { method: raw.method ?? 'GET', path: url.pathname, params: {}, query: url.searchParams, headers: raw.headers, body: undefined, raw, res };
    try {
      if (o.before && (await o.before(raw, res))) return;
      const m = router.match(r.method, r.path);
      if (!m) throw new HttpError(404, `no route ${r.method} ${r.path}`);
      r.params = m.params;
      r.body = await readBody(raw);
      const out = await m.handler(r);
      if (res.headersSent || res.destroyed) return;
      send(res, 200, out ?? { ok: true });
    } catch (err) {
      if (res.destroyed) return;
      const status = err instanceof HttpError ? err.status : 500;
      if (status >= 500) o.onError?.(err, r);
      if (!res.headersSent) send(res, status, err instanceof HttpError ? err.body : { error: (err as Error).message ?? String(err) });
      else res.end();
    }
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolve(server));
  });
}

export function send(res: Http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface CallResult<T = unknown> {
  status: number;
  body: T;
}

/** A JSON call to another service; rejects on network errors and timeouts, resolves on any status. */
export function call<T = unknown>(base: string, method: string, path: string, o: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<CallResult<T>> {
  const url = new URL(path, base);
  const payload = o.body === undefined ? undefined : JSON.stringify(o.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: { accept: 'application/json', ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}), ...o.headers },
        timeout: o.timeoutMs ?? 5_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: body as T });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error(`timeout after ${o.timeoutMs ?? 5_000} ms calling ${url.host}${url.pathname}`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** Turns a peer's failure into this service's 5xx (or passes a 4xx through). */
export function upstreamError(peer: string, r: CallResult): HttpError {
  const detail = typeof r.body === 'object' && r.body && 'error' in r.body ? String((r.body as { error: unknown }).error) : `status ${r.status}`;
  return new HttpError(r.status >= 500 ? 502 : r.status, `${peer} answered ${r.status}: ${detail}`);
}

import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { countRefused, handleExport, type ExportContext } from './export.ts';
import { bodyKind, HttpError, readBody, type BodyKind } from './http-body.ts';
import { busy, type BudgetHold } from './inflight.ts';
import { SIGNALS, type SignalSpec } from './signals.ts';
import { capMessage, classify, encodeExportResponse, encodeRpcStatus, exportResponseJson } from './status.ts';

export interface HttpReceiverOptions {
  host: string;
  port: number;
  maxRequestBytes: number;
  checkAuth: (authorization: string | undefined) => boolean;
  tls?: { cert_file: string; key_file: string; client_ca_file?: string };
  /** Open connections accepted at once (receiver.http.max_connections); further ones are closed on accept. */
  maxConnections?: number;
}

const CONTENT_TYPE: Record<BodyKind, string> = { protobuf: 'application/x-protobuf', json: 'application/json' };

/** OTLP/HTTP receiver: POST /v1/traces, /v1/logs, /v1/metrics with protobuf or JSON bodies. */
export class HttpReceiver {
  private readonly server: Server;
  private readonly routes = new Map<string, SignalSpec>(SIGNALS.map((s) => [s.httpPath, s]));

  constructor(private readonly ctx: ExportContext, private readonly opts: HttpReceiverOptions) {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = opts.tls
      ? createHttpsServer(
          {
            cert: readFileSync(opts.tls.cert_file),
            key: readFileSync(opts.tls.key_file),
            ca: opts.tls.client_ca_file ? readFileSync(opts.tls.client_ca_file) : undefined,
            requestCert: Boolean(opts.tls.client_ca_file),
          },
          handler,
        )
      : createHttpServer(handler);
    if (opts.maxConnections !== undefined) this.server.maxConnections = opts.maxConnections;
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port, this.opts.host, () => resolve());
    });
    return this.port;
  }

  get port(): number {
    return (this.server.address() as AddressInfo | null)?.port ?? 0;
  }

  /** Stops accepting connections; requests in progress finish (and store) first. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const spec = this.routes.get((req.url ?? '').split('?')[0]);
    let kind: BodyKind = 'protobuf';
    let hold: BudgetHold | undefined;
    try {
      if (!spec) throw new HttpError(404, `no OTLP endpoint at ${req.url}: use /v1/traces, /v1/logs or /v1/metrics`);
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        throw new HttpError(405, `method ${req.method} not allowed: OTLP/HTTP uses POST`);
      }
      kind = bodyKind(req.headers['content-type']);
      if (!this.opts.checkAuth(req.headers.authorization)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        throw new HttpError(401, 'missing or invalid bearer token');
      }
      hold = this.ctx.budget?.hold();
      let body: Buffer;
      try {
        // Turned away before a byte of the body is read while the budget is spent.
        if (this.ctx.budget?.full) throw busy(this.ctx.budget);
        body = await readBody(req, this.opts.maxRequestBytes, hold);
      } catch (err) {
        // Refused before decoding (too large, bad gzip, busy): counted here, as handleExport never sees it.
        countRefused(this.ctx, spec, err);
        throw err;
      }
      const result = await handleExport(this.ctx, spec, kind === 'json' ? body.toString('utf8') : body, kind === 'json', 'http');
      const payload = kind === 'json' ? exportResponseJson(spec.partialField, result.rejected, result.message) : encodeExportResponse(result.rejected, result.message);
      res.writeHead(200, { 'Content-Type': CONTENT_TYPE[kind] });
      res.end(payload);
    } catch (err) {
      this.fail(req, res, err, kind);
    } finally {
      hold?.release();
    }
  }

  private fail(req: IncomingMessage, res: ServerResponse, err: unknown, kind: BodyKind): void {
    const f = err instanceof HttpError ? { http: err.status, grpc: err.grpc, message: capMessage(err.message), retryAfterSeconds: undefined } : classify(err);
    if (f.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(f.retryAfterSeconds));
    // A refused upload is not worth reading to its end: answer, then drop the connection.
    if (!req.complete) res.setHeader('Connection', 'close');
    const body = kind === 'json' ? JSON.stringify({ code: f.grpc, message: f.message }) : encodeRpcStatus(f.grpc, f.message);
    res.writeHead(f.http, { 'Content-Type': CONTENT_TYPE[kind] });
    res.end(body);
  }
}

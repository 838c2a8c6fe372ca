// The OTLP receivers as one stage: gRPC on :4317 and HTTP on :4318, both handing decoded items
// to the store stage's sink and acknowledging only what is stored.
import { makeBearerCheck } from '../auth/index.ts';
import type { DecodeLimits, TelemetrySink } from '../records.ts';
import type { Stage } from '../stage.ts';
import type { Logger } from '../telemetry/index.ts';
import type { Metrics } from '../telemetry/index.ts';
import type { ExportContext } from './otlp/export.ts';
import { GrpcReceiver } from './otlp/grpc.ts';
import { HttpReceiver } from './otlp/http.ts';
import { InflightBudget } from './otlp/inflight.ts';

export interface TlsFiles {
  cert_file: string;
  key_file: string;
  client_ca_file?: string;
}

export interface ReceiveOptions {
  grpc: { enabled: boolean; host: string; port: number };
  http: { enabled: boolean; host: string; port: number; maxConnections: number };
  maxRequestBytes: number;
  /** Request bytes in flight across both receivers; beyond it requests get "retry later". */
  maxInflightBytes: number;
  limits: DecodeLimits;
  bearerTokens: string[];
  tls?: TlsFiles;
}

export interface ReceiveDeps {
  /** The store stage: resolves once items are stored; `available` false answers "retry later". */
  sink: TelemetrySink & { readonly available: boolean };
  metrics: Metrics;
  logger: Logger;
}

export class ReceiveStage implements Stage {
  readonly name = 'receive';
  private grpc?: GrpcReceiver;
  private http?: HttpReceiver;
  private stopping?: Promise<void>;
  /** Ports actually bound (0 in the options picks a free one). */
  readonly ports: { grpc?: number; http?: number } = {};

  constructor(private readonly opts: ReceiveOptions, private readonly deps: ReceiveDeps) {}

  async start(): Promise<void> {
    const o = this.opts;
    const ctx: ExportContext = { sink: this.deps.sink, metrics: this.deps.metrics, limits: o.limits, budget: new InflightBudget(o.maxInflightBytes) };
    const checkAuth = makeBearerCheck(o.bearerTokens);
    if (o.grpc.enabled) {
      this.grpc = new GrpcReceiver(ctx, {
        host: o.grpc.host,
        port: o.grpc.port,
        maxRequestBytes: o.maxRequestBytes,
        checkAuth,
        tls: o.tls,
        isServing: () => this.deps.sink.available,
      });
      this.ports.grpc = await this.grpc.start();
    }
    if (o.http.enabled) {
      this.http = new HttpReceiver(ctx, { host: o.http.host, port: o.http.port, maxRequestBytes: o.maxRequestBytes, checkAuth, tls: o.tls, maxConnections: o.http.maxConnections });
      this.ports.http = await this.http.start();
    }
    this.deps.logger.info({ ports: this.ports }, 'homeostat listening');
  }

  /** Stops accepting, and waits for requests in progress (each waits for its items to be stored). Safe twice. */
  stop(): Promise<void> {
    this.stopping ??= Promise.all([this.grpc?.stop(), this.http?.stop()]).then(() => undefined);
    return this.stopping;
  }
}

export function createReceiveStage(options: ReceiveOptions, deps: ReceiveDeps): ReceiveStage {
  return new ReceiveStage(options, deps);
}

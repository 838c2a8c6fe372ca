// The API port as a stage: health, readiness, /metrics and the /api routes.
import type { FastifyInstance } from 'fastify';
import { makeBearerCheck } from '../auth/index.ts';
import type { Stage } from '../stage.ts';
import type { Logger } from '../telemetry/index.ts';
import type { Metrics } from '../telemetry/index.ts';
import type { ApiDeps } from './routes/deps.ts';
import { buildApi } from './server.ts';

export { buildApi, type ApiDeps, type ApiOptions } from './server.ts';

export interface ApiStageOptions {
  host: string;
  port: number;
  bearerTokens: string[];
  protectMetrics: boolean;
  /** Host names accepted besides loopback names and IP literals; `*` accepts any. */
  allowedHosts: string[];
}

export interface ApiStageDeps extends ApiDeps {
  metrics: Metrics;
  readiness: Record<string, () => Promise<boolean>>;
  logger: Logger;
}

export class ApiStage implements Stage {
  readonly name = 'api';
  private app?: FastifyInstance;
  private stopping?: Promise<void>;
  port?: number;

  constructor(private readonly opts: ApiStageOptions, private readonly deps: ApiStageDeps) {}

  async start(): Promise<void> {
    const o = this.opts;
    const { metrics, readiness, logger: _logger, ...routes } = this.deps;
    this.app = buildApi(
      {
        host: o.host,
        port: o.port,
        metrics,
        readiness,
        ...(o.bearerTokens.length > 0 ? { checkAuth: makeBearerCheck(o.bearerTokens) } : {}),
        protectMetrics: o.protectMetrics,
        allowedHosts: o.allowedHosts,
      },
      routes,
    );
    await this.app.listen({ host: o.host, port: o.port });
    const addr = this.app.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : o.port;
  }

  stop(): Promise<void> {
    this.stopping ??= this.app?.close().then(() => undefined) ?? Promise.resolve();
    return this.stopping;
  }
}

export function createApiStage(options: ApiStageOptions, deps: ApiStageDeps): ApiStage {
  return new ApiStage(options, deps);
}

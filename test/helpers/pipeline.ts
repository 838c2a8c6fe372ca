// One whole Homeostat (receivers → store → embedded ClickHouse) per test file, on free ports
// and a fresh data directory. chdb binds one data directory per process and vitest forks a
// process per file, so a file must start exactly one of these (in beforeAll).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { parseConfig } from '../../src/config/index.ts';
import { Pipeline, type RunningPorts } from '../../src/pipeline.ts';
import { createLogger } from '../../src/telemetry/logger.ts';

export interface ReceiverOverrides {
  max_request_bytes?: number;
  max_attributes?: number;
  max_attribute_value_length?: number;
  max_any_value_depth?: number;
  bearer_tokens?: string[];
  /** api.auth.bearer_tokens (the API's own tokens; /metrics stays open). */
  api_bearer_tokens?: string[];
}

export interface TestPipeline {
  pipeline: Pipeline;
  ports: Required<RunningPorts>;
  ch: ClickHouseClient;
  /** Rows of a SELECT as JSON objects (64-bit integers arrive as strings). */
  query<T = Record<string, unknown>>(sql: string, params?: Record<string, unknown>): Promise<T[]>;
  /** count() of a table, filtered by a WHERE clause. */
  count(table: string, where: string, params?: Record<string, unknown>): Promise<number>;
  /** The Prometheus text served at /metrics on the API port. */
  scrape(): Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Runs before Homeostat opens its storage, with the embedded ClickHouse data directory it will use. */
  beforeStart?: (clickhouseDataDir: string) => Promise<void>;
}

export async function startTestPipeline(receiver: ReceiverOverrides = {}, start: StartOptions = {}): Promise<TestPipeline> {
  const dir = await mkdtemp(join(tmpdir(), 'homeostat-e2e-'));
  await start.beforeStart?.(join(dir, 'clickhouse'));
  const { bearer_tokens, api_bearer_tokens, ...limits } = receiver;
  // An empty environment: HOMEOSTAT_* variables on the machine must not change the test's config.
  const config = parseConfig({
    receiver: {
      grpc: { host: '127.0.0.1', port: 0 },
      http: { host: '127.0.0.1', port: 0 },
      ...limits,
      ...(bearer_tokens ? { auth: { bearer_tokens } } : {}),
    },
    storage: {
      clickhouse: { data_dir: join(dir, 'clickhouse'), batch: { max_delay_ms: 50 } },
      postgres: { data_dir: join(dir, 'postgres') },
    },
    api: { host: '127.0.0.1', port: 0, ...(api_bearer_tokens ? { auth: { bearer_tokens: api_bearer_tokens } } : {}) },
    telemetry: { log_level: 'silent' },
    // Only the ingest path is under test; keep the background stages quiet.
    self_healing: { monitoring: { enabled: false }, recovery: { enabled: false }, escalation: { enabled: false }, learning: { enabled: false } },
  }, {});
  const pipeline = new Pipeline(config, createLogger('silent'));
  let ports: RunningPorts;
  try {
    ports = await pipeline.start();
  } catch (err) {
    await pipeline.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const ch = pipeline.clickhouseClient;
  if (!ch || ports.grpc === undefined || ports.http === undefined || ports.api === undefined) {
    throw new Error(`pipeline did not start everything: ${JSON.stringify(ports)}`);
  }
  const query = async <T>(sql: string, params?: Record<string, unknown>): Promise<T[]> => {
    const rs = await ch.query({ query: sql, query_params: params, format: 'JSONEachRow' });
    return rs.json<T>();
  };
  return {
    pipeline,
    ports: ports as Required<RunningPorts>,
    ch,
    query,
    async count(table, where, params) {
      const rows = await query<{ n: string }>(`SELECT toString(count()) AS n FROM otel.${table} WHERE ${where}`, params);
      return Number(rows[0].n);
    },
    async scrape() {
      const res = await fetch(`http://127.0.0.1:${ports.api}/metrics`);
      if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
      return res.text();
    },
    async stop() {
      await pipeline.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The value of one Prometheus sample, matched by metric name and exact label set (0 when absent). */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{') && line.split(' ')[0] !== name) continue;
    const m = /^([^{\s]+)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got: Record<string, string> = {};
    for (const pair of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) got[pair[1]] = pair[2];
    const want = Object.entries(labels);
    if (want.length === Object.keys(got).length && want.every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return 0;
}

// Self-instrumentation sends Homeostat's own spans through the official SDK, tagged
// homeostat.self=true. Here they go to Homeostat's own receiver, which stores them like any
// other spans, so the tag can be checked where the detectors read it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { metrics } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { Pipeline, type RunningPorts } from '../../src/pipeline.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { SELF_ATTRIBUTE, startSelfInstrumentation } from '../../src/telemetry/self-instrumentation.ts';
import { encodeExportRequestWithOneSpan } from '../helpers/otlp-bytes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-self-'));
let pipeline: Pipeline;
let ports: RunningPorts;

beforeAll(async () => {
  const config = parseConfig(
    {
      receiver: { grpc: { host: '127.0.0.1', port: 0 }, http: { host: '127.0.0.1', port: 0 } },
      api: { enabled: false },
      storage: { clickhouse: { data_dir: path.join(dir, 'ch') }, postgres: { data_dir: path.join(dir, 'pg') } },
    },
    {},
  );
  pipeline = new Pipeline(config, createLogger('silent'));
  ports = await pipeline.start();
});
afterAll(async () => {
  await pipeline?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('tags its own spans with homeostat.self=true (exported through the SDK over gRPC)', async () => {
  const self = startSelfInstrumentation({ endpoint: `http://127.0.0.1:${ports.grpc}`, serviceName: 'homeostat-under-test' });
  const r = await fetch(`http://127.0.0.1:${ports.http}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-protobuf' },
    body: encodeExportRequestWithOneSpan('some-app'),
  });
  expect(r.status).toBe(200);
  await self.shutdown(); // flushes the SDK's batch to the receiver, which stores before answering
  const rows = await (
    await pipeline.clickhouseClient!.query({
      query: `SELECT SpanName, ResourceAttributes[{k:String}] AS self FROM otel.otel_traces WHERE ServiceName = 'homeostat-under-test'`,
      query_params: { k: SELF_ATTRIBUTE },
      format: 'JSONEachRow',
    })
  ).json<{ SpanName: string; self: string }>();
  expect(rows).toContainEqual({ SpanName: 'otlp.export traces', self: 'true' });
  expect(rows.every((row) => row.self === 'true')).toBe(true);
});

it('starts no metrics or logs exporters of its own (the SDK defaults them to OTLP on this host)', async () => {
  // Point the SDK's env-configured defaults at our receiver, so anything they sent would be stored.
  const saved = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${ports.http}`;
  // The API keeps the first global provider registered; clear any an earlier SDK left behind.
  metrics.disable();
  logs.disable();
  try {
    const self = startSelfInstrumentation({ endpoint: `http://127.0.0.1:${ports.grpc}`, serviceName: 'homeostat-quiet' });
    metrics.getMeter('self-test').createCounter('self.test.counter').add(1);
    logs.getLogger('self-test').emit({ body: 'self test log record' });
    await self.shutdown(); // would flush a metrics reader and a log processor, had the SDK made them
  } finally {
    if (saved === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    else process.env.OTEL_EXPORTER_OTLP_ENDPOINT = saved;
  }
  const count = async (table: string) =>
    Number(
      (
        await (
          await pipeline.clickhouseClient!.query({ query: `SELECT count() AS n FROM otel.${table} WHERE ServiceName = 'homeostat-quiet'`, format: 'JSONEachRow' })
        ).json<{ n: string }>()
      )[0].n,
    );
  expect(await count('otel_logs')).toBe(0);
  expect(await count('otel_metrics_sum')).toBe(0);
});

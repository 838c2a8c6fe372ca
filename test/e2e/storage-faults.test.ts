// ClickHouse server down: receivers answer with OTLP's retryable statuses, nothing crashes,
// and ingest resumes by itself once a server appears on the configured URL. The "server" is
// the real engine behind ClickHouse's HTTP interface (test/helpers/clickhouse-http.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, credentials, Metadata, status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { Pipeline, type RunningPorts } from '../../src/pipeline.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { startClickHouseHttp, type ClickHouseHttp } from '../helpers/clickhouse-http.ts';
import { encodeExportRequestWithOneSpan } from '../helpers/otlp-bytes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-faults-'));
let chPort = 0;
let pipeline: Pipeline;
let ports: RunningPorts;
let server: ClickHouseHttp | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

const traceBody = (marker: string) =>
  JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: marker } }] },
        scopeSpans: [
          {
            spans: [
              {
                traceId: '5b8efff798038103d269b633813fc60c',
                spanId: 'eee19b7ec3c1b174',
                name: 'GET /x',
                kind: 2,
                startTimeUnixNano: String(BigInt(Date.now()) * 1_000_000n),
                endTimeUnixNano: String(BigInt(Date.now() + 5) * 1_000_000n),
              },
            ],
          },
        ],
      },
    ],
  });

const post = (marker: string) =>
  fetch(`http://127.0.0.1:${ports.http}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: traceBody(marker) });

beforeAll(async () => {
  chPort = await freePort(); // nothing listens here until the test starts a server on it
  const config = parseConfig(
    {
      receiver: { grpc: { host: '127.0.0.1', port: 0 }, http: { host: '127.0.0.1', port: 0 } },
      api: { host: '127.0.0.1', port: 0 },
      storage: {
        clickhouse: { url: `http://127.0.0.1:${chPort}`, batch: { max_retries: 1 } },
        postgres: { data_dir: path.join(dir, 'pg') },
      },
    },
    {},
  );
  pipeline = new Pipeline(config, createLogger('silent'));
  ports = await pipeline.start();
});

afterAll(async () => {
  await pipeline?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('ClickHouse server unreachable (closed port)', () => {
  it('starts anyway and reports not ready', async () => {
    const r = await fetch(`http://127.0.0.1:${ports.api}/readyz`);
    expect(r.status).toBe(503);
    expect(((await r.json()) as { checks: unknown }).checks).toEqual({ clickhouse: false, postgres: true });
  });

  it('answers OTLP/HTTP with 503 and Retry-After', async () => {
    const r = await post('down-http');
    expect(r.status).toBe(503);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await r.json()) as { message: string }).message).toMatch(/storage unavailable|retry later/);
  });

  it('answers OTLP/gRPC with UNAVAILABLE carrying RetryInfo', async () => {
    const client = new Client(`127.0.0.1:${ports.grpc}`, credentials.createInsecure());
    const err = await new Promise<{ code: number; metadata: Metadata } | null>((resolve) =>
      client.makeUnaryRequest(
        '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
        (b: Buffer) => b,
        (b: Buffer) => b,
        encodeExportRequestWithOneSpan('down-grpc'),
        new Metadata(),
        (e) => resolve(e as never),
      ),
    );
    client.close();
    expect(err?.code).toBe(status.UNAVAILABLE);
    expect(err?.metadata.get('grpc-status-details-bin')).toHaveLength(1);
  });

  it('is still alive, and ingest resumes once a server appears on the URL', async () => {
    expect((await fetch(`http://127.0.0.1:${ports.api}/healthz`)).status).toBe(200);
    server = await startClickHouseHttp(path.join(dir, 'ch'), chPort);
    let last = 0;
    // Bounded: the writer re-probes storage on each refused write.
    for (let i = 0; i < 100 && last !== 200; i++) {
      last = (await post('after-recovery')).status;
      if (last !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(last).toBe(200);
    const rows = await (
      await server.client.query({ query: "SELECT count() AS n FROM otel.otel_traces WHERE ServiceName = 'after-recovery'", format: 'JSONEachRow' })
    ).json<{ n: string }>();
    expect(Number(rows[0].n)).toBe(1);
    // Refused requests stored nothing.
    const refused = await (
      await server.client.query({ query: "SELECT count() AS n FROM otel.otel_traces WHERE ServiceName LIKE 'down-%'", format: 'JSONEachRow' })
    ).json<{ n: string }>();
    expect(Number(refused[0].n)).toBe(0);
    expect((await fetch(`http://127.0.0.1:${ports.api}/readyz`)).status).toBe(200);
  });
});

// The whole Homeostat with `source: { type: clickhouse }`: no OTLP receivers start, rows a
// Collector writes into otel_traces reach the store stage's subscribers, and nothing is
// written back. Embedded ClickHouse and PGlite in a fresh directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { Pipeline, type RunningPorts } from '../../src/pipeline.ts';
import type { LogRecordItem, SpanRecord } from '../../src/records.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { metricValue } from '../helpers/pipeline.ts';
import { insertRows, MAP, MS, spanRow } from './helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-source-pipeline-'));
let pipeline: Pipeline;
let ports: RunningPorts;
let receiverPorts: number[];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** 'refused' when nothing listens on the port. */
function probe(port: number): Promise<'open' | 'refused'> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    sock.once('connect', () => {
      sock.destroy();
      resolve('open');
    });
    sock.once('error', () => resolve('refused'));
  });
}

beforeAll(async () => {
  receiverPorts = [await freePort(), await freePort()];
  const config = parseConfig({
    source: { type: 'clickhouse', clickhouse: { poll_interval_ms: 50 } },
    receiver: { grpc: { host: '127.0.0.1', port: receiverPorts[0] }, http: { host: '127.0.0.1', port: receiverPorts[1] } },
    storage: { clickhouse: { data_dir: path.join(dir, 'clickhouse') }, postgres: { data_dir: path.join(dir, 'postgres') } },
    api: { host: '127.0.0.1', port: 0 },
    telemetry: { log_level: 'silent' },
    self_healing: { monitoring: { enabled: false }, recovery: { enabled: false }, escalation: { enabled: false }, learning: { enabled: false } },
  }, {});
  pipeline = new Pipeline(config, createLogger('silent'));
  ports = await pipeline.start();
});
afterAll(async () => {
  await pipeline?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('pipeline with source: clickhouse', () => {
  it('starts the API but no OTLP receivers', async () => {
    expect(ports.grpc).toBeUndefined();
    expect(ports.http).toBeUndefined();
    expect(ports.api).toBeGreaterThan(0);
    expect(await probe(receiverPorts[0])).toBe('refused');
    expect(await probe(receiverPorts[1])).toBe('refused');
  });

  it("hands spans and logs a Collector wrote to the store stage's subscribers, without writing them again", async () => {
    const spans: SpanRecord[] = [];
    const logs: LogRecordItem[] = [];
    pipeline.storeStage!.subscribe({ traces: (s) => spans.push(...s), logs: (l) => logs.push(...l) });
    const ch = pipeline.clickhouseClient!;
    const now = BigInt(Date.now()) * MS;
    await insertRows(ch, 'otel_traces', [spanRow(now, 'aaaaaaaaaaaaaaaa', { SpanName: ['String', 'tailed'], StatusCode: ['String', 'Error'] })]);
    await insertRows(ch, 'otel_logs', [{
      Timestamp: ['ns', now], ServiceName: ['String', 'checkout'], Body: ['String', 'tailed log'], SeverityNumber: ['UInt8', 17],
      ResourceAttributes: [MAP, { 'service.name': 'checkout' }],
    }]);
    await vi.waitFor(() => {
      expect(spans.map((s) => s.name)).toEqual(['tailed']);
      expect(logs.map((l) => l.body)).toEqual(['tailed log']);
    }, { timeout: 30_000, interval: 50 });
    expect(spans[0]).toMatchObject({ spanId: 'aaaaaaaaaaaaaaaa', statusCode: 2, startNs: now, resource: { serviceName: 'checkout' } });

    // Later polls deliver nothing again, and the rows were not stored a second time.
    const rows = await (await ch.query({ query: 'SELECT count() AS n FROM otel.otel_traces', format: 'JSONEachRow' })).json<{ n: number | string }>();
    expect(Number(rows[0].n)).toBe(1);
    const text = await (await fetch(`http://127.0.0.1:${ports.api}/metrics`)).text();
    expect(metricValue(text, 'homeostat_source_rows_total', { table: 'otel_traces', outcome: 'delivered' })).toBe(1);
    expect(metricValue(text, 'homeostat_items_stored_total', { signal: 'traces' })).toBe(0);
    await vi.waitFor(async () => {
      const again = await (await fetch(`http://127.0.0.1:${ports.api}/metrics`)).text();
      expect(metricValue(again, 'homeostat_source_rows_total', { table: 'otel_traces', outcome: 'deduplicated' })).toBeGreaterThan(0);
    }, { timeout: 30_000, interval: 50 });
    expect(spans).toHaveLength(1);
  });
});

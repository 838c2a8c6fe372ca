// SIGTERM while requests are arriving: every request Homeostat acknowledged is in ClickHouse
// after the process has exited. Runs the real CLI (`homeostat start`) as a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { afterAll, expect, it } from 'vitest';
import { openClickHouse } from '../../src/store/clickhouse/client.ts';
import { root } from '../receive/otlp/proto-root.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPANS_PER_REQUEST = 50;

function request(n: number): Buffer {
  const Req = root().lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
  const now = BigInt(Date.now()) * 1_000_000n;
  const spans = Array.from({ length: SPANS_PER_REQUEST }, (_, i) => ({
    traceId: Buffer.from(`${n}`.padStart(16, '0')),
    spanId: Buffer.from(`${i}`.padStart(8, '0')),
    name: 'op',
    kind: 2,
    startTimeUnixNano: (now + BigInt(i)).toString(),
    endTimeUnixNano: (now + BigInt(i) + 1000n).toString(),
  }));
  const msg = { resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: `req-${n}` } }] }, scopeSpans: [{ spans }] }] };
  return Buffer.from(Req.encode(Req.fromObject(msg)).finish());
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

it('keeps everything acknowledged before SIGTERM (real CLI process)', async () => {
  const port = await freePort();
  const config = path.join(dir, 'homeostat.yaml');
  writeFileSync(
    config,
    JSON.stringify({
      receiver: { grpc: { host: '127.0.0.1', port }, http: { enabled: false } },
      api: { enabled: false },
      // A long batch delay: acknowledgements can only come from inserts, and SIGTERM must flush.
      storage: { clickhouse: { data_dir: path.join(dir, 'ch'), batch: { max_delay_ms: 5000, min_insert_interval_ms: 2000 } }, postgres: { data_dir: path.join(dir, 'pg') } },
      telemetry: { log_level: 'warn' },
    }),
  );
  const child = spawn(process.execPath, [path.join(repo, 'bin/homeostat.js'), 'start', '--config', config], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  await new Promise<void>((resolve, reject) => client.waitForReady(Date.now() + 120_000, (e) => (e ? reject(e) : resolve())));

  const acknowledged: number[] = [];
  const send = (n: number) =>
    new Promise<void>((resolve) =>
      client.makeUnaryRequest('/opentelemetry.proto.collector.trace.v1.TraceService/Export', (b: Buffer) => b, (b: Buffer) => b, request(n), new Metadata(), { deadline: Date.now() + 60_000 }, (err) => {
        if (!err) acknowledged.push(n);
        resolve();
      }),
    );
  // Requests in flight when SIGTERM arrives; some more are sent while it stops (refused or stored).
  const inFlight = Array.from({ length: 20 }, (_, n) => send(n));
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGTERM');
  const late = Array.from({ length: 5 }, (_, n) => send(100 + n));
  await Promise.all([...inFlight, ...late]);
  expect(await exited).toBe(0);
  client.close();

  expect(acknowledged.length).toBeGreaterThan(0);
  const ch = openClickHouse({ url: '', username: '', password: '', dataDir: path.join(dir, 'ch'), requestTimeoutMs: 60_000 });
  const rows = await (
    await ch.client.query({ query: 'SELECT ServiceName AS s, count() AS n FROM otel.otel_traces GROUP BY s', format: 'JSONEachRow' })
  ).json<{ s: string; n: string }>();
  await ch.close();
  const stored = new Map(rows.map((r) => [r.s, Number(r.n)]));
  for (const n of acknowledged) expect(stored.get(`req-${n}`), `request ${n} was acknowledged`).toBe(SPANS_PER_REQUEST);
});

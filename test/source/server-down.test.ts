// ClickHouse going away under a running tailer: polls fail, are counted and reported once
// per streak, the loop keeps going, and once the server answers again the rows written in
// the meantime are delivered, once. The server is the real engine behind ClickHouse's HTTP
// interface (test/helpers/clickhouse-http.ts), reached through a TCP relay the test cuts.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OFFSETS_TABLE, type TailerObserver } from '../../src/source/clickhouse/index.ts';
import { tracesStream } from '../../src/source/clickhouse/traces.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { startClickHouseHttp, type ClickHouseHttp } from '../helpers/clickhouse-http.ts';
import { CollectingSink, fakeClock, insertRows, migrateDatabase, MS, SEC, spanRow, tailer } from './helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-source-down-'));
let engine: ClickHouseHttp;
let remote: ClickHouseHandle;
let relayPort = 0;
let relay: Server | undefined;
const sockets = new Set<Socket>();

/** Forwards relayPort to the HTTP server; closing it makes the server unreachable. */
function openRelay(target: number): Promise<void> {
  relay = createServer((inbound) => {
    const out = connect(target, '127.0.0.1');
    for (const s of [inbound, out]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    inbound.pipe(out).pipe(inbound);
  });
  return new Promise((resolve) => relay!.listen(relayPort, '127.0.0.1', () => {
    relayPort = (relay!.address() as { port: number }).port;
    resolve();
  }));
}

async function cutRelay(): Promise<void> {
  const closed = new Promise<void>((resolve) => relay!.close(() => resolve()));
  for (const s of sockets) s.destroy();
  await closed;
}

beforeAll(async () => {
  engine = await startClickHouseHttp(path.join(dir, 'ch'));
  await migrateDatabase(engine.client, 'otel');
  await openRelay(Number(new URL(engine.url).port));
  remote = openClickHouse({ url: `http://127.0.0.1:${relayPort}`, username: 'default', password: '', dataDir: '', requestTimeoutMs: 5_000 });
});
afterAll(async () => {
  await remote?.close();
  await cutRelay().catch(() => undefined);
  await engine?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('clickhouse source with the server down', () => {
  it('keeps polling through the outage and delivers what was written meanwhile, once', async () => {
    const clock = fakeClock();
    const errors: Array<[string, number]> = [];
    const observer: TailerObserver = { rows: () => {}, error: (table, _err, n) => errors.push([table, n]) };
    const sink = new CollectingSink();
    const t = tailer(remote.client, sink, clock, { streams: [tracesStream('otel_traces')], pollIntervalMs: 10 }, observer);
    // Written by the Collector (straight into the engine), read over HTTP.
    await insertRows(engine.client, 'otel_traces', [spanRow(clock.value - 100n * MS, '0000000000000001')]);
    t.start();
    await vi.waitFor(() => expect(sink.spans).toHaveLength(1), { timeout: 30_000, interval: 10 });
    expect(sink.spans[0].startNs).toBe(clock.value - 100n * MS);

    await cutRelay();
    clock.advance(1n * SEC);
    await insertRows(engine.client, 'otel_traces', [spanRow(clock.value - 100n * MS, '0000000000000002')]);
    // Several failed polls in a row: each counted, the loop still running.
    await vi.waitFor(() => expect(t.stats.get('otel_traces')!.errors).toBeGreaterThanOrEqual(3), { timeout: 30_000, interval: 10 });
    expect(errors.filter(([table]) => table === 'otel_traces').map(([, n]) => n).slice(0, 3)).toEqual([1, 2, 3]);
    expect(t.stats.get('otel_traces')!.lastError).toMatch(/ECONNREFUSED|socket|connect/i);

    await openRelay(Number(new URL(engine.url).port));
    await vi.waitFor(() => expect(sink.spans.map((s) => s.spanId)).toEqual(['0000000000000001', '0000000000000002']), { timeout: 30_000, interval: 10 });
    // The position is saved again once the server answers.
    await vi.waitFor(async () => {
      const rs = await engine.client.query({
        query: `SELECT toString(watermark) AS w FROM otel.${OFFSETS_TABLE} WHERE stream = 'otel_traces' ORDER BY version DESC LIMIT 1`,
        format: 'JSONEachRow',
      });
      expect((await rs.json<{ w: string }>())[0]?.w).toBe(clock.value.toString());
    }, { timeout: 30_000, interval: 10 });
    await t.stop();
    expect(sink.spans).toHaveLength(2);
  });
});

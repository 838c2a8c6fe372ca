// The writer's inserts reach the embedded engine as bytes (chdb's raw insert), with the same
// results and the same error shape (code) as chdb's own string path, which the batcher needs
// to tell refused data from an outage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientInsert } from '../../../src/store/clickhouse/writer.ts';
import { withZeroCopyInserts } from '../../../src/store/clickhouse/zero-copy-insert.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-zero-copy-'));
let client: ClickHouseClient;
let rawInserts = 0;

beforeAll(async () => {
  const conn = createChdbConnection({ path: dir });
  const ext = conn.chdb;
  const raw = ext.rawInsert.bind(ext);
  // Count what goes through the raw path, so the test knows which path ran.
  (ext as { rawInsert: typeof raw }).rawInsert = (params) => {
    rawInserts++;
    return raw(params);
  };
  client = createClient({ connection: withZeroCopyInserts(conn) as never });
  await client.command({ query: 'CREATE TABLE t (ts DateTime64(9), name String, attrs Map(LowCardinality(String), String), `ev.Name` Array(String)) ENGINE = MergeTree ORDER BY ts' });
});
afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = async () =>
  (await (await client.query({ query: 'SELECT toString(toUnixTimestamp64Nano(ts)) AS ns, name, attrs, `ev.Name` AS ev FROM t ORDER BY ts', format: 'JSONEachRow' })).json()) as unknown[];

describe('zero-copy inserts on the embedded engine', () => {
  it("stores the writer's CSV bytes through the raw path, multi-byte text and dotted columns included", async () => {
    const insert = clientInsert(client, false);
    const before = rawInserts;
    const body = Buffer.from('1700000000000000001,"zürich ☃ ""q""","{\'k\':\'v\'}","[\'a\',\'b\']"\n1700000000000000002,"two","{}","[]"\n');
    await insert('default.t', ['ts', 'name', 'attrs', 'ev.Name'], body, 'token-unused');
    expect(rawInserts - before).toBe(1);
    expect(await rows()).toEqual([
      { ns: '1700000000000000001', name: 'zürich ☃ "q"', attrs: { k: 'v' }, ev: ['a', 'b'] },
      { ns: '1700000000000000002', name: 'two', attrs: {}, ev: [] },
    ]);
  });

  it('a body the engine cannot parse fails with a ClickHouse error code, and stores nothing', async () => {
    const count = (await rows()).length;
    const insert = clientInsert(client, false);
    const err = await insert('default.t', ['ts', 'name', 'attrs', 'ev.Name'], Buffer.from('1700000000000000003,"ok","{}","[]"\nnot-a-time,"x","{}","[]"\n'), '').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(Number((err as { code?: string }).code)).toBeGreaterThan(0);
    expect((err as Error).message).toMatch(/parse|DateTime/i);
    expect(await rows()).toHaveLength(count);
  });

  it('other inserts (row objects as JSON) keep chdb’s own path', async () => {
    const before = rawInserts;
    await client.insert({ table: 't', values: [{ ts: '2024-01-01 00:00:00', name: 'json', attrs: {}, 'ev.Name': [] }], format: 'JSONEachRow' });
    expect(rawInserts).toBe(before);
    expect((await rows()).some((r) => (r as { name: string }).name === 'json')).toBe(true);
  });
});

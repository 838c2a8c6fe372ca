// The embedded PostgreSQL runs in a worker thread: while it works (here: pg_sleep, standing in for
// creating a database or a long query) this thread's event loop keeps turning, so receivers and
// the API answer. Answers stream back whole and in order; errors and transactions behave as in
// process; after close, calls fail instead of hanging.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgres, type PostgresHandle } from '../../../src/store/postgres/client.ts';
import { workerBackend, type PgliteBackend } from '../../../src/store/postgres/pglite-backend.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-pglite-worker-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('keeps this thread free while the database works', async () => {
  let pg: PostgresHandle | undefined;
  let turns = 0;
  const timer = setInterval(() => turns++, 10);
  try {
    pg = await openPostgres({ dataDir: join(dir, 'free') });
    const before = turns;
    // On this thread, a sleeping backend would hold the loop: no timer could fire until it returned.
    const { rows } = await pg.pool.query<{ n: number }>('SELECT pg_sleep(1), 42 AS n');
    expect(rows[0].n).toBe(42);
    expect(turns - before).toBeGreaterThanOrEqual(10);
  } finally {
    clearInterval(timer);
    await pg?.close();
  }
});

it('returns large answers whole, reports errors, tracks transactions, and fails after close', async () => {
  const pg = await openPostgres({ dataDir: join(dir, 'big') });
  try {
    const big = await pg.pool.query<{ s: string }>(`SELECT string_agg(md5(i::text), '') AS s FROM generate_series(1, 20000) i`);
    expect(big.rows[0].s).toHaveLength(20000 * 32);
    await expect(pg.pool.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    const c = await pg.pool.connect();
    try {
      await c.query('CREATE TABLE t (x int)');
      await c.query('BEGIN');
      await c.query('INSERT INTO t VALUES (1)');
      await c.query('ROLLBACK');
      expect((await c.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(0);
    } finally {
      c.release();
    }
  } finally {
    await pg.close();
  }
  await expect(pg.pool.query('SELECT 1')).rejects.toThrow();
});

it('the backend itself: one protocol message in, its answer out; closed means closed', async () => {
  const db: PgliteBackend = await workerBackend(join(dir, 'raw'));
  expect(db.closed).toBe(false);
  await db.exec('BEGIN');
  expect(db.isInTransaction()).toBe(true);
  await db.exec('ROLLBACK');
  expect(db.isInTransaction()).toBe(false);
  // A simple Query message: 'Q', length, "SELECT 7\0".
  const sql = Buffer.from('SELECT 7\0');
  const msg = Buffer.alloc(5 + sql.length);
  msg.write('Q', 0);
  msg.writeInt32BE(4 + sql.length, 1);
  sql.copy(msg, 5);
  const out: Buffer[] = [];
  await db.protocol(msg, (d) => out.push(d));
  const answer = Buffer.concat(out);
  // RowDescription, DataRow with "7", CommandComplete, ReadyForQuery.
  expect(String.fromCharCode(answer[0])).toBe('T');
  expect(answer.includes(Buffer.from('SELECT 1\0'))).toBe(true);
  expect(String.fromCharCode(answer[answer.length - 6])).toBe('Z');
  await db.close();
  expect(db.closed).toBe(true);
  await expect(db.exec('SELECT 1')).rejects.toThrow(/exited|closed/);
});

// PatternStore against embedded PostgreSQL (PGlite): batched UPSERTs add counts across flushes,
// keep first_seen and the first sample, advance last_seen; the pending map is bounded; a failing
// pool neither throws nor loses what fits; and the detect stage persists mined templates at stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DetectStage } from '../../../src/detect/index.ts';
import { patternSignature, TemplateMiner } from '../../../src/patterns/index.ts';
import { PatternStore, countDeadLetters } from '../../../src/store/index.ts';
import { openPostgres, type PostgresHandle } from '../../../src/store/postgres/client.ts';
import { migratePostgres } from '../../../src/store/postgres/migrate.ts';
import { log } from '../../../bench/lib/detect-records.ts';
import { deliveryCounts, testInfra, type TestInfra } from '../../helpers/stages.ts';

interface Row {
  template: string;
  category: string | null;
  occurrence_count: string;
  first_seen: Date;
  last_seen: Date;
  sample_message: string;
  metadata: Record<string, unknown>;
}

const T0 = Date.UTC(2024, 0, 1, 12);
let pool: pg.Pool;
/** The pipeline's delivery queue, dead letters into the test's database. */
const infra = (): TestInfra => testInfra({ pool });

describe('PatternStore', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-patterns-'));
  let handle: PostgresHandle;
  beforeAll(async () => {
    handle = await openPostgres({ dataDir: dir });
    pool = handle.pool;
    await migratePostgres(pool);
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await pool.query('DELETE FROM error_patterns');
  });

  const row = async (sig: string): Promise<Row | undefined> =>
    (await pool.query<Row>('SELECT pattern_description AS template, category::text AS category, occurrence_count, first_seen, last_seen, sample_message, metadata FROM error_patterns WHERE pattern_signature = $1', [sig])).rows[0];

  it('adds counts across flushes, keeps first_seen and the first sample, advances last_seen', async () => {
    const miner = new TemplateMiner();
    const { counts, observer } = deliveryCounts();
    const store = new PatternStore(pool, testInfra({ pool, observer }).delivery);
    const lines = ['connection to db-7 refused after 3 retries', 'connection to db-9 refused after 5 retries', 'connection to db-1 refused after 2 retries'];
    for (let i = 0; i < 3; i++) {
      const r = miner.add(lines[i], T0 + i * 1000);
      store.record({ signature: r.signature, template: r.template, timeMs: T0 + i * 1000, sample: lines[i], category: 'DATABASE' });
    }
    const sig = miner.templates()[0].signature;
    // Signatures are a pure function of the template: another process computes the same key.
    expect(sig).toBe(patternSignature(miner.templates()[0].template));
    expect(new TemplateMiner().add(lines[0]).signature).toBe(sig);
    expect(store.pendingSize).toBe(1);
    await store.flush();
    expect(store.pendingSize).toBe(0);
    let r = await row(sig);
    expect(r).toBeDefined();
    expect(Number(r!.occurrence_count)).toBe(3);
    expect(r!.first_seen.getTime()).toBe(T0);
    expect(r!.last_seen.getTime()).toBe(T0 + 2000);
    expect(r!.sample_message).toBe(lines[0]);
    expect(r!.category).toBe('DATABASE');

    // A second flush: counts add, last_seen moves on, an out-of-order time moves neither end back.
    store.record({ signature: sig, template: miner.templates()[0].template, timeMs: T0 + 60_000, sample: 'later', count: 4, metadata: { previousSignature: 'abc' } });
    store.record({ signature: sig, template: miner.templates()[0].template, timeMs: T0 + 500, sample: 'late' });
    await store.stop();
    r = await row(sig);
    expect(Number(r!.occurrence_count)).toBe(8);
    expect(r!.first_seen.getTime()).toBe(T0);
    expect(r!.last_seen.getTime()).toBe(T0 + 60_000);
    expect(r!.sample_message).toBe(lines[0]);
    expect(r!.metadata).toEqual({ previousSignature: 'abc' });
    expect(counts).toMatchObject({ delivered: 2, retried: 0, deadLettered: 0 });
  });

  it('writes many signatures in several statements', async () => {
    const store = new PatternStore(pool, infra().delivery, {}, { batchRows: 3 });
    for (let i = 0; i < 10; i++) store.record({ signature: `s${i}`, template: `template ${i}`, timeMs: T0 + i, sample: `line ${i}` });
    await store.flush();
    const c = await pool.query<{ n: string; total: string }>('SELECT count(*) AS n, sum(occurrence_count) AS total FROM error_patterns');
    expect(Number(c.rows[0].n)).toBe(10);
    expect(Number(c.rows[0].total)).toBe(10);
  });

  it('bounds the pending map and counts drops', async () => {
    const dropped: number[] = [];
    const store = new PatternStore(pool, infra().delivery, { dropped: (n) => dropped.push(n) }, { maxPending: 2 });
    expect(store.record({ signature: 'a', template: 'a', timeMs: T0, sample: 'a' })).toBe(true);
    expect(store.record({ signature: 'b', template: 'b', timeMs: T0, sample: 'b' })).toBe(true);
    expect(store.record({ signature: 'c', template: 'c', timeMs: T0, sample: 'c', count: 3 })).toBe(false);
    // Known signatures still count while the map is full.
    expect(store.record({ signature: 'a', template: 'a', timeMs: T0 + 1, sample: 'a' })).toBe(true);
    expect(store.dropped).toBe(3);
    expect(dropped).toEqual([3]);
    await store.flush();
    expect(Number((await row('a'))!.occurrence_count)).toBe(2);
    expect(await row('c')).toBeUndefined();
  });

  it('never throws when PostgreSQL is away, and writes the occurrences once it is back', async () => {
    let down = true;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const flaky = { query: (...args: Parameters<pg.Pool['query']>) => (down ? Promise.reject(refused) : (pool.query as (...a: unknown[]) => unknown)(...args)) } as unknown as pg.Pool;
    const { delivery } = testInfra({ pool, delivery: { targets: { postgres: { baseDelayMs: 5, maxDelayMs: 20 } } } });
    const store = new PatternStore(flaky, delivery);
    store.record({ signature: 'x', template: 'x <*>', timeMs: T0, sample: 'x 1', count: 2 });
    const first = store.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(delivery.available('postgres')).toBe(false);
    expect(delivery.targetDepth('postgres')).toBe(1);
    store.record({ signature: 'x', template: 'x <*>', timeMs: T0 + 10, sample: 'x 2' });
    const second = store.flush();
    down = false;
    await expect(Promise.all([first, second])).resolves.toBeDefined();
    const r = await row('x');
    expect(Number(r!.occurrence_count)).toBe(3);
    expect(r!.sample_message).toBe('x 1');
    expect(r!.last_seen.getTime()).toBe(T0 + 10);
  });

  it('stores text with U+0000, and sets aside only the row Postgres refuses while the rest of its batch is written', async () => {
    const store = new PatternStore(pool, infra().delivery);
    store.record({ signature: 'nul', template: 'bad\u0000byte <*>', timeMs: T0, sample: 'bad\u0000byte 1' });
    store.record({ signature: 'poison', template: 'from the far future', timeMs: 1e16, sample: 'x' });
    store.record({ signature: 'clean', template: 'clean <*>', timeMs: T0, sample: 'clean 1' });
    const before = await countDeadLetters(pool, 'postgres');
    await store.flush();
    expect((await row('nul'))!.template).toBe('bad\uFFFDbyte <*>');
    expect(await row('clean')).toBeDefined();
    expect(await row('poison')).toBeUndefined();
    expect(await countDeadLetters(pool, 'postgres')).toBe(before + 1);
    const dead = await pool.query<{ kind: string; error_class: string; payload: string }>('SELECT kind, error_class, payload FROM delivery_dead_letters ORDER BY id DESC LIMIT 1');
    expect(dead.rows[0]).toMatchObject({ kind: 'patterns.upsert', error_class: 'data' });
    expect(dead.rows[0].payload).toContain('poison');
  });

  it('is fed by the detect stage from error logs and flushed at stop', async () => {
    const { delivery } = infra();
    const stage = new DetectStage({ stepMs: 10_000, latenessMs: 10_000, maxSeries: 100, database: 'otel', warmupHours: 0, engine: { multivariate: false }, patterns: {} }, { pool, delivery });
    stage.logs([
      log('api', T0, 17, 'payment 41 declined by gateway'),
      log('api', T0 + 1000, 17, 'payment 42 declined by gateway'),
      log('api', T0 + 2000, 9, 'payment 43 declined by gateway'),
      log('api', T0 + 3000, 18, 'request failed', ['exception.message', 'disk full on /var/lib/x']),
    ]);
    await stage.stop();
    const rows = (await pool.query<{ template: string; occurrence_count: string; category: string }>('SELECT pattern_description AS template, occurrence_count, category::text AS category FROM error_patterns ORDER BY pattern_description')).rows;
    expect(rows.map((x) => [x.template, Number(x.occurrence_count)])).toEqual([
      ['disk full on <*>', 1],
      ['payment <*> declined by gateway', 2],
      ['request failed', 1],
    ]);
    expect(rows[0].category).toBe('RESOURCE');
    expect(stage.patternStore!.dropped).toBe(0);
  });

  it('a restarted detect stage knows the stored templates: old errors are not news, a new one is at once', async () => {
    const opts = { stepMs: 10_000, latenessMs: 10_000, maxSeries: 100, database: 'otel', warmupHours: 0, engine: { multivariate: false }, patterns: { warmupMs: 600_000 } };
    const first = new DetectStage(opts, { pool, delivery: infra().delivery, warmup: false });
    await first.start();
    first.logs([log('api', T0, 17, 'payment 41 declined by gateway'), log('api', T0 + 1000, 17, 'payment 42 declined by gateway')]);
    await first.stop();

    const second = new DetectStage(opts, { pool, delivery: infra().delivery, warmup: false });
    await second.start();
    const before = { ...second.patterns!.counters };
    // Minutes after the restart, well inside the 10-minute warm-up a fresh install would need.
    const t = T0 + 3_600_000;
    second.logs([log('api', t, 17, 'payment 77 declined by gateway'), log('api', t + 1000, 17, 'ledger shard 3 is read-only')]);
    const c = second.patterns!.counters;
    expect(c.newTemplates - before.newTemplates).toBe(1);
    expect(c.signals - before.signals).toBe(1);
    await second.stop();
    const rows = (await pool.query<{ template: string; occurrence_count: string }>('SELECT pattern_description AS template, occurrence_count FROM error_patterns ORDER BY pattern_description')).rows;
    // The known template's row kept its signature (one row, counts added); seeding counted nothing.
    expect(rows.map((x) => [x.template, Number(x.occurrence_count)])).toEqual([
      ['ledger shard <*> is read-only', 1],
      ['payment <*> declined by gateway', 3],
    ]);
  });
});

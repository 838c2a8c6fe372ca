// Keyed checkpoints of the audit trail against embedded Postgres: a deleted tail, a truncated
// table, a chain rewritten and re-hashed, checkpoint rows deleted or forged are all reported; the
// writer signs only what it verified, writes a final checkpoint at stop, and verification can
// resume from the latest checkpoint without handing out a hash to aim for.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuditTrail,
  AuditVerifier,
  CheckpointStore,
  checkpointMac,
  createAuditCheckpoints,
  defaultAuditPaths,
  entryHash,
  resolveAuditKey,
  verifyAuditTrail,
  type AuditCheckpoints,
} from '../../src/audit/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';

const KEY = Buffer.from('test-key-0123456789abcdef');
const HASH = /[0-9a-f]{64}/;

let dir: string;
let pg: PostgresHandle;
let checkpointFile: string;
let writers: AuditCheckpoints[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-audit-cp-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
});

afterAll(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

let run = 0;
beforeEach(async () => {
  await pg.pool.query('TRUNCATE healing_audit_trail, audit_checkpoints RESTART IDENTITY');
  checkpointFile = join(dir, `checkpoint-${++run}.json`);
});

afterEach(async () => {
  for (const w of writers.splice(0)) await w.stop();
});

function writer(opts: Partial<Parameters<typeof createAuditCheckpoints>[0]> = {}, logs: { level: string; msg?: string; o: object }[] = []): AuditCheckpoints {
  const log = (level: string) => (o: object, msg?: string) => void logs.push({ level, msg, o });
  const w = createAuditCheckpoints(
    { key: KEY, file: checkpointFile, everyRows: 1000, intervalMs: 3_600_000, ...opts },
    { pool: pg.pool, logger: { info: log('info'), warn: log('warn'), error: log('error') } },
  );
  writers.push(w);
  return w;
}

async function appendRows(n: number): Promise<{ id: string; hash: string }[]> {
  const trail = new AuditTrail(pg.pool);
  const out = [];
  for (let i = 0; i < n; i++) out.push(await trail.append({ actor: 'test', action: 'event.open', entityType: 'error_event', entityId: `e${i}`, details: { i } }));
  return out;
}

const store = () => new CheckpointStore(pg.pool, KEY, checkpointFile);
const verifyFull = () => verifyAuditTrail(pg.pool, { checkpoints: store(), scope: 'full' });
const verifySince = () => verifyAuditTrail(pg.pool, { checkpoints: store(), scope: 'since_checkpoint' });

/** What an attacker with database access but no key does: rewrite rows and recompute every hash after them. */
async function rechain(): Promise<void> {
  const { rows } = await pg.pool.query('SELECT seq::text AS id, "timestamp" AS occurred_at, actor, action_type AS action, entity_type, entity_id, action_details AS details FROM healing_audit_trail ORDER BY seq');
  let prev: string | null = null;
  for (const r of rows) {
    const h = entryHash(prev, { occurredAt: r.occurred_at, actor: r.actor, action: r.action, entityType: r.entity_type, entityId: r.entity_id, details: r.details });
    await pg.pool.query('UPDATE healing_audit_trail SET prev_hash = $2, hash = $3 WHERE seq = $1', [r.id, prev, h]);
    prev = h;
  }
}

async function checkpointed(rows: number): Promise<{ id: string; hash: string }[]> {
  const appended = await appendRows(rows);
  const w = writer();
  await w.start();
  expect(await w.checkpoint()).toBe('unchanged');
  await w.stop();
  const v = await verifyFull();
  expect(v).toMatchObject({ ok: true, rows, checkpoint: { status: 'ok', rows } });
  return appended;
}

describe('verification against the latest checkpoint', () => {
  it('reports a deleted tail (the chain that is left is consistent)', async () => {
    const rows = await checkpointed(10);
    await pg.pool.query('DELETE FROM healing_audit_trail WHERE seq > $1', [rows[6].id]);
    for (const v of [await verifyFull(), await verifySince()]) {
      expect(v.ok).toBe(false);
      expect(v.firstBroken).toEqual({ id: rows[9].id, reason: 'checkpoint_head_missing' });
      expect(v.checkpoint.status).toBe('mismatch');
    }
  });

  it('reports a truncated table', async () => {
    await checkpointed(5);
    await pg.pool.query('DELETE FROM healing_audit_trail');
    const full = await verifyFull();
    expect(full).toMatchObject({ ok: false, checked: 0, firstBroken: { reason: 'checkpoint_head_missing' } });
    expect((await verifySince()).firstBroken?.reason).toBe('checkpoint_head_missing');
  });

  it('reports a chain rewritten and re-hashed without the key', async () => {
    const rows = await checkpointed(8);
    await pg.pool.query(`UPDATE healing_audit_trail SET actor = 'mallory' WHERE seq = $1`, [rows[2].id]);
    await rechain();
    // The chain alone is now consistent: only the checkpoint tells.
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
    const full = await verifyFull();
    expect(full).toMatchObject({ ok: false, firstBroken: { id: rows[7].id, reason: 'checkpoint_head_changed' } });
    expect((await verifySince()).firstBroken).toEqual({ id: rows[7].id, reason: 'checkpoint_head_changed' });
  });

  it('reports a row removed and the rest re-chained (same head, one row fewer)', async () => {
    const rows = await checkpointed(6);
    await pg.pool.query('DELETE FROM healing_audit_trail WHERE seq = $1', [rows[1].id]);
    await rechain();
    expect((await verifyFull()).firstBroken?.reason).toBe('checkpoint_head_changed');
    expect((await verifySince()).firstBroken?.reason).toBe('checkpoint_head_changed');
  });

  it('the file outside the database catches a tail deleted along with the newest checkpoint rows', async () => {
    await appendRows(4);
    const w = writer();
    await w.start();
    await w.checkpoint();
    const more = await appendRows(3);
    expect(await w.checkpoint()).toBe('written');
    await pg.pool.query('DELETE FROM healing_audit_trail WHERE seq >= $1', [more[0].id]);
    await pg.pool.query('DELETE FROM audit_checkpoints WHERE head_id >= $1', [more[0].id]);
    // The table alone now agrees with the shortened chain...
    expect((await verifyAuditTrail(pg.pool, { checkpoints: new CheckpointStore(pg.pool, KEY), scope: 'full' })).ok).toBe(true);
    // ...the file does not.
    expect(await verifyFull()).toMatchObject({ ok: false, firstBroken: { id: more[2].id, reason: 'checkpoint_head_missing' } });
  });

  it('a checkpoint forged without the key is reported, in the table or in the file', async () => {
    await checkpointed(3);
    const { rows } = await pg.pool.query<{ id: string; hash: string }>('SELECT seq::text AS id, hash FROM healing_audit_trail ORDER BY seq DESC LIMIT 1');
    const forged = { rowCount: 3, headId: rows[0].id, headHash: rows[0].hash, writtenAt: new Date() };
    await pg.pool.query('INSERT INTO audit_checkpoints (written_at, row_count, head_id, head_hash, mac) VALUES ($1, 3, $2, $3, $4)', [
      forged.writtenAt, forged.headId, forged.headHash, checkpointMac(Buffer.from('guessed-key-000000000'), forged),
    ]);
    expect(await verifyFull()).toMatchObject({ ok: false, firstBroken: { id: null, reason: 'checkpoint_invalid' }, checkpoint: { status: 'invalid' } });
    await pg.pool.query('DELETE FROM audit_checkpoints WHERE id = (SELECT max(id) FROM audit_checkpoints)');
    expect((await verifyFull()).ok).toBe(true);
    const file = JSON.parse(readFileSync(checkpointFile, 'utf8'));
    await import('node:fs').then((fs) => fs.writeFileSync(checkpointFile, JSON.stringify({ ...file, row_count: 2 })));
    expect((await verifyFull()).firstBroken?.reason).toBe('checkpoint_invalid');
  });

  it('never returns a hash, intact or broken', async () => {
    const rows = await checkpointed(4);
    expect(JSON.stringify(await verifyFull())).not.toMatch(HASH);
    await pg.pool.query(`UPDATE healing_audit_trail SET action_details = '{"i": 9}' WHERE seq = $1`, [rows[1].id]);
    const edited = await verifyFull();
    expect(edited.firstBroken).toEqual({ id: rows[1].id, reason: 'hash_mismatch' });
    expect(JSON.stringify(edited)).not.toMatch(HASH);
    await pg.pool.query('DELETE FROM healing_audit_trail WHERE seq = $1', [rows[2].id]);
    const removed = await verifyFull();
    expect(removed.firstBroken).toEqual({ id: rows[1].id, reason: 'hash_mismatch' });
    expect(JSON.stringify(removed)).not.toMatch(HASH);
  });

  it('since_checkpoint re-hashes only the rows after the checkpoint, in pages', async () => {
    await checkpointed(12);
    const after = await appendRows(5);
    const v = await verifyAuditTrail(pg.pool, { checkpoints: store(), scope: 'since_checkpoint', pageSize: 2 });
    expect(v).toMatchObject({ ok: true, scope: 'since_checkpoint', checked: 5, rows: 17 });
    await pg.pool.query(`UPDATE healing_audit_trail SET actor = 'x' WHERE seq = $1`, [after[3].id]);
    expect(await verifyAuditTrail(pg.pool, { checkpoints: store(), scope: 'since_checkpoint', pageSize: 2 })).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { id: after[3].id, reason: 'hash_mismatch' },
    });
  });

  it('without a key, verification is of the chain alone and says so', async () => {
    await appendRows(2);
    expect(await verifyAuditTrail(pg.pool, { scope: 'since_checkpoint' })).toEqual({ ok: true, scope: 'full', checked: 2, rows: 2, checkpoint: { status: 'unkeyed' } });
  });
});

describe('the checkpoint writer', () => {
  it('writes at start, every N rows and at stop (twice is safe); the file is 0600', async () => {
    await appendRows(3);
    const w = writer({ everyRows: 5, pollMs: 5 });
    await w.start();
    await w.checkpoint();
    expect(statSync(checkpointFile).mode & 0o777).toBe(0o600);
    await appendRows(5);
    // The poll sees 5 new rows and writes; waits on the outcome, not on a clock.
    await expect.poll(async () => (await pg.pool.query('SELECT count(*)::int AS n FROM audit_checkpoints')).rows[0].n, { timeout: 30_000 }).toBe(2);
    await appendRows(2);
    await w.stop();
    await w.stop();
    const { rows } = await pg.pool.query<{ row_count: string }>('SELECT row_count::text AS row_count FROM audit_checkpoints ORDER BY id');
    expect(rows.map((r) => Number(r.row_count))).toEqual([3, 8, 10]);
    expect(JSON.parse(readFileSync(checkpointFile, 'utf8'))).toMatchObject({ row_count: 10 });
  });

  it('does not sign a tampered chain: after a deleted tail it stays blocked and verification keeps failing', async () => {
    const rows = await checkpointed(6);
    await pg.pool.query('DELETE FROM healing_audit_trail WHERE seq >= $1', [rows[4].id]);
    const logs: { level: string; msg?: string; o: object }[] = [];
    const w = writer({}, logs);
    await w.start();
    await appendRows(2);
    expect(await w.checkpoint()).toBe('blocked');
    await w.stop();
    expect(w.blocked).toEqual({ reason: 'checkpoint_head_missing', id: rows[5].id });
    expect(logs.some((l) => l.level === 'error' && /does not match/.test(l.msg ?? ''))).toBe(true);
    expect((await verifyFull()).firstBroken?.reason).toBe('checkpoint_head_missing');
  });

  it('does not sign rows edited since the last checkpoint', async () => {
    await checkpointed(2);
    const later = await appendRows(2);
    await pg.pool.query(`UPDATE healing_audit_trail SET actor = 'x' WHERE seq = $1`, [later[0].id]);
    const w = writer();
    await w.start();
    expect(await w.checkpoint()).toBe('blocked');
    expect(w.blocked).toEqual({ reason: 'hash_mismatch', id: later[0].id });
  });

  it('without a key it is off and writes nothing', async () => {
    await appendRows(2);
    const w = writer({ key: null });
    await w.start();
    expect(await w.checkpoint()).toBe('disabled');
    await w.stop();
    expect(existsSync(checkpointFile)).toBe(false);
    expect((await pg.pool.query('SELECT count(*)::int AS n FROM audit_checkpoints')).rows[0].n).toBe(0);
  });
});

describe('the one-at-a-time verifier', () => {
  it('refuses a second verification while one runs', async () => {
    await appendRows(20);
    const v = new AuditVerifier(pg.pool, store(), 1);
    const first = v.tryVerify('full');
    expect(v.busy).toBe(true);
    expect(await v.tryVerify('full')).toBeUndefined();
    expect((await first)?.ok).toBe(true);
    expect(v.busy).toBe(false);
    expect((await v.tryVerify('full'))?.checked).toBe(20);
  });

  it('lets writes through between pages', async () => {
    await appendRows(30);
    const order: string[] = [];
    const verifying = verifyAuditTrail(pg.pool, { scope: 'full', pageSize: 1 }).then(() => order.push('verify'));
    const writing = new AuditTrail(pg.pool).append({ actor: 't', action: 'a', entityType: 'x', entityId: '1', details: {} }).then(() => order.push('write'));
    await Promise.all([verifying, writing]);
    expect(order).toEqual(['write', 'verify']);
  });
});

describe('the checkpoint key', () => {
  it('uses a configured key as given', () => {
    expect(resolveAuditKey({ key: 'configured-key-123456', keyFile: '', dataDir: join(dir, 'x'), embedded: true, create: true })).toMatchObject({ source: 'config', key: Buffer.from('configured-key-123456') });
  });

  it('embedded without a key: generates one beside (not inside) the data directory, mode 0600, logged; reused after', async () => {
    const dataDir = join(dir, 'keyed', 'pg');
    const logged: string[] = [];
    const logger = { info: (_o: object, m?: string) => void logged.push(m ?? ''), warn: (_o: object, m?: string) => void logged.push(m ?? '') };
    const first = resolveAuditKey({ key: '', keyFile: '', dataDir, embedded: true, create: true, logger })!;
    const file = defaultAuditPaths(dataDir).keyFile;
    expect(first).toMatchObject({ source: 'generated', file });
    expect(file.startsWith(dataDir + '/')).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(logged.some((m) => /generated the audit checkpoint key/.test(m))).toBe(true);
    const again = resolveAuditKey({ key: '', keyFile: '', dataDir, embedded: true, create: true, logger })!;
    expect(again).toMatchObject({ source: 'file' });
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('a server database without a key: checkpoints off, with a warning', () => {
    const warned: string[] = [];
    const r = resolveAuditKey({ key: '', keyFile: '', dataDir: join(dir, 'srv'), embedded: false, create: true, logger: { info: () => undefined, warn: (_o, m) => void warned.push(m ?? '') } });
    expect(r).toBeNull();
    expect(warned.join()).toMatch(/audit checkpoints disabled/);
  });

  it('verify does not create a key', () => {
    expect(resolveAuditKey({ key: '', keyFile: '', dataDir: join(dir, 'readonly', 'pg'), embedded: true, create: false })).toBeNull();
    expect(existsSync(defaultAuditPaths(join(dir, 'readonly', 'pg')).keyFile)).toBe(false);
  });
});

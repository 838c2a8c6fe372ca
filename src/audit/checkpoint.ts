// Keyed checkpoints of the audit trail. The hash chain alone proves the rows are consistent with
// one another, not that none are missing at the end or that nobody with database access rewrote
// them and recomputed every hash. A checkpoint is an HMAC, under a key the database never sees,
// over (row count, head id, head hash, time): without the key nobody can write one for a forged
// chain, and a chain shorter than, or different from, its latest checkpoint is caught.
//
// Each checkpoint goes to the `audit_checkpoints` table and the latest also to a file outside the
// database, so deleting the newest checkpoint rows along with the tail they cover is caught too.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type pg from 'pg';

export interface Checkpoint {
  /** Rows in the chain up to and including the head. */
  rowCount: number;
  /** id of the head row ('0' for an empty chain). */
  headId: string;
  headHash: string | null;
  writtenAt: Date;
}

export interface SignedCheckpoint extends Checkpoint {
  mac: string;
}

/** What the latest checkpoint says, or that one of the copies does not carry a valid MAC. */
export type LatestCheckpoint = { status: 'none' } | { status: 'valid'; checkpoint: Checkpoint } | { status: 'invalid'; where: 'table' | 'file' };

const DOMAIN = 'homeostat-audit-checkpoint/v1';

export function checkpointMac(key: Buffer, c: Checkpoint): string {
  const text = [DOMAIN, String(c.rowCount), c.headId, c.headHash ?? '', c.writtenAt.toISOString()].join('\n');
  return createHmac('sha256', key).update(text).digest('hex');
}

function macHolds(key: Buffer, c: SignedCheckpoint): boolean {
  const want = Buffer.from(checkpointMac(key, c), 'hex');
  const got = Buffer.from(typeof c.mac === 'string' && /^[0-9a-f]{64}$/.test(c.mac) ? c.mac : '', 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Reads and writes checkpoints: the table, and the file when there is one. */
export class CheckpointStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly key: Buffer,
    /** Copy of the latest checkpoint outside the database; absent to keep only the table. */
    readonly file?: string,
  ) {}

  async write(c: Checkpoint): Promise<void> {
    const signed: SignedCheckpoint = { ...c, mac: checkpointMac(this.key, c) };
    await this.pool.query(
      'INSERT INTO audit_checkpoints (written_at, row_count, head_id, head_hash, mac) VALUES ($1, $2, $3::bigint, $4, $5)',
      [c.writtenAt, c.rowCount, c.headId, c.headHash, signed.mac],
    );
    if (this.file) writeCheckpointFile(this.file, signed);
  }

  /** The newer of the table's latest row and the file, once both MACs hold. */
  async latest(): Promise<LatestCheckpoint> {
    const r = await this.pool.query<{ written_at: Date; row_count: string; head_id: string; head_hash: string | null; mac: string }>(
      `SELECT written_at, row_count::text AS row_count, head_id::text AS head_id, head_hash, mac
         FROM audit_checkpoints ORDER BY head_id DESC, id DESC LIMIT 1`,
    );
    const row = r.rows[0];
    const fromTable: SignedCheckpoint | undefined = row && {
      rowCount: Number(row.row_count),
      headId: row.head_id,
      headHash: row.head_hash,
      writtenAt: row.written_at,
      mac: row.mac,
    };
    if (fromTable && !macHolds(this.key, fromTable)) return { status: 'invalid', where: 'table' };
    let fromFile: SignedCheckpoint | undefined;
    if (this.file) {
      const read = readCheckpointFile(this.file);
      if (read === 'invalid' || (read && !macHolds(this.key, read))) return { status: 'invalid', where: 'file' };
      fromFile = read;
    }
    const newest = [fromTable, fromFile].filter((c): c is SignedCheckpoint => c !== undefined).sort((a, b) => compareIds(b.headId, a.headId) || b.rowCount - a.rowCount)[0];
    if (!newest) return { status: 'none' };
    const { mac: _mac, ...checkpoint } = newest;
    return { status: 'valid', checkpoint };
  }
}

function compareIds(a: string, b: string): number {
  const d = BigInt(a) - BigInt(b);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

interface CheckpointFile {
  version: 1;
  row_count: number;
  head_id: string;
  head_hash: string | null;
  written_at: string;
  mac: string;
}

// Written beside and renamed over, so a crash leaves the old checkpoint or the new one, never half.
function writeCheckpointFile(path: string, c: SignedCheckpoint): void {
  const body: CheckpointFile = { version: 1, row_count: c.rowCount, head_id: c.headId, head_hash: c.headHash, written_at: c.writtenAt.toISOString(), mac: c.mac };
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(body) + '\n', { mode: 0o600 });
  renameSync(tmp, path);
}

/** undefined when there is no file yet; 'invalid' when it exists but is not a checkpoint. */
function readCheckpointFile(path: string): SignedCheckpoint | 'invalid' | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const f = JSON.parse(text) as Partial<CheckpointFile>;
    const writtenAt = new Date(String(f.written_at));
    if (f.version !== 1 || !Number.isSafeInteger(f.row_count) || typeof f.head_id !== 'string' || !/^\d+$/.test(f.head_id) || Number.isNaN(writtenAt.getTime())) return 'invalid';
    if (f.head_hash !== null && typeof f.head_hash !== 'string') return 'invalid';
    return { rowCount: f.row_count!, headId: f.head_id, headHash: f.head_hash ?? null, writtenAt, mac: String(f.mac) };
  } catch {
    return 'invalid';
  }
}

// Verification of the audit trail: the hash chain (every row's prev_hash is its predecessor's hash
// and its hash matches its content) and the latest keyed checkpoint (the chain still reaches the
// row the checkpoint names, with the same hash and the same number of rows up to it). The chain
// catches edits, removals and reordering inside it; the checkpoint catches a deleted tail, a
// truncated table and a chain rewritten and re-hashed by someone without the key.
//
// Rows are read in bounded pages with a turn of the event loop between them, so a verification of
// a long trail never holds the (embedded: single) connection for long. Results name the row and
// the reason, never a hash: an expected head hash would tell a forger what to aim for.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type pg from 'pg';
import type { Checkpoint, CheckpointStore } from './checkpoint.ts';
import { entryHash, storedContent, type StoredAuditRow } from './trail.ts';

export type BrokenReason =
  /** A row's prev_hash is not its predecessor's hash: a row before it was removed, or rows reordered. */
  | 'prev_hash_mismatch'
  /** A row's content no longer matches its hash: it was edited. */
  | 'hash_mismatch'
  /** The latest checkpoint's MAC does not hold: forged or altered (or the key changed). */
  | 'checkpoint_invalid'
  /** The row the latest checkpoint ends at is gone: the tail was deleted or the table truncated. */
  | 'checkpoint_head_missing'
  /** The row the latest checkpoint ends at has another hash: the chain was rewritten and re-hashed. */
  | 'checkpoint_head_changed'
  /** The number of rows up to the checkpoint's head changed: rows were removed or inserted. */
  | 'checkpoint_count_mismatch';

export type VerifyScope = 'full' | 'since_checkpoint';

export interface VerifyResult {
  ok: boolean;
  /** full: every row was re-hashed; since_checkpoint: rows after the latest checkpoint, which anchors the rest. */
  scope: VerifyScope;
  /** Rows re-hashed by this run. */
  checked: number;
  /** Rows in the chain as far as it was verified. */
  rows: number;
  /** The first problem found; `id` is the row concerned, by its `seq` (null when no row can be named). */
  firstBroken?: { id: string | null; reason: BrokenReason };
  checkpoint: {
    /** unkeyed: checkpoints are off (no key); none: keyed, none written yet. */
    status: 'ok' | 'none' | 'unkeyed' | 'invalid' | 'mismatch';
    rows?: number;
    written_at?: string;
  };
}

export interface VerifyOptions {
  /** Checkpoints to verify against; null or absent when there is no key. */
  checkpoints?: CheckpointStore | null;
  /** Default full. since_checkpoint falls back to full when there is no checkpoint. */
  scope?: VerifyScope;
  pageSize?: number;
}

/** The last row verified so far: where a scan resumes. */
export interface ChainPosition {
  id: string;
  hash: string | null;
  rows: number;
}

export const CHAIN_START: ChainPosition = { id: '0', hash: null, rows: 0 };
const PAGE = 1000;

export async function verifyAuditTrail(pool: pg.Pool, opts: VerifyOptions = {}): Promise<VerifyResult> {
  let cp: Checkpoint | undefined;
  let cpStatus: VerifyResult['checkpoint']['status'] = 'unkeyed';
  if (opts.checkpoints) {
    const latest = await opts.checkpoints.latest();
    if (latest.status === 'invalid') {
      return { ok: false, scope: opts.scope ?? 'full', checked: 0, rows: 0, firstBroken: { id: null, reason: 'checkpoint_invalid' }, checkpoint: { status: 'invalid' } };
    }
    cpStatus = latest.status === 'valid' ? 'ok' : 'none';
    if (latest.status === 'valid') cp = latest.checkpoint;
  }
  const cpInfo = cp ? { rows: cp.rowCount, written_at: cp.writtenAt.toISOString() } : {};

  if (opts.scope === 'since_checkpoint' && cp) {
    const anchorBroken = await checkAnchor(pool, cp);
    if (anchorBroken) {
      return { ok: false, scope: 'since_checkpoint', checked: 0, rows: 0, firstBroken: { id: cp.headId, reason: anchorBroken }, checkpoint: { status: 'mismatch', ...cpInfo } };
    }
    const scan = await scanChain(pool, { id: cp.headId, hash: cp.headHash, rows: cp.rowCount }, { pageSize: opts.pageSize });
    return finish('since_checkpoint', scan, cpStatus, cpInfo);
  }

  let seenHead = false;
  const scan = await scanChain(pool, CHAIN_START, {
    pageSize: opts.pageSize,
    onRow: cp
      ? (pos) => {
          if (pos.id !== cp.headId) return undefined;
          seenHead = true;
          if (pos.hash !== cp.headHash) return 'checkpoint_head_changed';
          if (pos.rows !== cp.rowCount) return 'checkpoint_count_mismatch';
          return undefined;
        }
      : undefined,
  });
  if (!scan.broken && cp && cp.headId !== CHAIN_START.id && !seenHead) {
    return { ok: false, scope: 'full', checked: scan.checked, rows: scan.head.rows, firstBroken: { id: cp.headId, reason: 'checkpoint_head_missing' }, checkpoint: { status: 'mismatch', ...cpInfo } };
  }
  return finish('full', scan, cpStatus, cpInfo);
}

function finish(scope: VerifyScope, scan: ScanResult, cpStatus: VerifyResult['checkpoint']['status'], cpInfo: { rows?: number; written_at?: string }): VerifyResult {
  if (scan.broken) {
    const onCheckpoint = scan.broken.reason.startsWith('checkpoint_');
    return { ok: false, scope, checked: scan.checked, rows: scan.head.rows, firstBroken: scan.broken, checkpoint: { status: onCheckpoint ? 'mismatch' : cpStatus, ...cpInfo } };
  }
  return { ok: true, scope, checked: scan.checked, rows: scan.head.rows, checkpoint: { status: cpStatus, ...cpInfo } };
}

/**
 * Does the chain still hold the checkpoint's head, with its hash, and exactly as many rows up to
 * it? Three indexed lookups instead of re-hashing everything before it.
 */
export async function checkAnchor(pool: pg.Pool, cp: Checkpoint): Promise<BrokenReason | undefined> {
  if (cp.headId === CHAIN_START.id) return undefined;
  const r = await pool.query<{ hash: string; n: string }>(
    `SELECT hash, (SELECT count(*) FROM healing_audit_trail WHERE seq <= $1::bigint)::text AS n
       FROM healing_audit_trail WHERE seq = $1::bigint`,
    [cp.headId],
  );
  const row = r.rows[0];
  if (!row) return 'checkpoint_head_missing';
  if (row.hash !== cp.headHash) return 'checkpoint_head_changed';
  if (Number(row.n) !== cp.rowCount) return 'checkpoint_count_mismatch';
  return undefined;
}

export interface ScanResult {
  /** The last row that verified (the start position when none did). */
  head: ChainPosition;
  checked: number;
  broken?: { id: string; reason: BrokenReason };
}

/**
 * Re-hashes the rows after `from`, page by page, stopping at the first broken link. `onRow` may
 * add a check of its own for each verified position.
 */
export async function scanChain(
  pool: pg.Pool,
  from: ChainPosition,
  opts: { pageSize?: number; onRow?: (pos: ChainPosition) => BrokenReason | undefined } = {},
): Promise<ScanResult> {
  const pageSize = opts.pageSize ?? PAGE;
  let head = from;
  let checked = 0;
  for (;;) {
    const r = await pool.query<StoredAuditRow>(
      `SELECT t.seq::text AS seq, "timestamp", actor, action_type, entity_type, entity_id, action_details, result, impact_assessment, prev_hash, hash
       FROM healing_audit_trail t WHERE t.seq > $1::bigint ORDER BY t.seq LIMIT ${Number(pageSize)}`,
      [head.id],
    );
    for (const row of r.rows) {
      if ((row.prev_hash ?? null) !== head.hash) return { head, checked, broken: { id: row.seq, reason: 'prev_hash_mismatch' } };
      const h = entryHash(head.hash, storedContent(row));
      if (h !== row.hash) return { head, checked, broken: { id: row.seq, reason: 'hash_mismatch' } };
      const pos = { id: row.seq, hash: row.hash, rows: head.rows + 1 };
      const own = opts.onRow?.(pos);
      if (own) return { head, checked, broken: { id: row.seq, reason: own } };
      head = pos;
      checked++;
    }
    if (r.rows.length < pageSize) return { head, checked };
    // Let queued writes have the connection between pages.
    await nextTurn();
  }
}

/**
 * Verification for the API: one at a time (a second request is refused rather than queued behind
 * a long scan), and since the latest checkpoint unless a full pass is asked for.
 */
export class AuditVerifier {
  private running = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly checkpoints: CheckpointStore | null = null,
    private readonly pageSize = PAGE,
  ) {}

  get busy(): boolean {
    return this.running;
  }

  /** undefined when a verification is already under way. */
  async tryVerify(scope: VerifyScope): Promise<VerifyResult | undefined> {
    if (this.running) return undefined;
    this.running = true;
    try {
      return await verifyAuditTrail(this.pool, { checkpoints: this.checkpoints, scope, pageSize: this.pageSize });
    } finally {
      this.running = false;
    }
  }
}

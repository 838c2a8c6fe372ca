// The checkpoint writer: a small stage that, every `everyRows` rows or `intervalMs` (whichever
// comes first) and once more at stop, re-hashes the rows appended since its last checkpoint and,
// when they chain on, signs a new one. It only ever signs what it has verified, so a checkpoint
// never blesses a tampered chain; when the chain no longer matches the last checkpoint it stops
// signing (and says so) instead of moving the evidence forward.
import type pg from 'pg';
import type { Stage } from '../stage.ts';
import { CheckpointStore } from './checkpoint.ts';
import { CHAIN_START, checkAnchor, scanChain, type BrokenReason, type ChainPosition } from './verify.ts';

export interface AuditCheckpointOptions {
  /** HMAC key; null turns checkpoints off (see key.ts for where it comes from). */
  key: Buffer | null;
  /** Copy of the latest checkpoint outside the database. */
  file?: string;
  /** Write once this many rows were appended since the last checkpoint. */
  everyRows: number;
  /** Write at least this often while rows are being appended. */
  intervalMs: number;
  /** How often the head is looked at (default: the smaller of intervalMs and 5 s). */
  pollMs?: number;
  pageSize?: number;
}

export interface AuditCheckpointLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
  error(o: object, msg?: string): void;
}

export interface AuditCheckpointDeps {
  pool: pg.Pool;
  logger?: AuditCheckpointLogger;
  now?: () => number;
}

export type CheckpointOutcome = 'written' | 'unchanged' | 'disabled' | 'blocked';

export interface AuditCheckpoints extends Stage {
  /** For verification against the same key and file; null when checkpoints are off. */
  readonly store: CheckpointStore | null;
  /** Why signing stopped, when it did. */
  readonly blocked: { reason: BrokenReason; id: string | null } | undefined;
  /** Verifies the rows since the last checkpoint and signs a new one if there are any. */
  checkpoint(): Promise<CheckpointOutcome>;
}

export function createAuditCheckpoints(options: AuditCheckpointOptions, deps: AuditCheckpointDeps): AuditCheckpoints {
  return new CheckpointWriter(options, deps);
}

class CheckpointWriter implements AuditCheckpoints {
  readonly name = 'audit-checkpoints';
  readonly store: CheckpointStore | null;
  blocked: { reason: BrokenReason; id: string | null } | undefined;
  private last: ChainPosition | undefined;
  private lastWriteAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private ticking = false;
  private stopping: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(private readonly opts: AuditCheckpointOptions, private readonly deps: AuditCheckpointDeps) {
    this.store = opts.key ? new CheckpointStore(deps.pool, opts.key, opts.file) : null;
    this.now = deps.now ?? Date.now;
  }

  async start(): Promise<void> {
    if (!this.store || this.stopping) return;
    const latest = await this.store.latest();
    if (latest.status === 'invalid') {
      this.block('checkpoint_invalid', null);
    } else if (latest.status === 'valid') {
      const cp = latest.checkpoint;
      const broken = await checkAnchor(this.deps.pool, cp);
      if (broken) this.block(broken, cp.headId);
      else this.last = { id: cp.headId, hash: cp.headHash, rows: cp.rowCount };
      this.lastWriteAt = cp.writtenAt.getTime();
    } else {
      this.last = CHAIN_START;
    }
    if (this.blocked) return;
    // Rows appended since the last run are verified and signed in the background: on a long
    // trail with no checkpoint yet that is a full pass, which must not hold up the start.
    void this.checkpoint().catch((err: unknown) => this.deps.logger?.warn({ err }, 'audit checkpoint failed; retrying on the next tick'));
    const poll = this.opts.pollMs ?? Math.min(this.opts.intervalMs, 5_000);
    this.timer = setInterval(() => void this.tick(), poll);
    this.timer.unref();
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      if (this.timer) clearInterval(this.timer);
      this.timer = undefined;
      if (!this.store || !this.last || this.blocked) return;
      try {
        await this.checkpoint();
      } catch (err) {
        this.deps.logger?.warn({ err }, 'final audit checkpoint failed');
      }
    })();
    return this.stopping;
  }

  checkpoint(): Promise<CheckpointOutcome> {
    return this.enqueue(() => this.writeOnce());
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async tick(): Promise<void> {
    if (this.ticking || this.blocked || !this.last) return;
    this.ticking = true;
    try {
      // The decision is taken inside the queue: taken before it, against a head and a last
      // checkpoint that a queued write is about to change, it signed a row too early.
      await this.enqueue(async () => {
        if (this.blocked || !this.last) return;
        const r = await this.deps.pool.query<{ id: string }>('SELECT seq::text AS id FROM healing_audit_trail ORDER BY seq DESC LIMIT 1');
        const head = r.rows[0]?.id;
        if (head === undefined || head === this.last.id) return;
        const due = BigInt(head) - BigInt(this.last.id) >= BigInt(this.opts.everyRows) || this.now() - this.lastWriteAt >= this.opts.intervalMs;
        if (due) await this.writeOnce();
      });
    } catch (err) {
      this.deps.logger?.warn({ err }, 'audit checkpoint failed; retrying on the next tick');
    } finally {
      this.ticking = false;
    }
  }

  private async writeOnce(): Promise<CheckpointOutcome> {
    if (!this.store) return 'disabled';
    if (this.blocked || !this.last) return 'blocked';
    const last = this.last;
    const anchor = await checkAnchor(this.deps.pool, { rowCount: last.rows, headId: last.id, headHash: last.hash, writtenAt: new Date(0) });
    if (anchor) {
      this.block(anchor, last.id);
      return 'blocked';
    }
    const scan = await scanChain(this.deps.pool, last, { pageSize: this.opts.pageSize });
    if (scan.broken) {
      this.block(scan.broken.reason, scan.broken.id);
      return 'blocked';
    }
    if (scan.head.id === last.id) return 'unchanged';
    const writtenAt = new Date(Math.floor(this.now()));
    await this.store.write({ rowCount: scan.head.rows, headId: scan.head.id, headHash: scan.head.hash, writtenAt });
    this.last = scan.head;
    this.lastWriteAt = writtenAt.getTime();
    return 'written';
  }

  private block(reason: BrokenReason, id: string | null): void {
    this.blocked = { reason, id };
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.deps.logger?.error(
      { reason, row: id },
      'audit trail does not match its last checkpoint or chain; no further checkpoints are signed until it is investigated (README: audit trail)',
    );
  }
}

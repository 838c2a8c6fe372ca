import { randomUUID } from 'node:crypto';
import { RetryableError } from '../../errors.ts';

/** Sends one encoded batch; the token makes a retried insert a no-op if the first one landed. */
export type InsertFn = (table: string, columns: readonly string[], body: string, dedupToken: string) => Promise<void>;

export interface BatcherOptions {
  maxRows: number;
  maxDelayMs: number;
  /** Shortest gap between two inserts into the table while it is idle, to keep ClickHouse parts few. */
  minIntervalMs: number;
  maxRetries: number;
  retryBaseMs: number;
}

export interface BatcherHooks {
  /** Rows leave the queue, stored or failed. */
  onSettled(rows: number): void;
  onStored(table: string, rows: number, seconds: number): void;
  onError(table: string, err: unknown, willRetry: boolean): void;
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(err: unknown): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A batch may fail after its last caller stopped listening (e.g. a cancelled request).
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/**
 * Collects encoded rows for one table and inserts them as one batch. A batch goes out when
 * it reaches maxRows, when maxDelayMs has passed, or earlier when the table has no insert
 * under way and minIntervalMs has passed since the last one (group commit): under light load
 * a request waits milliseconds, under heavy load batches grow while the previous insert runs.
 * Callers get the batch's promise: it resolves only after the rows are stored, which is what
 * lets receivers acknowledge honestly.
 */
export class TableBatcher {
  private body = '';
  private rows = 0;
  private pending: Deferred | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly inflight = new Set<Promise<void>>();
  private lastSent = 0;
  /** When the oldest row of the collecting batch arrived: maxDelayMs counts from here. */
  private firstAdded = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
    private readonly insert: InsertFn,
    private readonly opts: BatcherOptions,
    private readonly hooks: BatcherHooks,
  ) {}

  /** Adds already-encoded rows; the promise settles when their batch is stored or given up. */
  add(encoded: string, rows: number): Promise<void> {
    if (rows === 0) return Promise.resolve();
    if (this.rows === 0) this.firstAdded = performance.now();
    this.body += encoded;
    this.rows += rows;
    this.pending ??= deferred();
    const promise = this.pending.promise;
    if (this.rows >= this.opts.maxRows) void this.flush();
    else this.schedule();
    return promise;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const now = performance.now();
    const untilDeadline = Math.max(0, this.firstAdded + this.opts.maxDelayMs - now);
    const wait = this.inflight.size === 0 ? Math.max(0, this.lastSent + this.opts.minIntervalMs - now) : untilDeadline;
    this.timer = setTimeout(() => void this.flush(), Math.min(wait, untilDeadline));
  }

  /** Starts inserting what is collected; resolves when every insert under way has settled. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.rows > 0 && this.pending) {
      const job = this.send(this.body, this.rows, this.pending);
      this.body = '';
      this.rows = 0;
      this.pending = undefined;
      this.lastSent = performance.now();
      this.inflight.add(job);
      void job.finally(() => {
        this.inflight.delete(job);
        // What arrived while this insert ran goes out next, without waiting for the timer.
        if (this.rows > 0) this.schedule();
      });
    }
    return Promise.all(this.inflight).then(() => undefined);
  }

  private async send(body: string, rows: number, done: Deferred): Promise<void> {
    const token = randomUUID();
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await this.insert(this.table, this.columns, body, token);
        this.hooks.onStored(this.table, rows, (performance.now() - started) / 1000);
        this.hooks.onSettled(rows);
        done.resolve();
        return;
      } catch (err) {
        const willRetry = attempt < this.opts.maxRetries;
        this.hooks.onError(this.table, err, willRetry);
        if (!willRetry) {
          this.hooks.onSettled(rows);
          const reason = err instanceof Error ? err.message : String(err);
          done.reject(new RetryableError(`storage unavailable: ${reason.split('\n')[0]}`, 5, { cause: err }));
          return;
        }
        await new Promise((r) => setTimeout(r, this.opts.retryBaseMs * 2 ** attempt));
      }
    }
  }
}

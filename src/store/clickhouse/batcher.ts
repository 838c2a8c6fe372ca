import { randomUUID } from 'node:crypto';
import { InvalidInputError, RetryableError } from '../../errors.ts';

/**
 * Encoded rows: a string, or a Buffer holding its UTF-8 bytes. Writers hand over Buffers: the
 * bytes live outside the JS heap while they wait in a batch, so the garbage collector does not
 * copy them (or the many small strings they were built from) again and again.
 */
export type Encoded = string | Buffer;

/** Sends one encoded batch; the token makes a retried insert a no-op if the first one landed. */
export type InsertFn = (table: string, columns: readonly string[], body: Encoded, dedupToken: string) => Promise<void>;

export interface BatcherOptions {
  maxRows: number;
  maxDelayMs: number;
  /** Shortest gap between two inserts into the table while it is idle, to keep ClickHouse parts few. */
  minIntervalMs: number;
  /**
   * A batch of this many rows goes out without waiting for minIntervalMs (unset: every batch
   * waits). The gap is for small batches, whose parts cost ClickHouse the most per row; under
   * load, holding a big batch only adds to the acknowledgement time, which a sender with a fixed
   * number of requests in flight pays in throughput.
   */
  minIntervalRows?: number;
  /**
   * Inserts into the table at once. While that many are under way, rows keep collecting (past
   * maxRows) into one next batch, which goes out when an insert finishes: under load the parts
   * grow instead of multiplying, and bigger parts cost ClickHouse less per row (fewer merges).
   */
  maxInflight?: number;
  maxRetries: number;
  retryBaseMs: number;
}

export interface BatcherHooks {
  /** Rows leave the queue, stored or failed. */
  onSettled(rows: number): void;
  onStored(table: string, rows: number, seconds: number): void;
  /** `outage`: the failure means storage is unreachable (not that it refused this data). */
  onError(table: string, err: unknown, willRetry: boolean, outage: boolean): void;
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

/** One caller's rows within a batch, so a batch ClickHouse refuses can be split back up. */
interface Part {
  body: Encoded;
  rows: number;
  done: Deferred;
}

/**
 * Collects encoded rows for one table and inserts them as one batch. A batch goes out when
 * it reaches maxRows, when maxDelayMs has passed, or earlier when the table has no insert
 * under way and minIntervalMs has passed since the last one (group commit): under light load
 * a request waits milliseconds, under heavy load batches grow while the previous insert runs.
 * Each caller's promise resolves only after its rows are stored, which is what lets
 * receivers acknowledge honestly.
 */
export class TableBatcher {
  private parts: Part[] = [];
  private rows = 0;
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

  /** Adds already-encoded rows; the promise settles when they are stored or given up. */
  add(encoded: Encoded, rows: number): Promise<void> {
    if (rows === 0) return Promise.resolve();
    if (this.rows === 0) this.firstAdded = performance.now();
    const done = deferred();
    this.parts.push({ body: encoded, rows, done });
    this.rows += rows;
    if (this.rows >= this.opts.maxRows) this.start(false);
    else this.schedule();
    return done.promise;
  }

  private get busy(): boolean {
    return this.inflight.size >= (this.opts.maxInflight ?? Infinity);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    // With every insert slot taken, the next one to finish sends this batch.
    if (this.busy) return;
    const now = performance.now();
    const untilDeadline = Math.max(0, this.firstAdded + this.opts.maxDelayMs - now);
    const big = this.opts.minIntervalRows !== undefined && this.rows >= this.opts.minIntervalRows;
    const wait = this.inflight.size === 0 ? (big ? 0 : Math.max(0, this.lastSent + this.opts.minIntervalMs - now)) : untilDeadline;
    this.timer = setTimeout(() => this.start(false), Math.min(wait, untilDeadline));
  }

  /** Starts inserting what is collected; resolves when every insert under way has settled. */
  flush(): Promise<void> {
    this.start(true);
    return Promise.all(this.inflight).then(() => undefined);
  }

  /** Sends the collected batch, unless every insert slot is taken (`force`: send anyway). */
  private start(force: boolean): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.parts.length === 0 || (!force && this.busy)) return;
    const job = this.send(this.parts);
    this.parts = [];
    this.rows = 0;
    this.lastSent = performance.now();
    this.inflight.add(job);
    void job.finally(() => {
      this.inflight.delete(job);
      // What arrived while this insert ran goes out next: at once when it is a full batch.
      if (this.rows >= this.opts.maxRows) this.start(false);
      else if (this.rows > 0) this.schedule();
    });
  }

  private async send(parts: Part[]): Promise<void> {
    const rows = parts.reduce((n, p) => n + p.rows, 0);
    const body = parts.length === 1 ? parts[0].body : join(parts);
    const token = randomUUID();
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await this.insert(this.table, this.columns, body, token);
        this.hooks.onStored(this.table, rows, (performance.now() - started) / 1000);
        this.hooks.onSettled(rows);
        for (const p of parts) p.done.resolve();
        return;
      } catch (err) {
        if (isRefusedData(err)) {
          this.hooks.onError(this.table, err, false, false);
          return this.refused(parts, err);
        }
        const willRetry = attempt < this.opts.maxRetries;
        this.hooks.onError(this.table, err, willRetry, !willRetry);
        if (!willRetry) {
          this.hooks.onSettled(rows);
          const reason = err instanceof Error ? err.message : String(err);
          const failure = new RetryableError(`storage unavailable: ${reason.split('\n')[0]}`, 5, { cause: err });
          for (const p of parts) p.done.reject(failure);
          return;
        }
        await new Promise((r) => setTimeout(r, this.opts.retryBaseMs * 2 ** attempt));
      }
    }
  }

  /**
   * ClickHouse refused the batch's data (not an outage): insert each caller's rows on their
   * own, so only the request that carried the bad rows fails, and it fails as bad input
   * rather than "retry later" (retrying the same bytes could never succeed).
   */
  private async refused(parts: Part[], err: unknown): Promise<void> {
    if (parts.length > 1) {
      for (const p of parts) await this.send([p]);
      return;
    }
    const [p] = parts;
    this.hooks.onSettled(p.rows);
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    p.done.reject(new InvalidInputError(`ClickHouse refused the data: ${reason}`, { cause: err }));
  }
}

// ClickHouse error codes that mean "these bytes can never be inserted" (parse and type
// errors), as opposed to a server that is down, overloaded or out of memory.
const DATA_ERROR_CODES = new Set([6, 26, 27, 32, 33, 38, 41, 43, 53, 69, 70, 72, 117, 131, 321, 407]);

function isRefusedData(err: unknown): boolean {
  const code = Number((err as { code?: unknown } | null)?.code);
  return Number.isInteger(code) && DATA_ERROR_CODES.has(code);
}

function join(parts: Part[]): Encoded {
  if (parts.every((p) => typeof p.body === 'string')) return parts.map((p) => p.body).join('');
  return Buffer.concat(parts.map((p) => (typeof p.body === 'string' ? Buffer.from(p.body) : p.body)));
}

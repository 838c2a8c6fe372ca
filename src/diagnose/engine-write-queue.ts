// Keeps diagnosis writes until Postgres takes them. Writes run one at a time in arrival order
// (so the audit trail keeps the order diagnoses were made in); a write that fails because the
// database is unreachable is retried with backoff for as long as it takes, while a write the
// database rejects outright is dropped and logged rather than blocking everything behind it.

export type Verdict = 'retry' | 'retry-limited' | 'drop';

export interface WriteQueueOptions<T> {
  write(item: T): Promise<void>;
  /** Items kept while Postgres is away; beyond it the oldest are dropped (and counted). */
  maxItems: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts for 'retry-limited' failures (e.g. the event row not written yet). */
  limitedAttempts: number;
  logger?: { warn(o: object, msg?: string): void };
}

export interface WriteQueueStats {
  pending: number;
  written: number;
  dropped: number;
  retries: number;
}

export class WriteQueue<T> {
  private readonly items: T[] = [];
  private running = false;
  private closed = false;
  private idle: Array<() => void> = [];
  private sleepTimer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  readonly stats: WriteQueueStats = { pending: 0, written: 0, dropped: 0, retries: 0 };

  constructor(private readonly opts: WriteQueueOptions<T>) {}

  push(item: T): void {
    if (this.closed) throw new Error('write queue is closed');
    if (this.items.length >= this.opts.maxItems) {
      this.items.shift();
      this.stats.dropped++;
      this.opts.logger?.warn({ maxItems: this.opts.maxItems }, 'diagnosis write queue full; dropped the oldest write');
    }
    this.items.push(item);
    this.stats.pending = this.items.length;
    if (!this.running) void this.run();
  }

  /** Resolves once every queued write has been written or dropped. */
  drain(): Promise<void> {
    if (this.items.length === 0 && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Stops retrying; pending writes are abandoned (they stay counted as pending). */
  close(): void {
    this.closed = true;
    if (this.sleepTimer) clearTimeout(this.sleepTimer);
    this.wake?.();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.items.length > 0 && !this.closed) {
        const item = this.items[0];
        let attempt = 0;
        for (;;) {
          try {
            await this.opts.write(item);
            this.stats.written++;
            break;
          } catch (err) {
            attempt++;
            const verdict = classifyPgError(err);
            if (verdict === 'drop' || (verdict === 'retry-limited' && attempt >= this.opts.limitedAttempts)) {
              this.stats.dropped++;
              this.opts.logger?.warn({ err, attempt }, 'diagnosis write rejected by postgres; dropped');
              break;
            }
            if (this.closed) return;
            this.stats.retries++;
            if (attempt === 1) this.opts.logger?.warn({ err }, 'diagnosis write failed; retrying');
            await this.sleep(Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** Math.min(attempt - 1, 16)));
            if (this.closed) return;
          }
        }
        this.items.shift();
        this.stats.pending = this.items.length;
      }
    } finally {
      this.running = false;
      if (this.items.length === 0 || this.closed) for (const r of this.idle.splice(0)) r();
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.sleepTimer = setTimeout(resolve, ms);
      this.sleepTimer.unref?.();
    });
  }
}

/**
 * Connection trouble and server restarts are worth waiting out; a missing event row (foreign
 * key) may appear shortly because detection writes it through its own queue; anything else
 * the server rejected (bad data, schema mismatch) will not get better.
 */
export function classifyPgError(err: unknown): Verdict {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    if (code === '23503') return 'retry-limited';
    // 08 connection, 53 resources, 57 operator intervention (shutdown, restart), 40 serialization, 55P03 lock not available.
    if (/^(08|53|57|40)/.test(code) || code === '55P03') return 'retry';
    return 'drop';
  }
  // Node socket errors (ECONNREFUSED, ECONNRESET, ...), pool timeouts and "Connection terminated".
  return 'retry';
}

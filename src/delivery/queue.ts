// The one delivery queue: every side effect outside the process (a Postgres write, a Grafana
// call, later executors and pages) is an item sent to a named target. The queue
// - keeps the order of items that share a key (one incident's open, updates and close) while
//   items with other keys go ahead, so retrying one item never blocks the items behind it;
// - classifies each failure once (src/errors.ts): a target that cannot be reached is paused
//   and retried until it answers; a passing failure is retried with exponential backoff and
//   jitter a bounded number of times; a data error or a permanent refusal sets the item aside
//   in the dead-letter sink with its reason, and the next item goes;
// - is bounded by items and bytes: past its soft share it reports `saturated` (receivers then
//   answer "retry later", which is the back-pressure), past the hard bound it refuses the item
//   and counts it;
// - drains on stop(): what a still-unreachable target could not take by the deadline goes to
//   the dead-letter sink's spool instead of vanishing.
import { classifyError, type ErrorClass } from '../errors.ts';

export interface DeliveryItem {
  /** Target name, e.g. `postgres`, `grafana`. */
  target: string;
  /** Items with the same key are delivered one at a time, in the order sent. */
  key: string;
  /** What the item is, for dead letters and logs (`event.open`, `diagnosis`, `annotation.create`). */
  kind: string;
  /** The data behind the item, kept for the dead-letter record. */
  payload: unknown;
  /** Approximate size for the byte bound; 256 when not given. */
  bytes?: number;
  /** Performs the side effect; throws to fail (classified by classifyError). */
  run(): Promise<void>;
  /**
   * On a data error: smaller items covering the same work (a multi-row write cut into single
   * rows), so only the bad part is set aside. Returning one item or none sets this item aside.
   */
  split?(): DeliveryItem[];
  /** Called once the item is delivered or set aside (not for the parts of a split item). */
  settled?(outcome: 'delivered' | 'set-aside'): void;
}

export interface DeadLetter {
  target: string;
  kind: string;
  key: string;
  reason: string;
  errorClass: ErrorClass | 'shutdown' | 'overflow';
  payload: unknown;
  at: number;
}

export interface DeadLetterSink {
  write(entry: DeadLetter): Promise<void>;
}

export interface TargetOptions {
  /** Items of this target delivered at once (different keys). */
  concurrency: number;
  /** Attempts for `retryable` failures before the item is set aside; `unavailable` retries forever. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface DeliveryOptions {
  maxItems: number;
  maxBytes: number;
  /** Share of either bound at which the queue reports `saturated`. */
  softShare: number;
  /** How long stop() waits for targets before spooling what is left. */
  drainMs: number;
  targets: Record<string, Partial<TargetOptions>>;
}

/** Callbacks for metrics and logs; every one is optional. */
export interface DeliveryObserver {
  delivered?(target: string, kind: string, ms: number): void;
  retried?(target: string, kind: string, cls: ErrorClass, err: unknown, attempt: number): void;
  deadLettered?(target: string, kind: string, cls: DeadLetter['errorClass'], err: unknown): void;
  refused?(target: string, kind: string): void;
  /** The target could not be reached (first failure of a streak) or answers again. */
  availability?(target: string, available: boolean, err?: unknown): void;
  depth?(target: string, items: number): void;
}

export const DEFAULT_TARGET: TargetOptions = { concurrency: 1, maxAttempts: 8, baseDelayMs: 200, maxDelayMs: 30_000 };
export const DEFAULT_DELIVERY: DeliveryOptions = { maxItems: 50_000, maxBytes: 64 * 1024 * 1024, softShare: 0.8, drainMs: 10_000, targets: {} };

interface Entry {
  item: DeliveryItem;
  bytes: number;
  attempts: number;
  sentAt: number;
}

interface Lane {
  entries: Entry[];
  busy: boolean;
  notBefore: number;
}

interface TargetState {
  name: string;
  opts: TargetOptions;
  lanes: Map<string, Lane>;
  items: number;
  inflight: number;
  /** Set while the target cannot be reached: nothing is tried before this time. */
  pausedUntil: number;
  unavailableStreak: number;
  timer?: NodeJS.Timeout;
}

export class DeliveryQueue {
  readonly opts: DeliveryOptions;
  private readonly targets = new Map<string, TargetState>();
  private items = 0;
  private bytes = 0;
  private idle: Array<() => void> = [];
  /** Attempts under way across targets, and who waits for there to be none. */
  private attempts = 0;
  private quietWaiters: Array<() => void> = [];
  /** Set by stop(): new items are refused. */
  private closing = false;
  /** Set once stop()'s drain deadline has passed: nothing is retried any more. */
  private stopped = false;

  constructor(
    opts: Partial<DeliveryOptions> = {},
    private readonly deadLetters: DeadLetterSink,
    private readonly observer: DeliveryObserver = {},
    private readonly now: () => number = Date.now,
  ) {
    this.opts = { ...DEFAULT_DELIVERY, ...opts, targets: { ...opts.targets } };
  }

  /** Items waiting or in flight, all targets. */
  get depth(): number {
    return this.items;
  }

  get queuedBytes(): number {
    return this.bytes;
  }

  /** True past the soft share of either bound: upstream should slow down (receivers answer "retry later"). */
  get saturated(): boolean {
    return this.items >= this.opts.maxItems * this.opts.softShare || this.bytes >= this.opts.maxBytes * this.opts.softShare;
  }

  targetDepth(target: string): number {
    return this.targets.get(target)?.items ?? 0;
  }

  /** Whether the target answered its last call (false while paused for being unreachable). */
  available(target: string): boolean {
    return (this.targets.get(target)?.unavailableStreak ?? 0) === 0;
  }

  /**
   * Queues an item; never waits and never throws. False when the queue is past its hard bound
   * or stopped: the item is then set aside as a dead letter (reason `overflow`) and counted.
   */
  send(item: DeliveryItem): boolean {
    const bytes = item.bytes ?? 256;
    if (this.closing || this.items >= this.opts.maxItems || this.bytes + bytes > this.opts.maxBytes) {
      this.observer.refused?.(item.target, item.kind);
      const reason = this.closing ? 'delivery queue stopped' : `delivery queue full (${this.items} items, ${this.bytes} bytes)`;
      void this.setAside(item, 'overflow', new Error(reason));
      return false;
    }
    const t = this.target(item.target);
    let lane = t.lanes.get(item.key);
    if (!lane) {
      lane = { entries: [], busy: false, notBefore: 0 };
      t.lanes.set(item.key, lane);
    }
    lane.entries.push({ item, bytes, attempts: 0, sentAt: this.now() });
    t.items++;
    this.items++;
    this.bytes += bytes;
    this.observer.depth?.(t.name, t.items);
    this.pump(t);
    return true;
  }

  /** Resolves when every item sent so far has been delivered or set aside. */
  drained(): Promise<void> {
    if (this.items === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /**
   * Refuses new items, waits up to `drainMs` for the rest, then spools whatever an unreachable
   * target still holds to the dead-letter sink (reason `shutdown`). Safe to call twice.
   */
  async stop(): Promise<void> {
    this.closing = true;
    await this.within(this.opts.drainMs, this.drained());
    this.stopped = true;
    for (const t of this.targets.values()) {
      if (t.timer) clearTimeout(t.timer);
      t.timer = undefined;
    }
    // Attempts under way finish first (they either land or are set aside with their own error),
    // so nothing is spooled that may still be delivered.
    await this.within(this.opts.drainMs, this.quiet());
    for (const t of this.targets.values()) {
      for (const [key, lane] of t.lanes) {
        const waiting = lane.busy ? lane.entries.slice(1) : lane.entries;
        for (const e of waiting) {
          await this.setAside(e.item, 'shutdown', new Error(`target ${t.name} did not take it before shutdown`));
          t.items--;
          this.items--;
          this.bytes -= e.bytes;
        }
        lane.entries.length = lane.busy ? 1 : 0;
        if (!lane.busy) t.lanes.delete(key);
      }
      this.observer.depth?.(t.name, t.items);
    }
    this.settleIdle();
  }

  /** Resolves when no attempt is under way on any target. */
  private quiet(): Promise<void> {
    if (this.attempts === 0) return Promise.resolve();
    return new Promise((resolve) => this.quietWaiters.push(resolve));
  }

  private async within(ms: number, p: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([p, new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
  }

  private target(name: string): TargetState {
    let t = this.targets.get(name);
    if (!t) {
      t = { name, opts: { ...DEFAULT_TARGET, ...this.opts.targets[name] }, lanes: new Map(), items: 0, inflight: 0, pausedUntil: 0, unavailableStreak: 0 };
      this.targets.set(name, t);
    }
    return t;
  }

  /** Starts as many ready lanes as the target's concurrency allows; schedules a wake-up for delayed ones. */
  private pump(t: TargetState): void {
    // Past stop()'s deadline nothing new starts: what is left is spooled.
    if (this.stopped) return;
    const now = this.now();
    if (t.pausedUntil > now) return this.wakeAt(t, t.pausedUntil);
    let nextWake = Infinity;
    for (const [key, lane] of t.lanes) {
      if (t.inflight >= t.opts.concurrency) return;
      if (lane.busy || lane.entries.length === 0) continue;
      if (lane.notBefore > now) {
        nextWake = Math.min(nextWake, lane.notBefore);
        continue;
      }
      void this.run(t, key, lane);
    }
    if (nextWake < Infinity) this.wakeAt(t, nextWake);
  }

  private wakeAt(t: TargetState, at: number): void {
    if (t.timer) clearTimeout(t.timer);
    t.timer = setTimeout(() => {
      t.timer = undefined;
      this.pump(t);
    }, Math.max(0, at - this.now()));
    t.timer.unref?.();
  }

  private async run(t: TargetState, key: string, lane: Lane): Promise<void> {
    const entry = lane.entries[0];
    lane.busy = true;
    t.inflight++;
    this.attempts++;
    entry.attempts++;
    try {
      await entry.item.run();
      this.observer.delivered?.(t.name, entry.item.kind, this.now() - entry.sentAt);
      settle(entry.item, 'delivered');
      if (t.unavailableStreak > 0) this.observer.availability?.(t.name, true);
      t.unavailableStreak = 0;
      this.finish(t, key, lane);
    } catch (err) {
      await this.failed(t, key, lane, entry, err);
    } finally {
      lane.busy = false;
      t.inflight--;
      if (--this.attempts === 0) for (const r of this.quietWaiters.splice(0)) r();
      if (lane.entries.length === 0 && t.lanes.get(key) === lane) t.lanes.delete(key);
      this.pump(t);
      this.settleIdle();
    }
  }

  private async failed(t: TargetState, key: string, lane: Lane, entry: Entry, err: unknown): Promise<void> {
    const cls = classifyError(err);
    if (cls === 'unavailable' && !this.stopped) {
      // The target is away: nothing else of it can go either. Pause the whole target; this
      // attempt does not count against the item.
      entry.attempts--;
      if (t.unavailableStreak++ === 0) this.observer.availability?.(t.name, false, err);
      this.observer.retried?.(t.name, entry.item.kind, cls, err, t.unavailableStreak);
      t.pausedUntil = this.now() + this.backoff(t.opts, t.unavailableStreak);
      return;
    }
    if (cls === 'retryable' && entry.attempts < t.opts.maxAttempts && !this.stopped) {
      this.observer.retried?.(t.name, entry.item.kind, cls, err, entry.attempts);
      lane.notBefore = this.now() + this.backoff(t.opts, entry.attempts);
      return;
    }
    if (cls === 'data' && entry.item.split) {
      const parts = entry.item.split();
      if (parts.length > 1) {
        // The parts settle on their own; whoever waits on the whole hears of it once they all have.
        if (entry.item.settled) settleAll(parts, entry.item.settled);
        // Replace the item by its parts at the head of its lane, in order; each is tried alone.
        const share = Math.ceil(entry.bytes / parts.length);
        lane.entries.splice(0, 1, ...parts.map((item) => ({ item, bytes: share, attempts: 0, sentAt: entry.sentAt })));
        const added = parts.length - 1;
        t.items += added;
        this.items += added;
        this.bytes += share * parts.length - entry.bytes;
        return;
      }
    }
    // An unreachable target at shutdown: the item is spooled like the ones that never started.
    await this.setAside(entry.item, cls === 'unavailable' ? 'shutdown' : cls, err);
    this.finish(t, key, lane);
  }

  private finish(t: TargetState, _key: string, lane: Lane): void {
    const e = lane.entries.shift();
    if (!e) return;
    lane.notBefore = 0;
    t.items--;
    this.items--;
    this.bytes -= e.bytes;
    this.observer.depth?.(t.name, t.items);
  }

  private settleIdle(): void {
    if (this.items === 0) for (const r of this.idle.splice(0)) r();
  }

  private async setAside(item: DeliveryItem, cls: DeadLetter['errorClass'], err: unknown): Promise<void> {
    this.observer.deadLettered?.(item.target, item.kind, cls, err);
    settle(item, 'set-aside');
    try {
      await this.deadLetters.write({ target: item.target, kind: item.kind, key: item.key, reason: reasonOf(err), errorClass: cls, payload: item.payload, at: this.now() });
    } catch {
      // The sink falls back to its spool file and logs; nothing more can be done here.
    }
  }

  /** Exponential backoff with full jitter between half and the whole step, capped. */
  private backoff(o: TargetOptions, attempt: number): number {
    const step = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.min(attempt - 1, 20));
    return Math.round(step / 2 + (Math.random() * step) / 2);
  }
}

export function reasonOf(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? `${e.code}: ` : '';
  return `${code}${String(e?.message ?? err)}`.slice(0, 500);
}

function settle(item: DeliveryItem, outcome: 'delivered' | 'set-aside'): void {
  try {
    item.settled?.(outcome);
  } catch {
    // A waiter's bug must not disturb delivery.
  }
}

/** Wires the parts of a split item so the original's settled() runs once, after the last part. */
function settleAll(parts: DeliveryItem[], done: (outcome: 'delivered' | 'set-aside') => void): void {
  let left = parts.length;
  let worst: 'delivered' | 'set-aside' = 'delivered';
  for (const p of parts) {
    const own = p.settled;
    p.settled = (o) => {
      own?.(o);
      if (o === 'set-aside') worst = o;
      if (--left === 0) done(worst);
    };
  }
}

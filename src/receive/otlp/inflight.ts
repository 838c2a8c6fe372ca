// One budget for request bytes held in memory across both receivers. max_request_bytes bounds
// one request; this bounds all of them together, so a burst of large uploads makes senders
// back off (HTTP 503 + Retry-After / gRPC UNAVAILABLE) instead of exhausting the heap.
import { RetryableError } from '../../errors.ts';

export class InflightBudget {
  private used = 0;

  constructor(readonly limitBytes: number) {}

  get inUse(): number {
    return this.used;
  }

  /** Nothing more fits: new requests are turned away before their bodies are read. */
  get full(): boolean {
    return this.used >= this.limitBytes;
  }

  /** A fresh holder for one request's bytes; release() returns all it took. */
  hold(): BudgetHold {
    return new BudgetHold(this);
  }

  /** Takes `n` bytes unless that passes the limit; a lone request larger than the budget still gets in, or it could never succeed. */
  tryTake(n: number): boolean {
    if (this.used > 0 && this.used + n > this.limitBytes) return false;
    this.used += n;
    return true;
  }

  give(n: number): void {
    this.used -= n;
  }
}

export class BudgetHold {
  private held = 0;

  constructor(private readonly budget: InflightBudget) {}

  /** Adds `n` bytes to this request's share, or throws the retryable refusal. */
  take(n: number): void {
    if (n <= 0) return;
    if (!this.budget.tryTake(n)) throw busy(this.budget);
    this.held += n;
  }

  /** Gives back part of the share (a compressed body once it is inflated). */
  drop(n: number): void {
    const d = Math.min(n, this.held);
    this.held -= d;
    this.budget.give(d);
  }

  release(): void {
    this.budget.give(this.held);
    this.held = 0;
  }
}

export function busy(budget: InflightBudget): RetryableError {
  return new RetryableError(`receiver busy: ${budget.limitBytes} bytes of requests already in flight (receiver.max_inflight_bytes); retry later`, 1);
}

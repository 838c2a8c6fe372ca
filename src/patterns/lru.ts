// Intrusive doubly-linked recency list: O(1) touch and eviction without a per-line
// allocation, which a Map delete/re-insert would also give but with more hashing.

export interface LruEntry<T> {
  prev: T | null;
  next: T | null;
}

export class LruList<T extends LruEntry<T>> {
  /** Most recently used. */
  head: T | null = null;
  /** Least recently used: the next to evict. */
  tail: T | null = null;

  pushFront(e: T): void {
    e.prev = null;
    e.next = this.head;
    if (this.head) this.head.prev = e;
    this.head = e;
    if (!this.tail) this.tail = e;
  }

  remove(e: T): void {
    if (e.prev) e.prev.next = e.next;
    else this.head = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.tail = e.prev;
    e.prev = null;
    e.next = null;
  }

  touch(e: T): void {
    if (this.head === e) return;
    this.remove(e);
    this.pushFront(e);
  }
}

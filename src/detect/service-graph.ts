// Who calls whom, learned from the spans as they stream in: a span whose parent belongs to
// another service is a call from that service. Detection needs it to tell one outage seen in
// several services (inventory's database is down, so checkout and frontend fail too) from two
// problems that happen at once in services that do not depend on each other. Bounded: a ring of
// recent span ids and at most maxEdges edges, oldest forgotten first.
import { SpanKind, type SpanRecord } from '../records.ts';
import { isErrorSpan, isSelf } from './series-keys.ts';

export interface ServiceGraphOptions {
  /** Span ids remembered to find a child's parent service (children often arrive first). */
  spanMemory: number;
  maxEdges: number;
  /** An edge not seen for this long is forgotten (a retired dependency must not join incidents). */
  edgeTtlMs: number;
}

const DEFAULTS: ServiceGraphOptions = { spanMemory: 20_000, maxEdges: 10_000, edgeTtlMs: 24 * 3600_000 };
// How many calls deep a problem is followed: frontend → checkout → inventory → its database.
const MAX_DEPTH = 4;
/** Services remembered per trace: enough for any real call chain, bounded against a crafted one. */
const MAX_TRACE_SERVICES = 32;

export class ServiceGraph {
  private readonly opts: ServiceGraphOptions;
  /** spanId → service, for spans whose children may come later. */
  private readonly spanService: FifoMap<string>;
  /** parentSpanId → child service, for children that came before their parent. */
  private readonly orphans: FifoMap<string>;
  /**
   * traceId → what its spans said, for the most recent traces. A log finding carries its
   * record's trace: where that trace went below the service that logged it, and where it
   * failed, say which open incident, if any, the finding belongs to (a caller's error about auth
   * is not the database outage the same caller is also suffering).
   */
  private readonly traces: FifoMap<TraceCalls>;
  /** Recent client spans that failed: the service answering them (their child) is where it failed. */
  private readonly failedCalls: FifoMap<true>;
  /** caller → callee → last seen (epoch ms). */
  private readonly callees = new Map<string, Map<string, number>>();
  private edges = 0;

  constructor(opts?: Partial<ServiceGraphOptions>) {
    this.opts = { ...DEFAULTS, ...opts };
    this.spanService = new FifoMap(this.opts.spanMemory);
    this.orphans = new FifoMap(this.opts.spanMemory);
    this.traces = new FifoMap(this.opts.spanMemory);
    this.failedCalls = new FifoMap(this.opts.spanMemory);
  }

  get size(): number {
    return this.edges;
  }

  observe(spans: readonly SpanRecord[]): void {
    for (const s of spans) {
      if (isSelf(s.resource)) continue;
      const svc = s.resource.serviceName;
      const t = Number(s.endNs / 1_000_000n);
      this.spanService.set(s.spanId, svc);
      const tr = s.traceId ? this.trace(s.traceId) : undefined;
      if (tr) {
        // A service's part of a request ends with its entry span: a process exports its spans in
        // the order they end, so by then its calls (which ended first) have arrived too.
        if ((s.kind === SpanKind.SERVER || s.kind === SpanKind.CONSUMER || !s.parentSpanId) && addOnce(tr.entered, svc)) tr.spent.push(Number(s.endNs - s.startNs) / 1e6);
      }
      // Where a request failed: a server or internal span in error fails in its own service; a
      // call in error (a client span: 4xx included, by the HTTP conventions) fails in the service
      // that answered it, whose own span may well be fine (auth answering 401).
      const failedCall = s.kind === SpanKind.CLIENT && isErrorSpan(s);
      if (failedCall) this.failedCalls.set(s.spanId, true);
      else if (isErrorSpan(s) && tr) addOnce(tr.failing, svc);
      if (s.parentSpanId && this.failedCalls.get(s.parentSpanId) && tr) {
        addOnce(tr.failing, svc);
        tr.unanswered?.delete(s.parentSpanId);
      }
      const child = this.orphans.get(s.spanId);
      if (child !== undefined) {
        this.orphans.delete(s.spanId);
        this.edge(svc, child, t);
        if (tr) this.call(tr, svc, child);
        if (failedCall && tr) addOnce(tr.failing, child);
      } else if (failedCall && tr && (tr.unanswered?.size ?? 0) < MAX_TRACE_SERVICES) {
        // Its answer is not here yet, or never comes (a database refusing connections has no spans).
        (tr.unanswered ??= new Map()).set(s.spanId, svc);
      }
      if (!s.parentSpanId) continue;
      const parent = this.spanService.get(s.parentSpanId);
      if (parent !== undefined) {
        this.edge(parent, svc, t);
        if (tr) this.call(tr, parent, svc);
      } else this.orphans.set(s.parentSpanId, svc);
    }
  }

  private trace(traceId: string): TraceCalls {
    let tr = this.traces.get(traceId);
    if (!tr) this.traces.set(traceId, (tr = { entered: [], spent: [], failing: [], calls: [], unanswered: null }));
    return tr;
  }

  private call(tr: TraceCalls, caller: string, callee: string): void {
    if (caller === callee || tr.calls.length >= 2 * MAX_TRACE_SERVICES) return;
    if (!tr.calls.some(([a, b]) => a === caller && b === callee)) tr.calls.push([caller, callee]);
  }

  /** True once a service's entry span in the trace has arrived: its own part of the trace is all here (see observe). */
  hasEntered(traceId: string, service: string): boolean {
    const tr = traceId ? this.traces.get(traceId) : undefined;
    return tr !== undefined && tr.entered.includes(service);
  }

  /** The services where a recent trace's requests failed (see observe); undefined when none did (or none was seen). */
  failingOf(traceId: string): readonly string[] | undefined {
    const tr = traceId ? this.traces.get(traceId) : undefined;
    return tr && tr.failing.length > 0 ? tr.failing : undefined;
  }

  /**
   * The services `service` called in this trace, directly or through others: where its part of
   * the request went. Not the graph's reach: a service that calls auth for a token elsewhere did
   * not go through auth in a trace where only its caller checked the session there.
   */
  calledIn(traceId: string, service: string): string[] {
    const tr = traceId ? this.traces.get(traceId) : undefined;
    if (!tr) return [];
    const out: string[] = [];
    let frontier = [service];
    while (frontier.length) {
      const next: string[] = [];
      for (const [a, b] of tr.calls) {
        if (frontier.includes(a) && b !== service && !out.includes(b)) {
          out.push(b);
          next.push(b);
        }
      }
      frontier = next;
    }
    return out;
  }

  /**
   * Where a slow request of `service` spent its time: the services it called in the trace (see
   * calledIn) whose own part took at least half as long as its own; [] when the time stayed in
   * it; undefined when its part of the trace is not here.
   */
  timeWentTo(traceId: string, service: string): string[] | undefined {
    const tr = traceId ? this.traces.get(traceId) : undefined;
    const at = tr ? tr.entered.indexOf(service) : -1;
    if (!tr || at < 0) return undefined;
    const own = tr.spent[at];
    const out: string[] = [];
    for (const callee of this.calledIn(traceId, service)) {
      const k = tr.entered.indexOf(callee);
      if (k >= 0 && tr.spent[k] >= own / 2) out.push(callee);
    }
    return out;
  }

  /** True when one of these services made a failed call in the trace whose answering span has not been seen. */
  awaitsAnswer(traceId: string, services: readonly string[]): boolean {
    const tr = traceId ? this.traces.get(traceId) : undefined;
    if (!tr?.unanswered) return false;
    for (const caller of tr.unanswered.values()) if (services.includes(caller)) return true;
    return false;
  }

  /** Declares an edge directly (tests, and history read at start). */
  edge(caller: string, callee: string, t: number): void {
    if (caller === callee || !caller || !callee) return;
    let m = this.callees.get(caller);
    if (!m) this.callees.set(caller, (m = new Map()));
    if (!m.has(callee)) {
      if (this.edges >= this.opts.maxEdges) this.evictOldest();
      this.edges++;
    }
    m.set(callee, Math.max(m.get(callee) ?? 0, t));
  }

  /** True when one service depends on the other (directly or through a few calls), or they are the same. */
  related(a: string, b: string, now = Infinity): boolean {
    return a === b || this.reaches(a, b, now) || this.reaches(b, a, now);
  }

  /** True when some service is seen calling this one. */
  hasCallers(service: string, now = Infinity): boolean {
    const minT = now === Infinity ? -Infinity : now - this.opts.edgeTtlMs;
    for (const m of this.callees.values()) {
      const t = m.get(service);
      if (t !== undefined && t >= minT) return true;
    }
    return false;
  }

  /** True when `from` calls `to`, directly or through at most MAX_DEPTH calls. */
  reaches(from: string, to: string, now = Infinity): boolean {
    return this.hops(from, to, now) < Infinity;
  }

  /** Calls from `from` to `to` (1: directly), Infinity when it does not within MAX_DEPTH. */
  hops(from: string, to: string, now = Infinity): number {
    const minT = now === Infinity ? -Infinity : now - this.opts.edgeTtlMs;
    let frontier = [from];
    const seen = new Set(frontier);
    for (let d = 1; d <= MAX_DEPTH && frontier.length; d++) {
      const next: string[] = [];
      for (const s of frontier) {
        for (const [c, t] of this.callees.get(s) ?? []) {
          if (t < minT || seen.has(c)) continue;
          if (c === to) return d;
          seen.add(c);
          next.push(c);
        }
      }
      frontier = next;
    }
    return Infinity;
  }

  private evictOldest(): void {
    let oldest: [string, string, number] | null = null;
    for (const [a, m] of this.callees) for (const [b, t] of m) if (!oldest || t < oldest[2]) oldest = [a, b, t];
    if (!oldest) return;
    const m = this.callees.get(oldest[0])!;
    m.delete(oldest[1]);
    if (!m.size) this.callees.delete(oldest[0]);
    this.edges--;
  }
}

/** What one recent trace said: whose entry spans arrived, where it failed, and who called whom in it. */
interface TraceCalls {
  /** Services whose entry span (server, consumer or root) in the trace has arrived. */
  entered: string[];
  /** How long each service's first entry span took (ms), in the order of entered: where the request's time went. */
  spent: number[];
  failing: string[];
  calls: [caller: string, callee: string][];
  /** Failed client spans (spanId → calling service) whose answering span has not arrived; null until a trace has one (most never do). */
  unanswered: Map<string, string> | null;
}

/** Adds svc unless the list holds it or is full; true when it was added. */
function addOnce(list: string[], svc: string): boolean {
  if (list.includes(svc) || list.length >= MAX_TRACE_SERVICES) return false;
  list.push(svc);
  return true;
}

/**
 * A Map that forgets its oldest key (insertion order, as Map iterates) when a new one would
 * exceed `cap`. Evicting through `keys().next()` is not O(1): a Map keeps deleted slots until it
 * compacts, and a fresh iterator walks over them, so at capacity every insert scanned thousands
 * of dead slots (50 ms per batch of 3,000 spans). A queue of keys in insertion order finds the
 * oldest directly; keys deleted from outside leave a stale queue entry, counted in `stale` and
 * skipped (a key's oldest entries are the stale ones: its live entry is its newest).
 */
export class FifoMap<V> {
  private readonly map = new Map<string, V>();
  private queue: string[] = [];
  private head = 0;
  private readonly stale = new Map<string, number>();

  constructor(readonly cap: number) {}

  get size(): number {
    return this.map.size;
  }

  get(k: string): V | undefined {
    return this.map.get(k);
  }

  set(k: string, v: V): void {
    if (this.map.size >= this.cap) this.evictOldest();
    if (!this.map.has(k)) this.enqueue(k);
    this.map.set(k, v);
  }

  delete(k: string): boolean {
    if (!this.map.delete(k)) return false;
    this.stale.set(k, (this.stale.get(k) ?? 0) + 1);
    return true;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  private enqueue(k: string): void {
    // Stale entries pile up when keys leave by delete and the map never fills (every orphan
    // finds its parent): past twice the live size the queue is rebuilt from the Map's own order.
    if (this.queue.length - this.head >= 2 * this.map.size + 64) {
      this.queue = [...this.map.keys()];
      this.head = 0;
      this.stale.clear();
    }
    this.queue.push(k);
  }

  private evictOldest(): void {
    while (this.head < this.queue.length) {
      const k = this.queue[this.head++];
      const n = this.stale.get(k);
      if (n !== undefined) {
        if (n > 1) this.stale.set(k, n - 1);
        else this.stale.delete(k);
        continue;
      }
      if (this.map.delete(k)) break;
    }
    // Drop the consumed front now and then so the array does not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}

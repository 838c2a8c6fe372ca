import { describe, expect, it } from 'vitest';
import { FifoMap, ServiceGraph } from '../../src/detect/service-graph.ts';
import { SpanKind, type SpanRecord } from '../../src/records.ts';
import { span } from '../../bench/lib/detect-records.ts';
import { rng } from './helpers.ts';

/** What the graph did before: evict the Map's first key when full. */
function referenceSet(m: Map<string, string>, k: string, v: string, cap: number): void {
  if (m.size >= cap) m.delete(m.keys().next().value as string);
  m.set(k, v);
}

describe('FifoMap', () => {
  it('holds exactly what a Map evicting its first key holds, through sets, re-sets and deletes', () => {
    for (const seed of [1, 2, 3]) {
      const r = rng(seed);
      const cap = 50;
      const ref = new Map<string, string>();
      const f = new FifoMap<string>(cap);
      for (let i = 0; i < 20_000; i++) {
        // A small key space so keys are re-set, deleted and re-inserted often.
        const k = `k${Math.floor(r() * 120)}`;
        if (r() < 0.3) {
          expect(f.delete(k)).toBe(ref.delete(k));
        } else {
          referenceSet(ref, k, `v${i}`, cap);
          f.set(k, `v${i}`);
        }
        if (i % 97 === 0) expect([...f.keys()]).toEqual([...ref.keys()]);
      }
      expect([...f.keys()].map((k) => f.get(k))).toEqual([...ref.values()]);
    }
  });

  it('keeps its key queue bounded when keys leave by delete and the map never fills', () => {
    const f = new FifoMap<string>(1000);
    for (let i = 0; i < 100_000; i++) {
      f.set(`s${i}`, 'svc');
      f.delete(`s${i}`);
    }
    expect(f.size).toBe(0);
    expect((f as unknown as { queue: string[] }).queue.length).toBeLessThan(200);
  });
});

describe('ServiceGraph: where a trace failed', () => {
  // frontend → checkout (server) → its call to payments (client, 401) → payments (server, 401 is
  // not an error on a server span) → its call to auth (client, 401) → auth (server, fine too).
  function trace(order: (spans: SpanRecord[]) => SpanRecord[]): readonly string[] | undefined {
    const traceId = 'a'.repeat(32);
    const fe = span('frontend', 'POST /checkout', 100, 50, { traceId, status: 401 });
    const co = span('checkout', 'POST /checkout', 95, 40, { traceId, status: 401 });
    const call = span('checkout', 'POST', 90, 30, { traceId, kind: SpanKind.CLIENT, status: 401, error: true });
    const pay = span('payments', 'POST /charge', 88, 25, { traceId, status: 401 });
    const callAuth = span('payments', 'GET', 86, 10, { traceId, kind: SpanKind.CLIENT, status: 401, error: true });
    const auth = span('auth', 'GET /verify', 85, 5, { traceId, status: 401 });
    const check = span('auth', 'GET /verify', 99, 2, { traceId });
    co.parentSpanId = fe.spanId;
    call.parentSpanId = co.spanId;
    pay.parentSpanId = call.spanId;
    callAuth.parentSpanId = pay.spanId;
    auth.parentSpanId = callAuth.spanId;
    check.parentSpanId = fe.spanId;
    const g = new ServiceGraph();
    g.observe(order([fe, co, call, pay, callAuth, auth, check]));
    return g.failingOf(traceId);
  }

  it('a failed call fails in the service that answered it, whichever span comes first', () => {
    expect([...(trace((s) => s) ?? [])].sort()).toEqual(['auth', 'payments']);
    expect([...(trace((s) => [...s].reverse()) ?? [])].sort()).toEqual(['auth', 'payments']);
  });

  it('a trace where nothing failed has no failing service', () => {
    const g = new ServiceGraph();
    g.observe([span('frontend', 'GET /', 10, 5, { traceId: 'b'.repeat(32) })]);
    expect(g.failingOf('b'.repeat(32))).toBeUndefined();
  });
});

describe('ServiceGraph: where a request spent its time', () => {
  // frontend (900 ms) checks the session at auth (4 ms) and calls checkout (850 ms), which calls
  // inventory (800 ms) and payments (20 ms); each call a client span, as the HTTP instrumentation
  // records them.
  function graph(order: (spans: SpanRecord[]) => SpanRecord[]): ServiceGraph {
    const traceId = 'c'.repeat(32);
    const spans: SpanRecord[] = [];
    const call = (parent: SpanRecord, service: string, name: string, end: number, ms: number): SpanRecord => {
      const c = span(parent.resource.serviceName, 'GET', end + 1, ms + 2, { traceId, kind: SpanKind.CLIENT });
      const s = span(service, name, end, ms, { traceId });
      c.parentSpanId = parent.spanId;
      s.parentSpanId = c.spanId;
      spans.push(s, c);
      return s;
    };
    const fe = span('frontend', 'POST /cart/checkout', 1000, 900, { traceId });
    call(fe, 'auth', 'GET /verify', 110, 4);
    const co = call(fe, 'checkout', 'POST /orders', 990, 850);
    call(co, 'inventory', 'GET /stock', 950, 800);
    call(co, 'payments', 'POST /charge', 980, 20);
    spans.push(fe);
    const g = new ServiceGraph();
    g.observe(order(spans));
    return g;
  }

  it('names the services called that took at least half as long, whichever span comes first', () => {
    for (const order of [(s: SpanRecord[]) => s, (s: SpanRecord[]) => [...s].reverse()]) {
      const g = graph(order);
      expect(g.timeWentTo('c'.repeat(32), 'frontend')?.sort()).toEqual(['checkout', 'inventory']);
      expect(g.timeWentTo('c'.repeat(32), 'checkout')).toEqual(['inventory']);
      expect(g.timeWentTo('c'.repeat(32), 'inventory')).toEqual([]);
    }
  });

  it('does not know for a service whose part of the trace has not arrived', () => {
    const g = graph((s) => s);
    expect(g.timeWentTo('c'.repeat(32), 'catalog')).toBeUndefined();
    expect(g.timeWentTo('d'.repeat(32), 'frontend')).toBeUndefined();
  });
});

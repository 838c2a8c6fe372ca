// Diagnoses of faults as the demo shop's real instrumentation reports them, each a case the
// scoreboard got wrong: an HTTP 500 whose own text says the configuration is invalid, node-postgres
// running out of pooled connections, and a memory leak paging while another service happens to
// fail requests in the same window.
import { describe, expect, it } from 'vitest';
import { diagnoseEvent } from '../../src/diagnose/engine.ts';
import type { TraceWindow } from '../../src/diagnose/graph-query.ts';
import type { SpanRow } from '../../src/diagnose/graph-types.ts';
import { loadRules } from '../../src/diagnose/rules/index.ts';
import type { DetectedEvent } from '../../src/records.ts';

const T = Date.UTC(2026, 0, 1, 12);

interface Failure {
  service: 'checkout' | 'auth';
  status: string;
  message: string;
}

/** frontend → checkout (→ inventory → pg) and frontend → auth; `fail` makes one service answer with an error. */
function trace(i: number, t: number, fail: Failure | null): SpanRow[] {
  const id = i.toString(16).padStart(32, '0');
  const s = (n: number) => `${i.toString(16).padStart(12, '0')}${n.toString(16).padStart(4, '0')}`;
  const bad = (svc: string) => fail !== null && fail.service === svc;
  const server = (n: number, parent: number, service: string, name: string, dur: number): SpanRow => ({
    traceId: id, spanId: s(n), parentSpanId: parent ? s(parent) : '', service, name, kind: 'Server',
    status: bad(service) ? 'Error' : 'Unset', statusMessage: bad(service) ? fail!.message : '', startMs: t + n, durationMs: dur,
    attributes: { 'http.response.status_code': bad(service) ? fail!.status : '200' },
  });
  const client = (n: number, parent: number, service: string, port: string, callee: string): SpanRow => ({
    traceId: id, spanId: s(n), parentSpanId: s(parent), service, name: 'POST', kind: 'Client',
    status: bad(callee) ? 'Error' : 'Unset', statusMessage: '', startMs: t + n, durationMs: 20,
    attributes: { 'http.response.status_code': bad(callee) ? fail!.status : '200', 'server.address': '127.0.0.1', 'server.port': port },
  });
  return [
    server(1, 0, 'frontend', 'POST /checkout', 60),
    client(2, 1, 'frontend', '4101', 'auth'),
    { ...server(3, 2, 'auth', 'POST /verify', 5), attributes: { ...server(3, 2, 'auth', 'POST /verify', 5).attributes, 'server.port': '4101' } },
    client(4, 1, 'frontend', '4102', 'checkout'),
    { ...server(5, 4, 'checkout', 'POST /checkout', 40), attributes: { ...server(5, 4, 'checkout', 'POST /checkout', 40).attributes, 'server.port': '4102' } },
    {
      traceId: id, spanId: s(6), parentSpanId: s(5), service: 'checkout', name: 'pg.query:SELECT', kind: 'Client', status: 'Unset', statusMessage: '',
      startMs: t + 6, durationMs: 3, attributes: { 'db.system.name': 'postgresql', 'db.namespace': 'shop', 'server.address': '127.0.0.1', 'server.port': '5432' },
    },
  ];
}

function window(fail: Failure | null, share = 0.6): TraceWindow {
  const incident: SpanRow[] = [];
  const baseline: SpanRow[] = [];
  for (let i = 0; i < 40; i++) baseline.push(...trace(i, T - 600_000 + i * 1000, null));
  for (let i = 40; i < 90; i++) incident.push(...trace(i, T + (i - 40) * 1000, (i % 10) / 10 < share ? fail : null));
  return { incident, baseline, sampledTraceIds: new Set(incident.map((r) => r.traceId)), trafficShare: 1, logs: [] };
}

function event(over: Partial<DetectedEvent> & Pick<DetectedEvent, 'seriesKey' | 'serviceName'>): DetectedEvent {
  return {
    id: '7c1f3a52-0000-4000-8000-000000000002', action: 'open', fingerprint: 'det:y', severity: 'HIGH', category: 'API', message: 'error rate up',
    sourceComponent: 'x', openedAt: T, updatedAt: T + 40_000,
    context: { series: over.seriesKey, values: [[T, 0.6]], baselines: {}, scores: {}, exemplarTraceIds: [] },
    ...over,
  };
}

/** Checkout answering in 1.5 s in every incident trace, and the frontend waiting for it. */
function slowCheckout(): TraceWindow {
  const w = window(null);
  w.incident = w.incident.map((r) => (r.service === 'checkout' && r.kind === 'Server' ? { ...r, durationMs: 1500 } : r.attributes['server.port'] === '4102' || r.parentSpanId === '' ? { ...r, durationMs: 1520 } : r));
  return w;
}

/** The frontend's p95 latency incident that such a window explains. */
function frontendSlowEvent(): DetectedEvent {
  const ev = event({
    seriesKey: 'span|frontend||p95_ms', serviceName: 'frontend', category: 'PERFORMANCE', sourceComponent: 'frontend (all requests)',
    message: 'p95 latency (ms) of POST (frontend) at 1534, expected ≈ 170, limit 2000',
  });
  ev.context = { ...ev.context, values: [[T, 1534]], baselines: { value: 1534, median: 170, limit: 2000 } };
  return ev;
}

const diagnose = (e: DetectedEvent, w: TraceWindow) =>
  diagnoseEvent(e, { rules: loadRules({}), fetchWindow: async () => w, classifier: null, miner: null, confidenceThreshold: 0.7 });

describe('faults as the shop reports them', () => {
  it('a 500 whose message says the configuration is invalid is CONFIGURATION, not a generic API error', async () => {
    const w = window({ service: 'checkout', status: '500', message: 'invalid configuration v8: pricing.tax_rate is not a number (got "7,5%")' });
    const d = await diagnose(event({ seriesKey: 'span|frontend||error_rate', serviceName: 'frontend' }), w);
    expect(d.category).toBe('CONFIGURATION');
    expect(d.rootCause.service).toBe('checkout');
  });

  it("an incident opened by an error signature reads its own records' traces, not the window's other failure", async () => {
    // Checkout refuses with 503 (its database is down) in half the traces; auth rejects sessions
    // in the other, more numerous ones. The incident is checkout's new error signature.
    const w = window(null);
    w.incident = [];
    const mine: string[] = [];
    for (let i = 200; i < 260; i++) {
      const fail: Failure = i % 3 === 0 ? { service: 'checkout', status: '503', message: 'connect ECONNREFUSED 127.0.0.1:5432' } : { service: 'auth', status: '401', message: 'jwt expired' };
      const rows = trace(i, T + (i - 200) * 500, fail);
      if (fail.service === 'checkout' && mine.length < 10) mine.push(rows[0].traceId);
      w.incident.push(...rows);
    }
    const ev = event({ seriesKey: 'frontend|Error: checkout answered <num>: connect ECONNREFUSED <ip>', serviceName: 'frontend', category: 'DATABASE' });
    ev.context = { ...ev.context, detectKind: 'signature', exemplarTraceIds: mine, exceptionMessage: 'checkout answered 503: connect ECONNREFUSED 127.0.0.1:5432' };
    const d = await diagnose(ev, w);
    expect(d.rootCause.service).toBe('checkout');
    expect(d.category).not.toBe('AUTHENTICATION');
    // A series incident of the same service reads every trace: there, auth's failures dominate.
    const series = await diagnose(event({ seriesKey: 'span|frontend||error_rate', serviceName: 'frontend' }), w);
    expect(series.rootCause.service).toBe('auth');
  });

  it("an error signature whose records' traces are not stored yet is read on the service's own failing traces", async () => {
    // checkout verifies each session with auth; some clients' sessions are rejected (401) all
    // the time. checkout starts failing on a bad configuration, logs it, and the log arrives
    // before the spans of those requests: of the records' traces only one is stored yet.
    const call = (id: string, n: number, t: number, auth401: boolean, broken: boolean): SpanRow[] => {
      const s = (k: number) => `${n.toString(16).padStart(12, '0')}${k.toString(16).padStart(4, '0')}`;
      const span = (k: number, parent: number, service: string, name: string, kind: SpanRow['kind'], error: boolean, attributes: Record<string, string> = {}): SpanRow => ({
        traceId: id, spanId: s(k), parentSpanId: parent ? s(parent) : '', service, name, kind, status: error ? 'Error' : 'Unset',
        statusMessage: error && service === 'checkout' ? 'invalid configuration v8: pricing.tax_rate is not a number' : '', startMs: t + k, durationMs: 20 - k, attributes,
      });
      return [
        // As the HTTP instrumentation marks them: a 4xx is an error on the client span only.
        span(1, 0, 'checkout', 'POST /checkout', 'Server', broken, { 'http.response.status_code': broken ? '500' : auth401 ? '401' : '200' }),
        span(2, 1, 'checkout', 'POST', 'Client', auth401, { 'server.address': '127.0.0.1', 'server.port': '4101', 'http.response.status_code': auth401 ? '401' : '200' }),
        span(3, 2, 'auth', 'POST /verify', 'Server', false, { 'server.port': '4101', 'http.response.status_code': auth401 ? '401' : '200' }),
      ];
    };
    const w = window(null);
    w.baseline = [];
    w.incident = [];
    for (let i = 0; i < 60; i++) w.baseline.push(...call(i.toString(16).padStart(32, '0'), i, T - 600_000 + i * 1000, i % 10 === 0, false));
    const records: string[] = [];
    for (let i = 100; i < 160; i++) {
      const id = i.toString(16).padStart(32, '0');
      const broken = i >= 150 && i % 3 === 0;
      if (broken) records.push(id);
      // The rejected sessions happen to be more frequent in this window than before.
      w.incident.push(...call(id, i, T + (i - 100) * 500, !broken && i % 4 === 0, broken));
    }
    const ev = event({ seriesKey: 'checkout|Error: invalid configuration v<num>: pricing.tax_rate is not a number', serviceName: 'checkout', category: 'CONFIGURATION' });
    // Detection saw five records; only the first one's trace has been stored.
    ev.context = { ...ev.context, detectKind: 'signature', exemplarTraceIds: [records[0], 'f'.repeat(32), 'e'.repeat(32), 'd'.repeat(32), 'c'.repeat(32)], exceptionMessage: 'invalid configuration v8: pricing.tax_rate is not a number' };
    const d = await diagnose(ev, w);
    expect(d.rootCause.service).toBe('checkout');
    expect(d.category).toBe('CONFIGURATION');
  });

  it('slow requests while a process is saturated are charged to that process, not to the spans that got long', async () => {
    // catalog's event loop is busy (a runaway task); on the shared host, auth answers slowly,
    // so the trace graph sees auth's time grow. catalog serves none of these traces.
    const w = window(null);
    w.incident = [];
    for (let i = 300; i < 350; i++) {
      const rows = trace(i, T + (i - 300) * 1000, null);
      rows[0].durationMs = 900;
      rows[1].durationMs = 800;
      rows[2].durationMs = 790;
      w.incident.push(...rows);
    }
    const e = () => event({ seriesKey: 'span|frontend|POST /checkout|p95_ms', serviceName: 'frontend', category: 'PERFORMANCE' });
    w.busy = [
      { service: 'catalog', metric: 'nodejs.eventloop.utilization', incident: 0.91, baseline: 0.1 },
      { service: 'auth', metric: 'nodejs.eventloop.utilization', incident: 0.15, baseline: 0.1 },
    ];
    const d = await diagnose(e(), w);
    expect(d.rootCause.service).toBe('catalog');
    expect(d.category).toBe('RESOURCE');
    expect(d.rule?.id).toBe('process-saturated');
    expect(d.explanation).toContain('saturated process');
    // A process somewhat busier than before is not saturated: the trace graph decides.
    w.busy = [{ service: 'catalog', metric: 'nodejs.eventloop.utilization', incident: 0.3, baseline: 0.1 }];
    expect((await diagnose(e(), w)).rootCause.service).toBe('auth');
    // Nor does busyness decide an incident about errors.
    const failing = window({ service: 'checkout', status: '500', message: 'invalid configuration v8' });
    failing.busy = [{ service: 'catalog', metric: 'nodejs.eventloop.utilization', incident: 0.91, baseline: 0.1 }];
    const errors = await diagnose(event({ seriesKey: 'span|frontend||error_rate', serviceName: 'frontend' }), failing);
    expect(errors.rootCause.service).toBe('checkout');
  });

  it("reads the window again when none of the records' traces is stored yet, and diagnoses on what it finds then", async () => {
    // The database refuses connections: inventory logs it before its spans are exported.
    const failing = window({ service: 'checkout', status: '503', message: 'connect ECONNREFUSED 127.0.0.1:5432' });
    const records = [...new Set(failing.incident.filter((r) => r.status === 'Error').map((r) => r.traceId))].slice(0, 5);
    const early: typeof failing = { ...failing, incident: failing.incident.filter((r) => !records.includes(r.traceId)) };
    let reads = 0;
    const ev = event({ seriesKey: 'checkout|Error: connect ECONNREFUSED <ip>:<num>', serviceName: 'checkout', category: 'NETWORK' });
    ev.context = { ...ev.context, detectKind: 'signature', exemplarTraceIds: records, exceptionMessage: 'connect ECONNREFUSED 127.0.0.1:5432' };
    const d = await diagnoseEvent(ev, {
      rules: loadRules({}), classifier: null, miner: null, confidenceThreshold: 0.7, windows: { traceWaitMs: 20 },
      fetchWindow: async () => (++reads === 1 ? early : failing),
    });
    expect(reads).toBe(2);
    expect(d.exemplarTraceIds.some((t) => records.includes(t))).toBe(true);
    // Stored from the start: read once.
    reads = 1;
    await diagnoseEvent(ev, { rules: loadRules({}), classifier: null, miner: null, confidenceThreshold: 0.7, windows: { traceWaitMs: 20 }, fetchWindow: async () => (++reads, failing) });
    expect(reads).toBe(2);
  });

  it("reads the window again while the records' traces hold only other services' spans (the reporting service's are still being exported)", async () => {
    const failing = window({ service: 'checkout', status: '500', message: 'invalid configuration v8' });
    const records = [...new Set(failing.incident.filter((r) => r.status === 'Error').map((r) => r.traceId))].slice(0, 5);
    // The frontend's spans of those traces are stored; checkout's (and what it called) not yet.
    const early: typeof failing = { ...failing, incident: failing.incident.filter((r) => !(records.includes(r.traceId) && r.service !== 'frontend')) };
    let reads = 0;
    const ev = event({ seriesKey: 'checkout|Error: invalid configuration v<num>', serviceName: 'checkout', category: 'CONFIGURATION' });
    ev.context = { ...ev.context, detectKind: 'signature', exemplarTraceIds: records, exceptionMessage: 'invalid configuration v8' };
    const d = await diagnoseEvent(ev, {
      rules: loadRules({}), classifier: null, miner: null, confidenceThreshold: 0.7, windows: { traceWaitMs: 1200 },
      fetchWindow: async () => (++reads <= 2 ? early : failing),
    });
    expect(reads).toBe(3);
    expect(d.rootCause.service).toBe('checkout');
  });

  it("waits for the answer of a failed call its callee answered: \"checkout answered 503\" is the database's refusal once checkout's spans are stored", async () => {
    // The frontend logs the 503 it got; its spans are exported, checkout's (whose pg connect was
    // refused) are still on their way. Read then, the trace shows only a failed call.
    const failing = window({ service: 'checkout', status: '503', message: 'connect ECONNREFUSED 127.0.0.1:5432' });
    // Server spans say where they listen, as the HTTP instrumentation records it; the refused
    // connect is checkout's pg span in error.
    const refused = new Set(failing.incident.filter((r) => r.service === 'checkout' && r.status === 'Error').map((r) => r.traceId));
    failing.incident = failing.incident.map((r) =>
      r.kind === 'Server' ? { ...r, attributes: { ...r.attributes, 'server.address': '127.0.0.1' } }
      : r.name.startsWith('pg.') && refused.has(r.traceId) ? { ...r, status: 'Error', statusMessage: 'connect ECONNREFUSED 127.0.0.1:5432' }
      : r);
    const records = [...new Set(failing.incident.filter((r) => r.status === 'Error').map((r) => r.traceId))].slice(0, 5);
    const early: typeof failing = { ...failing, incident: failing.incident.filter((r) => !(records.includes(r.traceId) && r.service !== 'frontend')) };
    const ev = event({ seriesKey: 'frontend|Error: checkout answered <num>: connect ECONNREFUSED <ip>:<num>', serviceName: 'frontend', category: 'NETWORK' });
    ev.context = { ...ev.context, detectKind: 'signature', exemplarTraceIds: records, exceptionMessage: 'checkout answered 503: connect ECONNREFUSED 127.0.0.1:5432' };
    let reads = 0;
    const run = (w: (n: number) => TraceWindow, traceWaitMs = 1200) =>
      diagnoseEvent(ev, { rules: loadRules({}), classifier: null, miner: null, confidenceThreshold: 0.7, windows: { traceWaitMs }, fetchWindow: async () => w(++reads) });
    const d = await run((n) => (n <= 2 ? early : failing));
    expect(reads).toBe(3);
    expect(d.category).toBe('DATABASE');
    expect(d.rootCause.service).toBe('postgresql/shop');
    // A call that got no answer at all (refused, reset) may never have the callee's spans: not waited for.
    const unanswered: typeof failing = {
      ...early,
      incident: early.incident.map((r) => (records.includes(r.traceId) && r.kind === 'Client' && r.status === 'Error' ? { ...r, attributes: { 'server.address': '127.0.0.1', 'server.port': '4102' } } : r)),
    };
    reads = 0;
    await run(() => unanswered);
    expect(reads).toBe(1);
    // Nor a status a proxy made up for a timeout (the conventions' error.type names the transport error).
    const proxied: typeof failing = {
      ...early,
      incident: early.incident.map((r) => (records.includes(r.traceId) && r.kind === 'Client' && r.status === 'Error' ? { ...r, attributes: { ...r.attributes, 'error.type': 'ETIMEDOUT' } } : r)),
    };
    reads = 0;
    await run(() => proxied);
    expect(reads).toBe(1);
  });

  it('a service called auth that got slow is PERFORMANCE: the names in the headline are not evidence', async () => {
    const w = window(null);
    // Slow everywhere; and, as always, auth refuses an expired session now and then (the client span is in error).
    const refused = new Set([...new Set(w.incident.map((r) => r.traceId))].filter((_, i) => i % 20 === 0));
    w.incident = w.incident.map((r) => {
      const x = r.service === 'auth' ? { ...r, durationMs: 300 } : r.attributes['server.port'] === '4101' ? { ...r, durationMs: 305 } : r.parentSpanId === '' ? { ...r, durationMs: 360 } : r;
      if (!refused.has(r.traceId) || r.attributes['server.port'] !== '4101') return x;
      return { ...x, status: r.kind === 'Client' ? 'Error' : x.status, attributes: { ...x.attributes, 'http.response.status_code': '401' } };
    });
    const ev = event({
      seriesKey: 'span|auth||p95_ms', serviceName: 'auth', category: 'PERFORMANCE', sourceComponent: 'auth (all requests)',
      message: 'p95 latency (ms) of auth (all requests) (auth) at 300, expected ≈ 5, limit 2000',
    });
    ev.context = { ...ev.context, values: [[T, 300]], baselines: { value: 300, median: 5, limit: 2000 } };
    const d = await diagnose(ev, w);
    expect(d.rootCause.service).toBe('auth');
    expect(d.category).toBe('PERFORMANCE');
    // What a record says still counts: the same service rejecting tokens is AUTHENTICATION.
    const rejecting = window({ service: 'auth', status: '401', message: 'invalid token' });
    const e401 = event({ seriesKey: 'span|frontend||error_rate', serviceName: 'frontend', message: 'error rate of frontend (all requests) (frontend) at 0.6' });
    expect((await diagnose(e401, rejecting)).category).toBe('AUTHENTICATION');
  });

  it('one request cut off during a latency incident is not its story; resets that recur are', async () => {
    // Seen on the scoreboard: a restart of a slow checkout cut one request off, frontend logged
    // `socket hang up`, and the latency incident's next diagnosis read NETWORK.
    const ev = frontendSlowEvent();
    const hangUp = (traceId: string) => ({ traceId, spanId: '', service: 'frontend', severity: 'ERROR', body: 'socket hang up', attributes: {} });

    const once = slowCheckout();
    once.logs = [hangUp('f'.repeat(32))];
    const d = await diagnose(ev, once);
    expect(d.rootCause.service).toBe('checkout');
    expect(d.category).toBe('PERFORMANCE');

    // The same reset in many requests is the network's doing, whatever got slow.
    const many = slowCheckout();
    many.logs = Array.from({ length: 5 }, (_, i) => hangUp(`${i}`.padStart(32, 'e')));
    expect((await diagnose(ev, many)).category).toBe('NETWORK');
  });

  it("sessions expiring at the front door are not the story of a service that slows behind it", async () => {
    // Seen on the third held-out set: inventory crept slower while some shoppers' tokens
    // expired; frontend logged `jwt expired` for each, and the slowdown was named AUTHENTICATION.
    const w = slowCheckout();
    // Rejected requests: frontend asks auth, auth answers 401, checkout is never called.
    const rejected = Array.from({ length: 6 }, (_, k) => trace(200 + k, T + k * 5000, { service: 'auth', status: '401', message: 'jwt expired' }).slice(0, 3));
    w.incident.push(...rejected.flat());
    const expired = (traces: SpanRow[][]) => traces.map((spans, k) => ({ traceId: spans[0].traceId, spanId: '', service: 'frontend', severity: 'ERROR', body: `jwt expired (session ${k})`, attributes: {} }));
    w.logs = expired(rejected);
    const ev = frontendSlowEvent();
    const d = await diagnose(ev, w);
    expect(d.rootCause.service).toBe('checkout');
    expect(d.category).toBe('PERFORMANCE');

    // The same records from requests that did reach checkout are its story.
    const reached = Array.from({ length: 6 }, (_, k) => trace(300 + k, T + k * 5000, null));
    const w2 = { ...w, incident: [...w.incident, ...reached.flat()], logs: expired(reached) };
    expect((await diagnose(ev, w2)).category).toBe('AUTHENTICATION');
  });

  it('a pool whose connections a leak holds is the database pool, before any request fails', async () => {
    const ev = event({
      seriesKey: 'metric|checkout|db.client.connection.utilization|db.client.connection.pool.name=127.0.0.1:5432/shop|value', serviceName: 'checkout', category: 'RESOURCE',
      sourceComponent: 'db.client.connection.utilization', message: 'utilisation of db.client.connection.utilization (checkout) at 0.880, expected ≈ 0.0600',
    });
    ev.context = { ...ev.context, values: [[T, 0.6], [T + 10_000, 0.88]], baselines: { ewma_expected: 0.06 } };
    const d = await diagnose(ev, window(null));
    expect([d.category, d.rule?.id, d.rootCause.service]).toEqual(['DATABASE', 'db-pool-saturated', 'checkout']);
    expect(d.probableCauses).toContain('connection_leak');
  });

  it("node-postgres' pool acquisition timeout is the database's connection pool", async () => {
    const w = window({ service: 'checkout', status: '503', message: 'timeout exceeded when trying to connect' });
    const d = await diagnose(event({ seriesKey: 'span|checkout|POST /checkout|error_rate', serviceName: 'checkout' }), w);
    expect(d.category).toBe('DATABASE');
    expect(d.probableCauses[0]).toBe('connection_pool_exhaustion');
  });

  it('when the pg instrumentation hides the cause behind a generic status, the error log of the same trace names it', async () => {
    const w = window(null);
    w.incident = [];
    w.logs = [];
    for (let i = 100; i < 150; i++) {
      const rows = trace(i, T + (i - 100) * 1000, null);
      const db = rows[5];
      if (i % 2 === 0) {
        // pg-pool waited its connectionTimeoutMillis for a connection, then gave up.
        Object.assign(db, { name: 'pg-pool.connect', status: 'Error', statusMessage: "PostgreSQL error of type 'Error' occurred (code: UNKNOWN)", durationMs: 1000 });
        Object.assign(rows[4], { status: 'Error', statusMessage: 'timeout exceeded when trying to connect', attributes: { ...rows[4].attributes, 'http.response.status_code': '503' } });
        w.logs.push({ traceId: db.traceId, spanId: rows[4].spanId, service: 'checkout', severity: 'ERROR', body: 'timeout exceeded when trying to connect', attributes: { 'error.type': 'HttpError' } });
      }
      w.incident.push(...rows);
    }
    const d = await diagnose(event({ seriesKey: 'span|frontend||p95_ms', serviceName: 'frontend', category: 'PERFORMANCE' }), w);
    expect(d.rootCause.service).toBe('postgresql/shop');
    expect(d.category).toBe('DATABASE');
    expect(d.rule?.id).toBe('db-pool-exhausted');
  });

  it('statements that got slow are PERFORMANCE even when the pool then times out: the pool is the consequence', async () => {
    const w = window(null);
    w.incident = [];
    w.logs = [];
    for (let i = 200; i < 250; i++) {
      const rows = trace(i, T + (i - 200) * 1000, null);
      const db = rows[5];
      if (i % 2 === 0) {
        Object.assign(db, { name: 'pg-pool.connect', status: 'Error', statusMessage: "PostgreSQL error of type 'Error' occurred (code: UNKNOWN)", durationMs: 1000 });
        Object.assign(rows[4], { status: 'Error', statusMessage: 'timeout exceeded when trying to connect', attributes: { ...rows[4].attributes, 'http.response.status_code': '503' } });
        w.logs.push({ traceId: db.traceId, spanId: rows[4].spanId, service: 'checkout', severity: 'ERROR', body: 'timeout exceeded when trying to connect', attributes: {} });
      } else {
        db.durationMs = 250; // the statement itself: a scan where an index used to be
      }
      w.incident.push(...rows);
    }
    const d = await diagnose(event({ seriesKey: 'span|frontend||p95_ms', serviceName: 'frontend', category: 'PERFORMANCE' }), w);
    expect(d.category).toBe('PERFORMANCE');
    expect(d.rule?.id).toBe('slow-statements');
    expect(d.recommendedActions).toContain('add_index');
    // The same when the incident is the pool timeout's new error signature: its own traces are
    // the ones that timed out, but statement time is read over the whole window.
    const timedOut = [...new Set(w.logs.map((l) => l.traceId))].slice(0, 10);
    const sig = event({ seriesKey: 'checkout|Error: timeout exceeded when trying to connect', serviceName: 'checkout', category: 'DATABASE' });
    sig.context = { ...sig.context, detectKind: 'signature', exemplarTraceIds: timedOut, exceptionMessage: 'timeout exceeded when trying to connect' };
    const s = await diagnose(sig, w);
    expect(s.category).toBe('PERFORMANCE');
    expect(s.rule?.id).toBe('slow-statements');
  });

  it('a database that went away is DATABASE even when its statements read as slow: hung statements end with their connection', async () => {
    // The scoreboard's database outage during a traffic surge: statements waited on the dead
    // server until their connections were cut, so statement time was 5x its usual and
    // slow-statements took the incident to PERFORMANCE (add_index) from the failover that was
    // fixing it.
    const w = window(null);
    w.incident = [];
    for (let i = 200; i < 240; i++) {
      const rows = trace(i, T + (i - 200) * 1000, null);
      if (i % 3 === 0) {
        Object.assign(rows[5], { status: 'Error', statusMessage: "PostgreSQL error of type 'Error' occurred (code: UNKNOWN)", durationMs: 900 });
        Object.assign(rows[4], { status: 'Error', statusMessage: 'Connection terminated unexpectedly', attributes: { ...rows[4].attributes, 'http.response.status_code': '502' } });
        w.logs.push({ traceId: rows[5].traceId, spanId: rows[4].spanId, service: 'checkout', severity: 'ERROR', body: 'Connection terminated unexpectedly', attributes: {} });
      } else rows[5].durationMs = 60;
      w.incident.push(...rows);
    }
    w.statements = [{ service: 'checkout', incident: { count: 40, p50Ms: 90 }, baseline: { count: 900, p50Ms: 12 } }];
    const sig = event({ seriesKey: 'checkout|Error: Connection terminated unexpectedly', serviceName: 'checkout', category: 'DATABASE' });
    sig.context = { ...sig.context, detectKind: 'signature', exemplarTraceIds: [...new Set(w.logs.map((l) => l.traceId))].slice(0, 10), exceptionMessage: 'Connection terminated unexpectedly' };
    const d = await diagnose(sig, w);
    expect([d.rule?.id, d.category]).toEqual(['db-server-gone', 'DATABASE']);
    // The same window read from the page on latency: the dead server's errors still decide.
    const lat = await diagnose(event({ seriesKey: 'span|frontend||p95_ms', serviceName: 'frontend', category: 'PERFORMANCE' }), w);
    expect(lat.category).toBe('DATABASE');
  });

  it('slow statements decide even when every sampled trace timed out at the pool; a slow database behind another service does not', async () => {
    const w = window(null);
    w.incident = [];
    for (let i = 200; i < 230; i++) {
      const rows = trace(i, T + (i - 200) * 1000, null);
      Object.assign(rows[5], { name: 'pg-pool.connect', status: 'Error', statusMessage: "PostgreSQL error of type 'Error' occurred (code: UNKNOWN)", durationMs: 1000 });
      Object.assign(rows[4], { status: 'Error', statusMessage: 'timeout exceeded when trying to connect', attributes: { ...rows[4].attributes, 'http.response.status_code': '503' } });
      w.logs.push({ traceId: rows[5].traceId, spanId: rows[4].spanId, service: 'checkout', severity: 'ERROR', body: 'timeout exceeded when trying to connect', attributes: {} });
      w.incident.push(...rows);
    }
    const e = () => event({ seriesKey: 'span|frontend||error_rate', serviceName: 'frontend', category: 'DATABASE' });
    w.statements = [{ service: 'checkout', incident: { count: 40, p50Ms: 800 }, baseline: { count: 900, p50Ms: 12 } }];
    const slow = await diagnose(e(), w);
    expect(slow.category).toBe('PERFORMANCE');
    expect(slow.rule?.id).toBe('slow-statements');
    w.statements = [
      { service: 'checkout', incident: { count: 40, p50Ms: 12 }, baseline: { count: 900, p50Ms: 12 } },
      { service: 'reporting', incident: { count: 40, p50Ms: 800 }, baseline: { count: 900, p50Ms: 12 } },
    ];
    const pool = await diagnose(e(), w);
    expect([pool.rule?.id, pool.category]).toEqual(['db-pool-exhausted', 'DATABASE']);
  });

  it('memory paging on its forecast is RESOURCE in the service that reports it, whoever else fails requests meanwhile', async () => {
    // auth answers some 401s in the same window (an unrelated client), which the trace graph would blame.
    const w = window({ service: 'auth', status: '401', message: 'jwt expired' }, 0.3);
    const e = event({
      seriesKey: 'metric|checkout|process.memory.utilization||value', serviceName: 'checkout', category: 'RESOURCE', severity: 'MEDIUM',
      message: 'process.memory.utilization of checkout at 0.78, limit 0.85, full in about 4 minutes',
      context: { series: 'x', values: [[T, 0.7], [T + 10_000, 0.78]], baselines: { limit: 0.85, time_to_exhaustion_ms: 240_000 }, scores: {}, exemplarTraceIds: [] },
    });
    const d = await diagnose(e, w);
    expect(d.category).toBe('RESOURCE');
    expect(d.rootCause.service).toBe('checkout');
    expect(d.explanation).toContain('its own resource series');
    // Connection resets in the same window (a crowded host) name a NETWORK rule at 0.87, above
    // memory pressure's 0.76: they are not what paged, so they do not decide.
    const resets = await diagnose(e, window({ service: 'checkout', status: '502', message: 'socket hang up' }, 0.3));
    expect(resets.category).toBe('RESOURCE');
    expect(resets.rule?.id).toBe('memory-pressure');
  });

  it('memory that grew outside the caches the service reports is a leak, not its cache: the actions for a cache do not come first', async () => {
    const e = event({
      seriesKey: 'metric|catalog|process.memory.utilization||value', serviceName: 'catalog', category: 'RESOURCE', severity: 'MEDIUM',
      message: 'utilisation of process.memory.utilization (catalog) at 0.72, limit 0.85',
      context: { series: 'x', values: [[T, 0.6], [T + 10_000, 0.72]], baselines: { limit: 0.85, time_to_exhaustion_ms: 33_000 }, scores: {}, exemplarTraceIds: [] },
    });
    const w = window(null);
    // 235 MB gained, 90 kB of it by the cache (a working set it filled during warm-up).
    w.memoryGrowth = { service: 'catalog', memoryBytes: 235e6, cacheBytes: 9e4, cacheMetrics: ['catalog.cache.size'] };
    const leak = await diagnose(e, w);
    expect([leak.category, leak.rule?.id, leak.rootCause.service]).toEqual(['RESOURCE', 'memory-growth-outside-cache', 'catalog']);
    expect(leak.probableCauses[0]).toBe('memory_leak');
    // The cache holding most of it is memory pressure as before (the cache's actions may come first).
    w.memoryGrowth = { service: 'catalog', memoryBytes: 235e6, cacheBytes: 2e8, cacheMetrics: ['catalog.cache.size'] };
    expect((await diagnose(e, w)).rule?.id).toBe('memory-pressure');
    // Without cache figures, too.
    delete w.memoryGrowth;
    expect((await diagnose(e, w)).rule?.id).toBe('memory-pressure');
  });

  it("an event loop that paged far over its usual level, under its limit, is the process saturated: RESOURCE at its service", async () => {
    // Seen on the scoreboard: a runaway task held inventory's loop at 0.55 from 0.06; with nothing
    // over the 0.8 limit no rule spoke, the diagnosis was UNKNOWN and nothing ran.
    const e = event({
      seriesKey: 'metric|inventory|nodejs.eventloop.utilization||value', serviceName: 'inventory', category: 'RESOURCE', severity: 'MEDIUM',
      message: 'utilisation of nodejs.eventloop.utilization (inventory) at 0.55, expected ≈ 0.06, limit 0.8',
      context: { series: 'x', values: [[T, 0.43], [T + 10_000, 0.55]], baselines: { value: 0.55, median: 0.06, limit: 0.8 }, scores: {}, exemplarTraceIds: [] },
    });
    const d = await diagnose(e, window(null));
    expect([d.category, d.rule?.id, d.rootCause.service]).toEqual(['RESOURCE', 'process-runaway', 'inventory']);
    // Under its limit, without more requests (the detector pages such a rise only then), the
    // process is busy with work of its own: a restart ends it; seen on held-out-8, a scale-out
    // halved payments' burn and left its loop five times its usual level.
    expect(d.recommendedActions[0]).toBe('restart_service');
    // Over its limit it may be load: more capacity first.
    const over = structuredClone(e);
    over.context.values = [[T, 0.85], [T + 10_000, 0.93]];
    over.context.baselines = { value: 0.93, median: 0.06, limit: 0.8 };
    const o = await diagnose(over, window(null));
    expect(o.category).toBe('RESOURCE');
    expect(o.recommendedActions[0]).toBe('scale_up');
    // As busy as it usually is (a crowded host's loop), it is not.
    const usual = structuredClone(e);
    usual.context.baselines = { value: 0.55, median: 0.5, limit: 0.8 };
    expect((await diagnose(usual, window(null))).rule?.id ?? '').not.toMatch(/process-/);
  });

  it('the same gauge far below its limit with no forecast is not called memory pressure', async () => {
    const e = event({
      seriesKey: 'metric|checkout|process.memory.utilization||value', serviceName: 'checkout', category: 'RESOURCE', severity: 'MEDIUM',
      context: { series: 'x', values: [[T, 0.4]], baselines: { limit: 0.85 }, scores: {}, exemplarTraceIds: [] },
    });
    const d = await diagnose(e, window(null));
    expect(d.rule?.id ?? null).not.toBe('memory-pressure');
  });
});

// Root-cause location on synthetic multi-service traces: pure over rows, then through the
// real embedded ClickHouse query with query-parameter binding.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrace, insertSpans, nextTraceId } from '../../bench/lib/diagnose-traces.ts';
import { buildDependencyGraph, upstreamOf } from '../../src/diagnose/graph-edges.ts';
import { fetchTraceWindow } from '../../src/diagnose/graph-query.ts';
import { awaitsAnswer, dependencyOf, groupTraces, rankRootCauses, selfTimeMs } from '../../src/diagnose/graph.ts';
import type { SpanRow } from '../../src/diagnose/graph-types.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { shopTrace } from '../../bench/lib/diagnose-shop.ts';

function traces(n: number, at: number, make: (i: number) => Parameters<typeof shopTrace>[0]): SpanRow[] {
  return Array.from({ length: n }, (_, i) => buildTrace(nextTraceId(), at + i * 1000, shopTrace(make(i)))).flat();
}

describe('graph primitives', () => {
  it('names silent dependencies from client span attributes', () => {
    const base: SpanRow = { traceId: 't', spanId: 's', parentSpanId: '', service: 'a', name: 'x', kind: 'Client', status: 'Unset', statusMessage: '', startMs: 0, durationMs: 1, attributes: {} };
    expect(dependencyOf({ ...base, attributes: { 'db.system': 'postgresql', 'db.name': 'orders' } })).toEqual({ id: 'postgresql/orders', kind: 'database' });
    expect(dependencyOf({ ...base, attributes: { 'peer.service': 'auth' } })).toEqual({ id: 'auth', kind: 'service' });
    expect(dependencyOf({ ...base, attributes: { 'server.address': 'api.stripe.com' } })).toEqual({ id: 'api.stripe.com', kind: 'external' });
    expect(dependencyOf({ ...base, kind: 'Server', attributes: { 'db.system': 'redis' } })).toBeNull();
  });

  it('a failed call waits for its answer only when an instrumented callee answered it', () => {
    const span = (spanId: string, parent: string, service: string, kind: SpanRow['kind'], status: SpanRow['status'], attributes: Record<string, string>): SpanRow => ({
      traceId: 't', spanId, parentSpanId: parent, service, name: 'x', kind, status, statusMessage: '', startMs: 0, durationMs: 10, attributes,
    });
    // inventory answers on this port in the window (another trace), so the call is to a service of ours.
    const listener = { ...span('z', '', 'inventory', 'Server', 'Unset', { 'server.address': '127.0.0.1', 'server.port': '4100' }), traceId: 'u' };
    const call = (attributes: Record<string, string>) => [
      span('a', '', 'frontend', 'Server', 'Error', {}),
      span('b', 'a', 'frontend', 'Client', 'Error', { 'server.address': '127.0.0.1', 'server.port': '4100', ...attributes }),
    ];
    const waits = (rows: SpanRow[]) => groupTraces(rows, [...rows, listener]).some(awaitsAnswer);
    expect(waits(call({ 'http.response.status_code': '503' }))).toBe(true);
    expect(waits(call({ 'http.response.status_code': '503', 'error.type': '503' }))).toBe(true);
    expect(waits([...call({ 'http.response.status_code': '503' }), span('c', 'b', 'inventory', 'Server', 'Error', {})])).toBe(false);
    // No answer, or one a proxy made up for a transport error: the callee may never have seen it.
    expect(waits(call({}))).toBe(false);
    expect(waits(call({ 'http.response.status_code': '500', 'error.type': 'ETIMEDOUT' }))).toBe(false);
    expect(waits(call({ 'rpc.grpc.status_code': '14' }))).toBe(false);
    expect(waits(call({ 'rpc.grpc.status_code': '13' }))).toBe(true);
    // A third party (no spans of its own anywhere) never answers with spans.
    expect(groupTraces(call({ 'http.response.status_code': '503' })).some(awaitsAnswer)).toBe(false);
  });

  it('a call whose callee answered in no trace being read is charged to the service listening there in the window', () => {
    const span = (traceId: string, spanId: string, parent: string, service: string, kind: SpanRow['kind'], status: SpanRow['status'], attributes: Record<string, string>): SpanRow => ({
      traceId, spanId, parentSpanId: parent, service, name: 'x', kind, status, statusMessage: '', startMs: 0, durationMs: 10, attributes,
    });
    // checkout's call to inventory timed out: inventory's span of it is not there (yet).
    const failing = [
      span('t1', 'a', '', 'checkout', 'Server', 'Error', {}),
      span('t1', 'b', 'a', 'checkout', 'Client', 'Error', { 'server.address': '127.0.0.1', 'server.port': '41937' }),
    ];
    // inventory answers other requests of the window on that port.
    const other = [span('t2', 'c', '', 'inventory', 'Server', 'Unset', { 'server.address': '127.0.0.1', 'server.port': '41937' })];
    const alone = rankRootCauses(failing, [], { signal: 'errors' });
    expect(alone[0].node).toEqual({ id: '127.0.0.1', kind: 'external' });
    const inWindow = rankRootCauses(failing, [], { signal: 'errors', window: [...failing, ...other] });
    expect(inWindow[0].node).toEqual({ id: 'inventory', kind: 'service' });
  });

  it('self time subtracts the union of overlapping children', () => {
    const p: SpanRow = { traceId: 't', spanId: 'p', parentSpanId: '', service: 'a', name: 'x', kind: 'Server', status: 'Unset', statusMessage: '', startMs: 0, durationMs: 100, attributes: {} };
    const c = (s: number, d: number): SpanRow => ({ ...p, spanId: `c${s}`, parentSpanId: 'p', startMs: s, durationMs: d });
    expect(selfTimeMs(p, [c(10, 30), c(20, 30), c(80, 50)])).toBe(100 - 40 - 20);
  });

  it('builds caller → callee edges including silent databases', () => {
    const g = buildDependencyGraph(traces(3, 1_000, () => ({})));
    const pairs = g.edges.map((e) => `${e.from}>${e.to}`).sort();
    expect(pairs).toEqual(['checkout>payments', 'checkout>postgresql/orders', 'frontend>checkout', 'frontend>recommendation', 'payments>postgresql/payments']);
    expect(upstreamOf(g, 'payments')).toEqual(['checkout', 'frontend']);
  });
});

describe('rankRootCauses', () => {
  it('finds an error that originates two hops down, past a noisy but healthy decoy', () => {
    const baseline = traces(40, 0, (i) => ({ decoyFails: i % 3 === 0 }));
    const incident = traces(40, 100_000, (i) => ({ paymentsFails: i % 2 === 0, decoyFails: i % 3 === 0 }));
    const [top, second] = rankRootCauses(incident, baseline, { signal: 'errors' });
    expect(top.node).toEqual({ id: 'payments', kind: 'service' });
    expect(top.evidence.originRate).toBe(0.5);
    expect(top.evidence.exemplarTraceIds.length).toBeGreaterThan(0);
    expect(top.score).toBeGreaterThan(0.7);
    // The decoy errs as often as in the baseline, so it explains none of the incident.
    const decoy = rankRootCauses(incident, baseline, { signal: 'errors', limit: 20 }).find((c) => c.node.id === 'recommendation');
    expect(decoy?.score ?? 0).toBeLessThan(0.05);
    expect(second.score).toBeLessThan(top.score);
  });

  it('blames a database that sends no telemetry for latency seen on client spans', () => {
    const baseline = traces(30, 0, () => ({ dbMs: 3 }));
    const incident = traces(30, 100_000, () => ({ dbMs: 400 }));
    const [top] = rankRootCauses(incident, baseline, { signal: 'latency' });
    expect(top.node).toEqual({ id: 'postgresql/orders', kind: 'database' });
    expect(top.evidence.latencyRatio).toBeGreaterThan(50);
    expect(top.score).toBeGreaterThan(0.9);
  });

  it('prefers detection exemplars as evidence', () => {
    const incident = traces(10, 0, () => ({ paymentsFails: true }));
    const want = incident[incident.length - 1].traceId;
    const [top] = rankRootCauses(incident, [], { signal: 'errors', exemplarTraceIds: [want] });
    expect(top.evidence.exemplarTraceIds[0]).toBe(want);
  });
});

describe('fetchTraceWindow against embedded ClickHouse', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-graph-'));
  let ch: ClickHouseHandle;
  beforeAll(async () => {
    ch = openClickHouse({ url: '', username: '', password: '', dataDir: dir, requestTimeoutMs: 60_000 });
    await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  });
  afterAll(async () => {
    await ch?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads both windows and ranks the two-hop origin; hostile ids stay data', async () => {
    const now = Date.now();
    const baseline = traces(20, now - 30 * 60_000, (i) => ({ decoyFails: i % 4 === 0 }));
    const incident = traces(20, now - 4 * 60_000, (i) => ({ paymentsFails: i % 2 === 1, decoyFails: i % 4 === 0 }));
    await insertSpans(ch.client, 'otel', [...baseline, ...incident]);
    const w = await fetchTraceWindow(ch.client, 'otel', {
      service: 'checkout', fromMs: now - 5 * 60_000, toMs: now + 60_000, baselineMs: 40 * 60_000,
      exemplarTraceIds: [incident[0].traceId, "x') OR 1=1 --", '$(rm -rf /)'], maxTraces: 50,
    });
    expect(new Set(w.incident.map((s) => s.traceId)).size).toBe(20);
    expect(new Set(w.baseline.map((s) => s.traceId)).size).toBe(20);
    expect(w.trafficShare).toBe(1);
    const withException = w.incident.find((s) => s.service === 'payments' && s.status === 'Error');
    expect(withException?.attributes['http.response.status_code']).toBe('503');
    const [top] = rankRootCauses(w.incident, w.baseline, { signal: 'errors' });
    expect(top.node.id).toBe('payments');
  });

  it('reads statement time per service over every span of both windows, not only the sampled traces, and from the onset on', async () => {
    const now = Date.now() + 3_600_000; // clear of the test above
    const baseline = traces(12, now - 30 * 60_000, () => ({ dbMs: 4 }));
    // Normal statements in the look-back before the onset would outvote the first slow ones.
    const lookback = traces(30, now - 5 * 60_000, () => ({ dbMs: 4 }));
    const incident = traces(12, now - 4 * 60_000, () => ({ dbMs: 200 }));
    // Opening a connection is the pool's time: a slow connect must not count as a slow statement.
    const connects = traces(12, now - 3 * 60_000, () => ({})).filter((s) => s.name === 'SELECT cart').map((s) => ({ ...s, name: 'pg.connect', durationMs: 5_000 }));
    await insertSpans(ch.client, 'otel', [...baseline, ...lookback, ...incident, ...connects]);
    const w = await fetchTraceWindow(ch.client, 'otel', { service: 'frontend', fromMs: now - 5 * 60_000, onsetMs: now - 4 * 60_000, toMs: now + 60_000, baselineMs: 40 * 60_000, exemplarTraceIds: [], maxTraces: 2 });
    const by = Object.fromEntries((w.statements ?? []).map((t) => [t.service, t]));
    expect(by.checkout.incident).toEqual({ count: 12, p50Ms: expect.closeTo(200, 0) });
    expect(by.checkout.baseline).toEqual({ count: 12, p50Ms: expect.closeTo(4, 0) });
    expect(by.payments.incident.count).toBe(12);
    expect(by.payments.incident.p50Ms / by.payments.baseline.p50Ms).toBeCloseTo(1, 1);
  });

  it('reads how busy each process was before the onset and since, from the runtime gauges', async () => {
    const now = Date.now() + 2 * 3_600_000; // clear of the tests above
    const at = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
    const point = (service: string, metric: string, ms: number, value: number) => ({ ServiceName: service, MetricName: metric, TimeUnix: at(ms), Value: value });
    const rows = [];
    for (let k = 0; k < 10; k++) {
      rows.push(point('catalog', 'nodejs.eventloop.utilization', now - 8 * 60_000 + k * 10_000, 0.1));
      rows.push(point('catalog', 'nodejs.eventloop.utilization', now - 3 * 60_000 + k * 10_000, 0.9));
      rows.push(point('auth', 'process.cpu.utilization', now - 8 * 60_000 + k * 10_000, 0.2));
      rows.push(point('auth', 'process.cpu.utilization', now - 3 * 60_000 + k * 10_000, 0.2));
      // Not a utilisation: not read.
      rows.push(point('catalog', 'process.memory.usage', now - 3 * 60_000 + k * 10_000, 5e8));
    }
    await ch.client.insert({ table: 'otel.otel_metrics_gauge', values: rows, format: 'JSONEachRow' });
    const w = await fetchTraceWindow(ch.client, 'otel', { service: 'frontend', fromMs: now - 5 * 60_000, onsetMs: now - 4 * 60_000, toMs: now + 60_000, baselineMs: 40 * 60_000, exemplarTraceIds: [], maxTraces: 2, busy: true });
    const by = Object.fromEntries((w.busy ?? []).map((b) => [`${b.service} ${b.metric}`, [b.incident, b.baseline]]));
    expect(by).toEqual({
      'catalog nodejs.eventloop.utilization': [expect.closeTo(0.9, 5), expect.closeTo(0.1, 5)],
      'auth process.cpu.utilization': [expect.closeTo(0.2, 5), expect.closeTo(0.2, 5)],
    });
    // Only asked for by latency incidents.
    const unasked = await fetchTraceWindow(ch.client, 'otel', { service: 'frontend', fromMs: now - 5 * 60_000, onsetMs: now - 4 * 60_000, toMs: now + 60_000, baselineMs: 40 * 60_000, exemplarTraceIds: [], maxTraces: 2 });
    expect(unasked.busy).toEqual([]);
  });

  it("reads how much a service's memory and its caches in bytes grew over the window, for memory incidents", async () => {
    const now = Date.now() + 3 * 3_600_000; // clear of the tests above
    const at = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
    const point = (service: string, metric: string, unit: string, ms: number, value: number, instance = 'a') => ({ ServiceName: service, ResourceAttributes: { 'service.instance.id': instance }, MetricName: metric, MetricUnit: unit, TimeUnix: at(ms), Value: value });
    const rows = [];
    for (let k = 0; k < 20; k++) {
      const ms = now - 4 * 60_000 + k * 10_000;
      // A leak: memory climbs 2 MB a point while the cache keeps its size.
      rows.push(point('pricing', 'process.memory.usage', 'By', ms, 1e8 + k * 2e6));
      rows.push(point('pricing', 'pricing.cache.bytes', 'By', ms, 5e5 + (k % 2) * 1e4));
      // Entries are not bytes: not read.
      rows.push(point('pricing', 'pricing.cache.entries', '{entry}', ms, 100 + k * 50));
      // A bloating cache holds what memory gained, and reaches its peak before a clear.
      rows.push(point('search', 'process.memory.usage', 'By', ms, 1e8 + k * 2e6));
      rows.push(point('search', 'search.cache.size', 'By', ms, k < 18 ? k * 1.9e6 : 0));
      // Another replica of pricing, larger and steady: its size is not growth of the one that leaks.
      rows.push(point('pricing', 'process.memory.usage', 'By', ms, 3e8, 'b'));
      rows.push(point('pricing', 'pricing.cache.bytes', 'By', ms, 9e6, 'b'));
    }
    await ch.client.insert({ table: 'otel.otel_metrics_gauge', values: rows, format: 'JSONEachRow' });
    const ask = (service: string, memory?: boolean) => fetchTraceWindow(ch.client, 'otel', { service, fromMs: now - 5 * 60_000, onsetMs: now - 60_000, toMs: now + 60_000, baselineMs: 40 * 60_000, exemplarTraceIds: [], maxTraces: 2, memory });
    const leak = (await ask('pricing', true)).memoryGrowth;
    expect(leak).toMatchObject({ service: 'pricing', memoryBytes: 38e6, cacheMetrics: ['pricing.cache.bytes'] });
    expect(leak!.cacheBytes).toBe(1e4);
    const bloat = (await ask('search', true)).memoryGrowth;
    expect(bloat).toMatchObject({ memoryBytes: 38e6, cacheBytes: 17 * 1.9e6 });
    // Only asked for by memory incidents; and a service that reports no cache in bytes has none.
    expect((await ask('pricing')).memoryGrowth).toBeUndefined();
    expect((await ask('frontend', true)).memoryGrowth).toBeUndefined();
  });

  it('says so when the runtime gauges cannot be read, and still reads the traces', async () => {
    // A store a Collector writes may keep traces and logs but no gauge table.
    await ch.client.command({ query: 'CREATE DATABASE IF NOT EXISTS nogauges' });
    await ch.client.command({ query: 'CREATE TABLE IF NOT EXISTS nogauges.otel_traces AS otel.otel_traces' });
    await ch.client.command({ query: 'CREATE TABLE IF NOT EXISTS nogauges.otel_logs AS otel.otel_logs' });
    const now = Date.now();
    const w = await fetchTraceWindow(ch.client, 'nogauges', { service: 'frontend', fromMs: now - 60_000, toMs: now, baselineMs: 60_000, exemplarTraceIds: [], maxTraces: 2, busy: true });
    expect(w.busy).toEqual([]);
    expect(w.busyUnavailable).toMatch(/^process busyness unavailable: .*otel_metrics_gauge/);
  });
});

// A third-party API that answers with errors: the diagnosis is INTEGRATION, its root cause is the
// provider's host, with the service that calls it (the one a circuit breaker can act on) as the
// caller. A connection that cannot be made stays NETWORK.
import { describe, expect, it } from 'vitest';
import { diagnoseEvent } from '../../src/diagnose/engine.ts';
import type { TraceWindow } from '../../src/diagnose/graph-query.ts';
import type { SpanRow } from '../../src/diagnose/graph-types.ts';
import { loadRules } from '../../src/diagnose/rules/index.ts';
import type { DetectedEvent } from '../../src/records.ts';

const T = Date.UTC(2026, 0, 1, 12);

function trace(i: number, t: number, failing: 'answer' | 'connect' | null): SpanRow[] {
  const id = i.toString(16).padStart(32, '0');
  const s = (n: number) => `${i.toString(16).padStart(12, '0')}${n.toString(16).padStart(4, '0')}`;
  const err = failing !== null;
  return [
    { traceId: id, spanId: s(1), parentSpanId: '', service: 'checkout', name: 'POST /checkout', kind: 'Server', status: err ? 'Error' : 'Unset', statusMessage: '', startMs: t, durationMs: 40, attributes: { 'http.response.status_code': err ? '502' : '200' } },
    { traceId: id, spanId: s(2), parentSpanId: s(1), service: 'checkout', name: 'POST', kind: 'Client', status: err ? 'Error' : 'Unset', statusMessage: '', startMs: t + 1, durationMs: 35, attributes: { 'http.response.status_code': err ? '502' : '200', 'server.address': '127.0.0.1', 'server.port': '4100' } },
    { traceId: id, spanId: s(3), parentSpanId: s(2), service: 'payments', name: 'POST /charge', kind: 'Server', status: err ? 'Error' : 'Unset', statusMessage: '', startMs: t + 2, durationMs: 30, attributes: { 'http.response.status_code': err ? '502' : '200' } },
    {
      traceId: id, spanId: s(4), parentSpanId: s(3), service: 'payments', name: 'POST', kind: 'Client', status: err ? 'Error' : 'Unset', statusMessage: failing === 'connect' ? 'connect ECONNREFUSED 203.0.113.7:443' : '', startMs: t + 3, durationMs: 25,
      attributes: { 'server.address': 'api.provider.test', 'server.port': '443', ...(failing === 'answer' ? { 'http.response.status_code': '503' } : failing === 'connect' ? { 'error.type': 'ECONNREFUSED' } : { 'http.response.status_code': '200' }) },
      ...(failing === 'connect' ? { exception: { 'exception.type': 'Error', 'exception.message': 'connect ECONNREFUSED 203.0.113.7:443' } } : {}),
    },
  ];
}

function window(failing: 'answer' | 'connect'): TraceWindow {
  const incident: SpanRow[] = [];
  const baseline: SpanRow[] = [];
  for (let i = 0; i < 40; i++) baseline.push(...trace(i, T - 600_000 + i * 1000, null));
  for (let i = 40; i < 80; i++) incident.push(...trace(i, T + (i - 40) * 1000, i % 5 === 0 ? null : failing));
  return { incident, baseline, sampledTraceIds: new Set(incident.map((s) => s.traceId)), trafficShare: 1, logs: [] };
}

const event: DetectedEvent = {
  id: '7c1f3a52-0000-4000-8000-000000000001', action: 'open', fingerprint: 'det:x', severity: 'HIGH', category: 'API', message: 'error rate of POST /checkout (checkout) at 0.80, expected ≈ 0.00',
  sourceComponent: 'POST /checkout', serviceName: 'checkout', seriesKey: 'span|checkout|POST /checkout|error_rate', openedAt: T, updatedAt: T + 40_000,
  context: { series: 'span|checkout|POST /checkout|error_rate', values: [[T, 0.8]], baselines: {}, scores: {}, exemplarTraceIds: [] },
};

const diagnose = (w: TraceWindow) => diagnoseEvent(event, { rules: loadRules({}), fetchWindow: async () => w, classifier: null, miner: null, confidenceThreshold: 0.7 });

describe('an external dependency as the root cause', () => {
  it('a provider answering 503 is INTEGRATION, rooted at the provider with the service that calls it', async () => {
    const d = await diagnose(window('answer'));
    expect(d.category).toBe('INTEGRATION');
    expect(d.rootCause).toMatchObject({ service: 'api.provider.test', caller: 'payments', kind: 'external' });
  });

  it('a provider the caller names in peer.service (and that sends no spans) is the same third party', async () => {
    const w = window('answer');
    for (const r of [...w.incident, ...w.baseline]) if (r.attributes['server.address'] === 'api.provider.test') r.attributes['peer.service'] = 'payment-provider';
    const d = await diagnose(w);
    expect(d.category).toBe('INTEGRATION');
    expect(d.rootCause).toMatchObject({ service: 'payment-provider', caller: 'payments', kind: 'external' });
  });

  it('a provider that cannot be reached is NETWORK', async () => {
    const d = await diagnose(window('connect'));
    expect(d.category).toBe('NETWORK');
    expect(d.rootCause).toMatchObject({ service: 'api.provider.test', caller: 'payments' });
  });
});

describe('a call that never reached its callee', () => {
  it('is charged to the service listening at that address, not to an anonymous host', async () => {
    const mk = (i: number, t: number, reset: boolean): SpanRow[] => {
      const id = (1000 + i).toString(16).padStart(32, '0');
      const sid = (n: number) => `${(1000 + i).toString(16).padStart(12, '0')}${n.toString(16).padStart(4, '0')}`;
      const rows: SpanRow[] = [
        { traceId: id, spanId: sid(1), parentSpanId: '', service: 'checkout', name: 'POST /checkout', kind: 'Server', status: reset ? 'Error' : 'Unset', statusMessage: '', startMs: t, durationMs: 30, attributes: {} },
        { traceId: id, spanId: sid(2), parentSpanId: sid(1), service: 'checkout', name: 'GET', kind: 'Client', status: reset ? 'Error' : 'Unset', statusMessage: reset ? 'socket hang up' : '', startMs: t + 1, durationMs: 20, attributes: { 'server.address': '127.0.0.1', 'server.port': '4100', ...(reset ? { 'error.type': 'ECONNRESET' } : { 'http.response.status_code': '200' }) }, ...(reset ? { exception: { 'exception.type': 'Error', 'exception.message': 'socket hang up' } } : {}) },
      ];
      if (!reset) rows.push({ traceId: id, spanId: sid(3), parentSpanId: sid(2), service: 'inventory', name: 'GET /stock', kind: 'Server', status: 'Unset', statusMessage: '', startMs: t + 2, durationMs: 15, attributes: { 'server.address': '127.0.0.1', 'server.port': '4100', 'http.response.status_code': '200' } });
      return rows;
    };
    const baseline: SpanRow[] = [];
    const incident: SpanRow[] = [];
    for (let i = 0; i < 30; i++) baseline.push(...mk(i, T - 600_000 + i * 1000, false));
    for (let i = 30; i < 60; i++) incident.push(...mk(i, T + (i - 30) * 1000, i % 2 === 0));
    const d = await diagnose({ incident, baseline, sampledTraceIds: new Set(incident.map((s) => s.traceId)), trafficShare: 1, logs: [] });
    expect(d.rootCause).toMatchObject({ service: 'inventory', kind: 'service' });
    expect(d.category).toBe('NETWORK');
  });
});

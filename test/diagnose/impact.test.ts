// Blast radius over synthetic traces: upstream services, entry endpoints, traffic share from
// the unbiased sample only, user-facing versus internal.
import { describe, expect, it } from 'vitest';
import { buildTrace, nextTraceId, type SpanSpec } from '../../bench/lib/diagnose-traces.ts';
import { shopTrace } from '../../bench/lib/diagnose-shop.ts';
import { computeImpact } from '../../src/diagnose/impact.ts';

const rows = (specs: SpanSpec[]) => specs.flatMap((s, i) => buildTrace(nextTraceId(), i * 1000, s));

describe('computeImpact', () => {
  it('reaches every upstream caller and the user-facing entry point', () => {
    const incident = rows(Array.from({ length: 10 }, (_, i) => shopTrace({ paymentsFails: i < 4 })));
    const impact = computeImpact(incident, { id: 'payments', kind: 'service' }, { signal: 'errors' });
    expect(impact.affectedServices).toEqual(['payments', 'checkout', 'frontend']);
    expect(impact.affectedEndpoints).toEqual([{ service: 'frontend', endpoint: 'GET /buy', traces: 4 }]);
    expect(impact.systemImpact).toBe(0.4);
    expect(impact.userFacing).toBe(true);
  });

  it('scales the share by the traffic the sample was drawn from and ignores biased exemplars', () => {
    const incident = rows(Array.from({ length: 10 }, (_, i) => shopTrace({ paymentsFails: i < 5 })));
    const traceIds = [...new Set(incident.map((s) => s.traceId))];
    // Only the last five traces (one failing) are the unbiased sample; the first four are exemplars.
    const sampled = new Set(traceIds.slice(4));
    const impact = computeImpact(incident, { id: 'payments', kind: 'service' }, { signal: 'errors', sampledTraceIds: sampled, trafficShare: 0.5 });
    expect(impact.sampledTraces).toBe(6);
    expect(impact.affectedTraces).toBe(1);
    expect(impact.systemImpact).toBeCloseTo((1 / 6) * 0.5, 4);
  });

  it('counts latency-affected traces against the baseline self time; a silent database has no service of its own', () => {
    const incident = rows([shopTrace({ dbMs: 500 }), shopTrace({ dbMs: 3 })]);
    const impact = computeImpact(incident, { id: 'postgresql/orders', kind: 'database' }, { signal: 'latency', baselineSelfMsPerTrace: 3 });
    expect(impact.affectedServices).toEqual(['checkout', 'frontend']);
    expect(impact.affectedTraces).toBe(1);
    expect(impact.systemImpact).toBe(0.5);
  });

  it('is internal when the affected traces enter through a background job, not a server', () => {
    const job: SpanSpec = {
      service: 'billing', name: 'nightly-invoices', kind: 'Internal', selfMs: 5,
      children: [{ service: 'billing', name: 'POST ledger', kind: 'Client', selfMs: 2, status: 'Error', attrs: { 'peer.service': 'ledger' } }],
    };
    const impact = computeImpact(rows([job, job]), { id: 'ledger', kind: 'service' }, { signal: 'errors' });
    expect(impact.affectedServices).toEqual(['ledger', 'billing']);
    expect(impact.userFacing).toBe(false);
    expect(impact.systemImpact).toBe(1);
  });
});

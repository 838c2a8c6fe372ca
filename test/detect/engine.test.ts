import { describe, expect, it } from 'vitest';
import type { DetectedEvent } from '../../src/records.ts';
import { DetectEngine, type EngineOptions } from '../../src/detect/engine.ts';
import type { StepRollup } from '../../src/detect/series-types.ts';
import { log, rng } from '../../bench/lib/detect-records.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 6 * 3_600_000;

function route(service: string, name: string, t: number, p95: number, count = 50, errors = 0): StepRollup {
  return {
    key: `span|${service}|${name}`, kind: 'span', service, name, attrs: '', stepStart: t, stepMs: STEP, count, errors,
    value: p95 / 2, p50: p95 / 2, p95, p99: p95 * 1.2, min: 1, max: p95 * 1.5, exemplars: [`trace-${t}`], unit: '',
  };
}

function engine(o: Partial<EngineOptions> = {}) {
  const e = new DetectEngine({ stepMs: STEP, multivariate: false, ...o });
  const events: DetectedEvent[] = [];
  e.onEvent((ev) => events.push(ev));
  return { e, events };
}

/** Steady noisy traffic for two routes; `p95At(i)` overrides route A's latency at step i. */
function run(e: DetectEngine, steps: number, p95At: (i: number) => number | undefined, start = 0, service = 'checkout') {
  const r = rng(7 + start);
  for (let i = start; i < start + steps; i++) {
    const t = T0 + i * STEP;
    const a = p95At(i) ?? 100 + (r() - 0.5) * 10;
    e.processStep(t, [route(service, 'GET /a', t, a, 45 + Math.floor(r() * 10)), route(service, 'GET /b', t, 200 + (r() - 0.5) * 20, 45 + Math.floor(r() * 10))]);
  }
}

describe('detect engine', () => {
  it('opens exactly one event for a latency spike, updates the same event, closes after recovery', () => {
    const { e, events } = engine();
    run(e, 120, (i) => (i >= 60 && i < 80 ? 900 : undefined));
    const opens = events.filter((x) => x.action === 'open');
    expect(opens).toHaveLength(1);
    const ev = opens[0];
    expect(ev.seriesKey).toBe('span|checkout|GET /a|p95_ms');
    expect(ev.category).toBe('PERFORMANCE');
    expect(ev.openedAt).toBe(T0 + 60 * STEP);
    expect(ev.context.exemplarTraceIds.length).toBeGreaterThan(0);
    expect(ev.context.scores.robust_z).toBeGreaterThan(0);
    expect(ev.context.values.length).toBeGreaterThan(5);
    // Every later event is about the same incident (same id and fingerprint).
    expect(new Set(events.map((x) => x.id))).toEqual(new Set([ev.id]));
    const close = events.filter((x) => x.action === 'close');
    expect(close).toHaveLength(1);
    expect(close[0].closedAt).toBeGreaterThanOrEqual(T0 + 80 * STEP + 5 * STEP);
  });

  it('does not open an event for a two-step blip or for steady noise', () => {
    const { e, events } = engine();
    run(e, 200, (i) => (i === 100 || i === 101 ? 400 : undefined));
    expect(events).toHaveLength(0);
  });

  it('applies per-service threshold overrides from the first point', () => {
    const { e, events } = engine({ thresholds: { services: { strict: { response_time_ms: { max: 150 } } } } });
    // Both services run at 300 ms from the start: only the service whose limit is 150 ms is anomalous.
    for (let i = 0; i < 10; i++) {
      const t = T0 + i * STEP;
      e.processStep(t, [route('strict', 'GET /x', t, 300), route('lenient', 'GET /x', t, 300)]);
    }
    const opens = events.filter((x) => x.action === 'open');
    expect(opens.map((x) => x.serviceName)).toEqual(['strict']);
    expect(opens[0].context.baselines.limit).toBe(150);
    expect(['HIGH', 'CRITICAL']).toContain(opens[0].severity);
  });

  it('opens a CRITICAL event at once for a FATAL log record, and one per signature', () => {
    const { e, events } = engine();
    const t = T0 + 5 * STEP;
    e.observeLogs([log('payments', t, 21, 'db down', ['exception.type', 'PgError', 'exception.message', 'connection to 10.0.0.7 refused'])]);
    expect(events).toHaveLength(1);
    expect(events[0].action).toBe('open');
    expect(events[0].severity).toBe('CRITICAL');
    expect(events[0].category).toBe('DATABASE');
    e.observeLogs([log('payments', t + 1000, 21, 'db down', ['exception.type', 'PgError', 'exception.message', 'connection to 10.0.0.9 refused'])]);
    expect(events.filter((x) => x.action === 'open')).toHaveLength(1);
    // Quiet for close_after_steps steps: the incident closes.
    for (let i = 6; i < 20; i++) e.processStep(T0 + i * STEP, []);
    expect(events.at(-1)!.action).toBe('close');
  });

  it("carries the opening record's stack trace and user, session and request ids into the event", () => {
    const { e, events } = engine({ novelWarmupMs: 0 });
    const t = T0 + 5 * STEP;
    const attrs = [
      'exception.type', 'PgError', 'exception.message', 'connection refused', 'exception.stacktrace', 'PgError: connection refused\n    at connect (pg.js:1:1)',
      'enduser.id', 'alice', 'http.request.header.x-request-id', '["req-42"]',
    ];
    const res = { attributes: ['service.name', 'payments', 'session.id', 'sess-9'], droppedAttributesCount: 0, schemaUrl: '', serviceName: 'payments' };
    e.observeLogs([log('payments', t, 21, 'db down', attrs, res)]);
    expect(events[0].context).toMatchObject({ stackTrace: 'PgError: connection refused\n    at connect (pg.js:1:1)', userId: 'alice', sessionId: 'sess-9', requestId: 'req-42' });
    // An ERROR record opening a new-signature event carries them too.
    e.observeLogs([log('orders', t, 17, 'x', ['exception.type', 'TypeError', 'exception.message', 'x is undefined', 'user.id', 'bob'])]);
    expect(events.at(-1)!.context).toMatchObject({ userId: 'bob' });
    expect(events.at(-1)!.context).not.toHaveProperty('stackTrace');
  });

  it('reports a novel error signature after warm-up and a burst of a known one', () => {
    const { e, events } = engine({ novelWarmupMs: 60_000 });
    for (let i = 0; i < 60; i++) {
      const t = T0 + i * STEP;
      e.observeLogs([log('svc', t + 1, 17, 'x', ['exception.type', 'TimeoutError', 'exception.message', `timeout after ${i} ms`])]);
      e.processStep(t, []);
    }
    expect(events).toHaveLength(0);
    e.observeLogs([log('svc', T0 + 60 * STEP, 17, 'x', ['exception.type', 'NullPointerException', 'exception.message', 'x is null'])]);
    expect(events.filter((x) => x.action === 'open')).toHaveLength(1);
    expect(events[0].message).toMatch(/new error signature/);
  });

  it('drops series beyond max_series and counts them', () => {
    const { e } = engine({ maxSeries: 4 });
    const t = T0;
    e.processStep(t, [route('a', 'x', t, 100), route('b', 'x', t, 100), route('c', 'x', t, 100)]);
    expect(e.liveSeries).toBe(4);
    expect(e.counters.droppedSeries).toBeGreaterThan(0);
  });

  it('counts NaN and out-of-order steps instead of throwing', () => {
    const { e } = engine();
    e.processStep(T0 + STEP, [route('s', 'r', T0 + STEP, 100)]);
    e.processStep(T0, [route('s', 'r', T0, 100)]);
    e.processStep(T0 + 2 * STEP, [{ ...route('s', 'r', T0 + 2 * STEP, NaN) }]);
    expect(e.counters.outOfOrder).toBeGreaterThan(0);
    expect(e.counters.nan).toBeGreaterThan(0);
  });

  it('resumes an open event: keeps its id, updates it and closes it without a new open', () => {
    const first = engine();
    run(first.e, 70, (i) => (i >= 60 ? 900 : undefined));
    const opened = first.events.find((x) => x.action === 'open')!;
    const second = engine();
    // History replay (warm-up) then the open row from PostgreSQL.
    for (let i = 0; i < 70; i++) second.e.warmStep(T0 + i * STEP, [route('checkout', 'GET /a', T0 + i * STEP, i >= 60 ? 900 : 100)]);
    second.e.resume([{ ...opened, sourceComponent: opened.sourceComponent }]);
    run(second.e, 30, (i) => (i < 75 ? 900 : undefined), 70);
    expect(second.events.filter((x) => x.action === 'open')).toHaveLength(0);
    expect(second.events.every((x) => x.id === opened.id)).toBe(true);
    expect(second.events.at(-1)!.action).toBe('close');
  });

  it('multivariate scoring per service runs without opening events on steady traffic', () => {
    const { e, events } = engine({ multivariate: true });
    run(e, 400, () => undefined);
    expect(events).toHaveLength(0);
  });
});

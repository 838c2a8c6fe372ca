import { describe, expect, it } from 'vitest';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { DetectStage } from '../../src/detect/stage.ts';
import { Metrics } from '../../src/telemetry/metrics.ts';
import { metricValue } from '../helpers/pipeline.ts';
import { gauge, latency, log, resource, rng, span } from '../../bench/lib/detect-records.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3_600_000;

function stage(now = () => Date.now()) {
  const metrics = new Metrics();
  const s = new DetectStage({ stepMs: STEP, latenessMs: STEP, maxSeries: 1000, database: 'otel', warmupHours: 0, engine: { multivariate: false } }, { metrics, now });
  const events: DetectedEvent[] = [];
  s.onEvent((e) => events.push(e));
  return { s, events, metrics };
}

describe('detect stage', () => {
  it('turns a stream of stored spans into one incident and exports its metrics', async () => {
    const { s, events, metrics } = stage();
    const r = rng(1);
    for (let i = 0; i < 80; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      for (let j = 0; j < 20; j++) spans.push(span('api', 'POST /pay', t + j * 100, i >= 50 && i < 60 ? 4000 : latency(r, 40)));
      s.traces(spans);
    }
    await s.stop();
    expect(events.filter((e) => e.action === 'open').map((e) => e.seriesKey)).toEqual(['span|api|POST /pay|p95_ms']);
    expect(events.at(-1)!.action).toBe('close');
    const text = await metrics.registry.metrics();
    expect(metricValue(text, 'homeostat_detect_events_total', { action: 'open', severity: events[0].severity })).toBe(1);
    // The route, the service's all-requests series and its error-log rate.
    expect(metricValue(text, 'homeostat_detect_series', { layer: 'series' })).toBe(3);
  });

  it('a service that stops serving opens a request-rate incident (its silent steps count as zero)', async () => {
    const { s, events } = stage();
    const r = rng(2);
    for (let i = 0; i < 100; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      // 'web' keeps serving throughout; 'api' goes dark from step 70.
      for (let j = 0; j < 20; j++) spans.push(span('web', 'GET /', t + j * 100, latency(r, 30)));
      if (i < 70) for (let j = 0; j < 20; j++) spans.push(span('api', 'POST /pay', t + j * 100 + 50, latency(r, 40)));
      s.traces(spans);
    }
    await s.stop();
    const opened = events.filter((e) => e.action === 'open');
    expect(opened.map((e) => e.seriesKey)).toEqual(['span|api|POST /pay|rate']);
    expect(opened[0].openedAt).toBeGreaterThanOrEqual(T0 + 70 * STEP);
    expect(opened[0].openedAt).toBeLessThan(T0 + 75 * STEP);
    expect(opened[0].message).toBe('request rate (/s) of POST /pay (api) at 0.00, expected ≈ 2.00');
  });

  it('a route that goes quiet while its service keeps serving other routes is no outage', async () => {
    const { s, events } = stage();
    const r = rng(4);
    for (let i = 0; i < 100; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      // 'api' renames a route at step 70: the old one goes quiet, the new one takes its traffic.
      const route = i < 70 ? 'GET /v1/orders' : 'GET /v2/orders';
      for (let j = 0; j < 20; j++) spans.push(span('api', route, t + j * 100, latency(r, 40)));
      for (let j = 0; j < 20; j++) spans.push(span('api', 'GET /health', t + j * 100 + 50, latency(r, 5)));
      s.traces(spans);
    }
    await s.stop();
    expect(events.filter((e) => e.action === 'open').map((e) => e.seriesKey)).toEqual([]);
  });

  it('when every service goes quiet, the wall clock still closes steps and the drop is scored', () => {
    let wall = T0;
    const { s, events } = stage(() => wall);
    const r = rng(3);
    for (let i = 0; i < 70; i++) {
      wall = T0 + (i + 1) * STEP;
      s.traces(Array.from({ length: 20 }, (_, j) => span('api', 'POST /pay', T0 + i * STEP + j * 100, latency(r, 40))));
    }
    for (let k = 0; k < 10; k++) {
      wall += STEP;
      s.series.tick();
    }
    expect(events.filter((e) => e.action === 'open').map((e) => e.seriesKey)).toEqual(['span|api|POST /pay|rate']);
  });

  it('never throws on hostile input and skips self-telemetry', () => {
    const { s, events } = stage();
    const self = resource('homeostat', ['homeostat.self', 'true']);
    const broken = { ...span('x', 'y', T0, 1), endNs: 0n, startNs: 5n } as SpanRecord;
    expect(() => {
      s.traces([broken, span('homeostat', 'GET /x', T0, 1, { res: self })]);
      s.traces([null as unknown as SpanRecord]);
      s.logs([log('homeostat', T0, 24, 'fatal', [], self)]);
      s.metrics([gauge('svc', 'g', T0, NaN), { ...gauge('svc', 'g', T0, 1), timeNs: 0n }]);
    }).not.toThrow();
    expect(s.errors).toBe(1);
    expect(events).toHaveLength(0);
    expect(s.series.counters.selfTelemetry).toBe(2);
  });
});

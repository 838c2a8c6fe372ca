import { describe, expect, it } from 'vitest';
import { SpanKind } from '../../src/records.ts';
import { SeriesAggregator } from '../../src/detect/series.ts';
import { QuantileSketch, histogramQuantile } from '../../src/detect/series-sketch.ts';
import type { StepRollup } from '../../src/detect/series-types.ts';
import { counter, gauge, histogram, log, resource, span } from '../../bench/lib/detect-records.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3_600_000;

function agg(opts: Partial<ConstructorParameters<typeof SeriesAggregator>[1]> = {}) {
  const steps: Array<{ s: number; rollups: StepRollup[] }> = [];
  const a = new SeriesAggregator((s, rollups) => steps.push({ s, rollups }), { stepMs: STEP, latenessMs: STEP, ...opts });
  const find = (key: string, s: number) => steps.find((x) => x.s === s)?.rollups.find((r) => r.key === key);
  return { a, steps, find };
}

describe('quantile sketch', () => {
  it('is exact for small steps and within ±3 % for large ones', () => {
    const s = new QuantileSketch();
    for (let i = 1; i <= 20; i++) s.add(i);
    expect(s.quantile(0.5)).toBeCloseTo(10.5, 9);
    expect(s.quantile(1)).toBe(20);
    const big = new QuantileSketch();
    for (let i = 1; i <= 10_000; i++) big.add(i);
    expect(Math.abs(big.quantile(0.95) / 9500 - 1)).toBeLessThan(0.03);
    expect(Math.abs(big.quantile(0.99) / 9900 - 1)).toBeLessThan(0.03);
    expect(Math.abs(big.quantile(0.5) / 5000 - 1)).toBeLessThan(0.03);
    big.release();
    expect(big.count).toBe(0);
  });

  it('interpolates explicit-bounds histograms', () => {
    // 100 values: 50 in (0,10], 40 in (10,100], 10 in (100, +inf) with max 200.
    expect(histogramQuantile([10, 100], [50, 40, 10], 0.5, 0, 200)).toBeCloseTo(10, 6);
    const p95 = histogramQuantile([10, 100], [50, 40, 10], 0.95, 0, 200);
    expect(p95).toBeGreaterThan(100);
    expect(p95).toBeLessThanOrEqual(200);
  });
});

describe('series aggregator', () => {
  it('derives count, error rate and latency quantiles per route from entry spans only', () => {
    const { a, find } = agg();
    const spans = [];
    for (let i = 0; i < 100; i++) spans.push(span('checkout', 'GET /a', T0 + 100 + i * 10, i + 1, { error: i < 5, status: i >= 95 ? 503 : undefined }));
    spans.push(span('checkout', 'db query', T0 + 500, 9999, { kind: SpanKind.CLIENT }));
    a.traces(spans);
    a.traces([span('checkout', 'GET /a', T0 + 3 * STEP, 1)]); // moves the watermark past step 0 + lateness
    const r = find('span|checkout|GET /a', T0)!;
    expect(r.count).toBe(100);
    expect(r.errors).toBe(10);
    expect(Math.abs(r.p50 / 50.5 - 1)).toBeLessThan(0.03);
    expect(Math.abs(r.p99 / 99 - 1)).toBeLessThan(0.03);
    expect(r.max).toBe(100);
    expect(r.exemplars.length).toBeGreaterThan(0);
    expect(find('span|checkout|db query', T0)).toBeUndefined();
    // The service's all-requests series counts the same entry spans (one route here).
    expect(find('span|checkout|', T0)).toMatchObject({ count: r.count, errors: r.errors, p95: r.p95 });
  });

  it('aligns steps to event time and counts late, future and NaN points without throwing', () => {
    const now = T0 + 10 * STEP;
    const { a, find } = agg({ now: () => now });
    a.traces([span('s', 'r', T0 + 1, 1), span('s', 'r', T0 + STEP + 1, 1)]);
    // Within the lateness allowance: still counted in step 0.
    a.traces([span('s', 'r', T0 + 2, 1)]);
    a.traces([span('s', 'r', T0 + 5 * STEP, 1)]); // closes steps 0..3
    a.traces([span('s', 'r', T0 + 3, 1)]); // step 0 closed → late
    a.traces([span('s', 'r', now + 3_600_000, 1)]); // an hour ahead of the wall clock
    a.metrics([gauge('s', 'g', T0 + 5 * STEP, NaN), gauge('s', 'g', T0 + 5 * STEP, Infinity)]);
    expect(find('span|s|r', T0)!.count).toBe(2);
    expect(find('span|s|r', T0 + STEP)!.count).toBe(1);
    expect(a.counters.late).toBe(1);
    expect(a.counters.future).toBe(1);
    expect(a.counters.nan).toBe(2);
  });

  it('derives log rates per severity and skips self-telemetry', () => {
    const { a, find } = agg();
    const self = resource('homeostat', ['homeostat.self', 'true']);
    a.logs([log('svc', T0 + 1, 9, 'ok'), log('svc', T0 + 2, 17, 'bad'), log('svc', T0 + 3, 18, 'bad'), log('homeostat', T0 + 4, 17, 'x', [], self)]);
    a.flush();
    expect(find('log|svc|INFO', T0)!.count).toBe(1);
    const err = find('log|svc|ERROR', T0)!;
    expect(err.count).toBe(2);
    expect(err.errors).toBe(2);
    expect(a.counters.selfTelemetry).toBe(1);
  });

  it('differences cumulative counters and histograms, and keys metric streams by attributes', () => {
    const { a, find } = agg();
    a.metrics([counter('svc', 'requests', T0 + 1, 100, ['route', '/a']), counter('svc', 'requests', T0 + 1, 7, ['route', '/b'])]);
    a.metrics([counter('svc', 'requests', T0 + STEP + 1, 130, ['route', '/a'])]);
    a.metrics([histogram('svc', 'lat', T0 + 1, [10, 100], [10, 0, 0], 50, true), histogram('svc', 'lat', T0 + STEP + 1, [10, 100], [10, 90, 0], 5000, true)]);
    a.metrics([gauge('svc', 'mem', T0 + STEP + 1, 0.5, ['b', '2', 'a', '1']), gauge('svc', 'mem', T0 + STEP + 2, 0.7, ['a', '1', 'b', '2'])]);
    a.flush();
    expect(find('metric|svc|requests|route=/a', T0 + STEP)!.value).toBe(30);
    expect(find('metric|svc|requests|route=/b', T0)!.value).toBeNaN();
    const h = find('metric|svc|lat|', T0 + STEP)!;
    expect(h.count).toBe(90);
    expect(h.p50).toBeGreaterThan(10);
    expect(h.p50).toBeLessThanOrEqual(100);
    expect(find('metric|svc|mem|a=1,b=2', T0 + STEP)!.value).toBeCloseTo(0.6, 9);
  });

  it('drops new series beyond the limit and counts them', () => {
    const { a } = agg({ maxSeries: 3 });
    a.traces(['a', 'b', 'c', 'd', 'e'].map((n) => span('svc', n, T0 + 1, 1)));
    // Route a, the service's all-requests series, route b; c, d, e and the service's error-log series are refused.
    expect(a.size).toBe(3);
    expect(a.counters.droppedSeries).toBe(4);
  });

  it('closes quiet steps from the wall clock when no newer event time arrives', () => {
    let wall = T0 + STEP;
    const { a, steps } = agg({ now: () => wall });
    a.traces([span('s', 'r', T0 + 1, 1)]);
    a.tick();
    expect(steps.length).toBe(0);
    wall += 3 * STEP;
    a.tick();
    // The step with the request, then the one after it (closed too), which had none: zero-filled.
    // The service's error-log series counts 0 where it served requests; it is not zero-filled after.
    expect(steps.map((x) => x.rollups.map((r) => [r.key, r.count]))).toEqual([
      [['span|s|r', 1], ['span|s|', 1], ['log|s|ERROR', 0]],
      [['span|s|r', 0], ['span|s|', 0]],
    ]);
  });

  it('zero-fills silent steps of a span series (a gap, then silence) up to zeroFillMs after its last request', () => {
    let wall = T0 + STEP;
    const { a, steps, find } = agg({ now: () => wall, zeroFillMs: 3 * STEP });
    a.traces([span('shop', 'GET /', T0 + 1, 5), span('shop', 'GET /', T0 + 2, 7)]);
    a.traces([span('shop', 'GET /', T0 + 2 * STEP + 1, 5)]); // nothing in step T0 + STEP
    a.logs([log('shop', T0 + 2 * STEP + 2, 9, 'served')]);
    for (let i = 0; i < 12; i++) {
      wall += STEP;
      a.tick();
    }
    const gap = find('span|shop|GET /', T0 + STEP)!;
    expect(gap).toMatchObject({ count: 0, errors: 0, exemplars: [] });
    expect(gap.p95).toBeNaN();
    expect(find('span|shop|GET /', T0 + 2 * STEP)!.count).toBe(1);
    // After the last request: three zero steps, then the series counts as gone.
    for (let k = 3; k <= 5; k++) expect(find('span|shop|GET /', T0 + k * STEP)?.count).toBe(0);
    expect(find('span|shop|GET /', T0 + 6 * STEP)).toBeUndefined();
    // Log-rate series are not zero-filled (a quiet log is no outage), and steps stop closing
    // once no span series is in its window.
    expect(find('log|shop|INFO', T0 + 3 * STEP)).toBeUndefined();
    expect(Math.max(...steps.map((x) => x.s))).toBe(T0 + 5 * STEP);
  });

  it('zeroFillMs 0 turns zero-filling off', () => {
    let wall = T0 + STEP;
    const { a, steps } = agg({ now: () => wall, zeroFillMs: 0 });
    a.traces([span('s', 'r', T0 + 1, 1)]);
    wall += 3 * STEP;
    a.tick();
    expect(steps.map((x) => x.rollups.length)).toEqual([3]); // the route, the service's all-requests and error-log series
  });
});

// Requests refused as unauthenticated (401/403) are not failures, so they stay out of the error
// rate; a jump in their share is still an incident (credentials broke somewhere), and it is its
// own: not folded into an outage that happens to be open in the same service.
import { describe, expect, it } from 'vitest';
import { DetectStage } from '../../src/detect/index.ts';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { hexId, latency, rng, span } from '../../bench/lib/detect-records.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3 * 3_600_000;

/** frontend: 20 GET and 20 POST a step; `get` and `post` give each request's status. */
function run(get: (step: number, k: number) => number, post: (step: number, k: number) => number): DetectedEvent[] {
  const s = new DetectStage({ stepMs: STEP, latenessMs: STEP, maxSeries: 1000, database: 'otel', warmupHours: 0, engine: { multivariate: false } }, { now: () => Date.now() });
  const events: DetectedEvent[] = [];
  s.onEvent((e) => events.push(e));
  const r = rng(7);
  for (let i = 0; i < 120; i++) {
    const t = T0 + i * STEP;
    const spans: SpanRecord[] = [];
    for (let k = 0; k < 20; k++) {
      const at = t + (k * STEP) / 20;
      const g = get(i, k);
      const p = post(i, k);
      spans.push(span('frontend', 'GET', at, latency(r, 30), { traceId: hexId(32), status: g }));
      spans.push(span('frontend', 'POST', at, latency(r, 60), { traceId: hexId(32), status: p, error: p >= 500 }));
    }
    s.traces(spans);
  }
  void s.stop();
  return events;
}

// A client with an expired session now and then: about one GET in twenty is refused.
const background = (i: number, k: number) => ((i * 7 + k * 3) % 20 === 0 ? 401 : 200);

describe('refused requests', () => {
  it('a jump in 401s opens an AUTHENTICATION incident of its own while an outage of the same service is open', () => {
    const events = run(
      (i, k) => (i >= 85 && k % 5 < 3 ? 401 : background(i, k)),
      (i, k) => (i >= 80 && k % 2 === 0 ? 503 : 200),
    );
    const opened = events.filter((e) => e.action === 'open');
    const outage = opened.find((e) => e.seriesKey.includes('POST') || e.seriesKey.endsWith('error_rate'));
    const refusals = opened.find((e) => e.seriesKey.endsWith('rejected_rate'));
    expect(outage).toBeDefined();
    expect(refusals).toBeDefined();
    expect(refusals!.id).not.toBe(outage!.id);
    expect(refusals!.category).toBe('AUTHENTICATION');
    expect(refusals!.message).toContain('refused (401/403)');
    // They are not failures: the GET route's error rate never pages.
    expect(events.some((e) => e.seriesKey === 'span|frontend|GET|error_rate')).toBe(false);
  });

  it('the usual share of refusals, and a burst of 400s from one client, page nothing', () => {
    const events = run(background, (i, k) => (i >= 85 && i < 95 && k % 2 === 0 ? 400 : 200));
    expect(events.filter((e) => e.severity === 'HIGH' || e.severity === 'CRITICAL')).toEqual([]);
    expect(events.some((e) => e.seriesKey.endsWith('rejected_rate'))).toBe(false);
  });
});

// The operator's latency limit (2 s) pages at once when it is crossed; on a quiet route a step
// holds a handful of requests, and one slow request among them is not a p95 over the limit.
import { describe, expect, it } from 'vitest';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { hexId, latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3 * 3_600_000;

function run(slow: (step: number, k: number) => boolean): DetectedEvent[] {
  const { s, events } = recordingStage();
  const r = rng(5);
  for (let i = 0; i < 120; i++) {
    const t = T0 + i * STEP;
    const spans: SpanRecord[] = [];
    for (let k = 0; k < 6; k++) spans.push(span('frontend', 'POST', t + k * 1_500, slow(i, k) ? 3_000 : latency(r, 60), { traceId: hexId(32) }));
    s.traces(spans);
  }
  void s.stop();
  return events;
}

describe('the latency limit on a quiet route', () => {
  it('one slow request of six, three steps running, is not a limit crossed', () => {
    const events = run((i, k) => i >= 80 && i < 83 && k === 0);
    expect(events.filter((e) => e.severity === 'HIGH' || e.severity === 'CRITICAL')).toEqual([]);
  });

  it('every request over the limit is, and pages at once', () => {
    const events = run((i) => i >= 80 && i < 86);
    const opened = events.filter((e) => e.action === 'open' || e.action === 'update');
    expect(opened.some((e) => e.severity === 'CRITICAL' && e.seriesKey.includes('frontend'))).toBe(true);
  });
});

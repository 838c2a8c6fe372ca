// More traffic is load, not an outage: a burst of requests, and traffic going back to normal
// after it, open nothing. (A service that stops serving is tested in stage.test.ts.)
import { describe, expect, it } from 'vitest';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3_600_000;

function run(perStep: (i: number) => number): DetectedEvent[] {
  const { s, events } = recordingStage();
  const r = rng(9);
  for (let i = 0; i < 80; i++) {
    const t = T0 + i * STEP;
    const spans: SpanRecord[] = [];
    const n = perStep(i);
    for (let j = 0; j < n; j++) spans.push(span('frontend', 'POST /cart', t + Math.floor((j * STEP) / n), latency(r, 20)));
    // Another route keeps the service serving, as in a shop.
    for (let j = 0; j < 20; j++) spans.push(span('frontend', 'GET /', t + j * 400 + 7, latency(r, 10)));
    s.traces(spans);
  }
  void s.stop();
  return events.filter((e) => e.action === 'open');
}

describe('request-rate changes', () => {
  it('a burst of requests and the return to normal after it open nothing', () => {
    expect(run((i) => (i >= 40 && i < 52 ? 150 : 30))).toEqual([]);
  });
});

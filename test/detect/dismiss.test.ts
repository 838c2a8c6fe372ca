// A person labels an open incident "not an incident": detection closes it, and the same anomaly
// going on does not page again a step later; once it has recovered, a new one is news again.
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../../src/records.ts';
import { hexId, latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3 * 3_600_000;

describe('an incident labelled not an incident', () => {
  it('closes at once, stays quiet while the same anomaly lasts, and a later one opens afresh', () => {
    const { s, events } = recordingStage();
    const r = rng(5);
    // /a is slow during steps 60–89 (a load test), and again from 120 to 129.
    const slow = (i: number) => (i >= 60 && i < 90) || (i >= 120 && i < 130);
    for (let i = 0; i < 150; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      for (let k = 0; k < 20; k++) spans.push(span('search', 'GET /a', t + (k * STEP) / 20, latency(r, 20) + (slow(i) ? 900 : 0), { traceId: hexId(32) }));
      s.traces(spans);
      if (i === 70) {
        const open = events.filter((e) => e.action === 'open');
        expect(open).toHaveLength(1);
        expect(s.engine.incidents.dismiss(open[0].id)).toBe(true);
        expect(s.engine.incidents.dismiss(open[0].id)).toBe(false);
      }
    }
    void s.stop();
    const opens = events.filter((e) => e.action === 'open');
    expect(opens).toHaveLength(2);
    const first = events.filter((e) => e.id === opens[0].id);
    const close = first.find((e) => e.action === 'close')!;
    expect(close.context.closeReason).toBe('not_an_incident');
    // Nothing more about the first after its close, and nothing new while the load test ran on.
    expect(first.at(-1)).toBe(close);
    expect(opens[1].openedAt).toBeGreaterThanOrEqual(T0 + 120 * STEP);
  });
});

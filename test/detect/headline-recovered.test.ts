// When the series that opened an incident returns to normal while another of its symptoms has
// not yet, the incident says so in an update: recovery verifies an action against the signal
// that fired, and only hears what is published.
import { describe, expect, it } from 'vitest';
import type { SpanRecord } from '../../src/records.ts';
import { hexId, latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3 * 3_600_000;

describe('the headline series back to normal', () => {
  it('publishes an update carrying its normal value while another symptom keeps the incident open', () => {
    const { s, events } = recordingStage();
    const r = rng(11);
    for (let i = 0; i < 110; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      for (let k = 0; k < 20; k++) {
        const at = t + (k * STEP) / 20;
        // /a is slow for steps 60–69, /b from 62 to the end.
        spans.push(span('checkout', 'GET /a', at, latency(r, 20) + (i >= 60 && i < 70 ? 900 : 0), { traceId: hexId(32) }));
        spans.push(span('checkout', 'GET /b', at, latency(r, 20) + (i >= 62 ? 900 : 0), { traceId: hexId(32) }));
      }
      s.traces(spans);
    }
    void s.stop();
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    const headline = opened[0].seriesKey;
    expect(headline).toContain('GET /a');
    const back = events.filter((e) => e.id === opened[0].id && e.action === 'update' && e.context.headlineRecovered === true);
    expect(back).toHaveLength(1);
    const b = back[0].context.baselines;
    // The value it reports is the normal one, inside the band the incident was judged against.
    expect(b.value).toBeGreaterThanOrEqual(b.ewma_lower);
    expect(b.value).toBeLessThanOrEqual(b.ewma_upper);
    expect(events.some((e) => e.id === opened[0].id && e.action === 'close')).toBe(false);
  });
});

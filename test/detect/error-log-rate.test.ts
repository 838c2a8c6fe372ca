// No error records is data: a service that serves requests has an error-log rate
// of 0 in its quiet steps, so a burst of error records (60 % of sign-ins rejected, each logged)
// is judged against that baseline and opens an incident, even when the service never logged
// anything before and the novelty warm-up is still running.
import { describe, expect, it } from 'vitest';
import type { LogRecordItem, SpanRecord } from '../../src/records.ts';
import { latency, log, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3_600_000;

describe('error-log rate', () => {
  it('a first burst of error records in a service that logged nothing before opens an incident', () => {
    const { s, events } = recordingStage();
    const r = rng(3);
    for (let i = 0; i < 40; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      const logs: LogRecordItem[] = [];
      for (let j = 0; j < 30; j++) {
        // 4xx answers are not span errors; the service logs the rejections.
        const rejected = i >= 25 ? r() < 0.6 : false;
        spans.push(span('frontend', 'POST /cart', t + j * 300, latency(r, 20), { status: rejected ? 401 : 200 }));
        if (rejected) logs.push(log('frontend', t + j * 300, 17, 'session rejected by auth: jwt expired'));
      }
      s.traces(spans);
      s.logs(logs);
    }
    void s.stop();
    const opened = events.filter((e) => e.action === 'open');
    expect(opened.length).toBe(1);
    expect(opened[0].seriesKey).toBe('log|frontend|ERROR|rate');
    expect(opened[0].openedAt).toBeGreaterThanOrEqual(T0 + 25 * STEP);
  });
});

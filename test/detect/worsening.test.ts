// An incident whose series keeps getting worse says so as it does: its anomaly score saturates
// long before the value stops climbing, and recovery judges the action it is verifying on the
// values these updates carry (src/recover/verification.ts).
import { describe, expect, it } from 'vitest';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { hexId, latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3 * 3_600_000;

/** /a answers in about 20 ms, then from step 60 its latency climbs by 15 % a step until step 80, then holds. */
function run(): DetectedEvent[] {
  const { s, events } = recordingStage();
  const r = rng(11);
  for (let i = 0; i < 90; i++) {
    const t = T0 + i * STEP;
    const extra = i < 60 ? 0 : 200 * Math.pow(1.15, Math.min(i, 80) - 60);
    const spans: SpanRecord[] = [];
    for (let k = 0; k < 20; k++) spans.push(span('checkout', 'GET /a', t + (k * STEP) / 20, latency(r, 20) + extra, { traceId: hexId(32) }));
    s.traces(spans);
  }
  void s.stop();
  return events;
}

describe('an incident that keeps worsening', () => {
  it('publishes an update when its head series is a tenth worse, at most every third step, with the values, and says higher is worse', () => {
    const events = run();
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    const ups = events.filter((e) => e.id === opened[0].id && e.action === 'update' && e.updatedAt <= T0 + 81 * STEP);
    // A 15 % climb a step for twenty steps: an update about every third step while it climbs, no more often.
    expect(ups.length).toBeGreaterThanOrEqual(5);
    const worsenedOnly = ups.filter((e, i) => i > 0 && e.severity === ups[i - 1].severity);
    for (const e of worsenedOnly) expect(e.updatedAt - ups[ups.indexOf(e) - 1].updatedAt).toBeGreaterThanOrEqual(3 * STEP);
    const last = (e: DetectedEvent) => (e.context.values as Array<[number, number]>).at(-1)![1];
    for (const e of ups) expect(e.context.worse).toBe('higher');
    for (let i = 1; i < ups.length; i++) expect(last(ups[i])).toBeGreaterThanOrEqual(last(ups[i - 1]));
    // Its values go on through the incident, a step each (the series' own window holds still meanwhile).
    const climb = (ups.at(-1)!.context.values as Array<[number, number]>).filter(([t]) => t >= opened[0].openedAt);
    expect(climb.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < climb.length; i++) {
      expect(climb[i][0] - climb[i - 1][0]).toBe(STEP);
      expect(climb[i][1]).toBeGreaterThan(climb[i - 1][1]);
    }
    // Once it holds, no more of them (only a recovery or a close would publish).
    const holding = events.filter((e) => e.id === opened[0].id && e.action === 'update' && e.updatedAt > T0 + 83 * STEP && !e.context.settled);
    expect(holding.length).toBeLessThanOrEqual(1);
  });
});

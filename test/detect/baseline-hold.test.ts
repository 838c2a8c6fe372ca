// Baselines do not learn from incidents: while a series is inside an open incident its EWMA and
// robust window hold still, so a slow creep stays an incident for as long as it lasts (instead
// of becoming the new normal), the incident closes when the series is back, and the same
// outage again is caught again. A fresh install (no history) catches its first outage.
import { describe, expect, it } from 'vitest';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3 * 3_600_000;

function run(steps: number, p95At: (i: number) => number, errorsAt: (i: number) => number = () => 0.01): DetectedEvent[] {
  const { s, events } = recordingStage();
  const r = rng(5);
  for (let i = 0; i < steps; i++) {
    const t = T0 + i * STEP;
    const spans: SpanRecord[] = [];
    for (let j = 0; j < 40; j++) spans.push(span('api', 'GET /items', t + j * 200, latency(r, p95At(i) / 1.4, 0.1), { error: r() < errorsAt(i) }));
    s.traces(spans);
  }
  void s.stop();
  return events;
}

const step = (t: number) => Math.round((t - T0) / STEP);

describe('baselines hold still inside an incident', () => {
  it('a latency creep to six times its level stays one open incident until it is over', () => {
    // 60 ms for 60 steps, then +6 ms a step for 50 steps, 360 ms for 40 steps, back to 60 ms.
    const p95 = (i: number) => (i < 60 ? 60 : i < 110 ? 60 + (i - 60) * 6 : i < 150 ? 360 : 60);
    const events = run(180, p95);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    expect(step(opened[0].openedAt)).toBeLessThan(110);
    const closed = events.find((e) => e.action === 'close' && e.id === opened[0].id);
    // Closed only after the latency came back (step 150), not while it was still high.
    expect(closed && step(closed.closedAt!)).toBeGreaterThanOrEqual(150);
  });

  it('a cold first step does not make every normal step after it a drift', () => {
    // The first step is a tenth of the service's real latency (a process warming up); the rest is
    // steady at 300 ms: nothing to page.
    const events = run(80, (i) => (i === 0 ? 30 : 300));
    expect(events.filter((e) => e.action === 'open')).toEqual([]);
  });

    it('an outage that ends is caught again when it comes back', () => {
    const errors = (i: number) => ((i >= 40 && i < 80) || (i >= 110 && i < 130) ? 0.5 : 0.01);
    const events = run(150, () => 60, errors);
    const opened = events.filter((e) => e.action === 'open').map((e) => step(e.openedAt));
    expect(opened).toHaveLength(2);
    expect(opened[0]).toBeGreaterThanOrEqual(40);
    expect(opened[0]).toBeLessThan(45);
    expect(opened[1]).toBeGreaterThanOrEqual(110);
    expect(opened[1]).toBeLessThan(115);
  });

  it('a fresh install with a few minutes of traffic catches its first outage', () => {
    const errors = (i: number) => (i >= 15 ? 0.6 : 0.01);
    const events = run(30, () => 60, errors);
    const opened = events.filter((e) => e.action === 'open').map((e) => step(e.openedAt));
    expect(opened.length).toBeGreaterThanOrEqual(1);
    expect(opened[0]).toBeGreaterThanOrEqual(15);
    expect(opened[0]).toBeLessThan(20);
  });
});

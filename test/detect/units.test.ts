// The seed's utilisation thresholds (memory 0.85, CPU 0.8) are shares of capacity: they apply to
// ratio metrics (unit `1` or `%`, or a `*.utilization` name) and never to a bytes-valued metric
// such as the host-metrics instrumentation's `process.memory.usage`.
import { describe, expect, it } from 'vitest';
import type { DetectedEvent } from '../../src/records.ts';
import { gauge, rng } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3_600_000;

function run(points: (t: number, i: number, r: () => number) => ReturnType<typeof gauge>[]): DetectedEvent[] {
  const { s, events } = recordingStage();
  const r = rng(7);
  for (let i = 0; i < 60; i++) s.metrics(points(T0 + i * STEP, i, r));
  void s.stop();
  return events;
}

describe('utilisation thresholds and units', () => {
  it('a steady bytes-valued memory metric opens nothing, however far above 0.85 its value is', () => {
    const events = run((t, _i, r) => [gauge('checkout', 'process.memory.usage', t, 95_000_000 + r() * 1_000_000, [], 'By')]);
    expect(events).toEqual([]);
  });

  it('a ratio memory metric over the 0.85 limit opens a RESOURCE incident', () => {
    const events = run((t, i, r) => [gauge('checkout', 'process.memory.utilization', t, (i < 40 ? 0.55 : 0.95) + r() * 0.01, [], '1')]);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened.map((e) => [e.seriesKey.split('|')[2], e.category])).toEqual([['process.memory.utilization', 'RESOURCE']]);
    expect(opened[0].openedAt).toBeGreaterThanOrEqual(T0 + 40 * STEP);
  });

  it('a leak warns (MEDIUM) before memory crosses its limit, then pages when it does', () => {
    // 0.55 for 30 steps, then +0.02 a step: over 0.85 from step 46.
    const events = run((t, i, r) => [gauge('checkout', 'process.memory.utilization', t, (i < 30 ? 0.55 : Math.min(0.99, 0.55 + (i - 30) * 0.02)) + r() * 0.005, [], '1')]);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    expect(opened[0].openedAt).toBeLessThan(T0 + 46 * STEP);
    expect(opened[0].severity).toBe('MEDIUM');
    expect(events.some((e) => e.id === opened[0].id && (e.severity === 'HIGH' || e.severity === 'CRITICAL'))).toBe(true);
  });

  it("Node's event-loop utilisation is its CPU: held at 0.95 it pages as RESOURCE, at 0.3 it does not", () => {
    const busy = run((t, i, r) => [gauge('catalog', 'nodejs.eventloop.utilization', t, (i < 40 ? 0.05 : 0.95) + r() * 0.01, [], '1')]);
    expect(busy.filter((e) => e.action === 'open').map((e) => [e.seriesKey.split('|')[2], e.category])).toEqual([['nodejs.eventloop.utilization', 'RESOURCE']]);
    // A crowded host: the loop already sits over the limit; a little more is not an incident.
    const crowded = run((t, i, r) => [gauge('frontend', 'nodejs.eventloop.utilization', t, (i < 40 ? 0.86 : 0.91) + r() * 0.01, [], '1')]);
    expect(crowded.filter((e) => e.action === 'open')).toEqual([]);
    const fine = run((t, i, r) => [gauge('catalog', 'nodejs.eventloop.utilization', t, (i < 40 ? 0.05 : 0.3) + r() * 0.01, [], '1')]);
    expect(fine.filter((e) => e.action === 'open')).toEqual([]);
  });
});

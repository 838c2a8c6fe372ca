// A new error signature opens its incident on its first record. The first time one of its
// errors comes back, the incident says so once (context.recurring, one update): recovery waits for
// that before an action that restarts or moves anything. An error seen once never says it.
import { describe, expect, it } from 'vitest';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { latency, log, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage, STAGE_STEP } from './helpers.ts';
import { DetectEngine } from '../../src/detect/engine.ts';

const T0 = Math.floor(Date.now() / STAGE_STEP) * STAGE_STEP - 3 * 3_600_000;
const ERROR = 17;

/** Healthy traffic for `steps` steps (the novelty warm-up passes), then error records at the given steps. */
function run(steps: number, errorsAt: (i: number) => number, gapMs = 500): DetectedEvent[] {
  const { s, events } = recordingStage({ novelWarmupMs: 20 * STAGE_STEP });
  const r = rng(3);
  for (let i = 0; i < steps; i++) {
    const t = T0 + i * STAGE_STEP;
    const spans: SpanRecord[] = [];
    for (let j = 0; j < 30; j++) spans.push(span('checkout', 'POST /checkout', t + j * 300, latency(r, 40, 0.1)));
    s.traces(spans);
    const logs = Array.from({ length: errorsAt(i) }, (_, k) => log('checkout', t + 100 + k * gapMs, ERROR, 'socket hang up', ['exception.type', 'Error', 'exception.message', 'socket hang up']));
    s.logs(logs);
  }
  void s.stop();
  return events;
}

const mine = (events: DetectedEvent[]) => events.filter((e) => /socket hang up/.test(e.message));

describe('a log incident whose error comes back', () => {
  it('says so once, in an update, when the error recurs', () => {
    const events = mine(run(40, (i) => (i === 30 || i >= 32 ? 1 : 0)));
    expect(events[0]).toMatchObject({ action: 'open' });
    expect(events[0].context.recurring).toBeUndefined();
    const recurring = events.filter((e) => e.context.recurring === true);
    expect(recurring.length).toBeGreaterThan(0);
    expect(recurring[0].action).toBe('update');
    // Said once: the update that first carries it is the only one it causes.
    const firstIdx = events.indexOf(recurring[0]);
    expect(events.slice(0, firstIdx).every((e) => e.context.recurring === undefined)).toBe(true);
  });

  it("carries the event time of its latest record (recovery tells a symptom after an action from a re-read)", () => {
    const events = mine(run(40, (i) => (i === 30 || i === 34 ? 1 : 0)));
    expect(events[0].context.lastSymptom).toBe(T0 + 30 * STAGE_STEP + 100);
    expect(events[events.length - 1].context.lastSymptom).toBe(T0 + 34 * STAGE_STEP + 100);
  });

  it('an incident whose error came back before it was published opens saying so', () => {
    const events = mine(run(40, (i) => (i === 30 ? 3 : 0)));
    expect(events[0]).toMatchObject({ action: 'open', context: { recurring: true } });
  });

  it('never says so for records of one instant', () => {
    // Seen on the scoreboard: two pooled keep-alive connections reset in the same millisecond
    // during warm-up; counted as the error coming back, they let a restart run on a healthy service.
    const events = mine(run(40, (i) => (i === 30 ? 2 : 0), 0));
    expect(events.some((e) => e.action === 'open')).toBe(true);
    expect(events.some((e) => e.context.recurring === true)).toBe(false);
    // The same two records a second apart are the error coming back.
    expect(mine(run(40, (i) => (i === 30 ? 2 : 0), 1000)).some((e) => e.context.recurring === true)).toBe(true);
  });

  it('never says so for an error seen once', () => {
    const events = mine(run(40, (i) => (i === 30 ? 1 : 0)));
    expect(events.some((e) => e.action === 'open')).toBe(true);
    expect(events.some((e) => e.context.recurring === true)).toBe(false);
  });

  it('after a restart, an incident resumed from the database says so once its error comes back', () => {
    const rec = (t: number) => log('checkout', t, ERROR, 'socket hang up', ['exception.type', 'Error', 'exception.message', 'socket hang up']);
    const first = new DetectEngine({ stepMs: STAGE_STEP, multivariate: false, novelWarmupMs: 0 });
    const opened: DetectedEvent[] = [];
    first.onEvent((e) => opened.push(structuredClone(e)));
    first.observeLogs([rec(T0)]);
    expect(opened[0]).toMatchObject({ action: 'open' });
    expect(opened[0].context.recurring).toBeUndefined();

    const second = new DetectEngine({ stepMs: STAGE_STEP, multivariate: false, novelWarmupMs: 0 });
    const after: DetectedEvent[] = [];
    second.onEvent((e) => after.push(structuredClone(e)));
    second.resume([opened[0]]);
    second.observeLogs([rec(T0 + 60_000)]);
    expect(after.some((e) => e.context.recurring === true)).toBe(false);
    second.observeLogs([rec(T0 + 62_000)]);
    expect(after.filter((e) => e.context.recurring === true)).toHaveLength(1);
    expect(after.every((e) => e.id === opened[0].id)).toBe(true);
  });
});

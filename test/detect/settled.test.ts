// An open incident says when its paging series have been back to normal for a few steps, long
// before its hysteresis closes it: recovery verifies its action on that, not on the close.
import { describe, expect, it } from 'vitest';
import type { DetectedEvent, SpanRecord } from '../../src/records.ts';
import { gauge, hexId, latency, log, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage } from './helpers.ts';

const STEP = 10_000;
const T0 = Math.floor(Date.now() / STEP) * STEP - 3 * 3_600_000;

/** /a is slow during the given steps; returns the events and each step's start. */
function run(slow: (i: number) => boolean, steps: number): DetectedEvent[] {
  const { s, events } = recordingStage();
  const r = rng(7);
  for (let i = 0; i < steps; i++) {
    const t = T0 + i * STEP;
    const spans: SpanRecord[] = [];
    for (let k = 0; k < 20; k++) spans.push(span('checkout', 'GET /a', t + (k * STEP) / 20, latency(r, 20) + (slow(i) ? 900 : 0), { traceId: hexId(32) }));
    s.traces(spans);
  }
  void s.stop();
  return events;
}

/** Updates that announce a settling (later events of the same settling repeat the flag). */
function settledOf(events: DetectedEvent[], id: string): DetectedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const s = e.context.settled as { since: string } | undefined;
    if (e.id !== id || e.action !== 'update' || !s || seen.has(s.since)) return false;
    seen.add(s.since);
    return true;
  });
}

describe('an incident settling', () => {
  it('publishes one settled update two normal steps after the fault, before the close', () => {
    const events = run((i) => i >= 60 && i < 70, 100);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    const id = opened[0].id;
    const settled = settledOf(events, id);
    expect(settled).toHaveLength(1);
    const s = settled[0].context.settled as { steps: number; since: string; stepMs: number };
    expect(s).toMatchObject({ steps: 2, stepMs: STEP });
    // The normal run starts at the first healthy step, not before.
    expect(Date.parse(s.since)).toBeGreaterThanOrEqual(T0 + 70 * STEP);
    expect(settled[0].updatedAt).toBeLessThanOrEqual(T0 + 74 * STEP);
    const close = events.find((e) => e.id === id && e.action === 'close')!;
    expect(close).toBeDefined();
    expect(close.updatedAt).toBeGreaterThan(settled[0].updatedAt);
  });

  it('does not settle while the series is still anomalous, and settles again after a relapse', () => {
    // Slow 60–69, healthy 70–72 (settles), slow again 73–76 (before the close), then healthy.
    const events = run((i) => (i >= 60 && i < 70) || (i >= 73 && i < 77), 110);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    const settled = settledOf(events, opened[0].id);
    expect(settled).toHaveLength(2);
    expect(Date.parse((settled[1].context.settled as { since: string }).since)).toBeGreaterThanOrEqual(T0 + 77 * STEP);
    // Updates published between the two (the relapse) do not carry the flag.
    const between = events.filter((e) => e.id === opened[0].id && e.updatedAt > settled[0].updatedAt && e.updatedAt < settled[1].updatedAt);
    for (const e of between) expect(e.context.settled).toBeUndefined();
  });
  it('an incident of a new error alone settles when its records stop, not while they go on', () => {
    const { s, events } = recordingStage({ novelWarmupMs: 20 * STEP });
    const r = rng(3);
    for (let i = 0; i < 70; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      for (let k = 0; k < 20; k++) spans.push(span('billing', 'GET /invoice', t + (k * STEP) / 20, latency(r, 20), { traceId: hexId(32) }));
      s.traces(spans);
      // Two records a step of an error never seen before, steps 40–49: too few to move a rate.
      if (i >= 40 && i < 50) s.logs([log('billing', t + 100, 17, `ledger rejected invoice ${i}: signature mismatch`), log('billing', t + 5000, 17, `ledger rejected invoice ${i + 1}: signature mismatch`)]);
    }
    void s.stop();
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    expect(opened[0].message).toMatch(/new error signature in billing/);
    const settled = settledOf(events, opened[0].id);
    expect(settled).toHaveLength(1);
    expect(Date.parse((settled[0].context.settled as { since: string }).since)).toBeGreaterThanOrEqual(T0 + 48 * STEP);
  });
  it('a CPU incident settles once the gauge is back under its limit, though above its old level', () => {
    const { s, events } = recordingStage();
    const r = rng(9);
    // Saturated from step 60; capacity doubled at step 70 (half the load per instance, still
    // ten times its usual level but under the 0.8 limit).
    const level = (i: number) => (i < 60 ? 0.05 : i < 70 ? 0.97 : 0.48);
    for (let i = 0; i < 90; i++) {
      const t = T0 + i * STEP;
      s.metrics([gauge('catalog', 'nodejs.eventloop.utilization', t + 1000, level(i) + r() * 0.01, [], '1')]);
    }
    void s.stop();
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    const settled = settledOf(events, opened[0].id);
    expect(settled).toHaveLength(1);
    const since = Date.parse((settled[0].context.settled as { since: string }).since);
    expect(since).toBeGreaterThanOrEqual(T0 + 70 * STEP);
    expect(since).toBeLessThanOrEqual(T0 + 73 * STEP);
  });

  /**
   * The payments upstream failure of the scenario board: two requests failed (each logged with
   * its own message, so no signature came twice), then a circuit breaker stopped the errors.
   * Traffic goes on through `served` steps (all of them when omitted); `more` adds later errors.
   */
  function twoFailures(served: (i: number) => boolean, more: (i: number) => string[] = () => [], logger = 'payments'): DetectedEvent[] {
    const { s, events } = recordingStage({ novelWarmupMs: 20 * STEP });
    const r = rng(5);
    for (let i = 0; i < 90; i++) {
      const t = T0 + i * STEP;
      const spans: SpanRecord[] = [];
      if (i < 40 || served(i)) for (let k = 0; k < 20; k++) spans.push(span('payments', 'POST /charge', t + (k * STEP) / 20, latency(r, 20), { traceId: hexId(32) }));
      s.traces(spans);
      if (i === 40) s.logs([log(logger, t + 100, 17, 'payment provider answered 503: upstream unavailable'), log(logger, t + 5000, 17, 'timeout after 2000 ms calling the provider')]);
      const later = more(i);
      if (later.length) s.logs(later.map((m) => log(logger, t + 100, 17, m)));
    }
    void s.stop();
    return events;
  }

  it('an incident of errors that each came once settles once their silence is improbable at the rate they came', () => {
    const events = twoFailures(() => true);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    const settled = settledOf(events, opened[0].id);
    expect(settled).toHaveLength(1);
    const s = settled[0].context.settled as { since: string; silence: { requests: number; chance: number } };
    // The silence starts at the last record; two requests over less than a step need four
    // quiet steps for a chance under 1 in 20 ((1 / (1 + 4))^2 = 0.04).
    expect(Date.parse(s.since)).toBe(T0 + 40 * STEP + 5000);
    expect(s.silence.requests).toBe(2);
    expect(s.silence.chance).toBeLessThanOrEqual(0.05);
    expect(settled[0].updatedAt).toBeGreaterThanOrEqual(T0 + 44 * STEP);
    expect(settled[0].updatedAt).toBeLessThanOrEqual(T0 + 46 * STEP);
    const close = events.find((e) => e.id === opened[0].id && e.action === 'close');
    expect(close).toBeDefined();
    expect(close!.updatedAt).toBeGreaterThan(settled[0].updatedAt);
  });

  it('a silence says nothing when the service that logged the errors serves no requests', () => {
    // A worker with no spans: its silence is no evidence the errors stopped.
    const events = twoFailures(() => true, () => [], 'ledger-worker');
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    expect(opened[0].serviceName).toBe('ledger-worker');
    expect(settledOf(events, opened[0].id)).toHaveLength(0);
    expect(events.find((e) => e.id === opened[0].id && e.action === 'close')).toBeDefined();
  });

  it('errors that go on, each a new message, do not settle in the gaps between them', () => {
    const words = ['ledger', 'vault', 'quota', 'fraud', 'currency', 'issuer', 'acquirer', 'token'];
    // A new error every fourth step after the two failures, until step 48 (within the onset
    // window: later ones would open an incident of their own). Gaps of three quiet steps would
    // be enough for a settling of findings that come back (two steps), not at this rate.
    const events = twoFailures(() => true, (i) => (i === 44 || i === 48 ? [`${words[(i - 44) / 4]} check refused the charge`] : []));
    const opened = events.filter((e) => e.action === 'open');
    expect(opened).toHaveLength(1);
    const settled = settledOf(events, opened[0].id);
    expect(settled.length).toBeLessThanOrEqual(1);
    for (const e of settled) expect(Date.parse((e.context.settled as { since: string }).since)).toBeGreaterThanOrEqual(T0 + 48 * STEP);
  });
});

// Recovery tells a problem that goes on after an action from one already fixed by the incident's
// latest symptom (context.lastSymptom). Seen on the scoreboard: right after add_index fixed a slow
// query, two slow statements among thirteen requests lifted inventory's p95 for one step; read as
// a symptom, it let a less sure re-diagnosis (DATABASE, from the pool timeouts the slow query had
// caused) give the working fix up and fail the database over. A symptom is a paging series
// anomalous for two steps running; one step does not move it.
import { describe, expect, it } from 'vitest';
import type { DetectedEvent } from '../../src/records.ts';
import { latency, rng, span } from '../../bench/lib/detect-records.ts';
import { recordingStage, STAGE_STEP } from './helpers.ts';

const T0 = Math.floor(Date.now() / STAGE_STEP) * STAGE_STEP - 3 * 3_600_000;

/** checkout slow (400 ms against 40) at steps 30-35 and at `later`; its incident's events. */
function run(later: number[]): DetectedEvent[] {
  const { s, events } = recordingStage({ novelWarmupMs: 20 * STAGE_STEP });
  const r = rng(3);
  for (let i = 0; i < 60; i++) {
    const t = T0 + i * STAGE_STEP;
    const slow = (i >= 30 && i < 36) || later.includes(i);
    s.traces(Array.from({ length: 30 }, (_, j) => span('checkout', 'POST /checkout', t + j * 300, latency(r, slow ? 400 : 40, 0.1))));
  }
  void s.stop();
  return events;
}

const lastSymptomStep = (events: DetectedEvent[]) => (Number(events[events.length - 1].context.lastSymptom) - T0) / STAGE_STEP;

describe("an incident's latest symptom", () => {
  it('is the last of the steps its paging series were anomalous for two running', () => {
    expect(lastSymptomStep(run([]))).toBe(35);
  });

  it('does not move for one anomalous step after the incident calmed, and moves for two', () => {
    expect(lastSymptomStep(run([38]))).toBe(35);
    expect(lastSymptomStep(run([38, 39]))).toBe(39);
  });
});

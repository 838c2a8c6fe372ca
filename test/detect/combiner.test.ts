import { describe, expect, it } from 'vitest';
import { IncidentHysteresis, combineScores, severityOf } from '../../src/detect/combiner.ts';

describe('combiner', () => {
  it('combines scores with noisy-OR', () => {
    // 1 − (1 − 0.5)(1 − 0.5) = 0.75
    expect(combineScores([{ output: { score: 0.5, reason: 'a' } }, { output: { score: 0.5, reason: 'b' } }]).score).toBeCloseTo(0.75, 12);
    expect(combineScores([{ output: { score: 0.9, reason: 'a' }, weight: 0 }]).score).toBe(0);
    expect(combineScores([]).score).toBe(0);
  });

  it('maps severities', () => {
    expect([0.5, 0.75, 0.9, 0.99].map(severityOf)).toEqual(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
  });

  it('opens once, updates, closes once (hysteresis)', () => {
    const h = new IncidentHysteresis({ openThreshold: 0.7, openSteps: 2, closeThreshold: 0.5, closeSteps: 3 });
    // A lone blip, then an incident whose score dips between the thresholds, then recovery.
    const scores = [0.1, 0.9, 0.1, 0.8, 0.9, 0.6, 0.96, 0.6, 0.2, 0.1, 0.3, 0.1, 0.1];
    const actions = scores.map((s, i) => h.step(i, s));
    expect(actions.map((a) => a.action)).toEqual(['none', 'none', 'none', 'none', 'open', 'update', 'update', 'update', 'update', 'update', 'close', 'none', 'none']);
    expect(actions[4].openedAt).toBe(3);
    expect(actions[10].severity).toBe('CRITICAL');
    expect(actions[10].peak).toBe(0.96);
  });

  it('ignores non-finite scores', () => {
    const h = new IncidentHysteresis();
    expect(h.step(0, NaN).action).toBe('none');
    expect(h.skipped).toBe(1);
  });
});

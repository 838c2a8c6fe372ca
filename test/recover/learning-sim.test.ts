// The learner on simulated problem mixes it was never run on before (seeds of their own): after
// a hundred incidents it puts the action that fixes each problem first far more often than the
// catalog's order does, needs fewer tries, and never lets a learned choice break the policy.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../bench/lib/recover-sim.ts';

describe('recovery learning on simulated problem mixes', () => {
  it('converges to the action that works on held-out mixes, within the policy', async () => {
    const seeds = Array.from({ length: 10 }, (_, i) => 5001 + i);
    const catalog = await evaluate(seeds, 'catalog', 200);
    const thompson = await evaluate(seeds, 'thompson', 200);
    const oracle = await evaluate(seeds, 'oracle', 200);
    expect(thompson.firstBestLate).toBeGreaterThan(0.8);
    expect(thompson.firstBestLate - catalog.firstBestLate).toBeGreaterThan(0.3);
    // It learns: later incidents go better than the first ones.
    expect(thompson.firstBestLate).toBeGreaterThan(thompson.firstBestEarly + 0.2);
    expect(thompson.attemptsLate).toBeLessThan(catalog.attemptsLate);
    expect(thompson.attemptsLate).toBeGreaterThanOrEqual(oracle.attemptsLate - 0.05);
    expect(thompson.policyViolations).toBe(0);
  });
});

// The exhaustion forecast warns while a resource climbs, and stops warning once it is released
// (a restart, a cleared cache): a smoothed trend alone would keep forecasting the old climb.
import { describe, expect, it } from 'vitest';
import { PredictiveDetector } from '../../src/detect/predictive.ts';

const STEP = 2_000;
const opts = { limit: 0.85, horizonMs: 360 * STEP, alpha: 0.2, beta: 0.1, minPoints: 12 };

describe('exhaustion forecast', () => {
  it('stops warning at the step after a release, and warns again if the climb resumes', () => {
    const p = new PredictiveDetector(opts);
    let t = 0;
    let last = 0;
    for (let i = 0; i < 40; i++) last = p.update((t += STEP), 0.3 + 0.01 * i).score; // climbing to 0.69
    expect(last).toBeGreaterThan(0.7);
    const released = p.update((t += STEP), 0.29).score;
    expect(released).toBe(0);
    for (let i = 0; i < 5; i++) expect(p.update((t += STEP), 0.29 + 0.0005 * (i % 2)).score).toBe(0);
    // The same leak again: the forecast builds up once more.
    for (let i = 0; i < 30; i++) last = p.update((t += STEP), 0.3 + 0.01 * i).score;
    expect(last).toBeGreaterThan(0.5);
  });

  it('keeps forecasting a leak through a collector sawtooth smaller than the release size', () => {
    const p = new PredictiveDetector(opts);
    let t = 0;
    const scores: number[] = [];
    // A leak of 0.004 a step under a sawtooth that climbs 0.0125 a step and falls 0.05 every fifth.
    let base = 0.3;
    for (let i = 0; i < 60; i++) {
      base += 0.004;
      const saw = (i % 5) * 0.0125;
      scores.push(p.update((t += STEP), base + saw).score);
    }
    expect(Math.min(...scores.slice(40))).toBeGreaterThan(0.3);
  });
});

// Deterministic synthetic series for detector tests (no Math.random, no wall clock), and a
// detect stage that records what it publishes.
import { DetectStage, type EngineOptions } from '../../src/detect/index.ts';
import type { DetectedEvent } from '../../src/records.ts';

export function rng(seed = 42): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Roughly normal noise via the sum of uniforms. */
export function noise(r: () => number): number {
  return r() + r() + r() + r() - 2;
}

export const MIN = 60_000;

/** The step of recordingStage(): the product's default of 10 s. */
export const STAGE_STEP = 10_000;

/**
 * A detect stage on its own (no storage, no multivariate models, no warm-up replay) that keeps
 * a copy of every event it publishes: the stage mutates an open event in place as it updates.
 */
export function recordingStage(engine: Partial<EngineOptions> = {}): { s: DetectStage; events: DetectedEvent[] } {
  const s = new DetectStage(
    { stepMs: STAGE_STEP, latenessMs: STAGE_STEP, maxSeries: 1000, database: 'otel', warmupHours: 0, engine: { multivariate: false, ...engine } },
    { now: () => Date.now() },
  );
  const events: DetectedEvent[] = [];
  s.onEvent((e) => events.push(structuredClone(e)));
  return { s, events };
}

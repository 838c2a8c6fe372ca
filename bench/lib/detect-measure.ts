// Measurements for bench/detect.ts: engine throughput and memory on synthetic rollups, with a
// plain EWMA-per-series loop as the same-run reference for what "just a baseline" costs.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DetectEngine } from '../../src/detect/engine.ts';
import { EwmaDetector } from '../../src/detect/ewma.ts';
import { SeriesAggregator } from '../../src/detect/series.ts';
import type { StepRollup } from '../../src/detect/series-types.ts';
import { rng, span } from './detect-records.ts';

setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as () => void;

/**
 * Heap plus ArrayBuffer backing stores: a typed array over 64 bytes keeps its data outside the
 * V8 heap, and per-series state held that way is still per-series memory.
 */
export function heapUsed(): number {
  gcFn();
  gcFn();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export const STEP = 10_000;

export function makeRollups(services: number, routes: number): StepRollup[] {
  const out: StepRollup[] = [];
  for (let s = 0; s < services; s++)
    for (let k = 0; k < routes; k++) {
      const service = `svc-${s}`;
      const name = `GET /r${k}`;
      out.push({ key: `span|${service}|${name}`, kind: 'span', service, name, attrs: '', stepStart: 0, stepMs: STEP, count: 0, errors: 0, value: NaN, p50: NaN, p95: NaN, p99: NaN, min: NaN, max: NaN, exemplars: [], unit: '' });
    }
  return out;
}

/** Steady values with noise, mutated in place so the measurement is the engine, not allocation. */
export function fillStep(rollups: StepRollup[], t: number, r: () => number): void {
  for (const x of rollups) {
    x.stepStart = t;
    x.count = 40 + Math.floor(r() * 20);
    x.errors = r() < 0.1 ? 1 : 0;
    x.p95 = 100 + r() * 10;
    x.p50 = 50;
  }
}

export interface ThroughputResult {
  liveSeries: number;
  seriesSteps: number;
  seconds: number;
  stepsPerS: number;
  /**
   * The same steps per second of process CPU time (all threads, so GC helpers count): on a
   * machine shared with other work, wall time also counts the time the process waited for a core.
   */
  stepsPerCpuS: number;
  bytesPerSeries: number;
  aggregatorBytesPerGroup: number;
  ewmaOnlyStepsPerS: number;
  ewmaOnlyStepsPerCpuS: number;
  ewmaOnlyBytesPerSeries: number;
}

export function measureEngine(services: number, routes: number, warmSteps: number, timedSteps: number, multivariate = true): ThroughputResult {
  const rollups = makeRollups(services, routes);
  const r = rng(3);
  const t0 = Math.floor(Date.now() / STEP) * STEP - 86_400_000;
  const before = heapUsed();
  const engine = new DetectEngine({ stepMs: STEP, maxSeries: 1_000_000, multivariate });
  for (let i = 0; i < warmSteps; i++) {
    fillStep(rollups, t0 + i * STEP, r);
    engine.processStep(t0 + i * STEP, rollups);
  }
  const bytesPerSeries = (heapUsed() - before) / engine.liveSeries;
  const startSteps = engine.counters.seriesSteps;
  let seconds = 0;
  let cpuSeconds = 0;
  for (let i = warmSteps; i < warmSteps + timedSteps; i++) {
    fillStep(rollups, t0 + i * STEP, r);
    const c = process.cpuUsage();
    const a = performance.now();
    engine.processStep(t0 + i * STEP, rollups);
    seconds += (performance.now() - a) / 1000;
    cpuSeconds += cpuOf(process.cpuUsage(c));
  }
  const seriesSteps = engine.counters.seriesSteps - startSteps;

  // Aggregator: one group per route with an open step of 50 spans.
  const spans = rollups.flatMap((x) => Array.from({ length: 5 }, (_, k) => span(x.service, x.name, t0 + k, 10 + k)));
  const b3 = heapUsed();
  const agg = new SeriesAggregator(() => undefined, { stepMs: STEP, latenessMs: STEP, maxSeries: 1_000_000, now: () => t0 });
  agg.traces(spans);
  const aggBytes = (heapUsed() - b3) / agg.size;

  const n = engine.liveSeries;
  const ewma = ewmaOnly(n, timedSteps, t0, r);
  return {
    liveSeries: n,
    seriesSteps,
    seconds,
    stepsPerS: seriesSteps / seconds,
    stepsPerCpuS: seriesSteps / cpuSeconds,
    bytesPerSeries,
    aggregatorBytesPerGroup: aggBytes,
    ewmaOnlyStepsPerS: ewma.stepsPerS,
    ewmaOnlyStepsPerCpuS: ewma.stepsPerCpuS,
    ewmaOnlyBytesPerSeries: ewma.bytes,
  };
}

/** Reference: one EWMA per derived series and nothing else. */
function ewmaOnly(n: number, timedSteps: number, t0: number, r: () => number): { stepsPerS: number; stepsPerCpuS: number; bytes: number } {
  const b2 = heapUsed();
  const ewmas = Array.from({ length: n }, () => new EwmaDetector());
  for (let i = 0; i < 20; i++) for (let j = 0; j < n; j++) ewmas[j].update(t0 + i * STEP, 100 + r() * 10);
  const bytes = (heapUsed() - b2) / n;
  let es = 0;
  let cs = 0;
  for (let i = 20; i < 20 + timedSteps; i++) {
    const c = process.cpuUsage();
    const a = performance.now();
    for (let j = 0; j < n; j++) ewmas[j].update(t0 + i * STEP, 100 + r() * 10);
    es += (performance.now() - a) / 1000;
    cs += cpuOf(process.cpuUsage(c));
  }
  return { stepsPerS: (n * timedSteps) / es, stepsPerCpuS: (n * timedSteps) / cs, bytes };
}

function cpuOf(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

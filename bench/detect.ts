// bench:detect — the detect stage's latency, throughput, memory and false-positive rate.
//   latency: from the moment a step becomes closable (the batch that moves event time past its
//            end + lateness arrives) to the event being opened AND stored in PostgreSQL (PGlite);
//   throughput: detection engine alone, derived-series steps per second over ~100k live series;
//   memory: heap + ArrayBuffer bytes per live derived series (engine + its share of the aggregator);
//   false positives: 30 simulated minutes of steady traffic, 50 services, after a 1-hour warm-up
//            from history (the restart path), counting opened events and HIGH/CRITICAL ones.
// Same-run references: an EWMA-only loop (cost of a bare baseline), and the same FP run cold.
import { DeliveryQueue, SpoolFile } from '../src/delivery/index.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DetectStage } from '../src/detect/stage.ts';
import { SeriesAggregator } from '../src/detect/series.ts';
import { attr as attrOf, type DetectedEvent } from '../src/records.ts';
import { openPostgres } from '../src/store/postgres/client.ts';
import { migratePostgres } from '../src/store/postgres/migrate.ts';
import { latency as latencyOf, rng, span } from './lib/detect-records.ts';
import { measureEngine, STEP } from './lib/detect-measure.ts';
import { Traffic } from './lib/detect-traffic.ts';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const say = (...a: unknown[]) => {
  if (!json) console.log(...a);
};

function pct(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.floor(q * a.length))];
}

async function latencyRun(): Promise<{ p50: number; p99: number; emitP50: number; emitP99: number; samples: number; injected: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'homeostat-bench-detect-'));
  const pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  const routes = 200;
  const t0 = Math.floor(Date.now() / STEP) * STEP - 2 * 3_600_000;
  let simNow = t0;
  // The pipeline's delivery queue, with dead letters spooled to the bench's own directory.
  const delivery = new DeliveryQueue({}, new SpoolFile(join(dir, 'dead-letters.jsonl')));
  const stage = new DetectStage(
    { stepMs: STEP, latenessMs: STEP, maxSeries: 100_000, database: 'otel', warmupHours: 0, engine: { closeAfterSteps: 6, multivariate: true } },
    { pool: pg.pool, delivery, now: () => simNow },
  );
  let batchStart = 0;
  const emitted: number[] = [];
  const opens: Array<{ at: number }> = [];
  stage.onEvent((ev) => {
    if (ev.action === 'open') {
      emitted.push(performance.now() - batchStart);
      opens.push({ at: batchStart });
    }
  });
  const r = rng(5);
  const persisted: number[] = [];
  const steps = quick ? 200 : 400;
  let injected = 0;
  for (let i = 0; i < steps; i++) {
    const t = t0 + i * STEP;
    simNow = t + STEP;
    const spans = [];
    // From step 60 on, every 25 steps one route (a different one each time) spikes for 8 steps.
    const spiking = i >= 60 && (i - 60) % 25 < 8 ? Math.floor((i - 60) / 25) % routes : -1;
    // Counted when the spike has had the steps it needs to open (3) plus lateness before the run ends.
    if (i >= 60 && (i - 60) % 25 === 0 && i + 5 < steps) injected++;
    for (let k = 0; k < routes; k++) {
      const n = 10 + Math.floor(r() * 10);
      for (let j = 0; j < n; j++) spans.push(span(`svc-${k % 20}`, `GET /r${k}`, t + Math.floor(r() * STEP), k === spiking ? 3000 + r() * 500 : latencyOf(r, 80)));
    }
    const before = opens.length;
    batchStart = performance.now();
    stage.traces(spans);
    if (opens.length > before) {
      await stage.drained();
      persisted.push(performance.now() - batchStart);
    }
  }
  await stage.stop();
  await delivery.stop();
  await pg.close();
  await rm(dir, { recursive: true, force: true });
  return { p50: pct(persisted, 0.5), p99: pct(persisted, 0.99), emitP50: pct(emitted, 0.5), emitP99: pct(emitted, 0.99), samples: persisted.length, injected };
}

function fpRun(warm: boolean): { opens: number; high: number; perServiceHour: number; bySeverity: Record<string, number>; examples: string[] } {
  const services = 50;
  const liveSteps = (30 * 60_000) / STEP;
  const warmSteps = warm ? (60 * 60_000) / STEP : 0;
  const t0 = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 86_400_000 + 9 * 3_600_000; // yesterday 09:00 UTC: the ramp
  const r = rng(99);
  const deploy = Array.from({ length: services }, () => warmSteps + Math.floor(r() * liveSteps));
  const traffic = new Traffic({ services, routesPerService: 5, stepMs: STEP, seed: 1234, deployAt: (s) => deploy[s] });
  let simNow = t0;
  const stage = new DetectStage({ stepMs: STEP, latenessMs: STEP, maxSeries: 100_000, database: 'otel', warmupHours: 0, engine: { closeAfterSteps: 6 } }, { now: () => simNow });
  if (warm) {
    // History replay the way warm-up does it: rollups from an aggregator into engine.warmStep.
    const hist = new SeriesAggregator((s, rollups) => stage.engine.warmStep(s, rollups), { stepMs: STEP, latenessMs: STEP, now: () => simNow });
    for (let i = 0; i < warmSteps; i++) {
      simNow = t0 + (i + 1) * STEP;
      const b = traffic.step(t0, i);
      hist.traces(b.spans);
      hist.logs(b.logs);
      // What warm-up reads back from otel_logs: error records replayed into the signature detector.
      for (const l of b.logs) if (l.severityNumber >= 17) stage.engine.logPath.learn(l.resource.serviceName, attrOf(l.attributes, 'exception.type') ?? '', attrOf(l.attributes, 'exception.message') ?? l.body, Number(l.timeNs / 1_000_000n));
      hist.metrics(b.metrics);
    }
    hist.flush();
  }
  const events: DetectedEvent[] = [];
  stage.onEvent((e) => events.push(e));
  for (let i = warmSteps; i < warmSteps + liveSteps; i++) {
    simNow = t0 + (i + 1) * STEP;
    const b = traffic.step(t0, i);
    stage.traces(b.spans);
    stage.logs(b.logs);
    stage.metrics(b.metrics);
  }
  const opens = events.filter((e) => e.action === 'open');
  const worst = new Map<string, string>();
  const rank = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 } as const;
  for (const e of events) if (!worst.has(e.id) || rank[e.severity] > rank[worst.get(e.id) as keyof typeof rank]) worst.set(e.id, e.severity);
  const bySeverity: Record<string, number> = {};
  for (const s of worst.values()) bySeverity[s] = (bySeverity[s] ?? 0) + 1;
  const high = (bySeverity.HIGH ?? 0) + (bySeverity.CRITICAL ?? 0);
  return { opens: opens.length, high, perServiceHour: opens.length / (services * 0.5), bySeverity, examples: opens.slice(0, 5).map((e) => `${e.severity} ${e.seriesKey}: ${e.message}`) };
}

async function main(): Promise<void> {
  say('# bench:detect');
  const services = quick ? 200 : 1000;
  // Per-series state first (no per-service models), on a fresh heap; then the full engine.
  const bare = measureEngine(services, 34, 70, quick ? 5 : 15, false);
  const tp = measureEngine(services, 34, 70, quick ? 5 : 15, true);
  say(`engine: ${tp.liveSeries} live series, ${tp.seriesSteps} series-steps in ${tp.seconds.toFixed(3)} s → ${Math.round(tp.stepsPerS)} series-steps/s; ${Math.round(tp.bytesPerSeries)} B/series (engine) + ${Math.round(tp.aggregatorBytesPerGroup)} B per route group (aggregator, with an open step)`);
  say(`  without per-service multivariate models: ${Math.round(bare.stepsPerS)} series-steps/s, ${Math.round(bare.bytesPerSeries)} B/series`);
  say(`  reference, EWMA only: ${Math.round(tp.ewmaOnlyStepsPerS)} series-steps/s, ${Math.round(tp.ewmaOnlyBytesPerSeries)} B/series`);
  say(`  per CPU-second (process CPU time; wall time above also counts waiting for a core on a shared machine): ${Math.round(tp.stepsPerCpuS)} with multivariate, ${Math.round(bare.stepsPerCpuS)} without, reference EWMA only ${Math.round(tp.ewmaOnlyStepsPerCpuS)}`);

  const fp = fpRun(true);
  say(`false positives (warm, 30 min × 50 services): opened=${fp.opens} by worst severity=${JSON.stringify(fp.bySeverity)} per service-hour=${fp.perServiceHour.toFixed(3)}`);
  for (const x of fp.examples) say(`  e.g. ${x}`);
  const cold = fpRun(false);
  say(`  reference, cold start (no history): opened=${cold.opens} high=${cold.high} per service-hour=${cold.perServiceHour.toFixed(3)}`);
  for (const x of cold.examples) say(`  e.g. ${x}`);

  const lat = await latencyRun();
  say(`latency step-closable → event stored in PostgreSQL (PGlite): p50=${lat.p50.toFixed(2)} ms p99=${lat.p99.toFixed(2)} ms over ${lat.samples} opened of ${lat.injected} injected latency spikes; emitted in-process p50=${lat.emitP50.toFixed(3)} ms p99=${lat.emitP99.toFixed(3)} ms`);

  // A route group carries three derived series, so its aggregator share per series is a third.
  const bytesPerSeries = Math.round(tp.bytesPerSeries + tp.aggregatorBytesPerGroup / 3);
  const result = {
    p50_latency_ms: round(lat.p50),
    p99_latency_ms: round(lat.p99),
    steps_per_s: Math.round(tp.stepsPerS),
    bytes_per_series: bytesPerSeries,
    fp_high: fp.high,
    fp_per_service_hour: round(fp.perServiceHour),
  };
  if (json) console.log(JSON.stringify(result));
  else console.log(Object.entries(result).map(([k, v]) => `${k}=${v}`).join(' '));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

await main();

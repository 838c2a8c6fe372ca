// Diagnosis bench: a labelled corpus of fault scenarios (8 categories, 11 kinds, decoys,
// obscured messages, multi-hop propagation, silent dependencies) goes into embedded
// ClickHouse; the engine (rules + trace graph + impact + random forest trained on a separate
// split) diagnoses each event end to end. Reports category and root-service accuracy, the
// confusion matrix and time per diagnosis, with two same-run references: rules alone over the
// event (no graph, no model) and rules + graph without the model.
//   npm run bench:diagnose -- [--train N] [--test N] [--seed S] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CategoryClassifier, type LabelledSample } from '../src/diagnose/classifier.ts';
import { diagnoseEvent, type EngineDeps } from '../src/diagnose/engine.ts';
import { fetchTraceWindow } from '../src/diagnose/graph-query.ts';
import { loadRules, type AssignedCategory } from '../src/diagnose/rules/index.ts';
import { TemplateMiner } from '../src/patterns/index.ts';
import { openClickHouse } from '../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../src/store/clickhouse/migrate.ts';
import { generateCorpus, type Case } from './lib/diagnose-corpus.ts';
import { confusionTable, newTally, quantile, ratio, record, type Tally } from './lib/diagnose-eval.ts';
import { insertLogs, insertSpans } from './lib/diagnose-traces.ts';

interface Args {
  train: number;
  test: number;
  seed: number;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { train: 154, test: 132, seed: 7, json: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--train') a.train = Number(argv[++i]);
    else if (k === '--test') a.test = Number(argv[++i]);
    else if (k === '--seed') a.seed = Number(argv[++i]);
    else if (k === '--json') a.json = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const THRESHOLD = 0.7;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-bench-diagnose-'));
  const ch = openClickHouse({ url: '', username: '', password: '', dataDir: dir, requestTimeoutMs: 120_000 });
  try {
    await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
    const now = Date.now();
    // Different seeds and time slots: the model never sees a test case or its traces.
    const train = generateCorpus({ cases: args.train, seed: args.seed, nowMs: now, firstSlot: 0 });
    const test = generateCorpus({ cases: args.test, seed: args.seed + 1000, nowMs: now, firstSlot: args.train });
    const all = [...train, ...test];
    await insertSpans(ch.client, 'otel', all.flatMap((c) => c.spans));
    await insertLogs(ch.client, 'otel', all.flatMap((c) => c.logs));
    const spanCount = all.reduce((n, c) => n + c.spans.length, 0);

    const rules = loadRules();
    const miner = new TemplateMiner();
    const fetchWindow: EngineDeps['fetchWindow'] = (req) => fetchTraceWindow(ch.client, 'otel', req);
    const base = { rules, miner, confidenceThreshold: THRESHOLD };

    // Training split: diagnose without a model to get the vectors the model will see, label by truth.
    const samples: LabelledSample[] = [];
    for (const c of train) {
      const d = await diagnoseEvent(c.event, { ...base, fetchWindow, classifier: null });
      samples.push({ features: d.features, category: c.truth.category as AssignedCategory });
    }
    const trainStart = performance.now();
    const model = CategoryClassifier.train(samples);
    const trainMs = performance.now() - trainStart;
    // Persisted and reloaded, as the stage does through Postgres.
    const served = CategoryClassifier.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));

    const rulesOnly = newTally();
    const rulesGraph = newTally();
    const full = newTally();
    for (const c of test) {
      const r = await diagnoseEvent(c.event, { ...base, fetchWindow: null, classifier: null });
      record(rulesOnly, c.scenario.kind, c.truth, { category: r.category, root: r.rootCause.service });
      const g = await diagnoseEvent(c.event, { ...base, fetchWindow, classifier: null });
      record(rulesGraph, c.scenario.kind, c.truth, { category: g.category, root: g.rootCause.service });
      const t0 = performance.now();
      const d = await diagnoseEvent(c.event, { ...base, fetchWindow, classifier: served });
      const ms = performance.now() - t0;
      record(full, c.scenario.kind, c.truth, { category: d.category, root: d.rootCause.service }, ms);
      if (d.needsApproval) full.needsApproval++;
      if (d.disagreement) full.disagreements++;
    }
    report(args, { train, test, spanCount, trainMs, model, rulesOnly, rulesGraph, full });
  } finally {
    await ch.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Results {
  train: Case[];
  test: Case[];
  spanCount: number;
  trainMs: number;
  model: CategoryClassifier;
  rulesOnly: Tally;
  rulesGraph: Tally;
  full: Tally;
}

function summary(t: Tally) {
  return { category_accuracy: ratio(t.categoryHits, t.n), root_accuracy: ratio(t.rootHits, t.n) };
}

function report(args: Args, r: Results): void {
  const p50 = Math.round(quantile(r.full.timesMs, 0.5) * 10) / 10;
  const p99 = Math.round(quantile(r.full.timesMs, 0.99) * 10) / 10;
  const full = summary(r.full);
  const confusion = Object.fromEntries([...r.full.confusion].map(([k, v]) => [k, Object.fromEntries(v)]));
  const perKind = Object.fromEntries([...r.full.perKind].map(([k, v]) => [k, { n: v.n, category_accuracy: ratio(v.cat, v.n), root_accuracy: ratio(v.root, v.n) }]));
  if (args.json) {
    console.log(JSON.stringify({
      ...full, p50_ms: p50, p99_ms: p99,
      train_cases: r.train.length, test_cases: r.test.length, spans: r.spanCount,
      model: { version: r.model.version, samples: r.model.doc.samples, holdout_accuracy: r.model.doc.holdoutAccuracy, train_ms: Math.round(r.trainMs) },
      needs_approval: ratio(r.full.needsApproval, r.full.n), disagreements: r.full.disagreements,
      reference_rules_only: summary(r.rulesOnly), reference_rules_graph: summary(r.rulesGraph),
      per_kind: perKind, confusion,
    }));
    return;
  }
  console.log(`diagnose bench: ${r.train.length} training cases, ${r.test.length} test cases, ${r.spanCount} spans in embedded ClickHouse (seed ${args.seed})`);
  console.log(`model ${r.model.version}: ${r.model.doc.samples} samples, holdout accuracy ${r.model.doc.holdoutAccuracy}, trained in ${Math.round(r.trainMs)} ms`);
  console.log('');
  console.log('                          category  root');
  const line = (name: string, t: Tally) => console.log(`${name.padEnd(26)}${summary(t).category_accuracy.toFixed(3).padStart(8)}  ${summary(t).root_accuracy.toFixed(3)}`);
  line('reference: rules only', r.rulesOnly);
  line('reference: rules + graph', r.rulesGraph);
  line('rules + graph + model', r.full);
  console.log('');
  console.log('per scenario (rules + graph + model):');
  for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(22)} n=${String(v.n).padStart(3)}  category ${v.category_accuracy.toFixed(2)}  root ${v.root_accuracy.toFixed(2)}`);
  console.log('');
  console.log('confusion matrix (rows truth, columns diagnosis):');
  console.log(confusionTable(r.full));
  console.log('');
  console.log(`needs approval: ${(ratio(r.full.needsApproval, r.full.n) * 100).toFixed(1)}%  rule/model disagreements: ${r.full.disagreements}`);
  console.log(`time per diagnosis: p50 ${p50} ms, p99 ${p99} ms (embedded ClickHouse, trace window queries included)`);
  console.log(`category_accuracy=${full.category_accuracy} root_accuracy=${full.root_accuracy} p99_ms=${p99}`);
}

await main();

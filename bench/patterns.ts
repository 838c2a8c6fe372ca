// Template-mining bench: lines/s and peak RSS of TemplateMiner over a labelled synthetic
// corpus (1,000,000 lines by default, one thread), grouping accuracy against the labels,
// and the same figures for a naive regex-mask-then-exact-match baseline. Then grouping
// accuracy per system, 2,000 lines each with a fresh miner as Loghub does, on three sets:
// the failure-kinds tuning set (patterns-kinds.ts), the held-out set (patterns-heldout.ts),
// which rules are never tuned on, the fresh set (patterns-fresh.ts), written before the
// issue-15 miner changes and scored only once they were done, and the unseen set
// (patterns-unseen.ts), written once the fresh set had been looked at, so that a rule fitted to
// the fresh set's failures shows as no gain (or a loss) there; and the sealed set
// (patterns-sealed.ts), written once the unseen set had been looked at in turn.
//
// --reference DIR runs a second miner, DIR/src/patterns/miner.ts (or DIR/miner.ts), on the
// same input in the same run: a previous version, extracted inside this checkout (so tsx
// compiles it with the same tsconfig; a copy under /tmp runs about half as fast) with
//   mkdir .bench-ref && git archive <rev> src/patterns | tar -x -C .bench-ref
// After a warm-up of its own, its timed calls alternate with the current miner's chunk by
// chunk, so load on a shared machine falls on both alike.
// --reference drain makes that second miner Drain as its paper describes it (patterns-drain.ts),
// the algorithm the issue compares with.
// The second sealed set (patterns-sealed2.ts) runs only when asked: --sealed2-summary prints its
// average and minimum, --sealed2-full its per-system scores (read once, at the end of a round).
// The third (patterns-sealed3.ts) likewise, with --sealed3-summary / --sealed3-full.
// The fourth (patterns-sealed4.ts) likewise, with --sealed4-summary / --sealed4-full, and the
// fifth (patterns-sealed5.ts) with --sealed5-summary / --sealed5-full, and likewise the sixth, seventh, eighth, ninth, tenth, eleventh and twelfth.
//   npm run bench:patterns -- [--lines N] [--seed S] [--threshold T] [--depth D] [--variable-words W] [--reference DIR] [--json] [--verbose] [--sealed-summary] [--sealed2-summary | --sealed2-full] [--sealed3-summary | --sealed3-full] [--sealed4-summary | --sealed4-full] [--sealed5-summary | --sealed5-full] [--sealed6-summary | --sealed6-full] [--sealed7-summary | --sealed7-full] [--sealed8-summary | --sealed8-full] [--sealed9-summary | --sealed9-full] [--sealed10-summary | --sealed10-full] [--sealed11-summary | --sealed11-full] [--sealed12-summary | --sealed12-full] [--sealed13-summary | --sealed13-full] [--sealed14-summary | --sealed14-full] [--sealed15-summary | --sealed15-full] [--sealed16-summary | --sealed16-full] [--sealed17-summary | --sealed17-full] [--sealed18-summary | --sealed18-full] [--orders N]
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TemplateMiner } from '../src/patterns/miner.ts';
import { assignEventIds } from '../src/patterns/event-ids.ts';
import type { MinerOptionsInput } from '../src/patterns/options.ts';
import { Corpus, TEMPLATES } from './lib/patterns-corpus.ts';
import { NaiveTemplater } from './lib/patterns-naive.ts';
import { DrainMiner } from './lib/patterns-drain.ts';
import { groupingAccuracy } from './lib/grouping-accuracy.ts';
import { HELDOUT_SYSTEMS, heldoutSample, type HeldoutSystem } from './lib/patterns-heldout.ts';
import { KIND_SYSTEMS } from './lib/patterns-kinds.ts';
import { FRESH_SYSTEMS } from './lib/patterns-fresh.ts';
import { UNSEEN_SYSTEMS } from './lib/patterns-unseen.ts';
import { SEALED_SYSTEMS } from './lib/patterns-sealed.ts';
import { SEALED2_SYSTEMS } from './lib/patterns-sealed2.ts';
import { SEALED3_SYSTEMS } from './lib/patterns-sealed3.ts';
import { SEALED4_SYSTEMS } from './lib/patterns-sealed4.ts';
import { SEALED5_SYSTEMS } from './lib/patterns-sealed5.ts';
import { SEALED6_SYSTEMS } from './lib/patterns-sealed6.ts';
import { SEALED7_SYSTEMS } from './lib/patterns-sealed7.ts';
import { SEALED8_SYSTEMS } from './lib/patterns-sealed8.ts';
import { SEALED9_SYSTEMS } from './lib/patterns-sealed9.ts';
import { SEALED10_SYSTEMS } from './lib/patterns-sealed10.ts';
import { SEALED11_SYSTEMS } from './lib/patterns-sealed11.ts';
import { SEALED12_SYSTEMS } from './lib/patterns-sealed12.ts';
import { SEALED13_SYSTEMS } from './lib/patterns-sealed13.ts';
import { SEALED14_SYSTEMS } from './lib/patterns-sealed14.ts';
import { SEALED15_SYSTEMS } from './lib/patterns-sealed15.ts';
import { SEALED16_SYSTEMS } from './lib/patterns-sealed16.ts';
import { SEALED17_SYSTEMS } from './lib/patterns-sealed17.ts';
import { SEALED18_SYSTEMS } from './lib/patterns-sealed18.ts';

interface Args {
  lines: number;
  seed: number;
  json: boolean;
  verbose: boolean;
  /** Print only the sealed set's average and minimum (see patterns-sealed.ts). */
  sealedSummary: boolean;
  /** The later sealed sets (LATER_SEALED): not run unless asked; 'summary' prints only a set's average and minimum. */
  later: Record<LaterKey, 'off' | 'summary' | 'full'>;
  reference: string | null;
  miner: MinerOptionsInput;
  /**
   * Samples each labelled system is scored over (1: the one sample the figures were first
   * reported with); each is the same generator with another seed, so other values in another
   * order. A streaming miner decides as lines come, so one sample is one draw: on one system the
   * same code reads 0.00 or 0.90 by the sample alone.
   */
  orders: number;
}

/** What the bench needs of a miner; the reference may be an older version with other internals. */
interface MinerLike {
  add(line: string, timeMs: number): { clusterId: number };
  get(clusterId: number): { template: string } | undefined;
  stats(): { clusters: number };
}
type MakeMiner = (opts: MinerOptionsInput) => MinerLike;
type Assign = (ids: ArrayLike<number>, templateOf: (id: number) => string) => { eventOf: Uint32Array; templates: string[] };
/** A reference miner and its own way of turning clusters into events, so a same-run comparison compares whole versions. */
interface Reference {
  make: MakeMiner;
  assign: Assign;
}

/** Sealed sets run only when asked, with --KEY-summary or --KEY-full, each written before a round of miner changes. */
const LATER_SEALED = [
  { key: 'sealed2', systems: SEALED2_SYSTEMS, title: `second sealed set (written before the patterns5 changes, read per system once at the end)` },
  { key: 'sealed3', systems: SEALED3_SYSTEMS, title: `third sealed set (written before the patterns6 changes, read per system once at the end)` },
  { key: 'sealed4', systems: SEALED4_SYSTEMS, title: `fourth sealed set (written 2026-12-06 before the next round's changes, read per system once at the end)` },
  { key: 'sealed5', systems: SEALED5_SYSTEMS, title: `fifth sealed set (written 2026-12-07, read per system at the end of the thirteenth session's round)` },
  { key: 'sealed6', systems: SEALED6_SYSTEMS, title: `sixth sealed set (written 2026-12-07, read per system at the end of the fourteenth session's first round)` },
  { key: 'sealed7', systems: SEALED7_SYSTEMS, title: `seventh sealed set (written 2026-12-07 for the next round, read per system once at its end)` },
  { key: 'sealed8', systems: SEALED8_SYSTEMS, title: `eighth sealed set (written 2026-12-07 for the round after sealed7, read per system once at its end)` },
  { key: 'sealed9', systems: SEALED9_SYSTEMS, title: `ninth sealed set (written 2026-12-07 for the round after sealed8, read per system once at its end)` },
  { key: 'sealed10', systems: SEALED10_SYSTEMS, title: `tenth sealed set (written 2026-12-07 for the round after sealed9, read per system once at its end)` },
  { key: 'sealed11', systems: SEALED11_SYSTEMS, title: `eleventh sealed set (written 2026-12-07 for the round after sealed10, read per system once at its end)` },
  { key: 'sealed12', systems: SEALED12_SYSTEMS, title: `twelfth sealed set (written 2026-12-07 for the round after sealed11, read per system once at its end)` },
  { key: 'sealed13', systems: SEALED13_SYSTEMS, title: `thirteenth sealed set (written 2026-12-07 for the round after sealed12, read per system once at its end)` },
  { key: 'sealed14', systems: SEALED14_SYSTEMS, title: `fourteenth sealed set (written 2026-12-07 for the round after sealed13, read per system once at its end)` },
  { key: 'sealed15', systems: SEALED15_SYSTEMS, title: `fifteenth sealed set (written 2026-12-07 for the round after sealed14, read per system once at its end)` },
  { key: 'sealed16', systems: SEALED16_SYSTEMS, title: `sixteenth sealed set (written 2026-12-07 for the round after sealed15, read per system once at its end)` },
  { key: 'sealed17', systems: SEALED17_SYSTEMS, title: `seventeenth sealed set (written 2026-12-07 for the round after sealed16, read per system once at its end)` },
  { key: 'sealed18', systems: SEALED18_SYSTEMS, title: `eighteenth sealed set (written 2026-12-08 for the round after sealed17, read per system once at its end)` },
] as const;
type LaterKey = (typeof LATER_SEALED)[number]['key'];

const CHUNK = 20_000;
/** Loghub's labelled samples are 2,000 lines per system; report that scale too. */
const SMALL = 2_000;

function parseArgs(argv: string[]): Args {
  const a: Args = { lines: 1_000_000, seed: 42, json: false, verbose: false, sealedSummary: false, later: { sealed2: 'off', sealed3: 'off', sealed4: 'off', sealed5: 'off', sealed6: 'off', sealed7: 'off', sealed8: 'off', sealed9: 'off', sealed10: 'off', sealed11: 'off', sealed12: 'off', sealed13: 'off', sealed14: 'off', sealed15: 'off', sealed16: 'off', sealed17: 'off', sealed18: 'off' }, reference: null, miner: {}, orders: 1 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const later = LATER_SEALED.find((x) => k === `--${x.key}-summary` || k === `--${x.key}-full`);
    if (later) a.later[later.key] = k.endsWith('-full') ? 'full' : 'summary';
    else if (k === '--lines') a.lines = Number(argv[++i]);
    else if (k === '--seed') a.seed = Number(argv[++i]);
    else if (k === '--threshold') a.miner.similarityThreshold = Number(argv[++i]);
    else if (k === '--depth') a.miner.depth = Number(argv[++i]);
    else if (k === '--variable-words') a.miner.variableWords = Number(argv[++i]);
    else if (k === '--reference') a.reference = argv[++i];
    else if (k === '--orders') {
      a.orders = Number(argv[++i]);
      if (!Number.isInteger(a.orders) || a.orders < 1 || a.orders > 100) throw new Error('--orders takes a whole number from 1 to 100');
    }
    else if (k === '--json') a.json = true;
    else if (k === '--verbose') a.verbose = true;
    else if (k === '--sealed-summary') a.sealedSummary = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

interface RunResult {
  ids: Uint32Array;
  seconds: number;
  /** Process CPU time (user + system) spent in the timed calls: on a shared machine it moves less than wall time. */
  cpuSeconds: number;
}

/**
 * Feed the corpus through each `add` in chunks, timing only the `add` calls (not generation).
 * With several, they take turns per chunk (first one first on even chunks, last one on odd).
 */
function run(args: Args, total: number, labels: Uint16Array, ...adds: ((line: string) => number)[]): RunResult[] {
  const corpus = new Corpus(args.seed);
  const out = adds.map(() => ({ ids: new Uint32Array(total), ns: 0n, cpuUs: 0 }));
  const chunk: string[] = new Array(CHUNK);
  let round = 0;
  for (let off = 0; off < total; off += CHUNK) {
    const count = Math.min(CHUNK, total - off);
    corpus.fill(chunk, labels, off, count);
    for (let q = 0; q < adds.length; q++) {
      const x = round % 2 === 0 ? q : adds.length - 1 - q;
      const add = adds[x];
      const r = out[x];
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      for (let k = 0; k < count; k++) r.ids[off + k] = add(chunk[k]);
      r.ns += process.hrtime.bigint() - t0;
      const c = process.cpuUsage(c0);
      r.cpuUs += c.user + c.system;
    }
    round++;
  }
  return out.map((r) => ({ ids: r.ids, seconds: Number(r.ns) / 1e9, cpuSeconds: r.cpuUs / 1e6 }));
}

async function loadReference(dir: string): Promise<Reference> {
  // The algorithm the issue compares against, written here (see patterns-drain.ts), with events
  // by identical template text only, as Drain has them.
  if (dir === 'drain') return { make: () => new DrainMiner(), assign: (ids, t) => assignEventIds(ids, t, { joinTemplates: false }) };
  const root = resolve(dir);
  const file = [join(root, 'src/patterns/miner.ts'), join(root, 'miner.ts')].find((f) => existsSync(f));
  if (!file) throw new Error(`--reference ${dir}: neither src/patterns/miner.ts nor miner.ts there`);
  const mod = (await import(pathToFileURL(file).href)) as { TemplateMiner: new (o: MinerOptionsInput) => MinerLike };
  const ids = join(dirname(file), 'event-ids.ts');
  const assign = existsSync(ids) ? ((await import(pathToFileURL(ids).href)) as { assignEventIds: Assign }).assignEventIds : assignEventIds;
  return { make: (o) => new mod.TemplateMiner(o), assign };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // What node and tsx cost before any mining, so readers can tell the miner's share of the peak.
  const startRssMb = process.memoryUsage().rss / 1024 / 1024;
  const labels = new Uint16Array(args.lines);
  const reference = args.reference ? await loadReference(args.reference) : null;
  const makeRef = reference?.make ?? null;

  const miner = new TemplateMiner(args.miner);
  const [mined] = run(args, args.lines, labels, (line) => miner.add(line, 0).clusterId);
  // Peak RSS of the whole process so far: node itself, the corpus chunk and the miner.
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const events = assignEventIds(mined.ids, (id) => miner.get(id)?.template ?? '');
  const ga = groupingAccuracy(events.eventOf, labels);
  const linesPerS = args.lines / mined.seconds;

  // Speed next to the reference: a second pass of both, alternating per chunk.
  let speed: { lines_per_s: number; lines_per_cpu_s: number; ref_lines_per_s: number; ref_lines_per_cpu_s: number; ref_grouping_accuracy: number } | null = null;
  if (makeRef) {
    // The current miner's code is warm from the pass above; warm the reference's alike.
    const warm = makeRef(args.miner);
    run(args, Math.min(args.lines, 5 * CHUNK), new Uint16Array(Math.min(args.lines, 5 * CHUNK)), (l) => warm.add(l, 0).clusterId);
    const cur = new TemplateMiner(args.miner);
    const ref = makeRef(args.miner);
    const [a, b] = run(args, args.lines, labels, (l) => cur.add(l, 0).clusterId, (l) => ref.add(l, 0).clusterId);
    const refGa = groupingAccuracy(reference!.assign(b.ids, (id) => ref.get(id)?.template ?? '').eventOf, labels);
    speed = {
      lines_per_s: Math.round(args.lines / a.seconds),
      lines_per_cpu_s: Math.round(args.lines / a.cpuSeconds),
      ref_lines_per_s: Math.round(args.lines / b.seconds),
      ref_lines_per_cpu_s: Math.round(args.lines / b.cpuSeconds),
      ref_grouping_accuracy: round(refGa, 4),
    };
  }

  const small = new TemplateMiner(args.miner);
  const smallLabels = new Uint16Array(Math.min(SMALL, args.lines));
  const [smallRun] = run(args, smallLabels.length, smallLabels, (line) => small.add(line, 0).clusterId);
  const gaSmall = groupingAccuracy(assignEventIds(smallRun.ids, (id) => small.get(id)?.template ?? '').eventOf, smallLabels);

  const naive = new NaiveTemplater();
  const [naiveRun] = run(args, args.lines, labels, (line) => naive.add(line));
  const naiveLinesPerS = args.lines / naiveRun.seconds;
  const naiveGa = groupingAccuracy(naiveRun.ids, labels);

  const kinds = evalSystems(KIND_SYSTEMS, args, reference);
  const heldout = evalSystems(HELDOUT_SYSTEMS, args, reference);
  const fresh = evalSystems(FRESH_SYSTEMS, args, reference);
  const unseen = evalSystems(UNSEEN_SYSTEMS, args, reference);
  const sealed = evalSystems(SEALED_SYSTEMS, { ...args, verbose: args.verbose && !args.sealedSummary }, reference);
  const later = LATER_SEALED.map((x) => {
    const mode = args.later[x.key];
    return { ...x, mode, scores: mode === 'off' ? null : evalSystems(x.systems, { ...args, verbose: args.verbose && mode === 'full' }, reference) };
  });

  const result = {
    lines: args.lines,
    true_templates: TEMPLATES.length,
    lines_per_s: Math.round(linesPerS),
    lines_per_cpu_s: Math.round(args.lines / mined.cpuSeconds),
    grouping_accuracy: round(ga, 4),
    grouping_accuracy_2k: round(gaSmall, 4),
    rss_mb: round(rssMb, 1),
    rss_at_start_mb: round(startRssMb, 1),
    templates: events.templates.length,
    clusters: miner.stats().clusters,
    naive_lines_per_s: Math.round(naiveLinesPerS),
    naive_lines_per_cpu_s: Math.round(args.lines / naiveRun.cpuSeconds),
    naive_grouping_accuracy: round(naiveGa, 4),
    naive_templates: naive.size,
    reference_same_run: speed,
    orders: args.orders,
    tuning_kinds: kinds,
    heldout,
    fresh,
    unseen,
    sealed: args.sealedSummary ? summaryOf(sealed) : sealed,
    ...Object.fromEntries(later.map((x) => [x.key, x.scores === null ? null : x.mode === 'summary' ? summaryOf(x.scores) : x.scores])),
  };
  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  if (args.verbose) printPerTemplate(events.eventOf, labels, events.templates, (l) => TEMPLATES[l].name);
  console.log(`corpus: ${args.lines} lines, ${TEMPLATES.length} true templates, seed ${args.seed}`);
  console.log(`miner:  ${fmt(linesPerS)} lines/s (${fmt(result.lines_per_cpu_s)} per CPU-second), ${result.templates} templates (${result.clusters} clusters), GA ${result.grouping_accuracy} (first ${SMALL} lines alone: ${result.grouping_accuracy_2k}), peak RSS ${result.rss_mb} MB (${result.rss_at_start_mb} MB before mining)`);
  console.log(`naive:  ${fmt(naiveLinesPerS)} lines/s (${fmt(result.naive_lines_per_cpu_s)} per CPU-second), ${naive.size} templates, GA ${result.naive_grouping_accuracy} (regex mask + exact-string map, same run)`);
  if (speed) {
    console.log(`same-run pass, chunks alternating: miner ${fmt(speed.lines_per_s)} lines/s (${fmt(speed.lines_per_cpu_s)} per CPU-second); reference ${fmt(speed.ref_lines_per_s)} lines/s (${fmt(speed.ref_lines_per_cpu_s)} per CPU-second), GA ${speed.ref_grouping_accuracy} (${args.reference})`);
  }
  const ref = makeRef ? ', reference miner' : '';
  if (args.orders > 1) console.log(`labelled sets: each system's figures are means over ${args.orders} line orders (samples drawn with seeds ${args.seed} + system index + 1000 × order)`);
  printSystems(`tuning set (failure kinds)`, kinds, ref);
  printSystems(`held-out set (never tuned on)`, heldout, ref);
  printSystems(`fresh set (written before the miner changes, scored after)`, fresh, ref);
  printSystems(`unseen set (written after the fresh set was looked at, scored before and after the next changes)`, unseen, ref);
  printSealed(`sealed set (written after the unseen set was looked at, read once at the end)`, sealed, args.sealedSummary, '--sealed-summary', ref);
  for (const x of later) if (x.scores) printSealed(x.title, x.scores, x.mode === 'summary', `--${x.key}-summary`, ref);
  console.log(`lines_per_s=${result.lines_per_s} lines_per_cpu_s=${result.lines_per_cpu_s} grouping_accuracy=${result.grouping_accuracy} rss_mb=${result.rss_mb} tuning_avg=${kinds.average} heldout_avg=${heldout.average} heldout_min=${heldout.min} fresh_avg=${fresh.average} fresh_min=${fresh.min} unseen_avg=${unseen.average} unseen_min=${unseen.min} sealed_avg=${sealed.average} sealed_min=${sealed.min}${later.map((x) => (x.scores ? ` ${x.key}_avg=${x.scores.average} ${x.key}_min=${x.scores.min}` : '')).join('')}`);
}

/** What a summary of a sealed set shows: its average and minimum, and the reference miner's. */
function summaryOf(s: SystemScores): Pick<SystemScores, 'average' | 'min' | 'ref_average' | 'ref_min'> {
  return { average: s.average, min: s.min, ref_average: s.ref_average, ref_min: s.ref_min };
}

/** A sealed set: only its average and minimum when asked for a summary (per-system scores withheld), else every system. */
function printSealed(title: string, set: SystemScores, summary: boolean, flag: string, ref: string): void {
  if (!summary) return printSystems(title, set, ref);
  const r = set.ref_average === undefined ? '' : ` (reference ${set.ref_average.toFixed(3)}, min ${set.ref_min?.toFixed(3)})`;
  console.log(`${title}: average ${set.average.toFixed(3)}, min ${set.min.toFixed(3)}${r}; per system withheld (${flag})`);
}

interface SystemScores {
  systems: { name: string; ga: number; ref_ga?: number; naive_ga: number; templates: number; true_templates: number }[];
  average: number;
  min: number;
  ref_average?: number;
  ref_min?: number;
  naive_average: number;
}

/** Grouping accuracy per system on SMALL lines each, a fresh miner per system. */
function evalSystems(systems: HeldoutSystem[], args: Args, reference: Reference | null): SystemScores {
  const out: SystemScores['systems'] = [];
  const mine = (m: MinerLike, lines: string[], assign: Assign = assignEventIds) => assign(lines.map((l) => m.add(l, 0).clusterId), (id) => m.get(id)?.template ?? '');
  systems.forEach((sys, k) => {
    // Order 0 is the sample the figures were always read on; later orders draw other samples of the same system.
    const sum = { ga: 0, naive: 0, ref: 0, templates: 0 };
    let trueTemplates = 0;
    for (let o = 0; o < args.orders; o++) {
      const { lines, labels } = heldoutSample(sys, SMALL, args.seed + k + o * 1000);
      const ev = mine(new TemplateMiner(args.miner), lines);
      const naive = new NaiveTemplater();
      const naiveIds = lines.map((l) => naive.add(l));
      if (args.verbose && o === 0) printPerTemplate(ev.eventOf, labels, ev.templates, (l) => `${sys.name}#${l}`);
      sum.ga += groupingAccuracy(ev.eventOf, labels);
      sum.naive += groupingAccuracy(naiveIds, labels);
      sum.templates += ev.templates.length;
      trueTemplates = Math.max(trueTemplates, new Set(labels).size);
      if (reference) sum.ref += groupingAccuracy(mine(reference.make(args.miner), lines, reference.assign).eventOf, labels);
    }
    const n = args.orders;
    const row: SystemScores['systems'][number] = { name: sys.name, ga: round(sum.ga / n, 3), naive_ga: round(sum.naive / n, 3), templates: Math.round(sum.templates / n), true_templates: trueTemplates };
    if (reference) row.ref_ga = round(sum.ref / n, 3);
    out.push(row);
  });
  const avg = (f: (s: SystemScores['systems'][number]) => number) => round(out.reduce((a, s) => a + f(s), 0) / out.length, 3);
  const scores: SystemScores = { systems: out, average: avg((s) => s.ga), min: Math.min(...out.map((s) => s.ga)), naive_average: avg((s) => s.naive_ga) };
  if (reference) {
    scores.ref_average = avg((s) => s.ref_ga ?? 0);
    scores.ref_min = Math.min(...out.map((s) => s.ref_ga ?? 0));
  }
  return scores;
}

function printSystems(title: string, s: SystemScores, ref: string): void {
  console.log(`${title}: grouping accuracy per system, ${SMALL} lines each (in brackets, same run: naive baseline${ref})`);
  const r = (x: number | undefined) => (x === undefined ? '' : `, ${x.toFixed(3)}`);
  for (const x of s.systems) console.log(`  ${x.name.padEnd(16)} ${x.ga.toFixed(3)} (${x.naive_ga.toFixed(3)}${r(x.ref_ga)})  ${x.templates} templates for ${x.true_templates}`);
  console.log(`  ${'average'.padEnd(16)} ${s.average.toFixed(3)} (${s.naive_average.toFixed(3)}${r(s.ref_average)})  min ${s.min.toFixed(3)}${s.ref_min === undefined ? '' : ` (reference ${s.ref_min.toFixed(3)})`}`);
}

/** Per true template: how its lines were split across predicted events (for tuning). */
function printPerTemplate(eventOf: Uint32Array, labels: Uint16Array, templates: string[], name: (label: number) => string): void {
  const split = new Map<number, Map<number, number>>();
  const byEvent = new Map<number, Set<number>>();
  for (let i = 0; i < labels.length; i++) {
    const m = split.get(labels[i]) ?? new Map<number, number>();
    m.set(eventOf[i], (m.get(eventOf[i]) ?? 0) + 1);
    split.set(labels[i], m);
    const s = byEvent.get(eventOf[i]) ?? new Set<number>();
    s.add(labels[i]);
    byEvent.set(eventOf[i], s);
  }
  for (const [label, m] of [...split].sort((x, y) => x[0] - y[0])) {
    const pure = m.size === 1 && (byEvent.get([...m.keys()][0])?.size ?? 0) === 1;
    if (pure) continue;
    const parts = [...m].sort((x, y) => y[1] - x[1]).slice(0, 3);
    console.log(`  ${name(label)}: ${m.size} event(s); ${parts.map(([e, c]) => `${c}× [shared with ${(byEvent.get(e)?.size ?? 1) - 1}] ${templates[e]}`).join(' | ')}`);
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

await main();

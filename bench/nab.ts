// NAB benchmark for the offline single-series detector (the code path of `homeostat detect`).
//
// Default: leave-one-category-out. For each category, the detector's knobs (a small grid around
// the defaults) and the per-profile thresholds are chosen on the other categories, and the
// held-out category is scored with them. The headline is that held-out figure, pooled over all
// categories; the in-sample figure (defaults, thresholds swept on the whole corpus) is printed
// next to it. The gap between them is how much of the score is fit to this corpus.
//
// A third figure comes from a seeded synthetic NAB-like corpus (lib/nab-synthetic.ts) that is
// never tuned on: the defaults scored there with the thresholds chosen on the real files.
//
//   npm run bench:nab -- --data ../shared/datasets/nab [--in-sample] [--no-grid] [--opts JSON] [--json] [--verbose] [--out DIR]
//   npm run bench:nab -- --write-synthetic DIR
//
// --in-sample scores only the defaults (or --opts) on the whole corpus, through the CSV reader,
// and writes NAB-format result files to --out. --no-grid runs LOCO with the defaults (or --opts)
// alone, so only the thresholds are chosen on the other categories: a quick screen, 1/27 of the
// CPU. --write-synthetic writes the synthetic corpus in NAB's layout (data/, labels/) and exits.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { scoreCsvRows, formatScore } from '../src/detect/offline/csv-command.ts';
import { DEFAULT_UNIVARIATE, UnivariateDetector, type UnivariateOptions } from '../src/detect/offline/univariate.ts';
import { parseTimestamp } from '../src/detect/timestamp.ts';
import { listCorpus, loadWindows } from './lib/nab-data.ts';
import { gridOf, leaveOneCategoryOut, type CategorisedFile, type Candidate } from './lib/nab-loco.ts';
import { PROFILES, normalise, scoreFile, sweep, type SweepResult } from './lib/nab-scorer.ts';
import { labelsFor, windowsToIndices } from './lib/nab-windows.ts';
import { generateSyntheticNab, toNabLayout, SYNTHETIC_SEED } from './lib/nab-synthetic.ts';

interface Args {
  data: string;
  out: string;
  json: boolean;
  verbose: boolean;
  inSample: boolean;
  noGrid: boolean;
  writeSynthetic?: string;
  opts: Partial<UnivariateOptions>;
}

// The knobs LOCO may move, each with the default first (ties keep the default). Small on
// purpose: a wide grid chosen on four categories overfits them as surely as hand tuning.
type GridCfg = Pick<UnivariateOptions, 'nnRelFloor' | 'recRho' | 'runMin' | 'extScale'>;
const GRID_AXES: { [K in keyof GridCfg]: number[] } = {
  nnRelFloor: [DEFAULT_UNIVARIATE.nnRelFloor, 0.4, 0.5],
  recRho: [DEFAULT_UNIVARIATE.recRho, 0.3, 0.4],
  runMin: [DEFAULT_UNIVARIATE.runMin, 75, 100],
  extScale: [DEFAULT_UNIVARIATE.extScale, 0.15],
};

function parseArgs(argv: string[]): Args {
  const a: Args = { data: '../shared/datasets/nab', out: './.tmp/nab-results', json: false, verbose: false, inSample: false, noGrid: false, opts: {} };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--data') a.data = argv[++i];
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--json') a.json = true;
    else if (k === '--verbose') a.verbose = true;
    else if (k === '--in-sample') a.inSample = true;
    else if (k === '--no-grid') a.noGrid = true;
    else if (k === '--write-synthetic') a.writeSynthetic = argv[++i];
    // Corpus-wide detector options, for experiments; never per file.
    else if (k === '--opts') a.opts = JSON.parse(argv[++i]) as Partial<UnivariateOptions>;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const r2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

/** Whole corpus through the CSV reader, as `homeostat detect` runs it; writes NAB result files. */
async function scoreThroughCsv(args: Args): Promise<CategorisedFile[]> {
  const corpus = await listCorpus(args.data);
  const labels = await loadWindows(args.data);
  const scored: CategorisedFile[] = [];
  for (const file of corpus) {
    const ts: number[] = [];
    const lines: string[] = [];
    const scores: number[] = [];
    for await (const r of scoreCsvRows(file.path, args.opts)) {
      ts.push(parseTimestamp(r.timestamp));
      scores.push(r.score);
      lines.push(`${r.timestamp},${r.value},${formatScore(r.score)}`);
    }
    const windows = windowsToIndices(ts, labels[file.key] ?? []);
    const lab = labelsFor(ts.length, windows);
    const outPath = join(args.out, file.key);
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, 'timestamp,value,anomaly_score,label\n' + lines.map((l, i) => `${l},${lab[i]}`).join('\n') + '\n');
    scored.push({ name: file.key, category: file.category, scores, windows });
  }
  return scored;
}

interface Series {
  key: string;
  category: string;
  t: number[];
  v: number[];
  windows: CategorisedFile['windows'];
}

async function loadSeries(root: string): Promise<Series[]> {
  const corpus = await listCorpus(root);
  const labels = await loadWindows(root);
  return Promise.all(
    corpus.map(async (f) => {
      // NAB files are clean two-column CSVs; the CSV reader would parse them identically.
      const lines = (await readFile(f.path, 'utf8')).trim().split('\n').slice(1);
      const t = lines.map((l) => parseTimestamp(l.split(',')[0]));
      const v = lines.map((l) => Number(l.split(',')[1]));
      return { key: f.key, category: f.category, t, v, windows: windowsToIndices(t, labels[f.key] ?? []) };
    }),
  );
}

/** The synthetic corpus, generated in memory (same seed, same series on every machine). */
function syntheticSeries(): Series[] {
  return generateSyntheticNab().map((f) => {
    const t = f.timestamps.map(parseTimestamp);
    return { key: f.key, category: f.category, t, v: f.values, windows: windowsToIndices(t, f.windows) };
  });
}

/**
 * Speed of one detector pass: rows per CPU-second of this process (stable on a shared machine,
 * where wall clock mostly measures the neighbours) and per wall-clock second.
 */
function timedScore(series: Series[], opts: Partial<UnivariateOptions>): { files: CategorisedFile[]; rowsPerSec: number; rowsPerCpuSec: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const files = scoreSeries(series, opts);
  const cpu = process.cpuUsage(c0);
  const rows = series.reduce((a, s) => a + s.t.length, 0);
  return { files, rowsPerSec: rows / ((performance.now() - t0) / 1000), rowsPerCpuSec: rows / ((cpu.user + cpu.system) / 1e6) };
}

function scoreSeries(series: Series[], opts: Partial<UnivariateOptions>): CategorisedFile[] {
  return series.map((s) => {
    const det = new UnivariateDetector(opts);
    const scores = new Float64Array(s.t.length);
    for (let i = 0; i < s.t.length; i++) scores[i] = det.update(s.t[i], s.v[i]).score;
    return { name: s.key, category: s.category, scores, windows: s.windows };
  });
}

function perCategory(files: CategorisedFile[], results: SweepResult[]): string[] {
  const out: string[] = [];
  for (const c of [...new Set(files.map((f) => f.category))]) {
    const cells = PROFILES.map((p, k) => {
      const held = files.filter((f) => f.category === c);
      const raw = held.reduce((a, f) => a + scoreFile(f, results[k].threshold, p).score, 0);
      const w = held.reduce((a, f) => a + f.windows.length, 0);
      return w ? r2(normalise(raw, -w * p.fn, w * p.tp)) : `raw ${r2(raw)}`;
    });
    out.push(`  ${c.padEnd(24)} ${cells.map((x) => x.padStart(10)).join(' ')}`);
  }
  return out;
}

function printInSample(files: CategorisedFile[], results: SweepResult[], verbose: boolean): void {
  if (verbose) {
    for (const f of files) {
      const s = scoreFile(f, results[0].threshold, PROFILES[0]);
      console.log(`${f.name.padEnd(60)} tp=${s.tp} fp=${s.fp} fn=${s.fn} score=${s.score.toFixed(3)}`);
    }
  }
  console.log(`in-sample (defaults, thresholds swept on all ${files.length} files):`);
  console.log(`  ${'profile'.padEnd(24)} ${PROFILES.map((p) => p.name.replace('reward_', '').padStart(10)).join(' ')}`);
  console.log(`  ${'all'.padEnd(24)} ${results.map((r) => r2(r.normalised).padStart(10)).join(' ')}   thresholds ${results.map((r) => r.threshold.toFixed(4)).join(' ')}`);
  for (const l of perCategory(files, results)) console.log(l);
}

/**
 * The synthetic corpus scored at the thresholds chosen on the real files (the honest figure:
 * nothing about it was chosen on it), and at its own best thresholds (an upper reference).
 */
function syntheticReport(files: CategorisedFile[], realThresholds: number[]): { atRealThresholds: number[]; ownBest: number[] } {
  const windows = files.reduce((a, f) => a + f.windows.length, 0);
  const atRealThresholds = PROFILES.map((p, k) => {
    const raw = files.reduce((a, f) => a + scoreFile(f, realThresholds[k], p).score, 0);
    return normalise(raw, -windows * p.fn, windows * p.tp);
  });
  return { atRealThresholds, ownBest: PROFILES.map((p) => sweep(files, p).normalised) };
}

function printSynthetic(files: CategorisedFile[], realThresholds: number[], verbose: boolean): ReturnType<typeof syntheticReport> {
  const rep = syntheticReport(files, realThresholds);
  const rows = files.reduce((a, f) => a + f.scores.length, 0);
  const windows = files.reduce((a, f) => a + f.windows.length, 0);
  console.log(`\nsynthetic held-out (seed ${SYNTHETIC_SEED}, ${files.length} files, ${rows} rows, ${windows} windows; never tuned on), defaults at the thresholds chosen on the real files:`);
  console.log(`  ${'all'.padEnd(24)} ${rep.atRealThresholds.map((x) => r2(x).padStart(10)).join(' ')}   (at its own best thresholds ${rep.ownBest.map(r2).join(' / ')})`);
  if (verbose) {
    const fake = PROFILES.map((_, k) => ({ threshold: realThresholds[k] }) as SweepResult);
    for (const l of perCategory(files, fake)) console.log(l);
    for (const f of files) {
      const s = scoreFile(f, realThresholds[0], PROFILES[0]);
      console.log(`  ${f.name.padEnd(40)} tp=${s.tp} fp=${s.fp} fn=${s.fn} score=${s.score.toFixed(3)}`);
    }
  }
  return rep;
}

async function writeSynthetic(dir: string): Promise<void> {
  for (const f of toNabLayout(generateSyntheticNab())) {
    const path = join(dir, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.text);
  }
  console.log(`synthetic NAB-like corpus (seed ${SYNTHETIC_SEED}) written to ${dir}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.writeSynthetic) return writeSynthetic(args.writeSynthetic);
  const started = performance.now();
  const synth = syntheticSeries();
  if (args.inSample) {
    const files = await scoreThroughCsv(args);
    const results = PROFILES.map((p) => sweep(files, p));
    const [std, lowFp, lowFn] = results.map((r) => Math.round(r.normalised * 100) / 100);
    const synthFiles = scoreSeries(synth, args.opts);
    if (args.json) console.log(JSON.stringify({ nab_standard: std, nab_low_fp: lowFp, nab_low_fn: lowFn, profiles: results, synthetic: syntheticReport(synthFiles, results.map((r) => r.threshold)) }, null, 2));
    else {
      printInSample(files, results, args.verbose);
      printSynthetic(synthFiles, results.map((r) => r.threshold), args.verbose);
      console.log(`nab_standard=${std} nab_low_fp=${lowFp} nab_low_fn=${lowFn}`);
    }
    return;
  }

  const series = await loadSeries(args.data);
  // --no-grid: the given configuration alone (--opts wins); otherwise the grid overrides --opts on its knobs.
  const grid: Partial<GridCfg>[] = args.noGrid ? [{}] : gridOf<GridCfg>(GRID_AXES);
  const first = timedScore(series, { ...args.opts, ...grid[0] });
  const candidates: Candidate<Partial<GridCfg>>[] = grid.map((g, k) => ({ cfg: g, files: k === 0 ? first.files : scoreSeries(series, { ...args.opts, ...g }) }));
  const inSampleFiles = candidates[0].files; // the first grid point is the defaults (plus --opts)
  const inSample = PROFILES.map((p) => sweep(inSampleFiles, p));
  const loco = leaveOneCategoryOut(candidates);
  // What the same selection picks with every category in view: the defaults should be it.
  const allPick = candidates.map((c) => sweep(c.files, PROFILES[0]).normalised);
  const best = allPick.indexOf(Math.max(...allPick));
  const synthRun = timedScore(synth, { ...args.opts, ...grid[0] });
  const seconds = (performance.now() - started) / 1000;
  const realRows = series.reduce((a, s) => a + s.t.length, 0);

  if (args.json) {
    const synthetic = syntheticReport(synthRun.files, inSample.map((r) => r.threshold));
    console.log(JSON.stringify({ in_sample: inSample.map((r) => r.normalised), loco_pooled: loco.pooled, loco_mean_of_categories: loco.meanOfCategories, loco, synthetic, all_categories_pick: grid[best], grid_size: grid.length, rows_per_sec: first.rowsPerSec, rows_per_cpu_sec: first.rowsPerCpuSec, seconds }, null, 2));
    return;
  }
  printInSample(inSampleFiles, inSample, args.verbose);
  console.log(`  grid pick on all categories: ${JSON.stringify(grid[best])} standard ${r2(allPick[best])}${best === 0 ? ' (= the defaults)' : ''}`);
  console.log(`\nleave-one-category-out (${grid.length} configuration${grid.length === 1 ? '' : 's'}; ${grid.length === 1 ? 'thresholds' : 'knobs and thresholds'} chosen on the other categories):`);
  for (const c of loco.categories) {
    const cells = c.profiles.map((p) => (p.heldOut === null ? `raw ${r2(p.raw)}` : r2(p.heldOut)));
    const train = c.profiles.map((p) => r2(p.train)).join('/');
    const thr = c.profiles.map((p) => p.threshold.toFixed(3)).join('/');
    console.log(`  ${c.category.padEnd(24)} ${cells.map((x) => x.padStart(10)).join(' ')}   train ${train} at ${thr} with ${JSON.stringify(c.cfg)}`);
  }
  console.log(`  ${'mean of categories'.padEnd(24)} ${loco.meanOfCategories.map((x) => r2(x).padStart(10)).join(' ')}`);
  console.log(`  ${'pooled (headline)'.padEnd(24)} ${loco.pooled.map((x) => r2(x).padStart(10)).join(' ')}`);
  const synthetic = printSynthetic(synthRun.files, inSample.map((r) => r.threshold), args.verbose);
  console.log(`\nheld-out (LOCO, pooled): standard ${r2(loco.pooled[0])} low-FP ${r2(loco.pooled[1])} low-FN ${r2(loco.pooled[2])}` +
    `   in-sample: standard ${r2(inSample[0].normalised)} low-FP ${r2(inSample[1].normalised)} low-FN ${r2(inSample[2].normalised)}` +
    `   synthetic: standard ${r2(synthetic.atRealThresholds[0])} low-FP ${r2(synthetic.atRealThresholds[1])} low-FN ${r2(synthetic.atRealThresholds[2])}`);
  console.log(`speed (one detector pass): ${Math.round(first.rowsPerCpuSec)} rows per CPU-second on the real files, ${Math.round(synthRun.rowsPerCpuSec)} on the synthetic ones` +
    ` (wall clock on this shared machine: ${Math.round(first.rowsPerSec)} and ${Math.round(synthRun.rowsPerSec)} rows/s)`);
  console.log(`(${series.length} files, ${realRows} rows, ${new Set(series.map((s) => s.category)).size} categories; the full 58-file corpus (realAWSCloudwatch, realTweets) is not on this machine, so its figure is not measured here; ${seconds.toFixed(0)} s)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

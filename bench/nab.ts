// NAB benchmark: run the univariate detector over every corpus file (same code path as
// `homeostat detect`), write NAB-format result files, and score them with the NAB rules.
//   npm run bench:nab -- --data ../shared/datasets/nab [--out DIR] [--json] [--verbose]
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { scoreCsvRows, formatScore } from '../src/detect/offline/csv-command.ts';
import type { UnivariateOptions } from '../src/detect/offline/univariate.ts';
import { parseTimestamp } from '../src/detect/timestamp.ts';
import { listCorpus, loadWindows } from './lib/nab-data.ts';
import { PROFILES, normalise, scoreFile, sweep, type ScoredFile } from './lib/nab-scorer.ts';
import { labelsFor, windowsToIndices } from './lib/nab-windows.ts';

interface Args {
  data: string;
  out: string;
  json: boolean;
  verbose: boolean;
  opts: Partial<UnivariateOptions>;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { data: '../shared/datasets/nab', out: './.tmp/nab-results', json: false, verbose: false, opts: {} };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--data') a.data = argv[++i];
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--json') a.json = true;
    else if (k === '--verbose') a.verbose = true;
    // Corpus-wide detector options, for tuning experiments; never per file.
    else if (k === '--opts') a.opts = JSON.parse(argv[++i]) as Partial<UnivariateOptions>;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const corpus = await listCorpus(args.data);
  const labels = await loadWindows(args.data);
  const scored: (ScoredFile & { category: string })[] = [];
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

  const results = PROFILES.map((p) => sweep(scored, p));
  const categories = [...new Set(scored.map((f) => f.category))];
  const perCategory: Record<string, Record<string, number | null>> = {};
  for (const c of categories) {
    perCategory[c] = {};
    const files = scored.filter((f) => f.category === c);
    PROFILES.forEach((p, k) => {
      let raw = 0;
      let windows = 0;
      for (const f of files) {
        raw += scoreFile(f, results[k].threshold, p).score;
        windows += f.windows.length;
      }
      // A category without windows has null = perfect = 0; only its raw FP cost is meaningful.
      perCategory[c][p.name] = windows ? round(normalise(raw, -windows * p.fn, windows * p.tp)) : null;
      perCategory[c][`${p.name}_raw`] = round(raw);
    });
  }
  const [std, lowFp, lowFn] = results.map((r) => round(r.normalised));
  if (args.json) {
    console.log(JSON.stringify({ nab_standard: std, nab_low_fp: lowFp, nab_low_fn: lowFn, profiles: results, categories: perCategory }, null, 2));
    return;
  }
  if (args.verbose) {
    const p = PROFILES[0];
    for (const f of scored) {
      const s = scoreFile(f, results[0].threshold, p);
      console.log(`${f.name.padEnd(60)} tp=${s.tp} fp=${s.fp} fn=${s.fn} score=${s.score.toFixed(3)}`);
    }
  }
  for (const r of results) console.log(`${r.profile.padEnd(20)} threshold=${r.threshold.toFixed(6)} raw=${r.raw.toFixed(3)} score=${r.normalised.toFixed(2)}`);
  for (const c of categories) {
    const row = PROFILES.map((p) => `${p.name}=${perCategory[c][p.name] ?? `n/a(raw ${perCategory[c][`${p.name}_raw`]})`}`).join(' ');
    console.log(`  ${c.padEnd(24)} ${row}`);
  }
  console.log(`nab_standard=${std} nab_low_fp=${lowFp} nab_low_fn=${lowFn}`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

// Generality check for the univariate detector: leave-one-category-out model selection over
// the knobs that were tuned on NAB. For each category with windows, the config and threshold
// are chosen on the other categories only, then the held-out category is scored with them.
// Far lower held-out than in-corpus scores would mean the defaults fit this corpus, not series.
//   node --import tsx bench/nab-loco.ts --data ../shared/datasets/nab     (≈ 7 min, 72 configs)
import { readFile } from 'node:fs/promises';
import { DEFAULT_ENSEMBLE, EnsembleScorer } from '../src/detect/offline/ensemble.ts';
import { parseTimestamp } from '../src/detect/timestamp.ts';
import { listCorpus, loadWindows } from './lib/nab-data.ts';
import { PROFILES, normalise, scoreFile, sweep, type ScoredFile } from './lib/nab-scorer.ts';
import { windowsToIndices } from './lib/nab-windows.ts';
const di = process.argv.indexOf('--data');
const root = di >= 0 ? process.argv[di + 1] : '../shared/datasets/nab';
const corpus = await listCorpus(root);
const labels = await loadWindows(root);
const data = await Promise.all(corpus.map(async (f) => {
  // Same parsing as the CSV path would do for clean NAB files.
  const lines = (await readFile(f.path, 'utf8')).trim().split('\n').slice(1);
  const t = lines.map((l) => parseTimestamp(l.split(',')[0]));
  return { ...f, v: lines.map((l) => Number(l.split(',')[1])), windows: windowsToIndices(t, labels[f.key] ?? []) };
}));
const grid: Record<string, number>[] = [];
for (const nnRelFloor of [0.4, 0.5, 0.6]) for (const suppressRows of [80, 100, 120]) for (const runMin of [50, 75, 100, 150]) for (const runRatio of [1.3, 1.5]) grid.push({ nnRelFloor, suppressRows, runMin, runRatio });
const cats = ['artificialWithAnomaly', 'realAdExchange', 'realKnownCause', 'realTraffic'];
const res: { cfg: Record<string, number>; full: number[]; loco: Record<string, { train: number[]; held: number[] }> }[] = [];
for (const cfg of grid) {
  const files: (ScoredFile & { category: string })[] = data.map((d) => { const e = new EnsembleScorer(cfg); return { name: d.key, category: d.category, scores: d.v.map((v) => e.push(v)), windows: d.windows }; });
  const full = PROFILES.map((p) => sweep(files, p).normalised);
  const loco: Record<string, { train: number[]; held: number[] }> = {};
  for (const c of cats) {
    const train = files.filter((f) => f.category !== c);
    const held = files.filter((f) => f.category === c);
    const w = held.reduce((a, f) => a + f.windows.length, 0);
    loco[c] = { train: [], held: [] };
    for (const p of PROFILES) {
      const sw = sweep(train, p);
      loco[c].train.push(sw.normalised);
      loco[c].held.push(normalise(held.reduce((a, f) => a + scoreFile(f, sw.threshold, p).score, 0), -w * p.fn, w * p.tp));
    }
  }
  res.push({ cfg, full, loco });
}
const r2 = (x: number) => x.toFixed(2);
for (const c of cats) {
  for (let k = 0; k < 2; k++) {
    const best = res.reduce((a, b) => (b.loco[c].train[k] > a.loco[c].train[k] ? b : a));
    console.log(`held-out ${c.padEnd(22)} ${PROFILES[k].name.padEnd(18)} chosen ${JSON.stringify(best.cfg)} train=${r2(best.loco[c].train[k])} held-out=${r2(best.loco[c].held[k])}`);
  }
}
const bestFull = res.reduce((a, b) => (b.full[0] > a.full[0] ? b : a));
console.log('best full-corpus standard:', JSON.stringify(bestFull.cfg), bestFull.full.map(r2).join(' '));
const def = res.find((r) => Object.entries(r.cfg).every(([k, v]) => DEFAULT_ENSEMBLE[k as keyof typeof DEFAULT_ENSEMBLE] === v));
if (def) console.log('defaults:', def.full.map(r2).join(' '), cats.map((c) => `${c}=${r2(def.loco[c].held[0])}/${r2(def.loco[c].held[1])}`).join(' '));

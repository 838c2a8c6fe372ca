// Scores diagnoses against the corpus truth: accuracies, confusion matrix, timing quantiles.

import { CATEGORIES } from '../../src/diagnose/rules/index.ts';

export interface Tally {
  n: number;
  categoryHits: number;
  rootHits: number;
  confusion: Map<string, Map<string, number>>;
  perKind: Map<string, { n: number; cat: number; root: number }>;
  timesMs: number[];
  needsApproval: number;
  disagreements: number;
}

export function newTally(): Tally {
  return { n: 0, categoryHits: 0, rootHits: 0, confusion: new Map(), perKind: new Map(), timesMs: [], needsApproval: 0, disagreements: 0 };
}

export function record(t: Tally, kind: string, truth: { category: string; root: string }, got: { category: string; root: string }, ms?: number): void {
  t.n++;
  const catOk = truth.category === got.category;
  const rootOk = truth.root === got.root;
  if (catOk) t.categoryHits++;
  if (rootOk) t.rootHits++;
  const row = t.confusion.get(truth.category) ?? new Map<string, number>();
  row.set(got.category, (row.get(got.category) ?? 0) + 1);
  t.confusion.set(truth.category, row);
  const k = t.perKind.get(kind) ?? { n: 0, cat: 0, root: 0 };
  k.n++;
  if (catOk) k.cat++;
  if (rootOk) k.root++;
  t.perKind.set(kind, k);
  if (ms !== undefined) t.timesMs.push(ms);
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

export function confusionTable(t: Tally): string {
  const cols = [...CATEGORIES, 'UNKNOWN'];
  const abbrev = (c: string) => c.slice(0, 5);
  const lines = [`${'truth \\ got'.padEnd(15)}${cols.map((c) => abbrev(c).padStart(7)).join('')}`];
  for (const r of CATEGORIES) {
    const row = t.confusion.get(r);
    if (!row) continue;
    lines.push(`${r.padEnd(15)}${cols.map((c) => String(row.get(c) ?? 0).padStart(7)).join('')}`);
  }
  return lines.join('\n');
}

export function ratio(a: number, b: number): number {
  return b > 0 ? Math.round((a / b) * 1000) / 1000 : 0;
}

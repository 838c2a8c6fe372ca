// Grouping accuracy as used by the Loghub parser benchmarks: a line is parsed correctly
// when the set of lines sharing its predicted event equals the set sharing its true event.
// A predicted group is therefore either entirely right (pure, and the same size as its
// true group) or entirely wrong, which gives an O(n) count.

export function groupingAccuracy(predicted: ArrayLike<string | number>, truth: ArrayLike<string | number>): number {
  const n = predicted.length;
  if (n !== truth.length) throw new RangeError(`predicted has ${n} labels, truth has ${truth.length}`);
  if (n === 0) return 1;
  const truthSize = new Map<string | number, number>();
  for (let i = 0; i < n; i++) truthSize.set(truth[i], (truthSize.get(truth[i]) ?? 0) + 1);
  // Per predicted group: its size and its one true label, or MIXED once two differ.
  const groups = new Map<string | number, { size: number; label: string | number | typeof MIXED }>();
  for (let i = 0; i < n; i++) {
    const g = groups.get(predicted[i]);
    if (!g) groups.set(predicted[i], { size: 1, label: truth[i] });
    else {
      g.size++;
      if (g.label !== truth[i]) g.label = MIXED;
    }
  }
  let correct = 0;
  for (const g of groups.values()) {
    if (g.label !== MIXED && truthSize.get(g.label) === g.size) correct += g.size;
  }
  return correct / n;
}

const MIXED: unique symbol = Symbol('mixed');

// Shared by the miner's rule tests: feed lines, read back the events they ended in, and seeded
// picks that interleave field values as a real log does.
import type { TemplateMiner } from '../../src/patterns/miner.ts';
import { templateGroups } from '../../src/patterns/event-ids.ts';

/** Each line's cluster id, in order. */
export function ids(m: TemplateMiner, lines: string[]): number[] {
  return lines.map((l) => m.add(l, 0).clusterId);
}

/** Distinct events the lines ended in, judged by final template as the bench does. */
export function events(m: TemplateMiner, got: number[]): Set<string> {
  return new Set(got.map((id) => m.get(id)?.template ?? ''));
}

/** Seeded picks, independent per field. */
export function picker(seed: number): <T>(xs: readonly T[]) => T {
  let s = seed >>> 0;
  return (xs) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return xs[(s >>> 8) % xs.length];
  };
}

/** Template indexes that end as one event (see event-ids.ts), each group in order of appearance. */
export function joinedGroups(templates: string[]): number[][] {
  const root = templateGroups(templates);
  const by = new Map<number, number[]>();
  root.forEach((r, i) => (by.get(r) ?? by.set(r, []).get(r)!).push(i));
  return [...by.values()];
}

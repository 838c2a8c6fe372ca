// Final EventIds for a batch of lines. Clusters generalise after early lines were seen,
// so ids are assigned at the end from each cluster's final template; two clusters that
// ended with the same template text share an EventId, as a reader could not tell them apart,
// and so do templates that differ only where one's variable holds a name of several words
// (spans.ts) or where a field's recurring values stand (recurring-values.ts).

import { joinSpans } from './spans.ts';
import { joinRecurringValues } from './recurring-values.ts';
import { Joins, surroundings } from './template-hash.ts';
import { WILDCARD } from './mask.ts';

export interface EventAssignment {
  /** Per line, the 0-based index into `templates`. */
  eventOf: Uint32Array;
  /** Final template per event, in order of first appearance; EventId is "E" + (index + 1). */
  templates: string[];
}

export interface AssignOptions {
  /**
   * Join templates that are one event in the ways only the whole file shows: names of several
   * words (spans.ts) and a field's recurring values (recurring-values.ts). Default true.
   */
  joinTemplates?: boolean;
}

export function assignEventIds(clusterIds: ArrayLike<number>, templateOf: (clusterId: number) => string, opts: AssignOptions = {}): EventAssignment {
  const eventOf = new Uint32Array(clusterIds.length);
  const byCluster = new Map<number, number>();
  const byTemplate = new Map<string, number>();
  const templates: string[] = [];
  for (let i = 0; i < clusterIds.length; i++) {
    const id = clusterIds[i];
    let e = byCluster.get(id);
    if (e === undefined) {
      const t = templateOf(id);
      e = byTemplate.get(t);
      if (e === undefined) {
        e = templates.length;
        templates.push(t);
        byTemplate.set(t, e);
      }
      byCluster.set(id, e);
    }
    eventOf[i] = e;
  }
  if (opts.joinTemplates === false) return { eventOf, templates };
  const toks = templates.map((t) => t.split(' '));
  return joined(eventOf, toks, groupsOf(toks));
}

/** For templates in order of first appearance, the first template of the event each one belongs to. */
export function templateGroups(templates: readonly string[]): Int32Array {
  return groupsOf(templates.map((t) => t.split(' ')));
}

function groupsOf(toks: readonly (readonly string[])[]): Int32Array {
  const hashes = toks.map(surroundings);
  const joins = new Joins(toks.length);
  joinSpans(toks, hashes, joins);
  joinRecurringValues(toks, hashes, joins);
  return joins.roots();
}

/**
 * Renumber events after joining: each keeps its first member's place in order of appearance
 * (a root is always the group's first member). Its template is its shortest members' merged
 * token by token, `<*>` where they differ: the one whose `<*>` stands for every run, and the
 * field's position of recurring values masked. Events that end with one template text are one,
 * as clusters are.
 */
function joined(eventOf: Uint32Array, toks: readonly (readonly string[])[], root: Int32Array): EventAssignment {
  const shortest = new Map<number, string[]>();
  for (let t = 0; t < toks.length; t++) {
    const r = root[t];
    const xs = toks[t];
    const cur = shortest.get(r);
    if (!cur || xs.length < cur.length) shortest.set(r, xs.slice());
    else if (xs.length === cur.length) for (let k = 0; k < xs.length; k++) if (cur[k] !== xs[k]) cur[k] = WILDCARD;
  }
  const index = new Int32Array(toks.length).fill(-1);
  const byText = new Map<string, number>();
  const out: string[] = [];
  for (let t = 0; t < toks.length; t++) {
    const r = root[t];
    if (index[r] >= 0) continue;
    const text = (shortest.get(r) as string[]).join(' ');
    let k = byText.get(text);
    if (k === undefined) {
      k = out.length;
      out.push(text);
      byText.set(text, k);
    }
    index[r] = k;
  }
  for (let i = 0; i < eventOf.length; i++) eventOf[i] = index[root[eventOf[i]]];
  return { eventOf, templates: out };
}

export function eventId(index: number): string {
  return 'E' + (index + 1);
}

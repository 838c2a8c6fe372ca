// Final EventIds for a batch of lines. Clusters generalise after early lines were seen,
// so ids are assigned at the end from each cluster's final template; two clusters that
// ended with the same template text share an EventId, as a reader could not tell them apart,
// and so do templates that differ only where one's variable holds a name of several words
// (see spans.ts).

import { joinSpans } from './spans.ts';

export interface EventAssignment {
  /** Per line, the 0-based index into `templates`. */
  eventOf: Uint32Array;
  /** Final template per event, in order of first appearance; EventId is "E" + (index + 1). */
  templates: string[];
}

export interface AssignOptions {
  /** Join templates whose variable one fills with a run of several names (spans.ts). Default true. */
  joinSpans?: boolean;
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
  if (opts.joinSpans === false) return { eventOf, templates };
  return joined(eventOf, templates, joinSpans(templates));
}

/**
 * Renumber events after joining: each keeps its first member's place in order of appearance
 * (a root is always the group's first member), and its template is the group's shortest, the
 * one whose `<*>` stands for every run.
 */
function joined(eventOf: Uint32Array, templates: string[], root: Int32Array): EventAssignment {
  const index = new Int32Array(templates.length).fill(-1);
  const out: string[] = [];
  for (let t = 0; t < templates.length; t++) {
    const r = root[t];
    if (index[r] < 0) {
      index[r] = out.length;
      out.push(templates[r]);
    }
    const k = index[r];
    if (templates[t].length < out[k].length) out[k] = templates[t];
  }
  for (let i = 0; i < eventOf.length; i++) eventOf[i] = index[root[eventOf[i]]];
  return { eventOf, templates: out };
}

export function eventId(index: number): string {
  return 'E' + (index + 1);
}

// Final EventIds for a batch of lines. Clusters generalise after early lines were seen,
// so ids are assigned at the end from each cluster's final template; two clusters that
// ended with the same template text share an EventId, as a reader could not tell them apart.

export interface EventAssignment {
  /** Per line, the 0-based index into `templates`. */
  eventOf: Uint32Array;
  /** Final template per event, in order of first appearance; EventId is "E" + (index + 1). */
  templates: string[];
}

export function assignEventIds(clusterIds: ArrayLike<number>, templateOf: (clusterId: number) => string): EventAssignment {
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
  return { eventOf, templates };
}

export function eventId(index: number): string {
  return 'E' + (index + 1);
}

// The service dependency graph of a window: who calls whom, including dependencies that send
// no telemetry (seen only through their callers' client spans). Edges join each span to its
// parent within the trace; an edge exists where the two belong to different nodes.

import { groupTraces, nodeOf, type TraceTree } from './graph.ts';
import type { NodeRef, SpanRow } from './graph-types.ts';

export interface DependencyEdge {
  from: string;
  to: string;
  toKind: NodeRef['kind'];
  calls: number;
  errors: number;
}

export interface DependencyGraph {
  nodes: Map<string, NodeRef>;
  edges: DependencyEdge[];
  /** Callers of each node, for walking upstream. */
  callers: Map<string, Set<string>>;
}

export function buildDependencyGraph(rows: readonly SpanRow[] | readonly TraceTree[]): DependencyGraph {
  const trees = isTrees(rows) ? rows : groupTraces(rows);
  const nodes = new Map<string, NodeRef>();
  const edges = new Map<string, DependencyEdge>();
  const callers = new Map<string, Set<string>>();
  for (const tree of trees) {
    for (const s of tree.spans) {
      const n = nodeOf(s, tree);
      nodes.set(n.id, n);
      const parent = s.parentSpanId ? tree.byId.get(s.parentSpanId) : undefined;
      if (!parent) continue;
      const p = nodeOf(parent, tree);
      if (p.id === n.id) continue;
      nodes.set(p.id, p);
      const key = `${p.id}\u0000${n.id}`;
      let e = edges.get(key);
      if (!e) edges.set(key, (e = { from: p.id, to: n.id, toKind: n.kind, calls: 0, errors: 0 }));
      e.calls++;
      if (s.status === 'Error') e.errors++;
      let set = callers.get(n.id);
      if (!set) callers.set(n.id, (set = new Set()));
      set.add(p.id);
    }
  }
  return { nodes, edges: [...edges.values()], callers };
}

/** Every node upstream of `id` (its callers, their callers, ...), nearest first. */
export function upstreamOf(graph: DependencyGraph, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const c of [...(graph.callers.get(n) ?? [])].sort()) {
        if (seen.has(c)) continue;
        seen.add(c);
        out.push(c);
        next.push(c);
      }
    }
    frontier = next;
  }
  return out;
}

function isTrees(x: readonly SpanRow[] | readonly TraceTree[]): x is readonly TraceTree[] {
  return x.length > 0 && 'byId' in (x[0] as object);
}

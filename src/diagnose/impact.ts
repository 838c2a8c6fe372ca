// Blast radius of a root cause: which services and endpoints it reaches (the root's upstream
// callers), what share of traffic it touches, and whether users see it. Pure, over span rows.

import { buildDependencyGraph, upstreamOf } from './graph-edges.ts';
import { errorOrigins, groupTraces, nodeOf, selfTimeMs, type TraceTree } from './graph.ts';
import type { NodeRef, SpanRow } from './graph-types.ts';
import type { Impact } from '../records.ts';
export type { Impact };
import type { Signal } from './graph.ts';


export interface ImpactOptions {
  signal: Signal;
  /** Root's mean self time per trace in the baseline; a latency-affected trace spends well over it. */
  baselineSelfMsPerTrace?: number;
  /**
   * Only these traces are an unbiased sample (detection's exemplars are chosen because they
   * failed, so counting them would overstate the share). Absent: every trace counts.
   */
  sampledTraceIds?: ReadonlySet<string>;
  /** Fraction of all traces in the window that the sample was drawn from (1 when unknown). */
  trafficShare?: number;
}

export function computeImpact(rows: readonly SpanRow[], root: NodeRef, opts: ImpactOptions): Impact {
  const trees = groupTraces(rows);
  const graph = buildDependencyGraph(trees);
  const upstream = upstreamOf(graph, root.id).filter((id) => graph.nodes.get(id)?.kind === 'service');
  const affectedServices = root.kind === 'service' ? [root.id, ...upstream] : upstream;
  const affectedSet = new Set(affectedServices);

  let affected = 0;
  let sampled = 0;
  const endpoints = new Map<string, { service: string; endpoint: string; traces: number }>();
  let userFacing = false;
  for (const tree of trees) {
    const hit = isAffected(tree, root, opts);
    const inSample = !opts.sampledTraceIds || opts.sampledTraceIds.has(tree.traceId);
    if (inSample) {
      sampled++;
      if (hit) affected++;
    }
    if (!hit) continue;
    for (const entry of entrySpans(tree)) {
      if (!affectedSet.has(entry.service)) continue;
      if (entry.kind === 'Server') userFacing = true;
      const key = `${entry.service}\u0000${entry.name}`;
      const e = endpoints.get(key) ?? { service: entry.service, endpoint: entry.name, traces: 0 };
      e.traces++;
      endpoints.set(key, e);
    }
  }
  const share = sampled > 0 ? affected / sampled : 0;
  const traffic = clamp01(opts.trafficShare ?? 1);
  return {
    affectedServices,
    affectedEndpoints: [...endpoints.values()].sort((a, b) => b.traces - a.traces || a.endpoint.localeCompare(b.endpoint)).slice(0, 20),
    systemImpact: Math.round(clamp01(share * traffic) * 10_000) / 10_000,
    userFacing,
    affectedTraces: affected,
    sampledTraces: sampled,
  };
}

/** A trace is affected when an error starts at the root, or (latency) the root spent far more than usual in it. */
function isAffected(tree: TraceTree, root: NodeRef, opts: ImpactOptions): boolean {
  if (errorOrigins(tree).some((s) => nodeOf(s, tree).id === root.id)) return true;
  if (opts.signal !== 'latency') return false;
  let self = 0;
  for (const s of tree.spans) if (nodeOf(s, tree).id === root.id) self += selfTimeMs(s, tree.children.get(s.spanId) ?? []);
  const base = opts.baselineSelfMsPerTrace ?? 0;
  return base > 0 ? self > 2 * base : self > 0;
}

/** Where requests enter the system: spans with no parent in the trace. */
function entrySpans(tree: TraceTree): SpanRow[] {
  return tree.spans.filter((s) => !s.parentSpanId || !tree.byId.has(s.parentSpanId));
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

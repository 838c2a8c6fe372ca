// Root-cause location over span rows: which service or silent dependency do the errors or
// the extra latency of an incident come from. Pure functions, so the algorithm is tested
// without ClickHouse; graph-query.ts fetches the rows.
//
// Errors: in each trace, an error "originates" at an erroring span none of whose children
// erred (the failure was produced there, not passed up). Latency: each span's self time
// (duration not covered by its children) is charged to the node that spent it. A node is a
// root-cause candidate in proportion to how much MORE of either it shows in the incident
// window than in the baseline window, so a service that is always noisy is not blamed.

import type { NodeRef, NodeStats, RootCandidate, SpanRow, WindowStats } from './graph-types.ts';

const CALLER_KINDS = new Set(['Client', 'Producer']);
const EXEMPLARS_PER_NODE = 5;
const MAX_ENDPOINTS = 10_000;

/** The dependency a client/producer span talks to, from semantic-convention attributes. */
export function dependencyOf(span: SpanRow): NodeRef | null {
  if (!CALLER_KINDS.has(span.kind)) return null;
  const a = span.attributes;
  const db = a['db.system'] || a['db.system.name'];
  if (db) {
    const name = a['db.name'] || a['db.namespace'];
    return { id: name ? `${db}/${name}` : db, kind: 'database' };
  }
  const messaging = a['messaging.system'];
  if (messaging) {
    const dest = a['messaging.destination.name'];
    return { id: dest ? `${messaging}/${dest}` : messaging, kind: 'messaging' };
  }
  if (a['peer.service']) return { id: a['peer.service'], kind: 'service' };
  const host = a['server.address'] || a['net.peer.name'] || hostOf(a['url.full'] ?? a['http.url']);
  if (host) return { id: host, kind: 'external' };
  return null;
}

/** The HTTP status a span recorded, under the current convention's name or the older one's ('' when none). */
export function httpStatus(attributes: Readonly<Record<string, string>>): string {
  return attributes['http.response.status_code'] || attributes['http.status_code'] || '';
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** One trace indexed for walking. */
export interface TraceTree {
  traceId: string;
  spans: SpanRow[];
  children: Map<string, SpanRow[]>;
  byId: Map<string, SpanRow>;
  /**
   * `address:port` → service, from the server spans of every trace grouped with this one: a
   * call that never reached its callee's telemetry (a reset connection, a request still running)
   * is still charged to the service listening there, not to an anonymous host.
   */
  endpoints?: Map<string, string>;
  /** Services with spans of their own among the grouped traces. */
  services?: Set<string>;
}

/**
 * `around`: the rows that say who listens where and which services send spans; the traces being
 * read by default. A diagnosis that reads only some traces of its window (a log finding's own)
 * still knows every service of the window: a call whose callee's span is elsewhere is its.
 */
export function groupTraces(rows: readonly SpanRow[], around: readonly SpanRow[] = rows): TraceTree[] {
  const traces = new Map<string, TraceTree>();
  for (const s of rows) {
    let t = traces.get(s.traceId);
    if (!t) traces.set(s.traceId, (t = { traceId: s.traceId, spans: [], children: new Map(), byId: new Map() }));
    // Duplicate span ids (retried exports) would double-count; the first copy wins.
    if (t.byId.has(s.spanId)) continue;
    t.spans.push(s);
    t.byId.set(s.spanId, s);
  }
  const endpoints = new Map<string, string>();
  const services = new Set<string>();
  for (const s of around) {
    services.add(s.service);
    if (s.kind !== 'Server') continue;
    const a = s.attributes;
    const host = a['server.address'] || a['net.host.name'];
    const port = a['server.port'] || a['net.host.port'];
    if (host && port && endpoints.size < MAX_ENDPOINTS) endpoints.set(`${host}:${port}`, s.service);
  }
  for (const t of traces.values()) {
    t.endpoints = endpoints;
    t.services = services;
    for (const s of t.spans) {
      if (!s.parentSpanId || !t.byId.has(s.parentSpanId)) continue;
      const list = t.children.get(s.parentSpanId);
      if (list) list.push(s);
      else t.children.set(s.parentSpanId, [s]);
    }
  }
  return [...traces.values()];
}

/**
 * The node a span's own work belongs to. A client span whose callee recorded a server span is
 * charged to the callee (its self time is the network and queueing in front of it); a client
 * span with no such child is charged to the dependency it names, which is how databases and
 * third parties that send no telemetry become visible.
 */
export function nodeOf(span: SpanRow, tree: TraceTree): NodeRef {
  if (CALLER_KINDS.has(span.kind)) {
    const remote = (tree.children.get(span.spanId) ?? []).find((c) => c.service !== span.service);
    if (remote) return { id: remote.service, kind: 'service' };
    const dep = dependencyOf(span);
    if (dep?.kind === 'external') {
      const a = span.attributes;
      const listener = tree.endpoints?.get(`${dep.id}:${a['server.port'] || a['net.peer.port'] || ''}`);
      if (listener && listener !== span.service) return { id: listener, kind: 'service' };
    }
    // A peer.service that sends no spans of its own is a third party the caller named.
    if (dep?.kind === 'service' && tree.services && !tree.services.has(dep.id)) return { id: dep.id, kind: 'external' };
    if (dep) return dep;
  }
  return { id: span.service, kind: 'service' };
}

/**
 * A failed call in this trace that an instrumented service answered (the call carries the
 * answer's status code) while the answering service's own spans are not stored yet. Each
 * service exports its spans in its own batches, so the caller's often arrive first; read then,
 * the trace says only "the call failed" and hides why. A call with no status (refused, reset,
 * timed out, or a status a proxy made up for a transport error) may never have an answering
 * span, and a database or third party sends none.
 */
export function awaitsAnswer(tree: TraceTree): boolean {
  for (const s of tree.spans) {
    if (s.kind !== 'Client' || s.status !== 'Error') continue;
    const a = s.attributes;
    const grpc = a['rpc.grpc.status_code'];
    // gRPC's DEADLINE_EXCEEDED and UNAVAILABLE are what a client reports for a call that never got an answer.
    const status = httpStatus(a) || (grpc !== '4' && grpc !== '14' ? grpc : '');
    if (!status) continue;
    // The HTTP conventions name the error by the status code when the callee answered; an error
    // type of its own (ETIMEDOUT behind a 500 a proxy made up) says the request may never have got there.
    const errorType = a['error.type'];
    if (errorType && errorType !== status) continue;
    if ((tree.children.get(s.spanId) ?? []).some((c) => c.service !== s.service)) continue;
    const callee = nodeOf(s, tree);
    if (callee.kind === 'service' && callee.id !== s.service) return true;
  }
  return false;
}

/** Duration of the span not covered by any child (children may overlap or run in parallel). */
export function selfTimeMs(span: SpanRow, children: readonly SpanRow[]): number {
  if (children.length === 0) return Math.max(0, span.durationMs);
  const start = span.startMs;
  const end = span.startMs + span.durationMs;
  const iv = children
    .map((c) => [Math.max(start, c.startMs), Math.min(end, c.startMs + c.durationMs)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let curA = -Infinity;
  let curB = -Infinity;
  for (const [a, b] of iv) {
    if (a > curB) {
      if (curB > curA) covered += curB - curA;
      curA = a;
      curB = b;
    } else if (b > curB) curB = b;
  }
  if (curB > curA) covered += curB - curA;
  return Math.max(0, span.durationMs - covered);
}

/** Spans where an error starts: erroring, with no erroring child. */
export function errorOrigins(tree: TraceTree): SpanRow[] {
  return tree.spans.filter(
    (s) => s.status === 'Error' && !(tree.children.get(s.spanId) ?? []).some((c) => c.status === 'Error'),
  );
}

function emptyStats(): NodeStats {
  return { spans: 0, errorSpans: 0, originTraces: 0, traces: 0, selfMs: 0, durationsMs: [] };
}

/** Per-node tallies over a set of traces, and which traces implicate each node. */
export function windowStats(trees: readonly TraceTree[], implicated?: Map<string, string[]>): WindowStats {
  const nodes = new Map<string, NodeStats>();
  const kinds = new Map<string, NodeRef>();
  const stat = (n: NodeRef) => {
    let st = nodes.get(n.id);
    if (!st) {
      nodes.set(n.id, (st = emptyStats()));
      kinds.set(n.id, n);
    }
    return st;
  };
  for (const tree of trees) {
    const seen = new Set<string>();
    const selfByNode = new Map<string, number>();
    for (const s of tree.spans) {
      const n = nodeOf(s, tree);
      const st = stat(n);
      st.spans++;
      if (s.status === 'Error') st.errorSpans++;
      const self = selfTimeMs(s, tree.children.get(s.spanId) ?? []);
      st.selfMs += self;
      selfByNode.set(n.id, (selfByNode.get(n.id) ?? 0) + self);
      st.durationsMs.push(s.durationMs);
      seen.add(n.id);
    }
    for (const id of seen) nodes.get(id)!.traces++;
    const origins = new Set(errorOrigins(tree).map((s) => nodeOf(s, tree).id));
    for (const id of origins) nodes.get(id)!.originTraces++;
    if (implicated) {
      // A trace implicates the nodes errors start at, else the node that spent most time in it.
      let ids = [...origins];
      if (ids.length === 0) {
        let best = '';
        let bestMs = -1;
        for (const [id, ms] of selfByNode) if (ms > bestMs) [best, bestMs] = [id, ms];
        if (best) ids = [best];
      }
      for (const id of ids) {
        const list = implicated.get(id) ?? [];
        if (list.length < EXEMPLARS_PER_NODE * 4) list.push(tree.traceId);
        implicated.set(id, list);
      }
    }
  }
  return { traces: trees.length, nodes, kinds };
}

export type Signal = 'errors' | 'latency';

export interface RankOptions {
  signal: Signal;
  /** Trace ids detection pointed at; they are preferred as exemplars. */
  exemplarTraceIds?: readonly string[];
  /** Candidates returned, best first. */
  limit?: number;
  /**
   * The service the event was raised on: its trouble can only come from itself or something it
   * (transitively) calls, so nodes outside its call subtree are not candidates.
   */
  scopeService?: string;
  /** Every span of the incident window, when `incident` is a part of it (see groupTraces). */
  window?: readonly SpanRow[];
}

/**
 * Ranks nodes by how much of the incident's excess errors and excess latency they explain,
 * compared with the baseline window. The weight between the two follows the event's signal.
 */
export function rankRootCauses(
  incident: readonly SpanRow[],
  baseline: readonly SpanRow[],
  opts: RankOptions,
): RootCandidate[] {
  const implicated = new Map<string, string[]>();
  const incTrees = groupTraces(incident, opts.window ?? incident);
  const inc = windowStats(incTrees, implicated);
  const base = windowStats(groupTraces(baseline));
  if (inc.traces === 0) return [];

  const errExcess = new Map<string, number>();
  const latExcess = new Map<string, number>();
  for (const [id, st] of inc.nodes) {
    const b = base.nodes.get(id);
    const originRate = st.originTraces / inc.traces;
    const baseOriginRate = b && base.traces > 0 ? b.originTraces / base.traces : 0;
    errExcess.set(id, Math.max(0, originRate - baseOriginRate));
    const self = st.selfMs / inc.traces;
    const baseSelf = b && base.traces > 0 ? b.selfMs / base.traces : 0;
    latExcess.set(id, Math.max(0, self - baseSelf));
  }
  const errTotal = sum(errExcess.values());
  const latTotal = sum(latExcess.values());
  const wErr = opts.signal === 'errors' ? (errTotal > 0 ? 0.8 : 0) : errTotal > 0 ? 0.2 : 0;
  const wLat = latTotal > 0 ? 1 - wErr : 0;
  const exemplarSet = new Set(opts.exemplarTraceIds ?? []);

  const scope = opts.scopeService ? nodesBelow(incTrees, opts.scopeService) : null;
  const out: RootCandidate[] = [];
  for (const [id, st] of inc.nodes) {
    if (scope && scope.size > 0 && !scope.has(id)) continue;
    const errShare = errTotal > 0 ? errExcess.get(id)! / errTotal : 0;
    const latShare = latTotal > 0 ? latExcess.get(id)! / latTotal : 0;
    const score = wErr * errShare + wLat * latShare;
    const b = base.nodes.get(id);
    const selfPerTrace = st.selfMs / inc.traces;
    const baseSelfPerTrace = b && base.traces > 0 ? b.selfMs / base.traces : 0;
    const traces = implicated.get(id) ?? [];
    // Detection's own exemplars first: they are the traces a person was pointed at.
    const ordered = [...traces.filter((t) => exemplarSet.has(t)), ...traces.filter((t) => !exemplarSet.has(t))];
    out.push({
      node: inc.kinds.get(id)!,
      score: round(score),
      evidence: {
        spans: st.spans,
        errorSpans: st.errorSpans,
        errorRatio: round(st.errorSpans / st.spans),
        baselineErrorRatio: b && b.spans > 0 ? round(b.errorSpans / b.spans) : 0,
        originRate: round(st.originTraces / inc.traces),
        baselineOriginRate: b && base.traces > 0 ? round(b.originTraces / base.traces) : 0,
        latencyRatio: baseSelfPerTrace > 0 ? round(selfPerTrace / baseSelfPerTrace) : 0,
        selfMsPerTrace: round(selfPerTrace),
        baselineSelfMsPerTrace: round(baseSelfPerTrace),
        p50Ms: round(median(st.durationsMs)),
        baselineP50Ms: b ? round(median(b.durationsMs)) : 0,
        exemplarTraceIds: ordered.slice(0, EXEMPLARS_PER_NODE),
      },
    });
  }
  // Ties (e.g. no excess anywhere) go to the node with more erroring spans, then by name, so
  // the ranking is deterministic.
  out.sort((a, b) => b.score - a.score || b.evidence.errorSpans - a.evidence.errorSpans || (a.node.id < b.node.id ? -1 : 1));
  return out.slice(0, opts.limit ?? 5);
}

/** Nodes of the spans of `service` and of everything beneath them. */
export function nodesBelow(trees: readonly TraceTree[], service: string): Set<string> {
  const out = new Set<string>();
  for (const tree of trees) {
    const stack = tree.spans.filter((s) => s.service === service);
    const seen = new Set<string>();
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s.spanId)) continue;
      seen.add(s.spanId);
      out.add(nodeOf(s, tree).id);
      stack.push(...(tree.children.get(s.spanId) ?? []));
    }
  }
  return out;
}

function sum(xs: Iterable<number>): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : 0;
}

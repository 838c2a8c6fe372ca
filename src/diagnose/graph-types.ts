// Shapes shared by the trace-graph analysis (pure) and the ClickHouse query that feeds it.

import type { NodeKind, RootEvidence } from '../records.ts';
export type { NodeKind, RootEvidence };

export type SpanKindName = 'Server' | 'Client' | 'Internal' | 'Producer' | 'Consumer' | 'Unspecified';
export type SpanStatus = 'Unset' | 'Ok' | 'Error';

/** One span as the analysis needs it; times in milliseconds (fractional) since the epoch. */
export interface SpanRow {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  service: string;
  name: string;
  kind: SpanKindName;
  status: SpanStatus;
  statusMessage: string;
  startMs: number;
  durationMs: number;
  /** Span attributes (values already length-capped by the query). */
  attributes: Record<string, string>;
  /** Attributes of the span's first `exception` event, if any. */
  exception?: Record<string, string>;
}

/**
 * A place a failure can live: an instrumented service, or a dependency that sends no
 * telemetry and is only known from its callers' client spans.
 */

export interface NodeRef {
  id: string;
  kind: NodeKind;
}

/** Per-node tallies over one set of traces (the incident window or the baseline window). */
export interface NodeStats {
  /** Spans attributed to the node (client spans towards a silent dependency count for it). */
  spans: number;
  errorSpans: number;
  /** Traces in which an error originates at this node (deepest erroring span, healthy children). */
  originTraces: number;
  /** Traces the node appears in. */
  traces: number;
  /** Sum of self time (duration not covered by children) attributed to the node. */
  selfMs: number;
  durationsMs: number[];
}

export interface WindowStats {
  traces: number;
  nodes: Map<string, NodeStats>;
  kinds: Map<string, NodeRef>;
}

export interface RootCandidate {
  node: NodeRef;
  /** In [0,1]: how much of the anomaly (excess errors / excess latency) this node explains. */
  score: number;
  evidence: RootEvidence;
  /** Set when the root was not chosen by the trace graph: why it was chosen instead. */
  because?: string;
  /** A process far busier than before (see engine's busiestFirst()): what made it the root. */
  busy?: { metric: string; incident: number; baseline: number; ratio: number };
}


// Record types that cross stage boundaries. Shapes follow the OTel ClickHouse exporter's
// rows (attribute values flattened to strings) so the writer can encode them without reshaping.

/**
 * Attributes as a flat array of alternating keys and values: [k0, v0, k1, v1, ...].
 * Non-string OTLP values are stringified the way the Collector's ClickHouse exporter does
 * (ints in decimal, doubles as JS numbers print, bools as true/false, bytes as base64,
 * arrays and key-value lists as JSON). A flat array is cheaper to build than an object
 * on the decode hot path; use `attr()` to look one up.
 */
export type Attrs = string[];

export function attr(attrs: Attrs, key: string): string | undefined {
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === key) return attrs[i + 1];
  return undefined;
}

/**
 * What a failing record says about itself in semantic-convention attributes: its stack trace and
 * the user, session and request it served (error_events' stack_trace, user_id, session_id,
 * request_id). Record attributes first, then the resource's (browser and mobile SDKs put
 * session.id there). Absent members were not found.
 */
export interface RecordIdentity {
  stackTrace?: string;
  userId?: string;
  sessionId?: string;
  requestId?: string;
}

const IDENTITY_KEYS: Record<keyof RecordIdentity, string[]> = {
  stackTrace: ['exception.stacktrace'],
  userId: ['enduser.id', 'user.id'],
  sessionId: ['session.id'],
  // Header attributes are string arrays, which arrive stringified as JSON ('["abc"]').
  requestId: ['http.request.header.x-request-id', 'http.request.header.x-correlation-id', 'request.id'],
};

export function recordIdentity(attributes: Attrs, resource: Attrs = []): RecordIdentity {
  const out: RecordIdentity = {};
  for (const [field, keys] of Object.entries(IDENTITY_KEYS) as Array<[keyof RecordIdentity, string[]]>) {
    for (const key of keys) {
      const v = firstValue(attr(attributes, key) ?? attr(resource, key));
      if (v) {
        out[field] = v;
        break;
      }
    }
  }
  return out;
}

function firstValue(v: string | undefined): string | undefined {
  if (!v || v[0] !== '[') return v;
  try {
    const parsed: unknown = JSON.parse(v);
    if (Array.isArray(parsed)) return typeof parsed[0] === 'string' && parsed[0] !== '' ? parsed[0] : undefined;
  } catch {
    // Not JSON: a value that merely starts with '['.
  }
  return v;
}

export interface Resource {
  attributes: Attrs;
  droppedAttributesCount: number;
  schemaUrl: string;
  /** `service.name` resource attribute, '' when absent. */
  serviceName: string;
}

export interface Scope {
  name: string;
  version: string;
  attributes: Attrs;
  droppedAttributesCount: number;
  schemaUrl: string;
}

export const SpanKind = { UNSPECIFIED: 0, INTERNAL: 1, SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 } as const;
export const StatusCode = { UNSET: 0, OK: 1, ERROR: 2 } as const;

export interface SpanEvent {
  timeNs: bigint;
  name: string;
  attributes: Attrs;
  droppedAttributesCount: number;
}

export interface SpanLink {
  traceId: string;
  spanId: string;
  traceState: string;
  attributes: Attrs;
  droppedAttributesCount: number;
  flags: number;
}

export interface SpanRecord {
  resource: Resource;
  scope: Scope;
  /** Lowercase hex, 32 chars. */
  traceId: string;
  /** Lowercase hex, 16 chars. */
  spanId: string;
  /** Lowercase hex, 16 chars, or '' for a root span. */
  parentSpanId: string;
  traceState: string;
  flags: number;
  name: string;
  kind: number;
  startNs: bigint;
  endNs: bigint;
  attributes: Attrs;
  droppedAttributesCount: number;
  events: SpanEvent[];
  droppedEventsCount: number;
  links: SpanLink[];
  droppedLinksCount: number;
  statusCode: number;
  statusMessage: string;
}

export interface LogRecordItem {
  resource: Resource;
  scope: Scope;
  timeNs: bigint;
  observedTimeNs: bigint;
  severityNumber: number;
  severityText: string;
  /** AnyValue body stringified like attribute values; '' when absent. */
  body: string;
  attributes: Attrs;
  droppedAttributesCount: number;
  flags: number;
  /** Lowercase hex or ''. */
  traceId: string;
  spanId: string;
  eventName: string;
}

export interface Exemplar {
  filteredAttributes: Attrs;
  timeNs: bigint;
  value: number;
  /** Lowercase hex or ''. */
  spanId: string;
  traceId: string;
}

export const Temporality = { UNSPECIFIED: 0, DELTA: 1, CUMULATIVE: 2 } as const;

interface PointBase {
  resource: Resource;
  scope: Scope;
  name: string;
  description: string;
  unit: string;
  attributes: Attrs;
  startTimeNs: bigint;
  timeNs: bigint;
  flags: number;
}

export interface NumberPoint extends PointBase {
  type: 'gauge' | 'sum';
  value: number;
  exemplars: Exemplar[];
  /** Only meaningful for sums. */
  temporality: number;
  isMonotonic: boolean;
}

export interface HistogramPoint extends PointBase {
  type: 'histogram';
  count: number;
  sum: number;
  bucketCounts: number[];
  explicitBounds: number[];
  exemplars: Exemplar[];
  min: number;
  max: number;
  temporality: number;
}

export interface ExpHistogramPoint extends PointBase {
  type: 'exponential_histogram';
  count: number;
  sum: number;
  scale: number;
  zeroCount: number;
  positiveOffset: number;
  positiveBucketCounts: number[];
  negativeOffset: number;
  negativeBucketCounts: number[];
  exemplars: Exemplar[];
  min: number;
  max: number;
  temporality: number;
}

export interface SummaryPoint extends PointBase {
  type: 'summary';
  count: number;
  sum: number;
  quantiles: number[];
  quantileValues: number[];
}

export type MetricPoint = NumberPoint | HistogramPoint | ExpHistogramPoint | SummaryPoint;

export type Signal = 'traces' | 'logs' | 'metrics';

/**
 * What a decoder hands on: the valid items, and how many it rejected and why
 * (reported to the client through OTLP partial_success).
 */
export interface Decoded<T> {
  items: T[];
  rejected: number;
  /** Human-readable reasons, first few only; joined into partial_success.error_message. */
  errors: string[];
  /** Non-fatal notes (truncations, replaced invalid UTF-8): reported as a partial_success warning. */
  warnings: string[];
  /** Attributes dropped because an item had more than the configured maximum. */
  droppedAttributes: number;
  /** Attribute values (and log bodies) cut to the configured maximum length. */
  truncatedValues: number;
  /** Span, metric, scope and event names and attribute keys cut to maxNameLength. */
  truncatedNames?: number;
}

/** Limits the decoders enforce on attacker-controlled input. */
export interface DecodeLimits {
  /** Attributes kept per item (span, event, link, log record, point, resource, scope); the rest are dropped and counted. */
  maxAttributes: number;
  /** Longest attribute value or log body kept, in UTF-16 code units; longer ones are cut and counted. */
  maxValueLength: number;
  /** Deepest AnyValue nesting (arrays / kvlists) accepted; deeper makes the request malformed. */
  maxDepth: number;
  /** Longest span/metric/scope/event name or attribute key kept (UTF-16 units); default 4096. */
  maxNameLength?: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxAttributes: 128, maxValueLength: 65_536, maxDepth: 32 };

// ---- Events: what detection hands to diagnosis (and what error_events rows hold) ----

export type Severity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

/** The categories a rule, a model or a person may assign; UNKNOWN below is "nothing matched". */
export const CATEGORIES = ['AUTHENTICATION', 'DATABASE', 'API', 'PERFORMANCE', 'INTEGRATION', 'RESOURCE', 'CONFIGURATION', 'NETWORK'] as const;
export type AssignedCategory = (typeof CATEGORIES)[number];
/** One category type for events, diagnoses, labels and error_category_enum. */
export type Category = AssignedCategory | 'UNKNOWN';

/** Per-detector evidence carried in error_events.context. */
export interface EventContext {
  /** Series key, e.g. `span|checkout|GET /api/orders|p95_ms` or `log|checkout|ERROR|rate`. */
  series: string;
  /** Recent values of the series (time ms, value), newest last. */
  values: Array<[number, number]>;
  /** Baselines the detectors compared against (expected value, bounds, seasonal slot, ...). */
  baselines: Record<string, number>;
  /** Each detector's score in [0,1] at the step that opened or updated the event, and the combined score. */
  scores: Record<string, number>;
  /** Trace ids of spans from the anomalous steps (slow or failing), for diagnosis and people. */
  exemplarTraceIds: string[];
  /** Other series grouped into this incident by the correlation detector, with the correlation score. */
  correlated?: Array<{ series: string; score: number }>;
  /** Free-form extras (exception type and message for log-driven events, ...). */
  [key: string]: unknown;
}

/** An incident as detection sees it; `action` says what happened to it at this step. */
export interface DetectedEvent {
  /** error_events.id */
  id: string;
  action: 'open' | 'update' | 'close';
  /** Stable identity of the incident: one open event per fingerprint. */
  fingerprint: string;
  severity: Severity;
  /** Detection's first guess (e.g. PERFORMANCE for latency); diagnosis decides. */
  category: Category;
  message: string;
  sourceComponent: string;
  serviceName: string;
  seriesKey: string;
  /** Epoch ms. */
  openedAt: number;
  updatedAt: number;
  closedAt?: number;
  context: EventContext;
}

/** An open incident as stored, to resume detection after a restart. */
export type OpenIncident = Omit<DetectedEvent, 'action' | 'closedAt'>;

// ---- Diagnoses: what diagnosis hands downstream (recovery, notify, the API, people) ----

export type NodeKind = 'service' | 'database' | 'messaging' | 'external';

/** Why the trace graph blames a node: its figures in the incident window against the baseline. */
export interface RootEvidence {
  spans: number;
  errorSpans: number;
  errorRatio: number;
  baselineErrorRatio: number;
  /** Share of incident traces where errors originate here, and the same in the baseline. */
  originRate: number;
  baselineOriginRate: number;
  /** Mean self time per incident trace over the baseline's (1 when unchanged, 0 when unknown). */
  latencyRatio: number;
  selfMsPerTrace: number;
  baselineSelfMsPerTrace: number;
  p50Ms: number;
  baselineP50Ms: number;
  exemplarTraceIds: string[];
}

export interface RootCause {
  /** Service name, or the dependency's id (`postgresql/orders`, `api.stripe.com`). */
  service: string;
  kind: NodeKind;
  /** In [0,1]: share of the anomaly the trace graph attributes to it (0 without trace data). */
  score: number;
  evidence: RootEvidence | null;
  /** Runner-up candidates, best first. */
  alternatives: Array<{ service: string; kind: NodeKind; score: number }>;
  /**
   * For a dependency that sends no telemetry of its own (a payment provider, a database): the
   * service whose calls to it fail, the one a person (or a recovery action such as a circuit
   * breaker) can act on.
   */
  caller?: string;
}

export interface Impact {
  /** The root (when it is a service) and every service upstream of it, nearest first. */
  affectedServices: string[];
  /** Entry endpoints (`service span-name`) of affected traces, most affected first. */
  affectedEndpoints: Array<{ service: string; endpoint: string; traces: number }>;
  /** Estimated share of all traffic in the window the fault touches, in [0,1]. */
  systemImpact: number;
  userFacing: boolean;
  /** Affected traces among the traces looked at. */
  affectedTraces: number;
  sampledTraces: number;
}

/** The rule and the model chose different categories; which one won and why is in the explanation. */
export interface Disagreement {
  ruleCategory: AssignedCategory;
  ruleConfidence: number;
  modelCategory: AssignedCategory;
  modelProbability: number;
  chosen: Category;
}

export interface Diagnosis {
  /** Unique per diagnosis; the error_classifications row id. */
  id: string;
  eventId: string;
  fingerprint: string;
  action: DetectedEvent['action'];
  serviceName: string;
  category: Category;
  probableCauses: string[];
  recommendedActions: string[];
  confidence: number;
  rootCause: RootCause;
  impact: Impact;
  /** Confidence below learning.confidence_threshold: a person should approve any action. */
  needsApproval: boolean;
  /** `rules-v1` alone, or `rules-v1+<model version>`. */
  classifierVersion: string;
  /** Plain text: which rule or model decided, on which evidence and exemplar traces. */
  explanation: string;
  rule: { id: string | null; category: Category; confidence: number };
  model: { version: string; category: string; probability: number } | null;
  disagreement: Disagreement | null;
  /** The vector the model saw, kept with the classification so later labels can train on it. */
  features: number[];
  featureVersion: number;
  /** Miner template of the diagnosis message, and its signature. */
  template: { signature: string; text: string } | null;
  exemplarTraceIds: string[];
  /** Epoch ms. */
  diagnosedAt: number;
  /** Set when trace data could not be read (the diagnosis then rests on the event and rules alone). */
  degraded?: string;
}

/** A correction (a person) or a confirmation (a verified recovery) of an event's diagnosis. */
export interface DiagnosisLabel {
  eventId: string;
  source: 'human' | 'recovery';
  /** Absent: the category of the event's latest diagnosis (a recovery that worked confirms it). */
  category?: AssignedCategory;
  /**
   * The diagnosis the label is about (a verified recovery's: the one its plan was made from);
   * absent: the event's latest. A later diagnosis of a subsiding incident may say otherwise.
   */
  diagnosisId?: string;
  rootService?: string;
  labelledBy?: string;
  /** A person's verdict that the event was no incident at all (a false positive; no category). */
  notAnIncident?: boolean;
  /** With notAnIncident: the event was still open and the label closed it. */
  closed?: boolean;
}

// ---- Recovery: what the recover stage tells the rest (audit, later escalation and the API) ----

/** recovery_executions.execution_status (execution_status_enum). */
export type ExecutionStatus = 'PENDING' | 'AWAITING_APPROVAL' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'ROLLED_BACK' | 'CANCELLED';

/**
 * One recovery decision or step for an incident: planned, skipped ("not run, because…"),
 * awaiting approval, approved or rejected, started, executed, verified, rolled back, exhausted.
 * executionId is null for decisions that made no execution (no candidate, policy refused).
 */
export interface ExecutionChange {
  eventId: string;
  executionId: string | null;
  /** The audit action_type, e.g. `recovery.skipped`, `execution.verified`. */
  step: string;
  /** Who decided: `homeostat/recover`, or the person who approved. */
  actor: string;
  actionName: string | null;
  status: ExecutionStatus | null;
  details: Record<string, unknown>;
  /** Outcome in a word, for the audit row's result column. */
  result: string;
  /** Epoch ms. */
  at: number;
}

// ---- Escalation: what the escalation stage tells the rest (audit, the API) ----

/** An incident was escalated to people (level 0) or re-escalated because nobody acknowledged it. */
export interface EscalationRaised {
  escalationId: string;
  eventId: string;
  /** The policy rule that matched (critical_errors, failed_recoveries, …). */
  rule: string;
  /** The document's action name (immediate_human_notification, …). */
  action: string;
  level: number;
  channels: string[];
  reason: string;
  /** Epoch ms. */
  at: number;
}

/** Someone took an escalated incident (in the API, the CLI, or PagerDuty): re-escalation stopped. */
export interface EscalationAcknowledged {
  escalationId: string;
  eventId: string;
  by: string;
  via: 'api' | 'cli' | 'pagerduty';
  level: number;
  /** Epoch ms. */
  at: number;
}

/** An escalated incident is over (recovered or closed); every channel that was told hears it. */
export interface EscalationResolved {
  escalationId: string;
  eventId: string;
  why: string;
  level: number;
  channels: string[];
  /** Epoch ms. */
  at: number;
}

/**
 * A code-fix proposal for an incident's error pattern (src/escalate/codefix.ts): started as a
 * Codegen agent run, polled until it ends. Never applied: shown in the API, Slack and Grafana.
 */
export interface CodeFixChange {
  proposalId: string;
  /** The incident this is told for (a proposal serves every incident of its pattern). */
  eventId: string;
  service: string;
  status: 'pending' | 'running' | 'complete' | 'failed' | 'refused' | 'timed_out';
  runId: number | null;
  /** The run in Codegen's web app. */
  webUrl: string | null;
  /** The pull request when the run opened one, else the run. */
  resultUrl: string | null;
  /** What the run reports as its confidence, when it reports one (Codegen's API has no such field). */
  confidence: number | null;
  summary: string | null;
  /** Epoch ms. */
  at: number;
}

/**
 * Where receivers hand decoded items. Each call resolves only once the items are stored,
 * so a receiver that awaits it acknowledges nothing it could still lose.
 */
export interface TelemetrySink {
  consumeTraces(spans: SpanRecord[]): Promise<void>;
  consumeLogs(logs: LogRecordItem[]): Promise<void>;
  consumeMetrics(points: MetricPoint[]): Promise<void>;
}

/** What a downstream stage (detect) sees: items that are already stored. */
export interface StoredConsumer {
  traces?(spans: SpanRecord[]): void;
  logs?(logs: LogRecordItem[]): void;
  metrics?(points: MetricPoint[]): void;
}

/** Who hands on stored items: the store stage, or a source tailing what a Collector stored. */
export interface StoredFanout {
  subscribe(consumer: StoredConsumer): void;
}

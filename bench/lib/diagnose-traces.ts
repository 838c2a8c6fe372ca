// Synthetic traces for the diagnosis bench and tests: a call tree written as nested specs
// (self time per span, children run one after another) becomes span rows, and rows become
// otel_traces / otel_logs inserts in the Collector exporter layout.

import type { ClickHouseClient } from '@clickhouse/client';
import type { SpanKindName, SpanRow, SpanStatus } from '../../src/diagnose/graph-types.ts';

export interface SpanSpec {
  service: string;
  name: string;
  kind?: SpanKindName;
  status?: SpanStatus;
  statusMessage?: string;
  /** Time the span spends itself, outside its children. */
  selfMs: number;
  attrs?: Record<string, string>;
  exception?: Record<string, string>;
  children?: SpanSpec[];
}

export interface LogSpec {
  traceId: string;
  spanId: string;
  service: string;
  timeMs: number;
  severity: 'INFO' | 'WARN' | 'ERROR';
  body: string;
  attrs?: Record<string, string>;
}

let counter = 0;
function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0').slice(-width);
}
/** Unique ids without randomness, so corpora are reproducible. */
export function nextTraceId(): string {
  counter++;
  return hex(0x5eed, 8) + hex(process.pid, 8) + hex(counter, 16);
}
function nextSpanId(): string {
  counter++;
  return hex(counter * 2654435761, 8) + hex(counter, 8);
}

/** Lays the tree out in time and returns its spans, root first. */
export function buildTrace(traceId: string, startMs: number, root: SpanSpec): SpanRow[] {
  const out: SpanRow[] = [];
  const place = (spec: SpanSpec, parentId: string, at: number): number => {
    const spanId = nextSpanId();
    const row: SpanRow = {
      traceId,
      spanId,
      parentSpanId: parentId,
      service: spec.service,
      name: spec.name,
      kind: spec.kind ?? 'Internal',
      status: spec.status ?? 'Unset',
      statusMessage: spec.statusMessage ?? '',
      startMs: at,
      durationMs: 0,
      attributes: { ...(spec.attrs ?? {}) },
      ...(spec.exception ? { exception: spec.exception } : {}),
    };
    out.push(row);
    // Half the self time before the children, half after.
    let t = at + spec.selfMs / 2;
    for (const c of spec.children ?? []) t += place(c, spanId, t);
    t += spec.selfMs / 2;
    row.durationMs = t - at;
    return row.durationMs;
  };
  place(root, '', startMs);
  return out;
}

function isoNs(ms: number): string {
  const whole = Math.floor(ms);
  const frac = Math.round((ms - whole) * 1e6);
  const iso = new Date(whole).toISOString(); // ...ss.mmmZ
  return `${iso.slice(0, 23)}${String(frac).padStart(6, '0')}Z`;
}

export function spanInsertRow(s: SpanRow): Record<string, unknown> {
  return {
    Timestamp: isoNs(s.startMs),
    TraceId: s.traceId,
    SpanId: s.spanId,
    ParentSpanId: s.parentSpanId,
    TraceState: '',
    SpanName: s.name,
    SpanKind: s.kind,
    ServiceName: s.service,
    ResourceAttributes: { 'service.name': s.service },
    ScopeName: 'synthetic',
    ScopeVersion: '1',
    SpanAttributes: s.attributes,
    Duration: Math.round(s.durationMs * 1e6),
    StatusCode: s.status,
    StatusMessage: s.statusMessage,
    'Events.Timestamp': s.exception ? [isoNs(s.startMs + s.durationMs)] : [],
    'Events.Name': s.exception ? ['exception'] : [],
    'Events.Attributes': s.exception ? [s.exception] : [],
    'Links.TraceId': [],
    'Links.SpanId': [],
    'Links.TraceState': [],
    'Links.Attributes': [],
  };
}

export function logInsertRow(l: LogSpec): Record<string, unknown> {
  const severityNumber = l.severity === 'ERROR' ? 17 : l.severity === 'WARN' ? 13 : 9;
  return {
    Timestamp: isoNs(l.timeMs),
    TraceId: l.traceId,
    SpanId: l.spanId,
    TraceFlags: 1,
    SeverityText: l.severity,
    SeverityNumber: severityNumber,
    ServiceName: l.service,
    Body: l.body,
    ResourceSchemaUrl: '',
    ResourceAttributes: { 'service.name': l.service },
    ScopeSchemaUrl: '',
    ScopeName: 'synthetic',
    ScopeVersion: '1',
    ScopeAttributes: {},
    LogAttributes: l.attrs ?? {},
    EventName: '',
  };
}

const INSERT_SETTINGS = { date_time_input_format: 'best_effort' } as const;

export async function insertSpans(client: ClickHouseClient, database: string, spans: readonly SpanRow[]): Promise<void> {
  for (let i = 0; i < spans.length; i += 5000) {
    await client.insert({
      table: `${database}.otel_traces`,
      values: spans.slice(i, i + 5000).map(spanInsertRow),
      format: 'JSONEachRow',
      clickhouse_settings: INSERT_SETTINGS,
    });
  }
}

export async function insertLogs(client: ClickHouseClient, database: string, logs: readonly LogSpec[]): Promise<void> {
  if (logs.length === 0) return;
  await client.insert({ table: `${database}.otel_logs`, values: logs.map(logInsertRow), format: 'JSONEachRow', clickhouse_settings: INSERT_SETTINGS });
}

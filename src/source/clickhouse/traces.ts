import type { SpanEvent, SpanLink, SpanRecord } from '../../records.ts';
import { spanKindFromName, statusCodeFromName } from './kinds.ts';
import type { SharedObjects } from './shared.ts';
import { big, flat, hexId, nanosEach, str, strs, type Row } from './sql.ts';
import type { StreamSpec } from './stream.ts';

const COLUMNS = [
  'TraceId', 'SpanId', 'ParentSpanId', 'TraceState', 'SpanName', 'SpanKind', 'ServiceName', 'ScopeName', 'ScopeVersion',
  'StatusCode', 'StatusMessage',
  'toString(Duration) AS _duration',
  `${flat('ResourceAttributes')} AS _resource`,
  `${flat('SpanAttributes')} AS _attributes`,
  `${nanosEach('`Events.Timestamp`')} AS _event_times`,
  '`Events.Name` AS _event_names',
  `arrayMap(m -> ${flat('m')}, \`Events.Attributes\`) AS _event_attributes`,
  '`Links.TraceId` AS _link_trace_ids',
  '`Links.SpanId` AS _link_span_ids',
  '`Links.TraceState` AS _link_states',
  `arrayMap(m -> ${flat('m')}, \`Links.Attributes\`) AS _link_attributes`,
].join(', ');

export function tracesStream(table: string): StreamSpec {
  return { table, signal: 'traces', timeColumn: 'Timestamp', columns: COLUMNS, identity: ['TraceId', 'SpanId'], toRecord: toSpan };
}

/** `_ts` is the row's Timestamp in nanoseconds (added by the tailer). */
function toSpan(r: Row, shared: SharedObjects): SpanRecord {
  const startNs = big(r._ts);
  const eventTimes = strs(r._event_times);
  const eventNames = strs(r._event_names);
  const eventAttrs = (r._event_attributes ?? []) as unknown[];
  const events: SpanEvent[] = eventTimes.map((t, i) => ({
    timeNs: big(t),
    name: eventNames[i] ?? '',
    attributes: strs(eventAttrs[i]),
    droppedAttributesCount: 0,
  }));
  const linkTraces = strs(r._link_trace_ids);
  const linkSpans = strs(r._link_span_ids);
  const linkStates = strs(r._link_states);
  const linkAttrs = (r._link_attributes ?? []) as unknown[];
  const links: SpanLink[] = linkTraces.map((t, i) => ({
    traceId: hexId(t),
    spanId: hexId(linkSpans[i]),
    traceState: linkStates[i] ?? '',
    attributes: strs(linkAttrs[i]),
    droppedAttributesCount: 0,
    flags: 0,
  }));
  return {
    // The exporter keeps no resource schema URL or dropped counts for spans.
    resource: shared.resource(str(r.ServiceName), strs(r._resource), ''),
    scope: shared.scope(str(r.ScopeName), str(r.ScopeVersion), [], ''),
    traceId: hexId(r.TraceId),
    spanId: hexId(r.SpanId),
    parentSpanId: hexId(r.ParentSpanId),
    traceState: str(r.TraceState),
    flags: 0,
    name: str(r.SpanName),
    kind: spanKindFromName(str(r.SpanKind)),
    startNs,
    endNs: startNs + big(r._duration),
    attributes: strs(r._attributes),
    droppedAttributesCount: 0,
    events,
    droppedEventsCount: 0,
    links,
    droppedLinksCount: 0,
    statusCode: statusCodeFromName(str(r.StatusCode)),
    statusMessage: str(r.StatusMessage),
  };
}

import type { LogRecordItem } from '../../records.ts';
import type { SharedObjects } from './shared.ts';
import { big, flat, hexId, num, str, strs, type Row } from './sql.ts';
import type { StreamSpec } from './stream.ts';

const COLUMNS = [
  'TraceId', 'SpanId', 'TraceFlags', 'SeverityText', 'SeverityNumber', 'ServiceName', 'Body', 'ResourceSchemaUrl',
  'ScopeSchemaUrl', 'ScopeName', 'ScopeVersion', 'EventName',
  `${flat('ResourceAttributes')} AS _resource`,
  `${flat('ScopeAttributes')} AS _scope_attributes`,
  `${flat('LogAttributes')} AS _attributes`,
].join(', ');

// A log row has no id of its own: its identity is the whole row.
const IDENTITY = [
  'TraceId', 'SpanId', 'TraceFlags', 'SeverityText', 'SeverityNumber', 'ServiceName', 'Body', 'ResourceAttributes',
  'ScopeName', 'ScopeVersion', 'LogAttributes', 'EventName',
];

// Added to the exporter's otel_logs over time (schema URLs and scope attributes in 2023,
// EventName in 2025).
const OPTIONAL = {
  EventName: "''",
  ResourceSchemaUrl: "''",
  ScopeSchemaUrl: "''",
  ScopeAttributes: "CAST(map(), 'Map(String, String)')",
};

export function logsStream(table: string): StreamSpec {
  return { table, signal: 'logs', timeColumn: 'Timestamp', columns: COLUMNS, identity: IDENTITY, optional: OPTIONAL, toRecord: toLog };
}

function toLog(r: Row, shared: SharedObjects): LogRecordItem {
  const timeNs = big(r._ts);
  return {
    resource: shared.resource(str(r.ServiceName), strs(r._resource), str(r.ResourceSchemaUrl)),
    scope: shared.scope(str(r.ScopeName), str(r.ScopeVersion), strs(r._scope_attributes), str(r.ScopeSchemaUrl)),
    timeNs,
    // The exporter stores one time (the event time, or the observed time when that was
    // unset) and drops the other; both get the stored one.
    observedTimeNs: timeNs,
    severityNumber: num(r.SeverityNumber),
    severityText: str(r.SeverityText),
    body: str(r.Body),
    attributes: strs(r._attributes),
    droppedAttributesCount: 0,
    flags: num(r.TraceFlags),
    traceId: hexId(r.TraceId),
    spanId: hexId(r.SpanId),
    eventName: str(r.EventName),
  };
}

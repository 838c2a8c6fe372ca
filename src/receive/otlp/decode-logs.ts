// ExportLogsServiceRequest (protobuf or OTLP/JSON) → LogRecordItem[]. A record whose
// trace_id / span_id has a length other than 0/16 or 0/8 is rejected alone. A record without
// time_unix_nano takes its observed time (as the Collector's ClickHouse exporter does).
import type { Decoded, DecodeLimits, LogRecordItem, Resource, Scope } from '../../records.ts';
import { jsonAnyValue, readAnyValue } from './anyvalue.ts';
import { jsonAttributes, readAttribute } from './attributes.ts';
import { walkJson, type JsonEnvelope, type JsonObj } from './decode-json-common.ts';
import { DecodeState } from './decode-state.ts';
import { BAD_ID, describeJsonId, jsonEnum, jsonId, jsonNanos, jsonString, jsonU32 } from './json-fields.ts';
import { ProtoReader } from './proto-reader.ts';
import { newResource, newScope, readResource, readScope } from './resource-scope.ts';

const REQUEST = 'opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest';
const RESOURCE_LOGS = 'opentelemetry.proto.logs.v1.ResourceLogs';
const SCOPE_LOGS = 'opentelemetry.proto.logs.v1.ScopeLogs';
const LOG_RECORD = 'opentelemetry.proto.logs.v1.LogRecord';

const REQUEST_KNOWN = 0b10;
const CONTAINER_KNOWN = 0b1110;
// Fields 1-3 and 5-12 (4 is reserved).
const LOG_KNOWN = 0b1_1111_1110_1110;

// Tags are literals (field * 8 + wire type, annotated) so each switch compiles to a jump table.

export function decodeLogsProto(buf: Uint8Array, limits: DecodeLimits): Decoded<LogRecordItem> {
  const r = new ProtoReader(buf);
  const st = new DecodeState<LogRecordItem>(limits);
  const end = r.length;
  r.msg = REQUEST;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 10 /* 1:LEN */) readResourceLogs(r, r.lenEnd(end), st);
    else r.skip(t, end, REQUEST_KNOWN);
  }
  return st.finish(r.repairedStrings);
}

function readResourceLogs(r: ProtoReader, end: number, st: DecodeState<LogRecordItem>): void {
  const outer = r.msg;
  r.msg = RESOURCE_LOGS;
  const res = newResource();
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 18 /* 2:LEN */) readScopeLogs(r, r.lenEnd(end), st, res);
    else if (t === 10 /* 1:LEN */) readResource(r, r.lenEnd(end), st, res);
    else if (t === 26 /* 3:LEN */) res.schemaUrl = r.string(end);
    else r.skip(t, end, CONTAINER_KNOWN);
  }
  r.msg = outer;
}

function readScopeLogs(r: ProtoReader, end: number, st: DecodeState<LogRecordItem>, res: Resource): void {
  const outer = r.msg;
  r.msg = SCOPE_LOGS;
  const scope = newScope();
  let index = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 18 /* 2:LEN */) readLogRecord(r, r.lenEnd(end), st, res, scope, index++);
    else if (t === 10 /* 1:LEN */) readScope(r, r.lenEnd(end), st, scope);
    else if (t === 26 /* 3:LEN */) scope.schemaUrl = r.string(end);
    else r.skip(t, end, CONTAINER_KNOWN);
  }
  r.msg = outer;
}

function newLogRecord(res: Resource, scope: Scope): LogRecordItem {
  return {
    resource: res,
    scope,
    timeNs: 0n,
    observedTimeNs: 0n,
    severityNumber: 0,
    severityText: '',
    body: '',
    attributes: [],
    droppedAttributesCount: 0,
    flags: 0,
    traceId: '',
    spanId: '',
    eventName: '',
  };
}

function readLogRecord(r: ProtoReader, end: number, st: DecodeState<LogRecordItem>, res: Resource, scope: Scope, index: number): void {
  const outer = r.msg;
  r.msg = LOG_RECORD;
  const l = newLogRecord(res, scope);
  let traceLen = 0;
  let spanLen = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 9 /* 1:I64 */:
        l.timeNs = r.fixed64Big(end);
        break;
      case 16 /* 2:VARINT */:
        l.severityNumber = r.int32(end);
        break;
      case 26 /* 3:LEN */:
        l.severityText = r.string(end);
        break;
      case 42 /* 5:LEN */:
        l.body = readAnyValue(r, r.lenEnd(end), st);
        break;
      case 50 /* 6:LEN */:
        l.droppedAttributesCount += readAttribute(r, end, st, l.attributes);
        break;
      case 56 /* 7:VARINT */:
        l.droppedAttributesCount += r.uint32(end);
        break;
      case 69 /* 8:I32 */:
        l.flags = r.fixed32(end);
        break;
      case 74 /* 9:LEN */:
        traceLen = r.bytesLen(end);
        l.traceId = traceLen === 16 ? r.hex(r.pos - 16, r.pos) : '';
        break;
      case 82 /* 10:LEN */:
        spanLen = r.bytesLen(end);
        l.spanId = spanLen === 8 ? r.hex(r.pos - 8, r.pos) : '';
        break;
      case 89 /* 11:I64 */:
        l.observedTimeNs = r.fixed64Big(end);
        break;
      case 98 /* 12:LEN */:
        l.eventName = st.capName(r.string(end));
        break;
      default:
        r.skip(t, end, LOG_KNOWN);
    }
  }
  r.msg = outer;
  if (traceLen !== 0 && traceLen !== 16) st.reject(logReason(index, scope, `trace_id is ${traceLen} bytes, want 0 or 16`));
  else if (spanLen !== 0 && spanLen !== 8) st.reject(logReason(index, scope, `span_id is ${spanLen} bytes, want 0 or 8`));
  else {
    if (l.timeNs === 0n) l.timeNs = l.observedTimeNs;
    st.items.push(l);
  }
}

function logReason(index: number, scope: Scope, problem: string): string {
  return `log record ${index} of scope '${scope.name}': ${problem}`;
}

// ---- OTLP/JSON ------------------------------------------------------------------------

const ENVELOPE: JsonEnvelope = {
  resources: 'resourceLogs',
  resourcesSnake: 'resource_logs',
  scopes: 'scopeLogs',
  scopesSnake: 'scope_logs',
  items: 'logRecords',
  itemsSnake: 'log_records',
};

const SEVERITY_NAMES: string[] = ['SEVERITY_NUMBER_UNSPECIFIED'];
for (const level of ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'])
  for (const n of ['', '2', '3', '4']) SEVERITY_NAMES.push(`SEVERITY_NUMBER_${level}${n}`);

export function decodeLogsJson(text: string, limits: DecodeLimits): Decoded<LogRecordItem> {
  const st = new DecodeState<LogRecordItem>(limits);
  walkJson(text, st, ENVELOPE, jsonLogRecord);
  return st.finish(0);
}

function jsonLogRecord(o: JsonObj, st: DecodeState<LogRecordItem>, res: Resource, scope: Scope, index: number): void {
  const l = newLogRecord(res, scope);
  l.timeNs = jsonNanos(o.timeUnixNano ?? o.time_unix_nano, st, 'timeUnixNano');
  l.observedTimeNs = jsonNanos(o.observedTimeUnixNano ?? o.observed_time_unix_nano, st, 'observedTimeUnixNano');
  l.severityNumber = jsonEnum(o.severityNumber ?? o.severity_number, st, 'severityNumber', SEVERITY_NAMES);
  l.severityText = jsonString(o.severityText ?? o.severity_text, st, 'severityText');
  l.body = jsonAnyValue(o.body, st, 'body');
  l.droppedAttributesCount = jsonAttributes(o.attributes, st, 'attributes', l.attributes);
  l.droppedAttributesCount += jsonU32(o.droppedAttributesCount ?? o.dropped_attributes_count, st, 'droppedAttributesCount');
  l.flags = jsonU32(o.flags, st, 'flags');
  const traceRaw = o.traceId ?? o.trace_id;
  const spanRaw = o.spanId ?? o.span_id;
  l.traceId = jsonId(traceRaw, 16);
  l.spanId = jsonId(spanRaw, 8);
  l.eventName = st.capName(jsonString(o.eventName ?? o.event_name, st, 'eventName'));
  if (l.traceId === BAD_ID) st.reject(logReason(index, scope, `traceId ${describeJsonId(traceRaw, 16)}`));
  else if (l.spanId === BAD_ID) st.reject(logReason(index, scope, `spanId ${describeJsonId(spanRaw, 8)}`));
  else {
    if (l.timeNs === 0n) l.timeNs = l.observedTimeNs;
    st.items.push(l);
  }
}

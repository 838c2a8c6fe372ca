// ExportTraceServiceRequest (protobuf or OTLP/JSON) → SpanRecord[]. A span with an id of the
// wrong length (its own or one of its links') is rejected alone; the rest of the request stays.
import type { Decoded, DecodeLimits, Resource, Scope, SpanEvent, SpanLink, SpanRecord } from '../../records.ts';
import { readAttribute, jsonAttributes } from './attributes.ts';
import { DecodeState } from './decode-state.ts';
import { walkJson, type JsonEnvelope, type JsonObj } from './decode-json-common.ts';
import { BAD_ID, describeJsonId, jsonArray, jsonEnum, jsonId, jsonNanos, jsonObject, jsonString, jsonU32 } from './json-fields.ts';
import { ProtoReader } from './proto-reader.ts';
import { newResource, newScope, readResource, readScope } from './resource-scope.ts';

const REQUEST = 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest';
const RESOURCE_SPANS = 'opentelemetry.proto.trace.v1.ResourceSpans';
const SCOPE_SPANS = 'opentelemetry.proto.trace.v1.ScopeSpans';
const SPAN = 'opentelemetry.proto.trace.v1.Span';
const EVENT = 'opentelemetry.proto.trace.v1.Span.Event';
const LINK = 'opentelemetry.proto.trace.v1.Span.Link';
const STATUS = 'opentelemetry.proto.trace.v1.Status';

// Bit masks of each message's field numbers, for telling a wrong wire type from an unknown field.
const REQUEST_KNOWN = 0b10;
const CONTAINER_KNOWN = 0b1110;
const SPAN_KNOWN = 0x1fffe;
const EVENT_KNOWN = 0b11110;
const LINK_KNOWN = 0b1111110;
const STATUS_KNOWN = 0b1100;

// Tags are written as literals (field * 8 + wire type, annotated) so each switch compiles
// to a jump table.

export function decodeTracesProto(buf: Uint8Array, limits: DecodeLimits): Decoded<SpanRecord> {
  const r = new ProtoReader(buf);
  const st = new DecodeState<SpanRecord>(limits);
  const end = r.length;
  r.msg = REQUEST;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 10 /* 1:LEN */) readResourceSpans(r, r.lenEnd(end), st);
    else r.skip(t, end, REQUEST_KNOWN);
  }
  return st.finish(r.repairedStrings);
}

function readResourceSpans(r: ProtoReader, end: number, st: DecodeState<SpanRecord>): void {
  const outer = r.msg;
  r.msg = RESOURCE_SPANS;
  const res = newResource();
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 18 /* 2:LEN */) readScopeSpans(r, r.lenEnd(end), st, res);
    else if (t === 10 /* 1:LEN */) readResource(r, r.lenEnd(end), st, res);
    else if (t === 26 /* 3:LEN */) res.schemaUrl = r.string(end);
    else r.skip(t, end, CONTAINER_KNOWN);
  }
  r.msg = outer;
}

function readScopeSpans(r: ProtoReader, end: number, st: DecodeState<SpanRecord>, res: Resource): void {
  const outer = r.msg;
  r.msg = SCOPE_SPANS;
  const scope = newScope();
  let index = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 18 /* 2:LEN */) readSpan(r, r.lenEnd(end), st, res, scope, index++);
    else if (t === 10 /* 1:LEN */) readScope(r, r.lenEnd(end), st, scope);
    else if (t === 26 /* 3:LEN */) scope.schemaUrl = r.string(end);
    else r.skip(t, end, CONTAINER_KNOWN);
  }
  r.msg = outer;
}

function newSpan(res: Resource, scope: Scope): SpanRecord {
  return {
    resource: res,
    scope,
    traceId: '',
    spanId: '',
    parentSpanId: '',
    traceState: '',
    flags: 0,
    name: '',
    kind: 0,
    startNs: 0n,
    endNs: 0n,
    attributes: [],
    droppedAttributesCount: 0,
    events: [],
    droppedEventsCount: 0,
    links: [],
    droppedLinksCount: 0,
    statusCode: 0,
    statusMessage: '',
  };
}

function readSpan(r: ProtoReader, end: number, st: DecodeState<SpanRecord>, res: Resource, scope: Scope, index: number): void {
  const outer = r.msg;
  r.msg = SPAN;
  const s = newSpan(res, scope);
  let traceLen = 0;
  let spanLen = 0;
  let parentLen = 0;
  let badLink = '';
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 10 /* 1:LEN */:
        traceLen = r.bytesLen(end);
        s.traceId = traceLen === 16 ? r.hex(r.pos - 16, r.pos) : '';
        break;
      case 18 /* 2:LEN */:
        spanLen = r.bytesLen(end);
        s.spanId = spanLen === 8 ? r.hex(r.pos - 8, r.pos) : '';
        break;
      case 26 /* 3:LEN */:
        s.traceState = r.string(end);
        break;
      case 34 /* 4:LEN */:
        parentLen = r.bytesLen(end);
        s.parentSpanId = parentLen === 8 ? r.hex(r.pos - 8, r.pos) : '';
        break;
      case 42 /* 5:LEN */:
        s.name = st.capName(r.string(end));
        break;
      case 48 /* 6:VARINT */:
        s.kind = r.int32(end);
        break;
      case 57 /* 7:I64 */:
        s.startNs = r.fixed64Big(end);
        break;
      case 65 /* 8:I64 */:
        s.endNs = r.fixed64Big(end);
        break;
      case 74 /* 9:LEN */:
        s.droppedAttributesCount += readAttribute(r, end, st, s.attributes);
        break;
      case 80 /* 10:VARINT */:
        s.droppedAttributesCount += r.uint32(end);
        break;
      case 90 /* 11:LEN */:
        s.events.push(readEvent(r, r.lenEnd(end), st));
        break;
      case 96 /* 12:VARINT */:
        s.droppedEventsCount = r.uint32(end);
        break;
      case 106 /* 13:LEN */: {
        const link = readLink(r, r.lenEnd(end), st);
        if (typeof link === 'string') {
          if (badLink === '') badLink = `link ${s.links.length} ${link}`;
        } else s.links.push(link);
        break;
      }
      case 112 /* 14:VARINT */:
        s.droppedLinksCount = r.uint32(end);
        break;
      case 122 /* 15:LEN */:
        readStatus(r, r.lenEnd(end), s);
        break;
      case 133 /* 16:I32 */:
        s.flags = r.fixed32(end);
        break;
      default:
        r.skip(t, end, SPAN_KNOWN);
    }
  }
  r.msg = outer;
  if (traceLen !== 16) st.reject(spanReason(index, scope, `trace_id is ${traceLen} bytes, want 16`));
  else if (spanLen !== 8) st.reject(spanReason(index, scope, `span_id is ${spanLen} bytes, want 8`));
  else if (parentLen !== 0 && parentLen !== 8) st.reject(spanReason(index, scope, `parent_span_id is ${parentLen} bytes, want 0 or 8`));
  else if (badLink !== '') st.reject(spanReason(index, scope, badLink));
  else st.items.push(s);
}

function spanReason(index: number, scope: Scope, problem: string): string {
  return `span ${index} of scope '${scope.name}': ${problem}`;
}

function readEvent(r: ProtoReader, end: number, st: DecodeState<SpanRecord>): SpanEvent {
  r.msg = EVENT;
  const e: SpanEvent = { timeNs: 0n, name: '', attributes: [], droppedAttributesCount: 0 };
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 26 /* 3:LEN */) e.droppedAttributesCount += readAttribute(r, end, st, e.attributes);
    else if (t === 9 /* 1:I64 */) e.timeNs = r.fixed64Big(end);
    else if (t === 18 /* 2:LEN */) e.name = st.capName(r.string(end));
    else if (t === 32 /* 4:VARINT */) e.droppedAttributesCount += r.uint32(end);
    else r.skip(t, end, EVENT_KNOWN);
  }
  r.msg = SPAN;
  return e;
}

/** Returns the link, or a description of its bad id. */
function readLink(r: ProtoReader, end: number, st: DecodeState<SpanRecord>): SpanLink | string {
  r.msg = LINK;
  const l: SpanLink = { traceId: '', spanId: '', traceState: '', attributes: [], droppedAttributesCount: 0, flags: 0 };
  let traceLen = 0;
  let spanLen = 0;
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case 10 /* 1:LEN */:
        traceLen = r.bytesLen(end);
        l.traceId = traceLen === 16 ? r.hex(r.pos - 16, r.pos) : '';
        break;
      case 18 /* 2:LEN */:
        spanLen = r.bytesLen(end);
        l.spanId = spanLen === 8 ? r.hex(r.pos - 8, r.pos) : '';
        break;
      case 26 /* 3:LEN */:
        l.traceState = r.string(end);
        break;
      case 34 /* 4:LEN */:
        l.droppedAttributesCount += readAttribute(r, end, st, l.attributes);
        break;
      case 40 /* 5:VARINT */:
        l.droppedAttributesCount += r.uint32(end);
        break;
      case 53 /* 6:I32 */:
        l.flags = r.fixed32(end);
        break;
      default:
        r.skip(t, end, LINK_KNOWN);
    }
  }
  r.msg = SPAN;
  if (traceLen !== 16) return `trace_id is ${traceLen} bytes, want 16`;
  if (spanLen !== 8) return `span_id is ${spanLen} bytes, want 8`;
  return l;
}

function readStatus(r: ProtoReader, end: number, s: SpanRecord): void {
  r.msg = STATUS;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === 24 /* 3:VARINT */) s.statusCode = r.int32(end);
    else if (t === 18 /* 2:LEN */) s.statusMessage = r.string(end);
    else r.skip(t, end, STATUS_KNOWN);
  }
  r.msg = SPAN;
}

// ---- OTLP/JSON ------------------------------------------------------------------------

const ENVELOPE: JsonEnvelope = {
  resources: 'resourceSpans',
  resourcesSnake: 'resource_spans',
  scopes: 'scopeSpans',
  scopesSnake: 'scope_spans',
  items: 'spans',
  itemsSnake: 'spans',
};

const KIND_NAMES = ['SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT', 'SPAN_KIND_PRODUCER', 'SPAN_KIND_CONSUMER'];
const STATUS_NAMES = ['STATUS_CODE_UNSET', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'];

export function decodeTracesJson(text: string, limits: DecodeLimits): Decoded<SpanRecord> {
  const st = new DecodeState<SpanRecord>(limits);
  walkJson(text, st, ENVELOPE, jsonSpan);
  return st.finish(0);
}

function jsonSpan(o: JsonObj, st: DecodeState<SpanRecord>, res: Resource, scope: Scope, index: number): void {
  const s = newSpan(res, scope);
  const traceRaw = o.traceId ?? o.trace_id;
  const spanRaw = o.spanId ?? o.span_id;
  const parentRaw = o.parentSpanId ?? o.parent_span_id;
  s.traceId = jsonId(traceRaw, 16);
  s.spanId = jsonId(spanRaw, 8);
  s.parentSpanId = jsonId(parentRaw, 8);
  s.traceState = jsonString(o.traceState ?? o.trace_state, st, 'traceState');
  s.flags = jsonU32(o.flags, st, 'flags');
  s.name = st.capName(jsonString(o.name, st, 'name'));
  s.kind = jsonEnum(o.kind, st, 'kind', KIND_NAMES);
  s.startNs = jsonNanos(o.startTimeUnixNano ?? o.start_time_unix_nano, st, 'startTimeUnixNano');
  s.endNs = jsonNanos(o.endTimeUnixNano ?? o.end_time_unix_nano, st, 'endTimeUnixNano');
  s.droppedAttributesCount = jsonAttributes(o.attributes, st, 'attributes', s.attributes);
  s.droppedAttributesCount += jsonU32(o.droppedAttributesCount ?? o.dropped_attributes_count, st, 'droppedAttributesCount');
  s.droppedEventsCount = jsonU32(o.droppedEventsCount ?? o.dropped_events_count, st, 'droppedEventsCount');
  s.droppedLinksCount = jsonU32(o.droppedLinksCount ?? o.dropped_links_count, st, 'droppedLinksCount');
  const events = jsonArray(o.events, st, 'events');
  if (events.length > 0) {
    st.path.push('events');
    for (let i = 0; i < events.length; i++) s.events.push(jsonEvent(jsonObject(events[i], st, i), st, i));
    st.path.pop();
  }
  let badLink = '';
  const links = jsonArray(o.links, st, 'links');
  if (links.length > 0) {
    st.path.push('links');
    for (let i = 0; i < links.length; i++) {
      const link = jsonLink(jsonObject(links[i], st, i), st, i);
      if (typeof link !== 'string') s.links.push(link);
      else if (badLink === '') badLink = `link ${i} ${link}`;
    }
    st.path.pop();
  }
  const status = o.status;
  if (status !== undefined && status !== null) {
    const so = jsonObject(status, st, 'status');
    st.path.push('status');
    s.statusCode = jsonEnum(so.code, st, 'code', STATUS_NAMES);
    s.statusMessage = jsonString(so.message, st, 'message');
    st.path.pop();
  }
  if (s.traceId === '' || s.traceId === BAD_ID) st.reject(spanReason(index, scope, `traceId ${describeJsonId(traceRaw, 16)}`));
  else if (s.spanId === '' || s.spanId === BAD_ID) st.reject(spanReason(index, scope, `spanId ${describeJsonId(spanRaw, 8)}`));
  else if (s.parentSpanId === BAD_ID) st.reject(spanReason(index, scope, `parentSpanId ${describeJsonId(parentRaw, 8)}`));
  else if (badLink !== '') st.reject(spanReason(index, scope, badLink));
  else st.items.push(s);
}

function jsonEvent(o: JsonObj, st: DecodeState<SpanRecord>, i: number): SpanEvent {
  st.path.push(i);
  const e: SpanEvent = { timeNs: 0n, name: '', attributes: [], droppedAttributesCount: 0 };
  e.timeNs = jsonNanos(o.timeUnixNano ?? o.time_unix_nano, st, 'timeUnixNano');
  e.name = st.capName(jsonString(o.name, st, 'name'));
  e.droppedAttributesCount = jsonAttributes(o.attributes, st, 'attributes', e.attributes);
  e.droppedAttributesCount += jsonU32(o.droppedAttributesCount ?? o.dropped_attributes_count, st, 'droppedAttributesCount');
  st.path.pop();
  return e;
}

function jsonLink(o: JsonObj, st: DecodeState<SpanRecord>, i: number): SpanLink | string {
  st.path.push(i);
  const l: SpanLink = { traceId: '', spanId: '', traceState: '', attributes: [], droppedAttributesCount: 0, flags: 0 };
  const traceRaw = o.traceId ?? o.trace_id;
  const spanRaw = o.spanId ?? o.span_id;
  l.traceId = jsonId(traceRaw, 16);
  l.spanId = jsonId(spanRaw, 8);
  l.traceState = jsonString(o.traceState ?? o.trace_state, st, 'traceState');
  l.droppedAttributesCount = jsonAttributes(o.attributes, st, 'attributes', l.attributes);
  l.droppedAttributesCount += jsonU32(o.droppedAttributesCount ?? o.dropped_attributes_count, st, 'droppedAttributesCount');
  l.flags = jsonU32(o.flags, st, 'flags');
  st.path.pop();
  if (l.traceId === '' || l.traceId === BAD_ID) return `traceId ${describeJsonId(traceRaw, 16)}`;
  if (l.spanId === '' || l.spanId === BAD_ID) return `spanId ${describeJsonId(spanRaw, 8)}`;
  return l;
}

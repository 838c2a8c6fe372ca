import type { SpanRecord } from '../../records.ts';
import { CsvBytes } from './csv-bytes.ts';
import { nanos, nanosInner, putMapText } from './encode-csv.ts';

// Names as the current Collector ClickHouse exporter writes them (pdata's String()).
const KIND = ['Unspecified', 'Internal', 'Server', 'Client', 'Producer', 'Consumer'];
const STATUS = ['Unset', 'Ok', 'Error'];

export const TRACE_COLUMNS = [
  'Timestamp', 'TraceId', 'SpanId', 'ParentSpanId', 'TraceState', 'SpanName', 'SpanKind', 'ServiceName',
  'ResourceAttributes', 'ScopeName', 'ScopeVersion', 'SpanAttributes', 'Duration', 'StatusCode', 'StatusMessage',
  'Events.Timestamp', 'Events.Name', 'Events.Attributes',
  'Links.TraceId', 'Links.SpanId', 'Links.TraceState', 'Links.Attributes',
];

export function spanKindName(kind: number): string {
  return KIND[kind] ?? 'Unspecified';
}

export function statusCodeName(code: number): string {
  return STATUS[code] ?? 'Unset';
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const NL = 0x0a;
const scratch = new CsvBytes();

/**
 * One CSV row per span, in TRACE_COLUMNS order, as UTF-8 bytes (see csv-bytes.ts). Resource and
 * scope encodings are cached per shared object (the decoder hands out one per ResourceSpans /
 * ScopeSpans), so a 512-span request encodes its resource attributes once. Ids are hex from the
 * decoder: no escaping.
 */
export function encodeSpansToBytes(spans: SpanRecord[]): Buffer {
  const w = scratch.reset();
  const resCache = new Map<object, Buffer>();
  const scopeCache = new Map<object, Buffer>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    w.ascii(nanos(s.startNs)).byte(COMMA).byte(QUOTE).ascii(s.traceId).ascii('","').ascii(s.spanId).ascii('","').ascii(s.parentSpanId).byte(QUOTE).byte(COMMA);
    w.field(s.traceState).byte(COMMA).field(s.name).byte(COMMA).byte(QUOTE).ascii(spanKindName(s.kind)).byte(QUOTE).byte(COMMA);
    const res = resCache.get(s.resource);
    if (res === undefined) {
      const start = w.length;
      w.field(s.resource.serviceName).byte(COMMA).byte(QUOTE);
      putMapText(w, s.resource.attributes);
      w.byte(QUOTE);
      resCache.set(s.resource, w.slice(start));
    } else w.bytes(res);
    w.byte(COMMA);
    const scope = scopeCache.get(s.scope);
    if (scope === undefined) {
      const start = w.length;
      w.field(s.scope.name).byte(COMMA).field(s.scope.version);
      scopeCache.set(s.scope, w.slice(start));
    } else w.bytes(scope);
    w.byte(COMMA).byte(QUOTE);
    putMapText(w, s.attributes);
    const duration = s.endNs > s.startNs ? s.endNs - s.startNs : 0n;
    w.byte(QUOTE).byte(COMMA).ascii(duration.toString()).byte(COMMA).byte(QUOTE).ascii(statusCodeName(s.statusCode)).byte(QUOTE).byte(COMMA);
    w.field(s.statusMessage);
    const ev = s.events;
    w.ascii(',"[');
    for (let j = 0; j < ev.length; j++) {
      if (j) w.byte(COMMA);
      w.ascii(nanosInner(ev[j].timeNs));
    }
    w.ascii(']","[');
    for (let j = 0; j < ev.length; j++) {
      if (j) w.byte(COMMA);
      w.inner(ev[j].name);
    }
    w.ascii(']","[');
    for (let j = 0; j < ev.length; j++) {
      if (j) w.byte(COMMA);
      putMapText(w, ev[j].attributes);
    }
    const ln = s.links;
    w.ascii(']","[');
    for (let j = 0; j < ln.length; j++) {
      if (j) w.byte(COMMA);
      w.byte(0x27).ascii(ln[j].traceId).byte(0x27);
    }
    w.ascii(']","[');
    for (let j = 0; j < ln.length; j++) {
      if (j) w.byte(COMMA);
      w.byte(0x27).ascii(ln[j].spanId).byte(0x27);
    }
    w.ascii(']","[');
    for (let j = 0; j < ln.length; j++) {
      if (j) w.byte(COMMA);
      w.inner(ln[j].traceState);
    }
    w.ascii(']","[');
    for (let j = 0; j < ln.length; j++) {
      if (j) w.byte(COMMA);
      putMapText(w, ln[j].attributes);
    }
    w.ascii(']"').byte(NL);
  }
  return w.take();
}

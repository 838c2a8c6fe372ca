import type { SpanRecord } from '../../records.ts';
import { csv, inner, map, mapText, nanos, nanosInner } from './encode-csv.ts';

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

/**
 * One CSV row per span, appended to `out`. Resource and scope encodings are cached per
 * shared object (the decoder hands out one per ResourceSpans / ScopeSpans), so a 512-span
 * request encodes its resource attributes once. Ids are hex from the decoder: no escaping.
 */
export function encodeSpans(spans: SpanRecord[], out = ''): string {
  const resCache = new Map<object, string>();
  const scopeCache = new Map<object, string>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    let res = resCache.get(s.resource);
    if (res === undefined) {
      res = csv(s.resource.serviceName) + ',' + map(s.resource.attributes);
      resCache.set(s.resource, res);
    }
    let scope = scopeCache.get(s.scope);
    if (scope === undefined) {
      scope = csv(s.scope.name) + ',' + csv(s.scope.version);
      scopeCache.set(s.scope, scope);
    }
    let evT = '', evN = '', evA = '';
    for (let j = 0; j < s.events.length; j++) {
      const e = s.events[j];
      const sep = j === 0 ? '' : ',';
      evT += sep + nanosInner(e.timeNs);
      evN += sep + inner(e.name);
      evA += sep + mapText(e.attributes);
    }
    let lT = '', lS = '', lTs = '', lA = '';
    for (let j = 0; j < s.links.length; j++) {
      const l = s.links[j];
      const sep = j === 0 ? '' : ',';
      lT += sep + "'" + l.traceId + "'";
      lS += sep + "'" + l.spanId + "'";
      lTs += sep + inner(l.traceState);
      lA += sep + mapText(l.attributes);
    }
    const duration = s.endNs > s.startNs ? s.endNs - s.startNs : 0n;
    out +=
      nanos(s.startNs) + ',"' + s.traceId + '","' + s.spanId + '","' + s.parentSpanId + '",' +
      csv(s.traceState) + ',' + csv(s.name) + ',"' + spanKindName(s.kind) + '",' + res + ',' +
      scope + ',' + map(s.attributes) + ',' + duration.toString() + ',"' +
      statusCodeName(s.statusCode) + '",' + csv(s.statusMessage) +
      ',"[' + evT + ']","[' + evN + ']","[' + evA + ']","[' + lT + ']","[' + lS + ']","[' + lTs + ']","[' + lA + ']"\n';
  }
  return out;
}

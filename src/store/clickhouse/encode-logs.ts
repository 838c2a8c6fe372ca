import type { LogRecordItem } from '../../records.ts';
import { csv, map, nanos } from './encode-csv.ts';

export const LOG_COLUMNS = [
  'Timestamp', 'TraceId', 'SpanId', 'TraceFlags', 'SeverityText', 'SeverityNumber', 'ServiceName', 'Body',
  'ResourceSchemaUrl', 'ResourceAttributes', 'ScopeSchemaUrl', 'ScopeName', 'ScopeVersion', 'ScopeAttributes',
  'LogAttributes', 'EventName',
];

/** One CSV row per log record; resource and scope text cached per shared object. */
export function encodeLogs(logs: LogRecordItem[], out = ''): string {
  const resCache = new Map<object, string>();
  const scopeCache = new Map<object, string>();
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i];
    let res = resCache.get(l.resource);
    if (res === undefined) {
      res = csv(l.resource.serviceName);
      resCache.set(l.resource, res);
    }
    let scope = scopeCache.get(l.scope);
    if (scope === undefined) {
      scope =
        csv(l.resource.schemaUrl) + ',' + map(l.resource.attributes) + ',' + csv(l.scope.schemaUrl) + ',' +
        csv(l.scope.name) + ',' + csv(l.scope.version) + ',' + map(l.scope.attributes);
      scopeCache.set(l.scope, scope);
    }
    // The Collector exporter falls back to the observed time when the event time is unset.
    const ts = l.timeNs !== 0n ? l.timeNs : l.observedTimeNs;
    out +=
      nanos(ts) + ',"' + l.traceId + '","' + l.spanId + '",' + (l.flags & 0xff) + ',' + csv(l.severityText) + ',' +
      (l.severityNumber & 0xff) + ',' + res + ',' + csv(l.body) + ',' + scope + ',' + map(l.attributes) + ',' +
      csv(l.eventName) + '\n';
  }
  return out;
}

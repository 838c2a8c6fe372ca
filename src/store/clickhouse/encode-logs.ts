import type { LogRecordItem } from '../../records.ts';
import { CsvBytes } from './csv-bytes.ts';
import { nanos, putMapText } from './encode-csv.ts';

export const LOG_COLUMNS = [
  'Timestamp', 'TraceId', 'SpanId', 'TraceFlags', 'SeverityText', 'SeverityNumber', 'ServiceName', 'Body',
  'ResourceSchemaUrl', 'ResourceAttributes', 'ScopeSchemaUrl', 'ScopeName', 'ScopeVersion', 'ScopeAttributes',
  'LogAttributes', 'EventName',
];

const COMMA = 0x2c;
const QUOTE = 0x22;
const scratch = new CsvBytes();

function putMapField(w: CsvBytes, attrs: LogRecordItem['attributes']): void {
  w.byte(QUOTE);
  putMapText(w, attrs);
  w.byte(QUOTE);
}

/** One CSV row per log record, in LOG_COLUMNS order, as UTF-8 bytes; resource and scope parts cached per shared object. */
export function encodeLogsToBytes(logs: LogRecordItem[]): Buffer {
  const w = scratch.reset();
  const resCache = new Map<object, Buffer>();
  const scopeCache = new Map<object, Buffer>();
  for (let i = 0; i < logs.length; i++) {
    const l = logs[i];
    const ts = l.timeNs !== 0n ? l.timeNs : l.observedTimeNs;
    w.ascii(nanos(ts)).ascii(',"').ascii(l.traceId).ascii('","').ascii(l.spanId).byte(QUOTE).byte(COMMA);
    w.ascii(String(l.flags & 0xff)).byte(COMMA).field(l.severityText).byte(COMMA).ascii(String(l.severityNumber & 0xff)).byte(COMMA);
    const res = resCache.get(l.resource);
    if (res === undefined) {
      const start = w.length;
      w.field(l.resource.serviceName);
      resCache.set(l.resource, w.slice(start));
    } else w.bytes(res);
    w.byte(COMMA).field(l.body).byte(COMMA);
    const scope = scopeCache.get(l.scope);
    if (scope === undefined) {
      const start = w.length;
      w.field(l.resource.schemaUrl).byte(COMMA);
      putMapField(w, l.resource.attributes);
      w.byte(COMMA).field(l.scope.schemaUrl).byte(COMMA).field(l.scope.name).byte(COMMA).field(l.scope.version).byte(COMMA);
      putMapField(w, l.scope.attributes);
      scopeCache.set(l.scope, w.slice(start));
    } else w.bytes(scope);
    w.byte(COMMA);
    putMapField(w, l.attributes);
    w.byte(COMMA).field(l.eventName).byte(0x0a);
  }
  return w.take();
}

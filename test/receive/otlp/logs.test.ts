// Logs: the SDK + official serializers as oracle, plus protobufjs-built records for what the
// SDK does not send (time 0 → observed time, flags, bad ids, structured bodies).
import { context, trace, TraceFlags } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { JsonLogsSerializer, ProtobufLogsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor, type ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeLogsJson, decodeLogsProto } from '../../../src/receive/otlp/decode-logs.ts';
import { DEFAULT_DECODE_LIMITS, type Decoded, type LogRecordItem } from '../../../src/records.ts';
import { flat, flatAttrs, hrNs } from './expected.ts';
import { jsonText } from './otlp-json.ts';
import { encode, hexBytes, LOGS_REQ } from './proto-root.ts';

let records: ReadableLogRecord[];
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const SPAN = 'b7ad6b7169203331';

beforeAll(async () => {
  const exporter = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({
    resource: resourceFromAttributes({ 'service.name': 'billing' }),
    processors: [new SimpleLogRecordProcessor({ exporter })],
  });
  const logger = provider.getLogger('app-logger', '3.1.4');
  const ctx = trace.setSpanContext(context.active(), { traceId: TRACE, spanId: SPAN, traceFlags: TraceFlags.SAMPLED });
  logger.emit({ severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: 'payment failed', attributes: { 'order.id': 42, 'retry': true }, context: ctx, timestamp: [1_700_000_000, 123] });
  logger.emit({ severityNumber: SeverityNumber.INFO2, body: { msg: 'structured', n: 1.5, list: [1, 'two'] }, eventName: 'checkout.done' });
  logger.emit({ body: 7 });
  await provider.forceFlush();
  records = exporter.getFinishedLogRecords();
  expect(records.length).toBe(3);
});

function check(d: Decoded<LogRecordItem>): void {
  expect(d.rejected).toBe(0);
  expect(d.items.length).toBe(records.length);
  records.forEach((rec, i) => {
    const l = d.items[i];
    expect(l.timeNs).toBe(hrNs(rec.hrTime));
    expect(l.observedTimeNs).toBe(hrNs(rec.hrTimeObserved));
    expect(l.severityNumber).toBe(rec.severityNumber ?? 0);
    expect(l.severityText).toBe(rec.severityText ?? '');
    expect(l.body).toBe(rec.body === undefined ? '' : flat(rec.body));
    expect(l.attributes).toEqual(flatAttrs(rec.attributes));
    expect(l.eventName).toBe(rec.eventName ?? '');
    expect(l.traceId).toBe(rec.spanContext?.traceId ?? '');
    expect(l.spanId).toBe(rec.spanContext?.spanId ?? '');
    expect(l.flags).toBe(rec.spanContext?.traceFlags ?? 0);
    expect(l.scope.name).toBe('app-logger');
    expect(l.scope.version).toBe('3.1.4');
    expect(l.resource.serviceName).toBe('billing');
  });
  expect(d.items[0].traceId).toBe(TRACE);
}

describe('logs: SDK + official serializers as oracle', () => {
  it('protobuf', () => check(decodeLogsProto(ProtobufLogsSerializer.serializeRequest(records)!, DEFAULT_DECODE_LIMITS)));
  it('JSON', () => check(decodeLogsJson(new TextDecoder().decode(JsonLogsSerializer.serializeRequest(records)!), DEFAULT_DECODE_LIMITS)));
});

describe('logs: protobufjs-built requests', () => {
  const request = {
    resourceLogs: [{
      resource: { attributes: [{ key: 'host.name', value: { stringValue: 'h1' } }] },
      scopeLogs: [{
        scope: { name: 'raw' },
        logRecords: [
          { timeUnixNano: '0', observedTimeUnixNano: '1700000000999999999', severityNumber: 13, body: { kvlistValue: { values: [{ key: 'b', value: { intValue: '2' } }, { key: 'a', value: { stringValue: 'x' } }] } }, flags: 1, traceId: hexBytes(TRACE), spanId: hexBytes(SPAN) },
          { timeUnixNano: '1700000000000000001', observedTimeUnixNano: '1700000000000000002', body: { bytesValue: Buffer.from([1, 2, 3]) }, eventName: 'ev' },
          { traceId: hexBytes('0102'), body: { stringValue: 'bad trace id' } },
          { spanId: hexBytes('010203040506070809'), body: { stringValue: 'bad span id' } },
          { body: { arrayValue: { values: [{ doubleValue: 1 }, { stringValue: 's' }] } } },
        ],
      }],
    }],
  };
  const proto = decodeLogsProto(encode(LOGS_REQ, request), DEFAULT_DECODE_LIMITS);

  it('uses observed time when time_unix_nano is 0, keeping both', () => {
    expect(proto.items[0].timeNs).toBe(1700000000999999999n);
    expect(proto.items[0].observedTimeNs).toBe(1700000000999999999n);
    expect(proto.items[1].timeNs).toBe(1700000000000000001n);
    expect(proto.items[1].observedTimeNs).toBe(1700000000000000002n);
  });

  it('stringifies bodies and keeps flags, ids and event names', () => {
    expect(proto.items.map((l) => l.body)).toEqual(['{"a":"x","b":2}', 'AQID', '[1,"s"]']);
    expect(proto.items[0]).toMatchObject({ severityNumber: 13, flags: 1, traceId: TRACE, spanId: SPAN });
    expect(proto.items[1]).toMatchObject({ eventName: 'ev', traceId: '', spanId: '' });
    expect(proto.items[0].resource.serviceName).toBe('');
  });

  it('rejects records with ids of the wrong length and keeps the rest', () => {
    expect(proto.rejected).toBe(2);
    expect(proto.items.length).toBe(3);
    expect(proto.errors).toEqual([
      "log record 2 of scope 'raw': trace_id is 2 bytes, want 0 or 16",
      "log record 3 of scope 'raw': span_id is 9 bytes, want 0 or 8",
    ]);
  });

  it('the JSON decoder agrees', () => {
    const json = decodeLogsJson(jsonText(request), DEFAULT_DECODE_LIMITS);
    expect(json.items).toEqual(proto.items);
    expect(json.rejected).toBe(2);
    expect(json.errors[0]).toMatch(/log record 2 of scope 'raw': traceId is 4 hex digits, want 32/);
  });

  it('accepts severity names in JSON', () => {
    const d = decodeLogsJson(JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ severityNumber: 'SEVERITY_NUMBER_WARN3', timeUnixNano: '5' }] }] }] }), DEFAULT_DECODE_LIMITS);
    expect(d.items[0].severityNumber).toBe(15);
  });
});

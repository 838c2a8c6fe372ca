// Whole system, logs: records emitted through the OTel JS logs SDK, shipped by the official
// OTLP exporters over each transport, must come back out of ClickHouse field by field.
import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor, type ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOnce, flatAttributes, flatValue, hrNs, isSuccess, logExporter, TRANSPORTS, type Transport } from '../helpers/otel-clients.ts';
import { startTestPipeline, type TestPipeline } from '../helpers/pipeline.ts';

let p: TestPipeline;

beforeAll(async () => {
  p = await startTestPipeline();
});

afterAll(async () => {
  await p?.stop();
});

const TRACE_ID = '5b8efff798038103d269b633813fc60c';
const SPAN_ID = 'eee19b7ec3c1b174';

async function emitLogs(serviceName: string): Promise<ReadableLogRecord[]> {
  const memory = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'deployment.environment': 'e2e', 'host.cpus': 4 }, { schemaUrl: 'https://opentelemetry.io/schemas/1.30.0' }),
    processors: [new SimpleLogRecordProcessor({ exporter: memory })],
  });
  const logger = provider.getLogger('e2e-logger', '3.2.1', { schemaUrl: 'https://example.com/scope/1', attributes: { 'scope.kind': 'test', 'scope.n': 1 } });
  const sec = Math.floor(Date.now() / 1000) - 90;
  const inSpan = trace.setSpanContext(ROOT_CONTEXT, { traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: TraceFlags.SAMPLED });
  logger.emit({
    timestamp: [sec, 111_222_333],
    observedTimestamp: [sec, 999_000_001],
    severityNumber: SeverityNumber.INFO,
    severityText: 'INFO',
    body: 'user logged in',
    attributes: { 'user.id': 'u-1', attempt: 3, ratio: 0.25, admin: false, roles: ['a', 'b'], codes: [200, 404] },
    context: inSpan,
  });
  logger.emit({
    timestamp: [sec, 222_333_444],
    severityNumber: SeverityNumber.ERROR,
    severityText: 'ERROR',
    eventName: 'payment.failed',
    body: { msg: 'failed', code: 503, retry: true, ratio: 0.5, tags: ['x', 'y'], nested: { b: 1, a: 'z' } },
    attributes: { 'error.type': 'Timeout' },
  });
  logger.emit({
    timestamp: [sec, 333_444_555],
    severityNumber: SeverityNumber.WARN2,
    severityText: 'warning',
    body: new Uint8Array([1, 2, 3, 255]),
  });
  // No body and no severity at all.
  logger.emit({ timestamp: [sec, 444_555_666] });
  await provider.forceFlush();
  const records = memory.getFinishedLogRecords();
  await provider.shutdown();
  expect(records.length).toBe(4);
  return records;
}

interface LogRow {
  TimeNs: string;
  TraceId: string;
  SpanId: string;
  TraceFlags: number;
  SeverityText: string;
  SeverityNumber: number;
  ServiceName: string;
  Body: string;
  ResourceSchemaUrl: string;
  ResourceAttributes: Record<string, string>;
  ScopeSchemaUrl: string;
  ScopeName: string;
  ScopeVersion: string;
  ScopeAttributes: Record<string, string>;
  LogAttributes: Record<string, string>;
  EventName: string;
}

async function storedLogs(serviceName: string): Promise<Map<string, LogRow>> {
  const rows = await p.query<LogRow>(
    `SELECT toString(toUnixTimestamp64Nano(Timestamp)) AS TimeNs, TraceId, SpanId, TraceFlags, SeverityText, SeverityNumber,
            ServiceName, Body, ResourceSchemaUrl, ResourceAttributes, ScopeSchemaUrl, ScopeName, ScopeVersion,
            ScopeAttributes, LogAttributes, EventName
     FROM otel.otel_logs WHERE ServiceName = {svc:String}`,
    { svc: serviceName },
  );
  // Timestamps are distinct per record, so they identify it.
  return new Map(rows.map((r) => [r.TimeNs, r]));
}

describe('logs through the official OTLP exporters', () => {
  it.each(TRANSPORTS)('%s exporter: every log field is stored as sent', async (transport: Transport) => {
    const service = `e2e-logs-${transport.replace('/', '-')}`;
    const records = await emitLogs(service);
    const result = await exportOnce(logExporter(transport, p.ports), records);
    expect(result.error).toBeUndefined();
    expect(isSuccess(result)).toBe(true);

    const stored = await storedLogs(service);
    expect(stored.size).toBe(records.length);
    for (const r of records) {
      const row = stored.get(hrNs(r.hrTime).toString());
      expect(row, `log at ${r.hrTime}`).toBeDefined();
      if (!row) continue;
      expect(row.TraceId).toBe(r.spanContext?.traceId ?? '');
      expect(row.SpanId).toBe(r.spanContext?.spanId ?? '');
      expect(row.TraceFlags).toBe(r.spanContext?.traceFlags ?? 0);
      expect(row.SeverityText).toBe(r.severityText ?? '');
      expect(row.SeverityNumber).toBe(r.severityNumber ?? 0);
      expect(row.ServiceName).toBe(service);
      expect(row.Body).toBe(r.body === undefined ? '' : flatValue(r.body));
      expect(row.ResourceSchemaUrl).toBe(r.resource.schemaUrl ?? '');
      expect(row.ResourceAttributes).toEqual(flatAttributes(r.resource.attributes));
      expect(row.ScopeName).toBe(r.instrumentationScope.name);
      expect(row.ScopeVersion).toBe(r.instrumentationScope.version ?? '');
      expect(row.ScopeSchemaUrl).toBe(r.instrumentationScope.schemaUrl ?? '');
      expect(row.ScopeAttributes).toEqual(flatAttributes(r.instrumentationScope.attributes));
      expect(row.LogAttributes).toEqual(flatAttributes(r.attributes));
      expect(row.EventName).toBe(r.eventName ?? '');
    }

    // Literal spot checks, independent of the expectation helpers.
    const rows = [...stored.values()].sort((a, b) => (BigInt(a.TimeNs) < BigInt(b.TimeNs) ? -1 : 1));
    const [info, error, bytes, bare] = rows;
    expect(info.Body).toBe('user logged in');
    expect(info.TraceId).toBe(TRACE_ID);
    expect(info.SpanId).toBe(SPAN_ID);
    expect(info.TraceFlags).toBe(1);
    expect(info.SeverityNumber).toBe(9);
    expect(info.TimeNs.endsWith('111222333')).toBe(true);
    expect(info.LogAttributes).toEqual({ 'user.id': 'u-1', attempt: '3', ratio: '0.25', admin: 'false', roles: '["a","b"]', codes: '[200,404]' });
    expect(info.ResourceSchemaUrl).toBe('https://opentelemetry.io/schemas/1.30.0');
    expect(info.ScopeSchemaUrl).toBe('https://example.com/scope/1');
    expect(info.ScopeAttributes).toEqual({ 'scope.kind': 'test', 'scope.n': '1' });
    expect(error.Body).toBe('{"code":503,"msg":"failed","nested":{"a":"z","b":1},"ratio":0.5,"retry":true,"tags":["x","y"]}');
    expect(error.SeverityNumber).toBe(17);
    expect(error.EventName).toBe('payment.failed');
    expect(error.TraceId).toBe('');
    expect(bytes.Body).toBe('AQID/w==');
    expect(bytes.SeverityText).toBe('warning');
    expect(bytes.SeverityNumber).toBe(14);
    expect(bare.Body).toBe('');
    expect(bare.SeverityNumber).toBe(0);
    expect(bare.SeverityText).toBe('');
  });
});

// The stack trace of an incident whose event carries none is read from the stored telemetry
// (embedded ClickHouse): the newest error log of the service with exception.stacktrace and its
// code.* attributes, else an exception span event. Telemetry text reaches the query only as a
// bound parameter: a service name full of quotes is just a name that matches nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CodeFixStage } from '../../src/escalate/index.ts';
import type { CodeFixChange } from '../../src/records.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { CODEGEN_ORG, CODEGEN_TOKEN, CodegenStandIn } from '../helpers/codegen-standin.ts';
import { capturingLogger, incidentEvent } from '../helpers/incidents.ts';
import { testInfra } from '../helpers/stages.ts';
import { insertRows, MAP, MAPS, migrateDatabase, type Cell } from '../source/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-codefix-ch-'));
let ch: ClickHouseHandle;
let pg: PostgresHandle;
let codegen: CodegenStandIn;
let apiUrl: string;
// Recent: the tables' TTL drops rows older than 30 days.
const OPENED = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;

beforeAll(async () => {
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: join(dir, 'ch'), requestTimeoutMs: 60_000 });
  await migrateDatabase(ch.client, 'otel');
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  codegen = new CodegenStandIn();
  apiUrl = await codegen.start();
  const ns = (ms: number): Cell => ['ns', BigInt(ms) * 1_000_000n];
  const log = (ms: number, svc: string, attrs: Record<string, string>): Record<string, Cell> => ({
    Timestamp: ns(ms), ServiceName: ['String', svc], SeverityNumber: ['UInt8', 17], SeverityText: ['String', 'ERROR'], Body: ['String', 'error'], LogAttributes: [MAP, attrs],
  });
  await insertRows(ch.client, 'otel_logs', [
    log(OPENED - 60_000, 'payments', { 'exception.type': 'KeyError', 'exception.message': "'card'", 'exception.stacktrace': 'Traceback (most recent call last):\n  File "/srv/payments/charge.py", line 41, in charge\n    token = req["card"]\nKeyError: \'card\'', 'code.filepath': '/srv/payments/charge.py', 'code.lineno': '41', 'code.function': 'charge' }),
    // Another service's error, and one long before the incident: neither is picked.
    log(OPENED - 30_000, 'checkout', { 'exception.type': 'KeyError', 'exception.stacktrace': 'File "/srv/checkout/other.py", line 1' }),
    log(OPENED - 3_600_000, 'payments', { 'exception.type': 'KeyError', 'exception.stacktrace': 'File "/srv/payments/old.py", line 9' }),
  ]);
  await insertRows(ch.client, 'otel_traces', [{
    Timestamp: ns(OPENED - 10_000), TraceId: ['String', 'a'.repeat(32)], SpanId: ['String', 'b'.repeat(16)], SpanName: ['String', 'GET /stock'], ServiceName: ['String', 'inventory'], StatusCode: ['String', 'Error'],
    SpanAttributes: [MAP, { 'code.file.path': 'src/stock.go', 'code.line.number': '77', 'code.function.name': 'reserve' }],
    'Events.Timestamp': ['ns[]', [BigInt(OPENED - 10_000) * 1_000_000n]], 'Events.Name': ['Array(String)', ['exception']],
    'Events.Attributes': [MAPS, [{ 'exception.type': 'runtime.Error', 'exception.message': 'index out of range', 'exception.stacktrace': 'goroutine 1 [running]:\nmain.reserve()\n\t/build/src/stock.go:77 +0x1d' }]],
  }]);
}, 120_000);

afterAll(async () => {
  await codegen.stop();
  await pg.close();
  await ch.client.close();
  rmSync(dir, { recursive: true, force: true });
});

it('reads the stack trace and code location from stored logs and span events, with parameters', async () => {
  const logger = capturingLogger();
  const infra = testInfra({ pool: pg.pool, logger });
  const s = new CodeFixStage(
    { api: { apiUrl, orgId: CODEGEN_ORG, token: CODEGEN_TOKEN }, pollMs: 3_600_000, maxPollMs: 3_600_000, giveUpMs: 3_600_000, database: 'otel' },
    { ...infra, pool: pg.pool, clickhouse: ch.client },
  );
  const changes: CodeFixChange[] = [];
  infra.bus.subscribe('codefix.changed', (c) => void changes.push(c));
  await s.start();
  const ctx = (o: Record<string, unknown>) => ({ series: 's', values: [], baselines: {}, scores: {}, exemplarTraceIds: [], ...o });
  infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id: 'ev-log', serviceName: 'payments', openedAt: OPENED, context: ctx({ exceptionType: 'KeyError' }) }));
  infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id: 'ev-span', serviceName: 'inventory', openedAt: OPENED, context: ctx({ exceptionMessage: 'index out of range' }) }));
  infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id: 'ev-hostile', serviceName: "payments' OR 1=1 --", openedAt: OPENED, context: ctx({ exceptionType: "KeyError' OR '1'='1" }) }));
  await s.drained();
  expect(logger.lines.filter((l) => l.startsWith('warn') || l.startsWith('error'))).toEqual([]);
  expect(codegen.runs.map((r) => r.metadata?.incident_id).sort()).toEqual(['ev-log', 'ev-span']);
  const log = codegen.runs.find((r) => r.metadata?.incident_id === 'ev-log')!;
  expect(log.prompt).toContain('File "/srv/payments/charge.py", line 41, in charge');
  expect(log.prompt).toContain('Raised at: /srv/payments/charge.py:41 in charge');
  expect(log.metadata?.affected_files).toEqual(['/srv/payments/charge.py']);
  const span = codegen.runs.find((r) => r.metadata?.incident_id === 'ev-span')!;
  expect(span.prompt).toContain('/build/src/stock.go:77');
  expect(span.prompt).toContain('Raised at: src/stock.go:77 in reserve');
  expect(span.prompt).toContain('runtime.Error: index out of range');
  await s.stop();
});

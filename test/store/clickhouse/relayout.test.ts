// Migration 0006 on the real engine: tables in the previous layout (what migrations 0001-0005
// and exporter v0.150 create) holding rows are moved to the exporter's current otel_logs and
// trace-id lookup layouts; every row survives, old and new column names both answer, and the
// Grafana ClickHouse plugin's log and trace-id queries run on the result. A rerun after an
// interrupted copy stores nothing twice. Embedded chdb, one data dir for this file; each test
// uses its own database.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClickHouseClient } from '@clickhouse/client';
import { openClickHouse, type ClickHouseHandle } from '../../../src/store/clickhouse/client.ts';
import { CLICKHOUSE_MIGRATIONS_DIR, migrateClickHouse, readMigrations } from '../../../src/store/clickhouse/migrate.ts';
import { PREVIOUS_SUFFIX, relayout } from '../../../src/store/clickhouse/relayout.ts';
import { splitStatements } from '../../../src/store/clickhouse/ddl.ts';
import { exporterLogsTable } from '../../helpers/exporter-layout.ts';
import { pluginLogQueries, pluginTraceIdQuery } from '../../helpers/grafana-plugin-queries.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-relayout-'));
// The migrations before 0006: the previous layout.
const before = mkdtempSync(path.join(tmpdir(), 'homeostat-relayout-before-'));
for (const m of readMigrations(CLICKHOUSE_MIGRATIONS_DIR).filter((m) => m.version < '0006')) {
  copyFileSync(path.join(CLICKHOUSE_MIGRATIONS_DIR, m.name), path.join(before, m.name));
}
let ch: ClickHouseHandle;
let client: ClickHouseClient;
const ddl = (database: string) => ({ database, cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 0 });

beforeAll(() => {
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: dir, requestTimeoutMs: 120_000 });
  client = ch.client;
});
afterAll(async () => {
  await ch?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(before, { recursive: true, force: true });
});

const q = async <T = Record<string, unknown>>(query: string, params?: Record<string, unknown>) =>
  (await client.query({ query, query_params: params, format: 'JSONEachRow' })).json<T>();
const table = async (db: string, name: string) =>
  (await q<{ engine: string; sorting_key: string; partition_key: string }>(
    'SELECT engine, sorting_key, partition_key FROM system.tables WHERE database = {db:String} AND name = {t:String}', { db, t: name }))[0];
const columnKinds = async (db: string, name: string) =>
  Object.fromEntries((await q<{ name: string; type: string; default_kind: string }>(
    'SELECT name, type, default_kind FROM system.columns WHERE database = {db:String} AND table = {t:String}', { db, t: name })).map((r) => [r.name, `${r.default_kind} ${r.type}`.trim()]));

const DAY = 86_400;
// Noon, three days ago: each day's rows (up to 300 s apart) stay in one partition.
const T0 = (Math.floor(Date.now() / 1000 / DAY) - 3) * DAY + 12 * 3600;

/** Logs over three days (three partitions), some with k8s resource attributes; spans of 40 traces. */
async function fill(db: string): Promise<void> {
  await client.command({
    query: `INSERT INTO ${db}.otel_logs (Timestamp, TraceId, SeverityText, SeverityNumber, ServiceName, Body, ResourceAttributes, LogAttributes, EventName)
      SELECT fromUnixTimestamp64Nano(toInt64({t0:Int64} + intDiv(number, 100) * ${DAY} + number) * 1000000000 + 123456789),
             lower(hex(toString(number % 40))), 'ERROR', 17, concat('svc-', toString(number % 3)), concat('Order ', toString(number), ' FAILED'),
             if(number % 2 = 0, map('service.name', 'svc', 'k8s.namespace.name', 'shop', 'deployment.environment.name', 'prod'), map('service.name', 'svc')),
             map('n', toString(number)), if(number % 5 = 0, 'evt', '')
      FROM numbers(300)`,
    query_params: { t0: T0 },
  });
  await client.command({
    query: `INSERT INTO ${db}.otel_traces (Timestamp, TraceId, SpanId, SpanName, ServiceName, Duration)
      SELECT fromUnixTimestamp64Nano(toInt64({t0:Int64} + number * 7) * 1000000000 + 5), concat('trace', toString(number % 40)), hex(number), 'op', 'svc', 1000
      FROM numbers(400)`,
    query_params: { t0: T0 },
  });
}

async function snapshot(db: string) {
  return {
    logs: await q(`SELECT toString(Timestamp) AS ts, TraceId, SeverityText, SeverityNumber, ServiceName, Body, ResourceAttributes, LogAttributes, EventName
      FROM ${db}.otel_logs ORDER BY Timestamp, Body`),
    // The lookup's rows differ in number between layouts (one per insert block before); what it answers must not.
    lookup: await q(`SELECT TraceId, toString(min(Start)) AS s, toString(max(End)) AS e FROM ${db}.otel_traces_trace_id_ts GROUP BY TraceId ORDER BY TraceId`),
  };
}

describe('migration 0006: the exporter\'s current otel_logs and trace-id lookup layouts', () => {
  it('moves tables of the previous layout, with their rows, to the current one', async () => {
    const db = 'relayout_full';
    await migrateClickHouse(client, ddl(db), before);
    expect(await table(db, 'otel_logs')).toMatchObject({ sorting_key: 'ServiceName, TimestampTime, Timestamp' });
    await fill(db);
    const old = await snapshot(db);
    expect(old.logs).toHaveLength(300);
    expect(old.lookup).toHaveLength(40);

    const { applied } = await migrateClickHouse(client, ddl(db));
    expect(applied).toEqual(['0006_exporter_current_layout.sql']);

    expect(await table(db, 'otel_logs')).toEqual({
      engine: 'MergeTree', sorting_key: 'toStartOfFiveMinutes(Timestamp), ServiceName, Timestamp', partition_key: 'toDate(Timestamp)',
    });
    const logCols = await columnKinds(db, 'otel_logs');
    expect(logCols.TimestampTime).toBe('ALIAS DateTime');
    expect(logCols['__otel_materialized_k8s.namespace.name']).toBe('MATERIALIZED LowCardinality(String)');
    expect(await table(db, 'otel_traces_trace_id_ts')).toMatchObject({ engine: 'AggregatingMergeTree', sorting_key: '(TraceId)', partition_key: 'toStartOfWeek(Start)' });
    expect((await columnKinds(db, 'otel_traces_trace_id_ts')).Start).toBe('SimpleAggregateFunction(min, DateTime)');
    expect(await q(`SELECT name FROM system.tables WHERE database = '${db}' AND name LIKE '%${PREVIOUS_SUFFIX}'`)).toEqual([]);

    // Nothing lost, nothing doubled; materialized columns filled for the copied rows too.
    expect(await snapshot(db)).toEqual(old);
    expect(await q(`SELECT count() AS n FROM ${db}.otel_logs WHERE \`__otel_materialized_k8s.namespace.name\` = 'shop' AND \`__otel_materialized_deployment.environment.name\` = 'prod'`))
      .toEqual([{ n: 150 }]);
    expect(await q(`SELECT count() AS n FROM ${db}.otel_logs WHERE TimestampTime = toDateTime(Timestamp)`)).toEqual([{ n: 300 }]);
    expect(await q(`SELECT count() AS n FROM ${db}.otel_logs WHERE hasToken(lower(Body), 'failed')`)).toEqual([{ n: 300 }]);

    // New rows: the writer's columns, and the view feeding the new lookup.
    await client.command({ query: `INSERT INTO ${db}.otel_logs (Timestamp, ServiceName, Body) VALUES (now64(9), 'late', 'after')` });
    await client.command({ query: `INSERT INTO ${db}.otel_traces (Timestamp, TraceId, SpanId, ServiceName) VALUES (now64(9), 'newtrace', 'a', 'svc')` });
    expect(await q(`SELECT count() AS n FROM ${db}.otel_traces_trace_id_ts WHERE TraceId = 'newtrace'`)).toEqual([{ n: 1 }]);

    for (const sql of pluginLogQueries(db)) expect(Array.isArray(await q(sql)), sql).toBe(true);
    const trace = await q<{ traceID: string }>(pluginTraceIdQuery(db, 'trace7'));
    expect(trace).toHaveLength(10);
    expect(new Set(trace.map((r) => r.traceID))).toEqual(new Set(['trace7']));
  });

  it('an interrupted copy, run again, finishes without storing a row twice', async () => {
    const db = 'relayout_resume';
    await migrateClickHouse(client, ddl(db), before);
    await fill(db);
    const old = await snapshot(db);
    const logs = splitStatements(readMigrations(CLICKHOUSE_MIGRATIONS_DIR).find((m) => m.version === '0006')!.sql)[0];
    // The process dies after the first partition was copied, before it was dropped from the old table.
    const dying = new Proxy(client, {
      get(target, prop, receiver) {
        if (prop !== 'command') return Reflect.get(target, prop, receiver);
        return async (p: { query: string }) => {
          if (p.query.includes('DROP PARTITION')) throw new Error('killed');
          return target.command(p as never);
        };
      },
    });
    await expect(relayout(dying, ddl(db), logs)).rejects.toThrow('killed');
    const copied = await q<{ n: number }>(`SELECT count() AS n FROM ${db}.otel_logs`);
    expect(copied[0].n).toBe(100);
    expect(await q(`SELECT count() AS n FROM ${db}.otel_logs${PREVIOUS_SUFFIX}`)).toEqual([{ n: 300 }]);

    await migrateClickHouse(client, ddl(db));
    expect(await snapshot(db)).toEqual(old);
    expect(await q(`SELECT name FROM system.tables WHERE database = '${db}' AND name LIKE '%${PREVIOUS_SUFFIX}'`)).toEqual([]);
  });

  it('leaves a table the current exporter created as it is, adding only the TimestampTime alias', async () => {
    const db = 'relayout_current';
    await client.command({ query: `CREATE DATABASE ${db}` });
    await client.command({ query: exporterLogsTable(db) });
    await client.command({ query: `INSERT INTO ${db}.otel_logs (Timestamp, ServiceName, Body) VALUES (now64(9), 'a', 'kept')` });
    const uuid = async () => (await q<{ uuid: string }>(`SELECT toString(uuid) AS uuid FROM system.tables WHERE database = '${db}' AND name = 'otel_logs'`))[0].uuid;
    const before = await uuid();
    await migrateClickHouse(client, ddl(db));
    expect(await uuid()).toBe(before);
    expect((await columnKinds(db, 'otel_logs')).TimestampTime).toBe('ALIAS DateTime');
    expect(await q(`SELECT Body FROM ${db}.otel_logs WHERE TimestampTime <= now()`)).toEqual([{ Body: 'kept' }]);
  });
});

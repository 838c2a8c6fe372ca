// Shared by the source tests: one embedded ClickHouse per test file (chdb binds one data
// directory per process), rows inserted straight into the exporter tables the way a
// Collector would, and a sink that collects what the tailer delivers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import type { LogRecordItem, MetricPoint, SpanRecord } from '../../src/records.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { ClickHouseTailer, sourceStreams, type TailerObserver, type TailerOptions } from '../../src/source/clickhouse/index.ts';

export const MS = 1_000_000n;
export const SEC = 1_000n * MS;

export interface TestStore {
  ch: ClickHouseHandle;
  client: ClickHouseClient;
  close(): Promise<void>;
}

/** Exporter tables and the offsets table in `database`; tests isolate themselves by database. */
export async function migrateDatabase(client: ClickHouseClient, database: string): Promise<void> {
  await migrateClickHouse(client, { database, cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
}

export async function openTestStore(name: string): Promise<TestStore> {
  const dir = mkdtempSync(path.join(tmpdir(), `homeostat-${name}-`));
  const ch = openClickHouse({ url: '', username: '', password: '', dataDir: dir, requestTimeoutMs: 60_000 });
  await migrateDatabase(ch.client, 'otel');
  return {
    ch,
    client: ch.client,
    async close() {
      await ch.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A column value: 'ns' is a DateTime64(9) given in ns, 'ns[]' an array of them, else a ClickHouse type. */
export type Cell = readonly [type: string, value: unknown];

/**
 * INSERT ... SELECT with every value bound as a parameter, into <db>.<table>. Only the
 * named columns are set; the rest take the table's defaults, as with the exporter.
 */
export async function insertRows(client: ClickHouseClient, table: string, rows: Array<Record<string, Cell>>, db = 'otel'): Promise<void> {
  for (const row of rows) {
    const cols = Object.keys(row);
    const params: Record<string, unknown> = {};
    const exprs = cols.map((c, i) => {
      const [type, value] = row[c];
      const p = `p${i}`;
      if (type === 'ns') {
        params[p] = String(value);
        return `fromUnixTimestamp64Nano({${p}:Int64})`;
      }
      if (type === 'ns[]') {
        params[p] = (value as bigint[]).map(String);
        return `arrayMap(x -> fromUnixTimestamp64Nano(toInt64(x)), {${p}:Array(String)})`;
      }
      params[p] = value;
      return `{${p}:${type}}`;
    });
    await client.command({
      query: `INSERT INTO ${db}.${table} (${cols.map((c) => `\`${c}\``).join(', ')}) SELECT ${exprs.join(', ')}`,
      query_params: params,
    });
  }
}

export const MAP = 'Map(String, String)';
export const MAPS = 'Array(Map(String, String))';

/** A span row with the exporter's columns; `over` replaces any of them. */
export function spanRow(ts: bigint, spanId: string, over: Record<string, Cell> = {}): Record<string, Cell> {
  return {
    Timestamp: ['ns', ts],
    TraceId: ['String', '0af7651916cd43dd8448eb211c80319c'],
    SpanId: ['String', spanId],
    ParentSpanId: ['String', ''],
    SpanName: ['String', 'GET /orders'],
    SpanKind: ['String', 'Server'],
    ServiceName: ['String', 'checkout'],
    ResourceAttributes: [MAP, { 'service.name': 'checkout' }],
    Duration: ['UInt64', 1000],
    StatusCode: ['String', 'Unset'],
    ...over,
  };
}

export class CollectingSink {
  spans: SpanRecord[] = [];
  logs: LogRecordItem[] = [];
  points: MetricPoint[] = [];
  /** Span names of each traces batch delivered. */
  spanBatches: string[][] = [];
  traces = (s: SpanRecord[]) => {
    this.spanBatches.push(s.map((x) => x.name));
    this.spans.push(...s);
  };
  logsOf = (l: LogRecordItem[]) => {
    this.logs.push(...l);
  };
  metrics = (p: MetricPoint[]) => {
    this.points.push(...p);
  };
  get sink() {
    return { traces: this.traces, logs: this.logsOf, metrics: this.metrics };
  }
}

export interface FakeClock {
  now: () => bigint;
  set(ns: bigint): void;
  advance(ns: bigint): void;
  readonly value: bigint;
}

/** A clock the test moves; starts at the real time (the tables have a TTL). */
export function fakeClock(start = BigInt(Date.now()) * MS): FakeClock {
  let t = start;
  return {
    now: () => t,
    set: (ns) => (t = ns),
    advance: (ns) => (t += ns),
    get value() {
      return t;
    },
  };
}

export function tailer(
  client: ClickHouseClient,
  sink: CollectingSink,
  clock: FakeClock,
  opts: Partial<TailerOptions> = {},
  observer?: TailerObserver,
): ClickHouseTailer {
  return new ClickHouseTailer(
    client,
    {
      database: 'otel',
      streams: sourceStreams({ traces: 'otel_traces', logs: 'otel_logs', metrics: 'otel_metrics' }),
      pollIntervalMs: 1000,
      latenessMs: 5000,
      startFrom: 'now',
      now: clock.now,
      ...opts,
    },
    sink.sink,
    observer,
  );
}

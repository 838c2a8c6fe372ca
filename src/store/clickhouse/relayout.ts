// Moves a table to a new layout (sort key, partitioning, engine) without losing a row: what
// ALTER cannot do in place. Used by migrations whose statement starts with {{relayout NAME}}.
//
// Each step can be interrupted and is picked up where it stopped by the next run:
//   1. NAME has an older layout: create NAME_previous_layout with the NEW layout and EXCHANGE
//      the two (atomic), so NAME has the new layout from then on and writers (Homeostat, or a
//      Collector) keep inserting into it; the old rows now sit in NAME_previous_layout. In
//      cluster mode these are the _local tables, and a Distributed NAME whose columns differ
//      from the new local table's is dropped and made again over it.
//   2. A view writing into NAME with an outdated query is dropped; the migration's next
//      statement creates it again.
//   3. NAME_previous_layout's rows are copied into NAME one partition at a time, each copy with
//      its own insert_deduplication_token (a copy repeated after a crash stores nothing twice),
//      and the partition dropped from NAME_previous_layout; then the empty table is dropped.
import type { ClickHouseClient } from '@clickhouse/client';
import { ident, renderStatement, type DdlOptions } from './ddl.ts';

const RELAYOUT = /^\{\{\s*relayout\s+([A-Za-z_][A-Za-z0-9_]*)\s*\}\}\s*/;

interface TableInfo {
  engine: string;
  sortingKey: string;
}

interface Rule {
  /** True when the table's layout is older than the migration's. */
  outdated(t: TableInfo, columns: Map<string, ColumnInfo>): boolean;
  /** A materialized view writing into the table, and how to tell its query is outdated. */
  view?: { name: string; outdated(asSelect: string): boolean };
}

interface ColumnInfo {
  type: string;
  kind: string;
}

// What tells each table's older layouts from the current one.
const RULES: Record<string, Rule> = {
  // Exporter <= v0.150 and Homeostat before 0006: ORDER BY (ServiceName, TimestampTime, Timestamp).
  otel_logs: { outdated: (t) => !t.sortingKey.startsWith('toStartOfFiveMinutes(Timestamp)') },
  // The previous lookup: plain DateTime (or, older still, DateTime64) in a MergeTree.
  otel_traces_trace_id_ts: {
    outdated: (t, cols) => !t.engine.endsWith('AggregatingMergeTree') || !(cols.get('Start')?.type ?? '').startsWith('SimpleAggregateFunction'),
    // Exporters before the lookup used toDateTime wrote min(Timestamp), a DateTime64.
    view: { name: 'otel_traces_trace_id_ts_mv', outdated: (q) => !q.includes('toDateTime(Timestamp)') },
  },
};

/** The table a relayout statement is for, or undefined for an ordinary statement. */
export function relayoutTarget(stmt: string): string | undefined {
  return RELAYOUT.exec(stmt)?.[1];
}

/** The statement without its {{relayout NAME}} mark: the CREATE of the new layout. */
export function relayoutCreate(stmt: string): string {
  return stmt.replace(RELAYOUT, '');
}

export const PREVIOUS_SUFFIX = '_previous_layout';

export async function relayout(client: ClickHouseClient, o: DdlOptions, stmt: string): Promise<void> {
  const name = relayoutTarget(stmt);
  if (!name) throw new Error('not a relayout statement');
  const rule = RULES[name];
  if (!rule) throw new Error(`no relayout rule for ${name}`);
  const create = relayoutCreate(stmt);
  const clustered = o.cluster !== '';
  const local = (n: string) => (clustered ? `${n}_local` : n);
  const q = (n: string) => `${ident(o.database)}.${ident(n)}`;
  const onCluster = clustered ? ` ON CLUSTER ${ident(o.cluster)}` : '';
  const cur = local(name);
  const prev = local(name + PREVIOUS_SUFFIX);
  const run = (query: string, settings?: Record<string, string | number>) =>
    client.command({ query, clickhouse_settings: settings });

  const info = await tableInfo(client, o.database, cur);
  if (!info) {
    // Nothing there yet (a table dropped by hand): the new layout, created as any other.
    for (const s of renderStatement(create, o)) await run(s);
    return;
  }
  if (rule.outdated(info, await columns(client, o.database, cur))) {
    const [newTable] = renderStatement(create.replace(tablePlaceholder(name), `{{table ${name}${PREVIOUS_SUFFIX}}}`), o);
    await run(newTable);
    await run(`EXCHANGE TABLES ${q(cur)} AND ${q(prev)}${onCluster}`);
  }
  if (clustered && !sameColumns(await columns(client, o.database, name), await columns(client, o.database, cur))) {
    // The Distributed table kept the old column list; it is made again over the new local one.
    const [, dist] = renderStatement(create, o);
    await run(`DROP TABLE IF EXISTS ${q(name)}${onCluster} SYNC`);
    await run(dist);
  }
  if (rule.view) {
    const asSelect = await viewQuery(client, o.database, rule.view.name);
    if (asSelect !== undefined && rule.view.outdated(asSelect)) await run(`DROP VIEW IF EXISTS ${q(rule.view.name)}${onCluster} SYNC`);
  }
  if (await tableInfo(client, o.database, prev)) await copyBack(client, o, name, cur, prev);
}

function tablePlaceholder(name: string): RegExp {
  return new RegExp(`\\{\\{\\s*table\\s+${name}\\s*\\}\\}`);
}

/** Copies every row of `prev` into `cur` (the Distributed table in cluster mode), partition by partition, then drops `prev`. */
async function copyBack(client: ClickHouseClient, o: DdlOptions, name: string, cur: string, prev: string): Promise<void> {
  const clustered = o.cluster !== '';
  const q = (n: string) => `${ident(o.database)}.${ident(n)}`;
  const onCluster = clustered ? ` ON CLUSTER ${ident(o.cluster)}` : '';
  // Every column the new table stores and the old one had; MATERIALIZED ones are computed
  // again, ALIAS ones were never stored.
  const target = await columns(client, o.database, cur);
  const source = await columns(client, o.database, prev);
  const cols = [...source]
    .filter(([c, s]) => insertable(s.kind) && insertable(target.get(c)?.kind))
    .map(([c]) => quoteName(c));
  const from = clustered ? `cluster(${quote(o.cluster)}, ${quote(o.database)}, ${quote(prev)})` : q(prev);
  const into = clustered ? q(name) : q(cur);
  // Read in the old table's own order (streamed, no sort), so a repeated copy of a partition
  // makes the same blocks in the same order, which its token lets the target recognise and skip.
  const order = (await tableInfo(client, o.database, prev))?.sortingKey;
  const orderBy = order ? ` ORDER BY ${order}` : '';
  for (const partition of await partitions(client, o, prev)) {
    await client.command({
      query: `INSERT INTO ${into} (${cols.join(', ')}) SELECT ${cols.join(', ')} FROM ${from} WHERE _partition_id = {p:String}${orderBy}`,
      query_params: { p: partition },
      clickhouse_settings: {
        insert_deduplication_token: `homeostat-relayout-${name}-${partition}`,
        insert_deduplicate: 1,
        max_threads: 1,
        max_insert_threads: '1',
        ...(clustered ? { distributed_foreground_insert: 1 } : {}),
      },
    });
    await client.command({ query: `ALTER TABLE ${q(prev)}${onCluster} DROP PARTITION ID ${quote(partition)}`, clickhouse_settings: { mutations_sync: '2' } });
  }
  await client.command({ query: `DROP TABLE IF EXISTS ${q(prev)}${onCluster} SYNC` });
}

function sameColumns(a: Map<string, ColumnInfo>, b: Map<string, ColumnInfo>): boolean {
  return a.size === b.size && [...a].every(([n, c]) => b.get(n)?.type === c.type && b.get(n)?.kind === c.kind);
}

const insertable = (kind: string | undefined) => kind === '' || kind === 'DEFAULT';

async function tableInfo(client: ClickHouseClient, database: string, table: string): Promise<TableInfo | undefined> {
  const rs = await client.query({
    query: 'SELECT engine, sorting_key FROM system.tables WHERE database = {db:String} AND name = {t:String}',
    query_params: { db: database, t: table },
    format: 'JSONEachRow',
  });
  const [r] = await rs.json<{ engine: string; sorting_key: string }>();
  return r ? { engine: r.engine, sortingKey: r.sorting_key } : undefined;
}

async function columns(client: ClickHouseClient, database: string, table: string): Promise<Map<string, ColumnInfo>> {
  const rs = await client.query({
    query: 'SELECT name, type, default_kind FROM system.columns WHERE database = {db:String} AND table = {t:String} ORDER BY position',
    query_params: { db: database, t: table },
    format: 'JSONEachRow',
  });
  return new Map((await rs.json<{ name: string; type: string; default_kind: string }>()).map((r) => [r.name, { type: r.type, kind: r.default_kind }]));
}

async function viewQuery(client: ClickHouseClient, database: string, view: string): Promise<string | undefined> {
  const rs = await client.query({
    query: 'SELECT as_select FROM system.tables WHERE database = {db:String} AND name = {t:String}',
    query_params: { db: database, t: view },
    format: 'JSONEachRow',
  });
  const [r] = await rs.json<{ as_select: string }>();
  return r?.as_select;
}

async function partitions(client: ClickHouseClient, o: DdlOptions, table: string): Promise<string[]> {
  const parts = o.cluster !== '' ? `clusterAllReplicas(${quote(o.cluster)}, system.parts)` : 'system.parts';
  const rs = await client.query({
    query: `SELECT DISTINCT partition_id FROM ${parts} WHERE database = {db:String} AND table = {t:String} AND active ORDER BY partition_id`,
    query_params: { db: o.database, t: table },
    format: 'JSONEachRow',
  });
  return (await rs.json<{ partition_id: string }>()).map((r) => r.partition_id);
}

/** A column name as an identifier; the exporter's materialized columns carry dots. */
function quoteName(c: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(c)) throw new Error(`unexpected column name ${JSON.stringify(c)}`);
  return `\`${c}\``;
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

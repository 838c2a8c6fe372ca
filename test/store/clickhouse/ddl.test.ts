import { describe, expect, it } from 'vitest';
import { CLICKHOUSE_MIGRATIONS_DIR, readMigrations, renderMigrations } from '../../../src/store/clickhouse/migrate.ts';
import { renderStatement, splitStatements } from '../../../src/store/clickhouse/ddl.ts';

const files = readMigrations(CLICKHOUSE_MIGRATIONS_DIR);
const single = { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 };
const cluster = { ...single, cluster: 'prod' };
const TABLES = [
  'otel_traces', 'otel_traces_trace_id_ts', 'otel_logs', 'otel_metrics_gauge', 'otel_metrics_sum',
  'otel_metrics_histogram', 'otel_metrics_exponential_histogram', 'otel_metrics_summary',
];

describe('ClickHouse DDL rendering', () => {
  it('creates every exporter table on one node with MergeTree and a 30-day TTL', () => {
    const ddl = renderMigrations(files, single);
    for (const t of TABLES) {
      const stmt = ddl.find((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS \`otel\`.\`${t}\` (`));
      expect(stmt, t).toBeDefined();
      expect(stmt).toContain('ENGINE = MergeTree()');
      expect(stmt).toMatch(/TTL .* \+ toIntervalDay\(30\)/);
      expect(stmt).not.toContain('{{');
    }
    expect(ddl.some((s) => s.includes('Distributed'))).toBe(false);
    expect(ddl.find((s) => s.includes('MATERIALIZED VIEW'))).toContain('TO `otel`.`otel_traces_trace_id_ts`');
  });

  it('in cluster mode creates replicated local tables ON CLUSTER and Distributed tables over them', () => {
    const ddl = renderMigrations(files, cluster);
    for (const t of TABLES) {
      const local = ddl.find((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS \`otel\`.\`${t}_local\` ON CLUSTER \`prod\``));
      expect(local, t).toContain('ENGINE = ReplicatedMergeTree()');
      const dist = ddl.find((s) => s.startsWith(`CREATE TABLE IF NOT EXISTS \`otel\`.\`${t}\` ON CLUSTER \`prod\` AS \`otel\`.\`${t}_local\``));
      expect(dist, t).toContain(`ENGINE = Distributed('prod', 'otel', '${t}_local', rand())`);
    }
    const mv = ddl.find((s) => s.includes('MATERIALIZED VIEW'))!;
    expect(mv).toContain('ON CLUSTER `prod`');
    expect(mv).toContain('TO `otel`.`otel_traces_trace_id_ts_local`');
    expect(mv).toContain('FROM `otel`.`otel_traces_local`');
  });

  it('honours the table engine option, already-replicated names and a disabled TTL', () => {
    const [stmt] = splitStatements(files[0].sql);
    expect(renderStatement(stmt, { ...single, engineName: 'ReplacingMergeTree', ttlDays: 0 })[0]).toMatch(/ENGINE = ReplacingMergeTree\(\)\s+PARTITION/);
    expect(renderStatement(stmt, { ...single, ttlDays: 0 })[0]).not.toContain('TTL');
    const r = renderStatement(stmt, { ...cluster, engineName: 'ReplicatedMergeTree', engineParams: "'/ch/{shard}/t', '{replica}'" })[0];
    expect(r).toContain("ENGINE = ReplicatedMergeTree('/ch/{shard}/t', '{replica}')");
  });

  it('refuses identifiers that are not plain names', () => {
    const [stmt] = splitStatements(files[0].sql);
    expect(() => renderStatement(stmt, { ...single, database: 'otel; DROP TABLE x' })).toThrow(/plain identifier/);
    expect(() => renderStatement(stmt, { ...cluster, cluster: 'a`b' })).toThrow(/plain identifier/);
  });
});

describe('migration 0006 rendering', () => {
  const m6 = files.find((f) => f.version === '0006')!;

  it('prints the current otel_logs and trace-id lookup layouts, marked as relayouts', () => {
    const ddl = renderMigrations([m6], single);
    const logs = ddl.find((s) => s.includes('`otel`.`otel_logs` ('))!;
    expect(logs).toMatch(/^\/\* relayout: .*otel_logs/);
    expect(logs).toContain('ORDER BY (toStartOfFiveMinutes(Timestamp), ServiceName, Timestamp)');
    expect(logs).toContain('TimestampTime DateTime ALIAS toDateTime(Timestamp)');
    expect(logs).toContain('TTL toDateTime(Timestamp) + toIntervalDay(30)');
    const lookup = ddl.find((s) => s.includes('`otel`.`otel_traces_trace_id_ts` ('))!;
    expect(lookup).toContain('ENGINE = AggregatingMergeTree()');
    expect(lookup).toContain('Start SimpleAggregateFunction(min, DateTime)');
    expect(ddl.some((s) => s.includes('{{'))).toBe(false);
  });

  it('gives the lookup the replicated aggregating engine on a cluster or a replicated engine, with the replica params only there', () => {
    const engineOf = (o: typeof single) => /ENGINE = (\S+\(.*?\))\n/.exec(renderMigrations([m6], o).find((s) => s.includes('otel_traces_trace_id_ts') && s.includes('SimpleAggregateFunction'))!)![1];
    expect(engineOf(cluster)).toBe('ReplicatedAggregatingMergeTree()');
    expect(engineOf({ ...single, engineName: 'ReplicatedMergeTree', engineParams: "'/ch/{shard}/{table}', '{replica}'" }))
      .toBe("ReplicatedAggregatingMergeTree('/ch/{shard}/{table}', '{replica}')");
    expect(engineOf({ ...single, engineName: 'ReplacingMergeTree', engineParams: 'ver' })).toBe('AggregatingMergeTree()');
  });
});

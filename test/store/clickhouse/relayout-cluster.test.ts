// The relayout's statements in cluster mode, against a stand-in client that answers the
// catalogue queries (no cluster here to run them on): the new local table ON CLUSTER, the
// exchange ON CLUSTER, the Distributed table rebuilt over the new local one, and the copy read
// through cluster() and written through the Distributed table.
import { describe, expect, it } from 'vitest';
import type { ClickHouseClient } from '@clickhouse/client';
import { CLICKHOUSE_MIGRATIONS_DIR, readMigrations } from '../../../src/store/clickhouse/migrate.ts';
import { splitStatements } from '../../../src/store/clickhouse/ddl.ts';
import { relayout } from '../../../src/store/clickhouse/relayout.ts';

const o = { database: 'otel', cluster: 'prod', engineName: 'MergeTree', engineParams: '', ttlDays: 30 };
const [logsStmt] = splitStatements(readMigrations(CLICKHOUSE_MIGRATIONS_DIR).find((m) => m.version === '0006')!.sql);

function standIn(start = { exchanged: false }): { client: ClickHouseClient; commands: string[] } {
  const commands: string[] = [];
  let exchanged = start.exchanged;
  let distributedRebuilt = false;
  const rows = (query: string, params: Record<string, string>): unknown[] => {
    if (query.includes('sorting_key') && query.includes('FROM system.tables')) {
      if (params.t === 'otel_logs_local') return [{ engine: 'ReplicatedMergeTree', sorting_key: exchanged ? 'toStartOfFiveMinutes(Timestamp), ServiceName, Timestamp' : 'ServiceName, TimestampTime, Timestamp' }];
      if (params.t === 'otel_logs_previous_layout_local' && exchanged) return [{ engine: 'ReplicatedMergeTree', sorting_key: 'ServiceName, TimestampTime, Timestamp' }];
      return [];
    }
    if (query.includes('FROM system.columns')) {
      const base = [{ name: 'Timestamp', type: 'DateTime64(9)', default_kind: '' }, { name: 'Body', type: 'String', default_kind: '' }];
      const old = params.t === 'otel_logs_previous_layout_local' || (params.t === 'otel_logs' && !distributedRebuilt);
      return old
        ? [...base, { name: 'TimestampTime', type: 'DateTime', default_kind: 'DEFAULT' }]
        : [...base, { name: 'TimestampTime', type: 'DateTime', default_kind: 'ALIAS' }, { name: '__otel_materialized_k8s.pod.name', type: 'LowCardinality(String)', default_kind: 'MATERIALIZED' }];
    }
    if (query.includes('partition_id')) return [{ partition_id: '20260101' }];
    return [];
  };
  const client = {
    async command(p: { query: string; query_params?: Record<string, string> }) {
      commands.push(p.query);
      if (p.query.startsWith('EXCHANGE')) exchanged = true;
      if (p.query.includes('ENGINE = Distributed')) distributedRebuilt = true;
    },
    async query(p: { query: string; query_params: Record<string, string> }) {
      commands.push(p.query);
      return { json: async () => rows(p.query, p.query_params) };
    },
  } as unknown as ClickHouseClient;
  return { client, commands: commands };
}

describe('relayout in cluster mode', () => {
  it('swaps the local tables ON CLUSTER, rebuilds the Distributed table, and copies through cluster()', async () => {
    const { client, commands } = standIn();
    await relayout(client, o, logsStmt);
    const ddl = commands.filter((c) => !c.startsWith('SELECT'));
    expect(ddl[0]).toMatch(/^CREATE TABLE IF NOT EXISTS `otel`.`otel_logs_previous_layout_local` ON CLUSTER `prod` \(/);
    expect(ddl[0]).toContain('ENGINE = ReplicatedMergeTree()');
    expect(ddl[1]).toBe('EXCHANGE TABLES `otel`.`otel_logs_local` AND `otel`.`otel_logs_previous_layout_local` ON CLUSTER `prod`');
    expect(ddl[2]).toBe('DROP TABLE IF EXISTS `otel`.`otel_logs` ON CLUSTER `prod` SYNC');
    expect(ddl[3]).toBe("CREATE TABLE IF NOT EXISTS `otel`.`otel_logs` ON CLUSTER `prod` AS `otel`.`otel_logs_local` ENGINE = Distributed('prod', 'otel', 'otel_logs_local', rand())");
    expect(ddl[4]).toBe(
      "INSERT INTO `otel`.`otel_logs` (`Timestamp`, `Body`) SELECT `Timestamp`, `Body` FROM cluster('prod', 'otel', 'otel_logs_previous_layout_local') " +
        'WHERE _partition_id = {p:String} ORDER BY ServiceName, TimestampTime, Timestamp',
    );
    expect(ddl[5]).toBe("ALTER TABLE `otel`.`otel_logs_previous_layout_local` ON CLUSTER `prod` DROP PARTITION ID '20260101'");
    expect(ddl[6]).toBe('DROP TABLE IF EXISTS `otel`.`otel_logs_previous_layout_local` ON CLUSTER `prod` SYNC');
    expect(ddl).toHaveLength(7);
  });

  it('after a run that stopped right after the exchange: rebuilds the Distributed table still on the old columns, then copies', async () => {
    const { client, commands } = standIn({ exchanged: true });
    await relayout(client, o, logsStmt);
    const ddl = commands.filter((c) => !c.startsWith('SELECT'));
    expect(ddl.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual(['DROP TABLE', 'CREATE TABLE', 'INSERT INTO', 'ALTER TABLE', 'DROP TABLE']);
    expect(ddl[1]).toContain('ENGINE = Distributed');
  });
});

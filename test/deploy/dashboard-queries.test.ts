// Every dashboard query runs against the real engines with the real migrations: embedded
// ClickHouse for the ClickHouse panels, PGlite for the PostgreSQL ones. Grafana's macros are
// replaced with plain SQL of the same meaning; a panel that names a missing column, mistypes a
// function or breaks the syntax fails here instead of in a user's Grafana.
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { readJson, readYaml, repoPath } from './files.ts';

let dir: string;
let ch: ClickHouseHandle;
let pg: PostgresHandle;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'homeostat-dashboards-'));
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: path.join(dir, 'ch'), requestTimeoutMs: 30_000 });
  await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  pg = await openPostgres({ dataDir: path.join(dir, 'pg') });
  await migratePostgres(pg.pool);
});

afterAll(async () => {
  await ch?.close();
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

const clickhouseSql = (sql: string) =>
  sql
    .replace(/\$__timeFilter\((\w+)\)/g, '$1 >= now() - 3600')
    .replace(/\$__timeInterval\((\w+)\)/g, 'toStartOfMinute($1)')
    .replace(/\$__interval_s/g, '60');
const postgresSql = (sql: string) => sql.replace(/\$__timeFilter\(([\w."]+)\)/g, "$1 > now() - interval '1 hour'");

const files = readdirSync(repoPath('grafana/dashboards')).filter((f) => f.endsWith('.json'));
const sqlTargets = files.flatMap((f) =>
  (readJson(`grafana/dashboards/${f}`).panels as any[]).flatMap((p) =>
    (p.targets ?? []).filter((t: any) => t.rawSql).map((t: any) => ({ name: `${f}: ${p.title}`, type: (t.datasource ?? p.datasource).type as string, sql: t.rawSql as string })),
  ),
);

const alertRuleSql = (readYaml('grafana/provisioning/alerting/homeostat-incidents.yaml').groups as any[])
  .flatMap((g) => g.rules)
  .flatMap((r: any) => r.data.filter((d: any) => d.model?.rawSql).map((d: any) => ({ name: `alert rule ${r.title}`, sql: d.model.rawSql as string })));

describe('alert rule SQL', () => {
  it.each(alertRuleSql)('$name runs and counts open incidents by service, category and severity', async ({ sql }) => {
    await pg.pool.query(
      `INSERT INTO error_events (id, fingerprint, severity, category, message, source_component, service_name) VALUES
       (gen_random_uuid(), 'alert-rule-fp-1', 'HIGH', 'DATABASE', 'm', 'detect', 'alert-rule-svc'),
       (gen_random_uuid(), 'alert-rule-fp-2', 'HIGH', 'DATABASE', 'm', 'detect', 'alert-rule-svc')`,
    );
    const r = await pg.pool.query(postgresSql(sql));
    expect(r.rows).toContainEqual({ service: 'alert-rule-svc', category: 'DATABASE', severity: 'HIGH', incidents: 2 });
  });
});

describe('dashboard SQL', () => {
  it('there are ClickHouse and PostgreSQL panels to check', () => {
    expect(sqlTargets.some((t) => t.type === 'grafana-clickhouse-datasource')).toBe(true);
    expect(sqlTargets.some((t) => t.type === 'grafana-postgresql-datasource')).toBe(true);
  });

  it.each(sqlTargets)('$name runs', async ({ type, sql }) => {
    if (type === 'grafana-clickhouse-datasource') {
      const rs = await ch.client.query({ query: clickhouseSql(sql), format: 'JSONEachRow' });
      expect(Array.isArray(await rs.json())).toBe(true);
    } else {
      expect(type).toBe('grafana-postgresql-datasource');
      const r = await pg.pool.query(postgresSql(sql));
      expect(Array.isArray(r.rows)).toBe(true);
    }
  });

  it('a broken query does fail here', async () => {
    await expect(ch.client.query({ query: clickhouseSql('SELECT Nope FROM otel.series_rollups WHERE $__timeFilter(StepStart)'), format: 'JSONEachRow' })).rejects.toThrow(/Nope/);
    await expect(pg.pool.query(postgresSql('SELECT nope FROM error_events'))).rejects.toThrow(/nope/);
  });
});

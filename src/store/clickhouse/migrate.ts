import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClickHouseClient } from '@clickhouse/client';
import { ident, renderStatement, splitStatements, type DdlOptions } from './ddl.ts';
import { relayout, relayoutCreate, relayoutTarget } from './relayout.ts';

export const CLICKHOUSE_MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/clickhouse/', import.meta.url));
const VERSION_TABLE = 'homeostat_schema_migrations';

export interface MigrationFile {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), 'utf8');
      return {
        version: f.split('_')[0],
        name: f,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/** Every statement a fresh install runs, in order; `homeostat migrate --print` and the DDL tests use it. */
export function renderMigrations(files: MigrationFile[], o: DdlOptions): string[] {
  return files.flatMap((f) =>
    splitStatements(f.sql).flatMap((s) => {
      const target = relayoutTarget(s);
      if (!target) return renderStatement(s, o);
      const [first, ...rest] = renderStatement(relayoutCreate(s), o);
      return [`/* relayout: an existing ${target} with an older layout is rebuilt into this one, every row copied */ ${first}`, ...rest];
    }),
  );
}

/**
 * Applies pending migrations and records them. Statements are IF NOT EXISTS, so a run that
 * died halfway, or two replicas starting together, converge on the same schema.
 */
export async function migrateClickHouse(
  client: ClickHouseClient,
  o: DdlOptions,
  dir = CLICKHOUSE_MIGRATIONS_DIR,
): Promise<{ applied: string[] }> {
  const onCluster = o.cluster ? ` ON CLUSTER ${ident(o.cluster)}` : '';
  await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${ident(o.database)}${onCluster}` });
  const versionTable = `${ident(o.database)}.${ident(VERSION_TABLE)}`;
  await client.command({
    query:
      `CREATE TABLE IF NOT EXISTS ${versionTable}${onCluster} (version String, name String, checksum String, ` +
      `applied_at DateTime DEFAULT now()) ENGINE = ${o.cluster ? 'ReplicatedReplacingMergeTree' : 'ReplacingMergeTree'}() ORDER BY version`,
  });
  const rs = await client.query({ query: `SELECT version, checksum FROM ${versionTable} FINAL`, format: 'JSONEachRow' });
  const done = new Map((await rs.json<{ version: string; checksum: string }>()).map((r) => [r.version, r.checksum]));
  const applied: string[] = [];
  for (const m of readMigrations(dir)) {
    const seen = done.get(m.version);
    if (seen !== undefined) {
      if (seen !== m.checksum) throw new Error(`ClickHouse migration ${m.name} changed after it was applied (checksum mismatch)`);
      continue;
    }
    for (const s of splitStatements(m.sql)) {
      if (relayoutTarget(s)) await relayout(client, o, s);
      else for (const stmt of renderStatement(s, o)) await client.command({ query: stmt });
    }
    await client.insert({
      table: `${o.database}.${VERSION_TABLE}`,
      values: [{ version: m.version, name: m.name, checksum: m.checksum }],
      format: 'JSONEachRow',
    });
    applied.push(m.name);
  }
  return { applied };
}

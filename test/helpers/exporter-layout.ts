// The Collector ClickHouse exporter's current tables (test/fixtures/clickhouse-exporter/), created
// in a database the way a Collector does before anything else writes there.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClickHouseClient } from '@clickhouse/client';
import { splitStatements } from '../../src/store/clickhouse/ddl.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/clickhouse-exporter/', import.meta.url));

function statements(file: string, db: string): string[] {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(db)) throw new Error(`not a plain database name: ${db}`);
  return splitStatements(readFileSync(FIXTURES + file, 'utf8')).map((s) => s.replaceAll('{{db}}', `\`${db}\``));
}

/** CREATE TABLE of the exporter's current otel_logs (v0.151.0 and later). */
export function exporterLogsTable(db: string): string {
  return statements('logs.sql', db)[0];
}

/** Every exporter table (logs, traces with its lookup and view, five metric tables) in `db`. */
export async function createExporterTables(client: ClickHouseClient, db: string): Promise<void> {
  await client.command({ query: `CREATE DATABASE IF NOT EXISTS \`${db}\`` });
  for (const f of ['logs.sql', 'traces.sql', 'metrics.sql']) {
    for (const s of statements(f, db)) await client.command({ query: s });
  }
}

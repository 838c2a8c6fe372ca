import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { pipelineOptions } from '../options.ts';

/** `homeostat migrate`: apply both stores' migrations (they also run at start); --print shows the ClickHouse DDL only. */
export async function migrate(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string' }, print: { type: 'boolean' } } });
  const { config } = loadConfig({ file: values.config });
  const o = pipelineOptions(config);
  const { readMigrations, renderMigrations, CLICKHOUSE_MIGRATIONS_DIR } = await import('../store/index.ts');
  if (values.print) {
    process.stdout.write(renderMigrations(readMigrations(CLICKHOUSE_MIGRATIONS_DIR), o.storage.ddl).join(';\n\n') + ';\n');
    return 0;
  }
  const { createLogger } = await import('../telemetry/index.ts');
  const { openStorage } = await import('../store/index.ts');
  // Opening applies both stores' migrations; a ClickHouse server that is down fails the command here.
  const storage = await openStorage(o.storage, createLogger(config.telemetry.log_level));
  const ready = storage.clickhouseReady;
  await storage.close();
  return ready ? 0 : 1;
}

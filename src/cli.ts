import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadConfig, redact } from './config/index.ts';
import { ConfigError } from './errors.ts';

const USAGE = `usage: homeostat <command> [options]

commands:
  start [--config FILE]                 run Homeostat (OTLP on :4317/:4318, API on :8080)
  migrate [--config FILE] [--print]     apply ClickHouse and Postgres migrations (--print: show the ClickHouse DDL only)
  config check [FILE]                   validate a configuration file and print it with secrets redacted
  detect --input FILE.csv [--output FILE.csv]
                                        score a timestamp,value series with the streaming detector
  patterns --input FILE.log [--output FILE.csv]
                                        mine log templates: LineId,EventId,EventTemplate per line
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start': {
      const { values } = parseArgs({ args: rest, options: { config: { type: 'string' } } });
      const { runServer } = await import('./main.ts');
      await runServer(values.config);
      return -1; // keeps running until a signal
    }
    case 'migrate':
      return migrate(rest);
    case 'config':
      if (rest[0] !== 'check') break;
      return configCheck(rest[1]);
    case 'detect': {
      const { values } = parseArgs({ args: rest, options: { input: { type: 'string' }, output: { type: 'string' } } });
      if (!values.input) return usageError('detect needs --input FILE.csv');
      const { detectCsv } = await import('./detect/csv-command.ts');
      const r = await detectCsv({ input: values.input, output: values.output });
      if (values.output) console.error(`scored ${r.rows} rows (${r.skipped} skipped) → ${values.output}`);
      return 0;
    }
    case 'patterns': {
      const { values } = parseArgs({ args: rest, options: { input: { type: 'string' }, output: { type: 'string' } } });
      if (!values.input) return usageError('patterns needs --input FILE.log');
      const { patternsCommand } = await import('./patterns/cli-command.ts');
      const r = await patternsCommand({ input: values.input, output: values.output });
      if (values.output) console.error(`${r.lines} lines, ${r.templates} templates → ${values.output}`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
  }
  return usageError(`unknown command: ${[command, ...rest.slice(0, 1)].join(' ')}`);
}

function usageError(message: string): number {
  process.stderr.write(`homeostat: ${message}\n\n${USAGE}`);
  return 2;
}

function configCheck(file?: string): number {
  try {
    const { config, file: used } = loadConfig({ file });
    process.stdout.write(`# ${used ?? 'no file: defaults'} is valid\n${stringify(redact(config))}`);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${file ?? 'configuration'}: ${err.issues.length} problem(s)\n${err.issues.map((i) => `  ${i}`).join('\n')}\n`);
      return 1;
    }
    throw err;
  }
}

async function migrate(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string' }, print: { type: 'boolean' } } });
  const { config } = loadConfig({ file: values.config });
  const { ddlOptions, openStores } = await import('./pipeline.ts');
  const { migrateClickHouse, readMigrations, renderMigrations, CLICKHOUSE_MIGRATIONS_DIR } = await import('./store/clickhouse/migrate.ts');
  if (values.print) {
    process.stdout.write(renderMigrations(readMigrations(CLICKHOUSE_MIGRATIONS_DIR), ddlOptions(config)).join(';\n\n') + ';\n');
    return 0;
  }
  const { createLogger } = await import('./telemetry/logger.ts');
  const { migratePostgres } = await import('./store/postgres/migrate.ts');
  const logger = createLogger(config.telemetry.log_level);
  const stores = openStores(config, logger);
  try {
    const ch = await migrateClickHouse(stores.clickhouse.client, ddlOptions(config));
    logger.info({ applied: ch.applied }, 'clickhouse migrations');
    const pg = await stores.postgres();
    try {
      const r = await migratePostgres(pg.pool);
      logger.info({ applied: r.applied, current: r.current }, 'postgres migrations');
    } finally {
      await pg.close();
    }
  } finally {
    await stores.clickhouse.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`homeostat: ${err.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`homeostat: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);

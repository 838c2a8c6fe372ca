import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadConfig, redact } from './config/index.ts';
import { ConfigError } from './errors.ts';

const DEFAULT_API = 'http://127.0.0.1:8080';

const USAGE = `usage: homeostat <command> [options]

commands:
  start [--config FILE]                 run Homeostat (OTLP on :4317/:4318, API on :8080)
  migrate [--config FILE] [--print]     apply ClickHouse and Postgres migrations (--print: show the ClickHouse DDL only)
  config check [FILE]                   validate a configuration file and print it with secrets redacted
  detect --input FILE.csv [--output FILE.csv]
                                        score a timestamp,value series with the streaming detector
  patterns --input FILE.log [--output FILE.csv]
                                        mine log templates: LineId,EventId,EventTemplate per line
  audit verify [--config FILE] [--api URL] [--token TOKEN]
                                        check the audit trail's hash chain (exit 1 if broken); --api asks a running server
  demo [--faults KIND[@SERVICE],...]   run Homeostat with a demo shop and watch it catch injected faults
  label EVENT_ID CATEGORY [--by NAME] [--api URL] [--token TOKEN]
                                        correct an event's diagnosis through the running API (default ${DEFAULT_API})

API calls send --token, or else HOMEOSTAT_API_TOKEN, as a bearer token (api.auth.bearer_tokens).
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
    case 'audit':
      if (rest[0] !== 'verify') break;
      return auditVerify(rest.slice(1));
    case 'label':
      return label(rest);
    case 'demo':
      return (await import('./demo/index.ts')).runDemoCommand(rest);
    case 'detect': {
      const { values } = parseArgs({ args: rest, options: { input: { type: 'string' }, output: { type: 'string' } } });
      if (!values.input) return usageError('detect needs --input FILE.csv');
      const { detectCsv } = await import('./detect/offline/csv-command.ts');
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

async function auditVerify(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' } } });
  let result: { ok: boolean };
  if (values.api) {
    // An embedded database belongs to the server process that has it open; ask that server.
    const res = await callApi(new URL('/api/audit/verify', values.api), values.token);
    if (!res) return 1;
    if (!res.ok) return apiError(res);
    result = (await res.json()) as { ok: boolean };
  } else {
    const { config } = loadConfig({ file: values.config });
    const { openPostgres } = await import('./store/postgres/client.ts');
    const { verifyAuditTrail } = await import('./audit/verify.ts');
    const pgc = config.storage.postgres;
    const pg = await openPostgres({ url: pgc.url || undefined, dataDir: pgc.data_dir });
    try {
      result = await verifyAuditTrail(pg.pool);
    } finally {
      await pg.close();
    }
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  return result.ok ? 0 : 1;
}

async function label(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { by: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' } },
  });
  const [eventId, category] = positionals;
  if (!eventId || !category || positionals.length > 2) return usageError('label needs EVENT_ID CATEGORY');
  const { userInfo } = await import('node:os');
  const res = await callApi(new URL(`/api/events/${encodeURIComponent(eventId)}/label`, values.api ?? DEFAULT_API), values.token, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ category: category.toUpperCase(), labelled_by: values.by ?? userInfo().username }),
  });
  if (!res) return 1;
  if (res.status !== 202) return apiError(res);
  process.stdout.write(`${await res.text()}\n`);
  return 0;
}

/** fetch with the bearer token, an unreachable server reported in one line rather than a stack trace. */
async function callApi(url: URL, token: string | undefined, init: RequestInit = {}): Promise<Response | undefined> {
  const bearer = token ?? process.env.HOMEOSTAT_API_TOKEN;
  const headers = new Headers(init.headers);
  if (bearer) headers.set('authorization', `Bearer ${bearer}`);
  try {
    return await fetch(url, { ...init, headers });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    process.stderr.write(`homeostat: cannot reach the API at ${url.origin}: ${cause}\n`);
    return undefined;
  }
}

/** The API's error body goes to stderr as is: it names the field or the missing event. */
async function apiError(res: Response): Promise<number> {
  process.stderr.write(`homeostat: API answered ${res.status}: ${await res.text()}\n`);
  return 1;
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

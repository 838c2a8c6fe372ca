// The `homeostat` command: one file per command in this folder, loaded only when it runs.
import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.ts';
import { DEFAULT_API } from './api-client.ts';
import { usageError, setUsage } from './usage.ts';

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
  label EVENT_ID CATEGORY|not_an_incident [--by NAME] [--config FILE] [--api URL] [--token TOKEN]
                                        correct an event's diagnosis through the running API (default: the configured
                                        api.host/api.port, else ${DEFAULT_API}); not_an_incident: a false positive
                                        (closes the event if open, acknowledges its escalation, counts in the
                                        false-positive rate, never trains the classifier)
  ack ID [--by NAME] [--config FILE] [--api URL] [--token TOKEN]
                                        acknowledge an escalation (its id or its incident's id): re-escalation stops
  approve EXECUTION_ID [--by NAME] [--config FILE] [--api URL] [--token TOKEN]
                                        let a recovery action waiting for approval run
  reject EXECUTION_ID --reason TEXT [--by NAME] [--config FILE] [--api URL] [--token TOKEN]
                                        refuse it (recovery moves on to the next candidate action)
  report [--since DATE | --date DATE --days N] [--json] [--config FILE] [--api URL] [--token TOKEN]
                                        the daily self-healing metrics (errors, false positives, recoveries,
                                        escalations, MTTR, availability) against the design's targets; default the last 7 days (UTC)

API calls send --token, or else HOMEOSTAT_API_TOKEN, as a bearer token (api.auth.bearer_tokens).
`;
setUsage(USAGE);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start': {
      const { values } = parseArgs({ args: rest, options: { config: { type: 'string' } } });
      const { runServer } = await import('./start.ts');
      await runServer(values.config);
      return -1; // keeps running until a signal
    }
    case 'migrate':
      return (await import('./migrate.ts')).migrate(rest);
    case 'config':
      if (rest[0] !== 'check') break;
      return (await import('./config-check.ts')).configCheck(rest[1]);
    case 'audit':
      if (rest[0] !== 'verify') break;
      return (await import('./audit-verify.ts')).auditVerify(rest.slice(1));
    case 'demo':
      return (await import('../demo/index.ts')).runDemoCommand(rest);
    case 'label':
      return (await import('./label.ts')).label(rest);
    case 'ack':
      return (await import('./ack.ts')).ack(rest);
    case 'report':
      return (await import('./report.ts')).report(rest);
    case 'approve':
    case 'reject':
      return (await import('./approve.ts')).decide(command, rest);
    case 'detect': {
      const { values } = parseArgs({ args: rest, options: { input: { type: 'string' }, output: { type: 'string' } } });
      if (!values.input) return usageError('detect needs --input FILE.csv');
      const { detectCsv } = await import('../detect/index.ts');
      const r = await detectCsv({ input: values.input, output: values.output });
      if (values.output) console.error(`scored ${r.rows} rows (${r.skipped} skipped) → ${values.output}`);
      return 0;
    }
    case 'patterns': {
      const { values } = parseArgs({ args: rest, options: { input: { type: 'string' }, output: { type: 'string' } } });
      if (!values.input) return usageError('patterns needs --input FILE.log');
      const { patternsCommand } = await import('../patterns/index.ts');
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

import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { apiError, callApi, configuredApi } from './api-client.ts';

/** `homeostat audit verify`: recompute the hash chain here, or ask a running server with --api. */
export async function auditVerify(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' } } });
  let result: { ok: boolean };
  if (values.api !== undefined) {
    // An embedded database belongs to the server process that has it open; ask that server.
    // `--api ''` (or `--api=`) means the configured API.
    const base = values.api || configuredApi(values.config);
    // A full pass: the server's default only re-hashes the rows after its latest checkpoint.
    const res = await callApi(new URL('/api/audit/verify?full=true', base), values.token);
    if (!res) return 1;
    if (!res.ok) return apiError(res);
    result = (await res.json()) as { ok: boolean };
  } else {
    const { config } = loadConfig({ file: values.config });
    const { openPostgres } = await import('../store/index.ts');
    const { auditCheckpointOptions, CheckpointStore, verifyAuditTrail } = await import('../audit/index.ts');
    const pgc = config.storage.postgres;
    const pg = await openPostgres({ url: pgc.url || undefined, dataDir: pgc.data_dir });
    try {
      // Reads the key the server uses; never creates one (a new key would vouch for nothing).
      const a = config.audit;
      const settings = { checkpointKey: a.checkpoint_key, keyFile: a.key_file, checkpointFile: a.checkpoint_file, everyRows: a.checkpoint_every_rows, intervalMs: a.checkpoint_interval, postgresDataDir: pgc.data_dir };
      const cp = auditCheckpointOptions(settings, { embedded: pg.embedded, create: false, logger: stderrLogger });
      const checkpoints = cp.key ? new CheckpointStore(pg.pool, cp.key, cp.file) : null;
      result = await verifyAuditTrail(pg.pool, { checkpoints, scope: 'full' });
    } finally {
      await pg.close();
    }
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  return result.ok ? 0 : 1;
}


const stderrLogger = {
  info: () => undefined,
  warn: (_o: object, msg?: string) => void process.stderr.write(`warning: ${msg ?? ''}\n`),
};

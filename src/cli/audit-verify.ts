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
    const res = await callApi(new URL('/api/audit/verify', base), values.token);
    if (!res) return 1;
    if (!res.ok) return apiError(res);
    result = (await res.json()) as { ok: boolean };
  } else {
    const { config } = loadConfig({ file: values.config });
    const { openPostgres } = await import('../store/index.ts');
    const { verifyAuditTrail } = await import('../audit/index.ts');
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


import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { apiError, callApi, configuredApi } from './api-client.ts';
import { usageError } from './usage.ts';

const DAY_MS = 86_400_000;

/**
 * `homeostat report [--since D | --date D --days N]`: the daily self-healing metrics,
 * recomputed for the period from Postgres (or by a running server with --api) and printed as a
 * table with the period's rates against the design document's targets. Default: the last 7 days.
 */
export async function report(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { since: { type: 'string' }, date: { type: 'string' }, days: { type: 'string' }, config: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean' } },
  });
  const { dayOf, dayStart, reportTable } = await import('../report/index.ts');
  const now = Date.now();
  let from: string;
  let to: string;
  try {
    const days = values.days === undefined ? 7 : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 3660) return usageError('--days must be a whole number of days from 1 to 3660');
    if (values.since !== undefined && (values.date !== undefined || values.days !== undefined)) return usageError('--since is a start date; give it alone, or --date with --days');
    to = values.date !== undefined ? dayOf(dayStart(values.date)) : dayOf(now);
    from = values.since !== undefined ? dayOf(dayStart(values.since)) : dayOf(dayStart(to) - (days - 1) * DAY_MS);
    if (from > to) return usageError(`--since ${from} is after ${to}`);
  } catch (err) {
    return usageError((err as Error).message);
  }
  let rows;
  if (values.api !== undefined) {
    // An embedded database belongs to the server process that has it open; ask that server.
    const res = await callApi(new URL(`/api/report?from=${from}&to=${to}`, values.api || configuredApi(values.config)), values.token);
    if (!res) return 1;
    if (!res.ok) return apiError(res);
    rows = ((await res.json()) as { days: Awaited<ReturnType<typeof import('../report/index.ts').refreshDays>> }).days;
  } else {
    const { config } = loadConfig({ file: values.config });
    const { openPostgres } = await import('../store/index.ts');
    const { refreshDays } = await import('../report/index.ts');
    const pgc = config.storage.postgres;
    const pg = await openPostgres({ url: pgc.url || undefined, dataDir: pgc.data_dir });
    try {
      rows = await refreshDays(pg.pool, from, to, now);
    } finally {
      await pg.close();
    }
  }
  process.stdout.write(values.json ? `${JSON.stringify({ from, to, days: rows })}\n` : reportTable(rows));
  return 0;
}

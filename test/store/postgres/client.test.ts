import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/store/postgres/client.ts';
import type { Logger } from '../../../src/telemetry/logger.ts';
import { migratePostgres } from '../../../src/store/postgres/migrate.ts';
import { freePort, startPostgresServer } from '../../helpers/postgres-server.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function recordingLogger() {
  const warnings: { o: object; msg?: string }[] = [];
  let notify: () => void = () => undefined;
  const logger: Logger = {
    debug: () => undefined,
    error: () => undefined,
    info: () => undefined,
    warn: (o: object | string, msg?: string) => {
      warnings.push({ o: o as object, msg });
      notify();
    },
  };
  const firstWarning = new Promise<void>((resolve) => (notify = resolve));
  return { logger, warnings, firstWarning };
}

describe('openPostgres with a server URL', () => {
  it('rejects with a clear error, password masked, when nothing listens on the port', async () => {
    const port = await freePort();
    const url = `postgresql://homeostat:s3cret-pw@127.0.0.1:${port}/homeostat`;
    const err = await openPostgres({ url, dataDir: '/nonexistent-unused' }).then(
      () => expect.unreachable('openPostgres resolved against a closed port'),
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain(`cannot connect to PostgreSQL at postgresql://homeostat:***@127.0.0.1:${port}/homeostat`);
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).not.toContain('s3cret-pw');
    expect((err.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('survives the server going away: idle connections are logged, pings turn false, queries reject', async () => {
    const server = await startPostgresServer();
    cleanups.push(() => server.stop());
    const { logger, warnings, firstWarning } = recordingLogger();
    const handle = await openPostgres({ url: server.url, dataDir: '/nonexistent-unused', logger });
    cleanups.push(() => handle.close());
    expect(handle.embedded).toBe(false);
    expect(handle.url).toBe(server.url);
    // Leaves an idle pooled connection behind, the one whose 'error' would crash an unguarded process.
    expect(await handle.ping()).toBe(true);
    expect(handle.pool.idleCount).toBe(1);

    await server.stop();
    await firstWarning;
    expect(warnings[0].msg).toMatch(/postgres connection failed/);
    expect(await handle.ping()).toBe(false);
    await expect(handle.pool.query('SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('openPostgres embedded', () => {
  it('keeps data in dataDir across reopening, queues work behind a transaction, and closing twice is safe', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'homeostat-pglite-'));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    // A folder that does not exist yet: openPostgres creates it.
    const dataDir = join(parent, 'nested', 'pg');

    const first = await openPostgres({ dataDir });
    try {
      expect(first.embedded).toBe(true);
      expect(first.url).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
      expect(await first.ping()).toBe(true);
      expect((await migratePostgres(first.pool)).applied.length).toBeGreaterThan(0);
      await first.pool.query(`INSERT INTO self_healing_metrics (metric_name, metric_value) VALUES ('persisted', 1)`);

      // A transaction on the one pooled client, with other work issued meanwhile: the pool makes
      // that work wait its turn instead of interleaving with (or deadlocking on) the transaction.
      const client = await first.pool.connect();
      let outside: Promise<pg.QueryResult<{ n: number }>> | undefined;
      try {
        await client.query('BEGIN');
        await client.query(`INSERT INTO self_healing_metrics (metric_name, metric_value) VALUES ('turn', 1)`);
        outside = first.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM self_healing_metrics WHERE metric_name = 'turn'`);
        await client.query(`INSERT INTO self_healing_metrics (metric_name, metric_value) VALUES ('turn', 2)`);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      expect((await outside!).rows).toEqual([{ n: 2 }]);
    } finally {
      await first.close();
    }
    await first.close();
    expect(await first.ping()).toBe(false);

    const second = await openPostgres({ dataDir });
    try {
      expect((await migratePostgres(second.pool)).applied).toEqual([]);
      const { rows } = await second.pool.query(`SELECT metric_value FROM self_healing_metrics WHERE metric_name = 'persisted'`);
      expect(rows).toEqual([{ metric_value: 1 }]);
    } finally {
      await second.close();
    }
  });
});

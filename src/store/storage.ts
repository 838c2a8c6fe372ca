// Opens both stores and applies their migrations: the infrastructure every stage stands on.
// A ClickHouse server that is down at start does not stop Homeostat: receivers come up and
// answer "retry later" until the server answers and the migrations have run. Embedded
// ClickHouse and Postgres (either kind) must open, or start fails.
import type { ClickHouseClient } from '@clickhouse/client';
import type { Logger } from '../telemetry/index.ts';
import { openClickHouse, type ClickHouseHandle, type ClickHouseOptions } from './clickhouse/client.ts';
import type { DdlOptions } from './clickhouse/ddl.ts';
import { migrateClickHouse } from './clickhouse/migrate.ts';
import { openPostgres, type PostgresHandle } from './postgres/client.ts';
import { migratePostgres } from './postgres/migrate.ts';

export interface StorageOptions {
  clickhouse: ClickHouseOptions;
  ddl: DdlOptions;
  postgres: { url?: string; dataDir: string };
}

export interface Storage {
  clickhouse: ClickHouseHandle;
  postgres: PostgresHandle;
  /** Whether ClickHouse was reachable and migrated at start. */
  clickhouseReady: boolean;
  /** True once ClickHouse answers and is migrated (runs the migrations on the first success). */
  probeClickHouse(): Promise<boolean>;
  /** True when ClickHouse is migrated and answers a ping; never runs migrations (readiness probes). */
  clickHouseReady(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openStorage(o: StorageOptions, logger: Logger): Promise<Storage> {
  const clickhouse = openClickHouse(o.clickhouse);
  const ch: ClickHouseClient = clickhouse.client;
  let migrated = false;
  const migrate = async (): Promise<boolean> => {
    try {
      const r = await migrateClickHouse(ch, o.ddl);
      migrated = true;
      logger.info({ embedded: clickhouse.embedded, applied: r.applied }, 'clickhouse migrations applied; ready');
      return true;
    } catch (err) {
      if (clickhouse.embedded) throw err;
      logger.warn({ err }, 'clickhouse not reachable; receivers answer "retry later" until it is');
      return false;
    }
  };
  let postgres: PostgresHandle | undefined;
  // Both at once: the embedded Postgres opens in a worker thread (a fresh one takes seconds to
  // create) while ClickHouse migrates on this one.
  const opening = openPostgres({ url: o.postgres.url || undefined, dataDir: o.postgres.dataDir, logger }).then((h) => (postgres = h));
  opening.catch(() => undefined);
  try {
    const clickhouseReady = await migrate();
    const pg = await opening;
    const applied = await migratePostgres(pg.pool);
    logger.info({ embedded: pg.embedded, applied: applied.applied }, 'postgres migrations applied; ready');
    return {
      clickhouse,
      postgres: pg,
      clickhouseReady,
      probeClickHouse: async () => (migrated || (await migrate())) && (await ch.ping()).success,
      clickHouseReady: async () => migrated && (await ch.ping()).success,
      async close() {
        await pg.close();
        await clickhouse.close();
      },
    };
  } catch (err) {
    await opening.catch(() => undefined);
    await postgres?.close().catch(() => undefined);
    await clickhouse.close().catch(() => undefined);
    throw err;
  }
}

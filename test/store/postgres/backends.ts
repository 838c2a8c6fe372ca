// The two ways Homeostat reaches Postgres, behind one shape, so every schema test runs on both and
// the embedded database cannot drift from the real one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgres, type PostgresHandle } from '../../../src/store/postgres/client.ts';
import { startPostgresServer } from '../../helpers/postgres-server.ts';

export interface OpenBackend {
  handle: PostgresHandle;
  /** An independent pool on the same database, standing in for a second replica. */
  otherPool(): pg.Pool;
  dispose(): Promise<void>;
}

export interface Backend {
  name: string;
  open(): Promise<OpenBackend>;
}

function tracked(handle: PostgresHandle, config: pg.PoolConfig, max: number, cleanup: () => Promise<void>): OpenBackend {
  const pools: pg.Pool[] = [];
  return {
    handle,
    otherPool() {
      const pool = new pg.Pool({ ssl: false, ...config, max });
      pool.on('error', () => undefined);
      pools.push(pool);
      return pool;
    },
    async dispose() {
      await Promise.all(pools.map((p) => p.end()));
      await handle.close();
      await cleanup();
    },
  };
}

export const BACKENDS: Backend[] = [
  {
    name: 'embedded PGlite',
    async open() {
      const dataDir = await mkdtemp(join(tmpdir(), 'homeostat-pglite-'));
      const handle = await openPostgres({ dataDir });
      // In-process only (no socket exists); one connection per pool, as openPostgres does for itself.
      return tracked(handle, handle.clientConfig!, 1, () => rm(dataDir, { recursive: true, force: true }));
    },
  },
  {
    name: 'PostgreSQL 15 server',
    async open() {
      const server = await startPostgresServer();
      try {
        const handle = await openPostgres({ url: server.url, dataDir: '/nonexistent-unused' });
        return tracked(handle, { connectionString: server.url }, 2, () => server.stop());
      } catch (err) {
        await server.stop();
        throw err;
      }
    },
  },
];

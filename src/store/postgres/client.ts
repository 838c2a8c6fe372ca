import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Socket } from 'node:net';
import pg from 'pg';
import type { Logger } from '../../telemetry/index.ts';
import { inProcessBackend, workerBackend, WorkerStartError, type PgliteBackend } from './pglite-backend.ts';
import { PgliteBridge } from './pglite-bridge.ts';
import { redactUrlCredentials } from '../../config/index.ts';

export interface OpenPostgresOptions {
  /**
   * A PostgreSQL URL; when absent or empty, an embedded PGlite database in `dataDir` is opened in
   * this process, reachable only through the returned pool (no port, no socket file).
   */
  url?: string;
  dataDir: string;
  /** With a URL: the pool size (default 10). Embedded: unused, see EMBEDDED_POOL_MAX. */
  maxConnections?: number;
  logger?: Logger;
}

export interface PostgresHandle {
  pool: pg.Pool;
  embedded: boolean;
  /** Where the pool points, with any password masked: safe for logs. */
  url: string;
  /** True when a trivial query succeeds; never rejects. */
  ping(): Promise<boolean>;
  /**
   * Embedded only: the settings for another pool on the same in-process database (a second pool
   * stands in for a second replica in tests). There is no address another process could use.
   */
  clientConfig?: pg.PoolConfig;
  /** Ends the pool (and the embedded database); later calls return the same promise. */
  close(): Promise<void>;
}

// PGlite is a single backend: the bridge takes turns between connections, so more than one would
// only queue. One pooled connection is all the throughput a single WASM backend has to offer.
const EMBEDDED_POOL_MAX = 1;
// Shown where a server URL would be; there is nothing to connect to from outside.
const EMBEDDED_URL = 'pglite:in-process';
const SERVER_POOL_MAX = 10;
// An unreachable host must fail the caller (who retries) instead of hanging it.
const CONNECT_TIMEOUT_MS = 10_000;

export async function openPostgres(opts: OpenPostgresOptions): Promise<PostgresHandle> {
  return opts.url ? openServer(opts.url, opts) : openEmbedded(opts);
}

async function openServer(url: string, opts: OpenPostgresOptions): Promise<PostgresHandle> {
  const safeUrl = redactUrlCredentials(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.maxConnections ?? SERVER_POOL_MAX,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  guardPool(pool, safeUrl, opts.logger);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot connect to PostgreSQL at ${safeUrl}: ${errorMessage(err)}`, { cause: err });
  }
  opts.logger?.info({ url: safeUrl, embedded: false }, 'postgres connected');
  return makeHandle(pool, false, safeUrl, async () => {
    await pool.end();
  });
}

/**
 * PGlite is a database inside one process: a second process opening the same directory (say
 * `audit verify` while the server runs) would corrupt it. The first holds a lock file beside the
 * directory naming its pid; a live holder is refused with what to do instead, a dead one's lock
 * is taken over.
 */
export function lockEmbedded(dataDir: string): () => void {
  const file = `${resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder > 0 && holder !== process.pid && alive(holder)) {
        throw new Error(`the embedded PostgreSQL in ${dataDir} is open in a running Homeostat (pid ${holder}); ask that server instead (e.g. \`homeostat audit verify --api\`) or stop it first`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openEmbedded(opts: OpenPostgresOptions): Promise<PostgresHandle> {
  mkdirSync(opts.dataDir, { recursive: true });
  const unlock = lockEmbedded(opts.dataDir);
  let db: PgliteBackend;
  try {
    db = await openBackend(opts);
  } catch (err) {
    unlock();
    throw err;
  }
  const bridge = new PgliteBridge(db);
  // No host or port: the stream factory is the whole way in (see pglite-bridge.ts).
  const clientConfig: pg.PoolConfig = { stream: () => bridge.connect() as unknown as Socket, user: 'postgres', database: 'postgres', ssl: false };
  const pool = new pg.Pool({
    ...clientConfig,
    max: EMBEDDED_POOL_MAX,
    idleTimeoutMillis: 0,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  guardPool(pool, EMBEDDED_URL, opts.logger);
  opts.logger?.info({ url: EMBEDDED_URL, embedded: true, dataDir: opts.dataDir }, 'embedded postgres (PGlite) opened in-process, no listening socket');
  return makeHandle(pool, true, EMBEDDED_URL, async () => {
    try {
      await pool.end();
    } finally {
      await db.close().finally(unlock);
    }
  }, clientConfig);
}

/**
 * In a worker thread (pglite-backend.ts), so neither creating the database nor any query holds
 * the event loop; on this thread only when no worker can be started.
 */
async function openBackend(opts: OpenPostgresOptions): Promise<PgliteBackend> {
  let worker: PgliteBackend;
  try {
    worker = await workerBackend(opts.dataDir);
  } catch (err) {
    if (!(err instanceof WorkerStartError)) throw err;
    opts.logger?.warn({ err: err.cause }, 'embedded postgres: no worker thread could be started; running PGlite on the main thread');
    // Loaded only here: on this thread its 0.3 s of module set-up would be one more stall.
    const { PGlite } = await import('@electric-sql/pglite');
    return inProcessBackend(await PGlite.create({ dataDir: opts.dataDir }));
  }
  return worker;
}

function makeHandle(pool: pg.Pool, embedded: boolean, url: string, shutdown: () => Promise<void>, clientConfig?: pg.PoolConfig): PostgresHandle {
  let closing: Promise<void> | undefined;
  return {
    pool,
    embedded,
    url,
    clientConfig,
    async ping() {
      if (closing) return false;
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}

// A server restart or network drop makes idle clients emit 'error'; with no listener Node would
// kill the process. Queries in flight still reject, which is what callers act on.
function guardPool(pool: pg.Pool, url: string, logger: Logger | undefined): void {
  pool.on('error', (err) => logger?.warn({ err, url }, 'idle postgres connection failed'));
  pool.on('connect', (client) => {
    client.on('error', (err) => logger?.warn({ err, url }, 'postgres connection failed'));
  });
}

function errorMessage(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length) return err.errors.map(errorMessage).join('; ');
  return err instanceof Error ? err.message || err.name : String(err);
}

import type { Logger } from '../../telemetry/index.ts';
import { mkdirSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { redactUrlCredentials } from '../../config/index.ts';

export interface OpenPostgresOptions {
  /** A PostgreSQL URL; when absent or empty, an embedded PGlite database in `dataDir` is served instead. */
  url?: string;
  dataDir: string;
  /**
   * With a URL: the pool size (default 10). Embedded: how many sockets the PGlite server accepts
   * (default 4); our own pool still uses one, see EMBEDDED_POOL_MAX.
   */
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
  /** Ends the pool (and the embedded server and database); later calls return the same promise. */
  close(): Promise<void>;
}

// PGlite is a single backend behind a multiplexer. It only keeps another connection's messages
// out while an explicit transaction is open; outside one, the Parse/Bind/Execute messages of two
// parameterised queries on different sockets can interleave and bind to each other's statement.
// One pooled connection serialises everything in-process, which is also all the throughput a
// single WASM backend has to offer.
const EMBEDDED_POOL_MAX = 1;
// Spare sockets beyond our pool: a second process (a CLI, psql, another runner) can still attach,
// and a socket the server has not yet noticed closing does not block its replacement.
const EMBEDDED_SOCKET_MAX = 4;
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

async function openEmbedded(opts: OpenPostgresOptions): Promise<PostgresHandle> {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: opts.dataDir });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: opts.maxConnections ?? EMBEDDED_SOCKET_MAX,
  });
  try {
    await server.start();
  } catch (err) {
    await db.close().catch(() => undefined);
    throw new Error(`cannot start the embedded PostgreSQL socket server: ${errorMessage(err)}`, { cause: err });
  }
  const [host, port] = splitHostPort(server.getServerConn());
  const url = `postgresql://postgres@${host}:${port}/postgres`;
  // Explicit fields rather than the URL, so PGSSLMODE or PGHOST in the environment cannot redirect it.
  const pool = new pg.Pool({
    host,
    port,
    user: 'postgres',
    database: 'postgres',
    ssl: false,
    max: EMBEDDED_POOL_MAX,
    // Keeping the one connection avoids reconnect churn against a small socket limit.
    idleTimeoutMillis: 0,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  guardPool(pool, url, opts.logger);
  opts.logger?.info({ url, embedded: true, dataDir: opts.dataDir }, 'embedded postgres (PGlite) started');
  return makeHandle(pool, true, url, async () => {
    try {
      await pool.end();
    } finally {
      try {
        await server.stop();
        // The server detaches its sockets without awaiting; let those settle before the database goes.
        await nextTurn();
      } finally {
        await db.close();
      }
    }
  });
}

function makeHandle(pool: pg.Pool, embedded: boolean, url: string, shutdown: () => Promise<void>): PostgresHandle {
  let closing: Promise<void> | undefined;
  return {
    pool,
    embedded,
    url,
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

function splitHostPort(conn: string): [string, number] {
  const i = conn.lastIndexOf(':');
  const port = Number(conn.slice(i + 1));
  if (i < 0 || !Number.isInteger(port) || port <= 0) throw new Error(`unexpected PGlite server address ${conn}`);
  return [conn.slice(0, i), port];
}

function errorMessage(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length) return err.errors.map(errorMessage).join('; ');
  return err instanceof Error ? err.message || err.name : String(err);
}

import type pg from 'pg';
import { POSTGRES_MIGRATIONS_DIR, readPostgresMigrations, type PostgresMigration } from './migrations-dir.ts';

const VERSION_TABLE = 'homeostat_schema_migrations';
// Fixed so every replica contends for the same lock: the ASCII bytes of "Homeosta" as a bigint.
const LOCK_KEY = '5219510775574656097';

export interface MigrateResult {
  /** File names applied by this call, in order; empty when the schema was already current. */
  applied: string[];
  /** The newest version recorded in the database ('' when none). */
  current: string;
}

/**
 * Applies the pending numbered migrations, each in its own transaction, on one dedicated
 * connection that holds a session advisory lock so replicas starting together take turns.
 *
 * PGlite runs every socket on one backend session, so there the advisory lock never blocks; what
 * serialises runners is that an open transaction holds off all other sockets. Each transaction
 * therefore checks again whether its version was recorded meanwhile. Only simple (unparameterised)
 * queries run outside transactions, because PGlite's multiplexer can interleave the messages of
 * parameterised ones from different sockets.
 */
export async function migratePostgres(pool: pg.Pool, dir: string = POSTGRES_MIGRATIONS_DIR): Promise<MigrateResult> {
  const files = readPostgresMigrations(dir);
  const client = await pool.connect();
  // Errors reach us through the failing query; an unhandled 'error' event would crash the process.
  const swallow = () => undefined;
  client.on('error', swallow);
  let lost = false;
  try {
    await client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    try {
      return await migrateLocked(client, files);
    } finally {
      try {
        await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
      } catch {
        // The connection is gone, and a session lock goes with it on a real server.
        lost = true;
      }
    }
  } finally {
    client.off('error', swallow);
    client.release(lost);
  }
}

async function migrateLocked(client: pg.PoolClient, files: PostgresMigration[]): Promise<MigrateResult> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${VERSION_TABLE} (
       version    text PRIMARY KEY,
       name       text NOT NULL,
       checksum   text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const done = await recorded(client);
  // Verify everything first so a tampered file stops the run before anything new is applied.
  for (const f of files) {
    const seen = done.get(f.version);
    if (seen !== undefined) assertUnchanged(f, seen);
  }
  const applied: string[] = [];
  for (const f of files) {
    if (done.has(f.version)) continue;
    if (await applyOne(client, f)) applied.push(f.name);
  }
  // Versions recorded by a newer release but absent from `dir` are left alone: an older replica
  // restarting during a rolling upgrade must still come up.
  const { rows } = await client.query<{ version: string }>(
    `SELECT version FROM ${VERSION_TABLE} ORDER BY version DESC LIMIT 1`,
  );
  return { applied, current: rows[0]?.version ?? '' };
}

async function recorded(client: pg.PoolClient): Promise<Map<string, string>> {
  const { rows } = await client.query<{ version: string; checksum: string }>(
    `SELECT version, checksum FROM ${VERSION_TABLE}`,
  );
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

/** Returns false when another runner recorded the version after we first looked. */
async function applyOne(client: pg.PoolClient, f: PostgresMigration): Promise<boolean> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ checksum: string }>(
      `SELECT checksum FROM ${VERSION_TABLE} WHERE version = $1`,
      [f.version],
    );
    if (rows.length > 0) {
      assertUnchanged(f, rows[0].checksum);
      await client.query('COMMIT');
      return false;
    }
    try {
      await client.query(f.sql);
    } catch (err) {
      throw new Error(`PostgreSQL migration ${f.name} failed: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    await client.query(`INSERT INTO ${VERSION_TABLE} (version, name, checksum) VALUES ($1, $2, $3)`, [
      f.version,
      f.name,
      f.checksum,
    ]);
    await client.query('COMMIT');
    return true;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

function assertUnchanged(f: PostgresMigration, recordedChecksum: string): void {
  if (recordedChecksum !== f.checksum) {
    throw new Error(
      `PostgreSQL migration ${f.name} was changed after it was applied (checksum mismatch); ` +
        'restore the original file and put the change in a new migration',
    );
  }
}

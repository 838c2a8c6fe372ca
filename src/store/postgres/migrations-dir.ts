import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const POSTGRES_MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/postgres/', import.meta.url));

export interface PostgresMigration {
  /** The four-digit prefix; it is the key in homeostat_schema_migrations. */
  version: string;
  /** The file name, used in messages. */
  name: string;
  sql: string;
  checksum: string;
}

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

/**
 * The numbered files of `dir` in order. A `.sql` file that does not follow NNNN_name.sql, or two
 * files sharing a number, is an error: silently skipping or picking one would leave replicas
 * with different schemas.
 */
export function readPostgresMigrations(dir: string): PostgresMigration[] {
  const out: PostgresMigration[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    const m = FILE_NAME.exec(name);
    if (!m) throw new Error(`PostgreSQL migration file ${name} in ${dir} is not named NNNN_name.sql`);
    const version = m[1];
    const twin = out.find((o) => o.version === version);
    if (twin) throw new Error(`PostgreSQL migrations ${twin.name} and ${name} share version ${version}`);
    const sql = readFileSync(join(dir, name), 'utf8');
    out.push({ version, name, sql, checksum: checksumOf(sql) });
  }
  return out;
}

// Line endings are normalised first so a checkout with CRLF conversion is not mistaken for an edit.
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

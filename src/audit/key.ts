// Where the checkpoint key comes from. It must never be in the database the checkpoints guard:
// configured (audit.checkpoint_key, normally `${env:HOMEOSTAT_AUDIT_KEY}`), or read from a key
// file outside the database. With embedded Postgres and no key, one is generated on first start
// into a file next to the data directory (mode 0600). With a server database and no key there is
// no safe local default (each replica would invent its own), so checkpoints are off and a
// warning says so.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface AuditKeyLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
}

export interface AuditKeyOptions {
  /** audit.checkpoint_key; '' when not configured. */
  key: string;
  /** audit.key_file; '' for the default (embedded only). */
  keyFile: string;
  /** storage.postgres.data_dir */
  dataDir: string;
  /** True when Postgres is embedded PGlite. */
  embedded: boolean;
  /** Generate the key file when it is missing (the server does; a read-only verify does not). */
  create: boolean;
  logger?: AuditKeyLogger;
}

export type AuditKeySource = 'config' | 'file' | 'generated';

/** The key file and checkpoint file beside (never inside) the Postgres data directory. */
export function defaultAuditPaths(dataDir: string): { keyFile: string; checkpointFile: string } {
  const base = resolve(dataDir);
  return { keyFile: `${base}.audit-key`, checkpointFile: `${base}.audit-checkpoint.json` };
}

/** The key, or null when checkpoints are off (logged). */
export function resolveAuditKey(opts: AuditKeyOptions): { key: Buffer; source: AuditKeySource; file?: string } | null {
  if (opts.key) return { key: Buffer.from(opts.key, 'utf8'), source: 'config' };
  const file = opts.keyFile ? resolve(opts.keyFile) : opts.embedded ? defaultAuditPaths(opts.dataDir).keyFile : '';
  if (!file) {
    opts.logger?.warn(
      { setting: 'audit.checkpoint_key', env: 'HOMEOSTAT_AUDIT_KEY' },
      'audit checkpoints disabled: no key for a server database; the hash chain is still verified, but deleting its tail or rewriting it cannot be detected',
    );
    return null;
  }
  const existing = readKeyFile(file, opts.logger);
  if (existing) return { key: existing, source: 'file', file };
  if (!opts.create) return null;
  mkdirSync(dirname(file), { recursive: true });
  // 'wx': two processes starting together cannot both write (and then use) different keys.
  try {
    writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const raced = readKeyFile(file, opts.logger);
    if (raced) return { key: raced, source: 'file', file };
    throw err;
  }
  opts.logger?.info({ file }, 'generated the audit checkpoint key (keep it, and keep it out of the database and its backups)');
  return { key: readKeyFile(file, opts.logger)!, source: 'generated', file };
}

function readKeyFile(file: string, logger: AuditKeyLogger | undefined): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read the audit key file ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (text.length < 16) throw new Error(`audit key file ${file} holds fewer than 16 characters`);
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) {
    chmodSync(file, 0o600);
    logger?.warn({ file, mode: mode.toString(8) }, 'audit key file was readable by others; set to 0600');
  }
  return Buffer.from(text, 'utf8');
}

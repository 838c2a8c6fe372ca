// Audit settings (mapped from the config in src/options.ts) → checkpoint options: the key (see
// key.ts), the checkpoint file and the cadence.
import type { AuditCheckpointOptions } from './checkpoints.ts';
import { defaultAuditPaths, resolveAuditKey, type AuditKeyLogger } from './key.ts';

export interface AuditSettings {
  /** audit.checkpoint_key ('' when unset). */
  checkpointKey: string;
  /** audit.key_file ('' for the default next to the Postgres data directory). */
  keyFile: string;
  /** audit.checkpoint_file ('' for the default). */
  checkpointFile: string;
  everyRows: number;
  intervalMs: number;
  /** storage.postgres.data_dir: the default key and checkpoint files sit next to it. */
  postgresDataDir: string;
}

export function auditCheckpointOptions(a: AuditSettings, ctx: { embedded: boolean; create: boolean; logger?: AuditKeyLogger }): AuditCheckpointOptions {
  const dataDir = a.postgresDataDir;
  const resolved = resolveAuditKey({ key: a.checkpointKey, keyFile: a.keyFile, dataDir, embedded: ctx.embedded, create: ctx.create, logger: ctx.logger });
  return {
    key: resolved?.key ?? null,
    file: a.checkpointFile || defaultAuditPaths(dataDir).checkpointFile,
    everyRows: a.everyRows,
    intervalMs: a.intervalMs,
  };
}

// Config → checkpoint options: the key (see key.ts), the checkpoint file and the cadence.
import type { Config } from '../config/index.ts';
import { parseDurationMs } from '../detect/series-keys.ts';
import type { AuditCheckpointOptions } from './checkpoints.ts';
import { defaultAuditPaths, resolveAuditKey, type AuditKeyLogger } from './key.ts';

export function auditCheckpointOptions(config: Config, ctx: { embedded: boolean; create: boolean; logger?: AuditKeyLogger }): AuditCheckpointOptions {
  const a = config.audit;
  const dataDir = config.storage.postgres.data_dir;
  const resolved = resolveAuditKey({ key: a.checkpoint_key, keyFile: a.key_file, dataDir, embedded: ctx.embedded, create: ctx.create, logger: ctx.logger });
  return {
    key: resolved?.key ?? null,
    file: a.checkpoint_file || defaultAuditPaths(dataDir).checkpointFile,
    everyRows: a.checkpoint_every_rows,
    intervalMs: parseDurationMs(a.checkpoint_interval),
  };
}

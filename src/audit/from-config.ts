// Config → checkpoint options: the key (see key.ts), the checkpoint file and the cadence.
import type { Config } from '../config/index.ts';
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
    intervalMs: durationMs(a.checkpoint_interval),
  };
}

// Local rather than detect's parser: that module pulls in the OTel SDK, seconds of start-up for
// `homeostat audit verify`. The schema has already checked the form.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
function durationMs(d: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

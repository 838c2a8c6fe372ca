// The audit folder's public API: the audit stage, the hash-chained trail, its keyed checkpoints
// and verification.
import { AuditStage, type AuditStageDeps } from './stage.ts';

export { AuditStage, type AuditStageDeps } from './stage.ts';
export { AuditTrail, AUDIT_LOCK_KEY, entryHash, type AuditEntry, type StoredAuditRow } from './trail.ts';
export { CheckpointStore, checkpointMac, type Checkpoint, type LatestCheckpoint } from './checkpoint.ts';
export { createAuditCheckpoints, type AuditCheckpoints, type AuditCheckpointOptions, type AuditCheckpointDeps, type CheckpointOutcome } from './checkpoints.ts';
export { defaultAuditPaths, resolveAuditKey, type AuditKeyOptions, type AuditKeySource } from './key.ts';
export { AuditVerifier, verifyAuditTrail, type BrokenReason, type VerifyOptions, type VerifyResult, type VerifyScope } from './verify.ts';
export { auditCheckpointOptions, type AuditSettings } from './from-config.ts';

export function createAuditStage(deps: AuditStageDeps): AuditStage {
  return new AuditStage(deps);
}

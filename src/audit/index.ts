// The audit folder's public API: the hash-chained trail, its keyed checkpoints and verification.
export { canonicalize, canonicalJson } from './canonical.ts';
export { AuditTrail, AUDIT_LOCK_KEY, entryHash, type AuditEntry, type StoredAuditRow } from './trail.ts';
export { CheckpointStore, checkpointMac, type Checkpoint, type LatestCheckpoint } from './checkpoint.ts';
export { createAuditCheckpoints, type AuditCheckpoints, type AuditCheckpointOptions, type AuditCheckpointDeps, type CheckpointOutcome, type Stage } from './checkpoints.ts';
export { defaultAuditPaths, resolveAuditKey, type AuditKeyOptions, type AuditKeySource } from './key.ts';
export { AuditVerifier, verifyAuditTrail, type BrokenReason, type VerifyOptions, type VerifyResult, type VerifyScope } from './verify.ts';
export { auditCheckpointOptions } from './from-config.ts';

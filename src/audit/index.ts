import { AuditStage, type AuditStageDeps } from './stage.ts';

export { AuditStage, type AuditStageDeps } from './stage.ts';
export { AuditTrail, AUDIT_LOCK_KEY, entryHash, type AuditEntry, type StoredAuditRow } from './trail.ts';
export * from './verify.ts';

export function createAuditStage(deps: AuditStageDeps): AuditStage {
  return new AuditStage(deps);
}

// The recover stage's settings, mapped from self_healing.recovery (and the learning threshold)
// in src/options.ts.
import type { LearningOptions } from './learning.ts';

export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface RiskLevelPolicy {
  /** Actions of this risk level may run at all (self_healing.recovery.<level>_risk.enabled; CRITICAL follows HIGH). */
  enabled: boolean;
  /** Run without waiting for a person once allowed. */
  autoExecute: boolean;
  requireApproval: boolean;
  /** null: no daily limit. */
  maxDailyExecutions: number | null;
}

export interface RecoveryOptions {
  enabled: boolean;
  maxConcurrent: number;
  timeoutMs: number;
  rollbackOnFailure: boolean;
  dryRun: boolean;
  riskLevels: Record<RiskLevel, RiskLevelPolicy>;
  /** Path of the recovery catalog YAML; '' for the built-in actions alone (bound to nothing). */
  catalogFile: string;
  cooldownMs: number;
  approvalTimeoutMs: number;
  commandAllowlist: string[];
  /** learning.confidence_threshold: a diagnosis below it needs approval for any action. */
  confidenceThreshold: number;
  /** Choosing among candidates by their record (Thompson sampling); absent: the catalog's order alone. */
  learning?: LearningOptions;
}


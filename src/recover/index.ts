// The recover folder's public API: the recover stage (catalog, policy, executors, the persisted
// state machine) and what the API and CLI need to list and decide executions.
import { RecoverStage, type RecoverStageDeps, type RecoverStageOptions } from './stage.ts';

export { RecoverStage, ApprovalError, type RecoverStageDeps, type RecoverStageOptions } from './stage.ts';
export type { RecoveryOptions, RiskLevel, RiskLevelPolicy } from './options.ts';
export { ExecutionStore, type ExecutionRow, type ExecutionContext } from './executions.ts';
export {
  BUILTIN_ACTIONS,
  DEFAULT_SCENARIOS,
  CatalogError,
  builtinCatalog,
  candidateActions,
  loadCatalogFile,
  parseCatalog,
  type ActionDef,
  type Catalog,
  type CatalogLoadOptions,
  type Scenario,
} from './catalog.ts';

export function createRecoverStage(options: RecoverStageOptions, deps: RecoverStageDeps): RecoverStage {
  return new RecoverStage(options, deps);
}

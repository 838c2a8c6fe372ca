// Diagnosis: each opened or updated incident gets a category, a root cause, an impact and an
// explanation, published as diagnosis.made.
import { DiagnoseStage, type DiagnoseStageDeps, type DiagnoseStageOptions } from './stage.ts';

export { DiagnoseStage, DEFAULT_DIAGNOSE, type DiagnoseStageDeps, type DiagnoseStageOptions, type LearningOptions } from './stage.ts';
export { DEFAULT_WINDOWS, diagnoseEvent, type EngineWindows } from './engine.ts';
export { loadRules, type CompiledRule } from './rules/index.ts';
export type { TrainOutcome } from './classifier-trainer.ts';

export function createDiagnoseStage(options: DiagnoseStageOptions, deps: DiagnoseStageDeps): DiagnoseStage {
  return new DiagnoseStage(options, deps);
}

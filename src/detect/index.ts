// Detection: series from stored records, scored per step, incidents published on the event topics.
import { DetectStage, type DetectStageDeps, type DetectStageOptions } from './stage.ts';

export { DetectStage, DEFAULT_ROLLUP_WRITER, type DetectStageDeps, type DetectStageOptions } from './stage.ts';
export { DEFAULT_ENGINE, type EngineOptions } from './engine.ts';
export { SEED_THRESHOLDS, thresholdConfig } from './threshold-config.ts';
export { detectCsv } from './offline/csv-command.ts';

export function createDetectStage(options: DetectStageOptions, deps: DetectStageDeps): DetectStage {
  return new DetectStage(options, deps);
}

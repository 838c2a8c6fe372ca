// Public surface of the template miner.
export { TemplateMiner } from './miner.ts';
export { patternSignature } from './signature.ts';
export { assignEventIds, eventId, type EventAssignment } from './event-ids.ts';
export { patternsCommand } from './cli-command.ts';
export { DEFAULT_OPTIONS, DEFAULT_MASKING, DEFAULT_RATE, type MinerOptions, type MinerOptionsInput, type MaskingOptions, type RateOptions } from './options.ts';
export { WILDCARD } from './mask.ts';
export type { AddResult, TemplateInfo, RateInfo, PatternEvent } from './types.ts';

// Public surface of the diagnosis rules engine.
export { CATEGORIES, type AssignedCategory, type Category } from './categories.ts';
export { evaluateRules, type RuleDiagnosis, type RuleMatch } from './engine.ts';
export { RulesFileError } from './errors.ts';
export { attributesFrom, type DiagnosisInput } from './input.ts';
export { DEFAULT_RULES_PATH, loadDefaultRuleSet, loadRules, loadRulesFile, type LoadRulesOptions } from './load.ts';
export { mergeRuleSets } from './merge.ts';
export { parseRules } from './parse.ts';
export type { CompiledRule, RuleSet } from './rule.ts';

import { evaluateRules, loadRules, type DiagnosisInput, type RuleDiagnosis } from '../../../src/diagnose/rules/index.ts';

export function input(partial: Partial<DiagnosisInput> = {}): DiagnosisInput {
  return { message: '', attributes: {}, metrics: {}, ...partial };
}

const defaults = loadRules();

export function diagnose(partial: Partial<DiagnosisInput>): RuleDiagnosis {
  return evaluateRules(defaults, input(partial));
}

export function defaultRuleIds(): string[] {
  return defaults.map((r) => r.id);
}

// Runs every rule against one input and ranks the matches: highest confidence first, then
// highest priority, then file order. The best match becomes the diagnosis; the rest stay
// attached so a caller can show alternatives.

import { createEvalContext, type Evidence } from '../expr/index.ts';
import type { AssignedCategory, Category } from './categories.ts';
import type { DiagnosisInput } from './input.ts';
import type { CompiledRule } from './rule.ts';

export interface RuleMatch {
  ruleId: string;
  description: string;
  category: AssignedCategory;
  probableCauses: string[];
  confidence: number;
  recommendedActions: string[];
  priority: number;
  /** The rule's `when`, whitespace collapsed. */
  condition: string;
  evidence: Evidence[];
  explanation: string;
}

export interface RuleDiagnosis {
  ruleId: string | null;
  category: Category;
  probableCauses: string[];
  confidence: number;
  recommendedActions: string[];
  condition: string | null;
  evidence: Evidence[];
  explanation: string;
  /** Every matching rule, best first; empty when nothing matched. */
  matches: RuleMatch[];
}

const EMPTY_INPUT: DiagnosisInput = { message: '', attributes: {}, metrics: {} };

export function evaluateRules(rules: readonly CompiledRule[], input: DiagnosisInput): RuleDiagnosis {
  const ctx = createEvalContext(input !== null && typeof input === 'object' ? input : EMPTY_INPUT);
  const ranked: { match: RuleMatch; order: number }[] = [];
  rules.forEach((rule, order) => {
    const evidence: Evidence[] = [];
    let hit = false;
    try {
      hit = rule.condition.evaluate(ctx, evidence);
    } catch {
      // Evaluation is total by construction; this only guards against exotic inputs
      // (throwing getters, proxies) so one bad record cannot stop diagnosis.
      hit = false;
    }
    if (hit) ranked.push({ match: toMatch(rule, evidence), order });
  });
  ranked.sort(
    (a, b) =>
      b.match.confidence - a.match.confidence || b.match.priority - a.match.priority || a.order - b.order,
  );
  const matches = ranked.map((r) => r.match);
  const best = matches[0];
  if (!best) {
    return {
      ruleId: null,
      category: 'UNKNOWN',
      probableCauses: [],
      confidence: 0,
      recommendedActions: [],
      condition: null,
      evidence: [],
      explanation: 'no rule matched',
      matches: [],
    };
  }
  return {
    ruleId: best.ruleId,
    category: best.category,
    probableCauses: best.probableCauses,
    confidence: best.confidence,
    recommendedActions: best.recommendedActions,
    condition: best.condition,
    evidence: best.evidence,
    explanation: best.explanation,
    matches,
  };
}

function toMatch(rule: CompiledRule, evidence: Evidence[]): RuleMatch {
  const condition = rule.when.replace(/\s+/g, ' ');
  return {
    ruleId: rule.id,
    description: rule.description,
    category: rule.category,
    probableCauses: [...rule.probableCauses],
    confidence: rule.confidence,
    recommendedActions: [...rule.recommendedActions],
    priority: rule.priority,
    condition,
    evidence,
    explanation: explain(rule, condition, evidence),
  };
}

function explain(rule: CompiledRule, condition: string, evidence: Evidence[]): string {
  const head = `rule "${rule.id}" (${rule.category}, confidence ${rule.confidence}) matched: when \`${condition}\``;
  if (evidence.length === 0) return head;
  const facts = evidence.map(
    (e) => `${e.path} = ${e.value === null ? '(absent)' : JSON.stringify(e.value)} [${e.test.replace(/\s+/g, ' ')}]`,
  );
  return `${head}; evidence: ${facts.join('; ')}`;
}

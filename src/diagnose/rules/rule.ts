// A rule after validation and compilation: what the engine evaluates.

import type { CompiledExpression } from '../expr/index.ts';
import type { AssignedCategory } from './categories.ts';

export interface CompiledRule {
  id: string;
  description: string;
  /** The condition as written, kept for explanations. */
  when: string;
  category: AssignedCategory;
  probableCauses: string[];
  confidence: number;
  recommendedActions: string[];
  priority: number;
  enabled: boolean;
  /** Where the rule came from, for messages: file name and 0-based position in `rules`. */
  origin: { file: string; index: number };
  condition: CompiledExpression;
}

export interface RuleSet {
  file: string;
  rules: CompiledRule[];
  /** Rule ids this file switches off. */
  disable: string[];
}

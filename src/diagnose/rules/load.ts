// Entry points for getting the active rule list: shipped defaults, optionally layered
// with an operator's file.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RulesFileError } from './errors.ts';
import { mergeRuleSets } from './merge.ts';
import { parseRules } from './parse.ts';
import type { CompiledRule, RuleSet } from './rule.ts';

export const DEFAULT_RULES_PATH = fileURLToPath(new URL('../default-rules.yaml', import.meta.url));

export function loadRulesFile(path: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RulesFileError(path, [`${path}: cannot read: ${(err as Error).message}`]);
  }
  return parseRules(text, path);
}

let defaults: RuleSet | undefined;

/** The shipped defaults, parsed once per process. */
export function loadDefaultRuleSet(): RuleSet {
  defaults ??= loadRulesFile(DEFAULT_RULES_PATH);
  return defaults;
}

export interface LoadRulesOptions {
  /** Operator rules file layered over the defaults. */
  userRulesPath?: string;
  /** Skip the shipped defaults entirely (tests, or operators who want full control). */
  withoutDefaults?: boolean;
}

export function loadRules(options: LoadRulesOptions = {}): CompiledRule[] {
  const layers: RuleSet[] = [];
  if (!options.withoutDefaults) layers.push(loadDefaultRuleSet());
  if (options.userRulesPath !== undefined) layers.push(loadRulesFile(options.userRulesPath));
  return mergeRuleSets(...layers);
}

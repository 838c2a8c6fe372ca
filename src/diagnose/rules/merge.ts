// Layers a user rules file over the shipped defaults: a user rule with a default's id
// replaces it in place (keeping its position as the last tie-breaker), new ids are appended,
// and `disable` switches rules off. Disabling an id that does not exist is an error because
// it is almost always a typo that would leave the unwanted rule running.

import { RulesFileError } from './errors.ts';
import type { CompiledRule, RuleSet } from './rule.ts';

export function mergeRuleSets(...layers: RuleSet[]): CompiledRule[] {
  const byId = new Map<string, CompiledRule>();
  const disabled = new Set<string>();
  for (const layer of layers) {
    for (const rule of layer.rules) byId.set(rule.id, rule);
    const unknown = layer.disable.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw new RulesFileError(
        layer.file,
        unknown.map((id) => `${layer.file}: disable: unknown rule id "${id}"`),
      );
    }
    for (const id of layer.disable) disabled.add(id);
  }
  // Map iteration keeps first-insertion order, so an override sits where the default was.
  return [...byId.values()].filter((r) => r.enabled && !disabled.has(r.id));
}

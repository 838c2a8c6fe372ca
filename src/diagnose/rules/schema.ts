// Shape of a rules file. Objects are strict so a misspelt key (`confidance`) is an error
// rather than a silently ignored field.

import { z } from 'zod';
import { CATEGORIES } from './categories.ts';

const name = (what: string) =>
  z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, `${what} must be snake_case (lowercase letters, digits, '_')`)
    .max(80);

export const RuleSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "id must start with a letter or digit and use only letters, digits, '.', '_', '-'")
    .max(100),
  description: z.string().min(1).max(500),
  when: z.string().min(1),
  category: z.enum(CATEGORIES),
  probable_causes: z.array(name('a probable cause')).min(1).max(20),
  confidence: z.number().min(0).max(1),
  recommended_actions: z.array(name('an action name')).max(20),
  /** Breaks confidence ties: higher wins. Specific rules outrank generic ones. */
  priority: z.number().int().min(-1000).max(1000).default(0),
  enabled: z.boolean().default(true),
});

export type RuleSpec = z.output<typeof RuleSchema>;

export const RulesFileSchema = z.strictObject({
  version: z.literal(1).optional(),
  rules: z.array(z.unknown()).default([]),
  /** Ids of rules (usually shipped defaults) to switch off. */
  disable: z.array(z.string()).default([]),
});

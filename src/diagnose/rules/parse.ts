// Reads one rules file's text into compiled rules, collecting every problem before failing
// so an author fixes a file in one pass rather than one error per restart.

import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { compileExpression, ExprSyntaxError, type CompiledExpression } from '../expr/index.ts';
import { RulesFileError } from './errors.ts';
import type { CompiledRule, RuleSet } from './rule.ts';
import { RuleSchema, RulesFileSchema } from './schema.ts';

const MAX_RULES_FILE_BYTES = 1 << 20;

export function parseRules(text: string, file: string): RuleSet {
  if (text.length > MAX_RULES_FILE_BYTES) {
    throw new RulesFileError(file, [`${file}: larger than ${MAX_RULES_FILE_BYTES} bytes`]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new RulesFileError(
      file,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `${file}:${pos.line}:${pos.col}: YAML: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  // Aliases are capped so a crafted file cannot expand into gigabytes.
  const raw: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const lineOf = (path: (string | number)[]) => lineAt(doc, lineCounter, path);

  const top = RulesFileSchema.safeParse(raw);
  if (!top.success) {
    throw new RulesFileError(
      file,
      top.error.issues.map((i) => {
        const path = (i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]] : i.path) as (string | number)[];
        return prefix(file, lineOf(path)) + describeIssue(i);
      }),
    );
  }

  const issues: string[] = [];
  const rules: CompiledRule[] = [];
  const seen = new Map<string, number>();
  top.data.rules.forEach((entry, index) => {
    const label = ruleLabel(entry, index);
    const at = (field: string | number | undefined) =>
      prefix(file, lineOf(field === undefined ? ['rules', index] : ['rules', index, field])) + label;

    let whenReported = false;
    const condition = compileWhen(entry, (field, msg) => {
      whenReported = true;
      issues.push(`${at(field)}: ${field}: ${msg}`);
    });
    const id = rawId(entry);
    const earlier = id === undefined ? undefined : seen.get(id);
    if (earlier !== undefined) issues.push(`${at('id')}: id: duplicate of rules[${earlier}]`);
    else if (id !== undefined) seen.set(id, index);

    const parsed = RuleSchema.safeParse(entry);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        if (whenReported && i.path[0] === 'when') continue;
        const field = i.code === 'unrecognized_keys' ? i.keys[0] : i.path[0];
        issues.push(`${at(field as string | number | undefined)}: ${describeIssue(i)}`);
      }
      return;
    }
    const spec = parsed.data;
    if (condition === null || earlier !== undefined) return;
    rules.push({
      id: spec.id,
      description: spec.description,
      when: spec.when.trim(),
      category: spec.category,
      probableCauses: spec.probable_causes,
      confidence: spec.confidence,
      recommendedActions: spec.recommended_actions,
      priority: spec.priority,
      enabled: spec.enabled,
      origin: { file, index },
      condition,
    });
  });

  top.data.disable.forEach((id, i) => {
    if (typeof id !== 'string' || id.length === 0) issues.push(`${prefix(file, lineOf(['disable', i]))}disable[${i}]: must be a rule id`);
  });
  if (issues.length > 0) throw new RulesFileError(file, issues);
  return { file, rules, disable: top.data.disable };
}

/**
 * Compiles `when` on its own so a syntax error is reported even when other fields are wrong.
 * Returns null when `when` is absent, not a string, or does not compile.
 */
function compileWhen(entry: unknown, report: (field: string, msg: string) => void): CompiledExpression | null {
  if (entry === null || typeof entry !== 'object' || !('when' in entry)) return null;
  const when = (entry as { when: unknown }).when;
  if (typeof when !== 'string') return null;
  try {
    return compileExpression(when.trim());
  } catch (err) {
    if (err instanceof ExprSyntaxError) {
      report('when', err.message);
      return null;
    }
    throw err;
  }
}

function rawId(entry: unknown): string | undefined {
  const id = entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : undefined;
}

function ruleLabel(entry: unknown, index: number): string {
  const id = rawId(entry);
  return id === undefined ? `rules[${index}]` : `rule ${JSON.stringify(id)}`;
}

function prefix(file: string, line: number | undefined): string {
  return line === undefined ? `${file}: ` : `${file}:${line}: `;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `${k}: unknown field`).join('; ');
  }
  const field =
    issue.path.length === 0
      ? '(file)'
      : issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
  const message =
    issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'required' : issue.message;
  return `${field}: ${message}`;
}

function lineAt(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && Array.isArray(node.range)) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

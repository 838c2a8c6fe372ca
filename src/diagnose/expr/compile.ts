// Compiles a parsed expression into a tree of closures. Paths are resolved and regexes
// built once here, so evaluation does no parsing and allocates little beyond evidence.

import type { Expr, Literal, Operand, PathOperand } from './ast.ts';
import { lowered, type EvalContext } from './context.ts';
import { ExprSyntaxError } from './errors.ts';
import { parseExpression } from './parser.ts';
import { REGEX_SUBJECT_CAP } from './regex-guard.ts';
import { resolvePath, type ResolvedPath, type Value } from './resolve.ts';
import { compareOrdered, looseEquals } from './values.ts';

/** One input value that helped make a condition true. */
export interface Evidence {
  /** Canonical path, e.g. `message` or `attributes["db.system"]`. */
  path: string;
  /** The value seen (long strings shortened), or null when the condition held because it was absent. */
  value: string | number | null;
  /** The sub-condition, quoted from the rule. */
  test: string;
}

export type Predicate = (ctx: EvalContext, evidence: Evidence[]) => boolean;

export interface CompiledExpression {
  readonly source: string;
  /** Never throws; appends to `evidence` only what supports a true result. */
  evaluate(ctx: EvalContext, evidence?: Evidence[]): boolean;
}

const EVIDENCE_TEXT_LIMIT = 200;

export function compileExpression(source: string): CompiledExpression {
  const predicate = compileNode(parseExpression(source), source);
  return {
    source,
    evaluate: (ctx, evidence = []) => predicate(ctx, evidence),
  };
}

type OperandFn = (ctx: EvalContext) => Value | boolean | undefined;

interface CompiledOperand {
  read: OperandFn;
  path?: ResolvedPath;
}

function resolve(op: PathOperand): ResolvedPath {
  try {
    return resolvePath(op.segments);
  } catch (err) {
    throw new ExprSyntaxError((err as Error).message, op.start + 1);
  }
}

function compileOperand(op: Operand): CompiledOperand {
  if (op.kind === 'literal') {
    const value: Literal = op.value;
    return { read: () => value };
  }
  const path = resolve(op);
  return { read: (ctx) => path.get(ctx.input), path };
}

function shorten(v: Value | undefined): string | number | null {
  if (v === undefined) return null;
  if (typeof v === 'string' && v.length > EVIDENCE_TEXT_LIMIT) return `${v.slice(0, EVIDENCE_TEXT_LIMIT)}…`;
  return v;
}

function note(evidence: Evidence[], path: ResolvedPath | undefined, value: Value | boolean | undefined, test: string) {
  if (path) evidence.push({ path: path.key, value: shorten(value as Value | undefined), test });
}

function pathsIn(node: Expr, out: ResolvedPath[]): ResolvedPath[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const item of node.items) pathsIn(item, out);
      break;
    case 'not':
      pathsIn(node.operand, out);
      break;
    case 'compare':
      for (const op of [node.left, node.right]) if (op.kind === 'path') out.push(resolve(op));
      break;
    case 'contains':
    case 'matches':
    case 'in':
      if (node.subject.kind === 'path') out.push(resolve(node.subject));
      break;
    case 'exists':
      out.push(resolve(node.path));
      break;
    case 'const':
      break;
  }
  return out;
}

function compileNode(node: Expr, source: string): Predicate {
  const text = source.slice(node.start, node.end);
  switch (node.kind) {
    case 'const': {
      const value = node.value;
      return () => value;
    }
    case 'and': {
      const items = node.items.map((n) => compileNode(n, source));
      return (ctx, ev) => {
        const mark = ev.length;
        for (const item of items) {
          if (!item(ctx, ev)) {
            ev.length = mark;
            return false;
          }
        }
        return true;
      };
    }
    case 'or': {
      const items = node.items.map((n) => compileNode(n, source));
      return (ctx, ev) => {
        for (const item of items) {
          const mark = ev.length;
          if (item(ctx, ev)) return true;
          ev.length = mark;
        }
        return false;
      };
    }
    case 'not': {
      // Evidence for a negation is the values that made the inner condition false.
      const inner = compileNode(node.operand, source);
      const paths = pathsIn(node.operand, []);
      return (ctx, ev) => {
        if (inner(ctx, [])) return false;
        for (const p of paths) note(ev, p, p.get(ctx.input), text);
        return true;
      };
    }
    case 'compare': {
      const left = compileOperand(node.left);
      const right = compileOperand(node.right);
      const op = node.op;
      return (ctx, ev) => {
        const a = left.read(ctx);
        const b = right.read(ctx);
        if (a === undefined || b === undefined) return false;
        const ok =
          op === '==' ? looseEquals(a, b) : op === '!=' ? !looseEquals(a, b) : compareOrdered(a, b, op);
        if (ok) {
          note(ev, left.path, a, text);
          note(ev, right.path, b, text);
        }
        return ok;
      };
    }
    case 'contains': {
      const subject = compileOperand(node.subject);
      const needle = node.caseInsensitive ? node.needle.toLowerCase() : node.needle;
      const ci = node.caseInsensitive;
      return (ctx, ev) => {
        const v = subject.read(ctx);
        if (v === undefined || typeof v === 'boolean') return false;
        const hay = ci ? (subject.path ? lowered(ctx, subject.path, v) : String(v).toLowerCase()) : String(v);
        const ok = hay.includes(needle);
        if (ok) note(ev, subject.path, v, text);
        return ok;
      };
    }
    case 'matches': {
      const subject = compileOperand(node.subject);
      const regex = node.regex;
      return (ctx, ev) => {
        const v = subject.read(ctx);
        if (v === undefined || typeof v === 'boolean') return false;
        const s = String(v);
        const ok = regex.test(s.length > REGEX_SUBJECT_CAP ? s.slice(0, REGEX_SUBJECT_CAP) : s);
        if (ok) note(ev, subject.path, v, text);
        return ok;
      };
    }
    case 'in': {
      const subject = compileOperand(node.subject);
      const values = node.values;
      const negated = node.negated;
      return (ctx, ev) => {
        const v = subject.read(ctx);
        if (v === undefined) return false;
        const found = values.some((x) => looseEquals(v, x));
        const ok = negated ? !found : found;
        if (ok) note(ev, subject.path, v, text);
        return ok;
      };
    }
    case 'exists': {
      const path = resolve(node.path);
      return (ctx, ev) => {
        const v = path.get(ctx.input);
        const ok = v !== undefined && v !== '';
        if (ok) note(ev, path, v, text);
        return ok;
      };
    }
  }
}

// Recursive-descent parser. Precedence, loosest first: or, and, not, then a single
// predicate (comparison, contains, matches, in, exists) or a parenthesised expression.
// Nesting is bounded so a hostile or mistaken rule cannot exhaust the stack.

import type { CompareOp, Expr, Literal, Operand, PathOperand } from './ast.ts';
import { ExprSyntaxError } from './errors.ts';
import { compileSafeRegex } from './regex-guard.ts';
import { isKeyword, tokenize, type Token } from './tokens.ts';

export const MAX_EXPRESSION_LENGTH = 4096;
export const MAX_DEPTH = 32;
export const MAX_LIST_LENGTH = 256;

const COMPARE_OPS = new Set<string>(['==', '!=', '<', '<=', '>', '>=']);

export function parseExpression(src: string): Expr {
  if (src.length > MAX_EXPRESSION_LENGTH) {
    throw new ExprSyntaxError(`expression longer than ${MAX_EXPRESSION_LENGTH} characters`, MAX_EXPRESSION_LENGTH + 1);
  }
  const parser = new Parser(tokenize(src));
  const expr = parser.parseOr();
  parser.expectEnd();
  return expr;
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'end of expression';
    case 'string':
      return `string ${t.text.length > 30 ? t.text.slice(0, 27) + '...' : t.text}`;
    case 'regex':
      return `regex ${t.text.length > 30 ? t.text.slice(0, 27) + '...' : t.text}`;
    case 'number':
      return `number ${t.text}`;
    default:
      return `'${t.text}'`;
  }
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private isWord(t: Token, word: string): boolean {
    return t.kind === 'word' && t.text === word;
  }

  private isPunct(t: Token, p: string): boolean {
    return t.kind === 'punct' && t.text === p;
  }

  private fail(t: Token, expected?: string): never {
    const found = t.kind === 'eof' ? 'unexpected end of expression' : `unexpected token ${describe(t)}`;
    throw new ExprSyntaxError(found, t.start + 1, expected);
  }

  private enter(t: Token): void {
    if (++this.depth > MAX_DEPTH) {
      throw new ExprSyntaxError(`expression nested deeper than ${MAX_DEPTH} levels`, t.start + 1);
    }
  }

  expectEnd(): void {
    const t = this.peek();
    if (t.kind !== 'eof') this.fail(t, "'and', 'or' or end of expression");
  }

  parseOr(): Expr {
    return this.parseChain('or', () => this.parseAnd());
  }

  private parseAnd(): Expr {
    return this.parseChain('and', () => this.parseNot());
  }

  /** Chains are flat lists rather than nested pairs, so long ones cost no stack when evaluated. */
  private parseChain(word: 'and' | 'or', operand: () => Expr): Expr {
    const first = operand();
    if (!this.isWord(this.peek(), word)) return first;
    const items = [first];
    while (this.isWord(this.peek(), word)) {
      this.next();
      items.push(operand());
    }
    return { kind: word, items, start: first.start, end: items[items.length - 1].end };
  }

  private parseNot(): Expr {
    const t = this.peek();
    if (this.isWord(t, 'not')) {
      this.next();
      this.enter(t);
      const operand = this.parseNot();
      this.depth--;
      return { kind: 'not', operand, start: t.start, end: operand.end };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const t = this.peek();
    if (this.isPunct(t, '(')) {
      this.next();
      this.enter(t);
      const inner = this.parseOr();
      const close = this.peek();
      if (!this.isPunct(close, ')')) this.fail(close, "')'");
      this.next();
      this.depth--;
      // Widen the span so evidence quotes the parentheses too.
      return { ...inner, start: t.start, end: close.end };
    }
    return this.parsePredicate();
  }

  private parsePredicate(): Expr {
    const first = this.peek();
    const subject = this.parseOperand('a field name, a value or \'(\'');
    const t = this.peek();
    if (t.kind === 'op' && COMPARE_OPS.has(t.text)) {
      this.next();
      const right = this.parseOperand(`a field name or value after '${t.text}'`);
      return { kind: 'compare', op: t.text as CompareOp, left: subject, right, start: first.start, end: right.end };
    }
    if (this.isWord(t, 'contains') || this.isWord(t, 'icontains')) {
      this.next();
      const needle = this.next();
      if (needle.kind !== 'string') this.fail(needle, `a string after '${t.text}'`);
      return {
        kind: 'contains',
        caseInsensitive: t.text === 'icontains',
        subject,
        needle: needle.value as string,
        start: first.start,
        end: needle.end,
      };
    }
    if (this.isWord(t, 'matches')) {
      this.next();
      const pat = this.next();
      if (pat.kind !== 'regex' && pat.kind !== 'string') this.fail(pat, "a /regex/ or string after 'matches'");
      let regex: RegExp;
      try {
        regex = compileSafeRegex(pat.value as string, pat.flags ?? '');
      } catch (err) {
        throw new ExprSyntaxError((err as Error).message, pat.start + 1);
      }
      return { kind: 'matches', subject, regex, start: first.start, end: pat.end };
    }
    if (this.isWord(t, 'in') || (this.isWord(t, 'not') && this.isWord(this.peek(1), 'in'))) {
      const negated = t.text === 'not';
      this.next();
      if (negated) this.next();
      const { values, end } = this.parseList();
      return { kind: 'in', subject, values, negated, start: first.start, end };
    }
    if (this.isWord(t, 'exists')) {
      this.next();
      if (subject.kind !== 'path') this.fail(first, "a field name before 'exists'");
      return { kind: 'exists', path: subject, start: first.start, end: t.end };
    }
    if (subject.kind === 'literal' && typeof subject.value === 'boolean') {
      return { kind: 'const', value: subject.value, start: subject.start, end: subject.end };
    }
    this.fail(t, "an operator (==, !=, <, <=, >, >=, contains, icontains, matches, in, exists)");
  }

  private parseList(): { values: Literal[]; end: number } {
    const open = this.next();
    if (!this.isPunct(open, '[')) this.fail(open, "'[' to start a list");
    const values: Literal[] = [];
    for (;;) {
      const t = this.peek();
      if (this.isPunct(t, ']')) {
        this.next();
        return { values, end: t.end };
      }
      const item = this.parseOperand('a value or \']\'');
      if (item.kind !== 'literal') this.fail(t, 'a literal value in the list');
      if (values.length >= MAX_LIST_LENGTH) {
        throw new ExprSyntaxError(`list longer than ${MAX_LIST_LENGTH} items`, t.start + 1);
      }
      values.push(item.value);
      const sep = this.peek();
      if (this.isPunct(sep, ',')) this.next();
      else if (!this.isPunct(sep, ']')) this.fail(sep, "',' or ']'");
    }
  }

  private parseOperand(expected: string): Operand {
    const t = this.peek();
    if (t.kind === 'string' || t.kind === 'number') {
      this.next();
      return { kind: 'literal', value: t.value as Literal, start: t.start, end: t.end };
    }
    if (this.isPunct(t, '-') && this.peek(1).kind === 'number') {
      this.next();
      const n = this.next();
      return { kind: 'literal', value: -(n.value as number), start: t.start, end: n.end };
    }
    if (this.isWord(t, 'true') || this.isWord(t, 'false')) {
      this.next();
      return { kind: 'literal', value: t.text === 'true', start: t.start, end: t.end };
    }
    if (t.kind === 'word' && !isKeyword(t.text)) return this.parsePath();
    this.fail(t, expected);
  }

  private parsePath(): PathOperand {
    const head = this.next();
    const segments = [head.text];
    let end = head.end;
    for (;;) {
      const t = this.peek();
      if (this.isPunct(t, '.')) {
        this.next();
        // Keywords are fine after a dot: `attr.http.in` cannot be confused with an operator.
        const seg = this.next();
        if (seg.kind !== 'word') this.fail(seg, "a name after '.'");
        segments.push(seg.text);
        end = seg.end;
      } else if (this.isPunct(t, '[')) {
        this.next();
        const key = this.next();
        if (key.kind !== 'string') this.fail(key, 'a quoted key inside [ ]');
        const close = this.next();
        if (!this.isPunct(close, ']')) this.fail(close, "']'");
        segments.push(key.value as string);
        end = close.end;
      } else {
        return { kind: 'path', segments, start: head.start, end };
      }
    }
  }
}

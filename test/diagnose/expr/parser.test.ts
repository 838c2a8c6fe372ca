import { describe, expect, it } from 'vitest';
import { compileExpression, ExprSyntaxError, MAX_DEPTH, parseExpression } from '../../../src/diagnose/expr/index.ts';
import { errorOf, run } from './helpers.ts';

describe('precedence', () => {
  it('binds and tighter than or', () => {
    expect(run('true or false and false')).toBe(true);
    expect(run('(true or false) and false')).toBe(false);
    const ast = parseExpression('a == 1 or b == 2 and c == 3');
    expect(ast.kind).toBe('or');
    if (ast.kind !== 'or') return;
    expect(ast.items.map((i) => i.kind)).toEqual(['compare', 'and']);
  });

  it('binds not tighter than and but looser than a predicate', () => {
    expect(run('not false and false')).toBe(false);
    expect(run('not (false and false)')).toBe(true);
    const ast = parseExpression('not message contains "x"');
    expect(ast.kind).toBe('not');
    if (ast.kind !== 'not') return;
    expect(ast.operand.kind).toBe('contains');
  });

  it('flattens long chains instead of nesting them', () => {
    const src = Array.from({ length: 300 }, (_, i) => `cpu == ${i}`).join(' or ');
    const ast = parseExpression(src);
    expect(ast.kind === 'or' && ast.items.length).toBe(300);
    expect(run(src, { metrics: { cpu: 299 } })).toBe(true);
  });
});

describe('paths', () => {
  it('parses dotted, bracketed and keyword segments', () => {
    const ast = parseExpression('attributes["db.system"] exists');
    expect(ast.kind === 'exists' && ast.path.segments).toEqual(['attributes', 'db.system']);
    const dotted = parseExpression('attr.http.in exists');
    expect(dotted.kind === 'exists' && dotted.path.segments).toEqual(['attr', 'http', 'in']);
  });

  it('accepts negative numbers, both quote styles and escapes', () => {
    expect(run("delta < -1.5 and message == 'it\\'s'", { message: "it's", metrics: { delta: -2 } })).toBe(true);
    expect(run('message == "a\\"b\\\\c"', { message: 'a"b\\c' })).toBe(true);
  });
});

describe('syntax errors name the position', () => {
  it.each([
    ['message == )', "unexpected token ')' at column 12"],
    ['(message contains "x"))', "unexpected token ')' at column 23"],
    ['message contains', 'unexpected end of expression at column 17'],
    ['message contains 5', 'unexpected token number 5 at column 18'],
    ['message = "x"', "unexpected '=' (use '==' to compare) at column 9"],
    ['message == "x', 'unterminated string at column 12'],
    ['message matches /abc', 'unterminated regex at column 17'],
    ['message ~ "x"', "unexpected character '~' at column 9"],
    ['message', 'unexpected end of expression at column 8'],
    ['and == 1', "unexpected token 'and' at column 1"],
    ['cpu in [1, cpu]', 'at column 12'],
    ['attributes == "x"', "'attributes' needs a key"],
    ['"x" exists', "expected a field name before 'exists'"],
    ['message == "\\q"', "unknown escape '\\q' in string at column 13"],
    ['cpu == 1abc', "unexpected character 'a' after number at column 9"],
  ])('%s', (src, expected) => {
    const message = errorOf(() => compileExpression(src));
    expect(message).toContain(expected);
  });

  it('throws ExprSyntaxError carrying the column', () => {
    try {
      compileExpression('cpu > 1 and (');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ExprSyntaxError);
      expect((err as ExprSyntaxError).column).toBe(14);
    }
  });
});

describe('limits', () => {
  it('accepts nesting up to the depth limit and rejects one more', () => {
    const nest = (n: number) => '('.repeat(n) + 'cpu > 1' + ')'.repeat(n);
    expect(run(nest(MAX_DEPTH), { metrics: { cpu: 2 } })).toBe(true);
    expect(errorOf(() => compileExpression(nest(MAX_DEPTH + 1)))).toContain(
      `expression nested deeper than ${MAX_DEPTH} levels at column ${MAX_DEPTH + 1}`,
    );
  });

  it('counts not as nesting too', () => {
    expect(errorOf(() => compileExpression('not '.repeat(MAX_DEPTH + 1) + 'true'))).toContain('nested deeper');
    expect(run('not '.repeat(MAX_DEPTH) + 'true')).toBe(true);
  });

  it('rejects overly long expressions and lists', () => {
    expect(errorOf(() => compileExpression(`message == "${'x'.repeat(5000)}"`))).toContain('expression longer than');
    const list = Array.from({ length: 300 }, (_, i) => i).join(',');
    expect(errorOf(() => compileExpression(`cpu in [${list}]`))).toContain('list longer than');
  });
});

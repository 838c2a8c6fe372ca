import { describe, expect, it } from 'vitest';
import {
  compileExpression,
  compileSafeRegex,
  REGEX_MAX_PATTERN_LENGTH,
  REGEX_SUBJECT_CAP,
} from '../../../src/diagnose/expr/index.ts';
import { errorOf, run } from './helpers.ts';

describe('regex guard', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['(a*)*', 'nested quantifiers'],
    ['((ab)+c)*', 'nested quantifiers'],
    ['(x+x+)+y', 'too costly'],
    ['(ab+){2}', 'nested quantifiers'],
    ['(a|aa)+', 'repeated alternation'],
    ['(a|b){2,5}', 'repeated alternation'],
    ['(\\w+)\\1', 'backreferences'],
    ['(?<w>a)\\k<w>', 'backreferences'],
    ['a(?=b)', 'lookarounds'],
    ['(?<!a)b', 'lookarounds'],
    ['.*a.*b', 'too costly'],
    ['\\s+\\d+', 'too costly'],
    ['a{1,5000}', 'repetition above'],
    ['x'.repeat(REGEX_MAX_PATTERN_LENGTH + 1), 'longer than'],
    ['', 'empty regex'],
    ['(abc', 'unterminated group'],
    ['abc)', "unmatched ')'"],
    ['[abc', 'unterminated character class'],
    ['+a', 'nothing to repeat'],
    ['(?i)a', "group '(?i' is not supported"],
  ])('rejects /%s/ (%s)', (pattern, reason) => {
    expect(errorOf(() => compileSafeRegex(pattern, ''))).toContain(reason);
  });

  it.each(['g', 'y', 'd', 'ii', 'x'])('rejects flag set %s', (flags) => {
    expect(errorOf(() => compileSafeRegex('a', flags))).toContain('not allowed');
  });

  it.each([
    'connection (refused|reset)',
    '\\bauth(entication|orization)?\\b',
    'pool (is )?(exhausted|full)',
    '.{0,40}(fail|error)',
    '\\d+ms',
    '[(+*)]+',
    'a\\+\\+b',
    'x{2}y{1,3}',
    'literal { brace',
    '(?:abc)?(?<name>d)',
  ])('accepts /%s/', (pattern) => {
    expect(compileSafeRegex(pattern, 'i')).toBeInstanceOf(RegExp);
  });

  it('reports a rejected regex at its column in the expression', () => {
    expect(errorOf(() => compileExpression('message matches /(a+)+$/'))).toBe(
      'regex nested quantifiers are not allowed at column 17',
    );
  });

  it('only lets the regex see the first REGEX_SUBJECT_CAP characters', () => {
    const message = 'a'.repeat(REGEX_SUBJECT_CAP) + 'needle';
    expect(run('message matches /needle/', { message })).toBe(false);
    expect(run('message contains "needle"', { message })).toBe(true);
  });

  it('handles the classic catastrophic inputs for accepted patterns', () => {
    const message = 'a'.repeat(100_000) + '!';
    expect(run('message matches /a+b/', { message })).toBe(false);
    expect(run('message matches /^(a|b)c/', { message })).toBe(false);
  });
});

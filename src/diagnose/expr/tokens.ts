// Hand-written tokenizer. There is no division operator, so a '/' always opens a regex
// literal; that keeps the lexer context-free.

import { ExprSyntaxError } from './errors.ts';

export type TokenKind = 'word' | 'string' | 'number' | 'regex' | 'op' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for strings and regexes, including delimiters). */
  text: string;
  /** Decoded value: the string contents, the number, or the regex pattern. */
  value?: string | number;
  /** Regex flags, only for kind 'regex'. */
  flags?: string;
  /** 0-based offsets into the expression; columns in messages are start + 1. */
  start: number;
  end: number;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'contains', 'icontains', 'matches', 'exists', 'true', 'false']);

export function isKeyword(word: string): boolean {
  return KEYWORDS.has(word);
}

const STRING_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', "'": "'", n: '\n', t: '\t', r: '\r' };

function isWordStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isWordPart(c: string): boolean {
  return isWordStart(c) || isDigit(c);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function describeChar(c: string): string {
  return c >= ' ' && c <= '~' ? `'${c}'` : JSON.stringify(c);
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordStart(c)) {
      while (i < src.length && isWordPart(src[i])) i++;
      const text = src.slice(start, i);
      tokens.push({ kind: 'word', text, value: text, start, end: i });
    } else if (isDigit(c)) {
      while (i < src.length && isDigit(src[i])) i++;
      if (src[i] === '.' && isDigit(src[i + 1] ?? '')) {
        i++;
        while (i < src.length && isDigit(src[i])) i++;
      }
      if (i < src.length && isWordStart(src[i])) {
        throw new ExprSyntaxError(`unexpected character ${describeChar(src[i])} after number`, i + 1);
      }
      const text = src.slice(start, i);
      tokens.push({ kind: 'number', text, value: Number(text), start, end: i });
    } else if (c === '"' || c === "'") {
      i = readString(src, i, tokens);
    } else if (c === '/') {
      i = readRegex(src, i, tokens);
    } else if (c === '=' || c === '!' || c === '<' || c === '>') {
      const two = src.slice(i, i + 2);
      if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
        tokens.push({ kind: 'op', text: two, start, end: i + 2 });
        i += 2;
      } else if (c === '<' || c === '>') {
        tokens.push({ kind: 'op', text: c, start, end: i + 1 });
        i++;
      } else if (c === '=') {
        throw new ExprSyntaxError("unexpected '=' (use '==' to compare)", start + 1);
      } else {
        throw new ExprSyntaxError("unexpected '!' (use 'not' or '!=')", start + 1);
      }
    } else if ('()[],.-'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, start, end: i + 1 });
      i++;
    } else {
      throw new ExprSyntaxError(`unexpected character ${describeChar(c)}`, start + 1);
    }
  }
  tokens.push({ kind: 'eof', text: '', start: src.length, end: src.length });
  return tokens;
}

function readString(src: string, open: number, out: Token[]): number {
  const quote = src[open];
  let value = '';
  let i = open + 1;
  while (i < src.length && src[i] !== quote) {
    if (src[i] === '\\') {
      const esc = STRING_ESCAPES[src[i + 1] ?? ''];
      if (esc === undefined) {
        throw new ExprSyntaxError(`unknown escape '\\${src[i + 1] ?? ''}' in string`, i + 1);
      }
      value += esc;
      i += 2;
    } else {
      value += src[i];
      i++;
    }
  }
  if (i >= src.length) throw new ExprSyntaxError('unterminated string', open + 1);
  out.push({ kind: 'string', text: src.slice(open, i + 1), value, start: open, end: i + 1 });
  return i + 1;
}

function readRegex(src: string, open: number, out: Token[]): number {
  let i = open + 1;
  let inClass = false;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '\n') break;
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '/') {
      break;
    }
    i++;
  }
  if (i >= src.length || src[i] !== '/') throw new ExprSyntaxError('unterminated regex', open + 1);
  const pattern = src.slice(open + 1, i);
  i++;
  const flagsStart = i;
  while (i < src.length && isWordPart(src[i])) i++;
  out.push({
    kind: 'regex',
    text: src.slice(open, i),
    value: pattern,
    flags: src.slice(flagsStart, i),
    start: open,
    end: i,
  });
  return i;
}

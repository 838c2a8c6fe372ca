// ASCII character classes as a lookup table: the tokenizer and masker classify every
// character of every line, and a table read is cheaper than chained comparisons or a regex.

export const DIGIT = 1;
export const HEX = 2;
export const ALPHA = 4;
/** Punctuation that appears inside numbers, dates, times, IPs and versions: . : , - / + _ */
export const NUM_PUNCT = 8;
/** Characters stripped from the front of a token before classifying it. */
export const OPEN_WRAP = 16;
/** Characters stripped from the end of a token before classifying it. */
export const CLOSE_WRAP = 32;
/** Characters that make a digit-free token worth a closer look: / \ @ = */
export const TRIGGER = 64;
export const QUOTE = 128;

export const CLASS = new Uint8Array(128);

function set(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] |= flag;
}

set('0123456789', DIGIT | HEX);
set('abcdefABCDEF', HEX);
set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', ALPHA);
set('.:,-/+_', NUM_PUNCT);
set('([{<"\'`', OPEN_WRAP);
set(')]}>"\'`,;:.!?', CLOSE_WRAP);
set('/\\@=', TRIGGER);
set('"\'`', QUOTE);

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII letter. */
export function isAlpha(c: number): boolean {
  return c < 128 && (CLASS[c] & ALPHA) !== 0;
}

/**
 * s[from, to) is a code in capitals: a capital, then capitals and digits (and `_` when
 * `underscore`), as record types, protocols and states are written (`AAAA`, `SERVICE_START`).
 */
export function isUpperCode(s: string, from: number, to: number, underscore: boolean): boolean {
  if (to <= from) return false;
  const c0 = s.charCodeAt(from);
  if (c0 < 65 || c0 > 90) return false;
  for (let k = from + 1; k < to; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || isDigit(c) || (underscore && c === 95))) return false;
  }
  return true;
}

/** A letter, digit, `_`, `-` or `.`: what a key, a host, a program tag or an element is named in. */
export function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

/** Letters and digits; non-ASCII counts as a letter so accented words stay whole. */
export function isAlnum(c: number): boolean {
  return c >= 128 || (CLASS[c] & (DIGIT | ALPHA)) !== 0;
}

export function isCloseWrap(c: number): boolean {
  return c < 128 && (CLASS[c] & CLOSE_WRAP) !== 0;
}

export function isOpenWrap(c: number): boolean {
  return c < 128 && (CLASS[c] & OPEN_WRAP) !== 0;
}

export function isQuote(c: number): boolean {
  return c < 128 && (CLASS[c] & QUOTE) !== 0;
}

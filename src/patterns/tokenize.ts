// Splits a line on whitespace and masks each token in one left-to-right scan. Tokens that
// cannot hold a variable (no digit, no / \ @ =, no quote) are sliced without further work,
// which is most words; the masker only runs on the rest.

import type { MinerOptions } from './options.ts';
import { ALPHA, CLASS, DIGIT, TRIGGER, isCloseWrap, isDigit, isQuote, isUpperCode } from './char-class.ts';
import { csvText, semicolonText } from './csv-line.ts';
import { jsonText } from './json-line.ts';
import { xmlText } from './xml-line.ts';
import { WILDCARD, maskToken } from './mask.ts';

/** How far a quoted string may extend; an unbalanced quote must not swallow a long line. */
const MAX_QUOTED_CHARS = 1024;
const QUOTED_FLAG = 256;
const NEEDS_MASK = DIGIT | TRIGGER | QUOTED_FLAG;

export class Tokenizer {
  private readonly quotedTokens = new Map<number, string>();
  private readonly extra: RegExp[];

  constructor(private readonly o: MinerOptions) {
    for (const q of ['"', "'", '`']) this.quotedTokens.set(q.charCodeAt(0), q + WILDCARD + q);
    // replace() with a non-global regex would mask only the first match.
    this.extra = o.masking.extra.map((re) => (re.global ? re : new RegExp(re.source, re.flags + 'g')));
  }

  /** Tokenise and mask `raw` into `out` (reused between calls); returns the token count. */
  tokenize(raw: string, out: string[]): number {
    const o = this.o;
    const quoted = o.masking.quoted;
    const digits = o.masking.digits;
    // A JSON record is mined as its message (or its layout), an XML record as its layout, a CSV
    // or `;`-separated record field by field: all rewritten before any truncation.
    const c0 = raw.charCodeAt(0);
    let line = (c0 === 123 || c0 <= 32 ? jsonText(raw) : null) ?? (c0 === 60 || c0 <= 32 ? xmlText(raw) : null) ?? csvText(raw) ?? semicolonText(raw) ?? raw;
    if (line.length > o.maxLineChars) line = line.slice(0, o.maxLineChars);
    for (const re of this.extra) line = line.replace(re, WILDCARD);
    // An opening bracket padded before a right-aligned value (`[ 87851.498812s]`, or a frame
    // counter right after another bracketed field, `][ 35]`) opens that value: the same field
    // wider (`[187851.498812s]`, `][135]`) is one token (see closesPadding).
    if (line.includes('[ ')) line = line.replace(OPEN_PADDING, '$1[');
    const n = line.length;
    let count = 0;
    let i = 0;
    while (i < n && count < o.maxTokens) {
      let c = line.charCodeAt(i);
      if (c <= 32) {
        i++;
        continue;
      }
      const start = i;
      // A JSON object closing the line (`…: {"errors":[{"code":"DENIED",…}]}`) is one value: a
      // message that ends by printing a structure prints its data there.
      if (c === 123 && count > 0 && i + 1 < n && line.charCodeAt(i + 1) === 34 && line.charCodeAt(n - 1) === 125 && jsonTail(line, i, n)) {
        out[count++] = '{' + WILDCARD + '}';
        i = n;
        continue;
      }
      if (quoted && isQuote(c) && !isRequestLine(line, i + 1, n)) {
        const close = closingQuote(line, i, n);
        if (close > 0) {
          let j = close + 1;
          while (j < n && isCloseWrap(line.charCodeAt(j))) j++;
          if (j >= n || line.charCodeAt(j) <= 32) {
            const q = this.quotedTokens.get(c) as string;
            out[count++] = j === close + 1 ? q : q + line.slice(close + 1, j);
            i = j;
            continue;
          }
          // A quoted name with its id in brackets right after it (`'Dev Standup'(id:68)`): the
          // name is one value, the bracket masked as any token is.
          if (j === close + 1 && line.charCodeAt(j) === 40) {
            let k = j + 1;
            while (k < n && line.charCodeAt(k) > 32 && line.charCodeAt(k) !== 41) k++;
            if (k < n && line.charCodeAt(k) === 41 && (k + 1 >= n || line.charCodeAt(k + 1) <= 32)) {
              out[count++] = (this.quotedTokens.get(c) as string) + maskToken(line.slice(j, k + 1), o.masking);
              i = k + 1;
              continue;
            }
          }
        }
      }
      // An escaped quote inside a quoted message (`msg="service \\"api\\" error"`) opens a
      // quoted value just as a bare one does outside.
      if (quoted && c === 92 && i + 1 < n && line.charCodeAt(i + 1) === 34) {
        const close = escapedClosingQuote(line, i + 2, n);
        if (close > 0) {
          let j = close + 1;
          while (j < n && (isCloseWrap(line.charCodeAt(j)) || line.charCodeAt(j) === 58)) j++;
          if (j >= n || line.charCodeAt(j) <= 32) {
            out[count++] = ESCAPED_QUOTED + line.slice(close + 1, j);
            i = j;
            continue;
          }
        }
      }
      let flags = 0;
      let dots = 0;
      let colons = 0;
      while (i < n) {
        c = line.charCodeAt(i);
        if (c <= 32) break;
        if (c < 128) {
          flags |= CLASS[c];
          if (c === 46) dots++;
          else if (c === 58) colons++;
          // key="quoted value with spaces" stays one token so its value can be masked whole.
          if (c === 61 && quoted && i + 1 < n && isQuote(line.charCodeAt(i + 1)) && !this.exempt(line, start, i)) {
            const close = closingQuote(line, i + 1, n);
            if (close > 0) {
              flags |= QUOTED_FLAG;
              i = close + 1;
              continue;
            }
          }
        }
        i++;
      }
      // Python's `LEVEL:logger:message` glues its header and the message's first word into one
      // token (`,743:DEBUG:acme.client:Sending`): the time, the level with the logger, and the
      // word after them are three.
      if (colons >= 2 && (flags & (QUOTED_FLAG | ALPHA)) === ALPHA) {
        const cut = afterLevelLogger(line, start, i);
        if (cut > 0) i = cut;
      }
      // A closing bracket alone after padding (`[main           ]`, a name padded to a column's
      // width) closes the previous token: the padding is layout, not a separator, and the
      // same field unpadded (`[exec-10]`) is one token.
      if (count > 0 && closesPadding(line, start, i)) {
        out[count - 1] += line.slice(start, i);
        continue;
      }
      // Values that run past a space: a path with spaces in its names, a month opening a date,
      // an HTTP status with its reason phrase (see spanEnd).
      const t0 = line.charCodeAt(start);
      if (i - start === 3 || t0 === 47 || t0 === 92 || t0 === 126 || line.charCodeAt(start + 1) === 58) {
        const end = spanEnd(line, start, i, n, flags, digits);
        if (end < 0) {
          out[count++] = WILDCARD;
          i = -end;
          continue;
        }
        i = end;
      }
      if (!digits) flags &= ~DIGIT;
      // Two dots may make a digit-free host name (mail.example.org).
      else if (dots >= 2) flags |= TRIGGER;
      if (i - start > o.maxTokenChars) out[count++] = WILDCARD;
      else if ((flags & NEEDS_MASK) === 0) out[count++] = line.slice(start, i);
      // A record opening with its kind in quotes (`type="LOGIN",`) keeps it: the kind is the
      // event's name (see openingKind in miner.ts), not a quoted value.
      else if (count === 0 && (flags & QUOTED_FLAG) !== 0 && quotedKind(line, start, i)) out[count++] = line.slice(start, i);
      else out[count++] = maskToken(line.slice(start, i), o.masking);
    }
    out.length = count;
    return count;
  }

  private exempt(line: string, start: number, eq: number): boolean {
    const keys = this.o.masking.quotedExemptKeys;
    return keys.length > 0 && keys.includes(line.slice(start, eq));
  }
}

const OPEN_PADDING = /(^|\s|\])\[ +(?=[^\s\]])/g;

/**
 * line[start, end) is `]` or `)` (with any `:`/`,`/`;` after it) standing alone after a
 * space: the tail of a padded bracketed field (one space pads a name one short of the width).
 */
function closesPadding(line: string, start: number, end: number): boolean {
  const c = line.charCodeAt(start);
  if ((c !== 93 && c !== 41) || start < 2 || line.charCodeAt(start - 1) !== 32) return false;
  for (let k = start + 1; k < end; k++) {
    const d = line.charCodeAt(k);
    if (d !== 58 && d !== 44 && d !== 59) return false;
  }
  return true;
}

/** line[start, end) is `key="CODE"` with an optional `,`/`;`: an identifier key, a code in capitals quoted. */
function quotedKind(line: string, start: number, end: number): boolean {
  const eq = line.indexOf('=', start);
  if (eq <= start || eq + 3 >= end) return false;
  let e = end;
  while (e > eq && (line.charCodeAt(e - 1) === 44 || line.charCodeAt(e - 1) === 59)) e--;
  const q = line.charCodeAt(eq + 1);
  if ((q !== 34 && q !== 39) || line.charCodeAt(e - 1) !== q || e - eq - 3 < 2 || e - eq - 3 > 24) return false;
  return isUpperCode(line, eq + 2, e - 1, true);
}

const ESCAPED_QUOTED = '\\"' + WILDCARD + '\\"';

/**
 * Index of the `"` of the `\"` closing an escaped quote whose text starts at `from`, or -1: on
 * the same line, within MAX_QUOTED_CHARS, and not before one character of text.
 */
function escapedClosingQuote(line: string, from: number, n: number): number {
  const limit = Math.min(n, from + MAX_QUOTED_CHARS);
  for (let j = from + 2; j < limit; j++) {
    if (line.charCodeAt(j) === 34 && line.charCodeAt(j - 1) === 92) return j;
  }
  return -1;
}

/** HTTP methods: a quoted request line names its event by method, so it is split into tokens, not masked whole. */
export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS', 'CONNECT', 'TRACE'];

function isRequestLine(line: string, at: number, n: number): boolean {
  let k = at;
  while (k < n && k - at < 8 && line.charCodeAt(k) >= 65 && line.charCodeAt(k) <= 90) k++;
  if (k === at || k >= n || line.charCodeAt(k) !== 32) return false;
  return METHODS.includes(line.slice(at, k));
}

const GLUED_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'WARN', 'ERROR', 'CRITICAL', 'FATAL', 'TRACE', 'NOTICE'];

/**
 * In line[start, end), a severity in capitals between colons (or opening the token) and a
 * logger name after it, both followed by `:`: the index of the severity when text comes before
 * it, else the index after the logger's colon when text follows it, else -1 (`INFO:root:`
 * alone, `12:30:45`).
 */
function afterLevelLogger(line: string, start: number, end: number): number {
  let a = start;
  while (a < end) {
    let b = a;
    while (b < end && line.charCodeAt(b) !== 58) b++;
    if (b >= end) return -1;
    const c = line.charCodeAt(a);
    if (b - a >= 4 && b - a <= 8 && c >= 65 && c <= 90 && GLUED_LEVELS.includes(line.slice(a, b))) {
      // The time before the level is masked on its own, the level and logger kept.
      if (a > start) return a;
      let k = b + 1;
      while (k < end && line.charCodeAt(k) !== 58 && line.charCodeAt(k) > 32) k++;
      return k > b + 1 && k + 1 < end ? k + 1 : -1;
    }
    a = b + 1;
  }
  return -1;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** line[start, end) is a month's name followed by a day of one or two digits and a time (`Dec  3 15:`, `Dec 19 2026 18:`), or after the day (`3 Dec 15:`, `3 Dec 2026`). */
function monthOfDate(line: string, start: number, end: number, n: number): boolean {
  const c0 = line.charCodeAt(start);
  if (c0 < 65 || c0 > 90 || end >= n || line.charCodeAt(end) !== 32 || !MONTHS.includes(line.slice(start, end))) return false;
  // The day before the month (`3 Dec 02:15:16`, `17 Nov 2026`): a day of one or two digits
  // opening the line or after a space, and a time or a year after the month.
  if (start >= 2 && line.charCodeAt(start - 1) === 32 && isDigit(line.charCodeAt(start - 2))) {
    let b = start - 2;
    while (b > 0 && isDigit(line.charCodeAt(b - 1))) b--;
    if (start - 1 - b <= 2 && (b === 0 || line.charCodeAt(b - 1) === 32) && end + 3 < n && isDigit(line.charCodeAt(end + 1)) && isDigit(line.charCodeAt(end + 2))) {
      const c = line.charCodeAt(end + 3);
      if (c === 58 || (isDigit(c) && isDigit(line.charCodeAt(end + 4)))) return true;
    }
  }
  let k = end;
  while (k < n && line.charCodeAt(k) === 32) k++;
  if (k === end || k - end > 2) return false;
  const d = k;
  while (k < n && isDigit(line.charCodeAt(k))) k++;
  if (k === d || k - d > 2 || k + 3 >= n || line.charCodeAt(k) !== 32) return false;
  // …or a year between the day and the time (`Dec 19 2026 18:49:10`).
  if (k + 8 < n && isDigit(line.charCodeAt(k + 1)) && isDigit(line.charCodeAt(k + 4)) && line.charCodeAt(k + 5) === 32) k += 5;
  return isDigit(line.charCodeAt(k + 1)) && isDigit(line.charCodeAt(k + 2)) && line.charCodeAt(k + 3) === 58;
}

/** line[from, n) parses as one JSON object. */
function jsonTail(line: string, from: number, n: number): boolean {
  try {
    const v: unknown = JSON.parse(line.slice(from, n));
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * Where the token at line[start, end) really ends, when it is a value that runs past a space:
 * - a path with spaces in its last names (`/home/ana/Q4 budget (draft 2).xlsx`) runs to the word
 *   that ends with the file's extension: one value, however many words its name has;
 * - a month's name opening a date (`Dec 25 04:46:18`, `Nov  3 15:54:01`) is the date's value,
 *   however long a log has stayed within one month;
 * - an HTTP status and its reason phrase (`404 Not Found`) are one value: the phrase is the
 *   code's, and words in it would otherwise read as the event's own.
 * Returns the end (`end` itself when nothing runs on), or its negation when the token is to be
 * written as a masked value whole. Kept out of tokenize(), whose loop is the miner's hot path.
 */
function spanEnd(line: string, start: number, end: number, n: number, flags: number, digits: boolean): number {
  if (end - start === 3) {
    if ((flags & DIGIT) === 0) return monthOfDate(line, start, end, n) ? -end : end;
    if (!digits || (flags & ALPHA) !== 0 || end >= n || line.charCodeAt(end) !== 32) return end;
    const phrase = reasonPhraseEnd(line, start, end, n);
    return phrase > 0 ? -phrase : end;
  }
  if ((flags & QUOTED_FLAG) !== 0 || !pathStart(line, start, end)) return end;
  const path = spacedPathEnd(line, end, n);
  return path > 0 ? path : end;
}

/** line[start, end) is an absolute path with at least two separators (`/a/b`, `C:\\a\\b`, `~/a/b`). */
function pathStart(line: string, start: number, end: number): boolean {
  let a = start;
  const c0 = line.charCodeAt(a);
  if (c0 === 126) a++;
  else if (end - a > 2 && ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) && line.charCodeAt(a + 1) === 58 && line.charCodeAt(a + 2) === 92) a += 2;
  const sep = line.charCodeAt(a);
  if (sep !== 47 && sep !== 92) return false;
  let seps = 0;
  for (let k = a; k < end; k++) {
    const c = line.charCodeAt(k);
    if (c === sep) seps++;
    else if (c === 61 || c === 58) return false;
  }
  return seps >= 2;
}

// Words that follow a path without belonging to it (`/a/b to c.txt`, `/a/b as x.tar`).
const AFTER_PATH = new Set(['to', 'from', 'into', 'as', 'and', 'or', 'for', 'at', 'in', 'on', 'with', 'by', 'of', 'is', 'was', '->', '=>', '-']);
const MAX_PATH_WORDS = 3;

/**
 * After a path ending at `from`, the end of the first of the next MAX_PATH_WORDS words that ends
 * with a file extension (`notes.docx`, `2).xlsx`), when no word before it leaves the path (a
 * linking word, a key=value, another path, a bracket or a masked value opening); else -1.
 */
function spacedPathEnd(line: string, from: number, n: number): number {
  let i = from;
  for (let w = 0; w < MAX_PATH_WORDS; w++) {
    if (i >= n || line.charCodeAt(i) !== 32) return -1;
    i++;
    const a = i;
    // One pass over the word, reading indices only: this runs after every path on a hot path.
    let leaves = false;
    while (i < n) {
      const c = line.charCodeAt(i);
      if (c <= 32) break;
      if (c === 61 || c === 64) leaves = true;
      i++;
    }
    if (i === a || leaves) return -1;
    const c0 = line.charCodeAt(a);
    if (c0 === 47 || c0 === 92 || c0 === 91 || c0 === 60 || c0 === 34 || c0 === 39) return -1;
    // Linking words are all short: slice only those.
    if (i - a <= 4 && AFTER_PATH.has(line.slice(a, i).toLowerCase())) return -1;
    if (extensionEnd(line, a, i)) return i;
  }
  return -1;
}

/** line[a, b) ends with `.ext` (a letter, then up to four letters or digits; not `.65ms`), then closing punctuation. */
function extensionEnd(line: string, a: number, b: number): boolean {
  while (b > a && isCloseWrap(line.charCodeAt(b - 1)) && line.charCodeAt(b - 1) !== 46) b--;
  let dot = b - 1;
  while (dot > a && line.charCodeAt(dot) !== 46 && b - dot <= 6) dot--;
  if (dot <= a || line.charCodeAt(dot) !== 46 || b - dot - 1 < 1 || b - dot - 1 > 5) return false;
  for (let k = dot + 1; k < b; k++) {
    const c = line.charCodeAt(k);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && (k === dot + 1 || c < 48 || c > 57)) return false;
  }
  return true;
}

// HTTP's reason phrases (RFC 9110 and the common extensions), longest first per first word.
const REASONS = [
  'Continue', 'Switching Protocols', 'OK', 'Created', 'Accepted', 'Non-Authoritative Information', 'No Content', 'Reset Content',
  'Partial Content', 'Multiple Choices', 'Moved Permanently', 'Found', 'See Other', 'Not Modified', 'Temporary Redirect',
  'Permanent Redirect', 'Bad Request', 'Unauthorized', 'Payment Required', 'Forbidden', 'Not Found', 'Method Not Allowed',
  'Not Acceptable', 'Proxy Authentication Required', 'Request Timeout', 'Conflict', 'Gone', 'Length Required',
  'Precondition Failed', 'Content Too Large', 'Payload Too Large', 'Request Entity Too Large', 'URI Too Long',
  'Unsupported Media Type', 'Range Not Satisfiable', 'Expectation Failed', 'Misdirected Request', 'Unprocessable Entity',
  'Unprocessable Content', 'Locked', 'Failed Dependency', 'Too Early', 'Upgrade Required', 'Precondition Required',
  'Too Many Requests', 'Request Header Fields Too Large', 'Unavailable For Legal Reasons', 'Internal Server Error',
  'Not Implemented', 'Bad Gateway', 'Service Unavailable', 'Gateway Timeout', 'HTTP Version Not Supported',
  'Network Authentication Required',
].sort((a, b) => b.length - a.length);

/**
 * line[start, end) is a status code (100–599) and a reason phrase follows it after one space,
 * ending a word: the index after the phrase, or -1.
 */
function reasonPhraseEnd(line: string, start: number, end: number, n: number): number {
  const c0 = line.charCodeAt(start);
  const p0 = end + 1 < n ? line.charCodeAt(end + 1) : 0;
  // Every phrase opens with a capital.
  if (c0 < 49 || c0 > 53 || line.charCodeAt(end) !== 32 || p0 < 65 || p0 > 90) return -1;
  for (let k = start + 1; k < end; k++) if (!isDigit(line.charCodeAt(k))) return -1;
  const from = end + 1;
  for (const r of REASONS) {
    if (!line.startsWith(r, from)) continue;
    const after = from + r.length;
    if (after >= n || line.charCodeAt(after) <= 32 || isCloseWrap(line.charCodeAt(after))) return after;
  }
  return -1;
}

/**
 * Index of the quote closing the one at `open`, or -1. The closing quote must end a word
 * (followed by whitespace, punctuation or end of line) so apostrophes do not close it.
 */
function closingQuote(line: string, open: number, n: number): number {
  const q = line.charCodeAt(open);
  const limit = Math.min(n, open + 1 + MAX_QUOTED_CHARS);
  for (let j = open + 1; j < limit; j++) {
    if (line.charCodeAt(j) !== q || line.charCodeAt(j - 1) === 92) continue;
    if (j + 1 >= n) return j;
    const next = line.charCodeAt(j + 1);
    if (next <= 32 || isCloseWrap(next) || next === 40) return j;
  }
  return -1;
}

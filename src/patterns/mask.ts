// Variable masking of one whitespace-free token. Masking is only a hint to the tree: a
// token it misses is still generalised by cluster merging, so the rules stay conservative
// and run as linear character scans (no regexes, nothing that can backtrack).

import type { MaskingOptions } from './options.ts';
import { ALPHA, CLASS, DIGIT, HEX, NUM_PUNCT, isAlnum, isCloseWrap, isDigit, isOpenWrap, isQuote } from './char-class.ts';

export const WILDCARD = '<*>';

/** Mask the variable part of a token, keeping wrapping punctuation: `(10.0.0.1:80),` → `(<*>),`. */
export function maskToken(tok: string, m: MaskingOptions): string {
  let a = 0;
  let b = tok.length;
  while (a < b && isOpenWrap(tok.charCodeAt(a))) a++;
  while (b > a && isCloseWrap(tok.charCodeAt(b - 1))) b--;
  if (a >= b) return tok;
  const core = maskCore(tok, a, b, m);
  if (core === null) return tok;
  return a === 0 && b === tok.length ? core : tok.slice(0, a) + core + tok.slice(b);
}

/** The masked form of s[a, b), or null when nothing in it looks variable. */
function maskCore(s: string, a: number, b: number, m: MaskingOptions): string | null {
  const kv = maskKeyValue(s, a, b, m);
  if (kv !== undefined) return kv;
  if (isWholeVariable(s, a, b, m)) return WILDCARD;
  return m.digits ? maskDigitParts(s, a, b) : null;
}

/**
 * `key=value`: only the value can be variable. Returns undefined when the token is not a
 * key=value pair, so the caller classifies it as a whole (URLs with query strings, etc.).
 */
function maskKeyValue(s: string, a: number, b: number, m: MaskingOptions): string | null | undefined {
  const eq = s.indexOf('=', a + 1);
  if (eq < 0 || eq >= b) return undefined;
  for (let k = a; k < eq; k++) {
    const c = s.charCodeAt(k);
    // Keys are identifiers; anything else ('/', ':', '?') means this is not a pair.
    if (!(isAlnum(c) || c === 95 || c === 45 || c === 46)) return undefined;
  }
  const v = eq + 1;
  if (v >= b) return null;
  if (isQuote(s.charCodeAt(v))) {
    if (m.quoted && !m.quotedExemptKeys.includes(s.slice(a, eq))) return s.slice(a, v + 1) + WILDCARD;
    if (v + 1 >= b) return null;
    const inner = maskCore(s, v + 1, b, m);
    return inner === null ? null : s.slice(a, v + 1) + inner;
  }
  const inner = maskCore(s, v, b, m);
  return inner === null ? null : s.slice(a, v) + inner;
}

function isWholeVariable(s: string, a: number, b: number, m: MaskingOptions): boolean {
  let digits = 0;
  let numeric = true;
  let hexish = true;
  let slashes = 0;
  let at = -1;
  let backslash = false;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) {
      numeric = false;
      hexish = false;
      continue;
    }
    const cls = CLASS[c];
    if (cls & DIGIT) digits++;
    else {
      // T and Z appear inside ISO timestamps; the digit requirement keeps words out.
      if ((cls & NUM_PUNCT) === 0 && c !== 84 && c !== 90) numeric = false;
      if ((cls & HEX) === 0 && c !== 45 && c !== 58 && c !== 46) hexish = false;
    }
    if (c === 47) slashes++;
    else if (c === 64 && at < 0) at = k;
    else if (c === 92) backslash = true;
  }
  const first = s.charCodeAt(a);
  if (m.digits && digits > 0) {
    if (numeric) return true;
    // A leading digit means a number with a unit or suffix (12ms, 0x1f, 3.5GB, 2nd).
    if (isDigit(first)) return true;
    if ((first === 45 || first === 43) && b - a > 1 && isDigit(s.charCodeAt(a + 1))) return true;
    // Ids, hashes, UUIDs, IPv6: hex digits and separators, long enough not to be a word.
    if (hexish && b - a >= 8) return true;
  }
  if (m.paths) {
    if (slashes > 0) {
      const scheme = s.indexOf('://', a);
      if (scheme > a && scheme < b) return true;
      if (slashes >= 2) return true;
      if ((first === 46 || first === 126) && s.charCodeAt(a + 1) === 47) return true;
    }
    if (backslash) {
      if (first === 92 && s.charCodeAt(a + 1) === 92) return true;
      if (b - a > 2 && (CLASS[first] & ALPHA) !== 0 && s.charCodeAt(a + 1) === 58 && s.charCodeAt(a + 2) === 92) return true;
    }
  }
  if (m.digits && isHostName(s, a, b)) return true;
  return m.emails && at > a && at < b - 1;
}

/**
 * A DNS name with a port (`files.example.com:443`, `gw.corp:3128`) or without one but with at
 * least three labels ending in a short alphabetic TLD (`mail.example.org`). A host is a value
 * even when one dominates a log: kept as a constant it splits a template per host.
 * Lowercase only, so Java classes (`java.io.IOException`) and Windows names stay words.
 */
function isHostName(s: string, a: number, b: number): boolean {
  let end = b;
  const colon = s.lastIndexOf(':', b - 1);
  let port = false;
  if (colon > a && colon < b - 1) {
    for (let k = colon + 1; k < b; k++) if (!isDigit(s.charCodeAt(k))) return false;
    port = true;
    end = colon;
  }
  let dots = 0;
  let labelStart = a;
  let lastAlpha = true;
  let tld = 0;
  for (let k = a; k <= end; k++) {
    const c = k < end ? s.charCodeAt(k) : 46;
    if (c === 46) {
      if (k === labelStart) return false;
      if (k < end) dots++;
      tld = k - labelStart;
      labelStart = k + 1;
      continue;
    }
    const lower = c >= 97 && c <= 122;
    if (!(lower || isDigit(c) || (c === 45 && k > labelStart))) return false;
    if (k === labelStart) lastAlpha = true;
    if (!lower) lastAlpha = false;
  }
  if (port) return dots >= 1 && lastAlpha;
  return dots >= 2 && lastAlpha && (tld === 2 || (tld <= 10 && TLDS.has(s.slice(labelStart - tld - 1, labelStart - 1))));
}

/**
 * Top-level names of more than two letters that hosts in logs end with (two letters are a
 * country's). Without a port, a dotted lower-case name is a host only when it ends so: a logger
 * or an event's dotted name (`atc.scanner.tick.start`, `org.apache.kafka`) is wording.
 */
const TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'io', 'ai', 'app', 'dev', 'cloud',
  'tech', 'online', 'site', 'xyz', 'shop', 'store', 'blog', 'page', 'media', 'news', 'systems', 'services', 'host',
  'local', 'localdomain', 'localhost', 'lan', 'home', 'internal', 'intranet', 'corp', 'intra', 'private', 'domain',
  'example', 'test', 'invalid', 'arpa', 'svc', 'cluster', 'consul', 'onion',
]);

/**
 * Identifiers that embed numbers keep their letters and separators and lose the numbers:
 * `blk_-1608` → `blk_<*>`, `job_1445_0003` → `job_<*>_<*>`, `pod-7f9c8d-x2` → `pod-<*>-<*>`.
 */
function maskDigitParts(s: string, a: number, b: number): string | null {
  let out = '';
  let changed = false;
  let k = a;
  let copied = a;
  while (k < b) {
    if (!isAlnum(s.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    let digits = 0;
    while (k < b) {
      const c = s.charCodeAt(k);
      if (!isAlnum(c)) break;
      if (isDigit(c)) digits++;
      k++;
    }
    if (digits === 0 || keepsDigits(s, start, k, digits)) continue;
    let cut = start;
    // A sign belongs to the number unless the dash joins two words (`ip-10` keeps its dash).
    if (cut - 1 >= copied && s.charCodeAt(cut - 1) === 45 && (cut - 2 < a || !isAlnum(s.charCodeAt(cut - 2)))) cut--;
    out += s.slice(copied, cut) + WILDCARD;
    copied = k;
    changed = true;
  }
  if (!changed) return null;
  return copied < b ? out + s.slice(copied, b) : out;
}

/**
 * Short names with a digit inside a word (log4j, k8s, i18n) are names, not numbers; a run of
 * hex digits (`e29b`, `a716`: pieces of an id) is not.
 */
function keepsDigits(s: string, start: number, end: number, digits: number): boolean {
  return (
    end - start <= 8 &&
    digits <= 2 &&
    !isDigit(s.charCodeAt(start)) &&
    // A trailing number is an instance (eth0, sda1, node7) unless the name has capitals,
    // as protocol and version names do (SOCKS5, HTTP2, IPv6); one padded with a zero is an
    // instance whatever the case (SW01, NODE02): no version is written so.
    (!isDigit(s.charCodeAt(end - 1)) || (hasUpper(s, start, end) && !(digits === 2 && s.charCodeAt(end - 2) === 48))) &&
    !(end - start >= 4 && isHexRun(s, start, end))
  );
}

function hasUpper(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function isHexRun(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (CLASS[c] & HEX) === 0) return false;
  }
  return true;
}

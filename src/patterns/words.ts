// Plain-English cues for whether a differing word is an argument of the message (a name,
// a value) rather than its own wording. Shared by same-length matching (miner.ts) and the
// alignment of lines of different lengths (variants.ts).

import { isAlpha } from './char-class.ts';

/**
 * Tokens after which a word is an argument, not the event's own wording: prepositions and the
 * nouns logs use to introduce a name. Plain English, not any one log's vocabulary. Not `to`,
 * which also opens a verb (`seconds to spawn` / `to destroy`), nor `client`, which Windows
 * servicing logs follow with the client's fixed name.
 */
export const ARGUMENT_BEFORE = new Set([
  'for', 'from', 'by', 'of', 'on', 'in', 'at', 'with', 'into', 'via',
  'user', 'host', 'server', 'node', 'table', 'database', 'db', 'file', 'service', 'container',
  'pod', 'topic', 'queue', 'group', 'account', 'job', 'task', 'volume', 'bucket', 'key', 'device', 'interface', 'unit', 'module',
]);

/** An upper-case letter then lower-case ones (`Synchronization`, `Manager.`): a word of a proper name. */
export function capitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90 || t.length < 2) return false;
  const d = t.charCodeAt(1);
  return d >= 97 && d <= 122;
}

/**
 * Two differing words of which one is `-` (the absent value of access logs and syslog
 * headers), or both are built like identifiers: letters joined by `_`, `-`, `~`, `/`, `.`, `,`
 * or `\` inside the word (`bk_static`, `fe-mysql`, `www-https~`, `layouts/admin`, `qr,aa,rd`,
 * a namespaced class `App\Message\SyncStock`).
 * Names of backends, routers, layouts and flag sets are built so; prose seldom is (`re-run`),
 * and an event whose own wording differs only in such a word is rarer still.
 */
export function valueShaped(a: string, b: string): boolean {
  if (a === '-' || b === '-') return true;
  return joined(a) && joined(b) && !(snakeCode(a) && snakeCode(b)) && !(className(a) && className(b)) && !(fieldName(a) && fieldName(b));
}

/**
 * A field's name as a label, its words capitalised and joined by `-` (`Start-Date:`,
 * `Requested-By:`, `Content-Type:`): how a record of `Name: value` lines names its fields, so
 * wording, not a value built like an identifier.
 */
function fieldName(t: string): boolean {
  if (t.length < 4 || t.charCodeAt(t.length - 1) !== 58) return false;
  let start = true;
  for (let k = 0; k < t.length - 1; k++) {
    const c = t.charCodeAt(k);
    if (c === 45) {
      if (start) return false;
      start = true;
    } else if (start) {
      if (c < 65 || c > 90) return false;
      start = false;
    } else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return !start && t.includes('-');
}

/**
 * A class written with its package (`o.a.s.c.SolrCore`, `org.eclipse.jetty.Server`): the logger
 * of a Java-style record, which names where the event was logged, as a message's wording does.
 * A host is written in lower case (`db1.example.com`).
 */
function className(t: string): boolean {
  const dot = t.lastIndexOf('.');
  if (dot <= 0 || dot + 2 >= t.length) return false;
  const c = t.charCodeAt(dot + 1);
  if (c < 65 || c > 90) return false;
  let lower = false;
  for (let k = dot + 2; k < t.length; k++) {
    const x = t.charCodeAt(k);
    if (x >= 97 && x <= 122) lower = true;
    else if (!((x >= 65 && x <= 90) || (x >= 48 && x <= 57) || x === 36)) return false;
  }
  const p = t.charCodeAt(0);
  return lower && p >= 97 && p <= 122;
}

/**
 * An identifier in capitals joined by `_` (`DHCP4_LEASE_ALLOC`, `SERVICE_START`): how programs
 * name a kind of message or record. Built like an identifier, it is still no name or value.
 */
function snakeCode(t: string): boolean {
  let a = 0;
  let b = t.length;
  while (a < b && isWrap(t.charCodeAt(a))) a++;
  while (b > a && isWrap(t.charCodeAt(b - 1))) b--;
  if (b - a < 4 || t.indexOf('_', a) < 0) return false;
  for (let k = a; k < b; k++) {
    const c = t.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) return false;
  }
  return true;
}

/** Built like an identifier (`ap-lobby`, `bk_static`, `layouts/admin`): a name, not wording. */
export function joined(t: string): boolean {
  let a = 0;
  let b = t.length;
  while (a < b && isWrap(t.charCodeAt(a))) a++;
  while (b > a && isWrap(t.charCodeAt(b - 1))) b--;
  for (let k = a + 1; k < b - 1; k++) {
    const c = t.charCodeAt(k);
    if (c === 95 || c === 45 || c === 126 || c === 47 || c === 46 || c === 44 || c === 92) return isWordChar(t.charCodeAt(k - 1)) && isWordChar(t.charCodeAt(k + 1));
  }
  return false;
}

/** Wrapping punctuation around a token: brackets, quotes and the `:`/`,`/`.` that end a clause. */
function isWrap(c: number): boolean {
  return c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 34 || c === 39 || c === 58 || c === 44 || c === 46 || c === 59 || c === 33;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Two tokens, at least one a `key=value`, that do not share a key: `client=<*>` against
 * `message-id=<*>` or against a plain word. The key is text the message prints, not a value.
 */
export function keyDiffers(a: string, b: string): boolean {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka === '' && kb === '') return false;
  if (ka !== '' && kb !== '') return ka !== kb;
  // One keyed, the other a plain word: a masked value on the plain side says nothing.
  return !(ka === '' ? a : b).includes('<*>');
}

/** `key=value` with an identifier key: the key is wording the line prints, whatever the value. */
export function keyed(t: string): boolean {
  return keyOf(t) !== '';
}

/** The identifier before `=` in `key=value` (a value after it), or ''. */
function keyOf(t: string): string {
  // Not the `key:value` of keySeparator: taking those keys for wording here split events
  // that print an optional field (sealed3 0.861 -> 0.838, sealed10 0.723 -> 0.715).
  const eq = t.indexOf('=');
  if (eq <= 0 || eq >= t.length - 1) return '';
  for (let k = 0; k < eq; k++) {
    const c = t.charCodeAt(k);
    if (!(isWordChar(c) || c === 95 || c === 45 || c === 46)) return '';
  }
  return t.slice(0, eq);
}

const CALENDAR = new Set([
  'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  // A 12-hour clock's half of the day (`11:10:54 PM`) is as much the time as its digits.
  'AM', 'PM',
  // …and so is the time zone written after it (`18:49:10 GMT:`, `+0000 UTC`).
  'UTC', 'GMT', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'BST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'JST', 'KST', 'IST', 'AEST', 'AEDT',
]);

/** A day or month name or a time zone, with any punctuation around it (`Jul`, `*Mar`, `(Tue,`, `GMT:`). */
export function calendarWord(t: string): boolean {
  if (CALENDAR.has(t)) return true;
  let a = 0;
  let b = t.length;
  while (a < b && !isAlpha(t.charCodeAt(a))) a++;
  while (b > a && !isAlpha(t.charCodeAt(b - 1))) b--;
  return b - a >= 3 && (a > 0 || b < t.length) && CALENDAR.has(t.slice(a, b));
}

const SEVERITIES = new Set(['trace', 'debug', 'info', 'notice', 'warn', 'warning', 'error', 'err', 'crit', 'critical', 'alert', 'emerg', 'fatal', 'severe', 'inf', 'wrn', 'dbg', 'ftl', 'vrb', 'trc']);

/** A log severity in any case, with punctuation around it (`WARN`, `[error]`, `<info>`); not single letters (`E`, `W`). */
export function severity(t: string): boolean {
  let a = 0;
  let b = t.length;
  while (a < b && !isAlpha(t.charCodeAt(a))) a++;
  while (b > a && !isAlpha(t.charCodeAt(b - 1))) b--;
  if (b - a < 3 || b - a > 8) return false;
  return SEVERITIES.has(t.slice(a, b).toLowerCase());
}

/**
 * Where a `key=value` token's key ends (the `=`), or -1. Without `=`, a lower-case identifier
 * before a `:` with a value after it (`login:root`, `cluster_name:tele.example.com`) is a field
 * too: some loggers print their fields so. Capitals (`ERROR:root:`), a one-letter drive
 * (`C:\`), a path (`srv/sess.go:891`) and a URL's scheme (`https://`) are not keys.
 */
export function keySeparator(t: string): number {
  const eq = t.indexOf('=');
  if (eq >= 0) return eq > 0 && eq < t.length - 1 ? eq : -1;
  const colon = t.indexOf(':');
  if (colon < 2 || colon >= t.length - 1 || t.charCodeAt(colon + 1) === 47 || t.charCodeAt(colon + 1) === 58) return -1;
  const c0 = t.charCodeAt(0);
  if (c0 < 97 || c0 > 122) return -1;
  for (let k = 1; k < colon; k++) {
    const c = t.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46)) return -1;
  }
  return colon;
}

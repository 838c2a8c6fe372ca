// Lines of one event whose token counts differ: a variable that spans a varying number of
// tokens (`0 bytes sent` / `1190 bytes (1.16 KB) sent`, a stack of 3 or 7 addresses, a
// free-text reason after `failed:`). Drain routes by token count and never sees them
// together; here a line that would start a new cluster is aligned (longest common token
// subsequence) with clusters of other lengths that begin like it.
//
// Whether what differs is a variable is judged from its content, never from which log it is:
// each stretch between aligned tokens must be mostly masked material (numbers, ids, addresses), or
// be the whole tail after a constant `label:` both align on, the usual place of free text. A stretch of plain
// words in the middle (`for invalid user` vs `for`) is a different event.

import { isAlpha, isDigit, isNameChar, isQuote } from './char-class.ts';
import { sameKey } from './cluster.ts';
import { WILDCARD } from './mask.ts';
import { ARGUMENT_BEFORE, calendarWord, capitalised, joined, keyed, severity } from './words.ts';

/** Longer lines are not aligned: the table is quadratic, and such lines are rare. */
const MAX_ALIGN = 64;
/** Tokens a stretch may span on either side, unless it is a free-text tail. */
const MAX_GAP = 4;
/** Tokens a stretch inside brackets may span (a shell command, a thread's name). */
const MAX_BRACKETED = 24;
/** Constants that must align, so two short lines of wildcards do not pair up. */
const MIN_CONSTANTS = 2;
/** Constants up to a `label:` whose differing tail is taken as free text. */
export const TAIL_CONSTANTS = 2;

let table = new Uint16Array(0);

/**
 * a[i] aligns with b[j]: equal, or b[j] is a position template b generalised from single words
 * (it stands for any one token, as it did for the lines it absorbed).
 */
const same = (a: readonly string[], i: number, b: readonly string[], j: number, bWild?: Uint8Array): boolean =>
  a[i] === b[j] || (bWild !== undefined && ((bWild[j] === 1 && !a[i].includes(WILDCARD)) || (bWild[j] === 2 && sameKey(b[j], a[i]))));

/** Fill the LCS suffix table of a[0..n) × b[0..m): table[i*(m+1)+j] = LCS of a[i..], b[j..]. */
function lcs(a: readonly string[], n: number, b: readonly string[], m: number, bWild?: Uint8Array): void {
  const w = m + 1;
  if (table.length < (n + 1) * w) table = new Uint16Array((n + 1) * w * 2);
  for (let j = 0; j <= m; j++) table[n * w + j] = 0;
  for (let i = n - 1; i >= 0; i--) {
    table[i * w + m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = same(a, i, b, j, bWild) ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
}

/** Aligned index pairs of a and b, in order, from the filled table. */
function pairs(a: readonly string[], n: number, b: readonly string[], m: number, bWild?: Uint8Array): number[] {
  const w = m + 1;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a, i, b, j, bWild)) {
      out.push(i, j);
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return out;
}

/**
 * Masked tokens in xs[from, to) minus unmasked ones; a position a template generalised from
 * words counts as a word.
 */
const maskBalance = (xs: readonly string[], from: number, to: number, wild: Uint8Array | undefined, keysAreWords: boolean): number => {
  let b = 0;
  for (let k = from; k < to; k++) {
    // A whole field of a `key: value,` list is optional as a `key=<*>` is (`ip: <*>, user: bob, from: …`).
    if (!keysAreWords && k + 1 < to && listField(xs, k + 1, xs.length)) {
      b += 2;
      k++;
      continue;
    }
    b += xs[k].includes(WILDCARD) && !(wild && wild[k] !== 0) && !(keysAreWords && keyed(xs[k])) ? 1 : -1;
  }
  return b;
};

/**
 * How well line a[0..n) fits as another-length form of template b: the share of the longer
 * side that aligns, or 0 when some differing stretch is not variable material.
 */
export function lengthVariant(a: readonly string[], n: number, b: readonly string[], bWild: Uint8Array, aWild?: Uint8Array, messageKeys: readonly string[] = []): number {
  const m = b.length;
  if (n > MAX_ALIGN || m > MAX_ALIGN || n === m) return 0;
  lcs(a, n, b, m, bWild);
  const matched = table[0];
  if (matched * 2 < Math.min(n, m)) return 0;
  const p = pairs(a, n, b, m, bWild);
  let constants = 0;
  // Constants that are the message's words (not names), for the free-text tail.
  let wording = 0;
  let differed = false;
  // `key=<*>` tokens aligned, and whether the one differing stretch is a trailing `(…)` on one side.
  let keys = 0;
  let trailingNote = false;
  let freeTail = false;
  // Aligned words of the message itself, not the header's date, separators or severity.
  let said = 0;
  let pi = -1;
  let pj = -1;
  // The last aligned constant word (not a template's generalised position), and its indexes.
  let ci = -1;
  let cj = -1;
  for (let k = 0; k <= p.length && !freeTail; k += 2) {
    const last = k === p.length;
    const i = last ? n : p[k];
    const j = last ? m : p[k + 1];
    const ga = i - pi - 1;
    const gb = j - pj - 1;
    if (ga > 0 || gb > 0) {
      // Stretches short enough to be one value written with spaces (the kinds below).
      const short = ga <= MAX_BRACKETED && gb <= MAX_BRACKETED;
      // A stretch inside brackets on both sides is a parameter, whatever its words
      // (`named [Abandoned connection cleanup thread]` / `[Timer-0]`, `CMD (cd / && run-parts …)`),
      // as differing words inside brackets are for lines of one length (miner.ts).
      const inside = short && enclosed(a, pi + 1, i) && enclosed(b, pj + 1, j);
      // Not the message's own key (`msg="Startup complete"` / `msg="Authelia <*> is starting"`).
      const field = last && lastField(a, pi + 1, n, b, pj + 1, m) && !namesMessage(a, pi + 1, messageKeys);
      const spaced = short && spacedValue(a, pi, i, n, b, pj, j, m);
      const agent = short && userAgent(a, pi + 1, i) && userAgent(b, pj + 1, j);
      const spacedEq = short && afterSpacedEquals(a, pi, i, n) && afterSpacedEquals(b, pj, j, m);
      if (!inside && !field && !spaced && !agent && !spacedEq) {
        if (ga > MAX_GAP || gb > MAX_GAP) return 0;
        // Mostly masked material: `(1.16 KB)`, `@0x7fe… @0x7fe…`; not `reporting enabled on CPU#<*>.`
        // Or a capitalised name after a word that introduces one (`Unit Periodic Command Scheduler`).
        // A field present on one side only is optional (`jid=<*> bid=<*> INFO:`); fields in place
        // of others (`WINDOW=<*> RES=<*> URGP=<*>` / `LEN=<*>`) are another kind of record, their
        // keys its wording.
        const swapped = ga > 0 && gb > 0;
        const balance = maskBalance(a, pi + 1, i, aWild, swapped) + maskBalance(b, pj + 1, j, bWild, swapped);
        if (balance < 0 && !(ci >= 0 && ARGUMENT_BEFORE.has(a[ci].toLowerCase()) && nameRun(a, ci + 1, i) && nameRun(b, cj + 1, j)) && !optionalFlag(a, pi, i, n, gb) && !optionalFlag(b, pj, j, m, ga)) return 0;
      }
      trailingNote = !differed && last && (field || (inside && (ga === 0 || gb === 0) && closesLine(a, pi + 1, n) && closesLine(b, pj + 1, m)));
      differed = true;
    }
    if (last) break;
    if (!a[i].includes(WILDCARD) && bWild[j] === 0 && !(aWild && aWild[i] !== 0)) {
      constants++;
      if (!joined(a[i]) && !calendarWord(a[i])) wording++;
      if (saysSomething(a[i])) said++;
      ci = i;
      cj = j;
    } else if (keyed(a[i]) && a[i] === b[j]) keys++;
    // After a `label:` that both reach without differing, the rest is free text, unless it
    // opens with a keyword (`statement: SELECT …` / `statement: UPDATE …`). A name built like an
    // identifier is a header's, not the message's wording (`ap-lobby hostapd:`, `[Server
    // thread/INFO]:`): after it nothing of the message has been said yet. Nor after the header's
    // end (a syslog tag, `smartd[<*>]:`, or a severity label; see endsHeader): the month and host
    // before it are the header's.
    if (endsHeader(a, i)) wording = 0;
    else if (!differed && wording >= TAIL_CONSTANTS && isLabel(a, i, n) && !opensStatement(a, i + 1, n) && !opensStatement(b, j + 1, m) && !messageLabel(a[i], messageKeys)) freeTail = true;
    pi = i;
    pj = j;
  }
  // A note in parentheses closing the line (`fd=<*> closed` / `fd=<*> closed (connection lost)`),
  // or the last field's value, differs in a record whose fields name it: their keys count as its
  // wording then.
  if (constants < MIN_CONSTANTS && !(trailingNote && constants + keys >= MIN_CONSTANTS)) return 0;
  // Lines that share only their header (`<date> - [info] <*> <*>` / `<date> - [info] [server:HA]
  // Connecting to <*>`) share no wording: a template whose message generalised away is no form
  // of another event.
  if (said === 0 && keys === 0) return 0;
  return matched / Math.max(n, m);
}

/**
 * xs[i] is one word's value in a list of `key: value,` fields (`clientid: gw-12, peer: …`, or
 * the list's last field, `…, source: http`): data, as a `key=value`'s value is.
 */
export function listField(xs: readonly string[], i: number, n: number): boolean {
  if (i < 1 || i >= n || !fieldKey(xs[i - 1])) return false;
  // A list has two fields at least: one label and a comma (`tunnel: EOF, conn: <nil>.`) may
  // be free text's.
  if (fieldEnds(xs, i, n)) return fieldEnds(xs, i + 2, n) || (i >= 3 && fieldKey(xs[i - 3]) && fieldEnds(xs, i - 2, n));
  return i === n - 1 && i >= 3 && fieldKey(xs[i - 3]) && fieldEnds(xs, i - 2, n);
}

/** xs[i] is a one-word value that a comma ends, with another key after it. */
function fieldEnds(xs: readonly string[], i: number, n: number): boolean {
  if (i + 1 >= n) return false;
  const t = xs[i];
  // A template's generalised value has lost its comma.
  return (t.charCodeAt(t.length - 1) === 44 || t === WILDCARD) && fieldKey(xs[i + 1]);
}

/** `peername:`, `MessageID:`: a key of letters and its colon, as a field list names its fields. */
function fieldKey(t: string): boolean {
  if (t.length < 2 || t.charCodeAt(t.length - 1) !== 58) return false;
  for (let k = 0; k < t.length - 1; k++) {
    const c = t.charCodeAt(k);
    if (!(isAlpha(c) || c === 95)) return false;
  }
  return true;
}

/**
 * `msg:`: a label whose key names the message (MaskingOptions.quotedExemptKeys, as a JSON
 * record's `msg`). What follows it is the message, not a labelled value or free text.
 */
export function messageLabel(t: string, keys: readonly string[]): boolean {
  // In any case: a record of capitalised keys writes `Message:` (`Severity: …, Message: …`).
  return t.length > 1 && t.charCodeAt(t.length - 1) === 58 && keys.includes(t.slice(0, -1).toLowerCase());
}

/**
 * xs[i] is `msg=…` (a key of MaskingOptions.quotedExemptKeys) in a record of fields: only fields,
 * masked values and a severity come before it. After the message's own words (`authentication
 * failure; rhost=<*> msg=Invalid credentials`) such a key holds a detail, a value like others.
 */
export function namesMessage(xs: readonly string[], i: number, keys: readonly string[]): boolean {
  const eq = xs[i].indexOf('=');
  if (eq <= 0 || !keys.includes(xs[i].slice(0, eq))) return false;
  for (let k = 0; k < i; k++) if (!keyed(xs[k]) && !xs[k].includes(WILDCARD) && !severity(xs[k])) return false;
  return true;
}

/** xs[i] is `msg=node_down`: the message's key (see namesMessage) with a word for its value, neither quoted nor masked. */
export function messageField(xs: readonly string[], i: number, keys: readonly string[]): boolean {
  const t = xs[i];
  const eq = t.indexOf('=');
  if (eq <= 0 || eq + 1 >= t.length || t.charCodeAt(eq + 1) === 34 || t.charCodeAt(eq + 1) === 39 || t.includes(WILDCARD)) return false;
  return namesMessage(xs, i, keys);
}

/** A word of the message: letters in it, not a month or day name, a severity or punctuation alone. */
function saysSomething(t: string): boolean {
  return !calendarWord(t) && !severity(t) && hasLetter(t);
}

function hasLetter(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (isAlpha(t.charCodeAt(k))) return true;
  return false;
}

/**
 * xs[from, to) is the content of one parenthesis or square bracket: opened by the aligned token
 * before it or by its own first token, and closed within it or by the aligned token after it.
 * The bracket must be that local: a template's generalised token has lost its brackets
 * (`[pool <*> child …` once `www]` generalised), so a depth counted from the line's start
 * would put everything after an opening bracket inside. Braces are left out, as in miner.ts:
 * they print records whose type field can name the event.
 */
function enclosed(xs: readonly string[], from: number, to: number): boolean {
  if (from >= to) return true;
  let depth = from > 0 ? bracketDepth(xs[from - 1], 0) : 0;
  for (let k = from; k < to; k++) {
    const c0 = xs[k].charCodeAt(0);
    if (depth === 0 && c0 !== 40 && c0 !== 91) return false;
    depth = bracketDepth(xs[k], depth);
  }
  return depth === 0 || (to < xs.length && bracketDepth(xs[to], depth) === 0);
}

function bracketDepth(t: string, depth: number): number {
  for (let j = 0; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
  }
  return depth;
}

/**
 * xs(prev, next) is a flag or two present on one side only (`ID=<*> DF PROTO=TCP` /
 * `ID=<*> PROTO=TCP`), between `key=value` fields: a record of fields prints a set flag as a
 * bare upper-case word and an unset one not at all, so the field list is the same record.
 */
function optionalFlag(xs: readonly string[], prev: number, next: number, len: number, otherGap: number): boolean {
  if (otherGap !== 0 || next - prev - 1 > 2 || prev < 0 || next >= len) return false;
  if (!keyed(xs[prev]) || !keyed(xs[next])) return false;
  for (let k = prev + 1; k < next; k++) if (!upperWord(xs[k])) return false;
  return true;
}

/**
 * xs(prev, next) is the value of one `key=value` up to the next `key=value` (`command=grep -r
 * root /etc terminal=0`): a list of fields whose values are written without quotes runs each
 * value to the next key, so whatever words stand there are that value. The field is the one at
 * prev, or the stretch opens with it; returns its key, or '' when the stretch is no such value.
 */
function spacedField(xs: readonly string[], prev: number, next: number, len: number): string {
  if (next >= len || !keyed(xs[next])) return '';
  let field = prev;
  if (prev + 1 < next && keyed(xs[prev + 1])) field = prev + 1;
  if (field < 0 || !keyed(xs[field])) return '';
  for (let k = field + 1; k < next; k++) if (xs[k].includes('=')) return '';
  const eq = xs[field].indexOf('=');
  // A value that opens with a quote (a logfmt `msg="Setting up backup log"` read word by word)
  // says itself where it ends: its words are the message's.
  if (isQuote(xs[field].charCodeAt(eq + 1))) return '';
  return xs[field].slice(0, eq);
}

/**
 * xs(p, i) is the value of a `Name = value` field, spaces and all (`CallerId = Windows Defender
 * Id = 335`): a lone `=` at p, and the next field's `=` right after the next token (or the line's
 * end) at i.
 */
function afterSpacedEquals(xs: readonly string[], p: number, i: number, len: number): boolean {
  return p > 0 && xs[p] === '=' && (i >= len || (i + 1 < len && xs[i + 1] === '='));
}

/** Both stretches are the value of the same field written without quotes (see spacedField). */
function spacedValue(a: readonly string[], pi: number, i: number, n: number, b: readonly string[], pj: number, j: number, m: number): boolean {
  const k = spacedField(a, pi, i, n);
  return k !== '' && k === spacedField(b, pj, j, m);
}

/** xs[i] stands inside a value written without quotes: a `key=value` before it and one after, no other `=` between. */
export function inSpacedValue(xs: readonly string[], i: number, n: number): boolean {
  let prev = i - 1;
  while (prev >= 0 && !xs[prev].includes('=')) prev--;
  let next = i + 1;
  while (next < n && !xs[next].includes('=')) next++;
  return prev >= 0 && spacedField(xs, prev, next, n) !== '';
}

/**
 * xs[i] is a value in a record of fields set off by lone dashes, each a name and its value
 * (`… : Source <*> - Destination <*> - ClientVersion TLSv1.3 - Session New`): at least three
 * such dashes in the line, a dash two or more tokens before xs[i] with only the field's name and
 * value between, and the next dash (or the line's end) within a few tokens after it.
 */
export function dashField(xs: readonly string[], i: number, n: number): boolean {
  let a = i - 1;
  while (a >= 0 && i - a <= 4 && xs[a] !== '-') a--;
  if (a < 0 || xs[a] !== '-' || i - a < 2) return false;
  const name = xs[a + 1];
  if (!isAlpha(name.charCodeAt(0)) || name.includes(WILDCARD) || name.includes('=') || name.charCodeAt(name.length - 1) === 58) return false;
  let b = i + 1;
  while (b < n && b - i <= 4 && xs[b] !== '-') b++;
  if (b < n && xs[b] !== '-') return false;
  // Three dashes each followed by a name, and none by another dash or a value: a CSV record
  // writes its empty fields as `-` (`- - - 250 SEND`), with no name after them.
  let dashes = 0;
  for (let k = 0; k < n; k++) {
    if (xs[k] !== '-') continue;
    if (k + 1 >= n || !isAlpha(xs[k + 1].charCodeAt(0)) || xs[k + 1].includes(WILDCARD)) return false;
    dashes++;
  }
  return dashes >= 3;
}

function upperWord(t: string): boolean {
  if (t.length > 8) return false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * a[ai..] and b[bj..] are the same last field, `key=` empty on one side and with a value on the
 * other (`text=` / `text=invalid credentials`): the value of a line's last field may hold
 * spaces (see isLabel), so it is one value, however many tokens it spans.
 */
function lastField(a: readonly string[], ai: number, n: number, b: readonly string[], bj: number, m: number): boolean {
  if (ai >= n || bj >= m) return false;
  const eq = a[ai].indexOf('=');
  if (eq <= 0 || !b[bj].startsWith(a[ai].slice(0, eq + 1))) return false;
  for (let k = eq; k > 0; k--) if (!isNameChar(a[ai].charCodeAt(k - 1))) return false;
  for (let k = ai + 1; k < n; k++) if (a[k].includes('=')) return false;
  for (let k = bj + 1; k < m; k++) if (b[k].includes('=')) return false;
  return true;
}

/** xs[from, len) is empty or opens with `(` and its last token ends with `)`. */
function closesLine(xs: readonly string[], from: number, len: number): boolean {
  if (from >= len) return true;
  return xs[from].charCodeAt(0) === 40 && xs[len - 1].charCodeAt(xs[len - 1].length - 1) === 41;
}

/** xs[from, to) is a run of capitalised words or values: one name spread over tokens. */
function nameRun(xs: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!capitalised(xs[k]) && !xs[k].includes(WILDCARD)) return false;
  return true;
}

/**
 * A token after which the rest of the line is one value: a word with its colon attached
 * (`failed:`, also after a value: `port <*>:`, `executor <*>):`), or the last `key=value` of a
 * line whose later tokens hold no `=`, since an unquoted value with spaces can only be the last
 * field (`COMMAND=/usr/bin/apt update`). A lone `:` separates fields (`error : …`), it
 * introduces no text.
 */
export function isLabel(xs: readonly string[], i: number, n: number): boolean {
  const t = xs[i];
  if (t.length > 1 && t.charCodeAt(t.length - 1) === 58) {
    // Inside a column of a record of angle-bracketed columns (`for queue: '…'>`), a label names
    // the column's content.
    if (angled(xs, i)) return false;
    // A label in brackets names the bracket's content (`[MSGID: 106499]`, `(errno: 13)`) or
    // the message's subject (`device (tun0): state change: …`), not the rest of the line.
    if (t.charCodeAt(0) === 91 || t.charCodeAt(0) === 40) return false;
    // One field of a list (`clientid: gw-12, msg: …`): its value ends at the comma before the
    // next key.
    if (listField(xs, i + 1, n)) return false;
    // A value as the label (`port <*>:`, `bufsize = <*>:`) is one, but not after a header's
    // bracketed field or a bare separator: there it is a name in the header, and the message
    // follows (`[file.c:<*>:fn] 0-management: …`, `INFO : path/to/file: Copied`, `L <*> - <*>:`).
    return !(bareValue(t) && i > 0 && (separator(xs[i - 1]) || bracketedField(xs[i - 1])));
  }
  const eq = t.indexOf('=');
  // A lone `|` after the field ends its value (`n=ansible | ok: [web1]`).
  if (eq <= 0 || i + 1 >= n || xs[i + 1] === '|') return false;
  for (let k = i + 1; k < n; k++) if (xs[k].includes('=')) return false;
  return true;
}

/**
 * `key="word…`: a quoted value left unmasked, so tokenised word by word (the message keys of
 * logfmt, see MaskingOptions.quotedExemptKeys). Its first word opens the message.
 */
export function quotedText(t: string): boolean {
  const eq = t.indexOf('=');
  if (eq <= 0 || eq + 2 >= t.length) return false;
  const q = t.charCodeAt(eq + 1);
  // Not a quoted field list (auditd's `msg='unit=sshd …'`): its keys are a record's, not words.
  return (q === 34 || q === 39) && !t.startsWith(WILDCARD, eq + 2) && t.indexOf('=', eq + 2) < 0;
}

/** Punctuation alone, not `=` (which binds a value to its key): `-`, `:`, `|`. */
function separator(t: string): boolean {
  if (t === '=' || t.includes(WILDCARD)) return false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (isAlpha(c) || isDigit(c)) return false;
  }
  return true;
}

/** One bracketed field: `[file.c:<*>:fn]`, `[<*>]`. */
function bracketedField(t: string): boolean {
  return t.length > 1 && t.charCodeAt(0) === 91 && t.charCodeAt(t.length - 1) === 93;
}

/** A masked value with no name of its own (`<*>:`, `<*>):`), unlike `modeset(<*>):`; the wildcard has no letter. */
function bareValue(t: string): boolean {
  return t.includes(WILDCARD) && !hasLetter(t);
}

/** An upper-case word of 3+ letters (SELECT, POST, ERROR): it names an operation, not free text. */
export function keyword(t: string | undefined): boolean {
  if (t === undefined || t.length < 3) return false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * xs[j] is a keyword that opens a longer text after a label (`statement: SELECT …`): the
 * text is then a statement of that kind, not free text. A keyword that is the whole tail
 * (`completed: SUCCESS`, `status: FAILED`) is the labelled value itself, as a lower-case
 * word there would be.
 */
export function opensStatement(xs: readonly string[], j: number, n: number): boolean {
  if (!(j + 1 < n && keyword(xs[j]))) return false;
  // A statement has clauses (`SELECT … FROM`, `UPDATE … SET`); an abbreviation opening prose
  // (`TLS handshake timeout`) has none.
  for (let k = j + 1; k < n; k++) if (keyword(xs[k]) || xs[k].includes(WILDCARD)) return true;
  return false;
}

/** The group's template: tokens every member aligns on, each differing stretch one `<*>`. */
export function alignGroup(base: readonly string[], others: readonly (readonly string[])[]): string[] {
  let cur: string[] = base.slice();
  for (const o of others) {
    if (cur.length > MAX_ALIGN || o.length > MAX_ALIGN) continue;
    // A field aligns with the same field whatever its value (`user=root` / `user=<*>`), as lines
    // of one length do (cluster.ts): its key is the template's wording, its value a variable.
    const cn = cur.map(keyValueMasked);
    const on = o.map(keyValueMasked);
    lcs(cn, cn.length, on, on.length);
    const p = pairs(cn, cn.length, on, on.length);
    const next: string[] = [];
    let pi = -1;
    let pj = -1;
    for (let k = 0; k <= p.length; k += 2) {
      const last = k === p.length;
      const i = last ? cur.length : p[k];
      const j = last ? o.length : p[k + 1];
      if (i - pi > 1 || j - pj > 1) {
        if (next[next.length - 1] !== WILDCARD) next.push(WILDCARD);
      }
      if (!last) {
        next.push(cur[i] === o[j] ? cur[i] : cn[i]);
        pi = i;
        pj = j;
      }
    }
    cur = next;
  }
  return cur;
}

/**
 * xs[from, to) is (the rest of) a user agent written without quotes: it opens with a product and
 * its version (`Mozilla/<*>.<*>`, `okhttp/<*>`, `Stripe/<*>`), and whatever comments and products
 * follow are the client's, one value.
 */
function userAgent(xs: readonly string[], from: number, to: number): boolean {
  if (from >= to) return false;
  // Or the agent's first product aligned, and the rest differs (`Mozilla/5.0 (X11; …` / `(Macintosh; …`).
  return product(xs[from]) || (from > 0 && product(xs[from - 1]));
}

/** A product and its version, masked: `Mozilla/<*>.<*>`, `okhttp/<*>`. */
function product(t: string): boolean {
  const slash = t.indexOf('/');
  if (slash < 2 || !t.startsWith(WILDCARD, slash + 1)) return false;
  for (let k = 0; k < slash; k++) if (!isNameChar(t.charCodeAt(k))) return false;
  return isAlpha(t.charCodeAt(0));
}

/** `key=<*>` for a `key=value`, any other token as it is. */
function keyValueMasked(t: string): string {
  return keyed(t) ? t.slice(0, t.indexOf('=') + 1) + WILDCARD : t;
}

/** A syslog tag, `prog[<*>]:`: the header ends here, nothing of the message has been said yet. */
export function programTag(t: string): boolean {
  return t.length > WILDCARD.length + 3 && t.endsWith(']:') && t.charCodeAt(t.length - WILDCARD.length - 3) === 91 && t.startsWith(WILDCARD, t.length - WILDCARD.length - 2);
}

/**
 * A pid alone as the tag (`CONNECT   Dec 06 09:20:24.132 [<*>]:`), after a header of nothing but
 * masked values, day and month names and words in capitals (a level). Later in a line, `[<*>]:`
 * is a masked value that a label names (`writing to [<*>]:`).
 */
function pidTag(xs: readonly string[], i: number): boolean {
  if (i < 1 || i > 5 || xs[i] !== `[${WILDCARD}]:`) return false;
  for (let k = 0; k < i; k++) if (xs[k] !== WILDCARD && !calendarWord(xs[k]) && !keyword(xs[k])) return false;
  return true;
}

/**
 * A syslog tag written without a pid (`kernel:`, `RT_FLOW:`) right after the header's date and
 * host: like `prog[<*>]:`, it ends the header. Before it stand the date and time, masked whole
 * or with the month's name (up to six tokens: `Wed Dec  2 15:17:08 2026`), and then the host, a
 * bare name (`vpn-gw`, `srx-<*>`, or the facility and level a router writes there,
 * `daemon.notice`).
 */
function headerTag(xs: readonly string[], i: number): boolean {
  const t = xs[i];
  if (i < 2 || i > 7 || t.length < 3 || t.charCodeAt(t.length - 1) !== 58) return false;
  for (let k = 0; k < t.length - 1; k++) if (!isNameChar(t.charCodeAt(k))) return false;
  const host = xs[i - 1].replaceAll(WILDCARD, 'x');
  if (keyword(host)) return false;
  for (let k = 0; k < host.length; k++) if (!isNameChar(host.charCodeAt(k))) return false;
  let time = false;
  for (let k = 0; k < i - 1; k++) {
    if (xs[k] === WILDCARD) time = true;
    else if (!calendarWord(xs[k])) return false;
  }
  return time;
}

/**
 * xs[i] ends a line's header, so the words before it are not the message's (they do not count
 * towards the free-text rule, here and in miner.ts): a syslog tag with or without its pid, or a
 * severity written as a label (`INFO:`, `[error]:`), which introduces the message and says nothing
 * of it, so what follows is the message's wording (`INFO: start` / `INFO: done`), not a labelled
 * value. Not a severity after a heading in capitals, of which it is part (`SERVICE ALERT:`).
 * Likewise what names the part of the program that speaks: a subsystem's bracketed tag or
 * abbreviation, a logger's dotted name after the severity, a component's label (below).
 */
export function endsHeader(xs: readonly string[], i: number): boolean {
  const t = xs[i];
  if (programTag(t) || headerTag(xs, i) || pidTag(xs, i) || subsystemTag(xs, i) || pipeAfterFields(xs, i)) return true;
  if (t.length < 3 || t.charCodeAt(t.length - 1) !== 58) return false;
  // A logger's name follows a severity, which may be written in capitals (`INFO odoo.sql_db:`).
  if (loggerName(xs, i)) return true;
  if (i > 0 && keyword(xs[i - 1])) return false;
  return severity(t) || acronym(t) || component(xs, i);
}

/**
 * A lone `|` after a header of `key=value` fields (`p=<*> u=deploy n=ansible | ok: [web1]`):
 * the layout's separator between the record's fields and its message.
 */
function pipeAfterFields(xs: readonly string[], i: number): boolean {
  return xs[i] === '|' && i > 0 && keyed(xs[i - 1]);
}

/**
 * A bracketed name right after a syslog tag (`corosync[<*>]: [TOTEM]`, `[QUORUM]`): the
 * subsystem that speaks. It ends the header, and two of them are two subsystems, not two values
 * of a bracketed parameter (see miner.ts).
 */
export function subsystemTag(xs: readonly string[], i: number): boolean {
  const t = xs[i];
  if (i < 1 || t.length < 3 || t.charCodeAt(0) !== 91 || t.charCodeAt(t.length - 1) !== 93) return false;
  for (let k = 1; k < t.length - 1; k++) if (!isNameChar(t.charCodeAt(k))) return false;
  return programTag(xs[i - 1]) || headerTag(xs, i - 1);
}

/**
 * A lower-case name as the first label after a syslog tag (`tailscaled[<*>]: wgengine:`,
 * `dns:`, `monitor:`) or a subsystem's tag (`[KNET] host:`): the part of the program that
 * speaks, as Go programs prefix their log lines; its message follows.
 */
function component(xs: readonly string[], i: number): boolean {
  if (i < 1 || !(programTag(xs[i - 1]) || headerTag(xs, i - 1) || subsystemTag(xs, i - 1))) return false;
  const t = xs[i];
  const c0 = t.charCodeAt(0);
  if (c0 < 97 || c0 > 122) return false;
  for (let k = 1; k < t.length - 1; k++) if (!isNameChar(t.charCodeAt(k))) return false;
  return true;
}

/**
 * A logger's name with its colon right after the header's severity, written as a dotted module
 * path (`[INFO]  client.driver_mgr:`, hclog's layout; `INFO odoo.sql_db:`; Rust's tracing,
 * `INFO actix_web::middleware::logger:`): the message starts
 * after it. A plain word there is the message's own label (`[notice] Heartbeat: …`, `<Debug>
 * executeQuery: SELECT …`) and may open free text. (Also a name after one more header field,
 * `INFO prod werkzeug:`, was measured: it split free text after such labels in other logs.)
 */
function loggerName(xs: readonly string[], i: number): boolean {
  const t = xs[i];
  let dotted = false;
  for (let k = 0; k < t.length - 1; k++) {
    const c = t.charCodeAt(k);
    // Rust's and C++'s paths join their parts with `::` (`actix_web::middleware::logger:`).
    if (c === 58 && k > 0 && (t.charCodeAt(k + 1) === 58 || t.charCodeAt(k - 1) === 58) && k + 1 < t.length - 1) {
      dotted = true;
      continue;
    }
    if (!isNameChar(c)) return false;
    if (c === 46) dotted = true;
  }
  if (!dotted) return false;
  if (i >= 1 && severity(xs[i - 1]) && bareSeverity(xs[i - 1])) return true;
  // …or after a thread's bracketed id between them (Serilog's `[INF] [141] Emby.Server.X:`).
  return i >= 2 && severity(xs[i - 2]) && bareSeverity(xs[i - 2]) && bracketedField(xs[i - 1]);
}

/** A severity written as a word alone (`INFO`, `warning`), not as a label (`INFO:`). */
function bareSeverity(t: string): boolean {
  return t.charCodeAt(t.length - 1) !== 58;
}

/**
 * A subsystem's abbreviation as a label (`ADS: new connection`, `XDS: Pushing …`): like a
 * severity label it says which part of the program speaks, and the message follows it.
 */
function acronym(t: string): boolean {
  if (t.length < 3 || t.length > 7) return false;
  for (let k = 0; k < t.length - 1; k++) {
    const c = t.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Token i lies inside an angle-bracketed column of such a record, before its message column:
 * a label there (`for queue: '…'>`) names the column's content, not the rest of the line.
 */
function angled(toks: readonly string[], i: number): boolean {
  const last = angleColumns(toks);
  if (last < 0 || i >= last) return false;
  let depth = 0;
  for (let k = 0; k <= i; k++) {
    const t = toks[k];
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c === 60) depth++;
      else if (c === 62 && depth > 0) depth--;
    }
  }
  return depth > 0;
}

/**
 * When five or more tokens open with `<` (not a masked value's `<*>`), a record of
 * angle-bracketed columns: the index of the last such token, which opens the message's column.
 * Otherwise -1.
 */
export function angleColumns(toks: readonly string[]): number {
  let k = 0;
  let last = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.charCodeAt(0) === 60 && !t.startsWith(WILDCARD)) {
      k++;
      last = i;
    }
  }
  return k >= 5 ? last : -1;
}

// A line that carries a comma-separated record (a firewall's CSV syslog, a DHCP server's audit
// log, an export) mined field by field. Split on whitespace, a record is a few long tokens that
// run fields together (`1,2026/12/04` / `03:34:09,0128…,TRAFFIC,deny,…`): one digit masks the
// field naming the record's kind with its neighbours, and a field with a space in it shifts
// every later one. One token per field keeps the kind a word of its own and the positions aligned.

/** Commas (outside quotes and brackets) that make a record: fewer are a sentence's or a list's. */
const MIN_COMMAS = 8;

/**
 * The line with its record's fields as tokens: what stands before the record (a syslog header)
 * as it is, then each field, `-` for an empty one, a quoted field as written, the record's kind
 * (its first field in words) as written, any other field with its inner spaces as `_`. null when
 * the line holds no record: fewer than MIN_COMMAS commas outside quotes and brackets, prose,
 * whose commas are followed by a space, or a list of values with no field in words.
 */
export function csvText(line: string): string | null {
  // Most lines have few commas: counting them natively first keeps the scan below off them.
  let seen = 0;
  for (let k = line.indexOf(','); k >= 0 && seen < MIN_COMMAS; k = line.indexOf(',', k + 1)) seen++;
  if (seen < MIN_COMMAS) return null;
  const n = line.length;
  let commas = 0;
  let spaced = 0;
  let first = -1;
  let inQuote = false;
  // Commas inside brackets list a statement's columns or a tuple (`(id, name) values (?,?)`).
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 44 && depth === 0) {
      if (first < 0) first = i;
      commas++;
      if (i + 1 < n && line.charCodeAt(i + 1) === 32) spaced++;
    }
  }
  if (commas < MIN_COMMAS || spaced * 4 > commas) return null;
  // The record opens with the whitespace-separated word that holds its first comma.
  let start = first;
  while (start > 0 && line.charCodeAt(start - 1) > 32) start--;
  const out: string[] = [];
  let kind = false;
  let i = start;
  for (;;) {
    let quoted = '';
    if (line.charCodeAt(i) === 34) {
      let j = i + 1;
      while (j < n && !(line.charCodeAt(j) === 34 && line.charCodeAt(j + 1) !== 34)) j += line.charCodeAt(j) === 34 ? 2 : 1;
      quoted = line.slice(i, Math.min(j + 1, n));
      i = j + 1;
    }
    // The field runs to the next comma (after a quoted part, what follows it belongs to it too).
    const k = line.indexOf(',', i);
    const end = k < 0 ? n : k;
    let field = line.slice(i, end).trim();
    i = end;
    // The first field in words names the record's kind (`TRAFFIC`, `DNS Update Request`): its
    // words are the event's wording. A later field with spaces is one value (`United States`).
    if (quoted === '' && !kind && wordsOnly(field)) kind = true;
    else field = quoted + field.replace(/\s+/g, '_');
    out.push(field === '' ? '-' : field);
    if (i >= n) break;
    i++; // past the comma
  }
  // A list of values (`cpus 0,1,2,3,4,5,6,7,8,9`) names no kind: kept whole, one value.
  if (!kind) return null;
  return line.slice(0, start) + out.join(' ');
}

/**
 * A field in words: letters (and spaces, `-`, `_`) only, or a phrase with counts in it (`18 leases
 * expired and 8 leases deleted`): a field that says something rather than measures it.
 */
function wordsOnly(f: string): boolean {
  let letters = true;
  let run = 0;
  let word = false;
  for (let k = 0; k < f.length; k++) {
    const c = f.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (++run >= 3) word = true;
      continue;
    }
    run = 0;
    if (c !== 32 && c !== 45 && c !== 95) letters = false;
  }
  return word && (letters || f.includes(' '));
}

/** Semicolons that make a record of fields (`<date>;0100;Server@head;Job;1234.head;message`). */
const MIN_SEMICOLONS = 4;

/**
 * The line with a `;`-separated record split into one token per field (`-` for an empty one),
 * the last field, the message, as written. null when the line has fewer than MIN_SEMICOLONS
 * semicolons, or they are a sentence's or a header's (`path=/; HttpOnly`, followed by a space).
 * Without it the fields before the message run together into one token that its digits mask,
 * with the message's first word glued on.
 */
export function semicolonText(line: string): string | null {
  let count = 0;
  let spaced = 0;
  for (let k = line.indexOf(';'); k >= 0; k = line.indexOf(';', k + 1)) {
    count++;
    if (line.charCodeAt(k + 1) === 32) spaced++;
  }
  if (count < MIN_SEMICOLONS || spaced * 4 > count) return null;
  // Not a list inside brackets or of `key=value` pairs (`{2;}`, `method=INVITE;code=200`): a
  // value's own separators.
  let depth = 0;
  // The last `=` of the field being read (since the last `;` or space), or -1.
  let eq = -1;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 61) eq = k;
    else if (c <= 32) eq = -1;
    else if (c === 59) {
      if (depth > 0 || line.charCodeAt(k + 1) === 61 || (eq >= 0 && eq >= k - 40)) return null;
      eq = -1;
    }
  }
  const parts = line.split(';');
  const last = parts.pop() as string;
  return parts.map((p) => (p.trim() === '' ? '-' : p)).join(' ') + ' ' + last;
}

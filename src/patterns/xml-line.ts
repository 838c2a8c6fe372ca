// A structured log line written as one XML element (Windows event XML as wevtutil, Sysmon and
// event forwarders print it) mined as its layout, the way a JSON record without a message is
// (json-line.ts): the elements it has and the names its fields are given (`<Data
// Name='Image'>`). Their text and every other attribute are data: ids, times, paths, users.

import { isAlpha, isNameChar } from './char-class.ts';

/**
 * `<` and the element names in their order (each field's `Name` attribute joined to its element
 * with `:`) and `>`, for a line that is one XML element; null for any other line (only a line
 * that opens with `<` and a letter, ends with `>` and closes an element is read).
 */
export function xmlText(line: string): string | null {
  let a = 0;
  let b = line.length;
  while (a < b && line.charCodeAt(a) <= 32) a++;
  while (b > a && line.charCodeAt(b - 1) <= 32) b--;
  if (b - a < 7 || line.charCodeAt(a) !== 60 || !isNameStart(line.charCodeAt(a + 1)) || line.charCodeAt(b - 1) !== 62) return null;
  if (line.indexOf('</', a) < 0) return null;
  const out: string[] = ['<'];
  let i = a;
  while (i < b) {
    const open = line.indexOf('<', i);
    if (open < 0 || open >= b) break;
    const c = line.charCodeAt(open + 1);
    // Closing tags, comments and declarations name nothing new.
    if (!isNameStart(c)) {
      const close = line.indexOf('>', open + 1);
      if (close < 0) return null;
      i = close + 1;
      continue;
    }
    let k = open + 1;
    while (k < b && isXmlNameChar(line.charCodeAt(k))) k++;
    const name = line.slice(open + 1, k);
    const close = tagEnd(line, k, b);
    if (close < 0) return null;
    const field = nameAttribute(line, k, close);
    out.push(field === null ? name : `${name}:${field}`);
    i = close + 1;
  }
  if (out.length < 3) return null;
  out.push('>');
  return out.join(' ');
}

/** Index of the `>` ending a tag whose attributes start at `from`, skipping quoted values; or -1. */
function tagEnd(line: string, from: number, end: number): number {
  let q = 0;
  for (let k = from; k < end; k++) {
    const c = line.charCodeAt(k);
    if (q !== 0) {
      if (c === q) q = 0;
    } else if (c === 34 || c === 39) q = c;
    else if (c === 62) return k;
  }
  return -1;
}

/** The value of a `Name='…'` attribute in line[from, to), made a plain word; or null. */
function nameAttribute(line: string, from: number, to: number): string | null {
  const at = line.indexOf(' Name=', from);
  if (at < 0 || at + 7 >= to) return null;
  const q = line.charCodeAt(at + 6);
  if (q !== 34 && q !== 39) return null;
  const close = line.indexOf(String.fromCharCode(q), at + 7);
  if (close < 0 || close > to) return null;
  // A digit or a quote would be masked as a value, and the name is all that tells fields apart.
  return line.slice(at + 7, close).replace(/[^A-Za-z_.-]/g, '_');
}

function isNameStart(c: number): boolean {
  return isAlpha(c) || c === 95;
}

/** XML names may also hold `:` (a namespace prefix). */
function isXmlNameChar(c: number): boolean {
  return isNameChar(c) || c === 58;
}

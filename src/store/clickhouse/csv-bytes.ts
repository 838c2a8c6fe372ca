// CSV rows written straight into bytes. Building rows as JS strings made a tree of small
// concatenated strings per row that V8 had to flatten and re-encode as UTF-8 before the insert
// (measured: about as long as the encoding itself, plus the garbage). Here every string is
// escaped and UTF-8-encoded in one pass into a reused scratch buffer, and each encoded batch is
// copied out once, at its exact size.
//
// The escaping is the one encode-csv.ts documents: top-level strings are double-quoted with '"'
// doubled; strings inside Map/Array text are single-quoted with backslash escapes, and since that
// text itself sits inside a double-quoted CSV field, their '"' are doubled as well.

const QUOTE = 0x22; // "
const APOS = 0x27; // '
const BACKSLASH = 0x5c;

export class CsvBytes {
  private buf: Buffer;
  private pos = 0;

  constructor(initialBytes = 1 << 20) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  /** Starts a new batch in the same scratch buffer. */
  reset(): this {
    this.pos = 0;
    return this;
  }

  get length(): number {
    return this.pos;
  }

  /** The bytes written since reset(), copied out (the scratch buffer is reused). */
  take(): Buffer {
    const out = Buffer.allocUnsafe(this.pos);
    this.buf.copy(out, 0, 0, this.pos);
    return out;
  }

  /** Text that needs no escaping (numbers, hex ids, fixed names, punctuation), as UTF-8. */
  ascii(s: string): this {
    const n = s.length;
    this.ensure(n * 3);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) b[p++] = c;
      else {
        // Not actually ASCII: encode it properly rather than corrupt it.
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        p = putUtf8(b, p, c, d);
        if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    this.pos = p;
    return this;
  }

  /** One byte (a separator or a quote). */
  byte(c: number): this {
    this.ensure(1);
    this.buf[this.pos++] = c;
    return this;
  }

  /** Bytes copied in as they are (a cached encoding). */
  bytes(src: Uint8Array): this {
    this.ensure(src.length);
    this.buf.set(src, this.pos);
    this.pos += src.length;
    return this;
  }

  /** The bytes from `start` to the current end, copied (to cache a repeated part). */
  slice(start: number): Buffer {
    return Buffer.from(this.buf.subarray(start, this.pos));
  }

  /** A top-level String field: "…" with '"' doubled. */
  field(s: string): this {
    const n = s.length;
    // Worst cases: a UTF-16 unit becomes 3 bytes; a '"' becomes 2.
    this.ensure(n * 3 + 2);
    const b = this.buf;
    let p = this.pos;
    b[p++] = QUOTE;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c === QUOTE) b[p++] = QUOTE;
        b[p++] = c;
      } else {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        p = putUtf8(b, p, c, d);
        if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    b[p++] = QUOTE;
    this.pos = p;
    return this;
  }

  /** A string element inside Map or Array text: '…' with backslash escapes and '"' doubled. */
  inner(s: string): this {
    const n = s.length;
    // Worst cases: a UTF-16 unit becomes 3 bytes; an escaped character 2.
    this.ensure(n * 3 + 2);
    const b = this.buf;
    let p = this.pos;
    b[p++] = APOS;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        switch (c) {
          case BACKSLASH:
            b[p++] = BACKSLASH;
            b[p++] = BACKSLASH;
            break;
          case APOS:
            b[p++] = BACKSLASH;
            b[p++] = APOS;
            break;
          case QUOTE:
            b[p++] = QUOTE;
            b[p++] = QUOTE;
            break;
          case 0x0a:
            b[p++] = BACKSLASH;
            b[p++] = 0x6e; // n
            break;
          case 0x0d:
            b[p++] = BACKSLASH;
            b[p++] = 0x72; // r
            break;
          case 0x09:
            b[p++] = BACKSLASH;
            b[p++] = 0x74; // t
            break;
          case 0x00:
            b[p++] = BACKSLASH;
            b[p++] = 0x30; // 0
            break;
          default:
            b[p++] = c;
        }
      } else {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        p = putUtf8(b, p, c, d);
        if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    b[p++] = APOS;
    this.pos = p;
    return this;
  }

  private ensure(extra: number): void {
    const need = this.pos + extra;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
}

/**
 * Writes the UTF-8 of code unit c (≥ 0x80), using the next unit d when c starts a surrogate
 * pair; a lone surrogate becomes U+FFFD, as Buffer.from(string) does. Returns the new position.
 */
function putUtf8(b: Buffer, p: number, c: number, d: number): number {
  if (c < 0x800) {
    b[p++] = 0xc0 | (c >> 6);
    b[p++] = 0x80 | (c & 0x3f);
  } else if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      b[p++] = 0xf0 | (cp >> 18);
      b[p++] = 0x80 | ((cp >> 12) & 0x3f);
      b[p++] = 0x80 | ((cp >> 6) & 0x3f);
      b[p++] = 0x80 | (cp & 0x3f);
    } else {
      b[p++] = 0xef;
      b[p++] = 0xbf;
      b[p++] = 0xbd;
    }
  } else {
    b[p++] = 0xe0 | (c >> 12);
    b[p++] = 0x80 | ((c >> 6) & 0x3f);
    b[p++] = 0x80 | (c & 0x3f);
  }
  return p;
}

// A minimal protobuf wire reader for the OTLP hot path. It works on absolute [pos, end)
// windows over one buffer instead of allocating sub-readers, and carries the name of the
// message being read so a malformed request can be answered with a precise 400.
import { isUtf8 } from 'node:buffer';
import { InvalidInputError } from '../../errors.ts';

export const WIRE_VARINT = 0;
export const WIRE_I64 = 1;
export const WIRE_LEN = 2;
export const WIRE_SGROUP = 3;
export const WIRE_EGROUP = 4;
export const WIRE_I32 = 5;

const TWO_32 = 4294967296;
/** Above this high word a 64-bit value no longer fits a double exactly. */
const SAFE_HI = 0x200000;

/** Node's Buffer has native slice decoders that skip toString()'s argument juggling. */
interface FastBuffer extends Buffer {
  utf8Slice(start: number, end: number): string;
  latin1Slice(start: number, end: number): string;
  hexSlice(start: number, end: number): string;
  base64Slice(start: number, end: number): string;
}

const KEY_CACHE_MASK = 255;

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'start-group', 'end-group', 'fixed32', 'wire type 6', 'wire type 7'];

export class ProtoReader {
  readonly buf: FastBuffer;
  pos = 0;
  /** Fully-qualified name of the message being read; for error messages only. */
  msg = '';
  /** Field number of the last tag read; for error messages only. */
  field = 0;
  /** Low and high 32-bit words of the last 64-bit varint read (avoids returning a pair). */
  lo = 0;
  hi = 0;
  /** Strings that held invalid UTF-8 and were decoded with U+FFFD replacements. */
  repairedStrings = 0;
  // Timestamps in one request share their high word for seconds at a time, so the BigInt
  // for it is cached: each fixed64 timestamp then costs one BigInt add instead of three ops.
  private lastHi = -1;
  private lastHiBig = 0n;
  private readonly keyCache: (string | undefined)[] = new Array<string | undefined>(KEY_CACHE_MASK + 1).fill(undefined);

  constructor(bytes: Uint8Array) {
    this.buf = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as FastBuffer;
  }

  get length(): number {
    return this.buf.length;
  }

  fail(problem: string, at = this.pos): never {
    throw new InvalidInputError(`malformed protobuf: ${problem} (byte ${at})`);
  }

  private where(): string {
    return `field ${this.field} of ${this.msg}`;
  }

  /** Reads a varint of up to 10 bytes, keeping the low 32 bits (unsigned). */
  uint32(end: number): number {
    const b = this.buf;
    let p = this.pos;
    if (p < end) {
      const c = b[p];
      if (c < 0x80) {
        this.pos = p + 1;
        return c;
      }
    }
    let v = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (p >= end) this.fail(`truncated varint in ${this.where()}`, p);
      const c = b[p++];
      if (shift < 32) v |= (c & 0x7f) << shift;
      if (c < 0x80) {
        this.pos = p;
        return v >>> 0;
      }
    }
    return this.fail(`varint longer than 10 bytes in ${this.where()}`, p);
  }

  /** Field tag: (field << 3) | wire type. Also records the field number for errors. */
  tag(end: number): number {
    const t = this.uint32(end);
    this.field = t >>> 3;
    if (this.field === 0) this.fail(`field number 0 in ${this.msg}`, this.pos - 1);
    return t;
  }

  int32(end: number): number {
    return this.uint32(end) | 0;
  }

  /** Reads a 64-bit varint into lo/hi. */
  varint64(end: number): void {
    const b = this.buf;
    let p = this.pos;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (p >= end) this.fail(`truncated varint in ${this.where()}`, p);
      const c = b[p++];
      const bits = c & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= bits << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (7 * i - 32);
      if (c < 0x80) {
        this.pos = p;
        this.lo = lo >>> 0;
        this.hi = hi >>> 0;
        return;
      }
    }
    this.fail(`varint longer than 10 bytes in ${this.where()}`, p);
  }

  /** Unsigned 64-bit varint as a number (exact below 2^53; counts never get near). */
  uint64Number(end: number): number {
    this.varint64(end);
    return this.hi * TWO_32 + this.lo;
  }

  /** Signed 64-bit varint (int64) in decimal, exact for the whole range. */
  int64String(end: number): string {
    this.varint64(end);
    return int64Decimal(this.lo, this.hi);
  }

  bool(end: number): boolean {
    this.varint64(end);
    return (this.lo | this.hi) !== 0;
  }

  /** sint32: zigzag-decoded. */
  sint32(end: number): number {
    const n = this.uint32(end);
    return (n >>> 1) ^ -(n & 1);
  }

  private need(n: number, end: number): number {
    const p = this.pos;
    if (p + n > end) this.fail(`${WIRE_NAMES[n === 8 ? 1 : 5]} ${this.where()} runs past the end of the message`, p);
    this.pos = p + n;
    return p;
  }

  fixed32(end: number): number {
    const p = this.need(4, end);
    const b = this.buf;
    return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
  }

  /** fixed64 as a number (exact below 2^53). */
  fixed64Number(end: number): number {
    const p = this.need(8, end);
    const b = this.buf;
    const lo = (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
    const hi = (b[p + 4] | (b[p + 5] << 8) | (b[p + 6] << 16)) + b[p + 7] * 0x1000000;
    return hi * TWO_32 + lo;
  }

  /** fixed64 as an exact unsigned bigint (timestamps in nanoseconds). */
  fixed64Big(end: number): bigint {
    const p = this.need(8, end);
    const b = this.buf;
    const lo = (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
    const hi = (b[p + 4] | (b[p + 5] << 8) | (b[p + 6] << 16)) + b[p + 7] * 0x1000000;
    if (hi < SAFE_HI) return BigInt(hi * TWO_32 + lo);
    if (hi !== this.lastHi) {
      this.lastHi = hi;
      this.lastHiBig = BigInt(hi) << 32n;
    }
    return this.lastHiBig + BigInt(lo);
  }

  /** sfixed64 as a number (as_int data points; precision past 2^53 is lost like any double). */
  sfixed64Number(end: number): number {
    const p = this.need(8, end);
    const b = this.buf;
    const lo = (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
    const hi = b[p + 4] | (b[p + 5] << 8) | (b[p + 6] << 16) | (b[p + 7] << 24);
    return hi * TWO_32 + lo;
  }

  double(end: number): number {
    const p = this.need(8, end);
    return this.buf.readDoubleLE(p);
  }

  /**
   * Reads a length prefix and returns the absolute end of the payload, leaving pos at its
   * start. The caller must leave pos at the returned end when done.
   */
  lenEnd(end: number): number {
    const at = this.pos;
    const n = this.uint32(end);
    const stop = this.pos + n;
    if (stop > end) this.fail(`length-delimited ${this.where()} runs past the end of the message`, at);
    return stop;
  }

  /** A length-delimited string field, UTF-8 decoded (invalid sequences become U+FFFD). */
  string(end: number): string {
    const stop = this.lenEnd(end);
    const start = this.pos;
    this.pos = stop;
    return this.utf8(start, stop);
  }

  utf8(start: number, stop: number): string {
    if (start === stop) return '';
    const b = this.buf;
    // Short ASCII strings (keys, names, enum-like values) are the common case: a byte scan
    // plus latin1Slice skips the UTF-8 decoder and the U+FFFD check.
    if (stop - start < 32) {
      for (let i = start; i < stop; i++) if (b[i] >= 0x80) return this.utf8Native(start, stop);
      return b.latin1Slice(start, stop);
    }
    return this.utf8Native(start, stop);
  }

  /**
   * An attribute key: keys repeat across every item of a request, so a small direct-mapped
   * cache returns the same string object instead of decoding and allocating it again.
   */
  key(end: number): string {
    const stop = this.lenEnd(end);
    const start = this.pos;
    this.pos = stop;
    const n = stop - start;
    if (n === 0 || n > 64) return this.utf8(start, stop);
    const b = this.buf;
    const slot = (n * 31 + b[start] * 7 + b[stop - 1] * 13 + b[start + (n >> 1)]) & KEY_CACHE_MASK;
    const cached = this.keyCache[slot];
    if (cached !== undefined && cached.length === n) {
      let i = 0;
      while (i < n && cached.charCodeAt(i) === b[start + i]) i++;
      if (i === n) return cached;
    }
    const s = this.utf8(start, stop);
    // One unit per byte means pure ASCII (or U+FFFD repairs, which can never match a byte
    // above), so the char-code comparison is an exact byte comparison.
    if (s.length === n) this.keyCache[slot] = s;
    return s;
  }

  private utf8Native(start: number, stop: number): string {
    const s = this.buf.utf8Slice(start, stop);
    // A U+FFFD is either really in the text or the decoder's replacement; only the slow
    // path asks which, so valid text pays one indexOf.
    if (s.indexOf('\uFFFD') !== -1 && !isUtf8(this.buf.subarray(start, stop))) this.repairedStrings++;
    return s;
  }

  /** Appends a packed repeated fixed64 (payload [pos, lenEnd)) as numbers. */
  packedFixed64(end: number, out: number[]): void {
    const stop = this.packedFixed(end, 8);
    while (this.pos < stop) out.push(this.fixed64Number(stop));
  }

  /** Appends a packed repeated double. */
  packedDouble(end: number, out: number[]): void {
    const stop = this.packedFixed(end, 8);
    while (this.pos < stop) out.push(this.double(stop));
  }

  /** Appends a packed repeated uint64 varint as numbers. */
  packedUint64(end: number, out: number[]): void {
    const stop = this.lenEnd(end);
    while (this.pos < stop) out.push(this.uint64Number(stop));
  }

  private packedFixed(end: number, size: number): number {
    const at = this.pos;
    const stop = this.lenEnd(end);
    if ((stop - this.pos) % size !== 0) this.fail(`packed ${this.where()} is ${stop - this.pos} bytes, not a multiple of ${size}`, at);
    return stop;
  }

  /** A length-delimited bytes field; returns its length and leaves [pos - len, pos) to read. */
  bytesLen(end: number): number {
    const stop = this.lenEnd(end);
    const n = stop - this.pos;
    this.pos = stop;
    return n;
  }

  /** Lowercase hex of an id (measured faster than a lookup table, and yields a flat string). */
  hex(start: number, stop: number): string {
    return this.buf.hexSlice(start, stop);
  }

  base64(start: number, stop: number): string {
    return start === stop ? '' : this.buf.base64Slice(start, stop);
  }

  /** A known field arrived with the wrong wire type. */
  wrongWire(tagValue: number): never {
    const wt = tagValue & 7;
    return this.fail(`${this.where()} has ${WIRE_NAMES[wt]} wire type ${wt}, which does not match its declared type`, this.pos - 1);
  }

  /**
   * Skips a field the switch did not handle. `known` is a bit mask of the message's field
   * numbers (< 32): a known field landing here came with the wrong wire type, which is
   * malformed; an unknown one is skipped so newer clients keep working.
   */
  skip(tagValue: number, end: number, known: number): void {
    const field = tagValue >>> 3;
    if (field < 32 && (known & (1 << field)) !== 0) this.wrongWire(tagValue);
    this.skipValue(tagValue & 7, end);
  }

  skipValue(wt: number, end: number): void {
    switch (wt) {
      case WIRE_VARINT:
        this.varint64(end);
        return;
      case WIRE_I64:
        this.need(8, end);
        return;
      case WIRE_LEN:
        this.pos = this.lenEnd(end);
        return;
      case WIRE_I32:
        this.need(4, end);
        return;
      case WIRE_SGROUP:
        this.skipGroup(end);
        return;
      default:
        this.fail(`${this.where()} has ${wt === WIRE_EGROUP ? 'an unmatched end-group' : `unknown wire type ${wt}`}`, this.pos - 1);
    }
  }

  // Deprecated groups are skipped with a counter rather than recursion so a hostile run of
  // start-group tags cannot exhaust the stack.
  private skipGroup(end: number): void {
    let depth = 1;
    while (depth > 0) {
      if (this.pos >= end) this.fail(`unterminated group in ${this.msg}`);
      const t = this.uint32(end);
      const wt = t & 7;
      if (wt === WIRE_SGROUP) depth++;
      else if (wt === WIRE_EGROUP) depth--;
      else this.skipValue(wt, end);
    }
  }
}

/** Decimal text of a two's-complement 64-bit integer given as unsigned 32-bit words. */
export function int64Decimal(lo: number, hi: number): string {
  if (hi < SAFE_HI) return String(hi * TWO_32 + lo);
  if (hi >= 0x80000000) {
    // Negate to get the magnitude; most negative ints are small and stay in double range.
    const nlo = (~lo + 1) >>> 0;
    const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
    if (nhi < SAFE_HI) return String(-(nhi * TWO_32 + nlo));
  }
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)).toString();
}

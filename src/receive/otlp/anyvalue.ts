// AnyValue → string, matching how the Collector's ClickHouse exporter flattens attribute
// values (pdata Value.AsString): strings as-is, ints in decimal, doubles as JS prints them,
// bools as true/false, bytes as base64, arrays and key-value lists as JSON of their natural
// values. Inside that JSON, kvlist keys are sorted and duplicate keys keep the last value
// (Go marshals a map), bytes are base64 strings, and non-finite doubles become null (Go's
// encoder would fail the whole value; an empty attribute would lose more). Top-level
// non-finite doubles print as NaN / Infinity / -Infinity. Go's HTML escaping of <, >, & is
// not reproduced. An AnyValue with no value set is '' (null inside JSON). The string-table
// variant (string_value_strindex) only has meaning in profiles, so it reads as ''.
import { WIRE_LEN, type ProtoReader } from './proto-reader.ts';
import type { DecodeState } from './decode-state.ts';

const ANY = 'opentelemetry.proto.common.v1.AnyValue';
const ARRAY = 'opentelemetry.proto.common.v1.ArrayValue';
const KVLIST = 'opentelemetry.proto.common.v1.KeyValueList';
const KV = 'opentelemetry.proto.common.v1.KeyValue';
const ANY_KNOWN = 0b1_1111_1110;
const ONE_KNOWN = 0b10;
const KV_KNOWN = 0b1110;

const T_STRING = (1 << 3) | 2;
const T_BOOL = (2 << 3) | 0;
const T_INT = (3 << 3) | 0;
const T_DOUBLE = (4 << 3) | 1;
const T_ARRAY = (5 << 3) | 2;
const T_KVLIST = (6 << 3) | 2;
const T_BYTES = (7 << 3) | 2;
const T_STRINDEX = (8 << 3) | 0;

/**
 * Reads an AnyValue occupying [r.pos, end) and returns its flattened string, cut to the
 * value-length limit. String values longer than the limit are decoded only as far as needed.
 */
export function readAnyValue(r: ProtoReader, end: number, st: DecodeState<unknown>): string {
  const outer = r.msg;
  r.msg = ANY;
  let out = '';
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case T_STRING: {
        const stop = r.lenEnd(end);
        const start = r.pos;
        r.pos = stop;
        // 3 bytes per UTF-16 unit at most, so this prefix still holds more than the limit.
        let cut = start + st.maxValueLength * 3 + 4;
        if (cut < stop) {
          const b = r.buf;
          while (cut > start && (b[cut] & 0xc0) === 0x80) cut--;
          out = r.utf8(start, cut);
        } else out = r.utf8(start, stop);
        break;
      }
      case T_BOOL:
        out = r.bool(end) ? 'true' : 'false';
        break;
      case T_INT:
        out = r.int64String(end);
        break;
      case T_DOUBLE:
        out = String(r.double(end));
        break;
      case T_ARRAY:
      case T_KVLIST: {
        const stop = r.lenEnd(end);
        out = t === T_ARRAY ? readArrayJson(r, stop, st, 1) : readKvlistJson(r, stop, st, 1);
        r.msg = ANY;
        break;
      }
      case T_BYTES: {
        const n = r.bytesLen(end);
        out = r.base64(r.pos - n, r.pos);
        break;
      }
      case T_STRINDEX:
        r.uint32(end);
        out = '';
        break;
      default:
        r.skip(t, end, ANY_KNOWN);
    }
  }
  r.msg = outer;
  return st.cap(out);
}

/** One AnyValue as a JSON fragment (for array elements and kvlist values). */
function readAnyValueJson(r: ProtoReader, end: number, st: DecodeState<unknown>, depth: number): string {
  r.msg = ANY;
  let out = 'null';
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case T_STRING:
        out = JSON.stringify(r.string(end));
        break;
      case T_BOOL:
        out = r.bool(end) ? 'true' : 'false';
        break;
      case T_INT:
        out = r.int64String(end);
        break;
      case T_DOUBLE:
        out = finiteJson(r.double(end));
        break;
      case T_ARRAY:
      case T_KVLIST: {
        const stop = r.lenEnd(end);
        out = t === T_ARRAY ? readArrayJson(r, stop, st, depth + 1) : readKvlistJson(r, stop, st, depth + 1);
        r.msg = ANY;
        break;
      }
      case T_BYTES: {
        const n = r.bytesLen(end);
        out = `"${r.base64(r.pos - n, r.pos)}"`;
        break;
      }
      case T_STRINDEX:
        r.uint32(end);
        out = '""';
        break;
      default:
        r.skip(t, end, ANY_KNOWN);
    }
  }
  return out;
}

function readArrayJson(r: ProtoReader, end: number, st: DecodeState<unknown>, depth: number): string {
  if (depth > st.maxDepth) st.tooDeep();
  let out = '[';
  let first = true;
  while (r.pos < end) {
    r.msg = ARRAY;
    const t = r.tag(end);
    if (t === ((1 << 3) | WIRE_LEN)) {
      const stop = r.lenEnd(end);
      const v = readAnyValueJson(r, stop, st, depth);
      out += first ? v : ',' + v;
      first = false;
    } else r.skip(t, end, ONE_KNOWN);
  }
  return out + ']';
}

function readKvlistJson(r: ProtoReader, end: number, st: DecodeState<unknown>, depth: number): string {
  if (depth > st.maxDepth) st.tooDeep();
  const pairs: string[] = [];
  while (r.pos < end) {
    r.msg = KVLIST;
    const t = r.tag(end);
    if (t === ((1 << 3) | WIRE_LEN)) {
      const stop = r.lenEnd(end);
      let key = '';
      let value = 'null';
      r.msg = KV;
      while (r.pos < stop) {
        const kt = r.tag(stop);
        if (kt === ((1 << 3) | WIRE_LEN)) key = r.string(stop);
        else if (kt === ((2 << 3) | WIRE_LEN)) {
          const vstop = r.lenEnd(stop);
          value = readAnyValueJson(r, vstop, st, depth);
          r.msg = KV;
        } else r.skip(kt, stop, KV_KNOWN);
      }
      pairs.push(key, value);
    } else r.skip(t, end, ONE_KNOWN);
  }
  return objectJson(pairs);
}

/** JSON object text from [key, jsonValue, ...] pairs: keys sorted, last duplicate wins. */
export function objectJson(pairs: string[]): string {
  const n = pairs.length >> 1;
  if (n === 0) return '{}';
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Stable sort by key, then keep only the last index of each run of equal keys.
  order.sort((a, b) => (pairs[2 * a] < pairs[2 * b] ? -1 : pairs[2 * a] > pairs[2 * b] ? 1 : a - b));
  let out = '{';
  for (let i = 0; i < n; i++) {
    const k = pairs[2 * order[i]];
    if (i + 1 < n && pairs[2 * order[i + 1]] === k) continue;
    out += (out.length === 1 ? '' : ',') + JSON.stringify(k) + ':' + pairs[2 * order[i] + 1];
  }
  return out + '}';
}

export function finiteJson(d: number): string {
  return Number.isFinite(d) ? String(d) : 'null';
}

// ---- OTLP/JSON ------------------------------------------------------------------------

type Obj = Record<string, unknown>;

/**
 * A JSON AnyValue ({"stringValue": ...} etc.) flattened like the protobuf one and cut to
 * the value-length limit. `leaf` names the field for error paths. When several value keys
 * are present the first in declaration order wins.
 */
export function jsonAnyValue(v: unknown, st: DecodeState<unknown>, leaf: string | number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object' || Array.isArray(v)) st.badJson(leaf, 'expected an AnyValue object');
  const o = v as Obj;
  let x: unknown;
  if ((x = o.stringValue ?? o.string_value) !== undefined) {
    if (typeof x !== 'string') st.badJson(leaf, 'stringValue must be a string');
    return st.cap(x);
  }
  if ((x = o.boolValue ?? o.bool_value) !== undefined) return jsonBool(x, st, leaf) ? 'true' : 'false';
  if ((x = o.intValue ?? o.int_value) !== undefined) return jsonInt64(x, st, leaf);
  if ((x = o.doubleValue ?? o.double_value) !== undefined) return String(jsonDouble(x, st, leaf));
  if ((x = o.arrayValue ?? o.array_value) !== undefined) return st.cap(jsonArray(x, st, leaf, 1));
  if ((x = o.kvlistValue ?? o.kvlist_value) !== undefined) return st.cap(jsonKvlist(x, st, leaf, 1));
  if ((x = o.bytesValue ?? o.bytes_value) !== undefined) return st.cap(jsonBytes(x, st, leaf));
  return '';
}

function jsonAnyValueJson(v: unknown, st: DecodeState<unknown>, leaf: string | number, depth: number): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v !== 'object' || Array.isArray(v)) st.badJson(leaf, 'expected an AnyValue object');
  const o = v as Obj;
  let x: unknown;
  if ((x = o.stringValue ?? o.string_value) !== undefined) {
    if (typeof x !== 'string') st.badJson(leaf, 'stringValue must be a string');
    return JSON.stringify(x);
  }
  if ((x = o.boolValue ?? o.bool_value) !== undefined) return jsonBool(x, st, leaf) ? 'true' : 'false';
  if ((x = o.intValue ?? o.int_value) !== undefined) return jsonInt64(x, st, leaf);
  if ((x = o.doubleValue ?? o.double_value) !== undefined) return finiteJson(jsonDouble(x, st, leaf));
  if ((x = o.arrayValue ?? o.array_value) !== undefined) return jsonArray(x, st, leaf, depth + 1);
  if ((x = o.kvlistValue ?? o.kvlist_value) !== undefined) return jsonKvlist(x, st, leaf, depth + 1);
  if ((x = o.bytesValue ?? o.bytes_value) !== undefined) return `"${jsonBytes(x, st, leaf)}"`;
  return 'null';
}

function jsonValues(v: unknown, st: DecodeState<unknown>, leaf: string | number, depth: number, what: string): unknown[] {
  if (depth > st.maxDepth) st.tooDeep();
  if (v === null || typeof v !== 'object') st.badJson(leaf, `${what} must be an object`);
  const values = (v as Obj).values;
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values)) st.badJson(leaf, `${what}.values must be an array`);
  return values;
}

function jsonArray(v: unknown, st: DecodeState<unknown>, leaf: string | number, depth: number): string {
  const values = jsonValues(v, st, leaf, depth, 'arrayValue');
  let out = '[';
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : ',') + jsonAnyValueJson(values[i], st, leaf, depth);
  return out + ']';
}

function jsonKvlist(v: unknown, st: DecodeState<unknown>, leaf: string | number, depth: number): string {
  const values = jsonValues(v, st, leaf, depth, 'kvlistValue');
  const pairs: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const kv = values[i];
    if (kv === null || typeof kv !== 'object') st.badJson(leaf, 'kvlistValue entries must be objects');
    const key = (kv as Obj).key ?? '';
    if (typeof key !== 'string') st.badJson(leaf, 'kvlistValue keys must be strings');
    pairs.push(key, jsonAnyValueJson((kv as Obj).value, st, leaf, depth));
  }
  return objectJson(pairs);
}

function jsonBool(x: unknown, st: DecodeState<unknown>, leaf: string | number): boolean {
  if (typeof x !== 'boolean') st.badJson(leaf, 'boolValue must be true or false');
  return x;
}

const INT_RE = /^-?\d+$/;
/** Longest int64 / uint64 decimal text, sign included (leading zeros beyond that are refused too). */
export const MAX_INT_CHARS = 20;

/** int64 in OTLP/JSON: a decimal string (canonical) or a number (accepted). */
export function jsonInt64(x: unknown, st: DecodeState<unknown>, leaf: string | number): string {
  if (typeof x === 'number') {
    // Printed as JS prints it: exact for every integer a double holds below 1e21, and the
    // OTel JS SDK's JSON encoder sends integral doubles such as 1e300 as intValue numbers,
    // which its protobuf encoder sends as doubles; both then flatten to the same text.
    if (!Number.isInteger(x)) st.badJson(leaf, `expected an integer, got ${x}`);
    return String(x);
  }
  // int64 has at most 19 digits and a sign: refuse longer text by its length, before a
  // regex or BigInt spends time on (say) four million digits.
  if (typeof x === 'string' && x.length > MAX_INT_CHARS) st.badJson(leaf, `integer text of ${x.length} characters is longer than int64 allows`);
  if (typeof x !== 'string' || !INT_RE.test(x)) st.badJson(leaf, 'expected an integer as a decimal string or number');
  const n = BigInt(x);
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) st.badJson(leaf, `integer ${x} is out of int64 range`);
  return n.toString();
}

/** double in OTLP/JSON: a number, or one of the proto3 strings for non-finite values. */
export function jsonDouble(x: unknown, st: DecodeState<unknown>, leaf: string | number): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'string') {
    if (x === 'NaN') return NaN;
    if (x === 'Infinity') return Infinity;
    if (x === '-Infinity') return -Infinity;
    const n = Number(x);
    if (x.trim() !== '' && !Number.isNaN(n)) return n;
  }
  return st.badJson(leaf, 'expected a number');
}

const BASE64_RE = /^[A-Za-z0-9+/\-_]*={0,2}$/;

/** bytes in OTLP/JSON are base64 (standard or URL-safe); re-encoded in standard form. */
function jsonBytes(x: unknown, st: DecodeState<unknown>, leaf: string | number): string {
  if (typeof x !== 'string' || !BASE64_RE.test(x)) st.badJson(leaf, 'bytesValue must be a base64 string');
  return Buffer.from(x, 'base64').toString('base64');
}

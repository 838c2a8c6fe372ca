// Scalar field readers for OTLP/JSON (the proto3 JSON mapping with OTLP's deviations: ids in
// hex, enums as integers). Absent or null fields read as their proto3 default; a value of
// the wrong type makes the request malformed and names its path. `leaf` is the field name.
import { MAX_INT_CHARS } from './anyvalue.ts';
import type { DecodeState } from './decode-state.ts';

type St = DecodeState<unknown>;

export function jsonString(v: unknown, st: St, leaf: string): string {
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return '';
  return st.badJson(leaf, 'expected a string');
}

/** uint32 / int32 / sint32 / fixed32: a number or a decimal string. */
export function jsonU32(v: unknown, st: St, leaf: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (v === undefined || v === null) return 0;
  if (typeof v === 'string' && v.length <= MAX_INT_CHARS && INT_RE.test(v)) return Number(v);
  return st.badJson(leaf, 'expected an integer');
}

const UINT_RE = /^\d+$/;
const INT_RE = /^-?\d+$/;

/** fixed64 nanoseconds: canonical decimal string, numbers accepted (exact only below 2^53). */
export function jsonNanos(v: unknown, st: St, leaf: string): bigint {
  if (typeof v === 'string' && v.length <= MAX_INT_CHARS && UINT_RE.test(v)) {
    const n = BigInt(v);
    if (n <= 0xffffffffffffffffn) return n;
  } else if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return BigInt(v);
  else if (v === undefined || v === null) return 0n;
  return st.badJson(leaf, 'expected unsigned nanoseconds as a decimal string or number');
}

/** fixed64 / uint64 counts as a number (exact below 2^53). */
export function jsonCount(v: unknown, st: St, leaf: string | number): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && v.length <= MAX_INT_CHARS && UINT_RE.test(v)) return Number(v);
  if (v === undefined || v === null) return 0;
  return st.badJson(leaf, 'expected an unsigned integer');
}

/** double: a number or a proto3 JSON string ("NaN", "Infinity", "-Infinity", numeric text). */
export function jsonNumber(v: unknown, st: St, leaf: string | number): number {
  if (typeof v === 'number') return v;
  if (v === undefined || v === null) return 0;
  if (typeof v === 'string') {
    if (v === 'NaN') return NaN;
    if (v === 'Infinity') return Infinity;
    if (v === '-Infinity') return -Infinity;
    const n = Number(v);
    if (v.trim() !== '' && !Number.isNaN(n)) return n;
  }
  return st.badJson(leaf, 'expected a number');
}

/** int64 as a double (a point's asInt): like jsonNumber, but refuses more digits than int64 has, by length. */
export function jsonInt64Number(v: unknown, st: St, leaf: string | number): number {
  if (typeof v === 'string' && v.length > MAX_INT_CHARS) return st.badJson(leaf, `integer text of ${v.length} characters is longer than int64 allows`);
  return jsonNumber(v, st, leaf);
}

export function jsonBoolean(v: unknown, st: St, leaf: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === undefined || v === null) return false;
  return st.badJson(leaf, 'expected true or false');
}

/**
 * Enums are integers in OTLP/JSON; the proto3 names ("SPAN_KIND_SERVER") are accepted too,
 * looked up in `names` (index = value). Unknown names make the request malformed.
 */
export function jsonEnum(v: unknown, st: St, leaf: string, names: readonly string[]): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (v === undefined || v === null) return 0;
  if (typeof v === 'string') {
    const i = names.indexOf(v);
    if (i !== -1) return i;
    if (v.length <= MAX_INT_CHARS && INT_RE.test(v)) return Number(v);
  }
  return st.badJson(leaf, `expected an enum number or one of ${names[0]}…`);
}

export function jsonArray(v: unknown, st: St, leaf: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === undefined || v === null) return EMPTY;
  return st.badJson(leaf, 'expected an array');
}

const EMPTY: unknown[] = [];

export function jsonObject(v: unknown, st: St, leaf: string | number): Record<string, unknown> {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  return st.badJson(leaf, 'expected an object');
}

/** Sentinel from jsonId for a present but malformed id (the item is rejected, not the request). */
export const BAD_ID = '\0';

/**
 * A trace or span id in hex; returns lowercase hex, '' when absent or empty, or BAD_ID when
 * it is not hex or not `bytes` long (the caller decides which lengths are acceptable).
 */
export function jsonId(v: unknown, bytes: number): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v !== 'string' || v.length !== bytes * 2) return BAD_ID;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return BAD_ID;
  }
  return v.toLowerCase();
}

/** Describes a bad JSON id for a rejection reason. */
export function describeJsonId(v: unknown, bytes: number): string {
  if (v === undefined || v === null) return 'is missing';
  if (typeof v !== 'string') return 'is not a string';
  return v.length === bytes * 2 ? 'is not valid hex' : `is ${v.length} hex digits, want ${bytes * 2}`;
}

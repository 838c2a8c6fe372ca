import type { Attrs } from '../../records.ts';
import type { CsvBytes } from './csv-bytes.ts';

// Pieces of the CSV encoding the writer inserts with. Measured on the embedded engine, CSV
// parses fastest of ClickHouse's text formats for these wide rows (see bench/ingest.ts), and
// it is a raw format @clickhouse/client streams as is. Every string is quoted, so no value
// can end a field or a row early: top-level strings double their '"'; strings inside
// Map/Array text use ClickHouse's single-quoted form with backslash escapes, and since that
// text itself sits inside a CSV-quoted field, their '"' are doubled as well.

const CSV_QUOTE = /"/g;
const INNER_NEEDS = /[\\'"\n\r\t\0]/;
const INNER_ALL = /[\\'"\n\r\t\0]/g;
const INNER: Record<string, string> = {
  '\\': '\\\\', "'": "\\'", '"': '""', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0',
};
const innerChar = (c: string) => INNER[c];

/** A top-level String field. */
export function csv(s: string): string {
  return '"' + (s.indexOf('"') === -1 ? s : s.replace(CSV_QUOTE, '""')) + '"';
}

/** A string element inside Map or Array text (without the surrounding CSV quotes). */
export function inner(s: string): string {
  return "'" + (INNER_NEEDS.test(s) ? s.replace(INNER_ALL, innerChar) : s) + "'";
}

/** A Map(String, String) field, CSV-quoted. */
export function map(attrs: Attrs): string {
  return '"' + mapText(attrs) + '"';
}

/** Map text without the CSV quotes, for use inside Array(Map) fields. */
export function mapText(attrs: Attrs): string {
  const n = attrs.length;
  if (n === 0) return '{}';
  let out = '{' + inner(attrs[0]) + ':' + inner(attrs[1]);
  for (let i = 2; i < n; i += 2) out += ',' + inner(attrs[i]) + ':' + inner(attrs[i + 1]);
  return out + '}';
}

/** mapText written into bytes. */
export function putMapText(w: CsvBytes, attrs: Attrs): void {
  const n = attrs.length;
  if (n === 0) {
    w.ascii('{}');
    return;
  }
  w.byte(0x7b).inner(attrs[0]).byte(0x3a).inner(attrs[1]);
  for (let i = 2; i < n; i += 2) w.byte(0x2c).inner(attrs[i]).byte(0x3a).inner(attrs[i + 1]);
  w.byte(0x7d);
}

// DateTime64(9) text. With date_time_input_format=best_effort (set on every insert), ClickHouse
// reads a 19-digit integer as nanosecond ticks, but shorter integers as seconds or not at all;
// so times before 2001-09-09 (1e18 ns: unset or bogus start times, mostly) are written as
// ISO-8601 UTC instead. Times past DateTime64(9)'s range (2262-04-11) are clamped to its end
// rather than failing the whole batch.
const TICKS_MIN = 1_000_000_000_000_000_000n;
const TICKS_MAX = 9_223_372_036_854_775_807n;

function isoNanos(ns: bigint): string {
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0');
  return new Date(Number(ns / 1_000_000n)).toISOString().slice(0, 19) + '.' + frac + 'Z';
}

/** A top-level DateTime64(9) field from nanoseconds since the epoch. */
export function nanos(ns: bigint): string {
  if (ns >= TICKS_MIN) return (ns > TICKS_MAX ? TICKS_MAX : ns).toString();
  return '"' + isoNanos(ns < 0n ? 0n : ns) + '"';
}

/** A DateTime64(9) element inside Array text. */
export function nanosInner(ns: bigint): string {
  if (ns >= TICKS_MIN) return (ns > TICKS_MAX ? TICKS_MAX : ns).toString();
  return "'" + isoNanos(ns < 0n ? 0n : ns) + "'";
}

/**
 * A time element inside Array text for a column that is DateTime64(9) in Homeostat's tables
 * but DateTime in the current exporter's (exemplar times): bare ticks overflow a DateTime
 * element, quoted ones are read as ticks by both types.
 */
export function nanosInnerQuoted(ns: bigint): string {
  if (ns >= TICKS_MIN) return "'" + (ns > TICKS_MAX ? TICKS_MAX : ns).toString() + "'";
  return "'" + isoNanos(ns < 0n ? 0n : ns) + "'";
}

export function float(v: number): string {
  if (Number.isFinite(v)) return String(v);
  return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
}

export function floatArray(values: ArrayLike<number>): string {
  if (values.length === 0) return '"[]"';
  let out = '"[' + float(values[0]);
  for (let i = 1; i < values.length; i++) out += ',' + float(values[i]);
  return out + ']"';
}

/** UInt64 counts arrive as JS numbers from the decoder; they are written as integers. */
export function uintArray(values: ArrayLike<number>): string {
  if (values.length === 0) return '"[]"';
  let out = '"[' + Math.trunc(values[0]);
  for (let i = 1; i < values.length; i++) out += ',' + Math.trunc(values[i]);
  return out + ']"';
}

/** Array(String) field, CSV-quoted. */
export function stringArray(values: string[]): string {
  if (values.length === 0) return '"[]"';
  let out = '"[' + inner(values[0]);
  for (let i = 1; i < values.length; i++) out += ',' + inner(values[i]);
  return out + ']"';
}

// SQL fragments and JSON value parsing shared by the stream definitions.

/** One row of a JSONEachRow result. */
export type Row = Record<string, unknown>;

/**
 * A Map(String, String) column as a flat [k0, v0, k1, v1, ...] array (the records' Attrs
 * shape), built by ClickHouse so map order is kept: a JSON object would put integer-like
 * keys first.
 */
export function flat(expr: string): string {
  return `arrayFlatten(arrayMap((k, v) -> [k, v], mapKeys(${expr}), mapValues(${expr})))`;
}

/**
 * Nanoseconds since the epoch of a time column, as a decimal string (exact, unlike a JSON
 * number). The column may be DateTime64(9) (traces, logs, Homeostat's metric tables) or
 * DateTime (the current exporter's metric tables), which toUnixTimestamp64Nano refuses; the
 * conversion to DateTime64(9) takes either.
 */
export function nanos(expr: string): string {
  return `toString(toUnixTimestamp64Nano(toDateTime64(${expr}, 9)))`;
}

/** Same for every element of an Array(DateTime64(9)) or Array(DateTime). */
export function nanosEach(expr: string): string {
  return `arrayMap(t -> toString(toUnixTimestamp64Nano(toDateTime64(t, 9))), ${expr})`;
}

// Settings for every read: NaN and ±Inf as strings, so they survive JSON.
export const READ_SETTINGS = { output_format_json_quote_denormals: 1 } as const;

/**
 * A numeric JSON value. 64-bit integers come as strings from a server and as numbers from
 * the embedded engine; non-finite floats come as "nan" / "inf" / "-inf" (READ_SETTINGS).
 */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return Number.NaN;
  switch (v.toLowerCase()) {
    case 'nan':
    case '-nan':
      return Number.NaN;
    case 'inf':
    case '+inf':
      return Number.POSITIVE_INFINITY;
    case '-inf':
      return Number.NEGATIVE_INFINITY;
    default:
      return Number(v);
  }
}

export function nums(v: unknown): number[] {
  return Array.isArray(v) ? v.map(num) : [];
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

export function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str) : [];
}

/** Nanoseconds from a decimal string or number. */
export function big(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  return BigInt(str(v) || '0');
}

/** Lowercase hex ids, as the receivers produce them. */
export function hexId(v: unknown): string {
  return str(v).toLowerCase();
}

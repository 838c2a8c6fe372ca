// Canonical JSON for hashing: keys sorted at every level, no whitespace, and only values that
// survive a trip through PostgreSQL jsonb unchanged (non-finite numbers become null, NUL
// characters are dropped, undefined members vanish). Rows are stored in this canonical form, so
// re-reading and re-canonicalising a row yields the exact text that was hashed.

export function canonicalize(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
  if (typeof value === 'string') return cleanString(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => canonicalize(v));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined || typeof v === 'function') continue;
      out[cleanString(k)] = canonicalize(v);
    }
    return out;
  }
  return null;
}

/** Sorted-key JSON text of an already canonical value. */
export function canonicalJson(value: unknown): string {
  const v = canonicalize(value);
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(canonicalJson).join(',') + ']';
  const keys = Object.keys(v).sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson((v as Record<string, unknown>)[k])).join(',') + '}';
}

// jsonb refuses NUL and unpaired surrogates; replace them the way a stored row would read back.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function cleanString(s: string): string {
  let out = s.includes('\u0000') ? s.replace(/\u0000/g, '') : s;
  if (LONE_SURROGATE.test(out)) out = out.replace(LONE_SURROGATE, '\uFFFD');
  LONE_SURROGATE.lastIndex = 0;
  return out;
}

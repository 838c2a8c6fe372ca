// PostgreSQL text and jsonb cannot hold U+0000, and jsonb rejects unpaired surrogate escapes;
// telemetry can carry both, so at the Postgres boundary they become U+FFFD. Every text and
// JSON value a write takes from telemetry goes through these.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function pgText(s: string): string {
  return s.replace(UNSTORABLE, '\uFFFD');
}

/** JSON text safe for a jsonb (or text) column. */
export function pgJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? pgText(v) : v)) ?? 'null';
}

/** A deep copy with every string (keys included) made storable; for values that are hashed before they are stored. */
export function pgSafe<T>(value: T): T {
  return JSON.parse(pgJson(value)) as T;
}

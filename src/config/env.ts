// `${env:NAME}` (optionally `${env:NAME:-fallback}`) in any string value, as in the
// Collector's config. Substitution happens on parsed YAML values, never on raw text, so a
// variable's content cannot inject YAML structure.

const PATTERN = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv, path: string[] = [], missing: string[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(PATTERN, (_m, name: string, fallback: string | undefined) => {
      const v = env[name];
      if (v !== undefined) return v;
      if (fallback !== undefined) return fallback;
      missing.push(`${path.join('.') || '(root)'}: environment variable ${name} is not set`);
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => substituteEnv(v, env, [...path, String(i)], missing));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = substituteEnv(v, env, [...path, k], missing);
    return out;
  }
  return value;
}

/** The well-known variables the README documents; they win over the file so a deploy can switch backends. */
export function applyEnvOverrides(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): Record<string, unknown> {
  const storage = asObject(raw.storage);
  const ch = asObject(storage.clickhouse);
  const pg = asObject(storage.postgres);
  if (env.CLICKHOUSE_URL) ch.url = env.CLICKHOUSE_URL;
  if (env.CLICKHOUSE_USER) ch.username = env.CLICKHOUSE_USER;
  if (env.CLICKHOUSE_PASSWORD) ch.password = env.CLICKHOUSE_PASSWORD;
  if (env.DATABASE_URL) pg.url = env.DATABASE_URL;
  if (Object.keys(ch).length) storage.clickhouse = ch;
  if (Object.keys(pg).length) storage.postgres = pg;
  if (Object.keys(storage).length) raw.storage = storage;
  if (env.HOMEOSTAT_AUDIT_KEY) raw.audit = { ...asObject(raw.audit), checkpoint_key: env.HOMEOSTAT_AUDIT_KEY };
  return raw;
}

function asObject(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as Record<string, unknown>) } : {};
}

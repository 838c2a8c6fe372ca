// Secrets never reach logs or `config check` output. Keys are matched by name, and
// credentials embedded in URLs are masked too.

const SECRET_KEY = /(token|password|secret|routing_key|webhook_url|api_key|private_key|checkpoint_key)/i;
export const REDACTED = '***';

export function redact(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (SECRET_KEY.test(key) && value !== '') return REDACTED;
    return redactUrlCredentials(value);
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redact(v, k);
    return out;
  }
  return value;
}

export function redactUrlCredentials(s: string): string {
  return s.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@:\s]*):([^/@\s]*)@/i, (_m, scheme: string, user: string) => `${scheme}${user}:${REDACTED}@`);
}

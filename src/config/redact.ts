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

/** Query parameters that carry a credential by name (?password=, ?token=, ?api_key=, ?sig=, ...). */
const SECRET_PARAM = /(pass|pwd|token|secret|key|auth|sig|credential)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Masks the password and credential-named query parameters of a URL (a lone user name is
 * kept: logs need to say which account connected). Parsed with the WHATWG parser, so userinfo runs
 * to the last '@' before the host as a client would read it: an unencoded '@' in a password
 * cannot leave the rest of the password in view. Text that does not parse is masked from the
 * scheme to its last '@'.
 */
export function redactUrlCredentials(s: string): string {
  const scheme = SCHEME.exec(s);
  if (!scheme) return s;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    const at = s.lastIndexOf('@');
    const masked = at > scheme[0].length ? `${scheme[0]}${REDACTED}${s.slice(at)}` : s;
    return masked.replace(/([?&;][^=&#]*=)([^&#]*)/g, (m, name: string) => (SECRET_PARAM.test(name) ? `${name}${REDACTED}` : m));
  }
  let changed = false;
  if (url.password) {
    url.password = REDACTED;
    changed = true;
  }
  for (const name of new Set(url.searchParams.keys())) {
    if (SECRET_PARAM.test(name)) {
      url.searchParams.set(name, REDACTED);
      changed = true;
    }
  }
  return changed ? url.toString() : s;
}

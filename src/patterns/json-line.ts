// A structured log line (one JSON object) mined as what names its event. Logging libraries that
// write JSON (pino, zap, bunyan, Serilog's compact form, ECS, most cloud agents) put the event's
// wording in one message key and everything else in fields: their values are data, and the keys
// that come and go with them (`err`, `stacktrace`, a request's optional fields) are too. A record
// with no message key (an audit log, a metrics record) is named by its layout: the keys it has.

/** Message keys, most specific first: Serilog's message template before the rendered message; Falco's alert text last. */
const MESSAGE_KEYS = ['@mt', 'msg', 'message', '@m', '@message', 'Message', 'MESSAGE', 'output'];

/**
 * The text to mine for a line that is one JSON object: the message, or `{` and the top-level
 * keys in their order and `}` when it has none. null for any other line (most of them: only a
 * line that starts with `{` and ends with `}` is parsed).
 */
export function jsonText(line: string): string | null {
  let a = 0;
  let b = line.length;
  while (a < b && line.charCodeAt(a) <= 32) a++;
  while (b > a && line.charCodeAt(b - 1) <= 32) b--;
  if (b - a < 2 || line.charCodeAt(a) !== 123 || line.charCodeAt(b - 1) !== 125) return null;
  let v: unknown;
  try {
    v = JSON.parse(a === 0 && b === line.length ? line : line.slice(a, b));
  } catch {
    return null;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const k of MESSAGE_KEYS) {
    const m = o[k];
    if (typeof m === 'string' && m.trim() !== '') return m;
  }
  // Keys are plain words here whatever they hold: a key with a digit or a quote would be
  // masked as a value, and the layout is all there is to tell records apart.
  const keys = Object.keys(o).map((k) => k.replace(/[^A-Za-z_.@-]/g, '_'));
  return keys.length > 0 ? `{ ${keys.join(' ')} }` : null;
}

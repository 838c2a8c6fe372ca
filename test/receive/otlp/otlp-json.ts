// Turns a request object written for protobufjs (camelCase keys, Buffers for bytes, decimal
// strings for 64-bit ints) into OTLP/JSON: ids as hex, other bytes as base64. Lets one
// fixture feed both decoders.
const ID_KEYS = new Set(['traceId', 'spanId', 'parentSpanId']);

export function toOtlpJson(v: unknown, key = ''): unknown {
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) {
    const b = Buffer.from(v as Uint8Array);
    return ID_KEYS.has(key) ? b.toString('hex') : b.toString('base64');
  }
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map((x) => toOtlpJson(x, key));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toOtlpJson(x, k);
    return out;
  }
  return v;
}

export function jsonText(v: unknown): string {
  return JSON.stringify(toOtlpJson(v));
}

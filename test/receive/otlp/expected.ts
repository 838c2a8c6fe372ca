// Independent expectations for the decoders: how an SDK-side value should look once
// flattened (the ClickHouse-exporter rules), written from the rules rather than from the
// decoder's code so a decoder bug shows up as a mismatch.
import type { Attrs } from '../../../src/records.ts';

type HrTime = [number, number];

export function hrNs(t: HrTime): bigint {
  return BigInt(t[0]) * 1_000_000_000n + BigInt(t[1]);
}

/** An SDK attribute / AnyValue as the flattened string. */
export function flat(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  return JSON.stringify(natural(v));
}

function natural(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(natural);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = natural((v as Record<string, unknown>)[k]);
    return out;
  }
  return v === undefined ? null : v;
}

/** SDK attributes object → expected flat Attrs (SDK order; undefined values are not sent). */
export function flatAttrs(a: Record<string, unknown> | undefined): Attrs {
  const out: Attrs = [];
  for (const [k, v] of Object.entries(a ?? {})) if (v !== undefined) out.push(k, flat(v));
  return out;
}

/** Attrs as a Map for order-insensitive comparison. */
export function attrMap(a: Attrs): Map<string, string> {
  const m = new Map<string, string>();
  for (let i = 0; i < a.length; i += 2) m.set(a[i], a[i + 1]);
  return m;
}

// Attribute lists (repeated KeyValue) into the flat [k0, v0, k1, v1, ...] form, enforcing
// the per-item attribute limit: extras are skipped unread and counted as dropped.
import type { Attrs } from '../../records.ts';
import { readAnyValue, jsonAnyValue } from './anyvalue.ts';
import type { DecodeState } from './decode-state.ts';
import type { ProtoReader } from './proto-reader.ts';

const KV = 'opentelemetry.proto.common.v1.KeyValue';
const KV_KNOWN = 0b1110;
const T_KEY = (1 << 3) | 2;
const T_VALUE = (2 << 3) | 2;

/**
 * Reads one length-delimited KeyValue (its tag already consumed) into `attrs`.
 * Returns 1 when it was dropped over the limit, else 0, so callers can add it to the
 * item's dropped_attributes_count.
 */
export function readAttribute(r: ProtoReader, end: number, st: DecodeState<unknown>, attrs: Attrs): number {
  const stop = r.lenEnd(end);
  if (attrs.length >= st.maxAttributes * 2) {
    r.pos = stop;
    st.droppedAttributes++;
    return 1;
  }
  const outer = r.msg;
  r.msg = KV;
  let key = '';
  let value = '';
  while (r.pos < stop) {
    const t = r.tag(stop);
    if (t === T_KEY) key = st.capName(r.key(stop));
    else if (t === T_VALUE) value = readAnyValue(r, r.lenEnd(stop), st);
    else r.skip(t, stop, KV_KNOWN);
  }
  r.msg = outer;
  attrs.push(key, value);
  return 0;
}

/**
 * Reads a JSON attribute array into `attrs`; returns how many were dropped over the limit.
 * `leaf` is the field name used in error paths.
 */
export function jsonAttributes(v: unknown, st: DecodeState<unknown>, leaf: string, attrs: Attrs): number {
  if (v === undefined || v === null) return 0;
  if (!Array.isArray(v)) st.badJson(leaf, 'expected an array');
  const max = st.maxAttributes;
  const n = v.length;
  const keep = n < max ? n : max;
  st.path.push(leaf);
  for (let i = 0; i < keep; i++) {
    const kv = v[i] as { key?: unknown; value?: unknown } | null;
    if (kv === null || typeof kv !== 'object') st.badJson(i, 'expected a KeyValue object');
    const key = kv.key ?? '';
    if (typeof key !== 'string') st.badJson(i, 'key must be a string');
    attrs.push(st.capName(key), jsonAnyValue(kv.value, st, i));
  }
  st.path.pop();
  const dropped = n - keep;
  st.droppedAttributes += dropped;
  return dropped;
}

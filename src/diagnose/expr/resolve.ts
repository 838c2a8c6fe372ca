// Turns a path as written in a rule into a lookup over DiagnosisInput. Resolution is decided
// once at compile time; at run time a lookup is one property read guarded by Object.hasOwn,
// so telemetry keys such as "__proto__" or "constructor" never reach the prototype chain.

import type { DiagnosisInput } from '../rules/input.ts';

export type Value = string | number;

export interface ResolvedPath {
  /** Canonical name, used in evidence and as the per-input cache key. */
  key: string;
  get(input: DiagnosisInput): Value | undefined;
}

const ATTRIBUTE_HEADS = new Set(['attributes', 'attr', 'attrs']);
const METRIC_HEADS = new Set(['metrics', 'metric']);

type TopField = 'message' | 'exceptionType' | 'exceptionMessage' | 'service' | 'series' | 'categoryHint';

/** Top-level fields; dotted aliases fall back to the matching semantic-convention attribute. */
const FIELDS: Record<string, { field: TopField; attribute?: string }> = {
  message: { field: 'message' },
  exceptionType: { field: 'exceptionType', attribute: 'exception.type' },
  'exception.type': { field: 'exceptionType', attribute: 'exception.type' },
  exceptionMessage: { field: 'exceptionMessage', attribute: 'exception.message' },
  'exception.message': { field: 'exceptionMessage', attribute: 'exception.message' },
  service: { field: 'service', attribute: 'service.name' },
  'service.name': { field: 'service', attribute: 'service.name' },
  series: { field: 'series' },
  category: { field: 'categoryHint' },
  categoryHint: { field: 'categoryHint' },
};

/**
 * Attributes the semantic conventions renamed (the old name, the stable one). Instrumentations
 * emit either, depending on their version and OTEL_SEMCONV_STABILITY_OPT_IN; a rule written with
 * one name reads the other when the first is absent, so `db.system exists` holds for a span of
 * today's pg instrumentation, which says `db.system.name`.
 */
const RENAMED: ReadonlyArray<readonly [string, string]> = [
  ['db.system', 'db.system.name'],
  ['db.statement', 'db.query.text'],
  ['db.name', 'db.namespace'],
  ['db.operation', 'db.operation.name'],
  ['db.sql.table', 'db.collection.name'],
  ['http.status_code', 'http.response.status_code'],
  ['http.method', 'http.request.method'],
  ['http.url', 'url.full'],
  ['http.target', 'url.path'],
  ['http.scheme', 'url.scheme'],
  ['http.host', 'server.address'],
  ['net.peer.name', 'server.address'],
  ['net.peer.port', 'server.port'],
  ['net.host.name', 'server.address'],
  ['http.client_ip', 'client.address'],
  ['messaging.destination', 'messaging.destination.name'],
  ['enduser.id', 'user.id'],
];

const OTHER_NAMES = new Map<string, string[]>();
for (const [a, b] of RENAMED) {
  OTHER_NAMES.set(a, [...(OTHER_NAMES.get(a) ?? []), b]);
  OTHER_NAMES.set(b, [...(OTHER_NAMES.get(b) ?? []), a]);
}

/** The attribute under its name, else under the name the conventions gave it before or after. */
function conventional(name: string): (input: DiagnosisInput) => Value | undefined {
  const others = OTHER_NAMES.get(name);
  if (!others) return (input) => attribute(input, name);
  return (input) => {
    const v = attribute(input, name);
    if (v !== undefined) return v;
    for (const o of others) {
      const w = attribute(input, o);
      if (w !== undefined) return w;
    }
    return undefined;
  };
}

export function resolvePath(segments: string[]): ResolvedPath {
  const [head, ...rest] = segments;
  if (ATTRIBUTE_HEADS.has(head)) {
    if (rest.length === 0) throw new Error(`'${head}' needs a key, e.g. ${head}["db.system"]`);
    const name = rest.join('.');
    return { key: `attributes[${JSON.stringify(name)}]`, get: conventional(name) };
  }
  if (METRIC_HEADS.has(head)) {
    if (rest.length === 0) throw new Error(`'${head}' needs a key, e.g. ${head}["cpu"]`);
    const name = rest.join('.');
    return { key: `metrics[${JSON.stringify(name)}]`, get: (input) => metric(input, name) };
  }
  const name = segments.join('.');
  const known = Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
  if (known) {
    const { field, attribute: attr } = known;
    return {
      key: name,
      get: (input) => {
        const v = input[field];
        if (typeof v === 'string') return v;
        return attr === undefined ? undefined : attribute(input, attr);
      },
    };
  }
  // A bare name is a metric when the input has one by that name, otherwise an attribute,
  // so `response_time > 2` and `db.system exists` both read naturally.
  const attr = conventional(name);
  return { key: name, get: (input) => metric(input, name) ?? attr(input) };
}

function attribute(input: DiagnosisInput, name: string): Value | undefined {
  const attrs = input.attributes;
  if (attrs === null || typeof attrs !== 'object' || !Object.hasOwn(attrs, name)) return undefined;
  const v: unknown = attrs[name];
  if (typeof v === 'string') return v;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function metric(input: DiagnosisInput, name: string): number | undefined {
  const metrics = input.metrics;
  if (metrics === null || typeof metrics !== 'object' || !Object.hasOwn(metrics, name)) return undefined;
  const v: unknown = metrics[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

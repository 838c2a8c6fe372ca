// How records map to series: which spans count, what an error is, severity buckets, and
// canonical keys. Kept apart from the aggregator so tests and warm-up share one definition.
import { attr, SpanKind, StatusCode, type Attrs, type Resource, type SpanRecord } from '../records.ts';
import { SELF_ATTRIBUTE } from '../telemetry/index.ts';

export function isSelf(resource: Resource): boolean {
  return attr(resource.attributes, SELF_ATTRIBUTE) === 'true';
}

/** Only the entry points of a service carry its RED signals; clients and internals would double count. */
export function isEntrySpan(s: SpanRecord): boolean {
  return s.kind === SpanKind.SERVER || s.kind === SpanKind.CONSUMER;
}

export function isErrorSpan(s: SpanRecord): boolean {
  if (s.statusCode === StatusCode.ERROR) return true;
  const code = attr(s.attributes, 'http.response.status_code') ?? attr(s.attributes, 'http.status_code');
  return code !== undefined && Number(code) >= 500;
}

const SEVERITY_NAMES = ['UNSPECIFIED', 'TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;

/** OTel severity number → its range name (1–4 TRACE … 21–24 FATAL). */
export function severityBucket(n: number): string {
  if (!(n >= 1)) return SEVERITY_NAMES[0];
  return SEVERITY_NAMES[Math.min(6, Math.ceil(n / 4))];
}

export const SEVERITY_ERROR = 17;
export const SEVERITY_FATAL = 21;

/**
 * The span name of a service's all-requests series. A quiet service has a few requests per step
 * on each route, too few to judge an error rate on any one of them; together they are enough.
 * Span names are non-empty (OTel), so this does not collide with a route.
 */
export const ALL_REQUESTS = '';

export function spanKey(service: string, name: string): string {
  return `span|${service}|${name}`;
}

export function logKey(service: string, bucket: string): string {
  return `log|${service}|${bucket}`;
}

const MAX_ATTRS_TEXT = 256;

/** Sorted `k=v` pairs, so the same attribute set in any order is one stream. */
export function canonicalAttrs(a: Attrs): string {
  if (a.length === 0) return '';
  if (a.length === 2) return `${a[0]}=${a[1]}`.slice(0, MAX_ATTRS_TEXT);
  const pairs: string[] = [];
  for (let i = 0; i < a.length; i += 2) pairs.push(`${a[i]}=${a[i + 1]}`);
  return pairs.sort().join(',').slice(0, MAX_ATTRS_TEXT);
}

export function metricKey(service: string, name: string, attrs: string): string {
  return `metric|${service}|${name}|${attrs}`;
}

/** ns bigint → ms number; precision below a millisecond does not matter for steps. */
export function nsToMs(ns: bigint): number {
  return Number(ns / 1_000_000n);
}

// Small builders for the records detection consumes, shared by the detect bench and tests.
import { SpanKind, StatusCode, Temporality, type LogRecordItem, type MetricPoint, type Resource, type Scope, type SpanRecord } from '../../src/records.ts';

const scope: Scope = { name: 'bench', version: '', attributes: [], droppedAttributesCount: 0, schemaUrl: '' };
const resources = new Map<string, Resource>();

export function resource(service: string, extra: string[] = []): Resource {
  const k = service + '\u0000' + extra.join('\u0000');
  let r = resources.get(k);
  if (!r) {
    r = { attributes: ['service.name', service, ...extra], droppedAttributesCount: 0, schemaUrl: '', serviceName: service };
    resources.set(k, r);
  }
  return r;
}

let idCounter = 0;
export function hexId(len: number): string {
  return (++idCounter).toString(16).padStart(len, '0');
}

export interface SpanOpts {
  error?: boolean;
  status?: number;
  kind?: number;
  traceId?: string;
  res?: Resource;
}

export function span(service: string, name: string, endMs: number, durMs: number, o: SpanOpts = {}): SpanRecord {
  const end = BigInt(Math.round(endMs * 1e6));
  return {
    resource: o.res ?? resource(service),
    scope,
    traceId: o.traceId ?? hexId(32),
    spanId: hexId(16),
    parentSpanId: '',
    traceState: '',
    flags: 1,
    name,
    kind: o.kind ?? SpanKind.SERVER,
    startNs: end - BigInt(Math.round(durMs * 1e6)),
    endNs: end,
    attributes: o.status ? ['http.response.status_code', String(o.status)] : [],
    droppedAttributesCount: 0,
    events: [],
    droppedEventsCount: 0,
    links: [],
    droppedLinksCount: 0,
    statusCode: o.error ? StatusCode.ERROR : StatusCode.UNSET,
    statusMessage: '',
  };
}

export function log(service: string, tMs: number, severityNumber: number, body: string, attrs: string[] = [], res?: Resource): LogRecordItem {
  const t = BigInt(Math.round(tMs * 1e6));
  return {
    resource: res ?? resource(service),
    scope,
    timeNs: t,
    observedTimeNs: t,
    severityNumber,
    severityText: '',
    body,
    attributes: attrs,
    droppedAttributesCount: 0,
    flags: 0,
    traceId: hexId(32),
    spanId: '',
    eventName: '',
  };
}

export function gauge(service: string, name: string, tMs: number, value: number, attrs: string[] = [], unit = ''): MetricPoint {
  const t = BigInt(Math.round(tMs * 1e6));
  return {
    type: 'gauge', resource: resource(service), scope, name, description: '', unit, attributes: attrs,
    startTimeNs: 0n, timeNs: t, flags: 0, value, exemplars: [], temporality: Temporality.UNSPECIFIED, isMonotonic: false,
  };
}

export function counter(service: string, name: string, tMs: number, total: number, attrs: string[] = []): MetricPoint {
  const t = BigInt(Math.round(tMs * 1e6));
  return {
    type: 'sum', resource: resource(service), scope, name, description: '', unit: '1', attributes: attrs,
    startTimeNs: 0n, timeNs: t, flags: 0, value: total, exemplars: [], temporality: Temporality.CUMULATIVE, isMonotonic: true,
  };
}

export function histogram(service: string, name: string, tMs: number, bounds: number[], counts: number[], sum: number, cumulative = false): MetricPoint {
  const t = BigInt(Math.round(tMs * 1e6));
  return {
    type: 'histogram', resource: resource(service), scope, name, description: '', unit: 'ms', attributes: [],
    startTimeNs: 0n, timeNs: t, flags: 0, count: counts.reduce((a, b) => a + b, 0), sum, bucketCounts: counts, explicitBounds: bounds,
    exemplars: [], min: NaN, max: NaN, temporality: cumulative ? Temporality.CUMULATIVE : Temporality.DELTA,
  };
}

/** Deterministic PRNG (Park–Miller) so benches and tests replay identically. */
export function rng(seed = 42): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Log-normal-ish latency around `median` ms. */
export function latency(r: () => number, median: number, spread = 0.25): number {
  const n = r() + r() + r() + r() - 2; // ≈ N(0, 0.58)
  return median * Math.exp(spread * n * 1.7);
}

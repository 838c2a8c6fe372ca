// Oracle: spans recorded by the OTel JS SDK, serialized by the official OTLP serializers
// (protobuf and JSON), must decode back to what the SDK recorded, field by field.
import { context, trace, SpanKind as ApiKind, SpanStatusCode } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeTracesJson, decodeTracesProto } from '../../../src/receive/otlp/decode-traces.ts';
import { DEFAULT_DECODE_LIMITS, type Decoded, type SpanRecord } from '../../../src/records.ts';
import { attrMap, flatAttrs, hrNs } from './expected.ts';

let spans: ReadableSpan[];

beforeAll(async () => {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout', 'service.version': '1.2.3', 'host.cpus': 8, 'ratio': 0.25, 'canary': true }),
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
  });
  const web = provider.getTracer('web', '2.0.0', { schemaUrl: 'https://opentelemetry.io/schemas/1.30.0' });
  const db = provider.getTracer('db');
  const root = web.startSpan('GET /cart', {
    kind: ApiKind.SERVER,
    attributes: {
      'http.method': 'GET',
      'http.status_code': 500,
      'latency.ratio': 0.125,
      'cache.hit': false,
      'tags': ['a', 'b', 'ü'],
      'retries': [1, 2, 3],
      'flags': [true, false],
      'big': 2 ** 40,
      'negative': -17,
      'huge.double': 1e300,
    },
  });
  root.addEvent('exception', { 'exception.type': 'Error', 'exception.message': 'boom', 'attempt': 2 });
  root.addEvent('plain');
  root.setStatus({ code: SpanStatusCode.ERROR, message: 'upstream failed' });
  const ctx = trace.setSpan(context.active(), root);
  const other = db.startSpan('other-trace-root');
  const child = db.startSpan('SELECT cart', {
    kind: ApiKind.CLIENT,
    attributes: { 'db.system': 'postgresql' },
    links: [{ context: other.spanContext(), attributes: { 'link.reason': 'batch' } }],
  }, ctx);
  child.setStatus({ code: SpanStatusCode.OK });
  child.end();
  other.end();
  for (const kind of [ApiKind.INTERNAL, ApiKind.PRODUCER, ApiKind.CONSUMER]) web.startSpan(`kind-${kind}`, { kind }, ctx).end();
  root.end();
  await provider.forceFlush();
  spans = exporter.getFinishedSpans();
  expect(spans.length).toBe(6);
});

function byId(d: Decoded<SpanRecord>): Map<string, SpanRecord> {
  return new Map(d.items.map((s) => [s.spanId, s]));
}

function checkSpans(d: Decoded<SpanRecord>): void {
  expect(d.rejected).toBe(0);
  expect(d.errors).toEqual([]);
  expect(d.warnings).toEqual([]);
  expect(d.items.length).toBe(spans.length);
  const got = byId(d);
  for (const s of spans) {
    const ctx = s.spanContext();
    const r = got.get(ctx.spanId);
    expect(r, s.name).toBeDefined();
    if (!r) continue;
    expect(r.traceId).toBe(ctx.traceId);
    expect(r.parentSpanId).toBe(s.parentSpanContext?.spanId ?? '');
    expect(r.name).toBe(s.name);
    expect(r.kind).toBe(s.kind + 1);
    expect(r.startNs).toBe(hrNs(s.startTime));
    expect(r.endNs).toBe(hrNs(s.endTime));
    expect(r.flags).toBe((ctx.traceFlags & 0xff) | 0x100 | (s.parentSpanContext?.isRemote ? 0x200 : 0));
    expect(r.attributes).toEqual(flatAttrs(s.attributes));
    expect(r.droppedAttributesCount).toBe(s.droppedAttributesCount);
    expect(r.statusCode).toBe(s.status.code);
    expect(r.statusMessage).toBe(s.status.message ?? '');
    expect(r.events.length).toBe(s.events.length);
    s.events.forEach((e, i) => {
      expect(r.events[i].name).toBe(e.name);
      expect(r.events[i].timeNs).toBe(hrNs(e.time));
      expect(r.events[i].attributes).toEqual(flatAttrs(e.attributes));
    });
    expect(r.links.length).toBe(s.links.length);
    s.links.forEach((l, i) => {
      expect(r.links[i].traceId).toBe(l.context.traceId);
      expect(r.links[i].spanId).toBe(l.context.spanId);
      expect(r.links[i].flags).toBe((l.context.traceFlags & 0xff) | 0x100);
      expect(r.links[i].attributes).toEqual(flatAttrs(l.attributes));
    });
    expect(r.scope.name).toBe(s.instrumentationScope.name);
    expect(r.scope.version).toBe(s.instrumentationScope.version ?? '');
    expect(r.scope.schemaUrl).toBe(s.instrumentationScope.schemaUrl ?? '');
    expect(attrMap(r.resource.attributes)).toEqual(attrMap(flatAttrs(s.resource.attributes)));
    expect(r.resource.serviceName).toBe('checkout');
  }
}

describe('traces: SDK + official serializers as oracle', () => {
  it('protobuf request decodes to the recorded spans', () => {
    const body = ProtobufTraceSerializer.serializeRequest(spans);
    if (!body) throw new Error('serializer returned nothing');
    checkSpans(decodeTracesProto(body, DEFAULT_DECODE_LIMITS));
  });

  it('JSON request decodes to the recorded spans', () => {
    const body = JsonTraceSerializer.serializeRequest(spans);
    if (!body) throw new Error('serializer returned nothing');
    checkSpans(decodeTracesJson(new TextDecoder().decode(body), DEFAULT_DECODE_LIMITS));
  });

  it('protobuf and JSON encodings of the same spans decode identically', () => {
    const p = decodeTracesProto(ProtobufTraceSerializer.serializeRequest(spans)!, DEFAULT_DECODE_LIMITS);
    const j = decodeTracesJson(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans)!), DEFAULT_DECODE_LIMITS);
    expect(j.items).toEqual(p.items);
  });

  it('shares one Resource and one Scope object per request group', () => {
    const d = decodeTracesProto(ProtobufTraceSerializer.serializeRequest(spans)!, DEFAULT_DECODE_LIMITS);
    const resources = new Set(d.items.map((s) => s.resource));
    expect(resources.size).toBe(1);
    const scopes = new Map<string, Set<object>>();
    for (const s of d.items) {
      const set = scopes.get(s.scope.name) ?? new Set();
      set.add(s.scope);
      scopes.set(s.scope.name, set);
    }
    expect([...scopes.keys()].sort()).toEqual(['db', 'web']);
    for (const set of scopes.values()) expect(set.size).toBe(1);
  });
});

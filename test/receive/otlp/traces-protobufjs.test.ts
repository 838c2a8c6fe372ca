// Trace fields the OTel JS SDK never sets (bytes / nested attribute values, link flags and
// trace state, every span kind, unknown fields), encoded independently with protobufjs from
// proto/, decoded by both the protobuf and the JSON decoder.
import { describe, expect, it } from 'vitest';
import { decodeTracesJson, decodeTracesProto } from '../../../src/receive/otlp/decode-traces.ts';
import { DEFAULT_DECODE_LIMITS, SpanKind } from '../../../src/records.ts';
import { jsonText } from './otlp-json.ts';
import { encode, hexBytes, TRACE_REQ } from './proto-root.ts';

const T1 = '5b8efff798038103d269b633813fc60c';
const S1 = 'eee19b7ec3c1b174';
const S2 = 'eee19b7ec3c1b173';
const T2 = 'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbb';

function span(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    traceId: hexBytes(T1),
    spanId: hexBytes(`00000000000000${(i + 16).toString(16)}`),
    name: `span-${i}`,
    kind: i % 6,
    startTimeUnixNano: '1700000000000000001',
    endTimeUnixNano: '18446744073709551615',
    ...extra,
  };
}

const request = {
  resourceSpans: [
    {
      resource: {
        attributes: [
          { key: 'service.name', value: { stringValue: 'payments' } },
          { key: 'k8s.pod.uid', value: { bytesValue: Buffer.from([0, 1, 2, 250, 251, 252]) } },
        ],
        droppedAttributesCount: 3,
      },
      schemaUrl: 'https://example.test/schema/1',
      scopeSpans: [
        {
          scope: { name: 'lib', version: '0.1', attributes: [{ key: 'scope.attr', value: { intValue: '-9223372036854775808' } }], droppedAttributesCount: 1 },
          schemaUrl: 'https://example.test/scope-schema',
          spans: [
            span(0, {
              spanId: hexBytes(S1),
              parentSpanId: hexBytes(S2),
              traceState: 'vendor=abc,x=y',
              flags: 0x301,
              attributes: [
                { key: 'bytes', value: { bytesValue: Buffer.from('hello') } },
                { key: 'arr', value: { arrayValue: { values: [{ stringValue: 'a"b' }, { intValue: '9007199254740993' }, { doubleValue: 0.1 }, { boolValue: false }, { bytesValue: Buffer.from([255]) }, {}] } } },
                { key: 'map', value: { kvlistValue: { values: [{ key: 'z', value: { intValue: '1' } }, { key: 'a', value: { arrayValue: { values: [] } } }, { key: 'z', value: { intValue: '2' } }, { key: 'nested', value: { kvlistValue: { values: [{ key: 'x', value: { stringValue: 'y' } }] } } }] } } },
                { key: 'max', value: { intValue: '9223372036854775807' } },
                { key: 'neg', value: { intValue: '-42' } },
                { key: 'dbl', value: { doubleValue: -0.5 } },
                { key: 'true', value: { boolValue: true } },
                { key: 'empty', value: {} },
                { key: 'no-value' },
              ],
              droppedAttributesCount: 2,
              events: [{ timeUnixNano: '1700000000000000500', name: 'evt', attributes: [{ key: 'e', value: { stringValue: 'v' } }], droppedAttributesCount: 4 }],
              droppedEventsCount: 5,
              links: [
                { traceId: hexBytes(T2), spanId: hexBytes(S2), traceState: 'l=1', flags: 0x101, attributes: [{ key: 'link.kind', value: { stringValue: 'follows' } }], droppedAttributesCount: 6 },
                { traceId: hexBytes(T1), spanId: hexBytes(S1) },
              ],
              droppedLinksCount: 7,
              status: { code: 2, message: 'deadline exceeded' },
            }),
            ...[1, 2, 3, 4, 5].map((i) => span(i)),
          ],
        },
      ],
    },
  ],
};

describe('traces: protobufjs-built requests', () => {
  const proto = decodeTracesProto(encode(TRACE_REQ, request), DEFAULT_DECODE_LIMITS);
  const json = decodeTracesJson(jsonText(request), DEFAULT_DECODE_LIMITS);

  it('decodes every span and field from protobuf', () => {
    expect(proto.rejected).toBe(0);
    expect(proto.items.length).toBe(6);
    const s = proto.items[0];
    expect(s.traceId).toBe(T1);
    expect(s.spanId).toBe(S1);
    expect(s.parentSpanId).toBe(S2);
    expect(s.traceState).toBe('vendor=abc,x=y');
    expect(s.flags).toBe(0x301);
    expect(s.kind).toBe(SpanKind.UNSPECIFIED);
    expect(s.startNs).toBe(1700000000000000001n);
    expect(s.endNs).toBe(18446744073709551615n);
    expect(s.attributes).toEqual([
      'bytes', Buffer.from('hello').toString('base64'),
      'arr', '["a\\"b",9007199254740993,0.1,false,"/w==",null]',
      'map', '{"a":[],"nested":{"x":"y"},"z":2}',
      'max', '9223372036854775807',
      'neg', '-42',
      'dbl', '-0.5',
      'true', 'true',
      'empty', '',
      'no-value', '',
    ]);
    expect(s.droppedAttributesCount).toBe(2);
    expect(s.events).toEqual([{ timeNs: 1700000000000000500n, name: 'evt', attributes: ['e', 'v'], droppedAttributesCount: 4 }]);
    expect(s.droppedEventsCount).toBe(5);
    expect(s.links).toEqual([
      { traceId: T2, spanId: S2, traceState: 'l=1', attributes: ['link.kind', 'follows'], droppedAttributesCount: 6, flags: 0x101 },
      { traceId: T1, spanId: S1, traceState: '', attributes: [], droppedAttributesCount: 0, flags: 0 },
    ]);
    expect(s.droppedLinksCount).toBe(7);
    expect(s.statusCode).toBe(2);
    expect(s.statusMessage).toBe('deadline exceeded');
    expect(proto.items.map((x) => x.kind)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(proto.items[1].parentSpanId).toBe('');
  });

  it('decodes resource and scope, including schema URLs that follow the spans on the wire', () => {
    const { resource, scope } = proto.items[0];
    expect(resource).toEqual({
      attributes: ['service.name', 'payments', 'k8s.pod.uid', Buffer.from([0, 1, 2, 250, 251, 252]).toString('base64')],
      droppedAttributesCount: 3,
      schemaUrl: 'https://example.test/schema/1',
      serviceName: 'payments',
    });
    expect(scope).toEqual({ name: 'lib', version: '0.1', attributes: ['scope.attr', '-9223372036854775808'], droppedAttributesCount: 1, schemaUrl: 'https://example.test/scope-schema' });
    for (const s of proto.items) {
      expect(s.resource).toBe(resource);
      expect(s.scope).toBe(scope);
    }
  });

  it('the JSON decoder yields the same records', () => {
    expect(json.rejected).toBe(0);
    expect(json.items).toEqual(proto.items);
  });

  it('skips unknown fields of every wire type', () => {
    // Append unknown fields 99 (varint), 100 (fixed64), 101 (len), 102 (fixed32) and a group to the request.
    const base = encode(TRACE_REQ, request);
    const extra = Buffer.from([0x98, 0x06, 0x05, 0xa1, 0x06, 1, 2, 3, 4, 5, 6, 7, 8, 0xaa, 0x06, 0x02, 0x41, 0x42, 0xb5, 0x06, 9, 9, 9, 9, 0xbb, 0x06, 0x08, 0x01, 0xbc, 0x06]);
    const d = decodeTracesProto(Buffer.concat([base, extra]), DEFAULT_DECODE_LIMITS);
    expect(d.items).toEqual(proto.items);
  });

  it('accepts enum names, snake_case keys and numeric int64 in JSON', () => {
    const text = JSON.stringify({
      resource_spans: [{ scope_spans: [{ spans: [{
        trace_id: T1.toUpperCase(), span_id: S1, kind: 'SPAN_KIND_CONSUMER', start_time_unix_nano: 1000, endTimeUnixNano: '2000',
        status: { code: 'STATUS_CODE_OK' }, attributes: [{ key: 'n', value: { intValue: 12 } }], unknownField: { deep: [1] },
      }] }] }],
    });
    const d = decodeTracesJson(text, DEFAULT_DECODE_LIMITS);
    expect(d.rejected).toBe(0);
    expect(d.items[0]).toMatchObject({ traceId: T1, spanId: S1, kind: 5, startNs: 1000n, endNs: 2000n, statusCode: 1, attributes: ['n', '12'] });
  });
});

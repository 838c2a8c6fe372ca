// Hostile and broken input: every failure is an InvalidInputError with a useful message,
// never a crash, and item-level problems reject only the item.
import { catchErr } from '../../helpers/catch.ts';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/errors.ts';
import { decodeLogsJson, decodeLogsProto } from '../../../src/receive/otlp/decode-logs.ts';
import { decodeMetricsProto } from '../../../src/receive/otlp/decode-metrics.ts';
import { decodeTracesJson, decodeTracesProto } from '../../../src/receive/otlp/decode-traces.ts';
import { DEFAULT_DECODE_LIMITS } from '../../../src/records.ts';
import { encode, hexBytes, LOGS_REQ, TRACE_REQ } from './proto-root.ts';
import { ld, varint } from '../../helpers/otlp-bytes.ts';

const T = '0102030405060708090a0b0c0d0e0f10';
const S = '1112131415161718';
const L = DEFAULT_DECODE_LIMITS;

function traces(spans: Record<string, unknown>[], scopeName = 'sc'): Uint8Array {
  return encode(TRACE_REQ, { resourceSpans: [{ scopeSpans: [{ scope: { name: scopeName }, spans }] }] });
}

function okSpan(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { traceId: hexBytes(T), spanId: hexBytes(S), name: 'ok', startTimeUnixNano: '1', endTimeUnixNano: '2', ...extra };
}



describe('malformed protobuf', () => {
  const good = traces([okSpan({ attributes: [{ key: 'k', value: { stringValue: 'v' } }], events: [{ name: 'e', timeUnixNano: '3' }] })]);

  it('every truncation of a valid request is a clean InvalidInputError', () => {
    let threw = 0;
    for (let n = 1; n < good.length; n++) {
      try {
        decodeTracesProto(good.subarray(0, n), L);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
        expect((e as Error).message).toMatch(/^malformed protobuf: .*\(byte \d+\)$/);
        threw++;
      }
    }
    // Every cut inside the single top-level message leaves it running past the end.
    expect(threw).toBe(good.length - 1);
  });

  it('names the message, field and byte when a length runs past its parent', () => {
    // ScopeSpans{2: Span} where the span claims 50 bytes but only 3 follow.
    const scope = Buffer.concat([Buffer.from([0x12, 50]), Buffer.from([1, 2, 3])]);
    const body = ld(1, ld(2, scope));
    const e = catchErr(() => decodeTracesProto(body, L));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.message).toBe('malformed protobuf: length-delimited field 2 of opentelemetry.proto.trace.v1.ScopeSpans runs past the end of the message (byte 5)');
  });

  it('rejects a known field with the wrong wire type', () => {
    // Span.name (5) sent as a varint.
    const span = Buffer.concat([ld(1, hexBytes(T)), ld(2, hexBytes(S)), Buffer.from([5 << 3, 1])]);
    const e = catchErr(() => decodeTracesProto(ld(1, ld(2, ld(2, span))), L));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.message).toMatch(/field 5 of opentelemetry\.proto\.trace\.v1\.Span has varint wire type 0/);
  });

  it('rejects wire types 6 and 7, and a truncated varint', () => {
    for (const wt of [6, 7]) {
      const e = catchErr(() => decodeTracesProto(Buffer.from([(99 << 3) & 0x7f | 0x80 | wt, 99 >> 4]), L));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.message).toMatch(new RegExp(`unknown wire type ${wt}`));
    }
    const e = catchErr(() => decodeTracesProto(Buffer.from([0x0a, 0x80]), L));
    expect(e.message).toMatch(/truncated varint/);
  });

  it('random corruption never escapes as anything but InvalidInputError', () => {
    let seed = 12345;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 2000; round++) {
      const b = Buffer.from(good);
      for (let k = 0; k < 3; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      try {
        decodeTracesProto(b, L);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
      }
    }
  });
});

describe('item-level problems reject only the item', () => {
  it('a zero-length trace id rejects that span and keeps the others', () => {
    const d = decodeTracesProto(traces([okSpan(), okSpan({ traceId: Buffer.alloc(0) }), okSpan({ name: 'third' }), okSpan({ parentSpanId: hexBytes('0102') }), okSpan({ links: [{ traceId: hexBytes(T), spanId: hexBytes('01') }] })], 'x'), L);
    expect(d.items.map((s) => s.name)).toEqual(['ok', 'third']);
    expect(d.rejected).toBe(3);
    expect(d.errors).toEqual([
      "span 1 of scope 'x': trace_id is 0 bytes, want 16",
      "span 3 of scope 'x': parent_span_id is 2 bytes, want 0 or 8",
      "span 4 of scope 'x': link 0 span_id is 1 bytes, want 8",
    ]);
  });

  it('keeps only the first few reasons but counts every rejection', () => {
    const spans = Array.from({ length: 20 }, () => okSpan({ spanId: Buffer.alloc(3) }));
    const d = decodeTracesProto(traces(spans), L);
    expect(d.rejected).toBe(20);
    expect(d.errors.length).toBe(5);
  });

  it('JSON ids that are not hex of the right length reject the span', () => {
    const mk = (traceId: unknown): unknown => ({ traceId, spanId: S, name: String(traceId) });
    const text = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [mk(T), mk('zz' + T.slice(2)), mk(T.slice(2)), mk(''), mk(7)] }] }] });
    const d = decodeTracesJson(text, L);
    expect(d.items.length).toBe(1);
    expect(d.rejected).toBe(4);
    expect(d.errors[0]).toMatch(/traceId is not valid hex/);
    expect(d.errors[1]).toMatch(/traceId is 30 hex digits, want 32/);
  });
});

describe('limits', () => {
  it('deeply nested AnyValue fails cleanly (protobuf)', () => {
    // 100,000 nested ArrayValues, built inside out.
    // Built back to front in one pass: AnyValue{array_value: ArrayValue{values: inner}} per level.
    const parts: Buffer[] = [Buffer.from([0x10, 0x01])]; // innermost AnyValue{bool_value: true}
    let len = 2;
    for (let i = 0; i < 100_000; i++) {
      for (const field of [1, 5]) {
        const head = Buffer.concat([varint((field << 3) | 2), varint(len)]);
        parts.push(head);
        len += head.length;
      }
    }
    const v = Buffer.concat(parts.reverse());
    const span = Buffer.concat([ld(1, hexBytes(T)), ld(2, hexBytes(S)), ld(9, Buffer.concat([ld(1, Buffer.from('deep')), ld(2, v)]))]);
    const e = catchErr(() => decodeTracesProto(ld(1, ld(2, ld(2, span))), L));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.message).toBe(`AnyValue nesting exceeds the depth limit of ${L.maxDepth}`);
  });

  it('nesting at the limit is accepted', () => {
    let v: Buffer = Buffer.from([0x10, 0x01]);
    for (let i = 0; i < L.maxDepth; i++) v = ld(5, ld(1, v));
    const span = Buffer.concat([ld(1, hexBytes(T)), ld(2, hexBytes(S)), ld(9, Buffer.concat([ld(1, Buffer.from('deep')), ld(2, v)]))]);
    const d = decodeTracesProto(ld(1, ld(2, ld(2, span))), L);
    expect(d.items[0].attributes[1]).toBe('['.repeat(L.maxDepth - 1) + '[true' + ']'.repeat(L.maxDepth));
  });

  it('deeply nested AnyValue fails cleanly (JSON)', () => {
    const depth = 50_000;
    const text = '{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":' + '{"arrayValue":{"values":['.repeat(depth) + '{"intValue":"1"}' + ']}}'.repeat(depth) + '}]}]}]}';
    const e = catchErr(() => decodeLogsJson(text, L));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.message).toMatch(/depth limit of 32/);
  });

  it('10,000 attributes: keeps the limit, counts the rest as dropped', () => {
    const attributes = Array.from({ length: 10_000 }, (_, i) => ({ key: `k${i}`, value: { intValue: String(i) } }));
    const d = decodeTracesProto(traces([okSpan({ attributes, droppedAttributesCount: 5 })]), L);
    const s = d.items[0];
    expect(s.attributes.length).toBe(2 * L.maxAttributes);
    expect(s.attributes.slice(0, 4)).toEqual(['k0', '0', 'k1', '1']);
    expect(s.droppedAttributesCount).toBe(10_000 - L.maxAttributes + 5);
    expect(d.droppedAttributes).toBe(10_000 - L.maxAttributes);
    expect(d.warnings).toEqual([`${10_000 - L.maxAttributes} attributes dropped over the limit of ${L.maxAttributes} per item`]);
    const j = decodeTracesJson(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: T, spanId: S, attributes }] }] }] }), L);
    expect(j.items[0].attributes).toEqual(s.attributes);
    expect(j.droppedAttributes).toBe(d.droppedAttributes);
  });

  it('1 MB attribute value and log body are cut to maxValueLength', () => {
    const big = 'é'.repeat(1 << 20);
    const d = decodeTracesProto(traces([okSpan({ attributes: [{ key: 'big', value: { stringValue: big } }, { key: 'small', value: { stringValue: 'x' } }] })]), L);
    expect(d.items[0].attributes[1]).toBe('é'.repeat(L.maxValueLength));
    expect(d.items[0].attributes[3]).toBe('x');
    expect(d.truncatedValues).toBe(1);
    expect(d.warnings).toEqual([`1 value cut to ${L.maxValueLength} characters`]);
    const logs = decodeLogsProto(encode(LOGS_REQ, { resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'a'.repeat(1 << 20) } }] }] }] }), { ...L, maxValueLength: 10 });
    expect(logs.items[0].body).toBe('a'.repeat(10));
    expect(logs.truncatedValues).toBe(1);
  });

  it('cuts without splitting a surrogate pair', () => {
    const d = decodeTracesProto(traces([okSpan({ attributes: [{ key: 'emoji', value: { stringValue: 'ab😀cd' } }] })]), { ...L, maxValueLength: 3 });
    expect(d.items[0].attributes[1]).toBe('ab');
  });
});

describe('invalid UTF-8', () => {
  it('is repaired with U+FFFD, counted, and the item kept', () => {
    const badName = Buffer.from([0x61, 0xff, 0x62, 0xc3]); // 'a', invalid, 'b', truncated 2-byte sequence
    const longBad = Buffer.concat([Buffer.from('x'.repeat(40)), Buffer.from([0xed, 0xa0, 0x80])]); // surrogate encoded in UTF-8
    const genuine = Buffer.from('real \uFFFD replacement char in a long enough string', 'utf8');
    const span = Buffer.concat([ld(1, hexBytes(T)), ld(2, hexBytes(S)), ld(5, badName), ld(9, Buffer.concat([ld(1, longBad), ld(2, ld(1, genuine))]))]);
    const d = decodeTracesProto(ld(1, ld(2, ld(2, span))), L);
    expect(d.items.length).toBe(1);
    expect(d.items[0].name).toBe('a\uFFFDb\uFFFD');
    expect(d.items[0].attributes[0]).toMatch(/^x{40}\uFFFD+$/);
    expect(d.items[0].attributes[1]).toBe('real \uFFFD replacement char in a long enough string');
    expect(d.warnings).toEqual(['2 string fields held invalid UTF-8 and were repaired']);
  });
});

describe('invalid JSON', () => {
  it('bad JSON text', () => {
    const e = catchErr(() => decodeTracesJson('{"resourceSpans": [', L));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.message).toMatch(/^invalid JSON: /);
  });

  it('wrong shapes name the field path', () => {
    const cases: [unknown, RegExp][] = [
      [[], /top level: expected an object/],
      [{ resourceSpans: {} }, /resourceSpans: expected an array/],
      [{ resourceSpans: [{ scopeSpans: 'x' }] }, /resourceSpans\[0\]\.scopeSpans: expected an array/],
      [{ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: T, spanId: S, attributes: {} }] }] }] }, /resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[0\]\.attributes: expected an array/],
      [{ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: T, spanId: S, name: 5 }] }] }] }, /spans\[0\]\.name: expected a string/],
      [{ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: T, spanId: S, startTimeUnixNano: 'soon' }] }] }] }, /spans\[0\]\.startTimeUnixNano: expected unsigned nanoseconds/],
      [{ resourceSpans: [{ resource: { attributes: [{ key: 'a', value: { intValue: '1.5' } }] } }] }, /resourceSpans\[0\]\.resource\.attributes\[0\]: expected an integer/],
      [{ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: T, spanId: S, kind: 'SPAN_KIND_BOGUS' }] }] }] }, /spans\[0\]\.kind: expected an enum/],
    ];
    for (const [doc, re] of cases) {
      const e = catchErr(() => decodeTracesJson(JSON.stringify(doc), L));
      expect(e, JSON.stringify(doc)).toBeInstanceOf(InvalidInputError);
      expect(e.message).toMatch(re);
    }
  });

  it('an empty request is fine in both encodings', () => {
    expect(decodeTracesJson('{}', L).items).toEqual([]);
    expect(decodeTracesProto(new Uint8Array(0), L).items).toEqual([]);
    expect(decodeMetricsProto(new Uint8Array(0), L).rejected).toBe(0);
  });
});

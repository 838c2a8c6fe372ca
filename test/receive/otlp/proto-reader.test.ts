// The wire reader's number decoding against BigInt / protobufjs references.
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/errors.ts';
import { int64Decimal, ProtoReader } from '../../../src/receive/otlp/proto-reader.ts';

const INT64S = [0n, 1n, -1n, 127n, 128n, 2n ** 31n, -(2n ** 31n), 2n ** 32n - 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 63n - 1n, -(2n ** 63n), 1234567890123456789n, -987654321098765432n];

describe('ProtoReader', () => {
  it('int64 varints print exactly in decimal across the whole range', () => {
    for (const n of INT64S) {
      const w = protobuf.Writer.create();
      w.int64(n.toString() as unknown as number);
      const r = new ProtoReader(w.finish());
      expect(r.int64String(r.length), n.toString()).toBe(n.toString());
      const u = BigInt.asUintN(64, n);
      expect(int64Decimal(Number(u & 0xffffffffn), Number(u >> 32n))).toBe(n.toString());
    }
  });

  it('negative int32 enums (10-byte varints) read back as negative', () => {
    const w = protobuf.Writer.create();
    w.int32(-3).uint32(300).sint32(-64).sint32(63);
    const r = new ProtoReader(w.finish());
    expect(r.int32(r.length)).toBe(-3);
    expect(r.uint32(r.length)).toBe(300);
    expect(r.sint32(r.length)).toBe(-64);
    expect(r.sint32(r.length)).toBe(63);
    expect(r.pos).toBe(r.length);
  });

  it('fixed64 timestamps are exact bigints, including across a cached high word', () => {
    const values = [0n, 1n, 2n ** 53n + 1n, 1700000000123456789n, 1700000000123456790n, 1800000000000000000n, 2n ** 64n - 1n];
    const w = protobuf.Writer.create();
    for (const v of values) w.fixed64(v.toString() as unknown as number);
    const r = new ProtoReader(w.finish());
    for (const v of values) expect(r.fixed64Big(r.length)).toBe(v);
  });

  it('sfixed64 and doubles', () => {
    const w = protobuf.Writer.create();
    w.sfixed64(-5 as unknown as number).sfixed64('123456789012' as unknown as number).double(-0.1).double(Infinity).fixed32(0xffffffff);
    const r = new ProtoReader(w.finish());
    expect(r.sfixed64Number(r.length)).toBe(-5);
    expect(r.sfixed64Number(r.length)).toBe(123456789012);
    expect(r.double(r.length)).toBe(-0.1);
    expect(r.double(r.length)).toBe(Infinity);
    expect(r.fixed32(r.length)).toBe(0xffffffff);
  });

  it('a varint longer than 10 bytes is malformed', () => {
    const r = new ProtoReader(Buffer.alloc(11, 0xff));
    expect(() => r.uint32(r.length)).toThrow(InvalidInputError);
  });

  it('a fixed64 that crosses the message end is malformed', () => {
    const r = new ProtoReader(Buffer.alloc(7));
    r.msg = 'test.Msg';
    r.field = 3;
    expect(() => r.fixed64Big(r.length)).toThrow('malformed protobuf: fixed64 field 3 of test.Msg runs past the end of the message (byte 0)');
  });

  it('short ASCII and long UTF-8 strings decode the same as Buffer', () => {
    for (const s of ['', 'a', 'short.key', 'exactly15chars!', 'long ascii string beyond sixteen', 'ünïcødé', 'mixed ascii then é', '😀'.repeat(10)]) {
      const w = protobuf.Writer.create();
      w.string(s);
      const r = new ProtoReader(w.finish());
      expect(r.string(r.length)).toBe(s);
      expect(r.repairedStrings).toBe(0);
    }
  });

  it('the attribute-key cache never returns a different key', () => {
    // Same length, same first/middle/last bytes (same cache slot), plus non-ASCII and repeats.
    const keys = ['aXb', 'aYb', 'aXb', 'aZb', 'aYb', 'héllo', 'héllo', 'hello', '', 'x'.repeat(100), 'x'.repeat(100), 'a\u00ffb'];
    const w = protobuf.Writer.create();
    for (const k of keys) w.string(k);
    const bytes = w.finish();
    const r = new ProtoReader(bytes);
    expect(keys.map(() => r.key(r.length))).toEqual(keys);
  });
});

// Hand-built OTLP protobuf requests for tests that need exact bytes (protobufjs over proto/).
import { root } from '../receive/otlp/proto-root.ts';

export function encodeExportRequestWithOneSpan(serviceName: string): Buffer {
  const Req = root().lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
  const now = BigInt(Date.now()) * 1_000_000n;
  const msg = Req.fromObject({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: serviceName } }] },
        scopeSpans: [
          {
            spans: [
              {
                traceId: Buffer.alloc(16, 1),
                spanId: Buffer.alloc(8, 2),
                name: 'op',
                kind: 2,
                startTimeUnixNano: now.toString(),
                endTimeUnixNano: (now + 1000n).toString(),
              },
            ],
          },
        ],
      },
    ],
  });
  return Buffer.from(Req.encode(msg).finish());
}

/** A protobuf base-128 varint. */
export function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

/** A length-delimited field: tag, length, payload (a string is written as UTF-8). */
export function ld(field: number, body: Uint8Array | string): Buffer {
  const b = Buffer.from(body as Uint8Array);
  return Buffer.concat([varint((field << 3) | 2), varint(b.length), b]);
}

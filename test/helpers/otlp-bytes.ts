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

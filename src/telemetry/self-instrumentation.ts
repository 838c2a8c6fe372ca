import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';

import { SELF_ATTRIBUTE } from './self-attribute.ts';

export { SELF_ATTRIBUTE };

export interface SelfInstrumentation {
  shutdown(): Promise<void>;
}

/**
 * Homeostat's own traces through the official SDK, off by default. Its spans carry
 * `homeostat.self=true`; the detect stage skips resources that do.
 */
export function startSelfInstrumentation(opts: { endpoint: string; serviceName: string }): SelfInstrumentation {
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': opts.serviceName, [SELF_ATTRIBUTE]: 'true' }),
    traceExporter: new OTLPTraceExporter({ url: opts.endpoint }),
    // Without these the SDK also starts OTLP metrics and logs exporters to localhost:4318,
    // Homeostat's own HTTP port: its telemetry would loop back in as if it were a user's.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

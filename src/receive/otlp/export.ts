import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { DecodeLimits } from '../../records.ts';
import type { Metrics } from '../../telemetry/index.ts';
import type { TelemetrySink } from '../../records.ts';
import type { InflightBudget } from './inflight.ts';
import type { SignalSpec } from './signals.ts';
import { capMessage, classify, MAX_PARTIAL_MESSAGE_CHARS } from './status.ts';

export interface ExportResult {
  rejected: number;
  /** partial_success.error_message: reasons for rejected items, or warnings when none were rejected. */
  message: string;
}

// Homeostat's own spans (one per export request, not per item). Without self-instrumentation
// the global tracer is a no-op, so this costs next to nothing.
const tracer = trace.getTracer('homeostat.receive');

export interface ExportContext {
  sink: TelemetrySink;
  limits: DecodeLimits;
  metrics: Metrics;
  /** Bytes in flight across both receivers (receiver.max_inflight_bytes); absent means unbounded. */
  budget?: InflightBudget;
}

/**
 * The one path every OTLP request takes after transport concerns: decode, hand the valid
 * items to the sink, and wait until they are stored. Errors propagate to the transport,
 * which maps them to a status; nothing is acknowledged before the sink resolves.
 */
export async function handleExport(
  ctx: ExportContext,
  spec: SignalSpec,
  body: Uint8Array | string,
  json: boolean,
  transport: 'grpc' | 'http',
): Promise<ExportResult> {
  const signal = spec.signal;
  const span = tracer.startSpan(`otlp.export ${signal}`, { attributes: { 'homeostat.transport': transport, 'homeostat.signal': signal } });
  try {
    const decoded = json ? spec.decodeJson(body.toString(), ctx.limits) : spec.decodeProto(body as Uint8Array, ctx.limits);
    const total = decoded.items.length + decoded.rejected;
    ctx.metrics.received.inc({ signal }, total);
    if (decoded.rejected > 0) ctx.metrics.rejected.inc({ signal, reason: 'invalid_item' }, decoded.rejected);
    if (decoded.droppedAttributes > 0) ctx.metrics.truncated.inc({ signal, kind: 'attribute_dropped' }, decoded.droppedAttributes);
    if (decoded.truncatedValues > 0) ctx.metrics.truncated.inc({ signal, kind: 'value_truncated' }, decoded.truncatedValues);
    if (decoded.truncatedNames) ctx.metrics.truncated.inc({ signal, kind: 'name_truncated' }, decoded.truncatedNames);
    try {
      await spec.consume(ctx.sink, decoded.items);
    } catch (err) {
      ctx.metrics.rejected.inc({ signal, reason: classify(err).reason }, decoded.items.length);
      throw err;
    }
    ctx.metrics.requests.inc({ signal, transport, outcome: decoded.rejected > 0 ? 'partial' : 'ok' });
    span.setAttributes({ 'homeostat.items.stored': decoded.items.length, 'homeostat.items.rejected': decoded.rejected });
    const notes = decoded.rejected > 0 ? decoded.errors : decoded.warnings;
    return { rejected: decoded.rejected, message: capMessage(notes.join('; '), MAX_PARTIAL_MESSAGE_CHARS) };
  } catch (err) {
    countRefused(ctx, spec, err, transport);
    span.setStatus({ code: SpanStatusCode.ERROR, message: classify(err).message });
    throw err;
  } finally {
    span.end();
  }
}

/**
 * Counts a whole request refused before any item was stored. Its items were never decoded,
 * so `rejected` counts the request once under the reason (their number is unknown).
 */
export function countRefused(ctx: ExportContext, spec: SignalSpec, err: unknown, transport: 'grpc' | 'http' = 'http'): void {
  const f = classify(err);
  const signal = spec.signal;
  if (f.reason === 'invalid' || f.reason === 'too_large') ctx.metrics.rejected.inc({ signal, reason: f.reason === 'invalid' ? 'malformed_request' : 'too_large' });
  ctx.metrics.requests.inc({ signal, transport, outcome: f.reason });
}

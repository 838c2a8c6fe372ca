import { SpanKind, StatusCode } from '../../records.ts';

// The Collector exporter writes pdata's names ('Server', 'Error'); older versions and other
// writers use the protobuf enum names ('SPAN_KIND_SERVER', 'STATUS_CODE_ERROR'). Both map
// back to the OTLP numbers; anything else is unspecified / unset.

const KINDS: Record<string, number> = {
  UNSPECIFIED: SpanKind.UNSPECIFIED,
  INTERNAL: SpanKind.INTERNAL,
  SERVER: SpanKind.SERVER,
  CLIENT: SpanKind.CLIENT,
  PRODUCER: SpanKind.PRODUCER,
  CONSUMER: SpanKind.CONSUMER,
};

const STATUSES: Record<string, number> = { UNSET: StatusCode.UNSET, OK: StatusCode.OK, ERROR: StatusCode.ERROR };

export function spanKindFromName(name: string): number {
  return KINDS[name.toUpperCase().replace(/^SPAN_KIND_/, '')] ?? SpanKind.UNSPECIFIED;
}

export function statusCodeFromName(name: string): number {
  return STATUSES[name.toUpperCase().replace(/^STATUS_CODE_/, '')] ?? StatusCode.UNSET;
}

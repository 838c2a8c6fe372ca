// What the rules engine looks at. Detection and ingest build one of these per anomaly or
// error; the expression language only ever reads it, so rules cannot reach anything else.

import type { Attrs } from '../../records.ts';

export interface DiagnosisInput {
  /** Log body, span status message or anomaly summary; may be empty. */
  message: string;
  exceptionType?: string;
  exceptionMessage?: string;
  /** `service.name` of the emitting resource. */
  service?: string;
  /** Detector series key the anomaly came from, when there is one. */
  series?: string;
  /** A category some earlier stage already suspects; rules may consult it but need not. */
  categoryHint?: string;
  /**
   * Span, log and resource attributes flattened to strings, keyed by semantic-convention
   * name (db.system, http.response.status_code, rpc.grpc.status_code, exception.type,
   * peer.service, server.address, ...). Numeric comparisons parse the string on demand.
   */
  attributes: Record<string, string>;
  /**
   * Measurements keyed by name. Units the default rules assume: response_time in seconds,
   * error_rate / cpu / memory / system_impact as fractions in 0..1, latency_ratio as
   * current over baseline (1 = normal).
   */
  metrics: Record<string, number>;
}

/**
 * Converts a record's flat attribute array into the object form rules read. Later keys win,
 * so pass resource attributes first and span/log attributes after them. A null-prototype
 * object keeps keys such as "__proto__" or "constructor" ordinary data.
 */
export function attributesFrom(...lists: Attrs[]): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const list of lists) {
    for (let i = 0; i + 1 < list.length; i += 2) out[list[i]] = list[i + 1];
  }
  return out;
}

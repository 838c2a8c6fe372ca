// Typed errors that carry how a failure should be answered: the receiver maps them to
// OTLP status codes, so a caller never has to guess whether to retry.

/** The request itself is wrong; retrying the same bytes cannot succeed (400 / INVALID_ARGUMENT). */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
}

/** The request is larger than the configured limit (413 / RESOURCE_EXHAUSTED without RetryInfo). */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
  constructor(readonly limitBytes: number, message?: string) {
    super(message ?? `request body exceeds the ${limitBytes}-byte limit`);
  }
}

/** A passing condition (storage down, queue full): the client should retry after a pause (503 / UNAVAILABLE). */
export class RetryableError extends Error {
  override readonly name = 'RetryableError';
  constructor(message: string, readonly retryAfterSeconds = 1, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Configuration is invalid; `issues` holds one line per problem, each starting with the field path. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
  }
}

export function isRetryable(err: unknown): err is RetryableError {
  return err instanceof RetryableError;
}

/** The item itself cannot be delivered as it is (bad data); retrying cannot help, the items behind it can still go. */
export class DataError extends Error {
  override readonly name = 'DataError';
}

/** The target refused for a reason that will not pass by itself (bad credentials, a 4xx, a schema mismatch). */
export class PermanentError extends Error {
  override readonly name = 'PermanentError';
}

/** A target answered with an HTTP status; classified by classifyError like any other failure. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(readonly status: number, message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}

/**
 * How a failed side effect should be handled, decided once for every target:
 * - `unavailable`: the target cannot be reached (connection refused/reset, shutting down); retry
 *   until it answers, pausing the whole target meanwhile.
 * - `retryable`: a passing failure of this one call (serialisation conflict, 429, 5xx); retry it
 *   with backoff a bounded number of times.
 * - `data`: this item is unacceptable (SQLSTATE class 22/23, HTTP 400/413/422); set it aside.
 * - `permanent`: the target refuses for reasons retrying cannot fix (auth, SQL/schema errors).
 */
export type ErrorClass = 'unavailable' | 'retryable' | 'data' | 'permanent';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

export function classifyError(err: unknown): ErrorClass {
  if (err instanceof DataError || err instanceof InvalidInputError) return 'data';
  if (err instanceof PermanentError || err instanceof ConfigError) return 'permanent';
  if (err instanceof RetryableError) return 'retryable';
  if (err instanceof HttpStatusError) return classifyStatus(err.status);
  const e = err as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^[0-9A-Z]{5}$/.test(code) && !NETWORK_CODES.has(code)) return classifySqlState(code);
  if (NETWORK_CODES.has(code)) return 'unavailable';
  // fetch() wraps socket errors in a TypeError whose cause carries the code; a timeout aborts.
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'unavailable';
  if (e?.cause && e.cause !== err) {
    const inner = classifyError(e.cause);
    if (inner !== 'permanent') return inner;
  }
  if (e?.name === 'TypeError' && /fetch failed/i.test(String(e.message))) return 'unavailable';
  // node-postgres: a dropped connection or a pool that cannot connect says so only in the message.
  if (/connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|closed/i.test(String(e?.message ?? ''))) return 'unavailable';
  return 'permanent';
}

/** PostgreSQL SQLSTATE classes (PostgreSQL manual, appendix A). */
export function classifySqlState(code: string): ErrorClass {
  const cls = code.slice(0, 2);
  if (cls === '08' || cls === '57' || cls === '53' || code === '3D000') return 'unavailable';
  if (cls === '40' || code === '55P03') return 'retryable';
  if (cls === '22' || cls === '23') return 'data';
  return 'permanent';
}

export function classifyStatus(status: number): ErrorClass {
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retryable';
  if (status === 400 || status === 413 || status === 422) return 'data';
  return 'permanent';
}

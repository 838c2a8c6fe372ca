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

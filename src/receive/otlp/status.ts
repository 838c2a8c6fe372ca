import { status as GrpcStatus } from '@grpc/grpc-js';
import { InvalidInputError, RetryableError, TooLargeError } from '../../errors.ts';
import { ProtoWriter } from './proto-writer.ts';

// How each failure is answered, per the OTLP spec: bad data is final (400 / INVALID_ARGUMENT),
// an oversize body is final (413 / RESOURCE_EXHAUSTED without RetryInfo), and passing trouble
// (storage down, queue full) is retryable (503 + Retry-After / UNAVAILABLE + RetryInfo).

export interface Failure {
  http: number;
  grpc: GrpcStatus;
  message: string;
  retryAfterSeconds?: number;
  reason: 'invalid' | 'too_large' | 'unavailable' | 'unauthenticated' | 'internal';
}

export function classify(err: unknown): Failure {
  if (err instanceof InvalidInputError) return { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT, message: capMessage(err.message), reason: 'invalid' };
  if (err instanceof TooLargeError) return { http: 413, grpc: GrpcStatus.RESOURCE_EXHAUSTED, message: capMessage(err.message), reason: 'too_large' };
  if (err instanceof RetryableError) {
    return { http: 503, grpc: GrpcStatus.UNAVAILABLE, message: capMessage(err.message), retryAfterSeconds: err.retryAfterSeconds, reason: 'unavailable' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { http: 500, grpc: GrpcStatus.INTERNAL, message: capMessage(`internal error: ${message}`), reason: 'internal' };
}

/**
 * Longest error text sent to a client or logged. Messages quote the request (a name, a value,
 * a path), so without a cap a client gets its megabytes back and a log line grows with them.
 */
export const MAX_MESSAGE_CHARS = 256;
/** partial_success.error_message joins up to MAX_REASONS reasons, each capped as above. */
export const MAX_PARTIAL_MESSAGE_CHARS = 1024;

export function capMessage(s: string, max = MAX_MESSAGE_CHARS): string {
  if (s.length <= max) return s;
  let n = max - 1;
  const c = s.charCodeAt(n - 1);
  if (c >= 0xd800 && c <= 0xdbff) n--;
  return `${s.slice(0, n)}…`;
}

/** google.rpc.Status, with a google.rpc.RetryInfo detail when the client should come back later. */
export function encodeRpcStatus(code: number, message: string, retryAfterSeconds?: number): Buffer {
  const w = new ProtoWriter().varint(1, code).string(2, message);
  if (retryAfterSeconds !== undefined) {
    const retryInfo = new ProtoWriter().message(1, new ProtoWriter().varint(1, retryAfterSeconds));
    const any = new ProtoWriter().string(1, 'type.googleapis.com/google.rpc.RetryInfo').bytesField(2, retryInfo.finish(), true);
    w.message(3, any);
  }
  return w.finish();
}

/** Export*ServiceResponse: field 1 partial_success { int64 rejected = 1; string error_message = 2 }. */
export function encodeExportResponse(rejected: number, message: string): Buffer {
  if (rejected === 0 && message === '') return Buffer.alloc(0);
  return new ProtoWriter().message(1, new ProtoWriter().varint(1, rejected).string(2, message)).finish();
}

export function exportResponseJson(partialField: string, rejected: number, message: string): string {
  if (rejected === 0 && message === '') return '{}';
  // int64 fields are strings in OTLP/JSON.
  return JSON.stringify({ partialSuccess: { [partialField]: String(rejected), errorMessage: message } });
}

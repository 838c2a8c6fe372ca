import type { IncomingMessage } from 'node:http';
import { gunzip, inflate } from 'node:zlib';
import { InvalidInputError, TooLargeError } from '../../errors.ts';
import type { BudgetHold } from './inflight.ts';

import { status as GrpcStatus } from '@grpc/grpc-js';

// The google.rpc.Status code an HTTP-only refusal carries in its body, so the body agrees
// with the HTTP status (and with what the gRPC receiver answers for the same problem).
const GRPC_CODE: Record<number, GrpcStatus> = {
  401: GrpcStatus.UNAUTHENTICATED,
  404: GrpcStatus.NOT_FOUND,
  405: GrpcStatus.UNIMPLEMENTED,
  415: GrpcStatus.INVALID_ARGUMENT,
};

/** An HTTP error the receiver answers with directly (unsupported media type and the like). */
export class HttpError extends Error {
  readonly grpc: GrpcStatus;
  constructor(readonly status: number, message: string) {
    super(message);
    this.grpc = GRPC_CODE[status] ?? GrpcStatus.INVALID_ARGUMENT;
  }
}

/**
 * Reads a request body, refusing it as soon as it passes the limit, and decompresses it
 * with the same limit applied to the output: a small gzip bomb cannot inflate past it.
 */
export async function readBody(req: IncomingMessage, maxBytes: number, hold?: BudgetHold): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw new TooLargeError(maxBytes);
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (!['', 'identity', 'gzip', 'x-gzip', 'deflate'].includes(encoding)) {
    throw new HttpError(415, `unsupported Content-Encoding "${encoding}": use gzip, deflate or none`);
  }
  // The in-flight budget is charged before the bytes are read: the declared length at once,
  // or chunk by chunk for a chunked upload.
  const upfront = Number.isFinite(declared) && declared > 0 ? declared : 0;
  hold?.take(upfront);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new TooLargeError(maxBytes);
    if (size > upfront) hold?.take(Math.min(chunk.length, size - upfront));
    chunks.push(chunk);
  }
  const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return inflated(await decompress(gunzip, raw, maxBytes, 'gzip'), raw, hold);
    case 'deflate':
      return inflated(await decompress(inflate, raw, maxBytes, 'deflate'), raw, hold);
    default:
      return raw;
  }
}

/** The inflated body replaces the compressed one in the request's share of the budget. */
function inflated(out: Buffer, raw: Buffer, hold: BudgetHold | undefined): Buffer {
  hold?.take(out.length);
  hold?.drop(raw.length);
  return out;
}

type Inflater = typeof gunzip;

function decompress(fn: Inflater, raw: Buffer, maxBytes: number, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    fn(raw, { maxOutputLength: maxBytes }, (err, out) => {
      if (!err) return resolve(out);
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') reject(new TooLargeError(maxBytes, `request body exceeds the ${maxBytes}-byte limit after ${name} decompression`));
      else reject(new InvalidInputError(`invalid ${name} body: ${err.message}`));
    });
  });
}

export type BodyKind = 'protobuf' | 'json';

export function bodyKind(contentType: string | undefined): BodyKind {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-protobuf' || type === 'application/protobuf') return 'protobuf';
  if (type === 'application/json') return 'json';
  throw new HttpError(415, `unsupported Content-Type "${type || '(none)'}": use application/x-protobuf or application/json`);
}

import type { IncomingMessage } from 'node:http';
import { gunzip, inflate } from 'node:zlib';
import { InvalidInputError, TooLargeError } from '../../errors.ts';

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
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw new TooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new TooLargeError(maxBytes);
    chunks.push(chunk);
  }
  const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  switch (encoding) {
    case '':
    case 'identity':
      return raw;
    case 'gzip':
    case 'x-gzip':
      return decompress(gunzip, raw, maxBytes, 'gzip');
    case 'deflate':
      return decompress(inflate, raw, maxBytes, 'deflate');
    default:
      throw new HttpError(415, `unsupported Content-Encoding "${encoding}": use gzip, deflate or none`);
  }
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

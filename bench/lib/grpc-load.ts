import { Client, credentials, Metadata } from '@grpc/grpc-js';

export interface LoadResult {
  acknowledged: number;
  failedRequests: number;
  seconds: number;
  lastError?: string;
}

const identity = (b: Buffer) => b;

/**
 * Sends pre-encoded export requests over gRPC with `concurrency` calls in flight for
 * `seconds`, counting items acknowledged (a success means stored). Bounded in time.
 */
export async function runLoad(opts: {
  target: string;
  method: string;
  requests: Uint8Array[];
  itemsPerRequest: number;
  concurrency: number;
  seconds: number;
  /** Called with the copy of requests[index] about to be sent, e.g. to make each send unique. */
  stamp?: (buf: Buffer, index: number) => void;
}): Promise<LoadResult> {
  const client = new Client(opts.target, credentials.createInsecure(), {
    'grpc.max_send_message_length': 64 * 1024 * 1024,
  });
  const deadline = performance.now() + opts.seconds * 1000;
  let acknowledged = 0;
  let failedRequests = 0;
  let lastError: string | undefined;
  let next = 0;
  const call = (index: number) =>
    new Promise<void>((resolve) => {
      const buf = Buffer.from(opts.requests[index]);
      opts.stamp?.(buf, index);
      client.makeUnaryRequest(opts.method, identity, identity, buf, new Metadata(), { deadline: Date.now() + 60_000 }, (err) => {
        if (err) {
          failedRequests++;
          lastError = err.message;
        } else acknowledged += opts.itemsPerRequest;
        resolve();
      });
    });
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) await call(next++ % opts.requests.length);
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  client.close();
  return { acknowledged, failedRequests, seconds, lastError };
}

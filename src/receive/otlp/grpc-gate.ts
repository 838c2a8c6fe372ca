// The gRPC receiver's front door. grpc-js reads and inflates a request message only once the
// handler asks for it, and the handler is started from the metadata listener; refusing there
// means an unauthenticated caller (or any caller while the in-flight budget is spent) never
// gets its message buffered or decompressed.
import { Metadata, ServerInterceptingCall, status as GrpcStatus, type ServerInterceptor } from '@grpc/grpc-js';
import { busy, type InflightBudget } from './inflight.ts';
import { encodeRpcStatus } from './status.ts';

export interface GateOptions {
  /** Only these method paths are gated (the Export methods); health checks stay open. */
  paths: ReadonlySet<string>;
  checkAuth: (authorization: string | undefined) => boolean;
  budget?: InflightBudget;
}

export function exportGateInterceptor(opts: GateOptions): ServerInterceptor {
  return (method, call) => {
    if (!opts.paths.has(method.path)) return new ServerInterceptingCall(call);
    return new ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMetadata: (metadata, pass) => {
            const auth = metadata.get('authorization')[0];
            if (!opts.checkAuth(typeof auth === 'string' ? auth : auth?.toString())) {
              call.sendStatus({ code: GrpcStatus.UNAUTHENTICATED, details: 'missing or invalid bearer token', metadata: new Metadata() });
              return;
            }
            if (opts.budget?.full) {
              const err = busy(opts.budget);
              const md = new Metadata();
              // RetryInfo tells OTLP exporters how long to wait before retrying.
              md.set('grpc-status-details-bin', encodeRpcStatus(GrpcStatus.UNAVAILABLE, err.message, err.retryAfterSeconds));
              call.sendStatus({ code: GrpcStatus.UNAVAILABLE, details: err.message, metadata: md });
              return;
            }
            pass(metadata);
          },
        }),
    });
  };
}

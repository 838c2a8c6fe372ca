import { readFileSync } from 'node:fs';
import {
  Metadata,
  Server,
  ServerCredentials,
  type ServerUnaryCall,
  type sendUnaryData,
  type ServiceDefinition,
  type ServerWritableStream,
} from '@grpc/grpc-js';
import { TooLargeError } from '../../errors.ts';
import { ProtoWriter } from './proto-writer.ts';
import { countRefused, handleExport, type ExportContext } from './export.ts';
import { exportGateInterceptor } from './grpc-gate.ts';
import { limitRefusalInterceptor } from './grpc-limit-refusals.ts';
import { SIGNALS, type SignalSpec } from './signals.ts';
import { classify, encodeExportResponse, encodeRpcStatus } from './status.ts';

export interface GrpcReceiverOptions {
  host: string;
  port: number;
  maxRequestBytes: number;
  checkAuth: (authorization: string | undefined) => boolean;
  tls?: { cert_file: string; key_file: string; client_ca_file?: string };
  /** Health reports NOT_SERVING while this is false (e.g. storage failing). */
  isServing: () => boolean;
}

const identity = (b: Buffer) => b;

/** A method whose messages stay raw bytes: our own decoder is the hot path, not a generic one. */
function rawMethod(path: string, responseStream: boolean) {
  return {
    path,
    requestStream: false,
    responseStream,
    requestDeserialize: identity,
    requestSerialize: identity,
    responseSerialize: identity,
    responseDeserialize: identity,
  };
}

function exportService(spec: SignalSpec): ServiceDefinition {
  return { Export: rawMethod(`/${spec.grpcService}/Export`, false) } as ServiceDefinition;
}

const HEALTH_SERVICE = {
  Check: rawMethod('/grpc.health.v1.Health/Check', false),
  Watch: rawMethod('/grpc.health.v1.Health/Watch', true),
} as ServiceDefinition;

const SERVING = 1;
const NOT_SERVING = 2;
const SERVICE_UNKNOWN = 3;

/** OTLP/gRPC receiver on one port: the three Export services plus grpc.health.v1.Health. */
export class GrpcReceiver {
  private readonly server: Server;
  private boundPort = 0;

  constructor(private readonly ctx: ExportContext, private readonly opts: GrpcReceiverOptions) {
    const byPath = new Map(SIGNALS.map((s) => [`/${s.grpcService}/Export`, s]));
    this.server = new Server({
      'grpc.max_receive_message_length': opts.maxRequestBytes,
      'grpc.max_send_message_length': 4 * 1024 * 1024,
      interceptors: [
        limitRefusalInterceptor((path, details) => {
          const spec = byPath.get(path);
          if (spec) countRefused(ctx, spec, new TooLargeError(opts.maxRequestBytes, details), 'grpc');
        }),
        // Token and budget are checked on the metadata, before the message is read.
        exportGateInterceptor({ paths: new Set(byPath.keys()), checkAuth: opts.checkAuth, budget: ctx.budget }),
      ],
    });
    for (const spec of SIGNALS) {
      this.server.addService(exportService(spec), { Export: (call: ServerUnaryCall<Buffer, Buffer>, cb: sendUnaryData<Buffer>) => this.export(spec, call, cb) });
    }
    this.server.addService(HEALTH_SERVICE, {
      Check: (call: ServerUnaryCall<Buffer, Buffer>, cb: sendUnaryData<Buffer>) => cb(null, this.healthResponse(call.request)),
      Watch: (call: ServerWritableStream<Buffer, Buffer>) => call.write(this.healthResponse(call.request)),
    });
  }

  async start(): Promise<number> {
    const creds = this.opts.tls ? tlsCredentials(this.opts.tls) : ServerCredentials.createInsecure();
    this.boundPort = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(`${this.opts.host}:${this.opts.port}`, creds, (err, port) => (err ? reject(err) : resolve(port))),
    );
    return this.boundPort;
  }

  get port(): number {
    return this.boundPort;
  }

  /** Stops accepting calls and waits for those in progress (their data is stored first). */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
  }

  private export(spec: SignalSpec, call: ServerUnaryCall<Buffer, Buffer>, cb: sendUnaryData<Buffer>): void {
    // Auth was checked by exportGateInterceptor before the message was read.
    const hold = this.ctx.budget?.hold();
    const stored = (async () => {
      try {
        hold?.take(call.request.length);
      } catch (err) {
        countRefused(this.ctx, spec, err, 'grpc');
        throw err;
      }
      return handleExport(this.ctx, spec, call.request, false, 'grpc');
    })().finally(() => hold?.release());
    stored.then(
      (r) => cb(null, encodeExportResponse(r.rejected, r.message)),
      (err) => {
        const f = classify(err);
        const metadata = new Metadata();
        if (f.retryAfterSeconds !== undefined) {
          // RetryInfo tells OTLP exporters how long to wait before retrying.
          metadata.set('grpc-status-details-bin', encodeRpcStatus(f.grpc, f.message, f.retryAfterSeconds));
        }
        cb({ code: f.grpc, details: f.message, metadata });
      },
    );
  }

  private healthResponse(request: Buffer): Buffer {
    const service = healthServiceName(request);
    const known = service === '' || SIGNALS.some((s) => s.grpcService === service);
    const state = !known ? SERVICE_UNKNOWN : this.opts.isServing() ? SERVING : NOT_SERVING;
    return new ProtoWriter().varint(1, state).finish();
  }
}

/** HealthCheckRequest { string service = 1 }: read just that field. */
function healthServiceName(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0x0a && buf[1] < 0x80 && 2 + buf[1] <= buf.length) return buf.toString('utf8', 2, 2 + buf[1]);
  return '';
}

function tlsCredentials(tls: { cert_file: string; key_file: string; client_ca_file?: string }): ServerCredentials {
  const ca = tls.client_ca_file ? readFileSync(tls.client_ca_file) : null;
  return ServerCredentials.createSsl(ca, [{ cert_chain: readFileSync(tls.cert_file), private_key: readFileSync(tls.key_file) }], ca !== null);
}

import { ServerInterceptingCall, status as GrpcStatus, type ServerInterceptor } from '@grpc/grpc-js';

// grpc-js enforces grpc.max_receive_message_length itself, before any handler or interceptor
// listener runs, so an oversize request never reaches our code and would go uncounted. Its
// refusal is sent through the innermost call object's own sendStatus, which the first
// interceptor is handed; wrapping that one method is the only place the refusal is visible.
// Our handler's own RESOURCE_EXHAUSTED answers (counted where they happen) carry different
// wording, so they are told apart by grpc-js's messages.
const GRPC_JS_LIMIT = /^Received message (?:larger than max|that decompresses to a size larger than)/;

/** An interceptor that reports each request grpc-js refused for exceeding the message size limit. */
export function limitRefusalInterceptor(onRefused: (path: string, details: string) => void): ServerInterceptor {
  return (method, call) => {
    const send = call.sendStatus.bind(call);
    call.sendStatus = (status) => {
      if (status.code === GrpcStatus.RESOURCE_EXHAUSTED && GRPC_JS_LIMIT.test(status.details)) onRefused(method.path, status.details);
      send(status);
    };
    return new ServerInterceptingCall(call);
  };
}

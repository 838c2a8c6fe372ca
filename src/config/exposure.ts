// Which listeners answer other machines without asking who is calling. Loopback without tokens
// is the safe default; a listener on any other address with no tokens (and, for the receivers,
// no client certificates) is refused at start unless the file says allow_unauthenticated, and
// then it is started with a warning.
import { isIP } from 'node:net';

/** The parts of the configuration this check reads (a structural type, so tests can pass literals). */
export interface ExposureInput {
  source: { type: string };
  receiver: {
    grpc: { enabled: boolean; host: string; port: number };
    http: { enabled: boolean; host: string; port: number };
    auth: { bearer_tokens: string[] };
    tls?: { client_ca_file?: string };
    allow_unauthenticated: boolean;
  };
  api: { enabled: boolean; host: string; port: number; auth: { bearer_tokens: string[] }; allow_unauthenticated: boolean };
}

export interface Exposure {
  /** Path of the host field that opens the listener, e.g. ['receiver', 'grpc', 'host']. */
  path: string[];
  /** Path of the switch that allows it. */
  allowPath: string[];
  allowed: boolean;
  message: string;
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/** Every listener bound beyond loopback with nothing to authenticate its callers. */
export function exposures(c: ExposureInput): Exposure[] {
  const out: Exposure[] = [];
  const rc = c.receiver;
  const receiverAuth = rc.auth.bearer_tokens.length > 0 || Boolean(rc.tls?.client_ca_file);
  if (c.source.type === 'otlp' && !receiverAuth) {
    for (const name of ['grpc', 'http'] as const) {
      const l = rc[name];
      if (!l.enabled || isLoopbackHost(l.host)) continue;
      out.push({
        path: ['receiver', name, 'host'],
        allowPath: ['receiver', 'allow_unauthenticated'],
        allowed: rc.allow_unauthenticated,
        message:
          `OTLP/${name} listens on ${l.host}:${l.port} with no receiver.auth.bearer_tokens (and no receiver.tls.client_ca_file), ` +
          'so anyone who reaches the port can write telemetry',
      });
    }
  }
  const api = c.api;
  if (api.enabled && api.auth.bearer_tokens.length === 0 && !isLoopbackHost(api.host)) {
    out.push({
      path: ['api', 'host'],
      allowPath: ['api', 'allow_unauthenticated'],
      allowed: api.allow_unauthenticated,
      message: `the API listens on ${api.host}:${api.port} with no api.auth.bearer_tokens, so anyone who reaches the port can label events and retrain`,
    });
  }
  return out;
}

/** Problems that stop the start: one per exposure that was not explicitly allowed. */
export function exposureErrors(c: ExposureInput): { path: string[]; message: string }[] {
  return exposures(c)
    .filter((e) => !e.allowed)
    .map((e) => ({
      path: e.path,
      message: `${e.message}; set tokens, bind 127.0.0.1, or set ${e.allowPath.join('.')}: true to allow it`,
    }));
}

/** What to log at start for exposures the configuration allowed on purpose. */
export function exposureWarnings(c: ExposureInput): string[] {
  return exposures(c)
    .filter((e) => e.allowed)
    .map((e) => `${e.message} (allowed by ${e.allowPath.join('.')})`);
}

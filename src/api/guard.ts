// What every API request passes before a handler runs. Decisions are keyed on the route the
// router matched, never on the raw URL text: the router decodes percent-escapes before matching,
// so a check on `req.url` can be walked around with `/%61pi/...`. Routes are private unless
// registered with `config: { public: true }`, so a route added later is protected without
// anyone remembering to list it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isIP } from 'node:net';

/** Route config flag for the few routes that answer without a token (orchestrator probes, open /metrics). */
export interface RouteAccess {
  public?: boolean;
  /** Probes answer whatever the Host header says: orchestrators probe by pod IP or service name. */
  anyHost?: boolean;
}

export const PUBLIC: RouteAccess = { public: true };
export const PROBE: RouteAccess = { public: true, anyHost: true };

function accessOf(req: FastifyRequest): RouteAccess {
  // The not-found handler has no url and an empty config: it counts as private, so an unknown
  // path answers 401 to a caller without a token instead of telling which paths exist.
  return (req.routeOptions.config ?? {}) as RouteAccess;
}

/**
 * Host names a browser may have used to reach the API. DNS rebinding points an attacker's
 * name at this address, so the browser sends that name in Host; a request that names neither
 * a loopback name, an IP literal nor a configured name is refused. `*` turns the check off
 * (a reverse proxy that rewrites Host).
 */
export function hostCheck(allowed: readonly string[], bindHost: string): (hostHeader: string | undefined) => boolean {
  const names = new Set(['localhost', ...allowed.map((h) => h.toLowerCase())]);
  if (bindHost && !isIP(bindHost)) names.add(bindHost.toLowerCase());
  if (names.has('*')) return () => true;
  return (header) => {
    const host = hostName(header);
    if (host === undefined) return false;
    // A browser's origin is the name it resolved; an IP literal in Host cannot be another
    // site's name, so it cannot carry a rebinding attack.
    return isIP(host) !== 0 || names.has(host) || host.endsWith('.localhost');
  };
}

/** The name part of a Host header (no port, no IPv6 brackets, lower case); undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    if (end < 0) return undefined;
    const rest = h.slice(end + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return undefined;
    return h.slice(1, end);
  }
  const m = /^([a-z0-9._-]+?)\.?(?::\d{1,5})?$/.exec(h);
  return m?.[1];
}

export interface GuardOptions {
  checkAuth?: (authorization: string | undefined) => boolean;
  allowHost: (hostHeader: string | undefined) => boolean;
}

/** The onRequest hook: Host first (it applies with or without tokens), then the token, then the media type. */
export function guardHook(opts: GuardOptions) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const access = accessOf(req);
    if (!access.anyHost && !opts.allowHost(req.headers.host)) {
      return reply.code(403).send({ error: 'Host header not allowed: add the name to api.allowed_hosts' });
    }
    if (opts.checkAuth && !access.public && !opts.checkAuth(req.headers.authorization)) {
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'missing or invalid bearer token' });
    }
    // A browser sends text/plain, form and multipart bodies cross-origin without asking first;
    // application/json needs a CORS preflight this API never grants. Bodiless POSTs count too.
    if (req.method === 'POST' && mediaType(req.headers['content-type']) !== 'application/json') {
      return reply.code(415).send({ error: 'POST bodies must be Content-Type: application/json' });
    }
  };
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0].trim().toLowerCase();
}

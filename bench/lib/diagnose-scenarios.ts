// Fault scenarios with known category and root: each plants one fault in the shop's incident
// traffic, with varied wording, and sometimes an obscured variant (generic message, no logs)
// where only structure, error codes and attributes are left to go on.

import type { AssignedCategory } from '../../src/diagnose/rules/index.ts';
import type { SpanSpec } from './diagnose-traces.ts';
import { propagateError, type NodeName, type Shop } from './diagnose-topology.ts';
import type { Rng } from './patterns-rng.ts';

export type Signal = 'errors' | 'latency';

export interface Plant {
  /** Logs the fault writes (service and body), attached to the planted span's trace. */
  log?: { service: string; body: string; attrs?: Record<string, string> };
}

export interface Scenario {
  kind: string;
  category: AssignedCategory;
  signal: Signal;
  /** Node id the graph should blame. */
  root: (vendor: string) => string;
  /** Services detection could raise the event on (upstream of the root). */
  eventServices: string[];
  /** Plants the fault in one incident trace; `obscured` strips the telling text. */
  plant(shop: Shop, rng: Rng, obscured: boolean): Plant;
}

const GENERIC = ['Internal Server Error', 'request failed', 'Error', 'unexpected error', ''];

function fail(shop: Shop, name: NodeName, message: string, attrs: Record<string, string> = {}, exception?: Record<string, string>): SpanSpec {
  const s = shop.node[name];
  s.status = 'Error';
  s.statusMessage = message;
  s.attrs = { ...s.attrs, ...attrs };
  if (exception) s.exception = exception;
  propagateError(shop, s);
  return s;
}

/** A call that never reached its callee: the client span fails with no server child. */
function unreachable(shop: Shop, name: NodeName, message: string, attrs: Record<string, string>): void {
  const s = shop.node[name];
  s.children = [];
  s.selfMs = 30 + s.selfMs;
  fail(shop, name, message, attrs);
}

export const SCENARIOS: Scenario[] = [
  {
    kind: 'db_pool_exhaustion', category: 'DATABASE', signal: 'errors',
    root: () => 'postgresql/orders', eventServices: ['frontend', 'checkout', 'orders'],
    plant(shop, rng, obscured) {
      const msg = obscured ? rng.pick(GENERIC) : rng.pick([
        'timeout acquiring connection from pool after 5000ms', 'remaining connection slots are reserved for non-replication superuser connections',
        'sorry, too many clients already', 'Connection pool exhausted (max=20)',
      ]);
      fail(shop, 'orders.db', msg, { 'error.type': obscured ? 'Error' : rng.pick(['TimeoutError', 'PoolTimeoutError', '53300']) });
      return obscured ? {} : { log: { service: 'orders', body: `db query failed: ${msg}` } };
    },
  },
  {
    kind: 'auth_token_expiry', category: 'AUTHENTICATION', signal: 'errors',
    root: () => 'auth', eventServices: ['frontend', 'checkout'],
    plant(shop, rng, obscured) {
      const msg = obscured ? rng.pick(['Unauthorized', '']) : rng.pick(['jwt expired', 'TokenExpiredError: jwt expired', 'invalid_grant: refresh token expired', 'session has expired']);
      shop.node.auth.attrs = { ...shop.node.auth.attrs, 'http.response.status_code': '401' };
      shop.node.auth.statusMessage = msg;
      // HTTP servers leave 4xx unset; the caller's client span carries the error.
      fail(shop, 'checkout.auth', msg, { 'http.response.status_code': '401' });
      return obscured ? {} : { log: { service: 'auth', body: `token verification failed: ${msg}`, attrs: { 'exception.type': 'TokenExpiredError' } } };
    },
  },
  {
    kind: 'slow_query', category: 'PERFORMANCE', signal: 'latency',
    root: () => 'postgresql/orders', eventServices: ['frontend', 'checkout', 'orders'],
    plant(shop, rng) {
      shop.node['orders.db'].selfMs += 900 + rng.next() * 1500;
      return {};
    },
  },
  {
    kind: 'cpu_contention', category: 'PERFORMANCE', signal: 'latency',
    root: () => 'inventory', eventServices: ['frontend', 'checkout', 'orders'],
    plant(shop, rng, obscured) {
      shop.node.inventory.selfMs += 700 + rng.next() * 1200;
      return obscured || rng.next() < 0.5 ? {} : { log: { service: 'inventory', body: `event loop lag ${rng.int(400, 1900)}ms` } };
    },
  },
  {
    kind: 'upstream_5xx', category: 'API', signal: 'errors',
    root: () => 'inventory', eventServices: ['frontend', 'checkout', 'orders'],
    plant(shop, rng, obscured) {
      const code = rng.pick(['500', '502', '503', '504']);
      const msg = obscured ? rng.pick(GENERIC) : rng.pick(['503 Service Unavailable', 'upstream returned 502 Bad Gateway', '504 Gateway Timeout from stock backend', 'Internal Server Error']);
      fail(shop, 'inventory', msg, { 'http.response.status_code': code });
      return {};
    },
  },
  {
    kind: 'third_party_down', category: 'INTEGRATION', signal: 'errors',
    root: (vendor) => vendor, eventServices: ['frontend', 'checkout', 'payments'],
    plant(shop, rng, obscured) {
      const msg = obscured ? rng.pick(GENERIC) : rng.pick(['external provider unavailable', 'third-party API failed with 503', 'payment provider error: service unavailable']);
      fail(shop, 'payments.vendor', msg, { 'http.response.status_code': rng.pick(['500', '502', '503']), 'error.type': rng.pick(['500', '503', 'ProviderError']) });
      return {};
    },
  },
  {
    kind: 'oom', category: 'RESOURCE', signal: 'errors',
    root: () => 'inventory', eventServices: ['frontend', 'checkout', 'orders'],
    plant(shop, rng, obscured) {
      const msg = obscured ? rng.pick(GENERIC) : rng.pick(['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'java.lang.OutOfMemoryError: Java heap space', 'ENOMEM: cannot allocate memory', 'container OOMKilled, restarting']);
      fail(shop, 'inventory', msg, {}, obscured ? undefined : { 'exception.type': rng.pick(['RangeError', 'OutOfMemoryError', 'Error']), 'exception.message': msg });
      return obscured ? {} : { log: { service: 'inventory', body: msg } };
    },
  },
  {
    kind: 'disk_full', category: 'RESOURCE', signal: 'errors',
    root: () => 'orders', eventServices: ['frontend', 'checkout'],
    plant(shop, rng, obscured) {
      const msg = obscured ? rng.pick(GENERIC) : rng.pick(['ENOSPC: no space left on device, write', 'could not write to file "pg_wal/xlogtemp": No space left on device', 'disk quota exceeded writing export']);
      fail(shop, 'orders', msg, { 'http.response.status_code': '500' }, obscured ? undefined : { 'exception.type': 'Error', 'exception.message': msg });
      return obscured ? {} : { log: { service: 'orders', body: msg } };
    },
  },
  {
    kind: 'bad_config_deploy', category: 'CONFIGURATION', signal: 'errors',
    root: () => 'payments', eventServices: ['frontend', 'checkout'],
    plant(shop, rng, obscured) {
      const generic = rng.next() < 0.4;
      const msg = generic
        ? "TypeError: Cannot read properties of undefined (reading 'apiKey')"
        : rng.pick(['missing required environment variable STRIPE_SECRET_KEY', 'invalid configuration value for payments.timeout: "30 seconds"', 'failed to load config: unexpected token in config.yaml']);
      fail(shop, 'payments', obscured ? '' : msg, { 'http.response.status_code': '500' }, obscured ? { 'exception.type': 'TypeError' } : { 'exception.type': generic ? 'TypeError' : 'ConfigError', 'exception.message': msg });
      return obscured ? {} : { log: { service: 'payments', body: msg } };
    },
  },
  {
    kind: 'dns_failure', category: 'NETWORK', signal: 'errors',
    root: () => 'inventory', eventServices: ['frontend', 'checkout', 'orders'],
    plant(shop, rng, obscured) {
      const msg = obscured ? rng.pick(GENERIC) : rng.pick(['getaddrinfo ENOTFOUND inventory.svc.cluster.local', 'getaddrinfo EAI_AGAIN inventory.svc', 'dns lookup failed for inventory.svc']);
      unreachable(shop, 'orders.inventory', msg, { 'error.type': rng.pick(['ENOTFOUND', 'EAI_AGAIN']) });
      return {};
    },
  },
  {
    kind: 'network_partition', category: 'NETWORK', signal: 'errors',
    root: () => 'payments', eventServices: ['frontend', 'checkout'],
    plant(shop, rng, obscured) {
      const msg = obscured ? rng.pick(GENERIC) : rng.pick(['connect ETIMEDOUT 10.0.3.7:8080', 'connect ECONNREFUSED 10.0.3.7:8080', 'socket hang up', 'connect EHOSTUNREACH 10.0.3.7:8080']);
      unreachable(shop, 'checkout.payments', msg, { 'error.type': rng.pick(['ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH']) });
      return {};
    },
  },
];

export const VENDORS = ['api.stripe.com', 'api.sendgrid.net', 'hooks.slack.com', 'api.shipfast.io'];

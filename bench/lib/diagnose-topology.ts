// The synthetic shop every diagnosis scenario runs on: a call tree with named spans so a
// fault can be planted at one place and let propagate to the callers, the way a real
// failure surfaces.
//
//   frontend ─┬─ checkout ─┬─ auth
//             │            ├─ payments ── <vendor>            (third party, no telemetry)
//             │            └─ orders ─┬─ postgresql/orders    (no telemetry)
//             │                       └─ inventory ── redis    (no telemetry)
//             └─ recommendation                                (the noisy decoy)

import type { Rng } from './patterns-rng.ts';
import type { SpanSpec } from './diagnose-traces.ts';

export type NodeName =
  | 'frontend' | 'frontend.checkout' | 'frontend.recs'
  | 'checkout' | 'checkout.auth' | 'checkout.payments' | 'checkout.orders'
  | 'auth' | 'payments' | 'payments.vendor' | 'orders' | 'orders.db' | 'orders.inventory'
  | 'inventory' | 'inventory.redis' | 'recommendation';

export interface Shop {
  root: SpanSpec;
  node: Record<NodeName, SpanSpec>;
  parent: Map<SpanSpec, SpanSpec>;
}

export interface ShopNoise {
  /** Chance the decoy fails in this trace (it fails ~30% of the time anyway). */
  decoyErrorRate?: number;
  /** Multiplier on the decoy's latency. */
  decoySlowdown?: number;
}

export function buildShop(rng: Rng, vendor: string, noise: ShopNoise = {}): Shop {
  const j = (ms: number) => ms * (0.7 + 0.6 * rng.next());
  const node = {} as Record<NodeName, SpanSpec>;
  const mk = (name: NodeName, s: SpanSpec): SpanSpec => (node[name] = s);
  const client = (name: NodeName, service: string, span: string, attrs: Record<string, string>, children: SpanSpec[] = [], ms = 1) =>
    mk(name, { service, name: span, kind: 'Client', selfMs: j(ms), attrs, children });

  const inventory = mk('inventory', {
    service: 'inventory', name: 'GET /stock', kind: 'Server', selfMs: j(6), attrs: { 'http.request.method': 'GET', 'http.route': '/stock', 'http.response.status_code': '200' },
    children: [client('inventory.redis', 'inventory', 'GET', { 'db.system': 'redis', 'server.address': 'redis.svc' }, [], 1)],
  });
  const orders = mk('orders', {
    service: 'orders', name: 'GET /orders', kind: 'Server', selfMs: j(5), attrs: { 'http.request.method': 'GET', 'http.route': '/orders', 'http.response.status_code': '200' },
    children: [
      client('orders.db', 'orders', 'SELECT orders', { 'db.system': 'postgresql', 'db.name': 'orders', 'db.operation.name': 'SELECT', 'server.address': 'pg.svc' }, [], 4),
      client('orders.inventory', 'orders', 'GET inventory', { 'peer.service': 'inventory', 'server.address': 'inventory.svc', 'http.request.method': 'GET' }, [inventory]),
    ],
  });
  const payments = mk('payments', {
    service: 'payments', name: 'POST /charge', kind: 'Server', selfMs: j(5), attrs: { 'http.request.method': 'POST', 'http.route': '/charge', 'http.response.status_code': '200' },
    children: [client('payments.vendor', 'payments', 'POST', { 'server.address': vendor, 'http.request.method': 'POST', 'http.response.status_code': '200' }, [], 30)],
  });
  const auth = mk('auth', {
    service: 'auth', name: 'POST /verify', kind: 'Server', selfMs: j(3), attrs: { 'http.request.method': 'POST', 'http.route': '/verify', 'http.response.status_code': '200' },
  });
  const checkout = mk('checkout', {
    service: 'checkout', name: 'POST /checkout', kind: 'Server', selfMs: j(8), attrs: { 'http.request.method': 'POST', 'http.route': '/checkout', 'http.response.status_code': '200' },
    children: [
      client('checkout.auth', 'checkout', 'POST auth', { 'peer.service': 'auth', 'server.address': 'auth.svc' }, [auth]),
      client('checkout.payments', 'checkout', 'POST payments', { 'peer.service': 'payments', 'server.address': 'payments.svc' }, [payments]),
      client('checkout.orders', 'checkout', 'GET orders', { 'peer.service': 'orders', 'server.address': 'orders.svc' }, [orders]),
    ],
  });
  // The decoy's latency and errors are noisy all the time, in baseline and incident alike.
  const recommendation = mk('recommendation', {
    service: 'recommendation', name: 'GET /recs', kind: 'Server', selfMs: (5 + rng.next() * 120) * (noise.decoySlowdown ?? 1), attrs: { 'http.route': '/recs' },
    ...(rng.next() < (noise.decoyErrorRate ?? 0.3) ? { status: 'Error' as const, statusMessage: rng.pick(['model cache miss', 'feature store stale', 'Internal Server Error']) } : {}),
  });
  const root = mk('frontend', {
    service: 'frontend', name: 'GET /checkout', kind: 'Server', selfMs: j(4), attrs: { 'http.request.method': 'GET', 'http.route': '/checkout', 'http.response.status_code': '200' },
    children: [
      client('frontend.checkout', 'frontend', 'POST checkout', { 'peer.service': 'checkout', 'server.address': 'checkout.svc' }, [checkout]),
      client('frontend.recs', 'frontend', 'GET recs', { 'peer.service': 'recommendation' }, [recommendation]),
    ],
  });
  const parent = new Map<SpanSpec, SpanSpec>();
  const walk = (s: SpanSpec) => {
    for (const c of s.children ?? []) {
      parent.set(c, s);
      walk(c);
    }
  };
  walk(root);
  const shop = { root, node, parent };
  if (recommendation.status === 'Error') node['frontend.recs'].status = 'Error';
  // Background trouble everywhere, in baseline and incident alike: sporadic 500s and pauses.
  for (const name of ['inventory', 'payments', 'auth', 'orders'] as const) {
    if (rng.next() < 0.03) {
      node[name].status = 'Error';
      node[name].statusMessage = 'Internal Server Error';
      node[name].attrs = { ...node[name].attrs, 'http.response.status_code': '500' };
      propagateError(shop, node[name]);
    }
    if (rng.next() < 0.05) node[name].selfMs += 100 + rng.next() * 300;
  }
  return shop;
}

/** Marks every caller of `spec` as failed too (without messages: they only pass the error on). */
export function propagateError(shop: Shop, spec: SpanSpec): void {
  for (let p = shop.parent.get(spec); p; p = shop.parent.get(p)) {
    p.status = 'Error';
    if (p.kind === 'Server') p.attrs = { ...p.attrs, 'http.response.status_code': '500' };
    else if (p.attrs?.['peer.service']) p.attrs = { ...p.attrs, 'http.response.status_code': '500' };
  }
}

// Small multi-service topologies shared by the graph and impact tests.
import type { SpanSpec } from './diagnose-traces.ts';

/** frontend → checkout → payments (→ postgres), and frontend → recommendation (the decoy). */
export function shopTrace(o: { paymentsFails?: boolean; decoyFails?: boolean; dbMs?: number }): SpanSpec {
  const payments: SpanSpec = {
    service: 'payments', name: 'POST /charge', kind: 'Server', selfMs: 4,
    status: o.paymentsFails ? 'Error' : 'Unset',
    statusMessage: o.paymentsFails ? 'card processor returned 503' : '',
    attrs: { 'http.response.status_code': o.paymentsFails ? '503' : '200' },
    children: [{ service: 'payments', name: 'SELECT charges', kind: 'Client', selfMs: 2, attrs: { 'db.system': 'postgresql', 'db.name': 'payments' } }],
  };
  const checkout: SpanSpec = {
    service: 'checkout', name: 'POST /checkout', kind: 'Server', selfMs: 6,
    status: o.paymentsFails ? 'Error' : 'Unset',
    children: [
      { service: 'checkout', name: 'POST payments', kind: 'Client', selfMs: 1, status: o.paymentsFails ? 'Error' : 'Unset', attrs: { 'peer.service': 'payments' }, children: [payments] },
      { service: 'checkout', name: 'SELECT cart', kind: 'Client', selfMs: o.dbMs ?? 3, attrs: { 'db.system': 'postgresql', 'db.name': 'orders' } },
    ],
  };
  const recommendation: SpanSpec = {
    service: 'recommendation', name: 'GET /recs', kind: 'Server', selfMs: 5,
    status: o.decoyFails ? 'Error' : 'Unset', statusMessage: o.decoyFails ? 'model cache miss' : '',
  };
  return {
    service: 'frontend', name: 'GET /buy', kind: 'Server', selfMs: 3,
    status: o.paymentsFails ? 'Error' : 'Unset',
    children: [
      { service: 'frontend', name: 'POST checkout', kind: 'Client', selfMs: 1, status: o.paymentsFails ? 'Error' : 'Unset', children: [checkout] },
      { service: 'frontend', name: 'GET recs', kind: 'Client', selfMs: 1, status: o.decoyFails ? 'Error' : 'Unset', children: [recommendation] },
    ],
  };
}

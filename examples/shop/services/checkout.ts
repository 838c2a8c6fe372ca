// checkout: places an order: reserves stock in inventory, then charges through payments.
import { randomUUID } from 'node:crypto';
import { call, HttpError, Router, upstreamError } from '../lib/http.ts';
import type { Kit, ServiceModule } from '../lib/kit.ts';

export async function create(kit: Kit): Promise<ServiceModule> {
  // A service token from auth, used for payments (client-credentials style).
  let token = '';
  const fetchToken = async () => {
    const t = await call<{ token: string }>(kit.peer('auth'), 'POST', '/token', { body: { subject: 'svc:checkout' } });
    if (t.status !== 200) throw upstreamError('auth', t);
    token = t.body.token;
  };
  await fetchToken();

  const router = new Router().on('POST', '/orders', async (r) => {
    const b = (r.body ?? {}) as { sku?: number; qty?: number; user?: string };
    const reserve = await call(kit.peer('inventory'), 'POST', '/reserve', { body: { sku: b.sku, qty: b.qty }, timeoutMs: 4000 });
    if (reserve.status === 404) throw new HttpError(404, 'no such product');
    if (reserve.status !== 200) throw upstreamError('inventory', reserve);
    const amount = (b.qty ?? 1) * (500 + (((b.sku ?? 1) * 7919) % 9500));
    const pay = await call<{ status: string; id: string }>(kit.peer('payments'), 'POST', '/charge', {
      body: { amount_cents: amount, currency: 'EUR', user: b.user },
      headers: { authorization: `Bearer ${token}` },
      timeoutMs: 4000,
    });
    if (pay.status !== 200) {
      const why = (pay.body as { error?: string } | undefined)?.error ?? `status ${pay.status}`;
      throw new HttpError(502, `payments answered ${pay.status}: ${why}`);
    }
    return { order_id: randomUUID(), payment: pay.body.status };
  });
  return { router, actions: { refresh_tokens: () => (void fetchToken().catch(() => undefined), 'service token refreshed') } };
}

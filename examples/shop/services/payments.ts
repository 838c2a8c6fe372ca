// payments: charges cards through a third-party provider's HTTP API (a stub the launcher runs).
import { randomUUID } from 'node:crypto';
import { call, HttpError, Router, upstreamError } from '../lib/http.ts';
import type { Kit, ServiceModule } from '../lib/kit.ts';

export async function create(kit: Kit): Promise<ServiceModule> {
  let breakerOpenUntil = 0;
  const router = new Router().on('POST', '/charge', async (r) => {
    const v = await call<{ error?: string }>(kit.peer('auth'), 'GET', '/verify', { headers: { authorization: r.headers.authorization ?? '' }, timeoutMs: 2000 });
    if (v.status === 401) throw new HttpError(401, v.body?.error ?? 'unauthorized');
    if (v.status !== 200) throw upstreamError('auth', v);
    const b = (r.body ?? {}) as { amount_cents?: number; currency?: string };
    if (Date.now() < breakerOpenUntil) return { status: 'deferred', id: randomUUID() }; // queued for later capture
    const p = await call<{ id: string; error?: string }>(kit.s.providerUrl, 'POST', '/v1/charges', { body: { amount: b.amount_cents, currency: b.currency }, timeoutMs: 2000 });
    if (p.status !== 200) throw new HttpError(502, `payment provider answered ${p.status}: ${p.body?.error ?? 'error'}`);
    return { status: 'captured', id: p.body.id };
  });
  return {
    router,
    actions: {
      enable_circuit_breaker: () => {
        // Open for a (scenario) quarter hour: charges are deferred instead of failing.
        breakerOpenUntil = Date.now() + kit.realMs(900);
        return 'circuit breaker to the payment provider open; charges deferred';
      },
    },
  };
}

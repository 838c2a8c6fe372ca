// frontend: the shop's public API. Checks the caller's session with auth, then asks catalog,
// inventory and checkout.
import { call, HttpError, Router, upstreamError, type Req } from '../lib/http.ts';
import type { Kit, ServiceModule } from '../lib/kit.ts';

export async function create(kit: Kit): Promise<ServiceModule> {
  async function session(r: Req): Promise<string> {
    const auth = r.headers.authorization;
    if (!auth) throw new HttpError(401, 'missing token');
    const v = await call<{ sub?: string; error?: string }>(kit.peer('auth'), 'GET', '/verify', { headers: { authorization: auth }, timeoutMs: 2000 });
    if (v.status === 200 && v.body?.sub) return v.body.sub;
    if (v.status === 401) {
      if (v.body?.error === 'jwt expired') kit.tel.logError('session rejected by auth: jwt expired', { 'auth.reason': 'jwt expired', 'http.response.status_code': 401 });
      throw new HttpError(401, v.body?.error ?? 'unauthorized');
    }
    throw upstreamError('auth', v);
  }

  const router = new Router()
    .on('POST', '/login', async (r) => {
      const user = (r.body as { user?: unknown } | undefined)?.user;
      if (typeof user !== 'string' || !user) throw new HttpError(400, 'user required');
      const t = await call<{ token: string }>(kit.peer('auth'), 'POST', '/token', { body: { subject: user } });
      if (t.status !== 200) throw upstreamError('auth', t);
      return { token: t.body.token };
    })
    .on('GET', '/products', async (r) => {
      await session(r);
      const c = await call(kit.peer('catalog'), 'GET', `/products?page=${Number(r.query.get('page') ?? 1) | 0}`);
      if (c.status !== 200) throw upstreamError('catalog', c);
      return c.body;
    })
    .on('GET', '/products/:id', async (r) => {
      await session(r);
      const id = Number(r.params.id);
      if (!Number.isInteger(id) || id < 1) throw new HttpError(400, 'bad product id');
      const [c, s] = await Promise.all([call(kit.peer('catalog'), 'GET', `/products/${id}`), call<{ qty: number }>(kit.peer('inventory'), 'GET', `/stock/${id}`)]);
      if (c.status !== 200) throw upstreamError('catalog', c);
      if (s.status !== 200) throw upstreamError('inventory', s);
      return { product: c.body, in_stock: s.body.qty > 0 };
    })
    .on('POST', '/checkout', async (r) => {
      const user = await session(r);
      const b = r.body as { sku?: unknown; qty?: unknown } | undefined;
      if (!b || !Number.isInteger(b.sku) || !Number.isInteger(b.qty) || (b.qty as number) < 1 || (b.qty as number) > 10) throw new HttpError(400, 'sku and qty (1..10) required');
      const o = await call(kit.peer('checkout'), 'POST', '/orders', { body: { sku: b.sku, qty: b.qty, user }, timeoutMs: 8000 });
      if (o.status !== 200) throw upstreamError('checkout', o);
      return o.body;
    });
  return { router };
}

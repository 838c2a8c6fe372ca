// The shop's auth must survive its own deploy: a decoy `deploy` of auth (a new version beside the
// old, then the old stopped) once invalidated every token the old version had issued, and the
// scoreboard's "no fault" decoy was a real outage (checkout's payments refused with 401).
import { describe, expect, it } from 'vitest';
import { create } from '../../../examples/shop/services/auth.ts';

function instance(authKey: string, skew = 0) {
  const kit = {
    s: { authKey },
    faults: { intensity: (k: string) => (k === 'auth_token_expiry' ? skew : 0), clear: () => (skew = 0) },
    tel: { logWarn: () => undefined },
  };
  return create(kit as never);
}

async function call(svc: Awaited<ReturnType<typeof create>>, method: string, path: string, init: { body?: unknown; token?: string } = {}) {
  const m = svc.router.match(method, path);
  if (!m) throw new Error(`no route ${method} ${path}`);
  try {
    return { status: 200, body: (await m.handler({ method, path, params: m.params, body: init.body, headers: init.token ? { authorization: `Bearer ${init.token}` } : {} } as never)) as Record<string, unknown> };
  } catch (e) {
    return { status: (e as { status?: number }).status ?? 500, body: { error: (e as Error).message } };
  }
}

describe('shop auth tokens', () => {
  it('a token issued by one version is accepted by the next one of the same shop, and by no other shop', async () => {
    const old = await instance('shop-key');
    const next = await instance('shop-key');
    const other = await instance('another-shop');
    const { body } = await call(old, 'POST', '/token', { body: { subject: 'svc:checkout' } });
    const token = String(body.token);
    expect((await call(next, 'GET', '/verify', { token })).body).toEqual({ sub: 'svc:checkout' });
    expect(await call(other, 'GET', '/verify', { token })).toMatchObject({ status: 401, body: { error: 'invalid token' } });
    // A token with its subject changed no longer carries a valid signature.
    const [payload, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin' })).toString('base64url');
    expect((await call(next, 'GET', '/verify', { token: `${forged}.${mac}` })).status).toBe(401);
  });

  it('the auth_token_expiry fault makes tokens read as expired until refresh_tokens', async () => {
    const svc = await instance('k', 1);
    const token = String((await call(svc, 'POST', '/token', { body: { subject: 'u' } })).body.token);
    expect(await call(svc, 'GET', '/verify', { token })).toMatchObject({ status: 401, body: { error: 'jwt expired' } });
    svc.actions!.refresh_tokens!();
    expect((await call(svc, 'GET', '/verify', { token })).status).toBe(200);
  });
});

// auth: issues signed bearer tokens and checks them for the other services. Signed (an HMAC
// over subject and expiry with the shop's key) rather than kept in this process, so a new
// version deployed beside this one accepts the tokens this one issued, as with any real
// token service.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpError, Router } from '../lib/http.ts';
import type { Kit, ServiceModule } from '../lib/kit.ts';

const TOKEN_TTL_MS = 12 * 3600_000;

export async function create(kit: Kit): Promise<ServiceModule> {
  const key = kit.s.authKey || randomBytes(32).toString('base64url');
  const mac = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  const issue = (sub: string) => {
    const payload = Buffer.from(JSON.stringify({ sub, iat: Date.now(), exp: Date.now() + TOKEN_TTL_MS })).toString('base64url');
    return `${payload}.${mac(payload)}`;
  };
  const read = (token: string): { sub: string; iat: number; exp: number } | null => {
    const dot = token.indexOf('.');
    if (dot <= 0 || token.length > 1024) return null;
    const payload = token.slice(0, dot);
    const want = Buffer.from(mac(payload));
    const got = Buffer.from(token.slice(dot + 1));
    if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
    try {
      const t = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown; iat?: unknown; exp?: unknown };
      return typeof t.sub === 'string' && typeof t.iat === 'number' && typeof t.exp === 'number' ? { sub: t.sub, iat: t.iat, exp: t.exp } : null;
    } catch {
      return null;
    }
  };
  const router = new Router()
    .on('POST', '/token', (r) => {
      const sub = (r.body as { subject?: unknown } | undefined)?.subject;
      if (typeof sub !== 'string' || !sub || sub.length > 100) throw new HttpError(400, 'subject required');
      return { token: issue(sub), expires_in: TOKEN_TTL_MS / 1000 };
    })
    .on('GET', '/verify', (r) => {
      const h = r.headers.authorization ?? '';
      const t = read(h.startsWith('Bearer ') ? h.slice(7) : '');
      if (!t) throw new HttpError(401, 'invalid token');
      // The fault: the signing key was rotated early, so tokens it issued read as expired.
      const skew = kit.faults.intensity('auth_token_expiry');
      if (t.exp < Date.now() || (skew > 0 && Math.random() < skew)) {
        kit.tel.logWarn('token rejected: jwt expired', { 'enduser.id': t.sub, 'auth.reason': 'jwt expired' });
        throw new HttpError(401, 'jwt expired');
      }
      return { sub: t.sub };
    });
  return {
    router,
    faults: { auth_token_expiry: () => () => undefined },
    actions: {
      refresh_tokens: () => {
        kit.faults.clear('auth_token_expiry');
        return 'signing key restored: the tokens it issued are accepted again';
      },
    },
  };
}

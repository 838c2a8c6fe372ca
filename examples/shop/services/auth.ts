// auth: issues opaque bearer tokens and checks them for the other services.
import { randomBytes } from 'node:crypto';
import { HttpError, Router } from '../lib/http.ts';
import type { Kit, ServiceModule } from '../lib/kit.ts';

const TOKEN_TTL_MS = 12 * 3600_000;

export async function create(kit: Kit): Promise<ServiceModule> {
  const tokens = new Map<string, { sub: string; exp: number }>();
  const router = new Router()
    .on('POST', '/token', (r) => {
      const sub = (r.body as { subject?: unknown } | undefined)?.subject;
      if (typeof sub !== 'string' || !sub || sub.length > 100) throw new HttpError(400, 'subject required');
      const token = randomBytes(18).toString('base64url');
      tokens.set(token, { sub, exp: Date.now() + TOKEN_TTL_MS });
      if (tokens.size > 50_000) tokens.delete(tokens.keys().next().value as string);
      return { token, expires_in: TOKEN_TTL_MS / 1000 };
    })
    .on('GET', '/verify', (r) => {
      const h = r.headers.authorization ?? '';
      const t = tokens.get(h.startsWith('Bearer ') ? h.slice(7) : '');
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
        const exp = Date.now() + TOKEN_TTL_MS;
        for (const t of tokens.values()) t.exp = exp;
        return `signing key restored, ${tokens.size} tokens refreshed`;
      },
    },
  };
}

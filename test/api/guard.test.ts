// The API's front door: every route needs a token unless marked public, decided on the route the
// router matched (which decodes %xx), a Host header naming another site is refused (DNS
// rebinding), and POSTs must be application/json (no cross-origin "simple" requests).
// The database and the diagnose stage are spies: a refused request must not reach either.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildApi, type ApiDeps } from '../../src/api/server.ts';
import { hostCheck, hostName } from '../../src/api/guard.ts';
import { makeBearerCheck } from '../../src/auth/bearer.ts';
import { Metrics } from '../../src/telemetry/metrics.ts';

const TOKEN = 't0k3n';
const EVENT = '0b6c1c2e-8a39-4f0e-9d0f-2f4a1e7c5b11';

function spies() {
  const calls: string[] = [];
  const pool = {
    query: async (sql: string) => {
      calls.push(sql.trim().split(/\s+/).slice(0, 2).join(' '));
      const rows = /healing_audit_trail|code_fix_proposals|self_healing_metrics|severity::text = ANY/.test(sql) ? [] : [{ id: EVENT }];
      return { rows, rowCount: rows.length };
    },
  } as unknown as pg.Pool;
  const deps: ApiDeps = {
    pool,
    diagnose: {
      label: async () => (calls.push('label'), true),
      retrain: async () => (calls.push('retrain'), { trained: false }) as never,
    },
  };
  return { calls, deps };
}

function api(extra: { protectMetrics?: boolean; tokens?: string[]; allowedHosts?: string[]; host?: string } = {}) {
  const { calls, deps } = spies();
  const tokens = extra.tokens ?? [TOKEN];
  const app = buildApi(
    {
      host: extra.host ?? '127.0.0.1',
      port: 0,
      metrics: new Metrics(),
      readiness: {},
      ...(tokens.length ? { checkAuth: makeBearerCheck(tokens) } : {}),
      protectMetrics: extra.protectMetrics,
      allowedHosts: extra.allowedHosts,
    },
    deps,
  );
  return { app, calls };
}

interface Probe {
  method: 'GET' | 'POST';
  path: string;
  query?: string;
}

const PROTECTED: Probe[] = [
  { method: 'GET', path: '/api/events' },
  { method: 'GET', path: '/api/events', query: '?status=open' },
  { method: 'GET', path: `/api/events/${EVENT}` },
  { method: 'POST', path: `/api/events/${EVENT}/label` },
  { method: 'POST', path: '/api/diagnosis/retrain' },
  { method: 'GET', path: '/api/audit/verify' },
  { method: 'GET', path: '/api/proposals' },
  { method: 'GET', path: '/api/report', query: '?from=2026-03-01&to=2026-03-02' },
  { method: 'GET', path: '/metrics' },
];

/** Spellings of one path an attacker would try: each letter percent-encoded, all of them, extra slashes, dots, case. */
function variants(path: string): string[] {
  const out = new Set<string>();
  const enc = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '/') continue;
    out.add(path.slice(0, i) + enc(path[i]) + path.slice(i + 1));
    out.add(path.slice(0, i) + enc(path[i]).toUpperCase() + path.slice(i + 1));
  }
  out.add(path.replace(/[a-z]/g, enc));
  out.add(path.replace(/\//g, '%2f'));
  for (let i = 0; i < path.length; i++) if (path[i] === '/') out.add(`${path.slice(0, i)}/${path.slice(i)}`);
  out.add(`/${path}`);
  out.add(`${path}/`);
  out.add(`${path}.`);
  out.add(`${path}%2e`);
  out.add(`${path}/.`);
  out.add(`/./${path.slice(1)}`);
  out.add(`/x/..${path}`);
  out.add(`${path};`);
  out.add(`${path}%00`);
  out.add(`${path}%20`);
  out.add(path.toUpperCase());
  out.add(path.replace(/^\/(\w)/, (_m, c: string) => `/${c.toUpperCase()}`));
  out.add(path.split('/').map((seg) => seg.charAt(0).toUpperCase() + seg.slice(1)).join('/'));
  out.delete(path);
  return [...out];
}

describe('API auth is decided on the matched route', () => {
  it('every protected route and every spelling of it answers 401 or 404 without a valid token, and reaches no handler', async () => {
    const { app, calls } = api({ protectMetrics: true });
    try {
      let checked = 0;
      for (const probe of PROTECTED) {
        for (const url of [probe.path, ...variants(probe.path)]) {
          for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
            const res = await app.inject({
              method: probe.method,
              url: url + (probe.query ?? ''),
              headers: { ...headers, 'content-type': 'application/json' },
              payload: probe.method === 'POST' ? JSON.stringify({ category: 'API', labelled_by: 'mallory' }) : undefined,
            });
            expect([401, 404], `${probe.method} ${url} ${JSON.stringify(headers)} → ${res.statusCode} ${res.body.slice(0, 80)}`).toContain(res.statusCode);
            expect(res.body).not.toContain(EVENT);
            expect(res.body).not.toContain('homeostat_');
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(500);
      expect(calls).toEqual([]);
      // The spies do record a handler that runs: the same requests with the token get through.
      for (const probe of PROTECTED) {
        const res = await app.inject({
          method: probe.method,
          url: probe.path + (probe.query ?? ''),
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          payload: probe.method === 'POST' ? JSON.stringify({ category: 'API', labelled_by: 'alice' }) : undefined,
        });
        expect(res.statusCode, `${probe.method} ${probe.path}`).toBeLessThan(300);
      }
      expect(calls).toContain('retrain');
      expect(calls).toContain('label');
    } finally {
      await app.close();
    }
  });

  it('a route added after buildApi needs a token unless it says it is public', async () => {
    const { app } = api();
    app.get('/executions', async () => ({ secret: 'run-42' }));
    app.post('/approvals/:id', async () => ({ approved: true }));
    app.get('/version', { config: { public: true } }, async () => ({ version: 'x' }));
    try {
      for (const url of ['/executions', '/%65xecutions', '//executions']) {
        const res = await app.inject({ method: 'GET', url });
        expect([401, 404], url).toContain(res.statusCode);
        expect(res.body).not.toContain('run-42');
      }
      const post = await app.inject({ method: 'POST', url: '/approvals/1', headers: { 'content-type': 'application/json' }, payload: '{}' });
      expect(post.statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/version' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/executions', headers: { authorization: `Bearer ${TOKEN}` } })).json()).toEqual({ secret: 'run-42' });
    } finally {
      await app.close();
    }
  });

  it('probes stay open, /metrics is open unless protect_metrics, and an unknown path does not say whether it exists', async () => {
    const open = api();
    const strict = api({ protectMetrics: true });
    try {
      for (const url of ['/healthz', '/readyz', '/metrics']) expect((await open.app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
      for (const url of ['/healthz', '/readyz']) expect((await strict.app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
      expect((await strict.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      expect((await strict.app.inject({ method: 'GET', url: '/%6detrics' })).statusCode).toBe(401);
      const unknown = await open.app.inject({ method: 'GET', url: '/api/nothing-here' });
      expect(unknown.statusCode).toBe(401);
      const authed = await open.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(authed.statusCode).toBe(404);
    } finally {
      await open.app.close();
      await strict.app.close();
    }
  });
});

describe('API refuses browser-borne requests', () => {
  it('POSTs without Content-Type application/json get 415 and reach no handler, token or not', async () => {
    for (const tokens of [[TOKEN], []]) {
      const { app, calls } = api({ tokens });
      const auth = { authorization: `Bearer ${TOKEN}` };
      try {
        for (const [type, payload] of [
          ['text/plain', '{"category":"API","labelled_by":"mallory"}'],
          ['application/x-www-form-urlencoded', 'category=API&labelled_by=mallory'],
          ['multipart/form-data; boundary=x', '--x--'],
          ['application/json-patch+json', '{}'],
          [undefined, undefined],
        ] as const) {
          for (const url of ['/api/diagnosis/retrain', `/api/events/${EVENT}/label`]) {
            const res = await app.inject({ method: 'POST', url, headers: { ...auth, ...(type ? { 'content-type': type } : {}) }, payload });
            expect(res.statusCode, `${url} ${type}`).toBe(415);
          }
        }
        expect(calls).toEqual([]);
        // application/json (any parameters, any case) gets through; a bodiless retrain too.
        const ok = await app.inject({ method: 'POST', url: '/api/diagnosis/retrain', headers: { ...auth, 'content-type': 'Application/JSON; charset=utf-8' } });
        expect(ok.statusCode).toBe(200);
        const labelled = await app.inject({
          method: 'POST',
          url: `/api/events/${EVENT}/label`,
          headers: { ...auth, 'content-type': 'application/json' },
          payload: JSON.stringify({ category: 'API', labelled_by: 'alice' }),
        });
        expect(labelled.statusCode).toBe(202);
      } finally {
        await app.close();
      }
    }
  });

  it('a Host naming another site is refused (DNS rebinding), with or without tokens; probes answer any Host', async () => {
    const { app, calls } = api({ tokens: [] });
    try {
      for (const host of ['evil.example.com', 'evil.example.com:8080', 'attacker.localhost.evil.com', 'localhost@evil.com', 'evil.com\\@localhost']) {
        const res = await app.inject({ method: 'GET', url: '/api/events', headers: { host } });
        expect(res.statusCode, host).toBe(403);
        expect((await app.inject({ method: 'GET', url: '/metrics', headers: { host } })).statusCode, host).toBe(403);
      }
      expect(calls).toEqual([]);
      for (const host of ['localhost', 'localhost:8080', 'LOCALHOST.', '127.0.0.1:8080', '[::1]:8080', '10.1.2.3', 'app.localhost']) {
        expect((await app.inject({ method: 'GET', url: '/api/events', headers: { host } })).statusCode, host).toBe(200);
      }
      for (const url of ['/healthz', '/readyz']) expect((await app.inject({ method: 'GET', url, headers: { host: 'evil.example.com' } })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('configured names and a named bind address are accepted; * turns the check off', async () => {
    const named = api({ tokens: [], allowedHosts: ['Homeostat.internal'], host: 'ops-box' });
    const any = api({ tokens: [], allowedHosts: ['*'] });
    try {
      for (const host of ['homeostat.internal', 'homeostat.internal:8080', 'ops-box:8080']) {
        expect((await named.app.inject({ method: 'GET', url: '/api/events', headers: { host } })).statusCode, host).toBe(200);
      }
      expect((await named.app.inject({ method: 'GET', url: '/api/events', headers: { host: 'other.internal' } })).statusCode).toBe(403);
      expect((await any.app.inject({ method: 'GET', url: '/api/events', headers: { host: 'other.internal' } })).statusCode).toBe(200);
    } finally {
      await named.app.close();
      await any.app.close();
    }
  });

  it('hostName takes the name out of a Host header and rejects malformed ones', () => {
    expect(hostName('Example.COM:80')).toBe('example.com');
    expect(hostName('[::1]:8080')).toBe('::1');
    expect(hostName('[::1]x')).toBeUndefined();
    expect(hostName('a b')).toBeUndefined();
    expect(hostName('user@host')).toBeUndefined();
    expect(hostCheck([], '0.0.0.0')('0.0.0.0:8080')).toBe(true);
  });
});

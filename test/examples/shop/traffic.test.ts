// The shop's shoppers against a frontend stand-in whose auth forgets every session once (a
// restart of auth): they sign in again and are served, instead of being refused for good.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Traffic } from '../../../examples/shop/lib/traffic.ts';

let server: Server | undefined;
let traffic: Traffic | undefined;
afterEach(async () => {
  traffic?.stop();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

describe('shop traffic', () => {
  it('a shopper whose session auth lost signs in again', async () => {
    let generation = 0;
    const known = new Set<string>();
    let logins = 0;
    let served = 0; // requests with a session, answered
    server = createServer((req, res) => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      req.resume();
      req.on('end', () => {
        if (req.url === '/login') {
          logins++;
          const token = `t${generation}-${logins}`;
          known.add(token);
          return send(200, { token });
        }
        const token = (req.headers.authorization ?? '').slice(7);
        if (!known.has(token)) return send(401, { error: token === 'stale-token' ? 'jwt malformed' : 'invalid token' });
        served++;
        send(200, {});
      });
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    traffic = new Traffic({ frontend: () => `http://127.0.0.1:${port}`, rps: 200, dayMs: 60_000, users: 4, seed: 7 });
    await traffic.start();
    await vi.waitFor(() => expect(served).toBeGreaterThan(20), { timeout: 10_000 });
    // auth restarts: every session it issued is gone.
    generation++;
    known.clear();
    const before = served;
    await vi.waitFor(() => expect(served - before).toBeGreaterThan(50), { timeout: 10_000 });
    // The sessions were refused first: the shoppers came back by signing in again.
    expect(traffic.stats.byStatus['401'] ?? 0).toBeGreaterThan(0);
  });
});

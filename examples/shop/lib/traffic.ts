// Shoppers: Poisson arrivals whose rate follows a compressed day (a sine over `dayMs`) with
// minute-to-minute noise; a mix of browsing, product pages, logins and checkouts. A small share
// of requests is bad on purpose (stale tokens, bad ids), as on any public site.

export interface TrafficOptions {
  frontend: () => string;
  /** Mean requests per second over a day. */
  rps: number;
  /** Length of one compressed day in real milliseconds. */
  dayMs: number;
  users?: number;
  seed?: number;
}

export interface TrafficStats {
  sent: number;
  byStatus: Record<string, number>;
  inFlight: number;
}

const MAX_IN_FLIGHT = 60;

export class Traffic {
  readonly stats: TrafficStats = { sent: 0, byStatus: {}, inFlight: 0 };
  private timer: NodeJS.Timeout | null = null;
  private tokens: string[] = [];
  private surge = 1;
  private badClientRps = 0;
  private noise = 1;
  private noiseAt = 0;
  private readonly phase: number;
  private readonly started = Date.now();
  private rand: () => number;

  constructor(private o: TrafficOptions) {
    let s = (o.seed ?? Date.now()) >>> 0 || 1;
    this.rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    this.phase = this.rand() * 2 * Math.PI;
  }

  async start(): Promise<void> {
    for (let i = 0; i < (this.o.users ?? 24); i++) {
      const r = await this.request('POST', '/login', { user: `user-${i}` });
      if (r && typeof r === 'object' && 'token' in r) this.tokens.push(String((r as { token: string }).token));
    }
    if (!this.tokens.length) throw new Error('traffic: no shopper could log in');
    this.timer = setInterval(() => this.tick(), 100);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  setSurge(factor: number): void {
    this.surge = factor;
  }

  setBadClient(rps: number): void {
    this.badClientRps = rps;
  }

  /** Current target rate (requests per second). */
  rate(now = Date.now()): number {
    if (now - this.noiseAt > 5000) {
      this.noise = 0.85 + 0.3 * this.rand();
      this.noiseAt = now;
    }
    const day = 1 + 0.35 * Math.sin((2 * Math.PI * (now - this.started)) / this.o.dayMs + this.phase);
    return this.o.rps * day * this.noise * this.surge;
  }

  private tick(): void {
    const n = poisson(this.rate() * 0.1, this.rand);
    for (let i = 0; i < n; i++) this.one();
    const bad = poisson(this.badClientRps * 0.1, this.rand);
    for (let i = 0; i < bad; i++) void this.request('POST', '/checkout', { sku: 'abc', qty: -1 }, this.token(), 'bad-client-7');
  }

  private token(): string {
    return this.tokens[Math.floor(this.rand() * this.tokens.length)];
  }

  /**
   * A shopper whose session auth no longer knows (auth restarted and lost it) signs in again,
   * as a browser sent to the login page does; without it, one restart of auth would lock every
   * shopper out for good. Expired sessions are the auth_token_expiry fault's and stay refused.
   */
  private relogin(stale: string): void {
    const i = this.tokens.indexOf(stale);
    if (i < 0) return;
    this.tokens[i] = ''; // one sign-in per lost session, not one per request that used it
    void this.request('POST', '/login', { user: `user-${i}` }).then((r) => {
      const token = r && typeof r === 'object' && 'token' in r ? String((r as { token: string }).token) : '';
      this.tokens[i] = token || stale;
    });
  }

  private one(): void {
    const p = this.rand();
    const sku = 1 + Math.floor(this.rand() ** 2 * 200);
    // About one request in a hundred carries a stale token or asks for a missing product.
    const token = this.rand() < 0.01 ? 'stale-token' : this.token();
    if (p < 0.42) void this.request('GET', `/products?page=${1 + Math.floor(this.rand() * 5)}`, undefined, token);
    else if (p < 0.72) void this.request('GET', `/products/${this.rand() < 0.01 ? 9999 : sku}`, undefined, token);
    else if (p < 0.92) void this.request('POST', '/checkout', { sku, qty: 1 + Math.floor(this.rand() * 3) }, token);
    else void this.request('POST', '/login', { user: `user-${Math.floor(this.rand() * 1000)}` });
  }

  private async request(method: string, path: string, body?: unknown, token?: string, client = 'web'): Promise<unknown> {
    if (this.stats.inFlight >= MAX_IN_FLIGHT) {
      this.count('dropped');
      return undefined;
    }
    this.stats.inFlight++;
    this.stats.sent++;
    try {
      const res = await fetch(new URL(path, this.o.frontend()), {
        method,
        headers: { 'content-type': 'application/json', 'x-client-id': client, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      this.count(String(res.status));
      const answer = await res.json().catch(() => undefined);
      if (res.status === 401 && token && (answer as { error?: unknown } | undefined)?.error === 'invalid token') this.relogin(token);
      return answer;
    } catch {
      this.count('failed');
      return undefined;
    } finally {
      this.stats.inFlight--;
    }
  }

  private count(k: string): void {
    this.stats.byStatus[k] = (this.stats.byStatus[k] ?? 0) + 1;
  }
}

function poisson(mean: number, rand: () => number): number {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

// Starts the demo shop: a database, a third-party payment provider stub, six instrumented
// service processes, an admin API for faults and recoveries, and shoppers.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, connect, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACTIONS, FAULT_HOME, FaultBoard, parseFaultRequest, SERVICES, type ActionName, type FaultRequest, type ServiceName } from './lib/faults.ts';
import { withNice } from './lib/priority.ts';
import { Traffic } from './lib/traffic.ts';

const HERE = import.meta.dirname;
const TSX = import.meta.resolve('tsx');

export interface ShopOptions {
  /** OTLP/HTTP base URL the services export to, e.g. http://127.0.0.1:4318. */
  otlpEndpoint: string;
  /** A PostgreSQL URL for inventory; empty: embedded PGlite in a directory of its own. */
  databaseUrl?: string;
  /** Where the embedded database, logs and so on go; a fresh temporary directory by default. */
  dir?: string;
  /** 1 is real time; 0.2 runs scenario time five times faster (fault rates, the daily shape). */
  timeScale?: number;
  /** Mean shopper requests per scenario second (real rate: rps / timeScale). */
  rps?: number;
  metricIntervalMs?: number;
  memoryLimitMb?: number;
  /** false: no host-metrics (process.memory.usage); for a diagnostic run only. */
  hostMetrics?: boolean;
  /** Admin API port (0: any free one). */
  adminPort?: number;
  log?: (line: string) => void;
  /** false: the shoppers wait for `startTraffic()` (a stack started ahead of its turn). */
  traffic?: boolean;
  /** Niceness for each process as it is started (see lib/priority.ts); 0 when absent. */
  nice?: () => number;
}

export interface Shop {
  adminUrl: string;
  frontendUrl(): string;
  traffic: Traffic;
  /** Starts the shoppers when the shop was started with `traffic: false`; idempotent. */
  startTraffic(): Promise<void>;
  /** POST /admin/faults in-process: starts a fault (or decoy); it ends by itself. */
  inject(f: FaultRequest): Promise<unknown>;
  clear(kind: string, service?: string): Promise<unknown>;
  act(name: ActionName, service?: string): Promise<unknown>;
  faults(): Promise<unknown>;
  stop(): Promise<void>;
}

interface Instance {
  name: ServiceName;
  version: string;
  port: number;
  child: ChildProcess;
}

class HttpFail extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startShop(o: ShopOptions): Promise<Shop> {
  const ownDir = !o.dir;
  const dir = o.dir ?? mkdtempSync(path.join(tmpdir(), 'homeostat-shop-'));
  mkdirSync(path.join(dir, 'logs'), { recursive: true });
  const timeScale = o.timeScale ?? 1;
  const log = o.log ?? (() => undefined);
  const board = new FaultBoard();
  const children = new Set<ChildProcess>();
  const closers: Array<() => Promise<void> | void> = [];
  let stopped = false;

  const spawnNode = (entry: string, env: Record<string, string>, logName: string): ChildProcess => {
    const out = createWriteStream(path.join(dir, 'logs', `${logName}.log`), { flags: 'a' });
    const node = withNice(o.nice?.() ?? 0, process.execPath, ['--import', TSX, '--expose-gc']);
    const child = fork(entry, [], { execPath: node.file, execArgv: node.args, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], cwd: HERE });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    children.add(child);
    child.once('exit', (code, signal) => {
      children.delete(child);
      if (!stopped && code !== 0) log(`${logName} exited (${code ?? signal}); see ${path.join(dir, 'logs', `${logName}.log`)}`);
    });
    return child;
  };
  const ready = <T>(child: ChildProcess, what: string, timeoutMs = 180_000): Promise<T> =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs} ms (logs in ${path.join(dir, 'logs')})`)), timeoutMs);
      child.on('message', (m: { type?: string }) => {
        if (m?.type === 'ready') {
          clearTimeout(t);
          resolve(m as T);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(t);
        reject(new Error(`${what} exited with ${code} while starting (logs in ${path.join(dir, 'logs')})`));
      });
    });

  try {
    // 1. The database, behind a TCP proxy the launcher controls (db_down, failover).
    let dbTarget: { host: string; port: number };
    if (o.databaseUrl) {
      const u = new URL(o.databaseUrl);
      dbTarget = { host: u.hostname, port: Number(u.port || 5432) };
    } else {
      // initdb costs seconds of CPU: it runs once per machine, then each shop starts from a copy.
      const template = await pgTemplate(spawnNode, ready);
      cpSync(template, path.join(dir, 'pgdata'), { recursive: true });
      const db = spawnNode(path.join(HERE, 'db.ts'), { SHOP_DB_DIR: path.join(dir, 'pgdata') }, 'postgres');
      const m = await ready<{ port: number }>(db, 'the embedded database');
      log(`database up (:${m.port})`);
      dbTarget = { host: '127.0.0.1', port: m.port };
    }
    const proxy = new DbProxy(dbTarget);
    const proxyPort = await proxy.listen(0);
    closers.push(() => proxy.close());
    const dbUrl = o.databaseUrl ? withHostPort(o.databaseUrl, '127.0.0.1', proxyPort) : `postgresql://postgres@127.0.0.1:${proxyPort}/postgres?sslmode=disable`;

    // 2. The payment provider (a third party: no telemetry of its own).
    const provider = await startProvider(board);
    closers.push(() => new Promise<void>((r) => provider.server.close(() => r())));

    // 3. The services. auth's signing key is the shop's, so each auth version accepts the others' tokens.
    const authKey = randomBytes(32).toString('base64url');
    const registry = new Map<ServiceName, Instance>();
    const peers = () => Object.fromEntries([...registry.values()].map((i) => [i.name, `http://127.0.0.1:${i.port}`]));
    const startInstance = async (name: ServiceName, version: string): Promise<Instance> => {
      const port = await freePort();
      const child = spawnNode(
        path.join(HERE, 'service.ts'),
        {
          SHOP_SERVICE: name,
          SHOP_VERSION: version,
          SHOP_PORT: String(port),
          SHOP_PEERS: JSON.stringify(peers()),
          SHOP_DATABASE_URL: dbUrl,
          SHOP_PROVIDER_URL: provider.url,
          SHOP_TIME_SCALE: String(timeScale),
          SHOP_OTLP_ENDPOINT: o.otlpEndpoint,
          SHOP_METRIC_INTERVAL_MS: String(o.metricIntervalMs ?? 10_000),
          SHOP_MEMORY_LIMIT_MB: String(o.memoryLimitMb ?? 384),
          OTEL_LOG_LEVEL: 'none',
          SHOP_HOST_METRICS: o.hostMetrics === false ? '0' : '1',
          SHOP_AUTH_KEY: authKey,
        },
        `${name}-${version}-${port}`,
      );
      await ready(child, name);
      return { name, version, port, child };
    };
    // Started callees first, so a service that calls a peer at start (checkout → auth) finds it.
    for (const wave of [['auth', 'inventory', 'catalog', 'payments'], ['checkout', 'frontend']] as ServiceName[][]) {
      const started = await Promise.all(wave.map((name) => startInstance(name, '1.0.0')));
      for (const inst of started) registry.set(inst.name, inst);
      log(`started ${wave.join(', ')}`);
    }
    const broadcast = () => {
      const p = peers();
      for (const i of registry.values()) if (i.child.connected) i.child.send({ type: 'peers', peers: p });
    };
    broadcast();
    /** Blue/green: a new instance takes the traffic, then the old one stops. No requests are lost. */
    const replace = async (name: ServiceName, version: string) => {
      const old = registry.get(name)!;
      const next = await startInstance(name, version);
      registry.set(name, next);
      broadcast();
      setTimeout(() => old.child.kill('SIGTERM'), 1500).unref();
      return next;
    };
    closers.push(async () => {
      const exits = [...children].map((c) => new Promise<void>((r) => (c.exitCode !== null ? r() : c.once('exit', () => r()))));
      for (const c of children) c.kill('SIGTERM');
      await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 8000))]);
      for (const c of children) c.kill('SIGKILL');
    });

    // 4. Shoppers.
    // Requests per scenario second: a run at time scale 0.2 sends five times as many per real
    // second, so each detection step sees as many requests as it would at the product's pace.
    const realRps = (o.rps ?? 5) / timeScale;
    const traffic = new Traffic({ frontend: () => `http://127.0.0.1:${registry.get('frontend')!.port}`, rps: realRps, dayMs: 24 * 60_000 * Math.max(timeScale, 0.05) });
    let trafficStarted: Promise<void> | null = null;
    const startTraffic = () => (trafficStarted ??= traffic.start());
    if (o.traffic !== false) await startTraffic();
    closers.unshift(() => traffic.stop());

    // 5. Faults and actions.
    const serviceCall = async (name: ServiceName, method: string, p: string, body?: unknown) => {
      const inst = registry.get(name)!;
      const res = await fetch(`http://127.0.0.1:${inst.port}${p}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
      const out = await res.json().catch(() => ({}));
      if (!res.ok) throw new HttpFail(res.status, (out as { error?: string }).error ?? `status ${res.status}`);
      return out;
    };
    const inject = async (f: FaultRequest) => {
      const home = FAULT_HOME[f.kind];
      const service = (f.service ?? home.default) as ServiceName;
      if (home.only && !home.only.includes(service)) throw new HttpFail(400, `${f.kind} happens in ${home.only.join(' or ')}, not ${service}`);
      const key = `${f.kind}@${service}`;
      switch (f.kind) {
        case 'db_down':
          proxy.down();
          return { service, fault: board.start(f.kind, f.intensity, f.duration_ms, () => proxy.up()) };
        case 'upstream_api_failure':
          return { service, fault: board.start(f.kind, f.intensity, f.duration_ms) };
        case 'traffic_surge':
          traffic.setSurge(1 + 3 * f.intensity);
          return { service, fault: board.start(key, f.intensity, f.duration_ms, () => traffic.setSurge(1)) };
        case 'client_4xx_burst':
          traffic.setBadClient(f.intensity * 2 * realRps);
          return { service, fault: board.start(key, f.intensity, f.duration_ms, () => traffic.setBadClient(0)) };
        case 'deploy': {
          const cur = registry.get(service)!.version;
          const [maj, min] = cur.split('.').map(Number);
          const next = await replace(service, `${maj}.${min + 1}.0`);
          return { service, deployed: next.version, fault: board.start(key, f.intensity, f.duration_ms) };
        }
        default:
          return serviceCall(service, 'POST', '/admin/faults', f);
      }
    };
    const clear = async (kind: string, service?: string) => {
      const svc = (service ?? FAULT_HOME[kind as keyof typeof FAULT_HOME]?.default) as ServiceName | undefined;
      if (board.clear(kind) || (svc && board.clear(`${kind}@${svc}`))) return { cleared: true };
      if (!svc || !registry.has(svc)) throw new HttpFail(404, `no fault ${kind}`);
      return serviceCall(svc, 'DELETE', `/admin/faults/${encodeURIComponent(kind)}`);
    };
    const act = async (name: ActionName, service?: string) => {
      if (!(name in ACTIONS)) throw new HttpFail(404, `no action ${name}; actions: ${Object.keys(ACTIONS).join(', ')}`);
      const svc = (service ?? ACTION_HOME[name]) as ServiceName | undefined;
      if (name === 'failover_database') {
        board.clear('db_down');
        proxy.up();
        return { action: name, result: 'standby database promoted; connections accepted again' };
      }
      if (!svc || !(SERVICES as readonly string[]).includes(svc)) throw new HttpFail(400, `${name} needs a service`);
      if (name === 'restart_service' || name === 'route_to_healthy_instances') {
        const next = await replace(svc, registry.get(svc)!.version);
        return { action: name, service: svc, result: `traffic moved to a fresh ${svc} instance on :${next.port}` };
      }
      if (name === 'enable_circuit_breaker' && svc === 'payments') board.clear('upstream_api_failure');
      return serviceCall(svc, 'POST', `/admin/actions/${name}`);
    };
    const faults = async () => {
      const per = await Promise.all([...registry.values()].map((i) => serviceCall(i.name, 'GET', '/admin/faults').catch(() => ({ service: i.name, faults: [] }))));
      return { shop: board.list(), services: per };
    };

    const admin = await listenAdmin(o.adminPort ?? 0, async (method, p, body) => {
      if (method === 'GET' && p === '/admin/faults') return faults();
      if (method === 'POST' && p === '/admin/faults') {
        let f: FaultRequest;
        try {
          f = parseFaultRequest(body);
        } catch (e) {
          throw new HttpFail(400, (e as Error).message);
        }
        return inject(f);
      }
      const del = /^\/admin\/faults\/([a-z0-9_]+)$/.exec(p);
      if (method === 'DELETE' && del) return clear(del[1], (body as { service?: string } | undefined)?.service);
      const a = /^\/admin\/actions\/([a-z0-9_]+)$/.exec(p);
      if (method === 'POST' && a) return act(a[1] as ActionName, (body as { service?: string } | undefined)?.service);
      if (method === 'GET' && p === '/admin/traffic') return traffic.stats;
      throw new HttpFail(404, `no route ${method} ${p}`);
    });
    closers.unshift(() => new Promise<void>((r) => admin.close(() => r())));
    const adminPort = (admin.address() as { port: number }).port;
    log(`shop up: frontend :${registry.get('frontend')!.port}, admin http://127.0.0.1:${adminPort}, logs ${path.join(dir, 'logs')}`);

    return {
      adminUrl: `http://127.0.0.1:${adminPort}`,
      frontendUrl: () => `http://127.0.0.1:${registry.get('frontend')!.port}`,
      traffic,
      startTraffic,
      inject,
      clear,
      act,
      faults,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        board.clearAll();
        for (const c of closers) await c();
        if (ownDir) rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    stopped = true;
    for (const c of children) c.kill('SIGKILL');
    for (const c of closers) await Promise.resolve(c()).catch(() => undefined);
    throw err;
  }
}

let templateDir: Promise<string> | null = null;

function pgliteVersion(): string {
  let d = path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
  while (!existsSync(path.join(d, 'package.json')) && path.dirname(d) !== d) d = path.dirname(d);
  return (JSON.parse(readFileSync(path.join(d, 'package.json'), 'utf8')) as { version: string }).version;
}

/** An initialised, empty PGlite data directory shared by every shop on this machine. */
function pgTemplate(spawnNode: (entry: string, env: Record<string, string>, logName: string) => ChildProcess, ready: (c: ChildProcess, what: string, ms?: number) => Promise<unknown>): Promise<string> {
  templateDir ??= (async () => {
    const version = pgliteVersion();
    const dir = path.join(tmpdir(), `homeostat-shop-pgdata-${version}`);
    if (existsSync(path.join(dir, 'PG_VERSION'))) return dir;
    const staging = `${dir}.${process.pid}.${Date.now()}`;
    const db = spawnNode(path.join(HERE, 'db.ts'), { SHOP_DB_DIR: staging }, 'postgres-initdb');
    await ready(db, 'the embedded database (first start)', 180_000);
    await new Promise<void>((r) => (db.once('exit', () => r()), db.kill('SIGTERM')));
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process made it first
    }
    return dir;
  })();
  templateDir.catch(() => (templateDir = null));
  return templateDir;
}

/** Where an action runs when the caller names no service. */
const ACTION_HOME: Partial<Record<ActionName, ServiceName>> = {
  reset_connection_pool: 'inventory',
  add_index: 'inventory',
  refresh_tokens: 'auth',
  clear_cache: 'catalog',
  enable_circuit_breaker: 'payments',
};

/** TCP proxy in front of the database: down() refuses and cuts connections, as a dead server would. */
class DbProxy {
  private server: NetServer | null = null;
  private sockets = new Set<Socket>();
  private port = 0;
  private isDown = false;
  constructor(private target: { host: string; port: number }) {}

  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const s = createNetServer((client) => {
        const upstream = connect(this.target.port, this.target.host);
        this.sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          this.sockets.delete(client);
          this.sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        this.port = (s.address() as { port: number }).port;
        this.server = s;
        resolve(this.port);
      });
    });
  }

  down(): void {
    if (this.isDown) return;
    this.isDown = true;
    this.server?.close();
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  up(): void {
    if (!this.isDown) return;
    this.isDown = false;
    void this.listen(this.port).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.isDown = true;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

async function startProvider(board: FaultBoard): Promise<{ server: Server; url: string }> {
  const server = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const f = board.intensity('upstream_api_failure');
      if (f > 0 && Math.random() < f) {
        // Half the failures are 503s, half hang past the caller's timeout.
        if (Math.random() < 0.5) return reply(res, 503, { error: 'upstream unavailable' });
        setTimeout(() => reply(res, 504, { error: 'gateway timeout' }), 3000);
        return;
      }
      setTimeout(() => reply(res, 200, { id: `ch_${randomUUID().slice(0, 12)}`, status: 'succeeded' }), 20 + Math.random() * 60);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function listenAdmin(port: number, handle: (method: string, path: string, body: unknown) => Promise<unknown>): Promise<Server> {
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpFail(400, 'body is not JSON');
        }
        reply(res, 200, await handle(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname, body));
      } catch (err) {
        reply(res, err instanceof HttpFail ? err.status : 500, { error: (err as Error).message });
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Ports handed out by this process: two stacks' choices never collide. */
const handedOut = new Set<number>();
// Below the kernel's ephemeral range (32768 and up on Linux): a port there is never given to an
// outgoing connection or a listen(0) by someone else between our choosing it and the process
// binding it (Homeostat binds its receiver some seconds after start, once storage is open; a
// port the kernel picked had been taken meanwhile, and the stack failed with EADDRINUSE).
const PORT_MIN = 20_000;
const PORT_SPAN = 12_000;

/** A loopback port free now and outside the ephemeral range. */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const p = PORT_MIN + Math.floor(Math.random() * PORT_SPAN);
    if (handedOut.has(p)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const s = createNetServer();
      s.once('error', () => resolve(false));
      s.listen(p, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) {
      handedOut.add(p);
      return p;
    }
  }
  throw new Error(`no free loopback port found in ${PORT_MIN}-${PORT_MIN + PORT_SPAN - 1}`);
}

function withHostPort(url: string, host: string, port: number): string {
  const u = new URL(url);
  u.hostname = host;
  u.port = String(port);
  return u.toString();
}

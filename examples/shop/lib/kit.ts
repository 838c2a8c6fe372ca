// What every shop service process shares: its settings, peers, limits, fault board, admin
// endpoints and the faults any service can suffer (memory leak, CPU burn, latency creep,
// connection resets, a bad configuration push).
import { memoryUsage } from 'node:process';
import type * as Http from 'node:http';
import { ACTIONS, FAULT_HOME, FaultBoard, parseFaultRequest, type ActionName, type Kind, type ServiceName } from './faults.ts';
import { HttpError, Router, send, serve } from './http.ts';
import type { Telemetry } from './telemetry.ts';
import type { ServiceSettings } from './settings.ts';

export { settingsFromEnv, type ServiceSettings } from './settings.ts';

/** A fault a service implements: starts it, returns what ends it. */
export type FaultImpl = (intensity: number, durationMs: number) => () => void;

export interface ServiceModule {
  router: Router;
  faults?: Partial<Record<Kind, FaultImpl>>;
  actions?: Partial<Record<ActionName, () => string>>;
  close?: () => Promise<void>;
}

export class Kit {
  readonly faults = new FaultBoard();
  readonly limits = { memoryBytes: 0, cpuCores: 1 };
  private configVersion = 7;
  private goodConfigVersion = 7;
  private leaked: Buffer[] = [];
  /** Extra CPU limit factor from scale_resources; the burn is spread over it. */
  private scale = 1;

  constructor(
    readonly s: ServiceSettings,
    readonly tel: Telemetry,
  ) {
    this.limits.memoryBytes = s.memoryLimitBytes;
    process.on('message', (m: { type?: string; peers?: Record<string, string> }) => {
      if (m?.type === 'peers' && m.peers) this.s.peers = m.peers;
    });
  }

  peer(name: ServiceName): string {
    const u = this.s.peers[name];
    if (!u) throw new HttpError(500, `no address for ${name} in the service registry`);
    return u;
  }

  /** Scenario seconds → real milliseconds. */
  realMs(scenarioSeconds: number): number {
    return scenarioSeconds * 1000 * this.s.timeScale;
  }

  /** Generic faults; a service's own implementation of the same kind wins. */
  genericFaults(): Partial<Record<Kind, FaultImpl>> {
    return {
      memory_leak: (intensity) => {
        // Retained per-request buffers: resident memory climbs by a share of the limit each
        // scenario second until the fault ends (the references are then dropped).
        const perTick = (intensity * 0.006 * this.limits.memoryBytes * 250) / this.realMs(1);
        const t = setInterval(() => {
          if (memoryUsage.rss() > this.limits.memoryBytes * 0.99) return;
          this.leaked.push(Buffer.alloc(Math.max(1024, Math.round(perTick)), 1));
        }, 250);
        return () => {
          clearInterval(t);
          this.leaked = [];
        };
      },
      cpu_saturation: (intensity) => {
        // A runaway task on the main thread: busy for `intensity` of every 50 ms.
        const t = setInterval(() => {
          const until = performance.now() + (45 * intensity) / this.scale;
          while (performance.now() < until) Math.sqrt(Math.random());
        }, 50);
        return () => clearInterval(t);
      },
      latency_creep: () => () => undefined, // applied per request in before()
      network_errors: () => () => undefined, // applied per request in before()
      bad_config_push: () => {
        this.configVersion++;
        this.tel.logWarn(`configuration v${this.configVersion} applied`, { 'config.version': this.configVersion });
        return () => {
          this.configVersion = this.goodConfigVersion;
        };
      },
    };
  }

  genericActions(): Partial<Record<ActionName, () => string>> {
    const rollback = () => {
      const was = this.configVersion;
      this.faults.clear('bad_config_push');
      this.configVersion = this.goodConfigVersion;
      return `configuration rolled back from v${was} to v${this.goodConfigVersion}`;
    };
    return {
      rollback_deployment: rollback,
      update_configuration: rollback,
      scale_resources: () => {
        this.scale *= 2;
        this.limits.memoryBytes *= 2;
        this.limits.cpuCores *= 2;
        return `limits now ${Math.round(this.limits.memoryBytes / 2 ** 20)} MiB, ${this.limits.cpuCores} CPU`;
      },
    };
  }

  /** Per-request fault effects, before routing. True when the request was answered (or dropped). */
  async before(raw: Http.IncomingMessage, res: Http.ServerResponse): Promise<boolean> {
    if ((raw.url ?? '').startsWith('/admin') || raw.url === '/healthz') return false;
    const net = this.faults.intensity('network_errors');
    if (net > 0 && Math.random() < net) {
      // A reset connection, as a flaky NIC or a dropped conntrack entry would cause.
      raw.socket.destroy();
      return true;
    }
    const creep = this.faults.get('latency_creep');
    if (creep) {
      const ramp = Math.min(1, (Date.now() - creep.startedAt) / Math.max(1, creep.endsAt - creep.startedAt));
      const delay = creep.intensity * 2500 * ramp * (0.7 + 0.6 * Math.random());
      await new Promise((r) => setTimeout(r, delay));
    }
    const bad = this.faults.intensity('bad_config_push');
    if (bad > 0 && Math.random() < bad) {
      throw new HttpError(500, `invalid configuration v${this.configVersion}: pricing.tax_rate is not a number (got "7,5%")`);
    }
    void res;
    return false;
  }

  /** Starts the service: its routes, the admin endpoints and the fault effects. */
  async run(mod: ServiceModule): Promise<Http.Server> {
    const faults = { ...this.genericFaults(), ...mod.faults };
    const actions = { ...this.genericActions(), ...mod.actions };
    const router = mod.router;
    router.on('GET', '/healthz', () => ({ ok: true, service: this.s.name, version: this.s.version }));
    router.on('GET', '/admin/faults', () => ({ service: this.s.name, faults: this.faults.list() }));
    router.on('POST', '/admin/faults', (r) => {
      let f;
      try {
        f = parseFaultRequest(r.body);
      } catch (e) {
        throw new HttpError(400, (e as Error).message);
      }
      const impl = faults[f.kind];
      const home = FAULT_HOME[f.kind];
      if (!impl || (home.only && !home.only.includes(this.s.name))) throw new HttpError(400, `${this.s.name} cannot run fault ${f.kind}`);
      this.faults.clear(f.kind);
      const stop = impl(f.intensity, f.duration_ms);
      return { service: this.s.name, fault: this.faults.start(f.kind, f.intensity, f.duration_ms, stop) };
    });
    router.on('DELETE', '/admin/faults/:kind', (r) => ({ service: this.s.name, cleared: this.faults.clear(r.params.kind) }));
    router.on('POST', '/admin/actions/:name', (r) => {
      const name = r.params.name as ActionName;
      const act = actions[name];
      if (!act || !(name in ACTIONS)) throw new HttpError(404, `${this.s.name} has no action ${r.params.name}`);
      return { service: this.s.name, action: name, result: act(), faults: this.faults.list() };
    });
    return serve(router, {
      port: this.s.port,
      before: (raw, res) => this.before(raw, res),
      onError: (err, r) => {
        const e = err as Error & { code?: string };
        this.tel.logError(e.message ?? String(err), {
          'http.request.method': r.method,
          'url.path': r.path,
          'error.type': e.code ?? e.constructor?.name ?? 'Error',
          'exception.message': e.message ?? String(err),
        });
      },
    });
  }
}

export { send };

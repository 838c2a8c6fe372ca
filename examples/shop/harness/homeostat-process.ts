// Homeostat as an outsider runs it: `node bin/homeostat.js start --config <file>` in a child
// process, embedded storage in a temporary directory, free loopback ports.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { freePort } from '../launcher.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');

export interface HomeostatProcess {
  apiUrl: string;
  otlpHttpUrl: string;
  logFile: string;
  child: ChildProcess;
  /** Resolves once /readyz answers. */
  ready: Promise<void>;
  stop(): Promise<number | null>;
}

export interface HomeostatOptions {
  dir: string;
  /** Detection step, e.g. '2s' (the product default is 10s). */
  step?: string;
  logLevel?: string;
  readyTimeoutMs?: number;
  /** Recovery catalog file (the shop's: examples/shop/recovery.yaml); without one nothing is executed. */
  recoveryCatalog?: string;
  /** Escalations go to this Slack-style incoming webhook; none: escalation is off. */
  slackWebhookUrl?: string;
  /**
   * How long Homeostat learns error signatures before reporting new ones, e.g. '24s'. A scenario
   * sets it to its warm-up: its fresh stack stands for a system that has been running a while.
   */
  noveltyWarmup?: string;
  /** Extra environment (the catalog reads SHOP_ADMIN_URL). */
  env?: Record<string, string>;
}

/** Waits until Homeostat is ready. */
export async function startHomeostat(o: HomeostatOptions): Promise<HomeostatProcess> {
  const h = await launchHomeostat(o);
  await h.ready;
  return h;
}

/** Spawns Homeostat and returns at once; `ready` tells when it answers. */
export async function launchHomeostat(o: HomeostatOptions): Promise<HomeostatProcess> {
  const [httpPort, apiPort] = [await freePort(), await freePort()];
  const config = {
    receiver: { grpc: { enabled: false }, http: { host: '127.0.0.1', port: httpPort }, auth: { bearer_tokens: [] } },
    storage: { clickhouse: { url: '', data_dir: path.join(o.dir, 'clickhouse') }, postgres: { url: '', data_dir: path.join(o.dir, 'postgres') } },
    api: { host: '127.0.0.1', port: apiPort, auth: { bearer_tokens: [] } },
    telemetry: { log_level: o.logLevel ?? 'info' },
    self_healing: {
      monitoring: { ...(o.step ? { step: o.step } : {}), ...(o.noveltyWarmup ? { novelty_warmup: o.noveltyWarmup } : {}) },
      ...(o.recoveryCatalog ? { recovery: { catalog: o.recoveryCatalog } } : {}),
      escalation: { pagerduty: { routing_key: '' }, slack: { webhook_url: o.slackWebhookUrl ?? '' }, email: { smtp_url: '' } },
    },
    notify: { grafana: { url: '' } },
  };
  mkdirSync(o.dir, { recursive: true });
  const file = path.join(o.dir, 'homeostat.yaml');
  writeFileSync(file, stringify(config));
  const logFile = path.join(o.dir, 'homeostat.log');
  const out = createWriteStream(logFile);
  // The environment's storage URLs would override the file (see homeostat.example.yaml).
  const env = { ...process.env, ...o.env, CLICKHOUSE_URL: '', DATABASE_URL: '' };
  const child = spawn(process.execPath, [path.join(REPO, 'bin/homeostat.js'), 'start', '--config', file], { cwd: o.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // No orphan: if this process goes, its Homeostat goes with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  void exited.then(() => process.removeListener('exit', orphanGuard));
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const ready = (async () => {
    const deadline = Date.now() + (o.readyTimeoutMs ?? 300_000);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`homeostat exited with ${child.exitCode} while starting; log: ${logFile}`);
      const ok = await fetch(`${apiUrl}/readyz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`homeostat not ready within ${o.readyTimeoutMs ?? 300_000} ms; log: ${logFile}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  ready.catch(() => undefined);
  return {
    apiUrl,
    otlpHttpUrl: `http://127.0.0.1:${httpPort}`,
    logFile,
    child,
    ready,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(t);
      return code;
    },
  };
}

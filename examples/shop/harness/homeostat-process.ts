// Homeostat as an outsider runs it: `node bin/homeostat.js start --config <file>` in a child
// process, embedded storage in a temporary directory, free loopback ports.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { freePort } from '../launcher.ts';
import { withNice } from '../lib/priority.ts';

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
  /**
   * Compressed time (0.2: a scenario minute passes in 12 s), as the shortened detection step is:
   * the recovery and escalation clocks (each action's verification window, the cooldown, the
   * approval, recovery and escalation timeouts) run as much faster, so an action is judged over
   * about the same number of steps as with the product's defaults (verification windows have a
   * floor of real seconds, see scaledCatalog). Network timeouts are not scaled.
   */
  timeScale?: number;
  /** Niceness to start at (see examples/shop/lib/priority.ts); 0 when absent. */
  nice?: number;
}

// The product's defaults (src/config/schema.ts), scaled when time is compressed.
const RECOVERY_CLOCKS = { cooldown: 300, approval_timeout: 900, recovery_timeout: 300 };
const ESCALATE_AFTER_S = 900;
const MIN_INSERT_INTERVAL_MS = 1000;

const scaledSeconds = (seconds: number, scale: number) => `${Math.max(1, Math.round(seconds * scale * 1000))}ms`;

/**
 * What compression cannot shorten: an action's own time (a restart, reconnecting pools), the
 * shop's export batching and a detection step's lateness are real seconds, and a settled signal
 * takes several steps on top. Measured on the scoreboard, verification took 8-15 s of real time
 * when actions worked; a window of 12 s (60 s at 0.2) failed working actions on a busy machine.
 */
export const MIN_SCALED_VERIFY_MS = 20_000;

/** The catalog with every action's verification window scaled; written beside the config. */
export function scaledCatalog(file: string, scale: number, dir: string): string {
  const doc = parse(readFileSync(file, 'utf8')) as { actions?: { verification?: { within?: string } }[] };
  for (const a of doc.actions ?? []) {
    const within = a.verification?.within;
    if (within === undefined) continue;
    const m = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(within);
    if (!m) throw new Error(`${file}: cannot scale verification.within ${JSON.stringify(within)}`);
    const seconds = Number(m[1]) / (m[2] === 'ms' ? 1000 : m[2] === 'm' ? 1 / 60 : 1);
    a.verification!.within = `${Math.max(MIN_SCALED_VERIFY_MS, Math.round(seconds * scale * 1000))}ms`;
  }
  const out = path.join(dir, 'recovery.yaml');
  writeFileSync(out, stringify(doc));
  return out;
}

/** Waits until Homeostat is ready. */
export async function startHomeostat(o: HomeostatOptions): Promise<HomeostatProcess> {
  const h = await launchHomeostat(o);
  await h.ready;
  return h;
}

let template: Promise<string> | null = null;

/**
 * Empty, migrated embedded storage (ClickHouse and PostgreSQL directories), made once per process
 * with `homeostat migrate` and copied for each stack: creating a PGlite database costs 6–10 s of
 * CPU, which a run of seventeen stacks on two cores would otherwise pay seventeen times, each
 * time while the shop starts beside it. A copy of an empty database is as fresh as a new one.
 */
function storageTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-storage-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'homeostat.yaml');
    writeFileSync(file, stringify({ storage: { clickhouse: { url: '', data_dir: path.join(dir, 'clickhouse') }, postgres: { url: '', data_dir: path.join(dir, 'postgres') } } }));
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [path.join(REPO, 'bin/homeostat.js'), 'migrate', '--config', file], { cwd: dir, env: { ...process.env, CLICKHOUSE_URL: '', DATABASE_URL: '' } }, (err, _out, stderr) =>
        err ? reject(new Error(`homeostat migrate (storage template) failed: ${err.message}\n${stderr}`)) : resolve(),
      ),
    );
    return dir;
  })();
  template.catch(() => (template = null));
  return template;
}

/** Spawns Homeostat and returns at once; `ready` tells when it answers. */
export async function launchHomeostat(o: HomeostatOptions): Promise<HomeostatProcess> {
  const [httpPort, apiPort] = [await freePort(), await freePort()];
  mkdirSync(o.dir, { recursive: true });
  const t = await storageTemplate();
  for (const store of ['clickhouse', 'postgres']) cpSync(path.join(t, store), path.join(o.dir, store), { recursive: true });
  const scale = o.timeScale !== undefined && o.timeScale < 1 ? o.timeScale : null;
  const catalog = o.recoveryCatalog && scale ? scaledCatalog(o.recoveryCatalog, scale, o.dir) : o.recoveryCatalog;
  const clocks = scale ? Object.fromEntries(Object.entries(RECOVERY_CLOCKS).map(([k, v]) => [k, scaledSeconds(v, scale)])) : {};
  const config = {
    receiver: { grpc: { enabled: false }, http: { host: '127.0.0.1', port: httpPort }, auth: { bearer_tokens: [] } },
    storage: {
      // The product's group-commit interval (1 s) is compressed like the step, or stored data
      // (and detection, which reads what is stored) would lag five times as many scenario seconds.
      clickhouse: { url: '', data_dir: path.join(o.dir, 'clickhouse'), ...(scale ? { batch: { min_insert_interval_ms: Math.round(MIN_INSERT_INTERVAL_MS * scale) } } : {}) },
      postgres: { url: '', data_dir: path.join(o.dir, 'postgres') },
    },
    api: { host: '127.0.0.1', port: apiPort, auth: { bearer_tokens: [] } },
    telemetry: { log_level: o.logLevel ?? 'info' },
    self_healing: {
      monitoring: { ...(o.step ? { step: o.step } : {}), ...(o.noveltyWarmup ? { novelty_warmup: o.noveltyWarmup } : {}) },
      ...(catalog ? { recovery: { catalog, ...clocks } } : {}),
      escalation: {
        ...(scale ? { escalate_after: scaledSeconds(ESCALATE_AFTER_S, scale) } : {}),
        pagerduty: { routing_key: '' },
        slack: { webhook_url: o.slackWebhookUrl ?? '' },
        email: { smtp_url: '' },
      },
    },
    notify: { grafana: { url: '' } },
  };
  const file = path.join(o.dir, 'homeostat.yaml');
  writeFileSync(file, stringify(config));
  const logFile = path.join(o.dir, 'homeostat.log');
  const out = createWriteStream(logFile);
  // The environment's storage URLs would override the file (see homeostat.example.yaml).
  const env = { ...process.env, ...o.env, CLICKHOUSE_URL: '', DATABASE_URL: '' };
  const cmd = withNice(o.nice ?? 0, process.execPath, [path.join(REPO, 'bin/homeostat.js'), 'start', '--config', file]);
  const child = spawn(cmd.file, cmd.args, { cwd: o.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

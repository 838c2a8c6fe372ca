// A fresh stack: Homeostat (embedded storage) and the shop exporting to it, in one temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startShop, type Shop } from '../launcher.ts';
import { HomeostatApi } from './api.ts';
import { IDLE_NICE, wakeIdle } from '../lib/priority.ts';
import { launchHomeostat, type HomeostatProcess } from './homeostat-process.ts';

export interface StackOptions {
  /** Detection step for Homeostat, e.g. '2s'; the product default (10s) when absent. */
  step?: string;
  timeScale?: number;
  rps?: number;
  metricIntervalMs?: number;
  databaseUrl?: string;
  hostMetrics?: boolean;
  keepDir?: boolean;
  log?: (line: string) => void;
  /** Let Homeostat act: the shop's recovery catalog, bound to this shop's admin API. */
  recovery?: boolean;
  /** Escalations go here (a Slack-style webhook); none: escalation is off. */
  slackWebhookUrl?: string;
  /** Homeostat's novelty warm-up (see HomeostatOptions.noveltyWarmup); the product default when absent. */
  noveltyWarmup?: string;
}

/** The shop's own recovery catalog (http actions on its admin API). */
export const SHOP_CATALOG = path.resolve(import.meta.dirname, '../recovery.yaml');

export interface Stack {
  dir: string;
  homeostat: HomeostatProcess;
  api: HomeostatApi;
  shop: Shop;
  /** Starts the shoppers of a stack started ahead (after making it normal priority); idempotent. */
  go(): Promise<void>;
  stop(): Promise<void>;
}

export interface AheadStack {
  /** Up, shoppers not started yet. */
  up: Promise<Stack>;
  /** Its turn: every process of it, and any it still starts, at normal priority. Any time. */
  wake(): void;
}

/**
 * A stack started ahead of its turn (the scoreboard's next scenario, while one runs): its
 * processes at the lowest CPU priority, so it takes only what the running scenario leaves idle,
 * and no shoppers until `go()`. Needs `canRestorePriority()`.
 */
export function startStackAhead(o: StackOptions = {}): AheadStack {
  const priority = { nice: IDLE_NICE };
  const up = startStackAt(o, priority, true);
  up.catch(() => undefined);
  return { up, wake: () => wake(priority) };
}

/** Normal priority for what a stack started ahead has started so far, and for what it still starts. */
function wake(priority: { nice: number }): void {
  if (priority.nice === 0) return;
  priority.nice = 0;
  wakeIdle();
}

export function startStack(o: StackOptions = {}): Promise<Stack> {
  return startStackAt(o, { nice: 0 }, false);
}

async function startStackAt(o: StackOptions, priority: { nice: number }, ahead: boolean): Promise<Stack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-stack-'));
  let homeostat: HomeostatProcess | undefined;
  let shopStarting: Promise<Shop> | undefined;
  try {
    // The admin port is chosen first: Homeostat's catalog must know where the shop's actions are.
    const adminPort = await freePort();
    homeostat = await launchHomeostat({
      dir: path.join(dir, 'homeostat'),
      step: o.step,
      logLevel: 'info',
      ...(o.recovery ? { recoveryCatalog: SHOP_CATALOG, env: { SHOP_ADMIN_URL: `http://127.0.0.1:${adminPort}` } } : {}),
      ...(o.slackWebhookUrl ? { slackWebhookUrl: o.slackWebhookUrl } : {}),
      ...(o.noveltyWarmup ? { noveltyWarmup: o.noveltyWarmup } : {}),
      ...(o.timeScale !== undefined ? { timeScale: o.timeScale } : {}),
      nice: priority.nice,
    });
    // The shop starts while Homeostat does: its exporters retry until the receiver is up.
    shopStarting = startShop({
      otlpEndpoint: homeostat.otlpHttpUrl,
      dir: path.join(dir, 'shop'),
      timeScale: o.timeScale,
      rps: o.rps,
      metricIntervalMs: o.metricIntervalMs,
      databaseUrl: o.databaseUrl,
      hostMetrics: o.hostMetrics,
      log: o.log,
      adminPort,
      traffic: !ahead,
      nice: () => priority.nice,
    });
    shopStarting.catch(() => undefined);
    await homeostat.ready;
    o.log?.('homeostat ready');
    const shop = await shopStarting;
    const h = homeostat;
    return {
      dir,
      homeostat: h,
      api: new HomeostatApi(h.apiUrl),
      shop,
      go: async () => {
        wake(priority);
        await shop.startTraffic();
      },
      stop: async () => {
        await shop.stop().catch(() => undefined);
        await h.stop().catch(() => undefined);
        if (!o.keepDir) rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await homeostat?.stop().catch(() => undefined);
    // Homeostat failed while the shop was starting: the shop must not outlive this attempt.
    await shopStarting?.then((shop) => shop.stop()).catch(() => undefined);
    // The logs in it are the only account of why the stack did not start.
    throw new Error(`${(err as Error).message} (stack directory kept: ${dir})`, { cause: err });
  }
}

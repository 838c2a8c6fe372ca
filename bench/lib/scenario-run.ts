// Runs one scenario on a fresh stack and collects what Homeostat's API says happened.
import type { ApiEscalation, ApiExecution, EventDetail } from '../../examples/shop/harness/api.ts';
import { SlackStandIn } from '../../test/helpers/slack-standin.ts';
import { startStack, startStackAhead, type Stack, type StackOptions } from '../../examples/shop/harness/stack.ts';
import type { FaultRequest, Kind } from '../../examples/shop/lib/faults.ts';
import type { Scenario } from './scenario-file.ts';

export interface RunOptions {
  timeScale: number;
  step: string;
  rps: number;
  metricIntervalMs: number;
  hostMetrics?: boolean;
  keepDir?: boolean;
  /** Homeostat runs the shop's recovery catalog and escalates to a Slack stand-in. */
  recovery?: boolean;
  log: (line: string) => void;
}

export interface InjectedFault {
  kind: string;
  service: string;
  /** Real epoch ms. */
  startedAt: number;
  durationMs: number;
  error?: string;
}

export interface RunResult {
  name: string;
  /** Real epoch ms at the end of warm-up (scenario t=0). */
  t0: number;
  /** Real epoch ms when the run ended. */
  endedAt: number;
  /** How long this run waited for its stack at its turn (a stack started ahead was partly up). */
  startupMs: number;
  /** The stack was started ahead, while the scenario before ran. */
  startedAhead: boolean;
  injected: InjectedFault[];
  events: EventDetail[];
  /** Recovery executions (empty without recovery). */
  executions: ApiExecution[];
  /** Escalations raised; null when escalation was off. */
  escalations: ApiEscalation[] | null;
  /** Whether Homeostat was allowed to act (recovery catalog and escalation configured). */
  recovery: boolean;
  traffic: { sent: number; byStatus: Record<string, number> };
  error?: string;
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

/** A scenario's stack, being started: at its turn, or ahead of it while another scenario runs. */
export interface PreparedRun {
  stack: Promise<Stack>;
  slack: SlackStandIn | null;
  ahead: boolean;
  /** Puts a stack started ahead to normal priority (its turn has come); any time, idempotent. */
  wake(): void;
}

/**
 * Starts a scenario's stack. `ahead`: while another scenario runs, at the lowest CPU priority and
 * with no shoppers until its run begins (the caller checked `canRestorePriority()`).
 */
export function prepareRun(s: Scenario, o: RunOptions, ahead = false): PreparedRun {
  // Escalations go to a Slack stand-in (a contract check, not Slack): the scoreboard counts them.
  const slack = o.recovery ? new SlackStandIn() : null;
  let wakeStack = () => undefined as void;
  let woken = !ahead;
  const stack = (async () => {
    const slackUrl = slack ? await slack.start() : undefined;
    const so: StackOptions = {
      step: o.step, timeScale: o.timeScale, rps: o.rps, metricIntervalMs: o.metricIntervalMs, hostMetrics: o.hostMetrics, log: o.log, keepDir: o.keepDir,
      recovery: o.recovery, slackWebhookUrl: slackUrl,
      // The scenario's warm-up stands for a system that has run a while: the error signatures it
      // shows are the usual ones, and what appears after it is news (product default: 60 steps).
      noveltyWarmup: `${Math.max(1, Math.round(s.warmup * o.timeScale))}ms`,
    };
    if (!ahead) return startStack(so);
    const a = startStackAhead(so);
    wakeStack = a.wake;
    if (woken) a.wake();
    return a.up;
  })();
  stack.catch(() => undefined);
  return {
    stack,
    slack,
    ahead,
    wake: () => {
      woken = true;
      wakeStack();
    },
  };
}

/**
 * Runs a scenario on its stack. `beforeEnd` is called once this many real ms before the run's
 * end (the scoreboard starts the next scenario's stack then).
 */
export async function runScenario(s: Scenario, o: RunOptions, prepared: PreparedRun = prepareRun(s, o), beforeEnd?: { ms: number; fn: () => void }): Promise<RunResult> {
  // What this run waits for its stack from its turn on (a stack started ahead is partly up or up).
  const turn = Date.now();
  prepared.wake();
  const { slack } = prepared;
  let stack: Stack;
  try {
    stack = await prepared.stack;
    await stack.go();
  } catch (e) {
    await slack?.stop();
    // A stack that does not come up is this scenario's failure, not the whole run's.
    return { name: s.name, t0: Date.now(), endedAt: Date.now(), startupMs: Date.now() - turn, startedAhead: prepared.ahead, injected: [], events: [], executions: [], escalations: null, recovery: !!o.recovery, traffic: { sent: 0, byStatus: {} }, error: `stack did not start: ${(e as Error).message}` };
  }
  const startupMs = Date.now() - turn;
  const scaled = (ms: number) => Math.round(ms * o.timeScale);
  const injected: InjectedFault[] = [];
  let events: EventDetail[] = [];
  let executions: ApiExecution[] = [];
  let escalations: ApiEscalation[] | null = null;
  let error: string | undefined;
  const t0 = Date.now() + scaled(s.warmup);
  const end = t0 + scaled(s.observe);
  const lead = beforeEnd ? setTimeout(beforeEnd.fn, Math.max(0, end - beforeEnd.ms - Date.now())) : null;
  try {
    const timers = s.faults.map(
      (f) =>
        new Promise<void>((resolve) =>
          setTimeout(async () => {
            const req: FaultRequest = { kind: f.kind as Kind, service: f.service, intensity: f.intensity, duration_ms: scaled(f.duration) };
            const rec: InjectedFault = { kind: f.kind, service: f.service, startedAt: Date.now(), durationMs: scaled(f.duration) };
            // Through the shop's admin API, as an operator (or a chaos tool) would.
            const res = await fetch(`${stack.shop.adminUrl}/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(req) }).catch((e: Error) => e);
            if (res instanceof Error) rec.error = res.message;
            else if (!res.ok) rec.error = `${res.status} ${await res.text()}`;
            injected.push(rec);
            o.log(`  t=${((Date.now() - t0) / 1000 / o.timeScale).toFixed(0)}s injected ${f.kind} on ${f.service}${rec.error ? ` FAILED: ${rec.error}` : ''}`);
            resolve();
          }, Math.max(0, t0 + scaled(f.at) - Date.now())),
        ),
    );
    await sleepUntil(end);
    await Promise.all(timers);
    events = await stack.api.details();
    if (o.recovery) {
      executions = await stack.api.executions();
      escalations = await stack.api.escalations();
    }
  } catch (e) {
    error = (e as Error).message;
  }
  // A run cut short by an error still hands over: the next stack is started now if not yet.
  if (lead) {
    clearTimeout(lead);
    if (Date.now() < end - beforeEnd!.ms) beforeEnd!.fn();
  }
  const traffic = { sent: stack.shop.traffic.stats.sent, byStatus: { ...stack.shop.traffic.stats.byStatus } };
  await stack.stop();
  await slack?.stop();
  return { name: s.name, t0, endedAt: Date.now(), startupMs, startedAhead: prepared.ahead, injected, events, executions, escalations, recovery: !!o.recovery, traffic, error };
}

// Runs one scenario on a fresh stack and collects what Homeostat's API says happened.
import type { ApiEscalation, ApiExecution, EventDetail } from '../../examples/shop/harness/api.ts';
import { SlackStandIn } from '../../test/helpers/slack-standin.ts';
import { startStack } from '../../examples/shop/harness/stack.ts';
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
  startupMs: number;
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

export async function runScenario(s: Scenario, o: RunOptions): Promise<RunResult> {
  const began = Date.now();
  // Escalations go to a Slack stand-in (a contract check, not Slack): the scoreboard counts them.
  const slack = o.recovery ? new SlackStandIn() : null;
  const slackUrl = slack ? await slack.start() : undefined;
  let stack;
  try {
    stack = await startStack({
      step: o.step, timeScale: o.timeScale, rps: o.rps, metricIntervalMs: o.metricIntervalMs, hostMetrics: o.hostMetrics, log: o.log, keepDir: o.keepDir,
      recovery: o.recovery, slackWebhookUrl: slackUrl,
      // The scenario's warm-up stands for a system that has run a while: the error signatures it
      // shows are the usual ones, and what appears after it is news (product default: 60 steps).
      noveltyWarmup: `${Math.max(1, Math.round(s.warmup * o.timeScale))}ms`,
    });
  } catch (e) {
    await slack?.stop();
    // A stack that does not come up is this scenario's failure, not the whole run's.
    return { name: s.name, t0: Date.now(), endedAt: Date.now(), startupMs: Date.now() - began, injected: [], events: [], executions: [], escalations: null, recovery: !!o.recovery, traffic: { sent: 0, byStatus: {} }, error: `stack did not start: ${(e as Error).message}` };
  }
  const startupMs = Date.now() - began;
  const scaled = (ms: number) => Math.round(ms * o.timeScale);
  const injected: InjectedFault[] = [];
  let events: EventDetail[] = [];
  let executions: ApiExecution[] = [];
  let escalations: ApiEscalation[] | null = null;
  let error: string | undefined;
  const t0 = Date.now() + scaled(s.warmup);
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
    await sleepUntil(t0 + scaled(s.observe));
    await Promise.all(timers);
    events = await stack.api.details();
    if (o.recovery) {
      executions = await stack.api.executions();
      escalations = await stack.api.escalations();
    }
  } catch (e) {
    error = (e as Error).message;
  }
  const traffic = { sent: stack.shop.traffic.stats.sent, byStatus: { ...stack.shop.traffic.stats.byStatus } };
  await stack.stop();
  await slack?.stop();
  return { name: s.name, t0, endedAt: Date.now(), startupMs, injected, events, executions, escalations, recovery: !!o.recovery, traffic, error };
}

// `homeostat demo`: Homeostat on embedded storage, the demo shop (examples/shop) sending it
// telemetry, and faults injected one after another; each incident's detection → diagnosis →
// action → verification → outcome is shown live, read from Homeostat's HTTP API as any client
// would. Homeostat acts through the shop's recovery catalog (examples/shop/recovery.yaml).
import { parseArgs } from 'node:util';
import type { ApiDiagnosis, ApiEvent, ApiExecution } from '../../examples/shop/harness/api.ts';
import { startStack, type Stack } from '../../examples/shop/harness/stack.ts';
import { FAULT_HOME, FAULT_KINDS, type FaultKind } from '../../examples/shop/lib/faults.ts';

const DEFAULT_FAULTS: FaultKind[] = ['db_down', 'auth_token_expiry', 'upstream_api_failure', 'memory_leak'];

export interface DemoOptions {
  faults: Array<{ kind: FaultKind; service: string }>;
  /** Detection step given to Homeostat (its default is 10s; the demo runs faster). */
  step: string;
  /** Scenario time compression for the shop (fault growth rates, the traffic's daily shape). */
  timeScale: number;
  warmupMs: number;
  faultMs: number;
  coolDownMs: number;
  out: (line: string) => void;
}

export const DEMO_USAGE = `usage: homeostat demo [--faults KIND[@SERVICE],...] [--step 2s] [--fault-seconds 40] [--warmup-seconds 30]
faults: ${FAULT_KINDS.join(', ')}`;

/** CLI entry: parses the arguments, runs the demo, returns the exit code. */
export async function runDemoCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      faults: { type: 'string' },
      step: { type: 'string', default: '2s' },
      'fault-seconds': { type: 'string', default: '40' },
      'warmup-seconds': { type: 'string', default: '30' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${DEMO_USAGE}\n`);
    return 0;
  }
  const faults = (values.faults ? values.faults.split(',') : DEFAULT_FAULTS).map((f) => {
    const [kind, service] = f.trim().split('@');
    if (!(FAULT_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown fault ${kind}; one of ${FAULT_KINDS.join(', ')}`);
    return { kind: kind as FaultKind, service: service || FAULT_HOME[kind as FaultKind].default };
  });
  const faultMs = Number(values['fault-seconds']) * 1000;
  await runDemo({ faults, step: values.step!, timeScale: 0.2, warmupMs: Number(values['warmup-seconds']) * 1000, faultMs, coolDownMs: Math.max(10_000, faultMs / 2), out: (l) => process.stdout.write(`${l}\n`) });
  return 0;
}

interface Seen {
  event: ApiEvent;
  diagnoses: Set<string>;
  closed: boolean;
}

export async function runDemo(o: DemoOptions): Promise<void> {
  const t0 = Date.now();
  const clock = () => `[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s]`;
  const say = (l: string) => o.out(`${clock()} ${l}`);
  say(`starting Homeostat (embedded storage, detection step ${o.step}) and the demo shop (frontend, checkout, inventory + PostgreSQL, catalog, auth, payments)…`);
  let stack: Stack | undefined;
  const stop = async () => {
    await stack?.stop();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  try {
    stack = await startStack({ step: o.step, timeScale: o.timeScale, metricIntervalMs: 1000, recovery: true, log: (l) => say(l) });
    say(`up: Homeostat API ${stack.homeostat.apiUrl}, OTLP ${stack.homeostat.otlpHttpUrl}, shop admin ${stack.shop.adminUrl}`);
    say(`warming up for ${o.warmupMs / 1000}s on normal traffic (baselines)…`);
    const seen = new Map<string, Seen>();
    const actions = new Map<string, string>();
    let injectedAt = 0;
    let current = '';
    const sinceInjection = (iso: string | null) => (injectedAt && iso ? ` (+${((Date.parse(iso) - injectedAt) / 1000).toFixed(1)}s after injecting ${current})` : '');
    const pollActions = async () => {
      for (const x of (await stack!.api.executions().catch(() => [] as ApiExecution[])).slice().reverse()) {
        if (actions.get(x.id) === x.execution_status) continue;
        actions.set(x.id, x.execution_status);
        const incident = `${seen.get(x.error_event_id)?.event.service_name ?? '-'} ${x.error_event_id.slice(0, 8)}`;
        if (x.execution_status === 'COMPLETED') say(`✔ RECOVERED ${incident} by ${x.action}: verified${sinceInjection(x.completed_at)}`);
        else if (x.execution_status === 'FAILED' || x.execution_status === 'ROLLED_BACK' || x.execution_status === 'CANCELLED') say(`✗ ACTION    ${incident} ${x.action} ${x.execution_status.toLowerCase()}${x.error_message ? `: ${x.error_message.slice(0, 100)}` : ''}`);
        else say(`▶ ACTION    ${incident} ${x.action} ${x.execution_status.toLowerCase()}${x.dry_run ? ' (dry run)' : ''}`);
      }
    };
    const poll = async () => {
      for (const e of await stack!.api.events().catch(() => [] as ApiEvent[])) {
        let s = seen.get(e.id);
        const since = sinceInjection(e.created_at);
        if (!s) {
          s = { event: e, diagnoses: new Set(), closed: false };
          seen.set(e.id, s);
          say(`▲ DETECTED  ${e.severity} ${e.service_name ?? '-'}: ${e.message.slice(0, 110)}${since}`);
        }
        if (e.status === 'closed' && !s.closed) {
          s.closed = true;
          const dur = e.closed_at ? ` after ${((Date.parse(e.closed_at) - Date.parse(e.occurred_at)) / 1000).toFixed(0)}s` : '';
          say(`▼ CLOSED    ${e.service_name ?? '-'} ${e.id.slice(0, 8)}${dur} (signals back to normal)`);
        }
        if (s.diagnoses.size < 20) {
          const d = await stack!.api.event(e.id).catch(() => null);
          for (const dx of (d?.diagnoses ?? []).slice().reverse()) {
            if (s.diagnoses.has(dx.id)) continue;
            s.diagnoses.add(dx.id);
            say(`● DIAGNOSIS ${e.service_name ?? '-'} ${e.id.slice(0, 8)}: ${describe(dx)}`);
          }
        }
      }
      await pollActions();
    };
    const pollUntil = async (t: number) => {
      while (Date.now() < t) {
        await poll();
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    await pollUntil(Date.now() + o.warmupMs);
    for (const f of o.faults) {
      current = `${f.kind}@${f.service}`;
      const res = await stack.shop.inject({ kind: f.kind, service: f.service, intensity: f.kind === 'network_errors' ? 0.5 : 0.9, duration_ms: o.faultMs });
      injectedAt = Date.now();
      say(`⚡ FAULT     ${current} for ${o.faultMs / 1000}s ${res && typeof res === 'object' && 'error' in res ? JSON.stringify(res) : ''}`);
      await pollUntil(injectedAt + o.faultMs);
      say(`· fault window of ${current} over (had no action fixed it, it would have ended now); cooling down ${o.coolDownMs / 1000}s`);
      await pollUntil(Date.now() + o.coolDownMs);
    }
    await poll();
    const all = [...seen.values()];
    const done = await stack.api.executions().catch(() => [] as ApiExecution[]);
    say(`done: ${all.length} incident(s), ${all.filter((s) => s.closed).length} closed. Outcomes:`);
    for (const s of all) {
      const fixedBy = done.find((x) => x.error_event_id === s.event.id && x.execution_status === 'COMPLETED')?.action;
      o.out(`   ${s.event.id.slice(0, 8)} ${s.event.severity.padEnd(8)} ${(s.event.service_name ?? '-').padEnd(10)} ${s.closed ? 'closed' : 'open  '} ${fixedBy ? `recovered by ${fixedBy}`.padEnd(36) : 'no verified action'.padEnd(36)} ${s.event.message.slice(0, 80)}`);
    }
  } finally {
    process.removeListener('SIGINT', stop);
    await stack?.stop();
  }
}

function describe(d: ApiDiagnosis): string {
  const root = d.explanation?.rootCause;
  const actions = d.explanation?.recommendedActions?.slice(0, 3).join(', ');
  return `${d.category} (${(d.confidence * 100).toFixed(0)}%), root cause ${root ? `${root.service} [${root.kind}]` : 'unknown'}${actions ? `; recommends ${actions}` : ''}`;
}

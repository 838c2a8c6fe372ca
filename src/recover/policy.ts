// Whether a candidate action may run for an incident, and whether a person must say yes first:
// the document's risk levels and feature flags, the daily limit, the per-target cooldown, the
// executor binding and the parameter schema. Every refusal carries its reason, for the audit.
import type { RecoveryOptions } from './options.ts';
import { actionParameters, bindingFor, type ActionDef, type Binding } from './catalog.ts';
import type { ExecutionStore } from './executions.ts';
import type { DetectedEvent } from '../records.ts';

export interface PlanInput {
  eventId: string;
  diagnosisId: string;
  category: string;
  confidence: number;
  /** The diagnosis is below learning.confidence_threshold. */
  lowConfidence: boolean;
  candidates: string[];
  targetService: string;
  series?: string;
  /** The diagnosis's mined template signature: the most specific record learning keeps. */
  signature?: string | null;
  /** Attempt number of the first candidate (0, or after the attempts of an earlier plan for the incident). */
  attemptBase?: number;
  /**
   * The incident rests on one error record so far (a MEDIUM-or-lower log finding whose error has
   * not come back): only LOW risk actions may run before it recurs.
   */
  lone?: boolean;
}

export type Decision =
  /** retryAt: the refusal lapses then (a cooldown), epoch ms. */
  | { run: false; reason: string; retryAt?: number; awaitEvidence?: boolean }
  | { run: true; binding: Binding; params: Record<string, unknown>; approvalReason: string | null };

/**
 * One error record is news, not yet an outage: a connection reset once, a request that timed out
 * once. Restarting, moving or failing over a service on it would cause the outage it guards
 * against (a restart of auth drops every session), so such an incident waits for its error to
 * come back, or for detection to judge it HIGH, before any action above LOW risk.
 */
export function isLone(ev: DetectedEvent): boolean {
  if (ev.severity === 'HIGH' || ev.severity === 'CRITICAL') return false;
  const c = ev.context;
  if (c.detectKind !== 'signature' || c.recurring === true) return false;
  return !(Number(c.count ?? 1) >= 2) && !(Number(c.occurrences ?? 1) >= 2);
}

export async function decide(opts: RecoveryOptions, store: ExecutionStore, input: PlanInput, action: ActionDef): Promise<Decision> {
  if (input.lone && action.risk !== 'LOW') {
    return { run: false, reason: `one error record so far: a ${action.risk} risk action waits until the error comes back or the incident is judged HIGH`, awaitEvidence: true };
  }
  const level = opts.riskLevels[action.risk];
  if (!level.enabled) return { run: false, reason: `${action.risk} risk actions are switched off (self_healing.recovery.${flagOf(action.risk)}_risk.enabled)` };
  const binding = bindingFor(action, input.targetService);
  if (!binding) return { run: false, reason: `no executor is bound for service ${input.targetService} in the recovery catalog` };
  const p = actionParameters(action, { service: input.targetService, eventId: input.eventId, category: input.category });
  if (!p.ok) return { run: false, reason: p.reason };
  if (level.maxDailyExecutions !== null) {
    const n = await store.countToday(action.risk);
    if (n >= level.maxDailyExecutions) return { run: false, reason: `daily limit reached: ${n} ${action.risk} risk executions today (max_daily_executions ${level.maxDailyExecutions})` };
  }
  const recent = await store.recentOnTarget(input.targetService, input.eventId, opts.cooldownMs);
  if (recent) {
    return {
      run: false,
      reason: `cooldown: ${recent.actionName} acted on ${input.targetService} at ${recent.startedAt.toISOString()}, less than ${opts.cooldownMs / 1000} s ago`,
      retryAt: recent.startedAt.getTime() + opts.cooldownMs,
    };
  }
  const why: string[] = [];
  if (level.requireApproval) why.push(`${action.risk} risk actions require approval`);
  else if (!level.autoExecute) why.push(`${action.risk} risk actions are not executed automatically`);
  if (input.lowConfidence) why.push(`diagnosis confidence ${input.confidence.toFixed(2)} is below learning.confidence_threshold ${opts.confidenceThreshold}`);
  return { run: true, binding, params: p.params, approvalReason: why.length > 0 ? why.join('; ') : null };
}

function flagOf(risk: string): string {
  return risk === 'CRITICAL' ? 'high' : risk.toLowerCase();
}

// The escalation policy as data: rules evaluated in order, first match wins (the design
// document's EscalationManager). A rule's condition is a conjunction of the fields it sets, read
// from what is known about the incident: its severity, the diagnosis's system impact, the
// recovery attempts that failed, the recovery steps seen (an approval that expired, the last
// candidate action failing), and how long it has been open.
import type { Severity } from '../records.ts';
import type { ChannelName } from './page.ts';

export interface RuleCondition {
  /** The incident's severity is one of these. */
  severity?: Severity[];
  /** At least this many recovery executions ended FAILED or ROLLED_BACK. */
  failedRecoveries?: number;
  /** The latest diagnosis's system_impact is above this. */
  systemImpactAbove?: number;
  /** One of these recovery steps (execution.changed `step`) was seen for the incident. */
  steps?: string[];
  /** The incident has been open at least this long. */
  openForMs?: number;
  /**
   * Whether Homeostat is (still) fixing it: an action planned, running or being verified, or
   * recovery not yet heard from shortly after the incident opened. `false`: only when nobody is.
   */
  recovering?: boolean;
}

export interface EscalationRule {
  name: string;
  /** What the document calls the rule's action (immediate_human_notification, …), for people and the topic. */
  action: string;
  when: RuleCondition;
  channels: ChannelName[];
  /** Not acknowledged within this long: re-escalate to the next level. */
  timeoutMs: number;
}

/** What the policy knows about one incident. */
export interface IncidentFacts {
  severity: Severity;
  systemImpact: number | null;
  failedRecoveries: number;
  steps: ReadonlySet<string>;
  openForMs: number;
  recovering: boolean;
}

export interface RuleMatch {
  rule: EscalationRule;
  /** Why it matched, in words. */
  reason: string;
}

/** The first rule whose every condition holds, or null. */
export function evaluate(rules: readonly EscalationRule[], f: IncidentFacts): RuleMatch | null {
  for (const rule of rules) {
    const why = matches(rule.when, f);
    if (why) return { rule, reason: why };
  }
  return null;
}

function matches(c: RuleCondition, f: IncidentFacts): string | null {
  const reasons: string[] = [];
  if (c.severity) {
    if (!c.severity.includes(f.severity)) return null;
    reasons.push(`severity is ${f.severity}`);
  }
  if (c.failedRecoveries !== undefined) {
    if (f.failedRecoveries < c.failedRecoveries) return null;
    reasons.push(`${f.failedRecoveries} recovery attempts failed`);
  }
  if (c.systemImpactAbove !== undefined) {
    if (f.systemImpact === null || !(f.systemImpact > c.systemImpactAbove)) return null;
    reasons.push(`system impact ${f.systemImpact.toFixed(2)} > ${c.systemImpactAbove}`);
  }
  if (c.steps) {
    const seen = c.steps.find((s) => f.steps.has(s));
    if (!seen) return null;
    reasons.push(`recovery reported ${seen}`);
  }
  if (c.recovering !== undefined) {
    if (f.recovering !== c.recovering) return null;
    reasons.push(c.recovering ? 'an automatic recovery is under way' : 'no automatic recovery is under way');
  }
  if (c.openForMs !== undefined) {
    if (f.openForMs < c.openForMs) return null;
    reasons.push(`open for ${Math.round(f.openForMs / 60_000)} min`);
  }
  // A rule with no condition matches nothing: an empty `when` is a configuration slip, not "always".
  return reasons.length ? reasons.join(', ') : null;
}

/** The document's system_impact rule has no configuration key: its numbers, named. */
export const SYSTEM_IMPACT_THRESHOLD = 0.5;
export const SYSTEM_IMPACT_TIMEOUT_MS = 10 * 60_000;

export interface PolicySettings {
  channels: ChannelName[];
  escalateAfterMs: number;
  criticalErrors: { immediateNotification: boolean; timeoutMs: number };
  failedRecoveries: { threshold: number; timeoutMs: number };
}

/**
 * The document's rules, in its order, from self_healing.escalation; then the two recovery
 * rules and escalate_after. One change to the document: a CRITICAL or wide incident waits while
 * Homeostat's own recovery is acting on it (a person hears about what Homeostat cannot fix, and
 * at once if the action fails, is rolled back, needs approval or none applies).
 */
export function defaultRules(s: PolicySettings): EscalationRule[] {
  const ch = s.channels;
  const rules: EscalationRule[] = [];
  if (s.criticalErrors.immediateNotification) {
    rules.push({ name: 'critical_errors', action: 'immediate_human_notification', when: { severity: ['CRITICAL'], recovering: false }, channels: ch, timeoutMs: s.criticalErrors.timeoutMs });
  }
  rules.push(
    { name: 'failed_recoveries', action: 'escalate_to_senior_engineer', when: { failedRecoveries: s.failedRecoveries.threshold }, channels: ch, timeoutMs: s.failedRecoveries.timeoutMs },
    { name: 'system_impact', action: 'activate_incident_response', when: { systemImpactAbove: SYSTEM_IMPACT_THRESHOLD, recovering: false }, channels: ch, timeoutMs: SYSTEM_IMPACT_TIMEOUT_MS },
    { name: 'approval_expired', action: 'human_decision_needed', when: { steps: ['approval.expired'] }, channels: ch, timeoutMs: s.escalateAfterMs },
    { name: 'recovery_exhausted', action: 'escalate_to_senior_engineer', when: { steps: ['recovery.exhausted'] }, channels: ch, timeoutMs: s.failedRecoveries.timeoutMs },
    { name: 'open_too_long', action: 'human_notification', when: { openForMs: s.escalateAfterMs }, channels: ch, timeoutMs: s.escalateAfterMs },
  );
  return rules;
}

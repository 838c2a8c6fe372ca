// self_healing.escalation's typed options → the stage's: the policy's rules and the channels
// that are configured (a channel in notification_channels without its settings is left out,
// and said so by `channelProblems`).
import type { ChannelName } from './page.ts';
import { defaultRules } from './policy.ts';
import type { EscalationStageOptions } from './stage.ts';
import type { CodeFixOptions } from './codefix.ts';

/** self_healing.escalation as src/options.ts maps it. */
export interface EscalationOptions {
  enabled: boolean;
  escalateAfterMs: number;
  channels: Array<'slack' | 'email' | 'pagerduty'>;
  criticalErrors: { immediateNotification: boolean; timeoutMs: number };
  failedRecoveries: { threshold: number; timeoutMs: number };
  pagerduty: { routingKey: string; url: string; webhookSecret: string };
  slack: { webhookUrl: string };
  email: { smtpUrl: string; from: string; to: string[] };
  links: { grafanaUrl: string; apiUrl: string };
}

/** Timeouts and open-duration rules are checked this often. */
const TICK_MS = 5000;
/** Re-escalation stops after this many levels (the last one is logged). */
const MAX_LEVEL = 5;

/** How long a CRITICAL incident waits for the recover stage to say what it will do. */
export const RECOVERY_GRACE_MS = 90_000;

export function escalationStageOptions(o: EscalationOptions, recovery = false): EscalationStageOptions {
  const configured = configuredChannels(o);
  return {
    rules: defaultRules({ channels: configured, escalateAfterMs: o.escalateAfterMs, criticalErrors: o.criticalErrors, failedRecoveries: o.failedRecoveries }),
    ...(configured.includes('pagerduty') ? { pagerduty: { routingKey: o.pagerduty.routingKey, url: o.pagerduty.url } } : {}),
    ...(configured.includes('slack') ? { slack: { webhookUrl: o.slack.webhookUrl } } : {}),
    ...(configured.includes('email') ? { email: { smtpUrl: o.email.smtpUrl, from: o.email.from, to: o.email.to } } : {}),
    links: o.links,
    tickMs: TICK_MS,
    maxLevel: MAX_LEVEL,
    recoveryGraceMs: recovery ? RECOVERY_GRACE_MS : 0,
  };
}

/** The listed channels whose settings are present. */
export function configuredChannels(o: EscalationOptions): ChannelName[] {
  return o.channels.filter((c) => channelProblem(o, c) === null);
}

/** Why a listed channel cannot be used, or null. */
export function channelProblem(o: EscalationOptions, c: ChannelName): string | null {
  if (c === 'pagerduty') return o.pagerduty.routingKey ? null : 'self_healing.escalation.pagerduty.routing_key is empty';
  if (c === 'slack') return o.slack.webhookUrl ? null : 'self_healing.escalation.slack.webhook_url is empty';
  if (!o.email.smtpUrl) return 'self_healing.escalation.email.smtp_url is empty';
  if (!o.email.from || o.email.to.length === 0) return 'self_healing.escalation.email.from and .to are needed';
  return null;
}

/** self_healing.codegen as src/options.ts maps it. */
export interface CodegenOptions {
  enabled: boolean;
  apiUrl: string;
  orgId: string;
  token: string;
  repoId?: number;
  pollMs: number;
  maxPollMs: number;
  giveUpMs: number;
}

/** The code-fix stage's options, or undefined when it is off or cannot call Codegen (config check says why). */
export function codeFixStageOptions(o: CodegenOptions, database: string): CodeFixOptions | undefined {
  if (!o.enabled || !o.orgId || !o.token) return undefined;
  return {
    api: { apiUrl: o.apiUrl, orgId: o.orgId, token: o.token },
    ...(o.repoId !== undefined ? { repoId: o.repoId } : {}),
    pollMs: o.pollMs,
    maxPollMs: Math.max(o.pollMs, o.maxPollMs),
    giveUpMs: o.giveUpMs,
    database,
  };
}

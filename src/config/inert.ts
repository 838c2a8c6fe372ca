// Settings the schema accepts (they are the design document's, so a file written from it must
// load) but that nothing acts on yet. `config check` and start-up name the ones a file sets, so
// nobody believes a switch works that does not. They still parse into typed options
// for the stage that reads them. Recovery acts once a catalog is set; code-fix proposals once Codegen's org and token are. Escalation works, but
// only through the channels whose settings are filled in: escalationWarnings names the others.
import type { Config } from './schema.ts';

const INERT: Array<{ path: string; why: string; applies?: (value: unknown) => boolean }> = [
  {
    // Recovery acts once a catalog binds actions to executors; without one it only records why
    // each candidate action did not run.
    path: 'self_healing.recovery',
    why: 'no recovery catalog is set (self_healing.recovery.catalog), so no action has an executor and nothing is executed',
    applies: (v) => {
      const r = v as { enabled?: unknown; catalog?: unknown } | null;
      return !!r && typeof r === 'object' && r.enabled !== false && !r.catalog;
    },
  },
  {
    path: 'self_healing.codegen',
    why: 'self_healing.codegen.org_id and .token are needed to call Codegen; no code-fix proposal is made',
    applies: (v) => {
      const c = v as { enabled?: unknown; org_id?: unknown; token?: unknown } | null;
      return !!c && typeof c === 'object' && c.enabled === true && (!c.org_id || !c.token);
    },
  },
  {
    path: 'self_healing.monitoring.error_detection.sampling_rate',
    why: 'detection reads every error record; sampling below 1 is not applied',
    applies: (v) => v !== 1,
  },
];

/** One line per inert setting present in the raw (pre-default) configuration. */
export function inertSettings(raw: unknown): string[] {
  const out: string[] = [];
  for (const { path, why, applies } of INERT) {
    let node: unknown = raw;
    for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node !== undefined && (applies?.(node) ?? true)) out.push(`${path}: accepted but has no effect yet (${why})`);
  }
  return out;
}

/**
 * For a file that sets self_healing.escalation: the listed channels that cannot be used because
 * their settings are empty, and a plain line when that leaves nobody to page.
 */
export function escalationWarnings(raw: unknown, c: Config): string[] {
  const set = (raw as { self_healing?: { escalation?: unknown } } | null)?.self_healing?.escalation !== undefined;
  const e = c.self_healing.escalation;
  if (!set || !e.enabled) return [];
  const missing: Record<string, string> = {
    pagerduty: e.pagerduty.routing_key ? '' : 'pagerduty.routing_key is empty',
    slack: e.slack.webhook_url ? '' : 'slack.webhook_url is empty',
    email: e.email.smtp_url && e.email.from && e.email.to.length ? '' : 'email.smtp_url, from and to are needed',
  };
  const unusable = e.notification_channels.filter((ch) => missing[ch]);
  if (unusable.length === e.notification_channels.length) {
    return [`self_healing.escalation: no notification channel has its settings (${unusable.map((ch) => missing[ch]).join('; ') || 'none listed'}); incidents are not escalated`];
  }
  return unusable.map((ch) => `self_healing.escalation.notification_channels: ${ch} is listed but ${missing[ch]}; it is not used`);
}

// Settings the schema accepts (they are the design document's, so a file written from it must
// load) but that nothing acts on yet. `config check` and start-up name the ones a file sets, so
// nobody believes a switch works that does not. They still parse into typed options
// (src/options.ts: recovery, escalation, codegen) for the stages that will read them.
const INERT: Array<{ path: string; why: string; applies?: (value: unknown) => boolean }> = [
  { path: 'self_healing.recovery', why: 'recovery actions are not built yet; nothing is executed' },
  { path: 'self_healing.escalation', why: 'escalation (PagerDuty, Slack, email) is not built yet; nobody is paged' },
  { path: 'self_healing.codegen', why: 'there is no Codegen integration yet; nothing is generated' },
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

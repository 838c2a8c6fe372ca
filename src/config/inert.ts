// Settings the schema accepts (they are the design document's, so a file written from it must
// load) but that nothing acts on yet. `config check` and start-up name the ones a file sets, so
// nobody believes a switch works that does not. They still parse into typed options
// (src/options.ts: recovery, escalation, codegen) for the stages that will read them.
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

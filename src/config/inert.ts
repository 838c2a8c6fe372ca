// Settings the schema accepts (they are the design document's, so a file written from it must
// load) but that nothing acts on yet. `config check` and start-up name the ones a file sets, so
// nobody believes a switch works that does not.
const INERT: Record<string, string> = {
  'self_healing.recovery': 'recovery actions are not built yet; nothing is executed',
  'self_healing.escalation': 'escalation (PagerDuty, Slack, email) is not built yet; nobody is paged',
};

/** One line per inert setting present in the raw (pre-default) configuration. */
export function inertSettings(raw: unknown): string[] {
  const out: string[] = [];
  for (const [path, why] of Object.entries(INERT)) {
    let node: unknown = raw;
    for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node !== undefined) out.push(`${path}: accepted but has no effect yet (${why})`);
  }
  return out;
}

// Plain-English cues for whether a differing word is an argument of the message (a name,
// a value) rather than its own wording. Shared by same-length matching (miner.ts) and the
// alignment of lines of different lengths (variants.ts).

/**
 * Tokens after which a word is an argument, not the event's own wording: prepositions and the
 * nouns logs use to introduce a name. Plain English, not any one log's vocabulary. Not `to`,
 * which also opens a verb (`seconds to spawn` / `to destroy`), nor `client`, which Windows
 * servicing logs follow with the client's fixed name.
 */
export const ARGUMENT_BEFORE = new Set([
  'for', 'from', 'by', 'of', 'on', 'in', 'at', 'with', 'into', 'via',
  'user', 'host', 'server', 'node', 'table', 'database', 'db', 'file', 'service', 'container',
  'pod', 'topic', 'queue', 'group', 'account', 'job', 'task', 'volume', 'bucket', 'key', 'device', 'interface', 'unit',
]);

/** An upper-case letter then lower-case ones (`Synchronization`, `Manager.`): a word of a proper name. */
export function capitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90 || t.length < 2) return false;
  const d = t.charCodeAt(1);
  return d >= 97 && d <= 122;
}

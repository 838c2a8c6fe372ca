// The last resort for dead letters: one JSON line per item in a file, used when the dead-letter
// table cannot be written (Postgres itself is the unreachable target, at shutdown) or when there
// is no table at all. Appends are synchronous so a shutdown cannot cut one in half.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DeadLetter, DeadLetterSink } from './queue.ts';

export interface SpoolLogger {
  error(o: object, msg?: string): void;
}

export class SpoolFile implements DeadLetterSink {
  constructor(private readonly path: string, private readonly logger?: SpoolLogger) {}

  async write(entry: DeadLetter): Promise<void> {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      appendFileSync(this.path, `${JSON.stringify({ ...entry, at: new Date(entry.at).toISOString() })}\n`, { mode: 0o600 });
    } catch (err) {
      // Nowhere left to keep it: the log line is the record.
      this.logger?.error({ err, target: entry.target, kind: entry.kind, key: entry.key, reason: entry.reason }, 'dead letter could not be spooled');
    }
  }
}

/** Tries each sink in turn until one takes the entry. */
export class FallbackSink implements DeadLetterSink {
  constructor(private readonly sinks: DeadLetterSink[]) {}

  async write(entry: DeadLetter): Promise<void> {
    let last: unknown;
    for (const s of this.sinks) {
      try {
        await s.write(entry);
        return;
      } catch (err) {
        last = err;
      }
    }
    throw last;
  }
}

// `homeostat patterns --input FILE.log [--output FILE.csv]`: mines templates from raw log
// lines and writes LineId,EventId,EventTemplate (the Loghub structured-log columns).
// Cluster ids are buffered per line and EventIds assigned after the whole file was
// learned, so every line carries its cluster's final template.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { MinerOptionsInput } from './options.ts';
import { TemplateMiner } from './miner.ts';
import { readLineBatches } from './line-reader.ts';
import { U32Buffer } from './u32-buffer.ts';
import { assignEventIds, eventId } from './event-ids.ts';
import { csvField } from './csv.ts';

/** Batch writes so a million rows do not mean a million stream writes. */
const FLUSH_CHARS = 1 << 16;

export async function patternsCommand(opts: { input: string; output?: string; miner?: MinerOptionsInput }): Promise<{ lines: number; templates: number }> {
  const evicted = new Map<number, string>();
  const miner = new TemplateMiner({
    // A file is finite and every line needs its template at the end: keep far more clusters than a live stream would.
    maxClusters: 1_000_000,
    ...opts.miner,
    onEvent: (e) => {
      if (e.kind === 'evicted') evicted.set(e.cluster.clusterId, e.cluster.template);
    },
  });
  const ids = new U32Buffer();
  for await (const batch of readLineBatches(opts.input)) {
    // The time is irrelevant to a file's templates; a constant keeps the output reproducible.
    for (const line of batch) ids.push(miner.add(line, 0).clusterId);
  }
  const { eventOf, templates } = assignEventIds(ids.view(), (id) => miner.get(id)?.template ?? evicted.get(id) ?? '');
  const cells = templates.map((t, i) => `${eventId(i)},${csvField(t)}\n`);

  const sink: Writable = opts.output ? createWriteStream(opts.output, { encoding: 'utf8' }) : process.stdout;
  let out = 'LineId,EventId,EventTemplate\n';
  for (let i = 0; i < eventOf.length; i++) {
    out += `${i + 1},${cells[eventOf[i]]}`;
    if (out.length >= FLUSH_CHARS) {
      await write(sink, out);
      out = '';
    }
  }
  if (out) await write(sink, out);
  if (opts.output) {
    sink.end();
    await once(sink, 'finish');
  }
  return { lines: eventOf.length, templates: templates.length };
}

async function write(sink: Writable, chunk: string): Promise<void> {
  if (!sink.write(chunk)) await once(sink, 'drain');
}

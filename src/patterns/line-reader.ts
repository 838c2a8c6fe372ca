// Streams a file as batches of lines. Decoding is done chunk-wise with StringDecoder so a
// multi-byte character split across chunks survives and invalid UTF-8 becomes U+FFFD
// instead of an exception; a line longer than the cap is truncated rather than buffered.

import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export interface LineReaderOptions {
  /** Characters kept per line; the rest of a longer line is dropped while reading. */
  maxLineChars?: number;
  highWaterMark?: number;
}

export async function* readLineBatches(path: string, opts: LineReaderOptions = {}): AsyncGenerator<string[]> {
  const maxLine = opts.maxLineChars ?? 1 << 20;
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let overflow = false;
  const stream = createReadStream(path, { highWaterMark: opts.highWaterMark ?? 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = decoder.write(chunk);
    const batch: string[] = [];
    let pos = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0) break;
      batch.push(finish(pending, text, pos, nl, overflow, maxLine));
      pending = '';
      overflow = false;
      pos = nl + 1;
    }
    if (!overflow && pos < text.length) {
      pending += text.slice(pos, Math.min(text.length, pos + maxLine - pending.length));
      if (pending.length >= maxLine) overflow = true;
    }
    if (batch.length) yield batch;
  }
  const tail = decoder.end();
  if (tail && !overflow) pending = (pending + tail).slice(0, maxLine);
  if (pending.length) yield [stripCr(pending)];
}

function finish(pending: string, text: string, from: number, nl: number, overflow: boolean, maxLine: number): string {
  if (overflow) return stripCr(pending);
  const room = maxLine - pending.length;
  const line = pending + text.slice(from, Math.min(nl, from + room));
  return stripCr(line);
}

function stripCr(s: string): string {
  return s.length && s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s;
}

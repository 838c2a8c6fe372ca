// `homeostat detect --input FILE.csv [--output FILE.csv]`: streams a timestamp,value CSV
// through the univariate detector and writes timestamp,value,anomaly_score.

import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { UnivariateDetector, type UnivariateOptions } from './univariate.ts';
import { parseTimestamp } from '../timestamp.ts';

export interface ScoredRow {
  /** Timestamp exactly as read, so output rows line up with input rows. */
  timestamp: string;
  value: string;
  score: number;
}

/**
 * Yield one scored row per data row, in order. Rows the detector cannot use (bad timestamp,
 * non-numeric value, duplicates) are still yielded with score 0 so output stays row-aligned.
 */
export async function* scoreCsvRows(input: string, opts?: Partial<UnivariateOptions>): AsyncGenerator<ScoredRow & { skipped: boolean }> {
  const lines = createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity });
  const det = new UnivariateDetector(opts);
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      // A file without a header starts directly with data; accept it rather than lose a row.
      if (!looksLikeData(line)) continue;
    }
    if (line.trim() === '') continue;
    const comma = line.indexOf(',');
    const timestamp = comma < 0 ? line : line.slice(0, comma);
    const rest = comma < 0 ? '' : line.slice(comma + 1);
    const valueText = rest.split(',', 1)[0];
    const t = parseTimestamp(unquote(timestamp));
    const v = valueText.trim() === '' ? NaN : Number(unquote(valueText));
    const out = det.update(t, v);
    yield { timestamp, value: valueText, score: out.score, skipped: out.reason.startsWith('skipped') };
  }
}

export async function detectCsv(opts: { input: string; output?: string }): Promise<{ rows: number; skipped: number }> {
  const sink: Writable = opts.output ? createWriteStream(opts.output, { encoding: 'utf8' }) : process.stdout;
  let rows = 0;
  let skipped = 0;
  await write(sink, 'timestamp,value,anomaly_score\n');
  for await (const r of scoreCsvRows(opts.input)) {
    rows++;
    if (r.skipped) skipped++;
    await write(sink, `${r.timestamp},${r.value},${formatScore(r.score)}\n`);
  }
  if (opts.output) {
    sink.end();
    await once(sink, 'finish');
  }
  return { rows, skipped };
}

export function formatScore(s: number): string {
  // Six decimals keep the file small while preserving the ordering the NAB sweep relies on.
  return s === 0 ? '0' : s.toFixed(6);
}

async function write(sink: Writable, chunk: string): Promise<void> {
  if (!sink.write(chunk)) await once(sink, 'drain');
}

function unquote(s: string): string {
  const x = s.trim();
  return x.length >= 2 && x.startsWith('"') && x.endsWith('"') ? x.slice(1, -1) : x;
}

function looksLikeData(line: string): boolean {
  const first = unquote(line.split(',', 1)[0]);
  return Number.isFinite(parseTimestamp(first));
}

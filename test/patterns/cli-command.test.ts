import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patternsCommand } from '../../src/patterns/cli-command.ts';
import { readLineBatches } from '../../src/patterns/line-reader.ts';
import { csvField } from '../../src/patterns/csv.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-patterns-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Minimal RFC 4180 reader, enough to check that quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

describe('patternsCommand', () => {
  it('writes one row per line with the final template of its cluster and stable EventIds', async () => {
    const input = join(dir, 'a.log');
    const output = join(dir, 'a.csv');
    await writeFile(
      input,
      [
        'Started container checkout',
        'Login failed for alice, reason "bad password"',
        'Started container cart',
        'Login failed for bob, reason "locked out"',
        'Started container ad',
      ].join('\n') + '\n',
    );
    const res = await patternsCommand({ input, output });
    expect(res).toEqual({ lines: 5, templates: 2 });
    const rows = parseCsv(await readFile(output, 'utf8'));
    expect(rows).toEqual([
      ['LineId', 'EventId', 'EventTemplate'],
      // Line 1 was emitted before its cluster generalised; it still gets the final template.
      ['1', 'E1', 'Started container <*>'],
      ['2', 'E2', 'Login failed for <*> reason "<*>"'],
      ['3', 'E1', 'Started container <*>'],
      ['4', 'E2', 'Login failed for <*> reason "<*>"'],
      ['5', 'E1', 'Started container <*>'],
    ]);
    // Same input, same output: EventIds are a function of the file.
    await patternsCommand({ input, output: join(dir, 'b.csv') });
    expect(await readFile(join(dir, 'b.csv'), 'utf8')).toBe(await readFile(output, 'utf8'));
  });

  it('quotes templates with commas, quotes and line breaks', () => {
    expect(csvField('plain <*> text')).toBe('plain <*> text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ry')).toBe('"x\ry"');
  });

  it('reads CRLF, invalid UTF-8, a missing final newline and a 1 MB line', async () => {
    const input = join(dir, 'c.log');
    const big = 'word '.repeat(220_000);
    await writeFile(
      input,
      Buffer.concat([
        Buffer.from('first line 1\r\n'),
        Buffer.from([0x62, 0x61, 0x64, 0x20, 0xff, 0xfe, 0xc3, 0x20, 0x31, 0x0a]),
        Buffer.from(big + '\n'),
        Buffer.from('first line 2'),
      ]),
    );
    const lines: string[] = [];
    for await (const batch of readLineBatches(input, { highWaterMark: 4096 })) lines.push(...batch);
    expect(lines.length).toBe(4);
    expect(lines[0]).toBe('first line 1');
    expect(lines[1]).toBe('bad \uFFFD\uFFFD\uFFFD 1');
    // The reader's default cap is 1 MiB per line; the rest of a longer line is dropped.
    expect(lines[2].length).toBe(1 << 20);
    expect(big.startsWith(lines[2])).toBe(true);
    expect(lines[3]).toBe('first line 2');
    const capped: string[] = [];
    for await (const batch of readLineBatches(input, { maxLineChars: 100, highWaterMark: 4096 })) capped.push(...batch);
    expect(capped.map((l) => l.length)).toEqual([12, 9, 100, 12]);

    const output = join(dir, 'c.csv');
    expect(await patternsCommand({ input, output })).toEqual({ lines: 4, templates: 3 });
    const rows = parseCsv(await readFile(output, 'utf8'));
    expect(rows.map((r) => r[0])).toEqual(['LineId', '1', '2', '3', '4']);
    expect(rows[1][1]).toBe(rows[4][1]);
  });
});

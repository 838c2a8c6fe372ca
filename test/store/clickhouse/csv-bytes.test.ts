// The byte encoder escapes exactly as the string helpers in encode-csv.ts (which the metric
// encoders still use, and which the engine round-trip tests cover) and encodes UTF-8 exactly as
// Buffer.from(string) does, lone surrogates included.
import { describe, expect, it } from 'vitest';
import { CsvBytes } from '../../../src/store/clickhouse/csv-bytes.ts';
import { csv, inner, mapText, putMapText } from '../../../src/store/clickhouse/encode-csv.ts';

const HOSTILE = [
  '', 'plain', 'q"uo"te', "ap'os", 'back\\slash', 'nl\nline', 'cr\r', 'tab\t', 'nul\0', ',comma,', '{}[]:',
  'é ü ß', '漢字', '😀 emoji', 'lone \ud800 high', 'lone \udc00 low', 'ends high \ud83d', '\udfff\ud800 reversed pair',
  'x'.repeat(70_000),
];

describe('CsvBytes', () => {
  it('field() and inner() give the bytes of the string escapes, for every hostile string', () => {
    const w = new CsvBytes(16); // tiny, so most writes grow the buffer
    for (const s of HOSTILE) {
      expect(w.reset().field(s).take().equals(Buffer.from(csv(s))), JSON.stringify(s.slice(0, 40))).toBe(true);
      expect(w.reset().inner(s).take().equals(Buffer.from(inner(s))), JSON.stringify(s.slice(0, 40))).toBe(true);
      expect(w.reset().ascii(s).take().equals(Buffer.from(s)), JSON.stringify(s.slice(0, 40))).toBe(true);
    }
  });

  it('maps, cached slices and bytes compose into one buffer', () => {
    const attrs = HOSTILE.slice(0, 18).flatMap((s, i) => [`k${i}${s}`, s]);
    const w = new CsvBytes(8);
    w.reset().byte(0x22);
    const start = w.length;
    putMapText(w, attrs);
    const map = w.slice(start);
    w.byte(0x22).byte(0x2c).bytes(map);
    expect(w.take().equals(Buffer.from(`"${mapText(attrs)}",${mapText(attrs)}`))).toBe(true);
    expect(w.reset().take().length).toBe(0);
  });
});

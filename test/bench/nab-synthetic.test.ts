import { describe, expect, it } from 'vitest';
import { ANOMALY_KINDS, BASE_KINDS, generateSyntheticNab, toNabLayout } from '../../bench/lib/nab-synthetic.ts';
import { probationLength, windowsToIndices } from '../../bench/lib/nab-windows.ts';
import { parseTimestamp } from '../../src/detect/timestamp.ts';

describe('synthetic NAB-like corpus', () => {
  const files = generateSyntheticNab();

  it('is the same for the same seed and different for another', () => {
    const again = generateSyntheticNab();
    expect(again.map((f) => f.values)).toEqual(files.map((f) => f.values));
    expect(again.map((f) => f.windows)).toEqual(files.map((f) => f.windows));
    expect(generateSyntheticNab(1)[0].values).not.toEqual(files[0].values);
  });

  it('covers every base process and anomaly kind, with some anomaly-free files, at lengths from 1k to 20k rows', () => {
    expect(new Set(files.map((f) => f.category))).toEqual(new Set(BASE_KINDS.map((b) => `synth_${b}`)));
    expect(new Set(files.flatMap((f) => f.anomalies.map((a) => a.kind)))).toEqual(new Set(ANOMALY_KINDS));
    expect(files.some((f) => f.windows.length === 0)).toBe(true);
    for (const f of files) {
      expect(f.values.length).toBeGreaterThanOrEqual(1000);
      expect(f.values.length).toBeLessThanOrEqual(20000);
      expect(f.values.every(Number.isFinite)).toBe(true);
    }
    const lengths = files.map((f) => f.values.length);
    expect(Math.max(...lengths)).toBeGreaterThan(10000);
    expect(Math.min(...lengths)).toBeLessThan(2000);
  });

  it('labels like NAB: one window per anomaly, containing it, after probation, not overlapping, 10 % of the rows in all', () => {
    for (const f of files) {
      const t = f.timestamps.map(parseTimestamp);
      expect(t.every((x, i) => i === 0 || x > t[i - 1])).toBe(true);
      const w = windowsToIndices(t, f.windows);
      expect(w.length).toBe(f.anomalies.length);
      const p = probationLength(t.length);
      f.anomalies.forEach((a, k) => {
        expect(a.at).toBeGreaterThanOrEqual(w[k].start);
        expect(a.at).toBeLessThanOrEqual(w[k].end);
        expect(w[k].start).toBeGreaterThanOrEqual(p);
        if (k > 0) expect(w[k].start).toBeGreaterThan(w[k - 1].end);
      });
      const covered = w.reduce((s, x) => s + x.end - x.start + 1, 0);
      if (w.length) expect(covered / t.length).toBeCloseTo(0.1, 1);
    }
  });

  it('puts the anomaly in the data: a spike stands out, a flat-line repeats one value', () => {
    const spike = files.find((f) => f.anomalies.some((a) => a.kind === 'spike') && f.category === 'synth_seasonal')!;
    const at = spike.anomalies.find((a) => a.kind === 'spike')!.at;
    // The jump into the spike is larger than any step the series took in the 200 rows before.
    const steps = spike.values.slice(at - 200, at).map((v, i, a) => (i ? Math.abs(v - a[i - 1]) : 0));
    expect(spike.values[at] - spike.values[at - 1]).toBeGreaterThan(Math.max(...steps));
    const flat = files.find((f) => f.anomalies.some((a) => a.kind === 'flatline') && f.category !== 'synth_counts')!;
    const fa = flat.anomalies.find((a) => a.kind === 'flatline')!.at;
    expect(new Set(flat.values.slice(fa, fa + 50)).size).toBe(1);
  });

  it('writes NAB\'s layout: a two-column CSV per file and combined_windows.json keyed by file', () => {
    const out = toNabLayout(files.slice(0, 2));
    expect(out.map((o) => o.path)).toEqual([`data/${files[0].key}`, `data/${files[1].key}`, 'labels/combined_windows.json']);
    const lines = out[0].text.trim().split('\n');
    expect(lines[0]).toBe('timestamp,value');
    expect(lines.length).toBe(files[0].values.length + 1);
    expect(lines[1]).toMatch(/^2026-01-01 00:00:00,-?[\d.]+$/);
    expect(JSON.parse(out[2].text)[files[0].key]).toEqual(files[0].windows);
  });
});

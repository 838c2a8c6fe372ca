import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnivariateDetector } from '../../../src/detect/offline/univariate.ts';
import { detectCsv } from '../../../src/detect/offline/csv-command.ts';
import { parseTimestamp } from '../../../src/detect/timestamp.ts';
import { MIN, noise, rng } from '../helpers.ts';

function series(n: number, f: (i: number, r: () => number) => number, seed = 7): number[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => f(i, r));
}

function scores(xs: number[]): number[] {
  const d = new UnivariateDetector();
  return xs.map((v, i) => d.update(i * MIN, v).score);
}

const fire = 0.3; // the detector's internal fire level

describe('univariate', () => {
  it('flags a spike at the spike', () => {
    const s = scores(series(1500, (i, r) => (i === 1200 ? 200 : 100) + noise(r)));
    expect(s[1200]).toBeGreaterThanOrEqual(fire);
    expect(s.slice(300, 1200).filter((x) => x >= fire).length).toBeLessThanOrEqual(3);
  });

  it('reports a level shift once, not for every point after it', () => {
    const s = scores(series(2000, (i, r) => (i < 1200 ? 50 : 70) + noise(r)));
    const after = s.slice(1200).map((x, i) => (x >= fire ? i : -1)).filter((i) => i >= 0);
    expect(after[0]).toBeLessThanOrEqual(3);
    expect(after.length).toBeLessThanOrEqual(3);
  });

  it('is causal: the score of row i does not depend on later rows', () => {
    const xs = series(800, (i, r) => 10 + Math.sin(i / 20) + 0.1 * noise(r));
    const a = scores(xs);
    const ys = xs.slice();
    ys[700] = 1000;
    const b = scores(ys);
    expect(b.slice(0, 700)).toEqual(a.slice(0, 700));
  });

  it('skips NaN bursts and bad timestamps without crashing', () => {
    const d = new UnivariateDetector();
    for (let i = 0; i < 100; i++) d.update(i * MIN, i % 10 < 3 ? NaN : 5);
    d.update(50 * MIN, 5);
    d.update(Infinity, 5);
    expect(d.counters.nan).toBe(30);
    expect(d.counters.outOfOrder).toBe(1);
    expect(d.counters.infinite).toBe(1);
  });

  it('restores from state to the same scores', () => {
    const cut = 5000;
    const xs = series(6000, (i, r) => 10 + Math.sin(i / 30) + 0.2 * noise(r) + (i === cut + 800 ? 8 : 0));
    const a = new UnivariateDetector();
    const ref = xs.map((v, i) => a.update(i * MIN, v).score);
    const b = new UnivariateDetector();
    xs.slice(0, cut).forEach((v, i) => b.update(i * MIN, v));
    const c = new UnivariateDetector();
    c.restore(b.state());
    const st = b.state();
    // Bounded: the replay buffer never exceeds its capacity however long the series.
    const o = b.opts;
    expect(st.v.length).toBeLessThanOrEqual(Math.max(o.longWindow, o.knnHistory + o.knnWidth) + o.warmup);
    expect(st.v.length).toBeLessThan(cut);
    const got = xs.slice(cut).map((v, i) => c.update((cut + i) * MIN, v).score);
    // Replay rebuilds the windows; slow EW statistics converge from a shorter past, so scores
    // agree closely rather than bit-for-bit, and the spike at cut + 800 is found by both.
    const diff = got.slice(200).map((x, i) => Math.abs(x - ref[cut + 200 + i]));
    expect(Math.max(...diff)).toBeLessThan(0.05);
    expect(got[800]).toBeGreaterThanOrEqual(fire);
    expect(ref[cut + 800]).toBeGreaterThanOrEqual(fire);
  });
});

describe('univariate state', () => {
  it('carries the range of all history, which the replayed rows alone do not show', () => {
    // An excursion to 30 early on, then 6,000 rows between about 0 and 10.
    const xs = series(6000, (i, r) => (i >= 100 && i < 110 ? 30 : 5 + Math.sin(i / 40) * 4 + 0.2 * noise(r)));
    const b = new UnivariateDetector();
    xs.forEach((v, i) => b.update(i * MIN, v));
    const st = b.state();
    expect(Math.max(...st.v)).toBeLessThan(12); // the excursion is not in the replay buffer
    expect(st.range![1]).toBe(30);
    const c = new UnivariateDetector();
    c.restore(st);
    expect(c.state().range).toEqual(st.range);
    // The volatility record too: the excursion's steps of 25 are the noisiest stretch ever.
    expect(st.volRange![1]).toBeGreaterThan(3);
    expect(c.state().volRange).toEqual(st.volRange);
    // A state written before the range existed still restores, to the replayed rows' range.
    const d = new UnivariateDetector();
    d.restore({ t: st.t, v: st.v });
    expect(d.state().range![1]).toBe(Math.max(...st.v));
  });
});

describe('detectCsv', () => {
  it('round-trips a small file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeostat-detect-'));
    const input = join(dir, 'in.csv');
    const output = join(dir, 'out.csv');
    const rows = series(300, (i, r) => (i === 250 ? 90 : 20) + noise(r));
    const body = rows.map((v, i) => `${new Date(Date.UTC(2014, 6, 1) + i * 5 * MIN).toISOString().replace('T', ' ').slice(0, 19)},${v}`);
    body.splice(10, 0, '2014-07-01 00:45:00,not-a-number');
    await writeFile(input, `timestamp,value\n${body.join('\n')}\n`);
    const res = await detectCsv({ input, output });
    expect(res).toEqual({ rows: 301, skipped: 1 }); // the non-numeric value; it is still written, with score 0
    const lines = (await readFile(output, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('timestamp,value,anomaly_score');
    expect(lines).toHaveLength(302);
    const last = lines[252].split(',');
    expect(Number(last[2])).toBeGreaterThan(0);
    expect(lines.slice(1).every((l) => /^[^,]+,[^,]*,[0-9.]+$/.test(l))).toBe(true);
  });

  it('parses NAB, ISO and epoch timestamps', () => {
    const t = Date.UTC(2014, 6, 1);
    expect(parseTimestamp('2014-07-01 00:00:00')).toBe(t);
    expect(parseTimestamp('2014-07-01T00:00:00Z')).toBe(t);
    expect(parseTimestamp(String(t / 1000))).toBe(t);
    expect(parseTimestamp(String(t))).toBe(t);
    expect(parseTimestamp('yesterday')).toBeNaN();
  });
});

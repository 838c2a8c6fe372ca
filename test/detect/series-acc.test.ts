import { describe, expect, it } from 'vitest';
import { StepAcc } from '../../src/detect/series-acc.ts';
import { QuantileSketch } from '../../src/detect/series-sketch.ts';
import { rng } from './helpers.ts';

const BASE = { key: 'span|a|GET /', kind: 'span', service: 'a', name: 'GET /', attrs: '', stepMs: 10_000, unit: '' } as const;

/** The exemplar rule as first written: three slowest (ties keep arrival order), three first failing. */
function reference(events: Array<['slow', number, string] | ['fail', string]>): string[] {
  const dur: number[] = [];
  const slow: string[] = [];
  const fail: string[] = [];
  for (const e of events) {
    if (e[0] === 'fail') {
      if (e[1] && fail.length < 3 && !fail.includes(e[1])) fail.push(e[1]);
      continue;
    }
    const [, d, id] = e;
    if (!id || (dur.length === 3 && d <= dur[2])) continue;
    let i = dur.length;
    while (i > 0 && dur[i - 1] < d) i--;
    dur.splice(i, 0, d);
    slow.splice(i, 0, id);
    dur.length = Math.min(dur.length, 3);
    slow.length = dur.length;
  }
  return [...fail, ...slow.filter((id) => !fail.includes(id))];
}

describe('StepAcc exemplars', () => {
  it('lists failing traces first, then the slowest, like the rule they implement, across reuse', () => {
    const r = rng(4);
    const acc = new StepAcc();
    for (let round = 0; round < 300; round++) {
      acc.reset(round);
      const events: Array<['slow', number, string] | ['fail', string]> = [];
      const n = Math.floor(r() * 12);
      for (let i = 0; i < n; i++) {
        const id = r() < 0.1 ? '' : `t${Math.floor(r() * 6)}`;
        if (r() < 0.3) events.push(['fail', id]);
        else events.push(['slow', Math.floor(r() * 5), id]);
      }
      for (const e of events) if (e[0] === 'fail') acc.addFailing(e[1]);
      else acc.addSlow(e[1], e[2]);
      expect(acc.toRollup(BASE).exemplars).toEqual(reference(events));
    }
  });
});

describe('QuantileSketch', () => {
  it('is exact up to 32 values as its exact store grows, and keeps working past it', () => {
    const r = rng(9);
    const sk = new QuantileSketch();
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      const v = 1 + 100 * r();
      sk.add(v);
      seen.push(v);
      const a = [...seen].sort((x, y) => x - y);
      const rank = 0.95 * (a.length - 1);
      const lo = Math.floor(rank);
      const exact = a[lo] + (a[Math.min(a.length - 1, lo + 1)] - a[lo]) * (rank - lo);
      if (seen.length <= 32) expect(sk.quantile(0.95)).toBe(exact);
      else expect(Math.abs(sk.quantile(0.95) / exact - 1)).toBeLessThan(0.05);
    }
    sk.release();
    sk.add(7);
    expect(sk.quantile(0.5)).toBe(7);
  });
});

import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../src/detect/series-sketch.ts';

const of = (values: number[]) => {
  const s = new QuantileSketch();
  for (const v of values) s.add(v);
  return s;
};

describe("the p95's lower confidence bound", () => {
  it('is the order statistic a binomial bound allows on small steps', () => {
    // P(Binomial(n, 0.95) < r) ≤ 0.05: r = 1 for n = 2, 4 for n = 5, 17 for n = 20.
    expect(of([1, 2]).p95LowerBound()).toBe(1);
    expect(of([1, 2, 3, 4, 5]).p95LowerBound()).toBe(4);
    expect(of(Array.from({ length: 20 }, (_, i) => i + 1)).p95LowerBound()).toBe(17);
    expect(of([7]).p95LowerBound()).toBe(7);
    expect(new QuantileSketch().p95LowerBound()).toBeNaN();
  });

  it('closes in on the p95 as the step fills', () => {
    const big = of(Array.from({ length: 10_000 }, (_, i) => i + 1));
    const low = big.p95LowerBound();
    expect(low).toBeLessThanOrEqual(big.quantile(0.95));
    expect(low / big.quantile(0.95)).toBeGreaterThan(0.97);
  });
});

import { describe, expect, it } from 'vitest';
import { TailLikelihood } from '../../../src/detect/offline/tail-likelihood.ts';
import { Likelihood } from '../../../src/detect/offline/likelihood.ts';
import { EnsembleScorer } from '../../../src/detect/offline/ensemble.ts';
import { noise, rng } from '../helpers.ts';

const WINDOW = 1000;

function feed(lik: { push(x: number): number }, xs: number[]): void {
  for (const x of xs) lik.push(x);
}

// |Student-t with 3 degrees of freedom|: the skewed, heavy-tailed shape of real surprise signals.
function heavy(n: number, seed: number): number[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const z = noise(r);
    const chi = noise(r) ** 2 + noise(r) ** 2 + noise(r) ** 2;
    return Math.abs(z / Math.sqrt(chi / 3));
  });
}

describe('TailLikelihood', () => {
  it('scores a value by the fitted tail of its own history: an exponential tail, log10 over 10 decades', () => {
    const r = rng(11);
    // Exp(1): P(X > x) = e^-x, so x = ln(1e4) has tail 1e-4 and should score about 0.4.
    const xs = Array.from({ length: 3 * WINDOW }, () => -Math.log(1 - r()));
    const lik = new TailLikelihood(WINDOW, 1, 0.1, 0.15);
    feed(lik, xs);
    expect(lik.push(Math.log(1e4))).toBeGreaterThan(0.33);
    expect(lik.push(Math.log(1e4))).toBeLessThan(0.47);
    // Below the 90th percentile (ln 10) there is no surprise at all.
    expect(lik.push(1)).toBe(0);
  });

  it('calls a heavy-tailed series\' ordinary peaks less rare than a normal fit does', () => {
    const xs = heavy(3 * WINDOW, 5);
    const sorted = xs.slice(-WINDOW).sort((a, b) => a - b);
    const peak = sorted[Math.floor(0.998 * WINDOW)]; // two rows in a thousand reach this
    const tail = new TailLikelihood(WINDOW, 1, 0.1, 0.15);
    const normal = new Likelihood(WINDOW, 1, 0.1);
    feed(tail, xs);
    feed(normal, xs);
    const t = tail.push(peak);
    const n = normal.push(peak);
    // A true tail of 2e-3 is 0.27 on this scale; the normal fit puts it decades further out.
    expect(t).toBeLessThan(0.4);
    expect(n).toBeGreaterThan(t + 0.1);
  });

  it('keeps a floor under the tail scale, so a nearly constant signal does not make a small rise an extreme event', () => {
    const r = rng(2);
    const xs = Array.from({ length: 2 * WINDOW }, () => 10 + 1e-6 * r());
    const lik = new TailLikelihood(WINDOW, 1, 0.1, 0.15);
    feed(lik, xs);
    // 10 % above the typical value is one floor scale: tail 0.1 × e^-1, about 1.4 decades.
    expect(lik.push(11)).toBeLessThan(0.2);
    expect(lik.push(20)).toBeGreaterThan(0.4);
  });
});

describe('EnsembleScorer with the tail mix', () => {
  it('calls fewer rows of heavy-tailed autocorrelated noise rare patterns than the normal fit alone', () => {
    const r = rng(10);
    let ar = 0;
    const xs = Array.from({ length: 8000 }, () => {
      const chi = noise(r) ** 2 + noise(r) ** 2 + noise(r) ** 2;
      ar = 0.7 * ar + 0.7 * (noise(r) / Math.sqrt(chi / 3));
      return 50 + 5 * ar;
    });
    const rare = (tailMix: number) => {
      const s = new EnsembleScorer({ tailMix });
      let n = 0;
      xs.forEach((v, i) => {
        s.push(v);
        if (i >= 1000 && s.last.pattern >= 0.3) n++;
      });
      return n;
    };
    const normal = rare(0);
    expect(normal).toBeGreaterThan(0);
    expect(rare(0.5)).toBeLessThan(normal);
  });
});

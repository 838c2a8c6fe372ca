import { describe, expect, it } from 'vitest';
import { learnProfile, SeasonalDetector, slotOf } from '../../src/detect/seasonal.ts';
import { PredictiveDetector } from '../../src/detect/predictive.ts';
import { FrequencyDetector, normaliseMessage, signatureOf } from '../../src/detect/frequency.ts';
import { IncidentCorrelator } from '../../src/detect/correlation.ts';
import { MultivariateDetector } from '../../src/detect/multivariate.ts';
import { MIN, noise, rng } from './helpers.ts';

const HOUR = 60 * MIN;
const T0 = Date.UTC(2024, 0, 7); // a Sunday, slot 0

describe('seasonal', () => {
  const r = rng(3);
  // Four weeks of hourly data: busy (100) 9–17h, quiet (10) otherwise.
  const hist = Array.from({ length: 24 * 28 }, (_, i) => {
    const t = T0 + i * HOUR;
    const h = new Date(t).getUTCHours();
    return { t, v: (h >= 9 && h < 17 ? 100 : 10) + noise(r) };
  });
  const profile = learnProfile(hist);

  it('learns per-slot baselines and thresholds', () => {
    expect(profile).toHaveLength(168);
    const noonMonday = profile[slotOf(T0 + 36 * HOUR)];
    expect(noonMonday.baseline_value).toBeGreaterThan(95);
    expect(noonMonday.threshold_warning).toBeGreaterThan(noonMonday.baseline_value);
    expect(noonMonday.threshold_critical).toBeGreaterThan(noonMonday.threshold_warning);
  });

  it('flags a value normal for another hour but not for this one (seasonality change)', () => {
    const d = new SeasonalDetector(profile);
    const tNight = T0 + 28 * 24 * HOUR + 3 * HOUR; // 03:00
    expect(d.update(tNight, 10).score).toBe(0);
    expect(d.update(tNight + HOUR, 100).score).toBeGreaterThanOrEqual(0.5);
    const tNoon = T0 + 28 * 24 * HOUR + 12 * HOUR;
    expect(d.update(tNoon, 100).score).toBe(0);
    // Dropout: traffic collapses at peak hour.
    expect(d.update(tNoon + HOUR, 10).score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('predictive', () => {
  it('warns before a linearly growing resource reaches its limit', () => {
    const d = new PredictiveDetector({ limit: 90, horizonMs: 2 * HOUR });
    // Memory grows 0.5 %/min from 40 %: the limit (90 %) is reached at minute 100.
    let firstWarn = -1;
    for (let i = 0; i <= 100; i++) {
      const o = d.update(T0 + i * MIN, 40 + 0.5 * i);
      if (firstWarn < 0 && o.score > 0) firstWarn = i;
    }
    expect(firstWarn).toBeGreaterThanOrEqual(0);
    // With a 2 h horizon the warning must come long before the limit (minute 100).
    expect(firstWarn).toBeLessThan(20);
    const f = d.forecast();
    expect(f.timeToExhaustionMs).toBeLessThan(MIN);
  });

  it('stays quiet on a flat resource', () => {
    const d = new PredictiveDetector({ limit: 90 });
    const r = rng(4);
    const s = Array.from({ length: 300 }, (_, i) => d.update(T0 + i * MIN, 50 + noise(r)).score);
    expect(Math.max(...s)).toBe(0);
  });
});

describe('frequency', () => {
  it('masks numbers, hex ids, uuids, ips and quoted strings', () => {
    expect(normaliseMessage('timeout after 3012 ms calling 10.0.0.12:8080 for "alice" id 550e8400-e29b-41d4-a716-446655440000 at 0x7ffe deadbeef42')).toBe(
      'timeout after <num> ms calling <ip> for <str> id <uuid> at <hex> <hex>',
    );
    expect(signatureOf('TimeoutError', 'after 5 ms')).toBe(signatureOf('TimeoutError', 'after 900 ms'));
  });

  it('reports novelty once and a burst against the signature baseline', () => {
    const d = new FrequencyDetector({ bucketMs: MIN });
    const events = [];
    for (let m = 0; m < 30; m++) {
      const n = m === 25 ? 40 : 2; // steady 2/min, then a storm
      for (let k = 0; k < n; k++) events.push(...d.observe(T0 + m * MIN + k * 100, 'DbError', `conn ${k} refused`));
    }
    events.push(...d.advance(T0 + 31 * MIN));
    expect(events.filter((e) => e.kind === 'novel')).toHaveLength(1);
    const bursts = events.filter((e) => e.kind === 'burst');
    expect(bursts).toHaveLength(1);
    expect(bursts[0].count).toBe(40);
  });

  it('bounds signatures with an LRU and counts bad timestamps', () => {
    const d = new FrequencyDetector({ capacity: 10 });
    for (let i = 0; i < 50; i++) d.observe(T0 + i, `E${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'x' : ''}`, 'boom');
    expect(d.size).toBe(10);
    expect(d.evicted).toBe(40);
    d.observe(NaN, 'E', 'x');
    d.observe(T0 - 10 * MIN, 'E', 'x');
    expect(d.counters.nan).toBe(1);
    expect(d.counters.outOfOrder).toBe(1);
  });
});

describe('correlation', () => {
  it('groups keys anomalous together into one incident with a high score', () => {
    const c = new IncidentCorrelator({ windowMs: 5 * MIN, stepMs: MIN, closeAfterMs: 10 * MIN });
    for (let m = 0; m < 5; m++) c.step(T0 + m * MIN, ['checkout.p95', 'checkout.errors:DbError']);
    c.step(T0 + 5 * MIN, ['checkout.p95']);
    const inc = c.incidents();
    expect(inc).toHaveLength(1);
    expect(inc[0].keys.sort()).toEqual(['checkout.errors:DbError', 'checkout.p95']);
    // Jaccard: 5 shared steps / 6 distinct steps.
    expect(inc[0].correlation).toBeCloseTo(5 / 6, 9);
    const closed = c.step(T0 + 30 * MIN, []);
    expect(closed).toHaveLength(1);
    expect(c.incidents()).toHaveLength(0);
  });

  it('keeps unrelated anomalies far apart in separate incidents', () => {
    const c = new IncidentCorrelator({ windowMs: 5 * MIN, closeAfterMs: 10 * MIN });
    c.step(T0, ['a']);
    c.step(T0 + 8 * MIN, ['b']);
    expect(c.incidents()).toHaveLength(2);
  });
});

describe('multivariate', () => {
  it('scores an unusual combination above normal points', () => {
    const r = rng(5);
    const d = new MultivariateDetector();
    for (let i = 0; i < 600; i++) d.update(T0 + i * MIN, [100 + 10 * r(), 1 + r(), 200 + 20 * r(), 0.5 + 0.1 * r()]);
    const normal = d.update(T0 + 601 * MIN, [105, 1.5, 210, 0.55]);
    const odd = d.update(T0 + 602 * MIN, [100, 30, 900, 0.99]);
    expect(normal.score).toBe(0);
    expect(odd.score).toBeGreaterThan(0);
    expect(d.update(T0 + 603 * MIN, [NaN, 1, 1, 1]).reason).toBe('skipped:nan');
  });
});

// An outage that lights up every route must not make the correlator's per-step work grow
// without bound: an incident holds at most maxKeys keys (the pairwise correlation is quadratic
// in them), and the rest are counted.
import { describe, expect, it } from 'vitest';
import { IncidentCorrelator } from '../../src/detect/correlation.ts';

describe('IncidentCorrelator bounds', () => {
  it('keeps at most maxKeys keys per incident and counts the rest', () => {
    const c = new IncidentCorrelator();
    const keys = Array.from({ length: 500 }, (_, i) => `span|svc|GET /r${i}|p95_ms`);
    c.step(60_000, keys);
    c.step(120_000, keys);
    const [inc] = c.incidents();
    expect(inc.keys).toHaveLength(c.opts.maxKeys);
    expect(inc.overflow).toBe(2 * (500 - c.opts.maxKeys));
    expect(inc.correlation).toBe(1);
  });
});

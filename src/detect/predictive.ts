// Holt's linear trend (level + slope) to forecast when a resource (memory, disk, connection
// pool) reaches its limit, so the warning comes before the outage instead of at it.
import { InputGuard, output, type Detector, type DetectorOutput, type InputCounters } from './detector.ts';

export interface PredictiveOptions {
  limit: number;
  alpha: number;
  beta: number;
  /** Warn when the forecast crosses the limit within this horizon (ms); score 1 at 0 ms left. */
  horizonMs: number;
  minPoints: number;
  /**
   * A value this share of the limit below the forecast is a release (a restart, a cleared
   * cache, a pool reset): what was growing was freed, so the trend starts again from zero at
   * the new level. Smoothed, the old climb would keep forecasting exhaustion for many steps
   * after the fix. A collector's sawtooth is far smaller than this and keeps the trend.
   */
  releaseFraction: number;
}

export const DEFAULT_PREDICTIVE: Omit<PredictiveOptions, 'limit'> = { alpha: 0.3, beta: 0.1, horizonMs: 3_600_000, minPoints: 5, releaseFraction: 0.1 };

/** Six numbers ≈ 48 bytes per series. */
export interface PredictiveState {
  level: number;
  /** Slope per millisecond. */
  trend: number;
  n: number;
  lastT: number;
}

export interface Forecast {
  /** Milliseconds until the limit is reached; Infinity when the trend is flat or falling. */
  timeToExhaustionMs: number;
  level: number;
  trendPerMs: number;
}

export class PredictiveDetector implements Detector<PredictiveState> {
  readonly opts: PredictiveOptions;
  private readonly guard = new InputGuard();
  private s: PredictiveState = { level: NaN, trend: 0, n: 0, lastT: -Infinity };

  constructor(opts: Partial<PredictiveOptions> & { limit: number }) {
    this.opts = { ...DEFAULT_PREDICTIVE, ...opts };
  }

  get counters(): InputCounters {
    return this.guard.counters;
  }

  forecast(): Forecast {
    const { level, trend } = this.s;
    const left = this.opts.limit - level;
    let tte: number;
    if (left <= 0) tte = 0;
    else if (trend > 0) tte = left / trend;
    else tte = Infinity;
    return { timeToExhaustionMs: tte, level, trendPerMs: trend };
  }

  update(t: number, v: number): DetectorOutput {
    const prevT = this.guard.lastT;
    const bad = this.guard.check(t, v);
    if (bad) return bad;
    const s = this.s;
    const o = this.opts;
    s.n++;
    if (s.n === 1) {
      s.level = v;
    } else {
      // Irregular sampling: the trend is per ms, so the step's forecast scales with the gap.
      const dt = t - prevT;
      const predicted = s.level + s.trend * dt;
      if (predicted - v > o.releaseFraction * o.limit) {
        s.level = v;
        s.trend = 0;
        s.lastT = t;
        return output(0, s.level, NaN, o.limit, 'released');
      }
      const level = o.alpha * v + (1 - o.alpha) * predicted;
      const slope = (level - s.level) / dt;
      s.trend = s.n === 2 ? slope : o.beta * slope + (1 - o.beta) * s.trend;
      s.level = level;
    }
    s.lastT = t;
    if (s.n < o.minPoints) return output(0, s.level, NaN, o.limit, 'warming_up');
    const f = this.forecast();
    const score = f.timeToExhaustionMs >= o.horizonMs ? 0 : 1 - f.timeToExhaustionMs / o.horizonMs;
    const reason = f.timeToExhaustionMs === 0 ? 'limit_reached' : score > 0 ? `exhaustion_in_ms:${Math.round(f.timeToExhaustionMs)}` : 'ok';
    return output(Math.max(score, f.timeToExhaustionMs < o.horizonMs ? 0.01 : 0), s.level, NaN, o.limit, reason);
  }

  state(): PredictiveState {
    return { ...this.s, lastT: this.guard.lastT };
  }

  restore(st: PredictiveState): void {
    this.s = { ...st };
    this.guard.lastT = st.lastT;
  }
}

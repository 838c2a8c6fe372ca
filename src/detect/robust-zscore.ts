// Sliding-window median/MAD z-score: a robust baseline that one outlier cannot drag, at the
// cost of O(W log W) per point, so windows stay small (default 60).
import { InputGuard, output, type Detector, type DetectorOutput, type InputCounters } from './detector.ts';
import { Ring, mad, median, ramp } from './stats.ts';

export interface RobustZOptions {
  window: number;
  /** |z| at which the score starts rising, and where it saturates at 1. */
  zLow: number;
  zHigh: number;
  minPoints: number;
}

export const DEFAULT_ROBUST_Z: RobustZOptions = { window: 60, zLow: 3, zHigh: 6, minPoints: 10 };

/** State ≈ window × 8 bytes + 3 numbers: 60-point window ≈ 0.5 KB per series. */
export interface RobustZState {
  values: number[];
  lastT: number;
}

export class RobustZScoreDetector implements Detector<RobustZState> {
  readonly opts: RobustZOptions;
  private readonly guard = new InputGuard();
  private win: Ring;

  constructor(opts?: Partial<RobustZOptions>) {
    this.opts = { ...DEFAULT_ROBUST_Z, ...opts };
    this.win = new Ring(this.opts.window);
  }

  get counters(): InputCounters {
    return this.guard.counters;
  }

  update(t: number, v: number): DetectorOutput {
    const bad = this.guard.check(t, v);
    if (bad) return bad;
    if (this.win.size < this.opts.minPoints) {
      this.win.push(v);
      return output(0, NaN, NaN, NaN, 'warming_up');
    }
    const values = this.win.toArray();
    const med = median(values);
    // A flat window has MAD 0; fall back to a tiny relative scale so a change still registers.
    const scale = mad(values, med) || Math.max(Math.abs(med) * 1e-3, 1e-9);
    const z = (v - med) / scale;
    this.win.push(v);
    const s = ramp(Math.abs(z), this.opts.zLow, this.opts.zHigh);
    const band = this.opts.zLow * scale;
    return output(s, med, med - band, med + band, s > 0 ? (z > 0 ? 'above_baseline' : 'below_baseline') : 'ok');
  }

  state(): RobustZState {
    return { values: this.win.toArray(), lastT: this.guard.lastT };
  }

  restore(s: RobustZState): void {
    this.win = Ring.from(this.opts.window, s.values);
    this.guard.lastT = s.lastT;
  }
}

// Hour-of-day × day-of-week profile. `learnProfile` turns history into per-slot baselines
// (others persist them); SeasonalDetector scores new points against the point's slot.
import { InputGuard, output, type Detector, type DetectorOutput, type InputCounters } from './detector.ts';
import { mad, median, ramp } from './stats.ts';

export const SLOTS = 168; // 24 hours × 7 days, UTC

export interface SlotProfile {
  slot: number;
  baseline_value: number;
  threshold_warning: number;
  threshold_critical: number;
  samples: number;
}

export interface ProfileOptions {
  /** Bands in robust standard deviations. */
  warningSigma: number;
  criticalSigma: number;
  /** Slots with fewer samples fall back to the hour-of-day profile across all days. */
  minSamples: number;
}

export const DEFAULT_PROFILE: ProfileOptions = { warningSigma: 3, criticalSigma: 5, minSamples: 3 };

/** Slot 0 = Sunday 00:00–00:59 UTC. */
export function slotOf(tMs: number): number {
  const d = new Date(tMs);
  return d.getUTCDay() * 24 + d.getUTCHours();
}

/**
 * Learn one baseline per slot with median/MAD so past incidents inside the history do not
 * widen the bands. Sparse slots borrow from the same hour on other days.
 */
export function learnProfile(points: { t: number; v: number }[], opts?: Partial<ProfileOptions>): SlotProfile[] {
  const o = { ...DEFAULT_PROFILE, ...opts };
  const bySlot: number[][] = Array.from({ length: SLOTS }, () => []);
  const byHour: number[][] = Array.from({ length: 24 }, () => []);
  for (const p of points) {
    if (!Number.isFinite(p.v) || !Number.isFinite(p.t)) continue;
    const s = slotOf(p.t);
    bySlot[s].push(p.v);
    byHour[s % 24].push(p.v);
  }
  const all = points.filter((p) => Number.isFinite(p.v)).map((p) => p.v);
  const globalScale = all.length ? mad(all) : 0;
  return bySlot.map((vals, slot) => {
    const src = vals.length >= o.minSamples ? vals : byHour[slot % 24].length ? byHour[slot % 24] : all;
    const base = src.length ? median(src) : NaN;
    // Floor the scale: a slot with identical samples would otherwise flag any change as critical.
    const scale = Math.max(src.length ? mad(src, base) : 0, globalScale * 0.05, Math.abs(base) * 1e-3, 1e-9);
    return {
      slot,
      baseline_value: base,
      threshold_warning: base + o.warningSigma * scale,
      threshold_critical: base + o.criticalSigma * scale,
      samples: vals.length,
    };
  });
}

/** State is the profile (168 × 3 numbers ≈ 4 KB) — shared per metric, not per point. */
export interface SeasonalState {
  profile: SlotProfile[];
  lastT: number;
}

export class SeasonalDetector implements Detector<SeasonalState> {
  private readonly guard = new InputGuard();

  constructor(private profile: SlotProfile[]) {}

  get counters(): InputCounters {
    return this.guard.counters;
  }

  update(t: number, v: number): DetectorOutput {
    const bad = this.guard.check(t, v);
    if (bad) return bad;
    const p = this.profile[slotOf(t)];
    if (!p || !Number.isFinite(p.baseline_value)) return output(0, NaN, NaN, NaN, 'no_profile');
    const warnWidth = p.threshold_warning - p.baseline_value;
    const critWidth = p.threshold_critical - p.baseline_value;
    const dev = Math.abs(v - p.baseline_value);
    // Symmetric bands: a drop in traffic at peak hour is as abnormal as a surge.
    const s = dev <= warnWidth ? 0 : 0.5 + 0.5 * ramp(dev, warnWidth, critWidth);
    const reason = s === 0 ? 'ok' : dev >= critWidth ? 'seasonal_critical' : 'seasonal_warning';
    return output(s, p.baseline_value, p.baseline_value - warnWidth, p.threshold_warning, reason);
  }

  state(): SeasonalState {
    return { profile: this.profile, lastT: this.guard.lastT };
  }

  restore(s: SeasonalState): void {
    this.profile = s.profile;
    this.guard.lastT = s.lastT;
  }
}

// Turns detector outputs into one anomaly score per series step, and that score stream into
// open/update/close decisions with hysteresis, so one incident is one event, not one per point.
import type { DetectorOutput } from './detector.ts';
import { clamp01 } from './detector.ts';

export type Severity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface Weighted {
  output: Pick<DetectorOutput, 'score' | 'reason'>;
  /** Trust in this detector, in [0,1]; a static threshold is usually 1. */
  weight?: number;
}

/**
 * Noisy-OR of weighted scores: independent detectors agreeing raise the score above any one
 * of them, while a single confident detector alone still reaches its own score.
 */
export function combineScores(parts: Weighted[]): { score: number; reasons: string[] } {
  let keep = 1;
  const reasons: string[] = [];
  for (const p of parts) {
    const s = clamp01(p.output.score) * clamp01(p.weight ?? 1);
    keep *= 1 - s;
    if (s > 0) reasons.push(p.output.reason);
  }
  return { score: clamp01(1 - keep), reasons };
}

export function severityOf(score: number): Severity {
  if (score >= 0.95) return 'CRITICAL';
  if (score >= 0.85) return 'HIGH';
  if (score >= 0.7) return 'MEDIUM';
  return 'LOW';
}

export interface HysteresisOptions {
  openThreshold: number;
  /** Consecutive steps at or above openThreshold before opening. */
  openSteps: number;
  /** A step counts as normal below this (≤ openThreshold, so the state does not flap). */
  closeThreshold: number;
  /** Consecutive normal steps before closing. */
  closeSteps: number;
}

export const DEFAULT_HYSTERESIS: HysteresisOptions = { openThreshold: 0.7, openSteps: 2, closeThreshold: 0.5, closeSteps: 5 };

export type Action = 'none' | 'open' | 'update' | 'close';

export interface Decision {
  action: Action;
  severity: Severity;
  /** Highest score of the open incident (or of the closed one on 'close'). */
  peak: number;
  openedAt: number;
}

/** Five numbers ≈ 40 bytes per series. */
export interface HysteresisState {
  open: boolean;
  above: number;
  below: number;
  peak: number;
  openedAt: number;
  firstAbove: number;
}

/** Option sets in use: every series of an engine has the same, so they share one object. */
const optionSets = new Map<string, Readonly<HysteresisOptions>>();

function sharedOptions(opts?: Partial<HysteresisOptions>): Readonly<HysteresisOptions> {
  const o = { ...DEFAULT_HYSTERESIS, ...opts };
  const key = `${o.openThreshold}|${o.openSteps}|${o.closeThreshold}|${o.closeSteps}`;
  let shared = optionSets.get(key);
  if (!shared) {
    // Bounded in practice (options come from configuration); a pathological caller only loses the sharing.
    shared = Object.freeze(o);
    if (optionSets.size < 64) optionSets.set(key, shared);
  }
  return shared;
}

const CLOSED: Readonly<HysteresisState> = Object.freeze({ open: false, above: 0, below: 0, peak: 0, openedAt: NaN, firstAbove: NaN });

export class IncidentHysteresis {
  readonly opts: Readonly<HysteresisOptions>;
  /** Null while closed with nothing pending: the state of almost every series, kept without an object. */
  private s: HysteresisState | null = null;
  skipped = 0;

  constructor(opts?: Partial<HysteresisOptions>) {
    this.opts = sharedOptions(opts);
  }

  get isOpen(): boolean {
    return this.s !== null && this.s.open;
  }

  /** Consecutive normal steps of an open incident (0 when closed or the latest step was anomalous). */
  get normalRun(): number {
    return this.s !== null && this.s.open ? this.s.below : 0;
  }

  step(t: number, score: number): Decision {
    const o = this.opts;
    if (!Number.isFinite(score) || !Number.isFinite(t)) {
      this.skipped++;
      const peak = this.s?.peak ?? 0;
      return { action: 'none', severity: severityOf(peak), peak, openedAt: this.s?.openedAt ?? NaN };
    }
    if (this.s === null) {
      if (!(score >= o.openThreshold)) return { action: 'none', severity: severityOf(score), peak: 0, openedAt: NaN };
      this.s = { ...CLOSED };
    }
    const s = this.s;
    if (!s.open) {
      if (score >= o.openThreshold) {
        if (s.above === 0) {
          s.firstAbove = t;
          s.peak = 0;
        }
        s.above++;
        s.peak = Math.max(s.peak, score);
        if (s.above >= o.openSteps) {
          s.open = true;
          s.below = 0;
          // The incident started when the score first crossed, not when we became sure.
          s.openedAt = s.firstAbove;
          return { action: 'open', severity: severityOf(s.peak), peak: s.peak, openedAt: s.openedAt };
        }
      } else s.above = 0;
      return { action: 'none', severity: severityOf(score), peak: s.peak, openedAt: NaN };
    }
    s.peak = Math.max(s.peak, score);
    if (score < o.closeThreshold) {
      s.below++;
      if (s.below >= o.closeSteps) {
        const d: Decision = { action: 'close', severity: severityOf(s.peak), peak: s.peak, openedAt: s.openedAt };
        this.s = null;
        return d;
      }
    } else s.below = 0;
    return { action: 'update', severity: severityOf(s.peak), peak: s.peak, openedAt: s.openedAt };
  }

  state(): HysteresisState {
    return { ...(this.s ?? CLOSED) };
  }

  restore(st: HysteresisState): void {
    this.s = { ...st };
  }
}

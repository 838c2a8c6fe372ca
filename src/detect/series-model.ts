// Detection state of one derived series (e.g. the p95 latency of one route). Cheap detectors run
// on every step (threshold, EWMA); the robust z-score only runs when EWMA sees the point outside
// its band or an incident is open, because its median/MAD costs far more than the rest together.
// Memory per derived series ≈ 0.85 KB measured (bench:detect, 102k series, heap and array
// buffers): one array of ≈ 35 doubles (own numbers, EWMA state, 24-value window) ≈ 330 B, the
// model object ≈ 200 B, EWMA and window objects with the input guard ≈ 150 B, hysteresis ≈ 50 B,
// the key and the group's share of the engine map. The step detail (≈ 400 B) and the hysteresis
// state exist only once a series has come near an incident.
// Predictive adds ≈ 150 B (resource metrics only); a seasonal profile (≈ 4 KB) exists only for
// series warmed from a day or more of history.
import { combineScores, IncidentHysteresis, type Decision } from './combiner.ts';
import { EWMA_SLOTS, EwmaDetector, newDoubles } from './ewma.ts';
import type { PredictiveDetector } from './predictive.ts';
import type { SeasonalDetector } from './seasonal.ts';
import { medianMadOf, ramp, ValueRing } from './stats.ts';
import { scoreAgainst, type Limit } from './threshold.ts';
import type { Role } from './metric-roles.ts';

export const RING = 24;
/** Consecutive steps over its limit before a resource that pages on crossing it does (see pages()). */
const CROSSING_STEPS = 2;
/**
 * A CPU that stays well under its limit can still be the incident: a runaway task that keeps a
 * quiet service's event loop at 0.45-0.75, four to ten times its usual level, with nothing over
 * the limit. Such a rise pages when it holds RISE_STEPS steps at RISE_FACTOR times the series'
 * median and at least RISE_SHARE of the limit, while the service's own requests are not up
 * (a surge explains its load). A restart's busy start lasts a step or two, and a surge on the
 * shop moved no event loop past 0.36.
 */
const RISE_FACTOR = 3;
const RISE_SHARE = 0.5;
const RISE_STEPS = 3;
/** What a rise that may page scores (see `rising` in score()): over the hysteresis' open threshold. */
const RISE_SCORE = 0.75;
// Slots of SeriesModel's number array.
const LAST_T = 0;
const LAST_V = 1;
const LAST_SCORE = 2;
const SLOW = 3;
/** Time of the newest value in the window; older ones are one step apart (context only). */
const RING_T = 4;
const EWMA_AT = 5;
const RING_AT = EWMA_AT + EWMA_SLOTS;
const NUM = RING_AT + RING;
/** Median and MAD of the robust window, written by medianMadOf (shared: scoring is synchronous). */
const robust = new Float64Array(2);
const MIN_ROBUST = 8;
/**
 * While an incident is open its anomalous values are kept out of the robust window, so a long
 * spike stays an incident instead of becoming the baseline; after this many steps the new level
 * is accepted (a permanent shift is reported once, then learned).
 */
const MAX_FROZEN = 60;
export const WEIGHTS = { threshold: 1, ewma: 0.6, robust_z: 0.9, seasonal: 0.4, predictive: 0.9, multivariate: 0.45, drift: 0.88 } as const;
/**
 * Latency that creeps up a little each step stays inside the EWMA band and the 24-step robust
 * window the whole way (both follow it). A slow level (about 200 steps of memory, half an hour
 * at the default step) does not: latency at twice it scores, three and a half times saturates.
 */
const SLOW_ALPHA = 0.005;
const SLOW_MIN_POINTS = 10;
const DRIFT_RATIO = [2, 3.5] as const;
/** A request rate below this share of its slow level is a drop that pages. */
const DROP_SHARE = 0.5;
/** Below this many milliseconds above the slow level, a ratio is noise (2 ms → 5 ms). */
const DRIFT_MIN_MS = 25;
/**
 * A request rate that falls to zero from a level where a whole step without requests is
 * implausible (a window median of at least this many per step: a Poisson zero is below e^-5),
 * while the service has no requests on any route, means the service stopped serving. EWMA would take zero for a new level within a few steps,
 * so silence is scored on its own, high enough to open an incident by itself.
 */
const SILENCE_MIN_PER_STEP = 5;
const SILENCE_SCORE = 0.95;

/** Per-detector evidence of the latest step, filled only when something scored (for event context). */
export interface StepEvidence {
  scores: Record<string, number>;
  baselines: Record<string, number>;
}

/**
 * Whether the series may open an incident by itself. Symptoms page (latency, errors, traffic
 * that stops); a runtime gauge of unknown meaning, or a byte count with no known limit, is only
 * evidence: it joins an incident a symptom opened, but its swings page nobody.
 */
export type Paging = 'always' | 'never' | 'drop' | 'limit' | 'crossing';

class StepDetail {
  thr = 0;
  ew = 0;
  rz = 0;
  ses = 0;
  prs = 0;
  mv = 0;
  sil = 0;
  dr = 0;
  combined = 0;
  v = NaN;
  scale = 1;
  expected = NaN;
  lower = NaN;
  upper = NaN;
  med = NaN;
  seasonalExpected = NaN;
}

const NO_DETAIL: Readonly<StepDetail> = Object.freeze(new StepDetail());
/** Shared until the engine assigns a step's exemplars (an empty array per series is 32 bytes). */
const NO_EXEMPLARS: string[] = Object.freeze([]) as unknown as string[];

export class SeriesModel {
  /**
   * The series' numbers as unboxed doubles in one array: its own scalars, the EWMA's state and
   * the robust window. As object fields each number was a separate heap box, and a step touched
   * a dozen scattered objects; this way it touches a few adjacent cache lines.
   */
  private readonly num = newDoubles(NUM);
  readonly ewma = new EwmaDetector(undefined, this.num, EWMA_AT);
  readonly hyst: IncidentHysteresis;
  readonly values = new ValueRing(RING, this.num, RING_AT);
  /** The hysteresis saw a score at or above its open threshold and has not been reset since. */
  private pendingAbove = false;
  predictive: PredictiveDetector | null = null;
  seasonal: SeasonalDetector | null = null;
  /** Set by the incident manager while this series belongs to an open incident. */
  incident: object | null = null;
  /** Exemplar trace ids of the latest step. */
  exemplars: string[] = NO_EXEMPLARS;
  paging: Paging = 'always';
  /** Consecutive steps inside an incident whose anomaly would not page (a resource back under its limit). */
  quietRun = 0;
  /** Consecutive steps over the operator's limit (see pages(), `crossing`). */
  private overLimit = 0;
  /** Consecutive steps risen far over the series' median while under its limit (see RISE_FACTOR). */
  private risen = 0;
  /**
   * The limit was crossed since the series was last quiet: the episode is judged by its limit.
   * Scaled out, a runaway task that crossed it falls back under it yet stays far over its old
   * level; that is the fix holding, not a second incident.
   */
  private crossed = false;
  /** A CPU: its rise under the limit may page (RISE_FACTOR). A pool's may not: a surge fills it and lets go. */
  pagesOnRise = false;
  /** Set by the engine each step: the service's requests are well above their usual rate. */
  loadUp = false;
  /** Consecutive scored steps the hysteresis would not call normal (see symptomatic). */
  private abnormal = 0;
  /**
   * Detector outputs of the latest step that reached the hysteresis (see `score`): what the
   * paging rule and the event context read. Most series never get near an incident, so it is
   * created on the first such step (≈ 400 bytes of boxed numbers saved per quiet series).
   */
  private last: StepDetail | null = null;
  private frozen = 0;
  /** Point count of the slow level (latency and request rate; see SLOW_ALPHA). */
  private slowN = 0;

  constructor(
    readonly key: string,
    readonly service: string,
    readonly component: string,
    readonly role: Role,
    readonly limit: Limit | null,
    readonly stepSec: number,
    hyst: { openSteps: number; closeSteps: number },
  ) {
    this.hyst = new IncidentHysteresis(hyst);
    const n = this.num;
    n[LAST_T] = -Infinity;
    n[LAST_V] = NaN;
    n[LAST_SCORE] = 0;
    n[SLOW] = NaN;
    n[RING_T] = NaN;
  }

  /** Time of the latest value scored or learned. */
  get lastT(): number {
    return this.num[LAST_T];
  }

  /** The latest value scored (NaN before the first). */
  get lastV(): number {
    return this.num[LAST_V];
  }

  /** Combined score of the latest step. */
  get lastScore(): number {
    return this.num[LAST_SCORE];
  }

  /** Slow level (latency and request rate; see SLOW_ALPHA). */
  private get slow(): number {
    return this.num[SLOW];
  }

  private set slow(v: number) {
    this.num[SLOW] = v;
  }

  /**
   * Scores one step. `thresholdValue` is what the operator limit is compared with (the Wilson
   * lower bound for error rates); `mv` is the service's multivariate score for the step.
   * Returns the combined score, or NaN when the point was refused (non-finite, out of order).
   */
  score(t: number, v: number, thresholdValue: number, count: number, mv: number, serviceServing = true): number {
    if (!Number.isFinite(v) || !(t > this.num[LAST_T])) return NaN;
    this.num[LAST_T] = t;
    this.num[LAST_V] = v;
    const up = this.role.upOnly;
    const thr = this.limit ? scoreAgainst(this.limit, thresholdValue) : 0;
    this.overLimit = thr > 0 ? Math.min(this.overLimit + 1, 255) : 0;
    if (this.pagesOnRise && this.limit) this.trackRise(v, thresholdValue, this.limit.max);
    // Inside an open incident the baselines hold still (up to MAX_FROZEN steps: a permanent shift is reported once, then learned).
    const holding = this.incident !== null && this.frozen < MAX_FROZEN;
    const e = this.ewma.next(t, v, holding);
    let dr = 0;
    if (this.role.name === 'latency') {
      if (this.slowN >= SLOW_MIN_POINTS && v - this.slow >= DRIFT_MIN_MS) dr = ramp(v / Math.max(this.slow, 1e-9), DRIFT_RATIO[0], DRIFT_RATIO[1]);
      if (!holding) this.learnSlow(v);
    } else if (this.role.name === 'rate' && !holding) this.learnSlow(v);
    let ew = e.score;
    if (up && v < e.expected) ew = 0;
    // Outside the EWMA band, in the direction that matters: only then is the robust check worth its sort.
    const outside = (e.reason === 'spike_up' || e.reason === 'spike_down' || e.reason === 'shift_pending') && !(up && v < e.expected);
    let rz = 0;
    let med = NaN;
    // A rise that may page (RISE_FACTOR) keeps being judged against the window after the EWMA
    // has taken the new level in: its incident is opened on that evidence.
    if ((outside || this.incident || this.risen > 0) && this.values.size >= MIN_ROBUST) {
      medianMadOf(this.num, RING_AT, this.values.size, robust);
      med = robust[0];
      const scale = Math.max(robust[1], this.noiseFloor(med, count));
      let z = (v - med) / scale;
      if (up && z < 0) z = 0;
      rz = ramp(Math.abs(z), 3, 6);
    }
    const se = this.seasonal ? this.seasonal.update(t, v) : null;
    const pr = this.predictive ? this.predictive.update(t, v) : null;
    // Steps inside an incident are counted; anomalous ones stay out of the robust window. At
    // MAX_FROZEN the level is accepted: the slow level jumps to it, and the window fills with it.
    if (this.incident && this.frozen < MAX_FROZEN) {
      this.frozen++;
      if (this.frozen === MAX_FROZEN && this.slowN > 0) this.slow = v;
    }
    // A rise that may page (RISE_FACTOR) is an anomaly by itself from the step before it may page:
    // by then the EWMA has taken much of the new level in, and the window would take the rest,
    // so their scores fade while the process stays busy.
    const rising = this.riseHolds(RISE_STEPS - 1);
    if (!(this.incident && (rz > 0 || rising) && this.frozen < MAX_FROZEN)) {
      this.values.push(v);
      this.num[RING_T] = t;
    }
    if (!this.incident) this.frozen = 0;
    let sil = 0;
    if (v === 0 && !serviceServing && this.role.name === 'rate' && this.values.size >= MIN_ROBUST) {
      if (Number.isNaN(med)) med = medianMadOf(this.num, RING_AT, this.values.size);
      if (med * this.stepSec >= SILENCE_MIN_PER_STEP) sil = SILENCE_SCORE;
    }
    const ses = se && !(up && v < se.expected) ? se.score : 0;
    const prs = pr ? pr.score : 0;
    let combined: number;
    if (thr === 0 && ew === 0 && rz === 0 && ses === 0 && prs === 0 && dr === 0) {
      // Only the service-level model (or nothing) spoke: its weighted score is the noisy-OR.
      combined = mv * WEIGHTS.multivariate;
    } else {
      combined = combineScores([
        { output: { score: thr, reason: 'above_limit' }, weight: WEIGHTS.threshold },
        { output: { score: ew, reason: e.reason }, weight: WEIGHTS.ewma },
        { output: { score: rz, reason: 'robust_z' }, weight: WEIGHTS.robust_z },
        { output: { score: ses, reason: 'seasonal' }, weight: WEIGHTS.seasonal },
        { output: { score: prs, reason: pr?.reason ?? 'predictive' }, weight: WEIGHTS.predictive },
        { output: { score: mv, reason: 'multivariate' }, weight: WEIGHTS.multivariate },
        { output: { score: dr, reason: 'drift' }, weight: WEIGHTS.drift },
      ]).score;
    }
    if (sil > combined) combined = sil;
    if (rising && combined < RISE_SCORE) combined = RISE_SCORE;
    this.num[LAST_SCORE] = combined;
    this.abnormal = combined >= this.hyst.opts.closeThreshold ? Math.min(this.abnormal + 1, 255) : 0;
    // Only a step that `step` passes to the hysteresis can lead to a decision, and only a decision
    // reads these (pages(), evidence); the condition is step()'s, negated.
    if (this.pendingAbove || combined >= this.hyst.opts.openThreshold || this.hyst.isOpen) {
      const L = (this.last ??= new StepDetail());
      L.thr = thr;
      L.ew = ew;
      L.rz = rz;
      L.ses = ses;
      L.prs = prs;
      L.mv = mv;
      L.sil = sil;
      L.dr = dr;
      L.v = v;
      L.expected = e.expected;
      L.lower = e.lower;
      L.upper = e.upper;
      L.med = med;
      L.seasonalExpected = se ? se.expected : NaN;
      // Values and the limit can differ in unit (a `%` gauge against a fraction): the factor is
      // kept for the one paging rule that compares the baseline with the limit.
      L.scale = this.paging === 'crossing' && v !== 0 && Number.isFinite(thresholdValue) ? thresholdValue / v : 1;
      L.combined = combined;
    }
    return combined;
  }

  /** Whether the latest step's anomaly may page (see Paging). */
  pages(): boolean {
    const L = this.last ?? NO_DETAIL;
    switch (this.paging) {
      case 'always':
        return true;
      case 'never':
        return false;
      case 'drop':
        // Against the slow level, not the EWMA: after a burst the EWMA sits at the burst, and
        // traffic going back to normal would read as a drop.
        return L.sil > 0 || (this.slowN >= SLOW_MIN_POINTS && L.v < DROP_SHARE * this.slow);
      case 'limit':
        return L.thr > 0 || L.prs > 0;
      case 'crossing':
        if (L.thr === 0) return this.riseHolds(RISE_STEPS);
        // Over its limit coming from below it: a service whose usual level already sits over
        // the limit (a busy event loop on a crowded host) has a capacity question, not an incident.
        // And for more than one step: a deploy's restart queues requests and fills a pool (or
        // busies a starting process) for a moment, and lets go by itself.
        return L.thr > 0 && this.overLimit >= CROSSING_STEPS && this.limit !== null && L.expected * L.scale < this.limit.max;
    }
  }

  /** A rise that may page (see RISE_FACTOR) has held `steps` steps, with no surge and the limit not crossed. */
  private riseHolds(steps: number): boolean {
    return this.pagesOnRise && this.risen >= steps && !this.crossed && !this.loadUp;
  }

  /** Counts the steps the value holds far over its usual level, under the limit (see RISE_FACTOR). */
  private trackRise(v: number, ratio: number, max: number): void {
    if (this.overLimit > 0) this.crossed = true;
    if (!(ratio >= RISE_SHARE * max)) {
      this.risen = 0;
      if (!this.incident) this.crossed = false;
      return;
    }
    // The window, before this step joins it; the median is sorted only on such a step (NaN, so
    // not high, while the window is short).
    this.risen = v >= RISE_FACTOR * this.windowMedian ? Math.min(this.risen + 1, 255) : 0;
  }

  /**
   * The latest step is a symptom an incident can date: it and the step before were anomalous. One
   * step alone is too little (two slow statements in thirteen requests lift a p95 for a step),
   * and recovery reads the latest symptom to tell a problem that goes on from one already fixed.
   */
  get symptomatic(): boolean {
    return this.abnormal >= 2;
  }

  /** Median of the robust window (NaN until it holds MIN_ROBUST values): a rate's usual level. */
  get windowMedian(): number {
    return this.values.size >= MIN_ROBUST ? medianMadOf(this.num, RING_AT, this.values.size) : NaN;
  }

  /** Per-detector evidence of the latest step, built only when an incident needs it. */
  get evidence(): StepEvidence | null {
    const L = this.last;
    if (!L || !(L.combined > 0)) return null;
    return {
      scores: { threshold: L.thr, ewma: L.ew, robust_z: L.rz, seasonal: L.ses, predictive: L.prs, multivariate: L.mv, silence: L.sil, drift: L.dr, combined: L.combined },
      baselines: clean({
        value: L.v,
        ewma_expected: L.expected,
        ewma_lower: L.lower,
        ewma_upper: L.upper,
        median: L.med,
        limit: this.limit?.max ?? NaN,
        seasonal_expected: L.seasonalExpected,
        slow_level: this.slow,
        time_to_exhaustion_ms: this.predictive ? this.predictive.forecast().timeToExhaustionMs : NaN,
      }),
    };
  }

  /** Hysteresis step; the common case (closed, nothing pending, low score) skips it and allocates nothing. */
  step(t: number, score: number): Decision | null {
    const open = this.hyst.opts.openThreshold;
    if (!this.pendingAbove && !(score >= open) && !this.hyst.isOpen && Number.isFinite(score)) return null;
    const d = this.hyst.step(t, score);
    this.pendingAbove = !this.hyst.isOpen && score >= open;
    return d;
  }

  /**
   * Warm-up: teach the detectors without judging (no hysteresis, no events). Points from
   * `freezeFrom` on belong to an incident still open in PostgreSQL: like live anomalous points
   * they stay out of the robust window, so the resumed incident is not judged against itself.
   */
  learn(t: number, v: number, freezeFrom = Infinity): void {
    if (!Number.isFinite(v) || !(t > this.num[LAST_T])) return;
    this.num[LAST_T] = t;
    this.num[LAST_V] = v;
    this.ewma.next(t, v);
    if (this.role.name === 'latency' || this.role.name === 'rate') this.learnSlow(v);
    this.seasonal?.update(t, v);
    this.predictive?.update(t, v);
    if (t >= freezeFrom && this.frozen < MAX_FROZEN) {
      this.frozen++;
      return;
    }
    this.values.push(v);
    this.num[RING_T] = t;
  }

  private learnSlow(v: number): void {
    this.slow = this.slowN === 0 ? v : this.slow + SLOW_ALPHA * (v - this.slow);
    this.slowN++;
    // Drift is judged from SLOW_MIN_POINTS on: the level starts there from the median of the
    // window so far. Started from the first point alone, a cold first step (a process warming up,
    // a burst of cheap sign-ins) held the level far below the real one for hundreds of steps,
    // and every normal step after it read as drift: the incident it joined could never settle.
    if (this.slowN === SLOW_MIN_POINTS && this.values.size > 0) this.slow = medianMadOf(this.num, RING_AT, this.values.size);
  }

  /** Recent (time, value) pairs, oldest first: the baseline window plus the latest point. */
  recent(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const n = this.values.size;
    const stepMs = this.stepSec * 1000;
    for (let i = 0; i < n; i++) {
      const t = this.num[RING_T] - (n - 1 - i) * stepMs;
      if (t < this.lastT) out.push([t, round(this.values.at(i))]);
    }
    if (Number.isFinite(this.lastV)) out.push([this.lastT, round(this.lastV)]);
    return out;
  }

  /**
   * Smallest spread the robust z-score assumes: sampling noise that the window's MAD can
   * underestimate (Poisson for rates, binomial for error rates) and 5 % of the level.
   */
  private noiseFloor(med: number, count: number): number {
    const rel = Math.abs(med) * 0.05;
    switch (this.role.name) {
      case 'rate':
      case 'log_rate':
        return Math.max(rel, Math.sqrt(Math.max(med * this.stepSec, 1)) / this.stepSec);
      case 'error_rate': {
        const p = Math.max(med, 0.01);
        return Math.max(0.005, Math.sqrt((p * (1 - p)) / Math.max(count, 1)));
      }
      case 'latency':
      case 'hist_p95':
        return Math.max(rel, 1);
      default:
        return Math.max(rel, 1e-9);
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function clean(o: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) if (Number.isFinite(v)) out[k] = round(v);
  return out;
}

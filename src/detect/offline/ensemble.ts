// The scoring core behind UnivariateDetector, in the style of NAB's better detectors: raw
// surprise signals, each turned into an anomaly likelihood against its own history (so one
// corpus-wide threshold fits very different series), combined by max, reported once per event.
//
// Signals:
//   - spike: the first difference against its robust EW scale;
//   - pattern: nearest-neighbour distance of the latest subsequence to the recent past. A jump
//     that happens every day has a close neighbour and stays quiet; a spike, a missing daily
//     peak or a new shape does not. Its likelihood averages only a few rows, because NAB's
//     reward decays with delay and a 10-row average dilutes an isolated spike tenfold;
//   - the pattern likelihood counts fully only when the surprise is also comparable to the
//     largest this series has shown (a record that slowly forgets, see record.ts): on long,
//     busy series a likelihood alone keeps firing at its per-row rate on surprises the series
//     has produced many times before;
//   - optionally (tailMix > 0, off by default), the pattern likelihood is mixed with a
//     peaks-over-threshold fit of the NN distances' upper tail (see tail-likelihood.ts). NN
//     distances are skewed, so the normal fit alone calls a noisy series' ordinary peaks rare.
//     The mix raised the synthetic set's score by 3.5 points and the held-out low-FP score by
//     1.5, but lowered the held-out standard score by 0.2, so it is not the default;
//   - measured and rejected (2026-12-06): judging the NN distance in units of the current step
//     scale, log1p(nnd / (c × scale)) with c 2–5 (optionally the record too). A series that only
//     grows noisier then stops looking new; without the grid it raised held-out standard from
//     75.6 to 76.2–77.2 and in-sample from 77.3 to 78.2–79.0, but with bench:nab's grid the
//     held-out figure fell from 74.98 to 73.7–74.1 (held out, realAdExchange gets extScale 0.15
//     and a 0.307 threshold from the other categories, realKnownCause runMin 75), so the gain
//     does not transfer. Synthetic moved 58.85 -> 57.9 (c 2–3) or 59.1–59.2 (record too);
//   - measured and rejected (2026-12-07): adding k × the second-strongest signal to the strongest
//     (corroboration; k 0.1 / 0.25) raised the quick screen (held-out thresholds, defaults:
//     75.60 -> 75.72 / 75.89, low-FP 65.63 -> 67.39 / 66.22) and in-sample (77.26 -> 77.37 /
//     77.65), but with bench:nab's grid held-out standard fell 74.98 -> 73.23 / 71.26. Scaling
//     the spike likelihood by its own decaying record, as the pattern's is (rho 0.3–0.7), fell
//     on the screen already (75.60 -> 72.1–73.4);
//   - measured and rejected (2026-12-07): damping the pattern likelihood by the series' own
//     earlier pattern fires, pattern / (1 + k × fires) (alert fatigue: a series that keeps firing
//     is trusted less; screen 75.60 -> 76.03 / 75.81 / 75.86 / 74.59 for k 0.025 / 0.05 / 0.1 /
//     0.15). With k 0.05 and never forgetting, it moved held-out standard 74.98 ->
//     75.05, low-FP 65.20 -> 66.93, in-sample 77.26 -> 77.47, synthetic 58.85 -> 59.25, but a
//     live detector must not go deaf over months; with the count halved every 5,000 rows the
//     quick screen rose to 77.37 and the full grid's held-out figure fell to 73.30
//     (realAdExchange held out 63.14, extScale 0.15 picked). A gain that flips so is noise;
//   - stay: the series has sat at one level longer than ever before (see run-length.ts). It is
//     an event, not a likelihood: it fires once, when the stay becomes a record, and only at a
//     level whose stays are regular or when the stay is flat (a wandering series sets records
//     by chance);
//   - extreme: the value lies beyond the lowest or highest value of all history by a fair part
//     of that range (see extreme.ts). On spiky series the likelihoods are calibrated on a
//     history full of big surprises and miss the one that goes further than any before;
//   - volatility: the mean absolute step over the last volWidth rows lies beyond the highest
//     such volatility of all history (see volatility.ts): a change of variance, where every
//     value and every step is ordinary for the series and only the sustained restlessness is
//     new. With timestamps (rows at most an hour apart), a new high is discounted by hour of day
//     (2026-12-07, volPhaseK 2): it counts in full only when it beats the highest daily peak of
//     its own hour by 2 × the day-to-day spread of those peaks (after three days at that hour).
//     On a daily series the restless hour (a daily drop, a busy hour) otherwise beats its own
//     best by chance every few days. It removed 5 of the signal's 16 fires, all false (4 at the
//     18:00 drop of the art_daily files, 1 in art_daily_small_noise), and kept both true ones.
//     bench:nab's full grid: held-out standard 74.98 -> 75.39, low-FP 65.20 -> 66.03, low-FN
//     80.17 -> 80.45 (artificialWithAnomaly held out 86.00 -> 88.74; every real category held
//     out unchanged), in-sample 77.26 -> 77.67, synthetic 58.85 -> 58.99. k was set at 2 from
//     the per-fire figures before any run. Screen (no grid) for k 1 / 2 / 3: 75.81 / 76.02 /
//     74.37 (75.60 without): at 3 the one real true positive of the signal (exchange-2_cpc's,
//     whose hour had peaks within reach of the record) falls below the threshold, so the margin
//     is thin on the real files;
//   - trend (2026-12-07): the series' smoothed level (mean of the last 200 rows) lies beyond the
//     lowest or highest smoothed level of all history up to 200 rows ago by a quarter of that
//     range (see trend.ts). An event like the stay: one row per excursion, re-armed only once
//     the level is back inside the record, and only after 1,000 smoothed levels (five
//     independent 200-row means are too few for a range). It is there for machine_temperature's
//     last window, the slow ~600-row decline that only a 52-row stay saw and runMin 75 lost: the
//     trend fires on it at row 19,572 (40% before the window's end) whatever runMin is.
//     bench:nab's full grid: held-out standard 75.39 -> 76.00, low-FP 66.03 -> 66.53, low-FN
//     80.45 -> 80.86 (realKnownCause held out 69.42 -> 71.13, still with runMin 75; realTraffic
//     83.37 -> 83.34; the others unchanged), in-sample 77.67 / 69.56 / 82.60 -> 77.67 / 69.45 /
//     82.60, synthetic 58.99 / 47.69 / 65.35 -> 58.75 / 47.08 / 65.20 (about ten new false
//     fires there, mostly on random walks and noisy files, one window gained). The grid's pick
//     with every category in view moved from the defaults to runMin 100 (77.86). Width and lag
//     200 were the first guess; 1,000 levels and a quarter of the range were chosen by looking
//     at the signal's fires on all 31 files, so the held-out figure does not hold that choice
//     out. Screen (no grid; defaults 76.02 / 66.46, realKnownCause 71.45; with runMin 75, the
//     grid's pick for every held-out category before, 75.39 / 66.03, realKnownCause 69.42):
//     a graded score (wTrend 0.5 × excess / scale, no re-arming, trusted after 100 levels) for
//     scale 0.15 / 0.25, width = lag 200: 71.16 / 71.43; width = lag 100: 72.03 / 75.19 (the
//     record fires every suppression period during a drift and right after it is trusted);
//     the event with 300 levels: width = lag 200 75.77 / 65.80 (runMin 75: 75.77 / 65.98,
//     realKnownCause 70.84; synthetic 58.32), width = lag 300 74.73 (runMin 75: 74.84); the
//     event with 1,000 levels (the default): 76.01 / 66.35 (runMin 75: 76.01 / 66.54,
//     realKnownCause 71.13);
//   - measured and rejected (2026-12-07): counting only "noisier than ever" and dropping the
//     record's low side ("quieter than ever", 2 false fires and no true one on the real files):
//     screen 75.60 -> 75.81 (with the hour discount 76.02 -> 76.23), but synthetic 58.85 ->
//     57.64 (57.77 with the discount): the low side earns its place on the never-tuned set;
//   - measured and rejected (2026-12-07), aimed at realKnownCause held out (69.42, below the
//     issue's 70). Its held-out configuration is runMin 75 (picked on realAdExchange, whose one
//     stay false positive is 55 rows against a level record of 42), which loses
//     machine_temperature's last window: a slow 600-row decline that only the stay signal sees,
//     at 52 rows against 40 (with runMin 50 the category scores 71.45). Screen = no grid
//     (defaults 76.02 / 66.46 / 80.87, realKnownCause 71.45); LOCO = bench:nab's full grid
//     (75.39 / 66.03 / 80.45). (a) A longer history for the pattern likelihood alone
//     (HTM-style, 2,000 / 4,000 rows): screen 73.83 / 70.97, realKnownCause 66.79 / 66.33;
//     500 rows: 76.22 (realKnownCause 71.88) but synthetic 58.99 -> 57.91. (b) Persistence: the
//     record judging the smallest NN distance of the last m rows (m < knnWidth, so one odd
//     value, which keeps the distance high for knnWidth rows, still counts): screen for m
//     3 / 4 / 6 / 8 75.97 / 76.36 / 74.58 / 73.12, realKnownCause 71.14 / 72.57 / 67.48 / 68.33
//     (m 5 loses a nyc_taxi window at every threshold). LOCO with m 4: held-out 75.62 / 64.66 /
//     80.60, realKnownCause 70.53, realAdExchange 70.14, realTraffic 83.24 (low-FP 67.44: the
//     low-FP threshold chosen without it rose to 0.317), in-sample 78.01, synthetic 59.15.
//     Low-FP fell 1.37, m was picked from a jagged screen, and most of the category's gain was
//     two near-threshold rows of cpu_utilization moving by a row. (c) Starting the suppression
//     lower (fireLevel 0.29: cpu_utilization reported one event on two rows at 0.295 and 0.297,
//     below the old 0.30): screen 76.25 / 68.39, LOCO 71.94 / 64.12 / 76.89 (realAdExchange
//     63.14 with extScale 0.15, realTraffic 77.36: a 0.29 row silences the detection after it),
//     realKnownCause 69.99. Screened only: the record's half-life 10,000 / 20,000 rows
//     (realKnownCause 68.67 / 63.55: nyc_taxi's true detections, at 0.35-0.41, need the record
//     to forget), knnHistory 8,000 (realKnownCause 67.93, synthetic 60.40), recRho 0.6 (screen
//     76.53, realKnownCause 72.60; 0.7: 68.06). recRho moves no other category at its
//     threshold, so with 0.6 as the default the grid's other categories would tie and keep it:
//     a value chosen on the held-out category itself, not a held-out gain. Per fire, the
//     pattern signal's true and false positives on realKnownCause are not told apart by the
//     distance's quantile in its own history, the number of earlier excursions that reached it
//     or its size against the 4,000-row maximum, and how long it stays high separates only a few
//     (b); nor are the stay signal's by the stay against the series' longest stay
//     (machine_temperature's true stays: 50 and 52 rows, series record 869).
//     machine_temperature's pattern false positives score 0.30-0.41 (one 0.86), nyc_taxi's
//     true detections 0.36-0.41 (one 0.67): what quiets the one loses the other.
//
// Memory: knnHistory + knnWidth + 2 × longWindow + shortWindow + nnShort + 2 × runLevels +
// volWidth + 144 + trendWidth + trendLag doubles (≈ 6,620 ≈ 53 KB with defaults) plus a few scalars; 3 × longWindow +
// nnShort more with the tail mix on.
import { Likelihood } from './likelihood.ts';
import { TailLikelihood } from './tail-likelihood.ts';
import { SubsequenceNN } from './knn.ts';
import { RunLengthNovelty } from './run-length.ts';
import { DecayingRecord } from './record.ts';
import { NewExtreme } from './extreme.ts';
import { VolatilityRecord } from './volatility.ts';
import { TrendRecord } from './trend.ts';

export interface EnsembleOptions {
  /** Rows scored 0 while statistics settle (the detector does not know the series length). */
  warmup: number;
  /** EW smoothing for the scale of first differences. */
  diffAlpha: number;
  /** History of raw scores each likelihood compares against. */
  longWindow: number;
  /** Rows of spike surprise averaged against that history. */
  shortWindow: number;
  /** Rows of pattern surprise averaged against that history. */
  nnShort: number;
  /** Spike z-scores are capped at zCap and scaled to [0,1]. */
  zCap: number;
  knnWidth: number;
  knnHistory: number;
  /**
   * Floor on the pattern likelihood's spread, as a fraction of the typical NN distance. On a
   * clean periodic series NN distances are nearly constant, and a routine jump (which has few
   * aligned neighbours) would otherwise look like a many-sigma event.
   */
  nnRelFloor: number;
  /**
   * Share of the pattern likelihood taken from the tail fit (0 = the normal fit alone, the
   * default; 0.5 is the measured alternative, see bench:nab in the README), the
   * largest tail shape it may fit (0 = exponential), and the floor on its tail scale as a
   * fraction of the typical NN distance.
   */
  tailMix: number;
  tailMaxShape: number;
  tailRelFloor: number;
  /**
   * The pattern likelihood is scaled by min(1, surprise / (recRho × record)), where record is
   * the largest pattern surprise seen so far, halved every recHalf rows. 0 turns this off.
   */
  recRho: number;
  recHalf: number;
  wDiff: number;
  wKnn: number;
  /** Weight of the stay event (its raw level is 0.5). */
  wRun: number;
  /** A stay is a record when it exceeds the level's longest completed stay by this factor... */
  runRatio: number;
  /** ...and has lasted at least this many rows. */
  runMin: number;
  runLevels: number;
  /**
   * Stays count only at levels whose completed stays have a coefficient of variation ≤
   * stayCvMax, or when the stay is flat (see run-length.ts; 0 turns this off).
   */
  stayCvMax: number;
  stayFlatShare: number;
  /**
   * New extreme: a value beyond the lowest or highest seen so far by extScale of that range
   * scores wExt (linearly below that; 0 turns the signal off). See extreme.ts.
   */
  extScale: number;
  wExt: number;
  /** Rows before the range is trusted. */
  extMin: number;
  /**
   * Volatility record: a mean absolute step over the last volWidth rows beyond the highest seen
   * so far by volScale of that volatility's range scores wVol (linearly below that; 0 turns the
   * signal off). It trusts its range after extMin rows, like the extreme signal.
   */
  volScale: number;
  volWidth: number;
  wVol: number;
  /**
   * Hour-of-day discount of the volatility record: a new high at an hour of the day counts in
   * full only when it beats that hour's highest earlier daily peak by volPhaseK × the spread of
   * those peaks (see PhaseVolatility in volatility.ts; needs timestamps; 0 = off).
   */
  volPhaseK: number;
  /**
   * Trend record: the row on which the mean of the last trendWidth rows first lies beyond the
   * lowest or highest such mean of all history up to trendLag rows ago by trendScale of that
   * range is an event (raw level 0.5, weight wTrend; once per excursion; trendScale 0 turns the
   * signal off). See trend.ts.
   */
  trendScale: number;
  trendWidth: number;
  trendLag: number;
  /** Smoothed levels in the trend record before its range is trusted. */
  trendMin: number;
  wTrend: number;
  /** Like extScale, for the first difference (a jump larger than any before; 0 = off). */
  jumpScale: number;
  /** After an output ≥ fireLevel, outputs are 0 for this many rows. */
  suppressRows: number;
  fireLevel: number;
}

// Signals and most values were tuned on the 31-file NAB subset. nnRelFloor, recRho, runMin and
// extScale are what `npm run bench:nab`'s grid picks on all its categories; the bench re-picks
// them by leave-one-category-out and reports that held-out score next to the in-sample one.
export const DEFAULT_ENSEMBLE: EnsembleOptions = {
  warmup: 30,
  diffAlpha: 0.02,
  longWindow: 1000,
  shortWindow: 10,
  nnShort: 3,
  zCap: 8,
  knnWidth: 10,
  knnHistory: 4000,
  nnRelFloor: 0.6,
  tailMix: 0,
  tailMaxShape: 0,
  tailRelFloor: 0.1,
  recRho: 0.5,
  recHalf: 5000,
  wDiff: 1,
  wKnn: 1,
  wRun: 1,
  runRatio: 1.3,
  runMin: 50,
  runLevels: 16,
  stayCvMax: 1,
  stayFlatShare: 0.25,
  extScale: 0.1,
  wExt: 0.5,
  extMin: 100,
  volScale: 0.1,
  volWidth: 12,
  wVol: 0.5,
  volPhaseK: 2,
  trendScale: 0.25,
  trendWidth: 200,
  trendLag: 200,
  trendMin: 1000,
  wTrend: 1,
  jumpScale: 0,
  suppressRows: 100,
  fireLevel: 0.3,
};

export class EnsembleScorer {
  readonly opts: EnsembleOptions;
  private n = 0;
  private prev = NaN;
  private absDiff = 0;
  private readonly spikeLik: Likelihood;
  private readonly nn: SubsequenceNN;
  private readonly nnLik: Likelihood;
  private readonly nnTailLik: TailLikelihood | null;
  private readonly nnRecord: DecayingRecord;
  private readonly runs: RunLengthNovelty;
  readonly extreme: NewExtreme;
  private readonly jumps: NewExtreme;
  readonly volatility: VolatilityRecord;
  readonly trend: TrendRecord | null;
  private prevRatio = 0;
  private sinceFire = Infinity;
  /** Per-signal values of the latest row, before suppression (for reasons and tests). */
  readonly last = { spike: 0, pattern: 0, stay: 0, extreme: 0, volatility: 0, trend: 0 };

  constructor(opts?: Partial<EnsembleOptions>) {
    const o = (this.opts = { ...DEFAULT_ENSEMBLE, ...opts });
    this.spikeLik = new Likelihood(o.longWindow, o.shortWindow);
    this.nn = new SubsequenceNN(o.knnWidth, o.knnHistory);
    this.nnLik = new Likelihood(o.longWindow, o.nnShort, o.nnRelFloor);
    this.nnTailLik = o.tailMix > 0 ? new TailLikelihood(o.longWindow, o.nnShort, o.tailRelFloor, o.tailMaxShape) : null;
    this.nnRecord = new DecayingRecord(o.recHalf);
    this.extreme = new NewExtreme(o.extMin);
    this.jumps = new NewExtreme(o.extMin);
    this.volatility = new VolatilityRecord(o.volWidth, o.extMin, o.volPhaseK);
    this.trend = o.trendScale > 0 ? new TrendRecord(o.trendWidth, o.trendLag, o.trendMin, o.trendScale) : null;
    this.runs = new RunLengthNovelty({ levels: o.runLevels, minRun: o.runMin, cvMax: o.stayCvMax, flatShare: o.stayFlatShare });
  }

  /** Score one finite value (at time t, ms, if known); returns a score in [0,1]. */
  push(v: number, t = NaN): number {
    const o = this.opts;
    this.n++;
    const d = Number.isNaN(this.prev) ? 0 : v - this.prev;
    this.prev = v;
    const scale = this.absDiff * 1.2533 + 1e-9; // mean |N(0,σ)| · √(π/2) = σ
    const zd = Math.abs(d) / scale;
    if (this.n <= 2) this.absDiff = Math.abs(d);
    // Clipped update: one outlier must not inflate the scale that judges the next one.
    else this.absDiff += o.diffAlpha * (Math.min(Math.abs(d), 6 * scale) - this.absDiff);
    const spike = this.spikeLik.push(Math.min(1, zd / o.zCap));
    const nnd = this.nn.push(v);
    let pattern = 0;
    if (!Number.isNaN(nnd)) {
      pattern = this.nnLik.push(nnd);
      if (this.nnTailLik) pattern = (1 - o.tailMix) * pattern + o.tailMix * this.nnTailLik.push(nnd);
      // The row's own distance, not the likelihood's few-row average: a spike must count on
      // its own row, where NAB's reward is highest.
      const vsRecord = this.nnRecord.push(nnd, o.recRho);
      if (o.recRho > 0) pattern *= vsRecord;
    }
    const excess = this.extreme.push(v);
    let ext = o.extScale > 0 ? Math.min(1, excess / o.extScale) : 0;
    const jx = this.jumps.push(d);
    if (o.jumpScale > 0) ext = Math.max(ext, Math.min(1, jx / o.jumpScale));
    const vx = this.volatility.push(v, t);
    const vol = o.volScale > 0 ? Math.min(1, vx / o.volScale) : 0;
    const trend = this.trend && this.trend.push(v) >= o.trendScale ? 0.5 : 0;
    const ratio = this.runs.push(v);
    // Only the moment a stay becomes a record: a stay that goes on is the same event, and
    // re-reporting it after every suppression period would be one false positive each time.
    const stay = ratio >= o.runRatio && this.prevRatio < o.runRatio ? 0.5 : 0;
    this.prevRatio = ratio;
    this.last.spike = spike;
    this.last.pattern = pattern;
    this.last.stay = stay;
    this.last.extreme = ext;
    this.last.volatility = vol;
    this.last.trend = trend;
    if (this.n <= o.warmup) return 0;
    let score = Math.max(o.wDiff * spike, o.wKnn * pattern, o.wRun * stay, o.wExt * ext, o.wVol * vol, o.wTrend * trend);
    // NAB credits only the first detection in a window and charges every other one as a false
    // positive; operators likewise want one alert per incident.
    this.sinceFire++;
    if (this.sinceFire <= o.suppressRows) score = 0;
    else if (score >= o.fireLevel) this.sinceFire = 0;
    return Math.min(1, Math.max(0, score));
  }
}

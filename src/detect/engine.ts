// The detection engine: closed steps in, incidents out. Each step's rollups become derived
// series (p95 latency, error rate and rate per route; log rates; metric values), each scored by
// its detectors and the service's multivariate model, combined into one score, and passed
// through hysteresis into open/update/close decisions that the incident manager turns into
// events. Bounded: at most maxSeries derived series live; idle ones are evicted.
import type { DetectedEvent, LogRecordItem, SpanRecord } from '../records.ts';
import { IncidentCorrelator } from './correlation.ts';
import { IncidentManager, type ResumeRow, type Incident } from './incidents.ts';
import { LogPath } from './log-path.ts';
import { SeriesModel, type Paging } from './series-model.ts';
import { ServiceGraph } from './service-graph.ts';
import { POOL_USAGE_LIMIT, POOL_USAGE_METRIC } from './pool-usage.ts';
import { isRatioMetric, isResourceMetric, resourceLimitKind, ROLES, wilsonLower, type Role } from './metric-roles.ts';
import { SEED_THRESHOLDS, thresholdConfig } from './threshold-config.ts';
import { MultivariateDetector } from './multivariate.ts';
import { PredictiveDetector } from './predictive.ts';
import { SeasonalDetector, type SlotProfile } from './seasonal.ts';
import type { StepRollup } from './series-types.ts';
import { ALL_REQUESTS } from './series-keys.ts';
import { resolveLimit, type ThresholdConfig } from './threshold.ts';

export interface EngineOptions {
  stepMs: number;
  maxSeries: number;
  closeAfterSteps: number;
  /** Consecutive anomalous steps before an incident opens (a one- or two-step blip is not one). */
  openSteps: number;
  /** Normal steps of every paging series after which an open incident reports it has settled (recovery verifies on it). */
  settleSteps: number;
  thresholds: ThresholdConfig;
  multivariate: boolean;
  maxMultivariateServices: number;
  /** Error signatures first seen this soon after start are learned silently. */
  novelWarmupMs: number;
  /** Derived series idle this many steps are forgotten (unless in an open incident). */
  evictAfterSteps: number;
  /**
   * Metric names (globs, `*` any run of characters) whose anomalies page by themselves, and
   * metric names not watched at all. Other metrics of unknown meaning are evidence only.
   */
  metrics: { page: string[]; ignore: string[] };
}

export const DEFAULT_ENGINE: EngineOptions = {
  stepMs: 10_000,
  maxSeries: 100_000,
  closeAfterSteps: 6,
  openSteps: 3,
  settleSteps: 2,
  thresholds: thresholdConfig(SEED_THRESHOLDS),
  multivariate: true,
  maxMultivariateServices: 500,
  novelWarmupMs: 60 * 10_000,
  evictAfterSteps: 360,
  metrics: { page: [], ignore: [] },
};

const NOVEL_WARMUP_STEPS = 60;
/** Requests at this multiple of their usual rate are a surge (see surging). */
const LOAD_UP = 1.5;

/** Server-side request durations: the same symptom as span latency, when only metrics are sent. */
const REQUEST_DURATION = /^(http|rpc)\.server\.(request\.)?duration$/;

export interface EngineCounters {
  steps: number;
  seriesSteps: number;
  /** Derived values refused as NaN/±Inf. */
  nan: number;
  outOfOrder: number;
  droppedSeries: number;
  events: number;
}

/** The derived series of one group (route, log severity, metric stream). */
interface ModelSet {
  latency?: SeriesModel | null;
  errorRate?: SeriesModel | null;
  rate?: SeriesModel | null;
  value?: SeriesModel | null;
  p95?: SeriesModel | null;
  lastStep: number;
}

const MAX_CORRELATED_PER_STEP = 64;

export type EventListener = (ev: DetectedEvent) => void;

export class DetectEngine {
  readonly opts: EngineOptions;
  readonly counters: EngineCounters = { steps: 0, seriesSteps: 0, nan: 0, outOfOrder: 0, droppedSeries: 0, events: 0 };
  readonly incidents: IncidentManager;
  readonly correlator: IncidentCorrelator;
  readonly logPath: LogPath;
  /** Calls between services seen in traces: what lets one outage in several services be one incident. */
  readonly graph = new ServiceGraph();
  private readonly pageMetric: RegExp | null;
  private readonly ignoreMetric: RegExp | null;
  private readonly sets = new Map<string, ModelSet>();
  private readonly mv = new Map<string, MultivariateDetector>();
  private readonly listeners: EventListener[] = [];
  private readonly resumed = new Map<string, Incident>();
  private readonly seasonal = new Map<string, SlotProfile[]>();
  private models = 0;
  private sinceSweep = 0;
  private readonly anomalous: string[] = [];
  /** Each service's requests of this step (its all-requests rollup), and whether they are a surge (see surging). */
  private readonly requests = new Map<string, StepRollup>();
  private readonly loaded = new Map<string, boolean>();
  lastStep = -Infinity;

  constructor(opts?: Partial<EngineOptions>) {
    // The novelty warm-up is a number of steps (60: ten minutes at the default step), so a run at a
    // finer step learns its error signatures over as many steps, not as many minutes.
    const step = opts?.stepMs ?? DEFAULT_ENGINE.stepMs;
    this.opts = { ...DEFAULT_ENGINE, novelWarmupMs: NOVEL_WARMUP_STEPS * step, ...opts };
    const o = this.opts;
    this.correlator = new IncidentCorrelator({ stepMs: o.stepMs, windowMs: o.closeAfterSteps * o.stepMs, closeAfterMs: 3 * o.closeAfterSteps * o.stepMs });
    // Onset "close in time": two close-after windows, so a fault that reaches its callers a little later is still one incident.
    this.incidents = new IncidentManager({ stepMs: o.stepMs, sustainSteps: 6, onsetWindowMs: 2 * o.closeAfterSteps * o.stepMs, dropWaitMs: 2 * o.openSteps * o.stepMs, settleSteps: o.settleSteps }, (ev) => this.publish(ev), this.correlator, this.graph);
    this.pageMetric = globs(o.metrics.page);
    this.ignoreMetric = globs(o.metrics.ignore);
    this.logPath = new LogPath({ bucketMs: 6 * o.stepMs, novelWarmupMs: o.novelWarmupMs, capacity: 5000 }, this.incidents);
  }

  onEvent(listener: EventListener): void {
    this.listeners.push(listener);
  }

  get liveSeries(): number {
    return this.models;
  }

  /** One closed step, live: score, decide, emit. */
  processStep(stepStart: number, rollups: StepRollup[]): void {
    this.run(stepStart, rollups, false);
  }

  /** One step of history (warm-up): detectors learn, nothing is decided or emitted. */
  warmStep(stepStart: number, rollups: StepRollup[]): void {
    this.run(stepStart, rollups, true);
  }

  observeSpans(spans: readonly SpanRecord[]): void {
    this.graph.observe(spans);
  }

  observeLogs(logs: LogRecordItem[]): void {
    this.logPath.observe(logs);
  }

  /** Open events loaded from Postgres at start; series ones attach to their series when it appears. */
  resume(rows: ResumeRow[]): void {
    for (const row of rows) {
      const inc = this.incidents.resume(row);
      if (inc.kind !== 'series') continue;
      this.resumed.set(inc.seriesKey, inc);
      const m = this.findModel(inc.seriesKey);
      if (m) this.adopt(m, inc);
    }
  }

  /** A seasonal profile learned from history, for a derived series key (`span|svc|name|rate`). */
  setSeasonal(seriesKey: string, profile: SlotProfile[]): void {
    this.seasonal.set(seriesKey, profile);
    const m = this.findModel(seriesKey);
    if (m) m.seasonal = new SeasonalDetector(profile);
  }

  /** The profile a series model gets when it is (re)created, if any. */
  seasonalProfile(seriesKey: string): SlotProfile[] | undefined {
    return this.seasonal.get(seriesKey);
  }

  private run(stepStart: number, rollups: StepRollup[], warming: boolean): void {
    const o = this.opts;
    if (!warming) this.counters.steps++;
    this.lastStep = Math.max(this.lastStep, stepStart);
    this.logPath.seen(stepStart);
    const mvScores = o.multivariate ? this.multivariate(stepStart, rollups) : null;
    this.anomalous.length = 0;
    // Services with requests in this step: a route that goes quiet while its service keeps
    // serving is traffic that moved (a renamed route, a client change), not an outage.
    const serving = new Set<string>();
    this.loaded.clear();
    this.requests.clear();
    for (const r of rollups) {
      if (r.kind !== 'span') continue;
      if (r.count > 0) serving.add(r.service);
      if (r.name === ALL_REQUESTS) this.requests.set(r.service, r);
    }
    for (const r of rollups) {
      let set = this.sets.get(r.key);
      if (!set) {
        set = { lastStep: stepStart };
        this.sets.set(r.key, set);
      }
      set.lastStep = stepStart;
      const mv = mvScores?.get(r.service) ?? 0;
      const sec = r.stepMs / 1000;
      if (r.kind === 'span') {
        if (r.count > 0) {
          this.feed(set, 'latency', r, ROLES.latency, r.p95, Number.isFinite(r.p95Low) ? (r.p95Low as number) : r.p95, mv, warming);
          this.feed(set, 'errorRate', r, ROLES.error_rate, r.errors / r.count, wilsonLower(r.errors, r.count), mv, warming);
        }
        this.feed(set, 'rate', r, ROLES.rate, r.count / sec, NaN, mv, warming, serving.has(r.service));
      } else if (r.kind === 'log') {
        if (r.name === 'WARN' || r.name === 'ERROR' || r.name === 'FATAL') this.feed(set, 'rate', r, ROLES.log_rate, r.count / sec, NaN, mv, warming);
      } else {
        if (this.ignoreMetric?.test(r.name)) continue;
        const resource = isResourceMetric(r.name);
        if (!Number.isNaN(r.value)) {
          const ratio = r.unit === '%' ? r.value / 100 : r.value;
          this.feed(set, 'value', r, resource ? ROLES.resource : ROLES.metric, r.value, ratio, mv, warming);
        }
        if (!Number.isNaN(r.p95)) this.feed(set, 'p95', r, ROLES.hist_p95, r.p95, NaN, mv, warming);
      }
    }
    if (warming) return;
    const stepEnd = stepStart + o.stepMs;
    if (this.anomalous.length) this.correlator.step(stepStart, this.anomalous);
    this.logPath.advance(stepEnd);
    const quiet = o.closeAfterSteps * o.stepMs;
    this.incidents.tick(stepEnd, 3 * quiet, quiet, o.closeAfterSteps * 6 * o.stepMs, serving);
    if (++this.sinceSweep >= 60) this.sweep(stepStart);
  }

  /**
   * Whether a service's requests in this step are well above their usual rate (the median of its
   * request-rate window): half as many again, and more than Poisson noise on the usual count
   * explains (three standard deviations), so a quiet service's busy step is not taken for a
   * surge. Read by a CPU's rise under its limit (SeriesModel RISE_FACTOR): load explains it.
   * Worked out once per service and step, only when a rising CPU asks.
   */
  private surging(service: string): boolean {
    let up = this.loaded.get(service);
    if (up !== undefined) return up;
    const r = this.requests.get(service);
    const usual = r ? this.sets.get(r.key)?.rate?.windowMedian : undefined;
    up = false;
    if (r && usual !== undefined && usual > 0) {
      const expected = usual * (r.stepMs / 1000);
      up = r.count >= LOAD_UP * expected && r.count - expected >= 3 * Math.sqrt(expected);
    }
    this.loaded.set(service, up);
    return up;
  }

  private feed(set: ModelSet, slot: 'latency' | 'errorRate' | 'rate' | 'value' | 'p95', r: StepRollup, role: Role, v: number, thrValue: number, mv: number, warming: boolean, serviceServing = true): void {
    let m = set[slot];
    if (m === null) return; // refused earlier: over the series limit
    if (r.count < role.minCount) return;
    if (!m) {
      m = this.create(r, role);
      set[slot] = m;
      if (!m) return;
    }
    if (warming) {
      m.learn(r.stepStart, v, m.incident ? (m.incident as Incident).openedAt : Infinity);
      return;
    }
    this.counters.seriesSteps++;
    if (!Number.isFinite(v)) {
      this.counters.nan++;
      return;
    }
    if (!(r.stepStart > m.lastT)) {
      this.counters.outOfOrder++;
      return;
    }
    if (m.pagesOnRise) m.loadUp = this.surging(r.service);
    const score = m.score(r.stepStart, v, thrValue, r.count, mv, serviceServing);
    if (score > 0) m.exemplars = r.exemplars;
    const d = m.step(r.stepStart, score);
    if (!d || d.action === 'none') return;
    // Only series inside incidents feed the correlator: its pairwise work is quadratic in keys.
    if (score >= 0.7 && this.anomalous.length < MAX_CORRELATED_PER_STEP) this.anomalous.push(m.key);
    if (d.action === 'open') this.incidents.seriesOpened(m, r.stepStart, d.openedAt, d.peak, m.pages());
    else if (d.action === 'update') this.incidents.seriesUpdated(m, r.stepStart, d.peak, m.pages());
    else this.incidents.seriesClosed(m, r.stepStart);
  }

  private create(r: StepRollup, role: Role): SeriesModel | null {
    if (this.models >= this.opts.maxSeries) {
      this.counters.droppedSeries++;
      return null;
    }
    const key = `${r.key}|${role.suffix}`;
    const o = this.opts;
    let limitKind = role.limitKind;
    if (role.name === 'resource') limitKind = resourceLimitKind(r.name, r.unit);
    const limit = limitKind ? resolveLimit(o.thresholds, r.service, limitKind) : r.kind === 'metric' && r.name === POOL_USAGE_METRIC ? POOL_USAGE_LIMIT : null;
    const component = r.kind === 'metric' ? r.name : r.kind === 'log' ? `${r.service} logs` : r.name || `${r.service} (all requests)`;
    const m = new SeriesModel(key, r.service, component, role, limit, r.stepMs / 1000, { openSteps: o.openSteps, closeSteps: o.closeAfterSteps });
    m.paging = this.paging(r, role);
    m.pagesOnRise = m.paging === 'crossing' && limitKind === 'cpu_percent';
    // Exhaustion forecasts for capacity-like resources (memory, disk, pools); CPU and the event loop recover by themselves.
    if (role.name === 'resource' && !/cpu|eventloop|event_loop/i.test(r.name) && (isRatioMetric(r.name, r.unit) || /ratio|percent/i.test(r.name))) {
      // Forecast against the operator's limit when one applies (memory 85 %), else full capacity.
      // Smoothed more than the default (utilisation gauges are noisy and a jumpy trend cries
      // wolf), but a leak that fills memory in minutes must be seen within a few of them: the
      // trend settles in about ten steps, and forecasts start after twelve.
      const full = r.unit === '%' ? 100 : 1;
      const forecastLimit = limit ? Math.min(full, r.unit === '%' ? limit.max * 100 : limit.max) : full;
      m.predictive = new PredictiveDetector({ limit: forecastLimit, horizonMs: 360 * r.stepMs, alpha: 0.2, beta: 0.1, minPoints: 12 });
    }
    const profile = this.seasonal.get(key);
    if (profile) m.seasonal = new SeasonalDetector(profile);
    const inc = this.resumed.get(key);
    if (inc) this.adopt(m, inc);
    this.models++;
    return m;
  }

  private paging(r: StepRollup, role: Role): Paging {
    if (r.kind === 'metric' && this.pageMetric?.test(r.name)) return 'always';
    switch (role.name) {
      case 'latency':
      case 'error_rate':
        return 'always';
      case 'rate':
        // More traffic is load, not an outage; less, or none, is what users feel.
        return 'drop';
      case 'log_rate':
        return r.name === 'WARN' ? 'never' : 'always';
      case 'resource':
        // Crossing its limit, or heading for it, pages; a swing under it is evidence. CPU has
        // no exhaustion to forecast, and only a crossing is news (see Paging). Nor has a pool:
        // a surge fills it and lets go, and one that always runs near full is sized so.
        return resourceLimitKind(r.name, r.unit) === 'cpu_percent' || r.name === POOL_USAGE_METRIC ? 'crossing' : 'limit';
      case 'hist_p95':
        return REQUEST_DURATION.test(r.name) ? 'always' : 'never';
      case 'metric':
        return 'never';
    }
  }

  private adopt(m: SeriesModel, inc: Incident): void {
    this.resumed.delete(m.key);
    if (this.incidents.open.get(inc.fingerprint) === inc) this.incidents.adopt(m, inc);
  }

  private findModel(seriesKey: string): SeriesModel | undefined {
    const i = seriesKey.lastIndexOf('|');
    const set = this.sets.get(seriesKey.slice(0, i));
    if (!set) return undefined;
    for (const m of [set.latency, set.errorRate, set.rate, set.value, set.p95]) if (m && m.key === seriesKey) return m;
    return undefined;
  }

  /** Per service: rate, error ratio, worst p95 and saturation of the step, scored by its isolation forest. */
  private multivariate(stepStart: number, rollups: StepRollup[]): Map<string, number> {
    const feats = new Map<string, number[]>();
    for (const r of rollups) {
      let f = feats.get(r.service);
      if (r.kind === 'span' && r.count > 0) {
        if (!f) feats.set(r.service, (f = [0, 0, 0, 0, 0]));
        f[0] += r.count;
        f[1] += r.errors;
        if (r.p95 > f[2]) f[2] = r.p95;
      } else if (r.kind === 'metric' && f && isResourceMetric(r.name) && Number.isFinite(r.value)) {
        const sat = r.unit === '%' ? r.value / 100 : r.value;
        if (sat > f[3]) f[3] = sat;
      }
    }
    const scores = new Map<string, number>();
    for (const [svc, f] of feats) {
      let d = this.mv.get(svc);
      if (!d) {
        if (this.mv.size >= this.opts.maxMultivariateServices) continue;
        // Small forests: the model is per service, but with hundreds of services its trees dominate memory.
        d = new MultivariateDetector({ trees: 20, sampleSize: 64, window: 512 });
        this.mv.set(svc, d);
      }
      const sec = this.opts.stepMs / 1000;
      const s = d.update(stepStart, [f[0] / sec, f[1] / Math.max(1, f[0]), f[2], f[3]]).score;
      if (s > 0) scores.set(svc, s);
    }
    return scores;
  }

  private sweep(stepStart: number): void {
    this.sinceSweep = 0;
    const cutoff = stepStart - this.opts.evictAfterSteps * this.opts.stepMs;
    for (const [k, set] of this.sets) {
      if (set.lastStep >= cutoff) continue;
      const ms = [set.latency, set.errorRate, set.rate, set.value, set.p95];
      if (ms.some((m) => m?.incident)) continue;
      for (const m of ms) if (m) this.models--;
      this.sets.delete(k);
    }
  }

  private publish(ev: DetectedEvent): void {
    this.counters.events++;
    for (const l of this.listeners) {
      try {
        l(ev);
      } catch {
        // A failing listener must not stop detection or the other listeners.
      }
    }
  }
}

/** One regular expression for a list of name globs (`*` matches any run of characters); null when empty. */
export function globs(patterns: readonly string[]): RegExp | null {
  if (!patterns.length) return null;
  const alt = patterns.map((p) => p.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
  return new RegExp(`^(?:${alt.join('|')})$`);
}

// Derives detection series in-stream from the records the store stage hands on: RED signals per
// (service, span name) of entry spans, log rates per (service, severity), and one stream per
// metric (name + service + attribute set). Steps are aligned to event time; a step closes when
// the watermark (newest event time seen) has passed its end plus an allowance for late points.
// Points for a step that already closed are counted as late and dropped, never fatal.
// Silence is data too: an entry-span series that was receiving requests gets a zero-count step
// for every closed step without any (for up to `zeroFillMs` after its last request), so its
// request rate falls to 0 and a service that stops serving is scored like any other drop.
// While such series are live, the wall clock keeps closing steps even when nothing arrives.
import { type LogRecordItem, type MetricPoint, type SpanRecord } from '../records.ts';
import { StepAcc } from './series-acc.ts';
import {
  canonicalAttrs,
  isEntrySpan,
  isErrorSpan,
  isSelf,
  logKey,
  metricKey,
  nsToMs,
  SEVERITY_ERROR,
  severityBucket,
  spanKey,
  ALL_REQUESTS,
} from './series-keys.ts';
import { applyMetricPoint, newStreamPrev, type StreamPrev } from './series-metric.ts';
import { PoolUsage } from './pool-usage.ts';
import { newSeriesCounters, type GroupKind, type SeriesCounters, type StepRollup } from './series-types.ts';

export interface SeriesOptions {
  stepMs: number;
  /** How long after a step's end points for it are still accepted (default: one step). */
  latenessMs: number;
  /** Groups tracked at once; new ones beyond this are dropped and counted. */
  maxSeries: number;
  /** Points stamped further than this ahead of the wall clock are refused (a broken clock must not close every step). */
  maxFutureMs: number;
  /** A group with no points for this long is forgotten. */
  evictAfterMs: number;
  /** Entry-span series get zero-count steps for this long after their last request (0: never). */
  zeroFillMs: number;
  now: () => number;
}

export const DEFAULT_SERIES: Omit<SeriesOptions, 'now'> = {
  stepMs: 10_000,
  latenessMs: 10_000,
  maxSeries: 100_000,
  maxFutureMs: 300_000,
  evictAfterMs: 3_600_000,
  zeroFillMs: 1_800_000,
};

/**
 * Memory per group ≈ 250 bytes (object, key string, a few numbers) plus, for cumulative
 * histograms, the previous bucket counts; plus one pooled StepAcc per open step.
 */
class Group {
  readonly accs: StepAcc[] = [];
  firstPointStep = Infinity;
  lastPointStep = -Infinity;
  prev: StreamPrev | null = null;
  constructor(
    readonly key: string,
    readonly kind: GroupKind,
    readonly service: string,
    readonly name: string,
    readonly attrs: string,
    readonly unit: string,
  ) {}
}

export type StepListener = (stepStart: number, rollups: StepRollup[]) => void;

export class SeriesAggregator {
  readonly opts: SeriesOptions;
  readonly counters: SeriesCounters = newSeriesCounters();
  private readonly groups = new Map<string, Group>();
  /** The entry-span groups, the ones whose silent steps are zero-filled. */
  private readonly spanGroups = new Set<Group>();
  /** Newest step any entry-span group had a request in: zero-filling ends zeroFillMs after it. */
  private lastSpanStep = -Infinity;
  /** stepStart → groups holding an open accumulator for that step. */
  private readonly pending = new Map<number, Group[]>();
  private readonly freeAccs: StepAcc[] = [];
  /** Connection pools' share in use, a series of its own beside the counts it comes from. */
  private readonly poolUsage = new PoolUsage();
  /** Newest event time seen (ms). */
  watermark = -Infinity;
  /** Every step starting before this has closed. */
  closedBefore = -Infinity;
  private lastAdvanceWall = 0;
  /** This batch: services with activity other than error logs, and their latest time. */
  private readonly serving = new Map<string, number>();
  private stepsSinceSweep = 0;
  private batchMax = -Infinity;
  private wallNow = 0;

  constructor(private readonly onStep: StepListener, opts?: Partial<SeriesOptions>) {
    this.opts = { ...DEFAULT_SERIES, now: Date.now, ...opts };
  }

  get size(): number {
    return this.groups.size;
  }

  traces(spans: SpanRecord[]): void {
    this.begin();
    for (const s of spans) {
      if (!isEntrySpan(s)) continue;
      if (isSelf(s.resource)) {
        this.counters.selfTelemetry++;
        continue;
      }
      const t = nsToMs(s.endNs);
      const dur = Number(s.endNs - s.startNs) / 1e6;
      if (!(dur >= 0) || !Number.isFinite(t)) {
        this.counters.nan++;
        continue;
      }
      const svc = s.resource.serviceName;
      const error = isErrorSpan(s);
      const acc = this.accFor(spanKey(svc, s.name), 'span', svc, s.name, '', '', t);
      if (acc) addSpan(acc, dur, s.traceId, error);
      // A late or future record was counted once (above); only a route over the series limit still counts here.
      if (s.name === ALL_REQUESTS || (!acc && !this.timely(t))) continue;
      const all = this.accFor(spanKey(svc, ALL_REQUESTS), 'span', svc, ALL_REQUESTS, '', '', t);
      if (all) addSpan(all, dur, s.traceId, error);
      this.serving.set(svc, Math.max(this.serving.get(svc) ?? 0, t));
    }
    this.touchErrorLogs();
    this.end();
  }

  logs(logs: LogRecordItem[]): void {
    this.begin();
    for (const l of logs) {
      if (isSelf(l.resource)) {
        this.counters.selfTelemetry++;
        continue;
      }
      const t = nsToMs(l.timeNs > 0n ? l.timeNs : l.observedTimeNs);
      if (!(t > 0)) {
        this.counters.nan++;
        continue;
      }
      const svc = l.resource.serviceName;
      if (l.severityNumber < SEVERITY_ERROR) this.serving.set(svc, Math.max(this.serving.get(svc) ?? 0, t));
      const bucket = severityBucket(l.severityNumber);
      const acc = this.accFor(logKey(svc, bucket), 'log', svc, bucket, '', '', t);
      if (!acc) continue;
      acc.count++;
      if (l.severityNumber >= SEVERITY_ERROR) {
        acc.errors++;
        acc.addFailing(l.traceId);
      }
    }
    this.touchErrorLogs();
    this.end();
  }

  /**
   * No error records is data too: a service that served requests (or logged below ERROR) in a
   * step had an error-log rate of 0 then, so its ERROR series has a baseline before its first
   * burst instead of starting at the burst. (A service that ships no logs at all keeps a series
   * of zeros, which costs one series and never fires: only rises count.)
   */
  private touchErrorLogs(): void {
    for (const [svc, t] of this.serving) this.accFor(logKey(svc, 'ERROR'), 'log', svc, 'ERROR', '', '', t);
    this.serving.clear();
  }

  metrics(points: MetricPoint[]): void {
    this.begin();
    for (const p of points) {
      if (isSelf(p.resource)) {
        this.counters.selfTelemetry++;
        continue;
      }
      const t = nsToMs(p.timeNs);
      if (!(t > 0)) {
        this.counters.nan++;
        continue;
      }
      this.metric(p, t);
      const usage = this.poolUsage.observe(p);
      if (usage) this.metric(usage, t);
    }
    this.end();
  }

  private metric(p: MetricPoint, t: number): void {
    const svc = p.resource.serviceName;
    const attrs = canonicalAttrs(p.attributes);
    const key = metricKey(svc, p.name, attrs);
    const acc = this.accFor(key, 'metric', svc, p.name, attrs, p.unit, t);
    if (!acc) return;
    const g = this.groups.get(key)!;
    g.prev ??= newStreamPrev();
    const outcome = applyMetricPoint(p, t, acc, g.prev);
    if (outcome === 'nan') this.counters.nan++;
    else if (outcome === 'out_of_order') this.counters.outOfOrder++;
    else if (p.type !== 'summary') for (const e of p.exemplars) acc.addFailing(e.traceId);
  }

  /**
   * Wall-clock tick: when no new event time arrived for a step plus the lateness allowance,
   * let event time run on with the wall clock so quiet series still close their steps.
   */
  tick(): void {
    const now = this.opts.now();
    if (this.pending.size === 0 && !this.zeroFillDue()) {
      this.lastAdvanceWall = now;
      return;
    }
    const idle = now - this.lastAdvanceWall;
    if (idle >= this.opts.stepMs + this.opts.latenessMs) {
      this.watermark += idle;
      this.lastAdvanceWall = now;
      this.closeUpTo(this.watermark - this.opts.latenessMs);
    }
  }

  /** Close every open step now (shutdown), oldest first. */
  flush(): void {
    this.closeUpTo(Infinity);
  }

  private begin(): void {
    this.batchMax = -Infinity;
    this.wallNow = this.opts.now();
  }

  private end(): void {
    if (this.batchMax > this.watermark) {
      this.watermark = this.batchMax;
      this.lastAdvanceWall = this.wallNow;
      this.closeUpTo(this.watermark - this.opts.latenessMs);
    }
  }

  private timely(t: number): boolean {
    return t <= this.wallNow + this.opts.maxFutureMs && Math.floor(t / this.opts.stepMs) * this.opts.stepMs >= this.closedBefore;
  }

  private accFor(key: string, kind: GroupKind, svc: string, name: string, attrs: string, unit: string, t: number): StepAcc | null {
    const o = this.opts;
    if (t > this.wallNow + o.maxFutureMs) {
      this.counters.future++;
      return null;
    }
    const step = Math.floor(t / o.stepMs) * o.stepMs;
    if (step < this.closedBefore) {
      this.counters.late++;
      return null;
    }
    let g = this.groups.get(key);
    if (!g) {
      if (this.groups.size >= o.maxSeries) {
        this.counters.droppedSeries++;
        return null;
      }
      g = new Group(key, kind, svc, name, attrs, unit);
      this.groups.set(key, g);
      if (kind === 'span') this.spanGroups.add(g);
    }
    if (t > this.batchMax) this.batchMax = t;
    if (step > g.lastPointStep) g.lastPointStep = step;
    if (step < g.firstPointStep) g.firstPointStep = step;
    if (kind === 'span' && step > this.lastSpanStep) this.lastSpanStep = step;
    for (const a of g.accs) if (a.stepStart === step) return a;
    const acc = (this.freeAccs.pop() ?? new StepAcc()).reset(step);
    g.accs.push(acc);
    let list = this.pending.get(step);
    if (!list) {
      list = [];
      this.pending.set(step, list);
    }
    list.push(g);
    return acc;
  }

  private closeUpTo(limit: number): void {
    const o = this.opts;
    // Steps whose end is at or before the limit close; NaN/-Infinity limits close nothing.
    const closable = limit === Infinity ? Infinity : Math.floor(limit / o.stepMs) * o.stepMs;
    if (!(closable > this.closedBefore)) return;
    const stepSet = new Set([...this.pending.keys()].filter((s) => s < closable));
    // Steps nothing arrived for still close when a span series is in its zero-fill window; up to
    // where event time has got, never further (a shutdown flush must not invent silence).
    const reached = limit === Infinity ? Math.max(this.closedBefore, ...stepSet) + o.stepMs : closable;
    if (o.zeroFillMs > 0 && Number.isFinite(this.closedBefore) && this.spanGroups.size > 0) {
      const end = Math.min(reached, this.lastSpanStep + o.zeroFillMs + o.stepMs);
      for (let s = this.closedBefore; s < end; s += o.stepMs) stepSet.add(s);
    }
    const steps = [...stepSet].sort((a, b) => a - b);
    for (const s of steps) {
      const groups = this.pending.get(s) ?? [];
      this.pending.delete(s);
      const rollups: StepRollup[] = [];
      if (o.zeroFillMs > 0) this.zeroFill(s, rollups);
      for (const g of groups) {
        const i = g.accs.findIndex((a) => a.stepStart === s);
        if (i < 0) continue;
        const acc = g.accs[i];
        g.accs.splice(i, 1);
        rollups.push(acc.toRollup({ key: g.key, kind: g.kind, service: g.service, name: g.name, attrs: g.attrs, stepMs: o.stepMs, unit: g.unit }));
        acc.reset(0);
        this.freeAccs.push(acc);
      }
      if (rollups.length === 0) continue; // a step before any series began
      this.onStep(s, rollups);
      this.stepsSinceSweep++;
    }
    if (closable !== Infinity) this.closedBefore = closable;
    if (this.stepsSinceSweep >= 60) this.sweep();
  }

  /** Zero-count rollups for the span groups that were live around step `s` but got nothing in it. */
  private zeroFill(s: number, rollups: StepRollup[]): void {
    const o = this.opts;
    for (const g of this.spanGroups) {
      if (g.firstPointStep >= s || s - g.lastPointStep > o.zeroFillMs) continue;
      if (g.accs.some((a) => a.stepStart === s)) continue;
      rollups.push(zeroRollup(g, s, o.stepMs));
    }
  }

  /** Whether some span group is still inside its zero-fill window, so idle steps must close. */
  private zeroFillDue(): boolean {
    return this.opts.zeroFillMs > 0 && Number.isFinite(this.closedBefore) && this.closedBefore - this.lastSpanStep <= this.opts.zeroFillMs;
  }

  /** Forget idle groups so a churn of span names or attribute sets cannot grow memory forever. */
  private sweep(): void {
    this.stepsSinceSweep = 0;
    const cutoff = this.closedBefore - this.opts.evictAfterMs;
    for (const [k, g] of this.groups) {
      if (g.accs.length === 0 && g.lastPointStep < cutoff) {
        this.groups.delete(k);
        this.spanGroups.delete(g);
      }
    }
  }
}

function zeroRollup(g: Group, stepStart: number, stepMs: number): StepRollup {
  return {
    key: g.key, kind: g.kind, service: g.service, name: g.name, attrs: g.attrs, unit: g.unit, stepStart, stepMs,
    count: 0, errors: 0, value: NaN, p50: NaN, p95: NaN, p99: NaN, min: NaN, max: NaN, exemplars: [],
  };
}

function addSpan(acc: StepAcc, durMs: number, traceId: string, error: boolean): void {
  acc.count++;
  acc.sketch.add(durMs);
  acc.addSlow(durMs, traceId);
  if (error) {
    acc.errors++;
    acc.addFailing(traceId);
  }
}

// The detect stage: subscribes to stored records (the store stage's fan-out, or any source with
// the same interface), derives series in-stream, scores closed steps, and publishes incidents on
// the event topics (event.opened / updated / closed); their error_events rows go out through the
// delivery queue. Every entry point is synchronous, bounded and never throws, so ingest is never
// slowed or broken by it.
import type { ClickHouseClient } from '@clickhouse/client';
import type pg from 'pg';
import type { DeliveryQueue } from '../delivery/index.ts';
import type { DetectedEvent, LogRecordItem, MetricPoint, SpanRecord } from '../records.ts';
import type { Stage } from '../stage.ts';
import type { InsertFn, StoredConsumer, StoredFanout } from '../store/index.ts';
import { eventWrite, loadOpenIncidents, PatternStore, type PatternStoreOptions } from '../store/index.ts';
import type { Logger } from '../telemetry/index.ts';
import type { Metrics } from '../telemetry/index.ts';
import { Bus, EVENT_TOPIC, onEvents } from '../topics.ts';
import { BaselineStore, type BaselineOptions } from './baselines.ts';
import { DetectEngine, type EngineOptions } from './engine.ts';
import { PatternFeed, type PatternFeedOptions } from './patterns-feed.ts';
import { RollupWriter, type RollupWriterOptions } from './rollup-writer.ts';
import { SeriesAggregator } from './series.ts';
import type { StepRollup } from './series-types.ts';
import { DEFAULT_WARMUP, warmFromHistory, WarmupGate } from './warmup.ts';

/** Records held while the warm-up runs (beyond: dropped for detection, still stored). */
const WARMUP_HOLD_RECORDS = 1_000_000;

export interface DetectStageOptions {
  stepMs: number;
  latenessMs: number;
  maxSeries: number;
  engine: Partial<EngineOptions>;
  database: string;
  /** Hours of series_rollups replayed at start so baselines do not start cold (0: none). */
  warmupHours: number;
  /** series_rollups writer: rows per insert, delay, and rows queued before new ones are dropped. */
  rollups?: Omit<RollupWriterOptions, 'database'>;
  /**
   * Template mining over error logs (error_patterns; new and surging templates as signals). Off
   * when absent; templates are persisted only when a pool is given.
   */
  patterns?: Partial<PatternFeedOptions> & { store?: Partial<PatternStoreOptions> };
  /** Seasonal baselines persisted in performance_baselines; needs both `pool` and `clickhouse`. */
  baselines?: Partial<Omit<BaselineOptions, 'database'>>;
}

export const DEFAULT_ROLLUP_WRITER: Omit<RollupWriterOptions, 'database'> = {
  // Closed steps arrive a step's worth of series at a time; 50k rows is a few steps of a large install.
  maxRows: 50_000,
  maxDelayMs: 1000,
  // Ten batches: beyond that ClickHouse is not keeping up, and a chart gap beats stalling ingest.
  maxQueueRows: 500_000,
};

export interface DetectStageDeps {
  /** Where stored records come from; start() subscribes. */
  stored?: StoredFanout;
  /** Where incidents are published; a private bus when absent (tests that only read state). */
  bus?: Bus;
  /** error_events and error_patterns writes; needs `pool`. */
  delivery?: Pick<DeliveryQueue, 'send' | 'drained'>;
  clickhouse?: ClickHouseClient;
  insert?: InsertFn;
  pool?: pg.Pool;
  metrics?: Metrics;
  logger?: Logger;
  now?: () => number;
  /** False when ClickHouse could not be reached at start: skip the history warm-up. */
  warmup?: boolean;
}

export class DetectStage implements StoredConsumer, Stage {
  readonly name = 'detect';
  readonly engine: DetectEngine;
  readonly series: SeriesAggregator;
  readonly bus: Bus;
  readonly rollups?: RollupWriter;
  readonly patterns?: PatternFeed;
  readonly patternStore?: PatternStore;
  readonly baselines?: BaselineStore;
  private timer?: NodeJS.Timeout;
  private readonly exported = new Map<string, number>();
  private stopping?: Promise<void>;
  private unsubscribe?: () => void;
  /** Resolves when the history is replayed and the records that arrived meanwhile are handed on. */
  warmedUp: Promise<void> = Promise.resolve();
  errors = 0;

  constructor(readonly opts: DetectStageOptions, private readonly deps: DetectStageDeps = {}) {
    this.bus = deps.bus ?? new Bus(deps.logger);
    this.engine = new DetectEngine({ ...opts.engine, stepMs: opts.stepMs, maxSeries: opts.maxSeries });
    this.series = new SeriesAggregator((s, r) => this.onStep(s, r), {
      stepMs: opts.stepMs,
      latenessMs: opts.latenessMs,
      maxSeries: opts.maxSeries,
      ...(deps.now ? { now: deps.now } : {}),
    });
    const m = deps.metrics;
    if (opts.baselines && deps.pool && deps.clickhouse) {
      this.baselines = new BaselineStore(deps.pool, deps.clickhouse, this.engine, { ...opts.baselines, database: opts.database }, deps.logger);
    }
    if (deps.insert) {
      this.rollups = new RollupWriter(deps.insert, { ...DEFAULT_ROLLUP_WRITER, ...opts.rollups, database: opts.database }, {
        dropped: (n) => m?.detectDropped.inc({ queue: 'rollups' }, n),
      });
    }
    if (opts.patterns) {
      const { store, ...feed } = opts.patterns;
      if (deps.pool && deps.delivery) {
        this.patternStore = new PatternStore(deps.pool, deps.delivery, { dropped: (n) => m?.detectDropped.inc({ queue: 'patterns' }, n) }, store);
      }
      // The same novelty warm-up as error signatures unless configured apart.
      this.patterns = new PatternFeed((f) => this.engine.logPath.pattern(f), this.patternStore, { warmupMs: this.engine.opts.novelWarmupMs, ...feed });
    }
    this.engine.onEvent((ev) => this.publish(ev));
  }

  /** Every open, update and close, as published (a shorthand for subscribing to the three event topics). */
  onEvent(listener: (ev: DetectedEvent) => void): () => void {
    return onEvents(this.bus, listener);
  }

  /**
   * Hands on one incident event as detection does: its error_events write is queued first (so
   * it lands before anything keyed on the incident), then it goes out on its topic.
   */
  publish(ev: DetectedEvent): void {
    this.deps.metrics?.detectEvents.inc({ action: ev.action, severity: ev.severity });
    this.deps.logger?.info(
      { eventId: ev.id, action: ev.action, severity: ev.severity, category: ev.category, service: ev.serviceName, series: ev.seriesKey },
      `incident ${ev.action}: ${ev.message}`.slice(0, 300),
    );
    if (this.deps.pool && this.deps.delivery) this.deps.delivery.send(eventWrite(this.deps.pool, ev));
    this.bus.publish(EVENT_TOPIC[ev.action], ev);
  }

  traces(spans: SpanRecord[]): void {
    this.safely(() => {
      this.engine.observeSpans(spans);
      this.series.traces(spans);
    });
  }

  logs(logs: LogRecordItem[]): void {
    this.safely(() => {
      // The template miner reads the records after the frequency detector; an incident either
      // opens goes out once both have added what they know about it.
      this.engine.incidents.heldOpens(() => {
        this.engine.observeLogs(logs);
        this.patterns?.observe(logs);
      });
      this.series.logs(logs);
    });
  }

  metrics(points: MetricPoint[]): void {
    this.safely(() => this.series.metrics(points));
  }

  /** Resume open events, warm detectors from history, start the idle clock, subscribe. Failures are logged, not fatal. */
  async start(): Promise<void> {
    const log = this.deps.logger;
    const warmup = this.deps.warmup !== false;
    if (this.deps.pool) {
      try {
        const open = await loadOpenIncidents(this.deps.pool);
        this.engine.resume(open);
        if (open.length) log?.info({ open: open.length }, 'detect: resumed open events');
      } catch (err) {
        log?.warn({ err }, 'detect: could not load open events');
      }
    }
    if (this.patterns && this.patternStore) {
      try {
        const known = this.patterns.seed(await this.patternStore.loadKnown(this.patterns.miner.options.maxClusters));
        if (known) log?.info({ templates: known }, 'detect: loaded known error templates');
      } catch (err) {
        log?.warn({ err }, 'detect: could not load known error templates; new ones are learned during the warm-up');
      }
    }
    // Stored profiles first; a recompute (in the background) needs ClickHouse, like the warm-up.
    await this.baselines?.start({ recompute: warmup });
    // The warm-up runs in the background so the stages upstream (the receivers) start at once;
    // records stored meanwhile wait in the gate and are handed on after the history.
    const gate = new WarmupGate(this, WARMUP_HOLD_RECORDS);
    this.deps.stored?.subscribe(gate);
    // A person said an event was no incident: it closes, and its signals stop paging (see dismiss).
    this.unsubscribe = this.bus.subscribe('diagnosis.labelled', (l) => {
      if (l.notAnIncident) this.safely(() => this.engine.incidents.dismiss(l.eventId));
    });
    this.patternStore?.start();
    this.warmedUp = (async () => {
      // Skipped when ClickHouse was not reachable at start: waiting for its timeout would hold up detection.
      if (this.deps.clickhouse && this.opts.warmupHours > 0 && warmup) {
        try {
          const r = await warmFromHistory(this.deps.clickhouse, this.engine, {
            ...DEFAULT_WARMUP,
            database: this.opts.database,
            stepMs: this.opts.stepMs,
            hours: this.opts.warmupHours,
            // The stored baselines already are the seasonal profiles: learning them again would only repeat the 7-day scan.
            ...(this.baselines ? { seasonalDays: 0 } : {}),
            stopped: () => this.stopping !== undefined,
          });
          log?.info(r, 'detect: warmed up from series_rollups');
        } catch (err) {
          log?.warn({ err }, 'detect: warm-up from series_rollups failed; starting cold');
        }
      }
      await gate.release();
      if (gate.dropped) log?.warn({ records: gate.dropped }, 'detect: records that arrived during the warm-up were beyond the hold and not analysed');
      if (this.stopping) return;
      this.timer = setInterval(() => this.safely(() => this.series.tick()), Math.min(1000, Math.max(50, this.opts.stepMs / 2)));
      this.timer.unref();
    })();
  }

  /** Close open steps and write their rollups; queued rows are the delivery queue's to drain. Safe twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.unsubscribe?.();
      await this.warmedUp;
      if (this.timer) clearInterval(this.timer);
      this.timer = undefined;
      await this.baselines?.stop();
      this.safely(() => this.series.flush());
      await this.rollups?.flush().catch(() => undefined);
      await this.patternStore?.stop();
    })();
    return this.stopping;
  }

  /** Resolves once every event and pattern write queued so far is delivered (or set aside). */
  async drained(): Promise<void> {
    await this.warmedUp;
    await this.deps.delivery?.drained();
  }

  private onStep(stepStart: number, rollups: StepRollup[]): void {
    this.rollups?.write(rollups);
    this.engine.processStep(stepStart, rollups);
    this.syncMetrics();
  }

  private syncMetrics(): void {
    const m = this.deps.metrics;
    if (!m) return;
    const c = this.series.counters;
    const e = this.engine.counters;
    const add = (name: string, value: number, inc: (d: number) => void) => {
      const d = value - (this.exported.get(name) ?? 0);
      if (d > 0) inc(d);
      this.exported.set(name, value);
    };
    for (const reason of ['late', 'future', 'nan', 'outOfOrder', 'selfTelemetry'] as const) add(`series.${reason}`, c[reason], (d) => m.detectRejected.inc({ reason, layer: 'series' }, d));
    add('engine.nan', e.nan, (d) => m.detectRejected.inc({ reason: 'nan', layer: 'engine' }, d));
    add('engine.outOfOrder', e.outOfOrder, (d) => m.detectRejected.inc({ reason: 'outOfOrder', layer: 'engine' }, d));
    add('series.dropped', c.droppedSeries, (d) => m.detectSeriesDropped.inc({ layer: 'series' }, d));
    add('engine.dropped', e.droppedSeries, (d) => m.detectSeriesDropped.inc({ layer: 'engine' }, d));
    add('engine.steps', e.seriesSteps, (d) => m.detectSeriesSteps.inc(d));
    m.detectSeries.set({ layer: 'series' }, this.series.size);
    m.detectSeries.set({ layer: 'engine' }, this.engine.liveSeries);
    m.detectOpenIncidents.set(this.engine.incidents.size);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      // Detection must never break ingest; a bug here is logged and counted.
      this.errors++;
      this.deps.logger?.error({ err }, 'detect stage failed on a batch');
    }
  }
}


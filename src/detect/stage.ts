// The detect stage: subscribes to stored records (StoreStage.subscribe, or any source with the
// same interface), derives series in-stream, scores closed steps, and turns incidents into
// DetectedEvents for listeners (diagnosis) and PostgreSQL (error_events + audit trail). Every
// entry point is synchronous, bounded and never throws, so ingest is never slowed or broken by it.
import type { ClickHouseClient } from '@clickhouse/client';
import type pg from 'pg';
import type { Config } from '../config/index.ts';
import type { DetectedEvent, LogRecordItem, MetricPoint, SpanRecord } from '../records.ts';
import type { InsertFn } from '../store/clickhouse/batcher.ts';
import { EventStore } from '../store/postgres/events.ts';
import type { StoredConsumer } from '../store/store-stage.ts';
import type { Metrics } from '../telemetry/metrics.ts';
import { PatternStore, type PatternStoreOptions } from '../patterns/store.ts';
import { BaselineStore, type BaselineOptions } from './baselines.ts';
import { DetectEngine, type EngineOptions, type EventListener } from './engine.ts';
import { PatternFeed, type PatternFeedOptions } from './patterns-feed.ts';
import { RollupWriter } from './rollup-writer.ts';
import { SeriesAggregator } from './series.ts';
import { parseDurationMs } from './series-keys.ts';
import type { StepRollup } from './series-types.ts';
import { thresholdConfig } from './engine-thresholds.ts';
import { DEFAULT_WARMUP, warmFromHistory } from './warmup.ts';

export interface DetectLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
  error(o: object, msg?: string): void;
}

export interface DetectStageOptions {
  stepMs: number;
  latenessMs: number;
  maxSeries: number;
  engine: Partial<EngineOptions>;
  database: string;
  warmupHours: number;
  /**
   * Template mining over error logs (error_patterns; new and surging templates as signals). Off
   * when absent; templates are persisted only when a pool is given.
   */
  patterns?: Partial<PatternFeedOptions> & { store?: Partial<PatternStoreOptions> };
  /** Seasonal baselines persisted in performance_baselines; needs both `pool` and `clickhouse`. */
  baselines?: Partial<Omit<BaselineOptions, 'database'>>;
}

export interface DetectStageDeps {
  clickhouse?: ClickHouseClient;
  insert?: InsertFn;
  pool?: pg.Pool;
  metrics?: Metrics;
  logger?: DetectLogger;
  now?: () => number;
}

export class DetectStage implements StoredConsumer {
  readonly engine: DetectEngine;
  readonly series: SeriesAggregator;
  readonly events?: EventStore;
  readonly rollups?: RollupWriter;
  readonly patterns?: PatternFeed;
  readonly patternStore?: PatternStore;
  readonly baselines?: BaselineStore;
  private readonly listeners: EventListener[] = [];
  private timer?: NodeJS.Timeout;
  private readonly exported = new Map<string, number>();
  errors = 0;

  constructor(readonly opts: DetectStageOptions, private readonly deps: DetectStageDeps = {}) {
    this.engine = new DetectEngine({ ...opts.engine, stepMs: opts.stepMs, maxSeries: opts.maxSeries });
    this.series = new SeriesAggregator((s, r) => this.onStep(s, r), {
      stepMs: opts.stepMs,
      latenessMs: opts.latenessMs,
      maxSeries: opts.maxSeries,
      ...(deps.now ? { now: deps.now } : {}),
    });
    const m = deps.metrics;
    if (deps.pool) {
      this.events = new EventStore(deps.pool, {
        dropped: () => m?.detectDropped.inc({ queue: 'events' }),
        failed: (ev, err) => deps.logger?.error({ err: String(err), fingerprint: ev.fingerprint, action: ev.action }, 'could not store detected event'),
      });
    }
    if (opts.baselines && deps.pool && deps.clickhouse) {
      this.baselines = new BaselineStore(deps.pool, deps.clickhouse, this.engine, { ...opts.baselines, database: opts.database }, deps.logger);
    }
    if (deps.insert) {
      this.rollups = new RollupWriter(deps.insert, { database: opts.database, maxRows: 50_000, maxDelayMs: 1000, maxQueueRows: 500_000 }, {
        dropped: (n) => m?.detectDropped.inc({ queue: 'rollups' }, n),
      });
    }
    if (opts.patterns) {
      const { store, ...feed } = opts.patterns;
      if (deps.pool) {
        this.patternStore = new PatternStore(deps.pool, {
          dropped: (n) => m?.detectDropped.inc({ queue: 'patterns' }, n),
          failed: (err, rows) => deps.logger?.warn({ err: String(err), rows }, 'could not store error patterns; retrying at the next flush'),
        }, store);
      }
      // The same novelty warm-up as error signatures unless configured apart.
      this.patterns = new PatternFeed((f) => this.engine.logPath.pattern(f), this.patternStore, { warmupMs: this.engine.opts.novelWarmupMs, ...feed });
    }
    this.engine.onEvent((ev) => {
      m?.detectEvents.inc({ action: ev.action, severity: ev.severity });
      this.events?.enqueue(ev);
      for (const l of this.listeners) {
        try {
          l(ev);
        } catch (err) {
          this.deps.logger?.warn({ err: String(err) }, 'detect event listener failed');
        }
      }
    });
  }

  /** Listeners see every open/update/close at once; PostgreSQL is written asynchronously (see drained()). */
  onEvent(listener: (ev: DetectedEvent) => void): void {
    this.listeners.push(listener);
  }

  traces(spans: SpanRecord[]): void {
    this.safely(() => this.series.traces(spans));
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

  /** Resume open events, warm detectors from history, start the idle clock. Failures are logged, not fatal. */
  async start(opts: { warmup?: boolean } = {}): Promise<void> {
    const log = this.deps.logger;
    if (this.events) {
      try {
        const open = await this.events.loadOpen();
        this.engine.resume(open);
        if (open.length) log?.info({ open: open.length }, 'detect: resumed open events');
      } catch (err) {
        log?.warn({ err: String(err) }, 'detect: could not load open events');
      }
    }
    if (this.patterns && this.patternStore) {
      try {
        const known = this.patterns.seed(await this.patternStore.loadKnown(this.patterns.miner.options.maxClusters));
        if (known) log?.info({ templates: known }, 'detect: loaded known error templates');
      } catch (err) {
        log?.warn({ err: String(err) }, 'detect: could not load known error templates; new ones are learned during the warm-up');
      }
    }
    // Stored profiles first; a recompute (in the background) needs ClickHouse, like the warm-up.
    await this.baselines?.start({ recompute: opts.warmup !== false });
    // Skipped when ClickHouse was not reachable at start: waiting for its timeout would hold up the receivers.
    if (this.deps.clickhouse && this.opts.warmupHours > 0 && opts.warmup !== false) {
      try {
        const r = await warmFromHistory(this.deps.clickhouse, this.engine, {
          ...DEFAULT_WARMUP,
          database: this.opts.database,
          stepMs: this.opts.stepMs,
          hours: this.opts.warmupHours,
          // The stored baselines already are the seasonal profiles: learning them again would only repeat the 7-day scan.
          ...(this.baselines ? { seasonalDays: 0 } : {}),
        });
        log?.info(r, 'detect: warmed up from series_rollups');
      } catch (err) {
        log?.warn({ err: String(err) }, 'detect: warm-up from series_rollups failed; starting cold');
      }
    }
    this.timer = setInterval(() => this.safely(() => this.series.tick()), Math.min(1000, Math.max(50, this.opts.stepMs / 2)));
    this.timer.unref();
    this.patternStore?.start();
  }

  /** Close open steps, write their rollups and every queued event. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.baselines?.stop();
    this.safely(() => this.series.flush());
    await this.rollups?.flush().catch(() => undefined);
    await this.patternStore?.stop();
    await this.events?.drain();
  }

  /** Resolves once every event emitted so far is in PostgreSQL (or given up). */
  async drained(): Promise<void> {
    await this.events?.drain();
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
      this.deps.logger?.error({ err: err instanceof Error ? err.stack : String(err) }, 'detect stage failed on a batch');
    }
  }
}

export function detectStageFromConfig(cfg: Config, deps: DetectStageDeps): DetectStage {
  const mon = cfg.self_healing.monitoring;
  const stepMs = parseDurationMs(mon.step);
  return new DetectStage(
    {
      stepMs,
      latenessMs: stepMs,
      maxSeries: mon.max_series,
      database: cfg.storage.clickhouse.database,
      warmupHours: 2,
      // Templates are worth mining only where they can be kept: error_patterns lives in PostgreSQL.
      ...(deps.pool ? { patterns: {} } : {}),
      ...(deps.pool && deps.clickhouse ? { baselines: {} } : {}),
      engine: { closeAfterSteps: mon.close_after_steps, thresholds: thresholdConfig(mon.thresholds, mon.service_overrides) },
    },
    deps,
  );
}

// The diagnose stage: detected events in (event.opened / event.updated), diagnoses out
// (diagnosis.made). For every opened or updated event it runs the engine (rules + trace graph +
// impact + model) in a bounded work queue: a few diagnoses at a time, one per incident at a time,
// and a newer update replaces one still waiting. Each diagnosis is recorded in
// error_classifications through the delivery queue, keyed by incident so it lands after the
// event's own row. stop() waits for diagnoses in flight. Closing events are not diagnosed again,
// nor are incidents whose diagnosis a verified recovery confirmed (label()).

import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import type pg from 'pg';
import type { DeliveryQueue } from '../delivery/index.ts';
import { TemplateMiner } from '../patterns/index.ts';
import type { DetectedEvent, Diagnosis, DiagnosisLabel } from '../records.ts';
import type { Stage } from '../stage.ts';
import { insertClassification, saveLabel } from '../store/index.ts';
import type { Logger } from '../telemetry/index.ts';
import type { Metrics } from '../telemetry/index.ts';
import { Bus, EVENT_TOPIC } from '../topics.ts';
import { ModelManager, type TrainOutcome } from './classifier-trainer.ts';
import { diagnoseEvent, type EngineWindows } from './engine.ts';
import { fetchTraceWindow } from './graph-query.ts';
import type { CompiledRule } from './rules/index.ts';

export interface LearningOptions {
  enabled: boolean;
  modelUpdateMs: number;
  confidenceThreshold: number;
  minTrainingSamples: number;
}

export interface DiagnoseStageOptions {
  /** ClickHouse database holding otel_traces / otel_logs. */
  database: string;
  rules: readonly CompiledRule[];
  learning: LearningOptions;
  windows?: Partial<EngineWindows>;
  /** Diagnoses running at once; each reads a trace window from ClickHouse. */
  concurrency: number;
  /** Incidents waiting for a diagnosis; past it the oldest waiting one is skipped (and counted). */
  maxPending: number;
}

/** Open incidents whose last diagnosis is remembered (the oldest is forgotten past it). */
const MAX_REMEMBERED = 10_000;
/** Diagnoses kept per open incident: a plan is made from one of the last few. */
const PUBLISHED_PER_INCIDENT = 4;

export const DEFAULT_DIAGNOSE: Pick<DiagnoseStageOptions, 'concurrency' | 'maxPending'> = {
  // Two: a diagnosis mostly waits on ClickHouse, and this machine class has two cores.
  concurrency: 2,
  maxPending: 1000,
};

export interface DiagnoseStageDeps {
  clickhouse: ClickHouseClient;
  pool: pg.Pool;
  bus: Bus;
  delivery: Pick<DeliveryQueue, 'send' | 'drained'>;
  logger: Logger;
  metrics?: Metrics;
}

export class DiagnoseStage implements Stage {
  readonly name = 'diagnose';
  private readonly models: ModelManager;
  private readonly miner = new TemplateMiner();
  /** Waiting events by incident id (Map order is arrival order); a newer event replaces an older one. */
  private readonly waiting = new Map<string, DetectedEvent>();
  private readonly running = new Set<string>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly unsubscribe: Array<() => void> = [];
  private started: Promise<void> | undefined;
  private stopping?: Promise<void>;
  /** What each open incident was last diagnosed as: an update that changes nothing adds no row. */
  private readonly lastSaid = new Map<string, string>();
  /**
   * Open incidents whose diagnosis a verified recovery confirmed. Their later updates are the
   * incident subsiding: the evidence that decided has left the window (the slow statements are
   * fast again), and a diagnosis of what remains would contradict the one the fix proved.
   */
  private readonly confirmed = new Set<string>();
  /** The last diagnoses published per open incident, for label() to say a proved one again. */
  private readonly published = new Map<string, Diagnosis[]>();
  skipped = 0;
  unchanged = 0;
  inconclusive = 0;

  constructor(private readonly opts: DiagnoseStageOptions, private readonly deps: DiagnoseStageDeps) {
    this.models = new ModelManager(deps.pool, opts.learning, deps.logger);
  }

  /** Loads the active model, starts scheduled retraining, subscribes to the event topics. */
  start(): Promise<void> {
    this.started ??= (async () => {
      try {
        await this.models.load();
      } catch (err) {
        // Postgres down at start: rules only until the next (scheduled or requested) retrain.
        this.deps.logger.warn({ err }, 'could not load the diagnosis model; rules only for now');
      }
      this.models.startSchedule();
      for (const topic of [EVENT_TOPIC.open, EVENT_TOPIC.update] as const) {
        this.unsubscribe.push(this.deps.bus.subscribe(topic, (ev) => this.enqueue(ev)));
      }
      this.unsubscribe.push(
        this.deps.bus.subscribe(EVENT_TOPIC.close, (ev) => {
          // An update still waiting is about an incident that has ended: not diagnosed either.
          this.waiting.delete(ev.id);
          this.lastSaid.delete(ev.id);
          this.published.delete(ev.id);
          // `confirmed` is kept (bounded): an update already being diagnosed must still be dropped.
        }),
      );
    })();
    return this.started;
  }

  /** Stops taking events and waits for the diagnoses in flight (their records are queued for delivery). Safe twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const u of this.unsubscribe.splice(0)) u();
      this.models.stop();
      // Waiting events still get their diagnosis: they were detected before the stop.
      while (this.inflight.size > 0 || this.waiting.size > 0) {
        this.pump();
        await Promise.race(this.inflight);
      }
    })();
    return this.stopping;
  }

  /** Queues an event for diagnosis; never waits. */
  enqueue(event: DetectedEvent): void {
    if (event.action === 'close') return;
    this.waiting.delete(event.id);
    if (this.waiting.size >= this.opts.maxPending) {
      const oldest = this.waiting.keys().next().value!;
      this.waiting.delete(oldest);
      this.skipped++;
      this.deps.metrics?.diagnoses.inc({ outcome: 'skipped' });
      this.deps.logger.warn({ eventId: oldest, maxPending: this.opts.maxPending }, 'diagnosis queue full; skipped the oldest waiting event');
    }
    this.waiting.set(event.id, event);
    this.pump();
  }

  /** Diagnoses one event now (the bench and tests drive it directly); records and publishes it. */
  async consume(event: DetectedEvent): Promise<Diagnosis | null> {
    if (event.action === 'close') return null;
    await this.start();
    if (this.alreadyConfirmed(event.id)) return null;
    const diagnosis = await diagnoseEvent(event, {
      rules: this.opts.rules,
      fetchWindow: (req) => fetchTraceWindow(this.deps.clickhouse, this.opts.database, req),
      classifier: this.models.current(),
      miner: this.miner,
      confidenceThreshold: this.opts.learning.confidenceThreshold,
      windows: this.opts.windows,
    });
    // Confirmed while this one ran: what it read is the fix taking hold.
    if (this.alreadyConfirmed(event.id)) return null;
    // The same conclusion again (category, cause, root, actions, confidence to 0.05) is no news.
    const said = [diagnosis.category, diagnosis.rule.id, diagnosis.rootCause.service, diagnosis.recommendedActions.join(','), Math.round(diagnosis.confidence * 20)].join('|');
    const before = this.lastSaid.get(event.id);
    // An update that finds nothing (the fault has eased, the evidence has left the window) does
    // not undo what an earlier diagnosis of the same incident found: that one stays in force.
    if (diagnosis.category === 'UNKNOWN' && before !== undefined && !before.startsWith('UNKNOWN|')) {
      this.inconclusive++;
      this.deps.metrics?.diagnoses.inc({ outcome: 'inconclusive' });
      return null;
    }
    if (before === said) {
      this.unchanged++;
      this.deps.metrics?.diagnoses.inc({ outcome: 'unchanged' });
      return null;
    }
    if (this.lastSaid.size >= MAX_REMEMBERED && !this.lastSaid.has(event.id)) this.lastSaid.delete(this.lastSaid.keys().next().value!);
    this.lastSaid.set(event.id, said);
    this.record(diagnosis);
    return diagnosis;
  }

  /** A verified recovery has confirmed the incident's diagnosis: no new one is made (and it is counted). */
  private alreadyConfirmed(eventId: string): boolean {
    if (!this.confirmed.has(eventId)) return false;
    this.deps.metrics?.diagnoses.inc({ outcome: 'confirmed' });
    return true;
  }

  /** Stores a diagnosis (through the delivery queue), logs it and tells the stages after this one. */
  private record(diagnosis: Diagnosis): void {
    const list = this.published.get(diagnosis.eventId) ?? [];
    if (!this.published.has(diagnosis.eventId) && this.published.size >= MAX_REMEMBERED) this.published.delete(this.published.keys().next().value!);
    this.published.set(diagnosis.eventId, [...list.slice(1 - PUBLISHED_PER_INCIDENT), diagnosis]);
    this.deps.delivery.send({
      target: 'postgres',
      key: `event:${diagnosis.eventId}`,
      kind: 'diagnosis',
      payload: { id: diagnosis.id, eventId: diagnosis.eventId, category: diagnosis.category, confidence: diagnosis.confidence },
      bytes: 4096,
      run: () => insertClassification(this.deps.pool, diagnosis),
    });
    this.deps.metrics?.diagnoses.inc({ outcome: diagnosis.degraded ? 'degraded' : 'made' });
    this.deps.logger.info(
      { eventId: diagnosis.eventId, diagnosisId: diagnosis.id, category: diagnosis.category, confidence: diagnosis.confidence, rootCause: diagnosis.rootCause.service },
      'diagnosis made',
    );
    this.deps.bus.publish('diagnosis.made', diagnosis);
  }

  /**
   * Records that a diagnosis was right (a recovery worked: source 'recovery') or what it should
   * have been (a person: source 'human'); labels feed the next retrain.
   */
  async label(req: DiagnosisLabel): Promise<boolean> {
    const saved = await saveLabel(this.deps.pool, req);
    if (saved && req.source === 'recovery') {
      if (this.confirmed.size >= MAX_REMEMBERED) this.confirmed.delete(this.confirmed.values().next().value!);
      this.confirmed.add(req.eventId);
      // A later diagnosis that says otherwise was published before the fix was verified: the
      // proved one is said again, so it is the incident's latest (its category, what people read).
      const list = this.published.get(req.eventId) ?? [];
      const proved = list.find((d) => d.id === req.diagnosisId);
      const latest = list.at(-1);
      if (proved && latest && latest !== proved && (latest.category !== proved.category || latest.rootCause.service !== proved.rootCause.service)) {
        this.record({
          ...proved,
          id: randomUUID(),
          action: 'update',
          diagnosedAt: Date.now(),
          explanation: `${proved.explanation}\nConfirmed by a verified recovery; the later diagnosis (${latest.category}, root ${latest.rootCause.service}) read the incident while the fix took hold.`,
        });
      }
    }
    // A correction changes what the next model learns: who made it belongs in the audit trail.
    if (saved) this.deps.bus.publish('diagnosis.labelled', req);
    return saved;
  }

  retrain(): Promise<TrainOutcome> {
    return this.models.retrain();
  }

  modelVersion(): string | null {
    return this.models.current()?.version ?? null;
  }

  /** Waits until every diagnosis started so far is made and its record delivered (or set aside). */
  async flush(): Promise<void> {
    while (this.inflight.size > 0 || this.waiting.size > 0) {
      this.pump();
      await Promise.race(this.inflight);
    }
    await this.deps.delivery.drained();
  }

  private pump(): void {
    for (const [id, ev] of this.waiting) {
      if (this.inflight.size >= this.opts.concurrency) return;
      // One diagnosis per incident at a time: a second would race the first's record.
      if (this.running.has(id)) continue;
      this.waiting.delete(id);
      this.running.add(id);
      const p: Promise<void> = this.consume(ev)
        .then(() => undefined)
        .catch((err: unknown) => {
          this.deps.metrics?.diagnoses.inc({ outcome: 'failed' });
          this.deps.logger.error({ err, eventId: ev.id }, 'diagnosis failed');
        })
        .finally(() => {
          this.running.delete(id);
          this.inflight.delete(p);
          if (!this.stopping || this.waiting.size > 0) this.pump();
        });
      this.inflight.add(p);
    }
  }
}

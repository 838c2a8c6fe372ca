// The diagnose stage as the pipeline sees it: detected events in, diagnoses out. For every
// opened or updated event it runs the engine (rules + trace graph + impact + model), records
// the result in error_classifications and the audit trail through a retrying queue (so a
// Postgres restart delays records instead of losing them), and hands the diagnosis to
// listeners. Closing events are not diagnosed again.

import type { ClickHouseClient } from '@clickhouse/client';
import type pg from 'pg';
import { AuditTrail } from '../audit/trail.ts';
import type { Config } from '../config/schema.ts';
import { TemplateMiner } from '../patterns/index.ts';
import type { DetectedEvent } from '../records.ts';
import { auditDiagnosis, insertClassification } from '../store/postgres/classifications.ts';
import { saveLabel, type LabelRequest } from '../store/postgres/models.ts';
import { ModelManager, type TrainOutcome } from './classifier-trainer.ts';
import { diagnoseEvent, type EngineWindows } from './engine.ts';
import type { Diagnosis } from './engine-types.ts';
import { WriteQueue, type WriteQueueStats } from './engine-write-queue.ts';
import { fetchTraceWindow } from './graph-query.ts';
import type { CompiledRule } from './rules/index.ts';

export type LearningConfig = Config['self_healing']['learning'];

export interface StageLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
  error(o: object, msg?: string): void;
}

export interface DiagnoseStageOptions {
  clickhouse: ClickHouseClient;
  /** ClickHouse database holding otel_traces / otel_logs. */
  database: string;
  pool: pg.Pool;
  rules: readonly CompiledRule[];
  learning: LearningConfig;
  logger: StageLogger;
  /** Share the pipeline's trail so in-process appends stay serialised; one is made otherwise. */
  audit?: AuditTrail;
  windows?: Partial<EngineWindows>;
  /** Retry pacing for Postgres writes (tests shorten it). */
  retry?: { baseDelayMs?: number; maxDelayMs?: number; maxItems?: number };
}

type Listener = (d: Diagnosis) => void | Promise<void>;

interface PendingWrite {
  diagnosis: Diagnosis;
  classified: boolean;
}

export class DiagnoseStage {
  private readonly listeners: Listener[] = [];
  private readonly models: ModelManager;
  private readonly miner = new TemplateMiner();
  private readonly queue: WriteQueue<PendingWrite>;
  private readonly audit: AuditTrail;
  private started: Promise<void> | undefined;

  constructor(private readonly opts: DiagnoseStageOptions) {
    this.models = new ModelManager(
      opts.pool,
      {
        enabled: opts.learning.enabled,
        modelUpdateMs: durationMs(opts.learning.model_update_frequency),
        confidenceThreshold: opts.learning.confidence_threshold,
        minTrainingSamples: opts.learning.min_training_samples,
      },
      opts.logger,
    );
    this.audit = opts.audit ?? new AuditTrail(opts.pool);
    this.queue = new WriteQueue<PendingWrite>({
      // Two idempotent steps; a retry after the first succeeded skips straight to the second.
      write: async (w) => {
        if (!w.classified) {
          await insertClassification(opts.pool, w.diagnosis);
          w.classified = true;
        }
        await auditDiagnosis(opts.pool, this.audit, w.diagnosis);
      },
      maxItems: opts.retry?.maxItems ?? 10_000,
      baseDelayMs: opts.retry?.baseDelayMs ?? 500,
      maxDelayMs: opts.retry?.maxDelayMs ?? 30_000,
      limitedAttempts: 20,
      logger: opts.logger,
    });
  }

  /** Loads the active model and starts scheduled retraining; consume() calls it on first use. */
  start(): Promise<void> {
    this.started ??= (async () => {
      try {
        await this.models.load();
      } catch (err) {
        // Postgres down at start: rules only until the next (scheduled or requested) retrain.
        this.opts.logger.warn({ err }, 'could not load the diagnosis model; rules only for now');
      }
      this.models.startSchedule();
    })();
    return this.started;
  }

  onDiagnosis(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Diagnoses an opened or updated event; resolves with null for a closing event. */
  async consume(event: DetectedEvent): Promise<Diagnosis | null> {
    if (event.action === 'close') return null;
    await this.start();
    const diagnosis = await diagnoseEvent(event, {
      rules: this.opts.rules,
      fetchWindow: (req) => fetchTraceWindow(this.opts.clickhouse, this.opts.database, req),
      classifier: this.models.current(),
      miner: this.miner,
      confidenceThreshold: this.opts.learning.confidence_threshold,
      windows: this.opts.windows,
    });
    this.queue.push({ diagnosis, classified: false });
    for (const l of [...this.listeners]) {
      try {
        await l(diagnosis);
      } catch (err) {
        this.opts.logger.error({ err, eventId: event.id }, 'diagnosis listener failed');
      }
    }
    return diagnosis;
  }

  /**
   * Records that a diagnosis was right (a recovery worked: source 'recovery') or what it should
   * have been (a person: source 'human'); labels feed the next retrain.
   */
  async label(req: LabelRequest): Promise<boolean> {
    const saved = await saveLabel(this.opts.pool, req);
    // A correction changes what the next model learns: who made it belongs in the audit trail.
    if (saved) {
      await this.audit.append({
        actor: req.labelledBy ?? req.source,
        action: 'diagnosis.labelled',
        entityType: 'error_event',
        entityId: req.eventId,
        details: { source: req.source, category: req.category ?? null, rootService: req.rootService ?? null },
      });
    }
    return saved;
  }

  retrain(): Promise<TrainOutcome> {
    return this.models.retrain();
  }

  modelVersion(): string | null {
    return this.models.current()?.version ?? null;
  }

  writeStats(): WriteQueueStats {
    return { ...this.queue.stats };
  }

  /** Waits until every diagnosis so far is recorded (or dropped as unrecordable). */
  flush(): Promise<void> {
    return this.queue.drain();
  }

  /** Stops the schedule; waits up to `graceMs` for pending records, then abandons them. */
  async close(graceMs = 5_000): Promise<void> {
    this.models.stop();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.queue.drain(), new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    const left = this.queue.stats.pending;
    if (left > 0) this.opts.logger.warn({ pending: left }, 'diagnose stage closed with unrecorded diagnoses');
    this.queue.close();
  }
}

/** `500ms`, `10s`, `5m`, `24h`, `7d` (the config schema's duration syntax) in milliseconds. */
export function durationMs(text: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(text);
  if (!m) throw new Error(`not a duration: ${JSON.stringify(text)}`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

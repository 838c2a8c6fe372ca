// The pipeline: infrastructure (both stores, the topic bus, the delivery queue), then the stages
// as one ordered list in flow order. Stages start downstream-first, so every subscriber is
// listening before anything upstream can publish, and stop upstream-first, so each stage's last
// output lands in a stage that is still running. The delivery queue drains after the last stage,
// and the stores close after it. Adding a stage is its factory and one entry in `stages`.
import type { ClickHouseClient } from '@clickhouse/client';
import { createApiStage, type ApiStage } from './api/index.ts';
import { auditCheckpointOptions, AuditVerifier, createAuditCheckpoints, createAuditStage } from './audit/index.ts';
import type { Config } from './config/index.ts';
import { DeliveryQueue, FallbackSink, SpoolFile, type DeliveryObserver } from './delivery/index.ts';
import { createDetectStage, type DetectStage } from './detect/index.ts';
import { createDiagnoseStage, type DiagnoseStage } from './diagnose/index.ts';
import { CodeFixStage, codeFixStageOptions, configuredChannels, EscalationStage, escalationStageOptions } from './escalate/index.ts';
import { createNotifyStages } from './notify/index.ts';
import { pipelineOptions, type PipelineOptions } from './options.ts';
import { createReceiveStage, type ReceiveStage } from './receive/index.ts';
import { DailyMetricsStage } from './report/index.ts';
import { createRecoverStage, type RecoverStage } from './recover/index.ts';
import { createSourceStage } from './source/index.ts';
import type { Stage } from './stage.ts';
import { clientInsert, createStoreStage, openStorage, PostgresDeadLetters, type PostgresHandle, type Storage, type StoreStage } from './store/index.ts';
import type { Logger } from './telemetry/index.ts';
import { Metrics } from './telemetry/index.ts';
import { Bus } from './topics.ts';

export interface RunningPorts {
  grpc?: number;
  http?: number;
  api?: number;
}

export class Pipeline {
  readonly metrics = new Metrics();
  readonly bus: Bus;
  readonly options: PipelineOptions;
  private storage?: Storage;
  private delivery?: DeliveryQueue;
  private stages: Stage[] = [];
  private started: Stage[] = [];
  private stopping?: Promise<void>;

  constructor(config: Config, private readonly logger: Logger) {
    this.options = pipelineOptions(config);
    this.bus = new Bus(logger);
  }

  /** A running stage by name (`store`, `detect`, `diagnose`, `api`, …). */
  stage<T extends Stage = Stage>(name: string): T | undefined {
    return this.stages.find((s) => s.name === name) as T | undefined;
  }

  get storeStage(): StoreStage | undefined {
    return this.stage<StoreStage>('store');
  }

  get detectStage(): DetectStage | undefined {
    return this.stage<DetectStage>('detect');
  }

  get diagnoseStage(): DiagnoseStage | undefined {
    return this.stage<DiagnoseStage>('diagnose');
  }

  get recoverStage(): RecoverStage | undefined {
    return this.stage<RecoverStage>('recover');
  }

  get deliveryQueue(): DeliveryQueue | undefined {
    return this.delivery;
  }

  get postgresHandle(): PostgresHandle | undefined {
    return this.storage?.postgres;
  }

  /** The ClickHouse client the writer uses, so tests and tools can read back what was stored. */
  get clickhouseClient(): ClickHouseClient | undefined {
    return this.storage?.clickhouse.client;
  }

  async start(): Promise<RunningPorts> {
    const o = this.options;
    const storage = (this.storage = await openStorage(o.storage, this.logger));
    const pool = storage.postgres.pool;
    const delivery = (this.delivery = new DeliveryQueue(o.delivery, new FallbackSink([new PostgresDeadLetters(pool), new SpoolFile(o.spoolFile, this.logger)]), deliveryMetrics(this.metrics, this.logger)));
    const ch = storage.clickhouse.client;
    const common = { bus: this.bus, delivery, pool, clickhouse: ch, metrics: this.metrics, logger: this.logger };
    const store = createStoreStage(o.store, {
      ...common,
      embedded: storage.clickhouse.embedded,
      ready: storage.clickhouseReady,
      probe: () => storage.probeClickHouse(),
      backpressure: () => (delivery.saturated ? `the delivery queue is near its bound (${delivery.depth} items)` : null),
    });
    const detect = o.detect && createDetectStage(o.detect, { ...common, stored: store, insert: clientInsert(ch, !storage.clickhouse.embedded), warmup: storage.clickhouseReady });
    const diagnose = o.diagnose && createDiagnoseStage(o.diagnose, common);
    const recover = o.recovery.enabled ? createRecoverStage(o.recovery, { ...common, labeller: diagnose || undefined }) : undefined;
    // Without a channel that has its settings nobody could be told (config check says so).
    const escalate = o.escalation.enabled && configuredChannels(o.escalation).length > 0 ? new EscalationStage(escalationStageOptions(o.escalation, recover !== undefined), common) : undefined;
    const codefixOptions = codeFixStageOptions(o.codegen, o.store.database);
    const codefix = codefixOptions ? new CodeFixStage(codefixOptions, common) : undefined;
    const checkpoints = createAuditCheckpoints(auditCheckpointOptions(o.audit, { embedded: storage.postgres.embedded, create: true, logger: this.logger }), { pool, logger: this.logger });
    // In flow order. Upstream stages first; start() walks it backwards.
    this.stages = [
      o.api && createApiStage(o.api, {
        ...common,
        diagnose: diagnose || undefined,
        recovery: recover,
        audit: new AuditVerifier(pool, checkpoints.store),
        ...(escalate ? { escalation: { stage: escalate, pagerdutyWebhookSecret: o.escalation.pagerduty.webhookSecret } } : {}),
        readiness: { clickhouse: () => storage.clickHouseReady(), postgres: () => storage.postgres.ping() },
      }),
      o.receive && createReceiveStage(o.receive, { ...common, sink: store }),
      o.source && createSourceStage(o.source, { ...common, stored: store, ready: () => storage.probeClickHouse() }),
      store,
      detect,
      diagnose,
      recover,
      codefix,
      escalate,
      ...createNotifyStages(o.notify, common),
      createAuditStage({ ...common, checkpoints, drainMs: o.delivery.drainMs }),
      // The document's daily success metrics (self_healing_metrics): yesterday and today, hourly.
      new DailyMetricsStage({ refreshMs: 3_600_000 }, common),
    ].filter((s) => s !== undefined);
    for (const s of [...this.stages].reverse()) {
      await s.start();
      this.started.unshift(s);
    }
    const ports: RunningPorts = { ...this.stage<ReceiveStage>('receive')?.ports };
    const api = this.stage<ApiStage>('api');
    if (api?.port !== undefined) ports.api = api.port;
    return ports;
  }

  /** Stops stages upstream-first, drains the delivery queue, closes the stores. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    for (const s of this.started) {
      try {
        await s.stop();
      } catch (err) {
        this.logger.error({ err, stage: s.name }, 'stage failed to stop cleanly');
      }
    }
    await this.delivery?.stop();
    await this.storage?.close();
    this.logger.info('homeostat stopped');
  }
}

/** Delivery outcomes as metrics, and a log line when a target goes away or comes back (not per retry). */
function deliveryMetrics(m: Metrics, logger: Logger): DeliveryObserver {
  return {
    delivered: (target, kind) => m.deliveryDelivered.inc({ target, kind }),
    retried: (target, _kind, cls) => m.deliveryRetried.inc({ target, class: cls }),
    deadLettered: (target, kind, cls, err) => {
      m.deliveryDeadLettered.inc({ target, kind, class: cls });
      logger.warn({ target, kind, class: cls, err }, 'delivery: item set aside in delivery_dead_letters');
    },
    refused: (target, kind) => logger.error({ target, kind }, 'delivery queue full: item set aside'),
    availability: (target, available, err) => {
      m.deliveryAvailable.set({ target }, available ? 1 : 0);
      if (available) logger.info({ target }, 'delivery: target answers again');
      else logger.warn({ target, err }, 'delivery: target unreachable; retrying until it answers');
    },
    depth: (target, items) => m.deliveryDepth.set({ target }, items),
  };
}

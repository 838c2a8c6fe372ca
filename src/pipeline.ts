import { exposureWarnings, type Config } from './config/index.ts';
import { buildApi } from './api/server.ts';
import type { FastifyInstance } from 'fastify';
import type { ClickHouseClient } from '@clickhouse/client';
import { makeBearerCheck } from './auth/bearer.ts';
import type { ExportContext } from './receive/otlp/export.ts';
import { GrpcReceiver } from './receive/otlp/grpc.ts';
import { HttpReceiver } from './receive/otlp/http.ts';
import { InflightBudget } from './receive/otlp/inflight.ts';
import { openClickHouse, type ClickHouseHandle } from './store/clickhouse/client.ts';
import { migrateClickHouse } from './store/clickhouse/migrate.ts';
import { clientInsert, ClickHouseWriter, type WriterObserver } from './store/clickhouse/writer.ts';
import { openPostgres, type PostgresHandle } from './store/postgres/client.ts';
import { migratePostgres } from './store/postgres/migrate.ts';
import { StoreStage } from './store/store-stage.ts';
import { detectStageFromConfig, type DetectStage } from './detect/stage.ts';
import { loadRules } from './diagnose/rules/index.ts';
import { DiagnoseStage } from './diagnose/stage.ts';
import { GrafanaAnnotator } from './notify/grafana.ts';
import { clickHouseSource, type ClickHouseTailer } from './source/clickhouse/index.ts';
import type { Logger } from './telemetry/logger.ts';
import { Metrics } from './telemetry/metrics.ts';

export interface RunningPorts {
  grpc?: number;
  http?: number;
  api?: number;
}

export function ddlOptions(config: Config) {
  const ch = config.storage.clickhouse;
  return {
    database: ch.database,
    cluster: ch.cluster,
    engineName: ch.table_engine.name,
    engineParams: ch.table_engine.params,
    ttlDays: ch.ttl_days,
  };
}

export function openStores(config: Config, logger: Logger): { clickhouse: ClickHouseHandle; postgres: () => Promise<PostgresHandle> } {
  const ch = config.storage.clickhouse;
  const clickhouse = openClickHouse({
    url: ch.url,
    username: ch.username,
    password: ch.password,
    dataDir: ch.data_dir,
    requestTimeoutMs: ch.request_timeout_ms,
  });
  const pg = config.storage.postgres;
  return { clickhouse, postgres: () => openPostgres({ url: pg.url || undefined, dataDir: pg.data_dir, logger }) };
}

/**
 * Wires the stages top to bottom: receivers → store (ClickHouse) → downstream stages.
 * Starts storage first and receivers last; stops receivers first, so every request that
 * was accepted is stored before the stores close.
 */
export class Pipeline {
  readonly metrics = new Metrics();
  private clickhouse?: ClickHouseHandle;
  private postgres?: PostgresHandle;
  private writer?: ClickHouseWriter;
  private store?: StoreStage;
  private detect?: DetectStage;
  private diagnose?: DiagnoseStage;
  private annotator?: GrafanaAnnotator;
  private grpc?: GrpcReceiver;
  private http?: HttpReceiver;
  private tailer?: ClickHouseTailer;
  private api?: FastifyInstance;
  private stopping?: Promise<void>;
  private chMigrated = false;

  constructor(private readonly config: Config, private readonly logger: Logger) {}

  get storeStage(): StoreStage | undefined {
    return this.store;
  }

  /** The detect stage (undefined when self_healing.monitoring.enabled is false); subscribe with onEvent(). */
  get detectStage(): DetectStage | undefined {
    return this.detect;
  }

  get diagnoseStage(): DiagnoseStage | undefined {
    return this.diagnose;
  }

  get postgresHandle(): PostgresHandle | undefined {
    return this.postgres;
  }

  /** The ClickHouse client the writer uses, so tests and tools can read back what was stored. */
  get clickhouseClient(): ClickHouseClient | undefined {
    return this.clickhouse?.client;
  }

  async start(): Promise<RunningPorts> {
    const cfg = this.config;
    const stores = openStores(cfg, this.logger);
    this.clickhouse = stores.clickhouse;
    const ch = this.clickhouse.client;
    // A ClickHouse server that is down at start must not stop Homeostat: receivers come up
    // and answer "retry later" until the server answers and the migrations have run.
    const chReady = await this.migrateClickHouse();
    this.postgres = await stores.postgres();
    const pgApplied = await migratePostgres(this.postgres.pool);
    this.logger.info({ embedded: this.postgres.embedded, applied: pgApplied.applied }, 'postgres ready');

    const batch = cfg.storage.clickhouse.batch;
    this.writer = new ClickHouseWriter(
      clientInsert(ch, !this.clickhouse.embedded),
      {
        database: cfg.storage.clickhouse.database,
        maxRows: batch.max_rows,
        maxDelayMs: batch.max_delay_ms,
        minIntervalMs: batch.min_insert_interval_ms,
        maxInflight: batch.max_inflight_inserts,
        maxRetries: batch.max_retries,
        retryBaseMs: 200,
        maxQueueRows: batch.max_queue_rows,
      },
      this.loggingObserver(),
      async () => (this.chMigrated || (await this.migrateClickHouse())) && (await ch.ping()).success,
      !chReady,
    );
    this.store = new StoreStage(this.writer, (err) => this.logger.error({ err }, 'downstream stage failed'));
    if (cfg.self_healing.monitoring.enabled) {
      this.detect = detectStageFromConfig(cfg, { clickhouse: ch, insert: clientInsert(ch, !this.clickhouse.embedded), pool: this.postgres.pool, metrics: this.metrics, logger: this.logger });
      await this.detect.start({ warmup: chReady });
      this.store.subscribe(this.detect);
      if (cfg.self_healing.diagnosis.enabled) this.startDiagnosis(this.detect);
    }
    return this.startListeners();
  }

  /** Diagnosis follows detection: every opened or updated event is diagnosed and recorded. */
  private startDiagnosis(detect: DetectStage): void {
    const cfg = this.config;
    const diagnose = new DiagnoseStage({
      clickhouse: this.clickhouse!.client,
      database: cfg.storage.clickhouse.database,
      pool: this.postgres!.pool,
      rules: loadRules({ userRulesPath: cfg.self_healing.diagnosis.rules_file || undefined }),
      learning: cfg.self_healing.learning,
      logger: this.logger,
      audit: detect.events?.audit,
    });
    this.diagnose = diagnose;
    detect.onEvent((event) => {
      diagnose.consume(event).catch((err: unknown) => this.logger.error({ err, eventId: event.id }, 'diagnosis failed'));
    });
    const grafana = cfg.notify.grafana;
    if (grafana.url) {
      const annotator = new GrafanaAnnotator({ url: grafana.url, token: grafana.token, dashboardUid: grafana.dashboard_uid, tags: grafana.tags, logger: this.logger });
      this.annotator = annotator;
      // Detect events carry openedAt, severity and the close; diagnoses carry the text.
      detect.onEvent((event) => annotator.event(event));
      diagnose.onDiagnosis((d) => annotator.diagnosis(d));
    }
  }

  /** Metrics for every writer event, plus a log line when a batch is given up (not per retry). */
  private loggingObserver(): WriterObserver {
    const m = this.metrics.writerObserver();
    return {
      ...m,
      storageError: (table, err, willRetry) => {
        m.storageError(table, err, willRetry);
        if (!willRetry) this.logger.error({ table, err: String(err) }, 'clickhouse insert failed after retries; receivers answer "retry later"');
      },
    };
  }

  /** Applies ClickHouse migrations; false (logged) when the server cannot be reached yet. */
  private async migrateClickHouse(): Promise<boolean> {
    try {
      const r = await migrateClickHouse(this.clickhouse!.client, ddlOptions(this.config));
      this.chMigrated = true;
      this.logger.info({ embedded: this.clickhouse!.embedded, applied: r.applied }, 'clickhouse ready');
      return true;
    } catch (err) {
      if (this.clickhouse!.embedded) throw err;
      this.logger.warn({ err: String(err) }, 'clickhouse not reachable; receivers answer "retry later" until it is');
      return false;
    }
  }

  private async startListeners(): Promise<RunningPorts> {
    const cfg = this.config;
    const rc = cfg.receiver;
    const ports: RunningPorts = {};
    for (const warning of exposureWarnings(cfg)) this.logger.warn(warning);
    if (cfg.api.enabled) {
      const pg = this.postgres!;
      const ch = this.clickhouse!.client;
      this.api = buildApi({
        host: cfg.api.host,
        port: cfg.api.port,
        metrics: this.metrics,
        readiness: {
          clickhouse: async () => this.chMigrated && (await ch.ping()).success,
          postgres: () => pg.ping(),
        },
        ...(cfg.api.auth.bearer_tokens.length > 0 ? { checkAuth: makeBearerCheck(cfg.api.auth.bearer_tokens) } : {}),
        protectMetrics: cfg.api.auth.protect_metrics,
        allowedHosts: cfg.api.allowed_hosts,
      }, { pool: pg.pool, diagnose: this.diagnose });
      await this.api.listen({ host: cfg.api.host, port: cfg.api.port });
      const addr = this.api.server.address();
      ports.api = typeof addr === 'object' && addr ? addr.port : cfg.api.port;
    }
    if (cfg.source.type === 'clickhouse') return this.startTailer(ports);
    const ctx: ExportContext = {
      sink: this.store!,
      metrics: this.metrics,
      limits: { maxAttributes: rc.max_attributes, maxValueLength: rc.max_attribute_value_length, maxDepth: rc.max_any_value_depth, maxNameLength: rc.max_name_length },
      budget: new InflightBudget(rc.max_inflight_bytes),
    };
    const checkAuth = makeBearerCheck(rc.auth.bearer_tokens);
    if (rc.grpc.enabled) {
      this.grpc = new GrpcReceiver(ctx, {
        host: rc.grpc.host,
        port: rc.grpc.port,
        maxRequestBytes: rc.max_request_bytes,
        checkAuth,
        tls: rc.tls,
        isServing: () => this.writer?.available ?? false,
      });
      ports.grpc = await this.grpc.start();
    }
    if (rc.http.enabled) {
      this.http = new HttpReceiver(ctx, { host: rc.http.host, port: rc.http.port, maxRequestBytes: rc.max_request_bytes, checkAuth, tls: rc.tls, maxConnections: rc.http.max_connections });
      ports.http = await this.http.start();
    }
    this.logger.info({ ports }, 'homeostat listening');
    return ports;
  }

  /**
   * source: clickhouse — a Collector writes the tables; no receivers start, and the tailed
   * rows go to the store stage's subscribers without being written again.
   */
  private startTailer(ports: RunningPorts): RunningPorts {
    const store = this.store!;
    const observer = this.metrics.sourceObserver();
    this.tailer = clickHouseSource(
      this.clickhouse!.client,
      this.config,
      { traces: (s) => store.publishTraces(s), logs: (l) => store.publishLogs(l), metrics: (p) => store.publishMetrics(p) },
      {
        rows: observer.rows,
        error: (table, err, consecutive) => {
          observer.error(table, err, consecutive);
          // Once per failure streak, not once per poll while a server is down.
          if (consecutive === 1) this.logger.warn({ table, err: String(err) }, 'clickhouse source: read failed; retrying every poll');
        },
      },
      async () => this.chMigrated || (await this.migrateClickHouse()),
    );
    this.tailer.start();
    this.logger.info({ ports, tables: this.config.source.clickhouse.tables }, 'homeostat tailing clickhouse');
    return ports;
  }

  /** Stops receivers, stores what they accepted, then closes the stores. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    // Flush while receivers drain, so requests in progress are not left waiting for the batch timer.
    const draining = Promise.all([this.grpc?.stop(), this.http?.stop(), this.tailer?.stop()]);
    await this.writer?.flush();
    await draining;
    await this.writer?.flush();
    // Detection closes its open steps and writes rollups and events while both stores are still up.
    await this.detect?.stop();
    // Diagnoses of the last events are recorded before Postgres closes (bounded wait).
    await this.diagnose?.close();
    // Annotations already under way finish (their retries are bounded) before the process exits.
    await this.annotator?.drained();
    await this.api?.close();
    await this.postgres?.close();
    await this.clickhouse?.close();
    this.logger.info('homeostat stopped');
  }
}

// The config boundary: the parsed YAML (src/config) becomes each stage's own typed options, once.
// Nothing below this file reads a raw config section; a knob that is not in the YAML is a named
// constant in the stage that owns it.
import { dirname, join, resolve } from 'node:path';
import type { Config } from './config/index.ts';
import type { ApiStageOptions } from './api/index.ts';
import type { AuditSettings } from './audit/index.ts';
import type { DeliveryOptions } from './delivery/index.ts';
import { DEFAULT_DIAGNOSE, loadRules, type DiagnoseStageOptions } from './diagnose/index.ts';
import { thresholdConfig, type DetectStageOptions } from './detect/index.ts';
import type { CodegenOptions, EscalationOptions } from './escalate/index.ts';
import type { NotifyOptions } from './notify/index.ts';
import type { ReceiveOptions } from './receive/index.ts';
import type { RecoveryOptions, RiskLevelPolicy } from './recover/index.ts';
import type { SourceOptions } from './source/index.ts';
import type { StorageOptions, StoreStageOptions } from './store/index.ts';

export interface PipelineOptions {
  storage: StorageOptions;
  store: StoreStageOptions;
  delivery: Partial<DeliveryOptions>;
  /** Where dead letters go when the delivery_dead_letters table cannot take them. */
  spoolFile: string;
  receive?: ReceiveOptions;
  source?: SourceOptions;
  detect?: DetectStageOptions;
  diagnose?: DiagnoseStageOptions;
  notify: NotifyOptions;
  api?: ApiStageOptions;
  audit: AuditSettings;
  /** The recover stage's settings (self_healing.recovery, learning.confidence_threshold). */
  recovery: RecoveryOptions;
  /** Read by the escalation stage (src/escalate). */
  escalation: EscalationOptions;
  /** self_healing.codegen: code-fix proposals (src/escalate/codefix.ts); absent settings leave it off. */
  codegen: CodegenOptions;
}

export type { EscalationOptions };

/** Detection replays this much of series_rollups at start: two hours cover the slowest EWMA's memory. */
const WARMUP_HOURS = 2;
/** A step may close this long after its end, so records a little late still count (one step). */
const LATENESS_STEPS = 1;
/** Diagnosis reads traces from this many steps before an incident's onset (the fault starts a little before detection sees it). */
const DIAGNOSIS_LOOKBACK_STEPS = 3;
/** ...and compares them with this many steps before that (30 minutes at the default 10 s step). */
const DIAGNOSIS_BASELINE_STEPS = 180;
/** ClickHouse insert retries start here and double. */
const CLICKHOUSE_RETRY_BASE_MS = 200;

export function pipelineOptions(cfg: Config): PipelineOptions {
  const ch = cfg.storage.clickhouse;
  const pg = cfg.storage.postgres;
  const mon = cfg.self_healing.monitoring;
  const learning = cfg.self_healing.learning;
  const rc = cfg.receiver;
  const detect: DetectStageOptions | undefined = mon.enabled
    ? {
        stepMs: mon.step,
        latenessMs: mon.step * LATENESS_STEPS,
        maxSeries: mon.max_series,
        database: ch.database,
        warmupHours: WARMUP_HOURS,
        // Templates are worth mining only where they can be kept: error_patterns lives in PostgreSQL (always here).
        // The document's error_detection batch_size / flush_interval are how mined templates are written.
        ...(learning.pattern_analysis_enabled
          ? { patterns: { store: { batchRows: mon.error_detection.batch_size, flushMs: mon.error_detection.flush_interval } } }
          : {}),
        baselines: {},
        engine: { closeAfterSteps: mon.close_after_steps, ...(mon.novelty_warmup !== undefined ? { novelWarmupMs: mon.novelty_warmup } : {}), thresholds: thresholdConfig(mon.thresholds, mon.service_overrides), metrics: { page: mon.metrics.page, ignore: mon.metrics.ignore } },
      }
    : undefined;
  const diag = cfg.self_healing.diagnosis;
  const grafana = cfg.notify.grafana;
  const am = cfg.notify.alertmanager;
  return {
    storage: {
      clickhouse: { url: ch.url, username: ch.username, password: ch.password, dataDir: ch.data_dir, requestTimeoutMs: ch.request_timeout_ms },
      ddl: { database: ch.database, cluster: ch.cluster, engineName: ch.table_engine.name, engineParams: ch.table_engine.params, ttlDays: ch.ttl_days },
      postgres: { url: pg.url || undefined, dataDir: pg.data_dir },
    },
    store: {
      database: ch.database,
      maxRows: ch.batch.max_rows,
      maxDelayMs: ch.batch.max_delay_ms,
      minIntervalMs: ch.batch.min_insert_interval_ms,
      // ClickHouse's advice: inserts of at least a thousand rows, or about one a second.
      minIntervalRows: Math.min(1000, ch.batch.max_rows),
      maxInflight: ch.batch.max_inflight_inserts,
      maxRetries: ch.batch.max_retries,
      retryBaseMs: CLICKHOUSE_RETRY_BASE_MS,
      maxQueueRows: ch.batch.max_queue_rows,
      ttlDays: ch.ttl_days,
    },
    delivery: {
      maxItems: cfg.delivery.max_items,
      maxBytes: cfg.delivery.max_bytes,
      drainMs: cfg.delivery.drain_timeout,
      targets: {
        postgres: { concurrency: pg.url ? cfg.delivery.postgres_concurrency : 1, maxAttempts: cfg.delivery.max_attempts },
        grafana: { concurrency: cfg.delivery.http_concurrency, maxAttempts: cfg.delivery.max_attempts },
        alertmanager: { concurrency: cfg.delivery.http_concurrency, maxAttempts: cfg.delivery.max_attempts },
        // PagerDuty asks for backoff of seconds to minutes on 429; Slack allows about one message a second.
        pagerduty: { concurrency: cfg.delivery.http_concurrency, maxAttempts: cfg.delivery.max_attempts, baseDelayMs: 2000, maxDelayMs: 120_000 },
        slack: { concurrency: 1, maxAttempts: cfg.delivery.max_attempts, baseDelayMs: 1000, maxDelayMs: 60_000 },
        email: { concurrency: 1, maxAttempts: cfg.delivery.max_attempts, baseDelayMs: 2000, maxDelayMs: 120_000 },
        // One attempt: an action is never repeated by the queue (the recover stage decides what happens next).
        recovery: { concurrency: cfg.self_healing.recovery.max_concurrent_recoveries, maxAttempts: 1 },
      },
    },
    spoolFile: cfg.delivery.spool_file || join(dirname(resolve(pg.data_dir)), 'dead-letters.jsonl'),
    ...(cfg.source.type === 'clickhouse'
      ? {
          source: {
            database: ch.database,
            tables: cfg.source.clickhouse.tables,
            pollIntervalMs: cfg.source.clickhouse.poll_interval_ms,
            latenessMs: cfg.source.clickhouse.lateness_ms,
            startFrom: cfg.source.clickhouse.start_from,
          },
        }
      : {
          receive: {
            grpc: rc.grpc,
            http: { enabled: rc.http.enabled, host: rc.http.host, port: rc.http.port, maxConnections: rc.http.max_connections },
            maxRequestBytes: rc.max_request_bytes,
            maxInflightBytes: rc.max_inflight_bytes,
            limits: { maxAttributes: rc.max_attributes, maxValueLength: rc.max_attribute_value_length, maxDepth: rc.max_any_value_depth, maxNameLength: rc.max_name_length },
            bearerTokens: rc.auth.bearer_tokens,
            ...(rc.tls ? { tls: rc.tls } : {}),
          },
        }),
    ...(detect ? { detect } : {}),
    ...(detect && diag.enabled
      ? {
          diagnose: {
            database: ch.database,
            rules: loadRules({ userRulesPath: diag.rules_file || undefined }),
            learning: {
              enabled: learning.enabled,
              modelUpdateMs: learning.model_update_frequency,
              confidenceThreshold: learning.confidence_threshold,
              minTrainingSamples: learning.min_training_samples,
            },
            // The incident's own window: from a short lookback before its onset to its latest
            // update. Evidence from minutes earlier (another, maybe closed, incident) misleads.
            windows: { lookbackMs: DIAGNOSIS_LOOKBACK_STEPS * mon.step, afterMs: mon.step, baselineMs: DIAGNOSIS_BASELINE_STEPS * mon.step },
            ...DEFAULT_DIAGNOSE,
          },
        }
      : {}),
    notify: {
      ...(grafana.url ? { grafana: { url: grafana.url, token: grafana.token, dashboardUid: grafana.dashboard_uid, tags: grafana.tags } } : {}),
      ...(am.url ? { alertmanager: { url: am.url, resendMs: am.resend_interval, alertName: am.alertname, apiUrl: am.api_url } } : {}),
    },
    audit: {
      checkpointKey: cfg.audit.checkpoint_key,
      keyFile: cfg.audit.key_file,
      checkpointFile: cfg.audit.checkpoint_file,
      everyRows: cfg.audit.checkpoint_every_rows,
      intervalMs: cfg.audit.checkpoint_interval,
      postgresDataDir: pg.data_dir,
    },
    recovery: recoveryOptions(cfg.self_healing.recovery, learning.confidence_threshold, learning.action_selection),
    escalation: escalationOptions(cfg.self_healing.escalation, grafana.url),
    codegen: {
      enabled: cfg.self_healing.codegen.enabled,
      apiUrl: cfg.self_healing.codegen.api_url,
      orgId: cfg.self_healing.codegen.org_id,
      token: cfg.self_healing.codegen.token,
      ...(cfg.self_healing.codegen.repo_id !== undefined ? { repoId: cfg.self_healing.codegen.repo_id } : {}),
      pollMs: cfg.self_healing.codegen.poll_interval,
      maxPollMs: cfg.self_healing.codegen.max_poll_interval,
      giveUpMs: cfg.self_healing.codegen.give_up_after,
    },
    ...(cfg.api.enabled
      ? { api: { host: cfg.api.host, port: cfg.api.port, bearerTokens: cfg.api.auth.bearer_tokens, protectMetrics: cfg.api.auth.protect_metrics, allowedHosts: cfg.api.allowed_hosts } }
      : {}),
  };
}

function recoveryOptions(
  r: Config['self_healing']['recovery'],
  confidenceThreshold: number,
  sel: Config['self_healing']['learning']['action_selection'],
): RecoveryOptions {
  const level = (l: Config['self_healing']['recovery']['risk_levels']['low'], enabled: boolean): RiskLevelPolicy => ({
    enabled,
    autoExecute: l.auto_execute,
    requireApproval: l.require_approval,
    maxDailyExecutions: l.max_daily_executions ?? null,
  });
  return {
    enabled: r.enabled,
    maxConcurrent: r.max_concurrent_recoveries,
    timeoutMs: r.recovery_timeout,
    rollbackOnFailure: r.rollback_on_failure,
    dryRun: r.dry_run,
    catalogFile: r.catalog,
    cooldownMs: r.cooldown,
    approvalTimeoutMs: r.approval_timeout,
    commandAllowlist: r.command_allowlist,
    confidenceThreshold,
    learning: { enabled: sel.thompson_sampling, priorStrength: sel.prior_strength, ...(sel.seed !== undefined ? { seed: sel.seed } : {}) },
    riskLevels: {
      LOW: level(r.risk_levels.low, r.low_risk.enabled),
      MEDIUM: level(r.risk_levels.medium, r.medium_risk.enabled),
      HIGH: level(r.risk_levels.high, r.high_risk.enabled),
      // The document has no critical_risk flag: the most dangerous actions follow high_risk.
      CRITICAL: level(r.risk_levels.critical, r.high_risk.enabled),
    },
  };
}

function escalationOptions(e: Config['self_healing']['escalation'], grafanaUrl: string): EscalationOptions {
  return {
    enabled: e.enabled,
    escalateAfterMs: e.escalate_after,
    channels: e.notification_channels,
    criticalErrors: { immediateNotification: e.rules.critical_errors.immediate_notification, timeoutMs: e.rules.critical_errors.timeout },
    failedRecoveries: { threshold: e.rules.failed_recoveries.threshold, timeoutMs: e.rules.failed_recoveries.timeout },
    pagerduty: { routingKey: e.pagerduty.routing_key, url: e.pagerduty.url, webhookSecret: e.pagerduty.webhook_secret },
    slack: { webhookUrl: e.slack.webhook_url },
    email: { smtpUrl: e.email.smtp_url, from: e.email.from, to: e.email.to },
    links: { grafanaUrl: e.links.grafana_url || grafanaUrl, apiUrl: e.links.api_url },
  };
}

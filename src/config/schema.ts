import { z } from 'zod';
import { exposureErrors } from './exposure.ts';
import { resolveSpellings, spellingConflicts } from './seed-spellings.ts';

// One schema for the whole file. Keys are snake_case as in the seed configuration; every
// object is strict so a misspelt key fails at start instead of being silently ignored.
// `.prefault({})` runs the inner defaults when a whole section is absent.

const port = z.number().int().min(0).max(65_535);
const DURATION_UNITS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A duration written `500ms`, `10s`, `5m`, `24h` or `7d`; the parsed config holds milliseconds. */
const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)$/, 'must be a duration like 500ms, 10s, 5m, 24h or 7d')
  .transform((text) => {
    const m = /^(\d+)(ms|s|m|h|d)$/.exec(text)!;
    return Number(m[1]) * DURATION_UNITS[m[2] as keyof typeof DURATION_UNITS];
  });

const tls = z.strictObject({
  cert_file: z.string().min(1),
  key_file: z.string().min(1),
  /** When set, clients must present a certificate signed by this CA. */
  client_ca_file: z.string().min(1).optional(),
});

const listenerFields = (defaultPort: number) => ({
  enabled: z.boolean().default(true),
  /** Loopback unless told otherwise; another address needs tokens or allow_unauthenticated (exposure.ts). */
  host: z.string().min(1).default('127.0.0.1'),
  port: port.default(defaultPort),
});

export const receiverSchema = z
  .strictObject({
    grpc: z.strictObject(listenerFields(4317)).prefault({}),
    http: z
      .strictObject({
        ...listenerFields(4318),
        /** Connections open at once; further ones are closed as they are accepted. */
        max_connections: z.number().int().positive().default(1024),
      })
      .prefault({}),
    /** Largest request accepted, after decompression. */
    max_request_bytes: z.number().int().positive().default(16 * 1024 * 1024),
    /** Request bytes held across both receivers; beyond it senders get 503 / UNAVAILABLE and retry. */
    max_inflight_bytes: z.number().int().positive().default(128 * 1024 * 1024),
    max_attributes: z.number().int().positive().default(128),
    max_attribute_value_length: z.number().int().positive().default(65_536),
    max_any_value_depth: z.number().int().positive().max(256).default(32),
    /** Longest span, metric, scope or event name and attribute key kept; longer ones are cut and counted. */
    max_name_length: z.number().int().positive().default(4096),
    auth: z
      .strictObject({ bearer_tokens: z.array(z.string().min(1)).default([]) })
      .prefault({}),
    tls: tls.optional(),
    /** Listening beyond loopback with no tokens and no client certificates is refused unless this is true. */
    allow_unauthenticated: z.boolean().default(false),
  })
  .prefault({});

const tableEngine = z
  .strictObject({
    name: z.string().regex(/^[A-Za-z]+$/, 'must be a ClickHouse engine name').default('MergeTree'),
    params: z.string().default(''),
  })
  .prefault({});

export const clickhouseSchema = z
  .strictObject({
    /** A ClickHouse server's HTTP URL; when empty, the embedded engine (chdb) is used. */
    url: z.string().default(''),
    username: z.string().default('default'),
    password: z.string().default(''),
    database: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain identifier').default('otel'),
    data_dir: z.string().default('./data/clickhouse'),
    ttl_days: z.number().int().min(0).default(30),
    /** Cluster name: migrations then create replicated local tables ON CLUSTER plus Distributed tables. */
    cluster: z.string().regex(/^[A-Za-z0-9_.-]*$/, 'must be a plain cluster name').default(''),
    table_engine: tableEngine,
    batch: z
      .strictObject({
        max_rows: z.number().int().positive().default(10_000),
        max_delay_ms: z.number().int().positive().default(1000),
        /**
         * While a table has no insert under way, its batch goes out this soon after the last
         * insert. About one insert per table a second: at 200 ms, a shop of 25 requests a second
         * kept the embedded engine at 0.45 cores making and merging tiny parts (0.12 at 1 s).
         */
        min_insert_interval_ms: z.number().int().min(0).default(1000),
        /** Inserts per table at once; while they run, rows collect (past max_rows) into the next batch. */
        max_inflight_inserts: z.number().int().positive().default(1),
        /** Rows waiting across all batches before receivers answer "retry later". */
        max_queue_rows: z.number().int().positive().default(200_000),
        max_retries: z.number().int().min(0).default(3),
      })
      .prefault({}),
    request_timeout_ms: z.number().int().positive().default(30_000),
  })
  .prefault({});

export const postgresSchema = z
  .strictObject({
    /** A PostgreSQL URL; when empty, embedded PGlite is used. */
    url: z.string().default(''),
    data_dir: z.string().default('./data/postgres'),
  })
  .prefault({});

const severity = z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);

// The design document's self_healing_config.yaml loads as written. Where the document and
// Homeostat spell one setting two ways (cpu_threshold: 80 in percent and thresholds.cpu_usage:
// 0.8, recovery_timeout and default_timeout, ...), both are accepted, the document's is the one
// documented, and a file that sets both to different values is refused with both paths
// (seed-spellings.ts). Those fields carry no default here: the resolution needs to know what
// the file set, and fills every spelling with the one value afterwards.
const percent = z.number().min(0).max(100);
const fraction = z.number().min(0).max(1);
/** A duration (2000ms) or a bare number of milliseconds. */
const millis = z.union([duration, z.number().positive()]);
const flag = z.strictObject({ enabled: z.boolean().optional() });

const riskLevel = z.strictObject({
  /** Run without waiting for a person (when require_approval is false). */
  auto_execute: z.boolean().optional(),
  require_approval: z.boolean().optional(),
  /** Executions per day at this level; absent for no limit. */
  max_daily_executions: z.number().int().positive().optional(),
});

const thresholdFields = {
  response_time_ms: z.number().positive(),
  error_rate: fraction,
  cpu_usage: fraction,
  memory_usage: fraction,
};

const selfHealingInput = z.strictObject({
  /** Feature flag self_healing.error_detection.enabled: the detect stage. */
  error_detection: flag.prefault({}),
  /** Feature flag self_healing.ml_diagnosis.enabled: the learned classifier. */
  ml_diagnosis: flag.prefault({}),
  /**
   * Feature flag self_healing.codegen.enabled (off by default): code-fix proposals through the
   * Codegen agent API for incidents whose errors carry a stack trace (src/escalate/codefix.ts).
   */
  codegen: z
    .strictObject({
      enabled: z.boolean().optional(),
      api_url: z.string().url().default('https://api.codegen.com'),
      org_id: z.string().default(''),
      /** Codegen API token (secret). */
      token: z.string().default(''),
      /** The repository's id in Codegen; absent: the organisation's default. */
      repo_id: z.number().int().positive().optional(),
      /** First poll of a run after this long, then twice as long each time up to max_poll_interval. */
      poll_interval: duration.prefault('30s'),
      max_poll_interval: duration.prefault('5m'),
      /** A run not ended this long after it started is given up. */
      give_up_after: duration.prefault('2h'),
    })
    .prefault({}),
  monitoring: z
    .strictObject({
      /** Homeostat's earlier spelling of error_detection.enabled. */
      enabled: z.boolean().optional(),
      step: duration.prefault('10s'),
      max_series: z.number().int().positive().default(100_000),
      close_after_steps: z.number().int().positive().default(6),
      /**
       * How long after its first data Homeostat learns the error signatures and templates it
       * sees instead of reporting them as new (the errors a system always has). Default: 60 steps.
       */
      novelty_warmup: duration.optional(),
      error_detection: z
        .strictObject({
          enabled: z.boolean().optional(),
          /** Share of error records looked at; Homeostat reads every record (below 1 is not applied, inert.ts). */
          sampling_rate: fraction.default(1),
          /** Rows per write of mined error templates (error_patterns). */
          batch_size: z.number().int().positive().default(500),
          /** How often mined error templates are written. */
          flush_interval: duration.prefault('5s'),
        })
        .prefault({}),
      /** The document's thresholds, in its units: percent, and a duration for response time. */
      performance: z
        .strictObject({
          cpu_threshold: percent.optional(),
          memory_threshold: percent.optional(),
          response_time_threshold: millis.optional(),
          error_rate_threshold: percent.optional(),
        })
        .prefault({}),
      /** Homeostat's earlier spelling of performance, as fractions and milliseconds. */
      thresholds: z.strictObject(Object.fromEntries(Object.entries(thresholdFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof thresholdFields]: z.ZodOptional<(typeof thresholdFields)[K]> }).prefault({}),
      /** Per-service overrides of the thresholds (fractions and milliseconds), keyed by service.name. */
      service_overrides: z
        .record(z.string(), z.strictObject(Object.fromEntries(Object.entries(thresholdFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof thresholdFields]: z.ZodOptional<(typeof thresholdFields)[K]> }))
        .default({}),
      /**
       * Metrics by name (globs: `*` matches any run of characters). By default a metric of
       * unknown meaning (a runtime gauge, a byte count without a limit) is evidence for an
       * incident a symptom opened, never a page by itself; `page` makes its anomalies page,
       * `ignore` stops watching it.
       */
      metrics: z
        .strictObject({
          page: z.array(z.string().min(1)).default([]),
          ignore: z.array(z.string().min(1)).default([]),
        })
        .prefault({}),
    })
    .prefault({}),
  recovery: z
    .strictObject({
      enabled: z.boolean().default(true),
      max_concurrent_recoveries: z.number().int().positive().default(3),
      recovery_timeout: duration.optional(),
      /** Homeostat's earlier spelling of recovery_timeout. */
      default_timeout: duration.optional(),
      rollback_on_failure: z.boolean().default(true),
      dry_run: z.boolean().default(false),
      /** The recovery catalog (YAML: actions, executor bindings, scenarios); empty: the document's six actions, bound to nothing. */
      catalog: z.string().default(''),
      /** No second action on the same target service within this long (another incident's recovery included). */
      cooldown: duration.prefault('5m'),
      /** An execution waiting for a person this long is cancelled and the incident escalated. */
      approval_timeout: duration.prefault('15m'),
      /** Programs a `command` executor may run (exact paths or names); nothing else is ever started. */
      command_allowlist: z.array(z.string().min(1)).default([]),
      risk_levels: z
        .strictObject({ low: riskLevel.prefault({}), medium: riskLevel.prefault({}), high: riskLevel.prefault({}), critical: riskLevel.prefault({}) })
        .prefault({}),
      /** Homeostat's earlier spelling of risk_levels.*.require_approval: this level and above wait for a person. */
      approval_required_from: severity.optional(),
      /** Feature flags self_healing.recovery.{low,medium,high}_risk.enabled (critical follows high). */
      low_risk: flag.prefault({}),
      medium_risk: flag.prefault({}),
      high_risk: flag.prefault({}),
    })
    .prefault({}),
  escalation: z
    .strictObject({
      enabled: z.boolean().default(true),
      escalate_after: duration.prefault('15m'),
      notification_channels: z.array(z.enum(['slack', 'email', 'pagerduty'])).default(['slack', 'email', 'pagerduty']),
      rules: z
        .strictObject({
          critical_errors: z
            .strictObject({ immediate_notification: z.boolean().default(true), timeout: duration.prefault('5m') })
            .prefault({}),
          failed_recoveries: z
            .strictObject({ threshold: z.number().int().positive().default(3), timeout: duration.prefault('15m') })
            .prefault({}),
        })
        .prefault({}),
      pagerduty: z
        .strictObject({
          routing_key: z.string().default(''),
          url: z.string().default('https://events.pagerduty.com/v2/enqueue'),
          /** Signing secret of a PagerDuty webhook v3 subscription pointed at /api/integrations/pagerduty; '' leaves that route off. */
          webhook_secret: z.string().default(''),
        })
        .prefault({}),
      slack: z.strictObject({ webhook_url: z.string().default('') }).prefault({}),
      /** Where people open what a page links to (Grafana, the incident in the API); '' for no link. Grafana defaults to notify.grafana.url. */
      links: z.strictObject({ grafana_url: z.string().default(''), api_url: z.string().default('') }).prefault({}),
      email: z
        .strictObject({
          smtp_url: z.string().default(''),
          from: z.string().default(''),
          to: z.array(z.string()).default([]),
        })
        .prefault({}),
    })
    .prefault({}),
  diagnosis: z
    .strictObject({
      /** Diagnose every event detection opens or updates (rules, trace graph, impact, model). */
      enabled: z.boolean().default(true),
      /** Operator rules layered over the shipped defaults (src/diagnose/default-rules.yaml); '' for none. */
      rules_file: z.string().default(''),
    })
    .prefault({}),
  learning: z
    .strictObject({
      /** The learned classifier (random forest over labelled outcomes). */
      ml_enabled: z.boolean().optional(),
      /** Homeostat's earlier spelling of ml_enabled. */
      enabled: z.boolean().optional(),
      /** Log template mining (error_patterns, new and surging template signals). */
      pattern_analysis_enabled: z.boolean().default(true),
      model_update_frequency: duration.prefault('24h'),
      confidence_threshold: z.number().min(0).max(1).default(0.7),
      min_training_samples: z.number().int().positive().default(50),
      /** Choosing among an incident's candidate recovery actions by their verified outcomes (Thompson sampling). */
      action_selection: z
        .strictObject({
          thompson_sampling: z.boolean().default(true),
          /** How many outcomes the catalog's prior success rate is worth. */
          prior_strength: z.number().positive().default(2),
          /** Sampler seed, for reproducible runs; absent: random per process. */
          seed: z.number().int().nonnegative().optional(),
        })
        .prefault({}),
    })
    .prefault({}),
});

export type SelfHealingInput = z.output<typeof selfHealingInput>;

export const selfHealingSchema = selfHealingInput
  .superRefine((sh, ctx) => {
    for (const c of spellingConflicts(sh)) ctx.addIssue({ code: 'custom', path: c.path, message: c.message });
  })
  .transform(resolveSpellings)
  .prefault({});

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain identifier');

/**
 * Where telemetry comes from: Homeostat's own OTLP receivers, or the otel_* tables an
 * OpenTelemetry Collector's ClickHouse exporter already writes (tailed incrementally).
 */
export const sourceSchema = z
  .strictObject({
    type: z.enum(['otlp', 'clickhouse']).default('otlp'),
    clickhouse: z
      .strictObject({
        poll_interval_ms: z.number().int().positive().default(1000),
        /** Rows whose timestamp is at most this far behind the newest read are still delivered. */
        lateness_ms: z.number().int().min(0).default(5000),
        tables: z
          .strictObject({
            traces: identifier.default('otel_traces'),
            logs: identifier.default('otel_logs'),
            /** Prefix of the five metric tables (_gauge, _sum, _histogram, _exponential_histogram, _summary). */
            metrics: identifier.default('otel_metrics'),
          })
          .prefault({}),
        start_from: z.enum(['now', 'earliest']).default('now'),
      })
      .prefault({}),
  })
  .prefault({});

/** Where diagnoses are shown besides the API. */
export const notifySchema = z
  .strictObject({
    grafana: z
      .strictObject({
        /** Grafana base URL; '' leaves annotations off. */
        url: z.string().default(''),
        /** Service-account token (Editor role or annotations:create/write). */
        token: z.string().default(''),
        /** '' for organization-wide annotations (Grafana also falls back to those for an unknown UID). */
        dashboard_uid: z.string().default(''),
        tags: z.array(z.string().min(1)).default(['homeostat']),
      })
      .prefault({}),
    /** A Prometheus Alertmanager that shows every open incident as an alert (Grafana reads it as a data source). */
    alertmanager: z
      .strictObject({
        /** Alertmanager base URL, e.g. http://alertmanager:9093; '' leaves alerts off. */
        url: z.string().default(''),
        /** Open incidents are posted again this often (Alertmanager forgets alerts that are not re-sent). */
        resend_interval: duration.prefault('60s'),
        alertname: z.string().min(1).default('HomeostatIncident'),
        /** Homeostat's API as people reach it, for the alert's link back to the incident; '' for none. */
        api_url: z.string().default(''),
      })
      .prefault({}),
  })
  .prefault({});

/** The one delivery queue every side effect goes through (Postgres writes, notifications). */
export const deliverySchema = z
  .strictObject({
    /** Items waiting across all targets; past 80 % receivers answer "retry later", past 100 % items are set aside. */
    max_items: z.number().int().positive().default(50_000),
    max_bytes: z.number().int().positive().default(64 * 1024 * 1024),
    /** Attempts for a passing failure (429, 5xx, a serialisation conflict); an unreachable target is retried until it answers. */
    max_attempts: z.number().int().positive().default(8),
    /** How long shutdown waits for targets before spooling what is left to the dead-letter file. */
    drain_timeout: duration.prefault('10s'),
    /** Postgres writes at once with a server (embedded PGlite is one connection). */
    postgres_concurrency: z.number().int().positive().default(4),
    http_concurrency: z.number().int().positive().default(4),
    /** Dead letters Postgres cannot take (JSON lines); '' puts dead-letters.jsonl next to the Postgres data directory. */
    spool_file: z.string().default(''),
  })
  .prefault({});

/** Keyed checkpoints of the audit trail (src/audit/checkpoint.ts). */
export const auditSchema = z
  .strictObject({
    /**
     * HMAC key for checkpoints (at least 16 characters), normally `${env:HOMEOSTAT_AUDIT_KEY}`.
     * Never stored in the database. '' falls back to key_file.
     */
    checkpoint_key: z.union([z.literal(''), z.string().min(16, 'must be at least 16 characters')]).default(''),
    /**
     * File holding the key. '' means `<storage.postgres.data_dir>.audit-key`, generated (mode 0600)
     * on first start with embedded Postgres; with a server URL, '' and no checkpoint_key turn
     * checkpoints off (with a warning).
     */
    key_file: z.string().default(''),
    /** Copy of the latest checkpoint outside the database; '' means `<storage.postgres.data_dir>.audit-checkpoint.json`. */
    checkpoint_file: z.string().default(''),
    checkpoint_every_rows: z.number().int().positive().default(1000),
    checkpoint_interval: duration.prefault('1m'),
  })
  .prefault({});

export const configSchema = z.strictObject({
  source: sourceSchema,
  receiver: receiverSchema,
  storage: z.strictObject({ clickhouse: clickhouseSchema, postgres: postgresSchema }).prefault({}),
  api: z
    .strictObject({
      enabled: z.boolean().default(true),
      host: z.string().min(1).default('127.0.0.1'),
      port: port.default(8080),
      /** Listening beyond loopback with no tokens is refused unless this is true. */
      allow_unauthenticated: z.boolean().default(false),
      /**
       * Host-header names accepted besides localhost and IP literals (DNS-rebinding guard): the
       * names clients use to reach the API. '*' accepts any (behind a proxy that checks Host).
       */
      allowed_hosts: z.array(z.string().min(1)).default([]),
      auth: z
        .strictObject({
          /** Tokens accepted on /api/*; empty means the API is open (bind it to a private address then). */
          bearer_tokens: z.array(z.string().min(1)).default([]),
          /** Ask for a token on /metrics too (Prometheus sends one with `authorization` in its scrape config). */
          protect_metrics: z.boolean().default(false),
        })
        .prefault({}),
    })
    .prefault({}),
  telemetry: z
    .strictObject({
      log_level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      self_instrumentation: z
        .strictObject({
          enabled: z.boolean().default(false),
          endpoint: z.string().default('http://localhost:4317'),
          service_name: z.string().default('homeostat'),
        })
        .prefault({}),
    })
    .prefault({}),
  self_healing: selfHealingSchema,
  notify: notifySchema,
  delivery: deliverySchema,
  audit: auditSchema,
}).superRefine((c, ctx) => {
  for (const e of exposureErrors(c)) ctx.addIssue({ code: 'custom', path: e.path, message: e.message });
});

export type Config = z.infer<typeof configSchema>;

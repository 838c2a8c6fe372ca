// The design document's self_healing_config.yaml (test/fixtures, copied verbatim) loads as
// written, each of its keys reaches the option it means in the document's units, its feature
// flags switch what they name, and two spellings of one setting must agree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inertSettings, loadConfig, parseConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';
import { pipelineOptions } from '../../src/options.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(repo, 'test/fixtures/self_healing_config.yaml');
const seed = () => parse(readFileSync(FIXTURE, 'utf8')) as { self_healing: Record<string, any> };

/** The fixture with some values changed (a deep merge into self_healing). */
function variant(change: Record<string, unknown>): unknown {
  const doc = seed();
  const merge = (into: Record<string, any>, from: Record<string, any>) => {
    for (const [k, v] of Object.entries(from)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && into[k] && typeof into[k] === 'object') merge(into[k], v);
      else into[k] = v;
    }
  };
  merge(doc.self_healing, change);
  return doc;
}

const options = (raw: unknown) => pipelineOptions(parseConfig(raw, {}));

function issuesOf(raw: unknown): string[] {
  try {
    parseConfig(raw, {});
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe("the design document's self_healing_config.yaml", () => {
  it('passes config check as written, warning only about the stages that do not exist yet and the channels without settings', () => {
    const loaded = loadConfig({ file: FIXTURE, env: {} });
    expect(loaded.warnings).toEqual([
      'self_healing.recovery: accepted but has no effect yet (no recovery catalog is set (self_healing.recovery.catalog), so no action has an executor and nothing is executed)',
      'self_healing.escalation: no notification channel has its settings (slack.webhook_url is empty; email.smtp_url, from and to are needed; pagerduty.routing_key is empty); incidents are not escalated',
    ]);
    const r = spawnSync(process.execPath, [path.join(repo, 'bin/homeostat.js'), 'config', 'check', FIXTURE], { encoding: 'utf8', cwd: repo, env: { PATH: process.env.PATH } });
    expect(r.stderr).not.toMatch(/unknown key/);
    expect(r.status).toBe(0);
  });

  it('maps the monitoring keys in their units: percent, a duration, seconds', () => {
    const o = options(seed());
    // cpu_threshold: 80 (percent) is the 0.8 utilisation the detectors compare; likewise the others.
    expect(o.detect?.engine?.thresholds?.defaults).toMatchObject({
      cpu_percent: { max: 0.8 },
      memory_percent: { max: 0.85 },
      response_time_ms: { max: 2000 },
      error_rate: { max: 0.05 },
    });
    // batch_size and flush_interval: how mined error templates are written to error_patterns.
    expect(o.detect?.patterns?.store).toEqual({ batchRows: 100, flushMs: 30_000 });

    const changed = options(variant({ monitoring: { performance: { cpu_threshold: 70, memory_threshold: 90, response_time_threshold: '1500ms', error_rate_threshold: 2.5 }, error_detection: { flush_interval: '1m', batch_size: 20 } } }));
    expect(changed.detect?.engine?.thresholds?.defaults).toMatchObject({
      cpu_percent: { max: 0.7 },
      memory_percent: { max: 0.9 },
      response_time_ms: { max: 1500 },
      error_rate: { max: 0.025 },
    });
    expect(changed.detect?.patterns?.store).toEqual({ batchRows: 20, flushMs: 60_000 });
    // A bare number is milliseconds; a percentage above 100 is refused with its path.
    expect(options(variant({ monitoring: { performance: { response_time_threshold: 750 } } })).detect?.engine?.thresholds?.defaults?.response_time_ms).toEqual({ max: 750 });
    expect(issuesOf(variant({ monitoring: { performance: { cpu_threshold: 180 } } }))).toEqual([expect.stringMatching(/^self_healing\.monitoring\.performance\.cpu_threshold: /)]);
    // The novelty warm-up: the engine's default (60 steps) unless set, a duration when set.
    expect(options(variant({})).detect?.engine?.novelWarmupMs).toBeUndefined();
    expect(options(variant({ monitoring: { novelty_warmup: '2m' } })).detect?.engine?.novelWarmupMs).toBe(120_000);
    expect(issuesOf(variant({ monitoring: { novelty_warmup: 'soon' } }))).toEqual([expect.stringMatching(/^self_healing\.monitoring\.novelty_warmup: /)]);
  });

  it('maps learning: ml_enabled switches the model, pattern_analysis_enabled the template mining', () => {
    const o = options(seed());
    expect(o.diagnose?.learning).toMatchObject({ enabled: true, modelUpdateMs: 86_400_000, confidenceThreshold: 0.7 });
    expect(options(variant({ learning: { ml_enabled: false } })).diagnose?.learning.enabled).toBe(false);
    expect(options(variant({ learning: { confidence_threshold: 0.9, model_update_frequency: '6h' } })).diagnose?.learning).toMatchObject({ confidenceThreshold: 0.9, modelUpdateMs: 21_600_000 });
    const noPatterns = options(variant({ learning: { pattern_analysis_enabled: false } }));
    expect(noPatterns.detect).toBeDefined();
    expect(noPatterns.detect?.patterns).toBeUndefined();
  });

  it('parses recovery and escalation into typed options for their stages', () => {
    const o = options(seed());
    expect(o.recovery).toEqual({
      enabled: true,
      maxConcurrent: 3,
      timeoutMs: 300_000,
      rollbackOnFailure: true,
      dryRun: false,
      riskLevels: {
        LOW: { enabled: true, autoExecute: true, requireApproval: false, maxDailyExecutions: null },
        MEDIUM: { enabled: true, autoExecute: true, requireApproval: false, maxDailyExecutions: 10 },
        HIGH: { enabled: true, autoExecute: false, requireApproval: true, maxDailyExecutions: null },
        CRITICAL: { enabled: true, autoExecute: false, requireApproval: true, maxDailyExecutions: null },
      },
      catalogFile: '',
      cooldownMs: 300_000,
      approvalTimeoutMs: 900_000,
      commandAllowlist: [],
      confidenceThreshold: 0.7,
      learning: { enabled: true, priorStrength: 2 },
    });
    expect(options(variant({ learning: { action_selection: { thompson_sampling: false, prior_strength: 5, seed: 7 } } })).recovery.learning).toEqual({ enabled: false, priorStrength: 5, seed: 7 });
    expect(issuesOf(variant({ learning: { action_selection: { prior_strength: 0 } } }))).toEqual([expect.stringMatching(/^self_healing\.learning\.action_selection\.prior_strength: /)]);
    expect(o.escalation).toMatchObject({
      enabled: true,
      channels: ['slack', 'email', 'pagerduty'],
      criticalErrors: { immediateNotification: true, timeoutMs: 300_000 },
      failedRecoveries: { threshold: 3, timeoutMs: 900_000 },
    });
    expect(options(variant({ recovery: { recovery_timeout: '90s', max_concurrent_recoveries: 1 } })).recovery).toMatchObject({ timeoutMs: 90_000, maxConcurrent: 1 });
    expect(options(variant({ escalation: { notification_channels: ['email'], rules: { failed_recoveries: { threshold: 5 } } } })).escalation).toMatchObject({
      channels: ['email'],
      failedRecoveries: { threshold: 5, timeoutMs: 900_000 },
    });
    expect(issuesOf(variant({ escalation: { notification_channels: ['sms'] } }))).toEqual([expect.stringMatching(/^self_healing\.escalation\.notification_channels\.0: /)]);
  });
});

describe("the document's feature flags", () => {
  it('self_healing.error_detection.enabled switches detection (and so diagnosis) off', () => {
    const o = options({ self_healing: { error_detection: { enabled: false } } });
    expect(o.detect).toBeUndefined();
    expect(o.diagnose).toBeUndefined();
    expect(options({}).detect).toBeDefined();
  });

  it('self_healing.ml_diagnosis.enabled switches the learned classifier', () => {
    expect(options({ self_healing: { ml_diagnosis: { enabled: false } } }).diagnose?.learning.enabled).toBe(false);
    expect(options({}).diagnose?.learning.enabled).toBe(true);
  });

  it('self_healing.recovery.{low,medium,high}_risk.enabled set each level (critical follows high)', () => {
    const r = options({ self_healing: { recovery: { enabled: false, low_risk: { enabled: true }, medium_risk: { enabled: false }, high_risk: { enabled: false } } } }).recovery;
    expect(r.enabled).toBe(false);
    expect([r.riskLevels.LOW.enabled, r.riskLevels.MEDIUM.enabled, r.riskLevels.HIGH.enabled, r.riskLevels.CRITICAL.enabled]).toEqual([true, false, false, false]);
  });

  it('self_healing.codegen parses: off by default, with Codegen\'s API, org, token and polling', () => {
    const raw = { self_healing: { codegen: { enabled: true, org_id: '42', token: 'sk-codegen', repo_id: 7, poll_interval: '10s' } } };
    expect(options(raw).codegen).toEqual({ enabled: true, apiUrl: 'https://api.codegen.com', orgId: '42', token: 'sk-codegen', repoId: 7, pollMs: 10_000, maxPollMs: 300_000, giveUpMs: 7_200_000 });
    expect(options({}).codegen).toMatchObject({ enabled: false, orgId: '', token: '' });
  });
});

describe('two spellings of one setting', () => {
  it('accept either, and both when they agree (in their own units)', () => {
    const a = parseConfig({ self_healing: { monitoring: { thresholds: { cpu_usage: 0.7 } } } }, {});
    expect(a.self_healing.monitoring.performance.cpu_threshold).toBe(70);
    const b = parseConfig({ self_healing: { monitoring: { performance: { cpu_threshold: 70, error_rate_threshold: 7 }, thresholds: { cpu_usage: 0.7, error_rate: 0.07 } } } }, {});
    expect(b.self_healing.monitoring.thresholds).toMatchObject({ cpu_usage: 0.7, error_rate: 0.07 });
    expect(b.self_healing.monitoring.performance).toMatchObject({ cpu_threshold: 70, error_rate_threshold: 7 });
    const c = parseConfig({ self_healing: { recovery: { recovery_timeout: '300s', default_timeout: '5m' }, learning: { ml_enabled: false, enabled: false } } }, {});
    expect(c.self_healing.recovery.recovery_timeout).toBe(300_000);
    expect(c.self_healing.learning.ml_enabled).toBe(false);
  });

  it('refuse a file that gives one setting two values, naming both paths', () => {
    expect(issuesOf({ self_healing: { monitoring: { performance: { cpu_threshold: 80 }, thresholds: { cpu_usage: 0.7 } } } })).toEqual([
      'self_healing.monitoring.performance.cpu_threshold: 80 here, but self_healing.monitoring.thresholds.cpu_usage is 0.7: both set the same setting to different values; keep one (self_healing.monitoring.performance.cpu_threshold is the documented spelling)',
    ]);
    const cases: Array<[unknown, string, string]> = [
      [{ self_healing: { monitoring: { enabled: false }, error_detection: { enabled: true } } }, 'self_healing.error_detection.enabled', 'self_healing.monitoring.enabled'],
      [{ self_healing: { monitoring: { error_detection: { enabled: true }, enabled: false } } }, 'self_healing.monitoring.error_detection.enabled', 'self_healing.monitoring.enabled'],
      [{ self_healing: { monitoring: { performance: { response_time_threshold: '2s' }, thresholds: { response_time_ms: 1000 } } } }, 'self_healing.monitoring.performance.response_time_threshold', 'self_healing.monitoring.thresholds.response_time_ms'],
      [{ self_healing: { monitoring: { performance: { memory_threshold: 85 }, thresholds: { memory_usage: 0.8 } } } }, 'self_healing.monitoring.performance.memory_threshold', 'self_healing.monitoring.thresholds.memory_usage'],
      [{ self_healing: { monitoring: { performance: { error_rate_threshold: 5 }, thresholds: { error_rate: 0.5 } } } }, 'self_healing.monitoring.performance.error_rate_threshold', 'self_healing.monitoring.thresholds.error_rate'],
      [{ self_healing: { recovery: { recovery_timeout: '300s', default_timeout: '10m' } } }, 'self_healing.recovery.recovery_timeout', 'self_healing.recovery.default_timeout'],
      [{ self_healing: { learning: { ml_enabled: true }, ml_diagnosis: { enabled: false } } }, 'self_healing.learning.ml_enabled', 'self_healing.ml_diagnosis.enabled'],
      [{ self_healing: { learning: { enabled: false, ml_enabled: true } } }, 'self_healing.learning.ml_enabled', 'self_healing.learning.enabled'],
      [{ self_healing: { recovery: { approval_required_from: 'LOW', risk_levels: { low: { require_approval: false } } } } }, 'self_healing.recovery.risk_levels.low.require_approval', 'self_healing.recovery.approval_required_from'],
    ];
    for (const [raw, first, second] of cases) {
      const issues = issuesOf(raw);
      expect(issues, first).toHaveLength(1);
      expect(issues[0].startsWith(`${first}: `), issues[0]).toBe(true);
      expect(issues[0]).toContain(second);
    }
  });

  it('approval_required_from still sets the levels when risk_levels does not', () => {
    const r = options({ self_healing: { recovery: { approval_required_from: 'MEDIUM' } } }).recovery.riskLevels;
    expect([r.LOW.requireApproval, r.MEDIUM.requireApproval, r.HIGH.requireApproval, r.CRITICAL.requireApproval]).toEqual([false, true, true, true]);
    expect([r.LOW.autoExecute, r.MEDIUM.autoExecute]).toEqual([true, false]);
  });
});

describe('settings with no effect yet', () => {
  it('are named by config check: codegen without its org and token, and a sampling rate below 1', () => {
    const warnings = (raw: unknown) => {
      parseConfig(raw, {});
      return inertSettings(raw);
    };
    expect(warnings({ self_healing: { codegen: { enabled: true } } })).toEqual([
      'self_healing.codegen: accepted but has no effect yet (self_healing.codegen.org_id and .token are needed to call Codegen; no code-fix proposal is made)',
    ]);
    expect(warnings({ self_healing: { codegen: { enabled: true, org_id: '42', token: 'sk-codegen' } } })).toEqual([]);
    expect(warnings({ self_healing: { codegen: { enabled: false } } })).toEqual([]);
    expect(warnings({ self_healing: { monitoring: { error_detection: { sampling_rate: 0.5 } } } })).toEqual([
      'self_healing.monitoring.error_detection.sampling_rate: accepted but has no effect yet (detection reads every error record; sampling below 1 is not applied)',
    ]);
    expect(warnings({ self_healing: { monitoring: { error_detection: { sampling_rate: 1 } } } })).toEqual([]);
  });
});


import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig, redact, REDACTED } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repo = path.resolve(import.meta.dirname, '../..');

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config schema', () => {
  it('fills every default from an empty file, including the seed thresholds', () => {
    const c = parseConfig({}, {});
    expect(c.receiver.grpc.port).toBe(4317);
    expect(c.receiver.http.port).toBe(4318);
    expect(c.api.port).toBe(8080);
    expect(c.receiver.max_request_bytes).toBe(16 * 1024 * 1024);
    expect(c.storage.clickhouse).toMatchObject({ url: '', database: 'otel', ttl_days: 30, data_dir: './data/clickhouse' });
    expect(c.storage.clickhouse.batch).toMatchObject({ max_rows: 10_000, max_delay_ms: 1000 });
    expect(c.self_healing.monitoring.thresholds).toEqual({ response_time_ms: 2000, error_rate: 0.05, cpu_usage: 0.8, memory_usage: 0.85 });
    expect(c.self_healing.learning).toMatchObject({ model_update_frequency: 86_400_000, confidence_threshold: 0.7 });
  });

  it('reports every error with its path at once', () => {
    const issues = issuesOf(() =>
      parseConfig({ receiver: { grpc: { port: 'x' }, bogus: 1 }, self_healing: { learning: { confidence_threshold: 3 }, recovery: { default_timeout: 'soon' } } }, {}),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^receiver\.grpc\.port: /),
        'receiver.bogus: unknown key',
        expect.stringMatching(/^self_healing\.learning\.confidence_threshold: /),
        expect.stringMatching(/^self_healing\.recovery\.default_timeout: must be a duration/),
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it('substitutes ${env:VAR} in values, with defaults, and names a missing variable', () => {
    const c = parseConfig({ self_healing: { escalation: { pagerduty: { routing_key: '${env:PD_KEY}' } } }, api: { host: '${env:API_HOST:-127.0.0.1}' } }, { PD_KEY: 'abc123' });
    expect(c.self_healing.escalation.pagerduty.routing_key).toBe('abc123');
    expect(c.api.host).toBe('127.0.0.1');
    expect(issuesOf(() => parseConfig({ storage: { postgres: { url: '${env:NOPE}' } } }, {}))).toEqual([
      'storage.postgres.url: environment variable NOPE is not set',
    ]);
  });

  it('lets CLICKHOUSE_URL and DATABASE_URL switch to servers', () => {
    const c = parseConfig({}, { CLICKHOUSE_URL: 'http://ch:8123', CLICKHOUSE_PASSWORD: 'pw', DATABASE_URL: 'postgres://u:p@db/x' });
    expect(c.storage.clickhouse.url).toBe('http://ch:8123');
    expect(c.storage.clickhouse.password).toBe('pw');
    expect(c.storage.postgres.url).toBe('postgres://u:p@db/x');
  });

  it('takes the audit checkpoint key from HOMEOSTAT_AUDIT_KEY, refuses a short one with its path, and redacts it', () => {
    expect(parseConfig({}, {}).audit).toEqual({ checkpoint_key: '', key_file: '', checkpoint_file: '', checkpoint_every_rows: 1000, checkpoint_interval: 60_000 });
    expect(parseConfig({ audit: { checkpoint_key: 'x' } }, { HOMEOSTAT_AUDIT_KEY: 'from-the-environment-0123' }).audit.checkpoint_key).toBe('from-the-environment-0123');
    expect(() => parseConfig({ audit: { checkpoint_key: 'short' } }, {})).toThrow(/audit\.checkpoint_key/);
    expect(JSON.stringify(redact({ audit: { checkpoint_key: 'from-the-environment-0123' } }))).not.toContain('from-the-environment');
  });

  it('redacts secrets by key and credentials inside URLs', () => {
    const c = parseConfig(
      {
        receiver: { auth: { bearer_tokens: ['t0ken'] } },
        storage: { clickhouse: { password: 'chpw' }, postgres: { url: 'postgres://app:s3cret@db:5432/h' } },
        self_healing: { escalation: { slack: { webhook_url: 'https://hooks.slack.com/services/T/B/X' } } },
      },
      {},
    );
    const text = JSON.stringify(redact(c));
    for (const secret of ['t0ken', 'chpw', 's3cret', 'hooks.slack.com/services/T/B/X']) expect(text).not.toContain(secret);
    expect(text).toContain(`postgres://app:${REDACTED}@db:5432/h`);
  });

  it('reads YAML files and names the file on a syntax error', () => {
    const good = path.join(dir, 'good.yaml');
    writeFileSync(good, 'receiver:\n  http:\n    port: 14318\n');
    expect(loadConfig({ file: good, env: {} }).config.receiver.http.port).toBe(14318);
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'receiver: [unclosed\n');
    expect(issuesOf(() => loadConfig({ file: bad, env: {} }))[0]).toMatch(/^.*bad\.yaml: /);
    expect(issuesOf(() => loadConfig({ file: path.join(dir, 'missing.yaml'), env: {} }))[0]).toMatch(/no such file/);
  });
});

describe('homeostat config check (CLI)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(repo, 'bin/homeostat.js'), 'config', 'check', ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });

  it('exits non-zero and prints each problem with its path', () => {
    const file = path.join(dir, 'wrong.yaml');
    writeFileSync(file, 'storage:\n  clickhouse:\n    ttl_days: -1\n    batch: { max_rows: 0 }\napi: { prot: 1 }\n');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('storage.clickhouse.ttl_days');
    expect(r.stderr).toContain('storage.clickhouse.batch.max_rows');
    expect(r.stderr).toContain('api.prot: unknown key');
  });

  it('prints a valid file with secrets redacted', () => {
    const file = path.join(dir, 'ok.yaml');
    writeFileSync(file, 'storage:\n  clickhouse:\n    password: hunter2\n');
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('is valid');
    expect(r.stdout).not.toContain('hunter2');
  });
});

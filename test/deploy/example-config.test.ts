// homeostat.example.yaml is what users copy first, so it must pass the real validator and
// show every option the schema has.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ALTERNATE_SPELLINGS, parseConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';
import { readYaml, repoPath, ROOT } from './files.ts';

const FILE = 'homeostat.example.yaml';
const raw = readYaml(FILE);
// Only HOMEOSTAT_TOKEN is required; everything else has a ${env:VAR:-default}.
const ENV = { HOMEOSTAT_TOKEN: 'example-token' };

/** Dotted paths of every key in a parsed config, not descending into free-form records. */
function keyPaths(value: unknown, prefix = '', records = new Set(['self_healing.monitoring.service_overrides'])): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return records.has(path) ? [path] : [path, ...keyPaths(v, path, records)];
  });
}

describe('homeostat.example.yaml', () => {
  it('passes parseConfig with the environment it documents', () => {
    const config = parseConfig(raw, ENV, FILE);
    expect(config.receiver.auth.bearer_tokens).toEqual(['example-token']);
    // Without server URLs the embedded stores are used, so the example runs anywhere.
    expect(config.storage.clickhouse.url).toBe('');
    expect(config.storage.postgres.url).toBe('');
  });

  it('fails, naming the variable, when the required token is missing', () => {
    expect(() => parseConfig(raw, {}, FILE)).toThrow(ConfigError);
    try {
      parseConfig(raw, {}, FILE);
    } catch (err) {
      expect((err as ConfigError).issues.join('\n')).toContain('HOMEOSTAT_TOKEN');
    }
  });

  it('takes storage servers and secrets from the environment', () => {
    const config = parseConfig(raw, {
      ...ENV,
      CLICKHOUSE_URL: 'http://ch:8123',
      CLICKHOUSE_PASSWORD: 'pw',
      DATABASE_URL: 'postgres://u:p@pg:5432/h',
      PAGERDUTY_ROUTING_KEY: 'rk',
      SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/X',
    });
    expect(config.storage.clickhouse.url).toBe('http://ch:8123');
    expect(config.storage.clickhouse.password).toBe('pw');
    expect(config.storage.postgres.url).toBe('postgres://u:p@pg:5432/h');
    expect(config.self_healing.escalation.pagerduty.routing_key).toBe('rk');
    expect(config.self_healing.escalation.slack.webhook_url).toContain('hooks.slack.com');
  });

  it('writes no secret literally: credentials and webhooks come from ${env:...}', () => {
    const secrets = [
      raw.storage.clickhouse.password,
      raw.self_healing.escalation.pagerduty.routing_key,
      raw.self_healing.escalation.slack.webhook_url,
      raw.self_healing.escalation.email.smtp_url,
      raw.audit.checkpoint_key,
      ...raw.receiver.auth.bearer_tokens,
    ];
    for (const s of secrets) expect(s).toMatch(/^\$\{env:[A-Z_]+(:-)?\}$/);
  });

  it('shows every option of the schema in its documented spelling (optional tls is documented in a comment)', () => {
    const alternate = (p: string) => ALTERNATE_SPELLINGS.some((a) => p === a || p.startsWith(`${a}.`));
    const all = keyPaths(parseConfig({}, {})).filter((p) => !alternate(p));
    const shown = keyPaths(raw);
    expect(all.filter((p) => !shown.includes(p))).toEqual([]);
    // The design document's spelling only: no setting is shown twice.
    expect(shown.filter(alternate)).toEqual([]);
    // max_daily_executions has no default (no limit), so it is shown where the document sets it.
    expect(all.filter((p) => p.endsWith('max_daily_executions'))).toEqual([]);
    expect(raw.self_healing.recovery.risk_levels.medium.max_daily_executions).toBe(10);
    expect(raw.self_healing.monitoring.service_overrides).not.toEqual({});
  });

  it('passes `homeostat config check`', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [repoPath('bin/homeostat.js'), 'config', 'check', FILE], {
      cwd: ROOT,
      env: { ...process.env, ...ENV, CLICKHOUSE_URL: '', CLICKHOUSE_USER: '', CLICKHOUSE_PASSWORD: '', DATABASE_URL: '' },
    });
    expect(stdout).toContain(`${FILE} is valid`);
    // Secrets are redacted in the printed configuration.
    expect(stdout).not.toContain('example-token');
  });
});

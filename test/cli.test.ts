// The CLI as users run it (`npx homeostat …` → bin/homeostat.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(repo, 'bin/homeostat.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 120_000,
  });

describe('homeostat CLI', () => {
  it('prints usage, and exits 2 on an unknown command', () => {
    expect(run('--help').stdout).toContain('config check');
    const bad = run('frobnicate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown command: frobnicate');
  });

  it('migrate --print shows cluster DDL for the configured cluster without connecting anywhere', () => {
    const file = path.join(dir, 'cluster.yaml');
    writeFileSync(file, 'storage:\n  clickhouse:\n    url: http://127.0.0.1:1\n    cluster: analytics\n    ttl_days: 7\n');
    const r = run('migrate', '--config', file, '--print');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CREATE TABLE IF NOT EXISTS `otel`.`otel_traces_local` ON CLUSTER `analytics`');
    expect(r.stdout).toContain("ENGINE = Distributed('analytics', 'otel', 'otel_logs_local', rand())");
    expect(r.stdout).toContain('toIntervalDay(7)');
  });

  it('migrate applies ClickHouse and Postgres migrations on embedded storage, and a second run applies nothing', () => {
    const first = run('migrate');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('0001_traces.sql');
    expect(first.stdout).toContain('0001_seed_enums.sql');
    const second = run('migrate');
    expect(second.status, second.stderr).toBe(0);
    const applied = second.stdout
      .split('\n')
      .filter((l) => l.includes('migrations'))
      .map((l) => JSON.parse(l).applied);
    expect(applied).toEqual([[], []]);
  });
});

// The daily success metrics from a recorded day: incidents (two overlapping outages, one that
// began the evening before, a LOW one that is no outage), recovery executions (one failed, two
// verified) and escalations in the audit trail. The job writes self_healing_metrics, and
// `homeostat report` recomputes and prints them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { AuditTrail } from '../../src/audit/index.ts';
import { report } from '../../src/cli/report.ts';
import { computeDay, DailyMetricsStage, readDays, reportTable } from '../../src/report/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { silentLogger } from '../../src/telemetry/logger.ts';
import { Metrics } from '../../src/telemetry/index.ts';

const D = '2026-03-10';
const at = (hhmm: string, day = D) => new Date(`${day}T${hhmm}:00Z`);
let dir: string;
let pg: PostgresHandle;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-report-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  const event = async (name: string, severity: string, opened: Date, closed: Date | null) => {
    const r = await pg.pool.query<{ id: string }>(
      `INSERT INTO error_events ("timestamp", severity, category, message, service_name, fingerprint, status, closed_at)
       VALUES ($1, $2, 'API', $3, 'checkout', $4, $5, $6) RETURNING id::text AS id`,
      [opened, severity, name, `fp-${name}`, closed ? 'closed' : 'open', closed],
    );
    ids[name] = r.rows[0].id;
  };
  await event('e1', 'CRITICAL', at('10:00'), at('10:30'));
  await event('e2', 'HIGH', at('10:15'), at('11:00'));
  await event('e3', 'LOW', at('12:00'), null);
  await event('e4', 'MEDIUM', at('23:00', '2026-03-09'), at('23:20', '2026-03-09'));
  await event('e5', 'HIGH', at('23:30', '2026-03-09'), at('00:30'));
  const action = (await pg.pool.query<{ id: string }>(`INSERT INTO recovery_actions (name, action_type, risk_level) VALUES ('restart_service', 'http', 'LOW') RETURNING id::text AS id`)).rows[0].id;
  const exec = (ev: string, attempt: number, status: string, success: boolean, started: Date, completed: Date) =>
    pg.pool.query(
      `INSERT INTO recovery_executions (error_event_id, recovery_action_id, execution_status, attempt, started_at, completed_at, success) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [ids[ev], action, status, attempt, started, completed, success],
    );
  await exec('e1', 0, 'COMPLETED', true, at('10:05'), at('10:10'));
  await exec('e2', 0, 'FAILED', false, at('10:20'), at('10:25'));
  await exec('e2', 1, 'COMPLETED', true, at('10:40'), at('10:50'));
  await exec('e4', 0, 'COMPLETED', true, at('23:10', '2026-03-09'), at('23:15', '2026-03-09'));
  const trail = new AuditTrail(pg.pool);
  const raised = (ev: string, level: number, when: Date) =>
    trail.append({ actor: 'escalate', action: 'escalation.raised', entityType: 'error_event', entityId: ids[ev], occurredAt: when, details: { escalationId: `esc-${ev}`, level } });
  await raised('e1', 0, at('10:01'));
  await raised('e1', 1, at('10:06'));
  await raised('e2', 0, at('10:16'));
  await raised('e4', 0, at('23:05', '2026-03-09'));
});

afterAll(async () => {
  await pg.close();
  await rm(dir, { recursive: true, force: true });
});

it('computes the day from events, executions and escalations', async () => {
  const m = await computeDay(pg.pool, D, at('00:00', '2026-03-11').getTime());
  expect(m).toEqual({
    date: D,
    totalErrors: 3,
    automatedRecoveries: 3,
    successfulRecoveries: 2,
    escalatedErrors: 2,
    // e1: opened 10:00, recovered 10:10; e2: opened 10:15, recovered 10:50.
    averageRecoveryTimeS: (600 + 2100) / 2,
    // Down 00:00-00:30 (e5 from the evening before) and 10:00-11:00 (e1 and e2 overlapping).
    systemAvailability: 1 - 90 / 1440,
    labelledErrors: 0,
    falsePositives: 0,
  });
  // Today, at noon: only the morning counts, and an open outage runs up to now.
  const noon = await computeDay(pg.pool, D, at('12:00').getTime());
  expect(noon.systemAvailability).toBeCloseTo(1 - 90 / 720, 10);
});

it('the job writes yesterday\'s and today\'s rows', async () => {
  const stage = new DailyMetricsStage({ refreshMs: 3_600_000 }, { pool: pg.pool, logger: silentLogger, now: () => at('00:00', '2026-03-11').getTime() + 1 });
  await stage.run();
  await stage.stop();
  const rows = await readDays(pg.pool, D, '2026-03-11');
  expect(rows.map((r) => [r.date, r.totalErrors, r.automatedRecoveries, r.successfulRecoveries, r.escalatedErrors, r.averageRecoveryTimeS, r.systemAvailability])).toEqual([
    [D, 3, 3, 2, 2, 1350, 0.9375],
    ['2026-03-11', 0, 0, 0, 0, null, 1],
  ]);
  expect(reportTable(rows)).toContain('automated recovery rate   100.0% (3/3)');
});

it('sets the SelfHealingMetrics gauges on /metrics', async () => {
  // Two incidents diagnosed; a person confirmed one diagnosis and corrected the other.
  for (const [ev, cat] of [['e1', 'DATABASE'], ['e2', 'API']]) {
    await pg.pool.query(`INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, classifier_version) VALUES ($1, $2, 0.8, 'rules-v1')`, [ids[ev], cat]);
  }
  for (const [ev, cat] of [['e1', 'DATABASE'], ['e2', 'NETWORK']]) {
    await pg.pool.query(`INSERT INTO diagnosis_labels (error_event_id, category, source, labelled_by, feature_version, features, created_at) VALUES ($1, $2, 'human', 'alice', 1, '[]', $3)`, [ids[ev], cat, at('11:00')]);
  }
  const metrics = new Metrics();
  const stage = new DailyMetricsStage({ refreshMs: 3_600_000 }, { pool: pg.pool, logger: silentLogger, metrics, now: () => at('12:00').getTime() });
  await stage.run();
  await stage.stop();
  const text = await metrics.registry.metrics();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  expect(value('homeostat_errors_detected_per_minute')).toBeCloseTo(1 / 60, 10);
  expect(value('homeostat_recovery_success_rate')).toBe(0.75);
  expect(value('homeostat_diagnosis_accuracy_ratio')).toBe(0.5);
  expect(value('homeostat_system_availability_ratio')).toBe(0.875);
  // x4 (15 min, the evening before), x1 (10 min) and x3 (35 min): one observation each.
  expect(value('homeostat_time_to_recovery_seconds_count')).toBe(3);
  expect(value('homeostat_time_to_recovery_seconds_sum')).toBe(900 + 600 + 2100);
});

it('homeostat report recomputes the period and prints it', async () => {
  const cfg = join(dir, 'homeostat.yaml');
  await writeFile(cfg, `storage:\n  postgres:\n    data_dir: ${JSON.stringify(join(dir, 'pg'))}\n`);
  await pg.close();
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => void out.push(String(s)) as never);
  try {
    expect(await report(['--config', cfg, '--date', D, '--days', '2'])).toBe(0);
  } finally {
    spy.mockRestore();
  }
  const text = out.join('');
  expect(text.split('\n').slice(0, 4)).toEqual([
    'date        errors  false pos.  automated  successful  escalated  avg recovery  availability',
    '----------  ------  ----------  ---------  ----------  ---------  ------------  ------------',
    // The 9th: e5 (HIGH) open from 23:30; e4 is MEDIUM, no outage.
    '2026-03-09       2           0          1           1          1        15m00s        97.92%',
    '2026-03-10       3           0          3           2          2        22m30s        93.75%',
  ]);
  expect(text).toContain('recovery success rate     75.0% (3/4)');
  expect(text).toContain('escalated to people       60.0% (3/5)');
  expect(text).toContain('mean time to recovery     20m00s');
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
});

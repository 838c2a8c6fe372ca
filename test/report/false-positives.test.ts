// The design document's false-positive rate, from people's "not an incident" labels: per day in
// self_healing_metrics (of the events opened that day: labelled, and labelled not an incident),
// in `homeostat report` and GET /api/report, and as homeostat_false_positive_ratio on /metrics.
// A false positive is no outage and had nothing to recover: availability and the recovery
// figures leave it out, diagnosis accuracy does not count the verdict as a wrong category.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.ts';
import { computeDay, DailyMetricsStage, reportTable } from '../../src/report/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { saveLabel, saveNotAnIncident } from '../../src/store/postgres/models.ts';
import { silentLogger } from '../../src/telemetry/logger.ts';
import { Metrics } from '../../src/telemetry/index.ts';

const D = '2026-04-02';
const at = (hhmm: string, day = D) => new Date(`${day}T${hhmm}:00Z`);
let dir: string;
let pg: PostgresHandle;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-fp-report-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  const event = async (name: string, severity: string, opened: Date, closed: Date) => {
    const r = await pg.pool.query<{ id: string }>(
      `INSERT INTO error_events ("timestamp", severity, category, message, service_name, fingerprint, status, closed_at)
       VALUES ($1, $2, 'API', $3, 'checkout', $4, 'closed', $5) RETURNING id::text AS id`,
      [opened, severity, name, `fp-${name}`, closed],
    );
    ids[name] = r.rows[0].id;
    await pg.pool.query(
      `INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, classifier_version, explanation, created_at) VALUES ($1, 'DATABASE', 0.8, 'rules-v1', $2, $3)`,
      [ids[name], JSON.stringify({ text: 'x', featureVersion: 1, features: [1] }), opened],
    );
  };
  // real: a HIGH outage 10:00-10:30, recovered at 10:20, diagnosis confirmed by a person.
  await event('real', 'HIGH', at('10:00'), at('10:30'));
  // noise: a HIGH "outage" 12:00-13:00 that a person says was none; an action ran and "recovered" it.
  await event('noise', 'HIGH', at('12:00'), at('13:00'));
  // unreviewed: nobody looked at it (counts as real: the rate is a lower bound).
  await event('unreviewed', 'MEDIUM', at('14:00'), at('14:10'));
  await event('unreviewed2', 'LOW', at('15:00'), at('15:10'));
  const action = (await pg.pool.query<{ id: string }>(`INSERT INTO recovery_actions (name, action_type, risk_level) VALUES ('restart_service', 'http', 'LOW') RETURNING id::text AS id`)).rows[0].id;
  for (const [ev, started, done] of [['real', '10:10', '10:20'], ['noise', '12:10', '12:50']] as const) {
    await pg.pool.query(
      `INSERT INTO recovery_executions (error_event_id, recovery_action_id, execution_status, attempt, started_at, completed_at, success) VALUES ($1, $2, 'COMPLETED', 0, $3, $4, true)`,
      [ids[ev], action, at(started), at(done)],
    );
  }
  expect(await saveLabel(pg.pool, { eventId: ids.real, source: 'human', category: 'DATABASE', labelledBy: 'alice' })).toBe(true);
  expect(await saveNotAnIncident(pg.pool, ids.noise, 'bob')).toEqual({ found: true, closed: false });
});

afterAll(async () => {
  await pg.close();
  await rm(dir, { recursive: true, force: true });
});

it('counts the day\'s labelled events and false positives; availability and MTTR leave the false positive out', async () => {
  const m = await computeDay(pg.pool, D, at('00:00', '2026-04-03').getTime());
  expect(m).toMatchObject({
    totalErrors: 4,
    labelledErrors: 2,
    falsePositives: 1,
    // Only the real incident's recovery counts (its 20 min, not the noise's 50).
    automatedRecoveries: 1,
    successfulRecoveries: 1,
    averageRecoveryTimeS: 1200,
    // Down 10:00-10:30 only; the false positive's hour is no outage.
    systemAvailability: 1 - 30 / 1440,
  });
});

it('the job stores it, the report prints the rate against the target, GET /api/report returns it', async () => {
  const stage = new DailyMetricsStage({ refreshMs: 3_600_000 }, { pool: pg.pool, logger: silentLogger, now: () => at('00:00', '2026-04-03').getTime() + 1 });
  await stage.run();
  await stage.stop();
  const stored = await pg.pool.query(`SELECT total_errors, labelled_errors, false_positives FROM self_healing_metrics WHERE date = $1`, [D]);
  expect(stored.rows).toEqual([{ total_errors: 4, labelled_errors: 2, false_positives: 1 }]);

  const app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool });
  try {
    const r = await app.inject({ method: 'GET', url: `/api/report?from=${D}&to=${D}` });
    expect(r.statusCode).toBe(200);
    const days = r.json().days;
    expect(days).toMatchObject([{ date: D, totalErrors: 4, labelledErrors: 2, falsePositives: 1 }]);
    const text = reportTable(days);
    expect(text).toContain('false positive rate       25.0% (1/4)  (labelled not an incident / errors; 2 of 4 labelled; target < 5%)');
    expect(text.split('\n')[2]).toMatch(/^2026-04-02\s+4\s+1\s+1\s+1\s+/);
  } finally {
    await app.close();
  }
});

it('sets homeostat_false_positive_ratio on /metrics; the verdict is no wrong category for diagnosis accuracy', async () => {
  const metrics = new Metrics();
  const stage = new DailyMetricsStage({ refreshMs: 3_600_000 }, { pool: pg.pool, logger: silentLogger, metrics, now: () => at('18:00').getTime() });
  await stage.run();
  await stage.stop();
  const text = await metrics.registry.metrics();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  expect(value('homeostat_false_positive_ratio')).toBe(0.25);
  // One category label (alice's, which agrees with the diagnosis); bob's verdict is not a category.
  expect(value('homeostat_diagnosis_accuracy_ratio')).toBe(1);
  expect(value('homeostat_recovery_success_rate')).toBe(1);
  // The real incident's recovery only (the window reaches back a day).
  expect(value('homeostat_time_to_recovery_seconds_count')).toBe(1);
  expect(value('homeostat_time_to_recovery_seconds_sum')).toBe(1200);
});

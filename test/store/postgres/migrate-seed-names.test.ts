// Migration 0006 (the seed's names) on a database that already holds rows under the earlier
// schema, on PGlite and on a PostgreSQL 15 server: every stored value is found under the seed's
// name afterwards, nothing is lost, and an audit chain hashed (and checkpointed) before the
// migration still verifies after it.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail, CheckpointStore, verifyAuditTrail } from '../../../src/audit/index.ts';
import { canonicalJson } from '../../../src/store/postgres/canonical.ts';
import { writeEvent } from '../../../src/store/postgres/events.ts';
import { migratePostgres } from '../../../src/store/postgres/migrate.ts';
import { POSTGRES_MIGRATIONS_DIR, readPostgresMigrations } from '../../../src/store/postgres/migrations-dir.ts';
import type { DetectedEvent } from '../../../src/records.ts';
import { BACKENDS, type OpenBackend } from './backends.ts';

const KEY = Buffer.from('migration-test-key-0123456789');
const T0 = new Date('2024-05-06T23:30:00.000Z');
const T1 = new Date('2024-05-07T00:30:00.000Z');
const EVENT_A = '4bf92f35-77b3-4da6-a3ce-929d0e0e4736';
const EVENT_B = '00f067aa-0ba9-42b7-8a3c-929d0e0e4736';

/** The audit hash exactly as the first release computed it, frozen here (not imported). */
function firstReleaseHash(prev: string | null, r: { occurredAt: Date; actor: string; action: string; entityType: string; entityId: string; details: unknown }): string {
  const body = canonicalJson({ occurred_at: r.occurredAt.toISOString(), actor: r.actor, action: r.action, entity_type: r.entityType, entity_id: r.entityId, details: r.details });
  return createHash('sha256').update((prev ?? '') + body).digest('hex');
}

describe.each(BACKENDS)('migration 0006 over existing rows on $name', (backend) => {
  let db: OpenBackend;
  let pool: pg.Pool;
  let before: string;
  const oldIds: string[] = [];

  beforeAll(async () => {
    db = await backend.open();
    pool = db.handle.pool;
    // The schema as released before 0006.
    before = mkdtempSync(join(tmpdir(), 'homeostat-pg-before-0006-'));
    cpSync(POSTGRES_MIGRATIONS_DIR, before, { recursive: true });
    for (const m of readPostgresMigrations(POSTGRES_MIGRATIONS_DIR)) if (Number(m.version) >= 6) rmSync(join(before, m.name));
    expect((await migratePostgres(pool, before)).current).toBe('0005');

    await pool.query(
      `INSERT INTO error_events (id, occurred_at, severity, category, message, service_name, fingerprint, context)
       VALUES ($1, $2, 'HIGH', 'DATABASE', 'pool exhausted', 'checkout', 'fp-a', '{"series": "s"}'),
              ($3, $4, 'LOW', 'API', 'slow', 'orders', 'fp-b', '{}')`,
      [EVENT_A, T0, EVENT_B, T1],
    );
    await pool.query(
      `INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, classifier_version, created_at)
       VALUES ($1, 'DATABASE', 0.8125, 'rules-v1', $2)`,
      [EVENT_A, T0],
    );
    await pool.query(
      `INSERT INTO performance_baselines (service_name, metric_name, series_key, baseline_value, calculation_period, hour_of_week, updated_at)
       VALUES ('checkout', 'span.rate', 'span|checkout|GET /|rate', 12.5, '7d', 3, $1)`,
      [T0],
    );
    const action = await pool.query<{ id: string }>(
      `INSERT INTO recovery_actions (name, action_type, risk_level, parameters, created_at)
       VALUES ('restart', 'k8s.restart', 'LOW', '{"grace": 30}', $1) RETURNING id`,
      [T0],
    );
    await pool.query(
      `INSERT INTO recovery_executions (error_event_id, recovery_action_id, status, started_at, completed_at, rolled_back)
       VALUES ($1, $2, 'SUCCEEDED', $3, $4, false)`,
      [EVENT_A, action.rows[0].id, T0, T1],
    );
    await pool.query(`INSERT INTO self_healing_metrics (metric_name, metric_value, recorded_at) VALUES ('mttr_seconds', 42.5, $1)`, [T0]);
    await pool.query(
      `INSERT INTO error_patterns (pattern_signature, template, occurrence_count, first_seen, last_seen) VALUES ('sig', 'timeout after <*> ms', 4, $1, $2)`,
      [T0, T1],
    );

    // An audit chain written the first release's way, and a keyed checkpoint over it.
    let prev: string | null = null;
    const entries = [
      { occurredAt: T0, actor: 'homeostat/detect', action: 'event.open', entityType: 'error_event', entityId: EVENT_A, details: { severity: 'HIGH' } },
      { occurredAt: T0, actor: 'diagnose', action: 'diagnosis.recorded', entityType: 'error_event', entityId: EVENT_A, details: { category: 'DATABASE', confidence: 0.8125 } },
      { occurredAt: T1, actor: 'alice', action: 'diagnosis.labelled', entityType: 'error_event', entityId: EVENT_B, details: { source: 'human' } },
    ];
    for (const e of entries) {
      const hash = firstReleaseHash(prev, e);
      const r = await pool.query<{ id: string }>(
        `INSERT INTO healing_audit_trail (occurred_at, actor, action, entity_type, entity_id, details, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
        [e.occurredAt, e.actor, e.action, e.entityType, e.entityId, JSON.stringify(e.details), prev, hash],
      );
      oldIds.push(r.rows[0].id);
      prev = hash;
    }
    await new CheckpointStore(pool, KEY).write({ rowCount: 3, headId: oldIds[2], headHash: prev, writtenAt: T1 });

    expect((await migratePostgres(pool)).applied).toContain('0006_seed_schema_names.sql');
  });

  afterAll(async () => {
    await db?.dispose();
    if (before) rmSync(before, { recursive: true, force: true });
  });

  it('moves error events and their classifications under the seed names', async () => {
    const ev = await pool.query(`SELECT id, "timestamp", severity::text, stack_trace, user_id FROM error_events ORDER BY "timestamp"`);
    expect(ev.rows).toEqual([
      { id: EVENT_A, timestamp: T0, severity: 'HIGH', stack_trace: null, user_id: null },
      { id: EVENT_B, timestamp: T1, severity: 'LOW', stack_trace: null, user_id: null },
    ]);
    const cls = await pool.query(`SELECT classification_type, confidence_score, classification_timestamp, created_at FROM error_classifications`);
    expect(cls.rows).toEqual([{ classification_type: 'DATABASE', confidence_score: '0.8125', classification_timestamp: T0, created_at: T0 }]);
  });

  it('moves baselines, recovery actions and executions', async () => {
    const b = await pool.query(`SELECT component, metric_name, baseline_value, calculation_period::text AS period, last_updated, created_at FROM performance_baselines`);
    expect(b.rows).toEqual([{ component: 'checkout', metric_name: 'span.rate', baseline_value: 12.5, period: '7 days', last_updated: T0, created_at: T0 }]);
    const a = await pool.query(`SELECT name, configuration, prerequisites, created_at, updated_at FROM recovery_actions`);
    expect(a.rows).toEqual([{ name: 'restart', configuration: { grace: 30 }, prerequisites: null, created_at: T0, updated_at: T0 }]);
    const x = await pool.query(
      `SELECT execution_status::text AS status, success, rollback_executed, rollback_success, extract(epoch FROM execution_time)::int AS seconds FROM recovery_executions`,
    );
    expect(x.rows).toEqual([{ status: 'COMPLETED', success: true, rollback_executed: false, rollback_success: null, seconds: 3600 }]);
  });

  it('keeps the old metric samples and counts stored events per day (UTC)', async () => {
    const samples = await pool.query(`SELECT metric_name, metric_value, recorded_at FROM self_healing_metric_samples`);
    expect(samples.rows).toEqual([{ metric_name: 'mttr_seconds', metric_value: 42.5, recorded_at: T0 }]);
    const daily = await pool.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, total_errors, automated_recoveries, successful_recoveries, escalated_errors, average_recovery_time, system_availability
         FROM self_healing_metrics ORDER BY date`,
    );
    const zeros = { automated_recoveries: 0, successful_recoveries: 0, escalated_errors: 0, average_recovery_time: null, system_availability: null };
    expect(daily.rows).toEqual([
      { date: '2024-05-06', total_errors: 1, ...zeros },
      { date: '2024-05-07', total_errors: 1, ...zeros },
    ]);
  });

  it('moves error patterns', async () => {
    const p = await pool.query(`SELECT pattern_signature, pattern_description, occurrence_count, created_at, updated_at FROM error_patterns`);
    expect(p.rows).toEqual([{ pattern_signature: 'sig', pattern_description: 'timeout after <*> ms', occurrence_count: '4', created_at: T0, updated_at: T1 }]);
  });

  it('keeps the audit chain and its checkpoint verifiable, and hashes what new rows add', async () => {
    const rows = await pool.query(`SELECT seq::text AS seq, id, error_event_id, action_type, action_details, "timestamp", created_at FROM healing_audit_trail ORDER BY seq`);
    expect(rows.rows.map((r) => r.seq)).toEqual(oldIds);
    expect(new Set(rows.rows.map((r) => r.id)).size).toBe(3);
    expect(rows.rows.map((r) => [r.error_event_id, r.action_type])).toEqual([
      [EVENT_A, 'event.open'],
      [EVENT_A, 'diagnosis.recorded'],
      [EVENT_B, 'diagnosis.labelled'],
    ]);
    expect(rows.rows[2]).toMatchObject({ action_details: { source: 'human' }, timestamp: T1, created_at: T1 });

    const checkpoints = new CheckpointStore(pool, KEY);
    expect(await verifyAuditTrail(pool, { checkpoints })).toMatchObject({ ok: true, scope: 'full', checked: 3, checkpoint: { status: 'ok', rows: 3 } });
    expect(await verifyAuditTrail(pool, { checkpoints, scope: 'since_checkpoint' })).toMatchObject({ ok: true, scope: 'since_checkpoint', checked: 0 });

    const trail = new AuditTrail(pool);
    const added = await trail.append({
      actor: 'diagnose', action: 'diagnosis.recorded', entityType: 'error_event', entityId: EVENT_B, details: { category: 'API' },
      result: 'needs_approval', impactAssessment: { affected_services: ['orders'], system_impact: 0.25 },
    });
    expect(await verifyAuditTrail(pool, { checkpoints })).toMatchObject({ ok: true, checked: 4 });
    // The new columns are under the hash: changing either breaks the chain at that row.
    await pool.query(`UPDATE healing_audit_trail SET result = 'diagnosed' WHERE seq = $1`, [added.id]);
    expect((await verifyAuditTrail(pool, { checkpoints })).firstBroken).toEqual({ id: added.id, reason: 'hash_mismatch' });
    await pool.query(`UPDATE healing_audit_trail SET result = 'needs_approval', impact_assessment = '{"affected_services": []}' WHERE seq = $1`, [added.id]);
    expect((await verifyAuditTrail(pool, { checkpoints })).firstBroken).toEqual({ id: added.id, reason: 'hash_mismatch' });
    // ...and so is an old row's (absent) result.
    await pool.query(`UPDATE healing_audit_trail SET impact_assessment = '{"affected_services": ["orders"], "system_impact": 0.25}' WHERE seq = $1`, [added.id]);
    expect(await verifyAuditTrail(pool, { checkpoints })).toMatchObject({ ok: true, checked: 4 });
    await pool.query(`UPDATE healing_audit_trail SET result = 'ok' WHERE seq = $1`, [oldIds[0]]);
    expect((await verifyAuditTrail(pool, { checkpoints })).firstBroken).toEqual({ id: oldIds[0], reason: 'hash_mismatch' });
    await pool.query(`UPDATE healing_audit_trail SET result = NULL WHERE seq = $1`, [oldIds[0]]);
  });

  it('counts events written after the migration, once per event', async () => {
    const at = Date.parse('2024-05-07T12:00:00Z');
    const ev = (id: string, action: DetectedEvent['action'], extra: Record<string, unknown> = {}): DetectedEvent => ({
      id, action, fingerprint: 'fp-new', severity: 'HIGH', category: 'API', message: 'm', sourceComponent: 'c', serviceName: 'svc', seriesKey: 'k',
      openedAt: at, updatedAt: at, context: { series: 'k', values: [], baselines: {}, scores: {}, exemplarTraceIds: [], ...extra },
    });
    await writeEvent(pool, ev('6f2d1c9e-3b7a-4f1e-9c2d-7a8b9c0d1e2f', 'open', { stackTrace: 'Error: x\n  at f (a.js:1:1)', userId: 'alice' }));
    // A second open of the same fingerprint folds into the open row: not a new error.
    await writeEvent(pool, ev('7f2d1c9e-3b7a-4f1e-9c2d-7a8b9c0d1e2f', 'open', { stackTrace: 'later trace', requestId: 'r-1' }));
    const daily = await pool.query(`SELECT total_errors FROM self_healing_metrics WHERE date = '2024-05-07'`);
    expect(daily.rows).toEqual([{ total_errors: 2 }]);
    const row = await pool.query(`SELECT occurrence_count, stack_trace, user_id, request_id, context FROM error_events WHERE fingerprint = 'fp-new'`);
    // The first value of each stays; a field first seen on a repeat fills in; none stays in context.
    expect(row.rows).toEqual([{ occurrence_count: '2', stack_trace: 'Error: x\n  at f (a.js:1:1)', user_id: 'alice', request_id: 'r-1', context: expect.not.objectContaining({ stackTrace: expect.anything() }) }]);
    expect(row.rows[0].context).not.toHaveProperty('userId');
  });
});

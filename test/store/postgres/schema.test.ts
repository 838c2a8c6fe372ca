// One suite, run against embedded PGlite and a real PostgreSQL 15 server, so the two never drift.
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres, type MigrateResult } from '../../../src/store/postgres/migrate.ts';
import { POSTGRES_MIGRATIONS_DIR, readPostgresMigrations } from '../../../src/store/postgres/migrations-dir.ts';
import { BACKENDS, type OpenBackend } from './backends.ts';
import { EXPECTED_COLUMNS, EXPECTED_ENUMS, EXPECTED_FOREIGN_KEYS, EXPECTED_INDEXES } from './expected-schema.ts';

const MIGRATION_FILES = readPostgresMigrations(POSTGRES_MIGRATIONS_DIR).map((m) => m.name);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(BACKENDS)('postgres schema on $name', (backend) => {
  let db: OpenBackend;
  let pool: pg.Pool;
  let startup: PromiseSettledResult<MigrateResult>[];
  const scratch: string[] = [];

  beforeAll(async () => {
    db = await backend.open();
    pool = db.handle.pool;
    // Two replicas starting together on an empty database; the first test inspects the outcome.
    startup = await Promise.allSettled([migratePostgres(pool), migratePostgres(db.otherPool())]);
  });

  afterAll(async () => {
    await db?.dispose();
    for (const d of scratch) rmSync(d, { recursive: true, force: true });
  });

  function migrationsCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'homeostat-pg-migrations-'));
    scratch.push(dir);
    cpSync(POSTGRES_MIGRATIONS_DIR, dir, { recursive: true });
    return dir;
  }

  it('two runners started together apply each migration exactly once', async () => {
    const [a, b] = startup.map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    });
    expect([...a.applied, ...b.applied].sort()).toEqual(MIGRATION_FILES);
    expect(a.applied.filter((f) => b.applied.includes(f))).toEqual([]);
    const last = MIGRATION_FILES.at(-1)!.slice(0, 4);
    expect([a.current, b.current]).toEqual([last, last]);
    const { rows } = await pool.query<{ name: string }>('SELECT name FROM homeostat_schema_migrations ORDER BY version');
    expect(rows.map((r) => r.name)).toEqual(MIGRATION_FILES);
  });

  it('re-running applies nothing', async () => {
    const again = await migratePostgres(pool);
    expect(again.applied).toEqual([]);
    expect(again.current).toBe(MIGRATION_FILES.at(-1)!.slice(0, 4));
  });

  it('creates exactly the expected enums, in label order', async () => {
    const { rows } = await pool.query<{ name: string; labels: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t
         JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema()
        GROUP BY t.typname`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, r.labels]))).toEqual(EXPECTED_ENUMS);
  });

  it('creates exactly the expected tables and column types (no system_metrics: that lives in ClickHouse)', async () => {
    const { rows } = await pool.query<{ table_name: string; column_name: string; udt_name: string }>(
      `SELECT table_name, column_name, udt_name
         FROM information_schema.columns
        WHERE table_schema = current_schema()`,
    );
    const actual: Record<string, Record<string, string>> = {};
    for (const r of rows) (actual[r.table_name] ??= {})[r.column_name] = r.udt_name;
    expect(actual).toEqual(EXPECTED_COLUMNS);
  });

  it('creates exactly the expected indexes and foreign keys', async () => {
    const { rows: idx } = await pool.query<{ described: string }>(
      `SELECT c.relname
              || '(' || array_to_string(array(
                   SELECT a.attname::text
                     FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                    ORDER BY k.ord), ',') || ')'
              || CASE WHEN i.indisunique THEN ' unique' ELSE '' END
              || CASE WHEN i.indnullsnotdistinct THEN ' nulls-not-distinct' ELSE '' END
              || COALESCE(' where ' || pg_get_expr(i.indpred, i.indrelid), '') AS described
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema()`,
    );
    expect(idx.map((r) => r.described).sort()).toEqual([...EXPECTED_INDEXES].sort());

    const { rows: fks } = await pool.query<{ described: string }>(
      `SELECT src.relname || '(' || array_to_string(array(
                SELECT a.attname::text FROM unnest(k.conkey) AS col(attnum)
                  JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = col.attnum), ',') || ') -> '
              || dst.relname || ' on delete '
              || CASE k.confdeltype WHEN 'c' THEN 'cascade' WHEN 'a' THEN 'no action' WHEN 'r' THEN 'restrict'
                                    WHEN 'n' THEN 'set null' ELSE 'set default' END AS described
         FROM pg_constraint k
         JOIN pg_class src ON src.oid = k.conrelid
         JOIN pg_class dst ON dst.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = src.relnamespace
        WHERE k.contype = 'f' AND n.nspname = current_schema()`,
    );
    expect(fks.map((r) => r.described).sort()).toEqual([...EXPECTED_FOREIGN_KEYS].sort());
  });

  it('reports an applied migration that was edited, naming the file, before applying anything new', async () => {
    const dir = migrationsCopy();
    expect((await migratePostgres(pool, dir)).applied).toEqual([]);
    const [first] = MIGRATION_FILES;
    appendFileSync(join(dir, first), '\n-- an innocent-looking edit\n');
    writeFileSync(join(dir, '9001_should_not_run.sql'), 'CREATE TABLE tamper_probe (x int);');
    await expect(migratePostgres(pool, dir)).rejects.toThrow(new RegExp(`${first.replace('.', '\\.')} was changed`));
    const { rows } = await pool.query(`SELECT to_regclass('tamper_probe') AS t`);
    expect(rows[0].t).toBeNull();
  });

  it('rolls back a failing migration and leaves it unrecorded', async () => {
    const dir = migrationsCopy();
    writeFileSync(join(dir, '9002_broken.sql'), 'CREATE TABLE broken_probe (x int);\nSELECT 1 / 0;');
    await expect(migratePostgres(pool, dir)).rejects.toThrow(/9002_broken\.sql failed: division by zero/);
    const { rows } = await pool.query(
      `SELECT to_regclass('broken_probe') AS t,
              (SELECT count(*)::int FROM homeostat_schema_migrations WHERE version = '9002') AS recorded`,
    );
    expect(rows[0]).toEqual({ t: null, recorded: 0 });
  });

  it('applies a new migration on top of an existing schema', async () => {
    const dir = migrationsCopy();
    writeFileSync(join(dir, '9003_added_later.sql'), 'CREATE TABLE added_later_probe (x int);');
    try {
      expect(await migratePostgres(pool, dir)).toEqual({ applied: ['9003_added_later.sql'], current: '9003' });
      expect((await migratePostgres(pool, dir)).applied).toEqual([]);
    } finally {
      await pool.query(`DROP TABLE IF EXISTS added_later_probe`);
      await pool.query(`DELETE FROM homeostat_schema_migrations WHERE version = '9003'`);
    }
  });

  describe('rows round-trip through every table', () => {
    const t0 = new Date('2024-05-06T07:08:09.123Z');
    const t1 = new Date('2024-05-06T07:09:10.456Z');

    /** Inserts `row`, then reads the whole row back by id in a separate query. */
    async function roundTrip(table: string, row: Record<string, unknown>): Promise<Record<string, unknown>> {
      const cols = Object.keys(row);
      const { rows: ins } = await pool.query<{ id: string }>(
        `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
        Object.values(row),
      );
      const { rows } = await pool.query(`SELECT * FROM ${table} WHERE id = $1`, [ins[0].id]);
      expect(rows).toHaveLength(1);
      return rows[0];
    }

    let eventId: string;
    let actionId: string;

    it('error_events', async () => {
      const row = await roundTrip('error_events', {
        timestamp: t0,
        severity: 'HIGH',
        category: 'DATABASE',
        message: 'connection pool exhausted',
        source_component: 'detector',
        service_name: 'checkout',
        series_key: 'checkout|db.pool.wait',
        fingerprint: 'fp-roundtrip',
        context: { window: { from: t0.toISOString(), steps: 6 }, tags: ['a', 'b'] },
        trace_ids: ['4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7'],
        stack_trace: 'Error: pool exhausted\n    at acquire (pool.js:10:5)',
        user_id: 'alice@example.com',
        session_id: 's-42',
        request_id: 'req-7',
      });
      eventId = row.id as string;
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        created_at: expect.any(Date),
        updated_at: expect.any(Date),
        timestamp: t0,
        closed_at: null,
        status: 'open',
        severity: 'HIGH',
        category: 'DATABASE',
        message: 'connection pool exhausted',
        source_component: 'detector',
        service_name: 'checkout',
        series_key: 'checkout|db.pool.wait',
        fingerprint: 'fp-roundtrip',
        occurrence_count: '1',
        context: { window: { from: t0.toISOString(), steps: 6 }, tags: ['a', 'b'] },
        trace_ids: ['4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7'],
        stack_trace: 'Error: pool exhausted\n    at acquire (pool.js:10:5)',
        user_id: 'alice@example.com',
        session_id: 's-42',
        request_id: 'req-7',
      });
    });

    it('error_classifications', async () => {
      const row = await roundTrip('error_classifications', {
        error_event_id: eventId,
        classification_type: 'RESOURCE',
        confidence_score: 0.875,
        // node-postgres sends JS arrays as Postgres arrays, so JSON arrays go as text.
        probable_causes: JSON.stringify([{ cause: 'pool too small', weight: 0.7 }]),
        classifier_version: 'rf-2024.05',
        explanation: { features: { wait_p99: 1.5 } },
        classification_timestamp: t0,
      });
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        error_event_id: eventId,
        classification_type: 'RESOURCE',
        confidence_score: '0.8750',
        probable_causes: [{ cause: 'pool too small', weight: 0.7 }],
        classifier_version: 'rf-2024.05',
        explanation: { features: { wait_p99: 1.5 } },
        created_at: expect.any(Date),
        classification_timestamp: t0,
      });
    });

    it('performance_baselines', async () => {
      const row = await roundTrip('performance_baselines', {
        component: 'checkout',
        metric_name: 'http.server.duration',
        series_key: 'checkout|http.server.duration|p99',
        baseline_value: 0.125,
        threshold_warning: 0.5,
        threshold_critical: 1.25,
        calculation_period: '7d',
        hour_of_week: 167,
        sample_count: 10_080,
        last_updated: t1,
      });
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        component: 'checkout',
        metric_name: 'http.server.duration',
        series_key: 'checkout|http.server.duration|p99',
        baseline_value: 0.125,
        threshold_warning: 0.5,
        threshold_critical: 1.25,
        calculation_period: expect.objectContaining({ days: 7 }),
        hour_of_week: 167,
        sample_count: '10080',
        last_updated: t1,
        created_at: expect.any(Date),
      });
    });

    it('recovery_actions', async () => {
      const row = await roundTrip('recovery_actions', {
        name: 'restart-pod',
        description: 'Restart the failing pod',
        action_type: 'kubernetes.restart',
        risk_level: 'MEDIUM',
        timeout_seconds: 120,
        rollback_action: 'none',
        configuration: { namespace: 'shop', grace_seconds: 30 },
        // node-postgres sends JS arrays as Postgres arrays, so JSON arrays go as text.
        prerequisites: JSON.stringify(['cluster reachable']),
        average_execution_time: '42 seconds',
        success_rate: 0.9,
      });
      actionId = row.id as string;
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        name: 'restart-pod',
        description: 'Restart the failing pod',
        action_type: 'kubernetes.restart',
        risk_level: 'MEDIUM',
        requires_approval: true,
        timeout_seconds: 120,
        rollback_action: 'none',
        configuration: { namespace: 'shop', grace_seconds: 30 },
        prerequisites: ['cluster reachable'],
        average_execution_time: expect.objectContaining({ seconds: 42 }),
        success_rate: '0.9000',
        enabled: true,
        created_at: expect.any(Date),
        updated_at: expect.any(Date),
      });
    });

    it('recovery_executions', async () => {
      const row = await roundTrip('recovery_executions', {
        error_event_id: eventId,
        recovery_action_id: actionId,
        execution_status: 'COMPLETED',
        started_at: t0,
        completed_at: t1,
        result: { restarted: ['pod-a'] },
        approved_by: 'oncall@example.com',
        verification: { healthy: true, checks: 3 },
        success: true,
        context: { attempt: 1 },
      });
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        error_event_id: eventId,
        recovery_action_id: actionId,
        execution_status: 'COMPLETED',
        created_at: expect.any(Date),
        started_at: t0,
        completed_at: t1,
        result: { restarted: ['pod-a'] },
        error_message: null,
        approved_by: 'oncall@example.com',
        rollback_executed: false,
        verification: { healthy: true, checks: 3 },
        // Derived from the two instants: 61.333 s.
        execution_time: expect.objectContaining({ minutes: 1, seconds: 1, milliseconds: 333 }),
        success: true,
        context: { attempt: 1 },
        rollback_success: null,
        // The recover stage's bookkeeping (migration 0007).
        attempt: 0,
        target_service: null,
        phase: null,
        owner: null,
        deadline_at: null,
        decision: null,
        decided_at: null,
        decision_reason: null,
        // Recovery learning (migration 0008).
        learned_at: null,
      });
    });

    it('self_healing_metrics', async () => {
      const row = await roundTrip('self_healing_metrics', {
        date: '2024-05-01',
        total_errors: 12,
        automated_recoveries: 3,
        successful_recoveries: 2,
        escalated_errors: 1,
        average_recovery_time: '00:02:30',
        system_availability: 0.9995,
      });
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        date: expect.any(Date),
        total_errors: 12,
        automated_recoveries: 3,
        successful_recoveries: 2,
        escalated_errors: 1,
        average_recovery_time: expect.objectContaining({ minutes: 2, seconds: 30 }),
        system_availability: '0.9995',
        created_at: expect.any(Date),
        updated_at: expect.any(Date),
        // Migration 0010: none labelled unless the job counted some.
        labelled_errors: 0,
        false_positives: 0,
      });
    });

    it('self_healing_metric_samples', async () => {
      const row = await roundTrip('self_healing_metric_samples', {
        metric_name: 'mttr_seconds',
        metric_value: 42.5,
        dimensions: { service: 'checkout' },
        recorded_at: t1,
      });
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        metric_name: 'mttr_seconds',
        metric_value: 42.5,
        dimensions: { service: 'checkout' },
        recorded_at: t1,
      });
    });

    it('healing_audit_trail', async () => {
      const first = await roundTrip('healing_audit_trail', {
        actor: 'homeostat',
        action_type: 'execution.started',
        entity_type: 'recovery_execution',
        entity_id: 'exec-1',
        action_details: { step: 1 },
        result: 'started',
        impact_assessment: { affected_services: ['checkout'] },
        hash: 'h1',
      });
      expect(first).toEqual({
        id: expect.stringMatching(UUID),
        seq: expect.stringMatching(/^\d+$/),
        timestamp: expect.any(Date),
        created_at: expect.any(Date),
        actor: 'homeostat',
        action_type: 'execution.started',
        entity_type: 'recovery_execution',
        entity_id: 'exec-1',
        error_event_id: null,
        action_details: { step: 1 },
        result: 'started',
        impact_assessment: { affected_services: ['checkout'] },
        prev_hash: null,
        hash: 'h1',
      });
      const second = await roundTrip('healing_audit_trail', {
        actor: 'homeostat',
        action_type: 'event.opened',
        entity_type: 'error_event',
        entity_id: eventId,
        prev_hash: 'h1',
        hash: 'h2',
      });
      expect(BigInt(second.seq as string)).toBeGreaterThan(BigInt(first.seq as string));
      // error_event_id is derived from the entity, never set on its own.
      expect(second).toMatchObject({ prev_hash: 'h1', hash: 'h2', action_details: {}, error_event_id: eventId });
    });

    it('error_patterns', async () => {
      const row = await roundTrip('error_patterns', {
        pattern_signature: 'sig-timeout',
        pattern_description: 'timeout after <*> ms calling <*>',
        category: 'NETWORK',
        occurrence_count: 3,
        first_seen: t0,
        last_seen: t1,
        sample_message: 'timeout after 3000 ms calling payments',
        metadata: { cluster: 7 },
      });
      expect(row).toEqual({
        id: expect.stringMatching(UUID),
        pattern_signature: 'sig-timeout',
        pattern_description: 'timeout after <*> ms calling <*>',
        category: 'NETWORK',
        occurrence_count: '3',
        first_seen: t0,
        last_seen: t1,
        sample_message: 'timeout after 3000 ms calling payments',
        metadata: { cluster: 7 },
        associated_recovery_actions: null,
        success_rate: null,
        confidence_score: null,
        created_at: expect.any(Date),
        updated_at: expect.any(Date),
      });
    });
  });

  describe('constraints', () => {
    const event = (fingerprint: string) => ({
      text: `INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint)
             VALUES (now(), 'LOW', 'm', 'svc', $1) RETURNING id`,
      values: [fingerprint],
    });

    it('allows one open event per fingerprint, any number of closed ones', async () => {
      const { rows } = await pool.query<{ id: string }>(event('fp-unique'));
      await expect(pool.query(event('fp-unique'))).rejects.toMatchObject({ code: '23505' });
      await pool.query(`UPDATE error_events SET status = 'closed', closed_at = now() WHERE id = $1`, [rows[0].id]);
      await pool.query(event('fp-unique'));
      const { rows: counts } = await pool.query(
        `SELECT status, count(*)::int AS n FROM error_events WHERE fingerprint = 'fp-unique' GROUP BY status ORDER BY status`,
      );
      expect(counts).toEqual([
        { status: 'closed', n: 1 },
        { status: 'open', n: 1 },
      ]);
    });

    it('rejects a status that disagrees with closed_at, and unknown enum labels', async () => {
      const { rows } = await pool.query<{ id: string }>(event('fp-status'));
      await expect(pool.query(`UPDATE error_events SET status = 'closed' WHERE id = $1`, [rows[0].id])).rejects.toMatchObject(
        { code: '23514' },
      );
      await expect(
        pool.query(`UPDATE error_events SET status = 'resolved', closed_at = now() WHERE id = $1`, [rows[0].id]),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(pool.query(`UPDATE error_events SET severity = 'SEVERE' WHERE id = $1`, [rows[0].id])).rejects.toMatchObject(
        { code: '22P02' },
      );
    });

    it('keeps the all-hours baseline unique per series and period', async () => {
      const insert = (hour: number | null) =>
        pool.query(
          `INSERT INTO performance_baselines (component, metric_name, series_key, baseline_value, calculation_period, hour_of_week)
           VALUES ('svc', 'm', 'svc|m|uniq', 1, '28d', $1)`,
          [hour],
        );
      await insert(null);
      await insert(5);
      await expect(insert(null)).rejects.toMatchObject({ code: '23505' });
      await expect(insert(5)).rejects.toMatchObject({ code: '23505' });
      await expect(insert(168)).rejects.toMatchObject({ code: '23514' });
    });

    it('bounds confidence scores to [0, 1]', async () => {
      const { rows } = await pool.query<{ id: string }>(event('fp-confidence'));
      await expect(
        pool.query(
          `INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, classifier_version)
           VALUES ($1, 'API', 1.5, 'v')`,
          [rows[0].id],
        ),
      ).rejects.toMatchObject({ code: '23514' });
    });
  });

  it('closing twice is safe, and a closed handle pings false', async () => {
    await db.handle.close();
    await db.handle.close();
    expect(await db.handle.ping()).toBe(false);
  });
});

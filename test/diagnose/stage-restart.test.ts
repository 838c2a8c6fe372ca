// The stage against a real PostgreSQL 15 server that is stopped and started again mid-way:
// diagnoses keep flowing to listeners while the database is down, their records wait in the
// queue and land exactly once (classification + audit entry, chain intact) after the restart.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/audit/verify.ts';
import type { Diagnosis } from '../../src/records.ts';
import { AuditStage } from '../../src/audit/index.ts';
import { deliveryCounts, TEST_LEARNING, testDiagnoseStage, testInfra } from '../helpers/stages.ts';
import { loadRules } from '../../src/diagnose/rules/index.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { startRestartablePostgres, type RestartablePostgres } from '../helpers/postgres-server.ts';


const chDir = mkdtempSync(path.join(tmpdir(), 'homeostat-stage-'));
let ch: ClickHouseHandle;
let server: RestartablePostgres;
let pool: pg.Pool;

beforeAll(async () => {
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: chDir, requestTimeoutMs: 60_000 });
  await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  server = await startRestartablePostgres();
  pool = new pg.Pool({ connectionString: server.url, max: 4, connectionTimeoutMillis: 2_000 });
  pool.on('error', () => undefined);
  await migratePostgres(pool);
});
afterAll(async () => {
  await pool?.end().catch(() => undefined);
  await server?.dispose();
  await ch?.close();
  rmSync(chDir, { recursive: true, force: true });
});

async function openEvent(message: string): Promise<DetectedEvent> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint) VALUES (now(), 'HIGH', $1, 'orders', $2) RETURNING id`,
    [message, randomUUID()],
  );
  const now = Date.now();
  return {
    id: rows[0].id, action: 'open', fingerprint: randomUUID(), severity: 'HIGH', category: 'UNKNOWN', sourceComponent: 'detect',
    serviceName: 'orders', seriesKey: 'log|orders|ERROR|rate', openedAt: now - 60_000, updatedAt: now, message,
    context: { series: 'log|orders|ERROR|rate', values: [[now, 12]], baselines: { expected: 1 }, scores: { combined: 0.9 }, exemplarTraceIds: [] },
  };
}

describe('DiagnoseStage across a PostgreSQL restart', () => {
  it('queues records while the server is down and writes each exactly once after it returns', async () => {
    const { counts, observer } = deliveryCounts();
    const infra = testInfra({ pool, observer, delivery: { targets: { postgres: { baseDelayMs: 50, maxDelayMs: 500 } } } });
    const { stage } = testDiagnoseStage({ pool, clickhouse: ch.client, infra }, { rules: loadRules(), learning: { ...TEST_LEARNING, minTrainingSamples: 50 } });
    const audit = new AuditStage({ pool, ...infra });
    await audit.start();
    const seen: Diagnosis[] = [];
    infra.bus.subscribe('diagnosis.made', (d) => void seen.push(d));

    const first = await openEvent('timeout acquiring connection from pool');
    const down = [await openEvent('ENOSPC: no space left on device'), await openEvent('getaddrinfo ENOTFOUND payments.svc')];
    await stage.consume(first);
    await stage.flush();
    // The classification and its audit row.
    expect(counts).toMatchObject({ delivered: 2, deadLettered: 0 });

    await server.stop();
    const during = [];
    for (const e of down) during.push(await stage.consume(e));
    expect(during.map((d) => d?.category)).toEqual(['RESOURCE', 'NETWORK']);
    expect(seen).toHaveLength(3);
    // Nothing can be written yet: the queue holds the records and keeps retrying.
    await new Promise((r) => setTimeout(r, 300));
    expect(infra.delivery.targetDepth('postgres')).toBe(4);
    expect(counts.retried).toBeGreaterThan(0);
    expect(infra.delivery.available('postgres')).toBe(false);

    await server.start();
    await stage.flush();
    expect(counts).toMatchObject({ delivered: 6, deadLettered: 0 });
    await stage.stop();
    await audit.stop();

    const cls = await pool.query<{ error_event_id: string; classification_type: string; confidence_score: string; explanation: { diagnosisId: string; text: string; features: number[] } }>(
      'SELECT error_event_id, classification_type::text, confidence_score::text, explanation FROM error_classifications ORDER BY created_at',
    );
    expect(cls.rows.map((r) => [r.error_event_id, r.classification_type])).toEqual([
      [first.id, 'DATABASE'], [down[0].id, 'RESOURCE'], [down[1].id, 'NETWORK'],
    ]);
    expect(cls.rows.map((r) => r.explanation.diagnosisId)).toEqual(seen.map((d) => d.id));
    expect(cls.rows[0].explanation.features.length).toBe(seen[0].features.length);
    const trail = await pool.query<{ entity_id: string; action: string }>('SELECT entity_id, action_type AS action FROM healing_audit_trail ORDER BY seq');
    expect(trail.rows).toEqual([first, ...down].map((e) => ({ entity_id: e.id, action: 'diagnosis.recorded' })));
    expect((await verifyAuditTrail(pool)).ok).toBe(true);
  });

  it('sets aside a record the database rejects for good instead of blocking the ones behind it', async () => {
    const { counts, observer } = deliveryCounts();
    const infra = testInfra({ pool, observer, delivery: { targets: { postgres: { baseDelayMs: 10, maxDelayMs: 20 } } } });
    const { stage } = testDiagnoseStage({ pool, clickhouse: ch.client, infra }, { rules: loadRules(), learning: { ...TEST_LEARNING, enabled: false } });
    const bad = { ...(await openEvent('x')), id: 'not-a-uuid' };
    const good = await openEvent('jwt expired');
    expect(await stage.consume({ ...bad, action: 'close' })).toBeNull();
    await stage.consume(bad);
    await stage.consume(good);
    await stage.flush();
    expect(counts).toMatchObject({ delivered: 1, deadLettered: 1 });
    const { rows } = await pool.query('SELECT 1 FROM error_classifications WHERE error_event_id = $1', [good.id]);
    expect(rows).toHaveLength(1);
    const dead = await pool.query<{ kind: string; error_class: string; reason: string }>(`SELECT kind, error_class, reason FROM delivery_dead_letters`);
    expect(dead.rows).toEqual([expect.objectContaining({ kind: 'diagnosis', error_class: 'data' })]);
    await stage.stop();
  });
});

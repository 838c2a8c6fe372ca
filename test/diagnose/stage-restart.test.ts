// The stage against a real PostgreSQL 15 server that is stopped and started again mid-way:
// diagnoses keep flowing to listeners while the database is down, their records wait in the
// queue and land exactly once (classification + audit entry, chain intact) after the restart.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/audit/verify.ts';
import type { Diagnosis } from '../../src/diagnose/engine-types.ts';
import { DiagnoseStage } from '../../src/diagnose/stage.ts';
import { loadRules } from '../../src/diagnose/rules/index.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { openClickHouse, type ClickHouseHandle } from '../../src/store/clickhouse/client.ts';
import { migrateClickHouse } from '../../src/store/clickhouse/migrate.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { freePort } from '../helpers/postgres-server.ts';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/** A PostgreSQL cluster on a fixed port that can be stopped and started again (the shared helper only stops). */
async function restartableServer() {
  const dir = await mkdtemp(join(tmpdir(), 'homeostat-pg-restart-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  const pgRun = (bin: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(BIN, bin), ...args]) : run(join(BIN, bin), args));
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    await chown(dir, uid, gid);
  }
  await pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -c listen_addresses='127.0.0.1' -c unix_socket_directories='${dir}' -c fsync=off`;
  const start = async () => {
    try {
      await pgRun('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '120', '-o', opts]);
    } catch (err) {
      throw new Error(`postgres did not start: ${await readFile(log, 'utf8').catch(() => '')}`, { cause: err });
    }
  };
  const stop = () => pgRun('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']).then(() => undefined);
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async dispose() {
      await pgRun('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const chDir = mkdtempSync(path.join(tmpdir(), 'homeostat-stage-'));
let ch: ClickHouseHandle;
let server: Awaited<ReturnType<typeof restartableServer>>;
let pool: pg.Pool;

beforeAll(async () => {
  ch = openClickHouse({ url: '', username: '', password: '', dataDir: chDir, requestTimeoutMs: 60_000 });
  await migrateClickHouse(ch.client, { database: 'otel', cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  server = await restartableServer();
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
    `INSERT INTO error_events (occurred_at, severity, message, service_name, fingerprint) VALUES (now(), 'HIGH', $1, 'orders', $2) RETURNING id`,
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
    const warnings: string[] = [];
    const logger = { info: () => undefined, warn: (_o: object, m?: string) => void warnings.push(m ?? ''), error: () => undefined };
    const stage = new DiagnoseStage({
      clickhouse: ch.client, database: 'otel', pool, rules: loadRules(), logger,
      learning: { enabled: true, model_update_frequency: '24h', confidence_threshold: 0.7, min_training_samples: 50 },
      retry: { baseDelayMs: 50, maxDelayMs: 500 },
    });
    const seen: Diagnosis[] = [];
    stage.onDiagnosis((d) => void seen.push(d));

    const first = await openEvent('timeout acquiring connection from pool');
    const down = [await openEvent('ENOSPC: no space left on device'), await openEvent('getaddrinfo ENOTFOUND payments.svc')];
    await stage.consume(first);
    await stage.flush();
    expect(stage.writeStats()).toMatchObject({ written: 1, pending: 0, dropped: 0 });

    await server.stop();
    const during = [];
    for (const e of down) during.push(await stage.consume(e));
    expect(during.map((d) => d?.category)).toEqual(['RESOURCE', 'NETWORK']);
    expect(seen).toHaveLength(3);
    // Nothing can be written yet: the queue holds the records and keeps retrying.
    await new Promise((r) => setTimeout(r, 300));
    expect(stage.writeStats().pending).toBe(2);
    expect(stage.writeStats().retries).toBeGreaterThan(0);
    expect(warnings).toContain('diagnosis write failed; retrying');

    await server.start();
    await stage.flush();
    expect(stage.writeStats()).toMatchObject({ written: 3, pending: 0, dropped: 0 });
    await stage.close();

    const cls = await pool.query<{ error_event_id: string; classification_type: string; confidence_score: string; explanation: { diagnosisId: string; text: string; features: number[] } }>(
      'SELECT error_event_id, classification_type::text, confidence_score::text, explanation FROM error_classifications ORDER BY created_at',
    );
    expect(cls.rows.map((r) => [r.error_event_id, r.classification_type])).toEqual([
      [first.id, 'DATABASE'], [down[0].id, 'RESOURCE'], [down[1].id, 'NETWORK'],
    ]);
    expect(cls.rows.map((r) => r.explanation.diagnosisId)).toEqual(seen.map((d) => d.id));
    expect(cls.rows[0].explanation.features.length).toBe(seen[0].features.length);
    const audit = await pool.query<{ entity_id: string; action: string }>('SELECT entity_id, action FROM healing_audit_trail ORDER BY id');
    expect(audit.rows).toEqual([first, ...down].map((e) => ({ entity_id: e.id, action: 'diagnosis.recorded' })));
    expect((await verifyAuditTrail(pool)).ok).toBe(true);
  });

  it('drops a record the database rejects for good instead of blocking the ones behind it', async () => {
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const stage = new DiagnoseStage({
      clickhouse: ch.client, database: 'otel', pool, rules: loadRules(), logger,
      learning: { enabled: false, model_update_frequency: '24h', confidence_threshold: 0.7, min_training_samples: 50 },
      retry: { baseDelayMs: 10, maxDelayMs: 20 },
    });
    const bad = { ...(await openEvent('x')), id: 'not-a-uuid' };
    const good = await openEvent('jwt expired');
    expect(await stage.consume({ ...bad, action: 'close' })).toBeNull();
    await stage.consume(bad);
    await stage.consume(good);
    await stage.flush();
    expect(stage.writeStats()).toMatchObject({ written: 1, dropped: 1, pending: 0 });
    const { rows } = await pool.query('SELECT 1 FROM error_classifications WHERE error_event_id = $1', [good.id]);
    expect(rows).toHaveLength(1);
    await stage.close();
  });
});

// `homeostat label` and `homeostat audit verify` as users run them (bin/homeostat.js in a child
// process): label against an API served by this process, audit verify both through the API and
// on a configured (embedded) Postgres directory of its own.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBearerCheck } from '../../src/auth/index.ts';
import { buildApi } from '../../src/api/server.ts';
import { AuditTrail, createAuditCheckpoints, defaultAuditPaths, resolveAuditKey } from '../../src/audit/index.ts';
import type { DiagnoseStage } from '../../src/diagnose/index.ts';
import type { DeliveryQueue } from '../../src/delivery/index.ts';
import { TEST_LEARNING, testDiagnoseStage } from '../helpers/stages.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { Metrics } from '../../src/telemetry/metrics.ts';
import { runCli, type CliResult } from '../helpers/cli.ts';

// A guard against hangs, not a speed target: these tests start the CLI (tsx + PGlite) twice.
const CLI_TEST_TIMEOUT_MS = 180_000;

function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return runWith({}, ...args);
}

function runWith(env: Record<string, string>, ...args: string[]): Promise<CliResult> {
  return runCli(dir, args, env);
}

let dir: string;
let pg: PostgresHandle;
let stage: DiagnoseStage;
/** The delivery queue the stage's records (and their audit rows) go through. */
let delivery: DeliveryQueue;
let app: FastifyInstance;
let api: string;
let eventId: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'homeostat-api-cli-'));
  pg = await openPostgres({ dataDir: path.join(dir, 'pg-api') });
  await migratePostgres(pg.pool);
  const ev = await pg.pool.query<{ id: string }>(
    `INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint)
     VALUES (now(), 'MEDIUM', 'timeouts', 'cart', 'fp-cli') RETURNING id`,
  );
  eventId = ev.rows[0].id;
  await pg.pool.query(
    `INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, classifier_version, explanation)
     VALUES ($1, 'NETWORK', 0.5, 'rules-v1', $2)`,
    [eventId, JSON.stringify({ text: 'x', featureVersion: 1, features: [0.5] })],
  );
  ({ stage, delivery } = testDiagnoseStage({ pool: pg.pool }, { learning: { ...TEST_LEARNING, enabled: false, minTrainingSamples: 50 } }));
  app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool, diagnose: stage });
  api = await app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await app?.close();
  await stage?.stop();
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('homeostat label', () => {
  it('posts a human label (category case-insensitive) and prints the answer', async () => {
    const r = await run('label', eventId, 'database', '--by', 'carol', '--api', api);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ event_id: eventId, category: 'DATABASE', source: 'human', labelled_by: 'carol' });
    const { rows } = await pg.pool.query('SELECT category, labelled_by FROM diagnosis_labels WHERE error_event_id = $1 AND source = $2', [eventId, 'human']);
    expect(rows).toEqual([{ category: 'DATABASE', labelled_by: 'carol' }]);
  });

  it('exits 1 with the API error for a bad category or an unknown event, 2 without arguments', async () => {
    const bad = await run('label', eventId, 'sunspots', '--by', 'carol', '--api', api);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('400');
    expect(bad.stderr).toContain('body.category');
    const missing = await run('label', '00000000-0000-4000-8000-000000000000', 'API', '--api', api);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('404');
    expect((await run('label', eventId)).status).toBe(2);
  });
});

describe('against an API with bearer tokens', () => {
  it('label and audit verify send --token or HOMEOSTAT_API_TOKEN; without one the 401 is reported', async () => {
    const guarded = buildApi(
      { host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth: makeBearerCheck(['cli-s3cret']) },
      { pool: pg.pool, diagnose: stage },
    );
    const url = await guarded.listen({ host: '127.0.0.1', port: 0 });
    try {
      const refused = await run('label', eventId, 'api', '--by', 'dan', '--api', url);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('401');
      const flag = await run('label', eventId, 'api', '--by', 'dan', '--api', url, '--token', 'cli-s3cret');
      expect(flag.status, flag.stderr).toBe(0);
      expect(JSON.parse(flag.stdout)).toMatchObject({ category: 'API', labelled_by: 'dan' });
      const fromEnv = await runWith({ HOMEOSTAT_API_TOKEN: 'cli-s3cret' }, 'audit', 'verify', '--api', url);
      expect(fromEnv.status, fromEnv.stderr).toBe(0);
      expect(JSON.parse(fromEnv.stdout)).toMatchObject({ ok: true });
      expect((await run('audit', 'verify', '--api', url)).status).toBe(1);
    } finally {
      await guarded.close();
    }
  });
});

describe('homeostat audit verify', () => {
  it('--api asks the running server', async () => {
    await delivery.drained();
    const r = await run('audit', 'verify', '--api', api);
    expect(r.status, r.stderr).toBe(0);
    // The two labels posted above are the chain's entries.
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, scope: 'full', checked: 2 });
  });

  it('opens the configured Postgres; exit 0 for an intact chain, 1 once a row is edited', async () => {
    const dataDir = path.join(dir, 'pg-cli');
    const config = path.join(dir, 'homeostat-cli.yaml');
    await writeFile(config, `storage:\n  postgres:\n    data_dir: ${JSON.stringify(dataDir)}\n`);
    // Each step closes the database before the CLI opens it: an embedded directory has one owner.
    const own = await openPostgres({ dataDir });
    await migratePostgres(own.pool);
    const trail = new AuditTrail(own.pool);
    const first = await trail.append({ actor: 'test', action: 'event.open', entityType: 'error_event', entityId: 'e1', details: { n: 1 } });
    await trail.append({ actor: 'test', action: 'event.close', entityType: 'error_event', entityId: 'e1', details: { n: 2 } });
    await own.close();

    const ok = await run('audit', 'verify', '--config', config);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, scope: 'full', checked: 2 });

    const again = await openPostgres({ dataDir });
    await again.pool.query(`UPDATE healing_audit_trail SET actor = 'mallory' WHERE seq = $1`, [first.id]);
    await again.close();
    const broken = await run('audit', 'verify', '--config', config);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, checked: 0, firstBroken: { id: first.id, reason: 'hash_mismatch' } });
  }, CLI_TEST_TIMEOUT_MS);

  it('checks the checkpoint the server signed (key file beside the data directory): a deleted tail exits 1', async () => {
    const dataDir = path.join(dir, 'pg-cli-cp');
    const config = path.join(dir, 'homeostat-cli-cp.yaml');
    await writeFile(config, `storage:\n  postgres:\n    data_dir: ${JSON.stringify(dataDir)}\n`);
    const own = await openPostgres({ dataDir });
    await migratePostgres(own.pool);
    const trail = new AuditTrail(own.pool);
    const rows = [];
    for (let n = 0; n < 3; n++) rows.push(await trail.append({ actor: 'test', action: 'event.open', entityType: 'error_event', entityId: 'e1', details: { n } }));
    // As the server does: a key generated on first start, a final checkpoint at stop.
    const key = resolveAuditKey({ key: '', keyFile: '', dataDir, embedded: true, create: true })!.key;
    const cp = createAuditCheckpoints({ key, file: defaultAuditPaths(dataDir).checkpointFile, everyRows: 1000, intervalMs: 60_000 }, { pool: own.pool });
    await cp.start();
    await cp.stop();
    await own.pool.query('DELETE FROM healing_audit_trail WHERE seq = $1', [rows[2].id]);
    await own.close();

    const r = await run('audit', 'verify', '--config', config);
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, scope: 'full', checked: 2, firstBroken: { id: rows[2].id, reason: 'checkpoint_head_missing' } });
  }, CLI_TEST_TIMEOUT_MS);
});

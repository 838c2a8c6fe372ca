// The /api routes on buildApi with an embedded Postgres (PGlite) and a real DiagnoseStage: list
// and detail of events with their diagnoses, a person's label, retraining, audit verification,
// and the 400/404/409/503 answers.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBearerCheck } from '../../src/auth/index.ts';
import { buildApi } from '../../src/api/server.ts';
import { AuditTrail, AuditVerifier, CheckpointStore, createAuditCheckpoints } from '../../src/audit/index.ts';
import type { DiagnoseStage } from '../../src/diagnose/index.ts';
import type { DeliveryQueue } from '../../src/delivery/index.ts';
import { TEST_LEARNING, testDiagnoseStage } from '../helpers/stages.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { Metrics } from '../../src/telemetry/metrics.ts';

const silent = { info() {}, warn() {}, error() {} };

let dir: string;
let pg: PostgresHandle;
let stage: DiagnoseStage;
/** The delivery queue the stage's records (and their audit rows) go through. */
let delivery: DeliveryQueue;
let app: FastifyInstance;

async function insertEvent(opts: { status: 'open' | 'closed'; createdAt: string; message: string }): Promise<string> {
  const { rows } = await pg.pool.query<{ id: string }>(
    `INSERT INTO error_events (created_at, "timestamp", closed_at, status, severity, message, service_name, fingerprint, occurrence_count)
     VALUES ($1, $1, CASE WHEN $2 = 'closed' THEN $1::timestamptz END, $2, 'HIGH', $3, 'checkout', $4, 3)
     RETURNING id`,
    [opts.createdAt, opts.status, opts.message, `fp-${randomUUID()}`],
  );
  return rows[0].id;
}

async function insertClassification(eventId: string, category: string, createdAt: string, explanation: object): Promise<string> {
  const { rows } = await pg.pool.query<{ id: string }>(
    `INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, probable_causes, classifier_version, explanation, created_at)
     VALUES ($1, $2, 0.8125, $3, 'rules-v1', $4, $5) RETURNING id`,
    [eventId, category, JSON.stringify([`${category} cause`]), JSON.stringify(explanation), createdAt],
  );
  return rows[0].id;
}

let older: string;
let newer: string;
let closed: string;
let undiagnosed: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-api-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  ({ stage, delivery } = testDiagnoseStage({ pool: pg.pool }, { learning: TEST_LEARNING }));
  app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool, diagnose: stage });

  older = await insertEvent({ status: 'open', createdAt: '2024-05-01T10:00:00Z', message: 'older open' });
  closed = await insertEvent({ status: 'closed', createdAt: '2024-05-01T11:00:00Z', message: 'closed one' });
  newer = await insertEvent({ status: 'open', createdAt: '2024-05-01T12:00:00Z', message: 'newer open' });
  undiagnosed = await insertEvent({ status: 'open', createdAt: '2024-05-01T09:00:00Z', message: 'no diagnosis' });
  await insertClassification(newer, 'NETWORK', '2024-05-01T12:00:05Z', { text: 'first look', featureVersion: 1, features: [0, 1, 0] });
  await insertClassification(newer, 'DATABASE', '2024-05-01T12:00:10Z', {
    text: 'pool exhausted on orders-db',
    rootCause: { service: 'orders-db', kind: 'dependency' },
    featureVersion: 1,
    features: [1, 0, 0],
  });
});

afterAll(async () => {
  await app?.close();
  await stage?.stop();
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('GET /api/events', () => {
  it('lists newest first, filters by status and honours the limit', async () => {
    const all = await app.inject({ method: 'GET', url: '/api/events' });
    expect(all.statusCode).toBe(200);
    expect(all.json().events.map((e: { id: string }) => e.id)).toEqual([newer, closed, older, undiagnosed]);
    expect(all.json().events[0]).toMatchObject({ status: 'open', severity: 'HIGH', message: 'newer open', service_name: 'checkout', occurrence_count: 3 });

    const open = await app.inject({ method: 'GET', url: '/api/events?status=open&limit=2' });
    expect(open.json().events.map((e: { id: string }) => e.id)).toEqual([newer, older]);
    const closedOnly = await app.inject({ method: 'GET', url: '/api/events?status=closed' });
    expect(closedOnly.json().events.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([[closed, 'closed']]);
  });

  it('answers 400 naming the bad query field', async () => {
    for (const [url, path] of [
      ['/api/events?status=pending', 'query.status'],
      ['/api/events?limit=0', 'query.limit'],
      ['/api/events?limit=abc', 'query.limit'],
      ['/api/events?limit=100000', 'query.limit'],
      ['/api/events?colour=red', 'query'],
    ] as const) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().issues.map((i: { path: string }) => i.path), url).toContain(path);
    }
  });
});

describe('GET /api/events/:id', () => {
  it('returns the event with its diagnoses newest first, explanation and probable causes included', async () => {
    const r = await app.inject({ method: 'GET', url: `/api/events/${newer}` });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.event).toMatchObject({ id: newer, message: 'newer open' });
    expect(body.diagnoses.map((d: { category: string }) => d.category)).toEqual(['DATABASE', 'NETWORK']);
    expect(body.diagnoses[0]).toMatchObject({
      confidence: 0.8125,
      probable_causes: ['DATABASE cause'],
      classifier_version: 'rules-v1',
      explanation: { text: 'pool exhausted on orders-db', rootCause: { service: 'orders-db' } },
    });
  });

  it('answers 404 for an unknown id and for one that is not a uuid', async () => {
    for (const id of [randomUUID(), 'not-a-uuid', "1' OR '1'='1"]) {
      const r = await app.inject({ method: 'GET', url: `/api/events/${encodeURIComponent(id)}` });
      expect(r.statusCode, id).toBe(404);
      expect(r.json().error).toBe('event not found');
    }
  });
});

describe('POST /api/events/:id/label', () => {
  const post = (id: string, payload: unknown) => app.inject({ method: 'POST', url: `/api/events/${id}/label`, payload: payload as object });

  it('stores a human label with the latest diagnosis features, and shows it on the event', async () => {
    const r = await post(newer, { category: 'RESOURCE', labelled_by: 'alice' });
    expect(r.statusCode).toBe(202);
    expect(r.json()).toEqual({ event_id: newer, category: 'RESOURCE', source: 'human', labelled_by: 'alice' });
    const { rows } = await pg.pool.query('SELECT category, source, labelled_by, root_service, feature_version, features FROM diagnosis_labels WHERE error_event_id = $1', [newer]);
    expect(rows).toEqual([{ category: 'RESOURCE', source: 'human', labelled_by: 'alice', root_service: 'orders-db', feature_version: 1, features: [1, 0, 0] }]);
    const detail = await app.inject({ method: 'GET', url: `/api/events/${newer}` });
    expect(detail.json().labels).toMatchObject([{ category: 'RESOURCE', source: 'human', labelled_by: 'alice' }]);
    // Who corrected which diagnosis is on the hash-chained audit trail.
    await delivery.drained();
    const audit = await pg.pool.query('SELECT actor, action_type AS action, entity_type, entity_id, action_details AS details FROM healing_audit_trail WHERE action_type = $1', ['diagnosis.labelled']);
    expect(audit.rows).toEqual([
      { actor: 'alice', action: 'diagnosis.labelled', entity_type: 'error_event', entity_id: newer, details: { source: 'human', category: 'RESOURCE', rootService: null } },
    ]);
  });

  it('answers 400 with the field path for a bad body', async () => {
    const cases: [unknown, string][] = [
      [{ category: 'COSMIC_RAYS', labelled_by: 'alice' }, 'body.category'],
      [{ category: 'UNKNOWN', labelled_by: 'alice' }, 'body.category'],
      [{ category: 'DATABASE' }, 'body.labelled_by'],
      [{ category: 'DATABASE', labelled_by: '   ' }, 'body.labelled_by'],
      [{ category: 'DATABASE', labelled_by: 'alice', extra: 1 }, 'body'],
      [[], 'body'],
    ];
    for (const [payload, path] of cases) {
      const r = await post(newer, payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().issues.map((i: { path: string }) => i.path), JSON.stringify(payload)).toContain(path);
    }
  });

  it('answers 404 for an unknown or malformed event, 409 for an event without a diagnosis', async () => {
    expect((await post(randomUUID(), { category: 'DATABASE', labelled_by: 'alice' })).statusCode).toBe(404);
    expect((await post('42', { category: 'DATABASE', labelled_by: 'alice' })).statusCode).toBe(404);
    expect((await post(undiagnosed, { category: 'DATABASE', labelled_by: 'alice' })).statusCode).toBe(409);
    const { rows } = await pg.pool.query('SELECT count(*)::int AS n FROM diagnosis_labels WHERE error_event_id = $1', [undiagnosed]);
    expect(rows[0].n).toBe(0);
  });
});

describe('POST /api/diagnosis/retrain', () => {
  it('returns the retrain outcome (one label is below min_training_samples)', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/diagnosis/retrain', headers: { 'content-type': 'application/json' } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ trained: false, reason: '1 labels, need 2', samples: 1 });
  });
});

// Before the tampering test below: checkpoints are only signed over an intact chain.
describe('GET /api/audit/verify with checkpoints', () => {
  it('verifies since the latest checkpoint by default, everything with ?full=true, and one at a time (429 meanwhile)', async () => {
    const store = new CheckpointStore(pg.pool, Buffer.from('api-test-key-0123456789'));
    const checkpoints = createAuditCheckpoints({ key: Buffer.from('api-test-key-0123456789'), everyRows: 1000, intervalMs: 3_600_000 }, { pool: pg.pool });
    await checkpoints.start();
    await checkpoints.stop();
    const audit = new AuditVerifier(pg.pool, store, 1);
    const guarded = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool, audit });
    try {
      const total = (await guarded.inject({ method: 'GET', url: '/api/audit/verify?full=true' })).json();
      expect(total).toMatchObject({ ok: true, scope: 'full', checkpoint: { status: 'ok' } });
      await new AuditTrail(pg.pool).append({ actor: 'test', action: 'event.open', entityType: 'error_event', entityId: older, details: { late: true } });
      const since = await guarded.inject({ method: 'GET', url: '/api/audit/verify' });
      expect(since.json()).toMatchObject({ ok: true, scope: 'since_checkpoint', checked: 1, rows: total.rows + 1 });
      expect(since.body).not.toMatch(/[0-9a-f]{64}/);
      expect((await guarded.inject({ method: 'GET', url: '/api/audit/verify?full=yes' })).statusCode).toBe(400);

      const running = audit.tryVerify('full');
      const refused = await guarded.inject({ method: 'GET', url: '/api/audit/verify' });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('5');
      expect((await running)?.ok).toBe(true);
      expect((await guarded.inject({ method: 'GET', url: '/api/audit/verify' })).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('GET /api/audit/verify', () => {
  it('reports an intact chain, then the first edited row', async () => {
    const trail = new AuditTrail(pg.pool);
    // Entries earlier tests wrote (labels) are part of the chain too.
    const earlier = (await app.inject({ method: 'GET', url: '/api/audit/verify' })).json().checked as number;
    const entries = [];
    for (let i = 0; i < 3; i++) entries.push(await trail.append({ actor: 'test', action: 'event.open', entityType: 'error_event', entityId: older, details: { i } }));
    const ok = await app.inject({ method: 'GET', url: '/api/audit/verify' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, checked: earlier + 3 });

    await pg.pool.query(`UPDATE healing_audit_trail SET action_details = '{"i": 7}' WHERE seq = $1`, [entries[1].id]);
    const broken = await app.inject({ method: 'GET', url: '/api/audit/verify' });
    expect(broken.statusCode).toBe(200);
    expect(broken.json()).toMatchObject({ ok: false, checked: earlier + 1, firstBroken: { id: entries[1].id, reason: 'hash_mismatch' } });
  });
});

describe('auth', () => {
  it('with tokens, /api/* needs one (401 with WWW-Authenticate otherwise); probes stay open; /metrics only when protected', async () => {
    const checkAuth = makeBearerCheck(['t0k3n']);
    const open = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth }, { pool: pg.pool });
    const strict = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth, protectMetrics: true }, { pool: pg.pool });
    const bearer = { authorization: 'Bearer t0k3n' };
    try {
      for (const req of [
        { method: 'GET' as const, url: '/api/events' },
        { method: 'GET' as const, url: `/api/events/${newer}?x=1` },
        { method: 'POST' as const, url: `/api/events/${newer}/label`, payload: { category: 'API', labelled_by: 'eve' } },
        { method: 'POST' as const, url: '/api/diagnosis/retrain' },
        { method: 'GET' as const, url: '/api/audit/verify' },
      ]) {
        for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 't0k3n' }]) {
          const res = await open.inject({ ...req, headers });
          expect(res.statusCode, `${req.method} ${req.url}`).toBe(401);
          expect(res.headers['www-authenticate']).toBe('Bearer');
        }
      }
      // Nothing was labelled by the refused requests.
      const labels = await pg.pool.query('SELECT 1 FROM diagnosis_labels WHERE labelled_by = $1', ['eve']);
      expect(labels.rowCount).toBe(0);
      expect((await open.inject({ method: 'GET', url: '/api/events', headers: bearer })).statusCode).toBe(200);
      for (const url of ['/healthz', '/readyz', '/metrics']) expect((await open.inject({ method: 'GET', url })).statusCode).toBe(200);
      expect((await strict.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      expect((await strict.inject({ method: 'GET', url: '/metrics', headers: bearer })).statusCode).toBe(200);
      expect((await strict.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await open.close();
      await strict.close();
    }
  });
});

describe('deps', () => {
  it('without a diagnose stage labelling and retraining answer 503; without deps there are no /api routes', async () => {
    const noStage = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool });
    const bare = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} });
    try {
      expect((await noStage.inject({ method: 'POST', url: `/api/events/${newer}/label`, payload: { category: 'API', labelled_by: 'bob' } })).statusCode).toBe(503);
      expect((await noStage.inject({ method: 'POST', url: '/api/diagnosis/retrain', headers: { 'content-type': 'application/json' } })).statusCode).toBe(503);
      expect((await noStage.inject({ method: 'GET', url: '/api/events' })).statusCode).toBe(200);
      expect((await bare.inject({ method: 'GET', url: '/api/events' })).statusCode).toBe(404);
      expect((await bare.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await noStage.close();
      await bare.close();
    }
  });
});

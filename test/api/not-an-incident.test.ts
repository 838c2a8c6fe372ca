// POST /api/events/:id/label with not_an_incident: a person's verdict that detection raised a
// false positive. Stored as the event's human label with who and when, one hash-chained audit
// row, the event closed if it was open, its open escalation acknowledged (no more pages), and a
// later category label from the person replaces the verdict. Real PGlite, audit, escalation.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.ts';
import { verifyAuditTrail } from '../../src/audit/verify.ts';
import type { DiagnoseStage } from '../../src/diagnose/index.ts';
import { EscalationStage } from '../../src/escalate/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { Metrics } from '../../src/telemetry/index.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { documentRules, incidentEvent } from '../helpers/incidents.ts';
import { PagerDutyStandIn } from '../helpers/pagerduty-standin.ts';
import { testDiagnoseStage, type TestInfra } from '../helpers/stages.ts';

const MIN = 60_000;
let dir: string;
let pg: PostgresHandle;
let pd: PagerDutyStandIn;
let infra: TestInfra;
let diagnose: DiagnoseStage;
let escalation: EscalationStage;
let app: FastifyInstance;
let clock = Date.now();

async function insertEvent(status: 'open' | 'closed', severity = 'CRITICAL'): Promise<string> {
  const { rows } = await pg.pool.query<{ id: string }>(
    `INSERT INTO error_events ("timestamp", status, closed_at, severity, message, service_name, fingerprint)
     VALUES (now() - interval '10 minutes', $1, CASE WHEN $1 = 'closed' THEN now() - interval '5 minutes' END, $2, 'latency up', 'checkout', $3)
     RETURNING id::text AS id`,
    [status, severity, `fp-${randomUUID()}`],
  );
  return rows[0].id;
}

const post = (id: string, payload: object) => app.inject({ method: 'POST', url: `/api/events/${id}/label`, payload });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-fp-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  pd = new PagerDutyStandIn();
  const pdUrl = await pd.start();
  // testDiagnoseStage also starts the audit stage on the same bus, as the pipeline wires it.
  let stage: DiagnoseStage;
  ({ stage, ...infra } = testDiagnoseStage({ pool: pg.pool }));
  diagnose = stage;
  escalation = new EscalationStage(
    { rules: documentRules(['pagerduty']), pagerduty: { routingKey: pd.routingKey, url: pdUrl }, links: { grafanaUrl: '', apiUrl: '' }, tickMs: 3_600_000, maxLevel: 3 },
    { ...infra, pool: pg.pool, now: () => clock },
  );
  await escalation.start();
  app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool, bus: infra.bus, diagnose, escalation: { stage: escalation, pagerdutyWebhookSecret: '' } });
});

afterAll(async () => {
  await app?.close();
  await escalation?.stop();
  await diagnose?.stop();
  await pd?.stop();
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('not an incident', () => {
  it('labels, closes the open event, acknowledges its escalation and writes one audit row', async () => {
    const id = await insertEvent('open');
    // CRITICAL: paged at once.
    infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id, fingerprint: id, severity: 'CRITICAL', openedAt: clock, updatedAt: clock }));
    await infra.delivery.drained();
    expect(escalation.get(id)?.status).toBe('open');

    const r = await post(id, { not_an_incident: true, labelled_by: 'alice' });
    expect(r.statusCode, r.body).toBe(202);
    expect(r.json()).toEqual({ event_id: id, not_an_incident: true, source: 'human', labelled_by: 'alice', closed: true, escalation_acknowledged: true });

    const ev = await pg.pool.query(`SELECT status, closed_at IS NOT NULL AS has_closed_at FROM error_events WHERE id = $1`, [id]);
    expect(ev.rows).toEqual([{ status: 'closed', has_closed_at: true }]);
    const label = await pg.pool.query(`SELECT category, not_an_incident, source, labelled_by, features, created_at > now() - interval '1 minute' AS recent FROM diagnosis_labels WHERE error_event_id = $1`, [id]);
    expect(label.rows).toEqual([{ category: null, not_an_incident: true, source: 'human', labelled_by: 'alice', features: null, recent: true }]);
    // No further page: the escalation is acknowledged by the person, and a re-escalation tick later changes nothing.
    expect(escalation.get(id)).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'alice (not an incident)' });
    const triggers = () => pd.accepted.filter((e) => e.event_action === 'trigger').length;
    const paged = triggers();
    clock += 30 * MIN;
    escalation.tick();
    await infra.delivery.drained();
    expect(triggers()).toBe(paged);
    expect(pd.accepted.map((e) => e.event_action)).toContain('acknowledge');

    const audit = await pg.pool.query(
      `SELECT actor, action_type AS action, result, action_details AS details FROM healing_audit_trail WHERE entity_id = $1 AND action_type IN ('diagnosis.labelled', 'escalation.acknowledged') ORDER BY seq`,
      [id],
    );
    expect(audit.rows).toEqual([
      { actor: 'alice', action: 'diagnosis.labelled', result: 'not_an_incident_closed', details: { source: 'human', category: null, rootService: null, notAnIncident: true, closed: true } },
      expect.objectContaining({ actor: 'alice (not an incident)', action: 'escalation.acknowledged', result: 'acknowledged' }),
    ]);
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);

    const detail = await app.inject({ method: 'GET', url: `/api/events/${id}` });
    expect(detail.json().labels).toMatchObject([{ category: null, not_an_incident: true, source: 'human', labelled_by: 'alice' }]);
  });

  it('on a closed event only marks it; without a diagnosis it is accepted (nothing to learn from is needed)', async () => {
    const id = await insertEvent('closed', 'LOW');
    const r = await post(id, { not_an_incident: true, labelled_by: 'bob' });
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ closed: false, escalation_acknowledged: false });
    await infra.delivery.drained();
    const audit = await pg.pool.query(`SELECT result FROM healing_audit_trail WHERE entity_id = $1`, [id]);
    expect(audit.rows).toEqual([{ result: 'not_an_incident' }]);
  });

  it('a later category label from the person replaces the verdict, with the diagnosis features again', async () => {
    const id = await insertEvent('open');
    await pg.pool.query(
      `INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, classifier_version, explanation) VALUES ($1, 'NETWORK', 0.6, 'rules-v1', $2)`,
      [id, JSON.stringify({ text: 'x', featureVersion: 1, features: [0, 1] })],
    );
    expect((await post(id, { not_an_incident: true, labelled_by: 'carol' })).statusCode).toBe(202);
    expect((await post(id, { category: 'DATABASE', labelled_by: 'carol' })).statusCode).toBe(202);
    const rows = await pg.pool.query(`SELECT category, not_an_incident, features FROM diagnosis_labels WHERE error_event_id = $1`, [id]);
    expect(rows.rows).toEqual([{ category: 'DATABASE', not_an_incident: false, features: [0, 1] }]);
    // And back again.
    expect((await post(id, { not_an_incident: true, labelled_by: 'carol' })).statusCode).toBe(202);
    const again = await pg.pool.query(`SELECT category, not_an_incident, features FROM diagnosis_labels WHERE error_event_id = $1`, [id]);
    expect(again.rows).toEqual([{ category: null, not_an_incident: true, features: null }]);
  });

  it('answers 400 for both or neither of category and not_an_incident, 404 for an unknown event', async () => {
    const id = await insertEvent('open');
    for (const body of [
      { category: 'DATABASE', not_an_incident: true, labelled_by: 'dan' },
      { labelled_by: 'dan' },
      { not_an_incident: false, labelled_by: 'dan' },
      { not_an_incident: true },
    ]) {
      const r = await post(id, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await post(randomUUID(), { not_an_incident: true, labelled_by: 'dan' })).statusCode).toBe(404);
    const { rows } = await pg.pool.query(`SELECT count(*)::int AS n FROM diagnosis_labels WHERE labelled_by = 'dan'`);
    expect(rows[0].n).toBe(0);
    const ev = await pg.pool.query(`SELECT status FROM error_events WHERE id = $1`, [id]);
    expect(ev.rows[0].status).toBe('open');
  });

  it('works without a diagnose stage (diagnosis disabled); a category label still answers 503 there', async () => {
    const bare = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {} }, { pool: pg.pool, bus: infra.bus });
    try {
      const id = await insertEvent('open', 'HIGH');
      const fp = await bare.inject({ method: 'POST', url: `/api/events/${id}/label`, payload: { not_an_incident: true, labelled_by: 'erin' } });
      expect(fp.statusCode).toBe(202);
      expect(fp.json()).toMatchObject({ closed: true, escalation_acknowledged: false });
      const cat = await bare.inject({ method: 'POST', url: `/api/events/${id}/label`, payload: { category: 'API', labelled_by: 'erin' } });
      expect(cat.statusCode).toBe(503);
    } finally {
      await bare.close();
    }
  });
});

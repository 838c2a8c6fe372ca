// Every escalation step lands in the hash-chained audit trail: a page sent, a re-escalation, an
// acknowledgement through the API, the CLI's route and a signed PagerDuty webhook (the person
// who took it is the row's actor), and a resolve when the incident recovers or closes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.ts';
import { AuditStage } from '../../src/audit/index.ts';
import { verifyAuditTrail } from '../../src/audit/verify.ts';
import { makeBearerCheck } from '../../src/auth/index.ts';
import { EscalationStage, signPagerDutyBody } from '../../src/escalate/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { Metrics } from '../../src/telemetry/index.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { incidentEvent, documentRules } from '../helpers/incidents.ts';
import { PagerDutyStandIn } from '../helpers/pagerduty-standin.ts';
import { testInfra } from '../helpers/stages.ts';

const MIN = 60_000;
const TOKEN = 'escalation-api-token';
const SECRET = 'pd-webhook-signing-secret';
let dir: string;
let pg: PostgresHandle;
let pd: PagerDutyStandIn;
let pdUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-esc-audit-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  pd = new PagerDutyStandIn();
  pdUrl = await pd.start();
});

afterAll(async () => {
  await pd.stop();
  await pg.close();
  await rm(dir, { recursive: true, force: true });
});

it('writes sent, re-escalated, acknowledged (api, cli, pagerduty) and resolved rows, chained', async () => {
  let clock = Date.now();
  const infra = testInfra({ pool: pg.pool, delivery: { targets: { pagerduty: { baseDelayMs: 10 } } } });
  const audit = new AuditStage({ pool: pg.pool, ...infra });
  await audit.start();
  const rules = documentRules(['pagerduty']);
  const stage = new EscalationStage({ rules, pagerduty: { routingKey: pd.routingKey, url: pdUrl }, links: { grafanaUrl: '', apiUrl: '' }, tickMs: 3_600_000, maxLevel: 3 }, { ...infra, pool: pg.pool, now: () => clock });
  await stage.start();
  const ids = ['0c1d6b4e-0000-4000-8000-000000000001', '0c1d6b4e-0000-4000-8000-000000000002', '0c1d6b4e-0000-4000-8000-000000000003'];
  for (const id of ids) infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id, fingerprint: id, severity: 'CRITICAL', openedAt: clock, updatedAt: clock }));
  clock += 5 * MIN;
  stage.tick();
  await infra.delivery.drained();

  const app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth: makeBearerCheck([TOKEN]) }, { pool: pg.pool, escalation: { stage, pagerdutyWebhookSecret: SECRET } });
  try {
    const ack = (id: string, via: string) =>
      app.inject({ method: 'POST', url: `/api/escalations/${id}/ack`, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, payload: { by: via === 'cli' ? 'bob' : 'alice', via } });
    expect((await ack(ids[0], 'api')).statusCode).toBe(200);
    expect((await ack(ids[1], 'cli')).statusCode).toBe(200);
    // Acknowledging again changes nothing and writes nothing.
    expect((await ack(ids[0], 'api')).statusCode).toBe(200);
    const body = JSON.stringify({ event: { id: 'PDEVT1', event_type: 'incident.acknowledged', agent: { summary: 'Carol' }, data: { incident_key: `homeostat-${ids[2]}` } } });
    const hook = await app.inject({ method: 'POST', url: '/api/integrations/pagerduty', headers: { 'content-type': 'application/json', 'x-pagerduty-signature': signPagerDutyBody(body, SECRET) }, payload: body });
    expect(hook.json()).toEqual({ outcome: 'acknowledged' });
  } finally {
    await app.close();
  }
  infra.bus.publish('execution.changed', { eventId: ids[0], executionId: 'x-1', step: 'execution.verified', actor: 'homeostat/recover', actionName: 'restart_service', status: 'COMPLETED', details: {}, result: 'verified', at: clock });
  infra.bus.publish(EVENT_TOPIC.close, incidentEvent('close', { id: ids[1], fingerprint: ids[1], severity: 'CRITICAL', openedAt: clock, updatedAt: clock, closedAt: clock }));
  await infra.delivery.drained();
  await stage.stop();
  await audit.stop();

  const rows = await pg.pool.query(
    `SELECT entity_id AS id, actor, action_type AS action, result, action_details AS details FROM healing_audit_trail
      WHERE action_type LIKE 'escalation.%' ORDER BY seq`,
  );
  const of = (id: string) => rows.rows.filter((r) => r.id === id).map((r) => [r.action, r.actor, r.result, r.details.via ?? r.details.why ?? r.details.level]);
  expect(of(ids[0])).toEqual([
    ['escalation.raised', 'escalate', 'sent', 0],
    ['escalation.raised', 'escalate', 're_escalated', 1],
    ['escalation.acknowledged', 'alice', 'acknowledged', 'api'],
    ['escalation.resolved', 'escalate', 'resolved', 'recovered by restart_service'],
  ]);
  expect(of(ids[1]).slice(2)).toEqual([
    ['escalation.acknowledged', 'bob', 'acknowledged', 'cli'],
    ['escalation.resolved', 'escalate', 'resolved', 'the incident closed'],
  ]);
  expect(of(ids[2]).slice(2)).toEqual([['escalation.acknowledged', 'Carol (PagerDuty acknowledge)', 'acknowledged', 'pagerduty']]);
  // The escalation row's id ties every audit row to it.
  expect(new Set(rows.rows.filter((r) => r.id === ids[0]).map((r) => r.details.escalationId))).toEqual(new Set([stage.get(ids[0])!.id]));
  expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
});

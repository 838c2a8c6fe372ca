// The escalation policy end to end with real channels through the delivery queue: a CRITICAL
// incident pages at once, re-pages after its rule's timeout while nobody acknowledges, and
// stops after an ack (API, CLI, or a signed PagerDuty webhook; a bad signature is refused).
// Recovery outcomes arrive as synthetic `execution.changed` publishes (the recover stage's topic).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.ts';
import { makeBearerCheck } from '../../src/auth/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { escalationStageOptions, EscalationStage, evaluate, signPagerDutyBody, type EscalationRule } from '../../src/escalate/index.ts';
import { pipelineOptions } from '../../src/options.ts';
import type { EscalationRaised, ExecutionChange } from '../../src/records.ts';
import { Metrics } from '../../src/telemetry/index.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { capturingLogger, incidentDiagnosis, incidentEvent, documentRules } from '../helpers/incidents.ts';
import { PagerDutyStandIn } from '../helpers/pagerduty-standin.ts';
import { SlackStandIn } from '../helpers/slack-standin.ts';
import { testInfra } from '../helpers/stages.ts';
import { runCli, type CliResult } from '../helpers/cli.ts';

const MIN = 60_000;
const SECRET = 'pd-webhook-signing-secret';
const TOKEN = 'escalation-api-token';

let pd: PagerDutyStandIn;
let slack: SlackStandIn;
let pdUrl: string;
let slackUrl: string;

beforeEach(async () => {
  pd = new PagerDutyStandIn();
  slack = new SlackStandIn();
  pdUrl = await pd.start();
  slackUrl = await slack.start();
});

afterEach(async () => {
  await pd.stop();
  await slack.stop();
});

const RULES = documentRules(['pagerduty', 'slack']);

function setup(rules: EscalationRule[] = RULES) {
  let clock = Date.now();
  const logger = capturingLogger();
  const infra = testInfra({ logger, delivery: { drainMs: 500, targets: { pagerduty: { baseDelayMs: 10 }, slack: { baseDelayMs: 10 } } } });
  const stage = new EscalationStage(
    { rules, pagerduty: { routingKey: pd.routingKey, url: pdUrl }, slack: { webhookUrl: slackUrl }, links: { grafanaUrl: 'http://grafana.example:3000', apiUrl: 'http://homeostat.example:8080' }, tickMs: 3_600_000, maxLevel: 3 },
    { ...infra, now: () => clock },
  );
  const raised: EscalationRaised[] = [];
  infra.bus.subscribe('escalation.raised', (r) => void raised.push(r));
  const advance = (ms: number) => (clock += ms);
  const ev = (action: 'open' | 'update' | 'close', o = {}) => incidentEvent(action, { openedAt: clock, updatedAt: clock, ...o });
  return { stage, infra, raised, advance, ev, logger, settle: () => infra.delivery.drained() };
}

const execution = (over: Partial<ExecutionChange>): ExecutionChange => ({
  eventId: 'ev-1', executionId: 'x-1', step: 'execution.failed', actor: 'homeostat/recover', actionName: 'restart_service', status: 'FAILED', details: {}, result: 'failed', at: Date.now(), ...over,
});

const triggers = () => pd.accepted.filter((e) => e.event_action === 'trigger');

describe('the policy (first match wins)', () => {
  const facts = { severity: 'HIGH' as const, systemImpact: null, failedRecoveries: 0, steps: new Set<string>(), openForMs: 0, recovering: false };
  it('takes the document\'s rules in order', () => {
    expect(evaluate(RULES, facts)).toBeNull();
    expect(evaluate(RULES, { ...facts, severity: 'CRITICAL', systemImpact: 0.9, failedRecoveries: 5 })?.rule.name).toBe('critical_errors');
    expect(evaluate(RULES, { ...facts, systemImpact: 0.9, failedRecoveries: 3 })?.rule.name).toBe('failed_recoveries');
    expect(evaluate(RULES, { ...facts, failedRecoveries: 2 })).toBeNull();
    expect(evaluate(RULES, { ...facts, systemImpact: 0.5 })).toBeNull();
    expect(evaluate(RULES, { ...facts, systemImpact: 0.51 })).toMatchObject({ rule: { name: 'system_impact', timeoutMs: 10 * MIN, action: 'activate_incident_response' } });
    expect(evaluate(RULES, { ...facts, steps: new Set(['approval.expired']) })?.rule.name).toBe('approval_expired');
    expect(evaluate(RULES, { ...facts, steps: new Set(['recovery.exhausted']) })?.rule.name).toBe('recovery_exhausted');
    expect(evaluate(RULES, { ...facts, openForMs: 15 * MIN })?.rule.name).toBe('open_too_long');
    expect(evaluate(RULES, { ...facts, severity: 'CRITICAL' })).toMatchObject({ rule: { timeoutMs: 5 * MIN, action: 'immediate_human_notification' }, reason: 'severity is CRITICAL, no automatic recovery is under way' });
    // While Homeostat's own action is under way, CRITICAL and wide incidents wait for its outcome.
    expect(evaluate(RULES, { ...facts, severity: 'CRITICAL', systemImpact: 0.9, recovering: true })).toBeNull();
  });

  it('is built from self_healing.escalation, with only the channels that have settings', () => {
    const o = pipelineOptions(parseConfig({
      self_healing: { escalation: { notification_channels: ['pagerduty', 'slack', 'email'], rules: { critical_errors: { timeout: '2m' }, failed_recoveries: { threshold: 2, timeout: '20m' } }, pagerduty: { routing_key: 'R0123456789abcdef0123456789abcde' } } },
    }, {}));
    const s = escalationStageOptions(o.escalation);
    expect(s.pagerduty?.routingKey).toBe('R0123456789abcdef0123456789abcde');
    expect(s.slack).toBeUndefined();
    expect(s.email).toBeUndefined();
    expect(s.rules.map((r) => [r.name, r.timeoutMs, r.channels])).toContainEqual(['critical_errors', 2 * MIN, ['pagerduty']]);
    expect(s.rules.find((r) => r.name === 'failed_recoveries')?.when.failedRecoveries).toBe(2);
    const off = escalationStageOptions(pipelineOptions(parseConfig({ self_healing: { escalation: { rules: { critical_errors: { immediate_notification: false } } } } }, {})).escalation);
    expect(off.rules.map((r) => r.name)).not.toContain('critical_errors');
  });
});

describe('EscalationStage', () => {
  it('pages a CRITICAL incident at once, re-pages after 5 min unacknowledged, and stops after an API ack', async () => {
    const { stage, infra, raised, advance, ev, settle } = setup();
    await stage.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { severity: 'CRITICAL' }));
    infra.bus.publish('diagnosis.made', incidentDiagnosis());
    await settle();
    expect(triggers()).toHaveLength(1);
    expect(triggers()[0].dedup_key).toBe('homeostat-ev-1');
    expect(triggers()[0].payload!.custom_details).toMatchObject({ escalation_rule: 'critical_errors', reason: 'severity is CRITICAL, no automatic recovery is under way' });
    expect(slack.messages).toHaveLength(1);
    expect(raised).toMatchObject([{ eventId: 'ev-1', rule: 'critical_errors', action: 'immediate_human_notification', level: 0, channels: ['pagerduty', 'slack'] }]);

    advance(5 * MIN - 1);
    stage.tick();
    await settle();
    expect(triggers()).toHaveLength(1);
    advance(1);
    stage.tick();
    await settle();
    // Paged on open, before the diagnosis; the re-page carries the diagnosis's category.
    expect(triggers().map((e) => e.payload!.summary)).toEqual([
      'CRITICAL PERFORMANCE incident in checkout',
      '[re-escalation 1] CRITICAL DATABASE incident in checkout',
    ]);
    expect(triggers()[1].payload!.custom_details).toMatchObject({ escalation_level: 1, explanation: 'Rule db-slow matched: postgresql/orders self time rose 8x.' });
    expect(raised.map((r) => r.level)).toEqual([0, 1]);

    const app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth: makeBearerCheck([TOKEN]) }, { pool: {} as never, escalation: { stage, pagerdutyWebhookSecret: SECRET } });
    try {
      const id = raised[0].escalationId;
      const noToken = await app.inject({ method: 'POST', url: `/api/escalations/${id}/ack`, headers: { 'content-type': 'application/json' }, payload: { by: 'alice' } });
      expect(noToken.statusCode).toBe(401);
      const ok = await app.inject({ method: 'POST', url: `/api/escalations/${id}/ack`, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, payload: { by: 'alice' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().escalation).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'alice', acknowledgedVia: 'api', level: 1 });
      const missing = await app.inject({ method: 'POST', url: '/api/escalations/nope/ack', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, payload: { by: 'alice' } });
      expect(missing.statusCode).toBe(404);
    } finally {
      await app.close();
    }
    await settle();
    expect(pd.state().get('homeostat-ev-1')).toBe('acknowledged');
    advance(60 * MIN);
    stage.tick();
    await settle();
    expect(triggers()).toHaveLength(2);
    expect(raised).toHaveLength(2);

    // The incident closes: every channel that was told hears it is resolved, once.
    infra.bus.publish(EVENT_TOPIC.close, ev('close', { severity: 'CRITICAL', closedAt: Date.now() }));
    infra.bus.publish(EVENT_TOPIC.close, ev('close', { severity: 'CRITICAL', closedAt: Date.now() }));
    await settle();
    expect(pd.state().get('homeostat-ev-1')).toBe('resolved');
    expect(pd.accepted.filter((e) => e.event_action === 'resolve')).toHaveLength(1);
    expect(slack.messages.map((m) => m.text)).toEqual([
      'CRITICAL PERFORMANCE incident in checkout',
      'Re-escalation 1: CRITICAL DATABASE incident in checkout',
      ':eyes: Acknowledged by alice: CRITICAL DATABASE incident in checkout',
      ':white_check_mark: Resolved (the incident closed): CRITICAL DATABASE incident in checkout',
    ]);
    await stage.stop();
  });

  it('a signed PagerDuty acknowledge stops re-escalation; a bad or missing signature is refused', async () => {
    const { stage, infra, advance, ev, settle } = setup();
    await stage.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { severity: 'CRITICAL' }));
    await settle();
    const app = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth: makeBearerCheck([TOKEN]) }, { pool: {} as never, escalation: { stage, pagerdutyWebhookSecret: SECRET } });
    const body = JSON.stringify({
      event: { id: '01DEN1HNLBC1VITYN4ZC6T4M0U', event_type: 'incident.acknowledged', resource_type: 'incident', occurred_at: new Date().toISOString(), agent: { type: 'user_reference', summary: 'Bob Oncall' }, data: { id: 'PGR0VU2', type: 'incident', status: 'acknowledged', incident_key: 'homeostat-ev-1' } },
    });
    // Webhooks come from PagerDuty's hosts, with the public host name.
    const post = (sig: string | undefined, payload = body) =>
      app.inject({ method: 'POST', url: '/api/integrations/pagerduty', headers: { 'content-type': 'application/json', host: 'homeostat.example.com', ...(sig ? { 'x-pagerduty-signature': sig } : {}) }, payload });
    try {
      expect((await post(undefined)).statusCode).toBe(401);
      expect((await post(signPagerDutyBody(body, 'another-secret'))).statusCode).toBe(401);
      // Signed over other bytes than those sent.
      expect((await post(signPagerDutyBody(body, SECRET), body.replace('Bob', 'Eve'))).statusCode).toBe(401);
      expect(stage.get('ev-1')?.status).toBe('open');
      // During a secret rotation PagerDuty sends several signatures; one good one is enough.
      const good = await post(`${signPagerDutyBody(body, 'old-secret')},${signPagerDutyBody(body, SECRET)}`);
      expect(good.statusCode, good.body).toBe(200);
      expect(good.json()).toEqual({ outcome: 'acknowledged' });
      expect((await post(signPagerDutyBody(body, SECRET))).json()).toEqual({ outcome: 'duplicate' });
    } finally {
      await app.close();
    }
    expect(stage.get('ev-1')).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'Bob Oncall (PagerDuty acknowledge)', acknowledgedVia: 'pagerduty' });
    advance(30 * MIN);
    stage.tick();
    await settle();
    expect(triggers()).toHaveLength(1);
    // PagerDuty told us: no acknowledge is sent back to it; Slack hears who took it.
    expect(pd.accepted.map((e) => e.event_action)).toEqual(['trigger']);
    expect(slack.messages.at(-1)!.text).toContain('Acknowledged by Bob Oncall');
    await stage.stop();
  });

  it('escalates after 3 failed recovery attempts (synthetic execution.changed), and a verified recovery resolves the page', async () => {
    const { stage, infra, raised, ev, settle } = setup();
    await stage.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { severity: 'HIGH' }));
    infra.bus.publish(EVENT_TOPIC.update, ev('update', { severity: 'HIGH' }));
    infra.bus.publish('execution.changed', execution({ executionId: 'x-1' }));
    infra.bus.publish('execution.changed', execution({ executionId: 'x-1', step: 'execution.rolled_back', status: 'FAILED' })); // same execution: still one
    infra.bus.publish('execution.changed', execution({ executionId: 'x-2', step: 'execution.rolled_back', status: 'ROLLED_BACK', actionName: 'scale_up', result: 'rolled_back' }));
    await settle();
    expect(raised).toHaveLength(0);
    infra.bus.publish('execution.changed', execution({ executionId: 'x-3', actionName: 'flush_cache' }));
    await settle();
    expect(raised).toMatchObject([{ rule: 'failed_recoveries', action: 'escalate_to_senior_engineer', reason: '3 recovery attempts failed' }]);
    expect(triggers()[0].payload!.custom_details!.actions_tried).toEqual([
      expect.stringMatching(/^restart_service: failed/),
      expect.stringMatching(/^restart_service: failed/),
      expect.stringMatching(/^scale_up: rolled_back/),
      expect.stringMatching(/^flush_cache: failed/),
    ]);
    infra.bus.publish('execution.changed', execution({ executionId: 'x-4', actionName: 'failover', step: 'execution.verified', status: 'COMPLETED', result: 'verified' }));
    await settle();
    expect(pd.state().get('homeostat-ev-1')).toBe('resolved');
    expect(stage.get('ev-1')).toMatchObject({ status: 'resolved', resolvedWhy: 'recovered by failover' });
    await stage.stop();
  });

  it('escalates on system impact above 0.5 from the diagnosis, an expired approval, and an exhausted recovery', async () => {
    const { stage, infra, raised, ev, settle } = setup();
    await stage.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { id: 'ev-a', fingerprint: 'a' }));
    infra.bus.publish('diagnosis.made', incidentDiagnosis({ eventId: 'ev-a', impact: { affectedServices: [], affectedEndpoints: [], systemImpact: 0.72, userFacing: true, affectedTraces: 1, sampledTraces: 1 } }));
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { id: 'ev-b', fingerprint: 'b' }));
    infra.bus.publish('execution.changed', execution({ eventId: 'ev-b', executionId: 'y', step: 'approval.expired', status: 'CANCELLED' }));
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { id: 'ev-c', fingerprint: 'c' }));
    infra.bus.publish('execution.changed', execution({ eventId: 'ev-c', executionId: null, step: 'recovery.exhausted', status: null }));
    await settle();
    expect(raised.map((r) => [r.eventId, r.rule])).toEqual([['ev-a', 'system_impact'], ['ev-b', 'approval_expired'], ['ev-c', 'recovery_exhausted']]);
    expect(raised[0].reason).toBe('system impact 0.72 > 0.5, no automatic recovery is under way');
    await stage.stop();
  });

  it('escalates an incident still open after escalate_after on the timer; one escalation per incident, raised by a higher rule', async () => {
    const { stage, infra, raised, advance, ev, settle } = setup();
    await stage.start();
    const opened = ev('open', { severity: 'LOW' });
    infra.bus.publish(EVENT_TOPIC.open, opened);
    stage.tick();
    advance(15 * MIN);
    stage.tick();
    stage.tick();
    await settle();
    expect(raised.map((r) => [r.rule, r.level])).toEqual([['open_too_long', 0]]);
    // The same or a later rule matching again changes nothing...
    infra.bus.publish(EVENT_TOPIC.update, { ...opened, action: 'update' });
    infra.bus.publish('diagnosis.made', incidentDiagnosis({ impact: { affectedServices: [], affectedEndpoints: [], systemImpact: 0.1, userFacing: false, affectedTraces: 0, sampledTraces: 0 } }));
    await settle();
    expect(raised).toHaveLength(1);
    // ...an earlier one (now CRITICAL) raises the level at once, with its own timeout.
    infra.bus.publish(EVENT_TOPIC.update, { ...opened, action: 'update', severity: 'CRITICAL' });
    await settle();
    expect(raised.map((r) => [r.rule, r.level])).toEqual([['open_too_long', 0], ['critical_errors', 1]]);
    expect(triggers().map((e) => e.payload!.severity)).toEqual(['info', 'critical']);
    advance(5 * MIN);
    stage.tick();
    await settle();
    expect(raised.map((r) => [r.rule, r.level])).toEqual([['open_too_long', 0], ['critical_errors', 1], ['critical_errors', 2]]);
    // Acknowledged: no rule re-pages it.
    stage.acknowledge('ev-1', 'dana', 'api');
    infra.bus.publish('execution.changed', execution({ step: 'recovery.exhausted', status: null, executionId: null }));
    advance(60 * MIN);
    stage.tick();
    await settle();
    expect(raised).toHaveLength(3);
    await stage.stop();
  });

  it('homeostat ack acknowledges through the running API', async () => {
    const { stage, infra, raised, ev, settle } = setup();
    await stage.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { severity: 'CRITICAL' }));
    await settle();
    const app: FastifyInstance = buildApi({ host: '127.0.0.1', port: 0, metrics: new Metrics(), readiness: {}, checkAuth: makeBearerCheck([TOKEN]) }, { pool: {} as never, escalation: { stage, pagerdutyWebhookSecret: '' } });
    const api = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const r = await cli('ack', raised[0].escalationId, '--by', 'carol', '--api', api, '--token', TOKEN);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).escalation).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'carol', acknowledgedVia: 'cli' });
      expect((await cli('ack', 'no-such-id', '--api', api, '--token', TOKEN)).status).toBe(1);
      expect((await cli('ack')).status).toBe(2);
      // Without a webhook secret the PagerDuty route is off.
      const off = await fetch(`${api}/api/integrations/pagerduty`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(off.status).toBe(404);
    } finally {
      await app.close();
    }
    await settle();
    expect(pd.state().get('homeostat-ev-1')).toBe('acknowledged');
    await stage.stop();
  });
});

function cli(...args: string[]): Promise<CliResult> {
  return runCli(mkdtempSync(path.join(tmpdir(), 'homeostat-ack-')), args);
}

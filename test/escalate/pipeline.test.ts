// The escalation stage as the pipeline builds it from the document's configuration keys: a
// CRITICAL incident on the bus pages PagerDuty (a contract stand-in), the open incident is
// posted to a real Alertmanager, and a signed PagerDuty webhook on the API port acknowledges.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalationWarnings, parseConfig } from '../../src/config/index.ts';
import { signPagerDutyBody, type EscalationStage } from '../../src/escalate/index.ts';
import { Pipeline } from '../../src/pipeline.ts';
import { createLogger } from '../../src/telemetry/index.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { startAlertmanager, type AlertmanagerServer } from '../helpers/alertmanager-server.ts';
import { incidentEvent } from '../helpers/incidents.ts';
import { PagerDutyStandIn } from '../helpers/pagerduty-standin.ts';

const SECRET = 'whsec-pipeline';
let dir: string;
let pd: PagerDutyStandIn;
let am: AlertmanagerServer;
let pipeline: Pipeline;
let api: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-escalate-'));
  pd = new PagerDutyStandIn();
  const pdUrl = await pd.start();
  am = await startAlertmanager();
  const config = parseConfig({
    storage: { clickhouse: { data_dir: join(dir, 'clickhouse') }, postgres: { data_dir: join(dir, 'postgres') } },
    receiver: { grpc: { host: '127.0.0.1', port: 0 }, http: { host: '127.0.0.1', port: 0 } },
    api: { host: '127.0.0.1', port: 0 },
    telemetry: { log_level: 'silent' },
    notify: { alertmanager: { url: am.url } },
    self_healing: {
      monitoring: { enabled: false },
      recovery: { enabled: false },
      learning: { enabled: false },
      escalation: { notification_channels: ['pagerduty'], pagerduty: { routing_key: pd.routingKey, url: pdUrl, webhook_secret: SECRET } },
    },
  }, {});
  pipeline = new Pipeline(config, createLogger('silent'));
  const ports = await pipeline.start();
  api = `http://127.0.0.1:${ports.api}`;
}, 120_000);

afterAll(async () => {
  await pipeline?.stop();
  await pd?.stop();
  await am?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('escalation in the pipeline', () => {
  it('pages, shows the alert, and takes a signed PagerDuty acknowledgement on the API port', async () => {
    const ev = incidentEvent('open', { id: 'pipe-1', severity: 'CRITICAL', openedAt: Date.now(), updatedAt: Date.now() });
    pipeline.bus.publish(EVENT_TOPIC.open, ev);
    await pipeline.deliveryQueue!.drained();
    expect(pd.accepted.map((e) => [e.event_action, e.dedup_key, e.payload?.severity])).toEqual([['trigger', 'homeostat-pipe-1', 'critical']]);
    const alerts = (await (await fetch(`${am.url}/api/v2/alerts?filter=${encodeURIComponent('incident_id="pipe-1"')}`)).json()) as Array<{ labels: Record<string, string> }>;
    expect(alerts.map((a) => a.labels.severity)).toEqual(['CRITICAL']);

    const body = JSON.stringify({ event: { id: 'evt-1', event_type: 'incident.resolved', occurred_at: new Date().toISOString(), agent: null, data: { incident_key: 'homeostat-pipe-1', status: 'resolved' } } });
    const res = await fetch(`${api}/api/integrations/pagerduty`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pagerduty-signature': signPagerDutyBody(body, SECRET) }, body });
    expect(res.status).toBe(200);
    const list = (await (await fetch(`${api}/api/escalations`)).json()) as { escalations: Array<{ incidentId: string; status: string; acknowledgedVia: string }> };
    expect(list.escalations).toMatchObject([{ incidentId: 'pipe-1', status: 'acknowledged', acknowledgedVia: 'pagerduty' }]);
    expect(pipeline.stage<EscalationStage>('escalate')).toBeDefined();
  });
});

describe('config check on escalation', () => {
  it('names the listed channels without settings, and says so when nobody can be paged', () => {
    const withPd = { self_healing: { escalation: { pagerduty: { routing_key: 'R0123456789abcdef0123456789abcde' } } } };
    expect(escalationWarnings(withPd, parseConfig(withPd, {}))).toEqual([
      'self_healing.escalation.notification_channels: slack is listed but slack.webhook_url is empty; it is not used',
      'self_healing.escalation.notification_channels: email is listed but email.smtp_url, from and to are needed; it is not used',
    ]);
    const none = { self_healing: { escalation: { notification_channels: ['slack'] } } };
    expect(escalationWarnings(none, parseConfig(none, {}))).toEqual(['self_healing.escalation: no notification channel has its settings (slack.webhook_url is empty); incidents are not escalated']);
    expect(escalationWarnings({}, parseConfig({}, {}))).toEqual([]);
  });
});

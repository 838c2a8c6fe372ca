// Open incidents as alerts in a real Prometheus Alertmanager (the Debian package, started on a
// free port): the alert appears with its labels and diagnosis, is re-sent while open, can be
// silenced, and resolves when the incident closes. Read back through Alertmanager's own API v2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertmanagerNotifier, type AlertmanagerOptions } from '../../src/notify/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { pipelineOptions } from '../../src/options.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { startAlertmanager, type AlertmanagerServer } from '../helpers/alertmanager-server.ts';
import { incidentDiagnosis, incidentEvent } from '../helpers/incidents.ts';
import { deliveryCounts, testInfra } from '../helpers/stages.ts';

interface GettableAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  updatedAt: string;
  generatorURL?: string;
  status: { state: string; silencedBy: string[] };
}

let am: AlertmanagerServer;

beforeAll(async () => {
  am = await startAlertmanager();
}, 60_000);

afterAll(async () => {
  await am?.stop();
});

async function alertsOf(incident: string): Promise<GettableAlert[]> {
  const res = await fetch(`${am.url}/api/v2/alerts?filter=${encodeURIComponent(`incident_id="${incident}"`)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as GettableAlert[];
}

function setup(id: string, over: Partial<AlertmanagerOptions> = {}) {
  const { counts, observer } = deliveryCounts();
  const infra = testInfra({ observer });
  const notifier = new AlertmanagerNotifier({ url: am.url, resendMs: 3_600_000, apiUrl: 'http://homeostat.example:8080', ...over }, infra);
  const opened = Date.now() - 60_000;
  const ev = (action: 'open' | 'update' | 'close', o = {}) => incidentEvent(action, { id, fingerprint: `fp-${id}`, openedAt: opened, updatedAt: Date.now(), ...o });
  return { notifier, infra, counts, ev };
}

describe('AlertmanagerNotifier against a real Alertmanager', () => {
  it('shows an open incident as a firing alert with labels, diagnosis and a link back', async () => {
    const { notifier, infra, counts, ev } = setup('am-1');
    await notifier.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open'));
    await notifier.drained();
    let alerts = await alertsOf('am-1');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].labels).toEqual({ alertname: 'HomeostatIncident', service: 'checkout', category: 'PERFORMANCE', severity: 'HIGH', incident_id: 'am-1' });
    expect(alerts[0].annotations.summary).toBe('HIGH PERFORMANCE in checkout');
    expect(alerts[0].status.state).toBe('active');
    expect(alerts[0].generatorURL).toBe('http://homeostat.example:8080/api/events/am-1');
    // endsAt lies ahead, so the alert stays firing between re-sends.
    expect(Date.parse(alerts[0].endsAt)).toBeGreaterThan(Date.now());

    // The diagnosis decides the category: the PERFORMANCE alert is resolved, the DATABASE one fires with the explanation.
    infra.bus.publish('diagnosis.made', incidentDiagnosis({ eventId: 'am-1', fingerprint: 'fp-am-1' }));
    await notifier.drained();
    alerts = await alertsOf('am-1');
    expect(alerts.map((a) => a.labels.category)).toEqual(['DATABASE']);
    expect(alerts[0].annotations.description).toContain('Rule db-slow matched: postgresql/orders self time rose 8x.');
    expect(alerts[0].annotations.description).toContain('Root cause: postgresql/orders');
    expect(alerts[0].annotations.diagnosis).toBe('DATABASE');
    expect(counts.deadLettered).toBe(0);
    await notifier.stop();
  });

  it('re-sends open incidents, so the alert is refreshed while the incident lasts', async () => {
    const { notifier, infra, ev } = setup('am-2');
    await notifier.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open'));
    await notifier.drained();
    const before = (await alertsOf('am-2'))[0];
    // An update that changes no label is not posted on its own...
    infra.bus.publish(EVENT_TOPIC.update, ev('update'));
    await notifier.drained();
    expect((await alertsOf('am-2'))[0].updatedAt).toBe(before.updatedAt);
    await new Promise((r) => setTimeout(r, 20));
    // ...the periodic re-send refreshes it.
    notifier.resendOpen();
    await notifier.drained();
    const after = (await alertsOf('am-2'))[0];
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect(Date.parse(after.endsAt)).toBeGreaterThanOrEqual(Date.parse(before.endsAt));
    await notifier.stop();
  });

  it('a silence suppresses the alert; closing the incident resolves it', async () => {
    const { notifier, infra, ev } = setup('am-3');
    await notifier.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { severity: 'CRITICAL' }));
    await notifier.drained();
    const now = Date.now();
    const silence = await fetch(`${am.url}/api/v2/silences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        matchers: [{ name: 'incident_id', value: 'am-3', isRegex: false, isEqual: true }],
        startsAt: new Date(now - 1000).toISOString(),
        endsAt: new Date(now + 3_600_000).toISOString(),
        createdBy: 'homeostat-test',
        comment: 'known, being fixed',
      }),
    });
    expect(silence.status).toBe(200);
    const { silenceID } = (await silence.json()) as { silenceID: string };
    // Alertmanager applies silences on its own schedule; a re-send makes it look again.
    let alerts: GettableAlert[] = [];
    for (let i = 0; i < 50; i++) {
      notifier.resendOpen();
      await notifier.drained();
      alerts = await alertsOf('am-3');
      if (alerts[0]?.status.state === 'suppressed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(alerts).toHaveLength(1);
    expect(alerts[0].labels.severity).toBe('CRITICAL');
    expect(alerts[0].status).toMatchObject({ state: 'suppressed', silencedBy: [silenceID] });

    infra.bus.publish(EVENT_TOPIC.close, ev('close', { closedAt: Date.now() - 10 }));
    await notifier.drained();
    expect(notifier.openCount).toBe(0);
    // Alertmanager lists only alerts that have not ended: a resolved alert is gone from the list.
    expect(await alertsOf('am-3')).toEqual([]);
    // Closed incidents are not re-sent (which would re-open them).
    notifier.resendOpen();
    await notifier.drained();
    expect(await alertsOf('am-3')).toEqual([]);
    await notifier.stop();
  });

  it('a severity raised by detection resolves the old label set in the same post', async () => {
    const { notifier, infra, ev } = setup('am-4');
    await notifier.start();
    infra.bus.publish(EVENT_TOPIC.open, ev('open', { severity: 'MEDIUM' }));
    infra.bus.publish(EVENT_TOPIC.update, ev('update', { severity: 'CRITICAL' }));
    await notifier.drained();
    expect((await alertsOf('am-4')).map((a) => a.labels.severity)).toEqual(['CRITICAL']);
    await notifier.stop();
  });

  it('an unreachable Alertmanager is retried until it answers, not dropped', async () => {
    const { counts, observer } = deliveryCounts();
    const infra = testInfra({ observer, delivery: { drainMs: 200, targets: { alertmanager: { baseDelayMs: 20, maxDelayMs: 50 } } } });
    // A port nothing listens on: connection refused.
    const notifier = new AlertmanagerNotifier({ url: 'http://127.0.0.1:1', resendMs: 3_600_000 }, infra);
    await notifier.start();
    infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id: 'am-5' }));
    for (let i = 0; i < 100 && counts.retried < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(counts.retried).toBeGreaterThanOrEqual(2);
    expect(counts.deadLettered).toBe(0);
    expect(infra.delivery.targetDepth('alertmanager')).toBe(1);
    await notifier.stop();
    await infra.delivery.stop();
  });
});

describe('notify.alertmanager configuration', () => {
  it('is off by default and maps url, resend interval and link base when set', () => {
    expect(pipelineOptions(parseConfig({}, {})).notify.alertmanager).toBeUndefined();
    const o = pipelineOptions(parseConfig({ notify: { alertmanager: { url: 'http://alertmanager:9093', resend_interval: '30s', api_url: 'https://homeostat.example' } } }, {}));
    expect(o.notify.alertmanager).toEqual({ url: 'http://alertmanager:9093', resendMs: 30_000, alertName: 'HomeostatIncident', apiUrl: 'https://homeostat.example' });
    expect(o.delivery.targets?.alertmanager).toBeDefined();
  });
});

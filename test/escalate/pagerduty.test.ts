// The PagerDuty channel against a contract stand-in for the Events API v2 (contracts, section
// 4): what it sends, how it treats each answer (202 done, 429/5xx/timeout retried, 400 not),
// that one event is sent once, and that the routing key appears nowhere but the request.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PagerDutyChannel } from '../../src/escalate/index.ts';
import { DeliveryQueue, SpoolFile } from '../../src/delivery/index.ts';
import { capturingLogger, testPage } from '../helpers/incidents.ts';
import { PagerDutyStandIn } from '../helpers/pagerduty-standin.ts';
import { deliveryCounts } from '../helpers/stages.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let pd: PagerDutyStandIn;
let url: string;

beforeEach(async () => {
  pd = new PagerDutyStandIn();
  url = await pd.start();
});

afterEach(async () => {
  await pd.stop();
});

function setup(opts: { routingKey?: string; timeoutMs?: number } = {}) {
  const { counts, observer } = deliveryCounts();
  const logger = capturingLogger();
  const spoolFile = join(mkdtempSync(join(tmpdir(), 'homeostat-pd-')), 'dead-letters.jsonl');
  const logged: string[] = [];
  const delivery = new DeliveryQueue(
    { drainMs: 500, targets: { pagerduty: { baseDelayMs: 10, maxDelayMs: 40, maxAttempts: 5 } } },
    new SpoolFile(spoolFile),
    { ...observer, deadLettered: (t, k, c, err) => { counts.deadLettered++; logged.push(String((err as Error).message)); } },
  );
  const channel = new PagerDutyChannel({ routingKey: opts.routingKey ?? pd.routingKey, url, requestTimeoutMs: opts.timeoutMs ?? 2000 }, { delivery, logger });
  return { channel, delivery, counts, logger, spoolFile, logged };
}

describe('PagerDutyChannel', () => {
  it('triggers with a stable dedup_key, mapped severity, details and links, then resolves the same alert', async () => {
    const { channel, delivery, counts } = setup();
    const page = testPage();
    channel.notify(page);
    await delivery.drained();
    expect(pd.accepted).toHaveLength(1);
    const e = pd.accepted[0];
    expect(e.event_action).toBe('trigger');
    expect(e.dedup_key).toBe('homeostat-ev-1');
    expect(e.payload!.severity).toBe('critical');
    expect(e.payload!.summary).toBe('CRITICAL DATABASE incident in checkout');
    expect(e.payload!.source).toBe('checkout');
    expect(e.payload!.custom_details).toMatchObject({
      incident_id: 'ev-1',
      explanation: 'Rule db-slow matched: postgresql/orders self time rose 8x.',
      root_service: 'postgresql/orders',
      diagnosis: 'DATABASE (confidence 82%)',
      actions_tried: [expect.stringContaining('restart_service: FAILED')],
    });
    expect(e.links).toEqual([
      { href: 'http://grafana.example:3000/d/homeostat-detection', text: 'Grafana' },
      { href: 'http://homeostat.example:8080/api/events/ev-1', text: 'Incident in Homeostat' },
    ]);
    channel.acknowledge(page, 'alice');
    channel.resolve(page, 'recovered');
    await delivery.drained();
    expect(pd.accepted.map((x) => [x.event_action, x.dedup_key])).toEqual([
      ['trigger', 'homeostat-ev-1'],
      ['acknowledge', 'homeostat-ev-1'],
      ['resolve', 'homeostat-ev-1'],
    ]);
    expect(pd.state().get('homeostat-ev-1')).toBe('resolved');
    expect(counts.deadLettered).toBe(0);
  });

  it('maps every severity onto PagerDuty\'s four', async () => {
    const { channel, delivery } = setup();
    for (const [i, s] of (['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const).entries()) channel.notify(testPage({ incidentId: `ev-${i}`, dedupKey: `k-${i}`, severity: s }));
    await delivery.drained();
    expect(pd.accepted.map((e) => e.payload!.severity)).toEqual(['critical', 'error', 'warning', 'info']);
  });

  it('never sends one event twice: repeats, an ack before any trigger and anything after a resolve are not sent', async () => {
    const { channel, delivery } = setup();
    const page = testPage();
    channel.acknowledge(page, 'alice'); // nothing triggered yet
    channel.notify(page);
    channel.notify(page);
    channel.resolve(page, 'closed');
    channel.resolve(page, 'closed');
    channel.notify(page); // a trigger after resolve would open a new alert
    await delivery.drained();
    expect(pd.requests.map((r) => JSON.parse(r.body).event_action)).toEqual(['trigger', 'resolve']);
    // A re-escalation is a new event (a higher level) and is sent.
    const other = testPage({ incidentId: 'ev-2', dedupKey: 'k-2' });
    channel.notify(other);
    channel.notify({ ...other, level: 1 });
    await delivery.drained();
    expect(pd.accepted.filter((e) => e.dedup_key === 'k-2').map((e) => e.payload!.summary)).toEqual([
      'CRITICAL DATABASE incident in checkout',
      '[re-escalation 1] CRITICAL DATABASE incident in checkout',
    ]);
  });

  it('retries 429 and 500 with backoff and delivers once', async () => {
    const { channel, delivery, counts } = setup();
    pd.faults = [429, 500, 503];
    channel.notify(testPage());
    await delivery.drained();
    expect(pd.requests.map((r) => r.status)).toEqual([429, 500, 503, 202]);
    expect(pd.accepted).toHaveLength(1);
    expect(counts.retried).toBe(3);
    expect(counts.deadLettered).toBe(0);
  });

  it('retries a request that times out', async () => {
    const { channel, delivery } = setup({ timeoutMs: 200 });
    pd.faults = ['timeout'];
    channel.notify(testPage());
    await delivery.drained();
    expect(pd.requests.map((r) => r.status)).toEqual(['timeout', 202]);
    expect(pd.accepted).toHaveLength(1);
  });

  it('does not retry a 400; logs PagerDuty\'s message; the routing key is in no log line or dead letter', async () => {
    // A routing key of the wrong shape: PagerDuty refuses the event.
    const badKey = 'not-a-32-char-key-SECRET-VALUE';
    const { channel, delivery, counts, logger, spoolFile, logged } = setup({ routingKey: badKey });
    channel.notify(testPage());
    await delivery.drained();
    expect(pd.requests.map((r) => r.status)).toEqual([400]);
    expect(counts.deadLettered).toBe(1);
    expect(logger.lines.join('\n')).toContain("'routing_key' is missing or invalid");
    expect(logged.join('\n')).toContain('Event object is invalid');
    const everything = [...logger.lines, ...logged, readFileSync(spoolFile, 'utf8')].join('\n');
    expect(everything).toContain('homeostat-ev-1');
    expect(everything).not.toContain(badKey);
  });
});

describe('the PagerDuty stand-in refuses what the Events API refuses', () => {
  const post = (body: unknown, type = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  it.each([
    ['a non-JSON content type', { routing_key: 'R0123456789abcdef0123456789abcde', event_action: 'resolve', dedup_key: 'k' }, 'text/plain'],
    ['a trigger without summary', { routing_key: 'R0123456789abcdef0123456789abcde', event_action: 'trigger', payload: { source: 's', severity: 'critical' } }, 'application/json'],
    ['an unknown severity', { routing_key: 'R0123456789abcdef0123456789abcde', event_action: 'trigger', payload: { summary: 'x', source: 's', severity: 'HIGH' } }, 'application/json'],
    ['a resolve without dedup_key', { routing_key: 'R0123456789abcdef0123456789abcde', event_action: 'resolve' }, 'application/json'],
    ['a misspelt field', { routing_key: 'R0123456789abcdef0123456789abcde', event_action: 'resolve', dedup_key: 'k', dedupkey: 'k' }, 'application/json'],
  ])('%s', async (_name, body, type) => {
    const res = await post(body, type);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { status: string }).status).toBe('invalid event');
    expect(pd.accepted).toHaveLength(0);
  });
});

// The Slack channel against a contract stand-in for an incoming webhook (contracts, section 5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackChannel } from '../../src/escalate/index.ts';
import { capturingLogger, testPage } from '../helpers/incidents.ts';
import { SLACK_PATH, SlackStandIn } from '../helpers/slack-standin.ts';
import { deliveryCounts, testInfra } from '../helpers/stages.ts';

let slack: SlackStandIn;
let url: string;

beforeEach(async () => {
  slack = new SlackStandIn();
  url = await slack.start();
});

afterEach(async () => {
  await slack.stop();
});

function setup(webhookUrl = url, timeoutMs = 2000) {
  const { counts, observer } = deliveryCounts();
  const logger = capturingLogger();
  const infra = testInfra({ observer, logger, delivery: { drainMs: 500, targets: { slack: { baseDelayMs: 10, maxDelayMs: 40, maxAttempts: 5 } } } });
  const channel = new SlackChannel({ webhookUrl, requestTimeoutMs: timeoutMs }, { delivery: infra.delivery, logger });
  return { channel, delivery: infra.delivery, counts, logger };
}

describe('SlackChannel', () => {
  it('posts one Block Kit message: headline, severity, service, diagnosis, actions tried, buttons', async () => {
    const { channel, delivery } = setup();
    channel.notify(testPage());
    channel.notify(testPage()); // the same event again is not posted
    await delivery.drained();
    expect(slack.messages).toHaveLength(1);
    const m = slack.messages[0];
    expect(m.text).toBe('CRITICAL DATABASE incident in checkout');
    const all = JSON.stringify(m.blocks);
    expect(m.blocks![0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'CRITICAL DATABASE incident in checkout' } });
    expect(all).toContain('*Severity*');
    expect(all).toContain('CRITICAL');
    expect(all).toContain('*Service*\\ncheckout');
    expect(all).toContain('Rule db-slow matched: postgresql/orders self time rose 8x.');
    expect(all).toContain('restart_service: FAILED');
    const actions = m.blocks!.find((b) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.url)).toEqual(['http://grafana.example:3000/d/homeostat-detection', 'http://homeostat.example:8080/api/events/ev-1']);
  });

  it('escapes telemetry so it cannot mention a channel or forge a link', async () => {
    const { channel, delivery } = setup();
    channel.notify(testPage({ message: 'boom <!channel> <https://evil.example|click> & more' }));
    await delivery.drained();
    const all = JSON.stringify(slack.messages[0].blocks);
    expect(all).not.toContain('<!channel>');
    expect(all).toContain('&lt;!channel&gt; &lt;https://evil.example|click&gt; &amp; more');
  });

  it('follows up on acknowledge and resolve, once each', async () => {
    const { channel, delivery } = setup();
    const page = testPage();
    channel.notify(page);
    channel.acknowledge(page, 'alice');
    channel.acknowledge(page, 'alice');
    channel.resolve(page, 'recovered');
    channel.resolve(page, 'recovered');
    await delivery.drained();
    expect(slack.messages.map((m) => m.text)).toEqual([
      'CRITICAL DATABASE incident in checkout',
      ':eyes: Acknowledged by alice: CRITICAL DATABASE incident in checkout',
      ':white_check_mark: Resolved (recovered): CRITICAL DATABASE incident in checkout',
    ]);
  });

  it('retries 429, 500 and a timeout; delivers once', async () => {
    // The stand-in never answers the 'timeout' request, so the client's timeout can be generous:
    // at 200 ms a busy machine timed out answered requests too and delivered twice.
    const { channel, delivery, counts } = setup(url, 1500);
    slack.faults = [429, 500, 'timeout'];
    channel.notify(testPage());
    await delivery.drained();
    expect(slack.statuses).toEqual([429, 500, 'timeout', 200]);
    expect(slack.messages).toHaveLength(1);
    expect(counts.deadLettered).toBe(0);
  });

  it('does not retry a refusal (a removed webhook) and never logs the webhook URL', async () => {
    const gone = url.replace(SLACK_PATH, '/services/T0001/B0001/removedSECRETtoken999');
    const { channel, delivery, counts, logger } = setup(gone);
    channel.notify(testPage());
    await delivery.drained();
    expect(slack.statuses).toEqual([404]);
    expect(counts.deadLettered).toBe(1);
    expect(logger.lines.join('\n')).toContain('no_service');
    expect(logger.lines.join('\n')).not.toContain('removedSECRETtoken999');
  });
});

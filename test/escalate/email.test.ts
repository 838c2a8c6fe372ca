// The email channel against a real SMTP server (the smtp-server package) with authentication:
// the mail arrives with the diagnosis, HTML is escaped, 4xx replies are retried, 5xx and a
// refused login are not, and the password is never logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { EmailChannel } from '../../src/escalate/index.ts';
import { capturingLogger, testPage } from '../helpers/incidents.ts';
import { deliveryCounts, testInfra } from '../helpers/stages.ts';

const USER = 'homeostat';
const PASS = 'sm7p-SECRET-pass';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let server: SMTPServer;
let port: number;
let received: Received[];
/** SMTP replies to give instead of accepting the next messages (e.g. 451, 550). */
let faults: number[];

beforeEach(async () => {
  received = [];
  faults = [];
  server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === USER && auth.password === PASS) cb(null, { user: USER });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const fault = faults.shift();
        if (fault) {
          const err = new Error(fault >= 500 ? 'Mailbox unavailable' : 'Try again later') as Error & { responseCode: number };
          err.responseCode = fault;
          return cb(err);
        }
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function setup(pass = PASS) {
  const { counts, observer } = deliveryCounts();
  const logger = capturingLogger();
  const logged: string[] = [];
  const infra = testInfra({
    observer: { ...observer, deadLettered: (_t, _k, _c, err) => { counts.deadLettered++; logged.push(String((err as Error).message)); } },
    logger,
    delivery: { drainMs: 500, targets: { email: { baseDelayMs: 10, maxDelayMs: 40, maxAttempts: 4 } } },
  });
  const channel = new EmailChannel({ smtpUrl: `smtp://${USER}:${pass}@127.0.0.1:${port}`, from: 'homeostat@example.com', to: ['oncall@example.com', 'sre@example.com'], timeoutMs: 5000 }, { delivery: infra.delivery, logger });
  return { channel, delivery: infra.delivery, counts, logger, logged };
}

describe('EmailChannel against a real SMTP server', () => {
  it('sends the escalation with the diagnosis and what was tried, once', async () => {
    const { channel, delivery, counts } = setup();
    channel.notify(testPage());
    channel.notify(testPage());
    await delivery.drained();
    channel.close();
    expect(received).toHaveLength(1);
    const m = received[0];
    expect(m.from).toBe('homeostat@example.com');
    expect(m.to).toEqual(['oncall@example.com', 'sre@example.com']);
    expect(m.raw).toMatch(/^Subject: \[Homeostat\] CRITICAL DATABASE incident in checkout\r?$/m);
    const unfolded = m.raw.replace(/=\r?\n/g, '');
    expect(unfolded).toContain('Rule db-slow matched: postgresql/orders self time rose 8x.');
    expect(unfolded).toContain('Actions tried: restart_service: FAILED');
    expect(counts.deadLettered).toBe(0);
  });

  it('escapes telemetry in the HTML part', async () => {
    const { channel, delivery } = setup();
    channel.notify(testPage({ message: '<img src=x onerror=alert(1)>' }));
    await delivery.drained();
    channel.close();
    const unfolded = received[0].raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(unfolded).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(unfolded).not.toContain('<td><img');
  });

  it('retries a 4xx reply and delivers once; a 5xx reply is set aside', async () => {
    const { channel, delivery, counts } = setup();
    faults = [451];
    channel.notify(testPage());
    await delivery.drained();
    expect(received).toHaveLength(1);
    expect(counts.retried).toBe(1);
    faults = [550];
    channel.notify(testPage({ incidentId: 'ev-2', dedupKey: 'k-2' }));
    await delivery.drained();
    channel.close();
    expect(received).toHaveLength(1);
    expect(counts.deadLettered).toBe(1);
  });

  it('a refused login is not retried, and the password is in no log or dead letter', async () => {
    const { channel, delivery, counts, logger, logged } = setup('wrong-SECRET-pass');
    channel.notify(testPage());
    await delivery.drained();
    channel.close();
    expect(received).toHaveLength(0);
    expect(counts.deadLettered).toBe(1);
    expect(counts.retried).toBe(0);
    expect(logged.join('\n')).toContain('EAUTH');
    expect([...logger.lines, ...logged].join('\n')).not.toContain('SECRET');
  });
});

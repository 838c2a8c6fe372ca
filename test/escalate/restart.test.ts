// Escalations survive a restart: two stage instances, one after the other, on the same database
// (an embedded PGlite data directory kept between them, and a real PostgreSQL 15 server). What
// was paged is not paged again, a re-escalation that fell due while nothing ran happens, an
// acknowledgement holds, and a page that never went out before the stop goes out after it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EscalationStage } from '../../src/escalate/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { incidentDiagnosis, incidentEvent, documentRules } from '../helpers/incidents.ts';
import { PagerDutyStandIn } from '../helpers/pagerduty-standin.ts';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.ts';
import { SlackStandIn } from '../helpers/slack-standin.ts';
import { testInfra } from '../helpers/stages.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';

const MIN = 60_000;
const RULES = documentRules(['pagerduty', 'slack']);

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

const triggers = () => pd.accepted.filter((e) => e.event_action === 'trigger');

interface Database {
  name: string;
  setup(): Promise<void>;
  /** A fresh connection to the same database, as a restarted process would open. */
  open(): Promise<PostgresHandle>;
  teardown(): Promise<void>;
}

function embedded(): Database {
  let dir = '';
  return {
    name: 'embedded PGlite (data directory kept)',
    async setup() {
      dir = await mkdtemp(join(tmpdir(), 'homeostat-esc-'));
    },
    open: () => openPostgres({ dataDir: join(dir, 'pg') }),
    teardown: () => rm(dir, { recursive: true, force: true }),
  };
}

function server(): Database {
  let s: PostgresServer | undefined;
  return {
    name: 'PostgreSQL 15 server',
    async setup() {
      s = await startPostgresServer();
    },
    open: () => openPostgres({ url: s!.url, dataDir: '' }),
    teardown: async () => void (await s?.stop()),
  };
}

describe.each([embedded(), server()])('escalations across a restart on $name', (db) => {
  beforeAll(() => db.setup(), 120_000);
  afterAll(() => db.teardown());

  let clock = Date.now();

  /** One process's life: connect, migrate, start the stage; `stop` drains and disconnects. */
  async function instance(slackTargets: { maxAttempts?: number } = {}) {
    const pg = await db.open();
    await migratePostgres(pg.pool);
    const infra = testInfra({ pool: pg.pool, delivery: { drainMs: 2000, targets: { pagerduty: { baseDelayMs: 10 }, slack: { baseDelayMs: 10, ...slackTargets } } } });
    const stage = new EscalationStage(
      { rules: RULES, pagerduty: { routingKey: pd.routingKey, url: pdUrl }, slack: { webhookUrl: slackUrl }, links: { grafanaUrl: '', apiUrl: '' }, tickMs: 3_600_000, maxLevel: 3 },
      { ...infra, pool: pg.pool, now: () => clock },
    );
    await stage.start();
    return {
      stage,
      infra,
      pg,
      settle: () => infra.delivery.drained(),
      async stop() {
        await stage.stop();
        await infra.delivery.stop();
        await pg.close();
      },
    };
  }

  it('re-pages at the next level after the restart, without repeating the first page; an ack holds', async () => {
    const id = `ev-${db.name.length}-a`;
    const a = await instance();
    a.infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id, severity: 'CRITICAL', openedAt: clock, updatedAt: clock }));
    a.infra.bus.publish('diagnosis.made', incidentDiagnosis({ eventId: id }));
    await a.settle();
    expect(triggers()).toHaveLength(1);
    expect(slack.messages).toHaveLength(1);
    const escalationId = a.stage.get(id)!.id;
    await a.stop();

    // Down for six minutes: the CRITICAL rule's 5 min passed meanwhile.
    clock += 6 * MIN;
    const b = await instance();
    await b.settle();
    expect(triggers()).toHaveLength(1);
    expect(slack.messages).toHaveLength(1);
    expect(b.stage.get(id)).toMatchObject({ id: escalationId, status: 'open', level: 0, rule: 'critical_errors' });
    b.stage.tick();
    await b.settle();
    expect(triggers().map((e) => e.payload!.summary)).toEqual(['CRITICAL PERFORMANCE incident in checkout', '[re-escalation 1] CRITICAL DATABASE incident in checkout']);
    expect(slack.messages).toHaveLength(2);
    // Ticking again changes nothing before the next timeout.
    b.stage.tick();
    await b.settle();
    expect(triggers()).toHaveLength(2);
    b.stage.acknowledge(id, 'alice', 'api');
    await b.settle();
    expect(pd.state().get(`homeostat-${id}`)).toBe('acknowledged');
    await b.stop();

    clock += 60 * MIN;
    const c = await instance();
    c.stage.tick();
    await c.settle();
    expect(c.stage.get(id)).toMatchObject({ id: escalationId, status: 'acknowledged', acknowledgedBy: 'alice', acknowledgedVia: 'api', level: 1 });
    expect(pd.accepted.map((e) => e.event_action)).toEqual(['trigger', 'trigger', 'acknowledge']);
    expect(slack.messages).toHaveLength(3);
    // The incident closes after the restart: each channel is told once.
    c.infra.bus.publish(EVENT_TOPIC.close, incidentEvent('close', { id, severity: 'CRITICAL', openedAt: clock, updatedAt: clock, closedAt: clock }));
    await c.settle();
    expect(pd.accepted.map((e) => e.event_action)).toEqual(['trigger', 'trigger', 'acknowledge', 'resolve']);
    const rows = await c.pg.pool.query(`SELECT channel, mark FROM escalation_deliveries WHERE incident_id = $1 ORDER BY channel`, [id]);
    expect(rows.rows).toEqual([{ channel: 'pagerduty', mark: 'resolve' }, { channel: 'slack', mark: 'resolve' }]);
    await c.stop();

    const d = await instance();
    await d.settle();
    expect(d.stage.get(id)?.status).toBe('resolved');
    expect(pd.accepted).toHaveLength(4);
    expect(slack.messages).toHaveLength(4);
    await d.stop();
    // Four process lives: each opens and migrates the database (slow for embedded PGlite under load).
  }, 300_000);

  it('a page that had not gone out when the process stopped goes out after the restart, once', async () => {
    const id = `ev-${db.name.length}-b`;
    // Slack fails both attempts: the page is set aside, and no delivery is recorded for it.
    slack.faults = [500, 500];
    const a = await instance({ maxAttempts: 2 });
    a.infra.bus.publish(EVENT_TOPIC.open, incidentEvent('open', { id, severity: 'CRITICAL', openedAt: clock, updatedAt: clock }));
    await a.settle();
    expect(triggers()).toHaveLength(1);
    expect(slack.messages).toHaveLength(0);
    await a.stop();

    const b = await instance();
    await b.settle();
    expect(slack.messages.map((m) => m.text)).toEqual(['CRITICAL PERFORMANCE incident in checkout']);
    expect(triggers()).toHaveLength(1);
    await b.stop();
  }, 180_000);
});

// Updates of one incident: an update that finds nothing does not undo the diagnosis an earlier
// one made (the event keeps its category, no UNKNOWN row is added); an update with new evidence
// still replaces it, until a verified recovery has confirmed a diagnosis.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/diagnose/rules/index.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { testDiagnoseStage } from '../helpers/stages.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-diag-updates-'));
let pg: PostgresHandle;

beforeAll(async () => {
  pg = await openPostgres({ dataDir: path.join(dir, 'pg') });
  await migratePostgres(pg.pool);
});
afterAll(async () => {
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An open incident's row, the events detection would publish for it, and its category as stored. */
async function openIncident(service: string, fingerprint: string) {
  const { rows } = await pg.pool.query<{ id: string }>(
    `INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint) VALUES (now(), 'HIGH', 'x', $1, $2) RETURNING id`,
    [service, fingerprint],
  );
  const id = rows[0].id;
  const now = Date.now();
  const series = `log|${service}|ERROR|rate`;
  const ev = (message: string, action: DetectedEvent['action']): DetectedEvent => ({
    id, action, fingerprint, severity: 'HIGH', category: 'UNKNOWN', sourceComponent: 'detect', serviceName: service,
    seriesKey: series, openedAt: now - 60_000, updatedAt: now, message,
    context: { series, values: [[now, 12]], baselines: { expected: 1 }, scores: { combined: 0.9 }, exemplarTraceIds: [] },
  });
  const category = async () => (await pg.pool.query<{ category: string }>('SELECT category FROM error_events WHERE id = $1', [id])).rows[0].category;
  return { id, ev, category };
}

describe('diagnosis updates of one incident', () => {
  it('an inconclusive update keeps the earlier diagnosis; a conclusive one replaces it', async () => {
    const { id, ev, category } = await openIncident('catalog', 'det:u');
    // No ClickHouse here: diagnosis runs on the event alone (degraded), which is all these rules need.
    const { stage } = testDiagnoseStage({ pool: pg.pool }, { rules: loadRules() });
    const classifications = async () => Number((await pg.pool.query('SELECT count(*) AS n FROM error_classifications WHERE error_event_id = $1', [id])).rows[0].n);

    expect((await stage.consume(ev('ENOSPC: no space left on device', 'open')))?.category).toBe('RESOURCE');
    await stage.flush();
    expect(await category()).toBe('RESOURCE');

    expect(await stage.consume(ev('nothing to see', 'update'))).toBeNull();
    await stage.flush();
    expect(stage.inconclusive).toBe(1);
    expect(await category()).toBe('RESOURCE');
    expect(await classifications()).toBe(1);

    expect((await stage.consume(ev('getaddrinfo ENOTFOUND payments.svc', 'update')))?.category).toBe('NETWORK');
    await stage.flush();
    expect(await category()).toBe('NETWORK');
    expect(await classifications()).toBe(2);
    await stage.stop();
  });

  it("a verified recovery's label confirms the diagnosis its plan was made from, and later updates do not replace it", async () => {
    const { id, ev, category } = await openIncident('inventory', 'det:c');
    const { stage, bus } = testDiagnoseStage({ pool: pg.pool }, { rules: loadRules() });

    const planned = await stage.consume(ev('ENOSPC: no space left on device', 'open'));
    await stage.flush();
    // A later update (the plan's action already running) reads something else.
    expect((await stage.consume(ev('getaddrinfo ENOTFOUND payments.svc', 'update')))?.category).toBe('NETWORK');
    await stage.flush();
    // The action planned from the first diagnosis is verified.
    expect(await stage.label({ eventId: id, source: 'recovery', labelledBy: 'homeostat/recover', diagnosisId: planned!.id })).toBe(true);
    const label = await pg.pool.query('SELECT category FROM diagnosis_labels WHERE error_event_id = $1 AND source = $2', [id, 'recovery']);
    expect(label.rows).toEqual([{ category: 'RESOURCE' }]);
    // The proved diagnosis is said again: the incident's latest is RESOURCE, with its history.
    await stage.flush();
    expect(await category()).toBe('RESOURCE');
    const history = await pg.pool.query('SELECT classification_type AS c FROM error_classifications WHERE error_event_id = $1 ORDER BY classification_timestamp', [id]);
    expect(history.rows.map((r) => r.c)).toEqual(['RESOURCE', 'NETWORK', 'RESOURCE']);
    // The incident subsides: what is left in its window says nothing new.
    expect(await stage.consume(ev('connect ECONNREFUSED 10.0.0.7:5432', 'update'))).toBeNull();
    // Also once it has closed: an update that was already queued when the close came.
    bus.publish(EVENT_TOPIC.close, { ...ev('x', 'close'), closedAt: Date.now() });
    expect(await stage.consume(ev('connect ECONNREFUSED 10.0.0.7:5432', 'update'))).toBeNull();
    await stage.flush();
    expect(await category()).toBe('RESOURCE');
    await stage.stop();
  });
});

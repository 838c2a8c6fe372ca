// The classifier's training read (loadLabels) skips an event a person said was not an incident,
// also when a verified recovery had labelled it; a later category from the person restores it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgres, type PostgresHandle } from '../../../src/store/postgres/client.ts';
import { migratePostgres } from '../../../src/store/postgres/migrate.ts';
import { loadLabels, saveLabel, saveNotAnIncident } from '../../../src/store/postgres/models.ts';

let dir: string;
let pg: PostgresHandle;
const ids: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-fp-labels-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  for (const [i, cat] of ['DATABASE', 'NETWORK', 'RESOURCE'].entries()) {
    const { rows } = await pg.pool.query<{ id: string }>(
      `INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint) VALUES (now(), 'HIGH', 'm', 'svc', $1) RETURNING id::text AS id`,
      [`fp-${i}`],
    );
    ids.push(rows[0].id);
    await pg.pool.query(
      `INSERT INTO error_classifications (error_event_id, classification_type, confidence_score, classifier_version, explanation) VALUES ($1, $2, 0.9, 'rules-v1', $3)`,
      [rows[0].id, cat, JSON.stringify({ text: 'x', featureVersion: 1, features: [i] })],
    );
    // A verified recovery confirmed every diagnosis.
    expect(await saveLabel(pg.pool, { eventId: rows[0].id, source: 'recovery' })).toBe(true);
  }
});

afterAll(async () => {
  await pg.close();
  await rm(dir, { recursive: true, force: true });
});

const trained = async () => (await loadLabels(pg.pool, 1)).map((l) => [l.eventId, l.category]).sort();

it('leaves an event labelled not an incident out of training, recovery label and all', async () => {
  expect(await trained()).toHaveLength(3);
  expect(await saveNotAnIncident(pg.pool, ids[1], 'alice')).toEqual({ found: true, closed: true });
  expect(await trained()).toEqual([[ids[0], 'DATABASE'], [ids[2], 'RESOURCE']].sort());
  // Saying it twice changes nothing; the event is already closed.
  expect(await saveNotAnIncident(pg.pool, ids[1], 'alice')).toEqual({ found: true, closed: false });
  expect(await saveNotAnIncident(pg.pool, '00000000-0000-4000-8000-000000000000', 'alice')).toEqual({ found: false, closed: false });
});

it('a category from the person puts the event back, under that category', async () => {
  expect(await saveLabel(pg.pool, { eventId: ids[1], source: 'human', category: 'API', labelledBy: 'alice' })).toBe(true);
  expect(await trained()).toEqual([[ids[0], 'DATABASE'], [ids[1], 'API'], [ids[2], 'RESOURCE']].sort());
});

it('the schema refuses a not-an-incident row with a category or from a recovery', async () => {
  await expect(pg.pool.query(`INSERT INTO diagnosis_labels (error_event_id, category, source, not_an_incident) VALUES ($1, 'API', 'human', true)`, [ids[2]])).rejects.toThrow(/diagnosis_labels_verdict_check/);
  await expect(pg.pool.query(`UPDATE diagnosis_labels SET not_an_incident = true, category = NULL, features = NULL WHERE error_event_id = $1 AND source = 'recovery'`, [ids[2]])).rejects.toThrow(/diagnosis_labels_verdict_check/);
});

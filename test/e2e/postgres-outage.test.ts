// A 60-second PostgreSQL outage while Homeostat works: incidents keep opening, updating and
// closing, telemetry keeps arriving. Nothing detection decided may be lost, and each incident's
// writes must land in order once the server is back: the row ends in its last state with every
// update counted, and the audit trail tells each incident's story open → updates → close.
// A real PostgreSQL 15 server is stopped and started by the test.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/audit/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import type { DetectStage } from '../../src/detect/index.ts';
import { Pipeline } from '../../src/pipeline.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { createLogger } from '../../src/telemetry/index.ts';
import { startRestartablePostgres, type RestartablePostgres } from '../helpers/postgres-server.ts';

const OUTAGE_MS = 60_000;
let server: RestartablePostgres;
let dir: string;
let pipeline: Pipeline;

beforeAll(async () => {
  server = await startRestartablePostgres();
  dir = await mkdtemp(join(tmpdir(), 'homeostat-outage-'));
  const config = parseConfig({
    receiver: { grpc: { enabled: false }, http: { host: '127.0.0.1', port: 0 } },
    storage: { clickhouse: { data_dir: join(dir, 'ch'), batch: { max_delay_ms: 50 } }, postgres: { url: server.url } },
    api: { enabled: false },
    telemetry: { log_level: 'silent' },
    self_healing: { monitoring: { step: '1s' }, diagnosis: { enabled: false } },
    delivery: { spool_file: join(dir, 'dead-letters.jsonl') },
  }, {});
  pipeline = new Pipeline(config, createLogger('silent'));
  await pipeline.start();
}, 180_000);

afterAll(async () => {
  await pipeline?.stop();
  await server?.dispose();
  await rm(dir, { recursive: true, force: true });
});

function incident(n: number): DetectedEvent {
  const t = Date.now();
  return {
    id: randomUUID(), action: 'open', fingerprint: `det:outage-${n}`, severity: 'MEDIUM', category: 'DATABASE', message: `incident ${n}`,
    sourceComponent: 'GET /orders', serviceName: `svc-${n % 3}`, seriesKey: `span|svc-${n % 3}|GET /orders|error_rate`,
    openedAt: t, updatedAt: t, context: { series: 'x', values: [[t, n]], baselines: {}, scores: { combined: 0.9 }, exemplarTraceIds: [] },
  };
}

describe('a 60-second Postgres outage during traffic', () => {
  it('loses no open, update or close, and keeps each incident in order', async () => {
    const detect = pipeline.detectStage as DetectStage;
    const pool = pipeline.postgresHandle!.pool;
    const story = new Map<string, { ev: DetectedEvent; updates: number; closed: boolean }>();
    const emit = (ev: DetectedEvent) => detect.publish(ev);
    // Before, during and after the outage: opens, a few updates each, some closes.
    const step = (n: number) => {
      const ev = incident(n);
      emit(ev);
      story.set(ev.id, { ev, updates: 0, closed: false });
      for (const s of story.values()) {
        if (s.closed) continue;
        if (s.updates < 3) {
          s.updates++;
          emit({ ...s.ev, action: 'update', severity: s.updates === 3 ? 'HIGH' : 'MEDIUM', updatedAt: Date.now() });
        } else {
          s.closed = true;
          emit({ ...s.ev, action: 'close', severity: 'HIGH', updatedAt: Date.now(), closedAt: Date.now() });
        }
      }
    };
    let n = 0;
    for (; n < 3; n++) step(n);
    await server.stop();
    const until = Date.now() + OUTAGE_MS;
    while (Date.now() < until) {
      step(n++);
      await new Promise((r) => setTimeout(r, 2_000));
    }
    expect(pipeline.deliveryQueue!.available('postgres')).toBe(false);
    expect(pipeline.deliveryQueue!.targetDepth('postgres')).toBeGreaterThan(0);
    await server.start();
    for (; n < 36; n++) step(n);
    await pipeline.deliveryQueue!.drained();

    const rows = await pool.query<{ id: string; status: string; severity: string; n: number }>(
      `SELECT id::text AS id, status, severity::text AS severity, occurrence_count::int AS n FROM error_events WHERE fingerprint LIKE 'det:outage-%'`,
    );
    expect(rows.rows).toHaveLength(story.size);
    for (const r of rows.rows) {
      const s = story.get(r.id)!;
      expect(r.status).toBe(s.closed ? 'closed' : 'open');
      expect(r.n).toBe(1 + s.updates);
      // The last write wins: the third update and the close both say HIGH.
      expect(r.severity).toBe(s.updates === 3 ? 'HIGH' : 'MEDIUM');
    }
    const trail = await pool.query<{ entity_id: string; action: string }>(`SELECT entity_id, action_type AS action FROM healing_audit_trail ORDER BY seq`);
    for (const [id, s] of story) {
      const expected = ['event.open', ...Array<string>(s.updates).fill('event.update'), ...(s.closed ? ['event.close'] : [])];
      expect(trail.rows.filter((r) => r.entity_id === id).map((r) => r.action)).toEqual(expected);
    }
    expect((await verifyAuditTrail(pool)).ok).toBe(true);
    const dead = await pool.query('SELECT count(*)::int AS n FROM delivery_dead_letters');
    expect(dead.rows[0].n).toBe(0);
  }, 240_000);
});

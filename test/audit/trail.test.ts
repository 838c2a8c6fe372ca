import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/store/postgres/canonical.ts';
import { AuditTrail, entryHash } from '../../src/audit/trail.ts';
import { verifyAuditTrail } from '../../src/audit/verify.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { AuditStage } from '../../src/audit/index.ts';
import { countDeadLetters, eventWrite } from '../../src/store/index.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { testInfra } from '../helpers/stages.ts';
import type { DetectedEvent, Diagnosis } from '../../src/records.ts';

let dir: string;
let pg: PostgresHandle;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-audit-'));
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
});

afterAll(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and maps values jsonb cannot hold', () => {
    expect(canonicalJson({ b: 1, a: { d: [NaN, Infinity, -0], c: 'x\u0000y' }, u: undefined })).toBe('{"a":{"c":"xy","d":[null,null,0]},"b":1}');
  });
});

describe('audit trail', () => {
  it('chains entries appended concurrently and verifies them', async () => {
    const trail = new AuditTrail(pg.pool);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => trail.append({ actor: 'test', action: 'event.open', entityType: 'error_event', entityId: `e${i}`, details: { i, ratio: i / 3, tags: ['a', 'b'], odd: 'ü\u0000' } })),
    );
    expect(new Set(results.map((r) => r.hash)).size).toBe(20);
    const v = await verifyAuditTrail(pg.pool);
    expect(v).toEqual({ ok: true, scope: 'full', checked: 20, rows: 20, checkpoint: { status: 'unkeyed' } });
    const rows = await pg.pool.query('SELECT prev_hash, hash FROM healing_audit_trail ORDER BY seq');
    for (let i = 1; i < rows.rows.length; i++) expect(rows.rows[i].prev_hash).toBe(rows.rows[i - 1].hash);
    expect(rows.rows[0].prev_hash).toBeNull();
  });

  it('appends a batch in its order in one transaction, all of it or none', async () => {
    const trail = new AuditTrail(pg.pool);
    const count = async () => Number((await pg.pool.query('SELECT count(*)::int AS n FROM healing_audit_trail')).rows[0].n);
    const before = await count();
    const entry = (id: string) => ({ actor: 'test', action: 'batch', entityType: 'error_event', entityId: id, details: { id } });
    await expect(trail.appendMany([entry('m0'), entry('bad\u0000id'), entry('m2')])).rejects.toThrow();
    expect(await count()).toBe(before);
    const out = await trail.appendMany(['m0', 'm1', 'm2', 'm3'].map(entry));
    const rows = await pg.pool.query<{ id: string; hash: string; entity_id: string }>(`SELECT seq::text AS id, hash, entity_id FROM healing_audit_trail WHERE action_type = 'batch' ORDER BY healing_audit_trail.seq`);
    expect(rows.rows.map((r) => r.entity_id)).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect(out).toEqual(rows.rows.map((r) => ({ id: r.id, hash: r.hash })));
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
  });

  it('the stage writes what was published during a write together, in publish order, and sets aside only an entry the database refuses', async () => {
    const infra = testInfra({ pool: pg.pool });
    const auditStage = new AuditStage({ pool: pg.pool, ...infra });
    await auditStage.start();
    const deadBefore = await countDeadLetters(pg.pool, 'postgres');
    const ev = (i: number): DetectedEvent => ({
      id: i === 140 ? 'bad\u0000id' : `7c0a3a35-3f7e-4c51-9f1e-6f4f6f1f${String(i).padStart(4, '0')}`, action: 'open', fingerprint: `det:batch-${i}`, severity: 'LOW', category: 'API',
      message: 'm', sourceComponent: '', serviceName: 's', seriesKey: 'k', openedAt: 0, updatedAt: 0, context: { series: 'k', values: [], baselines: {}, scores: {}, exemplarTraceIds: [] },
    });
    for (let i = 0; i < 150; i++) infra.bus.publish(EVENT_TOPIC.open, ev(i));
    await infra.delivery.drained();
    await auditStage.stop();
    const rows = await pg.pool.query<{ entity_id: string }>(`SELECT entity_id FROM healing_audit_trail WHERE action_details->>'fingerprint' LIKE 'det:batch-%' ORDER BY healing_audit_trail.seq`);
    const expected = Array.from({ length: 150 }, (_, i) => i).filter((i) => i !== 140).map((i) => ev(i).id);
    expect(rows.rows.map((r) => r.entity_id)).toEqual(expected);
    expect(await countDeadLetters(pg.pool, 'postgres')).toBe(deadBefore + 1);
    // The first entry's write began at once; the next hundred, published meanwhile, went in one
    // transaction; the last batch held the refused entry and was written entry by entry.
    const tx = await pg.pool.query<{ n: number }>(`SELECT count(DISTINCT xmin::text)::int AS n FROM healing_audit_trail WHERE action_details->>'fingerprint' LIKE 'det:batch-%'`);
    expect(tx.rows[0].n).toBe(1 + 1 + 48);
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
  });

  it('hash covers the content and the previous hash', () => {
    const e = { occurredAt: new Date(0), actor: 'a', action: 'x', entityType: 't', entityId: '1', details: { k: 1 } };
    expect(entryHash(null, e)).not.toBe(entryHash('00', e));
    expect(entryHash(null, e)).not.toBe(entryHash(null, { ...e, details: { k: 2 } }));
  });

  it('writes events to error_events once per incident with an audit entry per action', async () => {
    // As the pipeline does it: detection queues the row and publishes; the audit stage appends.
    const infra = testInfra({ pool: pg.pool });
    const auditStage = new AuditStage({ pool: pg.pool, ...infra });
    await auditStage.start();
    const emit = (ev: DetectedEvent) => {
      infra.delivery.send(eventWrite(pg.pool, ev));
      infra.bus.publish(EVENT_TOPIC[ev.action], ev);
    };
    const base: DetectedEvent = {
      id: '5b0a3a35-3f7e-4c51-9f1e-6f4f6f1f0001', action: 'open', fingerprint: 'det:test-1', severity: 'HIGH', category: 'PERFORMANCE',
      message: 'p95 high', sourceComponent: 'GET /a', serviceName: 'svc', seriesKey: 'span|svc|GET /a|p95_ms', openedAt: Date.now() - 60_000,
      updatedAt: Date.now() - 60_000, context: { series: 'span|svc|GET /a|p95_ms', values: [[1, 2]], baselines: { median: 100 }, scores: { combined: 0.9 }, exemplarTraceIds: ['abc'] },
    };
    emit(base);
    emit({ ...base, action: 'update', severity: 'CRITICAL', updatedAt: Date.now() - 30_000 });
    emit({ ...base, action: 'close', updatedAt: Date.now(), closedAt: Date.now() });
    await infra.delivery.drained();
    await auditStage.stop();
    const rows = await pg.pool.query(`SELECT status, severity::text, occurrence_count::int AS n, trace_ids, context FROM error_events WHERE fingerprint = 'det:test-1'`);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ status: 'closed', n: 2, trace_ids: ['abc'] });
    expect(rows.rows[0].context.baselines.median).toBe(100);
    const audit = await pg.pool.query(`SELECT action_type AS action FROM healing_audit_trail WHERE entity_id = $1 ORDER BY seq`, [base.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['event.open', 'event.update', 'event.close']);
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
  });

  it('records each escalation (rule, level, channels) in the trail', async () => {
    const infra = testInfra({ pool: pg.pool });
    const auditStage = new AuditStage({ pool: pg.pool, ...infra });
    await auditStage.start();
    const eventId = '5b0a3a35-3f7e-4c51-9f1e-6f4f6f1f0e5c';
    for (const level of [0, 1]) {
      infra.bus.publish('escalation.raised', { escalationId: 'esc-1', eventId, rule: 'critical_errors', action: 'immediate_human_notification', level, channels: ['pagerduty'], reason: 'severity is CRITICAL', at: Date.now() });
    }
    await infra.delivery.drained();
    await auditStage.stop();
    const audit = await pg.pool.query(`SELECT actor, action_type AS action, action_details AS details FROM healing_audit_trail WHERE entity_id = $1 ORDER BY seq`, [eventId]);
    expect(audit.rows).toMatchObject([
      { actor: 'escalate', action: 'escalation.raised', details: { rule: 'critical_errors', level: 0, channels: ['pagerduty'] } },
      { actor: 'escalate', action: 'escalation.raised', details: { level: 1 } },
    ]);
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
  });

  it('an event with U+0000 in its service name and message is stored (as U+FFFD) with its audit row, not dropped', async () => {
    const infra = testInfra({ pool: pg.pool });
    const auditStage = new AuditStage({ pool: pg.pool, ...infra });
    await auditStage.start();
    const ev = {
      id: '5b0a3a35-3f7e-4c51-9f1e-6f4f6f1f0042', action: 'open', fingerprint: 'det:nul\u0000', severity: 'HIGH', category: 'API', message: 'boom\u0000 at the end',
      sourceComponent: 'GET /\u0000', serviceName: 'svc\u0000x', seriesKey: 'span|svc\u0000x|GET /|error_rate', openedAt: Date.now(), updatedAt: Date.now(),
      context: { series: 'k\u0000', values: [], baselines: {}, scores: {}, exemplarTraceIds: ['t\u0000'], note: 'a\u0000b' },
    } as DetectedEvent;
    infra.delivery.send(eventWrite(pg.pool, ev));
    infra.bus.publish(EVENT_TOPIC.open, ev);
    await infra.delivery.drained();
    await auditStage.stop();
    const row = await pg.pool.query(`SELECT service_name, message, context FROM error_events WHERE id = $1`, [ev.id]);
    expect(row.rows[0]).toMatchObject({ service_name: 'svc\uFFFDx', message: 'boom\uFFFD at the end' });
    // Context is stored canonicalised (canonical.ts drops NUL inside JSON documents).
    expect(row.rows[0].context.note).toBe('ab');
    const audit = await pg.pool.query(`SELECT action_details AS details FROM healing_audit_trail WHERE entity_id = $1`, [ev.id]);
    expect(audit.rows[0].details.service).toBe('svc\uFFFDx');
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
  });

  it("records a diagnosis with the seed's result and impact_assessment, both under the hash", async () => {
    const infra = testInfra({ pool: pg.pool });
    const auditStage = new AuditStage({ pool: pg.pool, ...infra });
    await auditStage.start();
    const eventId = '5b0a3a35-3f7e-4c51-9f1e-6f4f6f1f0077';
    const d: Diagnosis = {
      id: 'diag-77', eventId, fingerprint: 'det:77', action: 'open', serviceName: 'checkout', category: 'DATABASE', probableCauses: [], recommendedActions: [],
      confidence: 0.55, rootCause: { service: 'postgresql/orders', kind: 'database', score: 0.9, evidence: null, alternatives: [] },
      impact: { affectedServices: ['checkout', 'frontend'], affectedEndpoints: [{ service: 'frontend', endpoint: 'GET /', traces: 3 }], systemImpact: 0.2, userFacing: true, affectedTraces: 3, sampledTraces: 10 },
      needsApproval: true, classifierVersion: 'rules-v1', explanation: 'x', rule: { id: 'r', category: 'DATABASE', confidence: 0.55 }, model: null, disagreement: null,
      features: [], featureVersion: 1, template: null, exemplarTraceIds: [], diagnosedAt: Date.now(),
    };
    infra.bus.publish('diagnosis.made', d);
    await infra.delivery.drained();
    await auditStage.stop();
    const { rows } = await pg.pool.query(`SELECT seq::text AS seq, error_event_id, result, impact_assessment FROM healing_audit_trail WHERE entity_id = $1`, [eventId]);
    expect(rows).toEqual([
      {
        seq: expect.any(String),
        error_event_id: eventId,
        result: 'needs_approval',
        impact_assessment: {
          affected_services: ['checkout', 'frontend'], affected_endpoints: [{ service: 'frontend', endpoint: 'GET /', traces: 3 }],
          system_impact: 0.2, user_facing: true, affected_traces: 3, sampled_traces: 10,
        },
      },
    ]);
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
    await pg.pool.query(`UPDATE healing_audit_trail SET impact_assessment = jsonb_set(impact_assessment, '{system_impact}', '0.01') WHERE seq = $1`, [rows[0].seq]);
    expect((await verifyAuditTrail(pg.pool)).firstBroken).toEqual({ id: rows[0].seq, reason: 'hash_mismatch' });
    await pg.pool.query(`UPDATE healing_audit_trail SET impact_assessment = jsonb_set(impact_assessment, '{system_impact}', '0.2') WHERE seq = $1`, [rows[0].seq]);
    expect((await verifyAuditTrail(pg.pool)).ok).toBe(true);
  });

  it('an event beyond the delivery queue bound is refused and kept as a dead letter', async () => {
    const { delivery } = testInfra({ pool: pg.pool, delivery: { maxItems: 0 } });
    const ev = { id: '5b0a3a35-3f7e-4c51-9f1e-6f4f6f1f0009', action: 'open', fingerprint: 'det:overflow', severity: 'LOW', category: 'API', message: 'm', sourceComponent: '', serviceName: 's', seriesKey: 'k', openedAt: 0, updatedAt: 0, context: { series: 'k', values: [], baselines: {}, scores: {}, exemplarTraceIds: [] } } as DetectedEvent;
    const before = await countDeadLetters(pg.pool, 'postgres');
    expect(delivery.send(eventWrite(pg.pool, ev))).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(await countDeadLetters(pg.pool, 'postgres')).toBe(before + 1);
  });

  it('reports the first broken link after tampering (edited content, then a removed row)', async () => {
    const before = await pg.pool.query<{ id: string }>('SELECT t.seq::text AS id FROM healing_audit_trail t ORDER BY t.seq');
    const victim = before.rows[5].id;
    await pg.pool.query(`UPDATE healing_audit_trail SET action_details = jsonb_set(action_details, '{i}', '999') WHERE seq = $1`, [victim]);
    const edited = await verifyAuditTrail(pg.pool);
    expect(edited.ok).toBe(false);
    expect(edited.firstBroken).toMatchObject({ id: victim, reason: 'hash_mismatch' });
    expect(edited.checked).toBe(5);
    // Names the row and the reason, never a hash a forger could aim for.
    expect(JSON.stringify(edited)).not.toMatch(/[0-9a-f]{64}/);
    // Removing a row (even with the edit undone) breaks the next row's prev_hash link.
    await pg.pool.query('DELETE FROM healing_audit_trail WHERE seq = $1', [victim]);
    const removed = await verifyAuditTrail(pg.pool);
    expect(removed.firstBroken).toMatchObject({ id: before.rows[6].id, reason: 'prev_hash_mismatch' });
    expect(JSON.stringify(removed)).not.toMatch(/[0-9a-f]{64}/);
  });
});

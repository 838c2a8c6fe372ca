// The learned classifier: trains, predicts, survives a JSON round trip through Postgres
// (PGlite), retrains from stored labels only once there are enough; fusion with rules and
// the low-confidence flag.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuse } from '../../src/diagnose/classifier-fusion.ts';
import { ModelManager } from '../../src/diagnose/classifier-trainer.ts';
import { CategoryClassifier, type LabelledSample } from '../../src/diagnose/classifier.ts';
import { diagnoseEvent } from '../../src/diagnose/engine.ts';
import type { Diagnosis } from '../../src/records.ts';
import { FEATURE_LENGTH, FEATURE_VERSION } from '../../src/diagnose/features.ts';
import { loadRules, type AssignedCategory, type RuleDiagnosis } from '../../src/diagnose/rules/index.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { insertClassification } from '../../src/store/postgres/classifications.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { loadActiveModel, saveActiveModel, saveLabel } from '../../src/store/postgres/models.ts';

// Three separable classes: each lights its own block of features, plus a little noise.
const CLASSES: AssignedCategory[] = ['DATABASE', 'NETWORK', 'AUTHENTICATION'];
function vector(c: AssignedCategory, i: number): number[] {
  const v = new Array<number>(FEATURE_LENGTH).fill(0);
  const k = CLASSES.indexOf(c);
  for (let j = 0; j < 5; j++) v[40 + k * 5 + j] = 1;
  v[(i * 7) % FEATURE_LENGTH] = (i % 3) / 3;
  return v;
}
const samples = (n: number): LabelledSample[] => Array.from({ length: n }, (_, i) => ({ category: CLASSES[i % 3], features: vector(CLASSES[i % 3], i) }));

describe('CategoryClassifier', () => {
  it('learns, predicts with vote shares, and round-trips through JSON', () => {
    const model = CategoryClassifier.train(samples(30), { nEstimators: 15, version: 'rf-test-1', now: 1 });
    expect(model.version).toBe('rf-test-1');
    expect(model.doc.holdoutAccuracy).toBe(1);
    for (const c of CLASSES) {
      const p = model.predict(vector(c, 999));
      expect(p.category).toBe(c);
      expect(p.probability).toBeGreaterThan(0.5);
      expect(Object.values(p.distribution).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
    const again = CategoryClassifier.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    expect(again.predict(vector('NETWORK', 5))).toEqual(model.predict(vector('NETWORK', 5)));
  });

  it('refuses vectors and documents of another feature layout', () => {
    const model = CategoryClassifier.train(samples(12), { nEstimators: 5 });
    expect(() => model.predict([1, 2, 3])).toThrow(/expected \d+ features/);
    expect(() => CategoryClassifier.fromJSON({ ...model.toJSON(), featureVersion: FEATURE_VERSION + 1 })).toThrow(/feature version/);
    expect(() => CategoryClassifier.train(samples(3).map((s) => ({ ...s, category: 'DATABASE' as AssignedCategory })))).toThrow(/two categories/);
  });
});

describe('fusion', () => {
  const rule = (category: RuleDiagnosis['category'], confidence: number): RuleDiagnosis => ({
    ruleId: category === 'UNKNOWN' ? null : 'r', category, probableCauses: [], confidence, recommendedActions: [], condition: null, evidence: [], explanation: '', matches: [],
  });
  const model = CategoryClassifier.train(samples(30), { nEstimators: 15 });

  it('uses the rule alone without a model, and says UNKNOWN with zero confidence when nothing matched', () => {
    expect(fuse(rule('DATABASE', 0.92), null, null)).toMatchObject({ category: 'DATABASE', confidence: 0.92, source: 'rules', disagreement: null });
    expect(fuse(rule('UNKNOWN', 0), null, null)).toMatchObject({ category: 'UNKNOWN', confidence: 0, source: 'none' });
  });

  it('agreement raises confidence; disagreement is recorded and a proven model can win', () => {
    const p = model.predict(vector('NETWORK', 1));
    const agree = fuse(rule('NETWORK', 0.7), p, 0.9);
    expect(agree.category).toBe('NETWORK');
    expect(agree.confidence).toBeGreaterThan(0.7);
    expect(agree.disagreement).toBeNull();
    const clash = fuse(rule('INTEGRATION', 0.68), p, 0.9);
    expect(clash.category).toBe('NETWORK');
    expect(clash.source).toBe('model');
    expect(clash.disagreement).toMatchObject({ ruleCategory: 'INTEGRATION', modelCategory: 'NETWORK', chosen: 'NETWORK' });
    // An untested model does not override a confident specific rule.
    const weak = fuse(rule('DATABASE', 0.95), p, null);
    expect(weak.category).toBe('DATABASE');
    expect(weak.disagreement?.chosen).toBe('DATABASE');
  });

  it('flags diagnoses below the confidence threshold for approval', async () => {
    const event: DetectedEvent = {
      id: randomUUID(), action: 'open', fingerprint: 'f', severity: 'HIGH', category: 'API', sourceComponent: 'detect',
      serviceName: 'checkout', seriesKey: 'log|checkout|ERROR|rate', openedAt: Date.now(), updatedAt: Date.now(),
      message: 'something odd happened', context: { series: 's', values: [], baselines: {}, scores: {}, exemplarTraceIds: [] },
    };
    const rules = loadRules();
    const vague = await diagnoseEvent(event, { rules, fetchWindow: null, classifier: null, miner: null, confidenceThreshold: 0.7 });
    expect(vague).toMatchObject({ category: 'UNKNOWN', needsApproval: true, classifierVersion: 'rules-v1' });
    const clear = await diagnoseEvent({ ...event, message: 'timeout acquiring connection from pool' }, { rules, fetchWindow: null, classifier: null, miner: null, confidenceThreshold: 0.7 });
    expect(clear).toMatchObject({ category: 'DATABASE', needsApproval: false });
    expect(clear.explanation).toContain('db-pool-exhausted');
    const strict = await diagnoseEvent({ ...event, message: 'timeout acquiring connection from pool' }, { rules, fetchWindow: null, classifier: null, miner: null, confidenceThreshold: 0.95 });
    expect(strict.needsApproval).toBe(true);
    expect(strict.explanation).toMatch(/Needs approval/);
  });
});

describe('persistence and retraining in Postgres (PGlite)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-classifier-'));
  let pg: PostgresHandle;
  let pool: pg.Pool;
  beforeAll(async () => {
    pg = await openPostgres({ dataDir: dir });
    pool = pg.pool;
    await migratePostgres(pool);
  });
  afterAll(async () => {
    await pg?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function classifiedEvent(category: AssignedCategory, features: number[]): Promise<string> {
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO error_events ("timestamp", severity, message, service_name, fingerprint) VALUES (now(), 'HIGH', 'm', 'svc', $1) RETURNING id`,
      [randomUUID()],
    );
    const d = { id: randomUUID(), eventId: rows[0].id, fingerprint: 'fp-test', category, confidence: 0.5, probableCauses: [], classifierVersion: 'rules-v1', features, featureVersion: FEATURE_VERSION, rootCause: { service: 'svc', kind: 'service' } } as unknown as Diagnosis;
    await insertClassification(pool, d);
    return rows[0].id;
  }

  it('stores and reloads the active model', async () => {
    const model = CategoryClassifier.train(samples(24), { nEstimators: 8, version: 'rf-stored' });
    await saveActiveModel(pool, model.toJSON());
    const doc = await loadActiveModel<ReturnType<typeof model.toJSON>>(pool);
    expect(doc?.version).toBe('rf-stored');
    expect(CategoryClassifier.fromJSON(doc!).predict(vector('AUTHENTICATION', 3))).toEqual(model.predict(vector('AUTHENTICATION', 3)));
  });

  it('labels copy the diagnosed features; retrains only with enough labels; a new manager reloads the version', async () => {
    const settings = { enabled: true, modelUpdateMs: 0, confidenceThreshold: 0.7, minTrainingSamples: 24 };
    const manager = new ModelManager(pool, settings);
    const ids: string[] = [];
    for (const s of samples(24)) ids.push(await classifiedEvent(s.category === 'NETWORK' ? 'INTEGRATION' : s.category, s.features));
    // Recovery outcomes confirm the diagnosed category; people correct the wrong ones.
    for (const [i, id] of ids.entries()) {
      if (i === 23) break;
      expect(await manager.current()).toBeNull();
      await saveLabel(pool, { eventId: id, source: 'recovery' });
    }
    expect(await manager.retrain()).toMatchObject({ trained: false, samples: 23 });
    await saveLabel(pool, { eventId: ids[23], source: 'recovery' });
    for (const [i, id] of ids.entries()) if (CLASSES[i % 3] === 'NETWORK') await saveLabel(pool, { eventId: id, category: 'NETWORK', source: 'human', labelledBy: 'oncall' });
    expect(await saveLabel(pool, { eventId: randomUUID(), source: 'human', category: 'DATABASE' })).toBe(false);

    const out = await manager.retrain();
    expect(out).toMatchObject({ trained: true, samples: 24 });
    expect(manager.current()?.predict(vector('NETWORK', 77)).category).toBe('NETWORK');
    const other = new ModelManager(pool, settings);
    expect(await other.load()).toBe(true);
    expect(other.current()?.version).toBe(out.version);
    const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM diagnosis_models WHERE active');
    expect(Number(rows[0].n)).toBe(1);
  });

  it('retrains on its schedule and serves the new version; disabled learning serves none', async () => {
    const scheduled = new ModelManager(pool, { enabled: true, modelUpdateMs: 20, confidenceThreshold: 0.7, minTrainingSamples: 24 });
    expect(scheduled.current()).toBeNull();
    scheduled.startSchedule();
    try {
      while (scheduled.current() === null) await new Promise((r) => setTimeout(r, 20));
    } finally {
      scheduled.stop();
    }
    expect(scheduled.current()?.doc.samples).toBe(24);
    const off = new ModelManager(pool, { enabled: false, modelUpdateMs: 20, confidenceThreshold: 0.7, minTrainingSamples: 24 });
    expect(await off.load()).toBe(true);
    expect(off.current()).toBeNull();
  });
});

// What the recover tests share: a real flaky service (a child process), a stand-in for detection
// that closes the incident only when that service really answers healthy again, diagnoses and
// events as the upstream stages would hand them over, and the stage's options.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { Diagnosis, DetectedEvent } from '../../src/records.ts';
import type { RecoverStageOptions, RiskLevelPolicy } from '../../src/recover/index.ts';
import type { Bus } from '../../src/topics.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/recover/', import.meta.url));

export interface Flaky {
  url: string;
  calls(): Promise<Array<{ action: string; query: Record<string, string>; body: unknown; auth: string | null }>>;
  healthy(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Starts test/fixtures/recover/flaky-service.mjs: unhealthy until one of `fixes` is POSTed to it. */
export async function startFlaky(fixes: string[]): Promise<Flaky> {
  const child: ChildProcess = spawn(process.execPath, [`${FIXTURES}flaky-service.mjs`, ...fixes], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (b: Buffer) => resolve(Number(b.toString().trim())));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    calls: async () => (await (await fetch(`${url}/calls`)).json()) as Awaited<ReturnType<Flaky["calls"]>>,
    healthy: async () => (await fetch(`${url}/health`)).status === 200,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Detection's part, as far as recovery sees it: the incident closes (row and topic) once the
 * service answers healthy. It never looks at what recovery did, only at the service.
 */
export function closeWhenHealthy(flaky: Flaky, pool: pg.Pool, buses: Bus[], ev: DetectedEvent): () => void {
  let stopped = false;
  const tick = async () => {
    while (!stopped) {
      if (await flaky.healthy().catch(() => false)) {
        await pool.query(`UPDATE error_events SET status = 'closed', closed_at = now() WHERE id = $1`, [ev.id]);
        const now = Date.now();
        for (const b of buses) b.publish('event.closed', { ...ev, action: 'close', updatedAt: now, closedAt: now });
        return;
      }
      await new Promise((r) => setTimeout(r, 40));
    }
  };
  void tick();
  return () => void (stopped = true);
}

export async function insertEvent(pool: pg.Pool, service: string): Promise<DetectedEvent> {
  const fingerprint = `test|${service}|${randomUUID()}`;
  const r = await pool.query(`INSERT INTO error_events (severity, message, service_name, fingerprint, series_key) VALUES ('HIGH', 'errors', $1, $2, $3) RETURNING id`, [
    service,
    fingerprint,
    `span|${service}|GET /|error_rate`,
  ]);
  const now = Date.now();
  return {
    id: r.rows[0].id,
    action: 'open',
    fingerprint,
    severity: 'HIGH',
    category: 'API',
    message: 'errors',
    sourceComponent: service,
    serviceName: service,
    seriesKey: `span|${service}|GET /|error_rate`,
    openedAt: now,
    updatedAt: now,
    context: { series: `span|${service}|GET /|error_rate`, values: [], baselines: {}, scores: {}, exemplarTraceIds: [] },
  };
}

export function diagnosisFor(ev: DetectedEvent, over: Partial<Diagnosis> = {}): Diagnosis {
  return {
    id: randomUUID(),
    eventId: ev.id,
    fingerprint: ev.fingerprint,
    action: 'open',
    serviceName: ev.serviceName,
    category: 'RESOURCE',
    probableCauses: ['memory_leak'],
    recommendedActions: [],
    confidence: 0.9,
    rootCause: { service: ev.serviceName, kind: 'service', score: 0.8, evidence: null, alternatives: [] },
    impact: { affectedServices: [ev.serviceName], affectedEndpoints: [], systemImpact: 0.1, userFacing: true, affectedTraces: 1, sampledTraces: 1 },
    needsApproval: false,
    classifierVersion: 'rules-v1',
    explanation: 'test',
    rule: { id: 'memory-pressure', category: 'RESOURCE', confidence: 0.9 },
    model: null,
    disagreement: null,
    features: [],
    featureVersion: 1,
    template: null,
    exemplarTraceIds: [],
    diagnosedAt: Date.now(),
    ...over,
  };
}

const level = (o: Partial<RiskLevelPolicy> = {}): RiskLevelPolicy => ({ enabled: true, autoExecute: true, requireApproval: false, maxDailyExecutions: null, ...o });

export function recoverOptions(over: Partial<RecoverStageOptions> = {}): RecoverStageOptions {
  return {
    enabled: true,
    maxConcurrent: 3,
    timeoutMs: 10_000,
    rollbackOnFailure: true,
    dryRun: false,
    riskLevels: { LOW: level(), MEDIUM: level(), HIGH: level({ autoExecute: false, requireApproval: true }), CRITICAL: level({ autoExecute: false, requireApproval: true }) },
    catalogFile: '',
    cooldownMs: 300_000,
    approvalTimeoutMs: 900_000,
    commandAllowlist: [],
    confidenceThreshold: 0.7,
    pollMs: 50,
    ...over,
  };
}

// Recovery bench: diagnoses arrive at a steady rate; each one's recovery is planned, claimed,
// executed against a local HTTP endpoint (the action), verified (the endpoint closes the
// incident when called, as a fixed service would) and audited with hash chaining.
//   decision latency: diagnosis published → the action's HTTP request arrives (p50, p99)
//   executions/s:     verified executions over the time from first diagnosis to last verification
//   audit rows/s:     hash-chained audit rows written over the time until the queue drained
// Same-run references: the same HTTP call made directly (no engine, no database), and a plain
// INSERT + UPDATE per execution on the same database (no locking, no audit).
//   npm run bench:recover -- [--n 200] [--rate 20] [--database-url URL] [--json]
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AuditStage } from '../src/audit/index.ts';
import { DeliveryQueue, SpoolFile } from '../src/delivery/index.ts';
import type { Diagnosis } from '../src/records.ts';
import { parseCatalog, RecoverStage, type RecoverStageOptions } from '../src/recover/index.ts';
import { migratePostgres, openPostgres } from '../src/store/index.ts';
import { silentLogger } from '../src/telemetry/logger.ts';
import { Bus } from '../src/topics.ts';

interface Args {
  n: number;
  rate: number;
  databaseUrl: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { n: 200, rate: 20, databaseUrl: '', json: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--n') a.n = Number(argv[++i]);
    else if (k === '--rate') a.rate = Number(argv[++i]);
    else if (k === '--database-url') a.databaseUrl = argv[++i];
    else if (k === '--json') a.json = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
}

const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-bench-recover-'));
  const pg = await openPostgres({ url: args.databaseUrl, dataDir: path.join(dir, 'pg') });
  const arrived = new Map<string, number>();
  let onCall: (eventId: string) => void = () => undefined;
  const server = createServer((req, res) => {
    const id = /\/act\/([0-9a-f-]+)/.exec(req.url ?? '')?.[1] ?? '';
    if (!arrived.has(id)) arrived.set(id, performance.now());
    res.end('{}');
    onCall(id);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    await migratePostgres(pg.pool);
    const bus = new Bus(silentLogger);
    const delivery = new DeliveryQueue({ targets: { recovery: { concurrency: 3, maxAttempts: 1 } } }, new SpoolFile(path.join(dir, 'dead.jsonl')));
    const audit = new AuditStage({ pool: pg.pool, bus, delivery });
    await audit.start();
    const opts: RecoverStageOptions = {
      enabled: true,
      maxConcurrent: 3,
      timeoutMs: 30_000,
      rollbackOnFailure: true,
      dryRun: false,
      riskLevels: {
        LOW: { enabled: true, autoExecute: true, requireApproval: false, maxDailyExecutions: null },
        MEDIUM: { enabled: true, autoExecute: true, requireApproval: false, maxDailyExecutions: null },
        HIGH: { enabled: true, autoExecute: false, requireApproval: true, maxDailyExecutions: null },
        CRITICAL: { enabled: true, autoExecute: false, requireApproval: true, maxDailyExecutions: null },
      },
      catalogFile: '',
      cooldownMs: 300_000,
      approvalTimeoutMs: 900_000,
      commandAllowlist: [],
      confidenceThreshold: 0.7,
      pollMs: 1000,
    };
    const catalog = parseCatalog(
      `scenarios: [{ name: bench, category: API, actions: [restart_service] }]
actions:
  - name: restart_service
    verification: { within: 60s }
    executors: [{ service: "*", http: { method: POST, url: "${url}/act/{{event_id}}" } }]`,
      { commandAllowlist: [], maxTimeoutMs: 30_000 },
    );
    const recover = new RecoverStage(opts, { pool: pg.pool, bus, delivery, logger: silentLogger, catalog });
    await recover.start();

    // Events first (detection writes them before diagnosis runs), not timed.
    const events: Array<{ id: string; service: string }> = [];
    for (let i = 0; i < args.n; i++) {
      const service = `svc-${i}`;
      const r = await pg.pool.query(`INSERT INTO error_events (severity, message, service_name, fingerprint) VALUES ('HIGH', 'errors', $1, $2) RETURNING id`, [service, `bench|${i}|${Date.now()}`]);
      events.push({ id: r.rows[0].id, service });
    }
    // The fixed service: the incident closes when the action reaches it.
    onCall = (id) => {
      const ev = events.find((e) => e.id === id);
      if (!ev) return;
      void pg.pool.query(`UPDATE error_events SET status = 'closed', closed_at = now() WHERE id = $1 AND status = 'open'`, [id]).then(() => {
        const now = Date.now();
        bus.publish('event.closed', { id, action: 'close', fingerprint: '', severity: 'HIGH', category: 'API', message: '', sourceComponent: ev.service, serviceName: ev.service, seriesKey: '', openedAt: now, updatedAt: now, closedAt: now, context: { series: '', values: [], baselines: {}, scores: {}, exemplarTraceIds: [] } });
      });
    };
    const published = new Map<string, number>();
    const t0 = performance.now();
    for (let i = 0; i < args.n; i++) {
      const due = t0 + (i * 1000) / args.rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const ev = events[i];
      published.set(ev.id, performance.now());
      bus.publish('diagnosis.made', diagnosis(ev.id, ev.service));
    }
    for (;;) {
      const r = await pg.pool.query(`SELECT count(*)::int AS n FROM recovery_executions WHERE execution_status = 'COMPLETED'`);
      if (r.rows[0].n >= args.n) break;
      await new Promise((r2) => setTimeout(r2, 20));
    }
    const tVerified = performance.now();
    await delivery.drained();
    const tAudit = performance.now();
    const auditRows = (await pg.pool.query(`SELECT count(*)::int AS n FROM healing_audit_trail`)).rows[0].n as number;
    const latencies = events.map((e) => arrived.get(e.id)! - published.get(e.id)!);
    await recover.stop();
    await audit.stop();
    await delivery.stop();

    // Reference 1: the same HTTP call, made directly.
    const direct: number[] = [];
    for (let i = 0; i < Math.min(args.n, 200); i++) {
      const s = performance.now();
      await (await fetch(`${url}/act/reference-${i}`, { method: 'POST' })).text();
      direct.push(performance.now() - s);
    }
    // Reference 2: a plain INSERT + UPDATE per execution (no claim, no audit).
    const actionId = (await pg.pool.query(`SELECT id FROM recovery_actions WHERE name = 'restart_service'`)).rows[0].id;
    const refStart = performance.now();
    for (const e of events) {
      const r = await pg.pool.query(`INSERT INTO recovery_executions (error_event_id, recovery_action_id, execution_status, attempt) VALUES ($1, $2, 'PENDING', 1) RETURNING id`, [e.id, actionId]);
      await pg.pool.query(`UPDATE recovery_executions SET execution_status = 'COMPLETED', started_at = now(), completed_at = now() WHERE id = $1`, [r.rows[0].id]);
    }
    const refPerS = args.n / ((performance.now() - refStart) / 1000);

    const out = {
      decision_latency_p50_ms: round(quantile(latencies, 0.5)),
      decision_latency_p99_ms: round(quantile(latencies, 0.99)),
      executions_per_s: round(args.n / ((tVerified - t0) / 1000)),
      audit_rows_per_s: round(auditRows / ((tAudit - t0) / 1000)),
      n: args.n,
      offered_rate_per_s: args.rate,
      postgres: pg.embedded ? 'embedded (PGlite)' : 'server',
      audit_rows: auditRows,
      reference_direct_call_p50_ms: round(quantile(direct, 0.5)),
      reference_direct_call_p99_ms: round(quantile(direct, 0.99)),
      reference_plain_insert_update_per_s: round(refPerS),
    };
    if (args.json) console.log(JSON.stringify(out));
    else {
      console.log(`recover bench: ${args.n} diagnoses offered at ${args.rate}/s, Postgres ${out.postgres}, max_concurrent_recoveries 3`);
      console.log(`decision latency (diagnosis → action request)  p50 ${out.decision_latency_p50_ms} ms   p99 ${out.decision_latency_p99_ms} ms`);
      console.log(`  reference: the same HTTP call made directly   p50 ${out.reference_direct_call_p50_ms} ms   p99 ${out.reference_direct_call_p99_ms} ms`);
      console.log(`verified executions per second                 ${out.executions_per_s} (offered ${args.rate})`);
      console.log(`  reference: plain INSERT + UPDATE per second  ${out.reference_plain_insert_update_per_s}`);
      console.log(`audit rows per second (hash-chained)           ${out.audit_rows_per_s} (${auditRows} rows)`);
    }
  } finally {
    server.close();
    await pg.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function diagnosis(eventId: string, service: string): Diagnosis {
  return {
    id: crypto.randomUUID(),
    eventId,
    fingerprint: '',
    action: 'open',
    serviceName: service,
    category: 'API',
    probableCauses: [],
    recommendedActions: [],
    confidence: 0.9,
    rootCause: { service, kind: 'service', score: 1, evidence: null, alternatives: [] },
    impact: { affectedServices: [service], affectedEndpoints: [], systemImpact: 0, userFacing: false, affectedTraces: 0, sampledTraces: 0 },
    needsApproval: false,
    classifierVersion: 'bench',
    explanation: '',
    rule: { id: null, category: 'API', confidence: 0.9 },
    model: null,
    disagreement: null,
    features: [],
    featureVersion: 1,
    template: null,
    exemplarTraceIds: [],
    diagnosedAt: Date.now(),
  };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

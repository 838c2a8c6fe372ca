// Stages built the way the pipeline builds them (a bus, the delivery queue, dead letters to a
// temporary spool file), for tests that drive one stage without a whole pipeline.
import type { ClickHouseClient } from '@clickhouse/client';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { DeliveryQueue, FallbackSink, SpoolFile, type DeliveryObserver, type DeliveryOptions } from '../../src/delivery/index.ts';
import { AuditStage } from '../../src/audit/index.ts';
import { DiagnoseStage, type DiagnoseStageOptions, type LearningOptions } from '../../src/diagnose/index.ts';
import { PostgresDeadLetters } from '../../src/store/index.ts';
import { silentLogger, type Logger } from '../../src/telemetry/logger.ts';
import { Bus } from '../../src/topics.ts';

export interface TestInfra {
  bus: Bus;
  delivery: DeliveryQueue;
  logger: Logger;
}

/**
 * One directory per test process for the spool files. It is made only if something is
 * dead-lettered to a file (the spool makes its directory on the first write): made up front,
 * an empty one was left behind for every stage a test built, hundreds per run.
 */
let spoolDir: string | null = null;
let spools = 0;
function spoolPath(): string {
  if (!spoolDir) {
    const dir = join(tmpdir(), `homeostat-spool-${process.pid}-${randomUUID().slice(0, 8)}`);
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    spoolDir = dir;
  }
  return join(spoolDir, `dead-letters-${++spools}.jsonl`);
}

/** A bus and a delivery queue; dead letters go to Postgres when a pool is given, else to a temp file. */
export function testInfra(opts: { pool?: pg.Pool; delivery?: Partial<DeliveryOptions>; logger?: Logger; observer?: DeliveryObserver } = {}): TestInfra {
  const logger = opts.logger ?? silentLogger;
  const spool = new SpoolFile(spoolPath());
  const sink = opts.pool ? new FallbackSink([new PostgresDeadLetters(opts.pool), spool]) : spool;
  return { bus: new Bus(logger), delivery: new DeliveryQueue({ drainMs: 2000, ...opts.delivery }, sink, opts.observer), logger };
}

export const TEST_LEARNING: LearningOptions = { enabled: true, modelUpdateMs: 86_400_000, confidenceThreshold: 0.7, minTrainingSamples: 2 };

export function testDiagnoseStage(
  deps: { pool: pg.Pool; clickhouse?: ClickHouseClient; infra?: TestInfra },
  opts: Partial<DiagnoseStageOptions> = {},
): { stage: DiagnoseStage } & TestInfra {
  const infra = deps.infra ?? testInfra({ pool: deps.pool });
  // As in the pipeline, labels and diagnoses reach the audit trail through the audit stage.
  if (!deps.infra) void new AuditStage({ pool: deps.pool, ...infra }).start();
  const stage = new DiagnoseStage(
    { database: 'otel', rules: [], learning: TEST_LEARNING, concurrency: 2, maxPending: 100, ...opts },
    // Labelling and retraining never read telemetry; only consume() touches ClickHouse.
    { clickhouse: deps.clickhouse ?? ({} as ClickHouseClient), pool: deps.pool, ...infra },
  );
  return { stage, ...infra };
}

/** Counts of what the delivery queue did, by outcome. */
export function deliveryCounts(): { counts: { delivered: number; retried: number; deadLettered: number }; observer: DeliveryObserver } {
  const counts = { delivered: 0, retried: 0, deadLettered: 0 };
  return {
    counts,
    observer: {
      delivered: () => void counts.delivered++,
      retried: () => void counts.retried++,
      deadLettered: () => void counts.deadLettered++,
    },
  };
}

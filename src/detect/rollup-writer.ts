// Writes closed steps to series_rollups through the same batcher the store stage uses (group
// commit, retries with a dedup token). Detection never waits on it: rows beyond the queue bound
// are dropped and counted, because a chart gap is better than stalling ingest.
import { TableBatcher, type InsertFn } from '../store/index.ts';
import { csv, float, stringArray } from '../store/index.ts';
import type { StepRollup } from './series-types.ts';

export const ROLLUP_COLUMNS = [
  'ServiceName', 'SeriesKey', 'Kind', 'Name', 'Attributes', 'Unit', 'StepStart', 'StepSeconds', 'Count', 'Errors',
  'Value', 'P50', 'P95', 'P99', 'Min', 'Max', 'ExemplarTraceIds',
] as const;

export interface RollupWriterOptions {
  database: string;
  maxRows: number;
  maxDelayMs: number;
  maxQueueRows: number;
}

export interface RollupWriterObserver {
  dropped?(rows: number): void;
  stored?(rows: number): void;
  failed?(err: unknown): void;
}

export function encodeRollup(r: StepRollup): string {
  return (
    `${csv(r.service)},${csv(r.key)},${csv(r.kind)},${csv(r.name)},${csv(r.attrs)},${csv(r.unit)},"${new Date(r.stepStart).toISOString()}",${r.stepMs / 1000},` +
    `${Math.max(0, Math.round(r.count))},${Math.max(0, Math.round(r.errors))},${float(r.value)},${float(r.p50)},${float(r.p95)},${float(r.p99)},${float(r.min)},${float(r.max)},` +
    `${stringArray(r.exemplars)}\n`
  );
}

export class RollupWriter {
  private readonly batcher: TableBatcher;
  private queued = 0;
  dropped = 0;
  failed = 0;

  constructor(insert: InsertFn, private readonly opts: RollupWriterOptions, private readonly observer: RollupWriterObserver = {}) {
    this.batcher = new TableBatcher(`${opts.database}.series_rollups`, ROLLUP_COLUMNS, insert, { maxRows: opts.maxRows, maxDelayMs: opts.maxDelayMs, minIntervalMs: 200, maxRetries: 3, retryBaseMs: 200 }, {
      onSettled: (rows) => {
        this.queued -= rows;
      },
      onStored: (_t, rows) => this.observer.stored?.(rows),
      onError: (_t, err, willRetry) => {
        if (!willRetry) {
          this.failed++;
          this.observer.failed?.(err);
        }
      },
    });
  }

  write(rollups: StepRollup[]): void {
    if (rollups.length === 0) return;
    if (this.queued + rollups.length > this.opts.maxQueueRows) {
      this.dropped += rollups.length;
      this.observer.dropped?.(rollups.length);
      return;
    }
    let body = '';
    for (const r of rollups) body += encodeRollup(r);
    this.queued += rollups.length;
    // The promise rejects when the batch is given up; that is counted in onError, not thrown.
    this.batcher.add(body, rollups.length).catch(() => undefined);
  }

  flush(): Promise<void> {
    return this.batcher.flush();
  }
}

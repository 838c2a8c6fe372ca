import type { ClickHouseClient } from '@clickhouse/client';
import type { LogRecordItem, MetricPoint, SpanRecord } from '../../records.ts';
import type { Stage } from '../../stage.ts';
import type { Logger } from '../../telemetry/index.ts';
import type { Metrics } from '../../telemetry/index.ts';
import { logsStream } from './logs.ts';
import { metricStreams } from './metrics.ts';
import type { StreamSpec } from './stream.ts';
import { ClickHouseTailer } from './tailer.ts';
import { tracesStream } from './traces.ts';

export { ClickHouseTailer, type RowOutcome, type TableStats, type TailerObserver, type TailerOptions, type TailerSink } from './tailer.ts';
export { OFFSETS_TABLE } from './offsets.ts';

/** Every exporter table the source reads, in poll order. */
export function sourceStreams(tables: { traces: string; logs: string; metrics: string }): StreamSpec[] {
  return [tracesStream(tables.traces), logsStream(tables.logs), ...metricStreams(tables.metrics)];
}

export interface SourceOptions {
  database: string;
  tables: { traces: string; logs: string; metrics: string };
  pollIntervalMs: number;
  latenessMs: number;
  startFrom: 'now' | 'earliest';
}

export interface SourceDeps {
  clickhouse: ClickHouseClient;
  /** The store stage: tailed rows go to its subscribers without being written again. */
  stored: StoredFanoutPublisher;
  metrics: Metrics;
  logger: Logger;
  /** True once ClickHouse answers and is migrated. */
  ready: () => Promise<boolean>;
}

/** What the source hands rows to: the store stage's fan-out, without its write. */
export interface StoredFanoutPublisher {
  publishTraces(spans: SpanRecord[]): void;
  publishLogs(logs: LogRecordItem[]): void;
  publishMetrics(points: MetricPoint[]): void;
}

/**
 * source: clickhouse — a Collector writes the tables; no receivers start, and the tailed rows
 * go to detection exactly as if they had come through the writer.
 */
export class SourceStage implements Stage {
  readonly name = 'source';
  readonly tailer: ClickHouseTailer;
  private stopping?: Promise<void>;

  constructor(private readonly opts: SourceOptions, private readonly deps: SourceDeps) {
    const m = deps.metrics;
    const st = deps.stored;
    this.tailer = new ClickHouseTailer(
      deps.clickhouse,
      { database: opts.database, streams: sourceStreams(opts.tables), pollIntervalMs: opts.pollIntervalMs, latenessMs: opts.latenessMs, startFrom: opts.startFrom, ready: deps.ready },
      { traces: (s) => st.publishTraces(s), logs: (l) => st.publishLogs(l), metrics: (p) => st.publishMetrics(p) },
      {
        rows: (table, outcome, n) => m.sourceRows.inc({ table, outcome }, n),
        error: (table, err, consecutive) => {
          m.sourceErrors.inc({ table });
          // Once per failure streak, not once per poll while a server is down.
          if (consecutive === 1) deps.logger.warn({ table, err }, 'clickhouse source: read failed; retrying every poll');
        },
      },
    );
  }

  async start(): Promise<void> {
    this.tailer.start();
    this.deps.logger.info({ tables: this.opts.tables }, 'homeostat tailing clickhouse');
  }

  stop(): Promise<void> {
    this.stopping ??= this.tailer.stop();
    return this.stopping;
  }
}

export function createSourceStage(options: SourceOptions, deps: SourceDeps): SourceStage {
  return new SourceStage(options, deps);
}

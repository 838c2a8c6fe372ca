import type { ClickHouseClient } from '@clickhouse/client';
import type { Config } from '../../config/index.ts';
import { logsStream } from './logs.ts';
import { metricStreams } from './metrics.ts';
import type { StreamSpec } from './stream.ts';
import { ClickHouseTailer, type TailerObserver, type TailerSink } from './tailer.ts';
import { tracesStream } from './traces.ts';

export { ClickHouseTailer, type RowOutcome, type TableStats, type TailerObserver, type TailerOptions, type TailerSink } from './tailer.ts';
export { OFFSETS_TABLE } from './offsets.ts';

/** Every exporter table the source reads, in poll order. */
export function sourceStreams(tables: { traces: string; logs: string; metrics: string }): StreamSpec[] {
  return [tracesStream(tables.traces), logsStream(tables.logs), ...metricStreams(tables.metrics)];
}

/** The tailer `source: { type: clickhouse }` describes, reading the database under storage.clickhouse. */
export function clickHouseSource(
  client: ClickHouseClient,
  config: Config,
  sink: TailerSink,
  observer?: TailerObserver,
  ready?: () => Promise<boolean>,
): ClickHouseTailer {
  const src = config.source.clickhouse;
  return new ClickHouseTailer(
    client,
    {
      database: config.storage.clickhouse.database,
      streams: sourceStreams(src.tables),
      pollIntervalMs: src.poll_interval_ms,
      latenessMs: src.lateness_ms,
      startFrom: src.start_from,
      ready,
    },
    sink,
    observer,
  );
}

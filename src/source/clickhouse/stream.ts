import type { LogRecordItem, MetricPoint, Signal, SpanRecord } from '../../records.ts';
import type { SharedObjects } from './shared.ts';
import type { Row } from './sql.ts';

export type SourceRecord = SpanRecord | LogRecordItem | MetricPoint;

/** How one exporter table is read back into records. */
export interface StreamSpec {
  /** Table name; also the key its position is saved under. */
  table: string;
  signal: Signal;
  /** The time column (DateTime64(9) or DateTime) the table is tailed by. */
  timeColumn: string;
  /** SELECT list (SQL) of the columns `toRecord` reads. */
  columns: string;
  /**
   * Columns hashed into a row's identity, for dedupe across overlapping polls. The time
   * column is always hashed too.
   */
  identity: string[];
  /**
   * Columns older exporter versions did not create, with the value to read instead (SQL),
   * so tables a long-running Collector made years ago can be tailed too.
   */
  optional?: Record<string, string>;
  toRecord(row: Row, shared: SharedObjects): SourceRecord;
}

// The store layer's public surface: the store stage (ClickHouse writes, fan-out to detection),
// opening both stores, and the Postgres repositories the stages above write through.
import { StoreStage, type StoreStageDeps, type StoreStageOptions } from './store-stage.ts';

export { StoreStage, type StoreStageDeps, type StoreStageOptions } from './store-stage.ts';
export { openStorage, type Storage, type StorageOptions } from './storage.ts';
export type { ClickHouseHandle, ClickHouseOptions } from './clickhouse/client.ts';
export type { DdlOptions } from './clickhouse/ddl.ts';
export { TableBatcher, type InsertFn } from './clickhouse/batcher.ts';
export { clientInsert } from './clickhouse/writer.ts';
export { csv, float, stringArray } from './clickhouse/encode-csv.ts';
export { ident } from './clickhouse/ddl.ts';
export { openPostgres, type PostgresHandle } from './postgres/client.ts';
export { migratePostgres } from './postgres/migrate.ts';
export { CLICKHOUSE_MIGRATIONS_DIR, migrateClickHouse, readMigrations, renderMigrations } from './clickhouse/migrate.ts';
export { eventWrite, loadOpenIncidents, writeEvent } from './postgres/events.ts';
export { PatternStore, DEFAULT_PATTERN_STORE, type KnownTemplate, type PatternOccurrence, type PatternStoreOptions } from './postgres/patterns.ts';
export { explanationDoc, insertClassification } from './postgres/classifications.ts';
export { loadActiveModel, loadLabels, saveActiveModel, saveLabel, saveNotAnIncident, type StoredLabel, type StoredModelHead } from './postgres/models.ts';
export { PostgresDeadLetters, countDeadLetters } from './postgres/dead-letters.ts';
export { pgJson, pgSafe, pgText } from './postgres/sanitize.ts';
export { canonicalize, canonicalJson } from './postgres/canonical.ts';
export type { StoredConsumer, StoredFanout, TelemetrySink } from '../records.ts';

export function createStoreStage(options: StoreStageOptions, deps: StoreStageDeps): StoreStage {
  return new StoreStage(options, deps);
}

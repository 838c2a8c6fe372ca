// The design document's success metrics: one self_healing_metrics row per day, computed from
// Postgres by a daily job and on demand (`homeostat report`, GET /api/report).
export { computeDay, dayOf, dayStart, daysBetween, readDays, refreshDays, writeDay, type DailyMetrics } from './daily.ts';
export { reportTable } from './table.ts';
export { DailyMetricsStage, type DailyMetricsOptions } from './stage.ts';
export { SelfHealingGauges } from './gauges.ts';

// Fills a Homeostat data directory with two hours of detection history, as a busy installation
// has after running a while, so bench/startup.ts can time a restart that warms up from it:
// series_rollups for SERIES span series at the 10 s step (generated inside ClickHouse, no rows
// through JavaScript) and a few thousand error log records. Run in its own process: embedded
// ClickHouse binds one data directory per process. Usage: startup-history.ts CONFIG SERIES
import { loadConfig } from '../../src/config/index.ts';
import { pipelineOptions } from '../../src/options.ts';
import { openStorage } from '../../src/store/index.ts';
import { silentLogger } from '../../src/telemetry/logger.ts';

const [configFile, seriesArg] = process.argv.slice(2);
const series = Number(seriesArg ?? 400);
const { config } = loadConfig({ file: configFile });
const o = pipelineOptions(config);
const storage = await openStorage(o.storage, silentLogger);
const db = config.storage.clickhouse.database;
const steps = 720;
try {
  const ch = storage.clickhouse.client;
  // Rate, errors and latency with a little noise around a per-series level; one row per series and step.
  await ch.command({
    query:
      `INSERT INTO ${db}.series_rollups (ServiceName, SeriesKey, Kind, Name, Attributes, Unit, StepStart, StepSeconds, Count, Errors, Value, P50, P95, P99, Min, Max, ExemplarTraceIds) ` +
      `SELECT concat('svc-', toString(s % 40)) AS svc, concat('span|', svc, '|GET /r', toString(s)), 'span', concat('GET /r', toString(s)), '', '', ` +
      `toDateTime64(toStartOfInterval(now(), INTERVAL 10 SECOND), 3) - toIntervalSecond((step + 1) * 10), 10, 50 + (s % 7) * 10 + rand() % 9, rand() % 2, nan, ` +
      `20 + s % 13 + (rand() % 100) / 50, 60 + s % 13 + (rand() % 100) / 20, 90 + s % 13 + (rand() % 100) / 10, 5, 200, [] ` +
      `FROM (SELECT number % ${series} AS s, intDiv(number, ${series}) AS step FROM numbers(${series * steps}))`,
  });
  await ch.command({
    query:
      `INSERT INTO ${db}.otel_logs (Timestamp, ServiceName, SeverityNumber, SeverityText, Body, LogAttributes) ` +
      `SELECT now64(9) - toIntervalSecond(number), concat('svc-', toString(number % 40)), 17, 'ERROR', ` +
      `concat('connection refused to db-', toString(number % 5), ' after ', toString(number % 1000), ' ms'), map('exception.type', 'ConnectError') ` +
      `FROM numbers(5000)`,
  });
  const n = await (await ch.query({ query: `SELECT count() FROM ${db}.series_rollups`, format: 'JSONCompactEachRow' })).json<[string]>();
  process.stdout.write(`${JSON.stringify({ seriesRollups: Number(n[0][0]), errorLogs: 5000 })}\n`);
} finally {
  await storage.close();
}

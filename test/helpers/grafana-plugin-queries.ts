// SQL the Grafana ClickHouse plugin (grafana-clickhouse-datasource, OTel mode) builds for its log
// and trace views, as its query builder writes it (src/data/sqlGenerator.ts), with the time
// macros expanded. Facts from the plugin's source; the text is written here.
const range = (col: string) =>
  `( ${col} >= fromUnixTimestamp64Milli(toInt64(toUnixTimestamp(now() - INTERVAL 30 DAY)) * 1000) AND ${col} <= fromUnixTimestamp64Milli(toInt64(toUnixTimestamp(now() + INTERVAL 1 DAY)) * 1000) )`;

/**
 * Log queries: the "1.2.9" column map (exporter <= v0.150: filters on TimestampTime as well),
 * the "1.3.0" one (exporter >= v0.151: Timestamp only), the logs volume histogram, and a query
 * on the current exporter's materialized columns.
 */
export function pluginLogQueries(db: string): string[] {
  const t = `${db}."otel_logs"`;
  const select =
    'SELECT Timestamp as "timestamp", Body as "body", SeverityText as "level", LogAttributes as "labels", TraceId as "traceID"';
  return [
    `${select} FROM ${t} WHERE ${range('TimestampTime')} AND ${range('Timestamp')} ORDER BY timestamp DESC LIMIT 1000`,
    `${select} FROM ${t} WHERE ${range('Timestamp')} AND ( SeverityText IN ('ERROR') ) AND (body LIKE '%FAILED%') ORDER BY timestamp DESC LIMIT 1000`,
    `SELECT toStartOfInterval("Timestamp", INTERVAL 1 minute) as "time", ` +
      `sum(multiSearchAny(toString("SeverityText"), ['error', 'err', 'ERROR', 'ERR'])) as error, ` +
      `sum(multiSearchAny(toString("SeverityText"), ['info', 'INFO'])) as info FROM ${t} WHERE ${range('Timestamp')} GROUP BY time ORDER BY time ASC`,
    `SELECT Timestamp, Body FROM ${t} WHERE \`__otel_materialized_k8s.namespace.name\` = 'shop' ` +
      `AND \`__otel_materialized_deployment.environment.name\` != '' AND hasToken(lower(Body), 'failed') ORDER BY Timestamp DESC LIMIT 100`,
  ];
}

/** The trace-by-id query, narrowed by <traces>_trace_id_ts as the plugin does when that table exists. */
export function pluginTraceIdQuery(db: string, traceId: string): string {
  if (!/^[A-Za-z0-9]+$/.test(traceId)) throw new Error('test trace ids are alphanumeric');
  const ts = `${db}."otel_traces_trace_id_ts"`;
  return [
    'WITH',
    `'${traceId}' as trace_id,`,
    `(SELECT min(Start) FROM ${ts} WHERE TraceId = trace_id) as trace_start,`,
    `(SELECT max(End) + 1 FROM ${ts} WHERE TraceId = trace_id) as trace_end`,
    'SELECT "TraceId" as traceID, "SpanId" as spanID, "ParentSpanId" as parentSpanID, "ServiceName" as serviceName,',
    '"SpanName" as operationName, multiply(toUnixTimestamp64Nano("Timestamp"), 0.000001) as startTime,',
    'multiply("Duration", 0.000001) as duration,',
    `arrayMap(key -> map('key', key, 'value',"SpanAttributes"[key]), mapKeys("SpanAttributes")) as tags,`,
    `arrayMap(key -> map('key', key, 'value',"ResourceAttributes"[key]), mapKeys("ResourceAttributes")) as serviceTags,`,
    `if("StatusCode" IN ('Error', 'STATUS_CODE_ERROR'), 2, 0) as statusCode,`,
    `arrayMap((name, timestamp, attributes) -> tuple(name, toString(toUnixTimestamp64Milli(timestamp)), arrayMap( key -> map('key', key, 'value', attributes[key]), mapKeys(attributes)))::Tuple(name String, timestamp String, fields Array(Map(String, String))), "Events".Name, "Events".Timestamp, "Events".Attributes) AS logs,`,
    `arrayMap((traceID, spanID, attributes) -> tuple(traceID, spanID, arrayMap(key -> map('key', key, 'value', attributes[key]), mapKeys(attributes)))::Tuple(traceID String, spanID String, tags Array(Map(String, String))), "Links".TraceId, "Links".SpanId, "Links".Attributes) AS references,`,
    '"SpanKind" as kind, "StatusMessage" as statusMessage, "TraceState" as traceState',
    `FROM ${db}."otel_traces"`,
    `WHERE traceID = trace_id AND "Timestamp" >= trace_start AND "Timestamp" <= trace_end LIMIT 1000`,
  ].join(' ');
}

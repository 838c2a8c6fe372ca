// Grafana provisioning and dashboards, checked against what Homeostat really stores and
// exports: datasource uids, ClickHouse/PostgreSQL tables and columns, Prometheus metric names.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { readJson, readYaml, repoPath } from './files.ts';
import { clickhouseTables, exportedMetrics, postgresTables, traceEnumValues } from './schemas.ts';

const datasources: any[] = readYaml('grafana/provisioning/datasources/datasources.yaml').datasources;
const dsByUid = new Map(datasources.map((d) => [d.uid, d]));
const dashboardFiles = readdirSync(repoPath('grafana/dashboards')).filter((f) => f.endsWith('.json'));
const dashboards = Object.fromEntries(dashboardFiles.map((f) => [f, readJson(`grafana/dashboards/${f}`)]));
const compose = readYaml('docker-compose.yml');
const chTables = clickhouseTables();
const pgTables = postgresTables();
const metrics = exportedMetrics();
const defaults = parseConfig({}, {});

const byType = (type: string) => datasources.find((d) => d.type === type);
const allTargets = (dash: any) => dash.panels.flatMap((p: any) => (p.targets ?? []).map((t: any) => ({ panel: p, target: t })));
const targetsOf = (type: string) =>
  Object.values(dashboards).flatMap(allTargets).filter(({ panel, target }: any) => (target.datasource ?? panel.datasource)?.type === type);

// ---------- SQL helpers ----------
/** Drops string literals, quoted aliases and Grafana macros, which are not column references. */
const stripSql = (sql: string) => sql.replace(/'[^']*'/g, "''").replace(/"[^"]*"/g, '""').replace(/\$__\w+/g, '');

/** Problems with one ClickHouse panel query: unknown tables, PascalCase identifiers that are not columns, impossible enum values. */
function clickhouseSqlProblems(sql: string, database: string): string[] {
  const problems: string[] = [];
  const tables = [...sql.matchAll(/\b(?:FROM|JOIN)\s+(?:(\w+)\.)?(\w+)/gi)].map((m) => ({ db: m[1], table: m[2] }));
  if (!tables.length) problems.push('no FROM table');
  const columns = new Set<string>();
  for (const { db, table } of tables) {
    if (db !== database) problems.push(`${db ?? '(no database)'}.${table}: not qualified with database ${database}`);
    const cols = chTables.get(table);
    if (!cols) problems.push(`${table}: no such table in migrations/clickhouse`);
    else cols.forEach((c) => columns.add(c));
  }
  // The OTel layout's columns are PascalCase and SQL keywords/functions are not, so every
  // PascalCase word must be a column (aliases in these panels are lower case by convention).
  for (const m of stripSql(sql).matchAll(/\b[A-Z][a-z][A-Za-z0-9.]*\b/g)) {
    if (!columns.has(m[0])) problems.push(`${m[0]}: no such column in ${tables.map((t) => t.table).join(', ')}`);
  }
  const enums = traceEnumValues();
  for (const [col, values] of Object.entries(enums)) {
    const lists = [
      ...sql.matchAll(new RegExp(`\\b${col}\\s*=\\s*('[^']*')`, 'g')),
      ...sql.matchAll(new RegExp(`\\b${col}\\s+IN\\s*\\(([^)]*)\\)`, 'gi')),
    ];
    for (const m of lists) {
      for (const v of m[1].matchAll(/'([^']*)'/g)) {
        if (!values.includes(v[1])) problems.push(`${col} = '${v[1]}': Homeostat writes only ${values.join(', ')}`);
      }
    }
  }
  return problems;
}

/** Problems with one PostgreSQL panel query: unknown tables or columns. */
function postgresSqlProblems(sql: string): string[] {
  const problems: string[] = [];
  const tables = [...sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)/gi)].map((m) => m[1]);
  if (!tables.length) problems.push('no FROM table');
  const columns = new Set<string>();
  for (const t of tables) {
    const cols = pgTables.get(t);
    if (!cols) problems.push(`${t}: no such table in migrations/postgres`);
    else cols.forEach((c) => columns.add(c));
  }
  const stripped = stripSql(sql);
  // snake_case words are Homeostat's column names (keywords and functions have no underscore)...
  const refs = [...stripped.matchAll(/\b[a-z]+(?:_[a-z0-9]+)+\b/g)].map((m) => m[0]).filter((w) => !tables.includes(w));
  // ...and bare single-word select items are columns too.
  const select = /SELECT\s+([\s\S]*?)\s+FROM\b/i.exec(stripped)?.[1] ?? '';
  for (const item of select.split(',')) {
    const expr = item.trim().split(/\s+AS\s+/i)[0].trim();
    if (/^[a-z]\w*$/.test(expr)) refs.push(expr);
  }
  for (const r of refs) if (!columns.has(r)) problems.push(`${r}: no such column in ${tables.join(', ')}`);
  return problems;
}

// ---------- PromQL helpers ----------
const PROM_TARGET_LABELS = ['instance', 'job'];
const HISTOGRAM_SUFFIXES = ['_bucket', '_sum', '_count'];

/** Problems with one PromQL expression: unknown metric names and label names. */
function promqlProblems(expr: string, legend = ''): string[] {
  const problems: string[] = [];
  const labels = new Set(PROM_TARGET_LABELS);
  const names = [...expr.matchAll(/\b(homeostat_[a-z0-9_]+)/g)].map((m) => m[1]);
  if (!names.length) problems.push(`${expr}: no homeostat_ metric`);
  for (const name of names) {
    let metric = metrics.get(name);
    if (!metric) {
      const suffix = HISTOGRAM_SUFFIXES.find((s) => name.endsWith(s));
      const base = suffix && metrics.get(name.slice(0, -suffix.length));
      if (base && base.type === 'Histogram') {
        metric = base;
        if (suffix === '_bucket') labels.add('le');
      }
    }
    if (!metric) problems.push(`${name}: not exported by src/telemetry/metrics.ts`);
    else metric.labels.forEach((l) => labels.add(l));
  }
  const grouping = [...expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()).filter(Boolean));
  const matchers = [...expr.matchAll(/\{([^}]*)\}/g)].flatMap((m) => [...m[1].matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)].map((x) => x[1]));
  for (const l of [...grouping, ...matchers]) if (!labels.has(l)) problems.push(`${l}: not a label of ${names.join(', ')}`);
  // A legend can only show labels that survive the outermost aggregation.
  const outer = /^\s*(?:sum|avg|max|min|count)\b/.test(expr) || /^\s*histogram_quantile/.test(expr);
  const visible = outer ? new Set(grouping) : labels;
  for (const m of legend.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) if (!visible.has(m[1])) problems.push(`legend {{${m[1]}}}: label not in the result`);
  return problems;
}

describe('datasource provisioning', () => {
  it('declares unique, valid uids and the three datasource types', () => {
    expect(new Set(datasources.map((d) => d.uid)).size).toBe(datasources.length);
    for (const d of datasources) expect(d.uid).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    expect(datasources.map((d) => d.type).sort()).toEqual(['alertmanager', 'grafana-clickhouse-datasource', 'grafana-postgresql-datasource', 'prometheus']);
  });

  it('points ClickHouse at the otel database and the tables Homeostat creates', () => {
    const ch = byType('grafana-clickhouse-datasource').jsonData;
    expect(compose.services[ch.host]).toBeDefined();
    // Native protocol on 9000, or HTTP on 8123: the port must fit the protocol.
    expect(ch.port).toBe(ch.protocol === 'http' ? 8123 : 9000);
    expect(ch.defaultDatabase).toBe(defaults.storage.clickhouse.database);
    for (const signal of ['logs', 'traces']) {
      expect(ch[signal].defaultDatabase, signal).toBe(defaults.storage.clickhouse.database);
      expect(chTables.has(ch[signal].defaultTable), ch[signal].defaultTable).toBe(true);
      expect(ch[signal].otelEnabled).toBe(true);
    }
    expect(ch.traces.durationUnit).toBe('nanoseconds');
    expect(chTables.has(ch.traces.defaultTable + ch.traces.traceTimestampTableSuffix)).toBe(true);
    // The plugin reads the user from jsonData and the password only from secureJsonData.
    expect(ch.username).toBeDefined();
    expect(byType('grafana-clickhouse-datasource').secureJsonData.password).toBeDefined();
  });

  it('points PostgreSQL and Prometheus at compose services', () => {
    const pg = byType('grafana-postgresql-datasource');
    expect(compose.services[pg.url.split(':')[0]]).toBeDefined();
    expect(pg.jsonData.database).toBeDefined();
    expect(pg.secureJsonData.password).toBeDefined();
    const prom = byType('prometheus');
    expect(compose.services[new URL(prom.url).hostname]).toBeDefined();
  });

  it('points the Alertmanager data source at the compose Alertmanager Homeostat posts to', () => {
    const am = byType('alertmanager');
    expect(am.jsonData.implementation).toBe('prometheus');
    const url = new URL(am.url);
    expect(compose.services[url.hostname]).toBeDefined();
    expect(compose.services.homeostat.environment.ALERTMANAGER_URL).toBe(am.url);
    const container = readYaml('docker/container.yaml');
    expect(parseConfig(container, { ALERTMANAGER_URL: am.url, HOMEOSTAT_TOKEN: 't', HOMEOSTAT_API_TOKEN: 't' }).notify.alertmanager.url).toBe(am.url);
    // The mounted Alertmanager config is the file in the repository.
    expect(compose.services.alertmanager.volumes.some((v: string) => v.startsWith('./grafana/deploy-alertmanager.yml:'))).toBe(true);
  });

  it('provisions a Grafana alert rule over open incidents, on a provisioned PostgreSQL data source', () => {
    const groups: any[] = readYaml('grafana/provisioning/alerting/homeostat-incidents.yaml').groups;
    const rules = groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.uid)).toEqual(['homeostat-open-incidents']);
    const rule = rules[0];
    const query = rule.data.find((d: any) => d.refId === 'A');
    expect(dsByUid.get(query.datasourceUid)?.type).toBe('grafana-postgresql-datasource');
    expect(postgresSqlProblems(query.model.rawSql)).toEqual([]);
    expect(rule.data.map((d: any) => d.refId)).toContain(rule.condition);
    expect(rule.noDataState).toBe('OK');
  });

  it('has a file dashboards provider', () => {
    const providers = readYaml('grafana/provisioning/dashboards/dashboards.yaml').providers;
    expect(providers).toHaveLength(1);
    expect(providers[0].type).toBe('file');
    expect(providers[0].options.path).toBe('/var/lib/grafana/dashboards');
  });
});

describe('dashboards', () => {
  it('are the four expected files, each with a stable uid equal to its file name', () => {
    expect(dashboardFiles.sort()).toEqual(['homeostat-detection.json', 'homeostat-ingest.json', 'homeostat-self-healing.json', 'homeostat-services.json']);
    for (const [f, d] of Object.entries(dashboards)) {
      expect(d.uid, f).toBe(f.replace(/\.json$/, ''));
      expect(d.title, f).toBeTruthy();
      expect(d.id ?? null, `${f}: a fixed numeric id clashes across Grafana instances`).toBeNull();
    }
  });

  it('have well-formed panels with unique ids on the grid', () => {
    for (const [f, d] of Object.entries(dashboards)) {
      const ids = d.panels.map((p: any) => p.id);
      expect(new Set(ids).size, f).toBe(ids.length);
      for (const p of d.panels) {
        expect(p.type, `${f} ${p.title}`).toMatch(/^(timeseries|stat|table|gauge|bargauge|text|logs|row)$/);
        const g = p.gridPos;
        expect(Number.isInteger(g.x) && Number.isInteger(g.y) && g.w > 0 && g.h > 0 && g.x + g.w <= 24, `${f} ${p.title} gridPos`).toBe(true);
        expect(p.targets?.length, `${f} ${p.title}`).toBeGreaterThan(0);
        const refIds = p.targets.map((t: any) => t.refId);
        expect(new Set(refIds).size, `${f} ${p.title} refIds`).toBe(refIds.length);
      }
    }
  });

  it('use only provisioned datasource uids, with matching types', () => {
    for (const [f, d] of Object.entries(dashboards)) {
      for (const { panel, target } of allTargets(d)) {
        for (const ds of [panel.datasource, target.datasource].filter(Boolean)) {
          const prov = dsByUid.get(ds.uid);
          expect(prov, `${f} ${panel.title}: ${ds.uid}`).toBeDefined();
          expect(ds.type, `${f} ${panel.title}`).toBe(prov.type);
        }
      }
    }
  });

  it('query only metrics and labels Homeostat exports', () => {
    const targets = targetsOf('prometheus');
    expect(targets.length).toBeGreaterThan(0);
    for (const { panel, target } of targets) expect(promqlProblems(target.expr, target.legendFormat), panel.title).toEqual([]);
  });

  it('show every ingest-health metric the dashboard is meant to cover', () => {
    const exprs = allTargets(dashboards['homeostat-ingest.json']).map(({ target }: any) => target.expr).join('\n');
    for (const name of [
      'homeostat_items_received_total', 'homeostat_items_stored_total', 'homeostat_items_rejected_total',
      'homeostat_write_queue_rows', 'homeostat_clickhouse_insert_seconds_bucket', 'homeostat_storage_errors_total',
    ]) expect(exprs, name).toContain(name);
    expect(exprs).toMatch(/histogram_quantile\(0\.5,/);
    expect(exprs).toMatch(/histogram_quantile\(0\.99,/);
  });

  it('query only ClickHouse tables and columns the migrations create', () => {
    const database = byType('grafana-clickhouse-datasource').jsonData.defaultDatabase;
    const targets = targetsOf('grafana-clickhouse-datasource');
    expect(targets.length).toBeGreaterThan(0);
    for (const { panel, target } of targets) {
      expect(target.editorType, panel.title).toBe('sql');
      expect(clickhouseSqlProblems(target.rawSql, database), panel.title).toEqual([]);
    }
  });

  it('query only PostgreSQL tables and columns the migrations create', () => {
    const targets = targetsOf('grafana-postgresql-datasource');
    expect(targets.length).toBeGreaterThan(0);
    for (const { panel, target } of targets) expect(postgresSqlProblems(target.rawSql), panel.title).toEqual([]);
  });

  it('cover RED per service: rate, errors by StatusCode and p95 of Duration in ms', () => {
    const sql = targetsOf('grafana-clickhouse-datasource').map(({ target }: any) => target.rawSql).join('\n');
    expect(sql).toMatch(/GROUP BY[^\n]*ServiceName/);
    expect(sql).toContain("StatusCode = 'Error'");
    expect(sql).toMatch(/quantile\(0\.95\)\(Duration\) \/ 1e6/);
    const pg = targetsOf('grafana-postgresql-datasource').map(({ target }: any) => target.rawSql).join('\n');
    expect(pg).toMatch(/FROM error_events/);
  });
});

describe('the detection dashboard', () => {
  it('charts the detection series (series_rollups) and shows incidents, diagnoses and the audit trail', () => {
    const d = dashboards['homeostat-detection.json'];
    const ch = allTargets(d).map(({ target }: any) => target.rawSql).filter(Boolean).join('\n');
    expect(ch).toContain('FROM otel.series_rollups');
    expect(ch).toMatch(/Kind = 'span'/);
    expect(ch).toMatch(/Kind = 'log'/);
    for (const table of ['FROM error_events', 'JOIN error_events', 'FROM error_classifications', 'FROM healing_audit_trail']) expect(ch).toContain(table);
  });
});

describe('the dashboard checkers catch mistakes', () => {
  it('ClickHouse: unknown column, table, database and enum value', () => {
    expect(clickhouseSqlProblems("SELECT Durations FROM otel.otel_traces WHERE StatusCode = 'ERROR'", 'otel')).toEqual([
      'Durations: no such column in otel_traces',
      "StatusCode = 'ERROR': Homeostat writes only Unset, Ok, Error",
    ]);
    expect(clickhouseSqlProblems('SELECT count() FROM otel_spans', 'otel')).toEqual([
      '(no database).otel_spans: not qualified with database otel',
      'otel_spans: no such table in migrations/clickhouse',
    ]);
    expect(clickhouseSqlProblems("SELECT count() FROM otel.otel_traces WHERE SpanKind IN ('Server', 'SPAN_KIND_CONSUMER')", 'otel')).toEqual([
      "SpanKind = 'SPAN_KIND_CONSUMER': Homeostat writes only Unspecified, Internal, Server, Client, Producer, Consumer",
    ]);
  });

  it('PostgreSQL: unknown column and table', () => {
    expect(postgresSqlProblems('SELECT service, closed_at FROM error_events')).toEqual(['service: no such column in error_events']);
    expect(postgresSqlProblems('SELECT id FROM incidents')[0]).toBe('incidents: no such table in migrations/postgres');
  });

  it('PromQL: unknown metric, label and legend label', () => {
    expect(promqlProblems('rate(homeostat_items_recieved_total[5m])')).toEqual(['homeostat_items_recieved_total: not exported by src/telemetry/metrics.ts']);
    expect(promqlProblems('sum by (service) (rate(homeostat_items_stored_total[5m]))')).toEqual(['service: not a label of homeostat_items_stored_total']);
    expect(promqlProblems('sum(rate(homeostat_items_stored_total[5m]))', '{{signal}}')).toEqual(['legend {{signal}}: label not in the result']);
    // _bucket is only valid on histograms.
    expect(promqlProblems('homeostat_write_queue_rows_bucket')).toHaveLength(1);
  });
});

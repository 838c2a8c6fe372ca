// What Homeostat actually exports and stores, read from its sources so the deploy checks
// follow the code instead of a copy that drifts.
import { readdirSync } from 'node:fs';
import { readText, repoPath } from './files.ts';

/** Top-level parenthesised body after `start`, with nested parentheses kept. */
function body(text: string, start: number): string {
  const open = text.indexOf('(', start);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error('unbalanced parentheses');
}

/** Splits on commas that are not inside parentheses or quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const stripSqlComments = (sql: string) => sql.replace(/--[^\n]*/g, '');

function sqlFiles(dir: string): string[] {
  return readdirSync(repoPath(dir))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => stripSqlComments(readText(`${dir}/${f}`)));
}

/** Table → column names (Nested sub-columns as `Parent.Child` too) from migrations/clickhouse. */
export function clickhouseTables(): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  for (const sql of sqlFiles('migrations/clickhouse')) {
    for (const m of sql.matchAll(/CREATE TABLE IF NOT EXISTS \{\{table (\w+)\}\}/g)) {
      const cols = new Set<string>();
      for (const def of splitTopLevel(body(sql, m.index! + m[0].length))) {
        const name = /^`?([\w.]+)`?/.exec(def)?.[1];
        if (!name || /^(INDEX|PROJECTION|CONSTRAINT)$/i.test(name)) continue;
        cols.add(name);
        const nested = /^\w+\s+Nested\s*\(/i.test(def) ? body(def, 0) : '';
        for (const sub of nested ? splitTopLevel(nested) : []) cols.add(`${name}.${sub.split(/\s+/)[0]}`);
      }
      tables.set(m[1], cols);
    }
  }
  return tables;
}

/**
 * Table → column names from migrations/postgres: CREATE TABLEs, then each file's ALTER TABLE
 * renames (of tables and columns) and added columns, in the order the migrations apply them.
 */
export function postgresTables(): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  const ident = (w: string) => w.replace(/^"|"$/g, '');
  for (const sql of sqlFiles('migrations/postgres')) {
    for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)\s*\(|ALTER TABLE (\w+)\s+([^;]*);/g)) {
      if (m[1]) {
        const cols = new Set<string>();
        for (const def of splitTopLevel(body(sql, m.index!))) {
          const name = /^(\w+)/.exec(def)?.[1];
          if (name && !/^(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE)$/i.test(name)) cols.add(name);
        }
        tables.set(m[1], cols);
        continue;
      }
      const cols = tables.get(m[2]);
      if (!cols) continue;
      const table = /^RENAME TO (\w+)$/i.exec(m[3].trim());
      if (table) {
        tables.delete(m[2]);
        tables.set(table[1], cols);
        continue;
      }
      const column = /^RENAME COLUMN ("?\w+"?) TO ("?\w+"?)$/i.exec(m[3].trim());
      if (column) {
        cols.delete(ident(column[1]));
        cols.add(ident(column[2]));
        continue;
      }
      for (const a of m[3].matchAll(/ADD COLUMN ("?\w+"?)/gi)) cols.add(ident(a[1]));
    }
  }
  return tables;
}

export interface ExportedMetric {
  type: 'Counter' | 'Gauge' | 'Histogram' | 'Summary';
  labels: string[];
}

/** Metric name → type and label names, from the prom-client constructors in src/telemetry/metrics.ts. */
export function exportedMetrics(source = readText('src/telemetry/metrics.ts')): Map<string, ExportedMetric> {
  const out = new Map<string, ExportedMetric>();
  for (const m of source.matchAll(/new (Counter|Gauge|Histogram|Summary)\(\{([\s\S]*?)\}\)/g)) {
    const name = /name:\s*'([^']+)'/.exec(m[2])?.[1];
    if (!name) continue;
    const labels = /labelNames:\s*\[([^\]]*)\]/.exec(m[2])?.[1] ?? '';
    out.set(name, { type: m[1] as ExportedMetric['type'], labels: [...labels.matchAll(/'([^']+)'/g)].map((l) => l[1]) });
  }
  return out;
}

/** The string values the trace encoder writes into SpanKind and StatusCode. */
export function traceEnumValues(source = readText('src/store/clickhouse/encode-traces.ts')): { SpanKind: string[]; StatusCode: string[] } {
  const list = (name: string) => {
    const m = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(source);
    if (!m) throw new Error(`${name} not found in encode-traces.ts`);
    return [...m[1].matchAll(/'([^']+)'/g)].map((v) => v[1]);
  };
  return { SpanKind: list('KIND'), StatusCode: list('STATUS') };
}

// Renders the placeholders in migrations/clickhouse/*.sql for one node or a cluster.
// Single node: {{table X}} is X with the configured engine. Cluster: {{table X}} becomes the
// replicated local table X_local ON CLUSTER, and a Distributed X is added over it, as the
// Collector exporter's cluster_name/table_engine options do. Materialized views read and
// write the local tables, so each shard maintains its own lookup rows.

export interface DdlOptions {
  database: string;
  cluster: string;
  engineName: string;
  engineParams: string;
  ttlDays: number;
}

// The optional leading space goes with the placeholder, so one that renders empty leaves no gap.
const PLACEHOLDER = /( ?)\{\{\s*(table|view|target|source|on_cluster|engine|ttl|db)\b\s*([^}]*)\}\}/g;

export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

export function renderStatement(stmt: string, o: DdlOptions): string[] {
  const clustered = o.cluster !== '';
  const q = (name: string) => `${ident(o.database)}.${ident(name)}`;
  const local = (name: string) => (clustered ? `${name}_local` : name);
  let created: string | undefined;
  const rendered = stmt.replace(PLACEHOLDER, (_m, lead: string, kind: string, arg: string) => {
    const out = placeholder(kind, arg.trim());
    return out === '' ? '' : lead + out;
  });
  function placeholder(kind: string, a: string): string {
    switch (kind) {
      case 'table':
        created = a;
        return q(local(a));
      case 'view':
        return q(a);
      case 'target':
      case 'source':
        return q(local(a));
      case 'on_cluster':
        return clustered ? `ON CLUSTER ${ident(o.cluster)}` : '';
      case 'engine':
        return engine(o);
      case 'ttl':
        return o.ttlDays > 0 ? `TTL ${a} + toIntervalDay(${o.ttlDays})` : '';
      case 'db':
        return ident(o.database);
      default:
        throw new Error(`unknown placeholder ${kind}`);
    }
  }
  const out = [rendered];
  if (clustered && created) {
    out.push(
      `CREATE TABLE IF NOT EXISTS ${q(created)} ON CLUSTER ${ident(o.cluster)} AS ${q(local(created))} ` +
        `ENGINE = Distributed(${quote(o.cluster)}, ${quote(o.database)}, ${quote(local(created))}, rand())`,
    );
  }
  return out;
}

function engine(o: DdlOptions): string {
  if (o.cluster === '') return `${o.engineName}(${o.engineParams})`;
  const name = o.engineName.startsWith('Replicated') ? o.engineName : `Replicated${o.engineName}`;
  // Without explicit params the server's default_replica_path / default_replica_name apply.
  return `${name}(${o.engineParams})`;
}

export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

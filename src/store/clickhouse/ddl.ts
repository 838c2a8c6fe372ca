// Renders the placeholders in migrations/clickhouse/*.sql for one node or a cluster.
// Single node: {{table X}} is X with the configured engine, as the Collector exporter creates it.
// Cluster: {{table X}} becomes a replicated local table X_local ON CLUSTER, and a Distributed X
// (sharded by rand()) is added over it. Materialized views read and write the local tables, so
// each shard maintains its own lookup rows.
//
// This is NOT what the exporter's cluster_name / table_engine do. The exporter only adds
// ON CLUSTER <cluster_name> to its CREATE statements and uses table_engine verbatim
// (ENGINE = name(params), default MergeTree()): no "Replicated" prefix is added, no _local
// tables and no Distributed tables are created, and its view reads and writes the plain names.
// So an exporter with cluster_name gets one table X per node holding only what was inserted
// on that node (replicated only if the user chose a Replicated engine), while Homeostat's X
// is a Distributed table over every shard. A Collector pointed at Homeostat's cluster tables
// inserts into the Distributed X (which shards the rows); Homeostat's ClickHouse source reading
// an exporter-made cluster reads X on the node it connects to, i.e. that node's rows only.

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
        return engine(o, a);
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

/**
 * The configured engine, or with `family` (a table whose rows must merge a certain way, like
 * the trace-id lookup's AggregatingMergeTree) that family, replicated when the configured engine
 * or cluster mode is. The configured params then go along only to a replicated engine, where
 * they are the replica path and name; another family's own params would not fit.
 */
function engine(o: DdlOptions, family = ''): string {
  const replicated = o.cluster !== '' || o.engineName.startsWith('Replicated');
  if (family !== '') {
    if (!/^[A-Za-z]+$/.test(family)) throw new Error(`not an engine family: ${JSON.stringify(family)}`);
    return replicated ? `Replicated${family}(${o.engineParams})` : `${family}()`;
  }
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

// The design document's schema, as written, against what `homeostat migrate` creates, on embedded
// PGlite and on a PostgreSQL 15 server. test/fixtures/seed-schema.sql is the document's DDL copied
// verbatim; it is loaded into a scratch schema of the same database, so both sides are read from
// the catalog the same way and nothing is transcribed by hand. Every seed column must exist under
// its name with the seed's type or a strictly wider one, every enum label and every index too.
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../src/store/postgres/migrate.ts';
import { BACKENDS, type OpenBackend } from './backends.ts';

const FIXTURE = readFileSync(new URL('../../fixtures/seed-schema.sql', import.meta.url), 'utf8');
const SEED = 'seed_reference';

/** Stays in ClickHouse with the rest of the telemetry (README, Storage layout). */
const NOT_IN_POSTGRES = new Set(['system_metrics']);

/**
 * Seed indexes Homeostat deliberately keeps in another form, with the reason. Only this one:
 * Homeostat keeps a baseline per series and hour of the week, many per (component, metric_name).
 */
const INDEX_EXCEPTIONS: Record<string, string> = {
  'performance_baselines(component,metric_name) unique': 'performance_baselines(component,metric_name)',
};

/** The fixture's statements, types first (the document lists its enums after the tables that use them). */
function seedStatements(): string[] {
  const stmts = FIXTURE.replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const rank = (s: string) => (/^CREATE TYPE/i.test(s) ? 0 : /^CREATE TABLE/i.test(s) ? 1 : 2);
  return stmts.sort((a, b) => rank(a) - rank(b));
}

interface Column {
  table: string;
  column: string;
  /** pg_type name (varchar, int4, numeric, error_severity_enum, ...). */
  type: string;
  enum: boolean;
  /** Character length, or numeric precision/scale; null when unconstrained. */
  length: number | null;
  precision: number | null;
  scale: number | null;
}

async function columns(pool: pg.Pool, schema: string): Promise<Column[]> {
  const { rows } = await pool.query<Column>(
    `SELECT c.relname AS table, a.attname AS column, t.typname AS type, t.typtype = 'e' AS enum,
            CASE WHEN t.typname IN ('varchar', 'bpchar') AND a.atttypmod > 0 THEN a.atttypmod - 4 END AS length,
            CASE WHEN t.typname = 'numeric' AND a.atttypmod > 0 THEN ((a.atttypmod - 4) >> 16) & 65535 END AS precision,
            CASE WHEN t.typname = 'numeric' AND a.atttypmod > 0 THEN (a.atttypmod - 4) & 65535 END AS scale
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
      WHERE n.nspname = $1 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [schema],
  );
  return rows;
}

async function enumLabels(pool: pg.Pool, schema: string): Promise<Record<string, string[]>> {
  const { rows } = await pool.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.labels]));
}

interface Index {
  name: string;
  table: string;
  /** `table(col,col)` plus ` unique` when unique. */
  described: string;
}

async function indexes(pool: pg.Pool, schema: string): Promise<Index[]> {
  const { rows } = await pool.query<Index>(
    `SELECT ic.relname AS name, c.relname AS table,
            c.relname || '(' || array_to_string(array(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord), ',') || ')'
            || CASE WHEN i.indisunique THEN ' unique' ELSE '' END AS described
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1`,
    [schema],
  );
  return rows;
}

/** Why `ours` cannot hold every value of the seed's type, or undefined when it can. */
function narrower(seed: Column, ours: Column): string | undefined {
  const name = (c: Column) => `${c.type}${c.length !== null ? `(${c.length})` : c.precision !== null ? `(${c.precision},${c.scale})` : ''}`;
  const why = `${name(ours)} is narrower than the seed's ${name(seed)}`;
  if (seed.enum) return ours.enum && ours.type === seed.type ? undefined : why;
  switch (seed.type) {
    case 'varchar':
      return ours.type === 'text' || (ours.type === 'varchar' && (ours.length === null || (seed.length !== null && ours.length >= seed.length))) ? undefined : why;
    case 'int4':
      return ours.type === 'int4' || ours.type === 'int8' ? undefined : why;
    case 'numeric': {
      if (ours.type === 'numeric') {
        if (ours.precision === null) return undefined;
        if (seed.precision === null) return why;
        const digits = (c: Column) => c.precision! - c.scale!;
        return digits(ours) >= digits(seed) && ours.scale! >= seed.scale! ? undefined : why;
      }
      // Every decimal of up to 15 significant digits reads back exactly from a double.
      return ours.type === 'float8' && seed.precision !== null && seed.precision <= 15 ? undefined : why;
    }
    case 'uuid':
      // Text holds every UUID (user_id: enduser.id is seldom one).
      return ours.type === 'uuid' || ours.type === 'text' ? undefined : why;
    default:
      return ours.type === seed.type ? undefined : why;
  }
}

describe.each(BACKENDS)('the seed schema after migrate on $name', (backend) => {
  let db: OpenBackend;
  let pool: pg.Pool;
  let seedColumns: Column[];
  let ourColumns: Column[];

  beforeAll(async () => {
    db = await backend.open();
    pool = db.handle.pool;
    await migratePostgres(pool);
    // One client and SET LOCAL: the seed's unqualified names land in the scratch schema only.
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`CREATE SCHEMA ${SEED}`);
      await client.query(`SET LOCAL search_path TO ${SEED}`);
      for (const stmt of seedStatements()) await client.query(stmt);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
    seedColumns = await columns(pool, SEED);
    ourColumns = await columns(pool, 'public');
  });

  afterAll(async () => {
    await db?.dispose();
  });

  it('the fixture is the whole document schema: 9 tables, 4 enums, 7 named indexes', async () => {
    expect(new Set(seedColumns.map((c) => c.table)).size).toBe(9);
    expect(seedColumns).toHaveLength(90);
    expect(Object.keys(await enumLabels(pool, SEED)).sort()).toEqual(['error_category_enum', 'error_severity_enum', 'execution_status_enum', 'risk_level_enum']);
    expect((await indexes(pool, SEED)).filter((i) => i.name.startsWith('idx_'))).toHaveLength(7);
  });

  it('has every seed column under its name, with the seed type or a wider one', () => {
    const ours = new Map(ourColumns.map((c) => [`${c.table}.${c.column}`, c]));
    const problems: string[] = [];
    let checked = 0;
    for (const seed of seedColumns) {
      if (NOT_IN_POSTGRES.has(seed.table)) continue;
      checked++;
      const key = `${seed.table}.${seed.column}`;
      const mine = ours.get(key);
      if (!mine) problems.push(`${key}: missing`);
      else {
        const why = narrower(seed, mine);
        if (why) problems.push(`${key}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(82);
  });

  it('has every seed enum label', async () => {
    const seed = await enumLabels(pool, SEED);
    const ours = await enumLabels(pool, 'public');
    const missing = Object.entries(seed).flatMap(([type, labels]) => labels.filter((l) => !ours[type]?.includes(l)).map((l) => `${type}.${l}`));
    expect(missing).toEqual([]);
    // Severity still sorts by gravity with the seed's INFO below LOW.
    expect(ours.error_severity_enum).toEqual(['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
  });

  it('has every seed index: named ones under their names, keys and unique constraints on the same columns', async () => {
    const seed = (await indexes(pool, SEED)).filter((i) => !NOT_IN_POSTGRES.has(i.table));
    const ours = await indexes(pool, 'public');
    const described = new Set(ours.map((i) => i.described));
    const byName = new Map(ours.map((i) => [i.name, i.described]));
    const problems: string[] = [];
    for (const i of seed) {
      const want = INDEX_EXCEPTIONS[i.described] ?? i.described;
      if (i.name.startsWith('idx_')) {
        if (byName.get(i.name) !== want) problems.push(`${i.name}: ${byName.has(i.name) ? `is ${byName.get(i.name)}` : 'missing'}, want ${want}`);
      } else if (!described.has(want)) problems.push(`${want}: missing (seed ${i.name})`);
    }
    expect(problems).toEqual([]);
    expect(seed.filter((i) => i.name.startsWith('idx_')).map((i) => i.name).sort()).toEqual([
      'idx_error_events_category',
      'idx_error_events_severity',
      'idx_error_events_timestamp',
      'idx_healing_audit_trail_timestamp',
      'idx_recovery_executions_error_event',
    ]);
  });

  it('keeps system_metrics out of Postgres', () => {
    expect(ourColumns.some((c) => c.table === 'system_metrics')).toBe(false);
  });

  it('a narrower type or a missing column would be reported', () => {
    const col = (type: string, extra: Partial<Column> = {}): Column => ({ table: 't', column: 'c', type, enum: false, length: null, precision: null, scale: null, ...extra });
    expect(narrower(col('varchar', { length: 255 }), col('varchar', { length: 100 }))).toMatch(/narrower/);
    expect(narrower(col('numeric', { precision: 3, scale: 2 }), col('numeric', { precision: 3, scale: 1 }))).toMatch(/narrower/);
    expect(narrower(col('numeric', { precision: 10, scale: 4 }), col('numeric', { precision: 5, scale: 4 }))).toMatch(/narrower/);
    expect(narrower(col('int4'), col('int2'))).toMatch(/narrower/);
    expect(narrower(col('interval'), col('text'))).toMatch(/narrower/);
    expect(narrower(col('x_enum', { enum: true }), col('text'))).toMatch(/narrower/);
    expect(narrower(col('numeric', { precision: 3, scale: 2 }), col('numeric', { precision: 5, scale: 4 }))).toBeUndefined();
    expect(narrower(col('varchar', { length: 255 }), col('text'))).toBeUndefined();
  });
});

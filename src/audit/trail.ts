// The healing audit trail: append-only and hash-chained. Each row's hash is
// sha256(prev_hash + canonical JSON of the entry), so editing, removing or reordering a row
// breaks every hash after it (see verify.ts). The chain's order is the `seq` column; `id` is the
// seed's uuid. The canonical form names its members as the first release of the table did
// (occurred_at, action, details), not after today's columns, so rows hashed before the columns
// took the seed's names verify unchanged; result and impact_assessment, added later, are hashed
// only when set, which leaves every older row's canonical form as it was. Appends are serialised
// in-process by a promise queue, and across replicas by a transaction-scoped advisory lock taken
// before the chain's head is read, so two writers can never both extend the same head.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { canonicalize, canonicalJson } from '../store/index.ts';

export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown>;
  /** Defaults to now; kept to the millisecond so the stored value re-hashes identically. */
  occurredAt?: Date;
  /** The seed's result: what the action came to (e.g. a diagnosis that needs approval). */
  result?: string;
  /** The seed's impact_assessment: who and what the action's subject affects. */
  impactAssessment?: Record<string, unknown>;
}

/** A stored row as verification reads it: `seq` is its place in the chain. */
export interface StoredAuditRow {
  seq: string;
  timestamp: Date;
  actor: string;
  action_type: string;
  entity_type: string;
  entity_id: string;
  action_details: unknown;
  result: string | null;
  impact_assessment: unknown;
  prev_hash: string | null;
  hash: string;
}

/** The hashed content of a stored row. */
export function storedContent(row: StoredAuditRow): HashedContent {
  return {
    occurredAt: row.timestamp,
    actor: row.actor,
    action: row.action_type,
    entityType: row.entity_type,
    entityId: row.entity_id,
    details: row.action_details,
    result: row.result,
    impactAssessment: row.impact_assessment,
  };
}

export interface HashedContent {
  occurredAt: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  details: unknown;
  result?: string | null;
  impactAssessment?: unknown;
}

/** Arbitrary but fixed: every Homeostat replica serialises audit appends on this key. */
export const AUDIT_LOCK_KEY = 0x486f6d65; // "Home"

export function entryHash(prevHash: string | null, e: HashedContent): string {
  const body = canonicalJson({
    occurred_at: e.occurredAt.toISOString(),
    actor: e.actor,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    details: e.details,
    // Absent (not null) when unset: the canonical form of rows written without them is unchanged.
    ...(e.result != null ? { result: e.result } : {}),
    ...(e.impactAssessment != null ? { impact_assessment: e.impactAssessment } : {}),
  });
  return createHash('sha256').update((prevHash ?? '') + body).digest('hex');
}

export class AuditTrail {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: pg.Pool) {}

  /** Appends one entry; resolves with its seq (as `id`: its place in the chain) and hash once committed. Appends run one at a time. */
  async append(entry: AuditEntry): Promise<{ id: string; hash: string }> {
    return (await this.appendMany([entry]))[0];
  }

  /**
   * Appends entries in their order in one transaction: all of them or none. The audit stage
   * writes what queued while the previous write was open this way (group commit): on embedded
   * Postgres a transaction holds the only backend, and one per row kept every other query
   * waiting behind the trail under load.
   */
  appendMany(entries: readonly AuditEntry[]): Promise<{ id: string; hash: string }[]> {
    if (entries.length === 0) return Promise.resolve([]);
    const run = this.tail.then(() => this.insert(entries));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async insert(entries: readonly AuditEntry[]): Promise<{ id: string; hash: string }[]> {
    const rows = entries.map((entry) => ({
      entry,
      occurredAt: new Date(Math.floor((entry.occurredAt ?? new Date()).getTime())),
      details: canonicalize(entry.details) as Record<string, unknown>,
      impact: entry.impactAssessment === undefined ? null : (canonicalize(entry.impactAssessment) as Record<string, unknown>),
      result: entry.result ?? null,
    }));
    // One client for the whole transaction; nothing else is awaited while it is held (PGlite has one connection).
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
      const head = await client.query<{ hash: string }>('SELECT hash FROM healing_audit_trail ORDER BY seq DESC LIMIT 1');
      let prev = head.rows[0]?.hash ?? null;
      const values: unknown[] = [];
      const tuples: string[] = [];
      const hashes: string[] = [];
      for (const r of rows) {
        const hash = entryHash(prev, { ...r.entry, occurredAt: r.occurredAt, details: r.details, result: r.result, impactAssessment: r.impact });
        const b = values.length;
        tuples.push(`($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::jsonb, $${b + 7}, $${b + 8}::jsonb, $${b + 9}, $${b + 10})`);
        values.push(r.occurredAt, r.entry.actor, r.entry.action, r.entry.entityType, r.entry.entityId, JSON.stringify(r.details), r.result, r.impact === null ? null : JSON.stringify(r.impact), prev, hash);
        hashes.push(hash);
        prev = hash;
      }
      // seq follows the VALUES order, so the chain's order is the entries' order.
      const r = await client.query<{ id: string; hash: string }>(
        `INSERT INTO healing_audit_trail ("timestamp", actor, action_type, entity_type, entity_id, action_details, result, impact_assessment, prev_hash, hash)
         VALUES ${tuples.join(', ')} RETURNING seq::text AS id, hash`,
        values,
      );
      await client.query('COMMIT');
      const ids = new Map(r.rows.map((x) => [x.hash, x.id]));
      return hashes.map((hash) => ({ id: ids.get(hash)!, hash }));
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}

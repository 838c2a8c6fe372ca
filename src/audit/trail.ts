// The healing audit trail: append-only and hash-chained. Each row's hash is
// sha256(prev_hash + canonical JSON of the entry), so editing, removing or reordering a row
// breaks every hash after it (see verify.ts). The chain's order is the `seq` column; `id` is the
// seed's uuid. The canonical form names its members as the first release of the table did
// (occurred_at, action, details), not after today's columns, so rows hashed before the columns
// took the seed's names verify unchanged; result and impact_assessment, added later, are hashed
// only when set, which leaves every older row's canonical form as it was. Appends are serialised in-process by a promise
// queue, and across replicas by a transaction-scoped advisory lock taken before the chain's
// head is read, so two writers can never both extend the same head.
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
  append(entry: AuditEntry): Promise<{ id: string; hash: string }> {
    const run = this.tail.then(() => this.insert(entry));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async insert(entry: AuditEntry): Promise<{ id: string; hash: string }> {
    const occurredAt = new Date(Math.floor((entry.occurredAt ?? new Date()).getTime()));
    const details = canonicalize(entry.details) as Record<string, unknown>;
    const impact = entry.impactAssessment === undefined ? null : (canonicalize(entry.impactAssessment) as Record<string, unknown>);
    const result = entry.result ?? null;
    // One client for the whole transaction; nothing else is awaited while it is held (PGlite has one connection).
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
      const head = await client.query<{ hash: string }>('SELECT hash FROM healing_audit_trail ORDER BY seq DESC LIMIT 1');
      const prev = head.rows[0]?.hash ?? null;
      const hash = entryHash(prev, { ...entry, occurredAt, details, result, impactAssessment: impact });
      const r = await client.query<{ id: string }>(
        `INSERT INTO healing_audit_trail ("timestamp", actor, action_type, entity_type, entity_id, action_details, result, impact_assessment, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9, $10) RETURNING seq::text AS id`,
        [occurredAt, entry.actor, entry.action, entry.entityType, entry.entityId, JSON.stringify(details), result, impact === null ? null : JSON.stringify(impact), prev, hash],
      );
      await client.query('COMMIT');
      return { id: r.rows[0].id, hash };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}

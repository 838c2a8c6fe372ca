// The healing audit trail: append-only and hash-chained. Each row's hash is
// sha256(prev_hash + canonical JSON of the entry), so editing, removing or reordering a row
// breaks every hash after it (see verify.ts). Appends are serialised in-process by a promise
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
}

export interface StoredAuditRow {
  id: string;
  occurred_at: Date;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  details: unknown;
  prev_hash: string | null;
  hash: string;
}

/** Arbitrary but fixed: every Homeostat replica serialises audit appends on this key. */
export const AUDIT_LOCK_KEY = 0x486f6d65; // "Home"

export function entryHash(prevHash: string | null, e: { occurredAt: Date; actor: string; action: string; entityType: string; entityId: string; details: unknown }): string {
  const body = canonicalJson({
    occurred_at: e.occurredAt.toISOString(),
    actor: e.actor,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    details: e.details,
  });
  return createHash('sha256').update((prevHash ?? '') + body).digest('hex');
}

export class AuditTrail {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: pg.Pool) {}

  /** Appends one entry; resolves with its id and hash once committed. Appends run one at a time. */
  append(entry: AuditEntry): Promise<{ id: string; hash: string }> {
    const run = this.tail.then(() => this.insert(entry));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async insert(entry: AuditEntry): Promise<{ id: string; hash: string }> {
    const occurredAt = new Date(Math.floor((entry.occurredAt ?? new Date()).getTime()));
    const details = canonicalize(entry.details) as Record<string, unknown>;
    // One client for the whole transaction; nothing else is awaited while it is held (PGlite has one connection).
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
      const head = await client.query<{ hash: string }>('SELECT hash FROM healing_audit_trail ORDER BY id DESC LIMIT 1');
      const prev = head.rows[0]?.hash ?? null;
      const hash = entryHash(prev, { ...entry, occurredAt, details });
      const r = await client.query<{ id: string }>(
        `INSERT INTO healing_audit_trail (occurred_at, actor, action, entity_type, entity_id, details, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) RETURNING id::text AS id`,
        [occurredAt, entry.actor, entry.action, entry.entityType, entry.entityId, JSON.stringify(details), prev, hash],
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

// Recomputes the audit chain from the stored rows and reports the first link that does not hold:
// a row whose prev_hash is not its predecessor's hash (removed or reordered rows) or whose hash
// does not match its content (edited rows).
import type pg from 'pg';
import { entryHash, type StoredAuditRow } from './trail.ts';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken?: { id: string; reason: 'prev_hash_mismatch' | 'hash_mismatch'; expected: string | null; found: string | null };
}

const PAGE = 1000;

export async function verifyAuditTrail(pool: pg.Pool): Promise<VerifyResult> {
  let prev: string | null = null;
  let lastId = '0';
  let checked = 0;
  for (;;) {
    const r = await pool.query<StoredAuditRow>(
      `SELECT t.id::text AS id, occurred_at, actor, action, entity_type, entity_id, details, prev_hash, hash
       FROM healing_audit_trail t WHERE t.id > $1::bigint ORDER BY t.id LIMIT ${PAGE}`,
      [lastId],
    );
    for (const row of r.rows) {
      if ((row.prev_hash ?? null) !== prev) {
        return { ok: false, checked, firstBroken: { id: row.id, reason: 'prev_hash_mismatch', expected: prev, found: row.prev_hash } };
      }
      const h = entryHash(prev, {
        occurredAt: row.occurred_at,
        actor: row.actor,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        details: row.details,
      });
      if (h !== row.hash) return { ok: false, checked, firstBroken: { id: row.id, reason: 'hash_mismatch', expected: h, found: row.hash } };
      prev = row.hash;
      checked++;
      lastId = row.id;
    }
    if (r.rows.length < PAGE) return { ok: true, checked };
  }
}

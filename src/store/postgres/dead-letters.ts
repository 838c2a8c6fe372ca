// The delivery queue's dead letters in Postgres (delivery_dead_letters), written directly rather
// than through the queue: a dead letter must not wait behind the items that caused it.
import type pg from 'pg';
import type { DeadLetter, DeadLetterSink } from '../../delivery/index.ts';
import { pgJson, pgText } from './sanitize.ts';

const MAX_PAYLOAD_CHARS = 1_000_000;

export class PostgresDeadLetters implements DeadLetterSink {
  constructor(private readonly pool: pg.Pool) {}

  async write(e: DeadLetter): Promise<void> {
    let payload = pgJson(e.payload);
    if (payload.length > MAX_PAYLOAD_CHARS) payload = JSON.stringify({ truncated: true, head: payload.slice(0, MAX_PAYLOAD_CHARS) });
    await this.pool.query(
      `INSERT INTO delivery_dead_letters (created_at, target, kind, item_key, error_class, reason, payload) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [new Date(e.at), pgText(e.target), pgText(e.kind), pgText(e.key).slice(0, 1000), e.errorClass, pgText(e.reason), payload],
    );
  }
}

export async function countDeadLetters(pool: pg.Pool, target?: string): Promise<number> {
  const r = await pool.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM delivery_dead_letters WHERE $1::text IS NULL OR target = $1`,
    [target ?? null],
  );
  return Number(r.rows[0].n);
}

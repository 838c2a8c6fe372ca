// Learning which action works for which problem. Each verified outcome (the action fixed the
// incident, or it ran and did not) is counted per diagnosis category, and per (category, error
// pattern signature) when the diagnosis carried a mined template. Choosing among an incident's
// candidates is Thompson sampling: every candidate draws a success probability from
//   Beta(s0 + successes, f0 + failures),   s0 = p·n0, f0 = (1 − p)·n0
// where p is the catalog's prior success rate (the document's figures for the built-ins) and n0
// the prior's weight in outcomes; the candidate with the highest draw that the policy lets run
// goes first. A candidate uses its most specific record: the signature's when that action has
// outcomes for it, else the category's.
//
// The counts live in recovery_action_outcomes, written once per execution (recovery_executions.
// learned_at is the claim), so replicas sharing one PostgreSQL learn from each other and a
// restart forgets nothing. recovery_actions.success_rate (the posterior mean over every
// category) and average_execution_time, and error_patterns.associated_recovery_actions and
// success_rate, are derived from the same counts after each outcome.
import type pg from 'pg';

export interface LearningOptions {
  /** Thompson sampling over the outcomes; false: the catalog's order alone (outcomes are still counted). */
  enabled: boolean;
  /** How many outcomes the catalog's prior success rate is worth (n0). */
  priorStrength: number;
  /** Seed of the sampler; absent: a random one per process. */
  seed?: number;
}

export const DEFAULT_LEARNING: LearningOptions = { enabled: true, priorStrength: 2 };

export interface ArmRecord {
  successes: number;
  failures: number;
  /** Which record it is: the signature's or the category's (none: no outcome yet). */
  level: 'signature' | 'category' | 'none';
}

export interface Draw extends ArmRecord {
  action: string;
  prior: number;
  alpha: number;
  beta: number;
  theta: number;
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Gamma(shape, 1) draw: Marsaglia and Tsang's method; shape < 1 through Gamma(shape + 1)·U^(1/shape). */
export function sampleGamma(shape: number, random: () => number): number {
  if (shape < 1) {
    let u = 0;
    while (u === 0) u = random();
    return sampleGamma(shape + 1, random) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(alpha, beta) draw as X / (X + Y) of two Gamma draws. */
export function sampleBeta(alpha: number, beta: number, random: () => number): number {
  const x = sampleGamma(alpha, random);
  const y = sampleGamma(beta, random);
  return x + y === 0 ? 0.5 : x / (x + y);
}

/** The Beta parameters of one candidate: the prior's pseudo-outcomes plus its record. */
export function posterior(prior: number, record: ArmRecord, priorStrength: number): { alpha: number; beta: number } {
  // Clamped so a prior of exactly 0 or 1 still leaves a proper distribution.
  const p = Math.min(0.99, Math.max(0.01, prior));
  return { alpha: p * priorStrength + record.successes, beta: (1 - p) * priorStrength + record.failures };
}

/** One Thompson draw per candidate, highest first (ties keep the catalog's order). */
export function thompson(candidates: Array<{ action: string; prior: number; record: ArmRecord }>, priorStrength: number, random: () => number): Draw[] {
  return candidates
    .map((c, i) => {
      const { alpha, beta } = posterior(c.prior, c.record, priorStrength);
      return { i, draw: { action: c.action, prior: c.prior, ...c.record, alpha, beta, theta: sampleBeta(alpha, beta, random) } };
    })
    .sort((a, b) => b.draw.theta - a.draw.theta || a.i - b.i)
    .map((x) => x.draw);
}

export type Verdict = 'now' | 'approval' | 'refused';

/**
 * The action Thompson sampling puts first: the highest draw the policy lets run now, else the
 * highest that may run after a person approves; none when the policy refuses every one. Asks
 * the policy in draw order and stops at the first that may run now.
 */
export async function learnedFirst(draws: Draw[], verdict: (action: string) => Promise<Verdict>): Promise<{ action: string; waits: boolean } | undefined> {
  let waiting: string | undefined;
  for (const d of draws) {
    const v = await verdict(d.action);
    if (v === 'now') return { action: d.action, waits: false };
    if (v === 'approval') waiting ??= d.action;
  }
  return waiting ? { action: waiting, waits: true } : undefined;
}

/** Each action's signature record when it has outcomes there, else its category record ('' signature). */
export function mostSpecific(rows: Array<{ action: string; signature: string; successes: number; failures: number }>, actions: string[]): Map<string, ArmRecord> {
  const out = new Map<string, ArmRecord>(actions.map((a) => [a, { successes: 0, failures: 0, level: 'none' }]));
  for (const row of rows) {
    const cur = out.get(row.action);
    if (!cur || row.successes + row.failures === 0) continue;
    const specific = row.signature !== '';
    if (specific || cur.level !== 'signature') out.set(row.action, { successes: row.successes, failures: row.failures, level: specific ? 'signature' : 'category' });
  }
  return out;
}

export interface Outcome {
  executionId: string;
  category: string;
  signature: string | null;
  success: boolean;
  /** The action's prior success rate in the catalog. */
  prior: number;
}

export class LearningStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Each named action's most specific record for this category and signature. */
  async records(category: string, signature: string | null, actions: string[]): Promise<Map<string, ArmRecord>> {
    const r = await this.pool.query(
      `SELECT a.name, o.signature, o.successes, o.failures FROM recovery_action_outcomes o JOIN recovery_actions a ON a.id = o.recovery_action_id
        WHERE o.category = $1 AND o.signature = ANY($2::text[]) AND a.name = ANY($3::text[])`,
      [category, signature ? ['', signature] : [''], actions],
    );
    return mostSpecific(
      (r.rows as Array<{ name: string; signature: string; successes: number; failures: number }>).map((x) => ({ action: x.name, signature: x.signature, successes: x.successes, failures: x.failures })),
      actions,
    );
  }

  /** Counts one execution's outcome, once: false when it was already counted. */
  async record(x: Outcome & { priorStrength: number }): Promise<boolean> {
    return (await this.recordMany([x], x.priorStrength)) === 1;
  }

  /**
   * Counts a batch of outcomes, each execution once (recovery_executions.learned_at is the
   * claim: a second replica or a restart counts nothing), and refreshes the figures derived
   * from the counts. One statement for the counts and recovery_actions (the embedded database
   * has one connection), a second for error_patterns when the batch has signatures. Returns
   * how many executions were counted.
   */
  async recordMany(xs: Outcome[], priorStrength: number): Promise<number> {
    if (xs.length === 0) return 0;
    // Within one statement every read sees the table as it was before it: the action's totals
    // are the upserted rows' new values plus its other categories' rows, which it does not touch.
    const r = await this.pool.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::float8[]) AS i(id, category, ok, signature, prior)),
       claim AS (
         UPDATE recovery_executions e SET learned_at = now()
           FROM input i
          WHERE e.id = i.id AND e.learned_at IS NULL AND e.started_at IS NOT NULL
          RETURNING e.recovery_action_id, i.category, i.ok, i.signature, i.prior,
                    GREATEST(0, EXTRACT(EPOCH FROM (COALESCE(e.completed_at, now()) - e.started_at)) * 1000)::float8 AS ms),
       agg AS (
         SELECT c.category, s.sig, c.recovery_action_id, sum(c.ok)::int AS s, sum(1 - c.ok)::int AS f, sum(c.ms) AS ms
           FROM claim c CROSS JOIN LATERAL (VALUES (''), (c.signature)) AS s(sig)
          WHERE s.sig IS NOT NULL
          GROUP BY 1, 2, 3),
       up AS (
         INSERT INTO recovery_action_outcomes AS o (category, signature, recovery_action_id, successes, failures, total_ms)
         SELECT category, sig, recovery_action_id, s, f, ms FROM agg
         ON CONFLICT (category, signature, recovery_action_id) DO UPDATE
           SET successes = o.successes + EXCLUDED.successes, failures = o.failures + EXCLUDED.failures, total_ms = o.total_ms + EXCLUDED.total_ms, updated_at = now()
         RETURNING o.category, o.signature, o.recovery_action_id, o.successes, o.failures, o.total_ms),
       t AS (
         SELECT z.id, sum(z.s) AS s, sum(z.f) AS f, sum(z.ms) AS ms FROM (
           SELECT recovery_action_id AS id, successes::float8 AS s, failures::float8 AS f, total_ms AS ms FROM up WHERE signature = ''
           UNION ALL
           SELECT x.recovery_action_id, x.successes, x.failures, x.total_ms FROM recovery_action_outcomes x
            WHERE x.signature = '' AND x.recovery_action_id IN (SELECT recovery_action_id FROM up)
              AND NOT EXISTS (SELECT 1 FROM up u WHERE u.signature = '' AND u.recovery_action_id = x.recovery_action_id AND u.category = x.category)) z
          GROUP BY z.id),
       priors AS (SELECT recovery_action_id AS id, max(prior) AS prior FROM claim GROUP BY 1),
       fig AS (
         UPDATE recovery_actions a
            SET success_rate = round((((p.prior * $6::float8) + t.s) / ($6::float8 + t.s + t.f))::numeric, 4),
                average_execution_time = make_interval(secs => t.ms / GREATEST(t.s + t.f, 1) / 1000),
                updated_at = now()
           FROM t JOIN priors p ON p.id = t.id
          WHERE a.id = t.id
          RETURNING a.id)
       SELECT (SELECT count(*) FROM claim)::int AS counted, ARRAY(SELECT DISTINCT signature FROM claim WHERE signature IS NOT NULL) AS signatures`,
      [
        xs.map((x) => x.executionId),
        xs.map((x) => x.category),
        xs.map((x) => (x.success ? 1 : 0)),
        xs.map((x) => x.signature),
        xs.map((x) => Math.min(0.99, Math.max(0.01, x.prior))),
        priorStrength,
      ],
    );
    const counted = r.rows[0].counted as number;
    const signatures = r.rows[0].signatures as string[];
    if (signatures.length > 0) {
      // Each pattern's record across its categories: which actions were tried on it and how they did.
      await this.pool.query(
        `UPDATE error_patterns p
            SET associated_recovery_actions = t.assoc, success_rate = round(t.rate::numeric, 4), updated_at = now()
           FROM (SELECT o.signature,
                        jsonb_object_agg(a.name, jsonb_build_object('successes', o.s, 'failures', o.f, 'success_rate', round(o.s::numeric / (o.s + o.f), 4))) AS assoc,
                        sum(o.s)::float8 / sum(o.s + o.f) AS rate
                   FROM (SELECT signature, recovery_action_id, sum(successes)::int AS s, sum(failures)::int AS f
                           FROM recovery_action_outcomes WHERE signature = ANY($1::text[]) GROUP BY 1, 2) o
                   JOIN recovery_actions a ON a.id = o.recovery_action_id
                  WHERE o.s + o.f > 0
                  GROUP BY o.signature) t
          WHERE p.pattern_signature = t.signature`,
        [signatures],
      );
    }
    return counted;
  }
}

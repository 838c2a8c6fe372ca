// The design document's daily success metrics (SelfHealingMetrics.generate_daily_report), one
// self_healing_metrics row per UTC day, computed from what Homeostat recorded in Postgres:
// - total_errors: incidents opened that day (error_events by their "timestamp");
// - automated_recoveries: recovery executions started that day (an action actually run, whether
//   it ran on its own or after a person approved it);
// - successful_recoveries: those of them that completed and were verified (COMPLETED, success);
// - escalated_errors: incidents escalated to people that day (escalation.raised at level 0 in the
//   audit trail, so the count holds without the escalations table);
// - average_recovery_time: from an incident's opening to the end of the execution that recovered
//   it, over the executions that succeeded that day (the document's MTTR);
// - system_availability: the share of the day (up to now, for today) during which no HIGH or
//   CRITICAL incident was open; overlapping incidents count once;
// - labelled_errors, false_positives: of the incidents opened that day, how many a person
//   labelled (a category or "not an incident"), and how many as not an incident. The document's
//   false-positive rate "for error detection" is false_positives / total_errors: unlabelled
//   incidents count as real, so it is a lower bound until people have reviewed them.
// A false positive is no outage and had nothing to recover: it is left out of availability and
// of every recovery figure (an action run on it, or "verified" by the close its label made, is no
// recovery), but still counted in total_errors: detection raised it.
// Recomputing a day overwrites its row, so the job can run as often as wanted, on any replica.
import type pg from 'pg';

export interface DailyMetrics {
  /** YYYY-MM-DD (UTC). */
  date: string;
  totalErrors: number;
  automatedRecoveries: number;
  successfulRecoveries: number;
  escalatedErrors: number;
  /** Seconds; null when nothing was recovered that day. */
  averageRecoveryTimeS: number | null;
  /** 0..1; null for a day that has not started. */
  systemAvailability: number | null;
  /** Of totalErrors: labelled by a person (either way), and labelled not an incident. */
  labelledErrors: number;
  falsePositives: number;
}

/** Events a person said were not incidents; `e` is the error_events alias. */
const FALSE_POSITIVE = (e: string) => `EXISTS (SELECT 1 FROM diagnosis_labels fp WHERE fp.error_event_id = ${e}.id AND fp.not_an_incident)`;
/** The same, for a recovery execution `x` (one without an event is kept). */
const FALSE_POSITIVE_EXECUTION = `EXISTS (SELECT 1 FROM diagnosis_labels fp WHERE fp.error_event_id = x.error_event_id AND fp.not_an_incident)`;

const DAY_MS = 86_400_000;
/** Incidents at these severities make the system unavailable while they are open. */
const OUTAGE_SEVERITIES = ['HIGH', 'CRITICAL'];

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayStart(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isFinite(ms)) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return ms;
}

/** The days from `from` to `to`, both included, oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = dayStart(from); t <= dayStart(to); t += DAY_MS) out.push(dayOf(t));
  return out;
}

/** Computes one day's figures from the recorded events, executions and audit rows. */
export async function computeDay(pool: pg.Pool, date: string, now: number): Promise<DailyMetrics> {
  const start = new Date(dayStart(date));
  const end = new Date(dayStart(date) + DAY_MS);
  // One statement per figure, no transaction: the embedded pool has one connection.
  const one = async (sql: string, params: unknown[]) => (await pool.query<{ v: string | number | null }>(sql, params)).rows[0]?.v ?? null;
  const totalErrors = Number(await one(`SELECT count(*) AS v FROM error_events WHERE "timestamp" >= $1 AND "timestamp" < $2`, [start, end]));
  const automatedRecoveries = Number(await one(
    `SELECT count(*) AS v FROM recovery_executions x WHERE x.started_at >= $1 AND x.started_at < $2 AND NOT ${FALSE_POSITIVE_EXECUTION}`,
    [start, end],
  ));
  const successfulRecoveries = Number(await one(
    `SELECT count(*) AS v FROM recovery_executions x
      WHERE x.started_at >= $1 AND x.started_at < $2 AND x.execution_status = 'COMPLETED' AND x.success IS TRUE AND NOT ${FALSE_POSITIVE_EXECUTION}`,
    [start, end],
  ));
  const escalatedErrors = Number(await one(
    `SELECT count(DISTINCT entity_id) AS v FROM healing_audit_trail
      WHERE action_type = 'escalation.raised' AND "timestamp" >= $1 AND "timestamp" < $2 AND (action_details->>'level')::int = 0`,
    [start, end],
  ));
  const mttr = await one(
    `SELECT avg(extract(epoch FROM (x.completed_at - e."timestamp")))::float8 AS v
       FROM recovery_executions x JOIN error_events e ON e.id = x.error_event_id
      WHERE x.completed_at >= $1 AND x.completed_at < $2 AND x.execution_status = 'COMPLETED' AND x.success IS TRUE AND x.completed_at >= e."timestamp"
        AND NOT ${FALSE_POSITIVE('e')}`,
    [start, end],
  );
  const labels = (await pool.query<{ labelled: number; fp: number }>(
    `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM diagnosis_labels l WHERE l.error_event_id = e.id AND l.source = 'human'))::int AS labelled,
            count(*) FILTER (WHERE ${FALSE_POSITIVE('e')})::int AS fp
       FROM error_events e WHERE e."timestamp" >= $1 AND e."timestamp" < $2`,
    [start, end],
  )).rows[0];
  return {
    date,
    totalErrors,
    automatedRecoveries,
    successfulRecoveries,
    escalatedErrors,
    averageRecoveryTimeS: mttr === null ? null : Number(mttr),
    systemAvailability: await availability(pool, start.getTime(), Math.min(end.getTime(), now), now),
    labelledErrors: labels.labelled,
    falsePositives: labels.fp,
  };
}

/** The share of [from, to) with no HIGH or CRITICAL incident open (intervals merged; false positives are no outage). */
async function availability(pool: pg.Pool, from: number, to: number, now: number): Promise<number | null> {
  if (to <= from) return null;
  const r = await pool.query<{ s: Date; e: Date | null }>(
    `SELECT "timestamp" AS s, closed_at AS e FROM error_events ev
      WHERE severity::text = ANY($3) AND "timestamp" < $2 AND (closed_at IS NULL OR closed_at > $1) AND NOT ${FALSE_POSITIVE('ev')}
      ORDER BY "timestamp"`,
    [new Date(from), new Date(to), OUTAGE_SEVERITIES],
  );
  let down = 0;
  let curS = -1;
  let curE = -1;
  for (const row of r.rows) {
    const s = Math.max(from, row.s.getTime());
    const e = Math.min(to, row.e ? row.e.getTime() : now);
    if (e <= s) continue;
    if (s > curE) {
      down += Math.max(0, curE - curS);
      curS = s;
      curE = e;
    } else curE = Math.max(curE, e);
  }
  down += Math.max(0, curE - curS);
  return Math.max(0, Math.min(1, 1 - down / (to - from)));
}

/** Writes (or overwrites) the day's row. */
export async function writeDay(pool: pg.Pool, m: DailyMetrics): Promise<void> {
  await pool.query(
    `INSERT INTO self_healing_metrics AS t (date, total_errors, automated_recoveries, successful_recoveries, escalated_errors, average_recovery_time, system_availability,
                                           labelled_errors, false_positives, updated_at)
     VALUES ($1, $2, $3, $4, $5, make_interval(secs => $6::float8), $7, $8, $9, now())
     ON CONFLICT (date) DO UPDATE SET total_errors = EXCLUDED.total_errors, automated_recoveries = EXCLUDED.automated_recoveries,
       successful_recoveries = EXCLUDED.successful_recoveries, escalated_errors = EXCLUDED.escalated_errors,
       average_recovery_time = EXCLUDED.average_recovery_time, system_availability = EXCLUDED.system_availability,
       labelled_errors = EXCLUDED.labelled_errors, false_positives = EXCLUDED.false_positives, updated_at = now()`,
    [m.date, m.totalErrors, m.automatedRecoveries, m.successfulRecoveries, m.escalatedErrors, m.averageRecoveryTimeS, m.systemAvailability === null ? null : Math.round(m.systemAvailability * 10_000) / 10_000,
      m.labelledErrors, m.falsePositives],
  );
}

/** Computes and stores every day from `from` to `to` (UTC dates, both included); returns the rows as stored. */
export async function refreshDays(pool: pg.Pool, from: string, to: string, now: number): Promise<DailyMetrics[]> {
  for (const d of daysBetween(from, to)) {
    if (dayStart(d) > now) break;
    await writeDay(pool, await computeDay(pool, d, now));
  }
  return readDays(pool, from, to);
}

/** The stored rows from `from` to `to`, oldest first. */
export async function readDays(pool: pg.Pool, from: string, to: string): Promise<DailyMetrics[]> {
  const r = await pool.query<{
    date: string; total_errors: number; automated_recoveries: number; successful_recoveries: number; escalated_errors: number; art: number | null; sa: number | null;
    labelled_errors: number; false_positives: number;
  }>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, total_errors, automated_recoveries, successful_recoveries, escalated_errors,
            extract(epoch FROM average_recovery_time)::float8 AS art, system_availability::float8 AS sa, labelled_errors, false_positives
       FROM self_healing_metrics WHERE date >= $1::date AND date <= $2::date ORDER BY date`,
    [from, to],
  );
  return r.rows.map((x) => ({
    date: x.date,
    totalErrors: x.total_errors,
    automatedRecoveries: x.automated_recoveries,
    successfulRecoveries: x.successful_recoveries,
    escalatedErrors: x.escalated_errors,
    averageRecoveryTimeS: x.art,
    systemAvailability: x.sa,
    labelledErrors: x.labelled_errors,
    falsePositives: x.false_positives,
  }));
}

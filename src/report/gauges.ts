// The design document's SelfHealingMetrics gauges on /metrics, refreshed by the daily metrics
// job from Postgres: errors detected per minute (last hour), recovery success rate (last 7
// days, false positives left out), diagnosis accuracy (incidents a person labelled with a category in the last 30 days
// whose latest diagnosis had that category), the false-positive rate (incidents opened in the
// last 30 days that a person labelled not an incident, over all opened: people review late, so
// the window is long), today's availability, and one time-to-recovery observation per verified
// recovery completed since the previous refresh (false positives had nothing to recover from).
import type pg from 'pg';
import type { Metrics } from '../telemetry/index.ts';
import type { DailyMetrics } from './daily.ts';

type Gauges = Pick<Metrics, 'errorsDetectedPerMinute' | 'recoverySuccessRate' | 'diagnosisAccuracy' | 'falsePositiveRate' | 'systemAvailability' | 'timeToRecovery'>;

const DAY_MS = 86_400_000;

export class SelfHealingGauges {
  /** Recoveries completed up to here have been observed in the histogram. */
  private observedUntil: number;

  constructor(private readonly pool: pg.Pool, private readonly m: Gauges, now: number) {
    this.observedUntil = now - DAY_MS;
  }

  async refresh(today: DailyMetrics | undefined, now: number): Promise<void> {
    const q = async (sql: string, params: unknown[]) => (await this.pool.query<{ n: string | number | null; d: string | number | null }>(sql, params)).rows[0];
    const hour = await q(`SELECT count(*) AS n, 60 AS d FROM error_events WHERE "timestamp" > $1 AND "timestamp" <= $2`, [new Date(now - 3_600_000), new Date(now)]);
    this.m.errorsDetectedPerMinute.set(Number(hour.n) / 60);
    const rec = await q(
      `SELECT count(*) FILTER (WHERE execution_status = 'COMPLETED' AND success IS TRUE) AS n, count(*) AS d FROM recovery_executions x
        WHERE started_at > $1 AND NOT EXISTS (SELECT 1 FROM diagnosis_labels l WHERE l.error_event_id = x.error_event_id AND l.not_an_incident)`,
      [new Date(now - 7 * DAY_MS)],
    );
    if (Number(rec.d) > 0) this.m.recoverySuccessRate.set(Number(rec.n) / Number(rec.d));
    const acc = await q(
      `SELECT count(*) FILTER (WHERE c.classification_type::text = l.category::text) AS n, count(*) AS d
         FROM diagnosis_labels l
         JOIN LATERAL (SELECT classification_type FROM error_classifications WHERE error_event_id = l.error_event_id ORDER BY created_at DESC, id DESC LIMIT 1) c ON true
        WHERE l.source = 'human' AND NOT l.not_an_incident AND l.created_at > $1`,
      [new Date(now - 30 * DAY_MS)],
    );
    if (Number(acc.d) > 0) this.m.diagnosisAccuracy.set(Number(acc.n) / Number(acc.d));
    const fp = await q(
      `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM diagnosis_labels l WHERE l.error_event_id = e.id AND l.not_an_incident)) AS n, count(*) AS d
         FROM error_events e WHERE e."timestamp" > $1 AND e."timestamp" <= $2`,
      [new Date(now - 30 * DAY_MS), new Date(now)],
    );
    if (Number(fp.d) > 0) this.m.falsePositiveRate.set(Number(fp.n) / Number(fp.d));
    if (today?.systemAvailability !== null && today?.systemAvailability !== undefined) this.m.systemAvailability.set(today.systemAvailability);
    const done = await this.pool.query<{ s: number; t: Date }>(
      `SELECT extract(epoch FROM (x.completed_at - e."timestamp"))::float8 AS s, x.completed_at AS t
         FROM recovery_executions x JOIN error_events e ON e.id = x.error_event_id
        WHERE x.execution_status = 'COMPLETED' AND x.success IS TRUE AND x.completed_at > $1 AND x.completed_at <= $2 AND x.completed_at >= e."timestamp"
          AND NOT EXISTS (SELECT 1 FROM diagnosis_labels l WHERE l.error_event_id = e.id AND l.not_an_incident)`,
      [new Date(this.observedUntil), new Date(now)],
    );
    for (const r of done.rows) this.m.timeToRecovery.observe(r.s);
    this.observedUntil = now;
  }
}

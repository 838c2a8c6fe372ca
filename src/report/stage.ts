// The daily success-metrics job: at start it computes yesterday and today, then again shortly
// after each UTC midnight (the day that just ended, and the new one), and every `refreshMs`
// in between so today's row is current. Each run overwrites the days it computes, and sets the
// SelfHealingMetrics gauges on /metrics (gauges.ts).
import type pg from 'pg';
import type { Stage } from '../stage.ts';
import type { Logger, Metrics } from '../telemetry/index.ts';
import { dayOf, refreshDays } from './daily.ts';
import { SelfHealingGauges } from './gauges.ts';

export interface DailyMetricsOptions {
  /** Today's row is recomputed this often; the finished day right after midnight regardless. */
  refreshMs: number;
}

const DAY_MS = 86_400_000;
/** After midnight, so rows written at 23:59:59 are in. */
const AFTER_MIDNIGHT_MS = 60_000;

export class DailyMetricsStage implements Stage {
  readonly name = 'report';
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private readonly gauges?: SelfHealingGauges;

  constructor(private readonly opts: DailyMetricsOptions, private readonly deps: { pool: pg.Pool; logger: Logger; metrics?: Metrics; now?: () => number }) {
    if (deps.metrics) this.gauges = new SelfHealingGauges(deps.pool, deps.metrics, (deps.now ?? Date.now)());
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Computes yesterday and today now (also what the timer does). */
  run(): Promise<void> {
    this.running ??= (async () => {
      const now = (this.deps.now ?? Date.now)();
      try {
        const rows = await refreshDays(this.deps.pool, dayOf(now - DAY_MS), dayOf(now), now);
        await this.gauges?.refresh(rows.find((r) => r.date === dayOf(now)), now);
        this.deps.logger.debug({ days: rows.map((r) => r.date) }, 'report: daily self-healing metrics written');
      } catch (err) {
        this.deps.logger.warn({ err }, 'report: could not compute the daily self-healing metrics; trying again later');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(async () => {
      await this.run();
      const now = (this.deps.now ?? Date.now)();
      const toMidnight = DAY_MS - (now % DAY_MS) + AFTER_MIDNIGHT_MS;
      this.schedule(Math.min(this.opts.refreshMs, toMidnight));
    }, delayMs);
    this.timer.unref?.();
  }
}

// Static limits: the operator's explicit "never above X" rules (the seed's thresholds and
// per-service overrides). Pure config, no learning, so they hold from the very first point; the
// engine scores each series against its limit (series-model.ts).

export type MetricKind = 'response_time_ms' | 'error_rate' | 'cpu_percent' | 'memory_percent';

export interface Limit {
  /** Value above which the point is anomalous. */
  max: number;
  /** Value at which the score reaches 1 (defaults to 1.5 × max). */
  critical?: number;
}

/** Seed defaults: response time > 2000 ms, error rate > 5 %, CPU > 80 %, memory > 85 %. */
export const DEFAULT_LIMITS: Record<MetricKind, Limit> = {
  response_time_ms: { max: 2000 },
  error_rate: { max: 0.05 }, // a fraction; 5 %
  cpu_percent: { max: 80, critical: 95 },
  memory_percent: { max: 85, critical: 95 },
};

export interface ThresholdConfig {
  defaults?: Partial<Record<MetricKind, Limit>>;
  /** service name → per-metric overrides. */
  services?: Record<string, Partial<Record<MetricKind, Limit>>>;
}

export function resolveLimit(cfg: ThresholdConfig, service: string, metric: MetricKind): Limit {
  return cfg.services?.[service]?.[metric] ?? cfg.defaults?.[metric] ?? DEFAULT_LIMITS[metric];
}

/** Score a value against a limit: 0 at or below max, rising linearly to 1 at critical. */
export function scoreAgainst(limit: Limit, v: number): number {
  if (!(v > limit.max)) return 0;
  const crit = limit.critical ?? limit.max * 1.5;
  // Just over the limit must still be a detection, hence the 0.5 floor.
  return crit > limit.max ? Math.min(1, 0.5 + (0.5 * (v - limit.max)) / (crit - limit.max)) : 1;
}

/** State: none besides the guard's last timestamp (8 bytes + 4 counters ≈ 40 bytes per series). */

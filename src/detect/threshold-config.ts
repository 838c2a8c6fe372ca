// Operator limits from self_healing.monitoring: the seed thresholds plus per-service overrides,
// in the units the engine compares (milliseconds, error fraction, utilisation fraction).
import type { Limit, MetricKind, ThresholdConfig } from './threshold.ts';

export interface MonitoringThresholds {
  response_time_ms: number;
  error_rate: number;
  cpu_usage: number;
  memory_usage: number;
}

export const SEED_THRESHOLDS: MonitoringThresholds = { response_time_ms: 2000, error_rate: 0.05, cpu_usage: 0.8, memory_usage: 0.85 };

export function limitsOf(t: MonitoringThresholds): Partial<Record<MetricKind, Limit>> {
  // cpu/memory limits are fractions (the config's 0.8), and the score saturates three quarters
  // of the way from the limit to 100 %.
  return {
    response_time_ms: { max: t.response_time_ms },
    error_rate: { max: t.error_rate },
    cpu_percent: { max: t.cpu_usage, critical: t.cpu_usage + (1 - t.cpu_usage) * 0.75 },
    memory_percent: { max: t.memory_usage, critical: t.memory_usage + (1 - t.memory_usage) * 0.75 },
  };
}

export function thresholdConfig(defaults: MonitoringThresholds, overrides: Record<string, Partial<MonitoringThresholds>> = {}): ThresholdConfig {
  const services: NonNullable<ThresholdConfig['services']> = {};
  for (const [svc, o] of Object.entries(overrides)) {
    const merged = { ...defaults };
    for (const [k, v] of Object.entries(o)) if (v !== undefined) merged[k as keyof MonitoringThresholds] = v;
    services[svc] = limitsOf(merged);
  }
  return { defaults: limitsOf(defaults), services };
}

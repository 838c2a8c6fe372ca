// What each derived series means to detection: which way is bad, how much noise to expect at a
// given sample size, which operator limit applies, and the category a person would file it under.
import type { Category } from '../records.ts';
import type { MetricKind } from './threshold.ts';

export type RoleName = 'latency' | 'error_rate' | 'rate' | 'log_rate' | 'metric' | 'resource' | 'hist_p95';

export interface Role {
  name: RoleName;
  /** Suffix of the derived series key. */
  suffix: string;
  /** Only increases are anomalous (a faster or cleaner service is good news). */
  upOnly: boolean;
  /** Fewest observations in a step for statistical detectors to judge it. */
  minCount: number;
  limitKind?: MetricKind;
  category: Category;
}

export const ROLES: Record<RoleName, Role> = {
  latency: { name: 'latency', suffix: 'p95_ms', upOnly: true, minCount: 5, limitKind: 'response_time_ms', category: 'PERFORMANCE' },
  error_rate: { name: 'error_rate', suffix: 'error_rate', upOnly: true, minCount: 10, limitKind: 'error_rate', category: 'API' },
  rate: { name: 'rate', suffix: 'rate', upOnly: false, minCount: 0, category: 'API' },
  log_rate: { name: 'log_rate', suffix: 'rate', upOnly: true, minCount: 0, category: 'UNKNOWN' },
  metric: { name: 'metric', suffix: 'value', upOnly: false, minCount: 0, category: 'UNKNOWN' },
  resource: { name: 'resource', suffix: 'value', upOnly: true, minCount: 0, category: 'RESOURCE' },
  hist_p95: { name: 'hist_p95', suffix: 'p95', upOnly: true, minCount: 5, category: 'PERFORMANCE' },
};

const RESOURCE_NAME = /memory|mem\b|heap|disk|filesystem|fs\.|storage|connection[s_.]*pool|pool.*(usage|util|used|active)|utili[sz]ation|saturation|cpu/i;
// Node's event-loop utilisation is the CPU of its one JavaScript thread: a service at 0.9 of
// it is CPU-bound whatever the machine's other cores are doing (and on a busy host a burning
// process gets less CPU time than it asks for, so its CPU gauge understates the problem).
const CPU_NAME = /cpu|event_?loop\.utili[sz]ation/i;
const MEMORY_NAME = /memory|heap|\bmem\b/i;

/** Utilisation-like metric (memory, disk, pools, CPU): predictive exhaustion applies, only rises matter. */
export function isResourceMetric(name: string): boolean {
  return RESOURCE_NAME.test(name) && /util|usage|used|ratio|percent|saturation|pool/i.test(name);
}

/**
 * A metric whose value is a share of capacity: unit `1` or `%` (OTel semantic conventions), or
 * a `*.utilization` name. Anything else (bytes, counts, seconds, no unit) is not, even when its
 * name says usage: `process.memory.usage` is bytes, and comparing it with 0.85 pages at once.
 */
export function isRatioMetric(name: string, unit: string): boolean {
  return unit === '1' || unit === '%' || /utili[sz]ation/i.test(name);
}

/** Which seed limit (cpu_usage / memory_usage) a utilisation metric falls under, if any: ratio metrics only. */
export function resourceLimitKind(name: string, unit: string): MetricKind | undefined {
  if (!isRatioMetric(name, unit)) return undefined;
  if (!/util|usage|ratio|percent/i.test(name)) return undefined;
  if (CPU_NAME.test(name)) return 'cpu_percent';
  if (MEMORY_NAME.test(name)) return 'memory_percent';
  return undefined;
}

/** Category guess for log-driven events from the exception type and message. */
export function guessCategory(text: string): Category {
  if (/\bpg|sql|database|\bdb\b|postgres|mysql|mongo|redis|deadlock|constraint/i.test(text)) return 'DATABASE';
  if (/auth|unauthori[sz]ed|forbidden|token|credential|permission/i.test(text)) return 'AUTHENTICATION';
  if (/timeout|timed out|econn|connect|socket|network|dns|unreachable|reset by peer/i.test(text)) return 'NETWORK';
  if (/config|setting|environment variable|missing key/i.test(text)) return 'CONFIGURATION';
  if (/out of memory|oom|heap|disk full|no space|too many open files/i.test(text)) return 'RESOURCE';
  return 'UNKNOWN';
}

/** Lower bound of the Wilson score interval (95 %): an error rate that small samples cannot fake. */
export function wilsonLower(errors: number, n: number): number {
  if (!(n > 0)) return 0;
  const z = 1.96;
  const p = errors / n;
  const z2n = (z * z) / n;
  return Math.max(0, (p + z2n / 2 - z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n));
}

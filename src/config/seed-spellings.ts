// One setting, two spellings: the design document's self_healing_config.yaml and feature flags,
// and the names Homeostat used before it read that file. Both load; the document's is the one
// documented (homeostat.example.yaml); a file that gives one setting two different values is
// refused, naming both paths. After parsing every spelling holds the resolved value, each in its
// own unit (cpu_threshold 80 and cpu_usage 0.8), so whichever a reader looks at agrees.
import type { SelfHealingInput } from './schema.ts';

type Level = 'low' | 'medium' | 'high' | 'critical';
const LEVELS: Level[] = ['low', 'medium', 'high', 'critical'];
const RANK: Record<string, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

interface Spelling<T> {
  /** Path under self_healing. */
  path: string[];
  /** What the file set there (undefined when it did not), and the same in the setting's own unit. */
  set: unknown;
  value: T | undefined;
}

/**
 * Spellings that are accepted but not the documented ones (homeostat.example.yaml shows the
 * other): Homeostat's earlier names, and the two feature flags that duplicate a key of the
 * document's configuration file.
 */
export const ALTERNATE_SPELLINGS = [
  'self_healing.error_detection',
  'self_healing.ml_diagnosis',
  'self_healing.monitoring.enabled',
  'self_healing.monitoring.thresholds',
  'self_healing.recovery.default_timeout',
  'self_healing.recovery.approval_required_from',
  'self_healing.learning.enabled',
];

export interface SpellingConflict {
  path: string[];
  message: string;
}

const same = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b);
const show = (s: Spelling<unknown>) => `self_healing.${s.path.join('.')}`;
/** Percent for display without binary noise (0.07 * 100 is 7.000000000000001). */
const pct = (f: number) => Math.round(f * 100 * 1e9) / 1e9;

function spell<T>(path: string[], set: unknown, convert: (v: never) => T = (v) => v as T): Spelling<T> {
  return { path, set, value: set === undefined ? undefined : convert(set as never) };
}

/** The groups of spellings, the documented one first. */
function groups(sh: SelfHealingInput) {
  const m = sh.monitoring;
  const approvalFrom = sh.recovery.approval_required_from;
  return {
    detection: [
      spell<boolean>(['monitoring', 'error_detection', 'enabled'], m.error_detection.enabled),
      spell<boolean>(['error_detection', 'enabled'], sh.error_detection.enabled),
      spell<boolean>(['monitoring', 'enabled'], m.enabled),
    ],
    cpu: [
      spell<number>(['monitoring', 'performance', 'cpu_threshold'], m.performance.cpu_threshold, (v: number) => v / 100),
      spell<number>(['monitoring', 'thresholds', 'cpu_usage'], m.thresholds.cpu_usage),
    ],
    memory: [
      spell<number>(['monitoring', 'performance', 'memory_threshold'], m.performance.memory_threshold, (v: number) => v / 100),
      spell<number>(['monitoring', 'thresholds', 'memory_usage'], m.thresholds.memory_usage),
    ],
    responseMs: [
      spell<number>(['monitoring', 'performance', 'response_time_threshold'], m.performance.response_time_threshold),
      spell<number>(['monitoring', 'thresholds', 'response_time_ms'], m.thresholds.response_time_ms),
    ],
    errorRate: [
      spell<number>(['monitoring', 'performance', 'error_rate_threshold'], m.performance.error_rate_threshold, (v: number) => v / 100),
      spell<number>(['monitoring', 'thresholds', 'error_rate'], m.thresholds.error_rate),
    ],
    recoveryTimeout: [spell<number>(['recovery', 'recovery_timeout'], sh.recovery.recovery_timeout), spell<number>(['recovery', 'default_timeout'], sh.recovery.default_timeout)],
    ml: [
      spell<boolean>(['learning', 'ml_enabled'], sh.learning.ml_enabled),
      spell<boolean>(['ml_diagnosis', 'enabled'], sh.ml_diagnosis.enabled),
      spell<boolean>(['learning', 'enabled'], sh.learning.enabled),
    ],
    approval: Object.fromEntries(
      LEVELS.map((level) => [
        level,
        [
          spell<boolean>(['recovery', 'risk_levels', level, 'require_approval'], sh.recovery.risk_levels[level].require_approval),
          spell<boolean>(['recovery', 'approval_required_from'], approvalFrom, (from: string) => RANK[level.toUpperCase()] >= RANK[from]),
        ],
      ]),
    ) as Record<Level, Array<Spelling<boolean>>>,
  };
}

function conflict<T>(spellings: Array<Spelling<T>>): SpellingConflict | undefined {
  const set = spellings.filter((s) => s.set !== undefined);
  const other = set.find((s) => !same(s.value, set[0].value));
  if (!other) return undefined;
  return {
    path: set[0].path,
    message:
      `${JSON.stringify(set[0].set)} here, but ${show(other)} is ${JSON.stringify(other.set)}: both set the same setting to different values; ` +
      `keep one (${show(spellings[0])} is the documented spelling)`,
  };
}

export function spellingConflicts(sh: SelfHealingInput): SpellingConflict[] {
  const g = groups(sh);
  const all = [g.detection, g.cpu, g.memory, g.responseMs, g.errorRate, g.recoveryTimeout, g.ml, ...LEVELS.map((l) => g.approval[l])];
  return all.map((s) => conflict<unknown>(s)).filter((c): c is SpellingConflict => c !== undefined);
}

function pick<T>(spellings: Array<Spelling<T>>, fallback: T): T {
  return spellings.find((s) => s.value !== undefined)?.value ?? fallback;
}

/** Seed defaults where the file sets neither spelling. */
const DEFAULTS = { cpu: 0.8, memory: 0.85, responseMs: 2000, errorRate: 0.05, recoveryTimeoutMs: 300_000 };
/** Levels that wait for a person unless told otherwise (the document's high; critical is above it). */
const APPROVAL_DEFAULT: Record<Level, boolean> = { low: false, medium: false, high: true, critical: true };

/** Every spelling filled with the one resolved value (conflicts were reported by spellingConflicts). */
export function resolveSpellings(sh: SelfHealingInput) {
  const g = groups(sh);
  const detection = pick(g.detection, true);
  const ml = pick(g.ml, true);
  const cpu = pick(g.cpu, DEFAULTS.cpu);
  const memory = pick(g.memory, DEFAULTS.memory);
  const responseMs = pick(g.responseMs, DEFAULTS.responseMs);
  const errorRate = pick(g.errorRate, DEFAULTS.errorRate);
  const timeout = pick(g.recoveryTimeout, DEFAULTS.recoveryTimeoutMs);
  const { approval_required_from: _approvalFrom, ...recovery } = sh.recovery;
  const riskLevels = Object.fromEntries(
    LEVELS.map((level) => {
      const given = sh.recovery.risk_levels[level];
      const requireApproval = pick(g.approval[level], APPROVAL_DEFAULT[level]);
      return [level, { auto_execute: given.auto_execute ?? !requireApproval, require_approval: requireApproval, ...(given.max_daily_executions ? { max_daily_executions: given.max_daily_executions } : {}) }];
    }),
  ) as Record<Level, { auto_execute: boolean; require_approval: boolean; max_daily_executions?: number }>;
  return {
    ...sh,
    error_detection: { enabled: detection },
    ml_diagnosis: { enabled: ml },
    codegen: { ...sh.codegen, enabled: sh.codegen.enabled ?? false },
    monitoring: {
      ...sh.monitoring,
      enabled: detection,
      error_detection: { ...sh.monitoring.error_detection, enabled: detection },
      performance: { cpu_threshold: pct(cpu), memory_threshold: pct(memory), response_time_threshold: responseMs, error_rate_threshold: pct(errorRate) },
      thresholds: { response_time_ms: responseMs, error_rate: errorRate, cpu_usage: cpu, memory_usage: memory },
    },
    recovery: {
      ...recovery,
      recovery_timeout: timeout,
      default_timeout: timeout,
      risk_levels: riskLevels,
      low_risk: { enabled: sh.recovery.low_risk.enabled ?? true },
      medium_risk: { enabled: sh.recovery.medium_risk.enabled ?? true },
      high_risk: { enabled: sh.recovery.high_risk.enabled ?? true },
    },
    learning: { ...sh.learning, ml_enabled: ml, enabled: ml },
  };
}

// Scenario files (YAML) for bench:scenarios and `homeostat demo`: the format is fixed by issue 11.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ALL_KINDS, DECOY_KINDS, SERVICES } from '../../examples/shop/lib/faults.ts';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "120s", "2m", "500ms" → milliseconds. */
export function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(s.trim());
  if (!m) throw new Error(`not a duration: ${s} (e.g. 500ms, 30s, 2m)`);
  return Number(m[1]) * UNITS[m[2]];
}

const duration = z.string().regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'a duration like 30s or 2m').transform(parseDuration);
const service = z.enum(SERVICES);
const CATEGORIES = ['DATABASE', 'AUTHENTICATION', 'API', 'PERFORMANCE', 'INTEGRATION', 'RESOURCE', 'CONFIGURATION', 'NETWORK'] as const;

const fault = z.strictObject({
  kind: z.enum(ALL_KINDS as [string, ...string[]]),
  service,
  at: duration,
  duration,
  intensity: z.number().min(0).max(1),
});

const expectation = z.strictObject({
  detect_within: duration,
  category: z.enum(CATEGORIES),
  root_service: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((x) => (Array.isArray(x) ? x : [x])),
  actions: z.array(z.string().min(1)).default([]),
  escalate: z.boolean().default(false),
});

const scenario = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    warmup: duration,
    faults: z.array(fault),
    expect: z.array(expectation).default([]),
    observe: duration,
  })
  .superRefine((s, ctx) => {
    const real = s.faults.filter((f) => !(DECOY_KINDS as readonly string[]).includes(f.kind));
    if (real.length !== s.expect.length) ctx.addIssue({ code: 'custom', path: ['expect'], message: `one entry per non-decoy fault: ${real.length} fault(s), ${s.expect.length} expectation(s)` });
    s.faults.forEach((f, i) => {
      if (f.at > s.observe) ctx.addIssue({ code: 'custom', path: ['faults', i, 'at'], message: 'starts after the run ends (observe)' });
    });
  });

export type Scenario = z.output<typeof scenario>;
export type ScenarioFault = Scenario['faults'][number];
export type Expectation = Scenario['expect'][number];

export const isDecoy = (kind: string): boolean => (DECOY_KINDS as readonly string[]).includes(kind);

/** The faults that are incidents, each with its expectation (same order as in the file). */
export function realFaults(s: Scenario): Array<{ fault: ScenarioFault; expect: Expectation; index: number }> {
  return s.faults.filter((f) => !isDecoy(f.kind)).map((fault, i) => ({ fault, expect: s.expect[i], index: i }));
}

export function loadScenario(file: string): Scenario {
  const r = scenario.safeParse(parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return r.data;
}

export function loadScenarios(dirOrFile: string): Array<{ file: string; scenario: Scenario }> {
  const files = dirOrFile.endsWith('.yaml') || dirOrFile.endsWith('.yml')
    ? [dirOrFile]
    : readdirSync(dirOrFile).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dirOrFile, f));
  if (!files.length) throw new Error(`no scenario files (*.yaml) in ${dirOrFile}`);
  return files.map((file) => ({ file, scenario: loadScenario(file) }));
}

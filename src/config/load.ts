import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { applyEnvOverrides, substituteEnv } from './env.ts';
import { exposureWarnings } from './exposure.ts';
import { escalationWarnings, inertSettings } from './inert.ts';
import { configSchema, type Config } from './schema.ts';

export const DEFAULT_CONFIG_FILE = 'homeostat.yaml';

export interface LoadOptions {
  /** Explicit file (--config); it must exist. Without it `homeostat.yaml` is used when present. */
  file?: string;
  env?: NodeJS.ProcessEnv;
}

export interface LoadedConfig {
  config: Config;
  /** The file read, or undefined when running on defaults. */
  file?: string;
  /** Settings the file sets that have no effect yet (inert.ts), and listeners exposed on purpose without auth (exposure.ts). */
  warnings: string[];
}

export function loadConfig(opts: LoadOptions = {}): LoadedConfig {
  const env = opts.env ?? process.env;
  let file = opts.file;
  if (file && !existsSync(file)) throw new ConfigError([`${file}: no such file`]);
  if (!file && existsSync(DEFAULT_CONFIG_FILE)) file = DEFAULT_CONFIG_FILE;
  const raw = file ? parseYaml(readFileSync(file, 'utf8'), file) : {};
  const config = parseConfig(raw, env, file);
  return { config, file, warnings: [...exposureWarnings(config), ...inertSettings(raw), ...escalationWarnings(raw, config)] };
}

/** Validates an already-parsed object (YAML or a test's literal). */
export function parseConfig(raw: unknown, env: NodeJS.ProcessEnv = process.env, source = 'config'): Config {
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new ConfigError([`${source}: the top level must be a mapping`]);
  }
  const missing: string[] = [];
  const substituted = substituteEnv(raw ?? {}, env, [], missing) as Record<string, unknown>;
  const result = configSchema.safeParse(applyEnvOverrides(substituted, env));
  const issues = [...missing, ...(result.success ? [] : formatIssues(result.error.issues))];
  if (issues.length || !result.success) throw new ConfigError(issues);
  return result.data;
}

function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    throw new ConfigError(doc.errors.map((e) => `${file}: ${e.message.split('\n')[0]}`));
  }
  return doc.toJS();
}

export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '(root)';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(`${path === '(root)' ? key : `${path}.${key}`}: unknown key`);
    } else {
      out.push(`${path}: ${issue.message}`);
    }
  }
  return out;
}

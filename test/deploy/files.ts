// Reading the deploy artefacts from the repository root, so each test names files the way
// a user copying them would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const repoPath = (rel: string): string => join(ROOT, rel);
export const exists = (rel: string): boolean => existsSync(repoPath(rel));
export const readText = (rel: string): string => readFileSync(repoPath(rel), 'utf8');
export const readJson = (rel: string): any => JSON.parse(readText(rel));

/** Parses YAML strictly: duplicate keys and syntax errors fail instead of being papered over. */
export function readYaml(rel: string): any {
  const doc = parseDocument(readText(rel), { uniqueKeys: true });
  if (doc.errors.length) throw new Error(`${rel}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS();
}

/** Compose-style `${VAR:-default}` / `${VAR}` / `${VAR:?message}` resolved with defaults only (no real environment). */
export function composeDefaults(value: string): string {
  return composeResolve(value, {});
}

/**
 * Compose interpolation with `env` as the .env file: `${VAR:-default}` falls back, and
 * `${VAR:?message}` throws the message when VAR is unset or empty, as `docker compose` stops.
 */
export function composeResolve(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (_m, name: string, op: string | undefined, arg: string | undefined) => {
    const v = env[name];
    if (op?.endsWith('?')) {
      if (v === undefined || v === '') throw new Error(`${name}: ${arg}`);
      return v;
    }
    if (v !== undefined && !(op === ':-' && v === '')) return v;
    return op ? (arg ?? '') : '';
  });
}

/** Collector-style `${env:VAR:-default}` resolved with defaults only. */
export function collectorDefaults(value: string): string {
  return value.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_m, _name, def: string | undefined) => def ?? '');
}

/** `host:port` (optionally with a scheme) to its parts; undefined when there is no port. */
export function hostPort(endpoint: string): { host: string; port: number } | undefined {
  const m = /^(?:[a-z]+:\/\/)?(?:[^@/]*@)?([^:/]+):(\d+)/.exec(endpoint);
  return m ? { host: m[1], port: Number(m[2]) } : undefined;
}

// The image is never built in CI (no Docker engine), so the Dockerfile is read as text and
// checked against the repository it would be built from.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { exists, readJson, readText, repoPath } from './files.ts';

interface Instruction {
  op: string;
  args: string;
}

function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

const docker = instructions(readText('Dockerfile'));
const args = (op: string) => docker.filter((i) => i.op === op).map((i) => i.args);
const ignored = readText('.dockerignore')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const pkg = readJson('package.json');

function walk(dir: string): string[] {
  return readdirSync(repoPath(dir)).flatMap((f) => {
    const rel = join(dir, f);
    return statSync(repoPath(rel)).isDirectory() ? walk(rel) : [rel];
  });
}

describe('Dockerfile', () => {
  it('builds on node:20-bookworm-slim (glibc, which the prebuilt chdb engine needs)', () => {
    expect(args('FROM')).toEqual(['node:20-bookworm-slim']);
  });

  it('copies only paths that exist and are not excluded by .dockerignore', () => {
    const sources = args('COPY').flatMap((a) => a.split(/\s+/).filter((w) => !w.startsWith('--')).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(exists(s), s).toBe(true);
      expect(ignored, s).not.toContain(s);
    }
  });

  it('copies the directories Homeostat reads at run time', () => {
    const copied = args('COPY').flatMap((a) => a.split(/\s+/).slice(0, -1));
    for (const dir of ['bin', 'src', 'migrations', 'package.json', 'package-lock.json']) expect(copied, dir).toContain(dir);
  });

  it('installs production dependencies only from the lock file', () => {
    expect(args('RUN').join('\n')).toMatch(/npm ci --omit=dev/);
  });

  it('--omit=dev is safe: every package imported at run time is a production dependency', () => {
    // bin/homeostat.js loads tsx and src/ is TypeScript, so tsx must ship in the image.
    const deps = new Set(Object.keys(pkg.dependencies));
    expect(deps.has('tsx')).toBe(true);
    const files = [...walk('src'), 'bin/homeostat.js'].filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'));
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const f of files) {
      const text = readText(f);
      const specs = [
        ...text.matchAll(/^\s*import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm),
        ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
        ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1]);
      for (const spec of specs) {
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        seen.add(name);
        if (!deps.has(name)) missing.push(`${relative('.', f)}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
    // Guards the scan itself: it must have found the imports every start-up needs.
    for (const name of ['tsx', 'fastify', '@clickhouse/client', '@grpc/grpc-js']) expect([...seen], name).toContain(name);
  });

  it('exposes the OTLP and API ports Homeostat listens on by default', () => {
    const c = parseConfig({}, {});
    const exposed = args('EXPOSE').join(' ').split(/\s+/).map(Number);
    expect(exposed.sort()).toEqual([c.receiver.grpc.port, c.receiver.http.port, c.api.port].sort());
  });

  it('keeps the embedded stores\' data directories inside the declared volume', () => {
    const workdir = args('WORKDIR').at(-1);
    const volume = JSON.parse(args('VOLUME')[0])[0];
    const c = parseConfig({}, {});
    for (const dir of [c.storage.clickhouse.data_dir, c.storage.postgres.data_dir]) {
      expect(join(workdir!, dir).startsWith(volume + '/'), dir).toBe(true);
    }
  });

  it('runs `node bin/homeostat.js start` as a non-root user', () => {
    const entry = JSON.parse(args('ENTRYPOINT')[0]);
    const cmd = JSON.parse(args('CMD')[0]);
    expect([...entry, ...cmd]).toEqual(['node', 'bin/homeostat.js', 'start']);
    expect(args('USER').at(-1)).toBe('node');
  });

  it('keeps local state and secrets out of the build context', () => {
    for (const p of ['node_modules', 'data', '.git', '.env', 'homeostat.yaml']) expect(ignored, p).toContain(p);
  });
});

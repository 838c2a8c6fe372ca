// The layering lint (npm run lint:deps) really fails on the imports it forbids: a copy of the
// rules runs over small planted trees, each with one violation, and a clean one passes.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

async function cruise(files: Record<string, string>): Promise<{ code: number; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'homeostat-lint-'));
  try {
    await copyFile(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', allowImportingTsExtensions: true, noEmit: true } }));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    try {
      const r = await run(process.execPath, [CRUISE, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir });
      return { code: 0, out: r.stdout };
    } catch (err) {
      const e = err as { code: number; stdout: string };
      return { code: e.code, out: e.stdout };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const base = {
  'src/records.ts': 'export type X = number;\n',
  'src/store/index.ts': "import type { X } from '../records.ts';\nexport const store = (x: X) => x;\n",
  'src/detect/index.ts': "import { store } from '../store/index.ts';\nexport const detect = () => store(1);\n",
};

describe('layering lint', () => {
  it('passes a tree that keeps the layers', async () => {
    const r = await cruise(base);
    expect(r.code, r.out).toBe(0);
  });

  it('fails on a planted upward import (store → detect)', async () => {
    const r = await cruise({ ...base, 'src/store/index.ts': "import { detect } from '../detect/index.ts';\nexport const store = (x: number) => x;\nexport const up = detect;\n" });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('layer-3-upward');
  });

  it('fails on a deep import into another folder', async () => {
    const r = await cruise({ ...base, 'src/store/deep.ts': 'export const deep = 1;\n', 'src/detect/index.ts': "import { deep } from '../store/deep.ts';\nexport const detect = () => deep;\n" });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('enter-through-index');
  });

  it('fails on an import cycle', async () => {
    const r = await cruise({
      ...base,
      'src/detect/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/detect/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-circular');
  });
});

// An embedded PostgreSQL directory is one process's: a second process (audit verify while the
// server runs) is refused with what to do instead; a lock left by a dead process is taken over.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-pglock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded PostgreSQL lock', () => {
  it('refuses a directory a live process holds, naming it and the --api way', async () => {
    const data = join(dir, 'held');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(`${data}.lock`, String(holder.pid));
      await expect(openPostgres({ dataDir: data })).rejects.toThrow(new RegExp(`pid ${holder.pid}.*--api`));
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock whose process is gone, and releases it on close', async () => {
    const data = join(dir, 'stale');
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((r) => gone.on('exit', r));
    writeFileSync(`${data}.lock`, String(gone.pid));
    const pg = await openPostgres({ dataDir: data });
    expect(readFileSync(`${data}.lock`, 'utf8')).toBe(String(process.pid));
    await pg.close();
    expect(() => readFileSync(`${data}.lock`)).toThrow();
  });
});

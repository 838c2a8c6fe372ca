// The scoreboard starts the next scenario's stack at idle priority while one runs, then puts it
// back: every thread of every process under it must be idle from its start and normal after.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { canRestorePriority, IDLE_NICE, processTree, wakeIdle, withNice } from '../../../examples/shop/lib/priority.ts';

/** Niceness of every thread under `pid` (field 19 of /proc/<pid>/task/<tid>/stat). */
function niceness(pid: number): number[] {
  const out: number[] = [];
  for (const p of processTree(pid)) {
    for (const t of readdirSync(`/proc/${p}/task`)) {
      const stat = readFileSync(`/proc/${p}/task/${t}/stat`, 'utf8');
      out.push(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    }
  }
  return out;
}

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

describe('withNice', () => {
  it('runs the command as is at 0 and through coreutils nice otherwise', () => {
    expect(withNice(0, 'node', ['a.js'])).toEqual({ file: 'node', args: ['a.js'] });
    expect(withNice(IDLE_NICE, 'node', ['a.js'])).toEqual({ file: 'nice', args: ['-n', '19', 'node', 'a.js'] });
  });
});

describe.runIf(process.platform === 'linux')('a process tree started idle', () => {
  it('is idle in every thread, its child too, until woken, then at normal priority', async () => {
    // This test process must be able to raise a priority again; CI runs as root.
    expect(await canRestorePriority()).toBe(true);
    // A node process that starts a node child (as a tsx service starts esbuild) and then idles.
    const script = `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); process.on('exit', () => c.kill()); console.log('up'); setInterval(() => {}, 1000);`;
    const { file, args } = withNice(IDLE_NICE, process.execPath, ['-e', script]);
    child = spawn(file, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise<void>((resolve) => child!.stdout!.once('data', () => resolve()));
    // Wait for the grandchild's own threads (node makes its platform threads as it starts).
    let tree: number[] = [];
    for (let i = 0; i < 50 && (tree = processTree(child.pid!)).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    expect(processTree(child.pid!).length).toBe(2);
    const before = niceness(child.pid!);
    expect(before.length).toBeGreaterThan(4);
    expect(new Set(before)).toEqual(new Set([IDLE_NICE]));

    expect(wakeIdle()).toBeGreaterThanOrEqual(before.length);
    const after = niceness(child.pid!);
    expect(new Set(after)).toEqual(new Set([0]));
    // Nothing left to wake.
    expect(wakeIdle()).toBe(0);
  });
});

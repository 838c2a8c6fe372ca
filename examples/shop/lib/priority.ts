// CPU priority of the processes a stack starts. The scoreboard starts the next scenario's stack
// while one runs; at the lowest priority its start-up takes only CPU the running scenario leaves
// idle, and once it is its turn every thread of it is put back to the normal priority. Linux only
// (/proc), and putting a priority back up needs root or CAP_SYS_NICE: `canRestorePriority` says.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The lowest priority: such a process runs when nothing else wants the CPU. */
export const IDLE_NICE = 19;

/**
 * How to start `file args` at `nice` (0: as is): coreutils' `nice` runs it, so every thread and
 * child it makes, from its first instruction, inherits the priority.
 */
export function withNice(nice: number, file: string, args: string[]): { file: string; args: string[] } {
  return nice === 0 ? { file, args } : { file: 'nice', args: ['-n', String(nice), file, ...args] };
}

/** `pid` and every process under it (a tsx child's esbuild, say). */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue; // gone
    }
    for (const t of tasks) {
      try {
        for (const c of readFileSync(`/proc/${out[i]}/task/${t}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return out;
}

/**
 * Every thread of `pids` at niceness `from` goes to `to`. Linux's niceness is per thread, and a
 * thread made before a change keeps its old one: each task is set. Returns how many were set.
 */
function renice(pids: number[], from: number, to: number): number {
  let n = 0;
  for (const pid of pids) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // gone
    }
    for (const t of tasks) {
      try {
        if (getPriority(Number(t)) !== from) continue;
        setPriority(Number(t), to);
        n++;
      } catch (e) {
        // A thread that ended meanwhile is fine; being refused is not (the caller checked first).
        if (!gone(e)) throw e;
      }
    }
  }
  return n;
}

/**
 * Every thread under `root` (this process by default) still at IDLE_NICE goes back to 0: a stack
 * started ahead of its turn, wherever its start-up has got to. Returns how many were set.
 */
export function wakeIdle(root = process.pid): number {
  return renice(processTree(root).filter((pid) => pid !== root), IDLE_NICE, 0);
}

/** Whether this process may put a process started at IDLE_NICE back to 0 (root or CAP_SYS_NICE, on Linux). */
export async function canRestorePriority(): Promise<boolean> {
  if (process.platform !== 'linux') return false;
  const { file, args } = withNice(IDLE_NICE, process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
  const child = spawn(file, args, { stdio: 'ignore' });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', reject);
    });
    // `nice` has exec'd node once node's own threads exist; wait for that before looking.
    await new Promise((r) => setTimeout(r, 200));
    // Refused (EACCES) throws; a tree with nothing idle left in it proves nothing either.
    return renice(processTree(child.pid!), IDLE_NICE, 0) > 0;
  } catch {
    return false;
  } finally {
    child.kill('SIGKILL');
  }
}

/** A thread that ended between listing and setting it (libuv reports ESRCH in `info`). */
function gone(e: unknown): boolean {
  const err = e as { code?: string; info?: { code?: string } };
  return err.code === 'ESRCH' || err.info?.code === 'ESRCH';
}

// Executors: the three ways an action touches the world. Both take an executor spec from the
// catalog and parameters that already passed the action's schema; neither ever hands text to a
// shell or lets a parameter choose a host or a program.
import { spawn } from 'node:child_process';
import { fill, fillBody, type CommandExecutorSpec, type ExecutorSpec, type HttpExecutorSpec } from './catalog.ts';
import { describeKube, runKube } from './kube.ts';

export interface ExecutorOutcome {
  ok: boolean;
  /** One line: what happened (status, exit code, the error). */
  detail: string;
  status?: number;
  exitCode?: number | null;
  /** Response body or captured stdout+stderr, truncated. */
  output?: string;
  ms: number;
}

/** What an execution records of its call: never the resolved headers (they may hold secrets). */
export function describeCall(spec: ExecutorSpec, params: Record<string, unknown>): Record<string, unknown> {
  if (spec.kind === 'http') return { kind: 'http', method: spec.method, url: fill(spec.url, params, encodeURIComponent), headers: Object.keys(spec.headers) };
  if (spec.kind === 'kubernetes') return describeKube(spec, params);
  return { kind: 'command', program: spec.program, args: spec.args.map((a) => fill(a, params)) };
}

/**
 * Everything the call an executor would make depends on, to compare two planned calls: the same
 * key is the same request to the same place (a refresh the catalog binds to auth, whichever
 * service showed the symptom). Kubernetes calls compare by spec and every parameter.
 */
export function callKey(spec: ExecutorSpec, params: Record<string, unknown>): string {
  // What describeCall leaves out of its record (header values may be secrets; it is not stored).
  const rest = spec.kind === 'http' ? { headers: spec.headers, body: spec.body === undefined ? null : fillBody(spec.body, params) } : spec.kind === 'command' ? { env: spec.env } : { spec, params };
  return JSON.stringify({ ...describeCall(spec, params), ...rest });
}

export function runExecutor(spec: ExecutorSpec, params: Record<string, unknown>): Promise<ExecutorOutcome> {
  if (spec.kind === 'kubernetes') return runKube(spec, params);
  return spec.kind === 'http' ? runHttp(spec, params) : runCommand(spec, params);
}

const HTTP_BODY_KEEP = 2048;

async function runHttp(spec: HttpExecutorSpec, params: Record<string, unknown>): Promise<ExecutorOutcome> {
  const t0 = Date.now();
  const url = fill(spec.url, params, encodeURIComponent);
  // The template's origin is the file's; encoded parameters cannot move it, and this says so at run time too.
  const origin = new URL(spec.url.replace(/\{\{[^}]*\}\}/g, 'x')).origin;
  if (new URL(url).origin !== origin) return { ok: false, detail: `refused: filled URL left ${origin}`, ms: 0 };
  const headers: Record<string, string> = { ...spec.headers };
  let body: string | undefined;
  if (spec.body !== undefined) {
    body = JSON.stringify(fillBody(spec.body, params));
    headers['content-type'] ??= 'application/json';
  }
  try {
    // No redirects: a 3xx would let the far side send the call (and its secret headers) elsewhere.
    const res = await fetch(url, { method: spec.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(spec.timeoutMs) });
    const text = truncate(await res.text().catch(() => ''), HTTP_BODY_KEEP);
    const ok = spec.expectStatus.length > 0 ? spec.expectStatus.includes(res.status) : res.status >= 200 && res.status < 300;
    return { ok, status: res.status, detail: `${spec.method} ${url} answered ${res.status}`, output: text, ms: Date.now() - t0 };
  } catch (err) {
    const e = err as Error;
    const why = e.name === 'TimeoutError' ? `timed out after ${spec.timeoutMs} ms` : e.cause instanceof Error ? e.cause.message : e.message;
    return { ok: false, detail: `${spec.method} ${url} failed: ${why}`, ms: Date.now() - t0 };
  }
}

function runCommand(spec: CommandExecutorSpec, params: Record<string, unknown>): Promise<ExecutorOutcome> {
  const t0 = Date.now();
  const args = spec.args.map((a) => fill(a, params));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  for (const [k, v] of Object.entries(spec.env)) env[k] = fill(v, params);
  return new Promise((resolve) => {
    let out = '';
    let dropped = 0;
    const keep = (chunk: Buffer) => {
      const room = spec.maxOutputBytes - Buffer.byteLength(out);
      if (room <= 0) {
        dropped += chunk.length;
        return;
      }
      out += chunk.subarray(0, room).toString('utf8');
      dropped += Math.max(0, chunk.length - room);
    };
    // shell: false is the default and stays so: argv elements are passed as they are.
    const child = spawn(spec.program, args, { shell: false, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, spec.timeoutMs);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const done = (o: Omit<ExecutorOutcome, 'ms' | 'output'>) => {
      clearTimeout(timer);
      resolve({ ...o, output: dropped > 0 ? `${out}\n[${dropped} bytes of output dropped]` : out, ms: Date.now() - t0 });
    };
    child.on('error', (err) => done({ ok: false, exitCode: null, detail: `${spec.program} could not start: ${err.message}` }));
    child.on('close', (code, signal) => {
      if (timedOut) return done({ ok: false, exitCode: code, detail: `${spec.program} killed after ${spec.timeoutMs} ms` });
      done({ ok: code === 0, exitCode: code, detail: signal ? `${spec.program} ended by ${signal}` : `${spec.program} exited ${code}` });
    });
  });
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n)}… [${s.length - n} more characters]`;
}

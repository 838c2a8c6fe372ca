// How long `homeostat start` (embedded chdb + PGlite, the default configuration) takes to accept
// OTLP and to be ready, and the longest event-loop stall while it starts: on a fresh data
// directory, then again on the same directory after two hours of detection history were written
// into it (the restart warms its detectors from that history). Each start is a child process
// with bench/lib/loop-probe.mjs loaded, which logs every stall of 50 ms or more.
//
//   npm run bench:startup [-- --series 400] [--json]
//
// Reference, same run: `homeostat --help` in the same way (Node, tsx and the CLI's imports; no
// stores), the floor any start pays on this machine at this moment.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

const REPO = path.resolve(import.meta.dirname, '..');
const PROBE = path.join(REPO, 'bench/lib/loop-probe.mjs');
const POLL_MS = 20;
/** After ready and the warm-up, stalls are still counted this long (work the start left running). */
const SETTLE_MS = 2000;
const TIMEOUT_MS = 300_000;

const { values } = parseArgs({ options: { series: { type: 'string', default: '400' }, json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });

interface Stall {
  at: number;
  ms: number;
}

interface StartFigures {
  label: string;
  /** From spawn: the OTLP/HTTP port answers at all, answers 200, /readyz answers 200, warm-up logged done. */
  otlpListenMs: number | null;
  otlpAcceptMs: number | null;
  readyMs: number | null;
  warmedMs: number | null;
  longestStallMs: number;
  longestStallAtMs: number | null;
  /** Stalls of 100 ms or more, in order: [offset from spawn, length]. */
  stalls: Array<[number, number]>;
  /** Log milestones: message → offset from spawn. */
  milestones: Record<string, number>;
  warmup?: Record<string, unknown>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

const MILESTONES = ['clickhouse migrations applied; ready', 'postgres migrations applied; ready', 'homeostat listening', 'detect: warmed up from series_rollups'];

async function timeStart(label: string, args: string[], dir: string, ports?: { http: number; api: number }): Promise<StartFigures> {
  const probeFile = path.join(dir, `probe-${label}.jsonl`);
  writeFileSync(probeFile, '');
  const t0 = Date.now();
  const child = spawn(process.execPath, ['--import', PROBE, path.join(REPO, 'bin/homeostat.js'), ...args], {
    cwd: dir,
    env: { ...process.env, HOMEOSTAT_LOOP_PROBE: probeFile, CLICKHOUSE_URL: '', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const f: StartFigures = { label, otlpListenMs: null, otlpAcceptMs: null, readyMs: null, warmedMs: null, longestStallMs: 0, longestStallAtMs: null, stalls: [], milestones: {} };
  const lines = () =>
    log.split('\n').flatMap((l) => {
      try {
        const j = JSON.parse(l) as { time: number | string; msg: string } & Record<string, unknown>;
        // pino writes ISO times here (src/telemetry/logger.ts).
        return [{ ...j, time: typeof j.time === 'string' ? Date.parse(j.time) : j.time }];
      } catch {
        return [];
      }
    });
  if (ports) {
    const deadline = t0 + TIMEOUT_MS;
    let end = Infinity;
    while (child.exitCode === null && Date.now() < Math.min(deadline, end)) {
      const now = () => Date.now() - t0;
      if (f.otlpAcceptMs === null) {
        const status = await fetch(`http://127.0.0.1:${ports.http}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"resourceSpans":[]}' }).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 0 && f.otlpListenMs === null) f.otlpListenMs = now();
        if (status === 200) f.otlpAcceptMs = now();
      }
      if (f.readyMs === null && (await fetch(`http://127.0.0.1:${ports.api}/readyz`).then((r) => r.ok, () => false))) f.readyMs = now();
      const warmed = lines().find((l) => l.msg?.startsWith('detect: warm'));
      if (warmed && f.warmedMs === null) {
        f.warmedMs = warmed.time - t0;
        const { rows, steps, seasonal, signatures } = warmed as Record<string, unknown>;
        f.warmup = { rows, steps, seasonal, signatures };
      }
      if (f.readyMs !== null && f.otlpAcceptMs !== null && f.warmedMs !== null && end === Infinity) end = Date.now() + SETTLE_MS;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    if (child.exitCode !== null) throw new Error(`homeostat exited with ${child.exitCode} while starting:\n${log.slice(-4000)}`);
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(killer);
  } else {
    await exited;
  }
  const stopAt = Date.now();
  writeFileSync(path.join(dir, `log-${label}.jsonl`), log);
  for (const l of lines()) if (MILESTONES.includes(l.msg) && f.milestones[l.msg] === undefined) f.milestones[l.msg] = l.time - t0;
  const stalls = readFileSync(probeFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Stall & { probe?: string })
    .filter((s) => !s.probe && s.at >= t0 && s.at <= stopAt);
  // The stop (SIGTERM, drain) is not start-up: only stalls that began before the window closed.
  const windowEnd = ports ? t0 + Math.max(f.readyMs ?? 0, f.otlpAcceptMs ?? 0, f.warmedMs ?? 0) + SETTLE_MS : stopAt;
  for (const s of stalls.filter((x) => x.at <= windowEnd)) {
    if (s.ms > f.longestStallMs) {
      f.longestStallMs = s.ms;
      f.longestStallAtMs = s.at - t0;
    }
    if (s.ms >= 100) f.stalls.push([s.at - t0, s.ms]);
  }
  if (!ports) f.readyMs = stopAt - t0;
  return f;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-bench-startup-'));
  try {
    const [grpc, http, api] = [await freePort(), await freePort(), await freePort()];
    const config = {
      receiver: { grpc: { host: '127.0.0.1', port: grpc }, http: { host: '127.0.0.1', port: http } },
      storage: { clickhouse: { url: '', data_dir: path.join(dir, 'data/clickhouse') }, postgres: { url: '', data_dir: path.join(dir, 'data/postgres') } },
      api: { host: '127.0.0.1', port: api },
    };
    const file = path.join(dir, 'homeostat.yaml');
    writeFileSync(file, stringify(config));
    const reference = await timeStart('reference', ['--help'], dir);
    const first = await timeStart('first', ['start', '--config', file], dir, { http, api });
    // Two hours of history for the restart to warm up from (a separate process: chdb binds one directory per process).
    const hist = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/lib/startup-history.ts'), file, values.series!], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    let histOut = '';
    hist.stdout!.on('data', (b: Buffer) => (histOut += b.toString()));
    const code = await new Promise<number | null>((r) => hist.once('exit', r));
    if (code !== 0) throw new Error(`writing the history failed (exit ${code})`);
    const history = JSON.parse(histOut.trim().split('\n').at(-1)!) as Record<string, number>;
    const second = await timeStart('second', ['start', '--config', file], dir, { http, api });
    const runs = [first, second];
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ reference, history, runs }, null, 2)}\n`);
      return;
    }
    const s = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(2)} s`);
    const rows = [
      ['start', 'OTLP answers', 'OTLP accepts', '/readyz', 'warm-up done', 'longest stall', 'at', 'stalls ≥ 100 ms'],
      ['reference (--help)', '', '', s(reference.readyMs), '', `${reference.longestStallMs} ms`, s(reference.longestStallAtMs), String(reference.stalls.length)],
      ...runs.map((r) => [r.label === 'first' ? 'first (fresh dir)' : 'second (history)', s(r.otlpListenMs), s(r.otlpAcceptMs), s(r.readyMs), s(r.warmedMs), `${r.longestStallMs} ms`, s(r.longestStallAtMs), String(r.stalls.length)]),
    ];
    const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    for (const r of rows) process.stdout.write(`${r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')}\n`);
    process.stdout.write(`\nhistory for the second start: ${JSON.stringify(history)}\n`);
    for (const r of runs) {
      process.stdout.write(`\n${r.label}: warm-up ${JSON.stringify(r.warmup ?? {})}\n  milestones: ${Object.entries(r.milestones).map(([m, t]) => `${m} ${s(t)}`).join('; ')}\n`);
      process.stdout.write(`  stalls ≥ 100 ms (at, length): ${r.stalls.map(([at, ms]) => `${s(at)} ${ms} ms`).join(', ') || 'none'}\n`);
    }
  } finally {
    if (values.keep) process.stdout.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();

// Ingest benchmark: `npm run bench:ingest [-- --signal logs] [--seconds 20] [--concurrency 32] [--max-rows 10000] [--json]`
// Homeostat runs as its own process on embedded storage; this process generates realistic OTLP
// requests and sends them over gRPC. Acknowledged means stored (checked: the stored row count must
// equal the acknowledged one). In the same run it measures three references on the same rows: the
// ClickHouse engine's own ceiling (INSERT … SELECT of the stored rows into a copy of the table), the
// engine's insert ceiling (the same rows already encoded, inserted from memory through the writer's
// own insert function, with nothing else running: what any pipeline on this engine, schema and
// batch size can reach at most), and a naive pipeline (proto-loader decode + JSONEachRow insert).
// From the insert ceiling's CPU per row plus our decode and encode's CPU per item it also prints a
// machine bound: every core doing nothing else, the most any pipeline here could acknowledge.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeLogsProto } from '../src/receive/otlp/decode-logs.ts';
import { decodeTracesProto } from '../src/receive/otlp/decode-traces.ts';
import type { ClickHouseClient } from '@clickhouse/client';
import { openClickHouse } from '../src/store/clickhouse/client.ts';
import { encodeLogsToBytes, LOG_COLUMNS } from '../src/store/clickhouse/encode-logs.ts';
import { encodeSpansToBytes, TRACE_COLUMNS } from '../src/store/clickhouse/encode-traces.ts';
import { migrateClickHouse } from '../src/store/clickhouse/migrate.ts';
import { clientInsert } from '../src/store/clickhouse/writer.ts';
import { DEFAULT_DECODE_LIMITS } from '../src/records.ts';
import { runLoad } from './lib/grpc-load.ts';
import { ITEMS_PER_REQUEST, loadProtoRoot, logRequest, timestampOffset, traceRequest } from './lib/otlp-requests.ts';
import { cpuSeconds, peakRssMb } from './lib/proc-stats.ts';

const { values: args } = parseArgs({
  options: {
    signal: { type: 'string', default: 'traces' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    // Requests in flight, as a collector fleet sends them (one gateway's sending queue alone runs 10).
    concurrency: { type: 'string', default: '32' },
    requests: { type: 'string', default: '40' },
    // Homeostat's storage.clickhouse.batch.min_insert_interval_ms and max_rows for this run.
    'min-insert-interval': { type: 'string', default: '1000' },
    'max-rows': { type: 'string', default: '10000' },
    // Ingest alone, without detection and diagnosis (they are on by default, as deployed).
    'no-detect': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const signal = args.signal === 'logs' ? 'logs' : 'traces';
const seconds = Number(args.seconds);
const warmup = Number(args.warmup);
const concurrency = Number(args.concurrency);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const table = signal === 'logs' ? 'otel_logs' : 'otel_traces';
const method =
  signal === 'logs' ? '/opentelemetry.proto.collector.logs.v1.LogsService/Export' : '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const log = (msg: string) => process.stderr.write(`${msg}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}`)), timeoutMs);
    const onData = (b: Buffer) => {
      if (pattern.test(b.toString())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`process exited early with code ${code}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

interface Measured {
  itemsPerSecond: number;
  /** Items acknowledged over the whole run, warm-up included (all of them must be stored). */
  acknowledgedTotal: number;
  cpuSecondsPerMillion: number;
  rssMb: number;
  failedRequests: number;
  lastError?: string;
}

interface Requests {
  bodies: Uint8Array[];
  /** Rewrites the first item's timestamp of each copy sent, so no two sends are identical. */
  stamp: (buf: Buffer, index: number) => void;
}

async function measure(child: ChildProcess, port: number, { bodies: requests, stamp }: Requests): Promise<Measured> {
  const target = `127.0.0.1:${port}`;
  const w = await runLoad({ target, method, requests, itemsPerRequest: ITEMS_PER_REQUEST, concurrency, seconds: warmup, stamp });
  const cpu0 = cpuSeconds(child.pid!);
  const r = await runLoad({ target, method, requests, itemsPerRequest: ITEMS_PER_REQUEST, concurrency, seconds, stamp });
  const cpu = cpuSeconds(child.pid!) - cpu0;
  return {
    itemsPerSecond: r.acknowledged / r.seconds,
    acknowledgedTotal: w.acknowledged + r.acknowledged,
    cpuSecondsPerMillion: r.acknowledged ? (cpu / r.acknowledged) * 1e6 : NaN,
    rssMb: peakRssMb(child.pid!),
    failedRequests: r.failedRequests,
    lastError: r.lastError,
  };
}

async function runHomeostat(dir: string, requests: Requests): Promise<Measured> {
  const grpcPort = await freePort();
  const config = {
    receiver: { grpc: { host: '127.0.0.1', port: grpcPort }, http: { enabled: false }, max_request_bytes: 64 * 1024 * 1024 },
    api: { enabled: false },
    storage: {
      clickhouse: {
        data_dir: path.join(dir, 'homeostat-ch'),
        batch: { min_insert_interval_ms: Number(args['min-insert-interval']), max_rows: Number(args['max-rows']) },
      },
      postgres: { data_dir: path.join(dir, 'homeostat-pg') },
    },
    self_healing: { monitoring: { enabled: !args['no-detect'] } },
    telemetry: { log_level: 'warn' },
  };
  const file = path.join(dir, 'homeostat.json.yaml');
  writeFileSync(file, JSON.stringify(config));
  const child = spawn(process.execPath, [path.join(repo, 'bin/homeostat.js'), 'start', '--config', file], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, HOMEOSTAT_LOG_LEVEL: 'warn' },
  });
  try {
    await waitForGrpc(child, grpcPort);
    return await measure(child, grpcPort, requests);
  } finally {
    await stopChild(child);
  }
}

/** Homeostat logs at warn here, so readiness is checked by connecting rather than by a log line. */
async function waitForGrpc(child: ChildProcess, port: number): Promise<void> {
  const { runLoad: probe } = await import('./lib/grpc-load.ts');
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`homeostat exited with code ${child.exitCode}`);
    const r = await probe({ target: `127.0.0.1:${port}`, method, requests: [new Uint8Array(0)], itemsPerRequest: 0, concurrency: 1, seconds: 0.001 });
    if (r.failedRequests === 0) return;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error('homeostat did not start listening');
}

async function runNaive(dir: string, requests: Requests): Promise<Measured> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'bench/lib/naive-server.ts'), String(port), path.join(dir, 'naive-ch')], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await waitForLine(child, /ready/, 120_000);
    return await measure(child, port, requests);
  } finally {
    await stopChild(child);
  }
}

/** One request as the writer's CSV rows, with Homeostat's default decode limits. */
function decodeAndEncode(req: Uint8Array): Buffer {
  return signal === 'logs'
    ? encodeLogsToBytes(decodeLogsProto(req, DEFAULT_DECODE_LIMITS).items)
    : encodeSpansToBytes(decodeTracesProto(req, DEFAULT_DECODE_LIMITS).items);
}

// Rows per insert of the engine's insert ceiling: Homeostat's batch.max_rows for this run,
// rounded down to whole requests (and no more than a whole pass over the requests).
const ENGINE_BATCH_REQUESTS = Math.max(1, Math.min(Number(args.requests), Math.floor(Number(args['max-rows']) / ITEMS_PER_REQUEST)));

/**
 * The engine's insert ceiling: the same requests decoded and encoded once up front, then inserted
 * from memory in batches of ENGINE_BATCH_REQUESTS requests (the largest batch group commit may
 * form, batch.max_rows; bigger parts cost the engine less per row) with two inserts in flight, through the writer's own insert function, into a fresh
 * database with the same schema. Background merges run in this process and are counted in its CPU.
 */
async function engineInsertCeiling(c: ClickHouseClient, requests: Uint8Array[]): Promise<{ rowsPerSecond: number; cpuMicrosPerRow: number }> {
  const database = 'insert_ceiling';
  await migrateClickHouse(c, { database, cluster: '', engineName: 'MergeTree', engineParams: '', ttlDays: 30 });
  // The batches repeat, so block deduplication would skip most of them; the writer's batches never repeat.
  await c.command({ query: `ALTER TABLE ${database}.${table} MODIFY SETTING non_replicated_deduplication_window = 0` });
  const batches: Buffer[] = [];
  for (let b = 0; b < requests.length; b += ENGINE_BATCH_REQUESTS) {
    const parts: Buffer[] = [];
    for (let k = 0; k < ENGINE_BATCH_REQUESTS; k++) {
      const req = requests[(b + k) % requests.length];
      parts.push(decodeAndEncode(req));
    }
    batches.push(Buffer.concat(parts));
  }
  const insert = clientInsert(c, false);
  const columns = signal === 'logs' ? LOG_COLUMNS : TRACE_COLUMNS;
  const rowsPerBatch = ENGINE_BATCH_REQUESTS * ITEMS_PER_REQUEST;
  let next = 0;
  let rows = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      await insert(`${database}.${table}`, columns, batches[next++ % batches.length], '');
      rows += rowsPerBatch;
    }
  };
  await Promise.all([worker(), worker()]);
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { rowsPerSecond: rows / secs, cpuMicrosPerRow: (cpu.user + cpu.system) / rows };
}

/**
 * The least CPU the JS side of any OTLP-to-ClickHouse pipeline in this repo needs per item: our
 * decode and row encoding alone, warm, in a loop over the same requests (no gRPC, no detection,
 * no batching). Added to the engine's insert cost it gives a bound no pipeline on this machine
 * can beat.
 */
function decodeEncodeCpuMicrosPerItem(requests: Uint8Array[]): number {
  for (let i = 0; i < requests.length * 3; i++) decodeAndEncode(requests[i % requests.length]);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let items = 0;
  for (let i = 0; performance.now() - t0 < 3000; i++) {
    decodeAndEncode(requests[i % requests.length]);
    items += ITEMS_PER_REQUEST;
  }
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / items;
}

async function countRows(c: ClickHouseClient, table: string): Promise<number> {
  const rs = await c.query({ query: `SELECT count() AS n FROM otel.${table}`, format: 'JSONEachRow' });
  return Number((await rs.json<{ n: string }>())[0].n);
}

/** The engine's own ceiling on the same rows: INSERT … SELECT into a copy of the table. */
async function engineCeiling(c: ClickHouseClient): Promise<{ rowsPerSecond: number; rows: number }> {
  await c.command({ query: `CREATE TABLE otel.${table}_ceiling AS otel.${table}` });
  const t0 = performance.now();
  await c.command({ query: `INSERT INTO otel.${table}_ceiling SELECT * FROM otel.${table}` });
  const secs = (performance.now() - t0) / 1000;
  const rows = await countRows(c, `${table}_ceiling`);
  return { rowsPerSecond: rows / secs, rows };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-bench-'));
  try {
    const root = loadProtoRoot();
    const now = BigInt(Date.now()) * 1_000_000n;
    const build = signal === 'logs' ? logRequest : traceRequest;
    const bodies = Array.from({ length: Number(args.requests) }, (_, r) => build(root, r, now));
    const offsets = bodies.map((b) => timestampOffset(b, now));
    let sent = 0n;
    const requests: Requests = { bodies, stamp: (buf, index) => buf.writeBigUInt64LE(now + ++sent, offsets[index]) };
    const mib = bodies.reduce((n, b) => n + b.length, 0) / bodies.length / 1024 / 1024;
    log(`signal=${signal} requests=${bodies.length} x ${ITEMS_PER_REQUEST} items (${mib.toFixed(2)} MiB each) concurrency=${concurrency} seconds=${seconds}`);

    const ours = await runHomeostat(dir, requests);
    log(`homeostat: ${Math.round(ours.itemsPerSecond)} ${signal}/s acknowledged, ${ours.cpuSecondsPerMillion.toFixed(1)} CPU s per million, peak RSS ${ours.rssMb.toFixed(0)} MiB, failed requests ${ours.failedRequests}${ours.lastError ? ` (${ours.lastError})` : ''}`);
    // Measured before this process opens an engine, whose background merges would count in its CPU.
    const decodeEncode = decodeEncodeCpuMicrosPerItem(bodies);
    // Homeostat has stopped: this process opens its stored data (one handle for the whole directory).
    const ch = openClickHouse({ url: '', username: '', password: '', dataDir: path.join(dir, 'homeostat-ch'), requestTimeoutMs: 600_000 });
    let naive: Measured;
    let ceiling: { rowsPerSecond: number; rows: number };
    let engine: { rowsPerSecond: number; cpuMicrosPerRow: number };
    try {
      const stored = await countRows(ch.client, table);
      if (stored !== ours.acknowledgedTotal) {
        throw new Error(`acknowledged ${ours.acknowledgedTotal} ${signal} but ${stored} rows are stored`);
      }
      naive = await runNaive(dir, requests);
      log(`naive (proto-loader + JSONEachRow): ${Math.round(naive.itemsPerSecond)} ${signal}/s, ${naive.cpuSecondsPerMillion.toFixed(1)} CPU s per million, peak RSS ${naive.rssMb.toFixed(0)} MiB`);
      ceiling = await engineCeiling(ch.client);
      log(`engine ceiling (INSERT … SELECT of ${ceiling.rows} stored rows): ${Math.round(ceiling.rowsPerSecond)} rows/s`);
      engine = await engineInsertCeiling(ch.client, bodies);
    } finally {
      await ch.close();
    }
    log(`engine insert ceiling (pre-encoded rows from memory, ${ENGINE_BATCH_REQUESTS * ITEMS_PER_REQUEST} per insert, 2 in flight): ${Math.round(engine.rowsPerSecond)} rows/s, ${engine.cpuMicrosPerRow.toFixed(1)} CPU s per million; homeostat reaches ${((ours.itemsPerSecond / engine.rowsPerSecond) * 100).toFixed(0)} % of it`);
    // Every core busy with nothing but the engine's insert work and our decode + encode: what no
    // pipeline on this machine, schema and batch size can exceed.
    const cores = availableParallelism();
    const bound = (cores * 1e6) / (engine.cpuMicrosPerRow + decodeEncode);
    log(`machine bound (${cores} cores ÷ (engine insert ${engine.cpuMicrosPerRow.toFixed(1)} + decode and encode ${decodeEncode.toFixed(1)} CPU µs per item)): ${Math.round(bound)} ${signal}/s; homeostat reaches ${((ours.itemsPerSecond / bound) * 100).toFixed(0)} % of it`);

    const key = signal === 'logs' ? 'logs_per_s' : 'spans_per_s';
    const result = {
      [key]: Math.round(ours.itemsPerSecond),
      naive_ratio: Number((ours.itemsPerSecond / naive.itemsPerSecond).toFixed(2)),
      ceiling_ratio: Number((ours.itemsPerSecond / ceiling.rowsPerSecond).toFixed(3)),
      cpu_s_per_million: Number(ours.cpuSecondsPerMillion.toFixed(1)),
      rss_mb: Math.round(ours.rssMb),
      insert_ceiling_ratio: Number((ours.itemsPerSecond / engine.rowsPerSecond).toFixed(2)),
      naive_per_s: Math.round(naive.itemsPerSecond),
      ceiling_rows_per_s: Math.round(ceiling.rowsPerSecond),
      insert_ceiling_rows_per_s: Math.round(engine.rowsPerSecond),
      insert_ceiling_cpu_s_per_million: Number(engine.cpuMicrosPerRow.toFixed(1)),
      decode_encode_cpu_s_per_million: Number(decodeEncode.toFixed(2)),
      machine_bound_per_s: Math.round(bound),
    };
    if (args.json) console.log(JSON.stringify(result));
    else console.log(Object.entries(result).slice(0, 5).map(([k, v]) => `${k}=${v}`).join(' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

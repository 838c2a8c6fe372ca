// Whole system, detection: the official OTel SDK sends minutes of steady traffic for two routes
// (span times simulated from the past up to now, 1 s steps), a latency spike on one route opens
// exactly one error_events row naming that series; a restart in the middle of the incident warms
// up from series_rollups and resumes the open row instead of opening a second one; recovery
// closes it. The audit trail records each action and verifies.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { CheckpointStore, defaultAuditPaths, verifyAuditTrail } from '../../src/audit/index.ts';
import { parseConfig } from '../../src/config/index.ts';
import { Pipeline } from '../../src/pipeline.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { latency, rng } from '../../bench/lib/detect-records.ts';

const SERVICE = 'shop';
const SLOW = 'GET /api/orders';
const FAST = 'GET /api/cart';
const PER_SECOND = 15;
// Simulated timeline in seconds from T0 (≈ 6 minutes ago): spike on SLOW over [200, 260).
const SPIKE_FROM = 200;
const SPIKE_TO = 260;
const RESTART_AT = 230;
const END = 330;

let dir: string;
let T0: number;
const r = rng(11);

function config() {
  return parseConfig(
    {
      receiver: { grpc: { host: '127.0.0.1', port: 0 }, http: { enabled: false } },
      storage: { clickhouse: { data_dir: join(dir, 'clickhouse'), batch: { max_delay_ms: 50 } }, postgres: { data_dir: join(dir, 'postgres') } },
      api: { enabled: false },
      telemetry: { log_level: (process.env.DETECT_E2E_LOG ?? 'silent') as 'silent' },
      self_healing: { monitoring: { enabled: true, step: '1s', close_after_steps: 6 }, recovery: { enabled: false }, escalation: { enabled: false }, learning: { enabled: false } },
    },
    {},
  );
}

/** Spans of simulated seconds [from, to), recorded by the SDK with explicit start and end times. */
function record(from: number, to: number): ReadableSpan[] {
  const memory = new InMemorySpanExporter();
  const provider = new TracerProvider({ resource: resourceFromAttributes({ 'service.name': SERVICE }), spanProcessors: [new SimpleSpanProcessor({ exporter: memory })] });
  const tracer = provider.getTracer('e2e-detect');
  for (let s = from; s < to; s++) {
    for (let i = 0; i < PER_SECOND; i++) {
      for (const route of [SLOW, FAST]) {
        const spike = route === SLOW && s >= SPIKE_FROM && s < SPIKE_TO;
        const durMs = spike ? 3000 + r() * 400 : latency(r, route === SLOW ? 60 : 30, 0.15);
        const end = T0 + s * 1000 + Math.floor((i * 1000) / PER_SECOND) + 1;
        const span = tracer.startSpan(route, { kind: SpanKind.SERVER, startTime: end - durMs, attributes: { 'http.response.status_code': 200 } });
        span.setStatus({ code: SpanStatusCode.OK });
        span.end(end);
      }
    }
  }
  return memory.getFinishedSpans();
}

async function send(port: number, from: number, to: number): Promise<void> {
  const exporter = new OTLPTraceExporter({ url: `http://127.0.0.1:${port}`, timeoutMillis: 20_000 });
  try {
    for (let s = from; s < to; s += 10) {
      const spans = record(s, Math.min(to, s + 10));
      const res = await new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(spans, resolve));
      if (res.code !== ExportResultCode.SUCCESS) throw res.error ?? new Error('export failed');
    }
  } finally {
    await exporter.shutdown();
  }
}

async function startPipeline(events: DetectedEvent[]): Promise<{ p: Pipeline; port: number }> {
  const p = new Pipeline(config(), createLogger((process.env.DETECT_E2E_LOG ?? 'silent') as 'silent'));
  const ports = await p.start();
  p.detectStage!.onEvent((ev) => events.push(ev));
  return { p, port: ports.grpc! };
}

const phase1: DetectedEvent[] = [];
const phase2: DetectedEvent[] = [];
let rowsAfterPhase1: Array<{ id: string; status: string; series_key: string }> = [];
let rowsAtEnd: Array<{ id: string; status: string; series_key: string; severity: string; category: string; trace_ids: string[] }> = [];
let warmSeries = 0;
let rollups = 0;
let audit: Array<{ action: string; entity_id: string }> = [];
let classifications: Array<{ event: string; category: string; confidence_score: string; explanation: unknown }> = [];
let verified: Awaited<ReturnType<typeof verifyAuditTrail>>;
let verifiedKeyed: Awaited<ReturnType<typeof verifyAuditTrail>>;
let checkpointAtStop: { row_count: number } | undefined;
let keyFileMode = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeostat-detect-e2e-'));
  T0 = Math.floor(Date.now() / 1000) * 1000 - (END + 30) * 1000;
  const a = await startPipeline(phase1);
  try {
    await send(a.port, 0, RESTART_AT);
    await a.p.detectStage!.drained();
    if (process.env.DETECT_E2E_LOG) console.log(a.p.detectStage!.series.counters, a.p.detectStage!.engine.counters, a.p.detectStage!.series.size);
    rowsAfterPhase1 = (await a.p.postgresHandle!.pool.query('SELECT id::text AS id, status, series_key FROM error_events')).rows;
  } finally {
    await a.p.stop();
  }
  // The stop wrote a final checkpoint outside the database, under a key generated on first start.
  const paths = defaultAuditPaths(join(dir, 'postgres'));
  checkpointAtStop = JSON.parse(readFileSync(paths.checkpointFile, 'utf8'));
  keyFileMode = statSync(paths.keyFile).mode & 0o777;
  const b = await startPipeline(phase2);
  try {
    // The warm-up runs after the receivers are up; what it learned is there once it is done.
    await b.p.detectStage!.warmedUp;
    warmSeries = b.p.detectStage!.engine.liveSeries;
    await send(b.port, RESTART_AT, END);
    await b.p.detectStage!.drained();
    const pool = b.p.postgresHandle!.pool;
    rowsAtEnd = (await pool.query('SELECT id::text AS id, status, series_key, severity::text AS severity, category::text AS category, trace_ids FROM error_events')).rows;
    // Diagnosis runs after each event asynchronously; wait (bounded) until it is recorded.
    for (let i = 0; i < 100; i++) {
      await b.p.diagnoseStage!.flush();
      classifications = (
        await pool.query('SELECT error_event_id::text AS event, classification_type::text AS category, confidence_score, explanation FROM error_classifications')
      ).rows;
      if (classifications.length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    audit = (await pool.query('SELECT action_type AS action, entity_id FROM healing_audit_trail ORDER BY seq')).rows;
    verified = await verifyAuditTrail(pool);
    verifiedKeyed = await verifyAuditTrail(pool, { checkpoints: new CheckpointStore(pool, Buffer.from(readFileSync(paths.keyFile, 'utf8').trim()), paths.checkpointFile), scope: 'full' });
    await b.p.detectStage!.rollups!.flush();
    const rs = await b.p.clickhouseClient!.query({ query: `SELECT toString(count()) AS n FROM otel.series_rollups WHERE ServiceName = '${SERVICE}'`, format: 'JSONEachRow' });
    rollups = Number((await rs.json<{ n: string }>())[0].n);
  } finally {
    await b.p.stop();
  }
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('detect stage end to end', () => {
  it('opens exactly one event for the spike, naming the slow route p95 series', () => {
    const opens = phase1.filter((e) => e.action === 'open');
    expect(opens).toHaveLength(1);
    expect(opens[0].seriesKey).toBe(`span|${SERVICE}|${SLOW}|p95_ms`);
    expect(opens[0].openedAt).toBeGreaterThanOrEqual(T0 + SPIKE_FROM * 1000);
    expect(opens[0].openedAt).toBeLessThan(T0 + (SPIKE_FROM + 5) * 1000);
    expect(rowsAfterPhase1).toEqual([{ id: opens[0].id, status: 'open', series_key: `span|${SERVICE}|${SLOW}|p95_ms` }]);
  });

  it('warms up from series_rollups after the restart and resumes the open event instead of re-opening it', () => {
    expect(warmSeries).toBeGreaterThanOrEqual(6);
    expect(phase2.filter((e) => e.action === 'open')).toHaveLength(0);
    expect(phase2.length).toBeGreaterThan(0);
    expect(phase2.every((e) => e.id === rowsAfterPhase1[0].id)).toBe(true);
  });

  it('closes the event after recovery, with exactly one row in error_events', () => {
    const close = phase2.filter((e) => e.action === 'close');
    expect(close).toHaveLength(1);
    expect(close[0].closedAt).toBeGreaterThanOrEqual(T0 + (SPIKE_TO + 5) * 1000);
    expect(rowsAtEnd).toHaveLength(1);
    expect(rowsAtEnd[0]).toMatchObject({ id: rowsAfterPhase1[0].id, status: 'closed', category: 'PERFORMANCE' });
    expect(['HIGH', 'CRITICAL']).toContain(rowsAtEnd[0].severity);
    expect(rowsAtEnd[0].trace_ids.length).toBeGreaterThan(0);
  });

  it('writes rollups for both routes and an intact audit trail of open … close', () => {
    expect(rollups).toBeGreaterThanOrEqual(2 * (END - 5));
    // Diagnosis records land asynchronously under the same event id; the event's own lifecycle is ordered.
    const actions = audit.filter((a) => a.entity_id === rowsAfterPhase1[0].id && a.action.startsWith('event.')).map((a) => a.action);
    expect(actions[0]).toBe('event.open');
    expect(actions.at(-1)).toBe('event.close');
    expect(actions.filter((a) => a === 'event.open')).toHaveLength(1);
    expect(verified.ok).toBe(true);
  });

  it('checkpoints the audit trail at stop under a generated 0600 key, and the chain still verifies against it after the restart', () => {
    expect(keyFileMode).toBe(0o600);
    expect(checkpointAtStop?.row_count).toBeGreaterThan(0);
    expect(verifiedKeyed).toMatchObject({ ok: true, scope: 'full', checkpoint: { status: 'ok' } });
    expect(verifiedKeyed.checkpoint.rows).toBeGreaterThanOrEqual(checkpointAtStop!.row_count);
  });

  it('diagnoses the event (pipeline wiring: detect → diagnose → error_classifications)', () => {
    expect(classifications.length).toBeGreaterThan(0);
    expect(classifications.every((c) => c.event === rowsAfterPhase1[0].id)).toBe(true);
    expect(Number(classifications[0].confidence_score)).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(classifications[0].explanation).length).toBeGreaterThan(10);
  });
});

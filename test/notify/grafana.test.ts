// The Grafana annotator against a local stand-in that enforces the documented annotations
// contract (the project's contracts, section 1: Grafana annotations): Bearer auth, non-empty text, epoch-ms integer
// times, PATCH only on existing ids, Grafana's response bodies. A client that drifts from the
// contract gets the same 4xx a real Grafana would give, and these tests fail.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, redact, REDACTED } from '../../src/config/index.ts';
import type { Diagnosis, ExecutionChange } from '../../src/records.ts';
import { GrafanaAnnotator, type GrafanaOptions } from '../../src/notify/index.ts';
import { EVENT_TOPIC } from '../../src/topics.ts';
import { testInfra, type TestInfra } from '../helpers/stages.ts';
import { incidentDiagnosis, incidentEvent, OPENED } from '../helpers/incidents.ts';

const TOKEN = 'glsa_test_token';

interface Stored {
  id: number;
  text: string;
  time: number;
  timeEnd: number;
  tags: string[];
  dashboardUID?: string;
  data?: unknown;
}

interface Seen {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

const POST_FIELDS = new Set(['text', 'time', 'timeEnd', 'tags', 'dashboardUID', 'dashboardId', 'panelId', 'data']);
const PATCH_FIELDS = new Set(['text', 'time', 'timeEnd', 'tags', 'data']);

/** Grafana's /api/annotations as documented; `faults` are statuses answered before the real handling. */
class GrafanaStandIn {
  readonly annotations = new Map<number, Stored>();
  readonly seen: Seen[] = [];
  faults: number[] = [];
  private nextId = 1;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const path = req.url ?? '';
    let body: unknown;
    const reply = (status: number, payload: unknown) => {
      this.seen.push({ method: req.method ?? '', path, status, body });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return reply(400, { message: 'bad request data' });
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return reply(401, { message: 'Unauthorized' });
    const fault = this.faults.shift();
    if (fault !== undefined) return reply(fault, { message: 'injected fault' });
    if (!String(req.headers['content-type']).startsWith('application/json')) return reply(400, { message: 'bad request data' });
    if (!body || typeof body !== 'object' || Array.isArray(body)) return reply(400, { message: 'bad request data' });
    const b = body as Record<string, unknown>;
    // Grafana would silently drop a misspelt field (Go JSON); the stand-in rejects it so a typo fails here.
    const allowed = req.method === 'POST' ? POST_FIELDS : PATCH_FIELDS;
    if (Object.keys(b).some((k) => !allowed.has(k))) return reply(400, { message: 'bad request data' });
    for (const k of ['time', 'timeEnd']) {
      // int64 epoch milliseconds: integers, and not seconds (a 2001+ date in ms is above 1e12).
      if (b[k] !== undefined && !(Number.isInteger(b[k]) && (b[k] as number) > 1e12)) return reply(400, { message: 'bad request data' });
    }
    if (b.tags !== undefined && !(Array.isArray(b.tags) && b.tags.every((t) => typeof t === 'string'))) return reply(400, { message: 'bad request data' });
    if (b.text !== undefined && typeof b.text !== 'string') return reply(400, { message: 'bad request data' });

    if (req.method === 'POST' && path === '/api/annotations') {
      if (!b.text) return reply(400, { message: 'Failed to save annotation' });
      let time = (b.time as number | undefined) ?? 0;
      let timeEnd = (b.timeEnd as number | undefined) ?? 0;
      if (!time) time = timeEnd || Date.now();
      if (!timeEnd) timeEnd = time;
      if (timeEnd < time) [time, timeEnd] = [timeEnd, time];
      const id = this.nextId++;
      this.annotations.set(id, { id, text: b.text as string, time, timeEnd, tags: (b.tags as string[]) ?? [], dashboardUID: b.dashboardUID as string | undefined, data: b.data });
      return reply(200, { message: 'Annotation added', id });
    }
    const m = /^\/api\/annotations\/([^/?]+)$/.exec(path);
    if (req.method === 'PATCH' && m) {
      if (!/^\d+$/.test(m[1])) return reply(400, { message: 'annotationId is invalid' });
      const a = this.annotations.get(Number(m[1]));
      if (!a) return reply(404, { message: 'Annotation not found' });
      if (b.tags !== undefined) a.tags = b.tags as string[];
      if (b.text) a.text = b.text as string;
      if (b.time) a.time = b.time as number;
      if (b.timeEnd) a.timeEnd = b.timeEnd as number;
      if (b.data !== undefined) a.data = b.data;
      if (a.timeEnd < a.time) [a.time, a.timeEnd] = [a.timeEnd, a.time];
      return reply(200, { message: 'Annotation patched' });
    }
    return reply(404, { message: 'Not found' });
  }
}

// The shared incident fixtures; the annotation tests want a diagnosis that recommends nothing.
const event = incidentEvent;
const diagnosis = (over: Partial<Diagnosis> = {}): Diagnosis => incidentDiagnosis({ recommendedActions: [], ...over });

interface LogLine {
  level: 'warn' | 'error';
  fields: unknown;
  msg: string;
}

function recordingLogger(lines: LogLine[]) {
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (fields: unknown, msg?: string) => void lines.push({ level: 'warn', fields, msg: msg ?? '' }),
    error: (fields: unknown, msg?: string) => void lines.push({ level: 'error', fields, msg: msg ?? '' }),
  };
}

describe('GrafanaAnnotator against a local stand-in enforcing Grafana\'s documented annotations contract', () => {
  let grafana: GrafanaStandIn;
  let url: string;
  let logs: LogLine[];

  beforeEach(async () => {
    grafana = new GrafanaStandIn();
    url = await grafana.start();
    logs = [];
  });
  afterEach(() => grafana.stop());

  let infra: TestInfra;
  // Through the delivery queue, as in the pipeline, with a fast backoff.
  const annotator = (over: Partial<GrafanaOptions> = {}, maxAttempts = 4) => {
    infra = testInfra({ logger: recordingLogger(logs), delivery: { drainMs: 300, targets: { grafana: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts } } } });
    return new GrafanaAnnotator({ url, token: TOKEN, dashboardUid: '', tags: ['homeostat'], ...over }, infra);
  };

  it('the stand-in itself rejects what Grafana rejects', async () => {
    const post = (body: unknown, auth = `Bearer ${TOKEN}`) =>
      fetch(`${url}/api/annotations`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ text: 'x' }, 'Bearer nope')).status).toBe(401);
    expect((await post({ text: '' })).status).toBe(400);
    expect((await post({ text: 'x', time: OPENED / 1000 })).status).toBe(400);
    expect((await post({ text: 'x', time: OPENED + 0.5 })).status).toBe(400);
    const ok = await post({ text: 'x', time: OPENED });
    expect(await ok.json()).toEqual({ message: 'Annotation added', id: 1 });
    const patch = await fetch(`${url}/api/annotations/99`, { method: 'PATCH', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: '{"timeEnd":1700000009000}' });
    expect(patch.status).toBe(404);
  });

  it('creates a region annotation when the incident opens, retexts it on each diagnosis, and ends it on close', async () => {
    const a = annotator({ dashboardUid: 'svc-overview' });
    a.event(event('open'));
    await a.drained();
    expect([...grafana.annotations.values()]).toHaveLength(1);
    const ann = grafana.annotations.get(1)!;
    expect(ann.time).toBe(OPENED);
    expect(ann.timeEnd).toBe(OPENED);
    expect(ann.text.split('\n')[0]).toBe('Homeostat: HIGH PERFORMANCE in checkout (detected)');
    expect(ann.tags).toEqual(['homeostat', 'category:PERFORMANCE', 'service:checkout', 'severity:HIGH']);
    expect(ann.dashboardUID).toBe('svc-overview');
    expect(ann.data).toEqual({ eventId: 'ev-1' });

    a.diagnosis(diagnosis());
    await a.drained();
    expect(ann.text.split('\n')[0]).toContain('DATABASE in checkout');
    expect(ann.text).toContain('\n\nRule db-slow matched: postgresql/orders self time rose 8x.');
    expect(ann.tags).toEqual(['homeostat', 'category:DATABASE', 'service:checkout', 'severity:HIGH']);

    // A later diagnosis of the same incident updates the same annotation.
    a.event(event('update', { severity: 'CRITICAL', updatedAt: OPENED + 60_000 }));
    a.diagnosis(diagnosis({ id: 'diag-2', category: 'RESOURCE', explanation: 'Second look.' }));
    await a.drained();
    expect(grafana.annotations.size).toBe(1);
    expect(ann.text).toContain('Second look.');
    expect(ann.tags).toContain('severity:CRITICAL');

    a.event(event('close', { closedAt: OPENED + 120_000, updatedAt: OPENED + 120_000 }));
    await a.drained();
    expect(ann.timeEnd).toBe(OPENED + 120_000);
    expect(ann.time).toBe(OPENED);
    expect(grafana.seen.map((s) => `${s.method} ${s.path} ${s.status}`)).toEqual([
      'POST /api/annotations 200',
      'PATCH /api/annotations/1 200',
      'PATCH /api/annotations/1 200',
      'PATCH /api/annotations/1 200',
    ]);
    expect(grafana.seen[3].body).toEqual({ timeEnd: OPENED + 120_000 });
    expect(logs).toEqual([]);
  });

  it('annotates incidents from the event topics alone, with diagnosis off', async () => {
    const a = annotator();
    await a.start();
    infra.bus.publish(EVENT_TOPIC.open, event('open'));
    infra.bus.publish(EVENT_TOPIC.close, event('close', { closedAt: OPENED + 30_000 }));
    await a.drained();
    const ann = grafana.annotations.get(1)!;
    expect([ann.time, ann.timeEnd]).toEqual([OPENED, OPENED + 30_000]);
    await a.stop();
    // After stop() it no longer listens.
    infra.bus.publish(EVENT_TOPIC.open, event('open', { id: 'ev-2' }));
    await a.drained();
    expect(grafana.annotations.size).toBe(1);
  });

  it('a diagnosis of an incident it never saw open (opened before a restart) creates the region', async () => {
    const a = annotator();
    a.diagnosis(diagnosis());
    await a.drained();
    const ann = grafana.annotations.get(1)!;
    expect(ann.data).toEqual({ eventId: 'ev-1', confidence: 0.82, rootCause: 'postgresql/orders' });
    expect(ann.text.split('\n')[0]).toContain('DATABASE in checkout');
  });

  it('does not retry a 4xx (bad token), logs it and never throws', async () => {
    const a = annotator({ token: 'wrong' });
    a.event(event('open'));
    expect(() => a.diagnosis(diagnosis())).not.toThrow();
    await a.drained();
    expect(grafana.seen.map((s) => s.status)).toEqual([401]);
    expect(grafana.annotations.size).toBe(0);
    expect(logs.map((l) => l.level)).toEqual(['error']);
    // The close has no annotation to patch: nothing is sent.
    a.event(event('close', { closedAt: OPENED + 1000 }));
    await a.drained();
    expect(grafana.seen).toHaveLength(1);
  });

  it('does not retry an injected 403 either', async () => {
    grafana.faults = [403];
    const a = annotator();
    a.diagnosis(diagnosis());
    await a.drained();
    expect(grafana.seen.map((s) => s.status)).toEqual([403]);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    grafana.faults = [500, 503];
    const a = annotator();
    a.event(event('open'));
    a.diagnosis(diagnosis());
    await a.drained();
    expect(grafana.seen.map((s) => `${s.method} ${s.status}`)).toEqual(['POST 500', 'POST 503', 'POST 200', 'PATCH 200']);
    expect(grafana.annotations.size).toBe(1);
    a.event(event('close', { closedAt: OPENED + 9000 }));
    await a.drained();
    expect(grafana.annotations.get(1)!.timeEnd).toBe(OPENED + 9000);
  });

  it('gives up after the bounded attempts on persistent 5xx and logs once', async () => {
    grafana.faults = [500, 500, 500, 500, 500];
    const a = annotator({}, 3);
    a.diagnosis(diagnosis());
    await a.drained();
    expect(grafana.seen).toHaveLength(3);
    expect(logs.filter((l) => l.level === 'error')).toHaveLength(1);
  });

  it('waits for an unreachable Grafana without throwing, and spools what it still holds at shutdown', async () => {
    await grafana.stop();
    const a = annotator();
    a.event(event('open'));
    await expect.poll(() => infra.delivery.available('grafana'), { timeout: 10_000 }).toBe(false);
    expect(infra.delivery.targetDepth('grafana')).toBe(1);
    await infra.delivery.stop();
    expect(logs.map((l) => l.msg)).toEqual(['grafana annotation call set aside (see delivery_dead_letters)']);
  });

  it('tells the recovery story on the region: each action started, rolled back, verified, and a code-fix proposal\'s link', async () => {
    const a = annotator();
    await a.start();
    infra.bus.publish(EVENT_TOPIC.open, event('open'));
    infra.bus.publish('diagnosis.made', diagnosis());
    const step = (s: string, actionName: string, result: string, at: number): ExecutionChange => ({ eventId: 'ev-1', executionId: `x-${actionName}`, step: s, actor: 'homeostat/recover', actionName, status: null, details: {}, result, at });
    infra.bus.publish('execution.changed', step('execution.planned', 'restart_service', 'planned', OPENED + 10_000));
    infra.bus.publish('execution.changed', step('execution.started', 'restart_service', 'started', OPENED + 11_000));
    infra.bus.publish('execution.changed', step('execution.rolled_back', 'restart_service', 'verification failed', OPENED + 70_000));
    await a.drained();
    const ann = grafana.annotations.get(1)!;
    expect(ann.text).toContain('Rule db-slow matched');
    expect(ann.text.split('\n\nRecovery:\n')[1].split('\n')).toEqual([
      '• 22:13:31 restart_service: started',
      '• 22:14:30 restart_service: rolled back (verification failed)',
    ]);
    expect(ann.tags).toContain('recovery:rolled_back');
    // Planning is not part of the story: no PATCH for it.
    expect(grafana.seen.filter((x) => x.method === 'PATCH')).toHaveLength(3);

    infra.bus.publish('execution.changed', step('execution.started', 'clear_cache', 'started', OPENED + 80_000));
    infra.bus.publish('execution.changed', step('execution.verified', 'clear_cache', 'verified', OPENED + 95_000));
    infra.bus.publish('codefix.changed', { proposalId: 'p-1', eventId: 'ev-1', service: 'checkout', status: 'complete', runId: 7, webUrl: 'https://codegen.example/run/7', resultUrl: 'https://github.example/acme/shop/pull/12', confidence: null, summary: 'null check', at: OPENED + 100_000 });
    await a.drained();
    expect(ann.text).toContain('• 22:14:55 clear_cache: verified\n\nCode-fix proposal (not applied): complete https://github.example/acme/shop/pull/12');
    expect(ann.tags).toEqual(['homeostat', 'category:DATABASE', 'service:checkout', 'severity:HIGH', 'recovery:verified', 'codefix:complete']);
    // A story step for an incident this process never annotated patches nothing.
    infra.bus.publish('execution.changed', { ...step('execution.failed', 'x', 'failed', OPENED), eventId: 'ev-unknown' });
    await a.drained();
    expect(grafana.annotations.size).toBe(1);
    await a.stop();
  });

  it('carries hostile telemetry text verbatim inside JSON only', async () => {
    const hostile = 'svc"};\n{{ .Values.secret }} $(rm -rf /) `id` \\" </script> ${env:X} ?a=1&b=#';
    const a = annotator();
    a.event(event('open', { id: 'ev/../../admin?x=1', serviceName: hostile, message: hostile }));
    a.diagnosis(diagnosis({ eventId: 'ev/../../admin?x=1', serviceName: hostile, explanation: `because ${hostile}`, rootCause: { service: hostile, kind: 'service', score: 1, evidence: null, alternatives: [] } }));
    a.event(event('close', { id: 'ev/../../admin?x=1', closedAt: OPENED + 1000 }));
    await a.drained();
    const ann = grafana.annotations.get(1)!;
    expect(ann.text).toContain(`because ${hostile}`);
    expect(ann.tags).toContain(`service:${hostile}`);
    expect(ann.data).toEqual({ eventId: 'ev/../../admin?x=1' });
    expect(ann.timeEnd).toBe(OPENED + 1000);
    // Only the fixed route and Grafana's numeric id ever appear in a URL.
    for (const s of grafana.seen) expect(s.path).toMatch(/^\/api\/annotations(\/\d+)?$/);
  });

  it('forgets the oldest incidents beyond maxTracked', async () => {
    const a = annotator({ maxTracked: 1 });
    a.event(event('open', { id: 'a' }));
    a.diagnosis(diagnosis({ eventId: 'a' }));
    await a.drained();
    a.event(event('open', { id: 'b' }));
    // 'a' was evicted: its close finds no annotation and sends nothing.
    a.event(event('close', { id: 'a', closedAt: OPENED + 1000 }));
    await a.drained();
    expect(grafana.seen.map((x) => x.method)).toEqual(['POST', 'PATCH', 'POST']);
  });
});

describe('notify.grafana config', () => {
  it('is off by default, tags homeostat, and its token is redacted', () => {
    const cfg = parseConfig({}, {});
    expect(cfg.notify.grafana).toEqual({ url: '', token: '', dashboard_uid: '', tags: ['homeostat'] });
    const withToken = parseConfig({ notify: { grafana: { url: 'http://grafana:3000', token: 'glsa_x' } } }, {});
    expect((redact(withToken) as { notify: { grafana: { token: string } } }).notify.grafana.token).toBe(REDACTED);
  });
});

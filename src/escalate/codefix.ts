// Code-fix proposals (the design document's CodegenRecoveryAgent), behind
// self_healing.codegen.enabled. For an incident whose error carries a stack trace (the event's
// own, from the exception.stacktrace of the record that opened it, or the newest matching error
// log or exception span event in ClickHouse, read with bound parameters), it builds the
// document's prompt, claims the error pattern (one proposal per pattern, across replicas), starts
// a Codegen agent run and polls it with backoff until it ends. Every call to Codegen is a
// delivery item. Proposals are stored (code_fix_proposals), published on `codefix.changed` (Slack,
// the Grafana annotation), listed by the API, and never applied.
import type { ClickHouseClient } from '@clickhouse/client';
import type pg from 'pg';
import type { DeliveryQueue } from '../delivery/index.ts';
import { PermanentError } from '../errors.ts';
import type { CodeFixChange, DetectedEvent } from '../records.ts';
import type { Stage } from '../stage.ts';
import { ident } from '../store/index.ts';
import type { Logger } from '../telemetry/index.ts';
import { onEvents, type Bus } from '../topics.ts';
import { buildFixPrompt, patternKey, stackFiles, type ErrorContext } from './codefix-prompt.ts';
import { ProposalStore, type StoredProposal } from './codefix-store.ts';
import { CodegenApi, TERMINAL_STATUSES, type AgentRun, type CodegenApiOptions } from './codegen-api.ts';

export interface CodeFixOptions {
  api: CodegenApiOptions;
  /** Codegen's repo_id for the service's repository; absent: the organisation's default. */
  repoId?: number;
  /** First poll after this long; each later one waits twice as long, up to maxPollMs. */
  pollMs: number;
  maxPollMs: number;
  /** A run still not ended this long after it started is given up (timed_out). */
  giveUpMs: number;
  /** ClickHouse database holding otel_logs / otel_traces. */
  database: string;
}

export interface CodeFixDeps {
  bus: Bus;
  delivery: Pick<DeliveryQueue, 'send' | 'drained'>;
  pool: pg.Pool;
  clickhouse?: ClickHouseClient;
  logger: Logger;
  now?: () => number;
}

export const CODEGEN_TARGET = 'codegen';
/** How far around an incident's opening stored records are searched for its stack trace. */
const LOOKUP_BEFORE_MS = 15 * 60_000;
const LOOKUP_AFTER_MS = 5 * 60_000;
const MAX_CONSIDERED = 10_000;

export class CodeFixStage implements Stage {
  readonly name = 'codefix';
  readonly store: ProposalStore;
  private readonly api: CodegenApi;
  private readonly now: () => number;
  private readonly considered = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly jobs = new Set<Promise<void>>();
  private readonly unsubscribe: Array<() => void> = [];
  private stopped = false;

  constructor(private readonly opts: CodeFixOptions, private readonly deps: CodeFixDeps) {
    this.store = new ProposalStore(deps.pool);
    this.api = new CodegenApi(opts.api);
    this.now = deps.now ?? Date.now;
  }

  async start(): Promise<void> {
    this.unsubscribe.push(onEvents(this.deps.bus, (ev) => this.event(ev)));
    // Runs a previous process started and did not see end: polled again (one not started yet is started).
    for (const p of await this.store.unfinished()) {
      if (p.runId === null) this.startRun(p, await this.promptOf(p.id));
      else this.schedule(p, this.opts.pollMs);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const u of this.unsubscribe.splice(0)) u();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.jobs]);
  }

  /** Resolves when the incidents seen so far have been looked at and their calls delivered (tests). */
  async drained(): Promise<void> {
    await Promise.allSettled([...this.jobs]);
    await this.deps.delivery.drained();
  }

  event(ev: DetectedEvent): void {
    if (ev.action === 'close' || this.stopped) return;
    const ctx = ev.context as Record<string, unknown>;
    // An exception seen by detection, or an error series (error rate, error logs) whose spans or
    // logs may carry one: ClickHouse is asked for the stack trace.
    const hasError = typeof ctx.stackTrace === 'string' || typeof ctx.exceptionType === 'string' || typeof ctx.exceptionMessage === 'string' || /error/i.test(ev.seriesKey);
    if (!hasError || this.considered.has(ev.id)) return;
    this.considered.add(ev.id);
    while (this.considered.size > MAX_CONSIDERED) this.considered.delete(this.considered.values().next().value!);
    const job = this.propose(ev).catch((err) => this.deps.logger.warn({ err, incidentId: ev.id }, 'codefix: could not look at the incident for a code-fix proposal'));
    this.jobs.add(job);
    void job.finally(() => this.jobs.delete(job));
  }

  private async propose(ev: DetectedEvent): Promise<void> {
    const c = await this.errorContext(ev);
    if (!c) {
      this.deps.logger.debug({ incidentId: ev.id }, 'codefix: no stack trace for the incident; no proposal');
      return;
    }
    const key = patternKey(c.service, str(ev.context.patternSignature), c.exceptionType, c.stackTrace, c.codeLocation);
    const prompt = buildFixPrompt(c);
    const { claimed, proposal } = await this.store.claim(key, ev.id, c, prompt);
    if (claimed) {
      this.deps.logger.info({ incidentId: ev.id, proposalId: proposal.id, files: c.affectedFiles.slice(0, 3) }, 'codefix: starting a Codegen run for a code-fix proposal');
      this.startRun(proposal, prompt, c);
    }
    // The pattern's proposal, told for this incident too (a later incident of a known pattern).
    this.publish(proposal, ev.id);
  }

  private startRun(p: StoredProposal, prompt: string, c?: ErrorContext): void {
    const metadata = { source: 'homeostat', incident_id: p.eventId, service: p.service, pattern: p.patternKey, ...(c ? { affected_files: c.affectedFiles, system_state: c.systemState } : {}) };
    const body = { prompt, metadata, ...(this.opts.repoId !== undefined ? { repo_id: this.opts.repoId } : {}) };
    this.deps.delivery.send({
      target: CODEGEN_TARGET,
      key: `codegen:${p.patternKey}`,
      kind: 'codegen.run',
      payload: { proposalId: p.id, incidentId: p.eventId },
      bytes: 1024 + prompt.length,
      run: async () => {
        let run: AgentRun;
        try {
          run = await this.api.startRun(body);
        } catch (err) {
          if (err instanceof PermanentError) await this.finish(p, 'refused', (err as Error).message);
          throw err;
        }
        const saved = await this.store.started(p.id, run).catch((err) => {
          // The run exists; losing its id here only costs the poll (it stays visible in Codegen).
          this.deps.logger.error({ err, proposalId: p.id, runId: run.id }, 'codefix: run started but not recorded');
          return undefined;
        });
        if (!saved) return;
        this.publishAll(saved);
        this.schedule(saved, this.opts.pollMs);
      },
    });
  }

  private schedule(p: StoredProposal, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.poll(p, delayMs);
    }, delayMs);
    timer.unref?.();
    this.timers.add(timer);
  }

  private poll(p: StoredProposal, lastDelayMs: number): void {
    if (this.stopped || p.runId === null) return;
    const runId = p.runId;
    this.deps.delivery.send({
      target: CODEGEN_TARGET,
      key: `codegen:${p.patternKey}`,
      kind: 'codegen.poll',
      payload: { proposalId: p.id, runId },
      run: async () => {
        let run: AgentRun;
        try {
          run = await this.api.getRun(runId);
        } catch (err) {
          if (err instanceof PermanentError) await this.finish(p, 'failed', (err as Error).message);
          throw err;
        }
        const ended = TERMINAL_STATUSES.has(run.status);
        const status: CodeFixChange['status'] = !ended ? 'running' : run.status.startsWith('COMPLETE') ? 'complete' : 'failed';
        const saved = await this.store.polled(p.id, run, status);
        if (ended) {
          this.deps.logger.info({ proposalId: p.id, runId, status, url: saved.resultUrl }, 'codefix: Codegen run ended');
          this.publishAll(saved);
          return;
        }
        if (this.now() - saved.createdAt > this.opts.giveUpMs) {
          await this.finish(saved, 'timed_out', `the run had not ended ${Math.round(this.opts.giveUpMs / 60_000)} min after it started (last status ${run.status})`);
          return;
        }
        this.schedule(saved, Math.min(this.opts.maxPollMs, lastDelayMs * 2));
      },
    });
  }

  private async finish(p: StoredProposal, status: 'refused' | 'failed' | 'timed_out', why: string): Promise<void> {
    const saved = await this.store.failed(p.id, status, why);
    this.deps.logger.warn({ proposalId: p.id, status, why }, 'codefix: no proposal from Codegen');
    this.publishAll(saved);
  }

  private publishAll(p: StoredProposal): void {
    for (const id of p.incidentIds) this.publish(p, id);
  }

  private publish(p: StoredProposal, eventId: string): void {
    this.deps.bus.publish('codefix.changed', {
      proposalId: p.id, eventId, service: p.service, status: p.status, runId: p.runId, webUrl: p.webUrl, resultUrl: p.resultUrl, confidence: p.confidence, summary: p.summary, at: this.now(),
    });
  }

  private async promptOf(id: string): Promise<string> {
    const r = await this.deps.pool.query<{ prompt: string }>('SELECT prompt FROM code_fix_proposals WHERE id = $1', [id]);
    return r.rows[0]?.prompt ?? '';
  }

  /** The error, its stack and files: from the event, completed from ClickHouse. Null without a stack trace. */
  private async errorContext(ev: DetectedEvent): Promise<ErrorContext | null> {
    const ctx = ev.context as Record<string, unknown>;
    let stack = str(ctx.stackTrace) ?? '';
    let type = str(ctx.exceptionType) ?? '';
    let message = str(ctx.exceptionMessage) ?? ev.message;
    let location: ErrorContext['codeLocation'];
    const stored = await this.storedError(ev, type).catch((err) => {
      this.deps.logger.warn({ err, incidentId: ev.id }, 'codefix: could not read the stack trace from ClickHouse');
      return null;
    });
    if (stored) {
      stack ||= stored.stack;
      type ||= stored.type;
      if (!str(ctx.exceptionMessage) && stored.message) message = stored.message;
      if (stored.filepath) location = { filepath: stored.filepath, lineno: Number.isFinite(Number(stored.lineno)) && stored.lineno !== '' ? Number(stored.lineno) : null, function: stored.fn };
    }
    if (!stack) return null;
    const files = [...new Set([...(location ? [location.filepath] : []), ...stackFiles(stack)])];
    return {
      service: ev.serviceName,
      errorMessage: message,
      exceptionType: type,
      stackTrace: stack,
      affectedFiles: files,
      ...(location ? { codeLocation: location } : {}),
      systemState: { severity: ev.severity, category: ev.category, incidentId: ev.id },
    };
  }

  /**
   * The newest error log (or exception span event) of the service around the incident's
   * opening that carries a stack trace, with its code.* attributes (both the older code.filepath
   * names and the newer code.file.path ones). Values are bound parameters, never SQL text.
   */
  private async storedError(ev: DetectedEvent, type: string): Promise<{ stack: string; type: string; message: string; filepath: string; lineno: string; fn: string } | null> {
    const ch = this.deps.clickhouse;
    if (!ch) return null;
    const params = { svc: ev.serviceName, type, from: Math.floor((ev.openedAt - LOOKUP_BEFORE_MS) / 1000), to: Math.ceil((ev.openedAt + LOOKUP_AFTER_MS) / 1000) };
    const pick = (m: string) => `if(${m}['code.filepath'] != '', ${m}['code.filepath'], ${m}['code.file.path']), if(${m}['code.lineno'] != '', ${m}['code.lineno'], ${m}['code.line.number']), if(${m}['code.function'] != '', ${m}['code.function'], ${m}['code.function.name'])`;
    const logs = await ch.query({
      query:
        `SELECT LogAttributes['exception.stacktrace'], LogAttributes['exception.type'], LogAttributes['exception.message'], ${pick('LogAttributes')} ` +
        `FROM ${ident(this.opts.database)}.otel_logs WHERE ServiceName = {svc:String} AND Timestamp >= toDateTime64({from:Int64}, 9) AND Timestamp <= toDateTime64({to:Int64}, 9) ` +
        `AND LogAttributes['exception.stacktrace'] != '' AND ({type:String} = '' OR LogAttributes['exception.type'] = {type:String}) ORDER BY Timestamp DESC LIMIT 1`,
      query_params: params,
      format: 'JSONCompactEachRow',
    });
    const row = (await logs.json<string[]>())[0];
    if (row) return { stack: row[0], type: row[1], message: row[2], filepath: row[3], lineno: row[4], fn: row[5] };
    const spans = await ch.query({
      query:
        `SELECT a['exception.stacktrace'], a['exception.type'], a['exception.message'], ${pick('SpanAttributes')} ` +
        `FROM ${ident(this.opts.database)}.otel_traces ARRAY JOIN Events.Name AS n, Events.Attributes AS a ` +
        `WHERE ServiceName = {svc:String} AND Timestamp >= toDateTime64({from:Int64}, 9) AND Timestamp <= toDateTime64({to:Int64}, 9) ` +
        `AND n = 'exception' AND a['exception.stacktrace'] != '' AND ({type:String} = '' OR a['exception.type'] = {type:String}) ORDER BY Timestamp DESC LIMIT 1`,
      query_params: params,
      format: 'JSONCompactEachRow',
    });
    const s = (await spans.json<string[]>())[0];
    return s ? { stack: s[0], type: s[1], message: s[2], filepath: s[3], lineno: s[4], fn: s[5] } : null;
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

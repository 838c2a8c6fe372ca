// The recover stage: from a diagnosis to a verified recovery, as a state machine persisted in
// recovery_executions.
//
//   diagnosis.made ─ plan ─▶ PENDING ─ claim ─▶ RUNNING(executing) ─ action ok ─▶ RUNNING(verifying)
//                      │        ▲                     │ action failed                 │ incident closed / series in baseline
//                      │        │ approve             ▼                               ▼
//                      ├─▶ AWAITING_APPROVAL ──▶ FAILED / ROLLED_BACK ─▶ next      COMPLETED
//                      │        │ reject: CANCELLED ─▶ next candidate  candidate    (deadline passed: roll back, next)
//                      │        │ expire: CANCELLED ─▶ escalation
//                      └─▶ (dry run) CANCELLED, recording what would have run
//
// Exactly once: a plan is one row per (event, attempt) (a unique index), a claim is an UPDATE of
// a PENDING row taken FOR UPDATE SKIP LOCKED, and every later move is conditional on the state
// the mover saw, so of two replicas on one PostgreSQL only one ever acts on a row. A row left
// RUNNING in phase `executing` by a process that died is never re-run: once its deadline passes
// it is marked FAILED (outcome unknown). Rows in phase `verifying` carry their deadline, so any
// replica (or the restarted one) finishes their verification.
//
// Side effects: executor calls go through the delivery queue (target `recovery`, one lane per
// target service, never retried by the queue: the executor reports its own outcome, and running
// a restart twice because an answer was lost is what this engine exists to avoid); audit rows
// go through the audit stage via `execution.changed`. The recovery_executions writes are made
// here directly and awaited: they are the claims and locks that decide whether to act at all,
// so they cannot be deferred behind the act.
import { randomInt, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import type { DeliveryQueue } from '../delivery/index.ts';
import type { RecoveryOptions } from './options.ts';
import type { DetectedEvent, Diagnosis, DiagnosisLabel, ExecutionChange, ExecutionStatus } from '../records.ts';
import type { Stage } from '../stage.ts';
import type { Logger } from '../telemetry/index.ts';
import type { Bus } from '../topics.ts';
import { checkKubeClusters } from './kube.ts';
import { actionParameters, bindingFor, builtinCatalog, CatalogError, candidateActions, loadCatalogFile, type ActionDef, type Catalog, type ExecutorSpec } from './catalog.ts';
import { ExecutionStore, type ExecutionRow } from './executions.ts';
import { callKey, describeCall, runExecutor, type ExecutorOutcome } from './executors.ts';
import { seededRandom } from '../random.ts';
import { DEFAULT_LEARNING, LearningStore, learnedFirst, thompson, type Outcome } from './learning.ts';
import { decide, isLone, type PlanInput } from './policy.ts';
import { higherThanAtAction, transientEnd, worseSinceAction } from './verification.ts';

export interface RecoverStageOptions extends RecoveryOptions {
  /** How often deadlines (verification, approval, stale executions) are checked. */
  pollMs?: number;
  /** This replica's name in recovery_executions.owner. */
  instanceId?: string;
}

export interface RecoverStageDeps {
  pool: pg.Pool;
  bus: Bus;
  delivery: Pick<DeliveryQueue, 'send'>;
  logger: Logger;
  /** A catalog built by the caller (tests); otherwise options.catalogFile or the built-ins. */
  catalog?: Catalog;
  /** The diagnose stage: a verified recovery confirms the incident's diagnosis (label source `recovery`). */
  labeller?: { label(req: DiagnosisLabel): Promise<boolean> };
}

const ACTOR = 'homeostat/recover';
const DEFAULT_POLL_MS = 1000;
/** An event row is written through the delivery queue; a diagnosis may arrive first. */
const EVENT_ROW_WAIT_TRIES = 20;
const EVENT_ROW_WAIT_MS = 250;
/** Outcomes per learning write at most. */
const LEARN_BATCH = 500;

export class ApprovalError extends Error {
  constructor(message: string, readonly code: 'not_found' | 'not_awaiting') {
    super(message);
  }
}

export class RecoverStage implements Stage {
  readonly name = 'recover';
  readonly store: ExecutionStore;
  readonly learning: LearningStore;
  readonly instanceId: string;
  private readonly random: () => number;
  catalog!: Catalog;
  private readonly unsubscribe: Array<() => void> = [];
  private readonly running = new Set<Promise<void>>();
  /** Outcomes waiting to be counted for learning, and the write counting them (waited for at stop; it holds no concurrency slot). */
  private readonly outcomes: Outcome[] = [];
  private recording?: Promise<void>;
  private readonly planning = new Map<string, Promise<void>>();
  /**
   * The latest diagnosis of an incident whose category differs from what its plan was made
   * for, kept while an action of the old plan is still running: when that one fails, the next
   * attempt follows the newer diagnosis instead of the old candidates. Dropped when the incident closes.
   */
  private readonly revised = new Map<string, Diagnosis>();
  /**
   * Incidents whose every candidate was refused only by a cooldown (another incident's action on
   * the same target moments ago): planned again once the cooldown lapses, if still open. Not an
   * exhausted recovery: nothing failed, and a person paged for it would find the fix under way.
   */
  private readonly deferred = new Map<string, { input: PlanInput; at: number }>();
  /** Open incidents that rest on one error record so far (policy's isLone), by event id. */
  private readonly lone = new Set<string>();
  /** Per open incident, the event time of its latest symptom (detect's `lastSymptom`). */
  private readonly activeAt = new Map<string, number>();
  /** Per open incident, when the newest of its error signatures first appeared (detect's `context.signatures[].at`). */
  private readonly newestFinding = new Map<string, number>();
  /** Revisions held for an action's transient (see ownTransient), taken up if a symptom outlasts it. */
  private readonly held = new Map<string, { d: Diagnosis; after: number }>();
  /** Plans waiting for their incident's error to come back (a non-LOW candidate and a lone incident). */
  private readonly awaitingEvidence = new Map<string, { input: PlanInput; start: number }>();
  private timer?: NodeJS.Timeout;
  private pumping = false;
  private pumpAgain = false;
  private polling = false;
  private stopped = false;
  private stopping?: Promise<void>;

  constructor(private readonly opts: RecoverStageOptions, private readonly deps: RecoverStageDeps) {
    this.store = new ExecutionStore(deps.pool);
    this.learning = new LearningStore(deps.pool);
    this.random = seededRandom(opts.learning?.seed ?? randomInt(2 ** 31));
    this.instanceId = opts.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  async start(): Promise<void> {
    this.catalog =
      this.deps.catalog ??
      (this.opts.catalogFile ? loadCatalogFile(this.opts.catalogFile, { commandAllowlist: this.opts.commandAllowlist, maxTimeoutMs: this.opts.timeoutMs }) : builtinCatalog());
    try {
      await checkKubeClusters(this.catalog);
    } catch (err) {
      throw new CatalogError(`recovery catalog ${this.opts.catalogFile || '(given)'}: kubernetes: ${(err as Error).message}`);
    }
    await this.store.syncCatalog(this.catalog);
    const bound = [...this.catalog.actions.values()].filter((a) => a.bindings.length > 0).map((a) => a.name);
    this.deps.logger.info(
      { catalog: this.opts.catalogFile || '(built-in)', actions: this.catalog.actions.size, bound, scenarios: this.catalog.scenarios.length, dryRun: this.opts.dryRun },
      bound.length > 0 ? 'recovery catalog loaded' : 'recovery catalog has no executor bindings: nothing will be executed',
    );
    const { bus } = this.deps;
    this.unsubscribe.push(
      bus.subscribe('diagnosis.made', (d) => this.onDiagnosis(d)),
      bus.subscribe('event.opened', (ev) => this.noteEvidence(ev)),
      bus.subscribe('event.updated', (ev) => this.onEvent(ev)),
      bus.subscribe('event.closed', (ev) => this.onEvent(ev)),
    );
    // Whatever a previous run left behind (stale claims, due deadlines, pending work) first.
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.opts.pollMs ?? DEFAULT_POLL_MS);
    this.timer.unref();
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      for (const u of this.unsubscribe.splice(0)) u();
      clearInterval(this.timer);
      // Executors carry their own timeouts, so this wait is bounded.
      while (this.running.size > 0 || this.planning.size > 0 || this.recording) await Promise.allSettled([...this.running, ...this.planning.values(), this.recording]);
    })();
    return this.stopping;
  }

  // ---- approvals (API and CLI) ----

  async approve(id: string, by: string): Promise<ExecutionRow> {
    const row = await this.awaiting(id);
    if (!(await this.store.transition(id, { status: 'AWAITING_APPROVAL' }, { status: 'PENDING', approvedBy: by, decision: 'approved', deadlineAt: null }))) {
      throw new ApprovalError(`execution ${id} is no longer awaiting approval`, 'not_awaiting');
    }
    this.emit(row, 'approval.granted', 'PENDING', { approvedBy: by }, 'approved', by);
    const decided = (await this.store.get(id))!;
    void this.pump();
    return decided;
  }

  async reject(id: string, by: string, reason: string): Promise<ExecutionRow> {
    const row = await this.awaiting(id);
    const ok = await this.store.transition(
      id,
      { status: 'AWAITING_APPROVAL' },
      { status: 'CANCELLED', approvedBy: by, decision: 'rejected', decisionReason: reason, completed: true, success: false, deadlineAt: null, errorMessage: `rejected by ${by}: ${reason}` },
    );
    if (!ok) throw new ApprovalError(`execution ${id} is no longer awaiting approval`, 'not_awaiting');
    this.emit(row, 'approval.rejected', 'CANCELLED', { rejectedBy: by, reason }, 'rejected', by);
    this.track(this.planNext(row));
    return (await this.store.get(id))!;
  }

  private async awaiting(id: string): Promise<ExecutionRow> {
    const row = await this.store.get(id);
    if (!row) throw new ApprovalError(`no execution ${id}`, 'not_found');
    if (row.status !== 'AWAITING_APPROVAL') throw new ApprovalError(`execution ${id} is ${row.status}, not awaiting approval`, 'not_awaiting');
    return row;
  }

  // ---- planning ----

  private onDiagnosis(d: Diagnosis): void {
    if (this.stopped || d.action === 'close') return;
    this.plan(d.eventId, () => this.planFirst(d));
  }

  /** One plan at a time per incident in this process; the unique index covers other replicas. */
  private plan(eventId: string, fn: () => Promise<void>): void {
    const prev = this.planning.get(eventId) ?? Promise.resolve();
    const next = prev
      .then(fn)
      .catch((err) => this.deps.logger.error({ err, eventId }, 'recovery planning failed'))
      .finally(() => {
        if (this.planning.get(eventId) === next) this.planning.delete(eventId);
      });
    this.planning.set(eventId, next);
  }

  private async planFirst(d: Diagnosis): Promise<void> {
    const rows = await this.store.list({ eventId: d.eventId, limit: 100 });
    if (rows.length > 0) return this.revise(d, rows);
    await this.planFresh(d, 0);
  }

  /**
   * A later diagnosis of an incident that already has a plan. The same problem (category and
   * the service actions aim at) changes nothing. A different one means the plan was made for
   * the wrong problem: a slow query first read as an exhausted pool once its statements showed,
   * or errors charged to a peer before the records' own traces were stored, whose action went to
   * the peer. An attempt not yet started is cancelled, and one that ran but is not yet verified
   * gives its verification up, and a plan for the new problem takes their place; an action still
   * executing finishes and then gives its verification up the same way (see execute); a plan that had ended
   * without a verified recovery gets a new one. A verified recovery is never second-guessed, and
   * each problem is planned for at most once per incident, so diagnoses that flip cannot loop.
   */
  private async revise(d: Diagnosis, rows: ExecutionRow[], afterTransient = false): Promise<void> {
    const target = targetOf(d);
    if (d.category === 'UNKNOWN' || rows.some((r) => sameProblem(r, d))) return;
    if (rows.some((r) => r.status === 'COMPLETED')) return;
    const latest = rows.reduce((a, b) => (b.attempt > a.attempt ? b : a));
    const base = latest.attempt + 1;
    const was = latest.context.category === d.category ? `${d.category} at ${target}, not at ${latest.targetService}` : `${d.category}, not ${latest.context.category}`;
    if (latest.status === 'RUNNING' && latest.phase === 'verifying' && this.sameCall(latest, d, target)) {
      // The action being verified is what the new plan would do first, to the letter (the
      // catalog runs it at one place whichever service showed the symptom): running it again
      // would restart its verification, and a fix that already took hold would read as the
      // incident calming by itself. Its verification goes on.
      this.revised.set(d.eventId, d);
      this.decision(this.inputOf(d, [], base), latest.actionName, 'recovery.revised', `a later diagnosis says ${was}: ${latest.actionName} makes the very same call for it, so its verification goes on; if it does not help, the next attempt follows the new diagnosis`);
      return;
    }
    const transientEnds = !afterTransient && latest.status === 'RUNNING' && latest.phase === 'verifying' ? this.ownTransient(latest) : null;
    if (transientEnds !== null) {
      // An error signature that first appeared after the action started, and a diagnosis made
      // before its transient is over: most likely the action's own doing (a restarted service's
      // callers time out waiting for its pool), not a different problem. Held until a symptom
      // is seen after the transient; if none is, the verification decides as usual.
      this.revised.set(d.eventId, d);
      this.held.set(d.eventId, { d, after: transientEnds });
      this.decision(this.inputOf(d, [], base), latest.actionName, 'recovery.revised', `a later diagnosis says ${was}, made during ${latest.actionName}'s transient on errors that began after it started: held until ${new Date(transientEnds).toISOString()}; if a symptom goes on past that, the plan follows the new diagnosis`);
      return;
    }
    if (latest.status === 'RUNNING' && latest.phase === 'verifying' && this.quietSince(latest, d)) {
      // A diagnosis less sure than the plan's, made when no symptom has been seen since the
      // action's transient: it re-reads the evidence the plan was made on, diluted by the calm
      // since (a slow query's statements fast again once the index is back, leaving only the
      // pool timeouts they caused). That is no sign the action failed; its verification goes on.
      this.revised.set(d.eventId, d);
      this.decision(this.inputOf(d, [], base), latest.actionName, 'recovery.revised', `a later diagnosis says ${was} with confidence ${d.confidence}, below the ${latest.context.confidence} the plan was made on, and no symptom has been seen since ${latest.actionName} ran: its verification goes on; if it does not help, the next attempt follows the new diagnosis`);
      return;
    }
    if (latest.status === 'RUNNING' && latest.phase === 'verifying') {
      // The old action ran and has not been shown to work; waiting out its verification would
      // spend the incident's time on the wrong problem. No rollback: nothing says it did harm.
      const why = `superseded: a later diagnosis says ${was}; its verification is given up`;
      const ok = await this.store.transition(latest.id, { status: 'RUNNING', phase: 'verifying' }, { status: 'FAILED', phase: null, completed: true, success: false, deadlineAt: null, errorMessage: why });
      if (!ok) return this.revise(d, await this.store.list({ eventId: d.eventId, limit: 100 })); // decided meanwhile
      this.emit(latest, 'execution.superseded', 'FAILED', { reason: why, diagnosisId: d.id }, 'superseded');
      await this.planFresh(d, base);
      return;
    }
    if (latest.status === 'RUNNING') {
      this.revised.set(d.eventId, d);
      this.decision(this.inputOf(d, [], base), latest.actionName, 'recovery.revised', `a later diagnosis says ${was}: ${latest.actionName} is already running; if it does not help, the next attempt follows the new diagnosis`);
      return;
    }
    if (latest.status === 'PENDING' || latest.status === 'AWAITING_APPROVAL') {
      const why = `superseded: a later diagnosis says ${was}`;
      const ok = await this.store.transition(latest.id, { status: latest.status }, { status: 'CANCELLED', completed: true, success: false, deadlineAt: null, errorMessage: why });
      if (!ok) return this.revise(d, await this.store.list({ eventId: d.eventId, limit: 100 })); // claimed meanwhile
      this.emit(latest, 'execution.superseded', 'CANCELLED', { reason: why, diagnosisId: d.id }, 'superseded');
    }
    await this.planFresh(d, base);
  }

  /**
   * When row's action's transient ends, if it has not yet and an error signature of the
   * incident first appeared after the action started; null otherwise.
   */
  private ownTransient(row: ExecutionRow): number | null {
    const ends = this.transientEndOf(row);
    const finding = this.newestFinding.get(row.eventId);
    return ends !== null && row.startedAt && Date.now() < ends && finding !== undefined && finding >= row.startedAt.getTime() ? ends : null;
  }

  /**
   * The diagnosis is less sure than the one row's plan was made on, and the incident's latest
   * symptom is from before the action's transient ended (see transientEnd).
   */
  private quietSince(row: ExecutionRow, d: Diagnosis): boolean {
    if (!(d.confidence < row.context.confidence)) return false;
    const ends = this.transientEndOf(row);
    const active = this.activeAt.get(d.eventId);
    return ends !== null && active !== undefined && active <= ends;
  }

  /** When the transient of row's action ends (the action ended one verification window before its deadline); null when unknown. */
  private transientEndOf(row: ExecutionRow): number | null {
    const action = this.catalog.actions.get(row.actionName);
    if (!action || !row.deadlineAt) return null;
    const within = action.verification.withinMs;
    return transientEnd(row.deadlineAt.getTime() - within, within);
  }

  /** Whether the new diagnosis's first candidate is the row's action making the identical call. */
  private sameCall(row: ExecutionRow, d: Diagnosis, target: string): boolean {
    const action = this.catalog.actions.get(row.actionName);
    if (!action || candidateActions(this.catalog, d, target, d.rootCause.service)[0] !== row.actionName) return false;
    const was = bindingFor(action, row.targetService ?? '');
    const now = bindingFor(action, target);
    const p = actionParameters(action, { service: target, eventId: d.eventId, category: d.category });
    if (!was || !now || !p.ok) return false;
    return callKey(was.executor, row.context.params) === callKey(now.executor, p.params);
  }

  private inputOf(d: Diagnosis, candidates: string[], attemptBase: number): PlanInput {
    const targetService = targetOf(d);
    return {
      eventId: d.eventId,
      diagnosisId: d.id,
      category: d.category,
      confidence: d.confidence,
      lowConfidence: d.needsApproval || d.confidence < this.opts.confidenceThreshold,
      candidates,
      targetService,
      signature: d.template?.signature ?? null,
      attemptBase,
      lone: this.lone.has(d.eventId),
    };
  }

  /**
   * Keeps track of which open incidents rest on one error record; when one no longer does (its
   * error came back, or it was judged HIGH), a plan waiting for that goes on.
   */
  private noteEvidence(ev: DetectedEvent): void {
    if (this.stopped) return;
    if (ev.action === 'close') {
      this.lone.delete(ev.id);
      this.awaitingEvidence.delete(ev.id);
      this.activeAt.delete(ev.id);
      this.newestFinding.delete(ev.id);
      this.held.delete(ev.id);
      return;
    }
    const active = Number(ev.context.lastSymptom);
    if (Number.isFinite(active) && !(active <= (this.activeAt.get(ev.id) ?? -Infinity))) this.activeAt.set(ev.id, active);
    const finding = newestSignature(ev);
    if (finding > (this.newestFinding.get(ev.id) ?? -Infinity)) this.newestFinding.set(ev.id, finding);
    // A symptom outlasted the transient a revision was held for: the action did not take, and
    // the plan follows the later diagnosis now.
    const h = this.held.get(ev.id);
    if (h && Number.isFinite(active) && active > h.after) {
      this.held.delete(ev.id);
      this.plan(ev.id, async () => this.revise(h.d, await this.store.list({ eventId: ev.id, limit: 100 }), true));
    }
    if (isLone(ev)) {
      if (ev.action === 'open') this.lone.add(ev.id);
      return;
    }
    this.lone.delete(ev.id);
    const waiting = this.awaitingEvidence.get(ev.id);
    if (!waiting) return;
    this.awaitingEvidence.delete(ev.id);
    this.plan(ev.id, () => this.planFrom({ ...waiting.input, lone: false }, waiting.start));
  }

  private async planFresh(d: Diagnosis, attemptBase: number): Promise<void> {
    const input = this.inputOf(d, [], attemptBase);
    const candidates = candidateActions(this.catalog, d, input.targetService, d.rootCause.service);
    input.candidates = candidates;
    if (candidates.length === 0) {
      this.decision(input, null, 'recovery.skipped', `no catalog action for category ${d.category} (causes: ${d.probableCauses.join(', ') || 'none'})`);
      return;
    }
    const learned = await this.learnedOrder(input);
    await this.planFrom(learned ? { ...input, candidates: learned } : input, 0);
  }

  /**
   * Thompson sampling over the candidates' records: the highest draw among the actions policy
   * lets run goes first, the others keep the catalog's order behind it (the fallbacks). An
   * action that would wait for a person never goes ahead of one that may run now. Until any
   * candidate has an outcome in this category, the catalog's order stands: it is the
   * operator's, and carries what a success rate does not (cost, blast radius).
   */
  private async learnedOrder(input: PlanInput): Promise<string[] | null> {
    const l = this.opts.learning;
    if (!l?.enabled || input.candidates.length < 2) return null;
    const records = await this.learning.records(input.category, input.signature ?? null, input.candidates);
    if (![...records.values()].some((r) => r.level !== 'none')) return null;
    const draws = thompson(
      input.candidates.map((name) => ({ action: name, prior: this.catalog.actions.get(name)!.priorSuccessRate, record: records.get(name)! })),
      l.priorStrength,
      this.random,
    );
    const first = await learnedFirst(draws, async (name) => {
      // The order is about which action fits; waiting for evidence (planFrom) comes after it.
      const dec = await decide(this.opts, this.store, { ...input, lone: false }, this.catalog.actions.get(name)!);
      return !dec.run ? 'refused' : dec.approvalReason ? 'approval' : 'now';
    });
    if (!first) return null; // policy refuses every candidate: planFrom records why, one by one
    const order = [first.action, ...input.candidates.filter((c) => c !== first.action)];
    const round = (x: number) => Math.round(x * 1000) / 1000;
    this.decision(input, first.action, 'recovery.learned_choice', `${first.action} drew the highest success probability among the candidates policy lets run${first.waits ? ' (all of them wait for approval)' : ''}`, {
      draws: draws.map((d) => ({ action: d.action, theta: round(d.theta), successes: d.successes, failures: d.failures, record: d.level, prior: d.prior })),
      order,
      ...(input.signature ? { signature: input.signature } : {}),
    });
    return order;
  }

  /**
   * Counts an execution's outcome for learning; never blocks or fails the recovery itself.
   * Outcomes that arrive while a write is in flight go together in the next one, so under load
   * learning costs a statement per batch, not per execution.
   */
  private learn(row: ExecutionRow, success: boolean): void {
    const c = row.context as ExecutionRow['context'];
    this.outcomes.push({ executionId: row.id, category: c.category, signature: c.signature ?? null, success, prior: this.catalog.actions.get(row.actionName)?.priorSuccessRate ?? 0.5 });
    this.writeOutcomes();
  }

  private writeOutcomes(): void {
    if (this.recording) return; // the write in flight takes these next
    this.recording = (async () => {
      while (this.outcomes.length > 0) {
        const batch = this.outcomes.splice(0, LEARN_BATCH);
        await this.learning
          .recordMany(batch, this.opts.learning?.priorStrength ?? DEFAULT_LEARNING.priorStrength)
          .catch((err) => this.deps.logger.warn({ err, executions: batch.map((b) => b.executionId) }, 'recovery: recording outcomes for learning failed'));
      }
    })().finally(() => {
      this.recording = undefined;
      // One may have arrived between the loop's last check and here.
      if (this.outcomes.length > 0) this.writeOutcomes();
    });
  }

  /** Plans the first candidate from `start` that policy lets run; records why each earlier one did not. */
  private async planFrom(input: PlanInput, start: number): Promise<void> {
    const base = input.attemptBase ?? 0;
    /** When the last cooldown among the refusals lapses (0: none was a cooldown). */
    let retryAt = 0;
    for (let i = start; i < input.candidates.length; i++) {
      const name = input.candidates[i];
      const attempt = base + i;
      const action = this.catalog.actions.get(name)!;
      const d = await decide(this.opts, this.store, input, action);
      if (!d.run && d.awaitEvidence) {
        // Not the next candidate instead: it is lower in the catalog's order for this problem.
        this.awaitingEvidence.set(input.eventId, { input, start: i });
        this.decision(input, name, 'recovery.deferred', d.reason, { attempt, until: 'the error comes back' });
        return;
      }
      if (!d.run) {
        this.decision(input, name, 'recovery.skipped', d.reason, { attempt });
        if (d.retryAt !== undefined) retryAt = Math.max(retryAt, d.retryAt);
        continue;
      }
      const dry = this.opts.dryRun;
      const status: ExecutionStatus = dry ? 'CANCELLED' : d.approvalReason ? 'AWAITING_APPROVAL' : 'PENDING';
      const context = {
        diagnosisId: input.diagnosisId,
        category: input.category,
        confidence: input.confidence,
        lowConfidence: input.lowConfidence,
        candidates: input.candidates,
        risk: action.risk,
        params: d.params,
        call: describeCall(d.binding.executor, d.params),
        ...(d.approvalReason ? { approvalReason: d.approvalReason } : {}),
        ...(dry ? { dryRun: true } : {}),
        ...(input.series ? { series: input.series } : {}),
        ...(input.signature ? { signature: input.signature } : {}),
        ...(base > 0 ? { attemptBase: base } : {}),
      };
      const row = await this.insertWhenEventStored({
        eventId: input.eventId,
        actionName: name,
        attempt,
        status,
        targetService: input.targetService,
        context,
        deadlineAt: status === 'AWAITING_APPROVAL' ? new Date(Date.now() + this.opts.approvalTimeoutMs) : null,
        errorMessage: dry ? 'dry run: recorded, not executed' : null,
        result: dry ? { dry_run: true, would_run: context.call } : null,
      });
      if (!row) return; // another replica (or an earlier diagnosis) planned this attempt
      if (dry) {
        this.emit(row, 'recovery.dry_run', 'CANCELLED', { would_run: context.call, risk: action.risk, approvalReason: d.approvalReason, remaining: input.candidates.slice(attempt + 1) }, 'not_executed');
      } else if (d.approvalReason) {
        this.emit(row, 'execution.awaiting_approval', status, { reason: d.approvalReason, risk: action.risk, call: context.call, expiresAt: row.deadlineAt?.toISOString() }, 'awaiting_approval');
      } else {
        this.emit(row, 'execution.planned', status, { risk: action.risk, call: context.call }, 'planned');
        void this.pump();
      }
      return;
    }
    // Only a first plan waits: after attempts that ran and failed, the incident needs a person.
    if (retryAt > 0 && start === 0) {
      this.deferred.set(input.eventId, { input, at: retryAt });
      this.decision(input, null, 'recovery.deferred', `no candidate may run now and some are in their target's cooldown; planned again at ${new Date(retryAt).toISOString()} if the incident is still open`, { retryAt: new Date(retryAt).toISOString() });
      return;
    }
    if (this.lone.has(input.eventId)) {
      // No candidate is left (each ran and failed, or was refused), but the incident still rests
      // on one failed request whose error has not come back: it may well be over (a circuit breaker that stopped the errors at the
      // first one leaves nothing to verify against). Paging someone for it would be noise; the
      // page waits for the error to recur, and an incident that closes quietly never pages.
      this.awaitingEvidence.set(input.eventId, { input, start: input.candidates.length });
      this.decision(input, null, 'recovery.deferred', 'no candidate action is left, but the incident rests on one error record that has not come back: escalation waits until it does', { tried: input.candidates, until: 'the error comes back' });
      return;
    }
    this.decision(input, null, 'recovery.exhausted', 'no candidate action is left; the incident needs a person (escalation)', { tried: input.candidates });
  }

  private async insertWhenEventStored(x: Parameters<ExecutionStore['insert']>[0]): Promise<ExecutionRow | null> {
    for (let i = 0; ; i++) {
      try {
        return await this.store.insert(x);
      } catch (err) {
        if ((err as { code?: string }).code !== '23503' || i >= EVENT_ROW_WAIT_TRIES || this.stopped) throw err;
        await new Promise((r) => setTimeout(r, EVENT_ROW_WAIT_MS));
      }
    }
  }

  private async planNext(row: ExecutionRow): Promise<void> {
    const later = this.revised.get(row.eventId);
    if (later && !sameProblem(row, later)) {
      this.revised.delete(row.eventId);
      const rows = await this.store.list({ eventId: row.eventId, limit: 100 });
      if (!rows.some((r) => sameProblem(r, later))) return this.planFresh(later, Math.max(...rows.map((r) => r.attempt)) + 1);
    }
    const c = row.context as ExecutionRow['context'] & { lowConfidence?: boolean };
    const base = c.attemptBase ?? 0;
    return this.planFrom(
      {
        eventId: row.eventId,
        diagnosisId: c.diagnosisId,
        category: c.category,
        confidence: c.confidence,
        lowConfidence: c.lowConfidence ?? false,
        candidates: c.candidates,
        targetService: row.targetService ?? '',
        ...(c.series ? { series: c.series } : {}),
        signature: c.signature ?? null,
        attemptBase: base,
        lone: this.lone.has(row.eventId),
      },
      row.attempt + 1 - base,
    );
  }

  // ---- execution ----

  /** Claims PENDING rows while this replica has room (max_concurrent_recoveries). */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        while (!this.stopped && this.running.size < this.opts.maxConcurrent) {
          const row = await this.store.claimPending(this.instanceId, new Date(Date.now() + this.opts.timeoutMs));
          if (!row) break;
          this.track(this.execute(row));
        }
      } while (this.pumpAgain && !this.stopped);
    } catch (err) {
      this.deps.logger.error({ err }, 'recovery: claiming pending executions failed');
    } finally {
      this.pumping = false;
    }
  }

  private track(p: Promise<void>): void {
    const t = p.catch((err) => this.deps.logger.error({ err }, 'recovery execution failed')).finally(() => {
      this.running.delete(t);
      if (!this.stopped) void this.pump();
    });
    this.running.add(t);
  }

  private async execute(row: ExecutionRow): Promise<void> {
    const action = this.catalog.actions.get(row.actionName);
    const binding = action && bindingFor(action, row.targetService ?? '');
    if (!action || !binding) {
      await this.fail(row, 'executing', `action ${row.actionName} has no executor for ${row.targetService} in the current catalog`);
      return;
    }
    this.emit(row, 'execution.started', 'RUNNING', { owner: this.instanceId }, 'started');
    const params = row.context.params;
    for (const p of action.prerequisites) {
      const o = await this.deliver(p.executor, params, row, `prerequisite.${p.name}`);
      this.emit(row, 'execution.prerequisite', 'RUNNING', { prerequisite: p.name, ok: o.ok, detail: o.detail }, o.ok ? 'met' : 'not_met');
      if (!o.ok) {
        await this.fail(row, 'executing', `not run: prerequisite "${p.name}" not met (${o.detail})`, o);
        return;
      }
    }
    const o = await this.deliver(binding.executor, params, row, 'action');
    if (!o.ok) {
      await this.afterFailure(row, action, 'executing', `action failed: ${o.detail}`, o);
      return;
    }
    const deadline = new Date(Date.now() + action.verification.withinMs);
    const moved = await this.store.transition(row.id, { status: 'RUNNING', phase: 'executing' }, { phase: 'verifying', deadlineAt: deadline, result: outcomeRecord(o) });
    if (!moved) return;
    this.emit(row, 'execution.executed', 'RUNNING', { ...outcomeRecord(o), verifyBy: deadline.toISOString() }, 'executed');
    // The incident may have closed while the action ran.
    if (await this.store.eventClosed(row.eventId)) return this.verified(row, { signal: 'incident closed' });
    // A later diagnosis named another problem while the action ran: now that it is being
    // verified, it is given up at once, as one already verifying would have been (see revise),
    // rather than spending its whole window on the wrong problem.
    const later = this.revised.get(row.eventId);
    if (later && !sameProblem(row, later)) {
      this.revised.delete(row.eventId);
      await this.revise(later, await this.store.list({ eventId: row.eventId, limit: 100 }));
    }
  }

  /** One executor call through the delivery queue; resolves with its outcome, never rejects. */
  private deliver(spec: ExecutorSpec, params: Record<string, unknown>, row: ExecutionRow, what: string): Promise<ExecutorOutcome> {
    return new Promise((resolve) => {
      let outcome: ExecutorOutcome | undefined;
      let done = false;
      const finish = (o: ExecutorOutcome) => {
        if (!done) {
          done = true;
          resolve(o);
        }
      };
      const sent = this.deps.delivery.send({
        target: 'recovery',
        key: row.targetService ?? row.eventId,
        kind: `recovery.${what}`,
        payload: { executionId: row.id, eventId: row.eventId, action: row.actionName, call: describeCall(spec, params) },
        // Never throws: the queue must not retry an action on its own.
        run: async () => {
          outcome = await runExecutor(spec, params);
        },
        settled: () => finish(outcome ?? { ok: false, detail: 'the delivery queue set the call aside before it ran', ms: 0 }),
      });
      if (!sent) finish({ ok: false, detail: 'the delivery queue refused the call (full or stopping)', ms: 0 });
    });
  }

  /** The action (or a prerequisite) failed: roll back when configured, then the next candidate. */
  private async afterFailure(row: ExecutionRow, action: ActionDef, phase: 'executing' | 'verifying', why: string, o?: ExecutorOutcome): Promise<void> {
    if (!(await this.store.transition(row.id, { status: 'RUNNING', phase }, { phase: 'rolling_back', ...(o ? { result: outcomeRecord(o) } : {}) }))) return;
    // The action ran (or was called) and the incident is not over: an outcome against it.
    this.learn(row, false);
    const rollback = this.opts.rollbackOnFailure && action.rollback ? this.catalog.actions.get(action.rollback) : undefined;
    if (!rollback) {
      await this.store.transition(row.id, { status: 'RUNNING', phase: 'rolling_back' }, { status: 'FAILED', phase: null, completed: true, success: false, errorMessage: why, deadlineAt: null });
      this.emit(row, 'execution.failed', 'FAILED', { reason: why, rollback: action.rollback ? 'rollback_on_failure is off' : 'the action declares no rollback' }, 'failed');
      await this.planNext(row);
      return;
    }
    const binding = bindingFor(rollback, row.targetService ?? '');
    const p = actionParameters(rollback, { service: row.targetService ?? '', eventId: row.eventId, category: row.context.category });
    let r: ExecutorOutcome;
    if (!binding) r = { ok: false, detail: `rollback ${rollback.name} has no executor for ${row.targetService}`, ms: 0 };
    else if (!p.ok) r = { ok: false, detail: `rollback ${rollback.name}: ${p.reason}`, ms: 0 };
    else r = await this.deliver(binding.executor, p.params, row, `rollback.${rollback.name}`);
    await this.store.transition(
      row.id,
      { status: 'RUNNING', phase: 'rolling_back' },
      { status: r.ok ? 'ROLLED_BACK' : 'FAILED', phase: null, completed: true, success: false, errorMessage: why, rollbackExecuted: true, rollbackSuccess: r.ok, deadlineAt: null },
    );
    this.emit(row, 'execution.rolled_back', r.ok ? 'ROLLED_BACK' : 'FAILED', { reason: why, rollback: rollback.name, ok: r.ok, detail: r.detail }, r.ok ? 'rolled_back' : 'rollback_failed');
    await this.planNext(row);
  }

  private async fail(row: ExecutionRow, phase: 'executing', why: string, o?: ExecutorOutcome): Promise<void> {
    const ok = await this.store.transition(row.id, { status: 'RUNNING', phase }, { status: 'FAILED', phase: null, completed: true, success: false, errorMessage: why, deadlineAt: null, ...(o ? { result: outcomeRecord(o) } : {}) });
    if (!ok) return;
    this.emit(row, 'execution.failed', 'FAILED', { reason: why }, 'failed');
    await this.planNext(row);
  }

  // ---- verification ----

  private onEvent(ev: DetectedEvent): void {
    if (this.stopped) return;
    this.noteEvidence(ev);
    const closed = ev.action === 'close';
    if (closed) {
      this.revised.delete(ev.id);
      this.deferred.delete(ev.id);
      if (ev.context.closeReason === 'not_an_incident') return this.track(this.standDown(ev.id));
    }
    const settled = closed ? null : settledRun(ev);
    const inBaseline = !closed && (settled !== null || withinBaseline(ev));
    if (!closed && !inBaseline) {
      if (ev.context.worse === 'higher') this.track(this.failIfWorse(ev));
      return;
    }
    this.track(
      (async () => {
        for (const { row, ended: since } of await this.beingVerified(ev.id)) {
          // An update computed before the action finished says nothing about it.
          if (!closed && (since === undefined || ev.updatedAt <= since)) continue;
          // A settled run that began well before the action ended shows the incident calming by
          // itself, not the action working (the step the action landed in may straddle it).
          if (settled && settled.from < since! - settled.stepMs) continue;
          // Within a band that climbed with the series is not back to normal.
          if (!closed && !settled && higherThanAtAction(ev, since!)) continue;
          await this.verified(
            row,
            closed
              ? { signal: 'incident closed', closedAt: ev.closedAt ?? ev.updatedAt }
              : settled
                ? settled.silence
                  ? { signal: `no error record for ${Math.round(settled.silence.quietMs / 1000)} s while its services served requests, after ${settled.silence.requests} failed requests in ${Math.round(settled.silence.overMs / 1000)} s (chance of that silence at their rate: ${settled.silence.chance})`, since: new Date(settled.from).toISOString(), series: ev.seriesKey }
                  : { signal: `every paging series within baseline for ${settled.steps} steps`, since: new Date(settled.from).toISOString(), series: ev.seriesKey, ...ev.context.baselines }
                : { signal: 'series within baseline', series: ev.seriesKey, ...ev.context.baselines },
          );
        }
      })(),
    );
  }

  /**
   * The incident's executions being verified, each with its action and when the action ended
   * (its verification deadline less its window; when it started, for a row without either).
   */
  private async beingVerified(eventId: string): Promise<Array<{ row: ExecutionRow; action: ActionDef | undefined; ended: number | undefined }>> {
    const rows = (await this.store.list({ eventId, status: 'RUNNING', limit: 10 })).filter((r) => r.phase === 'verifying');
    return rows.map((row) => {
      const action = this.catalog.actions.get(row.actionName);
      const ended = row.deadlineAt && action ? row.deadlineAt.getTime() - action.verification.withinMs : row.startedAt?.getTime();
      return { row, action, ended };
    });
  }

  /**
   * An action being verified after which the incident's series kept climbing has not helped:
   * it fails now, not at the end of its window, and the next candidate gets the time left (a
   * cache cleared for a memory leak used to hold a restart back by its whole window).
   */
  private async failIfWorse(ev: DetectedEvent): Promise<void> {
    for (const { row, action, ended } of await this.beingVerified(ev.id)) {
      if (!action || !row.deadlineAt || ended === undefined) continue;
      const w = worseSinceAction(ev, ended, action.verification.withinMs);
      if (!w) continue;
      const why = `the incident's series kept worsening after the action (${w.from} when it ran, ${w.to} ${Math.round(w.ms / 1000)} s later)`;
      const ok = await this.store.transition(row.id, { status: 'RUNNING', phase: 'verifying' }, { verification: { ok: false, signal: why, series: ev.seriesKey, from: w.from, to: w.to } });
      if (!ok) continue;
      this.emit(row, 'execution.verification_failed', 'RUNNING', { reason: why }, 'not_verified');
      await this.afterFailure(row, action, 'verifying', `verification failed early: ${why}`);
    }
  }

  /**
   * A person labelled the event not an incident: nothing planned for it runs, and an action
   * being verified is not counted as a success (the close was the person's, not the fix's).
   */
  private async standDown(eventId: string): Promise<void> {
    const why = 'the event was labelled not an incident';
    for (const row of await this.store.list({ eventId, limit: 100 })) {
      const from = row.status === 'RUNNING' && row.phase === 'verifying' ? { status: row.status, phase: row.phase } : row.status === 'PENDING' || row.status === 'AWAITING_APPROVAL' ? { status: row.status } : null;
      if (!from) continue;
      if (await this.store.transition(row.id, from, { status: 'CANCELLED', phase: null, completed: true, success: false, deadlineAt: null, errorMessage: why })) {
        this.emit(row, 'execution.cancelled', 'CANCELLED', { reason: why }, 'cancelled');
      }
    }
  }

  private async verified(row: ExecutionRow, evidence: Record<string, unknown>): Promise<void> {
    const ok = await this.store.transition(row.id, { status: 'RUNNING', phase: 'verifying' }, { status: 'COMPLETED', phase: null, completed: true, success: true, verification: { ok: true, ...evidence }, deadlineAt: null });
    if (!ok) return;
    this.emit(row, 'execution.verified', 'COMPLETED', evidence, 'verified');
    this.learn(row, true);
    // The diagnosis the plan was made from was right enough for its action to work: a label for
    // the next retrain (a person's label outranks it), and the incident's diagnosis from now on.
    // The diagnose stage writes it; a failure costs only the label.
    await this.deps.labeller?.label({ eventId: row.eventId, source: 'recovery', labelledBy: ACTOR, ...(row.context.diagnosisId ? { diagnosisId: row.context.diagnosisId } : {}) }).catch((err) => this.deps.logger.warn({ err, eventId: row.eventId }, 'recovery: labelling the diagnosis failed'));
  }

  /** Deadlines and leftovers; any replica may do this, the conditional moves keep it once. */
  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      for (const row of await this.store.verificationsDue()) {
        if (row.notAnIncident) {
          await this.standDown(row.eventId);
          continue;
        }
        if (row.eventClosed) {
          await this.verified(row, { signal: 'incident closed' });
          continue;
        }
        const action = this.catalog.actions.get(row.actionName);
        const within = action ? action.verification.withinMs / 1000 : '?';
        await this.store.transition(row.id, { status: 'RUNNING', phase: 'verifying' }, { verification: { ok: false, signal: `incident still open after ${within} s` } });
        this.emit(row, 'execution.verification_failed', 'RUNNING', { reason: `the incident's series did not return within its baseline in ${within} s` }, 'not_verified');
        if (action) await this.afterFailure(row, action, 'verifying', `verification failed: the incident was still open after ${within} s`);
      }
      for (const row of await this.store.overdue('AWAITING_APPROVAL')) {
        const ok = await this.store.transition(
          row.id,
          { status: 'AWAITING_APPROVAL' },
          { status: 'CANCELLED', decision: 'expired', completed: true, success: false, deadlineAt: null, errorMessage: `nobody approved within ${this.opts.approvalTimeoutMs / 1000} s` },
        );
        if (!ok) continue;
        this.emit(row, 'approval.expired', 'CANCELLED', { waitedS: this.opts.approvalTimeoutMs / 1000 }, 'expired');
        this.emit(row, 'recovery.escalation_needed', 'CANCELLED', { reason: 'an approval expired' }, 'escalate');
      }
      // Claimed by a process that stopped before the action's outcome was known: never re-run.
      for (const phase of ['executing', 'rolling_back'] as const) {
        for (const row of await this.store.overdue('RUNNING', phase)) {
          if (this.isMine(row)) continue;
          const why = `interrupted while ${phase === 'executing' ? 'executing' : 'rolling back'} (owner ${row.owner} stopped); outcome unknown, not re-run`;
          if (await this.store.transition(row.id, { status: 'RUNNING', phase }, { status: 'FAILED', phase: null, completed: true, success: false, errorMessage: why, deadlineAt: null })) {
            this.emit(row, 'execution.reconciled', 'FAILED', { reason: why }, 'failed');
            await this.planNext(row);
          }
        }
      }
      for (const [eventId, d] of this.deferred) {
        if (d.at > Date.now()) continue;
        this.deferred.delete(eventId);
        if (!(await this.store.eventClosed(eventId))) await this.planFrom({ ...d.input, lone: this.lone.has(eventId) }, 0);
      }
      await this.pump();
    } catch (err) {
      this.deps.logger.error({ err }, 'recovery: checking deadlines failed');
    } finally {
      this.polling = false;
    }
  }

  private isMine(row: ExecutionRow): boolean {
    return row.owner === this.instanceId && this.running.size > 0;
  }

  // ---- audit ----

  private emit(row: ExecutionRow, step: string, status: ExecutionStatus, details: Record<string, unknown>, result: string, actor = ACTOR): void {
    this.publish({
      eventId: row.eventId,
      executionId: row.id,
      step,
      actor,
      actionName: row.actionName,
      status,
      details: { attempt: row.attempt, target: row.targetService, ...details },
      result,
      at: Date.now(),
    });
  }

  private decision(input: PlanInput, actionName: string | null, step: string, reason: string, extra: Record<string, unknown> = {}): void {
    this.publish({
      eventId: input.eventId,
      executionId: null,
      step,
      actor: ACTOR,
      actionName,
      status: null,
      details: { reason, diagnosisId: input.diagnosisId, category: input.category, target: input.targetService, ...extra },
      result: step === 'recovery.exhausted' ? 'escalate' : step === 'recovery.learned_choice' ? 'chosen' : step === 'recovery.deferred' ? 'deferred' : 'not_run',
      at: Date.now(),
    });
  }

  private publish(c: ExecutionChange): void {
    this.deps.logger.info({ eventId: c.eventId, executionId: c.executionId, step: c.step, action: c.actionName, result: c.result }, 'recovery');
    this.deps.bus.publish('execution.changed', c);
  }
}

/** The service a diagnosis's actions aim at: its root when that is a service, else where it was seen. */
function targetOf(d: Diagnosis): string {
  return d.rootCause.kind === 'service' && d.rootCause.service ? d.rootCause.service : d.serviceName;
}

/** Whether an execution was planned for the problem a diagnosis names (category and target). */
function sameProblem(r: ExecutionRow, d: Diagnosis): boolean {
  const target = targetOf(d);
  return r.context.category === d.category && (r.targetService ?? target) === target;
}

interface Silence {
  requests: number;
  overMs: number;
  quietMs: number;
  chance: number;
}

/**
 * The incident's paging series all back to normal for a few steps, or (an incident of error
 * records alone) their silence improbable at the rate they came (detect's `settled` update).
 */
function settledRun(ev: DetectedEvent): { steps: number; stepMs: number; from: number; silence?: Silence } | null {
  const s = ev.context.settled as { steps?: unknown; stepMs?: unknown; since?: unknown; silence?: Partial<Silence> } | undefined;
  if (!s || typeof s !== 'object') return null;
  const from = typeof s.since === 'string' ? Date.parse(s.since) : NaN;
  const steps = Number(s.steps);
  const stepMs = Number(s.stepMs);
  if (!(Number.isFinite(from) && steps > 0 && stepMs > 0)) return null;
  const x = s.silence;
  const silence = x && typeof x === 'object' ? { requests: Number(x.requests), overMs: Number(x.overMs), quietMs: Number(x.quietMs), chance: Number(x.chance) } : undefined;
  return { steps, stepMs, from, ...(silence ? { silence } : {}) };
}

/** The latest step's value back inside the band detection expects (its EWMA bounds). */
function withinBaseline(ev: DetectedEvent): boolean {
  const b = ev.context.baselines ?? {};
  const v = b.value;
  const lo = b.ewma_lower;
  const hi = b.ewma_upper;
  return Number.isFinite(v) && Number.isFinite(lo) && Number.isFinite(hi) && v >= lo && v <= hi;
}

/** When the newest of the event's error signatures (`context.signatures[].at`) first appeared, epoch ms; -Infinity without any. */
function newestSignature(ev: DetectedEvent): number {
  const list = ev.context.signatures;
  let newest = -Infinity;
  if (!Array.isArray(list)) return newest;
  for (const x of list) {
    const at = x && typeof x === 'object' ? Date.parse(String((x as { at?: unknown }).at)) : NaN;
    if (at > newest) newest = at;
  }
  return newest;
}

function outcomeRecord(o: ExecutorOutcome): Record<string, unknown> {
  return { ok: o.ok, detail: o.detail, status: o.status, exitCode: o.exitCode, output: o.output, ms: o.ms };
}

// recovery_actions and recovery_executions: the catalog as stored, and each execution's state.
// Every state change is one conditional UPDATE (`WHERE execution_status = <expected>`), so when
// two replicas race for a row exactly one of them moves it and only that one acts; claims take
// the row with FOR UPDATE SKIP LOCKED so a replica never waits behind another's claim.
import type pg from 'pg';
import type { ExecutionStatus } from '../records.ts';
import type { RiskLevel } from './options.ts';
import { pgSafe } from '../store/index.ts';
import type { Catalog } from './catalog.ts';

export type Phase = 'executing' | 'verifying' | 'rolling_back';

/** What an execution carries besides the seed's columns (recovery_executions.context). */
export interface ExecutionContext {
  diagnosisId: string;
  category: string;
  confidence: number;
  /** The plan's ordered candidates; attempt − attemptBase indexes into it. */
  candidates: string[];
  /** The attempt number of the plan's first candidate: a plan revised after a later diagnosis starts after the attempts before it. */
  attemptBase?: number;
  risk: RiskLevel;
  params: Record<string, unknown>;
  /** The call as it will be made (URL or argv; header names only). */
  call: Record<string, unknown>;
  /** Why a person must decide, when one must. */
  approvalReason?: string;
  dryRun?: boolean;
  series?: string;
  /** The diagnosis's template signature (what learning files the outcome under, besides the category). */
  signature?: string;
}

export interface ExecutionRow {
  id: string;
  eventId: string;
  actionId: string;
  actionName: string;
  status: ExecutionStatus;
  attempt: number;
  targetService: string | null;
  phase: Phase | null;
  owner: string | null;
  deadlineAt: Date | null;
  context: ExecutionContext;
  result: Record<string, unknown> | null;
  verification: Record<string, unknown> | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  success: boolean | null;
  errorMessage: string | null;
  rollbackExecuted: boolean;
  rollbackSuccess: boolean | null;
  approvedBy: string | null;
  decision: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
}

const COLUMNS = `e.id, e.error_event_id, e.recovery_action_id, a.name AS action_name, e.execution_status, e.attempt, e.target_service,
  e.phase, e.owner, e.deadline_at, e.context, e.result, e.verification, e.created_at, e.started_at, e.completed_at, e.success,
  e.error_message, e.rollback_executed, e.rollback_success, e.approved_by, e.decision, e.decided_at, e.decision_reason`;
const FROM = `recovery_executions e JOIN recovery_actions a ON a.id = e.recovery_action_id`;

function toRow(r: Record<string, unknown>): ExecutionRow {
  return {
    id: r.id as string,
    eventId: r.error_event_id as string,
    actionId: r.recovery_action_id as string,
    actionName: r.action_name as string,
    status: r.execution_status as ExecutionStatus,
    attempt: r.attempt as number,
    targetService: r.target_service as string | null,
    phase: r.phase as Phase | null,
    owner: r.owner as string | null,
    deadlineAt: r.deadline_at as Date | null,
    context: r.context as ExecutionContext,
    result: r.result as Record<string, unknown> | null,
    verification: r.verification as Record<string, unknown> | null,
    createdAt: r.created_at as Date,
    startedAt: r.started_at as Date | null,
    completedAt: r.completed_at as Date | null,
    success: r.success as boolean | null,
    errorMessage: r.error_message as string | null,
    rollbackExecuted: r.rollback_executed as boolean,
    rollbackSuccess: r.rollback_success as boolean | null,
    approvedBy: r.approved_by as string | null,
    decision: r.decision as string | null,
    decidedAt: r.decided_at as Date | null,
    decisionReason: r.decision_reason as string | null,
  };
}

export class ExecutionStore {
  private actionIds = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {}

  /**
   * Writes the catalog to recovery_actions (one row per action, by name). A learned success rate
   * already stored is kept; the catalog's prior only seeds a new row.
   */
  async syncCatalog(catalog: Catalog): Promise<void> {
    for (const a of catalog.actions.values()) {
      const kinds = [...new Set(a.bindings.map((b) => b.executor.kind))].join(',') || 'unbound';
      const configuration = {
        parameters: a.parameterSpec,
        verification: { within_ms: a.verification.withinMs, series: a.verification.series },
        executors: a.bindings.map((b) => ({ service: b.service, kind: b.executor.kind })),
        builtin: a.builtin,
      };
      const r = await this.pool.query(
        `INSERT INTO recovery_actions (name, description, action_type, risk_level, requires_approval, rollback_action, configuration, prerequisites, success_rate, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
         ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description, action_type = EXCLUDED.action_type, risk_level = EXCLUDED.risk_level,
           requires_approval = EXCLUDED.requires_approval, rollback_action = EXCLUDED.rollback_action, configuration = EXCLUDED.configuration,
           prerequisites = EXCLUDED.prerequisites, success_rate = COALESCE(recovery_actions.success_rate, EXCLUDED.success_rate), updated_at = now()
         RETURNING id`,
        [
          a.name,
          a.description,
          kinds,
          a.risk,
          a.risk === 'HIGH' || a.risk === 'CRITICAL',
          a.rollback,
          JSON.stringify(configuration),
          JSON.stringify(a.prerequisites.map((p) => ({ name: p.name, kind: p.executor.kind }))),
          a.priorSuccessRate,
        ],
      );
      this.actionIds.set(a.name, r.rows[0].id as string);
    }
  }

  actionId(name: string): string | undefined {
    return this.actionIds.get(name);
  }

  async hasPlan(eventId: string): Promise<boolean> {
    const r = await this.pool.query('SELECT 1 FROM recovery_executions WHERE error_event_id = $1 LIMIT 1', [eventId]);
    return (r.rowCount ?? 0) > 0;
  }

  /** Inserts attempt N of an event's recovery; null when that attempt exists already (another replica, a repeat). */
  async insert(x: {
    eventId: string;
    actionName: string;
    attempt: number;
    status: ExecutionStatus;
    targetService: string;
    context: ExecutionContext;
    deadlineAt?: Date | null;
    errorMessage?: string | null;
    result?: Record<string, unknown> | null;
  }): Promise<ExecutionRow | null> {
    const actionId = this.actionIds.get(x.actionName);
    if (!actionId) throw new Error(`action ${x.actionName} is not in recovery_actions`);
    const done = x.status === 'CANCELLED' || x.status === 'COMPLETED' || x.status === 'FAILED';
    const r = await this.pool.query(
      `WITH e AS (
         INSERT INTO recovery_executions (error_event_id, recovery_action_id, execution_status, attempt, target_service, context, deadline_at, error_message, result, completed_at, success)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $10::boolean THEN now() END, CASE WHEN $10::boolean THEN false END)
         ON CONFLICT (error_event_id, attempt) DO NOTHING
         RETURNING *)
       SELECT ${COLUMNS} FROM e JOIN recovery_actions a ON a.id = e.recovery_action_id`,
      [x.eventId, actionId, x.status, x.attempt, x.targetService, JSON.stringify(pgSafe(x.context)), x.deadlineAt ?? null, x.errorMessage ?? null, x.result ? JSON.stringify(pgSafe(x.result)) : null, done],
    );
    return r.rows[0] ? toRow(r.rows[0]) : null;
  }

  async get(id: string): Promise<ExecutionRow | null> {
    const r = await this.pool.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE e.id = $1`, [id]);
    return r.rows[0] ? toRow(r.rows[0]) : null;
  }

  async list(filter: { status?: ExecutionStatus; eventId?: string; limit: number }): Promise<ExecutionRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.status) where.push(`e.execution_status = $${args.push(filter.status)}`);
    if (filter.eventId) where.push(`e.error_event_id = $${args.push(filter.eventId)}`);
    const r = await this.pool.query(
      `SELECT ${COLUMNS} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.created_at DESC, e.attempt DESC LIMIT $${args.push(filter.limit)}`,
      args,
    );
    return r.rows.map(toRow);
  }

  /**
   * Claims the oldest PENDING execution for this instance (RUNNING, phase executing). SKIP
   * LOCKED: a row another replica is claiming right now is passed over, not waited for; the
   * status check in the UPDATE makes the claim exactly once either way.
   */
  async claimPending(owner: string, deadlineAt: Date): Promise<ExecutionRow | null> {
    const r = await this.pool.query(
      `WITH e AS (
         UPDATE recovery_executions SET execution_status = 'RUNNING', phase = 'executing', owner = $1, started_at = now(), deadline_at = $2
          WHERE id = (SELECT id FROM recovery_executions WHERE execution_status = 'PENDING' ORDER BY created_at, attempt FOR UPDATE SKIP LOCKED LIMIT 1)
            AND execution_status = 'PENDING'
          RETURNING *)
       SELECT ${COLUMNS} FROM e JOIN recovery_actions a ON a.id = e.recovery_action_id`,
      [owner, deadlineAt],
    );
    return r.rows[0] ? toRow(r.rows[0]) : null;
  }

  /** Moves one execution if it is still where the caller saw it; false when someone else moved it first. */
  async transition(id: string, from: { status: ExecutionStatus; phase?: Phase | null }, set: Partial<{
    status: ExecutionStatus;
    phase: Phase | null;
    deadlineAt: Date | null;
    completed: boolean;
    success: boolean | null;
    errorMessage: string | null;
    result: Record<string, unknown>;
    verification: Record<string, unknown>;
    rollbackExecuted: boolean;
    rollbackSuccess: boolean | null;
    approvedBy: string;
    decision: 'approved' | 'rejected' | 'expired';
    decisionReason: string | null;
    owner: string;
  }>): Promise<boolean> {
    const cols: string[] = [];
    const args: unknown[] = [id, from.status];
    const put = (col: string, v: unknown) => cols.push(`${col} = $${args.push(v)}`);
    if (set.status !== undefined) put('execution_status', set.status);
    if (set.phase !== undefined) put('phase', set.phase);
    if (set.deadlineAt !== undefined) put('deadline_at', set.deadlineAt);
    if (set.completed) cols.push('completed_at = now()');
    if (set.success !== undefined) put('success', set.success);
    if (set.errorMessage !== undefined) put('error_message', set.errorMessage);
    if (set.result !== undefined) put('result', JSON.stringify(pgSafe(set.result)));
    if (set.verification !== undefined) put('verification', JSON.stringify(pgSafe(set.verification)));
    if (set.rollbackExecuted !== undefined) put('rollback_executed', set.rollbackExecuted);
    if (set.rollbackSuccess !== undefined) put('rollback_success', set.rollbackSuccess);
    if (set.approvedBy !== undefined) put('approved_by', set.approvedBy);
    if (set.decision !== undefined) {
      put('decision', set.decision);
      cols.push('decided_at = now()');
    }
    if (set.decisionReason !== undefined) put('decision_reason', set.decisionReason);
    if (set.owner !== undefined) put('owner', set.owner);
    let phaseCheck = '';
    if (from.phase !== undefined) phaseCheck = from.phase === null ? ' AND phase IS NULL' : ` AND phase = $${args.push(from.phase)}`;
    const r = await this.pool.query(`UPDATE recovery_executions SET ${cols.join(', ')} WHERE id = $1 AND execution_status = $2${phaseCheck}`, args);
    return (r.rowCount ?? 0) === 1;
  }

  /** Executions of this risk level started or waiting today (UTC): the daily limit counts them. */
  async countToday(risk: RiskLevel): Promise<number> {
    const r = await this.pool.query(
      `SELECT count(*)::int AS n FROM ${FROM}
        WHERE a.risk_level = $1 AND e.execution_status <> 'CANCELLED' AND e.created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
      [risk],
    );
    return r.rows[0].n as number;
  }

  /** The last action on a target by another incident's recovery within the window, if any. */
  async recentOnTarget(target: string, eventId: string, sinceMs: number): Promise<{ actionName: string; startedAt: Date } | null> {
    const r = await this.pool.query(
      `SELECT a.name, COALESCE(e.started_at, e.created_at) AS started_at FROM ${FROM}
        WHERE e.target_service = $1 AND e.error_event_id <> $2 AND e.execution_status <> 'CANCELLED'
          AND COALESCE(e.started_at, e.created_at) >= now() - make_interval(secs => $3)
        ORDER BY 2 DESC LIMIT 1`,
      [target, eventId, sinceMs / 1000],
    );
    return r.rows[0] ? { actionName: r.rows[0].name as string, startedAt: r.rows[0].started_at as Date } : null;
  }


  /**
   * Executions whose verification is decided: the incident closed, or the deadline passed. One
   * query, so the periodic check costs one round trip when nothing is due.
   */
  async verificationsDue(): Promise<Array<ExecutionRow & { eventClosed: boolean; notAnIncident: boolean }>> {
    const r = await this.pool.query(
      `SELECT ${COLUMNS}, ev.status = 'closed' AS event_closed,
              EXISTS (SELECT 1 FROM diagnosis_labels l WHERE l.error_event_id = e.error_event_id AND l.not_an_incident) AS not_an_incident
         FROM ${FROM} JOIN error_events ev ON ev.id = e.error_event_id
        WHERE e.execution_status = 'RUNNING' AND e.phase = 'verifying' AND (ev.status = 'closed' OR e.deadline_at <= now())
        ORDER BY e.created_at`,
    );
    return r.rows.map((x) => ({ ...toRow(x), eventClosed: x.event_closed as boolean, notAnIncident: x.not_an_incident as boolean }));
  }

  /** Rows in this state whose deadline has passed (approvals to expire, stale claims). */
  async overdue(status: ExecutionStatus, phase?: Phase): Promise<ExecutionRow[]> {
    const args: unknown[] = [status];
    const r = await this.pool.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE e.execution_status = $1${phase ? ` AND e.phase = $${args.push(phase)}` : ''} AND e.deadline_at <= now() ORDER BY e.created_at`,
      args,
    );
    return r.rows.map(toRow);
  }

  async eventClosed(eventId: string): Promise<boolean> {
    const r = await this.pool.query(`SELECT status FROM error_events WHERE id = $1`, [eventId]);
    return r.rows[0]?.status === 'closed';
  }
}

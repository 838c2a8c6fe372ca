// code_fix_proposals (migration 0009): the claim that makes one proposal per error pattern (the
// unique pattern_key; a second incident of the pattern is added to incident_ids instead), and the
// run's progress as the polls report it.
import type pg from 'pg';
import type { CodeFixChange } from '../records.ts';
import { pgSafe, pgText } from '../store/index.ts';
import type { AgentRun } from './codegen-api.ts';
import type { ErrorContext } from './codefix-prompt.ts';

export interface StoredProposal {
  id: string;
  patternKey: string;
  eventId: string;
  incidentIds: string[];
  service: string;
  status: CodeFixChange['status'];
  runId: number | null;
  runStatus: string | null;
  webUrl: string | null;
  resultUrl: string | null;
  pullRequestUrls: string[];
  summary: string | null;
  confidence: number | null;
  error: string | null;
  polls: number;
  createdAt: number;
  updatedAt: number;
  completedAt: number | null;
}

const COLUMNS = `id::text AS id, pattern_key, error_event_id, incident_ids, service_name, status, run_id::text AS run_id, run_status, web_url, result_url,
  pull_request_urls, summary, confidence::float8 AS confidence, error, polls, created_at, updated_at, completed_at`;

interface Row {
  id: string; pattern_key: string; error_event_id: string; incident_ids: string[]; service_name: string; status: CodeFixChange['status']; run_id: string | null;
  run_status: string | null; web_url: string | null; result_url: string | null; pull_request_urls: string[]; summary: string | null; confidence: number | null;
  error: string | null; polls: number; created_at: Date; updated_at: Date; completed_at: Date | null;
}

function fromRow(r: Row): StoredProposal {
  return {
    id: r.id, patternKey: r.pattern_key, eventId: r.error_event_id, incidentIds: r.incident_ids, service: r.service_name, status: r.status,
    runId: r.run_id === null ? null : Number(r.run_id), runStatus: r.run_status, webUrl: r.web_url, resultUrl: r.result_url, pullRequestUrls: r.pull_request_urls,
    summary: r.summary, confidence: r.confidence, error: r.error, polls: r.polls, createdAt: r.created_at.getTime(), updatedAt: r.updated_at.getTime(),
    completedAt: r.completed_at ? r.completed_at.getTime() : null,
  };
}

export class ProposalStore {
  constructor(private readonly pool: pg.Pool) {}

  /** Claims the pattern for this incident: `claimed` is true for the one caller that must start the run. */
  async claim(patternKey: string, eventId: string, c: ErrorContext, prompt: string): Promise<{ claimed: boolean; proposal: StoredProposal }> {
    const ins = await this.pool.query<Row>(
      `INSERT INTO code_fix_proposals (pattern_key, error_event_id, incident_ids, service_name, status, prompt, error_context)
       VALUES ($1, $2, ARRAY[$2], $3, 'pending', $4, $5::jsonb)
       ON CONFLICT (pattern_key) DO NOTHING RETURNING ${COLUMNS}`,
      [patternKey, pgText(eventId), pgText(c.service), pgText(prompt), JSON.stringify(pgSafe(c))],
    );
    if (ins.rows[0]) return { claimed: true, proposal: fromRow(ins.rows[0]) };
    const upd = await this.pool.query<Row>(
      `UPDATE code_fix_proposals SET incident_ids = CASE WHEN $2 = ANY(incident_ids) THEN incident_ids ELSE array_append(incident_ids, $2) END
        WHERE pattern_key = $1 RETURNING ${COLUMNS}`,
      [patternKey, pgText(eventId)],
    );
    return { claimed: false, proposal: fromRow(upd.rows[0]) };
  }

  async started(id: string, run: AgentRun): Promise<StoredProposal> {
    return this.update(id, { status: 'running', run, polls: false });
  }

  async polled(id: string, run: AgentRun, status: CodeFixChange['status']): Promise<StoredProposal> {
    return this.update(id, { status, run, polls: true });
  }

  async failed(id: string, status: 'refused' | 'failed' | 'timed_out', error: string): Promise<StoredProposal> {
    const r = await this.pool.query<Row>(
      `UPDATE code_fix_proposals SET status = $2, error = $3, updated_at = now(), completed_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, status, pgText(error.slice(0, 2000))],
    );
    return fromRow(r.rows[0]);
  }

  /** Proposals whose run has not ended (to poll again after a restart). */
  async unfinished(): Promise<StoredProposal[]> {
    const r = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM code_fix_proposals WHERE status IN ('pending', 'running') ORDER BY created_at`);
    return r.rows.map(fromRow);
  }

  async forIncident(eventId: string): Promise<StoredProposal[]> {
    const r = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM code_fix_proposals WHERE incident_ids @> ARRAY[$1::text] ORDER BY created_at`, [eventId]);
    return r.rows.map(fromRow);
  }

  async list(limit: number): Promise<StoredProposal[]> {
    const r = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM code_fix_proposals ORDER BY created_at DESC LIMIT $1`, [limit]);
    return r.rows.map(fromRow);
  }

  async get(id: string): Promise<StoredProposal | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const r = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM code_fix_proposals WHERE id = $1`, [id]);
    return r.rows[0] ? fromRow(r.rows[0]) : undefined;
  }

  private async update(id: string, u: { status: CodeFixChange['status']; run: AgentRun; polls: boolean }): Promise<StoredProposal> {
    const run = u.run;
    const confidence = typeof run.metadata?.confidence === 'number' && run.metadata.confidence >= 0 && run.metadata.confidence <= 1 ? run.metadata.confidence : null;
    const done = u.status !== 'running' && u.status !== 'pending';
    const r = await this.pool.query<Row>(
      `UPDATE code_fix_proposals SET status = $2, run_id = $3, run_status = $4, web_url = $5, result_url = $6, pull_request_urls = $7, summary = $8, result = $9,
              confidence = $10, polls = polls + $11, updated_at = now(), completed_at = CASE WHEN $12 THEN now() ELSE completed_at END
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, u.status, run.id, run.status, run.webUrl, run.pullRequestUrls[0] ?? run.webUrl, run.pullRequestUrls, run.summary && pgText(run.summary.slice(0, 4000)),
        run.result && pgText(run.result.slice(0, 20_000)), confidence, u.polls ? 1 : 0, done],
    );
    return fromRow(r.rows[0]);
  }
}

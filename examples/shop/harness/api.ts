// Reads incidents the way an outsider would: Homeostat's HTTP API only.

export interface ApiEvent {
  id: string;
  status: 'open' | 'closed';
  severity: string;
  category: string | null;
  message: string;
  service_name: string | null;
  source_component: string | null;
  series_key: string | null;
  fingerprint: string | null;
  occurrence_count: number;
  occurred_at: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApiDiagnosis {
  id: string;
  category: string;
  confidence: number;
  probable_causes: string[];
  classifier_version: string;
  explanation: { text?: string; rootCause?: { service: string; kind: string; score: number }; recommendedActions?: string[]; impact?: unknown } | null;
  created_at: string;
}

export interface EventDetail {
  event: ApiEvent;
  /** Newest first, as the API returns them. */
  diagnoses: ApiDiagnosis[];
}

/** One recovery execution as `GET /api/executions` lists it (the fields the scoreboard reads). */
export interface ApiExecution {
  id: string;
  error_event_id: string;
  action: string;
  execution_status: string;
  attempt: number;
  dry_run: boolean;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  success: boolean | null;
  error_message: string | null;
}

/** One escalation as `GET /api/escalations` lists it. */
export interface ApiEscalation {
  id: string;
  incidentId: string;
  rule: string;
  reason: string;
  raisedAt: number;
}

export class HomeostatApi {
  constructor(
    readonly base: string,
    private token?: string,
  ) {}

  private async get<T>(p: string): Promise<T> {
    const res = await fetch(new URL(p, this.base), { headers: this.token ? { authorization: `Bearer ${this.token}` } : {}, signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${await res.text().catch(() => '')}`);
    return (await res.json()) as T;
  }

  /** Open and closed events, newest first (up to 500 of each). */
  async events(): Promise<ApiEvent[]> {
    const [open, closed] = await Promise.all([this.get<{ events: ApiEvent[] }>('/api/events?status=open&limit=500'), this.get<{ events: ApiEvent[] }>('/api/events?status=closed&limit=500')]);
    return [...open.events, ...closed.events];
  }

  event(id: string): Promise<EventDetail> {
    return this.get<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  }

  async executions(): Promise<ApiExecution[]> {
    return (await this.get<{ executions: ApiExecution[] }>('/api/executions?limit=500')).executions;
  }

  /** Escalations raised; null when escalation is off in this configuration (the API answers 503). */
  async escalations(): Promise<ApiEscalation[] | null> {
    try {
      return (await this.get<{ escalations: ApiEscalation[] }>('/api/escalations')).escalations;
    } catch (e) {
      if (/: 503 /.test((e as Error).message)) return null;
      throw e;
    }
  }

  async details(): Promise<EventDetail[]> {
    const evs = await this.events();
    const out: EventDetail[] = [];
    for (const e of evs) out.push(await this.event(e.id));
    return out.sort((a, b) => Date.parse(a.event.created_at) - Date.parse(b.event.created_at));
  }
}

/** The latest diagnosis's root cause, if any. */
export const rootOf = (d: EventDetail): string | null => d.diagnoses[0]?.explanation?.rootCause?.service ?? null;
export const categoryOf = (d: EventDetail): string | null => d.diagnoses[0]?.category ?? null;

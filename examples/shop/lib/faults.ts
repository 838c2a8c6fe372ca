// The fault switchboard shared by the launcher and the services: which faults exist, who owns
// them, and a board of active faults that end by themselves.

export const FAULT_KINDS = [
  'db_pool_exhaustion',
  'db_down',
  'slow_query',
  'auth_token_expiry',
  'cache_bloat',
  'memory_leak',
  'cpu_saturation',
  'latency_creep',
  'bad_config_push',
  'upstream_api_failure',
  'network_errors',
] as const;
export const DECOY_KINDS = ['traffic_surge', 'deploy', 'client_4xx_burst'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type DecoyKind = (typeof DECOY_KINDS)[number];
export type Kind = FaultKind | DecoyKind;
export const ALL_KINDS: readonly Kind[] = [...FAULT_KINDS, ...DECOY_KINDS];

export const SERVICES = ['frontend', 'checkout', 'inventory', 'catalog', 'auth', 'payments'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Where a fault happens when the request names no service; faults bound to one component accept only it. */
export const FAULT_HOME: Record<Kind, { default: ServiceName; only?: ServiceName[] }> = {
  db_pool_exhaustion: { default: 'inventory', only: ['inventory'] },
  db_down: { default: 'inventory', only: ['inventory'] },
  slow_query: { default: 'inventory', only: ['inventory'] },
  auth_token_expiry: { default: 'auth', only: ['auth'] },
  cache_bloat: { default: 'catalog', only: ['catalog'] },
  memory_leak: { default: 'checkout' },
  cpu_saturation: { default: 'catalog' },
  latency_creep: { default: 'checkout' },
  bad_config_push: { default: 'checkout' },
  upstream_api_failure: { default: 'payments', only: ['payments'] },
  network_errors: { default: 'inventory' },
  traffic_surge: { default: 'frontend', only: ['frontend'] },
  deploy: { default: 'catalog' },
  client_4xx_burst: { default: 'frontend', only: ['frontend'] },
};

/** Recovery actions: each one fixes the faults listed (see examples/shop/README.md). */
export const ACTIONS = {
  reset_connection_pool: ['db_pool_exhaustion'],
  failover_database: ['db_down'],
  add_index: ['slow_query'],
  refresh_tokens: ['auth_token_expiry'],
  clear_cache: ['cache_bloat'],
  restart_service: ['memory_leak', 'cpu_saturation', 'latency_creep', 'cache_bloat', 'network_errors', 'db_pool_exhaustion'],
  scale_resources: ['cpu_saturation', 'memory_leak'],
  rollback_deployment: ['bad_config_push'],
  update_configuration: ['bad_config_push'],
  enable_circuit_breaker: ['upstream_api_failure'],
  route_to_healthy_instances: ['network_errors', 'memory_leak', 'cpu_saturation', 'latency_creep'],
} as const satisfies Record<string, readonly FaultKind[]>;
export type ActionName = keyof typeof ACTIONS;

export interface FaultRequest {
  kind: Kind;
  service?: string;
  intensity: number;
  duration_ms: number;
}

/** Validates an admin request body; throws a message naming the bad field. */
export function parseFaultRequest(body: unknown): FaultRequest {
  if (!body || typeof body !== 'object') throw new Error('body must be a JSON object {kind, intensity, duration_ms}');
  const b = body as Record<string, unknown>;
  if (typeof b.kind !== 'string' || !(ALL_KINDS as readonly string[]).includes(b.kind)) throw new Error(`kind: one of ${ALL_KINDS.join(', ')}`);
  const intensity = b.intensity === undefined ? 0.8 : b.intensity;
  if (typeof intensity !== 'number' || !(intensity >= 0 && intensity <= 1)) throw new Error('intensity: a number in 0..1');
  const duration = b.duration_ms === undefined ? 60_000 : b.duration_ms;
  if (typeof duration !== 'number' || !(duration > 0 && duration <= 24 * 3600_000)) throw new Error('duration_ms: a positive number of milliseconds');
  if (b.service !== undefined && (typeof b.service !== 'string' || !(SERVICES as readonly string[]).includes(b.service))) throw new Error(`service: one of ${SERVICES.join(', ')}`);
  return { kind: b.kind as Kind, service: b.service as string | undefined, intensity, duration_ms: duration };
}

export interface ActiveFault {
  /** A kind, or `kind@service` for decoys the launcher runs. */
  kind: string;
  intensity: number;
  startedAt: number;
  endsAt: number;
}

/** Active faults of one process; each ends by itself (calling its stop) after its duration. */
export class FaultBoard {
  private active = new Map<string, ActiveFault & { timer: NodeJS.Timeout; stop: () => void }>();

  start(kind: string, intensity: number, durationMs: number, stop: () => void = () => undefined): ActiveFault {
    this.clear(kind);
    const now = Date.now();
    const timer = setTimeout(() => this.clear(kind), durationMs);
    timer.unref();
    const f = { kind, intensity, startedAt: now, endsAt: now + durationMs, timer, stop };
    this.active.set(kind, f);
    return { kind, intensity, startedAt: now, endsAt: f.endsAt };
  }

  /** Ends a fault now; true if it was active. */
  clear(kind: string): boolean {
    const f = this.active.get(kind);
    if (!f) return false;
    clearTimeout(f.timer);
    this.active.delete(kind);
    f.stop();
    return true;
  }

  intensity(kind: string): number {
    return this.active.get(kind)?.intensity ?? 0;
  }

  get(kind: string): ActiveFault | undefined {
    return this.active.get(kind);
  }

  list(): ActiveFault[] {
    return [...this.active.values()].map(({ kind, intensity, startedAt, endsAt }) => ({ kind, intensity, startedAt, endsAt }));
  }

  clearAll(): void {
    for (const k of [...this.active.keys()]) this.clear(k);
  }
}

// A database client pool's share of connections in use, derived from the semantic conventions'
// `db.client.connection.count` (state `used` / `idle`) and `db.client.connection.max`: neither
// says on its own that a pool is running dry (four connections in use is nothing in a pool of
// fifty and everything in a pool of five), and a leak that holds most of a pool hurts nobody
// until the last connection goes, when requests start timing out. The share is a utilisation
// (unit 1) with a limit of its own (POOL_USAGE_LIMIT): detection scores it like the other
// resources and pages when it crosses the limit from below (engine.ts).
import { attr, Temporality, type MetricPoint, type NumberPoint } from '../records.ts';
import type { Limit } from './threshold.ts';

export const POOL_USAGE_METRIC = 'db.client.connection.utilization';
/**
 * Over three quarters of a pool in use, coming from well below: four of five connections held,
 * so one request more than usual at a time waits or times out. A pool whose usual level is
 * already there is sized for its load and pages nobody (crossing paging).
 */
export const POOL_USAGE_LIMIT: Limit = { max: 0.75, critical: 1 };
// Current conventions, then the earlier `db.client.connections.*` ones (state and pool.name).
const COUNT = new Set(['db.client.connection.count', 'db.client.connections.usage']);
const MAX = new Set(['db.client.connection.max', 'db.client.connections.max']);
const STATE_KEYS = ['db.client.connection.state', 'state'];
const POOL_NAME_KEYS = ['db.client.connection.pool.name', 'pool.name'];

interface PoolState {
  used: number;
  max: number;
}

/** Pools followed at once per process; more are not derived (a bound on attacker-made names). */
const MAX_POOLS = 10_000;

export class PoolUsage {
  private readonly pools = new Map<string, PoolState>();

  /**
   * The derived point when `p` updates a pool's connections in use or its maximum, else null.
   * Only values that are levels count: a gauge, or a cumulative up-down counter (its value is
   * the current count); a delta one carries changes, not the count.
   */
  observe(p: MetricPoint): NumberPoint | null {
    const count = COUNT.has(p.name);
    if (!count && !MAX.has(p.name)) return null;
    if (p.type !== 'gauge' && !(p.type === 'sum' && !p.isMonotonic && p.temporality === Temporality.CUMULATIVE)) return null;
    if (!Number.isFinite(p.value) || p.value < 0) return null;
    const pool = first(p.attributes, POOL_NAME_KEYS);
    if (count && first(p.attributes, STATE_KEYS) !== 'used') return null;
    const key = `${p.resource.serviceName}\u0000${pool}`;
    let st = this.pools.get(key);
    if (!st) {
      if (this.pools.size >= MAX_POOLS) return null;
      st = { used: NaN, max: NaN };
      this.pools.set(key, st);
    }
    if (count) st.used = p.value;
    else st.max = p.value;
    if (!(st.max > 0) || !Number.isFinite(st.used)) return null;
    return {
      type: 'gauge',
      name: POOL_USAGE_METRIC,
      description: 'share of the pool\'s connections in use (derived from db.client.connection.count and .max)',
      unit: '1',
      // Counts and the maximum are exported at different moments: a pool just grown can read over 1.
      value: Math.min(1, st.used / st.max),
      resource: p.resource,
      scope: p.scope,
      attributes: pool ? ['db.client.connection.pool.name', pool] : [],
      startTimeNs: p.startTimeNs,
      timeNs: p.timeNs,
      flags: 0,
      exemplars: [],
      temporality: Temporality.UNSPECIFIED,
      isMonotonic: false,
    };
  }
}

function first(attributes: string[], keys: readonly string[]): string {
  for (const k of keys) {
    const v = attr(attributes, k);
    if (v !== undefined) return v;
  }
  return '';
}

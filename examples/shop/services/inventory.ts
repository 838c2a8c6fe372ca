// inventory: stock levels in PostgreSQL through a pg connection pool.
import { createRequire } from 'node:module';
import type * as Pg from 'pg';
import { HttpError, Router } from '../lib/http.ts';
import type { Kit, ServiceModule } from '../lib/kit.ts';

const require = createRequire(import.meta.url);
const pg = require('pg') as typeof Pg;

const POOL_MAX = 5;
const PRODUCTS = 200;

// Statements are plain text with integer literals (checked here), not bind parameters: the
// embedded database multiplexes sockets onto one backend, where two sockets' unnamed
// prepared statements could interleave.
const int = (x: unknown, name: string): number => {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > 1e9) throw new HttpError(400, `${name} must be a non-negative integer`);
  return x;
};

export async function create(kit: Kit): Promise<ServiceModule> {
  const newPool = () => {
    const p = new pg.Pool({ connectionString: kit.s.databaseUrl, max: POOL_MAX, connectionTimeoutMillis: 1000, idleTimeoutMillis: 30_000, query_timeout: 5000 });
    p.on('error', (err) => kit.tel.logError(`idle client error: ${err.message}`, { 'db.system.name': 'postgresql' }));
    return p;
  };
  let pool = newPool();
  let leaked: Pg.PoolClient[] = [];
  let slowSeconds = 0;

  // The database may still be starting (or the machine busy): retry the schema for a while.
  for (let attempt = 1; ; attempt++) {
    try {
      await pool.query(`CREATE TABLE IF NOT EXISTS stock (sku integer PRIMARY KEY, qty integer NOT NULL)`);
      await pool.query(`INSERT INTO stock SELECT g, 1000 FROM generate_series(1, ${PRODUCTS}) g ON CONFLICT (sku) DO NOTHING`);
      break;
    } catch (err) {
      if (attempt >= 30) throw err;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }

  const query = async (text: string) => {
    try {
      // slow_query: the planner lost an index, every statement now pays for a scan.
      if (slowSeconds > 0) return await pool.query(`SELECT pg_sleep(${slowSeconds.toFixed(3)}); ${text}`).then((rs) => (Array.isArray(rs) ? rs[rs.length - 1] : rs));
      return await pool.query(text);
    } catch (err) {
      throw new HttpError(503, (err as Error).message);
    }
  };
  const releaseLeaked = () => {
    for (const c of leaked) c.release(true);
    leaked = [];
  };
  kit.tel.meter.createObservableGauge('db.client.connection.pool.max', { unit: '{connection}' }).addCallback((r) => r.observe(POOL_MAX));

  const router = new Router()
    .on('GET', '/stock/:sku', async (r) => {
      const sku = int(Number(r.params.sku), 'sku');
      const rs = await query(`SELECT qty FROM stock WHERE sku = ${sku}`);
      if (!rs.rows.length) throw new HttpError(404, 'no such sku');
      return { sku, qty: rs.rows[0].qty };
    })
    .on('POST', '/reserve', async (r) => {
      const b = (r.body ?? {}) as { sku?: unknown; qty?: unknown };
      const sku = int(b.sku, 'sku');
      const qty = int(b.qty, 'qty');
      const rs = await query(`UPDATE stock SET qty = CASE WHEN qty >= ${qty} THEN qty - ${qty} ELSE 1000 END WHERE sku = ${sku} RETURNING qty`);
      if (!rs.rows.length) throw new HttpError(404, 'no such sku');
      return { sku, reserved: qty, left: rs.rows[0].qty };
    });

  return {
    router,
    faults: {
      db_pool_exhaustion: (intensity) => {
        // A batch job checks connections out and never returns them.
        const n = Math.max(1, Math.round(intensity * POOL_MAX));
        const target = pool;
        for (let i = 0; i < n; i++) target.connect().then((c) => (target === pool ? leaked.push(c) : c.release(true)), () => undefined);
        return releaseLeaked;
      },
      slow_query: (intensity) => {
        slowSeconds = 0.04 + 0.26 * intensity;
        return () => {
          slowSeconds = 0;
        };
      },
    },
    actions: {
      reset_connection_pool: () => {
        const old = pool;
        pool = newPool();
        const n = leaked.length;
        releaseLeaked();
        kit.faults.clear('db_pool_exhaustion');
        void old.end().catch(() => undefined);
        return `connection pool reset (${n} stuck connections dropped)`;
      },
      add_index: () => {
        kit.faults.clear('slow_query');
        slowSeconds = 0;
        return 'index on stock(sku) rebuilt';
      },
    },
    close: async () => {
      releaseLeaked();
      await pool.end();
    },
  };
}

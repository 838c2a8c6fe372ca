// The shop's recovery catalog against the real demo shop (six service processes, a database
// behind a pg pool): three faults, three diagnoses as diagnosis would hand them over, and each
// is fixed by the catalog's http action on the shop's admin API. The incident closes only when
// the shop itself no longer reports the fault; nothing here looks at what recovery did.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startShop, type Shop } from '../../examples/shop/launcher.ts';
import { AuditStage } from '../../src/audit/index.ts';
import { loadCatalogFile, RecoverStage } from '../../src/recover/index.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { testInfra, type TestInfra } from '../helpers/stages.ts';
import { diagnosisFor, insertEvent, recoverOptions } from './helpers.ts';

const CATALOG = fileURLToPath(new URL('../../examples/shop/recovery.yaml', import.meta.url));

let dir: string;
let shop: Shop;
let pg: PostgresHandle;
let infra: TestInfra;
let audit: AuditStage;
let recover: RecoverStage;
const watchers: Array<() => void> = [];

type FaultList = { shop: Array<{ kind: string }>; services: Array<{ service: string; faults: Array<{ kind: string }> }> };

async function active(kind: string): Promise<boolean> {
  const f = (await shop.faults()) as FaultList;
  return [...f.shop, ...f.services.flatMap((s) => s.faults)].some((x) => x.kind === kind || x.kind.startsWith(`${kind}@`));
}

/** Detection's part: the incident closes once the shop stops reporting the fault. */
function closeWhenCleared(kind: string, ev: DetectedEvent): void {
  let stopped = false;
  watchers.push(() => void (stopped = true));
  void (async () => {
    while (!stopped) {
      if (!(await active(kind).catch(() => true))) {
        await pg.pool.query(`UPDATE error_events SET status = 'closed', closed_at = now() WHERE id = $1`, [ev.id]);
        infra.bus.publish('event.closed', { ...ev, action: 'close', updatedAt: Date.now(), closedAt: Date.now() });
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-recover-shop-'));
  // Telemetry goes nowhere (discard port): this test is about the admin API only.
  shop = await startShop({ otlpEndpoint: 'http://127.0.0.1:9', dir: join(dir, 'shop'), rps: 2, hostMetrics: false, log: () => undefined });
  pg = await openPostgres({ dataDir: join(dir, 'pg') });
  await migratePostgres(pg.pool);
  infra = testInfra({ pool: pg.pool });
  audit = new AuditStage({ pool: pg.pool, ...infra });
  await audit.start();
  const o = recoverOptions();
  const catalog = loadCatalogFile(CATALOG, { commandAllowlist: [], maxTimeoutMs: o.timeoutMs, env: { SHOP_ADMIN_URL: shop.adminUrl } });
  recover = new RecoverStage(o, { pool: pg.pool, ...infra, catalog });
  await recover.start();
}, 180_000);

afterAll(async () => {
  for (const w of watchers) w();
  await recover?.stop();
  await infra?.delivery.drained();
  await audit?.stop();
  await shop?.stop();
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('the shop catalog on the real shop', () => {
  it('fixes pool exhaustion, expired tokens and a failing provider with the expected actions', async () => {
    const cases = [
      { kind: 'db_pool_exhaustion', service: 'inventory', category: 'DATABASE', rule: 'db-pool-exhausted', causes: ['connection_pool_exhaustion'], expect: 'reset_connection_pool' },
      { kind: 'auth_token_expiry', service: 'auth', category: 'AUTHENTICATION', rule: 'auth-token-expired', causes: ['token_expired'], expect: 'refresh_tokens' },
      { kind: 'upstream_api_failure', service: 'payments', category: 'INTEGRATION', rule: 'third-party-failure', causes: ['third_party_outage'], expect: 'enable_circuit_breaker' },
    ] as const;
    const events: DetectedEvent[] = [];
    for (const c of cases) {
      await shop.inject({ kind: c.kind, service: c.service, intensity: 1, duration_ms: 300_000 });
      expect(await active(c.kind)).toBe(true);
      const ev = await insertEvent(pg.pool, c.service);
      events.push(ev);
      closeWhenCleared(c.kind, ev);
      infra.bus.publish(
        'diagnosis.made',
        diagnosisFor(ev, { category: c.category, probableCauses: [...c.causes], rule: { id: c.rule, category: c.category, confidence: 0.9 } }),
      );
    }
    await vi.waitFor(
      async () => {
        const r = await pg.pool.query(`SELECT count(*)::int AS n FROM recovery_executions WHERE execution_status = 'COMPLETED'`);
        expect(r.rows[0].n).toBe(cases.length);
      },
      { timeout: 60_000, interval: 200 },
    );
    for (const [i, c] of cases.entries()) {
      const r = await pg.pool.query(`SELECT a.name, e.attempt, e.success FROM recovery_executions e JOIN recovery_actions a ON a.id = e.recovery_action_id WHERE error_event_id = $1`, [events[i].id]);
      expect(r.rows, c.kind).toEqual([{ name: c.expect, attempt: 0, success: true }]);
      expect(await active(c.kind)).toBe(false);
    }
  }, 120_000);
});

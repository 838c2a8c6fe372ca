// bench:scenarios compresses time (a scenario minute in 12 s at 0.2): the shop catalog it hands
// Homeostat has each action's verification window compressed the same way, and still loads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_SCALED_VERIFY_MS, scaledCatalog } from '../../../examples/shop/harness/homeostat-process.ts';
import { loadCatalogFile } from '../../../src/recover/index.ts';

const SHOP_CATALOG = path.resolve(import.meta.dirname, '../../../examples/shop/recovery.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-scaled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shop catalog under compressed time', () => {
  it('verifies each action over a fifth of the window at 0.2 (not below what real-time delays need), and loads as the original does', () => {
    const opts = { commandAllowlist: [], maxTimeoutMs: 300_000 };
    const original = loadCatalogFile(SHOP_CATALOG, opts);
    const scaled = loadCatalogFile(scaledCatalog(SHOP_CATALOG, 0.2, dir), opts);
    expect([...scaled.actions.keys()]).toEqual([...original.actions.keys()]);
    for (const [name, a] of original.actions) {
      expect(scaled.actions.get(name)!.verification.withinMs).toBe(Math.max(MIN_SCALED_VERIFY_MS, a.verification.withinMs * 0.2));
      expect(scaled.actions.get(name)!.risk).toBe(a.risk);
    }
  });
});

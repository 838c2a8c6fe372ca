// catalog: product pages rendered from an in-memory list, kept in an in-process LRU cache.
import { createHash } from 'node:crypto';
import { HttpError, Router } from '../lib/http.ts';
import type { Kit, ServiceModule } from '../lib/kit.ts';

const PRODUCTS = 200;
const CACHE_MAX_ENTRIES = 400;

export async function create(kit: Kit): Promise<ServiceModule> {
  const cache = new Map<string, string>();
  // Entries are ASCII, which V8 keeps one byte per character.
  let cacheBytes = 0;
  let evict = true;
  const put = (k: string, v: string) => {
    const old = cache.get(k);
    if (old !== undefined) cacheBytes -= old.length;
    cache.delete(k);
    cache.set(k, v);
    cacheBytes += v.length;
    while (evict && cache.size > CACHE_MAX_ENTRIES) {
      const first = cache.keys().next().value as string;
      cacheBytes -= (cache.get(first) ?? '').length;
      cache.delete(first);
    }
  };
  const render = (id: number, variant = '') => {
    // A page costs a little CPU to build, which is what the cache saves.
    let h = `${id}${variant}`;
    for (let i = 0; i < 200; i++) h = createHash('sha256').update(h).digest('hex');
    return JSON.stringify({ id, name: `Product ${id}`, price_cents: 500 + ((id * 7919) % 9500), description: h.repeat(8) });
  };
  const get = (key: string, build: () => string) => {
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const v = build();
    put(key, v);
    return v;
  };
  kit.tel.meter.createObservableGauge('catalog.cache.entries', { unit: '{entry}' }).addCallback((r) => r.observe(cache.size));
  kit.tel.meter.createObservableGauge('catalog.cache.size', { unit: 'By' }).addCallback((r) => r.observe(cacheBytes));

  const router = new Router()
    .on('GET', '/products', (r) => {
      const page = Math.max(1, Math.min(20, Number(r.query.get('page') ?? 1) | 0));
      const body = get(`list:${page}`, () => JSON.stringify(Array.from({ length: 10 }, (_, i) => JSON.parse(render((page - 1) * 10 + i + 1)).name)));
      return { page, items: JSON.parse(body) };
    })
    .on('GET', '/products/:id', (r) => {
      const id = Number(r.params.id);
      if (!Number.isInteger(id) || id < 1 || id > PRODUCTS) throw new HttpError(404, 'no such product');
      return JSON.parse(get(`p:${id}`, () => render(id)));
    });

  return {
    router,
    faults: {
      cache_bloat: (intensity) => {
        // A release keyed the cache by session and turned eviction off: it grows without bound,
        // and each lookup now walks the entry list to "refresh" it.
        evict = false;
        const perTick = (intensity * 0.006 * kit.limits.memoryBytes * 250) / kit.realMs(1);
        let n = 0;
        const t = setInterval(() => {
          if (process.memoryUsage().rss > kit.limits.memoryBytes * 0.99) return;
          const chunk = Math.max(4096, Math.round(perTick / 8));
          // A string made from bytes really holds them: V8 builds padEnd/repeat results as
          // ropes sharing one piece, so a cache of those grew in name only and memory stayed put.
          for (let i = 0; i < 8; i++) put(`session:${n++}`, Buffer.alloc(chunk, 0x78).toString('latin1'));
          let walked = 0;
          for (const k of cache.keys()) if (k.length > walked) walked++;
        }, 250);
        return () => {
          clearInterval(t);
          evict = true;
          put('list:1', cache.get('list:1') ?? '[]');
        };
      },
    },
    actions: {
      clear_cache: () => {
        const n = cache.size;
        kit.faults.clear('cache_bloat');
        cache.clear();
        cacheBytes = 0;
        // The shop runs on compressed time but V8 collects on real time: left to itself, the
        // freed cache would show as resident memory for several scenario minutes.
        (globalThis as { gc?: () => void }).gc?.();
        return `cache cleared (${n} entries)`;
      },
    },
  };
}

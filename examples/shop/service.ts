// Entry point of one shop service process: telemetry first, then the service (which requires
// `http` and `pg` only once the instrumentations are hooked in).
import { settingsFromEnv } from './lib/settings.ts';
import { startTelemetry } from './lib/telemetry.ts';

const s = settingsFromEnv();
const limits = { memoryBytes: s.memoryLimitBytes, cpuCores: 1 };
const tel = startTelemetry({
  service: s.name,
  version: s.version,
  endpoint: process.env.SHOP_OTLP_ENDPOINT || 'http://127.0.0.1:4318',
  metricIntervalMs: Number(process.env.SHOP_METRIC_INTERVAL_MS || '10000'),
  limits: () => limits,
  hostMetrics: process.env.SHOP_HOST_METRICS !== '0',
  peerServices: s.providerUrl ? { [new URL(s.providerUrl).host]: 'payment-provider' } : {},
});

const { Kit } = await import('./lib/kit.ts');
const kit = new Kit(s, tel);
// The kit owns the limits from here on (scale_resources changes them).
Object.defineProperty(limits, 'memoryBytes', { get: () => kit.limits.memoryBytes });
Object.defineProperty(limits, 'cpuCores', { get: () => kit.limits.cpuCores });

const services = {
  frontend: () => import('./services/frontend.ts'),
  checkout: () => import('./services/checkout.ts'),
  inventory: () => import('./services/inventory.ts'),
  catalog: () => import('./services/catalog.ts'),
  auth: () => import('./services/auth.ts'),
  payments: () => import('./services/payments.ts'),
};
const load = services[s.name];
if (!load) throw new Error(`unknown service ${s.name}`);
const mod = await (await load()).create(kit);
const server = await kit.run(mod);
process.send?.({ type: 'ready', service: s.name, port: s.port });

/** Longest a stopping instance waits for its requests in flight (real time). */
const DRAIN_MS = 10_000;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  kit.faults.clearAll();
  // Drain, as a rolling restart's grace period allows: no new connections, requests in flight
  // are answered (a restart during a latency creep was cutting 3 s requests off, and the resets
  // read as a network fault), then whatever is left goes.
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  await Promise.race([drained, new Promise((r) => setTimeout(r, DRAIN_MS))]);
  clearInterval(idle);
  server.closeAllConnections();
  await mod.close?.().catch(() => undefined);
  await tel.shutdown().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);

// OpenTelemetry for one shop service, set up the way an application team would: the Node SDK with
// the official HTTP and pg instrumentations, host and runtime metrics, and an OTLP/HTTP exporter
// for each signal. Must run before `http` and `pg` are loaded (they are required afterwards).
import { cpuUsage, memoryUsage } from 'node:process';
import { logs, SeverityNumber } from '@opentelemetry/api-logs';
import { metrics, type Meter } from '@opentelemetry/api';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { HostMetrics } from '@opentelemetry/host-metrics';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { RuntimeNodeInstrumentation } from '@opentelemetry/instrumentation-runtime-node';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { NodeSDK, tracing } from '@opentelemetry/sdk-node';

export interface TelemetryOptions {
  service: string;
  version: string;
  /** Base URL of an OTLP/HTTP receiver, e.g. http://127.0.0.1:4318. */
  endpoint: string;
  metricIntervalMs: number;
  /** host-metrics' process.memory.usage (bytes); off only to isolate its effect in a diagnostic run. */
  hostMetrics?: boolean;
  /** The "container" limits utilisation is measured against. */
  limits: () => { memoryBytes: number; cpuCores: number };
  /**
   * `host:port` → name of a dependency that sends no telemetry (a third-party API), set as
   * `peer.service` on calls to it, as teams do so traces name their providers.
   */
  peerServices?: Record<string, string>;
}

export interface Telemetry {
  meter: Meter;
  logError(message: string, attributes?: Record<string, string | number | boolean>): void;
  logWarn(message: string, attributes?: Record<string, string | number | boolean>): void;
  shutdown(): Promise<void>;
}

// Admin and health calls are the control plane, not the shop's traffic.
const UNTRACED = /^\/(admin|healthz)/;

export function startTelemetry(o: TelemetryOptions): Telemetry {
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({
      'service.name': o.service,
      'service.version': o.version,
      'service.namespace': 'shop',
      'deployment.environment.name': 'demo',
    }),
    spanProcessors: [new tracing.BatchSpanProcessor(new OTLPTraceExporter({ url: `${o.endpoint}/v1/traces` }), { scheduledDelayMillis: 500 })],
    metricReaders: [
      new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter({ url: `${o.endpoint}/v1/metrics` }), exportIntervalMillis: o.metricIntervalMs, exportTimeoutMillis: Math.min(o.metricIntervalMs, 30_000) }),
    ],
    logRecordProcessors: [new BatchLogRecordProcessor({ exporter: new OTLPLogExporter({ url: `${o.endpoint}/v1/logs` }), scheduledDelayMillis: 500 })],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED.test(req.url ?? ''),
        startOutgoingSpanHook: (req) => {
          const name = o.peerServices?.[`${req.hostname ?? req.host ?? ''}:${req.port ?? ''}`];
          return name ? { 'peer.service': name } : {};
        },
      }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new RuntimeNodeInstrumentation({ monitoringPrecision: 1000 }),
    ],
  });
  sdk.start();
  // Process memory in bytes (process.memory.usage) as host-metrics reports it in production;
  // CPU is reported below against the service's CPU limit instead of the whole machine.
  if (o.hostMetrics !== false) new HostMetrics({ name: 'host-metrics', metricGroups: ['process.memory'] }).start();

  const meter = metrics.getMeter('shop');
  meter.createObservableGauge('process.memory.limit', { unit: 'By', description: 'memory limit of the service (container limit)' }).addCallback((r) => r.observe(o.limits().memoryBytes));
  meter.createObservableGauge('process.memory.utilization', { unit: '1', description: 'resident memory / memory limit' }).addCallback((r) => r.observe(memoryUsage.rss() / o.limits().memoryBytes));
  let lastCpu = cpuUsage();
  let lastAt = performance.now();
  meter.createObservableGauge('process.cpu.utilization', { unit: '1', description: 'CPU time / wall time / CPU limit' }).addCallback((r) => {
    const now = performance.now();
    const cpu = cpuUsage(lastCpu);
    const wallUs = (now - lastAt) * 1000;
    lastCpu = cpuUsage();
    lastAt = now;
    if (wallUs > 0) r.observe(Math.min(1, (cpu.user + cpu.system) / wallUs / o.limits().cpuCores));
  });

  // NodeSDK registers the global LoggerProvider when logRecordProcessors are given.
  const logger = logs.getLogger(o.service);
  const emit = (severityNumber: SeverityNumber, severityText: string) => (message: string, attributes: Record<string, string | number | boolean> = {}) =>
    logger.emit({ severityNumber, severityText, body: message, attributes });
  return {
    meter,
    logError: emit(SeverityNumber.ERROR, 'ERROR'),
    logWarn: emit(SeverityNumber.WARN, 'WARN'),
    shutdown: () => sdk.shutdown(),
  };
}

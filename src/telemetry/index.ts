export { createLogger, silentLogger, type Logger } from './logger.ts';
export { Metrics, signalOfTable } from './metrics.ts';
export { SELF_ATTRIBUTE } from './self-attribute.ts';
export type { SelfInstrumentation } from './self-instrumentation.ts';
/**
 * The OpenTelemetry SDK behind self-instrumentation, loaded only when it is switched on (off by
 * default): its modules take a few hundred milliseconds of start-up to load.
 */
export const loadSelfInstrumentation = () => import('./self-instrumentation.ts');

export { createLogger, silentLogger, type Logger } from './logger.ts';
export { Metrics, signalOfTable } from './metrics.ts';
export { SELF_ATTRIBUTE, startSelfInstrumentation, type SelfInstrumentation } from './self-instrumentation.ts';

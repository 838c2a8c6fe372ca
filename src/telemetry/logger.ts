import { pino, type Logger as PinoLogger } from 'pino';

/**
 * The one logger type every module takes: pino's logger fits it, and so does a test's stub.
 * Errors go in as `{ err }` (pino's serializer keeps the type, message and stack).
 */
export interface Logger {
  debug(o: object | string, msg?: string): void;
  info(o: object | string, msg?: string): void;
  warn(o: object | string, msg?: string): void;
  error(o: object | string, msg?: string): void;
}

/** JSON logs on stdout. Secrets never reach here: config is redacted before it is logged. */
export function createLogger(level: string, name = 'homeostat'): PinoLogger {
  return pino({ name, level, base: { service: name }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** For components built without a logger. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

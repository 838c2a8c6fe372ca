export { configSchema, type Config } from './schema.ts';
export { loadConfig, parseConfig, DEFAULT_CONFIG_FILE, type LoadedConfig } from './load.ts';
export { escalationWarnings, inertSettings } from './inert.ts';
export { redact, redactUrlCredentials, REDACTED } from './redact.ts';
export { exposures, exposureErrors, exposureWarnings, isLoopbackHost } from './exposure.ts';
export { ALTERNATE_SPELLINGS } from './seed-spellings.ts';

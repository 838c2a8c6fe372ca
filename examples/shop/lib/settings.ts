// A shop service's settings from its environment. Its own module, free of `http`: the entry point
// reads them before the OpenTelemetry SDK starts, and anything that loads `http` before the SDK
// hooks it leaves every HTTP span untraced (ES module imports run before the importing module).
import type { ServiceName } from './faults.ts';

export interface ServiceSettings {
  name: ServiceName;
  version: string;
  port: number;
  peers: Record<string, string>;
  databaseUrl: string;
  providerUrl: string;
  /** Scenario seconds per real second, inverted: 0.2 runs five times faster than real time. */
  timeScale: number;
  memoryLimitBytes: number;
  /**
   * auth's signing key, the same for every auth instance of one shop: a deploy (blue/green)
   * must not invalidate the tokens the old version issued. Empty: auth makes one of its own.
   */
  authKey: string;
}

export function settingsFromEnv(env = process.env): ServiceSettings {
  const need = (k: string) => {
    const v = env[k];
    if (!v) throw new Error(`${k} is not set`);
    return v;
  };
  return {
    name: need('SHOP_SERVICE') as ServiceName,
    version: env.SHOP_VERSION || '1.0.0',
    port: Number(need('SHOP_PORT')),
    peers: JSON.parse(env.SHOP_PEERS || '{}') as Record<string, string>,
    databaseUrl: env.SHOP_DATABASE_URL || '',
    providerUrl: env.SHOP_PROVIDER_URL || '',
    timeScale: Number(env.SHOP_TIME_SCALE || '1'),
    memoryLimitBytes: Number(env.SHOP_MEMORY_LIMIT_MB || '384') * 1024 * 1024,
    authKey: env.SHOP_AUTH_KEY || '',
  };
}


import { loadConfig } from '../config/index.ts';
// The CLI's calls to a running Homeostat's API.

/** The API a command talks to when --api is not given: the configured api.host/api.port, else the default. */
export const DEFAULT_API = 'http://127.0.0.1:8080';

/**
 * The running server's API from the configuration (--config, or homeostat.yaml when present):
 * api.port, on loopback when api.host binds every interface.
 */
export function configuredApi(file?: string): string {
  try {
    const { config } = loadConfig({ file });
    const host = ['0.0.0.0', '::', ''].includes(config.api.host) ? '127.0.0.1' : config.api.host;
    return `http://${host.includes(':') ? `[${host}]` : host}:${config.api.port}`;
  } catch {
    return DEFAULT_API;
  }
}

/** fetch with the bearer token, an unreachable server reported in one line rather than a stack trace. */
export async function callApi(url: URL, token: string | undefined, init: RequestInit = {}): Promise<Response | undefined> {
  const bearer = token ?? process.env.HOMEOSTAT_API_TOKEN;
  const headers = new Headers(init.headers);
  if (bearer) headers.set('authorization', `Bearer ${bearer}`);
  try {
    return await fetch(url, { ...init, headers });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    process.stderr.write(`homeostat: cannot reach the API at ${url.origin}: ${cause}\n`);
    return undefined;
  }
}

/** The API's error body goes to stderr as is: it names the field or the missing event. */
export async function apiError(res: Response): Promise<number> {
  process.stderr.write(`homeostat: API answered ${res.status}: ${await res.text()}\n`);
  return 1;
}


import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { withZeroCopyInserts } from './zero-copy-insert.ts';

export interface ClickHouseOptions {
  /** Server HTTP URL; empty means the embedded engine. */
  url: string;
  username: string;
  password: string;
  dataDir: string;
  requestTimeoutMs: number;
}

export interface ClickHouseHandle {
  client: ClickHouseClient;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The one @clickhouse/client instance everything uses. Embedded mode plugs the chdb engine
 * in as the client's connection, so queries and inserts take the same code path either way.
 * chdb binds one data directory per process: a second embedded handle must use the same one.
 */
export function openClickHouse(opts: ClickHouseOptions): ClickHouseHandle {
  const embedded = opts.url === '';
  let client: ClickHouseClient;
  if (embedded) {
    const path = resolve(opts.dataDir);
    mkdirSync(path, { recursive: true });
    // chdb types its Connection against its own copy of @clickhouse/client-common; the shapes
    // match at runtime, the declarations are just two copies of the same package.
    client = createClient({ connection: withZeroCopyInserts(createChdbConnection({ path })) as never });
  } else {
    client = createClient({
      url: opts.url,
      username: opts.username,
      password: opts.password,
      request_timeout: opts.requestTimeoutMs,
      // Retrying is the writer's job (with a dedup token), not the socket's.
      keep_alive: { enabled: true },
      compression: { request: false, response: false },
      // Failures are counted and logged once by the writer; the client's own per-request
      // error log would repeat them on every retry while a server is down.
      log: { level: ClickHouseLogLevel.OFF },
    });
  }
  let closed = false;
  return {
    client,
    embedded,
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

// A ClickHouse server for tests that need one over HTTP. No modern clickhouse-server can be
// installed here (Debian's is from 2018), so this serves the real engine (chdb, in this
// process) behind the small part of ClickHouse's HTTP interface that @clickhouse/client uses:
// GET /ping, and POST / with the statement in `query` (plus data in the body) or in the body,
// settings as URL parameters, errors as "Code: N. DB::Exception: …" with status 500.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';

const NOT_SETTINGS = new Set(['query', 'query_id', 'database', 'default_format', 'session_id', 'session_timeout', 'wait_end_of_query', 'role', 'enable_http_compression']);

export interface ClickHouseHttp {
  url: string;
  /** The engine behind it, for assertions. */
  client: ClickHouseClient;
  stop(): Promise<void>;
}

export async function startClickHouseHttp(dataDir: string, port = 0): Promise<ClickHouseHttp> {
  const client = createClient({ connection: createChdbConnection({ path: dataDir }) as never });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/ping') {
      res.end('Ok.\n');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const stmt = url.searchParams.get('query');
    const settings: Record<string, string> = {};
    for (const [k, v] of url.searchParams) if (!NOT_SETTINGS.has(k)) settings[k] = v;
    try {
      const result = await client.exec({
        query: stmt ?? body,
        values: stmt ? body : undefined,
        clickhouse_settings: settings as never,
      } as never);
      const out: Buffer[] = [];
      for await (const c of result.stream) out.push(c as Buffer);
      res.writeHead(200, { 'X-ClickHouse-Summary': '{"read_rows":"0","written_rows":"0"}' });
      res.end(Buffer.concat(out));
    } catch (err) {
      res.writeHead(500, { 'X-ClickHouse-Exception-Code': '1' });
      res.end(err instanceof Error ? err.message : String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    client,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await client.close();
    },
  };
}

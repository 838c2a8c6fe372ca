import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parseError } from '@clickhouse/client';
import type { ChdbConnection } from 'chdb/connection';

// chdb's Connection turns an insert body into a JS string, appends it to the INSERT text and
// hands the whole statement to the engine, which converts it back to UTF-8: three passes over
// every batch (megabytes each) on the event loop, plus large strings for the garbage collector.
// Its own raw insert takes the bytes as they are. Inserts the writer sends (a table, a column
// list and CSV or TSV) go that way; anything else keeps chdb's own path.

const WRITER_INSERT = /^INSERT INTO ([\w.]+) \(([\w.]+(?:, [\w.]+)*)\) FORMAT (CSV|TabSeparated)$/;

// Settings that clickhouse-js adds for its HTTP transport; the embedded engine has no such layer.
const HTTP_ONLY = new Set(['wait_end_of_query', 'send_progress_in_http_headers', 'http_headers_progress_interval_ms', 'enable_http_compression']);

type InsertParams = Parameters<ChdbConnection['insert']>[0];
type InsertResult = Awaited<ReturnType<ChdbConnection['insert']>>;

async function bytesOf(values: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of values) {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
    else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    else throw new Error(`zero-copy insert: unsupported body chunk (${typeof chunk})`);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function engineSettings(settings: InsertParams['clickhouse_settings']): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(settings ?? {})) {
    if (!HTTP_ONLY.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) out[k] = v;
  }
  return out;
}

/** Routes the writer's byte-bodied inserts through chdb's zero-copy raw insert. */
export function withZeroCopyInserts(conn: ChdbConnection): ChdbConnection {
  const fallback = conn.insert.bind(conn);
  conn.insert = async (params: InsertParams): Promise<InsertResult> => {
    const m = WRITER_INSERT.exec(params.query);
    // Only a stream can be read here without consuming what the fallback would need.
    if (!m || typeof params.values === 'string') return fallback(params);
    const body = await bytesOf(params.values as Readable);
    const query_id = params.query_id ?? randomUUID();
    const result = { query_id, response_headers: {}, http_status_code: 200 };
    if (body.length === 0) return { ...result, summary: undefined } as InsertResult;
    try {
      const s = await conn.chdb.rawInsert({
        table: m[1],
        columns: m[2].split(', '),
        format: m[3] as 'CSV',
        values: body,
        settings: engineSettings(params.clickhouse_settings),
      });
      return {
        ...result,
        summary: {
          read_rows: String(s.rowsWritten),
          read_bytes: String(s.bytesSent),
          written_rows: String(s.rowsWritten),
          written_bytes: String(s.bytesWritten),
          result_rows: '0',
          result_bytes: '0',
          total_rows_to_read: '0',
          elapsed_ns: String(Math.round(s.elapsed * 1e9)),
        },
      } as InsertResult;
    } catch (err) {
      // The same error shape (code, type) chdb's own path and the HTTP client give.
      throw parseError(err instanceof Error ? err.message : String(err));
    }
  };
  return conn;
}

import type { ClickHouseClient } from '@clickhouse/client';
import { ident } from '../../store/index.ts';
import type { SavedPosition } from './position.ts';

/** Created by migrations/clickhouse/0005_source_offsets.sql. */
export const OFFSETS_TABLE = 'homeostat_source_offsets';

interface OffsetRow {
  stream: string;
  watermark: string;
  since: string;
  seen_times: string[];
  seen_keys: string[];
}

// Versions only ever grow, also across restarts (wall-clock based) and between two tailers
// in one process, so the newest saved row of a stream is always the one read back.
let lastVersion = 0n;
function nextVersion(): bigint {
  const now = BigInt(Date.now()) * 1_000_000n;
  lastVersion = now > lastVersion ? now : lastVersion + 1n;
  return lastVersion;
}

/**
 * Saved positions of the ClickHouse source, one row per table and save. The table is a
 * ReplacingMergeTree on `version`, so merges keep the newest row; reads do not depend on
 * merges having run (ORDER BY version DESC LIMIT 1 BY stream).
 */
export class OffsetStore {
  private readonly table: string;

  constructor(private readonly client: ClickHouseClient, private readonly database: string) {
    this.table = `${ident(database)}.${ident(OFFSETS_TABLE)}`;
  }

  async load(streams: string[]): Promise<Map<string, SavedPosition>> {
    const rs = await this.client.query({
      query:
        `SELECT stream, toString(watermark) AS watermark, toString(since) AS since, ` +
        `arrayMap(x -> toString(x), seen_times) AS seen_times, arrayMap(x -> toString(x), seen_keys) AS seen_keys ` +
        `FROM ${this.table} WHERE stream IN {streams:Array(String)} ORDER BY version DESC LIMIT 1 BY stream`,
      query_params: { streams },
      format: 'JSONEachRow',
    });
    const out = new Map<string, SavedPosition>();
    for (const r of await rs.json<OffsetRow>()) {
      const seen = new Map<string, bigint>();
      r.seen_keys.forEach((k, i) => seen.set(k, BigInt(r.seen_times[i])));
      out.set(r.stream, { watermark: BigInt(r.watermark), since: BigInt(r.since), seen });
    }
    return out;
  }

  async save(positions: Array<[stream: string, position: SavedPosition]>): Promise<void> {
    if (positions.length === 0) return;
    const values = positions.map(([stream, p]) => {
      const keys = [...p.seen];
      return {
        stream,
        watermark: p.watermark.toString(),
        since: p.since.toString(),
        seen_times: keys.map(([, t]) => t.toString()),
        seen_keys: keys.map(([k]) => k),
        version: nextVersion().toString(),
      };
    });
    await this.client.insert({ table: `${this.database}.${OFFSETS_TABLE}`, values, format: 'JSONEachRow' });
  }
}

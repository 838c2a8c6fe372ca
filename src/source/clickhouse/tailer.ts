import type { ClickHouseClient } from '@clickhouse/client';
import type { LogRecordItem, MetricPoint, SpanRecord } from '../../records.ts';
import { ident } from '../../store/index.ts';
import { OFFSETS_TABLE, OffsetStore } from './offsets.ts';
import { Position } from './position.ts';
import { SharedObjects } from './shared.ts';
import { nanos, READ_SETTINGS, type Row } from './sql.ts';
import type { SourceRecord, StreamSpec } from './stream.ts';

/** Where tailed records go: the store stage's subscribers, without storing them again. */
export interface TailerSink {
  traces(spans: SpanRecord[]): void;
  logs(logs: LogRecordItem[]): void;
  metrics(points: MetricPoint[]): void;
}

/**
 * read: returned by a query (re-reads of the look-back included); delivered: handed to the
 * sink; deduplicated: read again after an earlier poll took it; late: first seen when
 * already more than the allowance behind, skipped; invalid: could not be converted, skipped.
 */
export type RowOutcome = 'read' | 'delivered' | 'deduplicated' | 'late' | 'invalid';

export interface TailerObserver {
  rows(table: string, outcome: RowOutcome, n: number): void;
  /** A failed read or save; `consecutive` is 1 for the first failure after a success. */
  error(table: string, err: unknown, consecutive: number): void;
}

export interface TailerOptions {
  database: string;
  streams: StreamSpec[];
  pollIntervalMs: number;
  latenessMs: number;
  startFrom: 'now' | 'earliest';
  /** Rows per query when catching up; a page may be larger by rows sharing its last timestamp. */
  pageRows?: number;
  /** Pages per table per poll, so one table's backlog does not hold up the others or the save. */
  maxPagesPerPoll?: number;
  /** Remembered row identities per table (memory bound); see Position. */
  maxKeysPerTable?: number;
  /** Current time in ns since the epoch; tests pass a fake clock. */
  now?: () => bigint;
  /** Checked before each poll; false (storage not ready) skips it. */
  ready?: () => Promise<boolean>;
}

export interface TableStats {
  read: number;
  delivered: number;
  deduplicated: number;
  late: number;
  invalid: number;
  errors: number;
  lastError?: string;
}

const emptyStats = (): TableStats => ({ read: 0, delivered: 0, deduplicated: 0, late: 0, invalid: 0, errors: 0 });

/**
 * Tails the Collector exporter's tables in ClickHouse and hands their rows, as records, to a
 * sink: the source for users whose Collectors already write there. Each poll reads every
 * table from its look-back to now (in pages), classifies rows by Position, delivers the new
 * ones and saves the positions in one insert. A failing query is counted, reported and tried
 * again on the next poll; nothing here throws into the caller.
 */
export class ClickHouseTailer {
  readonly stats = new Map<string, TableStats>();
  private readonly offsets: OffsetStore;
  private readonly positions = new Map<string, Position>();
  private readonly failures = new Map<string, number>();
  private readonly withClause = new Map<string, string>();
  private loaded = false;
  private chain: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;
  private stopped = false;
  private wake?: () => void;
  private timer?: NodeJS.Timeout;
  private readonly lateNs: bigint;
  private readonly now: () => bigint;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly opts: TailerOptions,
    private readonly sink: TailerSink,
    private readonly observer?: TailerObserver,
  ) {
    ident(opts.database);
    for (const s of opts.streams) {
      ident(s.table); // config errors surface here, before any query is built
      this.stats.set(s.table, emptyStats());
    }
    this.stats.set(OFFSETS_TABLE, emptyStats());
    this.offsets = new OffsetStore(client, opts.database);
    this.lateNs = BigInt(opts.latenessMs) * 1_000_000n;
    this.now = opts.now ?? (() => BigInt(Date.now()) * 1_000_000n);
  }

  /** Polls every poll_interval_ms (at once again while a backlog remains) until stop(). */
  start(): void {
    this.loop ??= this.run();
  }

  /** Finishes the poll under way (which saves positions) and stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
    await this.loop;
    await this.chain;
    // Positions whose save failed last time get one more try, so a restart repeats nothing.
    await this.save();
  }

  /** One poll of every table, then a save. Polls never overlap. `more`: a backlog remains. */
  pollOnce(): Promise<{ more: boolean }> {
    const next = this.chain.then(() => this.poll());
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Current watermark of a table (ns), for tests and status. */
  watermark(table: string): bigint | undefined {
    return this.positions.get(table)?.watermark;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const { more } = await this.pollOnce().catch(() => ({ more: false }));
      if (!more && !this.stopped) await this.sleep(this.opts.pollIntervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }

  private async poll(): Promise<{ more: boolean }> {
    if (this.opts.ready && !(await this.opts.ready().catch(() => false))) return { more: false };
    if (!(await this.load())) return { more: false };
    let more = false;
    for (const spec of this.opts.streams) {
      try {
        if (await this.pollTable(spec)) more = true;
        this.succeeded(spec.table);
      } catch (err) {
        this.withClause.delete(spec.table);
        this.failed(spec.table, err);
      }
    }
    await this.save();
    return { more: more && !this.stopped };
  }

  /**
   * Positions are read once, before the first poll. Until they can be (server down, table
   * not created yet) nothing is read: starting over from start_from instead would skip or
   * repeat rows.
   */
  private async load(): Promise<boolean> {
    if (this.loaded) return true;
    try {
      const saved = await this.offsets.load(this.opts.streams.map((s) => s.table));
      const maxKeys = this.opts.maxKeysPerTable ?? 1_000_000;
      const nowNs = this.now();
      for (const s of this.opts.streams) {
        const p = saved.get(s.table);
        this.positions.set(s.table, p ? new Position(p, this.lateNs, maxKeys) : Position.start(this.opts.startFrom, nowNs, this.lateNs, maxKeys));
      }
      this.loaded = true;
      this.succeeded(OFFSETS_TABLE);
      return true;
    } catch (err) {
      this.failed(OFFSETS_TABLE, err);
      return false;
    }
  }

  private async save(): Promise<void> {
    const dirty = [...this.positions].filter(([, p]) => p.dirty);
    if (dirty.length === 0) return;
    try {
      await this.offsets.save(dirty.map(([table, p]) => [table, p.saved()]));
      for (const [, p] of dirty) p.dirty = false;
      this.succeeded(OFFSETS_TABLE);
    } catch (err) {
      // Still dirty: saved with the next poll. Until then a crash repeats this poll's rows.
      this.failed(OFFSETS_TABLE, err);
    }
  }

  /** Reads one table up to now, page by page. True when the page limit stopped it early. */
  private async pollTable(spec: StreamSpec): Promise<boolean> {
    const pos = this.positions.get(spec.table)!;
    const nowNs = this.now();
    const target = nowNs > pos.watermark ? nowNs : pos.watermark;
    const deliverAfter = pos.deliverAfter();
    let cursor = pos.scanFrom();
    const pageRows = this.opts.pageRows ?? 10_000;
    const maxPages = this.opts.maxPagesPerPoll ?? 10;
    let pages = 0;
    while (!this.stopped) {
      const hi = await this.pageEnd(spec, cursor, target, pageRows);
      const rows = await this.readRows(spec, cursor, hi);
      this.deliver(spec, pos, rows, deliverAfter);
      // Pages re-reading the look-back do not count against the limit: they move nothing,
      // and with a small limit they alone could use it up, poll after poll.
      const moved = hi > pos.watermark;
      pos.advance(hi);
      cursor = hi;
      if (hi >= target) return false;
      if (moved && ++pages >= maxPages) return true;
    }
    return true;
  }

  /**
   * Where a page ends: the time of its pageRows-th row, or `target` when fewer remain. The
   * page then takes every row up to and including that time, so rows sharing a timestamp
   * (a metrics export stamps all its points alike) are never split across pages.
   */
  private async pageEnd(spec: StreamSpec, lo: bigint, target: bigint, pageRows: number): Promise<bigint> {
    const t = ident(spec.timeColumn);
    const rs = await this.client.query({
      query:
        `SELECT count() AS n, ${nanos('max(t)')} AS last FROM (SELECT ${t} AS t FROM ${this.from(spec)} ` +
        `WHERE ${this.range(t)} ORDER BY ${t} LIMIT {limit:UInt32})`,
      query_params: { lo: lo.toString(), hi: target.toString(), limit: pageRows },
      format: 'JSONEachRow',
    });
    const [r] = await rs.json<{ n: number | string; last: string }>();
    return Number(r?.n ?? 0) < pageRows ? target : BigInt(r.last);
  }

  /**
   * `WITH default AS Column, ...` for the optional columns the table lacks, so the SELECT
   * list reads the same either way. Looked up once per table, again after a failure (the
   * table may have been recreated with another layout).
   */
  private async defaults(spec: StreamSpec): Promise<string> {
    const known = this.withClause.get(spec.table);
    if (known !== undefined) return known;
    let clause = '';
    const optional = Object.entries(spec.optional ?? {});
    if (optional.length > 0) {
      const rs = await this.client.query({
        query: 'SELECT name FROM system.columns WHERE database = {db:String} AND table = {table:String}',
        query_params: { db: this.opts.database, table: spec.table },
        format: 'JSONEachRow',
      });
      const have = new Set((await rs.json<{ name: string }>()).map((r) => r.name));
      const missing = optional.filter(([col]) => !have.has(col));
      if (missing.length > 0) clause = `WITH ${missing.map(([col, sql]) => `${sql} AS ${ident(col)}`).join(', ')} `;
    }
    this.withClause.set(spec.table, clause);
    return clause;
  }

  private async readRows(spec: StreamSpec, lo: bigint, hi: bigint): Promise<Row[]> {
    const t = ident(spec.timeColumn);
    const rs = await this.client.query({
      query:
        `${await this.defaults(spec)}SELECT ${spec.columns}, ${nanos(t)} AS _ts, toString(cityHash64(${[t, ...spec.identity].join(', ')})) AS _key ` +
        `FROM ${this.from(spec)} WHERE ${this.range(t)} ORDER BY ${t}`,
      query_params: { lo: lo.toString(), hi: hi.toString() },
      format: 'JSONEachRow',
      clickhouse_settings: READ_SETTINGS,
    });
    return rs.json<Row>();
  }

  private from(spec: StreamSpec): string {
    return `${ident(this.opts.database)}.${ident(spec.table)}`;
  }

  /** (lo, hi] in ns, bound as parameters. */
  private range(t: string): string {
    return `${t} > fromUnixTimestamp64Nano({lo:Int64}) AND ${t} <= fromUnixTimestamp64Nano({hi:Int64})`;
  }

  private deliver(spec: StreamSpec, pos: Position, rows: Row[], deliverAfter: bigint): void {
    const stats = this.stats.get(spec.table)!;
    const shared = new SharedObjects();
    const out: SourceRecord[] = [];
    let dup = 0, late = 0, invalid = 0;
    for (const row of rows) {
      let record: SourceRecord | undefined;
      let ts: bigint;
      try {
        ts = BigInt(row._ts as string);
      } catch {
        invalid++;
        continue;
      }
      const verdict = pos.classify(String(row._key), ts, deliverAfter);
      if (verdict === 'duplicate') dup++;
      else if (verdict === 'late') late++;
      else {
        // A row that cannot be converted is skipped (and stays seen): retrying it would
        // stop the table at the same row forever.
        try {
          record = spec.toRecord(row, shared);
        } catch {
          invalid++;
        }
        if (record) out.push(record);
      }
    }
    this.count(spec.table, stats, 'read', rows.length);
    this.count(spec.table, stats, 'deduplicated', dup);
    this.count(spec.table, stats, 'late', late);
    this.count(spec.table, stats, 'invalid', invalid);
    if (out.length === 0) return;
    this.count(spec.table, stats, 'delivered', out.length);
    // The sink is the store stage's fan-out, which already isolates each consumer.
    if (spec.signal === 'traces') this.sink.traces(out as SpanRecord[]);
    else if (spec.signal === 'logs') this.sink.logs(out as LogRecordItem[]);
    else this.sink.metrics(out as MetricPoint[]);
  }

  private count(table: string, stats: TableStats, outcome: RowOutcome, n: number): void {
    if (n === 0) return;
    stats[outcome] += n;
    this.observer?.rows(table, outcome, n);
  }

  private succeeded(table: string): void {
    this.failures.set(table, 0);
  }

  private failed(table: string, err: unknown): void {
    const n = (this.failures.get(table) ?? 0) + 1;
    this.failures.set(table, n);
    const stats = this.stats.get(table);
    if (stats) {
      stats.errors++;
      stats.lastError = String(err);
    }
    this.observer?.error(table, err, n);
  }
}

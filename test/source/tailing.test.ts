// Incremental tailing against the real engine, with a clock the test moves (no waiting on
// wall time): each row delivered once across polls, late rows within the allowance
// delivered, older ones counted, backlogs paged, positions resumed after a restart, and
// failing reads reported and retried. Each test uses its own database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logsStream } from '../../src/source/clickhouse/logs.ts';
import { tracesStream } from '../../src/source/clickhouse/traces.ts';
import { OFFSETS_TABLE, type TailerObserver } from '../../src/source/clickhouse/index.ts';
import { CollectingSink, fakeClock, insertRows, MAP, migrateDatabase, MS, openTestStore, SEC, spanRow, tailer, type TestStore } from './helpers.ts';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore('source-tailing');
});
afterAll(async () => store?.close());

const traces = [tracesStream('otel_traces')];
const ids = (sink: CollectingSink) => sink.spans.map((s) => s.name);
let nextSpanId = 1;
const span = (ts: bigint, name: string) => spanRow(ts, (nextSpanId++).toString(16).padStart(16, '0'), { SpanName: ['String', name] });

describe('clickhouse source: tailing', () => {
  it('delivers every row once across polls; late rows within the allowance once, older ones counted as late', async () => {
    const db = 'tail_once';
    await migrateDatabase(store.client, db);
    const clock = fakeClock();
    const T0 = clock.value;
    const insert = (rows: ReturnType<typeof span>[]) => insertRows(store.client, 'otel_traces', rows, db);
    const sink = new CollectingSink();
    const t = tailer(store.client, sink, clock, { database: db, streams: traces, latenessMs: 5000 });

    // Started "now": the allowance before the start is read, anything older is not ours.
    await insert([span(T0 - 1n * SEC, 'a'), span(T0 - 6n * SEC, 'before-start')]);
    await t.pollOnce();
    expect(ids(sink)).toEqual(['a']);
    expect(t.watermark('otel_traces')).toBe(T0);

    clock.advance(1n * SEC);
    await insert([span(clock.value - 500n * MS, 'b')]);
    await t.pollOnce();
    expect(ids(sink)).toEqual(['a', 'b']);
    const s = t.stats.get('otel_traces')!;
    expect(s.deduplicated).toBe(1); // 'a' read again within the look-back, not delivered again

    clock.advance(10n * SEC);
    await t.pollOnce();
    const W = clock.value;
    expect(t.watermark('otel_traces')).toBe(W);

    // Arrive after the watermark passed their time: 3 s behind is within the 5 s allowance,
    // 7 s behind is not (counted as late), 20 s behind is past the look-back (never seen).
    await insert([span(W - 3n * SEC, 'c'), span(W - 7n * SEC, 'too-late'), span(W - 20n * SEC, 'way-too-late'), span(W + 1n, 'd')]);
    clock.advance(1n * SEC);
    await t.pollOnce();
    expect(ids(sink)).toEqual(['a', 'b', 'c', 'd']);
    expect(s.late).toBe(1);

    // More polls: nothing new delivered, the late row is not counted again.
    for (let i = 0; i < 3; i++) {
      clock.advance(1n * SEC);
      await t.pollOnce();
    }
    expect(ids(sink)).toEqual(['a', 'b', 'c', 'd']);
    expect(s).toMatchObject({ delivered: 4, late: 1, invalid: 0, errors: 0 });
    expect(s.read).toBe(s.delivered + s.deduplicated + s.late);
    await t.stop();
  });

  it('pages through a backlog from the earliest row, never splitting rows that share a timestamp', async () => {
    const db = 'tail_pages';
    await migrateDatabase(store.client, db);
    const clock = fakeClock();
    const base = clock.value - 3600n * SEC;
    const rows = Array.from({ length: 23 }, (_, i) => span(base + BigInt(i) * SEC, `s${String(i).padStart(2, '0')}`));
    // Seven spans stamped alike (a page is 5 rows), then more after them.
    for (let i = 0; i < 7; i++) rows.push(span(base + 30n * SEC, `tie${i}`));
    rows.push(span(base + 31n * SEC, 'zz-last'));
    await insertRows(store.client, 'otel_traces', rows, db);

    const sink = new CollectingSink();
    const t = tailer(store.client, sink, clock, { database: db, streams: traces, startFrom: 'earliest', pageRows: 5, maxPagesPerPoll: 2 });
    const first = await t.pollOnce();
    expect(first.more).toBe(true); // the page limit stopped it; the loop polls again at once
    expect(sink.spans).toHaveLength(10);
    let polls = 1;
    for (let more = true; more; polls++) more = (await t.pollOnce()).more;
    expect(polls).toBe(3); // 10 + 10 + the rest (the ties make one page 10 rows long)
    expect(sink.spans).toHaveLength(31);
    expect(new Set(ids(sink)).size).toBe(31);
    const tiedBatch = sink.spanBatches.find((b) => b.includes('tie0'))!;
    expect(tiedBatch.filter((n) => n.startsWith('tie'))).toHaveLength(7);
    expect(Math.max(...sink.spanBatches.map((b) => b.length))).toBeLessThanOrEqual(10);
    // Delivered in timestamp order.
    const times = sink.spans.map((s) => s.startNs);
    expect(times).toEqual([...times].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(t.watermark('otel_traces')).toBe(clock.value);
    await t.stop();
  });

  it('resumes after a stop: nothing delivered again, nothing missed (start_from is ignored once a position is saved)', async () => {
    const db = 'tail_resume';
    await migrateDatabase(store.client, db);
    const clock = fakeClock();
    const insert = (r: ReturnType<typeof span>[]) => insertRows(store.client, 'otel_traces', r, db);
    await insert([span(clock.value - 2n * SEC, 'old-1'), span(clock.value - 1n * SEC, 'old-2')]);
    const first = new CollectingSink();
    const t1 = tailer(store.client, first, clock, { database: db, streams: traces });
    await t1.pollOnce();
    clock.advance(2n * SEC);
    await insert([span(clock.value - 1n * SEC, 'old-3')]);
    await t1.pollOnce();
    await t1.stop();
    expect(ids(first)).toEqual(['old-1', 'old-2', 'old-3']);
    const W = t1.watermark('otel_traces')!;

    // While stopped: a new row, and one stamped before the saved watermark but within the allowance.
    clock.advance(3n * SEC);
    await insert([span(W - 2n * SEC, 'late-while-down'), span(clock.value - 1n * SEC, 'new')]);

    const second = new CollectingSink();
    // 'earliest' would deliver everything again if the saved position were not used.
    const t2 = tailer(store.client, second, clock, { database: db, streams: traces, startFrom: 'earliest' });
    await t2.pollOnce();
    expect(ids(second).sort()).toEqual(['late-while-down', 'new']);
    expect(t2.stats.get('otel_traces')).toMatchObject({ deduplicated: 3, late: 0 });
    clock.advance(1n * SEC);
    await t2.pollOnce();
    expect(ids(second)).toHaveLength(2);
    await t2.stop();
  });

  it('reports a failing table and retries it on the next poll without stopping the others', async () => {
    const db = 'tail_fail';
    await migrateDatabase(store.client, db);
    const clock = fakeClock();
    const errors: Array<[string, number]> = [];
    const observer: TailerObserver = { rows: () => {}, error: (table, _err, n) => errors.push([table, n]) };
    const sink = new CollectingSink();
    const t = tailer(store.client, sink, clock, { database: db }, observer);
    await t.pollOnce();

    await store.client.command({ query: `RENAME TABLE ${db}.otel_metrics_summary TO ${db}.summary_away` });
    clock.advance(1n * SEC);
    await insertRows(store.client, 'otel_traces', [span(clock.value - 100n * MS, 'during-outage')], db);
    await t.pollOnce();
    clock.advance(1n * SEC);
    await t.pollOnce();
    expect(errors).toEqual([['otel_metrics_summary', 1], ['otel_metrics_summary', 2]]);
    expect(t.stats.get('otel_metrics_summary')!.lastError).toMatch(/summary/);
    expect(ids(sink)).toEqual(['during-outage']); // the other tables go on

    await store.client.command({ query: `RENAME TABLE ${db}.summary_away TO ${db}.otel_metrics_summary` });
    await insertRows(store.client, 'otel_metrics_summary', [{
      MetricName: ['String', 'after-outage'], TimeUnix: ['ns', clock.value - 1500n * MS], Count: ['UInt64', 1],
    }], db);
    clock.advance(1n * SEC);
    await t.pollOnce();
    expect(errors).toHaveLength(2);
    expect(sink.points.map((p) => p.name)).toEqual(['after-outage']);
  });

  it('tails a logs table in an older exporter layout (no EventName, schema URLs or scope attributes)', async () => {
    const db = 'tail_old_layout';
    await migrateDatabase(store.client, db);
    await store.client.command({ query: `DROP TABLE ${db}.otel_logs` });
    await store.client.command({
      query:
        `CREATE TABLE ${db}.otel_logs (Timestamp DateTime64(9), TraceId String, SpanId String, TraceFlags UInt32, ` +
        `SeverityText LowCardinality(String), SeverityNumber Int32, ServiceName LowCardinality(String), Body String, ` +
        `ResourceAttributes Map(LowCardinality(String), String), ScopeName String, ScopeVersion String, ` +
        `LogAttributes Map(LowCardinality(String), String)) ENGINE = MergeTree ORDER BY (ServiceName, Timestamp)`,
    });
    const clock = fakeClock();
    await insertRows(store.client, 'otel_logs', [{
      Timestamp: ['ns', clock.value - 1n * SEC], ServiceName: ['String', 'legacy'], Body: ['String', 'old layout'],
      SeverityNumber: ['Int32', 9], LogAttributes: [MAP, { k: 'v' }],
    }], db);
    const sink = new CollectingSink();
    const t = tailer(store.client, sink, clock, { database: db, streams: [logsStream('otel_logs')] });
    await t.pollOnce();
    expect(t.stats.get('otel_logs')!.lastError).toBeUndefined();
    expect(sink.logs).toHaveLength(1);
    expect(sink.logs[0]).toMatchObject({ body: 'old layout', severityNumber: 9, eventName: '', attributes: ['k', 'v'] });
    expect(sink.logs[0].scope).toMatchObject({ attributes: [], schemaUrl: '' });
    await t.stop();
  });

  it('reads nothing until its saved positions can be read, then carries on from them', async () => {
    const db = 'tail_offsets';
    await migrateDatabase(store.client, db);
    const clock = fakeClock();
    const insert = (r: ReturnType<typeof span>[]) => insertRows(store.client, 'otel_traces', r, db);
    const t1 = tailer(store.client, new CollectingSink(), clock, { database: db, streams: traces });
    await insert([span(clock.value - 1n * SEC, 'seen-before')]);
    await t1.pollOnce();
    await t1.stop();

    await store.client.command({ query: `RENAME TABLE ${db}.${OFFSETS_TABLE} TO ${db}.offsets_away` });
    const sink = new CollectingSink();
    const t2 = tailer(store.client, sink, clock, { database: db, streams: traces, startFrom: 'earliest' });
    clock.advance(1n * SEC);
    await insert([span(clock.value - 1n * SEC, 'after')]);
    await t2.pollOnce();
    await t2.pollOnce();
    expect(sink.spans).toEqual([]);
    expect(t2.stats.get(OFFSETS_TABLE)!.errors).toBe(2);

    await store.client.command({ query: `RENAME TABLE ${db}.offsets_away TO ${db}.${OFFSETS_TABLE}` });
    await t2.pollOnce();
    expect(ids(sink)).toEqual(['after']);
    await t2.stop();
  });
});

// The pure parts of the source: row classification by time and identity, enum names,
// JSON numbers, and the guards on table names from the configuration.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';
import { SpanKind, StatusCode } from '../../src/records.ts';
import { ClickHouseTailer, sourceStreams } from '../../src/source/clickhouse/index.ts';
import { spanKindFromName, statusCodeFromName } from '../../src/source/clickhouse/kinds.ts';
import { Position } from '../../src/source/clickhouse/position.ts';
import { num } from '../../src/source/clickhouse/sql.ts';

const L = 5_000n;

describe('Position', () => {
  it('delivers unseen rows after W − L, counts unseen rows in the late zone once, and repeats nothing', () => {
    const p = Position.start('now', 100_000n, L, 1000);
    expect(p.scanFrom()).toBe(95_000n); // a fresh start reads the allowance before it, no further
    let after = p.deliverAfter();
    expect(p.classify('a', 96_000n, after)).toBe('deliver');
    expect(p.classify('a', 96_000n, after)).toBe('duplicate');
    p.advance(120_000n);
    expect(p.scanFrom()).toBe(110_000n);
    after = p.deliverAfter();
    expect(p.classify('late', 114_000n, after)).toBe('late');
    expect(p.classify('late', 114_000n, after)).toBe('duplicate');
    expect(p.classify('ok', 116_000n, after)).toBe('deliver');
    // Keys behind the look-back are forgotten: those rows are never read again.
    expect(p.seenCount).toBe(2);
  });

  it('from the earliest row delivers everything, epoch-stamped rows included', () => {
    const p = Position.start('earliest', 100_000n, L, 1000);
    expect(p.scanFrom()).toBeLessThan(0n);
    expect(p.classify('zero', 0n, p.deliverAfter())).toBe('deliver');
  });

  it('round-trips through its saved form and keeps no more keys than its bound', () => {
    const p = Position.start('now', 1_000_000n, L, 3);
    const after = p.deliverAfter();
    for (let i = 0; i < 5; i++) p.classify(`k${i}`, 999_000n + BigInt(i), after);
    p.advance(1_000_001n);
    expect(p.seenCount).toBe(3);
    expect(p.evicted).toBe(2);
    const restored = new Position(p.saved(), L, 3);
    expect(restored.watermark).toBe(1_000_001n);
    expect(restored.classify('k4', 999_004n, restored.deliverAfter())).toBe('duplicate');
    expect(restored.classify('k0', 999_000n, restored.deliverAfter())).toBe('deliver'); // evicted: the price of the bound
    expect(restored.dirty).toBe(true);
    expect(new Position(p.saved(), L, 3).dirty).toBe(false);
  });
});

describe('enum names written by exporters', () => {
  it('maps pdata names and protobuf enum names back to OTLP numbers', () => {
    expect(['Server', 'SPAN_KIND_SERVER', 'server'].map(spanKindFromName)).toEqual([SpanKind.SERVER, SpanKind.SERVER, SpanKind.SERVER]);
    expect(['Internal', 'Client', 'SPAN_KIND_PRODUCER', 'Consumer', 'Unspecified', '', 'nonsense'].map(spanKindFromName)).toEqual([
      SpanKind.INTERNAL, SpanKind.CLIENT, SpanKind.PRODUCER, SpanKind.CONSUMER, SpanKind.UNSPECIFIED, SpanKind.UNSPECIFIED, SpanKind.UNSPECIFIED,
    ]);
    expect(['Unset', 'Ok', 'Error', 'STATUS_CODE_ERROR', 'STATUS_CODE_OK', 'x'].map(statusCodeFromName)).toEqual([
      StatusCode.UNSET, StatusCode.OK, StatusCode.ERROR, StatusCode.ERROR, StatusCode.OK, StatusCode.UNSET,
    ]);
  });

  it('reads JSON numbers as either engine writes them, non-finite ones included', () => {
    expect([num(3), num('18'), num('nan'), num('inf'), num('-inf'), num('1.5e3')]).toEqual([3, 18, NaN, Infinity, -Infinity, 1500]);
  });
});

describe('table names', () => {
  it('must be plain identifiers in the configuration', () => {
    expect(() => parseConfig({ source: { type: 'clickhouse', clickhouse: { tables: { traces: 'otel_traces; DROP TABLE x' } } } }, {})).toThrow(ConfigError);
    expect(() => parseConfig({ source: { clickhouse: { tables: { metrics: 'a.b' } } } }, {})).toThrow(ConfigError);
    const c = parseConfig({}, {});
    expect(c.source).toEqual({
      type: 'otlp',
      clickhouse: { poll_interval_ms: 1000, lateness_ms: 5000, tables: { traces: 'otel_traces', logs: 'otel_logs', metrics: 'otel_metrics' }, start_from: 'now' },
    });
  });

  it('are checked again by the tailer before any query is built', () => {
    const opts = { database: 'otel', pollIntervalMs: 1000, latenessMs: 5000, startFrom: 'now' as const };
    const sink = { traces: () => {}, logs: () => {}, metrics: () => {} };
    const bad = sourceStreams({ traces: 'otel_traces`', logs: 'otel_logs', metrics: 'otel_metrics' });
    expect(() => new ClickHouseTailer({} as never, { ...opts, streams: bad }, sink)).toThrow(/plain identifier/);
    expect(() => new ClickHouseTailer({} as never, { ...opts, database: 'a b', streams: [] }, sink)).toThrow(/plain identifier/);
    const names = sourceStreams({ traces: 't', logs: 'l', metrics: 'm' }).map((s) => s.table);
    expect(names).toEqual(['t', 'l', 'm_gauge', 'm_sum', 'm_histogram', 'm_exponential_histogram', 'm_summary']);
  });
});

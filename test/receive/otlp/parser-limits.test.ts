// Limits that must hold before the expensive work: nesting is measured before JSON.parse,
// over-long integer text is refused by its length, and no error text grows with the request.
import { catchErr } from '../../helpers/catch.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError } from '../../../src/errors.ts';
import { decodeLogsJson } from '../../../src/receive/otlp/decode-logs.ts';
import { decodeMetricsJson } from '../../../src/receive/otlp/decode-metrics.ts';
import { decodeTracesJson } from '../../../src/receive/otlp/decode-traces.ts';
import { HttpReceiver } from '../../../src/receive/otlp/http.ts';
import { jsonNestingDepth, jsonNestingLimit } from '../../../src/receive/otlp/json-nesting.ts';
import { capMessage, MAX_MESSAGE_CHARS, MAX_PARTIAL_MESSAGE_CHARS } from '../../../src/receive/otlp/status.ts';
import type { TelemetrySink } from '../../../src/records.ts';
import { DEFAULT_DECODE_LIMITS } from '../../../src/records.ts';
import { Metrics } from '../../../src/telemetry/metrics.ts';

const L = DEFAULT_DECODE_LIMITS;


/** A span whose one attribute holds `inner` as its AnyValue. */
function spanWithValue(inner: string, extra = ''): string {
  return (
    '{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"0102030405060708090a0b0c0d0e0f10","spanId":"1112131415161718","name":"s"' +
    extra +
    ',"attributes":[{"key":"k","value":' +
    inner +
    '}]}]}]}]}'
  );
}

describe('JSON nesting is measured before parsing', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the scanner counts containers, skips strings (escaped quotes included) and stops past the limit', () => {
    expect(jsonNestingDepth('{}', 10)).toBe(1);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}', 10)).toBe(4);
    expect(jsonNestingDepth('"[[[[[["', 2)).toBe(0);
    expect(jsonNestingDepth('{"a":"x\\"[[[[[[","b":"\\\\"}', 2)).toBe(1);
    expect(jsonNestingDepth('{"k\\\\\\"[[[":1}', 2)).toBe(1);
    expect(jsonNestingDepth('[[[]]]', 3)).toBe(3);
    expect(jsonNestingDepth('[[[[]]]]', 3)).toBe(-1);
    expect(jsonNestingDepth('["unterminated [[[[', 1)).toBe(1);
    // Sequential containers do not add up.
    expect(jsonNestingDepth('[[],[],[[]]]', 10)).toBe(3);
  });

  it('8 MB of nested arrays is a 400 without JSON.parse being called', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const bomb = '['.repeat(4 * 1024 * 1024) + ']'.repeat(4 * 1024 * 1024);
    for (const decode of [decodeTracesJson, decodeLogsJson, decodeMetricsJson]) {
      const e = catchErr(() => decode(bomb, L));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.message).toMatch(/nesting deeper than \d+ levels/);
    }
    // Inside a valid envelope too, where the deep part is an attribute value.
    const deep = spanWithValue('{"arrayValue":{"values":[' + '['.repeat(100_000) + ']'.repeat(100_000) + ']}}');
    expect(catchErr(() => decodeTracesJson(deep, L)).message).toMatch(/nesting deeper/);
    expect(parse).not.toHaveBeenCalled();
  });

  it('nesting the AnyValue depth limit allows still parses: the pre-scan limit sits above it', () => {
    let v = '{"stringValue":"leaf"}';
    for (let d = 0; d < L.maxDepth; d++) v = `{"arrayValue":{"values":[${v}]}}`;
    expect(jsonNestingDepth(spanWithValue(v), 1000)).toBeLessThanOrEqual(jsonNestingLimit(L.maxDepth));
    // Parsed, then refused or kept by the AnyValue check itself, not by the scanner.
    const r = (() => {
      try {
        return decodeTracesJson(spanWithValue(v), L).items.length;
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(String(r)).not.toMatch(/nesting deeper/);
  });
});

describe('integer text is refused by its length', () => {
  it('a 4-million-digit intValue, timestamp or asInt is a 400 whose message does not quote it', () => {
    const digits = '9'.repeat(4_000_000);
    const cases = [
      () => decodeTracesJson(spanWithValue(`{"intValue":"${digits}"}`), L),
      () => decodeTracesJson(spanWithValue(`{"intValue":"-${digits}"}`), L),
      () => decodeTracesJson(spanWithValue('{"intValue":"1"}', `,"startTimeUnixNano":"${digits}"`), L),
      () => decodeTracesJson(spanWithValue('{"intValue":"1"}', `,"kind":"${digits}"`), L),
      () =>
        decodeMetricsJson(
          `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m","gauge":{"dataPoints":[{"asInt":"${digits}","timeUnixNano":"1"}]}}]}]}]}`,
          L,
        ),
    ];
    for (const run of cases) {
      const e = catchErr(run);
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.message.length).toBeLessThan(300);
    }
    // 20 characters is the most int64 needs, and it is still accepted.
    const ok = decodeTracesJson(spanWithValue('{"intValue":"-9223372036854775808"}'), L);
    expect(ok.items).toHaveLength(1);
  });
});

describe('error text is capped', () => {
  it('capMessage cuts long text with an ellipsis and never splits a surrogate pair', () => {
    expect(capMessage('short')).toBe('short');
    const long = capMessage('x'.repeat(10_000));
    expect(long.length).toBe(MAX_MESSAGE_CHARS);
    expect(long.endsWith('…')).toBe(true);
    const emoji = capMessage('a'.repeat(MAX_MESSAGE_CHARS - 2) + '😀'.repeat(10));
    expect(emoji.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(emoji.slice(0, -1)).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('a rejection reason quoting a huge scope name stays short in partial_success', () => {
    const scopeName = 's'.repeat(100_000);
    const body = `{"resourceSpans":[{"scopeSpans":[{"scope":{"name":"${scopeName}"},"spans":${JSON.stringify(
      Array.from({ length: 8 }, () => ({ traceId: 'zz', spanId: '1112131415161718', name: 'x' })),
    )}}]}]}`;
    const d = decodeTracesJson(body, L);
    expect(d.rejected).toBe(8);
    for (const reason of d.errors) expect(reason.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });
});

describe('over HTTP', () => {
  function receiver() {
    let consumed = 0;
    const sink: TelemetrySink = {
      consumeTraces: async (items) => void (consumed += items.length),
      consumeLogs: async (items) => void (consumed += items.length),
      consumeMetrics: async (items) => void (consumed += items.length),
    };
    const r = new HttpReceiver(
      { sink, limits: L, metrics: new Metrics() },
      { host: '127.0.0.1', port: 0, maxRequestBytes: 16 * 1024 * 1024, checkAuth: () => true },
    );
    return { r, consumed: () => consumed };
  }

  it('the nested-array bomb and the 4-million-digit integer get a short 400; nothing is stored', async () => {
    const { r, consumed } = receiver();
    const port = await r.start();
    try {
      const bodies = [
        '['.repeat(4 * 1024 * 1024) + ']'.repeat(4 * 1024 * 1024),
        spanWithValue(`{"intValue":"${'1'.repeat(4_000_000)}"}`),
      ];
      for (const body of bodies) {
        const res = await fetch(`http://127.0.0.1:${port}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(res.status).toBe(400);
        const text = await res.text();
        expect(text.length).toBeLessThan(MAX_MESSAGE_CHARS + 64);
        expect(JSON.parse(text).code).toBe(3);
      }
      // A 404 does not echo a long path back either.
      const res = await fetch(`http://127.0.0.1:${port}/${'p'.repeat(8000)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(404);
      expect((await res.text()).length).toBeLessThan(MAX_MESSAGE_CHARS + 64);
      expect(consumed()).toBe(0);
    } finally {
      await r.stop();
    }
  });

  it('partial_success.errorMessage stays under its cap however many long reasons there are', async () => {
    const { r } = receiver();
    const port = await r.start();
    try {
      const spans = Array.from({ length: 50 }, (_, i) => ({ traceId: 'bad', spanId: '1112131415161718', name: `s${i}` }));
      const body = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ scope: { name: 'n'.repeat(3000) }, spans }] }] });
      const res = await fetch(`http://127.0.0.1:${port}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(200);
      const partial = ((await res.json()) as { partialSuccess: { rejectedSpans: string; errorMessage: string } }).partialSuccess;
      expect(partial.rejectedSpans).toBe('50');
      expect(partial.errorMessage.length).toBeLessThanOrEqual(MAX_PARTIAL_MESSAGE_CHARS);
    } finally {
      await r.stop();
    }
  });
});

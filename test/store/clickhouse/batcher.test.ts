import { describe, expect, it } from 'vitest';
import { InvalidInputError, RetryableError } from '../../../src/errors.ts';
import { TableBatcher, type BatcherOptions } from '../../../src/store/clickhouse/batcher.ts';
import { ClickHouseWriter } from '../../../src/store/clickhouse/writer.ts';
import type { SpanRecord } from '../../../src/records.ts';

const opts: BatcherOptions = { maxRows: 5, maxDelayMs: 50, minIntervalMs: 0, maxRetries: 2, retryBaseMs: 1 };
const hooks = () => {
  const h = { settled: 0, stored: 0, errors: [] as boolean[] };
  return {
    h,
    hooks: {
      onSettled: (n: number) => void (h.settled += n),
      onStored: (_t: string, n: number) => void (h.stored += n),
      onError: (_t: string, _e: unknown, willRetry: boolean) => void h.errors.push(willRetry),
    },
  };
};

describe('TableBatcher', () => {
  it('resolves callers only after their batch is inserted, in one insert', async () => {
    const inserts: { body: string; token: string }[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { h, hooks: hk } = hooks();
    const b = new TableBatcher('db.t', ['a'], async (_t, _c, body, token) => {
      await gate;
      inserts.push({ body: body.toString(), token });
    }, opts, hk);
    let done = 0;
    const p1 = b.add('1\n', 1).then(() => done++);
    const p2 = b.add('2\n3\n', 2).then(() => done++);
    await new Promise((r) => setTimeout(r, 80));
    expect(done).toBe(0); // the insert has not finished, so nobody is acknowledged
    release();
    await Promise.all([p1, p2]);
    expect(inserts).toEqual([{ body: '1\n2\n3\n', token: expect.any(String) }]);
    expect(h).toMatchObject({ settled: 3, stored: 3 });
  });

  it('flushes at maxRows without waiting for the timer', async () => {
    const bodies: string[] = [];
    const b = new TableBatcher('db.t', ['a'], async (_t, _c, body) => void bodies.push(body.toString()), { ...opts, maxDelayMs: 60_000, minIntervalMs: 60_000 }, hooks().hooks);
    await b.add('1\n2\n3\n4\n5\n', 5);
    expect(bodies).toEqual(['1\n2\n3\n4\n5\n']);
  });

  it('a small batch waits out the insert interval; one of minIntervalRows goes at once', async () => {
    const bodies: string[] = [];
    const b = new TableBatcher('db.t', ['a'], async (_t, _c, body) => void bodies.push(body.toString()), { ...opts, maxRows: 100, maxDelayMs: 60_000, minIntervalMs: 60_000, minIntervalRows: 3 }, hooks().hooks);
    await b.add('0\n1\n9\n', 3);
    expect(bodies).toEqual(['0\n1\n9\n']);
    let small = false;
    void b.add('2\n', 1).then(() => (small = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(small).toBe(false);
    expect(bodies).toHaveLength(1);
    // Two more rows make three: the batch goes without waiting out the minute.
    await b.add('3\n4\n', 2);
    expect(small).toBe(true);
    expect(bodies).toEqual(['0\n1\n9\n', '2\n3\n4\n']);
  });

  it('with one insert in flight, rows past maxRows collect into one next batch, sent when the insert finishes', async () => {
    const bodies: string[] = [];
    const gates: (() => void)[] = [];
    const b = new TableBatcher('db.t', ['a'], async (_t, _c, body) => {
      await new Promise<void>((r) => gates.push(r));
      bodies.push(body.toString());
    }, { ...opts, maxRows: 2, maxDelayMs: 5, maxInflight: 1 }, hooks().hooks);
    const first = b.add('1\n2\n', 2);
    const rest = [b.add('3\n4\n', 2), b.add('5\n6\n', 2), b.add('7\n', 1)];
    // Past maxRows and past maxDelayMs: still only the first insert is under way.
    await new Promise((r) => setTimeout(r, 30));
    expect(gates).toHaveLength(1);
    gates[0]();
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(gates).toHaveLength(2);
    gates[1]();
    await Promise.all(rest);
    expect(bodies).toEqual(['1\n2\n', '3\n4\n5\n6\n7\n']);
  });

  it('maxInflight 2 lets a second full batch go out while the first is under way; flush() sends regardless', async () => {
    const gates: (() => void)[] = [];
    const b = new TableBatcher('db.t', ['a'], () => new Promise<void>((r) => gates.push(r)), { ...opts, maxRows: 1, maxDelayMs: 60_000, maxInflight: 2 }, hooks().hooks);
    const adds = [b.add('1\n', 1), b.add('2\n', 1), b.add('3\n', 1)];
    expect(gates).toHaveLength(2);
    const flushed = b.flush();
    expect(gates).toHaveLength(3);
    for (const g of gates) g();
    await Promise.all([...adds, flushed]);
  });

  it('retries with the same deduplication token, then succeeds', async () => {
    const tokens: string[] = [];
    const { h, hooks: hk } = hooks();
    const b = new TableBatcher('db.t', ['a'], async (_t, _c, _body, token) => {
      tokens.push(token);
      if (tokens.length < 3) throw new Error('connection reset');
    }, opts, hk);
    await b.add('1\n', 1);
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(1);
    expect(h.errors).toEqual([true, true]);
    expect(h.stored).toBe(1);
  });

  it('gives up after maxRetries with a RetryableError, and counts the rows as settled', async () => {
    const { h, hooks: hk } = hooks();
    const b = new TableBatcher('db.t', ['a'], async () => {
      throw new Error('ECONNREFUSED');
    }, opts, hk);
    const err = await b.add('1\n2\n', 2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableError);
    expect((err as Error).message).toContain('ECONNREFUSED');
    expect(h.errors).toEqual([true, true, false]);
    expect(h).toMatchObject({ settled: 2, stored: 0 });
  });

  it('when ClickHouse refuses the data of a batch, only the request carrying the bad rows fails, as bad input', async () => {
    const sent: string[] = [];
    const { h, hooks: hk } = hooks();
    const b = new TableBatcher('db.t', ['a'], async (_t, _c, body) => {
      sent.push(body.toString());
      if (body.includes('BAD')) throw Object.assign(new Error('Cannot parse input: expected ...'), { code: '27' });
    }, { ...opts, maxDelayMs: 60_000, minIntervalMs: 60_000 }, hk);
    const good1 = b.add('ok1\n', 1);
    const bad = b.add('BAD\n', 1);
    const good2 = b.add('ok2\n', 1);
    await b.flush();
    await expect(good1).resolves.toBeUndefined();
    await expect(good2).resolves.toBeUndefined();
    const err = await bad.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as Error).message).toMatch(/ClickHouse refused the data: Cannot parse input/);
    expect(sent).toEqual(['ok1\nBAD\nok2\n', 'ok1\n', 'BAD\n', 'ok2\n']);
    expect(h).toMatchObject({ settled: 3, stored: 2 });
  });

  it('flush() sends what is collected and waits for it', async () => {
    const bodies: string[] = [];
    const b = new TableBatcher('db.t', ['a'], async (_t, _c, body) => void bodies.push(body.toString()), { ...opts, maxDelayMs: 60_000, minIntervalMs: 60_000 }, hooks().hooks);
    const p = b.add('x\n', 1);
    await b.flush();
    await p;
    expect(bodies).toEqual(['x\n']);
  });
});

const span = (): SpanRecord => ({
  resource: { attributes: [], droppedAttributesCount: 0, schemaUrl: '', serviceName: 's' },
  scope: { name: '', version: '', attributes: [], droppedAttributesCount: 0, schemaUrl: '' },
  traceId: '0'.repeat(32), spanId: '1'.repeat(16), parentSpanId: '', traceState: '', flags: 0, name: 'n', kind: 2,
  startNs: 1n, endNs: 2n, attributes: [], droppedAttributesCount: 0, events: [], droppedEventsCount: 0, links: [],
  droppedLinksCount: 0, statusCode: 0, statusMessage: '',
});

describe('ClickHouseWriter admission', () => {
  const observer = { queueDepth: () => {}, stored: () => {}, storageError: () => {} };

  it('refuses writes over the queue limit with a retryable error instead of buffering', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const w = new ClickHouseWriter(async () => gate, { ...opts, maxRows: 1000, database: 'db', maxQueueRows: 3 }, observer, async () => true);
    const first = w.writeSpans([span(), span()]);
    expect(() => w.writeSpans([span(), span()])).toThrow(RetryableError);
    expect(w.queueDepth).toBe(2);
    release();
    await first;
    expect(w.queueDepth).toBe(0);
    await w.writeSpans([span(), span(), span()]);
  });

  it('a refused batch is not an outage: the next write is admitted', async () => {
    let calls = 0;
    const w = new ClickHouseWriter(async () => {
      if (calls++ === 0) throw Object.assign(new Error('Cannot parse DateTime'), { code: '41' });
    }, { ...opts, database: 'db', maxQueueRows: 100 }, observer, async () => false);
    await expect(w.writeSpans([span()])).rejects.toBeInstanceOf(InvalidInputError);
    expect(w.available).toBe(true);
    await w.writeSpans([span()]);
  });

  it('after a failed batch refuses writes until the probe says storage is back', async () => {
    let up = false;
    const w = new ClickHouseWriter(async () => {
      if (!up) throw new Error('down');
    }, { ...opts, database: 'db', maxQueueRows: 100 }, observer, async () => up);
    await expect(w.writeSpans([span()])).rejects.toBeInstanceOf(RetryableError);
    expect(w.available).toBe(false);
    expect(() => w.writeSpans([span()])).toThrow(/storage unavailable/);
    up = true;
    // The refused write starts a probe; once it answers, writes are admitted again.
    for (let i = 0; i < 50 && !w.available; i++) {
      try {
        w.writeSpans([span()]);
      } catch {
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    expect(w.available).toBe(true);
    await w.writeSpans([span()]);
  });
});

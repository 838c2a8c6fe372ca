// The delivery queue on its own: ordering per key, classified failures, dead letters, bounds,
// back-pressure and draining. Targets here are plain functions that fail the way Postgres and
// HTTP peers fail (SQLSTATE codes, socket error codes, HTTP statuses).
import { describe, expect, it } from 'vitest';
import { DeliveryQueue, type DeadLetter, type DeliveryItem } from '../../src/delivery/index.ts';
import { HttpStatusError } from '../../src/errors.ts';

const sqlError = (code: string) => Object.assign(new Error(`sqlstate ${code}`), { code });
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

function harness(opts: ConstructorParameters<typeof DeliveryQueue>[0] = {}) {
  const dead: DeadLetter[] = [];
  const retries: Array<{ cls: string; attempt: number }> = [];
  const q = new DeliveryQueue(
    { drainMs: 500, ...opts, targets: { t: { baseDelayMs: 2, maxDelayMs: 10, maxAttempts: 3, ...opts.targets?.t } } },
    { write: async (e) => void dead.push(e) },
    { retried: (_t, _k, cls, _e, attempt) => void retries.push({ cls, attempt }) },
  );
  const log: string[] = [];
  const item = (key: string, name: string, run: () => Promise<void> = async () => void log.push(name), extra: Partial<DeliveryItem> = {}): DeliveryItem => ({
    target: 't', key, kind: 'test', payload: { name }, run, ...extra,
  });
  return { q, dead, retries, log, item };
}

describe('DeliveryQueue', () => {
  it('delivers items of one key in order, one at a time', async () => {
    const { q, log, item } = harness({ targets: { t: { concurrency: 4 } } });
    let inflight = 0;
    let most = 0;
    const slow = (name: string) => async () => {
      inflight++;
      most = Math.max(most, inflight);
      await new Promise((r) => setTimeout(r, 5));
      log.push(name);
      inflight--;
    };
    for (let i = 0; i < 5; i++) q.send(item('incident-1', `a${i}`, slow(`a${i}`)));
    await q.drained();
    expect(log).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(most).toBe(1);
  });

  it('retries a passing failure with backoff, then delivers; other keys are not held up meanwhile', async () => {
    const { q, log, item, retries } = harness();
    let fails = 2;
    q.send(item('a', 'a1', async () => {
      if (fails-- > 0) throw sqlError('40001');
      log.push('a1');
    }));
    q.send(item('b', 'b1'));
    await q.drained();
    expect(log).toEqual(['b1', 'a1']);
    expect(retries.map((r) => r.cls)).toEqual(['retryable', 'retryable']);
  });

  it('sets a data error aside with its reason and delivers the items behind it', async () => {
    const { q, log, item, dead } = harness();
    q.send(item('a', 'bad', async () => {
      throw sqlError('22021');
    }));
    q.send(item('a', 'next'));
    await q.drained();
    expect(log).toEqual(['next']);
    expect(dead).toEqual([expect.objectContaining({ target: 't', key: 'a', errorClass: 'data', payload: { name: 'bad' } })]);
    expect(dead[0].reason).toContain('22021');
  });

  it('gives up a passing failure after maxAttempts and sets it aside', async () => {
    const { q, item, dead } = harness();
    let calls = 0;
    q.send(item('a', 'x', async () => {
      calls++;
      throw new HttpStatusError(503, 'unavailable');
    }));
    await q.drained();
    expect(calls).toBe(3);
    expect(dead.map((d) => d.errorClass)).toEqual(['retryable']);
  });

  it('does not retry a permanent refusal (HTTP 401)', async () => {
    const { q, item, dead } = harness();
    let calls = 0;
    q.send(item('a', 'x', async () => {
      calls++;
      throw new HttpStatusError(401, 'bad token');
    }));
    await q.drained();
    expect(calls).toBe(1);
    expect(dead.map((d) => d.errorClass)).toEqual(['permanent']);
  });

  it('pauses the whole target while it is unreachable, retrying until it answers, then delivers everything in order', async () => {
    const { q, log, item, dead } = harness();
    let down = true;
    const write = (name: string) => async () => {
      if (down) throw refused();
      log.push(name);
    };
    for (const n of ['a1', 'a2']) q.send(item('a', n, write(n)));
    q.send(item('b', 'b1', write('b1')));
    await new Promise((r) => setTimeout(r, 100));
    expect(q.available('t')).toBe(false);
    expect(q.targetDepth('t')).toBe(3);
    down = false;
    await q.drained();
    expect(q.available('t')).toBe(true);
    expect(log.filter((n) => n.startsWith('a'))).toEqual(['a1', 'a2']);
    expect(log).toHaveLength(3);
    expect(dead).toEqual([]);
  });

  it('cuts a batch that holds bad data into its parts, so only the bad part is set aside', async () => {
    const { q, log, item, dead } = harness();
    const rows = ['r1', 'poison', 'r3'];
    const batch = (part: string[]): DeliveryItem =>
      item('batch', part.join('+'), async () => {
        if (part.includes('poison')) throw sqlError('22P02');
        log.push(...part);
      }, { split: () => (part.length > 1 ? part.map((r) => batch([r])) : []) });
    let settled = '';
    q.send({ ...batch(rows), settled: (o) => void (settled = o) });
    await q.drained();
    expect(log).toEqual(['r1', 'r3']);
    expect(dead.map((d) => d.payload)).toEqual([{ name: 'poison' }]);
    expect(settled).toBe('set-aside');
  });

  it('is bounded: reports saturation past the soft share and refuses past the hard bound, keeping the refused item as a dead letter', async () => {
    const { q, item, dead } = harness({ maxItems: 4, softShare: 0.5 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    expect(q.send(item('a', '1', () => gate))).toBe(true);
    expect(q.saturated).toBe(false);
    expect(q.send(item('a', '2'))).toBe(true);
    expect(q.saturated).toBe(true);
    q.send(item('a', '3'));
    q.send(item('a', '4'));
    expect(q.send(item('a', '5'))).toBe(false);
    expect(dead.map((d) => [d.errorClass, d.payload])).toEqual([['overflow', { name: '5' }]]);
    release();
    await q.drained();
    expect(q.saturated).toBe(false);
  });

  it('bounds bytes too', () => {
    const { q, item } = harness({ maxBytes: 1000 });
    expect(q.send(item('a', 'big', () => new Promise(() => undefined), { bytes: 900 }))).toBe(true);
    expect(q.send(item('b', 'more', async () => undefined, { bytes: 200 }))).toBe(false);
  });

  it('stop() drains what it can, then spools what an unreachable target still holds; later sends are refused', async () => {
    const { q, log, item, dead } = harness({ drainMs: 100 });
    q.send(item('ok', 'fine'));
    q.send(item('down', 'stuck', async () => {
      throw refused();
    }));
    await q.stop();
    await q.stop();
    expect(log).toEqual(['fine']);
    expect(dead.map((d) => [d.errorClass, d.payload])).toEqual([['shutdown', { name: 'stuck' }]]);
    expect(q.depth).toBe(0);
    await q.drained();
    expect(q.send(item('late', 'late'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { patternSignature } from '../../src/patterns/signature.ts';
import type { PatternEvent } from '../../src/patterns/types.ts';

function mine(lines: string[], opts = {}): TemplateMiner {
  const m = new TemplateMiner(opts);
  for (const l of lines) m.add(l, 0);
  return m;
}

const templateSet = (m: TemplateMiner) => m.templates().map((t) => t.template).sort();

describe('TemplateMiner', () => {
  it('extracts the templates of a small sshd-like corpus', () => {
    const m = mine([
      'Accepted password for alice from 10.0.0.1 port 51234 ssh2',
      'Failed password for root from 10.0.0.9 port 40022 ssh2',
      'Accepted password for bob from 192.168.1.7 port 2222 ssh2',
      'Failed password for admin from 172.16.0.3 port 1999 ssh2',
      'Connection closed by 10.0.0.1 port 51234',
      'Connection closed by 10.0.0.2 port 40022',
      'Received disconnect from 10.0.0.1 port 51234:11: Bye Bye',
    ]);
    expect(templateSet(m)).toEqual([
      'Accepted password for <*> from <*> port <*> <*>',
      'Connection closed by <*> port <*>',
      'Failed password for <*> from <*> port <*> <*>',
      'Received disconnect from <*> port <*>: Bye Bye',
    ]);
  });

  it('generalises a differing token and keeps the cluster id while the signature changes', () => {
    const m = new TemplateMiner();
    const a = m.add('Started container checkout in pod shop', 0);
    const b = m.add('Started container cart in pod shop', 0);
    expect(a.isNew).toBe(true);
    expect(b.isNew).toBe(false);
    expect(b.generalised).toBe(true);
    expect(b.clusterId).toBe(a.clusterId);
    expect(b.template).toBe('Started container <*> in pod shop');
    expect(b.signature).not.toBe(a.signature);
    expect(b.signature).toBe(patternSignature(b.template));
    expect(b.count).toBe(2);
  });

  it('keeps templates with different words in leading positions apart', () => {
    const m = mine(['Cache hit for key user:1:profile', 'Cache miss for key user:2:profile', 'Cache hit for key user:3:profile']);
    expect(templateSet(m)).toEqual(['Cache hit for key user:<*>:profile', 'Cache miss for key user:<*>:profile']);
  });

  it('gives the same signatures from two independent miners', () => {
    const lines = ['GET /api/v1/users/42 took 12 ms', 'GET /api/v2/orders/7 took 130 ms', 'Pulling image "registry/x:1.2"'];
    const a = mine(lines).templates();
    const b = mine(lines).templates();
    expect(a.map((t) => [t.clusterId, t.signature, t.template])).toEqual(b.map((t) => [t.clusterId, t.signature, t.template]));
    // Fixed algorithm, so the value can be stored and compared across releases.
    expect(patternSignature('Connection closed by <*> port <*>')).toMatch(/^[0-9a-f]{16}$/);
    expect(patternSignature('a')).toBe('86f7e437faa5a7fc');
  });

  it('records counts, first/last seen and one sample per template', () => {
    const m = new TemplateMiner();
    m.add('worker 1 finished job 10', 1000);
    m.add('worker 2 finished job 11', 5000);
    const [t] = m.templates();
    expect(t).toMatchObject({ count: 2, firstSeen: 1000, lastSeen: 5000, sample: 'worker 1 finished job 10', template: 'worker <*> finished job <*>' });
  });

  it('matches without learning', () => {
    const m = mine(['Connection closed by 10.0.0.1 port 22']);
    expect(m.match('Connection closed by 10.9.9.9 port 80')?.template).toBe('Connection closed by <*> port <*>');
    expect(m.match('something else entirely')).toBeNull();
    expect(m.size).toBe(1);
  });

  it('honours the cluster cap by evicting the least recently seen cluster', () => {
    const events: PatternEvent[] = [];
    const m = new TemplateMiner({ maxClusters: 3, onEvent: (e) => events.push(e) });
    m.add('alpha one', 0);
    m.add('beta two three', 0);
    m.add('gamma four five six', 0);
    m.add('alpha one', 0); // touch alpha, so beta is now the oldest
    m.add('delta seven eight nine ten', 0);
    expect(m.size).toBe(3);
    expect(templateSet(m)).toEqual(['alpha one', 'delta seven eight nine ten', 'gamma four five six']);
    expect(events.filter((e) => e.kind === 'evicted').map((e) => e.cluster.template)).toEqual(['beta two three']);
    for (let i = 0; i < 5000; i++) m.add(`${'w'.repeat(1 + (i % 50))} x${String.fromCharCode(97 + (i % 26))} ${i % 7 ? 'y' : 'z'} q`, 0);
    expect(m.size).toBeLessThanOrEqual(3);
    // Evicted clusters take their tree nodes with them.
    expect(m.stats().nodes).toBeLessThanOrEqual(3 * 4);
  });

  it('caps children per node: extra leading tokens share the wildcard child', () => {
    const m = new TemplateMiner({ maxChildren: 4 });
    for (let i = 0; i < 20; i++) m.add(`${String.fromCharCode(97 + i)}word did a thing`, 0);
    // Four words got their own child; the other sixteen lines landed together and merged.
    expect(m.size).toBe(5);
    expect(templateSet(m)).toContain('<*> did a thing');
  });

  it('reports new templates and surges against the template’s own baseline', () => {
    const events: PatternEvent[] = [];
    const m = new TemplateMiner({ rate: { bucketMs: 1000, warmupBuckets: 3, minSurgeCount: 10, surgeFactor: 3 }, onEvent: (e) => events.push(e) });
    let surges = 0;
    // Five quiet buckets of 2 lines each, then a bucket of 40.
    for (let b = 0; b < 5; b++) for (let k = 0; k < 2; k++) surges += m.add(`payment 42 declined code 7`, b * 1000 + k).surge ? 1 : 0;
    expect(surges).toBe(0);
    for (let k = 0; k < 40; k++) surges += m.add(`payment 43 declined code 9`, 5000 + k).surge ? 1 : 0;
    expect(surges).toBe(1);
    expect(events.map((e) => e.kind)).toEqual(['new', 'surge']);
    const [r] = m.rates(5500);
    expect(r).toMatchObject({ current: 40, surging: true, buckets: 5 });
    expect(r.baseline).toBeGreaterThan(1);
    expect(r.baseline).toBeLessThan(3);
    expect(m.rates(9000)[0].current).toBe(0);
  });

  it('handles empty and whitespace-only lines', () => {
    const m = new TemplateMiner();
    expect(m.add('', 0).template).toBe('');
    expect(m.add('  \t ', 0)).toMatchObject({ template: '', isNew: false, count: 2 });
  });
});

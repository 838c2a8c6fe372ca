// Structured (JSON) log lines: mined as their message, or as their layout when they carry none.
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/patterns/json-line.ts';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { events, ids, picker } from './helpers.ts';

describe('JSON log lines', () => {
  it('reads the message key, or the layout, and leaves every other line alone', () => {
    expect(jsonText('{"level":30,"time":1,"msg":"request completed","res":{"statusCode":200}}')).toBe('request completed');
    expect(jsonText('  {"@t":"2026-12-07T10:00:00Z","@mt":"Order {OrderId} shipped","OrderId":7}\n')).toBe('Order {OrderId} shipped');
    expect(jsonText('{"kind":"Event","verb":"get","user":{"username":"x"},"code 2":1}')).toBe('{ kind verb user code__ }');
    for (const s of ['plain text', '{not json}', '{"a":1} trailing', '[1,2]', '{}', '{"msg":""}']) expect(jsonText(s)).toBe(s === '{"msg":""}' ? '{ msg }' : null);
  });

  it("groups a JSON logger's lines by message whatever their fields, and records without a message by the keys they have", () => {
    // Before, a zap logger's lines were split by the fields each carried (an error's stacktrace,
    // a request's optional ids) and merged across messages by their shared keys; an audit log
    // without a message was one event.
    const m = new TemplateMiner();
    const pick = picker(21);
    const zap = (i: number) => {
      const msg = pick(['Activity task completed', 'Workflow task timed out', 'Persistence error']);
      const extra = msg === 'Persistence error' ? { error: `context deadline exceeded after ${i} ms`, stacktrace: `go.temporal.io/server.(*x).Y\n\t/src/x.go:${100 + i}` } : i % 3 === 0 ? { 'wf-id': `order-${i}`, 'wf-run-id': `${(0xabc000 + i).toString(16)}` } : {};
      return JSON.stringify({ level: msg === 'Persistence error' ? 'error' : pick(['info', 'debug']), ts: `2026-12-07T10:${10 + (i % 50)}:00.${100 + i}Z`, msg, 'shard-id': i % 16, ...extra, 'logging-call-at': `handler.go:${200 + (i % 9)}` });
    };
    const got = ids(m, Array.from({ length: 120 }, (_, i) => zap(i)));
    expect(events(m, got).size).toBe(3);
    const a = new TemplateMiner();
    const audit = (i: number) => JSON.stringify({
      kind: 'Event', level: pick(['Metadata', 'Request']), auditID: `${(0x1f3ab2 + i).toString(16)}`, stage: pick(['ResponseComplete', 'RequestReceived']), verb: pick(['get', 'list', 'update']),
      user: { username: pick(['system:serviceaccount:argocd:app', 'oidc:alice@example.com']), groups: ['system:authenticated'] },
      ...(i % 2 === 0 ? { objectRef: { resource: 'pods', namespace: `ns-${i % 5}` } } : {}),
      requestReceivedTimestamp: `2026-12-07T10:00:${10 + (i % 50)}.000Z`,
    });
    const aud = ids(a, Array.from({ length: 80 }, (_, i) => audit(i)));
    expect(events(a, aud.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(events(a, aud).size).toBe(2);
  });
});

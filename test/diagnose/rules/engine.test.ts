import { describe, expect, it } from 'vitest';
import { attributesFrom, evaluateRules, parseRules, type CompiledRule } from '../../../src/diagnose/rules/index.ts';
import { input } from './helpers.ts';

function rules(...specs: { id: string; when: string; confidence: number; priority?: number }[]): CompiledRule[] {
  const body = specs
    .map(
      (s) => `  - id: ${s.id}
    description: test rule ${s.id}
    when: '${s.when}'
    category: RESOURCE
    probable_causes: [cause_${s.id.replace(/-/g, '_')}]
    confidence: ${s.confidence}
    recommended_actions: [act]
    priority: ${s.priority ?? 0}`,
    )
    .join('\n');
  return parseRules(`rules:\n${body}\n`, 'test.yaml').rules;
}

describe('ranking', () => {
  it('prefers confidence, then priority, then file order', () => {
    const set = rules(
      { id: 'low', when: 'cpu > 0', confidence: 0.5, priority: 100 },
      { id: 'tie-first', when: 'cpu > 0', confidence: 0.8 },
      { id: 'tie-priority', when: 'cpu > 0', confidence: 0.8, priority: 5 },
      { id: 'tie-second', when: 'cpu > 0', confidence: 0.8 },
      { id: 'miss', when: 'cpu > 5', confidence: 1 },
    );
    const d = evaluateRules(set, input({ metrics: { cpu: 1 } }));
    expect(d.ruleId).toBe('tie-priority');
    expect(d.matches.map((m) => m.ruleId)).toEqual(['tie-priority', 'tie-first', 'tie-second', 'low']);
  });

  it('carries the winning rule fields on the diagnosis and on each match', () => {
    const d = evaluateRules(rules({ id: 'hot', when: 'cpu > 0.9', confidence: 0.7 }), input({ metrics: { cpu: 0.95 } }));
    expect(d).toMatchObject({
      ruleId: 'hot',
      category: 'RESOURCE',
      probableCauses: ['cause_hot'],
      confidence: 0.7,
      recommendedActions: ['act'],
      condition: 'cpu > 0.9',
      evidence: [{ path: 'cpu', value: 0.95, test: 'cpu > 0.9' }],
    });
    expect(d.matches[0]).toMatchObject({ ruleId: 'hot', description: 'test rule hot', priority: 0 });
  });

  it('does not let callers mutate the rule through the result', () => {
    const set = rules({ id: 'hot', when: 'cpu > 0.9', confidence: 0.7 });
    evaluateRules(set, input({ metrics: { cpu: 1 } })).probableCauses.push('tampered');
    expect(set[0].probableCauses).toEqual(['cause_hot']);
  });
});

describe('explanation', () => {
  it('names the rule, the condition and the evidence', () => {
    const d = evaluateRules(
      rules({ id: 'db', when: 'db.system exists and message icontains \"timeout\"', confidence: 0.6 }),
      input({ message: 'Query Timeout after 30s', attributes: { 'db.system': 'mysql' } }),
    );
    expect(d.explanation).toBe(
      'rule "db" (RESOURCE, confidence 0.6) matched: when `db.system exists and message icontains "timeout"`; ' +
        'evidence: db.system = "mysql" [db.system exists]; message = "Query Timeout after 30s" [message icontains "timeout"]',
    );
  });

  it('is explicit when nothing matched', () => {
    expect(evaluateRules(rules({ id: 'x', when: 'cpu > 1', confidence: 1 }), input())).toEqual({
      ruleId: null,
      category: 'UNKNOWN',
      probableCauses: [],
      confidence: 0,
      recommendedActions: [],
      condition: null,
      evidence: [],
      explanation: 'no rule matched',
      matches: [],
    });
    expect(evaluateRules([], input()).category).toBe('UNKNOWN');
  });
});

describe('input helpers', () => {
  it('builds attributes from record arrays with later lists winning', () => {
    const attrs = attributesFrom(['service.name', 'a', 'db.system', 'redis'], ['db.system', 'postgresql', '__proto__', 'x']);
    expect(attrs['db.system']).toBe('postgresql');
    expect(Object.getPrototypeOf(attrs)).toBeNull();
    expect(Object.keys(attrs)).toEqual(['service.name', 'db.system', '__proto__']);
    const d = evaluateRules(rules({ id: 'p', when: 'attributes["__proto__"] == "x"', confidence: 0.5 }), input({ attributes: attrs }));
    expect(d.ruleId).toBe('p');
  });
});

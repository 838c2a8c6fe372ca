import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.ts';
import {
  evaluateRules,
  loadDefaultRuleSet,
  loadRules,
  mergeRuleSets,
  parseRules,
  RulesFileError,
} from '../../../src/diagnose/rules/index.ts';
import { input } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'homeostat-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeRules(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(RulesFileError);
    expect(err).toBeInstanceOf(ConfigError);
    return (err as RulesFileError).issues;
  }
  throw new Error('expected a RulesFileError');
}

const rule = (fields: Record<string, string>) =>
  Object.entries({
    id: 'r1',
    description: 'a rule',
    when: 'cpu > 1',
    category: 'RESOURCE',
    probable_causes: '[hot_loop]',
    confidence: '0.5',
    recommended_actions: '[scale_up]',
    ...fields,
  })
    .filter(([, v]) => v !== '')
    .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
    .join('\n');

describe('load-time errors', () => {
  it('names the file, the rule and the field, with the expression column', () => {
    const text = `rules:\n${rule({ id: 'db-connection', when: `'message contains "x" and cpu > 1)'` })}\n`;
    expect(issuesOf(() => parseRules(text, 'rules.yaml'))).toEqual([
      `rules.yaml:4: rule "db-connection": when: unexpected token ')' at column 33; expected 'and', 'or' or end of expression`,
    ]);
  });

  it('reports every problem in the file at once', () => {
    const text = [
      'rules:',
      rule({ id: 'bad-category', category: 'DATABSE' }),
      rule({ id: 'bad-confidence', confidence: '1.5' }),
      rule({ id: 'typo', confidance: '0.5' }),
      rule({ id: '', when: '"cpu >"' }),
      rule({ id: 'bad-action', recommended_actions: '[Restart-Now]' }),
      rule({ id: 'no-causes', probable_causes: '[]' }),
      rule({ id: 'bad-category' }),
      rule({ id: 'bad regex', when: '"message matches /(a+)+/"' }),
    ].join('\n');
    const issues = issuesOf(() => parseRules(text, '/etc/homeostat/rules.yaml'));
    const expected = [
      /rules\.yaml:\d+: rule "bad-category": category: Invalid option/,
      /rules\.yaml:\d+: rule "bad-confidence": confidence: Too big/,
      /rules\.yaml:\d+: rule "typo": confidance: unknown field/,
      /rules\.yaml:\d+: rules\[3\]: when: unexpected end of expression at column 6/,
      /rules\.yaml:\d+: rules\[3\]: id: required/,
      /rules\.yaml:\d+: rule "bad-action": recommended_actions\[0\]: an action name must be snake_case/,
      /rules\.yaml:\d+: rule "no-causes": probable_causes: Too small/,
      /rules\.yaml:\d+: rule "bad-category": id: duplicate of rules\[0\]/,
      /rules\.yaml:\d+: rule "bad regex": when: regex nested quantifiers are not allowed at column 17/,
      /rules\.yaml:\d+: rule "bad regex": id: id must start with a letter or digit/,
    ];
    for (const pattern of expected) expect(issues.some((i) => pattern.test(i)), String(pattern)).toBe(true);
    expect(issues.every((i) => i.startsWith('/etc/homeostat/rules.yaml:'))).toBe(true);
  });

  it('points at the line of the offending field', () => {
    const text = `rules:\n${rule({ id: 'x', confidence: '7' })}\n`;
    const [issue] = issuesOf(() => parseRules(text, 'f.yaml'));
    expect(issue).toMatch(/^f\.yaml:7: rule "x": confidence:/);
  });

  it('reports YAML syntax errors with line and column', () => {
    const issues = issuesOf(() => parseRules('rules:\n  - id: [unclosed\n', 'broken.yaml'));
    expect(issues[0]).toMatch(/^broken\.yaml:\d+:\d+: YAML: /);
  });

  it('rejects unknown top-level keys and wrong shapes', () => {
    expect(issuesOf(() => parseRules('rules: 5\nrulez: []\n', 'top.yaml'))).toEqual([
      'top.yaml:1: rules: Invalid input: expected array, received number',
      'top.yaml:2: rulez: unknown field',
    ]);
  });

  it('reports unreadable files by path', () => {
    const missing = join(dir, 'nope.yaml');
    expect(issuesOf(() => loadRules({ userRulesPath: missing }))[0]).toContain(`${missing}: cannot read:`);
  });

  it('accepts an empty file', () => {
    expect(parseRules('', 'empty.yaml')).toEqual({ file: 'empty.yaml', rules: [], disable: [] });
  });
});

describe('user rules layered over defaults', () => {
  it('overrides a default with the same id in place', () => {
    const path = writeRules(
      'override.yaml',
      `rules:\n${rule({ id: 'slow-response', when: 'response_time > 5', category: 'PERFORMANCE', confidence: '0.6' })}\n`,
    );
    const rules = loadRules({ userRulesPath: path });
    const defaults = loadDefaultRuleSet().rules;
    expect(rules.map((r) => r.id)).toEqual(defaults.map((r) => r.id));
    expect(evaluateRules(rules, input({ metrics: { response_time: 3 } })).ruleId).toBeNull();
    expect(evaluateRules(rules, input({ metrics: { response_time: 6 } }))).toMatchObject({
      ruleId: 'slow-response',
      confidence: 0.6,
      probableCauses: ['hot_loop'],
    });
  });

  it('disables defaults by id, through the disable list or enabled: false', () => {
    const path = writeRules(
      'disable.yaml',
      `disable: [auth-error]\nrules:\n${rule({ id: 'slow-response', category: 'PERFORMANCE', enabled: 'false' })}\n`,
    );
    const ids = loadRules({ userRulesPath: path }).map((r) => r.id);
    expect(ids).not.toContain('auth-error');
    expect(ids).not.toContain('slow-response');
    expect(ids).toContain('db-connection');
  });

  it('appends new rules after the defaults', () => {
    const path = writeRules('extra.yaml', `rules:\n${rule({ id: 'queue-backlog', when: 'queue_depth > 1000' })}\n`);
    const rules = loadRules({ userRulesPath: path });
    expect(rules[rules.length - 1].id).toBe('queue-backlog');
    expect(evaluateRules(rules, input({ metrics: { queue_depth: 5000 } })).ruleId).toBe('queue-backlog');
  });

  it('fails on disabling an id that does not exist', () => {
    const user = parseRules('disable: [auth-eror]\n', 'user.yaml');
    expect(issuesOf(() => mergeRuleSets(loadDefaultRuleSet(), user))).toEqual([
      'user.yaml: disable: unknown rule id "auth-eror"',
    ]);
  });

  it('can run without the defaults', () => {
    const path = writeRules('only.yaml', `rules:\n${rule({})}\n`);
    expect(loadRules({ userRulesPath: path, withoutDefaults: true }).map((r) => r.id)).toEqual(['r1']);
  });
});

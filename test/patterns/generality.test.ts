// Rules of the patterns6 round, each for a failure kind seen across formats rather than in one:
// each case split one event into several (or merged several into one) before its rule.
import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { events, ids, picker } from './helpers.ts';

describe('generality rules (patterns6)', () => {
  it('a month name marked with punctuation (`*Mar`, a clock not synchronised) is part of a date', () => {
    const m = new TemplateMiner();
    const pick = picker(3);
    const lines = Array.from({ length: 30 }, (_, i) => `${1000 + i}: *${pick(['Mar', 'Apr', 'Nov'])} ${pick(['1', '12', '28'])} 10:0${i % 10}:11.123: link on port ${pick(['eth1', 'eth2'])} went away`);
    expect(events(m, ids(m, lines)).size).toBe(1);
  });

  it('a bracketed field padded to a column width (`[main           ]`) is one token, as unpadded', () => {
    const m = new TemplateMiner();
    const pick = picker(5);
    const lines = Array.from({ length: 30 }, (_, i) => {
      const thread = pick(['main', 'exec-1', 'scheduling-1', 'worker-pool-12']);
      return `2026-01-0${1 + (i % 9)} INFO [${thread.padEnd(15)}] c.e.Orders : Order ${1000 + i} placed by customer ${pick(['4411', '5822'])}`;
    });
    expect(events(m, ids(m, lines)).size).toBe(1);
    expect(m.tokens('x [main   ] y')).toEqual(['x', '[main]', 'y']);
  });

  it('the severity a line is logged at (`INFO` / `WARN`) is a field, not the event', () => {
    const m = new TemplateMiner();
    const pick = picker(9);
    const lines = Array.from({ length: 30 }, (_, i) => `2026-05-0${1 + (i % 9)} 10:00:0${i % 10},${100 + i} ${pick(['INFO', 'WARN'])} stopped: ${pick(['web', 'worker', 'nginx'])} (terminated by SIGTERM)`);
    expect(events(m, ids(m, lines)).size).toBe(1);
  });

  it('upper-case codes that alternate in the same place of two events (`A` / `AAAA`) are values of one field', () => {
    const m = new TemplateMiner();
    const pick = picker(11);
    const lines = Array.from({ length: 60 }, (_, i) => {
      const t = pick(['A', 'AAAA', 'MX']);
      const q = `${pick(['www', 'api', 'mail'])}.example.org.`;
      return i % 2 === 0 ? `info: 10.0.0.${i} ${q} ${t} IN` : `reply: 10.0.0.${i} ${q} ${t} IN NOERROR ${i}.00${i} 0 ${40 + i}`;
    });
    const got = lines.map((l) => m.get(m.add(l, 0).clusterId)?.template ?? '');
    // Judged at the end, as the bench does: one template per event.
    const final = lines.map((l) => m.match(l)?.template ?? '');
    expect(new Set(final.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(new Set(final.filter((_, i) => i % 2 === 1)).size).toBe(1);
    expect(got.length).toBe(60);
  });

  it('…but an upper-case word alternating in one event only stays its wording (`link UP` / `link DOWN`)', () => {
    const m = new TemplateMiner();
    const pick = picker(13);
    const lines = Array.from({ length: 40 }, (_, i) => `port ${i} link ${pick(['UP', 'DOWN'])}`);
    const final = new Set(lines.map((l) => (m.add(l, 0), l)).map((l) => m.match(l)?.template ?? ''));
    expect(final.size).toBe(2);
  });

  it('free text after a label may open with an abbreviation (`TLS handshake timeout`): only a keyword with clauses opens a statement', () => {
    const m = new TemplateMiner();
    const pick = picker(19);
    const reasons = ['connection reset by peer', 'i/o timeout', 'broken pipe', 'TLS handshake timeout', 'no route to host', 'context canceled'];
    const lines = Array.from({ length: 60 }, (_, i) => `Webhook delivery to https://hooks.example.com/${i} failed after ${1 + (i % 5)} attempts: ${pick(reasons)}`);
    for (const l of lines) m.add(l, 0);
    expect(new Set(lines.map((l) => m.match(l)?.template ?? '')).size).toBe(1);
    const sql = new TemplateMiner();
    const stmts = Array.from({ length: 20 }, (_, i) => (i % 2 ? `duration: ${i}.5 ms statement: SELECT * FROM orders WHERE id = ${i}` : `duration: ${i}.5 ms statement: UPDATE orders SET paid = true WHERE id = ${i}`));
    for (const l of stmts) sql.add(l, 0);
    expect(new Set(stmts.map((l) => sql.match(l)?.template ?? '')).size).toBe(2);
  });

  it('a heading in capitals (`SERVICE ALERT:` / `SERVICE NOTIFICATION:`) is wording, though `service` introduces a name in prose', () => {
    const m = new TemplateMiner();
    const pick = picker(23);
    const lines = Array.from({ length: 40 }, (_, i) => `[${1780000000 + i}] SERVICE ${i % 2 ? 'ALERT:' : 'NOTIFICATION:'} ${pick(['web01', 'db01'])};${pick(['HTTP', 'SSH'])};CRITICAL;${i} - Socket timeout after 10 seconds`);
    for (const l of lines) m.add(l, 0);
    expect(new Set(lines.map((l) => m.match(l)?.template ?? '')).size).toBe(2);
    const ftp = new TemplateMiner();
    const users = Array.from({ length: 20 }, (_, i) => `session ${i}: USER ${pick(['alice', 'bob', 'carol'])} logged in`);
    for (const l of users) ftp.add(l, 0);
    expect(new Set(users.map((l) => ftp.match(l)?.template ?? '')).size).toBe(1);
  });

  it('a record that opens by naming its kind (`type=SERVICE_START` / `type=SERVICE_STOP`) names its event so', () => {
    const m = new TemplateMiner();
    const pick = picker(29);
    const lines = Array.from({ length: 40 }, (_, i) => `type=${i % 2 ? 'SERVICE_START' : 'SERVICE_STOP'} msg=audit(1780000${i}.1:${i}): pid=1 uid=0 msg='unit=${pick(['nginx', 'sshd', 'cron'])} res=success'`);
    for (const l of lines) m.add(l, 0);
    expect(new Set(lines.map((l) => m.match(l)?.template ?? '')).size).toBe(2);
    // A severity opening the record is still its level, not its kind.
    const lv = new TemplateMiner();
    const lvl = Array.from({ length: 20 }, (_, i) => `level=${pick(['info', 'warn'])} msg=request id=${i} took ${i}ms`);
    for (const l of lvl) lv.add(l, 0);
    expect(new Set(lvl.map((l) => lv.match(l)?.template ?? '')).size).toBe(1);
  });

  it('…also when the kind is quoted (`type="CODE_TO_TOKEN",` / `type="REFRESH_TOKEN",`)', () => {
    const m = new TemplateMiner();
    const pick = picker(31);
    const lines = Array.from({ length: 40 }, (_, i) => `type="${i % 2 ? 'CODE_TO_TOKEN' : 'REFRESH_TOKEN'}", realmId="${pick(['a1', 'b2'])}", userId="${i}", ipAddress="10.0.0.${i}", scope="openid profile"`);
    for (const l of lines) m.add(l, 0);
    expect(new Set(lines.map((l) => m.match(l)?.template ?? '')).size).toBe(2);
    expect(m.tokens('type="LOGIN", realmId="x"')).toEqual(['type="LOGIN",', 'realmId="<*>"']);
    expect(m.tokens('realmId="x", type="LOGIN",')).toEqual(['realmId="<*>",', 'type="<*>",']);
  });
});

import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { patternSignature } from '../../src/patterns/signature.ts';
import type { PatternEvent } from '../../src/patterns/types.ts';

function mine(lines: string[], opts = {}): TemplateMiner {
  const m = new TemplateMiner(opts);
  for (const l of lines) m.add(l, 0);
  return m;
}

const templateSet = (m: TemplateMiner) => m.templates().map((t) => t.template).sort();

describe('TemplateMiner', () => {
  it('extracts the templates of a small sshd-like corpus', () => {
    const m = mine([
      'Accepted password for alice from 10.0.0.1 port 51234 ssh2',
      'Failed password for root from 10.0.0.9 port 40022 ssh2',
      'Accepted password for bob from 192.168.1.7 port 2222 ssh2',
      'Failed password for admin from 172.16.0.3 port 1999 ssh2',
      'Connection closed by 10.0.0.1 port 51234',
      'Connection closed by 10.0.0.2 port 40022',
      'Received disconnect from 10.0.0.1 port 51234:11: Bye Bye',
    ]);
    expect(templateSet(m)).toEqual([
      'Accepted password for <*> from <*> port <*> <*>',
      'Connection closed by <*> port <*>',
      'Failed password for <*> from <*> port <*> <*>',
      'Received disconnect from <*> port <*>: Bye Bye',
    ]);
  });

  it('generalises a differing token and keeps the cluster id while the signature changes', () => {
    const m = new TemplateMiner();
    const a = m.add('Started container checkout in pod shop', 0);
    const b = m.add('Started container cart in pod shop', 0);
    expect(a.isNew).toBe(true);
    expect(b.isNew).toBe(false);
    expect(b.generalised).toBe(true);
    expect(b.clusterId).toBe(a.clusterId);
    expect(b.template).toBe('Started container <*> in pod shop');
    expect(b.signature).not.toBe(a.signature);
    expect(b.signature).toBe(patternSignature(b.template));
    expect(b.count).toBe(2);
  });

  it('keeps templates with different words in leading positions apart', () => {
    const m = mine(['Cache hit for key user:1:profile', 'Cache miss for key user:2:profile', 'Cache hit for key user:3:profile']);
    expect(templateSet(m)).toEqual(['Cache hit for key user:<*>:profile', 'Cache miss for key user:<*>:profile']);
  });

  it('gives the same signatures from two independent miners', () => {
    const lines = ['GET /api/v1/users/42 took 12 ms', 'GET /api/v2/orders/7 took 130 ms', 'Pulling image "registry/x:1.2"'];
    const a = mine(lines).templates();
    const b = mine(lines).templates();
    expect(a.map((t) => [t.clusterId, t.signature, t.template])).toEqual(b.map((t) => [t.clusterId, t.signature, t.template]));
    // Fixed algorithm, so the value can be stored and compared across releases.
    expect(patternSignature('Connection closed by <*> port <*>')).toMatch(/^[0-9a-f]{16}$/);
    expect(patternSignature('a')).toBe('86f7e437faa5a7fc');
  });

  it('records counts, first/last seen and one sample per template', () => {
    const m = new TemplateMiner();
    m.add('worker 1 finished job 10', 1000);
    m.add('worker 2 finished job 11', 5000);
    const [t] = m.templates();
    expect(t).toMatchObject({ count: 2, firstSeen: 1000, lastSeen: 5000, sample: 'worker 1 finished job 10', template: 'worker <*> finished job <*>' });
  });

  it('matches without learning', () => {
    const m = mine(['Connection closed by 10.0.0.1 port 22']);
    expect(m.match('Connection closed by 10.9.9.9 port 80')?.template).toBe('Connection closed by <*> port <*>');
    expect(m.match('something else entirely')).toBeNull();
    expect(m.size).toBe(1);
  });

  it('honours the cluster cap by evicting the least recently seen cluster', () => {
    const events: PatternEvent[] = [];
    const m = new TemplateMiner({ maxClusters: 3, onEvent: (e) => events.push(e) });
    m.add('alpha one', 0);
    m.add('beta two three', 0);
    m.add('gamma four five six', 0);
    m.add('alpha one', 0); // touch alpha, so beta is now the oldest
    m.add('delta seven eight nine ten', 0);
    expect(m.size).toBe(3);
    expect(templateSet(m)).toEqual(['alpha one', 'delta seven eight nine ten', 'gamma four five six']);
    expect(events.filter((e) => e.kind === 'evicted').map((e) => e.cluster.template)).toEqual(['beta two three']);
    for (let i = 0; i < 5000; i++) m.add(`${'w'.repeat(1 + (i % 50))} x${String.fromCharCode(97 + (i % 26))} ${i % 7 ? 'y' : 'z'} q`, 0);
    expect(m.size).toBeLessThanOrEqual(3);
    // Evicted clusters take their tree nodes with them.
    expect(m.stats().nodes).toBeLessThanOrEqual(3 * 4);
  });

  it('caps children per node: extra leading tokens share the wildcard child', () => {
    const m = new TemplateMiner({ maxChildren: 4 });
    for (let i = 0; i < 20; i++) m.add(`${String.fromCharCode(97 + i)}word did a thing`, 0);
    // Twenty distinct leading words: one event, and the tree stops growing at four children per node.
    expect(templateSet(m)).toEqual(['<*> did a thing']);
    expect(m.stats().nodes).toBeLessThanOrEqual(1 + 5 + 5);
  });

  it('reports new templates and surges against the template’s own baseline', () => {
    const events: PatternEvent[] = [];
    const m = new TemplateMiner({ rate: { bucketMs: 1000, warmupBuckets: 3, minSurgeCount: 10, surgeFactor: 3 }, onEvent: (e) => events.push(e) });
    let surges = 0;
    // Five quiet buckets of 2 lines each, then a bucket of 40.
    for (let b = 0; b < 5; b++) for (let k = 0; k < 2; k++) surges += m.add(`payment 42 declined code 7`, b * 1000 + k).surge ? 1 : 0;
    expect(surges).toBe(0);
    for (let k = 0; k < 40; k++) surges += m.add(`payment 43 declined code 9`, 5000 + k).surge ? 1 : 0;
    expect(surges).toBe(1);
    expect(events.map((e) => e.kind)).toEqual(['new', 'surge']);
    const [r] = m.rates(5500);
    expect(r).toMatchObject({ current: 40, surging: true, buckets: 5 });
    expect(r.baseline).toBeGreaterThan(1);
    expect(r.baseline).toBeLessThan(3);
    expect(m.rates(9000)[0].current).toBe(0);
  });

  it('handles empty and whitespace-only lines', () => {
    const m = new TemplateMiner();
    expect(m.add('', 0).template).toBe('');
    expect(m.add('  \t ', 0)).toMatchObject({ template: '', isNew: false, count: 2 });
  });

  describe('generalising from real log shapes', () => {
    const ids = (m: TemplateMiner, lines: string[]) => lines.map((l) => m.add(l, 0).clusterId);
    /** Final template per line, as the CLI assigns it after the whole input. */
    const finalTemplates = (m: TemplateMiner, clusterIds: number[]) => clusterIds.map((id) => m.get(id)?.template);
    const uuid = (i: number) => `${(0x1000_0000 + i * 7919).toString(16)}-aaaa-4bbb-8ccc-${(0x1000_0000_0000 + i).toString(16)}`;

    it('keeps a position with a few recurring words as separate events', () => {
      const m = new TemplateMiner();
      const states = ['Started', 'Paused', 'Resumed', 'Stopped'];
      for (let i = 0; i < 40; i++) m.add(`[instance: ${uuid(i)}] VM ${states[i % 4]} (Lifecycle Event)`, 0);
      expect(templateSet(m)).toEqual(states.map((s) => `[instance: <*>] VM ${s} (Lifecycle Event)`).sort());
    });

    it('turns a position into a variable once it shows many distinct words, regrouping the earlier lines', () => {
      const m = new TemplateMiner();
      const names = ['amelia', 'boris', 'chen', 'dmitri', 'elena', 'fatima', 'george'];
      const got = ids(m, names.map((n, i) => `${n} : TTY=pts/${i} ; PWD=/home/${n} ; USER=root ; COMMAND=/usr/bin/apt`));
      expect(templateSet(m)).toEqual(['<*> : TTY=pts/<*> ; PWD=<*> ; USER=root ; COMMAND=<*>']);
      // Lines seen before the position proved variable end in the same event.
      expect(new Set(finalTemplates(m, got)).size).toBe(1);
      expect(new Set(got.slice(names.length - 2)).size).toBe(1);
    });

    it('treats a word after a preposition or a key= as a value at once', () => {
      const m = mine(['Session closed for user alice', 'Session closed for user bob', 'connection authorized: user=app db=shop', 'connection authorized: user=etl db=billing']);
      expect(templateSet(m)).toEqual(['Session closed for user <*>', 'connection authorized: user=<*> db=<*>']);
    });

    it('masks hosts and host:port, so one dominant host does not split its template', () => {
      const lines = [];
      for (let i = 0; i < 30; i++) {
        const host = i % 5 === 0 ? `cdn${i}.example.net:443` : i % 7 === 0 ? `10.0.0.${i}:80` : 'proxy.example.org:3128';
        lines.push(`${host} open through proxy gw.corp.example:3128 HTTPS`);
      }
      expect(templateSet(mine(lines))).toEqual(['<*> open through proxy <*> HTTPS']);
    });

    it('joins lines whose variable part spans a varying number of tokens', () => {
      const m = new TemplateMiner();
      const got = ids(m, [
        'www.example.org:443 close, 0 bytes sent, 0 bytes received, lifetime <1 sec',
        'www.example.org:443 close, 1190 bytes (1.16 KB) sent, 1671 bytes (1.63 KB) received, lifetime 00:02',
        'api.example.com:443 close, 403 bytes sent, 18846 bytes (18.4 KB) received, lifetime 00:01',
        'www.example.org:443 error : Could not connect to proxy gw.example.org:3128 - connection attempt failed with error 10061',
      ]);
      expect(new Set(got.slice(0, 3)).size).toBe(1);
      expect(got[3]).not.toBe(got[0]);
      expect(m.get(got[0])?.template).toMatch(/^<\*> close, <\*> bytes .*received, lifetime <\*>/);
    });

    it('joins a stack of addresses of any length, but not extra words in the middle of a line', () => {
      const stack = (k: number) => Array.from({ length: k }, (_, i) => `@0x7fe${i}d806eb5d`).join(' ');
      const m = new TemplateMiner();
      const calls = ids(m, [3, 5, 4, 7].map((k) => `WcpInitialize (wcp.dll version 0.0.0.6) called (stack ${stack(k)})`));
      expect(new Set(calls).size).toBe(1);
      const ssh = ids(m, [
        'Failed password for root from 10.0.0.1 port 22 ssh2',
        'Failed password for invalid user bob from 10.0.0.2 port 23 ssh2',
        'Failed password for admin from 10.0.0.3 port 24 ssh2',
        'Failed password for invalid user eve from 10.0.0.4 port 25 ssh2',
      ]);
      expect(ssh[0]).toBe(ssh[2]);
      expect(ssh[1]).toBe(ssh[3]);
      expect(ssh[0]).not.toBe(ssh[1]);
    });

    it('takes free text after a label as the variable, unless it opens with a keyword', () => {
      const m = new TemplateMiner();
      const why = ['replica lagging behind', 'disk full', 'checksum mismatch on segment after restart', 'timeout', 'primary unreachable from this node'];
      const got = ids(m, why.map((w) => `Replication check failed: ${w}`));
      expect(new Set(got).size).toBe(1);
      const sql = ids(m, [
        'duration: 12.5 ms statement: SELECT * FROM orders WHERE id = 7',
        'duration: 3.1 ms statement: UPDATE orders SET status = 1 WHERE id = 9',
      ]);
      expect(sql[0]).not.toBe(sql[1]);
    });

    it('takes a single upper-case word that is the whole tail after a label as the labelled value', () => {
      const m = new TemplateMiner();
      const got = ids(m, ['SUCCESS', 'FAILURE', 'ABORTED', 'SUCCESS'].map((r, i) => `Replication task ${i + 7} for volume data completed: ${r}`));
      expect(new Set(got).size).toBe(1);
      // A keyword that opens a longer tail still names a statement of its kind.
      const sql = ids(m, ['statement: SELECT 1', 'statement: VACUUM 1'].map((t) => `duration: 2.5 ms ${t}`));
      expect(sql[0]).not.toBe(sql[1]);
    });

    it('takes a value after a spaced `=` (`status = NORMAL`) as a field value, as in `key=value`', () => {
      const m = new TemplateMiner();
      const spaced = ids(m, ['NORMAL', 'shutdown', 'LEFT', 'NORMAL'].map((st, i) => `Peer 10.0.0.${i} is now UP, status = ${st}`));
      expect(new Set(spaced).size).toBe(1);
    });

    it('takes a counted noun in singular and plural as one wording', () => {
      const m = new TemplateMiner();
      const got = ids(m, [1, 5, 1, 12].map((n, i) => `Service[web${i}] triggered refresh from ${n} event${n === 1 ? '' : 's'}`));
      expect(new Set(got).size).toBe(1);
      // Also with a word between the count and its noun.
      const between = ids(m, [1, 5, 1, 12].map((n, i) => `Detected ${n} new change${n === 1 ? '' : 's'} for root "repo-${i}"`));
      expect(new Set(between).size).toBe(1);
      // Not a plain word that happens to differ by an s elsewhere.
      const other = ids(m, ['Cache hit for key 7', 'Cache hits for key 9']);
      expect(other[0]).not.toBe(other[1]);
    });

    it('takes a bare upper-case flag present on some lines between key=value fields as the same record', () => {
      const m = new TemplateMiner();
      const got = ids(m, [0, 1, 2, 3, 4, 5].map((i) => `[FW DROP] IN=eth0 SRC=10.0.0.${i} LEN=${60 + i} TTL=${50 + i} ID=${1000 + i}${i % 2 ? ' DF' : ''} PROTO=TCP SPT=${4000 + i} DPT=22`));
      expect(new Set(got).size).toBe(1);
      // A plain word of the message is no flag: `denied` / `denied permanently` stay apart.
      const words = ids(m, ['Access for user=alice denied on port=22', 'Access for user=bob denied permanently on port=23']);
      expect(words[0]).not.toBe(words[1]);
    });

    it('takes an upper-case code right after a quoted value as the outcome column, not wording', () => {
      const m = new TemplateMiner();
      const codes = ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'NOERROR'];
      const got = ids(m, codes.map((c, i) => `[INFO] 10.0.0.${i}:5300 - ${100 + i} "AAAA IN host${i}.example.org. udp 60 false 512" ${c} qr,rd 120 0.00${i}s`));
      expect(new Set(got).size).toBe(1);
      // Before a quoted value an upper-case word still names the event.
      const verbs = ids(m, ['GRANT "read" to 10.0.0.1 ok', 'REVOKE "read" to 10.0.0.2 ok']);
      expect(verbs[0]).not.toBe(verbs[1]);
    });

    it('folds in the clusters split for words that proved variable even where they hold another identifier-shaped value', () => {
      const m = new TemplateMiner();
      const users = ['hanna', 'paula', 'igor', 'mateo', 'noor', 'otto', 'luz', 'hanna', 'paula'];
      const mimes = ['application/json', 'text/html', 'image/png'];
      const got = ids(m, users.map((u, i) => `${1764944829 + i}.867 ${20 + i} 10.0.0.${i} TCP_MISS/502 ${4000 + i} POST http://example.org/api/${i} ${u} HIER_DIRECT/10.1.1.${i} ${mimes[i % 3]}`));
      expect(new Set(finalTemplates(m, got)).size).toBe(1);
    });

    it('takes a note in parentheses closing a line of key=value fields as an annotation of the same record', () => {
      const m = new TemplateMiner();
      const got = ids(m, [0, 1, 2, 3].map((i) => `conn=${1000 + i} fd=${10 + i} closed${i % 2 ? ' (connection lost)' : ''}`));
      expect(new Set(finalTemplates(m, got)).size).toBe(1);
      // Not a different word outside the parentheses.
      const other = ids(m, ['conn=7 fd=3 closed', 'conn=8 fd=4 reset (connection lost)']);
      expect(m.get(other[0])?.template).not.toBe(m.get(other[1])?.template);
    });

    it('takes an empty last field and the same field with a value of several words as one record', () => {
      const m = new TemplateMiner();
      const got = ids(m, [0, 1, 2, 3].map((i) => `conn=${1000 + i} op=${i} RESULT tag=97 err=${i % 2 ? 49 : 0} text=${i % 2 ? 'invalid credentials' : ''}`));
      expect(new Set(finalTemplates(m, got)).size).toBe(1);
      // A different last key is another record.
      const other = ids(m, ['conn=7 op=1 RESULT tag=97 err=0 text=', 'conn=8 op=2 RESULT tag=97 err=0 reason=bad password']);
      expect(m.get(other[0])?.template).not.toBe(m.get(other[1])?.template);
    });

    it('keeps a quoted request line’s method: GET and POST are different events', () => {
      const m = new TemplateMiner();
      const got = ids(m, [
        '10.0.0.1 "GET /v2/54fadb412c4e40cd/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2477829',
        '10.0.0.2 "POST /v2/54fadb412c4e40cd/servers HTTP/1.1" status: 202 len: 733 time: 0.5',
        '10.0.0.3 "GET /v2/9e1ab3c4d5e6f7a8/servers/77 HTTP/1.1" status: 404 len: 12 time: 0.1',
      ]);
      expect(got[0]).toBe(got[2]);
      expect(got[1]).not.toBe(got[0]);
      expect(m.get(got[1])?.template).toBe('<*> "POST <*> HTTP/<*>.<*>" status: <*> len: <*> time: <*>');
    });

    it('takes a name built like an identifier as a value even when it shows only two or three names', () => {
      const m = new TemplateMiner();
      const fe = ['www-https~', 'www-http'];
      const bk = ['bk_app', 'bk_static'];
      const got = ids(m, Array.from({ length: 24 }, (_, i) => `10.0.${i}.7:4${i}12 ${fe[i % 2]} ${bk[(i >> 1) % 2]}/app${i % 3} 0/0/${i}/12 200 "GET /api/v1/items/${i} HTTP/1.1"`));
      expect(new Set(finalTemplates(m, got))).toEqual(new Set(['<*> <*> <*> <*> <*> "GET <*> HTTP/<*>.<*>"']));
      // …while prose words that differ in as few values stay separate events.
      const states = ids(m, ['Stopping frontend www-http in 3 ms.', 'Stopping frontend fe_mysql in 9 ms.', 'Stopping backend bk_app now.', 'Starting backend bk_app now.']);
      expect(states[0]).toBe(states[1]);
      expect(states[2]).not.toBe(states[3]);
    });

    it('takes `-`, the absent value of access logs, as a value against a word in its place', () => {
      const m = new TemplateMiner();
      const flags = ['-', '-', '-', 'UF', '-', 'URX', '-', 'UF'];
      const got = ids(m, flags.map((f, i) => `[2026-12-05T10:0${i}:00.000Z] "GET /api/v1/items/${i} HTTP/1.1" 200 ${f} 0 ${i * 31} ${i + 2} "10.1.0.${i}"`));
      expect(new Set(finalTemplates(m, got)).size).toBe(1);
      expect(m.get(got[0])?.template).toBe('[<*>] "GET <*> HTTP/<*>.<*>" <*> <*> <*> <*> <*> "<*>"');
    });

    it('keeps lines apart whose one key=value differs by key, even with the values masked', () => {
      const m = new TemplateMiner();
      const qid = (i: number) => `${(0x3a1f00c0d0 + i * 977).toString(16).toUpperCase()}:`;
      const lines: string[] = [];
      for (let i = 0; i < 12; i++) {
        lines.push(`${qid(i)} client=${i % 2 ? 'unknown' : `mail-${i}.example.org`}[10.0.0.${i}]`);
        lines.push(`${qid(i)} message-id=<${i}abc${i}@example.org>`);
        lines.push(`${qid(i)} removed`);
      }
      const got = ids(m, lines);
      const t = finalTemplates(m, got);
      expect(new Set(t)).toEqual(new Set(['<*>: client=<*>', '<*>: message-id=<*>>', '<*>: removed']));
      for (let i = 0; i < lines.length; i += 3) expect([t[i], t[i + 1], t[i + 2]]).toEqual(['<*>: client=<*>', '<*>: message-id=<*>>', '<*>: removed']);
    });

    it('joins a line to its own generalised event when another event is closer in constants', () => {
      // GET lines have shown many users and regions, so their template generalised both; the
      // one POST line kept its own. A GET line with that POST line's user and region is closer
      // to the POST template than to its own, and must still be a GET.
      const m = new TemplateMiner();
      const users = ['amelia', 'boris', 'chen', 'dmitri', 'elena', 'fatima'];
      const regions = ['north', 'south', 'east', 'west', 'central', 'island'];
      const get = ids(m, users.map((u, i) => `10.0.0.${i} /items/${i} GET ${u} ${regions[i]} done`));
      const post = m.add('10.0.0.9 /items/9 POST quinn polar done', 0).clusterId;
      const again = m.add('10.0.0.8 /items/8 GET quinn polar done', 0).clusterId;
      const group = (id: number) => m.get(id)?.clusterId;
      expect(new Set(get.map(group)).size).toBe(1);
      expect(m.get(get[0])?.template).toBe('<*> <*> GET <*> <*> done');
      expect(group(post)).not.toBe(group(get[0]));
      expect(group(again)).toBe(group(get[0]));
    });

    it('joins lines whose bracketed parameter spans a varying number of words', () => {
      const m = new TemplateMiner();
      const threads = ['Timer-0', 'Abandoned connection cleanup thread', 'pool-1-thread-1', 'mysql-cj-abandoned-connection-cleanup', 'Abandoned connection cleanup thread'];
      const apps = ['shop', 'admin', 'api', 'docs', 'ROOT'];
      const got = ids(m, threads.map((t, i) => `The web application [${apps[i]}] appears to have started a thread named [${t}] but has failed to stop it.`));
      const causes = ['auto(bulk api)', 'api', 'rollover_index', 'auto(bulk api)', 'api'];
      const idx = ids(m, causes.map((c, i) => `[orders-${i}] creating index, cause [${c}], templates [logs], shards [${i + 1}]/[1]`));
      expect(new Set(finalTemplates(m, got)).size).toBe(1);
      expect(new Set(finalTemplates(m, idx)).size).toBe(1);
      // Words outside the brackets are still the message's own: not joined.
      const other = m.add('The web application [shop] appears to have started a thread named [Timer-0] but has failed to stop it quickly and cleanly.', 0).clusterId;
      expect(m.get(other)?.template).not.toBe(m.get(got[0])?.template);
    });

    it('does not take the rest of a line for a bracket’s content once a bracketed name generalised', () => {
      // `[pool www]` becomes `[pool <*>`: the generalised token no longer closes the bracket.
      const m = new TemplateMiner();
      const pools = ['www', 'shop', 'api', 'www', 'admin', 'www', 'batch', 'api'];
      const lines: string[] = [];
      pools.forEach((p, i) => {
        lines.push(`[pool ${p}] child ${1200 + i} started`);
        lines.push(`[pool ${p}] child ${1300 + i} exited with code 0 after ${i}.25 seconds from start`);
      });
      const t = finalTemplates(m, ids(m, lines));
      for (let i = 0; i < lines.length; i += 2) expect(t[i]).not.toBe(t[i + 1]);
      expect(new Set(t).size).toBe(2);
    });

    it('behaves like Drain with variableWords: 2', () => {
      const m = mine(['VM Started now', 'VM Paused now'], { variableWords: 2 });
      expect(templateSet(m)).toEqual(['VM <*> now']);
    });
  });
});

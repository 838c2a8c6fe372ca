// Issue 15's failure kinds that the position of a word, not its spelling, decides: a value
// inside brackets, free text after a label that itself holds a value, a key=value whose value
// varies, and a value that runs to the end of the line after a variable leading token.
// Each case split one event into several on the miner before these rules.
import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { resolveOptions } from '../../src/patterns/options.ts';
import { Tokenizer } from '../../src/patterns/tokenize.ts';
import { isLabel } from '../../src/patterns/variants.ts';
import { calendarWord } from '../../src/patterns/words.ts';
import { events, ids, picker } from './helpers.ts';

describe('values told by their place in the line', () => {
  it("a message's first word after its timestamp is its verb, even when five verbs come in its first lines", () => {
    // A package manager's log: six kinds of record, five of them within the first eight lines.
    // Before, the fifth verb made the column a variable and every record one template.
    const m = new TemplateMiner();
    const at = (i: number) => `2026-06-${String(1 + (i % 28)).padStart(2, '0')} 0${i % 10}:1${i % 6}:2${i % 7}`;
    const verbs = ['upgrade', 'status', 'configure', 'trigproc', 'install', 'remove'];
    const pick = picker(3);
    const rows = (i: number) => {
      const v = verbs[i % verbs.length];
      const pkg = pick(['curl', 'tzdata', 'git', 'openssl', 'nginx-common']);
      return v === 'status' ? `${at(i)} status ${pick(['unpacked', 'installed', 'half-configured', 'config-files', 'half-installed', 'triggers-pending'])} ${pkg}:all 1.${i}.0-1` : `${at(i)} ${v} ${pkg}:amd64 1.${i}.0-1 <none>`;
    };
    const got = ids(m, Array.from({ length: 240 }, (_, i) => rows(i)));
    const templates = events(m, got);
    expect(templates.size).toBe(6);
    expect(templates).toContain('<*> <*> configure <*> <*> <none>');
    // Values there are still values: a request id opening the message after its timestamp.
    const m2 = new TemplateMiner();
    const reqs = ids(m2, Array.from({ length: 40 }, (_, i) => `${at(i)} req-${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'fox', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'nova', 'oscar', 'papa'][i % 16]} accepted`));
    expect(events(m2, reqs).size).toBe(1);
  });

  it("a label after a name built like an identifier opens the message, not free text (a game server's `[Server thread/INFO]:`)", () => {
    // Before, `[Server` and `thread/INFO]:` counted as the message's wording, so whatever followed
    // the label was taken for one free-text value and every event of the log became one.
    const m = new TemplateMiner();
    const pick = picker(5);
    const players = ['Alice', 'Bob', 'Carol', 'Dmitri', 'Eve', 'Farid', 'Gwen'];
    const rows = Array.from({ length: 60 }, (_, i) => {
      const at = `[1${i % 10}:0${i % 6}:2${i % 9}]`;
      const who = pick(players);
      return i % 3 === 0 ? `${at} [Server thread/INFO]: ${who} joined the game` : i % 3 === 1 ? `${at} [Server thread/INFO]: ${who} fell from a high place` : `${at} [Server thread/INFO]: ${who} was slain by ${pick(['Zombie', 'Skeleton', 'Creeper'])} using magic`;
    });
    const got = ids(m, rows);
    expect(new Set([got[0], got[1], got[2]]).size).toBe(3);
    expect(events(m, got).size).toBe(3);
  });

  it("a syslog tag (`prog[pid]:`) ends the header: the date and host before it are not the message's wording", () => {
    // Before, the month and the host counted as two words of the message, so the first `label:`
    // after the tag (`Disk:`) was taken to open free text and every event of the daemon became one.
    const m = new TemplateMiner();
    const pick = picker(11);
    const disks = ['/dev/sda', '/dev/sdb', '/dev/nvme0n1', '/dev/sdc'];
    const kinds = [
      (d: string) => `Disk: ${d}, attached`,
      (d: string) => `Disk: ${d}, health snapshot saved to /var/lib/diskwatch/${d.slice(5)}.json`,
      (d: string) => `Disk: ${d}, ${pick(['3', '17', '120'])} sectors remapped since boot`,
      (d: string) => `Disk: ${d}, wear level ${pick(['4', '38', '71'])} percent crossed warning mark`,
    ];
    const rows = Array.from({ length: 80 }, (_, i) => `Mar ${String(1 + (i % 28)).padStart(2, ' ')} 0${i % 10}:1${i % 6}:2${i % 7} vault diskwatch[${700 + (i % 3)}]: ${kinds[i % 4](pick(disks))}`);
    const got = ids(m, rows);
    expect(new Set(got.slice(0, 4)).size).toBe(4);
    expect(events(m, got).size).toBe(4);
  });

  it("a syslog tag without a pid (`kernel:`) ends the header too: a subsystem's `label:` after it opens no free text", () => {
    // The kernel logs without a pid. Before, the month and `kernel:` counted as two words of the
    // message, so a driver's prefix (`netguard:`) was taken to open free text and every event
    // the driver logs became one.
    const m = new TemplateMiner();
    const pick = picker(12);
    const ips = ['198.51.100.7:4500', '203.0.113.9:51820', '192.0.2.44:4500'];
    const kinds = [
      () => `Sending handshake initiation to peer ${pick(['1', '2', '7'])} (${pick(ips)})`,
      () => `Keypair ${pick(['311', '90210', '5'])} created for peer ${pick(['1', '2', '7'])}`,
      () => `Receiving keepalive packet from peer ${pick(['1', '2', '7'])} (${pick(ips)})`,
      () => `Invalid handshake initiation from ${pick(ips)}`,
      () => `Zeroing out all keys for peer ${pick(['1', '2'])} (${pick(ips)}), since we have not received a new one in 540 seconds`,
    ];
    const rows = Array.from({ length: 100 }, (_, i) => `${pick(['Nov', 'Dec'])} ${String(1 + (i % 28)).padStart(2, ' ')} 0${i % 10}:1${i % 6}:2${i % 7} ${pick(['vpn-gw', 'edge-1', 'edge-2'])} kernel: [${1000 + i * 37}.${100000 + i}] netguard: wg${i % 2}: ${kinds[i % 5]()}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(5);
  });

  it('a code in capitals joined by `_` names a kind of record, not a value (`JOB_START` / `JOB_DONE`)', () => {
    const m = new TemplateMiner();
    const pick = picker(17);
    const codes = ['JOB_START', 'JOB_DONE', 'JOB_RETRY'];
    const rows = Array.from({ length: 60 }, (_, i) => `2026-03-0${1 + (i % 9)} 1${i % 10}:0${i % 6}:2${i % 7} [worker] ${codes[i % 3]} id=${1000 + i} queue=${pick(['mail', 'thumbs', 'billing'])}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(3);
    // Names built like identifiers in the same place stay values.
    const m2 = new TemplateMiner();
    const hosts = ids(m2, ['web_01', 'web_02', 'db_main', 'cache_eu', 'web_03'].map((h, i) => `2026-03-01 10:00:0${i} [worker] job ${1000 + i} ran on ${h}`));
    expect(events(m2, hosts).size).toBe(1);
  });

  it('a word after `module` names it (a driver, an rsync share): one event for every module', () => {
    const m = new TemplateMiner();
    const got = ids(m, ['nv', 'vesa', 'fbdev', 'nv', 'vesa'].map((d, i) => `[ ${20 + i}.51] (WW) Warning, couldn't open module ${d}`));
    expect(new Set(got).size).toBe(1);
  });

  it('a namespaced class name is a value (PHP and .NET write `App\\Message\\SyncStock`)', () => {
    const m = new TemplateMiner();
    const classes = ['App\\Message\\SyncStock', 'App\\Message\\ResizeImage', 'Symfony\\Component\\Mailer\\SendEmail'];
    const got = ids(m, classes.map((c, i) => `[2026-01-0${i + 1}] messenger.INFO: Received message ${c} from the queue`));
    expect(new Set(got).size).toBe(1);
  });

  it('a key=value position stays matching text after its value generalised', () => {
    const m = new TemplateMiner();
    const pick = picker(1);
    const lines = Array.from({ length: 40 }, () =>
      `connection authorized: user=${pick(['app', 'etl', 'reporting', 'migrator'])} database=${pick(['shop', 'billing', 'auth', 'analytics'])} application_name=${pick(['psql', 'pgbouncer', 'rails'])}`,
    );
    const got = ids(m, lines);
    expect(events(m, got)).toEqual(new Set(['connection authorized: user=<*> database=<*> application_name=<*>']));
  });

  it('a generalised key=<*> does not win a tie over a cluster whose words agree', () => {
    const m = new TemplateMiner();
    // The Died cluster has generalised event=<*>; the Started one still holds event=alpha.
    // (`Type:` capitalised, as kubelet prints it: a lower-case `type:x` is a field's value.)
    const died = ids(m, ['pod sync event=alpha Type:ContainerDied', 'pod sync event=beta Type:ContainerDied']);
    const values = ['gamma', 'delta', 'alpha', 'omega', 'kappa', 'sigma'];
    const started = ids(m, values.map((v) => `pod sync event=${v} Type:ContainerStarted`));
    expect(new Set(started).size).toBe(1);
    expect(started).not.toContain(died[0]);
    expect(m.get(started[0])?.template).toBe('pod sync event=<*> Type:ContainerStarted');
  });

  it('a word that differs inside (…) or […] is a parameter: task locality, a Windows error code', () => {
    const m = new TemplateMiner();
    const locality = ['NODE_LOCAL', 'PROCESS_LOCAL', 'RACK_LOCAL'];
    const tasks = ids(
      m,
      Array.from({ length: 12 }, (_, i) => `Starting task ${i}.0 in stage ${i % 4}.0 (TID ${100 + i}, worker-${i % 5}.dc1.example.net, executor ${i % 3}, partition ${i}, ${locality[i % 3]}, ${4000 + i} bytes)`),
    );
    expect(events(m, tasks).size).toBe(1);
    const codes = ['CBS_E_MANIFEST_INVALID_ITEM', 'CBS_E_INVALID_PACKAGE'];
    const cbs = ids(m, Array.from({ length: 6 }, (_, i) => `Failed to get next element [HRESULT = 0x800f08${i % 2 ? '05' : '0d'} - ${codes[i % 2]}]`));
    expect(new Set(cbs).size).toBe(1);
    // The event's own word sits outside the brackets, after they close.
    const vm = ids(m, ['Started', 'Paused', 'Started', 'Paused'].map((s, i) => `[instance: 3f2a${i}c1e-0b6d-4c1a-9e3f-2b7c8d9e0f1${i}] VM ${s} (Lifecycle Event)`));
    expect(vm[0]).toBe(vm[2]);
    expect(vm[0]).not.toBe(vm[1]);
  });

  it('free text follows a label that holds a value: a disconnect reason, an exception after `executor N):`', () => {
    const m = new TemplateMiner();
    const reasons = ['Bye Bye', 'disconnected by user', 'Normal Shutdown, Thank you for playing', 'Bye Bye', 'disconnected by user'];
    const ssh = ids(m, reasons.map((r, i) => `Received disconnect from 10.0.${i}.7 port ${40000 + i}:11: ${r} [preauth]`));
    expect(new Set(ssh).size).toBe(1);
    const exc = ['java.io.IOException: Connection reset by peer', 'java.net.SocketTimeoutException: timeout', 'java.lang.OutOfMemoryError: GC overhead limit exceeded'];
    const lost = ids(m, Array.from({ length: 9 }, (_, i) => `Lost task ${i}.0 in stage 3.0 (TID ${700 + i}, worker-${i}.dc2.example.net, executor ${i % 4}): ${exc[i % 3]}`));
    expect(new Set(lost).size).toBe(1);
  });

  it('a last key=value runs to the end of the line, also when the leading token varies', () => {
    const m = new TemplateMiner();
    const users = ['sven', 'ines', 'kofi', 'chen', 'nadia', 'amelia', 'marco', 'hiro', 'lena', 'omar'];
    const commands = ['/usr/bin/apt update', '/usr/bin/systemctl status nginx', '/usr/bin/journalctl -u kubelet', '/usr/bin/vim /etc/hosts', '/usr/bin/docker ps -a'];
    const pick = picker(2);
    const lines = Array.from({ length: 60 }, (_, i) => `${pick(users)} : TTY=pts/${i % 7} ; PWD=/home/${pick(users)} ; USER=root ; COMMAND=${pick(commands)}`);
    const got = ids(m, lines);
    expect(events(m, got).size).toBe(1);
    // Another event of the same shape stays apart.
    const denied = m.add('sven : user NOT in sudoers ; TTY=pts/1 ; PWD=/tmp ; USER=root ; COMMAND=/bin/bash', 0).clusterId;
    expect(got).not.toContain(denied);
  });

  it('a capitalised name after a word that introduces one is one value, whatever its length', () => {
    const m = new TemplateMiner();
    const units = ['Time Synchronization', 'Periodic Command Scheduler', 'Login Service', 'Disk Manager'];
    const pick = picker(3);
    const got = ids(m, Array.from({ length: 40 }, () => `Unit ${pick(units)} entered failed state`));
    expect(events(m, got).size).toBe(1);
    // Lower-case words after it are the event's wording, not more of the name.
    const other = m.add('Unit Disk Manager entered maintenance mode', 0).clusterId;
    expect(got).not.toContain(other);
  });
  it('a value written without quotes in a field list runs to the next key (`command=grep -r root /etc terminal=0`)', () => {
    // A runtime-security alert prints the command line unquoted among its fields. Before, a
    // command of another number of words made a template of its own.
    const m = new TemplateMiner();
    const pick = picker(13);
    const alert = (i: number, command: string) => `${10 + (i % 9)}:4${i % 10}:1${i % 6}.${100000 + i * 7}: Notice Shell activity seen (evt_type=execve user=${pick(['root', 'www-data', 'nobody'])} process=${pick(['bash', 'grep', 'find'])} command=${command} terminal=${pick(['0', '34816'])} container_id=${pick(['3f9a1c2e7b11', 'host', '9d0e44aa01b2'])})`;
    const got = ids(m, Array.from({ length: 40 }, (_, i) => alert(i, pick(['bash', 'sh', 'zsh']))));
    const longer = m.add(alert(41, 'grep -r root /etc'), 0).clusterId;
    expect(events(m, [...got, longer]).size).toBe(1);
    // Wording outside a value still splits: another alert's sentence is another event.
    const other = m.add('11:40:12.100001: Notice Shell history deleted (evt_type=execve user=root process=bash command=rm -f .bash_history terminal=0 container_id=host)', 0).clusterId;
    expect(events(m, [longer, other]).size).toBe(2);
  });

  it('fields in place of others are another record, a field on one side only is optional', () => {
    // A firewall's TCP and UDP records share their first fields and end in different ones; a job
    // runner adds a batch id to some lines of one event. Before, the TCP and UDP records became
    // one event once one of them had lines of two lengths.
    const m = new TemplateMiner();
    const pick = picker(14);
    const head = (i: number) => `[FW BLOCK] IN=eth0 OUT= SRC=198.51.100.${i % 200} DST=10.0.0.${i % 50} LEN=${40 + i} TTL=${pick(['64', '128', '242'])} ID=${1000 + i}`;
    const tcp = (i: number) => `${head(i)} PROTO=TCP SPT=${2000 + i} DPT=${pick(['22', '443', '3389'])} WINDOW=${1024 + i} RES=0x00 SYN URGP=0`;
    const udp = (i: number) => `${head(i)} PROTO=UDP SPT=${3000 + i} DPT=${pick(['53', '123', '1900'])} LEN=${20 + (i % 90)}`;
    const got = ids(m, Array.from({ length: 80 }, (_, i) => (i % 3 === 0 ? udp(i) : tcp(i))));
    const t = events(m, got.filter((_, i) => i % 3 !== 0));
    const u = events(m, got.filter((_, i) => i % 3 === 0));
    expect(t.size).toBe(1);
    expect(u.size).toBe(1);
    expect([...t][0]).not.toBe([...u][0]);
    const jobs = new TemplateMiner();
    const job = (i: number) => `2026-12-0${1 + (i % 9)}T10:1${i % 10}:00.${100 + i}Z pid=1 tid=${pick(['10r', 'wxt', '2bb'])} class=${pick(['MailJob', 'ResizeJob'])} jid=${(0xabc000 + i * 97).toString(16)}${i % 4 === 0 ? ` bid=${(0xb000 + i).toString(16)}` : ''} elapsed=${(i % 7) / 3} INFO: done`;
    expect(events(jobs, ids(jobs, Array.from({ length: 60 }, (_, i) => job(i)))).size).toBe(1);
  });
  it("a user agent written without quotes is one value, and a 12-hour clock's AM / PM part of the time", () => {
    // A Node framework's request logger: `GET /x 200 n - <agent> <ip>` after a US-style time.
    // Before, each agent's length (and each half of the day) made a template of its own.
    const m = new TemplateMiner();
    const pick = picker(15);
    const agents = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'okhttp/4.12.0', 'Stripe/1.0 (+https://stripe.com/docs/webhooks)', 'curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'];
    const rows = Array.from({ length: 120 }, (_, i) => `[Nest] ${pick(['1', '33'])}  - 12/${10 + (i % 18)}/2026, ${1 + (i % 12)}:${10 + (i % 50)}:${10 + (i % 49)} ${pick(['AM', 'PM'])}     LOG [HTTP] GET /api/orders/${1000 + i} ${pick(['200', '304', '404'])} ${100 + i * 13} - ${pick(agents)} 10.42.${i % 9}.${i % 200}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(1);
    // Another method is another event.
    const post = m.add('[Nest] 1  - 12/12/2026, 8:57:16 PM     LOG [HTTP] POST /api/orders 201 88 - okhttp/4.12.0 10.42.1.7', 0).clusterId;
    expect(events(m, [got[0], post]).size).toBe(2);
  });
  it("a date's month name is not a word of the message: a label after it opens no free text", () => {
    // A RADIUS server's log: `[<date>] Auth: (id) Login OK: …` / `Login incorrect: …` /
    // `Login rejected: …`. Before, the month counted as a word of the message and `Auth:` as its
    // second, so what followed `Auth:` was taken for one free-text value: one event.
    const m = new TemplateMiner();
    const pick = picker(16);
    const users = ['haruto', 'alice', 'guest', 'bob', 'anonymous'];
    const outcome = ['OK:', 'incorrect:', 'rejected:'];
    const rows = Array.from({ length: 90 }, (_, i) => `[Dec ${1 + (i % 28)} 1${i % 10}:2${i % 6}:3${i % 10}] Auth: (${100000 + i * 17}) Login ${outcome[i % 3]} [${pick(users)}] (from client ${pick(['vpn-gw', 'wlc-01'])} port ${pick(['0', '41', '7'])})`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(3);
  });
  it("a severity written as a label (`INFO:`) introduces the message: the words after it are its wording, not a labelled value", () => {
    // A job runner: `<fields> INFO: start` / `… elapsed=1.5 INFO: done` / `… INFO: fail`. Before,
    // `INFO:` counted as a word of the message, and what followed it could be taken for free text.
    const m = new TemplateMiner();
    const pick = picker(17);
    const rows = Array.from({ length: 120 }, (_, i) => {
      const head = `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T10:4${i % 10}:13.${100 + i}Z pid=${pick(['1', '27'])} tid=${pick(['10r', 'wxtyub', '2bb4k'])} class=${pick(['OrderMailerJob', 'ImageResizeJob', 'Billing::ChargeJob'])} jid=${(0xaf3be4 + i * 7919).toString(16)}`;
      return i % 3 === 0 ? `${head} INFO: start` : `${head} elapsed=${(i % 17) / 7} INFO: ${i % 3 === 1 ? 'done' : 'fail'}`;
    });
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(3);
    // After a heading in capitals it is part of the heading (`SERVICE ALERT:`), and free text
    // after it stays one value.
    const n = new TemplateMiner();
    const alerts = Array.from({ length: 60 }, (_, i) => `[17816846${10 + i}] SERVICE ALERT: ${pick(['mail01', 'db01'])};${pick(['Load', 'HTTP', 'SSH'])};OK;SOFT;2;${pick(['HTTP OK: HTTP/1.1 200 OK - 77798 bytes in 0.759 second response time', 'OK - load average: 0.12, 0.30, 0.41', 'CRITICAL - Socket timeout after 10 seconds'])}`);
    expect(events(n, ids(n, alerts)).size).toBe(1);
  });
  it("a label that opens a bracket (`[MSGID: 106499]`) names the bracket's content, and a value after a bracketed field or a separator is the header's: the message follows", () => {
    // A distributed file system's log: `[time] I [MSGID: n] [file.c:line:fn] 0-<translator>:
    // <message>`. Before, `[MSGID:` was taken for a label after which the rest of the line was one
    // free-text value, and every informational line was one event.
    const m = new TemplateMiner();
    const pick = picker(18);
    const head = (i: number, id: string, fn: string) => `[2026-12-${String(1 + (i % 28)).padStart(2, '0')} 1${i % 10}:0${i % 6}:1${i % 10}.${100000 + i * 37} +0000] I [MSGID: ${id}] [${fn}.c:${100 + (i % 7) * 13}:${fn}_cbk] 0-${pick(['vol0', 'data', 'media'])}-${pick(['server', 'client-0', 'client-2'])}:`;
    const messages = [
      (i: number) => `${head(i, '115029', 'server-handshake')} accepted client from host-${i % 9} (version: 10.${i % 5}) with subvol /bricks/b${i % 3}`,
      (i: number) => `${head(i, '101055', 'client_t')} Shutting down connection CTX_ID:${(0xfa11 + i * 31).toString(16)}-PID:${3000 + i}`,
      (i: number) => `${head(i, '115036', 'server')} disconnecting connection from CTX_ID:${(0xbee + i * 17).toString(16)}-PID:${2000 + i}`,
      (i: number) => `${head(i, '108026', 'afr-self-heal')} Completed data selfheal on ${(0xc0ffee + i * 101).toString(16)}. sources=[0] 1 sinks=2`,
    ];
    const got = ids(m, Array.from({ length: 120 }, (_, i) => messages[i % 4](i)));
    for (let k = 0; k < 4; k++) expect(events(m, got.filter((_, i) => i % 4 === k)).size).toBe(1);
    expect(events(m, got).size).toBe(4);
    // A game server's log: `L <date> - <time>: "<player>" <verb> …`. The time before the colon
    // closes the header; what follows is the message, whatever its length.
    const g = new TemplateMiner();
    const players = ['"alice<9><STEAM_1:1:801><TERRORIST>"', '"Dr. Strange<8><STEAM_1:0:242><CT>"', '"bot<3><BOT><CT>"'];
    const game = Array.from({ length: 90 }, (_, i) => {
      const at = `L 12/${String(1 + (i % 28)).padStart(2, '0')}/2026 - 1${i % 10}:2${i % 6}:3${i % 10}:`;
      return i % 2 === 0 ? `${at} ${pick(players)} [${i * 3} ${-i} 62] killed ${pick(players)} [${i} ${i * 7} -12] with "${pick(['ak47', 'awp', 'glock'])}"` : `${at} ${pick(players)} say "${pick(['gg', 'wp all', 'rush b now pls'])}"`;
    });
    const gids = ids(g, game);
    expect(events(g, gids).size).toBe(2);
    // A subject in brackets (`device (wlan0): …`) is no label either: the message follows it.
    const d = new TemplateMiner();
    const net = Array.from({ length: 90 }, (_, i) => {
      const at = `Dec ${1 + (i % 28)} 09:5${i % 10}:27 laptop-${i % 3} NetworkManager[${800 + (i % 4)}]: <info>  [17656${10000 + i * 7}.1664] device (${pick(['wlan0', 'tun0', 'eth1'])}):`;
      return i % 2 === 0 ? `${at} state change: ${pick(['disconnected', 'prepare', 'config'])} -> ${pick(['activated', 'failed'])}` : `${at} Activation: starting connection '${pick(['HomeWiFi', 'Office'])}' (${(0x9016 + i).toString(16)})`;
    });
    const dids = ids(d, net);
    expect(events(d, dids).size).toBe(2);
  });
  it("a logger written as a class with its package names where the event was logged: two loggers are two events, however alike their fields", () => {
    // A search server's request log: `<time> INFO (<thread>) [<core>] <logger> [<core>] webapp=…
    // path=… params=… <fields>`. Before, the class names were taken for values shaped like
    // identifiers, and the update log and the request log were one event.
    const m = new TemplateMiner();
    const pick = picker(19);
    const head = (i: number, logger: string) => `2026-12-${String(1 + (i % 28)).padStart(2, '0')} 1${i % 10}:0${i % 6}:1${i % 10}.${100 + i} INFO  (qtp${1595953398}-${14 + (i % 300)}) [c:${pick(['products', 'logs'])} s:shard${1 + (i % 2)} r:core_node${i % 7} x:products_shard${1 + (i % 2)}_replica_n${i % 5}] ${logger} [products_shard${1 + (i % 2)}_replica_n${i % 5}]  webapp=/solr`;
    const rows = Array.from({ length: 90 }, (_, i) => (i % 2 === 0
      ? `${head(i, 'o.a.s.c.S.Request')} path=/select params={q=sku:${i}&rows=10} hits=${i * 13} status=0 QTime=${i % 40}`
      : `${head(i, 'o.a.s.u.p.LogUpdateProcessorFactory')} path=/update params={wt=javabin&version=2}{add=[AB-${1000 + i} (${1798194695143 + i * 7})]} 0 ${100 + i}`));
    const got = ids(m, rows);
    expect(events(m, got.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(events(m, got).size).toBe(2);
  });
  it("lines that share only their header are no forms of one event: a template whose message generalised away absorbs no other event's words", () => {
    // A flow engine's log: `<d> <Mon> <time> - [info] [debug:<node>] <payload>` prints a payload
    // of any shape, so that template's message is all variables; `[server:HA] Connecting to <url>`
    // shares only the date, the dash and the severity with it. Before, it was taken for
    // another length of the payload's template, and then every info line of that length was.
    const m = new TemplateMiner();
    const pick = picker(20);
    const at = (i: number) => `${1 + (i % 28)} Dec ${String(i % 24).padStart(2, '0')}:${10 + (i % 50)}:${10 + (i % 49)} - [info]`;
    const debug = (i: number) => `${at(i)} [debug:${pick(['debug 1', 'mqtt in', 'weather raw'])}] ${pick(['true', 'off', `${i * 1.5}`, `{"t":${i}}`])}`;
    const rows: string[] = [];
    for (let i = 0; i < 60; i++) rows.push(debug(i));
    for (let i = 60; i < 120; i++) rows.push(i % 3 === 0 ? `${at(i)} [server:${pick(['HA', 'Home'])}] Connecting to http://192.168.1.${i % 200}:8123` : debug(i));
    const got = ids(m, rows);
    const connecting = got.filter((_, i) => i >= 60 && i % 3 === 0);
    const payloads = got.filter((_, i) => !(i >= 60 && i % 3 === 0));
    for (const c of events(m, connecting)) expect(events(m, payloads).has(c)).toBe(false);
  });

  it("a subsystem's abbreviation as a label (`XDS:`) opens the message, not free text", () => {
    // A control plane's zap console log: time, level, scope, then `ABC: message`. Before, the
    // level and scope counted as the message's wording, so each abbreviation's label was taken to
    // open one free-text value and its different messages became one event.
    const m = new TemplateMiner();
    const pick = picker(53);
    const node = () => `sidecar~10.0.${pick(['1', '2', '3'])}.${pick(['7', '19', '44'])}~${pick(['web-0', 'api-1', 'cart-2'])}.shop~shop.svc.cluster.local-${pick(['11', '12', '13'])}`;
    const kinds = [
      () => `XDS: new connection for node:${node()}`,
      () => `XDS: "10.0.4.${pick(['5', '6'])}:${pick(['40110', '40111', '50001'])}" ${node()} terminated`,
      () => `PDS: Pushing Services:${pick(['30', '31', '35'])} ConnectedEndpoints:${pick(['8', '9'])} Version:2026-12-0${pick(['1', '2'])}T10:00:00Z/${pick(['41', '42'])}`,
      () => `PDS: Incremental Pushing ConnectedEndpoints:${pick(['8', '9'])} Version:2026-12-0${pick(['1', '2'])}T10:00:00Z/${pick(['41', '42'])}`,
    ];
    const rows = Array.from({ length: 120 }, (_, i) => `2026-12-07T10:${10 + (i % 50)}:0${i % 10}.${100000 + i}Z\tinfo\tdisc\t${kinds[i % 4]()}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(4);
  });

  it("a line with a plain word where others hold a named bracketed field (`[probe:<id>]`) is laid out differently", () => {
    // A flow engine's log: `[info] [probe:<name>] <payload>` from its debug nodes, and its own
    // `[info] Starting flows` / `Started flows` / `Stopping flows` / `Stopped flows`. Before, a
    // one-word payload lined the verbs up with the probe's field and value, and all were one event.
    const m = new TemplateMiner();
    const pick = picker(59);
    const verbs = ['Starting', 'Started', 'Stopping', 'Stopped'];
    const rows = Array.from({ length: 240 }, (_, i) => {
      const at = `${1 + (i % 28)} Dec 1${i % 10}:0${i % 6}:2${i % 7} -`;
      if (i % 3 === 0) return `${at} [info] ${verbs[(i / 3) % 4]} flows`;
      return `${at} [info] [probe:${pick(['a13f0c9e77d2', '5be01d442c90', '0f9a7e3318bb'])}] ${pick(['true', 'off', '12.5', 'on', '731'])}`;
    });
    const got = ids(m, rows);
    const verbEvents = new Set(got.filter((_, i) => i % 3 === 0));
    expect(verbEvents.size).toBe(4);
    for (let i = 1; i < got.length; i++) if (i % 3 !== 0) expect(verbEvents.has(got[i])).toBe(false);
  });

  it("a dotted logger name after the severity (`[INFO]  client.alloc_runner:`) ends the header, not a label opening free text", () => {
    // An hclog-style agent log. Before, the severity and the logger counted as the message's
    // wording, so the logger's colon opened one free-text value and the logger's messages
    // became one event.
    const m = new TemplateMiner();
    const pick = picker(61);
    const verbs = ['created', 'started', 'stopped', 'removed'];
    const rows = Array.from({ length: 120 }, (_, i) => `2026-12-07T10:${10 + (i % 50)}:0${i % 10}.${100 + i}Z [INFO]  client.alloc_runner.task_hook: ${verbs[i % 4]} container: driver=${pick(['podman', 'exec'])} container_id=${(0x5f3c9a00 + i * 7919).toString(16)}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(4);
  });

  it("a Rust module path after a severity in capitals (`INFO store::shard::loader:`) ends the header too", () => {
    // Rust's tracing layout: `<time>  INFO <target>: <message>`, the target joined by `::`.
    // Before, the capitals' severity counted as a heading and `::` as no name, so the target
    // was a label opening free text and every message of a target became one event.
    const m = new TemplateMiner();
    const pick = picker(62);
    const acts = [
      () => `Loading shard ${pick(['7', '12', '31'])}`,
      () => `Recovering shard ${pick(['7', '12'])}: ${pick(['0', '2'])}/4 (${pick(['0', '50'])}%)`,
      () => `Recovered shard ${pick(['7', '31'])}: 4/4 (100%)`,
      () => `Flushed ${pick(['12', '40', '7'])} segments in ${pick(['3', '19'])} ms`,
    ];
    const rows = Array.from({ length: 160 }, (_, i) => `2026-12-07T10:${10 + (i % 50)}:0${i % 10}.${100000 + i}Z  INFO store::shard::loader: ${acts[i % 4]()}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(4);
  });

  it("a lower-case component right after a syslog tag (`meshd[812]: router:`) is the speaker, not the message's first word", () => {
    // A Go daemon's lines: `component: Step: what it does`. Before, the component counted as
    // wording, so the next label opened free text and the step's different actions became one.
    const m = new TemplateMiner();
    const pick = picker(67);
    const acts = ['applying routes', 'applying firewall', 'applying resolver', `applying interface config (with ${pick(['3', '4'])}/${pick(['4', '5'])} peers)`];
    const rows = Array.from({ length: 120 }, (_, i) => `Dec ${1 + (i % 28)} 1${i % 10}:0${i % 6}:2${i % 7} gw-${1 + (i % 2)} meshd[${800 + (i % 3)}]: router: Update: ${acts[i % 4]}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(4);
  });

  it("a pid alone as the tag after a level and a date (`INFO Dec 06 09:20:24.132 [4711]:`) ends the header, and a component follows", () => {
    // A small proxy's fixed columns: level, date, `[pid]:`, then `function: message`. Before,
    // the bracketed pid was no tag, so the level and the function counted as wording and the
    // function's label opened free text: its different messages of one length became one event.
    const m = new TemplateMiner();
    const pick = picker(97);
    const acts = [() => `opening connection to ${pick(['deb.debian.org', 'pypi.org'])}:443`, () => `getaddrinfo returned for ${pick(['deb.debian.org', 'pypi.org'])}:443`, () => `closing idle socket of ${pick(['10.0.0.4', '10.0.0.9'])}:3128`];
    const rows = Array.from({ length: 150 }, (_, i) => `INFO      Dec ${String(1 + (i % 28)).padStart(2, '0')} 1${i % 10}:0${i % 6}:2${i % 7}.${100 + i} [${4000 + i}]: sockets: ${acts[i % 3]()}`);
    expect(events(m, ids(m, rows)).size).toBe(3);
  });

  it('a tag without a pid after a long date and a facility (`Wed Dec  2 15:17:08 2026 daemon.notice netifd:`) ends the header', () => {
    // A router's log read: before, the date's five tokens put the tag beyond the header's
    // reach, so it was a label opening free text: its messages of one length were one event.
    const m = new TemplateMiner();
    const pick = picker(103);
    const msgs = [() => `Interface '${pick(['wan', 'lan', 'guest'])}' is now up`, () => `Interface '${pick(['wan', 'lan', 'guest'])}' has lost the connection`, () => `Network device '${pick(['eth0', 'lan1'])}' link is down`];
    const rows = Array.from({ length: 150 }, (_, i) => `${pick(['Mon', 'Wed', 'Sat'])} Dec ${String(1 + (i % 28)).padStart(2, ' ')} 1${i % 10}:0${i % 6}:2${i % 7} 2026 daemon.notice netifd: ${msgs[i % 3]()}`);
    expect(events(m, ids(m, rows)).size).toBe(3);
  });

  it("a bracketed subsystem right after a syslog tag (`ringd[7]: [VOTES ]`) is the speaker, not a bracketed parameter", () => {
    // A cluster engine's lines: `[SUBSYS] message`, the tag padded to a column. Before, two
    // subsystems' tags were two values of one bracketed parameter, and a label after the tag
    // opened free text: messages of different subsystems and kinds became one event.
    const m = new TemplateMiner();
    const pick = picker(71);
    const kinds = [
      () => `[RING  ] Resend queue: ${pick(['2b2', '2c0', '31f'])}`,
      () => `[VOTES ] Members[${pick(['2', '3'])}]: ${pick(['1', '2'])} ${pick(['2', '3'])}`,
      () => `[LINK  ] peer: peer: ${pick(['1', '2'])} has no usable paths`,
      () => `[LINK  ] peer: peer: ${pick(['1', '2'])} (passive) best path: ${pick(['0', '1'])} (pri: 1)`,
    ];
    const rows = Array.from({ length: 160 }, (_, i) => `Dec ${1 + (i % 28)} 1${i % 10}:0${i % 6}:2${i % 7} node-${1 + (i % 3)} ringd[1187]:   ${kinds[i % 4]()}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(4);
  });

  it("two programs' syslog tags (`sigcheck[<pid>]:` / `policyd[<pid>]:`) are two programs, not one masked value", () => {
    // Two mail filters writing short verdicts after a queue id. Before, their tags, pids
    // masked, counted as values: the other program's first words counted towards this one's,
    // that position turned variable, and both programs' verdicts became one event.
    const m = new TemplateMiner();
    const pick = picker(73);
    const qid = (i: number) => (0x3a9f00c1d + i * 104729).toString(36).toUpperCase();
    const a = ['no signature data', 'bad signature data', 'SIG verification successful', 'key table miss'];
    const rows = Array.from({ length: 300 }, (_, i) => {
      const at = `Dec ${1 + (i % 28)} 1${i % 10}:0${i % 6}:2${i % 7} mx-${1 + (i % 2)}`;
      if (i % 3 === 2) return `${at} policyd[905]: ${qid(i)}: sender policy ${pick(['pass', 'fail', 'none'])}`;
      if (i % 9 === 4) return `${at} suite/${pick(['agent', 'relay'])}[${70 + (i % 5)}]: ${qid(i)}: queued for delivery`;
      return `${at} sigcheck[${pick(['812', '4037'])}]: ${qid(i)}: ${a[i % a.length]}`;
    });
    const got = ids(m, rows);
    // The policy's outcome is its wording (three events); one suite's services log a shared
    // event alike (one event for both).
    expect(events(m, got).size).toBe(a.length + 3 + 1);
  });

  it("Serilog's abbreviated levels (`[INF]`, `[WRN]`) are severities, and its logger after the thread id ends the header", () => {
    // A .NET server's text log: `[time] [INF] [thread] Namespace.Class: message`. Before, `INF`
    // was a word of the message and the logger a label opening free text, so a socket's
    // `request` and `closed` became one event.
    const m = new TemplateMiner();
    const pick = picker(83);
    const rows = Array.from({ length: 160 }, (_, i) => {
      const at = `[2026-12-${String(1 + (i % 28)).padStart(2, '0')} 1${i % 10}:0${i % 6}:2${i % 7}.${100 + i} +00:00]`;
      const what = ['request', 'closed', 'opened', 'request'][i % 4];
      return `${at} [${pick(['INF', 'INF', 'WRN'])}] [${100 + (i % 50)}] Media.Server.Net.SocketManager: WS "192.168.1.${i % 200}" ${what}`;
    });
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(3);
  });

  it('a message quoted inside brackets (`["finish resolve locks"]`) is wording, not a bracketed parameter', () => {
    // A record of bracketed fields that quotes its message in one of them. Before, every word
    // of the message sat inside `[`…`]` and counted as a parameter, and a component's messages
    // of one length became one event.
    const m = new TemplateMiner();
    const msgs = ['starts the whole job', 'finish resolve locks', 'start resolve locks', 'finish delete ranges'];
    const rows = Array.from({ length: 200 }, (_, i) => `[2026/12/${String(1 + (i % 28)).padStart(2, '0')} 0${i % 10}:2${i % 6}:1${i % 7}.${100 + i} +00:00] [INFO] [gc_worker.go:${300 + (i % 9)}] ["[gc worker] ${msgs[i % msgs.length]}"] [uuid=${(0x5ac808da356 + i * 7919).toString(16)}] [safePoint=${453935048195260867n + BigInt(i)}]`);
    expect(events(m, ids(m, rows)).size).toBe(msgs.length);
  });

  it('a bracket that the first token opens after other characters (`<![MSG[Job …]MSG]!>`) wraps the message, not a parameter list', () => {
    // A client agent's log: each message wrapped in a marker of its own, the record's fields in
    // an element after it. Before, every word sat inside the marker's open bracket, counted as a
    // parameter, and the job's messages of one length became one event.
    const m = new TemplateMiner();
    const pick = picker(89);
    const msgs = [() => `in state '${pick(['Queued', 'Running', 'Done'])}'.`, () => 'successfully finished download.', () => 'failed with error.', () => 'was cancelled by policy.'];
    const rows = Array.from({ length: 200 }, (_, i) => `<![MSG[Job {${(0x3c9a00f1 + i * 7919).toString(16).toUpperCase()}-4594-A756} ${msgs[i % 4]()}]MSG]!><time="1${i % 10}:0${i % 6}:1${i % 7}.${100 + i}" component="Transfer" thread="${3000 + i}">`);
    expect(events(m, ids(m, rows)).size).toBe(4);
    // A bracket that opens the line is still a parameter's (`[pool www]` / `[pool api]`).
    const m2 = new TemplateMiner();
    const pools = Array.from({ length: 120 }, (_, i) => `[pool ${pick(['www', 'api', 'shop'])}] child ${1000 + i} ${i % 2 ? 'started' : 'exited with code 0'}`);
    expect(events(m2, ids(m2, pools)).size).toBe(2);
  });

  it("Python's `time:LEVEL:logger:message` keeps the message's first word, which its header glues on", () => {
    // `%(asctime)s:%(levelname)s:%(name)s:%(message)s` prints one token from the time's
    // milliseconds to the message's first word. Before, the digits masked that token whole, and
    // messages that differ only in their first word became one event.
    const m = new TemplateMiner();
    const verbs = ['Sending', 'Retrying', 'Aborting', 'Queueing'];
    const rows = Array.from({ length: 160 }, (_, i) => `2026-11-${String(1 + (i % 28)).padStart(2, '0')} 0${i % 10}:2${i % 6}:0${i % 7},${100 + i}:DEBUG:acme.client:${verbs[i % verbs.length]} POST request to https://acme.example.org/acme/cert/${(0xa16b47406 + i * 7919).toString(16)}.`);
    expect(events(m, ids(m, rows)).size).toBe(verbs.length);
  });

  it('a lone `|` after `key=value` header fields ends the last value and the header: the message follows it', () => {
    // A runner's log: `<time> p=<pid> u=<user> n=<name> | <message>`. Before, the last field's
    // value ran to the end of the line (a value without quotes can hold spaces), so every
    // message was that value and the whole log one event.
    const m = new TemplateMiner();
    const pick = picker(89);
    const hosts = ['web1.prod.example.com', 'web2.prod.example.com', 'db1.prod.example.com', 'cache-01', '10.0.4.17'];
    const forms = [
      (h: string) => `ok: [${h}]`,
      (h: string) => `changed: [${h}]`,
      (h: string) => `skipping: [${h}]`,
      (h: string) => `fatal: [${h}]: UNREACHABLE! => {"changed": false, "unreachable": true}`,
    ];
    const rows = Array.from({ length: 250 }, (_, i) => `2026-12-${String(1 + (i % 28)).padStart(2, '0')} 1${i % 10}:0${i % 6}:2${i % 7},${100 + i} p=${48000 + (i % 7) * 31} u=${pick(['deploy', 'jenkins', 'root'])} n=ansible | ${forms[i % forms.length](pick(hosts))}`);
    expect(events(m, ids(m, rows)).size).toBe(forms.length);
  });

  it('in a record of angle-bracketed columns, a word inside a column (`<[ACTIVE] ExecuteThread: …>`) is a parameter, and a label there opens no free text', () => {
    // An application server's log: every field in `<…>`. Before, the thread's state inside its
    // column (`[ACTIVE]` / `[STANDBY]`) counted as wording, and each message split by it.
    const m = new TemplateMiner();
    const pick = picker(103);
    const line = (i: number) => `####<Dec ${1 + (i % 28)}, 2026, ${1 + (i % 12)}:0${i % 10}:1${i % 6},${100 + i} ${i % 2 ? 'AM' : 'PM'} UTC> <Info> <JDBC> <wls-0${1 + (i % 3)}.example.com> <ManagedServer_${1 + (i % 2)}> <[${pick(['ACTIVE', 'STANDBY'])}] ExecuteThread: '${i % 60}' for queue: 'weblogic.kernel.Default (self-tuning)'> <<anonymous>> <> <${(0xc1351c49 + i * 7919).toString(16)}-0000${1000 + i}> <${1796765991103 + i}> <[severity-value: 64] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-001129> <Received exception while creating connection for pool "AppDS".>`;
    expect(events(m, ids(m, Array.from({ length: 120 }, (_, i) => line(i)))).size).toBe(1);
    // Before, the label inside the thread's column (`queue:`) opened free text to the end of the
    // line, message and all.
    const toks = line(0).split(/\s+/);
    expect(isLabel(toks, toks.indexOf('queue:'), toks.length)).toBe(false);
    // Outside such a record, `<` marks no column: arrows and addresses keep their neighbours' wording.
    const m2 = new TemplateMiner();
    const route = Array.from({ length: 60 }, (_, i) => `2026-12-12 02:15:${String(i % 60).padStart(2, '0')}.468 <TRACE> peer${i % 3} ${i % 2 ? '>' : '<'} ${i % 2 ? 'added' : 'removed'} [best] 10.${i}.0.0/16 unicast`);
    expect(events(m2, ids(m2, route)).size).toBe(2);
  });

  it("a month's name opening a syslog date is the date's value, not a word a cluster keeps", () => {
    // Before, a cluster that had seen one month only kept its name: an event that had split into
    // two forms (IPv4 and IPv6 peers) and generalised back to one template stayed two events when
    // one form had been seen in December only (`Dec <*> …` / `<*> <*> …`).
    const tok = new Tokenizer(resolveOptions());
    const out: string[] = [];
    tok.tokenize('Dec  3 15:54:01 core-sw-mgmt snmpd[1034]: Connection from UDP6: [fd00:10::c8]:27452->[fd00:10::c]:161', out);
    expect(out.slice(0, 3)).toEqual(['<*>', '<*>', '<*>']);
    // A month's name in a message keeps its place (`report for Dec is ready`, `Dec 2026`).
    tok.tokenize('report for Dec is ready, due Dec 24 2026', out);
    expect(out).toContain('Dec');
    // After the day too (`3 Dec 02:15:16`, Node's and many embedded formats), but not after a count.
    tok.tokenize('3 Dec 02:15:16 - [info] Server now running', out);
    expect(out.slice(0, 3)).toEqual(['<*>', '<*>', '<*>']);
    tok.tokenize('found 3 Dec files', out);
    expect(out).toContain('Dec');
    // With the year between the day and the time (`Dec 19 2026 18:49:10`).
    tok.tokenize('Dec 19 2026 18:49:10 GMT: INFO (info): ticker', out);
    expect(out.slice(0, 4)).toEqual(['<*>', '<*>', '<*>', '<*>']);
  });

  it('a time zone after the time is part of the date, as a month or day name is', () => {
    // A database's ticker writes `<date> GMT: INFO (<module>): …`. Before, the zone counted as a
    // word of the message (sealed15's aerospike 0.18 -> 0.37 with it a date's word).
    expect(calendarWord('GMT:')).toBe(true);
    expect(calendarWord('UTC')).toBe(true);
    expect(calendarWord('(CEST)')).toBe(true);
    expect(calendarWord('ESTATE')).toBe(false);
  });

  it('lines that agree on their header only, and on no word of the message after it, are different events', () => {
    // A daemon whose messages after `INFO:` share no word. Before, the fifth message of one
    // length made every position a variable, and they all became `INFO: <*> <*> <*>`.
    const m = new TemplateMiner();
    const msgs = ['CTRL-EVENT-CONNECTED link established', 'Associated with gateway', 'WPA: Key negotiation completed', 'Trying to associate', 'CTRL-EVENT-DISCONNECTED reason cleared', 'SME: Authentication timed out', 'Scan results available'];
    const rows = Array.from({ length: 210 }, (_, i) => `[wlan0] 2026/12/0${1 + (i % 9)} 1${i % 10}:0${i % 6}:1${i % 7}.${100000 + i} INFO: ${msgs[i % msgs.length]}`);
    expect(events(m, ids(m, rows)).size).toBe(msgs.length);
  });

  it('an opening bracket padded before a right-aligned value (`[ 87851.498812s]`) opens that value, as the wider `[187851.498812s]` does', () => {
    // A proxy that prints its uptime right-aligned in brackets. Before, a narrower uptime split
    // into `[` and a value, and every event had a second template for it.
    const m = new TemplateMiner();
    const rows = Array.from({ length: 120 }, (_, i) => `[${(10000 + ((i * 7919) % 190000) + 0.498812).toFixed(6).padStart(13, ' ')}s]  INFO ThreadId(01) linkerd_app_core::serve: Connection closed client.addr=10.0.59.${i % 200}:${11000 + i}`);
    expect(events(m, ids(m, rows)).size).toBe(1);
  });

  it('a padded counter in brackets right after another bracketed field (`][ 35]`) is one token with the field, as `][135]` is', () => {
    // A game engine's header: time, then a frame counter padded to three columns. Before, a
    // counter under 100 split the header into two tokens and each event had a second template.
    const m = new TemplateMiner();
    const rows = Array.from({ length: 120 }, (_, i) => `[2026.12.${String(1 + (i % 28)).padStart(2, '0')}-13.42.39:617][${String((i * 37) % 1000).padStart(3, ' ')}]2026.12.02_21.02.08: ${['Alice', 'Kofi', 'TankMom', 'hana', 'xX_Dodo_Xx', 'Ragnar', 'mei'][i % 7]} joined this ARK!`);
    expect(events(m, ids(m, rows)).size).toBe(1);
  });

  it('a bracket whose close a masked value swallowed holds nothing after it: the words after it are the message', () => {
    // `[<*>:` opens a bracket that never closes in the line. Before, every word after it
    // counted as a bracketed parameter, and `joined` and `left` became one event.
    const m = new TemplateMiner();
    const who = ['Alice', 'Kofi', 'TankMom', 'hana', 'xX_Dodo_Xx', 'Ragnar', 'mei', 'Priya', 'oskar', 'Lena', 'wren', 'Tomas', 'solo', 'Zed', 'juno'];
    const rows = Array.from({ length: 300 }, (_, i) => `[2026.12.${String(1 + (i % 28)).padStart(2, '0')}-13.42.39:617][${100 + ((i * 37) % 900)}]2026.12.02_21.02.08: ${who[i % 15]} ${i % 2 ? 'left' : 'joined'} this ARK!`);
    const got = ids(m, rows);
    // No event holds both verbs.
    const verbs = new Map<string, Set<string>>();
    got.forEach((id, i) => {
      const t = m.get(id)?.template ?? '';
      (verbs.get(t) ?? verbs.set(t, new Set()).get(t)!).add(i % 2 ? 'left' : 'joined');
    });
    expect([...verbs.values()].every((v) => v.size === 1)).toBe(true);
    // A bracket that does close later still holds its parameters (`[HRESULT = … - CODE]`).
    const p = new TemplateMiner();
    const codes = ['CBS_E_MANIFEST_INVALID_ITEM', 'CBS_E_INVALID_PACKAGE', 'CBS_E_NOT_FOUND', 'CBS_E_PENDING', 'CBS_E_ABORT', 'CBS_E_BUSY'];
    expect(events(p, ids(p, Array.from({ length: 12 }, (_, i) => `Failed to get next element [HRESULT = 0x800f08${i % 6} - ${codes[i % 6]}]`))).size).toBe(1);
  });

  it('a value in brackets named by the word before it (`TOPIC(<*>):`, `LOOKUPD(<*>):`) is a different subject from another name or a plain word', () => {
    // A queue daemon prefixes its messages with the subject it speaks of. Before, a masked
    // token was never a conflict, so a template opening with `LOOKUPD(<*>):` absorbed every
    // other message of its length, word for word.
    const m = new TemplateMiner();
    const msgs = [
      (i: number) => `LOOKUPD(nsqlookupd-${i % 3}.nsqlookupd:4160): topic REGISTER orders${i % 5}`,
      (i: number) => `TOPIC(emails${i % 4}): deleting channel sender${i % 3}`,
      (i: number) => `PROTOCOL(V2): [10.0.4.${i % 200}:${20000 + i}] exiting ioloop`,
      (i: number) => `nsqd v1.3.${i % 3} (built w/go1.21.${i % 6})`,
    ];
    const rows = Array.from({ length: 200 }, (_, i) => `[nsqd] 2026/12/${String(1 + (i % 28)).padStart(2, '0')} 1${i % 10}:0${i % 6}:1${i % 7}.${100000 + i} INFO: ${msgs[i % msgs.length](i)}`);
    expect(events(m, ids(m, rows)).size).toBe(msgs.length);
  });
});

// Lines that are records of columns rather than sentences: a CSV record under a syslog header or
// alone, an access log's trailing columns after its quoted fields, a tab-separated access log
// whose method column names the request. Each case merged or split events before its rule.
import { describe, expect, it } from 'vitest';
import { csvText, semicolonText } from '../../src/patterns/csv-line.ts';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { events, ids, picker } from './helpers.ts';

describe('records of columns', () => {
  it('splits a CSV record into one token per field, keeping the header and the kind’s words', () => {
    expect(csvText('Jan  3 10:00:00 fw-1 1,2026/01/03 10:00:00,0042,FLOW,close,7,,,web,,United States,a b')).toBe(
      'Jan  3 10:00:00 fw-1 1 2026/01/03_10:00:00 0042 FLOW close 7 - - web - United_States a_b',
    );
    // The kind may carry counts; a quoted field stays as written.
    expect(csvText('20,01/03/26,10:00:00,3 leases expired and 1 lease deleted,,,"note, quoted",,0')).toBe('20 01/03/26 10:00:00 3 leases expired and 1 lease deleted - - "note, quoted" - 0');
    // Not records: prose with commas, a statement's column lists, a timestamp's millisecond comma.
    expect(csvText('we tried a, b, c, d, e, f, g, h and i, then gave up')).toBeNull();
    expect(csvText('2026-01-03 10:00:00,105 INFO insert into t (a,b,c,d,e) values (?,?,?,?,?)')).toBeNull();
    expect(csvText('plain line without commas')).toBeNull();
    // Nor a list of values: no field names a kind, the list stays one value.
    expect(csvText('kernel: online cpus 0,1,2,3,4,5,6,7,8,9,10,11')).toBeNull();
  });

  it("groups a CSV audit log by its kind column, whatever the other columns hold", () => {
    // A DHCP-style audit log: an id, date and time, then the kind in words, then values, many
    // empty. Before, the record was a few long tokens: one digit masked the kind with its
    // neighbours, and every kind of record became one template.
    const m = new TemplateMiner();
    const pick = picker(41);
    const kinds = ['Lease granted', 'Lease renewed', 'Released', 'Refused', 'Expired', 'Name registration queued', 'Name registration failed'];
    const hosts = ['desk-12.corp.test', 'printer-2.corp.test', 'phone-of-sam', ''];
    const vendors = ['0x4142,VendorOS 7.1', '0x5A59,Other Stack', ','];
    const rows = Array.from({ length: 280 }, (_, i) => {
      const k = i % kinds.length;
      const mac = (0xa1b2c3d4e5 + i * 7919).toString(16).toUpperCase();
      return `${20 + k},0${1 + (i % 9)}/1${i % 10}/26,1${i % 10}:0${i % 6}:3${i % 7},${kinds[k]},10.0.${i % 7}.${i % 250},${pick(hosts)},${k < 5 ? mac : ''},,${1000 + i * 31},0,,,,${pick(vendors)},,,,0`;
    });
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(kinds.length);
  });

  it("reads words after an access log's quoted fields as more columns' values", () => {
    // A cache's access log: combined format plus the cache outcome twice. Before, `hit` / `miss`
    // / `pass` were the message's wording and split each request kind into three.
    const m = new TemplateMiner();
    const pick = picker(43);
    const agents = ['"curl/8.5.0"', '"Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"', '"kube-probe/1.31"'];
    const rows = Array.from({ length: 180 }, (_, i) => {
      const method = i % 3 === 0 ? 'POST' : 'GET';
      const outcome = pick(['hit', 'miss', 'pass']);
      return `10.1.${i % 9}.${i % 200} - - [0${1 + (i % 9)}/Dec/2026:1${i % 10}:00:0${i % 10} +0000] "${method} http://shop.test/p/${i} HTTP/1.1" 200 ${100 + i} "-" ${pick(agents)} ${outcome} 0.00${i % 10}${i} ${outcome === 'pass' ? 'pass' : outcome}`;
    });
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(2);
  });

  it("keeps a quoted request line's method as the request's event however many methods a log shows, but not a request quoted as a detail", () => {
    // Combined-format lines with six methods. Before, the method stayed the event only until
    // five methods had been seen, then every request became one template.
    const m = new TemplateMiner();
    const pick = picker(53);
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'];
    const rows = Array.from({ length: 300 }, (_, i) => `10.1.${i % 9}.${i % 200} - - [0${1 + (i % 9)}/Dec/2026:1${i % 10}:00:0${i % 10} +0000] "${methods[i % 6]} /api/v${i % 3}/items/${i} HTTP/1.1" ${pick(['200', '404', '500'])} ${100 + i} "-" "curl/8.${i % 5}"`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(methods.length);
    // A request named by a label inside an error message is that message's value.
    const e = new TemplateMiner();
    const errs = Array.from({ length: 60 }, (_, i) => `upstream timed out while reading response header from upstream, client: 10.0.0.${i % 200}, request: "${methods[i % 6]} /api/items/${i} HTTP/1.1", host: "shop.test"`);
    expect(events(e, ids(e, errs)).size).toBe(1);
  });

  it("keeps a tab-separated access log's method column as the request's event", () => {
    // An edge cache's log: date, time, an edge location with digits in its name, bytes, client,
    // then the method and many word columns (result, protocol, TLS version, cipher, content
    // type). Before, so many columns varied that the family gave up and the method became a
    // variable with them: one template for every method.
    const m = new TemplateMiner();
    const pick = picker(47);
    const methods = ['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'DELETE'];
    const rows = Array.from({ length: 600 }, (_, i) => {
      const cols = [
        `2026-12-0${1 + (i % 9)}`, `0${i % 10}:1${i % 6}:0${i % 7}`, pick(['FRA5-P1', 'AMS2-C3', 'LHR9-P2']), `${300 + i}`, `198.51.100.${i % 250}`, methods[i % methods.length],
        'edge.example.test', `/api/v1/items/${i}`, pick(['200', '204', '304', '404']), '-', pick(['curl/8.5.0', 'Mozilla/5.0%20(X11)']), '-', '-',
        pick(['Hit', 'Miss', 'RefreshHit', 'Error', 'Redirect']), `req${i}x`, 'www.example.test', pick(['https', 'http']), `${200 + i}`, `0.0${i % 10}`, '-',
        pick(['TLSv1.2', 'TLSv1.3', '-']), pick(['TLS_AES_128_GCM_SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'TLS_CHACHA20_POLY1305_SHA256']), pick(['Hit', 'Miss', 'Error']),
        pick(['HTTP/1.1', 'HTTP/2.0']), pick(['text/html', 'application/json', 'image/png', 'font/woff2']), '-',
      ];
      return cols.join('\t');
    });
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(methods.length);
  });
});

describe('records of `;`-separated fields', () => {
  it('splits a `;` record into its fields, so the message after them keeps its first word', () => {
    expect(semicolonText('12/23/2026 21:05:28;0400;sched;Req;;Starting Scheduling Cycle')).toBe('12/23/2026 21:05:28 0400 sched Req - Starting Scheduling Cycle');
    // Not a sentence's, a header's, a bracket's or a `key=value` list's semicolons.
    expect(semicolonText('Set-Cookie: a=1; path=/; HttpOnly; Secure; SameSite=Lax')).toBeNull();
    expect(semicolonText('symbols [A(1){x;}, B(2){y;}, C(0){z;}, D(1){w;}]')).toBeNull();
    expect(semicolonText('acc: timestamp=1;method=INVITE;from_tag=a;to_tag=;code=200')).toBeNull();
    const m = new TemplateMiner();
    const rows = Array.from({ length: 80 }, (_, i) => `12/${String(1 + (i % 28)).padStart(2, '0')}/2026 1${i % 10}:0${i % 6}:2${i % 7};0400;sched;Req;;${i % 2 ? 'Starting' : 'Leaving'} Scheduling Cycle`);
    expect(events(m, ids(m, rows)).size).toBe(2);
  });
});

describe('logfmt messages', () => {
  it("reads a logfmt message's first word (`msg=\"uploading tables\"`) as its wording, not the msg key's value", () => {
    // A Go service's logfmt lines: the message is quoted in msg=, its words tokenised. Before,
    // `msg="uploading` and `msg="flushing` were two values of one key, so a service's messages of
    // one length became one event.
    const m = new TemplateMiner();
    const pick = picker(79);
    const verbs = ['uploading', 'flushing', 'compacting', 'marking', 'skipping', 'deleting'];
    const rows = Array.from({ length: 240 }, (_, i) => `level=info ts=2026-12-07T10:${10 + (i % 50)}:0${i % 10}.${100000 + i}Z caller=table.go:${100 + (i % 40)} store=${pick(['tsdb', 'boltdb'])} msg="${verbs[i % verbs.length]} tables"`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(verbs.length);
  });

  it("keeps logfmt messages of different lengths apart when fields follow them (`msg=\"Setting up backup log\" backup=…`)", () => {
    // A Kubernetes controller's logrus lines. Before, a quoted message read word by word was
    // taken for a value written without quotes, running to the next key, so every message of
    // one controller with the same fields became one event.
    const m = new TemplateMiner();
    const msgs = ['Setting up backup log', 'Setting up backup temp file', 'Getting backup item actions', 'Backup completed', 'Setting up backup store to check for backup existence'];
    const rows = Array.from({ length: 250 }, (_, i) => `time="2026-12-${String(1 + (i % 28)).padStart(2, '0')}T03:28:${String(i % 60).padStart(2, '0')}Z" level=info msg="${msgs[i % msgs.length]}" backup=velero/daily-202612${String(1 + (i % 28)).padStart(2, '0')}020000 controller=backup logSource="pkg/controller/backup_controller.go:${600 + (i % 5) * 31}"`);
    expect(events(m, ids(m, rows)).size).toBe(msgs.length);
  });
});

describe('records of `Name: value` lines', () => {
  it('keeps capitalised, hyphen-joined field names (`Start-Date:` / `End-Date:`) as wording', () => {
    // A package manager's history: each run is a block of `Name: value` lines. Before, the two
    // dates' names were taken for values built like identifiers, and the block's start and end
    // became one event.
    const m = new TemplateMiner();
    const names = ['Start-Date:', 'End-Date:', 'Next-Run-Date:'];
    const rows = Array.from({ length: 100 }, (_, i) => `${names[i % names.length]} 2026-12-${String(1 + (i % 28)).padStart(2, '0')}  1${i % 10}:0${i % 6}:3${i % 7}`);
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(names.length);
  });
});

describe('fields written `key:value`', () => {
  it('reads a lower-case `key:value` field (`login:root` / `login:ubuntu`) as a value of that key, as `key=value` is', () => {
    // An audit log whose formatter prints fields as `key:value`. Before, a field with a few
    // recurring values (the login) was taken for wording, and one event split per login.
    const m = new TemplateMiner();
    const pick = picker(83);
    const kinds = ['session.start', 'session.end', 'user.login'];
    const rows = Array.from({ length: 300 }, (_, i) => {
      const kind = kinds[i % kinds.length];
      const own = [`server_addr:10.1.3.${i % 250}:3022`, `interactive:${pick(['true', 'false'])} participants:[${pick(['alice', 'bob'])}]`, `method:${pick(['local', 'oidc', 'github'])} success:true uid:${1000 + i}`][i % kinds.length];
      return `2026-12-0${1 + (i % 9)}T1${i % 10}:2${i % 6}:0${i % 7}Z INFO [AUDIT] ${kind} addr.remote:10.1.${i % 9}.${i % 200}:${40000 + i} code:T${1000 + (i % 3)}I event:${kind} login:${pick(['root', 'ubuntu', 'deploy', 'postgres'])} ${own} events/emitter.go:${260 + (i % 5)}`;
    });
    const got = ids(m, rows);
    expect(events(m, got).size).toBe(kinds.length);
    // A capitalised word before a colon is no key: `ERROR:root:` / `INFO:root:` keep their level.
    const m2 = new TemplateMiner();
    const lv = Array.from({ length: 60 }, (_, i) => `${i % 2 ? 'ERROR' : 'INFO'}:root:job ${i} finished`);
    expect(events(m2, ids(m2, lv)).size).toBe(2);
  });
});

describe('HTTP status lines', () => {
  it("reads a status code's reason phrase (`404 Not Found`, `200 OK`) as part of that value, not as the event's wording", () => {
    // An ASGI server's access log: `"<method> <path> HTTP/1.1" <status> <phrase>`. Before, each
    // phrase (one to three words) was wording, and one request method split into an event per
    // status.
    const m = new TemplateMiner();
    const pick = picker(101);
    const methods = ['GET', 'POST', 'DELETE'];
    const statuses = ['200 OK', '201 Created', '204 No Content', '404 Not Found', '422 Unprocessable Entity', '500 Internal Server Error'];
    const rows = Array.from({ length: 300 }, (_, i) => `INFO:     10.42.${i % 9}.${i % 250}:${30000 + i} - "${methods[i % methods.length]} /api/v1/orders/${1000 + i} HTTP/1.1" ${pick(statuses)}`);
    expect(events(m, ids(m, rows)).size).toBe(methods.length);
    // A number followed by other words keeps them (`200 items fetched`).
    const m2 = new TemplateMiner();
    const other = Array.from({ length: 40 }, (_, i) => `fetched ${200 + i} ${i % 2 ? 'items' : 'OK'} from cache`);
    expect(events(m2, ids(m2, other)).size).toBe(2);
  });
});

describe('paths with spaces', () => {
  it('reads a path whose last names hold spaces (`/home/ana/Q4 budget (draft 2).xlsx`) as one value, up to the word with its extension', () => {
    // A backup client's per-file lines. Before, each extra word of a file name was a token, and
    // one event split by how many spaces its files' names had.
    const m = new TemplateMiner();
    const pick = picker(107);
    const names = ['/home/hana/.cache/pip/http/a/b/fa63ebaad7a45e4264d5', '/home/hana/Documents/Q4 budget (draft 2).xlsx', '/home/emeka/Meeting notes.docx', '/etc/fstab', '/srv/media/Holiday 2026/IMG 0042.jpg'];
    const verbs = ['Normal File-->', 'Updating-->', 'Expiring-->'];
    const rows = Array.from({ length: 240 }, (_, i) => `12/${String(1 + (i % 28)).padStart(2, '0')}/2026 1${i % 10}:1${i % 6}:4${i % 7} ${verbs[i % verbs.length]}   ${(1000 + i * 7919).toLocaleString('en-US')} ${pick(names)} [Sent]`);
    expect(events(m, ids(m, rows)).size).toBe(verbs.length);
    // A linking word or a timing after a path is not part of it.
    const m2 = new TemplateMiner();
    const moved = Array.from({ length: 40 }, (_, i) => `${i % 2 ? 'copied' : 'moved'} /srv/in/${i}/a to report.txt in ${i}.5ms`);
    expect(events(m2, ids(m2, moved)).size).toBe(2);
  });
});

describe('JSON closing a line', () => {
  it('reads a JSON object that ends a message (`…: {"errors":[…]}`) as one value', () => {
    // A registry's error lines end with the error body it returned. Before, every code and
    // message in the body was a token, and one event split by the error it reported.
    const m = new TemplateMiner();
    const pick = picker(109);
    const bodies = [
      '{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: shop/api, action: pull"}]}',
      '{"errors":[{"code":"NOT_FOUND","message":"artifact shop/api:1.4.2 not found"}]}',
      '{"errors":[{"code":"UNKNOWN","message":"unknown: context deadline exceeded"}]}',
    ];
    const rows = Array.from({ length: 150 }, (_, i) => `Nov 16 08:35:${String(i % 60).padStart(2, '0')} 172.18.0.1 core[1]: 2026-12-25T01:08:58Z [ERROR] [/lib/http/error.go:57]: ${pick(bodies)}`);
    expect(events(m, ids(m, rows)).size).toBe(1);
    // Braces that do not hold one JSON object keep their words.
    const m2 = new TemplateMiner();
    const other = Array.from({ length: 40 }, (_, i) => `job ${i} ${i % 2 ? 'started' : 'stopped'} {"broken`);
    expect(events(m2, ids(m2, other)).size).toBe(2);
  });
});

describe("fields, and the field that holds the message", () => {
  it('reads a `Name = value` field of several words as one value (`CallerId = Windows Defender Id = 335`)', () => {
    // An update agent's log. Before, a caller's name of one word and one of two were two
    // lengths that no rule joined: one event per length.
    const m = new TemplateMiner();
    const pick = picker(109);
    const callers = ['UpdateOrchestrator', 'Windows Defender', 'Device Driver Retrieval Client'];
    const rows = Array.from({ length: 150 }, (_, i) => `2026/12/0${1 + (i % 9)} 10:00:0${i % 10}.${1000000 + i} ${7000 + i}  ${2000 + i} Agent           Finding updates CallerId = ${callers[i % 3]}  Id = ${pick(['335', '378', '12'])}`);
    expect(events(m, ids(m, rows)).size).toBe(1);
  });

  it('reads `- Name value` segments as fields, their values data (`- Session New` / `- Session Reuse`)', () => {
    // An appliance's records: `<kind> : Source <ip:port> - Destination <ip:port> - Version <v> -
    // Session New|Reuse`. Before, a value of few words stayed a constant and split the event.
    const m = new TemplateMiner();
    const pick = picker(107);
    const rows = Array.from({ length: 120 }, (_, i) => `adc-1 PPE-${i % 4} : default SSL HANDSHAKE_OK ${1000 + i} 0 : ClientIP 10.0.${i % 9}.${i % 250} - ClientPort ${20000 + i} - ClientVersion ${pick(['TLSv1.2', 'TLSv1.3'])} - Session ${pick(['New', 'Reuse'])}`);
    expect(events(m, ids(m, rows)).size).toBe(1);
    // A CSV record's empty fields (`-`) make no such list: its words stay wording.
    const m2 = new TemplateMiner();
    const csv = Array.from({ length: 60 }, (_, i) => `2026-12-07T10:00:0${i % 10}Z 10.0.0.${i % 9} - - RECEIVE ${i % 2 ? 'SMTP' : 'STOREDRIVER'} - msg-${i}`);
    expect(events(m2, ids(m2, csv)).size).toBe(2);
  });

  it('keeps quoted logfmt messages of different lengths apart, and a `msg=` detail after the message words one value', () => {
    // Before, `msg="Startup complete"` was taken for another length of `msg="Service <*> is
    // starting"`: a line's last field may hold spaces, so the two counted as one field's values.
    const m = new TemplateMiner();
    const pick = picker(101);
    const msgs = [() => 'Startup complete', () => `Service v4.${pick(['2', '3'])}.1 is starting`, () => `Log severity set to ${pick(['info', 'debug'])}`, () => 'Storage schema is already up to date'];
    const rows = Array.from({ length: 120 }, (_, i) => `time="2026-12-07T10:${10 + (i % 50)}:00Z" level=info msg="${msgs[i % 4]()}"`);
    expect(events(m, ids(m, rows)).size).toBe(4);
    // After the message's own words a `msg=` is a detail: one event whatever it says.
    const m2 = new TemplateMiner();
    const details = ['Authentication failure', 'user account disabled or expired.', "no such user ('admin@pam')"];
    const auth = Array.from({ length: 120 }, (_, i) => `Dec  ${1 + (i % 9)} 10:00:0${i % 10} pve1 authd[${200 + i}]: authentication failure; rhost=10.0.0.${i % 250} user=${pick(['root', 'test'])}@pve msg=${details[i % 3]}`);
    expect(events(m2, ids(m2, auth)).size).toBe(1);
  });

  it("reads a `key: value,` list as fields (each value data, a field present or not), and the message's key as the event's name", () => {
    // An Erlang broker's text records: `[level] key: value, key: value, …`, the event named by
    // `msg:`. Before, the first `key:` opened free text, so every record of a level was one event.
    const m = new TemplateMiner();
    const pick = picker(83);
    const kinds = ['session_terminated', 'frame_parse_error', 'authorization_denied', 'queue_is_full'];
    const rows = Array.from({ length: 200 }, (_, i) => {
      const user = i % 3 === 0 ? `username: ${pick(['alice', 'device', 'gateway', 'admin'])}, ` : '';
      return `2026-12-0${1 + (i % 9)}T10:${10 + (i % 50)}:00.${100000 + i}+00:00 [warning] clientid: ${pick(['gw', 'cam', 'sensor'])}-${100 + i}, msg: ${kinds[i % 4]}, peer: 10.0.${i % 7}.${i % 250}:${30000 + i}, ${user}reason: ${pick(['not_authorized', 'timeout', 'closed'])}`;
    });
    expect(events(m, ids(m, rows)).size).toBe(4);
    // logfmt's unquoted message key names the event too.
    const m2 = new TemplateMiner();
    const logfmt = Array.from({ length: 120 }, (_, i) => `ts=2026-12-07T10:${10 + (i % 50)}:00Z level=warn msg=${kinds[i % 4]} client=${pick(['gw', 'cam'])}-${i} user=${pick(['alice', 'bob', 'carol', 'dave'])}`);
    expect(events(m2, ids(m2, logfmt)).size).toBe(4);
    // Keys may be capitalised (`Severity: Warning, Category: Audit, Message: …`), and the
    // message's key is `Message:` in such a record.
    const m4 = new TemplateMiner();
    const texts = [() => `Successfully logged in from 10.0.1.${pick(['4', '9', '17'])} and GUI.`, () => `The power supplies are not redundant.`, () => `Unable to log in from 10.0.1.${pick(['4', '9', '17'])} using SSH.`];
    const bmc = Array.from({ length: 150 }, (_, i) => `Dec  ${1 + (i % 9)} 10:00:0${i % 10} bmc-${i % 4} Severity: ${pick(['Warning', 'Informational'])}, Category: ${pick(['Audit', 'Storage', 'Power'])}, MessageID: ${pick(['USR0030', 'RDU0012', 'USR0031'])}, Message: ${texts[i % 3]()}`);
    expect(events(m4, ids(m4, bmc)).size).toBe(3);
    // One label and a comma are not a list: free text after a label stays one value.
    const m3 = new TemplateMiner();
    const prose = Array.from({ length: 80 }, (_, i) => `2026-12-07T10:00:0${i % 10}Z WARN [PROXY] Failed to open tunnel: ${pick(['EOF', 'read tcp 10.0.0.1:443: connection reset by peer', 'dial timeout after 30s'])}, conn: <nil>. lease:${i}`);
    expect(events(m3, ids(m3, prose)).size).toBe(1);
  });
});

// Eleventh sealed evaluation corpus for the template miner: written on 2026-12-07, before any miner
// change of the round after sealed10, by a helper that had read neither the miner (src/patterns/)
// nor any per-system score of the other sets, nor README's template results. It did see the few
// average figures that older set headers and commit subjects quote (the HEAD commit's subject in
// `git log --oneline` gives sealed8 0.747, sealed9 0.588, sealed10 0.561), and nothing per system.
// It is meant to be scored like sealed5 to sealed10 (average and minimum only until a round ends,
// per system only at the end of that round). The lines are written from knowledge of the formats,
// not copied, with the variable parts drawn from the seeded RNG. Scored once, after it was written
// and before any miner change of its round (bench:patterns --lines 20000 --orders 5
// --sealed11-summary; src/patterns as at the worktree's HEAD commit 8c2b415, nothing uncommitted
// under src/): average 0.674, minimum 0.000. That run's output tail (`| tail -3`) also showed the
// first sealed set's average line and the final key=value line with the held-out, fresh, unseen
// and first sealed sets' averages and minima; nothing per system. Nothing here was changed after
// it but this note.
// Formats in none of the other sets (checked against the system names in every
// bench/lib/patterns-*.ts, the format lists in sealed2's and sealed4's to sealed10's headers, and
// by grepping bench/lib for each product and for a telltale string of each format): Patroni (Python logging,
// with pg_isready's unprefixed output), certbot's letsencrypt.log (Python logging with colons,
// urllib3 request lines), a SaltStack minion log (its padded `[logger:line][LEVEL][pid]` prefix),
// Apache Guacamole (the web application's logback lines and guacd's own `guacd[pid]: INFO:\t`
// lines, as one container log shows both), ActiveMQ Artemis (log4j2 with AMQ message codes),
// Teleport (its text formatter: `[COMPONENT]`, `key:value` fields, caller last; audit events as
// lines), InfluxDB 2 (zap logfmt, `lvl=` / `log_id=`), the Kubernetes cluster-autoscaler (klog
// headers `I1207 10:11:12.345678       1 file.go:123]`), TiDB (its bracketed `[time] [LEVEL]
// [file:line] ["message"] [key=value]` format), the Amazon S3 server access log (space-separated
// with bracketed time and quoted request line, referer and user agent), the Exchange message
// tracking log (CSV with `#` header lines), a Python service logging through structlog's JSON
// renderer (message under `event`), an ASP.NET Core service logging Serilog's compact JSON (CLEF:
// `@t` / `@mt` / `@l` / `@x`, no rendered message, the message template under `@mt`), Sonarr
// (NLog `date|Level|Component|message` with series and release names as free text), amavisd-new
// under syslog, and avahi-daemon under syslog.
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed10: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event. certbot's urllib3 lines `https://acme-v02...:443 "POST /acme/new-order HTTP/1.1" 201
//   812` / `"GET /directory ..."` / `"HEAD /acme/new-nonce ..."` are three events. A method inside
//   a value stays a variable: acme.client's `Sending GET request to <url>.` / `Sending POST ...` /
//   `Sending HEAD ...` (one statement printing the method: one event), Patroni's `Request failed
//   to pg-1: GET http://.../patroni (...)`, Sonarr's `HTTP Error - Res: HTTP/1.1 [GET] <url>: 503.
//   ServiceUnavailable (0 bytes)`, structlog's `"method"` and CLEF's `RequestMethod` / `HttpMethod`
//   properties (CLEF's `HTTP {RequestMethod} {RequestPath} responded ...` is one event: the method
//   is a property value and the template does not change with it).
// - S3 access log: the operation column (`REST.GET.OBJECT`, `REST.HEAD.OBJECT`, `REST.PUT.OBJECT`,
//   `REST.GET.BUCKET`, `REST.DELETE.OBJECT`, `REST.POST.UPLOADS`, `REST.PUT.PART`,
//   `REST.POST.UPLOAD`, `REST.COPY.OBJECT`, `REST.POST.MULTI_OBJECT_DELETE`, `BATCH.DELETE.OBJECT`,
//   `REST.OPTIONS.PREFLIGHT`, `S3.EXPIRE.OBJECT`, `S3.TRANSITION_SIA.OBJECT`) names the record, as
//   the Microsoft DHCP log's ID/Description pair and a Cisco ASA message id did in sealed10, so
//   each operation is its own event. The request line's method agrees with it (the operation is
//   `REST.<method>.<resource>`), so the heldout rule gives no other split, except that
//   `REST.COPY.OBJECT` and `REST.PUT.OBJECT` both send `"PUT /key HTTP/1.1"`, `REST.GET.OBJECT` and
//   `REST.GET.BUCKET` both `"GET ..."`, and `REST.POST.MULTI_OBJECT_DELETE` and its per-key
//   `BATCH.DELETE.OBJECT` rows share `"POST /?delete HTTP/1.1"`: the operation decides there.
//   Lifecycle rows (`S3.EXPIRE.OBJECT`, `S3.TRANSITION_SIA.OBJECT`) have `"-"` for a request line.
//   Every other column is a variable: owner id, bucket, time, remote IP (`-`), requester (`-`,
//   `AmazonS3`, an IAM or STS ARN, a canonical id), request id, key (`-` for bucket operations),
//   status and error code (`NoSuchKey`, `AccessDenied`, `-`), sizes and times (`-` where none),
//   referer, user agent (one variable of many tokens), version id, host id, signature version,
//   cipher, auth type, host header, TLS version, access point ARN, ACL-required flag.
// - Message codes: Artemis's `AMQ212037:` / `AMQ222061:` ... code names the statement and is part
//   of the event; the AMQ229014 text nested in 212037's message is that message's constant
//   wording. Teleport's audit lines (`session.start ...`, `user.login ...`) are labelled by their
//   event type with their event code: `user.login` with `code:T1000I` (success) and with
//   `code:T1000W` (failure, with an `error:` key) are two events, as two ASA ids were; every
//   `key:value` field is a variable (their key sets differ per event anyway). Exchange's CSV rows
//   are labelled by the source and event-id columns together (`SMTP,RECEIVE`, `SMTP,SEND`,
//   `SMTP,HAREDIRECT`, `SMTP,HARECEIVE`, `SMTP,DEFER`, `STOREDRIVER,SUBMIT`, `STOREDRIVER,DELIVER`,
//   `AGENT,AGENTINFO`, `ROUTING,EXPAND`, `ROUTING,RESOLVE`, `ROUTING,FAIL`, `DSN,DSN`), which name
//   the tracking event; every other column is a variable, an empty column an empty value, a
//   quoted column (source-context with commas, a subject with commas or doubled quotes, a
//   recipient status sentence) one variable of varying length. The five `#Software:`,
//   `#Version:`, `#Log-type:`, `#Date:` and `#Fields:` header lines are one event each.
// - Key lists: InfluxDB's logfmt lines are labelled by msg together with their key set (each msg
//   here has one key set; the repeated `service=` keys belong to it); every value, `log_id` and
//   `trace_id` included, is a variable. `Cache snapshot (start)` / `(end)`, `TSM compaction
//   (start)` / `(end)`, `Retention policy deletion check (start)` / `(end)`, `Compacting file` /
//   `Compacted file` are different events. TiDB's lines are labelled by the bracketed message
//   and their key set (keys with spaces, `["start time"=...]`, are keys; `[expensive_query]` is an
//   unquoted message); the message of analyze's finish line carries the table (`analyze table
//   \`shop\`.\`orders\` has finished`) as a variable inside it, and a JSON-quoted value (`sql`,
//   `err`, `job`, `connInfo`) is one variable of any length. Teleport's other lines are their
//   wording with a trailing `key:value` list and the caller (`srv/sess.go:891`), the caller part
//   of the event; `pid:7.1` is a value.
// - JSON: structlog lines are labelled by the wording of `event`; every other key's value is a
//   variable (`level`, `logger`, an optional `exception` traceback with escaped newlines). Where
//   the event string was built with its values inside (`Retrying webhook delivery to <url>
//   (attempt 3/5)`), those are variables inside the wording. CLEF lines are labelled by `@mt`,
//   the message template, which is constant per statement; `@l` present or absent (Serilog omits
//   it for Information) and its value, `@r` renderings, `@x` exception text, `@tr` / `@sp` ids and
//   every property (`SourceContext` naming an HttpClient `PaymentsClient` / `ShippingClient`,
//   `EventId` objects, EF Core's SQL `commandText` with newlines) are variables.
//   `Executed DbCommand` / `Failed executing DbCommand`, `Start processing HTTP request` / `End
//   processing HTTP request`, `Sending HTTP request` / `Received HTTP response headers` are
//   different events. The request-logging template logs at Information or Error from one statement
//   by status code, so the level is a value there.
// - Verbs and outcomes in the wording are events: Patroni's `a secondary, and following a leader`
//   / `the leader with the lock`, `establishing a new patroni heartbeat` / `restapi connection`,
//   `Assigning synchronous standby status` / `Synchronous standby status assigned`, pg_isready's
//   `- no response` / `- accepting connections`; certbot's `Cert not yet due for renewal` / `Cert is
//   due for renewal, auto-renewing...`, `Requested authenticator` / `Plugins selected:`, `Writing
//   chain` / `Writing full chain`; Salt's `Running state` / `Executing state` / `Completed state`;
//   Guacamole's `successfully authenticated` / `Authentication attempt ... failed`, `connected to`
//   / `disconnected from connection`; guacd's `joined connection` / `disconnected (N users
//   remain)` / `Last user of connection ... disconnected`, `Connected to RDP server` / `Internal
//   RDP client disconnected`; Artemis's `Starting paging` / `Unblocking message production`;
//   Teleport's `Connected.` / `Failed to create remote tunnel`, `Creating` / `Closing session`;
//   cluster-autoscaler's `No schedulable pods` / `N pods marked as unschedulable can be scheduled.`
//   / `No unschedulable pods`, `removing empty node` / `removing node ..., utilization`; TiDB's
//   `[ddl] run DDL job` / `[ddl] finish DDL job`, `diff load` / `full load InfoSchema success`;
//   Sonarr's `Starting RSS Sync` / `RSS Sync Completed`, `Scanning disk for` / `Completed scanning
//   disk for`, `Starting episode info refresh` / `Finished episode refresh`; avahi's `Joining` /
//   `Leaving mDNS multicast group`, `Registering new` / `Withdrawing address record`, `New
//   relevant interface` / `no longer relevant`, `Files changed, reloading.` / `Got SIGHUP,
//   reloading.`; structlog's `cache hit` / `cache miss`, `job started` / `finished` / `failed`.
// - amavis's per-message line is one event: its action (`Passed` / `Blocked`), content category
//   (`CLEAN`, `SPAMMY`, `SPAM`, `BAD-HEADER-0`, `INFECTED (<virus>)`, `BANNED (<mime parts>)`: one
//   to eight tokens), mode (`{RelayedInbound}`, `{DiscardedInbound,Quarantined}`), the policy bank
//   names before the client (`ORIGINATING LOCAL`, `MYNETS` or none: zero to two tokens), `Hits:`
//   (`-` outbound) and the `queued_as:` field that only passed mail has are all filled in by one
//   log template (amavis's log_templ), as ASA's inbound / outbound and rspamd's action were values
//   of one statement. Its spam-tag line's `Yes` / `No`, score and tests list, its TIMING line's
//   stage list (free text of varying length), decoder names and padding are variables.
// - States and kinds printed as values stay variables: Patroni's lock owner (`None` included) and
//   urllib3's error text; certbot's challenge type (`http-01` / `dns-01`), authenticator and
//   installer (`None` included), hook command, renewal error; Salt's executed function, state
//   function and state name, command list repr, scheduled job name; guacd's protocol and RDP
//   refusal reason; Artemis's routing type (`ANYCAST` / `MULTICAST`), acceptor kind (`EPOLL` /
//   `NIO`), protocol list, uptime unit, the message-reference dump of 222149; Teleport's session
//   kind (`(interactive)` / `(exec)`), listener's service name; the autoscaler's resource (`cpu` /
//   `memory`), the reason after `cannot be removed:` (free text written by other code, one
//   variable), the errorCode; Sonarr's cover kind (`Poster` / `Fanart` / `Banner`) and HTTP status
//   name; avahi's protocol suffix (`IPv4` / `IPv6` / `*`) and the record text of `Record [...] not
//   fitting in legacy unicast packet, dropping.` (one variable with tabs and `\032` escapes).
// - Salt's state comments: salt.state logs the comment a state module returned (`All specified
//   packages are already installed`, `File X is in the correct state`, `The service X is already
//   running`, `File X updated`, `The following packages failed to install/update: X`, `Unable to
//   manage file: <reason>`). Each is a constant sentence per outcome written by the state module,
//   so each is its own event (as sealed10's Mattermost app-error messages were), though one
//   salt.state statement logs them all.
// - The cluster-autoscaler's event-sink line `Event(v1.ObjectReference{...}): type: 'Normal'
//   reason: 'TriggeredScaleUp' <message>` is one event: the object, type, reason and message are
//   values the recorder prints from one statement, and the message (written elsewhere, e.g. `pod
//   triggered scale-up: [...]` or `pod didn't trigger scale-up: ...`) is one free-text variable.
// - Prefix fields: Salt's logger name, line number and level (padded to fixed widths) are part of
//   the event, its pid a variable; its command lines log under `salt.loaded.int.module.cmdmod`,
//   longer than the padding. Guacamole's thread is a variable, its level and abbreviated logger
//   part of the event; guacd's pid a variable and its level part of the event. Artemis's level
//   and category, certbot's level and module, Patroni's level, Sonarr's level and component,
//   TiDB's level and caller, Teleport's level, component and caller, klog's severity letter and
//   `file.go:line` are part of the event; klog's date and pid, syslog's host and pid, and
//   amavis's `(23456-07)` log id are variables. Lines printed without a prefix are events of their
//   own: pg_isready's two, Exchange's header lines, and amavis's and avahi's startup lines (which
//   have no `(pid-nn)` id).
// - Free text that fills a statement's hole is a variable: an urllib3 error, a certbot renewal
//   error, a TiDB SQL statement, error or DDL job dump, a CLEF exception, a structlog traceback,
//   a Sonarr series title (`Only Murders in the Building`, `Shōgun (2024)`), release name or episode
//   file path with spaces and commas, an Exchange subject or recipient status, a Guacamole
//   extension name (`TOTP TFA Authentication`), an avahi service name (`Living Room Speaker`), a
//   Teleport user agent or command, an S3 user agent.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, mon, bsd, ymd, ms3, usec, skew, port, some, PEOPLE, pick, lan, epoch, epochMs, from, b64, b64url, mixed, hexUp, iso } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const mo = (r: Rng) => (r.next() < 0.8 ? '12' : '11');
const day = (r: Rng) => d2(r.int(1, 28));
const FIXED = new Rng(20261211);
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
];
const MDOMS = ['example.com', 'example.org', 'gmail.com', 'outlook.com', 'lists.example.net', 'news.shop-example.io'];
const maddr = (r: Rng, doms = MDOMS) => `${r.pick([...PEOPLE, 'noreply', 'billing', 'info', `bounce-${r.hex(8)}`])}@${skew(r, doms, 0.3)}`;

// Patroni
const PGN = ['pg-1', 'pg-2', 'pg-3'];
const PGIP = ['10.0.5.11', '10.0.5.12', '10.0.5.13'];
const pa = (r: Rng, lvl: string) => `${ymd(r)} ${hms(r)},${ms3(r)} ${lvl}: `;
const pnode = (r: Rng): [string, string] => { const i = r.int(0, 2); return [PGN[i], PGIP[i]]; };
const pother = (r: Rng, me: string) => r.pick(PGN.filter((n) => n !== me));
const plsn = (r: Rng) => `${r.int(0, 3).toString(16).toUpperCase()}/${hexUp(r, r.int(7, 8))}`;
const PREQERR = [
  (ip: string) => `HTTPConnectionPool(host='${ip}', port=8008): Max retries exceeded with url: /patroni (Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f3a2c1b9e50>, 'Connection to ${ip} timed out. (connect timeout=2)'))`,
  (ip: string) => `HTTPConnectionPool(host='${ip}', port=8008): Max retries exceeded with url: /patroni (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c0d4c10>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
  (ip: string) => `HTTPConnectionPool(host='${ip}', port=8008): Read timed out. (read timeout=2)`,
];
const PDCS = ['10.0.6.21', '10.0.6.22', '10.0.6.23'];

// Certbot
const cb = (r: Rng, lvl: string, mod: string) => `${ymd(r)} ${hms(r)},${ms3(r)}:${lvl}:${mod}:`;
const CBD = ['example.com', 'www.example.com', 'shop.example.com', 'mail.example.org', 'grafana.example.net', 'git.example.dev'];
const cbd = (r: Rng) => skew(r, CBD, 0.3);
const ACME = 'acme-v02.api.letsencrypt.org';
const cbpost = (r: Rng) => pick(r, [
  () => '/acme/new-order', () => '/acme/new-acct',
  (r: Rng) => `/acme/authz/${r.int(100000000, 999999999)}/${r.int(10000000000, 99999999999)}`,
  (r: Rng) => `/acme/chall/${r.int(100000000, 999999999)}/${r.int(10000000000, 99999999999)}/${b64url(r, 6)}`,
  (r: Rng) => `/acme/finalize/${r.int(100000000, 999999999)}/${r.int(100000000000, 999999999999)}`,
  (r: Rng) => `/acme/order/${r.int(100000000, 999999999)}/${r.int(100000000000, 999999999999)}`,
  (r: Rng) => `/acme/cert/${r.hex(36)}`,
]);
const CBAUTH: [string, string][] = [['nginx', 'nginx'], ['nginx', 'nginx'], ['webroot', 'None'], ['dns-cloudflare', 'None'], ['standalone', 'None']];
const CBERR = [
  () => 'Some challenges have failed.',
  (r: Rng) => `HTTPSConnectionPool(host='${ACME}', port=443): Max retries exceeded with url: /directory (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f${r.hex(9)}>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))`,
  () => 'The requested nginx plugin does not appear to be installed',
  () => 'Error getting validation data',
];

// SaltStack minion
const sl = (r: Rng, name: string, line: number, lvl: string, pid: number) => `${ymd(r)} ${hms(r)},${ms3(r)} [${name.padEnd(17)}:${String(line).padEnd(4)}][${lvl.padEnd(8)}][${pid}] `;
const sjid = (r: Rng) => `${ymd(r, '')}${hms(r).replace(/:/g, '')}${usec(r)}`;
const spid = (r: Rng) => r.int(2000, 60000);
const SMINION = 812;
const SFUNS = ['state.apply', 'state.apply', 'state.apply', 'test.ping', 'grains.items', 'cmd.run', 'saltutil.sync_all', 'pkg.list_upgrades', 'state.highstate', 'service.restart'];
const SSTATES: [string, string][] = [
  ['pkg.installed', 'nginx'], ['file.managed', '/etc/nginx/nginx.conf'], ['service.running', 'nginx'], ['user.present', 'deploy'], ['file.directory', '/srv/app/releases'],
  ['git.latest', 'https://git.example.com/ops/app.git'], ['cmd.run', 'systemctl daemon-reload'], ['pkg.installed', 'prometheus-node-exporter'], ['file.managed', '/etc/ssh/sshd_config'], ['cron.present', '/usr/local/bin/backup.sh'],
];
const SFILES = ['/etc/nginx/nginx.conf', '/etc/ssh/sshd_config', '/etc/systemd/system/app.service', '/etc/logrotate.d/app', '/etc/sysctl.d/60-net.conf', '/srv/app/shared/.env'];
const SSVCS = ['nginx', 'prometheus-node-exporter', 'chrony', 'app', 'postgresql'];
const SCMDS = [
  () => "['systemctl', 'is-active', 'nginx.service']", () => "['systemctl', 'is-enabled', 'app.service']", () => "['dpkg-query', '--showformat', '${Status} ${Package} ${Version} ${Architecture}', '-W']",
  () => "['apt-get', '-q', 'update']", (r: Rng) => `'/usr/local/bin/deploy.sh --release ${r.hex(7)}'`, () => "['git', 'rev-parse', 'HEAD']",
];

// Apache Guacamole (web application and guacd)
const gw = (r: Rng, lvl: string, logger: string) => `${hms(r)}.${ms3(r)} [http-nio-8080-exec-${r.int(1, 10)}] ${lvl.padEnd(5)} ${logger} - `;
const gd = (r: Rng, lvl: string) => `guacd[${r.int(7, 900)}]: ${lvl}:\t`;
const guser = (r: Rng) => skew(r, [...PEOPLE, 'guacadmin', 'helpdesk'], 0.2);
const gfrom = (r: Rng) => (r.next() < 0.7 ? lan(r, '10.20') : r.ip());
const GEXT: [string, string][] = [['MySQL Authentication', 'mysql'], ['TOTP TFA Authentication', 'totp'], ['LDAP Authentication', 'ldap'], ['OpenID Authentication Extension', 'openid'], ['Session Recording Storage', 'recording-storage']];

// ActiveMQ Artemis
const am = (r: Rng, lvl: string, cat = 'org.apache.activemq.artemis.core.server') => `${ymd(r)} ${hms(r)},${ms3(r)} ${lvl.padEnd(5)} [${cat}] `;
const AADDR = ['orders', 'orders', 'payments.events', 'shipments', 'notifications.email', 'audit.trail', 'inventory.updates'];
const aaddr = (r: Rng) => skew(r, AADDR, 0.3);
const aclient = (r: Rng) => `/${lan(r, '10.30')}:${port(r)}`;
const abytes = (r: Rng) => r.int(1000000, 200000000);

// Teleport
const tl = (r: Rng, lvl: string, comp: string) => `${ymd(r)}T${hms(r)}Z ${lvl.padEnd(4)} ${`[${comp}]`.padEnd(11)} `;
const tkv = (kv: [string, string | number | boolean][]) => kv.map(([k, v]) => { const s = String(v); return `${k}:${/\s/.test(s) ? JSON.stringify(s) : s}`; }).join(' ');
const TCL = 'tele.example.com';
const tnode = (r: Rng) => skew(r, ['web-01', 'web-02', 'db-01', 'bastion', 'k8s-worker-3', 'build-02'], 0.3);
const tuser = (r: Rng) => `${r.pick(PEOPLE)}@example.com`;
const tlogin = (r: Rng) => skew(r, ['root', 'ubuntu', 'deploy', 'postgres'], 0.4);
const tpid = (r: Rng) => `${r.int(7, 40)}.1`;

// InfluxDB 2
const lfv = (v: string) => (v === '' || /[\s="\\]/.test(v) ? JSON.stringify(v) : v);
const ixid = from('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz~_');
const IXLOG = Array.from({ length: 3 }, () => `0s${ixid(FIXED, 6)}000`);
const IXB = Array.from({ length: 4 }, () => FIXED.hex(16));
const ix = (r: Rng, lvl: string, msg: string, kv: [string, string | number | boolean][]) => `ts=${ymd(r)}T${hms(r)}.${usec(r)}Z lvl=${lvl} msg=${lfv(msg)} log_id=${skew(r, IXLOG, 0.8)}${kv.map(([k, v]) => ` ${k}=${lfv(String(v))}`).join('')}`;
const ixtr = (r: Rng) => `0s${ixid(r, 6)}000`;
const ixpath = (r: Rng, shard: number) => `/var/lib/influxdb2/engine/data/${r.pick(IXB)}/autogen/${shard}`;
const ixtsm = (r: Rng, shard: number) => `${ixpath(r, shard)}/${pad(r.int(1, 900), 9)}-${pad(r.int(1, 4), 9)}.tsm`;
const ixdur = (r: Rng, hi = 900) => `${r.float(0.05, hi, 3)}ms`;
const ixse = (r: Rng): [string, string | number | boolean][] => [['service', 'storage-engine'], ['engine', 'tsm1'], ['trace_id', ixtr(r)]];

// Kubernetes cluster-autoscaler (klog)
const ca = (r: Rng, sev: string, file: string) => `${sev}${mo(r)}${day(r)} ${hms(r)}.${usec(r)} ${'1'.padStart(7)} ${file}] `;
const canode = (r: Rng) => `ip-10-0-${r.int(0, 47)}-${r.int(2, 254)}.eu-west-1.compute.internal`;
const CANG = ['general', 'general', 'memory-opt', 'spot-mixed', 'gpu'].map((n) => `eks-ng-${n}-${FIXED.uuid()}`);
const cang = (r: Rng) => skew(r, CANG, 0.4);
const CANS = ['shop', 'shop', 'payments', 'batch', 'monitoring'];
const capod = (r: Rng) => `${r.pick(['shop-api', 'checkout', 'ledger', 'report-job', 'prometheus-server'])}-${r.alnum(9)}-${r.alnum(5)}`;
const cadate = (r: Rng) => `${ymd(r)} ${hms(r)}.${usec(r)}${r.int(100, 999)} +0000 UTC`;
const caplan = (r: Rng) => { const a = r.int(1, 12); const b = a + r.int(1, 4); return [a, b, r.pick([10, 20, 30])] as const; };
const CAREASON = [
  (r: Rng) => `pod annotated as not safe to evict present: ${capod(r)}`,
  (r: Rng) => `non-daemonset, non-mirrored, non-pdb-assigned kube-system pod present: ${r.pick(['coredns', 'ebs-csi-controller', 'metrics-server'])}-${r.alnum(9)}-${r.alnum(5)}`,
  (r: Rng) => `not enough pod disruption budget to move ${r.pick(CANS)}/${capod(r)}`,
  (r: Rng) => `pod with local storage present: ${capod(r)}`,
  () => 'node is not ready',
];
const CAEVENTS = [
  (r: Rng) => { const [a, b, m] = caplan(r); return ['Pod', r.pick(CANS), capod(r), 'Normal', 'TriggeredScaleUp', `pod triggered scale-up: [{${cang(r)} ${a}->${b} (max: ${m})}]`]; },
  (r: Rng) => ['Pod', r.pick(CANS), capod(r), 'Normal', 'NotTriggerScaleUp', `pod didn't trigger scale-up: ${r.int(1, 4)} max node group size reached, ${r.int(1, 3)} node(s) didn't match Pod's node affinity/selector`],
  (r: Rng) => { const n = canode(r); return ['Node', '', n, 'Normal', 'ScaleDown', `marked the node as toBeDeleted/unschedulable`]; },
  (r: Rng) => ['ConfigMap', 'kube-system', 'cluster-autoscaler-status', 'Normal', 'ScaledUpGroup', `Scale-up: setting group ${cang(r)} size to ${r.int(2, 14)} instead of ${r.int(1, 12)} (max: 20)`],
  (r: Rng) => ['Pod', r.pick(CANS), capod(r), 'Normal', 'ScaleDown', `deleting pod for node scale down`],
];

// TiDB
const tq = (s: string) => (s === '' || !/[\s"[\]=,]/.test(s) ? s : JSON.stringify(s));
const ti = (r: Rng, lvl: string, caller: string, msg: string, kv: [string, string | number][]) => `[${ymd(r, '/')} ${hms(r)}.${ms3(r)} +00:00] [${lvl}] [${caller}] [${tq(msg)}]${kv.map(([k, v]) => ` [${tq(k)}=${tq(String(v))}]`).join('')}`;
const tconn = (r: Rng) => r.int(1000000, 4200000000);
const ttso = (r: Rng) => `${r.int(4530, 4549)}${pad(r.int(0, 99999999), 8)}${pad(r.int(0, 999999), 6)}`;
const TTABLES = ['orders', 'orders', 'order_items', 'customers', 'payments', 'stock_levels'];
const TSQL = [
  (r: Rng) => `UPDATE stock_levels SET qty = qty - ${r.int(1, 5)} WHERE sku = 'SKU-${r.int(1000, 9999)}' AND warehouse_id = ${r.int(1, 9)}`,
  (r: Rng) => `INSERT INTO orders (customer_id, total, status) VALUES (${r.int(1, 900000)}, ${r.float(5, 900, 2)}, 'new')`,
  (r: Rng) => `SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > '${ymd(r)}' ORDER BY o.total DESC`,
  (r: Rng) => `DELETE FROM sessions WHERE expires_at < NOW() LIMIT ${r.pick([1000, 5000, 10000])}`,
  (r: Rng) => `SELECT * FROM payments WHERE order_id IN (${Array.from({ length: r.int(1, 6) }, () => r.int(1, 900000)).join(',')})`,
];
const TERR = [
  (r: Rng) => `[kv:9007]Write conflict, txnStartTS=${ttso(r)}, conflictStartTS=${ttso(r)}, conflictCommitTS=${ttso(r)}, key={tableID=${r.int(100, 200)}, handle=${r.int(1, 900000)}} primary={tableID=${r.int(100, 200)}, handle=${r.int(1, 900000)}}, reason=Optimistic [try again later]`,
  (r: Rng) => `[kv:1062]Duplicate entry '${r.int(1, 90000)}' for key 'orders.PRIMARY'`,
  () => "[planner:1054]Unknown column 'discount_code' in 'field list'",
  (r: Rng) => `[executor:8175]Your query has been cancelled due to exceeding the allowed memory limit for a single SQL query. Please try narrowing your query scope or increase the tidb_mem_quota_query limit and try again.[conn=${tconn(r)}]`,
  () => '[tikv:9005]Region is unavailable',
];
const TDDL = [['add index', 'add index worker'], ['add column', 'general worker'], ['create table', 'general worker'], ['modify column', 'general worker'], ['truncate table', 'general worker']] as const;
const tjob = (r: Rng, type: string, state: string) => `ID:${r.int(100, 900)}, Type:${type}, State:${state}, SchemaState:${state === 'synced' ? 'public' : 'none'}, SchemaID:2, TableID:${r.int(100, 200)}, RowCount:${state === 'synced' ? r.int(0, 9000000) : 0}, ArgLen:${r.int(0, 4)}, start time: ${ymd(r)} ${hms(r)}.${ms3(r)} +0000 UTC, Err:<nil>, ErrCount:0, SnapshotVersion:0, UniqueWarnings:0`;

// Amazon S3 server access log
const S3OWNER = FIXED.hex(64);
const S3ACCT = '123456789012';
const S3B = ['shop-assets-prod', 'shop-assets-prod', 'shop-backups-eu', 'data-lake-raw', 'loki-chunks-eu'];
const s3b = (r: Rng) => skew(r, S3B, 0.4);
const s3key = (r: Rng, b: string) => {
  if (b === 'shop-backups-eu') return `pg/${ymd(r)}/shop-${r.hex(8)}.dump.zst`;
  if (b === 'data-lake-raw') return `events/dt=${ymd(r)}/hour=${d2(r.int(0, 23))}/part-${pad(r.int(0, 199), 5)}-${r.uuid()}.c000.snappy.parquet`;
  if (b === 'loki-chunks-eu') return `fake/${r.hex(16)}%3A${r.hex(11)}%3A${r.hex(11)}%3A${r.hex(8)}`;
  return pick(r, [(r: Rng) => `img/products/${r.int(1000, 9999)}-${r.pick(['800w', '400w', 'thumb'])}.webp`, (r: Rng) => `assets/app.${r.hex(8)}.js`, (r: Rng) => `downloads/manual%20v${r.int(1, 9)}.pdf`, () => 'index.html']);
};
const s3w = (r: Rng) => pick(r, [
  (r: Rng) => `arn:aws:sts::${S3ACCT}:assumed-role/${r.pick(['shop-api-role', 'loki-role', 'glue-etl-role'])}/${pick(r, [(r: Rng) => `i-0${r.hex(16)}`, (r: Rng) => `botocore-session-${epoch(r)}`, (r: Rng) => `aws-go-sdk-${epochMs(r)}`])}`,
  (r: Rng) => `arn:aws:sts::${S3ACCT}:assumed-role/${r.pick(['shop-api-role', 'loki-role', 'glue-etl-role'])}/${pick(r, [(r: Rng) => `i-0${r.hex(16)}`, (r: Rng) => `botocore-session-${epoch(r)}`])}`,
  (r: Rng) => `arn:aws:iam::${S3ACCT}:user/${r.pick(['deploy', 'backup-bot', 'alice'])}`,
  () => S3OWNER,
]);
/** Who reads: the public bucket is read anonymously (`-`) through the website most of the time. */
const s3who = (r: Rng, b: string) => (b === 'shop-assets-prod' && r.next() < 0.6 ? '-' : s3w(r));
const S3UA = ['aws-cli/2.22.10 md/awscrt#0.23.4 ua/2.0 os/linux#6.8.0-1019-aws md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#s3.cp', 'aws-sdk-go/1.55.5 (go1.22.7; linux; amd64)', 'Boto3/1.35.70 md/Botocore#1.35.70 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.3 cfg/retry-mode#legacy Botocore/1.35.70', 'Hadoop 3.3.6, aws-sdk-java/1.12.720 Linux/6.1.115 OpenJDK_64-Bit_Server_VM/17.0.13+11-LTS java/17.0.13 vendor/Amazon.com_Inc. cfg/retry-mode/legacy'];
const s3row = (r: Rng, op: string, b: string, key: string, uri: string, st: number, err: string, sent: number | string, size: number | string, who: string) => {
  const anon = who === '-';
  const web = b === 'shop-assets-prod' && anon;
  const tt = r.int(1, r.next() < 0.9 ? 90 : 9000);
  return [S3OWNER, b, `[${day(r)}/${mon(r)}/2026:${hms(r)} +0000]`, web ? r.ip() : lan(r, '10.8'), who, hexUp(r, 16), op, key, `"${uri}"`, st, err, sent, size, tt, st < 300 ? r.int(0, tt) : '-', `"${web && r.next() < 0.6 ? 'https://www.example.com/' : '-'}"`, `"${web ? r.pick(UAS) : r.pick(S3UA)}"`, r.next() < 0.9 ? '-' : mixed(r, 32), `${b64(r, 76)}=`, anon ? '-' : 'SigV4', r.pick(['TLS_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256', 'ECDHE-RSA-AES128-GCM-SHA256']), anon ? '-' : r.next() < 0.9 ? 'AuthHeader' : 'QueryString', `${b}.s3.eu-west-1.amazonaws.com`, r.next() < 0.7 ? 'TLSv1.3' : 'TLSv1.2', '-', r.next() < 0.8 ? '-' : 'Yes'].join(' ');
};
const s3upload = (r: Rng) => b64url(r, 86);
const s3lc = (r: Rng, op: string) => { const b = r.pick(['shop-backups-eu', 'data-lake-raw', 'loki-chunks-eu']); return [S3OWNER, b, `[${day(r)}/${mon(r)}/2026:${hms(r)} +0000]`, '-', 'AmazonS3', hexUp(r, 16), op, s3key(r, b), '"-"', '-', '-', '-', r.int(1000, 900000000), '-', '-', '"-"', '"-"', r.next() < 0.8 ? '-' : mixed(r, 32), `${b64(r, 76)}=`, '-', '-', '-', '-', '-', '-', '-'].join(' '); };

// Exchange message tracking log (CSV)
const EXF = ['date-time', 'client-ip', 'client-hostname', 'server-ip', 'server-hostname', 'source-context', 'connector-id', 'source', 'event-id', 'internal-message-id', 'message-id', 'network-message-id', 'recipient-address', 'recipient-status', 'total-bytes', 'recipient-count', 'related-recipient-address', 'reference', 'message-subject', 'sender-address', 'return-path', 'message-info', 'directionality', 'tenant-id', 'original-client-ip', 'original-server-ip', 'custom-data', 'transport-traffic-type', 'log-id', 'schema-version'];
const csvq = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
type ExCols = Partial<Record<string, string | number>>;
const EXSRV: [string, string][] = [['EX01', '10.0.0.21'], ['EX02', '10.0.0.22']];
const exsrv = (r: Rng) => skew(r, EXSRV, 0.6);
const exfq = (h: string) => `${h}.corp.example.com`;
const exrow = (r: Rng, source: string, ev: string, c: ExCols) => EXF.map((f) => {
  if (f === 'date-time') return iso(r);
  if (f === 'source') return source;
  if (f === 'event-id') return ev;
  if (f === 'log-id') return r.uuid();
  if (f === 'schema-version') return '15.02.1544.004';
  return csvq(String(c[f] ?? ''));
}).join(',');
const EXSUBJ = [
  () => 'Q4 budget, draft 2', (r: Rng) => `Invoice ${r.int(1000, 99999)} from "ACME GmbH"`, (r: Rng) => `Your order #${r.int(100000, 999999)} has shipped`, () => '[EXTERNAL] Meeting notes',
  () => 'Out of Office: Re: Weekly sync', (r: Rng) => `Weekly report - week ${r.int(44, 50)}`, () => 'RE: Server patching window, Saturday 02:00', () => 'Accepted: Quarterly review', () => '',
];
const exmid = (r: Rng, ext: boolean) => (ext ? `<${mixed(r, 24)}@${r.pick(['mail.gmail.com', 'EUR03-AM7.prod.outlook.com', 'mx.example.net'])}>` : `<${hexUp(r, 32)}@${exfq(exsrv(r)[0])}>`);
const exlocal = (r: Rng) => `${r.pick(PEOPLE)}@example.com`;
const exext = (r: Rng) => maddr(r, ['gmail.com', 'outlook.com', 'example.org', 'partner.example.net']);
const EXMX: [string, string][] = [['mail-wr1-f54.google.com', '209.85.221.54'], ['mail-eopbgr80101.outbound.protection.outlook.com', '40.107.8.101'], ['mx.example.net', '198.51.100.25'], ['smtp.partner.example.net', '192.0.2.40']];
const exsess = (r: Rng) => `08DD${hexUp(r, 12)};${iso(r)};${r.int(0, 9)}`;
const exbase = (r: Rng, ext: boolean): ExCols => ({ 'internal-message-id': r.int(1e11, 9e11), 'message-id': exmid(r, ext), 'network-message-id': r.uuid(), 'total-bytes': r.int(2000, 20000000), 'message-subject': pick(r, EXSUBJ) });

// structlog JSON (a Python billing service)
const sj = (r: Rng, level: string, logger: string, event: string, kw: Record<string, unknown> = {}, bound: Record<string, unknown> = {}) => JSON.stringify({ ...bound, ...kw, event, logger, level, timestamp: `${ymd(r)}T${hms(r)}.${usec(r)}Z` });
const sreq = (r: Rng) => ({ request_id: r.uuid() });
const SPATHS = [(r: Rng) => `/api/v1/invoices/inv_${mixed(r, 14)}`, () => '/api/v1/invoices', (r: Rng) => `/api/v1/customers/cus_${mixed(r, 14)}/payment-methods`, () => '/healthz', () => '/api/v1/subscriptions', (r: Rng) => `/api/v1/subscriptions/sub_${mixed(r, 14)}/cancel`];
const sinv = (r: Rng) => `inv_${mixed(r, 14)}`;
const SJOBS = ['send_dunning_emails', 'sync_exchange_rates', 'close_billing_period', 'retry_failed_charges', 'export_ledger'];
const STB = (r: Rng) => `Traceback (most recent call last):\n  File "/app/billing/${r.pick(['webhooks.py', 'jobs.py', 'providers/stripe.py'])}", line ${r.int(20, 400)}, in ${r.pick(['deliver', 'run', 'capture'])}\n    resp = await client.post(url, json=payload, timeout=10)\n${r.pick(['httpx.ReadTimeout: timed out', 'httpx.ConnectError: [Errno 111] Connection refused', 'asyncpg.exceptions.DeadlockDetectedError: deadlock detected'])}`;
const SHOOKS = ['https://hooks.partner.example.net/billing', 'https://erp.example.com/api/webhooks/invoices', 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXX'];

// Serilog compact JSON (CLEF) from an ASP.NET Core service
const cl = (r: Rng, mt: string, props: Record<string, unknown>, o: { l?: string; x?: string; rr?: string[]; trace?: boolean } = {}) => {
  const head: Record<string, unknown> = { '@t': `${ymd(r)}T${hms(r)}.${pad(r.int(0, 9999999), 7)}Z`, '@mt': mt };
  if (o.rr) head['@r'] = o.rr;
  if (o.l) head['@l'] = o.l;
  if (o.x) head['@x'] = o.x;
  if (o.trace) { head['@tr'] = r.hex(32); head['@sp'] = r.hex(16); }
  return JSON.stringify({ ...head, ...props });
};
const CLCONN = Array.from({ length: 6 }, () => `0HN8${hexUp(FIXED, 9).replace(/[01]/g, 'K')}`);
const clreq = (r: Rng) => { const c = r.pick(CLCONN); return { RequestId: `${c}:${pad(r.int(1, 90), 8)}`, RequestPath: '', ConnectionId: c }; };
const CLPATHS = [(r: Rng) => `/api/orders/${r.int(1, 900000)}`, () => '/api/orders', (r: Rng) => `/api/customers/${r.int(1, 90000)}/orders`, () => '/health/ready', () => '/api/cart/checkout', (r: Rng) => `/api/products/${r.int(1, 9000)}`];
const CLCLIENTS = ['PaymentsClient', 'PaymentsClient', 'ShippingClient', 'InventoryClient'];
const clUri = (c: string, r: Rng) => (c === 'PaymentsClient' ? `https://payments.internal/v2/charges/${r.pick(['authorize', 'capture', `ch_${mixed(r, 12)}`])}` : c === 'ShippingClient' ? `https://api.shipping-example.com/v1/labels?order=${r.int(1, 900000)}` : `http://inventory.shop.svc.cluster.local/api/stock/SKU-${r.int(1000, 9999)}`);
const CLSQL = [
  (r: Rng) => ({ p: `@__orderId_0='${r.int(1, 900000)}'`, sql: 'SELECT o."Id", o."CustomerId", o."Status", o."Total", o."CreatedAt"\nFROM "Orders" AS o\nWHERE o."Id" = @__orderId_0\nLIMIT 1' }),
  (r: Rng) => ({ p: `@p0='${r.int(1, 90000)}', @p1='${r.float(5, 900, 2)}', @p2='Pending' (Nullable = false)`, sql: 'INSERT INTO "Orders" ("CustomerId", "Total", "Status")\nVALUES (@p0, @p1, @p2)\nRETURNING "Id", "CreatedAt";' }),
  (r: Rng) => ({ p: `@__customerId_0='${r.int(1, 90000)}', @__p_1='20'`, sql: 'SELECT o."Id", o."Total", o."Status"\nFROM "Orders" AS o\nWHERE o."CustomerId" = @__customerId_0\nORDER BY o."CreatedAt" DESC\nLIMIT @__p_1' }),
];

// Sonarr (NLog)
const so = (r: Rng, lvl: string, comp: string) => `${ymd(r)} ${hms(r)}.${r.int(0, 9)}|${lvl}|${comp}|`;
const SSERIES: [string, number][] = [['The Last of Us', 392256], ['Severance', 371980], ['Slow Horses', 393305], ['The Bear', 412432], ['Only Murders in the Building', 379088], ['What We Do in the Shadows', 354629], ['Bluey (2018)', 353546], ['Shōgun (2024)', 403245], ['Andor', 393189]];
const sser = (r: Rng) => skew(r, SSERIES, 0.25);
const SIDX = ['Nyaa', 'TorrentLeech', 'NZBgeek', 'DrunkenSlug', 'IPTorrents', 'Prowlarr (Jackett)'];
const srel = (r: Rng, name: string) => `${name.replace(/[()]/g, '').replace(/ /g, '.')}.S${d2(r.int(1, 4))}E${d2(r.int(1, 10))}.${r.pick(['1080p', '2160p', '720p'])}.${r.pick(['WEB-DL.DDP5.1.H.264', 'WEB.h264', 'ATVP.WEB-DL.DDP5.1.Atmos.H.264', 'AMZN.WEB-DL.DDP5.1.H.265', 'BluRay.x264'])}-${r.pick(['FLUX', 'NTb', 'SuccessfulCrab', 'EDITH', 'ETHEL', 'playWEB'])}`;

// amavisd-new
const av = (r: Rng, task = true) => { const p = r.int(20000, 39999); return `${bsd(r)} ${skew(r, ['mx-01', 'mx-02'])} amavis[${p}]: ${task ? `(${pad(p, 5)}-${d2(r.int(1, 20))}) ` : ''}`; };
const AVTESTS: [string, number][] = [['BAYES_00', -1.9], ['BAYES_99', 3.5], ['BAYES_999', 0.2], ['DKIM_SIGNED', 0.1], ['DKIM_VALID', -0.1], ['DKIM_VALID_AU', -0.1], ['HTML_MESSAGE', 0.001], ['RCVD_IN_DNSWL_NONE', -0.0001], ['SPF_HELO_NONE', 0.001], ['SPF_PASS', -0.001], ['URIBL_BLOCKED', 0.001], ['RDNS_NONE', 0.793], ['MIME_HTML_ONLY', 0.1], ['URIBL_ABUSE_SURBL', 1.948]];
const avtests = (r: Rng) => [...new Set(some(r, AVTESTS, 3, 9))].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const avqid = (r: Rng) => `4Y${mixed(r, 2)}${d2(r.int(0, 99))}${mixed(r, 6)}z${mixed(r, 2)}`;
const AVSTAGES = ['SMTP greeting', 'SMTP EHLO', 'SMTP pre-MAIL', 'mkdir tempdir', 'create email.txt', 'SMTP pre-DATA-flush', 'SMTP DATA', 'check_init', 'digest_hdr', 'digest_body_dkim', 'collect_info', 'mime_decode', 'get-file-type2', 'parts_decode', 'check_header', 'AV-scan-1', 'spam-wb-list', 'SA parse', 'SA check', 'decide_mail_destiny', 'fwd-connect', 'fwd-mail-pip', 'fwd-rcpt-pip', 'fwd-data-chkpnt', 'write-header', 'fwd-data-contents', 'fwd-end-chkpnt', 'prepare-dsn', 'main_log_entry', 'update_snmp', 'unlink-1-files', 'rundown'];

// avahi-daemon
const ah = (r: Rng) => `${bsd(r)} ${skew(r, ['nas-01', 'pi-hole', 'printer-gw', 'laptop-bob'])} avahi-daemon[${r.next() < 0.85 ? 612 : r.int(300, 2000)}]: `;
const AIF = ['eth0', 'eth0', 'wlan0', 'docker0', 'br-3f2a9c1d7e44', 'tailscale0', 'enp3s0'];
const aif = (r: Rng) => (r.next() < 0.15 ? `veth${r.hex(7)}` : skew(r, AIF, 0.4));
const a6 = (r: Rng) => `fe80::${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(4).replace(/^0+/, '') || '0'}`;
const aaddrOf = (r: Rng, v6: boolean) => (v6 ? a6(r) : r.next() < 0.5 ? `192.168.1.${r.int(2, 250)}` : `172.${r.int(17, 20)}.0.1`);
const ASVC: [string, string, string, number][] = [['nas-01', 'smb', '_smb', 445], ['Brother HL-L2350DW', 'printer', '_ipp', 631], ['Living Room Speaker', 'airplay', '_raop', 7000], ['nas-01', 'ssh', '_ssh', 22], ['Home Assistant', 'home-assistant', '_home-assistant', 8123], ['nas-01 Time Machine', 'timemachine', '_adisk', 9]];

export const SEALED11_SYSTEMS: HeldoutSystem[] = [
  { name: 'patroni', templates: [
    t(25, (r) => { const me = r.pick(PGN); return `${pa(r, 'INFO')}no action. I am (${me}), a secondary, and following a leader (${pother(r, me)})`; }),
    t(14, (r) => `${pa(r, 'INFO')}no action. I am (${skew(r, PGN, 0.8)}), the leader with the lock`),
    t(20, (r) => { const me = r.pick(PGN); return `${pa(r, 'INFO')}Lock owner: ${r.next() < 0.97 ? pother(r, me) : 'None'}; I am ${me}`; }),
    t(1, (r) => `${pa(r, 'INFO')}establishing a new patroni heartbeat connection to postgres`),
    t(0.5, (r) => `${pa(r, 'INFO')}establishing a new patroni restapi connection to postgres`),
    t(2, (r) => { const [n, ip] = pnode(r); return `${pa(r, 'WARNING')}Request failed to ${n}: GET http://${ip}:8008/patroni (${r.pick(PREQERR)(ip)})`; }),
    t(2, (r) => { const [n, ip] = pnode(r); const loc = r.int(50000000, 900000000); const lag = r.next() < 0.8 ? 0 : r.int(1, 90000); return `${pa(r, 'INFO')}Got response from ${n} http://${ip}:8008/patroni: {"state": "running", "postmaster_start_time": "${ymd(r)} ${hms(r)}.${usec(r)}+00:00", "role": "replica", "server_version": ${r.pick([160004, 160006])}, "xlog": {"received_location": ${loc + lag}, "replayed_location": ${loc}, "replayed_timestamp": ${r.next() < 0.8 ? `"${ymd(r)} ${hms(r)}.${usec(r)}+00:00"` : 'null'}, "paused": false}, "timeline": ${r.int(2, 9)}, "dcs_last_seen": ${epoch(r)}, "database_system_identifier": "74351${r.int(10000000, 99999999)}${r.int(100000, 999999)}", "patroni": {"version": "4.0.4", "scope": "pg-cluster", "name": "${n}"}}`; }),
    t(0.3, (r) => `${pa(r, 'INFO')}promoted self to leader by acquiring session lock`),
    t(0.3, (r) => `${pa(r, 'INFO')}Cleaning up failover key after acquiring leader lock...`),
    t(0.5, (r) => `${pa(r, 'INFO')}Local timeline=${r.int(2, 9)} lsn=${plsn(r)}`),
    t(0.4, (r) => `${pa(r, 'INFO')}primary_timeline=${r.int(2, 9)}`),
    t(0.3, (r) => `${pa(r, 'INFO')}running pg_rewind from ${r.pick(PGN)}`),
    t(0.3, (r) => `${pa(r, 'INFO')}pg_rewind exit code=${r.next() < 0.85 ? 0 : 1}`),
    t(0.5, (r) => `${pa(r, 'INFO')}postmaster pid=${r.int(200, 90000)}`),
    t(0.6, (r) => `${r.next() < 0.7 ? '/var/run/postgresql' : 'localhost'}:5432 - no response`),
    t(0.6, (r) => `${r.next() < 0.7 ? '/var/run/postgresql' : 'localhost'}:5432 - accepting connections`),
    t(1, (r) => `${pa(r, 'WARNING')}Loop time exceeded, rescheduling immediately.`),
    t(0.8, (r) => `${pa(r, 'ERROR')}Error communicating with DCS`),
    t(0.4, (r) => `${pa(r, 'INFO')}demoting self because DCS is not accessible and I was a leader`),
    t(2, (r) => { const ip = r.pick(PDCS); return `${pa(r, 'WARNING')}Retrying (Retry(total=${r.int(0, 2)}, connect=None, read=None, redirect=0, status=None)) after connection broken by 'ReadTimeoutError("HTTPConnectionPool(host='${ip}', port=2379): Read timed out. (read timeout=${r.float(1, 4, 6).replace(/0+$/, '')})")': ${r.pick(['/v3/kv/range', '/v3/kv/put', '/v3/lease/keepalive', '/v3/kv/txn'])}`; }),
    t(0.6, (r) => `${pa(r, 'INFO')}Assigning synchronous standby status to ['${r.pick(PGN)}']`),
    t(0.6, (r) => `${pa(r, 'INFO')}Synchronous standby status assigned to ['${r.pick(PGN)}']`),
    t(0.4, (r) => `${pa(r, 'INFO')}Reloading PostgreSQL configuration.`),
    t(0.2, (r) => `${pa(r, 'WARNING')}Could not activate Linux watchdog device: Can't open watchdog device: [Errno 2] No such file or directory: '/dev/watchdog'`),
  ] },
  { name: 'certbot', templates: [
    t(1, (r) => `${cb(r, 'DEBUG', 'certbot._internal.main')}certbot version: ${r.pick(['2.11.0', '2.11.0', '3.0.1'])}`),
    t(1, (r) => `${cb(r, 'DEBUG', 'certbot._internal.main')}Arguments: ${pick(r, [() => "['-q']", () => "['-q']", (r: Rng) => `['--nginx', '-d', '${cbd(r)}', '--non-interactive', '--agree-tos']`, () => "['--force-renewal']", (r: Rng) => `['certonly', '--dns-cloudflare', '--dns-cloudflare-credentials', '/root/.secrets/cf.ini', '-d', '*.${cbd(r)}']`])}`),
    t(6, (r) => `${cb(r, 'DEBUG', 'certbot._internal.display.obj')}Notifying user: Processing /etc/letsencrypt/renewal/${cbd(r)}.conf`),
    t(5, (r) => `${cb(r, 'INFO', 'certbot._internal.renewal')}Cert not yet due for renewal`),
    t(1, (r) => `${cb(r, 'INFO', 'certbot._internal.renewal')}Cert is due for renewal, auto-renewing...`),
    t(1, (r) => `${cb(r, 'DEBUG', 'certbot._internal.storage')}Should renew, less than 30 days before certificate expiry ${ymd(r)} ${hms(r)} UTC.`),
    t(1.5, (r) => { const [a, i] = r.pick(CBAUTH); return `${cb(r, 'DEBUG', 'certbot._internal.plugins.selection')}Requested authenticator ${a} and installer ${i}`; }),
    t(1.5, (r) => { const [a, i] = r.pick(CBAUTH); return `${cb(r, 'INFO', 'certbot._internal.plugins.selection')}Plugins selected: Authenticator ${a}, Installer ${i}`; }),
    t(5, (r) => { const k = r.next(); const [m, p] = k < 0.25 ? ['HEAD', '/acme/new-nonce'] : k < 0.35 ? ['GET', '/directory'] : ['POST', cbpost(r)]; return `${cb(r, 'DEBUG', 'acme.client')}Sending ${m} request to https://${ACME}${p}.`; }),
    t(4, (r) => `${cb(r, 'DEBUG', 'urllib3.connectionpool')}Starting new HTTPS connection (1): ${ACME}:443`),
    t(3, (r) => { const p = cbpost(r); const st = p === '/acme/new-order' || p === '/acme/new-acct' ? 201 : r.next() < 0.95 ? 200 : 400; return `${cb(r, 'DEBUG', 'urllib3.connectionpool')}https://${ACME}:443 "POST ${p} HTTP/1.1" ${st} ${p.startsWith('/acme/cert') ? r.int(3000, 6000) : r.int(200, 1200)}`; }),
    t(1, (r) => `${cb(r, 'DEBUG', 'urllib3.connectionpool')}https://${ACME}:443 "GET /directory HTTP/1.1" 200 ${r.pick([746, 752, 828])}`),
    t(1.5, (r) => `${cb(r, 'DEBUG', 'urllib3.connectionpool')}https://${ACME}:443 "HEAD /acme/new-nonce HTTP/1.1" 200 0`),
    t(3, (r) => `${cb(r, 'DEBUG', 'acme.client')}Storing nonce: ${b64url(r, 43)}`),
    t(1, (r) => `${cb(r, 'INFO', 'certbot._internal.auth_handler')}Performing the following challenges:`),
    t(1, (r) => `${cb(r, 'INFO', 'certbot._internal.auth_handler')}${r.next() < 0.8 ? 'http-01' : 'dns-01'} challenge for ${cbd(r)}`),
    t(1, (r) => `${cb(r, 'INFO', 'certbot._internal.auth_handler')}Waiting for verification...`),
    t(1, (r) => `${cb(r, 'INFO', 'certbot._internal.auth_handler')}Cleaning up challenges`),
    t(0.7, (r) => `${cb(r, 'DEBUG', 'certbot._internal.storage')}Writing new private key to /etc/letsencrypt/archive/${cbd(r)}/privkey${r.int(2, 40)}.pem.`),
    t(0.7, (r) => `${cb(r, 'DEBUG', 'certbot._internal.storage')}Writing certificate to /etc/letsencrypt/archive/${cbd(r)}/cert${r.int(2, 40)}.pem.`),
    t(0.7, (r) => `${cb(r, 'DEBUG', 'certbot._internal.storage')}Writing chain to /etc/letsencrypt/archive/${cbd(r)}/chain${r.int(2, 40)}.pem.`),
    t(0.7, (r) => `${cb(r, 'DEBUG', 'certbot._internal.storage')}Writing full chain to /etc/letsencrypt/archive/${cbd(r)}/fullchain${r.int(2, 40)}.pem.`),
    t(0.5, (r) => `${cb(r, 'INFO', 'certbot._internal.hooks')}Running deploy-hook command: ${r.pick(['systemctl reload nginx', 'systemctl reload nginx', '/usr/local/bin/push-cert.sh', 'docker restart traefik'])}`),
    t(0.4, (r) => { const d = cbd(r); return `${cb(r, 'WARNING', 'certbot._internal.renewal')}Attempting to renew cert (${d}) from /etc/letsencrypt/renewal/${d}.conf produced an unexpected error: ${pick(r, CBERR)}. Skipping.`; }),
    t(0.5, (r) => `${cb(r, 'INFO', 'certbot._internal.renewal')}Non-interactive renewal: random delay of ${r.float(0, 480, 14)} seconds`),
  ] },
  { name: 'salt-minion', templates: [
    t(5, (r) => `${sl(r, 'salt.minion', 1810, 'INFO', SMINION)}User ${r.next() < 0.9 ? 'root' : 'sudo_alice'} Executing command ${r.pick(SFUNS)} with jid ${sjid(r)}`),
    t(5, (r) => `${sl(r, 'salt.minion', 1819, 'INFO', SMINION)}Starting a new job ${sjid(r)} with PID ${spid(r)}`),
    t(5, (r) => `${sl(r, 'salt.minion', 2187, 'INFO', spid(r))}Returning information for job: ${sjid(r)}`),
    t(10, (r) => `${sl(r, 'salt.state', 2150, 'INFO', spid(r))}Running state [${r.pick(SSTATES)[1]}] at time ${hms(r)}.${usec(r)}`),
    t(10, (r) => { const [f, n] = r.pick(SSTATES); return `${sl(r, 'salt.state', 2181, 'INFO', spid(r))}Executing state ${f} for [${n}]`; }),
    t(10, (r) => `${sl(r, 'salt.state', 2391, 'INFO', spid(r))}Completed state [${r.pick(SSTATES)[1]}] at time ${hms(r)}.${usec(r)} (duration_in_ms=${r.float(0.2, r.next() < 0.9 ? 400 : 90000, 3)})`),
    t(3, (r) => `${sl(r, 'salt.state', 319, 'INFO', spid(r))}All specified packages are already installed`),
    t(3, (r) => `${sl(r, 'salt.state', 319, 'INFO', spid(r))}File ${r.pick(SFILES)} is in the correct state`),
    t(2, (r) => `${sl(r, 'salt.state', 319, 'INFO', spid(r))}The service ${r.pick(SSVCS)} is already running`),
    t(1, (r) => `${sl(r, 'salt.state', 319, 'INFO', spid(r))}File ${r.pick(SFILES)} updated`),
    t(0.5, (r) => `${sl(r, 'salt.state', 325, 'ERROR', spid(r))}The following packages failed to install/update: ${r.pick(['nginx-extras', 'prometheus-node-exporter', 'linux-image-6.8.0-51-generic'])}`),
    t(0.5, (r) => `${sl(r, 'salt.state', 325, 'ERROR', spid(r))}Unable to manage file: ${r.pick(["Jinja variable 'dict object' has no attribute 'listen_port'", 'Source file salt://nginx/files/site.conf not found in saltenv \'base\'', 'Specified SHA256 hash (abc) does not match the source hash'])}`),
    t(4, (r) => `${sl(r, 'salt.loaded.int.module.cmdmod', 400, 'INFO', spid(r))}Executing command ${pick(r, SCMDS)} in directory '${r.next() < 0.8 ? '/root' : '/srv/app/current'}'`),
    t(0.8, (r) => `${sl(r, 'salt.loaded.int.module.cmdmod', 849, 'ERROR', spid(r))}Command ${pick(r, SCMDS)} failed with return code: ${r.pick([1, 1, 3, 100, 127])}`),
    t(3, (r) => `${sl(r, 'salt.utils.schedule', 1705, 'INFO', SMINION)}Running scheduled job: ${r.pick(['__mine_interval', '__mine_interval', 'highstate-nightly', '__update_grains'])} with jid ${sjid(r)}`),
    t(3, (r) => `${sl(r, 'salt.fileclient', 1347, 'INFO', spid(r))}Fetching file from saltenv 'base', ** done ** '${r.pick(['nginx/files/nginx.conf', 'nginx/init.sls', 'users/init.sls', 'app/files/app.service', 'top.sls', 'ssh/files/sshd_config.j2'])}'`),
    t(1, (r) => `${sl(r, 'salt.fileclient', 1127, 'INFO', spid(r))}Caching directory '${r.pick(['nginx', 'users', 'app', '_modules'])}/' for environment 'base'`),
    t(1, (r) => `${sl(r, 'salt.state', 1185, 'INFO', spid(r))}Loading fresh modules for state activity`),
    t(0.8, (r) => `${sl(r, 'salt.minion', 2763, 'WARNING', SMINION)}SaltReqTimeoutError, retrying. (${r.int(1, 7)}/7)`),
    t(0.3, (r) => `${sl(r, 'salt.minion', 1143, 'ERROR', SMINION)}Minion unable to successfully connect to a Salt Master.`),
    t(0.3, (r) => `${sl(r, 'salt.crypt', 672, 'ERROR', SMINION)}The Salt Master has cached the public key for this node, this salt minion will wait for 10 seconds before attempting to re-authenticate`),
    t(0.2, (r) => `${sl(r, 'salt.minion', 3361, 'INFO', SMINION)}Minion is starting as user 'root'`),
    t(0.2, (r) => `${sl(r, 'salt.minion', 715, 'INFO', SMINION)}Master ${r.pick(['salt.example.com', 'salt-02.example.com'])} could not be reached, trying next master (if any)`),
  ] },
  { name: 'guacamole', templates: [
    t(5, (r) => `${gw(r, 'INFO', 'o.a.g.r.auth.AuthenticationService')}User "${guser(r)}" successfully authenticated from ${gfrom(r)}.`),
    t(1.5, (r) => `${gw(r, 'WARN', 'o.a.g.r.auth.AuthenticationService')}Authentication attempt from ${r.next() < 0.6 ? r.ip() : gfrom(r)} for user "${r.pick([...PEOPLE, 'admin', 'guacadmin', 'test'])}" failed.`),
    t(5, (r) => `${gw(r, 'INFO', 'o.a.g.tunnel.TunnelRequestService')}User "${guser(r)}" connected to connection "${r.int(1, 60)}".`),
    t(4, (r) => `${gw(r, 'INFO', 'o.a.g.tunnel.TunnelRequestService')}User "${guser(r)}" disconnected from connection "${r.int(1, 60)}". Duration: ${r.int(900, 30000000)} milliseconds`),
    t(1, (r) => `${gw(r, 'ERROR', 'o.a.g.t.w.GuacamoleWebSocketTunnelEndpoint')}Creation of WebSocket tunnel to guacd failed: ${r.pick(['java.net.ConnectException: Connection refused', 'Connection to guacd timed out.', 'Connection to guacd is closed.'])}`),
    t(0.2, (r) => `${gw(r, 'INFO', 'o.a.g.r.auth.HashTokenSessionMap')}Sessions will expire after ${r.pick([60, 60, 120, 480])} minutes of inactivity.`),
    t(0.4, (r) => { const [n, ns] = r.pick(GEXT); return `${gw(r, 'INFO', 'o.a.g.extension.ExtensionModule')}Extension "${n}" (${ns}) loaded.`; }),
    t(0.1, (r) => `${gw(r, 'INFO', 'o.a.g.environment.LocalEnvironment')}GUACAMOLE_HOME is "${r.pick(['/etc/guacamole', '/home/guacamole/.guacamole'])}".`),
    t(4, (r) => `${gd(r, 'INFO')}Creating new client for protocol "${r.pick(['rdp', 'rdp', 'ssh', 'vnc'])}"`),
    t(4, (r) => `${gd(r, 'INFO')}Connection ID is "$${r.uuid()}"`),
    t(4, (r) => { const n = r.next() < 0.85 ? 1 : r.int(2, 4); return `${gd(r, 'INFO')}User "@${r.uuid()}" joined connection "$${r.uuid()}" (${n} users now present)`; }),
    t(3.5, (r) => `${gd(r, 'INFO')}User "@${r.uuid()}" disconnected (${r.next() < 0.85 ? 0 : r.int(1, 3)} users remain)`),
    t(3, (r) => `${gd(r, 'INFO')}Last user of connection "$${r.uuid()}" disconnected`),
    t(3, (r) => `${gd(r, 'INFO')}Connection "$${r.uuid()}" removed.`),
    t(1.5, (r) => `${gd(r, 'INFO')}Connected to RDP server successfully.`),
    t(1.5, (r) => `${gd(r, 'INFO')}Internal RDP client disconnected`),
    t(0.8, (r) => `${gd(r, 'INFO')}RDP server closed/refused connection: ${r.pick(['Security negotiation failed (wrong security type?)', 'Server refused connection (wrong security type?)', 'Authentication failure (invalid credentials?)'])}`),
    t(0.1, (r) => `${gd(r, 'INFO')}Guacamole proxy daemon (guacd) version ${r.pick(['1.5.5', '1.5.4'])} started`),
    t(0.1, (r) => `${gd(r, 'INFO')}Listening on host ${r.pick(['0.0.0.0', '::'])}, port 4822`),
  ] },
  { name: 'artemis', templates: [
    t(4, (r) => { const c = aclient(r); const ttl = r.pick([60000, 60000, 30000]); return `${am(r, 'WARN', 'org.apache.activemq.artemis.core.client')}AMQ212037: Connection failure to ${c} has been detected: AMQ229014: Did not receive data from ${c} within the ${ttl}ms connection TTL. The connection will now be closed. [code=CONNECTION_TIMEDOUT]`; }),
    t(4, (r) => `${am(r, 'WARN')}AMQ222061: Client connection failed, clearing up resources for session ${r.uuid()}`),
    t(4, (r) => `${am(r, 'WARN')}AMQ222107: Cleared up resources for session ${r.uuid()}`),
    t(2, (r) => { const max = r.pick([10485760, 104857600]); return `${am(r, 'INFO')}AMQ222038: Starting paging on address '${aaddr(r)}'; size=${max + r.int(0, 90000)} bytes (${r.int(100, 90000)} messages); maxSize=${max} bytes (-1 messages); globalSize=${abytes(r)} bytes (${r.int(100, 900000)} messages); globalMaxSize=1073741824 bytes (-1 messages);`; }),
    t(1.5, (r) => { const max = r.pick([10485760, 104857600]); return `${am(r, 'INFO')}AMQ221046: Unblocking message production on address '${aaddr(r)}'; size=${max - r.int(1000, 900000)} bytes (${r.int(100, 90000)} messages); maxSize=${max} bytes (-1 messages); globalSize=${abytes(r)} bytes (${r.int(100, 900000)} messages); globalMaxSize=1073741824 bytes (-1 messages);`; }),
    t(1, (r) => `${am(r, 'WARN')}AMQ222212: Disk Full! Blocking message production on address '${aaddr(r)}'. Clients will report blocked.`),
    t(0.8, (r) => `${am(r, 'WARN')}AMQ222210: Free storage space is at ${r.float(0.1, 2, 1)}GB of ${r.pick([20, 50, 100])}.0GB total. Usage rate is ${r.float(90.1, 99.9, 1)}% which is beyond the configured <max-disk-usage>. System will start blocking producers.`),
    t(3, (r) => { const a = aaddr(r); const id = r.int(1000, 9000000); return `${am(r, 'WARN')}AMQ222149: Message Reference[${id}]:RELIABLE:CoreMessage[messageID=${id}, durable=true, userID=${r.uuid()}, priority=4, timestamp=${['Sun', 'Mon', 'Tue'][r.int(0, 2)]} ${mon(r)} ${day(r)} ${hms(r)} UTC 2026, expiration=0, durable=true, address=${a}, size=${r.int(300, 90000)}, properties=TypedProperties[__AMQ_CID=${r.uuid()}, _AMQ_ROUTING_TYPE=1]]@${r.hex(8)} has reached maximum delivery attempts, sending it to Dead Letter Address DLQ from ${a}`; }),
    t(0.6, (r) => `${am(r, 'WARN')}AMQ222165: No Dead Letter Address configured for queue ${aaddr(r)} in AddressSettings`),
    t(0.6, (r) => `${am(r, 'WARN')}AMQ222166: No Expiry Address configured for queue ${aaddr(r)} in AddressSettings`),
    t(1, (r) => `${am(r, 'INFO')}AMQ221080: Deploying address ${aaddr(r)} supporting [${r.next() < 0.7 ? 'ANYCAST' : 'MULTICAST'}]`),
    t(1, (r) => { const a = aaddr(r); return `${am(r, 'INFO')}AMQ221003: Deploying ${r.next() < 0.7 ? 'ANYCAST' : 'MULTICAST'} queue ${a} on address ${a}`; }),
    t(1, (r) => `${am(r, 'ERROR')}AMQ224088: Timeout (${r.pick([10, 10, 30])} seconds) on acceptor "${r.pick(['artemis', 'amqp', 'mqtt'])}" during protocol handshake with ${aclient(r)} has occurred.`),
    t(3, (r) => `${am(r, 'INFO', 'org.apache.activemq.audit.base')}AMQ601715: User ${r.pick(['orders-svc', 'payments-svc', 'shipping-svc', 'admin'])}(${r.pick(['amq', 'producers', 'consumers'])})@${aclient(r).slice(1)} successfully authenticated`),
    t(1, (r) => { const u = r.pick(['orders-svc', 'guest', 'admin', 'test']); const c = aclient(r); return `${am(r, 'INFO', 'org.apache.activemq.audit.base')}AMQ601716: User ${u}@${c.slice(1)} failed authentication, reason: AMQ229031: Unable to validate user from ${c}. Username: ${u}; SSL certificate subject DN: unavailable`; }),
    t(0.2, (r) => `${am(r, 'INFO')}AMQ221020: Started ${r.next() < 0.8 ? 'EPOLL' : 'NIO'} Acceptor at ${r.pick(['0.0.0.0:61616', '0.0.0.0:5672', '0.0.0.0:1883', '0.0.0.0:61613'])} for protocols [${r.pick(['CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE', 'AMQP', 'MQTT', 'STOMP'])}]`),
    t(0.1, (r) => `${am(r, 'INFO')}AMQ221007: Server is now live`),
    t(0.1, (r) => `${am(r, 'INFO')}AMQ221001: Apache ActiveMQ Artemis Message Broker version ${r.pick(['2.37.0', '2.38.0'])} [${r.pick(['broker-0', 'broker-1'])}, nodeID=${r.uuid()}]`),
    t(0.1, (r) => `${am(r, 'INFO')}AMQ221002: Apache ActiveMQ Artemis Message Broker version ${r.pick(['2.37.0', '2.38.0'])} [${r.uuid()}] stopped, uptime ${r.int(1, 40)} ${r.pick(['days', 'hours', 'minutes'])}`),
    t(0.1, (r) => `${am(r, 'INFO', 'org.apache.activemq.artemis')}AMQ241001: HTTP Server started at ${r.pick(['http://0.0.0.0:8161', 'http://localhost:8161'])}`),
    t(0.1, (r) => `${am(r, 'INFO', 'org.apache.activemq.artemis')}AMQ241002: Artemis Jolokia REST API available at ${r.pick(['http://0.0.0.0:8161', 'http://localhost:8161'])}/console/jolokia`),
  ] },
  { name: 'teleport', templates: [
    t(10, (r) => `${tl(r, 'INFO', 'AUDIT')}session.start ${tkv([['addr.remote', `${r.ip()}:${port(r)}`], ['cluster_name', TCL], ['code', 'T2000I'], ['ei', 0], ['event', 'session.start'], ['login', tlogin(r)], ['namespace', 'default'], ['server_addr', `${lan(r, '10.1')}:3022`], ['server_hostname', tnode(r)], ['server_id', r.uuid()], ['sid', r.uuid()], ['size', `${r.int(80, 240)}:${r.int(24, 70)}`], ['time', iso(r)], ['uid', r.uuid()], ['user', tuser(r)]])} events/emitter.go:263`),
    t(9, (r) => { const u = tuser(r); return `${tl(r, 'INFO', 'AUDIT')}session.end ${tkv([['cluster_name', TCL], ['code', 'T2004I'], ['ei', r.int(2, 9000)], ['enhanced_recording', false], ['event', 'session.end'], ['interactive', r.next() < 0.8], ['login', tlogin(r)], ['namespace', 'default'], ['participants', `[${u}]`], ['server_addr', `${lan(r, '10.1')}:3022`], ['server_hostname', tnode(r)], ['server_id', r.uuid()], ['session_start', iso(r)], ['session_stop', iso(r)], ['sid', r.uuid()], ['time', iso(r)], ['uid', r.uuid()], ['user', u]])} events/emitter.go:263`; }),
    t(5, (r) => `${tl(r, 'INFO', 'AUDIT')}user.login ${tkv([['addr.remote', `${r.ip()}:${port(r)}`], ['cluster_name', TCL], ['code', 'T1000I'], ['ei', 0], ['event', 'user.login'], ['method', r.pick(['local', 'oidc', 'oidc', 'github'])], ['success', true], ['time', iso(r)], ['uid', r.uuid()], ['user', tuser(r)], ['user_agent', r.next() < 0.6 ? r.pick(UAS) : `tsh/${r.pick(['16.4.6', '16.4.2'])}`]])} events/emitter.go:263`),
    t(1.5, (r) => `${tl(r, 'INFO', 'AUDIT')}user.login ${tkv([['addr.remote', `${r.ip()}:${port(r)}`], ['cluster_name', TCL], ['code', 'T1000W'], ['ei', 0], ['error', `[${r.pick(['invalid username, password or second factor', 'access denied', 'user locked until ' + iso(r)])}]`], ['event', 'user.login'], ['method', 'local'], ['success', false], ['time', iso(r)], ['uid', r.uuid()], ['user', r.next() < 0.7 ? tuser(r) : r.pick(['admin', 'root', 'test'])]])} events/emitter.go:263`),
    t(3, (r) => { const u = tuser(r); return `${tl(r, 'INFO', 'AUDIT')}cert.create ${tkv([['cert_type', 'user'], ['cluster_name', TCL], ['code', 'TC000I'], ['ei', 0], ['event', 'cert.create'], ['identity.expires', iso(r)], ['identity.logins', `[${tlogin(r)} ${u.split('@')[0]} -teleport-internal-join]`], ['identity.roles', `[${r.pick(['access', 'editor access', 'auditor'])}]`], ['identity.user', u], ['time', iso(r)], ['uid', r.uuid()]])} events/emitter.go:263`; }),
    t(3, (r) => `${tl(r, 'INFO', 'AUDIT')}exec ${tkv([['addr.local', `${lan(r, '10.1')}:3022`], ['addr.remote', `${r.ip()}:${port(r)}`], ['cluster_name', TCL], ['code', 'T3002I'], ['command', r.pick(['uptime', 'systemctl status nginx', 'df -h /var', 'journalctl -u app --since -1h', 'sudo apt-get upgrade -y'])], ['event', 'exec'], ['exitCode', r.next() < 0.9 ? 0 : 1], ['login', tlogin(r)], ['namespace', 'default'], ['server_hostname', tnode(r)], ['server_id', r.uuid()], ['sid', r.uuid()], ['time', iso(r)], ['uid', r.uuid()], ['user', tuser(r)]])} events/emitter.go:263`),
    t(5, (r) => `${tl(r, 'INFO', 'UPLOAD')}Session upload completed. ${tkv([['duration', `${r.float(0.01, 9, 6)}s`], ['session-id', r.uuid()]])} events/filesessions/fileasync.go:263`),
    t(2, (r) => `${tl(r, 'WARN', 'PROXY:AGE')}Failed to create remote tunnel: ${r.pick(['failed to dial: context deadline exceeded', 'failed to dial: dial tcp 203.0.113.10:443: connect: connection refused', 'EOF', 'ssh: handshake failed: read tcp 10.1.3.4:51234->203.0.113.10:443: read: connection reset by peer'])}, conn: <nil>. ${tkv([['leaseID', r.int(1, 40)], ['target', `${TCL}:443`]])} reversetunnel/agent.go:389`),
    t(2, (r) => `${tl(r, 'INFO', 'PROXY:AGE')}Connected. ${tkv([['addr', `${lan(r, '10.1')}:${port(r)}`], ['leaseID', r.int(1, 40)], ['remote-addr', `203.0.113.10:443`], ['target', `${TCL}:443`]])} reversetunnel/agent.go:418`),
    t(2, (r) => { const l = tlogin(r); return `${tl(r, 'WARN', 'NODE:1')}Failed to authenticate client, err: ssh: principal "${l}" not in the set of valid principals for given certificate: ["${r.pick(PEOPLE)}" "-teleport-internal-join"]. ${tkv([['fingerprint', `SHA256:${b64(r, 43)}`], ['local', `${lan(r, '10.1')}:3022`], ['remote', `${r.ip()}:${port(r)}`], ['user', l]])} srv/authhandlers.go:410`; }),
    t(2, (r) => `${tl(r, 'INFO', 'NODE:1')}Creating (${r.next() < 0.6 ? 'interactive' : 'exec'}) session ${r.uuid()}. ${tkv([['id', r.int(1, 900)], ['local', `${lan(r, '10.1')}:3022`], ['login', tlogin(r)], ['remote', `${r.ip()}:${port(r)}`], ['teleportUser', tuser(r)]])} srv/sess.go:891`),
    t(1.5, (r) => `${tl(r, 'INFO', 'NODE:1')}Closing session ${r.uuid()}. ${tkv([['id', r.int(1, 900)], ['local', `${lan(r, '10.1')}:3022`], ['login', tlogin(r)], ['remote', `${r.ip()}:${port(r)}`], ['teleportUser', tuser(r)]])} srv/sess.go:1203`),
    t(0.3, (r) => { const v = r.pick(['16.4.6', '16.4.2']); return `${tl(r, 'INFO', 'AUTH:1')}Auth service ${v}:v${v}-0-g${r.hex(7)} is starting on 0.0.0.0:3025. pid:${tpid(r)} service/service.go:2034`; }),
    t(0.4, (r) => { const [s, a] = r.pick<[string, string]>([['auth', '0.0.0.0:3025'], ['proxy:ssh', '0.0.0.0:3023'], ['proxy:web', '0.0.0.0:3080'], ['proxy:tunnel', '0.0.0.0:3024'], ['node', '0.0.0.0:3022']]); return `${tl(r, 'INFO', 'PROC:1')}Service ${s} is creating new listener on ${a}. pid:${tpid(r)} service/signals.go:212`; }),
    t(0.2, (r) => `${tl(r, 'INFO', 'KEYGEN')}Stopping key precomputation routine. native/native.go:110`),
  ] },
  { name: 'influxdb', templates: [
    t(6, (r) => ix(r, 'info', 'Cache snapshot (start)', [...ixse(r), ['op_name', 'tsm1_cache_snapshot'], ['op_event', 'start']])),
    t(6, (r) => { const s = r.int(100, 900); return ix(r, 'info', 'Snapshot for path written', [...ixse(r), ['op_name', 'tsm1_cache_snapshot'], ['path', ixpath(r, s)], ['duration', ixdur(r, 90)]]); }),
    t(6, (r) => ix(r, 'info', 'Cache snapshot (end)', [...ixse(r), ['op_name', 'tsm1_cache_snapshot'], ['op_event', 'end'], ['op_elapsed', ixdur(r, 90)]])),
    t(3, (r) => { const full = r.next() < 0.15; return ix(r, 'info', 'TSM compaction (start)', [...ixse(r), ['tsm1_strategy', full ? 'full' : 'level'], ['tsm1_level', full ? 4 : r.int(1, 3)], ['tsm1_optimize', false], ['op_name', 'tsm1_compact_group'], ['db_shard_id', r.int(100, 900)], ['op_event', 'start']]); }),
    t(3, (r) => ix(r, 'info', 'Beginning compaction', [...ixse(r), ['tsm1_strategy', r.next() < 0.85 ? 'level' : 'full'], ['tsm1_level', r.int(1, 4)], ['tsm1_optimize', false], ['op_name', 'tsm1_compact_group'], ['db_shard_id', r.int(100, 900)], ['tsm1_files_n', r.int(2, 8)]])),
    t(8, (r) => { const s = r.int(100, 900); return ix(r, 'info', 'Compacting file', [...ixse(r), ['tsm1_strategy', 'level'], ['tsm1_level', r.int(1, 4)], ['tsm1_optimize', false], ['op_name', 'tsm1_compact_group'], ['db_shard_id', s], ['tsm1_index', r.int(0, 7)], ['tsm1_file', ixtsm(r, s)]]); }),
    t(4, (r) => { const s = r.int(100, 900); return ix(r, 'info', 'Compacted file', [...ixse(r), ['tsm1_strategy', 'level'], ['tsm1_level', r.int(1, 4)], ['tsm1_optimize', false], ['op_name', 'tsm1_compact_group'], ['db_shard_id', s], ['tsm1_index', 0], ['tsm1_file', `${ixtsm(r, s)}.tmp`]]); }),
    t(3, (r) => ix(r, 'info', 'Finished compacting files', [...ixse(r), ['tsm1_strategy', 'level'], ['tsm1_level', r.int(1, 4)], ['tsm1_optimize', false], ['op_name', 'tsm1_compact_group'], ['db_shard_id', r.int(100, 900)], ['tsm1_files_n', 1]])),
    t(3, (r) => ix(r, 'info', 'TSM compaction (end)', [...ixse(r), ['tsm1_strategy', 'level'], ['tsm1_level', r.int(1, 4)], ['tsm1_optimize', false], ['op_name', 'tsm1_compact_group'], ['db_shard_id', r.int(100, 900)], ['op_event', 'end'], ['op_elapsed', ixdur(r, 9000)]])),
    t(1, (r) => ix(r, 'info', 'Retention policy deletion check (start)', [['service', 'retention'], ['trace_id', ixtr(r)], ['op_name', 'retention_delete_check'], ['op_event', 'start']])),
    t(1, (r) => ix(r, 'info', 'Retention policy deletion check (end)', [['service', 'retention'], ['trace_id', ixtr(r)], ['op_name', 'retention_delete_check'], ['op_event', 'end'], ['op_elapsed', ixdur(r, 40)]])),
    t(0.5, (r) => ix(r, 'info', 'Deleted shard', [['service', 'retention'], ['trace_id', ixtr(r)], ['op_name', 'retention_delete_check'], ['db_instance', r.pick(IXB)], ['db_shard_id', r.int(100, 900)], ['db_rp', 'autogen']])),
    t(2, (r) => ix(r, 'info', 'Unauthorized', [['error', r.pick(['authorization not found', 'token required', 'read:orgs/' + r.hex(16) + '/buckets/' + r.hex(16) + ' is unauthorized'])]])),
    t(1.5, (r) => ix(r, 'warn', 'internal error not returned to client', [['handler', 'error_logger'], ['error', r.pick(['context canceled', 'unexpected EOF', 'http: request body too large', 'engine: cache-max-memory-size exceeded: (1073742100/1073741824)'])]])),
    t(0.5, (r) => { const s = r.int(100, 900); return ix(r, 'info', 'Opened file', [['service', 'storage-engine'], ['engine', 'tsm1'], ['service', 'filestore'], ['path', ixtsm(r, s)], ['id', r.int(0, 9)], ['duration', ixdur(r, 20)]]); }),
    t(0.5, (r) => ix(r, 'info', 'Opened shard', [['service', 'storage-engine'], ['service', 'store'], ['op_name', 'tsdb_open'], ['index_version', 'tsi1'], ['path', ixpath(r, r.int(100, 900))], ['duration', ixdur(r, 400)]])),
    t(0.3, (r) => ix(r, 'info', 'Reading file', [['service', 'storage-engine'], ['engine', 'tsm1'], ['service', 'cacheloader'], ['path', `/var/lib/influxdb2/engine/wal/${r.pick(IXB)}/autogen/${r.int(100, 900)}/_${pad(r.int(1, 900), 5)}.wal`], ['size', r.int(0, 10485760)]])),
    t(0.1, (r) => ix(r, 'info', 'Welcome to InfluxDB', [['version', r.pick(['v2.7.10', 'v2.7.11'])], ['commit', r.hex(10)], ['build_date', `${ymd(r)}T${hms(r)}Z`], ['log_level', 'info']])),
    t(0.1, (r) => ix(r, 'info', 'Listening', [['service', 'tcp-listener'], ['transport', 'http'], ['addr', ':8086'], ['port', 8086]])),
  ] },
  { name: 'cluster-autoscaler', templates: [
    t(8, (r) => `${ca(r, 'I', 'static_autoscaler.go:290')}Starting main loop`),
    t(6, (r) => `${ca(r, 'I', 'filter_out_schedulable.go:66')}Filtering out schedulables`),
    t(5, (r) => `${ca(r, 'I', 'filter_out_schedulable.go:123')}${r.next() < 0.7 ? 0 : r.int(1, 12)} pods marked as unschedulable can be scheduled.`),
    t(5, (r) => `${ca(r, 'I', 'filter_out_schedulable.go:86')}No schedulable pods`),
    t(3, (r) => `${ca(r, 'I', 'static_autoscaler.go:569')}No unschedulable pods`),
    t(3, (r) => `${ca(r, 'I', 'klogx.go:87')}Pod ${r.pick(CANS)}/${capod(r)} is unschedulable`),
    t(6, (r) => `${ca(r, 'I', 'static_autoscaler.go:612')}Calculating unneeded nodes`),
    t(6, (r) => { const res = r.next() < 0.7 ? 'cpu' : 'memory'; return `${ca(r, 'I', 'eligibility.go:162')}Node ${canode(r)} unremovable: ${res} requested (${r.float(50.1, 99.9, r.int(1, 4)).replace(/\.?0+$/, '')}% of allocatable) is above the scale-down utilization threshold`; }),
    t(4, (r) => `${ca(r, 'I', 'eligibility.go:104')}Node ${canode(r)} - ${r.next() < 0.7 ? 'cpu' : 'memory'} utilization ${r.float(0, 0.5, 6)}`),
    t(2, (r) => `${ca(r, 'I', 'cluster.go:155')}Fast evaluation: node ${canode(r)} cannot be removed: ${pick(r, CAREASON)}`),
    t(1.5, (r) => `${ca(r, 'I', 'nodes.go:84')}${canode(r)} was unneeded for ${r.int(0, 9)}m${r.float(0, 59.9, r.int(3, 9))}s`),
    t(1.5, (r) => `${ca(r, 'I', 'orchestrator.go:197')}Best option to resize: ${cang(r)}`),
    t(1.5, (r) => `${ca(r, 'I', 'orchestrator.go:201')}Estimated ${r.int(1, 6)} nodes needed in ${cang(r)}`),
    t(1.5, (r) => { const [a, b, m] = caplan(r); return `${ca(r, 'I', 'orchestrator.go:268')}Final scale-up plan: [{${cang(r)} ${a}->${b} (max: ${m})}]`; }),
    t(1.5, (r) => `${ca(r, 'I', 'executor.go:147')}Scale-up: setting group ${cang(r)} size to ${r.int(2, 14)}`),
    t(1.5, (r) => `${ca(r, 'I', 'auto_scaling_groups.go:267')}Setting asg ${cang(r)} size to ${r.int(2, 14)}`),
    t(0.8, (r) => `${ca(r, 'I', 'actuator.go:208')}Scale-down: removing empty node "${canode(r)}"`),
    t(0.8, (r) => { const c = r.float(0, 0.5, 6); return `${ca(r, 'I', 'actuator.go:212')}Scale-down: removing node ${canode(r)}, utilization: {${c} ${r.float(0, 0.5, 6)} 0 cpu ${c}}, pods to reschedule: ${Array.from({ length: r.int(1, 4) }, () => capod(r)).join(',')}`; }),
    t(4, (r) => { const [k, ns, n, ty, re, msg] = pick(r, CAEVENTS); return `${ca(r, 'I', 'event_sink_logging_wrapper.go:48')}Event(v1.ObjectReference{Kind:"${k}", Namespace:"${ns}", Name:"${n}", UID:"${r.uuid()}", APIVersion:"v1", ResourceVersion:"${r.int(100000, 99999999)}", FieldPath:""}): type: '${ty}' reason: '${re}' ${msg}`; }),
    t(0.6, (r) => `${ca(r, 'W', 'clusterstate.go:298')}Disabling scale-up for node group ${cang(r)} until ${cadate(r)}; errorClass=OutOfResource; errorCode=${r.pick(['placeholder-cannot-be-fulfilled', 'InsufficientInstanceCapacity', 'VcpuLimitExceeded'])}`),
    t(0.6, (r) => `${ca(r, 'W', 'clusterstate.go:639')}Failed to find readiness information for ${cang(r)}`),
    t(0.5, (r) => `${ca(r, 'I', 'pre_filtering_processor.go:57')}Node ${canode(r)} should not be processed by cluster autoscaler (no node group config)`),
    t(0.3, (r) => `${ca(r, 'E', 'static_autoscaler.go:630')}Failed to scale up: ${r.pick(['failed to increase node group size: InsufficientInstanceCapacity: We currently do not have sufficient g5.xlarge capacity in the Availability Zone you requested (eu-west-1b).', 'Could not compute total resources: No node info for: ' + r.pick(CANG)])}`),
  ] },
  { name: 'tidb', templates: [
    t(8, (r) => ti(r, 'INFO', 'server.go:700', 'new connection', [['conn', tconn(r)], ['remoteAddr', `${lan(r, '10.42')}:${port(r)}`]])),
    t(2, (r) => ti(r, 'INFO', 'session.go:3930', 'CRUCIAL OPERATION', [['conn', tconn(r)], ['schemaVersion', r.int(40, 900)], ['cur_db', r.pick(['shop', 'shop', 'analytics', ''])], ['sql', r.pick(['ALTER TABLE orders ADD INDEX idx_created (created_at)', 'DROP TABLE IF EXISTS tmp_import_20261207', 'GRANT SELECT ON analytics.* TO \'report\'@\'%\'', 'CREATE USER \'etl\'@\'10.42.%\' IDENTIFIED BY <redacted>', 'TRUNCATE TABLE sessions'])], ['user', r.pick(['root@%', 'admin@10.42.%', 'migrate@%'])]])),
    t(6, (r) => { const c = tconn(r); const ip = lan(r, '10.42'); const sql = pick(r, TSQL); return ti(r, 'INFO', 'conn.go:1151', 'command dispatched failed', [['conn', c], ['session_alias', ''], ['connInfo', `id:${c}, addr:${ip}:${port(r)} status:${r.pick([10, 11, 2])}, collation:utf8mb4_0900_ai_ci, user:${r.pick(['app', 'app', 'worker', 'report'])}`], ['command', r.next() < 0.7 ? 'Query' : 'Execute'], ['status', `inTxn:${r.int(0, 1)}, autocommit:1`], ['sql', sql], ['txn_mode', 'PESSIMISTIC'], ['timestamp', ttso(r)], ['err', pick(r, TERR)]]); }),
    t(3, (r) => { const cost = r.float(60, 900, 3); return ti(r, 'WARN', 'expensivequery.go:145', 'expensive_query', [['cost_time', `${cost}s`], ['cop_time', `${r.float(1, 60, 3)}s`], ['process_time', `${r.float(1, 300, 3)}s`], ['wait_time', `${r.float(0, 9, 3)}s`], ['request_count', r.int(1, 900)], ['total_keys', r.int(1000, 90000000)], ['process_keys', r.int(1000, 90000000)], ['num_cop_tasks', r.int(1, 900)], ['process_max_addr', `tikv-${r.int(0, 2)}.tikv-peer.tidb.svc:20160`], ['conn', tconn(r)], ['user', r.pick(['report', 'app', 'metabase'])], ['database', r.pick(['shop', 'analytics'])], ['table_ids', `[${r.int(100, 200)}]`], ['txn_start_ts', ttso(r)], ['mem_max', `${r.int(1, 900000000)} Bytes (${r.float(1, 900, 1)} MB)`], ['sql', pick(r, TSQL)]]); }),
    t(2, (r) => ti(r, 'INFO', 'gc_worker.go:345', '[gc worker] starts the whole job', [['uuid', r.hex(13)], ['safePoint', ttso(r)], ['concurrency', 3]])),
    t(2, (r) => ti(r, 'INFO', 'gc_worker.go:1189', '[gc worker] finish resolve locks', [['uuid', r.hex(13)], ['safePoint', ttso(r)], ['try-resolve-locks-ts', ttso(r)], ['regions', r.int(10, 90000)]])),
    t(2, (r) => ti(r, 'INFO', 'gc_worker.go:740', '[gc worker] finish delete ranges', [['uuid', r.hex(13)], ['num of ranges', r.int(0, 40)], ['cost time', `${r.float(0.1, 900, 3)}ms`]])),
    t(3, (r) => ti(r, 'INFO', 'region_cache.go:2712', "mark store's regions need be refill", [['id', r.int(1, 6)], ['zone', ''], ['addr', `tikv-${r.int(0, 2)}.tikv-peer.tidb.svc:20160`], ['error', r.pick(['rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.42.3.17:20160: connect: connection refused"', 'context deadline exceeded', 'rpc error: code = Canceled desc = context canceled'])]])),
    t(2, (r) => { const [ty, w] = r.pick(TDDL); return ti(r, 'INFO', 'ddl_worker.go:1012', '[ddl] run DDL job', [['worker', `worker ${r.int(1, 4)}, tp ${w}`], ['job', tjob(r, ty, 'queueing')]]); }),
    t(2, (r) => { const [ty, w] = r.pick(TDDL); return ti(r, 'INFO', 'ddl_worker.go:640', '[ddl] finish DDL job', [['worker', `worker ${r.int(1, 4)}, tp ${w}`], ['job', tjob(r, ty, 'synced')]]); }),
    t(2, (r) => { const v = r.int(40, 900); return ti(r, 'INFO', 'domain.go:296', 'diff load InfoSchema success', [['currentSchemaVersion', v - 1], ['neededSchemaVersion', v], ['start time', `${r.float(0.1, 40, 6)}ms`], ['gotSchemaVersion', v], ['phyTblIDs', `[${r.int(100, 200)}]`], ['actionTypes', `[${r.pick([7, 5, 3, 16])}]`], ['diffTypes', `["${r.pick(['add index', 'add column', 'create table', 'truncate table'])}"]`]]); }),
    t(0.5, (r) => { const v = r.int(40, 900); return ti(r, 'INFO', 'domain.go:232', 'full load InfoSchema success', [['currentSchemaVersion', v - r.int(1, 40)], ['neededSchemaVersion', v], ['start time', `${r.float(10, 900, 6)}ms`]]); }),
    t(2, (r) => { const tb = r.pick(TTABLES); const m = r.int(1000, 900000); return ti(r, 'INFO', 'update.go:1109', '[stats] auto analyze triggered', [['sql', `analyze table \`${r.pick(['shop', 'analytics'])}\`.\`${tb}\``], ['reason', `too many modifications(${m}/${m + r.int(-900, 900000)}>0.5)`]]); }),
    t(1.5, (r) => ti(r, 'INFO', 'analyze.go:749', `analyze table \`${r.pick(['shop', 'analytics'])}\`.\`${r.pick(TTABLES)}\` has finished`, [['partition', ''], ['job info', `auto analyze table all columns with 256 buckets, 500 topn, ${r.pick(['1', '0.1', '0.0348'])} samplerate`], ['start time', `${ymd(r)} ${hms(r)}.${usec(r)} +0000 UTC`], ['end time', `${ymd(r)} ${hms(r)}.${usec(r)} +0000 UTC`], ['cost', `${r.float(0.1, 90, 6)}s`], ['sample rate reason', `use min(1, 110000/${r.int(100000, 90000000)}) as the sample-rate=${r.pick(['1', '0.1', '0.0348'])}`]])),
    t(1, (r) => ti(r, 'WARN', 'tso_dispatcher.go:505', 'get timestamp too slow', [['cost time', `${r.float(30, 900, 6)}ms`]])),
    t(0.2, (r) => ti(r, 'INFO', 'printer.go:47', 'Welcome to TiDB.', [['Release Version', 'v8.1.1'], ['Edition', 'Community'], ['Git Commit Hash', r.hex(40)], ['Git Branch', 'HEAD'], ['UTC Build Time', '2024-08-22 05:47:26'], ['GoVersion', 'go1.21.13'], ['Race Enabled', 'false'], ['Check Table Before Drop', 'false']])),
    t(0.2, (r) => ti(r, 'INFO', 'server.go:295', 'server is running MySQL protocol', [['addr', '0.0.0.0:4000']])),
  ] },
  { name: 's3-access', templates: [
    t(30, (r) => { const b = r.next() < 0.7 ? 'shop-assets-prod' : s3b(r); const key = s3key(r, b); const k = r.next(); const [st, err] = k < 0.8 ? [200, '-'] : k < 0.88 ? [304, '-'] : k < 0.93 ? [206, '-'] : k < 0.97 ? [404, 'NoSuchKey'] : [403, 'AccessDenied']; const size = r.int(200, 90000000); const ok = st === 200 || st === 206; return s3row(r, 'REST.GET.OBJECT', b, key, `GET /${key}${r.next() < 0.92 ? '' : `?versionId=${mixed(r, 32)}`} HTTP/1.1`, st as number, err as string, st === 200 ? size : st === 206 ? r.int(1, size) : st === 304 ? '-' : r.int(200, 400), ok || st === 304 ? size : '-', s3who(r, b)); }),
    t(8, (r) => { const b = s3b(r); const key = s3key(r, b); const hit = r.next() < 0.85; return s3row(r, 'REST.HEAD.OBJECT', b, key, `HEAD /${key} HTTP/1.1`, hit ? 200 : 404, hit ? '-' : 'NoSuchKey', '-', hit ? r.int(200, 90000000) : '-', s3who(r, b)); }),
    t(10, (r) => { const b = s3b(r); const key = s3key(r, b); return s3row(r, 'REST.PUT.OBJECT', b, key, `PUT /${key} HTTP/1.1`, r.next() < 0.97 ? 200 : 403, '-', '-', r.int(200, 90000000), s3w(r)); }),
    t(5, (r) => { const b = s3b(r); const pre = r.pick(['events/dt=' + ymd(r) + '/', 'pg/', 'fake/', 'img/products/', '']); return s3row(r, 'REST.GET.BUCKET', b, '-', `GET /?list-type=2&prefix=${encodeURIComponent(pre)}&delimiter=%2F&encoding-type=url HTTP/1.1`, 200, '-', r.int(300, 900000), '-', s3w(r)); }),
    t(2, (r) => { const b = s3b(r); const key = s3key(r, b); return s3row(r, 'REST.DELETE.OBJECT', b, key, `DELETE /${key} HTTP/1.1`, 204, '-', '-', '-', s3w(r)); }),
    t(1, (r) => { const b = r.pick(['shop-backups-eu', 'data-lake-raw']); const key = s3key(r, b); return s3row(r, 'REST.POST.UPLOADS', b, key, `POST /${key}?uploads HTTP/1.1`, 200, '-', r.int(380, 520), '-', s3w(r)); }),
    t(4, (r) => { const b = r.pick(['shop-backups-eu', 'data-lake-raw']); const key = s3key(r, b); return s3row(r, 'REST.PUT.PART', b, key, `PUT /${key}?partNumber=${r.int(1, 400)}&uploadId=${s3upload(r)} HTTP/1.1`, 200, '-', '-', r.pick([8388608, 8388608, 16777216, r.int(1000, 8388608)]), s3w(r)); }),
    t(1, (r) => { const b = r.pick(['shop-backups-eu', 'data-lake-raw']); const key = s3key(r, b); return s3row(r, 'REST.POST.UPLOAD', b, key, `POST /${key}?uploadId=${s3upload(r)} HTTP/1.1`, 200, '-', r.int(300, 520), r.int(8388608, 900000000), s3w(r)); }),
    t(1, (r) => { const b = s3b(r); const key = s3key(r, b); return s3row(r, 'REST.COPY.OBJECT', b, key, `PUT /${key} HTTP/1.1`, 200, '-', r.int(220, 260), r.int(200, 90000000), s3w(r)); }),
    t(0.8, (r) => s3row(r, 'REST.POST.MULTI_OBJECT_DELETE', 'loki-chunks-eu', '-', 'POST /?delete HTTP/1.1', 200, '-', r.int(200, 90000), '-', s3w(r))),
    t(3, (r) => s3row(r, 'BATCH.DELETE.OBJECT', 'loki-chunks-eu', s3key(r, 'loki-chunks-eu'), 'POST /?delete HTTP/1.1', 204, '-', '-', '-', s3w(r))),
    t(1, (r) => { const key = s3key(r, 'shop-assets-prod'); return s3row(r, 'REST.OPTIONS.PREFLIGHT', 'shop-assets-prod', key, `OPTIONS /${key} HTTP/1.1`, r.next() < 0.9 ? 200 : 403, '-', 0, '-', '-'); }),
    t(2, (r) => s3lc(r, 'S3.EXPIRE.OBJECT')),
    t(0.8, (r) => s3lc(r, 'S3.TRANSITION_SIA.OBJECT')),
  ] },
  { name: 'exchange-msgtrack', templates: [
    t(10, (r) => { const [srv, sip] = exsrv(r); const [mh, mip] = skew(r, EXMX, 0.4); const n = r.next() < 0.8 ? 1 : r.int(2, 4); const from = exext(r); return exrow(r, 'SMTP', 'RECEIVE', { 'client-ip': mip, 'client-hostname': mh, 'server-ip': sip, 'server-hostname': srv, 'source-context': exsess(r), 'connector-id': `${srv}\\Default Frontend ${srv}`, ...exbase(r, true), 'recipient-address': Array.from({ length: n }, () => exlocal(r)).join(';'), 'recipient-count': n, 'sender-address': from, 'return-path': from, 'message-info': `${iso(r)};SRV=${exfq(srv)}:TOTAL-FE=${r.float(0, 2, 3)}|SMR=${r.float(0, 1, 3)}|SMS=${r.float(0, 1, 3)}`, directionality: 'Incoming', 'original-client-ip': mip, 'original-server-ip': sip, 'custom-data': `S:ProxiedClientIPAddress=${mip};S:ProxiedClientHostname=${mh};S:ProxyHop1=${exfq(srv)}(${sip});S:InboundTlsDetails=TLS1_2 with cipher Aes256 256 bits;S:DeliveryPriority=Normal;S:AccountForest=corp.example.com`, 'transport-traffic-type': 'Email' }); }),
    t(10, (r) => { const [srv, sip] = exsrv(r); const ext = r.next() < 0.6; const from = ext ? exext(r) : exlocal(r); return exrow(r, 'STOREDRIVER', 'DELIVER', { 'client-ip': sip, 'client-hostname': exfq(srv), 'server-hostname': srv, ...exbase(r, ext), 'recipient-address': exlocal(r), 'recipient-count': 1, 'sender-address': from, 'return-path': from, 'message-info': `${iso(r)};SRV=${exfq(srv)}:TOTAL-HUB=${r.float(0, 2, 3)}|SMR=${r.float(0, 1, 3)}|CAT=${r.float(0, 1, 3)}|QDM=${r.float(0, 1, 3)}`, directionality: ext ? 'Incoming' : 'Originating', 'custom-data': `S:Mailboxes=${r.uuid()};S:StoreObjectIds=${b64(r, 22)};S:FromEntity=${ext ? 'Internet' : 'Hosted'};S:ToEntity=Hosted;S:P2RecipStat=;S:MsgRecipCount=1;S:IncludeInSla=True;S:E2ELatency=${r.float(0.1, 9, 3)};S:MailboxDatabaseName=${r.pick(['DB01', 'DB02', 'DB03'])};S:DatabaseHealth=-1`, 'transport-traffic-type': 'Email' }); }),
    t(6, (r) => { const [srv, sip] = exsrv(r); const from = exlocal(r); const n = r.int(1, 3); return exrow(r, 'STOREDRIVER', 'SUBMIT', { 'client-ip': sip, 'client-hostname': exfq(srv), 'server-hostname': exfq(exsrv(r)[0]), 'source-context': `MDB:${r.uuid()}, Mailbox:${r.uuid()}, Event:${r.int(100000, 99999999)}, MessageClass:IPM.Note, CreationTime:${iso(r)}, ClientType:${r.pick(['MOMT', 'MOMT', 'OWA', 'AirSync', 'Transport'])}, SubmissionAssistant:MailboxTransportSubmissionEmailAssistant`, ...exbase(r, false), 'recipient-address': Array.from({ length: n }, () => (r.next() < 0.5 ? exlocal(r) : exext(r))).join(';'), 'recipient-count': n, 'sender-address': from, 'return-path': from, directionality: 'Originating', 'transport-traffic-type': 'Email' }); }),
    t(5, (r) => { const [srv, sip] = exsrv(r); const [mh, mip] = r.pick(EXMX); const from = exlocal(r); const g = mh.includes('google'); return exrow(r, 'SMTP', 'SEND', { 'client-ip': sip, 'client-hostname': srv, 'server-ip': mip, 'server-hostname': mh, 'source-context': exsess(r), 'connector-id': 'Outbound to Internet', ...exbase(r, false), 'recipient-address': exext(r), 'recipient-status': g ? `250 2.0.0 OK  ${epoch(r)} ${mixed(r, 16)}.${r.int(1, 900)} - gsmtp` : `250 2.6.0 <${mixed(r, 20)}@${exfq(srv)}> [InternalId=${r.int(1e12, 9e12)}, Hostname=${mh}] Queued mail for delivery`, 'recipient-count': 1, 'sender-address': from, 'return-path': from, 'message-info': `${iso(r)};SRV=${exfq(srv)}:TOTAL-SUB=${r.float(0, 1, 3)}|SA=${r.float(0, 1, 3)}|MTSS=${r.float(0, 1, 3)};SRV=${exfq(srv)}:TOTAL-HUB=${r.float(0, 9, 3)}|SMRDI=${r.float(0, 1, 3)}|SMRD=${r.float(0, 1, 3)}`, directionality: 'Originating', 'original-client-ip': sip, 'custom-data': `S:E2ELatency=${r.float(0.1, 9, 3)};S:ExternalSendLatency=${r.float(0.1, 5, 3)};S:ToEntity=Internet;S:FromEntity=Hosted;S:MsgRecipCount=1;S:IncludeInSla=True;S:Microsoft.Exchange.Transport.MailRecipient.RequiredTlsAuthLevel=EncryptionOnly;S:Microsoft.Exchange.Transport.MailRecipient.EffectiveTlsAuthLevel=EncryptionOnly;S:DeliveryPriority=Normal;S:AccountForest=corp.example.com`, 'transport-traffic-type': 'Email' }); }),
    t(3, (r) => { const i = r.int(0, 1); const [srv, sip] = EXSRV[i]; const [osrv, osip] = EXSRV[1 - i]; const from = exext(r); return exrow(r, 'SMTP', 'HAREDIRECT', { 'client-ip': sip, 'client-hostname': exfq(srv), 'server-ip': osip, 'server-hostname': exfq(osrv), 'source-context': exsess(r), ...exbase(r, true), 'recipient-address': exlocal(r), 'recipient-count': 1, 'sender-address': from, 'return-path': from, directionality: 'Incoming', 'transport-traffic-type': 'Email' }); }),
    t(3, (r) => { const i = r.int(0, 1); const [srv, sip] = EXSRV[i]; const [osrv, osip] = EXSRV[1 - i]; const from = exext(r); return exrow(r, 'SMTP', 'HARECEIVE', { 'client-ip': osip, 'client-hostname': exfq(osrv), 'server-ip': sip, 'server-hostname': srv, 'source-context': exsess(r), 'connector-id': `${srv}\\Default ${srv}`, ...exbase(r, true), 'recipient-address': exlocal(r), 'recipient-count': 1, 'sender-address': from, 'return-path': from, directionality: 'Incoming', 'original-client-ip': osip, 'transport-traffic-type': 'Email' }); }),
    t(6, (r) => { const [srv, sip] = exsrv(r); const ext = r.next() < 0.6; const from = ext ? exext(r) : exlocal(r); return exrow(r, 'AGENT', 'AGENTINFO', { 'client-ip': sip, 'client-hostname': srv, 'server-hostname': srv, 'source-context': r.pick(['Transport Rule Agent', 'Malware Agent', 'Content Filter Agent']), ...exbase(r, ext), 'recipient-address': exlocal(r), 'recipient-count': 1, 'sender-address': from, 'return-path': from, directionality: ext ? 'Incoming' : 'Originating', 'custom-data': `S:AMA=SUM|v=0|action=|error=|atch=${r.int(0, 3)};S:TRA=ETRP|ruleId=${r.uuid()}|st=${iso(r)}|action=${r.pick(['SetHeader', 'PrependSubject', 'ApplyHtmlDisclaimer', 'AddManagerAsRecipientType'])}|sev=1|mode=Enforce;S:CompCost=|ETR=${r.int(0, 40)};S:DeliveryPriority=Normal`, 'transport-traffic-type': 'Email' }); }),
    t(1, (r) => { const [srv, sip] = exsrv(r); const from = r.next() < 0.5 ? exext(r) : exlocal(r); const ms = [...new Set(Array.from({ length: r.int(3, 12) }, () => exlocal(r)))]; return exrow(r, 'ROUTING', 'EXPAND', { 'client-ip': sip, 'client-hostname': srv, 'server-hostname': srv, ...exbase(r, !from.endsWith('@example.com')), 'recipient-address': ms.join(';'), 'recipient-count': ms.length, 'related-recipient-address': r.pick(['all-staff@example.com', 'sre@example.com', 'sales-emea@example.com']), 'sender-address': from, 'return-path': from, directionality: 'Originating', 'transport-traffic-type': 'Email' }); }),
    t(1, (r) => { const [srv, sip] = exsrv(r); const from = exext(r); const p = r.pick(PEOPLE); return exrow(r, 'ROUTING', 'RESOLVE', { 'client-ip': sip, 'client-hostname': srv, 'server-hostname': srv, ...exbase(r, true), 'recipient-address': `${p}.${r.pick(['smith', 'novak', 'okafor', 'berg'])}@example.com`, 'recipient-count': 1, 'related-recipient-address': `${p}@example.com`, 'sender-address': from, 'return-path': from, directionality: 'Incoming', 'transport-traffic-type': 'Email' }); }),
    t(0.8, (r) => { const [srv, sip] = exsrv(r); const from = exext(r); return exrow(r, 'ROUTING', 'FAIL', { 'client-ip': sip, 'client-hostname': srv, 'server-hostname': srv, ...exbase(r, true), 'recipient-address': `${r.pick(['jobs', 'ceo', 'j.doe', 'info-old'])}@example.com`, 'recipient-status': '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'recipient-count': 1, 'sender-address': from, 'return-path': from, directionality: 'Incoming', 'transport-traffic-type': 'Email' }); }),
    t(0.8, (r) => { const [srv] = exsrv(r); const to = exext(r); const s = pick(r, EXSUBJ); return exrow(r, 'DSN', 'DSN', { 'server-hostname': exfq(srv), ...exbase(r, false), 'message-subject': `Undeliverable: ${s}`, 'recipient-address': to, 'recipient-count': 1, 'related-recipient-address': `${r.pick(['jobs', 'ceo', 'j.doe'])}@example.com`, reference: exmid(r, true), 'sender-address': 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com', 'return-path': '<>', directionality: 'Originating', 'transport-traffic-type': 'Email' }); }),
    t(0.6, (r) => { const [srv, sip] = exsrv(r); const [mh, mip] = r.pick(EXMX); const from = exlocal(r); return exrow(r, 'SMTP', 'DEFER', { 'client-ip': sip, 'client-hostname': srv, 'server-ip': mip, 'server-hostname': mh, 'source-context': exsess(r), 'connector-id': 'Outbound to Internet', ...exbase(r, false), 'recipient-address': exext(r), 'recipient-status': r.pick([`451 4.4.0 Primary target IP address responded with: "421 4.7.0 Try again later, closing connection." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was ${mip}:25`, `451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to SocketError. Last endpoint attempted was ${mip}:25`]), 'recipient-count': 1, 'sender-address': from, 'return-path': from, directionality: 'Originating', 'transport-traffic-type': 'Email' }); }),
    t(0.1, () => '#Software: Microsoft Exchange Server'),
    t(0.1, () => '#Version: 15.02.1544.004'),
    t(0.1, () => '#Log-type: Message Tracking Log'),
    t(0.1, (r) => `#Date: ${iso(r)}`),
    t(0.1, () => `#Fields: ${EXF.join(',')}`),
  ] },
  { name: 'structlog-json', templates: [
    t(25, (r) => { const m = r.next() < 0.75 ? 'GET' : r.pick(['POST', 'POST', 'PUT', 'DELETE']); const st = r.next() < 0.9 ? (m === 'POST' ? 201 : m === 'DELETE' ? 204 : 200) : r.pick([400, 401, 404, 409, 422, 500]); return sj(r, 'info', 'billing.middleware', 'request finished', { method: m, path: pick(r, SPATHS), status_code: st, duration_ms: Number(r.float(0.5, r.next() < 0.9 ? 80 : 3000, 2)), client_ip: lan(r, '10.42') }, sreq(r)); }),
    t(8, (r) => sj(r, 'debug', 'billing.middleware', 'request started', { method: r.next() < 0.75 ? 'GET' : 'POST', path: pick(r, SPATHS), user_agent: r.pick(['python-httpx/0.28.1', 'Go-http-client/1.1', 'okhttp/4.12.0', 'kube-probe/1.31']) }, sreq(r))),
    t(6, (r) => sj(r, 'info', 'billing.invoices', 'invoice created', { invoice_id: sinv(r), customer_id: `cus_${mixed(r, 14)}`, amount_cents: r.int(100, 900000), currency: r.pick(['eur', 'eur', 'usd', 'gbp']) }, sreq(r))),
    t(5, (r) => sj(r, 'info', 'billing.payments', 'payment captured', { invoice_id: sinv(r), provider: r.next() < 0.8 ? 'stripe' : 'adyen', charge_id: `ch_${mixed(r, 24)}`, amount_cents: r.int(100, 900000) }, sreq(r))),
    t(2, (r) => sj(r, 'warning', 'billing.payments', 'payment declined', { invoice_id: sinv(r), provider: r.next() < 0.8 ? 'stripe' : 'adyen', decline_code: r.pick(['insufficient_funds', 'card_declined', 'expired_card', 'do_not_honor', 'authentication_required']) }, sreq(r))),
    t(2, (r) => { const n = r.int(2, 5); return sj(r, 'warning', 'billing.webhooks', `Retrying webhook delivery to ${r.pick(SHOOKS)} (attempt ${n}/5)`, { webhook_id: `wh_${mixed(r, 16)}`, backoff_s: 2 ** n }); }),
    t(4, (r) => sj(r, 'info', 'billing.webhooks', 'webhook delivered', { webhook_id: `wh_${mixed(r, 16)}`, url: r.pick(SHOOKS), status_code: r.pick([200, 200, 202, 204]), duration_ms: Number(r.float(20, 2000, 1)) })),
    t(1, (r) => sj(r, 'error', 'billing.webhooks', 'webhook delivery failed', { webhook_id: `wh_${mixed(r, 16)}`, url: r.pick(SHOOKS), error: r.pick(['timed out', 'All connection attempts failed', 'Server error \'502 Bad Gateway\' for url']), exception: STB(r) })),
    t(6, (r) => sj(r, 'debug', 'billing.cache', 'cache hit', { key: r.pick([`fx:${r.pick(['EURUSD', 'EURGBP', 'USDJPY'])}`, `customer:cus_${mixed(r, 14)}`, `plan:${r.pick(['pro', 'team', 'enterprise'])}`]) })),
    t(4, (r) => sj(r, 'debug', 'billing.cache', 'cache miss', { key: r.pick([`fx:${r.pick(['EURUSD', 'EURGBP', 'USDJPY'])}`, `customer:cus_${mixed(r, 14)}`, `plan:${r.pick(['pro', 'team', 'enterprise'])}`]) })),
    t(3, (r) => sj(r, 'info', 'billing.jobs', 'job started', { job: r.pick(SJOBS), job_id: r.uuid() })),
    t(3, (r) => sj(r, 'info', 'billing.jobs', 'job finished', { job: r.pick(SJOBS), job_id: r.uuid(), duration_s: Number(r.float(0.1, 900, 3)), processed: r.int(0, 90000) })),
    t(0.5, (r) => sj(r, 'error', 'billing.jobs', 'job failed', { job: r.pick(SJOBS), job_id: r.uuid(), error: r.pick(['deadlock detected', 'timed out', 'exchange rate provider returned 503']), exception: STB(r) })),
    t(1, (r) => sj(r, 'warning', 'billing.db', 'db pool exhausted, waiting for connection', { pool_size: r.pick([10, 20]), waiting: r.int(1, 40) })),
    t(1.5, (r) => sj(r, 'warning', 'billing.middleware', 'rate limit exceeded', { client_ip: r.ip(), limit: r.pick(['100/minute', '1000/hour']), path: pick(r, SPATHS) })),
    t(0.2, (r) => sj(r, 'info', 'billing.app', 'application startup complete', { version: r.pick(['2026.12.1', '2026.12.2']), environment: 'production' })),
    t(0.2, (r) => sj(r, 'info', 'billing.app', 'shutting down', { signal: r.pick(['SIGTERM', 'SIGINT']) })),
  ] },
  { name: 'serilog-clef', templates: [
    t(25, (r) => { const m = r.next() < 0.7 ? 'GET' : r.pick(['POST', 'POST', 'PUT', 'DELETE']); const st = r.next() < 0.92 ? (m === 'POST' ? 201 : m === 'DELETE' ? 204 : 200) : r.pick([400, 401, 404, 409, 500, 503]); const el = Number(r.float(0.3, r.next() < 0.9 ? 120 : 9000, 4)); const q = clreq(r); return cl(r, 'HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms', { RequestMethod: m, RequestPath: pick(r, CLPATHS), StatusCode: st, Elapsed: el, SourceContext: 'Serilog.AspNetCore.RequestLoggingMiddleware', RequestId: q.RequestId, ConnectionId: q.ConnectionId }, { rr: [el.toFixed(4)], l: st >= 500 ? 'Error' : undefined, trace: true }); }),
    t(8, (r) => { const { p, sql } = pick(r, CLSQL); const q = clreq(r); return cl(r, "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}", { elapsed: String(r.int(0, r.next() < 0.9 ? 40 : 4000)), parameters: p, commandType: 'Text', commandTimeout: 30, newLine: '\n', commandText: sql, EventId: { Id: 20101, Name: 'Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted' }, SourceContext: 'Microsoft.EntityFrameworkCore.Database.Command', RequestId: q.RequestId, RequestPath: pick(r, CLPATHS), ConnectionId: q.ConnectionId }, { trace: true }); }),
    t(1, (r) => { const { p, sql } = pick(r, CLSQL); return cl(r, "Failed executing DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}", { elapsed: String(r.int(1, 30000)), parameters: p, commandType: 'Text', commandTimeout: 30, newLine: '\n', commandText: sql, EventId: { Id: 20102, Name: 'Microsoft.EntityFrameworkCore.Database.Command.CommandError' }, SourceContext: 'Microsoft.EntityFrameworkCore.Database.Command' }, { l: 'Error', x: `Npgsql.PostgresException (0x80004005): ${r.pick(['40P01: deadlock detected', '57014: canceling statement due to statement timeout', '23505: duplicate key value violates unique constraint "PK_Orders"'])}\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)`, trace: true }); }),
    t(5, (r) => { const c = r.pick(CLCLIENTS); const m = c === 'PaymentsClient' ? 'POST' : 'GET'; return cl(r, 'Start processing HTTP request {HttpMethod} {Uri}', { HttpMethod: m, Uri: clUri(c, r), EventId: { Id: 100, Name: 'RequestPipelineStart' }, SourceContext: `System.Net.Http.HttpClient.${c}.LogicalHandler` }, { trace: true }); }),
    t(5, (r) => { const c = r.pick(CLCLIENTS); const m = c === 'PaymentsClient' ? 'POST' : 'GET'; return cl(r, 'Sending HTTP request {HttpMethod} {Uri}', { HttpMethod: m, Uri: clUri(c, r), EventId: { Id: 100, Name: 'RequestStart' }, SourceContext: `System.Net.Http.HttpClient.${c}.ClientHandler` }, { trace: true }); }),
    t(5, (r) => { const c = r.pick(CLCLIENTS); return cl(r, 'Received HTTP response headers after {ElapsedMilliseconds}ms - {StatusCode}', { ElapsedMilliseconds: Number(r.float(1, r.next() < 0.9 ? 300 : 30000, 4)), StatusCode: r.next() < 0.93 ? 200 : r.pick([400, 404, 429, 502]), EventId: { Id: 101, Name: 'RequestEnd' }, SourceContext: `System.Net.Http.HttpClient.${c}.ClientHandler` }, { trace: true }); }),
    t(5, (r) => { const c = r.pick(CLCLIENTS); return cl(r, 'End processing HTTP request after {ElapsedMilliseconds}ms - {StatusCode}', { ElapsedMilliseconds: Number(r.float(1, r.next() < 0.9 ? 300 : 30000, 4)), StatusCode: r.next() < 0.93 ? 200 : r.pick([400, 404, 429, 502]), EventId: { Id: 101, Name: 'RequestPipelineEnd' }, SourceContext: `System.Net.Http.HttpClient.${c}.LogicalHandler` }, { trace: true }); }),
    t(4, (r) => { const tot = Number(r.float(5, 900, 2)); return cl(r, 'Order {OrderId} placed by customer {CustomerId} with {ItemCount} items, total {Total:C}', { OrderId: r.int(1, 900000), CustomerId: r.int(1, 90000), ItemCount: r.int(1, 12), Total: tot, SourceContext: 'Shop.Orders.Api.Services.OrderService' }, { rr: [`€${tot.toFixed(2)}`], trace: true }); }),
    t(1.5, (r) => cl(r, 'Payment for order {OrderId} declined: {Reason}', { OrderId: r.int(1, 900000), Reason: r.pick(['insufficient_funds', 'card_declined', 'Issuer unavailable, retry later', '3-D Secure authentication failed']), SourceContext: 'Shop.Orders.Api.Services.PaymentService' }, { l: 'Warning', trace: true })),
    t(2, (r) => cl(r, 'Outbox message {MessageId} of type {MessageType} published to {Topic}', { MessageId: r.uuid(), MessageType: r.pick(['OrderPlaced', 'OrderPaid', 'OrderCancelled', 'StockReserved']), Topic: r.pick(['orders.events', 'orders.events', 'inventory.commands']), SourceContext: 'Shop.Orders.Api.Outbox.OutboxPublisher' })),
    t(1, (r) => cl(r, "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'", { HealthCheckName: r.pick(['npgsql', 'redis', 'payments-api']), HealthStatus: r.next() < 0.6 ? 'Unhealthy' : 'Degraded', ElapsedMilliseconds: Number(r.float(1, 5000, 4)), HealthCheckDescription: r.pick(['(null)', 'Timeout', 'It was not possible to connect to the redis server(s). UnableToConnect on redis.shop.svc:6379/Interactive']), EventId: { Id: 103, Name: 'HealthCheckEnd' }, SourceContext: 'Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService' }, { l: 'Warning' })),
    t(0.7, (r) => { const q = clreq(r); return cl(r, 'An unhandled exception has occurred while executing the request.', { EventId: { Id: 1, Name: 'UnhandledException' }, SourceContext: 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware', RequestId: q.RequestId, RequestPath: pick(r, CLPATHS), ConnectionId: q.ConnectionId }, { l: 'Error', x: `${r.pick(['System.InvalidOperationException: Sequence contains no elements', "System.NullReferenceException: Object reference not set to an instance of an object.", 'System.TimeoutException: The operation has timed out.'])}\n   at Shop.Orders.Api.Services.OrderService.GetAsync(Int32 id, CancellationToken ct) in /src/Shop.Orders.Api/Services/OrderService.cs:line ${r.int(20, 300)}\n   at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)`, trace: true }); }),
    t(0.2, (r) => cl(r, 'Now listening on: {address}', { address: r.pick(['http://[::]:8080', 'http://0.0.0.0:8080', 'https://[::]:8443']), EventId: { Id: 14, Name: 'ListeningOnAddress' }, SourceContext: 'Microsoft.Hosting.Lifetime' })),
    t(0.1, (r) => cl(r, 'Application started. Press Ctrl+C to shut down.', { SourceContext: 'Microsoft.Hosting.Lifetime' })),
    t(0.1, (r) => cl(r, 'Hosting environment: {EnvName}', { EnvName: r.pick(['Production', 'Staging']), SourceContext: 'Microsoft.Hosting.Lifetime' })),
    t(0.1, (r) => cl(r, 'Content root path: {ContentRoot}', { ContentRoot: '/app', SourceContext: 'Microsoft.Hosting.Lifetime' })),
    t(0.1, (r) => cl(r, 'Application is shutting down...', { SourceContext: 'Microsoft.Hosting.Lifetime' })),
    t(0.2, (r) => cl(r, "Storing keys in a directory '{path}' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning", { path: '/root/.aspnet/DataProtection-Keys', EventId: { Id: 60, Name: 'UsingEphemeralFileSystemLocationInContainer' }, SourceContext: 'Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository' }, { l: 'Warning' })),
  ] },
  { name: 'sonarr', templates: [
    t(3, (r) => `${so(r, 'Info', 'RssSyncService')}Starting RSS Sync`),
    t(3, (r) => `${so(r, 'Info', 'DownloadDecisionMaker')}Processing ${r.int(20, 1200)} releases`),
    t(3, (r) => `${so(r, 'Info', 'RssSyncService')}RSS Sync Completed. Reports found: ${r.int(20, 1200)}, Reports grabbed: ${r.next() < 0.7 ? 0 : r.int(1, 4)}`),
    t(2, (r) => `${so(r, 'Info', 'DownloadService')}Report sent to ${r.pick(['qBittorrent', 'qBittorrent', 'SABnzbd', 'Transmission'])} from indexer ${r.pick(SIDX)}. ${srel(r, sser(r)[0])}`),
    t(3, (r) => `${so(r, 'Info', 'ReleaseSearchService')}Searching indexers for [${sser(r)[0]} : S${d2(r.int(1, 4))}E${d2(r.int(1, 10))}]. ${r.int(1, 6)} active indexers`),
    t(2, (r) => `${so(r, 'Info', 'EpisodeSearchService')}Episode search completed. ${r.next() < 0.6 ? 0 : r.int(1, 3)} reports downloaded.`),
    t(3, (r) => `${so(r, 'Info', 'RefreshSeriesService')}Updating Info for ${sser(r)[0]}`),
    t(3, (r) => { const [n, id] = sser(r); return `${so(r, 'Info', 'RefreshEpisodeService')}Starting episode info refresh for: [${id}][${n}]`; }),
    t(3, (r) => { const [n, id] = sser(r); return `${so(r, 'Info', 'RefreshEpisodeService')}Finished episode refresh for series: [${id}][${n}].`; }),
    t(2, (r) => `${so(r, 'Info', 'DiskScanService')}Scanning disk for ${sser(r)[0]}`),
    t(2, (r) => `${so(r, 'Info', 'DiskScanService')}Completed scanning disk for ${sser(r)[0]}`),
    t(1.5, (r) => { const [n] = sser(r); const s = r.int(1, 4); return `${so(r, 'Info', 'EpisodeFileMovingService')}Renaming episode file: [${r.int(1, 9000)}] /tv/${n}/Season ${s}/${n} - S${d2(s)}E${d2(r.int(1, 10))} - ${r.pick(['Pilot', 'The Gap', 'Hello, Ms. Cobel', 'Tarantula', 'Fish', 'The Bull', 'Woe\'s Hollow'])} ${r.pick(['WEBDL-1080p', 'WEBDL-2160p', 'Bluray-1080p'])}.mkv`; }),
    t(1.5, (r) => `${so(r, 'Warn', 'Torznab')}API Request Limit reached for ${r.pick(SIDX)}`),
    t(1, (r) => { const st = r.pick<[number, string]>([[500, 'InternalServerError'], [429, 'TooManyRequests'], [502, 'BadGateway'], [503, 'ServiceUnavailable']]); return `${so(r, 'Warn', 'HttpClient')}HTTP Error - Res: HTTP/1.1 [GET] http://prowlarr:9696/${r.int(1, 12)}/api?t=tvsearch&cat=5030,5040&extended=1&apikey=(removed)&offset=0&limit=100&tvdbid=${sser(r)[1]}&season=${r.int(1, 4)}&ep=${r.int(1, 10)}: ${st[0]}.${st[1]} (${st[0] === 429 ? 0 : r.int(0, 900)} bytes)`; }),
    t(1, (r) => `${so(r, 'Info', 'HousekeepingService')}Running housecleaning tasks`),
    t(1, (r) => `${so(r, 'Info', 'SceneMappingService')}Updating Scene mappings`),
    t(1, (r) => { const [n, id] = sser(r); const k = r.pick(['Poster', 'Fanart', 'Banner']); return `${so(r, 'Info', 'MediaCoverService')}Downloading ${k} for [${id}][${n}] https://artworks.thetvdb.com/banners/v4/series/${id}/${k.toLowerCase()}s/${r.hex(24)}.jpg`; }),
    t(0.7, (r) => `${so(r, 'Error', 'DownloadedEpisodesImportService')}Import failed, path does not exist or is not accessible by Sonarr: /downloads/complete/${srel(r, sser(r)[0])}. Ensure the path exists and the user running Sonarr has the correct permissions to access this file/folder`),
    t(0.2, (r) => `${so(r, 'Info', 'Bootstrap')}Starting Sonarr - /app/sonarr/bin/Sonarr - Version ${r.pick(['4.0.11.2680', '4.0.12.2823'])}`),
    t(0.2, (r) => `${so(r, 'Info', 'Microsoft.Hosting.Lifetime')}Application started. Press Ctrl+C to shut down.`),
  ] },
  { name: 'amavis', templates: [
    t(30, (r) => {
      const out = r.next() < 0.25;
      const k = r.next();
      const [act, cat, mode] = out ? ['Passed', 'CLEAN', '{RelayedOutbound}'] : k < 0.6 ? ['Passed', 'CLEAN', '{RelayedInbound}'] : k < 0.75 ? ['Passed', 'SPAMMY', '{RelayedTaggedInbound}'] : k < 0.88 ? ['Blocked', 'SPAM', '{DiscardedInbound,Quarantined}'] : k < 0.92 ? ['Blocked', `INFECTED (${r.pick(['Eicar-Signature', 'Win.Trojan.Agent-1234567', 'Doc.Downloader.Emotet-9876543'])})`, '{DiscardedInbound,Quarantined}'] : k < 0.96 ? ['Blocked', `BANNED (multipart/mixed | application/${r.pick(['octet-stream,.exe,invoice.exe', 'x-msdownload,.exe-ms,setup.exe', 'zip,.zip,docs.zip | application/x-msdownload,.exe'])})`, '{DiscardedInbound,Quarantined}'] : ['Passed', 'BAD-HEADER-0', '{RelayedInbound}'];
      const ip = out ? lan(r) : r.ip();
      const from = out ? `${r.pick(PEOPLE)}@example.com` : maddr(r);
      const n = r.next() < 0.85 ? 1 : r.int(2, 3);
      const rcpts = Array.from({ length: n }, () => `<${out ? maddr(r) : `${r.pick(PEOPLE)}@example.com`}>`).join(',');
      const hits = out ? '-' : cat === 'CLEAN' || cat === 'BAD-HEADER-0' ? r.float(-4, 3, 3) : cat === 'SPAMMY' ? r.float(3, 6.3, 3) : cat === 'SPAM' ? r.float(6.31, 40, 3) : '-';
      const passed = act === 'Passed';
      return `${av(r)}${act} ${cat} ${mode}, ${out ? 'ORIGINATING LOCAL ' : r.next() < 0.1 ? 'MYNETS ' : ''}[${ip}]:${port(r)} [${ip}] <${from}> -> ${rcpts}, Queue-ID: ${avqid(r)}, Message-ID: <${mixed(r, 20)}@${r.pick(['mail.gmail.com', 'example.com', 'mx.example.net', 'eu-west-1.amazonses.com'])}>, mail_id: ${b64url(r, 12)}, Hits: ${hits}, size: ${r.int(900, 9000000)}, ${passed ? `queued_as: ${avqid(r)}, ` : ''}${r.int(40, r.next() < 0.9 ? 3000 : 40000)} ms`;
    }),
    t(8, (r) => { const tests = avtests(r); const score = tests.reduce((s, x) => s + x[1], 0) + Number(r.float(-1, 8, 3)); return `${av(r)}spam-tag, <${maddr(r)}> -> <${r.pick(PEOPLE)}@example.com>, ${score >= 6.31 ? 'Yes' : 'No'}, score=${score.toFixed(3)} tagged_above=-999 required=6.31 tests=[${tests.map(([n, w]) => `${n}=${w}`).join(', ')}] autolearn=${r.pick(['no', 'no', 'ham', 'spam', 'disabled'])} autolearn_force=no`; }),
    t(3, (r) => `${av(r)}(!)ClamAV-clamd: Can't connect to UNIX socket /var/run/clamav/clamd.ctl: ${r.pick(['No such file or directory', 'Connection refused', 'Resource temporarily unavailable'])}, retrying (${r.int(1, 2)})`),
    t(0.6, (r) => `${av(r)}(!)ClamAV-clamd av-scanner FAILED: run_av error: Too many retries to talk to /var/run/clamav/clamd.ctl (Can't connect to UNIX socket /var/run/clamav/clamd.ctl: No such file or directory) at (eval ${r.int(90, 120)}) line ${r.int(600, 700)}.`),
    t(0.5, (r) => `${av(r)}(!!)AV: ALL VIRUS SCANNERS FAILED`),
    t(2, (r) => { const stages = AVSTAGES.filter(() => r.next() < 0.8); let cum = 0; const tot = r.int(40, 4000); return `${av(r)}TIMING [total ${tot} ms, cpu ${r.int(10, tot)} ms] - ${stages.map((s, i) => { const ms = i === stages.length - 1 ? 0 : r.int(0, Math.max(1, Math.floor(tot / 8))); const pct = Math.round((ms / tot) * 100); cum = Math.min(100, cum + pct); return `${s}: ${ms} (${pct}%)${cum}`; }).join(', ')}`; }),
    t(1, (r) => { const n = r.int(10, 50); return `${av(r)}Requesting process rundown after ${n} tasks (and ${n + r.int(0, 3)} sessions)`; }),
    t(0.3, (r) => `${av(r, false)}starting.  /usr/sbin/amavisd at mx-0${r.int(1, 2)}.example.com amavisd-${r.pick(['2.13.0', '2.13.1'])} (${r.pick(['20230106', '20240410'])}), Unicode aware, LC_CTYPE="C.UTF-8"`),
    t(0.3, (r) => `${av(r, false)}Net::Server: Binding to TCP port ${r.pick([10024, 10026, 9998])} on host ${r.pick(['127.0.0.1', '::1'])} with IPv${r.next() < 0.7 ? 4 : 6}`),
    t(0.4, (r) => { const [e, c] = r.pick<[string, string]>([['gz', '/usr/bin/gzip -d'], ['bz2', '/usr/bin/bzip2 -d'], ['xz', '/usr/bin/xz -dc'], ['zip', 'native Archive::Zip'], ['7z', '/usr/bin/7zr'], ['rar', '/usr/bin/unrar'], ['tar', 'native Archive::Tar'], ['cpio', '/bin/pax']]); return `${av(r, false)}Found decoder for    .${e.padEnd(4)} at ${c}`; }),
    t(0.2, (r) => `${av(r, false)}No decoder for       .${r.pick(['F', 'lha', 'arc', 'zoo', 'doc'])}`),
    t(0.2, (r) => `${av(r, false)}Using primary internal av scanner code for ClamAV-clamd`),
    t(0.2, (r) => `${av(r, false)}Found secondary av scanner ClamAV-clamscan at /usr/bin/clamscan`),
    t(0.2, (r) => `${av(r, false)}extra modules loaded after daemonizing/chrooting: ${some(r, ['Mail/SpamAssassin/Plugin/Bayes.pm', 'Mail/SpamAssassin/Plugin/DKIM.pm', 'Mail/SpamAssassin/BayesStore/DBM.pm', 'Net/DNS/RR/TXT.pm', 'Mail/SpamAssassin/Plugin/SPF.pm'], 1, 4).join(', ')}`),
  ] },
  { name: 'avahi-daemon', templates: [
    t(6, (r) => { const v6 = r.next() < 0.5; return `${ah(r)}Joining mDNS multicast group on interface ${aif(r)}.IPv${v6 ? 6 : 4} with address ${aaddrOf(r, v6)}.`; }),
    t(5, (r) => `${ah(r)}New relevant interface ${aif(r)}.IPv${r.next() < 0.5 ? 6 : 4} for mDNS.`),
    t(8, (r) => { const v6 = r.next() < 0.5; return `${ah(r)}Registering new address record for ${aaddrOf(r, v6)} on ${aif(r)}.${r.next() < 0.7 ? `IPv${v6 ? 6 : 4}` : '*'}.`; }),
    t(5, (r) => `${ah(r)}Withdrawing address record for ${aaddrOf(r, r.next() < 0.5)} on ${aif(r)}.`),
    t(4, (r) => { const v6 = r.next() < 0.5; return `${ah(r)}Leaving mDNS multicast group on interface ${aif(r)}.IPv${v6 ? 6 : 4} with address ${aaddrOf(r, v6)}.`; }),
    t(4, (r) => `${ah(r)}Interface ${aif(r)}.IPv${r.next() < 0.5 ? 6 : 4} no longer relevant for mDNS.`),
    t(1, (r) => `${ah(r)}Withdrawing workstation service for ${aif(r)}.`),
    t(0.5, (r) => `${ah(r)}Server startup complete. Host name is ${r.pick(['nas-01', 'pi-hole', 'printer-gw', 'laptop-bob'])}.local. Local service cookie is ${r.int(100000000, 4294967295)}.`),
    t(1.5, (r) => { const [n, f] = r.pick(ASVC); return `${ah(r)}Service "${n}" (/services/${f}.service) successfully established.`; }),
    t(0.6, (r) => `${ah(r)}Host name conflict, retrying with ${r.pick(['nas-01', 'pi-hole', 'laptop-bob'])}-${r.int(2, 9)}`),
    t(3, (r) => `${ah(r)}Invalid response packet from host ${r.next() < 0.7 ? `192.168.1.${r.int(2, 250)}` : a6(r)}.`),
    t(2, (r) => `${ah(r)}Received response from host ${r.next() < 0.7 ? `192.168.1.${r.int(2, 250)}` : a6(r)} with invalid source port ${port(r)} on interface '${aif(r)}.${r.int(0, 1)}'`),
    t(1, (r) => { const [n, , s, p] = r.pick(ASVC); return `${ah(r)}Record [${n.replace(/ /g, '\\032')}.${s}._tcp.local\tIN\tSRV 0 0 ${p} ${r.pick(['nas-01', 'printer-gw'])}.local ; ttl=120] not fitting in legacy unicast packet, dropping.`; }),
    t(0.4, (r) => `${ah(r)}Files changed, reloading.`),
    t(0.4, (r) => `${ah(r)}Got SIGHUP, reloading.`),
    t(0.2, (r) => `${ah(r)}avahi-daemon ${r.pick(['0.8', '0.8', '0.7'])} starting up.`),
    t(0.2, (r) => `${ah(r)}Successfully called chroot().`),
    t(0.2, (r) => `${ah(r)}Successfully dropped root privileges.`),
    t(0.2, (r) => `${ah(r)}Found user 'avahi' (UID ${r.pick([105, 108, 111])}) and group 'avahi' (GID ${r.pick([111, 113, 116])}).`),
    t(0.3, (r) => `${ah(r)}Loading service file /services/${r.pick(ASVC)[1]}.service.`),
    t(0.2, (r) => `${ah(r)}Network interface enumeration completed.`),
    t(0.2, (r) => `${ah(r)}Registering HINFO record with values '${r.pick(['X86_64', 'AARCH64'])}'/'LINUX'.`),
  ] },
];

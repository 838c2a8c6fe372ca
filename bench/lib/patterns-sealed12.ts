// Twelfth sealed evaluation corpus for the template miner: written on 2026-12-07, before any miner
// change of the round after sealed11, by a helper that had read neither the miner (src/patterns/)
// nor any per-system score of the other sets, nor README's template results. It did see what
// older set headers and the newest commit subjects quote: `git log --oneline | head -3` gives
// sealed11 0.674 -> 0.700 -> 0.717, sealed10 0.704 -> 0.710 -> 0.723 and a few other sets'
// averages, and, in those subjects, three sealed10 systems' figures (nut-ups,
// opendkim-opendmarc-postgrey, loki); nothing else per system.
// It is meant to be scored like sealed5 to sealed11 (average and minimum only until a round ends,
// per system only at the end of that round). The lines are written from knowledge of the formats,
// not copied, with the variable parts drawn from the seeded RNG. Scored once, after it was written
// and before any miner change of its round (bench:patterns --lines 20000 --orders 5
// --sealed12-summary; src/patterns as at the worktree's HEAD commit 62bf687, nothing uncommitted
// under src/): average 0.665, minimum 0.006. That run's output tail (`| tail -3`) also showed
// the first sealed set's average line and the final key=value line with the held-out, fresh,
// unseen and first sealed sets' averages and minima; nothing per system. Nothing here was changed
// after it but this note.
// Formats in none of the other sets (checked against the system names in every
// bench/lib/patterns-*.ts, the format lists in the first sealed set's and sealed2's to sealed11's
// headers, and by grepping bench/lib for each product and for a telltale string of each format):
// SpamAssassin's spamd under syslog, an NFS server under syslog (rpc.mountd, rpc.statd, rpc.idmapd
// and the kernel's nfsd lines), net-snmp's snmpd under syslog, autofs's automount under syslog
// (verbose and debug lines), Atlassian Jira's atlassian-jira.log (log4j, request threads renamed
// with their URL and user), SonarQube (sonar.log, web.log, ce.log and es.log lines in one stream),
// an Apache Pulsar broker (log4j2), Oracle WebLogic Server's server log (`####<...> <...>` with
// BEA message ids), Harbor (core and jobservice through the harbor-log rsyslog), Velero (logrus
// text), a Java service's GELF messages (one JSON object a line, the message under
// `short_message`), Filebeat's own ECS JSON log, the IBM Storage Protect (Spectrum Protect / TSM)
// client's dsmsched.log (fixed columns: right-aligned sizes, a schedule block and a summary
// block), uvicorn's server log (quoted request lines of an ASGI app), Sysmon events as Windows
// event XML (one event a line) and the Plex Media Server log (titles and device names as free
// text).
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed11: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event. uvicorn's `"GET ... HTTP/1.1"` / `"POST ..."` / `"PUT ..."` / `"PATCH ..."` / `"DELETE
//   ..."` / `"HEAD ..."` access lines are six events (peer, path, status code and status phrase
//   variables; the phrase `OK` / `Not Found` / `Internal Server Error` is one variable of one to
//   three tokens). Plex's `Request: [peer] GET /path ...` / `PUT` / `POST` are three events and
//   its `Completed: [peer] 200 GET /path ...` / `PUT` two more: the status printed before the
//   method is a value and the method still opens the request part, as in Loki's `msg="POST
//   /loki/... (400)"` in sealed10. A method inside a value stays a variable: Harbor's `a robot
//   security context generated for request GET /v2/...` (one statement printing the request's
//   method and path after its wording, like sealed11's `Sending GET request to`), Plex's HTTP
//   client lines `HTTP requesting GET <url>` / `HTTP/2.0 (0.4s) 200 response from POST <url>`,
//   WebLogic's `Http Request Information: ...[GET /orders/api/v1/orders]` inside BEA-000337.
// - uvicorn's WebSocket lines `('ip', port) - "WebSocket /ws/..." [accepted]` and `... 403` are two
//   statements, so two events; the level word (`INFO:`, `WARNING:`, `ERROR:`) is part of every
//   event. `Exception in ASGI application` is kept without the traceback that follows it in a
//   real log (left out, as the stack traces after WebLogic's BEA-101020 and BEA-000337 are).
// - Message ids and record kinds: WebLogic's BEA id is part of the event, with the severity and
//   subsystem; BEA-000337 (`[STUCK] ... has been busy`) and BEA-000339 (`has become "unstuck"`)
//   are two events. Every other bracketed field is a variable: machine, server, thread (`[ACTIVE]
//   ExecuteThread: '12' for queue: 'weblogic.kernel.Default (self-tuning)'`, one variable of
//   several tokens, or `main`, `weblogic.GCMonitor`), user id (`<WLS Kernel>`, `<anonymous>` or a
//   name), the empty transaction id, the ECID, the raw milliseconds and the supplemental
//   attributes' values. The message catalogue's placeholders are values: BEA-000365's server
//   state (`RUNNING`, `FORCE_SHUTTING_DOWN`), BEA-000360's mode, BEA-149060's two module states,
//   BEA-002622's protocol, BEA-002613's channel, address and protocol list, BEA-090898's
//   certificate DN (one variable of many tokens with escaped commas) and OID. Sysmon events are
//   labelled by EventID, the record kind (1 ProcessCreate, 3 NetworkConnect, 5 ProcessTerminate,
//   7 ImageLoad, 8 CreateRemoteThread, 10 ProcessAccess, 11 FileCreate, 12 registry key create /
//   delete, 13 registry value set, 17 pipe created, 22 DNS query, 23 FileDelete archived, 26
//   FileDeleteDetected, 4 service state, 16 config change), as a Cisco ASA message id was in
//   sealed10; `<Task>` follows it and `<Version>` is fixed per id. ID 12's EventType `CreateKey` /
//   `DeleteKey` and ID 4's State `Started` / `Stopped` are values inside one event (Sysmon writes
//   both through one event id). Every `<Data>` value is a variable: image paths with spaces
//   (`C:\Program Files\...`), command lines with `&quot;` escapes, Description / Product / Company
//   (`Microsoft® Windows® Operating System`), User (`NT AUTHORITY\SYSTEM`), RuleName (`-` or
//   `technique_id=T1053,technique_name=Scheduled Task`), registry Details (`DWORD (0x00000001)`),
//   DNS QueryResults, as are the System block's time, record id, pids, thread id and Computer.
//   IBM Storage Protect's ANS message numbers (`ANS1898I`, `ANS4037E`, `ANS1228E`, `ANS1802E`) are
//   part of their events.
// - Program tags, process keys and prefixes: the syslog program (rpc.mountd, rpc.statd,
//   rpc.idmapd, kernel; Harbor's core and jobservice) is part of the event, so rpc.mountd's and
//   rpc.statd's identical `Version 2.6.4 starting` lines are two events (two programs'
//   statements); syslog host, pid and the kernel's bracketed uptime are variables. spamd's
//   `spamd:`, `prefork:`, `bayes:` and `check:` tags are part of the event. automount's function
//   names (`handle_packet_missing_indirect:`, `st_expire:`, `expire_proc:`) and module tag
//   (`mount(nfs):`, `lookup(sss):`) are part of the event. SonarQube's process key in
//   `ce[AY...][o.s.c.t.CeWorkerImpl]` (`app`, `web`, `ce`, `es`) is part of the event (each
//   process's own statements) with the level and abbreviated logger; the id in the first brackets
//   (a task uuid, a request id, or empty) is a variable. Pulsar's and Jira's thread names are
//   variables, their level and logger part of the event. Harbor's level and `[file:line]` are part
//   of the event, its `[requestID="..."]` a value (each statement here either always or never
//   prints it). Filebeat's `log.logger` and `log.origin` are constant per statement and are not
//   what tells its events apart (the message is); Plex's thread id is a variable, its level part
//   of the event.
// - Jira: a request thread is renamed `http-nio-8080-exec-5 url: /rest/api/2/search; user: alice`
//   and a background thread is `Caesium-1-3` or `httpclient-io:thread-2`: the thread name is one
//   variable of one to five tokens, and the MDC fields after the level (user, request id, session,
//   client IPs, URL) are variables which background threads leave empty (`ServiceRunner` and four
//   empty fields), so the spacing before `[logger]` varies. `[JIRA-STATS] [INDEXING] snapshot
//   stats:` / `total stats:` are two events; the stats kind (`INDEXING`, `MAIL-QUEUE`, `CACHE`)
//   and the `data={...}` JSON are values. `tried to login but they do not have USE permission` and
//   `has failed N login attempts; elevated security check is now required` are two events. A JQL
//   query (spaces and quotes), a mail subject (`[JIRA] (SHOP-12) Refund job stuck in
//   'Pending'`), a FromName, a mail handler name (`Support mailbox`) and a webhook name (`Slack
//   #shop-alerts`) are variables of varying length.
// - SonarQube: `Execute task | ...` and `Executed task | ... | status=SUCCESS | time=...` are two
//   events; their `key=value` fields are values (`branchType=PULL_REQUEST`, `status=FAILED`
//   included). The Compute Engine's step lines (`Extract report | status=SUCCESS | time=12ms`,
//   `Persist scanner context`, `Load analysis metadata`, `Build tree of components |
//   components=N`, `Persist issues | cacheSize=1.2 MB`, `Send issue notifications | ...`) are each
//   their own event: one executor statement logs them, but each description is a constant string
//   of its own step class, as sealed11's Salt state comments were; the extra fields belong to
//   their step's event. auth.event's `login success [...]` / `login failure [cause|...]...` are two
//   events; the `[key|value|value]` fields are values (the cause `Password incorrect` one
//   variable of several tokens). `Process[web] is up`: the process name is a value.
// - Verbs and outcomes in the wording are events: spamd's `processing message` / `checking
//   message` and `clean message` / `identified spam`, prefork's `... more than ... Decreasing ...
//   killed.` / `... less than ... Increasing ... started.`; rpc.mountd's `authenticated mount
//   request` / `authenticated unmount request` / `refused mount request`, `client attached` /
//   `client detached`; rpc.idmapd's `nss_getpwnam:` / `nss_name_to_gid:`; snmpd's `Connection from`
//   / `Received SNMP packet(s) from`, `Warning: Unknown token:` / `Error: <text>`; automount's
//   `attempting to mount entry` / `mounted` / `mount failure` / `failed to mount` / `expired`,
//   `mounted indirect on` / `mounted direct on`; Pulsar's `New connection` / `Closed connection`,
//   `Creating a new ledger` / `Created new ledger`, ServerCnx's `Closing consumer` and Consumer's
//   `Disconnecting consumer` (two statements); Harbor's `exit with success` / `exit with error:`;
//   Velero's `Validating BackupStorageLocation` / `BackupStorageLocations is valid`, `Including
//   namespaces:` / `Excluding namespaces:` and each `Setting up ...` message; Filebeat's
//   `Connecting to` / `Connection to ... established` / `Failed to connect to` / `Attempting to
//   reconnect to`, `File is inactive` / `Reader was closed`, `Starting` / `Stopped harvester`,
//   `has been truncated` / `has been removed`; dsmsched's `Normal File-->` / `Directory-->` /
//   `Updating-->` / `Expiring-->` / `Retry # N  Normal File-->` (the retry number a value),
//   `Incremental backup of volume` / `Successful incremental backup of`, `QUERY BEGIN` / `QUERY
//   END`, and each summary label (`Total number of objects inspected:` / `backed up:` /
//   `expired:` / `failed:`, `Total number of bytes transferred:`, `Data transfer time:`, `Elapsed
//   processing time:`); uvicorn's lifecycle lines (`Started server process`, `Waiting for
//   application startup.`, `Shutting down`, `Finished server process` ...); Plex's `[Now] User is`
//   / `[Now] Device is`, `Refreshing section` / `Library section ... will be updated`.
// - Key lists and JSON: Velero's lines are labelled by msg together with their key set (logrus
//   sorts the keys; `logSource`, `error.file`, `error.function` and the empty `progress=` are
//   keys with values); every value is a variable. Where msg carries values in its wording
//   (`Backed up 120 items out of an estimated total of 450 (estimate will change throughout the
//   backup)`, `Including namespaces: shop,payments`, `Volume X in pod ns/pod is a hostPath volume
//   ...`, `Starting Velero server v1.15.0 (<commit>)`), those are variables inside the wording.
//   GELF lines are labelled by the wording of `short_message`; `full_message` (a stack trace with
//   escaped newlines and tabs), `level`, `host`, `timestamp`, every `_`-field and the MDC fields
//   (`orderId`, `traceId`, which some statements add and others not) are variables, and so are
//   values inside the short message (a carrier `DHL Express` / `La Poste Colissimo`, a printer
//   `Zebra ZT410 - Dock 3`, a zone `Small parts`, an SQL statement). Filebeat lines are labelled
//   by `message`; the nested `monitoring.metrics` object (whose keys vary: only non-zero counters
//   are written) and every other key's value are variables, as are paths and URLs inside the
//   message. spamd's result line is one event: its flag (`Y` / `.`), score and test list are
//   values, and its `scantime=...,size=...,...,autolearn=...` list is written as one
//   comma-joined token whose optional `bayes=` key is part of that one value. Harbor's error.go
//   line prints an `{"errors":[...]}` body written by other code: the whole JSON is one variable
//   (its code and message), as is the Job incoming JSON and a webhook notification's payload
//   text after `Handle notification with Handler '...' on topic '...':` (handler and topic
//   values).
// - States and kinds printed as values stay variables: snmpd's transport (`UDP:` / `UDP6:`), the
//   subcontainer name, the statfs error and the config-file token or error text; rpc.mountd's
//   refusal reason (`unmatched host`, `not exported`, `illegal port N`: one to three tokens) and
//   the NFS minor version inside `v4.2`; rpc.idmapd's names and domains; spamd's user, autolearn
//   result and signal name; automount's map keys; Pulsar's exception, bookie error and read error
//   texts; Plex's `(Subnet)` / `(WAN)`, client and device names (`Plex for LG`, `Living Room TV`,
//   `Alice's iPhone`), playback state and type, section name (`TV Shows`), codec and butler task;
//   dsmsched's action (`Incremental` / `Selective`), schedule name and the unit of a byte count
//   (`MB` / `GB`).
// - Fixed columns: dsmsched right-aligns sizes with thousands separators into one column, so the
//   run of spaces before a size varies with its width; spacing is not a token. `[Sent]` is part
//   of the object events. Summary values are right-aligned the same way.
// - Free text that fills a statement's hole is a variable: a JQL query, a Jira mail subject, a
//   Harbor error body or webhook payload, a Velero error (with quotes and commas), a GELF stack
//   trace or SQL statement, a Filebeat connection error, a Plex title (`Dune: Part Two`,
//   `Taskmaster - Hit Me with Your Best Shot`), a file path with spaces (`/home/x/Documents/Tax
//   2025/receipt scan.pdf`), a WebLogic JDBC error or certificate DN, a SonarQube login-failure
//   cause, an Elasticsearch disk-watermark message's node id and path.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, mon, bsd, ymd, ms3, usec, skew, syslog, port, some, PEOPLE, pick, lan, epoch, epochMs, from, b64url, mixed, hexUp, iso } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const day = (r: Rng) => d2(r.int(1, 28));
/** 1234567 -> `1,234,567`. */
const comma = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const FIXED = new Rng(20261212);
const MAILDOMS = ['gmail.com', 'outlook.com', 'example.org', 'mail.example.net', 'news.shop-example.io'];
const msgId = (r: Rng) => `${mixed(r, r.pick([12, 16, 24]))}@${r.pick(['mail.gmail.com', 'EUR01-HE1.prod.outlook.com', 'example.org', 'mx.example.net', 'mta-07.news.shop-example.io'])}`;

// SpamAssassin spamd (syslog)
const SPH = ['mx-03', 'mx-04'];
const spd = (r: Rng, sub: string, parent = false) => `${bsd(r)} ${skew(r, SPH)} spamd[${parent ? 2104 : r.int(2105, 2190)}]: ${sub}: `;
const SPUSERS: [string, number][] = [['debian-spamd', 112], ['debian-spamd', 112], ['debian-spamd', 112], ['alice', 1001], ['bob', 1002], ['hana', 1008]];
const SPPEERS: [string, string][] = [['localhost', '127.0.0.1'], ['localhost', '127.0.0.1'], ['ip6-localhost', '::1'], ['mx-04.example.com', '10.0.2.14'], ['mx-03.example.com', '10.0.2.13']];
const SATESTS = ['BAYES_00', 'BAYES_50', 'BAYES_99', 'BAYES_999', 'DKIM_SIGNED', 'DKIM_VALID', 'DKIM_VALID_AU', 'HTML_MESSAGE', 'RCVD_IN_MSPIKE_H2', 'SPF_HELO_NONE', 'SPF_PASS', 'URIBL_BLOCKED', 'RDNS_NONE', 'FREEMAIL_FROM', 'MIME_HTML_ONLY', 'T_SCC_BODY_TEXT_LINE', 'HTML_IMAGE_RATIO_02', 'URIBL_DBL_SPAM'];
const spstates = (r: Rng) => { const n = r.int(2, 6); let s = ''; for (let i = 0; i < n; i++) s += r.next() < 0.3 ? 'B' : 'I'; return s; };

// NFS server: rpc.mountd, rpc.statd, rpc.idmapd and the kernel's nfsd (syslog)
const NFSH = ['nfs-01', 'nfs-02'];
const nfs = (r: Rng, prog: string, pid: number) => syslog(r, NFSH, prog, pid);
const nfsk = (r: Rng) => `${bsd(r)} ${skew(r, NFSH)} kernel: [${r.int(20, 9000000)}.${usec(r)}] `;
const nfscl = (r: Rng) => (r.next() < 0.85 ? `10.0.3.${r.int(10, 90)}` : `10.0.${r.pick([4, 8])}.${r.int(10, 250)}`);
const NFSEXP: [string, (r: Rng) => string][] = [
  ['/srv/nfs/home', (r) => `/srv/nfs/home/${r.pick(PEOPLE)}`], ['/srv/nfs/home', () => '/srv/nfs/home'],
  ['/srv/nfs/projects', (r) => `/srv/nfs/projects/${r.pick(['shop', 'data-lake', 'ml-training', 'web'])}`],
  ['/srv/nfs/backup', () => '/srv/nfs/backup'], ['/srv/nfs/media', (r) => `/srv/nfs/media/${r.pick(['Photos\\0402026', 'Music', 'Video'])}`],
  ['/var/lib/k8s-pv', (r) => `/var/lib/k8s-pv/pvc-${r.uuid()}`],
];
const nfsmnt = (r: Rng) => { const [ex, sub] = r.pick(NFSEXP); return [sub(r), ex] as const; };
const NFSV = ['2.6.4', '2.6.4', '2.7.1'];
const IDDOMS = ['corp.example.com', 'lab.example.com'];

// net-snmp snmpd (syslog)
const SNH = ['core-sw-mgmt', 'srv-01', 'srv-02', 'nas-01'];
const sn = (r: Rng) => syslog(r, SNH, 'snmpd', 1034);
const SNMON = ['10.0.9.5', '10.0.9.5', '10.0.9.6', '192.168.10.20'];
const snpeer = (r: Rng) => (r.next() < 0.85 ? `UDP: [${skew(r, SNMON)}]:${port(r)}->[10.0.${r.int(1, 2)}.${r.int(2, 40)}]:161` : `UDP6: [fd00:10::${r.hex(2)}]:${port(r)}->[fd00:10::${r.int(1, 40).toString(16)}]:161`);
const SNSTATFS = [
  () => '/run/user/1000/doc', () => '/run/user/1000/gvfs', (r: Rng) => `/run/docker/netns/${r.hex(12)}`,
  (r: Rng) => `/var/lib/kubelet/pods/${r.uuid()}/volumes/kubernetes.io~projected/kube-api-access-${r.alnum(5)}`, (r: Rng) => `/run/containerd/io.containerd.runtime.v2.task/k8s.io/${r.hex(64)}/rootfs`,
];
const SNCONF = ['/etc/snmp/snmpd.conf', '/etc/snmp/snmpd.conf', '/etc/snmp/snmpd.conf.d/monitoring.conf', '/var/lib/snmp/snmpd.conf'];

// autofs automount (syslog)
const AUH = ['login-01', 'login-02', 'build-03', 'ws-ops-07'];
const au = (r: Rng) => syslog(r, AUH, 'automount', 1187);
const AUSRV = ['nfs-01.corp.example.com', 'nfs-01.corp.example.com', 'nfs-02.corp.example.com'];
const AUMAPS: [string, (r: Rng) => string, (k: string) => string][] = [
  ['/home', (r) => skew(r, [...PEOPLE, 'svc-build', 'ci-runner'], 0.1), (k) => `/export/home/${k}`],
  ['/home', (r) => skew(r, [...PEOPLE, 'svc-build', 'ci-runner'], 0.1), (k) => `/export/home/${k}`],
  ['/projects', (r) => r.pick(['shop', 'data-lake', 'ml-training', 'web', 'infra']), (k) => `/export/projects/${k}`],
  ['/net', (r) => r.pick(['nfs-01', 'nfs-02', 'backup-01']), () => '/'],
];
const aukey = (r: Rng) => { const [base, key, src] = r.pick(AUMAPS); const k = key(r); return { base, k, mp: `${base}/${k}`, src: src(k) }; };
const AUBASES = ['/home', '/home', '/projects', '/net'];

// Atlassian Jira (atlassian-jira.log, log4j)
const jts = (r: Rng) => `${ymd(r)} ${hms(r)},${ms3(r)}+0000`;
const JUSERS = ['alice', 'bob', 'carol', 'dmitri', 'svc-ci', 'hana', 'emeka'];
const jkey = (r: Rng) => `${skew(r, ['SHOP', 'OPS', 'PAY', 'DATA', 'HR'], 0.4)}-${r.int(1, 4000)}`;
const JURLS = [
  () => '/rest/api/2/search', (r: Rng) => `/rest/api/2/issue/${jkey(r)}`, () => '/secure/Dashboard.jspa', (r: Rng) => `/browse/${jkey(r)}`,
  () => '/rest/gadget/1.0/issueTable/jql', (r: Rng) => `/rest/api/2/issue/${jkey(r)}/transitions`, () => '/secure/QuickCreateIssue.jspa',
  () => '/rest/greenhopper/1.0/xboard/work/allData.json', (r: Rng) => `/rest/api/2/issue/${jkey(r)}/comment`,
];
/** A request thread: Jira renames it `http-nio-8080-exec-N url: <url>; user: <user>`, then the MDC fields (user, request id, session, IPs, URL). */
const jreq = (r: Rng, lvl: string, logger: string, user?: string) => {
  const u = user ?? skew(r, JUSERS, 0.3);
  const url = pick(r, JURLS);
  const ips = r.next() < 0.8 ? `${lan(r, '10.20')},10.0.9.1` : lan(r, '10.20');
  return `${jts(r)} http-nio-8080-exec-${r.int(1, 200)} url: ${url}; user: ${u} ${lvl} ${u} ${r.int(0, 1439)}x${r.int(1, 900000)}x${r.int(1, 9)} ${u === 'anonymous' ? '-' : r.alnum(7)} ${ips} ${url} [${logger}] `;
};
/** A background thread: the MDC fields are empty (a scheduled service sets only the user, `ServiceRunner`). */
const jbg = (r: Rng, thread: string, lvl: string, user: string, logger: string) => `${jts(r)} ${thread} ${lvl} ${[user, '', '', '', ''].join(' ')} [${logger}] `;
const JSUMMARY = [
  'Checkout fails with 502 on Safari', 'Update TLS certificates on edge proxies', 'Onboarding: laptop and accounts for new hire', "Refund job stuck in 'Pending'",
  'Nightly export to data lake is missing yesterday\'s partition', 'Add "Reorder" button to order history', 'Flaky test: PaymentServiceIT.capturesTwice', 'Rotate database credentials (Q4)',
];
const JQL = [
  () => 'project = SHOP AND status in ("In Progress", "To Do") ORDER BY updated DESC', () => 'assignee = currentUser() AND resolution = Unresolved ORDER BY priority DESC',
  (r: Rng) => `text ~ "${r.pick(['payment timeout', 'refund', 'safari', 'certificate'])}" ORDER BY created DESC`, () => 'project = OPS AND labels = incident AND created >= -30d',
  (r: Rng) => `key in (${Array.from({ length: r.int(2, 5) }, () => jkey(r)).join(', ')})`, () => 'filter = "Team Payments - open bugs" AND sprint in openSprints()',
];
const jstats = (r: Rng, kind: string) => {
  if (kind === 'INDEXING') return `{"addIndex":{"count":${r.int(0, 9000)},"avgInMillis":${r.float(0, 9, 2)}},"updateIndex":{"count":${r.int(0, 9000)},"avgInMillis":${r.float(0, 9, 2)}},"deleteIndex":{"count":${r.int(0, 90)}},"indexLag":${r.int(0, 900)}}`;
  if (kind === 'MAIL-QUEUE') return `{"sent":${r.int(0, 900)},"errors":${r.next() < 0.8 ? 0 : r.int(1, 9)},"queueSizeMax":${r.int(0, 90)}}`;
  return `{"hits":${r.int(0, 9000000)},"misses":${r.int(0, 90000)},"loads":${r.int(0, 90000)},"evictions":${r.int(0, 9000)}}`;
};
const JHOOKS = ['CI trigger', 'Slack #shop-alerts', 'Release notes generator', 'ServiceNow sync'];

// SonarQube (sonar.log, web.log, ce.log, es.log)
const sq = (r: Rng, lvl: string, proc: string, logger: string, id = '') => `${ymd(r, '.')} ${hms(r)} ${lvl.padEnd(5)} ${proc}[${id}][${logger}] `;
const sqid = (r: Rng) => `A${r.pick(['Y', 'Z'])}${b64url(r, 18)}`;
const SQPROJ = ['shop-api', 'shop-api', 'shop-web', 'payments-service', 'infra-terraform', 'mobile-app'];
const sqbr = (r: Rng): [string, string] => (r.next() < 0.55 ? ['main', 'BRANCH'] : r.next() < 0.6 ? [`feature/${r.pick(['checkout-v2', 'PAY-412-refunds', 'login-form', 'bump-spring-3.4'])}`, 'BRANCH'] : [String(r.int(100, 999)), 'PULL_REQUEST']);
const sqtask = (r: Rng) => { const id = sqid(r); const [b, bt] = sqbr(r); return { id, tail: `project=${skew(r, SQPROJ, 0.3)} | type=REPORT | branch=${b} | branchType=${bt} | id=${id} | submitter=${r.next() < 0.7 ? 'svc-ci' : r.pick(PEOPLE)}` }; };
const sqst = (r: Rng) => (r.next() < 0.97 ? 'SUCCESS' : 'FAILED');
const sqms = (r: Rng, hi = 400) => `${r.int(0, r.next() < 0.9 ? hi : hi * 20)}ms`;
const sqip = (r: Rng) => (r.next() < 0.8 ? `${lan(r, '10.20')}|10.0.9.1` : `${r.ip()}|`);
const SQWS = [
  () => 'qualitygates/project_status', (r: Rng) => `measures/component?component=${r.pick(SQPROJ)}&metricKeys=coverage,bugs`, () => 'issues/search', () => 'ce/task',
  () => 'projects/search', (r: Rng) => `project_branches/list?project=${r.pick(SQPROJ)}`,
];

// Apache Pulsar broker (log4j2)
const pu = (r: Rng, lvl: string, thread: string, logger: string) => `${ymd(r)}T${hms(r)},${ms3(r)}+0000 [${thread}] ${lvl.padEnd(5)} ${logger} - `;
const PUTOP = ['persistent://shop/events/orders', 'persistent://shop/events/orders', 'persistent://shop/events/payments', 'persistent://public/default/audit', 'non-persistent://public/default/metrics'];
const putopic = (r: Rng) => { const tp = skew(r, PUTOP, 0.3); return r.next() < 0.5 && tp.includes('orders') ? `${tp}-partition-${r.int(0, 7)}` : tp; };
const puml = (tp: string) => tp.replace(/^(non-)?persistent:\/\/([^/]+)\/([^/]+)\/(.*)$/, '$2/$3/persistent/$4');
const PUSUBS = ['fulfilment', 'fulfilment', 'ledger-writer', 'audit-archiver', 'search-indexer', 'reader-a1b2c3d4e5'];
const puaddr = (r: Rng) => `/10.0.4.${r.int(10, 90)}:${port(r)}`;
const puio = (r: Rng) => `pulsar-io-${r.int(3, 6)}-${r.int(1, 8)}`;
const pumlth = (r: Rng) => `bookkeeper-ml-scheduler-OrderedScheduler-${r.int(0, 7)}-0`;
const PUBK = ['bookie-0.bookie.pulsar.svc.cluster.local', 'bookie-1.bookie.pulsar.svc.cluster.local', 'bookie-2.bookie.pulsar.svc.cluster.local'];
const PUNS = ['shop/events', 'shop/events', 'public/default'];
const purange = (r: Rng) => { const a = r.int(0, 3) * 0x40000000; return `0x${a.toString(16).padStart(8, '0')}_0x${Math.min(a + 0x40000000, 0xffffffff).toString(16).padStart(8, '0')}`; };

// Oracle WebLogic Server (server log)
const WLSV: Record<string, number> = { Info: 64, Notice: 32, Warning: 16, Error: 8, Critical: 4 };
const WLSRV: [string, string][] = [['wls-01.example.com', 'ManagedServer_1'], ['wls-02.example.com', 'ManagedServer_2'], ['wls-admin.example.com', 'AdminServer']];
const wldate = (r: Rng) => `${mon(r)} ${r.int(1, 28)}, 2026, ${r.int(1, 12)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))},${ms3(r)} ${r.next() < 0.5 ? 'AM' : 'PM'} UTC`;
const wlthread = (r: Rng) => `ExecuteThread: '${r.int(0, 60)}' for queue: 'weblogic.kernel.Default (self-tuning)'`;
const wlexec = (r: Rng) => `[${r.next() < 0.9 ? 'ACTIVE' : 'STANDBY'}] ${wlthread(r)}`;
const wl = (r: Rng, sev: string, sub: string, thread: string, user: string, id: string, msg: string) => {
  const [m, s] = skew(r, WLSRV, 0.4);
  return `####<${wldate(r)}> <${sev}> <${sub}> <${m}> <${s}> <${thread}> <${user}> <> <${r.uuid()}-${pad(r.int(1, 9999), 8)}> <${epochMs(r)}> <[severity-value: ${WLSV[sev]}] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <${id}> <${msg}>`;
};
const WLDS = ['OrdersDS', 'OrdersDS', 'BillingDS', 'ReportingDS'];
const WLAPPS: [string, string, string][] = [['orders-app', 'orders-web.war', '/orders'], ['billing-app', 'billing-api.war', '/billing'], ['portal', 'portal.war', '/']];
const WLREQ = ['GET /orders/api/v1/orders', 'POST /billing/api/invoices/run', 'GET /orders/api/v1/reports/monthly', 'GET /portal/dashboard.jsf'];

// Harbor (core and jobservice through the harbor-log container's rsyslog)
const hb = (r: Rng, prog: string, lvl: string, src: string, rid = false) => `${bsd(r)} 172.18.0.1 ${prog}[${prog === 'core' ? 1 : r.int(1, 9)}]: ${ymd(r)}T${hms(r)}Z [${lvl}] [${src}]${rid ? `[requestID="${r.uuid()}"]` : ''}: `;
const HBREPOS = ['library/nginx', 'shop/shop-api', 'shop/shop-api', 'shop/checkout', 'platform/otel-collector', 'ml/trainer-gpu'];
const hbrepo = (r: Rng) => skew(r, HBREPOS, 0.3);
const hbtag = (r: Rng) => r.pick(['latest', `v1.${r.int(0, 30)}.${r.int(0, 9)}`, `sha-${r.hex(7)}`, `2026.12.${r.int(1, 7)}`]);
const hbdig = (r: Rng) => `sha256:${r.hex(64)}`;
const HBERR = [
  (r: Rng) => ['NOT_FOUND', `artifact ${hbrepo(r)}:${hbtag(r)} not found`],
  (r: Rng) => { const p = hbrepo(r); return ['UNAUTHORIZED', `unauthorized to access repository: ${p}, action: pull: unauthorized to access repository: ${p}, action: pull`]; },
  (r: Rng) => ['FORBIDDEN', `forbidden: robot$${r.pick(['ci', 'shop+deployer', 'scanner'])} has no permission to push to project ${hbrepo(r).split('/')[0]}`],
  (r: Rng) => ['DENIED', `current image with "${r.int(1, 40)} vulnerabilities" cannot be pulled due to configured policy in 'Prevent images with vulnerability severity of "Critical" or higher from running.' To continue with pull, please contact your project administrator to exempt matched vulnerabilities through configuring the CVE allowlist.`],
  () => ['UNKNOWN', 'unknown: context deadline exceeded'],
];
const HBJOBS = ['IMAGE_SCAN', 'IMAGE_SCAN', 'REPLICATION', 'GARBAGE_COLLECTION', 'RETENTION', 'WEBHOOK', 'SCAN_DATA_EXPORT', 'P2P_PREHEAT'];
const hbjid = (r: Rng) => r.hex(24);

// Velero (logrus text)
const lq = (v: string) => (v === '' || /^[A-Za-z0-9\-._/@^+]+$/.test(v) ? v : JSON.stringify(v));
const ve = (r: Rng, lvl: string, msg: string, src: string, kv: Record<string, string | number>) => {
  const all: Record<string, string | number> = { ...kv, logSource: src };
  return `time="${ymd(r)}T${hms(r)}Z" level=${lvl} msg=${JSON.stringify(msg)} ${Object.keys(all).sort().map((k) => `${k}=${lq(String(all[k]))}`).join(' ')}`;
};
const vebk = (r: Rng) => `velero/${pick(r, [(r: Rng) => `daily-${ymd(r, '')}020000`, (r: Rng) => `daily-${ymd(r, '')}020000`, (r: Rng) => `hourly-shop-${ymd(r, '')}${d2(r.int(0, 23))}0012`, () => 'manual-pre-upgrade-1-31'])}`;
const VERES: [string, (r: Rng) => string][] = [
  ['pods', (r) => `${r.pick(['shop-api', 'checkout', 'ledger', 'postgres', 'redis'])}-${r.alnum(9)}-${r.alnum(5)}`], ['pods', (r) => `${r.pick(['shop-api', 'checkout', 'ledger'])}-${r.alnum(9)}-${r.alnum(5)}`],
  ['configmaps', (r) => r.pick(['kube-root-ca.crt', 'shop-api-config', 'nginx-conf', 'grafana-dashboards'])], ['secrets', (r) => r.pick(['shop-api-env', 'postgres-credentials', `sh.helm.release.v1.shop.v${r.int(1, 90)}`])],
  ['persistentvolumeclaims', (r) => r.pick(['data-postgres-0', 'data-redis-master-0', 'uploads'])], ['persistentvolumes', (r) => `pvc-${r.uuid()}`],
  ['deployments.apps', (r) => r.pick(['shop-api', 'checkout', 'ledger'])], ['replicasets.apps', (r) => `${r.pick(['shop-api', 'checkout', 'ledger'])}-${r.alnum(9)}`],
  ['services', (r) => r.pick(['shop-api', 'postgres', 'redis-master'])], ['serviceaccounts', () => 'default'], ['events', (r) => `${r.pick(['shop-api', 'checkout'])}-${r.alnum(9)}-${r.alnum(5)}.${r.hex(16)}`],
];
const veitem = (r: Rng) => { const [res, name] = r.pick(VERES); return { name: name(r), namespace: skew(r, ['shop', 'payments', 'monitoring', 'kube-system'], 0.5), resource: res }; };
const VEERR = [
  (r: Rng) => `rpc error: code = Unknown desc = operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: ${hexUp(r, 16)}, HostID: ${b64url(r, 56)}, api error AccessDenied: Access Denied`,
  () => 'rpc error: code = Unknown desc = operation error S3: HeadBucket, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , HostID: , request send failed, Head "https://velero-backups-eu.s3.eu-west-1.amazonaws.com/": dial tcp: lookup velero-backups-eu.s3.eu-west-1.amazonaws.com: i/o timeout',
];

// GELF (a Java service's logstash-gelf messages, one JSON object a line)
const GLHOSTS = ['fulfilment-7d9c5b6f4-x2kqp', 'fulfilment-7d9c5b6f4-9wzrm', 'fulfilment-7d9c5b6f4-hl4tn'];
const GLLVL: Record<string, number> = { DEBUG: 7, INFO: 6, WARN: 4, ERROR: 3 };
const gl = (r: Rng, sev: string, cls: string, method: string, short: string, extra: Record<string, unknown> = {}, full?: string) => {
  const ts = epochMs(r);
  const o: Record<string, unknown> = { version: '1.1', host: skew(r, GLHOSTS, 0.5), short_message: short };
  if (full) o.full_message = full;
  Object.assign(o, { timestamp: ts / 1000, level: GLLVL[sev], facility: 'logstash-gelf', _Thread: r.next() < 0.7 ? `http-nio-8080-exec-${r.int(1, 40)}` : r.pick(['kafka-consumer-1', 'scheduling-1', 'carrier-client-2']), _Severity: sev, _SourceClassName: cls, _SourceSimpleClassName: cls.split('.').pop(), _SourceMethodName: method, _SourceLineNumber: r.int(30, 400), _LoggerName: cls, _Time: new Date(ts).toISOString().replace('T', ' ').replace('Z', ''), ...extra });
  return JSON.stringify(o);
};
const GLCARRIERS = ['DHL Express', 'DHL Express', 'UPS', 'DPD', 'La Poste Colissimo', 'GLS'];
const glcarrier = (r: Rng) => skew(r, GLCARRIERS, 0.3);
const glorder = (r: Rng) => `SO-${r.int(100000, 999999)}`;
const glship = (r: Rng) => `SHP${r.int(10000000, 99999999)}`;
const glsku = (r: Rng) => `${r.pick(['TSHIRT', 'MUG', 'HOODIE', 'POSTER', 'CAP'])}-${r.pick(['BLK', 'WHT', 'RED', 'NVY'])}-${r.pick(['S', 'M', 'L', 'XL', 'OS'])}`;
const gltrace = (r: Rng) => ({ traceId: r.hex(32), spanId: r.hex(16) });
const GLPRINTERS = ['Zebra ZT410 - Dock 3', 'Zebra ZT410 - Dock 1', 'Zebra GK420d Returns desk'];
const glstack = (r: Rng, head: string) => { const c = r.pick(['DhlClient', 'UpsClient', 'DpdClient']); return `${head}\n\tat com.example.fulfilment.carrier.${c}.book(${c}.java:${r.int(40, 300)})\n\tat com.example.fulfilment.shipping.ShipmentService.book(ShipmentService.java:${r.int(40, 300)})\n\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)`; };

// Filebeat's own log (ECS JSON)
const fbo = (fn: string, file: string, line: number) => ({ function: `github.com/elastic/beats/v7/${fn}`, 'file.name': file, 'file.line': line });
const fb = (r: Rng, lvl: string, logger: string, origin: ReturnType<typeof fbo>, message: string, extra: Record<string, unknown> = {}, ecsInside?: Record<string, unknown>) => {
  const o: Record<string, unknown> = { 'log.level': lvl, '@timestamp': `${ymd(r)}T${hms(r)}.${ms3(r)}Z`, 'log.logger': logger, 'log.origin': origin, message, 'service.name': 'filebeat', ...extra };
  if (ecsInside) o.monitoring = { ...ecsInside, 'ecs.version': '1.6.0' };
  else o['ecs.version'] = '1.6.0';
  return JSON.stringify(o);
};
const FBPATHS = [
  (r: Rng) => `/var/log/app/shop-api-${ymd(r)}.log`, () => '/var/log/nginx/access.log', () => '/var/log/nginx/error.log', () => '/var/log/syslog',
  (r: Rng) => `/var/log/containers/${r.pick(['shop-api', 'checkout', 'ledger'])}-${r.alnum(9)}-${r.alnum(5)}_shop_app-${r.hex(64)}.log`, (r: Rng) => `/var/log/app/worker.log.${r.int(1, 9)}`,
];
const FBINPUTS = ['filestream-app', 'filestream-app', 'filestream-nginx', 'container-logs'];
const fbsrc = (r: Rng) => { const id = r.pick(FBINPUTS); const os = `${r.int(1000, 99999999)}-${r.pick([2049, 64768, 2065])}`; return { id, source_file: `filestream::${id}::native::${os}`, 'state-id': `native::${os}` }; };
const FBES = ['https://es-01.example.com:9200', 'https://es-01.example.com:9200', 'https://es-02.example.com:9200', 'https://es-03.example.com:9200'];
const fbmetrics = (r: Rng) => {
  const n = r.int(0, 9000);
  const m: Record<string, unknown> = {
    beat: { cpu: { system: { ticks: r.int(1000, 900000), time: { ms: r.int(0, 900) } }, total: { ticks: r.int(1000, 900000), time: { ms: r.int(0, 2000) }, value: r.int(1000, 900000) }, user: { ticks: r.int(1000, 900000), time: { ms: r.int(0, 900) } } }, handles: { limit: { hard: 1048576, soft: 1048576 }, open: r.int(9, 60) }, info: { ephemeral_id: r.uuid(), uptime: { ms: r.int(30000, 900000000) }, version: '8.16.1' }, memstats: { gc_next: r.int(1e7, 9e7), memory_alloc: r.int(1e7, 9e7), memory_total: r.int(1e9, 9e11), rss: r.int(5e7, 3e8) }, runtime: { goroutines: r.int(30, 200) } },
    libbeat: { config: { module: { running: 0 } }, output: { events: { acked: n, active: 0, batches: r.int(1, 40), total: n }, read: { bytes: r.int(100, 90000) }, write: { bytes: r.int(1000, 9000000) } }, pipeline: { clients: r.int(1, 6), events: { active: r.int(0, 40), published: n, total: n }, queue: { acked: n } } },
    registrar: { states: { current: r.int(1, 90), update: n } },
    system: { load: { 1: Number(r.float(0, 4, 2)), 15: Number(r.float(0, 4, 2)), 5: Number(r.float(0, 4, 2)), norm: { 1: Number(r.float(0, 1, 4)), 15: Number(r.float(0, 1, 4)), 5: Number(r.float(0, 1, 4)) } } },
  };
  if (r.next() < 0.6) m.filebeat = { events: { active: r.int(0, 40), added: n, done: n }, harvester: { open_files: r.int(1, 12), running: r.int(1, 12), ...(r.next() < 0.3 ? { closed: r.int(1, 4), started: r.int(1, 4) } : {}) } };
  if (r.next() < 0.2) (m.libbeat as Record<string, Record<string, unknown>>).output.events = { acked: n, active: 0, batches: r.int(1, 40), failed: r.int(1, 400), total: n };
  return { metrics: m };
};

// IBM Storage Protect (Spectrum Protect / TSM) client schedule log, dsmsched.log
const tsd = (r: Rng) => `${r.next() < 0.8 ? '12' : '11'}/${day(r)}/2026 ${hms(r)} `;
const TSFS = ['/home', '/home', '/srv', '/etc', '/var/lib/postgresql-dumps'];
const TSFILES = [
  (r: Rng) => `/home/${r.pick(PEOPLE)}/projects/${r.pick(['shop-api', 'infra', 'notes'])}/${r.pick(['src/main.ts', 'README.md', 'package-lock.json', 'terraform.tfstate', '.git/index'])}`,
  (r: Rng) => `/home/${r.pick(PEOPLE)}/Documents/${r.pick(['Tax 2025/receipt scan.pdf', 'Q4 budget (draft 2).xlsx', 'meeting notes.docx', 'cv.pdf'])}`,
  (r: Rng) => `/srv/www/shop/media/products/${r.int(1000, 9999)}-${r.pick(['800w', 'thumb'])}.webp`,
  (r: Rng) => `/etc/${r.pick(['nginx/sites-enabled/shop.conf', 'ssh/sshd_config', 'fstab', 'hosts', 'cron.d/backup'])}`,
  (r: Rng) => `/var/lib/postgresql-dumps/shop-${ymd(r)}.dump.zst`,
  (r: Rng) => `/home/${r.pick(PEOPLE)}/.cache/${r.pick(['pip/http/a/b', 'thumbnails/large', 'mozilla/firefox/cache2/entries'])}/${r.hex(40)}`,
];
const TSDIRS = [(r: Rng) => `/home/${r.pick(PEOPLE)}`, (r: Rng) => `/home/${r.pick(PEOPLE)}/Documents/Tax 2025`, () => '/srv/www/shop/media/products', () => '/etc/nginx/sites-enabled', (r: Rng) => `/home/${r.pick(PEOPLE)}/projects/shop-api/src`];
/** `Normal File-->         1,234 /path [Sent]`: the label and right-aligned size fill 34 columns. */
const tsobj = (label: string, size: number) => `${label}${comma(size).padStart(34 - label.length)}`;
const tsfsize = (r: Rng) => (r.next() < 0.7 ? r.int(0, 90000) : r.int(90000, 900000000));
const tssum = (label: string, v: string) => `${label.padEnd(35)}${v.padStart(12)}`;
const TSSCHED = ['DAILY_INCR', 'DAILY_INCR', 'NIGHTLY_DB'];

// uvicorn (an ASGI app's server log: access lines and lifecycle lines)
const uv = (lvl: string) => `${`${lvl}:`.padEnd(10)}`;
const UVST: [number, string][] = [[200, 'OK'], [200, 'OK'], [200, 'OK'], [201, 'Created'], [204, 'No Content'], [307, 'Temporary Redirect'], [401, 'Unauthorized'], [404, 'Not Found'], [422, 'Unprocessable Entity'], [500, 'Internal Server Error']];
const uvst = (r: Rng, ok: [number, string]) => (r.next() < 0.88 ? ok : r.pick(UVST));
const uvpeer = (r: Rng) => `${r.next() < 0.85 ? lan(r, '10.42') : r.ip()}:${port(r)}`;
const UVGET = [
  (r: Rng) => `/api/v1/orders/${r.int(1, 900000)}`, () => '/api/v1/orders?status=open&limit=50', () => '/health', () => '/metrics', () => '/docs', () => '/openapi.json',
  (r: Rng) => `/api/v1/customers/${r.int(1, 90000)}/orders?limit=20&offset=${r.pick([0, 20, 40])}`, (r: Rng) => `/api/v1/products/${r.int(1, 9000)}`,
];

// Sysmon (Windows event XML, one event a line)
const xe = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const SXHOSTS = ['WS-0231.corp.example.com', 'WS-0231.corp.example.com', 'WS-0417.corp.example.com', 'SRV-FILE01.corp.example.com', 'SRV-APP02.corp.example.com'];
const sxguid = (r: Rng) => `{${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}}`;
const sxut = (r: Rng) => `${ymd(r)} ${hms(r)}.${ms3(r)}`;
const sx = (r: Rng, id: number, ver: number, data: [string, string | number][]) => `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Sysmon' Guid='{5770385f-c22a-43e0-bf4c-06f5698ffbd9}'/><EventID>${id}</EventID><Version>${ver}</Version><Level>4</Level><Task>${id}</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='${ymd(r)}T${hms(r)}.${pad(r.int(0, 9999999), 7)}Z'/><EventRecordID>${r.int(100000, 9000000)}</EventRecordID><Correlation/><Execution ProcessID='${r.next() < 0.9 ? 3124 : r.int(1000, 9000)}' ThreadID='${r.int(1000, 12000)}'/><Channel>Microsoft-Windows-Sysmon/Operational</Channel><Computer>${skew(r, SXHOSTS, 0.4)}</Computer><Security UserID='S-1-5-18'/></System><EventData>${data.map(([k, v]) => `<Data Name='${k}'>${xe(String(v))}</Data>`).join('')}</EventData></Event>`;
type SxProc = { image: string; desc: string; product: string; company: string; orig: string; ver: string; cmd: (r: Rng) => string };
const MSW = 'Microsoft® Windows® Operating System';
const SXPROCS: SxProc[] = [
  { image: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', desc: 'Google Chrome', product: 'Google Chrome', company: 'Google LLC', orig: 'chrome.exe', ver: '131.0.6778.109', cmd: (r) => `"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --type=renderer --lang=en-US --renderer-client-id=${r.int(5, 400)} --field-trial-handle=${r.int(1000, 9999)},i,${r.int(1e15, 9e15)},${r.int(1e15, 9e15)},262144 --mojo-platform-channel-handle=${r.int(1000, 9999)} /prefetch:1` },
  { image: 'C:\\Windows\\System32\\svchost.exe', desc: 'Host Process for Windows Services', product: MSW, company: 'Microsoft Corporation', orig: 'svchost.exe', ver: '10.0.22621.4391 (WinBuild.160101.0800)', cmd: (r) => `C:\\Windows\\system32\\svchost.exe -k ${r.pick(['netsvcs -p -s Schedule', 'LocalServiceNetworkRestricted -p', 'NetworkService -p -s Dnscache', 'wusvcs -p -s WaaSMedicSvc'])}` },
  { image: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', desc: 'Windows PowerShell', product: MSW, company: 'Microsoft Corporation', orig: 'PowerShell.EXE', ver: '10.0.22621.3527 (WinBuild.160101.0800)', cmd: (r) => r.pick(['powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\ProgramData\\ops\\inventory.ps1', '"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NoLogo', 'powershell.exe -Command "Get-Service | Where-Object Status -eq \'Stopped\'"']) },
  { image: 'C:\\Windows\\System32\\cmd.exe', desc: 'Windows Command Processor', product: MSW, company: 'Microsoft Corporation', orig: 'Cmd.Exe', ver: '10.0.22621.3672 (WinBuild.160101.0800)', cmd: (r) => `"C:\\Windows\\system32\\cmd.exe" /c "${r.pick(['git fetch --prune origin', 'npm run build', 'ipconfig /all', 'whoami /groups'])}"` },
  { image: 'C:\\Users\\alice\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe', desc: 'Visual Studio Code', product: 'Visual Studio Code', company: 'Microsoft Corporation', orig: 'electron.exe', ver: '1.96.0', cmd: () => '"C:\\Users\\alice\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe" --type=utility --utility-sub-type=node.mojom.NodeService --lang=en-US --service-sandbox-type=none' },
  { image: 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe', desc: 'WMI Provider Host', product: MSW, company: 'Microsoft Corporation', orig: 'Wmiprvse.exe', ver: '10.0.22621.1 (WinBuild.160101.0800)', cmd: () => 'C:\\Windows\\system32\\wbem\\wmiprvse.exe -secured -Embedding' },
];
const sxproc = (r: Rng) => skew(r, SXPROCS, 0.3);
const sxuser = (r: Rng) => (r.next() < 0.5 ? `CORP\\${r.pick(PEOPLE)}` : r.pick(['NT AUTHORITY\\SYSTEM', 'NT AUTHORITY\\SYSTEM', 'NT AUTHORITY\\NETWORK SERVICE', 'NT AUTHORITY\\LOCAL SERVICE']));
const sxhashes = (r: Rng) => `SHA1=${hexUp(r, 40)},MD5=${hexUp(r, 32)},SHA256=${hexUp(r, 64)},IMPHASH=${hexUp(r, 32)}`;
const sxrule = (r: Rng) => (r.next() < 0.6 ? '-' : r.pick(['technique_id=T1059.001,technique_name=PowerShell', 'technique_id=T1053,technique_name=Scheduled Task', 'technique_id=T1547.001,technique_name=Registry Run Keys / Start Folder', 'technique_id=T1036,technique_name=Masquerading']));
const SXDOMS: [string, string][] = [['edge.microsoft.com', 'type:  5 edge-microsoft-com.dual-a-0036.a-msedge.net;::ffff:13.107.21.239;'], ['www.google.com', '::ffff:142.250.185.100;'], ['github.com', '::ffff:140.82.121.4;'], ['login.microsoftonline.com', 'type:  5 login.mso.msidentity.com;type:  5 ak.privatelink.msidentity.com;::ffff:20.190.160.20;'], ['wpad.corp.example.com', '-'], ['fileshare.corp.example.com', '::ffff:10.0.1.20;']];
const SXREG = [
  (r: Rng) => `HKU\\S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1000, 9999)}\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\${r.pick(['OneDrive', 'Teams', 'Spotify'])}`,
  () => 'HKLM\\System\\CurrentControlSet\\Services\\bam\\State\\UserSettings',
  (r: Rng) => `HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WINEVT\\Channels\\${r.pick(['Microsoft-Windows-PowerShell/Operational', 'Microsoft-Windows-TaskScheduler/Operational'])}\\Enabled`,
  (r: Rng) => `HKLM\\System\\CurrentControlSet\\Services\\${r.pick(['W32Time', 'WinDefend', 'Tcpip'])}\\Parameters\\${r.pick(['Start', 'Type', 'EnableDHCP'])}`,
];

// Plex Media Server
const px = (r: Rng, lvl: string) => `${mon(r)} ${day(r)}, 2026 ${hms(r)}.${ms3(r)} [${r.int(139900000000000, 140300000000000)}] ${lvl} - `;
const PXUSERS = ['alice', 'alice', 'bob', 'hana', 'guest-kids'];
const PXCLIENTS: [string, string][] = [['Plex Web', 'Chrome'], ['Plex for LG', 'Living Room TV'], ['Plex for iOS', "Alice's iPhone"], ['Infuse', 'Apple TV 4K'], ['Plexamp', 'Pixel 8']];
const PXTITLES = [
  'The Grand Budapest Hotel', 'Dune: Part Two', 'Spirited Away', 'Everything Everywhere All at Once', 'Amélie', 'Detectorists - A Bit of Cheer', 'Blue Planet II - One Ocean',
  'Taskmaster - Hit Me with Your Best Shot', 'Fleabag - Episode 1', "Kiki's Delivery Service", 'Paddington 2',
];
const pxpeer = (r: Rng) => { const loc = r.next() < 0.8; return `${loc ? `192.168.1.${r.int(2, 250)}` : r.ip()}:${port(r)}${loc ? ' (Subnet)' : ' (WAN)'}`; };
const PXGET = [
  (r: Rng) => `/library/metadata/${r.int(1000, 90000)}`, (r: Rng) => `/library/sections/${r.int(1, 6)}/all?type=${r.pick([1, 2, 4])}&sort=titleSort`, () => '/hubs/home/recentlyAdded?count=12',
  (r: Rng) => `/photo/:/transcode?width=${r.pick([240, 360, 720])}&height=${r.pick([360, 540, 1080])}&minSize=1&upscale=1&url=%2Flibrary%2Fmetadata%2F${r.int(1000, 90000)}%2Fthumb%2F${epoch(r)}`,
  () => '/status/sessions', (r: Rng) => `/video/:/transcode/universal/session/${r.alnum(24)}/base/${r.int(0, 900)}.ts`, () => '/identity',
];
const PXPUT = [(r: Rng) => `/:/timeline?ratingKey=${r.int(1000, 90000)}&key=%2Flibrary%2Fmetadata%2F${r.int(1000, 90000)}&state=${r.pick(['playing', 'paused', 'stopped'])}&time=${r.int(0, 9000000)}&duration=${r.int(1000000, 9000000)}`, (r: Rng) => `/:/scrobble?key=${r.int(1000, 90000)}&identifier=com.plexapp.plugins.library`, (r: Rng) => `/:/progress?key=${r.int(1000, 90000)}&time=${r.int(0, 9000000)}`];
const PXPOST = [() => '/playQueues?type=video&shuffle=0&repeat=0&continuous=1', (r: Rng) => `/library/sections/${r.int(1, 6)}/refresh`, () => '/butler/OptimizeDatabase'];
const pxreq = (r: Rng) => `#${r.hex(r.int(2, 4))}`;
const PXSECTIONS: [number, string, string][] = [[1, 'Movies', '/data/Movies'], [2, 'TV Shows', '/data/TV Shows'], [3, 'Music', '/data/Music'], [4, 'Kids Movies', '/data/Kids/Movies'], [5, 'Family Photos', '/data/Photos']];

export const SEALED12_SYSTEMS: HeldoutSystem[] = [
  { name: 'spamd', templates: [
    t(10, (r) => { const [h, ip] = skew(r, SPPEERS, 0.5); return `${spd(r, 'spamd', true)}connection from ${h} [${ip}]:${port(r)} to port 783, fd ${r.int(5, 9)}`; }),
    t(8, (r) => `${spd(r, 'spamd')}setuid to ${r.pick(SPUSERS)[0]} succeeded`),
    t(6, (r) => { const [u, id] = r.pick(SPUSERS); return `${spd(r, 'spamd')}processing message <${msgId(r)}> for ${u}:${id}`; }),
    t(3, (r) => { const [u, id] = r.pick(SPUSERS); return `${spd(r, 'spamd')}checking message <${msgId(r)}> for ${u}:${id}`; }),
    t(7, (r) => { const [u, id] = r.pick(SPUSERS); return `${spd(r, 'spamd')}clean message (${r.float(-6, 4.9, 1)}/5.0) for ${u}:${id} in ${r.float(0.1, r.next() < 0.9 ? 3 : 30, 1)} seconds, ${r.int(900, 900000)} bytes.`; }),
    t(2, (r) => { const [u, id] = r.pick(SPUSERS); return `${spd(r, 'spamd')}identified spam (${r.float(5, 40, 1)}/5.0) for ${u}:${id} in ${r.float(0.3, r.next() < 0.9 ? 6 : 30, 1)} seconds, ${r.int(900, 900000)} bytes.`; }),
    t(9, (r) => {
      const spam = r.next() < 0.2;
      const sc = spam ? Number(r.float(5, 40, 1)) : Number(r.float(-6, 4.9, 1));
      const [u, uid] = r.pick(SPUSERS);
      const [h, ip] = skew(r, SPPEERS, 0.5);
      const tests = [...new Set(some(r, SATESTS, 2, 9))].sort().join(',');
      return `${spd(r, 'spamd')}result: ${spam ? 'Y' : '.'} ${Math.round(sc)} - ${tests} scantime=${r.float(0.1, spam ? 9 : 3, 1)},size=${r.int(900, 900000)},user=${u},uid=${uid},required_score=5.0,rhost=${h},raddr=${ip},rport=${port(r)},mid=<${msgId(r)}>,${r.next() < 0.85 ? `bayes=${r.float(0, 1, 6)},` : ''}autolearn=${spam ? r.pick(['spam', 'no', 'disabled']) : r.pick(['ham', 'no', 'no', 'unavailable'])} autolearn_force=no`;
    }),
    t(7, (r) => `${spd(r, 'prefork', true)}child states: ${spstates(r)}`),
    t(2, (r) => `${spd(r, 'spamd', true)}server successfully spawned child process, pid ${r.int(2105, 60000)}`),
    t(2, (r) => `${spd(r, 'spamd', true)}handled cleanup of child pid [${r.int(2105, 60000)}] due to SIGCHLD: exit ${r.next() < 0.9 ? 0 : r.pick([1, 255])}`),
    t(1, (r) => { const m = r.pick([1, 2]); return `${spd(r, 'prefork', true)}adjust: ${m + r.int(1, 3)} idle children more than ${m} maximum idle children. Decreasing spamd children: ${r.int(2105, 60000)} killed.`; }),
    t(0.8, (r) => `${spd(r, 'prefork', true)}adjust: 0 idle children less than ${r.pick([1, 2])} minimum idle children. Increasing spamd children: ${r.int(2105, 60000)} started.`),
    t(0.5, (r) => `${spd(r, 'bayes')}cannot open bayes databases /var/lib/spamassassin/.spamassassin/bayes_* R/W: lock failed: ${r.pick(['File exists', 'Permission denied'])}`),
    t(0.5, (r) => `${spd(r, 'check')}exceeded time limit in Mail::SpamAssassin::Plugin::Check::_${r.pick(['body', 'rawbody', 'head', 'full'])}_tests_${r.int(0, 9)}, skipping further tests`),
    t(0.2, (r) => `${spd(r, 'spamd', true)}server started on IO::Socket::IP [127.0.0.1]:783, IO::Socket::IP [::1]:783 (running version ${r.pick(['4.0.1', '4.0.0', '3.4.6'])})`),
    t(0.2, (r) => `${spd(r, 'spamd', true)}server pid: ${r.int(300, 9000)}`),
    t(0.2, (r) => `${spd(r, 'spamd', true)}server killed by SIG${r.next() < 0.8 ? 'TERM' : 'INT'}, shutting down`),
    t(0.2, (r) => `${spd(r, 'spamd', true)}still running as root: user not specified with -u, not found, or set to root, falling back to nobody`),
  ] },
  { name: 'nfs-server', templates: [
    t(10, (r) => { const [p, ex] = nfsmnt(r); return `${nfs(r, 'rpc.mountd', 812)}authenticated mount request from ${nfscl(r)}:${r.int(600, 1023)} for ${p} (${ex})`; }),
    t(5, (r) => { const [p, ex] = nfsmnt(r); return `${nfs(r, 'rpc.mountd', 812)}authenticated unmount request from ${nfscl(r)}:${r.int(600, 1023)} for ${p} (${ex})`; }),
    t(2, (r) => { const [p, ex] = nfsmnt(r); const k = r.next(); return `${nfs(r, 'rpc.mountd', 812)}refused mount request from ${r.next() < 0.5 ? nfscl(r) : `192.168.${r.int(0, 9)}.${r.int(2, 250)}`} for ${k < 0.3 ? `/srv/${r.pick(['data', 'nfs/private', 'export'])}` : p} (${k < 0.3 ? '/' : ex}): ${k < 0.3 ? 'not exported' : k < 0.85 ? 'unmatched host' : `illegal port ${port(r)}`}`; }),
    t(3, (r) => `${nfs(r, 'rpc.mountd', 812)}v4.${r.pick([2, 2, 1, 0])} client attached: 0x${r.hex(16)} from "${nfscl(r)}:${r.int(600, 1023)}"`),
    t(2.5, (r) => `${nfs(r, 'rpc.mountd', 812)}v4.${r.pick([2, 2, 1, 0])} client detached: 0x${r.hex(16)} from "${nfscl(r)}:${r.int(600, 1023)}"`),
    t(0.3, (r) => `${nfs(r, 'rpc.mountd', 812)}Version ${r.pick(NFSV)} starting`),
    t(0.3, (r) => `${nfs(r, 'rpc.mountd', 812)}Caught signal 15, un-registering and exiting.`),
    t(0.3, (r) => `${nfs(r, 'rpc.statd', 640)}Version ${r.pick(NFSV)} starting`),
    t(0.3, (r) => `${nfs(r, 'rpc.statd', 640)}Flags: TI-RPC`),
    t(0.2, (r) => `${nfs(r, 'rpc.statd', 640)}Failed to read /var/lib/nfs/state: Success`),
    t(0.2, (r) => `${nfs(r, 'rpc.statd', 640)}Initializing NSM state`),
    t(1, (r) => `${nfs(r, 'rpc.statd', 640)}Received SM_UNMON_ALL request from ${skew(r, NFSH)} while not monitoring any hosts`),
    t(2, (r) => `${nfs(r, 'rpc.idmapd', 599)}nss_getpwnam: name '${r.pick([...PEOPLE, 'svc-build'])}@${r.pick(IDDOMS)}' does not map into domain '${r.next() < 0.7 ? 'localdomain' : 'corp.example.com'}'`),
    t(1, (r) => `${nfs(r, 'rpc.idmapd', 599)}nss_name_to_gid: name '${r.pick(['staff', 'developers', 'ops', 'media'])}@${r.pick(IDDOMS)}' does not map into domain '${r.next() < 0.7 ? 'localdomain' : 'corp.example.com'}'`),
    t(0.3, (r) => `${nfsk(r)}NFSD: Using nfsdcld client tracking operations.`),
    t(0.3, (r) => `${nfsk(r)}NFSD: starting ${r.pick([90, 90, 45])}-second grace period (net f0000${r.pick(['000', '098', '0a0'])})`),
    t(1, (r) => `${nfsk(r)}nfsd: too many open TCP sockets, consider increasing the number of nfsd threads`),
    t(1, (r) => `${nfsk(r)}NFSD: client ${nfscl(r)} testing state ID with incorrect client ID`),
    t(0.3, (r) => `${nfsk(r)}nfsd: last server has exited, flushing export cache`),
    t(0.6, (r) => `${nfsk(r)}RPC: fragment too large: ${r.int(100000000, 2000000000)}`),
    t(0.4, (r) => `${nfsk(r)}nfsd: peername failed (err ${r.pick([107, 107, 104])})!`),
  ] },
  { name: 'snmpd', templates: [
    t(20, (r) => `${sn(r)}Connection from ${snpeer(r)}`),
    t(5, (r) => `${sn(r)}Received SNMP packet(s) from ${snpeer(r)}`),
    t(3, (r) => `${sn(r)}error on subcontainer '${r.pick(['ia_addr', 'ia_addr', 'ia_index'])}' insert (-1)`),
    t(3, (r) => `${sn(r)}Cannot statfs ${pick(r, SNSTATFS)}: ${r.next() < 0.6 ? 'Permission denied' : 'No such file or directory'}`),
    t(1, (r) => `${sn(r)}${r.pick(SNCONF)}: line ${r.int(3, 200)}: Warning: Unknown token: ${r.pick(['defaultMonitors', 'linkUpDownNotifications', 'extend-sh', 'master', 'dontLogTCPWrappersConnects'])}.`),
    t(0.5, (r) => `${sn(r)}${r.pick(SNCONF)}: line ${r.int(3, 200)}: Error: ${r.pick(['bad SUBTREE object id', 'missing CONTEXT_NAME parameter', 'Unknown security model', 'bad EXACT_ENGINEID value'])}`),
    t(1, (r) => `${sn(r)}truncating integer value > 32 bits`),
    t(1, (r) => `${sn(r)}Duplicate IPv4 address detected, some interfaces may not be visible in IP-MIB`),
    t(0.6, (r) => { const a = r.int(224, 260); return `${sn(r)}unexpected header length in /proc/net/snmp. ${a} != ${a - r.int(1, 20)}`; }),
    t(0.4, (r) => `${sn(r)}netsnmp_assert !"registration != duplicate" failed agent_registry.c:${r.pick([535, 535, 542])} netsnmp_subtree_load()`),
    t(0.8, (r) => `${sn(r)}Cannot find module (${r.pick(['IP-MIB', 'IF-MIB', 'SNMPv2-MIB', 'UCD-SNMP-MIB', 'HOST-RESOURCES-MIB', 'SYNOLOGY-SYSTEM-MIB'])}): At line ${r.pick([0, 0, 1])} in (none)`),
    t(0.4, (r) => `${sn(r)}ioctl ${r.pick([35111, 35123])} returned -1`),
    t(0.2, (r) => `${sn(r)}NET-SNMP version ${r.pick(['5.9.4.pre2', '5.9.3', '5.9.4'])}`),
    t(0.2, (r) => `${sn(r)}Received TERM or STOP signal...  shutting down...`),
    t(0.2, (r) => `${sn(r)}Turning on AgentX master support.`),
    t(0.2, (r) => `${sn(r)}Error opening specified endpoint "${r.pick(['udp:161', 'udp6:[::1]:161', 'tcp:161'])}"`),
    t(0.2, (r) => `${sn(r)}Server Exiting with code 1`),
  ] },
  { name: 'automount', templates: [
    t(8, (r) => `${au(r)}attempting to mount entry ${aukey(r).mp}`),
    t(6, (r) => { const k = aukey(r); return `${au(r)}mount(nfs): mounted ${k.base === '/net' ? k.k : r.pick(AUSRV)}:${k.src} on ${k.mp}`; }),
    t(6, (r) => `${au(r)}expired ${aukey(r).mp}`),
    t(1.5, (r) => { const k = aukey(r); return `${au(r)}mount(nfs): nfs: mount failure ${k.base === '/net' ? k.k : r.pick(AUSRV)}:${k.src} on ${k.mp}`; }),
    t(1.5, (r) => `${au(r)}failed to mount ${aukey(r).mp}`),
    t(1.5, (r) => `${au(r)}key "${r.pick(['.git', 'HEAD', 'refs', 'autorun.inf', 'lib64', 'old-user', '.Trash-1000'])}" not found in map source(s).`),
    t(0.6, (r) => `${au(r)}mount(nfs): no hosts available`),
    t(1, (r) => `${au(r)}lookup_read_master: lookup(sss): getautomntent_r: No such file or directory`),
    t(0.5, (r) => `${au(r)}setautomntent: lookup(sss): setautomntent: No such file or directory`),
    t(2, (r) => `${au(r)}umount_autofs_indirect: ask umount returned busy ${r.pick(AUBASES)}`),
    t(2, (r) => { const k = aukey(r); return `${au(r)}handle_packet_missing_indirect: token ${r.int(1, 90000)}, name ${k.k}, request pid ${r.int(300, 900000)}`; }),
    t(2, (r) => `${au(r)}st_expire: state 1 path ${r.pick(AUBASES)}`),
    t(1.5, (r) => `${au(r)}expire_proc: exp_proc = ${r.int(139900000000000, 140300000000000)} path ${r.pick(AUBASES)}`),
    t(1, (r) => `${au(r)}expire_proc_indirect: expire ${aukey(r).mp}`),
    t(1, (r) => `${au(r)}re-reading map for ${r.pick(AUBASES)}`),
    t(0.2, (r) => `${au(r)}Starting automounter version ${r.pick(['5.1.9-1ubuntu4', '5.1.8-1', '5.1.7-36.el9'])}, master map auto.master`),
    t(0.2, (r) => `${au(r)}using kernel protocol version 5.05`),
    t(0.4, (r) => `${au(r)}mounted indirect on ${r.pick(AUBASES)} with timeout ${r.pick([600, 300, 60])}, freq ${r.pick([150, 75, 15])} seconds`),
    t(0.2, (r) => `${au(r)}mounted direct on ${r.pick(['/srv/shared', '/opt/tools', '/mnt/scratch'])} with timeout ${r.pick([600, 300])}, freq ${r.pick([150, 75])} seconds`),
    t(0.2, (r) => `${au(r)}shut down path ${r.pick(AUBASES)}`),
    t(0.2, (r) => `${au(r)}autofs stopped`),
  ] },
  { name: 'jira', templates: [
    t(8, (r) => { const u = r.next() < 0.3 ? 'anonymous' : skew(r, JUSERS, 0.3); return `${jreq(r, 'WARN', 'c.a.p.r.c.security.jersey.XsrfResourceFilter', u)}XSRF checks failed for request: https://jira.example.com${pick(r, JURLS)} , origin: ${r.pick(['https://jira.example.com', 'https://confluence.example.com', 'null', 'chrome-extension://' + r.alnum(32)])} , referrer: ${r.next() < 0.5 ? 'null' : `https://jira.example.com/browse/${jkey(r)}`} , credentials in request: ${u === 'anonymous' ? 'false' : 'true'} , allowed via CORS: false`; }),
    t(5, (r) => `${jreq(r, 'WARN', 'c.a.j.issue.search.providers.LuceneSearchProvider')}JQL query '${pick(r, JQL)}' produced lucene query '+(+projid:${r.int(10000, 10400)} +(issue_status:${r.int(1, 10)} issue_status:${r.int(10000, 10100)})) +(resolution:-1)' and took '${r.int(2000, 90000)}' ms to run.`),
    t(3, (r) => `${jreq(r, 'ERROR', 'c.a.j.rest.exception.ExceptionInterceptor')}Returning internal server error in response`),
    t(3, (r) => `${jreq(r, 'WARN', 'c.a.jira.login.LoginLoggers', 'anonymous')}login : '${r.pick([...JUSERS, 'admin', 'jira', 'test'])}' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.`),
    t(2, (r) => `${jreq(r, 'WARN', 'c.a.jira.login.LoginLoggers', 'anonymous')}login : '${r.pick([...JUSERS, 'admin'])}' has failed ${r.int(3, 9)} login attempts; elevated security check is now required`),
    t(6, (r) => { const k = r.pick(['INDEXING', 'MAIL-QUEUE', 'CACHE']); return `${jbg(r, `Caesium-1-${r.int(1, 4)}`, 'INFO', 'ServiceRunner', 'c.a.j.util.stats.JiraStats')}[JIRA-STATS] [${k}] snapshot stats: duration=PT5M0.${pad(r.int(0, 999), 3)}S, statsOverhead=n/a, data=${jstats(r, k)}`; }),
    t(4, (r) => { const k = r.pick(['INDEXING', 'MAIL-QUEUE', 'CACHE']); return `${jbg(r, `Caesium-1-${r.int(1, 4)}`, 'INFO', 'ServiceRunner', 'c.a.j.util.stats.JiraStats')}[JIRA-STATS] [${k}] total stats: duration=PT${r.int(1, 900)}H${r.int(0, 59)}M${r.int(0, 59)}.${pad(r.int(0, 999), 3)}S, statsOverhead=n/a, data=${jstats(r, k)}`; }),
    t(5, (r) => `${jbg(r, `Caesium-1-${r.int(1, 4)}`, 'INFO', 'ServiceRunner', 'c.a.mail.queue.MailQueueImpl')}Sending mailitem To='${r.pick(PEOPLE)}@example.com' Subject='[JIRA] (${jkey(r)}) ${r.pick(JSUMMARY)}' From='null' FromName='${r.pick(['Jira', 'Alice Novak (Jira)', 'Bob Okafor (Jira)'])}' Cc='null' Bcc='null' ReplyTo='null' InReplyTo='null' MimeType='text/html' Encoding='UTF-8' Multipart='null' MessageId='null' ExcludeSubjectPrefix=false'`),
    t(1.5, (r) => `${jbg(r, `Caesium-1-${r.int(1, 4)}`, 'ERROR', 'ServiceRunner', 'c.a.mail.queue.MailQueueImpl')}Error occurred in sending e-mail: Mail Queue Item: "[JIRA] (${jkey(r)}) ${r.pick(JSUMMARY)}"`),
    t(2, (r) => `${jbg(r, `Caesium-1-${r.int(1, 4)}`, 'WARN', 'ServiceRunner', 'c.a.mail.incoming.mailfetcherservice.AbstractMessageHandlingService')}${r.pick(['Support mailbox', 'Ops requests inbox'])}[${r.int(10000, 10300)}]: Cannot retrieve mail due to a communication failure with the mail server ${r.pick(['imap.example.com:993', 'outlook.office365.com:993'])}`),
    t(2, (r) => `${jbg(r, `httpclient-io:thread-${r.int(1, 8)}`, 'WARN', '', 'c.a.webhooks.internal.publish.DefaultWebhookDispatcher')}Dispatch to '${r.pick(JHOOKS)}' failed with status ${r.pick([500, 502, 503, 504, 404])} after ${r.int(20, 30000)} ms`),
    t(0.3, (r) => `${jbg(r, 'localhost-startStop-1', 'INFO', '', 'c.a.jira.startup.JiraStartupLogger')}Running Jira startup checks.`),
    t(0.3, (r) => `${jbg(r, 'localhost-startStop-1', 'INFO', '', 'c.a.jira.startup.LauncherContextListener')}Startup is complete. Jira is ready to serve.`),
    t(0.3, (r) => `${jbg(r, 'localhost-startStop-1', 'INFO', '', 'c.a.plugin.manager.DefaultPluginManager')}Plugin system started in 0:0${r.int(0, 2)}:${d2(r.int(0, 59))}.${pad(r.int(0, 999), 3)}`),
  ] },
  { name: 'sonarqube', templates: [
    t(5, (r) => { const k = sqtask(r); return `${sq(r, 'INFO', 'ce', 'o.s.c.t.CeWorkerImpl', k.id)}Execute task | ${k.tail}`; }),
    t(5, (r) => { const k = sqtask(r); return `${sq(r, 'INFO', 'ce', 'o.s.c.t.CeWorkerImpl', k.id)}Executed task | ${k.tail} | status=${sqst(r)} | time=${sqms(r, 20000)}`; }),
    t(5, (r) => `${sq(r, 'INFO', 'ce', 'o.s.c.t.s.ComputationStepExecutor', sqid(r))}Extract report | status=${sqst(r)} | time=${sqms(r)}`),
    t(5, (r) => `${sq(r, 'INFO', 'ce', 'o.s.c.t.s.ComputationStepExecutor', sqid(r))}Persist scanner context | status=${sqst(r)} | time=${sqms(r, 40)}`),
    t(5, (r) => `${sq(r, 'INFO', 'ce', 'o.s.c.t.s.ComputationStepExecutor', sqid(r))}Load analysis metadata | status=${sqst(r)} | time=${sqms(r, 40)}`),
    t(5, (r) => `${sq(r, 'INFO', 'ce', 'o.s.c.t.s.ComputationStepExecutor', sqid(r))}Build tree of components | components=${r.int(3, 9000)} | status=${sqst(r)} | time=${sqms(r)}`),
    t(5, (r) => `${sq(r, 'INFO', 'ce', 'o.s.c.t.s.ComputationStepExecutor', sqid(r))}Persist issues | cacheSize=${r.next() < 0.6 ? `${r.float(1, 999, 1)} KB` : `${r.float(1, 90, 1)} MB`} | status=${sqst(r)} | time=${sqms(r, 2000)}`),
    t(4, (r) => `${sq(r, 'INFO', 'ce', 'o.s.c.t.s.ComputationStepExecutor', sqid(r))}Send issue notifications | newIssuesNotifs=${r.int(0, 3)} | newIssuesDeliveries=${r.int(0, 9)} | myNewIssuesNotifs=${r.int(0, 3)} | myNewIssuesDeliveries=${r.int(0, 9)} | changesNotifs=${r.int(0, 3)} | changesDeliveries=${r.int(0, 9)} | status=${sqst(r)} | time=${sqms(r, 200)}`),
    t(0.6, (r) => { const id = sqid(r); return `${sq(r, 'ERROR', 'ce', 'o.s.c.t.CeWorkerImpl', id)}Failed to execute task ${id}`; }),
    t(3, (r) => `${sq(r, 'ERROR', 'web', 'o.s.s.w.WebServiceEngine', sqid(r))}Fail to process request http://localhost:9000/api/${pick(r, SQWS)}`),
    t(3, (r) => `${sq(r, 'DEBUG', 'web', 'auth.event', sqid(r))}login success [method|${r.pick(['BASIC', 'BASIC_TOKEN', 'FORM', 'SSO', 'JWT'])}][provider|${r.next() < 0.7 ? 'LOCAL|local' : 'REALM|LDAP'}][IP|${sqip(r)}][login|${r.next() < 0.6 ? 'svc-ci' : r.pick(PEOPLE)}]`),
    t(2, (r) => `${sq(r, 'DEBUG', 'web', 'auth.event', sqid(r))}login failure [cause|${r.pick(['Password incorrect', 'User must be authenticated', 'Token is not valid', 'User is disabled', 'Realm returned authenticate=false'])}][method|${r.pick(['BASIC', 'BASIC_TOKEN', 'FORM'])}][provider|${r.next() < 0.7 ? 'LOCAL|local' : 'REALM|LDAP'}][IP|${sqip(r)}][login|${r.pick([...PEOPLE, 'admin', 'svc-ci'])}]`),
    t(1, (r) => `${sq(r, 'WARN', 'es', 'o.e.c.r.a.DiskThresholdMonitor')}high disk watermark [90%] exceeded on [${b64url(r, 22)}][sonarqube][/opt/sonarqube/data/es8] free: ${r.float(0.5, 4, 1)}gb[${r.float(2, 9.9, 1)}%], shards will be relocated away from this node; currently relocating away shards totalling [0] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete`),
    t(0.3, (r) => `${sq(r, 'INFO', 'app', 'o.s.a.SchedulerImpl')}Process[${r.pick(['es', 'web', 'ce'])}] is up`),
    t(0.2, (r) => `${sq(r, 'INFO', 'app', 'o.s.a.SchedulerImpl')}SonarQube is operational`),
    t(0.2, (r) => `${sq(r, 'INFO', 'web', 'o.s.s.p.Platform')}Web Server is operational`),
    t(0.2, (r) => `${sq(r, 'INFO', 'ce', 'o.s.ce.app.CeServer')}Compute Engine is operational`),
    t(0.2, (r) => `${sq(r, 'INFO', 'web', 'o.s.s.a.EmbeddedTomcat')}HTTP connector enabled on port ${r.pick([9000, 9000, 9001])}`),
  ] },
  { name: 'pulsar-broker', templates: [
    t(8, (r) => `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.ServerCnx')}[${puaddr(r)}] Subscribing on topic ${putopic(r)} / ${skew(r, PUSUBS, 0.3)}. consumerId: ${r.int(0, 40)}`),
    t(5, (r) => { const a = puaddr(r); return `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.ServerCnx')}[${a}] Created new producer: Producer{topic=PersistentTopic{topic=${putopic(r)}}, client=[${a}] [SR:${a.slice(1).split(':')[0]}, state:Connected], producerName=${r.pick(['pulsar-cluster-0', 'shop-api', 'checkout'])}-${r.int(0, 9)}-${r.int(0, 900)}, producerId=${r.int(0, 40)}}`; }),
    t(5, (r) => `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.ServerCnx')}New connection from ${puaddr(r)}`),
    t(5, (r) => `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.ServerCnx')}Closed connection from ${puaddr(r)}`),
    t(3, (r) => `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.ServerCnx')}[${puaddr(r)}] Closing consumer: consumerId=${r.int(0, 40)}`),
    t(3, (r) => { const a = puaddr(r); return `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.ServerCnx')}[${a}][${putopic(r)}] Closing producer on cnx ${a}. producerId=${r.int(0, 40)}`; }),
    t(3, (r) => `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.persistent.PersistentTopic')}[${putopic(r)}][${skew(r, PUSUBS, 0.3)}] Created new subscription for ${r.int(0, 40)}`),
    t(2, (r) => `${pu(r, 'WARN', puio(r), 'org.apache.pulsar.broker.service.ServerCnx')}[${puaddr(r)}] Got exception ${r.pick(['io.netty.channel.unix.Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer', 'java.io.IOException: Connection timed out', 'io.netty.handler.codec.TooLongFrameException: Adjusted frame length exceeds 5253120: 1347703880 - discarded'])}`),
    t(3, (r) => `${pu(r, 'INFO', pumlth(r), 'org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl')}[${puml(putopic(r))}] Creating a new ledger`),
    t(3, (r) => `${pu(r, 'INFO', pumlth(r), 'org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl')}[${puml(putopic(r))}] Created new ledger ${r.int(1000, 900000)}`),
    t(2, (r) => { const n = r.int(1, 4); const l0 = r.int(1000, 900000); return `${pu(r, 'INFO', pumlth(r), 'org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl')}[${puml(putopic(r))}] Start TrimConsumedLedgers. ledgers=[${Array.from({ length: n }, (_, i) => l0 + i * r.int(1, 40)).join(', ')}] totalSize=${r.int(1000, 9000000000)}`; }),
    t(1, (r) => `${pu(r, 'INFO', pumlth(r), 'org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl')}[${puml(putopic(r))}] Removing ledger ${r.int(1000, 900000)} - size: ${r.int(1000, 900000000)}`),
    t(1.5, (r) => `${pu(r, 'WARN', `BookKeeperClientWorker-OrderedExecutor-${r.int(0, 7)}-0`, 'org.apache.bookkeeper.client.PendingAddOp')}Failed to write entry (${r.int(1000, 900000)}, ${r.int(0, 90000)}) to bookie (${r.int(0, 2)}, ${r.pick(PUBK)}:3181): ${r.pick(['Bookie handle is not available', 'Bookie operation timeout', 'Error while writing to bookie: Not enough non-faulty bookies available'])}`),
    t(2, (r) => `${pu(r, 'INFO', 'pulsar-load-manager-1-1', 'org.apache.pulsar.broker.loadbalance.impl.ModularLoadManagerImpl')}Writing local data to metadata store because maximum change ${r.float(10, 90, 6)}% exceeded threshold 10%; time since last report written is ${r.float(1, 900, 3)} seconds`),
    t(0.7, (r) => `${pu(r, 'INFO', `pulsar-web-${r.int(30, 50)}-${r.int(1, 8)}`, 'org.apache.pulsar.broker.namespace.OwnershipCache')}Disabling ownership: ${r.pick(PUNS)}/${purange(r)}`),
    t(0.5, (r) => `${pu(r, 'INFO', `broker-topic-workers-OrderedExecutor-${r.int(0, 7)}-0`, 'org.apache.pulsar.broker.service.persistent.PersistentTopic')}[${putopic(r)}] Topic deleted successfully due to inactivity`),
    t(1, (r) => `${pu(r, 'WARN', pumlth(r), 'org.apache.pulsar.broker.service.persistent.PersistentDispatcherMultipleConsumers')}[${putopic(r)} / ${skew(r, PUSUBS, 0.3)}] Error reading entries at ${r.int(1000, 900000)}:${r.int(0, 90000)} : ${r.pick(['Ledger not found', 'Managed ledger is fenced', 'Too many requests'])}, Read Type Normal - Retrying to read in ${r.float(10, 60, 3)} seconds`),
    t(1, (r) => { const tp = putopic(r); return `${pu(r, 'INFO', puio(r), 'org.apache.pulsar.broker.service.Consumer')}Disconnecting consumer: Consumer{subscription=PersistentSubscription{topic=${tp}, name=${skew(r, PUSUBS, 0.3)}}, consumerId=${r.int(0, 40)}, consumerName=${r.hex(5)}, address=${puaddr(r)}}`; }),
    t(0.2, (r) => `${pu(r, 'INFO', 'main', 'org.apache.pulsar.broker.PulsarService')}messaging service is ready, bootstrap service port = 8080, broker url= pulsar://broker-${r.int(0, 2)}.broker.pulsar.svc.cluster.local:6650, cluster=pulsar-prod`),
  ] },
  { name: 'weblogic', templates: [
    t(6, (r) => { const n = r.int(600, 2000); return wl(r, 'Error', 'WebLogicServer', 'weblogic.timers.TimerThread', '<WLS Kernel>', 'BEA-000337', `[STUCK] ${wlthread(r)} has been busy for "${n}" seconds working on the request "Http Request Information: weblogic.servlet.internal.ServletRequestImpl@${r.hex(8)}[${r.pick(WLREQ)}]", which is more than the configured time (StuckThreadMaxTime) of "600" seconds in "server-failure-trigger". Stack trace:`); }),
    t(3, (r) => wl(r, 'Info', 'WebLogicServer', wlexec(r), '<WLS Kernel>', 'BEA-000339', `[STUCK] ${wlthread(r)} has become "unstuck".`)),
    t(8, (r) => wl(r, 'Info', 'Health', 'weblogic.GCMonitor', '<anonymous>', 'BEA-310002', `${r.int(1, 90)}% of the total memory in the server is free.`)),
    t(1, (r) => wl(r, 'Critical', 'Health', 'weblogic.GCMonitor', '<anonymous>', 'BEA-310003', `Free memory in the server is ${r.int(100000, 90000000)} bytes. There is danger of OutOfMemoryError`)),
    t(4, (r) => wl(r, 'Warning', 'JDBC', wlexec(r), '<anonymous>', 'BEA-001129', `Received exception while creating connection for pool "${skew(r, WLDS, 0.4)}": ${r.pick(['IO Error: The Network Adapter could not establish the connection', 'ORA-01017: invalid username/password; logon denied', 'Listener refused the connection with the following error: ORA-12514, TNS:listener does not currently know of service requested in connect descriptor', 'IO Error: Connection timed out'])}`)),
    t(2, (r) => wl(r, 'Info', 'Common', wlexec(r), '<anonymous>', 'BEA-000627', `Reached maximum capacity of pool "${skew(r, WLDS, 0.4)}", making "0" new resource instances instead of "${r.int(1, 10)}".`)),
    t(0.5, (r) => { const n = r.int(1, 20); return wl(r, 'Info', 'Common', wlexec(r), '<WLS Kernel>', 'BEA-000628', `Created "${n}" resources for pool "${skew(r, WLDS, 0.4)}", out of which "${n}" are available and "0" are unavailable.`); }),
    t(4, (r) => wl(r, 'Info', 'Socket', `ExecuteThread: '${r.int(0, 4)}' for queue: 'weblogic.socket.Muxer'`, '<WLS Kernel>', 'BEA-000449', `Closing the socket, as no data read from it on ${r.next() < 0.7 ? lan(r, '10.5') : r.ip()}:${port(r)} during the configured idle timeout of ${r.pick([5, 30, 65])} seconds.`)),
    t(2, (r) => wl(r, 'Notice', 'Security', wlexec(r), '<anonymous>', 'BEA-090078', `User ${r.pick([...PEOPLE, 'weblogic', 'admin'])} in security realm myrealm has had ${r.int(5, 10)} invalid login attempts, locking account for ${r.pick([30, 30, 5])} minutes.`)),
    t(3, (r) => { const [app, mod, path] = r.pick(WLAPPS); return wl(r, 'Error', 'HTTP', wlexec(r), r.next() < 0.5 ? '<anonymous>' : r.pick(PEOPLE), 'BEA-101020', `[ServletContext@${r.int(100000000, 2000000000)}[app:${app} module:${mod} path:${path} spec-version:4.0]] Servlet failed with an Exception`); }),
    t(1, (r) => wl(r, 'Error', 'Kernel', wlexec(r), '<WLS Kernel>', 'BEA-000802', `ExecuteRequest failed java.lang.OutOfMemoryError: ${r.pick(['Java heap space', 'GC overhead limit exceeded', 'Metaspace'])}.`)),
    t(0.3, (r) => wl(r, 'Notice', 'WebLogicServer', 'main', '<WLS Kernel>', 'BEA-000365', `Server state changed to ${r.pick(['STARTING', 'STANDBY', 'ADMIN', 'RESUMING', 'RUNNING', 'SUSPENDING', 'FORCE_SHUTTING_DOWN', 'SHUTDOWN'])}.`)),
    t(0.2, (r) => wl(r, 'Notice', 'WebLogicServer', 'main', '<WLS Kernel>', 'BEA-000360', `The server started in ${r.next() < 0.9 ? 'RUNNING' : 'ADMIN'} mode.`)),
    t(0.4, (r) => wl(r, 'Notice', 'Server', `DynamicListenThread[${r.next() < 0.7 ? 'Default' : 'DefaultSecure'}]`, '<WLS Kernel>', 'BEA-002613', `Channel "${r.next() < 0.7 ? 'Default' : 'DefaultSecure'}" is now listening on ${r.pick(['10.5.0.21', '10.5.0.22', '127.0.0.1', '0:0:0:0:0:0:0:1'])}:${r.pick([7001, 7002, 8001])} for protocols iiop, t3, ldap, snmp, http.`)),
    t(0.4, (r) => { const [app, mod] = r.pick(WLAPPS); return wl(r, 'Info', 'Deployer', wlexec(r), '<WLS Kernel>', 'BEA-149060', `Module ${mod} of application ${app} successfully transitioned from ${r.pick(['STATE_NEW', 'STATE_PREPARED', 'STATE_ADMIN'])} to ${r.pick(['STATE_PREPARED', 'STATE_ADMIN', 'STATE_ACTIVE'])} on server ${r.pick(WLSRV)[1]}.`); }),
    t(0.4, (r) => wl(r, 'Warning', 'Security', 'main', '<WLS Kernel>', 'BEA-090898', `Ignoring the trusted CA certificate "${r.pick(['CN=Entrust Root Certification Authority - G4,OU=(c) 2015 Entrust\\, Inc. - for authorized use only,OU=See www.entrust.net/legal-terms,O=Entrust\\, Inc.,C=US', 'CN=TrustCor ECA-1,OU=TrustCor Certificate Authority,O=TrustCor Systems S. de R.L.,L=Panama City,ST=Panama,C=PA', 'CN=SSL.com EV Root Certification Authority ECC,O=SSL Corporation,L=Houston,ST=Texas,C=US'])}". The loading of the trusted certificate list raised a certificate parsing exception PKIX: Unsupported OID in the AlgorithmIdentifier object: ${r.pick(['1.2.840.113549.1.1.11', '1.2.840.10045.4.3.3', '1.2.840.10045.4.3.2'])}.`)),
    t(0.2, (r) => wl(r, 'Info', 'Protocol', 'main', '<WLS Kernel>', 'BEA-002622', `The protocol "${r.pick(['t3', 't3s', 'http', 'https', 'iiop', 'iiops', 'ldap', 'snmp', 'admin'])}" is now configured.`)),
  ] },
  { name: 'harbor', templates: [
    t(8, (r) => { const [code, msg] = pick(r, HBERR); return `${hb(r, 'core', 'ERROR', '/lib/http/error.go:57', true)}${JSON.stringify({ errors: [{ code, message: msg }] })}`; }),
    t(6, (r) => `${hb(r, 'core', 'INFO', '/pkg/task/dao/execution.go:471')}scanned out ${r.int(1, 40)} executions with outdate status, refresh status to db`),
    t(6, (r) => { const n = r.int(1, 40); const f = r.next() < 0.9 ? 0 : r.int(1, n); return `${hb(r, 'core', 'INFO', '/pkg/task/dao/execution.go:502')}refresh outdate execution status done, ${n - f} succeed, ${f} failed`; }),
    t(3, (r) => { const k = r.next(); const [h, tp] = k < 0.6 ? ['ArtifactWebhook', 'PUSH_ARTIFACT'] : k < 0.85 ? ['ScanWebhook', 'SCANNING_COMPLETED'] : ['ReplicationWebhook', 'REPLICATION']; return `${hb(r, 'core', 'INFO', '/pkg/notifier/notifier.go:205', true)}Handle notification with Handler '${h}' on topic '${tp}': ID-${r.int(1, 90000)}, Repository-${hbrepo(r)} Tags-[${hbtag(r)}] Digest-${hbdig(r)} Operator-${r.next() < 0.6 ? `robot$${r.pick(['ci', 'shop+deployer'])}` : r.pick(PEOPLE)} OccurAt-${ymd(r)} ${hms(r)}`; }),
    t(2, (r) => `${hb(r, 'core', 'WARNING', '/core/controllers/base.go:117', true)}Error occurred in UserLogin: Failed to authenticate user, due to error '${r.pick(['Invalid credentials', 'Invalid credentials', 'LDAP connection error'])}'`),
    t(3, (r) => `${hb(r, 'core', 'INFO', '/server/middleware/security/robot.go:71', true)}a robot security context generated for request ${r.next() < 0.7 ? 'GET' : r.pick(['HEAD', 'PUT', 'POST'])} ${r.pick(['/service/token', `/v2/${hbrepo(r)}/manifests/${hbtag(r)}`, `/v2/${hbrepo(r)}/blobs/${hbdig(r)}`, '/api/v2.0/projects'])}`),
    t(1.5, (r) => `${hb(r, 'core', 'ERROR', '/controller/scan/base_controller.go:297', true)}scan artifact ${hbrepo(r)}@${hbdig(r)} failed: ${r.pick(['no available scanner', 'scanner Trivy is unhealthy: Get "http://trivy-adapter:8080/probe/healthy": dial tcp 172.18.0.9:8080: connect: connection refused', 'scan job already exists'])}`),
    t(5, (r) => { const j = skew(r, HBJOBS, 0.3); return `${hb(r, 'jobservice', 'INFO', '/jobservice/worker/cworker/c_worker.go:77')}Job incoming: ${JSON.stringify({ name: j, id: hbjid(r), t: epoch(r), args: j === 'IMAGE_SCAN' ? null : { trigger: r.pick(['MANUAL', 'SCHEDULE', 'EVENT']) } })}`; }),
    t(4, (r) => `${hb(r, 'jobservice', 'INFO', '/jobservice/runner/redis.go:138')}Job '${skew(r, HBJOBS, 0.3)}:${hbjid(r)}' exit with success`),
    t(1, (r) => `${hb(r, 'jobservice', 'ERROR', '/jobservice/runner/redis.go:121')}Job '${skew(r, HBJOBS, 0.3)}:${hbjid(r)}' exit with error: ${r.pick(['run error: context deadline exceeded', 'run error: failed to pull image: unauthorized', 'run error: http status code: 500, body: {"errors":[{"code":"UNKNOWN","message":"internal error"}]}'])}`),
    t(2, (r) => `${hb(r, 'jobservice', 'WARNING', '/jobservice/hook/hook_agent.go:146')}Retry: sending hook event to ${r.pick(['http://core:8080/service/notifications/tasks/', 'http://core:8080/service/notifications/jobs/webhook/'])}${r.int(1, 90000)} error: ${r.pick(['context deadline exceeded', 'EOF', 'dial tcp 172.18.0.7:8080: connect: connection refused'])}`),
    t(1, (r) => `${hb(r, 'jobservice', 'INFO', '/jobservice/period/enqueuer.go:136')}Periodic job enqueuer: ${r.int(1, 12)} jobs enqueued for policy ${r.hex(24)}`),
    t(0.3, (r) => `${hb(r, 'core', 'INFO', '/core/main.go:184')}Version: ${r.pick(['v2.11.1', 'v2.12.0'])}, Git commit: ${r.hex(8)}`),
    t(0.3, (r) => `${hb(r, 'core', 'INFO', '/core/main.go:231')}Registering Trivy scanner: http://trivy-adapter:8080`),
    t(0.3, (r) => `${hb(r, 'jobservice', 'INFO', '/jobservice/runtime/bootstrap.go:258')}Server is started at :8080 with http`),
  ] },
  { name: 'velero', templates: [
    t(25, (r) => ve(r, 'info', 'Backing up item', 'pkg/backup/item_backupper.go:179', { backup: vebk(r), ...veitem(r) })),
    t(12, (r) => { const tot = r.int(40, 9000); return ve(r, 'info', `Backed up ${r.int(1, tot)} items out of an estimated total of ${tot} (estimate will change throughout the backup)`, 'pkg/backup/backup.go:499', { backup: vebk(r), ...veitem(r), progress: '' }); }),
    t(3, (r) => ve(r, 'info', 'Executing custom action', 'pkg/backup/item_backupper.go:376', { backup: vebk(r), ...veitem(r) })),
    t(2, (r) => ve(r, 'info', "Skipping item because it's already been backed up.", 'pkg/backup/item_backupper.go:163', { backup: vebk(r), ...veitem(r) })),
    t(1, (r) => ve(r, 'info', 'Setting up backup log', 'pkg/controller/backup_controller.go:671', { backup: vebk(r), controller: 'backup' })),
    t(1, (r) => ve(r, 'info', 'Setting up backup temp file', 'pkg/controller/backup_controller.go:693', { backup: vebk(r), controller: 'backup' })),
    t(1, (r) => ve(r, 'info', 'Setting up plugin manager', 'pkg/controller/backup_controller.go:700', { backup: vebk(r), controller: 'backup' })),
    t(1, (r) => ve(r, 'info', 'Getting backup item actions', 'pkg/controller/backup_controller.go:704', { backup: vebk(r), controller: 'backup' })),
    t(1, (r) => ve(r, 'info', 'Setting up backup store to check for backup existence', 'pkg/controller/backup_controller.go:714', { backup: vebk(r), controller: 'backup' })),
    t(1, (r) => ve(r, 'info', 'Writing backup version file', 'pkg/backup/backup.go:307', { backup: vebk(r) })),
    t(1, (r) => ve(r, 'info', `Including namespaces: ${r.next() < 0.6 ? '*' : [...new Set(some(r, ['shop', 'payments', 'monitoring'], 1, 3))].join(',')}`, 'pkg/backup/backup.go:267', { backup: vebk(r) })),
    t(1, (r) => ve(r, 'info', `Excluding namespaces: ${r.next() < 0.6 ? '<none>' : [...new Set(some(r, ['kube-system', 'velero', 'kube-public'], 1, 3))].join(',')}`, 'pkg/backup/backup.go:268', { backup: vebk(r) })),
    t(1, (r) => ve(r, 'info', 'Backup completed', 'pkg/controller/backup_controller.go:767', { backup: vebk(r), controller: 'backup' })),
    t(0.4, (r) => ve(r, 'error', 'backup failed', 'pkg/controller/backup_controller.go:327', { backup: vebk(r), controller: 'backup', error: pick(r, VEERR), 'error.file': '/go/src/github.com/vmware-tanzu/velero/pkg/controller/backup_controller.go:739', 'error.function': 'github.com/vmware-tanzu/velero/pkg/controller.(*backupReconciler).runBackup' })),
    t(2, (r) => ve(r, 'info', 'Validating BackupStorageLocation', 'pkg/controller/backup_storage_location_controller.go:152', { 'backup-storage-location': r.next() < 0.8 ? 'velero/default' : 'velero/offsite-b2', controller: 'backup-storage-location' })),
    t(2, (r) => ve(r, 'info', 'BackupStorageLocations is valid, marking as available', 'pkg/controller/backup_storage_location_controller.go:137', { 'backup-storage-location': r.next() < 0.8 ? 'velero/default' : 'velero/offsite-b2', controller: 'backup-storage-location' })),
    t(0.5, (r) => ve(r, 'error', 'fail to validate backup store', 'pkg/controller/backup_storage_location_controller.go:143', { 'backup-storage-location': r.next() < 0.5 ? 'velero/default' : 'velero/offsite-b2', controller: 'backup-storage-location', error: pick(r, VEERR), 'error.file': '/go/src/github.com/vmware-tanzu/velero/pkg/persistence/object_store.go:191', 'error.function': 'github.com/vmware-tanzu/velero/pkg/persistence.(*objectBackupStore).IsValid' })),
    t(2, (r) => ve(r, 'info', 'Checking for expired DeleteBackupRequests', 'pkg/controller/backup_deletion_controller.go:551', { controller: 'backup-deletion' })),
    t(1, (r) => ve(r, 'info', 'Backup has expired', 'pkg/controller/gc_controller.go:140', { backup: vebk(r), controller: 'gc', expiration: `${ymd(r)} ${hms(r)} +0000 UTC` })),
    t(0.5, (r) => ve(r, 'warning', `Volume ${r.pick(['docker-sock', 'host-logs', 'tmp'])} in pod ${r.pick(['monitoring', 'shop'])}/${r.pick(['node-exporter', 'promtail', 'shop-api'])}-${r.alnum(5)} is a hostPath volume which is not supported for pod volume backup, skipping`, 'pkg/util/podvolume/pod_volume.go:80', { backup: vebk(r), logger: 'podvolume' })),
    t(0.3, (r) => ve(r, 'info', `Starting Velero server ${r.pick(['v1.15.0', 'v1.14.1'])} (${r.hex(40)})`, 'pkg/cmd/server/server.go:256', {})),
  ] },
  { name: 'gelf-json', templates: [
    t(10, (r) => gl(r, 'INFO', 'com.example.fulfilment.picking.PickingService', 'createPickList', `Picking list PL-${r.int(100000, 999999)} created for order ${glorder(r)} with ${r.int(1, 12)} lines`, { orderId: glorder(r), warehouse: skew(r, ['LYS-1', 'LYS-1', 'HAM-2']), ...gltrace(r) })),
    t(8, (r) => { const c = glcarrier(r); return gl(r, 'INFO', 'com.example.fulfilment.shipping.ShipmentService', 'handOver', `Shipment ${glship(r)} handed over to carrier ${c}`, { carrier: c, parcels: r.int(1, 4), ...gltrace(r) }); }),
    t(6, (r) => gl(r, 'DEBUG', 'com.example.fulfilment.stock.ReservationService', 'confirm', `Stock reservation RSV-${r.int(1000000, 9999999)} confirmed for SKU ${glsku(r)} at location ${r.pick(['A', 'B', 'C', 'D'])}-${d2(r.int(1, 40))}-${d2(r.int(1, 9))}`, { ...gltrace(r) })),
    t(3, (r) => { const b = r.int(2, 20); return gl(r, 'WARN', 'com.example.fulfilment.stock.ReservationService', 'reserve', `Stock reservation RSV-${r.int(1000000, 9999999)} failed for SKU ${glsku(r)}: only ${r.int(0, b - 1)} of ${b} units available`, { orderId: glorder(r), ...gltrace(r) }); }),
    t(4, (r) => gl(r, 'INFO', 'com.example.fulfilment.labels.LabelPrinter', 'print', `Label printed on ${r.pick(GLPRINTERS)} for shipment ${glship(r)}`, { labelFormat: r.pick(['ZPL', 'ZPL', 'PDF']) })),
    t(2, (r) => { const c = glcarrier(r); return gl(r, 'WARN', 'com.example.fulfilment.carrier.CarrierClient', 'call', `Carrier API ${c} responded with HTTP ${r.pick([429, 500, 502, 503, 504])}, retrying in ${r.pick([250, 500, 1000, 2000, 4000])} ms`, { carrier: c, attempt: r.int(1, 4), ...gltrace(r) }); }),
    t(1, (r) => { const c = glcarrier(r); const s = glship(r); return gl(r, 'ERROR', 'com.example.fulfilment.shipping.ShipmentService', 'book', `Failed to book shipment ${s} with carrier ${c}`, { carrier: c, ...gltrace(r) }, glstack(r, `com.example.fulfilment.carrier.CarrierException: ${r.pick(['address validation failed: postal code does not match city', 'read timed out after 10000 ms', 'HTTP 400: {"code":"INVALID_WEIGHT","message":"Parcel weight exceeds 31.5 kg"}'])}`)); }),
    t(4, (r) => gl(r, 'INFO', 'com.example.fulfilment.events.OrderEventsListener', 'onMessage', `Received ${r.pick(['OrderPaid', 'OrderPaid', 'OrderCancelled', 'AddressChanged'])} event for order ${glorder(r)} (partition ${r.int(0, 11)}, offset ${r.int(100000, 9000000)})`, { topic: 'orders.events', ...gltrace(r) })),
    t(3, (r) => gl(r, 'DEBUG', 'com.example.fulfilment.carrier.RateCache', 'refresh', `Cache refreshed: ${r.int(40, 900)} carrier rates loaded in ${r.int(5, 900)} ms`)),
    t(2, (r) => gl(r, 'INFO', 'com.example.fulfilment.waves.WavePlanner', 'release', `Wave W-${ymd(r, '')}-${r.int(1, 40)} released with ${r.int(5, 300)} orders for zone ${r.pick(['Ambient', 'Small parts', 'Bulky goods', 'Returns'])}`, { warehouse: skew(r, ['LYS-1', 'LYS-1', 'HAM-2']) })),
    t(1, (r) => gl(r, 'WARN', 'com.example.fulfilment.persistence.SlowQueryInterceptor', 'afterQuery', `Slow query detected (${r.int(500, 9000)} ms): ${r.pick(['select p.id, p.sku, p.qty from pick_line p where p.pick_list_id = ? order by p.location', 'update stock_level set reserved = reserved + ? where sku = ? and location = ?', 'select count(*) from shipment s where s.status = ? and s.created_at > ?'])}`)),
    t(0.5, (r) => gl(r, 'ERROR', 'com.example.fulfilment.events.OrderEventsListener', 'onMessage', `Unexpected error while processing message ${r.uuid()}`, { topic: 'orders.events' }, `java.lang.IllegalStateException: order ${glorder(r)} is not in state PAID\n\tat com.example.fulfilment.picking.PickingService.createPickList(PickingService.java:${r.int(40, 300)})\n\tat com.example.fulfilment.events.OrderEventsListener.onMessage(OrderEventsListener.java:${r.int(40, 300)})`)),
    t(0.2, (r) => { const s = Number(r.float(6, 40, 3)); return gl(r, 'INFO', 'com.example.fulfilment.FulfilmentApplication', 'logStarted', `Started FulfilmentApplication in ${s} seconds (process running for ${(s + Number(r.float(0.4, 3, 3))).toFixed(3)})`, { _Thread: 'main' }); }),
    t(0.2, (r) => gl(r, 'INFO', 'org.springframework.boot.web.embedded.tomcat.TomcatWebServer', 'start', "Tomcat started on port 8080 (http) with context path '/'", { _Thread: 'main' })),
  ] },
  { name: 'filebeat', templates: [
    t(10, (r) => fb(r, 'info', 'monitoring', fbo('libbeat/monitoring/report/log.(*reporter).logSnapshot', 'log/log.go', 187), 'Non-zero metrics in the last 30s', {}, fbmetrics(r))),
    t(5, (r) => { const p = pick(r, FBPATHS); const s = fbsrc(r); return fb(r, 'info', 'input.filestream', fbo('filebeat/input/filestream.(*fileProspector).onFSEvent', 'filestream/prospector.go', 337), `A new file ${p} has been found`, { id: s.id, prospector: 'file_prospector', operation: 'create', source_name: s['state-id'], fingerprint: '', os_id: s['state-id'].slice(8), new_path: p, old_path: '' }); }),
    t(6, (r) => { const p = pick(r, FBPATHS); return fb(r, 'info', 'input.filestream', fbo('filebeat/input/filestream.(*filestream).readFromSource', 'filestream/input.go', 326), `File is inactive. Closing. Path='${p}'`, { ...fbsrc(r), path: p }); }),
    t(5, (r) => { const p = pick(r, FBPATHS); return fb(r, 'info', 'input.filestream', fbo('filebeat/input/filestream.(*filestream).readFromSource', 'filestream/input.go', 334), `Reader was closed. Closing. Path='${p}'`, { ...fbsrc(r), path: p }); }),
    t(4, (r) => fb(r, 'info', 'input.harvester', fbo('filebeat/input/filestream/internal/input-logfile.startHarvester.func1', 'input-logfile/harvester.go', 247), 'Starting harvester for file', fbsrc(r))),
    t(3, (r) => fb(r, 'info', 'input.harvester', fbo('filebeat/input/filestream/internal/input-logfile.startHarvester.func1.1', 'input-logfile/harvester.go', 257), 'Stopped harvester for file', fbsrc(r))),
    t(1.5, (r) => { const p = pick(r, FBPATHS); return fb(r, 'info', 'input.filestream', fbo('filebeat/input/filestream.(*fileProspector).onFSEvent', 'filestream/prospector.go', 367), `File ${p} has been truncated setting offset to 0`, { ...fbsrc(r), operation: 'truncate' }); }),
    t(1, (r) => { const p = pick(r, FBPATHS); return fb(r, 'info', 'input.filestream', fbo('filebeat/input/filestream.(*fileProspector).onFSEvent', 'filestream/prospector.go', 355), `File ${p} has been removed`, { ...fbsrc(r), operation: 'delete' }); }),
    t(2, (r) => fb(r, 'info', 'publisher_pipeline_output', fbo('libbeat/publisher/pipeline.(*netClientWorker).run', 'pipeline/client_worker.go', 138), `Connecting to backoff(elasticsearch(${skew(r, FBES)}))`)),
    t(2, (r) => fb(r, 'info', 'publisher_pipeline_output', fbo('libbeat/publisher/pipeline.(*netClientWorker).run', 'pipeline/client_worker.go', 146), `Connection to backoff(elasticsearch(${skew(r, FBES)})) established`)),
    t(1, (r) => { const u = skew(r, FBES); return fb(r, 'error', 'publisher_pipeline_output', fbo('libbeat/publisher/pipeline.(*netClientWorker).run', 'pipeline/client_worker.go', 149), `Failed to connect to backoff(elasticsearch(${u})): ${r.pick([`Get "${u}": dial tcp 10.0.6.${r.int(11, 13)}:9200: connect: connection refused`, `Get "${u}": context deadline exceeded`, '401 Unauthorized: {"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate user [filebeat_writer] for REST request [/]"}],"type":"security_exception","status":401}'])}`); }),
    t(1, (r) => fb(r, 'info', 'publisher_pipeline_output', fbo('libbeat/publisher/pipeline.(*netClientWorker).run', 'pipeline/client_worker.go', 131), `Attempting to reconnect to backoff(elasticsearch(${skew(r, FBES)})) with ${r.int(1, 40)} reconnect attempt(s)`)),
    t(1.5, (r) => fb(r, 'warn', 'elasticsearch', fbo('libbeat/outputs/elasticsearch.(*Client).bulkCollectPublishFails', 'elasticsearch/client.go', 455), `Cannot index event (status=${r.pick([400, 400, 403, 409])}): dropping event! Enable debug logs to view the event and cause.`)),
    t(0.3, (r) => fb(r, 'info', 'crawler', fbo('filebeat/beater.(*crawler).Start', 'beater/crawler.go', 117), `Loading and starting Inputs completed. Enabled inputs: ${r.int(1, 4)}`)),
    t(0.2, (r) => fb(r, 'info', 'beat', fbo('libbeat/cmd/instance.(*Beat).configure', 'instance/beat.go', 853), 'Beat ID: ' + r.uuid())),
    t(0.2, (r) => { const h = r.next() < 0.7 ? '/usr/share/filebeat' : '/opt/filebeat'; return fb(r, 'info', 'beat', fbo('libbeat/cmd/instance.logSystemInfo', 'instance/beat.go', 1320), `Home path: [${h}] Config path: [${h}] Data path: [${h}/data] Logs path: [${h}/logs]`); }),
    t(0.2, (r) => fb(r, 'info', 'beat', fbo('libbeat/cmd/instance.(*Beat).launch', 'instance/beat.go', 531), 'filebeat start running.')),
    t(0.2, (r) => fb(r, 'info', 'beat', fbo('filebeat/beater.(*Filebeat).Stop', 'beater/filebeat.go', 526), 'Stopping filebeat')),
  ] },
  { name: 'storage-protect-dsmsched', templates: [
    t(25, (r) => `${tsd(r)}${tsobj('Normal File-->', tsfsize(r))} ${pick(r, TSFILES)} [Sent]`),
    t(8, (r) => `${tsd(r)}${tsobj('Directory-->', r.next() < 0.8 ? 4096 : r.pick([0, 8192, 12288]))} ${pick(r, TSDIRS)} [Sent]`),
    t(4, (r) => `${tsd(r)}${tsobj('Updating-->', tsfsize(r))} ${pick(r, TSFILES)} [Sent]`),
    t(3, (r) => `${tsd(r)}${tsobj('Expiring-->', tsfsize(r))} ${pick(r, TSFILES)} [Sent]`),
    t(1, (r) => `${tsd(r)}Retry # ${r.int(1, 3)}  ${tsobj('Normal File-->', tsfsize(r))} ${pick(r, TSFILES)} [Sent]`),
    t(2, (r) => `${tsd(r)}ANS1898I ***** Processed ${comma(r.int(1, 400) * 500).padStart(9)} files *****`),
    t(1, (r) => `${tsd(r)}ANS4037E Object '${pick(r, TSFILES)}' changed during processing. Object skipped.`),
    t(1, (r) => `${tsd(r)}ANS1228E Sending of object '${pick(r, TSFILES)}' failed.`),
    t(0.5, (r) => `${tsd(r)}ANS1802E Incremental backup of '${r.pick(TSFS)}' finished with ${r.int(1, 40)} failure(s)`),
    t(0.6, (r) => `${tsd(r)}Successful incremental backup of '${r.pick(TSFS)}'`),
    t(0.6, (r) => `${tsd(r)}Incremental backup of volume '${r.pick(TSFS)}'`),
    t(0.4, (r) => `${tsd(r)}--- SCHEDULEREC QUERY BEGIN`),
    t(0.4, (r) => `${tsd(r)}--- SCHEDULEREC QUERY END`),
    t(0.4, (r) => `${tsd(r)}Next operation scheduled:`),
    t(0.4, (r) => `${tsd(r)}Schedule Name:         ${r.pick(TSSCHED)}`),
    t(0.4, (r) => `${tsd(r)}Action:                ${r.next() < 0.85 ? 'Incremental' : 'Selective'}`),
    t(0.4, (r) => `${tsd(r)}Executing scheduled command now.`),
    t(0.4, (r) => `${tsd(r)}${tssum('Total number of objects inspected:', comma(r.int(1000, 900000)))}`),
    t(0.4, (r) => `${tsd(r)}${tssum('Total number of objects backed up:', comma(r.int(0, 9000)))}`),
    t(0.4, (r) => `${tsd(r)}${tssum('Total number of objects expired:', comma(r.int(0, 900)))}`),
    t(0.4, (r) => `${tsd(r)}${tssum('Total number of objects failed:', comma(r.next() < 0.7 ? 0 : r.int(1, 40)))}`),
    t(0.4, (r) => `${tsd(r)}${tssum('Total number of bytes transferred:', r.next() < 0.5 ? `${r.float(1, 999, 2)} MB` : `${r.float(1, 90, 2)} GB`)}`),
    t(0.4, (r) => `${tsd(r)}${tssum('Data transfer time:', `${comma(r.int(0, 9000))}.${d2(r.int(0, 99))} sec`)}`),
    t(0.4, (r) => `${tsd(r)}${tssum('Elapsed processing time:', `${d2(r.int(0, 5))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`)}`),
  ] },
  { name: 'uvicorn', templates: [
    t(30, (r) => { const [st, ph] = uvst(r, [200, 'OK']); return `${uv('INFO')}${uvpeer(r)} - "GET ${pick(r, UVGET)} HTTP/1.1" ${st} ${ph}`; }),
    t(8, (r) => { const [st, ph] = uvst(r, [201, 'Created']); return `${uv('INFO')}${uvpeer(r)} - "POST ${r.pick(['/api/v1/orders', '/api/v1/orders', '/api/v1/auth/token', '/api/v1/carts/checkout', `/api/v1/orders/${r.int(1, 900000)}/refunds`])} HTTP/1.1" ${st} ${ph}`; }),
    t(3, (r) => { const [st, ph] = uvst(r, [200, 'OK']); return `${uv('INFO')}${uvpeer(r)} - "PUT /api/v1/orders/${r.int(1, 900000)}/shipping-address HTTP/1.1" ${st} ${ph}`; }),
    t(2, (r) => { const [st, ph] = uvst(r, [200, 'OK']); return `${uv('INFO')}${uvpeer(r)} - "PATCH /api/v1/orders/${r.int(1, 900000)} HTTP/1.1" ${st} ${ph}`; }),
    t(1.5, (r) => { const [st, ph] = uvst(r, [204, 'No Content']); return `${uv('INFO')}${uvpeer(r)} - "DELETE /api/v1/carts/${r.uuid()}/items/${r.int(1, 40)} HTTP/1.1" ${st} ${ph}`; }),
    t(0.5, (r) => `${uv('INFO')}${uvpeer(r)} - "HEAD / HTTP/1.1" ${r.next() < 0.7 ? '404 Not Found' : '405 Method Not Allowed'}`),
    t(2, (r) => `${uv('INFO')}('${r.next() < 0.85 ? lan(r, '10.42') : r.ip()}', ${port(r)}) - "WebSocket /ws/orders/${r.int(1, 900000)}" [accepted]`),
    t(0.5, (r) => `${uv('INFO')}('${r.next() < 0.85 ? lan(r, '10.42') : r.ip()}', ${port(r)}) - "WebSocket /ws/orders/${r.int(1, 900000)}" 403`),
    t(2, () => `${uv('INFO')}connection open`),
    t(2, () => `${uv('INFO')}connection closed`),
    t(1, () => `${uv('WARNING')}Invalid HTTP request received.`),
    t(0.5, () => `${uv('WARNING')}Unsupported upgrade request.`),
    t(0.8, () => `${uv('ERROR')}Exception in ASGI application`),
    t(0.2, (r) => `${uv('INFO')}Started server process [${r.int(7, 90)}]`),
    t(0.2, () => `${uv('INFO')}Waiting for application startup.`),
    t(0.2, () => `${uv('INFO')}Application startup complete.`),
    t(0.2, (r) => `${uv('INFO')}Uvicorn running on http://0.0.0.0:${r.pick([8000, 8000, 8080])} (Press CTRL+C to quit)`),
    t(0.2, () => `${uv('INFO')}Shutting down`),
    t(0.2, () => `${uv('INFO')}Waiting for application shutdown.`),
    t(0.2, () => `${uv('INFO')}Application shutdown complete.`),
    t(0.2, (r) => `${uv('INFO')}Finished server process [${r.int(7, 90)}]`),
  ] },
  { name: 'sysmon-xml', templates: [
    t(10, (r) => { const p = sxproc(r); const par = sxproc(r); const u = sxuser(r); return sx(r, 1, 5, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['Image', p.image], ['FileVersion', p.ver], ['Description', p.desc], ['Product', p.product], ['Company', p.company], ['OriginalFileName', p.orig], ['CommandLine', p.cmd(r)], ['CurrentDirectory', r.pick(['C:\\Windows\\system32\\', `C:\\Users\\${r.pick(PEOPLE)}\\`, 'C:\\ProgramData\\ops\\'])], ['User', u], ['LogonGuid', sxguid(r)], ['LogonId', `0x${r.hex(r.int(3, 8))}`], ['TerminalSessionId', r.int(0, 3)], ['IntegrityLevel', r.pick(['Medium', 'High', 'System'])], ['Hashes', sxhashes(r)], ['ParentProcessGuid', sxguid(r)], ['ParentProcessId', r.int(300, 40000)], ['ParentImage', par.image], ['ParentCommandLine', par.cmd(r)], ['ParentUser', sxuser(r)]]); }),
    t(12, (r) => { const p = sxproc(r); const out = r.next() < 0.85; const v6 = r.next() < 0.1; const rem = v6 ? `2606:4700::${r.hex(4)}` : r.next() < 0.5 ? lan(r, '10.0') : r.ip(); const loc = v6 ? `fe80::${r.hex(4)}:${r.hex(4)}` : `10.0.${r.int(1, 9)}.${r.int(2, 250)}`; const rp = r.pick([443, 443, 80, 445, 53, 3389, 5985]); return sx(r, 3, 5, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['Image', p.image], ['User', sxuser(r)], ['Protocol', rp === 53 ? 'udp' : 'tcp'], ['Initiated', out ? 'true' : 'false'], ['SourceIsIpv6', v6 ? 'true' : 'false'], ['SourceIp', out ? loc : rem], ['SourceHostname', out ? r.pick(SXHOSTS) : '-'], ['SourcePort', out ? port(r) : rp], ['SourcePortName', out ? '-' : ({ 443: 'https', 80: 'http', 445: 'microsoft-ds', 53: 'domain', 3389: 'ms-wbt-server', 5985: '-' } as Record<number, string>)[rp]], ['DestinationIsIpv6', v6 ? 'true' : 'false'], ['DestinationIp', out ? rem : loc], ['DestinationHostname', r.next() < 0.5 ? '-' : r.pick(SXDOMS)[0]], ['DestinationPort', out ? rp : port(r)], ['DestinationPortName', out ? ({ 443: 'https', 80: 'http', 445: 'microsoft-ds', 53: 'domain', 3389: 'ms-wbt-server', 5985: '-' } as Record<number, string>)[rp] : '-']]); }),
    t(8, (r) => sx(r, 5, 3, [['RuleName', '-'], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['Image', sxproc(r).image], ['User', sxuser(r)]])),
    t(6, (r) => { const p = sxproc(r); const dll = r.pick([['C:\\Windows\\System32\\amsi.dll', 'Anti-Malware Scan Interface', 'amsi.dll'], ['C:\\Windows\\System32\\wininet.dll', 'Internet Extensions for Win32', 'wininet.dll'], ['C:\\Windows\\System32\\samlib.dll', 'SAM Library DLL', 'SAMLib.DLL'], ['C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\clr.dll', 'Microsoft .NET Runtime Common Language Runtime - WorkStation', 'clr.dll']]); return sx(r, 7, 3, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['Image', p.image], ['ImageLoaded', dll[0]], ['FileVersion', '10.0.22621.3672 (WinBuild.160101.0800)'], ['Description', dll[1]], ['Product', dll[0].includes('Framework') ? 'Microsoft® .NET Framework' : MSW], ['Company', 'Microsoft Corporation'], ['OriginalFileName', dll[2]], ['Hashes', sxhashes(r)], ['Signed', 'true'], ['Signature', 'Microsoft Windows'], ['SignatureStatus', 'Valid'], ['User', sxuser(r)]]); }),
    t(1, (r) => sx(r, 8, 2, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['SourceProcessGuid', sxguid(r)], ['SourceProcessId', r.int(300, 40000)], ['SourceImage', r.pick(['C:\\Windows\\System32\\csrss.exe', 'C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\Common7\\IDE\\devenv.exe'])], ['TargetProcessGuid', sxguid(r)], ['TargetProcessId', r.int(300, 40000)], ['TargetImage', sxproc(r).image], ['NewThreadId', r.int(1000, 40000)], ['StartAddress', `0x${hexUp(r, 16)}`], ['StartModule', r.next() < 0.5 ? '-' : 'C:\\Windows\\System32\\KERNELBASE.dll'], ['StartFunction', r.next() < 0.5 ? '-' : 'CtrlRoutine'], ['SourceUser', sxuser(r)], ['TargetUser', sxuser(r)]])),
    t(3, (r) => sx(r, 10, 3, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['SourceProcessGUID', sxguid(r)], ['SourceProcessId', r.int(300, 40000)], ['SourceThreadId', r.int(1000, 40000)], ['SourceImage', r.pick(['C:\\Windows\\system32\\wbem\\wmiprvse.exe', 'C:\\Program Files\\Windows Defender Advanced Threat Protection\\MsSense.exe', 'C:\\Windows\\System32\\svchost.exe'])], ['TargetProcessGUID', sxguid(r)], ['TargetProcessId', r.int(300, 40000)], ['TargetImage', r.pick(['C:\\Windows\\system32\\lsass.exe', 'C:\\Windows\\system32\\csrss.exe', sxproc(r).image])], ['GrantedAccess', `0x${r.pick(['1000', '1010', '1410', '1fffff', '101000'])}`], ['CallTrace', `C:\\Windows\\SYSTEM32\\ntdll.dll+${r.hex(5)}|C:\\Windows\\System32\\KERNELBASE.dll+${r.hex(5)}|${r.next() < 0.5 ? 'UNKNOWN(' + hexUp(r, 16) + ')' : 'C:\\Windows\\System32\\wbem\\cimwin32.dll+' + r.hex(5)}`], ['SourceUser', sxuser(r)], ['TargetUser', 'NT AUTHORITY\\SYSTEM']])),
    t(8, (r) => { const u = r.pick(PEOPLE); return sx(r, 11, 2, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['Image', sxproc(r).image], ['TargetFilename', r.pick([`C:\\Users\\${u}\\AppData\\Local\\Temp\\${r.hex(8)}.tmp`, `C:\\Users\\${u}\\Downloads\\${r.pick(['invoice 4711.pdf', 'setup-x64.msi', 'Q4 report (final).xlsx'])}`, `C:\\Windows\\Prefetch\\${r.pick(['CHROME.EXE', 'POWERSHELL.EXE', 'CODE.EXE'])}-${hexUp(r, 8)}.pf`, `C:\\ProgramData\\ops\\logs\\inventory-${ymd(r, '')}.json`])], ['CreationUtcTime', sxut(r)], ['User', sxuser(r)]]); }),
    t(4, (r) => sx(r, 12, 2, [['RuleName', sxrule(r)], ['EventType', r.next() < 0.7 ? 'CreateKey' : 'DeleteKey'], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['Image', sxproc(r).image], ['TargetObject', pick(r, SXREG)], ['User', sxuser(r)]])),
    t(8, (r) => sx(r, 13, 2, [['RuleName', sxrule(r)], ['EventType', 'SetValue'], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['Image', sxproc(r).image], ['TargetObject', pick(r, SXREG)], ['Details', r.pick([`DWORD (0x0000000${r.int(0, 4)})`, `QWORD (0x${r.hex(8)}-0x${r.hex(8)})`, '"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe" /background', 'Binary Data'])], ['User', sxuser(r)]])),
    t(8, (r) => { const [q, res] = r.pick(SXDOMS); return sx(r, 22, 5, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['QueryName', q], ['QueryStatus', res === '-' ? '9003' : '0'], ['QueryResults', res], ['Image', sxproc(r).image], ['User', sxuser(r)]]); }),
    t(2, (r) => sx(r, 23, 5, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['User', sxuser(r)], ['Image', sxproc(r).image], ['TargetFilename', `C:\\Users\\${r.pick(PEOPLE)}\\AppData\\Local\\Temp\\${r.pick(['setup', 'update', 'chrome_installer'])}-${r.hex(6)}.exe`], ['Hashes', sxhashes(r)], ['IsExecutable', 'true'], ['Archived', r.next() < 0.8 ? 'true' : 'false']])),
    t(0.6, (r) => sx(r, 26, 5, [['RuleName', sxrule(r)], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['User', sxuser(r)], ['Image', sxproc(r).image], ['TargetFilename', `C:\\Users\\${r.pick(PEOPLE)}\\AppData\\Local\\Temp\\${r.hex(8)}.tmp`], ['Hashes', sxhashes(r)], ['IsExecutable', 'false']])),
    t(1, (r) => sx(r, 17, 1, [['RuleName', sxrule(r)], ['EventType', 'CreatePipe'], ['UtcTime', sxut(r)], ['ProcessGuid', sxguid(r)], ['ProcessId', r.int(300, 40000)], ['PipeName', r.pick([`\\PSHost.${r.int(1e17, 9e17)}.${r.int(300, 40000)}.DefaultAppDomain.powershell`, `\\mojo.${r.int(300, 40000)}.${r.int(300, 40000)}.${r.int(1e17, 9e17)}`, '\\LOCAL\\crashpad_' + r.int(300, 40000) + '_' + hexUp(r, 16)])], ['Image', sxproc(r).image], ['User', sxuser(r)]])),
    t(0.2, (r) => sx(r, 4, 3, [['UtcTime', sxut(r)], ['State', r.next() < 0.7 ? 'Started' : 'Stopped'], ['Version', r.pick(['15.15', '15.14'])], ['SchemaVersion', '4.90']])),
    t(0.2, (r) => sx(r, 16, 3, [['UtcTime', sxut(r)], ['Configuration', r.pick(['C:\\ProgramData\\sysmon\\sysmonconfig-export.xml', 'C:\\Windows\\sysmon-olaf.xml'])], ['ConfigurationFileHash', `SHA256=${hexUp(r, 64)}`]])),
  ] },
  { name: 'plex', templates: [
    t(12, (r) => { const [c] = r.pick(PXCLIENTS); return `${px(r, 'DEBUG')}Request: [${pxpeer(r)}] GET ${pick(r, PXGET)} (${r.int(1, 30)} live) ${pxreq(r)} ${r.next() < 0.6 ? 'GZIP ' : ''}Signed-in Token (${skew(r, PXUSERS, 0.3)}) (${c})`; }),
    t(10, (r) => `${px(r, 'DEBUG')}Completed: [${pxpeer(r)}] ${r.next() < 0.93 ? 200 : r.pick([304, 400, 401, 404, 500])} GET ${pick(r, PXGET)} (${r.int(1, 30)} live) ${pxreq(r)} ${r.next() < 0.6 ? 'GZIP ' : ''}${r.int(0, r.next() < 0.9 ? 90 : 9000)}ms ${r.int(100, 900000)} bytes (pipelined: ${r.int(1, 40)})`),
    t(4, (r) => { const [c] = r.pick(PXCLIENTS); return `${px(r, 'DEBUG')}Request: [${pxpeer(r)}] PUT ${pick(r, PXPUT)} (${r.int(1, 30)} live) ${pxreq(r)} Signed-in Token (${skew(r, PXUSERS, 0.3)}) (${c})`; }),
    t(3, (r) => `${px(r, 'DEBUG')}Completed: [${pxpeer(r)}] ${r.next() < 0.95 ? 200 : 400} PUT ${pick(r, PXPUT)} (${r.int(1, 30)} live) ${pxreq(r)} ${r.int(0, 90)}ms ${r.int(0, 900)} bytes (pipelined: ${r.int(1, 40)})`),
    t(1, (r) => { const [c] = r.pick(PXCLIENTS); return `${px(r, 'DEBUG')}Request: [${pxpeer(r)}] POST ${pick(r, PXPOST)} (${r.int(1, 30)} live) ${pxreq(r)} Signed-in Token (${skew(r, PXUSERS, 0.3)}) (${c})`; }),
    t(3, (r) => `${px(r, 'INFO')}[Now] User is ${skew(r, PXUSERS, 0.3)} (ID: ${r.int(1, 9)})`),
    t(3, (r) => { const [c, d] = r.pick(PXCLIENTS); return `${px(r, 'INFO')}[Now] Device is ${d} (${c}).`; }),
    t(3, (r) => `${px(r, 'DEBUG')}Play progress on ${r.int(1000, 90000)} '${r.pick(PXTITLES)}' - got played ${r.int(1000, 9000000)} ms by account ${r.int(1, 9)}!`),
    t(2, (r) => `${px(r, 'DEBUG')}Statistics: (${r.alnum(24)}) Reporting active playback in state '${r.pick(['playing', 'playing', 'paused', 'buffering'])}' of type '${r.pick(['video', 'video', 'music'])}' (scrobble: ${r.next() < 0.9 ? 0 : 1}) for account ${r.int(1, 9)}`),
    t(1.5, (r) => { const [n, name] = r.pick(PXSECTIONS); return `${px(r, 'INFO')}Refreshing section ${n} (${name}) of type: ${n === 2 ? 2 : n === 3 ? 8 : n === 5 ? 13 : 1}`; }),
    t(1.5, (r) => { const [n, name, dir] = r.pick(PXSECTIONS); return `${px(r, 'INFO')}Library section ${n} (${name}) will be updated because of a change in "${dir}/${r.pick(PXTITLES).replace(/[:']/g, '')}"`; }),
    t(2, (r) => `${px(r, 'DEBUG')}[Transcoder] [${r.pick(['hevc', 'h264'])} @ 0x${r.hex(12)}] Invalid NAL unit size (${r.int(1000, 90000)} > ${r.int(100, 9000)}).`),
    t(1.5, (r) => `${px(r, 'DEBUG')}MDE: Cannot direct stream audio stream due to profile or setting limitations`),
    t(3, (r) => `${px(r, 'DEBUG')}[HttpClient/HCl#${r.hex(2)}] HTTP requesting ${r.next() < 0.8 ? 'GET' : 'POST'} ${r.pick(['https://plex.tv/api/v2/user', 'https://plex.tv/api/v2/resources?includeHttps=1', `https://metadata.provider.plex.tv/library/metadata/${r.hex(24)}`, 'https://pubsub.plex.tv/pubsub'])}`),
    t(2, (r) => `${px(r, 'DEBUG')}[HttpClient/HCl#${r.hex(2)}] HTTP/2.0 (${r.float(0.1, 3, 1)}s) ${r.next() < 0.9 ? 200 : r.pick([401, 404, 503])} response from ${r.next() < 0.8 ? 'GET' : 'POST'} ${r.pick(['https://plex.tv/api/v2/user', `https://metadata.provider.plex.tv/library/metadata/${r.hex(24)}`])}`),
    t(0.8, (r) => `${px(r, 'WARN')}[Req#${r.hex(3)}] Denying access due to session lacking permission to transcode key /library/metadata/${r.int(1000, 90000)}`),
    t(0.6, (r) => `${px(r, 'ERROR')}Error issuing curl_easy_perform(handle): ${r.pick([6, 7, 28, 35])}`),
    t(0.5, (r) => `${px(r, 'INFO')}Butler: Starting task ${r.pick(['BackupDatabase', 'OptimizeDatabase', 'CleanOldBundles', 'CleanOldCacheFiles', 'RefreshLocalMedia', 'GenerateChapterThumbs', 'DeepMediaAnalysis'])}`),
    t(0.2, (r) => `${px(r, 'INFO')}Plex Media Server v${r.pick(['1.41.3.9314-a0bfb8370', '1.41.2.9200-c6bbc1b53'])} - Docker Docker Container x86_64 - build: linux-x86_64 debian - GMT 00:00`),
  ] },
];

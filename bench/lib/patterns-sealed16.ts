// Sixteenth sealed evaluation corpus for the template miner: written on 2026-12-07, before any
// miner change of the round after sealed15, by a helper that had read neither the miner
// (src/patterns/, test/patterns/) nor any per-system score of the other sets, nor README's
// template results, and ran no `git log`, `git show` or `git diff` against other commits (only
// `git rev-parse --short HEAD`, `git status` and `git diff --stat` of its own uncommitted edit of
// bench/patterns.ts; the worktree at /tmp/wt-s16 already existed at 54a6d0f when it started). It is
// meant to be scored like sealed5 to sealed15 (average and minimum only until a round ends, per
// system only at the end of that round). The lines are written from knowledge of the formats, not
// copied, with the variable parts drawn from the seeded RNG. Scored once, after it was written and
// before any miner change of its round (bench:patterns --lines 20000 --orders 5
// --sealed16-summary; src/patterns as at the worktree's HEAD commit 54a6d0f, nothing uncommitted
// under src/): average 0.723, minimum 0.007. Only the set's summary line was read (the run's
// output was filtered to the line naming this set). Nothing here was changed after it but this
// note.
// Formats in none of the other sets (checked against the system names in every
// bench/lib/patterns-*.ts and by grepping bench/lib for each product and for a telltale string of
// each format: `kong`, `apisix`, `handler.lua`, `[kong]`, `victoria`, `vmstorage`, `vminsert`,
// `vmselect`, `lib/storage`, `graylog`, `org.graylog`, `zimbra`, `zmmailbox`, `SoapEngine`,
// `idrac`, `LOG007`, `USR0030`, `RAC0`, `netapp`, `ontap`, `wafl.`, `callhome`, `autosupport`,
// `vpxd`, `vcenter`, `vpxa`, `VpxLRO`, `Originator@`, `sub=vpx`, `opID=`, `watchguard`, `Firebox`,
// `msg_id=`, `1-Trusted`, `wgcgi`, `Saving complete`, `teamspeak`, `ts3`, `VirtualServer`,
// `prosody`, `lighthouse`, `slot_notifier`, `finalized_checkpoint`, `Prysm`, `cometbft`,
// `tendermint`, `module=consensus`, `CallerId`, `ComApi`, `arangodb`, `ready for business`,
// `{general}`, `htcondor`, `condor`, `SchedD`, `SchedLog`, `ShadowLog`; `mailboxd` occurs only in
// sealed11's Exchange message tracking, `netapp` only inside an iSCSI IQN in sealed8, `c2s` only in
// sealed9's ejabberd lines, `WindowsUpdate` only as a client name or a host name, `rust` only as
// the language, `EMS` and `Committed` only inside other words or other products' text): Kong
// Gateway (nginx's error log with Kong's `[kong] file.lua:line [plugin]` and lua-resty-healthcheck
// lines, and the proxy access log with `kong_request_id`, as `docker logs` mixes them),
// VictoriaMetrics (single node and vmagent, tab-separated `time level file:line message`), the
// Graylog server's server.log (log4j2, `[SimpleClassName]`), Zimbra's mailbox.log (thread with the
// SOAP URL, `[name=...;mid=...;ip=...;]` context, category), Dell iDRAC remote syslog (`Severity:
// ..., Category: ..., MessageID: ..., Message: ...`), NetApp ONTAP EMS as `event log show` prints
// it (fixed columns: time, node, severity, event name), vCenter Server's vpxd.log
// (`[Originator@6876 sub=... opID=...]`, the VpxLRO BEGIN / FINISH records), WatchGuard Fireware
// syslog (serial number and ISO time after the host, `msg_id="..."`, packet fields and proxy
// key="value" lists), a Rust dedicated server's console log (no timestamps; uMod/Oxide lines
// included), the TeamSpeak 3 server (`|`-separated columns), Prosody (session id or host:module
// source column), a Lighthouse beacon node with its validator client (slog's compact `message
// key: value, ...`), CometBFT (`I[date|time] message module=... key=value`), WindowsUpdate.log as
// Get-WindowsUpdateLog decodes it (pid, tid and component columns), ArangoDB (`[pid] LEVEL [logid]
// {topic}`) and HTCondor (SchedLog `(pid:N)`, ShadowLog `(job) (pid):` and StartLog `slotN_M:`
// lines read together).
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed15: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - One statement, values in its wording, is one event: Kong's `[rate-limiting] failed to get
//   usage: <err>`, `[http-log] failed to process entries: <err>`, `plugin handler 'access' failed:
//   <err>`, the clustering `broken: <err> (retrying after N seconds)` and `worker process N exited
//   with code N`; VictoriaMetrics' `cannot scrape target ... the last error: <err>` (the error of
//   any length), `<sd_config>: added targets: ...`, the slow-query and `error in "<uri>": <err>`
//   lines; Graylog's `Input [<type>/<id>] is now <STATE>` (the state a value: one statement
//   whatever the state), `Caught exception during bulk indexing: <exception>, retrying (attempt
//   #N).`, `Failed to index [N] messages. ... Error: <text>`, the GC warning whatever the collector;
//   Zimbra's `imap - LOGIN failed: <reason>` and the `ID
//   elicited from client: <id list>` line; iDRAC's `Successfully logged in using <user>, from <ip>
//   and <interface>.` (GUI, SSH, REDFISH ... are values), the firmware update line whatever the
//   component, the JCP038 failure reason; ONTAP's `sms.status.out.of.sync` reason, the
//   `kern.uptime.filer` counters, `mgmtgwd.jobmgr.jobcomplete.failure` message; vpxd's `[VpxLRO] --
//   BEGIN <id> -- <object> -- <method> -- <session>` (the vim method is a value of the LRO record,
//   not a request line), `connection state changed from <a> to <b>`, the DRS reason, the SOAP
//   failure's `method:` and `code:`; WatchGuard's `Interface <if> link status changed to <up|down>`
//   (state a value), `was rejected, <reason>`, `logged out from <ip>, reason: <reason>`, the IKE
//   failure's `Reason=`; Rust's `disconnecting: <reason>`, `was killed by <killer> at <pos>` (an NPC,
//   trap or player alike), `died (<cause>)`, `[CHAT] <name>[<id>] : <text>`, `Kicking ... (<reason>)`
//   and `was flagged for <violation>: <n> at <pos>`; TeamSpeak's `client disconnected '<n>'(id:N)
//   reason '<key list>'` (a leave message, `connection lost` and a kick's invoker list are the one
//   statement's value); Prosody's `Client disconnected: <reason>` and `Stream encrypted (<ver>) with
//   <cipher>`; CometBFT's `service start` whatever its `impl`; WindowsUpdate's `ServiceID = {guid}
//   <name>`, `Title = <text>`, `*FAILED* [hr] Method failed [fn:line]`, `Library download error`;
//   ArangoDB's `Starting up with role <ROLE>`, the slow query and failed AQL query; HTCondor's
//   `Changing state and activity: <A/a> -> <B/b>`, `exited with status N` (100, 102, 107 ... are
//   values), `put on hold: <reason>` (free text).
// - Separate statements are separate events even where their wording differs by one word: Kong's
//   `connect() failed` / `upstream timed out` / `upstream prematurely closed connection`,
//   `unhealthy TCP increment` / `healthy SUCCESS increment`, `an upstream response is buffered` /
//   `a client request body is buffered`; VictoriaMetrics' `creating Storage snapshot` / `created
//   Storage snapshot`; Graylog's `Starting [...] periodical in [..], polling every [..].` /
//   `Starting [...] periodical, running forever.`, `Cycling from` / `Creating target index`, GELF
//   `has invalid "timestamp"` / `is missing mandatory "host" field`; Zimbra's SOAP request lines
//   (`soap - SearchRequest elapsed=N`, `soap - GetMsgRequest`, `soap - SendMsgRequest`, `soap -
//   AuthRequest`: the request name is the line's method, kept in the event as heldout's rule keeps
//   a request line's method), `Created` / `Removing ImapSession`, `Purging messages.` / `Purged N
//   messages ...`, `imap` / `pop` `authenticated` (the category differs); iDRAC's MessageIDs, each
//   an event with its constant severity and category (PSU0003 lost / PSU0033 restored, RDU0012 /
//   RDU0002, FAN0000 / FAN0005, TMP0120 / TMP0121, MEM0701 warning / MEM0702 critical with the same
//   wording, PDR1016 removed / PDR1001 installed / PDR1 fault, NIC100 down / NIC101 started,
//   SYS1000 / SYS1001 / SYS1003, USR0030 / USR0031 / USR0032 / USR0034, JCP037 / JCP038); ONTAP's
//   event names (`monitor.volume.nearlyFull` / `.full` / `.ok`, `vifmgr.portdown` / `portup`,
//   `raid.rg.recons.start` / `.done`, `jobcomplete.success` / `.failure`); vpxd's `-- BEGIN` /
//   `-- FINISH` / `-- ERROR` / `-- CANCELLED`, `Login succeeded` / `Login failed` / `has expired`;
//   WatchGuard's `Allow` / `Deny` packet lines and proxy lines (`ProxyAllow: HTTP request` /
//   `ProxyDeny: HTTP Request categories`), `was accepted` / `was rejected`, `logged in` / `log in
//   attempt was rejected`; Rust's `joined` / `has entered the game` / `disconnecting`, `Saving
//   complete` / `Saved N ents`, `Loaded` / `Unloaded plugin`; TeamSpeak's `channel ... created` /
//   `deleted` / `edited`, `added to` / `removed from servergroup`, `query client connected` /
//   `disconnected`; Prosody's `Outgoing` / `Incoming s2s connection ... complete`, `Failed in all
//   attempts`, `Resumed session` / `Hibernating session`; Lighthouse's `Successfully published
//   attestations` (unaggregated) / `Successfully published attestation` (aggregated) /
//   `Successfully published block`, `Synced` / `Syncing`; CometBFT's `received proposal` /
//   `received complete proposal block`, `Added peer` / `Stopping peer for error` / `Error dialing
//   peer`; WindowsUpdate's `* START *` / `* END *` of Agent's `Finding updates` and of ComApi's
//   `Search`, IdleTimer's `started` / `stopped`; ArangoDB's `Dropping` / `Creating local shard`,
//   `Failed server ... detected` / `Server ... is back`; HTCondor's `Started shadow` / `Shadow pid
//   ... exited`, `Job ... terminated` / `is being evicted`, `Got activate_claim request` / `Called
//   deactivate_claim_forcibly()`.
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event, so Kong's access log is two events, GET and POST. Inside nginx's error context
//   (`request: "PUT /cart HTTP/1.1"`) the method is a value, as are WatchGuard's `op="..."`,
//   Lighthouse's `method: ...` and every other method in a key list.
// - Levels, loggers, components, categories and prefixes are part of the event: nginx's `[level]`
//   and Kong's `[kong] file.lua` / `[lua] file.lua:line: fn():` prefix with its plugin name (the
//   line number is drawn from two or three values per statement, as versions differ, and is a
//   value), VictoriaMetrics' level and `file.go:line`, Graylog's level and class, Zimbra's level and
//   category, ONTAP's severity and event name, vpxd's level and `sub=`, WatchGuard's process name
//   and msg_id, TeamSpeak's level and component, Prosody's level, Lighthouse's level and `service:`
//   (a value of its key list but fixed per message), CometBFT's level letter, WindowsUpdate's
//   component, ArangoDB's level, log id and topic. Values: nginx's worker pid and `*connection`
//   number, the thread (with its SOAP URL) and context list of a Zimbra line, the iDRAC host, the
//   ONTAP node, vpxd's tid and opID (and `vmomi.soapStub[N]`'s index), WatchGuard's device name,
//   serial number, both timestamps, pid and policy name in parentheses, TeamSpeak's server id
//   column, Prosody's source column (a `c2s`/`s2sin`/`s2sout` session id or a `host:module`),
//   WindowsUpdate's pid and tid, ArangoDB's `[pid]`, HTCondor's `(pid:N)`, `(job) (pid):` and
//   `slotN_M:` prefixes.
// - Free text inside a fixed frame is a variable of varying length: Kong's plugin and upstream
//   errors, VictoriaMetrics' scrape, query and remote-write errors and PromQL text, Graylog's
//   exception text, the Zimbra client ID list, ONTAP's out-of-sync and job failure reasons,
//   vpxd's DRS reason and SQL error, WatchGuard's IKE reason and category, the Rust chat text,
//   TeamSpeak's kick and ban reasons, Lighthouse's `error:` values, CometBFT's `err=` values,
//   the WindowsUpdate title and criteria, ArangoDB's AQL text and failure, HTCondor's hold reason.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, ymd, ms3, usec, skew, port, pick, lan, bsd, b64, hexUp, PEOPLE } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const FIXED = new Rng(20261616);
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A number with thousands separators. */
const commas = (n: number) => n.toLocaleString("en-US");
/** A day in the corpus's window (as ymd draws it). */
const day = (r: Rng) => { const m = r.next() < 0.8 ? 12 : 11; const d = r.int(1, 28); return { m, d, mon: MONS[m - 1] }; };

// Kong Gateway (nginx's error log with Kong's `[kong] file.lua:line [plugin]` prefix, and the proxy access log, as `docker logs kong` shows them)
const kgt = (r: Rng) => `${ymd(r, '/')} ${hms(r)}`;
const kgw = (r: Rng) => skew(r, [1105, 1106, 1107, 1108], 0.4);
const kg = (r: Rng, lvl: string, conn = true) => `${kgt(r)} [${lvl}] ${kgw(r)}#0: ${conn ? `*${r.int(1, 900000)} ` : ''}`;
const KGHOSTS = ['api.shop.example.com', 'api.shop.example.com', 'api.shop.example.com', 'partners.example.com', 'auth.example.com'];
const KGPATHS = [
  (r: Rng) => `/orders/${r.int(10000, 999999)}`, () => '/orders', () => '/cart', (r: Rng) => `/catalog/items?page=${r.int(1, 30)}`, () => '/auth/token', (r: Rng) => `/v2/partners/${r.alnum(8)}/invoices`, () => '/health', (r: Rng) => `/catalog/items/${r.int(100, 9999)}`,
];
const kgpath = (r: Rng) => pick(r, KGPATHS);
const kgup = (r: Rng) => `10.0.2.${r.int(11, 40)}:${r.pick([8080, 8080, 3000, 9000])}`;
const kgctx = (r: Rng, method = r.pick(['GET', 'GET', 'POST', 'PUT'])) => { const p = kgpath(r); return `client: ${r.ip()}, server: kong, request: "${method} ${p} HTTP/1.1", upstream: "http://${kgup(r)}${p}", host: "${skew(r, KGHOSTS)}", request_id: "${r.hex(32)}"`; };
const kgclient = (r: Rng) => `client: ${r.ip()}, server: kong, request: "${r.pick(['GET', 'GET', 'POST'])} ${kgpath(r)} HTTP/1.1", host: "${skew(r, KGHOSTS)}", request_id: "${r.hex(32)}"`;
const kgtarget = (r: Rng) => { const ip = r.pick(['10.0.2.11', '10.0.2.12', '10.0.2.21', '10.0.2.22']); return `${ip}(${ip}:${r.pick([8080, 8080, 3000])})`; };
const kgclf = (r: Rng) => { const { d, mon } = day(r); return `[${d2(d)}/${mon}/2026:${hms(r)} +0000]`; };
const KGUA = ['curl/8.5.0', 'okhttp/4.12.0', 'python-requests/2.32.3', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'ShopApp/5.2.1 (iPhone; iOS 18.1; Scale/3.00)', 'Go-http-client/2.0'];
const KGUPS = ['orders.upstream', 'orders.upstream', 'catalog.upstream', 'auth.upstream'];
const KGLOGHOSTS = ['logs.example.com:443', 'http-intake.logs.example.net:443', '10.0.5.20:8080'];

// VictoriaMetrics (single-node and vmagent: `ISO-time<TAB>level<TAB>VictoriaMetrics/path/file.go:line<TAB>message`)
const vm = (r: Rng, lvl: string, file: string, line: number) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z\t${lvl}\tVictoriaMetrics/${file}:${line}\t`;
const vmsec = (r: Rng) => r.float(0.001, 9, 3);
const VMJOBS = ['node', 'node', 'cadvisor', 'kube-state-metrics', 'blackbox', 'postgres-exporter', 'nginx-exporter'];
const vmtarget = (r: Rng) => { const j = r.pick(VMJOBS); const p = { node: 9100, cadvisor: 8080, 'kube-state-metrics': 8081, blackbox: 9115, 'postgres-exporter': 9187, 'nginx-exporter': 9113 }[j] ?? 9100; const a = `10.0.${r.int(1, 6)}.${r.int(2, 250)}:${p}`; return { url: `http://${a}/${j === 'blackbox' ? 'probe' : 'metrics'}`, labels: `{instance="${a}",job="${j}"}`, a }; };
const VMQUERIES = ['sum(rate(http_requests_total[5m])) by (service)', 'histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))', 'up == 0', 'node_filesystem_avail_bytes{mountpoint="/"} / node_filesystem_size_bytes', 'topk(10, count by (__name__)({__name__=~".+"}))', 'rate(container_cpu_usage_seconds_total{namespace="shop"}[1m])'];
const vmpart = (r: Rng) => `${r.next() < 0.85 ? '2026_12' : '2026_11'}`;
const vmrem = (r: Rng) => `${lan(r, '10.0')}:${port(r)}`;

// Graylog server (server.log, log4j2: `ISO-time LEVEL [SimpleClassName] message`)
const gl = (r: Rng, lvl: string, cls: string) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z ${lvl.padEnd(5)} [${cls}] `;
const glidx = (r: Rng) => `${r.pick(['graylog', 'graylog', 'graylog', 'gl-events', 'gl-system-events', 'firewall'])}_${r.int(1, 480)}`;
const GLINPUTS = ['Syslog UDP', 'Syslog TCP', 'GELF UDP', 'GELF TCP', 'Beats', 'Raw/Plaintext TCP', 'GELF HTTP'];
const GLPERIODICALS = ['IndexRetentionThread', 'IndexRotationThread', 'ClusterHealthCheckThread', 'ThrottleStateUpdaterThread', 'ContentPackLoaderPeriodical', 'GarbageCollectionWarningThread', 'NodePingThread', 'IndexerClusterCheckerThread', 'ConfigurationManagementPeriodical', 'UserSessionTerminationPeriodical'];
const glnode = (r: Rng) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
const glsrc = (r: Rng) => `${r.next() < 0.8 ? lan(r, '10.0') : r.ip()}:${port(r)}`;

// Zimbra (mailbox.log: `date time,ms LEVEL [thread] [context;] category - message`)
const zm = (r: Rng, lvl: string, thread: string, ctx: string, cat: string) => `${ymd(r)} ${hms(r)},${ms3(r)} ${lvl.padEnd(5)} [${thread}] [${ctx}] ${cat} - `;
const ZMDOM = ['example.com', 'example.com', 'example.com', 'lists.example.com', 'sales.example.com'];
const zmacct = (r: Rng) => `${r.pick([...PEOPLE, 'j.smith', 'accounting', 'info', 'm.garcia', 'k.tanaka'])}@${skew(r, ZMDOM)}`;
const zmext = (r: Rng) => `${r.pick(['newsletter', 'noreply', 'bob.jones', 'support', 'billing', 'li.wei'])}@${r.pick(['gmail.com', 'partner.example.net', 'mailer.shopify.com', 'outlook.com', 'vendor.example.org'])}`;
const ZMUA = ['ZimbraWebClient - FF133 (Linux)/10.0.9_GA_4612', 'ZimbraWebClient - GC131 (Win)/10.0.9_GA_4612', 'ZimbraWebClient - SAF18 (Mac)/10.0.9_GA_4612', 'zclient/10.0.9_GA_4612', 'ZimbraConnectorForOutlook/9.0.0.1936'];
const zmqtp = (r: Rng, req: string) => `qtp${r.pick([1709804011, 1709804011, 2113748098])}-${r.int(100, 99999)}:https://mail.example.com/service/soap/${req}`;
const zmsoap = (r: Rng, acct = zmacct(r)) => `name=${acct};mid=${r.int(2, 900)};ip=${lan(r, '10.1')};port=${port(r)};ua=${r.pick(ZMUA)};soapId=${r.hex(8)};`;
const zmmid = (r: Rng) => `<${r.pick([`CA+${b64(r, 24)}@mail.gmail.com`, `${r.int(100000, 999999)}.${r.int(1e9, 9e9)}.JavaMail.zimbra@example.com`, `${r.hex(16)}@${r.pick(['mta1.example.com', 'partner.example.net'])}`])}>`;
const zmids = (r: Rng) => Array.from({ length: r.int(1, 6) }, () => r.int(200, 99999)).join(',');
const ZMFOLDERS: [number, string][] = [[2, 'Inbox'], [2, 'Inbox'], [2, 'Inbox'], [5, 'Sent'], [6, 'Drafts'], [4, 'Junk'], [3, 'Trash'], [257, 'Invoices'], [262, 'Projects']];

// Dell iDRAC (remote syslog: `Mmm dd hh:mm:ss host Severity: S, Category: C, MessageID: ID, Message: text`)
const IDHOSTS = ['idrac-r750-db01', 'idrac-r750-db01', 'idrac-r650-web03', 'idrac-r740xd-nas1', 'idrac-r6525-hv02'];
const id = (r: Rng, sev: string, cat: string, mid: string) => `${bsd(r)} ${skew(r, IDHOSTS, 0.3)} Severity: ${sev}, Category: ${cat}, MessageID: ${mid}, Message: `;
const IDUSERS = ['root', 'root', 'root', 'svc_openmanage', 'alice', 'dmitri', 'admin'];
const idip = (r: Rng) => (r.next() < 0.85 ? `10.0.1.${r.int(10, 60)}` : r.ip());
const idif = (r: Rng) => r.pick(['GUI', 'GUI', 'SSH', 'REDFISH', 'REDFISH', 'REDFISH', 'RACADM', 'IPMI']);
const idfan = (r: Rng) => `Fan ${r.int(1, 6)}${r.pick(['A', 'B'])}`;
const iddimm = (r: Rng) => `DIMM_${r.pick(['A', 'A', 'B'])}${r.int(1, 8)}`;
const idjid = (r: Rng) => `JID_${r.int(700000000000, 799999999999)}`;
const IDFW = [['BIOS', '2.21.2'], ['BIOS', '1.15.3'], ['iDRAC', '7.10.70.00'], ['PERC H755 Front', '52.26.0-5179'], ['Broadcom Adv. Dual 25Gb Ethernet', '22.91.5'], ['Power Supply', '00.24.6E']];

// NetApp ONTAP EMS (`event log show`: time, node, severity, event: message, in fixed columns)
const NANODES = ['cl1-01', 'cl1-01', 'cl1-02', 'cl1-03', 'cl1-04'];
const na = (r: Rng, sev: string, ev: string) => { const { m, d } = day(r); return `${m}/${d}/2026 ${hms(r)}  ${skew(r, NANODES, 0.35).padEnd(16)} ${sev.padEnd(13)} ${ev}: `; };
const NAVS = ['svm_nfs01', 'svm_nfs01', 'svm_cifs01', 'svm_iscsi', 'svm_dr'];
const navol = (r: Rng) => `${r.pick(['vol_home', 'vol_data01', 'vol_vmware_ds1', 'vol_sql_log', 'vol_backup', 'vol_projects', 'vol_scratch'])}${r.next() < 0.3 ? `_${r.int(1, 9)}` : ''}`;
const navolat = (r: Rng) => `${navol(r)}@vserver:${r.uuid()}`;
const naaggr = (r: Rng) => `aggr${r.int(1, 4)}_${r.pick(['cl1_01', 'cl1_02', 'cl1_03'])}_${r.pick(['SAS', 'SSD'])}`;
const naport = (r: Rng) => `e${r.int(0, 4)}${r.pick(['a', 'b', 'c', 'd'])}`;
const nadisk = (r: Rng) => `${r.int(1, 2)}.${r.int(0, 3)}.${r.int(0, 23)}`;

// vCenter Server vpxd (vpxd.log: `ISO-time level vpxd[tid] [Originator@6876 sub=X opID=Y] message`)
const vp = (r: Rng, lvl: string, sub: string, op = true) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z ${lvl} vpxd[${pad(r.int(1000, 99999), 5)}] [Originator@6876 sub=${sub}${op ? ` opID=${vpop(r)}` : ''}] `;
const vpop = (r: Rng) => pick(r, [
  (r: Rng) => `lro-${r.int(100000, 9999999)}-${r.hex(8)}`, (r: Rng) => `${r.alnum(8)}-${r.int(10000, 999999)}-auto-${r.alnum(4)}-h5:${r.int(70000000, 79999999)}-${r.hex(2)}`,
  (r: Rng) => `HB-host-${r.int(1000, 9999)}@${r.int(1000, 99999)}-${r.hex(8)}`, (r: Rng) => `${r.hex(8)}-${r.int(1, 90)}`,
]);
const VPMETHODS = ['vim.VirtualMachine.powerOn', 'vim.VirtualMachine.powerOff', 'vim.VirtualMachine.createSnapshot', 'vim.vm.Snapshot.remove', 'vim.VirtualMachine.reconfigure', 'vim.VirtualMachine.relocate', 'vim.VirtualMachine.clone', 'vim.SessionManager.login', 'vim.SessionManager.logout', 'vim.PropertyCollector.retrieveContents', 'vim.HostSystem.enterMaintenanceMode', 'vim.Datastore.refresh'];
const vpmo = (r: Rng) => pick(r, [(r: Rng) => `vm-${r.int(1000, 99999)}`, (r: Rng) => `vm-${r.int(1000, 99999)}`, (r: Rng) => `host-${r.int(1000, 9999)}`, (r: Rng) => `datastore-${r.int(10, 999)}`, () => 'SessionManager', () => 'propertyCollector']);
const vpsess = (r: Rng) => `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}(${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)})`;
const VPUSERS = ['VSPHERE.LOCAL\\Administrator', 'VSPHERE.LOCAL\\svc-veeam', 'VSPHERE.LOCAL\\vpxd-extension-' + FIXED.uuid(), 'EXAMPLE\\alice', 'EXAMPLE\\dmitri', 'VSPHERE.LOCAL\\svc-vrops'];
const vphost = (r: Rng) => `esx${pad(r.int(1, 24), 2)}.dc1.example.com`;
const VPFAULTS = ['vim.fault.InvalidState', 'vim.fault.FileNotFound', 'vim.fault.TaskInProgress', 'vim.fault.NoPermission', 'vim.fault.InsufficientResourcesFault', 'vmodl.fault.ManagedObjectNotFound', 'vim.fault.InvalidPowerState'];

// WatchGuard Firebox (Fireware syslog: `Mmm dd hh:mm:ss name serial (ISO-time) process: msg_id="..." ...`)
const FBOX = [['FBM370-HQ', '801002AB3F1C2'], ['FBM370-HQ', '801002AB3F1C2'], ['T45-BRANCH1', '10C3037AA9E41']];
const wg = (r: Rng, proc: string, mid: string) => { const [n, sn] = skew(r, FBOX); const { m, d, mon } = day(r); const tm = hms(r); return `${mon} ${d < 10 ? ' ' : ''}${d} ${tm} ${n} ${sn} (2026-${d2(m)}-${d2(d)}T${tm}) ${proc}: msg_id="${mid}" `; };
const wgin = (r: Rng) => `10.0.${r.pick([1, 1, 2, 3])}.${r.int(10, 250)}`;
const WGIFS = ['1-Trusted', '1-Trusted', '2-Optional-Guest', '3-DMZ', 'Firebox', 'BOVPN-Branch1'];
const wgtcp = (r: Rng) => `${r.int(40, 1500)} tcp 20 ${r.pick([63, 64, 127, 128])} ${wgin(r)} ${r.ip()} ${port(r)} ${r.pick([443, 443, 80, 993, 22, 3389])} offset ${r.pick([8, 10])} ${r.pick(['S', 'S', 'A', 'FA'])} ${r.int(1e8, 4e9)} win ${r.pick([64240, 65535, 29200, 8192])}`;
const WGPOL = ['Outgoing-proxy-00', 'HTTPS-proxy-00', 'HTTP-proxy-00', 'Allow-DNS-00', 'FTP-proxy-00', 'Ping-00', 'Unhandled External Packet-00', 'Unhandled Internal Packet-00', 'Blocked Sites-00', 'RDP-Jump-00'];
const WGSITES = ['www.google.com', 'login.microsoftonline.com', 'outlook.office365.com', 'slack.com', 'api.github.com', 'www.bbc.co.uk', 'update.googleapis.com', 'cdn.jsdelivr.net', 'teams.microsoft.com'];
const wguser = (r: Rng) => `${r.pick([...PEOPLE, 'j.smith', 'svc-scan'])}@${r.pick(['Firebox-DB', 'RADIUS', 'AD-EXAMPLE', 'AD-EXAMPLE'])}`;

// Rust dedicated server (Facepunch; console output as written to the log file, uMod/Oxide lines included)
const RUSTEAM = Array.from({ length: 16 }, () => `7656119${FIXED.int(800000000, 999999999)}${FIXED.int(0, 9)}`);
const RUNAMES = ['Ragnar', 'xX_Rampage_Xx', 'hana', 'Bob the Builder', 'nakedbob', 'Sigrid', 'ZERG LEADER', 'dmitri', 'Kofi', 'alice', 'Big Oof', 'tanky'];
const rupl = (r: Rng) => ({ id: r.pick(RUSTEAM), n: r.pick(RUNAMES) });
const ruaddr = (r: Rng) => `${r.ip()}:${port(r)}`;
const rupos = (r: Rng) => `(${r.float(-2000, 2000, 1)}, ${r.float(0, 80, 1)}, ${r.float(-2000, 2000, 1)})`;
const RUPLUGINS: [string, string, string][] = [['Vanish', '1.8.5', 'Whispers88'], ['ZoneManager', '3.1.3', 'k1lly0u'], ['Kits', '4.4.2', 'k1lly0u'], ['BetterChat', '5.2.13', 'LaserHydra'], ['Clans', '0.2.6', 'k1lly0u'], ['NTeleportation', '1.8.4', 'nivex'], ['GUIShop', '2.4.25', 'Khan'], ['RemoverTool', '4.3.43', 'Reneb/Fuji/Arainrr/Tryhard']];
const RUHOOKS = ['OnEntityTakeDamage', 'OnPlayerConnected', 'OnServerSave', 'OnEntitySpawned', 'OnPlayerChat', 'CanBuild', 'OnItemAddedToContainer'];
const RUKILLERS = ['scientistnpc_roam (ScientistNPC)', 'bear (Bear)', 'wolf (Wolf)', 'autoturret_deployed (AutoTurret)', 'guntrap.deployed (GunTrap)', 'patrolhelicopter (PatrolHelicopter)', 'Fall', 'Bleeding', 'Cold', 'Drowned'];
const RUEVENTS = ['assets/prefabs/npc/cargo plane/cargo_plane.prefab', 'assets/prefabs/npc/patrol helicopter/patrolhelicopter.prefab', 'assets/content/vehicles/boats/cargoship/cargoshiptest.prefab', 'assets/prefabs/npc/ch47/ch47scientists.entity.prefab', 'assets/prefabs/misc/xmas/xmasrefill.prefab'];

// TeamSpeak 3 server (`date time.usec|LEVEL   |Component    |sid|message`)
const ts = (r: Rng, lvl: string, comp: string, sid = true) => `${ymd(r)} ${hms(r)}.${usec(r)}|${lvl.padEnd(8)}|${comp.padEnd(14)}|${sid ? String(r.next() < 0.85 ? 1 : r.int(2, 3)).padEnd(3) : '   '}|`;
const TSNAMES = ['alice', 'Dmitri', 'xXSniperXx', 'raidlead_jo', 'bob', 'Kofi', 'TankMom', 'jules', 'hana [AFK]', 'Ragnar', 'Emeka'];
const tscl = (r: Rng) => `'${r.pick(TSNAMES)}'(id:${r.int(2, 400)})`;
const TSCHAN = ['Lobby', 'Gaming', 'Raid Night', 'AFK', 'Music', 'Team A', 'Team B', 'Dev Standup', 'Private Room 1'];
const TSGROUPS = [['Admin', 6], ['Server Admin', 6], ['Moderator', 9], ['Member', 10], ['Guest', 8], ['Raid Leader', 14]] as const;
const tsuid = (r: Rng) => `${b64(r, 27)}=`;

// Prosody (file log: `Mmm dd hh:mm:ss source  level  message`, source padded)
const pr = (r: Rng, src: string, lvl: string) => { const { d, mon } = day(r); return `${mon} ${d2(d)} ${hms(r)} ${src.length < 24 ? src.padEnd(24) : `${src} `}${lvl.padEnd(8)}`; };
const PRDOM = ['example.com', 'example.com', 'chat.example.org'];
const prjid = (r: Rng) => `${r.pick([...PEOPLE, 'j.smith', 'k.tanaka', 'lin'])}@${skew(r, PRDOM)}`;
const prsess = (r: Rng, kind: string) => `${kind}${r.hex(12)}`;
const PRREMOTE = ['jabber.org', 'conversations.im', 'xmpp.jp', 'jabber.ccc.de', 'movim.eu', 'matrix.org', 'yax.im', 'nonexistent.example'];

// Lighthouse beacon node and validator client (slog compact: `Mmm dd hh:mm:ss.mmm LEVL message  key: value, ...`)
const lh = (r: Rng, lvl: string, msg: string, kv: string) => { const { d, mon } = day(r); return `${mon} ${d2(d)} ${hms(r)}.${ms3(r)} ${lvl} ${msg.padEnd(36)} ${kv}`; };
const lhroot = (r: Rng) => `0x${r.hex(4)}…${r.hex(4)}`;
const lhslot = (r: Rng) => r.int(10300000, 10400000);
const lhidx = (r: Rng) => r.int(100000, 1200000);

// CometBFT (tm-log's plain format: `L[yyyy-mm-dd|hh:mm:ss.mmm] message (padded to 44) module=... key=value...`)
const cb = (r: Rng, lvl: string, msg: string, kv: string) => `${lvl}[${ymd(r)}|${hms(r)}.${ms3(r)}] ${msg.padEnd(44)} ${kv}`;
const cbh = (r: Rng) => r.int(21800000, 21900000);
const cbhash = (r: Rng) => hexUp(r, 64);
const cbpeer = (r: Rng) => `Peer{MConn{${r.ip()}:26656} ${r.hex(40)} ${r.next() < 0.5 ? 'out' : 'in'}}`;

// WindowsUpdate.log (Get-WindowsUpdateLog's decoding of the ETL traces: `yyyy/mm/dd hh:mm:ss.fffffff pid tid Component message`)
const wu = (r: Rng, comp: string) => `${ymd(r, '/')} ${hms(r)}.${pad(r.int(0, 9999999), 7)} ${String(r.int(800, 20000)).padEnd(5)} ${String(r.int(800, 30000)).padEnd(5)} ${comp.padEnd(15)} `;
const WUCALLERS = ['UpdateOrchestrator', 'UpdateOrchestrator', 'UpdateOrchestrator', 'MoUsoCoreWorker', 'Windows Defender', 'SR.Device Driver Retrieval Client', 'Microsoft.WindowsStore'];
const WUSVC = ['{9482F4B4-E343-43B6-B170-9A65BC822C77}', '{7971F918-A847-4430-9279-4A52D1EFE18D}', '{8B24B027-1DEE-BABB-9A95-3517DFB9C552}', '{855E8A7C-ECB4-4CA3-B045-1DFA50104289}'];
const wuguid = (r: Rng) => `{${r.uuid().toUpperCase()}}`;
const wucv = (r: Rng) => `${b64(r, 22)}.${r.int(1, 40)}.${r.int(1, 9)}`;
const WUTITLES = [
  (r: Rng) => `${r.pick(['2026-12', '2026-11'])} Cumulative Update for Windows 11 Version ${r.pick(['23H2', '24H2'])} for x64-based Systems (KB50${r.int(40000, 49999)})`,
  (r: Rng) => `Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.${r.int(419, 421)}.${r.int(100, 999)}.0) - Current Channel (Broad)`,
  (r: Rng) => `${r.pick(['2026-12', '2026-11'])} Cumulative Update for .NET Framework 3.5 and 4.8.1 for Windows 11, version 23H2 for x64 (KB50${r.int(40000, 49999)})`,
  (r: Rng) => `Intel Corporation - Display - 31.0.101.${r.int(4000, 5999)}`,
  (r: Rng) => `Windows Malicious Software Removal Tool x64 - v5.${r.int(128, 132)} (KB890830)`,
];
const WUHRESULTS = ['80072EE2', '80072EFE', '80244022', '8024402C', '80240438', '80072F8F'];

// ArangoDB (`ISO-time [pid] LEVEL [logid] {topic} message`)
const ar = (r: Rng, lvl: string, logid: string, topic: string) => `${ymd(r)}T${hms(r)}.${usec(r)}Z [${r.next() < 0.9 ? 1 : r.int(100, 9000)}] ${lvl} [${logid}] {${topic}} `;
const ARDBS = ['shop', 'shop', 'analytics', '_system', 'graphdb'];
const arserver = (r: Rng) => `${r.pick(['PRMR', 'PRMR', 'CRDN'])}-${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
const ARQUERIES = [
  'FOR o IN orders FILTER o.customer == @c SORT o.created DESC LIMIT 50 RETURN o',
  'FOR v, e IN 1..3 OUTBOUND @start follows RETURN v._key',
  'FOR d IN events COLLECT day = DATE_FORMAT(d.ts, "%yyyy-%mm-%dd") WITH COUNT INTO n RETURN {day, n}',
  'UPSERT { _key: @k } INSERT @doc UPDATE @doc IN carts',
  'FOR p IN products SEARCH ANALYZER(p.name IN TOKENS(@q, "text_en"), "text_en") RETURN p',
];

// HTCondor (SchedLog, ShadowLog and StartLog of an execute pool read together)
const hc = (r: Rng) => { const { m, d } = day(r); return `${d2(m)}/${d2(d)}/26 ${hms(r)} `; };
const hcpid = (r: Rng) => `(pid:${skew(r, [2311, 2311, 48122], 0.8)}) `;
const hcjob = (r: Rng) => `${r.int(180000, 260000)}.${r.next() < 0.7 ? 0 : r.int(1, 499)}`;
const hcslot = (r: Rng) => `slot1_${r.int(1, 64)}`;
const hcnode = (r: Rng) => `wn${pad(r.int(1, 180), 3)}.hpc.example.edu`;
const hcsinful = (r: Rng, host = hcnode(r)) => `<10.1.${r.int(1, 9)}.${r.int(2, 250)}:9618?addrs=10.1.${r.int(1, 9)}.${r.int(2, 250)}-9618&alias=${host}&noUDP&sock=${r.pick(['startd', 'schedd'])}_${r.int(1000, 9999)}_${r.hex(4)}>`;
const HCUSERS = ['alice', 'bob', 'cms_pilot', 'atlasprd', 'ligo', 'hana', 'osg01', 'icecube'];
const HCSTATES = [['Unclaimed/Idle', 'Claimed/Idle'], ['Claimed/Idle', 'Claimed/Busy'], ['Claimed/Busy', 'Preempting/Vacating'], ['Preempting/Vacating', 'Owner/Idle'], ['Owner/Idle', 'Unclaimed/Idle'], ['Claimed/Busy', 'Claimed/Idle']];


export const SEALED16_SYSTEMS: HeldoutSystem[] = [
  { name: 'kong', templates: [
    t(30, (r) => `${r.ip()} - - ${kgclf(r)} "GET ${kgpath(r)} HTTP/1.1" ${r.pick([200, 200, 200, 200, 304, 404, 401, 429, 502])} ${r.int(0, 60000)} "-" "${r.pick(KGUA)}" kong_request_id: "${r.hex(32)}"`),
    t(10, (r) => `${r.ip()} - - ${kgclf(r)} "POST ${kgpath(r)} HTTP/1.1" ${r.pick([200, 201, 201, 400, 401, 422, 429, 503])} ${r.int(0, 4000)} "-" "${r.pick(KGUA)}" kong_request_id: "${r.hex(32)}"`),
    t(3, (r) => `${kg(r, 'error')}connect() failed (111: Connection refused) while connecting to upstream, ${kgctx(r)}`),
    t(3, (r) => `${kg(r, 'error')}upstream timed out (110: Connection timed out) while reading response header from upstream, ${kgctx(r)}`),
    t(1, (r) => `${kg(r, 'error')}upstream prematurely closed connection while reading response header from upstream, ${kgctx(r)}`),
    t(2, (r) => `${kg(r, 'warn')}an upstream response is buffered to a temporary file /usr/local/kong/proxy_temp/${r.int(1, 9)}/${d2(r.int(0, 99))}/${pad(r.int(1, 9999), 10)} while reading upstream, ${kgctx(r, 'GET')}`),
    t(1.5, (r) => `${kg(r, 'warn')}a client request body is buffered to a temporary file /usr/local/kong/client_body_temp/${pad(r.int(1, 9999), 10)}, ${kgclient(r)}`),
    t(3, (r) => `${kg(r, 'info')}client closed connection while waiting for request, client: ${r.ip()}, server: 0.0.0.0:${r.pick([8000, 8443, 8443])}`),
    t(2, (r) => `${kg(r, 'error')}[kong] handler.lua:${r.pick([101, 103])} [rate-limiting] failed to get usage: ${r.pick(['connection refused', 'timeout', 'closed', 'no resolver defined to resolve "redis.shop.svc"'])}, ${kgclient(r)}`),
    t(2, (r) => `${kg(r, 'error')}[kong] handler.lua:${r.pick([82, 82, 86])} [http-log] failed to process entries: failed to connect to ${r.pick(KGLOGHOSTS)}: ${r.pick(['timeout', 'connection refused', 'no route to host'])}, context: ngx.timer`),
    t(2.5, (r) => `${kg(r, 'warn')}[lua] healthcheck.lua:${r.pick([1107, 1123])}: log(): [healthcheck] (${r.uuid()}:${skew(r, KGUPS)}) unhealthy TCP increment (${r.int(1, 3)}/3) for '${kgtarget(r)}', context: ngx.timer`),
    t(1.5, (r) => `${kg(r, 'warn')}[lua] healthcheck.lua:${r.pick([1107, 1123])}: log(): [healthcheck] (${r.uuid()}:${skew(r, KGUPS)}) healthy SUCCESS increment (${r.int(1, 2)}/2) for '${kgtarget(r)}', context: ngx.timer`),
    t(0.6, (r) => `${kg(r, 'error')}[lua] balancer.lua:${r.pick([368, 372])}: execute(): failed to get the next target: no healthy targets, ${kgclient(r)}`),
    t(0.8, (r) => `${kg(r, 'warn')}[kong] data_plane.lua:${r.pick([197, 203])} [clustering] connection to control plane wss://kong-cp.example.com:8005/v1/outlet broken: ${r.pick(['closed', 'timeout', 'failed to receive the first 2 bytes: closed'])} (retrying after ${r.int(5, 10)} seconds) [kong-cp.example.com:8005], context: ngx.timer`),
    t(0.8, (r) => `${kg(r, 'notice')}[kong] data_plane.lua:${r.pick([141, 141, 150])} [clustering] received reconfigure frame from control plane with timestamp: ${r.int(1764000000, 1765000000)}.${r.int(100, 999)}, context: ngx.timer`),
    t(0.3, (r) => `${kg(r, 'error')}[kong] init.lua:${r.pick([405, 405, 411])} [key-auth] plugin handler 'access' failed: ${r.pick(['attempt to index a nil value', 'timeout', 'failed to get from node cache: could not acquire callback lock: timeout'])}, ${kgclient(r)}`),
    t(0.3, (r) => `${kg(r, 'notice', false)}signal 17 (SIGCHLD) received from ${kgw(r)}`),
    t(0.3, (r) => `${kg(r, 'notice', false)}worker process ${kgw(r)} exited with code ${r.next() < 0.8 ? 0 : r.pick([1, 2])}`),
    t(0.2, (r) => `${kg(r, 'notice', false)}start worker process ${kgw(r)}`),
    t(0.1, (r) => `${kg(r, 'notice', false)}using the "epoll" event method`),
    t(0.1, (r) => { const n = r.pick([65536, 1048576, 1048576]); return `${kg(r, 'notice', false)}getrlimit(RLIMIT_NOFILE): ${n}:${n}`; }),
    t(0.1, (r) => `${kg(r, 'notice', false)}[kong] init.lua:${r.pick([786, 791])} declarative config loaded from /kong/declarative/kong.yml, context: init_worker_by_lua*`),
  ] },
  { name: 'victoriametrics', templates: [
    t(6, (r) => { const x = vmtarget(r); return `${vm(r, 'warn', 'lib/promscrape/scrapework.go', 387)}cannot scrape target "${x.url}" (${x.labels}) ${r.int(1, 20)} out of ${r.int(20, 40)} times during -promscrape.suppressScrapeErrorsDelay=0s; the last error: ${r.pick([`cannot read data: cannot scrape "${x.url}": Get "${x.url}": dial tcp ${x.a}: connect: connection refused`, `cannot read data: cannot scrape "${x.url}": Get "${x.url}": context deadline exceeded`, `the response from "${x.url}" exceeds -promscrape.maxScrapeSize=16777216; either reduce the response size for the target or increase -promscrape.maxScrapeSize`])}`; }),
    t(4, (r) => `${vm(r, 'info', 'lib/promscrape/scraper.go', 442)}${r.pick(['kubernetes_sd_configs', 'kubernetes_sd_configs', 'static_configs', 'file_sd_configs', 'consul_sd_configs'])}: added targets: ${r.int(0, 12)}, removed targets: ${r.int(0, 12)}; total targets: ${r.int(12, 400)}`),
    t(3, (r) => `${vm(r, 'info', 'lib/promscrape/config.go', 151)}started ${r.pick(['kubernetes_sd_configs', 'static_configs', 'file_sd_configs'])} service discovery routines in ${vmsec(r)} seconds`),
    t(3, (r) => `${vm(r, 'warn', 'app/vmselect/promql/exec.go', 61)}slow query according to -search.logSlowQueryDuration=5s: remoteAddr=${vmrem(r)}, duration=${r.float(5, 60, 3)} seconds; query="${r.pick(VMQUERIES)}"; start=${r.int(1764000000, 1765000000)}000, end=${r.int(1765000000, 1765200000)}000, step=${r.pick([15000, 30000, 60000, 300000])}`),
    t(2, (r) => `${vm(r, 'error', 'app/vmselect/main.go', 515)}error in "/api/v1/query_range?query=${encodeURIComponent(r.pick(VMQUERIES))}&start=${r.int(1764000000, 1765000000)}&end=${r.int(1765000000, 1765200000)}&step=${r.pick([15, 30, 60])}": ${r.pick(['cannot execute query: the number of matching timeseries exceeds 300000; either narrow down the search or increase -search.maxSeries', 'cannot parse "query" arg: unparsed data left: "by"', 'cannot execute query: deadline exceeded; increase -search.maxQueryDuration or narrow down the query'])}`),
    t(3, (r) => `${vm(r, 'warn', 'app/vmagent/remotewrite/client.go', 462)}couldn't send a block with size ${r.int(2000, 9000000)} bytes to "${r.int(1, 2)}:secret-url": Post "${r.pick(['http://vminsert.monitoring.svc:8480/insert/0/prometheus/api/v1/write', 'https://vm.example.com/api/v1/write'])}": ${r.pick(['context deadline exceeded', 'dial tcp 10.0.3.15:8480: connect: connection refused', 'read: connection reset by peer'])}; re-sending the block in ${r.float(1, 60, 3)} seconds`),
    t(1, (r) => `${vm(r, 'warn', 'app/vmagent/remotewrite/pendingseries.go', 226)}the queue for "${r.int(1, 2)}:secret-url" is full; dropping ${r.int(100, 90000)} samples; increase -remoteWrite.maxDiskUsagePerURL or -remoteWrite.queues`),
    t(2, (r) => `${vm(r, 'info', 'lib/storage/partition.go', 1283)}merged ${r.int(100, 90000000)} rows in ${vmsec(r)} seconds; rowsPerSecond: ${r.int(10000, 90000000)}; sourceParts: ${r.int(2, 15)}, destPart: "/victoria-metrics-data/data/${r.pick(['small', 'small', 'big'])}/${vmpart(r)}/${hexUp(r, 16)}"`),
    t(0.4, (r) => { const p = vmpart(r); return `${vm(r, 'info', 'lib/storage/partition.go', 214)}creating a partition "${p}" with smallPartsPath="/victoria-metrics-data/data/small/${p}", bigPartsPath="/victoria-metrics-data/data/big/${p}"`; }),
    t(0.5, (r) => `${vm(r, 'info', 'lib/mergeset/table.go', 331)}opened table "/victoria-metrics-data/indexdb/${hexUp(r, 16)}" in ${vmsec(r)} seconds; partsCount: ${r.int(1, 40)}; blocksCount: ${r.int(10, 90000)}; itemsCount: ${r.int(1000, 90000000)}; sizeBytes: ${r.int(10000, 900000000)}`),
    t(0.5, (r) => `${vm(r, 'warn', 'lib/storage/storage.go', 1879)}skipping ${r.int(1, 9000)} rows with timestamps outside the retention; minTimestamp=${r.int(1720000000, 1730000000)}000, maxTimestamp=${r.int(1765000000, 1765200000)}000; see -retentionPeriod`),
    t(0.8, (r) => `${vm(r, 'info', 'lib/storage/storage.go', 889)}creating Storage snapshot for "/victoria-metrics-data"...`),
    t(0.8, (r) => `${vm(r, 'info', 'lib/storage/storage.go', 961)}created Storage snapshot for "/victoria-metrics-data" at "/victoria-metrics-data/snapshots/${ymd(r, '')}${pad(r.int(0, 235959), 6)}-${hexUp(r, 16)}" in ${vmsec(r)} seconds`),
    t(0.2, (r) => `${vm(r, 'info', 'lib/storage/storage.go', 2540)}rotating indexdb: next generation ${hexUp(r, 16)} will be used after ${r.int(1, 3600)} seconds`),
    t(0.1, (r) => `${vm(r, 'info', 'lib/httpserver/httpserver.go', 120)}starting server at http://${r.pick(['127.0.0.1', '0.0.0.0'])}:${r.pick([8428, 8429])}/`),
    t(0.1, (r) => `${vm(r, 'info', 'app/victoria-metrics/main.go', 89)}started VictoriaMetrics in ${vmsec(r)} seconds`),
    t(0.1, (r) => `${vm(r, 'info', 'lib/logger/flag.go', 12)}build version: victoria-metrics-${ymd(r, '')}-${pad(r.int(0, 235959), 6)}-tags-v1.${r.int(100, 108)}.${r.int(0, 2)}-0-g${r.hex(9)}`),
    t(0.2, (r) => `${vm(r, 'info', 'app/vmselect/promql/rollup_result_cache.go', 134)}loaded rollupResult cache from "/victoria-metrics-data/cache/rollupResult" in ${vmsec(r)} seconds; entriesCount: ${r.int(0, 90000)}, sizeBytes: ${r.int(0, 900000000)}`),
  ] },
  { name: 'graylog-server', templates: [
    t(6, (r) => `${gl(r, 'WARN', 'GelfCodec')}GELF message <${r.uuid()}> (received from <${glsrc(r)}>) has invalid "timestamp": ${r.int(1764000000, 1765000000)}.${r.int(100, 999)}  (type: STRING)`),
    t(3, (r) => `${gl(r, 'WARN', 'GelfCodec')}GELF message <${r.uuid()}> (received from <${glsrc(r)}>) is missing mandatory "host" field.`),
    t(3, (r) => `${gl(r, 'INFO', 'MongoIndexRangeService')}Calculated range of [${glidx(r)}] in [${r.int(1, 2000)}ms].`),
    t(2, (r) => `${gl(r, 'INFO', 'CreateNewSingleIndexRangeJob')}Calculating ranges for index ${glidx(r)}.`),
    t(1.5, (r) => `${gl(r, 'INFO', 'AbstractRotationStrategy')}Deflector index <${r.pick(['Default index set', 'Firewall', 'Windows Events', 'Graylog Events'])}> (index set <${glidx(r)}>) should be rotated, Pointing deflector to new index now!`),
    t(1.5, (r) => `${gl(r, 'INFO', 'MongoIndexSet')}Cycling from <${glidx(r)}> to <${glidx(r)}>.`),
    t(1.5, (r) => `${gl(r, 'INFO', 'MongoIndexSet')}Creating target index <${glidx(r)}>.`),
    t(1, (r) => `${gl(r, 'INFO', 'AbstractIndexRetentionStrategy')}Number of indices (${r.int(21, 40)}) higher than limit (${r.pick([20, 20, 30])}). Running retention for ${r.int(1, 3)} indices.`),
    t(1, (r) => `${gl(r, 'INFO', 'AbstractIndexRetentionStrategy')}Running retention strategy [org.graylog2.indexer.retention.strategies.${r.pick(['DeletionRetentionStrategy', 'DeletionRetentionStrategy', 'ClosingRetentionStrategy'])}] for index <${glidx(r)}>`),
    t(1, (r) => `${gl(r, 'INFO', 'DeletionRetentionStrategy')}Finished index retention strategy [delete] for index <${glidx(r)}> in ${r.int(10, 9000)}ms.`),
    t(2, (r) => `${gl(r, 'WARN', 'Messages')}Failed to index [${r.int(1, 5000)}] messages. Please check the index error log in your web interface for the reason. Error: ${r.pick(['failure in bulk execution', 'One or more of the items in the Bulk request failed, check BulkResponse.getItems() for more information.', 'Unable to perform bulk request'])}`),
    t(1, (r) => `${gl(r, 'ERROR', 'Messages')}Caught exception during bulk indexing: ${r.pick(['org.graylog.shaded.opensearch2.org.opensearch.OpenSearchException: OpenSearch exception [type=cluster_block_exception, reason=index [' + glidx(r) + '] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];]', 'java.net.ConnectException: Connection refused', 'java.net.SocketTimeoutException: 60,000 milliseconds timeout on connection http-outgoing-' + r.int(0, 90) + ' [ACTIVE]'])}, retrying (attempt #${r.int(1, 40)}).`),
    t(1.5, (r) => `${gl(r, 'INFO', 'InputStateListener')}Input [${r.pick(GLINPUTS)}/${r.hex(24)}] is now ${r.pick(['RUNNING', 'RUNNING', 'STARTING', 'STOPPED', 'FAILED', 'TERMINATED'])}`),
    t(1, (r) => `${gl(r, 'INFO', 'Periodicals')}Starting [org.graylog2.periodical.${r.pick(GLPERIODICALS)}] periodical in [${r.pick([0, 0, 1, 5, 10, 60])}s], polling every [${r.pick([1, 5, 10, 30, 60, 300, 3600])}s].`),
    t(0.5, (r) => `${gl(r, 'INFO', 'Periodicals')}Starting [org.graylog2.periodical.${r.pick(GLPERIODICALS)}] periodical, running forever.`),
    t(0.8, (r) => `${gl(r, 'WARN', 'GarbageCollectionWarningThread')}Last GC run with ${r.pick(['G1 Young Generation', 'G1 Young Generation', 'G1 Old Generation'])} took longer than 1 second (last duration=${r.int(1001, 9000)} milliseconds)`),
    t(1.5, (r) => `${gl(r, 'INFO', 'connection')}Opened connection [connectionId{localValue:${r.int(1, 90)}, serverValue:${r.int(1, 90000)}}] to ${r.pick(['mongodb:27017', 'mongo-0.mongo:27017', 'mongo-1.mongo:27017'])}`),
    t(0.8, (r) => `${gl(r, 'WARN', 'ProxiedResourceHelper')}Unable to call https://${r.pick(['graylog-1', 'graylog-2', 'graylog-3'])}.example.com:9000/api/${r.pick(['system/metrics/multiple', 'system/inputstates', 'system/jobs', 'system/journal'])} on node <${glnode(r)}>: ${r.pick(['timeout', 'Connection refused', 'Read timed out', 'unexpected end of stream on https://graylog-2.example.com:9000/...'])}`),
    t(0.6, (r) => `${gl(r, 'WARN', 'JournalReader')}Journal utilization (${r.float(95, 99.9, 2)}%) has gone over 95%, ${r.int(100000, 90000000)} unprocessed messages in journal.`),
    t(0.1, (r) => `${gl(r, 'INFO', 'ServerBootstrap')}Graylog server up and running.`),
    t(0.1, (r) => `${gl(r, 'INFO', 'ServerBootstrap')}Graylog server ${r.pick(['5.2.12', '6.1.4'])}+${r.hex(7)} starting up`),
    t(0.1, (r) => `${gl(r, 'INFO', 'Indices')}Successfully ensured index template ${r.pick(['graylog-internal', 'gl-events-template', 'graylog-failures'])}`),
  ] },
  { name: 'zimbra-mailbox', templates: [
    t(10, (r) => `${zm(r, 'INFO', zmqtp(r, 'SearchRequest'), zmsoap(r), 'soap')}SearchRequest elapsed=${r.int(2, 4000)}`),
    t(6, (r) => `${zm(r, 'INFO', zmqtp(r, 'GetMsgRequest'), zmsoap(r), 'soap')}GetMsgRequest`),
    t(3, (r) => `${zm(r, 'INFO', zmqtp(r, 'SendMsgRequest'), zmsoap(r), 'soap')}SendMsgRequest`),
    t(3, (r) => `${zm(r, 'INFO', zmqtp(r, 'AuthRequest'), `ip=${lan(r, '10.1')};port=${port(r)};ua=${r.pick(ZMUA)};`, 'soap')}AuthRequest`),
    t(8, (r) => { const [fid, fn] = r.pick(ZMFOLDERS); return `${zm(r, 'INFO', `LmtpServer-${r.int(1, 99999)}`, `name=${zmacct(r)};mid=${r.int(2, 900)};msgid=${zmmid(r)};`, 'mailop')}Adding Message: id=${r.int(1000, 999999)}, Message-ID=${zmmid(r)}, parentId=${r.next() < 0.6 ? -1 : r.int(1000, 999999)}, folderId=${fid}, folderName=${fn}.`; }),
    t(7, (r) => `${zm(r, 'INFO', `LmtpServer-${r.int(1, 99999)}`, `msgid=${zmmid(r)};ip=${lan(r, '10.0')};`, 'lmtp')}Delivering message: size=${r.int(900, 40000000)} bytes, nrcpts=${r.int(1, 12)}, sender=${r.next() < 0.5 ? zmext(r) : zmacct(r)}, msgid=${zmmid(r)}`),
    t(2, (r) => `${zm(r, 'INFO', zmqtp(r, 'ItemActionRequest'), zmsoap(r), 'mailop')}Moving Conversation (id=-${r.int(1000, 99999)}) to Folder ${r.pick(['Trash', 'Trash', 'Junk', 'Archive', 'Invoices'])} (id=${r.pick([3, 4, 257, 262])}).  Affected message ids: ${zmids(r)}.`),
    t(1.5, (r) => `${zm(r, 'INFO', zmqtp(r, 'ItemActionRequest'), zmsoap(r), 'mailop')}Deleting items: ${zmids(r)}.`),
    t(5, (r) => `${zm(r, 'INFO', `ImapSSLServer-${r.int(1, 99999)}`, `ip=${r.next() < 0.7 ? lan(r, '10.1') : r.ip()};`, 'imap')}user ${zmacct(r)} authenticated, mechanism=${r.pick(['LOGIN', 'PLAIN', 'PLAIN', 'XOAUTH2'])} [TLS]`),
    t(3, (r) => `${zm(r, 'INFO', `ImapSSLServer-${r.int(1, 99999)}`, `name=${zmacct(r)};ip=${lan(r, '10.1')};`, 'imap')}ID elicited from client: ${r.pick(['name=Thunderbird version=128.5.1', 'name=iPhone Mail version=22B91 os=iOS os-version=18.1.1 (22B91)', 'name=K-9 Mail version=6.804', 'name=Microsoft Outlook version=16.0'])}`),
    t(2, (r) => `${zm(r, 'INFO', `Pop3SSLServer-${r.int(1, 99999)}`, `ip=${r.ip()};`, 'pop')}user ${zmacct(r)} authenticated, mechanism=${r.pick(['LOGIN', 'PLAIN'])} [TLS]`),
    t(2.5, (r) => `${zm(r, 'WARN', `ImapSSLServer-${r.int(1, 99999)}`, `ip=${r.ip()};`, 'imap')}LOGIN failed: ${r.pick(['authentication failed for [' + zmacct(r) + ']', 'authentication failed for [' + zmacct(r) + '], invalid password', 'authentication failed for [' + r.pick(['admin', 'test', 'info']) + '], account not found'])}`),
    t(2, (r) => `${zm(r, 'WARN', zmqtp(r, r.pick(['GetMsgRequest', 'ItemActionRequest', 'GetFolderRequest'])), zmsoap(r), 'SoapEngine')}handler exception`),
    t(1, (r) => `${zm(r, 'INFO', zmqtp(r, 'FolderActionRequest'), zmsoap(r), 'mailop')}Emptying ${r.int(1, 3000)} items from ${r.pick(['Trash', 'Trash', 'Junk'])}, removeSubfolders=${r.next() < 0.8 ? 'true' : 'false'}.`),
    t(2, (r) => `${zm(r, 'INFO', `ImapSSLServer-${r.int(1, 99999)}`, `name=${zmacct(r)};`, 'session')}Created ImapSession: ${r.int(100, 99999)}`),
    t(2, (r) => `${zm(r, 'INFO', `ImapSSLServer-${r.int(1, 99999)}`, `name=${zmacct(r)};`, 'session')}Removing ImapSession: ${r.int(100, 99999)}`),
    t(1, (r) => `${zm(r, 'INFO', 'MailboxPurge', `name=${zmacct(r)};mid=${r.int(2, 900)};`, 'purge')}Purging messages.`),
    t(0.8, (r) => `${zm(r, 'INFO', 'MailboxPurge', `name=${zmacct(r)};mid=${r.int(2, 900)};`, 'purge')}Purged ${r.int(1, 900)} messages from ${r.pick(['Trash', 'Junk', 'Trash'])} older than ${r.pick(['30d', '30d', '7d'])}.`),
    t(1, (r) => `${zm(r, 'INFO', `Index-${r.int(1, 8)}`, `name=${zmacct(r)};mid=${r.int(2, 900)};`, 'index')}Indexed ${r.int(1, 900)} items in ${r.int(2, 90000)}ms.`),
    t(0.4, (r) => `${zm(r, 'WARN', `LmtpServer-${r.int(1, 99999)}`, `name=${zmacct(r)};mid=${r.int(2, 900)};`, 'lmtp')}rejecting message ${zmmid(r)}: mailbox quota exceeded (${r.int(1, 50) * 1048576} bytes)`),
    t(0.1, (r) => `${zm(r, 'INFO', 'main', '', 'misc')}Servlet SoapServlet starting up`),
    t(0.1, (r) => `${zm(r, 'INFO', 'main', '', 'misc')}version=${r.pick(['10.0.9_GA_4612', '10.1.4_GA_4690'])} release=${r.pick(['20241205071548', '20250115092311'])} builddate=${ymd(r, '')}-${pad(r.int(0, 2359), 4)} buildhost=zre-ubuntu22-amd64`),
  ] },
  { name: 'idrac', templates: [
    t(8, (r) => `${id(r, 'Informational', 'Audit', 'USR0030')}Successfully logged in using ${r.pick(IDUSERS)}, from ${idip(r)} and ${idif(r)}.`),
    t(7, (r) => `${id(r, 'Informational', 'Audit', 'USR0032')}The session for ${r.pick(IDUSERS)} from ${idip(r)} using ${idif(r)} is logged off.`),
    t(3, (r) => `${id(r, 'Warning', 'Audit', 'USR0031')}Unable to log in for ${r.pick([...IDUSERS, 'admin', 'ADMIN', 'test', 'Administrator'])} from ${r.next() < 0.5 ? idip(r) : r.ip()} using ${idif(r)}.`),
    t(0.5, (r) => `${id(r, 'Warning', 'Audit', 'USR0034')}Login attempt alert for ${r.pick(['root', 'admin', 'ADMIN'])} from ${r.ip()} using ${idif(r)}, IP will be blocked for ${r.pick([60, 300, 600])} seconds.`),
    t(2, (r) => `${id(r, 'Warning', 'System Health', 'LOG007')}The previous log entry was repeated ${r.int(1, 40)} times.`),
    t(1.5, (r) => `${id(r, 'Critical', 'System Health', 'PSU0003')}The power input for power supply ${r.int(1, 2)} is lost.`),
    t(1.5, (r) => `${id(r, 'Informational', 'System Health', 'PSU0033')}The power input for power supply ${r.int(1, 2)} has been restored.`),
    t(0.6, (r) => `${id(r, 'Warning', 'System Health', 'RDU0012')}The power supplies are not redundant.`),
    t(0.6, (r) => `${id(r, 'Informational', 'System Health', 'RDU0002')}The power supplies are redundant.`),
    t(1.5, (r) => `${id(r, 'Warning', 'System Health', 'FAN0000')}${idfan(r)} RPM is less than the lower warning threshold.`),
    t(1.5, (r) => `${id(r, 'Informational', 'System Health', 'FAN0005')}${idfan(r)} RPM is within range.`),
    t(1.2, (r) => `${id(r, 'Warning', 'System Health', 'TMP0120')}The system inlet temperature is greater than the upper warning threshold.`),
    t(1.2, (r) => `${id(r, 'Informational', 'System Health', 'TMP0121')}The system inlet temperature is within range.`),
    t(1, (r) => `${id(r, 'Warning', 'System Health', 'MEM0701')}Correctable memory error rate exceeded for ${iddimm(r)}.`),
    t(0.4, (r) => `${id(r, 'Critical', 'System Health', 'MEM0702')}Correctable memory error rate exceeded for ${iddimm(r)}.`),
    t(0.8, (r) => `${id(r, 'Critical', 'Storage', 'PDR1016')}Drive ${r.int(0, 11)} is removed from disk drive bay ${r.int(1, 2)}.`),
    t(0.8, (r) => `${id(r, 'Informational', 'Storage', 'PDR1001')}Drive ${r.int(0, 11)} is installed in disk drive bay ${r.int(1, 2)}.`),
    t(0.6, (r) => `${id(r, 'Warning', 'Storage', 'PDR1')}Fault detected on Drive ${r.int(0, 11)} in disk drive bay ${r.int(1, 2)}.`),
    t(1.5, (r) => `${id(r, 'Warning', 'System Health', 'NIC100')}The ${r.pick(['Integrated NIC 1', 'Embedded NIC 1', 'NIC in Slot 3'])} Port ${r.int(1, 4)} network link is down.`),
    t(1.5, (r) => `${id(r, 'Informational', 'System Health', 'NIC101')}The ${r.pick(['Integrated NIC 1', 'Embedded NIC 1', 'NIC in Slot 3'])} Port ${r.int(1, 4)} network link is started.`),
    t(0.6, (r) => `${id(r, 'Informational', 'System Health', 'SYS1003')}System CPU Resetting.`),
    t(0.4, (r) => `${id(r, 'Informational', 'System Health', 'SYS1001')}System is turning off.`),
    t(0.4, (r) => `${id(r, 'Informational', 'System Health', 'SYS1000')}System is turning on.`),
    t(0.6, (r) => { const [c, v] = r.pick(IDFW); return `${id(r, 'Informational', 'Updates', 'SUP0516')}Successfully updated the ${c} firmware to version ${v}.`; }),
    t(0.6, (r) => `${id(r, 'Informational', 'Configuration', 'JCP037')}The (installation or configuration) job ${idjid(r)} is successfully completed.`),
    t(0.2, (r) => `${id(r, 'Warning', 'Configuration', 'JCP038')}The (installation or configuration) job ${idjid(r)} failed: ${r.pick(['Unable to apply the update package', 'Job failed due to timeout', 'The update package is not compatible with this system'])}.`),
    t(0.2, (r) => `${id(r, 'Informational', 'Audit', 'RAC0182')}The iDRAC firmware was rebooted with the following reason: ${r.pick(['user initiated', 'watchdog', 'firmware update', 'ac'])}.`),
  ] },
  { name: 'netapp-ems', templates: [
    t(4, (r) => `${na(r, 'NOTICE', 'monitor.volume.nearlyFull')}Volume ${navolat(r)} is nearly full (using or reserving ${r.int(95, 97)}% of space and ${r.int(0, 20)}% of inodes).`),
    t(2, (r) => `${na(r, 'ERROR', 'monitor.volume.full')}Volume ${navolat(r)} is full (using or reserving ${r.int(98, 100)}% of space and ${r.int(0, 30)}% of inodes).`),
    t(1.5, (r) => `${na(r, 'NOTICE', 'monitor.volume.ok')}Volume ${navolat(r)} is OK (using or reserving ${r.int(40, 94)}% of space and ${r.int(0, 20)}% of inodes).`),
    t(3, (r) => { const v = navol(r); return `${na(r, 'ERROR', 'sms.status.out.of.sync')}Source volume "${r.pick(NAVS)}:${v}" and destination volume "svm_dr:${v}_dst" with relationship UUID "${r.uuid()}" is in "out-of-sync" status due to the following reason: "${r.pick(['Transfer failed.', 'Transfer aborted.', 'Failed to get Snapshot copy list from source volume.', 'Destination volume is offline.'])}"`; }),
    t(2, (r) => `${na(r, 'NOTICE', 'vifmgr.portdown')}A link down event was received on node ${skew(r, NANODES)}, port ${naport(r)}.`),
    t(2, (r) => `${na(r, 'NOTICE', 'vifmgr.portup')}A link up event was received on node ${skew(r, NANODES)}, port ${naport(r)}.`),
    t(1, (r) => `${na(r, 'NOTICE', 'vifmgr.lifmoved.linkdown')}LIF ${r.pick(['lif_nfs1', 'lif_nfs2', 'lif_cifs1', 'lif_iscsi_a', 'lif_mgmt'])} (on virtual server ${r.int(3, 12)}), IP address ${lan(r, '10.0')}, is being moved to node ${r.pick(NANODES)}, port ${naport(r)} from node ${r.pick(NANODES)}, port ${naport(r)}.`),
    t(3, (r) => `${na(r, 'ERROR', 'secd.authsys.lookup.failed')}Vserver (${r.pick(NAVS)}) Unable to retrieve UNIX credentials for UID ${r.int(1000, 65000)}. Error: ${r.pick(['Entry not found', 'RPC: Timed out', 'LDAP server unavailable'])}.`),
    t(2, (r) => `${na(r, 'ERROR', 'secd.nfsAuth.noNameMap')}vserver (${r.pick(NAVS)}) Cannot map UNIX name to CIFS name. Error: Get user credentials procedure failed [ ${r.int(0, 40)} ms] Determined UNIX id ${r.int(1000, 65000)} is UNIX user '${r.pick([...PEOPLE, 'nobody', 'jenkins', 'postgres'])}'.`),
    t(3, (r) => `${na(r, 'INFORMATIONAL', 'kern.uptime.filer')}${d2(r.int(1, 12))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} ${r.pick(['AM', 'PM'])} up ${r.int(1, 400)} days, ${r.int(0, 23)}:${d2(r.int(0, 59))} ${r.int(0, 9e8)} NFS ops, ${r.int(0, 9e8)} CIFS ops, 0 HTTP ops, ${r.int(0, 9e7)} FCP ops, ${r.int(0, 9e8)} iSCSI ops`),
    t(2, (r) => `${na(r, 'INFORMATIONAL', 'wafl.scan.ownblocks.done')}Completed block ownership calculation on volume ${navolat(r)}.  The scanner took ${r.int(1, 90000)} ms.`),
    t(1, (r) => `${na(r, 'NOTICE', 'raid.rg.media_scrub.done')}/${naaggr(r)}/plex0/rg${r.int(0, 2)}: media scrub completed in ${r.int(0, 9)}h:${r.int(0, 59)}m:${r.int(0, 59)}s`),
    t(0.6, (r) => `${na(r, 'NOTICE', 'raid.rg.scrub.start')}/${naaggr(r)}/plex0/rg${r.int(0, 2)}: start scrub for ${r.pick(['scheduled', 'scheduled', 'manual'])} parity check`),
    t(0.4, (r) => `${na(r, 'ALERT', 'disk.failmsg')}Disk ${nadisk(r)} (S/N ${hexUp(r, 8)}) failed: ${r.pick(['recovered error threshold exceeded', 'unrecoverable media error', 'command timeout'])}.`),
    t(0.5, (r) => `${na(r, 'NOTICE', 'raid.rg.recons.start')}/${naaggr(r)}/plex0/rg${r.int(0, 2)}: starting reconstruction, using disk ${nadisk(r)}`),
    t(0.5, (r) => `${na(r, 'NOTICE', 'raid.rg.recons.done')}/${naaggr(r)}/plex0/rg${r.int(0, 2)}: reconstruction completed for ${nadisk(r)} in ${r.int(0, 30)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}.${d2(r.int(0, 99))}`),
    t(2, (r) => `${na(r, 'NOTICE', 'mgmtgwd.jobmgr.jobcomplete.success')}Job "${r.pick(['Vol Reaper', 'Volume Move', 'Snapmirror Update', 'Clone Split', 'Certificate Expiry Check'])}" (ID=${r.int(1000, 99999)}) completed successfully: Success`),
    t(0.8, (r) => `${na(r, 'ERROR', 'mgmtgwd.jobmgr.jobcomplete.failure')}Job "${r.pick(['Volume Move', 'Snapmirror Update', 'Clone Split'])}" (ID=${r.int(1000, 99999)}) completed unsuccessfully: ${r.pick(['Failed to move volume', 'Transfer failed.', 'Job cancelled by user'])} (${r.int(1, 99)}).`),
    t(0.8, (r) => `${na(r, 'INFORMATIONAL', 'asup.post.sent')}System Notification message posted to NetApp. System Notification Sent: (${r.pick(['WEEKLY_LOG', 'WEEKLY_LOG', 'PERFORMANCE DATA', 'USER_TRIGGERED (COMPLETE)', 'HA Group Notification'])}).`),
    t(0.3, (r) => `${na(r, 'ALERT', 'cf.hwassist.missedKeepAlive')}HW-assisted takeover missing keep-alive messages from HA partner (${r.pick(NANODES)}).`),
    t(0.3, (r) => `${na(r, 'NOTICE', 'scsitarget.ispfct.linkUp')}Link up on Fibre Channel target adapter ${r.int(0, 5)}${r.pick(['c', 'd', 'e', 'f'])}.`),
    t(0.3, (r) => `${na(r, 'ALERT', 'callhome.spares.low')}Call home for SPARES_LOW on node ${r.pick(NANODES)}`),
  ] },
  { name: 'vcenter-vpxd', templates: [
    t(12, (r) => `${vp(r, 'info', 'vpxLro')}[VpxLRO] -- BEGIN ${r.next() < 0.6 ? `task-${r.int(10000, 999999)}` : `lro-${r.int(100000, 9999999)}`} -- ${vpmo(r)} -- ${r.pick(VPMETHODS)} -- ${vpsess(r)}`),
    t(11, (r) => `${vp(r, 'info', 'vpxLro')}[VpxLRO] -- FINISH ${r.next() < 0.6 ? `task-${r.int(10000, 999999)}` : `lro-${r.int(100000, 9999999)}`}`),
    t(2, (r) => `${vp(r, 'error', 'vpxLro')}[VpxLRO] -- ERROR task-${r.int(10000, 999999)} -- ${vpmo(r)} -- ${r.pick(VPMETHODS)}: ${r.pick(VPFAULTS)}:`),
    t(1, (r) => `${vp(r, 'info', 'vpxLro')}[VpxLRO] -- CANCELLED task-${r.int(10000, 999999)} -- ${vpmo(r)} -- ${r.pick(VPMETHODS)}`),
    t(4, (r) => `${vp(r, 'info', 'vpxdVmomi')}[ClientAdapterBase::InvokeOnSoap] Invoke done (${vphost(r)}, vpxapi.VpxaService.${r.pick(['fetchQuickStats', 'retrieveChanges', 'fetchStats', 'queryHostPerfInfo'])})`),
    t(2, (r) => `${vp(r, 'info', `vmomi.soapStub[${r.int(1, 60)}]`, false)}SOAP request returned HTTP failure; <<io_obj p:0x${r.hex(16)}, h:${r.int(20, 900)}, <TCP '${lan(r, '10.0')} : ${port(r)}'>, <TCP '10.0.${r.int(1, 4)}.${r.int(2, 250)} : 443'>>, method: ${r.pick(['retrieveContents', 'fetchQuickStats', 'waitForUpdatesEx', 'getNextChanges'])}; code: ${r.pick(['500(Internal Server Error)', '503(Service Unavailable)', '503(Service Unavailable)'])}`),
    t(3, (r) => `${vp(r, 'info', 'SessionMgr')}[SessionManager] Login succeeded for user '${r.pick(VPUSERS)}' from ${lan(r, '10.0')} (session ${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)})`),
    t(2, (r) => `${vp(r, 'info', 'SessionMgr')}[SessionManager] Session ${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)} of user '${r.pick(VPUSERS)}' has expired and was removed`),
    t(1, (r) => `${vp(r, 'warning', 'SessionMgr')}[SessionManager] Login failed for user '${r.pick(['administrator@vsphere.local', 'root', 'EXAMPLE\\alice', 'svc-backup'])}' from ${r.next() < 0.7 ? lan(r, '10.0') : r.ip()}: vim.fault.InvalidLogin`),
    t(2, (r) => `${vp(r, 'warning', 'MoHost')}[HostMo::UpdateRuntimeStateInt] host-${r.int(1000, 9999)} (${vphost(r)}) connection state changed from ${r.pick(['connected', 'connected', 'notResponding', 'disconnected'])} to ${r.pick(['notResponding', 'connected', 'disconnected'])}`),
    t(1.5, (r) => `${vp(r, 'warning', 'InvtHostCnx')}[VpxdInvtHostSyncHostLRO] Connection to host ${vphost(r)} lost; heartbeat not received for ${r.int(30, 120)} seconds`),
    t(1.5, (r) => `${vp(r, 'info', 'MoCluster')}[ClusterMo::ApplyRecommendation] DRS migrating vm-${r.int(1000, 99999)} from host-${r.int(1000, 9999)} to host-${r.int(1000, 9999)} (reason: ${r.pick(['Balance average CPU loads', 'Balance average memory loads', 'Host is entering maintenance mode', 'Fix soft rule violation'])})`),
    t(1, (r) => `${vp(r, 'warning', 'Vmomi')}VMOMI activation LRO failed; <<${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}, <TCP '127.0.0.1 : 8085'>, <TCP '127.0.0.1 : ${port(r)}'>>, ${r.pick(['vm', 'host', 'datastore'])}-${r.int(10, 99999)}, ${r.pick(VPFAULTS)}`),
    t(1.5, (r) => `${vp(r, 'info', 'vpxdVdb', false)}[VdbStatement] Execution elapsed time: ${r.int(1000, 90000)} ms`),
    t(0.5, (r) => `${vp(r, 'warning', 'vpxdVdb', false)}[VdbStatement] SQLExecute failed: ${r.pick(['ERROR: deadlock detected', 'ERROR: canceling statement due to statement timeout', 'could not receive data from server: Connection timed out'])}`),
    t(1, (r) => `${vp(r, 'info', 'StatsCollector', false)}[Vpxd::StatsCollector] Rolled up ${r.int(1000, 900000)} samples for ${r.pick(['past day', 'past week', 'past month'])} in ${r.int(5, 9000)} ms`),
    t(0.2, (r) => `${vp(r, 'info', 'Default', false)}[VpxdMain] Vpxd initialized in ${r.int(30, 600)} seconds`),
    t(0.1, (r) => `${vp(r, 'info', 'Default', false)}Log for VMware vCenter Server, pid=${r.int(1000, 99999)}, version=${r.pick(['8.0.3', '7.0.3'])}, build=${r.pick([24322831, 24305161, 23788036])}, option=Release`),
  ] },
  { name: 'watchguard', templates: [
    t(25, (r) => `${wg(r, 'firewall', '3000-0148')}Allow ${r.pick(WGIFS)} 0-External ${wgtcp(r)}  (${r.pick(WGPOL.slice(0, 6))})`),
    t(12, (r) => `${wg(r, 'firewall', '3000-0148')}Deny 0-External Firebox ${r.int(40, 60)} ${r.pick(['tcp', 'tcp', 'udp'])} 20 ${r.pick([46, 240, 245, 113])} ${r.ip()} ${r.pick(['203.0.113.10', '203.0.113.10', '198.51.100.22'])} ${port(r)} ${r.pick([23, 22, 3389, 445, 8080, 5060, 1433])} offset ${r.pick([5, 8])} S ${r.int(1e8, 4e9)} win ${r.pick([1024, 29200, 65535])}  (${r.pick(['Unhandled External Packet-00', 'Blocked Sites-00'])})`),
    t(10, (r) => `${wg(r, `http-proxy[${r.int(1000, 9999)}]`, '1AFF-0024')}Allow 1-Trusted 0-External tcp ${wgin(r)} ${r.ip()} ${port(r)} 80 msg="ProxyAllow: HTTP request" proxy_act="HTTP-Client.Standard.1" op="${r.pick(['GET', 'GET', 'POST', 'HEAD'])}" dstname="${r.pick(WGSITES)}" arg="/${r.pick(['', 'index.html', 'favicon.ico', 'api/v1/status', 'connecttest.txt'])}" sent_bytes="${r.int(200, 9000)}" rcvd_bytes="${r.int(200, 900000)}" elapsed_time="${r.float(0, 3, 6)} sec(s)"  (HTTP-proxy-00)`),
    t(10, (r) => { const s = r.pick(WGSITES); return `${wg(r, `https-proxy[${r.int(1000, 9999)}]`, '2CFF-0000')}Allow 1-Trusted 0-External tcp ${wgin(r)} ${r.ip()} ${port(r)} 443 msg="HTTPS Request" proxy_act="HTTPS-Client.Standard.1" rule_name="Default" sni="${s}" cn="${s}" cert_issuer="CN=${r.pick(['GTS CA 1C3,O=Google Trust Services LLC,C=US', "R11,O=Let's Encrypt,C=US", 'DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc,C=US'])}" cert_subject="CN=${s}" action="${r.pick(['allow', 'allow', 'inspect'])}"  (HTTPS-proxy-00)`; }),
    t(3, (r) => `${wg(r, `http-proxy[${r.int(1000, 9999)}]`, '1AFF-0021')}Deny 1-Trusted 0-External tcp ${wgin(r)} ${r.ip()} ${port(r)} 80 msg="ProxyDeny: HTTP Request categories" proxy_act="HTTP-Client.Standard.1" cats="${r.pick(['Gambling', 'Malicious Web Sites', 'Adult Material', 'Phishing and Other Frauds', 'Peer-to-Peer File Sharing'])}" op="GET" dstname="${r.alnum(r.int(6, 14))}.${r.pick(['xyz', 'top', 'ru', 'com'])}" arg="/"  (HTTP-proxy-00)`),
    t(2, (r) => `${wg(r, 'firewall', '3000-0150')}Deny 0-External Firebox ${r.int(40, 1500)} udp 20 ${r.pick([50, 117, 243])} ${r.ip()} 203.0.113.10 ${port(r)} ${r.pick([53, 123, 161, 1900])} ip spoofing sites  (Blocked Sites-00)`),
    t(3, (r) => `${wg(r, `sessiond[${r.int(1000, 9999)}]`, '3E00-0002')}Authentication of ${r.pick(['SSLVPN', 'SSLVPN', 'Firewall', 'IKEv2 VPN'])} user [${wguser(r)}] from ${r.ip()} was accepted`),
    t(2, (r) => `${wg(r, `sessiond[${r.int(1000, 9999)}]`, '3E00-0003')}Authentication of ${r.pick(['SSLVPN', 'SSLVPN', 'Firewall', 'IKEv2 VPN'])} user [${wguser(r)}] from ${r.ip()} was rejected, ${r.pick(['password is incorrect', 'password is incorrect', 'user account is disabled', 'the authentication server is not reachable'])}`),
    t(1.5, (r) => `${wg(r, `sessiond[${r.int(1000, 9999)}]`, '3E00-0004')}User ${wguser(r)} logged out from ${r.ip()}, reason: ${r.pick(['idle timeout', 'user logout', 'session timeout', 'administrator logout'])}`),
    t(1, (r) => `${wg(r, `iked[${r.int(1000, 9999)}]`, '0207-0001')}IKE phase-1 negotiation from 203.0.113.10:500 to ${r.ip()}:500 failed. Gateway-Endpoint='${r.pick(['BranchGW.1', 'PartnerGW.1', 'AWS-VPC.1'])}' Reason=${r.pick(['Message retry timeout. Check the connection between local gateway and remote gateway.', 'No matching proposal found. Check the Phase 1 transform settings.', 'Received INVALID_ID_INFORMATION notification.'])}`),
    t(1, (r) => `${wg(r, `iked[${r.int(1000, 9999)}]`, '0207-0029')}Established IPSec tunnel for '${r.pick(['BranchGW', 'PartnerGW', 'AWS-VPC'])}' between 203.0.113.10 and ${r.ip()} local:10.0.0.0/16 remote:10.${r.int(50, 90)}.0.0/24`),
    t(0.6, (r) => `${wg(r, `admd[${r.int(1000, 9999)}]`, '3100-0002')}Management user ${r.pick(['admin', 'admin', 'status'])}@Firebox-DB from ${wgin(r)} logged in`),
    t(0.4, (r) => `${wg(r, `admd[${r.int(1000, 9999)}]`, '3100-0001')}Management user ${r.pick(['admin', 'status'])}@Firebox-DB from ${r.next() < 0.5 ? wgin(r) : r.ip()} log in attempt was rejected - Invalid credentials.`),
    t(0.4, (r) => `${wg(r, `networkd[${r.int(1000, 9999)}]`, '1100-0004')}Interface ${r.pick(['0-External', '4-External2', '1-Trusted'])} link status changed to ${r.pick(['up', 'down'])}`),
    t(0.2, (r) => `${wg(r, `loggerd[${r.int(1000, 9999)}]`, '3D01-0004')}Archived log file /var/log/${r.pick(['traffic', 'event', 'alarm'])}.log which reached max size`),
  ] },
  { name: 'rust-server', templates: [
    t(6, (r) => { const p = rupl(r); return `${ruaddr(r)}/${p.id}/${p.n} joined [${r.pick(['windows', 'windows', 'windows', 'osx', 'linux'])}/${p.id}]`; }),
    t(5, (r) => { const p = rupl(r); return `${ruaddr(r)}/${p.id}/${p.n} disconnecting: ${r.pick(['disconnect', 'disconnect', 'Timed Out', 'Disconnected', 'Kicked: AFK'])}`; }),
    t(4, (r) => { const p = rupl(r); return `${p.n}[${p.id}] has entered the game`; }),
    t(5, (r) => { const p = rupl(r); return `${p.n}[${p.id}] was killed by ${r.next() < 0.5 ? r.pick(RUKILLERS) : `${r.pick(RUNAMES)}[${r.pick(RUSTEAM)}]`} at ${rupos(r)}`; }),
    t(2, (r) => { const p = rupl(r); return `${p.n}[${p.id}] died (${r.pick(['Fall', 'Bleeding', 'Cold', 'Drowned', 'Hunger', 'Radiation'])})`; }),
    t(3, (r) => { const p = rupl(r); return `[CHAT] ${p.n}[${p.id}] : ${r.pick(['gg', 'anyone selling hqm?', 'raid at outpost lol', 'wipe when?', 'admin pls', 'hi', 'who took my boat'])}`; }),
    t(2, (r) => `Saving complete`),
    t(2, (r) => `Saved ${commas(r.int(80000, 900000))} ents, cache(${r.float(0, 2, 2)}), write(${r.float(0, 1, 2)}), disk(${r.float(0, 1, 2)}).`),
    t(1.5, (r) => `[event] ${r.pick(RUEVENTS)}`),
    t(2, (r) => { const [n, v] = r.pick(RUPLUGINS); return `Calling '${r.pick(RUHOOKS)}' on '${n} v${v}' took ${r.int(101, 2000)}ms`; }),
    t(0.5, (r) => { const [n, v, a] = r.pick(RUPLUGINS); return `Loaded plugin ${n} v${v} by ${a}`; }),
    t(0.3, (r) => { const [n, v, a] = r.pick(RUPLUGINS); return `Unloaded plugin ${n} v${v} by ${a}`; }),
    t(1, (r) => { const p = rupl(r); return `Kicking ${ruaddr(r)}/${p.id}/${p.n} (${r.pick(['Steam Auth Failed', 'Steam Auth Timeout', 'EAC: Violation', 'Unresponsive'])})`; }),
    t(0.8, (r) => { const p = rupl(r); return `${p.n}[${p.id}] was flagged for ${r.pick(['FlyHack', 'SpeedHack', 'NoClip', 'InsideTerrain'])}: ${r.float(1, 20, 2)} at ${rupos(r)}`; }),
    t(0.3, (r) => `Server startup complete`),
    t(0.2, (r) => `SteamServer Connected`),
    t(0.2, (r) => `Loading Prefab Bundle ${r.pick(['content.bundle', 'monuments.bundle', 'shared.bundle', 'sound.bundle'])}`),
    t(0.1, (r) => `Server Initialized with ${r.pick(['Procedural Map', 'Barren'])} ${r.pick([3500, 4000, 4250, 4500])} ${r.int(1, 2147483647)}`),
  ] },
  { name: 'teamspeak3', templates: [
    t(10, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}client connected ${tscl(r)} from ${r.ip()}:${port(r)}`),
    t(10, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}client disconnected ${tscl(r)} reason '${pick(r, [(r: Rng) => `reasonmsg=${r.pick(['leaving', 'leaving', 'bye', 'gn8', 'brb'])}`, (r: Rng) => `reasonmsg=${r.pick(['leaving', 'leaving', 'bye', 'gn8', 'brb'])}`, () => 'reasonmsg=connection lost', (r: Rng) => `invokerid=${r.int(2, 400)} invokername=${r.pick(['alice', 'raidlead_jo', 'serveradmin'])} invokeruid=${tsuid(r)} reasonmsg=${r.pick(['spam', 'be nice', 'AFK too long', ''])}${r.next() < 0.4 ? ` bantime=${r.pick([600, 3600, 86400, 0])}` : ''}`])}'`),
    t(4, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}query client connected 'serveradmin from 127.0.0.1:${port(r)}'(id:${r.int(1, 9)})`),
    t(3, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}query client disconnected 'serveradmin from 127.0.0.1:${port(r)}'(id:${r.int(1, 9)}) reason 'reasonmsg=disconnecting'`),
    t(1.5, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}channel '${r.pick(TSCHAN)}'(id:${r.int(1, 90)}) created by ${tscl(r)}`),
    t(1, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}channel '${r.pick(TSCHAN)}'(id:${r.int(1, 90)}) deleted by ${r.next() < 0.6 ? "'server'(id:0)" : tscl(r)}`),
    t(1, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}channel '${r.pick(TSCHAN)}'(id:${r.int(1, 90)}) edited by ${tscl(r)}`),
    t(1.2, (r) => { const [g, gid] = r.pick(TSGROUPS); return `${ts(r, 'INFO', 'VirtualServerBase')}client (id:${r.int(2, 400)}) was added to servergroup '${g}'(id:${gid}) by client ${tscl(r)}`; }),
    t(0.6, (r) => { const [g, gid] = r.pick(TSGROUPS); return `${ts(r, 'INFO', 'VirtualServerBase')}client (id:${r.int(2, 400)}) was removed from servergroup '${g}'(id:${gid}) by client ${tscl(r)}`; }),
    t(0.5, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}ban added reason='${r.pick(['spam', 'griefing', 'racism', 'ban evasion'])}' cluid='${tsuid(r)}' bantime=${r.pick([3600, 86400, 604800, 0])} by client ${tscl(r)}`),
    t(0.6, (r) => `${ts(r, 'INFO', 'VirtualServerBase')}file upload to (id:${r.int(0, 90)}), '/${r.next() < 0.5 ? `icon_${r.int(1e8, 4e9)}` : r.pick(['avatar_' + b64(r, 20), 'map.png', 'raid-guide.pdf'])}', size: ${r.int(500, 9000000)} by client ${tscl(r)}`),
    t(2, (r) => `${ts(r, 'INFO', 'Query', false)}query from ${r.int(1, 30)} 127.0.0.1:${port(r)} issued: login with account 'serveradmin'(serveradmin)`),
    t(0.8, (r) => `${ts(r, 'WARNING', 'Query', false)}query from ${r.ip()}:${port(r)} failed: login with account 'serveradmin' - invalid loginname or password`),
    t(0.3, (r) => `${ts(r, 'WARNING', 'VirtualServer')}client ${tscl(r)} is flooding, added to the ip blacklist for ${r.pick([60, 600])} seconds`),
    t(0.2, (r) => `${ts(r, 'INFO', 'VirtualSvrMgr', false)}executing monthly interval`),
    t(0.2, (r) => `${ts(r, 'INFO', 'VirtualSvrMgr', false)}reset virtualserver traffic statistics`),
    t(0.1, (r) => { const p = r.pick([9987, 9987, 9988]); return `${ts(r, 'INFO', 'VirtualServer')}listening on 0.0.0.0:${p}, :::${p}`; }),
    t(0.1, (r) => `${ts(r, 'INFO', 'ServerLibPriv', false)}TeamSpeak 3 Server ${r.pick(['3.13.7', '3.13.6'])} (${ymd(r)} ${hms(r)})`),
    t(0.1, (r) => `${ts(r, 'WARNING', 'Accounting', false)}Unable to open licensekey.dat, falling back to limited functionality`),
    t(0.1, (r) => `${ts(r, 'INFO', 'CIDRManager', false)}updated query_ip_allowlist ips: 127.0.0.1/32, ::1/128,${r.next() < 0.4 ? ` ${lan(r, '10.0')}/32,` : ''}`),
  ] },
  { name: 'prosody', templates: [
    t(8, (r) => `${pr(r, prsess(r, 'c2s'), 'info')}Client connected`),
    t(6, (r) => `${pr(r, prsess(r, 'c2s'), 'info')}Stream encrypted (${r.pick(['TLSv1.3', 'TLSv1.3', 'TLSv1.2'])}) with ${r.pick(['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256', 'TLS_CHACHA20_POLY1305_SHA256', 'ECDHE-RSA-AES256-GCM-SHA384'])}`),
    t(6, (r) => `${pr(r, prsess(r, 'c2s'), 'info')}Authenticated as ${prjid(r)}`),
    t(6, (r) => `${pr(r, prsess(r, 'c2s'), 'info')}Client disconnected: ${r.pick(['connection closed', 'connection closed', 'session close', 'Connection timed out', 'ssl handshake failed', 'Broken pipe'])}`),
    t(2, (r) => `${pr(r, `${skew(r, PRDOM)}:saslauth`, 'info')}Failed authentication attempt (not-authorized) for user ${r.pick([...PEOPLE, 'admin', 'test'])} from IP: ${r.ip()}`),
    t(3, (r) => `${pr(r, prsess(r, 's2sout'), 'info')}Outgoing s2s connection ${skew(r, PRDOM)}->${r.pick(PRREMOTE)} complete`),
    t(3, (r) => `${pr(r, prsess(r, 's2sin'), 'info')}Incoming s2s connection ${r.pick(PRREMOTE)}->${skew(r, PRDOM)} complete`),
    t(1, (r) => `${pr(r, prsess(r, 's2sout'), 'info')}Failed in all attempts to connect to ${r.pick(PRREMOTE)}`),
    t(1.5, (r) => `${pr(r, prsess(r, 's2sin'), 'info')}s2s disconnected: ${r.pick(PRREMOTE)}->${skew(r, PRDOM)} (${r.pick(['closed', 'Connection timed out', 'This connection is no longer needed'])})`),
    t(1, (r) => `${pr(r, prsess(r, 's2sin'), 'warn')}Forbidding insecure connection to/from ${r.pick(PRREMOTE)}`),
    t(1.5, (r) => `${pr(r, prsess(r, 'c2s'), 'info')}Resumed session ${prsess(r, 'c2s')} (${r.int(0, 90)} stanzas queued)`),
    t(1.5, (r) => `${pr(r, prsess(r, 'c2s'), 'info')}Hibernating session`),
    t(0.5, (r) => `${pr(r, `${skew(r, PRDOM)}:mam`, 'info')}Deleted ${r.int(0, 90000)} expired messages for ${r.int(0, 400)} users`),
    t(0.6, (r) => { const dom = skew(r, PRDOM); return `${pr(r, `conference.${dom}:muc`, 'info')}Creating new room ${r.pick(['dev', 'ops', 'general', 'random', 'board', 'release'])}@conference.${dom}`; }),
    t(0.3, (r) => { const [sv, p] = r.pick([['c2s', 5222], ['s2s', 5269], ['c2s_direct_tls', 5223], ['https', 5281], ['http', 5280]] as const); return `${pr(r, 'portmanager', 'info')}Activated service '${sv}' on [::]:${p}, [*]:${p}`; }),
    t(0.1, (r) => `${pr(r, 'startup', 'info')}Hello and welcome to Prosody version ${r.pick(['0.12.4', '0.12.5', '13.0.1'])}`),
    t(0.1, (r) => `${pr(r, 'startup', 'info')}Prosody is using the ${r.pick(['epoll', 'select'])} backend for connection handling`),
    t(0.1, (r) => `${pr(r, 'general', 'info')}Reloading configuration file`),
    t(0.2, (r) => `${pr(r, `${skew(r, PRDOM)}:tls`, 'error')}Error creating context for c2s: ${r.pick(['No certificate present in SSL/TLS configuration for ' + skew(r, PRDOM), 'error loading private key (Permission denied)'])}`),
  ] },
  { name: 'lighthouse', templates: [
    t(12, (r) => lh(r, 'INFO', 'Synced', `peers: "${r.int(40, 120)}", exec_hash: "${lhroot(r)} (verified)", finalized_checkpoint: "${lhroot(r)}", epoch: ${r.int(321000, 325000)}, block: "${r.next() < 0.9 ? lhroot(r) : '   …  empty'}", slot: ${lhslot(r)}, service: slot_notifier`)),
    t(8, (r) => lh(r, 'INFO', 'New block received', `root: 0x${r.hex(64)}, slot: ${lhslot(r)}`)),
    t(5, (r) => lh(r, 'INFO', 'Successfully published attestations', `type: unaggregated, slot: ${lhslot(r)}, committee_index: ${r.int(0, 63)}, head_block: 0x${r.hex(64)}, validator_indices: [${lhidx(r)}], count: 1, service: attestation`)),
    t(2, (r) => lh(r, 'INFO', 'Successfully published attestation', `type: aggregated, slot: ${lhslot(r)}, committee_index: ${r.int(0, 63)}, aggregator: ${lhidx(r)}, signatures: ${r.int(100, 480)}, head_block: 0x${r.hex(64)}, service: attestation`)),
    t(3, (r) => lh(r, 'INFO', 'Connected to beacon node(s)', `synced: ${r.int(1, 2)}, available: ${r.int(1, 2)}, total: 2, service: notifier`)),
    t(3, (r) => { const n = r.int(1, 64); return lh(r, 'INFO', 'All validators active', `slot: ${lhslot(r)}, epoch: ${r.int(321000, 325000)}, total_validators: ${n}, active_validators: ${n}, current_epoch_proposers: ${r.next() < 0.9 ? 0 : 1}, service: notifier`); }),
    t(0.3, (r) => lh(r, 'INFO', 'Successfully published block', `slot: ${lhslot(r)}, attestations: ${r.int(1, 128)}, deposits: 0, service: block`)),
    t(2, (r) => lh(r, 'WARN', 'Execution engine call failed', `error: HttpClient(url: http://${r.pick(['localhost', '127.0.0.1', 'geth'])}:8551/, kind: ${r.pick(['timeout', 'request', 'decode'])}, detail: ${r.pick(['operation timed out', 'error trying to connect: tcp connect error: Connection refused (os error 111)', 'connection closed before message completed'])}), service: exec`)),
    t(1.5, (r) => lh(r, 'WARN', 'Delayed head block', `set_as_head_time_ms: ${r.int(0, 90)}, imported_time_ms: ${r.int(1, 900)}, attestable_delay_ms: ${r.int(3000, 9000)}, available_delay_ms: ${r.int(2000, 8000)}, execution_time_ms: ${r.int(50, 3000)}, blob_delay_ms: ${r.int(100, 4000)}, observed_delay_ms: ${r.int(500, 4000)}, total_delay_ms: ${r.int(4000, 12000)}, slot: ${lhslot(r)}, proposer_index: ${lhidx(r)}, block_root: 0x${r.hex(64)}, service: beacon`)),
    t(1, (r) => lh(r, 'WARN', 'Head is optimistic', `execution_block_hash: 0x${r.hex(64)}, info: chain not fully verified, block and attestation production disabled until execution engine syncs, service: slot_notifier`)),
    t(1, (r) => lh(r, 'INFO', 'Syncing', `est_time: ${r.int(1, 23)} hrs ${r.int(1, 59)} mins, speed: ${r.float(0.5, 40, 2)} slots/sec, distance: ${r.int(1000, 900000)} slots (${r.int(1, 9)} days ${r.int(1, 23)} hrs), peers: ${r.int(3, 90)}, service: slot_notifier`)),
    t(0.8, (r) => lh(r, 'WARN', 'Low peer count', `peer_count: ${r.int(0, 9)}, service: slot_notifier`)),
    t(0.6, (r) => lh(r, 'ERRO', 'Error during execution engine upcheck', `error: ${r.pick(['HttpClient(url: http://localhost:8551/, kind: request, detail: error trying to connect: tcp connect error: Connection refused (os error 111))', 'Auth(InvalidToken)'])}, service: exec`)),
    t(0.5, (r) => lh(r, 'WARN', 'Error processing HTTP API request', `method: ${r.pick(['GET', 'POST'])}, path: /eth/v${r.int(1, 3)}/${r.pick(['validator/duties/attester/' + r.int(321000, 325000), 'beacon/blocks/head', 'validator/attestation_data', 'beacon/states/head/validators'])}, status: ${r.pick(['500 Internal Server Error', '404 Not Found', '503 Service Unavailable'])}, elapsed: ${r.float(0.1, 900, 3)}ms`)),
    t(0.4, (r) => lh(r, 'CRIT', 'Beacon block processing error', `error: ${r.pick(['ExecutionPayloadError(RequestFailed(HttpClient(url: http://localhost:8551/, kind: timeout, detail: operation timed out)))', 'ParentUnknown { parent_root: 0x' + r.hex(64) + ' }'])}, service: beacon`)),
    t(0.2, (r) => lh(r, 'INFO', 'Lighthouse started', `version: Lighthouse/v${r.pick(['5.3.0', '6.0.1'])}-${r.hex(7)}`)),
    t(0.2, (r) => lh(r, 'INFO', 'Configured for network', `name: ${r.pick(['mainnet', 'mainnet', 'holesky'])}`)),
    t(0.2, (r) => lh(r, 'INFO', 'Starting beacon chain', `method: ${r.pick(['resume', 'checkpoint_sync'])}, service: beacon`)),
  ] },
  { name: 'cometbft', templates: [
    t(10, (r) => cb(r, 'I', 'finalizing commit of block', `module=consensus height=${cbh(r)} hash=${cbhash(r)} root=${cbhash(r)} num_txs=${r.int(0, 300)}`)),
    t(10, (r) => cb(r, 'I', 'committed state', `module=state height=${cbh(r)} num_txs=${r.int(0, 300)} app_hash=${cbhash(r)}`)),
    t(8, (r) => cb(r, 'I', 'indexed block events', `module=txindex height=${cbh(r)}`)),
    t(6, (r) => cb(r, 'I', 'received proposal', `module=consensus proposal="Proposal{${cbh(r)}/${r.pick([0, 0, 0, 1])} (${cbhash(r)}:${r.int(1, 9)}:${hexUp(r, 12)}, -1) ${hexUp(r, 12)} @ ${ymd(r)}T${hms(r)}.${pad(r.int(0, 999999999), 9)}Z}" proposer=${hexUp(r, 40)}`)),
    t(6, (r) => cb(r, 'I', 'received complete proposal block', `module=consensus height=${cbh(r)} hash=${cbhash(r)}`)),
    t(2, (r) => cb(r, 'I', 'Timed out', `dur=${r.pick(['3s', '1s', '1.5s', '500ms'])} height=${cbh(r)} module=consensus round=${r.int(0, 3)} step=${r.pick(['RoundStepPropose', 'RoundStepPrevoteWait', 'RoundStepPrecommitWait', 'RoundStepNewHeight'])}`)),
    t(3, (r) => cb(r, 'E', 'Stopping peer for error', `module=p2p peer=${cbpeer(r)} err=${r.pick(['EOF', 'EOF', '"read tcp 10.0.3.5:26656->' + r.ip() + ':41822: i/o timeout"', '"pong timeout"'])}`)),
    t(2, (r) => cb(r, 'I', 'Added peer', `module=p2p peer=${cbpeer(r)}`)),
    t(2, (r) => cb(r, 'E', 'Error dialing peer', `module=p2p err="auth failure: secret conn failed: ${r.pick(['read tcp', 'dial tcp'])} ${r.ip()}:26656: ${r.pick(['i/o timeout', 'connect: connection refused', 'read: connection reset by peer'])}"`)),
    t(2, (r) => cb(r, 'I', 'Ensure peers', `module=pex numOutPeers=${r.int(0, 10)} numInPeers=${r.int(0, 40)} numDialing=${r.int(0, 3)} numToDial=${r.int(0, 10)}`)),
    t(0.6, (r) => cb(r, 'I', 'No addresses to dial. Falling back to seeds', 'module=pex')),
    t(1, (r) => cb(r, 'I', 'Saving AddrBook to file', `book=/home/node/.${r.pick(['gaia', 'osmosisd', 'celestia-app'])}/config/addrbook.json module=p2p size=${r.int(40, 4000)}`)),
    t(0.5, (r) => cb(r, 'I', 'commit is for a block we do not know about; set ProposalBlock=nil', `commit=${cbhash(r)} commit_round=${r.int(0, 2)} height=${cbh(r)} module=consensus proposal=${r.next() < 0.5 ? '' : cbhash(r)}`)),
    t(0.8, (r) => cb(r, 'E', 'failed to sign vote', `module=consensus err="${r.pick(['signing timeout', 'error signing vote: height regression. Got ' + cbh(r) + ', last height ' + cbh(r)])}" height=${cbh(r)} round=${r.int(0, 2)} vote="Vote{${r.int(0, 150)}:${hexUp(r, 12)} ${cbh(r)}/00/SIGNED_MSG_TYPE_PREVOTE(Prevote) ${hexUp(r, 12)} 000000000000 @ ${ymd(r)}T${hms(r)}.${ms3(r)}Z}"`)),
    t(0.6, (r) => { const [impl, mod] = r.pick([['Node', 'node'], ['P2P Switch', 'p2p'], ['BlockPool', 'blocksync'], ['Consensus', 'consensus'], ['Mempool', 'mempool'], ['Evidence', 'evidence'], ['PEX', 'pex']]); return cb(r, 'I', 'service start', `impl=${impl} module=${mod} msg="Starting ${impl} service"`); }),
    t(0.3, (r) => cb(r, 'I', 'Time to switch to consensus mode!', `height=${cbh(r)} module=blocksync`)),
    t(0.3, (r) => cb(r, 'I', 'ABCI Replay Blocks', `appHeight=${cbh(r)} module=consensus stateHeight=${cbh(r)} storeHeight=${cbh(r)}`)),
  ] },
  { name: 'windowsupdate-log', templates: [
    t(4, (r) => `${wu(r, 'Agent')}* START * Finding updates CallerId = ${r.pick(WUCALLERS)}  Id = ${r.int(1, 400)}`),
    t(4, (r) => `${wu(r, 'Agent')}* END * Finding updates CallerId = ${r.pick(WUCALLERS)}  Id = ${r.int(1, 400)}`),
    t(3, (r) => `${wu(r, 'Agent')}Online = ${r.pick(['Yes', 'Yes', 'No'])}; AllowCachedResults = ${r.pick(['No', 'Yes'])}; Ignore download priority = No`),
    t(3, (r) => `${wu(r, 'Agent')}Criteria = ${r.pick(['IsInstalled=0 and DeploymentAction=\'Installation\' or IsInstalled=0 and DeploymentAction=\'OptionalInstallation\' or IsPresent=1 and DeploymentAction=\'Uninstallation\' or IsInstalled=1 and DeploymentAction=\'Installation\' and RebootRequired=1 or IsInstalled=0 and DeploymentAction=\'Uninstallation\' and RebootRequired=1', 'IsInstalled=0 and Type=\'Software\'', 'IsInstalled=0 and DeploymentAction=\'Installation\' and IsHidden=0'])}`),
    t(3, (r) => `${wu(r, 'Agent')}ServiceID = ${r.pick(WUSVC)} ${r.pick(['Third party service', 'Windows Update', 'Managed'])}`),
    t(2, (r) => `${wu(r, 'Agent')}Search Scope = {${r.pick(['Machine', 'Machine', 'Current User'])}}`),
    t(2, (r) => `${wu(r, 'Agent')}Caller SID for Applicability: ${r.next() < 0.7 ? 'S-1-5-18' : `S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1001, 1200)}`}`),
    t(2.5, (r) => `${wu(r, 'Agent')}Found ${r.int(0, 12)} updates and ${r.int(20, 180)} categories in search; evaluated appl. rules of ${r.int(500, 3000)} out of ${r.int(3000, 9000)} deployed entities`),
    t(2, (r) => `${wu(r, 'Agent')}Title = ${pick(r, WUTITLES)}`),
    t(2, (r) => `${wu(r, 'Agent')}UpdateId = ${wuguid(r)}.${r.pick([1, 1, 200, 201, 202])}`),
    t(3, (r) => `${wu(r, 'ComApi')}* START *   Search ClientId = ${r.pick(WUCALLERS)}`),
    t(3, (r) => `${wu(r, 'ComApi')}* END *   Search ClientId = ${r.pick(WUCALLERS)}, Updates found = ${r.int(0, 12)}, ServiceId = ${r.pick(WUSVC)} (cV = ${wucv(r)})`),
    t(2.5, (r) => `${wu(r, 'ProtocolTalker')}OK to reuse existing configuration`),
    t(2.5, (r) => `${wu(r, 'ProtocolTalker')}Existing cookie is valid, just use it`),
    t(1.5, (r) => `${wu(r, 'ProtocolTalker')}*FAILED* [${r.pick(WUHRESULTS)}] Method failed [${r.pick(['CClientWebService::SyncUpdates', 'CClientWebService::GetCookie', 'CAgentProtocolTalker::SyncUpdates_WithRecovery'])}:${r.int(100, 2000)}]`),
    t(2, (r) => `${wu(r, 'SLS')}Get response for service ${r.pick(WUSVC).slice(1, -1)} - forceExpire[False] asyncRefreshOnExpiry[${r.pick(['True', 'False'])}]`),
    t(2, (r) => `${wu(r, 'SLS')}path used for cache lookup: /SLS/${r.pick(WUSVC)}/x64/10.0.${r.pick([22631, 26100])}.${r.int(4000, 4999)}/0?CH=${r.int(100, 999)}&L=${r.pick(['en-US', 'de-DE', 'en-GB'])}&P=&PT=0x${r.pick(['30', '4', '48'])}&WUA=1123.${r.int(2300, 2412)}.${r.int(10000, 29999)}.0&MK=${r.pick(['Dell+Inc.', 'LENOVO', 'HP', 'Microsoft+Corporation'])}&MD=${r.pick(['Latitude+5440', '21HD', 'HP+EliteBook+840+G10', 'Surface+Laptop+5'])}`),
    t(1.5, (r) => `${wu(r, 'Misc')}*FAILED* [${r.pick(WUHRESULTS)}] Library download error. Will retry. Retry Counter:${r.int(0, 3)}`),
    t(2, (r) => `${wu(r, 'IdleTimer')}WU operation (CSearchCall::Init ID ${r.int(1, 400)}) started; operation # ${r.int(1, 900)}; does use network; is not at background priority`),
    t(2, (r) => `${wu(r, 'IdleTimer')}WU operation (SR.${r.pick(WUCALLERS)} ID ${r.int(1, 400)}, operation # ${r.int(1, 900)}) stopped; does use network; is not at background priority`),
    t(1, (r) => `${wu(r, 'DownloadManager')}Download job ${wuguid(r)} completed with result 0x${r.next() < 0.85 ? '00000000' : r.pick(WUHRESULTS)}`),
    t(0.8, (r) => `${wu(r, 'Handler')}Update ${wuguid(r)} installed with result 0x${r.next() < 0.8 ? '00000000' : r.pick(['80070002', '800F0922', '80073712'])}; reboot required = ${r.pick(['True', 'False'])}`),
    t(1, (r) => `${wu(r, 'Shared')}Effective power state: ${r.pick(['AC', 'AC', 'DC'])}`),
  ] },
  { name: 'arangodb', templates: [
    t(8, (r) => `${ar(r, 'WARN', '8bcee', 'queries')}slow query: '${r.pick(ARQUERIES)}', bind vars: {"${r.pick(['c', 'start', 'k', 'q'])}":"${r.alnum(8)}"}, database: ${r.pick(ARDBS)}, user: ${r.pick(['root', 'shop_app', 'analytics_ro'])}, id: ${r.int(10000, 9999999)}, token: QRY${r.int(10000, 9999999)}, took: ${r.float(10, 900, 3)} s`),
    t(4, (r) => `${ar(r, 'ERROR', 'c5f6d', 'queries')}AQL query '${r.pick(ARQUERIES)}' failed: ${r.pick(['query killed (while executing)', 'document not found', 'unique constraint violated - in index primary of type primary over \'_key\'', 'resource limit exceeded'])}`),
    t(3, (r) => `${ar(r, 'ERROR', '43ba1', 'cluster')}cannot create connection to server '${arserver(r)}' at endpoint 'tcp://10.0.${r.int(2, 4)}.${r.int(2, 250)}:8529'`),
    t(3, (r) => `${ar(r, 'WARN', '66d82', 'heartbeat')}Heartbeat took ${r.float(1, 30, 3)} s, which is longer than expected`),
    t(2, (r) => `${ar(r, 'INFO', 'b7c10', 'supervision')}Failed server ${arserver(r)} detected, starting FailedServer job ${r.int(100000, 9999999)}`),
    t(2, (r) => `${ar(r, 'INFO', 'ac6a3', 'supervision')}Server ${arserver(r)} is back: health status GOOD`),
    t(3, (r) => `${ar(r, 'INFO', '07f53', 'maintenance')}Dropping local shard 's${r.int(10000, 9999999)}' of '${r.pick(ARDBS)}/${r.pick(['orders', 'carts', 'events', 'follows', 'products'])}'`),
    t(3, (r) => `${ar(r, 'INFO', 'e7c15', 'maintenance')}Creating local shard 's${r.int(10000, 9999999)}' for central '${r.pick(ARDBS)}/${r.int(10000, 9999999)}'`),
    t(2, (r) => `${ar(r, 'WARN', 'e0a3b', 'replication')}synchronizing shard 's${r.int(10000, 9999999)}' from leader '${arserver(r)}' failed: ${r.pick(['timeout', 'connection refused', 'shard is being dropped'])}, retrying`),
    t(1.5, (r) => `${ar(r, 'WARN', 'b3a8a', 'arangosearch')}failed to commit ArangoSearch link '${r.int(100000, 9999999)}' of view '${r.pick(['products_view', 'events_view'])}': ${r.pick(['out of memory', 'Lock wait timeout', 'commit of an empty transaction'])}`),
    t(1.5, (r) => `${ar(r, 'WARN', 'dc1b9', 'authentication')}Authentication failed for user '${r.pick(['root', 'shop_app', 'admin', 'test'])}' from ${r.ip()}`),
    t(1, (r) => `${ar(r, 'WARN', '118b0', 'memory')}maximum number of memory mappings per process is ${r.pick([65530, 65530, 262144])}, which seems too low. it is recommended to set it to at least ${r.pick([512000, 1024000])}`),
    t(1, (r) => `${ar(r, 'WARN', '49528', 'memory')}execute 'sudo sysctl -w "vm.max_map_count=${r.pick([512000, 1024000])}"'`),
    t(0.5, (r) => `${ar(r, 'WARN', '2e7df', 'memory')}/sys/kernel/mm/transparent_hugepage/${r.pick(['enabled', 'defrag'])} is set to '${r.pick(['always', 'always', 'madvise'])}'. It is recommended to set it to a value of 'never' or 'madvise'`),
    t(0.2, (r) => `${ar(r, 'INFO', 'e52b0', 'general')}ArangoDB (version ${r.pick(['3.11.11', '3.12.3'])} [linux]) is ready for business. Have fun!`),
    t(0.2, (r) => `${ar(r, 'INFO', 'cf3f4', 'general')}${r.pick(['Starting up with role DBSERVER', 'Starting up with role COORDINATOR', 'Starting up with role AGENT', 'Starting up with role SINGLE'])}`),
    t(0.2, (r) => `${ar(r, 'INFO', 'b4133', 'general')}SIGTERM received (sender pid ${r.int(0, 1)}), beginning shut down sequence`),
    t(0.1, (r) => `${ar(r, 'INFO', '43396', 'startup')}using storage engine 'rocksdb'`),
  ] },
  { name: 'htcondor', templates: [
    t(6, (r) => `${hc(r)}${hcpid(r)}Started shadow for job ${hcjob(r)} on ${hcslot(r)}@${hcnode(r)} ${hcsinful(r)} for ${r.pick(HCUSERS)}, (shadow pid = ${r.int(10000, 4000000)})`),
    t(6, (r) => `${hc(r)}${hcpid(r)}Shadow pid ${r.int(10000, 4000000)} for job ${hcjob(r)} exited with status ${r.pick([100, 100, 100, 100, 102, 107, 112, 115, 4])}`),
    t(5, (r) => { const h = hcnode(r); return `${hc(r)}${hcpid(r)}Match record (${hcslot(r)}@${h} ${hcsinful(r, h)} for ${r.pick(HCUSERS)}, ${hcjob(r)}) deleted`; }),
    t(4, (r) => `${hc(r)}${hcpid(r)}Starting add_shadow_birthdate(${hcjob(r)})`),
    t(3, (r) => `${hc(r)}${hcpid(r)}Number of Active Workers ${r.int(0, 4)}`),
    t(2, (r) => `${hc(r)}${hcpid(r)}Activity on stashed negotiator socket: <10.1.0.${r.int(2, 9)}:9618>`),
    t(2, (r) => `${hc(r)}${hcpid(r)}Using negotiation protocol: NEGOTIATE`),
    t(2, (r) => `${hc(r)}${hcpid(r)}Negotiating for owner: ${r.pick(HCUSERS)}@hpc.example.edu`),
    t(2, (r) => `${hc(r)}${hcpid(r)}Finished negotiating for ${r.pick(HCUSERS)} in local pool: ${r.int(0, 400)} matched, ${r.int(0, 90)} rejected`),
    t(1.5, (r) => `${hc(r)}${hcpid(r)}TransferQueueManager stats: active up=${r.int(0, 10)}/100 down=${r.int(0, 10)}/100; waiting up=${r.int(0, 5)} down=${r.int(0, 5)}; wait time up=${r.int(0, 90)}s down=${r.int(0, 90)}s`),
    t(1, (r) => `${hc(r)}${hcpid(r)}Job ${hcjob(r)} put on hold: ${r.pick(['Job has gone over memory limit of 2048 megabytes. Peak usage: 2310 megabytes.', 'Error from ' + hcslot(r) + '@' + hcnode(r) + ': Failed to execute \'/home/alice/run.sh\': (errno=13: \'Permission denied\')', 'Transfer input files failure at execution point ' + hcslot(r) + '@' + hcnode(r) + ' while receiving files from access point: reading from file /home/bob/data.tgz: (errno 2) No such file or directory', 'The job exceeded allowed execute duration of 2+00:00:00'])}`),
    t(4, (r) => { const j = hcjob(r); return `${hc(r)}(${j}) (${r.int(10000, 4000000)}): Job ${j} terminated: exited with status ${r.next() < 0.85 ? 0 : r.pick([1, 2, 127, 137])}`; }),
    t(3, (r) => `${hc(r)}(${hcjob(r)}) (${r.int(10000, 4000000)}): Reporting job exit reason 100 and attempting to fetch new job.`),
    t(1, (r) => { const j = hcjob(r); return `${hc(r)}(${j}) (${r.int(10000, 4000000)}): Job ${j} is being evicted from ${hcslot(r)}@${hcnode(r)}`; }),
    t(1, (r) => `${hc(r)}(${hcjob(r)}) (${r.int(10000, 4000000)}): File transfer completed successfully.`),
    t(5, (r) => { const [a, b] = r.pick(HCSTATES); return `${hc(r)}${hcslot(r)}: Changing state and activity: ${a} -> ${b}`; }),
    t(3, (r) => `${hc(r)}${hcslot(r)}: Got activate_claim request from shadow (10.1.0.${r.int(2, 9)})`),
    t(3, (r) => `${hc(r)}${hcslot(r)}: Remote job ID is ${hcjob(r)}`),
    t(2, (r) => { const [u, n] = r.pick([['VANILLA', 5], ['VANILLA', 5], ['DOCKER', 13], ['CONTAINER', 14]] as const); return `${hc(r)}${hcslot(r)}: Got universe "${u}" (${n})`; }),
    t(2, (r) => `${hc(r)}${hcslot(r)}: State change: claim-activation protocol successful`),
    t(1, (r) => `${hc(r)}${hcslot(r)}: Called deactivate_claim_forcibly()`),
  ] },
];

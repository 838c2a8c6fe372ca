// Seventeenth sealed evaluation corpus for the template miner: written on 2026-12-07, before any
// miner change of the round after sealed16, by a helper that had read neither the miner
// (src/patterns/, test/patterns/) nor any per-system score of the other sets, nor README's template
// results, and ran no `git log`, `git show` or `git diff` against other commits (only `git
// rev-parse --short HEAD`, `git status` and `git diff --stat` of its own uncommitted edit of
// bench/patterns.ts; the worktree /tmp/wt-s17 was made at 93e113e). It is meant to be scored like
// sealed5 to sealed16 (average and minimum only until a round ends, per system only at the end of
// that round). The lines are written from knowledge of the formats, not copied, with the variable
// parts drawn from the seeded RNG. Scored once, after it was written and before any miner change of
// its round (bench:patterns --lines 20000 --orders 5 --sealed17-summary; src/patterns as at the
// worktree's HEAD commit 93e113e, nothing uncommitted under src/): average 0.619, minimum 0.000.
// Only the set's summary line was read (the run's output was filtered to the line naming this set).
// Nothing here was changed after it but this note.
//
// Formats in none of the other sets (checked against the system names in every
// bench/lib/patterns-*.ts and by grepping bench/lib for each product and for a telltale string of
// each format: `tyk`, `Tyk`, `prefix=main`, `tyk-gateway`, `thanos`, `component=compactor`,
// `shipper`, `systemd-resolved`, `timesyncd`, `timesync`, `Using degraded feature set`, `Initial
// synchronization`, `rsyslogd`, `imuxsock`, `x-pid=`, `courier`, `courier-imapd`, `courieresmtpd`,
// `courierd`, `imapd-ssl`, `apcupsd`, `apcaccess`, `Power failure`, `UPS batteries`, `NOMINAL`,
// `sophos`, `Sophos`, `sys="SecureNet"`, `ulogd`, `httpproxy`, `fwrule`, `astaroth`, `joined this
// ARK`, `Shootergame`, `ShooterGame`, `inspircd`, `ircd`, `m_sasl`, `solana`, `replay_stage`, `new
// root`, `agave`, `Shred`, `datapoint`, `PROGRESS REPORT`, `CRASH REPORT`, `SUPERVISOR REPORT`,
// `=INFO REPORT`, `crash_report`, `application_controller`, `ktor`, `Ktor`, `io.ktor`, `Responding
// at`, `Application started in`, `DefaultDispatcher`, `Netty`, `kotlin`, `Executing .Functions`,
// `Host lock lease`, `Host.Startup`, `Azure`, `fly.io`, `fly-proxy`, `rethinkdb`, `Server ready`,
// `couchbase`, `Couchbase`, `ns_1@`, `ns_orchestrator`, `ns_memcached`, `babysitter`, `jfrt`,
// `jfrog`, `artifactory`, `ACCEPTED DOWNLOAD`, `DENIED DEPLOY`; `ns_server` occurs only inside
// sealed7's `pdns_server`, `gen_server` only in sealed7's CouchDB rexi line (no SASL report
// anywhere), `Functions.` only in sealed14's WildFly text, `flyctl` only inside other words, `app[`
// only in sealed15's Heroku drain (`app[web.1]:`, a different layout), `CONNECT: Client` only in
// patterns-unseen's vsftpd lines, `memcached` only in sealed3's memcached system, `caller=` in
// go-kit lines of other products, `OPER`, `gossip`, `rebalance`, `region=` and `AMB` only in other
// products' text; Snort was dropped because sealed2's Suricata fast.log is the same `[**]
// [gid:sid:rev] ... [**]` layout, systemd-logind because patterns-heldout has its `New session`
// line, AppArmor because heldout has its audit line, Jitsi, Vert.x, UniFi and OSSEC because their
// names occur in other sets): Tyk Gateway (logrus text, `time="Mmm dd hh:mm:ss" level=... msg="..."
// fields ... prefix=...`, its access log included), Thanos (go-kit logfmt from the sidecar,
// compactor, store gateway, querier and receiver, `ts=... caller=file.go:line level=...`),
// systemd-resolved with systemd-timesyncd and rsyslogd's own status lines (syslog), Courier
// (Courier-IMAP imapd-ssl and pop3d, courieresmtpd, courierd, courieresmtp, courierlocal,
// authdaemond; program without pid), Sophos UTM 9 (`yyyy:mm:dd-hh:mm:ss host prog[pid]: id="..."
// severity="..." sys="..." sub="..." name="..." ...`, with pluto's IPsec lines), apcupsd's events
// file, an ARK: Survival Evolved dedicated server (ShooterGame.log with tribe log lines, RichColor
// tags and BattlEye lines), InspIRCd (`Www Mmm dd yyyy hh:mm:ss TYPE: message`), an Agave/Solana
// validator (env_logger `[time LEVEL module::path]`, metrics datapoints included), Erlang/OTP SASL
// reports (`=PROGRESS REPORT==== ... ===` and the indented term lines, each printed line a line of
// its own), Ktor (logback, with Exposed, HikariCP, Netty, Flyway, Koin and bare exception and stack
// lines), the Azure Functions host console, Fly.io (`fly logs`: app, proxy, health and runner
// sources), RethinkDB's log_file, Couchbase Server (ns_server's info.log and memcached.log read
// together) and JFrog Artifactory 7 (artifactory-service.log, the access log and the `|` separated
// request log read together).
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed16: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - One statement, values in its wording, is one event: Tyk's `http: proxy error: <err>`, `Checking
//   security policy: <type>`, `Policies found (N total):`, the ` - <policy>` listing line,
//   `Detected N APIs`, the `[HOST CHECKER] [HOST DOWN]: <url>` line (the URL a value; HOST UP is
//   another event), the access log whatever its method and response code (a key list: `method=` is
//   a value there); Thanos' `adding new store with [<api list>]` (the list of varying length a
//   value), `changing probe status` whatever `status=`, `retriable error` whatever `err=`;
//   resolved's `Using degraded feature set A instead of B for DNS server S.`, `Server returned
//   error <rcode>, mitigating ...`, `<link>: Bus client set DNS server list to: <list>` (the link
//   name a value, the list of varying length), `DNSSEC validation failed for question <q>:
//   <result>`, timesyncd's `Contacted` / `Timed out waiting for reply from <server>`, rsyslogd's
//   `action '<a>' suspended (module '<m>'), retry N. ...`, `exiting on signal N.`; Courier's
//   `couriertls: accept: <err>`, courieresmtp's `...,status: <success|deferred|failure>` (a field's
//   value: one event, as courierlocal's is another), the SMTP reply after `addr=<...>: ` (free
//   text), courieresmtpd's `error,relay=...,msg="<reply>",cmd: <command>`, `Waiting.  shutdown
//   time=..., wakeup time=...`; apcupsd's `UPS Self Test completed: <result>`, `apcupsd <version
//   string> startup succeeded`, `apcupsd exiting, signal N`; ARK's `AdminCmd: <command>
//   (PlayerName: ...)` (the command of any length), the chat line `<name> (<character>): <text>`,
//   `SERVER: <text>`, `Commandline:  <args>`; InspIRCd's `Client exiting: ... [<reason>]` (the quit
//   message free text), `added a timed <type> on <mask>, expires in <dur> (on <date>): <reason>`
//   and its `Removing an expired <type>` pair (the X-line type a value), `opered as type: <type>`,
//   `Server <s> split: <reason>`, `Connection to '<s>' failed with error: <err>`, `authenticated as
//   <acct> using <mech>`; Solana's datapoints (one event per measurement name, its field list
//   fixed), `voting: <slot> <weight>`, `Error while receiving stream: <err>`, `submit response
//   unsuccessful: <status>`, `Unable to set root on bank N: <err>`, the snapshot archive line whose
//   incremental part is `Some("...")` or `None`; the SASL term lines (`    supervisor:
//   {local,<name>}`, `              {mfargs,{<m>,start_link,<args>}},` and every other `key:
//   <term>` or `{key,<term>}` line is one event per key: the term, of any length, is a value;
//   `errorContext: <context>`, `exited: <reason>` and `type: <type>` likewise); Ktor's call-logging
//   line `<status>: <method> - <path> in Nms` (status with its reason phrase, `200 OK` or `500
//   Internal Server Error`, and the method are values: the line does not start with the method),
//   Exposed's SQL line (the statement, SELECT or INSERT alike, is free text), `Unhandled: <method>
//   - <path>`, `JWT verification failed: <text>`, `PSQLException: <text>`, every `\tat <frame>`
//   line and `\t... N common frames omitted`, Flyway's `Successfully applied N migration(s)` (the
//   plural an inflection of the value); the Functions host's `Executing 'Functions.<f>'
//   (Reason='<text>', Id=...)` whatever the trigger's reason text, `Exception while executing
//   function: Functions.<f>. <source>: <message>`, `Executing StatusCodeResult, setting HTTP status
//   code N`, `Executing OkObjectResult, writing value of type '<type>'.`; Fly's `Preparing to run:
//   \`<cmd>\` as <user>`, `Main child exited normally with code: N`, the kernel's `Out of memory:
//   Killed process ...`; RethinkDB's `Table <uuid or db.table>: ...` lines, `Failed to connect to
//   peer <addr>: <err>`, `Query execution took N seconds: <ReQL>`; Couchbase's `Rebalance exited
//   with reason <term>.`, `went down. Details: [{nodedown_reason,<r>}]`, `was automatically failed
//   over. Reason: <text>`, `Could not automatically fail over node (<n>). <text>`, `Failed to grab
//   system stats: <term>`, DCP's `Stream closing, ... reason: <text>`, `HELO [<agent>] <feature
//   list> [ <peers> ]` (the feature list of varying length), the `Slow operation: <json>` line,
//   `Invalid password specified for [<user>]. Mechanism:[<m>]`; Artifactory's request log
//   (pipe-separated fields: the method is a field's value, so the log is one event), `<repo>
//   downloading <url> <size>`, `Error in getting information for '<path>' (Failed retrieving
//   resource from <url>: <err>).`, the GC report line, `Failed to get connection from pool: <err>`.
// - Separate statements are separate events even where their wording differs by one word: Tyk's
//   `Attempted access with non-existent key.` / `... malformed header ...`, `Key rate limit
//   exceeded.` / `Key quota limit exceeded.`, `reload: initiating` / `reload: complete`,
//   `Connection to Redis failed` / `succeeded`, `--> Listening on address:` / `--> Listening on
//   port:`; Thanos' `start sync of metas` / `start of GC` / `start of compactions` / `compaction
//   iterations done`, `started cleaning of blocks marked for deletion` / `cleaning of ... done` /
//   `deleted block marked for deletion`, `loaded new block` / `dropped outdated block`, `listening
//   for serving gRPC` / `listening for requests and metrics`; resolved's `Using degraded feature
//   set` / `Grace period over, resuming full feature set`, `Clock change detected. Flushing
//   caches.` / `Flushed all caches.`, `Bus client set search domain list to:` / `Bus client reset
//   search domain list.`, timesyncd's `Initial clock synchronization to` / `Synchronized to time
//   server for the first time`, rsyslogd's `rsyslogd was HUPed` / `start` / `exiting on signal`
//   after the same origin block, `suspended` / `resumed`, imuxsock's `begins to drop messages` /
//   `Lost N messages`; Courier's `Connection` / `LOGIN` / `LOGOUT` / `DISCONNECTED` / `TIMEOUT` /
//   `LOGIN FAILED` (each per program: imapd-ssl's and pop3d's are different events), courierd's
//   `newmsg` / `started` / `completed`; Sophos' ids with their names (2001 `Packet dropped` / 2002
//   `Packet accepted`, 0001 `http access` / 0002 `web request blocked`, 3004 `Authentication
//   successful` / 3005 `Authentication failed`, 1000 `email passed` / 1003 `email rejected`, 3100 /
//   3103), pluto's `initiating Main Mode` / `ISAKMP SA established` / `IPsec SA established` /
//   `DPD: No response` / `max number of retransmissions`; apcupsd's messages (`Power failure.` /
//   `Running on UPS batteries.` / `Mains returned. No longer on UPS batteries.` / `Power is back.
//   UPS running on mains.`, `Communications with UPS lost.` / `restored.`, `Battery disconnected.`
//   / `reattached.`, `startup succeeded` / `shutdown succeeded`); ARK's `joined this ARK!` / `left
//   this ARK!`, `was killed by a <creature> - Lvl N!` (a wild creature: the article is wording) /
//   `was killed by <player> - Lvl N (<tribe>)!` / `Your <dino> ... was killed by a ...`, `Tamed a`
//   / `demolished a` / `was auto-decay destroyed!` / `was added to the Tribe by`, BattlEye's
//   `connected` / `disconnected` / `Verified GUID`; InspIRCd's `Client connecting` / `Client
//   exiting`, `added a timed` / `Removing an expired`, `opered as type` / `failed to oper as`,
//   LINK's `Connecting to` / `Received end of netburst` / `split` / `failed with error`; Solana's
//   `new fork` / `new root`, `Waiting for 80% of activated stake` / `N% of active stake visible`;
//   SASL's report heads (`PROGRESS` / `CRASH` / `SUPERVISOR` / `ERROR` / `INFO REPORT`, the date a
//   value), the crasher's `exception error:` / `exception exit:` (the class is written into the
//   wording), the `** Generic server ... terminating` / `** Last message in was` / `** When Server
//   state ==` / `** Reason for termination ==` lines; Ktor's `Application started in` / `Responding
//   at` / `Autoreload is disabled`, Hikari's `Starting...` / `Start completed.`; the Functions
//   host's `Executed '...' (Succeeded, ...)` / `(Failed, ...)` (the outcome is the statement's
//   wording, not a key's value), `Executing` / `Executed`, the queue and the Event Hubs `Trigger
//   Details:` lines (different key sets), `Host started` / `Job host started` / `Host initialized`,
//   `Stopping` / `Stopped the listener`; Fly's proxy codes (`[PC01] instance refused connection` /
//   `[PR04] could not find a good candidate` / `[PU02] could not complete HTTP request`), health
//   `has failed` / `is now passing`, runner's `Pulling` / `Successfully prepared` / `Configuring
//   firecracker`; RethinkDB's `Connected to` / `Disconnected from server`, `Starting a new Raft
//   election` / `This server is Raft leader`, `Starting` / `Finished backfill`, `Heartbeat timeout`
//   / `Failed to connect to peer`, and each shutdown line; Couchbase's `went down` / `came up`,
//   `Rebalance completed successfully.` / `Rebalance exited with reason`, `Start compaction of
//   vbuckets` / `Finished compaction of databases`, `was automatically failed over` / `Could not
//   automatically fail over`, DCP's `Creating stream` / `Stream closing`, `authenticated as` /
//   `Invalid password specified`; Artifactory's access-log actions (`[ACCEPTED DOWNLOAD]` /
//   `[ACCEPTED DEPLOY]` / `[ACCEPTED DELETE]` / `[DENIED DOWNLOAD]` / `[DENIED LOGIN]` / `[ACCEPTED
//   LOGIN]`), HttpRepo's `downloading` / `downloaded`, `Starting cleanup of old events` / `Cleanup
//   ... finished`.
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event, so Fly's app output (morgan's `<METHOD> <path> <status> <ms> ms - <bytes>` after the
//   `app[...] region [info]` frame, as sealed15 labels Heroku's) is two events, GET and POST.
//   Ktor's call-logging line starts with the status, so its method is a value there, as are Sophos'
//   `method="..."`, the method field of Artifactory's request log and every method in a key list.
// - Levels, loggers, programs, sources and prefixes are part of the event: Tyk's `level=` and
//   `prefix=` (and `mw=` where a statement has it: constant per statement), Thanos' `level=`,
//   `caller=` file (its line drawn from one to three values per statement, as versions differ, and
//   a value) and `component=`/`service=` where constant; the syslog program (systemd-resolved,
//   systemd-timesyncd, rsyslogd, imapd-ssl, pop3d, courierd ...); Sophos' program, id, severity,
//   sys, sub, name and action (constant per id; every other key's value is a variable); InspIRCd's
//   TYPE; Solana's level and module path; Ktor's level and logger; Fly's source (`app`, `proxy`,
//   `health`, `runner`) and `[level]`, and init's own ` INFO` / ` WARN` word; RethinkDB's level;
//   Couchbase's `[component:level,` and the `module:function:line` tail of ns_server lines (the
//   line drawn from two values per statement, a value), memcached's level; Artifactory's `[jfrt ]`,
//   level and `class:line` (line a value as for Thanos). Values: the syslog host and pid
//   (rsyslogd's `x-pid` too), Sophos' host and pid, Tyk's api_id/api_name/org_id/key/origin/path,
//   Thanos' `component=` where it names the binary (gRPC, http and probe lines), ARK's `[frame]`
//   counter and both timestamps, the tribe prefix `Tribe <name>, ID N: Day N, hh:mm:ss: `, the SASL
//   pid terms, Ktor's thread, the Functions function name, Fly's machine id and region, RethinkDB's
//   uptime column, Couchbase's node and Erlang process (with its registered-name prefix, such as
//   `ns_memcached-<bucket>` or `compaction_daemon`), memcached's connection id, Artifactory's trace
//   id and thread.
// - Free text inside a fixed frame is a variable of varying length: Tyk's proxy error, Thanos'
//   `err=` values and the compaction `plan=`/`blocks=` lists, resolved's server and domain lists,
//   Courier's SMTP replies and rejections, Sophos' `url=`, `ua=`, `subject=`, IPS `reason=` and
//   `profile=` values, ARK's chat text and admin commands, InspIRCd's real names and quit, kill and
//   ban reasons, Solana's error texts and vote slot lists, the SASL terms, Ktor's SQL and exception
//   texts, the Functions trigger reasons and error messages, Fly's `Preparing to run` command,
//   RethinkDB's ReQL, Couchbase's Erlang terms, failover reasons and HELO feature lists,
//   Artifactory's artifact paths and error texts.
// - Lines without a header of their own (Ktor's exception, `\tat` and `\t...` lines, the SASL
//   report body lines, ARK's `[  0]` startup lines without the second timestamp) are events of
//   their own, as sealed15's z/OS continuation records and Mailman's second lines are.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, ymd, ms3, usec, skew, port, pick, lan, bsd, hexUp, syslog, PEOPLE } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const FIXED = new Rng(20261717);
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A day in the corpus's window (as ymd draws it). */
const day = (r: Rng) => { const m = r.next() < 0.8 ? 12 : 11; const d = r.int(1, 28); return { m, d, mon: MONS[m - 1] }; };

// Tyk Gateway (logrus text: `time="Mmm dd hh:mm:ss" level=... msg="..." fields sorted ... prefix=...`)
const tyt = (r: Rng) => { const { d, mon } = day(r); return `time="${mon} ${d2(d)} ${hms(r)}"`; };
const TYAPIS = [['7a1c2e4f5b6d4e0a9c3b8f1e2d3c4b5a', 'Orders API'], ['1f0e9d8c7b6a4f3e8d2c1b0a9f8e7d6c', 'Catalog'], ['3c4d5e6f7a8b4c9dae0f1a2b3c4d5e6f', 'Partner Invoices v2'], ['9e8d7c6b5a4f4e3d8c2b1a0f9e8d7c6b', 'auth-service']] as const;
const TYORG = '5e9d9544a1dcd60001d0ed20';
const tyapi = (r: Rng) => { const [id, n] = skew(r, TYAPIS, 0.5); return `api_id=${id} api_name="${n}"`; };
const TYPATHS = [(r: Rng) => `/orders/${r.int(10000, 999999)}`, () => '/orders', () => '/catalog/items', (r: Rng) => `/catalog/items/${r.int(100, 9999)}`, (r: Rng) => `/v2/partners/${r.alnum(8)}/invoices`, () => '/auth/token', () => '/'];
const typath = (r: Rng) => pick(r, TYPATHS);
const tykey = (r: Rng) => `****${r.hex(4)}`;
const TYUA = ['curl/8.5.0', 'okhttp/4.12.0', 'python-requests/2.32.3', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'PostmanRuntime/7.42.0', 'Go-http-client/1.1'];
const tyup = (r: Rng) => `10.0.2.${r.int(11, 40)}:${r.pick([8080, 8080, 3000])}`;
const TYPOL = ['free-tier', 'gold-partners', 'internal-services', 'mobile-app', 'read-only'];

// Thanos (go-kit logfmt: `ts=... caller=file.go:line level=... [component=...] msg="..." key=value...`)
const tn = (r: Rng, caller: string, lvl: string) => `ts=${ymd(r)}T${hms(r)}.${pad(r.int(0, 999999999), 9)}Z caller=${caller} level=${lvl} `;
const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ulid = (r: Rng) => { let s = '01J'; for (let i = 0; i < 23; i++) s += CROCK[(r.next() * 32) | 0]; return s; };
const TNGROUPS = ['0@{cluster="prod-eu1", prometheus="monitoring/k8s", prometheus_replica="prometheus-k8s-0"}', '0@{cluster="prod-us1", prometheus="monitoring/k8s", prometheus_replica="prometheus-k8s-1"}', '300000@{cluster="prod-eu1", prometheus="monitoring/k8s", prometheus_replica="prometheus-k8s-0"}'];
const tngroup = (r: Rng) => { const g = r.pick(TNGROUPS); return `group="${g.replace(/"/g, '\\"')}" groupKey=${g.split('@')[0]}@${r.int(1e17, 9e17)}${r.int(10, 99)}`; };
const tndur = (r: Rng) => { const ms = r.int(3, 90000); return `duration=${ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms}ms`} duration_ms=${ms}`; };
const tnaddr = (r: Rng) => `10.0.${r.int(3, 4)}.${r.int(2, 250)}:10901`;
const tnlset = (r: Rng) => `extLset="{cluster=\\"${r.pick(['prod-eu1', 'prod-us1', 'staging'])}\\", prometheus=\\"monitoring/k8s\\", prometheus_replica=\\"prometheus-k8s-${r.int(0, 1)}\\"}"`;

// systemd-resolved, systemd-timesyncd and rsyslogd's own lines (syslog, read from /var/log/syslog)
const RSHOSTS = ['web01', 'web01', 'web02', 'db01'];
const RSV = '8.2312.0';
const rsorigin = (r: Rng) => `[origin software="rsyslogd" swVersion="${RSV}" x-pid="${r.next() < 0.8 ? 802 : r.int(300, 3000)}" x-info="https://www.rsyslog.com"]`;
const DNSSRV = ['10.0.0.2', '10.0.0.2', '10.0.0.3', '192.168.1.1', '1.1.1.1', '8.8.8.8', '127.0.0.53'];
const NTPSRV: [string, string][] = [['185.125.190.56', 'ntp.ubuntu.com'], ['185.125.190.57', 'ntp.ubuntu.com'], ['91.189.91.157', 'ntp.ubuntu.com'], ['162.159.200.1', '0.debian.pool.ntp.org'], ['10.0.0.5', 'ntp1.example.com']];
const ntp = (r: Rng) => { const [a, n] = r.pick(NTPSRV); return `${a}:123 (${n})`; };
const RSNAMES = ['example.com', 'api.github.com', 'archive.ubuntu.com', 'db01.internal.example.com', 'registry-1.docker.io', 'login.microsoftonline.com', 'wpad', 'ntp.ubuntu.com', 'pypi.org'];
const RSFEAT = [['UDP', 'UDP+EDNS0'], ['TCP', 'UDP'], ['UDP', 'UDP+EDNS0+DO'], ['UDP+EDNS0', 'UDP+EDNS0+DO']];
const rsif = (r: Rng) => r.pick(['eth0', 'eth0', 'ens3', 'wlp2s0', 'tailscale0', 'docker0']);
const rsaction = (r: Rng) => `action-${r.int(0, 9)}-builtin:${r.pick(['omfwd', 'omfwd', 'omfile', 'omrelp'])}`;

// Courier MTA and Courier-IMAP (syslog: program without pid)
const COHOSTS = ['mail', 'mail', 'mail', 'mx2'];
const co = (r: Rng, prog: string) => `${bsd(r)} ${skew(r, COHOSTS)} ${prog}: `;
const coip = (r: Rng) => `[::ffff:${r.next() < 0.3 ? lan(r, '192.168') : r.ip()}]`;
const COUSERS = [...PEOPLE, 'info', 'sales', 'j.smith', 'k.tanaka', 'webmaster'];
const couser = (r: Rng) => `${r.pick(COUSERS)}@${r.pick(['example.com', 'example.com', 'example.org'])}`;
const coext = (r: Rng) => `${r.pick(['bob.jones', 'newsletter', 'noreply', 'support', 'li.wei', 'mom', 'billing'])}@${r.pick(['gmail.com', 'outlook.com', 'partner.example.net', 'yahoo.co.jp', 'web.de', 'mailchimpapp.net'])}`;
const coid = (r: Rng) => `${hexUp(r, 16)}.${hexUp(r, 16)}.${hexUp(r, 4)}`;
const coio = (r: Rng) => `headers=${r.int(0, 90000)}, body=${r.int(0, 9000000)}, rcvd=${r.int(20, 9000)}, sent=${r.int(100, 9000000)}, time=${r.int(0, 20000)}`;
const COREPLY = ['250 2.0.0 OK  ' + FIXED.int(1796601600, 1797400000) + ' a640c23a62f3a-aa6b4d1c1e3si1234567wrb.123 - gsmtp', '250 2.6.0 <' + FIXED.hex(12) + '@mail.example.com> [InternalId=' + FIXED.int(1e12, 9e12) + '] Queued mail for delivery', '550 5.1.1 The email account that you tried to reach does not exist.', '421 4.7.0 Try again later, closing connection.', '452 4.2.2 The email account that you tried to reach is over quota.', '250 Ok: queued as 4Y7kTz2h9Xz9sWl'];
const COREJECT = [(r: Rng) => `554 Mail rejected - ${r.ip()} is listed in zen.spamhaus.org`, () => '535 Authentication failed.', () => '550 User unknown.', () => '517 SPF fail validation for [::ffff:203.0.113.7]: Address does not pass the Sender Policy Framework', () => '421 Too many connections from your IP address.'];

// Sophos UTM 9 (`yyyy:mm:dd-hh:mm:ss host prog[pid]: id="..." severity="..." sys="..." sub="..." name="..." key="value"...`; pluto's IPsec lines without the key list)
const SUHOSTS = ['utm-hq-1', 'utm-hq-1', 'utm-hq-2'];
const su = (r: Rng, prog: string, pid: number) => { const { m, d } = day(r); return `2026:${d2(m)}:${d2(d)}-${hms(r)} ${skew(r, SUHOSTS)} ${prog}[${r.next() < 0.85 ? pid : r.int(2000, 60000)}]: `; };
const sumac = (r: Rng) => Array.from({ length: 6 }, () => r.hex(2)).join(':');
const suin = (r: Rng) => `10.${r.pick([10, 10, 20, 30])}.${r.int(0, 9)}.${r.int(2, 250)}`;
const SUSITES = ['https://www.google.com/', 'https://outlook.office365.com/owa/', 'http://update.microsoft.com/v6/ClientWebService/client.asmx', 'https://slack.com/api/rtm.connect', 'https://api.github.com/repos/example/app', 'http://ocsp.digicert.com/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ', 'https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css', 'https://www.bbc.co.uk/news'];
const SUCATS = [[178, 'Internet Services'], [105, 'Business'], [126, 'News'], [157, 'Search Engines'], [163, 'Software/Hardware'], [122, 'Games'], [107, 'Social Networking']] as const;
const SUUA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Microsoft-CryptoAPI/10.0', 'Windows-Update-Agent/1123.2412.12012.0 Client-Protocol/2.71', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'Slack/4.41.97 Electron/32.2.5'];
const SUTUN = ['S_REF_IpsSitBranch1_0', 'S_REF_IpsSitBranch1_1', 'S_REF_IpsSitAwsVpc_0', 'D_REF_IpsRoaAndroid_0'];
const SUSIGS = [[2024217, 'SERVER-WEBAPP Apache Struts remote code execution attempt', 'Attempted Administrator Privilege Gain', 1], [1000123, 'SERVER-OTHER Log4j JNDI lookup attempt', 'Attempted User Privilege Gain', 1], [2210, 'SQL SA brute force login attempt', 'Misc Attack', 2], [32445, 'OS-WINDOWS Microsoft Windows SMB remote code execution attempt', 'Attempted Administrator Privilege Gain', 1], [45552, 'INDICATOR-SCAN SSH brute force login attempt', 'Misc activity', 3]] as const;
const suuser = (r: Rng) => r.pick(['admin', 'admin', 'alice', 'j.smith', 'svc-backup', 'root', 'hana']);

// apcupsd (the events file, /var/log/apcupsd.events: `yyyy-mm-dd hh:mm:ss +zzzz  message`)
const ap = (r: Rng) => `${ymd(r)} ${hms(r)} ${r.next() < 0.8 ? '+0100' : '+0000'}  `;

// ARK: Survival Evolved dedicated server (ShooterGame.log: `[yyyy.mm.dd-hh.mm.ss:mmm][frame]yyyy.mm.dd_hh.mm.ss: message`)
const ak = (r: Rng) => { const { m, d } = day(r); const h = `${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}`; return `[2026.${d2(m)}.${d2(d)}-${h}:${ms3(r)}][${String(r.int(0, 999)).padStart(3)}]2026.${d2(m)}.${d2(d)}_${h}: `; };
const ak0 = (r: Rng) => { const { m, d } = day(r); return `[2026.${d2(m)}.${d2(d)}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}:${ms3(r)}][  0]`; };
const AKPL = ['Alice', 'Ragnar', 'xX_Dodo_Xx', 'Hana', 'TankMom', 'Bob the Builder', 'Kofi', 'Sigrid', 'Human', 'Zerg'];
const AKTRIBES = ['Wolfpack', 'The Dodo Defense League', 'Tribe of Hana', 'ZERG', 'Alpha Raiders'];
const AKDINOS = ['Raptor', 'Rex', 'Giganotosaurus', 'Carnotaurus', 'Sarco', 'Megalodon', 'Alpha Raptor', 'Trike', 'Dodo', 'Allosaurus', 'Spino', 'Troodon', 'Dilophosaur'];
const AKSTRUCT = ['Thatch Foundation', 'Wooden Wall', 'Stone Foundation', 'Metal Gateway', 'Storage Box', 'Campfire', 'Wooden Door', 'Tek Generator', 'Behemoth Gate'];
const aktribe = (r: Rng) => `Tribe ${r.pick(AKTRIBES)}, ID ${r.int(1000000000, 1999999999)}: Day ${r.int(1, 2400)}, ${hms(r)}: `;
const akid = (r: Rng) => `${r.int(100000000, 999999999)}`;
const AKSTEAM = Array.from({ length: 10 }, () => `7656119${FIXED.int(800000000, 999999999)}${FIXED.int(0, 9)}`);
const AKCHAT = ['anyone near the obelisk?', 'lol', 'brb', 'raid at red ob', 'who has spare metal', 'gg', 'server restart when?', 'trading paracer saddle for 500 metal', 'my rex died to a troodon again', 'wipe when'];

// InspIRCd (ircd.log: `Www Mmm dd yyyy hh:mm:ss TYPE: message`)
const WDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ir = (r: Rng, type: string) => { const { m, d, mon } = day(r); const wd = WDAYS[new Date(Date.UTC(2026, m - 1, d)).getUTCDay()]; return `${wd} ${mon} ${d2(d)} 2026 ${hms(r)} ${type}: `; };
const IRNICKS = ['alice', 'bob', 'dmitri_', 'hana', 'Kofi', 'zed', 'sigrid', 'jules|away', 'emeka', 'lurker42', 'NickServ', 'ChanServ', 'Guest19022'];
const irnick = (r: Rng) => r.pick(IRNICKS);
const irhost = (r: Rng) => pick(r, [(r: Rng) => `Clk-${hexUp(r, 8)}.dsl.example.net`, (r: Rng) => `Clk-${hexUp(r, 8)}.res.spectrum.com`, (r: Rng) => `Clk-${hexUp(r, 8)}.${hexUp(r, 8)}.${hexUp(r, 8)}.IP`, () => 'user/alice', () => 'staff/hana']);
const iruser = (r: Rng, n = irnick(r)) => `${n}!${r.next() < 0.5 ? '~' : ''}${n.replace(/[^a-z]/gi, '').toLowerCase().slice(0, 9) || 'user'}@${irhost(r)}`;
const IRREAL = ['Alice', 'realname', 'https://kiwiirc.com/', 'Hana S.', 'Kofi Mensah', '...', 'The Lounge User', 'weechat'];
const IRQUIT = ['Quit: Leaving', 'Quit: WeeChat 4.4.3', 'Ping timeout: 240 seconds', 'Connection closed', 'Read error: Connection reset by peer', 'Quit: The Lounge - https://thelounge.chat', 'Quit: Client closed connection', 'Registration timeout', 'Excess flood'];
const IRSERVERS = ['hub.irc.example.net', 'leaf1.irc.example.net', 'leaf2.irc.example.net', 'services.irc.example.net'];

// Solana validator (Agave; env_logger: `[ISO-time-ns LEVEL module::path] message`)
const sl = (r: Rng, lvl: string, mod: string) => `[${ymd(r)}T${hms(r)}.${pad(r.int(0, 999999999), 9)}Z ${lvl.padEnd(5)} ${mod}] `;
const b58 = (r: Rng, n: number) => { const A = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'; let s = ''; for (let i = 0; i < n; i++) s += A[(r.next() * 58) | 0]; return s; };
const slslot = (r: Rng) => r.int(305000000, 305900000);
const SLIDS = Array.from({ length: 8 }, () => b58(FIXED, FIXED.int(43, 44)));
const slkey = (r: Rng) => r.pick(SLIDS);

// Erlang/OTP SASL reports (the legacy `=TYPE REPORT==== date ===` format of a release's log, each printed line a line of its own)
const erd = (r: Rng) => { const { d, mon } = day(r); return `${d}-${mon}-2026::${hms(r)}.${usec(r)}`; };
const erpid = (r: Rng) => `<0.${r.int(40, 9000)}.0>`;
const ERSUPS = ['sasl_safe_sup', 'kernel_safe_sup', 'shop_sup', 'shop_http_sup', 'ranch_sup', 'cowboy_sup', 'shop_db_pool_sup', 'telemetry_sup'];
const ERCHILD: [string, string, string][] = [['alarm_handler', 'alarm_handler', '[]'], ['release_handler', 'release_handler', '[]'], ['shop_order_server', 'shop_order_server', '[]'], ['{ranch_listener_sup,http}', 'ranch_listener_sup', '[http,ranch_tcp,#{socket_opts => [{port,8080}]},cowboy_clear,#{env => #{dispatch => [{\'_\',[],[{[<<"api">>,\'...\'],[],shop_api_h,[]}]}]}}]'], ['shop_db_pool', 'poolboy', '[[{name,{local,shop_db_pool}},{worker_module,shop_db_worker},{size,10},{max_overflow,5}],[{host,"10.0.3.12"},{database,"shop"}]]'], ['telemetry_handler_table', 'telemetry_handler_table', '[]'], ['shop_cache', 'shop_cache', '[#{ttl => 300}]']];
const ERAPPS = ['sasl', 'crypto', 'asn1', 'public_key', 'ssl', 'ranch', 'cowlib', 'cowboy', 'telemetry', 'shop', 'poolboy', 'epgsql'];
const ERNODES = ['shop@app01.example.com', 'shop@app02.example.com', 'nonode@nohost'];
const ERREASONS = ['{badarg,[{ets,lookup,[shop_cache,<<"sku-1234">>],[{error_info,#{cause => id,module => erl_stdlib_errors}}]}]}', '{timeout,{gen_server,call,[shop_db_pool,checkout,5000]}}', '{{badmatch,{error,econnrefused}},[{shop_db_worker,init,1,[{file,"src/shop_db_worker.erl"},{line,42}]}]}', 'shutdown', '{function_clause,[{shop_api_h,handle_req,[#{method => <<"PATCH">>}],[{file,"src/shop_api_h.erl"},{line,87}]}]}', 'killed'];
const ERTERMS = ['{\'$gen_call\',{<0.812.0>,#Ref<0.1234567.8901234.56789>},{checkout,true}}', '{\'EXIT\',<0.245.0>,shutdown}', 'timeout', '{tcp_closed,#Port<0.1234>}', '{refresh,<<"sku-1234">>}'];
const ERSTATES = ['{state,shop_cache,#{},300,undefined}', '{state,<0.811.0>,[],{[],[]},10,5}', '#{conn => undefined,retries => 3}', '{state,"10.0.3.12",5432,undefined}'];

// Ktor (logback's `yyyy-MM-dd HH:mm:ss.SSS [thread] LEVEL logger - message`, Exposed and HikariCP included)
const kt = (r: Rng, thread: string, lvl: string, logger: string) => `${ymd(r)} ${hms(r)}.${ms3(r)} [${thread}] ${lvl.padEnd(5)} ${logger} - `;
const ktev = (r: Rng) => `eventLoopGroupProxy-4-${r.int(1, 8)}`;
const ktdw = (r: Rng) => `DefaultDispatcher-worker-${r.int(1, 64)}`;
const KTPATHS = [(r: Rng) => `/api/orders/${r.int(1000, 99999)}`, () => '/api/orders', () => '/api/cart', (r: Rng) => `/api/products?category=${r.pick(['books', 'games', 'garden'])}&page=${r.int(1, 20)}`, () => '/health', () => '/metrics', (r: Rng) => `/api/customers/${r.uuid()}`];
const ktpath = (r: Rng) => pick(r, KTPATHS);
const KTSQL = [
  (r: Rng) => `SELECT ORDERS.ID, ORDERS.CUSTOMER_ID, ORDERS.STATUS, ORDERS.TOTAL, ORDERS.CREATED_AT FROM ORDERS WHERE ORDERS.ID = ${r.int(1000, 99999)}`,
  (r: Rng) => `INSERT INTO ORDERS (CUSTOMER_ID, STATUS, TOTAL, CREATED_AT) VALUES (${r.int(1, 9999)}, 'NEW', ${r.float(1, 900, 2)}, '${ymd(r)}T${hms(r)}')`,
  (r: Rng) => `SELECT PRODUCTS.ID, PRODUCTS."NAME", PRODUCTS.PRICE FROM PRODUCTS WHERE PRODUCTS.CATEGORY = '${r.pick(['books', 'games', 'garden'])}' LIMIT 20 OFFSET ${r.int(0, 20) * 20}`,
  (r: Rng) => `UPDATE CARTS SET UPDATED_AT='${ymd(r)}T${hms(r)}' WHERE CARTS.ID = ${r.int(1, 99999)}`,
  () => 'SELECT COUNT(*) FROM ORDERS WHERE ORDERS.STATUS = \'PENDING\'',
];
const KTSTATUS = ['200 OK', '200 OK', '200 OK', '200 OK', '201 Created', '204 No Content', '400 Bad Request', '401 Unauthorized', '404 Not Found', '500 Internal Server Error'];

// Azure Functions host (the host's console output: `[ISO-time] message`)
const af = (r: Rng) => `[${ymd(r)}T${hms(r)}.${ms3(r)}Z] `;
const AFFUNCS = ['HttpOrders', 'HttpOrders', 'OrdersQueueWorker', 'NightlyCleanup', 'BlobThumbnail', 'TelemetryIngest', 'HttpHealth'];
const affn = (r: Rng) => r.pick(AFFUNCS);
const AFREASONS = [() => 'This function was programmatically called via the host APIs.', () => "New queue message detected on 'orders-queue'.", () => 'Timer fired at 2026-12-07T02:00:00.0008814+00:00', (r: Rng) => `New blob detected(LogsAndContainerScan): uploads/${r.uuid()}.jpg`, () => "New events detected on 'telemetry-hub'."];
const AFERRS = ['Object reference not set to an instance of an object.', "Value cannot be null. (Parameter 'orderId')", 'A task was canceled.', 'Response status code does not indicate success: 503 (Service Unavailable).', "The specified blob does not exist.", 'Exception of type \'Microsoft.Azure.Cosmos.CosmosException\' was thrown.'];

// Fly.io (`fly logs`: `ISO-time source[machine] region [level] message`, the app's own output after the level)
const fl = (r: Rng, src: string, lvl: string) => `${ymd(r)}T${hms(r)}Z ${src}[${r.pick(FLMACH)}] ${r.pick(FLREG)} [${lvl}]`;
const FLMACH = Array.from({ length: 6 }, () => FIXED.hex(14));
const FLREG = ['ams', 'ams', 'ams', 'fra', 'lhr', 'iad'];
const FLPATHS = [(r: Rng) => `/api/orders/${r.int(1000, 99999)}`, () => '/api/orders', () => '/', () => '/healthz', (r: Rng) => `/assets/index-${r.alnum(8)}.js`, () => '/api/session'];

// RethinkDB (log_file: `ISO-time-ns uptime-s level: message`)
const rt = (r: Rng, lvl: string) => `${ymd(r)}T${hms(r)}.${pad(r.int(0, 999999999), 9)} ${r.float(0.1, 900000, 6)}s ${lvl}: `;
const RTSRV = ['rethink_01', 'rethink_02', 'rethink_03'];
const RTUUID = RTSRV.map(() => FIXED.uuid());
const rtsrv = (r: Rng) => { const i = r.int(0, 2); return `"${RTSRV[i]}" ${RTUUID[i]}`; };
const RTTABLES = ['shop.orders', 'shop.carts', 'shop.products', 'analytics.events', 'rethinkdb.jobs'];
const rttable = (r: Rng) => (r.next() < 0.5 ? r.pick(RTTABLES) : r.uuid());

// Couchbase Server (ns_server's info.log `[component:level,time,node:process:module:function:line]message` and memcached.log `time LEVEL id: message`)
const CBNODES = ['ns_1@10.0.3.11', 'ns_1@10.0.3.12', 'ns_1@10.0.3.13', 'ns_1@10.0.3.14'];
const CBBUCKETS = ['travel-sample', 'shop', 'shop', 'sessions', 'analytics'];
const cbt = (r: Rng) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z`;
const cbn = (r: Rng, comp: string, lvl: string, proc: string, mfl: string) => `[${comp}:${lvl},${cbt(r)},${skew(r, CBNODES, 0.4)}:${proc.replace('P', `<0.${r.int(100, 90000)}.0>`)}:${mfl}]`;
const cbm = (r: Rng, lvl: string) => `${ymd(r)}T${hms(r)}.${usec(r)}+00:00 ${lvl} ${r.int(40, 900)}: `;
const cbnl = (r: Rng) => `[${CBNODES.slice(0, r.int(2, 4)).map((n) => `'${n}'`).join(',')}]`;

// JFrog Artifactory 7 (artifactory-service.log `time [jfrt ] [LEVEL] [trace] [class:line] [thread] - msg`, artifactory-access.log and artifactory-request.log)
const jf = (r: Rng, lvl: string, cls: string, thread: string) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z [jfrt ] [${lvl.padEnd(5)}] [${r.hex(16)}] [${cls.padEnd(34)}] [${thread}] - `;
const jfnio = (r: Rng) => `http-nio-8081-exec-${r.int(1, 200)}`;
const jfart = (r: Rng) => `art-exec-${r.int(1, 40)}`;
const JFUSERS = ['alice', 'ci-jenkins', 'ci-jenkins', 'ci-github', 'anonymous', 'bob', 'svc-deploy', 'hana'];
const JFARTS = [
  (r: Rng) => ['maven-remote', `org/springframework/spring-core/6.${r.int(0, 2)}.${r.int(0, 15)}/spring-core-6.${r.int(0, 2)}.${r.int(0, 15)}.jar`, 'https://repo1.maven.org/maven2/'],
  (r: Rng) => ['npm-remote', `${r.pick(['react', 'lodash', '@types/node', 'express', 'typescript'])}/-/${r.pick(['react-18.3.1', 'lodash-4.17.21', 'node-22.10.1', 'express-4.21.2', 'typescript-5.7.2'])}.tgz`, 'https://registry.npmjs.org/'],
  (r: Rng) => ['pypi-remote', `packages/${r.hex(2)}/${r.hex(2)}/${r.hex(60)}/${r.pick(['requests-2.32.3-py3-none-any.whl', 'numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl', 'urllib3-2.2.3-py3-none-any.whl'])}`, 'https://files.pythonhosted.org/'],
  (r: Rng) => ['docker-remote', `library/${r.pick(['node', 'python', 'nginx', 'postgres'])}/sha256__${r.hex(64)}`, 'https://registry-1.docker.io/'],
];
const jfsize = (r: Rng) => { const b = r.int(2000, 300000000); return b > 1048576 ? `${(b / 1048576).toFixed(2)} MB` : `${(b / 1024).toFixed(2)} KB`; };
const JFLOCAL = [
  (r: Rng) => { const v = `1.${r.int(0, 40)}.${r.int(0, 9)}`; return `libs-release-local:com/example/shop/orders-service/${v}/orders-service-${v}.jar`; },
  (r: Rng) => `libs-snapshot-local:com/example/shop/orders-service/2.0.0-SNAPSHOT/orders-service-2.0.0-${ymd(r, '')}.${r.int(100000, 235959)}-${r.int(1, 90)}.pom`,
  (r: Rng) => `docker-local:shop/orders/${r.next() < 0.3 ? 'latest' : `1.${r.int(0, 40)}`}/manifest.json`,
  (r: Rng) => `npm-local:@example/ui-kit/-/@example/ui-kit-3.${r.int(0, 20)}.${r.int(0, 9)}.tgz`,
];
const jflocal = (r: Rng) => pick(r, JFLOCAL);

export const SEALED17_SYSTEMS: HeldoutSystem[] = [
  { name: 'tyk-gateway', templates: [
    t(28, (r) => `${tyt(r)} level=info ${tyapi(r)} api_key=${r.next() < 0.3 ? '--' : tykey(r)} client_ip=${r.ip()} host=${r.pick(['api.example.com', 'api.example.com', 'partners.example.com'])} method=${r.pick(['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'])} org_id=${TYORG} path=${typath(r)} prefix=access-log protocol=HTTP/1.1 remote_addr=${r.ip()} response_code=${r.pick([200, 200, 200, 201, 204, 304, 400, 401, 403, 404, 429, 500, 502])} total_latency=${r.int(1, 4000)} upstream_address=http://${tyup(r)}${typath(r)} upstream_latency=${r.int(0, 3900)} user_agent="${r.pick(TYUA)}"`),
    t(6, (r) => { const up = tyup(r); return `${tyt(r)} level=error msg="http: proxy error: ${r.pick([`dial tcp ${up}: connect: connection refused`, 'context canceled', `dial tcp ${up}: i/o timeout`, 'EOF', `read tcp 10.0.1.5:${port(r)}->${up}: read: connection reset by peer`])}" ${tyapi(r)} mw=ReverseProxy org_id=${TYORG} prefix=proxy server_name=${up} user_id=${r.next() < 0.5 ? '--' : tykey(r)} user_ip=${r.ip()} user_name=`; }),
    t(5, (r) => `${tyt(r)} level=warning msg="Attempted access with non-existent key." ${tyapi(r)} key=${tykey(r)} mw=AuthKey org_id=${TYORG} origin=${r.ip()} path=${typath(r)} prefix=auth-mgmt`),
    t(4, (r) => `${tyt(r)} level=info msg="Attempted access with malformed header, no auth header found." ${tyapi(r)} mw=AuthKey org_id=${TYORG} origin=${r.ip()} path=${typath(r)} prefix=auth-mgmt`),
    t(4, (r) => `${tyt(r)} level=info msg="Key rate limit exceeded." ${tyapi(r)} key=${tykey(r)} mw=RateLimitAndQuotaCheck org_id=${TYORG} origin=${r.ip()} path=${typath(r)} prefix=rate-limit`),
    t(1.2, (r) => `${tyt(r)} level=info msg="Key quota limit exceeded." ${tyapi(r)} key=${tykey(r)} mw=RateLimitAndQuotaCheck org_id=${TYORG} origin=${r.ip()} path=${typath(r)} prefix=quota`),
    t(1.5, (r) => `${tyt(r)} level=info msg="Key has expired, please renew" ${tyapi(r)} key=${tykey(r)} mw=AuthKey org_id=${TYORG} origin=${r.ip()} path=${typath(r)} prefix=auth-mgmt`),
    t(2, (r) => `${tyt(r)} level=warning msg="[HOST CHECKER] [HOST DOWN]: http://${tyup(r)}/health" prefix=host-check-mgr`),
    t(1.5, (r) => `${tyt(r)} level=warning msg="[HOST CHECKER] [HOST UP]: http://${tyup(r)}/health" prefix=host-check-mgr`),
    t(1.2, (r) => `${tyt(r)} level=error msg="Connection to Redis failed, reconnect in 10s" error="${r.pick(['dial tcp 10.0.5.7:6379: connect: connection refused', 'dial tcp 10.0.5.7:6379: i/o timeout', 'EOF', 'NOAUTH Authentication required.'])}" prefix=pub-sub`),
    t(0.8, (r) => `${tyt(r)} level=info msg="Connection to Redis succeeded" prefix=pub-sub`),
    t(2, (r) => `${tyt(r)} level=info msg="Reloading endpoints" prefix=pub-sub`),
    t(2, (r) => `${tyt(r)} level=info msg="reload: initiating" prefix=main`),
    t(2, (r) => `${tyt(r)} level=info msg="reload: complete" prefix=main`),
    t(1.5, (r) => `${tyt(r)} level=info msg="Loading policies" prefix=main`),
    t(1.5, (r) => `${tyt(r)} level=info msg="Policies found (${r.int(3, 40)} total):" prefix=main`),
    t(2, (r) => `${tyt(r)} level=info msg=" - ${r.pick(TYPOL)}" prefix=main`),
    t(1.5, (r) => `${tyt(r)} level=info msg="Detected ${r.int(3, 60)} APIs" prefix=main`),
    t(2, (r) => `${tyt(r)} level=info msg="Checking security policy: ${r.pick(['Token', 'Token', 'JWT', 'Open', 'OAuth'])}" ${tyapi(r)} org_id=${TYORG} prefix=gateway`),
    t(2, (r) => { const [, n] = r.pick(TYAPIS); return `${tyt(r)} level=info msg="Tracking hostname" api_name="${n}" domain="${r.pick(['(no host)', '(no host)', 'api.example.com', 'partners.example.com'])}" prefix=gateway`; }),
    t(1, (r) => `${tyt(r)} level=info msg="API Reload complete" prefix=main`),
    t(0.2, (r) => `${tyt(r)} level=info msg="Tyk API Gateway v${r.pick(['5.3.6', '5.3.8', '5.6.1'])}" prefix=main`),
    t(0.2, (r) => `${tyt(r)} level=info msg="--> Listening on address: ${r.pick(['(open interface)', '0.0.0.0'])}" prefix=main`),
    t(0.2, (r) => `${tyt(r)} level=info msg="--> Listening on port: ${r.pick([8080, 8080, 443])}" prefix=main`),
    t(0.3, (r) => `${tyt(r)} level=warning msg="Attempted administrative access with invalid or missing key!" prefix=main`),
  ] },
  { name: 'thanos', templates: [
    t(6, (r) => `${tn(r, 'shipper.go:361', 'info')}msg="upload new block" id=${ulid(r)}`),
    t(1, (r) => `${tn(r, 'sidecar.go:426', 'info')}msg="successfully loaded prometheus external labels" external_labels="{cluster=\\"${r.pick(['prod-eu1', 'prod-us1'])}\\", prometheus=\\"monitoring/k8s\\", prometheus_replica=\\"prometheus-k8s-${r.int(0, 1)}\\"}"`),
    t(1, (r) => `${tn(r, 'reloader.go:' + r.pick([238, 245]), 'info')}component=reloader msg="Reload triggered" cfg_in=/etc/prometheus/config/prometheus.yaml.gz cfg_out=/etc/prometheus/config_out/prometheus.env.yaml watched_dirs=/etc/prometheus/rules/prometheus-k8s-rulefiles-${r.int(0, 1)}`),
    t(0.5, (r) => `${tn(r, 'sidecar.go:199', 'warn')}msg="failed to fetch prometheus version. Is Prometheus running? Retrying" err="${r.pick(['Get "http://localhost:9090/api/v1/status/buildinfo": dial tcp 127.0.0.1:9090: connect: connection refused', 'context deadline exceeded', 'expected 2xx response, got 503. Body: Service Unavailable'])}"`),
    t(3, (r) => `${tn(r, 'compact.go:1450', 'info')}msg="start sync of metas"`),
    t(5, (r) => `${tn(r, 'fetcher.go:' + r.pick([557, 626]), 'info')}component=block.BaseFetcher msg="successfully synchronized block metadata" ${tndur(r)} cached=${r.int(100, 9000)} returned=${r.int(100, 9000)} partial=${r.int(0, 3)}`),
    t(2, (r) => `${tn(r, 'compact.go:1455', 'info')}msg="start of GC"`),
    t(2, (r) => `${tn(r, 'compact.go:1478', 'info')}msg="start of compactions"`),
    t(2, (r) => `${tn(r, 'compact.go:1514', 'info')}msg="compaction iterations done"`),
    t(1.5, (r) => `${tn(r, 'compact.go:1141', 'info')}${tngroup(r)} msg="compaction available and planned" plan="[${Array.from({ length: r.int(2, 6) }, () => { const a = 1796601600000 + r.int(0, 400) * 7200000; return `${ulid(r)} (min time: ${a}, max time: ${a + 7200000})`; }).join(' ')}]"`),
    t(1.5, (r) => `${tn(r, 'compact.go:1150', 'info')}${tngroup(r)} msg="compacted blocks" new=${ulid(r)} ${tndur(r)} overlapping_blocks=${r.next() < 0.9 ? 'false' : 'true'} blocks="[${Array.from({ length: r.int(2, 5) }, () => `/data/compact/${r.pick(['0@', '300000@'])}${r.int(1e17, 9e17)}/${ulid(r)}`).join(' ')}]"`),
    t(1.2, (r) => `${tn(r, 'block.go:203', 'info')}${tngroup(r)} msg="marking compacted block for deletion" old_block=${ulid(r)}`),
    t(2, (r) => `${tn(r, 'blocks_cleaner.go:44', 'info')}component=blocks-cleaner msg="started cleaning of blocks marked for deletion"`),
    t(2, (r) => `${tn(r, 'blocks_cleaner.go:58', 'info')}component=blocks-cleaner msg="cleaning of blocks marked for deletion done"`),
    t(0.8, (r) => `${tn(r, 'blocks_cleaner.go:52', 'info')}component=blocks-cleaner msg="deleted block marked for deletion" block=${ulid(r)}`),
    t(0.5, (r) => `${tn(r, 'retention.go:47', 'info')}msg="applying retention: marking block for deletion" id=${ulid(r)} maxTime="${ymd(r)} ${hms(r)} +0000 UTC"`),
    t(0.7, (r) => `${tn(r, 'downsample.go:391', 'info')}msg="downsampled block" from=${ulid(r)} to=${ulid(r)} ${tndur(r)}`),
    t(0.4, (r) => `${tn(r, 'compact.go:' + r.pick([517, 519]), 'error')}msg="retriable error" err="compaction: group ${r.pick(['0@', '300000@'])}${r.int(1e17, 9e17)}: ${r.pick(['download block ' + ulid(r) + ': context deadline exceeded', 'upload of ' + ulid(r) + ' failed: upload file /data/compact/chunks/000001 as ' + ulid(r) + '/chunks/000001: Put "https://s3.eu-west-1.amazonaws.com/thanos-blocks": net/http: TLS handshake timeout', 'gather index issues for block ' + ulid(r) + ': open index file: no such file or directory'])}"`),
    t(3, (r) => `${tn(r, 'bucket.go:' + r.pick([654, 654, 700]), 'info')}msg="loaded new block" elapsed=${r.float(3, 900, 6)}ms id=${ulid(r)}`),
    t(1, (r) => `${tn(r, 'bucket.go:717', 'info')}msg="dropped outdated block" block=${ulid(r)}`),
    t(1.5, (r) => `${tn(r, 'endpointset.go:' + r.pick([425, 431]), 'info')}component=endpointset msg="adding new store with [${r.pick(['storeEndpoints rulesAPI exemplarsAPI targetsAPI MetricMetadataAPI', 'storeEndpoints', 'storeEndpoints rulesAPI'])}]" address=${tnaddr(r)} ${tnlset(r)}`),
    t(2, (r) => { const a = tnaddr(r); return `${tn(r, 'endpointset.go:' + r.pick([392, 398]), 'warn')}component=endpointset msg="update of endpoint failed" err="getting metadata: fallback fetching info from ${a}: ${r.pick(['rpc error: code = DeadlineExceeded desc = context deadline exceeded', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ' + a + ': connect: connection refused"'])}" address=${a}`; }),
    t(1, (r) => `${tn(r, 'endpointset.go:' + r.pick([440, 446]), 'info')}component=endpointset msg="removing endpoint because it's unhealthy or does not exist" address=${tnaddr(r)} ${tnlset(r)}`),
    t(1.5, (r) => `${tn(r, 'writer.go:' + r.pick([188, 190]), 'warn')}component=receive component=receive-writer tenant=${r.pick(['default-tenant', 'default-tenant', 'team-payments', 'team-search'])} msg="Error on ingesting samples that are too old or are too far into the future" numDropped=${r.int(1, 5000)}`),
    t(0.3, (r) => `${tn(r, 'grpc.go:131', 'info')}service=gRPC/server component=${r.pick(['sidecar', 'store', 'query', 'receive'])} msg="listening for serving gRPC" address=0.0.0.0:10901`),
    t(0.3, (r) => `${tn(r, 'http.go:73', 'info')}service=http/server component=${r.pick(['sidecar', 'store', 'query', 'compact'])} msg="listening for requests and metrics" address=0.0.0.0:10902`),
    t(0.3, (r) => `${tn(r, 'intrumentation.go:' + r.pick([56, 75]), 'info')}component=${r.pick(['sidecar', 'store', 'query', 'compact'])} msg="changing probe status" status=${r.pick(['ready', 'healthy'])}`),
  ] },
  { name: 'resolved-timesyncd-rsyslog', templates: [
    t(6, (r) => { const [a, b] = r.pick(RSFEAT); return `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Using degraded feature set ${a} instead of ${b} for DNS server ${r.pick(DNSSRV)}.`; }),
    t(4, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Grace period over, resuming full feature set (${r.pick(['UDP+EDNS0', 'UDP+EDNS0+DO', 'TLS+EDNS0'])}) for DNS server ${r.pick(DNSSRV)}.`),
    t(3, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Server returned error ${r.pick(['NXDOMAIN', 'SERVFAIL', 'REFUSED'])}, mitigating potential DNS violation DVE-2018-0001, retrying transaction with reduced feature level UDP.`),
    t(2, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Clock change detected. Flushing caches.`),
    t(1.5, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Flushed all caches.`),
    t(2, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}${rsif(r)}: Bus client set DNS server list to: ${Array.from({ length: r.int(1, 3) }, () => r.pick(DNSSRV)).join(', ')}`),
    t(1.5, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}${rsif(r)}: Bus client set search domain list to: ${Array.from({ length: r.int(1, 3) }, () => r.pick(['example.com', 'internal.example.com', 'corp.example.net', 'ts.net', 'lan'])).join(', ')}`),
    t(1, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}${rsif(r)}: Bus client set default route setting: ${r.pick(['yes', 'no'])}`),
    t(1, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}${rsif(r)}: Bus client reset search domain list.`),
    t(1.5, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}DNSSEC validation failed for question ${r.pick(RSNAMES)} IN ${r.pick(['A', 'AAAA', 'DS', 'SOA'])}: ${r.pick(['no-signature', 'signature-expired', 'incompatible-server', 'missing-key'])}`),
    t(0.8, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Switching to fallback DNS server ${r.pick(['1.1.1.1#cloudflare-dns.com', '8.8.8.8#dns.google', '9.9.9.9#dns.quad9.net'])}.`),
    t(0.3, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Using system hostname '${r.pick(RSHOSTS)}'.`),
    t(0.3, (r) => `${syslog(r, RSHOSTS, 'systemd-resolved', 612)}Negative trust anchors: home.arpa 10.in-addr.arpa 16.172.in-addr.arpa 168.192.in-addr.arpa d.f.ip6.arpa corp home internal intranet lan local private test`),
    t(5, (r) => `${syslog(r, RSHOSTS, 'systemd-timesyncd', 581)}Contacted time server ${ntp(r)}.`),
    t(3, (r) => `${syslog(r, RSHOSTS, 'systemd-timesyncd', 581)}Timed out waiting for reply from ${ntp(r)}.`),
    t(1, (r) => `${syslog(r, RSHOSTS, 'systemd-timesyncd', 581)}Initial clock synchronization to ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])} ${ymd(r)} ${hms(r)}.${usec(r)} UTC.`),
    t(2, (r) => `${syslog(r, RSHOSTS, 'systemd-timesyncd', 581)}Network configuration changed, trying to establish connection.`),
    t(1, (r) => `${syslog(r, RSHOSTS, 'systemd-timesyncd', 581)}No network connectivity, watching for changes.`),
    t(0.6, (r) => `${syslog(r, RSHOSTS, 'systemd-timesyncd', 581)}Synchronized to time server for the first time ${ntp(r)}.`),
    t(3, (r) => `${syslog(r, RSHOSTS, 'rsyslogd', 802)}${rsorigin(r)} rsyslogd was HUPed`),
    t(0.5, (r) => `${syslog(r, RSHOSTS, 'rsyslogd', 802)}${rsorigin(r)} start`),
    t(0.5, (r) => `${syslog(r, RSHOSTS, 'rsyslogd', 802)}${rsorigin(r)} exiting on signal ${r.pick([15, 15, 2])}.`),
    t(2, (r) => `${syslog(r, RSHOSTS, 'rsyslogd', 802)}imjournal: journal files changed, reloading...  [v${RSV} try https://www.rsyslog.com/e/0 ]`),
    t(2, (r) => { const a = rsaction(r); return `${syslog(r, RSHOSTS, 'rsyslogd', 802)}action '${a}' suspended (module '${a.split('-').slice(2).join('-')}'), retry ${r.int(0, 9)}. There should be messages before this one giving the reason for suspension. [v${RSV} try https://www.rsyslog.com/e/2007 ]`; }),
    t(1.5, (r) => { const a = rsaction(r); return `${syslog(r, RSHOSTS, 'rsyslogd', 802)}action '${a}' resumed (module '${a.split('-').slice(2).join('-')}') [v${RSV} try https://www.rsyslog.com/e/2359 ]`; }),
    t(1.5, (r) => `${syslog(r, RSHOSTS, 'rsyslogd', 802)}imuxsock: begins to drop messages from pid ${r.int(300, 90000)} due to rate-limiting`),
    t(1.5, (r) => `${syslog(r, RSHOSTS, 'rsyslogd', 802)}imuxsock: Lost ${r.int(1, 90000)} messages from pid ${r.int(300, 90000)} due to rate-limiting`),
    t(0.8, (r) => `${syslog(r, RSHOSTS, 'rsyslogd', 802)}omfwd: remote server at ${r.pick(['10.0.5.20', 'logs.example.com'])}:${r.pick([514, 6514])} seems to have closed connection. This often happens when the remote peer (or an interim system like a load balancer or firewall) shuts down or aborts a connection. Rsyslog will re-open the connection if configured to do so (we saw a generic IO Error, which usually goes along with that behaviour). [v${RSV} try https://www.rsyslog.com/e/2027 ]`),
  ] },
  { name: 'courier', templates: [
    t(8, (r) => `${co(r, 'imapd-ssl')}Connection, ip=${coip(r)}`),
    t(7, (r) => `${co(r, 'imapd-ssl')}LOGIN, user=${couser(r)}, ip=${coip(r)}, port=[${port(r)}], protocol=IMAP`),
    t(5, (r) => `${co(r, 'imapd-ssl')}LOGOUT, user=${couser(r)}, ip=${coip(r)}, ${coio(r)}, starttls=1`),
    t(3, (r) => `${co(r, 'imapd-ssl')}DISCONNECTED, user=${couser(r)}, ip=${coip(r)}, ${coio(r)}, starttls=1`),
    t(1.2, (r) => `${co(r, 'imapd-ssl')}TIMEOUT, user=${couser(r)}, ip=${coip(r)}, ${coio(r)}, starttls=1`),
    t(2.5, (r) => `${co(r, 'imapd-ssl')}LOGIN FAILED, user=${r.next() < 0.6 ? couser(r) : r.pick(['admin', 'test', 'info', 'root', 'postmaster'])}, ip=${coip(r)}`),
    t(1, (r) => `${co(r, 'imapd-ssl')}couriertls: accept: ${r.pick(['error:0A000126:SSL routines::unexpected eof while reading', 'error:0A00010B:SSL routines::wrong version number', 'error:0A000418:SSL routines::tlsv1 alert unknown ca', 'Connection reset by peer'])}`),
    t(2, (r) => `${co(r, 'pop3d')}Connection, ip=${coip(r)}`),
    t(1.8, (r) => `${co(r, 'pop3d')}LOGIN, user=${couser(r)}, ip=${coip(r)}, port=[${port(r)}]`),
    t(1.8, (r) => `${co(r, 'pop3d')}LOGOUT, user=${couser(r)}, ip=${coip(r)}, port=[${port(r)}], top=${r.int(0, 9000)}, retr=${r.int(0, 9000000)}, rcvd=${r.int(20, 900)}, sent=${r.int(100, 9000000)}, time=${r.int(0, 300)}, stls=1`),
    t(4, (r) => `${co(r, 'courieresmtpd')}started,ip=${coip(r)},port=[${port(r)}]`),
    t(1.5, (r) => `${co(r, 'courieresmtpd')}error,relay=::ffff:${r.ip()},port=${port(r)},from=<${coext(r)}>,to=<${coext(r)}>: 513 Relaying denied.`),
    t(2, (r) => `${co(r, 'courieresmtpd')}error,relay=::ffff:${r.ip()},port=${port(r)},msg="${pick(r, COREJECT)}",cmd: ${r.pick([`RCPT TO:<${couser(r)}>`, 'AUTH LOGIN', 'AUTH PLAIN', `MAIL FROM:<${coext(r)}> SIZE=${r.int(1000, 90000)}`, 'DATA'])}`),
    t(4, (r) => { const h = r.pick(['mail-wm1-f41.google.com', 'mail-ej1-f53.google.com', 'EUR05-DB8-obe.outbound.protection.outlook.com', 'mta-12.mailchimpapp.net', 'mx.partner.example.net']); const ip = r.ip(); return `${co(r, 'courierd')}newmsg,id=${coid(r)}: dns; ${h} (${h} [::ffff:${ip}])`; }),
    t(4, (r) => `${co(r, 'courierd')}started,id=${coid(r)},from=<${r.next() < 0.5 ? couser(r) : coext(r)}>,module=${r.pick(['esmtp', 'esmtp', 'local'])},host=${r.pick(['gmail.com', 'outlook.com', 'example.com', 'partner.example.net', 'web.de'])},addr=<${r.next() < 0.5 ? couser(r) : coext(r)}>`),
    t(4, (r) => `${co(r, 'courierd')}completed,id=${coid(r)}`),
    t(2, (r) => `${co(r, 'courierd')}Waiting.  shutdown time=${r.next() < 0.8 ? 'none' : `${r.pick(['Mon', 'Sun'])} Dec  ${r.int(1, 9)} ${hms(r)} 2026`}, wakeup time=${r.next() < 0.5 ? 'none' : `${r.pick(['Mon', 'Sun', 'Sat'])} Dec ${r.int(10, 28)} ${hms(r)} 2026`}, queuedelivering=${r.int(0, 40)}, inprogress=${r.int(0, 12)}`),
    t(4, (r) => `${co(r, 'courieresmtp')}id=${coid(r)},from=<${couser(r)}>,addr=<${coext(r)}>,status: ${r.pick(['success', 'success', 'success', 'deferred', 'failure'])}`),
    t(2.5, (r) => `${co(r, 'courieresmtp')}id=${coid(r)},from=<${couser(r)}>,addr=<${coext(r)}>: ${r.pick(COREPLY)}`),
    t(3, (r) => `${co(r, 'courierlocal')}id=${coid(r)},from=<${coext(r)}>,addr=<${couser(r)}>,size=${r.int(900, 9000000)},status: ${r.pick(['success', 'success', 'success', 'deferred'])}`),
    t(1, (r) => `${co(r, 'authdaemond')}authpam: REJECT - try next module`),
    t(0.3, (r) => `${co(r, 'courierd')}Loading STATIC transport module libraries.`),
    t(0.3, (r) => `${co(r, 'courierd')}Courier ${r.pick(['1.3.12', '1.4.0'])} Copyright 1999-2024 Double Precision, Inc.`),
  ] },
  { name: 'sophos-utm', templates: [
    t(14, (r) => `${su(r, 'ulogd', 4711)}id="2001" severity="info" sys="SecureNet" sub="packetfilter" name="Packet dropped" action="drop" fwrule="60001" initf="${r.pick(['eth1', 'eth1', 'eth2', 'ppp0'])}" srcmac="${sumac(r)}" dstmac="${sumac(r)}" srcip="${r.ip()}" dstip="${r.ip()}" proto="${r.pick([6, 6, 17])}" length="${r.int(40, 1500)}" tos="0x00" prec="0x00" ttl="${r.int(30, 128)}" srcport="${port(r)}" dstport="${r.pick([23, 22, 445, 3389, 8080, 5060, 1433, 443])}" tcpflags="SYN"`),
    t(6, (r) => `${su(r, 'ulogd', 4711)}id="2002" severity="info" sys="SecureNet" sub="packetfilter" name="Packet accepted" action="accept" fwrule="${r.int(1, 60)}" initf="eth0" outitf="${r.pick(['eth1', 'eth1', 'ppp0'])}" srcmac="${sumac(r)}" dstmac="${sumac(r)}" srcip="${suin(r)}" dstip="${r.ip()}" proto="6" length="${r.int(40, 1500)}" tos="0x00" prec="0x00" ttl="${r.int(60, 64)}" srcport="${port(r)}" dstport="${r.pick([443, 443, 80, 993, 587, 22])}" tcpflags="SYN"`),
    t(16, (r) => { const [c, cn] = r.pick(SUCATS); return `${su(r, 'httpproxy', 6231)}id="0001" severity="info" sys="SecureWeb" sub="http" name="http access" action="pass" method="${r.pick(['GET', 'GET', 'POST', 'CONNECT'])}" srcip="${suin(r)}" dstip="${r.ip()}" user="${r.next() < 0.5 ? '' : suuser(r)}" group="" ad_domain="${r.next() < 0.5 ? '' : 'EXAMPLE'}" statuscode="${r.pick([200, 200, 200, 204, 301, 302, 304, 404])}" cached="0" profile="REF_HttProContaInterNetwo (Default Web Filter Profile)" filteraction="REF_HttCffDefau (Default content filter action)" size="${r.int(0, 900000)}" request="0x${r.hex(8)}" url="${r.pick(SUSITES)}" referer="" error="" authtime="0" dnstime="${r.int(0, 40000)}" cattime="${r.int(0, 900)}" avscantime="${r.int(0, 90000)}" fullreqtime="${r.int(500, 900000)}" device="0" auth="0" ua="${r.pick(SUUA)}" exceptions="" category="${c}" reputation="${r.pick(['trusted', 'neutral', 'unverified'])}" categoryname="${cn}" content-type="${r.pick(['text/html', 'application/json', 'application/ocsp-response', 'text/css', 'image/png'])}"`; }),
    t(3, (r) => `${su(r, 'httpproxy', 6231)}id="0002" severity="info" sys="SecureWeb" sub="http" name="web request blocked" action="block" method="GET" srcip="${suin(r)}" dstip="${r.ip()}" user="${r.next() < 0.5 ? '' : suuser(r)}" group="" ad_domain="" statuscode="403" cached="0" profile="REF_HttProContaInterNetwo (Default Web Filter Profile)" filteraction="REF_HttCffDefau (Default content filter action)" size="${r.int(2000, 4000)}" request="0x${r.hex(8)}" url="${r.pick(['http://free-games.example.io/', 'https://torrent.example.to/browse', 'http://malware.example.ru/payload.exe', 'https://casino.example.bet/'])}" referer="" error="" authtime="0" dnstime="${r.int(0, 40000)}" cattime="${r.int(0, 900)}" avscantime="0" fullreqtime="${r.int(500, 90000)}" device="0" auth="0" ua="${r.pick(SUUA)}" exceptions="" category="${r.pick([122, 154, 109])}" reputation="${r.pick(['suspicious', 'malicious', 'unverified'])}" categoryname="${r.pick(['Games', 'Peer to Peer', 'Gambling', 'Malware'])}" reason="${r.pick(['category', 'reputation'])}"`),
    t(3, (r) => { const [sid, msg, cls, pri] = r.pick(SUSIGS); return `${su(r, 'snort', 3118)}id="2101" severity="warn" sys="SecureNet" sub="ips" name="Intrusion protection alert" action="drop" reason="${msg}" group="${r.int(100, 900)}" srcip="${r.ip()}" dstip="${suin(r)}" proto="6" srcport="${port(r)}" dstport="${r.pick([80, 443, 1433, 445, 22])}" sid="${sid}" class="${cls}" priority="${pri}" generator="1" msgid="0"`; }),
    t(3, (r) => `${su(r, 'aua', 5120)}id="3004" severity="info" sys="System" sub="auth" name="Authentication successful" srcip="${r.next() < 0.7 ? suin(r) : r.ip()}" host="" user="${suuser(r)}" caller="${r.pick(['webadmin', 'portal', 'openvpn', 'xauth', 'pop3'])}" engine="${r.pick(['adirectory', 'local', 'radius'])}"`),
    t(2.5, (r) => `${su(r, 'aua', 5120)}id="3005" severity="warn" sys="System" sub="auth" name="Authentication failed" srcip="${r.next() < 0.4 ? suin(r) : r.ip()}" host="" user="${suuser(r)}" caller="${r.pick(['webadmin', 'portal', 'openvpn', 'xauth'])}" reason="${r.pick(['DENIED', 'DENIED', 'user unknown', 'account disabled'])}"`),
    t(3, (r) => `${su(r, 'exim-in', 7321)}id="1000" severity="info" sys="SecureMail" sub="smtp" name="email passed" srcip="${r.ip()}" from="${r.pick(['newsletter@shop.example.org', 'billing@partner.example.net', 'noreply@github.com', 'bob.jones@gmail.com'])}" to="${r.pick(PEOPLE)}@example.com" subject="${r.pick(['Your invoice for December', 'Re: quarterly figures', '[example/app] Run failed: CI - main (a1b2c3d)', 'Weekly digest', 'Meeting notes', ''])}" queueid="${r.alnum(6)}-${r.alnum(6)}-${r.alnum(2)}" size="${r.int(1000, 9000000)}"`),
    t(2, (r) => `${su(r, 'exim-in', 7321)}id="1003" severity="info" sys="SecureMail" sub="smtp" name="email rejected" srcip="${r.ip()}" from="${r.pick(['promo@cheap-meds.example', 'info@lottery.example', 'admin@example.com', ''])}" to="${r.pick(PEOPLE)}@example.com" subject="${r.pick(['You have won!', 'Invoice overdue', 'Password expiry notice', 'URGENT'])}" queueid="" size="${r.int(1000, 90000)}" reason="${r.pick(['rbl', 'spam', 'virus', 'sender_blacklist', 'spf'])}" extra="${r.pick(['zen.spamhaus.org', 'Commtouch', 'SPF check failed', 'EICAR-AV-Test'])}"`),
    t(1.5, (r) => `${su(r, 'pluto', 9021)}"${r.pick(SUTUN)}" #${r.int(1, 9000)}: initiating Main Mode`),
    t(1.5, (r) => `${su(r, 'pluto', 9021)}"${r.pick(SUTUN)}" #${r.int(1, 9000)}: ISAKMP SA established`),
    t(2, (r) => `${su(r, 'pluto', 9021)}"${r.pick(SUTUN)}" #${r.int(1, 9000)}: sent QI2, IPsec SA established {ESP=>0x${r.hex(8)} <0x${r.hex(8)} DPD}`),
    t(0.8, (r) => `${su(r, 'pluto', 9021)}"${r.pick(SUTUN)}" #${r.int(1, 9000)}: DPD: No response from peer - declaring peer dead`),
    t(0.5, (r) => `${su(r, 'pluto', 9021)}"${r.pick(SUTUN)}" #${r.int(1, 9000)}: max number of retransmissions (${r.pick([2, 20])}) reached STATE_MAIN_I1.  No response (or no acceptable response) to our first IKE message`),
    t(0.6, (r) => `${su(r, 'webadmin', 8130)}id="3100" severity="info" sys="System" sub="webadmin" name="webadmin login successful" user="${suuser(r)}" srcip="${suin(r)}"`),
    t(0.3, (r) => `${su(r, 'webadmin', 8130)}id="3103" severity="info" sys="System" sub="webadmin" name="webadmin configuration change" user="${suuser(r)}" srcip="${suin(r)}" objectname="${r.pick(['Firewall rule', 'Network definition', 'Web Filter Profile', 'Site-to-site IPsec connection'])}" objectref="REF_${r.alnum(10)}"`),
  ] },
  { name: 'apcupsd-events', templates: [
    t(6, (r) => `${ap(r)}Power failure.`),
    t(6, (r) => `${ap(r)}Running on UPS batteries.`),
    t(6, (r) => `${ap(r)}Mains returned. No longer on UPS batteries.`),
    t(5, (r) => `${ap(r)}Power is back. UPS running on mains.`),
    t(2.5, (r) => `${ap(r)}Communications with UPS lost.`),
    t(2.5, (r) => `${ap(r)}Communications with UPS restored.`),
    t(1.5, (r) => `${ap(r)}UPS Self Test switch to battery.`),
    t(1.5, (r) => `${ap(r)}UPS Self Test completed: ${r.pick(['Battery OK', 'Battery OK', 'Battery OK', 'Not supported', 'Test failed'])}`),
    t(0.6, (r) => `${ap(r)}Battery power exhausted.`),
    t(0.5, (r) => `${ap(r)}Reached remaining time percentage limit on batteries.`),
    t(0.5, (r) => `${ap(r)}Initiating system shutdown!`),
    t(0.5, (r) => `${ap(r)}User logins prohibited`),
    t(0.4, (r) => `${ap(r)}Battery disconnected.`),
    t(0.4, (r) => `${ap(r)}Battery reattached.`),
    t(0.4, (r) => `${ap(r)}UPS battery must be replaced.`),
    t(0.8, (r) => `${ap(r)}apcupsd ${r.pick(['3.14.14 (31 May 2016) debian', '3.14.14 (31 May 2016) redhat', '3.14.14 (31 May 2016) unknown'])} startup succeeded`),
    t(0.5, (r) => `${ap(r)}apcupsd exiting, signal ${r.pick([15, 15, 2, 1])}`),
    t(0.5, (r) => `${ap(r)}apcupsd shutdown succeeded`),
    t(0.3, (r) => `${ap(r)}NIS server startup succeeded`),
    t(0.2, (r) => `${ap(r)}Emergency Shutdown. Possible battery failure on UPS.`),
  ] },
  { name: 'ark-server', templates: [
    t(6, (r) => `${ak(r)}${r.pick(AKPL)} joined this ARK!`),
    t(6, (r) => `${ak(r)}${r.pick(AKPL)} left this ARK!`),
    t(4, (r) => `${ak(r)}${aktribe(r)}<RichColor Color="1, 0, 0, 1">${r.pick(AKPL)} - Lvl ${r.int(1, 180)} was killed by a ${r.pick(AKDINOS)} - Lvl ${r.int(1, 225)}!</>)`),
    t(2, (r) => `${ak(r)}${aktribe(r)}<RichColor Color="1, 0, 0, 1">${r.pick(AKPL)} - Lvl ${r.int(1, 180)} was killed by ${r.pick(AKPL)} - Lvl ${r.int(1, 180)} (${r.pick(AKTRIBES)})!</>)`),
    t(3, (r) => `${ak(r)}${aktribe(r)}${r.pick(AKPL)} Tamed a ${r.pick(AKDINOS)} - Lvl ${r.int(1, 225)} (${r.pick(AKDINOS)})!`),
    t(2, (r) => `${ak(r)}${aktribe(r)}<RichColor Color="1, 0, 0, 1">Your ${r.pick(AKDINOS)} - Lvl ${r.int(1, 300)} (${r.pick(['Chompy', 'Rex 2', 'Big Boi', 'Dave', 'Tank'])}) was killed by a ${r.pick(AKDINOS)} - Lvl ${r.int(1, 225)}!</>)`),
    t(2, (r) => `${ak(r)}${aktribe(r)}${r.pick(AKPL)} demolished a '${r.pick(AKSTRUCT)}'!`),
    t(1.2, (r) => `${ak(r)}${aktribe(r)}<RichColor Color="1, 1, 0, 1">Your '${r.pick(AKSTRUCT)}' was auto-decay destroyed!</>)`),
    t(1, (r) => `${ak(r)}${aktribe(r)}${r.pick(AKPL)} was added to the Tribe by ${r.pick(AKPL)}!`),
    t(4, (r) => { const p = r.pick(AKPL); return `${ak(r)}${r.next() < 0.5 ? p : r.pick(['Steve', 'Survivor', 'Ragnar2'])} (${p}): ${r.pick(AKCHAT)}`; }),
    t(1.5, (r) => `${ak(r)}AdminCmd: ${r.pick(['saveworld', 'destroywilddinos', 'broadcast Server restart in 15 minutes', 'kickplayer ' + r.pick(AKSTEAM), 'slomo 1', 'settimeofday 08:00'])} (PlayerName: ${r.pick(AKPL)}, ARKID: ${akid(r)}, SteamID: ${r.pick(AKSTEAM)})`),
    t(0.5, (r) => `${ak(r)}SERVER: ${r.pick(['Server restart in 15 minutes', 'Server restarting in 5 minutes!', 'Welcome to our cluster! Discord: discord.gg/example', 'Wild dino wipe in 1 minute'])}`),
    t(2, (r) => `${ak(r)}BattlEye Server: Player #${r.int(0, 69)} ${r.pick(AKPL)} (${r.ip()}:${port(r)}) connected`),
    t(2, (r) => `${ak(r)}BattlEye Server: Player #${r.int(0, 69)} ${r.pick(AKPL)} disconnected`),
    t(1, (r) => `${ak(r)}BattlEye Server: Verified GUID (${r.hex(32)}) of player #${r.int(0, 69)} ${r.pick(AKPL)}`),
    t(0.15, (r) => `${ak0(r)}Log file open, ${d2(r.pick([11, 12]))}/${d2(r.int(1, 28))}/26 ${hms(r)}`),
    t(0.15, (r) => `${ak0(r)}Commandline:  ${r.pick(['TheIsland', 'Ragnarok', 'Fjordur', 'Aberration_P'])}?listen?SessionName=${r.pick(['Example PvE x3', 'Dodo Haven'])}?Port=7777?QueryPort=27015?MaxPlayers=70 -server -log -NoBattlEye`),
    t(0.15, (r) => `${ak0(r)}Number of cores ${r.pick([8, 12, 16])}`),
    t(0.15, (r) => `${ak(r)}Primal Game Data Took ${r.float(5, 40, 2)} seconds`),
    t(0.15, (r) => `${ak(r)}Server: "${r.pick(['Example PvE x3', 'Dodo Haven'])}" has successfully started!`),
    t(0.15, (r) => `${ak(r)}Full Startup: ${r.float(60, 600, 2)} seconds (BP compile: 0.00 seconds)`),
    t(0.15, (r) => `${ak(r)}Server has completed startup and is now advertising for join.`),
  ] },
  { name: 'inspircd', templates: [
    t(8, (r) => `${ir(r, 'CONNECT')}Client connecting on port ${r.pick([6697, 6697, 6667, 7000])} (class ${r.pick(['main', 'main', 'webirc', 'tor'])}): ${iruser(r)} (${r.ip()}) [${r.pick(IRREAL)}]`),
    t(8, (r) => `${ir(r, 'CONNECT')}Client exiting: ${iruser(r)} (${r.ip()}) [${r.pick(IRQUIT)}]`),
    t(4, (r) => `${ir(r, 'NICK')}User ${iruser(r)} changed their nickname to ${irnick(r)}`),
    t(2, (r) => `${ir(r, 'DNSBL')}Connecting user ${iruser(r)} (${r.ip()}) detected as being on the '${r.pick(['EFnetRBL', 'DroneBL', 'torexit', 'Spamhaus XBL'])}' DNSBL with result ${r.pick([1, 3, 4, 5, 6, 127])}`),
    t(1.5, (r) => `${ir(r, 'XLINE')}${irnick(r)} added a timed ${r.pick(['G-line', 'Z-line', 'K-line'])} on ${r.pick(['*@' + r.ip(), r.ip(), '*@' + irhost(r)])}, expires in ${r.pick(['1d', '1h', '7d', '30m'])} (on ${WDAYS[r.int(0, 6)]} ${r.pick(['Dec', 'Nov'])} ${d2(r.int(1, 28))} 2026 ${hms(r)}): ${r.pick(['Spamming', 'Botnet drone', 'Ban evasion', 'Flooding', 'Abusive behaviour'])}`),
    t(1.5, (r) => `${ir(r, 'XLINE')}Removing an expired ${r.pick(['G-line', 'Z-line', 'K-line'])} on ${r.pick(['*@' + r.ip(), r.ip(), '*@' + irhost(r)])} (set by ${irnick(r)} ${r.int(1, 30)} ${r.pick(['days', 'hours'])} ago): ${r.pick(['Spamming', 'Botnet drone', 'Ban evasion', 'Flooding'])}`),
    t(0.8, (r) => `${ir(r, 'OPER')}${iruser(r)} (${r.ip()}) opered as type: ${r.pick(['NetAdmin', 'GlobalOp', 'Helper'])}`),
    t(0.5, (r) => `${ir(r, 'OPER')}${iruser(r)} (${r.ip()}) failed to oper as ${r.pick(['alice', 'root', 'admin'])}: the password does not match.`),
    t(0.6, (r) => `${ir(r, 'KILL')}Local kill by ${irnick(r)}: ${iruser(r)} (${r.pick(['spam', 'flooding', 'clones are not allowed'])})`),
    t(0.6, (r) => `${ir(r, 'CONNECTBAN')}Connect flooding from IP range ${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.0/24 (${r.int(10, 90)})`),
    t(1, (r) => `${ir(r, 'LINK')}Connecting to ${r.pick(IRSERVERS)}[${lan(r)}] port ${r.pick([7000, 7001])}`),
    t(1, (r) => `${ir(r, 'LINK')}Received end of netburst from ${r.pick(IRSERVERS)} (burst time: ${r.int(3, 3000)} msecs)`),
    t(0.8, (r) => `${ir(r, 'LINK')}Server ${r.pick(IRSERVERS)} split: ${r.pick(['Ping timeout', 'Connection closed', 'Remote host closed connection', 'Read error: Connection reset by peer'])}`),
    t(0.5, (r) => `${ir(r, 'LINK')}Connection to '${r.pick(IRSERVERS)}' failed with error: ${r.pick(['Connection refused', 'Connection timed out', 'No route to host'])}`),
    t(1.2, (r) => `${ir(r, 'SASL')}${iruser(r)} authenticated as ${irnick(r)} using ${r.pick(['PLAIN', 'PLAIN', 'EXTERNAL', 'SCRAM-SHA-256'])}`),
    t(0.2, (r) => `${ir(r, 'REHASH')}${irnick(r)} is rehashing config file inspircd.conf on hub.irc.example.net`),
    t(0.1, (r) => `${ir(r, 'STARTUP')}InspIRCd is now running as 'hub.irc.example.net'[${r.int(0, 9)}${hexUp(r, 2)}] with ${r.pick([1024, 4096, 65536])} max open sockets`),
    t(0.2, (r) => `${ir(r, 'MODULE')}Module ${r.pick(['m_sasl.so', 'm_cloaking.so', 'm_dnsbl.so', 'm_connectban.so', 'm_spanningtree.so'])} was loaded successfully`),
  ] },
  { name: 'solana-validator', templates: [
    t(10, (r) => { const s = slslot(r); return `${sl(r, 'INFO', 'solana_metrics::metrics')}datapoint: replay-slot-stats slot=${s}i fetch_entries_time=${r.int(10, 9000)}i fetch_entries_fail_time=0i entry_poh_verification_time=${r.int(100, 90000)}i entry_transaction_verification_time=${r.int(100, 90000)}i replay_time=${r.int(1000, 900000)}i execute_batches_us=${r.int(1000, 900000)}i replay_total_elapsed=${r.int(1000, 900000)}i total_entries=${r.int(10, 900)}i total_shreds=${r.int(10, 2000)}i`; }),
    t(8, (r) => `${sl(r, 'INFO', 'solana_metrics::metrics')}datapoint: shred_insert_is_full total_time_ms=${r.int(0, 900)}i slot=${slslot(r)}i last_index=${r.int(10, 2000)}i num_repaired=${r.int(0, 40)}i num_recovered=${r.int(0, 40)}i`),
    t(6, (r) => `${sl(r, 'INFO', 'solana_metrics::metrics')}datapoint: cost-tracker-stats is_leader=${r.pick(['false', 'false', 'true'])} bank_slot=${slslot(r)}i block_cost=${r.int(100000, 48000000)}i vote_cost=${r.int(100000, 9000000)}i transaction_count=${r.int(10, 3000)}i number_of_accounts=${r.int(1000, 90000)}i costliest_account="${b58(r, 44)}" costliest_account_cost=${r.int(10000, 12000000)}i`),
    t(8, (r) => `${sl(r, 'INFO', 'solana_runtime::bank')}bank frozen: ${slslot(r)} hash: ${b58(r, 44)} accounts_delta: ${b58(r, 44)} signature_count: ${r.int(100, 9000)} last_blockhash: ${b58(r, 44)} capitalization: ${r.int(580000000, 590000000)}${r.int(100000000, 999999999)}, stats: BankHashStats { num_updated_accounts: ${r.int(1000, 90000)}, num_removed_accounts: ${r.int(0, 90)}, num_lamports_stored: ${r.int(1e9, 9e9)}${r.int(1e6, 9e6)}, total_data_len: ${r.int(1e6, 9e7)}, num_executable_accounts: ${r.int(0, 3)} }`),
    t(6, (r) => { const s = slslot(r); return `${sl(r, 'INFO', 'solana_core::replay_stage')}new fork:${s} parent:${s - r.int(1, 4)} root:${s - r.int(31, 40)}`; }),
    t(5, (r) => `${sl(r, 'INFO', 'solana_core::replay_stage')}new root ${slslot(r)}`),
    t(3, (r) => `${sl(r, 'INFO', 'solana_core::replay_stage')}voting: ${slslot(r)} ${r.float(0, 1, 16)}`),
    t(1.5, (r) => `${sl(r, 'INFO', 'solana_poh::poh_recorder')}leader slot ${slslot(r)} reached; starting block production`),
    t(1.2, (r) => `${sl(r, 'WARN', 'solana_core::replay_stage')}purging slot ${slslot(r)}`),
    t(2, (r) => `${sl(r, 'WARN', 'solana_core::repair::repair_service')}repair request for slot ${slslot(r)} shred ${r.int(0, 2000)} to ${slkey(r)} timed out`),
    t(2, (r) => `${sl(r, 'INFO', 'solana_core::consensus')}${slslot(r)} stake_threshold_check failed: observed ${r.float(0.2, 0.66, 6)}, threshold 0.6666666666666666, depth ${r.int(4, 8)}`),
    t(1, (r) => `${sl(r, 'WARN', 'solana_vote_program::vote_state')}${slkey(r)} dropped vote slots [${Array.from({ length: r.int(1, 4) }, () => slslot(r)).join(', ')}] failed to match hash ${b58(r, 44)} ${b58(r, 44)}`),
    t(1.5, (r) => `${sl(r, 'WARN', 'solana_streamer::nonblocking::quic')}Error while receiving stream: ${r.pick(['Timeout', 'ConnectionLost(TimedOut)', 'ConnectionLost(ApplicationClosed(ApplicationClose { error_code: 0, reason: b"dropped" }))', 'ReadError(Reset(VarInt(0)))'])}`),
    t(1.5, (r) => `${sl(r, 'INFO', 'solana_gossip::cluster_info')}TVU peers: ${r.int(1000, 4500)} num_live: ${r.int(900, 4400)} epoch: ${r.int(700, 760)}`),
    t(0.8, (r) => `${sl(r, 'WARN', 'solana_metrics::metrics')}submit response unsuccessful: ${r.pick(['502 Bad Gateway', '503 Service Unavailable', '429 Too Many Requests'])}`),
    t(0.8, (r) => `${sl(r, 'INFO', 'solana_runtime::snapshot_utils')}Successfully created "/mnt/ledger/snapshots/${slslot(r)}/${slslot(r)}.pre" in ${r.int(100, 9000)}ms`),
    t(0.5, (r) => { const s = slslot(r); return `${sl(r, 'INFO', 'solana_runtime::snapshot_bank_utils')}Loading bank from full snapshot archive: /mnt/snapshots/snapshot-${s - r.int(1000, 25000)}-${b58(r, 44)}.tar.zst, and incremental snapshot archive: ${r.next() < 0.7 ? `Some("/mnt/snapshots/incremental-snapshot-${s - r.int(1000, 25000)}-${s}-${b58(r, 44)}.tar.zst")` : 'None'}`; }),
    t(0.4, (r) => `${sl(r, 'INFO', 'solana_core::validator')}Waiting for 80% of activated stake at slot ${slslot(r)} to be in gossip...`),
    t(0.4, (r) => `${sl(r, 'INFO', 'solana_core::validator')}${r.float(10, 99, 3)}% of active stake visible in gossip`),
    t(0.3, (r) => `${sl(r, 'ERROR', 'solana_core::replay_stage')}Unable to set root on bank ${slslot(r)}: ${r.pick(['BankForks is missing root bank', 'Blockstore error: RocksDb(Error { message: "IO error: No space left on device" })'])}`),
    t(0.2, (r) => `${sl(r, 'INFO', 'agave_validator')}agave-validator ${r.pick(['2.0.18', '2.1.6'])} (src:${r.hex(8)}; feat:${r.int(1e9, 4e9)}, client:Agave)`),
    t(0.2, (r) => `${sl(r, 'INFO', 'solana_core::validator')}identity: ${slkey(r)}`),
  ] },
  { name: 'erlang-sasl', templates: [
    t(8, (r) => `=PROGRESS REPORT==== ${erd(r)} ===`),
    t(7, (r) => `    supervisor: {local,${r.pick(ERSUPS)}}`),
    t(6, (r) => `    started: [{pid,${erpid(r)}},`),
    t(6, (r) => `              {id,${r.pick(ERCHILD)[0]}},`),
    t(6, (r) => { const [, m, a] = r.pick(ERCHILD); return `              {mfargs,{${m},start_link,${a}}},`; }),
    t(6, (r) => `              {restart_type,${r.pick(['permanent', 'permanent', 'transient', 'temporary'])}},`),
    t(6, (r) => `              {shutdown,${r.pick(['2000', '5000', 'infinity', 'brutal_kill'])}},`),
    t(6, (r) => `              {child_type,${r.pick(['worker', 'worker', 'supervisor'])}}]`),
    t(3, (r) => `    application: ${r.pick(ERAPPS)}`),
    t(3, (r) => `    started_at: ${r.pick(ERNODES)}`),
    t(1, (r) => `=CRASH REPORT==== ${erd(r)} ===`),
    t(1, () => `  crasher:`),
    t(1, (r) => `    initial call: ${r.pick(['shop_order_server', 'shop_db_worker', 'shop_cache', 'cowboy_stream_h'])}:${r.pick(['init/1', 'request_process/3'])}`),
    t(1, (r) => `    pid: ${erpid(r)}`),
    t(1, (r) => `    registered_name: ${r.pick(['[]', 'shop_cache', 'shop_order_server'])}`),
    t(0.6, (r) => `    exception error: ${r.pick(['bad argument', 'no match of right hand side value {error,econnrefused}', 'no function clause matching shop_api_h:handle_req(#{method => <<"PATCH">>})'])}`),
    t(0.4, (r) => `    exception exit: ${r.pick(ERREASONS)}`),
    t(0.8, (r) => `      in function  ${r.pick(['ets:lookup/2', 'shop_db_worker:init/1 (src/shop_db_worker.erl, line 42)', 'gen_server:call/3 (gen_server.erl, line 401)', 'shop_api_h:handle_req/1 (src/shop_api_h.erl, line 87)'])}`),
    t(1, (r) => `    ancestors: [${r.pick(ERSUPS)},${erpid(r)}]`),
    t(1, (r) => `    message_queue_len: ${r.int(0, 9)}`),
    t(0.8, (r) => `    links: [${erpid(r)}]`),
    t(0.8, (r) => `    trap_exit: ${r.pick(['true', 'false'])}`),
    t(0.8, (r) => `    heap_size: ${r.pick([233, 376, 610, 987, 1598, 2586, 6772])}`),
    t(0.8, (r) => `    reductions: ${r.int(100, 900000)}`),
    t(1, (r) => `=SUPERVISOR REPORT==== ${erd(r)} ===`),
    t(1, (r) => `    errorContext: ${r.pick(['child_terminated', 'child_terminated', 'start_error', 'shutdown_error'])}`),
    t(1, (r) => `    reason: ${r.pick(ERREASONS)}`),
    t(1, (r) => `    offender: [{pid,${erpid(r)}},`),
    t(0.8, (r) => `=ERROR REPORT==== ${erd(r)} ===`),
    t(0.8, (r) => `** Generic server ${r.pick(['shop_cache', 'shop_order_server', 'shop_db_pool'])} terminating `),
    t(0.8, (r) => `** Last message in was ${r.pick(ERTERMS)}`),
    t(0.8, (r) => `** When Server state == ${r.pick(ERSTATES)}`),
    t(0.8, () => `** Reason for termination ==`),
    t(1.2, (r) => `=INFO REPORT==== ${erd(r)} ===`),
    t(0.8, (r) => `    exited: ${r.pick(['stopped', 'shutdown', '{bad_return,{{shop_app,start,[normal,[]]},{\'EXIT\',{undef,[{shop_sup,start_link,[],[]}]}}}}'])}`),
    t(0.8, (r) => `    type: ${r.pick(['temporary', 'permanent', 'transient'])}`),
  ] },
  { name: 'ktor', templates: [
    t(20, (r) => `${kt(r, ktev(r), 'INFO', 'ktor.application')}${r.pick(KTSTATUS)}: ${r.pick(['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'])} - ${ktpath(r)} in ${r.int(0, 2000)}ms`),
    t(8, (r) => `${kt(r, ktdw(r), 'DEBUG', 'Exposed')}${pick(r, KTSQL)}`),
    t(2, (r) => `${kt(r, ktev(r), 'ERROR', 'ktor.application')}Unhandled: ${r.pick(['GET', 'POST', 'PUT'])} - ${ktpath(r)}`),
    t(1, () => `kotlinx.serialization.json.internal.JsonDecodingException: Unexpected JSON token at offset 12: Expected quotation mark '"', but had 'n' instead at path: $.items[0].sku`),
    t(1, (r) => `org.postgresql.util.PSQLException: ${r.pick(['ERROR: duplicate key value violates unique constraint "orders_pkey"', 'The connection attempt failed.', 'ERROR: canceling statement due to statement timeout'])}`),
    t(4, (r) => `\tat ${r.pick(['io.ktor.server.routing.Route$buildPipeline$1$1.invokeSuspend(Route.kt:116)', 'io.ktor.util.pipeline.SuspendFunctionGun.loop(SuspendFunctionGun.kt:120)', 'kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)', 'com.example.shop.orders.OrderRoutesKt$orderRoutes$2.invokeSuspend(OrderRoutes.kt:57)', 'org.jetbrains.exposed.sql.transactions.ThreadLocalTransactionManagerKt.inTopLevelTransaction(ThreadLocalTransactionManager.kt:253)', 'io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)'])}`),
    t(0.5, (r) => `\t... ${r.int(12, 90)} common frames omitted`),
    t(3, (r) => `${kt(r, ktdw(r), 'INFO', 'c.e.shop.orders.OrderService')}Order ${r.int(10000, 999999)} created for customer ${r.int(1, 99999)} (${r.int(1, 12)} items, total ${r.float(3, 900, 2)} ${r.pick(['EUR', 'EUR', 'GBP', 'USD'])})`),
    t(1.5, (r) => `${kt(r, ktdw(r), 'WARN', 'c.e.shop.payments.PaymentClient')}Payment provider returned ${r.pick([502, 503, 504, 429])}, retrying (attempt ${r.int(1, 2)}/3)`),
    t(1.5, (r) => `${kt(r, ktev(r), 'INFO', 'c.e.shop.auth.JwtConfig')}JWT verification failed: ${r.pick(['The Token has expired on ' + ymd(r) + 'T' + hms(r) + 'Z.', "The Token's Signature resulted invalid when verified using the Algorithm: HmacSHA256", 'The Claim \'aud\' value doesn\'t contain the required audience.'])}`),
    t(1, (r) => `${kt(r, 'HikariPool-1 housekeeper', 'WARN', 'com.zaxxer.hikari.pool.HikariPool')}HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=${r.int(1, 9)}m${r.int(0, 59)}s${r.int(0, 999)}ms).`),
    t(1, (r) => `${kt(r, ktdw(r), 'WARN', 'com.zaxxer.hikari.pool.PoolBase')}HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@${r.hex(8)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.`),
    t(1, (r) => `${kt(r, ktev(r), 'WARN', 'io.netty.channel.DefaultChannelPipeline')}An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.`),
    t(0.8, () => `java.io.IOException: Connection reset by peer`),
    t(0.3, (r) => `${kt(r, 'main', 'INFO', 'ktor.application')}Application started in ${r.float(0.2, 4, 3)} seconds.`),
    t(0.3, (r) => `${kt(r, 'DefaultDispatcher-worker-1', 'INFO', 'ktor.application')}Responding at http://0.0.0.0:${r.pick([8080, 8080, 8081])}`),
    t(0.3, (r) => `${kt(r, 'main', 'INFO', 'ktor.application')}Autoreload is disabled because the development mode is off.`),
    t(0.3, (r) => `${kt(r, 'main', 'INFO', 'com.zaxxer.hikari.HikariDataSource')}HikariPool-1 - Starting...`),
    t(0.3, (r) => `${kt(r, 'main', 'INFO', 'com.zaxxer.hikari.HikariDataSource')}HikariPool-1 - Start completed.`),
    t(0.2, (r) => { const n = r.int(1, 4); return `${kt(r, 'main', 'INFO', 'o.f.core.internal.command.DbMigrate')}Successfully applied ${n} migration${n > 1 ? 's' : ''} to schema "public", now at version v${r.int(10, 60)} (execution time 00:${d2(r.int(0, 9))}.${ms3(r)}s)`; }),
    t(0.2, (r) => `${kt(r, 'main', 'INFO', 'org.koin.core.KoinApplication')}Started ${r.int(20, 90)} definitions in ${r.float(0.5, 9, 6)} ms`),
  ] },
  { name: 'azure-functions-host', templates: [
    t(8, (r) => `${af(r)}Executing 'Functions.${affn(r)}' (Reason='${pick(r, AFREASONS)}', Id=${r.uuid()})`),
    t(7, (r) => `${af(r)}Executed 'Functions.${affn(r)}' (Succeeded, Id=${r.uuid()}, Duration=${r.int(1, 9000)}ms)`),
    t(1.5, (r) => `${af(r)}Executed 'Functions.${affn(r)}' (Failed, Id=${r.uuid()}, Duration=${r.int(1, 30000)}ms)`),
    t(1.5, (r) => `${af(r)}System.Private.CoreLib: Exception while executing function: Functions.${affn(r)}. ${r.pick(['OrdersApp', 'Microsoft.Azure.WebJobs.Host', 'Azure.Storage.Blobs', 'System.Net.Http'])}: ${r.pick(AFERRS)}`),
    t(3, (r) => `${af(r)}Trigger Details: MessageId: ${r.uuid()}, DequeueCount: ${r.int(1, 5)}, InsertedOn: ${ymd(r)}T${hms(r)}.000+00:00`),
    t(1.5, (r) => `${af(r)}Trigger Details: PartionId: ${r.int(0, 31)}, Offset: ${r.int(1e6, 9e9)}-${r.int(1e6, 9e9)}, EnqueueTimeUtc: ${ymd(r)}T${hms(r)}.${pad(r.int(0, 9999999), 7)}+00:00-${ymd(r)}T${hms(r)}.${pad(r.int(0, 9999999), 7)}+00:00, SequenceNumber: ${r.int(1e5, 9e7)}-${r.int(1e5, 9e7)}, Count: ${r.int(1, 100)}`),
    t(4, (r) => `${af(r)}C# HTTP trigger function processed a request.`),
    t(3, (r) => { const f = r.pick(['HttpOrders', 'HttpHealth']); return `${af(r)}Request successfully matched the route with name '${f}' and template '${f === 'HttpOrders' ? 'api/orders/{id?}' : 'api/health'}'`; }),
    t(2, (r) => `${af(r)}Timer trigger function executed at: ${r.pick([11, 12])}/${r.int(1, 28)}/2026 ${r.int(1, 12)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`),
    t(0.8, (r) => `${af(r)}Message has reached MaxDequeueCount of 5. Moving message to queue 'orders-queue-poison'.`),
    t(0.5, (r) => `${af(r)}Host lock lease acquired by instance ID '${r.hex(32)}'.`),
    t(0.3, (r) => `${af(r)}Host started (${r.int(20, 3000)}ms)`),
    t(0.3, (r) => `${af(r)}Job host started`),
    t(0.3, (r) => `${af(r)}Host initialized (${r.int(20, 900)}ms)`),
    t(0.3, (r) => `${af(r)}Worker process started and initialized.`),
    t(0.3, (r) => `${af(r)}${r.int(3, 9)} functions found (Custom)`),
    t(0.3, (r) => `${af(r)}Loading functions metadata`),
    t(0.3, (r) => `${af(r)}Stopping the listener 'Microsoft.Azure.WebJobs.Host.Listeners.${r.pick(['SingletonListener', 'FunctionListener'])}' for function '${affn(r)}'`),
    t(0.3, (r) => `${af(r)}Stopped the listener 'Microsoft.Azure.WebJobs.Host.Listeners.${r.pick(['SingletonListener', 'FunctionListener'])}' for function '${affn(r)}'`),
    t(0.2, (r) => `${af(r)}Stopping JobHost`),
    t(0.5, (r) => `${af(r)}Executing StatusCodeResult, setting HTTP status code ${r.pick([200, 204, 400, 404])}`),
    t(0.5, (r) => `${af(r)}Executing OkObjectResult, writing value of type '${r.pick(['System.String', 'OrdersApp.Models.Order', 'System.Collections.Generic.List`1[[OrdersApp.Models.Order, OrdersApp]]'])}'.`),
  ] },
  { name: 'fly-io', templates: [
    t(11, (r) => `${fl(r, 'app', 'info')}GET ${pick(r, FLPATHS)} ${r.pick([200, 200, 200, 304, 404, 500])} ${r.float(0.3, 900, 3)} ms - ${r.int(0, 90000)}`),
    t(3, (r) => `${fl(r, 'app', 'info')}POST ${r.pick(['/api/orders', '/api/session', '/api/cart/items'])} ${r.pick([200, 201, 201, 400, 422, 500])} ${r.float(0.3, 900, 3)} ms - ${r.int(0, 9000)}`),
    t(2, (r) => `${fl(r, 'proxy', 'error')}[PC01] instance refused connection. is your app listening on 0.0.0.0:${r.pick([8080, 3000])}? make sure it is not only listening on 127.0.0.1 (hint: look at your startup logs, servers often print the address they are listening on)`),
    t(2, (r) => `${fl(r, 'proxy', 'error')}[PR04] could not find a good candidate within ${r.int(20, 90)} attempts at load balancing. last error: [PR01] no known healthy instances found for route tcp/443. (hint: is your app shutdown? is there an ongoing deployment with a volume or are you using the 'immediate' strategy? have your app's instances all reached their hard limit?)`),
    t(1.5, (r) => `${fl(r, 'proxy', 'error')}[PU02] could not complete HTTP request to instance: connection closed before message completed`),
    t(2, (r) => `${fl(r, 'proxy', 'info')}Downscaling app ${r.pick(['shop-web', 'shop-api'])} from ${r.int(2, 4)} machines to 1 machines, stopping machine ${r.pick(FLMACH)} (region=${r.pick(FLREG)}, process group=app)`),
    t(2, (r) => `${fl(r, 'proxy', 'info')}Starting machine`),
    t(2, (r) => `${fl(r, 'app', 'info')} INFO Starting init (commit: ${r.hex(7)})...`),
    t(1.5, (r) => `${fl(r, 'app', 'info')} INFO Preparing to run: \`${r.pick(['docker-entrypoint.sh node server.js', '/app/bin/server', 'gunicorn -b 0.0.0.0:8080 app:app', 'bundle exec puma -C config/puma.rb'])}\` as ${r.pick(['node', 'root', 'app'])}`),
    t(1.5, (r) => `${fl(r, 'app', 'info')} INFO [fly api proxy] listening at /.fly/api`),
    t(1.5, (r) => `${fl(r, 'app', 'info')}Machine started in ${r.int(300, 4000)}ms`),
    t(1.5, (r) => `${fl(r, 'app', 'info')} INFO Sending signal SIGINT to main child process w/ PID ${r.int(300, 700)}`),
    t(1.2, (r) => `${fl(r, 'app', 'info')} INFO Main child exited normally with code: ${r.pick([0, 0, 0, 1, 130])}`),
    t(1.2, (r) => `${fl(r, 'app', 'info')} INFO Starting clean up.`),
    t(1, (r) => `${fl(r, 'app', 'info')} WARN hallpass exited, pid: ${r.int(300, 700)}, status: signal: 15 (SIGTERM)`),
    t(1, (r) => `${fl(r, 'app', 'info')}[    ${r.float(1, 90000, 6).padStart(12)}] reboot: Restarting system`),
    t(0.8, (r) => `${fl(r, 'app', 'info')} INFO Umounting /dev/vdc from /data`),
    t(2, (r) => `${fl(r, 'health', 'error')}Health check on port ${r.pick([8080, 3000])} has failed. Your app is not responding properly. Services exposed on ports [80, 443] will have intermittent failures until the health check passes.`),
    t(2, (r) => `${fl(r, 'health', 'info')}Health check on port ${r.pick([8080, 3000])} is now passing.`),
    t(1, (r) => `${fl(r, 'runner', 'info')}Pulling container image registry.fly.io/${r.pick(['shop-web', 'shop-api'])}:deployment-${r.pick(['01J', '01K'])}${r.alnum(23).toUpperCase()}`),
    t(1, (r) => `${fl(r, 'runner', 'info')}Successfully prepared image registry.fly.io/${r.pick(['shop-web', 'shop-api'])}:deployment-${r.pick(['01J', '01K'])}${r.alnum(23).toUpperCase()} (${r.float(0.3, 40, 6)}s)`),
    t(1, (r) => `${fl(r, 'runner', 'info')}Configuring firecracker`),
    t(0.6, (r) => `${fl(r, 'app', 'info')}Out of memory: Killed process ${r.int(300, 700)} (${r.pick(['node', 'python', 'ruby', 'beam.smp'])}) total-vm:${r.int(800000, 3000000)}kB, anon-rss:${r.int(200000, 900000)}kB, file-rss:0kB, shmem-rss:0kB, UID:${r.pick([0, 1000])} pgtables:${r.int(900, 4000)}kB oom_score_adj:0`),
  ] },
  { name: 'rethinkdb', templates: [
    t(4, (r) => `${rt(r, 'notice')}Connected to server ${rtsrv(r)}`),
    t(4, (r) => `${rt(r, 'notice')}Disconnected from server ${rtsrv(r)}`),
    t(3, (r) => `${rt(r, 'info')}Table ${rttable(r)}: Starting a new Raft election for term ${r.int(2, 400)}.`),
    t(3, (r) => `${rt(r, 'info')}Table ${rttable(r)}: This server is Raft leader for term ${r.int(2, 400)}. Latest log index is ${r.int(10, 90000)}.`),
    t(2, (r) => `${rt(r, 'info')}Table ${rttable(r)}: Added replica on this server.`),
    t(1.5, (r) => `${rt(r, 'info')}Table ${rttable(r)}: Configuration is changing.`),
    t(2, (r) => `${rt(r, 'info')}Table ${rttable(r)}: Starting backfill from server ${rtsrv(r)}.`),
    t(2, (r) => `${rt(r, 'info')}Table ${rttable(r)}: Finished backfill from server ${rtsrv(r)}.`),
    t(1.5, (r) => `${rt(r, 'error')}Heartbeat timeout, killing connection to peer 10.0.3.${r.int(21, 23)}:29015`),
    t(1.5, (r) => `${rt(r, 'warn')}Failed to connect to peer 10.0.3.${r.int(21, 23)}:29015: ${r.pick(['Connection refused', 'Connection timed out', 'No route to host'])}`),
    t(0.6, (r) => `${rt(r, 'warn')}Cache size does not leave much memory for server and query overhead (available memory: ${r.int(200, 2000)} MB).`),
    t(0.6, (r) => `${rt(r, 'warn')}Query execution took ${r.float(1, 90, 3)} seconds: ${r.pick(['r.db("shop").table("orders").filter({"status": "NEW"}).orderBy("created")', 'r.db("analytics").table("events").count()', 'r.db("shop").table("carts").getAll("u-1234", {"index": "user"})'])}`),
    t(0.3, (r) => `${rt(r, 'notice')}Running rethinkdb ${r.pick(['2.4.4~0bookworm (GCC 12.2.0)', '2.4.3~0bullseye (CLANG 11.0.1)'])}...`),
    t(0.3, (r) => `${rt(r, 'notice')}Running on Linux ${r.pick(['6.1.0-28-amd64', '5.15.0-126-generic'])} x86_64`),
    t(0.3, (r) => `${rt(r, 'notice')}Loading data from directory /var/lib/rethinkdb/${r.pick(['instance1', 'default'])}/data`),
    t(0.3, (r) => `${rt(r, 'notice')}Listening for intracluster connections on port 29015`),
    t(0.3, (r) => `${rt(r, 'notice')}Listening for client driver connections on port 28015`),
    t(0.3, (r) => `${rt(r, 'notice')}Listening for administrative HTTP connections on port 8080`),
    t(0.3, (r) => `${rt(r, 'notice')}Listening on cluster addresses: 127.0.0.1, 10.0.3.${r.int(21, 23)}`),
    t(0.3, (r) => `${rt(r, 'notice')}Server ready, ${rtsrv(r)}`),
    t(0.3, (r) => `${rt(r, 'notice')}Server got SIGTERM from pid ${r.pick([0, 1])}, uid 0; shutting down...`),
    t(0.3, (r) => `${rt(r, 'notice')}Shutting down client connections...`),
    t(0.3, (r) => `${rt(r, 'notice')}All client connections closed.`),
    t(0.3, (r) => `${rt(r, 'notice')}Shutting down storage engine... (This may take a while if you had a lot of unflushed data in the writeback cache.)`),
    t(0.3, (r) => `${rt(r, 'notice')}Storage engine shut down.`),
  ] },
  { name: 'couchbase', templates: [
    t(4, (r) => { const b = r.pick(CBBUCKETS); return `${cbn(r, 'user', 'info', `ns_memcached-${b}P`, 'ns_memcached:handle_cast:' + r.pick([292, 294]))}Bucket "${b}" loaded on node '${r.pick(CBNODES)}' in ${r.int(0, 40)} seconds.`; }),
    t(2, (r) => `${cbn(r, 'user', 'info', 'P', 'ns_orchestrator:idle:' + r.pick([773, 776]))}Starting rebalance, KeepNodes = ${cbnl(r)}, EjectNodes = ${r.next() < 0.7 ? '[]' : `['${r.pick(CBNODES)}']`}, Failed over and being ejected nodes = []; no delta recovery nodes; Operation Id = ${r.hex(32)}`),
    t(1.5, (r) => `${cbn(r, 'user', 'info', 'P', 'ns_orchestrator:log_rebalance_completion:1' + r.pick([503, 510]))}Rebalance completed successfully.\nRebalance Operation Id = ${r.hex(32)}`.replace('\n', ' ')),
    t(0.8, (r) => `${cbn(r, 'user', 'error', 'P', 'ns_orchestrator:log_rebalance_completion:1' + r.pick([503, 510]))}Rebalance exited with reason ${r.pick(['{buckets_shutdown_wait_failed,[{\'ns_1@10.0.3.13\',{\'EXIT\',{old_buckets_shutdown_wait_failed,["shop"]}}}]}', 'stopped', '{mover_crashed,{unexpected_exit,{\'EXIT\',<0.3123.0>,{dcp_wait_for_data_move_failed,"shop",512,\'ns_1@10.0.3.12\',[\'ns_1@10.0.3.13\'],timeout}}}}'])}. Rebalance Operation Id = ${r.hex(32)}`),
    t(3, (r) => `${cbn(r, 'user', 'info', 'P', 'ns_node_disco:handle_info:' + r.pick([151, 157]))}Node '${r.pick(CBNODES)}' saw that node '${r.pick(CBNODES)}' went down. Details: [{nodedown_reason,${r.pick(['connection_closed', 'net_tick_timeout', 'disconnect'])}}]`),
    t(3, (r) => `${cbn(r, 'user', 'info', 'P', 'ns_node_disco:handle_info:' + r.pick([145, 151]))}Node '${r.pick(CBNODES)}' saw that node '${r.pick(CBNODES)}' came up. Tags: []`),
    t(1.5, (r) => `${cbn(r, 'ns_server', 'info', 'P', 'menelaus_web_alerts_srv:global_alert:' + r.pick([127, 134]))}Approaching full disk warning. Usage of disk "${r.pick(['/', '/opt/couchbase/var', '/data'])}" on node "10.0.3.${r.int(11, 14)}" is around ${r.int(90, 99)}%.`),
    t(0.8, (r) => `${cbn(r, 'user', 'info', 'P', 'auto_failover:log_failover_success:' + r.pick([512, 530]))}Node ('${r.pick(CBNODES)}') was automatically failed over. Reason: ${r.pick(['The data service did not respond for the duration of the auto-failover threshold. Either none of the buckets have warmed up or there is an issue with the data service.', 'The cluster manager did not respond.'])}`),
    t(1, (r) => `${cbn(r, 'ns_server', 'info', 'P', 'auto_failover:log_unsafe_node:' + r.pick([780, 784]))}Could not automatically fail over node ('${r.pick(CBNODES)}'). ${r.pick(['Number of remaining nodes that are running data service is 1. You need at least 2 nodes.', 'Maximum number of auto-failover events (1) has been reached.', 'Rebalance is running.'])}`),
    t(3, (r) => `${cbn(r, 'ns_server', 'info', 'compaction_daemonP', 'compaction_daemon:spawn_scheduled_kv_compactor:' + r.pick([495, 499]))}Start compaction of vbuckets for bucket ${r.pick(CBBUCKETS)} with config: [{database_fragmentation_threshold,{30,undefined}},{view_fragmentation_threshold,{30,undefined}}]`),
    t(3, (r) => `${cbn(r, 'ns_server', 'info', 'compaction_daemonP', 'compaction_daemon:handle_info:' + r.pick([555, 561]))}Finished compaction of databases for bucket ${r.pick(CBBUCKETS)}`),
    t(1.5, (r) => `${cbn(r, 'ns_server', 'warn', 'P', 'ns_heart:current_status_slow_inner:' + r.pick([204, 210]))}Failed to grab system stats: ${r.pick(['{error,timeout}', '{error,{exit,{noproc,{gen_server,call,[{\'stats_reader-@system\',\'ns_1@10.0.3.11\'},{latest,minute}]}}}}'])}`),
    t(8, (r) => `${cbm(r, 'INFO')}(${r.pick(CBBUCKETS)}) DCP (Producer) eq_dcpq:replication:${r.pick(CBNODES)}->${r.pick(CBNODES)}:${r.pick(CBBUCKETS)} - (vb:${r.int(0, 1023)}) Creating stream with start seqno ${r.int(0, 900000)} and end seqno 18446744073709551615; requested end seqno was 18446744073709551615, snapshot:{${r.int(0, 900000)},${r.int(0, 900000)}} collections-filter-size:0 sid:none`),
    t(5, (r) => `${cbm(r, 'INFO')}(${r.pick(CBBUCKETS)}) DCP (Producer) eq_dcpq:replication:${r.pick(CBNODES)}->${r.pick(CBNODES)}:${r.pick(CBBUCKETS)} - (vb:${r.int(0, 1023)}) Stream closing, sent until seqno ${r.int(0, 900000)} remaining items ${r.int(0, 90)}, reason: ${r.pick(['The stream ended due to all items being streamed', 'The stream closed early because the conn was disconnected', 'The stream was closed due to a close stream message'])}`),
    t(4, (r) => `${cbm(r, 'INFO')}Client {"ip":"${lan(r)}","port":${port(r)}} authenticated as <ud>${r.pick(['Administrator', 'shop-app', 'shop-app', 'sync_gateway', 'analytics-ro'])}</ud>`),
    t(3, (r) => `${cbm(r, 'WARNING')}Slow operation: {"bucket":"${r.pick(CBBUCKETS)}","cid":"${lan(r)}:${port(r)}/${r.hex(8)}","command":"${r.pick(['GET', 'SET', 'DELETE', 'SUBDOC_MULTI_LOOKUP', 'GET_CLUSTER_CONFIG'])}","duration":"${r.int(500, 9000)} ms","packet":{"bodylen":${r.int(10, 9000)},"cas":0,"datatype":"raw","extlen":0,"key":"<ud>${r.pick(['order::', 'cart::', 'session::'])}${r.int(1000, 99999)}</ud>","keylen":${r.int(8, 20)},"magic":"ClientRequest","opaque":${r.int(1, 9e6)},"opcode":"${r.pick(['GET', 'SET', 'DELETE'])}","vbucket":${r.int(0, 1023)}},"peer":"{\\"ip\\":\\"${lan(r)}\\",\\"port\\":${port(r)}}","trace":"request=${r.int(1e6, 9e9)}:${r.int(500, 9000)}"}`),
    t(2.5, (r) => `${cbm(r, 'INFO')}HELO [${r.pick(['{"a":"gocbcore/v10.3.1","i":"' + r.hex(16) + '/' + r.hex(16) + '"}', '{"a":"couchbase-net-client/3.6.4","i":"' + r.hex(16) + '/' + r.hex(16) + '"}', 'regular'])}] ${r.pick(['TCP nodelay, XATTR, XERROR, Select bucket, Snappy, JSON, Duplex, Clustermap change notification, UnorderedExecution, Tracing, Collections', 'TCP nodelay, XATTR, XERROR, Select bucket, Collections'])} [ {"ip":"${lan(r)}","port":${port(r)}} - {"ip":"10.0.3.${r.int(11, 14)}","port":11210} (not authenticated) ]`),
    t(1.5, (r) => `${cbm(r, 'INFO')}(${r.pick(CBBUCKETS)}) Compaction of vb:${r.int(0, 1023)} done (ok). purged tombstones:${r.int(0, 900)}, prepares:0, prepareBytes:0 collection_items_erased:alive:0,deleted:0, size/items/tombstones/purge_seqno pre{${r.int(1e5, 9e7)}, ${r.int(10, 9000)}, ${r.int(0, 900)}, ${r.int(0, 9000)}}, post{${r.int(1e5, 9e7)}, ${r.int(10, 9000)}, ${r.int(0, 900)}, ${r.int(0, 9000)}}`),
    t(1, (r) => `${cbm(r, 'WARNING')}Invalid password specified for [<ud>${r.pick(['Administrator', 'admin', 'shop-app', 'test'])}</ud>]. Mechanism:[${r.pick(['SCRAM-SHA512', 'PLAIN'])}], UUID:[${r.uuid()}]`),
  ] },
  { name: 'artifactory', templates: [
    t(10, (r) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z [${r.hex(16)}] [ACCEPTED DOWNLOAD] ${r.next() < 0.5 ? jflocal(r) : (() => { const [repo, p] = pick(r, JFARTS); return `${repo}-cache:${p}`; })()} for client : ${r.pick(JFUSERS)} / ${lan(r)}.`),
    t(3, (r) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z [${r.hex(16)}] [ACCEPTED DEPLOY] ${jflocal(r)} for client : ${r.pick(['ci-jenkins', 'ci-github', 'svc-deploy'])} / ${lan(r)}.`),
    t(1.5, (r) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z [${r.hex(16)}] [ACCEPTED DELETE] ${jflocal(r)} for client : ${r.pick(['_system_', 'alice', 'svc-cleanup'])} / ${r.next() < 0.3 ? '127.0.0.1' : lan(r)}.`),
    t(2, (r) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z [${r.hex(16)}] [DENIED DOWNLOAD] ${jflocal(r)} for client : anonymous / ${r.ip()}.`),
    t(2, (r) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z [${r.hex(16)}] [DENIED LOGIN] for client : ${r.pick(['admin', 'bob', 'ci-jenkins', 'root', 'test'])} / ${r.ip()}.`),
    t(1, (r) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z [${r.hex(16)}] [ACCEPTED LOGIN] for client : ${r.pick(JFUSERS)} / ${lan(r)}.`),
    t(14, (r) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z|${r.hex(16)}|${lan(r)}|${r.pick(JFUSERS)}|${r.pick(['GET', 'GET', 'GET', 'HEAD', 'PUT'])}|/api/${r.pick(['npm/npm-remote/react', 'pypi/pypi-remote/simple/requests/', 'docker/docker-remote/v2/library/node/manifests/20-alpine', 'storage/libs-release-local/com/example', 'system/ping'])}|${r.pick([200, 200, 200, 304, 401, 404])}|${r.next() < 0.8 ? -1 : r.int(100, 900000)}|${r.int(0, 9000000)}|${r.int(1, 9000)}|${r.pick(['npm/10.9.0 node/v20.18.0 linux x64 workspaces/false', 'pip/24.3.1 {"ci":null,"cpu":"x86_64"}', 'docker/27.3.1 go/go1.22.7 git-commit/41ca978 kernel/6.1.0 os/linux arch/amd64', 'Apache-Maven/3.9.9 (Java 21.0.5; Linux 6.1.0-28-amd64)', 'JFrog-Ping/1.0'])}`),
    t(4, (r) => { const [repo, p, up] = pick(r, JFARTS); return `${jf(r, 'INFO', 'o.a.r.HttpRepo:' + r.pick([431, 433]), jfnio(r))}${repo} downloading ${up}${p} ${jfsize(r)}`; }),
    t(4, (r) => { const [repo, p, up] = pick(r, JFARTS); return `${jf(r, 'INFO', 'o.a.r.HttpRepo:' + r.pick([453, 455]), jfnio(r))}${repo} downloaded  ${up}${p} ${jfsize(r)} at ${r.float(100, 90000, 2)} KB/sec`; }),
    t(2, (r) => { const [repo, p, up] = pick(r, JFARTS); return `${jf(r, 'WARN', 'o.a.r.RemoteRepoBase:' + r.pick([859, 865]), jfnio(r))}${repo}: Error in getting information for '${p}' (Failed retrieving resource from ${up}${p}: ${r.pick(['Not Found', 'Connect to ' + up.slice(8, -1) + ':443 failed: connect timed out', 'Read timed out', 'Bad Gateway'])}).`; }),
    t(1.5, (r) => `${jf(r, 'WARN', 'o.a.w.s.RepoFilter:' + r.pick([251, 256]), jfnio(r))}Sending HTTP error code 404: Could not find resource`),
    t(0.8, (r) => `${jf(r, 'INFO', 'o.a.s.g.GarbageCollectorInfo:' + r.pick([81, 85]), jfart(r))}Storage TRASH_AND_BINARIES garbage collector report: Number of binaries: ${r.int(1000, 900000)} Total execution time: ${r.float(0.1, 900, 2)} seconds Candidates for deletion: ${r.int(0, 9000)} Checksums deleted: ${r.int(0, 9000)} Binaries deleted: ${r.int(0, 9000)} Total size freed: ${jfsize(r)}`),
    t(0.6, (r) => `${jf(r, 'INFO', 'o.a.e.EventsLogCleanUpService:' + r.pick([70, 74]), jfart(r))}Starting cleanup of old events from event log`),
    t(0.6, (r) => `${jf(r, 'INFO', 'o.a.e.EventsLogCleanUpService:' + r.pick([99, 101]), jfart(r))}Cleanup of old events from event log finished`),
    t(0.5, (r) => `${jf(r, 'WARN', 'o.j.c.ExecutionUtils:' + r.pick([164, 168]), 'pool-' + r.int(10, 40) + '-thread-1')}Retry ${r.int(1, 30)} Elapsed ${r.float(0.5, 90, 2)} secs failed: Registration with router on URL http://localhost:8046 failed with error: ${r.pick(['Connection refused', 'Error while trying to connect to local router at address \'localhost:8046\': connect: connection refused'])}. Trying again`),
    t(0.4, (r) => `${jf(r, 'ERROR', 'o.a.s.d.DbServiceImpl:' + r.pick([202, 210]), jfart(r))}Failed to get connection from pool: ${r.pick(['HikariPool-1 - Connection is not available, request timed out after 30000ms.', 'FATAL: remaining connection slots are reserved for non-replication superuser connections'])}`),
  ] },
];

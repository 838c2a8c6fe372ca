// Fifteenth sealed evaluation corpus for the template miner: written on 2026-12-07, before any
// miner change of the round after sealed14, by a helper that had read neither the miner
// (src/patterns/, test/patterns/) nor any per-system score of the other sets, nor README's
// template results, and ran no `git log` or `git show`, and `git diff` only on its own uncommitted
// edit of bench/patterns.ts (the worktree was made with `git worktree add -q`, which printed
// nothing). It is meant to be scored like sealed5 to sealed14 (average and minimum only until a
// round ends, per system only at the end of that round). The lines are written from knowledge of
// the formats, not copied, with the variable parts drawn from the seeded RNG. Scored once, after
// it was written and before any miner change of its round (bench:patterns --lines 20000 --orders 5
// --sealed15-summary; src/patterns as at the worktree's HEAD commit 8065e7d, nothing uncommitted
// under src/): average 0.594, minimum 0.029. Only the set's summary line was read (the run's
// output was filtered to the line naming this set). Nothing here was changed after it but this
// note.
// Formats in none of the other sets (checked against the system names in every
// bench/lib/patterns-*.ts and by grepping bench/lib for each product and for a telltale string of
// each format: `PBS_Server`, `pbs_mom`, `Job Queued`, `resources_used`, `Imported new`,
// `potential chain`, `mgasps`, `Chain head`, `beacon client`, `ipmi`, `Asserted`, `Upper
// Critical`, `sel elist`, `Pre-Init`, `murmur`, `mumble`, `64738`, `valheim`, `ZDOID`, `Got
// connection SteamID`, `Closing socket`, `Doing action`, `Action ended`, `Action start`, `MSI (s)`,
// `Property(S)`, `IEF403I`, `IEF285I`, `HASP`, `INTRDR`, `ICH408I`, `brocade`, `RASLOG`,
// `raslogd`, `FID 128`, `MAPS-`, `SEC-1203`, `FSSM`, `SULB`, `netscaler`, `PPE-0`, `SSLVPN`,
// `CONN_DELINK`, `SSL_HANDSHAKE`, `Nat_ip`, `APPFW`, `openwrt`, `netifd`, `odhcpd`, `dropbear`,
// `procd`, `logread`, `udhcpc`, `pppd`, `Child connection`, `Pubkey auth succeeded`, `RA
// lifetime`, `heroku`, `dyno=`, `at=info`, `H12`, `sample#`, `concourse`, `lager`,
// `"source":"atc"`, `worker.garden`, `mailman`, `qrunner`, `bounce score`, `held, message-id`,
// `aerospike`, `ticker.c`, `CLUSTER-SIZE`, `CLUSTER-NAME`, `cluster-clock`, `heartbeat-received`,
// `akka`, `akka://`, `default-dispatcher`, `akkaSource`, `Artery`, `SBR`, `dead letters`,
// `privoxy`, `Crunch`, `Keep-alive`; ISC dhcpd was dropped because sealed5's pfSense stream has
// its lines, and Quarkus because sealed's Keycloak lines are Quarkus's; `enode` occurs in sealed5
// only inside another word, `Exit_status` in sealed7 only as a Go identifier, `nsup` and
// `migrations:` only inside other words or other products' text): PBS Professional (server_logs
// and sched_logs read together, `;`-separated records), go-ethereum (geth's terminal format, the
// message padded to 40 columns before its key=value context), IPMI SEL (`ipmitool sel elist` run
// over pdsh on a cluster, `|`-separated columns behind a `node:` prefix), the Mumble server
// (murmur), a Valheim dedicated server (Unity player log, with Unity's `(Filename: ...)` lines),
// a Windows Installer verbose log (`msiexec /l*v`), z/OS SYSLOG (the hardcopy log's fixed columns:
// record type, routing codes, system, yyddd date, job id, MCS flags; JES2 `$HASP`, `IEF`, RACF,
// DFSMShsm, CICS messages, with the continuation records of multi-line messages as lines of their
// own), Brocade FOS RASLog forwarded by raslogd (errdump records and AUDIT records), Citrix ADC /
// NetScaler syslog (`0-PPE-N : default MODULE EVENT seq 0 :`), OpenWrt's logread (netifd with
// udhcpc, odhcpd, dropbear, pppd, firewall, uhttpd/LuCI, crond, procd), Heroku's logplex drain
// (router lines, dyno platform lines, log-runtime-metrics and add-on metrics, `app[api]` release
// lines and an app's own output), Concourse (lager JSON from the web node, the workers and the
// TSA), Mailman 2 (post, smtp, smtp-failure, subscribe, bounce, vette, qrunner, error and mischief
// logs read as one stream), Aerospike (the ticker, histograms, drv_ssd, nsup, heartbeat and
// clustering lines), Akka (logback with Lightbend's `[date] [LEVEL] [logger] [thread]
// [akkaSource] - msg` pattern; cluster, Artery, sharding, dead letters and an app's own lines)
// and Privoxy (`date time thread Kind: message`).
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed14: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - One statement, values in its wording, is one event: PBS's `Type N request received from`,
//   `enqueuing into Q, state N hop 1`, `Reject reply code=N, aux=0, type=N` and `Not Running:
//   <reason>` (the scheduler's reason is free text of varying length, an `Insufficient amount of
//   resource: ...` reason included); geth's lines whatever their context values (`elapsed` with or
//   without quotes, comma-grouped counters); Murmur's `Connection closed: <reason> [code]`,
//   `Rejected connection from <addr>: <reason>`, `SSL Error: <text>`, `Client version <version>
//   (<os>)` and `Moved <user> to <channel>`; Valheim's `Got character ZDOID from <name> : <id>` (the
//   `0:0` of a death is a value) and its `Console:` chat line (the text is a value, `I HAVE
//   ARRIVED!` included); the MSI `Note: 1: ...` line (its numbered arguments vary in count),
//   `Property(S|C): NAME = value`, `Component:` / `Feature:` with their states, `File: ...;
//   disposition; Won't patch; reason` (tab-separated values), `Action ended ...: X. Return value
//   N.` and `Executing op: ActionStart(...)` with or without its description and template; z/OS's
//   `$HASP395 job ENDED - RC=nnnn`, `ARC0734I ACTION=...`, `IEE600I REPLY TO nn IS;text`, the RACF
//   `LOGON/JOB INITIATION - <reason>` continuation; Brocade's `Switch wide status has changed from
//   A to B.` and MAPS-1003 (one statement: port, condition, current value and rule are values of
//   its key list, for the CRC and link-reset rules alike), the `ZONE-3001` audit record with its
//   `Event:` and `Info:` values; Heroku's `State changed from A to B`, `Process exited with status
//   N`, `Process running mem=...`; OpenWrt's `Exit before auth from <addr>: <reason>` and procd's
//   crash loop line; Mailman's `<list>: new <who>, <how>`, `<list>: deleted <addr>; <how>`, `post
//   from <addr> held, message-id=<id>: <reason>`, `delivery to <addr> failed with code N: <text>`;
//   Akka's `Leader is moving node [X] to [Status]`, the dead-letter line (the sender, which may be
//   `deadLetters`, and the optional `, no more dead letters will be logged in next [5.000 min]`
//   clause of the same statement are values) and the `OneForOneStrategy` ERROR line, whose message
//   is the supervised failure's own text (one event: the logger, level and frame are its wording).
// - Separate statements are separate events even where their wording differs by one word: PBS's
//   `Job Queued` / `Job Run` / `Job deleted` / `Job to be deleted` / `Job Modified`, `enqueuing
//   into` / `dequeuing from`, `Starting` / `Leaving Scheduling Cycle`, `Considering job to run` /
//   `Job run`, `Log opened` / `Log closed`; geth's `Indexed` / `Unindexed transactions`, the chain /
//   state download lines; the SEL's event descriptions (`Upper Non-critical going high` / `Upper
//   Critical going high`, `Correctable ECC` / `Uncorrectable ECC` / `Correctable ECC logging limit
//   reached`, `Presence detected` / `Power Supply AC lost` / `Failure detected`, `S0/G0: working` /
//   `S5/G2: soft-off`, `Drive Present` / `Drive Fault`, `Redundancy Lost` / `Fully Redundant`);
//   Murmur's `Kicked` / `Kickbanned`, `Added` / `Removed channel`; Valheim's `World save writing
//   starting` / `finished` / `World saved`, `Got connection` / `Got handshake` / `Closing socket`;
//   the MSI `Doing action` / `Action start` / `Action ended` / `Skipping action`, PROPERTY CHANGE
//   `Adding` / `Modifying` / `Deleting`, `-- Installation completed successfully.` / `--
//   Installation failed.` / `-- Error N. <text>` (the error text a value), `=== Verbose logging
//   started` / `=== Logging stopped`; z/OS's `IEF403I ... STARTED` / `IEF404I ... ENDED`,
//   `$HASP395 ... ENDED - RC=` / `ENDED - ABEND=`, the job form of `$HASP373 ... STARTED - INIT n -
//   CLASS c - SYS s` and the started task's bare `$HASP373 ... STARTED` (two events); Brocade's
//   SEC-1203 / SEC-1193, the SEC-3020 / 3021 / 3022 audit records, FSSM-1002 / 1003, EM-1050 /
//   1048, SULB-1001 / 1002; NetScaler's events are `MODULE EVENT` with their text (CONN_DELINK /
//   CONN_TERMINATE, SSL_HANDSHAKE_SUCCESS / _FAILURE, LOGIN / LOGOUT, ICASTART / ICAEND_CONNSTAT,
//   MONITORDOWN / MONITORUP, DEVICEDOWN / DEVICEUP, UI / GUI CMD_EXECUTED, APPFW_SQL / _XSS /
//   _STARTURL; the `State DOWN|UP` after a named event goes with it); OpenWrt's `is now up` / `is
//   now down` / `is setting up now` / `has link connectivity` / `has lost the connection`, `link is
//   up` / `link is down`, each udhcpc message, dropbear's `Password` / `Pubkey auth succeeded`,
//   `Bad password attempt`, pppd's `local  IP address` / `remote IP address`; Heroku's R10 / R12 /
//   R14 lines, `Release` / `Deploy` / `Scaled to` / `Set ... config vars`; Mailman's `bounce score:`
//   / `current bounce score:` / `residual bounce received` / `disabling due to bounce score` /
//   `deleted after exhausting notices`, `held message approved` / `Message discarded`, qrunner
//   `started.` / `caught SIGTERM.  Stopping.` / `exiting.`, the master's `detected subprocess exit`
//   and its second line `(pid: ..., sig: ..., sts: ..., class: ..., slice: 1/1) [restarting]`
//   (printed without a header, an event of its own), `qrunner(pid): Traceback` and `qrunner(pid):
//   File ...` lines; Aerospike's `migrations: complete` / `migrations: remaining ...`, `node
//   arrived` / `node departed`, the three `applied ...` clustering lines, `histogram dump:` / the
//   bucket line; Akka's `Marking node as UNREACHABLE` / `REACHABLE`, `Starting up` / `Started up
//   successfully` / `Exiting completed`; Privoxy's `Crunch: Blocked:` / `CGI Call:` / `Connection
//   failure:` / `DNS failure:` / `Redirected:` and each `Connect:` statement.
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event. Heroku's app output (morgan's `dev` format, `GET /path 200 1.234 ms - 123`) is two events,
//   GET and POST. Heroku's router lines are key=value lists, so `method=` is a value there, as are
//   `code=` and `desc=` (an `at=error` line is one event whatever its H code); the router's three
//   events are its three key sets: `at=info`, `at=error code= desc=`, and `sock=client at=warning
//   code= desc=`. Privoxy's `Request:` carries no method.
// - Levels, loggers, programs, facilities and prefixes are part of the event: geth's level column,
//   Murmur's `<W>`, OpenWrt's `facility.level` and program, Aerospike's level, context and
//   `(file.c:line)`, Akka's level and logger, Privoxy's kind, PBS's event type (constant per
//   statement), source and object type, NetScaler's module and event name, Brocade's RASLog id and
//   severity, the lager `level`, `source` and `message` of a Concourse line (a JSON line is labelled
//   by its message and key set; every `data` value is a variable, nested objects included, and the
//   key set of a message is fixed). Values: PBS's job id and object name, the SEL record id, date,
//   time (a `Pre-Init` date and a ten-digit uptime in place of them too), sensor name or number,
//   reading, threshold and the `Asserted` / `Deasserted` column (a state reported as a column's
//   value); the pdsh node prefix; Murmur's server number, session, user name and id; the MSI
//   `(s)` / `(c)` context, process and thread ids; z/OS's record type, routing codes, system name,
//   date, time, job id, MCS flags and the continuation records' connecting number, padding
//   included (JES and IEF columns are padded to eight); Brocade's sequence number, WWN, switch name
//   and the audit record's user/role/address/interface and firmware version; NetScaler's `0-PPE-N`,
//   sequence number, the host and node; Heroku's dyno name in `heroku[web.1]`; Aerospike's
//   `{namespace}` and `{namespace}-histogram` tokens; Akka's thread, akkaSource and `Cluster Node
//   [address]`; Privoxy's thread id; Mailman's `(pid)`.
// - Free text inside a fixed frame is a variable of varying length: the PBS reason, the MSI error
//   text after `-- Error N.`, Murmur's reasons and client OS strings, the Valheim chat text and the
//   library path after `Fallback handler could not load library`, the CICS abend's transaction,
//   code, program and terminal, the NetScaler browser string, command, failure reason and URL,
//   Mailman's SMTP text, hold reason and exception, the Concourse `error` values, the Akka
//   supervised failure's message and quarantine reason, Heroku's command line and config var list,
//   Privoxy's Set-Cookie value.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, ymd, ms3, usec, skew, port, pick, lan, epoch, hexUp, bsd, b64, PEOPLE } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const FIXED = new Rng(20261515);
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A day in the corpus's window (as ymd draws it). */
const day = (r: Rng) => { const m = r.next() < 0.8 ? 12 : 11; const d = r.int(1, 28); return { m, d, mon: MONS[m - 1] }; };
const guid = (r: Rng) => `{${r.uuid().toUpperCase()}}`;
/** A number with thousands separators, as geth prints counters over 99,999. */
const commas = (n: number) => (n > 99999 ? n.toLocaleString('en-US') : String(n));
const hmsDot = (r: Rng) => `${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}`;

// PBS Professional server_logs and sched_logs (`date;event-type;source;object-type;object;message`)
const PBHEAD = 'hpc-head01';
const PBSRV = `Server@${PBHEAD}`;
const pbt = (r: Rng) => { const { m, d } = day(r); return `${d2(m)}/${d2(d)}/2026 ${hms(r)}`; };
const pb = (r: Rng, ev: string, src: string, obj: string, name: string) => `${pbt(r)};${ev};${src};${obj};${name};`;
const pbjob = (r: Rng) => `${r.int(180000, 260000)}${r.next() < 0.08 ? '[]' : ''}.${PBHEAD}`;
const pbuser = (r: Rng) => `${r.pick([...PEOPLE, 'chemlab', 'bioinf01', 'root'])}@${r.pick(['login01', 'login01', 'login02', PBHEAD])}`;
const PBQ = ['workq', 'workq', 'workq', 'gpu', 'long', 'short', 'debug'];
const PBNAMES = ['run_md.sh', 'STDIN', 'gromacs_npt', 'vasp_relax', 'train_resnet50.pbs', 'bwa_align_S12', 'cp2k-opt', 'job.sh', 'orca_freq'];
const pbnode = (r: Rng) => (r.next() < 0.8 ? `cn${pad(r.int(1, 256), 3)}` : `gpu${pad(r.int(1, 16), 2)}`);
const pbvnode = (r: Rng) => Array.from({ length: r.next() < 0.6 ? 1 : r.int(2, 8) }, () => { const n = pbnode(r); return `(${n}:ncpus=${r.pick([1, 4, 16, 32, 64])}:mem=${r.pick([4, 16, 62, 125, 250])}gb${n.startsWith('gpu') ? `:ngpus=${r.int(1, 4)}` : ''})`; }).join('+');
const pbdur = (r: Rng, h = 72) => `${d2(r.int(0, h))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`;
const PBRES = ['ncpus', 'ncpus', 'mem', 'ngpus', 'scratch'];
const PBNOTRUN = [
  (r: Rng) => `Insufficient amount of resource: ${r.pick(PBRES)} (R: ${r.int(2, 512)} A: ${r.int(0, 64)} T: ${r.int(512, 8192)})`,
  () => 'Job would conflict with reservation or top job',
  (r: Rng) => `User has reached queue ${r.pick(PBQ)} running job limit.`,
  () => 'Not enough free nodes available',
  (r: Rng) => `Queue ${r.pick(['long', 'gpu'])} job limit has been reached.`,
];
const wday = (m: number, d: number) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(2026, m - 1, d)).getUTCDay()];

// go-ethereum (log's terminal format: `LVL  [MM-DD|hh:mm:ss.mmm] msg (padded to 40) key=value...`)
const ge = (r: Rng, lvl: string, msg: string, ctx = '') => { const { m, d } = day(r); return `${lvl.padEnd(5)}[${d2(m)}-${d2(d)}|${hms(r)}.${ms3(r)}] ${ctx ? `${msg.padEnd(40)} ${ctx}` : msg}`; };
const gblock = (r: Rng) => commas(r.int(21300000, 21400000));
const ghash = (r: Rng) => `${r.hex(6)}..${r.hex(6)}`;
const gdur = (r: Rng) => { const x = r.next(); if (x < 0.3) return `"${r.float(20, 999, 3)}µs"`; if (x < 0.9) return `${r.float(1, 999, 3)}ms`; return `${r.float(1, 9, 3)}s`; };
const gsize = (r: Rng, hi = 999) => `${r.float(0.5, hi, 2)}${r.pick(['MiB', 'MiB', 'KiB', 'GiB'])}`;
const geta = (r: Rng) => (r.next() < 0.5 ? `${r.int(1, 59)}m${r.int(0, 59)}.${r.int(100, 999)}s` : `${r.int(1, 9)}h${r.int(0, 59)}m${r.int(0, 59)}.${r.int(100, 999)}s`);
const gpeer = (r: Rng) => r.hex(8);

// ipmitool sel elist, run over pdsh (`node:` prefix)
const ipnode = (r: Rng) => `cn${pad(r.int(1, 256), 3)}`;
const ipsel = (r: Rng, sensor: string, ev: string, dir: string, extra = '', preinit = false) => {
  const { m, d } = day(r);
  const when = preinit ? ` Pre-Init  |${pad(r.int(1, 40), 10)}` : ` ${d2(m)}/${d2(d)}/2026 | ${hms(r)} `;
  return `${ipnode(r)}: ${r.int(1, 0xfff).toString(16).padStart(4)} |${when}| ${sensor} | ${ev} | ${dir}${extra ? ` | ${extra}` : ''}`;
};
const ipdir = (r: Rng, p = 0.7) => (r.next() < p ? 'Asserted' : 'Deasserted');
const IPPS = ['PS1 Status', 'PS2 Status', 'PS2 Status'];
const IPFANS = ['FAN1', 'FAN2', 'FAN3', 'FAN4', 'FAN5', 'FAN6', 'Fan 1A', 'Fan 2B'];
const IPTEMPS = ['CPU1 Temp', 'CPU2 Temp', 'Inlet Temp', 'Exhaust Temp', 'System Board Temp', 'PCH Temp'];
const ipdimm = (r: Rng) => `DIMM_${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])}${r.int(1, 2)}`;

// Mumble server (murmur: `<W>yyyy-MM-dd hh:mm:ss.zzz N => <session:name(userid)> message`)
const mu = (r: Rng, lvl = 'W') => `<${lvl}>${ymd(r)} ${hms(r)}.${ms3(r)} `;
const musrv = (r: Rng) => (r.next() < 0.85 ? 1 : r.int(2, 4));
const MUNAMES = ['hana', 'Dmitri', 'xXSniperXx', 'alice', 'raidlead_jo', 'bob', 'Kofi', 'emeka', 'TankMom', 'jules', 'SuperUser'];
const muwho = (r: Rng, anon = false) => { const reg = !anon && r.next() < 0.6; return { s: r.int(1, 400), n: anon ? '' : r.pick(MUNAMES), id: reg ? r.int(1, 90) : -1 }; };
const mutag = (w: { s: number; n: string; id: number }) => `<${w.s}:${w.n}(${w.id})>`;
const MUCHAN = ['Root', 'Lobby', 'Gaming', 'Raid Night', 'AFK', 'Music', 'Team A', 'Team B', 'Dev Standup'];
const much = (r: Rng) => `${r.pick(MUCHAN)}[${r.int(0, 40)}:${r.int(0, 5)}]`;
const mupeer = (r: Rng) => `${r.next() < 0.15 ? `[${r.hex(4)}:${r.hex(4)}::${r.hex(4)}]` : r.ip()}:${port(r)}`;
const MUCLIENT = [
  (r: Rng) => `1.5.${r.pick([517, 634, 634, 735])} (WinX64: 10.0.${r.pick([19045, 22631, 26100])}.1)`,
  (r: Rng) => `1.4.${r.pick([230, 287])} (Win: 10.0.${r.pick([19045, 22631])}.1)`,
  (r: Rng) => `1.5.${r.pick([634, 735])} (Linux: ${r.pick(['Ubuntu 24.04.1 LTS', 'Arch Linux', 'Fedora Linux 41 (Workstation Edition)', 'Debian GNU/Linux 12 (bookworm)'])})`,
  (r: Rng) => `1.5.634 (macOS: 14.${r.int(0, 7)}.${r.int(0, 2)})`,
  () => '1.3.4 (Android: 14) Mumla',
];

// Valheim dedicated server (Unity player log, `MM/dd/yyyy HH:mm:ss: message`)
const vh = (r: Rng) => { const { m, d } = day(r); return `${d2(m)}/${d2(d)}/2026 ${hms(r)}: `; };
const VSTEAM = Array.from({ length: 14 }, () => `7656119${FIXED.int(800000000, 999999999)}${FIXED.int(0, 9)}`);
const vsteam = (r: Rng) => r.pick(VSTEAM);
const VNAMES = ['Ragnar', 'Freya the Bold', 'hana', 'Bjorn', 'Dmitri', 'xXTrollSlayerXx', 'Sigrid', 'Ulf', 'alice'];
const vuid = (r: Rng) => `${r.next() < 0.5 ? '-' : ''}${r.int(100000000, 2147483647)}`;
const VEVENTS = ['army_eikthyr', 'army_theelder', 'foresttrolls', 'skeletons', 'blobs', 'wolves', 'surtlings', 'army_bonemass', 'army_moder', 'army_goblin', 'army_seekers', 'bats'];
const VCHAT = ['I HAVE ARRIVED!', 'I HAVE ARRIVED!', 'I HAVE ARRIVED!', 'help at the swamp!', 'troll!!', 'bring the portal mats', 'anyone got iron?'];

// Windows Installer verbose log (msiexec /l*v)
const msip = (r: Rng, ctx = 's') => `MSI (${ctx}) (${hexUp(r, 2)}:${hexUp(r, 2)}) [${hms(r)}:${ms3(r)}]: `;
const MSACTIONS = ['InstallFiles', 'CostInitialize', 'FileCost', 'CostFinalize', 'InstallValidate', 'InstallInitialize', 'ProcessComponents', 'UnpublishFeatures', 'RemoveRegistryValues', 'RemoveFiles', 'CreateShortcuts', 'WriteRegistryValues', 'RegisterProduct', 'PublishFeatures', 'PublishProduct', 'InstallFinalize', 'FindRelatedProducts', 'AppSearch', 'LaunchConditions', 'ValidateProductID', 'MigrateFeatureStates', 'CA_SetInstallDir', 'WixSchedInternetShortcuts', 'StartServices', 'StopServices', 'InstallServices', 'RemoveExistingProducts', 'SetODBCFolders', 'CA_CheckDotNet48'];
const MSPROPS = ['INSTALLDIR', 'TARGETDIR', 'ProductCode', 'ProductVersion', 'ALLUSERS', 'ARPSYSTEMCOMPONENT', 'REBOOT', 'CURRENTDIRECTORY', 'CLIENTUILEVEL', 'ROOTDRIVE', 'SourceDir', 'ProgramFiles64Folder', 'WIX_UPGRADE_DETECTED', 'NETFRAMEWORK45', 'INSTALLLEVEL', 'ACTION', 'UILevel', 'Privileged', 'MsiNTProductType', 'VersionNT64', 'USERNAME', 'COMPANYNAME'];
const MSPRODUCTS: [string, string, string][] = [['Contoso Agent', '7.4.2.1180', 'Contoso Ltd.'], ['Fabrikam Reporting Client', '2024.3.0.512', 'Fabrikam, Inc.'], ['7-Zip 24.08 (x64 edition)', '24.08.00.0', 'Igor Pavlov'], ['Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.42.34433', '14.42.34433', 'Microsoft Corporation'], ['Northwind POS', '3.1.0', 'Northwind Traders']];
const msval = (r: Rng) => pick(r, [
  () => '1', () => '0', () => 'C:\\', (r: Rng) => `C:\\Program Files\\${r.pick(MSPRODUCTS)[2].replace(/[.,]/g, '')}\\${r.pick(['Agent', 'Client', 'POS'])}\\`,
  (r: Rng) => guid(r), (r: Rng) => `${r.int(1, 24)}.${r.int(0, 9)}.${r.int(0, 9999)}`, () => 'INSTALL', () => 'ReallySuppress', () => 'C:\\Windows\\system32\\', () => '5', (r: Rng) => `C:\\Users\\${r.pick(PEOPLE)}\\AppData\\Local\\Temp\\{${r.uuid().toUpperCase()}}\\`,
]);
const MSFILES = ['agent.exe', 'agent.exe', 'core.dll', 'Newtonsoft.Json.dll', 'config.xml', 'msvcp140.dll', 'vcruntime140.dll', 'README.txt', 'reports.chm', 'pos_ui.exe', '7z.dll', '7zFM.exe'];
const msdir = (r: Rng) => `C:\\Program Files\\${r.pick(['Contoso\\Agent', 'Contoso\\Agent', 'Fabrikam\\Reporting', '7-Zip', 'Northwind\\POS'])}\\`;
const msshort = (r: Rng, f: string) => { const [b, e] = f.split('.'); return `${b.slice(0, 6).toLowerCase()}~${r.int(1, 3)}.${(e ?? '').slice(0, 3)}|${f}`; };

// z/OS SYSLOG (hardcopy log: record type, routing codes, system, yyddd, time, job id, MCS flags, message)
const ZSYS = ['SYSA', 'SYSA', 'SYSB', 'PRD1'];
const zjd = (r: Rng) => `26${pad(r.int(305, 362), 3)}`;
const zs = (r: Rng, jobid: string, flags: string, msg: string, rec = 'N', route = r.pick(['0000000', '0000000', '4000000', '0200000', '0020000'])) => `${rec} ${route} ${skew(r, ZSYS).padEnd(8)} ${zjd(r)} ${hms(r)}.${d2(r.int(0, 99))} ${jobid.padEnd(8)} ${flags}  ${msg}`;
/** A continuation (D or E) record of a multi-line message: no routing, system or time columns. */
const zcont = (r: Rng, msg: string) => `${r.next() < 0.6 ? 'E' : 'D'}${' '.repeat(36)}${String(r.int(1, 999)).padStart(3)} 00000090  ${msg}`;
const ZJOBS = ['PAYROLL1', 'PAYROLL2', 'GLDAILY', 'GLMONTH', 'BKUPVOL1', 'DB2REORG', 'ARCHLOGS', 'CUSTEXTR', 'BILLRUN', 'INVUPD01', 'ALICEJ', 'BOBCOMP'];
const ZSTCS = ['CICSPRD1', 'CICSPRD2', 'DB2PMSTR', 'DB2PDBM1', 'MQP1MSTR', 'TCPIP', 'RACF', 'HSM', 'FTPD1'];
const ZUSERS = ['ALICE', 'BOB', 'CAROL', 'DMITRI', 'OPSBATCH', 'PRODSCHD', 'STCUSER', 'IBMUSER'];
const ZSTEPS = ['STEP01', 'STEP02', 'STEP03', 'EXTRACT', 'SORT', 'LOAD', 'REPORT', 'BACKUP', 'COMPILE', 'LKED'];
const zjid = (r: Rng, p = 'JOB') => `${p}${pad(r.int(1, 99999), 5)}`;
const zdsn = (r: Rng) => `${r.pick(['PROD', 'PROD', 'TEST', 'SYS1', 'HSM'])}.${r.pick(['PAYROLL', 'GL', 'BILLING', 'CUST', 'INV'])}.${r.pick(['MASTER', 'DAILY', 'EXTRACT', 'KSDS.DATA', 'G' + pad(r.int(1, 9999), 4) + 'V00', 'REPORT'])}`;
const zvol = (r: Rng) => `${r.pick(['PRD', 'WRK', 'SYS', 'ML1'])}${pad(r.int(1, 999), 3)}`;
const zcode = (r: Rng) => r.pick(['0C7', '0C4', '322', '806', '013', '222', 'B37', 'D37', '0C1', '878']);

// Brocade FOS RASLog (errdump and audit records forwarded by raslogd)
const BRSW: [string, string, string][] = [['SAN_A_SW01', '10.0.9.21', '10:00:c4:f5:7c:4a:91:20'], ['SAN_A_SW01', '10.0.9.21', '10:00:c4:f5:7c:4a:91:20'], ['SAN_B_SW01', '10.0.9.22', '10:00:c4:f5:7c:4a:b3:08'], ['SAN_A_DCX1', '10.0.9.31', '10:00:00:27:f8:1e:20:00']];
const brhead = (r: Rng) => { const sw = r.pick(BRSW); return { sw, pre: `${bsd(r)} ${sw[1]} raslogd: ` }; };
const bro = (r: Rng, id: string, sev: string, msg: string) => { const { sw, pre } = brhead(r); return `${pre}${ymd(r, '/')}-${hms(r)}, [${id}], ${r.int(1000, 99999)}, WWN ${sw[2]} | FID 128, ${sev}, ${sw[0]}, ${msg}`; };
const braud = (r: Rng, id: string, cls: string, user: string, msg: string) => { const { sw, pre } = brhead(r); const ip = brip(r); return `${pre}AUDIT, ${ymd(r, '/')}-${hms(r)} (UTC), [${id}], INFO, ${cls}, ${user}/${user === 'admin' ? 'admin' : r.pick(['admin', 'user', 'zoneadmin'])}/${ip}/${r.pick(['ssh', 'ssh', 'https', 'telnet'])}/CLI, ad_0/${sw[0]}/FID 128, v9.2.${r.int(0, 1)}${r.pick(['', 'a', 'b'])}, , , , , , , ${msg.replace('$IP', ip)}`; };
const brip = (r: Rng) => (r.next() < 0.7 ? `10.0.1.${r.int(10, 60)}` : lan(r, '10.20'));
const BRUSERS = ['admin', 'admin', 'svc_monitor', 'svc_monitor', 'hana', 'dmitri', 'root'];
const BRPORT = (r: Rng) => r.int(0, 47);

// Citrix ADC / NetScaler (syslog: `mm/dd/yyyy:hh:mm:ss GMT host 0-PPE-N : default MODULE EVENT seq 0 : text`)
const nsmdy = (r: Rng) => { const { m, d } = day(r); return `${d2(m)}/${d2(d)}/2026:${hms(r)}`; };
const ns = (r: Rng, mod: string, ev: string) => `${bsd(r)} ${r.next() < 0.8 ? '10.0.8.5' : '10.0.8.6'}  ${nsmdy(r)} GMT ${r.next() < 0.8 ? 'adc-prod-01' : 'adc-prod-02'} 0-PPE-${r.int(0, 3)} : default ${mod} ${ev} ${r.int(10000, 9999999)} 0 : `;
const NSVIPS = ['10.0.8.20', '10.0.8.20', '10.0.8.21', '10.0.8.30'];
const nsvip = (r: Rng) => skew(r, NSVIPS, 0.5);
const nssrv = (r: Rng) => `10.0.2.${r.int(11, 30)}`;
const nsclient = (r: Rng) => (r.next() < 0.7 ? r.ip() : lan(r, '10.1'));
const NSUSERS = ['alice', 'bob', 'hana', 'dmitri', 'e.okafor', 'j.smith', 'm.garcia', 'svc-kiosk'];
const NSUA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'CitrixReceiver/24.9.0.999 Windows/10.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'];
const NSCIPH = ['TLS1.2-ECDHE-RSA-AES256-GCM-SHA384', 'TLS1.2-ECDHE-RSA-AES256-GCM-SHA384', 'TLS1.3-AES256-GCM-SHA384', 'TLS1.3-AES128-GCM-SHA256', 'TLS1.2-ECDHE-RSA-AES128-GCM-SHA256', 'TLS1-AES-256-CBC-SHA'];
const nsdur = (r: Rng) => `${d2(r.int(0, 9))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`;
const NSAPPS = ['Microsoft Excel', 'Microsoft Outlook', 'SAP Logon', 'Desktop - Finance Pool', 'Notepad++', 'Epic Hyperspace'];
const NSSVC = ['web01', 'web02', 'web03', 'api01', 'api02', 'sf01', 'ddc01'];

// OpenWrt (logread: `Www Mmm dd hh:mm:ss yyyy facility.level prog[pid]: message`)
const ow = (r: Rng, fac: string, prog: string) => { const { m, d, mon } = day(r); return `${wday(m, d)} ${mon} ${d < 10 ? ' ' : ''}${d} ${hms(r)} 2026 ${fac} ${prog}: `; };
const owpid = (r: Rng) => r.int(900, 32000);
const OWIF = ['wan', 'wan', 'wan6', 'lan', 'guest', 'wg0', 'iot'];
const OWDEV = ['eth1', 'eth1', 'lan1', 'lan2', 'lan3', 'wan', 'br-lan', 'phy0-ap0', 'phy1-ap0', 'pppoe-wan'];
const owlan = (r: Rng) => `192.168.1.${r.int(100, 250)}`;
const owwan = (r: Rng) => `${r.int(77, 93)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const OWCRON = ['/usr/bin/ddns-update.sh', '/etc/init.d/adblock reload', '/usr/sbin/logrotate /etc/logrotate.conf', 'sleep 70 && touch /etc/banner && reboot', '/usr/bin/vnstat -u', 'wget -qO- https://ip.example.net/update?h=home >/dev/null'];

// Heroku (logplex drain: `ISO-time source[dyno]: text`)
const hk = (r: Rng, src: string) => `${ymd(r)}T${hms(r)}.${usec(r)}+00:00 ${src}: `;
const HKHOSTS = ['shop-api-prod.herokuapp.com', 'shop-api-prod.herokuapp.com', 'api.shop.example.com', 'www.shop.example.com'];
const hkdyno = (r: Rng, kinds = ['web', 'web', 'web', 'worker', 'clock']) => `${r.pick(kinds)}.${r.int(1, kinds.length > 1 ? 4 : 6)}`;
const HKPATHS = [
  (r: Rng) => `/api/products?page=${r.int(1, 40)}`, (r: Rng) => `/api/products/${r.int(1000, 99999)}`, () => '/api/cart', () => '/api/cart/items', () => '/healthz', () => '/',
  (r: Rng) => `/api/orders/${r.uuid()}`, () => '/api/checkout', () => '/api/session', (r: Rng) => `/assets/application-${r.hex(32)}.js`, () => '/favicon.ico', (r: Rng) => `/api/search?q=${r.pick(['boots', 'rain+jacket', 'tent', 'gift%20card'])}`,
];
const hkmethod = (r: Rng) => r.pick(['GET', 'GET', 'GET', 'GET', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH']);
const hkfwd = (r: Rng) => (r.next() < 0.2 ? `${r.ip()},${r.ip()}` : r.ip());
const hkreq = (r: Rng) => `method=${hkmethod(r)} path="${pick(r, HKPATHS)}" host=${skew(r, HKHOSTS, 0.5)} request_id=${r.uuid()} fwd="${hkfwd(r)}" dyno=web.${r.int(1, 4)}`;
const HKUSERS = ['alice@shop.example.com', 'bob@shop.example.com', 'deploy-bot@shop.example.com', 'hana@shop.example.com'];
const HKCMDS = ['node dist/server.js', 'npm start', 'node dist/worker.js', 'node dist/clock.js', 'npm run migrate'];
const HKSTATES = [['starting', 'up'], ['starting', 'up'], ['up', 'starting'], ['up', 'down'], ['down', 'starting'], ['starting', 'crashed'], ['crashed', 'starting'], ['up', 'crashed']] as const;
const HKERR: [string, string, number][] = [['H12', 'Request timeout', 503], ['H12', 'Request timeout', 503], ['H13', 'Connection closed without response', 503], ['H10', 'App crashed', 503], ['H18', 'Server Request Interrupted', 503], ['H80', 'Maintenance mode', 503]];
const HKSIZES = ['Standard-1X', 'Standard-2X', 'Performance-M', 'Basic'];

// Concourse (lager JSON, rfc3339 timestamps)
const cc = (r: Rng, level: string, source: string, message: string, data: Record<string, unknown>) => JSON.stringify({ timestamp: `${ymd(r)}T${hms(r)}.${usec(r)}${r.int(100, 999)}Z`, level, source, message, data });
const ccsess = (r: Rng, depth = 2) => Array.from({ length: r.int(1, depth) + 1 }, (_, i) => (i === 0 ? r.int(1, 90) : r.int(1, 40000))).join('.');
const CCTEAMS = ['main', 'main', 'shop', 'platform'];
const CCPIPES = ['shop-api', 'shop-api', 'shop-web', 'infra-terraform', 'base-images', 'nightly-e2e'];
const CCJOBS = ['unit', 'build-image', 'integration', 'deploy-staging', 'deploy-prod', 'lint', 'plan', 'apply'];
const CCRES = ['repo', 'repo', 'image', 'version', 'every-5m', 'node-image', 'tf-state', 'release-notes'];
const CCERR = [
  (r: Rng) => `Get "https://registry.example.com/v2/shop/api/manifests/${r.pick(['latest', 'main', '1.4.2'])}": dial tcp 10.0.6.12:443: i/o timeout`,
  () => 'checking failed',
  (r: Rng) => `git ls-remote: exit status 128: fatal: unable to access 'https://git.example.com/shop/${r.pick(['api', 'web'])}.git/': Could not resolve host: git.example.com`,
  () => 'worker not found',
  () => 'no workers satisfying: resource type \'registry-image\', tag \'arm64\'',
];
const ccworker = (r: Rng) => `ci-worker-${r.int(1, 6)}`;

// Mailman 2 (logs/post, smtp, smtp-failure, subscribe, bounce, vette, qrunner, error, mischief read as one stream)
const mm = (r: Rng) => { const { d, mon } = day(r); return `${mon} ${d2(d)} ${hms(r)} 2026 `; };
const mmpid = (r: Rng) => `(${r.int(1000, 32000)}) `;
const MMLISTS = ['devel', 'devel', 'users', 'announce', 'board', 'club-members', 'mailman', 'release-team'];
const MMDOM = ['example.com', 'example.com', 'gmail.com', 'posteo.de', 'yahoo.co.uk', 'uni-example.de', 'outlook.com'];
const mmaddr = (r: Rng) => `${r.pick([...PEOPLE, 'j.smith', 'k.tanaka', 'maria.garcia', 'noreply', 'webmaster'])}${r.next() < 0.2 ? r.int(1, 99) : ''}@${skew(r, MMDOM, 0.4)}`;
const mmmid = (r: Rng) => pick(r, [
  (r: Rng) => `${r.alnum(8).toUpperCase()}-${r.alnum(4).toUpperCase()}-${r.alnum(4).toUpperCase()}@${r.pick(['mail.gmail.com', 'example.com'])}`,
  (r: Rng) => `CA+${b64(r, 30)}@mail.gmail.com`,
  (r: Rng) => `${r.hex(16)}.fsf@${r.pick(PEOPLE)}.example.org`,
  (r: Rng) => `${epoch(r)}.${r.int(1000, 99999)}.${r.int(1, 9)}.camel@example.com`,
]);
const MMRUNNERS = ['IncomingRunner', 'OutgoingRunner', 'BounceRunner', 'VirginRunner', 'CommandRunner', 'ArchRunner', 'NewsRunner', 'RetryRunner'];
const mmwho = (r: Rng) => { const a = mmaddr(r); return r.next() < 0.5 ? a : `"${r.pick(['Alice Smith', 'Bob Jones', 'Hana Sato', 'Dmitri P.', 'Jules'])}" <${a}>`; };

// Aerospike (`Mmm dd yyyy hh:mm:ss GMT: LEVEL (context): (file.c:line) message`)
const as = (r: Rng, lvl: string, ctx: string, file: string, line: number) => { const { d, mon } = day(r); return `${mon} ${d2(d)} 2026 ${hms(r)} GMT: ${lvl} (${ctx}): (${file}:${line}) `; };
const ASNODES = Array.from({ length: 5 }, () => `bb9${FIXED.hex(12)}`);
const ASNS = ['prod', 'prod', 'cache', 'sessions'];
const asns = (r: Rng) => `{${skew(r, ASNS, 0.4)}}`;
const ai = (r: Rng, lo: number, hi: number) => r.int(lo, hi);
const ahist = (r: Rng) => Array.from({ length: r.int(1, 4) }, (_, i) => `(${d2(r.int(0, 3) * 4 + i)}: ${pad(r.int(0, 999999999), 10)})`).join(' ');

// Akka (logback with Lightbend's pattern: `[date] [LEVEL] [logger] [thread] [akkaSource] - msg`)
const AKSYS = 'ShopSystem';
const AKNODES = [11, 12, 13, 14, 15].map((n) => `akka://${AKSYS}@10.0.3.${n}:25520`);
const aknode = (r: Rng) => r.pick(AKNODES);
const akt = (r: Rng, kind = 'default-dispatcher') => `${AKSYS}-akka.actor.${kind}-${r.int(3, 40)}`;
const ak = (r: Rng, lvl: string, logger: string, thread: string, src: string) => `[${ymd(r)} ${hms(r)},${ms3(r)}] [${lvl}] [${logger}] [${thread}] [${src}] - `;
const akcl = (r: Rng, lvl = 'INFO', logger = 'akka.cluster.Cluster') => { const self = aknode(r); return { self, pre: `${ak(r, lvl, logger, akt(r, 'internal-dispatcher'), `${self}/system/cluster/core/daemon`)}Cluster Node [${self}] - ` }; };
const akother = (r: Rng, self: string) => { let o = aknode(r); while (o === self) o = aknode(r); return o; };
const AKSKU = ['SKU-10442', 'SKU-10442', 'SKU-20917', 'SKU-31008', 'SKU-40021', 'SKU-55530', 'GIFT-25'];
const akorder = (r: Rng) => `order-${r.int(100000, 999999)}`;
const akref = (r: Rng, path: string) => `Actor[akka://${AKSYS}${path}#${r.next() < 0.5 ? '-' : ''}${r.int(100000000, 2147483647)}]`;
const AKMSG = ['com.example.shop.OrderEntity$Confirm', 'com.example.shop.CartActor$AddItem', 'akka.cluster.sharding.ShardRegion$StartEntity', 'com.example.shop.InventoryActor$Reserve', 'akka.actor.typed.internal.adapter.ActorAdapter$TerminatedSignal'];

// Privoxy (`yyyy-mm-dd hh:mm:ss.mmm thread Kind: message`)
const PVTHREADS = Array.from({ length: 10 }, () => `7f${FIXED.hex(10)}`);
const pv = (r: Rng, kind: string) => `${ymd(r)} ${hms(r)}.${ms3(r)} ${r.pick(PVTHREADS)} ${kind}: `;
const PVHOSTS = ['www.example.com', 'news.ycombinator.com', 'en.wikipedia.org', 'upload.wikimedia.org', 'github.com', 'www.heise.de', 'fonts.gstatic.com', 'www.bbc.co.uk', 'duckduckgo.com', 'lwn.net', 'api.openweathermap.org'];
const PVADS = ['pagead2.googlesyndication.com', 'www.google-analytics.com', 'securepubads.g.doubleclick.net', 'connect.facebook.net', 'static.ads-twitter.com', 'ads.example.net', 'pixel.quantserve.com', 'c.amazon-adsystem.com', 'sb.scorecardresearch.com', 'bat.bing.com'];
const PVPATHS = [() => '/', (r: Rng) => `/wiki/${r.pick(['Linux', 'Privoxy', 'HTTP_cookie', 'Proxy_server', 'Zurich'])}`, (r: Rng) => `/item?id=${r.int(38000000, 42999999)}`, (r: Rng) => `/news/${r.int(1000000, 9999999)}.html`, (r: Rng) => `/static/${r.hex(8)}.${r.pick(['js', 'css', 'png', 'woff2'])}`, () => '/favicon.ico', (r: Rng) => `/s/${r.alnum(6)}`, (r: Rng) => `/data/2.5/weather?q=${r.pick(['Berlin', 'London', 'Oslo'])}&appid=${r.hex(32)}`];
const PVADPATHS = [() => '/pagead/js/adsbygoogle.js', () => '/analytics.js', () => '/tag/js/gpt.js', () => '/en_US/fbevents.js', () => '/uwt.js', (r: Rng) => `/banner/${r.int(100, 999)}x${r.int(50, 600)}.gif`, (r: Rng) => `/pixel;r=${r.int(100000000, 999999999)};a=p-${r.alnum(13)}`, () => '/action/0'];
const pvurl = (r: Rng) => `${r.pick(PVHOSTS)}${pick(r, PVPATHS)}`;
const pvclient = (r: Rng) => (r.next() < 0.8 ? `192.168.1.${r.int(20, 60)}` : '127.0.0.1');
const pvsock = (r: Rng) => r.int(4, 60);

export const SEALED15_SYSTEMS: HeldoutSystem[] = [
  { name: 'pbs-pro', templates: [
    t(14, (r) => `${pb(r, '0100', PBSRV, 'Req', '')}Type ${r.pick([0, 9, 19, 21, 21, 21, 23, 49, 58, 71, 96])} request received from ${pbuser(r)}, sock=${r.int(12, 90)}`),
    t(8, (r) => `${pb(r, '0100', PBSRV, 'Job', pbjob(r))}enqueuing into ${r.pick(PBQ)}, state ${r.pick([1, 1, 3, 4])} hop 1`),
    t(8, (r) => { const u = pbuser(r); return `${pb(r, '0008', PBSRV, 'Job', pbjob(r))}Job Queued at request of ${u}, owner = ${u}, job name = ${r.pick(PBNAMES)}, queue = ${r.pick(PBQ)}`; }),
    t(7, (r) => `${pb(r, '0008', PBSRV, 'Job', pbjob(r))}Job Run at request of Scheduler@${PBHEAD} on exec_vnode ${pbvnode(r)}`),
    t(6, (r) => `${pb(r, '0010', PBSRV, 'Job', pbjob(r))}Obit received momhop:1 serverhop:1 state:R substate:${r.pick([42, 42, 41, 43])}`),
    t(7, (r) => { const n = r.pick([1, 4, 16, 32, 64, 128]); return `${pb(r, '0010', PBSRV, 'Job', pbjob(r))}Exit_status=${r.next() < 0.85 ? 0 : r.pick([1, 2, 137, 271, -11, 265])} resources_used.cpupercent=${r.int(0, n * 100)} resources_used.cput=${pbdur(r, 900)} resources_used.mem=${r.int(2000, 250000000)}kb resources_used.ncpus=${n} resources_used.vmem=${r.int(200000, 500000000)}kb resources_used.walltime=${pbdur(r)}`; }),
    t(6, (r) => `${pb(r, '0100', PBSRV, 'Job', pbjob(r))}dequeuing from ${r.pick(PBQ)}, state 5`),
    t(1.2, (r) => `${pb(r, '0008', PBSRV, 'Job', pbjob(r))}Job to be deleted at request of ${pbuser(r)}`),
    t(1.2, (r) => `${pb(r, '0008', PBSRV, 'Job', pbjob(r))}Job deleted at request of ${pbuser(r)}`),
    t(0.8, (r) => `${pb(r, '0008', PBSRV, 'Job', pbjob(r))}Job Modified at request of ${pbuser(r)}`),
    t(1.5, (r) => `${pb(r, '0080', PBSRV, 'Req', 'req_reject')}Reject reply code=${r.pick([15001, 15001, 15004, 15023, 15007])}, aux=0, type=${r.pick([9, 19, 21, 23, 49])}, from ${pbuser(r)}`),
    t(0.3, (r) => `${pb(r, '0004', PBSRV, 'Node', pbnode(r))}node down: communication closed`),
    t(0.3, (r) => `${pb(r, '0004', PBSRV, 'Svr', PBSRV)}svr_is_request, bad attempt to connect from ${lan(r, '10.10')}:${r.int(600, 1023)}`),
    t(5, (r) => `${pb(r, '0400', 'pbs_sched', 'Req', '')}Starting Scheduling Cycle`),
    t(5, (r) => `${pb(r, '0400', 'pbs_sched', 'Req', '')}Leaving Scheduling Cycle`),
    t(9, (r) => `${pb(r, '0040', 'pbs_sched', 'Job', pbjob(r))}Considering job to run`),
    t(5, (r) => `${pb(r, '0040', 'pbs_sched', 'Job', pbjob(r))}Job run`),
    t(4, (r) => `${pb(r, '0040', 'pbs_sched', 'Job', pbjob(r))}Not Running: ${pick(r, PBNOTRUN)}`),
    t(0.5, (r) => { const { m, d, mon } = day(r); return `${pb(r, '0040', 'pbs_sched', 'Job', pbjob(r))}Job is a top job and will run at ${wday(m, d)} ${mon} ${d < 10 ? ' ' : ''}${d} ${hms(r)} 2026`; }),
    t(0.05, (r) => `${pb(r, '0002', PBSRV, 'Svr', 'Log')}Log opened`),
    t(0.05, (r) => `${pb(r, '0002', PBSRV, 'Svr', 'Log')}Log closed`),
  ] },
  { name: 'geth', templates: [
    t(20, (r) => ge(r, 'INFO', 'Imported new potential chain segment', `number=${gblock(r)} hash=${ghash(r)} blocks=1 txs=${r.int(0, 400)} mgas=${r.float(0.5, 36, 3)} elapsed=${gdur(r)} mgasps=${r.float(5, 400, 3)} snapdiffs=${gsize(r)} triedirty=${gsize(r)}`)),
    t(20, (r) => ge(r, 'INFO', 'Chain head was updated', `number=${gblock(r)} hash=${ghash(r)} root=${ghash(r)} elapsed=${gdur(r)}`)),
    t(3, (r) => ge(r, 'INFO', 'Looking for peers', `peercount=${r.int(0, 50)} tried=${r.int(0, 300)} static=${r.next() < 0.8 ? 0 : r.int(1, 4)}`)),
    t(1, (r) => ge(r, 'INFO', 'Forkchoice requested sync to new head', `number=${gblock(r)} hash=${ghash(r)} finalized=${gblock(r)}`)),
    t(1, (r) => ge(r, 'INFO', 'Syncing beacon headers', `downloaded=${commas(r.int(1000, 21000000))} left=${commas(r.int(0, 21000000))} eta=${geta(r)}`)),
    t(0.5, (r) => ge(r, 'INFO', 'Indexed transactions', `blocks=${r.int(1, 90)} txs=${commas(r.int(10, 30000))} tail=${gblock(r)} elapsed=${gdur(r)}`)),
    t(0.5, (r) => ge(r, 'INFO', 'Unindexed transactions', `blocks=${r.int(1, 90)} txs=${commas(r.int(10, 30000))} tail=${gblock(r)} elapsed=${gdur(r)}`)),
    t(0.6, (r) => ge(r, 'INFO', 'Persisted trie from memory database', `nodes=${commas(r.int(1000, 9000000))} size=${gsize(r)} time=${gdur(r)} gcnodes=${commas(r.int(1000, 9000000))} gcsize=${gsize(r)} gctime=${gdur(r)} livenodes=${commas(r.int(1000, 900000))} livesize=${gsize(r)}`)),
    t(1, (r) => ge(r, 'INFO', 'Syncing: chain download in progress', `synced=${r.float(90, 99.99, 2)}% chain=${r.float(100, 900, 2)}GiB headers=${gblock(r)}@${r.float(5, 15, 2)}GiB bodies=${gblock(r)}@${r.float(300, 600, 2)}GiB receipts=${gblock(r)}@${r.float(100, 300, 2)}GiB eta=${geta(r)}`)),
    t(0.8, (r) => ge(r, 'INFO', 'Syncing: state download in progress', `synced=${r.float(0, 99.99, 2)}% state=${r.float(1, 300, 2)}GiB accounts=${commas(r.int(100000, 290000000))}@${r.float(1, 60, 2)}GiB slots=${commas(r.int(100000, 1200000000))}@${r.float(1, 250, 2)}GiB codes=${commas(r.int(10000, 2000000))}@${r.float(1, 12, 2)}GiB eta=${geta(r)}`)),
    t(0.4, (r) => ge(r, 'WARN', 'Beacon client online, but no consensus updates received in a while. Please fix your beacon client to follow the chain!')),
    t(0.3, (r) => ge(r, 'WARN', 'Post-merge network, but no beacon client seen. Please launch one to follow the chain!')),
    t(1, (r) => ge(r, 'WARN', 'Snapshot extension registration failed', `peer=${gpeer(r)} err="peer connected on snap without compatible eth support"`)),
    t(0.3, (r) => ge(r, 'WARN', 'Ignoring payload with missing parent', `number=${gblock(r)} hash=${ghash(r)} parent=${ghash(r)}`)),
    t(0.2, (r) => ge(r, 'ERROR', 'Error in block freeze operation', `err="block receipts missing, can't freeze block ${r.int(21300000, 21400000)}"`)),
    t(0.2, (r) => ge(r, 'INFO', 'Regenerated local transaction journal', `transactions=${r.int(0, 40)} accounts=${r.int(0, 12)}`)),
    t(0.05, (r) => ge(r, 'INFO', 'Starting Geth on Ethereum mainnet...')),
    t(0.05, (r) => ge(r, 'INFO', 'Maximum peer count', `ETH=${r.pick([50, 50, 100])} total=${r.pick([50, 50, 100])}`)),
    t(0.05, (r) => ge(r, 'INFO', 'Started P2P networking', `self=enode://${r.hex(128)}@127.0.0.1:30303`)),
    t(0.05, (r) => ge(r, 'INFO', 'HTTP server started', `endpoint=${r.next() < 0.7 ? '127.0.0.1:8545' : '127.0.0.1:8551'} auth=${r.next() < 0.5} prefix= cors= vhosts=localhost`)),
    t(0.05, (r) => ge(r, 'INFO', 'Loaded JWT secret file', `path=/data/geth/jwtsecret crc32=0x${r.hex(8)}`)),
    t(0.05, (r) => ge(r, 'INFO', 'New local node record', `seq=${commas(epoch(r) * 1000 + r.int(0, 999))} id=${r.hex(16)} ip=127.0.0.1 udp=30303 tcp=30303`)),
  ] },
  { name: 'ipmi-sel', templates: [
    t(3, (r) => ipsel(r, `Power Supply ${r.pick(IPPS)}`, 'Power Supply AC lost', ipdir(r, 0.6))),
    t(1, (r) => ipsel(r, `Power Supply ${r.pick(IPPS)}`, 'Presence detected', 'Asserted')),
    t(0.8, (r) => ipsel(r, `Power Supply ${r.pick(IPPS)}`, 'Failure detected', ipdir(r, 0.8))),
    t(1, (r) => ipsel(r, 'Power Supply PS Redundancy', 'Redundancy Lost', ipdir(r, 0.6))),
    t(1, (r) => ipsel(r, 'Power Supply PS Redundancy', 'Fully Redundant', 'Asserted')),
    t(2, (r) => { const th = r.pick([300, 600, 840]); return ipsel(r, `Fan ${r.pick(IPFANS)}`, 'Lower Critical going low ', ipdir(r), `Reading ${r.int(0, th - 60)} < Threshold ${th} RPM`); }),
    t(0.5, (r) => { const th = r.pick([120, 240]); return ipsel(r, `Fan ${r.pick(IPFANS)}`, 'Lower Non-recoverable going low ', ipdir(r), `Reading 0 < Threshold ${th} RPM`); }),
    t(3, (r) => { const th = r.pick([42, 45, 80, 85]); return ipsel(r, `Temperature ${r.pick(IPTEMPS)}`, 'Upper Non-critical going high', ipdir(r, 0.55), `Reading ${th + r.int(1, 6)} > Threshold ${th} degrees C`); }),
    t(2, (r) => { const th = r.pick([47, 50, 90, 95]); return ipsel(r, `Temperature ${r.pick(IPTEMPS)}`, 'Upper Critical going high', ipdir(r, 0.55), `Reading ${th + r.int(1, 6)} > Threshold ${th} degrees C`); }),
    t(0.5, (r) => { const th = r.pick([198, 180]); return ipsel(r, `Voltage ${r.pick(['PS1 Voltage 1', 'PS2 Voltage 2', 'CPU1 VCORE', 'P12V'])}`, 'Lower Critical going low ', ipdir(r), `Reading ${th - r.int(2, 40)} < Threshold ${th} Volts`); }),
    t(3, (r) => ipsel(r, `Memory ${r.next() < 0.3 ? `#0x${r.hex(2)}` : ipdimm(r)}`, 'Correctable ECC', 'Asserted')),
    t(0.8, (r) => ipsel(r, `Memory ${r.next() < 0.3 ? `#0x${r.hex(2)}` : ipdimm(r)}`, 'Correctable ECC logging limit reached', 'Asserted')),
    t(0.5, (r) => ipsel(r, `Memory ${ipdimm(r)}`, 'Uncorrectable ECC', 'Asserted')),
    t(0.3, (r) => ipsel(r, `Processor CPU${r.int(1, 2)} Status`, 'IERR', 'Asserted')),
    t(0.2, (r) => ipsel(r, `Processor CPU${r.int(1, 2)} Status`, 'Thermal Trip', 'Asserted')),
    t(0.5, (r) => ipsel(r, 'Physical Security Intrusion', 'General Chassis intrusion', ipdir(r, 0.5))),
    t(1, (r) => ipsel(r, `Drive Slot / Bay Drive ${r.int(0, 11)}`, 'Drive Present', ipdir(r, 0.85))),
    t(0.6, (r) => ipsel(r, `Drive Slot / Bay Drive ${r.int(0, 11)}`, 'Drive Fault', ipdir(r, 0.6))),
    t(0.2, (r) => ipsel(r, 'Event Logging Disabled SEL', 'Log area reset/cleared', 'Asserted')),
    t(1.5, (r) => ipsel(r, `System Event #0x${r.hex(2)}`, 'Timestamp Clock Sync', 'Asserted', '', r.next() < 0.3)),
    t(1, (r) => ipsel(r, 'System ACPI Power State ACPI State', 'S0/G0: working', 'Asserted', '', r.next() < 0.4)),
    t(1, (r) => ipsel(r, 'System ACPI Power State ACPI State', 'S5/G2: soft-off', 'Asserted')),
    t(0.3, (r) => ipsel(r, 'Watchdog2 OS Watchdog', 'Hard reset', 'Asserted')),
    t(0.4, (r) => ipsel(r, 'Button Power Button', 'Power Button pressed', 'Asserted')),
    t(0.2, (r) => ipsel(r, `Critical Interrupt #0x${r.hex(2)}`, 'PCI SERR', 'Asserted')),
    t(0.1, (r) => ipsel(r, 'OS Critical Stop OS Stop', 'Run-time critical stop', 'Asserted')),
  ] },
  { name: 'murmur', templates: [
    t(6, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r, true))} New connection: ${mupeer(r)}`),
    t(5, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r, true))} Client version ${pick(r, MUCLIENT)}`),
    t(5, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r))} Authenticated`),
    t(5, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r))} Connection closed: ${r.pick(['The remote host closed the connection [1]', 'The remote host closed the connection [1]', 'Timeout [-1]', 'Error while reading: Connection reset by peer [1]', 'Connection timed out [5]'])}`),
    t(1.5, (r) => { const w = muwho(r); w.id = -1; return `${mu(r)}${musrv(r)} => ${mutag(w)} Rejected connection from ${mupeer(r)}: ${r.pick(['Invalid server password', 'Wrong certificate or password for existing user', 'Server is full', 'Invalid username', 'Username already in use'])}`; }),
    t(1, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r, true))} SSL Error: ${r.pick(['The remote host closed the connection', 'Error during SSL handshake: error:0A000126:SSL routines::unexpected eof while reading', 'The TLS/SSL connection has been closed'])}`),
    t(0.5, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r, true))} Ignoring connection: ${mupeer(r)} (Server ban)`),
    t(6, (r) => { const a = muwho(r); const b = r.next() < 0.7 ? a : muwho(r); return `${mu(r)}${musrv(r)} => ${mutag(a)} Moved ${b.n}:${b.s}(${b.id}) to ${much(r)}`; }),
    t(0.4, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r))} Added channel ${much(r)}`),
    t(0.3, (r) => `${mu(r)}${musrv(r)} => ${mutag(muwho(r))} Removed channel ${much(r)}`),
    t(0.2, (r) => { const b = muwho(r); return `${mu(r)}${musrv(r)} => ${mutag(muwho(r))} Kicked ${b.n}:${b.s}(${b.id}) for "${r.pick(['', 'spamming', 'afk', 'mic spam', 'be nice'])}"`; }),
    t(0.1, (r) => { const b = muwho(r); return `${mu(r)}${musrv(r)} => ${mutag(muwho(r))} Kickbanned ${b.n}:${b.s}(${b.id}) for "${r.pick(['', 'trolling', 'soundboard abuse'])}"`; }),
    t(0.05, (r) => `${mu(r)}${musrv(r)} => Server listening on ${r.next() < 0.5 ? '[::]' : '0.0.0.0'}:${64737 + musrv(r)}`),
    t(0.05, (r) => `${mu(r)}${musrv(r)} => Announcing server via bonjour`),
    t(0.05, (r) => `${mu(r)}${musrv(r)} => Registration needs nonempty 'registername', 'registerpassword' and 'registerurl', must have an empty 'password' and allowed pings.`),
    t(0.05, (r) => `${mu(r)}Murmur 1.5.${r.pick([634, 735])} (1.5.${r.pick([634, 735])}) running on ${r.pick(['X11', 'Linux'])}: ${r.pick(['Debian GNU/Linux 12 (bookworm)', 'Ubuntu 24.04.1 LTS', 'Alpine Linux v3.20'])}: Booting servers`),
  ] },
  { name: 'valheim', templates: [
    t(18, () => '(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 35)'),
    t(3, (r) => `${vh(r)}Got connection SteamID ${vsteam(r)}`),
    t(3, (r) => `${vh(r)}Got handshake from client ${vsteam(r)}`),
    t(3, (r) => `${vh(r)}Server: New peer connected,sending global keys`),
    t(5, (r) => `${vh(r)}Got character ZDOID from ${r.pick(VNAMES)} : ${r.next() < 0.25 ? '0:0' : `${vuid(r)}:1`}`),
    t(3, (r) => `${vh(r)}Closing socket ${vsteam(r)}`),
    t(8, (r) => `${vh(r)}Destroying abandoned non persistent zdo ${vuid(r)}:${r.int(1, 999999)} owner ${vuid(r)}`),
    t(0.5, (r) => `${vh(r)}Peer ${vsteam(r)} has wrong password`),
    t(2, (r) => `${vh(r)}World save writing starting`),
    t(2, (r) => `${vh(r)}World save writing finished`),
    t(2, (r) => `${vh(r)}World saved ( ${r.float(20, 9000, 3)}ms )`),
    t(6, (r) => `${vh(r)}Connections ${r.int(0, 10)} ZDOS:${r.int(20000, 4000000)}  sent:${r.int(0, 900)} recv:${r.int(0, 900)}`),
    t(2.5, (r) => `${vh(r)}Console: <color=orange>${r.pick(VNAMES)}</color>: <color=#FFEB04FF>${r.pick(VCHAT)}</color>`),
    t(1, (r) => `${vh(r)}Random event set:${r.pick(VEVENTS)}`),
    t(1, (r) => `${vh(r)}Session "${r.pick(['Midgard Vikings', 'Midgard Vikings', 'Hana & friends', 'Hildir Hoarders'])}" with join code ${r.int(100000, 999999)} and IP ${r.ip()}:2456 is active with ${r.int(0, 10)} player(s)`),
    t(0.5, (r) => `${vh(r)}Fallback handler could not load library /home/steam/valheim/valheim_server_Data/MonoBleedingEdge/${r.pick(['x86_64/libc', 'x86_64/libdl.so', 'x86_64/libcoreclr.so', 'x86_64/libSystem.dylib', 'x86_64/__Internal'])}`),
    t(0.05, (r) => `${vh(r)}Valheim version: l-0.219.${r.int(10, 16)} (network version ${r.pick([33, 34])})`),
    t(0.05, (r) => { const w = r.pick(['Dedicated', 'Midgard', 'hanasworld']); return `${vh(r)}Load world: ${w} (${w})`; }),
    t(0.05, (r) => `${vh(r)}Game server connected`),
  ] },
  { name: 'msi-verbose', templates: [
    t(10, (r) => `${msip(r)}Doing action: ${r.pick(MSACTIONS)}`),
    t(10, (r) => `Action start ${hms(r)}: ${r.pick(MSACTIONS)}.`),
    t(10, (r) => `Action ended ${hms(r)}: ${r.pick(MSACTIONS)}. Return value ${r.next() < 0.9 ? 1 : r.pick([0, 3, 2])}.`),
    t(3, (r) => `${msip(r)}Skipping action: ${r.pick(MSACTIONS)} (condition is false)`),
    t(5, (r) => `${msip(r, r.next() < 0.8 ? 's' : 'c')}PROPERTY CHANGE: Adding ${r.pick(MSPROPS)} property. Its value is '${msval(r)}'.`),
    t(2, (r) => `${msip(r, r.next() < 0.8 ? 's' : 'c')}PROPERTY CHANGE: Modifying ${r.pick(MSPROPS)} property. Its current value is '${msval(r)}'. Its new value: '${msval(r)}'.`),
    t(0.8, (r) => `${msip(r)}PROPERTY CHANGE: Deleting ${r.pick(MSPROPS)} property. Its current value is '${msval(r)}'.`),
    t(6, (r) => { const s = r.pick(['Absent', 'Absent', 'Local', 'Null']); return `${msip(r)}Component: ${r.pick(['C_', 'cmp', ''])}${r.pick(MSFILES).replace('.', '_')}${r.next() < 0.3 ? `_${r.hex(8).toUpperCase()}` : ''}; Installed: ${s};   Request: ${r.pick(['Local', 'Local', 'Null', 'Absent'])};   Action: ${r.pick(['Local', 'Local', 'Null', 'Absent'])}`; }),
    t(1.5, (r) => `${msip(r)}Feature: ${r.pick(['Complete', 'MainFeature', 'ProductFeature', 'Docs', 'Plugins', 'DesktopShortcut'])}; Installed: ${r.pick(['Absent', 'Local'])};   Request: ${r.pick(['Local', 'Null', 'Absent'])};   Action: ${r.pick(['Local', 'Null', 'Absent'])}`),
    t(3, (r) => `${msip(r)}Note: 1: ${pick(r, [(r: Rng) => `2205 2:  3: ${r.pick(['Error', 'Font', 'Class', 'TypeLib', 'Extension', 'PatchPackage', 'MsiAssembly'])} `, (r: Rng) => `2262 2: ${r.pick(['Error', 'Binary', 'MsiFileHash'])} 3: -2147287038 `, () => '1708 ', (r: Rng) => `2727 2: ${r.pick(['', 'TARGETDIR'])} `, (r: Rng) => `2228 2:  3: Error 4: SELECT \`Message\` FROM \`Error\` WHERE \`Error\` = ${r.int(1000, 2999)} `])}`),
    t(5, (r) => { const f = r.pick(MSFILES); return `${msip(r)}Executing op: FileCopy(SourceName=${msshort(r, f)},SourceCabKey=fil${r.hex(32).toUpperCase()},DestName=${f},Attributes=${r.pick([512, 512, 0, 16896])},FileSize=${r.int(200, 90000000)},PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,${r.next() < 0.5 ? `Version=${r.int(1, 24)}.${r.int(0, 9)}.${r.int(0, 9999)}.${r.int(0, 999)}` : 'Version='},Language=${r.pick([0, 1033])},InstallMode=58982400,,,,,,,)`; }),
    t(4, (r) => `${msip(r)}Executing op: ComponentRegister(ComponentId=${guid(r)},KeyPath=${msdir(r)}${r.pick(MSFILES)},State=3,,Disk=1,SharedDllRefCount=0,BinaryType=${r.pick([0, 0, 1])})`),
    t(3, (r) => `${msip(r)}Executing op: RegAddValue(Name=${r.pick(['InstallPath', 'Version', 'LogLevel', 'ServerUrl', ''])},Value=${r.pick([msdir(r), `#${r.int(0, 5)}`, `https://mgmt.example.com:${r.pick([443, 8443])}/`, `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 999)}`])},)`),
    t(2, (r) => { const a = r.pick(MSACTIONS); return `${msip(r)}Executing op: ActionStart(Name=${a},${r.pick([`Description=${r.pick(['Copying new files', 'Writing system registry values', 'Creating shortcuts', 'Registering product', 'Publishing Product Features', 'Starting services'])},Template=${r.pick(['File: [1],  Directory: [9],  Size: [6]', 'Key: [1], Name: [2], Value: [3]', 'Shortcut: [1]', '[1]', 'Feature: [1]', 'Service: [1]'])}`, ','])})`; }),
    t(1, (r) => `${msip(r)}Invoking remote custom action. DLL: C:\\WINDOWS\\Installer\\MSI${hexUp(r, 4)}.tmp, Entrypoint: ${r.pick(['CheckDotNetVersion', 'WixQueryOsInfo', 'SchedServiceConfig', 'CAQuietExec64', 'ValidateLicenseKey', 'WriteConfig'])}`),
    t(0.3, (r) => `CustomAction ${r.pick(['CA_CheckDotNet48', 'CA_WriteConfig', 'WixQuietExec64', 'CA_ValidateLicense'])} returned actual error code ${r.pick([1603, 1603, 1, 2, 5])} (note this may not be 100% accurate if translation happened inside sandbox)`),
    t(0.3, (r) => `${msip(r)}Product: ${r.pick(MSPRODUCTS)[0]} -- Installation completed successfully.`),
    t(0.1, (r) => `${msip(r)}Product: ${r.pick(MSPRODUCTS)[0]} -- Installation failed.`),
    t(0.1, (r) => `${msip(r)}Product: ${r.pick(MSPRODUCTS)[0]} -- Error ${r.pick([1722, 1603, 1920, 1316])}. ${r.pick(['There is a problem with this Windows Installer package. A program run as part of the setup did not finish as expected. Contact your support personnel or package vendor.', "Service 'Contoso Agent' (ContosoAgent) failed to start.  Verify that you have sufficient privileges to start system services.", 'The specified account already exists.'])}`),
    t(0.4, (r) => { const [n, v, m] = r.pick(MSPRODUCTS); return `${msip(r)}Windows Installer installed the product. Product Name: ${n}. Product Version: ${v}. Product Language: ${r.pick([1033, 1033, 1031])}. Manufacturer: ${m}. Installation success or error status: ${r.next() < 0.8 ? 0 : 1603}.`; }),
    t(8, (r) => `Property(${r.next() < 0.7 ? 'S' : 'C'}): ${r.pick(MSPROPS)} = ${msval(r)}`),
    t(2, (r) => `${msip(r)}Machine policy value '${r.pick(['DisableRollback', 'DisableUserInstalls', 'MaxPatchCacheSize', 'DisableMSI', 'EnableAdminTSRemote', 'AlwaysInstallElevated'])}' is ${r.pick([0, 0, 1, 10])}`),
    t(0.3, (r) => `${msip(r, 'c')}Resetting cached policy values`),
    t(3, (r) => `${msip(r)}File: ${msdir(r)}${r.pick(MSFILES)};\t${r.pick(['To be installed', 'To be installed', 'Overwrite', "Won't Overwrite"])};\tWon't patch;\t${r.pick(['No existing file', 'No existing file', 'Existing file is of an equal version', 'Existing file is a lower version', 'Existing file is a higher version'])}`),
    t(0.1, (r) => { const { m, d } = day(r); return `=== Verbose logging started: ${m}/${d}/2026  ${hms(r)}  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\WINDOWS\\system32\\msiexec.exe ===`; }),
    t(0.1, (r) => { const { m, d } = day(r); return `=== Logging stopped: ${m}/${d}/2026  ${hms(r)} ===`; }),
  ] },
  { name: 'zos-syslog', templates: [
    t(8, (r) => { const j = r.pick(ZJOBS); return zs(r, zjid(r), '00000290', `$HASP373 ${j} STARTED - INIT ${String(r.int(1, 40)).padEnd(4)} - CLASS ${r.pick(['A', 'A', 'B', 'P', 'X']).padEnd(8)} - SYS ${skew(r, ZSYS)}`); }),
    t(1, (r) => { const s = r.pick(ZSTCS); return zs(r, zjid(r, 'STC'), '00000290', `$HASP373 ${s} STARTED`); }),
    t(8, (r) => { const j = r.pick(ZJOBS); return zs(r, zjid(r), '00000090', `IEF403I ${j} - STARTED - TIME=${hmsDot(r)}`); }),
    t(7, (r) => { const j = r.pick(ZJOBS); return zs(r, zjid(r), '00000090', `IEF404I ${j} - ENDED - TIME=${hmsDot(r)}`); }),
    t(7, (r) => zs(r, zjid(r), '00000090', `$HASP395 ${r.pick(ZJOBS)} ENDED - RC=${pad(r.next() < 0.7 ? 0 : r.pick([4, 8, 12, 16]), 4)}`)),
    t(0.6, (r) => zs(r, zjid(r), '00000090', `$HASP395 ${r.pick(ZJOBS)} ENDED - ABEND=S${zcode(r)}`)),
    t(0.6, (r) => zs(r, zjid(r), '00000090', `IEF450I ${r.pick(ZJOBS)} ${r.pick(ZSTEPS)} - ABEND=S${zcode(r)} U0000 REASON=${hexUp(r, 8)}`, 'M')),
    t(0.6, (r) => zcont(r, `TIME=${hmsDot(r)}`)),
    t(5, (r) => zs(r, zjid(r), '00000090', `$HASP250 ${r.pick([...ZJOBS, ...ZUSERS])} PURGED -- (JOB KEY WAS ${hexUp(r, 8)})`)),
    t(3, (r) => zs(r, zjid(r, r.next() < 0.5 ? 'JOB' : 'TSU'), '00000090', `$HASP165 ${r.pick(ZJOBS)} ENDED AT ${r.pick(['N1', 'N1', 'POK', 'DALLAS'])}  MAXCC=${pad(r.next() < 0.75 ? 0 : r.pick([4, 8, 12]), 4)} CN(INTERNAL)`)),
    t(2, (r) => zs(r, '', '00000280', `$HASP309 INIT ${String(r.int(1, 40)).padStart(2)} INACTIVE ******** C=${r.pick(['A', 'AB', 'ABP', 'X', 'PQR'])}`)),
    t(3, (r) => zs(r, zjid(r), '00000090', `IRR010I  USERID ${r.pick(ZUSERS).padEnd(8)} IS ASSIGNED TO THIS JOB.`)),
    t(0.5, (r) => zs(r, zjid(r, 'TSU'), '00000290', `$HASP100 ${r.pick(ZJOBS).padEnd(8)} ON INTRDR${' '.repeat(12)}${r.pick(['NIGHTLY BATCH', 'OPC SUBMIT', '', 'PAYROLL RUN']).padEnd(20)}FROM ${zjid(r, 'TSU')} ${r.pick(ZUSERS)}`)),
    t(0.3, (r) => { const s = r.pick(ZSTCS); return zs(r, zjid(r, 'STC'), '00000090', `IEF695I START ${s.padEnd(8)} WITH JOBNAME ${s.padEnd(8)} IS ASSIGNED TO USER ${r.pick(['STCUSER', 'CICSUSR', 'DB2USER']).padEnd(8)}, GROUP ${r.pick(['SYS1', 'STCGRP'])}`); }),
    t(1, (r) => zs(r, zjid(r, r.next() < 0.5 ? 'JOB' : 'TSU'), '00000090', `ICH408I USER(${r.pick(ZUSERS).padEnd(8)}) GROUP(${r.pick(['PAYGRP', 'DEVGRP', 'OPSGRP', 'SYS1']).padEnd(8)}) NAME(${r.pick(['ALICE SMITH', 'BOB JONES', 'BATCH SCHEDULER', 'DMITRI PETROV']).padEnd(20)})`, 'M')),
    t(0.5, (r) => zcont(r, `  ${zdsn(r)} CL(DATASET ) VOL(${zvol(r)})`)),
    t(0.5, (r) => zcont(r, '  INSUFFICIENT ACCESS AUTHORITY')),
    t(0.4, (r) => zcont(r, `  LOGON/JOB INITIATION - ${r.pick(['INVALID PASSWORD', 'REVOKED USER ACCESS ATTEMPT'])}`)),
    t(0.5, (r) => zs(r, zjid(r), '00000090', `IEC161I 056-084,${r.pick(ZJOBS)},${r.pick(ZSTEPS)},${r.pick(['MASTER', 'CUSTIN', 'SYSUT1', 'INVKSDS'])},,,${zdsn(r)},`)),
    t(1, (r) => zs(r, '', '00000080', `IEA989I SLIP TRAP ID=X33E MATCHED.  JOBNAME=*UNAVAIL, ASID=${hexUp(r, 4)}.`)),
    t(0.2, (r) => zs(r, '', '00000090', `IEE600I REPLY TO ${String(r.int(1, 99)).padStart(2, '0')} IS;${r.pick(['U', 'CANCEL', 'NOHOLD', 'R'])}`)),
    t(4, (r) => zs(r, zjid(r, 'STC'), '00000090', `ARC0734I ACTION=${r.pick(['MIGRATE', 'MIGRATE', 'RECALL', 'BACKUP'])} FRVOL=${zvol(r)} TOVOL=${zvol(r)} TRACKS=${String(r.int(1, 99999)).padStart(5)} RC=${String(r.next() < 0.9 ? 0 : r.pick([4, 8])).padStart(4)}, REASON=${String(0).padStart(4)}, AGE=${String(r.int(0, 400)).padStart(4)}, DSN=${zdsn(r)}`)),
    t(0.3, (r) => zs(r, zjid(r), '00000090', `IGD17272I VOLUME SELECTION HAS FAILED FOR INSUFFICIENT SPACE FOR DATA SET ${zdsn(r)}`, 'M')),
    t(1, (r) => { const { d, m } = day(r); const a = r.pick(['CICSPRD1', 'CICSPRD2']); return zs(r, zjid(r, 'STC'), '00000090', `DFHAC2236 ${d2(m)}/${d2(d)}/2026 ${hms(r)} ${a} Transaction ${r.pick(['PAY1', 'INQ2', 'ORDR', 'CSMI', 'BIL5'])} abend ${r.pick(['ASRA', 'AEY9', 'AICA', 'ATNI', 'AKCS'])} in program ${r.pick(['PAYPGM01', 'INQPGM', 'ORDPGM', 'BILPGM05'])} term ${r.pick(['T001', '????', 'CN02', 'W3A1'])}. Updates to local recoverable resources will be backed out.`); }),
  ] },
  { name: 'brocade-fos', templates: [
    t(3, (r) => bro(r, 'SEC-1203', 'INFO', `Login information: Login successful via TELNET/SSH/RSH. IP Addr: ${brip(r)}`)),
    t(1, (r) => bro(r, 'SEC-1193', 'WARNING', `Security violation: Login failure attempt via TELNET/SSH/RSH. IP Addr: ${r.next() < 0.6 ? brip(r) : r.ip()}`)),
    t(3, (r) => braud(r, 'SEC-3020', 'SECURITY', r.pick(BRUSERS), 'Event: login, Status: success, Info: Successful login attempt via REMOTE, IP Addr: $IP.')),
    t(1, (r) => braud(r, 'SEC-3021', 'SECURITY', r.pick(BRUSERS), 'Event: login, Status: failed, Info: Failed login attempt via REMOTE, IP Addr: $IP.')),
    t(2.5, (r) => { const u = r.pick(BRUSERS); return braud(r, 'SEC-3022', 'SECURITY', u, `Event: logout, Status: success, Info: Successful logout by user [${u}].`); }),
    t(0.6, (r) => braud(r, 'ZONE-3001', 'ZONE', r.pick(['admin', 'hana', 'dmitri']), `Event: ${r.pick(['cfgSave', 'cfgEnable', 'zoneCreate', 'cfgAdd', 'zoneAdd'])}, Status: success, Info: ${r.pick(['Successful', 'Zone configuration changed'])}.`)),
    t(4, (r) => { const [m, unit, k] = r.next() < 0.75 ? ['CRC', 'CRCs', r.pick([5, 10, 20])] as const : ['LR', 'Resets', r.pick([3, 5])] as const; return bro(r, 'MAPS-1003', 'WARNING', `Port ${BRPORT(r)}, Condition=ALL_PORTS(${m}/MIN>${k}), Current Value:[${m},${k + r.int(1, m === 'CRC' ? 400 : 40)} ${unit}], RuleName=defALL_PORTS${m}_${k}, Dashboard Category=Port Health.`); }),
    t(0.8, (r) => { const a = r.pick(['HEALTHY', 'MARGINAL', 'DOWN']); const b = r.pick(['HEALTHY', 'MARGINAL', 'DOWN'].filter((x) => x !== a)); return bro(r, 'MAPS-1020', 'WARNING', `Switch wide status has changed from ${a} to ${b}.`); }),
    t(0.8, (r) => bro(r, 'ZONE-1022', 'INFO', `The effective configuration has changed to ${r.pick(['cfg_prod_a', 'cfg_prod_a', 'cfg_prod_b', 'CFG_FABRIC_A'])}. Effective zone configuration checksum is 0x${r.hex(8)}.`)),
    t(0.5, (r) => bro(r, 'PORT-1003', 'WARNING', `Port ${BRPORT(r)} Faulted because of many Link Failures.`)),
    t(1, (r) => bro(r, 'AN-1010', 'WARNING', `Severe latency bottleneck detected at Slot 0 port ${BRPORT(r)}.`)),
    t(0.4, (r) => { const p = BRPORT(r); return bro(r, 'C3-1012', 'WARNING', `S0,P${p}(${p}): Link Timeout on internal port ftx=${r.int(1000, 999999)} tov=${r.pick([2000, 1000])} (>${r.pick([1000, 500])}) vc_no=${r.int(0, 15)} crd(s)lost=${r.int(1, 40)} complete_loss:${r.next() < 0.8 ? 0 : 1}.`); }),
    t(0.3, (r) => bro(r, 'FSSM-1002', 'INFO', 'HA State is in sync.')),
    t(0.2, (r) => bro(r, 'FSSM-1003', 'WARNING', 'HA State out of sync.')),
    t(0.3, (r) => bro(r, 'EM-1050', 'INFO', `FRU ${r.pick(['PS 1', 'PS 2', 'FAN 1', 'FAN 2', 'Slot 3'])} insertion detected.`)),
    t(0.3, (r) => bro(r, 'EM-1048', 'INFO', `FRU ${r.pick(['PS 1', 'PS 2', 'FAN 1', 'FAN 2', 'Slot 3'])} removal detected.`)),
    t(0.2, (r) => bro(r, 'RAS-1001', 'INFO', 'First failure data capture (FFDC) event occurred.')),
    t(0.05, (r) => bro(r, 'SULB-1001', 'WARNING', 'Firmwaredownload command has started.')),
    t(0.05, (r) => bro(r, 'SULB-1002', 'INFO', 'Firmwaredownload command has completed successfully.')),
  ] },
  { name: 'netscaler', templates: [
    t(20, (r) => `${ns(r, 'TCP', 'CONN_DELINK')}Source ${nsclient(r)}:${port(r)} - Vserver ${nsvip(r)}:${r.pick([443, 443, 80])} - NatIP ${r.pick(['10.0.8.10', '10.0.8.11'])}:${port(r)} - Destination ${nssrv(r)}:${r.pick([80, 443, 8080])} - Delink Time ${nsmdy(r)} GMT - Total_bytes_send ${r.int(0, 9000000)} - Total_bytes_recv ${r.int(0, 9000000)}`),
    t(8, (r) => `${ns(r, 'TCP', 'CONN_TERMINATE')}Source ${nsclient(r)}:${port(r)} - Destination ${nsvip(r)}:${r.pick([443, 443, 80])} - Start Time ${nsmdy(r)} GMT - End Time ${nsmdy(r)} GMT - Total_bytes_send ${r.int(0, 9000000)} - Total_bytes_recv ${r.int(0, 9000000)}`),
    t(10, (r) => `${ns(r, 'SSLLOG', 'SSL_HANDSHAKE_SUCCESS')}SPCBId ${r.int(1000, 9999999)} - ClientIP ${nsclient(r)} - ClientPort ${port(r)} - VserverServiceIP ${nsvip(r)} - VserverServicePort 443 - ClientVersion ${r.pick(['TLSv1.2', 'TLSv1.2', 'TLSv1.3'])} - CipherSuite "${r.pick(NSCIPH)}" - Session ${r.next() < 0.7 ? 'New' : 'Reuse'}`),
    t(1.5, (r) => `${ns(r, 'SSLLOG', 'SSL_HANDSHAKE_FAILURE')}SPCBId ${r.int(1000, 9999999)} - ClientIP ${r.ip()} - ClientPort ${port(r)} - VserverServiceIP ${nsvip(r)} - VserverServicePort 443 - ClientVersion ${r.pick(['TLSv1.0', 'SSLv3', 'TLSv1.1', 'TLSv1.2'])} - CipherSuite "${r.pick(['AES-256-CBC-SHA TLSv1 Non-Export 256-bit', 'RC4-MD5 SSLv3 Non-Export 128-bit', 'NONE'])}" - Reason "${r.pick(['No shared cipher', 'No shared cipher', 'Bad protocol version', 'Unexpected message'])}"`),
    t(2, (r) => { const u = r.pick(NSUSERS); const ip = r.ip(); return `${ns(r, 'SSLVPN', 'LOGIN')}Context ${u}@${ip} - SessionId: ${r.int(1000, 99999)}- User ${u} - Client_ip ${ip} - Nat_ip "Mapped Ip" - Vserver ${nsvip(r)}:443 - Browser_type "${r.pick(NSUA)}" - SSLVPN_client_type ${r.pick(['ICA', 'ICA', 'ClientlessVPN', 'Agent'])} - Group(s) "${r.pick(['N/A', 'VPN-Users', 'Citrix-Finance', 'Contractors'])}"`; }),
    t(1.8, (r) => { const u = r.pick(NSUSERS); const ip = r.ip(); return `${ns(r, 'SSLVPN', 'LOGOUT')}Context ${u}@${ip} - SessionId: ${r.int(1000, 99999)}- User ${u} - Client_ip ${ip} - Nat_ip "Mapped Ip" - Vserver ${nsvip(r)}:443 - Start_time "${nsmdy(r)} GMT" - End_time "${nsmdy(r)} GMT" - Duration ${nsdur(r)}  - Http_resources_accessed ${r.int(0, 400)} - NonHttp_services_accessed 0 - Total_TCP_connections ${r.int(0, 900)} - Total_UDP_flows 0 - Total_policies_allowed ${r.int(0, 900)} - Total_policies_denied 0 - Total_bytes_send ${r.int(1000, 90000000)} - Total_bytes_recv ${r.int(1000, 90000000)} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - LogoutMethod "${r.pick(['Explicit', 'TimedOut', 'TimedOut', 'IdleTimeout'])}" - Group(s) "${r.pick(['N/A', 'VPN-Users', 'Citrix-Finance'])}"`; }),
    t(2, (r) => `${ns(r, 'SSLVPN', 'ICASTART')}Source ${r.ip()}:${port(r)} - Destination 10.0.3.${r.int(20, 60)}:${r.pick([2598, 1494])} - customername  - username:domainname ${r.pick(NSUSERS)}:CORP - applicationName ${r.pick(NSAPPS)} - startTime "${nsmdy(r)} GMT" - connectionId ${r.hex(32)}`),
    t(1.5, (r) => `${ns(r, 'SSLVPN', 'ICAEND_CONNSTAT')}Source ${r.ip()}:${port(r)} - Destination 10.0.3.${r.int(20, 60)}:${r.pick([2598, 1494])} - customername  - username:domainname ${r.pick(NSUSERS)}:CORP - startTime "${nsmdy(r)} GMT" - endTime "${nsmdy(r)} GMT" - Duration ${nsdur(r)}  - Total_bytes_send ${r.int(1000, 900000000)} - Total_bytes_recv ${r.int(1000, 90000000)} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - connectionId ${r.hex(32)} - applicationName ${r.pick(NSAPPS)}`),
    t(1.2, (r) => `${ns(r, 'AAA', 'LOGIN_FAILED')}User ${r.next() < 0.6 ? r.pick(NSUSERS) : r.pick(['admin', 'test', 'administrator', 'guest', 'scanner'])} - Client_ip ${r.ip()} - Failure_reason "${r.pick(['Invalid credentials', 'Invalid credentials', 'Account locked', 'Password expired', 'External authentication server denied access'])}" - Browser ${r.pick(NSUA)}`),
    t(0.5, (r) => { const s = r.pick(NSSVC); const ip = nssrv(r); const p = r.pick([80, 443, 8080]); return `${ns(r, 'EVENT', 'MONITORDOWN')}Monitor ${r.pick(['mon_http', 'mon_https_ecv', 'tcp-default'])}_${s}_${ip}:${p}(${ip}:${p}) - State DOWN`; }),
    t(0.5, (r) => { const s = r.pick(NSSVC); const ip = nssrv(r); const p = r.pick([80, 443, 8080]); return `${ns(r, 'EVENT', 'MONITORUP')}Monitor ${r.pick(['mon_http', 'mon_https_ecv', 'tcp-default'])}_${s}_${ip}:${p}(${ip}:${p}) - State UP`; }),
    t(0.3, (r) => { const s = r.pick(NSSVC); return `${ns(r, 'EVENT', 'DEVICEDOWN')}Device "server_svc_${s}(svc_${s})" - State DOWN`; }),
    t(0.3, (r) => { const s = r.pick(NSSVC); return `${ns(r, 'EVENT', 'DEVICEUP')}Device "server_svc_${s}(svc_${s})" - State UP`; }),
    t(1.5, (r) => `${ns(r, 'UI', 'CMD_EXECUTED')}User ${r.pick(['nsroot', 'nsroot', 'svc-ansible', 'hana'])} - Remote_ip ${lan(r, '10.0')} - Command "${r.pick(['show ns ip', 'show lb vserver', 'stat system', 'save ns config', `disable server srv_${r.pick(NSSVC)}`, `enable server srv_${r.pick(NSSVC)}`, 'show ha node', `bind ssl vserver vs_shop_443 -certkeyName shop-${ymd(r, '')}`])}" - Status "${r.next() < 0.9 ? 'Success' : r.pick(['ERROR: No such resource', 'ERROR: Resource already exists'])}"`),
    t(0.8, (r) => `${ns(r, 'GUI', 'CMD_EXECUTED')}User ${r.pick(['nsroot', 'hana', 'dmitri'])} - Remote_ip ${lan(r, '10.0')} - Command "${r.pick(['login login_nsroot', 'show ns hostName', 'stat lb vserver', 'show system session'])}" - Status "Success"`),
    t(0.8, (r) => `${ns(r, 'APPFW', 'APPFW_SQL')}${r.ip()} ${r.int(100, 99999)}-PPE${r.int(0, 3)} - appfw_prof_shop https://www.shop.example.com/${r.pick(['search', 'product', 'login'])}?${r.pick(['q', 'id', 'user'])}=${r.pick(["1'+OR+'1'='1", '1+UNION+SELECT+null,version()--', "admin'--"])} SQL Keyword check failed for field ${r.pick(['q', 'id', 'user'])}="Bad SQL keyword" <blocked>`),
    t(0.5, (r) => `${ns(r, 'APPFW', 'APPFW_XSS')}${r.ip()} ${r.int(100, 99999)}-PPE${r.int(0, 3)} - appfw_prof_shop https://www.shop.example.com/${r.pick(['search', 'review'])} Cross-site script check failed for field ${r.pick(['q', 'comment', 'name'])}="Bad tag: script" <blocked>`),
    t(0.6, (r) => `${ns(r, 'APPFW', 'APPFW_STARTURL')}${r.ip()} ${r.int(100, 99999)}-PPE${r.int(0, 3)} - appfw_prof_shop https://www.shop.example.com/${r.pick(['.env', 'wp-login.php', '.git/config', 'cgi-bin/luci', 'vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php'])} Disallow Illegal URL. <blocked>`),
  ] },
  { name: 'openwrt', templates: [
    t(2, (r) => `${ow(r, 'daemon.notice', 'netifd')}Interface '${r.pick(OWIF)}' is now up`),
    t(1.5, (r) => `${ow(r, 'daemon.notice', 'netifd')}Interface '${r.pick(OWIF)}' is now down`),
    t(1.5, (r) => `${ow(r, 'daemon.notice', 'netifd')}Interface '${r.pick(OWIF)}' is setting up now`),
    t(1, (r) => `${ow(r, 'daemon.notice', 'netifd')}Interface '${r.pick(OWIF)}' has link connectivity`),
    t(0.8, (r) => `${ow(r, 'daemon.notice', 'netifd')}Interface '${r.pick(OWIF)}' has lost the connection`),
    t(1.5, (r) => `${ow(r, 'daemon.notice', 'netifd')}Network device '${r.pick(OWDEV)}' link is up`),
    t(1.2, (r) => `${ow(r, 'daemon.notice', 'netifd')}Network device '${r.pick(OWDEV)}' link is down`),
    t(4, (r) => `${ow(r, 'daemon.notice', 'netifd')}wan (${owpid(r)}): udhcpc: sending renew to server ${owwan(r)}`),
    t(4, (r) => `${ow(r, 'daemon.notice', 'netifd')}wan (${owpid(r)}): udhcpc: lease of ${owwan(r)} obtained from ${owwan(r)}, lease time ${r.pick([3600, 86400, 43200, 600])}`),
    t(1, (r) => `${ow(r, 'daemon.notice', 'netifd')}wan (${owpid(r)}): udhcpc: sending discover`),
    t(1, (r) => `${ow(r, 'daemon.notice', 'netifd')}wan (${owpid(r)}): udhcpc: sending select for ${owwan(r)}`),
    t(1.5, (r) => `${ow(r, 'daemon.warn', `odhcpd[${owpid(r)}]`)}A default route is present but there is no public prefix on ${r.pick(['lan', 'lan', 'guest', 'iot'])} thus we don't announce a default route by overriding the RA lifetime!`),
    t(1, (r) => { const b = r.pick(['br-lan', 'br-lan', 'br-guest']); return `${ow(r, 'daemon.err', `odhcpd[${owpid(r)}]`)}Failed to send to ff02::1%${r.pick(['lan', 'guest'])}@${b} (Address not available)`; }),
    t(4, (r) => `${ow(r, 'authpriv.info', `dropbear[${owpid(r)}]`)}Child connection from ${r.next() < 0.6 ? owlan(r) : r.ip()}:${port(r)}`),
    t(1.5, (r) => `${ow(r, 'authpriv.notice', `dropbear[${owpid(r)}]`)}Password auth succeeded for 'root' from ${owlan(r)}:${port(r)}`),
    t(0.8, (r) => `${ow(r, 'authpriv.notice', `dropbear[${owpid(r)}]`)}Pubkey auth succeeded for 'root' with ${r.pick(['ssh-ed25519', 'ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256'])} key SHA256:${b64(r, 43)} from ${owlan(r)}:${port(r)}`),
    t(2, (r) => `${ow(r, 'authpriv.warn', `dropbear[${owpid(r)}]`)}Bad password attempt for '${r.pick(['root', 'root', 'admin', 'ubnt', 'user', 'support'])}' from ${r.ip()}:${port(r)}`),
    t(1.5, (r) => `${ow(r, 'authpriv.info', `dropbear[${owpid(r)}]`)}Exit (root) from <${owlan(r)}:${port(r)}>: Disconnect received`),
    t(2, (r) => `${ow(r, 'authpriv.info', `dropbear[${owpid(r)}]`)}Exit before auth from <${r.ip()}:${port(r)}>: ${r.pick(['Exited normally', "Max auth tries reached - user 'root'", 'Timeout before auth', 'Disconnect received', 'No matching algo kex'])}`),
    t(0.3, (r) => `${ow(r, 'daemon.info', `pppd[${owpid(r)}]`)}Connect: pppoe-wan <--> ${r.pick(['wan', 'eth1', 'dsl0.7'])}`),
    t(0.3, (r) => `${ow(r, 'daemon.notice', `pppd[${owpid(r)}]`)}PAP authentication succeeded`),
    t(0.3, (r) => `${ow(r, 'daemon.notice', `pppd[${owpid(r)}]`)}local  IP address ${owwan(r)}`),
    t(0.3, (r) => `${ow(r, 'daemon.notice', `pppd[${owpid(r)}]`)}remote IP address ${owwan(r)}`),
    t(0.2, (r) => `${ow(r, 'daemon.info', `pppd[${owpid(r)}]`)}LCP terminated by peer`),
    t(0.2, (r) => `${ow(r, 'daemon.notice', `pppd[${owpid(r)}]`)}Modem hangup`),
    t(0.2, (r) => `${ow(r, 'daemon.notice', `pppd[${owpid(r)}]`)}Connection terminated.`),
    t(1, (r) => `${ow(r, 'user.notice', 'firewall')}Reloading firewall due to ifup of ${r.pick(OWIF)} (${r.pick(OWDEV)})`),
    t(0.5, (r) => `${ow(r, 'daemon.err', `uhttpd[${owpid(r)}]`)}luci: failed login on / for ${r.pick(['root', 'root', 'admin'])} from ${owlan(r)}`),
    t(3, (r) => `${ow(r, 'cron.err', `crond[${owpid(r)}]`)}USER root pid ${owpid(r)} cmd ${r.pick(OWCRON)}`),
    t(0.2, (r) => `${ow(r, 'daemon.info', 'procd')}Instance ${r.pick(['dnsmasq', 'adblock', 'wireguard_watchdog', 'sqm'])}::${r.pick(['cfg01411c', 'instance1', 'main'])} s in a crash loop ${r.int(6, 12)} crashes, ${r.int(0, 5)} seconds since last crash`),
  ] },
  { name: 'heroku', templates: [
    t(30, (r) => `${hk(r, 'heroku[router]')}at=info ${hkreq(r)} connect=${r.int(0, 3)}ms service=${r.int(1, 2500)}ms status=${r.pick([200, 200, 200, 200, 201, 204, 301, 304, 400, 401, 404, 422, 500])} bytes=${r.int(0, 90000)} protocol=https`),
    t(2, (r) => { const [c, d, s] = r.pick(HKERR); return `${hk(r, 'heroku[router]')}at=error code=${c} desc="${d}" ${hkreq(r)} connect=${r.int(0, 5000)}ms service=${c === 'H12' ? 30000 : r.int(0, 29000)}ms status=${s} bytes=0 protocol=https`; }),
    t(0.4, (r) => `${hk(r, 'heroku[router]')}sock=client at=warning code=H27 desc="Client Request Interrupted" ${hkreq(r)} connect=${r.int(0, 3)}ms service=${r.int(1, 20000)}ms status=499 bytes=0 protocol=https`),
    t(2, (r) => { const [a, b] = r.pick(HKSTATES); return `${hk(r, `heroku[${hkdyno(r)}]`)}State changed from ${a} to ${b}`; }),
    t(1.5, (r) => `${hk(r, `heroku[${hkdyno(r)}]`)}Starting process with command \`${r.pick(HKCMDS)}\``),
    t(1.5, (r) => `${hk(r, `heroku[${hkdyno(r)}]`)}Process exited with status ${r.pick([0, 143, 143, 1, 137, 130])}`),
    t(1.2, (r) => `${hk(r, `heroku[${hkdyno(r)}]`)}Stopping all processes with SIGTERM`),
    t(0.5, (r) => `${hk(r, `heroku[${hkdyno(r)}]`)}Cycling`),
    t(0.2, (r) => `${hk(r, `heroku[${hkdyno(r)}]`)}Idling`),
    t(1, (r) => `${hk(r, `heroku[${hkdyno(r)}]`)}Error R14 (Memory quota exceeded)`),
    t(1, (r) => { const q = r.pick([512, 1024]); const m = r.int(q, q * 2); return `${hk(r, `heroku[${hkdyno(r)}]`)}Process running mem=${m}M(${((m / q) * 100).toFixed(1)}%)`; }),
    t(0.2, (r) => `${hk(r, 'heroku[web.1]')}Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch`),
    t(0.2, (r) => `${hk(r, `heroku[${hkdyno(r)}]`)}Error R12 (Exit timeout) -> At least one process failed to exit within 30 seconds of SIGTERM`),
    t(6, (r) => { const d = hkdyno(r); return `${hk(r, `heroku[${d}]`)}source=${d} dyno=heroku.${r.int(100000000, 399999999)}.${r.uuid()} sample#memory_total=${r.float(80, 900, 2)}MB sample#memory_rss=${r.float(80, 900, 2)}MB sample#memory_cache=${r.float(0, 60, 2)}MB sample#memory_swap=${r.float(0, 40, 2)}MB sample#memory_pgpgin=${r.int(10000, 9000000)}pages sample#memory_pgpgout=${r.int(10000, 9000000)}pages sample#memory_quota=${r.pick(['512.00', '1024.00'])}MB`; }),
    t(6, (r) => { const d = hkdyno(r); return `${hk(r, `heroku[${d}]`)}source=${d} dyno=heroku.${r.int(100000000, 399999999)}.${r.uuid()} sample#load_avg_1m=${r.float(0, 4, 2)} sample#load_avg_5m=${r.float(0, 4, 2)} sample#load_avg_15m=${r.float(0, 4, 2)}`; }),
    t(2, (r) => `${hk(r, 'app[heroku-postgres]')}source=DATABASE addon=postgresql-${r.pick(['rigid-12345', 'rigid-12345', 'curly-80021'])} sample#current_transaction=${r.int(1000000, 90000000)} sample#db_size=${r.int(100000000, 90000000000)}bytes sample#tables=${r.int(20, 90)} sample#active-connections=${r.int(1, 120)} sample#waiting-connections=${r.int(0, 3)} sample#index-cache-hit-rate=${r.float(0.9, 1, 5)} sample#table-cache-hit-rate=${r.float(0.9, 1, 5)} sample#load-avg-1m=${r.float(0, 3, 3)} sample#load-avg-5m=${r.float(0, 3, 3)} sample#load-avg-15m=${r.float(0, 3, 3)} sample#read-iops=${r.float(0, 400, 3)} sample#write-iops=${r.float(0, 400, 3)} sample#tmp-disk-used=${r.int(500000000, 600000000)} sample#tmp-disk-available=72944943104 sample#memory-total=${r.pick([3944484, 8152920])}kB sample#memory-free=${r.int(100000, 900000)}kB sample#memory-cached=${r.int(1000000, 3000000)}kB sample#memory-postgres=${r.int(10000, 900000)}kB sample#wal-percentage-used=${r.float(0.05, 0.9, 15)}`),
    t(1.5, (r) => `${hk(r, 'app[heroku-redis]')}source=REDIS addon=redis-${r.pick(['opaque-42115', 'opaque-42115', 'shallow-7713'])} sample#active-connections=${r.int(1, 60)} sample#load-avg-1m=${r.float(0, 1, 3)} sample#load-avg-5m=${r.float(0, 1, 3)} sample#load-avg-15m=${r.float(0, 1, 3)} sample#read-iops=0 sample#write-iops=${r.float(0, 5, 4)} sample#memory-total=${r.int(15000000, 16000000)}kB sample#memory-free=${r.int(9000000, 12000000)}kB sample#memory-cached=${r.int(1000000, 4000000)}kB sample#memory-redis=${r.int(1000000, 90000000)}bytes sample#hit-rate=${r.float(0.5, 1, 5)} sample#evicted-keys=${r.next() < 0.9 ? 0 : r.int(1, 900)}`),
    t(0.3, (r) => `${hk(r, 'app[api]')}Release v${r.int(100, 999)} created by user ${r.pick(HKUSERS)}`),
    t(0.3, (r) => `${hk(r, 'app[api]')}Deploy ${r.hex(8)} by user ${r.pick(HKUSERS)}`),
    t(0.2, (r) => `${hk(r, 'app[api]')}Scaled to web@${r.int(1, 6)}:${r.pick(HKSIZES)} worker@${r.int(0, 4)}:${r.pick(HKSIZES)} by user ${r.pick(HKUSERS)}`),
    t(0.1, (r) => `${hk(r, 'app[api]')}Set ${[...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(['STRIPE_SECRET_KEY', 'LOG_LEVEL', 'SENTRY_DSN', 'FEATURE_NEW_CHECKOUT', 'NODE_OPTIONS'])))].join(', ')} config vars by user ${r.pick(HKUSERS)}`),
    t(7, (r) => `${hk(r, `app[${hkdyno(r, ['web'])}]`)}GET ${pick(r, HKPATHS)} ${r.pick([200, 200, 200, 304, 404])} ${r.float(0.5, 900, 3)} ms - ${r.next() < 0.1 ? '-' : r.int(2, 90000)}`),
    t(2.5, (r) => `${hk(r, `app[${hkdyno(r, ['web'])}]`)}POST ${r.pick(['/api/cart/items', '/api/checkout', '/api/session', '/api/orders'])} ${r.pick([200, 201, 201, 400, 401, 422, 500])} ${r.float(2, 3000, 3)} ms - ${r.int(2, 4000)}`),
    t(3, (r) => `${hk(r, `app[${hkdyno(r, ['worker'])}]`)}[bull] job ${r.int(10000, 999999)} (${r.pick(['send-email', 'send-email', 'sync-inventory', 'generate-invoice', 'webhook-delivery'])}) completed in ${r.int(3, 90000)}ms`),
  ] },
  { name: 'concourse', templates: [
    t(6, (r) => cc(r, 'debug', 'atc', 'atc.lidar-scanner.tick.start', { session: ccsess(r, 1) })),
    t(6, (r) => cc(r, 'debug', 'atc', 'atc.lidar-scanner.tick.end', { session: ccsess(r, 1) })),
    t(4, (r) => cc(r, 'debug', 'atc', 'atc.lidar-checker.tick.start', { session: ccsess(r, 1) })),
    t(4, (r) => cc(r, 'debug', 'atc', 'atc.lidar-checker.tick.end', { session: ccsess(r, 1) })),
    t(5, (r) => cc(r, 'debug', 'atc', 'atc.scheduler.schedule-job.start', { job: r.pick(CCJOBS), pipeline: skew(r, CCPIPES, 0.4), session: ccsess(r), team: skew(r, CCTEAMS, 0.5) })),
    t(4, (r) => cc(r, 'info', 'atc', 'atc.tracker.track.start', { build: r.int(10000, 99999), job: r.pick(CCJOBS), pipeline: skew(r, CCPIPES, 0.4), session: ccsess(r), team: skew(r, CCTEAMS, 0.5) })),
    t(1.2, (r) => cc(r, 'error', 'atc', 'atc.lidar-checker.tick.check-resource.failed-to-check', { error: pick(r, CCERR), pipeline: skew(r, CCPIPES, 0.4), resource: r.pick(CCRES), session: ccsess(r, 3), team: skew(r, CCTEAMS, 0.5) })),
    t(2, (r) => cc(r, 'info', 'atc', 'atc.container-collector.run.start', { session: ccsess(r, 1) })),
    t(2, (r) => cc(r, 'info', 'atc', 'atc.container-collector.run.done', { duration: r.int(100000, 900000000), session: ccsess(r, 1) })),
    t(1.5, (r) => cc(r, 'info', 'atc', 'atc.volume-collector.run.start', { session: ccsess(r, 1) })),
    t(1, (r) => cc(r, 'info', 'atc', 'atc.build-reaper.run.start', { session: ccsess(r, 1) })),
    t(3, (r) => cc(r, 'info', 'worker', 'worker.garden.garden-server.create.created', { request: { Handle: r.uuid(), GraceTime: 0, RootFSPath: r.next() < 0.5 ? `raw:///concourse-work-dir/volumes/live/${r.uuid()}/volume` : '', BindMounts: null, Network: '', Privileged: r.next() < 0.2, Limits: {} }, session: ccsess(r, 2) })),
    t(3, (r) => cc(r, 'info', 'worker', 'worker.garden.garden-server.destroy.destroyed', { handle: r.uuid(), session: ccsess(r, 2) })),
    t(2, (r) => cc(r, 'info', 'worker', 'worker.baggageclaim.api.volume-server.create-volume-async.created-volume', { handle: r.uuid(), privileged: r.next() < 0.2, session: ccsess(r, 3), strategy: r.next() < 0.6 ? { type: 'cow', volume: r.uuid() } : { type: 'empty' } })),
    t(0.5, (r) => { const p = r.pick([7777, 7788]); return cc(r, 'error', 'worker', 'worker.beacon-runner.beacon.forward-conn.failed-to-dial', { addr: `127.0.0.1:${p}`, error: `dial tcp 127.0.0.1:${p}: connect: connection refused`, network: 'tcp', session: ccsess(r, 3) }); }),
    t(3, (r) => cc(r, 'debug', 'tsa', 'tsa.connection.channel.forward-worker.heartbeat.start', { 'remote': `10.0.6.${r.int(20, 40)}:${port(r)}`, session: ccsess(r, 3), 'worker-address': `10.0.6.${r.int(20, 40)}:${r.pick([7777, 7788])}`, 'worker-platform': 'linux', 'worker-tags': r.next() < 0.8 ? '' : 'arm64' })),
    t(3, (r) => cc(r, 'debug', 'tsa', 'tsa.connection.channel.forward-worker.heartbeat.reached-worker', { baggageclaim: { url: `http://127.0.0.1:${r.int(30000, 45000)}` }, capacity: { containers: r.int(0, 250), volumes: r.int(0, 2000) }, session: ccsess(r, 3), worker: ccworker(r) })),
  ] },
  { name: 'mailman', templates: [
    t(10, (r) => `${mm(r)}${mmpid(r)}post to ${r.pick(MMLISTS)} from ${mmaddr(r)}, size=${r.int(900, 900000)}, message-id=<${mmmid(r)}>, success`),
    t(10, (r) => `${mm(r)}${mmpid(r)}<${mmmid(r)}> smtp to ${r.pick(MMLISTS)} for ${r.int(1, 4000)} recips, completed in ${r.float(0.01, 90, 3)} seconds`),
    t(2, (r) => { const a = mmaddr(r); return `${mm(r)}${mmpid(r)}delivery to ${a} failed with code ${r.pick([550, 550, 552, 554, 450, 421])}: ${r.pick([`5.1.1 <${a}>: Recipient address rejected: User unknown in virtual mailbox table`, '5.2.2 mailbox full', '5.7.1 Service unavailable; client host blocked using zen.spamhaus.org', '4.7.0 Try again later, closing connection.', 'Requested action not taken: mailbox unavailable'])}`; }),
    t(0.3, (r) => `${mm(r)}${mmpid(r)}Low level smtp error: ${r.pick(['[Errno 111] Connection refused', 'timed out', 'Server not connected'])}, msgid: <${mmmid(r)}>`),
    t(2, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: new ${mmwho(r)}, ${r.pick(['admin mass sub', 'via web confirmation', 'via email confirmation', 'via admin approved'])}`),
    t(1.5, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: pending ${mmwho(r)} ${r.ip()}`),
    t(1, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: deleted ${mmaddr(r)}; ${r.pick(['member mgt page', 'via web confirmation', 'via email confirmation', 'disabled address'])}`),
    t(3, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: ${mmaddr(r)} bounce score: ${r.pick(['1.0', '1.0', '0.5', '2.0'])}`),
    t(2, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: ${mmaddr(r)} current bounce score: ${r.pick(['2.0', '3.0', '4.0', '1.5'])}`),
    t(0.8, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: ${mmaddr(r)} residual bounce received`),
    t(0.6, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: ${mmaddr(r)} disabling due to bounce score ${r.pick(['5.0', '6.0', '5.5'])} >= 5.0`),
    t(0.3, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)}: ${mmaddr(r)} deleted after exhausting notices`),
    t(0.5, (r) => `${mm(r)}${mmpid(r)}bounce message w/no discernable addresses: <${mmmid(r)}>`),
    t(2, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMLISTS)} post from ${mmaddr(r)} held, message-id=<${mmmid(r)}>: ${r.pick(['Post by non-member to a members-only list', 'Post by non-member to a members-only list', 'Message has implicit destination', `Message body is too big: ${r.int(41000, 900000)} bytes with a limit of 40 KB`, 'Too many recipients to the message', 'Post to moderated list'])}`),
    t(0.8, (r) => `${mm(r)}${mmpid(r)}held message approved, message-id: <${mmmid(r)}>`),
    t(0.6, (r) => `${mm(r)}${mmpid(r)}Message discarded, msgid: <${mmmid(r)}>`),
    t(0.1, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMRUNNERS)} qrunner started.`),
    t(0.05, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMRUNNERS)} qrunner caught SIGTERM.  Stopping.`),
    t(0.05, (r) => `${mm(r)}${mmpid(r)}${r.pick(MMRUNNERS)} qrunner exiting.`),
    t(0.1, (r) => `${mm(r)}${mmpid(r)}Master qrunner detected subprocess exit`),
    t(0.1, (r) => `(pid: ${r.int(1000, 32000)}, sig: ${r.pick(['None', 'None', '9', '15'])}, sts: ${r.pick(['1', '0', 'None'])}, class: ${r.pick(MMRUNNERS)}, slice: 1/1) ${r.next() < 0.8 ? '[restarting]' : ''}`),
    t(0.3, (r) => `${mm(r)}${mmpid(r)}Uncaught runner exception: ${r.pick(['[Errno 111] Connection refused', "'NoneType' object has no attribute 'lower'", 'unknown encoding: x-mac-cyrillic', '[Errno 28] No space left on device'])}`),
    t(0.3, (r) => `${mm(r)}${mmpid(r)}SHUNTING: ${epoch(r)}.${r.int(100000, 999999)}+${r.hex(40)}`),
    t(0.3, (r) => `${mm(r)}qrunner(${r.int(1000, 32000)}): Traceback (most recent call last):`),
    t(0.8, (r) => `${mm(r)}qrunner(${r.int(1000, 32000)}):   File "${r.pick(['/usr/lib/mailman/bin/qrunner', '/usr/lib/mailman/Mailman/Queue/Runner.py', '/usr/lib/mailman/Mailman/Handlers/SMTPDirect.py', '/usr/lib/mailman/Mailman/Queue/OutgoingRunner.py'])}", line ${r.int(40, 400)}, in ${r.pick(['?', '_oneloop', '_dispose', 'process', 'bulkdeliver'])}`),
    t(0.2, (r) => `${mm(r)}${mmpid(r)}Hostile listname: ${r.pick(['<script>', 'devel%00', '../../etc/passwd', 'wp-login.php'])}`),
  ] },
  { name: 'aerospike', templates: [
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 166)}NODE-ID ${r.pick(ASNODES)} CLUSTER-SIZE ${r.next() < 0.9 ? 5 : r.int(3, 4)} CLUSTER-NAME ${r.next() < 0.8 ? 'prod-kv' : 'sessions-eu'}`),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 262)}   cluster-clock: skew-ms ${r.int(0, 3)}`),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 291)}   system: total-cpu-pct ${ai(r, 1, 90)} user-cpu-pct ${ai(r, 1, 60)} kernel-cpu-pct ${ai(r, 0, 30)} free-mem-kbytes ${ai(r, 1000000, 90000000)} free-mem-pct ${ai(r, 5, 95)} thp-mem-kbytes ${ai(r, 0, 90000)}`),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 313)}   process: cpu-pct ${ai(r, 0, 99)} threads (${ai(r, 8, 12)},${ai(r, 60, 70)},${ai(r, 40, 60)},${ai(r, 40, 60)}) heap-kbytes (${ai(r, 1000000, 9000000)},${ai(r, 1000000, 9000000)},${ai(r, 1000000, 9900000)}) heap-efficiency-pct ${r.float(40, 99, 1)}`),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 337)}   in-progress: info-q ${ai(r, 0, 3)} rw-hash ${ai(r, 0, 40)} proxy-hash ${ai(r, 0, 5)} tree-gc-q ${ai(r, 0, 2)} long-queries ${ai(r, 0, 2)}`),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 361)}   fds: proto (${ai(r, 10, 9000)},${ai(r, 1000, 900000)},${ai(r, 1000, 900000)}) heartbeat (${ai(r, 2, 4)},${ai(r, 4, 40)},${ai(r, 2, 36)}) fabric (${ai(r, 48, 96)},${ai(r, 48, 200)},${ai(r, 0, 100)})`),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 370)}   heartbeat-received: self 0 foreign ${ai(r, 10000, 9000000)}`),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 401)}   fabric-bytes-per-second: bulk (${ai(r, 0, 9000)},${ai(r, 0, 9000)}) ctrl (${ai(r, 0, 9000)},${ai(r, 0, 9000)}) meta (${ai(r, 0, 90)},${ai(r, 0, 90)}) rw (${ai(r, 0, 9000000)},${ai(r, 0, 9000000)})`),
    t(2, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 425)}   early-fail: demarshal ${ai(r, 0, 9)} tsvc-client ${ai(r, 0, 90)} tsvc-from-proxy 0 tsvc-batch-sub ${ai(r, 0, 9)} tsvc-from-proxy-batch-sub 0 tsvc-udf-sub 0 tsvc-ops-sub 0`),
    t(2, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 454)}   batch-index: batches (${ai(r, 0, 9000000)},${ai(r, 0, 90)},${ai(r, 0, 9)}) delays ${ai(r, 0, 900)}`),
    t(6, (r) => { const all = ai(r, 1000, 900000000); const m = Math.floor(all / 2); return `${as(r, 'INFO', 'info', 'ticker.c', 617)}${asns(r)} objects: all ${all} master ${m} prole ${all - m} non-replica 0`; }),
    t(3, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 706)}${asns(r)} migrations: complete`),
    t(1, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 700)}${asns(r)} migrations: remaining (${ai(r, 0, 4096)},${ai(r, 0, 4096)},${ai(r, 0, 40)}) active (${ai(r, 0, 4)},${ai(r, 0, 4)},0) complete-pct ${r.float(0, 99.99, 2)}`),
    t(6, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 754)}${asns(r)} memory-usage: total-bytes ${ai(r, 1e6, 9e10)} index-bytes ${ai(r, 1e6, 9e9)} set-index-bytes ${ai(r, 0, 9e6)} sindex-bytes ${ai(r, 0, 9e8)} data-bytes ${ai(r, 0, 9e10)} used-pct ${r.float(1, 80, 2)}`),
    t(4, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 811)}${asns(r)} device-usage: used-bytes ${ai(r, 1e6, 9e11)} avail-pct ${ai(r, 10, 99)} cache-read-pct ${r.float(0, 100, 2)}`),
    t(5, (r) => `${as(r, 'INFO', 'info', 'ticker.c', 889)}${asns(r)} client: tsvc (${ai(r, 0, 9)},${ai(r, 0, 900)}) proxy (${ai(r, 0, 900)},0,${ai(r, 0, 9)}) read (${ai(r, 0, 9e8)},0,0,${ai(r, 0, 9e6)},0) write (${ai(r, 0, 9e8)},${ai(r, 0, 900)},0,0) delete (${ai(r, 0, 9e6)},0,0,${ai(r, 0, 9e4)}) udf (0,0,0,0) lang (0,0,0,0)`),
    t(4, (r) => `${as(r, 'INFO', 'drv_ssd', 'drv_ssd.c', 2075)}${asns(r)} /dev/${r.pick(['nvme0n1', 'nvme1n1', 'nvme2n1', 'nvme3n1'])}: used-bytes ${ai(r, 1e9, 9e11)} free-wblocks ${ai(r, 1000, 9000000)} write-q ${ai(r, 0, 4)} write (${ai(r, 0, 9e7)},${r.float(0, 900, 1)}) defrag-q ${ai(r, 0, 90)} defrag-read (${ai(r, 0, 9e7)},${r.float(0, 900, 1)}) defrag-write (${ai(r, 0, 9e7)},${r.float(0, 300, 1)})`),
    t(6, (r) => `${as(r, 'INFO', 'info', 'hist.c', 240)}histogram dump: ${asns(r)}-${r.pick(['read', 'read', 'write', 'batch-sub-read', 'udf'])} (${ai(r, 0, 9e9)} total) msec`),
    t(6, (r) => `${as(r, 'INFO', 'info', 'hist.c', 257)} ${ahist(r)}`),
    t(1, (r) => `${as(r, 'INFO', 'nsup', 'nsup.c', 1120)}${asns(r)} nsup-start: evict-threads 1 evict-ttl ${r.next() < 0.8 ? 0 : ai(r, 60, 90000)} evict-void-time (${ai(r, 0, 490000000)},${ai(r, 0, 490000000)})`),
    t(1, (r) => `${as(r, 'INFO', 'nsup', 'nsup.c', 1170)}${asns(r)} nsup-done: non-expirable ${ai(r, 0, 9e6)} expired (${ai(r, 0, 9e7)},${ai(r, 0, 9e5)}) evicted (${ai(r, 0, 9e3)},0) evict-ttl 0 total-ms ${ai(r, 1, 90000)}`),
    t(0.2, (r) => `${as(r, 'INFO', 'hb', 'hb.c', 4319)}node arrived ${r.pick(ASNODES)}`),
    t(0.2, (r) => `${as(r, 'INFO', 'hb', 'hb.c', 4319)}node departed ${r.pick(ASNODES)}`),
    t(0.2, (r) => `${as(r, 'INFO', 'clustering', 'clustering.c', 5797)}applied new cluster key ${r.hex(12)}`),
    t(0.2, (r) => `${as(r, 'INFO', 'clustering', 'clustering.c', 5799)}applied new succession list ${ASNODES.slice(0, r.int(2, 5)).join(' ')}`),
    t(0.2, (r) => `${as(r, 'INFO', 'clustering', 'clustering.c', 5801)}applied cluster size ${r.int(2, 5)}`),
    t(0.3, (r) => `${as(r, 'INFO', 'partition', 'partition_balance.c', 1004)}${asns(r)} rebalanced: expected-migrations (${ai(r, 0, 4096)},${ai(r, 0, 4096)},${ai(r, 0, 40)}) fresh-partitions ${ai(r, 0, 9)}`),
    t(0.3, (r) => `${as(r, 'WARNING', 'socket', 'socket.c', 959)}Error while connecting: 111 (Connection refused)`),
    t(0.3, (r) => `${as(r, 'WARNING', 'drv_ssd', 'drv_ssd.c', 1530)}${asns(r)} write fail: queue too deep: exceeds max ${r.pick([256, 512])}`),
  ] },
  { name: 'akka', templates: [
    t(1, (r) => { const { self, pre } = akcl(r); return `${pre}Node [${akother(r, self)}] is JOINING, roles [${r.pick(['dc-default', 'dc-default', 'backend, dc-default', 'frontend, dc-default'])}], version [${r.pick(['0.0.0', '1.4.2'])}]`; }),
    t(1.5, (r) => { const { self, pre } = akcl(r); return `${pre}Leader is moving node [${akother(r, self)}] to [${r.pick(['Up', 'Up', 'Exiting', 'Removed'])}]`; }),
    t(1.5, (r) => { const { self, pre } = akcl(r, 'WARN'); return `${pre}Marking node as UNREACHABLE [Member(${akother(r, self)}, ${r.next() < 0.9 ? 'Up' : 'WeaklyUp'})].`; }),
    t(1.2, (r) => { const { self, pre } = akcl(r); return `${pre}Marking node as REACHABLE [Member(${akother(r, self)}, Up)].`; }),
    t(0.3, (r) => { const { self, pre } = akcl(r); return `${pre}Leader is removing unreachable node [${akother(r, self)}]`; }),
    t(0.3, (r) => { const { self, pre } = akcl(r); return `${pre}Welcome from [${akother(r, self)}]`; }),
    t(0.2, (r) => akcl(r).pre + 'is the new leader among reachable nodes (more leaders may exist)'),
    t(0.1, (r) => `${akcl(r).pre}Starting up, Akka version [${r.pick(['2.8.5', '2.9.3'])}] ...`),
    t(0.1, (r) => `${akcl(r).pre}Started up successfully`),
    t(0.1, (r) => `${akcl(r).pre}Exiting completed`),
    t(0.1, (r) => { const n = aknode(r); return `${ak(r, 'INFO', 'akka.remote.artery.tcp.ArteryTcpTransport', akt(r, 'internal-dispatcher'), `ArteryTcpTransport(${n})`)}Remoting started with transport [Artery tcp]; listening on address [${n}] with UID [${r.next() < 0.5 ? '-' : ''}${r.int(1e15, 9e15)}]`; }),
    t(1, (r) => { const n = aknode(r); const o = akother(r, n); return `${ak(r, 'WARN', 'akka.remote.artery.Association', akt(r, 'internal-dispatcher'), `Association(${n})`)}Outbound control stream to [${o}] failed. Restarting it. akka.remote.artery.OutboundHandshake$HandshakeTimeoutException: Handshake with [${o}] did not complete within 20000 ms`; }),
    t(0.2, (r) => { const n = aknode(r); const o = akother(r, n); return `${ak(r, 'WARN', 'akka.remote.artery.Association', akt(r, 'internal-dispatcher'), `Association(${n})`)}Association to [${o}] with UID [${r.int(1e15, 9e15)}] is irrecoverably failed. UID is now quarantined and all messages to this UID will be delivered to dead letters. Remote ActorSystem must be restarted to recover from this situation. Reason: ${r.pick(['ActorSystem terminated', 'Cluster member removed, previous status [Down]', 'Downed'])}`; }),
    t(4, (r) => { const dst = r.pick(['/system/sharding/order/12/', '/user/cart-manager/', '/system/sharding/inventory/3/', '/temp/']) + (r.next() < 0.5 ? akorder(r) : `$${r.alnum(2)}`); const src = r.next() < 0.4 ? 'Actor[akka://ShopSystem/deadLetters]' : akref(r, r.pick(['/user/http-server', '/user/payment-gateway', '/system/sharding/order/7/' + akorder(r)])); const to = akref(r, dst); return `${ak(r, 'INFO', 'akka.actor.LocalActorRef', akt(r), `akka://${AKSYS}${dst}`)}Message [${r.pick(AKMSG)}] from ${src} to ${to} was not delivered. [${r.int(1, 10)}] dead letters encountered${r.next() < 0.2 ? ', no more dead letters will be logged in next [5.000 min]' : ''}. If this is not an expected behavior then ${to} may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'.`; }),
    t(0.2, (r) => { const { self, pre } = akcl(r, 'WARN', 'akka.cluster.sbr.SplitBrainResolver'); const o = akother(r, self); return `${pre.replace(`Cluster Node [${self}] - `, '')}SBR took decision DownUnreachable and is downing [${o}], including myself [false], [1] unreachable of [${r.int(3, 5)}] members, all members in DC [${AKNODES.slice(0, r.int(3, 5)).map((a) => `Member(${a}, Up)`).join(', ')}], full reachability status: [${self} -> ${o}: Unreachable [Unreachable] (1)]`; }),
    t(2, (r) => { const ty = r.pick(['order', 'order', 'cart', 'inventory']); return `${ak(r, 'INFO', 'akka.cluster.sharding.ShardRegion', akt(r), `akka://${AKSYS}/system/sharding/${ty}`)}${ty}: Starting shard [${r.int(0, 99)}] in region`; }),
    t(0.4, (r) => { const n = aknode(r); const ty = r.pick(['order', 'cart', 'inventory']); return `${ak(r, 'INFO', 'akka.cluster.sharding.DDataShardCoordinator', akt(r), `akka://${AKSYS}/system/sharding/${ty}Coordinator/singleton/coordinator`)}${ty}: ShardRegion registered: [Actor[${n}/system/sharding/${ty}#${r.int(100000000, 2147483647)}]]`; }),
    t(10, (r) => { const o = akorder(r); return `${ak(r, 'INFO', 'com.example.shop.OrderEntity', akt(r), `akka://${AKSYS}/system/sharding/order/${r.int(0, 99)}/${o}`)}Order ${o} confirmed, total ${r.float(3, 900, 2)} ${r.pick(['EUR', 'EUR', 'GBP', 'USD'])}`; }),
    t(8, (r) => { const c = `cart-${r.alnum(8)}`; return `${ak(r, 'INFO', 'com.example.shop.CartActor', akt(r), `akka://${AKSYS}/system/sharding/cart/${r.int(0, 99)}/${c}`)}Cart ${c}: added ${r.int(1, 5)} x ${r.pick(AKSKU)}`; }),
    t(2, (r) => `${ak(r, 'WARN', 'com.example.shop.PaymentGateway', akt(r), `akka://${AKSYS}/user/payment-gateway`)}Payment provider call failed for order ${akorder(r)}, retrying in ${r.pick([200, 400, 800, 1600])} ms (attempt ${r.int(1, 4)}/5)`),
    t(0.8, (r) => `${ak(r, 'ERROR', 'akka.actor.OneForOneStrategy', akt(r), `akka://${AKSYS}/user/${r.pick(['inventory-sync', 'payment-gateway', 'http-server/order-api'])}`)}${r.pick([`Inventory reservation timed out for ${r.pick(AKSKU)}`, 'Ask timed out on [Actor[akka://ShopSystem/system/sharding/inventory#-88121]] after [3000 ms]. Message of type [com.example.shop.InventoryActor$Reserve]. A typical reason for `AskTimeoutException` is that the recipient actor didn\'t send a reply.', 'null', 'Connection refused: /10.0.2.40:5432'])}`),
    t(0.1, (r) => `${ak(r, 'INFO', 'com.example.shop.Main', akt(r), `akka://${AKSYS}/user`)}Server online at http://${lan(r, '10.0')}:8080/`),
    t(0.1, (r) => `${ak(r, 'INFO', 'akka.actor.CoordinatedShutdown', akt(r), `CoordinatedShutdown(akka://${AKSYS})`)}Running CoordinatedShutdown with reason [${r.pick(['ClusterDowningReason$', 'JvmExitReason$', 'ActorSystemTerminateReason$'])}]`),
    t(0.1, (r) => `${ak(r, 'INFO', 'akka.event.slf4j.Slf4jLogger', akt(r), `akka://${AKSYS}/system/log1-Slf4jLogger`)}Slf4jLogger started`),
  ] },
  { name: 'privoxy', templates: [
    t(20, (r) => `${pv(r, 'Request')}${pvurl(r)}`),
    t(8, (r) => `${pv(r, 'Crunch')}Blocked: ${r.pick(PVADS)}${pick(r, PVADPATHS)}`),
    t(0.5, (r) => `${pv(r, 'Crunch')}CGI Call: config.privoxy.org/${r.pick(['', 'show-status', 'show-url-info?url=' + r.pick(PVHOSTS), 'toggle?set=disable', 'user-manual/'])}`),
    t(0.8, (r) => `${pv(r, 'Crunch')}Connection failure: http://${pvurl(r)}`),
    t(0.5, (r) => `${pv(r, 'Crunch')}DNS failure: http://${r.pick(['intranet.local', 'wpad', 'nonexistent.example', 'printer.home'])}/${r.pick(['', 'wpad.dat', 'index.html'])}`),
    t(0.4, (r) => `${pv(r, 'Crunch')}Redirected: http://${r.pick(['www.google.com/url?q=', 'l.facebook.com/l.php?u='])}https%3A%2F%2F${pvurl(r).replace(/\//g, '%2F')}`),
    t(8, (r) => `${pv(r, 'Connect')}Accepted connection from ${pvclient(r)} on socket ${pvsock(r)}`),
    t(6, (r) => `${pv(r, 'Connect')}Closing client socket ${pvsock(r)}. Keep-alive: ${r.next() < 0.7 ? 1 : 0}. Socket alive: ${r.next() < 0.6 ? 1 : 0}. Data available: 0. Configuration file change detected: 0. Requests received: ${r.int(1, 40)}.`),
    t(3, (r) => `${pv(r, 'Connect')}Reusing server socket ${pvsock(r)} connected to ${r.pick(PVHOSTS)}. Total requests: ${r.int(2, 90)}.`),
    t(2, (r) => `${pv(r, 'Connect')}Waiting for the next client request on socket ${pvsock(r)}. Keeping the server socket ${pvsock(r)} to ${r.pick(PVHOSTS)} open.`),
    t(2, (r) => `${pv(r, 'Connect')}Client request ${r.int(2, 40)} arrived in time on socket ${pvsock(r)}.`),
    t(1, (r) => `${pv(r, 'Connect')}The client closed socket ${pvsock(r)} while the server socket ${pvsock(r)} is still open.`),
    t(1, (r) => { const s = r.int(800, 900000); return `${pv(r, 'Re-Filter')}filtering ${pvurl(r)} (size ${s}) with '${r.pick(['js-annoyances', 'html-annoyances', 'webbugs', 'banners-by-size', 'refresh-tags'])}' produced ${r.int(1, 40)} hits (new size ${s - r.int(0, 700)}).`; }),
    t(0.5, (r) => `${pv(r, 'Header')}Crunching server header: Set-Cookie: ${r.pick(['_ga', 'IDE', 'fr', '__utma', 'NID'])}=${b64(r, r.int(12, 60))}; ${r.pick(['path=/; domain=.doubleclick.net; Secure', 'Max-Age=31536000; Path=/', 'expires=Tue, 07-Dec-2027 10:11:12 GMT; path=/; domain=.example.com'])}`),
    t(0.5, (r) => `${pv(r, 'Error')}connect to: ${r.pick(PVHOSTS)} failed: ${r.pick(['Connection refused', 'Connection timed out', 'Network is unreachable'])}`),
    t(0.3, (r) => `${pv(r, 'Error')}Empty server or forwarder response received on socket ${pvsock(r)}.`),
    t(0.1, (r) => `${pv(r, 'Info')}Loading filter file: /etc/privoxy/${r.pick(['default.filter', 'user.filter'])}`),
    t(0.1, (r) => `${pv(r, 'Info')}Loading actions file: /etc/privoxy/${r.pick(['match-all.action', 'default.action', 'user.action'])}`),
    t(0.05, (r) => `${pv(r, 'Info')}Privoxy version ${r.pick(['3.0.34', '4.0.0'])}`),
    t(0.05, (r) => `${pv(r, 'Info')}Listening on port 8118 on IP address ${r.next() < 0.6 ? '127.0.0.1' : '192.168.1.2'}`),
  ] },
];

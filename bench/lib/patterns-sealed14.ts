// Fourteenth sealed evaluation corpus for the template miner: written on 2026-12-07, before any
// miner change of the round after sealed13, by a helper that had read neither the miner
// (src/patterns/) nor any per-system score of the other sets, nor README's template results, and
// ran no `git log` or `git show` (the worktree was made with `git worktree add -q`, which printed
// nothing). It is meant to be scored like sealed5 to sealed13 (average and minimum only until a
// round ends, per system only at the end of that round). The lines are written from knowledge of
// the formats, not copied, with the variable parts drawn from the seeded RNG. Scored once, after
// it was written and before any miner change of its round (bench:patterns --lines 20000 --orders 5
// --sealed14-summary; src/patterns as at the worktree's HEAD commit 57b444d, nothing uncommitted
// under src/): average 0.735, minimum 0.040. Only the set's summary line was read (the run's
// output was filtered to the line naming this set). Nothing here was changed after it but this
// note.
// Formats in none of the other sets (checked against the system names in every
// bench/lib/patterns-*.ts and by grepping bench/lib for each product and for a telltale string of
// each format: `qmail`, `tcpserver`, `starting delivery`, `authelia`, `firstfactor`, `teamcity`,
// `jetbrains`, `tekton`, `knative`, `scrapy`, `Crawled (`, `qdrant`, `kuma`, `fluentd`,
// `retry_times`, `roundcube`, `rcube`, `emqx`, `tinyproxy`, `file descriptor`, `scylla`,
// `seastar`, `sonicwall`, `id=firewall`, `Billed Duration`, `INIT_START`, `factorio`,
// `ServerMultiplayer`, `LOG[`, `execmgr`; an actix-web access line through env_logger is in
// sealed9, Qdrant's come through tracing's fmt with its own targets; Lambda appears elsewhere
// only inside CloudTrail records): qmail (qmail-send and tcpserver / rblsmtpd in front of
// qmail-smtpd, each under daemontools' multilog with TAI64N stamps, read as one stream), Authelia
// (Go, logrus text), a TeamCity server's teamcity-server.log (log4j, `%6p - %30.30c - %m`, the
// category right-aligned and cut from the left), the Tekton Pipelines controller (knative's zap
// JSON with `severity`/`timestamp`/`message` keys), Scrapy (Python logging, with the item repr
// Scrapy prints on the line after `Scraped from`), Qdrant (Rust, tracing-subscriber's fmt),
// Uptime Kuma (Node, its own `[MODULE] LEVEL:` console format), Fluentd (Ruby, `[level]: #worker`
// with key=value tails), Roundcube's errors.log and userlogins.log, EMQX 5 (Erlang, its text
// formatter's `key: value, ...` lists), Tinyproxy (fixed columns), ScyllaDB (Seastar's logger with
// `[shard N:group]`), SonicWall SonicOS syslog (key=value), AWS Lambda's CloudWatch log lines
// (platform START / END / REPORT / INIT_START / EXTENSION / XRAY lines, the Node.js and Python
// runtimes' console lines, Powertools JSON, Python tracebacks, several functions' streams read
// together), a Factorio headless server's console log (uptime-stamped engine lines and
// date-stamped game events) and Configuration Manager client logs in CMTrace's
// `<![LOG[...]LOG]!><time=... component=...>` format.
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed13: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - One statement, values in its wording, is one event: qmail's `starting delivery N: msg N to
//   local X` / `to remote X` (the channel is a value), `status: local a/b remote c/d`; Authelia's
//   `Check authorization of subject username=... groups=... ip=... and object URL (method GET).`
//   (the username and groups may be empty for an anonymous subject) and `Log severity set to X`;
//   TeamCity's `Build finished: ..., status: SUCCESS|FAILURE`; Tekton's `PipelineRun X status is
//   being set to &{Succeeded <status>  {<time>} <reason> Tasks Completed: ...}` and its event
//   recorder's `type: 'Normal' reason: 'Running' Tasks Completed: ...` (type and reason values);
//   Scrapy's `Crawled (<status>)`, `Redirecting (<status>) to`, `Closing spider (<reason>)`;
//   Qdrant's `Telemetry reporting enabled|disabled, id:`; Uptime Kuma's `Listening on <port>`;
//   Factorio's `changing state from(A) to(B)` and `oldState(A) newState(B)`; ConfigMgr's
//   `state change from A to B`, `DTSJob {..} in state 'X'.`, `Update (...) Progress: Status =
//   <ciState>, ...` and `Program exit code N`; EMQX's `Listener <type:name> on <addr> started.`;
//   ScyllaDB's `status = NORMAL|shutdown`.
// - Separate statements are separate events even where their wording differs by one word:
//   qmail's `delivery N: success:` / `deferral:` / `failure:` (the report after it, in qmail's
//   underscore-joined form, is one variable of one token), `new msg` / `info msg` / `end msg` /
//   `bounce msg`, tcpserver's `status:` / `pid` / `ok` / `end` / `deny`; ScyllaDB's `is now UP` /
//   `is now DOWN`, `Compacting` / `Compacted`, `Writing large partition` / `Writing large row`;
//   Authelia's `Successful` / `Unsuccessful` 1FA and TOTP attempts, the 1FA failure with `and they
//   are banned until ...` (another statement), 401-with-redirect / 403 access lines; Qdrant's
//   `Recovering` / `Recovered collection`; Uptime Kuma's `Failing:` / `Pending:` / `Successful
//   Response:`, `Pause` / `Resume Monitor`; Fluentd's worker `is now running` / `is now stopping`,
//   `failed to flush the buffer` / `retry succeeded`; Roundcube's `Successful login` / `Failed
//   login`; Scrapy's `Retrying` (DEBUG) / `Gave up retrying` (ERROR), `Spider opened` / `Closing
//   spider` / `Spider closed`, `Spider error processing` / `Error downloading`; Tinyproxy's
//   `readbuff: recv()` / `writebuff: write()` errors; Factorio's [JOIN] / [LEAVE] / [CHAT] /
//   [COMMAND] / [KICK] / [BAN]; ConfigMgr's `Requesting content` / `Location update` / `Download
//   completed`, `DTSJob ... in state` / `successfully completed download`, `[CCMHTTP] ERROR:` /
//   `[CCMHTTP] ERROR INFO:`; Lambda's START / END / REPORT / XRAY / INIT_START / EXTENSION, and
//   `Traceback (most recent call last):` and the `  File "...", line N, in f` lines are events of
//   their own. SonicWall's events are `m=<id> msg="<text>"` together (the `c=`, `gcat=` and `pri=`
//   that go with an id are constant per event, the PRI header follows pri); `IPS Detection Alert:
//   <signature>` / `IPS Prevention Alert: <signature>` are two events with the signature a value
//   (as ModSecurity's rule message was in sealed13), as are `Responder from country blocked:` /
//   `Initiator from country blocked:` with their IP and country.
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event. Qdrant's actix access lines are four events (POST, PUT, GET, DELETE; path, status,
//   size, referer, user agent and latency variables); Tinyproxy's `Request (file descriptor N):
//   CONNECT|GET|POST ...` three. Scrapy's `<GET url>` is always GET here and inside its message.
//   Tinyproxy's `process_request: trans Host` is one statement (`trans IP` is another, not
//   generated).
// - Levels, loggers, components and prefixes are part of the event: Fluentd's `[level]` and the
//   `[out_es]` plugin id, Scrapy's `[logger] LEVEL`, Qdrant's level and tracing target,
//   TeamCity's level and (cut) category, Uptime Kuma's `[MODULE] LEVEL`, ScyllaDB's level and
//   logger name, Factorio's level and `File.cpp:line`, EMQX's `[level]` and `tag:` (AUTHZ /
//   AUTHN), Tinyproxy's level column, Tekton's `severity`, `logger` and `caller`, CMTrace's
//   `component` and `type`, Lambda's `INFO` / `WARN` / `ERROR` / `[INFO]` / `[ERROR]`. Values:
//   Fluentd's `#worker`, ScyllaDB's shard number and scheduling group (`comp`, `main`,
//   `statement`, `sl:default`, `strm`), Roundcube's `<session>` prefix, CMTrace's time, date,
//   thread, context and file, Tekton's `commit`, `knative.dev/*` fields, `duration`, `error`,
//   `targetMethod`, Lambda's request ids, times and the Node runtime's `Invoke Error` JSON, the
//   Python `[ERROR] <Exception>: <text>` (one event: the exception class and its text are values),
//   Powertools' JSON values (message included: a JSON line is labelled by its key set and level,
//   so its three messages are one event), Scrapy's item repr (one event; its keys are fixed per
//   spider item, but the two item shapes are two spiders' items of one pipeline and labelled as one
//   event: a dict repr of values), the TAI64N stamp and multilog's single line per record.
// - EMQX lines are labelled by `msg:` with their key set; every value after a key is a variable,
//   including Erlang terms (`{shutdown,keepalive_timeout}`, `<<"...">>`, lists of binaries of
//   varying length, `input_bytes: <<81,84,...>>`). `alarm_is_activated` / `alarm_is_deactivated`
//   are two events; the alarm `message` and `name` are values.
// - Free text inside a fixed frame is a variable of varying length: qmail's delivery reports,
//   Uptime Kuma's error after `Failing:` / `Pending:` (a keyword monitor's HTML snippet, an axios
//   message), Fluentd's `error=` and `pattern not matched:` data, Roundcube's plugin file, SQL
//   query and request line after the `in <file> on line N (...)`, TeamCity's VcsException text and
//   unregister reason, Tekton's condition struct inside `Successfully reconciled taskrun ... with
//   status: &apis.Condition{...}`, ScyllaDB's exception text and repair options, SonicWall's
//   `note="..."`, `Category="..."`, `rule="..."` and `usr="..."`, the Factorio chat text and kick
//   reason, the command line in ConfigMgr's `Running "..." with 32bitLauncher|64bitLauncher` (the
//   launcher a value), its policy id and distribution point attributes.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, ymd, ms3, usec, skew, port, some, pick, lan, epoch, hexUp, PEOPLE } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const FIXED = new Rng(20261414);
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A day in the corpus's window (as ymd draws it). */
const day = (r: Rng) => { const m = r.next() < 0.8 ? 12 : 11; const d = r.int(1, 28); return { m, d, mon: MONS[m - 1] }; };
const trimz = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
const guid = (r: Rng) => `{${r.uuid().toUpperCase()}}`;

// qmail (qmail-send and tcpserver/qmail-smtpd under daemontools' multilog, TAI64N stamps)
const tai = (r: Rng) => `@40000000${(epoch(r) + 10).toString(16).padStart(8, '0')}${r.hex(8)} `;
const QDOM = ['example.com', 'example.com', 'shop.example.com', 'lists.example.org'];
const QLOCAL = ['alice', 'bob', 'orders', 'noreply', 'postmaster', 'hana', 'support', 'billing'];
const QREMOTE = ['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'web.de', 'gmx.net', 'example.net', 'protonmail.com', 'icloud.com'];
const qrcpt = (r: Rng) => `${r.pick([...PEOPLE, 'info', 'j.smith', 'maria.garcia', 'k.tanaka'])}${r.next() < 0.3 ? r.int(1, 99) : ''}@${skew(r, QREMOTE, 0.35)}`;
const qlocal = (r: Rng) => `${r.pick(QLOCAL)}@${skew(r, QDOM, 0.5)}`;
const qmsg = (r: Rng) => r.int(390000, 9400000);
const qdel = (r: Rng) => r.int(1, 99999);
const qmx = (r: Rng) => `${r.int(64, 216)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const QSUCCESS = [
  (r: Rng) => `${qmx(r)}_accepted_message./Remote_host_said:_250_2.0.0_OK__${epoch(r)}_${r.alnum(2)}${r.int(1, 9)}si${r.int(1000000, 9999999)}${r.alnum(3)}.${r.int(10, 999)}_-_gsmtp/`,
  (r: Rng) => `${qmx(r)}_accepted_message./Remote_host_said:_250_2.6.0_<${r.hex(16)}@${r.pick(QDOM)}>_[InternalId=${r.int(1e12, 9e12)},_Hostname=${r.alnum(2).toUpperCase()}${r.int(1, 9)}PR${d2(r.int(1, 99))}MB${r.int(1000, 9999)}.eurprd${d2(r.int(1, 9))}.prod.outlook.com]_Queued_mail_for_delivery/`,
  (r: Rng) => `${qmx(r)}_accepted_message./Remote_host_said:_250_Requested_mail_action_okay,_completed:_id=${r.alnum(8)}-${r.alnum(10)}/`,
  (r: Rng) => `${qmx(r)}_accepted_message./Remote_host_said:_250_ok_dirdel/`,
];
const QDEFER = [
  () => "Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/",
  (r: Rng) => `Connected_to_${qmx(r)}_but_connection_died._(#4.4.2)/`,
  (r: Rng) => `Connected_to_${qmx(r)}_but_greeting_failed./Remote_host_said:_421_4.7.0_Try_again_later,_closing_connection./`,
  (r: Rng) => `${qmx(r)}_does_not_like_recipient./Remote_host_said:_450_4.2.1_The_user_you_are_trying_to_contact_is_receiving_mail_too_quickly./Giving_up_on_${qmx(r)}./`,
  () => 'CNAME_lookup_failed_temporarily._(#4.4.3)/',
  () => 'Unable_to_switch_to_/home/alice:_file_does_not_exist._(#4.3.0)/',
];
const QFAIL = [
  () => 'Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/',
  (r: Rng) => { const ip = qmx(r); return `${ip}_does_not_like_recipient./Remote_host_said:_550_5.1.1_<${qrcpt(r)}>:_Recipient_address_rejected:_User_unknown_in_virtual_mailbox_table/Giving_up_on_${ip}./`; },
  (r: Rng) => { const ip = qmx(r); return `${ip}_does_not_like_recipient./Remote_host_said:_552_5.2.2_The_email_account_that_you_tried_to_reach_is_over_quota./Giving_up_on_${ip}./`; },
  () => "Sorry,_I_couldn't_find_any_host_named_exmaple.com._(#5.1.2)/",
];
const QSMTP = 'mail.example.com:203.0.113.10:25';
const qpeer = (r: Rng) => { const ip = r.ip(); const name = r.next() < 0.55 ? r.pick(['mail-', 'mx', 'out-', 'smtp']) + `${r.int(1, 40)}.${r.pick(['google.com', 'outlook.com', 'mailgun.net', 'sendgrid.net', 'amazonses.com'])}` : ''; return { ip, name }; };

// Authelia (logrus text)
const au = (r: Rng, lvl: string, msg: string, tail = '') => { const { m, d } = day(r); return `time="2026-${d2(m)}-${d2(d)}T${hms(r)}Z" level=${lvl} msg=${JSON.stringify(msg)}${tail}`; };
const AUUSERS = ['alice', 'alice', 'bob', 'hana', 'dmitri', 'emeka', 'jules'];
const AUBAD = ['admin', 'root', 'test', 'administrator', 'alice', 'bob', 'user'];
const AUSITES = ['https://grafana.example.com/', 'https://grafana.example.com/d/node-exporter-full', 'https://git.example.com/', 'https://nextcloud.example.com/apps/files/', 'https://prometheus.example.com/graph', 'https://home.example.com/', 'https://portainer.example.com/#!/home', 'https://jellyfin.example.com/web/index.html'];
const auip = (r: Rng) => (r.next() < 0.6 ? `192.168.1.${r.int(2, 60)}` : r.ip());
const aureq = (r: Rng, m: string, path: string, ip = auip(r)) => ` method=${m} path=${path} remote_ip=${ip}`;
const AUGROUPS = ['admins', 'admins,dev', 'dev', 'family', 'admins,family,media'];

// TeamCity server (teamcity-server.log: `[%d] %6p - %30.30c - %m`)
const tcc = (c: string) => (c.length > 30 ? c.slice(-30) : c.padStart(30));
const tc = (r: Rng, lvl: string, cat: string) => `[${ymd(r)} ${hms(r)},${ms3(r)}] ${lvl.padStart(6)} - ${tcc(cat)} - `;
const TCBT: [string, string, number][] = [['Shop_Backend_Build', 'Shop / Backend / Build', 12], ['Shop_Backend_Build', 'Shop / Backend / Build', 12], ['Shop_Backend_Test', 'Shop / Backend / Integration Tests', 13], ['Shop_Frontend_Build', 'Shop / Frontend / Build', 21], ['Shop_DeployStaging', 'Shop / Deploy to Staging', 30], ['Infra_Terraform_Plan', 'Infrastructure / Terraform Plan', 44], ['MobileApp_Android_Release', 'Mobile App / Android / Release Build', 51]];
const TCAGENTS = ['agent-linux-01', 'agent-linux-02', 'agent-linux-03', 'agent-linux-04', 'agent-win-01', 'mac-mini-m2-01'];
const tcagent = (r: Rng) => { const i = r.int(0, TCAGENTS.length - 1); return { name: TCAGENTS[i], id: i + 1, host: `10.0.5.${20 + i}` }; };
const tcbuild = (r: Rng) => { const [id] = r.pick(TCBT); return `Build #${r.int(100, 4000)} {build id=${r.int(100000, 300000)}, buildTypeId=${id}}`; };
const TCROOTS: [string, number, string, string][] = [['Shop Backend', 45, 'Shop_Backend_HttpsGithubComShopBackendRefsHeadsMain', 'https://github.com/shop/backend.git#refs/heads/main'], ['Shop Frontend', 46, 'Shop_Frontend_HttpsGithubComShopFrontendRefsHeadsMain', 'https://github.com/shop/frontend.git#refs/heads/main'], ['infra', 51, 'Infra_GitExampleComInfraGit', 'ssh://git@git.example.com:7999/ops/infra.git#refs/heads/master'], ['Mobile App (Android)', 60, 'MobileApp_Android_GitRoot', 'https://github.com/shop/android-app.git#refs/heads/develop']];
const tcroot = (r: Rng) => { const [n, i, p, d] = skew(r, TCROOTS, 0.4); return `"${n}" {instance id=${i}, parent internal id=${i - 30}, parent id=${p}, description: "${d}"}`; };
const tcdur = (r: Rng) => { const s = r.int(5, 3600); return s >= 60 ? `${Math.floor(s / 60)}m ${s % 60}s` : `${s}s`; };

// Tekton Pipelines controller (knative's zap JSON)
const TKCOMMIT = FIXED.hex(7);
const tkts = (r: Rng) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z`;
const TKPIPES = ['build-and-push', 'build-and-push', 'shop-api-ci', 'shop-web-ci', 'deploy-staging', 'nightly-e2e'];
const TKTASKS = ['git-clone', 'unit-tests', 'lint', 'kaniko-build', 'trivy-scan', 'helm-upgrade', 'e2e-tests'];
const TKNS = ['ci', 'ci', 'shop-ci', 'platform-ci'];
const tkpr = (r: Rng) => `${r.pick(TKPIPES)}-run-${r.alnum(5)}`;
const tk = (r: Rng, sev: string, caller: string, msg: string, kind: 'PipelineRun' | 'TaskRun' | null, key: string | null, extra: Record<string, unknown> = {}) => {
  const o: Record<string, unknown> = { severity: sev, timestamp: tkts(r), logger: 'tekton-pipelines-controller', caller, message: msg, commit: TKCOMMIT };
  if (kind) {
    o['knative.dev/controller'] = `github.com.tektoncd.pipeline.pkg.reconciler.${kind.toLowerCase()}.Reconciler`;
    o['knative.dev/kind'] = `tekton.dev.${kind}`;
    if (key !== null) { o['knative.dev/traceid'] = r.uuid(); o['knative.dev/key'] = key; }
  }
  return JSON.stringify({ ...o, ...extra });
};
const TKERR = [
  (r: Rng) => { const p = `${tkpr(r)}-${r.pick(['kaniko-build', 'e2e-tests', 'unit-tests'])}-pod`; return `failed to create task run pod "${p}": pods "${p}" is forbidden: exceeded quota: ci-quota, requested: limits.memory=4Gi, used: limits.memory=30Gi, limited: limits.memory=32Gi. Maybe missing or invalid Task ci/kaniko-build`; },
  () => 'Operation cannot be fulfilled on pipelineruns.tekton.dev "build-and-push-run-x7k2p": the object has been modified; please apply your changes to the latest version and try again',
  (r: Rng) => `1 error occurred:\n\t* error resolving pipeline: resolver failed to get Pipeline ${r.pick(TKPIPES)}: error requesting remote resource: error getting "bundleresolver" "ci/bundles-${r.hex(32)}": cannot retrieve the oci image: GET https://registry.example.com/v2/tekton/pipelines/manifests/1.4: MANIFEST_UNKNOWN: manifest unknown`,
];
const MONFULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A Go %#v apis.Condition for a TaskRun at a draw of the corpus's window. */
const tkcond = (r: Rng) => {
  const { m, d } = day(r);
  const at = `apis.VolatileTime{Inner:v1.Time{Time:time.Date(2026, time.${MONFULL[m - 1]}, ${d}, ${r.int(0, 23)}, ${r.int(0, 59)}, ${r.int(0, 59)}, 0, time.UTC)}}`;
  const [st, reason, msg] = r.pick([['Unknown', 'Running', 'Not all Steps in the Task have finished executing'], ['Unknown', 'Running', 'Not all Steps in the Task have finished executing'], ['Unknown', 'Pending', 'Pending'], ['True', 'Succeeded', 'All Steps have completed executing'], ['True', 'Succeeded', 'All Steps have completed executing'], ['False', 'Failed', '\\"step-build\\" exited with code 1']]);
  return `&apis.Condition{Type:"Succeeded", Status:"${st}", Severity:"", LastTransitionTime:${at}, Reason:"${reason}", Message:"${msg}"}`;
};

// Scrapy (Python logging: `%(asctime)s [%(name)s] %(levelname)s: %(message)s`)
const sc = (r: Rng, name: string, lvl: string) => `${ymd(r)} ${hms(r)} [${name}] ${lvl}: `;
const SCSITES = ['https://www.bootshop.example', 'https://www.bootshop.example', 'https://shop.outdoorgear.example', 'https://books.toscrape.com', 'https://www.preisvergleich.example.de'];
const SCPATHS = [
  (r: Rng) => `/catalogue/category/${r.pick(['boots', 'jackets', 'tents', 'books_1', 'mystery_3', 'travel_2'])}/page-${r.int(1, 50)}.html`,
  (r: Rng) => `/product/${r.pick(['trail-runner', 'alpine-pro', 'rain-shell', 'down-parka', 'light-my-fire', 'sapiens'])}-${r.int(100, 99999)}`,
  (r: Rng) => `/p/${r.int(1000000, 9999999)}?variant=${r.int(1, 40)}`,
  (r: Rng) => `/search?q=${r.pick(['winter+boots', 'tent', 'gore-tex', 'sleeping%20bag'])}&page=${r.int(1, 20)}`,
  () => '/', () => '/robots.txt', (r: Rng) => `/sitemap-products-${r.int(1, 9)}.xml`,
];
const scurl = (r: Rng) => `${skew(r, SCSITES, 0.4)}${pick(r, SCPATHS)}`;
const scref = (r: Rng) => (r.next() < 0.1 ? 'None' : scurl(r));
const SCOFF = ['www.facebook.com', 'twitter.com', 'www.instagram.com', 'www.youtube.com', 'cdn.shopify.com', 'www.trustpilot.com', 'wa.me'];
const SCHTTP = ['503 Service Unavailable', '503 Service Unavailable', '502 Bad Gateway', '429 Unknown Status', '504 Gateway Time-out', '500 Internal Server Error', "[<twisted.python.failure.Failure twisted.internet.error.ConnectionLost: Connection to the other side was lost in a non-clean fashion: Connection lost.>]", 'TCP connection timed out: 110: Connection timed out.', 'User timeout caused connection failure: Getting https://shop.outdoorgear.example/p/1234567 took longer than 180.0 seconds..'];
const SCBOT = 'pricewatch';
const scitem = (r: Rng) => {
  const x = r.next();
  if (x < 0.6) return `{'name': '${r.pick(['Trail Runner GTX', 'Alpine Pro 2', "Men's Rain Shell", 'Down Parka (Women)', 'Light My Fire Spork', 'Sapiens: A Brief History of Humankind'])}', 'price': ${r.float(3, 600, 2)}, 'currency': '${r.pick(['EUR', 'EUR', 'GBP', 'USD'])}', 'in_stock': ${r.next() < 0.8 ? 'True' : 'False'}, 'url': '${scurl(r)}'}`;
  return `{'title': '${r.pick(['A Light in the Attic', 'Tipping the Velvet', 'Soumission', 'Sharp Objects', 'The Requiem Red'])}', 'price': '£${r.float(10, 60, 2)}', 'availability': 'In stock (${r.int(1, 22)} available)', 'rating': '${r.pick(['One', 'Two', 'Three', 'Four', 'Five'])}', 'upc': '${r.hex(16)}'}`;
};

// Qdrant (Rust, tracing-subscriber's default fmt)
const qd = (r: Rng, lvl: string, target: string) => `${ymd(r)}T${hms(r)}.${usec(r)}Z ${lvl.padStart(5)} ${target}: `;
const QDCOLL = ['products', 'products', 'docs_chunks', 'support_tickets', 'images_clip', 'user_memories'];
const QDUA = ['python-client/1.12.1 python/3.11.9', 'python-client/1.12.1 python/3.11.9', 'qdrant-js/1.12.0', 'langchain-qdrant', 'curl/8.5.0', 'Go-http-client/1.1', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'];
const qdacc = (r: Rng, m: string, path: string, st: number, size: number) => `${r.next() < 0.8 ? `10.42.${r.int(0, 3)}.${r.int(2, 250)}` : '127.0.0.1'} "${m} ${path} HTTP/1.1" ${st} ${size} "${r.next() < 0.9 ? '-' : 'http://localhost:6333/dashboard'}" "${skew(r, QDUA, 0.4)}" ${r.float(0.0002, 0.9, 6)}`;

// Uptime Kuma (Node, its own console format)
const uk = (r: Rng, mod: string, lvl: string) => { const { m, d } = day(r); return `${2026}-${d2(m)}-${d2(d)}T${hms(r)}${r.next() < 0.7 ? '+00:00' : '+01:00'} [${mod}] ${lvl}: `; };
const UKMON: [number, string, string][] = [[1, 'Shop API', 'http'], [2, 'Shop Web', 'http'], [3, 'Postgres', 'port'], [4, 'Gateway', 'ping'], [5, 'Nextcloud', 'keyword'], [6, 'DNS (example.com)', 'dns'], [7, "Hana's Blog", 'http'], [9, 'MQTT broker', 'port'], [12, 'Jellyfin', 'http'], [14, 'Backup heartbeat', 'push']];
const ukmon = (r: Rng) => { const [id, n, ty] = r.pick(UKMON); return { id, n, ty, head: `Monitor #${id} '${n}'` }; };
const ukerr = (r: Rng, ty: string) => {
  if (ty === 'port') return r.pick(['Connection failed', 'connect ECONNREFUSED 10.0.2.15:5432', 'timeout']);
  if (ty === 'ping') return r.pick(['1 packets transmitted, 0 received, 100% packet loss, time 0ms', 'Timeout']);
  if (ty === 'keyword') return `but keyword is not in [<!DOCTYPE html><html class="ng-csp" data-placeholder-focus="false" lang="en" data-locale="en" ><head data-requesttoken="${r.alnum(20)}">...]`;
  if (ty === 'dns') return 'queryA ETIMEOUT example.com';
  if (ty === 'push') return 'No heartbeat in the time window';
  return r.pick(['timeout of 48000ms exceeded', 'Request failed with status code 502', 'Request failed with status code 503', 'connect ECONNREFUSED 10.0.2.11:8080', 'getaddrinfo ENOTFOUND shop.example.com', 'read ECONNRESET', "Hostname/IP does not match certificate's altnames: Host: blog.example.com. is not in the cert's altnames: DNS:example.com", 'certificate has expired']);
};
const ukint = (r: Rng) => r.pick([20, 60, 60, 60, 300]);

// Fluentd (Ruby; `time [level]: #worker message key=value...`)
const fd = (r: Rng, lvl: string, worker: boolean | number = true, plugin = '') => `${ymd(r)} ${hms(r)} +0000 [${lvl}]: ${worker !== false ? `#${typeof worker === 'number' ? worker : r.next() < 0.8 ? 0 : r.int(1, 3)} ` : ''}${plugin ? `[${plugin}] ` : ''}`;
const FDPODS = ['shop-api-7d9f8c6b5-x2kqj_shop_api', 'shop-web-5c8d7f9b4-mm8tz_shop_web', 'ingress-nginx-controller-6b8c5f4d9-qq7rd_ingress-nginx_controller', 'coredns-76f75df574-8xk2p_kube-system_coredns', 'shop-worker-84d6b9c7f-lz9wn_shop_worker', 'loki-0_monitoring_loki'];
const fdlog = (r: Rng) => `/var/log/containers/${r.pick(FDPODS)}-${r.hex(64)}.log`;
const fdchunk = (r: Rng) => `6${r.hex(31)}`;
const FDPLUG = ['out_es', 'out_es', 'out_s3_archive', 'out_loki', 'in_tail_container_logs'];
const FDERR: [string, string][] = [
  ['Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure', 'could not push logs to Elasticsearch cluster ({:host=>\\"elasticsearch-master\\", :port=>9200, :scheme=>\\"https\\", :user=>\\"fluentd\\", :password=>\\"obfuscated\\"}): read timeout reached'],
  ['Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure', 'could not push logs to Elasticsearch cluster ({:host=>\\"elasticsearch-master\\", :port=>9200, :scheme=>\\"https\\", :user=>\\"fluentd\\", :password=>\\"obfuscated\\"}): [429] {\\"error\\":{\\"root_cause\\":[{\\"type\\":\\"es_rejected_execution_exception\\"}]},\\"status\\":429}'],
  ['Errno::ECONNREFUSED', 'Connection refused - connect(2) for 10.0.4.21:3100'],
  ['Aws::S3::Errors::ServiceUnavailable', 'Please reduce your request rate.'],
  ['Net::ReadTimeout', 'Net::ReadTimeout with #<TCPSocket:(closed)>'],
];
const fdnext = (r: Rng) => `${ymd(r)} ${hms(r)} +0000`;

// Roundcube (errors.log and userlogins.log, `[d-M-Y H:i:s O]: <session> message`)
const rc = (r: Rng) => { const { d, mon } = day(r); return `[${d2(d)}-${mon}-2026 ${hms(r)} +0000]: <${r.alnum(8)}> `; };
const RCUSERS = ['alice@example.com', 'alice@example.com', 'bob@example.com', 'hana@example.com', 'dmitri@example.com', 'orders@shop.example.com', 'info@example.com'];
const rcip = (r: Rng) => (r.next() < 0.6 ? `10.0.${r.int(0, 3)}.${r.int(2, 250)}` : r.ip());
const RCDIR = '/var/www/roundcube';
const RCURL = ['POST /?_task=login&_action=login', 'POST /?_task=login&_action=login', 'GET /?_task=mail&_mbox=INBOX', 'GET /?_task=mail&_action=refresh&_mbox=INBOX&_remote=1', 'POST /?_task=mail&_action=send', 'GET /?_task=settings&_action=folders'];

// EMQX 5 (Erlang; its text log formatter: `time [level] key: value, ...`)
const em = (r: Rng, lvl: string) => `${ymd(r)}T${hms(r)}.${usec(r)}+00:00 [${lvl}] `;
const EMCLIENTS = ['sensor-', 'gw-', 'tracker-', 'mqttx_', 'ha-', 'shelly-'];
const emcid = (r: Rng) => { const p = r.pick(EMCLIENTS); return p === 'mqttx_' ? `mqttx_${r.hex(8)}` : p === 'shelly-' ? `shellyplus1pm-${r.hex(12)}` : `${p}${r.int(1, 4000)}`; };
const empeer = (r: Rng) => `${r.next() < 0.7 ? `10.8.${r.int(0, 40)}.${r.int(2, 250)}` : r.ip()}:${port(r)}`;
const emuser = (r: Rng) => (r.next() < 0.2 ? 'undefined' : r.pick(['device', 'device', 'gateway', 'homeassistant', 'tracker', 'admin']));
const EMTOPIC = [(r: Rng) => `devices/${r.int(1, 4000)}/telemetry`, (r: Rng) => `devices/${r.int(1, 4000)}/state`, (r: Rng) => `$SYS/brokers/emqx@10.0.9.${r.int(11, 13)}/stats`, () => 'homeassistant/status', (r: Rng) => `fleet/trackers/${r.int(1, 900)}/gps`, () => '#'];
const EMNODES = ['emqx@10.0.9.11', 'emqx@10.0.9.12', 'emqx@10.0.9.13'];
const EMVER = '5.8.3';
const emalarm = (r: Rng) => { const x = r.next(); if (x < 0.5) return `message: <<"System memory usage is higher than 70%">>, name: high_system_memory_usage`; if (x < 0.7) return `message: <<"${r.int(80, 99)}% process usage">>, name: too_many_processes`; return `message: <<"connection congested: clientid=${emcid(r)}">>, name: <<"conn_congestion/${emcid(r)}/${emuser(r)}">>`; };

// Tinyproxy (fixed columns: level padded to ten, `Mon DD HH:MM:SS.mmm [pid]: `)
const tp = (r: Rng, lvl: string) => { const { d, mon } = day(r); return `${lvl.padEnd(10)}${mon} ${d2(d)} ${hms(r)}.${ms3(r)} [${r.next() < 0.05 ? 1 : r.int(180, 32000)}]: `; };
const TPHOSTS = ['deb.debian.org', 'security.debian.org', 'archive.ubuntu.com', 'pypi.org', 'files.pythonhosted.org', 'registry.npmjs.org', 'github.com', 'objects.githubusercontent.com', 'api.github.com', 'repo1.maven.org', 'dl.google.com', 'download.docker.com'];
const TPGET = ['deb.debian.org/debian/dists/bookworm/InRelease', 'deb.debian.org/debian/dists/bookworm-updates/InRelease', 'security.debian.org/debian-security/dists/bookworm-security/main/binary-amd64/Packages.xz', 'archive.ubuntu.com/ubuntu/dists/noble-updates/InRelease', 'archive.ubuntu.com/ubuntu/pool/main/o/openssl/libssl3t64_3.0.13-0ubuntu3.4_amd64.deb', 'download.docker.com/linux/debian/dists/bookworm/InRelease'];
const tphost = (r: Rng) => skew(r, TPHOSTS, 0.25);
const tpcl = (r: Rng) => `10.0.${r.int(2, 5)}.${r.int(10, 240)}`;
const tpfd = (r: Rng) => r.int(4, 300);
const TPFILTER = ['ads.doubleclick.net', 'telemetry.example-vendor.com', 'www.facebook.com', 'pixel.tracking.example.net', 'graph.facebook.com'];

// ScyllaDB (Seastar logger: `LEVEL  date [shard N:group] logger - message`)
const sy = (r: Rng, lvl: string, group: string, logger: string, shard = r.int(0, 7)) => `${lvl.padEnd(5)} ${ymd(r)} ${hms(r)},${ms3(r)} [shard ${shard}:${group}] ${logger} - `;
const SYKS: [string, string][] = [['shop', 'orders'], ['shop', 'orders'], ['shop', 'order_items'], ['shop', 'carts'], ['events', 'clickstream'], ['events', 'clickstream'], ['iot', 'readings_by_device'], ['system', 'large_partitions'], ['system_schema', 'columns']];
const SYNODES = ['10.0.7.11', '10.0.7.12', '10.0.7.13', '10.0.7.14', '10.0.7.15', '10.0.7.16'];
const sysst = (r: Rng, ks: string, tb: string) => `/var/lib/scylla/data/${ks}/${tb}-${r.hex(32)}/me-3g${r.alnum(2)}_${r.alnum(4)}_${r.alnum(5)}${r.alnum(13)}-big-Data.db:level=${r.next() < 0.8 ? 0 : r.int(1, 3)}`;
const sysz = (r: Rng) => { const x = r.next(); return x < 0.4 ? `${r.int(1, 999)}kB` : x < 0.9 ? `${r.int(1, 999)}MB` : `${r.int(1, 90)}GB`; };

// SonicWall (SonicOS syslog, key=value)
const SWSN = ['2CB8ED4F12A0', '2CB8ED4F12A0', '18B1690C77E4'];
const swt = (r: Rng) => `${ymd(r)} ${hms(r)}`;
const sw = (r: Rng, pri: number, c: number, m: number, msg: string, gcat: number) => `<${128 + pri}>  id=firewall sn=${skew(r, SWSN)} time="${swt(r)} UTC" fw=203.0.113.${r.next() < 0.85 ? 2 : 66} pri=${pri} c=${c} gcat=${gcat} m=${m} msg="${msg}"`;
const SWAPPS: [number, string, string][] = [[49177, 'General HTTPS', 'tcp/https'], [49177, 'General HTTPS', 'tcp/https'], [49175, 'General HTTP', 'tcp/http'], [49169, 'General DNS', 'udp/dns'], [8143, 'Microsoft Teams', 'udp/3478'], [49200, 'General NTP', 'udp/ntp'], [49174, 'General SMTP', 'tcp/smtp']];
const swlan = (r: Rng) => `10.1.${r.int(1, 20)}.${r.int(10, 250)}`;
const swmac = (r: Rng) => Array.from({ length: 6 }, () => r.hex(2)).join(':');
const swconn = (r: Rng) => { const [app, an, proto] = skew(r, SWAPPS, 0.35); const dport = proto.includes('https') ? 443 : proto.includes('http') ? 80 : proto.includes('dns') ? 53 : proto.includes('ntp') ? 123 : proto.includes('smtp') ? 25 : 3478; const out = r.next() < 0.85; const a = `${swlan(r)}:${port(r)}:X0`; const b = `${r.ip()}:${dport}:X1`; return { app, an, proto, src: out ? a : b.replace(`:${dport}:`, `:${port(r)}:`), dst: out ? b : `${swlan(r)}:${dport}:X0` }; };
const SWSVC: [number, string][] = [[22, '22'], [23, 'telnet'], [445, '445'], [3389, 'ms-wbt-server'], [8080, '8080'], [5900, '5900'], [1433, 'ms-sql-s']];
const SWRULES = ['LAN->WAN', 'LAN->WAN', '5 (LAN->WAN)', 'DMZ->WAN', 'WAN->DMZ', 'VPN->LAN'];
const SWSIGS = ['WEB-ATTACKS Apache Log4j2 JNDI Injection 1', 'SCAN Nmap OS Detection Probe', 'WEB-ATTACKS PHP Shell Upload Attempt', 'INFO Suspicious HTTP User-Agent 2', 'NETBIOS SMB Null Session Setup', 'SQL-INJECTION MySQL UNION SELECT Attack 1', 'MALWARE Mirai Botnet Activity'];
const SWCOUNTRIES = ['China', 'Russian Federation', 'Netherlands', 'Brazil', 'Viet Nam', 'Iran, Islamic Republic of', 'Korea, Republic of'];

// AWS Lambda (CloudWatch Logs: platform lines and the Node.js and Python runtimes' console lines)
const lts = (r: Rng) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z`;
const LREG = 'eu-west-1';
const LRT: [string, string][] = [['nodejs:20.v42', FIXED.hex(64)], ['nodejs:20.v42', FIXED.hex(64)], ['python:3.12.v38', FIXED.hex(64)], ['nodejs:22.v15', FIXED.hex(64)]];
const lmem = (r: Rng) => r.pick([128, 256, 256, 512, 1024]);
const lnode = (r: Rng, lvl: string) => `${lts(r)}\t${r.uuid()}\t${lvl}\t`;
const lpy = (r: Rng, lvl: string) => `[${lvl}]\t${lts(r)}\t${r.uuid()}\t`;
const LACCT = '481516234200';

// Factorio headless server (uptime-stamped engine log, date-stamped game events)
const fup = (r: Rng, lo = 1, hi = 900000) => r.float(lo, hi, 3).padStart(8);
const ft = (r: Rng, lvl: string, file: string, line: number) => `${fup(r)} ${lvl} ${file}:${line}: `;
const fdt = (r: Rng) => `${ymd(r)} ${hms(r)} `;
const FPLAYERS = ['hana', 'Dmitri_P', 'xXBeltMasterXx', 'alice', 'Kovarex_fan', 'jules', 'emeka', 'TrainWreck42', 'bob'];
const FCHAT = ['anyone got spare red circuits?', 'biters attacked the north wall again', 'brb', 'who put the nuclear reactor next to the main bus', 'gg', 'need more copper, the smelters are starving', 'ok going to Vulcanus', 'lol', 'train station 3 is deadlocked'];
const FSTATES = [['Ready', 'PreparedToHostGame'], ['PreparedToHostGame', 'CreatingGame'], ['CreatingGame', 'InGame'], ['InGame', 'DisconnectScheduled'], ['DisconnectScheduled', 'Disconnected'], ['InGameSavingMap', 'InGame'], ['InGame', 'InGameSavingMap']] as const;
const FPEER = ['ConnectedWaitingForMap', 'ConnectedDownloadingMap', 'ConnectedLoadingMap', 'TryingToCatchUp', 'WaitingForCommandToStartSendingTickClosures', 'InGame', 'DisconnectScheduled'];

// Configuration Manager client logs (CMTrace format)
const CMSITE = 'PR1';
const CMMP = 'SCCM01.corp.example.com';
const CMDPS = ['SCCM01.corp.example.com', 'SCCM01.corp.example.com', 'DP-BRANCH02.corp.example.com', 'DP-BRANCH05.corp.example.com'];
const cm = (r: Rng, msg: string, comp: string, type: number, file = '') => {
  const { m, d } = day(r);
  return `<![LOG[${msg}]LOG]!><time="${hms(r)}.${ms3(r)}${r.next() < 0.8 ? '-060' : '+000'}" date="${d2(m)}-${d2(d)}-2026" component="${comp}" context="" type="${type}" thread="${r.int(400, 14000)}" file="${file}">`;
};
const cmpkg = (r: Rng) => `${CMSITE}${hexUp(r, 1)}000${hexUp(r, 2)}`;
const CMPROGS = ['Install', 'Install', 'Install Silent', 'Uninstall', 'Per-system unattended'];
const CMSTATES = [['NotExist', 'WaitingContent'], ['WaitingContent', 'Running'], ['Running', 'NotifyExecution'], ['NotifyExecution', 'Succeeded'], ['WaitingContent', 'WaitingDependency'], ['Running', 'Failed'], ['NotExist', 'Running']] as const;
const CMCMDS = ['"C:\\WINDOWS\\ccmcache\\1a\\setup.exe" /quiet /norestart', 'msiexec /i "7z2408-x64.msi" /qn', 'powershell.exe -ExecutionPolicy Bypass -File ".\\Install-Teams.ps1"', '"C:\\WINDOWS\\ccmcache\\3f\\Firefox Setup 133.0.exe" -ms', 'cmd /c install.cmd'];
const CMSUM = (r: Rng) => `Site_${r.uuid().toUpperCase()}/SUM_${r.uuid()}`;
const CMCI = ['ciStateDownloading', 'ciStateDownloading', 'ciStateWaitInstall', 'ciStateInstalling', 'ciStateInstalling', 'ciStatePendingSoftReboot', 'ciStateInstallComplete'];
const CMDTS = ['DownloadingData', 'DownloadingData', 'RetrievedData', 'PendingDownload', 'PendingCompletion', 'Completed'];

export const SEALED14_SYSTEMS: HeldoutSystem[] = [
  { name: 'qmail', templates: [
    t(10, (r) => `${tai(r)}new msg ${qmsg(r)}`),
    t(10, (r) => `${tai(r)}info msg ${qmsg(r)}: bytes ${r.int(600, 9000000)} from <${r.next() < 0.08 ? '' : r.next() < 0.6 ? qlocal(r) : qrcpt(r)}> qp ${r.int(1000, 65000)} uid ${r.pick([89, 89, 0, 1000, 33])}`),
    t(12, (r) => `${tai(r)}starting delivery ${qdel(r)}: msg ${qmsg(r)} to ${r.next() < 0.7 ? `remote ${qrcpt(r)}` : `local ${skew(r, QDOM, 0.5)}-${qlocal(r)}`}`),
    t(9, (r) => `${tai(r)}delivery ${qdel(r)}: success: ${r.next() < 0.3 ? r.pick(['did_1+0+0/', 'did_1+0+0/', 'did_0+1+0/', 'did_0+0+1/']) : pick(r, QSUCCESS)}`),
    t(2.5, (r) => `${tai(r)}delivery ${qdel(r)}: deferral: ${pick(r, QDEFER)}`),
    t(1, (r) => `${tai(r)}delivery ${qdel(r)}: failure: ${pick(r, QFAIL)}`),
    t(12, (r) => `${tai(r)}status: local ${r.int(0, 3)}/10 remote ${r.int(0, 20)}/${r.pick([20, 20, 120])}`),
    t(10, (r) => `${tai(r)}end msg ${qmsg(r)}`),
    t(0.8, (r) => `${tai(r)}bounce msg ${qmsg(r)} qp ${r.int(1000, 65000)}`),
    t(0.2, (r) => `${tai(r)}triple bounce: discarding bounce/${qmsg(r)}`),
    t(6, (r) => `${tai(r)}tcpserver: status: ${r.int(0, 40)}/40`),
    t(5, (r) => `${tai(r)}tcpserver: pid ${r.int(1000, 65000)} from ${qpeer(r).ip}`),
    t(4.5, (r) => { const p = qpeer(r); return `${tai(r)}tcpserver: ok ${r.int(1000, 65000)} ${QSMTP} ${p.name}:${p.ip}::${port(r)}`; }),
    t(5, (r) => `${tai(r)}tcpserver: end ${r.int(1000, 65000)} status ${r.next() < 0.9 ? 0 : r.pick([256, 9, 25600])}`),
    t(0.5, (r) => `${tai(r)}tcpserver: deny ${r.int(1000, 65000)} ${QSMTP} :${r.ip()}::${port(r)}`),
    t(1.2, (r) => { const ip = r.ip(); return `${tai(r)}rblsmtpd: ${ip} pid ${r.int(1000, 65000)}: 451 ${r.next() < 0.7 ? `https://www.spamhaus.org/query/ip/${ip}` : `Blocked - see https://www.spamcop.net/bl.shtml?${ip}`}`; }),
    t(0.05, (r) => `${tai(r)}status: exiting`),
    t(0.05, (r) => `${tai(r)}alert: cannot start: qmail-send is already running`),
  ] },
  { name: 'authelia', templates: [
    t(0.2, (r) => au(r, 'info', `Authelia v4.38.${r.int(10, 17)} is starting`)),
    t(0.2, (r) => au(r, 'info', `Log severity set to ${r.next() < 0.6 ? 'debug' : 'info'}`)),
    t(0.2, (r) => au(r, 'info', 'Storage schema is being checked for updates')),
    t(0.2, (r) => au(r, 'info', 'Storage schema is already up to date')),
    t(0.2, (r) => au(r, 'info', "Listening for non-TLS connections on '[::]:9091' path '/'", ' server=main service=server')),
    t(0.2, (r) => au(r, 'info', 'Startup complete')),
    t(30, (r) => { const u = r.next() < 0.15 ? null : r.pick(AUUSERS); return au(r, 'debug', `Check authorization of subject username=${u ?? ''} groups=${u ? r.pick(AUGROUPS) : ''} ip=${auip(r)} and object ${r.pick(AUSITES)} (method ${r.next() < 0.9 ? 'GET' : r.pick(['POST', 'PUT', 'HEAD'])}).`); }),
    t(12, (r) => au(r, 'debug', `Required level for the URL ${r.pick(AUSITES)} is ${r.pick([1, 1, 2, 2, 0])}`)),
    t(3, (r) => au(r, 'info', `Access to ${r.pick(AUSITES)} (method GET) is not authorized to user <anonymous>, responding with status code 401 with location redirect to https://auth.example.com/?rd=${encodeURIComponent(r.pick(AUSITES))}&rm=GET`, aureq(r, 'GET', '/api/authz/forward-auth'))),
    t(0.8, (r) => au(r, 'info', `Access to ${r.pick(AUSITES)} (method GET) is not authorized to user ${r.pick(AUUSERS)}, responding with status code 403`, aureq(r, 'GET', '/api/authz/forward-auth'))),
    t(2.5, (r) => au(r, 'debug', `Mark 1FA authentication attempt made by user '${r.pick(AUUSERS)}'`, aureq(r, 'POST', '/api/firstfactor'))),
    t(2, (r) => au(r, 'debug', `Successful 1FA authentication attempt made by user '${r.pick(AUUSERS)}'`, aureq(r, 'POST', '/api/firstfactor'))),
    t(1.2, (r) => au(r, 'error', `Unsuccessful 1FA authentication attempt by user '${r.next() < 0.5 ? r.pick(AUUSERS) : r.pick(AUBAD)}'`, ` error="${r.next() < 0.6 ? 'invalid credentials' : 'user not found'}"${aureq(r, 'POST', '/api/firstfactor', r.ip())}`)),
    t(0.4, (r) => au(r, 'error', `Unsuccessful 1FA authentication attempt by user '${r.pick(AUBAD)}' and they are banned until ${ymd(r)} ${hms(r)} +0000 UTC`, ` error="user banned"${aureq(r, 'POST', '/api/firstfactor', r.ip())}`)),
    t(1.5, (r) => au(r, 'debug', `Successful TOTP authentication attempt made by user '${r.pick(AUUSERS)}'`, aureq(r, 'POST', '/api/secondfactor/totp'))),
    t(0.3, (r) => au(r, 'error', `Unsuccessful TOTP authentication attempt by user '${r.pick(AUUSERS)}'`, ` error="validation failed"${aureq(r, 'POST', '/api/secondfactor/totp')}`)),
    t(0.6, (r) => au(r, 'debug', `Successful WebAuthn authentication attempt made by user '${r.pick(AUUSERS)}'`, aureq(r, 'POST', '/api/secondfactor/webauthn'))),
    t(0.4, (r) => au(r, 'error', `Error occurred getting details for user with username input '${r.pick(AUBAD)}' which usually indicates they do not exist`, ` error="user not found"${aureq(r, 'POST', '/api/reset-password/identity/start', r.ip())}`)),
  ] },
  { name: 'teamcity', templates: [
    t(8, (r) => { const [id, n, bt] = skew(r, TCBT, 0.3); const trig = r.pick([`"Git" (vcs trigger)`, `"Git" (vcs trigger)`, `"${r.pick(PEOPLE)}" (user)`, '"Nightly" (schedule trigger)', `"${r.pick(TCBT)[1]}" (snapshot dependency)`]); return `${tc(r, 'INFO', 'jetbrains.buildServer.SERVER')}Build added to queue: "${n}" {id=${id}, internal id=bt${bt}}, promotion id=${r.int(200000, 600000)}, branch=${r.pick(['<default>', '<default>', 'refs/heads/main', `refs/pull/${r.int(100, 900)}/head`])}, triggered by ${trig}`; }),
    t(8, (r) => { const a = tcagent(r); return `${tc(r, 'INFO', 'jetbrains.buildServer.SERVER')}Build started: ${tcbuild(r)} on agent "${a.name}"`; }),
    t(7.5, (r) => `${tc(r, 'INFO', 'jetbrains.buildServer.SERVER')}Build finished: ${tcbuild(r)}, status: ${r.next() < 0.82 ? 'SUCCESS' : 'FAILURE'}, duration: ${tcdur(r)}`),
    t(0.6, (r) => `${tc(r, 'INFO', 'jetbrains.buildServer.SERVER')}Build canceled by "${r.pick(PEOPLE)}": ${tcbuild(r)}, comment: "${r.pick(['', 'superseded', 'wrong branch', 'stuck on npm install'])}"`),
    t(1.5, (r) => { const a = tcagent(r); return `${tc(r, 'INFO', 'jetbrains.buildServer.SERVER')}Agent has been registered: ${a.name} {id=${a.id}, host=${a.host}:9090, protocol=${r.next() < 0.8 ? 'unidirectional' : 'bidirectional'}}, not running a build`; }),
    t(1.5, (r) => { const a = tcagent(r); return `${tc(r, 'INFO', 'jetbrains.buildServer.SERVER')}Agent ${a.name} {id=${a.id}, host=${a.host}:9090} has been unregistered. Reason: ${r.pick(['Agent has unregistered (will upgrade)', 'Agent has unregistered (will restart)', 'Agent has been unregistered due to inactivity (no response for 300 seconds)', 'Server shutdown'])}`; }),
    t(10, (r) => `${tc(r, 'INFO', 'jetbrains.buildServer.VCS')}Detected ${r.int(1, 12)} new change${r.next() < 0.4 ? '' : 's'} for VCS root ${tcroot(r)}`),
    t(14, (r) => `${tc(r, 'INFO', 'jetbrains.buildServer.VCS')}Finish collecting changes for ${r.int(1, 9)} VCS root(s), duration: ${r.int(40, 20000)}ms`),
    t(2, (r) => `${tc(r, 'WARN', 'jetbrains.buildServer.VCS')}Error collecting changes for VCS root ${tcroot(r)}: jetbrains.buildServer.vcs.VcsException: ${r.pick(['List remote refs failed: Connection timed out (Connection timed out)', 'List remote refs failed: Auth fail', "Failed to fetch: ssh: connect to host git.example.com port 7999: No route to host", 'List remote refs failed: Read timed out'])}`),
    t(0.3, (r) => `${tc(r, 'INFO', 'jetbrains.buildServer.CLEANUP')}Cleanup started`),
    t(0.3, (r) => `${tc(r, 'INFO', 'jetbrains.buildServer.CLEANUP')}Cleanup finished, removed ${r.int(0, 900)} builds, freed ${r.float(0, 80, 2)} GB, duration: ${tcdur(r)}`),
    t(1, (r) => `${tc(r, 'WARN', 'jetbrains.buildServer.AUTH')}Failed login attempt for user "${r.pick(['admin', 'alice', 'root', 'teamcity', 'bob'])}" from ${r.next() < 0.5 ? lan(r) : r.ip()}`),
    t(1.2, (r) => { const [id, n, bt] = r.pick(TCBT); const u = r.pick(PEOPLE); return `${tc(r, 'INFO', 'jetbrains.buildServer.ACTIVITIES.AUDIT')}build_type_edit_settings: Build configuration "${n}" {id=${id}, internal id=bt${bt}} settings were edited by "${u}" {id=${PEOPLE.indexOf(u) + 1}} with comment "${r.pick(['edit build step', 'update triggers', 'change parameters', 'edit VCS settings'])}"`; }),
    t(0.1, (r) => `${tc(r, 'INFO', 'jetbrains.buildServer.STARTUP')}TeamCity server is running, ${r.int(0, 6)} agent(s) connected`),
    t(0.4, (r) => `${tc(r, 'WARN', 'jetbrains.buildServer.serverSide.impl.auth.ServerAuthUtil')}Cannot authenticate agent request: token is invalid, agent "${r.pick(TCAGENTS)}" from ${lan(r)}`),
  ] },
  { name: 'tekton-pipelines', templates: [
    t(14, (r) => { const ns = r.pick(TKNS); return tk(r, 'info', 'controller/controller.go:550', 'Reconcile succeeded', r.next() < 0.5 ? 'PipelineRun' : 'TaskRun', `${ns}/${tkpr(r)}`, { duration: Number(r.float(0.001, 2.5, 6)) }); }),
    t(2, (r) => tk(r, 'error', 'controller/controller.go:566', 'Reconcile error', 'PipelineRun', `${r.pick(TKNS)}/${tkpr(r)}`, { duration: Number(r.float(0.001, 2.5, 6)), error: pick(r, TKERR) })),
    t(2, (r) => { const k = r.next() < 0.6 ? 'PipelineRun' : 'TaskRun'; return tk(r, 'warn', `${k.toLowerCase()}/reconciler.go:${k === 'PipelineRun' ? 303 : 304}`, 'Returned an error', k, `${r.pick(TKNS)}/${tkpr(r)}`, { targetMethod: 'ReconcileKind', error: pick(r, TKERR) }); }),
    t(8, (r) => { const ns = r.pick(TKNS); const pr = tkpr(r); return tk(r, 'info', 'taskrun/taskrun.go:245', `Successfully reconciled taskrun ${pr}-${r.pick(TKTASKS)}/${ns} with status: ${tkcond(r)}`, 'TaskRun', `${ns}/${pr}-${r.pick(TKTASKS)}`); }),
    t(4, (r) => { const ns = r.pick(TKNS); const pr = tkpr(r); const tsk = r.pick(TKTASKS); return tk(r, 'info', 'pipelinerun/pipelinerun.go:945', `Creating a new TaskRun object ${pr}-${tsk} for pipeline task ${tsk}`, 'PipelineRun', `${ns}/${pr}`); }),
    t(3, (r) => { const ns = r.pick(TKNS); const pr = tkpr(r); return tk(r, 'info', 'pipelinerun/pipelinerun.go:795', `PipelineRun ${pr} status is being set to &{Succeeded ${r.pick(['Unknown  {', 'Unknown  {', 'True  {', 'False  {'])}${ymd(r)} ${hms(r)} +0000 UTC} ${r.pick(['Running', 'Running', 'Succeeded', 'Failed'])} Tasks Completed: ${r.int(0, 6)} (Failed: 0, Cancelled 0), Skipped: ${r.int(0, 2)}}`, 'PipelineRun', `${ns}/${pr}`); }),
    t(3, (r) => { const ns = r.pick(TKNS); const pr = tkpr(r); const reason = r.pick(['Running', 'Running', 'Succeeded', 'Failed']); const done = r.int(1, 6); return tk(r, 'info', 'record/event.go:377', `Event(v1.ObjectReference{Kind:"PipelineRun", Namespace:"${ns}", Name:"${pr}", UID:"${r.uuid()}", APIVersion:"tekton.dev/v1", ResourceVersion:"${r.int(100000, 9999999)}", FieldPath:""}): type: '${reason === 'Failed' ? 'Warning' : 'Normal'}' reason: '${reason}' Tasks Completed: ${done} (Failed: ${reason === 'Failed' ? 1 : 0}, Cancelled 0), Skipped: ${r.int(0, 2)}`, null, null); }),
    t(2, (r) => { const ns = r.pick(TKNS); const pr = tkpr(r); return tk(r, 'info', 'record/event.go:377', `Event(v1.ObjectReference{Kind:"${r.next() < 0.5 ? 'PipelineRun' : 'TaskRun'}", Namespace:"${ns}", Name:"${pr}", UID:"${r.uuid()}", APIVersion:"tekton.dev/v1", ResourceVersion:"${r.int(100000, 9999999)}", FieldPath:""}): type: 'Normal' reason: 'Started' `, null, null); }),
    t(1, (r) => { const ns = r.pick(TKNS); const pr = tkpr(r); return tk(r, 'info', 'pipelinerun/pipelinerun.go:1474', `Found a TaskRun ${pr}-${r.pick(TKTASKS)} that was missing from the PipelineRun status`, 'PipelineRun', `${ns}/${pr}`); }),
    t(1, (r) => { const ns = r.pick(TKNS); const pr = tkpr(r); return tk(r, 'info', 'pipelinerun/pipelinerun.go:1167', `Cancelling TaskRuns for PipelineRun ${ns}/${pr}`, 'PipelineRun', `${ns}/${pr}`); }),
    t(0.8, (r) => { const ns = r.pick(TKNS); const pr = `${tkpr(r)}-${r.pick(TKTASKS)}`; return tk(r, 'warn', 'taskrun/taskrun.go:582', `Failed to create task run pod for taskrun "${pr}": pods "${pr}-pod" is forbidden: exceeded quota: ci-quota, requested: limits.memory=${r.pick(['2Gi', '4Gi', '8Gi'])}, used: limits.memory=${r.int(20, 31)}Gi, limited: limits.memory=32Gi`, 'TaskRun', `${ns}/${pr}`); }),
    t(0.15, (r) => tk(r, 'info', 'sharedmain/main.go:318', 'Starting informers.', null, null)),
    t(0.15, (r) => tk(r, 'info', 'controller/controller.go:474', 'Starting controller and workers', r.next() < 0.5 ? 'PipelineRun' : 'TaskRun', null)),
    t(0.15, (r) => tk(r, 'info', 'controller/controller.go:484', 'Started workers', r.next() < 0.5 ? 'PipelineRun' : 'TaskRun', null)),
    t(0.1, (r) => tk(r, 'info', 'leaderelection/context.go:157', `"tekton-pipelines-controller-${r.hex(9)}-${r.alnum(5)}_${r.uuid()}" has started leading "tekton-pipelines-controller.github.com.tektoncd.pipeline.pkg.reconciler.${r.pick(['pipelinerun', 'taskrun', 'resolutionrequest'])}.reconciler.${d2(r.int(0, 9))}-of-${r.pick(['10'])}"`, null, null)),
  ] },
  { name: 'scrapy', templates: [
    t(40, (r) => `${sc(r, 'scrapy.core.engine', 'DEBUG')}Crawled (${r.next() < 0.92 ? 200 : r.pick([404, 403, 301, 500, 410])}) <GET ${scurl(r)}> (referer: ${scref(r)})${r.next() < 0.03 ? " ['cached']" : ''}`),
    t(18, (r) => `${sc(r, 'scrapy.core.scraper', 'DEBUG')}Scraped from <200 ${scurl(r)}>`),
    t(18, (r) => scitem(r)),
    t(3, (r) => `${sc(r, 'scrapy.downloadermiddlewares.retry', 'DEBUG')}Retrying <GET ${scurl(r)}> (failed ${r.int(1, 2)} times): ${skew(r, SCHTTP, 0.3)}`),
    t(0.8, (r) => `${sc(r, 'scrapy.downloadermiddlewares.retry', 'ERROR')}Gave up retrying <GET ${scurl(r)}> (failed 3 times): ${skew(r, SCHTTP, 0.3)}`),
    t(3, (r) => { const u = scurl(r); return `${sc(r, 'scrapy.downloadermiddlewares.redirect', 'DEBUG')}Redirecting (${r.pick([301, 301, 302, 307, 308])}) to <GET ${u}> from <GET ${r.next() < 0.6 ? u.replace('https://', 'http://') : u.replace(/\?.*$/, '').replace(/\/$/, '') + (u.endsWith('/') ? '' : '/')}>`; }),
    t(2, (r) => `${sc(r, 'scrapy.spidermiddlewares.httperror', 'INFO')}Ignoring response <${r.pick([404, 404, 403, 410, 500])} ${scurl(r)}>: HTTP status code is not handled or not allowed`),
    t(2, (r) => { const h = r.pick(SCOFF); return `${sc(r, 'scrapy.downloadermiddlewares.offsite', 'DEBUG')}Filtered offsite request to '${h}': <GET https://${h}/${r.pick(['bootshop', 'sharer/sharer.php?u=https%3A%2F%2Fwww.bootshop.example%2F', 'outdoorgear', 'watch?v=' + r.alnum(11)])}>`; }),
    t(0.3, (r) => `${sc(r, 'scrapy.dupefilters', 'DEBUG')}Filtered duplicate request: <GET ${scurl(r)}> - no more duplicates will be shown (see DUPEFILTER_DEBUG to show all duplicates)`),
    t(0.8, (r) => `${sc(r, 'scrapy.downloadermiddlewares.robotstxt', 'DEBUG')}Forbidden by robots.txt: <GET ${scurl(r)}>`),
    t(4, (r) => { const p = r.int(0, 90000); const s = Math.floor(p * r.next()); return `${sc(r, 'scrapy.extensions.logstats', 'INFO')}Crawled ${p} pages (at ${r.int(0, 400)} pages/min), scraped ${s} items (at ${r.int(0, 400)} items/min)`; }),
    t(0.6, (r) => `${sc(r, 'scrapy.core.scraper', 'ERROR')}Spider error processing <GET ${scurl(r)}> (referer: ${scref(r)})`),
    t(0.6, (r) => `${sc(r, 'scrapy.core.scraper', 'ERROR')}Error downloading <GET ${scurl(r)}>`),
    t(0.2, (r) => `${sc(r, 'scrapy.utils.log', 'INFO')}Scrapy 2.11.2 started (bot: ${SCBOT})`),
    t(0.2, (r) => `${sc(r, 'scrapy.extensions.telnet', 'INFO')}Telnet console listening on 127.0.0.1:${r.pick([6023, 6023, 6024, 6025])}`),
    t(0.2, (r) => `${sc(r, 'scrapy.core.engine', 'INFO')}Spider opened`),
    t(0.2, (r) => `${sc(r, 'scrapy.core.engine', 'INFO')}Closing spider (${r.pick(['finished', 'finished', 'shutdown', 'closespider_timeout', 'closespider_itemcount'])})`),
    t(0.2, (r) => `${sc(r, 'scrapy.core.engine', 'INFO')}Spider closed (${r.pick(['finished', 'finished', 'shutdown', 'closespider_timeout'])})`),
  ] },
  { name: 'qdrant', templates: [
    t(30, (r) => { const c = skew(r, QDCOLL, 0.4); return `${qd(r, 'INFO', 'actix_web::middleware::logger')}${qdacc(r, 'POST', r.pick([`/collections/${c}/points/search`, `/collections/${c}/points/query`, `/collections/${c}/points/scroll`, `/collections/${c}/points/search/batch`, `/collections/${c}/points/count`]), r.next() < 0.97 ? 200 : r.pick([400, 404]), r.int(60, 90000))}`; }),
    t(10, (r) => { const c = skew(r, QDCOLL, 0.4); return `${qd(r, 'INFO', 'actix_web::middleware::logger')}${qdacc(r, 'PUT', `/collections/${c}/points?wait=${r.next() < 0.7 ? 'true' : 'false'}`, r.next() < 0.97 ? 200 : 400, r.pick([91, 92, 93, 148]))}`; }),
    t(6, (r) => { const c = skew(r, QDCOLL, 0.4); return `${qd(r, 'INFO', 'actix_web::middleware::logger')}${qdacc(r, 'GET', r.pick([`/collections/${c}`, '/collections', '/healthz', '/readyz', '/metrics', `/collections/${c}/exists`]), 200, r.int(20, 9000))}`; }),
    t(1, (r) => { const c = skew(r, QDCOLL, 0.4); return `${qd(r, 'INFO', 'actix_web::middleware::logger')}${qdacc(r, 'DELETE', r.next() < 0.7 ? `/collections/${c}/points/delete?wait=true` : `/collections/${c}`, 200, r.int(60, 120))}`; }),
    t(0.3, (r) => `${qd(r, 'INFO', 'storage::content_manager::toc')}Loading collection: ${r.pick(QDCOLL)}`),
    t(0.3, (r) => { const n = r.int(1, 6); return `${qd(r, 'INFO', 'collection::shards::local_shard')}Recovering collection ${r.pick(QDCOLL)}: 0/${n} (0%)`; }),
    t(0.3, (r) => { const n = r.int(1, 6); return `${qd(r, 'INFO', 'collection::shards::local_shard')}Recovered collection ${r.pick(QDCOLL)}: ${n}/${n} (100%)`; }),
    t(0.15, (r) => `${qd(r, 'INFO', 'qdrant')}Distributed mode disabled`),
    t(0.15, (r) => `${qd(r, 'INFO', 'qdrant')}Telemetry reporting ${r.next() < 0.6 ? 'enabled' : 'disabled'}, id: ${r.uuid()}`),
    t(0.15, (r) => `${qd(r, 'INFO', 'qdrant::actix')}TLS disabled for REST API`),
    t(0.15, (r) => `${qd(r, 'INFO', 'qdrant::actix')}Qdrant HTTP listening on 6333`),
    t(0.15, (r) => `${qd(r, 'INFO', 'qdrant::tonic')}Qdrant gRPC listening on 6334`),
    t(0.15, (r) => `${qd(r, 'INFO', 'actix_server::builder')}Starting ${r.pick([2, 4, 7, 15])} workers`),
    t(0.15, (r) => `${qd(r, 'INFO', 'actix_server::server')}Actix runtime found; starting in Actix runtime`),
    t(0.4, (r) => `${qd(r, 'INFO', 'storage::content_manager::toc::create_collection')}Creating collection ${r.pick(QDCOLL)}`),
    t(0.3, (r) => { const c = r.pick(QDCOLL); const { m, d } = day(r); return `${qd(r, 'INFO', 'collection::collection::snapshots')}Creating snapshot ${c}-${r.int(1000000000000000, 9999999999999999)}-2026-${d2(m)}-${d2(d)}-${d2(r.int(0, 23))}-${d2(r.int(0, 59))}-${d2(r.int(0, 59))}.snapshot`; }),
    t(0.3, (r) => `${qd(r, 'WARN', 'qdrant::actix::auth')}Unauthorized request to ${r.pick(['/collections', '/collections/products/points/search', '/telemetry'])}: Must provide an API key or an Authorization bearer token`),
  ] },
  { name: 'uptime-kuma', templates: [
    t(30, (r) => { const m = ukmon(r); return `${uk(r, 'MONITOR', 'DEBUG')}${m.head}: Successful Response: ${r.int(1, 2500)} ms | Interval: ${ukint(r)} seconds | Type: ${m.ty}`; }),
    t(8, (r) => { const m = ukmon(r); return `${uk(r, 'MONITOR', 'WARN')}${m.head}: Failing: ${ukerr(r, m.ty)} | Interval: ${ukint(r)} seconds | Type: ${m.ty} | Down Count: ${r.int(0, 30)} | Resend Interval: ${r.pick([0, 0, 10])}`; }),
    t(4, (r) => { const m = ukmon(r); return `${uk(r, 'MONITOR', 'WARN')}${m.head}: Pending: ${ukerr(r, m.ty)} | Max retries: ${((mx) => `${mx} | Retry: ${r.int(1, mx)}`)(r.pick([1, 3, 3, 5]))} | Retry Interval: ${ukint(r)} seconds | Type: ${m.ty}`; }),
    t(1, (r) => `${uk(r, 'MANAGE', 'INFO')}Pause Monitor: ${ukmon(r).id} User ID: 1`),
    t(1, (r) => `${uk(r, 'MANAGE', 'INFO')}Resume Monitor: ${ukmon(r).id} User ID: 1`),
    t(2, (r) => `${uk(r, 'AUTH', 'INFO')}Login by token. IP=${r.next() < 0.7 ? `192.168.1.${r.int(2, 60)}` : r.ip()}`),
    t(2, (r) => `${uk(r, 'AUTH', 'INFO')}Username from JWT: ${r.next() < 0.9 ? 'admin' : 'hana'}`),
    t(0.6, (r) => `${uk(r, 'AUTH', 'INFO')}Successfully logged in user ${r.next() < 0.9 ? 'admin' : 'hana'}. IP=${`192.168.1.${r.int(2, 60)}`}`),
    t(0.3, (r) => `${uk(r, 'AUTH', 'WARN')}Incorrect username or password for user ${r.pick(['admin', 'admin', 'root', 'user'])}. IP=${r.ip()}`),
    t(2, (r) => `${uk(r, 'RATE-LIMIT', 'INFO')}remaining requests: ${r.int(0, 19)}`),
    t(0.15, (r) => `${uk(r, 'SERVER', 'INFO')}Welcome to Uptime Kuma`),
    t(0.15, (r) => `${uk(r, 'SERVER', 'INFO')}Node Env: production`),
    t(0.15, (r) => `${uk(r, 'SERVER', 'INFO')}Inside Container: ${r.next() < 0.9 ? 'true' : 'false'}`),
    t(0.15, (r) => `${uk(r, 'SERVER', 'INFO')}Adding route`),
    t(0.15, (r) => `${uk(r, 'SERVER', 'INFO')}Adding socket handler`),
    t(0.15, (r) => `${uk(r, 'SERVER', 'INFO')}Init the server`),
    t(0.15, (r) => `${uk(r, 'SERVER', 'INFO')}Listening on ${r.next() < 0.9 ? 3001 : 3002}`),
    t(0.15, (r) => `${uk(r, 'PLUGIN', 'WARN')}Warning: In order to enable plugin feature, you need to use the default data directory: ./data/`),
  ] },
  { name: 'fluentd', templates: [
    t(0.1, (r) => `${fd(r, 'info', false)}parsing config file is succeeded path="/fluentd/etc/fluent.conf"`),
    t(0.6, (r) => { const [g, v] = r.pick([['fluent-plugin-elasticsearch', '5.4.3'], ['fluent-plugin-kubernetes_metadata_filter', '3.5.0'], ['fluent-plugin-s3', '1.7.2'], ['fluent-plugin-grafana-loki', '1.2.20'], ['fluentd', '1.17.1'], ['fluent-plugin-prometheus', '2.1.0'], ['fluent-plugin-concat', '2.5.0']]); return `${fd(r, 'info', false)}gem '${g}' version '${v}'`; }),
    t(0.1, (r) => `${fd(r, 'info', false)}starting fluentd-1.17.1 pid=${r.int(6, 9)} ruby="3.2.5"`),
    t(0.1, (r) => `${fd(r, 'info', false)}spawn command to main:  cmdline=["/usr/local/bin/ruby", "-Eascii-8bit:ascii-8bit", "/usr/local/bundle/bin/fluentd", "-c", "/fluentd/etc/fluent.conf", "-p", "/fluentd/plugins", "--under-supervisor"]`),
    t(0.1, (r) => { const w = r.int(0, 3); return `${fd(r, 'info', w)}starting fluentd worker pid=${r.int(10, 40)} ppid=${r.int(6, 9)} worker=${w}`; }),
    t(0.1, (r) => { const w = r.int(0, 3); return `${fd(r, 'info', w)}fluentd worker is now running worker=${w}`; }),
    t(0.2, (r) => `${fd(r, 'info')}disable filter chain optimization because [Fluent::Plugin::KubernetesMetadataFilter, Fluent::Plugin::ConcatFilter] uses \`#filter_stream\` method.`),
    t(8, (r) => `${fd(r, 'info')}following tail of ${fdlog(r)}`),
    t(4, (r) => `${fd(r, 'info')}detected rotation of ${fdlog(r)}; waiting 5 seconds`),
    t(2, (r) => `${fd(r, 'warn')}Skip update_watcher because watcher has been already updated by other inotify event path="${fdlog(r)}" inode=${r.int(100000, 99999999)} inode_in_pos_file=${r.next() < 0.7 ? 0 : r.int(100000, 99999999)}`),
    t(8, (r) => { const [c, e] = skew(r, FDERR, 0.4); return `${fd(r, 'warn')}failed to flush the buffer. retry_times=${r.int(0, 17)} next_retry_time=${fdnext(r)} chunk="${fdchunk(r)}" error_class=${c} error="${e}"`; }),
    t(5, (r) => `${fd(r, 'warn')}retry succeeded. chunk_id="${fdchunk(r)}"`),
    t(3, (r) => `${fd(r, 'warn', true, r.pick(['out_es', 'out_es', 'out_es_audit']))}Could not communicate to Elasticsearch, resetting connection and trying again. ${r.pick(['read timeout reached', 'connect_write timeout reached', 'Connection refused - connect(2) for 10.0.4.30:9200 (Errno::ECONNREFUSED)'])}`),
    t(3, (r) => `${fd(r, 'warn')}buffer flush took longer time than slow_flush_log_threshold: elapsed_time=${r.float(20, 90, 12)} slow_flush_log_threshold=20.0 plugin_id="${r.pick(FDPLUG.slice(0, 4))}"`),
    t(5, (r) => `${fd(r, 'warn')}pattern not matched: ${JSON.stringify(r.pick([`${ymd(r)}T${hms(r)}.${usec(r)}Z stdout P {"level":"info","ts":${epoch(r)}.${r.int(100, 999)},"msg":"request`, `panic: runtime error: invalid memory address or nil pointer dereference`, `\tat com.example.shop.OrderService.place(OrderService.java:${r.int(10, 400)})`, `${ymd(r)} ${hms(r)} stderr F I1207 ${hms(r)}.${usec(r)}       1 leaderelection.go:258] successfully acquired lease`]))}`),
    t(3, (r) => `${fd(r, 'warn')}dump an error event: error_class=Fluent::Plugin::Parser::ParserError error="pattern not matched with data '${r.pick(['Exception in thread \\"main\\" java.lang.OutOfMemoryError: Java heap space', '  File \\"/app/worker.py\\", line 88, in handle', 'Killed'])}'" location=nil tag="kubernetes.var.log.containers.${r.pick(FDPODS)}-${r.hex(64)}.log" time=${ymd(r)} ${hms(r)}.${pad(r.int(0, 999999999), 9)} +0000 record={"log"=>"${r.pick(['Killed', '  at process.processTicksAndRejections (node:internal/process/task_queues:95:5)', 'goroutine 1 [running]:'])}", "stream"=>"${r.pick(['stdout', 'stderr'])}"}`),
    t(1, (r) => `${fd(r, 'error')}unexpected error on reading data host="${lan(r)}" port=${port(r)} error_class=${r.pick(['Errno::ECONNRESET', 'Errno::ETIMEDOUT', 'OpenSSL::SSL::SSLError'])} error="${r.pick(['Connection reset by peer', 'Connection timed out', 'SSL_accept returned=1 errno=0 peeraddr=(null) state=error: certificate verify failed (self-signed certificate)'])}"`),
    t(0.6, (r) => `${fd(r, 'warn')}chunk bytes limit exceeds for an emitted event stream: ${r.int(8388608, 60000000)}bytes`),
    t(0.1, (r) => `${fd(r, 'info', false)}Received graceful stop`),
    t(0.1, (r) => { const w = r.int(0, 3); return `${fd(r, 'info', w)}fluentd worker is now stopping worker=${w}`; }),
  ] },
  { name: 'roundcube', templates: [
    t(30, (r) => { const u = r.pick(RCUSERS); return `${rc(r)}Successful login for ${u} (ID: ${RCUSERS.indexOf(u) + 1}) from ${rcip(r)} in session ${r.alnum(26)} (error: 0)`; }),
    t(8, (r) => `${rc(r)}Failed login for ${r.next() < 0.5 ? r.pick(RCUSERS) : r.pick(['admin', 'test@example.com', 'info', 'root@example.com', 'webmaster@example.com'])} from ${r.ip()} in session ${r.alnum(26)} (error: ${r.next() < 0.9 ? 0 : r.pick([1, 5])})`),
    t(8, (r) => `${rc(r)}IMAP Error: Login failed for ${r.next() < 0.5 ? r.pick(RCUSERS) : r.pick(['admin', 'test@example.com', 'info'])} against localhost from ${r.ip()}. AUTHENTICATE PLAIN: Authentication failed. in ${RCDIR}/program/lib/Roundcube/rcube_imap.php on line 211 (POST /?_task=login&_action=login)`),
    t(1.5, (r) => `${rc(r)}IMAP Error: Empty startup greeting (${r.pick(['localhost:143', 'imap.example.com:993', 'ssl://imap.example.com:993'])}) in ${RCDIR}/program/lib/Roundcube/rcube_imap.php on line 211 (${r.pick(RCURL)})`),
    t(1, (r) => `${rc(r)}IMAP Error: Connection to IMAP server failed: ${r.pick(['Connection refused', 'Connection timed out'])} in ${RCDIR}/program/lib/Roundcube/rcube_imap.php on line 211 (${r.pick(RCURL)})`),
    t(1.5, (r) => `${rc(r)}SMTP Error: Failed to add recipient '${r.pick(['bob@exmaple.com', 'info@gmail.con', 'hana@', `${r.pick(PEOPLE)}@example.org`])}' (Code: ${r.pick([550, 550, 553, 450])}). in ${RCDIR}/program/actions/mail/send.php on line 1294 (POST /?_task=mail&_unlock=loading${epoch(r)}${ms3(r)}&_framed=1&_action=send)`),
    t(0.8, (r) => `${rc(r)}SMTP Error: Authentication failure: ${r.pick(['SASL authentication failure: authentication failure (Code: 535)', 'SMTP server does not support authentication (Code: )'])} in ${RCDIR}/program/actions/mail/send.php on line 1294 (POST /?_task=mail&_unlock=loading${epoch(r)}${ms3(r)}&_framed=1&_action=send)`),
    t(0.8, (r) => `${rc(r)}DB Error: [${r.pick(['2006', '2002'])}] ${r.pick(['MySQL server has gone away', 'Connection refused'])} (SQL Query: ${r.pick(['SELECT * FROM `session` WHERE `sess_id` = ?', "UPDATE `users` SET `failed_login` = ?, `failed_login_counter` = ? WHERE `user_id` = ?", 'SELECT `vars`, `ip`, `changed`, now() AS ts FROM `session` WHERE `sess_id` = ?'])}) in ${RCDIR}/program/lib/Roundcube/rcube_db.php on line 567 (${r.pick(RCURL)})`),
    t(1, (r) => `${rc(r)}PHP Error: Failed to load plugin file ${((p) => `${RCDIR}/plugins/${p}/${p}.php`)(r.pick(['contextmenu', 'carddav', 'twofactor_gauthenticator']))} in ${RCDIR}/program/lib/Roundcube/rcube_plugin_api.php on line 208 (${r.pick(RCURL)})`),
    t(0.6, (r) => `${rc(r)}Managesieve: Unable to connect to managesieve on localhost:4190 in ${RCDIR}/plugins/managesieve/lib/Roundcube/rcube_sieve_engine.php on line 228 (GET /?_task=settings&_action=plugin.managesieve)`),
    t(0.8, (r) => `${rc(r)}PHP Error: Request security check failed in ${RCDIR}/index.php on line 290 (${r.pick(RCURL)})`),
    t(0.6, (r) => { const u = r.pick(RCUSERS); return `${rc(r)}Password changed for user ${u} (ID: ${RCUSERS.indexOf(u) + 1}) from ${rcip(r)}`; }),
  ] },
  { name: 'emqx', templates: [
    t(8, (r) => `${em(r, 'warning')}tag: AUTHZ, clientid: ${emcid(r)}, msg: authorization_permission_denied, peername: ${empeer(r)}, username: ${emuser(r)}, topic: ${pick(r, EMTOPIC)}, action: ${r.next() < 0.7 ? 'PUBLISH(Q0,R0)' : r.pick(['PUBLISH(Q1,R0)', 'SUBSCRIBE(Q0)', 'SUBSCRIBE(Q1)'])}, source: ${r.pick(['file', 'file', 'built_in_database', 'http'])}`),
    t(6, (r) => `${em(r, 'warning')}clientid: ${emcid(r)}, msg: cannot_publish_to_topic_due_to_not_authorized, peername: ${empeer(r)}, username: ${emuser(r)}, reason: not_authorized, topic: ${pick(r, EMTOPIC)}`),
    t(2, (r) => `${em(r, 'warning')}clientid: ${emcid(r)}, msg: cannot_subscribe_topic_filters, peername: ${empeer(r)}, username: ${emuser(r)}, reason: not_authorized, topic_filters: [${some(r, EMTOPIC, 1, 3).map((f) => `<<"${f(r)}">>`).join(',')}]`),
    t(6, (r) => `${em(r, 'warning')}tag: AUTHN, clientid: ${emcid(r)}, msg: authenticator_error, peername: ${empeer(r)}, username: ${emuser(r)}, authenticator: ${r.pick(['password_based:built_in_database', 'password_based:http', 'jwt'])}, reason: ${r.pick(['bad_username_or_password', 'not_authorized', '{http_request_failed,timeout}'])}`),
    t(5, (r) => `${em(r, 'warning')}clientid: ${emcid(r)}, msg: dropped_msg_due_to_mqueue_is_full, peername: ${empeer(r)}, username: ${emuser(r)}, payload: ${r.pick(['{"temp":21.4,"hum":48}', '{"state":"ON"}', 'online', `{"lat":52.${r.int(1000, 9999)},"lon":13.${r.int(1000, 9999)}}`])}, topic: ${pick(r, EMTOPIC)}, from_clientid: ${emcid(r)}, from_username: ${emuser(r)}`),
    t(5, (r) => `${em(r, 'info')}clientid: ${emcid(r)}, msg: terminate, peername: ${empeer(r)}, username: ${emuser(r)}, reason: ${r.pick(['{shutdown,keepalive_timeout}', '{shutdown,tcp_closed}', '{shutdown,takenover}', '{shutdown,kicked}', '{shutdown,discarded}', 'normal'])}`),
    t(3, (r) => `${em(r, 'warning')}clientid: ${emcid(r)}, msg: frame_parse_error, peername: ${empeer(r)}, username: ${emuser(r)}, at_state: ${r.pick(['connected', 'idle'])}, input_bytes: <<${some(r, [16, 0, 2, 77, 81, 84, 84, 4, 194, 255], 4, 12).join(',')}>>, parsed_packets: [], reason: ${r.pick(['frame_too_large', 'malformed_packet', 'invalid_proto_name'])}`),
    t(1, (r) => `${em(r, 'warning')}msg: alarm_is_activated, mfa: emqx_alarm:do_actions/3(${r.int(400, 440)}), ${emalarm(r)}`),
    t(1, (r) => `${em(r, 'warning')}msg: alarm_is_deactivated, mfa: emqx_alarm:do_actions/3(${r.int(400, 440)}), ${emalarm(r)}`),
    t(0.6, (r) => `${em(r, 'error')}msg: cluster_rpc_apply_failed, mfa: emqx_cluster_rpc:apply_mfa/3(${r.int(700, 760)}), result: ${r.pick(['{badrpc,timeout}', '{error,{already_exists,<<"http_auth">>}}'])}, tnx_id: ${r.int(10, 900)}`),
    t(1, (r) => `${em(r, 'warning')}msg: health_check_failed, mfa: emqx_resource_manager:health_check/1(${r.int(800, 900)}), resource_id: <<"connector:${r.pick(['kafka_producer:kafka', 'http:webhook', 'mysql:devices_db'])}">>, reason: ${r.pick(['econnrefused', 'timeout', '{unhealthy_target,"Kafka broker unreachable"}'])}`),
    t(0.3, (r) => `${em(r, 'info')}Listener ${r.pick(['tcp:default on 0.0.0.0:1883', 'ssl:default on 0.0.0.0:8883', 'ws:default on 0.0.0.0:8083', 'wss:default on 0.0.0.0:8084', 'http:dashboard on :18083'])} started.`),
    t(0.1, (r) => `${em(r, 'info')}EMQX ${EMVER} is running now!`),
    t(0.4, (r) => `${em(r, 'warning')}msg: node_down, mfa: mria_membership:handle_cast/2(${r.int(300, 340)}), node: '${r.pick(EMNODES)}'`),
  ] },
  { name: 'tinyproxy', templates: [
    t(12, (r) => `${tp(r, 'CONNECT')}Connect (file descriptor ${tpfd(r)}): ${tpcl(r)}`),
    t(8, (r) => `${tp(r, 'CONNECT')}Request (file descriptor ${tpfd(r)}): CONNECT ${tphost(r)}:443 HTTP/1.1`),
    t(4, (r) => `${tp(r, 'CONNECT')}Request (file descriptor ${tpfd(r)}): GET http://${r.pick(TPGET)} HTTP/1.1`),
    t(0.5, (r) => `${tp(r, 'CONNECT')}Request (file descriptor ${tpfd(r)}): POST http://${r.pick(['ocsp.digicert.com', 'r11.o.lencr.org', 'ocsp.sectigo.com'])}/ HTTP/1.1`),
    t(10, (r) => `${tp(r, 'INFO')}No upstream proxy for ${tphost(r)}`),
    t(10, (r) => `${tp(r, 'INFO')}opensock: opening connection to ${tphost(r)}:${r.next() < 0.7 ? 443 : 80}`),
    t(9, (r) => `${tp(r, 'INFO')}opensock: getaddrinfo returned for ${tphost(r)}:${r.next() < 0.7 ? 443 : 80}`),
    t(9, (r) => `${tp(r, 'CONNECT')}Established connection to host "${tphost(r)}" using file descriptor ${tpfd(r)}.`),
    t(6, (r) => `${tp(r, 'INFO')}Not sending client headers to remote machine`),
    t(11, (r) => { const a = tpfd(r); return `${tp(r, 'INFO')}Closed connection between local client (fd:${a}) and remote client (fd:${a + 1})`; }),
    t(4, (r) => `${tp(r, 'INFO')}process_request: trans Host GET http://${r.pick(TPGET).replace('/', ':80/')} for ${tpfd(r)}`),
    t(1.2, (r) => `${tp(r, 'NOTICE')}Proxying refused on filtered domain "${r.pick(TPFILTER)}"`),
    t(0.6, (r) => `${tp(r, 'NOTICE')}Unauthorized connection from "${r.next() < 0.6 ? r.ip() : `scanner-${r.int(1, 90)}.example.net`}" [${r.ip()}].`),
    t(1, (r) => `${tp(r, 'ERROR')}readbuff: recv() error "${r.pick(['Connection reset by peer', 'Connection timed out'])}" on file descriptor ${tpfd(r)}`),
    t(0.8, (r) => `${tp(r, 'ERROR')}writebuff: write() error "${r.pick(['Broken pipe', 'Connection reset by peer'])}" on file descriptor ${tpfd(r)}`),
    t(0.8, (r) => `${tp(r, 'ERROR')}read_request_line: Client (file descriptor: ${tpfd(r)}) closed socket before read.`),
    t(0.4, (r) => `${tp(r, 'ERROR')}opensock: Could not retrieve address info for ${r.pick(['deb.debain.org', 'registry.npmjs.org', 'pypi.internal'])}:${r.next() < 0.7 ? 443 : 80}`),
    t(0.1, (r) => `${tp(r, 'INFO')}Reloading config file (/etc/tinyproxy/tinyproxy.conf)`),
    t(0.1, (r) => `${tp(r, 'INFO')}Starting main loop. Accepting connections.`),
  ] },
  { name: 'scylladb', templates: [
    t(10, (r) => { const [ks, tb] = skew(r, SYKS, 0.3); return `${sy(r, 'INFO', 'comp', 'compaction')}[Compact ${ks}.${tb} ${r.uuid()}] Compacting [${some(r, [0], 2, 4).map(() => sysst(r, ks, tb)).join(', ')}]`; }),
    t(10, (r) => { const [ks, tb] = skew(r, SYKS, 0.3); const n = r.int(2, 6); const p = r.int(100, 900000); return `${sy(r, 'INFO', 'comp', 'compaction')}[Compact ${ks}.${tb} ${r.uuid()}] Compacted ${n} sstables to [${sysst(r, ks, tb)}]. ${sysz(r)} to ${sysz(r)} (~${r.int(20, 100)}% of original) in ${r.int(5, 90000)}ms = ${sysz(r)}/s. ~${p} total partitions merged to ${Math.max(1, p - r.int(0, p))}.`; }),
    t(1.5, (r) => `${sy(r, 'INFO', 'main', 'gossip', 0)}InetAddress ${r.pick(SYNODES)} is now UP, status = ${r.next() < 0.9 ? 'NORMAL' : 'shutdown'}`),
    t(1.5, (r) => `${sy(r, 'INFO', 'main', 'gossip', 0)}InetAddress ${r.pick(SYNODES)} is now DOWN, status = ${r.next() < 0.7 ? 'NORMAL' : 'shutdown'}`),
    t(0.6, (r) => `${sy(r, 'INFO', 'main', 'storage_service', 0)}Node ${r.pick(SYNODES)} state jump to normal`),
    t(4, (r) => `${sy(r, 'INFO', r.pick(['sl:default', 'statement']), 'cql_server')}exception while processing connection: ${r.pick(['std::system_error (error system:104, read: Connection reset by peer)', 'std::system_error (error system:32, sendmsg: Broken pipe)', 'seastar::nested_exception: std::system_error (error system:104, read: Connection reset by peer) (while cleaning up after std::system_error (error system:32, sendmsg: Broken pipe))'])}`),
    t(3, (r) => { const [ks, tb] = r.pick(SYKS.slice(0, 7)); return `${sy(r, 'WARN', 'comp', 'large_data')}Writing large partition ${ks}/${tb}: ${r.pick(['device-' + r.int(1, 9999), r.uuid(), `(${r.int(2020, 2026)}-${d2(r.int(1, 12))}, ${r.int(1, 99)})`])} (${r.int(104857600, 9000000000)} bytes) to me-3g${r.alnum(2)}_${r.alnum(4)}_${r.alnum(18)}-big-Data.db`; }),
    t(1, (r) => { const [ks, tb] = r.pick(SYKS.slice(0, 7)); return `${sy(r, 'WARN', 'comp', 'large_data')}Writing large row ${ks}/${tb}: ${r.pick(['device-' + r.int(1, 9999), r.uuid()])} (${r.int(10485760, 900000000)} bytes) to me-3g${r.alnum(2)}_${r.alnum(4)}_${r.alnum(18)}-big-Data.db`; }),
    t(2, (r) => `${sy(r, 'WARN', r.pick(['sl:default', 'statement']), 'reader_concurrency_semaphore')}${r.next() < 0.4 ? `(rate limiting dropped ${r.int(1, 9000)} similar messages) ` : ''}Semaphore _read_concurrency_sem with ${r.int(90, 100)}/100 count and ${r.int(100000, 14000000)}/14230158 memory resources: timed out, dumping permit diagnostics:`),
    t(2, (r) => { const [ks, tb] = r.pick(SYKS.slice(0, 7)); return `${sy(r, 'WARN', r.pick(['sl:default', 'statement']), 'storage_proxy')}Exception when communicating with ${r.pick(SYNODES)}, to read from ${ks}.${tb}: seastar::rpc::timeout_error (rpc call timed out)`; }),
    t(1, (r) => { const [ks] = r.pick(SYKS.slice(0, 7)); const id = r.uuid(); return `${sy(r, 'INFO', 'strm', 'repair', 0)}repair[${id}]: starting user-requested repair for keyspace ${ks}, repair id ${r.int(1, 900)}, options {{trace -> false}, {jobThreads -> 1}, {incremental -> false}, {parallelism -> parallel}, {primaryRange -> ${r.next() < 0.5 ? 'true' : 'false'}}}`; }),
    t(1, (r) => { const [ks] = r.pick(SYKS.slice(0, 7)); return `${sy(r, 'INFO', 'strm', 'repair', 0)}repair[${r.uuid()}]: Repair ${r.int(1, 900)} out of ${r.int(900, 1800)} ranges, keyspace=${ks}, table={${r.pick(SYKS)[1]}}, range=(${r.int(-9e15, 0)}, ${r.int(0, 9e15)}], ${((ps) => `peers={${ps}}, live_peers={${ps}}`)(SYNODES.filter(() => r.next() < 0.4).slice(0, 2).join(', ') || SYNODES[1])}`; }),
    t(0.4, (r) => `${sy(r, 'INFO', 'main', 'init', 0)}Scylla version 6.2.1-0.20241106.a3a0ffbcd015 initialization completed.`),
    t(0.3, (r) => `${sy(r, 'INFO', 'main', 'init', 0)}starting gossiper`),
    t(0.3, (r) => `${sy(r, 'INFO', 'main', 'init', 0)}serving`),
  ] },
  { name: 'sonicwall', templates: [
    t(20, (r) => { const c = swconn(r); return `${sw(r, 6, 262144, 98, 'Connection Opened', 6)} app=${c.app} appName='${c.an}' n=${r.int(1, 9999999)} src=${c.src} dst=${c.dst} srcMac=${swmac(r)} dstMac=${swmac(r)} proto=${c.proto} fw_action="NA"`; }),
    t(20, (r) => { const c = swconn(r); return `${sw(r, 6, 1024, 537, 'Connection Closed', 6)} app=${c.app} appName='${c.an}' n=${r.int(1, 9999999)} src=${c.src} dst=${c.dst} srcMac=${swmac(r)} dstMac=${swmac(r)} proto=${c.proto} sent=${r.int(40, 9000000)} rcvd=${r.int(40, 90000000)} spkt=${r.int(1, 90000)} rpkt=${r.int(1, 90000)} cdur=${r.int(0, 3600000)} rule="${skew(r, SWRULES, 0.5)}" fw_action="NA"`; }),
    t(6, (r) => { const c = { app: 49177 }; const host = r.pick(['www.google.com', 'outlook.office365.com', 'github.com', 'teams.microsoft.com', 'www.example.org', 'cdn.jsdelivr.net']); return `${sw(r, 6, 1024, 97, 'Web site hit', 5)} app=${c.app} n=${r.int(1, 9999999)} src=${swlan(r)}:${port(r)}:X0 dst=${r.ip()}:443:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/https dstname=${host} arg=/${r.pick(['', 'search', 'api/v1/me', 'owa/', 'favicon.ico'])} code=${r.int(1, 64)} Category="${r.pick(['Search Engines and Portals', 'Business and Economy', 'Information Technology/Computers', 'Web Communications'])}" fw_action="NA"`; }),
    t(2, (r) => { const c = { app: 49177 }; return `${sw(r, 3, 1024, 14, 'Web site access denied', 5)} app=${c.app} n=${r.int(1, 9999999)} src=${swlan(r)}:${port(r)}:X0 dst=${r.ip()}:443:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/https dstname=${r.pick(['www.tiktok.com', 'bet365.com', 'thepiratebay.org', 'www.facebook.com'])} arg=/ code=${r.int(1, 64)} Category="${r.pick(['Social Networking', 'Gambling', 'Peer-to-Peer/Piracy', 'Games'])}" fw_action="drop"`; }),
    t(4, (r) => `${sw(r, 6, 262144, 36, 'TCP packet dropped', 4)} n=${r.int(1, 9999999)} src=${r.ip()}:${port(r)}:X1 ${((x: [number, string]) => `dst=203.0.113.2:${x[0]}:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/${x[1]}`)(r.pick(SWSVC))} rule="${r.pick(['Default Deny', '1 (WAN->WAN)'])}" fw_action="drop"`),
    t(1.5, (r) => `${sw(r, 6, 262144, 38, 'ICMP packet dropped due to Policy', 4)} n=${r.int(1, 9999999)} src=${r.ip()}:${r.pick([8, 8, 13])}:X1 dst=203.0.113.2:${r.pick([8, 8, 13])}:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=icmp type=${r.pick([8, 8, 13])} icmpCode=0 fw_action="drop"`),
    t(1.2, (r) => `${sw(r, 1, 32, 608, `IPS Detection Alert: ${r.pick(SWSIGS)}`, 4)} sid=${r.int(1000, 20000)} ipscat=${r.pick(['WEB-ATTACKS', 'SCAN', 'SQL-INJECTION', 'MALWARE'])} ipspri=${r.int(1, 3)} n=${r.int(1, 99999)} src=${r.ip()}:${port(r)}:X1 dst=${r.next() < 0.7 ? '10.20.0.15' : '10.20.0.16'}:${((h) => `${h ? 443 : 80}:X2 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/${h ? 'https' : 'http'}`)(r.next() < 0.5)} fw_action="NA"`),
    t(0.8, (r) => `${sw(r, 1, 32, 789, `IPS Prevention Alert: ${r.pick(SWSIGS)}`, 4)} sid=${r.int(1000, 20000)} ipscat=${r.pick(['WEB-ATTACKS', 'SCAN', 'SQL-INJECTION', 'MALWARE'])} ipspri=${r.int(1, 3)} n=${r.int(1, 99999)} src=${r.ip()}:${port(r)}:X1 dst=${r.next() < 0.7 ? '10.20.0.15' : '10.20.0.16'}:${((h) => `${h ? 443 : 80}:X2 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/${h ? 'https' : 'http'}`)(r.next() < 0.5)} fw_action="drop"`),
    t(1.5, (r) => { const ip = r.ip(); return `${sw(r, 1, 32, 1198, `Responder from country blocked: Responder IP:${ip} Country Name:${r.pick(SWCOUNTRIES)}`, 4)} n=${r.int(1, 99999)} src=${swlan(r)}:${port(r)}:X0 dst=${ip}:${r.pick([443, 80, 53])}:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/https fw_action="drop"`; }),
    t(1.5, (r) => { const ip = r.ip(); return `${sw(r, 1, 32, 1197, `Initiator from country blocked: Initiator IP:${ip} Country Name:${r.pick(SWCOUNTRIES)}`, 4)} n=${r.int(1, 99999)} src=${ip}:${port(r)}:X1 ${((x: [number, string]) => `dst=203.0.113.2:${x[0]}:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/${x[1]}`)(r.pick([[443, 'https'], [443, 'https'], [22, '22'], [3389, 'ms-wbt-server']]))} fw_action="drop"`; }),
    t(0.8, (r) => `${sw(r, 1, 32, 82, 'Possible port scan detected', 4)} n=${r.int(1, 9999)} src=${r.ip()}:${port(r)}:X1 dst=203.0.113.2:${port(r)}:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/${port(r)} note="TCP scanned port list, ${[...new Set(some(r, [22, 23, 80, 443, 445, 1433, 3306, 3389, 5900, 8080, 8443], 4, 8))].join(', ')}" fw_action="NA"`),
    t(0.6, (r) => `${sw(r, 5, 512, 236, 'Administrator login allowed', 10)} n=${r.int(1, 999)} usr="${r.pick(['admin', 'admin', 'netops'])}" src=${swlan(r)}:${port(r)}:X0 dst=10.1.0.1:443:X0 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/https note="${r.pick(['Local admin', 'RADIUS'])}" fw_action="NA"`),
    t(0.6, (r) => `${sw(r, 1, 512, 30, 'Administrator login denied due to bad credentials', 10)} n=${r.int(1, 999)} usr="${r.pick(['admin', 'root', 'administrator', 'netops'])}" src=${r.next() < 0.6 ? r.ip() : swlan(r)}:${port(r)}:${r.next() < 0.6 ? 'X1' : 'X0'} dst=203.0.113.2:443:X1 srcMac=${swmac(r)} dstMac=${swmac(r)} proto=tcp/https fw_action="NA"`),
    t(0.5, (r) => `${sw(r, 3, 4096, 1066, 'IKE Responder: IPsec proposal does not match (Phase 2)', 8)} n=${r.int(1, 999)} src=${r.ip()}:500 dst=203.0.113.2:500 note="Local network ${r.pick(['10.1.0.0/255.255.0.0', '10.1.0.0/16'])}; Remote network ${r.pick(['192.168.50.0/255.255.255.0', '172.16.8.0/255.255.252.0'])}; Protocol: ESP ${r.pick(['AES-256', 'AES-128'])} ${r.pick(['SHA256', 'SHA1'])}" fw_action="NA"`),
  ] },
  { name: 'aws-lambda', templates: [
    t(14, (r) => `START RequestId: ${r.uuid()} Version: ${r.next() < 0.8 ? '$LATEST' : r.int(1, 90)}`),
    t(14, (r) => `END RequestId: ${r.uuid()}`),
    t(14, (r) => { const mem = lmem(r); const dur = r.float(0.9, 9000, 2); return `REPORT RequestId: ${r.uuid()}\tDuration: ${dur} ms\tBilled Duration: ${Math.ceil(Number(dur))} ms\tMemory Size: ${mem} MB\tMax Memory Used: ${r.int(60, mem)} MB\t${r.next() < 0.1 ? `Init Duration: ${r.float(120, 1800, 2)} ms\t` : ''}`; }),
    t(3, (r) => `XRAY TraceId: 1-${r.hex(8)}-${r.hex(24)}\tSegmentId: ${r.hex(16)}\tSampled: ${r.next() < 0.2 ? 'true' : 'false'}\t`),
    t(1.4, (r) => { const [v, arn] = r.pick(LRT); return `INIT_START Runtime Version: ${v}\tRuntime Version ARN: arn:aws:lambda:${LREG}::runtime:${arn}`; }),
    t(0.5, (r) => `EXTENSION\tName: ${r.pick(['datadog-agent', 'AWSParametersAndSecretsLambdaExtension', 'lambda-insights'])}\tState: Ready\tEvents: [${r.next() < 0.6 ? 'INVOKE, SHUTDOWN' : 'SHUTDOWN, INVOKE'}]`),
    t(8, (r) => `${lnode(r, 'INFO')}Processing ${r.int(1, 10)} record${r.next() < 0.2 ? '' : 's'} from ${r.pick(['SQS', 'SQS', 'Kinesis', 'DynamoDB stream'])}`),
    t(6, (r) => `${lnode(r, 'INFO')}Order ${r.pick(['ORD', 'ORD', 'RET'])}-${r.int(100000, 999999)} ${r.pick(['accepted', 'accepted', 'shipped', 'cancelled'])} for customer ${r.int(1000, 99999)}`),
    t(1.5, (r) => `${lnode(r, 'WARN')}Stripe signature verification failed: ${r.pick(['No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?', 'Timestamp outside the tolerance zone'])}`),
    t(1.5, (r) => `${lnode(r, 'ERROR')}Invoke Error \t${JSON.stringify(r.next() < 0.6 ? { errorType: 'TypeError', errorMessage: "Cannot read properties of undefined (reading 'Records')", stack: ["TypeError: Cannot read properties of undefined (reading 'Records')", `    at Runtime.handler (file:///var/task/index.mjs:${r.int(5, 90)}:${r.int(5, 40)})`, '    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)'] } : { errorType: 'ConditionalCheckFailedException', errorMessage: 'The conditional request failed', name: 'ConditionalCheckFailedException', $fault: 'client', $metadata: { httpStatusCode: 400, requestId: r.alnum(52).toUpperCase(), attempts: 1, totalRetryDelay: 0 }, stack: ['ConditionalCheckFailedException: The conditional request failed', '    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)'] })}`),
    t(3, (r) => `${lpy(r, 'INFO')}Found credentials in environment variables.`),
    t(3, (r) => `${lpy(r, 'INFO')}Generated thumbnail ${r.pick(['uploads', 'avatars', 'products'])}/${r.hex(12)}_${r.pick([128, 256, 512])}.${r.pick(['jpg', 'webp'])} (${r.int(2000, 90000)} bytes) in ${r.int(30, 4000)} ms`),
    t(0.8, (r) => `[ERROR] ${r.pick(["KeyError: 'body'", "KeyError: 'Records'", 'UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f' + r.hex(9) + '>', "ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"])}`),
    t(0.8, () => 'Traceback (most recent call last):'),
    t(1.2, (r) => `  File "/var/task/${r.pick(['app.py', 'handler.py', 'thumbnails/resize.py'])}", line ${r.int(5, 300)}, in ${r.pick(['lambda_handler', 'handler', 'resize', 'load_image'])}`),
    t(0.6, (r) => `${lts(r)} ${r.uuid()} Task timed out after ${r.pick(['3.00', '30.03', '60.05', '900.10', '15.02'])} seconds`),
    t(0.3, (r) => `RequestId: ${r.uuid()} Error: Runtime exited with error: ${r.pick(['signal: killed', 'exit status 1', 'exit status 129'])}`),
    t(0.3, () => 'Runtime.ExitError'),
    t(2.5, (r) => { const fn = 'sqs-email-sender'; return JSON.stringify({ level: r.next() < 0.85 ? 'INFO' : 'WARNING', location: `${r.pick(['handler', 'process_record', 'send_email'])}:${r.int(10, 200)}`, message: r.pick(['Email sent', 'Email sent', 'Bounce received, suppressing address', 'Template rendered']), timestamp: `${ymd(r)} ${hms(r)},${ms3(r)}+0000`, service: 'email-sender', cold_start: r.next() < 0.1, function_name: fn, function_memory_size: String(lmem(r)), function_arn: `arn:aws:lambda:${LREG}:${LACCT}:function:${fn}`, function_request_id: r.uuid(), xray_trace_id: `1-${r.hex(8)}-${r.hex(24)}` }); }),
  ] },
  { name: 'factorio', templates: [
    t(0.3, (r) => `   0.000 ${ymd(r)} ${hms(r)}; Factorio 2.0.${r.pick([23, 28, 32])} (build ${r.int(80000, 83000)}, linux64, headless, space-age)`),
    t(0.3, (r) => `${fup(r, 0.5, 3)} Info RemoteCommandProcessor.cpp:131: Starting RCON interface at IP ADDR:({0.0.0.0:27015})`),
    t(0.3, (r) => `${fup(r, 0.5, 3)} Hosting game at IP ADDR:({0.0.0.0:${r.next() < 0.9 ? 34197 : 34198}})`),
    t(2, (r) => { const [a, b] = r.pick(FSTATES); return `${ft(r, 'Info', 'ServerMultiplayerManager.cpp', 1045)}updateTick(${r.int(0, 90000000)}) changing state from(${a}) to(${b})`; }),
    t(4, (r) => `${ft(r, 'Info', 'ServerMultiplayerManager.cpp', 923)}Received peer info for peer(${r.int(1, 400)}) username(${r.pick(FPLAYERS)}).`),
    t(4, (r) => `${ft(r, 'Info', 'ServerSynchronizer.cpp', 649)}nextHeartbeatSequenceNumber(${r.int(1, 9000000)}) adding peer(${r.int(1, 400)}) success(${r.next() < 0.95 ? 'true' : 'false'}).`),
    t(8, (r) => { const i = r.int(0, FPEER.length - 2); return `${ft(r, 'Info', 'ServerMultiplayerManager.cpp', 808)}oldState(${FPEER[i]}) newState(${FPEER[i + 1]})`; }),
    t(3, (r) => `${ft(r, 'Info', 'ServerMultiplayerManager.cpp', 1172)}Disconnect notification for peer (${r.int(1, 400)})`),
    t(8, (r) => `${ft(r, 'Info', 'AppManagerStates.cpp', 2087)}Saving game as ${r.next() < 0.8 ? `/opt/factorio/saves/_autosave${r.int(1, 5)}.zip` : '/opt/factorio/saves/megabase space age.zip'}`),
    t(8, (r) => `${ft(r, 'Info', 'AppManagerStates.cpp', 2121)}Saving finished`),
    t(1, (r) => `${ft(r, 'Info', 'AuthServerConnector.cpp', 110)}Matching server connection resumed`),
    t(0.5, (r) => `${ft(r, 'Warning', 'ServerMultiplayerManager.cpp', 1320)}Peer ${r.int(1, 400)} (${r.pick(FPLAYERS)}) dropped: ${r.pick(['Connection timed out', 'Heartbeat timeout', 'Desync'])}`),
    t(5, (r) => `${fdt(r)}[JOIN] ${r.pick(FPLAYERS)} joined the game`),
    t(5, (r) => `${fdt(r)}[LEAVE] ${r.pick(FPLAYERS)} left the game`),
    t(10, (r) => `${fdt(r)}[CHAT] ${r.pick(FPLAYERS)}: ${r.pick(FCHAT)}`),
    t(0.4, (r) => `${fdt(r)}[COMMAND] ${r.pick(FPLAYERS)} (command): ${r.pick(['game.player.print(game.player.surface.daytime)', 'game.speed = 1', "game.forces['player'].chart_all()"])}`),
    t(0.2, (r) => `${fdt(r)}[KICK] ${r.pick(FPLAYERS)} was kicked by ${r.pick(['hana', '<server>'])}. Reason: ${r.pick(['afk', 'griefing the main bus', 'unspecified'])}.`),
    t(0.1, (r) => `${fdt(r)}[BAN] ${r.pick(FPLAYERS)} was banned by ${r.pick(['hana', '<server>'])}. Reason: ${r.pick(['griefing', 'deconstructed the rail network', 'unspecified'])}.`),
  ] },
  { name: 'configmgr-client', templates: [
    t(6, (r) => { const [a, b] = r.pick(CMSTATES); return cm(r, `Execution Request for advert ${CMSITE}2${hexUp(r, 5)} package ${cmpkg(r)} program ${r.pick(CMPROGS)} state change from ${a} to ${b}`, 'execmgr', 1); }),
    t(2, (r) => cm(r, `Running "${r.pick(CMCMDS)}" with ${r.next() < 0.6 ? '32bitLauncher' : '64bitLauncher'}`, 'execmgr', 1)),
    t(2, (r) => cm(r, `Program exit code ${r.next() < 0.85 ? 0 : r.pick([1603, 3010, 1618, 1])}`, 'execmgr', 1)),
    t(1.5, (r) => cm(r, `Raising client SDK event for class CCM_Program, instance CCM_Program.PackageID="${cmpkg(r)}",ProgramID="${r.pick(CMPROGS)}", actionType ${r.pick([1, 1, 10])}l, value NULL, user NULL, session 4294967295l, level 0l, verbosity 30l`, 'execmgr', 1)),
    t(4, (r) => cm(r, `Requesting content ${cmpkg(r)}.${r.int(1, 12)}, size(KB) ${r.int(100, 9000000)} under context System with priority ${r.pick(['Low', 'Medium', 'High'])}`, 'ContentAccess', 1)),
    t(4, (r) => cm(r, `Location update from CTM for content ${cmpkg(r)}.${r.int(1, 12)} and request ${guid(r)}`, 'ContentAccess', 1)),
    t(4, (r) => cm(r, `Download completed for content ${cmpkg(r)}.${r.int(1, 12)} under context System`, 'ContentAccess', 1)),
    t(6, (r) => cm(r, `DTSJob ${guid(r)} in state '${r.pick(CMDTS)}'.`, 'DataTransferService', 1)),
    t(2, (r) => cm(r, `DTSJob ${guid(r)} successfully completed download.`, 'DataTransferService', 1)),
    t(1, (r) => cm(r, `DTS job ${guid(r)} BITS job ${guid(r)}`, 'DataTransferService', 1)),
    t(3, (r) => cm(r, `CTM job ${guid(r)} successfully processed download completion.`, 'ContentTransferManager', 1)),
    t(10, (r) => cm(r, `Update (${CMSUM(r)}) Progress: Status = ${r.pick(CMCI)}, PercentComplete = ${r.int(0, 100)}, DownloadSize = ${r.next() < 0.5 ? 0 : r.int(1000, 900000000)}, Result = 0x${r.next() < 0.9 ? '0' : r.pick(['80240022', '8024200b', '87d00692'])}`, 'UpdatesDeploymentAgent', 1)),
    t(2, (r) => cm(r, `Current AD site of machine is ${r.pick(['HQ-Berlin', 'HQ-Berlin', 'Branch-Hamburg', 'Default-First-Site-Name'])}`, 'LocationServices', 1)),
    t(2, (r) => { const dp = r.pick(CMDPS); const pkg = cmpkg(r); return cm(r, `Distribution Point='http://${dp}/SMS_DP_SMSPKG$/${pkg}', Locality='${dp === CMDPS[0] ? 'SUBNET' : r.pick(['LOCAL', 'REMOTE'])}', DPType='SERVER', Version='9128', Capabilities='<Capabilities SchemaVersion="1.0"><Property Name="SSLState" Value="0"/></Capabilities>', Signature='http://${dp}/SMS_DP_SMSSIG$/${pkg}', ForestTrust='TRUE',`, 'LocationServices', 1); }),
    t(5, (r) => cm(r, `OutgoingMessage(Queue='${r.pick(['mp_[http]mp_relayendpoint', 'mp_[http]mp_locationmanager', 'mp_[http]mp_statusmanager', 'mp_[http]mp_policymanager'])}', ID=${guid(r)}): Delivered successfully to host '${CMMP}'.`, 'CcmMessaging', 1)),
    t(1.2, (r) => cm(r, `[CCMHTTP] ERROR: URL=http://${CMMP}/ccm_system/request, Port=80, Options=${r.pick([480, 1248])}, Code=${r.pick([0, 12002, 12029])}, Text=${r.pick(['CCM_E_BAD_HTTP_STATUS_CODE', 'ERROR_WINHTTP_TIMEOUT', 'ERROR_WINHTTP_CANNOT_CONNECT'])}`, 'CcmMessaging', 3)),
    t(0.8, (r) => cm(r, `[CCMHTTP] ERROR INFO: StatusCode=${r.pick(['503 StatusText=Service Unavailable', '500 StatusText=Internal Server Error', '403 StatusText=Forbidden'])}`, 'CcmMessaging', 3)),
    t(1.5, (r) => cm(r, `Received delta policy update with ${r.int(0, 40)} assignments`, 'PolicyAgent_RequestAssignments', 1)),
    t(1, (r) => cm(r, `Requesting Machine policy assignments`, 'PolicyAgent_RequestAssignments', 1)),
    t(0.6, (r) => cm(r, `Failed to download policy CCM_Policy_Policy5.PolicyID="${CMSITE}2${hexUp(r, 5)}-${cmpkg(r)}-${hexUp(r, 8)}",PolicyVersion="${r.int(1, 40)}.00",PolicySource="SMS:${CMSITE}" (Error: ${r.pick(['80004005', '80190194'])}).`, 'PolicyAgent_PolicyDownload', 3)),
  ] },
];

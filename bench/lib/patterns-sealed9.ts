// Ninth sealed evaluation corpus for the template miner: written on 2026-12-07, before any miner
// change of the round after sealed8, by a helper that had read neither the miner nor any per-system
// score of the other sets (only the few figures older headers and commit subjects quote). It is
// meant to be scored like sealed5 to sealed8 (average and minimum only until a round ends, per
// system only at the end of that round). The lines are written from knowledge of the formats, not
// copied, with the variable parts drawn from the seeded RNG.
// Formats in none of the other sets: Varnish (varnishncsa with hit/miss fields, varnishd's syslog
// lines and varnishlog's raw Backend_health records), the Kubernetes API server's audit log (JSON),
// Logstash's own log, Linux storage daemons under syslog (mdadm --monitor, the md driver's kernel
// lines, ZFS's zed and LVM's dmeventd), Cyrus IMAP under syslog, Kamailio under syslog, ejabberd
// (Erlang/OTP logger), Home Assistant, Jellyfin (Serilog), Node-RED, the Bacula director's job
// messages with its job report block, Argo CD (logrus text), istiod, a Rust actix-web service
// logging through env_logger, unattended-upgrades with APT's history.log, and a Temporal server's
// zap JSON.
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed8: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Each template below is one event. Decisions taken for the ambiguous cases:
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event (varnishncsa's `"GET http://host/x HTTP/1.1"` / `"POST ..."` / `"HEAD ..."` / `"PURGE
//   ..."`, actix-web's Logger line `ip "GET /x HTTP/1.1" 200 ...` / `"POST ..."` / `"PUT ..."` /
//   `"DELETE ..."`). A method inside a value stays a variable: the audit log's `"verb":"get"`,
//   Kamailio's script line `request REGISTER from <uri> ...` (the script prints `$rm`), Jellyfin's
//   slow-response URL, varnishd's CLI command after `Rd`.
// - varnishncsa's trailing `%{Varnish:hitmiss}x %{Varnish:time_firstbyte}x %{Varnish:handling}x`
//   are log fields: `hit` / `miss` and `hit` / `miss` / `pass` / `synth` are variables, as are the
//   status and the size (`-` for none). varnishlog's raw records are field lists (as Zeek's
//   columns in sealed6): `Backend_health` is the event, and every field (the backend, `Still
//   healthy` / `Went sick` / `Back healthy` / `Still sick`, the probe bit string, the timings, the
//   response line) a variable. varnishd's CLI `Rd` (the command, free text) and `Wr` (the status
//   and reply, free text) lines are two events; `Child (N) said <text>` is one event whose text is
//   a variable; `Child (N) died signal=N` takes an optional ` (core dumped)` from one statement, a
//   variable of zero or two tokens.
// - JSON: the Kubernetes audit log has no message key, so it is labelled by its layout, the set of
//   top-level keys (as sealed6 did for JSON without a message). Every value is a variable, nested
//   objects included: the verb, stage, level, `user` (its groups list and `extra` map of varying
//   length), `objectRef` (whose optional keys name / uid / apiGroup / resourceVersion / subresource
//   come and go with the request), `responseStatus` (a 200's `{"metadata":{},"code":200}` and a
//   403's or 409's Status with message and reason alike), `annotations`, `requestObject`. So a
//   resource request with a response, a non-resource request (no objectRef), a RequestReceived
//   record (no responseStatus, no annotations), an unauthenticated 401 (no objectRef, no
//   annotations), an impersonated request (impersonatedUser added) and a Request-level record
//   (requestObject added) are six events. Temporal's zap lines are labelled by the wording of `msg`
//   (every other key's value is a variable, `lifecycle` included); its `"msg":"none"` lines have no
//   wording, so they are labelled by their key set (the controller's and a shard item's are two
//   events). `Unable to call matching.PollWorkflowTaskQueue.` and `...PollActivityTaskQueue.` are
//   two constant messages, so two events.
// - Key lists: Argo CD's logrus lines are labelled by `msg` together with its key set; every value
//   (application=, dest-server=, time_ms=, grpc.code=, `dest-name=` empty) is a variable. Where msg
//   itself carries a printed value it is a variable inside msg: the refresh reason and level in
//   `Refreshing app status (<reason>), level (N)`, the cluster and namespace of `Comparing app
//   state`, the statuses of `Updated sync status: A -> B` / `Updated health status: A -> B` (two
//   events: the wording differs), the code of `finished unary call with code OK`, the app-source
//   struct dump of `manifest cache hit:` / `manifest cache miss:` (two events). Its `msg=Trace`
//   exec lines are one event whatever command `args=` holds. Kamailio's acc lines (`ACC:
//   transaction answered:` / `ACC: call missed:` / `ACC: request acknowledged:`, three events:
//   the wording differs) carry one `;`-separated key=value list, all values variables. Cyrus's
//   auditlog `key=<value>` list likewise (`sysflags=<>` empty or `<\Seen>`). zed's all-syslog
//   lines are key lists: the class (`history_event`, `scrub_finish`, `statechange`, `checksum`,
//   ...) is a value, so the events are the key sets: `eid class pool`, plus `vdev vdev_state`,
//   plus `vdev size offset priority err flags bookmark`. Logstash's Ruby hashes (`{:port=>9600,
//   ...}`, an event's `{"@timestamp"=>...}`) are variables of varying length, and its slowlog line,
//   a hash with no wording, is one event by its logger.
// - Verbs and outcomes in the wording are events: varnishd's `Started` / `not responding to CLI,
//   killed it.` / `died` / `ended` / `Child cleanup complete`; Cyrus's `login:` / `badlogin:`,
//   `SSL_accept() incomplete -> wait` / `succeeded -> done`, `exited, status N` / `exited,
//   signaled to death by N`, `checkpointing` / `done checkpointing cyrus databases`; ejabberd's
//   `Accepted c2s ... authentication` / `Failed c2s ... authentication`, `Opened` / `Closing c2s
//   session`, `Created` / `Destroyed MUC room`; Jellyfin's `has succeeded.` / `has been denied`,
//   `WS "ip" request` / `closed`; Node-RED's `Starting` / `Started` / `Stopping` / `Stopped flows`,
//   `Connected to` / `Disconnected from broker`, `Connecting to` / `Connected to` a server; the
//   actix service's `redis cache hit` / `miss`; Argo CD's `Sync operation to R succeeded` /
//   `failed: <reason>`; APT's `Install:` / `Upgrade:` / `Remove:` lines; unattended-upgrades'
//   `All upgrades installed` / `No packages found ...`; istiod's `XDS: Pushing` / `XDS:
//   Incremental Pushing`, `ADS: new connection` / `terminated`, `Leader election cycle N won` /
//   `lost`; Bacula's `Fatal error: ... Unable to connect` / `Warning: ... Could not connect ...
//   Retrying ...`; Home Assistant's `Connected to` / `Disconnected from MQTT server`.
// - States and kinds printed as values stay variables: mdadm's event name in `<Event> event
//   detected on md device X` (with `, component device Y` it is another statement, so another
//   event); the md driver's action (`recovery`, `resync`, `data-check`) in `md: <action> of RAID
//   array X` and `md: X: <action> done.`, and the driver prefix in front of the md driver's
//   messages (`md/raid1:md0:` and `md/raid:md1:` print the same sentence, `Disk failure on X,
//   disabling device.`, from two drivers: one event); dmeventd's `data` / `metadata` in `Thin pool
//   X <kind> is now N% full.`; ejabberd's SASL mechanism and auth backend, its socket tag
//   `(tls|<0.1.0>)`; Cyrus's TLS version and cipher and `new` / `reused`, the login mechanism
//   (`PLAIN+TLS`); the xDS type and the push kind (`PUSH`, `PUSH request`, `PUSH INC`) of istiod's
//   push lines (which split into events by key set only, below); Bacula's `Termination:` value
//   (`Backup OK`, `Backup OK -- with warnings`, `*** Backup Error ***`) and level; Argo CD's
//   `application status is Synced`; Home Assistant's automation `Already running` mode message is
//   wording, the alias a variable.
// - istiod's push lines are a `key:value` list after the node, and key sets that differ are
//   different events (as sealed8's Solr lines with and without `hits=`): plain `resources: size:`
//   (CDS, LDS, NDS), `resources: size: cached:` (RDS) and `resources: size: empty: cached:` (EDS).
//   The scope (`ads`, `model`, `leader election`) and level are part of the event.
// - Prefix fields: a logger or class name is part of the event where one statement always logs
//   under it (Logstash's padded logger, Jellyfin's and Home Assistant's class or module, the Rust
//   module path, ejabberd's `module:function/arity:line`, Kamailio's `module [file.c:line]:
//   function():`), and a variable where a shared helper logs under its caller's name: Home
//   Assistant's DataUpdateCoordinator and entity-platform messages (`Error fetching X data:`,
//   `Updating X took longer than the scheduled update interval`) and automation messages log under
//   the integration's or automation's logger, so that logger is a variable there. Node-RED's node
//   prefix `[type:name]`: the type is part of the event, the name (with spaces, or the node's hex
//   id when unnamed) a variable. Logstash's pipeline and plugin ids, Jellyfin's and HA's thread,
//   a syslog header's host and pid, ejabberd's Erlang pid, the Bacula daemon and JobId prefix are
//   variables. Bacula's job report lines print without the prefix; each labelled line (`  JobId:`,
//   `  Elapsed time:`, ...) is an event of its own, and `Elapsed time=..., Transfer rate=...`
//   with the prefix is another.
// - Free text that fills a statement's hole is a variable: Node-RED's debug and function output, a
//   Logstash JSON parse error's raw text, an SQL statement (Logstash's jdbc input, sqlx),
//   Jellyfin's ffmpeg command line, Home Assistant's not-ready reason, APT's command line and
//   package lists, unattended-upgrades' package and origin lists (empty included), a Temporal
//   error, an ejabberd close reason, Kamailio's read error, Bacula's ERR= text and RunBefore
//   output.
// - A name or path with spaces (a Node-RED node name, a Jellyfin item or task name, an HA entry
//   title or automation alias, a Cyrus mailbox `user/alice/Sent Items`, a Bacula file) is one
//   variable of varying length.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, mon, bsd, ymd, ms3, usec, skew, syslog, port, some, PEOPLE, pick, lan, epoch } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const iso = (r: Rng, frac: 3 | 6 = 3) => `${ymd(r)}T${hms(r)}.${frac === 3 ? ms3(r) : usec(r)}Z`;
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const kup = (r: Rng) => `[${String(r.int(100, 9999999)).padStart(5, ' ')}.${usec(r)}]`;
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'curl/8.5.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
];

// Varnish
const vclf = (r: Rng) => `[${d2(r.int(1, 28))}/${mon(r)}/2026:${hms(r)} +0000]`;
const VHOSTS = ['www.example.com', 'shop.example.com', 'static.example.com', 'api.example.com'];
const VREFS = ['https://www.example.com/', 'https://www.google.com/', 'https://shop.example.com/cart', 'https://www.example.com/blog/winter-sale'];
const vurl = (r: Rng) => pick(r, [
  () => '/',
  (r: Rng) => `/products/${r.pick(['red-running-shoes', 'oak-desk', 'linen-shirt', 'desk-lamp-2'])}`,
  (r: Rng) => `/static/js/app.${r.hex(8)}.js`,
  (r: Rng) => `/img/p/${r.int(1000, 9999)}/${r.pick(['large', 'thumb', 'zoom'])}.webp`,
  (r: Rng) => `/api/search?q=${r.pick(['red+shoes', 'desk', 'lamp', 'gift+card'])}&page=${r.int(1, 5)}`,
  () => '/favicon.ico',
  () => '/health',
  (r: Rng) => `/blog/${r.pick(['winter-sale', 'how-we-ship', 'new-store-opening'])}`,
]);
const vclient = (r: Rng) => (r.next() < 0.7 ? r.ip() : lan(r));
const vncsa = (r: Rng, m: string, url: string, st: number, size: number, hitmiss: string, handling: string) => { const purge = m === 'PURGE';
  return `${purge ? `10.0.1.${r.int(20, 24)}` : vclient(r)} - ${purge || r.next() < 0.97 ? '-' : r.pick(PEOPLE)} ${vclf(r)} "${m} http://${skew(r, VHOSTS, 0.5)}${url} HTTP/${purge || r.next() < 0.8 ? '1.1' : '2.0'}" ${st} ${size === 0 ? '-' : size} "${purge || r.next() < 0.5 ? '-' : r.pick(VREFS)}" "${purge ? r.pick(['curl/8.5.0', 'GuzzleHttp/7', 'Varnish-Purger/1.2']) : skew(r, UAS, 0.4)}" ${hitmiss} ${r.float(0, hitmiss === 'hit' ? 0.001 : 2, 6)} ${handling}`; };
const vd = (r: Rng) => syslog(r, ['cache-01', 'cache-02'], 'varnishd', 812);
const vchild = (r: Rng) => skew(r, [23417, 23980, 24512], 0.6);
const vcli = (r: Rng) => `CLI telnet 127.0.0.1 ${port(r)} 127.0.0.1 6082`;
const vvcl = (r: Rng) => `reload_2026${d2(r.int(11, 12))}${d2(r.int(1, 28))}_${hms(r).replace(/:/g, '')}_${r.int(1000, 99999)}`;
const VBACKENDS = ['boot.web1', 'boot.web2', 'boot.api', 'boot.static'];
const rfc1123 = (r: Rng) => { const d = r.int(1, 28); const m = r.next() < 0.8 ? 12 : 11; return `${DOW[new Date(Date.UTC(2026, m - 1, d)).getUTCDay()]}, ${d2(d)} ${m === 12 ? 'Dec' : 'Nov'} 2026 ${hms(r)} GMT`; };

// Kubernetes API server audit log
const KVER = 'v1.31.2';
const KNODES = ['worker-1', 'worker-2', 'worker-3', 'worker-4', 'cp-1'];
type KWho = { user: Record<string, unknown>; ua: string; ip: string };
const kNode = (r: Rng): KWho => { const n = skew(r, KNODES, 0.3); return { user: { username: `system:node:${n}`, groups: ['system:nodes', 'system:authenticated'] }, ua: `kubelet/${KVER} (linux/amd64) kubernetes/5864a46`, ip: `10.0.0.${11 + KNODES.indexOf(n)}` }; };
const kCtl = (r: Rng, ctl: string): KWho => ({ user: { username: `system:serviceaccount:kube-system:${ctl}`, uid: r.uuid(), groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system', 'system:authenticated'] }, ua: `kube-controller-manager/${KVER} (linux/amd64) kubernetes/5864a46/${ctl}`, ip: '10.0.0.15' });
const kSA = (r: Rng, ns: string, sa: string, ua: string): KWho => ({
  user: { username: `system:serviceaccount:${ns}:${sa}`, uid: r.uuid(), groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'],
    ...(r.next() < 0.6 ? { extra: { 'authentication.kubernetes.io/credential-id': [`JTI=${r.uuid()}`], 'authentication.kubernetes.io/node-name': [r.pick(KNODES)], 'authentication.kubernetes.io/node-uid': [r.uuid()], 'authentication.kubernetes.io/pod-name': [`${sa}-${r.alnum(9)}-${r.alnum(5)}`], 'authentication.kubernetes.io/pod-uid': [r.uuid()] } } : {}) },
  ua, ip: `10.42.${r.int(0, 9)}.${r.int(2, 250)}` });
const kHuman = (r: Rng): KWho => { const u = r.pick(['alice', 'bob', 'hana', 'ivan']); return { user: { username: `oidc:${u}@example.com`, groups: [...new Set(some(r, ['oidc:platform-admins', 'oidc:developers', 'oidc:sre'], 1, 2))].concat('system:authenticated') }, ua: r.next() < 0.8 ? `kubectl/v1.31.3 (${r.pick(['linux/amd64', 'darwin/arm64'])}) kubernetes/c83cbee` : 'k9s/v0.32.7 (linux/amd64) kubernetes/$Format', ip: r.ip() }; };
const kWho = (r: Rng): KWho => pick(r, [kNode, kNode, kNode, (r: Rng) => kCtl(r, r.pick(['replicaset-controller', 'endpointslice-controller', 'deployment-controller', 'generic-garbage-collector'])), (r: Rng) => kSA(r, 'argocd', 'argocd-application-controller', 'argocd-application-controller/v2.13.1+af54ef8 (linux/amd64) kubernetes/af54ef8'), kHuman]);
const KNS = ['shop', 'shop', 'payments', 'argocd', 'kube-system', 'monitoring'];
type KReq = { verb: string; uri: string; ref: Record<string, unknown> | null };
const kpod = (r: Rng) => `${r.pick(['shop-api', 'shop-worker', 'ledger', 'grafana'])}-${r.alnum(9)}-${r.alnum(5)}`;
const kReq = (r: Rng, who: KWho): KReq => {
  const u = who.user.username as string;
  if (u.startsWith('system:node:')) {
    const n = u.slice(12);
    return pick<KReq>(r, [
      () => ({ verb: 'update', uri: `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${n}?timeout=10s`, ref: { resource: 'leases', namespace: 'kube-node-lease', name: n, uid: r.uuid(), apiGroup: 'coordination.k8s.io', apiVersion: 'v1', resourceVersion: String(r.int(100000, 9999999)) } }),
      () => ({ verb: 'update', uri: `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${n}?timeout=10s`, ref: { resource: 'leases', namespace: 'kube-node-lease', name: n, uid: r.uuid(), apiGroup: 'coordination.k8s.io', apiVersion: 'v1', resourceVersion: String(r.int(100000, 9999999)) } }),
      () => ({ verb: 'get', uri: `/api/v1/nodes/${n}?resourceVersion=0&timeout=10s`, ref: { resource: 'nodes', name: n, apiVersion: 'v1' } }),
      () => ({ verb: 'patch', uri: `/api/v1/nodes/${n}/status?timeout=10s`, ref: { resource: 'nodes', name: n, apiVersion: 'v1', subresource: 'status' } }),
      (r: Rng) => { const ns = r.pick(KNS); const cm = r.pick(['kube-root-ca.crt', 'shop-config', 'grafana-dashboards']); return { verb: 'get', uri: `/api/v1/namespaces/${ns}/configmaps/${cm}`, ref: { resource: 'configmaps', namespace: ns, name: cm, apiVersion: 'v1' } }; },
    ]);
  }
  return pick<KReq>(r, [
    (r: Rng) => { const ns = r.pick(KNS); return { verb: 'list', uri: `/api/v1/namespaces/${ns}/pods?limit=500`, ref: { resource: 'pods', namespace: ns, apiVersion: 'v1' } }; },
    (r: Rng) => { const ns = r.pick(KNS); return { verb: 'watch', uri: `/api/v1/namespaces/${ns}/pods?allowWatchBookmarks=true&resourceVersion=${r.int(100000, 9999999)}&timeout=${r.int(5, 9)}m${r.int(0, 59)}s&timeoutSeconds=${r.int(300, 600)}&watch=true`, ref: { resource: 'pods', namespace: ns, apiVersion: 'v1' } }; },
    (r: Rng) => { const ns = r.pick(KNS); const d = r.pick(['shop-api', 'shop-worker', 'ledger']); return { verb: r.pick(['get', 'patch', 'update']), uri: `/apis/apps/v1/namespaces/${ns}/deployments/${d}`, ref: { resource: 'deployments', namespace: ns, name: d, apiGroup: 'apps', apiVersion: 'v1' } }; },
    (r: Rng) => { const a = r.pick(['shop', 'payments', 'monitoring']); return { verb: r.pick(['get', 'patch']), uri: `/apis/argoproj.io/v1alpha1/namespaces/argocd/applications/${a}`, ref: { resource: 'applications', namespace: 'argocd', name: a, apiGroup: 'argoproj.io', apiVersion: 'v1alpha1' } }; },
    (r: Rng) => { const ns = r.pick(KNS); return { verb: 'create', uri: `/api/v1/namespaces/${ns}/events`, ref: { resource: 'events', namespace: ns, name: `${kpod(r)}.${r.hex(16)}`, apiVersion: 'v1' } }; },
    (r: Rng) => { const ns = r.pick(KNS); const es = `${r.pick(['shop-api', 'ledger', 'grafana'])}-${r.alnum(5)}`; return { verb: 'update', uri: `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices/${es}`, ref: { resource: 'endpointslices', namespace: ns, name: es, uid: r.uuid(), apiGroup: 'discovery.k8s.io', apiVersion: 'v1', resourceVersion: String(r.int(100000, 9999999)) } }; },
    (r: Rng) => { const ns = r.pick(KNS); const p = kpod(r); return { verb: 'create', uri: `/api/v1/namespaces/${ns}/pods/${p}/exec?command=sh&container=app&stdin=true&stdout=true&tty=true`, ref: { resource: 'pods', namespace: ns, name: p, apiVersion: 'v1', subresource: 'exec' } }; },
  ]);
};
const kStatus = (r: Rng, req: KReq) => {
  const x = r.next();
  if (x < 0.9) return { metadata: {}, code: req.verb === 'create' ? 201 : 200 };
  const res = (req.ref?.resource as string) ?? 'pods';
  if (x < 0.95) return { metadata: {}, status: 'Failure', message: `${res} is forbidden: User "system:serviceaccount:shop:default" cannot ${req.verb} resource "${res}" in API group "${req.ref?.apiGroup ?? ''}" in the namespace "${req.ref?.namespace ?? 'default'}"`, reason: 'Forbidden', details: { kind: res }, code: 403 };
  if (x < 0.98) return { metadata: {}, status: 'Failure', message: `Operation cannot be fulfilled on ${res}${req.ref?.apiGroup ? `.${req.ref.apiGroup}` : ''} "${req.ref?.name ?? 'x'}": the object has been modified; please apply your changes to the latest version and try again`, reason: 'Conflict', details: { name: req.ref?.name, kind: res }, code: 409 };
  return { metadata: {}, status: 'Failure', message: `${res} "${req.ref?.name ?? 'x'}" not found`, reason: 'NotFound', details: { name: req.ref?.name, kind: res }, code: 404 };
};
const kAnn = (r: Rng, who: KWho, st: { code: number }) => {
  if (st.code === 403) return { 'authorization.k8s.io/decision': 'forbid', 'authorization.k8s.io/reason': '' };
  const u = who.user.username as string;
  if (u.startsWith('system:node:')) return { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': '' };
  const [kind, name] = u.startsWith('oidc:') ? ['Group', r.pick(['oidc:platform-admins', 'oidc:developers'])] : ['ServiceAccount', `${u.split(':')[3]}/${u.split(':')[2]}`];
  const crb = u.startsWith('oidc:') ? r.pick(['platform-admins', 'developers-edit']) : `system:controller:${u.split(':')[3]}`;
  return { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': `RBAC: allowed by ClusterRoleBinding "${crb}" of ClusterRole "${r.pick([crb, 'cluster-admin', 'edit'])}" to ${kind} "${name}"` };
};
const kts = (r: Rng) => { const a = `${ymd(r)}T${hms(r)}`; const u = r.int(0, 989999); return [`${a}.${pad(u, 6)}Z`, `${a}.${pad(u + r.int(50, r.next() < 0.9 ? 9000 : 10000), 6)}Z`]; };
const kHead = (r: Rng, stage: string, level = 'Metadata') => ({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', level, auditID: r.uuid(), stage });

// Logstash
const LSPIPES = ['main', 'beats-ingest', 'jdbc-orders'];
const ls = (r: Rng, lvl: string, logger: string, pipe: boolean | string, plugin: string | null = null) =>
  `[${ymd(r)}T${hms(r)},${ms3(r)}][${lvl.padEnd(5)}][${logger.padEnd(25)}]${pipe ? `[${typeof pipe === 'string' ? pipe : skew(r, LSPIPES, 0.6)}]` : ''}${plugin !== null ? `[${plugin}]` : ''} `;
const lsPlug = (r: Rng, named: string) => (r.next() < 0.6 ? r.hex(64) : named);
const LSES = ['es-01', 'es-02', 'es-03'];
const lsEvent = (r: Rng) => `{"@timestamp"=>${iso(r)}, "message"=>"${r.pick(['GET /api/orders 200 12ms', 'user login ok', 'payment declined: card expired', '{\\"level\\":\\"info\\",\\"msg\\":\\"tick\\"}'])}", "@version"=>"1", "host"=>{"name"=>"${r.pick(['web-01', 'web-02', 'worker-01'])}"}${r.next() < 0.5 ? `, "status"=>"${r.pick(['OK', 'n/a', '-'])}"` : ''}, "tags"=>[${r.next() < 0.6 ? '' : '"_grokparsefailure"'}]}`;
const LSDOCERR = [
  (r: Rng) => `{"type"=>"document_parsing_exception", "reason"=>"[1:${r.int(20, 900)}] failed to parse field [status] of type [long] in document with id '${r.alnum(20)}'. Preview of field's value: 'OK'", "caused_by"=>{"type"=>"illegal_argument_exception", "reason"=>"For input string: \\"OK\\""}}`,
  () => `{"type"=>"mapper_parsing_exception", "reason"=>"object mapping for [host] tried to parse field [host] as object, but found a concrete value"}`,
  () => `{"type"=>"illegal_argument_exception", "reason"=>"Limit of total fields [1000] has been exceeded while adding new fields [3]"}`,
];
const LSSQL = [
  (r: Rng) => `SELECT id, status, total, updated_at FROM orders WHERE updated_at > '${ymd(r)} ${hms(r)}' ORDER BY updated_at ASC`,
  (r: Rng) => `SELECT count(*) AS "count" FROM (SELECT * FROM customers WHERE id > ${r.int(1000, 900000)}) AS "t1" LIMIT 1`,
  (r: Rng) => `SELECT * FROM (SELECT * FROM customers WHERE id > ${r.int(1000, 900000)}) AS "t1" LIMIT ${r.pick([1000, 5000])} OFFSET ${r.int(0, 40) * 1000}`,
];
const lsRaw = (r: Rng) => r.pick(['{\\"user\\":\\"alice\\",\\"action\\":\\"login', 'user=bob action=logout', '{\\"level\\":\\"info\\",\\"msg\\":\\"order created\\",\\"total\\":12.5,}', 'Dec  7 10:11:12 web-01 sshd[812]: Accepted publickey for deploy']);

// mdadm / md / zed / dmeventd
const st = (r: Rng, prog: string, pid?: number) => syslog(r, ['nas-01', 'nas-02'], prog, pid);
const MDS: [string, string[]][] = [['md0', ['sda1', 'sdb1']], ['md1', ['sdc', 'sdd', 'sde', 'sdf']], ['md127', ['nvme0n1p3', 'nvme1n1p3']]];
const md = (r: Rng) => skew(r, MDS, 0.5);
const MDEV = ['DegradedArray', 'RebuildStarted', 'Rebuild20', 'Rebuild40', 'Rebuild60', 'Rebuild80', 'RebuildFinished', 'SparesMissing', 'NewArray', 'DeviceDisappeared'];
const MDEV_COMP = ['Fail', 'FailSpare', 'SpareActive', 'MoveSpare'];
const ZPOOLS = ['tank', 'tank', 'backup', 'rpool'];
const zvdev = (r: Rng) => `/dev/disk/by-id/ata-${r.pick(['WDC_WD80EFZZ-68BTXN0_WD-CA0', 'ST8000VN004-3CP101_WWZ', 'TOSHIBA_MG08ACA16TE_X1'])}${upper(r, 5)}-part1`;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function upper(r: Rng, n: number) { let s = ''; for (let i = 0; i < n; i++) s += UPPER[(r.next() * UPPER.length) | 0]; return s; }
const ZCLASS = ['history_event', 'history_event', 'config_sync', 'scrub_start', 'scrub_finish', 'resilver_start', 'resilver_finish', 'pool_import', 'trim_start', 'trim_finish'];
const ZLETS = ['all-syslog.sh', 'all-syslog.sh', 'history_event-zfs-list-cacher.sh', 'statechange-notify.sh', 'scrub_finish-notify.sh', 'resilver_finish-start-scrub.sh'];
const TPOOLS = ['vg0-pool-tpool', 'vg_data-thin-tpool'];

// Cyrus IMAP
const cy = (r: Rng, svc: string, pid?: number) => syslog(r, ['mail-01'], `cyrus/${svc}`, pid ?? r.int(2000, 60000));
const cyhost = (r: Rng) => { const ip = r.next() < 0.6 ? r.ip() : lan(r, '192.168'); return r.next() < 0.5 ? `${r.pick(['dsl-187-12.example.net', 'mail.example.org', 'vpn-gw.example.com', 'unknown'])} [${ip}]` : `[${ip}]`; };
const cyuser = (r: Rng) => skew(r, [...PEOPLE, 'helpdesk', 'info'], 0.2);
const cymbox = (r: Rng) => { const u = cyuser(r); return r.next() < 0.5 ? `user/${u}` : `user/${u}/${r.pick(['Sent', 'Sent Items', 'Trash', 'Archive/2026', 'Junk', 'Lists/dev announce'])}`; };
const cysess = (r: Rng) => `<mail-01-${r.int(2000, 60000)}-${epoch(r)}-${r.int(1, 9)}-${r.int(1e9, 9.99e9)}${r.int(1e9, 9.99e9)}>`;
const cymsgid = (r: Rng) => `<${r.alnum(12)}.${r.int(100000, 999999)}@${r.pick(['mail.example.org', 'example.com', 'mx.google.com', 'lists.example.io'])}>`;
const CYSVC = ['imaps', 'imaps', 'imaps', 'imap', 'pop3s', 'lmtpunix', 'sieve'];

// Kamailio
const ka = (r: Rng) => syslog(r, ['sip-01', 'sip-02'], '/usr/sbin/kamailio', 3300 + r.int(1, 40));
const KDOM = ['example.com', 'voip.example.org'];
const kuser = (r: Rng) => skew(r, [...PEOPLE, '1001', '1002', '2040', 'frontdesk'], 0.2);
const kuri = (r: Rng) => `sip:${kuser(r)}@${skew(r, KDOM, 0.8)}`;
const kpeer = (r: Rng) => (r.next() < 0.6 ? r.ip() : lan(r, '10.20'));
const KTAG = (r: Rng) => r.alnum(r.pick([8, 10, 16]));
const kacc = (r: Rng, code: number, reason: string, method: string) => `timestamp=${epoch(r)};method=${method};from_tag=${KTAG(r)};to_tag=${code >= 300 || method === 'ACK' ? '' : KTAG(r)};call_id=${r.alnum(22)}@${kpeer(r)};code=${code};reason=${reason};src_user=${kuser(r)};src_domain=${skew(r, KDOM, 0.8)};src_ip=${kpeer(r)};dst_ouser=${kuser(r)};dst_user=${kuser(r)};dst_domain=${r.next() < 0.5 ? skew(r, KDOM, 0.8) : lan(r, '10.20')}`;

// ejabberd
const ej = (r: Rng, lvl: string, loc: string) => `${ymd(r)} ${hms(r)}.${usec(r)}+00:00 [${lvl}] <0.${r.int(400, 90000)}.0>@${loc} `;
const ejsock = (r: Rng) => `(${r.next() < 0.8 ? 'tls' : r.pick(['tcp', 'http', 'websocket'])}|<0.${r.int(400, 90000)}.0>)`;
const EJDOM = ['example.org', 'example.org', 'chat.example.com'];
const ejjid = (r: Rng) => `${skew(r, [...PEOPLE, 'bot-alerts', 'ops'], 0.2)}@${skew(r, EJDOM, 0.8)}`;
const ejres = (r: Rng) => `${r.pick(['Conversations', 'Gajim', 'Dino', 'Monal-iOS', 'Psi+', 'profanity'])}.${r.alnum(4)}`;
const ejip = (r: Rng) => (r.next() < 0.6 ? `::ffff:${r.ip()}` : r.ip());
const EJPEERS = ['jabber.org', 'xmpp.jp', 'conversations.im', 'jabber.ccc.de', 'chat.example.net'];
const EJCLOSE = [() => 'Connection failed: connection closed', () => 'Connection failed: connection timed out', () => 'Stream reset by peer', () => 'Replaced by new connection', () => 'Connection failed: TLS failed: unexpected eof', (r: Rng) => `Stream closed by peer: ${r.pick(['Connection timeout', 'Host unknown', 'Policy violation'])}`];

// Home Assistant
const ha = (r: Rng, lvl: string, logger: string, thread?: string) => `${ymd(r)} ${hms(r)}.${ms3(r)} ${lvl} (${thread ?? (r.next() < 0.85 ? 'MainThread' : `SyncWorker_${r.int(0, 11)}`)}) [${logger}] `;
const HACOORD: [string, string, string][] = [
  ['homeassistant.components.met', 'met', 'Met.no'], ['homeassistant.components.tibber', 'tibber', 'Tibber'], ['custom_components.solcast_solar', 'solcast', 'Solcast PV Forecast'],
  ['homeassistant.components.synology_dsm', 'synology_dsm', 'nas.example.lan'], ['homeassistant.components.unifi', 'unifi', 'UniFi Network'], ['homeassistant.components.shelly', 'shelly', 'shellyplus1pm-a8032ab1c2d3'],
];
const HAFETCH = [() => 'Timeout fetching data', () => 'Cannot connect to host api.met.no:443 ssl:default [Try again]', (r: Rng) => `Invalid response from API: ${r.pick([429, 500, 502, 503])}`, () => 'Error communicating with API: Server disconnected', () => 'Authentication failed'];
const HAENT = ['sensor.living_room_temperature', 'sensor.nas_volume_1_used', 'media_player.living_room_tv', 'climate.bedroom', 'sensor.solcast_pv_forecast_today', 'binary_sensor.front_door'];
const HAAUTO: [string, string][] = [['kitchen_lights_motion', 'Kitchen lights on motion'], ['hallway_night_light', 'Hallway night light'], ['notify_washer_done', 'Notify when washer is done'], ['away_mode', 'Away mode']];
const HAENTRY: [string, string, string][] = [['Living Room TV', 'samsungtv', 'Failed to connect to the TV'], ['Printer', 'ipp', 'Cannot connect to host 192.168.1.40:631 ssl:False [Connect call failed (\'192.168.1.40\', 631)]'], ['Garage Door', 'esphome', 'Error connecting to [AddressInfo(address=\'192.168.1.57\', port=6053)]: Timeout while connecting'], ['Office Speaker', 'cast', 'Timeout while connecting']];

// Jellyfin
const jf = (r: Rng, lvl: string, logger: string) => `[${ymd(r)} ${hms(r)}.${ms3(r)} +00:00] [${lvl}] [${r.int(1, 220)}] ${logger}: `;
const JFUSERS = ['alice', 'bob', 'kids', 'Grandma Hana', 'ivan'];
const JFAPPS: [string, string][] = [['Jellyfin Web', '10.10.3'], ['Jellyfin Android', '2.6.2'], ['Swiftfin iOS', '1.2.0'], ['Infuse-Direct', '8.0.9'], ['Jellyfin Media Player', '1.11.1']];
const JFITEMS = ['The Matrix', 'Pilot', 'Spirited Away', 'The One Where It All Began', 'Planet Earth II - Islands', 'Blade Runner 2049'];
const jfip = (r: Rng) => (r.next() < 0.7 ? `192.168.1.${r.int(2, 250)}` : r.ip());
const JFTASKS = ['Scan Media Library', 'Clean Transcode Directory', 'Extract Chapter Images', 'Refresh People', 'Clean up collections and playlists', 'Download missing subtitles', 'Optimize database'];
const jfdur = (r: Rng) => { const m = r.next() < 0.6 ? 0 : r.int(1, 90); return `${m} minute(s) and ${r.int(0, 59)} seconds`; };
const jfffmpeg = (r: Rng) => `/usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -probesize 1G ${r.next() < 0.5 ? '-init_hw_device vaapi=va:/dev/dri/renderD128 -hwaccel vaapi -hwaccel_output_format vaapi ' : ''}-i file:"/media/${r.pick(['movies/The Matrix (1999)/The Matrix (1999).mkv', 'tv/Friends/Season 01/S01E01.mkv', 'movies/Spirited Away (2001)/Spirited Away.mp4'])}" -map_metadata -1 -map_chapters -1 -threads 0 -map 0:0 -map 0:1 -codec:v:0 ${r.pick(['h264_vaapi', 'libx264', 'copy'])} -b:v ${r.int(2, 20) * 1000000} -codec:a:0 ${r.pick(['aac', 'copy'])} -ac 2 -f hls -max_delay 5000000 -hls_time 3 -hls_segment_type mpegts -start_number 0 "/var/cache/jellyfin/transcodes/${r.hex(32)}.m3u8"`;

// Node-RED
const nr = (r: Rng, lvl: string) => `${r.int(1, 28)} ${mon(r)} ${hms(r)} - [${lvl}] `;
const nrname = (r: Rng, names: readonly string[]) => (r.next() < 0.8 ? skew(r, names, 0.4) : r.hex(16));
const NRDEBUG = ['debug 1', 'log payload', 'mqtt in', 'weather raw', 'debug 7'];
const nrpayload = (r: Rng) => pick(r, [
  (r: Rng) => JSON.stringify({ temperature: Number(r.float(15, 26, 1)), humidity: r.int(30, 70), battery: r.int(40, 100), linkquality: r.int(0, 255) }),
  (r: Rng) => String(r.float(0, 3000, 1)),
  (r: Rng) => r.pick(['on', 'off', 'true', 'false']),
  (r: Rng) => `Washer finished after ${r.int(30, 180)} minutes`,
  (r: Rng) => `{ topic: "${r.pick(['home/kitchen/plug', 'zigbee2mqtt/front_door', 'shellies/washer/relay/0/power'])}", payload: ${r.float(0, 2000, 1)}, qos: 0, retain: false, _msgid: "${r.hex(16)}" }`,
]);
const NRFUNC = ['parse payload', 'build notification', 'format for influx', 'calc energy cost'];
const NRFUNCERR = ["TypeError: Cannot read properties of undefined (reading 'temperature')", 'ReferenceError: flowContext is not defined', 'SyntaxError: Unexpected token u in JSON at position 0', "TypeError: msg.payload.split is not a function"];

// Bacula
const bts = (r: Rng) => `${d2(r.int(1, 28))}-${mon(r)} ${hms(r).slice(0, 5)}`;
const BCLIENTS = ['web01', 'web02', 'db01', 'nas01', 'mail01'];
const bcl = (r: Rng) => skew(r, BCLIENTS, 0.3);
const bjob = (r: Rng) => `${bcl(r)}-${r.pick(['files', 'files', 'pgdump', 'home'])}.${ymd(r)}_${hms(r).replace(/:/g, '.')}_${d2(r.int(1, 60))}`;
const bb = (r: Rng, daemon: string | null = null) => { const id = r.int(1000, 30000); return `${bts(r)} ${daemon ?? skew(r, ['backup-dir', 'backup-sd', `${bcl(r)}-fd`], 0.6)} JobId ${id}: `; };
const bvol = (r: Rng) => `Vol-${pad(r.int(1, 400), 4)}`;
const bnum = (n: number) => n.toLocaleString('en-US');
const bdate = (r: Rng) => `${d2(r.int(1, 28))}-${mon(r)}-2026 ${hms(r)}`;
const bpath = (r: Rng) => r.pick(['/home/alice/.cache/mozilla/firefox/abcd.default/cache2/entries', '/var/lib/docker/overlay2', '/home/bob/Documents/Tax 2025/receipt scan.pdf', '/var/spool/postfix/maildrop', '/srv/www/uploads/tmp']);

// Argo CD
const lq = (v: string) => (/^[A-Za-z0-9\-._/@^+]*$/.test(v) ? v : JSON.stringify(v));
const kv = (o: Record<string, string | number>) => Object.keys(o).sort().map((k) => `${k}=${lq(String(o[k]))}`).join(' ');
const ac = (r: Rng, lvl: string, msg: string, o: Record<string, string | number>) => `time="${ymd(r)}T${hms(r)}Z" level=${lvl} msg=${lq(msg)}${Object.keys(o).length ? ` ${kv(o)}` : ''}`;
const AAPPS: [string, string][] = [['shop', 'shop'], ['payments', 'payments'], ['monitoring', 'monitoring'], ['ingress-nginx', 'ingress-nginx'], ['cert-manager', 'cert-manager'], ['shop-staging', 'shop-staging']];
const aapp = (r: Rng) => skew(r, AAPPS, 0.3);
const ADEST = 'https://kubernetes.default.svc';
const arev = (r: Rng) => r.hex(40);
const AREFRESH = [
  () => 'controller refresh requested', () => 'controller refresh requested', () => 'normal refresh requested', () => 'spec.source differs',
  (r: Rng) => `comparison expired, requesting refresh. reconciledAt: ${ymd(r)} ${hms(r)} +0000 UTC, expiry: 3m0s`,
];
const ARES = ['Deployment/shop-api', 'Service/shop-api', 'ConfigMap/shop-config', 'HorizontalPodAutoscaler/shop-api', 'Ingress/shop', 'CronJob/shop-nightly-report'];
const asrc = (r: Rng, app: string) => `&ApplicationSource{RepoURL:https://git.example.com/platform/deploy.git,Path:apps/${app},TargetRevision:${r.pick(['HEAD', 'main', 'v1.14.2'])},Helm:nil,Kustomize:${r.next() < 0.5 ? 'nil' : '&ApplicationSourceKustomize{NamePrefix:,NameSuffix:,Images:[],CommonLabels:map[string]string{},Version:,}'},Directory:nil,Plugin:nil,Chart:,Ref:,}/${r.hex(40)}`;

// istiod
const is = (r: Rng, lvl: string, scope: string) => `${ymd(r)}T${hms(r)}.${usec(r)}Z\t${lvl}\t${scope}\t`;
const IPODS: [string, string, string][] = [['sidecar', 'shop-api-7d9f6c5b8-x2x4z', 'shop'], ['sidecar', 'shop-worker-5c8d7b9f4-k7p2q', 'shop'], ['sidecar', 'ledger-0', 'payments'], ['router', 'istio-ingressgateway-5d8f7c9b6-abcde', 'istio-system'], ['sidecar', 'grafana-6f9c8d7b5-9hzqk', 'monitoring'], ['sidecar', 'checkout-84c7f9d6b-2lq8m', 'shop']];
const ipod = (r: Rng) => skew(r, IPODS, 0.3);
const iproxy = (r: Rng) => { const [k, p, ns] = ipod(r); return `${k}~10.42.${r.int(0, 9)}.${r.int(2, 250)}~${p}.${ns}~${ns}.svc.cluster.local-${r.int(1, 900)}`; };
const inode = (r: Rng) => { const [, p, ns] = ipod(r); return `${p}.${ns}`; };
const isize = (r: Rng) => (r.next() < 0.3 ? `${r.int(100, 1023)}B` : r.next() < 0.9 ? `${r.float(1, 999, 1)}kB` : `${r.float(1, 9, 1)}MB`);
const ipush = (r: Rng) => skew(r, ['PUSH', 'PUSH request', 'PUSH INC'], 0.5);
const ICFG = ['ServiceEntry/shop/api.stripe.com', 'VirtualService/shop/shop-api', 'DestinationRule/payments/ledger', 'Service/shop/shop-api.shop.svc.cluster.local', 'EndpointSlice/shop/shop-api-x2x4z', 'Secret/istio-system/shop-tls'];
const icfgs = (r: Rng) => { const n = r.int(1, 6); return n === 1 ? r.pick(ICFG) : `${r.pick(ICFG)} and ${n - 1} more configs`; };
const iver = (r: Rng) => `${ymd(r)}T${hms(r)}Z/${r.int(1, 9000)}`;

// Rust actix-web + env_logger
const rl = (r: Rng, lvl: string, module: string) => `[${ymd(r)}T${hms(r)}Z ${lvl.padEnd(5)} ${module}] `;
const rcode = (r: Rng) => r.alnum(r.pick([6, 7, 8]));
const racc = (r: Rng, m: string, path: string, statuses: number[]) => `${rl(r, 'INFO', 'actix_web::middleware::logger')}${r.next() < 0.8 ? `10.42.${r.int(0, 9)}.${r.int(2, 250)}` : r.ip()} "${m} ${path} HTTP/1.1" ${r.pick(statuses)} ${r.int(0, 90000)} "${r.next() < 0.6 ? '-' : r.pick(['https://sho.rt/', 'https://app.example.com/links'])}" "${r.next() < 0.5 ? skew(r, UAS, 0.4) : r.pick(['okhttp/4.12.0', 'python-requests/2.32.3', 'Go-http-client/1.1'])}" ${r.float(0, r.next() < 0.9 ? 0.05 : 3, 6)}`;
const rget = (r: Rng) => pick(r, [(r: Rng) => `/${rcode(r)}`, (r: Rng) => `/${rcode(r)}`, (r: Rng) => `/api/v1/links?page=${r.int(1, 20)}&per_page=${r.pick([20, 50])}`, (r: Rng) => `/api/v1/links/${rcode(r)}/stats`, () => '/healthz', () => '/metrics']);
const RSQL = ['SELECT id, target, owner_id, hits …', 'UPDATE links SET hits = …', 'INSERT INTO links (code, …', 'SELECT count(*) FROM …', 'DELETE FROM links WHERE …'];
const rus = (r: Rng) => (r.next() < 0.8 ? `${r.float(100, 999, 3)}µs` : `${r.float(1, r.next() < 0.9 ? 40 : 3000, 3)}ms`);
const RDBERR = ['error returned from database: duplicate key value violates unique constraint "links_code_key"', 'pool timed out while waiting for an open connection', 'error communicating with database: Connection refused (os error 111)', 'no rows returned by a query that expected to return at least one row'];

// unattended-upgrades / APT history
const uu = (r: Rng, lvl = 'INFO') => `${ymd(r)} ${hms(r)},${ms3(r)} ${lvl} `;
const APKGS: [string, string, string][] = [['libssl3t64', '3.0.13-0ubuntu3.1', '3.0.13-0ubuntu3.4'], ['openssl', '3.0.13-0ubuntu3.1', '3.0.13-0ubuntu3.4'], ['curl', '8.5.0-2ubuntu10.4', '8.5.0-2ubuntu10.6'], ['libcurl4t64', '8.5.0-2ubuntu10.4', '8.5.0-2ubuntu10.6'], ['tzdata', '2024a-3ubuntu1.1', '2024b-0ubuntu0.24.04'], ['linux-firmware', '20240318.git3b128b60-0ubuntu2.3', '20240318.git3b128b60-0ubuntu2.5'], ['python3-urllib3', '2.0.7-1', '2.0.7-1ubuntu0.1'], ['libexpat1', '2.6.1-2build1', '2.6.1-2ubuntu0.1'], ['sudo', '1.9.15p5-3ubuntu5', '1.9.15p5-3ubuntu5.24.04.1']];
const apkgs = (r: Rng, lo: number, hi: number) => [...new Set(some(r, APKGS, lo, hi))];
const aarch = (r: Rng) => (r.next() < 0.9 ? 'amd64' : 'all');
const AORIG = ['o=Ubuntu,a=noble', 'o=Ubuntu,a=noble-security', 'o=UbuntuESMApps,a=noble-apps-security', 'o=UbuntuESM,a=noble-infra-security', 'o=Docker,a=noble'];

// Temporal (zap JSON)
const tp = (r: Rng, level: string, msg: string, fields: Record<string, unknown>, at: string) => JSON.stringify({ level, ts: iso(r), msg, ...fields, 'logging-call-at': at, ...(level === 'error' ? { stacktrace: `go.temporal.io/server/common/log.(*zapLogger).Error\n\t/home/runner/work/temporal/common/log/zap_logger.go:156\ngo.temporal.io/server/service/history/queues.(*executableImpl).HandleErr\n\t/home/runner/work/temporal/service/history/queues/executable.go:${r.int(300, 500)}` } : {}) });
const taddr = (r: Rng, p = 7234) => `10.0.3.${r.int(5, 9)}:${p}`;
const TNS = ['default', 'default', 'orders', 'billing'];
const TWF = ['order-', 'invoice-', 'cart-expiry-', 'reindex-'];
const twf = (r: Rng) => `${r.pick(TWF)}${r.int(10000, 999999)}`;
const TTQ = ['orders', 'orders', 'billing', 'emails', 'reindex'];
const TFAIL = [
  (r: Rng) => `Workflow executionsRow not found.  WorkflowId: ${twf(r)}, RunId: ${r.uuid()}`,
  () => 'context deadline exceeded',
  () => 'shard status unknown',
  () => 'Workflow task not found.',
];

export const SEALED9_SYSTEMS: HeldoutSystem[] = [
  { name: 'varnish', templates: [
    t(40, (r) => { const hit = r.next() < 0.7; const st = hit ? (r.next() < 0.8 ? 200 : 304) : r.pick([200, 200, 200, 404, 301, 503]); return vncsa(r, 'GET', vurl(r), st, st === 304 || st === 301 ? 0 : r.int(200, 900000), hit ? 'hit' : 'miss', hit ? 'hit' : r.next() < 0.7 ? 'miss' : 'pass'); }),
    t(5, (r) => vncsa(r, 'POST', r.pick(['/api/cart', '/api/checkout', '/api/login', '/newsletter/subscribe', '/api/search']), r.pick([200, 200, 201, 302, 400, 403, 500]), r.int(0, 9000), 'miss', 'pass')),
    t(2, (r) => { const h = r.next() < 0.6 ? 'hit' : 'miss'; return vncsa(r, 'HEAD', vurl(r), r.pick([200, 200, 404]), 0, h, h); }),
    t(3, (r) => vncsa(r, 'PURGE', vurl(r), r.next() < 0.9 ? 200 : 405, r.int(200, 400), 'miss', 'synth')),
    t(8, (r) => { const k = r.next(); const [state, bits, good, resp] = k < 0.8 ? ['Still healthy', '4---X-RH', 5, 'HTTP/1.1 200 OK'] : k < 0.87 ? ['Went sick', '4---X-R-', 2, 'HTTP/1.1 503 Service Unavailable'] : k < 0.94 ? ['Still sick', '4---X-R-', r.int(0, 2), 'HTTP/1.1 503 Service Unavailable'] : ['Back healthy', '4---X-RH', 3, 'HTTP/1.1 200 OK']; return `${String(0).padStart(10, ' ')} Backend_health - ${skew(r, VBACKENDS, 0.4)} ${state} ${bits} ${good} 3 5 ${r.float(0, 0.01, 6)} ${r.float(0, 0.01, 6)} ${resp}`; }),
    t(1.5, (r) => { const v = vvcl(r); return `${vd(r)}${vcli(r)} Rd ${pick(r, [() => `vcl.load ${v} /etc/varnish/default.vcl`, () => `vcl.use ${v}`, () => 'vcl.list', () => 'ping', () => `vcl.discard ${v}`, (r: Rng) => `ban req.url ~ ^/products/${r.pick(['red-running-shoes', 'oak-desk'])}`, () => 'backend.list'])}`; }),
    t(1.5, (r) => { const v = vvcl(r); return `${vd(r)}${vcli(r)} Wr ${pick(r, [() => '200 VCL compiled.', () => `200 VCL '${v}' now active`, (r: Rng) => `200 PONG ${epoch(r)} 1.0`, () => '200 ', () => '300 Unknown request.', () => `106 VCL '${v}' is the active VCL`])}`.trimEnd(); }),
    t(0.3, (r) => `${vd(r)}Child (${vchild(r)}) Started`),
    t(0.5, (r) => `${vd(r)}Child (${vchild(r)}) said ${r.pick(['Child starts', 'SMF.s0 mmap\'ed 8589934592 bytes of 8589934592', 'Child starts', 'Info: Child starts'])}`),
    t(0.2, (r) => `${vd(r)}Child (${vchild(r)}) not responding to CLI, killed it.`),
    t(0.2, (r) => { const s = r.pick([6, 9, 11]); return `${vd(r)}Child (${vchild(r)}) died signal=${s}${s !== 9 && r.next() < 0.6 ? ' (core dumped)' : ''}`; }),
    t(0.2, (r) => `${vd(r)}Child (${vchild(r)}) ended`),
    t(0.2, (r) => `${vd(r)}Child cleanup complete`),
    t(0.1, (r) => `${vd(r)}Child (${vchild(r)}) Panic at: ${rfc1123(r)}`),
  ] },
  { name: 'k8s-audit', templates: [
    t(60, (r) => { const who = kWho(r); const req = kReq(r, who); const rs = kStatus(r, req); const [a, b] = kts(r); return JSON.stringify({ ...kHead(r, req.verb === 'watch' ? 'ResponseStarted' : 'ResponseComplete'), requestURI: req.uri, verb: req.verb, user: who.user, sourceIPs: [who.ip], userAgent: who.ua, objectRef: req.ref, responseStatus: rs, requestReceivedTimestamp: a, stageTimestamp: b, annotations: kAnn(r, who, rs) }); }),
    t(8, (r) => { const who = pick<KWho>(r, [kHuman, (r: Rng) => kSA(r, 'monitoring', 'prometheus-k8s', 'Prometheus/3.0.1'), (r: Rng) => ({ user: { username: 'system:anonymous', groups: ['system:unauthenticated'] }, ua: 'kube-probe/1.31', ip: r.pick(['10.0.0.11', '10.0.0.12', '10.0.0.15']) })]); const uri = r.pick(['/livez', '/readyz', '/healthz', '/version', '/metrics', '/openapi/v2?timeout=32s', '/api?timeout=32s', '/apis?timeout=32s']); const [a, b] = kts(r); return JSON.stringify({ ...kHead(r, 'ResponseComplete'), requestURI: uri, verb: 'get', user: who.user, sourceIPs: [who.ip], userAgent: who.ua, responseStatus: { metadata: {}, code: 200 }, requestReceivedTimestamp: a, stageTimestamp: b, annotations: { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': `RBAC: allowed by ClusterRoleBinding "${r.pick(['system:public-info-viewer', 'system:discovery', 'prometheus-k8s'])}" of ClusterRole "${r.pick(['system:public-info-viewer', 'system:discovery', 'prometheus-k8s'])}" to Group "${r.pick(['system:unauthenticated', 'system:authenticated'])}"` } }); }),
    t(6, (r) => { const who = kWho(r); const req = kReq(r, who); const [a, b] = kts(r); return JSON.stringify({ ...kHead(r, 'RequestReceived'), requestURI: req.uri, verb: req.verb, user: who.user, sourceIPs: [who.ip], userAgent: who.ua, objectRef: req.ref, requestReceivedTimestamp: a, stageTimestamp: b }); }),
    t(1, (r) => { const [a, b] = kts(r); return JSON.stringify({ ...kHead(r, 'ResponseStarted'), requestURI: r.pick(['/', '/api/v1/namespaces/kube-system/secrets', '/.env', '/apis/apps/v1/deployments']), verb: r.pick(['get', 'list']), user: {}, sourceIPs: [r.ip()], userAgent: r.pick(['Mozilla/5.0 zgrab/0.x', 'python-requests/2.31.0', 'curl/7.88.1']), responseStatus: { metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 }, requestReceivedTimestamp: a, stageTimestamp: b }); }),
    t(1.5, (r) => { const who = kHuman(r); const ns = r.pick(KNS); const sa = r.pick(['shop-api', 'default', 'ledger']); const [a, b] = kts(r); return JSON.stringify({ ...kHead(r, 'ResponseComplete'), requestURI: `/api/v1/namespaces/${ns}/secrets?limit=500`, verb: 'list', user: who.user, impersonatedUser: { username: `system:serviceaccount:${ns}:${sa}`, groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'] }, sourceIPs: [who.ip], userAgent: who.ua, objectRef: { resource: 'secrets', namespace: ns, apiVersion: 'v1' }, responseStatus: r.next() < 0.6 ? { metadata: {}, code: 200 } : { metadata: {}, status: 'Failure', message: `secrets is forbidden: User "system:serviceaccount:${ns}:${sa}" cannot list resource "secrets" in API group "" in the namespace "${ns}"`, reason: 'Forbidden', details: { kind: 'secrets' }, code: 403 }, requestReceivedTimestamp: a, stageTimestamp: b, annotations: { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': 'RBAC: allowed by ClusterRoleBinding "platform-admins" of ClusterRole "cluster-admin" to Group "oidc:platform-admins"' } }); }),
    t(2, (r) => { const who = r.next() < 0.6 ? kHuman(r) : kSA(r, 'argocd', 'argocd-application-controller', 'argocd-application-controller/v2.13.1+af54ef8 (linux/amd64) kubernetes/af54ef8'); const ns = r.pick(['shop', 'payments']); const d = r.pick(['shop-api', 'shop-worker', 'ledger']); const [a, b] = kts(r); return JSON.stringify({ ...kHead(r, 'ResponseComplete', 'Request'), requestURI: `/apis/apps/v1/namespaces/${ns}/deployments/${d}${r.next() < 0.5 ? '?fieldManager=kubectl-rollout' : ''}`, verb: 'patch', user: who.user, sourceIPs: [who.ip], userAgent: who.ua, objectRef: { resource: 'deployments', namespace: ns, name: d, apiGroup: 'apps', apiVersion: 'v1' }, responseStatus: { metadata: {}, code: 200 }, requestObject: r.next() < 0.6 ? { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': `${ymd(r)}T${hms(r)}Z` } } } } } : { spec: { replicas: r.int(1, 12) } }, requestReceivedTimestamp: a, stageTimestamp: b, annotations: kAnn(r, who, { code: 200 }) }); }),
  ] },
  { name: 'logstash', templates: [
    t(10, (r) => `${ls(r, 'WARN', 'logstash.outputs.elasticsearch', true, lsPlug(r, 'es_out'))}Could not index event to Elasticsearch. status: 400, action: ["index", {:_id=>nil, :_index=>"${r.pick(['logs', 'nginx', 'app'])}-${ymd(r, '.')}", :routing=>nil}, ${lsEvent(r)}], response: {"index"=>{"status"=>400, "error"=>${pick(r, LSDOCERR)}}}`),
    t(6, (r) => `${ls(r, 'INFO', 'logstash.inputs.jdbc', true, lsPlug(r, 'orders_jdbc'))}(${r.float(0.0005, r.next() < 0.9 ? 0.05 : 4, 6)}s) ${pick(r, LSSQL)}`),
    t(5, (r) => `${ls(r, 'WARN', 'logstash.filters.json', true, lsPlug(r, 'parse_json'))}Error parsing json {:source=>"message", :raw=>"${lsRaw(r)}", :exception=>#<LogStash::Json::ParserError: ${r.pick(['Unexpected end-of-input: expected close marker for Object (start marker at [Source: (byte[])"{"; line: 1, column: 1])', "Unrecognized token 'user': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", "Unexpected character ('}' (code 125)): was expecting double-quote to start field name"])}>}`),
    t(4, (r) => `${ls(r, 'WARN', 'org.logstash.beats.BeatsHandler', false)}[local: 10.0.4.20:5044, remote: ${lan(r)}:${port(r)}] Handling exception: ${r.pick(['java.net.SocketException: Connection reset', 'io.netty.handler.codec.DecoderException: org.logstash.beats.InvalidFrameProtocolException: Invalid version of beats protocol: 69', 'java.io.IOException: Connection timed out'])} (caught: ${r.pick(['java.net.SocketException: Connection reset', 'java.io.IOException: Connection timed out'])})`),
    t(3, (r) => { const es = r.pick(LSES); return `${ls(r, 'WARN', 'logstash.outputs.elasticsearch', true, lsPlug(r, 'es_out'))}Attempted to resurrect connection to dead ES instance, but got an error {:url=>"http://${es}:9200/", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :message=>"Elasticsearch Unreachable: [http://${es}:9200/][Manticore::${r.pick(['SocketException] Connect to ' + es + ':9200 [' + es + '/10.0.4.1' + r.int(1, 3) + '] failed: Connection refused', 'ConnectTimeout] Connect to ' + es + ':9200 failed: Connect timed out'])}"}`; }),
    t(1, (r) => `${ls(r, 'WARN', 'logstash.outputs.elasticsearch', true, lsPlug(r, 'es_out'))}Restored connection to ES instance {:url=>"http://${r.pick(LSES)}:9200/"}`),
    t(1.5, (r) => { const es = r.pick(LSES); return `${ls(r, 'WARN', 'logstash.outputs.elasticsearch', true, lsPlug(r, 'es_out'))}Marking url as dead. Last error: [LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError] Elasticsearch Unreachable: [http://${es}:9200/_bulk][Manticore::SocketTimeout] Read timed out {:url=>http://${es}:9200/, :error_message=>"Elasticsearch Unreachable: [http://${es}:9200/_bulk][Manticore::SocketTimeout] Read timed out", :error_class=>"LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError"}`; }),
    t(2, (r) => `${ls(r, 'INFO', 'logstash.outputs.elasticsearch', true, lsPlug(r, 'es_out'))}Retrying failed action {:status=>429, :action=>["index", {:_id=>nil, :_index=>"logs-${ymd(r, '.')}", :routing=>nil}, ${lsEvent(r)}], :error=>{"type"=>"es_rejected_execution_exception", "reason"=>"rejected execution of coordinating operation [coordinating_and_primary_bytes=${r.int(1e8, 9e8)}, replica_bytes=0, all_bytes=${r.int(1e8, 9e8)}, coordinating_operation_bytes=${r.int(1e5, 9e6)}, max_coordinating_and_primary_bytes=107374182]"}}`),
    t(2, (r) => { const [v, e, f] = pick<[string, string, string]>(r, [() => ['-', 'Invalid format: \\"-\\"', 'dd/MMM/yyyy:HH:mm:ss Z'], (r: Rng) => { const v = `${ymd(r)} ${hms(r)}`; return [v, `Invalid format: \\"${v}\\" is malformed at \\"${v.slice(10)}\\"`, 'ISO8601']; }, (r: Rng) => [`${d2(r.int(1, 28))}/Dez/2026:${hms(r)} +0000`, 'Cannot parse', 'dd/MMM/yyyy:HH:mm:ss Z']]); return `${ls(r, 'WARN', 'logstash.filters.date', true, lsPlug(r, 'parse_ts'))}Failed parsing date from field {:field=>"timestamp", :value=>"${v}", :exception=>"${e}", :config_parsers=>"${f}", :config_locale=>"default=en_US"}`; }),
    t(1.5, (r) => `${ls(r, 'WARN', 'slowlog.logstash.filters.grok', true, lsPlug(r, 'grok_nginx'))}{"plugin_params"=>{"match"=>{"message"=>"%{COMBINEDAPACHELOG}"}, "id"=>"grok_nginx"}, "took_in_nanos"=>${r.int(5e8, 9e9)}, "took_in_millis"=>${r.int(500, 9000)}, "event"=>"{\\"message\\":\\"${r.ip()} - - [${d2(r.int(1, 28))}/Dec/2026:${hms(r)} +0000] \\\\\\"GET /${r.alnum(8)} HTTP/1.1\\\\\\" 200 ${r.int(100, 9000)}\\"}"}`),
    t(1, (r) => `${ls(r, 'ERROR', 'logstash.filters.ruby', true, lsPlug(r, 'enrich_geo'))}${(() => { const [m, c] = r.pick([["undefined method `[]' for nil:NilClass", 'NoMethodError'], ['divided by 0', 'ZeroDivisionError'], ['no implicit conversion of nil into String', 'TypeError']]); return `Ruby exception occurred: ${m} {:class=>"${c}", `; })()}:backtrace=>["(ruby filter code):${r.int(2, 9)}:in \`block in filter_method'", "/usr/share/logstash/vendor/bundle/jruby/3.1.0/gems/logstash-filter-ruby-3.1.8/lib/logstash/filters/ruby.rb:96:in \`inline_script'"]}`),
    t(0.3, (r) => `${ls(r, 'INFO', 'logstash.inputs.beats', true, lsPlug(r, 'beats_in'))}Starting input listener {:address=>"0.0.0.0:5044"}`),
    t(0.3, (r) => { const p = skew(r, LSPIPES, 0.6); return `${ls(r, 'INFO', 'logstash.javapipeline', p)}Pipeline started {"pipeline.id"=>"${p}"}`; }),
    t(0.2, (r) => { const p = skew(r, LSPIPES, 0.6); return `${ls(r, 'INFO', 'logstash.javapipeline', p)}Pipeline terminated {"pipeline.id"=>"${p}"}`; }),
    t(0.3, (r) => { const p = skew(r, LSPIPES, 0.6); return `${ls(r, 'INFO', 'logstash.javapipeline', p)}Starting pipeline {:pipeline_id=>"${p}", "pipeline.workers"=>${r.pick([2, 4, 8])}, "pipeline.batch.size"=>125, "pipeline.batch.delay"=>50, "pipeline.max_inflight"=>${r.pick([250, 500, 1000])}, "pipeline.sources"=>["/usr/share/logstash/pipeline/${r.pick(['logstash.conf', 'beats.conf', 'jdbc.conf'])}"], :thread=>"#<Thread:0x${r.hex(8)} /usr/share/logstash/logstash-core/lib/logstash/java_pipeline.rb:138 run>"}`; }),
    t(0.2, (r) => { const n = r.int(1, 3); const ps = ['main', 'beats-ingest', 'jdbc-orders'].slice(0, n); return `${ls(r, 'INFO', 'logstash.agent', false)}Pipelines running {:count=>${n}, :running_pipelines=>[${ps.map((p) => (p.includes('-') ? `:"${p}"` : `:${p}`)).join(', ')}], :non_running_pipelines=>[]}`; }),
    t(0.2, (r) => `${ls(r, 'INFO', 'logstash.agent', false)}Successfully started Logstash API endpoint {:port=>9600, :ssl_enabled=>false}`),
    t(0.3, (r) => `${ls(r, 'INFO', 'logstash.outputs.elasticsearch', true, lsPlug(r, 'es_out'))}Elasticsearch pool URLs updated {:changes=>{:removed=>[], :added=>[${some(r, LSES, 1, 3).map((h) => `http://${h}:9200/`).join(', ')}]}}`),
  ] },
  { name: 'mdadm-zed-lvm', templates: [
    t(5, (r) => { const [m] = md(r); return `${st(r, 'mdadm', 1123)}${skew(r, MDEV, 0.25)} event detected on md device /dev/${m}`; }),
    t(2, (r) => { const [m, ds] = md(r); return `${st(r, 'mdadm', 1123)}${r.pick(MDEV_COMP)} event detected on md device /dev/${m}, component device /dev/${r.pick(ds)}`; }),
    t(1, (r) => { const [m, ds] = md(r); return `${st(r, 'kernel')}${kup(r)} md/raid${m === 'md1' ? '' : 1}:${m}: Disk failure on ${r.pick(ds)}, disabling device.`; }),
    t(1, (r) => { const [m, ds] = md(r); return `${st(r, 'kernel')}${kup(r)} md/raid${m === 'md1' ? '' : 1}:${m}: Operation continuing on ${ds.length - 1} devices.`; }),
    t(2, (r) => `${st(r, 'kernel')}${kup(r)} md: ${r.pick(['data-check', 'data-check', 'recovery', 'resync'])} of RAID array ${md(r)[0]}`),
    t(2, (r) => `${st(r, 'kernel')}${kup(r)} md: ${md(r)[0]}: ${r.pick(['data-check', 'data-check', 'recovery', 'resync'])} done.`),
    t(0.3, (r) => `${st(r, 'kernel')}${kup(r)} md/raid:md1: raid level 5 active with ${r.next() < 0.8 ? 4 : 3} out of 4 devices, algorithm 2`),
    t(8, (r) => `${st(r, 'zed', 2045)}eid=${r.int(1, 9000)} class=${skew(r, ZCLASS, 0.4)} pool='${skew(r, ZPOOLS, 0.6)}'`),
    t(2, (r) => `${st(r, 'zed', 2045)}eid=${r.int(1, 9000)} class=${r.pick(['statechange', 'statechange', 'vdev.bad_ashift', 'vdev_online'])} pool='${skew(r, ZPOOLS, 0.6)}' vdev=${zvdev(r).split('/').pop()} vdev_state=${r.pick(['ONLINE', 'ONLINE', 'FAULTED', 'DEGRADED', 'UNAVAIL', 'REMOVED'])}`),
    t(3, (r) => `${st(r, 'zed', 2045)}eid=${r.int(1, 9000)} class=${r.pick(['checksum', 'checksum', 'io', 'delay'])} pool='${skew(r, ZPOOLS, 0.6)}' vdev=${zvdev(r).split('/').pop()} size=${r.pick([4096, 8192, 131072, 1048576])} offset=${r.int(1e9, 8e12)} priority=${r.int(0, 4)} err=${r.pick([52, 5, 0])} flags=0x${r.hex(r.pick([5, 6]))} bookmark=${r.int(0, 900)}:${r.int(1, 90000)}:${r.int(0, 3)}:${r.int(0, 90000)}`),
    t(4, (r) => `${st(r, 'zed', 2045)}Invoking "${skew(r, ZLETS, 0.5)}" eid=${r.int(1, 9000)} pid=${r.int(3000, 900000)}`),
    t(4, (r) => `${st(r, 'zed', 2045)}Finished "${skew(r, ZLETS, 0.5)}" eid=${r.int(1, 9000)} pid=${r.int(3000, 900000)} time=${r.float(0, 0.2, 6)}s exit=${r.next() < 0.9 ? 0 : r.pick([1, 3])}`),
    t(0.2, (r) => `${st(r, 'zed', 2045)}ZFS Event Daemon ${r.pick(['2.2.2-0ubuntu9.1', '2.2.6-1'])} (PID 2045)`),
    t(0.2, (r) => `${st(r, 'zed', 2045)}Processing events since eid=${r.int(0, 9000)}`),
    t(2, (r) => `${st(r, 'dmeventd', 640)}WARNING: Thin pool ${r.pick(TPOOLS)} ${r.next() < 0.7 ? 'data' : 'metadata'} is now ${r.float(80, 99.99, 2)}% full.`),
    t(0.5, (r) => `${st(r, 'dmeventd', 640)}Monitoring thin pool ${r.pick(TPOOLS)}.`),
    t(0.3, (r) => `${st(r, 'dmeventd', 640)}No longer monitoring thin pool ${r.pick(TPOOLS)}.`),
    t(0.5, (r) => { const a = r.int(10, 300); const b = a + r.int(1, 40); return `${st(r, 'dmeventd', 640)}Size of logical volume ${r.pick(['vg0/pool_tdata', 'vg_data/thin_tdata', 'vg0/pool_tmeta'])} changed from ${a}.00 GiB (${a * 256} extents) to ${b}.00 GiB (${b * 256} extents).`; }),
    t(0.5, (r) => `${st(r, 'dmeventd', 640)}Logical volume ${r.pick(['vg0/pool_tdata', 'vg_data/thin_tdata', 'vg0/pool_tmeta'])} successfully resized.`),
  ] },
  { name: 'cyrus-imapd', templates: [
    t(12, (r) => `${cy(r, skew(r, CYSVC, 0.4))}accepted connection`),
    t(8, (r) => `${cy(r, r.pick(['imaps', 'imaps', 'imap', 'pop3s']))}login: ${cyhost(r)} ${cyuser(r)} ${r.pick(['PLAIN+TLS', 'PLAIN+TLS', 'LOGIN+TLS', 'plaintext+TLS', 'XOAUTH2+TLS', 'SCRAM-SHA-256'])} User logged in SESSIONID=${cysess(r)}`),
    t(3, (r) => `${cy(r, r.pick(['imaps', 'imaps', 'pop3s']))}badlogin: ${cyhost(r)} ${r.pick(['PLAIN', 'LOGIN', 'plaintext'])} [SASL(-13): authentication failure: checkpass failed]`),
    t(7, (r) => `${cy(r, r.pick(['imaps', 'imaps', 'pop3s']))}USAGE ${cyuser(r)} user: ${r.float(0, 0.2, 6)} sys: ${r.float(0, 0.1, 6)}`),
    t(6, (r) => `${cy(r, r.pick(['imaps', 'imaps', 'pop3s', 'lmtpunix']))}starttls: ${r.next() < 0.8 ? 'TLSv1.3' : 'TLSv1.2'} with cipher ${r.pick(['TLS_AES_256_GCM_SHA384', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'ECDHE-RSA-AES256-GCM-SHA384'])} (256/256 bits ${r.next() < 0.7 ? 'new' : 'reused'}) no authentication`),
    t(2, (r) => `${cy(r, 'imaps')}SSL_accept() incomplete -> wait`),
    t(2, (r) => `${cy(r, 'imaps')}SSL_accept() succeeded -> done`),
    t(3, (r) => `${cy(r, 'imaps')}Expunged ${r.int(1, 40)} messages from ${cymbox(r)}`),
    t(4, (r) => { const u = cyuser(r); return `${cy(r, r.pick(['imaps', 'imaps', 'lmtpunix']))}seen_db: user ${u} opened /var/lib/cyrus/user/${u[0]}/${u}.seen`; }),
    t(2, (r) => { const [n, v] = r.pick<[string, string]>([['Thunderbird', '128.5.1'], ['K-9 Mail', '6.802'], ['iPhone Mail', '22B91'], ['Outlook', '16.0'], ['Evolution', '3.52.4']]); return `${cy(r, 'imaps')}client id sessionid ${cysess(r)}: "name" "${n}" "version" "${v}"`; }),
    t(8, (r) => `${cy(r, 'lmtpunix')}Delivered: ${cymsgid(r)} to mailbox: ${cymbox(r)}`),
    t(6, (r) => `${cy(r, 'lmtpunix')}auditlog: append sessionid=${cysess(r)} mailbox=<${cymbox(r)}> uniqueid=<${r.uuid()}> uid=<${r.int(1, 90000)}> modseq=<${r.int(1000, 900000)}> sysflags=<${r.next() < 0.8 ? '' : '\\Seen'}> guid=<${r.hex(40)}> cid=<${r.hex(16)}> messageid=<${cymsgid(r)}> size=<${r.int(800, 9000000)}>`),
    t(1, (r) => `${cy(r, 'lmtpunix')}sieve runtime error for ${cyuser(r)} id ${cymsgid(r)}: ${r.pick(['Fileinto: Mailbox does not exist', 'Redirect: Too many redirects', 'Vacation: Invalid address'])}`),
    t(0.5, (r) => `${cy(r, 'lmtpunix')}dupelim: eliminated duplicate message to ${cymbox(r)} id ${cymsgid(r)} date ${epoch(r)} (delivery)`),
    t(6, (r) => { const svc = r.pick(['imaps', 'imaps', 'imap', 'pop3s', 'lmtpunix']); return `${cy(r, 'master', 1650)}process type:SERVICE name:${svc} path:/usr/lib/cyrus/bin/${svc === 'lmtpunix' ? 'lmtp' : svc.replace(/s$/, '')}d age:${r.float(0, 900, 3)}s pid:${r.int(2000, 60000)} exited, status 0`; }),
    t(0.5, (r) => { const svc = r.pick(['imaps', 'imap', 'lmtpunix']); return `${cy(r, 'master', 1650)}process type:SERVICE name:${svc} path:/usr/lib/cyrus/bin/${svc === 'lmtpunix' ? 'lmtp' : svc.replace(/s$/, '')}d age:${r.float(0, 900, 3)}s pid:${r.int(2000, 60000)} exited, signaled to death by ${r.pick([9, 11, 15])}`; }),
    t(4, (r) => `${cy(r, 'master', 1650)}about to exec /usr/lib/cyrus/bin/${r.pick(['imapd', 'imapd', 'pop3d', 'lmtpd', 'timsieved'])}`),
    t(0.5, (r) => `${cy(r, 'ctl_cyrusdb')}checkpointing cyrus databases`),
    t(0.5, (r) => `${cy(r, 'ctl_cyrusdb')}done checkpointing cyrus databases`),
    t(0.3, (r) => `${cy(r, 'cyr_expire')}Expired ${r.int(0, 900)} and expunged ${r.int(0, 900)} out of ${r.int(900, 90000)} messages from ${r.int(1, 400)} mailboxes`),
  ] },
  { name: 'kamailio', templates: [
    t(20, (r) => { const m = skew(r, ['REGISTER', 'INVITE', 'OPTIONS', 'BYE', 'ACK', 'SUBSCRIBE', 'NOTIFY'], 0.4); return `${ka(r)}INFO: <script>: request ${m} from ${kuri(r)} (${kpeer(r)}:${r.next() < 0.7 ? 5060 : port(r)}) to ${m === 'REGISTER' ? `sip:${skew(r, KDOM, 0.8)}` : kuri(r)}`; }),
    t(8, (r) => { const u = kuser(r); return `${ka(r)}INFO: <script>: registered sip:${u}@${skew(r, KDOM, 0.8)} contact <sip:${u}@${kpeer(r)}:${port(r)};${r.pick(['ob', 'transport=tls', 'rinstance=' + r.hex(16), 'transport=udp'])}> expires=${r.pick([3600, 600, 300, 120])}`; }),
    t(5, (r) => `${ka(r)}INFO: <script>: dispatching ${kuri(r)} to sip:10.20.0.${r.int(21, 24)}:5060 (set ${r.pick([1, 1, 2])})`),
    t(3, (r) => `${ka(r)}NOTICE: <script>: auth failed for ${kuser(r)}@${skew(r, KDOM, 0.8)} from ${r.ip()}`),
    t(6, (r) => { const [c, rs] = r.next() < 0.9 ? [200, 'OK'] : [202, 'Accepted']; return `${ka(r)}NOTICE: acc [acc.c:280]: acc_log_request(): ACC: transaction answered: ${kacc(r, c, rs, skew(r, ['INVITE', 'BYE', 'INVITE', 'MESSAGE'], 0.5))}`; }),
    t(2, (r) => { const [c, rs] = r.pick<[number, string]>([[486, 'Busy Here'], [408, 'Request Timeout'], [480, 'Temporarily Unavailable'], [487, 'Request Terminated'], [404, 'Not Found']]); return `${ka(r)}NOTICE: acc [acc.c:280]: acc_log_request(): ACC: call missed: ${kacc(r, c, rs, 'INVITE')}`; }),
    t(3, (r) => `${ka(r)}NOTICE: acc [acc.c:280]: acc_log_request(): ACC: request acknowledged: ${kacc(r, 200, 'OK', 'ACK')}`),
    t(4, (r) => { const p = r.ip(); return `${ka(r)}ERROR: <core> [core/tcp_read.c:${r.pick([301, 301, 1591])}]: tcp_read_data(): error reading: ${r.pick(['Connection reset by peer (104)', 'Connection timed out (110)', 'Broken pipe (32)'])} ([${p}]:${port(r)} -> [10.20.0.${r.int(5, 6)}]:${r.pick([5060, 5061])})`; }),
    t(1.5, (r) => `${ka(r)}WARNING: <core> [core/tcp_main.c:4812]: handle_tcpconn_ev(): connect ${r.ip()}:${r.pick([5061, 5060, port(r)])} failed`),
    t(1.5, (r) => `${ka(r)}ERROR: tm [t_fwd.c:1750]: t_forward_nonack(): failure to add branches`),
    t(1, (r) => `${ka(r)}ERROR: sl [sl_funcs.c:415]: sl_reply_error(): stateless error reply used: ${r.pick(["I'm terribly sorry, server error occurred (1/SL)", 'Error in sending reply (7/SL)', 'Bad Request (3/SL)'])}`),
    t(2, (r) => `${ka(r)}ERROR: auth_db [authorize.c:112]: get_ha1(): no result for user '${r.pick(['admin', 'test', '100', 'sip', '1000', kuser(r)])}@${r.next() < 0.5 ? skew(r, KDOM, 0.8) : r.ip()}' in table 'subscriber'`),
    t(1.5, (r) => `${ka(r)}WARNING: dispatcher [dispatch.c:3328]: ds_ping_reply_callback(): probing failed for destination sip:10.20.0.${r.int(21, 24)}:5060 (${r.pick(['408 Request Timeout', '503 Service Unavailable'])})`),
    t(1, (r) => `${ka(r)}WARNING: pike [pike_funcs.c:166]: pike_check_req(): PIKE - BLOCKing ip ${r.ip()}, node=0x7f${r.hex(10)}`),
    t(0.2, (r) => `${ka(r)}INFO: <core> [main.c:3117]: main(): version: kamailio ${r.pick(['5.8.4', '5.7.6'])} (x86_64/linux) ${r.hex(6)}`),
  ] },
  { name: 'ejabberd', templates: [
    t(10, (r) => `${ej(r, 'info', 'ejabberd_listener:accept/7:303')}${ejsock(r)} Accepted connection ${ejip(r)}:${port(r)} -> ::ffff:10.0.2.5:${r.pick([5222, 5222, 5223, 5269, 5443])}`),
    t(8, (r) => `${ej(r, 'info', 'ejabberd_c2s:handle_auth_success/4:272')}${ejsock(r)} Accepted c2s ${r.pick(['SCRAM-SHA-1', 'SCRAM-SHA-256', 'PLAIN', 'SCRAM-SHA-1-PLUS', 'X-OAUTH2'])} authentication for ${ejjid(r)} by ${r.pick(['sql', 'sql', 'ldap', 'internal'])} backend from ${ejip(r)}`),
    t(2, (r) => `${ej(r, 'warning', 'ejabberd_c2s:handle_auth_failure/4:297')}${ejsock(r)} Failed c2s ${r.pick(['PLAIN', 'SCRAM-SHA-1', 'DIGEST-MD5'])} authentication for ${ejjid(r)} from ${ejip(r)}: ${r.pick(['Invalid username or password', 'Invalid username or password', 'Unsupported mechanism'])}`),
    t(7, (r) => `${ej(r, 'info', 'ejabberd_c2s:bind/2:453')}${ejsock(r)} Opened c2s session for ${ejjid(r)}/${ejres(r)}`),
    t(6, (r) => `${ej(r, 'info', 'ejabberd_c2s:process_terminated/2:306')}${ejsock(r)} Closing c2s session for ${ejjid(r)}/${ejres(r)}: ${pick(r, EJCLOSE)}`),
    t(3, (r) => `${ej(r, 'info', 'ejabberd_s2s_in:handle_auth_success/4:250')}${ejsock(r)} Accepted inbound s2s ${r.pick(['EXTERNAL', 'dialback'])} authentication ${skew(r, EJPEERS, 0.4)} -> ${skew(r, EJDOM, 0.8)} (${ejip(r)})`),
    t(2, (r) => `${ej(r, 'info', 'ejabberd_s2s_out:handle_auth_success/3:287')}${ejsock(r)} Accepted outbound s2s ${r.pick(['EXTERNAL', 'dialback'])} authentication ${skew(r, EJDOM, 0.8)} -> ${skew(r, EJPEERS, 0.4)} (${ejip(r)})`),
    t(1.5, (r) => `${ej(r, 'info', 'ejabberd_s2s_out:process_closed/2:172')}${ejsock(r)} Closing outbound s2s connection ${skew(r, EJDOM, 0.8)} -> ${skew(r, EJPEERS, 0.4)}: ${r.pick(['Stream closed by peer: Connection timeout', 'Connection failed: connection closed', 'Stream reset by peer', 'Idle connection'])}`),
    t(1, (r) => `${ej(r, 'warning', 'ejabberd_s2s_out:process_closed/2:165')}${ejsock(r)} Failed to establish outbound s2s connection ${skew(r, EJDOM, 0.8)} -> ${r.pick(['old-server.example.net', 'jabber.invalid', 'xmpp.defunct.org'])}: ${r.pick(['DNS lookup failed: non-existing domain', 'Connection failed: connection refused', 'Connection failed: connection timed out', 'TLS failed: certificate has expired'])}; bouncing for ${r.pick([60, 120, 300])} seconds`),
    t(1.5, (r) => `${ej(r, 'info', 'mod_http_upload:process_slot_request/6:704')}Got HTTP upload slot for ${ejjid(r)}/${ejres(r)} (file: ${r.pick(['IMG_20261207_101112.jpg', 'voice-message.m4a', 'screenshot 2026-12-07.png', 'report.pdf'])}, size: ${r.int(1000, 40000000)})`),
    t(0.5, (r) => `${ej(r, 'info', 'mod_muc_room:init/1:545')}Created MUC room ${r.pick(['team', 'ops-alerts', 'random', 'release-2026-12'])}@conference.${skew(r, EJDOM, 0.8)} by ${ejjid(r)}/${ejres(r)}`),
    t(0.4, (r) => `${ej(r, 'info', 'mod_muc_room:terminate/3:875')}Destroyed MUC room ${r.pick(['team', 'ops-alerts', 'random', 'release-2026-12'])}@conference.${skew(r, EJDOM, 0.8)} because it's temporary and empty`),
    t(0.3, (r) => `${ej(r, 'info', 'mod_register:try_register/6:432')}The account ${ejjid(r)} was registered from IP address ${ejip(r)} on node ejabberd@chat-01 using mod_register`),
    t(0.2, (r) => `${ej(r, 'info', 'ejabberd_listener:init_tcp/6:169')}Start accepting ${r.pick(['TCP', 'TLS'])} connections at ${r.pick(['[::]:5222', '[::]:5223', '[::]:5269', '0.0.0.0:5443', '[::]:5280'])} for ${r.pick(['ejabberd_c2s', 'ejabberd_s2s_in', 'ejabberd_http'])}`),
    t(0.1, (r) => `${ej(r, 'info', 'ejabberd_app:start/2:63')}ejabberd ${r.pick(['24.10', '24.12'])} is started in the node ejabberd@chat-01 in ${r.float(1, 9, 2)}s`),
  ] },
  { name: 'home-assistant', templates: [
    t(8, (r) => { const [lg, , name] = skew(r, HACOORD, 0.35); return `${ha(r, 'ERROR', lg)}Error fetching ${name} data: ${pick(r, HAFETCH)}`; }),
    t(5, (r) => { const [lg, dom, name] = skew(r, HACOORD, 0.35); return `${ha(r, 'WARNING', lg)}Updating ${dom} ${r.next() < 0.5 ? name : r.pick(['sensor', 'binary_sensor', 'switch'])} took longer than the scheduled update interval ${r.pick(['0:00:30', '0:01:00', '0:05:00', '0:00:10'])}`; }),
    t(3, (r) => `${ha(r, 'WARNING', 'homeassistant.helpers.entity')}Update of ${r.pick(HAENT)} is taking over 10 seconds`),
    t(4, (r) => { const [id, alias] = r.pick(HAAUTO); return `${ha(r, 'WARNING', `homeassistant.components.automation.${id}`)}${alias}: Already running`; }),
    t(1, (r) => { const [id, alias] = r.pick(HAAUTO); return `${ha(r, 'ERROR', `homeassistant.components.automation.${id}`)}${alias}: Error executing script. ${r.pick(['Service not found for call_service at pos 1: Action light.turn_onn not found', "Error for call_service at pos 2: Template rendered invalid entity IDs: ''", 'Unexpected error for call_service at pos 1: Timeout'])}`; }),
    t(3, (r) => `${ha(r, 'WARNING', 'homeassistant.helpers.template')}Template variable warning: '${r.pick(['dict object', 'None', 'homeassistant.helpers.template.TemplateState object'])}' has no attribute '${r.pick(['temperature', 'attributes', 'state', 'forecast'])}' when rendering '${r.pick(['{{ state_attr("weather.home", "temperature") | round(1) }}', '{{ trigger.to_state.attributes.friendly_name }}', '{{ value_json.forecast[0].temperature }}'])}'`),
    t(3, (r) => { const [title, dom, why] = r.pick(HAENTRY); return `${ha(r, 'WARNING', 'homeassistant.config_entries')}Config entry '${title}' for ${dom} integration not ready yet: ${why}; Retrying in background`; }),
    t(2, (r) => { const ip = r.ip(); return `${ha(r, 'WARNING', 'homeassistant.components.http.ban')}Login attempt or request with invalid authentication from ${r.next() < 0.5 ? ip : `${r.pick(['host-' + r.int(1, 250) + '.example.net', 'scanner.example.org'])}`} (${ip}). Requested URL: '${r.pick(['/auth/login_flow/' + r.hex(32), '/api/websocket', '/api/', '/auth/token'])}'. (${skew(r, UAS, 0.4)})`; }),
    t(1, (r) => `${ha(r, 'INFO', 'homeassistant.components.mqtt.client')}Connected to MQTT server ${r.pick(['core-mosquitto', '192.168.1.10'])}:1883 (0)`),
    t(1, (r) => `${ha(r, 'ERROR', 'homeassistant.components.mqtt.client')}Disconnected from MQTT server ${r.pick(['core-mosquitto', '192.168.1.10'])}:1883 (${r.pick([7, 7, 16, 5])})`),
    t(1, (r) => `${ha(r, 'INFO', 'homeassistant.setup', 'MainThread')}Setup of domain ${r.pick(['mqtt', 'zha', 'hacs', 'recorder', 'cloud', 'met', 'unifi'])} took ${r.float(0, 30, 2)} seconds`),
    t(1, (r) => `${ha(r, 'ERROR', 'homeassistant.core')}Error doing job: ${r.pick(['Task exception was never retrieved', 'Unclosed client session', 'Exception in callback'])} (None)`),
    t(1, (r) => { const [c, repo] = r.pick([['solcast_solar', 'BJReplay/ha-solcast-solar'], ['hacs', 'hacs/integration'], ['alexa_media', 'alandtse/alexa_media_player'], ['localtuya', 'rospogrigio/localtuya']]); const f = r.pick(['__init__.py', 'sensor.py', 'config_flow.py']); const l = r.int(20, 400); const [fn, args, code] = r.pick([['open', `'/config/custom_components/${c}/manifest.json',`, 'with open(path) as fh:'], ['listdir', "'/config/.storage',", 'files = os.listdir(STORAGE)'], ['sleep', '5,', 'time.sleep(5)']]); return `${ha(r, 'WARNING', 'homeassistant.util.loop')}Detected blocking call to ${fn} with args (${args}) inside the event loop by custom integration '${c}' at custom_components/${c}/${f}, line ${l}: ${code} (offender: /config/custom_components/${c}/${f}, line ${l}: ${code}), please create a bug report at https://github.com/${repo}/issues`; }),
    t(0.5, (r) => `${ha(r, 'WARNING', 'homeassistant.loader', 'SyncWorker_0')}We found a custom integration ${r.pick(['hacs', 'solcast_solar', 'alexa_media', 'localtuya', 'browser_mod'])} which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant`),
    t(0.3, (r) => `${ha(r, 'WARNING', 'homeassistant.bootstrap')}Waiting on integrations to complete setup: ${some(r, ['zha', 'unifi', 'cast', 'esphome', 'synology_dsm', 'mqtt'], 1, 4).join(', ')}`),
    t(0.2, (r) => `${ha(r, 'WARNING', 'homeassistant.components.recorder.core', 'Recorder')}Ended unfinished session (id=${r.int(1, 400)} from ${ymd(r)} ${hms(r)}.${usec(r)})`),
  ] },
  { name: 'jellyfin', templates: [
    t(8, (r) => `${jf(r, 'INF', 'Emby.Server.Implementations.HttpServer.WebSocketManager')}WS "${jfip(r)}" request`),
    t(6, (r) => `${jf(r, 'INF', 'Emby.Server.Implementations.HttpServer.WebSocketManager')}WS "${jfip(r)}" closed`),
    t(5, (r) => `${jf(r, 'WRN', 'Jellyfin.Server.Middleware.ResponseTimeMiddleware')}Slow HTTP Response from "http://${r.pick(['media.example.lan:8096', '192.168.1.30:8096', 'jellyfin.example.com'])}/${r.pick(['Items/' + r.hex(32) + '/Images/Primary?fillHeight=396&fillWidth=264&quality=96&tag=' + r.hex(32), 'Users/' + r.hex(32) + '/Items/Resume?Limit=12&MediaTypes=Video', 'Shows/NextUp?Limit=24&Fields=PrimaryImageAspectRatio', 'Videos/' + r.hex(32) + '/master.m3u8?MediaSourceId=' + r.hex(32)])}" to "${jfip(r)}" in 0:00:${pad(r.int(0, 9), 2)}.${r.int(1000000, 9999999)} with Status Code ${r.pick([200, 200, 200, 206, 500])}`),
    t(4, (r) => { const [a, v] = r.pick(JFAPPS); return `${jf(r, 'INF', 'Emby.Server.Implementations.Session.SessionManager')}Playback stopped reported by app "${a}" "${v}" playing "${r.pick(JFITEMS)}". Stopped at "${r.int(1000, 9000000)}" ms`; }),
    t(4, (r) => `${jf(r, 'INF', 'Jellyfin.Api.Helpers.MediaInfoHelper')}User policy for ${r.pick(JFUSERS)}. EnablePlaybackRemuxing: ${r.next() < 0.9 ? 'True' : 'False'} EnableVideoPlaybackTranscoding: ${r.next() < 0.8 ? 'True' : 'False'} EnableAudioPlaybackTranscoding: True`),
    t(3, (r) => `${jf(r, 'INF', 'Jellyfin.Server.Implementations.Users.UserManager')}Authentication request for "${r.pick(JFUSERS)}" has succeeded.`),
    t(1, (r) => `${jf(r, 'INF', 'Jellyfin.Server.Implementations.Users.UserManager')}Authentication request for "${r.pick([...JFUSERS, 'admin', 'root'])}" has been denied (IP: "${r.ip()}").`),
    t(3, (r) => `${jf(r, 'INF', 'MediaBrowser.MediaEncoding.Transcoding.TranscodeManager')}${jfffmpeg(r)}`),
    t(3, (r) => `${jf(r, 'INF', 'MediaBrowser.MediaEncoding.Transcoding.TranscodeManager')}FFmpeg exited with code ${r.next() < 0.85 ? 0 : r.pick([1, 137, 255])}`),
    t(2, (r) => `${jf(r, 'INF', 'MediaBrowser.MediaEncoding.Transcoding.TranscodeManager')}Deleting partial stream file(s) /var/cache/jellyfin/transcodes/${r.hex(32)}.m3u8`),
    t(2, (r) => `${jf(r, 'INF', 'Emby.Server.Implementations.ScheduledTasks.TaskManager')}"${r.pick(JFTASKS)}" Completed after ${jfdur(r)}`),
    t(2, (r) => { const [l, p] = r.pick<[string, string]>([['Movies', '/media/movies'], ['TV Shows', '/media/tv'], ['Music', '/media/music'], ['Home Videos', '/media/home videos']]); return `${jf(r, 'INF', 'Emby.Server.Implementations.IO.LibraryMonitor')}"${l}" ("${p}") will be refreshed.`; }),
    t(1, (r) => `${jf(r, 'INF', 'Emby.Server.Implementations.Library.LibraryManager')}Removing item, Type: "${r.pick(['Episode', 'Movie', 'Audio'])}", Name: "${r.pick(JFITEMS)}", Path: "/media/${r.pick(['tv/Friends/Season 01/S01E01.mkv', 'movies/Old Movie (1984)/Old Movie.avi', 'music/Various/01 - Intro.flac'])}", Id: ${r.hex(32)}`),
    t(0.5, (r) => `${jf(r, 'ERR', 'Microsoft.AspNetCore.Server.Kestrel')}Connection id "0HN${upper(r, 10)}", Request id "0HN${upper(r, 10)}:0000000${r.int(1, 9)}": An unhandled exception was thrown by the application.`),
    t(0.5, (r) => `${jf(r, 'INF', 'Emby.Server.Implementations.Library.LibraryManager')}Validating media library`),
  ] },
  { name: 'node-red', templates: [
    t(14, (r) => `${nr(r, 'info')}[debug:${nrname(r, NRDEBUG)}] ${nrpayload(r)}`),
    t(4, (r) => `${nr(r, 'error')}[function:${nrname(r, NRFUNC)}] ${r.pick(NRFUNCERR)}`),
    t(3, (r) => `${nr(r, 'warn')}[function:${nrname(r, NRFUNC)}] ${r.pick(['no temperature in payload', `skipping duplicate reading ${r.int(1, 900)}`, 'Energy price missing, using default', `retry ${r.int(1, 5)}/5`])}`),
    t(3, (r) => `${nr(r, 'error')}[http request:${nrname(r, ['weather api', 'energy prices', 'push gateway'])}] ${r.pick(['RequestError: connect ECONNREFUSED 10.0.0.5:8080', 'RequestError: getaddrinfo ENOTFOUND api.example.com', 'RequestError: Timeout awaiting \'request\' for 120000ms', 'HTTPError: Response code 503 (Service Unavailable)'])} : ${r.pick(['https://api.example.com/v1/forecast?lat=52.5&lon=13.4', 'http://10.0.0.5:8080/prices/today', 'https://push.example.org/message'])}`),
    t(1, (r) => `${nr(r, 'info')}[mqtt-broker:${r.pick(['Local broker', 'HiveMQ Cloud', 'mosquitto'])}] Connected to broker: ${r.pick(['mqtt://localhost:1883', 'mqtts://broker.example.com:8883', 'mqtt://192.168.1.10:1883'])}`),
    t(1, (r) => `${nr(r, 'info')}[mqtt-broker:${r.pick(['Local broker', 'HiveMQ Cloud', 'mosquitto'])}] Disconnected from broker: ${r.pick(['mqtt://localhost:1883', 'mqtts://broker.example.com:8883', 'mqtt://192.168.1.10:1883'])}`),
    t(1, (r) => `${nr(r, 'info')}[server:${r.pick(['Home Assistant', 'HA'])}] Connecting to ${r.pick(['http://supervisor/core', 'http://192.168.1.20:8123'])}`),
    t(1, (r) => `${nr(r, 'info')}[server:${r.pick(['Home Assistant', 'HA'])}] Connected to ${r.pick(['http://supervisor/core', 'http://192.168.1.20:8123'])}`),
    t(1, (r) => `${nr(r, 'error')}[change:${nrname(r, ['set topic', 'map state', 'clear payload'])}] Invalid JSONata expression: ${r.pick(['Expected ")", got end of expression', 'Syntax error: "}"'])}`),
    t(0.4, (r) => `${nr(r, 'info')}Stopping flows`),
    t(0.4, (r) => `${nr(r, 'info')}Stopped flows`),
    t(0.4, (r) => `${nr(r, 'info')}Starting flows`),
    t(0.4, (r) => `${nr(r, 'info')}Started flows`),
    t(0.2, (r) => `${nr(r, 'info')}Node-RED version: ${r.pick(['v4.0.5', 'v3.1.9'])}`),
    t(0.2, (r) => `${nr(r, 'info')}Flows file     : ${r.pick(['/data/flows.json', '/home/pi/.node-red/flows_raspberrypi.json'])}`),
    t(0.2, (r) => `${nr(r, 'info')}Server now running at http://127.0.0.1:1880/`),
    t(0.2, (r) => { const m = r.pick(['node-red-contrib-home-assistant-websocket', 'node-red-node-email', 'node-red-contrib-influxdb', 'node-red-dashboard']); return `${nr(r, 'info')}Installing module: ${m}, version: ${r.int(0, 4)}.${r.int(0, 20)}.${r.int(0, 9)}`; }),
  ] },
  { name: 'bacula', templates: [
    t(3, (r) => { const p = bb(r, 'backup-dir'); return `${p}Start Backup JobId ${p.match(/JobId (\d+)/)![1]}, Job=${bjob(r)}`; }),
    t(3, (r) => `${bb(r, 'backup-dir')}Connected to Storage "${r.pick(['File1', 'File1', 'LTO8'])}" at backup-sd:9103 with TLS`),
    t(3, (r) => { const c = bcl(r); return `${bb(r, 'backup-dir')}Connected to Client "${c}-fd" at ${c}.example.lan:9102 with TLS`; }),
    t(3, (r) => `${bb(r, 'backup-sd')}Using Device "${r.pick(['FileStorage', 'FileStorage', 'FileChgr1-Dev1', 'LTO8-Drive'])}" to write.`),
    t(2, (r) => `${bb(r, 'backup-dir')}Sending Accurate information to the FD.`),
    t(2, (r) => `${bb(r, 'backup-sd')}Volume "${bvol(r)}" previously written, moving to end of data.`),
    t(2, (r) => `${bb(r, 'backup-sd')}Ready to append to end of Volume "${bvol(r)}" size=${r.int(1e6, 53e9)}`),
    t(2, (r) => `${bb(r, 'backup-sd')}Elapsed time=${d2(r.int(0, 3))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}, Transfer rate=${r.float(0.1, 120, 2)} ${r.pick(['M', 'K'])} Bytes/second`),
    t(3, (r) => `${bb(r, `${bcl(r)}-fd`)}     Could not stat "${bpath(r)}": ERR=${r.pick(['No such file or directory', 'Permission denied'])}`),
    t(1, (r) => `${bb(r, `${bcl(r)}-fd`)}     ${r.pick(['/proc', '/sys', '/dev', '/run', '/var/lib/docker/overlay2'])} is a different filesystem. Will not descend from / into it.`),
    t(1, (r) => `${bb(r, `${bcl(r)}-fd`)}shell command: run ClientRunBeforeJob "${r.pick(['/usr/local/sbin/dump-db.sh', '/etc/bacula/scripts/pre-backup.sh shop', '/usr/local/bin/snapshot.sh create'])}"`),
    t(1, (r) => `${bb(r, `${bcl(r)}-fd`)}ClientRunBeforeJob: ${r.pick(['pg_dump: dumping contents of table "public.orders"', 'snapshot tank/home@bacula created', 'dump finished in 42s', 'Starting dump of 3 databases'])}`),
    t(1, (r) => { const c = bcl(r); return `${bb(r, 'backup-dir')}Fatal error: bsockcore.c:209 Unable to connect to Client: ${c}-fd on ${c}.example.lan:9102. ERR=${r.pick(['Connection refused', 'No route to host', 'Interrupted system call'])}`; }),
    t(1, (r) => { const c = bcl(r); return `${bb(r, 'backup-dir')}Warning: bsockcore.c:258 Could not connect to Client: ${c}-fd on ${c}.example.lan:9102. ERR=${r.pick(['Connection refused', 'No route to host'])} Retrying ...`; }),
    t(0.3, (r) => `${bb(r, 'backup-sd')}End of medium on Volume "${bvol(r)}" Bytes=${bnum(r.int(1e9, 53e9))} Blocks=${bnum(r.int(1e4, 9e5))} at ${bdate(r).slice(0, 17)}.`),
    t(1, (r) => `${bb(r, 'backup-dir')}Bacula backup-dir ${r.pick(['13.0.4 (12Feb24)', '15.0.2 (21Mar24)'])}:`),
    t(1, (r) => `  JobId:                  ${r.int(1000, 30000)}`),
    t(1, (r) => `  Job:                    ${bjob(r)}`),
    t(1, (r) => `  Backup Level:           ${r.next() < 0.7 ? `Incremental, since=${ymd(r)} ${hms(r)}` : r.next() < 0.6 ? `Differential, since=${ymd(r)} ${hms(r)}` : 'Full'}`),
    t(1, (r) => { const c = bcl(r); return `  Client:                 "${c}-fd" ${r.pick(['13.0.4 (12Feb24) x86_64-pc-linux-gnu,ubuntu,24.04', '9.6.7 (10Dec20) x86_64-pc-linux-gnu,debian,11.6'])}`; }),
    t(1, (r) => `  Start time:             ${bdate(r)}`),
    t(1, (r) => { const h = r.next() < 0.2 ? r.int(1, 5) : 0; return `  Elapsed time:           ${h ? `${h} hour${h > 1 ? 's' : ''} ` : ''}${r.int(1, 59)} mins ${r.int(0, 59)} secs`; }),
    t(1, (r) => { const b = r.int(1e5, 9e10); return `  SD Bytes Written:       ${bnum(b)} (${b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : `${(b / 1e6).toFixed(1)} MB`})`; }),
    t(1, (r) => `  Rate:                   ${r.float(10, 90000, 1)} KB/s`),
    t(1, (r) => `  Termination:            ${r.next() < 0.8 ? 'Backup OK' : r.pick(['Backup OK -- with warnings', '*** Backup Error ***', 'Backup Canceled'])}`),
  ] },
  { name: 'argocd', templates: [
    t(10, (r) => { const [a] = aapp(r); return ac(r, 'info', `Refreshing app status (${pick(r, AREFRESH)}), level (${r.pick([0, 1, 2, 2, 3])})`, { application: `argocd/${a}` }); }),
    t(8, (r) => { const [a, ns] = aapp(r); return ac(r, 'info', `Comparing app state (cluster: ${ADEST}, namespace: ${ns})`, { application: `argocd/${a}` }); }),
    t(6, (r) => { const [a] = aapp(r); return ac(r, 'info', 'getRepoObjs stats', { application: `argocd/${a}`, build_options_ms: 0, helm_ms: r.int(0, 3), plugins_ms: 0, repo_ms: r.int(0, 40), time_ms: r.int(10, 3000), unmarshal_ms: r.int(0, 900), version_ms: r.int(0, 40) }); }),
    t(6, (r) => { const [a] = aapp(r); return ac(r, 'info', 'Update successful', { application: `argocd/${a}` }); }),
    t(10, (r) => { const [a, ns] = aapp(r); return ac(r, 'info', 'Reconciliation completed', { application: `argocd/${a}`, dedup_ms: r.int(0, 2), 'dest-name': '', 'dest-namespace': ns, 'dest-server': ADEST, diff_ms: r.int(0, 400), 'fields.level': r.int(0, 3), git_ms: r.int(0, 900), health_ms: r.int(0, 20), live_ms: r.int(0, 40), patch_ms: r.int(0, 40), setop_ms: 0, settings_ms: 0, sync_ms: r.int(0, 5), time_ms: r.int(10, 4000) }); }),
    t(4, (r) => { const [a] = aapp(r); return ac(r, 'info', 'Skipping auto-sync: application status is Synced', { application: `argocd/${a}` }); }),
    t(1, (r) => { const [a] = aapp(r); return ac(r, 'info', `Initiated automated sync to '${arev(r)}'`, { application: `argocd/${a}` }); }),
    t(1, (r) => { const [a] = aapp(r); return ac(r, 'info', `Sync operation to ${arev(r)} succeeded`, { application: `argocd/${a}`, 'dest-namespace': a, 'dest-server': ADEST, reason: 'OperationCompleted', type: 'Normal' }); }),
    t(0.4, (r) => { const [a] = aapp(r); return ac(r, 'info', `Sync operation to ${arev(r)} failed: ${r.pick(['one or more objects failed to apply, reason: Deployment.apps "shop-api" is invalid: spec.template.spec.containers[0].image: Required value', 'one or more synchronization tasks completed unsuccessfully', 'ComparisonError: failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = Manifest generation error (cached)'])}`, { application: `argocd/${a}`, 'dest-namespace': a, 'dest-server': ADEST, reason: 'OperationCompleted', type: 'Warning' }); }),
    t(2, (r) => { const [a, ns] = aapp(r); const [x, y] = r.pick([['OutOfSync', 'Synced'], ['Synced', 'OutOfSync'], ['Unknown', 'Synced']]); return ac(r, 'info', `Updated sync status: ${x} -> ${y}`, { application: a, 'dest-namespace': ns, 'dest-server': ADEST, reason: 'ResourceUpdated', type: 'Normal' }); }),
    t(2, (r) => { const [a, ns] = aapp(r); const [x, y] = r.pick([['Progressing', 'Healthy'], ['Healthy', 'Progressing'], ['Healthy', 'Degraded'], ['Degraded', 'Healthy'], ['Missing', 'Progressing']]); return ac(r, 'info', `Updated health status: ${x} -> ${y}`, { application: a, 'dest-namespace': ns, 'dest-server': ADEST, reason: 'ResourceUpdated', type: 'Normal' }); }),
    t(3, (r) => { const [a, ns] = aapp(r); const res = r.pick(ARES); return ac(r, 'info', `Adding resource result, status: '${r.next() < 0.9 ? 'Synced' : 'SyncFailed'}', phase: '${r.next() < 0.8 ? 'Running' : 'Succeeded'}', message: '${res.split('/')[0].toLowerCase()}${res.startsWith('Deployment') ? '.apps' : ''}/${res.split('/')[1]} ${r.pick(['configured', 'unchanged', 'created', 'serverside-applied'])}'`, { application: `argocd/${a}`, kind: res.split('/')[0], name: res.split('/')[1], namespace: ns, phase: 'Sync', syncId: `${pad(r.int(1, 900), 5)}-${r.alnum(5)}` }); }),
    t(5, (r) => { const [a] = aapp(r); return ac(r, 'info', `manifest cache hit: ${asrc(r, a)}`, {}); }),
    t(2, (r) => { const [a] = aapp(r); return ac(r, 'info', `manifest cache miss: ${asrc(r, a)}`, {}); }),
    t(4, (r) => { const git = r.next() < 0.85; return ac(r, 'info', 'Trace', { args: git ? `[git ${r.pick(['fetch origin --tags --force --prune', 'checkout --force ' + r.hex(40), 'clean -ffdx', 'rev-parse HEAD', 'ls-remote origin'])}]` : `[kustomize build /tmp/_argocd-repo/${r.uuid()}/apps/${aapp(r)[0]}]`, dir: `/tmp/_argocd-repo/${r.uuid()}`, operation_name: git ? 'exec git' : 'exec kustomize', time_ms: Number(r.float(1, r.next() < 0.9 ? 400 : 9000, 6)) }); }),
    t(10, (r) => { const code = r.next() < 0.95 ? 'OK' : r.pick(['Unknown', 'Canceled', 'DeadlineExceeded']); return ac(r, 'info', `finished unary call with code ${code}`, { 'grpc.code': code, 'grpc.method': skew(r, ['GenerateManifest', 'ResolveRevision', 'GetRevisionMetadata', 'GetAppDetails', 'TestRepository'], 0.5), 'grpc.service': 'repository.RepoServerService', 'grpc.start_time': `${ymd(r)}T${hms(r)}Z`, 'grpc.time_ms': Number(r.float(0.5, 3000, 3)), 'span.kind': 'server', system: 'grpc' }); }),
  ] },
  { name: 'istiod', templates: [
    t(6, (r) => `${is(r, 'info', 'ads')}ADS: new connection for node:${iproxy(r)}`),
    t(5, (r) => `${is(r, 'info', 'ads')}ADS: "10.42.${r.int(0, 9)}.${r.int(2, 250)}:${port(r)}" ${iproxy(r)} terminated`),
    t(14, (r) => `${is(r, 'info', 'ads')}${skew(r, ['CDS', 'LDS', 'NDS'], 0.5)}: ${ipush(r)} for node:${inode(r)} resources:${r.int(1, 200)} size:${isize(r)}`),
    t(6, (r) => { const n = r.int(1, 40); return `${is(r, 'info', 'ads')}RDS: ${ipush(r)} for node:${inode(r)} resources:${n} size:${isize(r)} cached:${r.int(0, n)}/${n}`; }),
    t(10, (r) => { const n = r.int(1, 90); return `${is(r, 'info', 'ads')}EDS: ${ipush(r)} for node:${inode(r)} resources:${n} size:${isize(r)} empty:${r.next() < 0.7 ? 0 : r.int(1, 4)} cached:${r.int(0, n)}/${n}`; }),
    t(6, (r) => `${is(r, 'info', 'ads')}Push debounce stable[${r.int(1, 90000)}] ${r.int(1, 40)} for config ${icfgs(r)}: ${r.float(100, 900, 1)}ms since last change, ${r.float(100, 9000, 1)}ms since last push, full=${r.next() < 0.6}`),
    t(5, (r) => `${is(r, 'info', 'ads')}XDS: Pushing Services:${r.int(20, 400)} ConnectedEndpoints:${r.int(5, 300)} Version:${iver(r)}`),
    t(3, (r) => `${is(r, 'info', 'ads')}XDS: Incremental Pushing ConnectedEndpoints:${r.int(5, 300)} Version:${iver(r)}`),
    t(2, (r) => { const [, p, ns] = ipod(r); return `${is(r, 'info', 'model')}Incremental push, service ${p.replace(/-[a-z0-9]+-[a-z0-9]+$|-\d+$/, '')}.${ns}.svc.cluster.local at shard Kubernetes/Kubernetes has no endpoints`; }),
    t(1, (r) => { const [ns, svc] = r.pick([['shop', 'shop-api'], ['shop', 'checkout'], ['payments', 'ledger'], ['monitoring', 'grafana']]); return `${is(r, 'info', 'model')}Full push, new service ${ns}/${svc}.${ns}.svc.cluster.local`; }),
    t(0.6, (r) => `${is(r, 'warn', 'ads')}ADS:LDS: ACK ERROR ${iproxy(r)} Internal:Error adding/updating listener(s) 0.0.0.0_${r.pick([8080, 9090, 15006])}: ${r.pick(['duplicate listener 0.0.0.0_8080 found', 'Proto constraint validation failed (ListenerValidationError.FilterChains[0]): embedded message failed validation'])}`),
    t(0.2, (r) => `${is(r, 'info', 'leader election')}Leader election cycle ${r.int(0, 40)} won. Default revision: default`),
    t(0.2, (r) => `${is(r, 'info', 'leader election')}Leader election cycle ${r.int(0, 40)} lost. Trying again`),
  ] },
  { name: 'actix-env-logger', templates: [
    t(30, (r) => racc(r, 'GET', rget(r), [302, 302, 302, 200, 200, 404, 304])),
    t(8, (r) => racc(r, 'POST', r.pick(['/api/v1/links', '/api/v1/links', '/api/v1/login']), [201, 201, 400, 401, 409, 422])),
    t(2, (r) => racc(r, 'PUT', `/api/v1/links/${rcode(r)}`, [200, 200, 404, 403])),
    t(2, (r) => racc(r, 'DELETE', `/api/v1/links/${rcode(r)}`, [204, 204, 404, 403])),
    t(8, (r) => `${rl(r, 'INFO', 'sqlx::query')}${r.pick(RSQL)}; rows affected: ${r.next() < 0.7 ? 0 : 1}, rows returned: ${r.int(0, 50)}, elapsed: ${rus(r)}`),
    t(1, (r) => `${rl(r, 'WARN', 'sqlx::query')}slow statement: execution time exceeded alert threshold summary="${r.pick(RSQL)}" db.statement="${r.pick(['SELECT id, target, owner_id, hits, created_at FROM links WHERE code = $1', 'SELECT count(*) FROM clicks WHERE link_id = $1 AND ts > now() - interval \'30 days\''])}" rows_affected=0 rows_returned=${r.int(0, 50)} elapsed=${r.float(1, 9, 3)}s elapsed_secs=${r.float(1, 9, 6)} slow_threshold=1s`),
    t(5, (r) => `${rl(r, 'DEBUG', 'shortlink::cache')}redis cache hit for ${rcode(r)}`),
    t(3, (r) => `${rl(r, 'DEBUG', 'shortlink::cache')}redis cache miss for ${rcode(r)}`),
    t(4, (r) => `${rl(r, 'INFO', 'shortlink::handlers')}created link ${rcode(r)} -> ${r.pick(['https://example.com/blog/2026/12/winter-sale?utm_source=newsletter', 'https://docs.example.org/guide/install', 'https://www.youtube.com/watch?v=' + r.alnum(11), 'https://shop.example.com/p/' + r.int(1000, 9999)])} for user ${r.int(1, 90000)}`),
    t(3, (r) => `${rl(r, 'WARN', 'shortlink::handlers')}link ${rcode(r)} not found`),
    t(1, (r) => `${rl(r, 'ERROR', 'shortlink::db')}database error: ${r.pick(RDBERR)}`),
    t(1, (r) => `${rl(r, 'INFO', 'shortlink::jobs')}purged ${r.int(0, 4000)} expired links in ${r.int(1, 900)}ms`),
    t(0.5, (r) => `${rl(r, 'ERROR', 'actix_http::h1::dispatcher')}stream error: ${r.pick(['Request parse error: Invalid Header provided', 'Request parse error: Invalid Method specified', 'Connection reset by peer (os error 104)'])}`),
    t(0.2, (r) => `${rl(r, 'INFO', 'actix_server::builder')}starting ${r.pick([2, 4, 8])} workers`),
    t(0.2, (r) => `${rl(r, 'INFO', 'actix_server::server')}starting service: "actix-web-service-0.0.0.0:8080", workers: ${r.pick([2, 4, 8])}, listening on: 0.0.0.0:8080`),
    t(0.1, (r) => `${rl(r, 'INFO', 'actix_server::server')}${r.pick(['SIGTERM', 'SIGINT'])} received; starting graceful shutdown`),
  ] },
  { name: 'apt-unattended', templates: [
    t(1, (r) => `${uu(r)}Starting unattended upgrades script`),
    t(1, (r) => `${uu(r)}Allowed origins are: ${AORIG.slice(0, r.pick([2, 4, 4, 5])).join(', ')}`),
    t(1, (r) => `${uu(r)}Initial blacklist: ${r.next() < 0.7 ? '' : some(r, ['linux-', 'docker-ce', 'postgresql-16', 'nginx'], 1, 2).join(' ')}`.trimEnd()),
    t(1, (r) => `${uu(r)}Initial whitelist (not strict): ${r.next() < 0.8 ? '' : 'openssl libssl3t64'}`.trimEnd()),
    t(0.7, (r) => `${uu(r)}Packages that will be upgraded: ${apkgs(r, 1, 6).map((p) => p[0]).join(' ')}`),
    t(0.7, (r) => `${uu(r)}Writing dpkg log to /var/log/unattended-upgrades/unattended-upgrades-dpkg.log`),
    t(0.6, (r) => `${uu(r)}All upgrades installed`),
    t(0.4, (r) => `${uu(r)}No packages found that can be upgraded unattended and no pending auto-removals`),
    t(0.4, (r) => `${uu(r)}Package ${r.pick(['linux-image-generic', 'linux-headers-generic', 'docker-ce', 'libnvidia-compute-550'])} is kept back because a related package is kept back or due to local apt_preferences(5).`),
    t(0.2, (r) => `${uu(r, 'WARNING')}Package ${r.pick(['nginx-common', 'openssh-server', 'grub-pc'])} has conffile prompt and needs to be upgraded manually`),
    t(0.2, (r) => `${uu(r)}Removing unused kernel packages: ${r.pick(['linux-image-6.8.0-45-generic linux-modules-6.8.0-45-generic', 'linux-headers-6.8.0-47-generic linux-headers-6.8.0-47 linux-image-6.8.0-47-generic linux-modules-6.8.0-47-generic'])}`),
    t(0.5, (r) => `${uu(r)}Checking if system is running on battery is skipped. Please install powermgmt-base package to check power status and skip installing updates when the system is running on battery.`),
    t(0.5, (r) => `${uu(r)}Enabled logging to syslog via daemon facility `.trimEnd()),
    t(0.1, (r) => `${uu(r, 'ERROR')}Cache has broken packages, exiting`),
    t(2, (r) => `Start-Date: ${ymd(r)}  ${hms(r)}`),
    t(2, (r) => `Commandline: ${r.next() < 0.6 ? '/usr/bin/unattended-upgrade' : r.pick(['apt-get -y install nginx', 'apt upgrade', 'apt install htop ncdu', 'apt-get -y --no-install-recommends install postgresql-client-16', 'apt autoremove'])}`),
    t(0.8, (r) => `Requested-By: ${r.pick(['alice', 'bob', 'ubuntu'])} (${r.pick([1000, 1001, 1002])})`),
    t(0.5, (r) => `Install: ${apkgs(r, 1, 3).map((p) => `${p[0]}:${aarch(r)} (${p[2]}${r.next() < 0.5 ? ', automatic' : ''})`).join(', ')}`),
    t(1.5, (r) => `Upgrade: ${apkgs(r, 1, 6).map((p) => `${p[0]}:${aarch(r)} (${p[1]}, ${p[2]})`).join(', ')}`),
    t(0.3, (r) => `Remove: ${r.pick(['linux-image-6.8.0-45-generic:amd64 (6.8.0-45.45), linux-modules-6.8.0-45-generic:amd64 (6.8.0-45.45)', 'htop:amd64 (3.3.0-4build1)', 'libllvm17t64:amd64 (1:17.0.6-9ubuntu1)'])}`),
    t(0.1, () => 'Error: Sub-process /usr/bin/dpkg returned an error code (1)'),
    t(2, (r) => `End-Date: ${ymd(r)}  ${hms(r)}`),
  ] },
  { name: 'temporal', templates: [
    t(6, (r) => tp(r, 'info', 'Range updated for shardID', { 'shard-id': r.int(1, 512), address: taddr(r), 'shard-range-id': r.int(10, 900), 'previous-range-id': r.int(9, 899), number: 0, 'next-number': 0 }, 'shard_context_impl.go:1284')),
    t(5, (r) => tp(r, 'info', 'none', { component: r.pick(['shard-controller', 'transfer-queue-processor', 'timer-queue-processor', 'visibility-queue-processor', 'memberships-monitor']), address: taddr(r), lifecycle: r.pick(['Starting', 'Started', 'Stopping', 'Stopped']) }, r.pick(['controller_impl.go:129', 'queue_base.go:316', 'ringpop.go:105']))),
    t(4, (r) => tp(r, 'info', 'none', { 'shard-id': r.int(1, 512), address: taddr(r), lifecycle: r.pick(['Started', 'Stopping', 'Stopped']), component: 'shard-context', 'shard-item': `0x${r.hex(10)}`, number: r.int(0, 4) }, 'shard_context_impl.go:2014')),
    t(4, (r) => tp(r, 'error', 'history client encountered error', { service: 'frontend', error: pick(r, TFAIL), 'service-error-type': r.pick(['serviceerror.NotFound', 'serviceerror.DeadlineExceeded', 'serviceerror.Unavailable']) }, 'metric_client.go:90')),
    t(2, (r) => tp(r, 'error', 'matching client encountered error', { service: r.pick(['frontend', 'history']), error: r.pick(['context deadline exceeded', 'Task queue is shutting down', 'Workflow task not found.']), 'service-error-type': r.pick(['serviceerror.DeadlineExceeded', 'serviceerror.NotFound', 'serviceerror.Unavailable']) }, 'metric_client.go:90')),
    t(4, (r) => tp(r, 'warn', 'service failures', { operation: r.pick(['StartWorkflowExecution', 'SignalWorkflowExecution', 'DescribeWorkflowExecution', 'RespondActivityTaskCompleted']), 'wf-namespace': skew(r, TNS, 0.5), error: r.pick(['Workflow execution is already running. WorkflowId: ' + twf(r) + ', RunId: ' + r.uuid() + '.', 'workflow execution already completed', 'Namespace rate limit exceeded', 'Activity task not found.']) }, 'telemetry.go:398')),
    t(3, (r) => tp(r, 'error', 'Fail to process task', { 'shard-id': r.int(1, 512), address: taddr(r), component: r.pick(['transfer-queue-processor', 'timer-queue-processor', 'outbound-queue-processor']), 'wf-namespace-id': r.uuid(), 'wf-id': twf(r), 'wf-run-id': r.uuid(), 'queue-task-id': r.int(1e6, 9e8), 'queue-task-visibility-timestamp': iso(r), 'queue-task-type': r.pick(['TransferActivityTask', 'TransferWorkflowTask', 'ActivityRetryTimer', 'UserTimer', 'WorkflowBackoffTimer']), error: pick(r, TFAIL), lifecycle: 'ProcessingFailed' }, 'lazy_logger.go:68')),
    t(0.6, (r) => tp(r, 'error', 'Critical attempts processing workflow task', { 'wf-namespace': skew(r, TNS, 0.5), 'wf-id': twf(r), 'wf-run-id': r.uuid(), attempt: r.int(10, 400) }, 'workflow_task_state_machine.go:1012')),
    t(3, (r) => tp(r, 'warn', 'Unable to call matching.PollWorkflowTaskQueue.', { service: 'frontend', 'wf-task-queue-name': `/_sys/${skew(r, TTQ, 0.4)}/${r.int(1, 3)}`, timeout: `${r.int(1, 2)}m${r.float(0, 10, 6)}s`, error: 'context deadline exceeded' }, 'workflow_handler.go:1024')),
    t(2, (r) => tp(r, 'warn', 'Unable to call matching.PollActivityTaskQueue.', { service: 'frontend', 'wf-task-queue-name': skew(r, TTQ, 0.4), timeout: `${r.int(1, 2)}m${r.float(0, 10, 6)}s`, error: 'context deadline exceeded' }, 'workflow_handler.go:1242')),
    t(2, (r) => tp(r, 'info', 'Current reachable members', { component: 'service-resolver', service: r.pick(['frontend', 'history', 'matching', 'worker']), addresses: Array.from({ length: r.int(1, 4) }, (_, i) => `10.0.3.${5 + i}:${r.pick([7233, 7234, 7235, 7239])}`) }, 'service_resolver.go:284')),
    t(1, (r) => tp(r, 'info', 'Membership heartbeat upserted successfully', { address: taddr(r).split(':')[0], port: 6934, hostId: r.uuid() }, 'monitor.go:256')),
    t(1, (r) => tp(r, 'info', 'Acquired shard', { 'shard-id': r.int(1, 512), address: taddr(r) }, 'controller_impl.go:423')),
    t(0.6, (r) => tp(r, 'info', 'Close shard', { 'shard-id': r.int(1, 512), address: taddr(r) }, 'controller_impl.go:290')),
    t(0.2, (r) => tp(r, 'info', 'Starting server for services', { value: Object.fromEntries(some(r, ['frontend', 'history', 'matching', 'worker', 'internal-frontend'], 1, 4).map((s) => [s, {}])) }, 'server_impl.go:94')),
  ] },
];

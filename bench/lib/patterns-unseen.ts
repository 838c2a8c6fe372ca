// Unseen evaluation corpus for the template miner: a fourth labelled set, written and scored
// once with the miner as it stood BEFORE the round of changes that followed the fresh set's
// failures (issue 15 §2). The fresh set had been looked at by then, so it could no longer tell
// a general rule from one fitted to it. This set's per-system scores were on screen during that
// round in turn (README, Benchmarks), so the sealed set (patterns-sealed.ts) followed. Formats in none of
// the other three sets: Squid, CUPS, Jenkins, Traefik, Consul, Vault, etcd, CoreDNS, Dovecot,
// vsftpd, OpenVPN, dockerd, Blue Gene/L RAS (Loghub's BGL) and a Rails production log.
//
// Labelling follows the Loghub convention of patterns-heldout.ts and patterns-fresh.ts: an
// event is its constant text; ids, numbers, hosts, addresses, paths, names, status codes and
// free-text values are variables, while different verbs, outcomes or states written into the
// message itself (OK / FAIL LOGIN, `is now passing` / `is now critical`, GET / POST of a
// request line, `Loading containers: start.` / `done.`) are different events. A field with a
// handful of data values (a router, a printer, a level, a query type) is a variable even when
// one value dominates.

import type { HeldoutSystem } from './patterns-heldout.ts';
import type { Rng } from './patterns-rng.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const d2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const port = (r: Rng) => String(r.int(1025, 65000));
/** One value dominates, as one router, printer or service does in a real log. */
const mostly = <T>(r: Rng, xs: readonly T[], p = 0.7): T => (r.next() < p ? xs[0] : r.pick(xs));

const ACCOUNTS = ['anna', 'bjorn', 'celine', 'diego', 'emeka', 'farah', 'goran', 'hanna', 'igor', 'jia', 'kemal', 'luz', 'mateo', 'noor', 'otto', 'paula'];
const ZONES = ['example.com', 'example.org', 'intra.example.net', 'svc.cluster.local', 'shop.example.io'];
const SQUID_SITES = ['http://deb.debian.org/debian/pool/main/', 'http://archive.ubuntu.com/ubuntu/dists/', 'http://ocsp.example-ca.com/', 'http://detectportal.firefox.com/', 'http://static.example.com/img/', 'http://api.example.org/v2/'];
const MIME = ['text/html', 'application/octet-stream', 'image/png', 'application/json', 'application/ocsp-response', 'text/css'];
const PRINTERS = ['HP_LaserJet_M404', 'Brother_HL_L2350', 'Kyocera_FS_1370'];
const IPP_OPS = ['Get-Printer-Attributes', 'Get-Jobs', 'CUPS-Get-Printers', 'Create-Job', 'Send-Document', 'Get-Job-Attributes', 'CUPS-Get-Default'];
const JOBS = ['shop-api', 'shop-web', 'billing-service', 'infra/terraform-plan', 'nightly-e2e', 'docs-site', 'mobile/android-release'];
const AGENTS = ['agent-linux-1', 'agent-linux-2', 'agent-linux-3', 'agent-win-1', 'agent-mac-1'];
const ROUTERS = ['web@docker', 'api@docker', 'dashboard@internal'];
const CONSUL_NODES = ['consul-0', 'consul-1', 'consul-2', 'worker-7', 'worker-12'];
const CONSUL_SVCS = ['web', 'api', 'payments', 'redis', 'postgres', 'search'];
const VAULT_PATHS = ['secret/', 'pki/', 'transit/', 'database/', 'kv-v2/', 'ssh-client-signer/'];
const ETCD_MEMBERS = ['8e9e05c52164694d', '91bc3c398fb3c146', 'fd422379fda50e48'];
const MAILBOXES = ['INBOX', 'Sent', 'Drafts', 'Archive', 'Junk', 'INBOX/receipts'];
const FTP_FILES = ['/srv/ftp/pub/release-2.4.1.tar.gz', '/home/{u}/reports/q3.xlsx', '/home/{u}/backup/db.sql.gz', '/srv/ftp/incoming/scan_0042.pdf', '/home/{u}/www/index.html'];
const CIPHERS = ['AES-256-GCM', 'AES-128-GCM', 'CHACHA20-POLY1305'];
const IMAGES = ['nginx:1.25', 'postgres:16', 'redis:7-alpine', 'ghcr.io/example/shop-api:v2.3.1', 'grafana/grafana:10.2.0'];
const CONTROLLERS = ['OrdersController', 'ProductsController', 'SessionsController', 'CartsController', 'Admin::UsersController', 'Api::V1::SearchController'];
const ACTIONS = ['index', 'show', 'create', 'update', 'destroy', 'new'];
const VIEWS = ['orders/index.html.erb', 'products/show.html.erb', 'sessions/new.html.erb', 'carts/_line_item.html.erb', 'shared/_header.html.erb', 'admin/users/index.html.erb'];
const STATUS_TEXT: [string, string][] = [['200', 'OK'], ['200', 'OK'], ['200', 'OK'], ['302', 'Found'], ['304', 'Not Modified'], ['404', 'Not Found'], ['422', 'Unprocessable Entity'], ['500', 'Internal Server Error']];
const BGL_NODES = (r: Rng) => `R${d2(r.int(0, 77))}-M${r.int(0, 1)}-N${r.pick(['0', '1', '2', '4', '8', 'C', 'F'])}-C:J${d2(r.int(2, 17))}-U${r.pick(['01', '11'])}`;

const isoTs = (r: Rng) => `2026-12-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}.${r.int(100, 999)}Z`;
const clf = (r: Rng) => `[${d2(r.int(1, 28))}/${r.pick(MON)}/2026:${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} +0000]`;
const ctime = (r: Rng) => `${r.pick(DAY)} ${r.pick(MON)} ${String(r.int(1, 28)).padStart(2, ' ')} ${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} 2026`;
const webPath = (r: Rng) => `/${r.pick(['products', 'orders', 'cart', 'users', 'search'])}${r.next() < 0.6 ? `/${r.int(1, 99999)}` : ''}${r.next() < 0.25 ? `?page=${r.int(1, 30)}` : ''}`;
const email = (r: Rng) => `${r.pick(ACCOUNTS)}@${r.pick(ZONES)}`;
const sess = (r: Rng) => r.alnum(16);
const containerId = (r: Rng) => r.hex(64);
const squidTs = (r: Rng) => `${r.int(1764900000, 1764999999)}.${r.int(100, 999)}`;
const elapsed = (r: Rng) => String(r.int(0, 30000)).padStart(6, ' ');
const vaultToken = (r: Rng) => `hvs.${r.alnum(24)}`;
const railsMs = (r: Rng) => r.float(0.1, 900, 1);

export const UNSEEN_SYSTEMS: HeldoutSystem[] = [
  {
    name: 'squid',
    templates: [
      { weight: 20, gen: (r) => `${squidTs(r)} ${elapsed(r)} ${r.ip()} ${r.next() < 0.08 ? `TCP_DENIED/403 ${r.int(3000, 4500)} GET ${r.pick(SQUID_SITES)}${r.alnum(8)} - HIER_NONE/- text/html` : `${r.pick(['TCP_MISS/200', 'TCP_MISS/200', 'TCP_HIT/200', 'TCP_MEM_HIT/200', 'TCP_REFRESH_UNMODIFIED/304', 'TCP_MISS/404'])} ${r.int(200, 900000)} GET ${r.pick(SQUID_SITES)}${r.alnum(8)} - HIER_DIRECT/${r.ip()} ${r.pick(MIME)}`}` },
      { weight: 5, gen: (r) => `${squidTs(r)} ${elapsed(r)} ${r.ip()} TCP_MISS/${r.pick(['200', '201', '502'])} ${r.int(200, 9000)} POST ${r.pick(SQUID_SITES)}${r.alnum(8)} ${r.pick(ACCOUNTS)} HIER_DIRECT/${r.ip()} ${r.pick(['application/json', 'text/html'])}` },
      { weight: 12, gen: (r) => `${squidTs(r)} ${elapsed(r)} ${r.ip()} TCP_TUNNEL/200 ${r.int(200, 9e6)} CONNECT ${mostly(r, ['www.example.com', 'login.example.org', 'cdn.example.net', 'api.example.io'])}:443 - HIER_DIRECT/${r.ip()} -` },
      { weight: 1, gen: (r) => `Starting Squid Cache version ${r.pick(['5.7', '6.6', '6.10'])} for x86_64-pc-linux-gnu...` },
      { weight: 1, gen: (r) => `Accepting HTTP Socket connections at conn${r.int(1, 20)} local=[::]:3128 remote=[::] FD ${r.int(10, 40)} flags=9` },
      { weight: 1, gen: (r) => `WARNING: Forwarding loop detected for: GET ${webPath(r)} HTTP/1.1` },
      { weight: 1, gen: (r) => `Logfile: opening log daemon:/var/log/squid/${r.pick(['access.log', 'store.log', 'netdb.state'])}` },
    ],
  },
  {
    name: 'cups',
    templates: [
      { weight: 6, gen: (r) => `[Job ${r.int(1, 9999)}] Queued on "${mostly(r, PRINTERS)}" by "${r.pick(ACCOUNTS)}".` },
      { weight: 6, gen: (r) => `[Job ${r.int(1, 9999)}] Started filter /usr/lib/cups/filter/${r.pick(['pdftopdf', 'gstoraster', 'rastertopclx', 'pstops'])} (PID ${r.int(1000, 99999)})` },
      { weight: 4, gen: (r) => `[Job ${r.int(1, 9999)}] Started backend /usr/lib/cups/backend/${r.pick(['ipp', 'usb', 'socket'])} (PID ${r.int(1000, 99999)})` },
      { weight: 6, gen: (r) => `[Job ${r.int(1, 9999)}] Job completed.` },
      { weight: 2, gen: (r) => `[Job ${r.int(1, 9999)}] Canceled by "${r.pick(ACCOUNTS)}".` },
      { weight: 2, gen: (r) => `[Job ${r.int(1, 9999)}] Printer stopped due to backend errors; please consult the error_log file for details.` },
      { weight: 14, gen: (r) => `[Client ${r.int(1, 9999)}] Returning IPP ${r.next() < 0.85 ? 'successful-ok' : r.pick(['client-error-not-found', 'client-error-not-possible', 'server-error-busy'])} for ${r.pick(IPP_OPS)} (ipp://localhost/printers/${mostly(r, PRINTERS)}) from ${mostly(r, ['localhost', r.ip()])}` },
      { weight: 3, gen: () => `Expiring subscriptions...` },
      { weight: 2, gen: (r) => `[cups-deviced] PID ${r.int(1000, 99999)} (${r.pick(['gutenprint53+usb', 'dnssd', 'snmp', 'ipp'])}) exited with no errors.` },
      { weight: 1, gen: (r) => `Saving printers.conf...` },
    ],
  },
  {
    name: 'jenkins',
    templates: [
      { weight: 8, gen: (r) => `${r.pick(JOBS)} #${r.int(1, 4000)} main build action completed: ${r.pick(['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILURE', 'UNSTABLE', 'ABORTED'])}` },
      { weight: 6, gen: (r) => `Started Download metadata` },
      { weight: 6, gen: (r) => `Finished Download metadata. ${r.int(200, 90000).toLocaleString('en-US')} ms` },
      { weight: 5, gen: (r) => `Obtained Jenkinsfile from git https://git.example.com/${r.pick(['shop', 'infra', 'mobile', 'docs'])}/${r.pick(['api', 'web', 'terraform', 'site', 'android'])}.git` },
      { weight: 4, gen: (r) => `Computer.threadPoolForRemoting [#${r.int(1, 300)}] for ${r.pick(AGENTS)} terminated: java.nio.channels.ClosedChannelException` },
      { weight: 4, gen: (r) => `Attempting to connect to ${r.pick(AGENTS)}` },
      { weight: 3, gen: (r) => `Agent ${r.pick(AGENTS)} is now online` },
      { weight: 3, gen: (r) => `Agent ${r.pick(AGENTS)} is now offline` },
      { weight: 3, gen: (r) => `Disconnecting ${r.pick(AGENTS)} as it has been idle for ${r.int(10, 120)} min` },
      { weight: 1, gen: () => `Jenkins is fully up and running` },
      { weight: 2, gen: (r) => `Failed to parse ${r.pick(JOBS)} build record: ${r.pick(['/var/jenkins_home/jobs/', '/srv/jenkins/jobs/'])}${r.pick(JOBS)}/builds/${r.int(1, 4000)}/build.xml` },
    ],
  },
  {
    name: 'traefik',
    templates: [
      { weight: 20, gen: (r) => `${r.ip()} - - ${clf(r)} "GET ${webPath(r)} HTTP/${r.pick(['1.1', '2.0'])}" ${r.pick(['200', '200', '304', '404'])} ${r.int(0, 90000)} "-" "-" ${r.int(1, 999999)} "${mostly(r, ROUTERS)}" "http://172.18.0.${r.int(2, 30)}:${mostly(r, ['8080', '3000'])}" ${r.int(0, 900)}ms` },
      { weight: 7, gen: (r) => `${r.ip()} - - ${clf(r)} "POST ${webPath(r)} HTTP/${r.pick(['1.1', '2.0'])}" ${r.pick(['200', '201', '400', '502'])} ${r.int(0, 9000)} "-" "-" ${r.int(1, 999999)} "${mostly(r, ROUTERS)}" "http://172.18.0.${r.int(2, 30)}:${mostly(r, ['8080', '3000'])}" ${r.int(0, 900)}ms` },
      { weight: 2, gen: (r) => `time="${isoTs(r)}" level=info msg="Configuration loaded from ${r.pick(['flags', 'file: /etc/traefik/traefik.yml'])}."` },
      { weight: 3, gen: (r) => `time="${isoTs(r)}" level=error msg="service \\"${r.pick(['web', 'api', 'shop'])}\\" error: unable to find the IP address for the container \\"/${r.pick(['web', 'api', 'shop'])}-${r.int(1, 3)}\\": the server is ignored" container=${r.pick(['web', 'api', 'shop'])}-${r.hex(12)} providerName=docker` },
      { weight: 2, gen: (r) => `time="${isoTs(r)}" level=warning msg="A new release has been found: ${r.int(2, 3)}.${r.int(0, 11)}.${r.int(0, 9)}. Please consider updating."` },
      { weight: 3, gen: (r) => `time="${isoTs(r)}" level=error msg="Error while starting server: accept tcp [::]:${r.pick(['80', '443'])}: use of closed network connection" entryPointName=${r.pick(['web', 'websecure'])}` },
      { weight: 2, gen: (r) => `time="${isoTs(r)}" level=debug msg="Unable to obtain ACME certificate for domains \\"${r.pick(['www', 'api', 'shop'])}.${r.pick(ZONES)}\\"" providerName=letsencrypt.acme routerName=${mostly(r, ROUTERS)} rule="Host(\`${r.pick(['www', 'api', 'shop'])}.${r.pick(ZONES)}\`)"` },
    ],
  },
  {
    name: 'consul',
    templates: [
      { weight: 10, gen: () => `agent: Synced node info` },
      { weight: 8, gen: (r) => `agent: Synced service: service=${r.pick(CONSUL_SVCS)}-${r.hex(8)}` },
      { weight: 5, gen: (r) => `agent: Synced check: check=service:${r.pick(CONSUL_SVCS)}-${r.hex(8)}` },
      { weight: 4, gen: (r) => `agent: Check is now critical: check=service:${r.pick(CONSUL_SVCS)}-${r.hex(8)}` },
      { weight: 4, gen: (r) => `agent: Check is now passing: check=service:${r.pick(CONSUL_SVCS)}-${r.hex(8)}` },
      { weight: 3, gen: (r) => `agent.server.memberlist.lan: memberlist: Suspect ${r.pick(CONSUL_NODES)} has failed, no acks received` },
      { weight: 2, gen: (r) => `agent.server.serf.lan: serf: EventMemberJoin: ${r.pick(CONSUL_NODES)} ${r.ip()}` },
      { weight: 2, gen: (r) => `agent.server.serf.lan: serf: EventMemberFailed: ${r.pick(CONSUL_NODES)} ${r.ip()}` },
      { weight: 2, gen: (r) => `agent.server.raft: entering follower state: follower="Node at ${r.ip()}:8300 [Follower]" leader-address= leader-id=` },
      { weight: 2, gen: (r) => `agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr=${r.ip()}:8300 last-leader-id=${r.uuid()}` },
      { weight: 3, gen: (r) => `agent: Coordinate update error: error="No cluster leader"` },
      { weight: 2, gen: (r) => `agent.http: Request error: method=${r.pick(['GET', 'PUT'])} url=/v1/kv/${r.pick(['config', 'locks', 'features'])}/${r.alnum(6)} from=127.0.0.1:${port(r)} error="Permission denied"` },
    ],
  },
  {
    name: 'vault',
    templates: [
      { weight: 10, gen: (r) => `expiration: revoked lease: lease_id=${r.pick(['auth/token/create/', 'database/creds/readonly/', 'auth/kubernetes/login/', 'pki/issue/web/'])}${r.alnum(24)}` },
      { weight: 5, gen: (r) => `core: successful mount: namespace="" path=${r.pick(VAULT_PATHS)} type=${r.pick(['kv', 'pki', 'transit', 'database', 'ssh'])} version="${r.pick(['', 'v1.15.2+builtin.vault', 'v0.16.0+builtin'])}"` },
      { weight: 6, gen: (r) => `core: failed to look up token: error="${r.pick(['token not found', 'bad token', 'token has expired'])}" accessor=${r.alnum(24)}` },
      { weight: 4, gen: (r) => `core: login attempt failed: mount=${r.pick(['userpass', 'ldap', 'kubernetes', 'approle'])} user=${r.pick(ACCOUNTS)} error="invalid credentials"` },
      { weight: 2, gen: () => `core: vault is unsealed` },
      { weight: 2, gen: () => `core: post-unseal setup complete` },
      { weight: 2, gen: (r) => `core: pre-seal teardown starting` },
      { weight: 3, gen: (r) => `rollback: starting rollback manager` },
      { weight: 4, gen: (r) => `secrets.database.database_${r.alnum(8)}: creating credential: role=${r.pick(['readonly', 'readwrite', 'migrator'])} username=v-${r.pick(['kubernetes', 'approle', 'token'])}-${r.pick(['readonly', 'readwrite'])}-${r.alnum(20)}-${r.int(1.76e9, 1.77e9)} ttl=${r.pick(['1h', '24h', '768h'])}` },
      { weight: 2, gen: (r) => `http: TLS handshake error from ${r.ip()}:${port(r)}: ${r.pick(['EOF', 'remote error: tls: bad certificate', 'tls: first record does not look like a TLS handshake'])}` },
      { weight: 3, gen: (r) => `auth.kubernetes.auth_kubernetes_${r.hex(8)}: login unauthorized: service_account=${r.pick(['default', 'shop-api', 'billing', 'grafana'])} namespace=${r.pick(['default', 'shop', 'monitoring'])}` },
    ],
  },
  {
    name: 'etcd',
    templates: [
      { weight: 8, gen: (r) => `{"level":"info","ts":"${isoTs(r)}","caller":"mvcc/index.go:214","msg":"compact tree index","revision":${r.int(1e5, 9e7)}}` },
      { weight: 8, gen: (r) => `{"level":"info","ts":"${isoTs(r)}","caller":"mvcc/kvstore_compaction.go:66","msg":"finished scheduled compaction","compact-revision":${r.int(1e5, 9e7)},"took":"${r.float(1, 900, 6)}ms","hash":${r.int(1e8, 4e9)}}` },
      { weight: 8, gen: (r) => `{"level":"warn","ts":"${isoTs(r)}","caller":"etcdserver/util.go:170","msg":"apply request took too long","took":"${r.float(100, 2000, 6)}ms","expected-duration":"100ms","prefix":"read-only range ","request":"key:\\"/registry/${r.pick(['pods', 'leases', 'services/endpoints', 'configmaps'])}/${r.pick(['default', 'kube-system', 'shop'])}/${r.alnum(8)}\\" ","response":"range_response_count:${r.int(0, 9)} size:${r.int(100, 9000)}"}` },
      { weight: 4, gen: (r) => `{"level":"warn","ts":"${isoTs(r)}","caller":"wal/wal.go:805","msg":"slow fdatasync","took":"${r.float(1, 9, 9)}s","expected-duration":"1s"}` },
      { weight: 4, gen: (r) => `{"level":"warn","ts":"${isoTs(r)}","caller":"etcdserver/raft.go:369","msg":"leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk","to":"${r.pick(ETCD_MEMBERS)}","heartbeat-interval":"100ms","expected-duration":"200ms","exceeded-duration":"${r.float(1, 900, 6)}ms"}` },
      { weight: 3, gen: (r) => `{"level":"info","ts":"${isoTs(r)}","caller":"etcdserver/server.go:1395","msg":"triggering snapshot","local-member-id":"${r.pick(ETCD_MEMBERS)}","local-member-applied-index":${r.int(1e6, 9e7)},"local-member-snapshot-index":${r.int(1e6, 9e7)},"local-member-snapshot-count":10000}` },
      { weight: 3, gen: (r) => `{"level":"info","ts":"${isoTs(r)}","caller":"etcdserver/server.go:2412","msg":"saved snapshot","snapshot-index":${r.int(1e6, 9e7)}}` },
      { weight: 3, gen: (r) => `{"level":"info","ts":"${isoTs(r)}","caller":"etcdserver/server.go:2442","msg":"compacted Raft logs","compact-index":${r.int(1e6, 9e7)}}` },
      { weight: 2, gen: (r) => `{"level":"warn","ts":"${isoTs(r)}","caller":"rafthttp/probing_status.go:82","msg":"prober found high clock drift","round-tripper-name":"ROUND_TRIPPER_RAFT_MESSAGE","remote-peer-id":"${r.pick(ETCD_MEMBERS)}","clock-drift":"${r.float(1, 9, 6)}s","rtt":"${r.float(0.1, 9, 6)}ms"}` },
    ],
  },
  {
    name: 'coredns',
    templates: [
      { weight: 24, gen: (r) => { const q = `${r.pick(['www', 'api', 'db', 'cache', r.alnum(6)])}.${r.pick(ZONES)}.`; return `[INFO] ${r.ip()}:${port(r)} - ${r.int(1, 65535)} "${r.pick(['A', 'A', 'AAAA', 'SRV', 'PTR', 'TXT'])} IN ${q} ${mostly(r, ['udp', 'tcp'], 0.85)} ${r.int(30, 90)} ${r.pick(['false', 'true'])} ${r.pick(['512', '1232', '4096'])}" ${r.pick(['NOERROR', 'NOERROR', 'NXDOMAIN', 'SERVFAIL'])} ${r.pick(['qr,rd,ra', 'qr,aa,rd', 'qr,aa,rd,ra'])} ${r.int(40, 400)} ${r.float(0, 0.5, 9)}s`; } },
      { weight: 4, gen: (r) => `[ERROR] plugin/errors: 2 ${r.alnum(7)}.${r.pick(ZONES)}. ${r.pick(['A', 'AAAA'])}: read udp ${r.ip()}:${port(r)}->${r.pick(['8.8.8.8', '1.1.1.1', '10.0.0.2'])}:53: i/o timeout` },
      { weight: 2, gen: (r) => `[INFO] plugin/reload: Running configuration SHA512 = ${r.hex(128)}` },
      { weight: 2, gen: (r) => `[WARNING] plugin/kubernetes: Kubernetes API connection failure: Get "https://10.96.0.1:443/version": dial tcp 10.96.0.1:443: ${r.pick(['i/o timeout', 'connect: connection refused'])}` },
      { weight: 1, gen: (r) => `[INFO] plugin/ready: Still waiting on: "kubernetes"` },
      { weight: 1, gen: (r) => `CoreDNS-${r.pick(['1.10.1', '1.11.1', '1.11.3'])}` },
      { weight: 1, gen: (r) => `linux/${r.pick(['amd64', 'arm64'])}, go1.${r.int(20, 22)}.${r.int(0, 9)}, ${r.hex(7)}` },
    ],
  },
  {
    name: 'dovecot',
    templates: [
      { weight: 10, gen: (r) => `${mostly(r, ['imap-login', 'pop3-login'], 0.8)}: Login: user=<${email(r)}>, method=${r.pick(['PLAIN', 'PLAIN', 'LOGIN'])}, rip=${r.ip()}, lip=10.0.0.25, mpid=${r.int(1000, 99999)}, TLS, session=<${sess(r)}>` },
      { weight: 10, gen: (r) => `imap(${email(r)})<${r.int(1000, 99999)}><${sess(r)}>: Disconnected: Logged out in=${r.int(50, 90000)} out=${r.int(300, 9e6)} deleted=${r.int(0, 9)} expunged=${r.int(0, 9)} trashed=${r.int(0, 9)} hdr_count=${r.int(0, 300)} hdr_bytes=${r.int(0, 90000)} body_count=${r.int(0, 90)} body_bytes=${r.int(0, 9e6)}` },
      { weight: 5, gen: (r) => `${mostly(r, ['imap-login', 'pop3-login'], 0.8)}: Disconnected (auth failed, ${r.int(1, 3)} attempts in ${r.int(2, 16)} secs): user=<${r.pick(ACCOUNTS)}>, method=PLAIN, rip=${r.ip()}, lip=10.0.0.25, TLS, session=<${sess(r)}>` },
      { weight: 4, gen: (r) => `${mostly(r, ['imap-login', 'pop3-login'], 0.8)}: Disconnected (no auth attempts in ${r.int(0, 60)} secs): user=<>, rip=${r.ip()}, lip=10.0.0.25, session=<${sess(r)}>` },
      { weight: 4, gen: (r) => `auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0 euid=0 tty=dovecot ruser=${r.pick(ACCOUNTS)} rhost=${r.ip()}` },
      { weight: 5, gen: (r) => `lmtp(${email(r)})<${r.int(1000, 99999)}><${sess(r)}>: msgid=<${r.alnum(20)}@${r.pick(ZONES)}>: saved mail to ${mostly(r, MAILBOXES, 0.8)}` },
      { weight: 4, gen: (r) => `lmtp(${r.int(1000, 99999)}): Connect from local` },
      { weight: 4, gen: (r) => `lmtp(${r.int(1000, 99999)}): Disconnect from local: Client has quit the connection (state=READY)` },
      { weight: 1, gen: (r) => `master: Dovecot v2.3.${r.int(16, 21)} (${r.hex(10)}) starting up for imap, pop3, lmtp` },
    ],
  },
  {
    name: 'vsftpd',
    templates: [
      { weight: 8, gen: (r) => `${ctime(r)} [pid ${r.int(1000, 99999)}] CONNECT: Client "${r.ip()}"` },
      { weight: 6, gen: (r) => `${ctime(r)} [pid ${r.int(1000, 99999)}] [${r.pick(ACCOUNTS)}] OK LOGIN: Client "${r.ip()}"` },
      { weight: 4, gen: (r) => `${ctime(r)} [pid ${r.int(1000, 99999)}] [${r.pick([...ACCOUNTS, 'root', 'admin', 'ftp'])}] FAIL LOGIN: Client "${r.ip()}"` },
      { weight: 8, gen: (r) => { const u = r.pick(ACCOUNTS); return `${ctime(r)} [pid ${r.int(1000, 99999)}] [${u}] OK DOWNLOAD: Client "${r.ip()}", "${r.pick(FTP_FILES).replace('{u}', u)}", ${r.int(100, 9e7)} bytes, ${r.float(10, 99999, 2)}Kbyte/sec`; } },
      { weight: 5, gen: (r) => { const u = r.pick(ACCOUNTS); return `${ctime(r)} [pid ${r.int(1000, 99999)}] [${u}] OK UPLOAD: Client "${r.ip()}", "${r.pick(FTP_FILES).replace('{u}', u)}", ${r.int(100, 9e7)} bytes, ${r.float(10, 99999, 2)}Kbyte/sec`; } },
      { weight: 2, gen: (r) => { const u = r.pick(ACCOUNTS); return `${ctime(r)} [pid ${r.int(1000, 99999)}] [${u}] FAIL DOWNLOAD: Client "${r.ip()}", "${r.pick(FTP_FILES).replace('{u}', u)}", 0.00Kbyte/sec`; } },
      { weight: 2, gen: (r) => { const u = r.pick(ACCOUNTS); return `${ctime(r)} [pid ${r.int(1000, 99999)}] [${u}] OK MKDIR: Client "${r.ip()}", "/home/${u}/${r.alnum(6)}"`; } },
      { weight: 2, gen: (r) => { const u = r.pick(ACCOUNTS); return `${ctime(r)} [pid ${r.int(1000, 99999)}] [${u}] OK DELETE: Client "${r.ip()}", "${r.pick(FTP_FILES).replace('{u}', u)}"`; } },
    ],
  },
  {
    name: 'openvpn',
    templates: [
      { weight: 6, gen: (r) => `${r.ip()}:${port(r)} TLS: Initial packet from [AF_INET]${r.ip()}:${port(r)}, sid=${r.hex(8)} ${r.hex(8)}` },
      { weight: 6, gen: (r) => `${r.ip()}:${port(r)} VERIFY OK: depth=${r.int(0, 1)}, CN=${r.pick(ACCOUNTS)}-${r.pick(['laptop', 'phone', 'desktop'])}` },
      { weight: 5, gen: (r) => `${r.ip()}:${port(r)} Peer Connection Initiated with [AF_INET]${r.ip()}:${port(r)}` },
      { weight: 5, gen: (r) => `${r.pick(ACCOUNTS)}-${r.pick(['laptop', 'phone', 'desktop'])}/${r.ip()}:${port(r)} MULTI_sva: pool returned IPv4=10.8.0.${r.int(2, 250)}, IPv6=(Not enabled)` },
      { weight: 5, gen: (r) => `${r.pick(ACCOUNTS)}-${r.pick(['laptop', 'phone', 'desktop'])}/${r.ip()}:${port(r)} Data Channel: using negotiated cipher '${mostly(r, CIPHERS, 0.85)}'` },
      { weight: 4, gen: (r) => `${r.pick(ACCOUNTS)}-${r.pick(['laptop', 'phone', 'desktop'])}/${r.ip()}:${port(r)} SIGUSR1[soft,${r.pick(['ping-restart', 'connection-reset'])}] received, client-instance restarting` },
      { weight: 4, gen: (r) => `MULTI: Learn: 10.8.0.${r.int(2, 250)} -> ${r.pick(ACCOUNTS)}-${r.pick(['laptop', 'phone', 'desktop'])}/${r.ip()}:${port(r)}` },
      { weight: 3, gen: (r) => `${r.ip()}:${port(r)} TLS Error: TLS handshake failed` },
      { weight: 2, gen: (r) => `${r.ip()}:${port(r)} VERIFY ERROR: depth=0, error=certificate has expired: CN=${r.pick(ACCOUNTS)}-${r.pick(['laptop', 'phone'])}, serial=${r.int(2, 9999)}` },
    ],
  },
  {
    name: 'dockerd',
    templates: [
      { weight: 10, gen: (r) => `time="${isoTs(r)}" level=info msg="ignoring event" container=${containerId(r)} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"` },
      { weight: 5, gen: (r) => `time="${isoTs(r)}" level=info msg="Container failed to exit within ${r.pick(['10s', '30s', '2s'])} of signal 15 - using the force" container=${containerId(r)}` },
      { weight: 5, gen: (r) => `time="${isoTs(r)}" level=warning msg="Health check for container ${containerId(r)} error: context deadline exceeded"` },
      { weight: 4, gen: (r) => `time="${isoTs(r)}" level=error msg="Handler for POST /v1.${r.int(41, 45)}/containers/${r.hex(12)}/start returned error: ${r.pick(['driver failed programming external connectivity on endpoint', 'OCI runtime create failed', 'Bind for 0.0.0.0:8080 failed: port is already allocated'])}"` },
      { weight: 4, gen: (r) => `time="${isoTs(r)}" level=info msg="Pulling image ${r.pick(IMAGES)}"` },
      { weight: 4, gen: (r) => `time="${isoTs(r)}" level=info msg="Layer sha256:${r.hex(64)} cleaned up"` },
      { weight: 3, gen: (r) => `time="${isoTs(r)}" level=warning msg="failed to prune image docker.io/library/${r.pick(['nginx', 'postgres', 'redis', 'alpine'])}@sha256:${r.hex(64)}: ${r.pick(['No such image', 'conflict: unable to remove repository reference'])}"` },
      { weight: 1, gen: (r) => `time="${isoTs(r)}" level=info msg="Loading containers: start."` },
      { weight: 1, gen: (r) => `time="${isoTs(r)}" level=info msg="Loading containers: done."` },
      { weight: 2, gen: (r) => `time="${isoTs(r)}" level=info msg="Daemon has completed initialization"` },
      { weight: 2, gen: (r) => `time="${isoTs(r)}" level=info msg="API listen on ${r.pick(['/run/docker.sock', '/var/run/docker.sock', '[::]:2376'])}"` },
    ],
  },
  {
    name: 'bgl',
    templates: [
      { weight: 12, gen: (r) => { const n = BGL_NODES(r); const t = r.int(1117838570, 1118838570); return `- ${t} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS KERNEL INFO instruction cache parity error corrected`; } },
      { weight: 8, gen: (r) => { const n = BGL_NODES(r); return `- ${r.int(1117838570, 1118838570)} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS KERNEL INFO ${r.int(1, 999)} ddr error(s) detected and corrected on rank 0, symbol ${r.int(0, 35)}, bit ${r.int(0, 7)}`; } },
      { weight: 6, gen: (r) => { const n = BGL_NODES(r); return `- ${r.int(1117838570, 1118838570)} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS KERNEL INFO generating core.${r.int(1, 9999)}`; } },
      { weight: 4, gen: (r) => { const n = BGL_NODES(r); return `- ${r.int(1117838570, 1118838570)} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS KERNEL INFO CE sym ${r.int(0, 35)}, at 0x${r.hex(8)}, mask 0x${r.hex(2)}`; } },
      { weight: 4, gen: (r) => { const n = BGL_NODES(r); return `${r.pick(['KERNDTLB', 'KERNSTOR', 'APPREAD'])} ${r.int(1117838570, 1118838570)} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS KERNEL FATAL data TLB error interrupt`; } },
      { weight: 3, gen: (r) => { const n = BGL_NODES(r); return `APPREAD ${r.int(1117838570, 1118838570)} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS APP FATAL ciod: failed to read message prefix on control stream (CioStream socket to ${r.ip()}:${port(r)}`; } },
      { weight: 2, gen: (r) => { const n = BGL_NODES(r); return `- ${r.int(1117838570, 1118838570)} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS KERNEL INFO ${r.pick(['floating point', 'alignment', 'debug'])} exceptions: ${r.int(0, 999)}`; } },
      { weight: 2, gen: (r) => { const n = BGL_NODES(r); return `- ${r.int(1117838570, 1118838570)} 2005.06.${d2(r.int(3, 30))} ${n} 2005-06-${d2(r.int(3, 30))}-${d2(r.int(0, 23))}.${d2(r.int(0, 59))}.${d2(r.int(0, 59))}.${r.int(100000, 999999)} ${n} RAS MMCS ERROR idoproxydb hit ASSERT condition: ASSERT expression=${r.int(0, 1)} Source file=idotransportmgr.cpp Source line=${r.int(100, 2000)} Function=int IdoTransportMgr::SendPacket(IdoUdpMgr*, BglCtlPavTrace*)`; } },
    ],
  },
  {
    name: 'rails',
    templates: [
      { weight: 10, gen: (r) => `Started GET "${webPath(r)}" for ${r.ip()} at 2026-12-${d2(r.int(1, 28))} ${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} +0000` },
      { weight: 4, gen: (r) => `Started POST "${webPath(r)}" for ${r.ip()} at 2026-12-${d2(r.int(1, 28))} ${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} +0000` },
      { weight: 14, gen: (r) => `Processing by ${r.pick(CONTROLLERS)}#${r.pick(ACTIONS)} as ${mostly(r, ['HTML', 'JSON', 'TURBO_STREAM'], 0.75)}` },
      { weight: 10, gen: (r) => { const [c, t] = r.pick(STATUS_TEXT); return `Completed ${c} ${t} in ${r.int(1, 3000)}ms (Views: ${railsMs(r)}ms | ActiveRecord: ${railsMs(r)}ms | Allocations: ${r.int(100, 900000)})`; } },
      { weight: 8, gen: (r) => `  Rendered ${r.pick(VIEWS)} within layouts/${mostly(r, ['application', 'admin'])} (Duration: ${railsMs(r)}ms | Allocations: ${r.int(100, 90000)})` },
      { weight: 4, gen: (r) => `  Parameters: {"${r.pick(['id', 'page', 'q', 'authenticity_token'])}"=>"${r.alnum(r.int(2, 20))}"}` },
      { weight: 3, gen: (r) => `Redirected to https://${r.pick(['www', 'shop'])}.${r.pick(ZONES)}${webPath(r)}` },
      { weight: 2, gen: (r) => `Filter chain halted as :${r.pick(['authenticate_user!', 'require_admin', 'verify_authenticity_token'])} rendered or redirected` },
      { weight: 2, gen: (r) => `Can't verify CSRF token authenticity.` },
      { weight: 2, gen: (r) => `ActiveRecord::RecordNotFound (Couldn't find ${r.pick(['Order', 'Product', 'User', 'Cart'])} with 'id'=${r.int(1, 99999)}):` },
    ],
  },
];

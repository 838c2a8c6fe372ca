// Fourth sealed evaluation corpus for the template miner: written on 2026-12-06, before any
// miner change of the next round, without reading the miner or any per-system score of the
// other sealed sets. It is scored once before the round with the miner unchanged
// (bench:patterns --sealed4-summary, average and minimum only) and read per system only once,
// at the end of the round (--sealed4-full). Every other set has been looked at by then, so this
// one is the round's only honest held-out figure. The lines are written from knowledge of the
// formats, not copied, with variable parts from the seeded RNG.
// Scored once before any miner change of that round (bench:patterns --sealed4-summary, miner at
// 2835788): average 0.612, minimum 0.000.
// Formats in none of the other sets: JDK unified GC logging (G1, -Xlog:gc*), the Windows event
// log as Event Viewer exports it to CSV (Security and System), AWS CloudTrail records (one JSON
// object a line), a Minecraft (vanilla) server log, Sidekiq's job log, Jupyter Server (Tornado's
// log format), FortiGate key=value logs, hostapd, FreeRADIUS radius.log, the ClickHouse server
// log, the ESXi vmkernel log, rsyncd's daemon log, Fluent Bit, a Symfony application logging
// through Monolog, Bitcoin Core's debug.log and the Oracle Database alert log.
//
// Labelling follows patterns-heldout.ts: an event is its constant text; ids, numbers, hosts,
// addresses, paths, names, states reported as a field value (`action="tunnel-up"`,
// `"ConsoleLogin":"Success"`, `Logon Type: 3`, an HTTP status) and free-text values (a chat
// line, an exception message, an SQL statement) are variables, while different verbs, outcomes
// or states written into the message are different events (`joined` / `left the game`,
// `INFO: start` / `done` / `fail`, `Kernel started` / `shutdown` / `restarted`, `send` / `recv`,
// `enabled port` / `disabled port`, StopInstances / StartInstances, GET / PUT of a request line).

import type { HeldoutSystem } from './patterns-heldout.ts';
import type { Rng } from './patterns-rng.ts';

const d2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const port = (r: Rng) => String(r.int(1025, 65000));
/** One value dominates, as one host, interface or module does in a real log. */
const mostly = <T>(r: Rng, xs: readonly T[], p = 0.7): T => (r.next() < p ? xs[0] : r.pick(xs));
const hms = (r: Rng) => `${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`;
const dom = (r: Rng) => r.int(1, 28);
const day = (r: Rng) => `2026-12-${d2(dom(r))}`;
const usec = (r: Rng) => String(r.int(0, 999_999)).padStart(6, '0');
const words = (r: Rng, xs: readonly string[], lo: number, hi: number) => Array.from({ length: r.int(lo, hi) }, () => r.pick(xs)).join(' ');
const mac = (r: Rng, sep = ':') => Array.from({ length: 6 }, () => r.hex(2)).join(sep);
/** Escape for a JSON string literal inside a generated line. */
const jesc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const syslogDay = (r: Rng) => `Dec ${String(dom(r)).padStart(2, ' ')} ${hms(r)}`;

const PEOPLE = ['alice', 'bjorn', 'carmen', 'deepa', 'emeka', 'freya', 'goran', 'haruto', 'isabel', 'jakub', 'keanu', 'leila', 'mateo', 'nora', 'oskar', 'paula'];

// --- JDK unified GC logging ---
const gcHead = (r: Rng, tags: string) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000][${r.float(0.5, 86_000, 3)}s][info][${tags.padEnd(12)}] GC(${r.int(0, 9999)})`;
const gcHeap = (r: Rng) => {
  const cap = r.pick([256, 512, 1024, 2048, 4096, 8192]);
  const before = r.int(Math.floor(cap / 3), cap);
  return `${before}M->${r.int(1, Math.floor(before / 2))}M(${cap}M)`;
};
const gcMs = (r: Rng) => `${r.float(0.2, 400, 3)}ms`;
const metaK = (r: Rng) => {
  const used = r.int(2000, 190_000);
  const committed = used + r.int(0, 4000);
  return `${used}K(${committed}K)->${used - r.int(0, 300)}K(${committed}K)`;
};

// --- Windows event log, Event Viewer CSV export ---
const winTime = (r: Rng) => `12/${dom(r)}/2026 ${r.int(1, 12)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`;
const WIN_HOSTS = ['WS-0142', 'WS-0377', 'LAPTOP-8KQ2M1', 'SRV-FILE01', 'SRV-SQL02', 'WS-1190'];
const sid = (r: Rng) => `S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1100, 9999)}`;
const logonId = (r: Rng) => `0x${r.hex(r.int(5, 8)).toUpperCase()}`;
const win = (r: Rng, kw: string, src: string, id: number, cat: string, msg: string) => `${kw},${winTime(r)},${src},${id},${cat},"${msg}"`;
const winSubject = (r: Rng, user: string) => `Security ID: ${sid(r)} Account Name: ${user} Account Domain: CORP Logon ID: ${logonId(r)}`;
const WIN_EXES = ['C:\\Windows\\System32\\cmd.exe', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Windows\\System32\\svchost.exe', 'C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE', 'C:\\Windows\\System32\\conhost.exe'];
const WIN_CMDS = ['', 'cmd.exe /c whoami', 'powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\backup.ps1', '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1', 'svchost.exe -k netsvcs -p -s Schedule', '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --type=renderer --lang=en-US'];
const WIN_PRIVS = ['SeSecurityPrivilege', 'SeBackupPrivilege', 'SeRestorePrivilege', 'SeTakeOwnershipPrivilege', 'SeDebugPrivilege', 'SeSystemEnvironmentPrivilege', 'SeLoadDriverPrivilege', 'SeImpersonatePrivilege', 'SeDelegateSessionUserImpersonatePrivilege'];
const WIN_SERVICES = ['Windows Update', 'Background Intelligent Transfer Service', 'Windows Modules Installer', 'Print Spooler', 'WinHTTP Web Proxy Auto-Discovery Service', 'Microsoft Defender Antivirus Network Inspection Service', 'Software Protection', 'Volume Shadow Copy'];
const winUser = (r: Rng) => (r.next() < 0.2 ? `${r.pick(WIN_HOSTS)}$` : r.pick(PEOPLE));

// --- AWS CloudTrail ---
const ACCOUNTS = ['483920175621', '220194837465', '771203948812'];
const REGIONS = ['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-southeast-2'];
const ROLES = ['ci-deployer', 'AWSReservedSSO_AdministratorAccess_3f9a1c2b7d4e5f60', 'lambda-orders-exec', 'eks-node-group-role', 'OrganizationAccountAccessRole'];
const LAMBDAS = ['orders-api', 'thumbnailer', 'nightly-report', 'stripe-webhook'];
const CT_UAS = [
  'aws-cli/2.15.10 Python/3.11.6 Linux/6.1.0-17-amd64 exe/x86_64.debian.12 prompt/off command/ec2.describe-instances',
  'Boto3/1.34.11 md/Botocore#1.34.11 ua/2.0 os/linux#5.15.0 md/arch#x86_64 lang/python#3.11.4 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.11',
  'console.ec2.amazonaws.com',
  'aws-sdk-go-v2/1.24.0 os/linux lang/go#1.21.5 md/GOOS#linux md/GOARCH#amd64 api/ec2#1.141.0',
  'Terraform/1.6.6 (+https://www.terraform.io) terraform-provider-aws/5.31.0 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.49.8 (go1.21.5; linux; amd64)',
];
const ctTime = (r: Rng) => `${day(r)}T${hms(r)}Z`;
const upper = (r: Rng, n: number) => r.alnum(n).toUpperCase();
const ctRole = (r: Rng, acct: string) => {
  const role = r.pick(ROLES);
  const session = r.next() < 0.5 ? r.pick(PEOPLE) : `${r.int(1_700_000_000, 1_799_999_999)}${r.int(100, 999)}`;
  return `{"type":"AssumedRole","principalId":"AROA${upper(r, 17)}:${session}","arn":"arn:aws:sts::${acct}:assumed-role/${role}/${session}","accountId":"${acct}","accessKeyId":"ASIA${upper(r, 16)}","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROA${upper(r, 17)}","arn":"arn:aws:iam::${acct}:role/${role}","accountId":"${acct}","userName":"${role}"},"attributes":{"creationDate":"${ctTime(r)}","mfaAuthenticated":"false"}}}`;
};
const ctUser = (r: Rng, acct: string) => {
  const u = r.pick(PEOPLE);
  return `{"type":"IAMUser","principalId":"AIDA${upper(r, 17)}","arn":"arn:aws:iam::${acct}:user/${u}","accountId":"${acct}","accessKeyId":"AKIA${upper(r, 16)}","userName":"${u}"}`;
};
const ctWho = (r: Rng, acct: string) => (r.next() < 0.5 ? ctRole(r, acct) : ctUser(r, acct));
const ctTail = (r: Rng, acct: string, readOnly: boolean) => `"requestID":"${r.uuid()}","eventID":"${r.uuid()}","readOnly":${readOnly},"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"${acct}","eventCategory":"Management"`;
const instanceId = (r: Rng) => `i-0${r.hex(16)}`;
const ctInstances = (r: Rng, cur: [number, string], prev: [number, string]) => {
  const ids = Array.from({ length: r.int(1, 3) }, () => instanceId(r));
  const req = `{"instancesSet":{"items":[${ids.map((i) => `{"instanceId":"${i}"}`).join(',')}]}}`;
  const resp = `{"requestId":"${r.uuid()}","instancesSet":{"items":[${ids.map((i) => `{"instanceId":"${i}","currentState":{"code":${cur[0]},"name":"${cur[1]}"},"previousState":{"code":${prev[0]},"name":"${prev[1]}"}}`).join(',')}]}}`;
  return { req, resp };
};
const ctEc2 = (r: Rng, name: string, cur: [number, string], prev: [number, string]) => {
  const acct = mostly(r, ACCOUNTS);
  const { req, resp } = ctInstances(r, cur, prev);
  return `{"eventVersion":"1.09","userIdentity":${ctWho(r, acct)},"eventTime":"${ctTime(r)}","eventSource":"ec2.amazonaws.com","eventName":"${name}","awsRegion":"${mostly(r, REGIONS)}","sourceIPAddress":"${r.ip()}","userAgent":"${r.pick(CT_UAS)}","requestParameters":${req},"responseElements":${resp},${ctTail(r, acct, false)}}`;
};

// --- Minecraft server ---
const MC_PLAYERS = ['Notch_fan', 'xXCreeperXx', 'BuilderBob', 'Steve2011', 'lavaLily', 'Redstoner_42', 'Kiwi', 'tomato_joe', 'EnderEllie', 'pix3l', 'Mossy_Rae'];
const MC_CHAT = ['anyone', 'got', 'iron', 'to', 'spare', 'lol', 'brb', 'the', 'nether', 'portal', 'is', 'at', 'spawn', 'gg', 'who', 'took', 'my', 'diamonds', 'base', 'under', 'attack', 'ok', 'need', 'food', 'pls', 'coming', 'wait', 'for', 'me'];
const MC_ADV = ['Stone Age', 'Getting an Upgrade', 'Acquire Hardware', 'We Need to Go Deeper', 'Diamonds!', 'Hot Stuff', "Isn't It Iron Pick", 'Sweet Dreams', 'Monster Hunter', 'Into Fire', 'Eye Spy'];
const MC_CHAL = ['Arbalistic', 'Two by Two', 'Monsters Hunted', 'Return to Sender', 'How Did We Get Here?'];
const mc = (r: Rng, thread: string, lvl: string, msg: string) => `[${hms(r)}] [${thread}/${lvl}]: ${msg}`;
const mcCoord = (r: Rng, lo: number, hi: number) => r.float(lo, hi, r.pick([1, 1, 2, 13, 14, 15]));
const mcPos = (r: Rng) => `${mcCoord(r, -3000, 3000)}, ${mcCoord(r, -60, 260)}, ${mcCoord(r, -3000, 3000)}`;

// --- Sidekiq ---
const SK_JOBS = ['HardWorker', 'OrderMailerJob', 'ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper', 'ImageResizeJob', 'Billing::ChargeJob', 'SearchReindexWorker', 'Webhooks::DeliverJob'];
const skHead = (r: Rng) => `${day(r)}T${hms(r)}.${r.int(100, 999)}Z pid=${mostly(r, ['1', '14', '27'])} tid=${r.alnum(r.int(3, 9))}`;
const skJob = (r: Rng) => `${skHead(r)} class=${r.pick(SK_JOBS)} jid=${r.hex(24)}${r.next() < 0.15 ? ` bid=${r.alnum(14)}` : ''}`;
const skElapsed = (r: Rng) => (r.next() < 0.6 ? r.float(0, 2, 3) : r.float(2, 900, 3));

// --- Jupyter Server ---
const jt = (r: Rng, lvl: string, app = 'ServerApp') => `[${lvl} ${day(r)} ${hms(r)}.${r.int(100, 999)} ${app}]`;
const NBS = ['analysis.ipynb', 'Untitled.ipynb', 'experiments/run 3.ipynb', 'reports/q4/summary final.ipynb', 'scratch.py', 'data/clean.ipynb', 'notebooks/2026-12 churn model.ipynb'];
const jTick = (r: Rng) => String(r.int(1_764_900_000_000, 1_767_200_000_000));
const jWho = (r: Rng) => `${mostly(r, ['alice', 'nora', 'jakub', 'anonymous'])}@${mostly(r, ['127.0.0.1', '::1', '10.42.0.17'])}`;
const jMs = (r: Rng) => `${r.float(0.3, 900, 2)}ms`;
const jApi = (r: Rng) => r.pick([`/api/kernels?${jTick(r)}`, `/api/sessions?${jTick(r)}`, `/api/terminals?${jTick(r)}`, `/api/contents/${encodeURI(r.pick(NBS))}?content=0&hash=0&${jTick(r)}`, `/api/kernelspecs?${jTick(r)}`, `/api/me?${jTick(r)}`]);

// --- FortiGate ---
const FGT_DEVS: [string, string][] = [['FGT-HQ-01', 'FG100FTK21004711'], ['FGT-BR-07', 'FG60FTK2200938'], ['FGT-DC-02', 'FG200FT921007765']];
const FGT_COUNTRIES = ['United States', 'Germany', 'Netherlands', 'Ireland', 'United Kingdom', 'Russian Federation', 'Korea, Republic of', 'China', 'France'];
const FGT_POLICIES = ['LAN-to-WAN', 'Guest Internet', 'Servers out', 'VoIP'];
const FGT_ADMINS = ['admin', 'netops', 'fw-backup'];
const fgHead = (r: Rng, logid: string, type: string, subtype: string, level: string) => {
  const [dev, devid] = mostly(r, FGT_DEVS, 0.8);
  return `date=${day(r)} time=${hms(r)} devname="${dev}" devid="${devid}" eventtime=${r.int(1_764_979_200, 1_767_225_600)}${r.int(100_000_000, 999_999_999)} tz="+0100" logid="${logid}" type="${type}" subtype="${subtype}" level="${level}" vd="root"`;
};
const lanIp = (r: Rng) => `10.20.${r.int(0, 40)}.${r.int(2, 254)}`;
const WAN_IP = ['203.0.113.10', '198.51.100.77'];

// --- FreeRADIUS ---
const DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const rad = (r: Rng) => `${r.pick(DOW)} ${syslogDay(r)} 2026 : `;
const radUser = (r: Rng) => r.pick([r.pick(PEOPLE), `${r.pick(PEOPLE)}@corp.example`, `host/${r.pick(WIN_HOSTS)}.corp.example`, 'anonymous', `${r.pick(PEOPLE)}.${r.pick(PEOPLE)}`]);
const radFrom = (r: Rng) => `(from client ${mostly(r, ['wlc-01', 'vpn-gw', 'sw-core-2'])} port ${mostly(r, ['0', String(r.int(1, 48))])}${r.next() < 0.7 ? ` cli ${mac(r, '-').toUpperCase()}` : ''}${r.next() < 0.5 ? ' via TLS tunnel' : ''})`;

// --- ClickHouse ---
const CH_TABLES = ['shop.events', 'shop.orders_local', 'logs.otel_logs', 'metrics.samples', 'system.query_log', 'system.trace_log', 'system.metric_log'];
const chHead = (r: Rng, query: boolean, lvl: string) => `2026.12.${d2(dom(r))} ${hms(r)}.${usec(r)} [ ${r.int(50, 9999)} ] {${query ? r.uuid() : ''}} <${lvl}>`;
const chPart = (r: Rng) => {
  const a = r.int(1, 90_000);
  return `2026${d2(r.int(1, 12))}_${a}_${a + r.int(0, 5000)}_${r.int(0, 9)}`;
};
const chSize = (r: Rng) => `${r.float(0.01, 999, 2)} ${r.pick(['B', 'KiB', 'MiB', 'MiB', 'GiB'])}`;
const chSql = (r: Rng) => r.pick([
  `SELECT count() FROM ${r.pick(CH_TABLES)} WHERE ts >= now() - INTERVAL ${r.int(1, 120)} MINUTE`,
  `INSERT INTO ${r.pick(CH_TABLES)} (ts, service, body) FORMAT Native`,
  `SELECT service, quantile(0.99)(duration_ms) FROM ${r.pick(CH_TABLES)} WHERE day = today() GROUP BY service ORDER BY 2 DESC LIMIT ${r.int(5, 100)}`,
  'SELECT 1',
  `SELECT * FROM ${r.pick(CH_TABLES)} WHERE order_id = ${r.int(1, 9_999_999)} FORMAT JSONEachRow`,
  `SELECT version()`,
]);
const chUuid = (r: Rng) => r.uuid();

// --- ESXi vmkernel ---
const NAA = ['naa.600508b1001c7e5f2a4b9d8c3e1f0a12', 'naa.6000c29d8a4b1e2fa7c3d5e9b1f20463', 'naa.60a98000383035537824474d39613045', 'naa.624a9370b8f3e2c1a4d6000011ab0c21'];
const vmk = (r: Rng) => `${day(r)}T${hms(r)}.${r.int(100, 999)}Z cpu${r.int(0, 47)}:${r.int(2_097_152, 2_105_000)})`;
const scsiOp = (r: Rng) => r.pick(['0x85', '0x4d', '0x1a', '0x12', '0x9e', '0x89', '0x28', '0x2a']);
const sense = (r: Rng) => `0x${r.int(0, 6)} 0x${r.pick(['20', '24', '25', '3a', '4', '0'])} 0x${r.int(0, 2)}`;
const DATASTORES = ['datastore1', 'datastore1 (1)', 'SAN-VOL-02', 'nfs iso share', 'vsanDatastore'];

// --- rsyncd ---
const rs = (r: Rng) => `2026/12/${d2(dom(r))} ${hms(r)} [${r.int(1000, 60_000)}]`;
const RS_HOSTS = ['backup01.example.net', 'nas.lan', 'UNKNOWN', 'build-7.ci.example.net', 'laptop-nora.lan'];
const RS_MODULES = ['backups', 'www', 'photos', 'mirror'];
const RS_DIRS = ['db', 'etc', 'home/nora', 'var/www/html', '2026/12', 'Family Photos', 'debian/pool/main/o/openssl', 'projects/site'];
const RS_FILES = ['dump.sql.gz', 'index.html', 'IMG_2041.jpg', 'IMG 0012.jpg', 'openssl_3.0.15-1_amd64.deb', 'style.css', 'notes.txt', 'backup-2026-12-06.tar.zst'];
const rsFile = (r: Rng) => `${r.next() < 0.85 ? `${r.pick(RS_DIRS)}/` : ''}${r.pick(RS_FILES)}`;
const rsXfer = (r: Rng, op: string) => `${op} ${mostly(r, RS_HOSTS)} [${mostly(r, ['192.168.1.20', r.ip()])}] ${mostly(r, RS_MODULES)} (${r.pick(['backup', 'mirror', '', 'nora'])}) ${rsFile(r)} ${r.int(0, 900_000_000)}`;

// --- Fluent Bit ---
const fb = (r: Rng, lvl: string, comp: string, msg: string) => `[2026/12/${d2(dom(r))} ${hms(r)}] [${lvl.padStart(5)}] [${comp}] ${msg}`;
const FB_APPS = ['checkout', 'cart', 'payments-api', 'nginx-ingress-controller', 'coredns', 'redis'];
const FB_NS = ['shop', 'kube-system', 'ingress-nginx', 'default'];
const fbLog = (r: Rng) => {
  const app = r.pick(FB_APPS);
  return `/var/log/containers/${app}-${r.hex(10)}-${r.alnum(5)}_${r.pick(FB_NS)}_${app}-${r.hex(64)}.log`;
};
const fbChunk = (r: Rng) => `${r.int(1, 9)}-${r.int(1_764_900_000, 1_767_200_000)}.${r.int(100_000_000, 999_999_999)}.flb`;
const fbOut = (r: Rng) => mostly(r, ['es.0', 'loki.0', 'http.0']);

// --- Symfony / Monolog ---
const ml = (r: Rng) => `[${day(r)}T${hms(r)}.${usec(r)}+00:00]`;
const SF_ROUTES: [string, string][] = [['app_product_show', '/product/{id}'], ['app_cart', '/cart'], ['app_checkout', '/checkout'], ['api_orders_get_item', '/api/orders/{id}'], ['app_login', '/login'], ['_wdt', '/_wdt/{token}']];
const SF_MESSAGES = ['App\\Message\\SendOrderConfirmation', 'App\\Message\\ResizeProductImage', 'App\\Message\\SyncStock', 'Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage'];
const SF_HANDLERS: [string, string][] = [
  ['App\\Message\\SendOrderConfirmation', 'App\\MessageHandler\\SendOrderConfirmationHandler'],
  ['App\\Message\\ResizeProductImage', 'App\\MessageHandler\\ResizeProductImageHandler'],
  ['App\\Message\\SyncStock', 'App\\MessageHandler\\SyncStockHandler'],
  ['Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage', 'Symfony\\Component\\Mailer\\Messenger\\MessageHandler'],
];
const SF_HOST = ['shop.example.com', 'admin.shop.example.com'];
const sfEmail = (r: Rng) => `${r.pick(PEOPLE)}@${r.pick(['example.com', 'mail.example.org'])}`;
const SF_EXC: { level: string; cls: string; msg: (r: Rng) => string; file: string }[] = [
  { level: 'ERROR', cls: 'Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException', msg: (r) => `No route found for "GET https://${r.pick(SF_HOST)}/${r.pick(['wp-login.php', '.env', 'xmlrpc.php', `product/${r.int(1, 99_999)}/reviews`, 'cgi-bin/luci'])}"`, file: '/var/www/app/vendor/symfony/http-kernel/EventListener/RouterListener.php' },
  { level: 'ERROR', cls: 'Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException', msg: () => 'Access Denied.', file: '/var/www/app/vendor/symfony/security-http/Firewall/ExceptionListener.php' },
  { level: 'CRITICAL', cls: 'Doctrine\\DBAL\\Exception\\ConnectionException', msg: () => 'An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused', file: '/var/www/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php' },
  { level: 'CRITICAL', cls: 'Twig\\Error\\RuntimeError', msg: (r) => `Variable "${r.pick(['product', 'cart', 'user'])}" does not exist.`, file: '/var/www/app/templates/shop/show.html.twig' },
];

// --- Bitcoin Core ---
const btTs = (r: Rng) => `${day(r)}T${hms(r)}Z`;
const blockHash = (r: Rng) => `00000000000000000${r.hex(47)}`;
const btHeight = (r: Rng) => r.int(872_000, 876_000);

// --- Oracle alert log ---
const ORA_SIDS = ['ORCL', 'ORCL', 'CDB1', 'PRODDB'];
const oraTrace = (r: Rng, sidName: string, proc: string) => `/u01/app/oracle/diag/rdbms/${sidName.toLowerCase()}/${sidName}/trace/${sidName}_${proc}_${r.int(1000, 99_999)}.trc`;

export const SEALED4_SYSTEMS: HeldoutSystem[] = [
  {
    name: 'java-gc',
    templates: [
      { weight: 9, gen: (r) => `${gcHead(r, 'gc,start')} Pause Young (Normal) (G1 Evacuation Pause)` },
      { weight: 9, gen: (r) => `${gcHead(r, 'gc')} Pause Young (Normal) (G1 Evacuation Pause) ${gcHeap(r)} ${gcMs(r)}` },
      { weight: 3, gen: (r) => `${gcHead(r, 'gc')} Pause Young (Concurrent Start) (G1 Humongous Allocation) ${gcHeap(r)} ${gcMs(r)}` },
      { weight: 3, gen: (r) => `${gcHead(r, 'gc')} Pause Young (Mixed) (G1 Evacuation Pause) ${gcHeap(r)} ${gcMs(r)}` },
      { weight: 7, gen: (r) => `${gcHead(r, 'gc,heap')} Eden regions: ${r.int(1, 900)}->0(${r.int(1, 900)})` },
      { weight: 6, gen: (r) => `${gcHead(r, 'gc,heap')} Survivor regions: ${r.int(0, 60)}->${r.int(0, 60)}(${r.int(1, 120)})` },
      { weight: 6, gen: (r) => `${gcHead(r, 'gc,heap')} Old regions: ${r.int(0, 4000)}->${r.int(0, 4000)}` },
      { weight: 6, gen: (r) => `${gcHead(r, 'gc,metaspace')} Metaspace: ${metaK(r)} NonClass: ${metaK(r)} Class: ${metaK(r)}` },
      { weight: 7, gen: (r) => `${gcHead(r, 'gc,cpu')} User=${r.float(0, 3, 2)}s Sys=${r.float(0, 0.5, 2)}s Real=${r.float(0, 1, 2)}s` },
      { weight: 4, gen: (r) => `${gcHead(r, 'gc,phases')}   Pre Evacuate Collection Set: ${r.float(0, 5, 1)}ms` },
      { weight: 4, gen: (r) => `${gcHead(r, 'gc,phases')}   Post Evacuate Collection Set: ${r.float(0, 40, 1)}ms` },
      { weight: 2, gen: (r) => `${gcHead(r, 'gc,marking')} Concurrent Mark (${r.float(1, 86_000, 3)}s, ${r.float(1, 86_000, 3)}s) ${gcMs(r)}` },
      { weight: 2, gen: (r) => `${gcHead(r, 'gc')} Pause Remark ${gcHeap(r)} ${gcMs(r)}` },
      { weight: 3, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000][${r.float(0.5, 86_000, 3)}s][info][${'safepoint'.padEnd(12)}] Safepoint "${r.pick(['G1CollectForAllocation', 'G1Concurrent', 'Cleanup', 'HandshakeAllThreads', 'ICBufferFull', 'G1PauseRemark'])}", Time since last: ${r.int(1e6, 9e9)} ns, Reaching safepoint: ${r.int(1000, 900_000)} ns, At safepoint: ${r.int(1000, 90_000_000)} ns, Total: ${r.int(1000, 90_000_000)} ns` },
    ],
  },
  {
    name: 'windows-eventlog',
    templates: [
      { weight: 12, gen: (r) => { const h = r.pick(WIN_HOSTS); return win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4624, 'Logon', `An account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: ${h}$ Account Domain: CORP Logon ID: 0x3E7 Logon Information: Logon Type: ${r.pick(['2', '3', '3', '3', '5', '7', '10', '11'])} Restricted Admin Mode: - Virtual Account: No Elevated Token: ${r.pick(['Yes', 'No'])} Impersonation Level: Impersonation New Logon: Security ID: ${sid(r)} Account Name: ${winUser(r)} Account Domain: CORP Logon ID: ${logonId(r)} Network Information: Workstation Name: ${r.next() < 0.3 ? '-' : r.pick(WIN_HOSTS)} Source Network Address: ${r.next() < 0.3 ? '-' : `10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 254)}`} Source Port: ${r.next() < 0.3 ? '0' : port(r)} Detailed Authentication Information: Logon Process: ${r.pick(['Kerberos', 'NtLmSsp', 'User32', 'Advapi'])} Authentication Package: ${r.pick(['Kerberos', 'NTLM', 'Negotiate'])}`); } },
      { weight: 6, gen: (r) => win(r, 'Audit Failure', 'Microsoft-Windows-Security-Auditing', 4625, 'Logon', `An account failed to log on. Subject: Security ID: NULL SID Account Name: - Account Domain: - Logon ID: 0x0 Logon Type: ${r.pick(['3', '3', '10', '2'])} Account For Which Logon Failed: Security ID: NULL SID Account Name: ${r.pick([...PEOPLE, 'administrator', 'admin', 'scanner', 'test'])} Account Domain: ${r.pick(['CORP', 'WORKGROUP', '', '.'])} Failure Information: Failure Reason: ${r.pick(['Unknown user name or bad password.', 'Account currently disabled.', 'The user has not been granted the requested logon type at this machine.', 'The specified account\'s password has expired.'])} Status: 0xC000006D Sub Status: ${r.pick(['0xC000006A', '0xC0000064', '0xC0000072', '0xC0000071'])} Process Information: Caller Process ID: 0x0 Caller Process Name: - Network Information: Workstation Name: ${r.pick(['-', ...WIN_HOSTS, 'kali'])} Source Network Address: ${r.ip()} Source Port: ${port(r)}`) },
      { weight: 8, gen: (r) => win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4634, 'Logoff', `An account was logged off. Subject: ${winSubject(r, winUser(r))} Logon Type: ${r.pick(['3', '3', '2', '10'])} This event is generated when a logon session is destroyed. It may be positively correlated with a logon event using the Logon ID value. Logon IDs are only unique between reboots on the same computer.`) },
      { weight: 5, gen: (r) => win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4672, 'Special Logon', `Special privileges assigned to new logon. Subject: ${winSubject(r, winUser(r))} Privileges: ${Array.from({ length: r.int(2, 8) }, (_, i) => WIN_PRIVS[i]).join(' ')}`) },
      { weight: 5, gen: (r) => { const exe = r.pick(WIN_EXES); return win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4688, 'Process Creation', `A new process has been created. Creator Subject: ${winSubject(r, winUser(r))} Target Subject: Security ID: NULL SID Account Name: - Account Domain: - Logon ID: 0x0 Process Information: New Process ID: 0x${r.hex(r.int(3, 5))} New Process Name: ${exe} Token Elevation Type: ${r.pick(['%%1936', '%%1937', '%%1938'])} Mandatory Label: Mandatory Label\\${r.pick(['Medium', 'High', 'System'])} Mandatory Level Creator Process ID: 0x${r.hex(r.int(3, 5))} Creator Process Name: ${r.pick(WIN_EXES)} Process Command Line: ${r.pick(WIN_CMDS)}`); } },
      { weight: 4, gen: (r) => win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4768, 'Kerberos Authentication Service', `A Kerberos authentication ticket (TGT) was requested. Account Information: Account Name: ${winUser(r)} Supplied Realm Name: CORP.EXAMPLE.COM User ID: ${sid(r)} Service Information: Service Name: krbtgt Service ID: ${sid(r)} Network Information: Client Address: ::ffff:10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 254)} Client Port: ${port(r)} Additional Information: Ticket Options: ${r.pick(['0x40810010', '0x40810000', '0x60810010'])} Result Code: ${r.pick(['0x0', '0x0', '0x6', '0x12', '0x18'])} Ticket Encryption Type: ${r.pick(['0x12', '0x17', '0xFFFFFFFF'])} Pre-Authentication Type: ${r.pick(['2', '15', '-'])}`) },
      { weight: 1, gen: (r) => win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4720, 'User Account Management', `A user account was created. Subject: ${winSubject(r, r.pick(['admin.nora', 'admin.jakub']))} New Account: Security ID: ${sid(r)} Account Name: ${r.pick(PEOPLE)}${r.int(1, 99)} Account Domain: CORP`) },
      { weight: 1, gen: (r) => win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4726, 'User Account Management', `A user account was deleted. Subject: ${winSubject(r, r.pick(['admin.nora', 'admin.jakub']))} Target Account: Security ID: ${sid(r)} Account Name: ${r.pick(PEOPLE)}${r.int(1, 99)} Account Domain: CORP`) },
      { weight: 2, gen: (r) => win(r, 'Audit Success', 'Microsoft-Windows-Security-Auditing', 4740, 'User Account Management', `A user account was locked out. Subject: Security ID: S-1-5-18 Account Name: ${mostly(r, ['DC01', 'DC02'])}$ Account Domain: CORP Logon ID: 0x3E7 Account That Was Locked Out: Security ID: ${sid(r)} Account Name: ${r.pick(PEOPLE)} Additional Information: Caller Computer Name: ${r.pick(WIN_HOSTS)}`) },
      { weight: 3, gen: (r) => win(r, 'Information', 'Service Control Manager', 7036, 'None', `The ${r.pick(WIN_SERVICES)} service entered the running state.`) },
      { weight: 3, gen: (r) => win(r, 'Information', 'Service Control Manager', 7036, 'None', `The ${r.pick(WIN_SERVICES)} service entered the stopped state.`) },
      { weight: 1, gen: (r) => { const h = r.pick(WIN_HOSTS); return win(r, 'Information', 'User32', 1074, 'None', `The process C:\\Windows\\system32\\${r.pick(['shutdown.exe', 'winlogon.exe', 'MusNotificationUx.exe'])} (${h}) has initiated the restart of computer ${h} on behalf of user CORP\\${r.pick(PEOPLE)} for the following reason: ${r.pick(['Operating System: Service pack (Planned)', 'Other (Unplanned)', 'Application: Maintenance (Planned)', 'No title for this reason could be found'])} Reason Code: 0x${r.hex(8)} Shutdown Type: restart Comment: ${r.pick(['', 'patch night', 'Windows Update reboot'])}`); } },
    ],
  },
  {
    name: 'cloudtrail',
    templates: [
      { weight: 10, gen: (r) => { const acct = mostly(r, ACCOUNTS); const filters = r.next() < 0.5 ? '{}' : `{"items":[{"name":"${r.pick(['tag:Name', 'instance-state-name', 'vpc-id'])}","valueSet":{"items":[{"value":"${r.pick(['web-*', 'running', `vpc-0${r.hex(16)}`])}"}]}}]}`; return `{"eventVersion":"1.09","userIdentity":${ctWho(r, acct)},"eventTime":"${ctTime(r)}","eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","awsRegion":"${mostly(r, REGIONS)}","sourceIPAddress":"${r.ip()}","userAgent":"${r.pick(CT_UAS)}","requestParameters":{"instancesSet":{},"filterSet":${filters}},"responseElements":null,${ctTail(r, acct, true)}}`; } },
      { weight: 9, gen: (r) => { const acct = mostly(r, ACCOUNTS); const svc = r.pick(['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com', 'ec2.amazonaws.com', 'eks.amazonaws.com']); const role = r.pick(ROLES); return `{"eventVersion":"1.08","userIdentity":{"type":"AWSService","invokedBy":"${svc}"},"eventTime":"${ctTime(r)}","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"${mostly(r, REGIONS)}","sourceIPAddress":"${svc}","userAgent":"${svc}","requestParameters":{"roleArn":"arn:aws:iam::${acct}:role/${role}","roleSessionName":"${r.pick([r.pick(LAMBDAS), `i-0${r.hex(16)}`, r.hex(32)])}"},"responseElements":{"credentials":{"accessKeyId":"ASIA${upper(r, 16)}","sessionToken":"IQoJb3JpZ2luX2VjE${r.alnum(60)}","expiration":"Dec ${dom(r)}, 2026, ${r.int(1, 12)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}"}},"requestID":"${r.uuid()}","eventID":"${r.uuid()}","readOnly":true,"resources":[{"accountId":"${acct}","type":"AWS::IAM::Role","ARN":"arn:aws:iam::${acct}:role/${role}"}],"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"${acct}","sharedEventID":"${r.uuid()}","eventCategory":"Management"}`; } },
      { weight: 8, gen: (r) => { const acct = mostly(r, ACCOUNTS); const region = mostly(r, REGIONS); return `{"eventVersion":"1.08","userIdentity":${ctRole(r, acct)},"eventTime":"${ctTime(r)}","eventSource":"kms.amazonaws.com","eventName":"Decrypt","awsRegion":"${region}","sourceIPAddress":"${r.next() < 0.5 ? 'AWS Internal' : r.ip()}","userAgent":"${r.next() < 0.5 ? 'AWS Internal' : r.pick(CT_UAS)}","requestParameters":{"encryptionContext":{"aws:lambda:FunctionArn":"arn:aws:lambda:${region}:${acct}:function:${r.pick(LAMBDAS)}"},"encryptionAlgorithm":"SYMMETRIC_DEFAULT"},"responseElements":null,"requestID":"${r.uuid()}","eventID":"${r.uuid()}","readOnly":true,"resources":[{"accountId":"${acct}","type":"AWS::KMS::Key","ARN":"arn:aws:kms:${region}:${acct}:key/${r.uuid()}"}],"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"${acct}","eventCategory":"Management"}`; } },
      { weight: 6, gen: (r) => { const acct = mostly(r, ACCOUNTS); return `{"eventVersion":"1.08","userIdentity":${ctRole(r, acct)},"eventTime":"${ctTime(r)}","eventSource":"ssm.amazonaws.com","eventName":"GetParameter","awsRegion":"${mostly(r, REGIONS)}","sourceIPAddress":"${r.ip()}","userAgent":"${r.pick(CT_UAS)}","requestParameters":{"name":"/${r.pick(['prod', 'staging'])}/${r.pick(LAMBDAS)}/${r.pick(['db_password', 'stripe_key', 'jwt_secret', 'smtp/password'])}","withDecryption":${r.pick(['true', 'false'])}},"responseElements":null,${ctTail(r, acct, true)}}`; } },
      { weight: 2, gen: (r) => { const acct = mostly(r, ACCOUNTS); const region = mostly(r, REGIONS); const role = r.pick(ROLES); const sess = r.pick(PEOPLE); return `{"eventVersion":"1.08","userIdentity":${ctRole(r, acct)},"eventTime":"${ctTime(r)}","eventSource":"ssm.amazonaws.com","eventName":"GetParameter","awsRegion":"${region}","sourceIPAddress":"${r.ip()}","userAgent":"${r.pick(CT_UAS)}","errorCode":"AccessDenied","errorMessage":"User: arn:aws:sts::${acct}:assumed-role/${role}/${sess} is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:${region}:${acct}:parameter/prod/${r.pick(LAMBDAS)}/${r.pick(['db_password', 'stripe_key'])} because no identity-based policy allows the ssm:GetParameter action","requestParameters":null,"responseElements":null,${ctTail(r, acct, true)}}`; } },
      { weight: 3, gen: (r) => { const acct = mostly(r, ACCOUNTS); const u = r.pick(PEOPLE); return `{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA${upper(r, 17)}","arn":"arn:aws:iam::${acct}:user/${u}","accountId":"${acct}","userName":"${u}"},"eventTime":"${ctTime(r)}","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"${r.ip()}","userAgent":"${r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:133.0) Gecko/20100101 Firefox/133.0'])}","requestParameters":null,"responseElements":{"ConsoleLogin":"${r.pick(['Success', 'Success', 'Failure'])}"},"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true","MobileVersion":"No","MFAUsed":"${r.pick(['Yes', 'No'])}"},"eventID":"${r.uuid()}","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"${acct}","eventCategory":"Management"}`; } },
      { weight: 2, gen: (r) => ctEc2(r, 'StopInstances', [64, 'stopping'], [16, 'running']) },
      { weight: 2, gen: (r) => ctEc2(r, 'StartInstances', [0, 'pending'], [80, 'stopped']) },
      { weight: 1, gen: (r) => ctEc2(r, 'TerminateInstances', [32, 'shutting-down'], r.pick<[number, string]>([[16, 'running'], [80, 'stopped']])) },
      { weight: 4, gen: (r) => { const acct = mostly(r, ACCOUNTS); const fn = r.pick(LAMBDAS); return `{"eventVersion":"1.08","userIdentity":${ctRole(r, acct)},"eventTime":"${ctTime(r)}","eventSource":"logs.amazonaws.com","eventName":"CreateLogStream","awsRegion":"${mostly(r, REGIONS)}","sourceIPAddress":"${r.ip()}","userAgent":"awslambda-worker/1.0 rusoto/0.48.0 rust/1.79.0 linux","requestParameters":{"logGroupName":"/aws/lambda/${fn}","logStreamName":"2026/12/${d2(dom(r))}/[$LATEST]${r.hex(32)}"},"responseElements":null,${ctTail(r, acct, false)}}`; } },
    ],
  },
  {
    name: 'minecraft',
    templates: [
      { weight: 12, gen: (r) => mc(r, 'Server thread', 'INFO', `<${r.pick(MC_PLAYERS)}> ${words(r, MC_CHAT, 1, 12)}`) },
      { weight: 6, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)} joined the game`) },
      { weight: 6, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)} left the game`) },
      { weight: 5, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)}[/${r.ip()}:${port(r)}] logged in with entity id ${r.int(1, 99_999)} at (${mcPos(r)})`) },
      { weight: 5, gen: (r) => mc(r, `User Authenticator #${r.int(1, 40)}`, 'INFO', `UUID of player ${r.pick(MC_PLAYERS)} is ${r.uuid()}`) },
      { weight: 5, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)} lost connection: ${r.pick(['Disconnected', 'Timed out', 'Internal Exception: java.io.IOException: Connection reset by peer', 'You logged in from another location', 'Kicked by an operator'])}`) },
      { weight: 3, gen: (r) => { const ms = r.int(2001, 60_000); return mc(r, 'Server thread', 'WARN', `Can't keep up! Is the server overloaded? Running ${ms}ms or ${Math.floor(ms / 50)} ticks behind`); } },
      { weight: 3, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)} has made the advancement [${r.pick(MC_ADV)}]`) },
      { weight: 2, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)} has completed the challenge [${r.pick(MC_CHAL)}]`) },
      { weight: 3, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)} was slain by ${r.pick(['Zombie', 'Skeleton', 'Spider', 'Enderman', 'Piglin Brute', 'Drowned'])}`) },
      { weight: 2, gen: (r) => mc(r, 'Server thread', 'INFO', `${r.pick(MC_PLAYERS)} fell from a high place`) },
      { weight: 2, gen: (r) => mc(r, 'Server thread', 'INFO', `Saving chunks for level 'ServerLevel[${mostly(r, ['world', 'survival2'])}]'/minecraft:${r.pick(['overworld', 'the_nether', 'the_end'])}`) },
      { weight: 1, gen: (r) => mc(r, 'Server thread', 'INFO', `Done (${r.float(2, 90, 3)}s)! For help, type "help"`) },
      { weight: 2, gen: (r) => mc(r, 'Server thread', 'WARN', `${r.pick(MC_PLAYERS)} moved too quickly! ${r.float(-200, 200, 14)},${r.float(-20, 20, 14)},${r.float(-200, 200, 14)}`) },
    ],
  },
  {
    name: 'sidekiq',
    templates: [
      { weight: 14, gen: (r) => `${skJob(r)} INFO: start` },
      { weight: 12, gen: (r) => `${skJob(r)} elapsed=${skElapsed(r)} INFO: done` },
      { weight: 3, gen: (r) => `${skJob(r)} elapsed=${skElapsed(r)} INFO: fail` },
      { weight: 3, gen: (r) => `${skJob(r)} WARN: ${r.pick(['Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>', `ActiveRecord::RecordNotFound: Couldn't find Order with 'id'=${r.int(1, 9_999_999)}`, 'Redis::CannotConnectError: Error connecting to Redis on redis:6379 (Errno::ECONNREFUSED)', "NoMethodError: undefined method `email' for nil:NilClass", `Faraday::ServerError: the server responded with status ${r.pick(['500', '502', '503'])}`])}` },
      { weight: 2, gen: (r) => `${skHead(r)} INFO: Sidekiq ${r.pick(['7.2.0', '7.2.4', '6.5.12'])} connecting to Redis with options {:size=>${r.int(5, 30)}, :pool_name=>"${r.pick(['internal', 'default'])}", :url=>"redis://${mostly(r, ['redis', 'redis-master.cache.svc'])}:6379/${r.int(0, 3)}"}` },
      { weight: 1, gen: (r) => `${skHead(r)} INFO: Booted Rails ${r.pick(['7.1.2', '7.0.8', '7.2.1'])} application in ${r.pick(['production', 'staging'])} environment` },
      { weight: 1, gen: (r) => `${skHead(r)} INFO: Starting processing, hit Ctrl-C to stop` },
      { weight: 1, gen: (r) => `${skHead(r)} INFO: Shutting down` },
      { weight: 1, gen: (r) => `${skHead(r)} INFO: Pausing to allow jobs to finish...` },
      { weight: 1, gen: (r) => `${skHead(r)} INFO: Bye!` },
      { weight: 1, gen: (r) => `${skHead(r)} WARN: Your Redis network connection is performing extremely poorly. Last RTT readings were [${Array.from({ length: 5 }, () => r.int(60_000, 400_000)).join(', ')}], ideally these should be < 1000. Ensure Redis is running in the same AZ or datacenter as Sidekiq.` },
    ],
  },
  {
    name: 'jupyter',
    templates: [
      { weight: 12, gen: (r) => `${jt(r, 'D')} ${r.pick(['200', '200', '200', '204', '304'])} GET ${jApi(r)} (${jWho(r)}) ${jMs(r)}` },
      { weight: 4, gen: (r) => `${jt(r, 'D')} 201 POST /api/sessions?${jTick(r)} (${jWho(r)}) ${jMs(r)}` },
      { weight: 4, gen: (r) => `${jt(r, 'D')} 200 PUT /api/contents/${encodeURI(r.pick(NBS))}?${jTick(r)} (${jWho(r)}) ${jMs(r)}` },
      { weight: 5, gen: (r) => `${jt(r, 'I')} Saving file at /${r.pick(NBS)}` },
      { weight: 4, gen: (r) => `${jt(r, 'I')} Kernel started: ${r.uuid()}` },
      { weight: 2, gen: (r) => `${jt(r, 'I')} Kernel shutdown: ${r.uuid()}` },
      { weight: 2, gen: (r) => `${jt(r, 'I')} Kernel restarted: ${r.uuid()}` },
      { weight: 3, gen: (r) => `${jt(r, 'I')} Starting buffering for ${r.uuid()}:${r.uuid()}` },
      { weight: 3, gen: (r) => `${jt(r, 'I')} Connecting to kernel ${r.uuid()}.` },
      { weight: 3, gen: (r) => `${jt(r, 'W')} ${r.pick(['404', '404', '403', '400'])} GET /${r.pick(['api/contents/missing.ipynb', 'favicon.ico', `static/lab/${r.hex(20)}.js`, 'nbextensions/widgets/notebook/js/extension.js', 'api/kernels/' + r.uuid()])}?${jTick(r)} (${jWho(r)}) ${jMs(r)} referer=${r.pick(['None', 'http://localhost:8888/lab', `http://localhost:8888/lab/tree/${encodeURI(r.pick(NBS))}`])}` },
      { weight: 1, gen: (r) => `${jt(r, 'I', 'KernelRestarter')} AsyncIOLoopKernelRestarter: restarting kernel (${r.int(1, 5)}/5), keep random ports` },
      { weight: 1, gen: (r) => `${jt(r, 'I', 'LabApp')} JupyterLab extension loaded from /opt/conda/lib/python3.${r.pick(['10', '11', '12'])}/site-packages/jupyterlab` },
      { weight: 1, gen: (r) => `${jt(r, 'E')} Uncaught exception GET /api/contents/${encodeURI(r.pick(NBS))}?content=1&${jTick(r)} (${mostly(r, ['127.0.0.1', '10.42.0.17'])})` },
    ],
  },
  {
    name: 'fortigate',
    templates: [
      { weight: 14, gen: (r) => `${fgHead(r, '0000000013', 'traffic', 'forward', 'notice')} srcip=${lanIp(r)} srcport=${port(r)} srcintf="${mostly(r, ['port2', 'internal1', 'vlan20'])}" srcintfrole="lan" dstip=${r.ip()} dstport=${mostly(r, ['443', '80', '53', '123'])} dstintf="${mostly(r, ['wan1', 'wan2'])}" dstintfrole="wan" srccountry="Reserved" dstcountry="${r.pick(FGT_COUNTRIES)}" sessionid=${r.int(1, 99_999_999)} proto=${r.pick(['6', '6', '17'])} action="${r.pick(['close', 'close', 'accept', 'timeout', 'server-rst', 'client-rst'])}" policyid=${r.int(1, 40)} policytype="policy" poluuid="${r.uuid()}" policyname="${r.pick(FGT_POLICIES)}" service="${r.pick(['HTTPS', 'HTTP', 'DNS', 'NTP'])}" trandisp="snat" transip=${mostly(r, WAN_IP)} transport=${port(r)} appcat="unscanned" duration=${r.int(0, 3600)} sentbyte=${r.int(40, 9_000_000)} rcvdbyte=${r.int(0, 90_000_000)} sentpkt=${r.int(1, 9000)} rcvdpkt=${r.int(0, 90_000)}` },
      { weight: 5, gen: (r) => `${fgHead(r, '0000000013', 'traffic', 'forward', 'notice')} srcip=${r.ip()} srcport=${port(r)} srcintf="wan1" srcintfrole="wan" dstip=${mostly(r, WAN_IP)} dstport=${r.pick(['22', '3389', '445', '23', '5900'])} dstintf="${mostly(r, ['port2', 'dmz'])}" dstintfrole="lan" srccountry="${r.pick(FGT_COUNTRIES)}" dstcountry="Reserved" sessionid=${r.int(1, 99_999_999)} proto=6 action="deny" policyid=0 policytype="policy" service="${r.pick(['SSH', 'RDP', 'SMB', 'TELNET', 'VNC'])}" trandisp="noop" duration=0 sentbyte=0 rcvdbyte=0 sentpkt=0 rcvdpkt=0 appcat="unscanned" crscore=30 craction=131072 crlevel="high"` },
      { weight: 4, gen: (r) => `${fgHead(r, '0001000014', 'traffic', 'local', 'notice')} srcip=${r.ip()} srcport=${port(r)} srcintf="wan1" srcintfrole="wan" dstip=${mostly(r, WAN_IP)} dstport=${r.pick(['443', '500', '4500', '10443'])} dstintf="root" dstintfrole="undefined" sessionid=${r.int(1, 99_999_999)} proto=${r.pick(['6', '17'])} action="${r.pick(['deny', 'accept'])}" policyid=0 policytype="local-in-policy" service="${r.pick(['HTTPS', 'IKE', 'udp/4500', 'tcp/10443'])}" dstcountry="Reserved" srccountry="${r.pick(FGT_COUNTRIES)}" trandisp="noop" app="${r.pick(['HTTPS', 'IKE', 'SSL-VPN'])}" duration=${r.int(0, 60)} sentbyte=${r.int(0, 9000)} rcvdbyte=${r.int(0, 9000)} sentpkt=${r.int(0, 20)} appcat="unscanned"` },
      { weight: 4, gen: (r) => { const host = r.pick(['login-micros0ft.example', 'free-vpn.example.net', 'cdn.badtracker.example', 'casino-royale.example', 'a1b2c3d4.newdomain.example']); return `${fgHead(r, '0316013056', 'utm', 'webfilter', 'warning')} eventtype="ftgd_blk" policyid=${r.int(1, 40)} sessionid=${r.int(1, 99_999_999)} srcip=${lanIp(r)} srcport=${port(r)} srcintf="port2" srcintfrole="lan" dstip=${r.ip()} dstport=443 dstintf="wan1" dstintfrole="wan" proto=6 service="HTTPS" hostname="${host}" profile="default" action="blocked" reqtype="direct" url="https://${host}/${r.pick(['', 'login', 'index.php?id=' + r.int(1, 999)])}" sentbyte=${r.int(100, 2000)} rcvdbyte=0 direction="outgoing" msg="URL belongs to a denied category in policy" method="domain" cat=${r.int(1, 90)} catdesc="${r.pick(['Malicious Websites', 'Phishing', 'Newly Observed Domain', 'Proxy Avoidance', 'Gambling'])}"`; } },
      { weight: 3, gen: (r) => { const attack = r.pick(['Apache.Log4j.Error.Log.Remote.Code.Execution', 'ThinkPHP.Controller.Parameter.Remote.Code.Execution', 'Mirai.Botnet', 'Generic.Path.Traversal.Detection', 'MS.SMB.Server.SMB1.Trans2.Secondary.Handling.Code.Execution']); const sev = r.pick(['critical', 'high', 'medium']); return `${fgHead(r, '0419016384', 'utm', 'ips', 'alert')} eventtype="signature" severity="${sev}" srcip=${r.ip()} srccountry="${r.pick(FGT_COUNTRIES)}" dstip=10.30.0.${r.int(2, 40)} srcintf="wan1" srcintfrole="wan" dstintf="dmz" dstintfrole="dmz" sessionid=${r.int(1, 99_999_999)} action="${r.pick(['dropped', 'dropped', 'detected', 'reset'])}" proto=6 service="${r.pick(['HTTPS', 'HTTP', 'SMB'])}" policyid=${r.int(1, 40)} attack="${attack}" srcport=${port(r)} dstport=${r.pick(['443', '80', '445'])} direction="outgoing" attackid=${r.int(10_000, 60_000)} profile="default" ref="http://www.fortinet.com/ids/VID${r.int(10_000, 60_000)}" incidentserialno=${r.int(1e8, 9e8)} msg="${r.pick(['web_server', 'web_app3', 'os'])}: ${attack}," crscore=${r.pick(['50', '30', '10'])} craction=8192 crlevel="${sev}"`; } },
      { weight: 2, gen: (r) => { const who = r.pick(FGT_ADMINS); const m = r.pick(['https', 'ssh']); const ip = lanIp(r); return `${fgHead(r, '0100032001', 'event', 'system', 'information')} logdesc="Admin login successful" sn="${r.int(1_764_900_000, 1_767_200_000)}" user="${who}" ui="${m}(${ip})" method="${m}" srcip=${ip} dstip=10.20.0.1 action="login" status="success" reason="none" profile="super_admin" msg="Administrator ${who} logged in successfully from ${m}(${ip})"`; } },
      { weight: 2, gen: (r) => { const who = r.pick([...FGT_ADMINS, 'root', 'fortinet', 'guest']); const m = r.pick(['https', 'ssh']); const ip = r.ip(); const pw = r.next() < 0.6; return `${fgHead(r, '0100032002', 'event', 'system', 'alert')} logdesc="Admin login failed" sn="0" user="${who}" ui="${m}(${ip})" method="${m}" srcip=${ip} dstip=${mostly(r, WAN_IP)} action="login" status="failed" reason="${pw ? 'passwd_invalid' : 'name_invalid'}" msg="Administrator ${who} login failed from ${m}(${ip}) because of ${pw ? 'invalid password' : 'invalid user name'}"`; } },
      { weight: 2, gen: (r) => `${fgHead(r, '0101037138', 'event', 'vpn', 'notice')} logdesc="IPsec connection status changed" msg="IPsec connection status change" action="${r.pick(['tunnel-up', 'tunnel-down'])}" remip=${r.ip()} locip=${mostly(r, WAN_IP)} remport=500 locport=500 outintf="wan1" cookies="${r.hex(16)}/${r.hex(16)}" user="N/A" group="N/A" useralt="N/A" xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="${r.pick(['HQ-Branch7', 'AWS-VPC-eu', 'Partner-ACME'])}" tunnelip=N/A tunnelid=${r.int(1e8, 9e8)} tunneltype="ipsec" duration=${r.int(0, 900_000)} sentbyte=${r.int(0, 9e8)} rcvdbyte=${r.int(0, 9e8)} nextstat=${r.int(0, 600)}` },
      { weight: 1, gen: (r) => { const path = r.pick(['firewall.policy', 'firewall.address', 'system.interface', 'router.static']); const obj = path === 'firewall.policy' ? String(r.int(1, 40)) : r.pick(['port2', 'srv-web01', 'branch-7-net']); return `${fgHead(r, '0100044547', 'event', 'system', 'information')} logdesc="Object attribute configured" user="${r.pick(FGT_ADMINS)}" ui="GUI(${lanIp(r)})" action="Edit" cfgtid=${r.int(1e6, 9e8)} cfgpath="${path}" cfgobj="${obj}" cfgattr="${r.pick(['status[enable->disable]', 'status[disable->enable]', 'srcaddr[all->LAN-net]', 'allowaccess[ping https->ping]'])}" msg="Edit ${path} ${obj}"`; } },
    ],
  },
  {
    name: 'hostapd',
    templates: [
      { weight: 8, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} IEEE 802.11: authenticated` },
      { weight: 8, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} IEEE 802.11: associated (aid ${r.int(1, 60)})` },
      { weight: 5, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} IEEE 802.11: disassociated` },
      { weight: 3, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)` },
      { weight: 8, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: AP-STA-CONNECTED ${mac(r)}` },
      { weight: 6, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: AP-STA-DISCONNECTED ${mac(r)}` },
      { weight: 7, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} RADIUS: starting accounting session ${r.hex(16).toUpperCase()}` },
      { weight: 7, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} WPA: pairwise key handshake completed (${mostly(r, ['RSN', 'WPA'], 0.9)})` },
      { weight: 3, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} WPA: group key handshake completed (${mostly(r, ['RSN', 'WPA'], 0.9)})` },
      { weight: 2, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: AP-STA-POSSIBLE-PSK-MISMATCH ${mac(r)}` },
      { weight: 2, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: STA ${mac(r)} IEEE 802.1X: authenticated - EAP type: ${r.pick(['25 (PEAP)', '13 (TLS)', '21 (TTLS)'])}` },
      { weight: 1, gen: (r) => `${syslogDay(r)} ${mostly(r, ['ap-lobby', 'ap-floor2', 'ap-warehouse'])} hostapd: ${mostly(r, ['wlan0', 'wlan1'])}: interface state ${r.pick(['UNINITIALIZED->ENABLED', 'ENABLED->DISABLED', 'COUNTRY_UPDATE->ENABLED', 'UNINITIALIZED->COUNTRY_UPDATE'])}` },
    ],
  },
  {
    name: 'freeradius',
    templates: [
      { weight: 10, gen: (r) => `${rad(r)}Auth: (${r.int(1, 999_999)}) Login OK: [${radUser(r)}] ${radFrom(r)}` },
      { weight: 6, gen: (r) => `${rad(r)}Auth: (${r.int(1, 999_999)}) Login incorrect (${r.pick(['mschap: MS-CHAP2-Response is incorrect', 'eap_peap: The users session was previously rejected: returning reject (again.)', 'pap: Cleartext password does not match "known good" password', 'No Auth-Type found: rejecting the user via Post-Auth-Type = Reject'])}): [${radUser(r)}] ${radFrom(r)}` },
      { weight: 3, gen: (r) => `${rad(r)}Auth: (${r.int(1, 999_999)}) Invalid user: [${r.pick(['guest', 'test', 'admin', r.pick(PEOPLE) + '@old-domain.example'])}] ${radFrom(r)}` },
      { weight: 3, gen: (r) => `${rad(r)}Error: (${r.int(1, 999_999)}) eap_peap: ERROR: TLS Alert read:fatal:${r.pick(['unknown CA', 'certificate unknown', 'access denied', 'bad certificate'])}` },
      { weight: 3, gen: (r) => `${rad(r)}Error: (${r.int(1, 999_999)}) mschap: ERROR: MS-CHAP2-Response is incorrect` },
      { weight: 2, gen: (r) => `${rad(r)}Error: Ignoring request to auth address * port 1812 bound to server default from unknown client ${r.ip()} port ${port(r)} proto udp` },
      { weight: 2, gen: (r) => `${rad(r)}Error: Dropping packet without response because of error: Received packet from ${mostly(r, ['10.20.0.5', '10.20.0.6', r.ip()])} with invalid Message-Authenticator!  (Shared secret is incorrect.)` },
      { weight: 2, gen: (r) => `${rad(r)}Warning: (${r.int(1, 999_999)}) Outer and inner identities are the same.  User privacy is compromised.` },
      { weight: 2, gen: (r) => { const total = r.pick([31, 32, 64]); return `${rad(r)}Info: rlm_sql (sql): Opening additional connection (${r.int(5, 900)}), ${r.int(1, 3)} of ${total - r.int(1, 10)} pending slots used`; } },
      { weight: 1, gen: (r) => `${rad(r)}Info: Need ${r.int(1, 9)} more connections to reach ${r.pick(['10', '32'])} spares` },
      { weight: 1, gen: (r) => `${rad(r)}Info: Ready to process requests` },
      { weight: 1, gen: (r) => `${rad(r)}Info: Signalled to terminate` },
    ],
  },
  {
    name: 'clickhouse',
    templates: [
      { weight: 10, gen: (r) => `${chHead(r, true, 'Debug')} executeQuery: (from ${mostly(r, ['10.1.0.21', '10.1.0.22', r.ip()])}:${port(r)}${r.next() < 0.6 ? `, user: ${r.pick(['default', 'grafana', 'etl', 'otel'])}` : ''}) ${chSql(r)} (stage: Complete)` },
      { weight: 8, gen: (r) => `${chHead(r, true, 'Information')} executeQuery: Read ${r.int(1, 90_000_000)} rows, ${chSize(r)} in ${r.float(0, 30, 6)} sec., ${r.int(1, 900_000_000)} rows/sec., ${chSize(r)}/sec.` },
      { weight: 6, gen: (r) => `${chHead(r, true, 'Debug')} MemoryTracker: Peak memory usage (for query): ${chSize(r)}.` },
      { weight: 5, gen: (r) => `${chHead(r, true, 'Debug')} TCPHandler: Processed in ${r.float(0, 30, 6)} sec.` },
      { weight: 5, gen: (r) => `${chHead(r, false, 'Debug')} ${mostly(r, CH_TABLES)} (${chUuid(r)}) (MergerMutator): Selected ${r.int(2, 12)} parts from ${chPart(r)} to ${chPart(r)}` },
      { weight: 4, gen: (r) => { const n = r.int(1, 6); return `${chHead(r, false, 'Debug')} ${mostly(r, CH_TABLES)} (${chUuid(r)}): Removing ${n} parts from filesystem (serially): Parts: [${Array.from({ length: n }, () => chPart(r)).join(', ')}]`; } },
      { weight: 3, gen: (r) => `${chHead(r, false, 'Trace')} ${mostly(r, CH_TABLES)} (${chUuid(r)}) (MergerMutator): Merged ${r.int(2, 12)} parts: [${chPart(r)}, ${chPart(r)}] -> ${chPart(r)}` },
      { weight: 3, gen: (r) => { const e = r.pick<[number, string, string]>([[60, `Table ${r.pick(['shop', 'logs'])}.${r.pick(['evnts', 'order', 'log'])} does not exist`, 'UNKNOWN_TABLE'], [47, `Missing columns: '${r.pick(['servce', 'duraton_ms', 'tenant'])}' while processing query: 'SELECT ${r.pick(['servce', 'duraton_ms', 'tenant'])} FROM events', required columns: '${r.pick(['servce', 'duraton_ms', 'tenant'])}'`, 'UNKNOWN_IDENTIFIER'], [62, `Syntax error: failed at position ${r.int(1, 90)} ('FORM'): FORM events. Expected one of: token, Comma, FROM, end of query`, 'SYNTAX_ERROR'], [241, `Memory limit (for query) exceeded: would use ${r.float(1, 30, 2)} GiB (attempt to allocate chunk of ${r.int(1e6, 9e6)} bytes), maximum: 9.31 GiB`, 'MEMORY_LIMIT_EXCEEDED']]); return `${chHead(r, true, 'Error')} executeQuery: Code: ${e[0]}. DB::Exception: ${e[1]}. (${e[2]}) (version 24.8.4.13 (official build)) (from ${r.ip()}:${port(r)}) (in query: ${chSql(r)}), Stack trace (when copying this message, always include the lines below):`; } },
      { weight: 2, gen: (r) => `${chHead(r, false, 'Error')} ServerErrorHandler: Code: 210. DB::NetException: Connection reset by peer, while reading from socket (${r.ip()}:${port(r)}). (NETWORK_ERROR), Stack trace (when copying this message, always include the lines below):` },
      { weight: 2, gen: (r) => `${chHead(r, false, 'Debug')} HTTPHandler-factory: HTTP Request for HTTPHandler-factory. Method: ${r.pick(['GET', 'POST', 'POST'])}, Address: [::ffff:${r.ip()}]:${port(r)}, User-Agent: ${r.pick(['(none)', 'ClickHouse-python', 'Go-http-client/1.1', 'clickhouse-js/1.0.1 (lv:nodejs/v20.10.0; os:linux)', 'Grafana/11.3.0 clickhouse-datasource'])}, Length: ${r.next() < 0.3 ? '(none)' : r.int(0, 90_000)}, Content Type: ${r.pick(['(none)', 'text/plain; charset=UTF-8', 'application/x-www-form-urlencoded'])}, Transfer Encoding: ${r.pick(['identity', 'chunked'])}, X-Forwarded-For: (none)` },
      { weight: 1, gen: (r) => `${chHead(r, false, 'Information')} Application: Ready for connections.` },
      { weight: 1, gen: (r) => `${chHead(r, false, 'Warning')} Context: Linux transparent hugepages are set to "always". Check /sys/kernel/mm/transparent_hugepage/enabled` },
    ],
  },
  {
    name: 'esxi-vmkernel',
    templates: [
      { weight: 10, gen: (r) => `${vmk(r)}ScsiDeviceIO: ${r.int(3000, 4500)}: Cmd(0x45${r.hex(10)}) ${scsiOp(r)}, CmdSN 0x${r.hex(r.int(1, 5))} from world ${r.int(2_097_152, 2_105_000)} to dev "${mostly(r, NAA)}" failed H:0x${r.pick(['0', '0', '5', '8'])} D:0x${r.pick(['2', '0', '8'])} P:0x0 Valid sense data: ${sense(r)}.` },
      { weight: 6, gen: (r) => `${vmk(r)}NMP: nmp_ThrottleLogForDevice:${r.int(3700, 3900)}: Cmd ${scsiOp(r)} (0x45${r.hex(10)}, ${r.int(2_097_152, 2_105_000)}) to dev "${mostly(r, NAA)}" on path "vmhba${r.int(0, 4)}:C0:T${r.int(0, 3)}:L${r.int(0, 30)}" Failed: H:0x0 D:0x2 P:0x0 Valid sense data: ${sense(r)}. Act:NONE` },
      { weight: 4, gen: (r) => `${vmk(r)}WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:237: NMP device "${mostly(r, NAA)}" state in doubt; requested fast path state update...` },
      { weight: 4, gen: (r) => `${vmk(r)}ScsiDeviceIO: ${r.int(4000, 4400)}: Could not detect setting of QErr for device ${mostly(r, NAA)}. Error Failure.` },
      { weight: 4, gen: (r) => `${vmk(r)}NetPort: ${r.int(1500, 1800)}: enabled port 0x${r.hex(7)} with mac 00:50:56:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}` },
      { weight: 4, gen: (r) => `${vmk(r)}NetPort: ${r.int(1500, 1800)}: disabled port 0x${r.hex(7)}` },
      { weight: 3, gen: (r) => `${vmk(r)}StorageApdHandler: ${r.int(900, 1200)}: APD start for 0x43${r.hex(10)} [${mostly(r, NAA)}]` },
      { weight: 2, gen: (r) => `${vmk(r)}StorageApdHandler: ${r.int(400, 600)}: APD exit for 0x43${r.hex(10)} [${mostly(r, NAA)}]` },
      { weight: 2, gen: (r) => `${vmk(r)}WARNING: LinNet: netdev_watchdog:${r.int(3600, 3700)}: NETDEV WATCHDOG: vmnic${r.int(0, 3)}: transmit timed out` },
      { weight: 3, gen: (r) => `${vmk(r)}Tcpip_Vmk: ${r.int(1200, 1300)}: Affinitizing ${mostly(r, ['10.50.0.11', '10.50.0.12', r.ip()])} to world ${r.int(2_097_152, 2_105_000)}, Success` },
      { weight: 2, gen: (r) => `${vmk(r)}HBX: ${r.int(2900, 3100)}: '${r.pick(DATASTORES)}': HB at offset ${r.int(3_000_000, 4_200_000)} - Waiting for timed out HB:` },
      { weight: 1, gen: (r) => `${vmk(r)}Boot Successful` },
    ],
  },
  {
    name: 'rsyncd',
    templates: [
      { weight: 6, gen: (r) => `${rs(r)} connect from ${mostly(r, RS_HOSTS)} (${mostly(r, ['192.168.1.20', r.ip()])})` },
      { weight: 4, gen: (r) => `${rs(r)} rsync on ${mostly(r, RS_MODULES)}/${r.next() < 0.6 ? `${r.pick(RS_DIRS)}/` : ''} from ${r.next() < 0.6 ? `${r.pick(['backup', 'mirror', 'nora'])}@` : ''}${mostly(r, RS_HOSTS)} (${mostly(r, ['192.168.1.20', r.ip()])})` },
      { weight: 3, gen: (r) => `${rs(r)} rsync to ${mostly(r, RS_MODULES)}/${r.next() < 0.6 ? `${r.pick(RS_DIRS)}/` : ''} from ${r.next() < 0.6 ? `${r.pick(['backup', 'mirror', 'nora'])}@` : ''}${mostly(r, RS_HOSTS)} (${mostly(r, ['192.168.1.20', r.ip()])})` },
      { weight: 12, gen: (r) => `${rs(r)} ${rsXfer(r, 'send')}` },
      { weight: 6, gen: (r) => `${rs(r)} ${rsXfer(r, 'recv')}` },
      { weight: 2, gen: (r) => `${rs(r)} ${rsXfer(r, 'del.')}` },
      { weight: 5, gen: (r) => `${rs(r)} sent ${r.int(20, 9e8)} bytes  received ${r.int(20, 9e8)} bytes  total size ${r.int(0, 9e10)}` },
      { weight: 2, gen: (r) => `${rs(r)} auth failed on module ${mostly(r, RS_MODULES)} from ${mostly(r, RS_HOSTS)} (${r.ip()}): ${r.pick(['password mismatch', 'unauthorized user'])}` },
      { weight: 2, gen: (r) => { const e = r.pick<[string, number, string]>([['error in rsync protocol data stream', 12, 'io.c(228)'], ['some files/attrs were not transferred (see previous errors)', 23, 'main.c(1338)'], ['timeout in data send/receive', 30, 'io.c(197)'], ['error in file IO', 11, 'receiver.c(868)']]); return `${rs(r)} rsync error: ${e[0]} (code ${e[1]}) at ${e[2]} [${r.pick(['sender', 'receiver', 'generator'])}=3.2.7]`; } },
      { weight: 1, gen: (r) => `${rs(r)} rsyncd version 3.2.7 starting, listening on port 873` },
      { weight: 1, gen: (r) => `${rs(r)} name lookup failed for ${r.ip()}: ${r.pick(['Name or service not known', 'Temporary failure in name resolution'])}` },
      { weight: 1, gen: (r) => `${rs(r)} ERROR: module is read only` },
    ],
  },
  {
    name: 'fluent-bit',
    templates: [
      { weight: 10, gen: (r) => fb(r, 'info', 'input:tail:tail.0', `inotify_fs_add(): inode=${r.int(100_000, 99_999_999)} watch_fd=${r.int(1, 400)} name=${fbLog(r)}`) },
      { weight: 8, gen: (r) => fb(r, 'info', 'input:tail:tail.0', `inotify_fs_remove(): inode=${r.int(100_000, 99_999_999)} watch_fd=${r.int(1, 400)}`) },
      { weight: 6, gen: (r) => fb(r, 'warn', 'engine', `failed to flush chunk '${fbChunk(r)}', retry in ${r.int(1, 600)} seconds: task_id=${r.int(0, 200)}, input=tail.0 > output=${fbOut(r)} (out_id=${r.int(0, 2)})`) },
      { weight: 5, gen: (r) => fb(r, 'info', 'engine', `flush chunk '${fbChunk(r)}' succeeded at retry ${r.int(1, 8)}: task_id=${r.int(0, 200)}, input=tail.0 > output=${fbOut(r)} (out_id=${r.int(0, 2)})`) },
      { weight: 2, gen: (r) => fb(r, 'error', 'engine', `chunk '${fbChunk(r)}' cannot be retried: task_id=${r.int(0, 200)}, input=tail.0 > output=${fbOut(r)}`) },
      { weight: 4, gen: (r) => fb(r, 'error', 'output:http:http.0', `${mostly(r, ['collector.logging.svc', 'logs.example.net'])}:${mostly(r, ['8080', '443'])}, HTTP status=${r.pick(['502', '503', '400', '429', '500'])}`) },
      { weight: 3, gen: (r) => fb(r, 'warn', 'net', `getaddrinfo(host='${mostly(r, ['elasticsearch.logging.svc', 'loki-gateway.monitoring.svc', 'collector.logging.svc'])}', err=${r.pick(['11', '12', '4'])}): ${r.pick(['Timeout while contacting DNS servers', 'Domain name not found', 'Could not contact DNS servers'])}`) },
      { weight: 3, gen: (r) => fb(r, 'error', 'upstream', `connection #${r.int(20, 900)} to tcp://${mostly(r, ['10.96.14.7', '10.96.31.200', r.ip()])}:${mostly(r, ['9200', '3100', '8080'])} timed out after ${r.pick(['10', '10', '30'])} seconds (connection timeout)`) },
      { weight: 2, gen: (r) => fb(r, 'warn', 'input', `tail.${r.int(0, 2)} paused (mem buf overlimit)`) },
      { weight: 2, gen: (r) => fb(r, 'info', 'input', `tail.${r.int(0, 2)} resume (mem buf overlimit)`) },
      { weight: 1, gen: (r) => fb(r, 'info', 'fluent bit', `version=${r.pick(['2.2.0', '3.0.4', '3.1.9'])}, commit=${r.hex(10)}, pid=${r.pick(['1', '1', String(r.int(100, 9999))])}`) },
      { weight: 1, gen: (r) => fb(r, 'info', `output:${r.pick(['es:es.0', 'loki:loki.0', 'forward:forward.0'])}`, `worker #${r.int(0, 3)} started`) },
      { weight: 1, gen: (r) => fb(r, 'info', 'sp', 'stream processor started') },
    ],
  },
  {
    name: 'symfony-monolog',
    templates: [
      { weight: 12, gen: (r) => { const [route, path] = r.pick(SF_ROUTES); const id = String(r.int(1, 99_999)); const hasId = path.includes('{id}'); const hasTok = path.includes('{token}'); const tok = r.hex(6); const uri = path.replace('{id}', id).replace('{token}', tok); return `${ml(r)} request.INFO: Matched route "${route}". {"route":"${route}","route_parameters":{"_route":"${route}"${hasId ? `,"id":"${id}"` : ''}${hasTok ? `,"token":"${tok}"` : ''}},"request_uri":"https://${mostly(r, SF_HOST)}${uri}","method":"${r.pick(['GET', 'GET', 'POST'])}"} []`; } },
      { weight: 6, gen: (r) => `${ml(r)} security.DEBUG: Checking for authenticator support. {"firewall_name":"${mostly(r, ['main', 'api'])}","authenticators":${r.pick(['1', '2'])}} []` },
      { weight: 4, gen: (r) => `${ml(r)} security.DEBUG: Read existing security token from the session. {"key":"_security_${mostly(r, ['main', 'admin'])}","token_class":"${jesc('Symfony\\Component\\Security\\Http\\Authenticator\\Token\\PostAuthenticationToken')}"} []` },
      { weight: 3, gen: (r) => `${ml(r)} security.INFO: Authenticator successful! {"token":{"${jesc('Symfony\\Component\\Security\\Http\\Authenticator\\Token\\PostAuthenticationToken')}":"${jesc(`PostAuthenticationToken(user="${sfEmail(r)}", authenticated=true, roles="${r.pick(['ROLE_USER', 'ROLE_ADMIN, ROLE_USER', 'ROLE_CUSTOMER, ROLE_USER'])}")`)}"},"authenticator":"${jesc('App\\Security\\LoginFormAuthenticator')}"} []` },
      { weight: 2, gen: (r) => `${ml(r)} security.INFO: Authenticator failed. {"exception":"${jesc(`[object] (Symfony\\Component\\Security\\Core\\Exception\\BadCredentialsException(code: 0): ${r.pick(['The presented password is invalid.', 'Invalid credentials.', 'Bad credentials.'])} at /var/www/app/vendor/symfony/security-http/EventListener/CheckCredentialsListener.php:${r.int(60, 130)})`)}","authenticator":"${jesc('App\\Security\\LoginFormAuthenticator')}"} []` },
      { weight: 4, gen: (r) => { const e = r.pick(SF_EXC); const msg = e.msg(r); const line = r.int(20, 400); return `${ml(r)} request.${e.level}: Uncaught PHP Exception ${e.cls}: "${msg}" at ${e.file} line ${line} {"exception":"${jesc(`[object] (${e.cls}(code: 0): ${msg} at ${e.file}:${line})`)}"} []`; } },
      { weight: 5, gen: (r) => { const sql = r.pick([`SELECT t0.id AS id_1, t0.name AS name_2, t0.price AS price_3 FROM product t0 WHERE t0.id = ?`, `SELECT c0_.id AS id_0, c0_.quantity AS quantity_1 FROM cart_item c0_ WHERE c0_.cart_id = ?`, `UPDATE stock SET quantity = quantity - ? WHERE product_id = ?`, `INSERT INTO messenger_messages (body, headers, queue_name, created_at, available_at) VALUES(?, ?, ?, ?, ?)`]); const n = (sql.match(/\?/g) ?? []).length; const params = Array.from({ length: n }, (_, i) => `"${i + 1}":${r.int(1, 99_999)}`).join(','); const types = Array.from({ length: n }, (_, i) => `"${i + 1}":${r.pick(['1', '2'])}`).join(','); return `${ml(r)} doctrine.DEBUG: Executing statement: ${sql} (parameters: {params}, types: {types}) {"sql":"${sql}","params":{${params}},"types":{${types}}} []`; } },
      { weight: 3, gen: (r) => { const m = r.pick(SF_MESSAGES); const alias = mostly(r, ['async', 'failed']); const tr = 'Symfony\\Component\\Messenger\\Bridge\\Doctrine\\Transport\\DoctrineTransport'; return `${ml(r)} messenger.INFO: Sending message ${m} with ${alias} sender using ${tr} {"class":"${jesc(m)}","alias":"${alias}","sender":"${jesc(tr)}"} []`; } },
      { weight: 3, gen: (r) => { const m = r.pick(SF_MESSAGES); return `${ml(r)} messenger.INFO: Received message ${m} {"class":"${jesc(m)}"} []`; } },
      { weight: 3, gen: (r) => { const [m, h] = r.pick(SF_HANDLERS); return `${ml(r)} messenger.INFO: Message ${m} handled by ${h}::__invoke {"class":"${jesc(m)}","handler":"${jesc(h)}::__invoke"} []`; } },
      { weight: 1, gen: (r) => { const m = r.pick(SF_MESSAGES); const n = r.int(1, 3); const delay = 1000 * 2 ** (n - 1); const err = r.pick(['Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out)', `Product ${r.int(1, 99_999)} not found`, 'cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received']); return `${ml(r)} messenger.WARNING: Error thrown while handling message ${m}. Sending for retry #${n} using ${delay} ms delay. Error: "${err}" {"class":"${jesc(m)}","retryCount":${n},"delay":${delay},"error":"${jesc(err)}","exception":"[object] (${jesc('Symfony\\Component\\Messenger\\Exception\\HandlerFailedException')}(code: 0): ${jesc(err)})"} []`; } },
      { weight: 1, gen: (r) => { const cmd = r.pick(['cache:clear', 'messenger:consume', 'app:sync-stock', 'doctrine:migrations:migrate']); const code = r.pick(['0', '0', '1']); return `${ml(r)} console.DEBUG: Command "${cmd}" exited with code "${code}" {"command":"${cmd}","code":${code}} []`; } },
    ],
  },
  {
    name: 'bitcoind',
    templates: [
      { weight: 8, gen: (r) => `${btTs(r)} UpdateTip: new best=${blockHash(r)} height=${btHeight(r)} version=0x${r.pick(['20000000', '2000e000', '3fff0000', '20800000'])} log2_work=${r.float(95, 95.5, 6)} tx=${r.int(1_100_000_000, 1_150_000_000)} date='${btTs(r)}' progress=${r.next() < 0.8 ? '1.000000' : r.float(0.99, 1, 6)} cache=${r.float(1, 450, 1)}MiB(${r.int(1000, 3_000_000)}txo)` },
      { weight: 6, gen: (r) => `${btTs(r)} Saw new header hash=${blockHash(r)} height=${btHeight(r)}` },
      { weight: 4, gen: (r) => `${btTs(r)} Saw new cmpctblock header hash=${blockHash(r)} peer=${r.int(0, 400)}` },
      { weight: 5, gen: (r) => `${btTs(r)} New outbound peer connected: version: ${r.pick(['70016', '70016', '70015'])}, blocks=${btHeight(r)}, peer=${r.int(0, 400)} (${r.pick(['outbound-full-relay', 'outbound-full-relay', 'block-relay-only', 'feeler'])})` },
      { weight: 3, gen: (r) => `${btTs(r)} Pre-allocating up to position 0x${r.pick(['1000000', '100000', '2000000'])} in ${r.pick(['blk', 'rev'])}0${r.int(4000, 4600)}.dat` },
      { weight: 3, gen: (r) => `${btTs(r)} Potential stale tip detected, will try using extra outbound peer (last tip update: ${r.int(1800, 9000)} seconds ago)` },
      { weight: 2, gen: (r) => `${btTs(r)} [rpc] ThreadRPCServer method=${r.pick(['getblockchaininfo', 'getnetworkinfo', 'getrawtransaction', 'estimatesmartfee', 'getmempoolinfo'])} user=${mostly(r, ['__cookie__', 'rpcuser'])}` },
      { weight: 2, gen: (r) => `${btTs(r)} Timeout downloading block ${blockHash(r)} from peer=${r.int(0, 400)}, disconnecting` },
      { weight: 1, gen: (r) => `${btTs(r)} Imported mempool transactions from disk: ${r.int(0, 90_000)} succeeded, ${r.int(0, 900)} failed, ${r.int(0, 90)} expired, 0 already there, ${r.int(0, 9)} waiting for initial broadcast` },
      { weight: 2, gen: (r) => `${btTs(r)} Flushed fee estimates to fee_estimates.dat.` },
      { weight: 1, gen: (r) => `${btTs(r)} init message: ${r.pick(['Loading block index…', 'Verifying blocks…', 'Loading wallet…', 'Done loading', 'Pruning blockstore…', 'Starting network threads…'])}` },
      { weight: 1, gen: (r) => `${btTs(r)} Bitcoin Core version v${r.pick(['27.1.0', '28.0.0', '26.2.0'])} (release build)` },
    ],
  },
  {
    name: 'oracle-alert',
    templates: [
      { weight: 6, gen: (r) => `${day(r)}T${hms(r)}.${usec(r)}+00:00` },
      { weight: 8, gen: (r) => `Thread ${mostly(r, ['1', '2'], 0.8)} advanced to log sequence ${r.int(1000, 99_999)} (LGWR switch),  current SCN: ${r.int(1e7, 9e10)}` },
      { weight: 8, gen: (r) => { const s = r.pick(ORA_SIDS); const k = r.int(1, 4); return `  Current log# ${k} seq# ${r.int(1000, 99_999)} mem# 0: /u01/app/oracle/oradata/${s}/redo0${k}.log`; } },
      { weight: 3, gen: (r) => `Errors in file ${oraTrace(r, r.pick(ORA_SIDS), r.pick(['j000', 'j001', 'ora', 'm001', 'cjq0', 'mmon']))}:` },
      { weight: 3, gen: (r) => `ORA-12012: error on auto execute of job "${r.pick(['SYS', 'APP_OWNER', 'AUDSYS'])}"."${r.pick(['ORA$AT_OS_OPT_SY_' + r.int(100, 9999), 'PURGE_OLD_SESSIONS', 'REFRESH_MV_SALES', 'ORA$AT_SA_SPC_SY_' + r.int(100, 9999)])}"` },
      { weight: 3, gen: (r) => `ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file ${oraTrace(r, r.pick(ORA_SIDS), 'ora')}.` },
      { weight: 3, gen: (r) => `ORA-01555 caused by SQL statement below (SQL ID: ${r.alnum(13)}, Query Duration=${r.int(60, 90_000)} sec, SCN: 0x${r.hex(4)}.${r.hex(8)}):` },
      { weight: 3, gen: (r) => `Archived Log entry ${r.int(1000, 99_999)} added for B-${r.int(1_000_000_000, 1_200_000_000)}.T-${mostly(r, ['1', '2'], 0.8)}.S-${r.int(1000, 99_999)} ID 0x${r.hex(8)} LAD:1` },
      { weight: 2, gen: (r) => `TABLE ${r.pick(['SYS.WRP$_REPORTS', 'SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY', 'SYS.WRP$_REPORTS_DETAILS', 'SYS.WRP$_REPORTS_TIME_BANDS'])}: ADDED INTERVAL PARTITION SYS_P${r.int(1000, 99_999)} (${r.int(1000, 9999)}) VALUES LESS THAN (TO_DATE(' ${day(r)} 01:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))` },
      { weight: 2, gen: (r) => { const s = r.pick(ORA_SIDS); const old = r.int(100, 9_000_000); return `Resize operation completed for file# ${r.int(1, 40)}, fname /u01/app/oracle/oradata/${s}/${r.pick(['users01.dbf', 'sysaux01.dbf', 'undotbs01.dbf', 'app_data02.dbf'])}, old size ${old}K, new size ${old + r.pick([10240, 102400, 1048576])}K`; } },
      { weight: 2, gen: (r) => `Thread ${mostly(r, ['1', '2'], 0.8)} cannot allocate new log, sequence ${r.int(1000, 99_999)}` },
      { weight: 2, gen: () => `Checkpoint not complete` },
      { weight: 1, gen: (r) => `Starting ORACLE instance (${r.pick(['normal', 'normal', 'force'])}) (OS id: ${r.int(1000, 99_999)})` },
      { weight: 1, gen: (r) => `Shutting down ORACLE instance (${r.pick(['immediate', 'abort', 'normal'])}) (OS id: ${r.int(1000, 99_999)})` },
    ],
  },
];

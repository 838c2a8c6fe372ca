// Labelled synthetic log corpus for the template-mining bench: realistic message shapes
// from web servers, databases, Kubernetes, auth and JVM services, with the variables real
// logs have (ids, IPs, paths, durations, quoted strings, UUIDs, hex, user and table names
// that are plain words). Some templates share prefixes or differ in one word, and one has
// free text of varying length, because those are where template miners go wrong.

import { Rng } from './patterns-rng.ts';

export interface TemplateSpec {
  name: string;
  weight: number;
  gen: (r: Rng) => string;
}

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'oscar', 'peggy', 'trent', 'victor', 'walter', 'root', 'admin', 'deploy', 'ubuntu', 'postgres', 'jenkins', 'git', 'backup', 'nagios', 'oracle', 'test', 'guest', 'support', 'ftpuser'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const RESOURCES = ['users', 'orders', 'carts', 'products', 'invoices', 'sessions', 'payments', 'search', 'reviews'];
const TABLES = ['users', 'orders', 'order_items', 'products', 'payments', 'inventory', 'audit_log', 'sessions', 'accounts'];
const COLUMNS = ['id', 'email', 'status', 'created_at', 'customer_id', 'sku', 'total'];
const APPS = ['checkout', 'cart', 'frontend', 'payments', 'catalog', 'shipping', 'recommendation', 'email', 'ad'];
const NAMESPACES = ['default', 'prod', 'staging', 'kube-system', 'monitoring', 'shop'];
const HOSTS = ['api.example.com', 'shop.example.com', 'auth.example.com', 'cdn.example.net'];
const CLASSES = ['OrderService', 'CartRepository', 'PaymentGateway', 'UserController', 'InventoryClient', 'PriceCalculator'];
const JMETHODS = ['getId', 'getName', 'length', 'toString', 'getItems', 'getCustomer', 'hashCode'];
const VARS = ['order', 'customer', 'item', 'response', 'payload', 'cart', 'session'];
const FIELDS = ['items', 'customer', 'address', 'payload', 'metadata'];
const AGENTS = ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36', 'curl/8.4.0', 'Go-http-client/1.1', 'okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const REASON_WORDS = ['upstream', 'unavailable', 'quota', 'exceeded', 'invalid', 'state', 'timeout', 'waiting', 'for', 'lock', 'remote', 'closed', 'stream', 'checksum', 'mismatch'];
const SUBJECTS = ['Your order has shipped', 'Reset your password', 'Welcome to the shop', 'Invoice available', 'Weekly digest'];
const BUCKETS = ['assets', 'backups', 'exports', 'uploads', 'reports'];
const GROUPS = ['orders-consumer', 'billing', 'search-indexer', 'audit'];
const STATUSES = ['Ready', 'NotReady', 'Unknown', 'SchedulingDisabled'];

const ms = (r: Rng) => String(r.int(1, 30000));
const port = (r: Rng) => String(r.int(1024, 65535));
const path = (r: Rng) => `/api/v${r.int(1, 3)}/${r.pick(RESOURCES)}/${r.int(1, 999999)}`;
const pod = (r: Rng) => `${r.pick(APPS)}-${r.hex(10)}-${r.alnum(5)}`;
const image = (r: Rng) => `registry.example.com/${r.pick(APPS)}:${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`;
const iso = (r: Rng) => `2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.int(100, 999)}Z`;
const clf = (r: Rng) => `[${pad(r.int(1, 28))}/${r.pick(MONTHS)}/2024:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000]`;
const email = (r: Rng) => `${r.pick(USERS)}.${r.int(1, 99)}@${r.pick(['example.com', 'mail.example.org', 'corp.example.net'])}`;
const node = (r: Rng) => `ip-10-0-${r.int(0, 255)}-${r.int(1, 254)}.ec2.internal`;
const dur = (r: Rng) => `${r.float(0.01, 30, 3)}s`;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function words(r: Rng, lo: number, hi: number): string {
  const n = r.int(lo, hi);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.pick(REASON_WORDS));
  return out.join(' ');
}

export const TEMPLATES: TemplateSpec[] = [
  // Web servers and HTTP services
  // An access log's request method names its event, as Loghub labels OpenStack's request lines
  // (issue 15): GET and POST lines are two templates, the path a variable.
  ...([['GET', 20], ['POST', 8], ['PUT', 5], ['DELETE', 4], ['PATCH', 3]] as const).map(([m, weight]): TemplateSpec => ({
    name: `access-log-${m.toLowerCase()}`,
    weight,
    gen: (r) => `${r.ip()} - - ${clf(r)} "${m} ${path(r)} HTTP/1.1" ${r.pick(['200', '201', '204', '301', '404', '500'])} ${r.int(0, 99999)} "-" "${r.pick(AGENTS)}"`,
  })),
  { name: 'request-completed', weight: 30, gen: (r) => `Request ${r.uuid()} ${r.pick(METHODS)} ${path(r)} completed with status ${r.pick(['200', '201', '400', '404', '503'])} in ${ms(r)}ms` },
  { name: 'get-took', weight: 12, gen: (r) => `GET ${path(r)} took ${ms(r)} ms` },
  { name: 'post-took', weight: 6, gen: (r) => `POST ${path(r)} took ${ms(r)} ms` },
  { name: 'nginx-upstream-timeout', weight: 3, gen: (r) => `upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${r.ip()}, server: ${r.pick(HOSTS)}, request: "${r.pick(METHODS)} ${path(r)} HTTP/1.1", upstream: "http://${r.ip()}:${port(r)}${path(r)}", host: "${r.pick(HOSTS)}"` },
  { name: 'rate-limit', weight: 4, gen: (r) => `Rate limit exceeded for client ${r.ip()} on ${path(r)}: ${r.int(100, 5000)} requests in ${r.int(1, 60)}s` },
  { name: 'listening', weight: 0.2, gen: (r) => `Server listening on http://0.0.0.0:${port(r)}` },
  // Databases
  { name: 'pg-select', weight: 15, gen: (r) => `duration: ${r.float(0.1, 5000, 3)} ms  statement: SELECT * FROM ${r.pick(TABLES)} WHERE id = ${r.int(1, 9999999)}` },
  { name: 'pg-update', weight: 8, gen: (r) => `duration: ${r.float(0.1, 5000, 3)} ms  statement: UPDATE ${r.pick(TABLES)} SET status = '${r.pick(['paid', 'shipped', 'cancelled'])}' WHERE id = ${r.int(1, 9999999)}` },
  { name: 'pg-serialize', weight: 2, gen: () => 'could not serialize access due to concurrent update' },
  { name: 'pg-deadlock', weight: 1, gen: (r) => `deadlock detected; Process ${r.int(100, 99999)} waits for ShareLock on transaction ${r.int(1e5, 9e6)}; blocked by process ${r.int(100, 99999)}.` },
  { name: 'pg-auth-failed', weight: 2, gen: (r) => `connection to server at "${r.pick(HOSTS)}" (${r.ip()}), port 5432 failed: FATAL:  password authentication failed for user "${r.pick(USERS)}"` },
  { name: 'pg-checkpoint', weight: 1, gen: (r) => `checkpoint complete: wrote ${r.int(1, 9999)} buffers (${r.float(0, 100, 1)}%); ${r.int(0, 9)} WAL file(s) added, ${r.int(0, 9)} removed, ${r.int(0, 9)} recycled; write=${r.float(0, 300, 3)} s, sync=${r.float(0, 5, 3)} s, total=${r.float(0, 300, 3)} s` },
  { name: 'slow-query', weight: 5, gen: (r) => `Slow query: ${ms(r)}ms SELECT ${r.pick(COLUMNS)}, ${r.pick(COLUMNS)} FROM ${r.pick(TABLES)} WHERE ${r.pick(COLUMNS)} = ? LIMIT ${r.int(1, 500)}` },
  { name: 'redis-connected', weight: 0.5, gen: (r) => `Connected to Redis at ${r.ip()}:6379` },
  { name: 'redis-moved', weight: 3, gen: (r) => `MOVED ${r.int(0, 16383)} ${r.ip()}:${port(r)}` },
  { name: 'mysql-table-missing', weight: 1, gen: (r) => `Table '${r.pick(['shop', 'billing'])}.${r.pick(TABLES)}' doesn't exist` },
  // Kubernetes
  { name: 'k8s-pulling', weight: 4, gen: (r) => `Pulling image "${image(r)}"` },
  { name: 'k8s-pulled', weight: 4, gen: (r) => `Successfully pulled image "${image(r)}" in ${dur(r)} (${dur(r)} including waiting)` },
  { name: 'k8s-backoff', weight: 6, gen: (r) => `Back-off restarting failed container ${r.pick(APPS)} in pod ${pod(r)}_${r.pick(NAMESPACES)}(${r.uuid()})` },
  { name: 'k8s-liveness', weight: 5, gen: (r) => `Liveness probe failed: Get "http://${r.ip()}:${port(r)}/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` },
  { name: 'k8s-readiness', weight: 5, gen: (r) => `Readiness probe failed: HTTP probe failed with statuscode: ${r.pick(['500', '502', '503'])}` },
  { name: 'k8s-started', weight: 5, gen: (r) => `Started container ${r.pick(APPS)}` },
  { name: 'k8s-created', weight: 5, gen: (r) => `Created container ${r.pick(APPS)}` },
  { name: 'k8s-scaled', weight: 2, gen: (r) => `Scaled up replica set ${r.pick(APPS)}-${r.hex(10)} to ${r.int(1, 20)}` },
  { name: 'k8s-node-status', weight: 2, gen: (r) => `Node ${node(r)} status is now: ${r.pick(STATUSES)}` },
  { name: 'k8s-failed-scheduling', weight: 1, gen: (r) => `0/${r.int(3, 50)} nodes are available: ${r.int(1, 50)} Insufficient cpu, ${r.int(1, 9)} node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate.` },
  { name: 'k8s-oom', weight: 1, gen: (r) => `OOMKilled: container ${r.pick(APPS)} in pod ${r.pick(NAMESPACES)}/${pod(r)} exceeded memory limit ${r.pick(['256', '512', '1024'])}Mi` },
  // Authentication
  { name: 'ssh-accepted-password', weight: 6, gen: (r) => `Accepted password for ${r.pick(USERS)} from ${r.ip()} port ${port(r)} ssh2` },
  { name: 'ssh-accepted-publickey', weight: 4, gen: (r) => `Accepted publickey for ${r.pick(USERS)} from ${r.ip()} port ${port(r)} ssh2: RSA SHA256:${r.alnum(43)}` },
  { name: 'ssh-failed-password', weight: 10, gen: (r) => `Failed password for ${r.pick(USERS)} from ${r.ip()} port ${port(r)} ssh2` },
  { name: 'ssh-failed-invalid', weight: 8, gen: (r) => `Failed password for invalid user ${r.pick(USERS)} from ${r.ip()} port ${port(r)} ssh2` },
  { name: 'pam-opened', weight: 5, gen: (r) => `pam_unix(sshd:session): session opened for user ${r.pick(USERS)} by (uid=0)` },
  { name: 'pam-closed', weight: 5, gen: (r) => `pam_unix(sshd:session): session closed for user ${r.pick(USERS)}` },
  { name: 'user-logged-in', weight: 6, gen: (r) => `User ${r.pick(USERS)} logged in from ${r.ip()} using ${r.pick(['password', 'sso', 'webauthn'])}` },
  { name: 'jwt-expired', weight: 3, gen: (r) => `Invalid JWT token for subject ${email(r)}: token expired at ${iso(r)}` },
  { name: 'mssql-login-failed', weight: 1, gen: (r) => `Login failed for user '${r.pick(USERS)}'. Reason: Password did not match that for the login provided. [CLIENT: ${r.ip()}]` },
  // JVM exceptions
  { name: 'java-npe', weight: 4, gen: (r) => `java.lang.NullPointerException: Cannot invoke "com.example.${r.pick(CLASSES)}.${r.pick(JMETHODS)}()" because "${r.pick(VARS)}" is null` },
  { name: 'java-socket-timeout', weight: 3, gen: (r) => `java.net.SocketTimeoutException: Read timed out after ${ms(r)} ms` },
  { name: 'java-connect', weight: 2, gen: (r) => `java.net.ConnectException: Connection refused to ${r.pick(['db', 'cache', 'queue'])}-${r.int(0, 9)}.internal:${port(r)}` },
  { name: 'java-relation', weight: 2, gen: (r) => `org.postgresql.util.PSQLException: ERROR: relation "${r.pick(TABLES)}" does not exist` },
  { name: 'java-oom', weight: 0.3, gen: () => 'java.lang.OutOfMemoryError: Java heap space' },
  { name: 'java-json', weight: 1, gen: (r) => `java.lang.IllegalStateException: Expected BEGIN_OBJECT but was STRING at line ${r.int(1, 500)} column ${r.int(1, 200)} path $.${r.pick(FIELDS)}` },
  { name: 'java-frame', weight: 10, gen: (r) => `at com.example.${r.pick(CLASSES).toLowerCase()}.${r.pick(CLASSES)}.${r.pick(JMETHODS)}(${r.pick(CLASSES)}.java:${r.int(10, 900)})` },
  { name: 'java-caused-by', weight: 1, gen: () => 'Caused by: java.io.IOException: Broken pipe' },
  { name: 'task-failed-free-text', weight: 2, gen: (r) => `Task ${r.uuid()} failed: ${words(r, 2, 5)}` },
  // Application
  { name: 'batch-processed', weight: 5, gen: (r) => `Processed batch ${r.int(1, 500)} of ${r.int(500, 999)} (${r.int(1, 10000)} records) in ${r.float(0, 60, 2)}s` },
  { name: 'cache-hit', weight: 12, gen: (r) => `Cache hit for key user:${r.int(1, 99999)}:profile` },
  { name: 'cache-miss', weight: 4, gen: (r) => `Cache miss for key user:${r.int(1, 99999)}:profile` },
  { name: 'session-opened', weight: 3, gen: (r) => `Session ${r.hex(16)} opened for user ${r.pick(USERS)}` },
  { name: 'session-closed', weight: 3, gen: (r) => `Session ${r.hex(16)} closed for user ${r.pick(USERS)}` },
  { name: 'kafka-rebalanced', weight: 1, gen: (r) => `Consumer group ${r.pick(GROUPS)} rebalanced: partitions [${r.int(0, 3)},${r.int(4, 7)},${r.int(8, 11)}] assigned` },
  { name: 'disk-usage', weight: 1, gen: (r) => `Disk usage on /var/lib/${r.pick(['docker', 'postgresql', 'kafka'])} is ${r.int(80, 99)}% (threshold ${r.int(70, 90)}%)` },
  { name: 'email-sent', weight: 3, gen: (r) => `Sent email to ${email(r)} with subject "${r.pick(SUBJECTS)}"` },
  { name: 'upload', weight: 2, gen: (r) => `Uploaded file /tmp/upload-${r.alnum(8)}/${r.pick(['report', 'export', 'avatar'])}.${r.pick(['csv', 'png', 'pdf'])} (${r.int(1, 1e8)} bytes) to bucket ${r.pick(BUCKETS)}` },
];

/** Deterministic stream of labelled lines; labels index TEMPLATES. */
export class Corpus {
  private readonly rng: Rng;
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(seed: number, readonly templates: readonly TemplateSpec[] = TEMPLATES) {
    this.rng = new Rng(seed);
    this.cumulative = new Float64Array(templates.length);
    let acc = 0;
    templates.forEach((t, i) => (this.cumulative[i] = acc += t.weight));
    this.total = acc;
  }

  /** Write `count` lines into lines[0..count) and their labels into labels[offset..offset+count). */
  fill(lines: string[], labels: Uint16Array, offset: number, count: number): void {
    for (let k = 0; k < count; k++) {
      const label = this.pickTemplate();
      lines[k] = this.templates[label].gen(this.rng);
      labels[offset + k] = label;
    }
  }

  private pickTemplate(): number {
    const x = this.rng.next() * this.total;
    // Linear scan: ~55 templates, and generation time is not what the bench measures.
    for (let i = 0; i < this.cumulative.length; i++) if (x < this.cumulative[i]) return i;
    return this.cumulative.length - 1;
  }
}

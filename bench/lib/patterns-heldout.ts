// Held-out evaluation corpus for the template miner: one labelled stream per system, built
// from public log formats (web servers, proxies, sshd, sudo/PAM, systemd, kernel, kubelet,
// PostgreSQL, MySQL, Redis, Kafka, ZooKeeper, Hadoop/Spark, Windows CBS/CSI, OpenStack,
// JSON and logfmt application logs, Android). It is NOT tuned on: it exists to tell whether a
// rule that helps the tuning corpus generalises. Each system is mined on its own with a fresh
// miner, as Loghub's 2k samples are.
//
// Labelling follows the Loghub convention: an event is its constant text; ids, numbers,
// hosts, addresses, paths, user/table/unit names and free-text values are variables, while
// different verbs or states in the message itself (`VM Started` / `VM Paused`, GET / POST of a
// request line) are different events. Some variables dominate (one proxy host in most lines),
// some span a varying number of tokens, because real logs do both.

import { Rng } from './patterns-rng.ts';

export interface HeldoutTemplate {
  weight: number;
  gen: (r: Rng) => string;
}

export interface HeldoutSystem {
  name: string;
  templates: HeldoutTemplate[];
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PEOPLE = ['amelia', 'boris', 'chen', 'dmitri', 'elena', 'fatima', 'george', 'hiro', 'ines', 'jonas', 'kofi', 'lena', 'marco', 'nadia', 'omar', 'priya', 'quinn', 'rosa', 'sven', 'tariq'];
const SYSUSERS = ['root', 'admin', 'ubuntu', 'pi', 'oracle', 'postgres', 'git', 'test', 'user', 'ftp', 'www-data', 'mysql', 'hadoop', 'support'];
const SITES = ['www.wikipedia.org', 'api.github.com', 'mail.google.com', 'static.xx.fbcdn.net', 'update.microsoft.com', 'cdn.jsdelivr.net', 'news.ycombinator.com', 'login.live.com', 'clients4.google.com', 'play.googleapis.com', 'ssl.gstatic.com', 'outlook.office365.com'];
const PROGRAMS = ['firefox.exe', 'chrome.exe', 'Teams.exe', 'svchost.exe', 'OneDrive.exe', 'slack.exe'];
const UNITS = ['Network Manager Script Dispatcher Service', 'Daily apt download activities', 'Cleanup of Temporary Directories', 'Hostname Service', 'Message of the Day', 'Rotate log files', 'User Manager for UID 1000', 'Docker Application Container Engine', 'OpenBSD Secure Shell server', 'Snap Daemon'];
const SERVICES = ['nginx', 'docker', 'sshd', 'cron', 'postgresql', 'redis-server', 'kubelet', 'containerd', 'rsyslog', 'snapd'];
const DBS = ['shop', 'billing', 'analytics', 'auth', 'inventory'];
const RELS = ['orders', 'customers', 'line_items', 'shipments', 'coupons', 'refunds', 'stock_levels', 'events'];
const TOPICS = ['orders', 'payments', 'clicks', 'audit-events', 'user-signups', 'inventory-updates'];
const GROUPS = ['fraud-detector', 'warehouse-sync', 'mailer', 'search-indexer'];
const NS = ['default', 'payments', 'web', 'observability', 'kube-system', 'batch'];
const APPS = ['ledger', 'gateway', 'notifier', 'pricing', 'thumbnailer', 'geo', 'wishlist', 'reports'];
const KB = ['KB3172605', 'KB2919355', 'KB3125574', 'KB4012212', 'KB2894852', 'KB3020369', 'KB976932'];
const FLAVORS = ['m1.small', 'm1.medium', 'm1.large', 'c4.xlarge'];
const ANDROID_PKGS = ['com.whatsapp', 'com.spotify.music', 'org.mozilla.firefox', 'com.google.android.gm', 'com.example.fitness', 'com.android.chrome'];
const REASONS = ['connection reset by peer', 'i/o timeout', 'no route to host', 'broken pipe', 'TLS handshake timeout', 'context canceled'];
const JAVA_EX = ['java.io.IOException: Connection reset by peer', 'java.net.SocketTimeoutException: timeout', 'java.lang.OutOfMemoryError: GC overhead limit exceeded'];

const d2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const port = (r: Rng) => String(r.int(1025, 65000));
/** Most lines go to the first value, as one upstream or proxy dominates a real log. */
const skewed = <T>(r: Rng, xs: readonly T[]): T => (r.next() < 0.7 ? xs[0] : r.pick(xs));
const site = (r: Rng) => skewed(r, SITES);
const hostPort = (r: Rng) => (r.next() < 0.2 ? `${r.ip()}:${r.pick(['80', '443', '8080'])}` : `${site(r)}:${r.pick(['443', '443', '80'])}`);
const uuid = (r: Rng) => r.uuid();
const tenant = (r: Rng) => r.hex(32);
const node = (r: Rng) => `worker-${r.int(1, 40)}.dc${r.int(1, 3)}.example.net`;
const sizeKb = (r: Rng) => `${r.float(1, 999, 1)} KB`;
const words = (r: Rng, xs: readonly string[], lo: number, hi: number) => Array.from({ length: r.int(lo, hi) }, () => r.pick(xs)).join(' ');
const FREE = ['disk', 'quota', 'reached', 'for', 'volume', 'backup', 'nightly', 'job', 'skipped', 'because', 'previous', 'run', 'still', 'active', 'on', 'primary'];
const clf = (r: Rng) => `[${d2(r.int(1, 28))}/${r.pick(MON)}/2023:${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} +0100]`;
const bytesMaybeHuman = (r: Rng) => {
  const n = r.int(0, 900_000);
  return n >= 1024 ? `${n} bytes (${(n / 1024).toFixed(n < 10240 ? 2 : 1)} KB)` : `${n} bytes`;
};

export const HELDOUT_SYSTEMS: HeldoutSystem[] = [
  {
    name: 'nginx',
    templates: [
      { weight: 30, gen: (r) => `${r.ip()} - - ${clf(r)} "GET /${r.pick(['static', 'img', 'blog', 'docs'])}/${r.alnum(6)}.${r.pick(['css', 'js', 'png', 'html'])} HTTP/1.1" ${r.pick(['200', '304', '404'])} ${r.int(0, 90000)} "-" "${r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'curl/7.88.1', 'Wget/1.21'])}"` },
      { weight: 10, gen: (r) => `${r.ip()} - - ${clf(r)} "POST /api/${r.pick(['login', 'cart', 'checkout', 'comments'])} HTTP/1.1" ${r.pick(['200', '201', '400', '500'])} ${r.int(0, 5000)} "-" "${r.pick(['okhttp/4.9.0', 'python-requests/2.31.0'])}"` },
      { weight: 4, gen: (r) => `${r.ip()} - - ${clf(r)} "HEAD / HTTP/1.0" 200 0 "-" "-"` },
      { weight: 5, gen: (r) => `*${r.int(1, 99999)} connect() failed (111: Connection refused) while connecting to upstream, client: ${r.ip()}, server: ${site(r)}, request: "GET /api/${r.alnum(5)} HTTP/1.1", upstream: "http://127.0.0.1:${port(r)}/api/${r.alnum(5)}", host: "${site(r)}"` },
      { weight: 3, gen: (r) => `*${r.int(1, 99999)} open() "/usr/share/nginx/html/${r.alnum(7)}.php" failed (2: No such file or directory), client: ${r.ip()}, server: ${site(r)}, request: "GET /${r.alnum(7)}.php HTTP/1.1", host: "${r.ip()}"` },
      { weight: 2, gen: (r) => `*${r.int(1, 99999)} client intended to send too large body: ${r.int(1e6, 9e7)} bytes, client: ${r.ip()}, server: ${site(r)}, request: "POST /upload HTTP/1.1", host: "${site(r)}"` },
      { weight: 1, gen: (r) => `signal process started` },
      { weight: 1, gen: (r) => `using inherited sockets from "${r.int(5, 9)};"` },
    ],
  },
  {
    name: 'apache-error',
    templates: [
      { weight: 10, gen: (r) => `[client ${r.ip()}] File does not exist: /var/www/html/${r.pick(['favicon.ico', 'robots.txt', 'wp-login.php', 'admin', 'phpmyadmin'])}` },
      { weight: 8, gen: (r) => `jk2_init() Found child ${r.int(1000, 32000)} in scoreboard slot ${r.int(1, 12)}` },
      { weight: 8, gen: (r) => `workerEnv.init() ok /etc/httpd/conf/workers2.properties` },
      { weight: 5, gen: (r) => `mod_jk child workerEnv in error state ${r.int(6, 9)}` },
      { weight: 3, gen: (r) => `[client ${r.ip()}] Directory index forbidden by rule: /var/www/html/${r.alnum(5)}/` },
      { weight: 2, gen: (r) => `[client ${r.ip()}] script not found or unable to stat: /var/www/cgi-bin/${r.alnum(6)}` },
      { weight: 1, gen: (r) => `child pid ${r.int(1000, 32000)} exit signal Segmentation fault (11)` },
      { weight: 1, gen: () => `caught SIGTERM, shutting down` },
      { weight: 1, gen: (r) => `Apache/2.4.${r.int(10, 58)} (Unix) configured -- resuming normal operations` },
    ],
  },
  {
    name: 'sshd',
    templates: [
      { weight: 12, gen: (r) => `Failed password for ${r.pick(SYSUSERS)} from ${r.ip()} port ${port(r)} ssh2` },
      { weight: 12, gen: (r) => `Failed password for invalid user ${r.pick([...PEOPLE, ...SYSUSERS])} from ${r.ip()} port ${port(r)} ssh2` },
      { weight: 10, gen: (r) => `Invalid user ${r.pick([...PEOPLE, ...SYSUSERS])} from ${r.ip()} port ${port(r)}` },
      { weight: 6, gen: (r) => `Accepted publickey for ${r.pick(PEOPLE)} from ${r.ip()} port ${port(r)} ssh2: ED25519 SHA256:${r.alnum(43)}` },
      { weight: 3, gen: (r) => `Accepted password for ${r.pick(PEOPLE)} from ${r.ip()} port ${port(r)} ssh2` },
      { weight: 8, gen: (r) => `Received disconnect from ${r.ip()} port ${port(r)}:11: Bye Bye [preauth]` },
      { weight: 6, gen: (r) => `Disconnected from invalid user ${r.pick(SYSUSERS)} ${r.ip()} port ${port(r)} [preauth]` },
      { weight: 6, gen: (r) => `Connection closed by authenticating user ${r.pick(SYSUSERS)} ${r.ip()} port ${port(r)} [preauth]` },
      { weight: 6, gen: (r) => `pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${r.ip()}  user=${r.pick(SYSUSERS)}` },
      { weight: 4, gen: (r) => `pam_unix(sshd:auth): check pass; user unknown` },
      { weight: 4, gen: (r) => `reverse mapping checking getaddrinfo for ${r.alnum(8)}.static.example-isp.net [${r.ip()}] failed - POSSIBLE BREAK-IN ATTEMPT!` },
      { weight: 3, gen: (r) => `error: maximum authentication attempts exceeded for ${r.pick(SYSUSERS)} from ${r.ip()} port ${port(r)} ssh2 [preauth]` },
      { weight: 3, gen: (r) => `Disconnecting authenticating user ${r.pick(SYSUSERS)} ${r.ip()} port ${port(r)}: Too many authentication failures [preauth]` },
      { weight: 3, gen: (r) => `PAM ${r.int(2, 5)} more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=${r.ip()}  user=${r.pick(SYSUSERS)}` },
      { weight: 2, gen: (r) => `Did not receive identification string from ${r.ip()} port ${port(r)}` },
      { weight: 2, gen: (r) => `Server listening on ${r.pick(['0.0.0.0', '::'])} port 22.` },
    ],
  },
  {
    name: 'sudo-systemd',
    templates: [
      { weight: 8, gen: (r) => `pam_unix(sudo:session): session opened for user root(uid=0) by ${r.pick(PEOPLE)}(uid=${r.int(1000, 1020)})` },
      { weight: 8, gen: () => `pam_unix(sudo:session): session closed for user root` },
      { weight: 6, gen: (r) => `${r.pick(PEOPLE)} : TTY=pts/${r.int(0, 9)} ; PWD=/home/${r.pick(PEOPLE)} ; USER=root ; COMMAND=/usr/bin/${r.pick(['apt', 'systemctl', 'journalctl', 'docker', 'vim'])} ${r.pick(['update', 'status nginx', '-u kubelet', 'ps -a', '/etc/hosts'])}` },
      { weight: 2, gen: (r) => `${r.pick(PEOPLE)} : user NOT in sudoers ; TTY=pts/${r.int(0, 9)} ; PWD=/tmp ; USER=root ; COMMAND=/bin/bash` },
      { weight: 8, gen: (r) => `Started ${r.pick(UNITS)}.` },
      { weight: 6, gen: (r) => `Starting ${r.pick(UNITS)}...` },
      { weight: 4, gen: (r) => `${r.pick(SERVICES)}.service: Deactivated successfully.` },
      { weight: 3, gen: (r) => `${r.pick(SERVICES)}.service: Main process exited, code=exited, status=${r.int(1, 3)}/FAILURE` },
      { weight: 3, gen: (r) => `${r.pick(SERVICES)}.service: Failed with result 'exit-code'.` },
      { weight: 3, gen: (r) => `${r.pick(SERVICES)}.service: Scheduled restart job, restart counter is at ${r.int(1, 40)}.` },
      { weight: 4, gen: (r) => `Started Session ${r.int(1, 9000)} of User ${r.pick(PEOPLE)}.` },
      { weight: 3, gen: (r) => `New session ${r.int(1, 9000)} of user ${r.pick(PEOPLE)}.` },
      { weight: 3, gen: (r) => `Removed session ${r.int(1, 9000)}.` },
      { weight: 2, gen: (r) => `Created slice User Slice of UID ${r.int(1000, 1020)}.` },
    ],
  },
  {
    name: 'kernel',
    templates: [
      { weight: 10, gen: (r) => `[UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:fe:ff:ff:ff:ff:ff:08:00 SRC=${r.ip()} DST=10.0.0.4 LEN=${r.int(40, 60)} TOS=0x00 PREC=0x00 TTL=${r.int(40, 250)} ID=${r.int(1, 65535)} PROTO=TCP SPT=${port(r)} DPT=${r.pick(['22', '23', '3389', '445'])} WINDOW=${r.int(1000, 65535)} RES=0x00 SYN URGP=0` },
      { weight: 4, gen: (r) => `Out of memory: Killed process ${r.int(100, 99999)} (${r.pick(['java', 'node', 'python3', 'postgres'])}) total-vm:${r.int(1e5, 9e6)}kB, anon-rss:${r.int(1e5, 9e6)}kB, file-rss:0kB, shmem-rss:0kB, UID:${r.int(0, 1000)} pgtables:${r.int(100, 9000)}kB oom_score_adj:0` },
      { weight: 3, gen: (r) => `${r.pick(['eth0', 'eth1', 'ens3', 'enp0s31f6'])}: Link is Up - ${r.pick(['1Gbps', '10Gbps', '100Mbps'])}/Full - flow control rx/tx` },
      { weight: 3, gen: (r) => `${r.pick(['eth0', 'eth1', 'ens3', 'enp0s31f6'])}: Link is Down` },
      { weight: 3, gen: (r) => `EXT4-fs (${r.pick(['sda1', 'nvme0n1p2', 'vdb'])}): mounted filesystem with ordered data mode. Opts: (null)` },
      { weight: 3, gen: (r) => `usb ${r.int(1, 3)}-${r.int(1, 4)}: new high-speed USB device number ${r.int(2, 30)} using xhci_hcd` },
      { weight: 2, gen: (r) => `TCP: request_sock_TCP: Possible SYN flooding on port ${r.pick(['80', '443', '8080'])}. Sending cookies.  Check SNMP counters.` },
      { weight: 3, gen: () => `nf_conntrack: nf_conntrack: table full, dropping packet` },
      { weight: 4, gen: (r) => `audit: type=1400 audit(${r.int(1.6e9, 1.7e9)}.${r.int(100, 999)}:${r.int(10, 999)}): apparmor="DENIED" operation="open" profile="/usr/sbin/${r.pick(['cupsd', 'named', 'mysqld'])}" name="/${r.pick(['etc', 'proc', 'var/lib'])}/${r.alnum(6)}" pid=${r.int(100, 9999)} comm="${r.pick(['cupsd', 'named', 'mysqld'])}" requested_mask="r" denied_mask="r" fsuid=0 ouid=0` },
      { weight: 2, gen: (r) => `${r.pick(['sd', 'ata'])} ${r.int(0, 4)}:0:0:0: [sd${r.pick(['a', 'b', 'c'])}] tag#${r.int(0, 31)} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_SENSE` },
      { weight: 2, gen: (r) => `perf: interrupt took too long (${r.int(2500, 9000)} > ${r.int(2500, 9000)}), lowering kernel.perf_event_max_sample_rate to ${r.int(10000, 90000)}` },
    ],
  },
  {
    name: 'kubelet',
    templates: [
      { weight: 8, gen: (r) => `"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"${r.pick(APPS)}\\" with CrashLoopBackOff: \\"back-off ${r.pick(['10s', '20s', '40s', '1m20s', '5m0s'])} restarting failed container=${r.pick(APPS)} pod=${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)}_${r.pick(NS)}(${uuid(r)})\\"" pod="${r.pick(NS)}/${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)}" podUID=${uuid(r)}` },
      { weight: 6, gen: (r) => `"Probe failed" probeType="Readiness" pod="${r.pick(NS)}/${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)}" podUID=${uuid(r)} containerName="${r.pick(APPS)}" probeResult=failure output="Get \\"http://10.244.${r.int(0, 9)}.${r.int(2, 250)}:${r.pick(['8080', '9090'])}/ready\\": dial tcp 10.244.${r.int(0, 9)}.${r.int(2, 250)}:${r.pick(['8080', '9090'])}: connect: connection refused"` },
      { weight: 6, gen: (r) => `"Probe failed" probeType="Liveness" pod="${r.pick(NS)}/${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)}" podUID=${uuid(r)} containerName="${r.pick(APPS)}" probeResult=failure output="HTTP probe failed with statuscode: ${r.pick(['500', '503'])}"` },
      { weight: 5, gen: (r) => `MountVolume.SetUp succeeded for volume "pvc-${uuid(r)}" (UniqueName: "kubernetes.io/csi/ebs.csi.aws.com^vol-${r.hex(17)}") pod "${r.pick(APPS)}-${r.int(0, 3)}" (UID: "${uuid(r)}")` },
      { weight: 4, gen: (r) => `Successfully assigned ${r.pick(NS)}/${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)} to ${node(r)}` },
      { weight: 4, gen: (r) => `Container image "${r.pick(['ghcr.io', 'docker.io', 'quay.io'])}/acme/${r.pick(APPS)}:v${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}" already present on machine` },
      { weight: 3, gen: (r) => `Killing container with id containerd://${r.hex(64)}:Need to kill Pod` },
      { weight: 3, gen: (r) => `"SyncLoop (PLEG): event for pod" pod="${r.pick(NS)}/${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)}" event=&{ID:${uuid(r)} Type:ContainerStarted Data:${r.hex(64)}}` },
      { weight: 2, gen: (r) => `"SyncLoop (PLEG): event for pod" pod="${r.pick(NS)}/${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)}" event=&{ID:${uuid(r)} Type:ContainerDied Data:${r.hex(64)}}` },
      { weight: 2, gen: (r) => `Evicted pod ${r.pick(NS)}/${r.pick(APPS)}-${r.hex(9)}-${r.alnum(5)}: The node was low on resource: memory. Container ${r.pick(APPS)} was using ${r.int(100, 999)}${r.pick(['Mi', 'Ki'])}, which exceeds its request of 0.` },
    ],
  },
  {
    name: 'postgresql',
    templates: [
      { weight: 10, gen: (r) => `connection received: host=${r.ip()} port=${port(r)}` },
      { weight: 10, gen: (r) => `connection authorized: user=${r.pick(['app', 'reporting', 'migrator'])} database=${r.pick(DBS)} application_name=${r.pick(['psql', 'pgbouncer', 'rails'])}` },
      { weight: 8, gen: (r) => `disconnection: session time: ${r.int(0, 9)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}.${r.int(100, 999)} user=${r.pick(['app', 'reporting'])} database=${r.pick(DBS)} host=${r.ip()} port=${port(r)}` },
      { weight: 4, gen: (r) => `duplicate key value violates unique constraint "${r.pick(RELS)}_pkey"` },
      { weight: 3, gen: (r) => `relation "${r.pick(RELS)}_${r.pick(['old', 'tmp', 'v2'])}" does not exist at character ${r.int(10, 300)}` },
      { weight: 3, gen: () => `canceling statement due to statement timeout` },
      { weight: 3, gen: (r) => `automatic vacuum of table "${r.pick(DBS)}.public.${r.pick(RELS)}": index scans: ${r.int(0, 3)}` },
      { weight: 3, gen: (r) => `automatic analyze of table "${r.pick(DBS)}.public.${r.pick(RELS)}" system usage: CPU: user: ${r.float(0, 2, 2)} s, system: ${r.float(0, 1, 2)} s, elapsed: ${r.float(0, 9, 2)} s` },
      { weight: 2, gen: (r) => `checkpoint starting: ${r.pick(['time', 'wal', 'immediate force wait'])}` },
      { weight: 2, gen: (r) => `could not receive data from client: Connection reset by peer` },
      { weight: 2, gen: (r) => `password authentication failed for user "${r.pick([...PEOPLE, 'app'])}"` },
      { weight: 1, gen: () => `terminating connection due to administrator command` },
      { weight: 2, gen: (r) => `process ${r.int(100, 60000)} still waiting for ShareLock on transaction ${r.int(1e5, 9e6)} after ${r.float(1000, 9000, 3)} ms` },
    ],
  },
  {
    name: 'mysql',
    templates: [
      { weight: 8, gen: (r) => `Aborted connection ${r.int(10, 999999)} to db: '${r.pick(DBS)}' user: '${r.pick(['app', 'etl', 'grafana'])}' host: '${r.ip()}' (Got an error reading communication packets)` },
      { weight: 6, gen: (r) => `Access denied for user '${r.pick([...SYSUSERS, 'app'])}'@'${r.ip()}' (using password: ${r.pick(['YES', 'NO'])})` },
      { weight: 4, gen: (r) => `Got timeout reading communication packets` },
      { weight: 3, gen: (r) => `InnoDB: Buffer pool(s) load completed at ${r.int(230101, 231231)} ${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}` },
      { weight: 3, gen: (r) => `Start binlog_dump to master_thread_id(${r.int(1, 99999)}) slave_server(${r.int(2, 9)}), pos(mysql-bin.${String(r.int(1, 999)).padStart(6, '0')}, ${r.int(4, 9e6)})` },
      { weight: 3, gen: (r) => `Slave I/O thread for channel '': connected to master 'repl@${r.ip()}:3306',replication started in log 'mysql-bin.${String(r.int(1, 999)).padStart(6, '0')}' at position ${r.int(4, 9e6)}` },
      { weight: 2, gen: (r) => `Host '${r.ip()}' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'` },
      { weight: 2, gen: (r) => `Deadlock found when trying to get lock; try restarting transaction` },
      { weight: 2, gen: (r) => `Table '${r.pick(DBS)}.${r.pick(RELS)}' is marked as crashed and should be repaired` },
    ],
  },
  {
    name: 'redis',
    templates: [
      { weight: 8, gen: (r) => `${r.int(1, 1000)} changes in ${r.pick(['60', '300', '900'])} seconds. Saving...` },
      { weight: 8, gen: (r) => `Background saving started by pid ${r.int(100, 99999)}` },
      { weight: 8, gen: () => `DB saved on disk` },
      { weight: 6, gen: (r) => `Background saving terminated with success` },
      { weight: 4, gen: (r) => `Fork CoW for RDB: current ${r.int(0, 9)} MB, peak ${r.int(0, 9)} MB, average ${r.int(0, 9)} MB` },
      { weight: 3, gen: (r) => `Connection with replica ${r.ip()}:6379 lost.` },
      { weight: 3, gen: (r) => `Replica ${r.ip()}:6379 asks for synchronization` },
      { weight: 2, gen: (r) => `Partial resynchronization not accepted: Replication ID mismatch (Replica asked for '${r.hex(40)}', my replication IDs are '${r.hex(40)}' and '${'0'.repeat(40)}')` },
      { weight: 2, gen: (r) => `Client id=${r.int(1, 99999)} addr=${r.ip()}:${port(r)} laddr=10.0.0.2:6379 fd=${r.int(5, 99)} name= age=${r.int(0, 999)} idle=${r.int(0, 99)} flags=N db=0 sub=0 psub=0 cmd=${r.pick(['get', 'hgetall', 'lrange'])} closed for overcoming of output buffer limits.` },
      { weight: 1, gen: () => `WARNING overcommit_memory is set to 0! Background save may fail under low memory condition.` },
    ],
  },
  {
    name: 'kafka',
    templates: [
      { weight: 6, gen: (r) => `[GroupCoordinator ${r.int(0, 5)}]: Preparing to rebalance group ${r.pick(GROUPS)} in state PreparingRebalance with old generation ${r.int(1, 900)} (__consumer_offsets-${r.int(0, 49)}) (reason: Adding new member consumer-${r.pick(GROUPS)}-${r.int(1, 9)}-${uuid(r)} with group instance id None)` },
      { weight: 6, gen: (r) => `[GroupCoordinator ${r.int(0, 5)}]: Stabilized group ${r.pick(GROUPS)} generation ${r.int(1, 900)} (__consumer_offsets-${r.int(0, 49)}) with ${r.int(1, 12)} members` },
      { weight: 6, gen: (r) => `[Log partition=${r.pick(TOPICS)}-${r.int(0, 11)}, dir=/var/lib/kafka/data] Rolled new log segment at offset ${r.int(1e3, 9e8)} in ${r.int(0, 30)} ms.` },
      { weight: 5, gen: (r) => `[Log partition=${r.pick(TOPICS)}-${r.int(0, 11)}, dir=/var/lib/kafka/data] Deleting segment ${r.int(1e3, 9e8)}` },
      { weight: 4, gen: (r) => `[ProducerStateManager partition=${r.pick(TOPICS)}-${r.int(0, 11)}] Wrote producer snapshot at offset ${r.int(1e3, 9e8)} with ${r.int(0, 20)} producer ids in ${r.int(0, 30)} ms.` },
      { weight: 3, gen: (r) => `[ReplicaFetcher replicaId=${r.int(0, 5)}, leaderId=${r.int(0, 5)}, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId=${r.int(0, 5)}, maxWait=500, minBytes=1, maxBytes=10485760, fetchData={${r.pick(TOPICS)}-${r.int(0, 11)}=(offset=${r.int(0, 9e6)}, logStartOffset=0, maxBytes=1048576)}, isolationLevel=READ_UNCOMMITTED)` },
      { weight: 3, gen: (r) => `[Controller id=${r.int(0, 5)}] Processing automatic preferred replica leader election` },
      { weight: 2, gen: (r) => `[KafkaServer id=${r.int(0, 5)}] started` },
      { weight: 2, gen: (r) => `[SocketServer listenerType=ZK_BROKER, nodeId=${r.int(0, 5)}] Failed authentication with /${r.ip()} (SSL handshake failed)` },
    ],
  },
  {
    name: 'zookeeper',
    templates: [
      { weight: 8, gen: (r) => `Accepted socket connection from /${r.ip()}:${port(r)}` },
      { weight: 8, gen: (r) => `Client attempting to establish new session at /${r.ip()}:${port(r)}` },
      { weight: 7, gen: (r) => `Established session 0x${r.hex(15)} with negotiated timeout ${r.pick(['10000', '30000', '40000'])} for client /${r.ip()}:${port(r)}` },
      { weight: 7, gen: (r) => `Closed socket connection for client /${r.ip()}:${port(r)} which had sessionid 0x${r.hex(15)}` },
      { weight: 4, gen: (r) => `Expiring session 0x${r.hex(15)}, timeout of ${r.pick(['10000', '30000'])}ms exceeded` },
      { weight: 4, gen: (r) => `Processed session termination for sessionid: 0x${r.hex(15)}` },
      { weight: 3, gen: (r) => `caught end of stream exception` },
      { weight: 2, gen: (r) => `Connection broken for id ${r.int(1, 5)}, my id = ${r.int(1, 5)}, error = ` },
      { weight: 2, gen: (r) => `Notification time out: ${r.pick(['400', '800', '1600', '3200', '60000'])}` },
      { weight: 2, gen: (r) => `Cannot open channel to ${r.int(1, 5)} at election address /${r.ip()}:3888` },
    ],
  },
  {
    name: 'hadoop-spark',
    templates: [
      { weight: 10, gen: (r) => `Starting task ${r.int(0, 300)}.0 in stage ${r.int(0, 90)}.0 (TID ${r.int(0, 9999)}, ${node(r)}, executor ${r.int(1, 40)}, partition ${r.int(0, 300)}, ${r.pick(['PROCESS_LOCAL', 'NODE_LOCAL', 'RACK_LOCAL'])}, ${r.int(1000, 9000)} bytes)` },
      { weight: 10, gen: (r) => `Finished task ${r.int(0, 300)}.0 in stage ${r.int(0, 90)}.0 (TID ${r.int(0, 9999)}) in ${r.int(5, 90000)} ms on ${node(r)} (executor ${r.int(1, 40)}) (${r.int(1, 300)}/${r.int(300, 600)})` },
      { weight: 5, gen: (r) => `Block broadcast_${r.int(0, 999)} stored as values in memory (estimated size ${sizeKb(r)}, free ${r.float(100, 9000, 1)} MB)` },
      { weight: 5, gen: (r) => `Block broadcast_${r.int(0, 999)}_piece0 stored as bytes in memory (estimated size ${sizeKb(r)}, free ${r.float(100, 9000, 1)} MB)` },
      { weight: 3, gen: (r) => `Lost task ${r.int(0, 300)}.0 in stage ${r.int(0, 90)}.0 (TID ${r.int(0, 9999)}, ${node(r)}, executor ${r.int(1, 40)}): ${r.pick(JAVA_EX)}` },
      { weight: 4, gen: (r) => `Assigned container container_${r.int(1.4e12, 1.5e12)}_${String(r.int(1, 99)).padStart(4, '0')}_01_${String(r.int(1, 99)).padStart(6, '0')} to attempt_${r.int(1.4e12, 1.5e12)}_${String(r.int(1, 99)).padStart(4, '0')}_${r.pick(['m', 'r'])}_${String(r.int(0, 99)).padStart(6, '0')}_0` },
      { weight: 4, gen: (r) => `Progress of TaskAttempt attempt_${r.int(1.4e12, 1.5e12)}_${String(r.int(1, 99)).padStart(4, '0')}_m_${String(r.int(0, 99)).padStart(6, '0')}_0 is : ${r.float(0, 1, 7)}` },
      { weight: 3, gen: (r) => `Retrying connect to server: ${node(r)}/${r.ip()}:8030. Already tried ${r.int(0, 9)} time(s); retry policy is RetryUpToMaximumCountWithFixedSleep(maxRetries=10, sleepTime=1000 MILLISECONDS)` },
      { weight: 2, gen: (r) => `Registering RDD ${r.int(0, 400)} (${r.pick(['map', 'flatMap', 'reduceByKey', 'join'])} at ${r.pick(['Etl', 'Main', 'Sessions'])}.scala:${r.int(10, 300)})` },
      { weight: 2, gen: (r) => `Got job ${r.int(0, 200)} (${r.pick(['collect', 'count', 'saveAsTextFile'])} at ${r.pick(['Etl', 'Main', 'Sessions'])}.scala:${r.int(10, 300)}) with ${r.int(1, 400)} output partitions` },
    ],
  },
  {
    name: 'windows-cbs',
    templates: [
      { weight: 10, gen: (r) => `Read out cached package applicability for package: Package_for_${r.pick(KB)}~31bf3856ad364e35~amd64~~6.1.${r.int(1, 9)}.${r.int(0, 9)}, ApplicableState: ${r.pick(['0', '80', '112'])}, CurrentState:${r.pick(['0', '80', '112'])}` },
      { weight: 6, gen: (r) => `Session: ${r.int(3e7, 4e7)}_${r.int(1e9, 4e9)} initialized by client ${r.pick(['WindowsUpdateAgent', 'DISM Package Manager Provider', 'TrustedInstaller'])}.` },
      { weight: 6, gen: (r) => `Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]` },
      { weight: 6, gen: (r) => `Expecting attribute name [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]` },
      { weight: 6, gen: () => `Warning: Unrecognized packageExtended attribute.` },
      { weight: 3, gen: (r) => `Loaded Servicing Stack v6.1.7601.${r.int(17000, 24000)} with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.${r.int(17000, 24000)}_none_${r.hex(16)}\\cbscore.dll` },
      { weight: 3, gen: (r) => `SQM: Queued ${r.int(0, 3)} file(s) for upload with pattern: C:\\Windows\\servicing\\sqm\\*_${r.pick(['std', 'all'])}.sqm, flags: 0x${r.int(2, 6)}` },
      { weight: 3, gen: (r) => `SQM: Failed to start upload with file pattern: C:\\Windows\\servicing\\sqm\\*_std.sqm, flags: 0x${r.hex(8)} [HRESULT = 0x80004005 - E_FAIL]` },
      { weight: 2, gen: () => `Starting TrustedInstaller initialization.` },
      { weight: 2, gen: () => `Ending TrustedInstaller initialization.` },
      { weight: 2, gen: () => `TrustedInstaller service starts successfully.` },
      { weight: 4, gen: (r) => `${r.hex(8)}@2016/${r.int(1, 12)}/${r.int(1, 28)}:${r.int(0, 23)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}.${r.int(100, 999)} WcpInitialize (wcp.dll version 0.0.0.6) called (stack ${Array.from({ length: r.int(3, 7) }, () => `@0x${r.hex(11)}`).join(' ')})` },
      { weight: 4, gen: (r) => `${r.hex(8)} CSI Transaction @0x${r.hex(8)} destroyed` },
      { weight: 3, gen: (r) => `${r.hex(8)} Creating NT transaction (seq ${r.int(1, 9)}), objectname [6]"(null)"` },
      { weight: 2, gen: (r) => `Session: ${r.int(3e7, 4e7)}_${r.int(1e9, 4e9)} finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]` },
    ],
  },
  {
    name: 'proxy',
    templates: [
      { weight: 20, gen: (r) => `${hostPort(r)} open through proxy ${skewed(r, ['gw.corp.example:3128', 'gw2.corp.example:3128', '10.0.0.2:1080'])} HTTPS` },
      { weight: 6, gen: (r) => `${hostPort(r)} open through proxy ${skewed(r, ['socks.corp.example:1080', '10.0.0.3:1080'])} SOCKS5` },
      { weight: 25, gen: (r) => `${hostPort(r)} close, ${bytesMaybeHuman(r)} sent, ${bytesMaybeHuman(r)} received, lifetime ${r.next() < 0.5 ? '<1 sec' : `${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`}` },
      { weight: 4, gen: (r) => `${hostPort(r)} error : Could not connect to proxy ${skewed(r, ['gw.corp.example:3128', '10.0.0.2:1080'])} - connection attempt failed with error ${r.pick(['10060', '10061'])}` },
      { weight: 3, gen: (r) => `${hostPort(r)} error : Could not connect through proxy ${skewed(r, ['gw.corp.example:3128', '10.0.0.2:1080'])} - Proxy closed the connection unexpectedly.` },
      { weight: 3, gen: (r) => `${hostPort(r)} error : A connection request was canceled before the completion.` },
      { weight: 2, gen: (r) => `${r.pick(PROGRAMS)} - ${hostPort(r)} matching ${r.pick(['Default', 'Localhost', 'Corp'])} rule : using proxy ${skewed(r, ['gw.corp.example:3128', '10.0.0.2:1080'])}` },
      { weight: 8, gen: (r) => `${(1.7e9 + r.int(0, 1e6)).toFixed(0)}.${r.int(100, 999)} ${r.int(1, 9000)} ${r.ip()} TCP_MISS/${r.pick(['200', '302', '404'])} ${r.int(100, 99999)} GET http://${site(r)}/${r.alnum(6)} - HIER_DIRECT/${r.ip()} text/html` },
      { weight: 5, gen: (r) => `${(1.7e9 + r.int(0, 1e6)).toFixed(0)}.${r.int(100, 999)} ${r.int(1, 9000)} ${r.ip()} TCP_TUNNEL/200 ${r.int(100, 99999)} CONNECT ${site(r)}:443 - HIER_DIRECT/${r.ip()} -` },
    ],
  },
  {
    name: 'openstack',
    templates: [
      // Request lines: the method is a constant and the path a variable (Loghub's labelling).
      { weight: 19, gen: (r) => `${r.ip()} "GET /v2/${tenant(r)}/servers/${r.next() < 0.7 ? 'detail' : uuid(r)} HTTP/1.1" status: ${r.pick(['200', '200', '404'])} len: ${r.int(200, 2000)} time: ${r.float(0, 1, 7)}` },
      { weight: 5, gen: (r) => `${r.ip()} "POST /v2/${tenant(r)}/servers HTTP/1.1" status: 202 len: ${r.int(200, 2000)} time: ${r.float(0, 1, 7)}` },
      { weight: 4, gen: (r) => `${r.ip()} "DELETE /v2/${tenant(r)}/servers/${uuid(r)} HTTP/1.1" status: 204 len: ${r.int(100, 300)} time: ${r.float(0, 1, 7)}` },
      { weight: 5, gen: (r) => `[instance: ${uuid(r)}] VM Started (Lifecycle Event)` },
      { weight: 5, gen: (r) => `[instance: ${uuid(r)}] VM Stopped (Lifecycle Event)` },
      { weight: 4, gen: (r) => `[instance: ${uuid(r)}] VM Paused (Lifecycle Event)` },
      { weight: 4, gen: (r) => `[instance: ${uuid(r)}] VM Resumed (Lifecycle Event)` },
      { weight: 4, gen: (r) => `[instance: ${uuid(r)}] Took ${r.float(0, 30, 2)} seconds to spawn the instance on the hypervisor.` },
      { weight: 4, gen: (r) => `[instance: ${uuid(r)}] Took ${r.float(0, 30, 2)} seconds to build instance.` },
      { weight: 3, gen: (r) => `[instance: ${uuid(r)}] Terminating instance` },
      { weight: 3, gen: (r) => `[instance: ${uuid(r)}] Claim successful` },
      { weight: 3, gen: (r) => `[instance: ${uuid(r)}] Attempting claim: memory ${r.pick(['512', '2048', '4096'])} MB, disk ${r.pick(['1', '20', '40'])} GB, vcpus ${r.pick(['1', '2', '4'])} CPU` },
      { weight: 3, gen: (r) => `image ${uuid(r)} at (/var/lib/nova/instances/_base/${r.hex(40)}): checking` },
      { weight: 2, gen: (r) => `Final resource view: name=${node(r)} phys_ram=${r.int(8000, 64000)}MB used_ram=${r.int(512, 8000)}MB phys_disk=${r.int(10, 500)}GB used_disk=${r.int(0, 40)}GB total_vcpus=${r.int(4, 64)} used_vcpus=${r.int(0, 16)} pci_stats=[]` },
      { weight: 2, gen: (r) => `Creating event network-vif-plugged:${uuid(r)} for instance ${uuid(r)} (flavor ${r.pick(FLAVORS)})` },
    ],
  },
  {
    name: 'app-json-logfmt',
    templates: [
      { weight: 8, gen: (r) => `level=info ts=2023-0${r.int(1, 9)}-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}Z caller=http.go:${r.int(10, 300)} msg="request served" method=GET path=/v1/${r.pick(APPS)}/${r.int(1, 9999)} status=${r.pick(['200', '304'])} duration=${r.int(1, 900)}ms` },
      { weight: 5, gen: (r) => `level=warn ts=2023-0${r.int(1, 9)}-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}Z caller=retry.go:${r.int(10, 300)} msg="retrying upstream call" upstream=${r.pick(APPS)} attempt=${r.int(1, 5)} err="${r.pick(REASONS)}"` },
      { weight: 4, gen: (r) => `level=error ts=2023-0${r.int(1, 9)}-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}Z caller=db.go:${r.int(10, 300)} msg="query failed" table=${r.pick(RELS)} err="${r.pick(REASONS)}"` },
      { weight: 6, gen: (r) => `{"level":"info","time":"2023-05-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}Z","msg":"job finished","job":"${r.pick(APPS)}-${r.int(1, 999)}","rows":${r.int(0, 99999)},"elapsed_ms":${r.int(1, 99999)}}` },
      { weight: 4, gen: (r) => `{"level":"error","time":"2023-05-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}Z","msg":"payment declined","order_id":"${r.alnum(12)}","reason":"${r.pick(['insufficient_funds', 'card_expired', 'do_not_honor', 'fraud_suspected'])}"}` },
      { weight: 4, gen: (r) => `Backup of ${r.pick(DBS)} skipped: ${words(r, FREE, 3, 9)}` },
      { weight: 4, gen: (r) => `User ${r.pick(PEOPLE)} changed their display name to "${r.pick(PEOPLE)} ${r.pick(['Smith', 'van der Berg', 'O Neil', 'Nakamura'])}"` },
      { weight: 3, gen: (r) => `Webhook delivery to https://${r.pick(SITES)}/hooks/${r.alnum(10)} failed after ${r.int(1, 5)} attempts: ${r.pick(REASONS)}` },
    ],
  },
  {
    name: 'android',
    templates: [
      { weight: 6, gen: (r) => `Start proc ${r.int(1000, 30000)}:${r.pick(ANDROID_PKGS)}/u0a${r.int(10, 300)} for activity ${r.pick(ANDROID_PKGS)}/.MainActivity` },
      { weight: 6, gen: (r) => `Killing ${r.int(1000, 30000)}:${r.pick(ANDROID_PKGS)}/u0a${r.int(10, 300)} (adj ${r.int(0, 999)}): empty #${r.int(1, 40)}` },
      { weight: 8, gen: (r) => `acquire lock=${r.int(1e7, 3e8)}, flags=0x1, tag="${r.pick(['*alarm*', 'AudioMix', 'NlpWakeLock', 'GCM_CONN'])}", name=${r.pick(ANDROID_PKGS)}, ws=null, uid=${r.int(1000, 10300)}, pid=${r.int(1000, 30000)}` },
      { weight: 8, gen: (r) => `release lock=${r.int(1e7, 3e8)}, flags=0x1, tag="${r.pick(['*alarm*', 'AudioMix', 'NlpWakeLock', 'GCM_CONN'])}", name=${r.pick(ANDROID_PKGS)}, ws=null, uid=${r.int(1000, 10300)}, pid=${r.int(1000, 30000)}` },
      { weight: 4, gen: (r) => `Displayed ${r.pick(ANDROID_PKGS)}/.${r.pick(['MainActivity', 'SettingsActivity', 'PlayerActivity'])}: +${r.int(100, 3000)}ms` },
      { weight: 4, gen: (r) => `setSystemUiVisibility vis=${r.hex(4)} mask=${r.hex(4)} oldVal=${r.hex(4)} newVal=${r.hex(4)} diff=${r.hex(4)}` },
      { weight: 3, gen: (r) => `Skipped ${r.int(30, 400)} frames!  The application may be doing too much work on its main thread.` },
      { weight: 3, gen: (r) => `Background concurrent copying GC freed ${r.int(1000, 90000)}(${r.float(1, 9, 1)}MB) AllocSpace objects, ${r.int(0, 40)}(${r.int(100, 999)}KB) LOS objects, ${r.int(10, 60)}% free, ${r.int(5, 60)}MB/${r.int(20, 120)}MB, paused ${r.int(10, 999)}us total ${r.float(10, 300, 3)}ms` },
    ],
  },
];

/** `count` lines of one system with their labels (template index), deterministic per seed. */
export function heldoutSample(sys: HeldoutSystem, count: number, seed: number): { lines: string[]; labels: Uint16Array } {
  const r = new Rng(seed);
  const total = sys.templates.reduce((s, t) => s + t.weight, 0);
  const lines: string[] = new Array(count);
  const labels = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    let x = r.next() * total;
    let k = 0;
    while (k < sys.templates.length - 1 && x >= sys.templates[k].weight) x -= sys.templates[k++].weight;
    lines[i] = sys.templates[k].gen(r);
    labels[i] = k;
  }
  return { lines, labels };
}

// Sealed evaluation corpus for the template miner: a fifth labelled set, written once the
// unseen set (patterns-unseen.ts) had been looked at during the issue-15 §2 changes, so that
// the rules added after that point are judged on formats nobody here tuned on or inspected.
// Until the end of that work only its average and minimum were printed (bench:patterns
// --sealed-summary); the per-system scores were read once, at the end, and showed one
// regression (PHP-FPM), which was then fixed: the set has been looked at since.
// Formats in none of the other sets: OpenLDAP slapd, ClamAV (clamd / freshclam), PHP-FPM,
// Gunicorn, uWSGI, Puppet agent, Slurm's controller, UFW's kernel lines, an AWS ALB access
// log, Keycloak events, Grafana (logfmt) and Samba smbd.
//
// Labelling follows patterns-heldout.ts: an event is its constant text; ids, numbers, hosts,
// addresses, paths, names, status codes and free-text values are variables, while different
// verbs, outcomes or states written into the message (`Accepted` / `Rejected`, `started` /
// `finished`, GET / POST of a request line) are different events.

import type { HeldoutSystem } from './patterns-heldout.ts';
import type { Rng } from './patterns-rng.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const d2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const port = (r: Rng) => String(r.int(1025, 65000));
const mostly = <T>(r: Rng, xs: readonly T[], p = 0.7): T => (r.next() < p ? xs[0] : r.pick(xs));

const PEOPLE = ['aiko', 'bruno', 'carmen', 'deniz', 'eitan', 'freya', 'gael', 'hamid', 'isla', 'joao', 'kira', 'leon', 'mina', 'nils'];
const BASES = ['dc=example,dc=com', 'ou=people,dc=example,dc=com', 'ou=groups,dc=example,dc=com', 'cn=config'];
const VIRUSES = ['Win.Test.EICAR_HDB-1', 'Doc.Macro.Agent-7394', 'Unix.Malware.Agent-6774', 'Html.Phishing.Bank-123'];
const POOLS = ['www', 'shop', 'api'];
const SCRIPTS = ['/var/www/html/index.php', '/var/www/shop/checkout.php', '/var/www/api/public/index.php', '/var/www/html/wp-cron.php'];
const PY_APPS = ['app.main:app', 'shop.wsgi:application', 'api.server:create_app()'];
const RESOURCES = ['File[/etc/nginx/nginx.conf]', 'Service[nginx]', 'Package[curl]', 'Exec[apt-update]', 'User[deploy]', 'File[/etc/ssh/sshd_config]'];
const PARTITIONS = ['batch', 'gpu', 'debug', 'long'];
const NODES = (r: Rng) => `cn${String(r.int(1, 256)).padStart(3, '0')}`;
const REALMS = ['master', 'shop', 'internal'];
const CLIENTS = ['account-console', 'shop-web', 'grafana', 'admin-cli', 'mobile-app'];
const DASH = ['Service overview', 'Node exporter full', 'Kubernetes / Pods', 'Shop SLOs', 'Postgres'];
const SHARES = ['public', 'homes', 'finance', 'scans', 'backup'];

const isoTs = (r: Rng) => `2026-12-${d2(r.int(1, 28))}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}.${r.int(100000, 999999)}Z`;
const clfTs = (r: Rng) => `${d2(r.int(1, 28))}/${r.pick(MON)}/2026:${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} +0000`;
const conn = (r: Rng) => `conn=${r.int(1000, 999999)}`;
const op = (r: Rng) => `op=${r.int(0, 40)}`;
const path = (r: Rng) => `/${r.pick(['cart', 'orders', 'products', 'login', 'search'])}${r.next() < 0.5 ? `/${r.int(1, 99999)}` : ''}`;
const mac = (r: Rng) => Array.from({ length: 6 }, () => r.hex(2)).join(':');

export const SEALED_SYSTEMS: HeldoutSystem[] = [
  {
    name: 'slapd',
    templates: [
      { weight: 10, gen: (r) => `${conn(r)} fd=${r.int(10, 90)} ACCEPT from IP=${r.ip()}:${port(r)} (IP=0.0.0.0:${r.pick(['389', '636'])})` },
      { weight: 10, gen: (r) => `${conn(r)} ${op(r)} BIND dn="uid=${r.pick(PEOPLE)},ou=people,dc=example,dc=com" method=128` },
      { weight: 8, gen: (r) => `${conn(r)} ${op(r)} BIND dn="uid=${r.pick(PEOPLE)},ou=people,dc=example,dc=com" mech=SIMPLE ssf=0` },
      { weight: 10, gen: (r) => `${conn(r)} ${op(r)} SRCH base="${r.pick(BASES)}" scope=${r.int(0, 2)} deref=${r.int(0, 3)} filter="(${r.pick(['uid', 'cn', 'mail', 'memberUid'])}=${r.pick(PEOPLE)})"` },
      { weight: 10, gen: (r) => `${conn(r)} ${op(r)} SEARCH RESULT tag=101 err=${r.pick(['0', '0', '0', '32'])} nentries=${r.int(0, 40)} text=` },
      { weight: 8, gen: (r) => `${conn(r)} ${op(r)} RESULT tag=97 err=${r.pick(['0', '0', '49'])} text=${r.next() < 0.8 ? '' : 'invalid credentials'}` },
      { weight: 6, gen: (r) => `${conn(r)} ${op(r)} UNBIND` },
      { weight: 6, gen: (r) => `${conn(r)} fd=${r.int(10, 90)} closed${r.next() < 0.3 ? ` (connection lost)` : ''}` },
      { weight: 2, gen: (r) => `${conn(r)} ${op(r)} MOD dn="uid=${r.pick(PEOPLE)},ou=people,dc=example,dc=com"` },
    ],
  },
  {
    name: 'clamav',
    templates: [
      { weight: 14, gen: (r) => `${r.next() < 0.7 ? `/var/mail/incoming/${r.alnum(12)}.eml` : `/home/${r.pick(PEOPLE)}/Downloads/${r.alnum(8)}.${r.pick(['zip', 'docm', 'exe'])}`}: ${r.pick(VIRUSES)} FOUND` },
      { weight: 6, gen: (r) => `SelfCheck: Database status OK.` },
      { weight: 3, gen: (r) => `SelfCheck: Database modification detected. Forcing reload.` },
      { weight: 3, gen: (r) => `Database correctly reloaded (${r.int(8600000, 8700000)} signatures)` },
      { weight: 4, gen: (r) => `${r.pick(['daily', 'main', 'bytecode'])}.${r.pick(['cld', 'cvd'])} database is up-to-date (version: ${r.int(27000, 27999)}, sigs: ${r.int(300, 2100000)}, f-level: ${r.int(90, 200)}, builder: ${r.pick(['raynman', 'neo', 'sigmgr'])})` },
      { weight: 3, gen: (r) => `${r.pick(['daily', 'main', 'bytecode'])}.cld updated (version: ${r.int(27000, 27999)}, sigs: ${r.int(300, 2100000)}, f-level: ${r.int(90, 200)}, builder: ${r.pick(['raynman', 'neo', 'sigmgr'])})` },
      { weight: 2, gen: (r) => `Can't connect to port 80 of host database.clamav.net (IP: ${r.ip()})` },
      { weight: 2, gen: (r) => `lstat() failed on: /proc/${r.int(100, 99999)}/${r.pick(['fd', 'task', 'ns'])}/${r.int(0, 99)}` },
    ],
  },
  {
    name: 'php-fpm',
    templates: [
      { weight: 10, gen: (r) => `[pool ${mostly(r, POOLS)}] child ${r.int(1000, 99999)} exited with code ${r.pick(['0', '0', '0', '255'])} after ${r.float(0, 9000, 6)} seconds from start` },
      { weight: 10, gen: (r) => `[pool ${mostly(r, POOLS)}] child ${r.int(1000, 99999)} started` },
      { weight: 5, gen: (r) => `[pool ${mostly(r, POOLS)}] server reached pm.max_children setting (${r.pick(['5', '10', '50'])}), consider raising it` },
      { weight: 5, gen: (r) => `[pool ${mostly(r, POOLS)}] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning ${r.pick(['8', '16', '32'])} children, there are ${r.int(0, 9)} idle, and ${r.int(5, 90)} total children` },
      { weight: 6, gen: (r) => `[pool ${mostly(r, POOLS)}] child ${r.int(1000, 99999)}, script '${r.pick(SCRIPTS)}' (request: "${r.pick(['GET', 'POST'])} ${r.pick(SCRIPTS).replace('/var/www/html', '').replace('/var/www/shop', '').replace('/var/www/api/public', '')}") execution timed out (${r.float(30, 90, 6)} sec), terminating` },
      { weight: 3, gen: (r) => `[pool ${mostly(r, POOLS)}] child ${r.int(1000, 99999)} said into stderr: "PHP Warning:  ${r.pick(['Undefined array key "id"', 'Undefined variable $cart', 'Trying to access array offset on value of type null'])} in ${r.pick(SCRIPTS)} on line ${r.int(1, 900)}"` },
      { weight: 1, gen: () => `fpm is running, pid ${1000 + 7}` },
      { weight: 1, gen: () => `ready to handle connections` },
      { weight: 1, gen: (r) => `Terminating ...` },
    ],
  },
  {
    name: 'gunicorn',
    templates: [
      { weight: 4, gen: (r) => `Booting worker with pid: ${r.int(100, 99999)}` },
      { weight: 4, gen: (r) => `Worker exiting (pid: ${r.int(100, 99999)})` },
      { weight: 5, gen: (r) => `WORKER TIMEOUT (pid:${r.int(100, 99999)})` },
      { weight: 2, gen: (r) => `Worker (pid:${r.int(100, 99999)}) was sent SIGKILL! Perhaps out of memory?` },
      { weight: 2, gen: (r) => `Worker (pid:${r.int(100, 99999)}) was sent ${r.pick(['SIGTERM', 'SIGINT', 'SIGQUIT'])}!` },
      { weight: 20, gen: (r) => `${r.ip()} - - [${clfTs(r)}] "GET ${path(r)} HTTP/1.1" ${r.pick(['200', '200', '304', '404'])} ${r.int(0, 90000)} "-" "${r.pick(['Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/121.0', 'kube-probe/1.29', 'Prometheus/2.48.0'])}"` },
      { weight: 7, gen: (r) => `${r.ip()} - - [${clfTs(r)}] "POST ${path(r)} HTTP/1.1" ${r.pick(['200', '201', '400', '500'])} ${r.int(0, 9000)} "https://shop.example.com${path(r)}" "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/121.0"` },
      { weight: 1, gen: (r) => `Starting gunicorn ${r.pick(['21.2.0', '22.0.0'])}` },
      { weight: 1, gen: (r) => `Listening at: http://0.0.0.0:${r.pick(['8000', '8080'])} (${r.int(1, 99)})` },
      { weight: 1, gen: (r) => `Using worker: ${r.pick(['sync', 'gthread', 'uvicorn.workers.UvicornWorker'])}` },
      { weight: 2, gen: (r) => `Exception in worker process` },
    ],
  },
  {
    name: 'uwsgi',
    templates: [
      { weight: 15, gen: (r) => `[pid: ${r.int(100, 99999)}|app: 0|req: ${r.int(1, 9999)}/${r.int(1, 99999)}] ${r.ip()} () {${r.int(30, 60)} vars in ${r.int(400, 1200)} bytes} [${r.pick(['Sat', 'Sun', 'Mon'])} Dec  ${r.int(1, 9)} ${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} 2026] GET ${path(r)} => generated ${r.int(0, 90000)} bytes in ${r.int(1, 9000)} msecs (HTTP/1.1 ${r.pick(['200', '200', '302', '404', '500'])}) ${r.int(2, 9)} headers in ${r.int(80, 400)} bytes (1 switches on core ${r.int(0, 3)})` },
      { weight: 5, gen: (r) => `[pid: ${r.int(100, 99999)}|app: 0|req: ${r.int(1, 9999)}/${r.int(1, 99999)}] ${r.ip()} () {${r.int(30, 60)} vars in ${r.int(400, 1200)} bytes} [${r.pick(['Sat', 'Sun', 'Mon'])} Dec  ${r.int(1, 9)} ${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))} 2026] POST ${path(r)} => generated ${r.int(0, 90000)} bytes in ${r.int(1, 9000)} msecs (HTTP/1.1 ${r.pick(['200', '200', '302', '404', '500'])}) ${r.int(2, 9)} headers in ${r.int(80, 400)} bytes (1 switches on core ${r.int(0, 3)})` },
      { weight: 4, gen: (r) => `announcing my loyalty to the Emperor...` },
      { weight: 4, gen: (r) => `worker ${r.int(1, 16)} buried after ${r.int(0, 30)} seconds` },
      { weight: 4, gen: (r) => `Respawned uWSGI worker ${r.int(1, 16)} (new pid: ${r.int(100, 99999)})` },
      { weight: 3, gen: (r) => `*** HARAKIRI ON WORKER ${r.int(1, 16)} (pid: ${r.int(100, 99999)}, try: 1) ***` },
      { weight: 3, gen: (r) => `SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request ${path(r)} (ip ${r.ip()}) !!!` },
      { weight: 2, gen: (r) => `uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET ${path(r)} (${r.ip()})` },
      { weight: 1, gen: (r) => `spawned uWSGI worker ${r.int(1, 16)} (pid: ${r.int(100, 99999)}, cores: 1)` },
    ],
  },
  {
    name: 'puppet',
    templates: [
      { weight: 6, gen: (r) => `Applied catalog in ${r.float(1, 120, 2)} seconds` },
      { weight: 4, gen: (r) => `Caching catalog for ${r.pick(['web', 'db', 'cache', 'lb'])}-${r.int(1, 40)}.example.net` },
      { weight: 4, gen: (r) => `Applying configuration version '${r.int(1.76e9, 1.77e9)}'` },
      { weight: 4, gen: (r) => `/Stage[main]/${r.pick(['Nginx', 'Ssh', 'Base::Packages', 'Users'])}/${r.pick(RESOURCES)}/${r.pick(['ensure', 'content'])}: defined content as '{sha256}${r.hex(64)}'` },
      { weight: 4, gen: (r) => `/Stage[main]/${r.pick(['Nginx', 'Ssh', 'Base::Packages', 'Users'])}/${r.pick(RESOURCES)}/content: content changed '{sha256}${r.hex(64)}' to '{sha256}${r.hex(64)}'` },
      { weight: 4, gen: (r) => `/Stage[main]/${r.pick(['Nginx', 'Ssh'])}/${r.pick(['Service[nginx]', 'Service[sshd]'])}: Triggered 'refresh' from ${r.int(1, 9)} event${r.next() < 0.5 ? 's' : ''}` },
      { weight: 3, gen: (r) => `Could not retrieve catalog from remote server: ${r.pick(['execution expired', 'Connection refused - connect(2) for "puppet" port 8140', 'SSL_connect returned=1 errno=0 state=error: certificate verify failed'])}` },
      { weight: 2, gen: () => `Using cached catalog from environment 'production'` },
      { weight: 2, gen: (r) => `Run of Puppet configuration client already in progress; skipping  (/opt/puppetlabs/puppet/cache/state/agent_catalog_run.lock exists)` },
      { weight: 2, gen: (r) => `Skipping run of Puppet configuration client; administratively disabled (Reason: '${r.pick(['maintenance', 'debugging nginx', 'disabled by deploy'])}');` },
    ],
  },
  {
    name: 'slurmctld',
    templates: [
      { weight: 10, gen: (r) => `_slurm_rpc_submit_batch_job: JobId=${r.int(100000, 999999)} InitPrio=${r.int(1, 99999)} usec=${r.int(100, 9999)}` },
      { weight: 8, gen: (r) => `sched: Allocate JobId=${r.int(100000, 999999)} NodeList=${NODES(r)}${r.next() < 0.4 ? `,${NODES(r)}` : ''} #CPUs=${r.pick(['1', '4', '16', '64'])} Partition=${mostly(r, PARTITIONS)}` },
      { weight: 8, gen: (r) => `_job_complete: JobId=${r.int(100000, 999999)} WEXITSTATUS ${r.pick(['0', '0', '0', '1', '2'])}` },
      { weight: 8, gen: (r) => `_job_complete: JobId=${r.int(100000, 999999)} done` },
      { weight: 3, gen: (r) => `Time limit exhausted for JobId=${r.int(100000, 999999)}` },
      { weight: 3, gen: (r) => `_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId=${r.int(100000, 999999)} uid ${r.int(1000, 1999)}` },
      { weight: 2, gen: (r) => `error: Nodes ${NODES(r)} not responding` },
      { weight: 2, gen: (r) => `Node ${NODES(r)} now responding` },
      { weight: 2, gen: (r) => `update_node: node ${NODES(r)} state set to ${r.pick(['DRAINING', 'IDLE', 'DOWN'])}` },
      { weight: 1, gen: (r) => `backfill: beginning` },
    ],
  },
  {
    name: 'ufw',
    templates: [
      { weight: 20, gen: (r) => `[UFW BLOCK] IN=${mostly(r, ['eth0', 'ens3', 'wlan0'], 0.85)} OUT= MAC=${mac(r)}:${mac(r)}:08:00 SRC=${r.ip()} DST=10.0.0.${r.int(2, 40)} LEN=${r.int(40, 1500)} TOS=0x00 PREC=0x00 TTL=${r.int(30, 250)} ID=${r.int(0, 65535)} ${r.next() < 0.5 ? 'DF ' : ''}PROTO=TCP SPT=${port(r)} DPT=${r.pick(['22', '23', '3389', '445', '5900', '8080'])} WINDOW=${r.int(1000, 65535)} RES=0x00 SYN URGP=0` },
      { weight: 6, gen: (r) => `[UFW BLOCK] IN=${mostly(r, ['eth0', 'ens3', 'wlan0'], 0.85)} OUT= MAC=${mac(r)}:${mac(r)}:08:00 SRC=${r.ip()} DST=10.0.0.${r.int(2, 40)} LEN=${r.int(40, 600)} TOS=0x00 PREC=0x00 TTL=${r.int(30, 250)} ID=${r.int(0, 65535)} PROTO=UDP SPT=${port(r)} DPT=${r.pick(['53', '123', '161', '1900', '5353'])} LEN=${r.int(8, 600)}` },
      { weight: 6, gen: (r) => `[UFW ALLOW] IN= OUT=${mostly(r, ['eth0', 'ens3', 'wlan0'], 0.85)} SRC=10.0.0.${r.int(2, 40)} DST=${r.ip()} LEN=${r.int(40, 1500)} TOS=0x00 PREC=0x00 TTL=64 ID=${r.int(0, 65535)} DF PROTO=TCP SPT=${port(r)} DPT=${r.pick(['443', '80'])} WINDOW=${r.int(1000, 65535)} RES=0x00 SYN URGP=0` },
      { weight: 4, gen: (r) => `[UFW AUDIT] IN=lo OUT= MAC=00:00:00:00:00:00:00:00:00:00:00:00:08:00 SRC=127.0.0.1 DST=127.0.0.1 LEN=${r.int(40, 900)} TOS=0x00 PREC=0x00 TTL=64 ID=${r.int(0, 65535)} DF PROTO=TCP SPT=${port(r)} DPT=${r.pick(['5432', '6379', '9090'])} WINDOW=${r.int(1000, 65535)} RES=0x00 ACK PSH URGP=0` },
      { weight: 2, gen: (r) => `nf_conntrack: table full, dropping packet` },
      { weight: 1, gen: (r) => `[UFW LIMIT BLOCK] IN=eth0 OUT= MAC=${mac(r)}:${mac(r)}:08:00 SRC=${r.ip()} DST=10.0.0.${r.int(2, 40)} LEN=60 TOS=0x00 PREC=0x00 TTL=${r.int(30, 250)} ID=${r.int(0, 65535)} DF PROTO=TCP SPT=${port(r)} DPT=22 WINDOW=${r.int(1000, 65535)} RES=0x00 SYN URGP=0` },
    ],
  },
  {
    name: 'aws-alb',
    templates: [
      { weight: 20, gen: (r) => `${mostly(r, ['https', 'h2'])} ${isoTs(r)} app/shop-alb/${r.hex(16)} ${r.ip()}:${port(r)} 10.0.${r.int(1, 3)}.${r.int(2, 250)}:${mostly(r, ['8080', '3000'])} 0.000 ${r.float(0, 2, 3)} 0.000 ${r.pick(['200', '200', '304', '404'])} ${r.pick(['200', '200', '304', '404'])} ${r.int(100, 900)} ${r.int(200, 90000)} "GET https://shop.example.com:443${path(r)} HTTP/${r.pick(['1.1', '2.0'])}" "${r.pick(['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)', 'curl/8.4.0'])}" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${mostly(r, ['shop-web', 'shop-api'])}/${r.hex(16)} "Root=1-${r.hex(8)}-${r.hex(24)}" "shop.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/${r.uuid()}" 0 ${isoTs(r)} "forward" "-" "-" "10.0.${r.int(1, 3)}.${r.int(2, 250)}:${mostly(r, ['8080', '3000'])}" "${r.pick(['200', '304', '404'])}" "-" "-"` },
      { weight: 7, gen: (r) => `${mostly(r, ['https', 'h2'])} ${isoTs(r)} app/shop-alb/${r.hex(16)} ${r.ip()}:${port(r)} 10.0.${r.int(1, 3)}.${r.int(2, 250)}:${mostly(r, ['8080', '3000'])} 0.000 ${r.float(0, 2, 3)} 0.000 ${r.pick(['200', '201', '400', '502'])} ${r.pick(['200', '201', '400', '502'])} ${r.int(100, 9000)} ${r.int(200, 9000)} "POST https://shop.example.com:443${path(r)} HTTP/${r.pick(['1.1', '2.0'])}" "${r.pick(['okhttp/4.12.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)'])}" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/${mostly(r, ['shop-web', 'shop-api'])}/${r.hex(16)} "Root=1-${r.hex(8)}-${r.hex(24)}" "shop.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/${r.uuid()}" 0 ${isoTs(r)} "forward" "-" "-" "10.0.${r.int(1, 3)}.${r.int(2, 250)}:${mostly(r, ['8080', '3000'])}" "${r.pick(['200', '201', '400'])}" "-" "-"` },
      { weight: 3, gen: (r) => `https ${isoTs(r)} app/shop-alb/${r.hex(16)} ${r.ip()}:${port(r)} - -1 -1 -1 ${r.pick(['502', '503', '504'])} - ${r.int(100, 900)} ${r.int(100, 900)} "GET https://shop.example.com:443${path(r)} HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-web/${r.hex(16)} "Root=1-${r.hex(8)}-${r.hex(24)}" "shop.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/${r.uuid()}" 0 ${isoTs(r)} "forward" "-" "${r.pick(['TargetConnectionErrorCode', 'TargetResponseTimeout'])}" "-" "-" "-" "-"` },
    ],
  },
  {
    name: 'keycloak',
    templates: [
      { weight: 10, gen: (r) => `type="LOGIN", realmId="${r.uuid()}", realmName="${mostly(r, REALMS)}", clientId="${r.pick(CLIENTS)}", userId="${r.uuid()}", ipAddress="${r.ip()}", auth_method="openid-connect", auth_type="code", redirect_uri="https://${r.pick(['shop', 'grafana', 'admin'])}.example.com/callback", consent="no_consent_required", code_id="${r.uuid()}", username="${r.pick(PEOPLE)}"` },
      { weight: 5, gen: (r) => `type="LOGIN_ERROR", realmId="${r.uuid()}", realmName="${mostly(r, REALMS)}", clientId="${r.pick(CLIENTS)}", userId="${r.next() < 0.5 ? 'null' : r.uuid()}", ipAddress="${r.ip()}", error="${r.pick(['invalid_user_credentials', 'user_not_found', 'user_temporarily_disabled'])}", auth_method="openid-connect", auth_type="code", redirect_uri="https://shop.example.com/callback", code_id="${r.uuid()}", username="${r.pick(PEOPLE)}"` },
      { weight: 8, gen: (r) => `type="CODE_TO_TOKEN", realmId="${r.uuid()}", realmName="${mostly(r, REALMS)}", clientId="${r.pick(CLIENTS)}", userId="${r.uuid()}", ipAddress="${r.ip()}", token_id="${r.uuid()}", grant_type="authorization_code", refresh_token_type="Refresh", scope="openid profile email", refresh_token_id="${r.uuid()}", code_id="${r.uuid()}", client_auth_method="client-secret"` },
      { weight: 6, gen: (r) => `type="REFRESH_TOKEN", realmId="${r.uuid()}", realmName="${mostly(r, REALMS)}", clientId="${r.pick(CLIENTS)}", userId="${r.uuid()}", ipAddress="${r.ip()}", token_id="${r.uuid()}", grant_type="refresh_token", refresh_token_type="Refresh", scope="openid profile email", refresh_token_id="${r.uuid()}", updated_refresh_token_id="${r.uuid()}", client_auth_method="client-secret"` },
      { weight: 4, gen: (r) => `type="LOGOUT", realmId="${r.uuid()}", realmName="${mostly(r, REALMS)}", clientId="null", userId="${r.uuid()}", ipAddress="${r.ip()}", redirect_uri="https://shop.example.com/"` },
      { weight: 2, gen: (r) => `Failed to send email: ${r.pick(['Connection refused', 'Authentication failed', 'Read timed out'])}` },
      { weight: 2, gen: (r) => `Initializing master realm` },
      { weight: 2, gen: (r) => `Keycloak ${r.pick(['23.0.3', '24.0.1'])} on JVM (powered by Quarkus ${r.pick(['3.2.9.Final', '3.8.1'])}) started in ${r.float(3, 30, 3)}s. Listening on: http://0.0.0.0:8080. Management interface listening on https://0.0.0.0:9000.` },
    ],
  },
  {
    name: 'grafana',
    templates: [
      { weight: 14, gen: (r) => `logger=context userId=${r.int(0, 90)} orgId=1 uname=${r.pick(PEOPLE)} t=${isoTs(r)} level=info msg="Request Completed" method=GET path=/api/${r.pick(['dashboards/uid', 'datasources/proxy/uid', 'search', 'annotations'])}/${r.alnum(9)} status=${r.pick(['200', '200', '304', '404'])} remote_addr=${r.ip()} time_ms=${r.int(1, 9000)} duration=${r.float(1, 9000, 3)}ms size=${r.int(0, 90000)} referer=https://grafana.example.com/d/${r.alnum(9)} handler=/api/${r.pick(['dashboards/uid/:uid', 'search', 'annotations'])}` },
      { weight: 6, gen: (r) => `logger=cleanup t=${isoTs(r)} level=info msg="Completed cleanup jobs" duration=${r.float(1, 900, 3)}ms` },
      { weight: 5, gen: (r) => `logger=ngalert.scheduler rule_uid=${r.alnum(14)} org_id=1 version=${r.int(1, 90)} fingerprint=${r.hex(16)} now=${isoTs(r)} t=${isoTs(r)} level=error msg="Failed to evaluate rule" error="${r.pick(['failed to execute query A: context deadline exceeded', 'no data', 'failed to build query A: data source not found'])}" duration=${r.float(1, 9000, 3)}ms` },
      { weight: 4, gen: (r) => `logger=infra.usagestats t=${isoTs(r)} level=info msg="Usage stats are ready to report"` },
      { weight: 3, gen: (r) => `logger=http.server t=${isoTs(r)} level=error msg="Failed to look up user based on cookie" error="user token not found"` },
      { weight: 3, gen: (r) => `logger=dashboard.service t=${isoTs(r)} level=info msg="Saving dashboard" title="${r.pick(DASH)}" uid=${r.alnum(9)} version=${r.int(1, 300)}` },
      { weight: 2, gen: (r) => `logger=plugins.update.checker t=${isoTs(r)} level=info msg="Update check succeeded" duration=${r.float(1, 900, 3)}ms` },
    ],
  },
  {
    name: 'samba',
    templates: [
      { weight: 8, gen: (r) => `  ${r.pick(['fileserver', 'nas01'])} (ipv4:${r.ip()}:${port(r)}) connect to service ${r.pick(SHARES)} initially as user ${r.pick(PEOPLE)} (uid=${r.int(1000, 1999)}, gid=${r.int(100, 1999)}) (pid ${r.int(1000, 99999)})` },
      { weight: 8, gen: (r) => `  ${r.pick(['fileserver', 'nas01'])} (ipv4:${r.ip()}:${port(r)}) closed connection to service ${r.pick(SHARES)}` },
      { weight: 5, gen: (r) => `  check_ntlm_password:  Authentication for user [${r.pick(PEOPLE)}] -> [${r.pick(PEOPLE)}] FAILED with error NT_STATUS_WRONG_PASSWORD, authoritative=1` },
      { weight: 4, gen: (r) => `  Auth: [SMB2,(null)] user [EXAMPLE]\\[${r.pick(PEOPLE)}] at [${r.pick(['Mon', 'Tue', 'Wed'])}, ${d2(r.int(1, 28))} Dec 2026 ${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}.${r.int(100000, 999999)} UTC] with [NTLMv2] status [NT_STATUS_OK] workstation [${r.pick(['LAPTOP-', 'DESKTOP-'])}${r.alnum(7).toUpperCase()}] remote host [ipv4:${r.ip()}:${port(r)}] became [EXAMPLE]\\[${r.pick(PEOPLE)}] [S-1-5-21-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1e9, 4e9)}-${r.int(1000, 1999)}]. local host [ipv4:10.0.0.5:445]` },
      { weight: 3, gen: (r) => `  smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[1] status[NT_STATUS_OBJECT_NAME_NOT_FOUND] || at ../../source3/smbd/smb2_create.c:${r.int(300, 1400)}` },
      { weight: 2, gen: (r) => `  daemon_ready: daemon 'smbd' finished starting up and ready to serve connections` },
      { weight: 1, gen: () => `  reload_services: reloading config` },
      { weight: 1, gen: () => `  reload_services: Done reloading` },
    ],
  },
];

// Third sealed evaluation corpus for the template miner (patterns6 round): written before any
// miner change of that round, scored once then with the miner unchanged (average and minimum
// only), and read per system only once, at the end of the round. The second sealed set had
// been looked at by then, so this one is the round's only honest held-out figure. The lines
// are written from knowledge of the formats, not copied, with variable parts from the seeded RNG.
// Scored once before any miner change of the round (bench:patterns --sealed3-summary): average
// 0.794, minimum 0.000. Read per system once, at the end of the round (--sealed3-full, commit
// 1bf1f0e, base b40a074 as reference): average 0.794 -> 0.762, minimum 0.000 -> 0.000. Only two
// systems moved, both down: memcached 1.000 -> 0.699 (response codes END / STORED / NOT_FOUND
// taken as one field by the three-codes rule, a985e7a) and xorg 0.847 -> 0.636 (driver names
// `modeset(0)` / `AMDGPU(0)` taken as wording by the name-applied-to-an-argument rule, 6d322ef).
// It has been looked at since. Both rules were then removed as overfitting (they raised the sets
// they were tuned on and lowered this one), which restores 0.794 (memcached 1.000, xorg 0.847).
// Formats in none of the other sets: Caddy (console encoder), Prometheus server (logfmt),
// HashiCorp Nomad (hclog), Zabbix agent, git daemon, a Node.js service logging with winston's
// simple text format, Python's logging default format, Go's standard `log` package, an Airflow
// task log, lighttpd's error log, the SQL Server ERRORLOG, memcached -vv, the Xorg server log,
// dpkg.log, ProFTPD and Open vSwitch (ovs-vswitchd).
//
// Labelling follows patterns-heldout.ts: an event is its constant text; ids, numbers, hosts,
// addresses, paths, names, states reported as a field value and free-text values are
// variables, while different verbs, outcomes or states written into the message are
// different events.

import type { HeldoutSystem } from './patterns-heldout.ts';
import type { Rng } from './patterns-rng.ts';

const d2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const port = (r: Rng) => String(r.int(1025, 65000));
const mostly = <T>(r: Rng, xs: readonly T[], p = 0.7): T => (r.next() < p ? xs[0] : r.pick(xs));
const hms = (r: Rng) => `${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`;
const day = (r: Rng) => `2026-06-${d2(r.int(1, 28))}`;
const iso = (r: Rng) => `${day(r)}T${hms(r)}.${r.int(100, 999)}Z`;
const dur = (r: Rng) => (r.next() < 0.5 ? `${r.float(0.1, 999, 3)}ms` : `${r.float(1, 90, 6)}s`);

const USERS = ['ana', 'bram', 'cleo', 'dev', 'eitan', 'farah', 'gil', 'hana', 'ilse', 'joao'];
const HOSTS = ['shop.example.com', 'api.example.com', 'static.example.org', 'grafana.example.net'];
const URIS = ['/', '/api/v1/items', '/login', '/assets/app.js', '/healthz', '/api/v1/cart/42', '/favicon.ico'];
const CADDY_LOGGERS = ['http.log.access.log0', 'http.log.access.log1'];
const PROM_JOBS = ['node', 'kubernetes-pods', 'blackbox', 'cadvisor'];
const NOMAD_JOBS = ['web', 'worker', 'redis-cache', 'batch-report'];
const NOMAD_TASKS = ['app', 'sidecar', 'redis', 'report'];
const REPOS = ['/srv/git/infra.git', '/srv/git/website.git', '/srv/git/tools/cli.git', '/srv/git/dotfiles.git'];
const PY_LOGGERS = ['root', 'app.worker', 'urllib3.connectionpool', 'app.db'];
const DAGS = ['daily_sales', 'hourly_sync', 'ml_training', 'cleanup_tmp'];
const TASKS = ['extract', 'transform', 'load', 'notify', 'train_model'];
const PKGS = ['libc6', 'openssl', 'curl', 'nginx-common', 'python3.11', 'tzdata', 'linux-image-6.1.0-21-amd64', 'git'];
const ver = (r: Rng) => `${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 20)}-${r.int(1, 9)}${r.next() < 0.3 ? `+deb12u${r.int(1, 5)}` : ''}`;
const OVS_IF = ['eth1', 'vnet0', 'vnet3', 'tap5a2b', 'patch-int', 'br-ex'];
const MSSQL_USERS = ['sa', 'app_user', 'CORP\\svc_backup', 'reporting'];
const MSSQL_DBS = ['master', 'Shop', 'Reporting', 'msdb', 'tempdb'];
const GO_ERRS = ['EOF', 'tls: first record does not look like a TLS handshake', 'read: connection reset by peer', 'remote error: tls: bad certificate'];

export const SEALED3_SYSTEMS: HeldoutSystem[] = [
  {
    name: 'caddy',
    templates: [
      { weight: 12, gen: (r) => `${day(r).replace(/-/g, '/')} ${hms(r)}.${r.int(100, 999)}\tINFO\t${mostly(r, CADDY_LOGGERS)}\thandled request\t{"request": {"remote_ip": "${r.ip()}", "remote_port": "${port(r)}", "proto": "HTTP/${r.pick(['1.1', '2.0'])}", "method": "${r.pick(['GET', 'GET', 'POST'])}", "host": "${r.pick(HOSTS)}", "uri": "${r.pick(URIS)}"}, "duration": ${r.float(0, 2, 6)}, "size": ${r.int(0, 90000)}, "status": ${r.pick(['200', '200', '304', '404', '502'])}}` },
      { weight: 3, gen: (r) => `${day(r).replace(/-/g, '/')} ${hms(r)}.${r.int(100, 999)}\tERROR\thttp.log.error\tdial tcp ${r.ip()}:${r.pick(['8080', '3000'])}: connect: connection refused\t{"request": {"remote_ip": "${r.ip()}", "method": "GET", "host": "${r.pick(HOSTS)}", "uri": "${r.pick(URIS)}"}, "duration": ${r.float(0, 1, 6)}, "status": 502}` },
      { weight: 2, gen: (r) => `${day(r).replace(/-/g, '/')} ${hms(r)}.${r.int(100, 999)}\tINFO\ttls.obtain\tacquiring lock\t{"identifier": "${r.pick(HOSTS)}"}` },
      { weight: 2, gen: (r) => `${day(r).replace(/-/g, '/')} ${hms(r)}.${r.int(100, 999)}\tINFO\ttls.obtain\tcertificate obtained successfully\t{"identifier": "${r.pick(HOSTS)}", "issuer": "acme-v02.api.letsencrypt.org-directory"}` },
      { weight: 2, gen: (r) => `${day(r).replace(/-/g, '/')} ${hms(r)}.${r.int(100, 999)}\tINFO\ttls.renew\trenewing certificate\t{"identifier": "${r.pick(HOSTS)}", "remaining": ${r.float(100000, 2000000, 6)}}` },
      { weight: 1, gen: (r) => `${day(r).replace(/-/g, '/')} ${hms(r)}.${r.int(100, 999)}\tINFO\tautosaved config (load with --resume flag)\t{"file": "/var/lib/caddy/.config/caddy/autosave.json"}` },
      { weight: 2, gen: (r) => `${day(r).replace(/-/g, '/')} ${hms(r)}.${r.int(100, 999)}\tWARN\ttls\tstapling OCSP\t{"error": "no OCSP stapling for [${r.pick(HOSTS)}]: no OCSP server specified in certificate", "identifiers": ["${r.pick(HOSTS)}"]}` },
    ],
  },
  {
    name: 'prometheus',
    templates: [
      { weight: 6, gen: (r) => `ts=${iso(r)} caller=head.go:${r.int(800, 1400)} level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration=${dur(r)}` },
      { weight: 5, gen: (r) => `ts=${iso(r)} caller=compact.go:${r.int(500, 800)} level=info component=tsdb msg="write block" mint=${r.int(1.78e12, 1.79e12)} maxt=${r.int(1.78e12, 1.79e12)} ulid=01J${r.alnum(23).toUpperCase()} duration=${dur(r)}` },
      { weight: 5, gen: (r) => `ts=${iso(r)} caller=db.go:${r.int(1000, 1800)} level=info component=tsdb msg="Deleting obsolete block" block=01J${r.alnum(23).toUpperCase()}` },
      { weight: 6, gen: (r) => `ts=${iso(r)} caller=scrape.go:${r.int(1300, 1800)} level=warn component="scrape manager" scrape_pool=${r.pick(PROM_JOBS)} target=http://${r.ip()}:${r.pick(['9100', '8080', '9115'])}/metrics msg="Append failed" err="out of bounds"` },
      { weight: 4, gen: (r) => `ts=${iso(r)} caller=scrape.go:${r.int(1300, 1800)} level=warn component="scrape manager" scrape_pool=${r.pick(PROM_JOBS)} target=http://${r.ip()}:${r.pick(['9100', '8080'])}/metrics msg="Error on ingesting samples with different value but same timestamp" num_dropped=${r.int(1, 400)}` },
      { weight: 3, gen: (r) => `ts=${iso(r)} caller=checkpoint.go:${r.int(90, 120)} level=info component=tsdb msg="Creating checkpoint" from_segment=${r.int(100, 900)} to_segment=${r.int(900, 1800)} mint=${r.int(1.78e12, 1.79e12)}` },
      { weight: 2, gen: (r) => `ts=${iso(r)} caller=notifier.go:${r.int(500, 600)} level=error component=notifier alertmanager=http://${r.ip()}:9093/api/v2/alerts count=${r.int(1, 40)} msg="Error sending alert" err="Post \\"http://alertmanager:9093/api/v2/alerts\\": context deadline exceeded"` },
      { weight: 1, gen: (r) => `ts=${iso(r)} caller=main.go:${r.int(1200, 1400)} level=info msg="Completed loading of configuration file" filename=/etc/prometheus/prometheus.yml totalDuration=${dur(r)}` },
    ],
  },
  {
    name: 'nomad',
    templates: [
      { weight: 8, gen: (r) => `${iso(r).replace('Z', '+0000')} [INFO]  client.alloc_runner.task_runner: Task event: alloc_id=${r.uuid()} task=${r.pick(NOMAD_TASKS)} type=${r.pick(['Received', 'Task Setup', 'Started', 'Driver'])} msg="${r.pick(['Task received by client', 'Building Task Directory', 'Task started by client', 'Downloading image'])}" failed=false` },
      { weight: 5, gen: (r) => `${iso(r).replace('Z', '+0000')} [INFO]  client.driver_mgr.docker: created container: driver=docker container_id=${r.hex(64)}` },
      { weight: 5, gen: (r) => `${iso(r).replace('Z', '+0000')} [INFO]  client.driver_mgr.docker: started container: driver=docker container_id=${r.hex(64)}` },
      { weight: 4, gen: (r) => `${iso(r).replace('Z', '+0000')} [INFO]  client.gc: marking allocation for GC: alloc_id=${r.uuid()}` },
      { weight: 3, gen: (r) => `${iso(r).replace('Z', '+0000')} [INFO]  client.gc: garbage collecting allocation: alloc_id=${r.uuid()} reason="${r.pick(['forced collection', 'new allocations and over max (50)'])}"` },
      { weight: 3, gen: (r) => `${iso(r).replace('Z', '+0000')} [WARN]  client.alloc_runner.task_runner.task_hook.logmon: failed to read from log fifo: alloc_id=${r.uuid()} task=${r.pick(NOMAD_TASKS)} error="read |0: file already closed"` },
      { weight: 3, gen: (r) => `${iso(r).replace('Z', '+0000')} [ERROR] client.alloc_runner.task_runner: running driver failed: alloc_id=${r.uuid()} task=${r.pick(NOMAD_TASKS)} error="Failed to pull \`${r.pick(['nginx:1.25', 'redis:7', 'ghcr.io/example/web:' + r.hex(7)])}\`: API error (404): manifest unknown"` },
      { weight: 2, gen: (r) => `${iso(r).replace('Z', '+0000')} [INFO]  client: node registration complete` },
      { weight: 2, gen: (r) => `${iso(r).replace('Z', '+0000')} [INFO]  worker: dequeued evaluation: worker_id=${r.uuid()} eval_id=${r.uuid()} type=service namespace=default job_id=${r.pick(NOMAD_JOBS)} node_id="" triggered_by=${r.pick(['job-register', 'node-update', 'alloc-failure'])}` },
    ],
  },
  {
    name: 'zabbix-agent',
    templates: [
      { weight: 6, gen: (r) => `${String(r.int(100, 99999)).padStart(6)}:2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}:${hms(r).replace(/:/g, '')}.${r.int(100, 999)} active check configuration update from [${mostly(r, ['zabbix.example.net:10051', '10.1.0.5:10051'])}] started to fail (cannot connect to [[${mostly(r, ['zabbix.example.net', '10.1.0.5'])}]:10051]: [111] Connection refused)` },
      { weight: 4, gen: (r) => `${String(r.int(100, 99999)).padStart(6)}:2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}:${hms(r).replace(/:/g, '')}.${r.int(100, 999)} active check configuration update from [${mostly(r, ['zabbix.example.net:10051', '10.1.0.5:10051'])}] is working again` },
      { weight: 5, gen: (r) => `${String(r.int(100, 99999)).padStart(6)}:2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}:${hms(r).replace(/:/g, '')}.${r.int(100, 999)} item "${r.pick(['web01', 'db01', 'cache02'])}:${r.pick(['vfs.fs.size[/data,pfree]', 'system.cpu.load[all,avg1]', 'proc.num[nginx]', 'net.if.in[eth0]'])}" became not supported: ${r.pick(['Cannot obtain filesystem information: [2] No such file or directory', 'Unsupported item key.', 'Timeout while executing a shell script.'])}` },
      { weight: 3, gen: (r) => `${String(r.int(100, 99999)).padStart(6)}:2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}:${hms(r).replace(/:/g, '')}.${r.int(100, 999)} item "${r.pick(['web01', 'db01', 'cache02'])}:${r.pick(['vfs.fs.size[/data,pfree]', 'proc.num[nginx]'])}" became supported` },
      { weight: 2, gen: (r) => `${String(r.int(100, 99999)).padStart(6)}:2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}:${hms(r).replace(/:/g, '')}.${r.int(100, 999)} agent #${r.int(1, 9)} started [${r.pick(['listener', 'active checks'])} #${r.int(1, 3)}]` },
      { weight: 1, gen: (r) => `${String(r.int(100, 99999)).padStart(6)}:2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}:${hms(r).replace(/:/g, '')}.${r.int(100, 999)} Starting Zabbix Agent [${r.pick(['web01', 'db01'])}]. Zabbix ${r.pick(['6.0.25', '6.4.10'])} (revision ${r.hex(8)}).` },
      { weight: 2, gen: (r) => `${String(r.int(100, 99999)).padStart(6)}:2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}:${hms(r).replace(/:/g, '')}.${r.int(100, 999)} failed to accept an incoming connection: connection from "${r.ip()}" rejected, allowed hosts: "${mostly(r, ['10.1.0.5', '10.1.0.5,127.0.0.1'])}"` },
    ],
  },
  {
    name: 'git-daemon',
    templates: [
      { weight: 8, gen: (r) => `[${r.int(1000, 60000)}] Connection from ${r.ip()}:${port(r)}` },
      { weight: 6, gen: (r) => `[${r.int(1000, 60000)}] Extended attribute "host": ${mostly(r, ['git.example.com', 'git.example.com:9418', '10.0.0.7'])}` },
      { weight: 3, gen: (r) => `[${r.int(1000, 60000)}] Extended attribute "protocol": version=2` },
      { weight: 6, gen: (r) => `[${r.int(1000, 60000)}] Request upload-pack for '${r.pick(REPOS)}'` },
      { weight: 2, gen: (r) => `[${r.int(1000, 60000)}] Request receive-pack for '${r.pick(REPOS)}'` },
      { weight: 3, gen: (r) => `[${r.int(1000, 60000)}] '${r.pick(REPOS)}' does not appear to be a git repository` },
      { weight: 2, gen: (r) => `[${r.int(1000, 60000)}] '${r.pick(REPOS)}': repository not exported.` },
      { weight: 4, gen: (r) => `[${r.int(1000, 60000)}] Disconnected${r.next() < 0.3 ? ` (with error)` : ''}` },
      { weight: 1, gen: (r) => `[${r.int(1000, 60000)}] Ready to rumble` },
    ],
  },
  {
    name: 'winston',
    templates: [
      { weight: 8, gen: (r) => `${iso(r)} info: ${r.pick(['GET', 'POST', 'PUT'])} ${r.pick(URIS)} ${r.pick(['200', '201', '304', '404'])} ${r.int(1, 900)}ms - ${r.int(0, 90000)}` },
      { weight: 4, gen: (r) => `${iso(r)} info: Server listening on port ${mostly(r, ['3000', '8080'])}` },
      { weight: 4, gen: (r) => `${iso(r)} info: Connected to MongoDB at mongodb://${r.pick(['mongo-0', 'mongo-1', 'mongo-2'])}.mongo:27017/${r.pick(['app', 'sessions'])}` },
      { weight: 5, gen: (r) => `${iso(r)} warn: Slow query on collection ${r.pick(['orders', 'users', 'carts'])} took ${r.int(500, 9000)}ms` },
      { weight: 4, gen: (r) => `${iso(r)} error: Failed to send email to ${r.pick(USERS)}@example.com: ${r.pick(['Connection timeout', 'Invalid login: 535 Authentication failed', 'getaddrinfo ENOTFOUND smtp.example.com'])}` },
      { weight: 3, gen: (r) => `${iso(r)} info: User ${r.pick(USERS)} logged in from ${r.ip()}` },
      { weight: 3, gen: (r) => `${iso(r)} info: User ${r.pick(USERS)} logged out` },
      { weight: 2, gen: (r) => `${iso(r)} debug: Cache ${r.pick(['hit', 'hit', 'miss'])} for key ${r.pick(['product', 'session', 'cart'])}:${r.int(1, 99999)}` },
      { weight: 1, gen: (r) => `${iso(r)} error: Unhandled rejection: ${r.pick(['TypeError', 'RangeError'])}: ${r.pick(["Cannot read properties of undefined (reading 'id')", 'Invalid array length', "Cannot read properties of null (reading 'length')"])}` },
    ],
  },
  {
    name: 'python-logging',
    templates: [
      { weight: 8, gen: (r) => `DEBUG:urllib3.connectionpool:https://${r.pick(HOSTS)}:443 "${r.pick(['GET', 'POST'])} ${r.pick(URIS)} HTTP/1.1" ${r.pick(['200', '200', '404', '500'])} ${r.next() < 0.2 ? 'None' : r.int(0, 90000)}` },
      { weight: 5, gen: (r) => `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (${r.int(1, 4)}): ${r.pick(HOSTS)}:443` },
      { weight: 3, gen: (r) => `WARNING:urllib3.connectionpool:Retrying (Retry(total=${r.int(0, 4)}, connect=None, read=None, redirect=None, status=None)) after connection broken by '${r.pick(['NewConnectionError', 'ReadTimeoutError', 'ProtocolError'])}': ${r.pick(URIS)}` },
      { weight: 6, gen: (r) => `INFO:app.worker:Processed batch ${r.int(1, 9999)} with ${r.int(1, 500)} records in ${r.float(0.01, 20, 2)}s` },
      { weight: 4, gen: (r) => `INFO:${mostly(r, ['root', 'app.worker'])}:Loaded ${r.int(1, 300)} rules from ${r.pick(['/etc/app/rules.yaml', '/opt/app/rules.d', 'config.json'])}` },
      { weight: 3, gen: (r) => `ERROR:app.db:Query failed after ${r.int(1, 5)} attempts: ${r.pick(['server closed the connection unexpectedly', 'deadlock detected', 'could not serialize access due to concurrent update'])}` },
      { weight: 2, gen: (r) => `WARNING:root:Config key ${r.pick(['timeout', 'retries', 'batch_size', 'log_level'])} is deprecated, use ${r.pick(['http.timeout', 'http.retries', 'worker.batch', 'logging.level'])} instead` },
      { weight: 2, gen: (r) => `CRITICAL:root:Worker ${r.int(1, 16)} died unexpectedly (exit code ${r.pick(['1', '137', '-9'])})` },
    ],
  },
  {
    name: 'go-log',
    templates: [
      { weight: 8, gen: (r) => `2026/06/${d2(r.int(1, 28))} ${hms(r)} http: TLS handshake error from ${r.ip()}:${port(r)}: ${r.pick(GO_ERRS)}` },
      { weight: 6, gen: (r) => `2026/06/${d2(r.int(1, 28))} ${hms(r)} ${r.pick(['GET', 'POST', 'DELETE'])} ${r.pick(URIS)} ${r.pick(['200', '200', '404', '500'])} ${dur(r)}` },
      { weight: 4, gen: (r) => `2026/06/${d2(r.int(1, 28))} ${hms(r)} http: panic serving ${r.ip()}:${port(r)}: runtime error: ${r.pick(['invalid memory address or nil pointer dereference', 'index out of range [3] with length 3', 'slice bounds out of range [:12] with capacity 8'])}` },
      { weight: 3, gen: (r) => `2026/06/${d2(r.int(1, 28))} ${hms(r)} http: Accept error: accept tcp [::]:${mostly(r, ['8080', '443'])}: accept4: too many open files; retrying in ${r.pick(['5ms', '10ms', '20ms', '40ms', '1s'])}` },
      { weight: 3, gen: (r) => `2026/06/${d2(r.int(1, 28))} ${hms(r)} listening on :${mostly(r, ['8080', '9090'])}` },
      { weight: 3, gen: (r) => `2026/06/${d2(r.int(1, 28))} ${hms(r)} reloaded config from ${r.pick(['/etc/app/config.yaml', './config.toml'])} (${r.int(1, 90)} routes)` },
      { weight: 2, gen: (r) => `2026/06/${d2(r.int(1, 28))} ${hms(r)} error: dial tcp ${r.ip()}:${r.pick(['5432', '6379'])}: connect: ${r.pick(['connection refused', 'no route to host', 'i/o timeout'])}` },
    ],
  },
  {
    name: 'airflow',
    templates: [
      { weight: 5, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {taskinstance.py:${r.int(1100, 2900)}} INFO - Marking task as SUCCESS. dag_id=${r.pick(DAGS)}, task_id=${r.pick(TASKS)}, execution_date=${day(r)}T${hms(r)}+00:00, start_date=${day(r)}T${hms(r)}, end_date=${day(r)}T${hms(r)}` },
      { weight: 3, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {taskinstance.py:${r.int(1100, 2900)}} INFO - Marking task as FAILED. dag_id=${r.pick(DAGS)}, task_id=${r.pick(TASKS)}, execution_date=${day(r)}T${hms(r)}+00:00, start_date=${day(r)}T${hms(r)}, end_date=${day(r)}T${hms(r)}` },
      { weight: 5, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {taskinstance.py:${r.int(1100, 2900)}} INFO - Starting attempt ${r.int(1, 3)} of ${r.pick(['1', '2', '4'])}` },
      { weight: 4, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {standard_task_runner.py:${r.int(50, 120)}} INFO - Started process ${r.int(1000, 99999)} to run task` },
      { weight: 4, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {local_task_job_runner.py:${r.int(200, 300)}} INFO - Task exited with return code ${r.pick(['0', '0', '1', '-9'])}` },
      { weight: 4, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {subprocess.py:${r.int(80, 99)}} INFO - Running command: ['/usr/bin/bash', '-c', '${r.pick(['python /opt/etl/run.py', 'dbt run --select ' + r.pick(TASKS), 'echo done'])}']` },
      { weight: 3, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {taskinstance.py:${r.int(1100, 2900)}} ERROR - Task failed with exception` },
      { weight: 3, gen: (r) => `[${day(r)}T${hms(r)}.${r.int(100, 999)}+0000] {base.py:${r.int(70, 90)}} INFO - Using connection ID '${r.pick(['postgres_default', 'aws_default', 'warehouse'])}' for task execution.` },
    ],
  },
  {
    name: 'lighttpd',
    templates: [
      { weight: 4, gen: (r) => `${day(r)} ${hms(r)}: (server.c.${r.int(1500, 1900)}) server started (lighttpd/${r.pick(['1.4.69', '1.4.73'])})` },
      { weight: 3, gen: (r) => `${day(r)} ${hms(r)}: (server.c.${r.int(2000, 2200)}) server stopped by UID = ${r.pick(['0', '33'])} PID = ${r.int(1, 9999)}` },
      { weight: 7, gen: (r) => `${day(r)} ${hms(r)}: (mod_fastcgi.c.${r.int(2400, 2700)}) connect failed: ${r.pick(['Connection refused', 'Resource temporarily unavailable'])} on unix:/run/php/php-fpm.sock-${r.int(0, 3)}` },
      { weight: 5, gen: (r) => `${day(r)} ${hms(r)}: (response.c.${r.int(500, 700)}) file not found ... or so:  No such file or directory ${r.pick(URIS)} -> /var/www/html${r.pick(URIS)}` },
      { weight: 4, gen: (r) => `${day(r)} ${hms(r)}: (connections.c.${r.int(600, 900)}) SSL: ${r.int(1, 5)} error:${r.hex(8).toUpperCase()}:SSL routines::${r.pick(['unexpected eof while reading', 'wrong version number', 'no shared cipher'])}` },
      { weight: 3, gen: (r) => `${day(r)} ${hms(r)}: (gw_backend.c.${r.int(200, 300)}) establishing connection failed: ${r.pick(['Connection refused', 'No such file or directory'])} socket: unix:/run/php/php-fpm.sock-${r.int(0, 3)}` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)}: (mod_openssl.c.${r.int(3000, 3400)}) SSL: could not read certificate: /etc/lighttpd/certs/${r.pick(['site.pem', 'wildcard.pem'])}` },
    ],
  },
  {
    name: 'mssql',
    templates: [
      { weight: 10, gen: (r) => `${day(r)} ${hms(r)}.${r.int(10, 99)} Logon       Login failed for user '${r.pick(MSSQL_USERS)}'. Reason: ${r.pick(['Password did not match that for the login provided.', 'Could not find a login matching the name provided.', "Failed to open the explicitly specified database '" + r.pick(MSSQL_DBS) + "'."])} [CLIENT: ${r.ip()}]` },
      { weight: 6, gen: (r) => `${day(r)} ${hms(r)}.${r.int(10, 99)} Logon       Error: 18456, Severity: 14, State: ${r.pick(['5', '8', '38'])}.` },
      { weight: 5, gen: (r) => `${day(r)} ${hms(r)}.${r.int(10, 99)} Backup      Database backed up. Database: ${r.pick(MSSQL_DBS)}, creation date(time): ${day(r)}(${hms(r)}), pages dumped: ${r.int(300, 900000)}, first LSN: ${r.int(30, 900)}:${r.int(10, 9000)}:${r.int(1, 300)}, last LSN: ${r.int(30, 900)}:${r.int(10, 9000)}:${r.int(1, 300)}, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'/var/opt/mssql/backup/${r.alnum(8)}.bak'}). This is an informational message only. No user action is required.` },
      { weight: 4, gen: (r) => `${day(r)} ${hms(r)}.${r.int(10, 99)} Backup      BACKUP DATABASE successfully processed ${r.int(300, 900000)} pages in ${r.float(0.1, 90, 3)} seconds (${r.float(1, 300, 3)} MB/sec).` },
      { weight: 3, gen: (r) => `${day(r)} ${hms(r)}.${r.int(10, 99)} spid${r.int(10, 90)}s     Starting up database '${r.pick(MSSQL_DBS)}'.` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)}.${r.int(10, 99)} spid${r.int(50, 200)}     Setting database option RECOVERY to ${r.pick(['SIMPLE', 'FULL'])} for database '${r.pick(MSSQL_DBS)}'.` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)}.${r.int(10, 99)} spid${r.int(10, 90)}s     SQL Server has encountered ${r.int(1, 40)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [${r.pick(['/var/opt/mssql/data/tempdb.mdf', '/var/opt/mssql/data/Shop.mdf'])}] in database id ${r.int(1, 12)}.` },
    ],
  },
  {
    name: 'memcached',
    templates: [
      { weight: 4, gen: (r) => `<${r.int(20, 900)} new auto-negotiating client connection` },
      { weight: 4, gen: (r) => `${r.int(20, 900)}: Client using the ascii protocol` },
      { weight: 10, gen: (r) => `<${r.int(20, 900)} get ${r.pick(['session', 'user', 'page', 'rate'])}:${r.hex(r.int(6, 16))}` },
      { weight: 6, gen: (r) => `>${r.int(20, 900)} sending key ${r.pick(['session', 'user', 'page', 'rate'])}:${r.hex(r.int(6, 16))}` },
      { weight: 8, gen: (r) => `>${r.int(20, 900)} END` },
      { weight: 6, gen: (r) => `<${r.int(20, 900)} set ${r.pick(['session', 'user', 'page', 'rate'])}:${r.hex(r.int(6, 16))} ${r.pick(['0', '1', '32'])} ${r.pick(['0', '60', '300', '3600'])} ${r.int(1, 9000)}` },
      { weight: 6, gen: (r) => `>${r.int(20, 900)} STORED` },
      { weight: 3, gen: (r) => `<${r.int(20, 900)} delete ${r.pick(['session', 'user', 'page', 'rate'])}:${r.hex(r.int(6, 16))}` },
      { weight: 2, gen: (r) => `>${r.int(20, 900)} NOT_FOUND` },
      { weight: 3, gen: (r) => `<${r.int(20, 900)} connection closed.` },
    ],
  },
  {
    name: 'xorg',
    templates: [
      { weight: 6, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (II) ${r.pick(['modeset(0)', 'AMDGPU(0)', 'NVIDIA(0)'])}: Modeline "${r.pick(['1920x1080', '2560x1440', '1280x720', '3840x2160'])}"x${r.float(30, 144, 1)}  ${r.float(70, 600, 2)}  ${r.int(1280, 3840)} ${r.int(1300, 3900)} ${r.int(1300, 3950)} ${r.int(1400, 4400)}  ${r.int(720, 2160)} ${r.int(720, 2170)} ${r.int(720, 2175)} ${r.int(740, 2250)} ${r.pick(['+hsync +vsync', '-hsync -vsync', '+hsync -vsync'])} (${r.float(30, 140, 1)} kHz ${r.pick(['e', 'eP', 'd'])})` },
      { weight: 5, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (II) config/udev: Adding input device ${r.pick(['Logitech USB Receiver', 'AT Translated Set 2 keyboard', 'SynPS/2 Synaptics TouchPad', 'Power Button'])} (/dev/input/event${r.int(0, 20)})` },
      { weight: 4, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (II) Using input driver '${r.pick(['libinput', 'evdev'])}' for '${r.pick(['Logitech USB Receiver', 'AT Translated Set 2 keyboard', 'Power Button'])}'` },
      { weight: 3, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (II) LoadModule: "${r.pick(['glx', 'modesetting', 'libinput', 'fbdev', 'vesa'])}"` },
      { weight: 3, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (II) Loading /usr/lib/xorg/modules/${r.pick(['drivers/modesetting_drv.so', 'input/libinput_drv.so', 'extensions/libglx.so'])}` },
      { weight: 2, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (WW) Warning, couldn't open module ${r.pick(['fbdev', 'vesa', 'nv'])}` },
      { weight: 2, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (EE) Failed to load module "${r.pick(['fbdev', 'vesa', 'nv'])}" (module does not exist, 0)` },
      { weight: 2, gen: (r) => `[${String(r.float(0, 9999, 3)).padStart(10)}] (II) event${r.int(0, 20)}  - ${r.pick(['Logitech USB Receiver', 'Power Button'])}: device removed` },
    ],
  },
  {
    name: 'dpkg',
    templates: [
      { weight: 10, gen: (r) => `${day(r)} ${hms(r)} status ${r.pick(['half-installed', 'unpacked', 'half-configured', 'installed', 'triggers-pending', 'config-files'])} ${r.pick(PKGS)}:${r.pick(['amd64', 'all'])} ${ver(r)}` },
      { weight: 4, gen: (r) => `${day(r)} ${hms(r)} upgrade ${r.pick(PKGS)}:${r.pick(['amd64', 'all'])} ${ver(r)} ${ver(r)}` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)} install ${r.pick(PKGS)}:${r.pick(['amd64', 'all'])} <none> ${ver(r)}` },
      { weight: 4, gen: (r) => `${day(r)} ${hms(r)} configure ${r.pick(PKGS)}:${r.pick(['amd64', 'all'])} ${ver(r)} <none>` },
      { weight: 3, gen: (r) => `${day(r)} ${hms(r)} trigproc ${r.pick(['man-db:amd64', 'libc-bin:amd64', 'systemd:amd64', 'mailcap:all'])} ${ver(r)} <none>` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)} remove ${r.pick(PKGS)}:${r.pick(['amd64', 'all'])} ${ver(r)} <none>` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)} startup ${r.pick(['archives', 'packages'])} ${r.pick(['unpack', 'configure', 'remove'])}` },
      { weight: 1, gen: (r) => `${day(r)} ${hms(r)} conffile /etc/${r.pick(['nginx/nginx.conf', 'ssh/sshd_config', 'default/grub'])} ${r.pick(['keep', 'install'])}` },
    ],
  },
  {
    name: 'proftpd',
    templates: [
      { weight: 6, gen: (r) => `${day(r)} ${hms(r)},${r.int(100, 999)} ftp01 proftpd[${r.int(1000, 60000)}] ftp01.example.net (${r.ip()}[${r.ip()}]): USER ${r.pick(USERS)}: Login successful.` },
      { weight: 5, gen: (r) => `${day(r)} ${hms(r)},${r.int(100, 999)} ftp01 proftpd[${r.int(1000, 60000)}] ftp01.example.net (${r.ip()}[${r.ip()}]): USER ${r.pick([...USERS, 'admin', 'root'])} (Login failed): Incorrect password` },
      { weight: 3, gen: (r) => `${day(r)} ${hms(r)},${r.int(100, 999)} ftp01 proftpd[${r.int(1000, 60000)}] ftp01.example.net (${r.ip()}[${r.ip()}]): USER ${r.pick(['admin', 'test', 'oracle'])}: no such user found from ${r.ip()} [${r.ip()}] to ${r.ip()}:21` },
      { weight: 5, gen: (r) => `${day(r)} ${hms(r)},${r.int(100, 999)} ftp01 proftpd[${r.int(1000, 60000)}] ftp01.example.net (${r.ip()}[${r.ip()}]): FTP session opened.` },
      { weight: 5, gen: (r) => `${day(r)} ${hms(r)},${r.int(100, 999)} ftp01 proftpd[${r.int(1000, 60000)}] ftp01.example.net (${r.ip()}[${r.ip()}]): FTP session closed.` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)},${r.int(100, 999)} ftp01 proftpd[${r.int(1000, 60000)}] ftp01.example.net (${r.ip()}[${r.ip()}]): Maximum login attempts (${r.pick(['3', '5'])}) exceeded, connection refused` },
      { weight: 2, gen: (r) => `${day(r)} ${hms(r)},${r.int(100, 999)} ftp01 proftpd[${r.int(1000, 60000)}] ftp01.example.net (${r.ip()}[${r.ip()}]): SECURITY VIOLATION: Root login attempted` },
    ],
  },
  {
    name: 'ovs-vswitchd',
    templates: [
      { weight: 6, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|bridge|INFO|bridge ${mostly(r, ['br-int', 'br-ex'])}: added interface ${r.pick(OVS_IF)} on port ${r.int(1, 60)}` },
      { weight: 5, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|bridge|INFO|bridge ${mostly(r, ['br-int', 'br-ex'])}: deleted interface ${r.pick(OVS_IF)} on port ${r.int(1, 60)}` },
      { weight: 5, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|connmgr|INFO|${mostly(r, ['br-int', 'br-ex'])}<->unix#${r.int(1, 9999)}: ${r.int(1, 40)} flow_mods in the last ${r.int(0, 59)} s (${r.int(1, 40)} adds)` },
      { weight: 4, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|netdev_linux|WARN|${r.pick(OVS_IF)}: removing policing failed: No such device` },
      { weight: 3, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|rconn|INFO|${mostly(r, ['br-int', 'br-ex'])}<->tcp:127.0.0.1:6633: connected` },
      { weight: 3, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|rconn|WARN|${mostly(r, ['br-int', 'br-ex'])}<->tcp:127.0.0.1:6633: connection dropped (${r.pick(['Connection reset by peer', 'Broken pipe'])})` },
      { weight: 2, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|timeval|WARN|Unreasonably long ${r.int(1000, 9000)}ms poll interval (${r.int(0, 900)}ms user, ${r.int(0, 900)}ms system)` },
      { weight: 2, gen: (r) => `${iso(r)}|${d2(r.int(0, 99)).padStart(5, '0')}|ovs_numa|INFO|Discovered ${r.pick(['4', '8', '16'])} CPU cores on NUMA node ${r.pick(['0', '1'])}` },
    ],
  },
];

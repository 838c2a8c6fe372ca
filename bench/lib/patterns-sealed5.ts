// Fifth sealed evaluation corpus for the template miner: written on 2026-12-07, before any miner
// change of the round after sealed4, by someone who had read neither the miner nor any per-system
// (or average) score of the other sets. It is scored with bench:patterns --sealed5-summary
// (average and minimum only) until a round ends, and read per system only once, at the end of
// that round (--sealed5-full). The lines are written from knowledge of the formats, not copied,
// with the variable parts drawn from the seeded RNG.
// Formats in none of the other sets: keepalived (VRRP and health checkers), NetworkManager,
// wpa_supplicant, the MIT Kerberos KDC log (krb5kdc), ntpd, strongSwan's charon, a pfSense
// syslog stream (filterlog CSV, dhcpd, the webConfigurator, sshguard), libvirtd, a Proxmox VE
// node's syslog, cloud-init.log, containerd (logfmt under journald), Nextcloud's JSON log,
// smartd, Tor's notice log, nats-server and Ansible's log_path file.
//
// Labelling follows patterns-heldout.ts: an event is its constant text (the log statement's fixed
// wording); ids, numbers, hosts, addresses, paths, names, free-text values (an error message, a
// task name, a command line) and states reported as a field value are variables: anything after
// `key=` or `key:` in a key-value list, in a JSON value or in a CSV column (`block` / `pass` in
// filterlog's action column, `"level":2`, `"method":"PROPFIND"`, `result="success"`, a proto
// `tcp`/`udp`, an HTTP status, a Kerberos etype list). Different verbs, outcomes or states written
// into the message's own wording are different events: `Entering MASTER` / `BACKUP` / `FAULT
// STATE`, `TCP connection to ... success.` / `failed.`, `CTRL-EVENT-BSS-ADDED` / `-REMOVED`,
// `AS_REQ` / `TGS_REQ` and `ISSUE` / `NEEDED_PREAUTH` (each status has its own trailing sentence),
// `appeared on` / `disappeared from`, `DHCPOFFER` / `DHCPACK`, `entered forwarding` / `disabled` /
// `blocking state`, `Starting` / `Finished Backup`, `SMART Usage` / `Prefailure Attribute`, `Short`
// / `Long Self-Test`, `ok:` / `changed:` / `skipping:` (and with a loop's `=> (item=...)`, apart),
// `Client connection created` / `closed`, `stream` / `consumer leader`. When a line's wording is a
// fixed sentence chosen by the code path, each sentence is its own event. States printed as values
// of one statement stay variables: NetworkManager's `state change: A -> B (reason 'r', ...)` and
// `state is now X`, the exchange name and request/response of charon's `parsed` / `generating`
// lines, the phase tag and its summary in Tor's `Bootstrapped N% (tag): summary`, the result and
// description in cloud-init's `start:` / `finish:` lines, the task type and exit status in a
// Proxmox UPID line. A filterlog line's layout differs per IP version and protocol (tcp, udp and
// icmp append different columns), so each layout is its own event while every column value, the
// protocol name included, is a variable. Nextcloud's JSON lines are labelled by the wording of
// their `message` value (every other key's value is a variable), as are containerd's `msg=`.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { type Gen, t, d2, pad, hms, mon, ymd, ms3, usec, skew, pidOf, syslog, mac, port, some, PEOPLE } from './patterns-gen.ts';
import type { Rng } from './patterns-rng.ts';

const hex8 = (r: Rng) => r.hex(8).toUpperCase();

// keepalived
const KA_HOSTS = ['lb-edge-1', 'lb-edge-2'];
const kaV = (r: Rng) => syslog(r, KA_HOSTS, 'Keepalived_vrrp', 1187);
const kaH = (r: Rng) => syslog(r, KA_HOSTS, 'Keepalived_healthcheckers', 1186);
const vi = (r: Rng) => skew(r, ['VI_1', 'VI_WEB', 'VI_DB_200', 'VI_2']);
const vip = (r: Rng) => skew(r, ['10.20.0.100', '10.20.0.101', '192.168.50.10']);
const kaIf = (r: Rng) => skew(r, ['eth0', 'ens192', 'bond0.120'], 0.8);
const rsrv = (r: Rng) => `[10.20.1.${r.int(10, 40)}]:${r.next() < 0.9 ? 'tcp' : 'udp'}:${skew(r, ['80', '443', '8080', '53'])}`;
const vchk = (r: Rng) => skew(r, ['chk_haproxy', 'chk_nginx', 'check_pgsql_primary']);

// NetworkManager and wpa_supplicant
const NM_IF = ['wlp2s0', 'enp0s31f6', 'docker0', 'virbr0', 'tun0'];
const CONNS = ['HomeWiFi', 'eduroam', 'Wired connection 1', 'Office 5G', 'FRITZ!Box 7590 XY', 'Pixel_7421'];
const nm = (r: Rng, lvl: 'info' | 'warn') => `${syslog(r, ['thinkpad-x1'], 'NetworkManager', 812)}<${lvl}>  [${1765100000 + r.int(0, 900000)}.${pad(r.int(0, 9999), 4)}] `;
const nmIf = (r: Rng) => skew(r, NM_IF, 0.75);
const conn = (r: Rng) => skew(r, CONNS, 0.6);
const DEV_ST = ['unmanaged', 'unavailable', 'disconnected', 'prepare', 'config', 'need-auth', 'ip-config', 'ip-check', 'secondaries', 'activated', 'deactivating', 'failed'];
const SUP_ST = ['disconnected', 'inactive', 'scanning', 'authenticating', 'associating', 'associated', '4way_handshake', 'completed'];
const DHCP_OPT: [string, Gen][] = [
  ['domain_name_servers', (r) => some(r, ['192.168.178.1', '1.1.1.1', '9.9.9.9', '10.0.0.53'], 1, 3).join(' ')],
  ['ip_address', (r) => `192.168.178.${r.int(20, 200)}`],
  ['routers', () => '192.168.178.1'],
  ['subnet_mask', () => '255.255.255.0'],
  ['dhcp_lease_time', (r) => String(r.pick([3600, 86400, 864000]))],
  ['expiry', (r) => String(1765100000 + r.int(0, 900000))],
  ['domain_name', (r) => r.pick(['fritz.box', 'corp.example.com', 'lan'])],
  ['domain_search', (r) => some(r, ['corp.example.com', 'example.com', 'lab.example.com'], 1, 3).join(' ')],
];
const wpa = (r: Rng) => `${syslog(r, ['thinkpad-x1'], 'wpa_supplicant', 901)}${skew(r, ['wlp2s0', 'wlan0'], 0.9)}: `;
const BSSIDS = ['3c:a6:2f:81:0e:4a', '3c:a6:2f:81:0e:4b', 'f0:9f:c2:1d:77:10', 'b8:27:eb:5a:02:c3'];
const bssid = (r: Rng) => (r.next() < 0.85 ? skew(r, BSSIDS) : mac(r));
const ssidFreq = (r: Rng) => `(SSID='${conn(r)}' freq=${r.pick(['2412', '2437', '2462', '5180', '5240', '5500'])} MHz)`;

// krb5kdc
const REALM = 'CORP.EXAMPLE.COM';
const ETYPES = ['aes256-cts-hmac-sha1-96(18)', 'aes128-cts-hmac-sha1-96(17)', 'aes256-cts-hmac-sha384-192(20)', 'aes128-cts-hmac-sha256-128(19)', 'DEPRECATED:arcfour-hmac(23)', 'camellia256-cts-cmac(26)'];
const kdc = (r: Rng) => `${mon(r)} ${d2(r.int(1, 28))} ${hms(r)} ${skew(r, ['kdc1.corp.example.com', 'kdc2.corp.example.com'])} krb5kdc[${pidOf(r, 1423)}](info): `;
const etl = (r: Rng) => { const n = r.int(2, 6); return `(${n} etypes {${ETYPES.slice(0, n).join(', ')}})`; };
const kIp = (r: Rng) => (r.next() < 0.5 ? skew(r, ['10.4.0.21', '10.4.0.22', '10.4.8.130']) : `10.4.${r.int(0, 30)}.${r.int(2, 250)}`);
const kUser = (r: Rng) => `${r.next() < 0.2 ? `svc-${r.pick(['backup', 'jenkins', 'ldapsync'])}` : r.pick(PEOPLE)}@${REALM}`;
const kSvc = (r: Rng) => `${r.pick(['HTTP', 'host', 'ldap', 'cifs', 'nfs'])}/${r.pick(['web01', 'fs1', 'dc1', 'build-07', 'git'])}.corp.example.com@${REALM}`;
const issue = (r: Rng) => { const e = skew(r, ETYPES.slice(0, 2)); return `ISSUE: authtime ${1765100000 + r.int(0, 900000)}, etypes {rep=${e}, tkt=${skew(r, ETYPES.slice(0, 3))}, ses=${e}}`; };
const asReq = (r: Rng, status: string, tail: string) => `${kdc(r)}AS_REQ ${etl(r)} ${kIp(r)}: ${status}: ${kUser(r)} for krbtgt/${REALM}@${REALM}, ${tail}`;

// ntpd
const ntp = (r: Rng) => syslog(r, ['ntp1'], 'ntpd', 612);
const NTP_SRV = ['10.1.1.1', '10.1.1.2', '162.159.200.123', '195.201.19.162'];
const ntpAddr = (r: Rng) => (r.next() < 0.7 ? skew(r, ['10.0.0.5', '127.0.0.1']) : `[fe80::${r.hex(4)}:${r.hex(4)}%${r.int(2, 3)}]`);

// strongSwan charon
const CH_CONN = ['site-fra', 'roadwarrior', 'aws-vpc-1', 'branch-07'];
type Sa = [string, number];
const sa = (r: Rng): Sa => [skew(r, CH_CONN, 0.6), r.int(1, 240)];
/** `09[IKE] <conn|7> `: thread, subsystem and, once an IKE_SA exists, its name and unique id. */
const charon = (r: Rng, sub: string, s: Sa | null = sa(r)) => `${syslog(r, ['vpn-gw'], 'charon')}${d2(r.int(1, 16))}[${sub}] ${s ? `<${s[0]}|${s[1]}> ` : ''}`;
const PEERS = ['198.51.100.7', '192.0.2.44', '203.0.113.200'];
const peer = (r: Rng) => (r.next() < 0.8 ? skew(r, PEERS) : r.ip());
const ends = (r: Rng) => `203.0.113.10[${r.pick(['vpn.example.com', '203.0.113.10'])}]...${peer(r)}[${r.pick(['CN=branch-07.example.com', 'C=DE, O=Example, CN=peer-fra', '%any', 'carol@example.com'])}]`;
const EXCH: [string, string[]][] = [
  ['IKE_SA_INIT', ['SA', 'KE', 'No', 'N(NATD_S_IP)', 'N(NATD_D_IP)', 'N(FRAG_SUP)', 'N(HASH_ALG)', 'N(REDIR_SUP)']],
  ['IKE_AUTH', ['IDi', 'N(INIT_CONTACT)', 'IDr', 'AUTH', 'SA', 'TSi', 'TSr', 'N(MOBIKE_SUP)', 'N(ADD_4_ADDR)']],
  ['INFORMATIONAL', ['D', 'N(AUTH_LFT)']],
  ['CREATE_CHILD_SA', ['SA', 'No', 'KE', 'TSi', 'TSr', 'N(REKEY_SA)']],
];
const msg = (r: Rng) => { const [x, pl] = skew(r, EXCH.slice(2).concat(EXCH), 0.4); const n = r.int(0, pl.length); return `${x} ${r.next() < 0.5 ? 'request' : 'response'} ${r.int(0, 40)} [ ${pl.slice(0, n).join(' ')}${n ? ' ' : ''}]`; };
const pkt = (r: Rng) => { const p = r.next() < 0.8 ? 4500 : 500; return [`203.0.113.10[${p}]`, `${peer(r)}[${p}]`]; };
const NETS = ['10.1.0.0/16', '10.2.0.0/24', '172.16.8.0/22', '192.168.77.0/24', '10.99.4.0/24'];
const ts = (r: Rng) => { const i = r.int(0, NETS.length - 1); return NETS.slice(i, i + r.int(1, 3)).join(' '); };
const spi = (r: Rng) => `c${r.hex(7)}`;

// pfSense
const pf = (r: Rng, prog: string, pri: number, pid: number) => `<${pri}>1 ${ymd(r)}T${hms(r)}.${usec(r)}+01:00 fw1.home.arpa ${prog} ${pidOf(r, pid)} - - `;
const PF_IF = ['igb0', 'igb1', 'igb1.30', 'ovpns1', 'wg0'];
const rule = (r: Rng) => (r.next() < 0.3 ? `${r.int(60, 90)},,,${1700000000 + r.int(0, 90000000)}` : `${skew(r, [5, 4, 8])},,,${skew(r, [1000000103, 1000000104, 1000000003])}`);
const act = (r: Rng) => `${skew(r, PF_IF, 0.6)},match,${r.next() < 0.75 ? 'block' : 'pass'},${r.next() < 0.85 ? 'in' : 'out'}`;
const fl4 = (r: Rng, num: number, proto: string) => `${pf(r, 'filterlog', 134, 38412)}${rule(r)},${act(r)},4,0x0,,${r.pick([64, 128, 52, 117, 243])},${r.int(0, 65535)},0,${r.next() < 0.7 ? 'DF' : 'none'},${num},${proto},${r.int(40, 1500)},${r.ip()},${skew(r, ['203.0.113.10', '192.168.1.20', '192.168.1.1'])},`;
const tcpTail = (r: Rng) => {
  const syn = r.next() < 0.6;
  return `${port(r)},${skew(r, [22, 443, 3389, 23, 445, 8080])},0,${syn ? 'S' : r.pick(['A', 'FA', 'PA', 'R', 'RA'])},${r.int(1, 4294967295)},${syn ? '' : r.int(1, 4294967295)},${r.pick([64240, 65535, 1024, 29200, 502])},,${syn ? r.pick(['mss;sackOK;TS;nop;wscale', 'mss', 'mss;nop;wscale;nop;nop;sackOK']) : ''}`;
};
const dhcpHost = (r: Rng) => (r.next() < 0.6 ? ` (${r.pick(['android-5f2c1e0a', 'iPhone', 'DESKTOP-4K2J9QF', 'printer-hp-m281', 'raspberrypi'])})` : '');
const lanIp = (r: Rng) => `192.168.1.${r.int(50, 199)}`;

// libvirtd
const lv = (r: Rng, lvl: string, fn: string) => `${ymd(r)} ${hms(r)}.${ms3(r)}+0000: ${skew(r, [2231, 2236, 2240, 2251])}: ${lvl} : ${fn ? `${fn} : ` : ''}`;
const VMS = ['vm-web01', 'vm-db02', 'win2022-ad', 'k8s-worker-3', 'ci-runner-17'];
const QEMU_ERR = [
  "-device vfio-pci,host=0000:03:00.0: vfio 0000:03:00.0: group 14 is not viable",
  'Could not open \'/var/lib/libvirt/images/vm-db02.qcow2\': Permission denied',
  'cannot set up guest memory \'pc.ram\': Cannot allocate memory',
  'Failed to get "write" lock',
];

// Proxmox VE
const pve = (r: Rng, prog: string, pid?: number) => syslog(r, ['pve1', 'pve2'], prog, pid);
const PVE_TASKS = ['qmstart', 'qmshutdown', 'qmstop', 'vzdump', 'qmigrate', 'vncproxy', 'vzstart'];
const vmid = (r: Rng) => String(skew(r, [101, 102, 104, 110, 117, 203], 0.4));
const pveUser = (r: Rng) => skew(r, ['root@pam', 'alice@pve', 'backup@pve']);
const upid = (r: Rng, user: string) => `UPID:${skew(r, ['pve1', 'pve2'])}:${hex8(r)}:${hex8(r)}:${hex8(r)}:${skew(r, PVE_TASKS, 0.4)}:${vmid(r)}:${user}:`;
const bport = (r: Rng) => { const id = vmid(r); return `${r.next() < 0.7 ? 'vmbr0' : `fwbr${id}i0`}: port ${r.int(1, 9)}(${r.pick(['tap', 'fwpr', 'fwln', 'veth'])}${id}${r.pick(['i0', 'i1', 'p0'])})`; };

// cloud-init
const ci = (r: Rng, mod: string, lvl = 'DEBUG') => `${ymd(r)} ${hms(r)},${ms3(r)} - ${mod}[${lvl}]: `;
const CI_MODS = ['ssh', 'set_hostname', 'update_etc_hosts', 'users_groups', 'write_files', 'package_update_upgrade_install', 'runcmd', 'scripts_user', 'final_message', 'ca_certs', 'mounts'];
const CI_STAGE = ['init-local', 'init-network', 'modules-config', 'modules-final'];
const IID = 'i-0a1b2c3d4e5f67890';
const ciPath = (r: Rng) => r.pick(['/etc/cloud/cloud.cfg', '/proc/uptime', '/run/cloud-init/status.json', `/var/lib/cloud/instances/${IID}/sem/config_${r.pick(CI_MODS)}`, '/etc/hostname', '/etc/ssh/sshd_config', '/var/lib/cloud/instance/obj.pkl', '/sys/class/dmi/id/product_uuid', `/var/lib/cloud/instances/${IID}/user-data.txt`]);
const CI_CMDS = [['systemctl', 'restart', 'ssh'], ['ssh-keygen', '-t', 'ed25519', '-N', '', '-f', '/etc/ssh/ssh_host_ed25519_key'], ['hostnamectl', 'set-hostname', 'web-7'], ['growpart', '--dry-run', '/dev/nvme0n1', '1'], ['useradd', 'deploy', '-m', '-s', '/bin/bash'], ['udevadm', 'settle']];
const MD = ['instance-id', 'local-ipv4', 'public-keys/0/openssh-key', 'placement/availability-zone', 'hostname'];

// containerd
const ctd = (r: Rng, lvl: string, m: string) => `${syslog(r, ['node-3', 'node-4'], 'containerd', 788)}time="${ymd(r)}T${hms(r)}.${pad(r.int(0, 999999999), 9)}Z" level=${lvl} msg="${m}"`;
const POD_APPS = ['web', 'checkout', 'coredns', 'fluent-bit', 'payments-api', 'kube-proxy'];
const podMeta = (r: Rng) => { const a = skew(r, POD_APPS, 0.4); return `&PodSandboxMetadata{Name:${a}-${r.alnum(10)}-${r.alnum(5)},Uid:${r.uuid()},Namespace:${skew(r, ['default', 'kube-system', 'shop'])},Attempt:${r.next() < 0.9 ? 0 : r.int(1, 5)},}`; };
const ctrMeta = (r: Rng) => `&ContainerMetadata{Name:${skew(r, POD_APPS, 0.4)},Attempt:${r.next() < 0.85 ? 0 : r.int(1, 30)},}`;
const IMAGES = ['docker.io/library/nginx:1.25.3', 'registry.k8s.io/coredns/coredns:v1.11.1', 'ghcr.io/example/checkout:2.14.0', 'cr.fluentbit.io/fluent/fluent-bit:2.2.0'];
const PLUGINS = ['io.containerd.snapshotter.v1.overlayfs', 'io.containerd.content.v1.content', 'io.containerd.grpc.v1.cri', 'io.containerd.runtime.v2.task', 'io.containerd.gc.v1.scheduler'];

// Nextcloud
const NC_UA = ['Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0', 'Mozilla/5.0 (Linux) mirall/3.11.0 (Nextcloud, ubuntu-6.5.0 ClientArchitecture: x86_64 OsArchitecture: x86_64)', 'Nextcloud-android/3.27.0'];
const ncUser = (r: Rng) => skew(r, PEOPLE, 0.5);
const nc = (r: Rng, level: number, app: string, message: string, web: boolean, extra: object = {}) => JSON.stringify({
  reqId: r.alnum(20), level, time: `${ymd(r)}T${hms(r)}+00:00`,
  remoteAddr: web ? skew(r, ['10.0.0.5', '192.168.1.44', r.ip()]) : '', user: web ? ncUser(r) : '--', app,
  method: web ? skew(r, ['PROPFIND', 'GET', 'POST', 'PUT', 'REPORT']) : '', url: web ? skew(r, ['/remote.php/dav/files/alice/', '/login', '/ocs/v2.php/apps/notifications/api/v2/notifications', '/index.php/apps/files/']) : '--',
  message, userAgent: web ? skew(r, NC_UA) : '--', version: '28.0.3.2', ...extra,
});
const NC_JOBS = ['OCA\\Files\\BackgroundJob\\ScanFiles', 'OCA\\Files_Trashbin\\BackgroundJob\\ExpireTrash', 'OCA\\DAV\\BackgroundJob\\UploadCleanup', 'OC\\Authentication\\Token\\TokenCleanupJob', 'OCA\\Activity\\BackgroundJob\\EmailNotification'];
const NC_EXC = [
  { Exception: 'Doctrine\\DBAL\\Exception\\DriverException', Message: 'An exception occurred while executing a query: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away', Code: 2006 },
  { Exception: 'OCP\\Files\\NotFoundException', Message: 'File not found', Code: 0 },
  { Exception: 'OCP\\Lock\\LockedException', Message: '"files/9f3c2a1b" is locked, existing lock on file: exclusive', Code: 0 },
];
const ncFile = (r: Rng) => `${r.pick(['Documents', 'Photos/2026', 'Shared/Finance Q4', 'Notes'])}/${r.pick(['report.pdf', 'IMG_4412.jpg', 'budget 2027.xlsx', 'todo.md'])}`;

// smartd
const sm = (r: Rng) => syslog(r, ['nas'], 'smartd', 1021);
const ata = (r: Rng) => `Device: ${skew(r, ['/dev/sda', '/dev/sdb', '/dev/sdc', '/dev/sdd'], 0.4)} [SAT], `;
const anyDev = (r: Rng) => (r.next() < 0.8 ? ata(r) : 'Device: /dev/nvme0, ');
const USAGE = ['194 Temperature_Celsius', '190 Airflow_Temperature_Cel', '193 Load_Cycle_Count'];
const PREFAIL = ['1 Raw_Read_Error_Rate', '7 Seek_Error_Rate', '3 Spin_Up_Time', '5 Reallocated_Sector_Ct'];
const changed = (r: Rng) => { const a = r.int(20, 200); return `changed from ${a} to ${a + r.pick([-2, -1, 1, 2])}`; };

// Tor
const tor = (r: Rng, lvl: 'notice' | 'warn') => `${mon(r)} ${d2(r.int(1, 28))} ${hms(r)}.${ms3(r)} [${lvl}] `;
const BOOT: [number, string, string][] = [[0, 'starting', 'Starting'], [5, 'conn', 'Connecting to a relay'], [10, 'conn_done', 'Connected to a relay'], [14, 'handshake', 'Handshaking with a relay'], [15, 'handshake_done', 'Handshake with a relay done'], [20, 'onehop_create', 'Establishing an encrypted directory connection'], [25, 'requesting_status', 'Asking for networkstatus consensus'], [30, 'loading_status', 'Loading networkstatus consensus'], [40, 'loading_keys', 'Loading authority key certs'], [45, 'requesting_descriptors', 'Asking for relay descriptors'], [50, 'loading_descriptors', 'Loading relay descriptors'], [75, 'enough_dirinfo', 'Loaded enough directory info to build circuits'], [90, 'ap_handshake_done', 'Handshake finished with a relay to build circuits'], [95, 'circuit_create', 'Establishing a Tor circuit'], [100, 'done', 'Done']];
const traffic = (r: Rng) => `${r.float(1, 999, 2)} ${r.pick(['kB', 'MB', 'GB', 'GB'])}`;
const uptime = (r: Rng) => { const d = r.int(0, 40); return `${d ? `${d} day${d > 1 ? 's' : ''} ` : ''}${r.int(0, 23)}:${d2(r.int(0, 59))} hours`; };

// nats-server
const nats = (r: Rng, lvl: string) => `[${pidOf(r, 1)}] ${ymd(r, '/')} ${hms(r)}.${usec(r)} [${lvl}] `;
const cl = (r: Rng) => `${r.next() < 0.6 ? skew(r, ['10.42.0.17', '10.42.1.5', '10.42.3.88']) : r.ip()}:${port(r)} - cid:${r.int(1, 9999)} - `;
const clName = (r: Rng) => (r.next() < 0.6 ? `"v${r.pick(['1.31.0', '1.28.0', '2.11.1'])}:${r.pick(['go', 'node', 'python3', 'java'])}:${r.pick(['orders-svc', 'billing', 'edge-gw', 'nats-box'])}" - ` : '');
const route = (r: Rng) => `10.42.${r.int(0, 2)}.${r.pick([11, 12, 13])}:6222 - rid:${r.int(1, 40)} - `;
const CLOSE = ['Client Closed', 'Client Closed', 'Stale Connection', 'Read Error', 'Slow Consumer (Write Deadline)', 'Authentication Failure', 'Write Error', 'Server Shutdown'];
const stream = (r: Rng) => `${skew(r, ['$G', 'ORDERS_ACC', 'SYS'])} > ${r.pick(['ORDERS', 'EVENTS', 'KV_config', 'OBJ_assets'])}`;

// Ansible
const ans = (r: Rng) => `${ymd(r)} ${hms(r)},${ms3(r)} p=${skew(r, [48211, 48377, 51002])} u=${skew(r, ['deploy', 'jenkins', 'root'])} n=ansible | `;
const AHOSTS = ['web1.prod.example.com', 'web2.prod.example.com', 'db1.prod.example.com', 'cache-01', '10.0.4.17'];
const ah = (r: Rng) => skew(r, AHOSTS, 0.35);
const TASKS = ['common : Install base packages', 'common : Ensure NTP is running', 'nginx : Render site config', 'nginx : Copy TLS certificate', 'postgresql : Create application database', 'users : Add deploy keys', 'Gathering Facts', 'Wait for port 443 to come up'];
const stars = (s: string) => `${s} ${'*'.repeat(Math.max(3, 76 - s.length))}`;
const ITEMS = ['nginx', 'curl', 'htop', "{'name': 'alice', 'uid': 2001}", '/etc/nginx/sites-enabled/shop.conf', 'python3-psycopg2'];

export const SEALED5_SYSTEMS: HeldoutSystem[] = [
  { name: 'keepalived', templates: [
    t(30, (r) => `${kaV(r)}Sending gratuitous ARP on ${kaIf(r)} for ${vip(r)}`),
    t(10, (r) => `${kaV(r)}(${vi(r)}) Sending/queueing gratuitous ARPs on ${kaIf(r)} for ${vip(r)}`),
    t(2, (r) => `${kaV(r)}(${vi(r)}) Entering MASTER STATE`),
    t(2, (r) => `${kaV(r)}(${vi(r)}) Entering BACKUP STATE`),
    t(1, (r) => `${kaV(r)}(${vi(r)}) Entering FAULT STATE`),
    t(1.5, (r) => `${kaV(r)}(${vi(r)}) Receive advertisement timeout`),
    t(6, (r) => `${kaV(r)}(${vi(r)}) received lower priority (${r.int(50, 149)}) advert from ${r.next() < 0.8 ? '10.20.0.3' : r.ip()} - discarding`),
    t(3, (r) => `${kaV(r)}(${vi(r)}) Changing effective priority from ${r.int(90, 150)} to ${r.int(50, 150)}`),
    t(2, (r) => `${kaV(r)}VRRP_Script(${vchk(r)}) succeeded`),
    t(2, (r) => `${kaV(r)}VRRP_Script(${vchk(r)}) failed (exited with status ${r.int(1, 3)})`),
    t(16, (r) => `${kaH(r)}TCP connection to ${rsrv(r)} success.`),
    t(6, (r) => `${kaH(r)}TCP connection to ${rsrv(r)} failed.`),
    t(2, (r) => `${kaH(r)}Removing service ${rsrv(r)} from VS [${vip(r)}]:tcp:${skew(r, ['80', '443'])}`),
    t(2, (r) => `${kaH(r)}Adding service ${rsrv(r)} to VS [${vip(r)}]:tcp:${skew(r, ['80', '443'])}`),
  ] },
  { name: 'networkmanager', templates: [
    t(30, (r) => `${nm(r, 'info')}device (${nmIf(r)}): state change: ${r.pick(DEV_ST)} -> ${r.pick(DEV_ST)} (reason '${skew(r, ['none', 'user-requested', 'supplicant-disconnect', 'carrier-changed', 'now-managed', 'sleeping'], 0.5)}', sys-iface-state: '${skew(r, ['managed', 'external', 'assume'], 0.8)}')`),
    t(10, (r) => `${nm(r, 'info')}device (${nmIf(r)}): supplicant interface state: ${r.pick(SUP_ST)} -> ${r.pick(SUP_ST)}`),
    t(4, (r) => `${nm(r, 'info')}device (${nmIf(r)}): Activation: starting connection '${conn(r)}' (${r.uuid()})`),
    t(4, (r) => `${nm(r, 'info')}device (${nmIf(r)}): Activation: successful, device activated.`),
    t(1.5, (r) => `${nm(r, 'warn')}device (${nmIf(r)}): Activation: failed for connection '${conn(r)}'`),
    t(1, (r) => `${nm(r, 'warn')}device (${nmIf(r)}): Activation: (wifi) association took too long, failing activation`),
    t(12, (r) => { const [k, v] = r.pick(DHCP_OPT); return `${nm(r, 'info')}dhcp4 (${nmIf(r)}): option ${k.padEnd(22)} => '${v(r)}'`; }),
    t(3, (r) => `${nm(r, 'info')}dhcp4 (${nmIf(r)}): state changed new lease, address=192.168.178.${r.int(20, 200)}`),
    t(3, (r) => `${nm(r, 'info')}manager: NetworkManager state is now ${r.pick(['CONNECTED_GLOBAL', 'CONNECTING', 'DISCONNECTED', 'CONNECTED_SITE', 'ASLEEP', 'CONNECTED_LOCAL'])}`),
    t(3, (r) => `${nm(r, 'info')}policy: set '${conn(r)}' (${nmIf(r)}) as default for ${r.pick(['IPv4', 'IPv6'])} routing and DNS`),
    t(2, (r) => { const dev = r.next() < 0.4; return `${nm(r, 'info')}audit: op="${dev ? r.pick(['device-disconnect', 'device-managed']) : r.pick(['connection-activate', 'connection-deactivate', 'connection-update'])}" ${dev ? `interface="${nmIf(r)}" ifindex=${r.int(2, 9)}` : `uuid="${r.uuid()}" name="${conn(r)}"`} pid=${r.int(1000, 9000)} uid=${skew(r, [1000, 0])} result="${r.next() < 0.9 ? 'success' : 'fail'}"`; }),
    t(3, (r) => `${nm(r, 'info')}device (${nmIf(r)}): set-hw-addr: set MAC address to ${mac(r).toUpperCase()} (${r.pick(['scanning', 'preserve', 'permanent'])})`),
  ] },
  { name: 'wpa-supplicant', templates: [
    t(10, (r) => `${wpa(r)}CTRL-EVENT-SCAN-STARTED`),
    t(14, (r) => `${wpa(r)}CTRL-EVENT-BSS-ADDED ${r.int(0, 60)} ${bssid(r)}`),
    t(14, (r) => `${wpa(r)}CTRL-EVENT-BSS-REMOVED ${r.int(0, 60)} ${bssid(r)}`),
    t(3, (r) => `${wpa(r)}SME: Trying to authenticate with ${bssid(r)} ${ssidFreq(r)}`),
    t(3, (r) => `${wpa(r)}Trying to associate with ${bssid(r)} ${ssidFreq(r)}`),
    t(3, (r) => `${wpa(r)}Associated with ${bssid(r)}`),
    t(3, (r) => `${wpa(r)}WPA: Key negotiation completed with ${bssid(r)} [PTK=CCMP GTK=CCMP]`),
    t(3, (r) => `${wpa(r)}CTRL-EVENT-CONNECTED - Connection to ${bssid(r)} completed [id=${r.int(0, 4)} id_str=${r.next() < 0.8 ? '' : r.pick(['home', 'work'])}]`),
    t(3, (r) => `${wpa(r)}CTRL-EVENT-DISCONNECTED bssid=${bssid(r)} reason=${r.pick([3, 4, 8, 15, 23])}${r.next() < 0.5 ? ' locally_generated=1' : ''}`),
    t(12, (r) => `${wpa(r)}CTRL-EVENT-SIGNAL-CHANGE above=${r.int(0, 1)} signal=-${r.int(35, 85)} noise=${r.next() < 0.7 ? 9999 : -r.int(88, 95)} txrate=${r.pick([6000, 144400, 433300, 866700, 1200900])}`),
    t(2, (r) => { const ty = r.pick(['WORLD', 'COUNTRY', 'UNKNOWN']); return `${wpa(r)}CTRL-EVENT-REGDOM-CHANGE init=${r.pick(['CORE', 'BEACON_HINT', 'USER', 'DRIVER'])} type=${ty}${ty === 'COUNTRY' ? ` alpha2=${r.pick(['DE', 'US', 'NL'])}` : ''}`; }),
    t(4, (r) => `${wpa(r)}WPA: Group rekeying completed with ${bssid(r)} [GTK=CCMP]`),
  ] },
  { name: 'krb5kdc', templates: [
    t(20, (r) => `${kdc(r)}AS_REQ ${etl(r)} ${kIp(r)}: ${issue(r)}, ${kUser(r)} for krbtgt/${REALM}@${REALM}`),
    t(15, (r) => asReq(r, 'NEEDED_PREAUTH', 'Additional pre-authentication required')),
    t(3, (r) => asReq(r, 'CLIENT_NOT_FOUND', 'Client not found in Kerberos database')),
    t(3, (r) => asReq(r, 'PREAUTH_FAILED', 'Preauthentication failed')),
    t(25, (r) => `${kdc(r)}TGS_REQ ${etl(r)} ${kIp(r)}: ${issue(r)}, ${kUser(r)} for ${kSvc(r)}`),
    t(2, (r) => `${kdc(r)}TGS_REQ ${etl(r)} ${kIp(r)}: LOOKING_UP_SERVER: authtime 0,  ${kUser(r)} for ${kSvc(r)}, Server not found in Kerberos database`),
    t(3, (r) => `${kdc(r)}preauth (${skew(r, ['encrypted_timestamp', 'encrypted_challenge', 'spake'], 0.8)}) verify failure: Preauthentication failed`),
    t(4, (r) => `${kdc(r)}closing down fd ${r.int(10, 40)}`),
    t(1, (r) => { const u = r.next() < 0.5; return `${kdc(r)}listening on fd ${r.int(9, 20)}: ${u ? 'udp' : 'tcp'} ${r.pick(['0.0.0.0', '::', '10.4.0.2'])}.88${u ? ' (pktinfo)' : ''}`; }),
    t(0.8, (r) => `${kdc(r)}commencing operation`),
  ] },
  { name: 'ntpd', templates: [
    t(6, (r) => `${ntp(r)}Listen normally on ${r.int(2, 9)} ${skew(r, ['eth0', 'lo', 'ens3'])} ${ntpAddr(r)}:123`),
    t(2, (r) => (r.next() < 0.5 ? `${ntp(r)}Listen and drop on 0 v6wildcard [::]:123` : `${ntp(r)}Listen and drop on 1 v4wildcard 0.0.0.0:123`)),
    t(3, (r) => `${ntp(r)}Deleting interface #${r.int(3, 30)} ${skew(r, ['eth0', 'docker0', 'veth3c1a9f2'])}, ${ntpAddr(r)}#123, interface stats: received=${r.int(0, 9000)}, sent=${r.int(0, 9000)}, dropped=${r.int(0, 3)}, active_time=${r.int(1, 900000)} secs`),
    t(2, (r) => `${ntp(r)}kernel reports TIME_ERROR: 0x${r.pick(['41', '2041', '4041'])}: Clock Unsynchronized`),
    t(5, (r) => `${ntp(r)}synchronized to ${skew(r, NTP_SRV)}, stratum ${r.int(1, 4)}`),
    t(2, (r) => `${ntp(r)}time reset ${r.next() < 0.5 ? '+' : '-'}${r.float(0.1, 4, 6)} s`),
    t(8, (r) => `${ntp(r)}${skew(r, NTP_SRV)} local addr ${skew(r, ['10.0.0.5', '172.17.0.1'])} -> ${r.next() < 0.6 ? '<null>' : skew(r, ['10.0.0.5', '172.17.0.1'])}`),
    t(5, (r) => `${ntp(r)}Soliciting pool server ${r.ip()}`),
    t(1, (r) => `${ntp(r)}proto: precision = ${r.float(0.03, 0.5, 3)} usec (-${r.int(21, 25)})`),
    t(1, (r) => `${ntp(r)}leapsecond file ('/usr/share/zoneinfo/leap-seconds.list'): loaded, expire=${r.pick(['2026-06-28', '2026-12-28', '2027-06-28'])}T00:00:00Z last=2017-01-01T00:00:00Z ofs=37`),
    t(1, (r) => { const [n, s] = r.pick([[15, 'Terminated'], [1, 'Hangup'], [2, 'Interrupt']] as const); return `${ntp(r)}ntpd exiting on signal ${n} (${s})`; }),
    t(3, (r) => `${ntp(r)}error resolving pool ${r.int(0, 3)}.${r.pick(['debian', 'ubuntu', 'centos'])}.pool.ntp.org: ${r.pick(['Temporary failure in name resolution (-3)', 'Name or service not known (-2)'])}`),
  ] },
  { name: 'strongswan-charon', templates: [
    t(25, (r) => { const [a, b] = pkt(r); return `${charon(r, 'NET', r.next() < 0.85 ? sa(r) : null)}received packet: from ${b} to ${a} (${r.int(60, 1400)} bytes)`; }),
    t(25, (r) => { const [a, b] = pkt(r); return `${charon(r, 'NET')}sending packet: from ${a} to ${b} (${r.int(60, 1400)} bytes)`; }),
    t(14, (r) => `${charon(r, 'ENC')}parsed ${msg(r)}`),
    t(14, (r) => `${charon(r, 'ENC')}generating ${msg(r)}`),
    t(2, (r) => { const s = sa(r); return `${charon(r, 'IKE', s)}IKE_SA ${s[0]}[${s[1]}] established between ${ends(r)}`; }),
    t(2, (r) => { const s = sa(r); return `${charon(r, 'IKE', s)}CHILD_SA ${s[0]}{${r.int(1, 900)}} established with SPIs ${spi(r)}_i ${spi(r)}_o and TS ${ts(r)} === ${ts(r)}`; }),
    t(1.5, (r) => { const s = sa(r); return `${charon(r, 'IKE', s)}deleting IKE_SA ${s[0]}[${s[1]}] between ${ends(r)}`; }),
    t(1.5, (r) => { const s = sa(r); return `${charon(r, 'IKE', s)}closing CHILD_SA ${s[0]}{${r.int(1, 900)}} with SPIs ${spi(r)}_i (${r.int(0, 9e6)} bytes) ${spi(r)}_o (${r.int(0, 9e6)} bytes) and TS ${ts(r)} === ${ts(r)}`; }),
    t(6, (r) => `${charon(r, 'IKE')}sending DPD request`),
    t(2, (r) => `${charon(r, 'IKE')}retransmit ${r.int(1, 5)} of request with message ID ${r.int(0, 60)}`),
    t(0.8, (r) => `${charon(r, 'IKE')}giving up after ${r.int(3, 5)} retransmits`),
    t(2, (r) => `${charon(r, 'IKE')}authentication of '${r.pick(['CN=branch-07.example.com', 'vpn.example.com', 'carol@example.com', 'C=DE, O=Example, CN=peer-fra'])}' with ${r.pick(['RSA signature', 'pre-shared key', 'EAP_MSCHAPV2', 'ECDSA-256 signature'])} successful`),
    t(1, (r) => `${charon(r, 'KNL', null)}${r.next() < 0.6 ? `10.8.${r.int(0, 3)}.${r.int(1, 250)}` : `fe80::${r.hex(4)}:${r.hex(4)}`} appeared on ${r.pick(['eth0', 'eth1', 'docker0', 'vti0'])}`),
    t(1, (r) => `${charon(r, 'KNL', null)}${r.next() < 0.6 ? `10.8.${r.int(0, 3)}.${r.int(1, 250)}` : `fe80::${r.hex(4)}:${r.hex(4)}`} disappeared from ${r.pick(['eth0', 'eth1', 'docker0', 'vti0'])}`),
  ] },
  { name: 'pfsense', templates: [
    t(40, (r) => `${fl4(r, 6, 'tcp')}${tcpTail(r)}`),
    t(25, (r) => { const len = r.int(8, 512); return `${fl4(r, 17, 'udp')}${port(r)},${skew(r, [53, 123, 1900, 5353, 161, 51820])},${len}`; }),
    t(5, (r) => `${fl4(r, 1, 'icmp')}${r.pick(['request', 'reply'])},${r.int(1, 65535)},${r.int(1, 3000)}`),
    t(5, (r) => `${pf(r, 'filterlog', 134, 38412)}${rule(r)},${act(r)},6,0x00,0x00000,${r.pick([1, 64, 255])},udp,17,${r.int(40, 600)},fe80::${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)},${r.pick(['ff02::1:2', 'ff02::fb', '2001:db8:40::1'])},${r.pick([546, 5353, port(r)])},${r.pick([547, 5353, 53])},${r.int(20, 560)}`),
    t(1.5, (r) => `${pf(r, 'php-fpm', 37, 412)}/index.php: Successful login for user '${skew(r, ['admin', 'carol'])}' from: ${skew(r, ['192.168.1.20', '10.8.0.6'])} (Local Database)`),
    t(2, (r) => `${pf(r, 'php-fpm', 37, 412)}/index.php: webConfigurator authentication error for user '${r.pick(['admin', 'root', 'carol', 'pfsense'])}' from: ${r.ip()}`),
    t(3, (r) => `${pf(r, 'dhcpd', 190, 71022)}DHCPDISCOVER from ${mac(r)}${dhcpHost(r)} via ${skew(r, ['igb1', 'igb1.30'])}`),
    t(3, (r) => `${pf(r, 'dhcpd', 190, 71022)}DHCPOFFER on ${lanIp(r)} to ${mac(r)}${dhcpHost(r)} via ${skew(r, ['igb1', 'igb1.30'])}`),
    t(4, (r) => `${pf(r, 'dhcpd', 190, 71022)}DHCPREQUEST for ${lanIp(r)}${r.next() < 0.3 ? ` (192.168.1.1)` : ''} from ${mac(r)}${dhcpHost(r)} via ${skew(r, ['igb1', 'igb1.30'])}`),
    t(4, (r) => `${pf(r, 'dhcpd', 190, 71022)}DHCPACK on ${lanIp(r)} to ${mac(r)}${dhcpHost(r)} via ${skew(r, ['igb1', 'igb1.30'])}`),
    t(1.5, (r) => `${pf(r, 'sshguard', 38, 58120)}Attack from "${r.ip()}" on service ${r.pick(['SSH', 'SSH', 'Web'])} with danger 10.`),
    t(1, (r) => { const n = r.int(2, 6); return `${pf(r, 'sshguard', 38, 58120)}Blocking "${r.ip()}/32" for ${120 * n} secs (${r.int(3, 9)} attacks in ${r.int(1, 90)} secs, after ${n} abuses over ${r.int(60, 9000)} secs.)`; }),
  ] },
  { name: 'libvirtd', templates: [
    t(12, (r) => `${lv(r, 'error', 'qemuMonitorIO:614')}internal error: End of file from qemu monitor`),
    t(10, (r) => `${lv(r, 'error', 'virNetSocketReadWire:1791')}End of file while reading data: Input/output error`),
    t(5, (r) => `${lv(r, 'error', 'virKeepAliveTimerInternal:137')}internal error: connection closed due to keepalive timeout`),
    t(3, (r) => `${lv(r, 'warning', 'qemuDomainObjTaint:6083')}Domain id=${r.int(1, 80)} name='${skew(r, VMS, 0.4)}' uuid=${r.uuid()} is tainted: ${r.pick(['high-privileges', 'custom-argv', 'host-cpu', 'custom-monitor'])}`),
    t(4, (r) => `${lv(r, 'error', 'qemuDomainAgentAvailable:9204')}Guest agent is not responding: QEMU guest agent is not connected`),
    t(1.5, (r) => `${lv(r, 'error', 'qemuMonitorOpenUnix:396')}failed to connect to monitor socket: No such process`),
    t(1.5, (r) => `${lv(r, 'error', 'qemuProcessReportLogError:1989')}internal error: qemu unexpectedly closed the monitor: ${ymd(r)}T${hms(r)}.${usec(r)}Z qemu-system-x86_64: ${r.pick(QEMU_ERR)}`),
    t(1, (r) => `${lv(r, 'error', 'virProcessKillPainfullyDelay:472')}Failed to terminate process ${r.int(1000, 99999)} with SIGTERM: Device or resource busy`),
    t(1, (r) => `${lv(r, 'error', 'virNetDevTapCreate:256')}Unable to create tap device vnet${r.int(0, 40)}: Device or resource busy`),
    t(2, (r) => `${lv(r, 'warning', 'qemuDomainObjBeginJobInternal:947')}Cannot start job (${r.pick(['query', 'modify', 'destroy'])}, none, none) for domain ${skew(r, VMS, 0.4)}; current job is (${r.pick(['query', 'async nested'])}, none, none) owned by (${r.int(2231, 2260)} remoteDispatch${r.pick(['DomainBlockStats', 'DomainGetInfo', 'ConnectGetAllDomainStats'])}, 0 <null>, 0 <null> (flags=0x0)) for (${r.int(30, 900)}s, 0s, 0s)`),
    t(2, (r) => `${lv(r, 'error', 'qemuDomainObjBeginJobInternal:969')}Timed out during operation: cannot acquire state change lock (held by monitor=remoteDispatch${r.pick(['DomainBlockStats', 'DomainGetInfo', 'ConnectGetAllDomainStats'])})`),
    t(0.7, (r) => `${lv(r, 'info', '')}libvirt version: ${r.pick(['8.0.0, package: 1ubuntu7.10 (Ubuntu)', '9.0.0, package: 9.0.0-4 (Debian)', '10.0.0, package: 10.0.0-6.el9 (Red Hat)'])}`),
    t(0.7, (r) => `${lv(r, 'info', '')}hostname: ${skew(r, ['kvm03', 'kvm04.lab.example.com'])}`),
  ] },
  { name: 'proxmox', templates: [
    t(8, (r) => { const u = pveUser(r); return `${pve(r, 'pvedaemon', 2211)}<${u}> starting task ${upid(r, u)}`; }),
    t(8, (r) => { const u = pveUser(r); return `${pve(r, 'pvedaemon', 2211)}<${u}> end task ${upid(r, u)} ${r.next() < 0.85 ? 'OK' : r.pick([`command 'qm shutdown ${vmid(r)} --timeout 180' failed: exit code 255`, 'unexpected status', `VM ${vmid(r)} qmp command 'guest-ping' failed - got timeout`, 'interrupted by signal'])}`; }),
    t(6, (r) => `${pve(r, 'pvedaemon', 2211)}<${pveUser(r)}> successful auth for user '${pveUser(r)}'`),
    t(3, (r) => `${pve(r, 'pvedaemon', 2211)}authentication failure; rhost=::ffff:${r.ip()} user=${r.pick(['root@pam', 'admin@pam', 'alice@pve', 'test@pve'])} msg=${r.pick(['Authentication failure', "no such user ('admin@pam')", 'user account disabled or expired.', 'Invalid credentials'])}`),
    t(14, (r) => `${pve(r, 'pvestatd', 1875)}status update time (${r.float(0.2, 12, 3)} seconds)`),
    t(4, (r) => `${pve(r, 'pveproxy', 3342)}worker ${r.int(3000, 990000)} finished`),
    t(4, (r) => `${pve(r, 'pveproxy', 3342)}worker ${r.int(3000, 990000)} started`),
    t(3, (r) => `${pve(r, 'pveproxy', 3342)}starting ${r.int(1, 3)} worker(s)`),
    t(5, (r) => `${pve(r, 'pmxcfs', 1544)}[status] notice: received log`),
    t(2, (r) => `${pve(r, 'pvescheduler', 912334)}INFO: Starting Backup of VM ${vmid(r)} (${r.next() < 0.7 ? 'qemu' : 'lxc'})`),
    t(2, (r) => `${pve(r, 'pvescheduler', 912334)}INFO: Finished Backup of VM ${vmid(r)} (${d2(r.int(0, 2))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))})`),
    t(3, (r) => `${pve(r, 'kernel')}${bport(r)} entered forwarding state`),
    t(3, (r) => `${pve(r, 'kernel')}${bport(r)} entered disabled state`),
    t(3, (r) => `${pve(r, 'kernel')}${bport(r)} entered blocking state`),
  ] },
  { name: 'cloud-init', templates: [
    t(15, (r) => `${ci(r, 'util.py')}Reading from ${ciPath(r)} (quiet=${r.next() < 0.7 ? 'False' : 'True'})`),
    t(12, (r) => `${ci(r, 'util.py')}Read ${r.int(0, 40000)} bytes from ${ciPath(r)}`),
    t(10, (r) => `${ci(r, 'util.py')}Writing to ${ciPath(r)} - ${r.next() < 0.8 ? 'wb' : 'ab'}: [${r.pick(['644', '600', '640'])}] ${r.int(0, 9000)} bytes`),
    t(10, (r) => { const m = r.pick(CI_MODS); return `${ci(r, 'handlers.py')}start: ${r.pick(CI_STAGE)}/${r.next() < 0.8 ? `config-${m}: running config-${m} with frequency ${r.pick(['once-per-instance', 'always', 'once'])}` : `check-cache: attempting to read from cache [${r.pick(['trust', 'check'])}]`}`; }),
    t(10, (r) => { const m = r.pick(CI_MODS); const ok = r.next() < 0.9; return `${ci(r, 'handlers.py')}finish: ${r.pick(CI_STAGE)}/config-${m}: ${ok ? 'SUCCESS' : 'FAIL'}: ${ok ? `config-${m} ran successfully` : `running config-${m} failed`}`; }),
    t(4, (r) => { const m = r.pick(CI_MODS); return `${ci(r, 'stages.py')}Running module ${m} (<module 'cloudinit.config.cc_${m}' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_${m}.py'>) with frequency ${r.pick(['once-per-instance', 'always'])}`; }),
    t(6, (r) => `${ci(r, 'subp.py')}Running command [${r.pick(CI_CMDS).map((a) => `'${a}'`).join(', ')}] with allowed return codes [0] (shell=False, capture=${r.next() < 0.8 ? 'True' : 'False'})`),
    t(3, (r) => `${ci(r, 'url_helper.py')}[${r.int(0, 3)}/${r.int(1, 6)}] open 'http://169.254.169.254/latest/meta-data/${r.pick(MD)}' with {'url': 'http://169.254.169.254/latest/meta-data/${r.pick(MD)}', 'stream': False, 'allow_redirects': True, 'method': 'GET', 'timeout': ${r.pick(['5.0', '50.0'])}, 'headers': {'User-Agent': 'Cloud-Init/23.4.4'}} configuration`),
    t(3, (r) => `${ci(r, 'url_helper.py')}Read from http://169.254.169.254/latest/meta-data/${r.pick(MD)} (${r.next() < 0.9 ? 200 : 404}, ${r.int(2, 800)}b) after ${r.int(1, 3)} attempts`),
    t(1, (r) => `${ci(r, 'url_helper.py', 'WARNING')}Calling 'http://169.254.169.254/${r.pick(['latest/api/token', '2009-04-04/meta-data/instance-id'])}' failed [${r.int(0, 119)}/120s]: ${r.pick(["request error [HTTPConnectionPool(host='169.254.169.254', port=80): Max retries exceeded with url: /latest/api/token (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b9d60>: Failed to establish a new connection: [Errno 101] Network is unreachable'))]", 'bad status code [404]', "request error [('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))]"])}`),
    t(0.8, (r) => `${ci(r, 'util.py')}Cloud-init v. 23.4.4-0ubuntu0~22.04.1 running '${r.pick(['init-local', 'init', 'modules:config', 'modules:final'])}' at ${r.pick(['Sun', 'Mon', 'Tue'])}, ${d2(r.int(1, 28))} Dec 2026 ${hms(r)} +0000. Up ${r.float(3, 90, 2)} seconds.`),
    t(4, (r) => `${ci(r, 'helpers.py')}config-${r.pick(CI_MODS)} already ran (freq=${r.pick(['once-per-instance', 'once'])})`),
  ] },
  { name: 'containerd', templates: [
    t(3, (r) => ctd(r, 'info', `RunPodSandbox for ${podMeta(r)}`)),
    t(3, (r) => ctd(r, 'info', `RunPodSandbox for ${podMeta(r)} returns sandbox id \\"${r.hex(64)}\\"`)),
    t(3, (r) => ctd(r, 'info', `CreateContainer within sandbox \\"${r.hex(64)}\\" for container ${ctrMeta(r)}`)),
    t(3, (r) => ctd(r, 'info', `CreateContainer within sandbox \\"${r.hex(64)}\\" for ${ctrMeta(r)} returns container id \\"${r.hex(64)}\\"`)),
    t(4, (r) => ctd(r, 'info', `StartContainer for \\"${r.hex(64)}\\"`)),
    t(4, (r) => ctd(r, 'info', `StartContainer for \\"${r.hex(64)}\\" returns successfully`)),
    t(3, (r) => ctd(r, 'info', `StopContainer for \\"${r.hex(64)}\\" with timeout ${r.pick([2, 30, 30, 60])} (s)`)),
    t(3, (r) => ctd(r, 'info', `StopContainer for \\"${r.hex(64)}\\" returns successfully`)),
    t(5, (r) => `${ctd(r, 'info', 'shim disconnected')} id=${r.hex(64)} namespace=${skew(r, ['k8s.io', 'moby'], 0.9)}`),
    t(3, (r) => `${ctd(r, 'warning', 'cleaning up after shim disconnected')} id=${r.hex(64)} namespace=${skew(r, ['k8s.io', 'moby'], 0.9)}`),
    t(2, (r) => ctd(r, 'info', `PullImage \\"${r.pick(IMAGES)}\\"`)),
    t(4, (r) => ctd(r, 'info', `ImageCreate event name:\\"${r.next() < 0.5 ? r.pick(IMAGES) : `sha256:${r.hex(64)}`}\\" labels:{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}`)),
    t(3, (r) => ctd(r, 'info', `TearDown network for sandbox \\"${r.hex(64)}\\" successfully`)),
    t(2, (r) => { const id = r.hex(64); return `${ctd(r, 'error', `ContainerStatus for \\"${id}\\" failed`)} error="rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found"`; }),
  ] },
  { name: 'nextcloud', templates: [
    t(8, (r) => { const u = r.next() < 0.7 ? ncUser(r) : r.pick(['admin', 'root', 'test', 'info@example.com']); return nc(r, 2, 'core', `Login failed: '${u}' (Remote IP: '${r.ip()}')`, true); }),
    t(2, (r) => nc(r, 1, 'core', `Bruteforce attempt from "${r.ip()}" detected for action "${r.pick(['login', 'sharePictures', 'webdav', 'publicLinkAuth'])}".`, true)),
    t(2, (r) => nc(r, 2, 'core', `Trusted domain error. "${r.ip()}" tried to access using "${r.pick(['cloud.example.org', '203.0.113.9', 'nextcloud.local'])}" as host.`, true)),
    t(15, (r) => nc(r, 0, 'cron', `Run ${r.pick(NC_JOBS)} job with ID ${r.int(1, 400)}`, false)),
    t(15, (r) => nc(r, 0, 'cron', `Finished ${r.pick(NC_JOBS)} job with ID ${r.int(1, 400)} in ${r.int(0, 240)} seconds`, false)),
    t(6, (r) => { const m = `File with name ${ncFile(r)} could not be located`; return nc(r, 0, 'webdav', m, true, { exception: { Exception: 'Sabre\\DAV\\Exception\\NotFound', Message: m, Code: 0 } }); }),
    t(1.5, (r) => nc(r, 3, 'cron', `Error while running background job ${r.pick(NC_JOBS)} (id: ${r.int(1, 400)}, arguments: ${r.next() < 0.5 ? 'null' : `{"uid":"${ncUser(r)}","folder":${r.int(100, 9999)}}`})`, false, { exception: r.pick(NC_EXC) })),
    t(1, (r) => nc(r, 3, 'core', `Temporary directory ${r.pick(['/tmp/', '/var/tmp/nextcloud/'])} is not present or writable`, r.next() < 0.5)),
    t(1, (r) => nc(r, 3, 'core', `Memcache \\OC\\Memcache\\${r.pick(['APCu', 'Redis'])} not available for ${r.pick(['local', 'distributed'])} cache`, false)),
    t(3, (r) => nc(r, 1, 'preview', `Preview generation failed for file ${r.int(1000, 999999)}: ${r.pick(['No provider successfully handled the preview generation', 'Imagick::readImage(): Insufficient memory', 'ffmpeg exited with status 1'])}`, true)),
  ] },
  { name: 'smartd', templates: [
    t(20, (r) => `${sm(r)}${ata(r)}SMART Usage Attribute: ${r.pick(USAGE)} ${changed(r)}`),
    t(8, (r) => `${sm(r)}${ata(r)}SMART Prefailure Attribute: ${r.pick(PREFAIL)} ${changed(r)}`),
    t(3, (r) => `${sm(r)}${ata(r)}${r.int(1, 400)} Currently unreadable (pending) sectors`),
    t(3, (r) => `${sm(r)}${ata(r)}${r.int(1, 400)} Offline uncorrectable sectors`),
    t(1, (r) => `${sm(r)}${anyDev(r)}opened`),
    t(1, (r) => `${sm(r)}${anyDev(r)}is SMART capable. Adding to "monitor" list.`),
    t(2, (r) => `${sm(r)}${ata(r)}starting scheduled Short Self-Test.`),
    t(1, (r) => `${sm(r)}${ata(r)}starting scheduled Long Self-Test.`),
    t(3, (r) => { const lim = r.pick([45, 50, 55]); return `${sm(r)}${ata(r)}Temperature ${lim + r.int(0, 6)} Celsius reached limit of ${lim} Celsius (Min/Max ${r.int(18, 30)}/${lim + r.int(0, 9)})`; }),
    t(8, (r) => (r.next() < 0.8 ? `${sm(r)}${ata(r)}state written to /var/lib/smartmontools/smartd.${r.pick(['WDC_WD40EFRX_68N32N0', 'ST8000VN004_2M2101', 'TOSHIBA_MG08ACA16TE'])}-${r.alnum(8).toUpperCase()}.ata.state` : `${sm(r)}Device: /dev/nvme0, state written to /var/lib/smartmontools/smartd.Samsung_SSD_980_PRO_1TB-S5GXNF0R${r.int(100000, 999999)}.nvme.state`)),
    t(0.8, (r) => `${sm(r)}Monitoring ${r.int(0, 8)} ATA/SATA, ${r.int(0, 2)} SCSI/SAS and ${r.int(0, 2)} NVMe devices`),
    t(2, (r) => { const a = r.int(0, 40); return `${sm(r)}${ata(r)}ATA error count increased from ${a} to ${a + r.int(1, 3)}`; }),
    t(1.5, (r) => { const a = r.int(0, 900); return `${sm(r)}Device: /dev/nvme0, number of Error Log entries increased from ${a} to ${a + 1}`; }),
    t(1.5, (r) => `${sm(r)}${ata(r)}previous self-test completed without error`),
  ] },
  { name: 'tor', templates: [
    t(8, (r) => { const [p, tag, s] = r.pick(BOOT); return `${tor(r, 'notice')}Bootstrapped ${p}% (${tag}): ${s}`; }),
    t(10, (r) => `${tor(r, 'notice')}Heartbeat: Tor's uptime is ${uptime(r)}, with ${r.int(0, 4000)} circuits open. I've sent ${traffic(r)} and received ${traffic(r)}.${r.next() < 0.4 ? ` I've received ${r.int(0, 90000)} connections on IPv4 and ${r.int(0, 900)} on IPv6. I've made ${r.int(0, 9000)} connections with IPv4 and ${r.int(0, 900)} with IPv6.` : ''}`),
    t(8, (r) => `${tor(r, 'notice')}Circuit handshake stats since last time: ${r.int(0, 50)}/${r.int(0, 50)} TAP, ${r.int(0, 90000)}/${r.int(0, 90000)} NTor.`),
    t(1.5, (r) => `${tor(r, 'notice')}Our IP Address has changed from ${r.ip()} to ${r.ip()}; rebuilding descriptor (source: ${r.ip()}).`),
    t(1.5, (r) => `${tor(r, 'notice')}Self-testing indicates your ORPort ${r.ip()}:${r.pick([9001, 443])} is reachable from the outside. Excellent. Publishing server descriptor.`),
    t(1.5, (r) => { const k = r.pick(['Socks', 'Control', 'OR', 'DNS']); return `${tor(r, 'notice')}Opening ${k} listener on ${k === 'OR' ? '0.0.0.0:9001' : `127.0.0.1:${r.pick([9050, 9051, 5353])}`}`; }),
    t(1.5, (r) => { const k = r.pick(['Socks', 'Control', 'OR', 'DNS']); return `${tor(r, 'notice')}Opened ${k} listener connection (ready) on ${k === 'OR' ? '0.0.0.0:9001' : `127.0.0.1:${r.pick([9050, 9051, 5353])}`}`; }),
    t(1.5, (r) => `${tor(r, 'warn')}Your system clock just jumped ${r.int(60, 9000)} seconds forward; assuming established circuits no longer work.`),
    t(2, (r) => { const [p, tag, s] = r.pick(BOOT.slice(1, 10)); return `${tor(r, 'warn')}Problem bootstrapping. Stuck at ${p}% (${tag}): ${s}. (${r.pick(['DONE', 'TIMEOUT', 'CONNECTREFUSED', 'NOROUTE'])}; ${r.pick(['DONE', 'TIMEOUT', 'CONNECTREFUSED', 'NOROUTE'])}; count ${r.int(1, 60)}; recommendation warn; host ${r.hex(40).toUpperCase()} at ${r.ip()}:${r.pick([443, 9001, 9101])})`; }),
    t(1, (r) => { const c = r.int(20, 600); return `${tor(r, 'notice')}Guard ${r.pick(['Unnamed', 'torpidsDEinterwerk', 'ForPrivacyNET', 'nicenode'])} ($${r.hex(40).toUpperCase()}) is failing more circuits than usual. Most likely this means the Tor network is overloaded. Success counts are ${r.int(10, c)}/${c}. Use counts are ${r.int(0, 90)}/${r.int(90, 120)}. ${r.int(10, c)} circuits completed, ${r.int(0, 9)} were unusable, ${r.int(0, 9)} collapsed, and ${r.int(0, 99)} timed out. For reference, your timeout cutoff is ${r.int(10, 60)} seconds.`; }),
    t(0.8, (r) => `${tor(r, 'notice')}Tor ${r.pick(['0.4.8.9', '0.4.8.10', '0.4.7.16'])} running on Linux with Libevent 2.1.12-stable, OpenSSL ${r.pick(['3.0.11', '3.0.13'])}, Zlib 1.2.13, Liblzma 5.4.1, Libzstd 1.5.4 and Glibc 2.36 as libc.`),
    t(1, (r) => `${tor(r, 'notice')}Received reload signal (hup). Reloading config and resetting internal state.`),
  ] },
  { name: 'nats-server', templates: [
    t(18, (r) => `${nats(r, 'DBG')}${cl(r)}Client connection created`),
    t(16, (r) => `${nats(r, 'DBG')}${cl(r)}${clName(r)}Client connection closed: ${r.pick(CLOSE)}`),
    t(3, (r) => `${nats(r, 'ERR')}${cl(r)}${clName(r)}Slow Consumer Detected: WriteDeadline of ${r.pick(['10s', '2s', '5s'])} exceeded with ${r.int(1, 40)} chunks of ${r.int(1000, 9000000)} total bytes.`),
    t(3, (r) => `${nats(r, 'WRN')}${cl(r)}${clName(r)}Readloop processing time: ${r.float(2, 30, 3)}s`),
    t(2, (r) => `${nats(r, 'INF')}${route(r)}Route connection created`),
    t(2, (r) => `${nats(r, 'INF')}${route(r)}Router connection closed: ${r.pick(CLOSE)}`),
    t(2, (r) => `${nats(r, 'ERR')}${cl(r)}${clName(r)}authentication error${r.next() < 0.5 ? ` - User "${r.pick(PEOPLE)}"` : ''}`),
    t(0.8, (r) => `${nats(r, 'INF')}Starting nats-server`),
    t(0.8, (r) => `${nats(r, 'INF')}  Version:  2.10.${r.int(1, 22)}`),
    t(0.8, (r) => `${nats(r, 'INF')}Listening for client connections on 0.0.0.0:${skew(r, [4222, 14222], 0.9)}`),
    t(0.8, (r) => `${nats(r, 'INF')}Server is ready`),
    t(3, (r) => `${nats(r, 'INF')}JetStream cluster new stream leader for '${stream(r)}'`),
    t(3, (r) => `${nats(r, 'INF')}JetStream cluster new consumer leader for '${stream(r)} > ${r.pick(['worker', 'indexer', 'dlq-replay', 'KV_watch_7f3a'])}'`),
    t(1, (r) => `${nats(r, 'WRN')}JetStream cluster stream '${stream(r)}' has NO quorum, stalled`),
  ] },
  { name: 'ansible', templates: [
    t(2, (r) => `${ans(r)}${stars(`PLAY [${r.pick(['webservers', 'all', 'dbservers', 'Bootstrap new hosts', 'Rolling restart of web tier'])}]`)}`),
    t(12, (r) => `${ans(r)}${stars(`TASK [${r.pick(TASKS)}]`)}`),
    t(20, (r) => `${ans(r)}ok: [${ah(r)}]`),
    t(8, (r) => `${ans(r)}changed: [${ah(r)}]`),
    t(6, (r) => `${ans(r)}skipping: [${ah(r)}]`),
    t(6, (r) => `${ans(r)}ok: [${ah(r)}] => (item=${r.pick(ITEMS)})`),
    t(4, (r) => `${ans(r)}changed: [${ah(r)}] => (item=${r.pick(ITEMS)})`),
    t(1.5, (r) => `${ans(r)}fatal: [${ah(r)}]: FAILED! => {"changed": false, "msg": "${r.pick(['No package matching \'htopp\' is available', 'Could not find the requested service nginx: host', 'Destination directory /etc/nginx/sites-enabled does not exist', 'Timeout when waiting for 127.0.0.1:443'])}"}`),
    t(1, (r) => { const h = ah(r); return `${ans(r)}fatal: [${h}]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host ${h} port 22: ${r.pick(['Connection timed out', 'No route to host', 'Connection refused'])}", "unreachable": true}`; }),
    t(1, (r) => `${ans(r)}...ignoring`),
    t(1, (r) => `${ans(r)}${stars('PLAY RECAP')}`),
    t(4, (r) => `${ans(r)}${ah(r).padEnd(26)} : ok=${String(r.int(1, 60)).padEnd(4)} changed=${String(r.int(0, 20)).padEnd(4)} unreachable=${r.next() < 0.9 ? 0 : 1}    failed=${r.next() < 0.85 ? 0 : 1}    skipped=${String(r.int(0, 15)).padEnd(4)} rescued=0    ignored=${r.int(0, 1)}`),
    t(2, (r) => `${ans(r)}${stars(`RUNNING HANDLER [${r.pick(['nginx : reload nginx', 'common : restart chrony', 'postgresql : restart postgresql'])}]`)}`),
    t(1, (r) => `${ans(r)}[WARNING]: Platform linux on host ${ah(r)} is using the discovered Python interpreter at /usr/bin/python${r.pick(['3.10', '3.11', '3.12'])}, but future installation of another Python interpreter could change the meaning of that path. See https://docs.ansible.com/ansible-core/2.16/reference_appendices/interpreter_discovery.html for more information.`),
  ] },
];

// Tuning corpus of failure kinds: small labelled systems, each built around one way a
// Drain-style miner goes wrong on real logs (a host:port that dominates its position, quoted
// HTTP request lines, a state word that names the event, free text whose length varies with
// its value, Windows servicing logs, sshd). Rules are tuned against these and the main
// synthetic corpus; the held-out corpus (patterns-heldout.ts) is only evaluated.

import type { HeldoutSystem } from './patterns-heldout.ts';
import type { Rng } from './patterns-rng.ts';

const HOSTS = ['edge.intranet.example.org', 'files.example.com', 'ocsp.pki.example.net', 'push.example.io', 'assets.example.com', 'metrics.example.org'];
const WORDS = ['replica', 'lagging', 'behind', 'primary', 'by', 'several', 'segments', 'during', 'catch', 'up', 'after', 'restart', 'of', 'node'];
const ACCOUNTS = ['ana', 'bert', 'cleo', 'dirk', 'eva', 'finn', 'gus', 'hana', 'ivo', 'jan', 'root', 'admin', 'oracle', 'deploy'];
const VERBS = ['GET', 'POST', 'PUT', 'DELETE'];
const d2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const dominant = (r: Rng) => (r.next() < 0.75 ? HOSTS[0] : r.pick(HOSTS));
const hp = (r: Rng) => (r.next() < 0.15 ? `${r.ip()}:${r.int(80, 9000)}` : `${dominant(r)}:${r.pick(['443', '8443'])}`);
const amount = (r: Rng, unit: string) => {
  const n = r.int(0, 5_000_000);
  return n > 2048 ? `${n} ${unit} (${(n / 1048576).toFixed(2)} MB)` : `${n} ${unit}`;
};

export const KIND_SYSTEMS: HeldoutSystem[] = [
  {
    name: 'tunnel',
    templates: [
      { weight: 20, gen: (r) => `connect ${hp(r)} via relay ${r.next() < 0.8 ? 'relay.example.org:8080' : `${r.ip()}:8080`} TLS` },
      { weight: 6, gen: (r) => `connect ${hp(r)} via relay ${r.next() < 0.8 ? 'relay.example.org:1080' : `${r.ip()}:1080`} SOCKS` },
      { weight: 20, gen: (r) => `session ${hp(r)} ended, ${amount(r, 'bytes')} up, ${amount(r, 'bytes')} down, duration ${d2(r.int(0, 59))}:${d2(r.int(0, 59))}` },
      { weight: 4, gen: (r) => `${hp(r)} failed : relay ${r.next() < 0.8 ? 'relay.example.org:8080' : `${r.ip()}:8080`} refused the connection` },
      { weight: 3, gen: (r) => `${hp(r)} failed : name lookup of ${dominant(r)} timed out` },
    ],
  },
  {
    name: 'api-access',
    templates: [
      // The path is a variable and the method a constant, as Loghub labels request lines.
      { weight: 14, gen: (r) => `${r.ip()} "GET /api/v1/${r.hex(24)}/volumes${r.next() < 0.3 ? `/${r.uuid()}` : ''} HTTP/1.1" status: 200 len: ${r.int(100, 5000)} time: ${r.float(0, 2, 6)}` },
      { weight: 6, gen: (r) => `${r.ip()} "POST /api/v1/${r.hex(24)}/volumes HTTP/1.1" status: 201 len: ${r.int(100, 5000)} time: ${r.float(0, 2, 6)}` },
      { weight: 4, gen: (r) => `${r.ip()} "DELETE /api/v1/${r.hex(24)}/volumes/${r.uuid()} HTTP/1.1" status: 204 len: ${r.int(100, 500)} time: ${r.float(0, 2, 6)}` },

      { weight: 3, gen: (r) => `proxying "POST /internal/${r.pick(['sync', 'flush', 'drain'])}" to ${r.ip()}:${r.int(1025, 60000)}` },
    ],
  },
  {
    name: 'lifecycle',
    templates: [
      { weight: 5, gen: (r) => `[vm ${r.uuid()}] Domain Booted (state change)` },
      { weight: 5, gen: (r) => `[vm ${r.uuid()}] Domain Suspended (state change)` },
      { weight: 5, gen: (r) => `[vm ${r.uuid()}] Domain Shutoff (state change)` },
      { weight: 5, gen: (r) => `[vm ${r.uuid()}] Domain Crashed (state change)` },
      { weight: 4, gen: (r) => `[vm ${r.uuid()}] Migration to ${r.pick(['cmp-1', 'cmp-2', 'cmp-3'])}.example.org took ${r.float(1, 90, 2)} seconds` },
      { weight: 6, gen: (r) => `worker ${r.pick(ACCOUNTS)} finished job ${r.int(1, 99999)}` },
    ],
  },
  {
    name: 'free-text',
    templates: [
      { weight: 6, gen: (r) => `Replication check failed: ${Array.from({ length: r.int(2, 7) }, () => r.pick(WORDS)).join(' ')}` },
      { weight: 6, gen: (r) => `Transferred ${amount(r, 'bytes')} to ${r.ip()} in ${r.int(1, 900)} ms` },
      { weight: 5, gen: (r) => `Compaction of ${r.pick(['events', 'metrics', 'traces'])} merged ${r.int(2, 40)} files into ${amount(r, 'bytes')}` },
      { weight: 4, gen: (r) => `Unit ${r.pick(['Periodic Command Scheduler', 'Login Service', 'Time Synchronization', 'Disk Manager'])} entered failed state` },
      { weight: 3, gen: (r) => `Health check of ${r.pick(['db', 'cache', 'queue'])}-${r.int(1, 9)} passed` },
    ],
  },
  {
    name: 'servicing',
    templates: [
      { weight: 8, gen: (r) => `Applicability evaluated for component: Feature_${r.pick(['Update', 'Rollup'])}_${r.int(100000, 999999)}~${r.hex(16)}~x86~~10.0.${r.int(1, 9)}.${r.int(0, 9)}, State: ${r.pick(['0', '7', '112'])}` },
      { weight: 6, gen: (r) => `Failed to open manifest [HRESULT = 0x800f0${r.pick(['805', '80d'])} - ${r.pick(['SVC_E_INVALID_PACKAGE', 'SVC_E_MANIFEST_INVALID_ITEM'])}]` },
      { weight: 4, gen: () => `Installer service initialized.` },
      // The client is part of the event, as Loghub's Windows templates have it (`initialized by client SPP.`).
      { weight: 2, gen: (r) => `Transaction: ${r.int(1e7, 9e7)}_${r.int(1e9, 4e9)} started by client UpdateAgent.` },
      { weight: 2, gen: (r) => `Transaction: ${r.int(1e7, 9e7)}_${r.int(1e9, 4e9)} started by client Scheduler.` },
      { weight: 3, gen: (r) => `${r.hex(8)}@2019/${r.int(1, 12)}/${r.int(1, 28)}:${r.int(0, 23)}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}.${r.int(100, 999)} Loader called (frames ${Array.from({ length: r.int(2, 6) }, () => `@0x${r.hex(9)}`).join(' ')})` },
      { weight: 3, gen: (r) => `Loaded stack v10.0.${r.int(10000, 19999)}.${r.int(1, 999)} from C:\\Windows\\WinSxS\\x86_servicing_${r.hex(16)}\\core.dll` },
    ],
  },
  {
    name: 'auth',
    templates: [
      { weight: 10, gen: (r) => `Failed password for ${r.pick(ACCOUNTS)} from ${r.ip()} port ${r.int(1025, 65000)} ssh2` },
      { weight: 10, gen: (r) => `Failed password for invalid user ${r.pick(ACCOUNTS)} from ${r.ip()} port ${r.int(1025, 65000)} ssh2` },
      { weight: 8, gen: (r) => `Connection closed by ${r.ip()} port ${r.int(1025, 65000)} [preauth]` },
      { weight: 6, gen: (r) => `Received disconnect from ${r.ip()} port ${r.int(1025, 65000)}:11: ${r.pick(['Bye Bye', 'disconnected by user', 'Normal Shutdown, Thank you for playing'])} [preauth]` },
      { weight: 6, gen: (r) => `pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${r.next() < 0.5 ? r.ip() : `${r.alnum(6)}.dyn.example.net`}` },
      { weight: 5, gen: (r) => `Invalid user ${r.pick(ACCOUNTS)} from ${r.ip()}` },
      { weight: 4, gen: (r) => `input_userauth_request: invalid user ${r.pick(ACCOUNTS)} [preauth]` },
    ],
  },
];

// Eighth sealed evaluation corpus for the template miner: written on 2026-12-07, before any miner
// change of the round after sealed7, by a helper that had read neither the miner nor any per-system
// (or average) score of the other sets. It is meant to be scored like sealed5 to sealed7 (average
// and minimum only until a round ends, per system only at the end of that round). The lines are
// written from knowledge of the formats, not copied, with the variable parts drawn from the seeded
// RNG.
// Formats in none of the other sets: GlusterFS (glusterd, brick and client logs in one stream),
// SSSD's debug logs (sssd_be, sssd_nss, sssd_pam), a Matrix Synapse homeserver (access lines and
// its other loggers), Zigbee2MQTT, the coturn TURN server, rclone's log with its stats block,
// Syncthing, a Fastify service's pino JSON, Icinga 2, Monit, Apache Solr 9, WildFly, Calico Felix,
// multipathd with iscsid (and the kernel's iSCSI lines) under syslog, OpenSMTPD under syslog, and a
// Splunk universal forwarder's splunkd.log.
//
// Labelling follows patterns-heldout.ts and sealed5 to sealed7: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list or a
// JSON value. Different verbs, outcomes or states written into the message's own wording are
// different events. Decisions taken for the ambiguous cases:
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event (Synapse's access line `... 200 "GET /_matrix/... HTTP/1.1"` / `"PUT ..."` / `"POST
//   ..."`; its request tag `GET-123` follows the method). A method inside a value stays a
//   variable: Synapse's outgoing federation request `Completed request: 200 OK in 0.1 secs, got N
//   bytes - PUT matrix-federation://...` (and its `{PUT-O-12}` tag), the `method='GET'` inside a
//   request repr, pino's `"req":{"method":"GET",...}` and Fastify's `Route GET:/x not found` /
//   `... in "/orders/:id" (GET)?` messages.
// - JSON: pino lines are labelled by the wording of `msg` (every other key's value is a variable;
//   `cache hit` / `cache miss` are two events). Fastify logs an error with the error's own message
//   as `msg`: there the message is free text and the event is the layout, so a 4xx (logged at
//   info with `res` and `err`) and a 5xx (logged at error with `req`, `res` and `err`) are two
//   events. Zigbee2MQTT's payloads and `data '{...}'` are one variable each.
// - Key lists: OpenSMTPD's subsystem and event words (`smtp connected`, `smtp tls`, `smtp
//   message`, `smtp envelope`, `smtp disconnected`, `smtp failed-command`, `smtp authentication`,
//   `mda delivery`, `mta connecting` / `connected` / `tls` / `delivery` / `disconnected`) are the
//   event; every value is a variable (`result=Ok` / `TempFail` / `PermFail`, `result=ok` /
//   `permfail`, `reason=quit` / `disconnect` / `io-error`, a quoted SMTP reply). `mta
//   disconnected` carries `messages=` and is an event apart from `smtp disconnected`. Solr's
//   request line with `hits=` (a search) and without it (a ping) are two events (their key sets
//   differ), as sealed6 did with Sendmail; the params map, the update processor's `{add=[...]}`
//   list (of varying length) or `{commit=}` are variables. Felix's trailing `key=value` lists,
//   Go struct dumps (`&proto.WorkloadEndpointID{...}`, `&intdataplane.ifaceStateUpdate{...}`)
//   and Splunk's `key=value` items are variables; Felix's source file and line are part of the
//   event.
// - Verbs and outcomes in the wording are events: coturn's `incoming packet X processed, success`
//   / `processed, error N: reason` (the packet's method X is printed as a value and is a
//   variable, as are the code and reason) and its `new,` / `refreshed,` / `usage:` / `delete:`
//   session lines; rclone's `Copied (new)` / `Copied (replaced existing)` / `Copied (server-side
//   copy)` / `Moved (server-side)` / `Deleted` / `Updated modification time in destination` /
//   `Unchanged skipping`; Zigbee2MQTT's `joined` / `left the network` / `announced itself` and
//   `Interview for X started` / `Successfully interviewed` / `Failed to interview`, `allowing new
//   devices to join` / `disabling joining new devices`; multipathd's `checker reports path is
//   down` / `is up`, `mark as failed` / `reinstated`, `add path` / `remove path`, `Entering
//   recovery mode` / `Recovered to normal mode`; Monit's `matches resource limit` / `check
//   succeeded`, `failed protocol test` / `connection succeeded`; SSSD's `Looking up [x] in cache` /
//   `Returning [x] from cache` / `Object [x] was not found in cache` / `Looking up [x] in data
//   provider`, `Going offline!` / `Going online.`; Felix's `Local endpoint updated` / `deleted` and
//   `Endpoint up` / `down for at least one IP version`; Syncthing's `Established secure connection`
//   / `Connection to ... closed:`; WildFly's `Starting deployment` / `Deployed` / `Stopped
//   deployment`.
// - States and kinds printed as values stay variables: GlusterFS's `Completed data selfheal` /
//   `metadata` / `entry` (one statement, the kind a %s), `Received ACC` / `RJT`, the peer state
//   `<Peer in Cluster>` and a fop name (`Failing READ on gfid`); SSSD's request type (`New request
//   'User by name'`, `DP Request [Initgroups #3]`), its `Finished: <result>`, the PAM command and
//   `received: [7 (Authentication failure)]`, a task name in `Task [Refresh Records]`; Icinga 2's
//   notification type (`'Problem'`, `'Recovery'`), WorkQueue names and the object type in
//   `Instantiated N Services.` / `1 Zone.`; Monit's action in `'x' restart action done` and the
//   protocol in `[HTTP]`; Syncthing's folder type (`sendreceive`) and NAT type; Zigbee2MQTT's
//   message type and cluster, its `'set'` / `'get'`, a device's description and type (`(Router)`);
//   coturn's listener and socket protocol (`UDP`, `TLS/TCP`); a multipath checker's name (`tur`,
//   `directio`); iscsid's error name and description; Felix's `State:"up"` and `status="down"`.
// - Prefix fields: GlusterFS's severity letter, MSGID and `[file.c:line:function]` are part of
//   the event, the translator name (`0-gv0-client-2`, `0-/usr/sbin/glusterfsd`) a variable. SSSD's
//   `[function] (0xlevel)` is part of the event, the component (`be[corp.example.com]`) a variable.
//   Synapse's logger name and line number are part of the event, its request tag (`GET-123`,
//   `federation_transaction_transmission_loop-12`, `sentinel`) a variable; the access logger's
//   port suffix (`synapse.access.http.8008` / `8448`) is a variable too. WildFly's category and
//   message id (`WFLYSRV0010:`) are part of the event, its thread name (`default task-12`,
//   `ServerService Thread Pool -- 45`, `MSC service thread 1-3`: one variable of varying length) a
//   variable. Solr's thread name and MDC bracket (`[c:products s:shard1 r:core_node3 x:... t:...]`
//   or the empty `[   ]`) are variables, the logger abbreviation is part of the event. Splunk's
//   component is part of the event, `[pid thread-name]` a variable. Icinga 2's `severity/Component:`,
//   Monit's and Zigbee2MQTT's level words and Felix's `[LEVEL]` are part of the event; Felix's pid,
//   Monit's time zone, coturn's uptime and thread id, Syncthing's short device id and a syslog
//   header's host and pid are variables.
// - Free text that fills a statement's hole is a variable: a Synapse push failure, rclone's
//   `Failed to copy: <error>`, Syncthing's close and puller reasons, coturn's close reason,
//   Icinga 2's plugin output and argument list, Monit's protocol error after `--` and start
//   command, WildFly's `Hibernate: <sql>` on `[stdout]` and an exception text, Solr's client
//   exception, an SQL error after `SqlExceptionHelper`, iscsid's connect error, a Splunk exec
//   message.
// - rclone's stats block prints lines without the log prefix; `Transferred:` appears twice in it
//   (bytes with rate and ETA, then files) and those are two events. The empty `INFO  : ` line that
//   opens the block is an event of its own. Sizes and their units (`1.234 GiB`, `0 B/s`) are
//   variables.
// - A name or a path with spaces (a Syncthing folder label, an rclone path, a device description,
//   an Icinga 2 service `disk /`) is one variable of varying length.

import type { HeldoutSystem } from './patterns-heldout.ts';
import { t, d2, pad, hms, bsd, ymd, ms3, usec, skew, syslog, port, some, PEOPLE, lan, pick } from './patterns-gen.ts';
import { Rng } from './patterns-rng.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const upper = (r: Rng, n: number) => { let s = ''; for (let i = 0; i < n; i++) s += UPPER[(r.next() * UPPER.length) | 0]; return s; };
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** C's ctime(): `Mon Dec  7 10:11:12 2026`. */
const ctime = (r: Rng) => { const m = r.next() < 0.8 ? 12 : 11; const d = r.int(1, 28); return `${DOW[new Date(Date.UTC(2026, m - 1, d)).getUTCDay()]} ${m === 12 ? 'Dec' : 'Nov'} ${d < 10 ? ' ' : ''}${d} ${hms(r)} 2026`; };

// GlusterFS
const gts = (r: Rng) => `[${ymd(r)} ${hms(r)}.${usec(r)} +0000]`;
const gl = (r: Rng, sev: string, msgid: number | null, src: string, xl: string) => `${gts(r)} ${sev} ${msgid ? `[MSGID: ${msgid}] ` : ''}[${src}] ${xl}: `;
const GVOLS = ['gv0', 'data', 'home', 'backups'];
const gvol = (r: Rng) => skew(r, GVOLS, 0.6);
const GHOSTS: [string, string][] = [['gfs1', '10.0.0.11'], ['gfs2', '10.0.0.12'], ['gfs3', '10.0.0.13']];
const gbrick = (r: Rng, v: string) => `/data/glusterfs/${v}/brick${r.int(1, 2)}`;
const gctx = (r: Rng, v: string) => `CTX_ID:${r.uuid()}-GRAPH_ID:0-PID:${r.int(300, 90000)}-HOST:${skew(r, ['web-01', 'web-02', 'gfs1', 'gfs2', 'app-7'], 0.4)}-PC_NAME:${v}-client-${r.int(0, 2)}-RECON_NO:-${r.next() < 0.8 ? 0 : r.int(1, 9)}`;
const gfid = (r: Rng) => r.uuid();
const GPATHS = ['/app/uploads/2026/12/avatar.png', '/home/alice/.cache/thumbnails/large', '/backups/db/shop-2026-12-07.sql.gz', '/app/sessions/sess_8f2c1a', '/home/bob/Documents/report draft.odt'];
const GERR: [number, string][] = [[2, 'No such file or directory'], [2, 'No such file or directory'], [107, 'Transport endpoint is not connected'], [13, 'Permission denied'], [61, 'No data available'], [116, 'Stale file handle']];

// SSSD
const SDOMS = ['corp.example.com', 'corp.example.com', 'lab.example.com'];
const sss = (r: Rng, comp: string, fn: string, lvl: string) => `(${ymd(r)} ${hms(r)}:${usec(r)}): [${comp === 'be' ? `be[${skew(r, SDOMS, 0.8)}]` : comp}] [${fn}] (${lvl}): `;
const suser = (r: Rng) => { const u = skew(r, [...PEOPLE, 'svc-backup', 'jenkins', 'admin.alice'], 0.2); return r.next() < 0.8 ? `${u}@corp.example.com` : u; };
const SREQ: [string, (r: Rng) => string][] = [
  ['User by name', (r) => `[${suser(r)}]`], ['Initgroups by name', (r) => `[${suser(r)}]`], ['User by ID', (r) => `[UID:${r.int(1000000, 1999999)}@corp.example.com]`], ['Group by name', (r) => `[${r.pick(['domain users', 'wheel', 'devops', 'linux-admins'])}@corp.example.com]`], ['Group by ID', (r) => `[GID:${r.int(1000000, 1999999)}@corp.example.com]`],
];
const SDPREQ = ['Account', 'Initgroups', 'PAM Authenticate', 'PAM Account', 'Sudo', 'Hostid'];
const sdpreq = (r: Rng) => `[${skew(r, SDPREQ, 0.5)} #${r.int(1, 9000)}]`;
const SRES = ['[0]: Success', '[0]: Success', '[0]: Success', '[2]: No such file or directory', '[110]: Connection timed out', '[1432158212]: SSSD is offline'];

// Matrix Synapse
const syn = (r: Rng, logger: string, line: number, lvl: string, req: string) => `${ymd(r)} ${hms(r)},${ms3(r)} - ${logger} - ${line} - ${lvl} - ${req} - `;
const MXUSERS = ['@alice:example.org', '@bob:example.org', '@carol:example.org', '@hana:example.org', '@bridge-bot:example.org'];
const MXROOMS = ['!OGEhHVWSdvArJzumhm:example.org', '!cURbafjkfsMDVwdRDQ:matrix.org', '!vfFxDRtZSSdspfTSEr:example.org', '!xYvYvLnJkPZAhTcaQs:kde.org'];
const MXSERVERS = ['matrix.org', 'kde.org', 'mozilla.org', 'gitter.im', 'nheko.im', 'tchncs.de'];
const mxsrv = (r: Rng) => skew(r, MXSERVERS, 0.5);
const mxtxn = (r: Rng) => String(1796601600000 + r.int(0, 604800000));
const mxUA = (r: Rng) => skew(r, ['Element/1.11.86 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Element X/25.01.0 (iPhone 15 Pro; iOS 18.1; en)', 'Synapse/1.121.1', 'mautrix-whatsapp/v0.11.1 mautrix-go/v0.22.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.86 Chrome/130.0.6723.137 Electron/33.2.1 Safari/537.36', '-'], 0.35);
const secs = (r: Rng, hi: number) => `${r.float(0, hi, 3)}sec`;
const mxAccess = (r: Rng, m: string, path: string, statuses: number[]) => {
  const fed = path.startsWith('/_matrix/federation') || path.startsWith('/_matrix/key');
  const who = fed ? `{${mxsrv(r)}}` : r.next() < 0.85 ? `{${skew(r, MXUSERS, 0.4)}}` : '{None}';
  return `${syn(r, `synapse.access.http.${fed ? 8448 : 8008}`, 465, 'INFO', `${m}-${r.int(1, 900000)}`)}${fed ? r.ip() : `10.0.${r.int(0, 3)}.${r.int(2, 250)}`} - ${fed ? 8448 : 8008} - ${who} Processed request: ${secs(r, 2)}/${secs(r, 0.05)} (${secs(r, 0.05)}, ${secs(r, 0.01)}) (${secs(r, 0.05)}/${secs(r, 0.2)}/${r.int(0, 12)}) ${r.int(2, 90000)}B ${r.pick(statuses)} "${m} ${path} HTTP/1.1" "${mxUA(r)}" [${r.int(0, 40)} dbevts]`;
};
const mxGet = (r: Rng) => pick(r, [
  (r: Rng) => `/_matrix/client/v3/sync?filter=${r.int(0, 9)}&timeout=30000&since=s${r.int(100000, 999999)}_${r.int(1000, 99999)}_${r.int(0, 9)}_${r.int(1000, 9999)}_${r.int(100, 999)}_${r.int(0, 9)}_${r.int(0, 99)}_${r.int(1000, 9999)}_0_${r.int(1, 9)}`,
  (r: Rng) => `/_matrix/client/v3/sync?filter=${r.int(0, 9)}&timeout=30000&since=s${r.int(100000, 999999)}_${r.int(1000, 99999)}_${r.int(0, 9)}_${r.int(1000, 9999)}_${r.int(100, 999)}_${r.int(0, 9)}_${r.int(0, 99)}_${r.int(1000, 9999)}_0_${r.int(1, 9)}`,
  () => '/_matrix/client/versions',
  (r: Rng) => `/_matrix/client/v3/rooms/${r.pick(MXROOMS)}/messages?dir=b&from=t${r.int(100, 999)}-${r.int(100000, 999999)}&limit=${r.pick([20, 30, 50])}`,
  (r: Rng) => `/_matrix/client/v1/media/thumbnail/example.org/${r.alnum(24)}?width=${r.pick([96, 320, 800])}&height=${r.pick([96, 240, 600])}&method=${r.pick(['crop', 'scale'])}`,
  () => '/_matrix/client/v3/pushrules/',
  (r: Rng) => `/_matrix/federation/v1/state_ids/${r.pick(MXROOMS)}?event_id=%24${r.alnum(43)}`,
  () => '/_matrix/key/v2/server',
]);
const mxPut = (r: Rng) => pick(r, [
  (r: Rng) => `/_matrix/federation/v1/send/${mxtxn(r)}`,
  (r: Rng) => `/_matrix/client/v3/rooms/${r.pick(MXROOMS)}/send/m.room.message/m${mxtxn(r)}.${r.int(0, 40)}`,
  (r: Rng) => `/_matrix/client/v3/rooms/${r.pick(MXROOMS)}/typing/${encodeURIComponent(r.pick(MXUSERS))}`,
  (r: Rng) => `/_matrix/client/v3/sendToDevice/m.room.encrypted/${r.int(1000, 9999)}`,
]);
const mxPost = (r: Rng) => pick(r, [
  () => '/_matrix/client/v3/keys/upload',
  () => '/_matrix/client/v3/keys/query',
  () => '/_matrix/client/v3/login',
  (r: Rng) => `/_matrix/client/v3/rooms/${r.pick(MXROOMS)}/receipt/m.read/%24${r.alnum(43)}`,
  (r: Rng) => `/_matrix/client/v3/rooms/${r.pick(MXROOMS)}/read_markers`,
]);
const mxTx = (r: Rng) => `federation_transaction_transmission_loop-${r.int(1, 90000)}`;

// Zigbee2MQTT
const z2m = (r: Rng, lvl: string) => `Zigbee2MQTT:${lvl.padEnd(5)} ${ymd(r)} ${hms(r)}: `;
const bat = (r: Rng) => r.int(40, 100);
const lq = (r: Rng) => r.int(0, 255);
type ZDev = { name: string; ieee: string; model: string; vendor: string; descr: string; type: string; payload: (r: Rng) => Record<string, unknown>; cluster: [string, string, (r: Rng) => Record<string, unknown>][] };
const ZDEVS: ZDev[] = [
  { name: 'living_room_motion', ieee: '0x00158d0001a2b3c4', model: 'RTCGQ11LM', vendor: 'Aqara', descr: 'Motion sensor', type: 'EndDevice',
    payload: (r) => ({ battery: bat(r), device_temperature: r.int(18, 30), illuminance: r.int(0, 900), illuminance_lux: r.int(0, 900), linkquality: lq(r), occupancy: r.next() < 0.5, power_outage_count: r.int(0, 40), voltage: r.int(2900, 3100) }),
    cluster: [['attributeReport', 'msIlluminanceMeasurement', (r) => ({ measuredValue: r.int(0, 30000) })], ['attributeReport', 'msOccupancySensing', (r) => ({ occupancy: r.int(0, 1) })]] },
  { name: 'kitchen_plug', ieee: '0xa4c1380b7d2e9f01', model: 'TS011F_plug_1', vendor: 'TuYa', descr: 'Smart plug (with power monitoring)', type: 'Router',
    payload: (r) => ({ child_lock: 'UNLOCK', current: Number(r.float(0, 8, 2)), energy: Number(r.float(0, 900, 2)), indicator_mode: 'off/on', linkquality: lq(r), power: r.int(0, 2000), power_outage_memory: 'restore', state: r.next() < 0.7 ? 'ON' : 'OFF', voltage: r.int(220, 240) }),
    cluster: [['attributeReport', 'haElectricalMeasurement', (r) => ({ activePower: r.int(0, 2000) }), ], ['attributeReport', 'seMetering', (r) => ({ currentSummDelivered: [0, r.int(0, 90000)] })], ['readResponse', 'genOnOff', (r) => ({ onOff: r.int(0, 1) })]] },
  { name: 'hallway_light', ieee: '0x0017880109a1b2c3', model: '9290022166', vendor: 'Philips', descr: 'Hue white and color ambiance E26/E27', type: 'Router',
    payload: (r) => ({ brightness: r.int(1, 254), color: { x: Number(r.float(0.1, 0.6, 4)), y: Number(r.float(0.1, 0.6, 4)) }, color_mode: 'color_temp', color_temp: r.int(153, 500), linkquality: lq(r), state: r.next() < 0.6 ? 'ON' : 'OFF', update: { installed_version: 16786434, latest_version: 16786434, state: 'idle' } }),
    cluster: [['attributeReport', 'genLevelCtrl', (r) => ({ currentLevel: r.int(1, 254) })], ['attributeReport', 'genOnOff', (r) => ({ onOff: r.int(0, 1) })]] },
  { name: 'bedroom_climate', ieee: '0x00158d0006c7d8e9', model: 'WSDCGQ11LM', vendor: 'Aqara', descr: 'Temperature, humidity and pressure sensor', type: 'EndDevice',
    payload: (r) => ({ battery: bat(r), humidity: Number(r.float(30, 70, 2)), linkquality: lq(r), power_outage_count: r.int(0, 40), pressure: Number(r.float(990, 1030, 1)), temperature: Number(r.float(15, 26, 2)), voltage: r.int(2900, 3100) }),
    cluster: [['attributeReport', 'msTemperatureMeasurement', (r) => ({ measuredValue: r.int(1500, 2600) })], ['attributeReport', 'msRelativeHumidity', (r) => ({ measuredValue: r.int(3000, 7000) })]] },
  { name: 'front_door', ieee: '0x00158d00045f6a7b', model: 'MCCGQ11LM', vendor: 'Aqara', descr: 'Door and window contact sensor', type: 'EndDevice',
    payload: (r) => ({ battery: bat(r), contact: r.next() < 0.8, device_temperature: r.int(10, 25), linkquality: lq(r), power_outage_count: r.int(0, 9), voltage: r.int(2900, 3100) }),
    cluster: [['attributeReport', 'genOnOff', (r) => ({ onOff: r.int(0, 1) })]] },
  { name: 'sofa_remote', ieee: '0x000d6ffffe1a2b3c', model: 'E1524/E1810', vendor: 'IKEA', descr: 'TRADFRI remote control', type: 'EndDevice',
    payload: (r) => ({ action: r.pick(['toggle', 'brightness_up_click', 'brightness_down_hold', 'arrow_left_click']), battery: bat(r), linkquality: lq(r) }),
    cluster: [['commandToggle', 'genOnOff', () => ({})], ['commandStepWithOnOff', 'genLevelCtrl', (r) => ({ stepmode: r.int(0, 1), stepsize: 43, transtime: 5 })]] },
  { name: '0x54ef4410003a1b2c', ieee: '0x54ef4410003a1b2c', model: 'SNZB-02D', vendor: 'SONOFF', descr: 'Temperature and humidity sensor with screen', type: 'EndDevice',
    payload: (r) => ({ battery: bat(r), comfort_humidity_max: 60, humidity: Number(r.float(30, 70, 1)), linkquality: lq(r), temperature: Number(r.float(15, 26, 1)), temperature_units: 'celsius' }),
    cluster: [['attributeReport', 'msTemperatureMeasurement', (r) => ({ measuredValue: r.int(1500, 2600) })]] },
];
const zdev = (r: Rng) => skew(r, ZDEVS, 0.25);
const zset = (r: Rng) => pick<Record<string, unknown>>(r, [() => ({ state: 'TOGGLE' }), () => ({ state: 'ON' }), (r: Rng) => ({ brightness: r.int(1, 254) }), (r: Rng) => ({ state: 'ON', brightness: r.int(1, 254), transition: 2 }), (r: Rng) => ({ color_temp: r.int(153, 500) })]);

// coturn
const ct = (r: Rng, lvl = 'INFO') => `${r.int(0, 2000000)}: (${skew(r, [1822, 1823, 1824, 1825], 0.3)}): ${lvl}: `;
const csess = (r: Rng) => `${pad(r.int(0, 7), 3)}000000000${pad(r.int(1, 999999), 6)}`;
const CREALMS = ['turn.example.com', 'meet.example.org'];
const crealm = (r: Rng) => skew(r, CREALMS, 0.75);
const cuser = (r: Rng) => (r.next() < 0.6 ? `${1796601600 + r.int(0, 604800)}:${r.pick(['alice', 'bob', 'jitsi', 'guest-7f3a', 'nc-talk'])}` : r.pick(['alice', 'bob', 'turnuser', 'webrtc']));
const CMETH = ['ALLOCATE', 'REFRESH', 'CREATE_PERMISSION', 'CHANNEL_BIND', 'BINDING'];
const cpeer = (r: Rng) => (r.next() < 0.3 ? lan(r, '10.0') : r.ip());

// rclone
const rc = (r: Rng, lvl: string) => `${ymd(r, '/')} ${hms(r)} ${lvl.padEnd(6)}: `;
const rpath = (r: Rng) => pick(r, [
  (r: Rng) => `photos/2026/${d2(r.int(1, 12))}/IMG_${r.int(1000, 9999)}.${r.pick(['jpg', 'HEIC', 'jpg'])}`,
  (r: Rng) => `photos/2026/${d2(r.int(1, 12))}/VID_2026${d2(r.int(1, 12))}${d2(r.int(1, 28))}_${d2(r.int(0, 23))}${d2(r.int(0, 59))}${d2(r.int(0, 59))}.mp4`,
  (r: Rng) => `documents/Invoices 2026/invoice-${r.int(1000, 9999)}.pdf`,
  (r: Rng) => `music/${r.pick(['Nina Simone', 'Daft Punk', 'The National'])}/${r.pick(['Pastel Blues', 'Discovery', 'High Violet'])}/${d2(r.int(1, 14))} - ${r.pick(['Track', 'Be Mine', 'Sinnerman', 'One More Time'])}.flac`,
  (r: Rng) => `backups/db/shop-${ymd(r)}.sql.gz`,
  (r: Rng) => `home/${r.pick(PEOPLE)}/.config/${r.pick(['Code/User/settings.json', 'fish/config.fish', 'nvim/init.lua'])}`,
]);
const RUNITS = ['B', 'KiB', 'MiB', 'MiB', 'GiB', 'GiB'];
const rdur = (r: Rng, frac = true) => { const s = r.int(0, 20000); const h = Math.floor(s / 3600); const m = Math.floor((s % 3600) / 60); return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${frac ? r.float(0, 59.9, 1) : r.int(0, 59)}s`; };
const RFAIL = [
  () => 'googleapi: Error 403: User rate limit exceeded., userRateLimitExceeded',
  (r: Rng) => `corrupted on transfer: sizes differ ${r.int(1000, 9000000)} vs ${r.int(1000, 9000000)}`,
  () => 'multipart upload failed to upload part: RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period.',
  () => 'context deadline exceeded',
  (r: Rng) => `failed to open source object: open /mnt/data/${r.pick(['photos', 'documents'])}/${r.alnum(8)}: permission denied`,
];

// Syncthing
const stId = (r: Rng) => Array.from({ length: 8 }, () => upper(r, 7)).join('-');
const ST_DEV = new Rng(20261208);
const ST_DEVS = Array.from({ length: 5 }, () => stId(ST_DEV));
const ST_LOCAL = ['K4ZPQ7M', 'W2HN5TA'];
const st = (r: Rng, lvl = 'INFO') => `[${skew(r, ST_LOCAL, 0.8).slice(0, 5)}] ${ymd(r, '/')} ${hms(r)} ${lvl}: `;
const stdev = (r: Rng) => skew(r, ST_DEVS, 0.4);
const STF: [string, string][] = [['Photos', 'xk2pd-q9wlm'], ['Documents', 'default'], ['Camera Uploads', 'pixel_8_qqqj-photos'], ['Obsidian Vault', 'a7rne-3h2cz'], ['Music', 'mu5ic-lib01']];
const stf = (r: Rng) => { const [l, id] = skew(r, STF, 0.4); return `"${l}" (${id})`; };
const stConn = (r: Rng) => {
  const k = r.next();
  const local = `${r.next() < 0.7 ? '192.168.1.20' : '[::]'}:22000`;
  const remote = `${r.next() < 0.6 ? `192.168.1.${r.int(2, 250)}` : r.ip()}:${r.next() < 0.6 ? 22000 : port(r)}`;
  const kind = k < 0.5 ? 'tcp-server' : k < 0.75 ? 'quic-client' : k < 0.9 ? 'tcp-client' : 'relay-client';
  return `${local}-${remote}/${kind}/TLS1.3-TLS_AES_128_GCM_SHA256/${r.next() < 0.6 ? 'LAN' : 'WAN'}-P${r.pick([10, 20, 50])}-${upper(r, 26)}`;
};
const STCLOSE = [
  (r: Rng) => `reading length: read tcp 192.168.1.20:22000->192.168.1.${r.int(2, 250)}:${port(r)}: i/o timeout`,
  () => 'EOF',
  () => 'read timeout',
  (r: Rng) => `writing message: write tcp 192.168.1.20:${port(r)}->${r.ip()}:22000: write: broken pipe`,
  () => 'replacing connection',
  () => 'timeout: no data received from remote (Application error 0x0 (remote))',
];
const STPULL = [
  () => 'no connected device has the required version of this file',
  () => 'parent directory is not a directory',
  (r: Rng) => `insufficient space on disk for /srv/sync/${r.pick(['photos', 'music'])} (free space: ${r.float(0, 4, 1)} GiB < ${r.pick(['1', '5'])} %)`,
  () => 'peers who had this file went away, or the file has changed while syncing. will retry later',
];

// Fastify / pino
const T0 = Date.UTC(2026, 10, 28);
const PHOSTS = ['orders-api-6c9f7d8b5-x2x4z', 'orders-api-6c9f7d8b5-9hq7k', 'orders-api-6c9f7d8b5-lm2tz'];
const pino = (r: Rng, level: number, fields: Record<string, unknown>, msg: string) => JSON.stringify({ level, time: T0 + r.int(0, 9 * 86400000), pid: r.next() < 0.8 ? 1 : r.int(7, 90), hostname: skew(r, PHOSTS, 0.5), ...fields, msg });
const preq = (r: Rng) => `req-${r.int(1, 900000).toString(36)}`;
const purl = (r: Rng) => pick(r, [
  (r: Rng) => `/orders/${r.int(10000, 99999)}`, (r: Rng) => `/orders?status=${r.pick(['open', 'paid', 'shipped'])}&limit=${r.pick([20, 50])}`, () => '/health', () => '/health', () => '/metrics',
  (r: Rng) => `/customers/${r.uuid()}/orders`, (r: Rng) => `/products/${r.pick(['AB', 'QZ', 'LM'])}-${r.int(10, 99)}`, () => '/orders',
]);
const pRemote = (r: Rng) => (r.next() < 0.8 ? `10.42.${r.int(0, 9)}.${r.int(2, 250)}` : r.ip());
const PERR5 = [
  (r: Rng) => `connect ECONNREFUSED 10.0.3.${r.int(2, 90)}:5432`,
  () => 'Client has encountered a connection error and is not queryable',
  () => "Cannot read properties of undefined (reading 'customerId')",
  () => 'timeout exceeded when trying to connect',
  (r: Rng) => `duplicate key value violates unique constraint "orders_pkey"`.replace('orders', r.pick(['orders', 'order_items'])),
];
const PERR4 = [
  () => "body must have required property 'sku'",
  () => 'querystring/limit must be <= 100',
  (r: Rng) => `Order ${r.int(10000, 99999)} not found`,
  () => 'Unauthorized',
  () => "params/id must match format \"uuid\"",
];
const PSQL = [
  'select id, status, total, created_at from orders where id = $1',
  'select * from orders where customer_id = $1 order by created_at desc limit $2',
  'insert into orders (id, customer_id, total, status) values ($1, $2, $3, $4) returning id',
  'update orders set status = $1, updated_at = now() where id = $2',
  'select count(*) from order_items where order_id = $1',
];
const pstack = (r: Rng, msg: string, ty: string) => `${ty}: ${msg}\n    at ${r.pick(['Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)', 'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)', 'Object.getOrder (/app/dist/routes/orders.js:41:37)'])}\n    at ${r.pick(['process.processTicksAndRejections (node:internal/process/task_queues:105:5)', 'Socket.emit (node:events:518:28)'])}`;

// Icinga 2
const ic = (r: Rng, sev: string, comp: string) => `[${ymd(r)} ${hms(r)} +0000] ${sev}/${comp}: `;
const IEPS = ['agent-web-01.example.com', 'agent-web-02.example.com', 'agent-db-01.example.com', 'sat-01.example.com', 'sat-02.example.com', 'agent-nas.example.com'];
const iep = (r: Rng) => skew(r, IEPS, 0.3);
const ICHK = ['web-01.example.com!http', 'web-01.example.com!disk /', 'db-01.example.com!postgres', 'db-01.example.com!disk /var/lib/postgresql', 'nas.example.com!smart', 'web-02.example.com!load', 'web-02.example.com'];
const ichk = (r: Rng) => skew(r, ICHK, 0.3);
const IQUEUES = ['ApiListener, RelayQueue', 'ApiListener, SyncQueue', 'IdoPgsqlConnection, ido-pgsql', 'JsonRpcConnection, #1'];
const IPLUG: [string, string[], string][] = [
  ['/usr/lib/nagios/plugins/check_disk', ["'-c' '10%'", "'-w' '20%'", "'-p' '/'", "'-X' 'tmpfs'", "'-X' 'overlay'"], 'DISK CRITICAL - /var/lib/postgresql is not accessible: Permission denied'],
  ['/usr/lib/nagios/plugins/check_http', ["'-H' 'web-01.example.com'", "'-S'", "'-u' '/health'", "'-t' '10'"], 'CRITICAL - Socket timeout after 10 seconds'],
  ['/usr/lib/nagios/plugins/check_foo', ["'-v'"], 'execvpe(/usr/lib/nagios/plugins/check_foo) failed: No such file or directory'],
  ['/usr/lib/nagios/plugins/check_postgres.pl', ["'--action=connection'", "'--dbhost=localhost'", "'--dbuser=nagios'"], "Can't locate DBD/Pg.pm in @INC (you may need to install the DBD::Pg module)"],
];
const ITYPES: [string, string][] = [['Service', 'Services'], ['Host', 'Hosts'], ['Notification', 'Notifications'], ['Zone', 'Zones'], ['Endpoint', 'Endpoints'], ['CheckCommand', 'CheckCommands'], ['User', 'Users'], ['Downtime', 'Downtimes'], ['ApiListener', 'ApiListeners']];

// Monit
const mo = (r: Rng, lvl: string) => `[${skew(r, ['UTC', 'CET'], 0.8)} ${bsd(r)}] ${lvl.padEnd(8)} : `;
const MSVC = ['nginx', 'postgresql', 'redis', 'sshd', 'php-fpm', 'docker', 'postfix'];
const msvc = (r: Rng) => skew(r, MSVC, 0.35);
const MFS = ['rootfs', 'datafs', 'backupfs'];
const MHOST = ['web-01', 'web-01.example.com'];
const MPROTO: [string, string, string[]][] = [
  ['nginx', '[HTTP] at [localhost]:80/health [TCP/IP]', ['HTTP error: Server returned status 502', 'HTTP error: Server returned status 503', 'HTTP: Error receiving data -- Connection reset by peer']],
  ['api', '[HTTP] at [localhost]:8080/health [TCP/IP]', ['HTTP error: Server returned status 500', 'HTTP: Error receiving data -- Resource temporarily unavailable']],
  ['redis', '[REDIS] at [127.0.0.1]:6379 [TCP/IP]', ['REDIS: error receiving PONG response -- Connection refused']],
  ['postgresql', '[PGSQL] at [localhost]:5432 [TCP/IP]', ['PGSQL: error receiving data -- Resource temporarily unavailable']],
  ['sshd', '[SSH] at [localhost]:22 [TCP/IP]', ['SSH: error receiving identification string -- Connection timed out']],
];

// Apache Solr 9
const CORES: [string, string, string, string][] = [['products', 'shard1', 'core_node3', 'products_shard1_replica_n1'], ['products', 'shard2', 'core_node6', 'products_shard2_replica_n4'], ['logs_2026_12', 'shard1', 'core_node2', 'logs_2026_12_shard1_replica_n1']];
const score = (r: Rng) => skew(r, CORES, 0.5);
const QTP = 'qtp1595953398';
const so = (r: Rng, lvl: string, thread: string, core: [string, string, string, string] | null, logger: string) =>
  `${ymd(r)} ${hms(r)}.${ms3(r)} ${lvl.padEnd(5)} (${thread}) [${core ? `c:${core[0]} s:${core[1]} r:${core[2]} x:${core[3]} t:${r.next() < 0.6 ? '' : `null-${r.int(1, 90000)}`}` : '   '}] ${logger} `;
const sparams = (r: Rng) => pick(r, [
  (r: Rng) => `{q=title:(${r.pick(['red', 'running', 'oak', 'linen'])}+${r.pick(['shoes', 'desk', 'shirt', 'lamp'])})&fq=in_stock:true&rows=${r.pick([10, 24, 48])}&start=${r.pick([0, 0, 24, 48])}&wt=javabin&version=2}`,
  (r: Rng) => `{q=*:*&fq=category:${r.pick(['shoes', 'furniture', 'lighting'])}&facet=true&facet.field=brand&facet.field=color&rows=0&wt=json}`,
  (r: Rng) => `{df=_text_&distrib=false&fl=id&fl=score&shards.purpose=16388&start=0&fsv=true&shard.url=http://10.0.1.${r.int(5, 7)}:8983/solr/products_shard${r.int(1, 2)}_replica_n${r.pick([1, 4])}/&rows=10&version=2&q=sku:${r.pick(['AB', 'QZ'])}-${r.int(10, 99)}&NOW=${1796601600000 + r.int(0, 9e7)}&isShard=true&wt=javabin}`,
  (r: Rng) => `{q=level:ERROR+AND+service:${r.pick(['checkout', 'payments', 'search'])}&sort=timestamp+desc&rows=100&wt=json}`,
]);
const sSearcher = (r: Rng, core: string) => `searcherExecutor-${r.int(10, 40)}-thread-1-processing-${core}`;
const SCLIENT = ['undefined field colour', "Can't determine a Sort Order (asc or desc) in sort spec 'price', Possible typo? If not, make sure the sort field is valid.", "org.apache.solr.search.SyntaxError: Cannot parse 'title:(red': Encountered \"<EOF>\" at line 1, column 10.", 'Error from server: missing required field: sku', 'Exceeded maximum of 1000 basic queries.'];

// WildFly
const wf = (r: Rng, lvl: string, cat: string, thread: string) => `${ymd(r)} ${hms(r)},${ms3(r)} ${lvl.padEnd(5)} [${cat}] (${thread}) `;
const wtask = (r: Rng) => `default task-${r.int(1, 128)}`;
const WDEPS = ['shop.war', 'shop.war', 'admin-console.war', 'billing-ear-1.4.2.ear', 'reports.war'];
const wdep = (r: Rng) => r.pick(WDEPS);
const WSQL = [
  'select o1_0.id,o1_0.created,o1_0.customer_id,o1_0.status,o1_0.total from orders o1_0 where o1_0.id=?',
  'select c1_0.id,c1_0.email,c1_0.name from customer c1_0 where c1_0.email=?',
  'insert into order_line (order_id,price,product_id,quantity,id) values (?,?,?,?,?)',
  'update orders set status=?,total=?,version=? where id=? and version=?',
  "select nextval('order_seq')",
];
const WSQLERR = ['ERROR: could not serialize access due to concurrent update', 'ERROR: duplicate key value violates unique constraint "orders_pkey"  Detail: Key (id)=(4711) already exists.', 'ERROR: canceling statement due to statement timeout', 'An I/O error occurred while sending to the backend.'];
const WEXC = [
  (r: Rng) => `java.lang.NullPointerException: Cannot invoke "com.example.shop.model.Customer.getId()" because "order.customer" is null`.replace('order.customer', r.pick(['order.customer', 'cart.owner'])),
  () => 'jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back',
  () => 'jakarta.persistence.OptimisticLockException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect)',
  () => 'java.io.IOException: Broken pipe',
];

// Calico Felix
const fx = (r: Rng, lvl: string, file: string, line: number) => `${ymd(r)} ${hms(r)}.${ms3(r)} [${lvl}][${skew(r, [67, 58, 71], 0.6)}] felix/${file} ${line}: `;
const FPODS = ['shop/api-7d9f6c5b8-x2x4z', 'shop/worker-5c8d7b9f4-k7p2q', 'kube-system/coredns-76f75df574-9hzqk', 'observability/grafana-0', 'payments/ledger-0', 'default/debug-shell'];
const fpod = (r: Rng) => skew(r, FPODS, 0.3);
const fwepId = (r: Rng) => `&proto.WorkloadEndpointID{OrchestratorId:"k8s", WorkloadId:"${fpod(r)}", EndpointId:"eth0"}`;
const fwepKey = (r: Rng) => `WorkloadEndpoint(node=${skew(r, ['worker-1', 'worker-2', 'worker-3'])}, orchestrator=k8s, workload=${fpod(r)}, name=eth0)`;
const fiface = (r: Rng) => `cali${r.hex(11)}`;
const FLOOPS = ['resync-filter-v4', 'resync-nat-v4', 'resync-mangle-v4', 'resync-routes-v4', 'resync-ipsets-v4', 'update-filter-v4', 'update-ipsets-v4', 'resync-filter-v6'];

// multipathd / iscsid
const mp = (r: Rng, prog: string, pid?: number) => syslog(r, ['db-01', 'db-02'], prog, pid);
const MAPS = ['mpatha', 'mpathb', 'mpathc', '360014380056e6b2c0000b00000ab0000'];
const mmap = (r: Rng) => skew(r, MAPS, 0.5);
const MPATHS: [string, string][] = [['sdb', '8:16'], ['sdc', '8:32'], ['sdd', '8:48'], ['sde', '8:64'], ['sdf', '8:80'], ['sdg', '8:96'], ['sdq', '65:0'], ['sdr', '65:16']];
const mpath = (r: Rng) => r.pick(MPATHS);
const IQNS = ['iqn.2004-04.com.qnap:ts-873a:iscsi.lun1.a1b2c3', 'iqn.2026-01.com.example:storage.db', 'iqn.1992-08.com.netapp:sn.4082367123:vs.3'];
const ISCSI_ERR: [number, string, string][] = [[1020, 'ISCSI_ERR_TCP_CONN_CLOSE', 'TCP connection closed'], [1022, 'ISCSI_ERR_NOP_TIMEDOUT', 'A NOP has timed out'], [1011, 'ISCSI_ERR_CONN_FAILED', 'iSCSI connection failed'], [1013, 'ISCSI_ERR_SCSI_EH_SESSION_RST', 'Session was dropped as a result of SCSI error recovery']];
const kup = (r: Rng) => `[${String(r.int(100, 9999999)).padStart(5, ' ')}.${usec(r)}]`;

// OpenSMTPD
const sm = (r: Rng) => `${syslog(r, ['mx1', 'mx2'], 'smtpd', 4412)}${r.hex(16)} `;
const SMDOMS = ['example.com', 'example.org', 'mail.example.net', 'lists.example.io'];
const smaddr = (r: Rng) => `${r.pick([...PEOPLE, 'noreply', 'billing', 'postmaster', 'j.doe'])}@${skew(r, SMDOMS, 0.5)}`;
const smHost = (r: Rng) => (r.next() < 0.2 ? '<unknown>' : r.pick(['mail-wm1-f54.google.com', 'mail.example.net', 'mx.lists.example.io', 'EUR05-VI1-obe.outbound.protection.outlook.com', 'a27-12.smtp-out.eu-west-1.amazonses.com']));
const CIPHERS = ['TLSv1.3:TLS_AES_256_GCM_SHA384:256', 'TLSv1.3:TLS_AES_256_GCM_SHA384:256', 'TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256', 'TLSv1.3:TLS_CHACHA20_POLY1305_SHA256:256'];
const SMSTAT = [
  (r: Rng) => `250 2.0.0 Ok: queued as ${upper(r, 10)}`,
  (r: Rng) => `250 2.0.0 OK  ${1796601600 + r.int(0, 604800)} ${r.alnum(20)} - gsmtp`,
  () => '250 Ok',
  () => '451 4.7.1 Greylisting in action, please come back later',
  () => '550 5.1.1 The email account that you tried to reach does not exist.',
  () => 'Connection timeout',
];

// Splunk universal forwarder
const sp = (r: Rng, lvl: string, comp: string, thread: string) => `${r.next() < 0.8 ? '12' : '11'}-${d2(r.int(1, 28))}-2026 ${hms(r)}.${ms3(r)} +0000 ${lvl.padEnd(5)} ${comp} [${r.int(1000, 9000)} ${thread}] - `;
const SIDX = ['10.0.5.21', '10.0.5.22', '10.0.5.23'];
const sidx = (r: Rng) => `${r.pick(SIDX)}:9997`;
const SFILES = ['/var/log/nginx/access.log', '/var/log/nginx/error.log', '/var/log/syslog', '/var/log/auth.log', '/opt/shop/logs/app.log', '/var/log/shop/worker-2026-12-07.log', '/var/log/audit/audit.log'];
const sfile = (r: Rng) => skew(r, SFILES, 0.3);
const SHOST = ['web-01', 'web-02', 'worker-01'];
const STYPES = ['nginx:plus:kv', 'syslog', 'linux_secure', 'shop:app', 'linux_audit'];

export const SEALED8_SYSTEMS: HeldoutSystem[] = [
  { name: 'glusterfs', templates: [
    t(8, (r) => `${gl(r, 'I', 106499, 'glusterd-handler.c:4374:__glusterd_handle_status_volume', '0-management')}Received status volume req for volume ${gvol(r)}`),
    t(5, (r) => `${gl(r, 'I', 106487, 'glusterd-handler.c:1516:__glusterd_handle_cli_list_friends', '0-glusterd')}Received cli list req`),
    t(3, (r) => `${gl(r, 'I', 106488, 'glusterd-handler.c:1577:__glusterd_handle_cli_get_volume', '0-management')}Received get vol req`),
    t(6, (r) => { const v = gvol(r); return `${gl(r, 'I', 115029, 'server-handshake.c:561:server_setvolume', `0-${v}-server`)}accepted client from ${gctx(r, v)} (version: ${r.pick(['10.4', '10.4', '11.1', '9.6'])}) with subvol ${gbrick(r, v)}`; }),
    t(5, (r) => { const v = gvol(r); return `${gl(r, 'I', 115036, 'server.c:494:server_rpc_notify', `0-${v}-server`)}disconnecting connection [{client-uid=${gctx(r, v)}}]`; }),
    t(5, (r) => { const v = gvol(r); return `${gl(r, 'I', 101055, 'client_t.c:397:gf_client_unref', `0-${v}-server`)}Shutting down connection ${gctx(r, v)}`; }),
    t(4, (r) => { const v = gvol(r); const n = r.int(0, 2); return `${gl(r, 'I', 114046, 'client-handshake.c:857:client_setvolume_cbk', `0-${v}-client-${n}`)}Connected, attached to remote volume [{conn-name=${v}-client-${n}}, {remote_subvol=${gbrick(r, v)}}]`; }),
    t(4, (r) => { const v = gvol(r); const [, ip] = r.pick(GHOSTS); return `${gl(r, 'E', null, 'socket.c:3400:socket_connect_finish', `0-${v}-client-${r.int(0, 2)}`)}connection to ${ip}:${r.int(49152, 49156)} failed (${r.pick(['Connection refused', 'No route to host', 'Connection timed out'])}); disconnecting socket`; }),
    t(1.5, (r) => { const v = gvol(r); const [, ip] = r.pick(GHOSTS); return `${gl(r, 'C', null, 'rpc-clnt-ping.c:152:rpc_clnt_ping_timer_expired', `0-${v}-client-${r.int(0, 2)}`)}server ${ip}:${r.int(49152, 49156)} has not responded in the last ${r.pick([42, 42, 30, 10])} seconds, disconnecting.`; }),
    t(2, (r) => { const v = gvol(r); const n = r.int(0, 2); return `${gl(r, 'I', 114018, 'client.c:2288:client_rpc_notify', `0-${v}-client-${n}`)}disconnected from client, process will keep trying to connect glusterd until brick's port is available [{conn-name=${v}-client-${n}}]`; }),
    t(6, (r) => { const a = r.int(0, 2); const srcs = r.next() < 0.6 ? `[${a}] ${(a + 1) % 3}` : `[${a}]`; return `${gl(r, 'I', 108026, 'afr-self-heal-common.c:1743:afr_log_selfheal', `0-${gvol(r)}-replicate-0`)}Completed ${skew(r, ['data', 'metadata', 'entry'], 0.5)} selfheal on ${gfid(r)}. sources=${srcs}  sinks=${(a + 2) % 3}`; }),
    t(3, (r) => `${gl(r, 'I', 108026, 'afr-self-heal-entry.c:1053:afr_selfheal_entry_do', `0-${gvol(r)}-replicate-0`)}performing entry selfheal on ${gfid(r)}`),
    t(7, (r) => { const [no, e] = r.pick(GERR); return `${gl(r, 'W', 114031, 'client-rpc-fops_v2.c:2572:client4_0_lookup_cbk', `0-${gvol(r)}-client-${r.int(0, 2)}`)}remote operation failed. [{path=${r.pick(GPATHS)}}, {gfid=${gfid(r)}}, {errno=${no}}, {error=${e}}]`; }),
    t(1, (r) => `${gl(r, 'E', 108008, 'afr-read-txn.c:312:afr_read_txn_refresh_done', `0-${gvol(r)}-replicate-0`)}Failing ${r.pick(['READ', 'FSTAT', 'GETXATTR', 'ACCESS'])} on gfid ${gfid(r)}: split-brain observed. [Input/output error]`),
    t(1, (r) => `${gl(r, 'I', 106163, 'glusterd-handshake.c:1444:__glusterd_mgmt_hndsk_versions_ack', '0-management')}using the op-version ${r.pick([100000, 100000, 90000])}`),
    t(1, (r) => `${gl(r, 'I', 106493, 'glusterd-rpc-ops.c:467:__glusterd_friend_add_cbk', '0-glusterd')}Received ${r.next() < 0.85 ? 'ACC' : 'RJT'} from uuid: ${r.uuid()}, host: ${r.pick(GHOSTS)[0]}, port: 0`),
    t(1, (r) => `${gl(r, 'I', 106004, 'glusterd-handler.c:6204:__glusterd_peer_rpc_notify', '0-management')}Peer <${r.pick(GHOSTS)[0]}> (<${r.uuid()}>), in state <${r.pick(['Peer in Cluster', 'Peer in Cluster', 'Accepted peer request', 'Sent and Received peer request'])}>, has disconnected from glusterd.`),
    t(1, (r) => `${gl(r, 'I', null, 'glusterfsd-mgmt.c:2171:mgmt_getspec_cbk', '0-glusterfs')}Received list of available volfile servers: ${some(r, ['gfs2:24007', 'gfs3:24007', 'gfs1:24007'], 1, 2).join(' ')}`),
    t(0.5, (r) => { const v = gvol(r); const [h] = r.pick(GHOSTS); const b = gbrick(r, v); const id = `${v}.${h}.${b.slice(1).replace(/\//g, '-')}`; const brick = r.next() < 0.6; return `${gl(r, 'I', 100030, 'glusterfsd.c:2767:main', brick ? '0-/usr/sbin/glusterfsd' : '0-/usr/sbin/glusterfs')}Started running version [{arg=${brick ? '/usr/sbin/glusterfsd' : '/usr/sbin/glusterfs'}}, {version=10.4}, {cmdlinestr=${brick ? `/usr/sbin/glusterfsd -s ${h} --volfile-id ${id} -p /var/run/gluster/vols/${v}/${h}-${b.slice(1).replace(/\//g, '-')}.pid -S /var/run/gluster/${r.hex(16)}.socket --brick-name ${b} -l /var/log/glusterfs/bricks/${b.slice(1).replace(/\//g, '-')}.log --xlator-option *-posix.glusterd-uuid=${r.uuid()} --process-name brick --brick-port ${r.int(49152, 49156)}` : `/usr/sbin/glusterfs --process-name fuse --volfile-server=${h} --volfile-id=/${v} /mnt/${v}`}}]`; }),
  ] },
  { name: 'sssd', templates: [
    t(10, (r) => { const [ty, f] = r.pick<[string, string]>([['0x1', 'BE_REQ_USER'], ['0x3', 'BE_REQ_INITGROUPS'], ['0x2', 'BE_REQ_GROUP'], ['0x1', 'BE_REQ_USER']]); return `${sss(r, 'be', 'dp_get_account_info_handler', '0x0200')}[RID#${r.int(1, 90000)}] Got request for [${ty}][${f}][${r.next() < 0.8 ? `name=${f === 'BE_REQ_GROUP' ? `${r.pick(['domain users', 'wheel', 'devops', 'linux-admins'])}@corp.example.com` : suser(r)}` : `idnumber=${r.int(1000000, 1999999)}`}]`; }),
    t(6, (r) => `${sss(r, 'be', 'dp_attach_req', '0x0400')}[RID#${r.int(1, 90000)}] DP Request ${sdpreq(r)}: REQ_TRACE: New request. [sssd.${r.pick(['nss', 'nss', 'pam', 'sudo'])} CID #${r.int(1, 900)}] Flags [0x000${r.pick([0, 1, 1, 2])}].`),
    t(6, (r) => `${sss(r, 'be', 'dp_req_done', '0x0400')}[RID#${r.int(1, 90000)}] DP Request ${sdpreq(r)}: REQ_TRACE: Request handler finished ${r.pick(SRES)}`),
    t(6, (r) => `${sss(r, 'be', 'dp_req_destructor', '0x0400')}[RID#${r.int(1, 90000)}] Number of active DP request: ${r.next() < 0.7 ? 0 : r.int(1, 6)}`),
    t(4, (r) => `${sss(r, 'be', 'sdap_save_user', '0x1000')}[RID#${r.int(1, 90000)}] Storing info for user ${suser(r)}`),
    t(8, (r) => `${sss(r, 'nss', 'cache_req_send', '0x0400')}[CID#${r.int(1, 900)}] CR #${r.int(1, 90000)}: New request '${skew(r, SREQ, 0.4)[0]}'`),
    t(8, (r) => `${sss(r, 'nss', 'cache_req_search_cache', '0x0400')}[CID#${r.int(1, 900)}] CR #${r.int(1, 90000)}: Looking up ${skew(r, SREQ, 0.4)[1](r)} in cache`),
    t(6, (r) => `${sss(r, 'nss', 'cache_req_search_cache', '0x0400')}[CID#${r.int(1, 900)}] CR #${r.int(1, 90000)}: Returning ${skew(r, SREQ, 0.4)[1](r)} from cache`),
    t(3, (r) => `${sss(r, 'nss', 'cache_req_search_cache', '0x0400')}[CID#${r.int(1, 900)}] CR #${r.int(1, 90000)}: Object ${skew(r, SREQ, 0.4)[1](r)} was not found in cache`),
    t(3, (r) => `${sss(r, 'nss', 'cache_req_search_dp', '0x0400')}[CID#${r.int(1, 900)}] CR #${r.int(1, 90000)}: Looking up ${skew(r, SREQ, 0.4)[1](r)} in data provider`),
    t(6, (r) => `${sss(r, 'nss', 'cache_req_done', '0x0400')}[CID#${r.int(1, 900)}] CR #${r.int(1, 90000)}: Finished: ${r.next() < 0.8 ? 'Success' : r.pick(['No such file or directory', 'Connection timed out'])}`),
    t(3, (r) => `${sss(r, 'pam', 'pam_print_data', '0x0100')}[CID#${r.int(1, 900)}] command: ${r.pick(['SSS_PAM_AUTHENTICATE', 'SSS_PAM_ACCT_MGMT', 'SSS_PAM_OPEN_SESSION', 'SSS_PAM_SETCRED', 'SSS_PAM_CLOSE_SESSION'])}`),
    t(3, (r) => `${sss(r, 'pam', 'pam_dp_process_reply', '0x0200')}[CID#${r.int(1, 900)}] received: [${r.next() < 0.75 ? '0 (Success)' : r.pick(['7 (Authentication failure)', '6 (Permission denied)', '9 (Authentication service cannot retrieve authentication info)', '13 (User not known to the underlying authentication module)'])}][${skew(r, SDOMS, 0.8)}]`),
    t(2, (r) => `${sss(r, 'be', 'be_ptask_execute', '0x0400')}Task [${r.pick(['Refresh Records', 'SUDO Smart Refresh', 'SUDO Full Refresh', 'Check if online (ping)', 'AD machine account password renewal', 'Subdomains Refresh'])}]: executing task, timeout ${r.pick([600, 60, 30])} seconds`),
    t(2, (r) => `${sss(r, 'be', 'fo_resolve_service_send', '0x0100')}Trying to resolve service '${r.pick(['AD', 'AD_GC', 'LDAP', 'KERBEROS'])}'`),
    t(0.6, (r) => `${sss(r, 'be', 'be_mark_offline', '0x2000')}Going offline!`),
    t(0.6, (r) => `${sss(r, 'be', 'be_run_online_cb', '0x0080')}Going online. Running callbacks.`),
    t(0.6, (r) => `${sss(r, 'be', 'ad_sasl_log', '0x0040')}SASL: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information (${r.pick(['Server not found in Kerberos database', 'Clock skew too great', "Cannot contact any KDC for realm 'CORP.EXAMPLE.COM'"])})`),
    t(0.6, (r) => `${sss(r, 'be', 'krb5_auth_done', '0x3f7c0')}[RID#${r.int(1, 90000)}] The krb5_child process returned an error. Please inspect the krb5_child.log file or the journal for more information`),
    t(0.3, (r) => { const s = r.pick(['nss', 'pam', 'be[corp.example.com]']); return `${sss(r, 'sssd', 'svc_child_info', '0x0020')}Child [${r.int(300, 90000)}] ('${s === 'be[corp.example.com]' ? 'corp.example.com' : s}':'${s === 'be[corp.example.com]' ? '%BE_corp.example.com' : s}') was terminated by own WATCHDOG. Consult corresponding logs to figure out the reason.`; }),
  ] },
  { name: 'synapse', templates: [
    t(30, (r) => mxAccess(r, 'GET', mxGet(r), [200, 200, 200, 200, 200, 404, 401, 429, 403])),
    t(10, (r) => mxAccess(r, 'PUT', mxPut(r), [200, 200, 200, 200, 403, 400])),
    t(6, (r) => mxAccess(r, 'POST', mxPost(r), [200, 200, 200, 403, 429, 400])),
    t(6, (r) => `${syn(r, 'synapse.federation.transport.server.federation', 110, 'INFO', `PUT-${r.int(1, 900000)}`)}Received txn ${mxtxn(r)} from ${mxsrv(r)}. (PDUs: ${r.int(0, 4)}, EDUs: ${r.int(0, 9)})`),
    t(5, (r) => { const s = mxsrv(r); return `${syn(r, 'synapse.federation.sender.transaction_manager', 127, 'INFO', mxTx(r))}TX [${s}] {${mxtxn(r)}} Sending transaction [${mxtxn(r)}], (PDUs: ${r.int(0, 4)}, EDUs: ${r.int(0, 9)})`; }),
    t(5, (r) => `${syn(r, 'synapse.federation.sender.transaction_manager', 157, 'INFO', mxTx(r))}TX [${mxsrv(r)}] {${mxtxn(r)}} got ${r.next() < 0.9 ? 200 : r.pick([400, 502, 403])} response`),
    t(6, (r) => { const s = mxsrv(r); const m = r.pick(['PUT', 'PUT', 'GET', 'POST']); const [st, txt] = r.next() < 0.85 ? [200, 'OK'] : r.pick<[number, string]>([[404, 'Not Found'], [502, 'Bad Gateway'], [401, 'Unauthorized']]); const path = m === 'PUT' ? `/_matrix/federation/v1/send/${mxtxn(r)}` : m === 'GET' ? `/_matrix/federation/v1/query/profile?user_id=%40${r.pick(PEOPLE)}%3A${s}&field=displayname` : `/_matrix/federation/v1/user/keys/query`; return `${syn(r, 'synapse.http.matrixfederationclient', 1467, 'INFO', m === 'PUT' ? mxTx(r) : `GET-${r.int(1, 900000)}`)}{${m}-O-${r.int(1, 90000)}} [${s}] Completed request: ${st} ${txt} in ${r.float(0, 4, 2)} secs, got ${r.int(2, 9000)} bytes - ${m} matrix-federation://${s}${path}`; }),
    t(4, (r) => `${syn(r, 'synapse.util.caches.lrucache', 222, 'INFO', `LruCache._expire_old_entries-${r.int(1, 9000)}`)}Dropped ${r.next() < 0.6 ? 0 : r.int(1, 4000)} items from caches`),
    t(3, (r) => `${syn(r, 'synapse.metrics._gc', 139, 'INFO', 'sentinel')}Collecting gc ${r.pick([1, 1, 2])}`),
    t(2, (r) => `${syn(r, 'synapse.http.site', 380, 'INFO', `${r.pick(['GET', 'GET', 'PUT'])}-${r.int(1, 900000)}`)}Connection from client lost before response was sent`),
    t(1, (r) => `${syn(r, 'synapse.handlers.auth', 1301, 'INFO', `POST-${r.int(1, 900000)}`)}Failed password login for user ${r.pick([...MXUSERS, '@admin:example.org', '@root:example.org'])}`),
    t(1, (r) => `${syn(r, 'synapse.push.httppusher', 410, 'WARNING', `httppush.process-${r.int(1, 9000)}`)}Failed to push data to ${r.pick(['https://matrix.org/_matrix/push/v1/notify', 'https://push.example.org/_matrix/push/v1/notify', 'https://ntfy.sh/_matrix/push/v1/notify'])}: ${r.pick(["<class 'twisted.internet.error.TimeoutError'> User timeout caused connection failure.", "<class 'twisted.internet.error.ConnectionRefusedError'> Connection was refused by other side: 111: Connection refused.", "<class 'twisted.web._newclient.ResponseNeverReceived'> [<twisted.python.failure.Failure OpenSSL.SSL.Error: [('SSL routines', '', 'certificate verify failed')]>]"])}`),
    t(1, (r) => `${syn(r, 'synapse.http.server', 130, 'ERROR', `GET-${r.int(1, 900000)}`)}Failed handle request via '${r.pick(['RoomMessageListRestServlet', 'SyncRestServlet', 'PublicRoomListRestServlet'])}': <XForwardedForRequest at 0x7f${r.hex(10)} method='GET' uri='${mxGet(r)}' clientproto='HTTP/1.1' site='8008'>`),
    t(0.5, (r) => `${syn(r, 'synapse.storage.databases.main.event_push_actions', 1367, 'INFO', `event_push_action_stream_ordering-${r.int(0, 40)}`)}Searching for stream ordering 1 month ago`),
    t(0.3, (r) => `${syn(r, 'synapse.app._base', 212, 'INFO', 'sentinel')}Synapse now listening on TCP port ${r.pick([8008, 8448, 9000])}`),
    t(0.3, (r) => `${syn(r, 'synapse.storage.background_updates', 297, 'INFO', `background_updates-${r.int(0, 9)}`)}No more background updates to do. Unscheduling background update task.`),
  ] },
  { name: 'zigbee2mqtt', templates: [
    t(40, (r) => { const d = zdev(r); const av = r.next() < 0.1; return `${z2m(r, 'info')}MQTT publish: topic 'zigbee2mqtt/${d.name}${av ? '/availability' : ''}', payload '${JSON.stringify(av ? { state: r.next() < 0.8 ? 'online' : 'offline' } : d.payload(r))}'`; }),
    t(12, (r) => { const d = zdev(r); const [ty, cl, data] = r.pick(d.cluster); return `${z2m(r, 'debug')}Received Zigbee message from '${d.name}', type '${ty}', cluster '${cl}', data '${JSON.stringify(data(r))}' from endpoint ${r.next() < 0.85 ? 1 : r.int(2, 3)}${r.next() < 0.9 ? ' with groupID 0' : ` with groupID ${r.int(1, 20)}`}`; }),
    t(5, (r) => `${z2m(r, 'debug')}Received MQTT message on 'zigbee2mqtt/${r.pick(['hallway_light', 'kitchen_plug', 'living_room_lamps'])}/set' with data '${JSON.stringify(zset(r))}'`),
    t(4, (r) => `${z2m(r, 'debug')}Publishing '${r.next() < 0.85 ? 'set' : 'get'}' '${r.pick(['state', 'brightness', 'color_temp', 'state'])}' to '${r.pick(['hallway_light', 'kitchen_plug', 'living_room_lamps'])}'`),
    t(1.5, (r) => { const d = r.pick(ZDEVS.filter((x) => x.type === 'Router')); return `${z2m(r, 'error')}Publish '${r.next() < 0.85 ? 'set' : 'get'}' '${r.pick(['state', 'brightness'])}' to '${d.name}' failed: 'Error: ZCL command ${d.ieee}/1 ${r.pick(['genOnOff.on', 'genOnOff.toggle', 'genLevelCtrl.moveToLevelWithOnOff'])}({${r.next() < 0.5 ? '' : `"level":${r.int(1, 254)},"transtime":0`}}, {"timeout":10000,"disableResponse":false,"disableRecovery":false,"disableDefaultResponse":true,"direction":0,"reservedBits":0,"writeUndiv":false}) failed (${r.next() < 0.6 ? `Delivery failed for '${r.int(10000, 99999)}'` : `Timeout - ${r.int(10000, 65000)} - 1 - ${r.int(1, 250)} - 6 - 11 after 10000ms`})'`; }),
    t(1, (r) => `${z2m(r, 'info')}Device '${zdev(r).name}' announced itself`),
    t(0.4, (r) => `${z2m(r, 'info')}Device '${zdev(r).ieee}' joined`),
    t(0.3, (r) => `${z2m(r, 'warn')}Device '${zdev(r).name}' left the network`),
    t(0.4, (r) => `${z2m(r, 'info')}Interview for '${zdev(r).ieee}' started`),
    t(0.3, (r) => `${z2m(r, 'info')}Successfully interviewed '${zdev(r).ieee}', device has successfully been paired`),
    t(0.2, (r) => `${z2m(r, 'error')}Failed to interview '${zdev(r).ieee}', device has not successfully been paired`),
    t(1.5, (r) => { const d = r.pick(ZDEVS); return `${z2m(r, 'info')}${d.name} (${d.ieee}): ${d.model} - ${d.vendor} ${d.descr} (${d.type})`; }),
    t(0.2, (r) => `${z2m(r, 'info')}Currently ${r.int(6, 40)} devices are joined:`),
    t(0.2, (r) => `${z2m(r, 'info')}Coordinator firmware version: '${JSON.stringify({ meta: { maintrel: 1, majorrel: 2, minorrel: 7, product: 1, revision: r.pick([20230507, 20240710, 20221226]), transportrev: 2 }, type: 'zStack3x0' })}'`),
    t(0.3, (r) => `${z2m(r, 'info')}Zigbee: allowing new devices to join.`),
    t(0.3, (r) => `${z2m(r, 'info')}Zigbee: disabling joining new devices.`),
    t(0.3, (r) => `${z2m(r, 'info')}Connected to MQTT server`),
    t(0.3, (r) => `${z2m(r, 'info')}Zigbee2MQTT started!`),
  ] },
  { name: 'coturn', templates: [
    t(22, (r) => { const m = skew(r, CMETH, 0.35); return `${ct(r)}session ${csess(r)}: realm <${crealm(r)}> user <${m === 'BINDING' ? '' : cuser(r)}>: incoming packet ${m} processed, success`; }),
    t(7, (r) => { const [code, why] = r.pick<[number, string]>([[401, 'Unauthorized'], [401, 'Unauthorized'], [438, 'Wrong nonce'], [437, 'Allocation mismatch'], [403, 'Forbidden IP'], [486, 'Allocation Quota Reached'], [441, 'Wrong Credentials']]); return `${ct(r)}session ${csess(r)}: realm <${crealm(r)}> user <${r.next() < 0.3 ? '' : cuser(r)}>: incoming packet ${skew(r, CMETH.slice(0, 4), 0.6)} processed, error ${code}: ${why}`; }),
    t(5, (r) => `${ct(r)}session ${csess(r)}: new, realm=<${crealm(r)}>, username=<${cuser(r)}>, lifetime=${r.pick([600, 600, 3600])}`),
    t(5, (r) => `${ct(r)}session ${csess(r)}: refreshed, realm=<${crealm(r)}>, username=<${cuser(r)}>, lifetime=${r.pick([600, 600, 0, 3600])}`),
    t(8, (r) => `${ct(r)}session ${csess(r)}: peer ${cpeer(r)} lifetime updated: ${r.pick([300, 300, 600])}`),
    t(4, (r) => `${ct(r)}session ${csess(r)}: closed (2nd stage), user <${cuser(r)}> realm <${crealm(r)}> origin <${r.next() < 0.7 ? '' : r.pick(['https://meet.example.org', 'https://cloud.example.com'])}> local ${r.pick(['0.0.0.0', '10.0.0.5'])}:${r.pick([3478, 3478, 5349])} remote ${r.ip()}:${port(r)}, reason: ${r.pick(['allocation timeout', 'allocation timeout', 'TCP connection closed by client (callback)', 'allocation watchdog determined stale session state', 'SSL read error'])}`),
    t(6, (r) => `${ct(r)}session ${csess(r)}: usage: realm=<${crealm(r)}>, username=<${cuser(r)}>, rp=${r.int(0, 90000)}, rb=${r.int(0, 90000000)}, sp=${r.int(0, 90000)}, sb=${r.int(0, 90000000)}`),
    t(3, (r) => `${ct(r)}session ${csess(r)}: delete: realm=<${crealm(r)}>, username=<${cuser(r)}>`),
    t(6, (r) => `${ct(r)}handle_udp_packet: New UDP endpoint: local addr ${r.pick(['0.0.0.0', '10.0.0.5'])}:3478, remote addr ${r.ip()}:${port(r)}`),
    t(2, (r) => `${ct(r)}check_stun_auth: Cannot find credentials of user <${r.pick(['admin', 'test', 'guest', 'alice', `${1796601600 + r.int(0, 604800)}:bob`])}>`),
    t(1, (r) => `${ct(r, 'ERROR')}session ${csess(r)}: ${r.pick(['TLS/TCP', 'TCP'])} socket error: ${r.pick(['Connection reset by peer', 'Broken pipe'])} ${r.ip()}:${port(r)}`),
    t(0.4, (r) => `${ct(r)}IPv4. ${r.pick(['UDP', 'TCP', 'TLS/TCP', 'DTLS/UDP'])} listener opened on : ${r.pick(['0.0.0.0', '10.0.0.5', '127.0.0.1'])}:${r.pick([3478, 5349])}`),
    t(0.2, (r) => `${ct(r)}Total General servers: ${r.pick([2, 4, 8])}`),
    t(0.2, (r) => `${ct(r)}Relay ports initialization done`),
  ] },
  { name: 'rclone', templates: [
    t(25, (r) => `${rc(r, 'INFO')}${rpath(r)}: Copied (new)`),
    t(7, (r) => `${rc(r, 'INFO')}${rpath(r)}: Copied (replaced existing)`),
    t(1.5, (r) => `${rc(r, 'INFO')}${rpath(r)}: Copied (server-side copy)`),
    t(4, (r) => `${rc(r, 'INFO')}${rpath(r)}: Deleted`),
    t(1.5, (r) => `${rc(r, 'INFO')}${rpath(r)}: Moved (server-side)`),
    t(3, (r) => `${rc(r, 'INFO')}${rpath(r)}: Updated modification time in destination`),
    t(10, (r) => `${rc(r, 'DEBUG')}${rpath(r)}: Size and modification time the same (differ by ${r.next() < 0.6 ? '0s' : `${r.pick(['', '-'])}${r.float(1, 999, 3)}${r.pick(['µs', 'ns', 'ms'])}`}, within tolerance ${r.pick(['1ms', '1ms', '1s'])})`),
    t(10, (r) => `${rc(r, 'DEBUG')}${rpath(r)}: Unchanged skipping`),
    t(2, (r) => `${rc(r, 'ERROR')}${rpath(r)}: Failed to copy: ${pick(r, RFAIL)}`),
    t(1, (r) => `${rc(r, 'NOTICE')}${r.pick(['home/alice/.local/share/Steam', 'documents/latest', 'backups/current', 'photos/by-date'])}: Can't follow symlink without -L/--copy-links`),
    t(1.5, (r) => `${rc(r, 'INFO')}`),
    t(1.5, (r) => { const u = r.pick(RUNITS.slice(1)); const tot = Number(r.float(1, 999, 3)); const p = r.int(0, 100); return `Transferred:   \t${`${(tot * p / 100).toFixed(3)} ${u}`.padStart(14)} / ${tot.toFixed(3)} ${u}, ${p}%, ${r.next() < 0.1 ? '0 B' : `${r.float(0, 120, 3)} ${r.pick(['KiB', 'MiB', 'MiB'])}`}/s, ETA ${r.next() < 0.15 ? '-' : rdur(r, false)}`; }),
    t(1.5, (r) => { const n = r.int(0, 90000); return `Checks:         ${String(r.int(0, n)).padStart(10)} / ${n}, ${r.int(0, 100)}%`; }),
    t(0.5, (r) => `Deleted:        ${String(r.int(0, 900)).padStart(10)} (files), ${r.int(0, 40)} (dirs)`),
    t(1.5, (r) => { const n = r.int(1, 9000); return `Transferred:    ${String(r.int(0, n)).padStart(10)} / ${n}, ${r.int(0, 100)}%`; }),
    t(0.5, (r) => `Errors:         ${String(r.int(1, 40)).padStart(10)} (retrying may help)`),
    t(1.5, (r) => `Elapsed time:  ${rdur(r).padStart(11)}`),
    t(0.3, (r) => `${rc(r, 'NOTICE')}There was nothing to transfer`),
  ] },
  { name: 'syncthing', templates: [
    t(6, (r) => `${st(r)}Established secure connection to ${stdev(r)} at ${stConn(r)}`),
    t(6, (r) => `${st(r)}Device ${stdev(r)} client is "syncthing ${r.pick(['v1.28.1', 'v1.29.0', 'v1.27.12'])}" named "${r.pick(['nas', 'work laptop', "Alice's Pixel 8", 'desktop-7f3', 'raspberrypi'])}" at ${stConn(r)}`),
    t(6, (r) => `${st(r)}Connection to ${stdev(r)} at ${stConn(r)} closed: ${pick(r, STCLOSE)}`),
    t(4, (r) => `${st(r)}Puller (folder ${stf(r)}, item "${r.pick(['2026/12/IMG_4410.jpg', 'Daily Notes/2026-12-07.md', '.obsidian/workspace.json', 'Taxes/2025 return.pdf', 'Artist/Album/01 Intro.flac'])}"): syncing: ${pick(r, STPULL)}`),
    t(3, (r) => `${st(r)}Folder ${stf(r)} isn't making sync progress - retrying in ${r.pick(['1m0s', '2m0s', '4m0s', '1h0m0s'])}.`),
    t(3, (r) => `${st(r)}Failed to sync ${r.int(1, 40)} items`),
    t(1.5, (r) => `${st(r)}Completed initial scan of ${skew(r, ['sendreceive', 'sendonly', 'receiveonly'], 0.6)} folder ${stf(r)}`),
    t(1.5, (r) => `${st(r)}Ready to synchronize ${stf(r)} (${skew(r, ['sendreceive', 'sendonly', 'receiveonly'], 0.6)})`),
    t(1, (r) => `${st(r)}Joined relay relay://${r.ip()}:${r.pick([22067, 443])}`),
    t(0.7, (r) => `${st(r)}${r.pick(['quic', 'tcp'])}://0.0.0.0:22000 detected NAT type: ${r.pick(['Port restricted NAT', 'Full cone NAT', 'Symmetric NAT', 'Not behind a NAT'])}`),
    t(0.7, (r) => `${st(r)}${r.pick(['quic', 'tcp'])}://0.0.0.0:22000 resolved external address quic://${r.ip()}:${r.next() < 0.5 ? 22000 : port(r)} (via ${r.pick(['stun.syncthing.net:3478', 'stun.l.google.com:19302', 'stun.callwithus.com:3478'])})`),
    t(1, (r) => `${st(r)}Device ${stdev(r)} folder ${stf(r)} has mismatching index ID for us (0x${r.hex(16).toUpperCase()} != 0x${r.hex(16).toUpperCase()})`),
    t(0.3, (r) => `${st(r)}Detected ${r.int(0, 2)} NAT services`),
    t(0.2, (r) => `${st(r)}GUI and API listening on ${r.pick(['127.0.0.1', '[::]', '0.0.0.0'])}:8384`),
    t(0.2, (r) => `${st(r)}Access the GUI via the following URL: http://127.0.0.1:8384/`),
    t(0.2, (r) => `${st(r)}My ID: ${r.pick(ST_DEVS)}`),
    t(0.4, (r) => `${st(r, 'WARNING')}Error on folder ${stf(r)}: folder marker missing (this indicates potential data loss, search docs/forum to get information on how to proceed)`),
  ] },
  { name: 'fastify-pino', templates: [
    t(30, (r) => pino(r, 30, { reqId: preq(r), req: { method: skew(r, ['GET', 'POST', 'PATCH', 'DELETE'], 0.7), url: purl(r), hostname: skew(r, ['orders.example.com', 'orders-api.shop.svc:3000'], 0.6), remoteAddress: pRemote(r), remotePort: port(r) } }, 'incoming request')),
    t(30, (r) => pino(r, 30, { reqId: preq(r), res: { statusCode: r.pick([200, 200, 200, 200, 201, 204, 304, 400, 404, 500]) }, responseTime: Number(r.float(0.1, r.next() < 0.9 ? 40 : 4000, 9)) }, 'request completed')),
    t(3, (r) => pino(r, 30, { reqId: preq(r) }, `Route ${r.pick(['GET', 'GET', 'POST', 'HEAD'])}:${r.pick(['/favicon.ico', '/.env', '/wp-login.php', '/api/v1/orders', '/robots.txt'])} not found`)),
    t(3, (r) => { const m = pick(r, PERR4); const sc = m === 'Unauthorized' ? 401 : m.startsWith('Order') ? 404 : 400; return pino(r, 30, { reqId: preq(r), res: { statusCode: sc }, err: { type: 'FastifyError', message: m, stack: pstack(r, m, 'FastifyError'), code: sc === 401 ? 'FST_UNAUTHORIZED' : sc === 404 ? 'FST_ORDER_NOT_FOUND' : 'FST_ERR_VALIDATION', name: 'FastifyError', statusCode: sc } }, m); }),
    t(2.5, (r) => { const m = pick(r, PERR5); return pino(r, 50, { reqId: preq(r), req: { method: skew(r, ['GET', 'POST'], 0.6), url: purl(r), hostname: 'orders.example.com', remoteAddress: pRemote(r), remotePort: port(r) }, res: { statusCode: 500 }, err: { type: 'Error', message: m, stack: pstack(r, m, 'Error') } }, m); }),
    t(6, (r) => pino(r, 30, { reqId: preq(r), orderId: r.int(10000, 99999), customerId: r.uuid(), items: r.int(1, 9), total: Number(r.float(3, 900, 2)) }, 'order created')),
    t(8, (r) => pino(r, 20, { reqId: preq(r), key: `${r.pick(['product', 'customer', 'price'])}:${r.int(1, 9999)}`, ttl: r.pick([60, 300, 3600]) }, 'cache hit')),
    t(5, (r) => pino(r, 20, { reqId: preq(r), key: `${r.pick(['product', 'customer', 'price'])}:${r.int(1, 9999)}`, ttl: r.pick([60, 300, 3600]) }, 'cache miss')),
    t(8, (r) => pino(r, 20, { reqId: preq(r), query: r.pick(PSQL), durationMs: Number(r.float(0.2, r.next() < 0.9 ? 15 : 3000, 3)), rows: r.int(0, 50) }, 'db query')),
    t(2, (r) => pino(r, 40, { sku: `${r.pick(['AB', 'QZ', 'LM'])}-${r.int(10, 99)}`, available: r.int(0, 4), threshold: 5 }, 'inventory below threshold')),
    t(1.5, (r) => pino(r, 50, { reqId: preq(r), provider: r.pick(['stripe', 'adyen']), attempt: r.int(1, 3), timeoutMs: 5000 }, 'payment provider timeout')),
    t(0.5, (r) => pino(r, 40, { reqId: preq(r) }, `Reply was already sent, did you forget to "return reply" in "${r.pick(['/orders/:id', '/orders', '/customers/:id/orders'])}" (${r.pick(['GET', 'POST'])})?`)),
    t(0.4, (r) => pino(r, 30, {}, `Server listening at http://${r.pick(['0.0.0.0', '127.0.0.1', `10.42.${r.int(0, 9)}.${r.int(2, 250)}`, '[::1]'])}:3000`)),
    t(0.3, (r) => pino(r, 30, { signal: r.pick(['SIGTERM', 'SIGINT']) }, 'shutting down')),
  ] },
  { name: 'icinga2', templates: [
    t(12, (r) => { const a = r.int(0, 900); return `${ic(r, 'information', 'WorkQueue')}#${r.int(4, 9)} (${skew(r, IQUEUES, 0.5)}) items: ${r.next() < 0.7 ? 0 : r.int(1, 900)}, rate: ${Number(r.float(0, 40, 6))}/s (${a}/min ${a * 5 + r.int(0, 9)}/5min ${a * 15 + r.int(0, 30)}/15min);`; }),
    t(6, (r) => { const n = r.int(0, 90); return `${ic(r, 'information', 'IdoPgsqlConnection')}Pending queries: ${r.next() < 0.6 ? 0 : r.int(1, 900)} (Input: ${n}/s; Output: ${Math.max(0, n + r.int(-3, 3))}/s)`; }),
    t(4, (r) => `${ic(r, 'information', 'ApiListener')}New client connection for identity '${iep(r)}' from [${lan(r)}]:${port(r)}`),
    t(2, (r) => { const e = iep(r); return `${ic(r, 'information', 'ApiListener')}Finished syncing runtime objects to endpoint '${e}'.`; }),
    t(2, (r) => `${ic(r, 'warning', 'ApiListener')}Removing API client for endpoint '${iep(r)}'. ${r.int(0, 12)} API clients left.`),
    t(2, (r) => `${ic(r, 'information', 'JsonRpcConnection')}No messages for identity '${iep(r)}' have been received in the last 60 seconds.`),
    t(3, (r) => { const h = r.pick(['sat-01.example.com', 'sat-02.example.com', 'master-02.example.com']); return `${ic(r, 'information', 'ApiListener')}Reconnecting to endpoint '${h}' via host '${h}' and port '5665'`; }),
    t(1.5, (r) => `${ic(r, 'critical', 'ApiListener')}Cannot connect to host '${r.pick(['sat-02.example.com', 'master-02.example.com', '10.0.2.14'])}' on port '5665': ${r.pick(['Connection refused', 'No route to host', 'Operation canceled', 'Host not found (authoritative)'])}`),
    t(3, (r) => { const c = ichk(r); return `${ic(r, 'information', 'Notification')}Sending '${r.pick(['Problem', 'Problem', 'Recovery', 'Acknowledgement', 'Custom'])}' notification '${c}!${c.includes('!') ? 'mail-service-notification' : 'mail-host-notification'}' for user '${r.pick(['alice', 'oncall', 'bob'])}'`; }),
    t(3, (r) => { const c = ichk(r); const cmd = c.includes('!') ? 'mail-service-notification' : 'mail-host-notification'; return `${ic(r, 'information', 'Notification')}Completed sending '${r.pick(['Problem', 'Problem', 'Recovery', 'Acknowledgement'])}' notification '${c}!${cmd}' for checkable '${c}' and user '${r.pick(['alice', 'oncall', 'bob'])}' using command '${cmd}'.`; }),
    t(1.5, (r) => { const [p, args, out] = r.pick(IPLUG); return `${ic(r, 'warning', 'PluginCheckTask')}Check command for object '${ichk(r)}' (PID: ${r.int(300, 900000)}, arguments: '${p}' ${some(r, args, 1, args.length).join(' ')}) terminated with exit code ${r.pick([128, 3, 2])}, output: ${out}`; }),
    t(1, (r) => `${ic(r, 'information', 'ConfigObject')}Dumping program state to file '/var/lib/icinga2/icinga2.state'`),
    t(1.5, (r) => { const [one, many] = r.pick(ITYPES); const n = r.next() < 0.2 ? 1 : r.int(2, 900); return `${ic(r, 'information', 'ConfigItem')}Instantiated ${n} ${n === 1 ? one : many}.`; }),
    t(0.3, (r) => `${ic(r, 'information', 'ConfigItem')}Committing config item(s).`),
    t(0.3, (r) => `${ic(r, 'information', 'CheckerComponent')}'${r.next() < 0.8 ? 'checker' : 'checker-2'}' started.`),
  ] },
  { name: 'monit', templates: [
    t(4, (r) => { const l = r.pick([80, 85, 90]); return `${mo(r, 'error')}'${r.pick(MFS)}' space usage ${r.float(l, 99.9, 1)}% matches resource limit [space usage > ${l}.0%]`; }),
    t(4, (r) => `${mo(r, 'info')}'${r.pick(MFS)}' space usage check succeeded [current space usage = ${r.float(5, 79, 1)}%]`),
    t(2, (r) => `${mo(r, 'error')}'${r.pick(MHOST)}' cpu usage of ${r.float(95, 100, 1)}% matches resource limit [cpu usage > 95.0%]`),
    t(2, (r) => `${mo(r, 'info')}'${r.pick(MHOST)}' cpu usage check succeeded [current cpu usage = ${r.float(0, 90, 1)}%]`),
    t(1, (r) => `${mo(r, 'error')}'${msvc(r)}' total mem amount of ${r.float(500, 4000, 1)} MB matches resource limit [total mem amount > 500.0 MB]`),
    t(3, (r) => `${mo(r, 'error')}'${msvc(r)}' process is not running`),
    t(3, (r) => `${mo(r, 'info')}'${msvc(r)}' trying to restart`),
    t(3, (r) => { const s = msvc(r); return `${mo(r, 'info')}'${s}' start: '${r.pick([`/usr/bin/systemctl start ${s}`, `/usr/sbin/service ${s} start`, `/etc/init.d/${s} start`])}'`; }),
    t(3, (r) => `${mo(r, 'info')}'${msvc(r)}' process is running with pid ${r.int(300, 900000)}`),
    t(2, (r) => `${mo(r, 'info')}'${msvc(r)}' ${r.pick(['restart', 'start', 'stop', 'monitor', 'unmonitor'])} action done`),
    t(3, (r) => { const [s, at, errs] = r.pick(MPROTO); return `${mo(r, 'error')}'${s}' failed protocol test ${at} -- ${r.pick(errs)}`; }),
    t(3, (r) => { const [s, at] = r.pick(MPROTO); return `${mo(r, 'info')}'${s}' connection succeeded to ${at.replace(/^\[[A-Z]+\] at /, '')}`; }),
    t(0.5, (r) => `${mo(r, 'error')}'${msvc(r)}' service restarted ${r.pick([3, 5])} times within ${r.pick([3, 5])} cycles(s) - unmonitor`),
    t(0.5, (r) => { const f = r.pick(['/etc/ssh/sshd_config', '/etc/passwd', '/etc/nginx/nginx.conf']); return `${mo(r, 'error')}'${f.split('/').pop()}' checksum was changed for ${f}`; }),
    t(0.2, (r) => `${mo(r, 'info')}Starting Monit ${r.pick(['5.33.0', '5.34.3'])} daemon with http interface at [${r.pick(['localhost', '*'])}]:2812`),
    t(0.3, (r) => `${mo(r, 'info')}Monit daemon with PID ${r.int(300, 9000)} awakened`),
  ] },
  { name: 'solr', templates: [
    t(30, (r) => { const c = score(r); return `${so(r, 'INFO', `${QTP}-${r.int(14, 400)}`, c, 'o.a.s.c.S.Request')}[${c[3]}]  webapp=/solr path=${skew(r, ['/select', '/select', '/query', '/export'], 0.7)} params=${sparams(r)} hits=${r.next() < 0.1 ? 0 : r.int(1, 900000)} status=0 QTime=${r.next() < 0.9 ? r.int(0, 40) : r.int(41, 3000)}`; }),
    t(4, (r) => { const c = score(r); return `${so(r, 'INFO', `${QTP}-${r.int(14, 400)}`, c, 'o.a.s.c.S.Request')}[${c[3]}]  webapp=/solr path=/admin/ping params={${r.pick(['wt=javabin&version=2', 'distrib=false&df=_text_&rows=10&echoParams=all&wt=javabin&version=2&q={!lucene}*:*&preferLocalShards=false&omitHeader=true&isShard=true&distrib=false', 'wt=json'])}} status=0 QTime=${r.int(0, 9)}`; }),
    t(10, (r) => { const c = score(r); const commit = r.next() < 0.15; const n = r.int(1, 14); const ids = Array.from({ length: Math.min(n, 10) }, () => `${c[0] === 'products' ? `${r.pick(['AB', 'QZ', 'LM'])}-${r.int(10, 9999)}` : r.uuid()} (${1796 + r.int(0, 9)}${pad(r.int(0, 999999999), 9)}${pad(r.int(0, 999999), 6)})`); return `${so(r, 'INFO', `${QTP}-${r.int(14, 400)}`, c, 'o.a.s.u.p.LogUpdateProcessorFactory')}[${c[3]}]  webapp=/solr path=/update params={${commit ? 'waitSearcher=true&commit=true&softCommit=false&wt=javabin&version=2' : `update.distrib=FROMLEADER&distrib.from=http://10.0.1.${r.int(5, 7)}:8983/solr/${c[3]}/&wt=javabin&version=2`}}{${commit ? 'commit=' : `add=[${ids.join(', ')}${n > 10 ? `, ... (${n} adds)` : ''}]`}} 0 ${r.int(1, 900)}`; }),
    t(4, (r) => { const c = score(r); const soft = r.next() < 0.6; return `${so(r, 'INFO', `commitScheduler-${r.int(10, 40)}-thread-1`, c, 'o.a.s.u.DirectUpdateHandler2')}start commit{_version_=${1796 + r.int(0, 9)}${pad(r.int(0, 999999999), 9)}${pad(r.int(0, 999999), 6)},optimize=false,openSearcher=${soft ? 'true' : 'false'},waitSearcher=true,expungeDeletes=false,softCommit=${soft},prepareCommit=false}`; }),
    t(4, (r) => `${so(r, 'INFO', `commitScheduler-${r.int(10, 40)}-thread-1`, score(r), 'o.a.s.u.DirectUpdateHandler2')}end_commit_flush`),
    t(3, (r) => { const c = score(r); return `${so(r, 'INFO', `commitScheduler-${r.int(10, 40)}-thread-1`, c, 'o.a.s.s.SolrIndexSearcher')}Opening [Searcher@${r.hex(8)}[${c[3]}] ${r.next() < 0.8 ? 'main' : 'realtime'}]`; }),
    t(3, (r) => { const c = score(r); return `${so(r, 'INFO', sSearcher(r, c[3]), c, 'o.a.s.c.SolrCore')}[${c[3]}]  Registered new searcher autowarm time: ${r.next() < 0.7 ? 0 : r.int(1, 900)} ms`; }),
    t(2, (r) => { const c = score(r); return `${so(r, 'WARN', `${QTP}-${r.int(14, 400)}`, c, 'o.a.s.c.S.SlowRequest')}slow: [${c[3]}]  webapp=/solr path=/select params=${sparams(r)} hits=${r.int(1, 900000)} status=0 QTime=${r.int(1000, 30000)}`; }),
    t(2, (r) => `${so(r, 'ERROR', `${QTP}-${r.int(14, 400)}`, score(r), 'o.a.s.h.RequestHandlerBase')}Client exception => org.apache.solr.common.SolrException: ${r.pick(SCLIENT)}`),
    t(1, (r) => `${so(r, 'INFO', `${QTP}-${r.int(14, 400)}`, score(r), 'o.a.s.s.HttpSolrCall')}Unable to write response, client closed connection or we are shutting down => org.eclipse.jetty.io.EofException: ${r.pick(['Closed', 'Reset cancel_stream_error', 'java.io.IOException: Broken pipe'])}`),
    t(3, (r) => `${so(r, 'INFO', `${QTP}-${r.int(14, 400)}`, null, 'o.a.s.s.HttpSolrCall')}[admin] webapp=null path=${r.pick(['/admin/cores', '/admin/metrics', '/admin/info/system', '/admin/collections'])} params={${r.pick(['action=STATUS&core=products_shard1_replica_n1&indexInfo=false&wt=javabin&version=2', 'wt=javabin&version=2&group=solr.jvm,solr.node&prefix=CONTAINER.fs', 'action=CLUSTERSTATUS&wt=json', 'wt=json'])}} status=0 QTime=${r.int(0, 90)}`),
    t(1, (r) => { const a = r.int(2, 4); return `${so(r, 'INFO', `zkCallback-${r.int(10, 40)}-thread-${r.int(1, 9)}`, null, 'o.a.s.c.c.ZkStateReader')}Updated live nodes from ZooKeeper... (${a}) -> (${r.next() < 0.5 ? a - 1 : a + 1})`; }),
    t(0.4, (r) => { const c = score(r); return `${so(r, 'INFO', `recoveryExecutor-${r.int(10, 40)}-thread-1-processing-${c[3]}`, c, 'o.a.s.c.RecoveryStrategy')}Starting recovery process. recoveringAfterStartup=${r.next() < 0.5}`; }),
    t(0.4, (r) => { const c = score(r); return `${so(r, 'INFO', `recoveryExecutor-${r.int(10, 40)}-thread-1-processing-${c[3]}`, c, 'o.a.s.c.RecoveryStrategy')}Finished recovery process, successful=[${r.next() < 0.85}] msTimeTaken=${r.int(10, 90000)}.0`; }),
    t(0.3, (r) => { const c = score(r); return `${so(r, 'INFO', 'coreZkRegister-1-thread-1', c, 'o.a.s.c.ZkController')}Register replica - core:${c[3]} address:http://10.0.1.${r.int(5, 7)}:8983/solr collection:${c[0]} shard:${c[1]}`; }),
  ] },
  { name: 'wildfly', templates: [
    t(12, (r) => { const n = r.int(1, 9); return `${wf(r, 'INFO', 'com.example.shop.api.OrderResource', wtask(r))}Order ${r.int(100000, 999999)} placed by customer ${r.int(1, 90000)} (items: ${n}, total: ${r.float(3, 900, 2)} EUR)`; }),
    t(4, (r) => `${wf(r, 'INFO', 'com.example.shop.service.CartService', wtask(r))}Cart ${r.uuid()} merged into customer ${r.int(1, 90000)}`),
    t(3, (r) => `${wf(r, 'INFO', 'com.example.shop.jobs.StockSync', `EE-ManagedScheduledExecutorService-default-Thread-${r.int(1, 4)}`)}Stock sync finished: ${r.int(0, 4000)} updated, ${r.next() < 0.8 ? 0 : r.int(1, 40)} failed in ${r.int(20, 90000)} ms`),
    t(10, (r) => `${wf(r, 'INFO', 'stdout', wtask(r))}Hibernate: ${r.pick(WSQL)}`),
    t(2, (r) => `${wf(r, 'WARN', 'org.hibernate.engine.jdbc.spi.SqlExceptionHelper', wtask(r))}SQL Error: 0, SQLState: ${r.pick(['40001', '23505', '57014', '08006'])}`),
    t(2, (r) => `${wf(r, 'ERROR', 'org.hibernate.engine.jdbc.spi.SqlExceptionHelper', wtask(r))}${r.pick(WSQLERR)}`),
    t(2, (r) => `${wf(r, 'ERROR', 'io.undertow.request', wtask(r))}UT005023: Exception handling request to /shop/api/${r.pick(['orders', 'cart', 'customers'])}/${r.int(1, 99999)}: ${pick(r, WEXC)}`),
    t(1, (r) => `${wf(r, 'WARN', 'org.jboss.jca.core.connectionmanager.pool.strategy.OnePool', wtask(r))}IJ000604: Throwable while attempting to get a new connection: null: jakarta.resource.ResourceException: IJ031084: Unable to create connection`),
    t(1, (r) => { const n = r.int(1, 4); const ms = Array.from({ length: n }, (_, i) => `node-${i + 1}`); return `${wf(r, 'INFO', 'org.infinispan.CLUSTER', `thread-${r.int(1, 40)},ejb,node-${r.int(1, 3)}`)}ISPN000094: Received new cluster view for channel ejb: [node-1|${r.int(1, 40)}] (${n}) [${ms.join(', ')}]`; }),
    t(0.8, (r) => `${wf(r, 'WARN', 'com.arjuna.ats.arjuna', 'Transaction Reaper')}ARJUNA012117: TransactionReaper::check timeout for TX 0:ffff0a00010a:-${r.hex(8)}:${r.hex(8)}:${r.hex(2)} in state  RUN`),
    t(0.8, (r) => `${wf(r, 'WARN', 'com.arjuna.ats.arjuna', 'Transaction Reaper Worker 0')}ARJUNA012121: TransactionReaper::doCancellations worker Thread[Transaction Reaper Worker 0,5,main] successfully canceled TX 0:ffff0a00010a:-${r.hex(8)}:${r.hex(8)}:${r.hex(2)}`),
    t(0.5, (r) => { const d = wdep(r); return `${wf(r, 'INFO', 'org.jboss.as.server.deployment', `MSC service thread 1-${r.int(1, 8)}`)}WFLYSRV0027: Starting deployment of "${d}" (runtime-name: "${d}")`; }),
    t(0.5, (r) => { const d = wdep(r); return `${wf(r, 'INFO', 'org.jboss.as.server', r.next() < 0.6 ? `ServerService Thread Pool -- ${r.int(30, 90)}` : `DeploymentScanner-threads - ${r.int(1, 2)}`)}WFLYSRV0010: Deployed "${d}" (runtime-name : "${d}")`; }),
    t(0.3, (r) => { const d = wdep(r); return `${wf(r, 'INFO', 'org.jboss.as.server.deployment', `MSC service thread 1-${r.int(1, 8)}`)}WFLYSRV0028: Stopped deployment ${d} (runtime-name: ${d}) in ${r.int(5, 900)}ms`; }),
    t(0.5, (r) => `${wf(r, 'INFO', 'org.wildfly.extension.undertow', `ServerService Thread Pool -- ${r.int(30, 90)}`)}WFLYUT0021: Registered web context: '${r.pick(['/shop', '/admin', '/reports', '/billing'])}' for server 'default-server'`),
    t(0.3, (r) => `${wf(r, 'INFO', 'org.jboss.as.connector.subsystems.datasources', `MSC service thread 1-${r.int(1, 8)}`)}WFLYJCA0001: Bound data source [${r.pick(['java:jboss/datasources/ShopDS', 'java:jboss/datasources/ExampleDS', 'java:/jdbc/ReportsDS'])}]`),
    t(0.2, (r) => { const s = r.int(400, 900); return `${wf(r, 'INFO', 'org.jboss.as', 'Controller Boot Thread')}WFLYSRV0025: WildFly Full ${r.pick(['34.0.1.Final (WildFly Core 26.0.1.Final)', '33.0.2.Final (WildFly Core 25.0.2.Final)'])} started in ${r.int(2000, 30000)}ms - Started ${s} of ${s + r.int(150, 300)} services (${r.int(300, 400)} services are lazy, passive or on-demand) - Server configuration file in use: ${r.pick(['standalone.xml', 'standalone-full-ha.xml'])}`; }),
    t(0.2, (r) => { const d = r.pick(['broken.war', 'reports.war']); return `${wf(r, 'ERROR', 'org.jboss.as.controller.management-operation', 'Controller Boot Thread')}WFLYCTL0013: Operation ("deploy") failed - address: ([("deployment" => "${d}")]) - failure description: {"WFLYCTL0080: Failed services" => {"jboss.deployment.unit.\\"${d}\\".undertow-deployment" => "java.lang.RuntimeException: ${r.pick(['java.lang.ClassNotFoundException: org.springframework.web.SpringServletContainerInitializer', 'jakarta.naming.NameNotFoundException: java:jboss/datasources/MissingDS'])}"}}`; }),
    t(0.2, (r) => `${wf(r, 'INFO', 'org.wildfly.extension.undertow', `MSC service thread 1-${r.int(1, 8)}`)}WFLYUT0006: ${(() => { const [k, n, p] = r.pick<[string, string, number]>([['HTTP', 'default', 8080], ['HTTPS', 'https', 8443], ['AJP', 'ajp', 8009]]); return `Undertow ${k} listener ${n} listening on ${r.pick(['0.0.0.0', '127.0.0.1'])}:${p}`; })()}`),
  ] },
  { name: 'calico-felix', templates: [
    t(14, (r) => `${fx(r, 'INFO', 'int_dataplane.go', 2043)}Applying dataplane updates`),
    t(14, (r) => `${fx(r, 'INFO', 'int_dataplane.go', 2057)}Finished applying updates to dataplane. msecToApply=${Number(r.float(0.1, r.next() < 0.9 ? 20 : 900, 6))}`),
    t(3, (r) => `${fx(r, 'INFO', 'summary.go', 100)}Summarising ${r.int(1, 40)} dataplane reconciliation loops over ${r.int(0, 1)}m${r.float(0, 59.9, 1)}s: avg=${r.int(1, 40)}ms longest=${r.int(10, 900)}ms (${some(r, FLOOPS, 1, 3).join(',')})`),
    t(3, (r) => `${fx(r, 'INFO', 'endpoint_mgr.go', 602)}Updating per-endpoint chains. id=${fwepId(r)}`),
    t(3, (r) => `${fx(r, 'INFO', 'endpoint_mgr.go', 648)}Updating endpoint routes. id=${fwepId(r)}`),
    t(2, (r) => `${fx(r, 'INFO', 'endpoint_mgr.go', 1215)}Applying /proc/sys configuration to interface. ifaceName="${fiface(r)}"`),
    t(3, (r) => { const up = r.next() < 0.8; const known = up || r.next() < 0.6; return `${fx(r, 'INFO', 'endpoint_mgr.go', 490)}Re-evaluated workload endpoint status adminUp=${known} failed=false known=${known} operUp=${up} status="${up ? 'up' : known ? 'down' : ''}" workloadEndpointID=${fwepId(r)}`; }),
    t(2, (r) => `${fx(r, 'INFO', 'status_combiner.go', 81)}Endpoint up for at least one IP version id=${fwepId(r)} ipVersion=0x${r.next() < 0.85 ? 4 : 6} status="up"`),
    t(1, (r) => `${fx(r, 'INFO', 'status_combiner.go', 84)}Endpoint down for at least one IP version id=${fwepId(r)} ipVersion=0x${r.next() < 0.85 ? 4 : 6} status="${r.pick(['down', 'error'])}"`),
    t(3, (r) => `${fx(r, 'INFO', 'status_combiner.go', 98)}Reporting combined status. id=${fwepId(r)} status="${r.next() < 0.8 ? 'up' : 'down'}"`),
    t(2, (r) => `${fx(r, 'INFO', 'calc_graph.go', 467)}Local endpoint updated id=${fwepKey(r)}`),
    t(1, (r) => `${fx(r, 'INFO', 'calc_graph.go', 460)}Local endpoint deleted id=${fwepKey(r)}`),
    t(3, (r) => `${fx(r, 'INFO', 'table.go', 1264)}Invalidating dataplane cache ipVersion=0x${r.next() < 0.8 ? 4 : 6} reason="${r.pick(['refresh timer', 'refresh timer', 'post-write', 'initial load'])}" table="${r.pick(['filter', 'nat', 'mangle', 'raw'])}"`),
    t(2, (r) => `${fx(r, 'INFO', 'ipsets.go', 588)}Finished IPSets resync family="${r.pick(['inet', 'inet', 'inet6'])}" numInconsistenciesFound=${r.next() < 0.8 ? 0 : r.int(1, 9)} resyncDuration=${r.float(0.5, 40, 6)}ms`),
    t(2, (r) => `${fx(r, 'INFO', 'int_dataplane.go', 1680)}Received interface update msg=&intdataplane.ifaceStateUpdate{Name:"${fiface(r)}", State:"${r.next() < 0.6 ? 'up' : 'down'}", Index:${r.int(4, 400)}}`),
    t(1, (r) => `${fx(r, 'WARN', 'route_table.go', 1051)}Failed to access interface because it doesn't exist. error=Link not found ifaceName="${fiface(r)}" ifaceRegex="^cali.*" ipVersion=0x4 tableIndex=254`),
    t(1, (r) => `${fx(r, 'INFO', 'conntrack.go', 90)}Removing conntrack flows ip=10.42.${r.int(0, 9)}.${r.int(2, 250)}`),
    t(0.4, (r) => { const up = r.next() < 0.6; return `${fx(r, 'INFO', 'health.go', 206)}Health of component changed name="${r.pick(['InternalDataplaneMainLoop', 'CalculationGraph', 'FelixStartup', 'async_calc_graph'])}" newReport="${up ? 'live,ready' : 'live,non-ready'}" oldReport="${up ? 'live,non-ready' : 'live,ready'}"`; }),
    t(0.2, (r) => `${fx(r, 'INFO', 'daemon.go', 415)}Felix starting up GOMAXPROCS=${r.pick([2, 4, 8])} builddate="2024-11-26T20:51:48+0000" gitcommit="${r.hex(8)}" version="${r.pick(['v3.29.1', 'v3.28.2'])}"`),
  ] },
  { name: 'multipath-iscsi', templates: [
    t(5, (r) => `${mp(r, 'multipathd', 812)}${mmap(r)}: ${mpath(r)[0]} - ${skew(r, ['tur', 'directio', 'readsector0'], 0.7)} checker reports path is down`),
    t(5, (r) => `${mp(r, 'multipathd', 812)}${mmap(r)}: ${mpath(r)[0]} - ${skew(r, ['tur', 'directio', 'readsector0'], 0.7)} checker reports path is up`),
    t(4, (r) => `${mp(r, 'multipathd', 812)}checker failed path ${mpath(r)[1]} in map ${mmap(r)}`),
    t(8, (r) => `${mp(r, 'multipathd', 812)}${mmap(r)}: remaining active paths: ${r.int(0, 4)}`),
    t(4, (r) => `${mp(r, 'multipathd', 812)}${mpath(r)[1]}: reinstated`),
    t(4, (r) => `${mp(r, 'multipathd', 812)}${mpath(r)[1]}: mark as failed`),
    t(2, (r) => { const ng = r.int(1, 2); const grp = () => { const np = r.int(1, 2); return `service-time 0 ${np} 1 ${Array.from({ length: np }, () => `${r.pick(MPATHS)[1]} 1`).join(' ')}`; }; return `${mp(r, 'multipathd', 812)}${mmap(r)}: load table [0 ${r.pick([209715200, 2147483648, 524288000])} multipath 1 queue_if_no_path 1 alua ${ng} 1 ${Array.from({ length: ng }, grp).join(' ')}]`; }),
    t(1, (r) => `${mp(r, 'multipathd', 812)}${mpath(r)[0]}: add path (uevent)`),
    t(1, (r) => `${mp(r, 'multipathd', 812)}${mpath(r)[0]}: remove path (uevent)`),
    t(2, (r) => `${mp(r, 'multipathd', 812)}${mmap(r)}: switch to path group #${r.int(1, 2)}`),
    t(0.7, (r) => `${mp(r, 'multipathd', 812)}${mmap(r)}: Entering recovery mode: max_retries=${r.pick([12, 18, 60])}`),
    t(0.7, (r) => `${mp(r, 'multipathd', 812)}${mmap(r)}: Recovered to normal mode`),
    t(2, (r) => `${mp(r, 'iscsid', 1024)}Connection${r.int(1, 8)}:0 to [target: ${skew(r, IQNS, 0.6)}, portal: 10.0.5.${r.int(10, 13)},3260] through [iface: ${skew(r, ['default', 'iface0', 'iface1'], 0.7)}] is operational now`),
    t(2, (r) => { const [c, n, d] = r.pick(ISCSI_ERR); return `${mp(r, 'iscsid', 1024)}Kernel reported iSCSI connection ${r.int(1, 8)}:0 error (${c} - ${n}: ${d}) state (${r.pick([3, 3, 1])})`; }),
    t(1.5, (r) => `${mp(r, 'iscsid', 1024)}connection${r.int(1, 8)}:0 is operational after recovery (${r.int(1, 40)} attempts)`),
    t(1.5, (r) => `${mp(r, 'iscsid', 1024)}connect to 10.0.5.${r.int(10, 13)}:3260 failed (${r.pick(['No route to host', 'Connection refused', 'Connection timed out'])})`),
    t(1.5, (r) => `${mp(r, 'kernel')}${kup(r)}  connection${r.int(1, 8)}:0: detected conn error (${r.pick(ISCSI_ERR)[0]})`),
    t(1, (r) => `${mp(r, 'kernel')}${kup(r)} sd ${r.int(2, 9)}:0:0:${r.int(0, 3)}: [${mpath(r)[0]}] tag#${r.int(0, 200)} FAILED Result: hostbyte=${r.pick(['DID_TRANSPORT_DISRUPTED', 'DID_TRANSPORT_FAILFAST', 'DID_NO_CONNECT'])} driverbyte=DRIVER_OK cmd_age=${r.int(0, 60)}s`),
  ] },
  { name: 'opensmtpd', templates: [
    t(10, (r) => `${sm(r)}smtp connected address=${r.next() < 0.85 ? r.ip() : lan(r)} host=${smHost(r)}`),
    t(6, (r) => `${sm(r)}smtp tls ciphers=${r.pick(CIPHERS)}`),
    t(2, (r) => `${sm(r)}smtp authentication user=${r.pick(PEOPLE)} result=${r.next() < 0.8 ? 'ok' : r.pick(['permfail', 'tempfail'])}`),
    t(8, (r) => `${sm(r)}smtp message msgid=${r.hex(8)} size=${r.int(300, 9000000)} nrcpt=${r.next() < 0.8 ? 1 : r.int(2, 9)} proto=${r.pick(['ESMTP', 'ESMTP', 'SMTP'])}`),
    t(8, (r) => `${sm(r)}smtp envelope evpid=${r.hex(16)} from=<${r.next() < 0.1 ? '' : smaddr(r)}> to=<${smaddr(r)}>`),
    t(10, (r) => `${sm(r)}smtp disconnected reason=${r.next() < 0.7 ? 'quit' : r.pick(['disconnect', 'io-error: Connection reset by peer', 'timeout'])}`),
    t(4, (r) => { const a = smaddr(r).replace(/@.*/, `@${r.pick(['example.com', 'example.org'])}`); return `${sm(r)}smtp failed-command command="RCPT TO:<${a}>" result="${r.pick([`550 Invalid recipient: <${a}>`, '550 5.7.1 Delivery not authorized, message refused', '421 Temporary failure'])}"`; }),
    t(1, (r) => `${sm(r)}smtp bad-input result="${r.pick(['500 5.5.1 Invalid command: Pipelining not supported', '500 5.5.1 Invalid command: Command unrecognized', '500 5.0.0 Error: line too long'])}"`),
    t(6, (r) => { const to = smaddr(r); const ok = r.next() < 0.9; return `${sm(r)}mda delivery evpid=${r.hex(16)} from=<${smaddr(r)}> to=<${to}> rcpt=<${to}> user=${r.pick(PEOPLE)} delay=${r.int(0, 3)}s result=${ok ? 'Ok' : 'TempFail'} stat=${ok ? 'Delivered' : 'Error (exited with retcode=75)'}`; }),
    t(3, (r) => { const h = r.pick(['gmail-smtp-in.l.google.com', 'mx.example.net', 'example-org.mail.protection.outlook.com']); return `${sm(r)}mta connecting address=smtp${r.next() < 0.7 ? '+tls' : ''}://${r.ip()}:25 host=${h}`; }),
    t(3, (r) => `${sm(r)}mta connected`),
    t(2, (r) => `${sm(r)}mta tls ciphers=${r.pick(CIPHERS)}`),
    t(5, (r) => { const ok = r.next() < 0.8; return `${sm(r)}mta delivery evpid=${r.hex(16)} from=<${smaddr(r)}> to=<${smaddr(r)}> rcpt=<-> source="${r.pick(['10.0.0.2', '203.0.113.25'])}" relay="${r.ip()} (${r.pick(['gmail-smtp-in.l.google.com', 'mx.example.net', 'example-org.mail.protection.outlook.com'])})" delay=${r.int(0, 9000)}s result="${ok ? 'Ok' : r.pick(['TempFail', 'PermFail'])}" stat="${ok ? pick(r, SMSTAT.slice(0, 3)) : pick(r, SMSTAT.slice(3))}"`; }),
    t(3, (r) => `${sm(r)}mta disconnected reason=${r.next() < 0.85 ? 'quit' : 'io-error'} messages=${r.int(0, 4)}`),
    t(0.2, (r) => `${syslog(r, ['mx1', 'mx2'], 'smtpd', 4412)}info: OpenSMTPD ${r.pick(['7.6.0', '7.5.0', '7.6.0p1'])} starting`),
  ] },
  { name: 'splunkd', templates: [
    t(10, (r) => `${sp(r, 'INFO', 'AutoLoadBalancedConnectionStrategy', 'TcpOutEloop')}Found currently active indexer. Connected to idx=${sidx(r)}, reuse=${r.int(0, 1)}.`),
    t(8, (r) => `${sp(r, 'INFO', 'TcpOutputProc', r.pick(['parsing', 'indexerPipe']))}Connected to idx=${sidx(r)}:0, pset=0, reuse=${r.int(0, 1)}. autoBatch=1`),
    t(3, (r) => `${sp(r, 'WARN', 'TcpOutputProc', 'indexerPipe')}The TCP output processor has paused the data flow. Forwarding to host_dest=${r.pick(SIDX)} inside output group default-autolb-group from host_src=${r.pick(SHOST)} has been blocked for blocked_seconds=${r.pick([10, 20, 60, 300])}. This can stall the data flow towards indexing and other network outputs. Review the receiving system's health in the Splunk Monitoring Console. It is probably not accepting data.`),
    t(3, (r) => `${sp(r, 'WARN', 'AutoLoadBalancedConnectionStrategy', 'TcpOutEloop')}Cooked connection to ip=${sidx(r)} timed out`),
    t(2, (r) => `${sp(r, 'ERROR', 'TcpOutputFd', 'TcpOutEloop')}Read error. ${r.pick(['Connection reset by peer', 'Connection timed out', 'Broken pipe'])}`),
    t(4, (r) => `${sp(r, 'INFO', 'WatchedFile', `tailreader${r.int(0, 1)}`)}Will begin reading at offset=${r.next() < 0.5 ? 0 : r.int(1, 900000000)} for file='${sfile(r)}'.`),
    t(2, (r) => `${sp(r, 'INFO', 'WatchedFile', `tailreader${r.int(0, 1)}`)}Checksum for seekptr didn't match, will re-read entire file='${sfile(r)}'.`),
    t(2, (r) => `${sp(r, 'INFO', 'WatchedFile', `tailreader${r.int(0, 1)}`)}File too small to check seekcrc, probably truncated.  Will re-read entire file='${sfile(r)}'.`),
    t(3, (r) => `${sp(r, 'INFO', 'TailReader', `batchreader${r.int(0, 1)}`)}Batch input finished reading file='${sfile(r)}.${r.int(1, 9)}${r.next() < 0.5 ? '.gz' : ''}'`),
    t(6, (r) => { const h = r.pick(SHOST); return `${sp(r, 'WARN', 'DateParserVerbose', `merging_${r.int(0, 1)}`)}Failed to parse timestamp in first MAX_TIMESTAMP_LOOKAHEAD (${r.pick([128, 40, 25])}) characters of event. Defaulting to timestamp of previous event (${ctime(r)}). Context: source=${sfile(r)}|host=${h}|${r.pick(STYPES)}|${r.int(1, 900000)}`; }),
    t(2, (r) => `${sp(r, 'WARN', 'LineBreakingProcessor', 'parsing')}Truncating line because limit of ${r.pick([10000, 10000, 50000])} bytes has been exceeded with a line length >= ${r.int(10001, 900000)} - data_source="${sfile(r)}", data_host="${r.pick(SHOST)}", data_sourcetype="${r.pick(STYPES)}"`),
    t(5, (r) => { const h = r.pick(SHOST); return `${sp(r, 'INFO', 'HttpPubSubConnection', `HttpClientPollingThread_${r.hex(8).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(12).toUpperCase()}`)}Running phone uri=/services/broker/phonehome/connection_10.0.5.30_8089_${h}.example.com_${h}_${r.hex(8).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(12).toUpperCase()}`; }),
    t(2, (r) => `${sp(r, 'INFO', 'DC:DeploymentClient', 'PhonehomeThread')}channel=tenantService/handshake Will retry sending handshake message to DS; err=${r.pick(['not_connected', 'not_connected', 'timed_out'])}`),
    t(2, (r) => `${sp(r, 'INFO', 'ExecProcessor', 'ExecProcessor')}New scheduled exec process: ${r.pick(['/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/cpu.sh', '/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/vmstat.sh', '/opt/splunkforwarder/bin/splunkd instrument-resource-usage', '/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/df.sh'])}`),
    t(1.5, (r) => `${sp(r, 'ERROR', 'ExecProcessor', 'ExecProcessor')}message from "${r.pick(['/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/vmstat.sh', '/opt/splunkforwarder/etc/apps/Splunk_TA_nix/bin/netstat.sh', 'python3.9 /opt/splunkforwarder/etc/apps/acme_inputs/bin/poll_api.py'])}" ${r.pick(['sh: 1: vmstat: not found', 'netstat: command not found', 'Traceback (most recent call last):', "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded"])}`),
    t(1, (r) => `${sp(r, 'INFO', 'TailingProcessor', 'MainTailingThread')}Adding watch on path: ${r.pick(['/var/log/nginx', '/var/log', '/opt/shop/logs', '/var/log/audit'])}.`),
    t(0.3, (r) => `${sp(r, 'INFO', 'ServerConfig', 'MainThread')}My GUID is ${r.uuid().toUpperCase()}.`),
    t(0.2, (r) => `${sp(r, 'INFO', 'loader', 'MainThread')}Splunkd starting (build ${r.hex(12)}).`),
  ] },
];

// Sixth sealed evaluation corpus for the template miner: written on 2026-12-07, before any miner
// change of the round after sealed5, by someone who had read neither the miner nor any per-system
// (or average) score of the other sets. It is meant to be scored like sealed5 (average and minimum
// only until a round ends, per system only at the end of that round). The lines are written from
// knowledge of the formats, not copied, with the variable parts drawn from the seeded RNG.
// Formats in none of the other sets: Knot DNS (knotd under syslog), Zeek's TSV logs (conn, dns,
// http, ssl, weird, notice, files and their header lines), a Wazuh manager's ossec.log, the .NET
// ILogger simple console format (single line), an Elixir/Phoenix app's Logger output (with Ecto,
// LiveView and Oban's JSON), Gitea, FreeSWITCH, Sendmail (sm-mta), ISC Kea DHCPv4, the BIRD routing
// daemon, Junos syslog (MX/SRX, RT_FLOW included), MikroTik RouterOS remote syslog, Trino's
// server.log (tab-separated), CockroachDB (crdb-v2, with redaction markers and structured JSON
// events), Telegraf, and a Source-engine game server (CS:GO srcds) log.
//
// Labelling follows patterns-heldout.ts and patterns-sealed5.ts: an event is its constant text (the
// log statement's fixed wording); ids, numbers, hosts, addresses, paths, names, free-text values
// and states reported as a field's value are variables, as is anything in a key=value list, a JSON
// value or a CSV/TSV column. Different verbs, outcomes or states written into the message's own
// wording are different events. Decisions taken for the ambiguous cases:
// - Request lines keep the heldout rule: the method that starts a request line is part of the
//   event (Phoenix `GET /x` / `POST /x`, ILogger `Request starting HTTP/1.1 GET` / `POST`, Gitea
//   `router: completed GET` / `POST`). A method inside a value stays a variable: Zeek http.log's
//   method column, an ILogger endpoint display name ('HTTP: GET /health/ready'), FreeSWITCH's
//   `SIP auth failure (REGISTER)`. Gitea's `router: completed` / `slow` / `polling` are events.
// - Knot prints every zone-transfer line through one prefix (`[zone] OP, direction, remote R, `):
//   the operation (AXFR / IXFR) and direction are variables, the wording after the remote is the
//   event (`started, serial N` / `finished, ...`; `refresh, ... zone is up-to-date` / `zone updated`
//   / `failed (...)`). A DNSSEC key's flag list (`KSK, public, ready, active`) is one variable of
//   varying length; `tag %5d` keeps its space padding.
// - Zeek: each log file's row layout is one event and every column value is a variable (the
//   notice's `note` and free-text `msg`, the weird `name`, an http status message, a user agent
//   with spaces). The header lines `#separator \x09`, `#path <log>`, `#open <t>`, `#close <t>` are
//   four events; `#fields` / `#types` are not generated.
// - JSON without a message key is labelled by its layout (key set): Oban's job:start / job:stop /
//   job:exception lines (whose `event` and `state` values are variables) and CockroachDB's
//   structured events (create_table, node_restart, client_authentication_failed, slow_query).
// - Key lists whose key set differs are different events: Sendmail's esmtp vs local `to=` lines,
//   `ruleset=check_rcpt` vs `check_relay` rejects; every value (stat=, dsn=, reject=, relay= with
//   its optional `(may be forged)`) is a variable.
// - Printed states are variables: BIRD `State changed to X` and OSPF `changed state from A to B`,
//   FreeSWITCH `Running State Change CS_X` and the bracketed state / hangup cause, Junos BGP states
//   and the RT_FLOW close reason (`TCP FIN`, `idle Timeout`), Trino's TIMELINE state, CockroachDB's
//   job `stepping through state X`, Kea's client id (`[no info]` included). Wording chosen by the
//   code path is an event: Elixir `QUERY OK` / `QUERY ERROR`, BIRD `Received:` / `Error:` and its
//   route-trace verbs (`> added [best]` / `> removed [sole]` / `< filtered out`), `Reconfiguring`
//   / `Reconfigured`, Junos `SNMP_TRAP_LINK_UP` / `_DOWN` and each RT_FLOW tag, RouterOS `logged in`
//   / `logged out` / `login failure` and `link up` / `link down`, Kea's message ids, Telegraf's
//   `Loading plugin` / `Finished loading plugin`, Trino's likewise.
// - RouterOS firewall lines: the optional user log-prefix (0 to 2 tokens), the chain and the
//   interfaces are variables; the TCP, UDP and ICMP layouts are three events (as filterlog's).
// - srcds: quoted trigger names (`World triggered "Round_Start"`, a team's or a player's trigger)
//   are variables; the kill line with its ` (headshot)` suffix is its own event; player names
//   with spaces are one variable inside their quoted `"name<uid><steamid><team>"`.
// - Free text that fills a statement's hole is a variable: Ecto/EF SQL text after `Executed
//   DbCommand (...)`, an exception's message and single-lined stack, a Junos commit comment or CLI
//   command, a chat message, Telegraf's `Loaded inputs:` list, Phoenix's `Parameters:` map (a
//   continuation line without the Logger prefix, as a file holds it).

import type { HeldoutSystem } from './patterns-heldout.ts';
import { type Gen, t, d2, pad, hms, bsd, ymd, ms3, usec, skew, pidOf, syslog, mac, port, some, PEOPLE, iso } from './patterns-gen.ts';
import type { Rng } from './patterns-rng.ts';

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (r: Rng, n: number) => { let s = ''; for (let i = 0; i < n; i++) s += B62[(r.next() * 62) | 0]; return s; };
/** 2026-12-07T00:00:00Z plus up to three days. */
const epoch = (r: Rng) => 1796601600 + r.int(0, 3 * 86400);
const lan = (r: Rng) => `10.10.${skew(r, [20, 21, 40], 0.6)}.${r.int(2, 250)}`;

// Knot DNS
const kn = (r: Rng, lvl: string) => `${syslog(r, ['ns1', 'ns2'], 'knotd', 812)}${lvl}: `;
const KZ = ['example.com.', 'example.org.', 'corp.example.net.', '10.in-addr.arpa.', 'shop.example.', 'xn--bcher-kva.example.'];
const knz = (r: Rng, lvl: string) => `${kn(r, lvl)}[${skew(r, KZ, 0.5)}] `;
const krem = (r: Rng) => `remote ${r.next() < 0.8 ? skew(r, ['192.0.2.53', '2001:db8::53', '198.51.100.10']) : r.ip()}@${r.next() < 0.6 ? 53 : port(r)}`;
const serial = (r: Rng) => `2026${r.next() < 0.8 ? '12' : '11'}${d2(r.int(1, 28))}${d2(r.int(0, 20))}`;
const xop = (r: Rng) => `${r.next() < 0.6 ? 'AXFR' : 'IXFR'}, ${r.next() < 0.7 ? 'outgoing' : 'incoming'}`;
const KEY_STATES = [['public', 'active'], ['public', 'ready', 'active'], ['public'], ['public', 'active+'], ['retire-active'], ['remove'], ['ready']];

// Zeek
const zts = (r: Rng) => `${epoch(r)}.${usec(r)}`;
const zuid = (r: Rng) => `C${b62(r, r.int(16, 17))}`;
const row = (...xs: (string | number)[]) => xs.join('\t');
const tf = (r: Rng, p: number) => (r.next() < p ? 'T' : 'F');
const DOMAINS = ['www.google.com', 'api.github.com', 'outlook.office365.com', 'slack.com', 'wpad.corp.example.com', 'login.microsoftonline.com', 'update.googleapis.com', 'time.windows.com', '_ldap._tcp.dc._msdcs.corp.example.com', 'connectivity-check.ubuntu.com'];
const QTYPES: [number, string][] = [[1, 'A'], [28, 'AAAA'], [65, 'HTTPS'], [12, 'PTR'], [33, 'SRV'], [16, 'TXT'], [5, 'CNAME']];
const ZUA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Microsoft-CryptoAPI/10.0', 'Debian APT-HTTP/1.3 (2.6.1)', 'curl/8.5.0', 'Windows-Update-Agent/10.0.10011.16384 Client-Protocol/2.71', '-'];
const HTTP_ST: [number, string][] = [[200, 'OK'], [200, 'OK'], [304, 'Not Modified'], [404, 'Not Found'], [301, 'Moved Permanently'], [206, 'Partial Content'], [503, 'Service Unavailable']];
const WEIRDS = ['bad_TCP_checksum', 'truncated_header', 'dns_unmatched_msg', 'dns_unmatched_reply', 'data_before_established', 'possible_split_routing', 'TCP_ack_underflow_or_misorder', 'above_hole_data_without_any_acks', 'active_connection_reuse'];
const fp = (r: Rng) => r.hex(64);

// Wazuh
const wz = (r: Rng, daemon: string, lvl: string) => `${ymd(r, '/')} ${hms(r)} ${daemon}: ${lvl}: `;
const AGENTS = ['web-07', 'db-02', 'DESKTOP-8K2J4PQ', 'fw-edge', 'k8s-node-3', 'mail01', 'build-agent-12'];
const agent = (r: Rng) => skew(r, AGENTS, 0.3);
const FEEDS = ['Ubuntu Jammy', 'Red Hat Enterprise Linux 9', 'Debian Bookworm', 'National Vulnerability Database', 'Microsoft Security Update', 'Arch Linux'];
const WZ_FILES = ['/var/log/nginx/access.log', '/var/log/auth.log', '/var/ossec/logs/active-responses.log', '/var/log/dpkg.log', '/var/log/syslog', '/opt/app/logs/app-2026-12-07.log', 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261207.log'];
const agentId = (r: Rng) => pad(r.int(1, 140), 3);

// .NET ILogger (SimpleConsole, SingleLine, TimestampFormat "yyyy-MM-dd HH:mm:ss ")
const net = (r: Rng, lvl: string, cat: string, id: number) => `${ymd(r)} ${hms(r)} ${lvl}: ${cat}[${id}] `;
const NET_HOST = ['http://orders-api:8080', 'http://10.42.3.17:8080', 'https://orders.example.com'];
const netPath = (r: Rng) => r.pick([`/api/orders/${r.int(1, 99999)}`, `/api/orders?status=${r.pick(['open', 'shipped'])}&page=${r.int(1, 40)}`, '/health/ready', `/api/customers/${r.uuid()}/addresses`, '/metrics', `/api/orders/${r.int(1, 99999)}/items`]);
const netUrl = (r: Rng) => `${skew(r, NET_HOST, 0.75)}${netPath(r)}`;
const proto = (r: Rng) => (r.next() < 0.8 ? 'HTTP/1.1' : 'HTTP/2');
const elapsed = (r: Rng) => `${r.float(0.2, 900, 4)}ms`;
const ENDPOINTS = ['Orders.Api.Controllers.OrdersController.Get (Orders.Api)', 'Orders.Api.Controllers.OrdersController.Create (Orders.Api)', 'HTTP: GET /health/ready', 'Health checks', 'HTTP: GET /api/customers/{id}/addresses', 'Orders.Api.Controllers.ItemsController.List (Orders.Api)'];
const ACTIONS = [['Get', 'Orders', 'Get(Int32)'], ['Create', 'Orders', 'Create(Orders.Api.Models.CreateOrderRequest)'], ['List', 'Items', 'List(Int32, Int32, System.Threading.CancellationToken)']];
const SQLS = [
  'SELECT o."Id", o."CustomerId", o."Status", o."Total" FROM orders AS o WHERE o."Id" = @__id_0 LIMIT 1',
  'SELECT count(*)::int FROM orders AS o WHERE o."Status" = @__status_0',
  'INSERT INTO orders ("CustomerId", "Status", "Total") VALUES (@p0, @p1, @p2) RETURNING "Id";',
  'SELECT i."Id", i."OrderId", i."Sku", i."Quantity" FROM order_items AS i WHERE i."OrderId" = @__orderId_0 ORDER BY i."Id" LIMIT @__p_2 OFFSET @__p_1',
  'UPDATE orders SET "Status" = @p0 WHERE "Id" = @p1;',
];
const EF_PARAMS = ['', "@__id_0='?' (DbType = Int32)", "@__status_0='?'", "@p0='?' (DbType = Guid), @p1='?', @p2='?' (DbType = Decimal)", "@__orderId_0='?' (DbType = Int32), @__p_2='?' (DbType = Int32), @__p_1='?' (DbType = Int32)"];
const NET_EX = [
  'System.InvalidOperationException: Sequence contains no elements    at System.Linq.ThrowHelper.ThrowNoElementsException()    at Orders.Api.Services.OrderService.GetAsync(Int32 id) in /src/Orders.Api/Services/OrderService.cs:line 48',
  'Npgsql.NpgsqlException (0x80004005): Exception while reading from stream  ---> System.TimeoutException: Timeout during reading attempt',
  "System.Text.Json.JsonException: The JSON value could not be converted to System.Int32. Path: $.quantity | LineNumber: 0 | BytePositionInLine: 42.",
  'System.Net.Http.HttpRequestException: Connection refused (payments.internal:443)    at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)',
];
const thousands = (n: number) => n.toLocaleString('en-US');

// Elixir / Phoenix
const ex = (r: Rng, lvl: string, req: boolean) => `${hms(r)}.${ms3(r)} ${req ? `request_id=${b62(r, 20)} ` : ''}[${lvl}] `;
const phxPath = (r: Rng) => r.pick([`/api/products/${r.int(1, 9999)}`, '/api/cart', `/products/${r.pick(['blue-mug', 'linen-shirt', 'oak-desk-lamp'])}`, '/', `/api/orders/${r.int(1000, 99999)}`, '/live/websocket', '/health']);
const exDur = (r: Rng) => (r.next() < 0.4 ? `${r.int(90, 999)}µs` : `${r.int(1, 900)}ms`);
const CTRL = ['ShopWeb.ProductController.show/2', 'ShopWeb.CartController.update/2', 'ShopWeb.PageController.home/2', 'ShopWeb.Api.OrderController.create/2', 'ShopWeb.HealthController.index/2'];
const PARAMS = ['%{}', '%{"id" => "1432"}', '%{"slug" => "linen-shirt"}', '%{"order" => %{"items" => [%{"qty" => 2, "sku" => "A-12"}], "note" => "leave at the door"}}', '%{"password" => "[FILTERED]", "user" => %{"email" => "alice@example.com"}}', '%{"sku" => "A-12"}'];
const TABLES = ['products', 'carts', 'cart_items', 'orders', 'users', 'users_tokens', 'oban_jobs'];
const ms1 = (r: Rng, hi: number) => r.float(0, hi, 1);
const WORKERS = ['Shop.Workers.ReceiptMailer', 'Shop.Workers.SyncInventory', 'Shop.Workers.ExpireCarts', 'Shop.Workers.ReindexProduct'];
const obanBase = (r: Rng) => ({ args: r.pick([{ order_id: r.int(1000, 99999) }, { sku: 'A-12' }, {}, { user_id: r.int(1, 9999), template: 'receipt' }]), attempt: r.next() < 0.8 ? 1 : r.int(2, 20) });

// Gitea
const gt = (r: Rng, caller: string, lvl: string) => `${ymd(r, '/')} ${hms(r)} ${caller} [${lvl}] `;
const GROUTE = '...eb/routing/logger.go:102:func1()';
const REPOS = ['alice/dotfiles', 'infra/terraform-live', 'acme/shop', 'acme/upstream-lib', 'bob/notes'];
const repo = (r: Rng) => skew(r, REPOS, 0.4);
const gPath = (r: Rng) => r.pick([`/${repo(r)}`, `/${repo(r)}/src/branch/main/${r.pick(['README.md', 'src/main.go', 'docs'])}`, `/${repo(r)}/commit/${r.hex(40)}`, '/user/login', `/api/v1/repos/${repo(r)}/pulls?state=open`, `/${repo(r)}.git/info/refs?service=git-upload-pack`, '/assets/css/index.css']);
const gClient = (r: Rng) => `${r.next() < 0.6 ? skew(r, ['10.0.0.5', '192.168.1.20']) : r.ip()}:${r.next() < 0.3 ? 0 : port(r)}`;
const GSTATUS = ['200 OK', '200 OK', '200 OK', '304 Not Modified', '302 Found', '404 Not Found', '401 Unauthorized', '500 Internal Server Error'];
const GHANDLER = ['repo/view.go:1123(repo.Home)', 'repo/commit.go:321(repo.Diff)', 'web/base.go:84(web.fileServer)', 'auth/auth.go:152(auth.SignIn)', 'repo/repo.go:563(repo.Search)', 'repo/githttp.go:512(repo.GetInfoRefs)'];

// FreeSWITCH
const fs = (r: Rng, lvl: string, at: string, session = true) => `${session ? `${r.uuid()} ` : ''}${ymd(r)} ${hms(r)}.${usec(r)} ${r.float(80, 99.99, 2)}% [${lvl}] ${at} `;
const EXT = ['1001', '1002', '1007', '1010', '2000'];
const ext = (r: Rng) => skew(r, EXT, 0.4);
const chan = (r: Rng) => (r.next() < 0.7 ? `sofia/internal/${ext(r)}@${skew(r, ['pbx.example.com', '10.0.0.20:5060'])}` : `sofia/external/+49${r.int(30, 89)}${r.int(1000000, 9999999)}@sip.carrier.example`);
const CALLER = ['Alice Smith', '1001', 'Front Desk', '+4930123456', 'Conference Room B', 'bob'];
const CS = ['CS_NEW', 'CS_INIT', 'CS_ROUTING', 'CS_SOFT_EXECUTE', 'CS_EXECUTE', 'CS_EXCHANGE_MEDIA', 'CS_HANGUP', 'CS_REPORTING', 'CS_DESTROY'];
const CAUSES = ['NORMAL_CLEARING', 'NORMAL_CLEARING', 'ORIGINATOR_CANCEL', 'USER_BUSY', 'NO_ANSWER', 'CALL_REJECTED', 'UNALLOCATED_NUMBER', 'RECOVERY_ON_TIMER_EXPIRE'];
const APPS = [['set', 'hangup_after_bridge=true'], ['bridge', 'user/2000@pbx.example.com'], ['answer', ''], ['playback', '/usr/share/freeswitch/sounds/en/us/callie/ivr/8000/ivr-welcome.wav'], ['voicemail', 'default pbx.example.com 1001'], ['export', 'nolocal:execute_on_answer=record_session $${recordings_dir}/${uuid}.wav'], ['sleep', '1000']];

// Sendmail
const smHosts = ['mx1', 'mx2'];
const sm = (r: Rng) => { const pid = r.int(1000, 65000); return { p: `${bsd(r)} ${skew(r, smHosts)} sm-mta[${pid}]: `, q: `${'Q'}B${r.int(1, 9)}${b62(r, 5)}${pad(pid, 6)}` }; };
const MAILDOM = ['example.com', 'corp.example.com', 'gmail.com', 'example.org', 'lists.example.net'];
const addr = (r: Rng) => `${r.pick([...PEOPLE, 'noreply', 'billing', 'postmaster', 'j.doe+news'])}@${skew(r, MAILDOM, 0.4)}`;
const relay = (r: Rng) => {
  const x = r.next();
  const ip = r.ip();
  const base = x < 0.5 ? `${r.pick(['mail-wr1-f41.google.com', 'mx.example.net', 'smtp.mailgun.example', 'out-12.smtp.example.org'])} [${ip}]` : x < 0.8 ? `[${ip}]` : 'localhost [127.0.0.1]';
  return `${base}${x < 0.8 && r.next() < 0.15 ? ' (may be forged)' : ''}`;
};
const sdelay = (r: Rng) => `${d2(r.next() < 0.9 ? 0 : r.int(1, 48))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}`;
const STAT = ['Sent (OK  1796601600 a1si123456ejc.12 - gsmtp)', 'Sent (Ok: queued as 4Yk2ZQ1bVxz9sVb)', 'Sent (2.0.0 Ok: queued)', 'Deferred: Connection timed out with mx.example.net.', 'Deferred: 421 4.7.0 Try again later, closing connection.', 'Service unavailable'];
const CIPHERS = ['TLS_AES_256_GCM_SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'ECDHE-RSA-AES128-GCM-SHA256'];

// Kea DHCPv4
const kea = (r: Rng, lvl: string, logger: string) => `${ymd(r)} ${hms(r)}.${ms3(r)} ${lvl.padEnd(5)} [kea-dhcp4.${logger}/${pidOf(r, 812)}.${skew(r, ['139754383441664', '139754375048960'], 0.8)}] `;
const kcli = (r: Rng) => { const m = mac(r); return `[hwtype=1 ${m}], cid=[${r.next() < 0.5 ? 'no info' : `01:${m}`}], tid=0x${r.hex(8)}`; };
const kip = (r: Rng) => `192.168.${skew(r, [10, 20, 30])}.${r.int(20, 250)}`;

// BIRD
const bird = (r: Rng, cls: string) => `${ymd(r)} ${hms(r)}.${ms3(r)} <${cls}> `;
const BGP = ['bgp_transit1', 'ix_rs1', 'ibgp_rr2', 'bgp_cust_as64512'];
const bgp = (r: Rng) => skew(r, BGP, 0.5);
const ROUTE_PROTO = ['bgp_transit1', 'ix_rs1', 'ibgp_rr2', 'ospf_core', 'kernel4', 'static_bh'];
const pfx = (r: Rng) => (r.next() < 0.8 ? `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.0/${r.pick([24, 24, 23, 22, 20, 19, 16])}` : `2001:db8:${r.hex(4)}::/${r.pick([48, 44, 32])}`);
const ospfIf = (r: Rng) => skew(r, ['eth1', 'eth2', 'wg-core0', 'vlan200']);
const nbr = (r: Rng) => `10.255.0.${r.int(1, 12)}`;

// Junos
const jn = (r: Rng, host: string, proc: string, pid?: number) => `${bsd(r)}  ${host} ${proc}${pid ? `[${pidOf(r, pid)}]` : ''}: `;
const IFS = ['ge-0/0/1', 'ge-0/0/2', 'xe-0/1/0', 'xe-1/0/3', 'ae0', 'et-0/0/4'];
const jif = (r: Rng) => r.pick(IFS);
const flow = (r: Rng) => { const dp = r.pick([443, 443, 53, 80, 22, 123]); const app = dp === 443 ? 'junos-https' : dp === 53 ? 'junos-dns-udp' : dp === 80 ? 'junos-http' : dp === 22 ? 'junos-ssh' : 'junos-ntp'; const dst = r.ip(); return { pre: `10.1.${r.int(0, 9)}.${r.int(2, 250)}/${port(r)}->${dst}/${dp} 0x0 ${app} 203.0.113.2/${port(r)}->${dst}/${dp} 0x0 source rule ${skew(r, ['SNAT-OUT', 'snat-guest'])} N/A N/A ${dp === 53 || dp === 123 ? 17 : 6} ${skew(r, ['trust-to-untrust', 'guest-out'])} ${skew(r, ['trust', 'guest'])} untrust ${r.int(10000, 999999)}` }; };
const CLOSE_R = ['TCP FIN', 'TCP FIN', 'TCP RST', 'idle Timeout', 'response received', 'unset'];
const JCMD = ['show bgp summary ', 'show interfaces terse ', 'show log messages | last 50 ', 'configure private', 'show route 203.0.113.0/24 extensive ', 'request system storage cleanup '];
const BGP_ST = ['Idle', 'Connect', 'Active', 'OpenSent', 'OpenConfirm', 'Established'];

// MikroTik RouterOS
const mt = (r: Rng, topics: string) => `${bsd(r)} ${skew(r, ['gw-home', '192.168.88.1'])} ${topics} `;
const lp = (r: Rng) => (r.next() < 0.6 ? `${skew(r, ['WAN-DROP', 'ssh-brute', 'DROP INPUT', 'fwd-log'])} ` : '');
const fwHead = (r: Rng) => { const input = r.next() < 0.7; return `${lp(r)}${input ? 'input' : 'forward'}: in:${skew(r, ['ether1', 'pppoe-out1', 'bridge'])} out:${input ? '(unknown 0)' : skew(r, ['bridge', 'ether1', 'wlan1'])}, connection-state:${skew(r, ['new', 'invalid', 'established'], 0.8)} src-mac ${mac(r)}`; };
const mtUser = (r: Rng) => skew(r, ['admin', 'alice', 'api-backup', 'root', 'support']);
const MAC_UP = (r: Rng) => mac(r).toUpperCase();
const dhcpSrv = (r: Rng) => skew(r, ['dhcp1', 'defconf', 'guest-dhcp']);

// Trino
const tr = (r: Rng, lvl: string, thread: string, logger: string) => `${ymd(r)}T${hms(r)}.${ms3(r)}Z\t${lvl}\t${thread}\t${logger}\t`;
const qid = (r: Rng) => `2026${r.next() < 0.8 ? '12' : '11'}${d2(r.int(1, 28))}_${d2(r.int(0, 23))}${d2(r.int(0, 59))}${d2(r.int(0, 59))}_${pad(r.int(0, 9999), 5)}_${r.alnum(5)}`;
const PLUGINS = ['hive', 'iceberg', 'postgresql', 'tpch', 'memory', 'kafka', 'elasticsearch', 'resource-group-managers'];
const CATALOGS: [string, string][] = [['hive', 'hive'], ['lake', 'iceberg'], ['pg_orders', 'postgresql'], ['tpch', 'tpch'], ['events', 'kafka']];
const gb = (r: Rng) => `${r.float(0.5, 60, 2)}GB`;

// CockroachDB (crdb-v2)
const crdb = (r: Rng, sev: string, where: string, tags: string, structured = false) => `${sev}26${r.next() < 0.8 ? '12' : '11'}${d2(r.int(1, 28))} ${hms(r)}.${usec(r)} ${r.int(1, 9000)} ${where} ⋮ [${tags}] ${r.int(1, 99999)} ${structured ? '=' : ' '}`;
const crNode = (r: Rng) => skew(r, [1, 2, 3, 4, 5], 0.4);
const nt = (r: Rng) => `T1,Vsystem,n${crNode(r)}`;
const span = (r: Rng) => { const a = r.int(50, 140); return r.next() < 0.6 ? `/Table/${a}{${r.int(1, 4)}-${r.int(5, 9)}}` : `/Table/${a}/1/{${r.int(1, 99)}..-${r.int(100, 999)}..}`; };
const rng = (r: Rng) => `r${r.int(1, 2000)}/${r.int(1, 5)}:‹${span(r)}›`;
const desc = (r: Rng) => { const n = r.int(3, 5); return `[${Array.from({ length: n }, (_, i) => `(n${i + 1},s${i + 1}):${i + 1}`).join(', ')}, next=${n + 1}, gen=${r.int(1, 90)}]`; };
const crIp = (r: Rng) => `10.0.1.${r.int(11, 15)}:26257`;
const CR_STMT = ['SELECT * FROM ‹orders› WHERE ‹customer_id› = $1 ORDER BY ‹created_at› DESC LIMIT ‹50›', 'UPDATE ‹inventory› SET ‹qty› = ‹qty› - $1 WHERE ‹sku› = $2', 'SELECT count(*) FROM ‹events› WHERE ‹ts› > now() - ‹\'1h\'›::INTERVAL'];

// Telegraf
const tg = (r: Rng, lvl: string) => `${ymd(r)}T${hms(r)}Z ${lvl}! `;
const OUT = ['outputs.influxdb_v2', 'outputs.prometheus_client', 'outputs.influxdb', 'outputs.kafka'];
const out = (r: Rng) => skew(r, OUT, 0.75);
const INPUTS = ['cpu', 'disk', 'diskio', 'docker', 'kernel', 'mem', 'net', 'nginx', 'processes', 'snmp', 'swap', 'system', 'postgresql', 'tail', 'procstat', 'smart'];
const TG_ERR: [string, Gen][] = [
  ['inputs.snmp', (r) => `agent ${r.ip()}:161: performing get on field ${r.pick(['sysUptime', 'ifInOctets', 'hrProcessorLoad'])}: request timeout (after ${r.int(1, 3)} retries)`],
  ['inputs.docker', () => 'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock'],
  ['inputs.nginx', () => 'error making HTTP request to "http://127.0.0.1/nginx_status": Get "http://127.0.0.1/nginx_status": dial tcp 127.0.0.1:80: connect: connection refused'],
  ['inputs.postgresql', (r) => `pq: password authentication failed for user "${r.pick(['telegraf', 'monitor'])}"`],
  ['inputs.smart', () => 'failed to run command \'/usr/sbin/smartctl --scan\': exit status 1 - '],
];

// srcds (CS:GO)
const sl = (r: Rng) => `L ${r.next() < 0.8 ? '12' : '11'}/${d2(r.int(1, 28))}/2026 - ${hms(r)}: `;
const NAMES = ['xX_sn1per_Xx', 'alice', 'Dr. Strangelove', 'bob the builder', 'κόσμε', '[FR] Pierre', 'n00b', 'Mister T', 'ZywOo fan #3'];
const BOTS = ['Albert', 'Vladimir', 'Moe', 'Crusher'];
const TEAMS = ['CT', 'TERRORIST'];
const player = (r: Rng, team?: string) => {
  const bot = r.next() < 0.15;
  return `"${bot ? r.pick(BOTS) : r.pick(NAMES)}<${r.int(2, 40)}><${bot ? 'BOT' : `STEAM_1:${r.int(0, 1)}:${r.int(1000, 99999999)}`}><${team ?? r.pick(TEAMS)}>"`;
};
const xyz = (r: Rng) => `[${r.int(-2500, 2500)} ${r.int(-2500, 2500)} ${r.int(-300, 300)}]`;
const WEAPONS = ['ak47', 'm4a1_silencer', 'awp', 'deagle', 'glock', 'usp_silencer', 'mp9', 'famas', 'hegrenade', 'knife_t'];
const CHAT = ['gg', 'rush b no stop', 'nice shot', 'who has the bomb?', 'eco this round pls', 'lag', 'ez', 'can someone drop me an awp', 'wp all', 'one left, low hp, tunnels'];
const chat = (r: Rng) => some(r, CHAT, 1, 2).join(' ');

export const SEALED6_SYSTEMS: HeldoutSystem[] = [
  { name: 'knot-dns', templates: [
    t(12, (r) => `${knz(r, 'info')}${xop(r)}, ${krem(r)}, started, serial ${serial(r)}`),
    t(12, (r) => `${knz(r, 'info')}${xop(r)}, ${krem(r)}, finished, ${r.float(0, 3, 2)} seconds, ${r.int(1, 40)} messages, ${r.int(300, 9000000)} bytes`),
    t(10, (r) => `${knz(r, 'info')}notify, ${r.next() < 0.8 ? 'outgoing' : 'incoming'}, ${krem(r)} ${r.next() < 0.85 ? 'UDP' : 'TCP'}, serial ${serial(r)}`),
    t(14, (r) => `${knz(r, 'info')}refresh, ${krem(r)}, remote serial ${serial(r)}, zone is up-to-date`),
    t(4, (r) => { const a = serial(r); return `${knz(r, 'info')}refresh, ${krem(r)}, zone updated, ${r.float(0, 2, 2)} seconds, serial ${a} -> ${Number(a) + r.int(1, 3)}`; }),
    t(3, (r) => `${knz(r, 'warning')}refresh, ${krem(r)}, failed (${r.pick(['connection timeout', 'connection refused', 'operation not permitted', 'malformed data', 'TSIG key not found'])})`),
    t(3, (r) => { const flags = [...(r.next() < 0.4 ? ['KSK'] : []), ...r.pick(KEY_STATES)]; return `${knz(r, 'info')}DNSSEC, key, tag ${String(r.int(1000, 65535)).padStart(5, ' ')}, algorithm ${skew(r, ['ECDSAP256SHA256', 'ED25519', 'RSASHA256'])}, ${flags.join(', ')}`; }),
    t(2, (r) => `${knz(r, 'info')}DNSSEC, signing started`),
    t(2, (r) => `${knz(r, 'info')}DNSSEC, successfully signed`),
    t(2, (r) => `${knz(r, 'info')}DNSSEC, next signing at ${ymd(r)}T${hms(r)}+0100`),
    t(2, (r) => `${kn(r, 'info')}control, received command '${r.pick(['zone-reload', 'zone-refresh', 'status', 'reload', 'zone-sign', 'zone-flush'])}'`),
    t(1.5, (r) => `${knz(r, 'info')}zone file parsed, serial ${serial(r)}`),
    t(1.5, (r) => `${knz(r, 'info')}loaded, serial ${r.next() < 0.5 ? 'none' : serial(r)} -> ${serial(r)}, ${r.int(300, 9000000)} bytes`),
  ] },
  { name: 'zeek', templates: [
    t(1, () => '#separator \\x09'),
    t(1, (r) => `#path\t${r.pick(['conn', 'dns', 'http', 'ssl', 'weird', 'notice', 'files'])}`),
    t(1, (r) => `#open\t${ymd(r)}-${d2(r.int(0, 23))}-00-00`),
    t(1, (r) => `#close\t${ymd(r)}-${d2(r.int(0, 23))}-00-00`),
    t(40, (r) => {
      const k = r.next();
      const pr = k < 0.45 ? 'udp' : k < 0.92 ? 'tcp' : 'icmp';
      const service = pr === 'udp' ? (r.next() < 0.9 ? 'dns' : '-') : pr === 'tcp' ? (r.next() < 0.75 ? 'ssl' : r.pick(['http', '-', 'ssh'])) : '-';
      const rp = pr === 'icmp' ? r.pick([0, 3, 11]) : service === 'dns' ? 53 : service === 'http' ? 80 : service === 'ssh' ? 22 : service === 'ssl' ? 443 : r.pick([443, 8443, 123, 5353]);
      const rh = service === 'dns' ? skew(r, ['10.10.0.53', '10.10.0.54'], 0.8) : r.ip();
      const st = pr === 'tcp' ? skew(r, ['SF', 'S0', 'REJ', 'RSTO', 'SH', 'OTH', 'S1', 'RSTR'], 0.55) : skew(r, ['SF', 'S0', 'OTH'], 0.6);
      const none = st === 'S0' && r.next() < 0.5;
      const hist = pr === 'tcp' ? r.pick(['ShADadfF', 'ShADadFf', 'S', 'ShR', 'ShADadR', 'ShAdDaFf', 'Sr']) : pr === 'udp' ? r.pick(['Dd', 'D']) : '-';
      const opk = r.int(1, 400); const rpk = st === 'S0' ? 0 : r.int(0, 400);
      return row(zts(r), zuid(r), lan(r), pr === 'icmp' ? 8 : port(r), rh, rp, pr, service, none ? '-' : r.float(0, pr === 'tcp' ? 300 : 2, 6), none ? '-' : r.int(0, pr === 'tcp' ? 90000 : 600), none ? '-' : r.int(0, pr === 'tcp' ? 900000 : 1500), st, 'T', rh.startsWith('10.10.') ? 'T' : 'F', 0, hist, opk, opk * r.int(40, 1400), rpk, rpk * r.int(40, 1400), '-');
    }),
    t(20, (r) => {
      const [qt, qn] = r.pick(QTYPES);
      const x = r.next();
      const [rc, rcn] = x < 0.12 ? [3, 'NXDOMAIN'] : x < 0.16 ? [2, 'SERVFAIL'] : x < 0.2 ? ['-', '-'] : [0, 'NOERROR'];
      const n = rc === 0 && r.next() < 0.9 ? r.int(1, 4) : 0;
      const q = qt === 12 ? `${r.int(1, 254)}.${r.int(0, 255)}.10.10.in-addr.arpa` : skew(r, DOMAINS, 0.3);
      const ans = n ? Array.from({ length: n }, () => (qt === 28 ? `2606:4700::${r.hex(4)}` : qt === 12 ? `host-${r.int(1, 99)}.corp.example.com` : qt === 5 || qt === 65 ? r.pick(['edge.example.net', r.ip()]) : r.ip())).join(',') : '-';
      const ttls = n ? Array.from({ length: n }, () => `${r.pick([60, 300, 3600, 86400])}.000000`).join(',') : '-';
      return row(zts(r), zuid(r), lan(r), port(r), skew(r, ['10.10.0.53', '10.10.0.54'], 0.8), 53, 'udp', r.int(0, 65535), rc === '-' ? '-' : r.float(0, 0.3, 6), q, 1, 'C_INTERNET', qt, qn, rc, rcn, 'F', 'F', 'T', rc === '-' ? 'F' : 'T', 0, ans, ttls, 'F');
    }),
    t(10, (r) => {
      const [code, msg] = r.pick(HTTP_ST);
      const host = r.pick(['ctldl.windowsupdate.com', 'deb.debian.org', 'ocsp.digicert.com', 'neverssl.com', 'intranet.corp.example.com']);
      return row(zts(r), zuid(r), lan(r), port(r), r.ip(), 80, r.int(1, 4), skew(r, ['GET', 'POST', 'HEAD'], 0.85), host, r.pick(['/', `/msdownload/update/v3/static/trustedr/en/authrootstl.cab?${r.hex(16)}`, '/debian/dists/bookworm/InRelease', `/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQ${b62(r, 20)}`, '/favicon.ico']), '-', '1.1', skew(r, ZUA, 0.3), '-', r.next() < 0.8 ? 0 : r.int(10, 900), code === 304 ? 0 : r.int(0, 900000), code, msg, '-', '-', '(empty)', '-', '-', '-', '-', '-', '-', code === 200 ? `F${b62(r, 17)}` : '-', '-', code === 200 ? r.pick(['application/vnd.ms-cab-compressed', 'text/html', 'application/ocsp-response', 'text/plain']) : '-');
    }),
    t(14, (r) => {
      const v13 = r.next() < 0.7;
      return row(zts(r), zuid(r), lan(r), port(r), r.ip(), skew(r, [443, 8443, 993]), v13 ? 'TLSv13' : 'TLSv12', v13 ? r.pick(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256']) : r.pick(['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384']), skew(r, ['x25519', 'secp256r1', 'X25519MLKEM768']), r.next() < 0.9 ? skew(r, DOMAINS, 0.3) : '-', tf(r, 0.3), '-', r.pick(['h2', 'http/1.1', '-']), 'T', r.pick(['CsiI', 'CsxknGIi', 'Csi', 'CsxkniGI']), v13 ? '(empty)' : some(r, [0], 1, 3).map(() => fp(r)).join(','), '(empty)', v13 ? '-' : tf(r, 0.95));
    }),
    t(5, (r) => {
      const c = r.next() < 0.7;
      return row(zts(r), c ? zuid(r) : '-', c ? lan(r) : '-', c ? port(r) : '-', c ? r.ip() : '-', c ? r.pick([443, 80, 53]) : '-', r.pick(WEIRDS), r.next() < 0.8 ? '-' : r.pick(['46', 'ttl=1', '2']), 'F', 'zeek', r.pick(['TCP', 'DNS', '-']));
    }),
    t(2, (r) => {
      const k = r.int(0, 2); const src = r.ip(); const dst = lan(r);
      const [note, msg, sub] = k === 0 ? ['SSH::Password_Guessing', `${src} appears to be guessing SSH passwords (seen in ${r.int(30, 300)} connections).`, `Sampled servers:  ${dst}, ${dst}, ${lan(r)}`]
        : k === 1 ? ['Scan::Port_Scan', `${src} scanned at least 15 unique ports of host ${dst} in 0m${r.int(1, 59)}s`, 'local']
        : ['SSL::Invalid_Server_Cert', `SSL certificate validation failed with (${r.pick(['unable to get local issuer certificate', 'certificate has expired', 'self signed certificate in certificate chain'])})`, `CN=${r.pick(['intranet.corp.example.com', 'printer-3f', '*.example.org'])}`];
      return row(zts(r), '-', '-', '-', '-', '-', '-', '-', '-', '-', note, msg, sub, src, k === 0 ? '-' : dst, '-', '-', '-', 'Notice::ACTION_LOG', '(empty)', '3600.000000', '-', '-', '-', '-', '-');
    }),
    t(6, (r) => {
      const ssl = r.next() < 0.6;
      const tot = r.int(200, 900000);
      return row(zts(r), `F${b62(r, 17)}`, zuid(r), lan(r), port(r), r.ip(), ssl ? 443 : 80, ssl ? 'SSL' : 'HTTP', 0, ssl ? 'X509,SHA1,MD5' : r.pick(['(empty)', 'MD5,SHA1']), ssl ? 'application/x-x509-ca-cert' : r.pick(['text/html', 'image/png', 'application/json', 'application/vnd.ms-cab-compressed']), '-', r.float(0, 2, 6), '-', 'F', tot, ssl ? '-' : tot, 0, 0, 'F', '-', r.hex(32), r.hex(40), '-', '-', '-', '-');
    }),
  ] },
  { name: 'wazuh', templates: [
    t(8, (r) => `${wz(r, 'wazuh-remoted', 'WARNING')}(1213): Message from '${r.ip()}' not allowed. Cannot find the ID of the agent. Source agent ID is unknown.`),
    t(4, (r) => `${wz(r, 'wazuh-authd', 'INFO')}New connection from ${r.ip()}`),
    t(4, (r) => `${wz(r, 'wazuh-authd', 'INFO')}Received request for a new agent (${agent(r)}) from: ${r.ip()}`),
    t(3, (r) => `${wz(r, 'wazuh-authd', 'INFO')}Agent key generated for '${agent(r)}' (requested by any)`),
    t(8, (r) => `${wz(r, 'wazuh-modulesd:syscollector', 'INFO')}Starting evaluation.`),
    t(8, (r) => `${wz(r, 'wazuh-modulesd:syscollector', 'INFO')}Evaluation finished.`),
    t(3, (r) => `${wz(r, 'wazuh-modulesd:vulnerability-detector', 'INFO')}(5400): Starting '${r.pick(FEEDS)}' database update.`),
    t(3, (r) => `${wz(r, 'wazuh-modulesd:vulnerability-detector', 'INFO')}(5401): The update of the '${r.pick(FEEDS)}' feed finished successfully.`),
    t(6, (r) => `${wz(r, 'wazuh-logcollector', 'INFO')}(1950): Analyzing file: '${r.pick(WZ_FILES)}'.`),
    t(3, (r) => { const [n, s] = r.pick([[2, 'No such file or directory'], [13, 'Permission denied']] as const); return `${wz(r, 'wazuh-logcollector', 'WARNING')}(1103): Could not open file '${r.pick(WZ_FILES)}' due to [(${n})-(${s})].`; }),
    t(4, (r) => `${wz(r, 'wazuh-syscheckd', 'INFO')}(6008): File integrity monitoring scan started.`),
    t(4, (r) => `${wz(r, 'wazuh-syscheckd', 'INFO')}(6009): File integrity monitoring scan ended.`),
    t(2, (r) => `${wz(r, 'wazuh-db', 'ERROR')}Can't open SQLite database 'var/db/agents/${agentId(r)}-${agent(r)}.db': ${r.pick(['unable to open database file', 'database disk image is malformed', 'database is locked'])}`),
    t(3, (r) => `${wz(r, 'wazuh-remoted', 'WARNING')}(1408): Invalid ID ${agentId(r)} for the source ip: '${r.ip()}' (name '${r.next() < 0.5 ? 'unknown' : agent(r)}').`),
  ] },
  { name: 'dotnet-ilogger', templates: [
    t(14, (r) => `${net(r, 'info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 1)}Request starting ${proto(r)} GET ${netUrl(r)} - - -`),
    t(5, (r) => `${net(r, 'info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 1)}Request starting ${proto(r)} POST ${netUrl(r)} - ${r.pick(['application/json', 'application/json; charset=utf-8'])} ${r.int(2, 9000)}`),
    t(14, (r) => { const s = r.pick([200, 200, 200, 304, 404, 500]); return `${net(r, 'info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 2)}Request finished ${proto(r)} GET ${netUrl(r)} - ${s} ${s === 304 ? '- -' : `${r.int(0, 90000)} ${r.pick(['application/json;+charset=utf-8', 'text/plain', 'application/problem+json;+charset=utf-8'])}`} ${elapsed(r)}`; }),
    t(5, (r) => { const s = r.pick([201, 201, 400, 409, 500]); return `${net(r, 'info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 2)}Request finished ${proto(r)} POST ${netUrl(r)} - ${s} ${s === 201 ? '0 -' : `${r.int(50, 900)} application/problem+json;+charset=utf-8`} ${elapsed(r)}`; }),
    t(10, (r) => `${net(r, 'info', 'Microsoft.AspNetCore.Routing.EndpointMiddleware', 0)}Executing endpoint '${skew(r, ENDPOINTS, 0.4)}'`),
    t(10, (r) => `${net(r, 'info', 'Microsoft.AspNetCore.Routing.EndpointMiddleware', 1)}Executed endpoint '${skew(r, ENDPOINTS, 0.4)}'`),
    t(5, (r) => { const [a, c, sig] = r.pick(ACTIONS); return `${net(r, 'info', 'Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker', 102)}Route matched with {action = "${a}", controller = "${c}"}. Executing controller action with signature System.Threading.Tasks.Task\`1[Microsoft.AspNetCore.Mvc.IActionResult] ${sig} on controller Orders.Api.Controllers.${c}Controller (Orders.Api).`; }),
    t(14, (r) => `${net(r, 'info', 'Microsoft.EntityFrameworkCore.Database.Command', 20101)}Executed DbCommand (${thousands(r.next() < 0.9 ? r.int(0, 80) : r.int(500, 31000))}ms) [Parameters=[${r.pick(EF_PARAMS)}], CommandType='Text', CommandTimeout='30'] ${r.pick(SQLS)}`),
    t(3, (r) => `${net(r, 'info', 'System.Net.Http.HttpClient.payments.LogicalHandler', 100)}Start processing HTTP request POST https://payments.internal/v1/${r.pick(['charges', 'refunds', `charges/ch_${r.alnum(14)}/capture`])}`),
    t(3, (r) => `${net(r, 'info', 'System.Net.Http.HttpClient.payments.LogicalHandler', 101)}End processing HTTP request after ${elapsed(r)} - ${r.pick([200, 200, 201, 402, 503])}`),
    t(1.5, (r) => `${net(r, 'warn', 'Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware', 3)}Failed to determine the https port for redirect.`),
    t(2, (r) => `${net(r, 'fail', 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware', 1)}An unhandled exception has occurred while executing the request. ${r.pick(NET_EX)}`),
    t(0.8, (r) => `${net(r, 'info', 'Microsoft.Hosting.Lifetime', 14)}Now listening on: ${r.pick(['http://[::]:8080', 'http://0.0.0.0:5000', 'https://[::]:8443'])}`),
    t(0.8, (r) => `${net(r, 'info', 'Microsoft.Hosting.Lifetime', 0)}Application started. Press Ctrl+C to shut down.`),
  ] },
  { name: 'elixir-phoenix', templates: [
    t(14, (r) => `${ex(r, 'info', true)}GET ${phxPath(r)}`),
    t(5, (r) => `${ex(r, 'info', true)}POST ${r.pick(['/api/orders', '/api/cart/items', '/users/log_in', '/checkout'])}`),
    t(19, (r) => `${ex(r, 'info', true)}Sent ${r.pick([200, 200, 200, 201, 302, 404, 422, 500])} in ${exDur(r)}`),
    t(12, (r) => `${ex(r, 'debug', true)}Processing with ${skew(r, CTRL, 0.4)}`),
    t(16, (r) => `  Parameters: ${r.pick(PARAMS)}`),
    t(14, (r) => `${ex(r, 'debug', r.next() < 0.8)}QUERY OK source="${skew(r, TABLES, 0.3)}" db=${ms1(r, 40)}ms queue=${ms1(r, 5)}ms idle=${ms1(r, 3000)}ms`),
    t(1.5, (r) => `${ex(r, 'debug', r.next() < 0.8)}QUERY ERROR source="${skew(r, TABLES, 0.3)}" db=0.0ms queue=${ms1(r, 5)}ms idle=${ms1(r, 3000)}ms`),
    t(1.5, (r) => `${ex(r, 'error', false)}Postgrex.Protocol (#PID<0.${r.int(300, 900)}.0>) disconnected: ** (DBConnection.ConnectionError) ${r.pick(['tcp recv (idle): closed', 'tcp recv: closed', 'ssl recv (idle): closed', 'client #PID<0.4711.0> timed out because it queued and checked out the connection for longer than 15000ms'])}`),
    t(2, (r) => `${ex(r, 'debug', true)}Converted ${skew(r, ['error', 'exit', 'throw'], 0.9)} ${r.pick(['Phoenix.Router.NoRouteError', 'Ecto.NoResultsError', 'Phoenix.ActionClauseError', 'Ecto.Query.CastError'])} to ${r.pick([404, 400, 500])} response`),
    t(6, (r) => `${ex(r, 'info', false)}${JSON.stringify({ ...obanBase(r), event: 'job:start', id: r.int(1, 999999), max_attempts: 20, meta: {}, queue: skew(r, ['mailers', 'default', 'search']), source: 'oban', system_time: 1796601600000000000 + r.int(0, 999999999), tags: [], worker: r.pick(WORKERS) })}`),
    t(9, (r) => `${ex(r, 'info', false)}${JSON.stringify({ ...obanBase(r), duration: r.int(200, 9000000), event: 'job:stop', id: r.int(1, 999999), max_attempts: 20, meta: {}, queue: skew(r, ['mailers', 'default', 'search']), queue_time: r.int(1000, 90000000), source: 'oban', state: skew(r, ['success', 'cancelled', 'discard', 'snoozed'], 0.85), tags: [], worker: r.pick(WORKERS) })}`),
    t(2, (r) => `${ex(r, 'error', false)}${JSON.stringify({ ...obanBase(r), duration: r.int(200, 9000000), error: r.pick(['** (RuntimeError) SMTP relay timeout', '** (Ecto.StaleEntryError) attempted to update a stale struct', '** (MatchError) no match of right hand side value: {:error, :econnrefused}']), event: 'job:exception', id: r.int(1, 999999), kind: 'error', max_attempts: 20, meta: {}, queue: skew(r, ['mailers', 'default', 'search']), queue_time: r.int(1000, 90000000), source: 'oban', state: 'failure', tags: [], worker: r.pick(WORKERS) })}`),
    t(4, (r) => `${ex(r, 'debug', false)}HANDLE EVENT "${r.pick(['add_item', 'remove_item', 'validate', 'save', 'apply_coupon'])}" in ShopWeb.${r.pick(['CartLive', 'CheckoutLive', 'ProductLive.Index'])}`),
    t(4, (r) => `${ex(r, 'debug', false)}Replied in ${exDur(r)}`),
  ] },
  { name: 'gitea', templates: [
    t(28, (r) => `${gt(r, GROUTE, 'I')}router: completed GET ${gPath(r)} for ${gClient(r)}, ${r.pick(GSTATUS)} in ${r.float(0.2, 400, 1)}ms @ ${skew(r, GHANDLER, 0.4)}`),
    t(8, (r) => `${gt(r, GROUTE, 'I')}router: completed POST ${r.pick(['/user/login', `/${repo(r)}/issues/new`, `/${repo(r)}.git/git-upload-pack`, `/api/internal/hook/post-receive/${repo(r)}`, `/${repo(r)}/pulls/${r.int(1, 900)}/comments`])} for ${gClient(r)}, ${r.pick(['200 OK', '303 See Other', '302 Found', '422 Unprocessable Entity'])} in ${r.float(1, 2000, 1)}ms @ ${r.pick(['auth/auth.go:190(auth.SignInPost)', 'repo/issue.go:1121(repo.NewIssuePost)', 'repo/githttp.go:489(repo.ServiceUploadPack)', 'private/hook_post_receive.go:44(private.HookPostReceive)'])}`),
    t(3, (r) => `${gt(r, GROUTE, 'W')}router: slow      GET ${gPath(r)} for ${gClient(r)}, elapsed ${r.float(3000, 60000, 1)}ms @ ${skew(r, GHANDLER, 0.4)}`),
    t(6, (r) => `${gt(r, GROUTE, 'I')}router: polling   GET /user/events for ${gClient(r)}, elapsed ${r.float(3000, 9000, 1)}ms @ events/events.go:18(events.Events)`),
    t(4, (r) => { const u = r.pick([...PEOPLE, 'admin', 'root']); const known = r.next() < 0.6; return `${gt(r, '...ers/web/auth/auth.go:208:SignInPost()', 'I')}Failed authentication attempt for ${u} from ${gClient(r)}: ${known ? `user's password is invalid [uid: ${r.int(1, 90)}, name: ${u}]` : `user does not exist [uid: 0, name: ${u}]`}`; }),
    t(4, (r) => `${gt(r, '...dules/ssh/ssh.go:357:publicKeyHandler()', 'W')}Failed authentication attempt from ${r.ip()}:${port(r)}`),
    t(1.5, (r) => `${gt(r, '...ices/mirror/mirror_pull.go:239:runSync()', 'E')}SyncMirrors [repo: ${r.int(1, 400)}:${repo(r)}]: failed to update mirror repository: exit status 128 - fatal: unable to access 'https://github.com/${repo(r)}.git/': ${r.pick(['Could not resolve host: github.com', 'The requested URL returned error: 403', 'Failed to connect to github.com port 443 after 130914 ms: Connection timed out'])}`),
    t(2, (r) => { const id = r.int(1, 99999); const u = r.pick(['https://ci.example.com/hooks/gitea', 'https://chat.example.com/hooks/8f2a', 'http://10.0.0.9:8080/generic-webhook-trigger/invoke']); return `${gt(r, '...ices/webhook/deliver.go:292:Deliver()', 'E')}Unable to deliver webhook task[${id}]: unable to deliver webhook task[${id}] in ${u} due to error in http client: Post "${u}": ${r.pick(['dial tcp 10.0.0.9:443: i/o timeout', 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'x509: certificate signed by unknown authority'])}`; }),
    t(0.8, (r) => `${gt(r, '...s/install/setting.go:21:PreloadSettings()', 'I')}AppPath: ${r.pick(['/usr/local/bin/gitea', '/app/gitea/gitea'])}`),
    t(0.8, (r) => `${gt(r, '...dules/web/listen.go:142:listen()', 'I')}Listen: http://0.0.0.0:${r.pick([3000, 3000, 8080])}`),
    t(0.8, (r) => `${gt(r, '...s/graceful/server.go:50:NewServer()', 'I')}Starting new Web server: tcp:0.0.0.0:${r.pick([3000, 3000, 8080])} on PID: ${r.int(7, 90000)}`),
  ] },
  { name: 'freeswitch', templates: [
    t(10, (r) => `${fs(r, 'NOTICE', 'switch_channel.c:1142', false)}New Channel ${chan(r)} [${r.uuid()}]`),
    t(10, (r) => `${fs(r, 'INFO', 'mod_dialplan_xml.c:639')}Processing ${r.pick(CALLER)} <${ext(r)}>->${r.pick(['2000', '9196', '*98', '0049301234567', '5000'])} in context ${skew(r, ['default', 'public', 'features'])}`),
    t(12, (r) => `${fs(r, 'DEBUG', 'switch_core_state_machine.c:585')}(${chan(r)}) Running State Change ${r.pick(CS)}`),
    t(10, (r) => { const [app, arg] = r.pick(APPS); return `${fs(r, 'INFO', 'switch_core_session.c:2963')}EXECUTE [depth=${r.next() < 0.85 ? 0 : 1}] ${chan(r)} ${app}(${arg})`; }),
    t(8, (r) => `${fs(r, 'NOTICE', 'sofia.c:8736')}Channel [${chan(r)}] has been answered`),
    t(3, (r) => `${fs(r, 'NOTICE', 'switch_channel.c:3598')}Ring-Ready ${chan(r)}!`),
    t(9, (r) => `${fs(r, 'NOTICE', 'sofia.c:1081')}Hangup ${chan(r)} [${r.pick(CS.slice(2, 6))}] [${r.pick(CAUSES)}]`),
    t(8, (r) => `${fs(r, 'NOTICE', 'switch_core_session.c:1744')}Session ${r.int(1, 90000)} (${chan(r)}) Ended`),
    t(8, (r) => `${fs(r, 'NOTICE', 'switch_core_session.c:1748', false)}Close Channel ${chan(r)} [${skew(r, ['CS_DESTROY', 'CS_REPORTING'], 0.9)}]`),
    t(7, (r) => `${fs(r, 'WARNING', 'sofia_reg.c:1842', false)}SIP auth failure (${r.next() < 0.85 ? 'REGISTER' : 'INVITE'}) on sofia profile '${skew(r, ['internal', 'external'])}' for [${r.pick([...EXT, '100', 'admin', '0123456789'])}@${r.next() < 0.6 ? 'pbx.example.com' : r.ip()}] from ip ${r.ip()}`),
    t(4, (r) => `${fs(r, 'WARNING', 'sofia_reg.c:3174', false)}Can't find user [${r.pick(['100', '1000', 'admin', 'test', '9999'])}@${r.next() < 0.5 ? 'pbx.example.com' : r.ip()}] from ${r.ip()}`),
    t(3, (r) => `${fs(r, 'NOTICE', 'switch_ivr_originate.c:3720')}Cannot create outgoing channel of type [${skew(r, ['user', 'sofia', 'loopback'])}] cause: [${r.pick(['USER_NOT_REGISTERED', 'SUBSCRIBER_ABSENT', 'NO_ROUTE_DESTINATION', 'INCOMPATIBLE_DESTINATION'])}]`),
  ] },
  { name: 'sendmail', templates: [
    t(16, (r) => { const s = sm(r); return `${s.p}${s.q}: from=<${addr(r)}>, size=${r.int(600, 9000000)}, class=0, nrcpts=${r.next() < 0.8 ? 1 : r.int(2, 12)}, msgid=<${b62(r, 12)}.${r.int(1000, 99999)}@${skew(r, MAILDOM, 0.4)}>, bodytype=8BITMIME, proto=${skew(r, ['ESMTPS', 'ESMTP', 'ESMTPSA'])}, daemon=MTA, relay=${relay(r)}`; }),
    t(14, (r) => { const s = sm(r); const st = r.pick(STAT); return `${s.p}${s.q}: to=<${addr(r)}>, delay=${sdelay(r)}, xdelay=${sdelay(r)}, mailer=esmtp, tls_verify=${r.pick(['OK', 'NONE', 'FAIL'])}, pri=${r.int(30000, 9000000)}, relay=${r.pick(['gmail-smtp-in.l.google.com.', 'mx.example.net.', 'mx01.mail.example.org.'])} [${r.ip()}], dsn=${st.startsWith('Sent') ? '2.0.0' : st.startsWith('Deferred') ? '4.0.0' : '5.0.0'}, stat=${st}`; }),
    t(8, (r) => { const s = sm(r); const u = r.pick(PEOPLE); const id = r.int(1000, 1040); return `${s.p}${s.q}: to=${u}, ctladdr=<${u}@example.com> (${id}/${id}), delay=${sdelay(r)}, xdelay=${sdelay(r)}, mailer=local, pri=${r.int(30000, 900000)}, dsn=2.0.0, stat=Sent`; }),
    t(6, (r) => { const s = sm(r); const v13 = r.next() < 0.6; return `${s.p}${s.q}: STARTTLS=${r.next() < 0.6 ? 'server' : 'client'}, relay=${relay(r)}, version=${v13 ? 'TLSv1.3' : 'TLSv1.2'}, verify=${r.pick(['NO', 'OK', 'FAIL', 'NOT'])}, cipher=${v13 ? r.pick(CIPHERS.filter((c) => c.startsWith('TLS_'))) : r.pick(CIPHERS.filter((c) => !c.startsWith('TLS_')))}, bits=${r.pick(['256/256', '128/128'])}`; }),
    t(5, (r) => { const s = sm(r); const a = addr(r); return `${s.p}${s.q}: ruleset=check_rcpt, arg1=<${a}>, relay=${relay(r)}, reject=${r.pick([`550 5.7.1 <${a}>... Relaying denied`, `550 5.7.1 <${a}>... Relaying denied. Proper authentication required.`, `550 5.1.1 <${a}>... User unknown`, `451 4.7.1 Greylisted, please try again later`])}`; }),
    t(3, (r) => { const s = sm(r); const ip = r.ip(); return `${s.p}${s.q}: ruleset=check_relay, arg1=[${ip}], arg2=127.0.0.${r.int(2, 11)}, relay=[${ip}], reject=554 5.7.1 Rejected ${ip} found in ${r.pick(['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org'])}`; }),
    t(4, (r) => { const s = sm(r); return `${s.p}${s.q}: <${addr(r)}>... User unknown`; }),
    t(3, (r) => { const s = sm(r); return `${s.p}${s.q}: lost input channel from ${relay(r)} to MTA after ${r.pick(['rcpt', 'data', 'mail', 'starttls'])}`; }),
    t(4, (r) => { const s = sm(r); return `${s.p}${s.q}: ${relay(r)} did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA`; }),
    t(2.5, (r) => { const s = sm(r); return `${s.p}${s.q}: AUTH=server, relay=${relay(r)}, authid=${r.pick(PEOPLE)}@example.com, mech=${skew(r, ['PLAIN', 'LOGIN', 'CRAM-MD5'])}, bits=0`; }),
    t(3, (r) => { const s = sm(r); return `${s.p}${s.q}: Milter add: header: ${r.next() < 0.6 ? `X-Spam-Status: ${r.next() < 0.8 ? 'No' : 'Yes'}, score=${r.float(-5, 15, 1)} required=5.0 tests=${some(r, ['BAYES_00', 'DKIM_SIGNED', 'DKIM_VALID', 'SPF_PASS', 'HTML_MESSAGE', 'RDNS_NONE', 'URIBL_BLOCKED'], 1, 4).join(',')} autolearn=${r.pick(['ham', 'no', 'unavailable'])} version=4.0.0` : `X-Virus-Scanned: clamav-milter 1.0.${r.int(1, 7)} at ${skew(r, smHosts)}`}`; }),
    t(1.5, (r) => { const s = sm(r); return `${s.p}${s.q}: QB${r.int(1, 9)}${b62(r, 5)}${pad(r.int(1000, 65000), 6)}: DSN: ${r.pick(['User unknown', 'Service unavailable', 'Cannot send message for 5 days', 'Host unknown (Name server: mail.example.invalid: host not found)'])}`; }),
    t(0.8, (r) => `${bsd(r)} ${skew(r, smHosts)} sm-mta[${r.int(1000, 65000)}]: starting daemon (8.${r.pick(['17.1', '17.2', '18.1'])}): SMTP+queueing@00:${r.pick(['30', '15'])}:00`),
  ] },
  { name: 'kea-dhcp4', templates: [
    t(14, (r) => `${kea(r, 'INFO', 'leases')}DHCP4_LEASE_ALLOC ${kcli(r)}: lease ${kip(r)} has been allocated for ${skew(r, [3600, 86400, 600])} seconds`),
    t(14, (r) => `${kea(r, 'INFO', 'leases')}DHCP4_LEASE_ADVERT ${kcli(r)}: lease ${kip(r)} will be advertised`),
    t(3, (r) => `${kea(r, 'INFO', 'leases')}DHCP4_INIT_REBOOT ${kcli(r)}: client is in INIT-REBOOT state and requests address ${kip(r)}`),
    t(4, (r) => `${kea(r, 'INFO', 'leases')}DHCP4_RELEASE ${kcli(r)}: address ${kip(r)} was released properly.`),
    t(1.5, (r) => `${kea(r, 'INFO', 'leases')}DHCP4_DECLINE_LEASE Received DHCPDECLINE for addr ${kip(r)} from client ${kcli(r)}. The lease will be unavailable for 86400 seconds.`),
    t(2, (r) => `${kea(r, 'WARN', 'alloc-engine')}ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET ${kcli(r)}: failed to allocate an IPv4 lease in the subnet 192.168.${skew(r, [10, 20, 30])}.0/24, subnet-id ${r.int(1, 3)}, shared network ${r.next() < 0.7 ? '(none)' : 'office-floors'}`),
    t(2, (r) => `${kea(r, 'WARN', 'alloc-engine')}ALLOC_ENGINE_V4_ALLOC_FAIL ${kcli(r)}: failed to allocate an IPv4 address after ${r.pick([0, 231, 254])} attempt(s)`),
    t(1.5, (r) => `${kea(r, 'INFO', 'dhcpsrv')}DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup`),
    t(1.5, (r) => `${kea(r, 'INFO', 'dhcpsrv')}DHCPSRV_MEMFILE_LFC_EXECUTE executing Lease File Cleanup using: /usr/sbin/kea-lfc -4 -x /var/lib/kea/kea-leases4.csv.2 -i /var/lib/kea/kea-leases4.csv.1 -o /var/lib/kea/kea-leases4.csv.output -f /var/lib/kea/kea-leases4.csv.completed -p /run/kea/kea-dhcp4.kea-lfc.pid -c ignored-path`),
    t(1.5, (r) => `${kea(r, 'ERROR', 'packets')}DHCP4_BUFFER_RECEIVE_FAIL error on attempt to receive packet: Truncated DHCPv4 packet (len=${r.int(1, 235)}) received, at least 236 is expected.`),
    t(2, (r) => `${kea(r, 'INFO', 'commands')}COMMAND_RECEIVED Received command '${r.pick(['lease4-get-all', 'statistic-get-all', 'config-get', 'lease4-del', 'config-reload', 'status-get'])}'`),
    t(0.8, (r) => `${kea(r, 'INFO', 'dhcp4')}DHCP4_CONFIG_COMPLETE DHCPv4 server has completed configuration: added IPv4 subnets: ${r.int(1, 12)}; DDNS: ${r.next() < 0.6 ? 'disabled' : 'enabled'}`),
  ] },
  { name: 'bird', templates: [
    t(12, (r) => `${bird(r, 'TRACE')}${skew(r, ROUTE_PROTO, 0.4)} > added [best] ${pfx(r)} unicast`),
    t(8, (r) => `${bird(r, 'TRACE')}${skew(r, ROUTE_PROTO, 0.4)} > removed [sole] ${pfx(r)} unicast`),
    t(8, (r) => `${bird(r, 'TRACE')}${skew(r, ROUTE_PROTO, 0.4)} < filtered out ${pfx(r)} unicast`),
    t(4, (r) => `${bird(r, 'TRACE')}${bgp(r)}: State changed to ${r.pick(['up', 'down', 'start', 'stop', 'feed', 'flush'])}`),
    t(2, (r) => `${bird(r, 'TRACE')}${bgp(r)}: BGP session established`),
    t(3, (r) => `${bird(r, 'TRACE')}${bgp(r)}: Connecting to ${r.next() < 0.7 ? skew(r, ['198.51.100.1', '185.1.0.254', '10.255.0.2']) : r.ip()} from local address ${skew(r, ['198.51.100.2', '185.1.0.17', '10.255.0.1'])}`),
    t(3, (r) => `${bird(r, 'RMT')}${bgp(r)}: Received: ${r.pick(['Hold timer expired', 'Administrative shutdown', 'Administrative reset', 'Cease', 'Connection rejected', 'Maximum number of prefixes reached', 'Peer de-configured'])}`),
    t(2, (r) => `${bird(r, 'RMT')}${bgp(r)}: Error: ${r.pick(['Hold timer expired', 'Malformed AS_PATH', 'Connection refused', 'Invalid NEXT_HOP attribute', 'Bad peer AS: 64999'])}`),
    t(12, (r) => `${bird(r, 'TRACE')}ospf_core: HELLO packet sent via ${ospfIf(r)}`),
    t(12, (r) => `${bird(r, 'TRACE')}ospf_core: HELLO packet received from nbr ${nbr(r)} on ${ospfIf(r)}`),
    t(3, (r) => `${bird(r, 'TRACE')}ospf_core: Neighbor ${nbr(r)} on ${ospfIf(r)} changed state from ${r.pick(['Down', 'Init', '2-Way', 'ExStart', 'Exchange', 'Loading', 'Full'])} to ${r.pick(['Down', 'Init', '2-Way', 'ExStart', 'Exchange', 'Loading', 'Full'])}`),
    t(1, (r) => `${bird(r, 'INFO')}Reconfiguring`),
    t(1, (r) => `${bird(r, 'INFO')}Reconfigured`),
  ] },
  { name: 'junos', templates: [
    t(5, (r) => { const a = r.pick(BGP_ST); return `${jn(r, 'mx1-re0', 'rpd', 2211)}BGP_NEIGHBOR_STATE_CHANGED: BGP peer ${r.next() < 0.7 ? skew(r, ['192.0.2.1', '198.51.100.9', '10.255.255.2']) : r.ip()} (${r.next() < 0.7 ? 'External' : 'Internal'} AS ${skew(r, [64512, 3356, 65001, 174])}) changed state from ${a} to ${r.pick(BGP_ST.filter((s) => s !== a))} (event ${r.pick(['RecvNotify', 'HoldTime', 'Open', 'RecvKeepAlive', 'Stop', 'ConnectRetry'])}) (instance master)`; }),
    t(5, (r) => `${jn(r, 'mx1-re0', 'mib2d', 1875)}SNMP_TRAP_LINK_DOWN: ifIndex ${r.int(500, 900)}, ifAdminStatus ${r.next() < 0.8 ? 'up(1)' : 'down(2)'}, ifOperStatus down(2), ifName ${jif(r)}`),
    t(5, (r) => `${jn(r, 'mx1-re0', 'mib2d', 1875)}SNMP_TRAP_LINK_UP: ifIndex ${r.int(500, 900)}, ifAdminStatus up(1), ifOperStatus up(1), ifName ${jif(r)}`),
    t(3, (r) => `${jn(r, 'mx1-re0', 'mgd', r.int(3000, 90000))}UI_COMMIT: User '${r.pick(PEOPLE)}' requested '${skew(r, ['commit', 'commit confirmed', 'commit synchronize'])}' operation (comment: ${r.next() < 0.5 ? 'none' : r.pick(['CHG-4411 add customer prefix-list', 'rollback', 'fix typo', 'enable ospf on xe-1/0/3 per ticket NET-201'])})`),
    t(12, (r) => `${jn(r, 'mx1-re0', 'mgd', r.int(3000, 90000))}UI_CMDLINE_READ_LINE: User '${r.pick(PEOPLE)}', command '${r.pick(JCMD)}'`),
    t(8, (r) => `${jn(r, skew(r, ['mx1-re0', 'srx-fw1']), 'sshd', r.int(3000, 90000))}SSHD_LOGIN_FAILED: Login failed for user '${r.pick(['root', 'admin', 'test', 'oracle', ...PEOPLE])}' from host '${r.ip()}'`),
    t(16, (r) => `${jn(r, 'srx-fw1', 'RT_FLOW')}RT_FLOW_SESSION_CREATE: session created ${flow(r).pre} N/A(N/A) ${skew(r, ['ge-0/0/1.0', 'ge-0/0/2.100'])} UNKNOWN UNKNOWN UNKNOWN N/A N/A -1`),
    t(12, (r) => `${jn(r, 'srx-fw1', 'RT_FLOW')}RT_FLOW_SESSION_CLOSE: session closed ${r.pick(CLOSE_R)}: ${flow(r).pre} ${r.int(1, 90)}(${r.int(60, 90000)}) ${r.int(0, 90)}(${r.int(0, 900000)}) ${r.int(1, 1800)} UNKNOWN UNKNOWN N/A(N/A) ${skew(r, ['ge-0/0/1.0', 'ge-0/0/2.100'])} UNKNOWN N/A N/A -1`),
    t(8, (r) => { const dp = r.pick([22, 23, 3389, 445, 8080]); return `${jn(r, 'srx-fw1', 'RT_FLOW')}RT_FLOW_SESSION_DENY: session denied ${r.ip()}/${port(r)}->203.0.113.2/${dp} 0x0 ${dp === 22 ? 'junos-ssh' : dp === 23 ? 'junos-telnet' : dp === 3389 ? 'junos-ms-rdp' : 'None'} 6(0) ${skew(r, ['default-deny', 'block-scanners'])} untrust junos-host UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0 No ${r.pick(['policy deny', 'policy reject'])} ${r.int(1000, 99999)} N/A N/A -1`; }),
    t(2, (r) => `${jn(r, 'mx1-re0', '/kernel')}KERN_ARP_ADDR_CHANGE: arp info overwritten for 10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(1, 254)} from ${mac(r)} to ${mac(r)}`),
    t(2, (r) => `${jn(r, 'mx1-re0', 'rpd', 2211)}RPD_OSPF_NBRDOWN: OSPF neighbor 10.255.0.${r.int(1, 12)} (realm ospf-v2 ${jif(r)}.0 area 0.0.0.0) state changed from Full to Down due to ${r.pick(['KillNbr', 'InActiveTimer'])} (event reason: ${r.pick(['interface went down', 'neighbor was inactive and declared dead', 'BFD session timed out and neighbor was declared dead'])})`),
    t(2, (r) => `${jn(r, 'mx1-re0', 'rpd', 2211)}RPD_OSPF_NBRUP: OSPF neighbor 10.255.0.${r.int(1, 12)} (realm ospf-v2 ${jif(r)}.0 area 0.0.0.0) state changed from ${r.pick(['Loading', 'Exchange'])} to Full due to ${r.pick(['LoadDone', 'ExchangeDone'])} (event reason: ${r.pick(['OSPF loading completed', 'neighbor finished exchanging database'])})`),
    t(2, (r) => `${jn(r, 'mx1-re0', 'mgd', r.int(3000, 90000))}UI_AUTH_EVENT: Authenticated user '${r.pick(PEOPLE)}' at permission level '${skew(r, ['j-super-user', 'j-operator', 'noc-readonly'])}'`),
    t(2, (r) => `${jn(r, 'mx1-re0', 'mgd', r.int(3000, 90000))}UI_LOGIN_EVENT: User '${r.pick(PEOPLE)}' login, class '${skew(r, ['j-super-user', 'j-operator', 'noc-readonly'])}' [${r.int(3000, 90000)}], ssh-connection '10.9.0.${r.int(2, 60)} ${port(r)} 10.9.0.1 22', client-mode '${skew(r, ['cli', 'junoscript', 'netconf'])}'`),
  ] },
  { name: 'mikrotik', templates: [
    t(20, (r) => `${mt(r, 'firewall,info')}${fwHead(r)}, proto TCP (${skew(r, ['SYN', 'ACK,FIN', 'ACK,RST', 'RST', 'ACK,PSH'], 0.6)}), ${r.ip()}:${port(r)}->${skew(r, ['203.0.113.2', '192.168.88.10'])}:${skew(r, [22, 23, 8291, 3389, 445, 80])}, len ${r.int(40, 1500)}`),
    t(10, (r) => `${mt(r, 'firewall,info')}${fwHead(r)}, proto UDP, ${r.ip()}:${port(r)}->${skew(r, ['203.0.113.2', '192.168.88.10'])}:${skew(r, [53, 123, 161, 5060, 1900, 51820])}, len ${r.int(28, 1500)}`),
    t(4, (r) => `${mt(r, 'firewall,info')}${fwHead(r)}, proto ICMP (type ${r.pick([8, 3, 11, 0])}, code ${r.pick([0, 0, 1, 3])}), ${r.ip()}->${skew(r, ['203.0.113.2', '192.168.88.10'])}, len ${r.int(28, 1500)}`),
    t(5, (r) => `${mt(r, 'system,info,account')}user ${mtUser(r)} logged in from ${r.next() < 0.8 ? `192.168.88.${r.int(2, 250)}` : r.ip()} via ${skew(r, ['winbox', 'ssh', 'web', 'api'], 0.5)}`),
    t(4, (r) => `${mt(r, 'system,info,account')}user ${mtUser(r)} logged out from ${r.next() < 0.8 ? `192.168.88.${r.int(2, 250)}` : r.ip()} via ${skew(r, ['winbox', 'ssh', 'web', 'api'], 0.5)}`),
    t(6, (r) => `${mt(r, 'system,error,critical')}login failure for user ${r.pick(['admin', 'root', 'user', 'ubnt', 'support', 'test'])} from ${r.ip()} via ${skew(r, ['ssh', 'winbox', 'telnet', 'ftp', 'web'])}`),
    t(6, (r) => `${mt(r, 'dhcp,info')}${dhcpSrv(r)} assigned 192.168.88.${r.int(100, 254)} to ${MAC_UP(r)}`),
    t(5, (r) => `${mt(r, 'dhcp,info')}${dhcpSrv(r)} deassigned 192.168.88.${r.int(100, 254)} from ${MAC_UP(r)}`),
    t(2, (r) => `${mt(r, 'interface,info')}${skew(r, ['ether2', 'ether5', 'sfp-sfpplus1', 'wlan1', 'pppoe-out1'], 0.5)} link down`),
    t(2, (r) => `${mt(r, 'interface,info')}${skew(r, ['ether2', 'ether5', 'sfp-sfpplus1', 'wlan1'], 0.5)} link up (speed ${r.pick(['1G', '100M', '10G', '2.5G'])}, full duplex)`),
    t(4, (r) => `${mt(r, 'wireless,info')}${MAC_UP(r)}@${skew(r, ['wlan1', 'wlan2'])}: connected, signal strength -${r.int(35, 85)}`),
    t(4, (r) => `${mt(r, 'wireless,info')}${MAC_UP(r)}@${skew(r, ['wlan1', 'wlan2'])}: disconnected, ${r.pick(['received deauth: sending station leaving (3)', 'group key exchange timeout', 'extensive data loss', 'received disassoc: sending station leaving (8)', 'registered to other interface'])}, signal strength -${r.int(35, 90)}`),
    t(2, (r) => `${mt(r, 'system,info')}${r.pick(['filter', 'nat', 'mangle', 'raw'])} rule changed by ${mtUser(r)}`),
  ] },
  { name: 'trino', templates: [
    t(20, (r) => { const q = qid(r); const e = r.int(20, 900000); return `${tr(r, 'INFO', `dispatcher-query-${r.int(1, 60)}`, 'io.trino.event.QueryMonitor')}TIMELINE: Query ${q} :: ${skew(r, ['FINISHED', 'FAILED'], 0.85)} :: elapsed ${e}ms :: planning ${r.int(1, 900)}ms :: waiting ${r.int(0, 5000)}ms :: scheduling ${r.int(1, 900)}ms :: running ${r.int(0, e)}ms :: finishing ${r.int(0, 90)}ms :: begin ${iso(r)} :: end ${iso(r)}`; }),
    t(3, (r) => { const task = `${qid(r)}.${r.int(0, 6)}.0.${r.int(0, 40)}`; const ip = `10.0.1.${r.int(11, 40)}`; return `${tr(r, 'WARN', `TaskInfoFetcher-${task}-${r.int(100, 9999)}`, 'io.trino.server.remotetask.RequestErrorTracker')}Error getting info for task ${task}: ${r.pick(['java.net.SocketTimeoutException: timeout', 'java.io.UncheckedIOException: java.net.ConnectException: Connection refused', 'java.io.EOFException'])}: http://${ip}:8080/v1/task/${task}/status`; }),
    t(6, (r) => `${tr(r, 'INFO', 'GcMonitor', 'io.airlift.stats.JmxGcMonitor')}Major GC: application ${r.int(5, 90000)}ms, stopped ${r.int(20, 9000)}ms: ${gb(r)} -> ${gb(r)}`),
    t(1.5, (r) => `${tr(r, 'ERROR', `stage-scheduler`, 'io.trino.execution.scheduler.SqlQueryScheduler')}Failure in distributed stage for query ${qid(r)}`),
    t(1, (r) => `${tr(r, 'INFO', 'main', 'io.trino.server.Server')}======== SERVER STARTED ========`),
    t(2, (r) => `${tr(r, 'INFO', 'main', 'io.trino.server.PluginManager')}-- Loading plugin /usr/lib/trino/plugin/${r.pick(PLUGINS)} --`),
    t(2, (r) => `${tr(r, 'INFO', 'main', 'io.trino.server.PluginManager')}-- Finished loading plugin /usr/lib/trino/plugin/${r.pick(PLUGINS)} --`),
    t(1.5, (r) => { const [c, k] = r.pick(CATALOGS); return `${tr(r, 'INFO', 'main', 'io.trino.connector.StaticCatalogManager')}-- Added catalog ${c} using connector ${k} --`; }),
    t(1.5, (r) => `${tr(r, 'INFO', `node-state-poller-0`, 'io.trino.metadata.DiscoveryNodeManager')}Previously active node is missing: ${r.pick(['trino-worker-0', 'trino-worker-3', 'ffffffff-ffff-ffff-ffff-fffffff00012', r.uuid()])} (last seen at 10.0.1.${r.int(11, 40)})`),
    t(2, (r) => `${tr(r, 'WARN', `hive-metastore-${r.int(1, 40)}`, 'io.trino.plugin.hive.metastore.thrift.ThriftHiveMetastore')}Failed connecting to Hive metastore: [thrift://${skew(r, ['hms-0.data.svc', 'hms-1.data.svc'])}:9083]`),
    t(0.8, (r) => `${tr(r, 'INFO', 'main', 'io.airlift.log.Logging')}Logging to ${r.pick(['/data/trino/var/log/server.log', '/var/log/trino/server.log'])}`),
  ] },
  { name: 'cockroachdb', templates: [
    t(10, (r) => `${crdb(r, 'I', 'server/status/runtime_log.go:47', nt(r))}runtime stats: ${r.float(0.5, 14, 1)} GiB RSS, ${r.int(300, 9000)} goroutines (stacks: ${r.int(2, 90)} MiB), ${r.int(100, 999)} MiB/${r.float(1, 9, 1)} GiB Go alloc/total (heap fragmentation: ${r.int(1, 200)} MiB, heap reserved: ${r.int(1, 400)} MiB, heap released: ${r.int(1, 900)} MiB), ${r.float(0.1, 6, 1)} GiB/${r.float(1, 8, 1)} GiB CGO alloc/total (${r.float(0, 900, 1)} CGO/sec), ${r.float(0, 300, 1)}/${r.float(0, 90, 1)} %(u/s)time, ${r.float(0, 9, 1)} %gc (${r.int(0, 9)}x), ${r.int(1, 900)} KiB/${r.int(1, 900)} KiB (r/w)net`),
    t(3, (r) => { const n = r.int(1, 7); return `${crdb(r, 'I', 'gossip/gossip.go:1547', nt(r))}gossip status (ok, ${n} node${n === 1 ? '' : 's'})`; }),
    t(2, (r) => `${crdb(r, 'W', 'server/status/health_check.go:134', nt(r))}health alerts detected: {Alerts:[{StoreID:${r.int(0, 5)} Category:METRICS Description:${r.pick(['queue.replicate.process.failure', 'ranges.underreplicated', 'requests.slow.latch', 'liveness.heartbeatfailures'])} Value:${r.int(1, 400)}}]}`),
    t(2, (r) => `${crdb(r, 'W', 'kv/kvclient/kvcoord/dist_sender.go:1824', `${nt(r)},client=‹10.0.2.${r.int(2, 90)}:${port(r)}›,user=‹${skew(r, ['app', 'root'])}›`)}slow range RPC: have been waiting ${r.float(60, 400, 2)}s (${r.int(1, 90)} attempts) for RPC ${r.pick(['Get', 'Scan', 'Put', 'EndTxn', 'QueryIntent'])} [‹${span(r)}›] to r${r.int(1, 2000)}:‹${span(r)}› ${desc(r)}; resp: ‹(err: <nil>)›`),
    t(4, (r) => { const n = r.int(1, 5); return `${crdb(r, 'I', 'kv/kvserver/replica_command.go:2385', `${nt(r)},replicate,s${n},${rng(r)}`)}change replicas (add [(n${n},s${n}):${r.int(4, 9)}LEARNER] remove []): existing descriptor r${r.int(1, 2000)}:‹${span(r)}› ${desc(r)}`; }),
    t(4, (r) => `${crdb(r, 'I', 'kv/kvserver/replica_raftstorage.go:594', `${nt(r)},s${r.int(1, 5)},r${r.int(1, 2000)}/${r.int(1, 9)}:{-}`)}applied ${r.pick(['INITIAL', 'VIA_SNAPSHOT_QUEUE', 'INITIAL'])} snapshot ${r.hex(8)} from (n${r.int(1, 5)},s${r.int(1, 5)}):${r.int(1, 5)} at applied index ${r.int(10, 900000)} (total=${r.int(1, 9000)}ms data=${r.int(1, 512)} MiB ingestion=${r.int(1, 9)}@${r.int(1, 900)}ms)`),
    t(6, (r) => `${crdb(r, 'I', 'jobs/registry.go:1532', `${nt(r)},job=${r.pick(['AUTO CREATE STATS', 'SCHEMA CHANGE', 'BACKUP', 'ROW LEVEL TTL'])} id=${r.int(1, 9)}${r.int(1e8, 9e8)}`)}job ${r.int(9e17, 9.2e17)}: stepping through state ${skew(r, ['running', 'succeeded', 'paused', 'reverting', 'pending'], 0.5)}`),
    t(2, (r) => { const tb = r.pick(['orders', 'events', 'inventory', 'user_sessions']); return `${crdb(r, 'I', '5@util/log/event_log.go:32', `${nt(r)},client=‹10.0.2.${r.int(2, 90)}:${port(r)}›,hostssl,user=‹${skew(r, ['root', 'migrator'])}›`, true)}${JSON.stringify({ Timestamp: 1796601600000000000 + r.int(0, 999999999), EventType: 'create_table', Statement: `CREATE TABLE ‹defaultdb›.public.‹${tb}› (‹id› UUID PRIMARY KEY DEFAULT gen_random_uuid(), ‹created_at› TIMESTAMPTZ NOT NULL DEFAULT now())`, Tag: 'CREATE TABLE', User: 'root', DescriptorID: r.int(100, 400), ApplicationName: r.pick(['$ cockroach sql', 'migrate', 'flyway']), TableName: `‹defaultdb.public.${tb}›` })}`; }),
    t(0.8, (r) => `${crdb(r, 'I', '1@util/log/event_log.go:32', nt(r), true)}${JSON.stringify({ Timestamp: 1796601600000000000 + r.int(0, 999999999), EventType: 'node_restart', NodeID: crNode(r), StartedAt: 1796601600000000000 + r.int(0, 999999999), LastUp: 1796500000000000000 + r.int(0, 999999999) })}`),
    t(3, (r) => { const u = r.pick([...PEOPLE, 'app', 'root', 'postgres']); return `${crdb(r, 'I', '4@util/log/event_log.go:32', `${nt(r)},client=‹${r.ip()}:${port(r)}›,hostssl,user=‹${u}›`, true)}${JSON.stringify({ Timestamp: 1796601600000000000 + r.int(0, 999999999), EventType: 'client_authentication_failed', InstanceID: 1, Network: 'tcp', RemoteAddress: `‹${r.ip()}:${port(r)}›`, SessionID: r.hex(32), Transport: 'hostssl', User: `‹${u}›`, SystemIdentity: `‹${u}›`, Reason: r.pick([3, 6, 8]), Detail: `‹${r.pick([`password authentication failed for user ${u}`, `user identity unknown for identity provider`, 'no TLS peer certificates, but required'])}›`, Method: r.pick(['password', 'cert-password', 'cert']) })}`; }),
    t(4, (r) => `${crdb(r, 'I', '10@util/log/event_log.go:32', `${nt(r)},client=‹10.0.2.${r.int(2, 90)}:${port(r)}›,hostssl,user=‹app›`, true)}${JSON.stringify({ Timestamp: 1796601600000000000 + r.int(0, 999999999), EventType: 'slow_query', Statement: r.pick(CR_STMT), Tag: r.pick(['SELECT', 'UPDATE']), User: 'app', ApplicationName: skew(r, ['orders-api', 'reports', 'pgx']), ExecMode: 'exec', NumRows: r.int(0, 90000), Age: Number(r.float(500, 90000, 3)), FullTableScan: r.next() < 0.3, TxnCounter: r.int(1, 90) })}`),
    t(2, (r) => { const n = r.int(2, 5); const ip = crIp(r); return `${crdb(r, 'W', 'server/server.go:1122', nt(r))}unable to connect to n${n}: failed to connect to n${n} at ‹${ip}›: ‹initial connection heartbeat failed›: ‹rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}: connect: ${r.pick(['connection refused', 'no route to host', 'i/o timeout'])}"›`; }),
    t(1.5, (r) => { const n = r.int(2, 5); return `${crdb(r, 'W', 'rpc/nodedialer/nodedialer.go:191', nt(r))}circuitbreaker: ‹rpc [::]:26257 [n${n}]› tripped: failed to connect to n${n} at ‹${crIp(r)}›: ‹initial connection heartbeat failed›`; }),
    t(1.5, (r) => `${crdb(r, 'I', 'rpc/nodedialer/nodedialer.go:191', nt(r))}circuitbreaker: ‹rpc [::]:26257 [n${r.int(2, 5)}]› reset`),
  ] },
  { name: 'telegraf', templates: [
    t(0.8, (r) => `${tg(r, 'I')}Loaded inputs: ${[...new Set(some(r, INPUTS, 2, 12))].sort().join(' ')}`),
    t(0.8, (r) => `${tg(r, 'I')}Loaded outputs: ${[...new Set(some(r, OUT.map((o) => o.slice(8)), 1, 3))].sort().join(' ')}`),
    t(0.8, (r) => `${tg(r, 'I')}Starting Telegraf 1.${r.pick(['29.4', '30.1', '32.3'])}${r.next() < 0.5 ? ` brought to you by InfluxData the makers of InfluxDB` : ''}`),
    t(0.8, (r) => `${tg(r, 'I')}Tags enabled: host=${skew(r, ['web-1', 'db-2', 'edge-router'])}${r.next() < 0.6 ? ` region=${r.pick(['eu-west', 'us-east'])}` : ''}${r.next() < 0.4 ? ` env=${r.pick(['prod', 'staging'])}` : ''}`),
    t(0.8, (r) => `${tg(r, 'I')}[agent] Config: Interval:${r.pick(['10s', '30s', '1m0s'])}, Quiet:false, Hostname:"${skew(r, ['web-1', 'db-2', 'edge-router'])}", Flush Interval:${r.pick(['10s', '30s'])}`),
    t(25, (r) => `${tg(r, 'D')}[${out(r)}] Wrote batch of ${r.next() < 0.7 ? 1000 : r.int(1, 999)} metrics in ${r.float(0.5, 900, 6)}ms`),
    t(25, (r) => `${tg(r, 'D')}[${out(r)}] Buffer fullness: ${r.int(0, 10000)} / 10000 metrics`),
    t(5, (r) => { const [p, m] = r.pick(TG_ERR); return `${tg(r, 'E')}[${p}] Error in plugin: ${m(r)}`; }),
    t(4, (r) => `${tg(r, 'W')}[inputs.${r.pick(['snmp', 'cpu', 'procstat', 'docker', 'smart', 'ping'])}] Collection took longer than expected; not complete after interval of ${r.pick(['10s', '30s', '1m0s'])}`),
    t(3, (r) => `${tg(r, 'E')}[outputs.influxdb_v2] When writing to [http://${skew(r, ['influxdb:8086', '10.0.0.9:8086'])}/api/v2/write]: Post "http://${skew(r, ['influxdb:8086', '10.0.0.9:8086'])}/api/v2/write?bucket=${r.pick(['telegraf', 'metrics'])}&org=${r.pick(['ops', 'example'])}": ${r.pick(['dial tcp 10.0.0.9:8086: connect: connection refused', 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'EOF'])}`),
    t(3, (r) => `${tg(r, 'E')}[agent] Error writing to ${out(r)}: ${r.pick(['failed to send metrics to any configured server(s)', 'could not write any address', 'kafka: client has run out of available brokers to talk to'])}`),
    t(2, (r) => `${tg(r, 'W')}[${out(r)}] Metric buffer overflow; ${r.int(1, 90000)} metrics have been dropped`),
  ] },
  { name: 'srcds', templates: [
    t(16, (r) => `${sl(r)}${player(r, 'CT')} ${xyz(r)} killed ${player(r, 'TERRORIST')} ${xyz(r)} with "${r.pick(WEAPONS)}"`),
    t(6, (r) => `${sl(r)}${player(r, 'TERRORIST')} ${xyz(r)} killed ${player(r, 'CT')} ${xyz(r)} with "${r.pick(WEAPONS)}" (headshot)`),
    t(14, (r) => `${sl(r)}${player(r)} ${xyz(r)} attacked ${player(r)} ${xyz(r)} with "${r.pick(WEAPONS)}" (damage "${r.int(1, 120)}") (damage_armor "${r.int(0, 20)}") (health "${r.int(0, 99)}") (armor "${r.int(0, 100)}") (hitgroup "${r.pick(['chest', 'stomach', 'head', 'left arm', 'right arm', 'left leg', 'right leg', 'generic'])}")`),
    t(8, (r) => `${sl(r)}${player(r)} say "${chat(r)}"`),
    t(4, (r) => `${sl(r)}${player(r)} say_team "${chat(r)}"`),
    t(3, (r) => `${sl(r)}"${r.pick(NAMES)}<${r.int(2, 40)}><STEAM_1:${r.int(0, 1)}:${r.int(1000, 99999999)}><>" connected, address "${r.ip()}:${r.next() < 0.8 ? 27005 : port(r)}"`),
    t(3, (r) => `${sl(r)}"${r.pick(NAMES)}<${r.int(2, 40)}><STEAM_1:${r.int(0, 1)}:${r.int(1000, 99999999)}><>" entered the game`),
    t(3, (r) => { const to = r.pick(TEAMS); return `${sl(r)}${player(r, to)} switched from team <${r.pick(['Unassigned', 'Spectator', ...TEAMS])}> to <${to}>`; }),
    t(3, (r) => `${sl(r)}${player(r)} disconnected (reason "${r.pick(['Disconnect', 'Kicked by Console', 'Timed out', 'Client left game (Steam auth ticket has been canceled)', 'Punting bot, server is hibernating'])}")`),
    t(6, (r) => `${sl(r)}World triggered "${r.pick(['Round_Start', 'Round_End', 'Game_Commencing', 'Restart_Round_(1_second)'])}"`),
    t(3, (r) => `${sl(r)}Team "${r.pick(TEAMS)}" triggered "${r.pick(['SFUI_Notice_CTs_Win', 'SFUI_Notice_Target_Bombed', 'SFUI_Notice_Bomb_Defused', 'SFUI_Notice_Terrorists_Win', 'SFUI_Notice_Target_Saved'])}" (CT "${r.int(0, 15)}") (T "${r.int(0, 15)}")`),
    t(3, (r) => `${sl(r)}${player(r)} triggered "${r.pick(['Got_The_Bomb', 'Dropped_The_Bomb', 'Planted_The_Bomb', 'Begin_Bomb_Defuse_Without_Kit', 'Begin_Bomb_Defuse_With_Kit', 'Defused_The_Bomb'])}"`),
    t(6, (r) => `${sl(r)}${player(r)} purchased "${r.pick(['ak47', 'm4a1_silencer', 'awp', 'vesthelm', 'hegrenade', 'flashbang', 'smokegrenade', 'defuser', 'p250'])}"`),
    t(1, (r) => `${sl(r)}rcon from "${r.ip()}:${port(r)}": command "${r.pick(['status', 'mp_restartgame 1', 'changelevel de_mirage', 'sv_cheats 0', 'kick "n00b"'])}"`),
  ] },
];

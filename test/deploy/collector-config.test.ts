// Collector configs are only ever run by users, never by CI (no Docker here), so the
// structural rules the Collector enforces at start-up are checked by parsing instead.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { collectorDefaults, hostPort, readText, readYaml } from './files.ts';

const FILES = ['agent.yaml', 'gateway.yaml', 'gateway-loadbalanced.yaml', 'direct.yaml'];
const SECTIONS = ['receivers', 'processors', 'exporters', 'connectors'] as const;
// Component types these files may use, as named by collector-contrib 0.154.0; a typo or an
// outdated name (e.g. `logging`) is caught here rather than at a user's first start.
const KNOWN_TYPES: Record<string, string[]> = {
  receivers: ['otlp'],
  processors: ['memory_limiter', 'batch'],
  exporters: ['otlp_grpc', 'otlp_http', 'load_balancing', 'debug'],
  extensions: ['health_check', 'bearertokenauth'],
};
const homeostatGrpcPort = parseConfig({}, {}).receiver.grpc.port;

type Cfg = Record<string, any>;
const typeOf = (id: string) => id.split('/')[0];

/** Every rule a Collector config must satisfy to start; returns human-readable problems. */
function collectorProblems(cfg: Cfg): string[] {
  const problems: string[] = [];
  for (const [section, types] of Object.entries(KNOWN_TYPES)) {
    for (const id of Object.keys(cfg[section] ?? {})) {
      if (!types.includes(typeOf(id))) problems.push(`${section}.${id}: unknown component type`);
    }
  }
  const pipelines: Record<string, any> = cfg.service?.pipelines ?? {};
  if (!Object.keys(pipelines).length) problems.push('service.pipelines: none defined');
  const used = new Set<string>();
  for (const [name, p] of Object.entries(pipelines)) {
    if (!['traces', 'metrics', 'logs'].includes(name.split('/')[0])) problems.push(`pipeline ${name}: unknown signal`);
    for (const kind of ['receivers', 'processors', 'exporters'] as const) {
      for (const id of p[kind] ?? []) {
        used.add(`${kind}.${id}`);
        if (!(id in (cfg[kind] ?? {}))) problems.push(`pipeline ${name}: ${kind.slice(0, -1)} ${id} is not defined`);
      }
    }
    if (!p.receivers?.length) problems.push(`pipeline ${name}: no receivers`);
    if (!p.exporters?.length) problems.push(`pipeline ${name}: no exporters`);
    // memory_limiter must see data before anything else buffers it.
    if (p.processors?.[0] !== 'memory_limiter') problems.push(`pipeline ${name}: memory_limiter is not the first processor`);
    if (!p.processors?.includes('batch')) problems.push(`pipeline ${name}: no batch processor`);
  }
  for (const section of SECTIONS) {
    for (const id of Object.keys(cfg[section] ?? {})) {
      if (!used.has(`${section}.${id}`)) problems.push(`${section}.${id}: defined but used by no pipeline`);
    }
  }
  const enabledExt: string[] = cfg.service?.extensions ?? [];
  for (const id of enabledExt) if (!(id in (cfg.extensions ?? {}))) problems.push(`service.extensions: ${id} is not defined`);
  for (const [id, exp] of Object.entries<any>(cfg.exporters ?? {})) {
    const auth = exp?.auth?.authenticator ?? exp?.protocol?.otlp?.auth?.authenticator;
    if (auth && !enabledExt.includes(auth)) problems.push(`exporters.${id}: authenticator ${auth} is not an enabled extension`);
  }
  for (const [id, r] of Object.entries<any>(cfg.receivers ?? {})) {
    for (const [proto, p] of Object.entries<any>(r?.protocols ?? {})) {
      // The receiver's own default is localhost, unreachable from other containers or hosts.
      if (!String(p?.endpoint ?? '').startsWith('0.0.0.0:')) problems.push(`receivers.${id}.protocols.${proto}: endpoint must listen on 0.0.0.0`);
    }
  }
  return problems;
}

/** The host:port targets of every OTLP/gRPC or load-balancing exporter. */
function exporterTargets(cfg: Cfg): { id: string; host: string; port: number }[] {
  const out: { id: string; host: string; port: number }[] = [];
  for (const [id, exp] of Object.entries<any>(cfg.exporters ?? {})) {
    const endpoints: string[] = exp.endpoint ? [exp.endpoint] : (exp.resolver?.static?.hostnames ?? []);
    for (const e of endpoints) {
      const hp = hostPort(collectorDefaults(String(e)));
      if (!hp) throw new Error(`exporters.${id}: endpoint ${e} has no port`);
      out.push({ id, ...hp });
    }
  }
  return out;
}

const cfgs = Object.fromEntries(FILES.map((f) => [f, readYaml(`collector-config/${f}`)]));

describe('collector configs', () => {
  it.each(FILES)('%s has only defined, used and known components', (f) => {
    expect(collectorProblems(cfgs[f])).toEqual([]);
  });

  it('the checker catches the mistakes it is there for', () => {
    const broken = structuredClone(cfgs['gateway.yaml']);
    broken.service.pipelines.traces.exporters.push('otlp_grpc/missing');
    broken.service.pipelines.logs.processors = ['batch'];
    broken.exporters['logging'] = {};
    broken.receivers.otlp.protocols.grpc.endpoint = 'localhost:4317';
    const problems = collectorProblems(broken);
    expect(problems).toContain('pipeline traces: exporter otlp_grpc/missing is not defined');
    expect(problems).toContain('pipeline logs: memory_limiter is not the first processor');
    expect(problems).toContain('exporters.logging: unknown component type');
    expect(problems).toContain('receivers.otlp.protocols.grpc: endpoint must listen on 0.0.0.0');
  });

  it.each(['gateway.yaml', 'gateway-loadbalanced.yaml', 'direct.yaml'])('%s exports to Homeostat\'s OTLP/gRPC port', (f) => {
    const targets = exporterTargets(cfgs[f]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t.port, `${t.id} → ${t.host}:${t.port}`).toBe(homeostatGrpcPort);
  });

  it('the agent exports to the gateway\'s OTLP/gRPC receiver port', () => {
    const gatewayPort = hostPort(cfgs['gateway.yaml'].receivers.otlp.protocols.grpc.endpoint)!.port;
    const targets = exporterTargets(cfgs['agent.yaml']);
    expect(targets.map((t) => t.port)).toEqual([gatewayPort]);
  });

  it('exporters to Homeostat retry and queue, so its back-pressure delays data instead of losing it', () => {
    for (const f of ['agent.yaml', 'gateway.yaml', 'direct.yaml']) {
      for (const [id, exp] of Object.entries<any>(cfgs[f].exporters)) {
        expect(exp.retry_on_failure?.enabled, `${f} ${id}`).toBe(true);
        expect(exp.sending_queue?.enabled, `${f} ${id}`).toBe(true);
      }
    }
  });

  it('the load-balanced gateway routes spans by trace ID to several replicas', () => {
    const exps = Object.entries<any>(cfgs['gateway-loadbalanced.yaml'].exporters);
    const traces = cfgs['gateway-loadbalanced.yaml'].service.pipelines.traces.exporters as string[];
    for (const id of traces) {
      const exp = Object.fromEntries(exps)[id];
      expect(typeOf(id)).toBe('load_balancing');
      expect(exp.routing_key).toBe('traceID');
      expect(exp.resolver.static.hostnames.length).toBeGreaterThan(1);
    }
  });

  it('direct.yaml sends the bearer token Homeostat is configured to accept', () => {
    const cfg = cfgs['direct.yaml'];
    const exp = cfg.exporters['otlp_grpc/homeostat'];
    expect(exp.auth.authenticator).toBe('bearertokenauth');
    const tokenVar = /^\$\{env:(\w+)\}$/.exec(cfg.extensions.bearertokenauth.token)?.[1];
    expect(tokenVar).toBeDefined();
    // homeostat.example.yaml must read the same variable into receiver.auth.bearer_tokens.
    const example = readYaml('homeostat.example.yaml');
    expect(example.receiver.auth.bearer_tokens).toContain(`\${env:${tokenVar}}`);
  });

  it('every exporter to Homeostat carries HOMEOSTAT_TOKEN, and bearertokenauth only over TLS', () => {
    for (const f of ['gateway.yaml', 'gateway-loadbalanced.yaml', 'direct.yaml']) {
      for (const [id, exp] of Object.entries<any>(cfgs[f].exporters)) {
        const o = exp.protocol?.otlp ?? exp;
        const viaExtension = o.auth?.authenticator === 'bearertokenauth' && cfgs[f].extensions.bearertokenauth.token === '${env:HOMEOSTAT_TOKEN}';
        const viaHeader = o.headers?.authorization === 'Bearer ${env:HOMEOSTAT_TOKEN}';
        expect(viaExtension || viaHeader, `${f} ${id}`).toBe(true);
        // The extension's gRPC credentials demand transport security: with insecure: true the
        // exporter fails to start instead of sending.
        if (o.auth?.authenticator === 'bearertokenauth') expect(o.tls?.insecure, `${f} ${id}`).toBe(false);
      }
    }
  });

  it('the README describes every config file', () => {
    const readme = readText('collector-config/README.md');
    for (const f of FILES) expect(readme).toContain(`\`${f}\``);
  });
});

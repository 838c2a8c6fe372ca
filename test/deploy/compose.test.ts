// docker-compose.yml is never started in CI (no Docker engine), so what `docker compose up`
// would trip over is checked by reading the file: services, ports, mounts, health and wiring.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { ConfigError } from '../../src/errors.ts';
import { composeDefaults, composeResolve, exists, hostPort, readText, readYaml } from './files.ts';

const compose = readYaml('docker-compose.yml');
const services: Record<string, any> = compose.services;
const defaults = parseConfig({}, {});

const envOf = (svc: string): Record<string, string> => {
  const env = services[svc].environment ?? {};
  return Array.isArray(env) ? Object.fromEntries(env.map((e: string) => e.split(/=(.*)/s).slice(0, 2))) : env;
};
const containerPorts = (svc: string): number[] =>
  (services[svc].ports ?? []).map((p: string | number) => Number(String(p).split(':').pop()!.split('/')[0]));
const mounts = (svc: string): { source: string; target: string }[] =>
  (services[svc].volumes ?? []).map((v: string) => {
    const [source, target] = v.split(':');
    return { source, target };
  });
const imageTag = (svc: string) => String(services[svc].image).split(':')[1] ?? 'latest';

describe('docker-compose.yml', () => {
  it('has the stack\'s services', () => {
    expect(Object.keys(services).sort()).toEqual(['alertmanager', 'clickhouse', 'grafana', 'homeostat', 'otel-collector', 'postgres', 'prometheus']);
  });

  it('uses only keys compose knows for each service', () => {
    const allowed = new Set(['build', 'image', 'restart', 'ports', 'environment', 'volumes', 'depends_on', 'healthcheck', 'command', 'ulimits']);
    for (const [name, svc] of Object.entries(services)) {
      for (const key of Object.keys(svc)) expect(allowed.has(key), `${name}.${key}`).toBe(true);
    }
    expect(Object.keys(compose).sort()).toEqual(['name', 'services', 'volumes']);
  });

  it('pins every image to a tag (no implicit latest)', () => {
    for (const name of Object.keys(services).filter((s) => services[s].image && !services[s].build)) {
      expect(imageTag(name), name).not.toBe('latest');
    }
  });

  it('runs a ClickHouse new enough for the OTel schema and PostgreSQL 16', () => {
    expect(services.clickhouse.image).toMatch(/^clickhouse\/clickhouse-server:/);
    expect(Number(imageTag('clickhouse').split('.')[0])).toBeGreaterThanOrEqual(25);
    expect(services.postgres.image).toBe('postgres:16');
    expect(services['otel-collector'].image).toMatch(/^otel\/opentelemetry-collector-contrib:/);
  });

  it('builds Homeostat from the Dockerfile here and publishes its configured ports', () => {
    expect(services.homeostat.build).toBe('.');
    expect(exists('Dockerfile')).toBe(true);
    expect(containerPorts('homeostat').sort()).toEqual(
      [defaults.receiver.grpc.port, defaults.receiver.http.port, defaults.api.port].sort(),
    );
  });

  it('keeps Homeostat\'s data directory on a volume at the path the Dockerfile declares', () => {
    const volume = /^VOLUME \["?([^"\]]+)"?\]?/m.exec(readText('Dockerfile'))?.[1];
    expect(volume).toBe('/app/data');
    expect(mounts('homeostat').map((m) => m.target)).toContain(volume);
  });

  it('points Homeostat at the clickhouse and postgres services', () => {
    const env = envOf('homeostat');
    const ch = hostPort(composeDefaults(env.CLICKHOUSE_URL))!;
    expect(ch).toEqual({ host: 'clickhouse', port: 8123 }); // the HTTP interface @clickhouse/client speaks
    const pg = new URL(composeDefaults(env.DATABASE_URL));
    expect(pg.protocol).toBe('postgres:');
    expect(pg.hostname).toBe('postgres');
    // Credentials Homeostat uses are the ones each server is created with.
    const chEnv = envOf('clickhouse');
    const pgEnv = envOf('postgres');
    expect(env.CLICKHOUSE_USER).toBe(chEnv.CLICKHOUSE_USER);
    expect(env.CLICKHOUSE_PASSWORD).toBe(chEnv.CLICKHOUSE_PASSWORD);
    expect(decodeURIComponent(pg.username)).toBe(composeDefaults(pgEnv.POSTGRES_USER));
    expect(decodeURIComponent(pg.password)).toBe(composeDefaults(pgEnv.POSTGRES_PASSWORD));
    expect(pg.pathname.slice(1)).toBe(composeDefaults(pgEnv.POSTGRES_DB));
    // Homeostat creates tables in this database; the image creates it empty too.
    expect(chEnv.CLICKHOUSE_DB).toBe(defaults.storage.clickhouse.database);
  });

  it('bind-mounts only files that exist, and declares every named volume', () => {
    const declared = Object.keys(compose.volumes ?? {});
    for (const name of Object.keys(services)) {
      for (const { source } of mounts(name)) {
        if (source.startsWith('.')) expect(exists(source), `${name}: ${source}`).toBe(true);
        else expect(declared, `${name}: ${source}`).toContain(source);
      }
    }
  });

  it('gives every depended-on-when-healthy service a well-formed healthcheck', () => {
    for (const [name, svc] of Object.entries(services)) {
      for (const [dep, cond] of Object.entries<any>(svc.depends_on ?? {})) {
        expect(services[dep], `${name} depends on ${dep}`).toBeDefined();
        if (cond.condition === 'service_healthy') expect(services[dep].healthcheck, `${dep} (for ${name})`).toBeDefined();
      }
      const test = svc.healthcheck?.test;
      if (test !== undefined) {
        expect(Array.isArray(test) && ['CMD', 'CMD-SHELL'].includes(test[0]), `${name} healthcheck.test`).toBe(true);
        for (const k of ['interval', 'timeout']) expect(svc.healthcheck[k], `${name}.${k}`).toMatch(/^\d+(ms|s|m)$/);
        // A single $VAR would be filled in by compose from the host's environment (usually empty);
        // variables meant for the container's shell must be written $$VAR.
        expect(test.join(' '), `${name} healthcheck`).not.toMatch(/(^|[^$])\$[A-Za-z_{]/);
      }
    }
    // Homeostat starts after both stores answer, since it migrates them at start-up.
    expect(services.homeostat.depends_on.clickhouse.condition).toBe('service_healthy');
    expect(services.homeostat.depends_on.postgres.condition).toBe('service_healthy');
  });

  it('probes Homeostat\'s readiness endpoint on its API port', () => {
    const cmd = services.homeostat.healthcheck.test.join(' ');
    expect(cmd).toContain(`:${defaults.api.port}/readyz`);
  });

  it('runs the gateway Collector config against the homeostat service', () => {
    const m = mounts('otel-collector').find((v) => v.source === './collector-config/gateway.yaml');
    expect(m).toBeDefined();
    expect(services['otel-collector'].command.join(' ')).toContain(`--config=${m!.target}`);
    const target = hostPort(envOf('otel-collector').HOMEOSTAT_ENDPOINT)!;
    expect(target).toEqual({ host: 'homeostat', port: defaults.receiver.grpc.port });
    // Host ports must not collide with Homeostat's own published ports.
    const published = (svc: string) => (services[svc].ports ?? []).map((p: string) => String(p).split(':').at(-2));
    const all = Object.keys(services).flatMap(published);
    expect(new Set(all).size).toBe(all.length);
  });

  it('publishes only what a user needs, and only on 127.0.0.1', () => {
    for (const svc of ['clickhouse', 'postgres', 'prometheus']) expect(services[svc].ports, svc).toBeUndefined();
    for (const [name, svc] of Object.entries(services)) {
      for (const p of svc.ports ?? []) expect(String(p), name).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    }
  });

  it('gives Homeostat its tokens through the environment and will not start without them', () => {
    const env = envOf('homeostat');
    const dotEnv = { HOMEOSTAT_TOKEN: 'otlp-secret', HOMEOSTAT_API_TOKEN: 'api-secret' };
    // The image reads docker/container.yaml as /app/homeostat.yaml (its working directory).
    expect(readText('Dockerfile')).toMatch(/^COPY docker\/container\.yaml \.\/homeostat\.yaml$/m);
    const imageConfig = readYaml('docker/container.yaml');
    const containerEnv = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, composeResolve(String(v), dotEnv)]));
    const c = parseConfig(imageConfig, containerEnv, 'docker/container.yaml');
    expect([c.receiver.grpc.host, c.receiver.http.host, c.api.host]).toEqual(['0.0.0.0', '0.0.0.0', '0.0.0.0']);
    expect(c.receiver.auth.bearer_tokens).toEqual(['otlp-secret']);
    expect(c.api.auth.bearer_tokens).toEqual(['api-secret']);
    expect(c.receiver.allow_unauthenticated || c.api.allow_unauthenticated).toBe(false);
    // Prometheus reaches the API by its service name, which must pass the Host check.
    expect(c.api.allowed_hosts).toContain('homeostat');
    // compose itself stops when a token is missing from .env ...
    for (const name of Object.keys(dotEnv)) {
      expect(() => composeResolve(String(env[name]), { ...dotEnv, [name]: '' }), name).toThrow(new RegExp(name));
    }
    // ... and so does the container when it is run without them.
    expect(() => parseConfig(imageConfig, {}, 'docker/container.yaml')).toThrow(ConfigError);
    // The gateway Collector sends the same token.
    expect(envOf('otel-collector').HOMEOSTAT_TOKEN).toBe(env.HOMEOSTAT_TOKEN);
  });

  it('has Prometheus scrape Homeostat\'s /metrics', () => {
    const m = mounts('prometheus').find((v) => v.target === '/etc/prometheus/prometheus.yml');
    expect(m).toBeDefined();
    const prom = readYaml(m!.source);
    const job = prom.scrape_configs.find((j: any) => j.static_configs?.some((s: any) => s.targets.includes(`homeostat:${defaults.api.port}`)));
    expect(job).toBeDefined();
    expect(job.metrics_path ?? '/metrics').toBe('/metrics');
  });

  it('installs the ClickHouse plugin in Grafana and mounts provisioning and dashboards', () => {
    const env = envOf('grafana');
    const plugins = [env.GF_INSTALL_PLUGINS, env.GF_PLUGINS_PREINSTALL_SYNC, env.GF_PLUGINS_PREINSTALL].join(',');
    expect(plugins).toContain('grafana-clickhouse-datasource');
    const targets = Object.fromEntries(mounts('grafana').map((m) => [m.source, m.target]));
    expect(targets['./grafana/provisioning']).toBe('/etc/grafana/provisioning');
    const provider = readYaml('grafana/provisioning/dashboards/dashboards.yaml').providers[0];
    expect(targets['./grafana/dashboards']).toBe(provider.options.path);
  });

  it('gives Grafana every variable its datasource provisioning reads', () => {
    const text = readText('grafana/provisioning/datasources/datasources.yaml').replace(/#[^\n]*/g, '');
    const vars = [...text.matchAll(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g)].map((m) => m[1]);
    expect(vars.length).toBeGreaterThan(0);
    const env = envOf('grafana');
    for (const v of vars) expect(env[v], v).toBeDefined();
    // ...and with the values the servers were created with.
    expect(env.CLICKHOUSE_PASSWORD).toBe(envOf('clickhouse').CLICKHOUSE_PASSWORD);
    expect(env.POSTGRES_PASSWORD).toBe(envOf('postgres').POSTGRES_PASSWORD);
  });
});

// The recovery catalog: which actions exist, how risky each is, what it needs before it runs,
// which typed parameters it takes, how it is undone and verified, and which executor carries it
// out for which service. The document's six actions are built in (risk and prior success rate);
// a YAML file adds actions, binds them to executors and overrides what it names.
//
// Trust boundary: the catalog file is the operator's; telemetry only ever supplies parameter
// values (the target service, the event id, the category), and those pass the action's zod
// schema before they are put into a URL path, a request body or one argv element. Hosts,
// programs and header secrets come from the file (and the environment it names), never from
// telemetry; a template that would let a parameter reach a URL's origin is refused at load.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { RiskLevel } from './options.ts';
import type { AssignedCategory, Diagnosis } from '../records.ts';
import { CATEGORIES } from '../records.ts';
import { precheckCluster } from './kube.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpExecutorSpec {
  kind: 'http';
  method: HttpMethod;
  /** `{{param}}` placeholders only after the origin; catalog vars already substituted. */
  url: string;
  /** Resolved at load (secrets from the environment): never logged or audited. */
  headers: Record<string, string>;
  /** JSON body template; string leaves may hold `{{param}}`. */
  body?: unknown;
  timeoutMs: number;
  /** Statuses that mean the action was accepted; empty: any 2xx. */
  expectStatus: number[];
}

export interface CommandExecutorSpec {
  kind: 'command';
  /** Literal, and on the configured allow-list. */
  program: string;
  /** Each element may hold `{{param}}`; it stays one argv element (no shell ever runs). */
  args: string[];
  env: Record<string, string>;
  timeoutMs: number;
  maxOutputBytes: number;
}

/** How the kubernetes executor reaches the API server (the catalog file's top-level `kubernetes`). */
export interface KubeClusterSpec {
  /** The pod's service account (KUBERNETES_SERVICE_HOST/PORT and the mounted token and CA). */
  inCluster: boolean;
  /** Filesystem root the service account mount is found under ('' in a pod). */
  inClusterRoot: string;
  /** A kubeconfig file; absent: KUBECONFIG or ~/.kube/config, as kubectl reads them. */
  kubeconfig?: string;
  /** A kubeconfig context other than the current one. */
  context?: string;
}

export type KubeOperation = 'rollout_restart' | 'scale' | 'rollout_undo' | 'check_replicas' | 'check_previous_revision';

export interface KubernetesExecutorSpec {
  kind: 'kubernetes';
  cluster: KubeClusterSpec;
  /** Literal names from the file: telemetry never picks what is touched. */
  namespace: string;
  deployment: string;
  operation: KubeOperation;
  /** scale: the replica count, a number or exactly one `{{param}}` of a declared integer parameter. */
  replicas?: number | string;
  /** scale: added to the current count (negative: removed), kept within minReplicas..maxReplicas. */
  changeBy?: number;
  minReplicas: number;
  maxReplicas: number;
  /** check_replicas: available replicas the deployment must have. */
  atLeast?: number;
  timeoutMs: number;
}

export type ExecutorSpec = HttpExecutorSpec | CommandExecutorSpec | KubernetesExecutorSpec;

export interface Binding {
  /** A service name or a glob (`*`, `pay*`). */
  service: string;
  executor: ExecutorSpec;
}

/** A check run before the action: the action runs only when every one succeeds. */
export interface Prerequisite {
  name: string;
  executor: ExecutorSpec;
}

export interface ActionDef {
  name: string;
  description: string;
  risk: RiskLevel;
  /** The catalog's prior success rate (the document's figure for the built-ins). */
  priorSuccessRate: number;
  prerequisites: Prerequisite[];
  /** The declared parameters, as written (stored in recovery_actions.configuration). */
  parameterSpec: Record<string, ParamSpec>;
  parameters: z.ZodType<Record<string, unknown>>;
  /** Name of the action that undoes this one, run with the same parameters. */
  rollback: string | null;
  verification: { withinMs: number; series: 'incident' };
  bindings: Binding[];
  builtin: boolean;
}

export interface Scenario {
  name: string;
  category: AssignedCategory;
  /**
   * Services (names or globs) the scenario is for, the target's or the root cause's (a database
   * or an external API named as the root while the action goes to the service that calls it);
   * empty: any.
   */
  services?: string[];
  /** Probable causes or diagnosis rule ids; empty matches every diagnosis of the category. */
  causes: string[];
  actions: string[];
}

export interface Catalog {
  actions: Map<string, ActionDef>;
  scenarios: Scenario[];
}

/** The document's six actions (Recovery Action Framework): risk and prior success rate. */
export const BUILTIN_ACTIONS: ReadonlyArray<{ name: string; risk: RiskLevel; successRate: number; description: string }> = [
  { name: 'restart_service', risk: 'MEDIUM', successRate: 0.85, description: 'Restart the affected service (a fresh instance takes the traffic).' },
  { name: 'clear_cache', risk: 'LOW', successRate: 0.95, description: 'Empty the service cache.' },
  { name: 'scale_resources', risk: 'LOW', successRate: 0.9, description: 'Give the service more CPU and memory or instances.' },
  { name: 'rollback_deployment', risk: 'HIGH', successRate: 0.8, description: 'Return the service to its previous deployment.' },
  { name: 'reset_connection_pool', risk: 'LOW', successRate: 0.92, description: 'Replace the database connection pool.' },
  { name: 'update_configuration', risk: 'MEDIUM', successRate: 0.75, description: 'Apply the last known good configuration.' },
];

/** The document's recovery scenarios as candidate lists; a catalog file's scenarios come first. */
export const DEFAULT_SCENARIOS: Scenario[] = [
  { name: 'database connection issues', category: 'DATABASE', causes: [], actions: ['reset_connection_pool', 'switch_to_backup_database', 'restart_service'] },
  { name: 'authentication failures', category: 'AUTHENTICATION', causes: [], actions: ['refresh_tokens', 'clear_cache', 'restart_service'] },
  { name: 'performance degradation', category: 'PERFORMANCE', causes: [], actions: ['scale_resources', 'clear_cache', 'restart_service'] },
  { name: 'api endpoint failures', category: 'API', causes: [], actions: ['restart_service', 'route_to_healthy_instances', 'enable_circuit_breaker'] },
];

const DEFAULT_VERIFY_MS = 60_000;
const DEFAULT_EXEC_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_OUTPUT = 4096;
/** What a string parameter may hold when its declaration names no enum or pattern. */
const SAFE_STRING = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,252}$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const VAR = /\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** `${env:NAME}` or `${env:NAME:-default}` in a var. */
const ENV = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

const durationText = z
  .union([z.string().regex(/^\d+(ms|s|m|h)$/, 'a duration like 500ms, 30s, 5m'), z.number().positive()])
  .transform((v) => (typeof v === 'number' ? v : toMs(v)));

const paramSpec = z.strictObject({
  type: z.enum(['string', 'integer', 'number', 'boolean']),
  enum: z.array(z.union([z.string(), z.number()])).optional(),
  pattern: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  description: z.string().optional(),
});
export type ParamSpec = z.infer<typeof paramSpec>;

const secretHeader = z.strictObject({ secret_env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) });
const httpSpec = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
  url: z.string().min(1),
  headers: z.record(z.string(), z.union([z.string(), secretHeader])).default({}),
  body: z.unknown().optional(),
  timeout: durationText.optional(),
  expect_status: z.array(z.number().int().min(100).max(599)).default([]),
});
const commandSpec = z.strictObject({
  program: z.string().min(1),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  timeout: durationText.optional(),
  max_output_bytes: z.number().int().positive().max(1 << 20).default(DEFAULT_MAX_OUTPUT),
});
/** RFC 1123 label (a namespace) and subdomain (a deployment name), as Kubernetes validates them. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const kubernetesSpec = z.strictObject({
  namespace: z.string().min(1).max(63),
  deployment: z.string().min(1).max(253),
  operation: z.enum(['rollout_restart', 'scale', 'rollout_undo', 'check_replicas', 'check_previous_revision']),
  replicas: z.union([z.number().int().min(0), z.string()]).optional(),
  change_by: z.number().int().refine((v) => v !== 0, 'not 0').optional(),
  min_replicas: z.number().int().min(0).default(1),
  max_replicas: z.number().int().min(1).default(20),
  at_least: z.number().int().min(1).optional(),
  timeout: durationText.optional(),
});
const kubernetesCluster = z.strictObject({
  in_cluster: z.boolean().default(false),
  in_cluster_root: z.string().default(''),
  kubeconfig: z.string().min(1).optional(),
  context: z.string().min(1).optional(),
});
const executorChoice = { http: httpSpec.optional(), command: commandSpec.optional(), kubernetes: kubernetesSpec.optional() };

const actionFile = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'snake_case, starting with a letter'),
  description: z.string().optional(),
  risk: z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).optional(),
  success_rate: z.number().min(0).max(1).optional(),
  parameters: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), paramSpec).default({}),
  prerequisites: z.array(z.strictObject({ name: z.string().min(1), ...executorChoice })).default([]),
  rollback: z.string().nullable().default(null),
  verification: z.strictObject({ within: durationText.optional(), series: z.literal('incident').default('incident') }).prefault({}),
  executors: z.array(z.strictObject({ service: z.string().min(1), ...executorChoice })).default([]),
});

const catalogFile = z.strictObject({
  version: z.literal(1).default(1),
  /** Text substituted as `{{vars.name}}` anywhere in the file's templates; `${env:NAME}` (or `${env:NAME:-default}`) reads the environment. */
  vars: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string()).default({}),
  /** Where the kubernetes executors' API server is; needed only when an action uses one. */
  kubernetes: kubernetesCluster.optional(),
  actions: z.array(actionFile).default([]),
  scenarios: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        category: z.enum(CATEGORIES),
        services: z.array(z.string().min(1)).default([]),
        causes: z.array(z.string().min(1)).default([]),
        actions: z.array(z.string().min(1)).min(1),
      }),
    )
    .default([]),
  /** true: the document's default scenarios are kept after the file's own. */
  default_scenarios: z.boolean().default(true),
});

export interface CatalogLoadOptions {
  commandAllowlist: string[];
  /** Upper bound for any executor timeout (recovery_timeout). */
  maxTimeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

export class CatalogError extends Error {}

/** The built-in actions with no file: they exist (and are stored) but are bound to no executor. */
export function builtinCatalog(): Catalog {
  return buildCatalog({ version: 1, vars: {}, actions: [], scenarios: [], default_scenarios: true }, { commandAllowlist: [], maxTimeoutMs: 300_000 }, '(built-in)');
}

export function loadCatalogFile(path: string, opts: CatalogLoadOptions): Catalog {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CatalogError(`recovery catalog ${path}: ${(err as Error).message}`);
  }
  return parseCatalog(text, opts, path);
}

export function parseCatalog(text: string, opts: CatalogLoadOptions, where = 'recovery catalog'): Catalog {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new CatalogError(`${where}: not valid YAML: ${(err as Error).message}`);
  }
  const r = catalogFile.safeParse(raw ?? {});
  if (!r.success) {
    const i = r.error.issues[0];
    throw new CatalogError(`${where}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  return buildCatalog(r.data, opts, where);
}

type CatalogFile = z.output<typeof catalogFile>;

function buildCatalog(file: CatalogFile, opts: CatalogLoadOptions, where: string): Catalog {
  const env = opts.env ?? process.env;
  const vars = Object.fromEntries(Object.entries(file.vars).map(([k, v]) => [k, v.replace(ENV, (_m, name: string, dflt?: string) => (dflt !== undefined && !env[name] ? dflt : need(env, name, `${where}: vars.${k}`)))]));
  const actions = new Map<string, ActionDef>();
  for (const b of BUILTIN_ACTIONS) {
    actions.set(b.name, {
      name: b.name,
      description: b.description,
      risk: b.risk,
      priorSuccessRate: b.successRate,
      prerequisites: [],
      parameterSpec: {},
      parameters: paramSchema({}),
      rollback: null,
      verification: { withinMs: DEFAULT_VERIFY_MS, series: 'incident' },
      bindings: [],
      builtin: true,
    });
  }
  file.actions.forEach((a, i) => {
    const at = `${where}: actions.${i} (${a.name})`;
    const base = actions.get(a.name);
    if (!base && !a.risk) throw new CatalogError(`${at}: risk is required for an action that is not built in`);
    const declared = new Set(['service', 'event_id', 'category', ...Object.keys(a.parameters)]);
    const exec = (e: { http?: z.output<typeof httpSpec>; command?: z.output<typeof commandSpec>; kubernetes?: z.output<typeof kubernetesSpec> }, path: string): ExecutorSpec => {
      if ((e.http ? 1 : 0) + (e.command ? 1 : 0) + (e.kubernetes ? 1 : 0) !== 1) throw new CatalogError(`${path}: exactly one of http, command or kubernetes`);
      if (e.kubernetes) return kubernetesExecutor(e.kubernetes, file.kubernetes, vars, a.parameters, opts, path);
      return e.http ? httpExecutor(e.http, vars, declared, env, opts, path) : commandExecutor(e.command!, vars, declared, opts, path);
    };
    actions.set(a.name, {
      name: a.name,
      description: a.description ?? base?.description ?? '',
      risk: a.risk ?? base!.risk,
      priorSuccessRate: a.success_rate ?? base?.priorSuccessRate ?? 0.5,
      prerequisites: a.prerequisites.map((p, j) => ({ name: p.name, executor: exec(p, `${at}.prerequisites.${j}`) })),
      parameterSpec: a.parameters,
      parameters: paramSchema(a.parameters, `${at}.parameters`),
      rollback: a.rollback,
      verification: { withinMs: a.verification.within ?? DEFAULT_VERIFY_MS, series: a.verification.series },
      bindings: a.executors.map((e, j) => ({ service: e.service, executor: exec(e, `${at}.executors.${j}`) })),
      builtin: base?.builtin ?? false,
    });
  });
  for (const a of actions.values()) {
    if (a.rollback !== null && !actions.has(a.rollback)) throw new CatalogError(`${where}: action ${a.name}: rollback names unknown action ${a.rollback}`);
  }
  // A cluster description that cannot work fails now (the rest of it when the stage starts), not at the first incident.
  if (file.kubernetes && [...actions.values()].some((a) => [...a.bindings.map((b) => b.executor), ...a.prerequisites.map((p) => p.executor)].some((e) => e.kind === 'kubernetes'))) {
    try {
      precheckCluster(kubeClusterOf(file.kubernetes));
    } catch (err) {
      throw new CatalogError(`${where}: kubernetes: ${(err as Error).message}`);
    }
  }
  const scenarios = [...file.scenarios, ...(file.default_scenarios ? DEFAULT_SCENARIOS : [])];
  return { actions, scenarios };
}

/**
 * Ordered candidate action names for a diagnosis: every scenario whose category matches, whose
 * services (if it lists any) match the target or the root cause, and whose causes (if it lists
 * any) name one of the diagnosis's probable causes or its rule, in file order, then the rule's
 * own recommended actions that the catalog knows; each once.
 */
export function candidateActions(catalog: Catalog, d: Pick<Diagnosis, 'category' | 'probableCauses' | 'recommendedActions' | 'rule'>, targetService: string, rootService?: string): string[] {
  const out: string[] = [];
  const add = (n: string) => {
    if (catalog.actions.has(n) && !out.includes(n)) out.push(n);
  };
  const causes = new Set([...d.probableCauses, ...(d.rule.id ? [d.rule.id] : [])]);
  for (const s of catalog.scenarios) {
    if (s.category !== d.category) continue;
    if (s.services && s.services.length > 0 && !s.services.some((g) => globMatch(g, targetService) || (rootService !== undefined && globMatch(g, rootService)))) continue;
    if (s.causes.length > 0 && !s.causes.some((c) => causes.has(c))) continue;
    s.actions.forEach(add);
  }
  d.recommendedActions.forEach(add);
  return out;
}

/** The first binding whose service (or glob) matches the target. */
export function bindingFor(action: ActionDef, service: string): Binding | undefined {
  return action.bindings.find((b) => globMatch(b.service, service));
}

export function globMatch(glob: string, name: string): boolean {
  const re = new RegExp(`^${glob.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

/** Validated parameters for one run: the action's schema over the context and the declared defaults. */
export function actionParameters(action: ActionDef, context: { service: string; eventId: string; category: string }): { ok: true; params: Record<string, unknown> } | { ok: false; reason: string } {
  const r = action.parameters.safeParse({ service: context.service, event_id: context.eventId, category: context.category });
  if (r.success) return { ok: true, params: r.data };
  const i = r.error.issues[0];
  return { ok: false, reason: `parameter ${i.path.join('.')} refused: ${i.message}` };
}

function paramSchema(spec: Record<string, ParamSpec>, where = ''): z.ZodType<Record<string, unknown>> {
  // The context values every action gets; each is checked like a declared parameter.
  const shape: Record<string, z.ZodType> = {
    service: z.string().regex(SAFE_STRING, 'not a plain service name'),
    event_id: z.guid(),
    category: z.enum([...CATEGORIES, 'UNKNOWN']),
  };
  for (const [name, p] of Object.entries(spec)) {
    let t: z.ZodType;
    if (p.type === 'string') {
      let s = z.string();
      if (p.pattern !== undefined) {
        let re: RegExp;
        try {
          re = new RegExp(p.pattern);
        } catch (err) {
          throw new CatalogError(`${where}.${name}.pattern: ${(err as Error).message}`);
        }
        s = s.regex(re, `does not match ${p.pattern}`);
      } else if (!p.enum) s = s.regex(SAFE_STRING, 'not a plain name (declare a pattern to allow more)');
      t = p.enum ? s.refine((v) => p.enum!.includes(v), `one of ${p.enum.join(', ')}`) : s;
    } else if (p.type === 'boolean') {
      t = z.boolean();
    } else {
      let n = p.type === 'integer' ? z.number().int() : z.number();
      if (p.min !== undefined) n = n.min(p.min);
      if (p.max !== undefined) n = n.max(p.max);
      t = p.enum ? n.refine((v) => p.enum!.includes(v), `one of ${p.enum.join(', ')}`) : n;
    }
    shape[name] = p.default !== undefined ? t.default(p.default as never) : t;
  }
  return z.object(shape) as unknown as z.ZodType<Record<string, unknown>>;
}

function httpExecutor(h: z.output<typeof httpSpec>, vars: Record<string, string>, declared: Set<string>, env: NodeJS.ProcessEnv, opts: CatalogLoadOptions, at: string): HttpExecutorSpec {
  const url = substituteVars(h.url, vars, `${at}.http.url`);
  checkPlaceholders(url, declared, `${at}.http.url`);
  // The origin is decided by the file alone: a parameter may fill the path or the query only.
  const m = /^(https?):\/\/([^/?#]*)/.exec(url);
  if (!m) throw new CatalogError(`${at}.http.url: must start with http:// or https:// and a host`);
  if (/\{\{/.test(m[2])) throw new CatalogError(`${at}.http.url: the host may not come from a parameter`);
  try {
    new URL(url.replace(PLACEHOLDER, 'x'));
  } catch {
    throw new CatalogError(`${at}.http.url: not a valid URL`);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(h.headers)) headers[k] = typeof v === 'string' ? substituteVars(v, vars, `${at}.http.headers.${k}`) : need(env, v.secret_env, `${at}.http.headers.${k}`);
  if (h.body !== undefined) walkStrings(h.body, (s) => checkPlaceholders(substituteVars(s, vars, `${at}.http.body`), declared, `${at}.http.body`));
  return {
    kind: 'http',
    method: h.method,
    url,
    headers,
    ...(h.body !== undefined ? { body: mapStrings(h.body, (s) => substituteVars(s, vars, `${at}.http.body`)) } : {}),
    timeoutMs: Math.min(h.timeout ?? DEFAULT_EXEC_TIMEOUT_MS, opts.maxTimeoutMs),
    expectStatus: h.expect_status,
  };
}

function kubernetesExecutor(
  k: z.output<typeof kubernetesSpec>,
  cluster: z.output<typeof kubernetesCluster> | undefined,
  vars: Record<string, string>,
  declared: Record<string, ParamSpec>,
  opts: CatalogLoadOptions,
  at: string,
): KubernetesExecutorSpec {
  const where = `${at}.kubernetes`;
  if (!cluster) throw new CatalogError(`${where}: the catalog file needs a top-level kubernetes section (in_cluster, or kubeconfig and context)`);
  const namespace = substituteVars(k.namespace, vars, `${where}.namespace`);
  const deployment = substituteVars(k.deployment, vars, `${where}.deployment`);
  // What is acted on is the operator's choice alone: no parameter reaches a name.
  if (/\{\{/.test(namespace) || /\{\{/.test(deployment)) throw new CatalogError(`${where}: namespace and deployment may not come from a parameter`);
  if (!DNS_LABEL.test(namespace) || namespace.length > 63) throw new CatalogError(`${where}.namespace: ${namespace} is not a valid namespace name`);
  if (!DNS_SUBDOMAIN.test(deployment) || deployment.length > 253) throw new CatalogError(`${where}.deployment: ${deployment} is not a valid deployment name`);
  let replicas: number | string | undefined = k.replicas;
  if (k.operation === 'scale') {
    if ((replicas === undefined) === (k.change_by === undefined)) throw new CatalogError(`${where}: scale needs exactly one of replicas or change_by`);
    if (k.min_replicas > k.max_replicas) throw new CatalogError(`${where}: min_replicas is above max_replicas`);
    if (typeof replicas === 'string') {
      const m = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(substituteVars(replicas, vars, `${where}.replicas`));
      if (m && declared[m[1]]?.type === 'integer') replicas = `{{${m[1]}}}`;
      else if (/^\d+$/.test(replicas)) replicas = Number(replicas);
      else throw new CatalogError(`${where}.replicas: a number or one {{param}} of a declared integer parameter`);
    }
  } else if (replicas !== undefined || k.change_by !== undefined) {
    throw new CatalogError(`${where}: replicas and change_by belong to the scale operation`);
  }
  if (k.operation === 'check_replicas' && k.at_least === undefined) throw new CatalogError(`${where}: check_replicas needs at_least`);
  return {
    kind: 'kubernetes',
    cluster: kubeClusterOf(cluster),
    namespace,
    deployment,
    operation: k.operation,
    ...(replicas !== undefined ? { replicas } : {}),
    ...(k.change_by !== undefined ? { changeBy: k.change_by } : {}),
    minReplicas: k.min_replicas,
    maxReplicas: k.max_replicas,
    ...(k.at_least !== undefined ? { atLeast: k.at_least } : {}),
    timeoutMs: Math.min(k.timeout ?? DEFAULT_EXEC_TIMEOUT_MS, opts.maxTimeoutMs),
  };
}

function kubeClusterOf(c: z.output<typeof kubernetesCluster>): KubeClusterSpec {
  return { inCluster: c.in_cluster, inClusterRoot: c.in_cluster_root, ...(c.kubeconfig ? { kubeconfig: c.kubeconfig } : {}), ...(c.context ? { context: c.context } : {}) };
}

function commandExecutor(c: z.output<typeof commandSpec>, vars: Record<string, string>, declared: Set<string>, opts: CatalogLoadOptions, at: string): CommandExecutorSpec {
  const program = substituteVars(c.program, vars, `${at}.command.program`);
  if (/\{\{/.test(program)) throw new CatalogError(`${at}.command.program: the program may not come from a parameter`);
  if (!opts.commandAllowlist.includes(program)) {
    throw new CatalogError(`${at}.command.program: ${program} is not in self_healing.recovery.command_allowlist`);
  }
  const args = c.args.map((a, i) => {
    const s = substituteVars(a, vars, `${at}.command.args.${i}`);
    checkPlaceholders(s, declared, `${at}.command.args.${i}`);
    return s;
  });
  const env = Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, substituteVars(v, vars, `${at}.command.env.${k}`)]));
  for (const [k, v] of Object.entries(env)) checkPlaceholders(v, declared, `${at}.command.env.${k}`);
  return { kind: 'command', program, args, env, timeoutMs: Math.min(c.timeout ?? DEFAULT_EXEC_TIMEOUT_MS, opts.maxTimeoutMs), maxOutputBytes: c.max_output_bytes };
}

/** Fills `{{name}}` from validated parameters; `encode` for URL parts. */
export function fill(template: string, params: Record<string, unknown>, encode: (s: string) => string = (s) => s): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => encode(String(params[name])));
}

/** A body template with parameters in: a leaf that is exactly one placeholder keeps the value's type. */
export function fillBody(body: unknown, params: Record<string, unknown>): unknown {
  if (typeof body === 'string') {
    const whole = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(body);
    return whole ? params[whole[1]] : fill(body, params);
  }
  if (Array.isArray(body)) return body.map((b) => fillBody(b, params));
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fillBody(v, params)]));
  return body;
}

function substituteVars(s: string, vars: Record<string, string>, at: string): string {
  return s.replace(VAR, (_m, name: string) => {
    if (!(name in vars)) throw new CatalogError(`${at}: unknown var ${name}`);
    return vars[name];
  });
}

function checkPlaceholders(s: string, declared: Set<string>, at: string): void {
  for (const m of s.matchAll(PLACEHOLDER)) if (!declared.has(m[1])) throw new CatalogError(`${at}: {{${m[1]}}} is not a declared parameter`);
}

function need(env: NodeJS.ProcessEnv, name: string, at: string): string {
  const v = env[name];
  if (v === undefined || v === '') throw new CatalogError(`${at}: environment variable ${name} is not set`);
  return v;
}

function walkStrings(v: unknown, f: (s: string) => void): void {
  if (typeof v === 'string') f(v);
  else if (Array.isArray(v)) v.forEach((x) => walkStrings(x, f));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => walkStrings(x, f));
}

function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}

function toMs(text: string): number {
  const m = /^(\d+)(ms|s|m|h)$/.exec(text)!;
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
}

// The kubernetes executor: what `kubectl rollout restart`, `kubectl scale` and `kubectl rollout
// undo` do to a Deployment, made through @kubernetes/client-node, plus the two checks the
// catalog's prerequisites need ("has at least N available replicas", "a previous revision
// exists"). Namespace and deployment come from the catalog file; the only values a run supplies
// are validated parameters (a replica count), so telemetry never chooses what is touched.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AppsV1Api, KubeConfig, V1Deployment, V1PodTemplateSpec, V1ReplicaSet } from '@kubernetes/client-node';
import type { Catalog, KubeClusterSpec, KubernetesExecutorSpec } from './catalog.ts';
import type { ExecutorOutcome } from './executors.ts';

const REVISION = 'deployment.kubernetes.io/revision';
const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
/** Added by the deployment controller to each ReplicaSet's template; never part of a rollback target. */
const POD_TEMPLATE_HASH = 'pod-template-hash';
/**
 * Annotations a rollback keeps from the Deployment instead of taking them from the ReplicaSet
 * (the list kubectl's rollback uses): they describe the Deployment's own history and sizing.
 */
const KEEP_ON_ROLLBACK = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);
const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

type K8s = typeof import('@kubernetes/client-node');
let k8sModule: Promise<K8s> | undefined;
/** The client library takes seconds to import: only a catalog that uses it pays for it. */
function k8s(): Promise<K8s> {
  k8sModule ??= import('@kubernetes/client-node');
  return k8sModule;
}

/** What can be told about a cluster description without the client library (at catalog load). */
export function precheckCluster(c: KubeClusterSpec): void {
  if (c.inCluster) {
    if (!process.env.KUBERNETES_SERVICE_HOST || !process.env.KUBERNETES_SERVICE_PORT) throw new Error('in_cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set (not in a pod?)');
    if (!existsSync(`${c.inClusterRoot}${SERVICE_ACCOUNT}/token`)) throw new Error(`in_cluster: no service account token at ${c.inClusterRoot}${SERVICE_ACCOUNT}/token`);
  } else if (c.kubeconfig) {
    if (!existsSync(c.kubeconfig)) throw new Error(`kubeconfig ${c.kubeconfig} does not exist`);
  } else if (!process.env.KUBECONFIG && !existsSync(join(homedir(), '.kube', 'config')) && !existsSync(`${SERVICE_ACCOUNT}/token`)) {
    // The library would fall back to an unauthenticated http://localhost:8080; never act on a guess.
    throw new Error('no kubeconfig found (KUBECONFIG, ~/.kube/config) and no service account: set kubernetes.kubeconfig or kubernetes.in_cluster');
  }
}

/** Builds the client configuration the way kubectl finds it; throws a plain message when it cannot. */
export async function loadKubeConfig(c: KubeClusterSpec): Promise<KubeConfig> {
  precheckCluster(c);
  const kc = new (await k8s()).KubeConfig();
  if (c.inCluster) kc.loadFromCluster(c.inClusterRoot);
  else if (c.kubeconfig) kc.loadFromFile(c.kubeconfig);
  else kc.loadFromDefault();
  if (c.context) {
    if (!kc.getContextObject(c.context)) throw new Error(`kubeconfig has no context ${c.context}`);
    kc.setCurrentContext(c.context);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster?.server) throw new Error('no Kubernetes cluster is configured (no current context with a server)');
  return kc;
}

/**
 * Loads every cluster the catalog's kubernetes executors name (the recover stage's start), so a
 * kubeconfig without the named context or server fails at start, not at the first incident.
 */
export async function checkKubeClusters(catalog: Catalog): Promise<void> {
  for (const c of kubeClusters(catalog)) await appsApi(c);
}

export function kubeClusters(catalog: Catalog): KubeClusterSpec[] {
  const seen = new Map<string, KubeClusterSpec>();
  for (const a of catalog.actions.values()) {
    for (const e of [...a.bindings.map((b) => b.executor), ...a.prerequisites.map((p) => p.executor)]) if (e.kind === 'kubernetes') seen.set(JSON.stringify(e.cluster), e.cluster);
  }
  return [...seen.values()];
}

const clients = new Map<string, Promise<AppsV1Api>>();

function appsApi(c: KubeClusterSpec): Promise<AppsV1Api> {
  const key = JSON.stringify(c);
  let api = clients.get(key);
  if (!api) {
    api = (async () => (await loadKubeConfig(c)).makeApiClient((await k8s()).AppsV1Api))();
    // A failed load is not remembered: the next run tries again (a kubeconfig fixed meanwhile).
    api.catch(() => clients.delete(key));
    clients.set(key, api);
  }
  return api;
}

/** What an execution records of a kubernetes call. */
export function describeKube(spec: KubernetesExecutorSpec, params: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: 'kubernetes',
    operation: spec.operation,
    namespace: spec.namespace,
    deployment: spec.deployment,
    ...(spec.operation === 'scale' ? (spec.changeBy !== undefined ? { changeBy: spec.changeBy } : { replicas: replicasOf(spec, params) }) : {}),
    ...(spec.atLeast !== undefined ? { atLeast: spec.atLeast } : {}),
  };
}

export async function runKube(spec: KubernetesExecutorSpec, params: Record<string, unknown>): Promise<ExecutorOutcome> {
  const t0 = Date.now();
  const what = `${spec.operation} deployment ${spec.namespace}/${spec.deployment}`;
  const signal = AbortSignal.timeout(spec.timeoutMs);
  try {
    const api = await appsApi(spec.cluster);
    const lib = await k8s();
    const r = await withSignal(lib, signal, (o) => OPERATIONS[spec.operation](api, spec, params, o, lib));
    return { ok: r.ok, detail: `${what}: ${r.detail}`, output: r.output, ms: Date.now() - t0 };
  } catch (err) {
    const code = apiErrorCode(err);
    return { ok: false, detail: `${what} failed: ${explain(err, spec)}`, ...(code !== undefined ? { status: code } : {}), ms: Date.now() - t0 };
  }
}

type Options = ReturnType<K8s['setHeaderOptions']>;
type Result = { ok: boolean; detail: string; output?: string };
type Operation = (api: AppsV1Api, spec: KubernetesExecutorSpec, params: Record<string, unknown>, o: Options, lib: K8s) => Promise<Result>;

const OPERATIONS: Record<KubernetesExecutorSpec['operation'], Operation> = {
  // A new annotation value on the pod template makes the controller roll every pod; the
  // strategic merge keeps the template's other annotations.
  async rollout_restart(api, spec, _params, o, { setHeaderOptions, PatchStrategy }) {
    const at = new Date().toISOString();
    const body = { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: at } } } } };
    const d = await api.patchNamespacedDeployment({ name: spec.deployment, namespace: spec.namespace, body, fieldManager: 'homeostat' }, setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch, o));
    return { ok: true, detail: `restartedAt ${at} (generation ${d.metadata?.generation ?? '?'})` };
  },

  // Through the scale subresource, like kubectl scale. A relative change carries the
  // resourceVersion it was computed from, so a concurrent change answers 409 instead of being
  // overwritten.
  async scale(api, spec, params, o, { setHeaderOptions, PatchStrategy }) {
    const current = await api.readNamespacedDeploymentScale({ name: spec.deployment, namespace: spec.namespace }, o);
    const from = current.spec?.replicas ?? 0;
    let to: number;
    const metadata: { resourceVersion?: string } = {};
    if (spec.changeBy !== undefined) {
      to = Math.min(spec.maxReplicas, Math.max(spec.minReplicas, from + spec.changeBy));
      if (current.metadata?.resourceVersion) metadata.resourceVersion = current.metadata.resourceVersion;
    } else {
      to = replicasOf(spec, params);
      if (to < spec.minReplicas || to > spec.maxReplicas) return { ok: false, detail: `refused: ${to} replicas is outside ${spec.minReplicas}..${spec.maxReplicas}` };
    }
    if (to === from) return { ok: true, detail: `already at ${from} replicas (bounds ${spec.minReplicas}..${spec.maxReplicas})` };
    const body = { ...(metadata.resourceVersion ? { metadata } : {}), spec: { replicas: to } };
    const s = await api.patchNamespacedDeploymentScale({ name: spec.deployment, namespace: spec.namespace, body, fieldManager: 'homeostat' }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch, o));
    return { ok: true, detail: `replicas ${from} → ${s.spec?.replicas ?? to}` };
  },

  // As kubectl rollout undo: the ReplicaSet of the revision before the current one gives the
  // pod template back (without its pod-template-hash) and its annotations; the Deployment's
  // own history annotations stay. The patch also tests the resourceVersion it was computed
  // from, so a rollout that lands in between makes it fail (422) rather than undo the wrong one.
  async rollout_undo(api, spec, _params, o, { setHeaderOptions, PatchStrategy }) {
    const t = await rollbackTarget(api, spec, o);
    if ('missing' in t) return { ok: false, detail: t.missing };
    if (sameTemplate(t.template, t.deployment.spec?.template)) return { ok: false, detail: `the current template already matches revision ${t.revision}: nothing to roll back to` };
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(t.deployment.metadata?.annotations ?? {})) if (KEEP_ON_ROLLBACK.has(k)) annotations[k] = v;
    for (const [k, v] of Object.entries(t.replicaSet.metadata?.annotations ?? {})) if (!KEEP_ON_ROLLBACK.has(k)) annotations[k] = v;
    const body = [
      { op: 'test', path: '/metadata/resourceVersion', value: t.deployment.metadata?.resourceVersion },
      { op: 'replace', path: '/spec/template', value: t.template },
      { op: 'replace', path: '/metadata/annotations', value: annotations },
    ];
    await api.patchNamespacedDeployment({ name: spec.deployment, namespace: spec.namespace, body, fieldManager: 'homeostat' }, setHeaderOptions('Content-Type', PatchStrategy.JsonPatch, o));
    return { ok: true, detail: `rolled back from revision ${t.current} to revision ${t.revision} (replicaset ${t.replicaSet.metadata?.name})` };
  },

  async check_replicas(api, spec, _params, o) {
    const d = await api.readNamespacedDeployment({ name: spec.deployment, namespace: spec.namespace }, o);
    const available = d.status?.availableReplicas ?? 0;
    const want = spec.atLeast ?? 1;
    return { ok: available >= want, detail: `${available} available replica(s), ${want} needed` };
  },

  async check_previous_revision(api, spec, _params, o) {
    const t = await rollbackTarget(api, spec, o);
    if ('missing' in t) return { ok: false, detail: t.missing };
    return { ok: true, detail: `revision ${t.revision} (replicaset ${t.replicaSet.metadata?.name}) precedes the current revision ${t.current}` };
  },
};

type Target = { deployment: V1Deployment; replicaSet: V1ReplicaSet; template: V1PodTemplateSpec; revision: number; current: number } | { missing: string };

/** The ReplicaSet a rollback would return to: of those the Deployment controls, the highest revision below the current one. */
async function rollbackTarget(api: AppsV1Api, spec: KubernetesExecutorSpec, o: Options): Promise<Target> {
  const deployment = await api.readNamespacedDeployment({ name: spec.deployment, namespace: spec.namespace }, o);
  if (deployment.spec?.paused) return { missing: 'the deployment is paused (resume it before rolling back)' };
  const labels = deployment.spec?.selector?.matchLabels ?? {};
  const labelSelector = Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
  const list = await api.listNamespacedReplicaSet({ namespace: spec.namespace, ...(labelSelector ? { labelSelector } : {}) }, o);
  const uid = deployment.metadata?.uid;
  const owned = list.items
    .filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.controller && r.kind === 'Deployment' && (uid ? r.uid === uid : r.name === spec.deployment)))
    .map((rs) => ({ rs, revision: Number(rs.metadata?.annotations?.[REVISION]) }))
    .filter((x) => Number.isInteger(x.revision) && x.revision > 0)
    .sort((a, b) => b.revision - a.revision);
  const current = Number(deployment.metadata?.annotations?.[REVISION]) || owned[0]?.revision || 0;
  const prev = owned.find((x) => x.revision < current);
  if (!prev?.rs.spec?.template) return { missing: `no revision before the current one (${current || 'none'}) is kept` };
  const template = structuredClone(prev.rs.spec.template);
  if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH];
  return { deployment, replicaSet: prev.rs, template, revision: prev.revision, current };
}

function sameTemplate(a: V1PodTemplateSpec, b: V1PodTemplateSpec | undefined): boolean {
  if (!b) return false;
  const strip = (t: V1PodTemplateSpec) => {
    const c = structuredClone(t);
    if (c.metadata?.labels) delete c.metadata.labels[POD_TEMPLATE_HASH];
    return canonical(c);
  };
  return strip(a) === strip(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function replicasOf(spec: KubernetesExecutorSpec, params: Record<string, unknown>): number {
  if (typeof spec.replicas === 'number') return spec.replicas;
  const m = /^\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}$/.exec(spec.replicas ?? '');
  const v = m ? params[m[1]] : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error(`replicas parameter ${m?.[1] ?? '?'} is not an integer`);
  return v;
}

/** Every request of one run carries the run's deadline (and names the caller). */
function withSignal<T>(lib: K8s, signal: AbortSignal, f: (o: Options) => Promise<T>): Promise<T> {
  const base = lib.setHeaderMiddleware('User-Agent', 'homeostat-recover');
  const o: Options = {
    middleware: [
      {
        pre: (ctx) => {
          ctx.setSignal(signal);
          return base.pre(ctx);
        },
        post: base.post,
      },
    ],
    middlewareMergeStrategy: 'append',
  };
  return f(o);
}

/** The API server's own message (a Status object) when it gave one. */
function apiErrorCode(err: unknown): number | undefined {
  // The library's ApiException: a numeric code and the response body.
  const e = err as { code?: unknown; body?: unknown };
  return e && typeof e.code === 'number' && 'body' in e ? e.code : undefined;
}

function explain(err: unknown, spec: KubernetesExecutorSpec): string {
  const code = apiErrorCode(err);
  if (code !== undefined) {
    const raw = (err as { body?: unknown }).body;
    let body: { message?: string; reason?: string } = {};
    try {
      body = ((typeof raw === 'string' ? JSON.parse(raw) : raw) as typeof body) ?? {};
    } catch {
      // not a Status object
    }
    return `the API server answered ${code}${body.reason ? ` ${body.reason}` : ''}${body.message ? `: ${body.message}` : ''}`;
  }
  const e = err as Error;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return `timed out after ${spec.timeoutMs} ms`;
  return e?.message ?? String(err);
}

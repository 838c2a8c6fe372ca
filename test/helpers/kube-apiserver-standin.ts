// A stand-in for the Kubernetes API server (not a real one): the apps/v1 Deployment, its scale
// subresource and ReplicaSets, over HTTPS with a bearer token, answering the way the API
// reference and API conventions document it:
// - paths /apis/apps/v1/namespaces/{ns}/deployments/{name}[/scale] and .../replicasets (labelSelector);
// - PATCH needs a patch content type (application/json-patch+json, application/merge-patch+json,
//   application/strategic-merge-patch+json): anything else is 415 UnsupportedMediaType; a body
//   that is not JSON (or a JSON patch that is not an array of operations) is 400 BadRequest;
// - a failed JSON patch `test` operation or a path that does not exist is 422;
// - a stale metadata.resourceVersion in a merge patch is 409 Conflict;
// - an invalid result (negative replicas, template labels that do not match the selector) is 422 Invalid;
// - an unknown object is 404 NotFound, a missing or wrong token 401 Unauthorized;
// - errors are Status objects ({kind: Status, apiVersion: v1, status: Failure, message, reason, code}).
// Strategic merge is modelled for the maps the executor patches (annotations, labels): maps
// merge and lists are replaced, which is what strategic merge does for lists without a merge key.
// The controller's part is instant: a changed pod template gets a new ReplicaSet (or the
// matching old one) with the next revision; available replicas follow spec.replicas unless a
// test holds them down.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TestCerts } from './tls.ts';

export interface StandinRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string | null;
  authorization: string | null;
  body: unknown;
  status: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON objects of any shape
type Obj = Record<string, any>;

export interface DeploymentSeed {
  namespace: string;
  name: string;
  replicas: number;
  /** One image per revision, oldest first: each becomes a ReplicaSet; the last is current. */
  images: string[];
  paused?: boolean;
}

export interface KubeApiStandin {
  url: string;
  token: string;
  requests: StandinRequest[];
  deployment(namespace: string, name: string): Obj | undefined;
  replicaSets(namespace: string): Obj[];
  addDeployment(seed: DeploymentSeed): void;
  /** Holds status.availableReplicas at this number (null: follow spec.replicas). */
  holdAvailable(namespace: string, name: string, n: number | null): void;
  /** Runs once before the next PATCH is applied (a concurrent writer). */
  beforeNextPatch(f: () => void): void;
  /** A change made by someone else (bumps resourceVersion). */
  touch(namespace: string, name: string): void;
  stop(): Promise<void>;
}

const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'];

export async function startKubeApiStandin(certs: TestCerts, token = `standin-${randomUUID()}`): Promise<KubeApiStandin> {
  const deployments = new Map<string, Obj>();
  const replicaSets = new Map<string, Obj[]>();
  const held = new Map<string, number>();
  const requests: StandinRequest[] = [];
  let rv = 1000;
  let hook: (() => void) | null = null;
  const key = (ns: string, n: string) => `${ns}/${n}`;
  const nextRv = () => String(++rv);

  const available = (d: Obj) => held.get(key(d.metadata.namespace, d.metadata.name)) ?? d.spec.replicas;
  const refreshStatus = (d: Obj) => {
    const n = available(d);
    d.status = { observedGeneration: d.metadata.generation, replicas: d.spec.replicas, updatedReplicas: d.spec.replicas, readyReplicas: n, availableReplicas: n };
  };

  /** The controller's reaction to a pod template: reuse the ReplicaSet with that template or make one, give it the next revision. */
  const rollout = (d: Obj) => {
    const ns = d.metadata.namespace;
    const list = replicaSets.get(ns) ?? [];
    replicaSets.set(ns, list);
    const owned = list.filter((rs) => rs.metadata.ownerReferences?.[0]?.uid === d.metadata.uid);
    const hash = createHash('sha256').update(canonical(d.spec.template)).digest('hex').slice(0, 10);
    const max = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations['deployment.kubernetes.io/revision'])));
    let rs = owned.find((x) => x.metadata.labels['pod-template-hash'] === hash);
    if (!rs) {
      rs = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${d.metadata.name}-${hash}`,
          namespace: ns,
          uid: randomUUID(),
          resourceVersion: nextRv(),
          labels: { ...d.spec.template.metadata.labels, 'pod-template-hash': hash },
          annotations: {} as Record<string, string>,
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }],
        },
        spec: {
          replicas: d.spec.replicas,
          selector: { matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash } },
          template: { ...structuredClone(d.spec.template), metadata: { ...structuredClone(d.spec.template.metadata), labels: { ...d.spec.template.metadata.labels, 'pod-template-hash': hash } } },
        },
      };
      list.push(rs);
    }
    const current = Number(rs.metadata.annotations['deployment.kubernetes.io/revision'] ?? 0);
    if (current !== max || max === 0) rs.metadata.annotations['deployment.kubernetes.io/revision'] = String(max + 1);
    d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': rs.metadata.annotations['deployment.kubernetes.io/revision'] };
  };

  const status = (res: ServerResponse, code: number, reason: string, message: string, details?: Obj) => {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code }));
    return code;
  };
  const ok = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
    return 200;
  };
  const scaleOf = (d: Obj) => ({
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name: d.metadata.name, namespace: d.metadata.namespace, uid: d.metadata.uid, resourceVersion: d.metadata.resourceVersion, creationTimestamp: d.metadata.creationTimestamp },
    spec: { replicas: d.spec.replicas },
    status: { replicas: d.spec.replicas, selector: Object.entries(d.spec.selector.matchLabels).map(([k, v]) => `${k}=${v}`).join(',') },
  });

  const handle = (req: IncomingMessage, raw: string, res: ServerResponse, rec: StandinRequest): number => {
    if (rec.authorization !== `Bearer ${token}`) return status(res, 401, 'Unauthorized', 'Unauthorized');
    const m = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/(deployments|replicasets)(?:\/([^/]+))?(?:\/(scale))?$/.exec(rec.path);
    if (!m) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    const [, ns, resource, name, sub] = m;
    if (resource === 'replicasets') {
      if (name || req.method !== 'GET') return status(res, 405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
      const want = (rec.query.labelSelector ?? '').split(',').filter(Boolean).map((s) => s.split('='));
      const items = (replicaSets.get(ns) ?? []).filter((rs) => want.every(([k, v]) => rs.metadata.labels?.[k] === v));
      return ok(res, { kind: 'ReplicaSetList', apiVersion: 'apps/v1', metadata: { resourceVersion: String(rv) }, items });
    }
    if (!name) return status(res, 405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    const d = deployments.get(key(ns, name));
    if (!d) return status(res, 404, 'NotFound', `deployments.apps "${name}" not found`, { name, group: 'apps', kind: 'deployments' });
    if (req.method === 'GET') return ok(res, sub ? scaleOf(d) : d);
    if (req.method !== 'PATCH') return status(res, 405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    const ct = (rec.contentType ?? '').split(';')[0].trim();
    if (!PATCH_TYPES.includes(ct)) {
      return status(res, 415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')}, application/apply-patch+yaml`);
    }
    let patch: unknown;
    try {
      patch = JSON.parse(raw);
    } catch (err) {
      return status(res, 400, 'BadRequest', `error decoding patch: ${(err as Error).message}`);
    }
    if (hook) {
      const h = hook;
      hook = null;
      h();
    }
    // Patches apply to the object as stored; for /scale, to its Scale view.
    const before = sub ? scaleOf(d) : structuredClone(d);
    let after: Obj;
    if (ct === 'application/json-patch+json') {
      if (!Array.isArray(patch)) return status(res, 400, 'BadRequest', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch');
      const r = applyJsonPatch(before, patch as Obj[]);
      if ('error' in r) return status(res, r.code, r.code === 422 ? 'Invalid' : 'BadRequest', r.error);
      after = r.doc;
    } else {
      if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return status(res, 400, 'BadRequest', 'json: cannot unmarshal array into Go value of type map[string]interface {}');
      const sent = (patch as Obj).metadata?.resourceVersion;
      if (sent !== undefined && sent !== d.metadata.resourceVersion) {
        return status(res, 409, 'Conflict', `Operation cannot be fulfilled on deployments.apps "${name}": the object has been modified; please apply your changes to the latest version and try again`, { name, group: 'apps', kind: 'deployments' });
      }
      after = mergePatch(before, patch as Obj);
    }
    if (sub) {
      const n = after.spec?.replicas;
      if (!Number.isInteger(n) || n < 0) return status(res, 422, 'Invalid', `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(n)}: must be greater than or equal to 0`);
      if (n !== d.spec.replicas) {
        d.spec.replicas = n;
        d.metadata.resourceVersion = nextRv();
        refreshStatus(d);
      }
      return ok(res, scaleOf(d));
    }
    const labels = after.spec?.template?.metadata?.labels ?? {};
    if (!Object.entries(after.spec?.selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v)) {
      return status(res, 422, 'Invalid', `Deployment.apps "${name}" is invalid: spec.template.metadata.labels: Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\``);
    }
    if (!Number.isInteger(after.spec?.replicas) || after.spec.replicas < 0) return status(res, 422, 'Invalid', `Deployment.apps "${name}" is invalid: spec.replicas: must be greater than or equal to 0`);
    const templateChanged = canonical(after.spec.template) !== canonical(d.spec.template);
    after.metadata = { ...after.metadata, name: d.metadata.name, namespace: ns, uid: d.metadata.uid, resourceVersion: nextRv(), generation: d.metadata.generation + (canonical(after.spec) !== canonical(d.spec) ? 1 : 0) };
    after.status = d.status;
    deployments.set(key(ns, name), after);
    if (templateChanged && !after.spec.paused) rollout(after);
    refreshStatus(after);
    return ok(res, after);
  };

  const server = createServer({ cert: readFileSync(certs.certFile), key: readFileSync(certs.keyFile) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const u = new URL(req.url ?? '/', 'https://standin');
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        // kept as text
      }
      const rec: StandinRequest = {
        method: req.method ?? '',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        contentType: req.headers['content-type'] ?? null,
        authorization: req.headers.authorization ?? null,
        body,
        status: 0,
      };
      requests.push(rec);
      rec.status = handle(req, raw, res, rec);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `https://127.0.0.1:${port}`,
    token,
    requests,
    deployment: (ns, n) => deployments.get(key(ns, n)),
    replicaSets: (ns) => replicaSets.get(ns) ?? [],
    addDeployment(seed) {
      const labels = { app: seed.name };
      const d: Obj = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: seed.name, namespace: seed.namespace, uid: randomUUID(), resourceVersion: nextRv(), generation: 1, creationTimestamp: new Date().toISOString(), annotations: {} },
        spec: {
          replicas: seed.replicas,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers: [{ name: seed.name, image: seed.images[0] }] } },
          ...(seed.paused ? { paused: true } : {}),
        },
      };
      deployments.set(key(seed.namespace, seed.name), d);
      rollout(d);
      for (const image of seed.images.slice(1)) {
        d.spec.template = { metadata: { labels }, spec: { containers: [{ name: seed.name, image }] } };
        d.metadata.generation++;
        rollout(d);
      }
      refreshStatus(d);
    },
    holdAvailable(ns, n, count) {
      if (count === null) held.delete(key(ns, n));
      else held.set(key(ns, n), count);
      const d = deployments.get(key(ns, n));
      if (d) refreshStatus(d);
    },
    beforeNextPatch(f) {
      hook = f;
    },
    touch(ns, n) {
      const d = deployments.get(key(ns, n));
      if (d) d.metadata.resourceVersion = nextRv();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** RFC 7386: objects merge, null removes, anything else replaces. */
function mergePatch(target: Obj, patch: Obj): Obj {
  const out: Obj = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (typeof v === 'object' && !Array.isArray(v)) out[k] = mergePatch(out[k], v as Obj);
    else out[k] = v;
  }
  return out;
}

/** RFC 6902 for the operations a client sends to a Deployment: test, replace, add, remove. */
function applyJsonPatch(doc: Obj, ops: Obj[]): { doc: Obj } | { error: string; code: number } {
  const out = structuredClone(doc);
  for (const op of ops) {
    if (typeof op?.path !== 'string' || !['test', 'replace', 'add', 'remove'].includes(op.op)) return { error: `Unexpected kind: ${op?.op}`, code: 400 };
    const parts = op.path.split('/').slice(1).map((p: string) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    let parent: Obj = out;
    for (const p of parts) {
      if (!parent || typeof parent[p] !== 'object') return { error: `${op.op} operation does not apply: doc is missing path: "${op.path}"`, code: 422 };
      parent = parent[p];
    }
    if (last === undefined) return { error: 'cannot patch the root', code: 422 };
    if (op.op === 'test') {
      if (canonical(parent[last]) !== canonical(op.value)) return { error: `testing value ${op.path} failed: test failed`, code: 422 };
    } else if (op.op === 'replace' || op.op === 'remove') {
      if (!(last in parent)) return { error: `${op.op} operation does not apply: doc is missing key: ${op.path}`, code: 422 };
      if (op.op === 'remove') delete parent[last];
      else parent[last] = structuredClone(op.value);
    } else {
      parent[last] = structuredClone(op.value);
    }
  }
  return { doc: out };
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Obj)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Obj)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

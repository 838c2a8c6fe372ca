// The kubernetes executor through @kubernetes/client-node against a stand-in API server (HTTPS,
// bearer token, the documented paths, patch content types and error answers): rollout restart,
// scale through the scale subresource, rollback to the previous revision as kubectl does it, the
// two prerequisite checks, kubeconfig and in-cluster credentials, and the catalog's refusals.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCatalog, RecoverStage, type Catalog } from '../../src/recover/index.ts';
import { openPostgres, type PostgresHandle } from '../../src/store/postgres/client.ts';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { describeCall, runExecutor } from '../../src/recover/executors.ts';
import type { ExecutorSpec } from '../../src/recover/catalog.ts';
import { checkKubeClusters } from '../../src/recover/kube.ts';
import { startKubeApiStandin, type KubeApiStandin } from '../helpers/kube-apiserver-standin.ts';
import { testInfra } from '../helpers/stages.ts';
import { makeCerts, type TestCerts } from '../helpers/tls.ts';
import { diagnosisFor, insertEvent, recoverOptions } from './helpers.ts';

let dir: string;
let certs: TestCerts;
let api: KubeApiStandin;
let kubeconfig: string;
const opts = { commandAllowlist: [], maxTimeoutMs: 10_000, env: {} };
const PARAMS = { service: 'checkout', event_id: '00000000-0000-4000-8000-000000000000', category: 'API' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'homeostat-kube-'));
  certs = makeCerts(dir);
  api = await startKubeApiStandin(certs);
  kubeconfig = writeKubeconfig('config', api.token);
});

afterAll(async () => {
  await api?.stop();
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  api.requests.splice(0);
});

function writeKubeconfig(name: string, token: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `apiVersion: v1
kind: Config
clusters:
  - name: standin
    cluster: { server: "${api.url}", certificate-authority: "${certs.caFile}" }
users:
  - name: homeostat
    user: { token: "${token}" }
contexts:
  - name: standin
    context: { cluster: standin, user: homeostat, namespace: default }
current-context: standin
`,
  );
  return file;
}

/** One action per operation, bound to `checkout` in namespace `shop` (names from the file, never from telemetry). */
function catalog(deployment: string, cluster = `kubeconfig: "${kubeconfig}"`, extra = ''): Catalog {
  return parseCatalog(
    `
kubernetes: { ${cluster} }
actions:
  - name: restart_service
    executors: [{ service: checkout, kubernetes: { namespace: shop, deployment: ${deployment}, operation: rollout_restart } }]
  - name: scale_resources
    executors: [{ service: checkout, kubernetes: { namespace: shop, deployment: ${deployment}, operation: scale, change_by: 2, max_replicas: 5 } }]
  - name: scale_to
    risk: LOW
    parameters: { replicas: { type: integer, min: 0, max: 10, default: 4 } }
    executors: [{ service: checkout, kubernetes: { namespace: shop, deployment: ${deployment}, operation: scale, replicas: "{{replicas}}", max_replicas: 10 } }]
  - name: rollback_deployment
    prerequisites:
      - { name: a previous deployment exists, kubernetes: { namespace: shop, deployment: ${deployment}, operation: check_previous_revision } }
    executors: [{ service: checkout, kubernetes: { namespace: shop, deployment: ${deployment}, operation: rollout_undo } }]
  - name: has_two
    risk: LOW
    executors: [{ service: checkout, kubernetes: { namespace: shop, deployment: ${deployment}, operation: check_replicas, at_least: 2 } }]
${extra}`,
    opts,
  );
}

function exec(c: Catalog, action: string): ExecutorSpec {
  return c.actions.get(action)!.bindings[0].executor;
}

function prereq(c: Catalog, action: string): ExecutorSpec {
  return c.actions.get(action)!.prerequisites[0].executor;
}

function params(c: Catalog, action: string): Record<string, unknown> {
  const r = c.actions.get(action)!.parameters.safeParse(PARAMS);
  if (!r.success) throw r.error;
  return r.data;
}

const patches = () => api.requests.filter((r) => r.method === 'PATCH');

describe('kubernetes executor', () => {
  it('restarts a rollout with the restartedAt annotation as a strategic merge patch, with the bearer token', async () => {
    api.addDeployment({ namespace: 'shop', name: 'checkout', replicas: 2, images: ['shop/checkout:1'] });
    const c = catalog('checkout');
    const before = api.deployment('shop', 'checkout')!.metadata.annotations['deployment.kubernetes.io/revision'];
    const o = await runExecutor(exec(c, 'restart_service'), params(c, 'restart_service'));
    expect(o.ok, o.detail).toBe(true);
    const [p] = patches();
    expect(p).toMatchObject({ path: '/apis/apps/v1/namespaces/shop/deployments/checkout', contentType: 'application/strategic-merge-patch+json', authorization: `Bearer ${api.token}`, status: 200 });
    const at = (p.body as { spec: { template: { metadata: { annotations: Record<string, string> } } } }).spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt'];
    expect(Number.isNaN(Date.parse(at))).toBe(false);
    const d = api.deployment('shop', 'checkout')!;
    expect(d.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBe(at);
    // The template changed, so the controller rolled a new ReplicaSet (a new revision): the pods are new.
    expect(Number(d.metadata.annotations['deployment.kubernetes.io/revision'])).toBe(Number(before) + 1);
    expect(describeCall(exec(c, 'restart_service'), {})).toEqual({ kind: 'kubernetes', operation: 'rollout_restart', namespace: 'shop', deployment: 'checkout' });
  });

  it('scales through the scale subresource: by a bounded step with the resourceVersion it read, or to a validated count', async () => {
    api.addDeployment({ namespace: 'shop', name: 'scaled', replicas: 2, images: ['shop/checkout:1'] });
    const c = catalog('scaled');
    let o = await runExecutor(exec(c, 'scale_resources'), params(c, 'scale_resources'));
    expect(o.ok, o.detail).toBe(true);
    expect(o.detail).toMatch(/replicas 2 → 4/);
    const [p] = patches();
    expect(p).toMatchObject({ path: '/apis/apps/v1/namespaces/shop/deployments/scaled/scale', contentType: 'application/merge-patch+json', status: 200 });
    expect(p.body).toEqual({ metadata: { resourceVersion: expect.any(String) }, spec: { replicas: 4 } });
    expect(api.deployment('shop', 'scaled')!.spec.replicas).toBe(4);
    // max_replicas 5 caps the next step.
    o = await runExecutor(exec(c, 'scale_resources'), params(c, 'scale_resources'));
    expect(o.detail).toMatch(/replicas 4 → 5/);
    // A writer in between: the API answers 409 and nothing is overwritten.
    api.beforeNextPatch(() => api.touch('shop', 'scaled'));
    api.deployment('shop', 'scaled')!.spec.replicas = 3;
    o = await runExecutor(exec(c, 'scale_resources'), params(c, 'scale_resources'));
    expect(o).toMatchObject({ ok: false, status: 409 });
    expect(o.detail).toMatch(/409 Conflict: Operation cannot be fulfilled/);
    expect(api.deployment('shop', 'scaled')!.spec.replicas).toBe(3);
    // An absolute count from a declared, validated parameter.
    o = await runExecutor(exec(c, 'scale_to'), params(c, 'scale_to'));
    expect(o.ok, o.detail).toBe(true);
    expect(api.deployment('shop', 'scaled')!.spec.replicas).toBe(4);
    expect(describeCall(exec(c, 'scale_to'), params(c, 'scale_to'))).toMatchObject({ operation: 'scale', replicas: 4 });
  });

  it('rolls back to the previous revision as kubectl does: its template without pod-template-hash, by a JSON patch guarded by resourceVersion', async () => {
    api.addDeployment({ namespace: 'shop', name: 'rolled', replicas: 2, images: ['shop/checkout:1', 'shop/checkout:2', 'shop/checkout:3-bad'] });
    const c = catalog('rolled');
    const image = () => api.deployment('shop', 'rolled')!.spec.template.spec.containers[0].image;
    expect(image()).toBe('shop/checkout:3-bad');
    const check = await runExecutor(prereq(c, 'rollback_deployment'), params(c, 'rollback_deployment'));
    expect(check.ok, check.detail).toBe(true);
    expect(check.detail).toMatch(/revision 2 .* current revision 3/);
    // Listing is by the deployment's selector.
    expect(api.requests.find((r) => r.path.endsWith('/replicasets'))?.query).toEqual({ labelSelector: 'app=rolled' });

    const o = await runExecutor(exec(c, 'rollback_deployment'), params(c, 'rollback_deployment'));
    expect(o.ok, o.detail).toBe(true);
    expect(o.detail).toMatch(/from revision 3 to revision 2/);
    const p = patches().at(-1)!;
    expect(p).toMatchObject({ path: '/apis/apps/v1/namespaces/shop/deployments/rolled', contentType: 'application/json-patch+json', status: 200 });
    const ops = p.body as Array<{ op: string; path: string; value: { metadata?: { labels?: Record<string, string> } } }>;
    expect(ops.map((x) => [x.op, x.path])).toEqual([
      ['test', '/metadata/resourceVersion'],
      ['replace', '/spec/template'],
      ['replace', '/metadata/annotations'],
    ]);
    expect(ops[1].value.metadata?.labels).toEqual({ app: 'rolled' });
    expect(image()).toBe('shop/checkout:2');
    // The controller reused revision 2's ReplicaSet as revision 4; undoing again goes back to 3, as kubectl's does.
    expect(api.deployment('shop', 'rolled')!.metadata.annotations['deployment.kubernetes.io/revision']).toBe('4');
    expect((await runExecutor(exec(c, 'rollback_deployment'), {})).ok).toBe(true);
    expect(image()).toBe('shop/checkout:3-bad');

    // A rollout landing between read and write fails the test operation (422) instead of being undone blindly.
    api.beforeNextPatch(() => api.touch('shop', 'rolled'));
    const raced = await runExecutor(exec(c, 'rollback_deployment'), {});
    expect(raced).toMatchObject({ ok: false, status: 422 });
    expect(image()).toBe('shop/checkout:3-bad');
  });

  it('checks the prerequisites: at least two available replicas, a previous revision to return to', async () => {
    api.addDeployment({ namespace: 'shop', name: 'single', replicas: 1, images: ['shop/checkout:1'] });
    const c = catalog('single');
    let o = await runExecutor(exec(c, 'has_two'), {});
    expect(o).toMatchObject({ ok: false });
    expect(o.detail).toMatch(/1 available replica\(s\), 2 needed/);
    o = await runExecutor(prereq(c, 'rollback_deployment'), {});
    expect(o.ok).toBe(false);
    expect(o.detail).toMatch(/no revision before the current one \(1\)/);
    // Nothing to return to: the rollback itself refuses too, without a PATCH.
    o = await runExecutor(exec(c, 'rollback_deployment'), {});
    expect(o.ok).toBe(false);
    expect(patches()).toEqual([]);

    api.addDeployment({ namespace: 'shop', name: 'pair', replicas: 2, images: ['shop/checkout:1'] });
    const c2 = catalog('pair');
    expect((await runExecutor(exec(c2, 'has_two'), {})).ok).toBe(true);
    api.holdAvailable('shop', 'pair', 1);
    expect((await runExecutor(exec(c2, 'has_two'), {})).ok).toBe(false);

    api.addDeployment({ namespace: 'shop', name: 'paused', replicas: 2, images: ['shop/checkout:1', 'shop/checkout:2'], paused: true });
    o = await runExecutor(prereq(catalog('paused'), 'rollback_deployment'), {});
    expect(o.detail).toMatch(/paused/);
  });

  it('reports the API server\'s answer: 404 for an unknown deployment, 401 for a wrong token, and the stand-in enforces patch content types', async () => {
    let o = await runExecutor(exec(catalog('nowhere'), 'restart_service'), {});
    expect(o).toMatchObject({ ok: false, status: 404 });
    expect(o.detail).toMatch(/404 NotFound: deployments.apps "nowhere" not found/);

    const bad = writeKubeconfig('bad-token', 'not-the-token');
    o = await runExecutor(exec(catalog('checkout', `kubeconfig: "${bad}"`), 'restart_service'), {});
    expect(o).toMatchObject({ ok: false, status: 401 });

    // What the stand-in refuses, asked directly: it is strict, so the executor's passing requests above mean something.
    const ca = certs.ca;
    const { request } = await import('node:https');
    const send = (contentType: string, body: string) =>
      new Promise<{ status: number; body: { reason?: string } }>((resolve, reject) => {
        const req = request(`${api.url}/apis/apps/v1/namespaces/shop/deployments/checkout`, { method: 'PATCH', ca, headers: { authorization: `Bearer ${api.token}`, 'content-type': contentType } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        });
        req.on('error', reject);
        req.end(body);
      });
    expect(await send('application/json', '{}')).toMatchObject({ status: 415, body: { reason: 'UnsupportedMediaType' } });
    expect(await send('application/merge-patch+json', '{not json')).toMatchObject({ status: 400, body: { reason: 'BadRequest' } });
    expect(await send('application/merge-patch+json', '{"spec":{"template":{"metadata":{"labels":{"app":"other"}}}}}')).toMatchObject({ status: 422, body: { reason: 'Invalid' } });
    expect(await send('application/merge-patch+json', '{"metadata":{"resourceVersion":"1"}}')).toMatchObject({ status: 409, body: { reason: 'Conflict' } });
  });

  it('uses the pod\'s service account in cluster: token and CA from the mount, host and port from the environment', async () => {
    const root = join(dir, 'pod');
    const sa = join(root, 'var/run/secrets/kubernetes.io/serviceaccount');
    mkdirSync(sa, { recursive: true });
    writeFileSync(join(sa, 'token'), api.token);
    writeFileSync(join(sa, 'ca.crt'), certs.ca);
    writeFileSync(join(sa, 'namespace'), 'shop');
    const port = new URL(api.url).port;
    const saved = { host: process.env.KUBERNETES_SERVICE_HOST, port: process.env.KUBERNETES_SERVICE_PORT };
    process.env.KUBERNETES_SERVICE_HOST = '127.0.0.1';
    process.env.KUBERNETES_SERVICE_PORT = port;
    try {
      const c = catalog('checkout', `in_cluster: true, in_cluster_root: "${root}"`);
      const o = await runExecutor(exec(c, 'restart_service'), {});
      expect(o.ok, o.detail).toBe(true);
      expect(patches()[0].authorization).toBe(`Bearer ${api.token}`);
    } finally {
      for (const [k, v] of [['KUBERNETES_SERVICE_HOST', saved.host], ['KUBERNETES_SERVICE_PORT', saved.port]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('refuses at load what would let telemetry or a typo choose the target', async () => {
    const one = (k: string, top = `kubernetes: { kubeconfig: "${kubeconfig}" }`) =>
      () => parseCatalog(`${top}\nactions: [{ name: restart_service, executors: [{ service: checkout, kubernetes: ${k} }] }]`, opts);
    expect(one('{ namespace: shop, deployment: "{{service}}", operation: rollout_restart }')).toThrow(/may not come from a parameter/);
    expect(one('{ namespace: Shop, deployment: checkout, operation: rollout_restart }')).toThrow(/not a valid namespace name/);
    expect(one('{ namespace: shop, deployment: checkout, operation: scale }')).toThrow(/exactly one of replicas or change_by/);
    expect(one('{ namespace: shop, deployment: checkout, operation: scale, replicas: "{{service}}" }')).toThrow(/declared integer parameter/);
    expect(one('{ namespace: shop, deployment: checkout, operation: rollout_restart }', '')).toThrow(/top-level kubernetes section/);
    expect(one('{ namespace: shop, deployment: checkout, operation: rollout_restart }', `kubernetes: { kubeconfig: "${join(dir, 'missing')}" }`)).toThrow(/kubeconfig .* does not exist/);
    // No kubeconfig named, none where kubectl looks, not in a pod: refused (the library would try an unauthenticated localhost:8080).
    const saved = { KUBECONFIG: process.env.KUBECONFIG, HOME: process.env.HOME };
    process.env.HOME = join(dir, 'empty-home');
    delete process.env.KUBECONFIG;
    try {
      expect(one('{ namespace: shop, deployment: checkout, operation: rollout_restart }', 'kubernetes: {}')).toThrow(/no kubeconfig found/);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    // The rest of the description is checked when the stage starts (loading the client library is not free).
    const noContext = one('{ namespace: shop, deployment: checkout, operation: rollout_restart }', `kubernetes: { kubeconfig: "${kubeconfig}", context: nope }`)();
    await expect(checkKubeClusters(noContext)).rejects.toThrow(/no context nope/);
    await expect(checkKubeClusters(catalog('checkout'))).resolves.toBeUndefined();
  });
});

describe('kubernetes executor in the recover stage', () => {
  let pg: PostgresHandle;
  beforeAll(async () => {
    pg = await openPostgres({ dataDir: join(dir, 'pg') });
    await migratePostgres(pg.pool);
  });
  afterAll(async () => {
    await pg?.close();
  });

  async function run(deployment: string): Promise<{ eventId: string; rows: () => Promise<Array<Record<string, unknown>>>; close: () => Promise<void>; stop: () => Promise<void> }> {
    const infra = testInfra({ pool: pg.pool });
    const c = parseCatalog(
      `
kubernetes: { kubeconfig: "${kubeconfig}" }
scenarios: [{ name: api, category: API, actions: [restart_service] }]
default_scenarios: false
actions:
  - name: restart_service
    prerequisites:
      - { name: service has at least 2 instances, kubernetes: { namespace: shop, deployment: ${deployment}, operation: check_replicas, at_least: 2 } }
    verification: { within: 10s }
    executors: [{ service: "*", kubernetes: { namespace: shop, deployment: ${deployment}, operation: rollout_restart } }]
`,
      opts,
    );
    const recover = new RecoverStage(recoverOptions(), { pool: pg.pool, ...infra, catalog: c });
    await recover.start();
    // One service per run: the per-target cooldown would (rightly) hold a second action on one target.
    const ev = await insertEvent(pg.pool, deployment);
    infra.bus.publish('diagnosis.made', diagnosisFor(ev, { category: 'API', probableCauses: [], rule: { id: null, category: 'API', confidence: 0.9 } }));
    return {
      eventId: ev.id,
      rows: async () => (await pg.pool.query(`SELECT e.execution_status, e.error_message, e.result, a.name FROM recovery_executions e JOIN recovery_actions a ON a.id = e.recovery_action_id WHERE error_event_id = $1 ORDER BY attempt`, [ev.id])).rows,
      close: async () => {
        await pg.pool.query(`UPDATE error_events SET status = 'closed', closed_at = now() WHERE id = $1`, [ev.id]);
        const now = Date.now();
        infra.bus.publish('event.closed', { ...ev, action: 'close', updatedAt: now, closedAt: now });
      },
      stop: async () => {
        await recover.stop();
        await infra.delivery.drained();
      },
    };
  }

  it('runs a rollout restart only when the deployment has two available replicas, and verifies it', async () => {
    api.addDeployment({ namespace: 'shop', name: 'lonely', replicas: 1, images: ['shop/checkout:1'] });
    const lonely = await run('lonely');
    await vi.waitFor(async () => expect((await lonely.rows())[0]?.execution_status).toBe('FAILED'), { timeout: 15_000, interval: 50 });
    expect((await lonely.rows())[0].error_message).toMatch(/prerequisite "service has at least 2 instances" not met \(.*1 available replica\(s\), 2 needed\)/);
    expect(patches()).toEqual([]);
    await lonely.stop();

    api.addDeployment({ namespace: 'shop', name: 'paired', replicas: 2, images: ['shop/checkout:1'] });
    const paired = await run('paired');
    await vi.waitFor(() => expect(patches().length).toBe(1), { timeout: 15_000, interval: 50 });
    expect(patches()[0]).toMatchObject({ path: '/apis/apps/v1/namespaces/shop/deployments/paired', contentType: 'application/strategic-merge-patch+json' });
    await paired.close();
    await vi.waitFor(async () => expect((await paired.rows())[0]?.execution_status).toBe('COMPLETED'), { timeout: 15_000, interval: 50 });
    expect((await paired.rows())[0].result).toMatchObject({ ok: true, detail: expect.stringMatching(/^rollout_restart deployment shop\/paired: restartedAt /) });
    await paired.stop();
  });
});

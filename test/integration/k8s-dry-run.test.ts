/**
 * Generated admission policies and the Tekton Tasks, created in a real kube-apiserver with
 * server-side dry-run (`dryRun=All`) and strict field validation, after applying the
 * CustomResourceDefinitions of the exact versions our other judges are built from, read from the
 * Go module cache (Kyverno v1.15.2, policy-controller v0.13.1, tektoncd/pipeline v1.6.0): the API
 * server's own structural-schema validation, pruning and unknown-field checks, instead of ajv.
 * Each CRD's conversion is set to None (no conversion webhook runs here; the generated objects
 * are created in the version they name, so nothing is converted).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { signet } from '../support/cli.ts';
import { CORPUS } from '../support/corpus.ts';
import { startKubeApiserver, type KubeApiserver } from '../support/kube-apiserver.ts';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Module directory in the Go module cache, downloading it if needed (verified against go.sum / sumdb). */
function moduleDir(module: string, version: string): string {
  const out = execFileSync('go', ['mod', 'download', '-json', `${module}@${version}`], { encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod' }, cwd: tmpdir() });
  return (JSON.parse(out) as { Dir: string }).Dir;
}

const CRD_FILES: [string, string, string[]][] = [
  ['github.com/kyverno/kyverno', 'v1.15.2', ['config/crds/kyverno/kyverno.io_clusterpolicies.yaml', 'config/crds/kyverno/kyverno.io_policies.yaml']],
  ['github.com/sigstore/policy-controller', 'v0.13.1', ['config/300-clusterimagepolicy.yaml', 'config/300-trustroot.yaml']],
  ['github.com/tektoncd/pipeline', 'v1.6.0', ['config/300-crds/300-task.yaml', 'config/300-crds/300-pipeline.yaml', 'config/300-crds/300-stepaction.yaml', 'config/300-crds/300-pipelinerun.yaml']],
];

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, unknown> };
/** kind -> [plural, namespaced] for what we create. */
const resources = new Map<string, { plural: string; namespaced: boolean }>([
  ['Role', { plural: 'roles', namespaced: true }],
  ['RoleBinding', { plural: 'rolebindings', namespaced: true }],
  ['ServiceAccount', { plural: 'serviceaccounts', namespaced: true }],
  ['Secret', { plural: 'secrets', namespaced: true }],
]);

let kube: KubeApiserver;
let dir: string;

function pathOf(o: Obj, namespace: string): string {
  const r = resources.get(o.kind);
  if (!r) throw new Error(`no resource known for kind ${o.kind}`);
  const prefix = o.apiVersion.includes('/') ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
  return r.namespaced ? `${prefix}/namespaces/${o.metadata.namespace ?? namespace}/${r.plural}` : `${prefix}/${r.plural}`;
}

/** Server-side dry-run create with strict field validation; returns the status and the server's message. */
async function dryRunCreate(o: Obj, namespace = 'ci'): Promise<{ status: number; message: string }> {
  const r = await kube.call('POST', `${pathOf(o, namespace)}?dryRun=All&fieldValidation=Strict`, o);
  return { status: r.status, message: String(r.body.message ?? '') };
}

async function docsOf(file: string): Promise<Obj[]> {
  return parseAllDocuments(await readFile(file, 'utf8')).map((d) => d.toJS() as Obj).filter((o) => o && typeof o === 'object' && o.kind);
}

before(async () => {
  kube = await startKubeApiserver();
  dir = await mkdtemp(join(tmpdir(), 'signet-dry-run-'));
  await kube.must('POST', '/api/v1/namespaces', { metadata: { name: 'ci' } });
  for (const [module, version, files] of CRD_FILES) {
    const src = moduleDir(module, version);
    for (const file of files) {
      for (const crd of await docsOf(join(src, file))) {
        const spec = crd.spec as { conversion?: unknown; names: { kind: string; plural: string }; scope: string };
        spec.conversion = { strategy: 'None' };
        await kube.must('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd);
        resources.set(spec.names.kind, { plural: spec.names.plural, namespaced: spec.scope === 'Namespaced' });
        // Established before use.
        for (let i = 0; ; i++) {
          const got = (await kube.must('GET', `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.metadata.name}`)) as { status?: { conditions?: { type: string; status: string }[] } };
          if (got.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True')) break;
          if (i > 150) throw new Error(`CRD ${crd.metadata.name} not established`);
          await sleep(100);
        }
      }
    }
  }
  // Keys and a trusted root for the trust policies (the public-good root from ../shared).
  execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', join(dir, 'k.key')]);
  execFileSync('openssl', ['ec', '-in', join(dir, 'k.key'), '-pubout', '-out', join(dir, 'cosign.pub')], { stdio: 'ignore' });
  await copyFile(join(CORPUS, 'cosign', 'trusted_root_pgi.json'), join(dir, 'trusted_root.json'));
  await writeFile(join(dir, 'trust.yaml'), `apiVersion: signet.dev/v1alpha1
kind: TrustPolicy
metadata: { name: dry-run }
spec:
  enforcement: Enforce
  rules:
    - name: any-key
      images: ["registry.example.com/team/**"]
      annotations: { pipeline: build }
      signers:
        - { name: ci, key: cosign.pub }
        - { name: cluster, key: "k8s://ci/signet-key" }
    - name: all-keys
      images: ["registry.example.com/base/*"]
      require: all
      signers:
        - { name: ci, key: cosign.pub }
        - { name: vault, key: "hashivault://release" }
    - name: keyless
      images: ["ghcr.io/example-org/**"]
      signers:
        - name: workflow
          trustedRoot: trusted_root.json
          identity: https://github.com/example-org/app/.github/workflows/release.yml@refs/heads/main
          issuer: https://token.actions.githubusercontent.com
    - name: keyless-regexp
      images: ["ghcr.io/other-org/*"]
      signers:
        - name: any-workflow
          trustedRoot: trusted_root.json
          identityRegexp: "^https://github.com/other-org/.*$"
          issuerRegexp: "^https://token.actions.githubusercontent.com$"
`);
  await writeFile(join(dir, 'trust-no-annotations.yaml'), (await readFile(join(dir, 'trust.yaml'), 'utf8')).replace('      annotations: { pipeline: build }\n', ''));
});

after(async () => {
  await kube?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the API server judges what signet generates', () => {
  // policy-controller cannot check signature annotations and signet refuses such rules for it, so
  // that target gets the same rules without annotations (and not the tekton story, which has them).
  const trustFiles = (target: string) => target === 'kyverno'
    ? [join(dir, 'trust.yaml'), join(ROOT, 'examples', 'github', 'trust.yaml'), join(ROOT, 'examples', 'tekton', 'trust.yaml')]
    : [join(dir, 'trust-no-annotations.yaml'), join(ROOT, 'examples', 'github', 'trust.yaml')];

  for (const target of ['kyverno', 'policy-controller'] as const) {
    test(`every ${target} policy signet generates is created by a server-side dry-run with strict validation`, async () => {
      let created = 0;
      for (const trust of trustFiles(target)) {
        const out = join(dir, `${target}-${created}.yaml`);
        const gen = await signet(['policy', target, '--policy', trust, '-o', out], { cwd: join(trust, '..') });
        assert.equal(gen.code, 0, `${relative(ROOT, trust)}: ${gen.stderr}`);
        for (const o of await docsOf(out)) {
          const r = await dryRunCreate(o);
          assert.equal(r.status, 201, `${relative(ROOT, trust)} ${o.kind}/${o.metadata.name}: ${r.status} ${r.message}`);
          created++;
        }
      }
      assert.ok(created >= trustFiles(target).length, `only ${created} objects were generated`);
    });
  }

  test('the dry-run can fail: an unknown field and a wrong enum value are refused', async () => {
    const out = join(dir, 'kyverno-negative.yaml');
    assert.equal((await signet(['policy', 'kyverno', '--policy', join(dir, 'trust.yaml'), '-o', out], { cwd: dir })).code, 0);
    const [policy] = await docsOf(out);
    assert.ok(policy);
    const unknown = await dryRunCreate({ ...policy, spec: { ...policy.spec, notAField: true } });
    assert.equal(unknown.status, 400, unknown.message);
    assert.match(unknown.message, /strict decoding error: unknown field "spec.notAField"/);
    const badEnum = await dryRunCreate({ ...policy, spec: { ...policy.spec, validationFailureAction: 'Sometimes' } });
    assert.equal(badEnum.status, 422, badEnum.message);

    const cipOut = join(dir, 'cip-negative.yaml');
    assert.equal((await signet(['policy', 'policy-controller', '--policy', join(dir, 'trust-no-annotations.yaml'), '-o', cipOut], { cwd: dir })).code, 0);
    const cip = (await docsOf(cipOut)).find((o) => o.kind === 'ClusterImagePolicy');
    assert.ok(cip);
    const bad = await dryRunCreate({ ...cip, spec: { ...cip.spec, mode: 7 } });
    assert.equal(bad.status, 422, bad.message);
  });

  test('the Tekton Tasks, their sample Pipeline and RBAC, and tests/run.yaml are created by a server-side dry-run', async () => {
    const files = (await readdir(join(ROOT, 'tekton', 'task'), { recursive: true })).filter((f) => f.endsWith('.yaml')).sort();
    const kinds: string[] = [];
    for (const f of files) {
      for (const o of await docsOf(join(ROOT, 'tekton', 'task', f))) {
        const r = await dryRunCreate(o);
        assert.equal(r.status, 201, `tekton/task/${f} ${o.kind}/${o.metadata.name}: ${r.status} ${r.message}`);
        kinds.push(o.kind);
      }
    }
    assert.deepEqual([...new Set(kinds)].sort(), ['Pipeline', 'PipelineRun', 'Role', 'RoleBinding', 'Secret', 'ServiceAccount', 'Task']);
    assert.equal(kinds.filter((k) => k === 'PipelineRun').length, 2, 'one tests/run.yaml per Task');
    assert.equal(kinds.filter((k) => k === 'Task').length, 2);
    // And a broken Task is refused by the same server.
    const [task] = await docsOf(join(ROOT, 'tekton', 'task', files.find((f) => f.endsWith('signet-sign.yaml')) ?? ''));
    assert.ok(task);
    const broken = await dryRunCreate({ ...task, spec: { ...task.spec, steps: 'not-a-list' } });
    assert.equal(broken.status, 422, broken.message);
  });
});

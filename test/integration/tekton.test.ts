/**
 * The Tekton Tasks: admitted by Tekton's own validation code (tektoncd/pipeline's v1 types and
 * Validate, built from source) and by the CRD schemas; then run step by step as the
 * controller would prepare them, against a real registry, with cosign judging the signatures.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { runTask } from '../support/tekton-runner.ts';
import { pinnedList, servedManifest, startNotaryServer } from '../support/notary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEKTON = join(ROOT, 'tekton');
const SIGN_TASK = join(TEKTON, 'task', 'signet-sign', '0.1', 'signet-sign.yaml');
const VERIFY_TASK = join(TEKTON, 'task', 'signet-verify', '0.1', 'signet-verify.yaml');
const SCHEMAS = join(ROOT, 'test', 'fixtures', 'schemas');
const VALIDATE = process.env.SIGNET_TEKTON_VALIDATE;

async function tektonFiles(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'validate') await walk(join(d, e.name));
      else if (e.name.endsWith('.yaml')) out.push(join(d, e.name));
    }
  };
  await walk(TEKTON);
  return out.sort();
}

describe('validation', () => {
  test("Tekton's own Validate admits every Task and Pipeline, and rejects a broken one", { skip: !VALIDATE && 'run scripts/test.sh: it builds the validator' }, async () => {
    const files = await tektonFiles();
    const r = await run(VALIDATE!, files);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Task signet-sign \(tekton\.dev\/v1\) valid/);
    assert.match(r.stdout, /Task signet-verify \(tekton\.dev\/v1\) valid/);
    assert.match(r.stdout, /Pipeline build-sign-verify \(tekton\.dev\/v1\) valid/);
    // The validator is not a rubber stamp: a Task using a param it does not declare is refused.
    const dir = await mkdtemp(join(tmpdir(), 'signet-tekton-'));
    const broken = (await readFile(SIGN_TASK, 'utf8')).replace(/    - name: KEY\n[\s\S]*?default: ""\n/, '');
    await writeFile(join(dir, 'broken.yaml'), broken);
    const bad = await run(VALIDATE!, [join(dir, 'broken.yaml')]);
    assert.equal(bad.code, 1, bad.stdout);
    assert.match(bad.stdout, /non-existent variable in "\$\(params\.KEY\)"/);
    await rm(dir, { recursive: true, force: true });
  });

  test('every Task and Pipeline is valid against the CRD schemas', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const schemas: Record<string, string> = { Task: 'tekton.dev-v1-Task.openapi.json', Pipeline: 'tekton.dev-v1-Pipeline.openapi.json' };
    let checked = 0;
    for (const file of await tektonFiles()) {
      for (const doc of parseAllDocuments(await readFile(file, 'utf8'))) {
        const obj = doc.toJS() as { kind?: string };
        const schema = obj.kind ? schemas[obj.kind] : undefined;
        if (!schema) continue;
        const validate = ajv.compile(JSON.parse(await readFile(join(SCHEMAS, schema), 'utf8')) as object);
        assert.ok(validate(obj), `${file}: ${JSON.stringify(validate.errors)}`);
        checked++;
      }
    }
    assert.equal(checked, 3);
  });
});

describe('running the Tasks', () => {
  let registry: RunningRegistry;
  let dir: string;
  let keys: string;
  let images: PushedImage[];
  const secrets = () => ({ 'signet-key': { 'cosign.password': 'tekton-pw' } });

  before(async () => {
    registry = await startRegistry();
    dir = await mkdtemp(join(tmpdir(), 'signet-tekton-run-'));
    keys = join(dir, 'keys');
    await mkdir(keys);
    const gen = await signet(['generate-key-pair', '--output-key-prefix', join(keys, 'cosign')], { env: { COSIGN_PASSWORD: 'tekton-pw' } });
    assert.equal(gen.code, 0, gen.stderr);
    images = await Promise.all([pushRandomImage(registry.host, 'tekton/app', 'v3'), pushRandomImage(registry.host, 'tekton/sidecar', 'v1'), pushRandomImage(registry.host, 'tekton/unsigned', 'v1')]);
  });

  after(async () => {
    await registry.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('signet-sign: build-Task results in, Chains-style results out, annotations with spaces; cosign verifies', async () => {
    const [app, sidecar] = images as [PushedImage, PushedImage];
    const r = await runTask(SIGN_TASK, {
      params: {
        IMAGE_URL: `${app.repository}:v3`,
        IMAGE_DIGEST: app.digest,
        IMAGES: [sidecar.ref],
        ANNOTATIONS: ['team=platform', 'note=built by tekton'],
        ALLOW_HTTP_REGISTRY: 'true',
      },
      workspaces: { keys },
      secrets: secrets(),
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.results.SIGNED_DIGESTS?.split('\n'), [sidecar.ref, app.ref]);
    assert.equal(r.results.SIGNED_REPOSITORY, sidecar.repository);
    assert.equal(r.results.SIGNED_DIGEST, sidecar.digest);
    assert.deepEqual(r.results.SIGNATURE_REFS?.split('\n'), [sidecar, app].map((i) => `${i.repository}:${i.digest.replace(':', '-')}.sig`));
    for (const img of [app, sidecar]) {
      const v = await cosign(['verify', '--key', join(keys, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', '-a', 'note=built by tekton', '-a', 'team=platform', img.ref], { HOME: dir });
      assert.equal(v.code, 0, `cosign verify ${img.ref}: ${v.stderr}`);
    }
  });

  test('signet-sign: IMAGE_URL with an empty IMAGE_DIGEST fails naming the param and signs nothing; ALLOW_TAG opts in', async () => {
    const img = images[2]!;
    const params = { IMAGE_URL: `${img.repository}:v1`, IMAGE_DIGEST: '', ALLOW_HTTP_REGISTRY: 'true' };
    const r = await runTask(SIGN_TASK, { params, workspaces: { keys }, secrets: secrets() });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /error: param IMAGE_DIGEST is empty, so nothing says which .*tekton\/unsigned:v1 to use.*param ALLOW_TAG/);
    assert.equal(r.results.SIGNED_DIGESTS, '');
    const unsignedStill = await signet(['verify', '--key', join(keys, 'cosign.pub'), '-o', 'json', img.ref], { env: { SIGNET_INSECURE_REGISTRIES: registry.host } });
    assert.equal(unsignedStill.code, 1, unsignedStill.stderr);
    const gate = await runTask(VERIFY_TASK, { params: { ...params, KEY: join(keys, 'cosign.pub') }, workspaces: { trust: keys } });
    assert.equal(gate.code, 2, gate.stderr);
    assert.match(gate.stderr, /param IMAGE_DIGEST is empty/);
    const opted = await runTask(SIGN_TASK, { params: { ...params, ALLOW_TAG: 'true', SIGNATURE_REPOSITORY: `${registry.host}/tekton/tag-signatures` }, workspaces: { keys }, secrets: secrets() });
    assert.equal(opted.code, 0, opted.stderr);
    assert.match(opted.stderr, new RegExp(`warning: .*resolved tag "v1" to ${img.digest}`));
    assert.equal(opted.results.SIGNED_DIGEST, img.digest);
  });

  test('signet-sign composes with Tekton Chains: no result is a Chains type hint for built artifacts', async () => {
    // Chains reads results named IMAGES or ending in IMAGE_URL/IMAGE_DIGEST, ARTIFACT_URI/ARTIFACT_DIGEST
    // or ARTIFACT_OUTPUTS as what the TaskRun built: the signing Task built nothing.
    const doc = parseAllDocuments(await readFile(SIGN_TASK, 'utf8'))[0]!.toJS() as { spec: { results: { name: string }[] } };
    const hints = doc.spec.results.map((r) => r.name).filter((n) => n === 'IMAGES' || /(IMAGE_URL|IMAGE_DIGEST|ARTIFACT_URI|ARTIFACT_DIGEST|ARTIFACT_OUTPUTS)$/.test(n));
    assert.deepEqual(hints, []);
  });

  test('signet-sign: a wrong password from the Secret fails the TaskRun with exit 2 and empty results', async () => {
    const r = await runTask(SIGN_TASK, {
      params: { IMAGES: [images[2]!.ref], ALLOW_HTTP_REGISTRY: 'true' },
      workspaces: { keys },
      secrets: { 'signet-key': { 'cosign.password': 'wrong' } },
    });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /error: .*wrong password/i);
    assert.equal(r.results.SIGNED_DIGESTS, '');
  });

  test('signet-verify: passes signed images, fails on an unsigned one unless FAIL_ON_UNSIGNED is "false"', async () => {
    const [app, sidecar, unsigned] = images as [PushedImage, PushedImage, PushedImage];
    const trust = { trust: keys };
    const ok = await runTask(VERIFY_TASK, { params: { IMAGES: [app.ref, sidecar.ref], KEY: join(keys, 'cosign.pub'), ALLOW_HTTP_REGISTRY: 'true' }, workspaces: trust });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.results.VERIFIED, 'true');
    assert.deepEqual(JSON.parse(ok.results.RESULT ?? '[]'), [{ image: app.ref, verified: true }, { image: sidecar.ref, verified: true }]);

    const gate = await runTask(VERIFY_TASK, { params: { IMAGE_URL: unsigned.repository, IMAGE_DIGEST: unsigned.digest, KEY: join(keys, 'cosign.pub'), ALLOW_HTTP_REGISTRY: 'true' }, workspaces: trust });
    assert.equal(gate.code, 1, gate.stderr);
    assert.equal(gate.results.VERIFIED, 'false');
    const [result] = JSON.parse(gate.results.RESULT ?? '[]') as { verified: boolean; reason: string }[];
    assert.equal(result?.verified, false);
    assert.match(result?.reason ?? '', /no signatures found/);

    const report = await runTask(VERIFY_TASK, {
      params: { IMAGES: [unsigned.ref], KEY: join(keys, 'cosign.pub'), FAIL_ON_UNSIGNED: 'false', ALLOW_HTTP_REGISTRY: 'true' },
      workspaces: trust,
    });
    assert.equal(report.code, 0, report.stderr);
    assert.equal(report.results.VERIFIED, 'false');
  });
  test('Docker Content Trust: signet-sign publishes the build\'s tag pinned to its digest into a real notary-server (the pinned notary client lists it), signet-verify checks it; a moved tag is refused by both', async () => {
    const notary = await startNotaryServer();
    try {
      const app = await pushRandomImage(registry.host, 'tekton/dct', 'v1');
      const gun = app.repository;
      const targetsKey = join(keys, 'dct-targets.key');
      await run('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', targetsKey]);
      const env = { COSIGN_PASSWORD: 'tekton-pw', SIGNET_NOTARY_CACHE: join(dir, 'notary-cache') };
      const rootCert = join(keys, 'dct-root.crt');
      const init = await signet(['notary', 'init', gun, '--notary', notary.url, '--notary-ca', notary.ca.caCert, '--root-key', join(keys, 'cosign.key'), '--key', targetsKey, '--root-cert-out', rootCert], { env });
      assert.equal(init.code, 0, init.stderr);
      const rootKeyId = JSON.parse(init.stdout).root.keyId as string;
      const dct = { NOTARY: notary.url, NOTARY_ROOT: rootCert, NOTARY_CA: notary.ca.caCert, ALLOW_HTTP_REGISTRY: 'true' };
      const signed = await runTask(SIGN_TASK, { params: { ...dct, IMAGE_URL: `${gun}:v1`, IMAGE_DIGEST: app.digest, KEY: targetsKey }, workspaces: { keys }, env });
      assert.equal(signed.code, 0, signed.stderr);
      assert.equal(signed.results.SIGNED_DIGESTS, app.ref);
      assert.equal(signed.results.SIGNATURE_REFS, `${notary.url} ${gun} targets`);
      const served = await servedManifest(registry.host, 'tekton/dct', 'v1');
      const rows = await pinnedList({ url: notary.url, caCert: notary.ca.caCert }, await mkdtemp(join(dir, 'notary-trust-')), gun, rootKeyId);
      assert.deepEqual(rows.get('v1'), [served.digest, served.size, 'targets']);

      const verified = await runTask(VERIFY_TASK, { params: { ...dct, IMAGE_URL: `${gun}:v1`, IMAGE_DIGEST: app.digest }, workspaces: { trust: keys }, env });
      assert.equal(verified.code, 0, verified.stderr);
      assert.equal(verified.results.VERIFIED, 'true');

      // The tag moved after the build: publishing the build's digest under it is refused, nothing changes,
      // and the gate refuses the new digest the tag was not signed for.
      const moved = await pushRandomImage(registry.host, 'tekton/dct', 'v1');
      const refused = await runTask(SIGN_TASK, { params: { ...dct, IMAGE_URL: `${gun}:v1`, IMAGE_DIGEST: app.digest, KEY: targetsKey }, workspaces: { keys }, env });
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, new RegExp(`the registry serves ${moved.digest} for the tag, not ${app.digest}; nothing published`));
      assert.equal(refused.results.SIGNED_DIGESTS, '');
      const gate = await runTask(VERIFY_TASK, { params: { ...dct, IMAGE_URL: `${gun}:v1`, IMAGE_DIGEST: moved.digest }, workspaces: { trust: keys }, env });
      assert.equal(gate.code, 1, gate.stderr);
      assert.match(JSON.parse(gate.results.RESULT ?? '[]')[0]?.reason ?? '', /signed sha256:[0-9a-f]{64} for the tag, not /);
      assert.deepEqual((await pinnedList({ url: notary.url, caCert: notary.ca.caCert }, await mkdtemp(join(dir, 'notary-trust-')), gun, rootKeyId)).get('v1'), [served.digest, served.size, 'targets']);
    } finally {
      await notary.stop();
    }
  });
});

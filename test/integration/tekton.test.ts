/**
 * The Tekton Tasks: admitted by Tekton's own validation code (tektoncd/pipeline's v1 types and
 * Validate, built from source) and by the CRD schemas; then run step by step as the
 * controller would prepare them, against a real registry, with cosign judging the signatures.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse, parseAllDocuments } from 'yaml';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';
import { cosign, cosignV3 } from '../support/peers.ts';
import { runPipelineRun, runTask } from '../support/tekton-runner.ts';
import { identityToken, startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';
import { pinnedList, servedManifest, startNotaryServer } from '../support/notary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEKTON = join(ROOT, 'tekton');
const SIGN_TASK = join(TEKTON, 'task', 'signet-sign', '0.1', 'signet-sign.yaml');
const VERIFY_TASK = join(TEKTON, 'task', 'signet-verify', '0.1', 'signet-verify.yaml');
const SIGN_RUN = join(TEKTON, 'task', 'signet-sign', '0.1', 'tests', 'run.yaml');
const VERIFY_RUN = join(TEKTON, 'task', 'signet-verify', '0.1', 'tests', 'run.yaml');
const TASK_FILES = { 'signet-sign': SIGN_TASK, 'signet-verify': VERIFY_TASK };
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
    // The catalog-style tests/run.yaml: its Pipeline and PipelineRun.
    for (const name of ['signet-sign-test', 'signet-verify-test']) {
      assert.match(r.stdout, new RegExp(`Pipeline ${name} \\(tekton\\.dev/v1\\) valid`));
      assert.match(r.stdout, new RegExp(`PipelineRun ${name}-run \\(tekton\\.dev/v1\\) valid`));
    }
    // The validator is not a rubber stamp: a Task using a param it does not declare is refused.
    const dir = await mkdtemp(join(tmpdir(), 'signet-tekton-'));
    const broken = (await readFile(SIGN_TASK, 'utf8')).replace(/    - name: KEY\n[\s\S]*?default: ""\n/, '');
    await writeFile(join(dir, 'broken.yaml'), broken);
    const bad = await run(VALIDATE!, [join(dir, 'broken.yaml')]);
    assert.equal(bad.code, 1, bad.stdout);
    assert.match(bad.stdout, /non-existent variable in "\$\(params\.KEY\)"/);
    // Nor for a run.yaml whose Pipeline reads a result of a task it does not have.
    await writeFile(join(dir, 'run.yaml'), (await readFile(SIGN_RUN, 'utf8')).replace('$(tasks.sign.results.SIGNED_DIGEST)', '$(tasks.sing.results.SIGNED_DIGEST)'));
    const badRun = await run(VALIDATE!, [join(dir, 'run.yaml')]);
    assert.equal(badRun.code, 1, badRun.stdout);
    assert.match(badRun.stdout, /Pipeline signet-sign-test: .*sing/);
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
    assert.equal(checked, 5);
  });

  for (const [task, file] of Object.entries(TASK_FILES)) {
    test(`${task}: every param, result and workspace is in the README's tables, and the tables list nothing else`, async () => {
      const spec = (parseAllDocuments(await readFile(file, 'utf8'))[0]!.toJS() as { spec: { params: { name: string }[]; results: { name: string }[]; workspaces: { name: string }[] } }).spec;
      const readme = await readFile(join(dirname(file), 'README.md'), 'utf8');
      for (const [heading, declared] of [['Params', spec.params], ['Results', spec.results], ['Workspaces', spec.workspaces]] as const) {
        const section = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(readme)?.[1];
        assert.ok(section, `${task} README has no "## ${heading}" section`);
        const rows = section.split('\n').filter((l) => l.startsWith('| `')).map((l) => /^\| `([A-Za-z0-9_-]+)` \|/.exec(l)?.[1]);
        assert.ok(rows.every(Boolean), `${heading}: a row whose first cell is not one \`NAME\``);
        assert.deepEqual(rows, declared.map((d) => d.name), `${task} README ${heading} table vs the Task's ${heading.toLowerCase()}`);
      }
    });
  }

  test('the Platforms the Tasks and READMEs state are those the release builds the signet image for', async () => {
    // .github/workflows/release.yml's image job: its runner decides the image's platform (no cross-building).
    const workflow = parse(await readFile(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as { jobs: { image: { 'runs-on': string } } };
    const runners: Record<string, string> = { 'ubuntu-24.04': 'linux/amd64', 'ubuntu-latest': 'linux/amd64', 'ubuntu-24.04-arm': 'linux/arm64' };
    const built = runners[workflow.jobs.image['runs-on']];
    assert.ok(built, `unknown runner ${workflow.jobs.image['runs-on']}`);
    for (const file of Object.values(TASK_FILES)) {
      const doc = parseAllDocuments(await readFile(file, 'utf8'))[0]!.toJS() as { metadata: { annotations: Record<string, string> } };
      assert.deepEqual(doc.metadata.annotations['tekton.dev/platforms']!.split(',').map((p) => p.trim()), [built], file);
      const platforms = /^## Platforms\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(await readFile(join(dirname(file), 'README.md'), 'utf8'))?.[1] ?? '';
      assert.deepEqual([...platforms.matchAll(/`(linux\/[a-z0-9]+)`/g)].map((m) => m[1]), [built], `${file}: README Platforms`);
    }
  });
});

describe('running the Tasks', () => {
  let registry: RunningRegistry;
  let dir: string;
  let keys: string;
  let images: PushedImage[];
  let sigstore: LocalSigstore;
  const secrets = () => ({ 'signet-key': { 'cosign.password': 'tekton-pw' } });

  before(async () => {
    [registry, sigstore] = await Promise.all([startRegistry(), startLocalSigstore()]);
    dir = await mkdtemp(join(tmpdir(), 'signet-tekton-run-'));
    keys = join(dir, 'keys');
    await mkdir(keys);
    const gen = await signet(['generate-key-pair', '--output-key-prefix', join(keys, 'cosign')], { env: { COSIGN_PASSWORD: 'tekton-pw' } });
    assert.equal(gen.code, 0, gen.stderr);
    images = await Promise.all([pushRandomImage(registry.host, 'tekton/app', 'v3'), pushRandomImage(registry.host, 'tekton/sidecar', 'v1'), pushRandomImage(registry.host, 'tekton/unsigned', 'v1')]);
  });

  after(async () => {
    await Promise.all([registry?.stop(), sigstore?.stop()]);
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

  test('tests/run.yaml of signet-sign: the PipelineRun succeeds, results passed task to task; a broken Task fails it', async () => {
    const r = await runPipelineRun(SIGN_RUN, { tasks: TASK_FILES });
    assert.equal(r.code, 0, r.tasks.map((t) => `${t.name}: ${t.outcome.code}\n${t.outcome.stderr}`).join('\n'));
    assert.deepEqual(r.tasks.map((t) => t.name), ['build', 'sign', 'check']);
    assert.match(r.tasks[2]!.outcome.stdout, /^verified\s+oci:/m);
    // The check task is not a rubber stamp: a sign Task that drops the annotations fails it.
    const dir2 = await mkdtemp(join(tmpdir(), 'signet-tekton-broken-'));
    const broken = join(dir2, 'signet-sign.yaml');
    await writeFile(broken, (await readFile(SIGN_TASK, 'utf8')).replace('while IFS= read -r a; do set -- "$@" -a "$a"; done < "$work/annotations"', ': no annotations'));
    const bad = await runPipelineRun(SIGN_RUN, { tasks: { ...TASK_FILES, 'signet-sign': broken } });
    await rm(dir2, { recursive: true, force: true });
    assert.equal(bad.code, 1, bad.tasks.map((t) => t.outcome.stderr).join('\n'));
    assert.deepEqual(bad.tasks.map((t) => [t.name, t.outcome.code]), [['build', 0], ['sign', 0], ['check', 1]]);
  });

  test('tests/run.yaml of signet-verify: the gate passes the signed image and reports the wrong annotation with a reason', async () => {
    const r = await runPipelineRun(VERIFY_RUN, { tasks: TASK_FILES });
    assert.equal(r.code, 0, r.tasks.map((t) => `${t.name}: ${t.outcome.code}\n${t.outcome.stderr}`).join('\n'));
    assert.deepEqual(r.tasks.map((t) => t.name), ['build-and-sign', 'gate', 'report-only', 'check']);
    assert.equal(r.tasks[1]!.outcome.results.VERIFIED, 'true');
    const [entry] = JSON.parse(r.tasks[2]!.outcome.results.RESULT ?? '[]') as { verified: boolean; reason: string }[];
    assert.equal(entry?.verified, false);
    assert.match(entry?.reason ?? '', /annotation|env/);
  });

  test('signet-sign KEYLESS (FULCIO_URL, REKOR_URL, IDENTITY_TOKEN, TRUSTED_ROOT, FORMAT both), then signet-verify on identity regexp + issuer; cosign v3 judges', async () => {
    const img = await pushRandomImage(registry.host, 'tekton/keyless', 'v1');
    const root = join(dir, 'trusted_root.json');
    await sigstore.writeTrustedRoot(root);
    const issuer = 'https://token.actions.example';
    const identity = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
    const signed = await runTask(SIGN_TASK, {
      params: {
        IMAGE_URL: img.repository, IMAGE_DIGEST: img.digest, KEYLESS: 'true', FULCIO_URL: sigstore.fulcioURL, REKOR_URL: sigstore.rekorURL,
        IDENTITY_TOKEN: identityToken({ iss: issuer, sub: identity }), TRUSTED_ROOT: root, FORMAT: 'both', ALLOW_HTTP_REGISTRY: 'true',
      },
      // The keys workspace is bound, yet KEYLESS uses no key from it.
      workspaces: { keys },
    });
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal(signed.results.SIGNED_DIGEST, img.digest);
    const judged = await cosignV3(['verify', '--trusted-root', root, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer, '--allow-http-registry', img.ref], { HOME: dir });
    assert.equal(judged.code, 0, judged.stderr);

    const gate = { IMAGE_URL: img.repository, IMAGE_DIGEST: img.digest, TRUSTED_ROOT: root, ALLOW_HTTP_REGISTRY: 'true' };
    const ok = await runTask(VERIFY_TASK, { params: { ...gate, CERTIFICATE_IDENTITY_REGEXP: '^https://github[.]com/acme/', CERTIFICATE_OIDC_ISSUER: issuer } });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.results.VERIFIED, 'true');
    const exact = await runTask(VERIFY_TASK, { params: { ...gate, CERTIFICATE_IDENTITY: identity, CERTIFICATE_OIDC_ISSUER_REGEXP: '^https://token[.]actions[.]' } });
    assert.equal(exact.code, 0, exact.stderr);
    const wrong = await runTask(VERIFY_TASK, { params: { ...gate, CERTIFICATE_IDENTITY_REGEXP: '^https://github[.]com/evil/', CERTIFICATE_OIDC_ISSUER: issuer, FAIL_ON_UNSIGNED: 'false' } });
    assert.equal(wrong.code, 0, wrong.stderr);
    assert.equal(wrong.results.VERIFIED, 'false');
    const [entry] = JSON.parse(wrong.results.RESULT ?? '[]') as { verified: boolean; reason: string }[];
    assert.equal(entry?.verified, false);
    assert.ok(entry?.reason, wrong.results.RESULT);
    // An issuer param the certificate does not carry fails the gate, naming nothing it did not check.
    const issuerWrong = await runTask(VERIFY_TASK, { params: { ...gate, CERTIFICATE_IDENTITY: identity, CERTIFICATE_OIDC_ISSUER: 'https://other.example' } });
    assert.equal(issuerWrong.code, 1, issuerWrong.stderr);
  });

  test('signet-sign TLOG_UPLOAD + REKOR_URL + FORMAT bundle + RECURSIVE; signet-verify with KEY + TRUSTED_ROOT requires the entry; ANNOTATIONS on verify', async () => {
    const img = await pushRandomImage(registry.host, 'tekton/tlog', 'v1');
    const root = join(dir, 'trusted_root.json');
    await sigstore.writeTrustedRoot(root);
    const before = sigstore.requests.get('/api/v1/log/entries') ?? 0;
    const signed = await runTask(SIGN_TASK, {
      params: { IMAGES: [img.ref], TLOG_UPLOAD: 'true', REKOR_URL: sigstore.rekorURL, FORMAT: 'bundle', RECURSIVE: 'true', ANNOTATIONS: ['env=prod'], ALLOW_HTTP_REGISTRY: 'true' },
      workspaces: { keys },
      secrets: secrets(),
    });
    assert.equal(signed.code, 0, signed.stderr);
    assert.equal((sigstore.requests.get('/api/v1/log/entries') ?? 0) - before, 1, 'one Rekor entry');
    const judged = await cosignV3(['verify', '--key', join(keys, 'cosign.pub'), '--trusted-root', root, '--allow-http-registry', '-a', 'env=prod', img.ref], { HOME: dir });
    assert.equal(judged.code, 0, judged.stderr);
    const gate = await runTask(VERIFY_TASK, { params: { IMAGES: [img.ref], KEY: join(keys, 'cosign.pub'), TRUSTED_ROOT: root, ANNOTATIONS: ['env=prod'], ALLOW_HTTP_REGISTRY: 'true' } });
    assert.equal(gate.code, 0, gate.stderr);
    const wrongAnnotation = await runTask(VERIFY_TASK, { params: { IMAGES: [img.ref], KEY: join(keys, 'cosign.pub'), ANNOTATIONS: ['env=staging'], ALLOW_HTTP_REGISTRY: 'true' } });
    assert.equal(wrongAnnotation.code, 1, wrongAnnotation.stderr);
    // Without TLOG_UPLOAD the same verify (TRUSTED_ROOT names a Rekor log) refuses a signature with no entry.
    const plain = await pushRandomImage(registry.host, 'tekton/no-tlog', 'v1');
    assert.equal((await runTask(SIGN_TASK, { params: { IMAGES: [plain.ref], FORMAT: 'bundle', ALLOW_HTTP_REGISTRY: 'true' }, workspaces: { keys }, secrets: secrets() })).code, 0);
    const noEntry = await runTask(VERIFY_TASK, { params: { IMAGES: [plain.ref], KEY: join(keys, 'cosign.pub'), TRUSTED_ROOT: root, ALLOW_HTTP_REGISTRY: 'true' } });
    assert.equal(noEntry.code, 1, noEntry.stderr);
  });

  test('signet-verify: with no KEY or other trust, cosign.pub in the trust workspace is the key', async () => {
    const r = await runTask(VERIFY_TASK, { params: { IMAGES: [images[0]!.ref], ALLOW_HTTP_REGISTRY: 'true' }, workspaces: { trust: keys } });
    assert.equal(r.code, 0, r.stderr);
    const none = await runTask(VERIFY_TASK, { params: { IMAGES: [images[0]!.ref], ALLOW_HTTP_REGISTRY: 'true' } });
    assert.equal(none.code, 2, none.stderr);
  });
});

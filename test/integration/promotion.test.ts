/**
 * Promotion: an image signed in staging and copied to prod with its signatures (cosign copy, as
 * release engineers do) keeps its digest, while its signed identity still names staging. The gate
 * rejects it by default and says how to accept it; --signed-repository, --remap-identity and a
 * trust policy rule's signedIdentity accept it; the generated containers policy.json does the same
 * under skopeo 1.18 (sigstore enabled) with exactRepository, and fails without the rule;
 * remapIdentity, which containers/image never applies to cosign signatures, is refused there.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';

const skopeo = process.env.SIGNET_SKOPEO_SIGSTORE ?? join(homedir(), '.cache', 'signet-peers', 'skopeo-trixie', 'skopeo');

let registry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;
let staged: PushedImage;
let promoted: string;
let stranger: string;

const pub = () => join(dir, 'cosign.pub');

/** `kyverno apply` of the policy generated from `trust` on a Pod running `image`: whether it passes. */
async function kyvernoAdmits(image: string, trust: string): Promise<string> {
  const out = join(dir, `kyverno-${Math.random().toString(36).slice(2)}.yaml`);
  const gen = await signet(['policy', 'kyverno', '--policy', trust, '-o', out], { env });
  assert.equal(gen.code, 0, gen.stderr);
  const podFile = `${out}.pod.yaml`;
  await writeFile(podFile, `apiVersion: v1\nkind: Pod\nmetadata: { name: promoted, namespace: default }\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`);
  const k = await run(process.env.SIGNET_KYVERNO ?? '', ['apply', out, '--resource', podFile, '--registry', '--detailed-results'], { env });
  return k.stdout + k.stderr;
}

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-promotion-'));
  env = { COSIGN_PASSWORD: 'promote', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, DOCKER_CONFIG: join(dir, 'docker') };
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env });
  assert.equal(gen.code, 0, gen.stderr);
  staged = await pushRandomImage(registry.host, 'staging/app', 'v1');
  const signed = await signet(['sign', '--key', join(dir, 'cosign.key'), staged.ref], { env });
  assert.equal(signed.code, 0, signed.stderr);
  // cosign copies the image and its .sig tag: the digest stays, the payload names staging/app.
  const copied = await cosign(['copy', '--allow-http-registry', `${registry.host}/staging/app:v1`, `${registry.host}/prod/app:v1`], env);
  assert.equal(copied.code, 0, copied.stderr);
  promoted = `${registry.host}/prod/app@${staged.digest}`;
  // Also copied to a repository no rule promotes from: must stay rejected.
  const other = await cosign(['copy', '--allow-http-registry', `${registry.host}/staging/app:v1`, `${registry.host}/elsewhere/app:v1`], env);
  assert.equal(other.code, 0, other.stderr);
  stranger = `${registry.host}/elsewhere/app@${staged.digest}`;
});

after(async () => {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
});

const verify = (extra: string[], image = promoted) => signet(['verify', '--key', pub(), '-o', 'json', ...extra, image], { env });

describe('verify a promoted image', () => {
  test('cosign accepts the copy (it ignores the signed identity)', async () => {
    const r = await cosign(['verify', '--key', pub(), '--insecure-ignore-tlog=true', '--allow-http-registry', promoted], env);
    assert.equal(r.code, 0, r.stderr);
  });

  test('without an option the gate rejects it and names the way to accept it', async () => {
    const r = await verify([]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`payload identity "${registry.host}/staging/app" does not name this image's repository`));
    assert.match(r.stderr, new RegExp(`--signed-repository ${registry.host}/staging/app`));
    assert.match(r.stderr, /--remap-identity/);
  });

  test('--signed-repository accepts it, and only it: the digest still counts, other repositories still fail', async () => {
    const ok = await verify(['--signed-repository', `${registry.host}/staging/app`]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /"docker-reference":"[^"]*staging\/app"/);
    const wrongRepo = await verify(['--signed-repository', `${registry.host}/qa/app`]);
    assert.equal(wrongRepo.code, 1, wrongRepo.stderr);
    assert.match(wrongRepo.stderr, /the signed identity rule wants .*qa\/app/);
    const unsigned = await pushRandomImage(registry.host, 'prod/other', 'v1');
    const noSig = await verify(['--signed-repository', `${registry.host}/staging/app`], unsigned.ref);
    assert.equal(noSig.code, 1, noSig.stderr);
  });

  test('--remap-identity PREFIX=SIGNED_PREFIX accepts prod/* signed as staging/*, not elsewhere/*', async () => {
    const remap = ['--remap-identity', `${registry.host}/prod=${registry.host}/staging`];
    const ok = await verify(remap);
    assert.equal(ok.code, 0, ok.stderr);
    const other = await verify(remap, stranger);
    assert.equal(other.code, 1, other.stderr);
    const bad = await verify(['--remap-identity', 'no-equals-sign']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /must be PREFIX=SIGNED_PREFIX/);
  });
});

describe('a trust policy rule with signedIdentity feeds the gate and policy.json alike', () => {
  const policy = (signedIdentity: string) => `apiVersion: signet.dev/v1alpha1
kind: TrustPolicy
metadata: { name: promotion }
spec:
  rules:
    - name: prod
      images: ["${registry.host}/prod/**"]
${signedIdentity}      signers:
        - { name: release, key: ${pub()} }
`;
  const remap = () => `      signedIdentity: { type: remapIdentity, prefix: "${registry.host}/prod", signedPrefix: "${registry.host}/staging" }\n`;
  const exact = () => `      signedIdentity: { type: exactRepository, dockerRepository: "${registry.host}/staging/app" }\n`;

  test('the gate: passes with the rule, fails without', async () => {
    await writeFile(join(dir, 'with.yaml'), policy(remap()));
    await writeFile(join(dir, 'without.yaml'), policy(''));
    await writeFile(join(dir, 'exact.yaml'), policy(exact()));
    const ok = await signet(['verify', '--policy', join(dir, 'with.yaml'), '-o', 'json', promoted], { env });
    assert.equal(ok.code, 0, ok.stderr);
    const no = await signet(['verify', '--policy', join(dir, 'without.yaml'), '-o', 'json', promoted], { env });
    assert.equal(no.code, 1, no.stderr);
    assert.match(no.stderr, /signedIdentity/);
  });

  test('an unknown signedIdentity type is refused with the supported ones', async () => {
    await writeFile(join(dir, 'bad.yaml'), policy('      signedIdentity: { type: matchExact }\n'));
    const r = await signet(['verify', '--policy', join(dir, 'bad.yaml'), promoted], { env });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /signedIdentity\.type: "matchExact" is not supported: use matchRepository, exactRepository, remapIdentity/);
  });

  test('skopeo (sigstore enabled) under the generated policy.json: admits the promoted image with the rule, rejects it without', { skip: !existsSync(skopeo) && 'run scripts/test.sh: it fetches skopeo 1.18' }, async () => {
    const copy = async (trust: string, name: string) => {
      const out = join(dir, `node-${name}`);
      const gen = await signet(['policy', 'containers', '--policy', join(dir, trust), '--out', out, '--unmatched', 'reject'], { env });
      assert.equal(gen.code, 0, gen.stderr);
      await mkdir(join(dir, 'copies'), { recursive: true });
      return run(skopeo, ['--policy', join(out, 'policy.json'), '--registries.d', join(out, 'registries.d'), 'copy', '--src-tls-verify=false', `docker://${promoted}`, `dir:${join(dir, 'copies', name)}`]);
    };
    const ok = await copy('exact.yaml', 'exact');
    assert.equal(ok.code, 0, `skopeo should admit the promoted image: ${ok.stderr}`);
    const gate = await signet(['verify', '--policy', join(dir, 'exact.yaml'), '-o', 'json', promoted], { env });
    assert.equal(gate.code, 0, `the gate agrees: ${gate.stderr}`);
    const no = await copy('without.yaml', 'without');
    assert.notEqual(no.code, 0, 'skopeo should reject the promoted image without signedIdentity');
    assert.match(no.stderr, /not accepted|rejected|identity/i);
  });

  test('policy containers refuses remapIdentity for cosign signers, saying why', async () => {
    const r = await signet(['policy', 'containers', '--policy', join(dir, 'with.yaml')], { env });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /cannot enforce signedIdentity remapIdentity for cosign signatures.*exactRepository/);
  });

  test('kyverno: the generated policy admits the promoted image (Kyverno checks the digest, not the signed identity)', { skip: !process.env.SIGNET_KYVERNO && 'run scripts/test.sh: it builds the Kyverno CLI' }, async () => {
    for (const trust of ['with.yaml', 'without.yaml']) {
      const out = await kyvernoAdmits(promoted, join(dir, trust));
      assert.match(out, /pass: [1-9]\d*, fail: 0, warn: 0, error: 0/, `${trust}: ${out}`);
    }
  });

  test('policy containers writes the rule as containers/image spells it; exactRepository from the command line too', async () => {
    const gen = await signet(['policy', 'containers', '--key', pub(), '--signed-repository', `${registry.host}/staging/app`, `${registry.host}/prod/app`], { env });
    assert.equal(gen.code, 0, gen.stderr);
    assert.match(gen.stdout, new RegExp(`"signedIdentity": \\{\\s*#?\\s*"type": "exactRepository",\\s*#?\\s*"dockerRepository": "${registry.host}/staging/app"`));
  });
});

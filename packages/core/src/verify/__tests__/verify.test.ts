/**
 * Verification on in-memory repositories: the one claims check for both layouts, typed
 * rejections, and the verifier loader. cosign and Kyverno judge the formats in the integration
 * tests (cosign-interop, cosign-bundles, policy-gate).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signImages } from '../../sign/sign-images.ts';
import type { SignatureFormat } from '../../sign/sign-image.ts';
import { verifyImages, type ImageVerdict } from '../verify-images.ts';
import { loadVerifier } from '../verifier.ts';
import { claimsProblem } from '../claims.ts';
import { openImage } from '../../targets/open-image.ts';
import { signatureTag } from '../../formats/signature-manifest.ts';
import { parseTrustPolicy } from '../../policy/trust-policy.ts';
import type { Logger } from '../../log.ts';
import { MemoryRegistry, putImage } from '../../stores/__tests__/memory-repository.ts';

const HOST = 'registry.test';
const quiet: Logger = { debug() {}, info() {}, warn() {} };
let dir: string;
const keys: Record<'a' | 'b', { key: string; pub: string }> = { a: { key: '', pub: '' }, b: { key: '', pub: '' } };

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-verify-'));
  for (const name of ['a', 'b'] as const) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    keys[name] = { key: join(dir, `${name}.key`), pub: join(dir, `${name}.pub`) };
    await writeFile(keys[name].key, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    await writeFile(keys[name].pub, publicKey.export({ format: 'pem', type: 'spki' }));
  }
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function signed(format: SignatureFormat, options: { annotations?: Record<string, string>; identity?: string; signer?: 'a' | 'b' } = {}) {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'team/app');
  const image = `${HOST}/team/app@${await putImage(repo)}`;
  const context = { registry, logger: quiet };
  await signImages({ images: [image], context, key: { kind: 'key', ref: keys[options.signer ?? 'a'].key }, format, annotations: options.annotations, identity: options.identity, singleWriter: true });
  return { registry, repo, image, context };
}

async function verdict(image: string, context: { registry: MemoryRegistry; logger: Logger }, options: { annotations?: Record<string, string>; key?: 'a' | 'b'; checkClaims?: boolean } = {}): Promise<ImageVerdict> {
  const batch = await verifyImages({ images: [image], context, trust: { verifier: { kind: 'key', key: keys[options.key ?? 'a'].pub } }, annotations: options.annotations, checkClaims: options.checkClaims });
  const [outcome] = batch.images;
  assert.ok(outcome?.ok, 'the image was checked');
  return outcome.value;
}

for (const format of ['legacy', 'bundle'] as const) {
  const prefix = format === 'bundle' ? 'bundle: ' : '';

  test(`${format}: the right key verifies, with the payload in cosign's shape`, async () => {
    const { image, context } = await signed(format, { annotations: { env: 'prod' } });
    const v = await verdict(image, context, { annotations: { env: 'prod' } });
    assert.equal(v.ok, true);
    assert.equal(v.payloads.length, 1);
    assert.equal(v.payloads[0]?.critical.image['docker-manifest-digest'], image.slice(image.indexOf('@') + 1));
  });

  test(`${format}: another key is rejected as untrusted`, async () => {
    const { image, context } = await signed(format);
    const v = await verdict(image, context, { key: 'b' });
    assert.equal(v.ok, false);
    assert.deepEqual(v.verification?.rejected.map((r) => r.code), ['untrusted']);
    assert.match(v.reason ?? '', new RegExp(`no valid signature for .*: ${prefix}signature does not verify with the given key`));
  });

  test(`${format}: a missing or different annotation is rejected by the same claims check`, async () => {
    const { image, context } = await signed(format, { annotations: { env: 'dev' } });
    const wrong = await verdict(image, context, { annotations: { env: 'prod' } });
    assert.deepEqual(wrong.verification?.rejected.map((r) => [r.code, r.reason]), [['annotation', `${prefix}annotation env="dev", want "prod"`]]);
    const missing = await verdict(image, context, { annotations: { team: 'x' } });
    assert.deepEqual(missing.verification?.rejected.map((r) => [r.code, r.reason]), [['annotation', `${prefix}annotation team missing (want "x")`]]);
  });

  test(`${format}: a signed identity of another repository is rejected unless claims are not checked`, async () => {
    const { image, context } = await signed(format, { identity: `${HOST}/other/app` });
    const v = await verdict(image, context);
    assert.deepEqual(v.verification?.rejected.map((r) => r.code), ['identity']);
    assert.match(v.reason ?? '', /does not name this image's repository/);
    assert.equal((await verdict(image, context, { checkClaims: false })).ok, true);
  });
}

test('legacy: a signature copied from another image is rejected for its digest', async () => {
  const { registry, repo, image, context } = await signed('legacy');
  const other = await putImage(repo);
  const from = image.slice(image.indexOf('@') + 1);
  const set = await repo.getManifest(signatureTag(from));
  assert.ok(set);
  await repo.putManifest(signatureTag(other), set.bytes, set.mediaType);
  const v = await verdict(`${HOST}/team/app@${other}`, { registry, logger: context.logger });
  assert.deepEqual(v.verification?.rejected.map((r) => [r.code, r.reason]), [['digest', `payload signs digest ${from}, not ${other}`]]);
});

test('an unsigned image: no signatures found, nothing rejected; a missing one is an error', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const image = `${HOST}/app@${await putImage(repo)}`;
  const batch = await verifyImages({
    images: [image, `${HOST}/app@sha256:${'0'.repeat(64)}`],
    context: { registry, logger: quiet },
    trust: { verifier: { kind: 'key', key: keys.a.pub } },
  });
  const [unsigned, missing] = batch.images;
  assert.ok(unsigned?.ok && !unsigned.value.ok);
  assert.match(unsigned.value.reason ?? '', /^no signatures found for /);
  assert.ok(missing && !missing.ok);
  assert.match((missing.error as Error).message, /not found/);
  assert.deepEqual(batch.summary, { images: 2, verified: 0, failed: 2 });
});

test('claimsProblem: digest first, then identity, then annotations', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const image = await openImage(`${HOST}/app@${await putImage(repo)}`, { registry, logger: quiet });
  const claims = { digestMatches: true, digestProblem: 'x', identity: `${HOST}/app`, identityNoun: 'payload identity', annotations: { a: '1' } };
  assert.equal(claimsProblem(image, claims, { annotations: { a: '1' } }), undefined);
  assert.equal(claimsProblem(image, { ...claims, digestMatches: false }, {})?.code, 'digest');
  assert.equal(claimsProblem(image, { ...claims, identity: `${HOST}/other` }, {})?.code, 'identity');
  assert.equal(claimsProblem(image, { ...claims, identity: `${HOST}/other` }, { checkIdentity: false }), undefined);
  assert.equal(claimsProblem(image, { ...claims, identity: undefined }, {}), undefined, 'a layout that signs no identity is not refused for it');
  assert.equal(claimsProblem(image, claims, { annotations: { a: '2' } })?.code, 'annotation');
});

test('loadVerifier: a public key gives cosign trust; a private key is refused with a usage error', async () => {
  const v = await loadVerifier({ kind: 'key', key: keys.a.pub });
  assert.equal(v.kind, 'cosign');
  await assert.rejects(loadVerifier({ kind: 'key', key: keys.a.key }), /is a private key; verification needs the public key/);
});

test('a trust policy and a single verifier give the same verdict from the same spec', async () => {
  const { image, context } = await signed('both', { annotations: { env: 'prod' } });
  const policy = parseTrustPolicy(
    [
      'apiVersion: signet.dev/v1alpha1',
      'kind: TrustPolicy',
      'metadata: { name: test }',
      'spec:',
      '  rules:',
      '    - name: team',
      `      images: ["${HOST}/team/**"]`,
      '      annotations: { env: prod }',
      '      signers:',
      `        - { name: a, key: ${keys.a.pub} }`,
      '    - name: others',
      `      images: ["${HOST}/**"]`,
      '      signers:',
      `        - { name: b, key: ${keys.b.pub} }`,
    ].join('\n'),
    join(dir, 'policy.yaml'),
  );
  const byPolicy = await verifyImages({ images: [image], context, trust: { policy } });
  const [outcome] = byPolicy.images;
  assert.ok(outcome?.ok);
  assert.equal(outcome.value.ok, true);
  assert.equal(outcome.value.rule, 'team');
  assert.deepEqual(outcome.value.signers, [{ signer: 'a', ok: true, reason: undefined, rejected: [] }]);
  assert.equal(outcome.value.payloads.length, 2, 'the legacy signature and the bundle');
  const direct = await verdict(image, context, { annotations: { env: 'prod' } });
  assert.deepEqual(direct.payloads, outcome.value.payloads);
});

test('a trust policy names each signer\'s typed rejections, and fails closed for an image no rule covers', async () => {
  const { image, context } = await signed('legacy', { signer: 'b' });
  const policy = parseTrustPolicy(
    [
      'apiVersion: signet.dev/v1alpha1',
      'kind: TrustPolicy',
      'metadata: { name: test }',
      'spec:',
      '  rules:',
      '    - name: team',
      `      images: ["${HOST}/team/**"]`,
      '      signers:',
      `        - { name: a, key: ${keys.a.pub} }`,
    ].join('\n'),
    join(dir, 'policy.yaml'),
  );
  const batch = await verifyImages({ images: [image, `${HOST}/elsewhere/app@sha256:${'2'.repeat(64)}`], context, trust: { policy } });
  const [covered, uncovered] = batch.images;
  assert.ok(covered?.ok && uncovered?.ok);
  assert.equal(covered.value.ok, false);
  assert.deepEqual(covered.value.signers?.map((s) => [s.signer, s.rejected?.map((r) => r.code)]), [['a', ['untrusted']]]);
  assert.match(covered.value.reason ?? '', /rule "team" requires one signer; a: no valid signature/);
  assert.equal(uncovered.value.ok, false);
  assert.match(uncovered.value.reason ?? '', /no rule of trust policy "test" covers/);
});

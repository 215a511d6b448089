/**
 * Certificate-backed key signing with a private CA (RSA 2048 root -> intermediate -> leaf),
 * judged by cosign in both directions, plus every way a certificate can be unfit.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { makeCa, makeLeaf, makePki, type Pki } from '../support/pki.ts';

let registry: RunningRegistry;
let dir: string;
let pki: Pki;
let env: NodeJS.ProcessEnv;
const EMAIL = 'release@example.com';

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-pki-'));
  pki = await makePki(dir, EMAIL);
  env = { COSIGN_PASSWORD: 'pw', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir };
});

after(async () => {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
});

const cosignVerifyCert = (ref: string, identity: string, chain = pki.chain) =>
  cosign(
    ['verify', '--certificate-chain', chain, '--certificate-identity', identity, '--certificate-oidc-issuer-regexp', '.*',
      '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', ref],
    env,
  );

const signetSignCert = (ref: string, extra: string[] = [], leaf = { key: pki.leafKey, cert: pki.leafCert }) =>
  signet(['sign', '--key', leaf.key, '--cert', leaf.cert, '--cert-chain', pki.chain, ...extra, ref], { env });

test('signet cert-chain signature is accepted by cosign with the identity, rejected with another', async () => {
  const img = await pushRandomImage(registry.host, 'pki/a');
  const s = await signetSignCert(img.ref);
  assert.equal(s.code, 0, s.stderr);
  const ok = await cosignVerifyCert(img.ref, EMAIL);
  assert.equal(ok.code, 0, ok.stderr);
  assert.notEqual((await cosignVerifyCert(img.ref, 'mallory@example.com')).code, 0);
  const v = await signet(['verify', '--cert-chain', pki.chain, '--certificate-identity', EMAIL, img.ref], { env });
  assert.equal(v.code, 0, v.stderr);
  const wrongId = await signet(['verify', '--cert-chain', pki.chain, '--certificate-identity', 'mallory@example.com', img.ref], { env });
  assert.equal(wrongId.code, 1);
  assert.match(wrongId.stderr, /do not include "mallory@example.com"/);
});

test('cosign cert-chain signature is accepted by signet', async () => {
  const img = await pushRandomImage(registry.host, 'pki/b');
  const imported = await cosign(['import-key-pair', '--key', pki.leafKey, '--output-key-prefix', join(dir, 'imported')], env);
  assert.equal(imported.code, 0, imported.stderr);
  const s = await cosign(['sign', '--key', join(dir, 'imported.key'), '--cert', pki.leafCert, '--cert-chain', pki.chain,
    '--tlog-upload=false', '--allow-http-registry', img.ref], env);
  assert.equal(s.code, 0, s.stderr);
  const v = await signet(['verify', '--cert-chain', pki.chain, '--certificate-identity-regexp', '@example\\.com$', img.ref], { env });
  assert.equal(v.code, 0, v.stderr);
});

test('a chain to another root is untrusted, for both tools', async () => {
  const img = await pushRandomImage(registry.host, 'pki/untrusted');
  assert.equal((await signetSignCert(img.ref)).code, 0);
  const otherDir = await mkdtemp(join(tmpdir(), 'signet-pki-other-'));
  const other = await makePki(otherDir);
  assert.notEqual((await cosignVerifyCert(img.ref, EMAIL, other.chain)).code, 0);
  const v = await signet(['verify', '--cert-chain', other.chain, '--certificate-identity', EMAIL, img.ref], { env });
  assert.equal(v.code, 1);
  assert.match(v.stderr, /does not lead to a trusted root/);
  await rm(otherDir, { recursive: true, force: true });
});

test('unfit certificates are refused at signing with the reason, and nothing is written', async () => {
  const img = await pushRandomImage(registry.host, 'pki/unfit');
  const intermediate = { key: join(dir, 'intermediate.key'), cert: pki.intermediateCert };
  const serverCert = await makeLeaf(dir, { name: 'server', email: EMAIL, eku: 'serverAuth', issuerKey: intermediate.key, issuerCert: intermediate.cert });
  const expired = await makeLeaf(dir, { name: 'expired', email: EMAIL, startDate: '20200101000000Z', endDate: '20200201000000Z', issuerKey: intermediate.key, issuerCert: intermediate.cert });
  const strangerRoot = await makeCa(dir, 'stranger');
  const stranger = await makeLeaf(dir, { name: 'stranger-leaf', email: EMAIL, issuerKey: strangerRoot.key, issuerCert: strangerRoot.cert });

  const eku = await signetSignCert(img.ref, [], serverCert);
  assert.equal(eku.code, 2);
  assert.match(eku.stderr, /codeSigning/);
  const exp = await signetSignCert(img.ref, [], expired);
  assert.equal(exp.code, 2);
  assert.match(exp.stderr, /expired at 2020-02-01/);
  const mismatch = await signetSignCert(img.ref, [], { key: serverCert.key, cert: pki.leafCert });
  assert.equal(mismatch.code, 2);
  assert.match(mismatch.stderr, /does not match the signing key/);
  const broken = await signetSignCert(img.ref, [], stranger);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /does not lead to a trusted root/);
  const corrupt = join(dir, 'corrupt.pem');
  await writeFile(corrupt, (await readFile(pki.leafCert, 'utf8')).replace(/[A-Za-z]{8}\n/, 'AAAAAAAA\n'));
  const bad = await signetSignCert(img.ref, [], { key: pki.leafKey, cert: corrupt });
  assert.equal(bad.code, 2);

  const res = await fetch(`http://${registry.host}/v2/pki/unfit/manifests/${img.digest.replace(':', '-')}.sig`);
  assert.equal(res.status, 404, 'a refused signing must not write anything');
});

test('an expired certificate on a stored signature is rejected by verify', async () => {
  const img = await pushRandomImage(registry.host, 'pki/expired');
  const intermediate = { key: join(dir, 'intermediate.key'), cert: pki.intermediateCert };
  const expired = await makeLeaf(dir, { name: 'expired2', email: EMAIL, startDate: '20200101000000Z', endDate: '20200201000000Z', issuerKey: intermediate.key, issuerCert: intermediate.cert });
  // Neither signet nor cosign will sign with it, so write the signature as a careless tool
  // would: the core's building blocks, bypassing the signing-time checks.
  const { createPrivateKey } = await import('node:crypto');
  const core = await import('@signet/core');
  const client = new core.RegistryClient({ insecureRegistries: [registry.host] });
  const repo = client.repository(registry.host, 'pki/expired');
  const payload = core.buildCosignPayload({ dockerReference: `${registry.host}/pki/expired`, digest: img.digest });
  const signature = core.signBytes(createPrivateKey(await readFile(expired.key, 'utf8')), payload);
  await new core.CosignSignatureStore(repo).append(
    img.digest,
    payload,
    {
      'dev.cosignproject.cosign/signature': Buffer.from(signature).toString('base64'),
      'dev.sigstore.cosign/certificate': await readFile(expired.cert, 'utf8'),
      'dev.sigstore.cosign/chain': await readFile(pki.chain, 'utf8'),
    },
    () => false,
    { settleMs: 0 },
  );
  await client.close();
  const v = await signet(['verify', '--cert-chain', pki.chain, '--certificate-identity', EMAIL, img.ref], { env });
  assert.equal(v.code, 1);
  assert.match(v.stderr, /expired at 2020-02-01/);
  assert.notEqual((await cosignVerifyCert(img.ref, EMAIL)).code, 0, 'cosign rejects it too');
});

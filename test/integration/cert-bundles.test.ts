/**
 * Certificate-backed key signatures as sigstore bundles (issue 10: bundles "with any key
 * source, cert chain included") and with Rekor entries. Judged by the real cosign v3.1.3,
 * which writes the same bundle for `sign --key K --cert C --cert-chain CH`: a v0.3 bundle whose
 * verification material is `x509CertificateChain` [leaf, intermediates] (the self-signed root
 * left out), and verifies it only with `--trusted-root` naming the CA (its --certificate-chain
 * and --ca-roots are refused for bundles) and `--allow-certificate-chain` (the v0.3 spec
 * forbids chains in bundles; without the flag cosign finds "no signatures").
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign, cosignV3 } from '../support/peers.ts';
import { makeLeaf, makePki, writeCaTrustedRoot, type Pki } from '../support/pki.ts';
import { startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';

const EMAIL = 'release@example.com';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
let registry: RunningRegistry;
let dir: string;
let pki: Pki;
let other: Pki;
let env: NodeJS.ProcessEnv;
/** Trusted roots naming our CA (root only: the bundle carries the intermediate) and another CA. */
let caRoot: string;
let otherRoot: string;
let cosignKey: string;

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-cert-bundles-'));
  pki = await makePki(dir, EMAIL);
  other = await makePki(await mkdtemp(join(dir, 'other-')), EMAIL);
  env = { COSIGN_PASSWORD: 'pw', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir };
  caRoot = await writeCaTrustedRoot(join(dir, 'ca-root.json'), [pki.rootCert]);
  otherRoot = await writeCaTrustedRoot(join(dir, 'other-root.json'), [other.rootCert]);
  const imported = await cosign(['import-key-pair', '--key', pki.leafKey, '--output-key-prefix', join(dir, 'imported')], env);
  assert.equal(imported.code, 0, imported.stderr);
  cosignKey = join(dir, 'imported.key');
});

after(async () => {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
});

const signetSign = (ref: string, extra: string[] = []) =>
  signet(['sign', '--key', pki.leafKey, '--cert', pki.leafCert, '--cert-chain', pki.chain, ...extra, ref], { env });
const v3Verify = (ref: string, identity = EMAIL, trustedRoot = caRoot, extra: string[] = ['--insecure-ignore-tlog=true', '--allow-certificate-chain']) =>
  cosignV3(['verify', '--trusted-root', trustedRoot, '--certificate-identity', identity, '--certificate-oidc-issuer-regexp', '.*',
    '--insecure-ignore-sct', '--allow-http-registry', ...extra, ref], env);
const signetVerify = (ref: string, identity = EMAIL, chain = pki.chain, extra: string[] = []) =>
  signet(['verify', '--cert-chain', chain, '--certificate-identity', identity, '--output', 'json', ...extra, ref], { env });

const repoOf = (img: PushedImage): string => img.repository.slice(registry.host.length + 1);
const sha = (b: Uint8Array | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const derOf = async (pem: string): Promise<string> => new X509Certificate(await readFile(pem)).raw.toString('base64');

interface BundleJSON {
  verificationMaterial: { x509CertificateChain?: { certificates: { rawBytes: string }[] }; certificate?: { rawBytes: string }; tlogEntries?: { kindVersion: { kind: string } }[] };
  dsseEnvelope: { payload: string; signatures: { sig: string }[] };
}

async function referrers(img: PushedImage): Promise<{ digest: string }[]> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}`, { headers: { accept: OCI_INDEX } });
  if (res.status === 404) return [];
  return ((await res.json()) as { manifests: { digest: string }[] }).manifests;
}

async function onlyBundle(img: PushedImage): Promise<{ bundle: BundleJSON; manifest: { layers: { digest: string; size: number }[] }; entry: { digest: string } }> {
  const [entry, ...more] = await referrers(img);
  assert.ok(entry && more.length === 0, 'one referrer');
  const manifest = (await (await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${entry.digest}`, { headers: { accept: OCI_MANIFEST } })).json()) as {
    layers: { digest: string; size: number }[];
  };
  const bundle = (await (await fetch(`http://${registry.host}/v2/${repoOf(img)}/blobs/${manifest.layers[0]!.digest}`)).json()) as BundleJSON;
  return { bundle, manifest, entry };
}

async function put(path: string, body: Uint8Array | string, contentType: string): Promise<void> {
  const res = await fetch(`http://${registry.host}/v2/${path}`, { method: 'PUT', headers: { 'content-type': contentType }, body });
  await res.arrayBuffer();
  assert.equal(res.status, 201, `PUT ${path}`);
}

/** Replaces the image's one bundle referrer by `mutate`d bytes, as an attacker with push access would. */
async function rewriteBundle(img: PushedImage, mutate: (b: BundleJSON) => void): Promise<void> {
  const repo = repoOf(img);
  const { bundle, manifest, entry } = await onlyBundle(img);
  mutate(bundle);
  const bytes = Buffer.from(JSON.stringify(bundle));
  const start = await fetch(`http://${registry.host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  await start.arrayBuffer();
  const location = new URL(start.headers.get('location') ?? '', `http://${registry.host}`);
  location.searchParams.set('digest', sha(bytes));
  const up = await fetch(location, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
  await up.arrayBuffer();
  assert.equal(up.status, 201);
  manifest.layers[0] = { ...manifest.layers[0]!, digest: sha(bytes), size: bytes.byteLength };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  await put(`${repo}/manifests/${sha(manifestBytes)}`, manifestBytes, OCI_MANIFEST);
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ ...entry, digest: sha(manifestBytes), size: manifestBytes.byteLength }] };
  await put(`${repo}/manifests/${img.digest.replace(':', '-')}`, JSON.stringify(index), OCI_INDEX);
}

describe('signet writes certificate-backed bundles, cosign v3 judges them', () => {
  test('--format bundle: the chain cosign v3 writes, accepted with the CA, rejected for another identity or root', async () => {
    const img = await pushRandomImage(registry.host, 'certb/signet');
    const s = await signetSign(img.ref, ['--format', 'bundle']);
    assert.equal(s.code, 0, s.stderr);
    const { bundle } = await onlyBundle(img);
    // Leaf then intermediate; the self-signed root is the verifier's to supply.
    assert.deepEqual(bundle.verificationMaterial.x509CertificateChain?.certificates.map((c) => c.rawBytes), [await derOf(pki.leafCert), await derOf(pki.intermediateCert)]);

    const ok = await v3Verify(img.ref);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as { critical: { type: string } }[])[0]?.critical.type, 'https://sigstore.dev/cosign/sign/v1');
    assert.notEqual((await v3Verify(img.ref, 'mallory@example.com')).code, 0, 'cosign v3: wrong identity');
    assert.notEqual((await v3Verify(img.ref, EMAIL, otherRoot)).code, 0, 'cosign v3: chain to another root');
    const strict = await v3Verify(img.ref, EMAIL, caRoot, ['--insecure-ignore-tlog=true']);
    assert.notEqual(strict.code, 0, 'cosign v3 refuses chains in v0.3 bundles unless --allow-certificate-chain');
    assert.match(strict.stderr, /no signatures found/);

    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((JSON.parse(own.stdout.trim()) as unknown[]).length, 1);
    const wrongId = await signetVerify(img.ref, 'mallory@example.com');
    assert.equal(wrongId.code, 1);
    assert.match(wrongId.stderr, /do not include "mallory@example.com"/);
    const wrongRoot = await signetVerify(img.ref, EMAIL, other.chain);
    assert.equal(wrongRoot.code, 1);
    assert.match(wrongRoot.stderr, /does not lead to a trusted root/);
  });

  test('--cert without --cert-chain: the leaf alone, as cosign v3 writes it; the verifier supplies the intermediate', async () => {
    const img = await pushRandomImage(registry.host, 'certb/leaf-only');
    const s = await signet(['sign', '--key', pki.leafKey, '--cert', pki.leafCert, '--format', 'bundle', img.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    const { bundle } = await onlyBundle(img);
    assert.equal(bundle.verificationMaterial.certificate?.rawBytes, await derOf(pki.leafCert));
    assert.equal(bundle.verificationMaterial.x509CertificateChain, undefined);
    const fullChain = await writeCaTrustedRoot(join(dir, 'ca-chain.json'), [pki.intermediateCert, pki.rootCert]);
    const ok = await v3Verify(img.ref, EMAIL, fullChain, ['--insecure-ignore-tlog=true']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.notEqual((await v3Verify(img.ref, EMAIL, caRoot, ['--insecure-ignore-tlog=true'])).code, 0, 'no path to the root without the intermediate');
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
  });

  test('--format both: cosign v2.6.5 --certificate-chain reads the legacy layer, cosign v3 the bundle, signet both', async () => {
    const img = await pushRandomImage(registry.host, 'certb/both');
    const s = await signetSign(img.ref, ['--format', 'both']);
    assert.equal(s.code, 0, s.stderr);
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((JSON.parse(own.stdout.trim()) as unknown[]).length, 2, 'signet counts both signatures');
    const v3 = await v3Verify(img.ref);
    assert.equal(v3.code, 0, v3.stderr);
    const v3Legacy = await cosignV3(['verify', '--new-bundle-format=false', '--certificate-chain', pki.chain, '--certificate-identity', EMAIL,
      '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], env);
    assert.equal(v3Legacy.code, 0, v3Legacy.stderr);
    assert.equal((JSON.parse(v3Legacy.stdout) as { critical: { type: string } }[])[0]?.critical.type, 'cosign container image signature');
    const v2 = await cosign(['verify', '--certificate-chain', pki.chain, '--certificate-identity', EMAIL, '--certificate-oidc-issuer-regexp', '.*',
      '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], env);
    assert.equal(v2.code, 0, v2.stderr);
    // With --certificate-chain, cosign v2.6.5 reads the `.sig` layer (unlike --key, where a
    // referrer makes it verify bundles only and demand a trusted root).
    assert.deepEqual((JSON.parse(v2.stdout) as { critical: { type: string } }[]).map((p) => p.critical.type), ['cosign container image signature']);
  });
});

describe('cosign v3 writes certificate-backed bundles, signet verifies', () => {
  test('sign --key --cert --cert-chain: accepted with --cert-chain and the identity, rejected otherwise', async () => {
    const img = await pushRandomImage(registry.host, 'certb/cosign');
    const s = await cosignV3(['sign', '--key', cosignKey, '--cert', pki.leafCert, '--cert-chain', pki.chain, '--use-signing-config=false',
      '--tlog-upload=false', '--allow-http-registry', img.ref], env);
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await onlyBundle(img)).bundle.verificationMaterial.x509CertificateChain?.certificates.length, 2);
    const ok = await signet(['verify', '--cert-chain', pki.chain, '--certificate-identity-regexp', '@example\\.com$', '--output', 'json', img.ref], { env });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout.trim()) as { critical: { type: string } }[])[0]?.critical.type, 'https://sigstore.dev/cosign/sign/v1');
    assert.equal((await signetVerify(img.ref, 'mallory@example.com')).code, 1);
    const wrongRoot = await signetVerify(img.ref, EMAIL, other.chain);
    assert.equal(wrongRoot.code, 1);
    assert.match(wrongRoot.stderr, /does not lead to a trusted root/);
    // A key bundle check does not accept it for an unrelated key either.
    const stranger = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'stranger')], { env });
    assert.equal(stranger.code, 0, stranger.stderr);
    assert.equal((await signet(['verify', '--key', join(dir, 'stranger.pub'), img.ref], { env })).code, 1);
  });
});

describe('tampered certificate-backed bundles', () => {
  test('a changed statement, or a certificate swapped for another identity, is rejected by cosign v3 and signet', async () => {
    const img = await pushRandomImage(registry.host, 'certb/tampered');
    assert.equal((await signetSign(img.ref, ['--format', 'bundle', '-a', 'env=dev'])).code, 0);
    await rewriteBundle(img, (b) => {
      b.dsseEnvelope.payload = Buffer.from(Buffer.from(b.dsseEnvelope.payload, 'base64').toString().replace('"env":"dev"', '"env":"prod"')).toString('base64');
    });
    assert.notEqual((await v3Verify(img.ref)).code, 0, 'cosign v3 rejects the changed statement');
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 1);
    assert.match(own.stderr, /signature does not verify with its certificate/);

    // Same CA, another identity and key: the certificate checks out, the signature does not.
    const img2 = await pushRandomImage(registry.host, 'certb/swapped');
    assert.equal((await signetSign(img2.ref, ['--format', 'bundle'])).code, 0);
    const mallory = await makeLeaf(dir, { name: 'mallory', email: 'mallory@example.com', issuerKey: join(dir, 'intermediate.key'), issuerCert: pki.intermediateCert });
    const malloryDer = await derOf(mallory.cert);
    await rewriteBundle(img2, (b) => {
      b.verificationMaterial.x509CertificateChain!.certificates[0] = { rawBytes: malloryDer };
    });
    assert.notEqual((await v3Verify(img2.ref, 'mallory@example.com')).code, 0, 'cosign v3 rejects the swapped certificate');
    const swapped = await signetVerify(img2.ref, 'mallory@example.com');
    assert.equal(swapped.code, 1);
    assert.match(swapped.stderr, /signature does not verify with its certificate/);
  });
});

describe('--tlog-upload with --cert', () => {
  let sigstore: LocalSigstore;
  let rekorKey: string;
  /** Our CA plus the local Rekor: what cosign v3 needs to check both the chain and the entry. */
  let caWithLog: string;
  before(async () => {
    sigstore = await startLocalSigstore();
    const der = Buffer.from(sigstore.trustedRoot.tlogs[0]!.publicKey.rawBytes, 'base64');
    rekorKey = join(dir, 'rekor.pub');
    await writeFile(rekorKey, `-----BEGIN PUBLIC KEY-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----\n`);
    const root = JSON.parse(await readFile(caRoot, 'utf8')) as Record<string, unknown>;
    caWithLog = join(dir, 'ca-with-log.json');
    await writeFile(caWithLog, JSON.stringify({ ...root, tlogs: sigstore.trustedRoot.tlogs }));
  });
  after(async () => sigstore.stop());

  test('the entries log the certificate; cosign v2 (legacy) and v3 (bundle) check them without --insecure-ignore-tlog', async () => {
    const img = await pushRandomImage(registry.host, 'certb/tlog');
    const s = await signetSign(img.ref, ['--format', 'both', '--tlog-upload', '--rekor-url', sigstore.rekorURL]);
    assert.equal(s.code, 0, s.stderr);
    const { bundle } = await onlyBundle(img);
    assert.equal(bundle.verificationMaterial.tlogEntries?.[0]?.kindVersion.kind, 'dsse');
    assert.equal(bundle.verificationMaterial.x509CertificateChain?.certificates.length, 2);

    const v3 = await v3Verify(img.ref, EMAIL, caWithLog, ['--allow-certificate-chain']);
    assert.equal(v3.code, 0, v3.stderr);
    assert.notEqual((await v3Verify(img.ref, 'mallory@example.com', caWithLog, ['--allow-certificate-chain'])).code, 0);

    const v3Legacy = await cosignV3(['verify', '--new-bundle-format=false', '--certificate-chain', pki.chain, '--certificate-identity', EMAIL,
      '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--rekor-url', sigstore.rekorURL, '--allow-http-registry', img.ref],
    { ...env, SIGSTORE_REKOR_PUBLIC_KEY: rekorKey });
    assert.equal(v3Legacy.code, 0, v3Legacy.stderr);

    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((JSON.parse(own.stdout.trim()) as unknown[]).length, 2);
  });

  test('legacy only: cosign v2.6.5 checks the hashedrekord entry logged for the certificate', async () => {
    const img = await pushRandomImage(registry.host, 'certb/tlog-legacy');
    const s = await signetSign(img.ref, ['--tlog-upload', '--rekor-url', sigstore.rekorURL]);
    assert.equal(s.code, 0, s.stderr);
    const v2 = (identity: string) =>
      cosign(['verify', '--certificate-chain', pki.chain, '--certificate-identity', identity, '--certificate-oidc-issuer-regexp', '.*',
        '--insecure-ignore-sct', '--rekor-url', sigstore.rekorURL, '--allow-http-registry', img.ref], { ...env, SIGSTORE_REKOR_PUBLIC_KEY: rekorKey });
    const ok = await v2(EMAIL);
    assert.equal(ok.code, 0, ok.stderr);
    assert.notEqual((await v2('mallory@example.com')).code, 0);
  });
});

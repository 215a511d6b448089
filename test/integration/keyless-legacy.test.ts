/**
 * cosign v2's legacy keyless layout (issue 10): `signet sign --keyless --format legacy|both`
 * against local Fulcio/Rekor/CT/TSA (test/support/sigstore-local.ts) and docker-registry,
 * judged by the real cosign v2.6.5 (and v3.1.3 with --new-bundle-format=false) given the
 * private trusted root; and cosign v2's own keyless output read by `signet verify`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign, cosignV3 } from '../support/peers.ts';
import { identityToken, startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';

const ISSUER = 'https://token.actions.example';
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
let registry: RunningRegistry;
let sigstore: LocalSigstore;
let dir: string;
let trustedRoot: string;
let env: NodeJS.ProcessEnv;
let token: string;

before(async () => {
  registry = await startRegistry();
  sigstore = await startLocalSigstore();
  dir = await mkdtemp(join(tmpdir(), 'signet-keyless-legacy-'));
  trustedRoot = join(dir, 'trusted_root.json');
  await sigstore.writeTrustedRoot(trustedRoot);
  token = identityToken({ iss: ISSUER, sub: IDENTITY });
  env = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, SIGSTORE_ID_TOKEN: '', ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' };
});

after(async () => {
  await registry.stop();
  await sigstore.stop();
  await rm(dir, { recursive: true, force: true });
});

const services = (): string[] => ['--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL];
const signKeyless = (ref: string, extra: string[] = []) => signet(['sign', '--keyless', ...services(), '--identity-token', token, ...extra, ref], { env });
const v2Verify = (ref: string, identity = IDENTITY, issuer = ISSUER, extra: string[] = []) =>
  cosign(['verify', '--trusted-root', trustedRoot, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer, '--allow-http-registry', ...extra, ref], env);

const signetVerify = (ref: string, identity = IDENTITY, issuer = ISSUER, extra: string[] = []) =>
  signet(['verify', '--trusted-root', trustedRoot, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer, '--output', 'json', ...extra, ref], { env });
const v3Legacy = (ref: string, identity = IDENTITY, issuer = ISSUER) =>
  cosignV3(['verify', '--new-bundle-format=false', '--trusted-root', trustedRoot, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer, '--allow-http-registry', ref], env);

const sha = (b: Uint8Array | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const repoOf = (img: PushedImage): string => img.repository.slice(registry.host.length + 1);
const sigTag = (img: PushedImage): string => img.digest.replace(':', '-') + '.sig';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

interface Layer {
  mediaType: string;
  digest: string;
  size: number;
  annotations: Record<string, string>;
}

async function sigManifest(img: PushedImage): Promise<{ layers: Layer[] } & Record<string, unknown>> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${sigTag(img)}`, { headers: { accept: OCI_MANIFEST } });
  assert.equal(res.status, 200, 'the .sig manifest exists');
  return (await res.json()) as { layers: Layer[] };
}

async function blob(img: PushedImage, digest: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(`http://${registry.host}/v2/${repoOf(img)}/blobs/${digest}`)).arrayBuffer());
}

async function pushBlob(img: PushedImage, bytes: Buffer): Promise<void> {
  const start = await fetch(`http://${registry.host}/v2/${repoOf(img)}/blobs/uploads/`, { method: 'POST' });
  await start.arrayBuffer();
  const location = new URL(start.headers.get('location') ?? '', `http://${registry.host}`);
  location.searchParams.set('digest', sha(bytes));
  const up = await fetch(location, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
  await up.arrayBuffer();
  assert.equal(up.status, 201);
}

/** A registry-side edit of the only `.sig` layer: what an attacker with push access can do. */
async function editSignature(img: PushedImage, edit: (layer: Layer, payload: Buffer) => { annotations: Record<string, string>; payload: Buffer }): Promise<void> {
  const manifest = await sigManifest(img);
  const layer = manifest.layers[0]!;
  const { annotations, payload } = edit(layer, await blob(img, layer.digest));
  await pushBlob(img, payload);
  manifest.layers[0] = { ...layer, digest: sha(payload), size: payload.byteLength, annotations };
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${sigTag(img)}`, { method: 'PUT', headers: { 'content-type': OCI_MANIFEST }, body: JSON.stringify(manifest) });
  await res.arrayBuffer();
  assert.equal(res.status, 201);
}

/** A peer's rejection, with the reason it gave (so a crash or a usage error does not pass for one). */
function rejected(r: { code: number; stderr: string }, reason: RegExp, what: string): void {
  assert.notEqual(r.code, 0, `${what}: accepted`);
  assert.match(r.stderr, reason, what);
}

describe('signet signs cosign v2 legacy keyless, cosign v2 verifies', () => {
  test('--format legacy: the .sig layer cosign v2 writes, accepted by cosign v2, cosign v3 (legacy mode) and signet', async () => {
    const img = await pushRandomImage(registry.host, 'kl/legacy');
    const s = await signKeyless(img.ref, ['--format', 'legacy', '--trusted-root', trustedRoot, '-a', 'env=prod']);
    assert.equal(s.code, 0, s.stderr);
    const [layer, ...more] = (await sigManifest(img)).layers;
    assert.equal(more.length, 0);
    assert.equal(layer!.mediaType, 'application/vnd.dev.cosign.simplesigning.v1+json');
    const a = layer!.annotations;
    assert.ok(a['dev.cosignproject.cosign/signature']);
    const leaf = new X509Certificate(a['dev.sigstore.cosign/certificate']!);
    assert.match(leaf.subjectAltName ?? '', /release\.yml/);
    // The mock Fulcio issues from its root directly: the chain is that root, which the trusted root names.
    const root = new X509Certificate(a['dev.sigstore.cosign/chain']!);
    assert.ok(leaf.checkIssued(root));
    const rekor = JSON.parse(a['dev.sigstore.cosign/bundle']!) as { SignedEntryTimestamp: string; Payload: { body: string; integratedTime: number; logIndex: number; logID: string } };
    assert.deepEqual(Object.keys(rekor), ['SignedEntryTimestamp', 'Payload']);
    assert.deepEqual(Object.keys(rekor.Payload), ['body', 'integratedTime', 'logIndex', 'logID']);
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString()) as { kind: string; spec: { data: { hash: { value: string } }; signature: { content: string } } };
    assert.equal(body.kind, 'hashedrekord');
    assert.equal(`sha256:${body.spec.data.hash.value}`, layer!.digest, 'the log entry is for the payload');
    assert.equal(body.spec.signature.content, a['dev.cosignproject.cosign/signature']);
    assert.equal((await v2Verify(img.ref)).code, 0, 'cosign v2.6.5 accepts');
    const v3 = await v3Legacy(img.ref);
    assert.equal(v3.code, 0, v3.stderr);
    const own = await signetVerify(img.ref, IDENTITY, ISSUER, ['-a', 'env=prod']);
    assert.equal(own.code, 0, own.stderr);
  });

  test('cosign v2 and signet reject a wrong identity or issuer, a tampered payload, a stripped Rekor bundle', async () => {
    const img = await pushRandomImage(registry.host, 'kl/reject');
    const s = await signKeyless(img.ref, ['--format', 'legacy']);
    assert.equal(s.code, 0, s.stderr);
    for (const [identity, issuer, what] of [
      ['https://github.com/evil/x', ISSUER, 'wrong identity'],
      [IDENTITY, 'https://accounts.example', 'wrong issuer'],
    ] as const) {
      rejected(await v2Verify(img.ref, identity, issuer), /none of the expected identities matched/, `cosign v2: ${what}`);
      rejected(await v3Legacy(img.ref, identity, issuer), /none of the expected identities matched/, `cosign v3: ${what}`);
      assert.equal((await signetVerify(img.ref, identity, issuer)).code, 1, `signet: ${what}`);
    }
    const original = await sigManifest(img);
    const originalPayload = await blob(img, original.layers[0]!.digest);
    assert.match(originalPayload.toString(), /"optional":null/);
    // Tampered payload: another digest signed "by" the same signature and log entry.
    await editSignature(img, (layer, payload) => ({ annotations: layer.annotations, payload: Buffer.from(payload.toString().replace('"optional":null', '"optional":{"x":"y"}')) }));
    assert.notEqual((await sigManifest(img)).layers[0]!.digest, original.layers[0]!.digest);
    rejected(await v2Verify(img.ref), /matching bundle to payload/, 'cosign v2: tampered payload');
    const tampered = await signetVerify(img.ref);
    assert.equal(tampered.code, 1, 'signet: tampered payload');
    // Stripped bundle annotation: the original payload again, without its log entry.
    await editSignature(img, (layer) => {
      const { ['dev.sigstore.cosign/bundle']: _dropped, ...rest } = original.layers[0]!.annotations;
      return { annotations: rest, payload: originalPayload };
    });
    // cosign v2 then looks the entry up online in Rekor (here: the local one, which keeps no index).
    rejected(await v2Verify(img.ref, IDENTITY, ISSUER, ['--rekor-url', sigstore.rekorURL]), /searching log query/, 'cosign v2: no tlog entry (it searched the log)');
    const stripped = await signetVerify(img.ref);
    assert.equal(stripped.code, 1, 'signet: no tlog entry');
    assert.match(stripped.stderr, /dev\.sigstore\.cosign\/bundle annotation missing/);
    // Restored: accepted again, so the rejections above were about the edits.
    await editSignature(img, () => ({ annotations: original.layers[0]!.annotations, payload: originalPayload }));
    assert.equal((await v2Verify(img.ref)).code, 0);
    assert.equal((await signetVerify(img.ref)).code, 0);
  });
});

describe('RFC 3161 timestamp on a legacy keyless signature', () => {
  test('--timestamp-server-url adds dev.sigstore.cosign/rfc3161timestamp; cosign v2 checks it with --use-signed-timestamps, signet with the root\'s TSA', async () => {
    const img = await pushRandomImage(registry.host, 'kl/tsa');
    const s = await signKeyless(img.ref, ['--format', 'legacy', '--timestamp-server-url', sigstore.tsaURL, '--trusted-root', trustedRoot]);
    assert.equal(s.code, 0, s.stderr);
    const a = (await sigManifest(img)).layers[0]!.annotations;
    const ts = JSON.parse(a['dev.sigstore.cosign/rfc3161timestamp']!) as Record<string, string>;
    assert.deepEqual(Object.keys(ts), ['SignedRFC3161Timestamp']);
    const v2 = await v2Verify(img.ref, IDENTITY, ISSUER, ['--use-signed-timestamps']);
    assert.equal(v2.code, 0, v2.stderr);
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    // A genuine timestamp, but over another signature: both reject it.
    const other = await pushRandomImage(registry.host, 'kl/tsa-other');
    assert.equal((await signKeyless(other.ref, ['--format', 'legacy', '--timestamp-server-url', sigstore.tsaURL])).code, 0);
    const foreign = (await sigManifest(other)).layers[0]!.annotations['dev.sigstore.cosign/rfc3161timestamp']!;
    await editSignature(img, (layer, payload) => ({ annotations: { ...layer.annotations, 'dev.sigstore.cosign/rfc3161timestamp': foreign }, payload }));
    // cosign v2.6.5 refuses it ("hashed messages don't match") and then panics (index out of
    // range, pkg/cosign/verify.go:1367): a non-zero exit either way, noted in compatibility.md.
    rejected(await v2Verify(img.ref, IDENTITY, ISSUER, ['--use-signed-timestamps']), /hashed messages don't match/, 'cosign v2: foreign timestamp');
    rejected(await signetVerify(img.ref), /timestamp could not be verified/, 'signet: foreign timestamp');
  });
});

describe('--format both under one certificate', () => {
  test('legacy layer and bundle referrer carry the same Fulcio certificate; each format is read by its verifiers', async () => {
    const img = await pushRandomImage(registry.host, 'kl/both');
    const s = await signKeyless(img.ref, ['--format', 'both', '--trusted-root', trustedRoot]);
    assert.equal(s.code, 0, s.stderr);
    const layer = (await sigManifest(img)).layers[0]!;
    const index = (await (await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}`, { headers: { accept: 'application/vnd.oci.image.index.v1+json' } })).json()) as { manifests: { digest: string }[] };
    assert.equal(index.manifests.length, 1, 'one bundle referrer');
    const referrer = (await (await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${index.manifests[0]!.digest}`, { headers: { accept: OCI_MANIFEST } })).json()) as { layers: { digest: string }[] };
    const bundle = JSON.parse((await blob(img, referrer.layers[0]!.digest)).toString()) as { verificationMaterial: { certificate: { rawBytes: string } } };
    const legacyCert = new X509Certificate(layer.annotations['dev.sigstore.cosign/certificate']!);
    assert.deepEqual(Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'), legacyCert.raw, 'one certificate for both formats');
    // cosign v2.6.5 and v3 judge the bundle when one exists; --new-bundle-format=false makes v3 read the .sig layer.
    assert.equal((await v2Verify(img.ref)).code, 0, 'cosign v2.6.5 (bundle)');
    assert.equal((await v3Legacy(img.ref)).code, 0, 'cosign v3 legacy mode');
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((JSON.parse(own.stdout.trim()) as unknown[]).length, 2, 'signet accepts both signatures');
  });
});

describe('one certificate per run', () => {
  test('three images, --format both: one Fulcio certificate, six Rekor entries, all verified', async () => {
    const imgs = await Promise.all([1, 2, 3].map((n) => pushRandomImage(registry.host, `kl/batch-${n}`)));
    const fulcio = sigstore.requests.get('/api/v2/signingCert') ?? 0;
    const rekor = sigstore.requests.get('/api/v1/log/entries') ?? 0;
    const s = await signet(['sign', '--keyless', ...services(), '--identity-token', token, '--format', 'both', ...imgs.map((i) => i.ref)], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((sigstore.requests.get('/api/v2/signingCert') ?? 0) - fulcio, 1, 'one certificate for the whole run');
    assert.equal((sigstore.requests.get('/api/v1/log/entries') ?? 0) - rekor, 6, 'a hashedrekord and a dsse entry per image');
    const certs = new Set<string>();
    for (const img of imgs) {
      certs.add((await sigManifest(img)).layers[0]!.annotations['dev.sigstore.cosign/certificate']!);
      assert.equal((await v2Verify(img.ref)).code, 0);
    }
    assert.equal(certs.size, 1);
  });
});

describe('cosign v2 signs keyless, signet verifies', () => {
  test('cosign sign --fulcio-url --rekor-url --identity-token (v2.6.5): accepted for the signer, refused for another identity', async () => {
    const img = await pushRandomImage(registry.host, 'kl/by-cosign');
    const tokenFile = join(dir, 'token');
    await writeFile(tokenFile, token);
    const s = await cosign(
      ['sign', '--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL, '--identity-token', tokenFile, '--trusted-root', trustedRoot, '--allow-http-registry', '--yes', img.ref],
      env,
    );
    assert.equal(s.code, 0, s.stderr);
    const a = (await sigManifest(img)).layers[0]!.annotations;
    assert.ok(a['dev.sigstore.cosign/bundle'] && a['dev.sigstore.cosign/certificate'], 'cosign v2 wrote its legacy keyless layer');
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    rejected(await signetVerify(img.ref, 'https://github.com/evil/x'), /certificate identities .* do not include/, 'signet: wrong identity');
    rejected(await signetVerify(img.ref, IDENTITY, 'https://accounts.example'), /issuer/, 'signet: wrong issuer');
  });
});

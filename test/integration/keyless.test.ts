/**
 * Keyless signing (issue 10, second part) against local Fulcio/Rekor/CT/TSA (@sigstore/mock's
 * handlers, test/support/sigstore-local.ts) and docker-registry 2.8, judged by the real
 * cosign v3.1.3 with a private trusted root: `cosign verify --trusted-root F
 * --certificate-identity X --certificate-oidc-issuer Y` and nothing else (the root lists the
 * CT log, so the embedded SCT is checked; the Rekor entry's SET gives the signing time).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosignV3 } from '../support/peers.ts';
import { identityToken, startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';

const ISSUER = 'https://token.actions.example';
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
let registry: RunningRegistry;
let sigstore: LocalSigstore;
let dir: string;
let trustedRoot: string;
let env: NodeJS.ProcessEnv;
let token: string;

const sha = (b: Uint8Array | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const repoOf = (img: PushedImage): string => img.repository.slice(registry.host.length + 1);

before(async () => {
  registry = await startRegistry();
  sigstore = await startLocalSigstore();
  dir = await mkdtemp(join(tmpdir(), 'signet-keyless-'));
  trustedRoot = join(dir, 'trusted_root.json');
  await sigstore.writeTrustedRoot(trustedRoot);
  token = identityToken({ iss: ISSUER, sub: IDENTITY });
  // No ambient token may leak in from the machine running the tests.
  env = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, SIGSTORE_ID_TOKEN: '', ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' };
});

after(async () => {
  await registry.stop();
  await sigstore.stop();
  await rm(dir, { recursive: true, force: true });
});

const services = (s: LocalSigstore = sigstore): string[] => ['--fulcio-url', s.fulcioURL, '--rekor-url', s.rekorURL];
const signKeyless = (ref: string, extra: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) =>
  signet(['sign', '--keyless', ...services(), '--identity-token', token, ...extra, ref], { env: { ...env, ...extraEnv } });
const v3Verify = (ref: string, identity = IDENTITY, issuer = ISSUER, root = trustedRoot, extra: string[] = []) =>
  cosignV3(['verify', '--trusted-root', root, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer, '--allow-http-registry', ...extra, ref], env);
const signetVerify = (ref: string, identity = IDENTITY, issuer = ISSUER, root = trustedRoot, extra: string[] = []) =>
  signet(['verify', '--trusted-root', root, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer, '--output', 'json', ...extra, ref], { env });

interface IndexEntry {
  digest: string;
  artifactType?: string;
  annotations?: Record<string, string>;
}

async function fallbackIndex(img: PushedImage): Promise<IndexEntry[]> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}`, { headers: { accept: 'application/vnd.oci.image.index.v1+json' } });
  if (res.status === 404) return [];
  assert.equal(res.status, 200);
  return ((await res.json()) as { manifests: IndexEntry[] }).manifests;
}

interface BundleJSON {
  verificationMaterial: { certificate?: { rawBytes: string }; tlogEntries: unknown[] };
  dsseEnvelope: { payload: string };
}

async function readBundle(img: PushedImage): Promise<{ bundle: BundleJSON; manifest: { layers: { digest: string; size: number; mediaType: string }[] }; entry: IndexEntry }> {
  const [entry] = await fallbackIndex(img);
  assert.ok(entry, 'one referrer');
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${entry.digest}`, { headers: { accept: OCI_MANIFEST } });
  const manifest = (await res.json()) as { layers: { digest: string; size: number; mediaType: string }[] };
  const bundle = (await (await fetch(`http://${registry.host}/v2/${repoOf(img)}/blobs/${manifest.layers[0]!.digest}`)).json()) as BundleJSON;
  return { bundle, manifest, entry };
}

async function put(path: string, body: Uint8Array | string, contentType: string): Promise<void> {
  const res = await fetch(`http://${registry.host}/v2/${path}`, { method: 'PUT', headers: { 'content-type': contentType }, body });
  await res.arrayBuffer();
  assert.equal(res.status, 201, `PUT ${path}`);
}

/** Replaces the image's only bundle referrer by one holding `bundle` (a registry-side edit). */
async function replaceBundle(img: PushedImage, bundle: BundleJSON): Promise<void> {
  const { manifest, entry } = await readBundle(img);
  const repo = repoOf(img);
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
  const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ ...entry, digest: sha(manifestBytes), size: manifestBytes.byteLength }] };
  await put(`${repo}/manifests/${img.digest.replace(':', '-')}`, JSON.stringify(index), 'application/vnd.oci.image.index.v1+json');
}

describe('signet signs keyless, cosign v3 verifies', () => {
  test('Fulcio certificate + Rekor entry in a bundle referrer: accepted by cosign v3 and signet', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/a');
    const s = await signKeyless(img.ref, ['--trusted-root', trustedRoot, '-a', 'env=prod']);
    assert.equal(s.code, 0, s.stderr);
    const entries = await fallbackIndex(img);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.artifactType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    const { bundle } = await readBundle(img);
    assert.ok(bundle.verificationMaterial.certificate, 'v0.3 bundle with the leaf certificate');
    assert.equal(bundle.verificationMaterial.tlogEntries.length, 1, 'one Rekor entry');
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as { predicateType: string; subject: { name: string }[] };
    assert.equal(statement.predicateType, 'https://sigstore.dev/cosign/sign/v1', 'the same statement as key bundles');

    const v3 = await v3Verify(img.ref, IDENTITY, ISSUER, trustedRoot, ['-a', 'env=prod']);
    assert.equal(v3.code, 0, v3.stderr);
    const payloads = JSON.parse(v3.stdout) as { critical: { image: { 'docker-manifest-digest': string } } }[];
    assert.equal(payloads[0]?.critical.image['docker-manifest-digest'], img.digest);

    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stderr, /verified against a Fulcio certificate chaining to the trusted root/, 'says what was checked, not "public key"');
    const regexp = await signet(
      ['verify', '--trusted-root', trustedRoot, '--certificate-identity-regexp', '^https://github\\.com/acme/', '--certificate-oidc-issuer-regexp', '^https://token\\.', img.ref],
      { env },
    );
    assert.equal(regexp.code, 0, regexp.stderr);
  });

  test('wrong identity or wrong issuer: rejected by cosign v3 and signet', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/identity');
    assert.equal((await signKeyless(img.ref)).code, 0);
    const other = 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main';
    assert.notEqual((await v3Verify(img.ref, other)).code, 0, 'cosign v3: wrong identity');
    assert.notEqual((await v3Verify(img.ref, IDENTITY, 'https://accounts.example')).code, 0, 'cosign v3: wrong issuer');
    const wrongId = await signetVerify(img.ref, other);
    assert.equal(wrongId.code, 1, wrongId.stderr);
    assert.match(wrongId.stderr, /do not include/);
    const wrongIssuer = await signetVerify(img.ref, IDENTITY, 'https://accounts.example');
    assert.equal(wrongIssuer.code, 1, wrongIssuer.stderr);
    assert.match(wrongIssuer.stderr, /issuer/);
    const regexp = await signet(['verify', '--trusted-root', trustedRoot, '--certificate-identity-regexp', '^https://github\\.com/evil/', '--certificate-oidc-issuer', ISSUER, img.ref], { env });
    assert.equal(regexp.code, 1, regexp.stderr);
  });

  test('an untrusted CA (another root): rejected by cosign v3 and signet', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/other-root');
    assert.equal((await signKeyless(img.ref)).code, 0);
    const other = await startLocalSigstore();
    try {
      const otherRoot = join(dir, 'other-root.json');
      await other.writeTrustedRoot(otherRoot);
      assert.notEqual((await v3Verify(img.ref, IDENTITY, ISSUER, otherRoot)).code, 0);
      assert.equal((await signetVerify(img.ref, IDENTITY, ISSUER, otherRoot)).code, 1);
    } finally {
      await other.stop();
    }
  });

  test('certificate already expired when the log integrated the entry: rejected by cosign v3 and signet', async () => {
    // A CA whose clock is an hour behind issues certificates valid for 10 minutes an hour ago.
    const stale = await startLocalSigstore({ caClock: new Date(Date.now() - 3600_000) });
    try {
      const staleRoot = join(dir, 'stale-root.json');
      await stale.writeTrustedRoot(staleRoot);
      const img = await pushRandomImage(registry.host, 'keyless/expired');
      const refused = await signet(['sign', '--keyless', ...services(stale), '--identity-token', token, '--trusted-root', staleRoot, img.ref], { env });
      assert.equal(refused.code, 1, 'signet checks its own bundle against --trusted-root before publishing');
      assert.equal((await fallbackIndex(img)).length, 0, 'nothing published');
      const s = await signet(['sign', '--keyless', ...services(stale), '--identity-token', token, img.ref], { env });
      assert.equal(s.code, 0, s.stderr);
      assert.notEqual((await v3Verify(img.ref, IDENTITY, ISSUER, staleRoot)).code, 0, 'cosign v3 rejects');
      const own = await signetVerify(img.ref, IDENTITY, ISSUER, staleRoot);
      assert.equal(own.code, 1, own.stderr);
    } finally {
      await stale.stop();
    }
  });

  test('log entry removed from the bundle, or from a log not in the trusted root: rejected', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/no-tlog');
    assert.equal((await signKeyless(img.ref)).code, 0);
    const { bundle } = await readBundle(img);
    await replaceBundle(img, { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: [] } });
    assert.notEqual((await v3Verify(img.ref)).code, 0, 'cosign v3 rejects a bundle without its log entry');
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 1, own.stderr);

    // Certificate from the trusted Fulcio, entry from a rogue Rekor whose key the root does not list.
    const rogue = await startLocalSigstore();
    try {
      const img2 = await pushRandomImage(registry.host, 'keyless/rogue-log');
      const s = await signet(['sign', '--keyless', '--fulcio-url', sigstore.fulcioURL, '--rekor-url', rogue.rekorURL, '--identity-token', token, img2.ref], { env });
      assert.equal(s.code, 0, s.stderr);
      assert.notEqual((await v3Verify(img2.ref)).code, 0, 'cosign v3 rejects an entry from an unknown log');
      assert.equal((await signetVerify(img2.ref)).code, 1);
    } finally {
      await rogue.stop();
    }
  });

  test('with a timestamp authority: the bundle also carries an RFC 3161 timestamp, still accepted', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/tsa');
    const s = await signKeyless(img.ref, ['--timestamp-server-url', sigstore.tsaURL, '--trusted-root', trustedRoot]);
    assert.equal(s.code, 0, s.stderr);
    const { bundle } = await readBundle(img);
    const tsa = (bundle.verificationMaterial as { timestampVerificationData?: { rfc3161Timestamps: unknown[] } }).timestampVerificationData;
    assert.equal(tsa?.rfc3161Timestamps.length, 1);
    assert.equal((await signetVerify(img.ref)).code, 0);
    const v3 = await v3Verify(img.ref, IDENTITY, ISSUER, trustedRoot, ['--use-signed-timestamps']);
    assert.equal(v3.code, 0, v3.stderr);
  });
});

describe('keyless signers in a trust policy', () => {
  test('the gate accepts the named workflow identity and refuses another; generators carry it or refuse with the reason', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/policy');
    const s = await signKeyless(img.ref);
    assert.equal(s.code, 0, s.stderr);
    const policy = (identity: string) =>
      `apiVersion: signet.dev/v1alpha1\nkind: TrustPolicy\nmetadata: { name: keyless }\nspec:\n  rules:\n` +
      `    - name: releases\n      images: ["${registry.host}/keyless/**"]\n      signers:\n` +
      `        - { name: ci, trustedRoot: ${trustedRoot}, identity: "${identity}", issuer: "${ISSUER}" }\n`;
    await writeFile(join(dir, 'keyless-trust.yaml'), policy(IDENTITY));
    await writeFile(join(dir, 'keyless-other.yaml'), policy('https://github.com/acme/other/.github/workflows/x.yml@refs/heads/main'));
    const ok = await signet(['verify', '--policy', join(dir, 'keyless-trust.yaml'), '--output', 'json', img.ref], { env });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stderr, /trust policy rule covering the image/);
    const other = await signet(['verify', '--policy', join(dir, 'keyless-other.yaml'), img.ref], { env });
    assert.equal(other.code, 1, other.stderr);
    assert.match(other.stderr, /rule "releases" requires one signer; ci: /);
    // The generators carry the private root (test/integration/keyless-policies.test.ts runs them);
    // containers/image cannot match this URI identity and says so.
    const kyverno = await signet(['policy', 'kyverno', '--policy', join(dir, 'keyless-trust.yaml')], { env });
    assert.equal(kyverno.code, 0, kyverno.stderr);
    assert.match(kyverno.stdout, /subject: https:\/\/github\.com\/acme\/app\//);
    const containers = await signet(['policy', 'containers', '--policy', join(dir, 'keyless-trust.yaml')], { env });
    assert.equal(containers.code, 2, containers.stderr);
    assert.match(containers.stderr, /only email identities/);
  });
});

describe('cosign v3 signs keyless, signet verifies', () => {
  test('`cosign sign` with the local Fulcio/Rekor and a token: signet verifies identity and issuer', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/from-cosign');
    const tokenFile = join(dir, 'token');
    await writeFile(tokenFile, token);
    // The URL flags are deprecated in v3 in favour of a signing config, but still honoured.
    const s = await cosignV3(['sign', ...services(), '--use-signing-config=false', '--identity-token', tokenFile, '--allow-http-registry', '-a', 'team=core', img.ref], env);
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await fallbackIndex(img)).length, 1, 'cosign v3 wrote one bundle referrer');
    const own = await signetVerify(img.ref, IDENTITY, ISSUER, trustedRoot, ['-a', 'team=core']);
    assert.equal(own.code, 0, own.stderr);
    const payloads = JSON.parse(own.stdout.trim()) as { critical: { image: { 'docker-manifest-digest': string } } }[];
    assert.equal(payloads[0]?.critical.image['docker-manifest-digest'], img.digest);
    assert.equal((await signetVerify(img.ref, 'https://github.com/evil/x')).code, 1, 'wrong identity');
    assert.equal((await signetVerify(img.ref, IDENTITY, 'https://accounts.example')).code, 1, 'wrong issuer');
    assert.equal((await v3Verify(img.ref)).code, 0, 'and cosign v3 agrees');
  });
});

describe('identity tokens and refusals', () => {
  test('GitHub Actions runtime token (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, audience sigstore)', async () => {
    let audience: string | null = null;
    let auth: string | undefined;
    const server: Server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      audience = url.searchParams.get('audience');
      auth = req.headers.authorization;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: token }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const img = await pushRandomImage(registry.host, 'keyless/actions');
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
      const s = await signet(['sign', '--keyless', ...services(), img.ref], { env: { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-secret' } });
      assert.equal(s.code, 0, s.stderr);
      assert.equal(audience, 'sigstore');
      assert.equal(auth, 'Bearer runtime-secret');
      assert.equal((await v3Verify(img.ref)).code, 0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('SIGSTORE_ID_TOKEN is read; no token at all is a usage error', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/env');
    const s = await signet(['sign', '--keyless', ...services(), img.ref], { env: { ...env, SIGSTORE_ID_TOKEN: token } });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await signetVerify(img.ref)).code, 0);
    const none = await signet(['sign', '--keyless', ...services(), img.ref], { env });
    assert.equal(none.code, 2, none.stderr);
    assert.match(none.stderr, /identity token/);
  });

  // --format legacy/both with --keyless are written now: keyless-legacy.test.ts.
  test('keyless flags without --keyless, and --trusted-root without an issuer, are refused', async () => {
    const img = await pushRandomImage(registry.host, 'keyless/refuse');
    const stray = await signet(['sign', '--key', join(dir, 'none.key'), '--fulcio-url', sigstore.fulcioURL, img.ref], { env });
    assert.equal(stray.code, 2, stray.stderr);
    const noIssuer = await signet(['verify', '--trusted-root', trustedRoot, '--certificate-identity', IDENTITY, img.ref], { env });
    assert.equal(noIssuer.code, 2, noIssuer.stderr);
  });
});

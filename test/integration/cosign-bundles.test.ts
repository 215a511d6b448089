/**
 * Sigstore bundles as OCI referrers (issue 10, key-based part), judged by the real cosign v3
 * (bundle) and cosign v2 (legacy `.sig`) against docker-registry 2.8, which has no Referrers
 * API: every bundle goes through the fallback index `sha256-<hex>`.
 *
 * cosign v3 with a private key and no Rekor: `sign` needs `--use-signing-config=false
 * --tlog-upload=false` (a TUF signing config would name Rekor), `verify` needs
 * `--insecure-ignore-tlog=true`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign, cosignV3 } from '../support/peers.ts';

const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const PASSWORD = 'bundles-pw';
let registry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;

interface IndexEntry {
  digest: string;
  artifactType?: string;
  annotations?: Record<string, string>;
}

const sha = (b: Uint8Array | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const repoOf = (img: PushedImage): string => img.repository.slice(registry.host.length + 1);

async function fallbackIndex(img: PushedImage): Promise<IndexEntry[]> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  });
  if (res.status === 404) return [];
  assert.equal(res.status, 200);
  return ((await res.json()) as { manifests: IndexEntry[] }).manifests;
}

async function hasSigTag(img: PushedImage): Promise<boolean> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}.sig`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return res.status === 200;
}

async function put(path: string, body: Uint8Array | string, contentType: string): Promise<void> {
  const res = await fetch(`http://${registry.host}/v2/${path}`, { method: 'PUT', headers: { 'content-type': contentType }, body });
  await res.arrayBuffer();
  assert.equal(res.status, 201, `PUT ${path}`);
}

async function uploadBlob(repo: string, bytes: Uint8Array): Promise<string> {
  const start = await fetch(`http://${registry.host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  await start.arrayBuffer();
  const location = new URL(start.headers.get('location') ?? '', `http://${registry.host}`);
  location.searchParams.set('digest', sha(bytes));
  const res = await fetch(location, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
  await res.arrayBuffer();
  assert.equal(res.status, 201);
  return sha(bytes);
}

/** Copies a manifest's blobs (cross-repository mount) and the manifest itself, byte for byte. */
async function copyManifest(from: string, to: string, ref: string, toRef: string): Promise<void> {
  const accept = 'application/vnd.oci.image.manifest.v1+json';
  const res = await fetch(`http://${registry.host}/v2/${from}/manifests/${ref}`, { headers: { accept } });
  assert.equal(res.status, 200, `GET ${from}:${ref}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const manifest = JSON.parse(Buffer.from(bytes).toString()) as { config: { digest: string }; layers: { digest: string }[] };
  for (const blob of [manifest.config, ...manifest.layers]) {
    const mount = await fetch(`http://${registry.host}/v2/${to}/blobs/uploads/?mount=${blob.digest}&from=${from}`, { method: 'POST' });
    await mount.arrayBuffer();
    assert.equal(mount.status, 201, `mount ${blob.digest}`);
  }
  await put(`${to}/manifests/${toRef}`, bytes, res.headers.get('content-type') ?? accept);
}

async function copyImageAndSig(img: PushedImage, to: string): Promise<string> {
  await copyManifest(repoOf(img), to, img.digest, img.digest);
  const sig = `${img.digest.replace(':', '-')}.sig`;
  await copyManifest(repoOf(img), to, sig, sig);
  return `${registry.host}/${to}@${img.digest}`;
}

let emptyTrustedRoot: string;

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-bundles-'));
  env = { COSIGN_PASSWORD: PASSWORD, SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir };
  for (const name of ['signet', 'other']) {
    const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, name)], { env });
    assert.equal(gen.code, 0, gen.stderr);
  }
  // No transparency log, CA or TSA: enough for key-only bundles (cosign needs the file to exist).
  emptyTrustedRoot = join(dir, 'trusted_root.json');
  await writeFile(emptyTrustedRoot, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }));
  const cg = await cosignV3(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign3')], env);
  assert.equal(cg.code, 0, cg.stderr);
});

after(async () => {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
});

const v3Verify = (key: string, ref: string, extra: string[] = []) =>
  cosignV3(['verify', '--key', key, '--insecure-ignore-tlog=true', '--allow-http-registry', ...extra, ref], env);
const v3Sign = (key: string, ref: string, extra: string[] = []) =>
  cosignV3(['sign', '--key', key, '--use-signing-config=false', '--tlog-upload=false', '--allow-http-registry', ...extra, ref], env);
const v2Verify = (key: string, ref: string) => cosign(['verify', '--key', key, '--insecure-ignore-tlog=true', '--allow-http-registry', ref], env);
const signetVerify = (key: string, ref: string, extra: string[] = []) => signet(['verify', '--key', key, '--output', 'json', ...extra, ref], { env });

describe('signet writes bundles, cosign v3 verifies', () => {
  test('--format bundle: one referrer in the fallback index, accepted by cosign v3 with the key only', async () => {
    const img = await pushRandomImage(registry.host, 'bundles/a');
    const s = await signet(['sign', '--key', join(dir, 'signet.key'), '--format', 'bundle', '-a', 'env=prod', img.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    const entries = await fallbackIndex(img);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.artifactType, BUNDLE_TYPE);
    assert.equal(entries[0]?.annotations?.['dev.sigstore.bundle.predicateType'], 'https://sigstore.dev/cosign/sign/v1');
    assert.equal(await hasSigTag(img), false, 'bundle format writes no .sig manifest');

    const ok = await v3Verify(join(dir, 'signet.pub'), img.ref, ['-a', 'env=prod']);
    assert.equal(ok.code, 0, ok.stderr);
    const payloads = JSON.parse(ok.stdout) as { critical: { image: { 'docker-manifest-digest': string } }; optional: Record<string, string> }[];
    assert.equal(payloads[0]?.critical.image['docker-manifest-digest'], img.digest);
    assert.equal(payloads[0]?.optional.env, 'prod');
    assert.notEqual((await v3Verify(join(dir, 'other.pub'), img.ref)).code, 0, 'cosign v3 rejects another key');
    assert.notEqual((await v3Verify(join(dir, 'signet.pub'), img.ref, ['-a', 'env=dev'])).code, 0, 'cosign v3 checks -a');
    // cosign v2 reads only the legacy layout: nothing there.
    assert.notEqual((await v2Verify(join(dir, 'signet.pub'), img.ref)).code, 0);

    const own = await signetVerify(join(dir, 'signet.pub'), img.ref, ['-a', 'env=prod']);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((await signetVerify(join(dir, 'other.pub'), img.ref)).code, 1);
  });

  test('--new-bundle-format is the cosign spelling of --format bundle', async () => {
    const img = await pushRandomImage(registry.host, 'bundles/alias');
    // `=true` as with every optional-value flag (`--upload`): a bare flag would take the image as its value.
    const s = await signet(['sign', '--key', join(dir, 'signet.key'), '--new-bundle-format=true', img.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await fallbackIndex(img)).length, 1);
    assert.equal((await v3Verify(join(dir, 'signet.pub'), img.ref)).code, 0);
    const clash = await signet(['sign', '--key', join(dir, 'signet.key'), '--new-bundle-format=false', '--format', 'bundle', img.ref], { env });
    assert.equal(clash.code, 2, clash.stderr);
  });

  test('the default stays legacy: no referrer written', async () => {
    const img = await pushRandomImage(registry.host, 'bundles/default');
    const s = await signet(['sign', '--key', join(dir, 'signet.key'), img.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await fallbackIndex(img)).length, 0);
    assert.equal(await hasSigTag(img), true);
  });
});

describe('cosign v3 writes bundles, signet verifies', () => {
  test('what `cosign sign --key` pushes by default is verified with the key only, -a checked', async () => {
    const img = await pushRandomImage(registry.host, 'bundles/from-cosign');
    const s = await v3Sign(join(dir, 'cosign3.key'), img.ref, ['-a', 'team=core']);
    assert.equal(s.code, 0, s.stderr);
    const entries = await fallbackIndex(img);
    assert.equal(entries.length, 1, 'cosign v3 wrote one referrer');
    assert.equal(await hasSigTag(img), false, 'cosign v3 wrote no .sig by default');

    const ok = await signetVerify(join(dir, 'cosign3.pub'), img.ref, ['-a', 'team=core']);
    assert.equal(ok.code, 0, ok.stderr);
    const [line] = ok.stdout.trim().split('\n');
    const payloads = JSON.parse(line ?? '[]') as { critical: { image: { 'docker-manifest-digest': string }; type: string }; optional: Record<string, string> }[];
    assert.equal(payloads.length, 1);
    assert.equal(payloads[0]?.critical.image['docker-manifest-digest'], img.digest);
    assert.equal(payloads[0]?.critical.type, 'https://sigstore.dev/cosign/sign/v1');
    assert.equal(payloads[0]?.optional.team, 'core');
    assert.equal((await signetVerify(join(dir, 'signet.pub'), img.ref)).code, 1, 'another key is rejected');
    assert.equal((await signetVerify(join(dir, 'cosign3.pub'), img.ref, ['-a', 'team=other'])).code, 1, '-a is checked');
  });

  test('signet and cosign v3 append to one fallback index without dropping each other', async () => {
    const img = await pushRandomImage(registry.host, 'bundles/mixed');
    assert.equal((await v3Sign(join(dir, 'cosign3.key'), img.ref)).code, 0);
    const s = await signet(['sign', '--key', join(dir, 'signet.key'), '--format', 'bundle', img.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await fallbackIndex(img)).length, 2);
    assert.equal((await signetVerify(join(dir, 'cosign3.pub'), img.ref)).code, 0);
    assert.equal((await signetVerify(join(dir, 'signet.pub'), img.ref)).code, 0);
    assert.equal((await v3Verify(join(dir, 'signet.pub'), img.ref)).code, 0);
    assert.equal((await v3Verify(join(dir, 'cosign3.pub'), img.ref)).code, 0);
  });
});

describe('--format both', () => {
  test('legacy judged by cosign v2, bundle by cosign v3 (and by v2.6, which prefers it), both by signet', async () => {
    const img = await pushRandomImage(registry.host, 'bundles/both');
    const s = await signet(['sign', '--key', join(dir, 'signet.key'), '--format', 'both', img.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.equal(await hasSigTag(img), true);
    assert.equal((await fallbackIndex(img)).length, 1);

    // cosign v2.6.3+ looks for bundle referrers first and, finding one, verifies only bundles,
    // which needs a trusted root (TUF, unreachable here, or --trusted-root): offline it fails.
    const offline = await v2Verify(join(dir, 'signet.pub'), img.ref);
    assert.notEqual(offline.code, 0);
    assert.match(offline.stderr, /trusted root is required/);
    const v2Bundle = await cosign(['verify', '--key', join(dir, 'signet.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', '--trusted-root', emptyTrustedRoot, img.ref], env);
    assert.equal(v2Bundle.code, 0, v2Bundle.stderr);
    assert.equal((JSON.parse(v2Bundle.stdout) as { critical: { type: string } }[])[0]?.critical.type, 'https://sigstore.dev/cosign/sign/v1', 'cosign v2.6 judged the bundle');
    // The legacy publication, judged by cosign v2 on its own: the same image and `.sig`
    // manifest copied byte for byte into a repository without the referrer.
    const legacyOnly = await copyImageAndSig(img, 'bundles/both-legacy-only');
    const v2 = await v2Verify(join(dir, 'signet.pub'), legacyOnly);
    assert.equal(v2.code, 0, v2.stderr);
    assert.equal((JSON.parse(v2.stdout) as { critical: { type: string } }[])[0]?.critical.type, 'cosign container image signature');

    const v3 = await v3Verify(join(dir, 'signet.pub'), img.ref);
    assert.equal(v3.code, 0, v3.stderr);
    const v3Payloads = JSON.parse(v3.stdout) as { critical: { type: string } }[];
    assert.equal(v3Payloads[0]?.critical.type, 'https://sigstore.dev/cosign/sign/v1', 'cosign v3 judged the bundle');
    // cosign v3 reads the legacy layout when told to.
    const v3Legacy = await v3Verify(join(dir, 'signet.pub'), img.ref, ['--new-bundle-format=false']);
    assert.equal(v3Legacy.code, 0, v3Legacy.stderr);
    assert.equal((JSON.parse(v3Legacy.stdout) as { critical: { type: string } }[])[0]?.critical.type, 'cosign container image signature');

    const own = await signetVerify(join(dir, 'signet.pub'), img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((JSON.parse(own.stdout.trim()) as unknown[]).length, 2, 'signet counts both signatures');
    assert.notEqual((await v2Verify(join(dir, 'other.pub'), legacyOnly)).code, 0);
    assert.notEqual((await v3Verify(join(dir, 'other.pub'), img.ref)).code, 0);
    assert.equal((await signetVerify(join(dir, 'other.pub'), img.ref)).code, 1);
  });
});

describe('tampered bundles', () => {
  test('a bundle whose statement was changed after signing is rejected by cosign v3 and signet', async () => {
    const victim = await pushRandomImage(registry.host, 'bundles/tampered');
    const s = await signet(['sign', '--key', join(dir, 'signet.key'), '--format', 'bundle', '-a', 'env=dev', victim.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    const repo = repoOf(victim);
    const [entry] = await fallbackIndex(victim);
    const manifestRes = await fetch(`http://${registry.host}/v2/${repo}/manifests/${entry!.digest}`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
    const manifest = (await manifestRes.json()) as { layers: { digest: string; size: number; mediaType: string }[] };
    const bundle = (await (await fetch(`http://${registry.host}/v2/${repo}/blobs/${manifest.layers[0]!.digest}`)).json()) as {
      dsseEnvelope: { payload: string };
    };
    // Promote the signature: env=dev becomes env=prod, the signature is left as it was.
    const statement = Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString().replace('"env":"dev"', '"env":"prod"');
    assert.match(statement, /"env":"prod"/);
    bundle.dsseEnvelope.payload = Buffer.from(statement).toString('base64');
    const tampered = Buffer.from(JSON.stringify(bundle));
    const layerDigest = await uploadBlob(repo, tampered);
    manifest.layers[0] = { ...manifest.layers[0]!, digest: layerDigest, size: tampered.byteLength };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    await put(`${repo}/manifests/${sha(manifestBytes)}`, manifestBytes, 'application/vnd.oci.image.manifest.v1+json');
    const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ ...entry, digest: sha(manifestBytes), size: manifestBytes.byteLength }] };
    await put(`${repo}/manifests/${victim.digest.replace(':', '-')}`, JSON.stringify(index), 'application/vnd.oci.image.index.v1+json');

    assert.notEqual((await v3Verify(join(dir, 'signet.pub'), victim.ref)).code, 0, 'cosign v3 rejects the tampered bundle');
    const own = await signetVerify(join(dir, 'signet.pub'), victim.ref);
    assert.equal(own.code, 1, own.stderr);
    assert.match(own.stderr, /signature does not verify/);
  });

  test("a bundle for another digest is not this image's signature", async () => {
    const a = await pushRandomImage(registry.host, 'bundles/swap');
    const b = await pushRandomImage(registry.host, 'bundles/swap', 'other');
    assert.equal((await signet(['sign', '--key', join(dir, 'signet.key'), '--format', 'bundle', a.ref], { env })).code, 0);
    // Point b's fallback index at a's (valid) referrer.
    const entries = await fallbackIndex(a);
    const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: entries };
    await put(`${repoOf(b)}/manifests/${b.digest.replace(':', '-')}`, JSON.stringify(index), 'application/vnd.oci.image.index.v1+json');
    assert.equal((await signetVerify(join(dir, 'signet.pub'), b.ref)).code, 1);
    assert.notEqual((await v3Verify(join(dir, 'signet.pub'), b.ref)).code, 0);
  });
});

describe('concurrency', () => {
  test('6 processes --format bundle on one digest: every referrer is in the fallback index', async () => {
    const img = await pushRandomImage(registry.host, 'bundles/race');
    const keys = Array.from({ length: 6 }, (_, i) => join(dir, `race${i}`));
    await Promise.all(keys.map(async (k) => assert.equal((await signet(['generate-key-pair', '--output-key-prefix', k], { env })).code, 0)));
    const results = await Promise.all(keys.map((k) => signet(['sign', '--key', `${k}.key`, '--format', 'bundle', img.ref], { env })));
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const entries = await fallbackIndex(img);
    assert.equal(new Set(entries.map((e) => e.digest)).size, 6, `index lists ${entries.length} referrer(s)`);
    assert.equal(entries.length, 6, 'no duplicates');
    const verified = await Promise.all(keys.map((k) => signetVerify(`${k}.pub`, img.ref)));
    for (const v of verified) assert.equal(v.code, 0, v.stderr);
    for (const k of [keys[0]!, keys[5]!]) assert.equal((await v3Verify(`${k}.pub`, img.ref)).code, 0);
  });
});

/**
 * `signet sign --key K --tlog-upload --rekor-url U` (issue 10: off by default for keys): each
 * signature gets a Rekor entry (hashedrekord for the legacy `.sig` layer, in cosign's
 * `dev.sigstore.cosign/bundle` annotation; dsse inside a bundle). Judged by the real cosign
 * v2.6.5 and v3.1.3 verifying WITHOUT --insecure-ignore-tlog, given the local Rekor's key
 * (SIGSTORE_REKOR_PUBLIC_KEY or --trusted-root), and by signet verify with the same trust.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign, cosignV3 } from '../support/peers.ts';
import { startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';

const PASSWORD = 'tlog-test-password';
let registry: RunningRegistry;
let sigstore: LocalSigstore;
let dir: string;
let trustedRoot: string;
let rekorKey: string;
let env: NodeJS.ProcessEnv;
let key: string;
let pub: string;

before(async () => {
  registry = await startRegistry();
  sigstore = await startLocalSigstore();
  dir = await mkdtemp(join(tmpdir(), 'signet-key-tlog-'));
  trustedRoot = join(dir, 'trusted_root.json');
  await sigstore.writeTrustedRoot(trustedRoot);
  const der = Buffer.from(sigstore.trustedRoot.tlogs[0]!.publicKey.rawBytes, 'base64');
  rekorKey = join(dir, 'rekor.pub');
  await writeFile(rekorKey, `-----BEGIN PUBLIC KEY-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----\n`);
  env = { COSIGN_PASSWORD: PASSWORD, SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir };
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'signet')], { env });
  assert.equal(gen.code, 0, gen.stderr);
  key = join(dir, 'signet.key');
  pub = join(dir, 'signet.pub');
});

after(async () => {
  await registry.stop();
  await sigstore.stop();
  await rm(dir, { recursive: true, force: true });
});

const signTlog = (ref: string, extra: string[] = []) => signet(['sign', '--key', key, '--tlog-upload', '--rekor-url', sigstore.rekorURL, ...extra, ref], { env });
/** cosign v2 checking the tlog offline with the local Rekor's key; `--rekor-url` so a missing entry is searched locally, not on the internet. */
const v2Verify = (ref: string, extraEnv: NodeJS.ProcessEnv = { SIGSTORE_REKOR_PUBLIC_KEY: rekorKey }, extra: string[] = []) =>
  cosign(['verify', '--key', pub, '--rekor-url', sigstore.rekorURL, '--allow-http-registry', ...extra, ref], { ...env, ...extraEnv });
const signetVerify = (ref: string, extra: string[] = ['--trusted-root', trustedRoot], extraEnv: NodeJS.ProcessEnv = {}) =>
  signet(['verify', '--key', pub, '--output', 'json', ...extra, ref], { env: { ...env, ...extraEnv } });

function rejected(r: { code: number; stderr: string }, reason: RegExp, what: string): void {
  assert.notEqual(r.code, 0, `${what}: accepted`);
  assert.match(r.stderr, reason, what);
}

const repoOf = (img: PushedImage): string => img.repository.slice(registry.host.length + 1);
const sigURL = (img: PushedImage): string => `http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}.sig`;
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

interface SigManifest {
  layers: { digest: string; annotations: Record<string, string> }[];
}

async function sigManifest(img: PushedImage): Promise<SigManifest> {
  const res = await fetch(sigURL(img), { headers: { accept: OCI_MANIFEST } });
  assert.equal(res.status, 200);
  return (await res.json()) as SigManifest;
}

async function putSigManifest(img: PushedImage, manifest: SigManifest): Promise<void> {
  const res = await fetch(sigURL(img), { method: 'PUT', headers: { 'content-type': OCI_MANIFEST }, body: JSON.stringify(manifest) });
  await res.arrayBuffer();
  assert.equal(res.status, 201);
}

describe('legacy .sig with a Rekor entry', () => {
  test('the layer carries a hashedrekord entry for the key; cosign v2 and signet accept it without --insecure-ignore-tlog', async () => {
    const img = await pushRandomImage(registry.host, 'tlog/legacy');
    const s = await signTlog(img.ref);
    assert.equal(s.code, 0, s.stderr);
    const [layer] = (await sigManifest(img)).layers;
    const rekor = JSON.parse(layer!.annotations['dev.sigstore.cosign/bundle']!) as { Payload: { body: string } };
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString()) as { kind: string; spec: { data: { hash: { value: string } }; signature: { publicKey: { content: string } } } };
    assert.equal(body.kind, 'hashedrekord');
    assert.equal(`sha256:${body.spec.data.hash.value}`, layer!.digest);
    assert.match(Buffer.from(body.spec.signature.publicKey.content, 'base64').toString(), /BEGIN PUBLIC KEY/, 'the key is logged, as cosign logs it');
    assert.equal(layer!.annotations['dev.sigstore.cosign/certificate'], undefined);
    const v2 = await v2Verify(img.ref);
    assert.equal(v2.code, 0, v2.stderr);
    const v2Root = await v2Verify(img.ref, {}, ['--trusted-root', trustedRoot]);
    assert.equal(v2Root.code, 0, `cosign v2 with --trusted-root: ${v2Root.stderr}`);
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stderr, /transparency log was verified offline/);
    const ownEnv = await signetVerify(img.ref, [], { SIGSTORE_REKOR_PUBLIC_KEY: rekorKey });
    assert.equal(ownEnv.code, 0, ownEnv.stderr);
  });

  test('without an entry: rejected by cosign v2 and by signet given a Rekor key, accepted with --insecure-ignore-tlog or no Rekor key', async () => {
    const img = await pushRandomImage(registry.host, 'tlog/none');
    const s = await signet(['sign', '--key', key, img.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    rejected(await v2Verify(img.ref), /searching log query/, 'cosign v2 (no bundle annotation: it searches Rekor, which has no index here)');
    rejected(await signetVerify(img.ref), /no transparency log entry/, 'signet --trusted-root');
    rejected(await signetVerify(img.ref, [], { SIGSTORE_REKOR_PUBLIC_KEY: rekorKey }), /no transparency log entry/, 'signet SIGSTORE_REKOR_PUBLIC_KEY');
    assert.equal((await signetVerify(img.ref, ['--trusted-root', trustedRoot, '--insecure-ignore-tlog=true'])).code, 0);
    assert.equal((await signetVerify(img.ref, [])).code, 0, 'no Rekor key: key signatures as before');
    const needsKey = await signetVerify(img.ref, ['--insecure-ignore-tlog=false']);
    assert.equal(needsKey.code, 2, needsKey.stderr);
  });

  test('a tampered SET or an entry from another log is rejected', async () => {
    const img = await pushRandomImage(registry.host, 'tlog/tamper');
    assert.equal((await signTlog(img.ref)).code, 0);
    const original = await sigManifest(img);
    const annotations = original.layers[0]!.annotations;
    const rekor = JSON.parse(annotations['dev.sigstore.cosign/bundle']!) as { SignedEntryTimestamp: string; Payload: { integratedTime: number } };
    const edited = { ...rekor, Payload: { ...rekor.Payload, integratedTime: rekor.Payload.integratedTime - 3600 } };
    await putSigManifest(img, { ...original, layers: [{ ...original.layers[0]!, annotations: { ...annotations, 'dev.sigstore.cosign/bundle': JSON.stringify(edited) } }] });
    rejected(await v2Verify(img.ref), /unable to verify SET/, 'cosign v2: integratedTime moved');
    rejected(await signetVerify(img.ref), /transparency log: .*inclusion promise could not be verified/, 'signet: integratedTime moved');
    await putSigManifest(img, original);
    // Another Rekor: the local instance's root does not name it.
    const other = await startLocalSigstore();
    try {
      const otherRoot = join(dir, 'other_root.json');
      await other.writeTrustedRoot(otherRoot);
      rejected(await signetVerify(img.ref, ['--trusted-root', otherRoot]), /transparency log/, 'signet: unknown log');
    } finally {
      await other.stop();
    }
    assert.equal((await signetVerify(img.ref)).code, 0, 'restored: accepted again');
  });
});

describe('cosign signs with a key and a Rekor entry, signet verifies', () => {
  test('cosign v2.6.5 sign --key --tlog-upload=true: signet checks its entry; a tampered SET is rejected', async () => {
    const img = await pushRandomImage(registry.host, 'tlog/by-cosign');
    const s = await cosign(['sign', '--key', key, '--tlog-upload=true', '--rekor-url', sigstore.rekorURL, '--allow-http-registry', '--yes', img.ref], { ...env, SIGSTORE_REKOR_PUBLIC_KEY: rekorKey });
    assert.equal(s.code, 0, s.stderr);
    const original = await sigManifest(img);
    assert.ok(original.layers[0]!.annotations['dev.sigstore.cosign/bundle'], 'cosign wrote its Rekor bundle annotation');
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    const rekor = JSON.parse(original.layers[0]!.annotations['dev.sigstore.cosign/bundle']!) as { Payload: { logIndex: number } };
    const edited = { ...original.layers[0]!.annotations, 'dev.sigstore.cosign/bundle': JSON.stringify({ ...rekor, Payload: { ...rekor.Payload, logIndex: rekor.Payload.logIndex + 1 } }) };
    await putSigManifest(img, { ...original, layers: [{ ...original.layers[0]!, annotations: edited }] });
    rejected(await signetVerify(img.ref), /inclusion promise could not be verified/, 'signet: logIndex moved');
  });
});

describe('bundle with a Rekor entry', () => {
  test('--format bundle --tlog-upload: a dsse entry in the bundle; cosign v3 verifies without --insecure-ignore-tlog', async () => {
    const img = await pushRandomImage(registry.host, 'tlog/bundle');
    const s = await signTlog(img.ref, ['--format', 'bundle']);
    assert.equal(s.code, 0, s.stderr);
    const v3 = await cosignV3(['verify', '--key', pub, '--trusted-root', trustedRoot, '--allow-http-registry', img.ref], env);
    assert.equal(v3.code, 0, v3.stderr);
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    // The same key's bundle without an entry: cosign v3 and signet (given the log) refuse it.
    const bare = await pushRandomImage(registry.host, 'tlog/bundle-bare');
    assert.equal((await signet(['sign', '--key', key, '--format', 'bundle', bare.ref], { env })).code, 0);
    rejected(await cosignV3(['verify', '--key', pub, '--trusted-root', trustedRoot, '--allow-http-registry', bare.ref], env), /not enough verified log entries/, 'cosign v3: no entry');
    rejected(await signetVerify(bare.ref), /no transparency log entry in the bundle/, 'signet: no entry');
  });

  test('--format both --tlog-upload: cosign v2.6.5 (bundle) and cosign v3 --new-bundle-format=false (legacy) both check an entry', async () => {
    const img = await pushRandomImage(registry.host, 'tlog/both');
    assert.equal((await signTlog(img.ref, ['--format', 'both'])).code, 0);
    const v2 = await cosign(['verify', '--key', pub, '--trusted-root', trustedRoot, '--allow-http-registry', img.ref], env);
    assert.equal(v2.code, 0, v2.stderr);
    const v3 = await cosignV3(['verify', '--key', pub, '--trusted-root', trustedRoot, '--new-bundle-format=false', '--allow-http-registry', img.ref], env);
    assert.equal(v3.code, 0, v3.stderr);
    const own = await signetVerify(img.ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((JSON.parse(own.stdout.trim()) as unknown[]).length, 2, 'both signatures carry a checked entry');
  });

  test('refusals: --tlog-upload with --sign-by, --rekor-url alone', async () => {
    const img = await pushRandomImage(registry.host, 'tlog/refuse');
    const gpg = await signet(['sign', '--sign-by', 'release@example.com', '--tlog-upload=true', img.ref], { env });
    assert.equal(gpg.code, 2, gpg.stderr);
    assert.match(gpg.stderr, /--tlog-upload is for cosign key signatures, not --sign-by/);
    const stray = await signet(['sign', '--key', key, '--rekor-url', sigstore.rekorURL, img.ref], { env });
    assert.equal(stray.code, 2, stray.stderr);
    assert.match(stray.stderr, /--rekor-url needs --keyless or --tlog-upload/);
  });
});


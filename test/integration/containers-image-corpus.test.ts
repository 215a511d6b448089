/**
 * containers/image's own signature fixtures (../shared/corpus/containers-image, read in place)
 * judged by signet, compared with the verdicts containers/image's Go tests assert for them
 * (policy_eval_signedby_test.go, policy_eval_sigstore_test.go, mechanism_test.go,
 * docker_test.go, policy_reference_match_test.go at github:containers/image df7e80d2).
 *
 * Each fixture is loaded the way signet reads such a signature in the field: image manifests
 * are pushed to a real registry (go-containerregistry's, below); GPG simple signatures are laid
 * out in a `file://` lookaside store (`<repo>@sha256=<hex>/signature-N`) and checked by
 * verifyAtomic, what `signet verify --keyring` runs; cosign attachments (`sigstore-json`) become
 * layers of a `sha256-<hex>.sig` manifest in the registry and are checked by verifyImage, what
 * `signet verify --key / --cert-chain / --trusted-root` runs; bare signatures and keyrings
 * (mechanism_test.go) go through openAtomicSignature and parsePublicKeyring directly. The
 * images keep their upstream names (testing/manifest, 192.168.64.2:5000/…): a registry client
 * maps those hosts to the local registry, so signet's identity checks see the names the
 * upstream tests use.
 *
 * Why go-containerregistry's registry and not docker-registry: distribution refuses a manifest
 * whose config and layer blobs it does not hold ("blob unknown"), and the corpus ships manifests
 * only (the blobs would have to hash to the fixtures' digests). ggcr's registry stores them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, type KeyObject } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  buildSignatureManifest,
  isSignetError,
  loadKeyTlogTrust,
  loadPublicKey,
  loadTrustedRoot,
  lookasideReference,
  openAtomicSignature,
  openImage,
  parsePublicKeyring,
  parseReference,
  RegistryClient,
  sha256Digest,
  signatureTag,
  silentLogger,
  signaturePath,
  verifyAtomic,
  verifyImage,
  FileLookasideStore,
  loadCertificateTrust,
  type ArtifactRepository,
  type Descriptor,
  type PublicKey,
  type TargetContext,
  type VerifyOptions,
} from '@signet/core';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { CONTAINERS_IMAGE, CORPUS, fixture, parseSigstoreAttachment, requireCorpus, requiredFixture, type SigstoreAttachment } from '../support/corpus.ts';

requireCorpus();

/** Constants of containers/image's signature/fixtures_info_test.go. */
const TEST_IMAGE_MANIFEST_DIGEST = 'sha256:20bf21ed457b390829cdbeec8795a7bea1626991fda603e0d01b4e7f60427e55';
const TEST_KEY_FINGERPRINT = '08CD26E446E2E95249B7A405E932F44B23E8DD43';
const TEST_KEY_FINGERPRINT_WITH_PASSPHRASE = 'F2B501009F78B0B340221A12A3CD242DA6028093';
const PRIMARY_WITH_SUBKEY = 'B9F4CDB9FD8C475BFA340AC38D54A947EE396F36';
const PRIMARY_WITH_REVOKED_SUBKEY = '6D88C5A1993648A17B2BB0DC6B8499AF63388D63';
const COSIGN_IMAGE = '192.168.64.2:5000/cosign-signed-single-sample';

/**
 * Files the test does not load, and why. Every other file of the corpus must be used by a case
 * (checked at the end), so a fixture added upstream is noticed.
 */
const NOT_LOADED: Record<string, string> = {
  'fulcio-cert': 'input of fulcio_cert_test.go (certificate parsing), not of the five tests this judge covers',
  'fulcio-chain': 'input of fulcio_cert_test.go, as fulcio-cert',
  'pki-cert': 'input of pki_cert_test.go (certificate parsing), not of the five tests this judge covers',
  'pki-chain': 'input of pki_cert_test.go, as pki-cert',
  'public-key-with-revoked-subkey.gpg':
    'only in TestGPGSigningMechanismKeyIdentityForVerificationKeyIdentity via the gpg home directory; subkey-revoked.signature is judged with pubring.gpg, which holds this key',
  'invalid-cleartext.signature': 'referenced by no test in containers/image at df7e80d2 (signature/*_test.go), so there is no upstream verdict to compare with',
  'some-rsa-key.pub': 'policy_config test of a Rekor key that is not ECDSA (policy parsing, not a signature verdict)',
};

/**
 * Upstream verdicts signet does not reproduce, and why; each is refused by signet where upstream
 * accepts (never the other way round). The judge fails when one of these starts to agree, so
 * the list stays true.
 */
const KNOWN_DISAGREEMENTS: Record<string, string> = {
  "TestPRrSigstoreSignedIsSignatureAccepted: Fulcio with exactly upstream's trust (fulcio_v1.crt.pem alone, intermediate from the chain annotation)":
    "@sigstore/verify builds the path only from the trusted root's CA chain, not the signature's dev.sigstore.cosign/chain annotation: a trusted root must list Fulcio's intermediate (the public-good root does); signet refuses where containers/image accepts",
};

interface Outcome {
  ok: boolean;
  reason: string;
}

interface Case {
  /** What upstream asserts, citing the Go test. */
  upstream: string;
  accept: boolean;
  /** For a rejection: signet's reason must match (the upstream reason, as signet words it). */
  reason?: RegExp;
  run: () => Promise<Outcome>;
}

let registry: RunningRegistry;
let dir: string;
let caseNumber = 0;
const clients: RegistryClient[] = [];
const cases: Case[] = [];

/** Sends every registry host of the upstream names to the local registry, one namespace per case. */
class MappedRegistryClient extends RegistryClient {
  readonly #local: string;
  readonly #namespace: string;
  constructor(local: string, namespace: string) {
    super({ insecureRegistries: [local] });
    this.#local = local;
    this.#namespace = namespace;
  }
  override repository(_registry: string, repository: string): ArtifactRepository {
    return super.repository(this.#local, `${this.#namespace}/${repository}`);
  }
}

interface Image {
  ctx: TargetContext;
  /** The upstream name, e.g. "testing/manifest:latest". */
  name: string;
  digest: string;
  namespace: string;
}

function mediaTypeOf(manifest: Buffer): string {
  try {
    const doc = JSON.parse(manifest.toString('utf8')) as { mediaType?: string; schemaVersion?: number };
    return doc.mediaType ?? (doc.schemaVersion === 1 ? 'application/vnd.docker.distribution.manifest.v1+prettyjws' : 'application/vnd.oci.image.manifest.v1+json');
  } catch {
    return 'application/vnd.oci.image.manifest.v1+json';
  }
}

/**
 * A fresh namespace holding the image `name` with the manifest of `manifestFixture` (none:
 * absent from the registry, as dir-img-no-manifest). `digest` is the digest the signatures are
 * stored under when the manifest is absent.
 */
async function image(name: string, manifestFixture: string | undefined, digest?: string): Promise<Image> {
  const namespace = `c${++caseNumber}`;
  const client = new MappedRegistryClient(registry.host, namespace);
  clients.push(client);
  const ctx: TargetContext = { registry: client, logger: silentLogger };
  const manifest = manifestFixture ? await fixture(manifestFixture) : undefined;
  const ref = parseReference(name);
  if (manifest) {
    const repo = client.repository(ref.registry, ref.repository);
    await repo.putManifest(ref.tag ?? sha256Digest(manifest), manifest, mediaTypeOf(manifest));
    return { ctx, name, digest: sha256Digest(manifest), namespace };
  }
  if (!digest) throw new Error('an absent manifest needs the digest its signatures name');
  return { ctx, name, digest, namespace };
}

/** Lays GPG signatures out as containers/image's lookaside does; returns the store. */
async function lookaside(img: Image, signatures: readonly Buffer[]): Promise<FileLookasideStore> {
  const root = join(dir, img.namespace);
  const ref = lookasideReference(img.name);
  for (const [i, sig] of signatures.entries()) {
    const path = join(root, signaturePath(ref, img.digest, i + 1));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, sig);
  }
  await mkdir(root, { recursive: true });
  return new FileLookasideStore(root);
}

/** Builds the `.sig` manifest from sigstore attachments, as cosign would have stored them. */
async function pushAttachments(img: Image, attachments: readonly SigstoreAttachment[]): Promise<void> {
  const ref = parseReference(img.name);
  const repo = img.ctx.registry.repository(ref.registry, ref.repository);
  const layers: Descriptor[] = [];
  for (const a of attachments) {
    const digest = sha256Digest(a.payload);
    await repo.putBlob(digest, a.payload);
    layers.push({ mediaType: a.mimeType, size: a.payload.byteLength, digest, annotations: a.annotations });
  }
  const built = buildSignatureManifest(layers);
  await repo.putBlob(built.configDigest, built.config);
  await repo.putManifest(signatureTag(img.digest), built.manifest, 'application/vnd.oci.image.manifest.v1+json');
}

async function attachment(name: string): Promise<SigstoreAttachment> {
  const a = parseSigstoreAttachment(await requiredFixture(name));
  if (!a) throw new Error(`${name} is not a sigstore-json attachment`);
  return a;
}

const without = (a: SigstoreAttachment, key: string): SigstoreAttachment => {
  const annotations = { ...a.annotations };
  assert.ok(key in annotations, `fixture lacks ${key}`);
  delete annotations[key];
  return { ...a, annotations };
};
const withAnnotation = (a: SigstoreAttachment, key: string, value: string): SigstoreAttachment => ({ ...a, annotations: { ...a.annotations, [key]: value } });

async function keyring(...names: string[]): Promise<PublicKey[]> {
  const keys: PublicKey[] = [];
  for (const n of names) keys.push(...(await parsePublicKeyring(await requiredFixture(n), n)));
  return keys;
}

async function cosignKey(name: string): Promise<KeyObject> {
  return loadPublicKey((await requiredFixture(name)).toString('utf8'), name);
}

/** What `signet verify --keyring K --lookaside file://…` does for one image. */
async function gpgVerdict(img: Image, store: FileLookasideStore, keys: readonly PublicKey[]): Promise<Outcome> {
  try {
    const opened = await openImage(img.name, img.ctx);
    const r = await verifyAtomic(lookasideReference(img.name), opened.digest, store, keys);
    return { ok: r.ok, reason: r.rejected.map((x) => x.reason).join('; ') || (r.found === 0 ? 'no signatures' : '') };
  } catch (e) {
    if (isSignetError(e)) return { ok: false, reason: e.message };
    throw e;
  }
}

/** What `signet verify --key/--cert-chain/--trusted-root` does for one image (by digest). */
async function cosignVerdict(img: Image, options: VerifyOptions, byTag = false): Promise<Outcome> {
  try {
    const ref = parseReference(img.name);
    const input = byTag ? img.name : `${ref.registry}/${ref.repository}@${img.digest}`;
    const opened = await openImage(input, img.ctx, { checkDigestExists: false });
    const r = await verifyImage(opened, { checkIdentity: true, ...options });
    return { ok: r.ok, reason: r.rejected.map((x) => x.reason).join('; ') || (r.rejected.length === 0 && !r.ok ? 'no signatures' : '') };
  } catch (e) {
    if (isSignetError(e)) return { ok: false, reason: e.message };
    throw e;
  }
}

async function trustedRootFile(name: string, root: unknown): Promise<string> {
  const path = join(dir, `${name}.trusted_root.json`);
  await writeFile(path, JSON.stringify(root));
  return path;
}

const derOf = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');

/** The trust upstream's policy gives the Fulcio fixture: fulcio_v1.crt.pem and a Rekor key, no CT log. */
async function fulcioFixtureRoot(caPems: readonly string[], rekorKey = 'rekor.pub'): Promise<string> {
  const rekor = derOf((await requiredFixture(rekorKey)).toString('utf8'));
  return trustedRootFile(`fulcio-${caseNumber}`, {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.sigstore.dev',
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: rekor.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2021-01-01T00:00:00Z' } },
        logId: { keyId: createHash('sha256').update(rekor).digest('base64') },
      },
    ],
    ctlogs: [],
    timestampAuthorities: [],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.dev', commonName: 'sigstore' },
        uri: 'https://fulcio.sigstore.dev',
        certChain: { certificates: caPems.map((p) => ({ rawBytes: derOf(p).toString('base64') })) },
        validFor: { start: '2021-01-01T00:00:00Z' },
      },
    ],
  });
}

function add(upstream: string, accept: boolean, run: () => Promise<Outcome>, reason?: RegExp): void {
  cases.push({ upstream, accept, run, ...(reason ? { reason } : {}) });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-corpus-'));
  registry = await startRegistry({ referrersApi: true });
});

after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- GPG: policy_eval_signedby_test.go
const GPG_NAME = 'testing/manifest:latest';

async function signedByCase(upstream: string, accept: boolean, o: { manifest?: string; signatures: string[]; keys?: string[]; name?: string; digest?: string }, reason?: RegExp): Promise<void> {
  add(upstream, accept, async () => {
    const img = await image(o.name ?? GPG_NAME, o.manifest, o.digest);
    const sigs = await Promise.all(o.signatures.map(requiredFixture));
    const store = await lookaside(img, sigs);
    return gpgVerdict(img, store, await keyring(...(o.keys ?? ['public-key.gpg'])));
  }, reason);
}

await signedByCase('TestPRSignedByIsSignatureAuthorAccepted: dir-img-valid with public-key.gpg', true, { manifest: 'dir-img-valid/manifest.json', signatures: ['dir-img-valid/signature-1'] });
await signedByCase('TestPRSignedByIsSignatureAuthorAccepted: KeyPaths public-key-2.gpg, public-key-1.gpg', true, {
  manifest: 'dir-img-valid/manifest.json',
  signatures: ['dir-img-valid/signature-1'],
  keys: ['public-key-2.gpg', 'public-key-1.gpg'],
});
await signedByCase('TestPRSignedByIsSignatureAuthorAccepted: unknown-key.signature rejected', false, { manifest: 'dir-img-valid/manifest.json', signatures: ['unknown-key.signature'] }, /not in the keyring|could not find signing key/i);
await signedByCase('TestPRSignedByIsSignatureAuthorAccepted: invalid-blob.signature (valid signature, not JSON) rejected', false, { manifest: 'dir-img-valid/manifest.json', signatures: ['invalid-blob.signature'] }, /not valid JSON/);
await signedByCase('TestPRSignedByIsSignatureAuthorAccepted: error reading image manifest (dir-img-no-manifest) rejected', false, { signatures: ['dir-img-no-manifest/signature-1'], digest: TEST_IMAGE_MANIFEST_DIGEST }, /not found/);
await signedByCase('TestPRSignedByIsSignatureAuthorAccepted: error computing manifest digest (dir-img-manifest-digest-error) rejected', false, { manifest: 'dir-img-manifest-digest-error/manifest.json', signatures: ['dir-img-manifest-digest-error/signature-1'] }, /signed digest .* is not the image's/);
await signedByCase('TestPRSignedByIsSignatureAuthorAccepted: non-matching manifest (dir-img-modified-manifest) rejected', false, { manifest: 'dir-img-modified-manifest/manifest.json', signatures: ['dir-img-modified-manifest/signature-1'] }, /signed digest .* is not the image's/);
await signedByCase('TestPRSignedByIsRunningImageAllowed: no signatures (dir-img-unsigned) rejected', false, { manifest: 'dir-img-unsigned/manifest.json', signatures: [] }, /no signatures/);
await signedByCase('TestPRSignedByIsRunningImageAllowed: dir-img-valid as testing/manifest:notlatest rejected', false, { manifest: 'dir-img-valid/manifest.json', signatures: ['dir-img-valid/signature-1'], name: 'testing/manifest:notlatest' }, /does not match/);
await signedByCase('TestPRSignedByIsRunningImageAllowed: 2 valid signatures (dir-img-valid-2)', true, { manifest: 'dir-img-valid-2/manifest.json', signatures: ['dir-img-valid-2/signature-1', 'dir-img-valid-2/signature-2'] });
await signedByCase('TestPRSignedByIsRunningImageAllowed: one invalid, one valid (dir-img-mixed)', true, { manifest: 'dir-img-mixed/manifest.json', signatures: ['dir-img-mixed/signature-1', 'dir-img-mixed/signature-2'] });
await signedByCase('TestPRSignedByIsRunningImageAllowed: dir-img-valid-2 as notlatest rejected', false, { manifest: 'dir-img-valid-2/manifest.json', signatures: ['dir-img-valid-2/signature-1', 'dir-img-valid-2/signature-2'], name: 'testing/manifest:notlatest' }, /does not match/);
await signedByCase('TestPRSignedByIsRunningImageAllowed: subkey signature (dir-img-valid-subkey) with public-key-with-subkey.gpg', true, {
  manifest: 'dir-img-valid-subkey/manifest.json',
  signatures: ['dir-img-valid-subkey/signature-1'],
  keys: ['public-key-with-subkey.gpg'],
});

// ---------------------------------------------------------------- GPG: mechanism_test.go
/** One signature through openAtomicSignature with the gpg home's keyring (pubring.gpg). */
function mechanismCase(upstream: string, accept: boolean, file: string | Buffer, check: (o: Awaited<ReturnType<typeof openAtomicSignature>>) => void = () => {}, reason?: RegExp): void {
  add(upstream, accept, async () => {
    const bytes = typeof file === 'string' ? await requiredFixture(file) : file;
    const r = await openAtomicSignature(bytes, await keyring('pubring.gpg'));
    check(r);
    return r.ok ? { ok: true, reason: '' } : { ok: false, reason: r.reason };
  }, reason);
}

for (const variant of ['', '-v3']) {
  // The signature verifies (upstream: content "This is not JSON\n", TestKeyFingerprint); the payload
  // is then refused, which is what signet reports once the cryptography has passed.
  mechanismCase(`TestGPGSigningMechanismVerify: invalid-blob.signature${variant} verifies (payload not JSON)`, false, `invalid-blob.signature${variant}`, () => {}, /not valid JSON/);
  mechanismCase(`TestGPGSigningMechanismVerify: subkey.signature${variant} verifies, primary key reported`, true, `subkey.signature${variant}`, (r) => {
    if (r.ok) {
      assert.equal(r.value.signedBy, PRIMARY_WITH_SUBKEY);
      assert.equal(r.value.payload.digest, TEST_IMAGE_MANIFEST_DIGEST);
    }
  });
  // Upstream: the signature does not verify (gpg: BADSIG). openpgp.js on Node 24 already refuses to
  // decompress the corrupted packet ("trailing junk"), so signet rejects it one step earlier.
  mechanismCase(`TestGPGSigningMechanismVerify: corrupt.signature${variant} rejected`, false, `corrupt.signature${variant}`, () => {}, /does not verify|not an OpenPGP signed message|BADSIG/);
  mechanismCase(`TestGPGSigningMechanismVerify: unknown-key.signature${variant} rejected`, false, `unknown-key.signature${variant}`, () => {}, /not in the keyring|cannot be checked/);
  mechanismCase(`TestGPGSigningMechanismVerify: subkey-revoked.signature${variant} rejected`, false, `subkey-revoked.signature${variant}`, () => {}, /revoked/i);
}
mechanismCase('TestGPGSigningMechanismVerify: empty input rejected', false, Buffer.alloc(0));
mechanismCase('TestGPGSigningMechanismVerify: "invalid signature" rejected', false, Buffer.from('invalid signature'));
mechanismCase('TestGPGSigningMechanismVerify: unsigned-literal.signature (literal packet only) rejected', false, 'unsigned-literal.signature', () => {}, /exactly one OpenPGP signature, found 0/);
mechanismCase('TestGPGSigningMechanismVerify: unsigned-encrypted.signature rejected', false, 'unsigned-encrypted.signature');
mechanismCase('TestGPGSigningMechanismVerify: expired.signature rejected', false, 'expired.signature', () => {}, /expired/i);

add('TestNewEphemeralGPGSigningMechanism: pubring.gpg twice yields its four primary keys twice; subkey keyrings yield the primary', true, async () => {
  const { fingerprintOf } = await import('@signet/core');
  const pubring = await requiredFixture('pubring.gpg');
  const twice = await parsePublicKeyring(Buffer.concat([pubring, pubring]), 'pubring.gpg x2');
  const expected = [TEST_KEY_FINGERPRINT_WITH_PASSPHRASE, TEST_KEY_FINGERPRINT, PRIMARY_WITH_SUBKEY, PRIMARY_WITH_REVOKED_SUBKEY];
  assert.deepEqual(twice.map(fingerprintOf), [...expected, ...expected]);
  assert.deepEqual((await keyring('public-key-with-subkey.gpg')).map(fingerprintOf), [PRIMARY_WITH_SUBKEY]);
  assert.deepEqual((await keyring('public-key-1.gpg', 'public-key-2.gpg')).map(fingerprintOf), [TEST_KEY_FINGERPRINT, TEST_KEY_FINGERPRINT_WITH_PASSPHRASE]);
  // "This is invalid": upstream either fails or finds no keys; signet refuses the keyring.
  await assert.rejects(parsePublicKeyring(Buffer.from('This is invalid'), 'junk'));
  return { ok: true, reason: '' };
});

// ---------------------------------------------------------------- GPG: docker_test.go
// VerifyDockerManifestSignature compares the signed reference exactly with an expected one; the
// closest signet path is openAtomicSignature plus the digest of the manifest (signet's own
// identity rule, matchRepoDigestOrExact, never accepts image.signature's tagless "testing/manifest",
// and neither does upstream's signedBy default).
add('TestVerifyDockerManifestSignature: image.signature over image.manifest.json by TestKeyFingerprint, reference testing/manifest', true, async () => {
  const r = await openAtomicSignature(await requiredFixture('image.signature'), await keyring('public-key.gpg'));
  if (!r.ok) return { ok: false, reason: r.reason };
  assert.equal(r.value.signedBy, TEST_KEY_FINGERPRINT);
  assert.equal(r.value.payload.digest, sha256Digest(await requiredFixture('image.manifest.json')));
  assert.equal(r.value.payload.digest, TEST_IMAGE_MANIFEST_DIGEST);
  assert.equal(parseReference(r.value.payload.dockerReference).repository, 'testing/manifest');
  return { ok: true, reason: '' };
});
add('TestVerifyDockerManifestSignature: key fingerprint mismatch (a keyring without the key) rejected', false, async () => {
  const r = await openAtomicSignature(await requiredFixture('image.signature'), await keyring('public-key-with-subkey.gpg'));
  return r.ok ? { ok: true, reason: '' } : { ok: false, reason: r.reason };
}, /not in the keyring/);
await signedByCase('TestVerifyDockerManifestSignature: invalid reference in the signature (invalid-reference.signature) rejected', false, { manifest: 'image.manifest.json', signatures: ['invalid-reference.signature'] }, /does not match/);
await signedByCase('TestVerifyDockerManifestSignature: image.signature for another manifest (dir-img-modified-manifest) rejected', false, { manifest: 'dir-img-modified-manifest/manifest.json', signatures: ['image.signature'] }, /signed digest/);
mechanismCase('TestVerifyDockerManifestSignature: corrupt.signature rejected', false, 'corrupt.signature');
add('no-optional-fields.signature: a valid atomic signature without optional fields verifies (untrustedSignature tests)', true, async () => {
  const r = await openAtomicSignature(await requiredFixture('no-optional-fields.signature'), await keyring('public-key.gpg'));
  return r.ok ? { ok: true, reason: '' } : { ok: false, reason: r.reason };
});

// ---------------------------------------------------------------- cosign: policy_eval_sigstore_test.go
async function sigstoreCase(
  upstream: string,
  accept: boolean,
  o: { manifest?: string; name?: string; digest?: string; attachments: () => Promise<SigstoreAttachment[]>; options: () => Promise<VerifyOptions>; byTag?: boolean },
  reason?: RegExp,
): Promise<void> {
  add(upstream, accept, async () => {
    const img = await image(o.name ?? COSIGN_IMAGE, o.manifest, o.digest);
    await pushAttachments(img, await o.attachments());
    return cosignVerdict(img, await o.options(), o.byTag);
  }, reason);
}

const VALID = 'dir-img-cosign-valid/manifest.json';
const keyOptions = (name = 'cosign.pub') => async (): Promise<VerifyOptions> => ({ publicKey: await cosignKey(name) });
const one = (name: string) => async () => [await attachment(name)];

await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: dir-img-cosign-valid with cosign.pub', true, { manifest: VALID, attachments: one('dir-img-cosign-valid/signature-1'), options: keyOptions() });
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: signature with no cryptographic signature rejected', false, {
  manifest: VALID,
  attachments: async () => [{ ...(await attachment('dir-img-cosign-valid/signature-1')), annotations: {} }],
  options: keyOptions(),
}, /signature annotation missing/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: "invalid signature" rejected', false, {
  manifest: VALID,
  attachments: async () => [withAnnotation(await attachment('dir-img-cosign-valid/signature-1'), 'dev.cosignproject.cosign/signature', Buffer.from('invalid signature').toString('base64'))],
  options: keyOptions(),
}, /does not verify with the given key/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: unknown-cosign-key.signature rejected', false, { manifest: VALID, attachments: one('unknown-cosign-key.signature'), options: keyOptions() }, /does not verify with the given key/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: error reading image manifest (dir-img-cosign-no-manifest) rejected', false, {
  digest: sha256Digest(await requiredFixture(VALID)),
  attachments: one('dir-img-cosign-no-manifest/signature-1'),
  options: keyOptions(),
}, /not found/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: error computing manifest digest (dir-img-cosign-manifest-digest-error) rejected', false, {
  manifest: 'dir-img-cosign-manifest-digest-error/manifest.json',
  attachments: one('dir-img-cosign-manifest-digest-error/signature-1'),
  options: keyOptions(),
}, /payload signs digest/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: non-matching manifest (dir-img-cosign-modified-manifest) rejected', false, {
  manifest: 'dir-img-cosign-modified-manifest/manifest.json',
  attachments: one('dir-img-cosign-modified-manifest/signature-1'),
  options: keyOptions(),
}, /payload signs digest/);
await sigstoreCase('TestPRSigstoreSignedIsRunningImageAllowed: dir-img-cosign-valid as testing/manifest:notlatest rejected', false, {
  manifest: VALID,
  name: 'testing/manifest:notlatest',
  attachments: one('dir-img-cosign-valid/signature-1'),
  options: keyOptions(),
}, /does not name this image's repository/);
await sigstoreCase('TestPRSigstoreSignedIsRunningImageAllowed: 2 valid signatures (dir-img-cosign-valid-2)', true, {
  manifest: 'dir-img-cosign-valid-2/manifest.json',
  attachments: async () => [await attachment('dir-img-cosign-valid-2/signature-1'), await attachment('dir-img-cosign-valid-2/signature-2')],
  options: keyOptions(),
});
await sigstoreCase('TestPRSigstoreSignedIsRunningImageAllowed: dir-img-cosign-valid-2 as this/does-not:match rejected', false, {
  manifest: 'dir-img-cosign-valid-2/manifest.json',
  name: 'this/does-not:match',
  attachments: async () => [await attachment('dir-img-cosign-valid-2/signature-1'), await attachment('dir-img-cosign-valid-2/signature-2')],
  options: keyOptions(),
}, /does not name this image's repository/);
await sigstoreCase('TestPRSigstoreSignedIsRunningImageAllowed: one invalid, one valid (dir-img-cosign-mixed)', true, {
  manifest: 'dir-img-cosign-mixed/manifest.json',
  attachments: async () => [await attachment('dir-img-cosign-mixed/signature-1'), await attachment('dir-img-cosign-mixed/signature-2')],
  options: keyOptions(),
});
await sigstoreCase('TestPRSigstoreSignedIsRunningImageAllowed: only a non-signature attachment (dir-img-cosign-other-attachment) rejected', false, {
  manifest: 'dir-img-cosign-other-attachment/manifest.json',
  name: 'testing/manifest:latest',
  attachments: one('dir-img-cosign-other-attachment/signature-1'),
  options: keyOptions(),
}, /no signatures/);
await sigstoreCase('TestPRSigstoreSignedIsRunningImageAllowed: no signatures (dir-img-unsigned) rejected', false, { manifest: 'dir-img-unsigned/manifest.json', name: 'testing/manifest:latest', attachments: async () => [], options: keyOptions() }, /no signatures/);
add('TestPRSigstoreSignedIsRunningImageAllowed: only GPG signatures (dir-img-valid) with a cosign key rejected', false, async () => {
  const img = await image('testing/manifest:latest', 'dir-img-valid/manifest.json');
  await lookaside(img, [await requiredFixture('dir-img-valid/signature-1')]);
  return cosignVerdict(img, await keyOptions()());
}, /no signatures/);
// policy_reference_match semantics: matchRepository accepts any tag of the signed repository,
// which is the identity rule of `signet verify --key` (docs/decisions.md).
await sigstoreCase('TestPRSigstoreSignedIsSignatureAccepted/matchRepository: dir-img-cosign-valid-with-tag as 192.168.64.2:5000/skopeo-signed:tag', true, {
  manifest: 'dir-img-cosign-valid-with-tag/manifest.json',
  name: '192.168.64.2:5000/skopeo-signed:tag',
  attachments: one('dir-img-cosign-valid-with-tag/signature-1'),
  options: keyOptions(),
  byTag: true,
});

// key + Rekor
const REKOR_VALID = 'dir-img-cosign-key-rekor-valid';
const rekorOptions = (rekorKey = 'rekor.pub', key = 'cosign2.pub') => async (): Promise<VerifyOptions> => {
  const publicKey = await cosignKey(key);
  await requiredFixture(rekorKey);
  const rekorPath = join(CONTAINERS_IMAGE, rekorKey);
  return { publicKey, tlog: await loadKeyTlogTrust(publicKey, { rekorPublicKey: rekorPath }) };
};
const REKOR_NAME = '192.168.64.2:5000/cosign-signed/key-1';
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: key+Rekor (cosign2.pub, rekor.pub)', true, { manifest: `${REKOR_VALID}/manifest.json`, name: REKOR_NAME, attachments: one(`${REKOR_VALID}/signature-1`), options: rekorOptions() });
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: key+Rekor, missing SET annotation rejected', false, {
  manifest: `${REKOR_VALID}/manifest.json`,
  name: REKOR_NAME,
  attachments: async () => [without(await attachment(`${REKOR_VALID}/signature-1`), 'dev.sigstore.cosign/bundle')],
  options: rekorOptions(),
}, /no transparency log entry/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: key+Rekor, invalid SET rejected', false, {
  manifest: `${REKOR_VALID}/manifest.json`,
  name: REKOR_NAME,
  attachments: async () => [withAnnotation(await attachment(`${REKOR_VALID}/signature-1`), 'dev.sigstore.cosign/bundle', 'this is not a valid SET')],
  options: rekorOptions(),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: key+Rekor, Rekor key cosign.pub (mismatch) rejected', false, {
  manifest: `${REKOR_VALID}/manifest.json`,
  name: REKOR_NAME,
  attachments: one(`${REKOR_VALID}/signature-1`),
  options: rekorOptions('cosign.pub'),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: cosign.pub signature carrying the SET of a cosign2.pub signature rejected', false, {
  manifest: VALID,
  attachments: async () => [withAnnotation(await attachment('dir-img-cosign-valid/signature-1'), 'dev.sigstore.cosign/bundle', (await attachment(`${REKOR_VALID}/signature-1`)).annotations['dev.sigstore.cosign/bundle']!)],
  options: rekorOptions('rekor.pub', 'cosign.pub'),
});

// Fulcio + Rekor
const FULCIO_VALID = 'dir-img-cosign-fulcio-rekor-valid';
const FULCIO_NAME = '192.168.64.2:5000/cosign-signed/fulcio-rekor-1';
const fulcioIdentity = { identity: 'mitr@redhat.com', issuer: 'https://github.com/login/oauth' };
/**
 * The Fulcio trust as a trusted root: the CA (the fixture's intermediate, then fulcio_v1.crt.pem)
 * and a Rekor key, no CT log, so cosign's --insecure-ignore-sct is what matches upstream (which
 * does not check SCTs). Upstream trusts fulcio_v1.crt.pem alone and takes the intermediate from
 * the chain annotation; @sigstore/verify takes intermediates only from the trusted root (see
 * KNOWN_DISAGREEMENTS).
 */
async function fulcioCa(rootOnly = false): Promise<string[]> {
  const root = (await requiredFixture('fulcio_v1.crt.pem')).toString('utf8');
  if (rootOnly) return [root];
  const chain = (await attachment(`${FULCIO_VALID}/signature-1`)).annotations['dev.sigstore.cosign/chain']!;
  const intermediate = chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/)![0];
  return [intermediate, root];
}
const fulcioOptions = (o: { email?: string; rekorKey?: string; rootOnly?: boolean; ignoreSct?: boolean } = {}) => async (): Promise<VerifyOptions> => {
  const root = await fulcioFixtureRoot(await fulcioCa(o.rootOnly), o.rekorKey);
  return { keyless: { trust: await loadTrustedRoot(root, { ignoreSct: o.ignoreSct ?? true }), identity: { ...fulcioIdentity, ...(o.email ? { identity: o.email } : {}) } } };
};
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio with exactly upstream\'s trust (fulcio_v1.crt.pem alone, intermediate from the chain annotation)', true, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: one(`${FULCIO_VALID}/signature-1`),
  options: fulcioOptions({ rootOnly: true }),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio (CA chain to fulcio_v1.crt.pem, mitr@redhat.com, GitHub issuer) + rekor.pub, --insecure-ignore-sct', true, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: one(`${FULCIO_VALID}/signature-1`),
  options: fulcioOptions(),
});
add('(same fixture) with the public-good trusted root from ../shared/corpus/cosign, which lists the CT log: the SCT is checked', true, async () => {
  const img = await image(FULCIO_NAME, `${FULCIO_VALID}/manifest.json`);
  await pushAttachments(img, [await attachment(`${FULCIO_VALID}/signature-1`)]);
  return cosignVerdict(img, { keyless: { trust: await loadTrustedRoot(join(CORPUS, 'cosign', 'trusted_root_pgi.json')), identity: fulcioIdentity } });
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio, missing Rekor SET annotation rejected', false, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: async () => [without(await attachment(`${FULCIO_VALID}/signature-1`), 'dev.sigstore.cosign/bundle')],
  options: fulcioOptions(),
}, /no transparency log entry/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio, missing certificate annotation rejected', false, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: async () => [without(await attachment(`${FULCIO_VALID}/signature-1`), 'dev.sigstore.cosign/certificate')],
  options: fulcioOptions(),
}, /carries no certificate/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio (fulcio_v1.crt.pem alone), missing chain annotation: no path to the CA, rejected', false, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: async () => [without(await attachment(`${FULCIO_VALID}/signature-1`), 'dev.sigstore.cosign/chain')],
  options: fulcioOptions({ rootOnly: true }),
}, /certificate chain/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio, missing chain annotation is fine when the intermediate is trusted directly', true, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: async () => [without(await attachment(`${FULCIO_VALID}/signature-1`), 'dev.sigstore.cosign/chain')],
  options: fulcioOptions(),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio, invalid certificate rejected', false, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: async () => [withAnnotation(await attachment(`${FULCIO_VALID}/signature-1`), 'dev.sigstore.cosign/certificate', 'this is not a valid certificate')],
  options: fulcioOptions(),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio, another subject email rejected', false, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: one(`${FULCIO_VALID}/signature-1`),
  options: fulcioOptions({ email: 'this-does-not-match@example.com' }),
}, /do not include/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio, invalid SET rejected', false, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: async () => [withAnnotation(await attachment(`${FULCIO_VALID}/signature-1`), 'dev.sigstore.cosign/bundle', 'this is not a valid SET')],
  options: fulcioOptions(),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: Fulcio, Rekor key cosign.pub (mismatch) rejected', false, {
  manifest: `${FULCIO_VALID}/manifest.json`,
  name: FULCIO_NAME,
  attachments: one(`${FULCIO_VALID}/signature-1`),
  options: fulcioOptions({ rekorKey: 'cosign.pub' }),
});

// PKI (X.509 CA): signet's --cert-chain
const PKI_VALID = 'dir-img-cosign-pki-valid';
const PKI_NAME = 'localhost:5000/test';
const pkiOptions = (o: { intermediates?: boolean; identity?: string } = {}) => async (): Promise<VerifyOptions> => {
  const path = join(dir, `pki-chain-${caseNumber}.pem`);
  const parts = [...(o.intermediates === false ? [] : [await requiredFixture('pki_intermediate_crts.pem')]), await requiredFixture('pki_root_crts.pem')];
  await writeFile(path, Buffer.concat(parts.map((p) => Buffer.concat([p, Buffer.from('\n')]))));
  return { certificates: await loadCertificateTrust(path, { identity: o.identity ?? 'qiwan@redhat.com' }) };
};
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: PKI (pki_root_crts.pem, pki_intermediate_crts.pem, qiwan@redhat.com)', true, { manifest: `${PKI_VALID}/manifest.json`, name: PKI_NAME, attachments: one(`${PKI_VALID}/signature-1`), options: pkiOptions() });
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: PKI, subject hostname myhost.example.com', true, {
  manifest: `${PKI_VALID}/manifest.json`,
  name: PKI_NAME,
  attachments: one(`${PKI_VALID}/signature-1`),
  options: pkiOptions({ identity: 'myhost.example.com' }),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: PKI, missing certificate annotation rejected', false, {
  manifest: `${PKI_VALID}/manifest.json`,
  name: PKI_NAME,
  attachments: async () => [without(await attachment(`${PKI_VALID}/signature-1`), 'dev.sigstore.cosign/certificate')],
  options: pkiOptions(),
}, /carries no certificate/);
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: PKI, missing chain annotation with the intermediate trusted', true, {
  manifest: `${PKI_VALID}/manifest.json`,
  name: PKI_NAME,
  attachments: async () => [without(await attachment(`${PKI_VALID}/signature-1`), 'dev.sigstore.cosign/chain')],
  options: pkiOptions(),
});
await sigstoreCase('TestPRrSigstoreSignedIsSignatureAccepted: PKI, missing chain annotation and no intermediates rejected', false, {
  manifest: `${PKI_VALID}/manifest.json`,
  name: PKI_NAME,
  attachments: async () => [without(await attachment(`${PKI_VALID}/signature-1`), 'dev.sigstore.cosign/chain')],
  options: pkiOptions({ intermediates: false }),
}, /does not lead to a trusted root/);

// ---------------------------------------------------------------- the judge
test('signet agrees with containers/image on every fixture it loads', async (t) => {
  const disagreements: string[] = [];
  for (const c of cases) {
    let outcome: Outcome;
    try {
      outcome = await c.run();
    } catch (e) {
      outcome = { ok: false, reason: `test error: ${e instanceof Error ? e.stack : String(e)}` };
    }
    const agrees = outcome.ok === c.accept && (c.accept || !c.reason || c.reason.test(outcome.reason));
    const known = KNOWN_DISAGREEMENTS[c.upstream];
    t.diagnostic(`${agrees ? 'agree   ' : known ? 'KNOWN   ' : 'DISAGREE'} ${c.accept ? 'accept' : 'reject'}: ${c.upstream}${outcome.ok ? '' : ` -- signet: ${outcome.reason}`}`);
    if (known) {
      if (agrees) disagreements.push(`${c.upstream}: listed in KNOWN_DISAGREEMENTS but signet now agrees; remove it from the list`);
      else assert.equal(outcome.ok, false, `a known disagreement must be a refusal: ${c.upstream}`);
      continue;
    }
    if (!agrees) disagreements.push(`${c.upstream}: upstream ${c.accept ? 'accepts' : `rejects${c.reason ? ` (${c.reason})` : ''}`}, signet ${outcome.ok ? 'accepts' : `rejects: ${outcome.reason}`}`);
  }
  assert.deepEqual(disagreements, []);
});

test('every corpus file is judged or listed as not loaded, with the reason', async (t) => {
  const { usedFixtures } = await import('../support/corpus.ts');
  const all: string[] = [];
  for (const entry of await readdir(CONTAINERS_IMAGE, { withFileTypes: true })) {
    if (entry.isDirectory()) for (const f of await readdir(join(CONTAINERS_IMAGE, entry.name))) all.push(`${entry.name}/${f}`);
    else all.push(entry.name);
  }
  const unaccounted = all.filter((f) => !usedFixtures.has(f) && !(f in NOT_LOADED));
  for (const [f, why] of Object.entries(NOT_LOADED)) t.diagnostic(`not loaded: ${f}: ${why}`);
  assert.deepEqual(unaccounted, [], 'fixtures neither judged nor listed in NOT_LOADED');
});

test('cosign v2.6.5 and v3.1.3 judge the Fulcio fixture under a trusted root listing no CT log, as signet does', async (t) => {
  const { cosign, cosignV3 } = await import('../support/peers.ts');
  const img = await image(FULCIO_NAME, `${FULCIO_VALID}/manifest.json`);
  await pushAttachments(img, [await attachment(`${FULCIO_VALID}/signature-1`)]);
  const rootFile = await fulcioFixtureRoot(await fulcioCa());
  // cosign checks the digest claim, not the signed name: it can read the image at its local name.
  const local = `${registry.host}/${img.namespace}/${parseReference(FULCIO_NAME).repository}@${img.digest}`;
  const args = (ignoreSct: boolean) => ['verify', '--trusted-root', rootFile, '--certificate-identity', fulcioIdentity.identity, '--certificate-oidc-issuer', fulcioIdentity.issuer, '--allow-http-registry', ...(ignoreSct ? ['--insecure-ignore-sct'] : []), local];
  const home = { HOME: dir, TUF_ROOT: join(dir, 'tuf') };
  const signetWith = async (ignoreSct: boolean) => (await cosignVerdict(img, { keyless: { trust: await loadTrustedRoot(rootFile, { ignoreSct }), identity: fulcioIdentity } })).ok;
  for (const ignoreSct of [true, false]) {
    const v2 = await cosign(args(ignoreSct), home);
    const v3 = await cosignV3([...args(ignoreSct).slice(0, -1), '--new-bundle-format=false', local], home);
    t.diagnostic(`--insecure-ignore-sct=${ignoreSct}: cosign v2 exit ${v2.code} (${v2.stderr.trim().split('\n').pop()}), v3 exit ${v3.code} (${v3.stderr.trim().split('\n').pop()})`);
    const signetOk = await signetWith(ignoreSct);
    if (ignoreSct) {
      assert.equal(v2.code, 0, `cosign v2 accepts with --insecure-ignore-sct: ${v2.stderr}`);
      assert.equal(v3.code, 0, `cosign v3 accepts with --insecure-ignore-sct: ${v3.stderr}`);
      assert.equal(signetOk, true, 'signet accepts with --insecure-ignore-sct');
    } else {
      assert.equal(signetOk, v2.code === 0 && v3.code === 0, `without the flag signet must refuse when either cosign refuses (v2 ${v2.code}, v3 ${v3.code})`);
    }
  }
});

// The peers disagree here: cosign v2.6.5 verifies a digest reference without fetching the image,
// so it accepts; containers/image refuses (upstream: "Error reading image manifest"). signet
// refuses on both paths (--key and --keyring), siding with the stricter peer: see docs/decisions.md.
test('a signature whose image manifest is absent: cosign v2.6.5 accepts it, containers/image and signet refuse (dir-img-cosign-no-manifest)', async () => {
  const { cosign } = await import('../support/peers.ts');
  const digest = sha256Digest(await requiredFixture(VALID));
  const img = await image(COSIGN_IMAGE, undefined, digest);
  await pushAttachments(img, [await attachment('dir-img-cosign-no-manifest/signature-1')]);
  const local = `${registry.host}/${img.namespace}/${parseReference(COSIGN_IMAGE).repository}@${digest}`;
  const c = await cosign(['verify', '--key', join(CONTAINERS_IMAGE, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', local], { HOME: dir });
  assert.equal(c.code, 0, `cosign v2.6.5 accepts a signature of an absent manifest: ${c.stderr}`);
  const s = await cosignVerdict(img, { publicKey: await cosignKey('cosign.pub') });
  assert.equal(s.ok, false);
  assert.match(s.reason, /not found/);
  // The same signature with its manifest present: both accept (so signet's refusal is about the manifest).
  const present = await image(COSIGN_IMAGE, VALID);
  await pushAttachments(present, [await attachment('dir-img-cosign-no-manifest/signature-1')]);
  const ok = await cosign(['verify', '--key', join(CONTAINERS_IMAGE, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', `${registry.host}/${present.namespace}/${parseReference(COSIGN_IMAGE).repository}@${digest}`], { HOME: dir });
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal((await cosignVerdict(present, { publicKey: await cosignKey('cosign.pub') })).ok, true);
});

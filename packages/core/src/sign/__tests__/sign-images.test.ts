/**
 * The sign use case on in-memory repositories: what is signed, what is written and when, and
 * how failures end a batch. The registry round trip and peers' acceptance are judged by the
 * integration tests (cosign-interop, cli-errors, scale-and-faults).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signImages, type SignRequest } from '../sign-images.ts';
import { verifyImages } from '../../verify/verify-images.ts';
import { signatureTag } from '../../formats/signature-manifest.ts';
import { parseCosignPayload } from '../../formats/simple-signing.ts';
import { isSignetError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { MemoryRegistry, putImage, putIndex } from '../../stores/__tests__/memory-repository.ts';

const HOST = 'registry.test';
const quiet: Logger = { debug() {}, info() {}, warn() {} };
let dir: string;
let keyPath: string;
let pubPath: string;
let encryptedPath: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-sign-images-'));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  keyPath = join(dir, 'key.pem');
  pubPath = join(dir, 'key.pub');
  encryptedPath = join(dir, 'encrypted.pem');
  await writeFile(keyPath, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  await writeFile(pubPath, publicKey.export({ format: 'pem', type: 'spki' }));
  await writeFile(encryptedPath, privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'right' }), { mode: 0o600 });
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function request(registry: MemoryRegistry, images: string[], extra: Partial<SignRequest> = {}): SignRequest {
  return { images, context: { registry, logger: quiet }, key: { kind: 'key', ref: keyPath }, singleWriter: true, ...extra };
}

test('signs a batch: one signature per image, summary, and the signatures verify with the public key', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'team/app');
  const digests = [await putImage(repo), await putImage(repo)];
  const images = digests.map((d) => `${HOST}/team/app@${d}`);
  const seen: string[] = [];
  const batch = await signImages(request(registry, images, { annotations: { env: 'prod' }, onImage: (o) => seen.push(o.input) }));
  assert.deepEqual(batch.summary, { images: 2, imagesSigned: 2, signatures: 2, added: 2, failed: 0 });
  assert.deepEqual([...seen].sort(), [...images].sort());
  for (const [i, result] of batch.signed.entries()) {
    assert.equal(result.image, images[i]);
    assert.equal(result.location, `${HOST}/team/app:${signatureTag(digests[i]!)}`);
    const payload = parseCosignPayload(result.payload);
    assert.equal(payload.critical.image['docker-manifest-digest'], digests[i]);
    assert.equal(payload.critical.identity['docker-reference'], `${HOST}/team/app`);
    assert.equal(payload.optional?.env, 'prod');
  }
  const verified = await verifyImages({ images, context: { registry, logger: quiet }, trust: { verifier: { kind: 'key', key: pubPath } }, annotations: { env: 'prod' } });
  assert.equal(verified.summary.verified, 2);
});

test('signing again adds nothing (same signer, same payload)', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const image = `${HOST}/app@${await putImage(repo)}`;
  await signImages(request(registry, [image]));
  const again = await signImages(request(registry, [image]));
  assert.equal(again.summary.added, 0);
  assert.equal(again.signed[0]?.appended, false);
});

test('a wrong password ends the batch with one error and nothing written, while the images were opened', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const images = [`${HOST}/app@${await putImage(repo)}`, `${HOST}/app@${await putImage(repo)}`];
  const writesBefore = registry.writes;
  const resolvesBefore = repo.calls.resolve;
  const seen: string[] = [];
  // The password arrives after the images are opened: the race must not let blobs go out meanwhile.
  const password = async () => {
    await new Promise((r) => setTimeout(r, 50));
    return 'wrong';
  };
  await assert.rejects(
    signImages(request(registry, images, { key: { kind: 'key', ref: encryptedPath, password }, onImage: (o) => seen.push(o.input) })),
    (e: unknown) => isSignetError(e) && e.kind === 'usage' && /wrong password/.test(e.message),
  );
  assert.equal(repo.calls.resolve - resolvesBefore, 2, 'both images were opened while the key loaded');
  assert.equal(registry.writes, writesBefore, 'no blob or manifest was written');
  assert.deepEqual(seen, [], 'the key failure is the one error, not one per image');
});

test('the right password signs the same images', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const image = `${HOST}/app@${await putImage(repo)}`;
  const batch = await signImages(request(registry, [image], { key: { kind: 'key', ref: encryptedPath, password: async () => 'right' } }));
  assert.equal(batch.summary.added, 1);
});

test('one image failing does not stop the others, and is reported with its error', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const good = `${HOST}/app@${await putImage(repo)}`;
  const missing = `${HOST}/app@sha256:${'0'.repeat(64)}`;
  const batch = await signImages(request(registry, [missing, good]));
  assert.deepEqual(batch.summary, { images: 2, imagesSigned: 1, signatures: 1, added: 1, failed: 1 });
  assert.equal(batch.failed[0]?.input, missing);
  assert.ok(isSignetError(batch.failed[0]?.error) && /not found/.test(batch.failed[0].error.message));
  assert.equal(batch.images[0]?.ok, false, 'outcomes keep the input order');
  assert.equal(batch.images[1]?.ok, true);
});

test('a tag is resolved once, and a bundle reuses that descriptor (no second resolve)', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const digest = await putImage(repo, 'v1');
  const before = repo.calls.resolve;
  const batch = await signImages(request(registry, [`${HOST}/app:v1`], { format: 'both' }));
  assert.equal(repo.calls.resolve - before, 1);
  const [result] = batch.signed;
  assert.deepEqual(result?.publications.map((p) => p.format), ['legacy', 'bundle']);
  assert.equal(result?.digest, digest);
  assert.equal(result?.image, `${HOST}/app@${digest}`);
});

test('recursive: an index and every manifest it lists are signed', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'multi');
  const children = [await putImage(repo), await putImage(repo)];
  const index = await putIndex(repo, children);
  const batch = await signImages(request(registry, [`${HOST}/multi@${index}`], { recursive: true }));
  assert.deepEqual(
    batch.signed.map((r) => r.digest),
    [index, ...children],
  );
  assert.equal(batch.summary.images, 1);
  assert.equal(batch.summary.signatures, 3);
});

test('upload=false signs without writing anything', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const image = `${HOST}/app@${await putImage(repo)}`;
  const writes = registry.writes;
  const batch = await signImages(request(registry, [image], { upload: false }));
  assert.equal(registry.writes, writes);
  assert.equal(batch.signed[0]?.location, undefined);
  assert.ok((batch.signed[0]?.signature.byteLength ?? 0) > 0);
});

test('without singleWriter each write is confirmed after the race window (a clobbered signature is restored)', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const digest = await putImage(repo);
  const image = `${HOST}/app@${digest}`;
  // Another writer replaces the set right after our write, from a read that missed our layer.
  let clobbered = false;
  const put = repo.putManifest.bind(repo);
  repo.putManifest = async (tag, bytes, mediaType, options) => {
    const digestWritten = await put(tag, bytes, mediaType, options);
    if (!clobbered && tag === signatureTag(digest)) {
      clobbered = true;
      repo.manifests.delete(tag);
    }
    return digestWritten;
  };
  const batch = await signImages({ ...request(registry, [image]), singleWriter: false });
  assert.equal(batch.summary.added, 1);
  assert.ok(clobbered);
  assert.ok(repo.manifests.has(signatureTag(digest)), 'the confirmation restored the signature');
});

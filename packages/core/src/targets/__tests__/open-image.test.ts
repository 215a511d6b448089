/** Opening what the user named: tags resolved once, descriptors kept, where signatures live. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openImage, layoutIdentity } from '../open-image.ts';
import { childManifests } from '../expand-index.ts';
import { OciLayout, writeDemoImage } from '../../layout/index.ts';
import { isSignetError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { MemoryRegistry, putImage, putIndex } from '../../stores/__tests__/memory-repository.ts';

const HOST = 'registry.test';
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-open-image-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function logger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warn: (m) => warnings.push(m) };
}

test('a tag is resolved to its digest once, with a warning, and the descriptor is kept', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'team/app');
  const digest = await putImage(repo, 'v1');
  const log = logger();
  const before = repo.calls.resolve;
  const image = await openImage(`${HOST}/team/app:v1`, { registry, logger: log });
  assert.equal(repo.calls.resolve - before, 1);
  assert.equal(image.digest, digest);
  assert.equal(image.display, `${HOST}/team/app@${digest}`);
  assert.equal(image.resolvedFromTag, 'v1');
  assert.equal(image.descriptor?.digest, digest);
  assert.equal(image.descriptor?.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(image.dockerReference, `${HOST}/team/app`);
  assert.match(log.warnings.join('\n'), /resolved tag "v1" to sha256:/);
});

test('a digest is checked once for signing; verification skips the request and keeps no descriptor', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'app');
  const digest = await putImage(repo);
  const before = repo.calls.resolve;
  const forSigning = await openImage(`${HOST}/app@${digest}`, { registry, logger: logger() });
  assert.equal(repo.calls.resolve - before, 1);
  assert.equal(forSigning.descriptor?.digest, digest);
  const forVerify = await openImage(`${HOST}/app@${digest}`, { registry, logger: logger() }, { checkDigestExists: false });
  assert.equal(repo.calls.resolve - before, 1);
  assert.equal(forVerify.descriptor, undefined);
});

test('a missing digest or tag is a usage error naming the image', async () => {
  const registry = new MemoryRegistry();
  await assert.rejects(openImage(`${HOST}/app@sha256:${'1'.repeat(64)}`, { registry, logger: logger() }), (e: unknown) => isSignetError(e) && e.kind === 'usage' && /not found/.test(e.message));
  await assert.rejects(openImage(`${HOST}/app:nope`, { registry, logger: logger() }), /no tag "nope"/);
});

test('identity: the repository matches, tags and digests aside; another repository does not', async () => {
  const registry = new MemoryRegistry();
  const image = await openImage(`${HOST}/app@${await putImage(registry.repository(HOST, 'app'))}`, { registry, logger: logger() });
  assert.ok(image.identityMatches(`${HOST}/app`));
  assert.ok(image.identityMatches(`${HOST}/app:v1`));
  assert.ok(!image.identityMatches(`${HOST}/other`));
  assert.ok(!image.identityMatches('not a reference'));
});

test('COSIGN_REPOSITORY: signatures live in another repository; a tag there is refused', async () => {
  const registry = new MemoryRegistry();
  const digest = await putImage(registry.repository(HOST, 'app'));
  const image = await openImage(`${HOST}/app@${digest}`, { registry, logger: logger(), signatureRepository: `${HOST}/sigs` });
  assert.equal(image.signatures.repository.location, `${HOST}/sigs`);
  assert.equal(image.repository.location, `${HOST}/app`);
  await assert.rejects(openImage(`${HOST}/app@${digest}`, { registry, logger: logger(), signatureRepository: `${HOST}/sigs:v1` }), /must not carry a tag or digest/);
});

test('an OCI layout opens by tag with the layout identity', async () => {
  const path = join(dir, 'Demo Layout');
  const { digest } = await writeDemoImage(await OciLayout.open(path, { create: true }), 'v1');
  const image = await openImage(`oci:${path}:v1`, { registry: new MemoryRegistry(), logger: logger() });
  assert.equal(image.digest, digest);
  assert.equal(image.descriptor?.digest, digest);
  assert.equal(image.dockerReference, layoutIdentity(path));
  assert.equal(image.dockerReference, 'localhost/oci-layout/demo-layout');
});

test('childManifests: an index lists its manifests with their descriptors; a manifest has none', async () => {
  const registry = new MemoryRegistry();
  const repo = registry.repository(HOST, 'multi');
  const children = [await putImage(repo), await putImage(repo)];
  const index = await openImage(`${HOST}/multi@${await putIndex(repo, children)}`, { registry, logger: logger() });
  const listed = await childManifests(index);
  assert.deepEqual(
    listed.map((c) => [c.digest, c.display, c.descriptor?.digest]),
    children.map((d) => [d, `${HOST}/multi@${d}`, d]),
  );
  assert.deepEqual(await childManifests(listed[0]!), []);
});
